"""One reading of a Retry-After value (RFC 9110 §10.2.3) in both runtimes: the shared corpus
(tests/support/retry_after_cases.json: both forms, the three date formats of §5.6.7, and values
no server should send) gives the wait or the refusal it states in Python's read_retry_after and
the TypeScript readRetryAfter, with the same words."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from bankcodes._waits import MAX_WAIT, read_retry_after
from tests.support.helpers import ROOT, run_node

CASES_PATH = ROOT / "tests" / "support" / "retry_after_cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]


def _now(case: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(case["now"])


@pytest.fixture(scope="module")
def node(typescript_dist: Path) -> list[dict[str, Any]]:
    output = run_node("retry_after.mjs", str(typescript_dist / "index.js"), str(CASES_PATH))
    read: list[dict[str, Any]] = json.loads(output)
    return read


@pytest.mark.parametrize("case", CASES, ids=[repr(c["value"])[:40] for c in CASES])
def test_python_reads_the_wait_the_corpus_states(case: dict[str, Any]) -> None:
    if "seconds" in case:
        assert read_retry_after(case["value"], _now(case)) == case["seconds"]
        return
    with pytest.raises(ValueError) as refused:
        read_retry_after(case["value"], _now(case))
    assert case["refused"] in str(refused.value)
    assert str(refused.value).startswith("Retry-After '")


def test_node_reads_every_value_as_python_does(node: list[dict[str, Any]]) -> None:
    assert len(node) == len(CASES)
    for case, read in zip(CASES, node, strict=True):
        try:
            expected: dict[str, Any] = {"seconds": read_retry_after(case["value"], _now(case))}
        except ValueError as error:
            expected = {"refused": f"RangeError: {error}"}
        assert read == expected, case["value"]


def test_the_bound_is_a_week() -> None:
    # A rate limit that asks for more than a week is no rate limit's: one week is read.
    assert MAX_WAIT == 7 * 24 * 60 * 60
