"""What drift counted in sources whose every value of a code set the catalog holds: each list is
typed from its source at the pin the spec records, and the spec's record (`counted`) is that
list's length, held whole. A source lists a code set's codes as an enum of an OpenAPI
description or the statuses its operations' responses list, a union of an SDK's TypeScript
types or the keys of its object (a map of codes, an interface's methods), the entries of a
Kotlin SDK's reference, or a table of a page or of a document in its repository; a value listed
twice counts once."""

from __future__ import annotations

import pytest

from bankcodes import Category, yapily
from tests.support.helpers import counts, spec_data

#: (source, code set, the values it lists in its order), each typed from the file the source's
#: address names at its commit.
LISTS = [
    # Basiq's core.json (basiqio-oss/Basiq-docs at 79bc160c): JobsResult.code.
    (
        "basiq-core-openapi",
        "basiq.job_result_code",
        (
            *("success", "user-action-required", "system-unavailable", "maintenance"),
            *("connector-error", "institution-not-found", "institution-not-available"),
            *("institution-disabled", "missing-required-field", "missing-required-field-value"),
            *("invalid-field-value", "invalid-csv-row", "row-count-exceeded"),
            *("account-data-differs", "empty-file", "bank-statement-invalid"),
            *("bank-statement-new-product", "bank-statement-parsing-error"),
            *("bank-statement-not-supported", "txn-after-last-updated-date"),
            *("invalid-connection", "unknown-error", "job-timed-out"),
        ),
    ),
    # JobsStep.title.
    (
        "basiq-core-openapi",
        "basiq.job_step_title",
        ("verify-credentials", "retrieve-accounts", "retrieve-transactions", "retrieve-statements"),
    ),
    # The codes of BadRequestError, UnauthorizedError, ForbiddenAccessError, NotFoundError,
    # GoneError and InternalServerError, in that order.
    (
        "basiq-core-openapi",
        "basiq.error_code",
        (
            *("parameter-not-supplied", "parameter-not-valid", "unsupported-accept"),
            *("invalid-content", "institution-not-supported", "invalid-credentials"),
            *("unauthorized-access", "invalid-authorization-token"),
            *("forbidden-access", "no-production-access", "access-denied"),
            *("resource-not-found", "resource-no-longer-available", "internal-server-error"),
        ),
    ),
    # Basiq's Events page (reference/Core/events/index.md): its table's Event Type column.
    (
        "basiq-docs-events",
        "basiq.webhook_event_type",
        (
            *("connection.created", "connection.updated", "connection.deleted"),
            *("connection.invalidated", "connection.activated", "account.updated"),
            *("transactions.updated", "consent.created", "consent.expired", "consent.reminder"),
            *("consent.revoked", "consent.updated", "consent.warning"),
            *("user.created", "user.deleted", "user.updated"),
        ),
    ),
    # Basiq's Consent Events page (docs/PLatform/consent/consent-events.md): its Event column.
    (
        "basiq-docs-consent-events",
        "basiq.webhook_event_type",
        (
            *("consent.revoked", "consent.expired", "consent.updated", "consent.warning"),
            *("consent.created", "consent.archived"),
        ),
    ),
    # Akahu's akahu-sdk-js (at f7dc54af) src/models/accounts.ts: Account.status.
    ("akahu-sdk-accounts", "akahu.account_status", ("ACTIVE", "INACTIVE")),
    # src/models/webhooks.ts: the webhook_code of each payload type, in the file's order.
    (
        "akahu-sdk-webhook-models",
        "akahu.webhook_code",
        (
            *("WEBHOOK_CANCELLED", "DELETE", "CREATE", "UPDATE", "MIGRATE"),
            *("DEFAULT_UPDATE", "INITIAL_UPDATE", "RECEIVED"),
        ),
    ),
    # src/errors.ts: the keys of AkahuErrorResponse.oAuthErrorCodeMap.
    (
        "akahu-sdk-errors",
        "akahu.oauth_error",
        (
            *("invalid_request", "unauthorized_client", "unsupported_response_type"),
            *("invalid_scope", "server_error", "temporarily_unavailable", "invalid_grant"),
        ),
    ),
    # fintoc-react-native (at 027594b8) src/lib/constants.ts: the keys of EVENT_MAP.
    (
        "fintoc-react-native-constants",
        "fintoc.webview_message",
        ("fintocwidget://succeeded", "fintocwidget://exit"),
    ),
    # Lean's link-sdk-react-native (at 40b3b859) src/types/sdk.ts: LinkSDKRef's methods.
    (
        "lean-rn-sdk-types",
        "lean.sdk_method",
        (
            *("link", "connect", "reconnect", "createBeneficiary", "createPaymentSource"),
            *("updatePaymentSource", "pay", "verifyAddress", "authorizeConsent", "checkout"),
            *("manageConsents", "captureRedirect"),
        ),
    ),
    # The Entries of a Kotlin SDK's reference (Dokka's pages), without the fallback entry the
    # SDK adds to every enum (UNDEFINED, UNRECOGNIZED), which no body carries: Tink Link
    # Android's error reasons (tink-ab/tink-link-android at 6b897ee3, docs/.../
    # com.tink.link.core.data.response.error/), one enum per error status.
    (
        "tink-android-badrequest",
        "tink.link_error_reason",
        (
            *("INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE", "INVALID_PARAMETER_AUTHORIZATION_CODE"),
            *("INVALID_PARAMETER_CLIENT_ID", "INVALID_PARAMETER_CREDENTIALS_ID"),
            *("INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS", "INVALID_PARAMETER_INPUT_PROVIDER"),
            *("INVALID_PARAMETER_INPUT_USERNAME", "INVALID_PARAMETER_PAYMENT_REQUEST_ID"),
            *("INVALID_PARAMETER_REDIRECT_URI", "INVALID_PARAMETER_REFRESHABLE_ITEMS"),
            *("INVALID_PARAMETER_REPORT_TYPES", "INVALID_PARAMETER_SCOPE"),
            *("INVALID_STATE_ACCESS_TOKEN", "INVALID_STATE_AUTHENTICATION"),
            *("INVALID_STATE_CREDENTIALS", "INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY"),
            *("INVALID_STATE_EMBED_NOT_ALLOWED", "INVALID_STATE_NON_OPEN_BANKING_PROVIDER"),
            *("INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED", "INVALID_STATE_PERMANENT_USER_FLAG"),
            *("INVALID_STATE_PROVIDER", "INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER"),
            "INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN",
            "INVALID_STATE_REDIRECTED_CREDENTIALS_ID",
            *("INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED", "INVALID_STATE_REDIRECT_URI"),
            "INVALID_STATE_SCOPE",
        ),
    ),
    (
        "tink-android-temporary",
        "tink.link_error_reason",
        (
            *("REQUEST_FAILED_CREATE_RESET_CREDENTIALS", "REQUEST_FAILED_FETCH_ACCOUNTS"),
            *("REQUEST_FAILED_FETCH_PROVIDER", "REQUEST_FAILED_OAUTH_DESCRIBE"),
        ),
    ),
    (
        "tink-android-internal",
        "tink.link_error_reason",
        (
            "REQUEST_FAILED_CONSUME_HANDOFF_SESSION",
            *("REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT", "REQUEST_FAILED_CREATE_ANONYMOUS_USER"),
            *("REQUEST_FAILED_CREATE_BULK_PAYMENT", "REQUEST_FAILED_CREATE_CREDENTIALS"),
            *("REQUEST_FAILED_CREATE_HANDOFF_SESSION", "REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT"),
            *("REQUEST_FAILED_CREATE_RECURRING_PAYMENT", "REQUEST_FAILED_CREATE_REPORT"),
            *("REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT", "REQUEST_FAILED_CREATE_TRANSFER"),
            *("REQUEST_FAILED_FETCH_BULK_PAYMENT", "REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS"),
            *("REQUEST_FAILED_FETCH_CREDENTIALS", "REQUEST_FAILED_FETCH_EXISTING_USER"),
            *("REQUEST_FAILED_FETCH_HANDOFF_SESSION", "REQUEST_FAILED_FETCH_LEGAL_TEXT"),
            *("REQUEST_FAILED_FETCH_PAYMENT_INFO", "REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO"),
            *("REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS", "REQUEST_FAILED_FETCH_PROVIDERS"),
            "REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO",
            *("REQUEST_FAILED_FETCH_REPORTS_DESCRIBE", "REQUEST_FAILED_FETCH_SESSION"),
            "REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS",
            "REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN",
            "REQUEST_FAILED_REFRESH_CREDENTIALS",
        ),
    ),
    (
        "tink-android-userlogin",
        "tink.link_error_reason",
        (
            *("THIRD_PARTY_AUTHENTICATION_UNAVAILABLE", "STATIC_CREDENTIALS_INCORRECT"),
            *("DYNAMIC_CREDENTIALS_INCORRECT", "DYNAMIC_CREDENTIALS_FLOW_CANCELLED"),
            *("DYNAMIC_CREDENTIALS_FLOW_TIMEOUT", "USER_NOT_A_CUSTOMER", "USER_BLOCKED"),
            "USER_CONCURRENT_LOGINS",
        ),
    ),
    (
        "tink-android-authorization",
        "tink.link_error_reason",
        ("ACTION_NOT_PERMITTED", "SESSION_EXPIRED", "USER_ACTION_REQUIRED"),
    ),
    (
        "tink-android-provider",
        "tink.link_error_reason",
        ("PROVIDER_UNAVAILABLE", "LICENSED_PARTY_REJECTED"),
    ),
    (
        "tink-android-tinkside",
        "tink.link_error_reason",
        ("UNKNOWN_ERROR", "TINK_INTERNAL_SERVER_ERROR", "AUTHENTICATION_METHOD_NOT_SUPPORTED"),
    ),
    ("tink-android-accountinfo", "tink.link_error_reason", ("NO_ACCOUNTS",)),
    # Brankas' core-sdk-android (at a28a1e32): the Entries of tap.model.direct's Status and of
    # as.brank.sdk.core's CoreErrorCode.
    (
        "brankas-sdk-android-direct-status",
        "brankas.transaction_status",
        (
            *("PENDING", "AWAITING_TFA", "SUCCESS", "ERROR", "LOGIN_ERROR", "INVOICE_CREATED"),
            *("AWAITING_LOGIN", "AWAITING_LOGIN_TFA", "AWAITING_ACCOUNT_SELECT"),
            *("AWAITING_TRANSFER_TFA", "IN_PROGRESS", "EXPIRED", "FLAGGED", "CANCELLED"),
            *("DENIED", "FAILED"),
        ),
    ),
    (
        "brankas-sdk-android-core-error-code",
        "brankas.sdk_error_code",
        ("GENERAL", "UNAUTHORIZED", "SYSTEM_UNAVAILABLE", "NEW_PASSWORD"),
    ),
    # GoCardless' Statuses and Error Messages page, the copy pinned (sha256 1d179a94): the
    # Requisitions and Accounts endpoints' tables, and the end user messages read before the
    # copy stops.
    (
        "gocardless-statuses",
        "gocardless.requisition_status",
        ("CR", "GC", "UA", "RJ", "SA", "GA", "LN", "EX"),
    ),
    (
        "gocardless-statuses",
        "gocardless.account_status",
        ("DISCOVERED", "ERROR", "EXPIRED", "PROCESSING", "READY", "SUSPENDED"),
    ),
    (
        "gocardless-statuses",
        "gocardless.end_user_error",
        ("InstitutionTechnicalError", "GoCardlessTechnicalError", "RequisitionLinkReused"),
    ),
    # Belvo API Docs 1.35.0 (konfig-dev/belvo-sdks at fad9ba47, api.yaml): the status of a
    # Charge, the charges of an Open Finance payment intent (deprecated there).
    ("belvo-openapi-konfig", "belvo.charge_status", ("PENDING", "SUCCEEDED", "FAILED")),
    # Pluggy's pluggy-node (at 236495c7) src/types/connector.ts: Connector.health.status.
    ("pluggy-node-connector", "pluggy.connector_status", ("ONLINE", "OFFLINE", "UNSTABLE")),
    # stripe-node (at 66394216) src/resources/FinancialConnections/Accounts.ts:
    # Account.AccountNumber.Status.
    ("stripe-node-fc-accounts", "stripe.account_number_status", ("deactivated", "transactable")),
    # SimpleFIN's protocol.md: the Responses tables of POST /claim/:token and GET /accounts,
    # the same in version 2 (at 5b8d85e5) and version 1 (at 0d1524ce).
    ("simplefin-protocol-v2", "simplefin.response_status", ("200", "403", "402")),
    ("simplefin-protocol-v1", "simplefin.response_status", ("200", "403", "402")),
    # The error statuses the operations of an OpenAPI description list among their responses,
    # in the order first listed: Enable Banking's enablebanking-api.yaml in the two copies read
    # (fatihcatalkaya/RoomieFunds at 17db20c9, tech-gian/EnableBanking at ad93cd26), every
    # operation alike.
    (
        "enablebanking-openapi-8e8ab97c",
        "enablebanking.response_status",
        ("400", "401", "403", "404", "408", "422", "429", "500"),
    ),
    (
        "enablebanking-openapi-33d10df1",
        "enablebanking.response_status",
        ("400", "401", "403", "404", "408", "422", "429", "500"),
    ),
    # Yapily's openapi.json (at 3f9441be): 403 from the operations on applications, 406 from
    # POST /webhook/events, 409 from the beneficiaries' and event subscriptions' operations.
    (
        "yapily-openapi",
        "yapily.response_status",
        ("400", "401", "404", "500", "409", "403", "406", "429"),
    ),
    # PolishAPI 2_1_2's Swagger file (ITger/PolishAPI_sample at cf445125).
    (
        "polishapi-2-1-2",
        "polishapi.http_status",
        ("400", "405", "406", "415", "422", "500", "501", "503", "401", "403", "429"),
    ),
    # Tink Core Android's rest/swagger.json (at e2202bb6), the legacy API v1: its error
    # statuses, whose text an error body's errorCode is.
    (
        "tink-core-android-swagger",
        "tink.legacy_error_code",
        ("400", "500", "404", "409", "401", "412", "451", "403"),
    ),
]


