"""Enable Banking's facts, typed from its sources: its API reference (enablebanking-api.yaml,
1.0.0-8e8ab97c, as fatihcatalkaya/RoomieFunds keeps it at
17db20c9dbce6dbcd6c8c4bea22794e7938cb3c2, and 1.0.0-33d10df1, as tech-gian/EnableBanking keeps it
at ad93cd2666d72f4b09ff7281e8088b100c6845c7: no first-party copy could be read), its Webhooks page
(read in part) and two error bodies apps met in production (whisper-money pull request #557,
firefly-iii issue #12733), and the newest copy read, 1.0.0-f30f2f09, as karlis-vagalis/banker keeps
it at 1d0c58010bfd960922167fb087b7b947870136fb (six more error codes, and its own text for each
session status). The reference lists the error codes in one order and their
descriptions in a mapping keyed by code name, in another: a code's description is the one its
name keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bankcodes
from bankcodes import Category, payloads, signatures
from bankcodes._provider_facts import CONSENTS, RATE_LIMITS, Consent, RateLimits
from tests.support.cli_here import cli_here
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import after_decision, counts, provider_module, spec_data

enablebanking = provider_module("enablebanking")

#: enablebanking-api.yaml, components.schemas.ErrorCode.enum, in its order.
ERROR_CODES = [
    "ACCESS_DENIED", "ACCOUNT_DOES_NOT_EXIST", "ALREADY_AUTHORIZED",
    "ASPSP_ACCOUNT_NOT_ACCESSIBLE", "ASPSP_ERROR", "ASPSP_TIMEOUT", "ASPSP_RATE_LIMIT_EXCEEDED",
    "AUTHORIZATION_NOT_PROVIDED", "CLOSED_SESSION", "DATE_TO_WITHOUT_DATE_FROM",
    "DATE_FROM_IN_FUTURE", "EXPIRED_AUTHORIZATION_CODE", "EXPIRED_SESSION", "INVALID_ACCOUNT_ID",
    "INVALID_HOST", "UNAUTHORIZED_IP", "NO_ACCOUNTS_ADDED", "PAYMENT_NOT_FOUND",
    "PSU_HEADER_NOT_PROVIDED", "PSU_HEADER_INVALID", "REDIRECT_URI_NOT_ALLOWED", "REVOKED_SESSION",
    "SESSION_DOES_NOT_EXIST", "UNAUTHORIZED_ACCESS", "UNTRUSTED_PAYMENT_PARTY",
    "WEBHOOK_URI_NOT_ALLOWED", "WRONG_ASPSP_PROVIDED", "WRONG_AUTHORIZATION_CODE",
    "WRONG_DATE_INTERVAL", "WRONG_CREDENTIALS_PROVIDED", "WRONG_REQUEST_PARAMETERS",
    "WRONG_SESSION_STATUS", "WRONG_TRANSACTIONS_PERIOD", "WRONG_CONTINUATION_KEY",
    "TRANSACTION_DOES_NOT_EXIST", "PAYMENT_LIMIT_EXCEEDED", "ASPSP_PAYMENT_NOT_ACCESSIBLE",
    "INVALID_PAYMENT", "ASPSP_PSU_ACTION_REQUIRED", "PAYMENT_NOT_FINALIZED",
    "PAYMENT_SUBMISSION_NOT_SUPPORTED", "PAYMENT_NOT_AUTHORIZED", "PAYMENT_SUBMISSION_NOT_DEFERRED",
]  # fmt: skip
#: 1.0.0-f30f2f09's x-enum-descriptions of the codes it adds: a list in the alphabetical order of
#: the code names (its 7th, 20th, 21st, 22nd, 24th and 26th items).
ADDED = {
    "ASPSP_PSU_ACTION_REQUIRED": "PSU action is required to proceed",
    "PAYMENT_NOT_AUTHORIZED": "Payment has not been authorized yet",
    "PAYMENT_NOT_FINALIZED": "You can not delete a payment that is not finalized or cancelled",
    "PAYMENT_SUBMISSION_NOT_DEFERRED": "Payment was not created with deferred submission enabled",
    "PAYMENT_SUBMISSION_NOT_SUPPORTED": (
        "Deferred submission is not supported for this ASPSP payment type"
    ),
    "PSU_HEADER_INVALID": "Provided PSU header contains invalid value",
}
#: 1.0.0-f30f2f09's SessionStatus x-enum-descriptions, paired by the names' alphabetical order.
SESSION_TEXTS = {
    "AUTHORIZED": "Session is authorised for access to account information",
    "CANCELLED": "Session authorisation has been cancelled by the end-user",
    "CLOSED": "Session has been closed by the application",
    "EXPIRED": "Session has expired",
    "INVALID": "Session authorisation has failed",
    "PENDING_AUTHORIZATION": "Session authorisation by the end-user is pending",
    "RETURNED_FROM_BANK": "Session authorisation has completed successfully by the end-user",
    "REVOKED": "Session has been revoked by the end-user",
}
#: The same file, ErrorCode's x-enum-descriptions: its first six keys, in its (alphabetical)
#: order, and the descriptions they key.
DESCRIPTION_KEYS = [
    "ACCESS_DENIED", "ACCOUNT_DOES_NOT_EXIST", "ALREADY_AUTHORIZED",
    "ASPSP_ACCOUNT_NOT_ACCESSIBLE", "ASPSP_ERROR", "ASPSP_PAYMENT_NOT_ACCESSIBLE",
]  # fmt: skip
DESCRIBED = {
    "ASPSP_TIMEOUT": "Timeout interacting with ASPSP",
    "ASPSP_PAYMENT_NOT_ACCESSIBLE": "Payment can not be requested from the ASPSP",
    "EXPIRED_SESSION": "Session is expired",
    "WRONG_REQUEST_PARAMETERS": "Wrong request parameters provided",
    "ASPSP_RATE_LIMIT_EXCEEDED": "ASPSP Rate limit exceeded",
    "PAYMENT_LIMIT_EXCEEDED": (
        "The amount value or the the number of transactions exceeds the limit"
    ),
}
#: components.schemas.SessionStatus.enum, in its order (1.0.0-8e8ab97c's x-enum-descriptions
#: repeats each name).
SESSION_STATUSES = [
    "INVALID", "PENDING_AUTHORIZATION", "RETURNED_FROM_BANK", "AUTHORIZED", "EXPIRED", "CLOSED",
    "REVOKED", "CANCELLED",
]  # fmt: skip
#: components.schemas.PaymentStatus.enum, in its order.
PAYMENT_STATUSES = [
    "ACCC", "ACCP", "ACSC", "ACSP", "ACTC", "ACWC", "ACWP", "PART", "RCVD", "PDNG", "RJCT", "ACPT",
    "ACCR", "RJCR", "PACR", "PDCR", "CNCL", "NULL",
]  # fmt: skip
#: Every operation's error responses, each with the ErrorResponse body.
STATUSES = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    408: "Request Timeout", 422: "Unprocessable Entity", 429: "Too Many Requests",
    500: "Internal Server Error",
}  # fmt: skip
#: firefly-iii issue #12733: a user's log of Enable Banking's answer to GET /sessions/{id}, 401.
UNAUTHORIZED = {
    "code": 401,
    "message": "Unauthorized access",
    "error": "UNAUTHORIZED_ACCESS",
    "detail": None,
}
#: whisper-money pull request #557: "RequestException: HTTP 401 {"error":"EXPIRED_SESSION"}".
EXPIRED = (
    b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n"
    b'{"error":"EXPIRED_SESSION"}'
)


def _values(enum: Any) -> list[Any]:
    return [member.value for member in enum]


def test_the_error_codes_are_the_reference_s_in_its_order() -> None:
    assert _values(enablebanking.ErrorCode) == ERROR_CODES


def test_descriptions_are_paired_with_codes_by_name_never_by_position() -> None:
    # The mapping's sixth key is ASPSP_PAYMENT_NOT_ACCESSIBLE where the enum has ASPSP_TIMEOUT.
    assert ERROR_CODES[:5] == DESCRIPTION_KEYS[:5]
    assert (ERROR_CODES[5], DESCRIPTION_KEYS[5]) == (
        "ASPSP_TIMEOUT",
        "ASPSP_PAYMENT_NOT_ACCESSIBLE",
    )
    found = {v: enablebanking.ErrorCode(v).info.description for v in DESCRIBED}
    assert found == DESCRIBED


def test_the_newest_reference_s_added_codes_carry_its_words() -> None:
    found = {v: enablebanking.ErrorCode(v).info.description for v in ADDED}
    assert found == ADDED
    wording = enablebanking.ErrorCode("PSU_HEADER_INVALID").info.whose("description")
    assert wording is not None
    assert (wording.by, [s.id for s in wording.sources]) == (
        "provider",
        ["enablebanking-openapi-f30f2f09"],
    )
    # "PSU action is required to proceed": the end user acts at the bank, not the integrator.
    assert bankcodes.classify("enablebanking", "ASPSP_PSU_ACTION_REQUIRED") is (
        Category.ACTION_REQUIRED_AT_INSTITUTION
    )
    assert bankcodes.classify("enablebanking", "PSU_HEADER_INVALID") is Category.INTEGRATION_ERROR


def test_session_statuses_carry_the_reference_s_own_texts() -> None:
    found = {m.value: m.info.description for m in enablebanking.SessionStatus}
    assert found == SESSION_TEXTS
    for member in enablebanking.SessionStatus:
        wording = member.info.whose("description")
        assert wording is not None
        assert (wording.by, [s.id for s in wording.sources]) == (
            "provider",
            ["enablebanking-openapi-f30f2f09"],
        ), member
    # The reference: the end user completed the authorisation; nothing says "not authorised".
    returned = enablebanking.SessionStatus("RETURNED_FROM_BANK").info
    assert "not authorised" not in returned.description
    assert returned.category is Category.PENDING


def test_an_expired_session_asks_for_a_new_consent() -> None:
    # The reference: valid_until "cannot exceed" now + maximum_consent_validity, and "the session
    # validity will remain exactly as specified".
    info = enablebanking.ErrorCode("EXPIRED_SESSION").info
    assert info.category is Category.RECONNECT_REQUIRED
    assert (info.next_step, info.state) == ("renew_consent", "consent_ended")
    # whisper-money #557: Enable Banking answered 401.
    assert [entry.status for entry in info.http] == [401]
    status = enablebanking.SessionStatus("EXPIRED").info
    assert (status.next_step, status.state) == ("renew_consent", "consent_ended")


def test_the_bank_s_rate_limit_is_a_rate_limit() -> None:
    assert bankcodes.classify("enablebanking", "ASPSP_RATE_LIMIT_EXCEEDED") is Category.RATE_LIMITED
    limits = RATE_LIMITS["enablebanking"]
    assert isinstance(limits, RateLimits)
    # Every operation lists 429 "Too Many Requests"; the reference names no header.
    assert (limits.statuses, limits.headers, limits.prose) == ((429,), (), ())


def test_statuses_and_their_states() -> None:
    assert _values(enablebanking.SessionStatus) == SESSION_STATUSES
    assert enablebanking.SessionStatus("AUTHORIZED").code_set().states is True
    assert enablebanking.SessionStatus("REVOKED").info.state == "revoked"
    assert _values(enablebanking.PaymentStatus) == PAYMENT_STATUSES
    # PaymentStatus's x-enum-descriptions, keyed by name.
    assert enablebanking.PaymentStatus("RJCT").info.description == (
        "Rejected. Payment request  has been rejected."
    )
    found = {m.value: m.info.description for m in enablebanking.ResponseStatus}
    assert found == STATUSES


def test_a_consent_ends_at_the_bank_s_maximum() -> None:
    consent = CONSENTS["enablebanking"]
    assert isinstance(consent, Consent)
    # Each bank's maximum_consent_validity is its own: the provider states no one lifetime.
    assert consent.max_days is None
    ended = [(e.code_set, e.code) for e in consent.ended_by]
    assert ended == [("error_code", "EXPIRED_SESSION"), ("session_status", "EXPIRED")]


def test_an_error_body_is_read_by_its_text_code() -> None:
    assert payloads.identify(UNAUTHORIZED).kinds == ("enablebanking/error",)
    found = payloads.decisive_code("enablebanking/error", UNAUTHORIZED)
    assert found is not None and found.path == "$.error"
    assert found.code is enablebanking.ErrorCode.UNAUTHORIZED_ACCESS
    # A lone error, even one of Enable Banking's codes, is read only where the provider is told.
    assert payloads.recognise({"error": "EXPIRED_SESSION"}) == ()
    # Pluggy's error body has a code and a message too, and is not Enable Banking's.
    pluggy = {"code": 404, "codeDescription": "ITEM_NOT_FOUND", "message": "Item not found"}
    assert "enablebanking/error" not in payloads.identify(pluggy).kinds


def test_an_expired_session_pasted_into_explain() -> None:
    run = cli_here("explain", "-", "--provider", "enablebanking", stdin=EXPIRED.decode())
    lines = after_decision(run.stdout).splitlines()
    assert run.returncode == 0, run.stderr
    assert lines[0] == "enablebanking/error: $.error = EXPIRED_SESSION"
    assert lines[1].strip() == "HTTP status: 401"
    assert "bankcodes.enablebanking.ErrorCode.EXPIRED_SESSION" in lines[3]
    assert lines[4].strip() == "Session is expired"
    assert lines[5].strip().startswith("category: reconnect_required")


def test_webhooks_are_an_rs256_jwt_with_its_certificate_at_an_x5u_on_enablebanking_com() -> None:
    """The Webhooks page (read in part): "the Authorization header is the string starting with
    the authentication type Bearer followed by a space, and then the JSON Web Token"; alg
    "always "RS256" as only RS256 is supported"; x5u, "the URL uses the HTTPS protocol and the
    host in the URL is the enablebanking.com domain or one of its subdomains"; msgi, the base64
    SHA-256 of the payload prefixed by "sha256-"."""
    entry = spec_data("enablebanking")["providers"]["enablebanking"]
    signing = entry["signing"]
    assert signing["scheme"] == "certificate_jwt"
    assert (signing["header"], signing["auth_type"], signing["algorithm"]) == (
        "Authorization",
        "Bearer",
        "RS256",
    )
    assert signing["x5u_domains"] == ["enablebanking.com"]
    assert (signing["digest_claim"], signing["digest_prefix"]) == ("msgi", "sha256-")
    assert signing["sources"] == ["enablebanking-webhooks", "enablebanking-openapi-f30f2f09"]
    # Read in part: no iat or exp rule was read, so no age is checked, and the bodies were not
    # read, so no delivery contract is declared.
    assert "iat" in signing["notes"] and "delivery" not in entry
    # 1.0.0-f30f2f09, CreatePaymentRequest.webhook_url: "URL that will receive POST requests
    # notifying about payment changes", linking to "../webhooks/index.md#payment-status-webhook".
    assert "payment-status webhook" in signing["notes"]
    assert "URL that will receive POST requests notifying about payment changes" in signing["notes"]
    assert "webhooks_undescribed" not in entry


def test_the_page_s_msgi_example_is_its_form() -> None:
    """The page's example value: sha256-NuG6gBMSYMmLvPo3qFG4fxNle0A6lN+Z0rBcxIcZbYw= (the prefix
    and 44 characters of base64, a SHA-256)."""
    import base64

    example = "sha256-NuG6gBMSYMmLvPo3qFG4fxNle0A6lN+Z0rBcxIcZbYw="
    prefix = spec_data("enablebanking")["providers"]["enablebanking"]["signing"]["digest_prefix"]
    assert example.startswith(prefix)
    assert len(base64.b64decode(example.removeprefix(prefix), validate=True)) == 32


def test_a_delivery_verifies_and_receive_says_its_bodies_are_not_described() -> None:
    from tests.support.fetched_key_corpus import BODY, KEY, X5U, pem, token

    headers = {"Authorization": "Bearer " + token()}
    assert signatures.verify("enablebanking", BODY, headers, {X5U: pem(KEY)}) == "Authorization"
    try:
        bankcodes.receive("enablebanking", BODY, headers, {X5U: pem(KEY)})
    except bankcodes.ConfigurationError as error:
        assert "has no webhook delivery" in str(error)
    else:
        raise AssertionError("receive read a body whose kind the catalog does not declare")


#: 1.0.0-f30f2f09 (karlis-vagalis/banker at 1d0c58010bfd960922167fb087b7b947870136fb,
#: enablebanking-api.yaml): components.schemas.ErrorCode's x-enum-descriptions, in the file's
#: order, which is the order of the code names sorted (the reference page, enablebanking.com/docs/
#: api/reference, prints each code beside the same text in that order).
F30_DESCRIPTIONS = [
    "Access to this resource is denied. Check services available for your application.",
    "No account found matching provided id",
    "Session is already authorized",
    "The PSU does not have access to the requested account or it doesn't exist",
    "Error interacting with ASPSP",
    "Payment can not be requested from the ASPSP",
    "PSU action is required to proceed",
    "ASPSP Rate limit exceeded",
    "Timeout interacting with ASPSP",
    "Authorization header is not provided",
    "Session is closed",
    "date_from can not be in the future",
    "date_from must be provided if date_to provided",
    "Authorization code is expired",
    "Session is expired",
    "Either iban or other account identification is required",
    "Invalid host",
    "Invalid or expired payment provided",
    "No allowed accounts added to the application",
    "The amount value or the the number of transactions exceeds the limit",
    "Payment has not been authorized yet",
    "You can not delete a payment that is not finalized or cancelled",
    "Payment not found",
    "Payment was not created with deferred submission enabled",
    "Deferred submission is not supported for this ASPSP payment type",
    "Provided PSU header contains invalid value",
    "Required PSU header is not provided",
    "Redirect URI not allowed",
    "Session is revoked",
    "No session found matching provided id",
    "No transaction found matching provided id",
    "Unauthorized access",
    "Used IP address is not authorized to access the resource",
    "Either creditor or debtor account is not trusted",
    "Webhook URI not allowed",
    "Wrong ASPSP name provided",
    "Wrong authorization code provided",
    "Wrong continuation key provided",
    "Wrong credentials provided",
    "date_from should be less than or equal date_to",
    "Wrong request parameters provided",
    "Wrong session status",
    "Wrong transactions period requested",
]


#: The same file's SessionStatus: its x-enum-descriptions, in the file's order (the names sorted).
F30_SESSION_DESCRIPTIONS = [
    "Session is authorised for access to account information",
    "Session authorisation has been cancelled by the end-user",
    "Session has been closed by the application",
    "Session has expired",
    "Session authorisation has failed",
    "Session authorisation by the end-user is pending",
    "Session authorisation has completed successfully by the end-user",
    "Session has been revoked by the end-user",
]


def _f30_excerpt(descriptions: list[str]) -> str:
    """An excerpt of 1.0.0-f30f2f09: the ErrorCode and SessionStatus schemas, each enum in the
    file's order."""
    errors = {"type": "string", "enum": ERROR_CODES, "x-enum-descriptions": descriptions}
    sessions = {
        "type": "string",
        "enum": SESSION_STATUSES,
        "x-enum-descriptions": F30_SESSION_DESCRIPTIONS,
    }
    schemas = {"ErrorCode": errors, "SessionStatus": sessions}
    return json.dumps({"openapi": "3.0.3", "components": {"schemas": schemas}})


