"""Basiq's facts, typed from its sources: basiqio-oss/Basiq-docs at
79bc160c203ff0863670a27c05cc9ae22bfa3158 (the OpenAPI files reference/core.json, data.json and
webhooks.json, cited by JSON pointer as each is one line; the Markdown pages cited by path and
line), the Codes page's first version (codes.md at 75ec0125b09c1543c756368154de8dbb7d43d636),
and Basiq's Errors page (api.basiq.io/docs/errors, "Consent UI and bank errors", as read on
2026-11-26). Its published bodies, read in their place, are in test_basiq_bodies.py."""

from __future__ import annotations

from typing import Any

import bankcodes
from bankcodes import signatures
from bankcodes.delivery import DELIVERY
from tests.support.helpers import provider_module

basiq = provider_module("basiq")

#: core.json /components/schemas/JobsStep/properties/status/enum.
JOB_STEP_STATUS = ["pending", "in-progress", "success", "failed"]
#: core.json /components/schemas/JobsStep/properties/title/enum.
JOB_STEP_TITLES = [
    "verify-credentials",
    "retrieve-accounts",
    "retrieve-transactions",
    "retrieve-statements",
]
#: core.json /components/schemas/JobsResult/properties/code/enum, in its order.
JOBS_RESULT = [
    "success", "user-action-required", "system-unavailable", "maintenance", "connector-error",
    "institution-not-found", "institution-not-available", "institution-disabled",
    "missing-required-field", "missing-required-field-value", "invalid-field-value",
    "invalid-csv-row", "row-count-exceeded", "account-data-differs", "empty-file",
    "bank-statement-invalid", "bank-statement-new-product", "bank-statement-parsing-error",
    "bank-statement-not-supported", "txn-after-last-updated-date", "invalid-connection",
    "unknown-error", "job-timed-out",
]  # fmt: skip
#: The enums of core.json's error schemas' data/items/properties/code, by HTTP status:
#: BadRequestError (400), UnauthorizedError (401), ForbiddenAccessError (403), NotFoundError
#: (404), GoneError (410, GET /users/{userId}/auth_link), InternalServerError (500).
ERROR_SCHEMA_CODES = {
    400: ["parameter-not-supplied", "parameter-not-valid", "unsupported-accept", "invalid-content",
          "institution-not-supported", "invalid-credentials"],
    401: ["unauthorized-access", "invalid-authorization-token"],
    403: ["forbidden-access", "no-production-access", "access-denied"],
    404: ["resource-not-found"],
    410: ["resource-no-longer-available"],
    500: ["internal-server-error"],
}  # fmt: skip
#: The codes of the published error bodies that no enum lists, with their HTTP status: core.json
#: GET /events/types (429 Too many requests), GET /events/types/{id} (400 Parameter not valid);
#: webhooks.json POST /notifications/webhooks (409 Error, 400 Event already subscribed to, 503
#: Service unavailable), POST /notifications/messages/test (400 WebhookID not valid).
EXAMPLE_CODES = {
    "too-many-requests": 429,
    "path-parameter-not-valid": 400,
    "resource-already-exists": 409,
    "event-already-subscribed": 400,
    "service-unavailable": 503,
    "no-webhooks-found": 400,
}
#: docs/PLatform/errors-1/codes.md, lines 13-58: each Error Code and its Description.
CODES_PAGE = {
    "too-many-sandbox-connections": "Limit reached for sandbox connections. Reach out to "
    "support@basiq.io to reset your account.",
    "invalid-credentials": "Cannot login to target institution using supplied credentials. "
    "Check credentials and try again.",
    "internal-server-error": "Generic server error affecting all endpoints.",
    "parameter-not-supplied": "Required parameter not supplied. Check details and source message.",
    "resource-not-found": "Requested resource not found. Check details message.",
}  # fmt: skip
#: docs/PLatform/errors-1/codes.md at 75ec012 (its first version, "Create doc `codes`"): the
#: rows the page's later versions dropped whose codes no other page lists, by the row's number in
#: its block:parameters table, with the text under each row's bold heading.
CODES_PAGE_FIRST = {
    "unsupported-content-type": "Requested content type is not supported.",  # row 22
    "method-not-allowed": "Requested method is not allowed.",  # row 30
    "invalid-authorization-request": "Invalid authorization request. Check details message.",
    "maintenance-error": (  # row 42, under "Not Accessible"
        "Requested resource is currently unavailable due to maintenance on Institution's side."
    ),
    "request-not-valid": (  # row 48, "Request not valid (403)"
        "There have been too many requests for the token endpoint within a 5 minute period from "
        "a specific IP address."
    ),
    "invalid-request-content": "Statement is not valid",  # row 71, "PDF/CSV invalid request …"
}
#: docs/PLatform/errors-1/payments-errors.md (hidden: true): the codes of its table, in order,
#: each once (maximum-count-exceeded is written there with a final full stop).
PAYMENTS_CODES = [
    "parameter-not-valid", "resource-already-exists", "maximum-count-exceeded",
    "payments-not-enabled", "invalid-content", "resource-not-found", "invalid-user-name",
    "invalid-user-email", "missing-payee-account-details", "missing-payer-account-details",
    "external-provider-unreachable", "transaction-limit-reached", "daily-limit-reached",
    "check-balance-insufficient-funds", "account-unreachable", "account-balance-outdated",
    "payer-account-not-allowed", "refer_to_customer",
]  # fmt: skip
#: data.json /components/schemas/ConnectionGetResponseResource/properties/status/enum.
CONNECTION_STATUS = ["active", "pending", "invalid", "pre-init"]
#: core.json: GET /events/types' example Success, data[].id and description, in its order.
EVENT_TYPES = {
    "account.updated": "when an account is updated",
    "connection.activated": "when a connection is activated",
    "connection.created": "when a connection is created",
    "connection.deleted": "when a connection is deleted",
    "connection.invalidated": "when a connection is invalidated",
    "consent.created": "when a consent is created",
    "consent.expired": "when a consent is expired",
    "consent.reminder": "when a consent has been active for 90 days since the last update",
    "consent.revoked": "when a consent is revoked",
    "consent.updated": "when a consent is updated",
    "consent.warning": "when a consent is about to expire",
    "transactions.updated": "when transactions are updated",
    "user.created": "when an user is created",
    "user.deleted": "when an user is deleted",
    "user.updated": "when an user is updated",
}


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def test_the_job_step_statuses_are_the_enum_with_the_jobs_page_s_words() -> None:
    # reference/Core/jobs/index.md, lines 25-28.
    assert _values(basiq.JobStepStatus) == JOB_STEP_STATUS
    assert basiq.JobStepStatus("pending").description == (
        "The job has been created and is waiting to be started."
    )
    assert basiq.JobStepStatus("failed").description == "The job has failed."
    assert basiq.JobStepStatus("in-progress").category is bankcodes.Category.PENDING
    assert basiq.JobStepStatus("success").category is bankcodes.Category.SUCCESS


