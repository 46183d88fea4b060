"""sentryFingerprint in Node and bankcodes.sentry_fingerprint in Python give each body's code the
same fingerprint: its provider, its code set and the code as sent (where the catalog does not
know a body's code yet, the code it knows decides: Plaid's error_type). Bodies typed from the
providers' pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import payloads
from tests.support.helpers import run_node

#: Plaid's error page (ITEM_LOGIN_REQUIRED), the same with an error_code Plaid may add, and Lean's
#: Postman collection's 404 of Get Accounts (UNKNOWN_ENTITY).
CASES = [
    (
        "plaid/error",
        {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": "x"},
        ["plaid", "plaid.error_code", "ITEM_LOGIN_REQUIRED"],
    ),
    (
        "plaid/error",
        {"error_type": "ITEM_ERROR", "error_code": "ITEM_NEWLY_ADDED", "error_message": "x"},
        ["plaid", "plaid.error_type", "ITEM_ERROR"],
    ),
    (
        "lean/data-api-response",
        {"results_id": "516adc40", "status": "UNKNOWN_ENTITY", "message": "x", "metadata": None},
        ["lean", "lean.data_api_status", "UNKNOWN_ENTITY"],
    ),
]


def test_python_gives_each_bodys_fingerprint() -> None:
    for kind, body, expected in CASES:
        found = payloads.decisive_code(kind, body)
        assert found is not None, kind
        assert bankcodes.sentry_fingerprint(found.code) == expected, kind


@pytest.mark.node
def test_node_gives_the_same_fingerprints(typescript_dist: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([[kind, body] for kind, body, _ in CASES]), encoding="utf-8")
    found = json.loads(run_node("fingerprints.mjs", str(typescript_dist), str(cases)))
    assert found == [expected for _, _, expected in CASES]
