"""consentWindow of the compiled package gives each window of the shared corpus
(tests/support/consent_windows.json), as bankcodes.consent_window does in Python
(tests/python/test_consent_window.py); a window it refuses is a RangeError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.helpers import ROOT, run_node

CORPUS = ROOT / "tests/support/consent_windows.json"


@pytest.mark.node
def test_node_gives_each_window_of_the_corpus(typescript_dist: Path) -> None:
    cases = json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]
    found = json.loads(run_node("consent_windows.mjs", str(typescript_dist), str(CORPUS)))
    for case, answer in zip(cases, found, strict=True):
        if "error" in case:
            assert answer["error"].startswith("RangeError: " + case["error"]), case["name"]
            continue
        expected = [case[key].replace("Z", ".000Z") for key in ("valid_until", "renew_from")]
        assert answer == expected, case["name"]
