"""Receiving a webhook in one call, in Python (bankcodes.receive) and Node (bankcodes/webhooks):
signature, typed payload, event type and deduplication key on every published example, secret
rotation, distinct configuration errors, and the replay tolerance of a signed body timestamp. Node
gives the verdicts Python gives (tests/verdicts/published_deliveries.json and
receive_refusals.json)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

import bankcodes
from bankcodes import delivery, payloads, signatures
from bankcodes.errors import ConfigurationError, SignatureError, WebhookError
from bankcodes.lean import PaymentStatus, WebhookEventType
from tests.support.helpers import ROOT, spec_data
from tests.support.sent import sent_at
from tests.support.spec_index import examples
from tests.support.verdicts import Corpus

SECRET = "whsec_receive"
#: (provider, raw body) of every published example of each provider's webhook kind.
DELIVERIES = [
    (kind.split("/")[0], json.dumps(example["data"], ensure_ascii=False).encode())
    for kind in ("lean/webhook", "flinks/webhook", "argyle/webhook")
    for example in examples(kind)
]


def _hmac(key: bytes, body: bytes, algorithm: str) -> bytes:
    return hmac.new(key, body, algorithm).digest()


def _lean(key: bytes, body: bytes) -> str:
    return "sha512=" + _hmac(key, body, "sha512").hex()


def _flinks(key: bytes, body: bytes) -> str:
    return base64.b64encode(_hmac(key, body, "sha256")).decode()


def _argyle(key: bytes, body: bytes) -> str:
    return _hmac(key, body, "sha512").hex()


#: The header and digest of each provider, written from their documentation (not the catalog).
SIGNERS: dict[str, tuple[str, Callable[[bytes, bytes], str]]] = {
    "lean": ("lean-signature", _lean),
    "flinks": ("flinks-authenticity-key", _flinks),
    "argyle": ("X-Argyle-Signature", _argyle),
}


def _signed(provider: str, body: bytes, secret: str = SECRET) -> dict[str, str]:
    name, signer = SIGNERS[provider]
    return {name: signer(secret.encode(), body)}


def _expected_key(provider: str, data: dict[str, Any], body: bytes) -> str:
    """The deduplication key each provider's documentation leads to (written out per provider)."""
    if provider == "lean" and data.get("event_id"):
        return f"lean:id:{data['event_id']}"
    if provider == "flinks" and data.get("RequestId"):
        return f"flinks:id:{data['ResponseType']}|{data['RequestId']}"
    resource = data.get("data", {}).get("resource") if provider == "argyle" else None
    if resource and resource.get("updated_at") and resource.get("status", {}).get("state"):
        verification = data["data"]["verification"]
        state = resource["status"]["state"]
        return f"argyle:id:{data['event']}|{verification}|{resource['updated_at']}|{state}"
    return f"{provider}:body-sha256:{hashlib.sha256(body).hexdigest()}"


@pytest.mark.parametrize(("provider", "body"), DELIVERIES)
def test_every_published_example_is_received(provider: str, body: bytes) -> None:
    data = json.loads(body)
    event = bankcodes.receive(
        provider, body, _signed(provider, body), SECRET, now=sent_at(provider, body)
    )
    assert event.provider == provider
    assert event.kind == f"{provider}/webhook"
    tag = {"lean": "type", "flinks": "ResponseType", "argyle": "event"}[provider]
    assert event.type == data[tag] and event.type.known
    assert event.dedup_key == _expected_key(provider, data, body)
    assert event.dedup_key == delivery.dedup_key(provider, data, body)
    assert event.payload == payloads.validate(f"{provider}/webhook", body)
    assert event.secret_index == 0


def test_the_typed_event_matches_on_the_enums() -> None:
    body = next(b for p, b in DELIVERIES if p == "lean" and b'"payment.created"' in b)
    sent = sent_at("lean", body)
    event = bankcodes.receive("lean", body, _signed("lean", body), SECRET, now=sent)
    assert event.type is WebhookEventType.PAYMENT_CREATED
    codes = {found.path: found.code for found in event.codes()}
    assert codes["$.payload.status"] is PaymentStatus.PENDING_WITH_BANK


