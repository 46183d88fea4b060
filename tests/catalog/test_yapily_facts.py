"""Yapily's facts, typed from its sources: its OpenAPI file (yapily/yapily-openapi, openapi.json
at 3f9441bee86c7c3ff94983f4fdeb5be36b6949dd, info.version 12.13.0), its Payment Status, Error
codes, Error handling and Individual Payment Status (bulk payments) pages, and its knowledge
base's Financial Data Consents page. Its error bodies are read in their place by
payloads.decisive_code and by from_exception, over httpx's error from a server on loopback and
over its Python client's ApiException."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import payloads
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import ROOT, counted, provider_module, spec_data

yapily = provider_module("yapily")

#: openapi.json, components/schemas/AuthorisationStatus/enum, in its order.
AUTHORISATION_STATUS = [
    "AWAITING_AUTHORIZATION", "AWAITING_FURTHER_AUTHORIZATION", "AWAITING_RE_AUTHORIZATION",
    "AUTHORIZED", "CONSUMED", "REJECTED", "REVOKED", "FAILED", "EXPIRED", "UNKNOWN", "INVALID",
    "AWAITING_DECOUPLED_PRE_AUTHORIZATION", "AWAITING_PRE_AUTHORIZATION", "PRE_AUTHORIZED",
    "AWAITING_DECOUPLED_AUTHORIZATION", "AWAITING_SCA_METHOD", "AWAITING_SCA_CODE",
]  # fmt: skip
#: openapi.json, components/schemas/PaymentStatus/enum.
PAYMENT_STATUS = [
    "PENDING", "FAILED", "DECLINED", "COMPLETED", "COMPLETED_SETTLEMENT_IN_PROCESS", "EXPIRED",
    "UNKNOWN", "ACTIVE", "INACTIVE"]  # fmt: skip
#: openapi.json, components/schemas/PaymentIsoStatusCodeEnum/enum.
PAYMENT_ISO_STATUS = [
    "ACCC", "ACCP", "ACSC", "ACSP", "ACTC", "ACWC", "ACWP", "RCVD", "PDNG", "RJCT", "CANC", "ACFC",
    "PATC", "PART", "ACCO",
]  # fmt: skip
#: openapi.json, components/schemas/EnumError/enum (ValidationError.error).
VALIDATION_ERROR = ["MANDATORY", "INVALID_FORMAT"]

#: The Individual Payment Status page (bulk payments), "Payment status detail codes": every row
#: of its table, in its order, verbatim (B007's apostrophe is the page's U+2019).
BULK_STATUS_DETAILS = {
    "B000": "Unrecognised status reason code from the institution",
    "B001": "Payment rejected, no specific reason given",
    "B002": "Insufficient funds in debtor account",
    "B003": "Incorrect or invalid account number",
    "B004": "Payment flagged as fraudulent origin",
    "B005": "Duplicate payment detected",
    "B006": "Rejected for regulatory or compliance reason",
    "B007": "Rejected at customer\u2019s own request",
    "B008": "Amount is zero, not allowed, or too low",
    "B009": "Missed bank cut-off time",
    "B010": "Invalid payment format or structure",
    "B011": "Technical problem at institution",
    "B012": "Payment accepted, pending processing",
    "B013": "Payment held by institution for further review",
    "B014": "Payment held due to fraud screening",
}

#: The Error codes page's "Sample Error Response", verbatim.
ERROR_CODES_SAMPLE: dict[str, Any] = {
    "error": {
        "tracingId": "0c2d0973bdd24224a65e5d0f7d1b6154",
        "code": 400,
        "status": "BAD_REQUEST",
        "supportUrl": "https://support.yapily.com/",
        "source": "YAPILY",
        "issues": [
            {"type": "INVALID_PAYLOAD", "code": "11001", "message": "Timeout error"},
            {
                "type": "INVALID_PAYLOAD",
                "code": "11003",
                "message": "Failed third party dependency",
            },
        ],
    }
}
#: The Error handling page's "Example error response" (the page shows its "error" member
#: without the braces around it).
ERROR_HANDLING_EXAMPLE: dict[str, Any] = {
    "error": {
        "tracingId": "0c2d0973bdd24224a65e5d0f7d1b6154",
        "code": 424,
        "institutionError": {
            "errorMessage": '{"Code":"400 BadRequest","Id":"3517bfc2-c3ee-4f2f-b4f8-12f62478e0d1",'
            '"Message":"No Resource found","Errors":[{"ErrorCode":"UK.OBIE.Resource.NotFound",'
            '"Message":"No resource found corresponding to the consent id"}]}',
            "httpStatusCode": 400,
        },
        "source": "INSTITUTION",
        "message": "The requested resource has not been found in the institution. We can help "
        "you on https://support.yapily.com/",
        "status": "NOT_FOUND",
    }
}
#: openapi.json, components/examples/error-response-code-401: no issue, no tracingId.
PLAIN_401: dict[str, Any] = {
    "error": {
        "code": 401,
        "status": "UNAUTHORIZED",
        "message": "Full authentication is required to access this resource",
    }
}
#: openapi.json, components/examples/400-error-response: its issue code a JSON number.
NUMBERED_400: dict[str, Any] = {
    "error": {
        "tracingId": "0c2d0973bdd24224a65e5d0f7d1b6154",
        "code": 400,
        "status": "BAD_REQUEST",
        "supportUrl": "https://support.yapily.com/",
        "source": "YAPILY",
        "issues": [
            {
                "type": "BAD_REQUEST",
                "code": 10600,
                "message": "The server could not understand the request due to invalid syntax",
            }
        ],
    }
}


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def test_the_status_code_sets_are_the_openapi_enums() -> None:
    assert _values(yapily.AuthorisationStatus) == AUTHORISATION_STATUS
    assert _values(yapily.PaymentStatus) == PAYMENT_STATUS
    assert _values(yapily.PaymentIsoStatus) == PAYMENT_ISO_STATUS
    assert _values(yapily.ValidationError) == VALIDATION_ERROR


def test_the_payment_status_page_s_words_and_what_they_mean() -> None:
    # Payment Status page: "PENDING when the initiation request is still being processed",
    # "FAILED when the Institution has rejected the initiation request and the payment will not
    # be processed further"; COMPLETED reports the initiation, not settlement.
    pending = yapily.PaymentStatus.PENDING
    failed = yapily.PaymentStatus.FAILED
    assert pending.description == "When the initiation request is still being processed"
    assert failed.description == (
        "When the Institution has rejected the initiation request and the payment will not be "
        "processed further"
    )
    assert pending.category is bankcodes.Category.PENDING
    assert failed.category is bankcodes.Category.REJECTED
    assert yapily.PaymentStatus.COMPLETED.category is bankcodes.Category.SUCCESS


def test_the_bulk_payment_status_details_are_the_page_s_table() -> None:
    code = yapily.BulkPaymentStatusDetail
    assert {member.value: member.description for member in code} == BULK_STATUS_DETAILS
    for value in BULK_STATUS_DETAILS:
        (wording,) = [w for w in code(value).info.wording if w.field == "description"]
        assert (wording.by, [s.id for s in wording.sources]) == (
            "provider",
            ["yapily-docs-bulk-individual-payment-status"],
        )
    # "Payment accepted, pending processing" and the two holds are no failure yet.
    for value in ("B012", "B013", "B014"):
        assert code(value).category is bankcodes.Category.PENDING, value
    assert code("B002").category is bankcodes.Category.REJECTED
    assert code("B007").category is bankcodes.Category.CANCELLED
    assert code("B011").category is bankcodes.Category.INSTITUTION_UNAVAILABLE


def test_the_openapi_example_sends_b001_with_a_reason_of_its_own() -> None:
    # openapi.json, components/examples/bulk-payment-details-by-id-response: payment-w2, FAILED,
    # statusDetails {"code": "B001", "reason": "Payment has been rejected"}.
    b001 = yapily.BulkPaymentStatusDetail("B001")
    assert b001.description != "Payment has been rejected"
    assert "Payment has been rejected" in (b001.info.notes or "")
    assert "yapily-openapi" in [s.id for s in b001.info.sources]
    field = spec_data("yapily")["providers"]["yapily"]["code_sets"]["bulk_payment_status_detail"]
    assert field["field"].startswith("data.payments[].statusDetails.code")


def test_the_knowledge_base_s_unknown_consent_status() -> None:
    # Financial Data Consents: "Status UNKNOWN: This is just the enumeration's default."
    unknown = yapily.AuthorisationStatus.UNKNOWN
    assert unknown.description == "This is just the enumeration's default."
    (description,) = [w for w in unknown.info.wording if w.field == "description"]
    assert (description.by, [s.id for s in description.sources]) == (
        "provider",
        ["yapily-kb-consents"],
    )


def test_the_issue_codes_of_the_published_examples() -> None:
    # Error codes page: 11001 "Timeout error", 11003 "Failed third party dependency" (HTTP 400);
    # openapi.json 403-error-response: Yapily.gateway.api.scope.required, "You don't have the
    # right scope to access this resource".
    code = yapily.ErrorIssueCode
    assert code("11001").message == "Timeout error"
    assert code("11003").message == "Failed third party dependency"
    assert code("11003").category is bankcodes.Category.INSTITUTION_UNAVAILABLE
    scope = code("Yapily.gateway.api.scope.required")
    assert scope.message == "You don't have the right scope to access this resource"
    assert scope.category is bankcodes.Category.INTEGRATION_ERROR
    assert scope.http_statuses == (403,)


def test_the_error_source_names_who_acts() -> None:
    # Error handling page: "One of: USER (the PSU), INSTITUTION (bank side error) or YAPILY."
    assert _values(yapily.ErrorSource) == ["USER", "INSTITUTION", "YAPILY"]
    assert {member.category for member in yapily.ErrorSource} == {bankcodes.Category.INFORMATIONAL}


def test_an_issue_code_decides_the_error_codes_page_s_sample() -> None:
    found = payloads.decisive_code("yapily/error", ERROR_CODES_SAMPLE)
    assert found is not None
    assert (found.path, found.code_set, found.code) == (
        "$.error.issues[0].code",
        "yapily.error_issue_code",
        yapily.ErrorIssueCode("11001"),
    )
    assert payloads.identify(ERROR_CODES_SAMPLE).kind == "yapily/error"


def test_the_institution_s_error_is_kept_as_the_text_yapily_sends() -> None:
    """Without issues the source decides; the bank's body stays the string it travels as."""
    found = payloads.decisive_code("yapily/error", ERROR_HANDLING_EXAMPLE)
    assert found is not None
    assert (found.path, found.code) == ("$.error.source", yapily.ErrorSource.INSTITUTION)
    model = payloads.validate("yapily/error", ERROR_HANDLING_EXAMPLE)
    institution = model.error.institutionError
    assert institution is not None
    sent = institution.errorMessage
    assert isinstance(sent, str)
    assert json.loads(sent)["Errors"][0]["ErrorCode"] == "UK.OBIE.Resource.NotFound"


