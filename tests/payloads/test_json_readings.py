"""One reading of a body's JSON in every reader: the shared corpus tests/support/json_readings.json
(a text and whether it is read, typed from the rule its comment states) read by the Python
package, `bankcodes explain -`, and the Node package's readJson and readJsonText; the site's
decoder reads the same corpus in Chromium (tests/site/test_decoder.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bankcodes import payloads
from tests.support.cli_here import cli_here
from tests.support.helpers import ROOT
from tests.support.verdicts import Corpus

CORPUS = ROOT / "tests" / "support" / "json_readings.json"
READINGS: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["readings"]


def test_the_corpus_reads_and_refuses() -> None:
    verdicts = {reading["read"] for reading in READINGS}
    assert verdicts == {True, False}
    names = {reading["name"] for reading in READINGS}
    assert {"two byte order marks", "a lone low surrogate escaped in its code"} <= names


@pytest.mark.parametrize("reading", READINGS, ids=[r["name"] for r in READINGS])
def test_python_reads_the_corpus(reading: dict[str, Any]) -> None:
    try:
        payloads.parse(reading["text"].encode("utf-8"))
    except payloads.PayloadError:
        read = False
    else:
        read = True
    assert read is reading["read"]


def test_explain_reads_the_corpus() -> None:
    """Every text read is a Plaid error, which `explain -` then recognises (exit 0); a text that
    is not read is no payload (exit 1)."""
    read = {}
    for reading in READINGS:
        done = cli_here("explain", "-", stdin=reading["text"])
        assert "Traceback" not in done.stderr
        read[reading["name"]] = done.returncode == 0
    assert read == {reading["name"]: reading["read"] for reading in READINGS}


def _reads(given: bytes | str) -> bool:
    try:
        payloads.parse(given)
    except payloads.PayloadError:
        return False
    return True


#: Each text read as a body received (its UTF-8 bytes) and as a body pasted (the text), in both
#: languages: read or refused alike.
READ = Corpus(
    "json_readings",
    lambda: ((reading["name"], reading) for reading in READINGS),
    lambda reading: {
        "bytes": _reads(reading["text"].encode("utf-8")),
        "text": _reads(reading["text"]),
    },
)


def test_python_gives_the_committed_verdicts() -> None:
    assert READ.python() == {r["name"]: {"bytes": r["read"], "text": r["read"]} for r in READINGS}
    READ.check()