@pytest.mark.parametrize("max_bytes", [None, 4 << 20])
def test_a_large_body_within_its_limit_gives_its_codes(max_bytes: int | None) -> None:
    """A compact body under the size limit (whose spaced-out JSON would be over it), or over the
    default limit with a raised one, is received, and its codes are read from it, the status of
    its payload first."""
    count = 90_000 if max_bytes is None else 300_000
    data = {
        "type": "payment.updated",
        "message": "m",
        "timestamp": "2024-01-01T00:00:00Z",
        "event_id": "e-large",
        "payload": {"id": "p", "status": "ACCEPTED_BY_BANK", "notes": ["ACCOUNTS"] * count},
    }
    body = json.dumps(data, separators=(",", ":")).encode()
    spaced = len(json.dumps(data).encode())
    if max_bytes is None:
        assert len(body) < payloads.MAX_BYTES < spaced
    else:
        assert payloads.MAX_BYTES < len(body) < max_bytes
    options: dict[str, Any] = {} if max_bytes is None else {"max_bytes": max_bytes}
    options["now"] = sent_at("lean", body)
    event = bankcodes.receive("lean", body, _signed("lean", body), SECRET, **options)
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.payload.status"
    assert decisive.code is PaymentStatus.ACCEPTED_BY_BANK
    assert [found.path for found in event.codes()] == ["$.payload.status", "$.type"]


def test_a_str_body_is_its_utf8_bytes() -> None:
    body = (
        '{"type": "results.ready", "payload": {"id": "r1"}, "message": "pr\u00eat", '
        '"event_id": "e-1"}'
    )
    event = bankcodes.receive("lean", body, _signed("lean", body.encode()), SECRET)
    assert event.dedup_key == "lean:id:e-1"


def test_rotation_accepts_the_old_and_the_new_secret() -> None:
    provider, body = DELIVERIES[0]
    for secret, index in (("old-secret", 1), ("new-secret", 0)):
        event = bankcodes.receive(
            provider,
            body,
            _signed(provider, body, secret),
            ["new-secret", "old-secret"],
            now=sent_at(provider, body),
        )
        assert event.secret_index == index
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive(provider, body, _signed(provider, body, "gone"), ["new", "old"])
    assert raised.value.reason == "mismatch"


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        *((None, "empty_secret"), ("", "empty_secret"), ("  ", "empty_secret")),
        *(([], "empty_secret"), (["ok", None], "empty_secret")),
        *(("\ud800", "bad_secret"), (3, "bad_secret")),
    ],
)
def test_a_missing_or_malformed_secret_is_never_a_signature_error(
    secret: object, reason: str
) -> None:
    provider, body = DELIVERIES[0]
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive(provider, body, _signed(provider, body), secret)  # type: ignore[call-overload]
    assert raised.value.reason == reason
    assert isinstance(raised.value, WebhookError) and not isinstance(raised.value, SignatureError)


def test_an_unknown_provider_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive("acme", b"{}", {}, SECRET)
    assert raised.value.reason == "unknown_provider"


def test_a_forged_body_is_a_signature_error_and_a_bad_signed_body_a_payload_error() -> None:
    provider, body = DELIVERIES[0]
    with pytest.raises(SignatureError):
        bankcodes.receive(provider, body + b" ", _signed(provider, body), SECRET)
    bad = b'{"type": 5}'
    with pytest.raises(payloads.PayloadError) as raised:
        bankcodes.receive(provider, bad, _signed(provider, bad), SECRET)
    assert raised.value.reason == "invalid_payload" and raised.value.problems
    unknown = b'{"type": "brand.new", "payload": {}, "message": "m"}'
    assert bankcodes.receive(provider, unknown, _signed(provider, unknown), SECRET).type == (
        "brand.new"
    )
    with pytest.raises(payloads.PayloadError):
        bankcodes.receive(provider, unknown, _signed(provider, unknown), SECRET, strict=True)


LEAN_AT = (
    b'{"type": "results.ready", "payload": {"id": "r1"}, "message": "m", '
    b'"timestamp": "2026-05-12T14:34:40.391243281Z"}'
)
SENT = datetime.datetime(2026, 5, 12, 14, 34, 40, 391243, tzinfo=datetime.UTC)


def test_a_tolerance_refuses_a_stale_signed_lean_timestamp() -> None:
    headers = _signed("lean", LEAN_AT)
    fresh = SENT + datetime.timedelta(seconds=200)
    assert bankcodes.receive("lean", LEAN_AT, headers, SECRET, tolerance=300, now=fresh)
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive(
            "lean", LEAN_AT, headers, SECRET, tolerance=60, now=SENT + datetime.timedelta(hours=1)
        )
    assert raised.value.reason == "stale_timestamp"
    undated = b'{"type": "results.ready", "payload": {"id": "r1"}, "message": "m"}'
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("lean", undated, _signed("lean", undated), SECRET, tolerance=60)
    assert raised.value.reason == "missing_timestamp"
    for bad in (0, -1, "60", float("nan"), float("inf")):
        with pytest.raises(ConfigurationError) as bad_raised:
            bankcodes.receive("lean", LEAN_AT, headers, SECRET, tolerance=bad)  # type: ignore[arg-type]
        assert bad_raised.value.reason == "bad_tolerance"