def test_the_job_steps_are_the_enum_and_the_steps_of_published_jobs() -> None:
    titles = _values(basiq.JobStepTitle)
    assert titles[:4] == JOB_STEP_TITLES
    # core.json's Mygov and Report examples; docs/Payments/send-workflow.md, lines 112-128.
    for extra in (
        "mfa-challenge",
        "create-report",
        "validate-payment",
        "external-processing",
        "payment-completed",
    ):
        assert extra in titles
    assert {member.category for member in basiq.JobStepTitle} == {bankcodes.Category.INFORMATIONAL}


def test_every_jobs_result_code_is_a_job_result_code() -> None:
    assert _values(basiq.JobResultCode)[: len(JOBS_RESULT)] == JOBS_RESULT
    # The failed steps of core.json's examples data-failed and Mygov-failed, and
    # reference/TOPICS/testing.md, lines 279-372 (the unhappy-path users).
    for added in (
        "authorization-failed",
        "invalid-credentials",
        "account-not-accessible-requires-user-action",
        "service-unavailable",
    ):
        assert basiq.JobResultCode(added).value == added


def test_the_testing_page_s_unhappy_path_users() -> None:
    # reference/TOPICS/testing.md, lines 279-372: loginID, password, Error, Detail.
    users = {
        "invalid-credentials": ("bighead", "password"),
        "account-not-accessible-requires-user-action": ("erlich", "aviato"),
        "service-unavailable": ("jianYang", "nothotdog"),
    }
    for value, (username, password) in users.items():
        user = basiq.JobResultCode(value).info.test_user
        assert user is not None and (user.username, user.password) == (username, password)
    assert basiq.JobResultCode("account-not-accessible-requires-user-action").message == (
        "An action is required from end-user before account details can be returned."
    )
    assert basiq.JobResultCode("service-unavailable").message == (
        "Service is currently unavailable. Please try again later."
    )


def test_what_the_job_failures_ask_of_the_user() -> None:
    code = basiq.JobResultCode
    # Handling jobs: the bank presents a popup; the user addresses it in internet banking.
    assert code("account-not-accessible-requires-user-action").category is (
        bankcodes.Category.ACTION_REQUIRED_AT_INSTITUTION
    )
    # The FAQ: "their bank was unable to return data in response to a request".
    assert code("service-unavailable").category is bankcodes.Category.INSTITUTION_UNAVAILABLE
    assert code("invalid-credentials").category is bankcodes.Category.CREDENTIALS_INVALID
    # The API's own 503 is Basiq's service, not the bank.
    assert basiq.ErrorCode("service-unavailable").category is bankcodes.Category.GENERIC_FAILURE


def test_the_error_schemas_codes_and_their_http_statuses() -> None:
    for status, values in ERROR_SCHEMA_CODES.items():
        for value in values:
            assert basiq.ErrorCode(value).http_statuses == (status,), value
    for value, status in EXAMPLE_CODES.items():
        assert basiq.ErrorCode(value).http_statuses == (status,), value
    assert basiq.ErrorCode("too-many-requests").category is bankcodes.Category.RATE_LIMITED


