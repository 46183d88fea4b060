"""UK Open Banking's error body read at any depth, alike by every reader: v3.1's (the v3.1.11
profile's example, read-write-data-api-profile.md at ab19be9a, L1655-1673), v4's (the v4.0
profile's error structure, L1246-1258, with the codes its 401 rule names, L450-455: "a 401
(Unauthorized) with an error response as per ISO or OB proprietary reason codes in the
`ErrorCode`", TKSP for a suspended token), one with a numeric code of the v4 code set
(OB_Internal_Codeset.csv at de0fe9db, line 84: 0083), and the v4 body inside Yapily's error as
Yapily passes the bank's answer through (openapi.json at 3f9441be, ApiResponseError's example:
institutionError.errorMessage). Each layer is named in order: the provider's error around, the
standard's body, and the ISO 20022 code set its field reads; the deciding one is said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import payloads
from tests.support.cli_here import cli_here
from tests.support.helpers import after_decision, run_node

#: The v3.1.11 profile's JSON error response, as published.
V31 = {
    "Code": "400 BadRequest",
    "Id": "2b5f0fb2-730b-11e8-adc0-fa7ae01bbebc",
    "Message": "Invalid request parameters.",
    "Errors": [
        {
            "ErrorCode": "UK.OBIE.Field.Missing",
            "Message": "Instructed identification is missing",
            "Path": "Data.Initiation.InstructionIdentification",
            "Url": "<url to the api reference for Payment Inititaion API>",
        },
        {
            "ErrorCode": "UK.OBIE.Unsupported.Scheme",
            "Message": "Scheme name supplied is not supported",
            "Path": "Data.Initiation.CreditorAccount.SchemeName",
            "Url": "<url to the online documentation referring supported scheme names>",
        },
    ],
}
#: A v4 401 for a suspended token: the profile's structure (Id and Errors alone, Code and
#: Message being deprecated), TKSP and then U028, as its rule for suspicious use names them.
V4_TOKEN = {
    "Id": "3a1f6b8e-0c52-4c1f-9a0e-6d5b2f7c4e11",
    "Errors": [
        {"ErrorCode": "TKSP", "Message": "The access token is suspended"},
        {"ErrorCode": "U028", "Message": "Re-authentication is required"},
    ],
}
#: A v4 error whose code is one of the code set's numeric codes.
V4_NUMERIC = {
    "Id": "7c2d9e41-5b8a-4f0e-a2d3-1e6f9b0c8a57",
    "Errors": [{"ErrorCode": "0083", "Message": "Expected on next Working Day"}],
}
HOLDER = "$.error.institutionError.errorMessage"
#: Yapily's ApiResponseError example with the bank's v4 answer as its institutionError.
NESTED = {
    "error": {
        "tracingId": "74b13ce8ed51419f92c5d609e04532de",
        "code": 424,
        "institutionError": {"errorMessage": json.dumps(V4_TOKEN), "httpStatusCode": 401},
        "source": "INSTITUTION",
        "status": "FAILED_DEPENDENCY",
    }
}
BODIES = {"v31": V31, "v4_token": V4_TOKEN, "v4_numeric": V4_NUMERIC, "nested": NESTED}
FIRST = "$.Errors[0].ErrorCode"
#: What decides each: (path, code set, code, category).
DECIDES = {
    "v31": (FIRST, "ukob.error_code", "UK.OBIE.Field.Missing", "integration_error"),
    "v4_token": (FIRST, "iso20022.status_reason", "TKSP", "reconnect_required"),
    "v4_numeric": (FIRST, "ukob.error_code", "0083", "pending"),
    "nested": (FIRST, "iso20022.status_reason", "TKSP", "reconnect_required"),
}


@pytest.mark.parametrize("name", list(BODIES))
def test_python_reads_each_body_to_its_deciding_code(name: str) -> None:
    found = bankcodes.from_exception(BODIES[name])
    assert found is not None and found.kind == "ukob/error"
    path, code_set, code, category = DECIDES[name]
    assert (found.path, found.code_set, found.code.value) == (path, code_set, code)
    assert found.code.category.value == category


@pytest.mark.parametrize("name", ["v31", "v4_token", "v4_numeric"])
def test_each_body_alone_is_uk_open_banking_s(name: str) -> None:
    body = BODIES[name]
    assert payloads.recognise(body) == ("ukob/error",)
    decisive = payloads.decisive_code("ukob/error", body)
    assert decisive is not None
    assert (decisive.path, decisive.code_set) == DECIDES[name][:2]


def test_every_code_of_a_v4_body_is_read_in_its_own_code_set() -> None:
    read = [(f.path, f.code_set, f.code.value) for f in payloads.codes("ukob/error", V4_TOKEN)]
    assert read == [
        ("$.Errors[0].ErrorCode", "iso20022.status_reason", "TKSP"),
        ("$.Errors[1].ErrorCode", "ukob.error_code", "UK.OBIE.Reauthenticate"),
    ]


def test_the_nested_body_is_read_in_every_layer_the_bank_s_deciding() -> None:
    found = bankcodes.from_exception(NESTED)
    assert found is not None and (found.holder, found.inner) == (HOLDER, None)
    outer = found.outer
    assert outer is not None
    assert (outer.kind, outer.path, outer.code_set) == (
        "yapily/error",
        "$.error.source",
        "yapily.error_source",
    )
    assert outer.code.value == "INSTITUTION"
    (inner,) = payloads.inner_bodies("yapily/error", NESTED)
    assert (inner.kind, inner.holder, inner.decides) == ("ukob/error", HOLDER, "inner")


def _explain(body: object, *flags: str) -> str:
    result = cli_here("explain", "-", *flags, stdin=json.dumps(body))
    assert result.returncode == 0, result.stderr
    return result.stdout if "--json" in flags else after_decision(result.stdout)


def test_explain_names_every_layer_in_order() -> None:
    lines = _explain(NESTED).splitlines()
    assert lines[:4] == [
        "ukob/error: $.Errors[0].ErrorCode = TKSP",
        "  read as iso20022.status_reason: iso20022's code, which the field holds;",
        f"  the bank's body, read from {HOLDER} of yapily/error, decides;",
        "  the provider's own code around it: $.error.source = INSTITUTION (yapily.error_source)",
    ]
    entry = "bankcodes.iso20022.StatusReason.TKSP"
    assert f"iso20022 · Status reason (ExternalStatusReason1Code) · {entry}" in lines
    shown = json.loads(_explain(NESTED, "--json"))
    assert (shown["code_set"], shown["code"], shown["entry"]["provider"]) == (
        "iso20022.status_reason", "TKSP", "iso20022"
    )  # fmt: skip
    assert (shown["holder"], shown["outer"]["kind"]) == (HOLDER, "yapily/error")


def test_explain_says_a_standard_s_own_code_plainly() -> None:
    lines = _explain(V4_NUMERIC).splitlines()
    assert lines[0] == "ukob/error: $.Errors[0].ErrorCode = 0083 (EXPECTED_NEXT_WORKING_DAY)"
    assert not any(line.startswith("  read as") for line in lines)
    assert "ukob · Error code · bankcodes.ukob.ObieErrorCode.EXPECTED_NEXT_WORKING_DAY" in lines


def test_node_reads_every_layer_as_python_does(typescript_dist: Path, tmp_path: Path) -> None:
    bodies = tmp_path / "bodies.json"
    bodies.write_text(json.dumps(BODIES), encoding="utf-8")
    read: dict[str, Any] = json.loads(
        run_node("standard_layers.mjs", str(typescript_dist / "index.js"), str(bodies))
    )
    for name, (path, code_set, code, category) in DECIDES.items():
        found = read[name]["fromError"]
        assert (found["kind"], found["path"], found["codeSet"]) == ("ukob/error", path, code_set)
        assert (found["code"], found["known"], found["category"]) == (code, True, category)
    nested = read["nested"]["fromError"]
    assert nested["holder"] == HOLDER
    assert (nested["outer"]["kind"], nested["outer"]["code"]) == ("yapily/error", "INSTITUTION")
    assert read["nested"]["recognise"] == ["yapily/error"]
    for name in ("v31", "v4_token", "v4_numeric"):
        assert read[name]["recognise"] == ["ukob/error"], name
        decisive = read[name]["decisiveCode"]
        assert (decisive["path"], decisive["codeSet"]) == DECIDES[name][:2], name