@pytest.mark.parametrize("provider", ["flinks", "argyle"])
def test_a_tolerance_is_refused_where_no_timestamp_is_signed(provider: str) -> None:
    body = next(b for p, b in DELIVERIES if p == provider)
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive(provider, body, _signed(provider, body), SECRET, tolerance=300)
    assert raised.value.reason == "no_signed_timestamp"


def test_the_delivery_contract_is_exposed_as_published() -> None:
    # Typed from the providers' pages (see spec sources lean-webhooks, flinks-webhooks-intro).
    lean, flinks, argyle = (delivery.DELIVERY[p] for p in ("lean", "flinks", "argyle"))
    assert (lean.success_status, lean.timeout_seconds) == (200, 10)
    assert lean.retry_schedule_minutes == (1, 2, 5, 10, 60, 180)
    assert (flinks.retry_interval_minutes, flinks.max_attempts) == (30, 10)
    assert "34.27.251.226" in argyle.addresses and len(argyle.addresses) == 4
    # Plaid signs a timestamp (the JWT's iat), Stripe its header's t= and TrueLayer its
    # X-Tl-Webhook-Timestamp header (spec sources plaid-webhook-verification,
    # stripe-python-webhook, truelayer-signing-request-signing-v2); Lean, Flinks and MX do not.
    signed = {p for p, d in delivery.DELIVERY.items() if d.signed_timestamp}
    assert {"plaid", "stripe", "truelayer"} <= signed
    assert not signed & {"lean", "flinks", "mx"}
    # Plaid's deliveries time out after 10 s (plaid-support-webhook-retries).
    assert (
        delivery.DELIVERY["plaid"].success_status,
        delivery.DELIVERY["plaid"].timeout_seconds,
    ) == (
        200,
        10,
    )
    assert all(d.sources for d in delivery.DELIVERY.values())


@pytest.mark.subprocess
def test_importing_bankcodes_and_receive_stays_free_of_pydantic() -> None:
    code = "import sys, bankcodes; bankcodes.receive; print('pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_sign_gives_the_headers_a_delivery_carries() -> None:
    for provider, body in DELIVERIES:
        assert bankcodes.sign(provider, body, SECRET) == _signed(provider, body)


def _published(item: dict[str, Any]) -> dict[str, Any]:
    """A published example received with two secrets, the second the one it is signed with."""
    now = None if item["now"] is None else datetime.datetime.fromisoformat(item["now"])
    body = item["body"].encode("utf-8")
    event = bankcodes.receive(item["provider"], body, item["headers"], item["secret"], now=now)
    return {"type": str(event.type), "dedupKey": event.dedup_key, "index": event.secret_index}


def _published_cases() -> dict[str, dict[str, Any]]:
    cases = {}
    for number, (provider, body) in enumerate(DELIVERIES, 1):
        sent = sent_at(provider, body)
        cases[f"{provider} {number}"] = {
            "now": None if sent is None else sent.isoformat(),
            "provider": provider,
            # Text bodies, as fetch-style handlers read them (await request.text()).
            "body": body.decode("utf-8"),
            "headers": _signed(provider, body),
            "secret": ["other", SECRET],
        }
    return cases


#: Every published example of Lean's, Flinks's and Argyle's webhooks, received alike.
PUBLISHED = Corpus("published_deliveries", lambda: _published_cases().items(), _published)


def test_python_gives_the_committed_verdicts_on_every_published_example() -> None:
    for item in PUBLISHED.given().values():
        assert _published(item)["index"] == 1
    PUBLISHED.check()


def _refusal(item: dict[str, Any]) -> object:
    """ "ok", or the error's class and reason; for a case that asks what was said, the class
    and the message, or (`shown`) whether a line break given stays on the message's one line."""
    options: dict[str, Any] = {
        "now": None if item["now"] is None else datetime.datetime.fromisoformat(item["now"]),
        "tolerance": item["tolerance"],
        "max_bytes": item["max_bytes"],
    }
    given = {key: value for key, value in options.items() if value is not None}
    body = item["body"].encode("utf-8")
    try:
        bankcodes.receive(item["provider"], body, item["headers"], item["secret"], **given)
    except WebhookError as error:
        if item["said"] == "shown":
            return "\n" not in str(error) and "\\n" in str(error)
        if item["said"]:
            return f"{type(error).__name__}: {error}"
        return f"{type(error).__name__}:{error.reason}"
    return "ok"


