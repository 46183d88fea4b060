"""Fintoc's webhooks and widget, typed from its sources: fintoc-python 2.23.0
(fintoc-com/fintoc-python at 55f141ee0ad25395340907a822b419c23fa54136: fintoc/webhook.py,
tests/test_webhook.py), fintoc-node 1.25.0 (fintoc-com/fintoc-node at
d3f74853fcf641fad5dbc8e3736fa30f6682489f: src/lib/webhook.ts), fintoc-react-native 1.0.3 (at
027594b8f55b23f27ef26e6e7e55abf173cc99bc: src/lib/constants.ts) and docs.fintoc.com's pages
(Types of events, Listen to Widget events, webhooks guides), as the sources of spec/catalog.json
pin them. Its API errors and objects: test_fintoc_facts.py."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

import bankcodes
from bankcodes import payloads, signatures
from tests.support.helpers import ROOT, counted, provider_module, spec_data

fintoc = provider_module("fintoc")


def _values(enum: Any) -> list[Any]:
    return [member.value for member in enum]


# --- Webhooks ----------------------------------------------------------------------------------

SECRET = "whsec_test_secret"
TIMESTAMP = 1743890251
#: tests/test_webhook.py's HEADER.
HEADER = f"t={TIMESTAMP},v1=11b98dd8f5500109246aa4d9875fad2e97d462560b012a5f50ff924411de0b0f"
#: tests/test_webhook.py's PAYLOAD, its whitespace and line returns removed as the test removes
#: them.
EVENT: dict[str, Any] = {
    "id": "evt_2AaZeLCz0GjOW5zj",
    "type": "payment_intent.succeeded",
    "mode": "test",
    "created_at": "2025-04-05T21:57:31.834Z",
    "data": {
        "id": "pi_2vKOKniSGXRhXTKrJ67VXZxGCVt",
        "mode": "test",
        "amount": 1,
        "object": "payment_intent",
        "status": "succeeded",
        "currency": "MXN",
        "metadata": {},
        "created_at": "2025-04-05T21:57:17Z",
        "expires_at": None,
        "error_reason": None,
        "payment_type": "bank_transfer",
        "reference_id": None,
        "widget_token": None,
        "customer_email": None,
        "sender_account": {
            "type": "checking_account",
            "number": "501514890244223279",
            "holder_id": "mfiu593501oe4",
            "institution_id": "mx_stp",
        },
        "business_profile": None,
        "transaction_date": None,
        "recipient_account": {
            "type": "checking_account",
            "number": "646180357600000000",
            "holder_id": "fsm211008hz9",
            "institution_id": "mx_stp",
        },
        "payment_type_options": {},
    },
    "object": "event",
}
BODY = json.dumps(EVENT, separators=(",", ":"))


def test_the_signing_entry_is_the_python_clients_scheme() -> None:
    """fintoc/webhook.py: the v1 signature, HMAC-SHA256 hex of f"{timestamp}.{payload}", a
    DEFAULT_TOLERANCE of 300 seconds; the header is Fintoc-Signature (its docstrings and the
    webhooks validation guide). Of two t= items it reads the last (_parse_header builds a dict
    of the items), as fintoc-node does (parseHeader's loop keeps the last); fintoc-node refuses
    a timestamp more than 300 seconds either side of the clock (verifyTimestamp: Math.abs)."""
    signing = spec_data()["providers"]["fintoc"]["signing"]
    assert signing["headers"] == ["Fintoc-Signature"]
    assert (signing["scheme"], signing["algorithm"], signing["encodings"]) == (
        "hmac",
        "sha256",
        ["hex"],
    )
    assert signing["timestamp"] == {
        "timestamp_label": "t",
        "signature_label": "v1",
        "separator": ".",
        "tolerance_seconds": 300,
        "future_tolerance_seconds": 300,
        "repeated_timestamp": "last",
    }


def test_the_python_clients_signed_event_verifies_as_its_test_says() -> None:
    headers = {"Fintoc-Signature": HEADER}
    # test_valid_signature, and the default tolerance 200 seconds later.
    assert signatures.verify("fintoc", BODY, headers, SECRET, now=TIMESTAMP) == "Fintoc-Signature"
    assert signatures.verify("fintoc", BODY, headers, SECRET, now=TIMESTAMP + 200)
    # test_header_contains_valid_signature: a v2 item beside v1 is not read.
    extra = {"Fintoc-Signature": HEADER + ",v2=bad_signature"}
    assert signatures.verify("fintoc", BODY, extra, SECRET, now=TIMESTAMP)
    # sign gives back the test's header.
    assert signatures.sign("fintoc", BODY, SECRET, now=TIMESTAMP) == headers


@pytest.mark.parametrize(
    ("body", "secret", "now", "reason"),
    [
        (BODY, "whsec_wrong_secret", TIMESTAMP, "mismatch"),  # test_invalid_secret
        (
            BODY.replace("payment_intent.succeeded", "payment_intent.failed"),
            SECRET,
            TIMESTAMP,
            "mismatch",
        ),  # test_modified_payload
        (BODY, SECRET, TIMESTAMP + 400, "stale_timestamp"),  # 400 s: outside the tolerance
    ],
)
def test_what_the_python_clients_test_refuses_is_refused(
    body: str, secret: str, now: int, reason: str
) -> None:
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("fintoc", body, {"Fintoc-Signature": HEADER}, secret, now=now)
    assert raised.value.reason == reason


def test_receive_reads_the_signed_event() -> None:
    sent = datetime.datetime.fromtimestamp(TIMESTAMP, tz=datetime.UTC)
    event = bankcodes.receive("fintoc", BODY, {"Fintoc-Signature": HEADER}, SECRET, now=sent)
    assert (event.kind, event.signed, event.dedup_key) == (
        "fintoc/webhook",
        True,
        "fintoc:id:evt_2AaZeLCz0GjOW5zj",
    )
    assert event.type == fintoc.WebhookType("payment_intent.succeeded")
    found = payloads.decisive_code("fintoc/webhook", EVENT)
    assert found is not None
    assert (found.path, found.code) == ("$.data.status", fintoc.PaymentIntentStatus("succeeded"))


#: Refresh Intents webhook guide (docs.fintoc.com/docs/refresh-intents-webhook): its event.
REFRESHED: dict[str, Any] = {
    "id": "evt_00000000",
    "type": "account.refresh_intent.succeeded",
    "mode": "live",
    "created_at": "2021-12-07T21:43:54.343Z",
    "data": {
        "object": "refresh_intent",
        "refreshed_object": "account",
        "refreshed_object_id": "acc_00000000",
        "status": "succeeded",
        "public_error": None,
        "created_at": "2021-12-03T00:00:00.000Z",
        "type": "only_last",
        "new_movements": 5,
    },
    "object": "event",
}


def test_a_refresh_intent_event_is_read_by_the_refresh_intents_status() -> None:
    assert payloads.identify(REFRESHED).kind == "fintoc/webhook"
    rejected = {**REFRESHED, "type": "account.refresh_intent.rejected"}
    rejected["data"] = {**REFRESHED["data"], "status": "rejected"}
    found = payloads.decisive_code("fintoc/webhook", rejected)
    assert found is not None
    assert (found.code_set, found.code) == (
        "fintoc.refresh_intent_status",
        fintoc.RefreshIntentStatus("rejected"),
    )


def test_the_event_types_of_links_refresh_intents_and_payment_intents() -> None:
    # Types of events: "link.created is the only event that cannot be listened using a Webhook
    # Endpoint".
    types = set(_values(fintoc.WebhookType))
    assert {"link.created", "link.credentials_changed", "account.refresh_intent.rejected"} <= types
    assert {f"payment_intent.{s}" for s in ("succeeded", "rejected", "expired", "failed")} <= types
    assert "payment_intent.pending" in types
    credentials = fintoc.WebhookType("link.credentials_changed")
    assert credentials.category is bankcodes.Category.RECONNECT_REQUIRED


def test_the_delivery_contract() -> None:
    """Webhooks guide: any 2xx acknowledges; up to 17 retries with exponential backoff from 3
    seconds; every event has a unique id to detect duplicates."""
    delivery = spec_data()["providers"]["fintoc"]["delivery"]
    assert delivery["retries"]["max_attempts"] == 1 + 17
    assert delivery["dedup"] == [[["id"]]]
    assert delivery["payload_kind"] == "fintoc/webhook"


# --- The widget ------------------------------------------------------------------------------


def test_the_widget_events_begin_as_the_page_lists_them() -> None:
    # Listen to Widget events: "opened | Triggers when the widget is opened", then the terms,
    # the CoDi helper, the institutions, the bank request and the authentication form.
    first = [
        "opened", "on_terms_and_conditions", "codi_helper", "on_available_institutions",
        "on_request_bank", "on_authentication_form",
    ]  # fmt: skip
    assert _values(fintoc.WidgetEvent)[: len(first)] == first
    assert fintoc.WidgetEvent("opened").description == "Triggers when the widget is opened"
    categories = {member.category for member in fintoc.WidgetEvent}
    assert categories == {bankcodes.Category.INFORMATIONAL}


def test_the_webview_messages_of_the_react_native_view() -> None:
    # src/lib/constants.ts EVENT_MAP: 'fintocwidget://succeeded' -> onSuccess,
    # 'fintocwidget://exit' -> onExit.
    assert _values(fintoc.WebviewMessage) == ["fintocwidget://succeeded", "fintocwidget://exit"]
    assert fintoc.WebviewMessage("fintocwidget://succeeded").category is bankcodes.Category.SUCCESS
    assert fintoc.WebviewMessage("fintocwidget://exit").category is bankcodes.Category.CANCELLED


def test_the_readme_and_the_site_list_fintoc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| [Fintoc](site/docs/reference/fintoc/index.md) | {counted('fintoc')} |" in readme
    index = (ROOT / "site" / "docs" / "reference" / "index.md").read_text(encoding="utf-8")
    assert "## [Fintoc](fintoc/index.md)" in index