def test_each_code_carries_the_text_the_newest_reference_gives_it(tmp_path: Path) -> None:
    """Drift reads 1.0.0-f30f2f09's descriptions in the order of the sorted names (never the
    enum's), and the catalog holds each code's text as that reference gives it."""
    source = spec_data()["sources"]["enablebanking-openapi-f30f2f09"]
    rules = source["extract"]["code_sets"]
    assert {"code_set": "enablebanking.error_code", "enum": "/components/schemas/ErrorCode",
            "descriptions_by_name": True} in rules  # fmt: skip
    paired = dict(zip(sorted(ERROR_CODES), F30_DESCRIPTIONS, strict=True))
    assert paired["PSU_HEADER_NOT_PROVIDED"] == "Required PSU header is not provided"
    found = {v: enablebanking.ErrorCode(v).info.description for v in ERROR_CODES}
    assert found == paired
    sessions = dict(zip(sorted(SESSION_STATUSES), F30_SESSION_DESCRIPTIONS, strict=True))
    assert {v: enablebanking.SessionStatus(v).info.description for v in sessions} == sessions
    # A text changed in the copy is a text difference drift reports, at its own code.
    edited = [*F30_DESCRIPTIONS]
    edited[26] = "Required PSU header missing"
    copy = tmp_path / "enablebanking-api.json"
    out = saved_copy_drift(
        copy, "enablebanking-openapi-f30f2f09", _f30_excerpt(F30_DESCRIPTIONS), _f30_excerpt(edited)
    )
    assert "PSU_HEADER_NOT_PROVIDED" in out and "Required PSU header missing" in out


def test_drift_counts_the_newest_reference_s_enums_whole() -> None:
    """1.0.0-f30f2f09's ErrorCode and SessionStatus, each held whole."""
    assert counts("enablebanking-openapi-f30f2f09") == {
        "enablebanking.error_code": (len(ERROR_CODES), len(ERROR_CODES)),
        "enablebanking.session_status": (len(SESSION_STATUSES), len(SESSION_STATUSES)),
    }