def _refusal_cases() -> dict[str, dict[str, Any]]:
    lean = LEAN_AT.decode()
    signed = _signed("lean", LEAN_AT)
    base: dict[str, Any] = {"provider": "lean", "body": lean, "headers": signed}
    base |= {"secret": SECRET, "now": None, "tolerance": None, "max_bytes": None, "said": False}
    later = (SENT + datetime.timedelta(hours=1)).isoformat()
    sooner = (SENT + datetime.timedelta(seconds=200)).isoformat()
    cases = {
        "no secret": {**base, "secret": None},
        "blank secret": {**base, "secret": " \t"},
        "lone surrogate secret": {**base, "secret": "abc\ud800"},
        "unknown provider": {**base, "provider": "acme"},
        "unknown provider, shown": {**base, "provider": "ac\nme", "said": "shown"},
        "argyle tolerance": {**base, "provider": "argyle", "tolerance": 60},
        "stale": {**base, "tolerance": 60, "now": later},
        "fresh": {**base, "tolerance": 300, "now": sooner},
        "forged": {**base, "body": lean + " "},
        "forged and over the limit": {**base, "body": lean + " ", "max_bytes": len(lean)},
        "not JSON": {**base, "body": "{", "headers": _signed("lean", b"{")},
    }
    for provider in SILENT:
        cases[f"{provider}, which signs nothing"] = {**base, "provider": provider, "said": True}
    return cases


#: Mistakes of configuration and replays, and every provider that signs nothing, alike.
REFUSALS = Corpus("receive_refusals", lambda: _refusal_cases().items(), _refusal)
#: The providers of the catalog with no signing scheme.
SILENT = [name for name, entry in spec_data()["providers"].items() if entry.get("signing") is None]


def test_python_gives_the_committed_verdicts_on_configuration_and_replay() -> None:
    providers = spec_data()["providers"]
    outcomes = REFUSALS.python()
    # A provider of the catalog with no signing scheme: one message in both languages, saying
    # that it sends none, or, where it sends webhooks the catalog does not describe, why.
    for provider in SILENT:
        undescribed = providers[provider].get("webhooks_undescribed")
        expected = (
            f"unknown_provider: {provider} sends no webhooks"
            if undescribed is None
            else f"unknown_provider: {provider} sends webhooks, but bankcodes does not describe "
            f"how they are authenticated: {undescribed['reason']}"
        )
        said = outcomes.pop(f"{provider}, which signs nothing")
        assert said.startswith(f"ConfigurationError: {expected}"), said
    assert outcomes == {
        "no secret": "ConfigurationError:empty_secret",
        "blank secret": "ConfigurationError:empty_secret",
        "lone surrogate secret": "ConfigurationError:bad_secret",
        "unknown provider": "ConfigurationError:unknown_provider",
        "unknown provider, shown": True,
        "argyle tolerance": "ConfigurationError:no_signed_timestamp",
        "stale": "SignatureError:stale_timestamp",
        "fresh": "ok",
        "forged": "SignatureError:mismatch",
        # The size first: verifying a signature costs a multiple of the body.
        "forged and over the limit": "PayloadError:invalid_payload",
        "not JSON": "PayloadError:invalid_payload",
    }
    REFUSALS.check()


def test_the_node_receiver_needs_no_node_crypto() -> None:
    source = (ROOT / "codegen" / "runtime" / "typescript" / "webhooks.ts").read_text()
    assert "node:" not in source and not re.search(r"\bBuffer\b", source)


def test_sign_takes_the_instant_it_signs_at() -> None:
    """bankcodes.sign takes `now=` as bankcodes.signatures.sign does: a JWT issued an hour ago is
    refused as stale at the instant of receipt, and accepted at its own instant."""
    keys = json.loads((ROOT / "generated" / "fixtures" / "webhooks" / "test-keys.json").read_text())
    body = b'{"webhook_type": "ITEM", "webhook_code": "WEBHOOK_UPDATE_ACKNOWLEDGED"}'
    issued = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    headers = bankcodes.sign("plaid", body, keys["jwt_private_jwk"], now=issued)
    same = signatures.sign("plaid", body, keys["jwt_private_jwk"], now=issued)
    # ES256 signatures are randomised: the signed header and claims are the same.
    assert (
        headers["Plaid-Verification"].rsplit(".", 1)[0]
        == (same["Plaid-Verification"].rsplit(".", 1)[0])
    )
    public = keys["jwt_public_jwk"]
    event = bankcodes.receive("plaid", body, headers, public, now=issued)
    assert str(event.type) == "ITEM"
    later = issued + datetime.timedelta(hours=1)
    with pytest.raises(bankcodes.SignatureError) as refused:
        bankcodes.receive("plaid", body, headers, public, now=later)
    assert refused.value.reason == "stale_timestamp"
