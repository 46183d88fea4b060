"""TrueLayer's own libraries (truelayer-signing, PyPI and npm) over the Tl-Signature cases that say
what each answers (tests.support.jws_headers): where a library's verdict is not bankcodes',
these tests show it, and the webhooks page (its TrueLayer section) says why bankcodes differs."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import truelayer_signing as tl

from tests.support.helpers import run_node
from tests.support.jws_corpus import cases

LIBRARY_CASES = [case for case in cases() if "libraries" in case]


def _python_library(case: dict[str, Any]) -> str:
    """The Python library's verdict, called as its webhook-server example calls it."""
    value = case["headers"]["Tl-Signature"]
    try:
        header = tl.extract_jws_header(value)
        verifier = tl.verify_with_jwks(case["keys"], header).set_method(tl.HttpMethod.POST)
        verifier.set_path(case["path"]).add_headers(case["headers"])
        verifier.set_body(base64.b64decode(case["body"]).decode()).verify(value)
    except Exception:  # TlSigningException, and TypeError for a member it does not know
        return "refused"
    return "ok"


def test_the_cases_show_each_library_refusing_what_bankcodes_accepts_and_the_reverse() -> None:
    verdicts = {
        (case["expect"] == "ok", case["libraries"]["python"] == "ok") for case in LIBRARY_CASES
    }
    node = {(case["expect"] == "ok", case["libraries"]["node"] == "ok") for case in LIBRARY_CASES}
    assert (True, False) in verdicts and (False, True) in verdicts
    assert (False, True) in node


def test_truelayers_python_library_gives_each_case_its_verdict() -> None:
    found = {case["name"]: _python_library(case) for case in LIBRARY_CASES}
    assert found == {case["name"]: case["libraries"]["python"] for case in LIBRARY_CASES}


def test_truelayers_node_library_gives_each_case_its_verdict(
    typescript_dist: Path, tmp_path: Path
) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(LIBRARY_CASES), encoding="utf-8")
    output = run_node("jws_library_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(path))
    found = {item["name"]: item["verdict"] for item in json.loads(output)}
    assert found == {case["name"]: case["libraries"]["node"] for case in LIBRARY_CASES}