def test_a_body_without_a_field_of_yapily_s_own_is_read_only_with_its_provider() -> None:
    assert payloads.identify(PLAIN_401).kinds == ()
    assert payloads.identify(PLAIN_401, "yapily").kind == "yapily/error"
    assert payloads.decisive_code("yapily/error", PLAIN_401) is None


def test_an_issue_code_sent_as_a_number_is_passed_over_for_its_type() -> None:
    """ErrorIssue.code is a string in Yapily's schema (and "11001" on its Error codes page);
    a number there is no code of the set, and the issue's type decides."""
    found = payloads.decisive_code("yapily/error", NUMBERED_400)
    assert found is not None
    assert (found.path, found.code) == ("$.error.issues[0].type", yapily.ErrorIssueType.BAD_REQUEST)


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/sample").respond_with_json(ERROR_CODES_SAMPLE, status=400)
        running.expect_request("/institution").respond_with_json(ERROR_HANDLING_EXAMPLE, status=424)
        yield running


def test_from_exception_reads_the_issue_code_of_httpx_s_error(server: HTTPServer) -> None:
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/sample")).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.status) == ("yapily/error", "$.error.issues[0].code", 400)
    assert found.code == yapily.ErrorIssueCode("11001")
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/institution")).raise_for_status()
    institution = bankcodes.from_exception(raised.value)
    assert institution is not None
    # The bank's own UK Open Banking body inside institutionError.errorMessage decides, with
    # Yapily's source beside it (tests/catalog/test_inner_bodies.py reads both in every reader).
    assert (institution.code.value, institution.status) == ("UK.OBIE.Resource.NotFound", 424)
    assert institution.outer is not None
    assert institution.outer.code == yapily.ErrorSource.INSTITUTION


