"""UAE Open Finance's bank-facing error body, {errorCode, errorMessage}: what a bank (an LFI)
answers the API Hub's calls of its Ozone Connect APIs with. Typed from the standard's files: the
Ozone Connect Bank Service Initiation OpenAPI file (Nebras-Open-Finance/community-standards at
572513f5,
docs/public/openapi/v2.1/api-hub/uae-ozone-connect-bank-service-initiation-openapi.yaml:
Error400 L2244, Error403 L2282, Error409 L2314, Error500 L2340, each requiring errorCode and
errorMessage, each errorCode anyOf an enum, the pattern ^[A-Za-z]+\\.[A-Za-z0-9]+$ and any
string) and the guide for banks' Single Instant Payment page (at 1cb5dbe8: "All error bodies
must include `errorCode` and `errorMessage`", and an example response under each of POST
/payments' 400, 403, 409 and 500 tables and GET /payments/{paymentId}'s 400, 403 and 500
tables). Yodlee's error body has the same two fields: its sample is typed from Yodlee's Error
Documentation page ("Y804", "Permitted values of top between 1 - 500", "u1455707934756c4F23u")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bankcodes import payloads, uaeopenfinance
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import counts, spec_data

KIND = "uaeopenfinance/bank-error"
#: Error400's enum (L2262-2276), Error403's (L2303-2308), Error409's and Error500's (L2332, L2361).
ERROR_400 = [
    "Consent.Invalid", "Consent.BusinessRuleViolation", "Consent.FailsControlParameters",
    "Consent.InvalidUserIdentifier", "JWS.InvalidSignature", "JWS.Malformed", "JWS.InvalidClaim",
    "JWS.InvalidHeader", "JWE.DecryptionError", "JWE.InvalidHeader", "GenericRecoverableError",
    "GenericError", "Event.UnexpectedEvent", "Body.InvalidFormat", "Resource.InvalidFormat",
]  # fmt: skip
ERROR_403 = [
    "AccessToken.InvalidScope", "Consent.TransientAccountAccessFailure",
    "Consent.AccountTemporarilyBlocked", "Consent.PermanentAccountAccessFailure",
    "GenericRecoverableError", "GenericError",
]  # fmt: skip
ERROR_409 = ERROR_500 = ["GenericRecoverableError", "GenericError"]
#: The guide's example responses, by status: POST /payments' four, then GET
#: /payments/{paymentId}'s three (errorCode, errorMessage).
GUIDE_EXAMPLES = [
    ("Body.InvalidFormat", "Request body is not valid JSON"),
    ("AccessToken.InvalidScope", "Access token does not have required scope"),
    ("GenericError", "Conflict occurred during processing"),
    ("GenericError", "Internal server error occurred"),
    ("Consent.Invalid", "Consent is invalid, not found or not associated with the given paymentId"),
    ("AccessToken.InvalidScope", "Access token does not have required scope"),
    ("GenericError", "Internal server error occurred"),
]
#: Yodlee's sample error response (Error Documentation).
YODLEE = {
    "errorCode": "Y804",
    "errorMessage": "Permitted values of top between 1 - 500",
    "referenceCode": "u1455707934756c4F23u",
}


def test_the_kind_s_examples_are_the_guide_s_four_decided_by_their_code() -> None:
    examples = spec_data()["payloads"][KIND]["examples"]
    assert [example["data"] for example in examples] == [
        {"errorCode": code, "errorMessage": message} for code, message in GUIDE_EXAMPLES
    ]
    for example, (code, _) in zip(examples, GUIDE_EXAMPLES, strict=True):
        assert payloads.identify(example["data"]).kinds == (KIND,)
        found = payloads.decisive_code(KIND, example["data"])
        assert found is not None and found.code is uaeopenfinance.ErrorCode(code)


def test_a_prescribed_code_tells_the_standard_s_body_and_nothing_else_does() -> None:
    body = {"errorCode": "Consent.AccountTemporarilyBlocked", "errorMessage": "blocked"}
    told = payloads.identify(body)
    assert told.kinds == (KIND,)
    assert [(e.what, e.value) for e in told.evidence] == [
        ("code", "Consent.AccountTemporarilyBlocked")
    ]
    # A namespaced code of the answering organisation, and a bank's own code kept from v1.2
    # (the files' third branch: any string), are the standard's only where it is named.
    for own in ("AANI.AM04", "E1001"):
        plain = {"errorCode": own, "errorMessage": "m"}
        assert payloads.identify(plain).kind is None, own
        assert payloads.identify(plain, provider="uaeopenfinance").kinds == (KIND,), own
        assert payloads.identify(plain, provider="yodlee").kinds == ("yodlee/api-error",), own


def test_yodlee_s_body_is_never_the_standard_s_nor_the_standard_s_yodlee_s() -> None:
    assert payloads.identify(YODLEE).kinds == ("yodlee/api-error",)
    assert payloads.identify({k: YODLEE[k] for k in ("errorCode", "errorMessage")}).kind is None
    assert KIND not in payloads.identify(YODLEE, provider="yodlee").kinds
    for code, message in GUIDE_EXAMPLES:
        body = {"errorCode": code, "errorMessage": message}
        assert "yodlee/api-error" not in payloads.identify(body).kinds, code


def test_drift_counts_the_ozone_connect_file_s_enums_whole() -> None:
    listed = len(dict.fromkeys(ERROR_400 + ERROR_403 + ERROR_409 + ERROR_500))
    assert listed == 19
    assert counts("uae-cs-ozone-connect-service-initiation") == {
        "uaeopenfinance.error_code": (listed, listed)
    }


def test_drift_reads_the_ozone_connect_file_s_error_enums(tmp_path: Path) -> None:
    """An excerpt of the file, its four error schemas as it writes them: a code added to
    Error403's enum is a difference."""

    def schema(codes: list[str]) -> dict[str, object]:
        branches = [{"type": "string", "enum": codes}, {"type": "string"}]
        return {"type": "object", "properties": {"errorCode": {"anyOf": branches}}}

    schemas = {
        "Error400": schema(ERROR_400),
        "Error403": schema(ERROR_403),
        "Error409": schema(ERROR_409),
        "Error500": schema(ERROR_500),
    }
    agreed = json.dumps({"openapi": "3.0.1", "components": {"schemas": schemas}})
    edited = agreed.replace(
        '"Consent.PermanentAccountAccessFailure"',
        '"Consent.PermanentAccountAccessFailure", "Consent.Revoked"',
    )
    source = "uae-cs-ozone-connect-service-initiation"
    out = saved_copy_drift(tmp_path / f"{source}.json", source, agreed, edited)
    assert "Consent.Revoked" in out


@pytest.mark.parametrize(
    ("operation", "status"),
    [("POST /payments", s) for s in ("400", "403", "409", "500")]
    + [("GET /payments/{paymentId}", s) for s in ("400", "403", "500")],
)
def test_each_example_is_titled_by_its_operation_and_status(operation: str, status: str) -> None:
    titles = [example["title"] for example in spec_data()["payloads"][KIND]["examples"]]
    assert sum(f"{operation}' {status} errors" in title for title in titles) == 1
