"""Stripe's published bodies, read, signed and received, from its pinned sources: the API
reference's Event object example (docs.stripe.com/api/events/object), the error bodies of the
Node.js library (stripe/stripe-node at 66394216: test/StripeResource.spec.ts; src/resources/
Events.ts for the event's fields) and of the Python library (stripe/stripe-python at 6c6e3736:
tests/test_api_requestor.py; stripe/_webhook.py for Stripe-Signature), the changelog of the two
Financial Connections payment-method error codes, the relink guide (an inactive account's
status_details) and the process-undelivered-events guide; with classify over Stripe's code sets
(the React Native SDK's sheet errors among them, stripe/stripe-react-native
src/types/FinancialConnections.ts at 42283e61). Expected values are typed from those files and
pages, never from the catalog.

Stripe's webhook signatures as its libraries read them on shared vectors are the subject of
tests/webhooks/test_stripe_signatures.py; here a published body is signed and received."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
import stripe as stripe_library

import bankcodes
from bankcodes import Category, SignatureError, UnknownCode, payloads, signatures, stripe
from bankcodes.delivery import DELIVERY
from tests.support.helpers import ROOT, spec_data

#: https://docs.stripe.com/api/events/object?api-version=2024-06-20: the Event object example,
#: byte for byte as the page shows it (setup_intent.created).
PUBLISHED_EVENT = """{
  "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
  "object": "event",
  "api_version": "2019-02-19",
  "created": 1686089970,
  "data": {
    "object": {
      "id": "seti_1NG8Du2eZvKYlo2C9XMqbR0x",
      "object": "setup_intent",
      "application": null,
      "automatic_payment_methods": null,
      "cancellation_reason": null,
      "client_secret": "seti_1NG8Du2eZvKYlo2C9XMqbR0x_secret_O2CdhLwGFh2Aej7bCY7qp8jlIuyR8DJ",
      "created": 1686089970,
      "customer": null,
      "description": null,
      "flow_directions": null,
      "last_setup_error": null,
      "latest_attempt": null,
      "livemode": false,
      "mandate": null,
      "metadata": {},
      "next_action": null,
      "on_behalf_of": null,
      "payment_method": "pm_1NG8Du2eZvKYlo2CYzzldNr7",
      "payment_method_options": {
        "acss_debit": {
          "currency": "cad",
          "mandate_options": {
            "interval_description": "First day of every month",
            "payment_schedule": "interval",
            "transaction_type": "personal"
          },
          "verification_method": "automatic"
        }
      },
      "payment_method_types": [
        "acss_debit"
      ],
      "single_use_mandate": null,
      "status": "requires_confirmation",
      "usage": "off_session"
    }
  },
  "livemode": false,
  "pending_webhooks": 0,
  "request": {
    "id": null,
    "idempotency_key": null
  },
  "type": "setup_intent.created"
}"""

#: stripe-node test/StripeResource.spec.ts at 66394216 (a mocked response) and stripe-python
#: tests/test_api_requestor.py at 6c6e3736 (a stubbed response), with the type each decides by.
ERROR_BODIES: list[tuple[dict[str, Any], str]] = [
    (
        {"error": {"type": "invalid_request_error", "message": "No such customer"}},
        "invalid_request_error",
    ),
    ({"error": {"type": "idempotency_error"}}, "idempotency_error"),
]

#: generated/fixtures/webhooks/test-keys.json: bankcodes' published test secret for Stripe.
SECRET: str = json.loads(
    (ROOT / "generated" / "fixtures" / "webhooks" / "test-keys.json").read_text(encoding="utf-8")
)["secrets"]["stripe"]
#: An instant to sign at, 2025-01-01T00:00:00Z, and its Unix time (Stripe's t=).
SIGNED_AT = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
T0 = 1_735_689_600


def _at(seconds: int) -> datetime.datetime:
    """The instant `seconds` after SIGNED_AT (before it when negative)."""
    return SIGNED_AT + datetime.timedelta(seconds=seconds)


# Classifying, and the payloads.


def test_classify_reads_each_value_in_its_only_code_set() -> None:
    # No wire value is in two of Stripe's code sets; the near ones differ by case or spelling:
    # the sheet's "Failed" and "Canceled" (the React Native enum) are not the refresh's "failed"
    # nor onEvent's "cancel".
    assert bankcodes.lookup("stripe", "failed") == (stripe.RefreshStatus.failed,)
    assert bankcodes.lookup("stripe", "Failed") == (stripe.SheetErrorCode("Failed"),)
    assert bankcodes.classify("stripe", "Canceled") is Category.CANCELLED
    assert bankcodes.classify("stripe", "canceled") is Category.UNKNOWN
    assert bankcodes.classify("stripe", "failed", code_set="sheet_error") is Category.UNKNOWN
    assert bankcodes.classify("stripe", "Failed", code_set="sheet_error") is (
        stripe.SheetErrorCode("Failed").category
    )
    assert bankcodes.classify("stripe", "failed", code_set=stripe.RefreshStatus) is (
        Category.GENERIC_FAILURE
    )
    assert bankcodes.classify("stripe", "resource_missing") is Category.UNKNOWN
    assert bankcodes.classify("stripe", None) is Category.UNKNOWN


def test_the_published_event_is_recognised_and_decided_by_its_type() -> None:
    data = json.loads(PUBLISHED_EVENT)
    assert payloads.recognise(data) == ("stripe/event",)
    model = payloads.validate("stripe/event", data, strict=True)
    assert type(model).__name__ == "SetupIntentCreatedEvent"
    found = payloads.decisive_code("stripe/event", data)
    assert found is not None and found.path == "$.type"
    assert found.code is stripe.EventType("setup_intent.created")


@pytest.mark.parametrize(("body", "error_type"), ERROR_BODIES)
def test_a_published_error_body_is_recognised_and_decided_by_its_type(
    body: dict[str, Any], error_type: str
) -> None:
    # A body with only a type is Stripe's shape, and Fintoc's error object's too (fintoc-python,
    # fintoc/errors.py: {error: {type, code, message, param, doc_url}}, with api_error and
    # invalid_request_error among its types): read as Stripe's where the reader is told so.
    assert payloads.recognise(body) == ()
    assert payloads.recognise(body, "stripe") == ("stripe/api-error",)
    found = payloads.decisive_code("stripe/api-error", body)
    assert found is not None and found.path == "$.error.type"
    assert found.code is stripe.ApiErrorType(error_type)


def test_a_body_linking_to_stripe_s_request_log_is_stripe_s_alone() -> None:
    # docs.stripe.com/api/errors: request_log_url, "A URL to the request log entry in your
    # dashboard", an attribute of Stripe's error object that Fintoc's does not have.
    body = {
        "error": {
            "type": "invalid_request_error",
            "message": "No such customer",
            "request_log_url": "https://dashboard.stripe.com/test/logs/req_1",
        }
    }
    assert payloads.recognise(body) == ("stripe/api-error",)


def test_an_error_code_decides_before_its_type_when_it_is_known() -> None:
    # The changelog: before these codes, the error "appeared as an invalid request"; the code
    # tells which (the body is made up, its fields Stripe's api_errors schema's).
    code = "financial_connections_account_pending_account_numbers"
    body = {"error": {"type": "invalid_request_error", "code": code}}
    found = payloads.decisive_code("stripe/api-error", body)
    assert found is not None and found.path == "$.error.code"
    assert found.code is stripe.ApiErrorCode(code)
    # A code the catalog does not hold (Stripe has many) is kept unknown; the type decides.
    other = {"error": {"type": "invalid_request_error", "code": "resource_missing"}}
    read = payloads.codes("stripe/api-error", other)
    assert [(f.path, f.code.value) for f in read] == [
        ("$.error.code", "resource_missing"),
        ("$.error.type", "invalid_request_error"),
    ]
    assert isinstance(read[0].code, UnknownCode)
    decided = payloads.decisive_code("stripe/api-error", other)
    assert decided is not None and decided.path == "$.error.type"


def test_an_inactive_accounts_status_details_decide_before_its_status() -> None:
    # A deactivated event as Events.ts types it (data.object: the Account), its
    # status_details.inactive as the relink guide describes it; the values are made up.
    event = {
        "id": "evt_made_up",
        "object": "event",
        "api_version": "2026-06-24.dahlia",
        "created": T0,
        "livemode": False,
        "pending_webhooks": 1,
        "request": None,
        "type": "financial_connections.account.deactivated",
        "data": {
            "object": {
                "id": "fca_made_up",
                "object": "financial_connections.account",
                "status": "inactive",
                "status_details": {"inactive": {"action": "none", "cause": "access_expired"}},
            }
        },
    }
    assert payloads.recognise(event) == ("stripe/event",)
    read = payloads.codes("stripe/event", event)
    assert [f.code for f in read] == [
        stripe.StatusDetailsAction("none"),
        stripe.StatusDetailsCause("access_expired"),
        stripe.AccountStatus.inactive,
        stripe.EventType("financial_connections.account.deactivated"),
    ]
    found = payloads.decisive_code("stripe/event", event)
    assert found is not None and found.path == "$.data.object.status_details.inactive.action"


@pytest.mark.parametrize(
    ("event_type", "intent", "member"),
    [
        ("setup_intent.setup_failed", "setup_intent", "last_setup_error"),
        ("payment_intent.payment_failed", "payment_intent", "last_payment_error"),
    ],
)
def test_a_failed_intents_last_error_code_decides(
    event_type: str, intent: str, member: str
) -> None:
    # Events.ts: SetupIntentSetupFailedEvent and PaymentIntentPaymentFailedEvent carry the
    # intent in data.object; SetupIntents.ts and PaymentIntents.ts: its last_setup_error or
    # last_payment_error has a type (required) and a code, among them the two Financial
    # Connections codes of the changelog. The values are made up.
    code = "financial_connections_account_unavailable_account_numbers"
    error = {"type": "invalid_request_error", "code": code, "message": "made up"}
    event = {
        "id": "evt_made_up",
        "object": "event",
        "api_version": "2026-06-24.dahlia",
        "created": T0,
        "livemode": False,
        "pending_webhooks": 1,
        "request": None,
        "type": event_type,
        "data": {"object": {"id": "made_up", "object": intent, member: error}},
    }
    assert payloads.recognise(event) == ("stripe/event",)
    assert [f.code for f in payloads.codes("stripe/event", event)] == [
        stripe.ApiErrorCode(code),
        stripe.ApiErrorType("invalid_request_error"),
        stripe.EventType(event_type),
    ]
    found = payloads.decisive_code("stripe/event", event)
    assert found is not None and found.path == f"$.data.object.{member}.code"
    assert found.code.category is Category.ACCOUNT_UNAVAILABLE
    # A code the catalog does not hold is kept unknown, and the error's type decides.
    error["code"] = "card_declined"
    found = payloads.decisive_code("stripe/event", event)
    assert found is not None and found.path == f"$.data.object.{member}.type"


# Receiving a signed delivery.


def _delivery(timestamp: int, secret: str = SECRET) -> dict[str, str]:
    # stripe-python's own test helper: "t={timestamp},v1={HMAC-SHA256 of 'timestamp.payload'}".
    header = stripe_library.WebhookSignature.generate_signature_header(
        PUBLISHED_EVENT, secret, timestamp=timestamp
    )
    return {"content-type": "application/json", "Stripe-Signature": header}


def test_bankcodes_signs_as_stripes_library_does() -> None:
    signed = bankcodes.sign("stripe", PUBLISHED_EVENT.encode(), SECRET, now=SIGNED_AT)
    stripes = stripe_library.WebhookSignature.generate_signature_header(
        PUBLISHED_EVENT, SECRET, timestamp=T0
    )
    assert signed == {"Stripe-Signature": stripes}
    assert stripes.startswith(f"t={T0},v1=")


def test_the_published_event_signed_by_stripes_library_is_received() -> None:
    body = PUBLISHED_EVENT.encode()
    event = bankcodes.receive("stripe", body, _delivery(T0), SECRET, now=SIGNED_AT)
    assert event.signed and event.header == "Stripe-Signature" and event.secret_index == 0
    assert event.algorithm == "sha256"
    assert event.kind == "stripe/event"
    assert event.type is stripe.EventType("setup_intent.created")
    assert type(event.payload).__name__ == "SetupIntentCreatedEvent"
    # Events.ts EventBase: id, "Unique identifier for the object.": the deduplication key.
    assert event.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.code is stripe.EventType("setup_intent.created")


def test_a_resent_event_signed_anew_gives_the_same_key() -> None:
    # Stripe resends an undelivered event for up to three days (process-undelivered-events),
    # signing each attempt with its own timestamp: the key is the event's id both times.
    body = PUBLISHED_EVENT.encode()
    first = bankcodes.receive("stripe", body, _delivery(T0), SECRET, now=SIGNED_AT)
    again = bankcodes.receive("stripe", body, _delivery(T0 + 3600), SECRET, now=_at(3610))
    assert again.dedup_key == first.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"


def test_a_signature_older_than_stripes_tolerance_is_refused_by_default() -> None:
    # stripe/_webhook.py: Webhook.DEFAULT_TOLERANCE = 300, refused when "timestamp < time.time()
    # - tolerance": 300 s old passes, 301 s old does not.
    body = PUBLISHED_EVENT.encode()
    headers = _delivery(T0)
    assert bankcodes.receive("stripe", body, headers, SECRET, now=_at(300)).signed
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", body, headers, SECRET, now=_at(301))
    assert refused.value.reason == "stale_timestamp"
    # A longer tolerance asked for is used instead.
    longer = datetime.timedelta(seconds=600)
    assert bankcodes.receive("stripe", body, headers, SECRET, now=_at(301), tolerance=longer)


def test_a_signature_from_ahead_of_the_clock_is_accepted() -> None:
    # Only old timestamps are refused (stripe-python: `timestamp < time.time() - tolerance`;
    # stripe-node: `timestampAge > tolerance`): a sender's clock ahead of ours passes.
    body = PUBLISHED_EVENT.encode()
    ahead = bankcodes.receive("stripe", body, _delivery(T0 + 3600), SECRET, now=SIGNED_AT)
    assert ahead.signed and ahead.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"


def test_a_forged_delivery_is_refused() -> None:
    headers = _delivery(T0)
    forged = PUBLISHED_EVENT.replace(
        '"livemode": false,\n  "pending', '"livemode": true,\n  "pending'
    )
    assert forged != PUBLISHED_EVENT
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", forged.encode(), headers, SECRET, now=SIGNED_AT)
    assert refused.value.reason == "mismatch"
    # The published body signed with another endpoint's secret.
    other = _delivery(T0, secret="whsec_another_endpoint")
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", PUBLISHED_EVENT.encode(), other, SECRET, now=SIGNED_AT)
    assert refused.value.reason == "mismatch"


def test_an_event_type_the_catalog_does_not_hold_is_kept_unknown() -> None:
    # Stripe sends many other event types (Events.ts lists some 260); one is received as it is.
    body = PUBLISHED_EVENT.replace('"type": "setup_intent.created"', '"type": "customer.created"')
    headers = bankcodes.sign("stripe", body, SECRET, now=SIGNED_AT)
    event = bankcodes.receive("stripe", body, headers, SECRET, now=SIGNED_AT)
    assert isinstance(event.type, UnknownCode) and event.type.value == "customer.created"
    assert type(event.payload).__name__ == "OtherEvent"
    assert bankcodes.classify("stripe", "customer.created") is Category.UNKNOWN


def test_the_signing_scheme_is_stripes_libraries() -> None:
    # stripe/_webhook.py at 6c6e3736: EXPECTED_SCHEME = "v1", the "t" item, signed_payload =
    # "%d.%s" % (timestamp, payload), hmac sha256 hexdigest, DEFAULT_TOLERANCE = 300; its example
    # reads request.headers.get("Stripe-Signature").
    scheme = signatures.scheme_of("stripe")
    assert isinstance(scheme, signatures.HmacScheme)
    assert scheme.headers == ("Stripe-Signature",)
    assert (scheme.algorithm, scheme.encodings) == ("sha256", ("hex",))
    assert scheme.timestamp is not None
    stamp = scheme.timestamp
    assert (stamp.timestamp_label, stamp.signature_label, stamp.separator) == ("t", "v1", ".")
    assert stamp.tolerance_seconds == 300


def test_the_delivery_contract_claims_only_what_stripe_publishes() -> None:
    contract = DELIVERY["stripe"]
    assert contract.kind == "stripe/event" and contract.signed_timestamp
    assert contract.dedup == ((("id",),),)
    # process-undelivered-events says "for up to three days", no schedule nor count of attempts.
    assert contract.retry_schedule_minutes is None and contract.max_attempts is None
    assert contract.success_status is None and contract.addresses == ()
    notes = spec_data()["providers"]["stripe"]["delivery"]["notes"]
    assert "three days" in notes and "30 days" in notes


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        ("t=12ab,v1=" + "0" * 64, "'12ab'"),
        ("T=1700000000,v1=" + "0" * 64, "'T=1700000000,v1=000"),
        ("t=1700000000", "'t=1700000000'"),
    ],
)
def test_an_unreadable_signature_header_is_shown_in_its_error(header: str, shown: str) -> None:
    # One clear error that shows the offending value, escaped: the t= that is no Unix time, or
    # the header that has no t= or no v1=.
    with pytest.raises(SignatureError) as raised:
        signatures.verify("stripe", PUBLISHED_EVENT, {"Stripe-Signature": header}, SECRET)
    assert raised.value.reason in ("bad_encoding", "missing_timestamp")
    assert shown in str(raised.value)