class ApiException(Exception):
    """The shape of yapily-sdk-python's ApiException (sdk/yapily/exceptions.py at
    92ede62b0069fdffb7f22bfea92b91a93747c296): status, reason, the response's data as body,
    and its headers."""

    def __init__(self, status: int, reason: str, body: bytes) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.body = body
        self.headers: dict[str, str] = {}


def test_from_exception_reads_the_python_client_s_api_exception() -> None:
    error = ApiException(400, "Bad Request", json.dumps(ERROR_CODES_SAMPLE).encode())
    found = bankcodes.from_exception(error)
    assert found is not None
    assert (found.kind, found.code, found.status) == (
        "yapily/error",
        yapily.ErrorIssueCode("11001"),
        400,
    )


#: The issues of openapi.json's error examples (type, code, message), whose messages the
#: catalog quotes: components/examples 400-, 401-, 404-, 500- and 403-error-response, the 401 and
#: default answers of POST /variable-recurring-payments/sweeping/consents, and the example of the
#: ApiErrorResponse schema.
ISSUES = [
    ("BAD_REQUEST", 10600, "The server could not understand the request due to invalid syntax"),
    ("CREDENTIALS", 10700, "Authorization header invalid or credentials not authenticated"),
    ("INVALID_REQUEST", 10800, "Resource not found"),
    ("INTERNAL_SERVER_ERROR", 11000, "Unexpected server error"),
    ("INVALID_REQUEST", "Yapily.gateway.api.scope.required",
     "You don't have the right scope to access this resource"),
    ("CREDENTIALS", "CREDENTIALS_MISSING", "Authentication header not present"),
    ("BAD_REQUEST", "BAD_REQUEST",
     "The server could not understand the request due to invalid syntax"),
    ("INVALID_REQUEST", "INVALID_PROPERTY_UNEXPECTED_VALUE",
     "Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]"),
]  # fmt: skip


