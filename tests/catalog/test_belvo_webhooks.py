"""Belvo's published bodies, recognised, decided and received, read from its own pages (saved
copies retrieved 2026-11-25): the webhook examples of developers.belvo.com (.../docs/
webhook-accounts, webhook-transactions, webhook-links, webhook-invoices, webhook-bills,
webhook-owners, webhook-recurring-expenses, webhook-risk-insights, investments-webhooks,
investment-transactions-webhooks, .../docs/payments-webhooks, .../docs/webhooks-payments-colombia),
the error body of .../apis/belvoopenapispec/section/
introduction/error-handling, the delivery facts of .../docs/webhooks and .../developer_resources/
resources-webhooks-aggregation, and the older direct-debit page (.../docs/direct-debit-errors, cut
inside row 12) for a value the catalog does not know. Belvo signs no webhook: it sends an
Authorization value the integrator registered ("Basic" and a base64 username:password, or
"Bearer" and a token). Expected values are typed from those pages."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import (
    AnyCode,
    Category,
    ConfigurationError,
    UnknownCode,
    belvo,
    payloads,
    signatures,
)
from bankcodes.delivery import DELIVERY
from tests.support.helpers import spec_data

# --- Published bodies, typed from the pages (Belvo's `// comments` left out: JSON has none) ---

#: .../docs/webhook-accounts, "Historical update".
ACCOUNTS_HISTORICAL: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "ACCOUNTS",
    "process_type": "historical_update",
    "webhook_code": "historical_update",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"total_accounts": 5},
}

#: .../docs/webhook-accounts, "New accounts available".
ACCOUNTS_NEW: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "ACCOUNTS",
    "process_type": "recurrent_update",
    "webhook_code": "new_accounts_available",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"new_accounts": 1},
}

#: .../docs/webhook-transactions, "Historical update".
TRANSACTIONS_HISTORICAL: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "TRANSACTIONS",
    "process_type": "historical_update",
    "webhook_code": "historical_update",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {
        "total_transactions": 19,
        "total_inflow_transactions": 10,
        "total_outflow_transactions": 9,
        "first_transaction_date": "2017-01-03",
        "last_transaction_date": "2020-03-25",
    },
}

#: .../docs/webhook-links, "Invalid credentials".
LINK_INVALID_CREDENTIALS: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "LINK",
    "process_type": "recurrent_update",
    "webhook_code": "invalid_credentials",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {
        "error_code": "login_error",
        "error_message": "Invalid credentials provided to login to the institution",
        "status": 400,
    },
}

#: .../docs/payments-webhooks (Brazil), the core payload (its trailing comma after end_to_end_id
#: left out too).
PAYMENT_INTENT_FAILED: dict[str, Any] = {
    "webhook_id": "3b9a69f7-0f0a-455b-832d-49ad6fd4905c",
    "webhook_type": "PAYMENT_INTENTS",
    "webhook_code": "STATUS_UPDATE",
    "object_id": "d2e40773-19f6-48d1-93c3-3590ec0c74df",
    "external_id": "c3c51aaf-aaa3-400c-926d-87ab62e195fd",
    "data": {
        "status": "FAILED",
        "metadata": {"internal_reference_id": "GGq12345w2"},
        "failure_code": "consent_expired",
        "failure_message": "The payment consent was not accepted in time.",
        "end_to_end_id": "E432158152024081610416f2b595b056",
    },
}

#: .../docs/webhooks-payments-colombia, the core payload ("Contents of the webhook" comment in
#: data left out).
COLOMBIA_CORE: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "TRANSACTIONS",
    "webhook_code": "STATUS_UPDATE",
    "object_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "data": {},
}

#: .../docs/webhook-invoices, "Initial updates": the first of its two examples.
INVOICES_INITIAL_INFLOW: dict[str, Any] = {
    "webhook_id": "ccc9c589bfcb44bc99ce749229ccf142",
    "webhook_type": "INVOICES",
    "process_type": "historical_update",
    "webhook_code": "initial_inflow_update",
    "link_id": "2f5d361d-dad6-45d4-a0bf-26d479766067",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {
        "total_invoices": 3456,
        "first_invoice_date": "2021-04-05",
        "last_invoice_date": "2021-05-05",
    },
}

#: .../docs/webhook-invoices (an earlier version), "Historical updates": its first example.
INVOICES_HISTORICAL_INFLOW: dict[str, Any] = {
    "webhook_id": "ccc9c589bfcb44bc99ce749229ccf142",
    "webhook_type": "INVOICES",
    "webhook_code": "historical_inflow_update",
    "link_id": "2f5d361d-dad6-45d4-a0bf-26d479766067",
    "data": {
        "total_invoices": 5333,
        "first_invoice_date": "2017-07-31",
        "last_invoice_date": "2020-07-28",
    },
}

#: .../docs/webhook-bills, "New bills available".
BILLS_NEW: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "BILLS",
    "process_type": "recurrent_update",
    "webhook_code": "new_bills_available",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"new_bills": 1},
}

#: .../docs/webhook-owners, "Historical update".
OWNERS_HISTORICAL: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "OWNERS",
    "process_type": "historical_update",
    "webhook_code": "historical_update",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"total_owners": 2},
}

#: .../apis/belvoopenapispec/section/introduction/error-handling (and "Example of a 400 Bad
#: Request error" on the errors page): the body is a JSON list of error objects.
API_ERROR_BODY: list[dict[str, Any]] = [
    {
        "request_id": "a6e1c493d7a29d91aed4338e6fcf077d",
        "message": "This field is required.",
        "code": "required",
        "field": "link",
    }
]

#: Each webhook body, the path of the code that decides it and that code. A LINK webhook's
#: data.error_code is "Webhook event error" (the error itself), a payment's data.failure_code the
#: failure: each says more than the webhook_code that names the event.
WEBHOOKS: list[tuple[dict[str, Any], str, AnyCode]] = [
    (ACCOUNTS_HISTORICAL, "$.webhook_code", belvo.WebhookCode.historical_update),
    (ACCOUNTS_NEW, "$.webhook_code", belvo.WebhookCode.new_accounts_available),
    (TRANSACTIONS_HISTORICAL, "$.webhook_code", belvo.WebhookCode.historical_update),
    (LINK_INVALID_CREDENTIALS, "$.data.error_code", belvo.ErrorCode.login_error),
    (PAYMENT_INTENT_FAILED, "$.data.failure_code", belvo.PaymentFailureCode.consent_expired),
    (COLOMBIA_CORE, "$.webhook_code", belvo.WebhookCode.STATUS_UPDATE),
    (INVOICES_INITIAL_INFLOW, "$.webhook_code", belvo.WebhookCode.initial_inflow_update),
    (INVOICES_HISTORICAL_INFLOW, "$.webhook_code", belvo.WebhookCode.historical_inflow_update),
    (BILLS_NEW, "$.webhook_code", belvo.WebhookCode.new_bills_available),
    (OWNERS_HISTORICAL, "$.webhook_code", belvo.WebhookCode.historical_update),
]


# --- Payloads ---


@pytest.mark.parametrize(("body", "path", "code"), WEBHOOKS)
def test_a_published_webhook_is_recognised_and_decided(
    body: dict[str, Any], path: str, code: AnyCode
) -> None:
    kinds = payloads.recognise(body)
    assert kinds and kinds[0] == "belvo/webhook", kinds
    found = payloads.decisive_code("belvo/webhook", body)
    assert found is not None and (found.path, found.code) == (path, code)


def test_the_api_error_example_is_recognised_and_decided_by_its_code() -> None:
    # Belvo sends a list; each object of it is one error, whose code (required) other APIs send
    # too: it is Belvo's once Belvo is named.
    for error in API_ERROR_BODY:
        assert payloads.recognise(error) == ()
        kinds = payloads.recognise(error, "belvo")
        assert kinds and kinds[0] == "belvo/api-error", kinds
        found = payloads.decisive_code("belvo/api-error", error)
        assert found is not None and found.path == "$.code"
        assert found.code is belvo.ErrorCode.required
        assert found.code.category is Category.INTEGRATION_ERROR


def test_an_invoices_webhook_is_decided_by_its_webhook_code_not_its_process_type() -> None:
    # webhook-invoices: "Webhook Code: initial_inflow_update | The last 30 days of INFLOW
    # (received) invoices.", sent with "process_type": "historical_update". historical_update is
    # the process, never the event of an INVOICES webhook.
    event = bankcodes.receive("belvo", json.dumps(INVOICES_INITIAL_INFLOW).encode(), {}, None)
    assert event.type is belvo.WebhookType.INVOICES
    assert type(event.payload).__name__ == "InvoicesWebhook"
    assert [(found.path, found.code) for found in event.codes()] == [
        ("$.webhook_code", belvo.WebhookCode.initial_inflow_update),
        ("$.process_type", belvo.ProcessType.historical_update),
        ("$.webhook_type", belvo.WebhookType.INVOICES),
    ]
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.webhook_code"
    assert decisive.code is belvo.WebhookCode.initial_inflow_update
    # Its outflow twin and the historical pair, each its own event.
    for value in (
        "initial_outflow_update",
        "historical_inflow_update",
        "historical_outflow_update",
    ):
        body = {**INVOICES_INITIAL_INFLOW, "webhook_code": value}
        found = payloads.decisive_code("belvo/webhook", body)
        assert found is not None and found.code is belvo.WebhookCode(value), value


# --- Receiving webhooks ---


def test_the_delivery_contract() -> None:
    contract = DELIVERY["belvo"]
    # docs/webhooks: "If Belvo does not receive a 2xx HTTP status code ..., the notification
    # attempt is repeated five times using a linear backoff": six attempts in all.
    assert contract.max_attempts == 6
    assert contract.success_status == 200
    # The parameter table: "webhook_id | true | string | The Belvo webhook ID.".
    assert contract.dedup == ((("webhook_id",),),)
    assert not contract.signed_timestamp
    # resources-webhooks-payments-brazil: "You can receive webhook events from the following IP
    # addresses: 3.130.254.46 18.220.61.186 18.223.45.212", and "reply to Belvo with a 2XX status
    # code within five seconds". The addresses are Payments Brazil's, not every delivery's: they
    # are said in the notes, and no address is the contract's.
    assert contract.addresses == ()
    notes = spec_data()["providers"]["belvo"]["delivery"]["notes"]
    assert "3.130.254.46, 18.220.61.186 and 18.223.45.212" in notes
    assert contract.timeout_seconds == 5
    # resources-webhooks-aggregation: "Basic and a base64-encoded username:password string (for
    # Basic authentication)", "Bearer and a token (for Bearer authentication)".
    scheme = signatures.scheme_of("belvo")
    assert isinstance(scheme, signatures.NoSignature)
    assert scheme.transport == ("basic_auth", "bearer_token")


def test_a_published_webhook_is_received_unsigned_and_deduplicated_on_its_id() -> None:
    body = json.dumps(LINK_INVALID_CREDENTIALS).encode()
    # What Belvo sends with the body: the Authorization value the integrator registered.
    headers = {"content-type": "application/json", "authorization": "Bearer registered-token"}
    event = bankcodes.receive("belvo", body, headers, None)
    assert event.signed is False
    assert (event.header, event.algorithm, event.secret_index) == (None, None, None)
    assert event.type is belvo.WebhookType.LINK
    assert type(event.payload).__name__ == "LinkWebhook"
    # Every code of the body, the error first ("Webhook event error"), then the event.
    assert [(found.path, found.code) for found in event.codes()] == [
        ("$.data.error_code", belvo.ErrorCode.login_error),
        ("$.webhook_code", belvo.WebhookCode.invalid_credentials),
        ("$.process_type", belvo.ProcessType.recurrent_update),
        ("$.webhook_type", belvo.WebhookType.LINK),
    ]
    assert event.dedup_key == "belvo:id:aadf41a1fc8e4f79a49f7f04027ac999"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.data.error_code"
    assert decisive.code is belvo.ErrorCode.login_error
    assert decisive.code.category is Category.CREDENTIALS_INVALID
    # A replay, byte for byte or serialised anew, has the same key.
    replay = bankcodes.receive("belvo", body, headers, None)
    assert replay.dedup_key == event.dedup_key
    spaced = json.dumps(LINK_INVALID_CREDENTIALS, indent=2).encode()
    assert bankcodes.receive("belvo", spaced, {}, None).dedup_key == event.dedup_key


def test_a_payments_webhook_is_received_with_its_failure_code() -> None:
    body = json.dumps(PAYMENT_INTENT_FAILED).encode()
    event = bankcodes.receive("belvo", body, {}, None)
    assert not event.signed
    assert event.type is belvo.WebhookType.PAYMENT_INTENTS
    assert [(found.path, found.code) for found in event.codes()][:2] == [
        ("$.data.failure_code", belvo.PaymentFailureCode.consent_expired),
        ("$.webhook_code", belvo.WebhookCode.STATUS_UPDATE),
    ]
    assert event.dedup_key == "belvo:id:3b9a69f7-0f0a-455b-832d-49ad6fd4905c"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.code is belvo.PaymentFailureCode.consent_expired
    # The V1 table's spelling and the lower case V1 sends read as one code.
    for sent in ("INSUFFICIENT_FUNDS", "insufficient_funds"):
        data = {**PAYMENT_INTENT_FAILED["data"], "failure_code": sent}
        found = payloads.decisive_code("belvo/webhook", {**PAYMENT_INTENT_FAILED, "data": data})
        assert found is not None and found.code is belvo.PaymentFailureCode.INSUFFICIENT_FUNDS


def test_a_secret_is_refused_for_a_provider_that_signs_nothing() -> None:
    body = json.dumps(ACCOUNTS_HISTORICAL).encode()
    headers = {"authorization": "Bearer registered-token"}
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive("belvo", body, headers, "registered-token")
    assert raised.value.reason == "unsigned_provider"
    with pytest.raises(ConfigurationError) as verified:
        signatures.verify("belvo", body, headers, "registered-token")
    assert verified.value.reason == "unsigned_provider"


# --- Unknown values ---


def test_values_the_catalog_does_not_know_are_kept_as_unknown_codes() -> None:
    # The older direct-debit page's row 12 is cut ("| 12 | Venc"): 12 is not in the catalog.
    twelve = belvo.DirectDebitFailedReason.parse("12")
    assert isinstance(twelve, UnknownCode) and twelve.value == "12"
    assert twelve.category is Category.UNKNOWN
    # missing_token_registration is an error_code of a payment intent's last_error (the errors
    # page's "Payment Initiation API last encountered errors"), no API error code.
    assert bankcodes.classify("belvo", "missing_token_registration") is Category.UNKNOWN
    error = {**API_ERROR_BODY[0], "code": "missing_token_registration"}
    found = payloads.decisive_code("belvo/api-error", error)
    assert found is not None and found.code_set == "belvo.error_code"
    assert isinstance(found.code, UnknownCode)
    assert found.code.value == "missing_token_registration"
    # A webhook type and code Belvo adds later: received, kept, never raising.
    later = {**ACCOUNTS_HISTORICAL, "webhook_type": "LATER_TYPE", "webhook_code": "later_update"}
    event = bankcodes.receive("belvo", json.dumps(later).encode(), {}, None)
    assert isinstance(event.type, UnknownCode) and event.type.value == "LATER_TYPE"
    assert type(event.payload).__name__ == "OtherWebhook"
    kept = {found.path: found.code for found in event.codes()}
    assert isinstance(kept["$.webhook_code"], UnknownCode)
    assert kept["$.webhook_code"].value == "later_update"
    # The first code the catalog knows decides: the process type.
    decided = event.decisive_code()
    assert decided is not None and decided.code is belvo.ProcessType.historical_update
    # An unknown error in a LINK webhook gives way to the webhook code the catalog knows.
    link = {**LINK_INVALID_CREDENTIALS, "data": {"error_code": "missing_token_registration"}}
    decisive = payloads.decisive_code("belvo/webhook", link)
    assert decisive is not None and decisive.code is belvo.WebhookCode.invalid_credentials
