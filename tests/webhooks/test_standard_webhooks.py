"""Standard Webhooks as its own libraries read them, standardwebhooks 1.1.0 for Python and 1.1.1
for Node (Webhook.sign and Webhook.verify, which Basiq's Webhooks Security page points to: "Our
libraries automatically reject webhooks with a timestamp that are more than five minutes
away"): what bankcodes signs the library verifies, what the library signs bankcodes verifies,
both refuse the same forgeries, stale and early deliveries at the current time, and on the
shared vectors bankcodes refuses whatever either library refuses."""

from __future__ import annotations

import base64
import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from standardwebhooks import Webhook, WebhookVerificationError
from standardwebhooks.webhooks import EmptyWebhookSecretError

import bankcodes
from bankcodes import signatures
from tests.support.helpers import run_node, spec_data
from tests.support.signature_vectors import PATH as VECTORS_PATH
from tests.support.spec_index import providers

#: The providers that sign as Standard Webhooks, from the spec.
PROVIDERS = sorted(providers(signing="standard_webhooks"))
SECRET = "whsec_" + base64.b64encode(b"a Standard Webhooks endpoint's key").decode()


def _body(provider: str) -> bytes:
    """Its webhook's first example, or any body where the catalog describes none (the signature
    covers any body)."""
    delivery = spec_data()["providers"][provider].get("delivery")
    if delivery is None:
        return b'{"any": "body"}'
    kind = delivery["payload_kind"]
    return json.dumps(spec_data()["payloads"][kind]["examples"][0]["data"]).encode()


def _names(provider: str) -> tuple[str, str, str]:
    """The provider's id, timestamp and signature headers (webhook-… or Svix's svix-…)."""
    signing = spec_data()["providers"][provider]["signing"]
    return signing["id_header"], signing["timestamp_header"], signing["signature_header"]


#: The headers the standardwebhooks library reads and writes.
STANDARD = ("webhook-id", "webhook-timestamp", "webhook-signature")


def _renamed(
    headers: dict[str, str], names: tuple[str, str, str], to: tuple[str, str, str] = STANDARD
) -> dict[str, str]:
    """The headers with each of `names` under its name in `to` (by default the library's)."""
    renamed = dict(zip((n.lower() for n in names), to, strict=True))
    return {renamed.get(name.lower(), name): value for name, value in headers.items()}


def _standard_vector(vector: dict[str, Any]) -> dict[str, Any]:
    """The vector with its provider's headers under the library's names (webhook-…)."""
    names = dict(zip((n.lower() for n in _names(vector["provider"])), STANDARD, strict=True))
    headers = [[names.get(name.lower(), name), value] for name, value in vector["headers"]]
    return {**vector, "headers": headers}


def _received(provider: str, body: bytes, headers: dict[str, str], **kw: Any) -> str | None:
    """The header receive read the signature from; signatures.verify's where the catalog
    describes no body (receive refuses, saying so)."""
    if "delivery" not in spec_data()["providers"][provider]:
        return signatures.verify(provider, body, headers, SECRET, **kw)
    event = bankcodes.receive(provider, body, headers, SECRET, **kw)
    assert event.signed and event.algorithm == "sha256"
    return event.header


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
    assert PROVIDERS[0] == "basiq"
    assert _names("basiq") == ("webhook-id", "webhook-timestamp", "webhook-signature")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_library_verifies_what_bankcodes_signs(provider: str) -> None:
    body, names = _body(provider), _names(provider)
    headers = signatures.sign(provider, body, SECRET)
    assert set(headers) >= set(names)
    assert _library(body, _renamed(headers, names))
    assert _received(provider, body, headers) == names[2]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_library_and_bankcodes_give_one_verdict(provider: str) -> None:
    body, now = _body(provider), datetime.datetime.now(datetime.UTC)
    names = _names(provider)

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
        theirs = _renamed(headers, STANDARD, names)
        assert (_library(given, headers), _ours(provider, given, theirs)) == (
            expected,
            expected,
        ), name
    # A delivery the library signed is received, its event read.
    assert _received(provider, body, _renamed(signed(now), STANDARD, names), now=now) == names[2]


VECTORS = [
    vector
    for vector in json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]
    if vector["provider"] in PROVIDERS and isinstance(vector["secret"], str)
]
#: Where the Python library is looser than bankcodes and its Node library: it decodes a signature
#: with base64.b64decode, which takes another spelling of the same bytes, where the Node library
#: compares the base64 text (bankcodes refuses it, as the Node library does).
PYTHON_ONLY_ACCEPTS = {f"{p} a signature in non-canonical base64" for p in PROVIDERS}


def _python_library(vector: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> bool:
    """The Python library's verdict, its clock at the vector's time."""
    import standardwebhooks.webhooks as library

    at = datetime.datetime.fromtimestamp(vector["now"], datetime.UTC)

    class Frozen(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(at.timestamp(), tz)

    monkeypatch.setattr(library, "datetime", Frozen)
    body = base64.b64decode(vector["body_base64"])
    try:
        return _library(body, dict(_standard_vector(vector)["headers"]), vector["secret"])
    except (ValueError, TypeError, EmptyWebhookSecretError):  # no comma, a secret of no base64
        return False


def test_the_vectors_hold_the_stricter_spellings() -> None:
    expected = {vector["name"]: vector["expect"] for vector in VECTORS}
    for provider in PROVIDERS:
        assert expected[f"{provider} an empty id"] == "signature:missing_header"
        assert (
            expected[f"{provider} a timestamp with a leading zero, signed as written"]
            == "signature:bad_encoding"
        )
        assert (
            expected[f"{provider} a signature in non-canonical base64"] == "signature:bad_encoding"
        )


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_the_python_library_gives_the_vectors_verdict(
    vector: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    accepted = vector["expect"] == "ok" or vector["name"] in PYTHON_ONLY_ACCEPTS
    assert _python_library(vector, monkeypatch) == accepted


@pytest.mark.node
def test_the_node_library_gives_every_vectors_verdict(tmp_path: Path) -> None:
    vectors = tmp_path / "vectors.json"
    vectors.write_text(json.dumps({"vectors": [_standard_vector(v) for v in VECTORS]}))
    output = run_node("standard_webhooks_verdicts.mjs", str(vectors), *PROVIDERS)
    node = {item["name"]: item["accepted"] for item in json.loads(output)}
    assert node == {vector["name"]: vector["expect"] == "ok" for vector in VECTORS}
