"""Standard Webhooks as its own Python library, standardwebhooks 1.1.0 (Webhook.sign and
Webhook.verify, which Basiq's Webhooks Security page points to: "Our libraries automatically
reject webhooks with a timestamp that are more than five minutes away"), reads them: what
bankcodes signs the library verifies, what the library signs bankcodes verifies, and both refuse
the same forgeries, stale and early deliveries at the current time."""

from __future__ import annotations

import base64
import datetime
import json

import pytest
from standardwebhooks import Webhook, WebhookVerificationError

import bankcodes
from bankcodes import signatures
from tests.support.helpers import spec_data

#: The providers that sign as Standard Webhooks, from the spec.
PROVIDERS = sorted(
    provider
    for provider, entry in spec_data()["providers"].items()
    if entry.get("signing", {}).get("scheme") == "standard_webhooks"
)
SECRET = "whsec_" + base64.b64encode(b"a Standard Webhooks endpoint's key").decode()


def _body(provider: str) -> bytes:
    kind = spec_data()["providers"][provider]["delivery"]["payload_kind"]
    return json.dumps(spec_data()["payloads"][kind]["examples"][0]["data"]).encode()


def _library(body: bytes, headers: dict[str, str], secret: str = SECRET) -> bool:
    try:
        Webhook(secret).verify(body, headers)
    except WebhookVerificationError:
        return False
    return True


def _ours(provider: str, body: bytes, headers: dict[str, str], secret: str = SECRET) -> bool:
    try:
        signatures.verify(provider, body, headers, secret)
    except signatures.SignatureError:
        return False
    return True


def test_a_provider_signs_as_standard_webhooks() -> None:
    assert PROVIDERS == ["basiq"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_library_verifies_what_bankcodes_signs(provider: str) -> None:
    body = _body(provider)
    headers = signatures.sign(provider, body, SECRET)
    assert _library(body, headers)
    event = bankcodes.receive(provider, body, headers, SECRET)
    assert event.signed and event.header == "webhook-signature"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_library_and_bankcodes_give_one_verdict(provider: str) -> None:
    body, now = _body(provider), datetime.datetime.now(datetime.UTC)

    def signed(
        at: datetime.datetime, secret: str = SECRET, msg_id: str = "msg_1"
    ) -> dict[str, str]:
        stamp = str(int(at.timestamp()))
        signature = Webhook(secret).sign(msg_id, at, body.decode())
        return {"webhook-id": msg_id, "webhook-timestamp": stamp, "webhook-signature": signature}

    minutes = datetime.timedelta(minutes=5, seconds=30)
    other = "whsec_" + base64.b64encode(b"another endpoint's key").decode()
    cases = {
        "signed now": (signed(now), body, True),
        "two signatures": (
            {**signed(now), "webhook-signature": "v1,AAAA " + signed(now)["webhook-signature"]},
            body,
            True,
        ),
        "a changed body": (signed(now), body + b" ", False),
        "another endpoint's secret": (signed(now, other), body, False),
        "five and a half minutes old": (signed(now - minutes), body, False),
        "five and a half minutes ahead": (signed(now + minutes), body, False),
        "another id": ({**signed(now), "webhook-id": "msg_2"}, body, False),
    }
    for name, (headers, given, expected) in cases.items():
        assert (_library(given, headers), _ours(provider, given, headers)) == (
            expected,
            expected,
        ), name
    # A delivery the library signed is received, its event read.
    event = bankcodes.receive(provider, body, signed(now), SECRET, now=now)
    assert event.signed and event.algorithm == "sha256"
