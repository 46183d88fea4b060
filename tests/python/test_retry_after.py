"""One reading of a Retry-After value (RFC 9110 §10.2.3) in both runtimes: the shared corpus
(tests/support/retry_after_cases.json: both forms, the three date formats of §5.6.7, and values
no server should send) gives the wait or the refusal it states in Python's read_retry_after and
the TypeScript readRetryAfter, with the same words: both give the verdicts of
tests/verdicts/retry_after.json."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from bankcodes._waits import MAX_WAIT, read_retry_after
from tests.support.helpers import ROOT
from tests.support.verdicts import Corpus

CASES_PATH = ROOT / "tests" / "support" / "retry_after_cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]


def _now(case: dict[str, Any]) -> datetime.datetime:
    return datetime.datetime.fromisoformat(case["now"])


def _verdict(case: dict[str, Any]) -> dict[str, Any]:
    """The wait read, or the refusal's words as TypeScript's RangeError carries them."""
    try:
        return {"seconds": read_retry_after(case["value"], _now(case))}
    except ValueError as error:
        return {"refused": f"RangeError: {error}"}


RETRY_AFTER = Corpus(
    "retry_after",
    lambda: ((f"{case['value']!r} at {case['now']}", case) for case in CASES),
    _verdict,
)


@pytest.mark.parametrize("case", CASES, ids=[repr(c["value"])[:40] for c in CASES])
def test_python_reads_the_wait_the_corpus_states(case: dict[str, Any]) -> None:
    if "seconds" in case:
        assert read_retry_after(case["value"], _now(case)) == case["seconds"]
        return
    with pytest.raises(ValueError) as refused:
        read_retry_after(case["value"], _now(case))
    assert case["refused"] in str(refused.value)
    assert str(refused.value).startswith("Retry-After '")


def test_python_gives_the_committed_verdicts() -> None:
    RETRY_AFTER.check()


def test_the_bound_is_a_week() -> None:
    # A rate limit that asks for more than a week is no rate limit's: one week is read.
    assert MAX_WAIT == 7 * 24 * 60 * 60
