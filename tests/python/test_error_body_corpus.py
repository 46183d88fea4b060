"""One reading of an error body in both runtimes: the shared corpus of bodies and client shapes
(tests/support/error_body_cases.json: a byte order mark, lone surrogates, request ids of every
length, statuses of every form) gives the answer it states in Python's from_exception and in the
TypeScript fromError: both give the verdicts of tests/verdicts/error_bodies.json."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from tests.support.helpers import ROOT
from tests.support.verdicts import Corpus, numbered

CASES_PATH = ROOT / "tests" / "support" / "error_body_cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]
SPECIAL = {"10**5000": 10**5000, "2**53+2": 2**53 + 2}


def _body(case: dict[str, Any]) -> object:
    if case["form"] == "parsed":
        return case["body"]
    text = case["body"]
    if "pad" in case:
        value = json.loads(text)
        value["padding"] = "x" * case["pad"]
        text = json.dumps(value)
    if case["form"] == "text":
        return text
    return text.encode("utf-8") + bytes.fromhex(case.get("bytes_after", ""))


class _Response:
    """A response as requests and httpx make one: its status and its body, read already."""

    def __init__(self, status: object, content: object) -> None:
        self.status_code = status
        self.content = content.encode() if isinstance(content, str) else content


def _shaped(case: dict[str, Any]) -> object:
    body = _body(case)
    if case["form"] != "response":
        return body
    return _Response(SPECIAL.get(case["status"], case["status"]), body)


def _answer(found: bankcodes.FoundError | None) -> dict[str, Any] | None:
    if found is None:
        return None
    answer: dict[str, Any] = {
        "kind": found.kind,
        "path": found.path,
        "code": found.code.value,
        "status": found.status,
        "request_id": found.request_id,
    }
    if found.raw_request_id != found.request_id:  # escaped where it is shown
        answer["raw_request_id"] = found.raw_request_id
    # A body held inside another: where it was, and the other code.
    if found.holder is not None:
        answer["holder"] = found.holder
    for side in ("outer", "inner"):
        other = getattr(found, side)
        if other is not None:
            answer[side] = {"kind": other.kind, "path": other.path, "code": other.code.value}
    return answer


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_python_reads_each_case_as_the_corpus_says(case: dict[str, Any]) -> None:
    assert _answer(bankcodes.from_exception(_shaped(case), case.get("given"))) == case["expect"]


ERROR_BODIES = Corpus(
    "error_bodies",
    lambda: numbered((case["name"], case) for case in CASES),
    lambda case: _answer(bankcodes.from_exception(_shaped(case), case.get("given"))),
)


def test_python_gives_the_committed_verdicts() -> None:
    ERROR_BODIES.check()