def _values(ref: str) -> set[str]:
    provider, _, name = ref.partition(".")
    codes = spec_data()["providers"][provider]["code_sets"][name]["codes"]
    return {str(key) for code in codes for key in (code["value"], *code.get("aliases", ()))}


@pytest.mark.parametrize(("source", "ref", "listed"), LISTS, ids=[f"{s}:{r}" for s, r, _ in LISTS])
def test_every_value_the_source_lists_is_held_and_counted(
    source: str, ref: str, listed: tuple[str, ...]
) -> None:
    missing = [value for value in listed if value not in _values(ref)]
    assert missing == []
    assert counts(source)[ref] == (len(set(listed)), len(set(listed)))
    # The source's rule reads this code set.
    rules = spec_data()["sources"][source]["extract"]["code_sets"]
    assert ref in [rule["code_set"] for rule in rules]


def test_yapily_s_three_statuses_the_responses_list_have_their_descriptions() -> None:
    """The descriptions Yapily's openapi.json gives 406 and 409 (three of the four operations
    that list 409), each an integration's own error; its 403 is the one its error envelope gives
    every Financial Data and Payments endpoint (the consent no longer authorised), the
    applications' operations' "Forbidden from accessing the requested Application." kept in
    its notes."""
    expected = {
        406: "Maximum number of registered webhooks has been reached",
        409: "Conflict",
    }
    for status, description in expected.items():
        info = yapily.ResponseStatus(status).info
        assert (info.description, info.category) == (description, Category.INTEGRATION_ERROR)
    forbidden = yapily.ResponseStatus(403).info
    assert forbidden.category == Category.RECONNECT_REQUIRED
    assert "is no longer authorised to access financial data" in (forbidden.notes or "")
    assert "Forbidden from accessing the requested Application" in (forbidden.notes or "")
    assert [int(m) for m in yapily.ResponseStatus] == [400, 401, 403, 404, 406, 409, 429, 500]
