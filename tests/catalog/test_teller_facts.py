"""Teller's facts, typed from its sources: its Errors page (the Status Codes list read whole, and
the example error object), its Webhooks page (two captures, read to the first webhook types),
teller-connect-react 0.2.3 (tellerhq/teller-connect-react at
24e0fcda25483f0d9cecb2d4ef2fbecc130e6e93, src/types/index.ts) and TellerKit's public interface
(tellerhq/tellerkit at 04d5e48c79f5e2ccfe6db816c708237ac17db950). Its webhooks' verification
section was not read on Teller's pages, so no signature is checked."""

from __future__ import annotations

import bankcodes
from bankcodes import Category, payloads
from bankcodes._provider_facts import CONSENTS, Consent
from tests.support.helpers import provider_module, spec_data

teller = provider_module("teller")

#: The Errors page's Status Codes list: "a list of status codes currently in use by the Teller
#: API", in its order (429 from the later, whole capture; 502 in the earlier capture's words).
STATUSES = {
    200: "A successful request.",
    400: "The request was unacceptable. Used when a request that requires a client certificate "
    "is made without one.",
    401: "A request was made without an access token where one was required.",
    403: "A request was made with an invalid or revoked access token.",
    404: "The requested resource was not found.",
    410: "Indicates that the resource requested is no longer available and that condition is "
    "permanent, e.g. because a financial account was closed.",
    422: "A request was made with an invalid request body.",
    429: "Indicates that the application has exceeded its rate limit by sending too many requests "
    "in a given time period and that this request was denied.",
    502: "A 500 level response was received when making a request to a financial institution "
    "where a graceful fallback is not possible, e.g. a payment instruction.",
}
#: The Errors page's example error object.
ERROR = {
    "error": {
        "code": "bad_request",
        "message": "Missing certificate: Retry request using your Teller client certificate.",
    }
}
#: The Webhooks page's example webhook payload.
WEBHOOK = {
    "id": "wh_oiffb5cocakqmksbkg000",
    "payload": {
        "enrollment_id": "enr_oiffb5cocakqmksbkg001",
        "reason": "disconnected.account_locked",
    },
    "timestamp": "2023-07-10T03:49:29Z",
    "type": "enrollment.disconnected",
}


def test_the_status_codes_list_in_its_order_and_words() -> None:
    found = {member.value: member.info.description for member in teller.ResponseStatus}
    assert list(found) == list(STATUSES)
    assert found == STATUSES


def test_the_example_error_is_read_where_the_provider_is_told() -> None:
    # {error: {code, message}} is anyone's shape: never claimed alone.
    assert payloads.recognise(ERROR) == ()
    info = teller.ErrorCode("bad_request").info
    assert info.message == ERROR["error"]["message"]
    assert [entry.status for entry in info.http] == [400]
    assert bankcodes.classify("teller", "bad_request") is Category.INTEGRATION_ERROR


def test_a_disconnected_enrollment_is_decided_by_its_reason() -> None:
    assert payloads.identify(WEBHOOK).kinds == ("teller/webhook",)
    found = payloads.decisive_code("teller/webhook", WEBHOOK)
    assert found is not None and found.path == "$.payload.reason"
    assert found.code is teller.DisconnectReason("disconnected.account_locked")
    # "when an enrollment is disconnected and the user should reconnect using Teller Connect"
    assert teller.WebhookType("enrollment.disconnected").info.category is (
        Category.RECONNECT_REQUIRED
    )
    consent = CONSENTS["teller"]
    assert isinstance(consent, Consent)
    assert [(e.code_set, e.code) for e in consent.ended_by] == [
        ("webhook_type", "enrollment.disconnected")
    ]


def test_connect_failures_and_account_statuses_as_the_sdks_type_them() -> None:
    # teller-connect-react: TellerConnectFailure.code: "timeout" | "error".
    assert [m.value for m in teller.ConnectFailureCode] == ["timeout", "error"]
    # TellerKit: Teller.Account.Status: case open, case closed.
    assert [m.value for m in teller.AccountStatus] == ["open", "closed"]


def test_webhooks_are_said_to_be_unverified() -> None:
    data = spec_data("teller")["providers"]["teller"]
    assert "signing" not in data
    assert data["webhooks_undescribed"]["sources"] == ["teller-webhooks", "teller-webhooks-types"]
    # Rate limits were not read: the provider states none, nor "not stated".
    assert "rate_limits" not in data
