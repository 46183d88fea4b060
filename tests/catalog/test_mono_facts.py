"""Mono's facts, typed from its sources: docs.mono.co (Account Details, "Data Statuses and
Definitions", September 2025, and its notice of August 2025; Account Information; the Webhook
Events pages Auth (Connection), Account Update, Data Sync, Unlink; Webhooks; Real-Time Data;
Errors, and its capture of May 19th, 2022 with the Direct Debit Error Codes; the Partners API's
Login to institution and Reauthorisation Guide; Direct Debit Webhook Events as of Oct 7th, 2025
and DirectPay Webhook Events as of June 10th, 2026) and withmono/mono-data-sync-demo
(authMiddleware.js at 719be4ff125b740790fec6dbab7156a9b03cfc01). Its Connect widget's events are
in test_mono_widget.py."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.helpers import provider_module, spec_data

mono = provider_module("mono")


def _values(enum: Any) -> list[Any]:
    return [member.value for member in enum]


# Account Details, "Data Statuses and Definitions" (September 16th, 2025), verbatim; the values
# travel in upper case (Account Information's response object: "data_status": "AVAILABLE"; the
# Account Update page of March 2026: "AVAILABLE | PARTIAL | UNAVAILABLE").
DEFINITIONS = {
    "AVAILABLE": "Both balance and transactions was returned.",
    "PARTIAL": "Either balance or transactions was returned, but not both.",
    "UNAVAILABLE": "Balance and transactions were not returned, due to issues from the bank or "
    "the user has no data available.",
    "FAILED": "Balance and transactions were not returned due to an issue from Mono\u2019s system "
    "only (e.g. internal service errors, timeouts e.t.c.).",
}


def test_the_data_statuses_are_the_account_details_page_s_and_processing() -> None:
    # The four defined statuses, and PROCESSING: "If the meta data_status is still in the
    # processing stage, you have to wait before calling the APIs below" (same page).
    assert set(_values(mono.DataStatus)) == {*DEFINITIONS, "PROCESSING"}
    for value, text in DEFINITIONS.items():
        assert mono.DataStatus(value).description == text
    assert mono.DataStatus.PROCESSING.advice == (
        "If the meta data_status is still in the processing stage, you have to wait before "
        "calling the APIs below e.g Statement, Transaction, Income and Identity Endpoints."
    )


def test_what_each_data_status_means() -> None:
    assert mono.DataStatus.AVAILABLE.category is Category.SUCCESS
    assert mono.DataStatus.PROCESSING.category is Category.PENDING
    # "an issue from Mono's system only": a failure of no one's making, that may pass.
    assert mono.DataStatus.FAILED.category is Category.GENERIC_FAILURE
    # "due to issues from the bank or the user has no data available"
    assert mono.DataStatus.UNAVAILABLE.category is Category.INSTITUTION_UNAVAILABLE
    assert mono.DataStatus.PARTIAL.category is Category.INSTITUTION_UNAVAILABLE


@pytest.mark.parametrize("language", ["en", "fr", "ar", "es", "pt"])
def test_partial_and_unavailable_have_their_own_words_for_the_end_user(language: str) -> None:
    """Mono names no bank outage for either: the words say what came back, not that the bank
    is not responding (the category's words)."""
    for member in (mono.DataStatus.PARTIAL, mono.DataStatus.UNAVAILABLE):
        text = member.end_user_text(language)
        assert text is not None
        assert text.message != Category.INSTITUTION_UNAVAILABLE.user_message(language)
    partial = mono.DataStatus.PARTIAL.end_user_text("en")
    assert partial is not None and "part of your account information" in partial.message


# The Webhook Events pages: Auth (Connection), Account Update, Unlink, Data Sync; Real-Time Data.
EVENTS = [
    "mono.events.account_connected",
    "mono.events.account_updated",
    "mono.events.account_unlinked",
    "mono.events.reauthorisation_required",
    "mono.events.account_reauthorized",
    "mono.events.sync_failed",
    "mono.accounts.jobs.update",
]


def test_the_webhook_events_are_the_pages_events() -> None:
    assert _values(mono.WebhookEvent) == EVENTS
    event = mono.WebhookEvent
    # Data Sync: "When Data Sync occurs and a particular connected account has Multi-Factor
    # Authentication (MFA) enabled, a webhook event, mono.events.reauthorisation_required is
    # sent"; the user must sign in again through the Re-authorise Widget.
    assert event("mono.events.reauthorisation_required").category is Category.RECONNECT_REQUIRED
    assert event("mono.events.account_connected").description == (
        "This event is fired to notify you when a user has connected his financial account "
        "successfully."
    )
    assert event("mono.events.account_connected").category is Category.SUCCESS
    assert event("mono.events.account_reauthorized").category is Category.SUCCESS
    assert event("mono.events.sync_failed").category is Category.GENERIC_FAILURE
    # The data status of an account_updated webhook decides; the event itself reports nothing.
    assert event("mono.events.account_updated").category is Category.INFORMATIONAL


def test_an_example_field_value_is_not_taken_for_an_event() -> None:
    """The Auth (Connection) page's field table says "e.g. mono.events.account_connected.failed"
    of its event field; Mono documents no such event, and the catalog does not invent one."""
    assert bankcodes.classify("mono", "mono.events.account_connected.failed") is Category.UNKNOWN


#: Account Update (Balance), the capture of May 2022: the webhook's example, verbatim.
ACCOUNT_UPDATED: dict[str, Any] = {
    "event": "mono.events.account_updated",
    "data": {
        "meta": {"data_status": "AVAILABLE", "auth_method": "internet_banking"},
        "account": {
            "_id": "5f171a5301abca1153",
            "name": "Samuel Olamide",
            "accountNumber": "0131883461",
            "currency": "NGN",
            "balance": 22644,
            "type": "Tier 3 Savings Account",
            "bvn": "9422",
            "authMethod": "internet_banking",
            "institution": {"name": "ALAT by WEMA", "bankCode": "035", "type": "PERSONAL_BANKING"},
            "created_at": "2024-04-30T17:16:01.171Z",
            "updated_at": "2024-04-30T17:16:05.463Z",
        },
    },
}
#: Data Sync: the page writes the body as a JavaScript object literal (unquoted keys).
REAUTHORISATION_REQUIRED = {
    "event": "mono.events.reauthorisation_required",
    "data": {"account": {"_id": "5fbcde8f8699984153e65537"}},
}


def test_an_account_updated_webhook_is_decided_by_its_data_status() -> None:
    assert payloads.identify(ACCOUNT_UPDATED).kind == "mono/webhook"
    found = payloads.decisive_code("mono/webhook", ACCOUNT_UPDATED)
    assert found is not None
    assert (found.path, found.code) == ("$.data.meta.data_status", mono.DataStatus.AVAILABLE)
    partial = {
        **ACCOUNT_UPDATED,
        "data": {**ACCOUNT_UPDATED["data"], "meta": {"data_status": "PARTIAL"}},
    }
    decided = payloads.decisive_code("mono/webhook", partial)
    assert decided is not None and decided.code.category is Category.INSTITUTION_UNAVAILABLE


def test_a_reauthorisation_webhook_is_decided_by_its_event() -> None:
    assert payloads.identify(REAUTHORISATION_REQUIRED).kind == "mono/webhook"
    found = payloads.decisive_code("mono/webhook", REAUTHORISATION_REQUIRED)
    assert found is not None
    assert (found.path, found.code.category) == ("$.event", Category.RECONNECT_REQUIRED)


def test_mono_s_webhooks_carry_the_secret_itself_compared_in_constant_time() -> None:
    """Webhooks page: "All Webhook requests are sent with a mono-webhook-secret header for
    verification. It should match the secret you passed when creating the webhook." Its example,
    and authMiddleware.js of Mono's demo, compare the header with the secret itself
    (req.headers['mono-webhook-secret'] !== secret) and answer 401: no signature of the body."""
    scheme = signatures.SCHEMES["mono"]
    assert isinstance(scheme, signatures.SharedSecretScheme)
    assert scheme.header == "mono-webhook-secret"
    published = spec_data()["payloads"]["mono/webhook"]["examples"][0]["data"]
    body = json.dumps(published).encode()
    event = bankcodes.receive("mono", body, {"mono-webhook-secret": "sec_1"}, "sec_1")
    # Checked, but nothing is signed: a shared secret protects neither the body nor a replay.
    assert (event.signed, event.header, event.algorithm) == (False, "mono-webhook-secret", None)
    assert event.dedup_key.startswith("mono:body-sha256:")
    with pytest.raises(signatures.SignatureError) as raised:
        bankcodes.receive("mono", body, {"mono-webhook-secret": "sec_2"}, "sec_1")
    assert raised.value.reason == "mismatch" and "sec_" not in str(raised.value)


#: Direct Debit Webhook Events (last updated Oct 7th, 2025), events.mandates.created and
#: events.mandates.rejected: "event_id": "65f9c4a2e1b123456789", "timestamp":
#: "2023-12-14T10:41:42.016Z"; DirectPay Webhook Events (June 10th, 2026),
#: direct_debit.payment_successful: "event_id": "PsmZW6jiY6vDuDHeFmvsiJudamnPHuKhAKyoMFPznWs",
#: "timestamp": "2026-01-07T10:10:50.186Z". Both bodies are cut or invalid JSON as published
#: (",," after debit_type, a line break inside a string): the envelope is typed with an event of
#: the catalog's and the account connected event's data.
EVENT_ID = "PsmZW6jiY6vDuDHeFmvsiJudamnPHuKhAKyoMFPznWs"
WITH_EVENT_ID = {
    "event": "mono.events.account_connected",
    "event_id": EVENT_ID,
    "timestamp": "2026-01-07T10:10:50.186Z",
    "data": {"id": "611d575feef5d3371ca9d0d8"},
}


def test_the_newer_events_carry_an_event_id_the_deliveries_are_deduplicated_by() -> None:
    envelope = spec_data()["payloads"]["mono/webhook"]["types"]["WebhookEnvelope"]["fields"]
    assert (envelope["event_id"]["type"], envelope["event_id"]["required"]) == ("string", False)
    assert (envelope["timestamp"]["type"], envelope["timestamp"]["required"]) == (
        "timestamp",
        False,
    )
    payloads.validate("mono/webhook", WITH_EVENT_ID)
    with pytest.raises(ValueError):
        payloads.validate("mono/webhook", {**WITH_EVENT_ID, "event_id": 65})
    body = json.dumps(WITH_EVENT_ID).encode()
    event = bankcodes.receive("mono", body, {"mono-webhook-secret": "sec_1"}, "sec_1")
    assert event.dedup_key == f"mono:id:{EVENT_ID}"
    # The Connect events read carry none: their body's hash is the key.
    delivery = spec_data()["providers"]["mono"]["delivery"]
    assert delivery["dedup"] == [[["event_id"]]]
    assert "carry no event id" not in delivery["notes"]
    assert "deduplicated by its event_id where it has one" in delivery["notes"]
    assert {"mono-docs-dd-webhooks", "mono-docs-directpay-webhooks-2026"} <= set(
        delivery["sources"]
    )


#: Errors (last updated May 19th, 2022), Direct Debit Error Codes: Code, Type ("Direct Debit"
#: on every row), What it means; the capture ends in the row of 30 ("Format erro").
DIRECT_DEBIT_CODES = {
    "01": "Status unknown, please wait for settlement report.",
    "03": "Invalid Sender.",
    "05": "Do not honor",
    "06": "Dormant Account",
    "07": "Invalid Account",
    "08": "Account Name Mismatch",
    "09": "Request processing in progress",
    "12": "Invalid transaction",
    "13": "Invalid Amount",
    "14": "Invalid Batch Number",
    "15": "Invalid Session or Record ID",
    "16": "Unknown Bank Code",
    "17": "Invalid Channel",
    "18": "Wrong Method Call",
    "21": "No action taken",
    "25": "Unable to locate record",
    "26": "Duplicate record",
}


def test_the_direct_debit_error_codes_of_2022() -> None:
    codes = mono.DirectDebitErrorCode
    assert _values(codes) == list(DIRECT_DEBIT_CODES)
    for value, text in DIRECT_DEBIT_CODES.items():
        assert codes(value).description == text, value
        assert not codes(value).info.editorial
    assert "30" not in _values(codes)  # cut in the capture read
    assert codes("01").category is Category.PENDING
    assert codes("06").category is Category.ACCOUNT_UNAVAILABLE
    source = spec_data()["sources"]["mono-docs-errors-2022"]
    assert "Format erro" in source["read_in_part"]
    described = spec_data()["providers"]["mono"]["code_sets"]["http_status"]["description"]
    assert "publishes no error code of its own" not in described


# Account Information (April 2024): the v2 response object, verbatim.
ACCOUNT_DETAILS = {
    "status": "successful",
    "message": "Request was succesfully completed",
    "timestamp": "2024-04-12T06:31:02.289Z",
    "data": {
        "account": {
            "id": "64779d900000000000b3de23aeb8",
            "name": "Samuel Olamide Nomo",
            "currency": "NGN",
            "type": "Digital Savings Account",
            "account_number": "1234567890",
            "balance": 333064,
            "bvn": "0065",
            "institution": {"name": "GTBank", "bank_code": "058", "type": "PERSONAL_BANKING"},
        },
        "meta": {"data_status": "AVAILABLE", "auth_method": "internet_banking"},
    },
}


def test_the_account_details_response_is_read_in_its_place() -> None:
    identified = payloads.identify(ACCOUNT_DETAILS)
    assert identified.kind == "mono/api-response"
    found = payloads.decisive_code("mono/api-response", ACCOUNT_DETAILS)
    assert found is not None
    assert (found.path, found.code) == ("$.data.meta.data_status", mono.DataStatus.AVAILABLE)


def test_the_partners_api_response_codes() -> None:
    # Login to institution: 99 "The authorisation is complete. …", 101 "User has multiple
    # accounts, we require user input to select the account being enrolled.", 102 "An input is
    # required from the user to proceed (security question/otp)".
    assert _values(mono.LoginResponseCode) == [99, 101, 102]
    assert mono.LoginResponseCode(99).category is Category.SUCCESS
    assert mono.LoginResponseCode(101).category is Category.USER_ACTION_REQUIRED
    assert mono.LoginResponseCode(102).category is Category.MFA_REQUIRED
    # Reauthorisation Guide: the reauth session response, verbatim.
    reauth = {
        "status": "successful",
        "message": "Request completed successfully",
        "timestamp": "2025-05-13T12:26:36.853Z",
        "data": {"responseCode": 99, "code": "code_q90t4ar2uriet5ey4rs22v0x"},
    }
    assert payloads.identify(reauth).kind == "mono/api-response"
    found = payloads.decisive_code("mono/api-response", reauth)
    assert found is not None
    assert (found.path, found.code) == ("$.data.responseCode", mono.LoginResponseCode(99))


def test_the_errors_page_s_statuses() -> None:
    # Errors, API Error Codes: 200, 400, 401, 402, 403, 404, 409, 429, and "500 502 503 504".
    assert _values(mono.ResponseStatus) == [
        200,
        400,
        401,
        402,
        403,
        404,
        409,
        429,
        500,
        502,
        503,
        504,
    ]
    status = mono.ResponseStatus
    assert status(401).description == "No valid API key provided."
    assert status(401).category is Category.INTEGRATION_ERROR
    assert status(429).category is Category.RATE_LIMITED
    assert status(409).category is Category.CONCURRENT_OPERATION
    assert {status(n).category for n in (500, 502, 503, 504)} == {Category.GENERIC_FAILURE}


#: A failed v2 body as the Account Information page describes one ("status … which could be
#: successful or failed", a message): Mono publishes no failed body of its own.
FAILED = {
    "status": "failed",
    "message": "No valid API key provided.",
    "timestamp": "2024-04-12T06:31:02.289Z",
    "data": None,
}


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/unauthorised").respond_with_json(FAILED, status=401)
        yield running


def test_a_failed_response_is_read_by_its_http_status_where_mono_is_named(
    server: HTTPServer,
) -> None:
    """{status, message, timestamp} is too plain to tell Mono from its body alone; told the
    provider, a failed response without a code is read by the status Mono's Errors page
    gives meaning to."""
    assert payloads.identify(FAILED).kinds == ()
    assert payloads.identify(FAILED, "mono").kind == "mono/api-response"
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/unauthorised")).raise_for_status()
    assert bankcodes.from_exception(raised.value) is None
    found = bankcodes.from_exception(raised.value, "mono")
    assert found is not None
    assert (found.kind, found.status, found.code) == (
        "mono/api-response",
        401,
        mono.ResponseStatus(401),
    )
