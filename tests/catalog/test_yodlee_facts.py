"""Yodlee's facts, typed from its sources: its Error Documentation page (developer.yodlee.com/
resources/yodlee/error-codes, read to Y008), the Error Codes for Yodlee API v1.0 page (its first
four rows), FastLink 4's Error Handling page (read to E800), the Webhooks page (read whole in the
copy kept, which asks for IP allow-listing and describes no signature) and the Java SDK
(Yodlee/java-sdk at 87a010a6304a76bdfeabcf65a103da0485917780: AdditionalStatusType,
ProviderAccountStatus, ConfigsNotificationEventType). An error answer is read by from_exception
over httpx from a server on loopback (Yodlee publishes no Python client)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.helpers import counts, provider_module, spec_data

yodlee = provider_module("yodlee")

#: The Error Documentation page's sample error response.
ERROR = {
    "errorCode": "Y804",
    "errorMessage": "Permitted values of top between 1 - 500",
    "referenceCode": "u1455707934756c4F23u",
}
#: The Authentication Errors table: HTTP status, error code, error message (Y001 to Y008).
AUTHENTICATION = [
    (401, "Y001", "loginName and password required"),
    (401, "Y002", "Invalid loginName/password"),
    (401, "Y003", "Account is locked, contact Yodlee Customer Service"),
    (401, "Y005", "Suspended user"),
    (401, "Y006", "Unregistered user"),
    (401, "Y007", "Authorization header missing"),
    (401, "Y008", "Invalid token in authorization header"),
]
#: FastLink 4's Error Handling page: its sample post message.
FASTLINK_ERROR = {
    "code": "E701",
    "title": "INVALID_PARAMETER_OR_VALUE",
    "message": "Invalid value for providerId",
    "fnToCall": "errorHandler",
}
#: AdditionalStatusType, in the enum's order.
ADDITIONAL_STATUSES = [
    "LOGIN_IN_PROGRESS",
    "DATA_RETRIEVAL_IN_PROGRESS",
    "ACCT_SUMMARY_RECEIVED",
    "AVAILABLE_DATA_RETRIEVED",
    "PARTIAL_DATA_RETRIEVED",
    "DATA_RETRIEVAL_FAILED",
    "DATA_NOT_AVAILABLE",
    "ACCOUNT_LOCKED",
    "ADDL_AUTHENTICATION_REQUIRED",
    "BETA_SITE_DEV_IN_PROGRESS",
    "CREDENTIALS_UPDATE_NEEDED",
    "INCORRECT_CREDENTIALS",
    "PROPERTY_VALUE_NOT_AVAILABLE",
    "INVALID_ADDL_INFO_PROVIDED",
    "REQUEST_TIME_OUT",
    "SITE_BLOCKING_ERROR",
    "UNEXPECTED_SITE_ERROR",
    "SITE_NOT_SUPPORTED",
    "SITE_UNAVAILABLE",
    "TECH_ERROR",
    "USER_ACTION_NEEDED_AT_SITE",
    "SITE_SESSION_INVALIDATED",
    "NEW_AUTHENTICATION_REQUIRED",
    "DATASET_NOT_SUPPORTED",
    "ENROLLMENT_REQUIRED_FOR_DATASET",
    "CONSENT_REQUIRED",
    "CONSENT_EXPIRED",
    "CONSENT_REVOKED",
    "INCORRECT_OAUTH_TOKEN",
    "MIGRATION_IN_PROGRESS",
    "NOT_AVAILABLE",
]
#: ProviderAccountStatus, in the enum's order.
PROVIDER_ACCOUNT_STATUSES = [
    "LOGIN_IN_PROGRESS",
    "USER_INPUT_REQUIRED",
    "IN_PROGRESS",
    "PARTIAL_SUCCESS",
    "SUCCESS",
    "FAILED",
    "MIGRATION_IN_PROGRESS",
    "DATA_RETRIEVAL_FAILED",
]

#: ConfigsNotificationEventType, in the Java SDK's order: the events a webhook subscription names.
SDK_NOTIFICATION_EVENTS = [
    "REFRESH",
    "DATA_UPDATES",
    "AUTO_REFRESH_UPDATES",
    "LATEST_BALANCE_UPDATES",
    "CREDIT_ACCELERATOR_REPORT_UPDATES",
]


def test_the_authentication_errors_in_the_pages_order_and_words() -> None:
    found = [
        (entry.status, member.value, member.info.message)
        for member in yodlee.ErrorCode
        if member.value < "Y1"
        for entry in member.info.http
    ]
    assert found == AUTHENTICATION


def test_the_sample_error_is_yodlees_alone_and_decided_by_its_code() -> None:
    assert payloads.identify(ERROR).kinds == ("yodlee/api-error",)
    found = payloads.decisive_code("yodlee/api-error", ERROR)
    assert found is not None and found.path == "$.errorCode"
    assert found.code is yodlee.ErrorCode("Y804")
    assert bankcodes.classify("yodlee", "Y804") is Category.INTEGRATION_ERROR


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        running.expect_request("/ysl/accounts").respond_with_json(ERROR, status=400)
        yield running


def test_from_exception_reads_an_error_answer_and_its_reference_code(server: HTTPServer) -> None:
    response = httpx.get(server.url_for("/ysl/accounts"))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        response.raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.status) == ("yodlee/api-error", "$.errorCode", 400)
    assert found.code is yodlee.ErrorCode("Y804")
    assert found.request_id == "u1455707934756c4F23u"


def test_the_sdks_dataset_and_provider_account_statuses_in_their_order() -> None:
    assert [m.value for m in yodlee.AdditionalStatus] == ADDITIONAL_STATUSES
    assert [m.value for m in yodlee.ProviderAccountStatus] == PROVIDER_ACCOUNT_STATUSES
    info = yodlee.AdditionalStatus("INCORRECT_CREDENTIALS").info
    assert info.advice == (
        "Instruct the user to provide the correct credentials by invoking the edit account flow."
    )
    assert info.category is Category.CREDENTIALS_INVALID


def test_a_datasets_additional_status_decides_before_the_accounts_status() -> None:
    body = {
        "providerAccount": [
            {
                "id": 10995860,
                "providerId": 16441,
                "status": "FAILED",
                "dataset": [{"name": "BASIC_AGG_DATA", "additionalStatus": "CONSENT_EXPIRED"}],
            }
        ]
    }
    assert payloads.identify(body).kinds == ("yodlee/provider-account",)
    found = payloads.decisive_code("yodlee/provider-account", body)
    assert found is not None
    assert found.path == "$.providerAccount[0].dataset[0].additionalStatus"
    assert found.code is yodlee.AdditionalStatus("CONSENT_EXPIRED")
    assert bankcodes.decide(body).actor == "end_user"


def test_the_v1_refresh_status_codes_as_the_page_numbers_them() -> None:
    # "801 Not an Error REFRESH_NEVER_DONE Request In Progress: Please wait while we update
    # your account."
    assert [(int(m), m.name) for m in yodlee.RefreshStatusCode] == [
        (0, "OK"),
        (801, "REFRESH_NEVER_DONE"),
        (802, "REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE"),
        (401, "NO_CONNECTION"),
    ]
    info = yodlee.RefreshStatusCode(801).info
    assert info.description == "Request In Progress: Please wait while we update your account."
    assert info.category is Category.PENDING


def test_a_fastlink_error_post_message_is_decided_by_its_code() -> None:
    assert payloads.identify(FASTLINK_ERROR).kinds == ("yodlee/fastlink-message",)
    found = payloads.decisive_code("yodlee/fastlink-message", FASTLINK_ERROR)
    assert found is not None and found.path == "$.code"
    assert found.code is yodlee.FastLinkErrorCode("E701")
    assert [m.value for m in yodlee.FastLinkErrorCode] == [
        "E700",
        "E701",
        "E702",
        "E703",
        "E704",
        "E705",
        "E800",
    ]


def test_webhooks_are_unsigned_and_ask_for_ip_allow_listing() -> None:
    data = spec_data("yodlee")["providers"]["yodlee"]
    assert data["signing"]["scheme"] == "none"
    assert data["signing"]["transport"] == ["ip_allowlist"]
    body = json.dumps({"event": {"info": "REFRESH.PROCESS_COMPLETED", "data": {}}}).encode()
    with pytest.raises(bankcodes.ConfigurationError, match="signs no webhooks"):
        signatures.verify("yodlee", body, {}, "a secret")
    # The notification is read by its event.info, which receive does not take as an event type.
    assert payloads.identify(json.loads(body)).kinds == ("yodlee/webhook",)
    with pytest.raises(bankcodes.ConfigurationError, match="no webhook delivery"):
        bankcodes.receive("yodlee", body, {}, None)
    assert [m.value for m in yodlee.NotificationEvent][:4] == [
        "REFRESH",
        "DATA_UPDATES",
        "AUTO_REFRESH_UPDATES",
        "LATEST_BALANCE_UPDATES",
    ]


def test_fastlink_4s_resize_event_names_its_method_and_decides_nothing() -> None:
    # The upgrade guide's FastLink 4 resize body; statusCode became additionalStatus.
    resize = {"fnToCall": "resizeIframeWindow", "app": "fastlink", "height": 500}
    assert payloads.identify(resize).kinds == ("yodlee/fastlink-message",)
    found = payloads.decisive_code("yodlee/fastlink-message", resize)
    assert found is not None and found.path == "$.fnToCall"
    assert found.code is yodlee.FastLinkFunction("resizeIframeWindow")
    assert bankcodes.decide(resize).next_step == "none"
    status = {"providerAccountId": 1, "additionalStatus": "SITE_UNAVAILABLE", "fnToCall": "x"}
    found = payloads.decisive_code("yodlee/fastlink-message", status)
    assert found is not None and found.path == "$.additionalStatus"
    assert found.code is yodlee.AdditionalStatus("SITE_UNAVAILABLE")


def test_drift_counts_the_java_sdk_s_enums_whole() -> None:
    assert counts("yodlee-java-additional-status") == {
        "yodlee.additional_status": (len(ADDITIONAL_STATUSES), len(ADDITIONAL_STATUSES))
    }
    assert counts("yodlee-java-provider-account-status") == {
        "yodlee.provider_account_status": (
            len(PROVIDER_ACCOUNT_STATUSES),
            len(PROVIDER_ACCOUNT_STATUSES),
        )
    }
    assert counts("yodlee-java-notification-events") == {
        "yodlee.notification_event": (len(SDK_NOTIFICATION_EVENTS), len(SDK_NOTIFICATION_EVENTS))
    }


def test_the_sdks_notification_events_lead_the_webhook_events_in_their_order() -> None:
    events = [m.value for m in yodlee.NotificationEvent]
    assert events[: len(SDK_NOTIFICATION_EVENTS)] == SDK_NOTIFICATION_EVENTS
