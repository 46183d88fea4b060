"""Setu Account Aggregator's facts, typed from its sources: SetuHQ/docs at
b658beecd43d88d92552de0be08d62e51a52c8b3, its OpenAPI file of the AA Gateway v2
(api-references/data/account-aggregator.json) and its pages under
content/data/account-aggregator/ (api-integration/notifications.mdx, data-apis.mdx,
consent-flow.mdx, fip-apis.mdx, account-availability-apis.mdx; consent-object.mdx;
embed-setu-aa.mdx). Each body is read in its place by payloads.decisive_code, and an error
answer by from_exception over httpx from a server on loopback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import ROOT, counted, provider_module, spec_data
from tests.support.setu_sources import (
    AUTO_FETCH_ERRORS,
    CONSENT_ERRORS,
    CONSENT_STATUS,
    CONSENT_TABLE,
    CREATION_FAILURE,
    DATA_REFRESH_STATUS,
    DATA_SESSION_STATUS,
    FI_DATA_FAILED,
    FI_NOTIFICATION,
    FI_TABLE,
    FIP_STATUS,
    SESSION_TABLE,
    USER_CANCELLED,
)

setu = provider_module("setu")

NOT_FOUND: dict[str, Any] = {
    "traceId": "ec754b36-bf5f-4673-8be1-9d203d374c83",
    "errorCode": "NotFound",
    "errorMsg": "Consent not found",
}


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def test_the_status_code_sets_are_the_openapi_enums() -> None:
    assert _values(setu.ConsentStatus) == CONSENT_STATUS
    assert _values(setu.DataSessionStatus) == DATA_SESSION_STATUS
    assert _values(setu.FipStatus) == FIP_STATUS
    assert _values(setu.DataRefreshStatus) == DATA_REFRESH_STATUS


@pytest.mark.parametrize(("value", "text"), CONSENT_TABLE.items())
def test_consent_statuses_carry_the_notifications_page_s_words(value: str, text: str) -> None:
    member = setu.ConsentStatus(value)
    assert member.description == text
    (wording,) = [w for w in member.info.wording if w.field == "description"]
    assert (wording.by, [s.id for s in wording.sources]) == ("provider", ["setu-aa-notifications"])


def test_what_each_consent_status_means() -> None:
    # Notifications page: ACTIVE approved; REVOKED, PAUSED, EXPIRED end a usable consent; the
    # customer's own rejection is a choice, not a bank's refusal. OpenAPI: INITIATED "is returned
    # only for bank selection flow when user needs to select FIP before consent creation".
    status = setu.ConsentStatus
    assert status("ACTIVE").category is Category.SUCCESS
    assert {status(v).category for v in ("PENDING", "INITIATED")} == {Category.PENDING}
    for value in ("PAUSED", "REVOKED", "EXPIRED"):
        assert status(value).category is Category.RECONNECT_REQUIRED, value
    assert status("REJECTED").category is Category.CANCELLED
    assert status("INITIATED").description == (
        "INITIATED status is returned only for bank selection flow when user needs to select "
        "FIP before consent creation."
    )
    # FAILED is in the enum alone, without a text: bankcodes' words, said so.
    assert status("FAILED").info.editorial


def test_fi_and_session_statuses_carry_the_notifications_page_s_words() -> None:
    for value, text in FI_TABLE.items():
        assert setu.FiStatus(value).description == text
    for value, text in SESSION_TABLE.items():
        assert setu.DataSessionStatus(value).description == text
    # PARTIAL and COMPLETED mean the data can be fetched (data-apis.mdx, line 159).
    assert setu.DataSessionStatus("PARTIAL").category is Category.SUCCESS
    assert setu.DataSessionStatus("COMPLETED").category is Category.SUCCESS
    assert setu.DataSessionStatus("EXPIRED").category is Category.SESSION_EXPIRED
    assert setu.FiStatus("TIMEOUT").category is Category.INSTITUTION_UNAVAILABLE
    assert setu.FiStatus("DENIED").category is Category.REJECTED


def test_an_account_s_failed_status_is_the_data_flow_example_s() -> None:
    # data-apis.mdx, line 359: "FIstatus": "FAILED", a value the table of FI statuses lacks.
    failed = setu.FiStatus("FAILED")
    assert failed.info.editorial
    assert [source.id for source in failed.sources] == ["setu-aa-data-apis"]


def test_the_fip_statuses_of_the_active_fips_page() -> None:
    # fip-apis.mdx, lines 112-159 (Categories of FIP Status): INACTIVE and TEMPORARILY_INACTIVE
    # send the customer elsewhere; the latter "is a temporary status".
    assert setu.FipStatus("ACTIVE").description == (
        "Is an available FIP for account discovery, account linking, consent and data fetches"
    )
    assert setu.FipStatus("INACTIVE").category is Category.INSTITUTION_NOT_SUPPORTED
    temporary = setu.FipStatus("TEMPORARILY_INACTIVE")
    assert temporary.category is Category.INSTITUTION_UNAVAILABLE
    assert "this is a temporary status" in temporary.description


def test_the_consent_error_codes_and_their_reasons() -> None:
    for code, message, meaning in CONSENT_ERRORS:
        assert setu.NotificationErrorCode(code).info.group == "consent", code
        reason = setu.ConsentErrorReason(message)
        assert reason.description == meaning
    assert setu.NotificationErrorCode("NoFIPAccountsDiscovered").message == "no_fip_accounts_found"
    assert setu.NotificationErrorCode("FIPDenied").message == "FIP_DENIED_CONSENT"
    # "if user cancels the consent before login, this keeps the consent in PENDING state and same
    # consent link can be used again" (notifications.mdx, line 166): Setu's published fact.
    cancelled = setu.NotificationErrorCode("UserCancelled")
    assert cancelled.category is Category.CANCELLED and cancelled.end_user_can_retry
    codes = spec_data()["providers"]["setu"]["code_sets"]["notification_error_code"]["codes"]
    (entry,) = [code for code in codes if code["value"] == "UserCancelled"]
    assert entry["end_user_can_retry_sources"] == ["setu-aa-notifications"]
    assert setu.ConsentErrorReason("reject_accounts_not_found").category is (
        Category.ACCOUNT_UNAVAILABLE
    )


@pytest.mark.parametrize(("code", "message"), AUTO_FETCH_ERRORS.items())
def test_the_auto_fetch_errors_carry_their_messages(code: str, message: str) -> None:
    member = setu.NotificationErrorCode(code)
    assert member.message == message
    assert member.info.group == "auto_fetch"


def test_the_redirect_s_error_codes() -> None:
    # embed-setu-aa.mdx, line 143: "Error code `1` means user rejected the consent and `5` means
    # user cancelled the consent."
    assert _values(setu.RedirectErrorCode) == ["1", "5"]
    assert {m.category for m in setu.RedirectErrorCode} == {Category.CANCELLED}


def test_the_api_error_codes_with_their_statuses() -> None:
    # consent-flow.mdx, lines 143-160 and 355-384; data-apis.mdx, lines 111-139; the tables of
    # Get consent and the data APIs write 'Invalid request' for InvalidRequest.
    invalid = setu.ApiErrorCode("InvalidRequest")
    assert invalid.http_statuses == (400,)
    assert setu.ApiErrorCode.parse("Invalid request") is invalid
    assert setu.ApiErrorCode("NotFound").http_statuses == (404,)
    internal = setu.ApiErrorCode("InternalServerError")
    assert internal.http_statuses == (500,)
    assert internal.message == (
        "An internal server error has occurred, please try again in some time. You can report "
        "this to aa@setu.co"
    )
    assert internal.category is Category.GENERIC_FAILURE


def test_a_user_s_choice_decides_a_consent_notification() -> None:
    assert payloads.identify(USER_CANCELLED).kind == "setu/notification"
    found = payloads.decisive_code("setu/notification", USER_CANCELLED)
    assert found is not None
    assert (found.path, found.code) == (
        "$.error.message",
        setu.ConsentErrorReason("cancel_not_understand"),
    )


def test_a_sentence_in_the_message_gives_way_to_the_error_s_code() -> None:
    """ConsentObjectCreationFailure's message is a sentence, no reason code: its code decides."""
    found = payloads.decisive_code("setu/notification", CREATION_FAILURE)
    assert found is not None
    assert (found.path, found.code) == (
        "$.error.code",
        setu.NotificationErrorCode("ConsentObjectCreationFailure"),
    )


