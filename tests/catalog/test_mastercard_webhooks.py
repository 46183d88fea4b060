"""Mastercard Open Finance's webhooks, read from its pages: the Connect webhooks' HMAC-SHA256
signatures (X-Signature on the AU pages, X-Finicity-Signature on the US pages of
docs.finicity.com, both keyed with the Partner Secret; Event-Signature, keyed with a consent
subscription's signingKey), the retry policy docs.finicity.com publishes and the ping event in
both regions. Expected values are typed from those pages; each is checked in Python and, where a
receiver is concerned, in Node (which gives the verdicts of
tests/verdicts/mastercard_us_webhooks.json)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

import bankcodes
from bankcodes import SignatureError, UnknownCode, delivery, mastercard
from tests.support.helpers import spec_data
from tests.support.verdicts import Corpus
from tests.webhooks.test_receive_parity import MODES, python_verdict


def _signed(body: bytes, key: str) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def test_a_connect_webhook_and_a_consent_notification_are_verified() -> None:
    # The AU Connect webhook page: "Create a SHA-256 HMAC of the request body using your
    # Partner Secret", compared with X-Signature; store the eventId to ignore a replay.
    body = json.dumps(
        {
            "customerId": "7043507659",
            "eventType": "accountsDeleted",
            "eventId": "1744671850866-f9b8ef21c571b7d0e80c2c3d",
            "payload": {"accounts": ["7077265539"], "institutionId": "101732"},
        }
    ).encode()
    secrets = ["consent signing key", "partner secret"]
    event = bankcodes.receive(
        "mastercard", body, {"X-Signature": _signed(body, "partner secret")}, secrets
    )
    assert event.signed and event.header == "X-Signature" and event.secret_index == 1
    assert event.dedup_key == "mastercard:id:1744671850866-f9b8ef21c571b7d0e80c2c3d"
    assert type(event.payload).__name__ == "AccountsDeletedWebhook"
    # Consent notifications: Event-Signature, keyed with the subscription's signingKey.
    signed = {"Event-Signature": _signed(body, "consent signing key")}
    assert bankcodes.receive("mastercard", body, signed, secrets).header == "Event-Signature"
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("mastercard", body + b" ", signed, secrets)
    assert raised.value.reason == "mismatch"


def test_a_consent_notification_is_verified_and_deduplicated_with_its_type_kept_unknown() -> None:
    # The AU Consent Notifications Structure page's example, its payload shortened: the fields
    # identifying the event are eventId, eventType INSTITUTIONS_REVOKED and eventContext CONSENT.
    body = json.dumps(
        {
            "eventId": "ac7e616b-8bf1-43a9-9ed4-11d9da2550c8",
            "eventType": "INSTITUTIONS_REVOKED",
            "eventContext": "CONSENT",
            "eventTime": "2023-05-28T10:43:52Z",
            "customerId": "1005061234",
            "payload": {"changes": {"errorCode": None, "details": []}, "consent": {}},
        }
    ).encode()
    secrets = ["partner secret", "consent signing key"]
    signed = {"Event-Signature": _signed(body, "consent signing key")}
    event = bankcodes.receive("mastercard", body, signed, secrets)
    assert event.signed and event.header == "Event-Signature" and event.secret_index == 1
    assert event.dedup_key == "mastercard:id:ac7e616b-8bf1-43a9-9ed4-11d9da2550c8"
    # The consent event types are not in the catalog's sources: the type is kept, as unknown.
    assert isinstance(event.type, UnknownCode) and event.type == "INSTITUTIONS_REVOKED"


#: docs.finicity.com/connect-webhooks/, Preventing Spoofing: "The X-Finicity-Signature header is
#: added to all webhooks sent by Finicity Connect. To verify the signature, create a SHA-256 HMAC
#: of the request body using your Partner Secret as the key." Its working example signs this body
#: ("const rawWebhookBody = '{"eventType":"ping","payload":{}}';") and notes that "'HEX' is used
#: in the hash and validate".
US_HEADER = "X-Finicity-Signature"
US_PING = b'{"eventType":"ping","payload":{}}'
PARTNER_SECRET = "partner secret"


def _us_deliveries() -> list[tuple[str, bytes, dict[str, str]]]:
    """A ping signed as docs.finicity.com shows, and two forgeries of it."""
    good = _signed(US_PING, PARTNER_SECRET)
    return [
        ("signed", US_PING, {US_HEADER: good}),
        ("another key", US_PING, {US_HEADER: _signed(US_PING, "a guessed secret")}),
        ("body changed", US_PING.replace(b"{}", b'{"x":1}'), {US_HEADER: good}),
    ]


def test_the_catalog_checks_the_us_header_with_its_source() -> None:
    signing = spec_data()["providers"]["mastercard"]["signing"]
    assert US_HEADER in signing["headers"] and "X-Signature" in signing["headers"]
    assert (signing["algorithm"], signing["encodings"]) == ("sha256", ["hex"])
    assert "mastercard-finicity-connect-webhooks" in signing["sources"]


def test_a_us_webhook_signed_as_docs_finicity_shows_is_received_and_a_forgery_refused() -> None:
    (_, body, headers), *forged = _us_deliveries()
    secrets = ["consent signing key", PARTNER_SECRET]
    event = bankcodes.receive("mastercard", body, headers, secrets)
    assert event.signed and event.header == US_HEADER and event.secret_index == 1
    assert event.type is mastercard.WebhookEventType("ping")
    assert bankcodes.signatures.verify("mastercard", body, headers, PARTNER_SECRET) is not None
    for name, forged_body, forged_headers in forged:
        with pytest.raises(SignatureError) as raised:
            bankcodes.receive("mastercard", forged_body, forged_headers, secrets)
        assert raised.value.reason == "mismatch", name


#: The US ping and its forgeries, received lenient and strict in both languages.
US_WEBHOOKS = Corpus(
    "mastercard_us_webhooks",
    lambda: (
        (
            name,
            {
                "provider": "mastercard",
                "body": base64.b64encode(body).decode("ascii"),
                "headers": headers,
                "secret": ["consent signing key", PARTNER_SECRET],
                "now": "2026-11-25T12:00:00+00:00",
                "path": "/webhooks/mastercard",
                "secret_header": None,
            },
        )
        for name, body, headers in _us_deliveries()
    ),
    lambda item: {mode: python_verdict(item, strict=mode == "strict") for mode in MODES},
)


def test_python_gives_the_committed_verdicts_on_the_us_webhook_and_its_forgeries() -> None:
    refused = {"accepted": False, "error": "SignatureError", "reason": "mismatch", "path": None}
    expected = {"signed": {"accepted": True, "type": "ping"}}
    expected |= {"another key": refused, "body changed": refused}
    assert {name: verdict["lenient"] for name, verdict in US_WEBHOOKS.python().items()} == expected
    US_WEBHOOKS.check()


def test_the_retry_policy_is_the_one_docs_finicity_publishes() -> None:
    # docs.finicity.com/connect-and-mvs-webhooks/, Send Webhooks-Retry: "If a Connect
    # notification is sent but not received, it will retry 5 times in 5 minutes then 1 time a
    # day for 3 days, and then it stops trying to send altogether." "Note: Report webhooks are
    # sent only one time." The first sending and 5 + 3 retries: 9 attempts at most.
    entry = spec_data()["providers"]["mastercard"]["delivery"]
    assert entry["retries"]["max_attempts"] == 1 + 5 + 3
    assert "mastercard-finicity-connect-and-mvs-webhooks" in entry["sources"]
    notes = " ".join(entry["notes"].split())
    assert "retry 5 times in 5 minutes then 1 time a day for 3 days" in notes
    assert "Report webhooks are sent only one time" in notes
    assert "retry policy is not published" not in notes
    assert delivery.DELIVERY["mastercard"].max_attempts == 9


def test_the_ping_is_sent_in_both_regions() -> None:
    # The AU events list describes ping; docs.finicity.com's Connect Webhooks page (US) signs a
    # ping in its working example.
    ping = mastercard.WebhookEventType("ping")
    assert ping.info.scope is not None and ping.info.scope.regions == ("AU", "US")
    cited = {source.id for source in ping.info.sources}
    assert {"mastercard-au-webhooks-event-connect", "mastercard-finicity-connect-webhooks"} <= cited