def test_the_codes_page_s_descriptions() -> None:
    for value, description in CODES_PAGE.items():
        code = basiq.ErrorCode(value)
        assert code.description == description
        (wording,) = [w for w in code.info.wording if w.field == "description"]
        assert (wording.by, [s.id for s in wording.sources]) == ("provider", ["basiq-docs-codes"])


def test_the_first_codes_page_s_codes_and_texts() -> None:
    for value, description in CODES_PAGE_FIRST.items():
        code = basiq.ErrorCode(value)
        assert code.description == description
        assert not code.info.editorial
        (wording,) = [w for w in code.info.wording if w.field == "description"]
        assert (wording.by, [s.id for s in wording.sources]) == (
            "provider",
            ["basiq-docs-codes-first-version"],
        )
    # "**Request not valid** (403)": a rate limit of the token endpoint.
    limited = basiq.ErrorCode("request-not-valid")
    assert limited.http_statuses == (403,)
    assert limited.category is bankcodes.Category.RATE_LIMITED
    # "maintenance on Institution's side".
    assert basiq.ErrorCode("maintenance-error").category is (
        bankcodes.Category.INSTITUTION_UNAVAILABLE
    )


def test_the_payments_errors_are_grouped_and_deprecated() -> None:
    for value in PAYMENTS_CODES:
        code = basiq.ErrorCode(value)
        shared = value in ERROR_SCHEMA_CODES[400] + ERROR_SCHEMA_CODES[404] + list(EXAMPLE_CODES)
        assert (code.info.lifecycle is None) == shared, value
    # payments-errors.md: "Check balance resulted in insufficient funds".
    funds = basiq.ErrorCode("check-balance-insufficient-funds")
    assert funds.message == "Check balance insufficient funds."
    assert funds.category is bankcodes.Category.REJECTED
    assert basiq.ErrorCode("maximum-count-exceeded").description == (
        "The number of requested payments exceeded the system limit (currently set at 100)."
    )


def test_the_connection_statuses_and_the_invalidated_event_s_spelling() -> None:
    assert _values(basiq.ConnectionStatus) == CONNECTION_STATUS
    # docs/Data/data-connections.md, line 21; docs/PLatform/upcoming-changes.md, line 82.
    assert basiq.ConnectionStatus("active").description == (
        "The connection is fully functional and has completed all necessary job steps."
    )
    assert basiq.ConnectionStatus("invalid-connection") is basiq.ConnectionStatus("invalid")
    assert basiq.ConnectionStatus("invalid").category is bankcodes.Category.RECONNECT_REQUIRED


def test_the_consent_statuses_are_the_schema_s() -> None:
    # core.json, GET /users/{userId}/consents, data[].status: "active, revoked, and expired".
    assert _values(basiq.ConsentStatus) == ["active", "revoked", "expired"]


def test_the_event_types_of_the_events_types_example() -> None:
    for value, description in EVENT_TYPES.items():
        assert basiq.WebhookEventType(value).description == description
    # reference/Core/events/index.md: connection.updated has no webhook.
    assert "connection.updated" in _values(basiq.WebhookEventType)


def test_a_statement_of_another_bank_has_its_own_words_for_the_user() -> None:
    # core.json statement-failed: "Statement not supported." / "... check statement uploaded
    # against correct bank."
    code = basiq.JobResultCode("bank-statement-not-supported")
    assert code.message == "Statement not supported."
    text = code.end_user_text("en")
    assert text is not None and "bank" in text.message
    assert text.message != bankcodes.Category.USER_ACTION_REQUIRED.user_message("en")


def test_basiq_signs_as_standard_webhooks() -> None:
    # Basiq-docs, docs/PLatform/webhooks/webhooks-security.md: webhook-id, webhook-timestamp
    # ("seconds since epoch") and webhook-signature, an HMAC-SHA256 of the id, the timestamp and
    # the payload joined by full stops, in base64, the key the base64 after whsec_; "more than five
    # minutes away (past or future)" is rejected. Delivery schedule and retries page: 8 attempts,
    # 13.238.192.210, 3.24.252.173 and 3.104.17.39.
    scheme = signatures.SCHEMES["basiq"]
    assert isinstance(scheme, signatures.StandardWebhooksScheme)
    assert (scheme.id_header, scheme.timestamp_header, scheme.signature_header) == (
        "webhook-id", "webhook-timestamp", "webhook-signature"
    )  # fmt: skip
    assert scheme.tolerance_seconds == 300
    contract = DELIVERY["basiq"]
    assert contract.max_attempts == 8 and contract.signed_timestamp
    assert contract.addresses == ("13.238.192.210", "3.24.252.173", "3.104.17.39")


def test_basiq_s_invalid_credentials_meet_the_other_providers() -> None:
    # core.json JobsResult and the Testing page: invalid-credentials, "Cannot login to target
    # institution using supplied credentials" (Plaid's INVALID_CREDENTIALS on its error page).
    found = basiq.JobResultCode("invalid-credentials").info.equivalents
    assert ("plaid", "INVALID_CREDENTIALS", "meaning") in {
        (e.provider, e.value, e.same) for e in found
    }