def test_the_combined_status_decides_an_fi_notification() -> None:
    found = payloads.decisive_code("setu/notification", FI_NOTIFICATION)
    assert found is not None
    assert (found.path, found.code) == ("$.data.status", setu.DataSessionStatus("COMPLETED"))
    every = [(f.path, f.code_set) for f in payloads.codes("setu/notification", FI_NOTIFICATION)]
    assert ("$.data.fips[0].accounts[0].FIStatus", "setu.fi_status") in every


def test_an_auto_fetch_failure_is_decided_by_its_error_code() -> None:
    found = payloads.decisive_code("setu/notification", FI_DATA_FAILED)
    assert found is not None
    assert found.code is setu.NotificationErrorCode("InvalidConsentUse")
    assert found.code.category is Category.RATE_LIMITED


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/v2/consents/x/revoke").respond_with_json(NOT_FOUND, status=404)
        yield running


def test_from_exception_reads_an_error_answer_and_its_trace_id(server: HTTPServer) -> None:
    response = httpx.post(server.url_for("/v2/consents/x/revoke"))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        response.raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.status) == ("setu/error", "$.errorCode", 404)
    assert found.code is setu.ApiErrorCode("NotFound")
    assert found.request_id == "ec754b36-bf5f-4673-8be1-9d203d374c83"