#: openapi.json's error responses: each status's description the catalog quotes, one operation.
RESPONSES = [
    ("/applications/{applicationId}/beneficiaries", "post", "400", "Invalid request"),
    ("/institutions/constraints/payments", "get", "401",
     "Either authentication credentials were not supplied, or they were invalid."),
    ("/hosted/consent-requests/{consentRequestId}", "get", "404", "Not Found"),
    ("/applications/{applicationId}/beneficiaries", "post", "429", "Too many requests"),
    ("/bulk-payments/{bulkPaymentId}", "get", "500", "An unexpected error occurred."),
    ("/applications", "post", "403", "Forbidden from accessing the requested Application."),
    ("/webhook/events", "post", "406", "Maximum number of registered webhooks has been reached"),
    ("/applications/{applicationId}/beneficiaries", "post", "409", "Conflict"),
]  # fmt: skip


def _excerpt(extra: str | None = None) -> dict[str, Any]:
    """An excerpt of openapi.json: the four enums drift reads, the error examples whose issue
    messages the catalog quotes, the responses whose descriptions it quotes (all it lists)."""
    statuses = [*PAYMENT_STATUS, *([extra] if extra else [])]
    enums = {
        "AuthorisationStatus": AUTHORISATION_STATUS,
        "PaymentStatus": statuses,
        "PaymentIsoStatusCodeEnum": PAYMENT_ISO_STATUS,
        "EnumError": VALIDATION_ERROR,
    }
    schemas = {name: {"type": "string", "enum": values} for name, values in enums.items()}
    examples = {
        f"example-{number}": {
            "value": {"error": {"issues": [{"type": kind, "code": code, "message": message}]}}
        }
        for number, (kind, code, message) in enumerate(ISSUES)
    }
    components = {"schemas": schemas, "examples": examples}
    paths: dict[str, Any] = {}
    for path, method, status, description in RESPONSES:
        responses = paths.setdefault(path, {}).setdefault(method, {"responses": {}})["responses"]
        responses[status] = {"description": description}
    return {
        "openapi": "3.0.1",
        "info": {"version": "12.13.0"},
        "paths": paths,
        "components": components,
    }


def test_drift_reads_the_openapi_file_s_enums(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "yapily-openapi.json",
        "yapily-openapi",
        json.dumps(_excerpt()),
        json.dumps(_excerpt("SETTLED")),
    )
    assert "yapily.payment_status SETTLED" in out


def test_yapily_publishes_no_signing_contract_and_the_spec_invents_none() -> None:
    """Yapily's Webhooks Get Started page gives a webhook secret "for further validating the
    payload signature" but names no header, hash or signed content: no signing, no delivery."""
    provider = spec_data()["providers"]["yapily"]
    assert "signing" not in provider
    assert "delivery" not in provider


def test_the_readme_and_the_site_list_yapily() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| [Yapily](site/docs/reference/yapily/index.md) | {counted('yapily')} |" in readme
    index = (ROOT / "site" / "docs" / "reference" / "index.md").read_text(encoding="utf-8")
    assert "## [Yapily](yapily/index.md)" in index
    nav = (ROOT / "site" / "docs" / "reference" / "nav.json").read_text(encoding="utf-8")
    assert "reference/yapily/index.md" in nav


def test_a_consent_s_expires_at_is_its_end() -> None:
    # openapi.json, Consent.expiresAt: "Date and time of when the authorisation will expire by.
    # Reauthorisation will be needed to retain access."; the API answers carry the consent in
    # data (ApiResponseOfConsent: meta, data).
    (end,) = spec_data()["providers"]["yapily"]["body_rules"]["ends"]
    assert (end["path"], end["sources"]) == ("$.data.expiresAt", ["yapily-openapi"])