def test_setu_publishes_no_authentication_of_its_notifications_and_the_spec_invents_none() -> None:
    """The v2 Notifications page names no header, signature or key; the outdated v1 Request
    signing page's detached JWS in x-jws-signature (as the ReBIT AA specification signs an AA's
    notifications) is recorded in the notification kind, not as a signing scheme."""
    data = spec_data()
    provider = data["providers"]["setu"]
    assert "signing" not in provider
    assert "delivery" not in provider
    kind = data["payloads"]["setu/notification"]
    assert {"setu-aa-v1-request-signing", "setu-sahamati-fiu-callback-api"} <= set(kind["sources"])
    assert "x-jws-signature" in kind["description"]


#: api-integration/notifications.mdx at b658bee, line 21 (the same line in
#: v1/api-integration/notifications.mdx and v1/migration-guide/notifications.mdx).
NO_RETRIES = "Note: Webhooks retries will be added in future iterations."


def test_setu_says_its_notifications_are_not_retried_yet() -> None:
    data = spec_data()
    undescribed = data["providers"]["setu"]["webhooks_undescribed"]
    assert NO_RETRIES in undescribed["reason"]
    assert {
        "setu-aa-notifications",
        "setu-aa-v1-notifications",
        "setu-aa-v1-migration-notifications",
    } <= set(undescribed["sources"])
    assert NO_RETRIES in data["payloads"]["setu/notification"]["description"]
    page = data["sources"]["setu-aa-notifications"]
    assert page["commit"] == "b658beecd43d88d92552de0be08d62e51a52c8b3"
    assert page["url"].endswith("content/data/account-aggregator/api-integration/notifications.mdx")


def test_the_end_user_is_told_what_happened_in_every_language() -> None:
    paused = setu.ConsentStatus("PAUSED").end_user_text("en")
    assert paused is not None and "paused" in paused.message
    upstream = setu.NotificationErrorCode("UpstreamServerDown").end_user_text("en")
    assert upstream is not None
    assert upstream.message != Category.INSTITUTION_UNAVAILABLE.user_message("en")
    for language in ("fr", "ar", "es", "pt"):
        for member in (
            setu.ConsentStatus("REJECTED"),
            setu.ConsentStatus("PAUSED"),
            setu.NotificationErrorCode("NoFIPAccountsDiscovered"),
        ):
            own = member.end_user_text(language)
            english = member.end_user_text("en")
            assert own is not None and english is not None
            assert own.message != english.message, (member, language)
            assert own.message_by == "bankcodes translation"


def test_the_readme_and_the_site_list_setu() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = f"| [Setu Account Aggregator](site/docs/reference/setu/index.md) | {counted('setu')} |"
    assert row in readme
    nav = (ROOT / "site" / "docs" / "reference" / "nav.json").read_text(encoding="utf-8")
    assert "reference/setu/index.md" in nav
