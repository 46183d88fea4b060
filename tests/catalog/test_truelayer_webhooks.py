"""TrueLayer's webhooks, signed and received: the Tl-Signature (a detached ES512 JWS), the two
addresses of TrueLayer's key sets, deduplication, age, delivery retries, and the signed fixtures
of the published bodies. Read from its webhook pages (webhook-notifications-for-payments-v3,
set-up-webhook-notifications-payments-v2, both retrieved 2026-11-25, and the
verify-webhook-signatures guide) and these pinned files:

- TrueLayer/truelayer-signing@95fdf17 (request-signing-v2.md, test-resources/, php/README.md,
  python/examples/webhook-server/main.py and README.md): the Tl-Signature and the two addresses
  of TrueLayer's key sets;
- TrueLayer/truelayer-php@a720f99 (tests/integration/Mocks/WebhookPayload.php).

The published webhook bodies are in tests/support/truelayer_sources.py; the signed fixtures and
bankcodes' test key pair in generated/fixtures/webhooks/. Expected values are typed from those
pages and files, never from the catalog."""

from __future__ import annotations

import base64
import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import truelayer_signing as tl

import bankcodes
from bankcodes import SignatureError, UnknownCode, payloads, signatures, truelayer
from bankcodes.errors import ConfigurationError
from tests.support.helpers import ROOT, spec_data
from tests.support.keys import p521_pem
from tests.support.truelayer_sources import WEBHOOKS, published_webhooks

# --- the key sets' addresses ---------------------------------------------------------------

#: python/examples/webhook-server/main.py@95fdf17, valid_jkus (its lines 46-49); php/README.md
#: lists the same two: "for sandbox: https://webhooks.truelayer-sandbox.com/.well-known/jwks",
#: "for production: https://webhooks.truelayer.com/.well-known/jwks".
PRODUCTION = "https://webhooks.truelayer.com/.well-known/jwks"
SANDBOX = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"

FIXTURES = ROOT / "generated" / "fixtures" / "webhooks"
#: bankcodes' published test key pair (P-521), the jws_private_jwk and jws_public_jwk of
#: generated/fixtures/webhooks/test-keys.json.
TEST_KEYS: dict[str, Any] = json.loads((FIXTURES / "test-keys.json").read_text(encoding="utf-8"))
PRIVATE: dict[str, str] = TEST_KEYS["jws_private_jwk"]
JWKS = {"keys": [TEST_KEYS["jws_public_jwk"]]}
PATH = "/webhooks/truelayer"
#: 2025-01-01T00:00:00Z.
NOW = 1_735_689_600

# --- webhooks: Tl-Signature ------------------------------------------------------------------


def _jws_header(signature: str) -> dict[str, Any]:
    head = signature.split("..")[0]
    found: dict[str, Any] = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    return found


def _signed_at(jku: str, body: bytes, stamp: str = "2025-01-01T00:00:00Z") -> dict[str, str]:
    """A delivery signed with the test key by TrueLayer's own library, naming the key set at
    `jku`: a valid signature whatever the address."""
    signer = tl.sign_with_pem(PRIVATE["kid"], p521_pem(PRIVATE)).set_jku(jku)
    signer.set_method(tl.HttpMethod.POST).set_path(PATH)
    signer.add_headers({"X-Tl-Webhook-Timestamp": stamp}).set_body(body.decode("utf-8"))
    return {"X-Tl-Webhook-Timestamp": stamp, "Tl-Signature": signer.sign()}


def _body(event: str) -> bytes:
    return json.dumps(WEBHOOKS[event][0]).encode()


def _scheme() -> signatures.JwsScheme:
    scheme = signatures.scheme_of("truelayer")
    assert isinstance(scheme, signatures.JwsScheme)
    return scheme


def test_the_signature_scheme_is_truelayers() -> None:
    scheme = _scheme()
    # webhook-notifications-for-payments-v3: "TL-Signature | string | JSON web signature with a
    # detached payload of the form {HEADER}..{SIGNATURE}"; request-signing-v2.md: "We only
    # support ES512"; "X-TL-Webhook-Timestamp | ISO-8601 Timestamp | Time that the webhook was
    # sent to you."
    assert scheme.scheme == "jws"
    assert scheme.header.lower() == "tl-signature"
    assert scheme.algorithm == "ES512"
    assert (scheme.timestamp_header or "").lower() == "x-tl-webhook-timestamp"


def test_the_two_allowed_key_set_addresses_are_truelayers() -> None:
    allowed = {PRODUCTION, SANDBOX}
    assert set(_scheme().allowed_jku) == allowed
    assert len(_scheme().allowed_jku) == 2
    assert set(spec_data()["providers"]["truelayer"]["signing"]["allowed_jku"]) == allowed


def test_a_signature_naming_another_key_set_is_refused_unfetched() -> None:
    """main.py: "extract and ensure jku is an expected TrueLayer url" before requests.get(jku):
    a signature naming any other address is refused before the key function is asked."""
    body = _body("payment_executed")
    asked: list[str] = []

    def keys(jku: str) -> dict[str, Any]:
        asked.append(jku)
        return JWKS

    lookalikes = [
        "https://webhooks.truelayer.com.attacker.example/.well-known/jwks",
        "https://attacker.example/.well-known/jwks",
        "http://webhooks.truelayer.com/.well-known/jwks",
        PRODUCTION + "/",
    ]
    for jku in lookalikes:
        headers = _signed_at(jku, body)
        # The signature itself is good: only its jku is not TrueLayer's.
        assert _jws_header(headers["Tl-Signature"])["jku"] == jku
        with pytest.raises(SignatureError) as raised:
            bankcodes.receive("truelayer", body, headers, keys, path=PATH)
        assert raised.value.reason == "unknown_key", jku
    assert asked == []
    # Each of TrueLayer's two addresses is asked for, and verifies.
    for jku in (PRODUCTION, SANDBOX):
        event = bankcodes.receive("truelayer", body, _signed_at(jku, body), keys, path=PATH)
        assert event.signed and event.type is truelayer.WebhookType.payment_executed
    assert asked == [PRODUCTION, SANDBOX]


def test_truelayers_own_webhook_vector_verifies() -> None:
    # truelayer-signing@95fdf17 test-resources/: webhook-signature.txt, signed by
    # ec512-private.pem with "jku: https://webhooks.truelayer.com/.well-known/jwks", method POST,
    # path /tl-webhook, headers X-Tl-webhook-Timestamp and Content-Type, and the body below;
    # jwks.json's EC key (kid 45fc75cf-5649-4134-84b3-192c2c78e990).
    signature = (
        "eyJhbGciOiJFUzUxMiIsImtpZCI6IjQ1ZmM3NWNmLTU2NDktNDEzNC04NGIzLTE5MmMyYzc4ZTk5MCIsInRsX3"
        "ZlcnNpb24iOiIyIiwidGxfaGVhZGVycyI6IlgtVGwtV2ViaG9vay1UaW1lc3RhbXAsQ29udGVudC1UeXBlIiwi"
        "amt1IjoiaHR0cHM6Ly93ZWJob29rcy50cnVlbGF5ZXIuY29tLy53ZWxsLWtub3duL2p3a3MifQ..AB9S1dzZTm"
        "w0tofUjJNGO7Kt_jZsahPyIrBTdhfxBWOI3KoLALkMy6ka1MjpZQx06_hQUJnanu9K_LS6V9lNaNGiAX5Cos5R"
        "WQfbeBCZWqAvIpXO3FvIzyJKRaTYK8FBG4lfJYPi76_pIkCLGKWeq8__7ElpMVRcLTM5IBKWL8isVZn_"
    )
    jwks = {
        "keys": [
            {
                "kty": "EC",
                "alg": "ES512",
                "kid": "45fc75cf-5649-4134-84b3-192c2c78e990",
                "crv": "P-521",
                "x": "oLuW4nFqoUuR8d7FVsUoI62libYdQlWGtLStnqdudLY92bQ0ra5eZAbkunrGTR9-w9mr4o2Etyb6"
                "pC7YB2-23WM",
                "y": "AX1cjkGMiltikPrkX49qwuJDdcETaTsj-kyFP8jsF9W5XAB3Z4tBiQtc72DQnJYeKyAV_T6qZTtF"
                "KFr-Tp4iu-j7",
            }
        ]
    }
    headers = {
        "X-Tl-webhook-Timestamp": "2021-11-29T11:42:55Z",
        "Content-Type": "application/json",
        "Tl-Signature": signature,
    }
    body = b'{"event_type":"example","event_id":"18b2842b-a57b-4887-a0a6-d3c7c36f1020"}'
    assert _jws_header(signature)["jku"] == PRODUCTION
    assert signatures.verify("truelayer", body, headers, jwks, path="/tl-webhook") == "Tl-Signature"
    # "Modifying the X-Tl-Webhook-Timestamp header, the body or the path will cause the above
    # signature to be invalid." (python/examples/webhook-server/README.md).
    changed = [
        (body.replace(b"example", b"examples"), headers, "/tl-webhook"),
        (body, {**headers, "X-Tl-webhook-Timestamp": "2021-11-29T11:42:56Z"}, "/tl-webhook"),
        (body, headers, "/tl-webhook-2"),
    ]
    for each, request_headers, path in changed:
        with pytest.raises(SignatureError) as raised:
            signatures.verify("truelayer", each, request_headers, jwks, path=path)
        assert raised.value.reason == "mismatch"


def test_bankcodes_signs_as_truelayer_does() -> None:
    body = _body("payment_authorized")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    # webhook-notifications-for-payments-v3: "in the following format: 2020-05-18T10:17:47Z".
    assert headers["X-Tl-Webhook-Timestamp"] == "2025-01-01T00:00:00Z"
    # request-signing-v2.md: alg ES512, kid, tl_version "2", tl_headers; test-resources: jku.
    head = _jws_header(headers["Tl-Signature"])
    assert (head["alg"], head["tl_version"], head["jku"]) == ("ES512", "2", PRODUCTION)
    assert head["kid"] == PRIVATE["kid"]
    signed_headers = [name.lower() for name in head["tl_headers"].split(",")]
    assert "x-tl-webhook-timestamp" in signed_headers
    # "<Base64URLSafeEncoding(JOSEHeader)>..<Base64URLSafeEncoding(signature)>".
    assert headers["Tl-Signature"].count("..") == 1
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    assert (event.signed, event.header, event.algorithm) == (True, "Tl-Signature", "ES512")
    assert event.type is truelayer.WebhookType.payment_authorized
    assert type(event.payload).__name__ == "PaymentAuthorizedWebhook"
    # The docs' casing of the headers (TL-Signature, X-TL-Webhook-Timestamp) verifies too.
    docs_casing = {
        "TL-Signature": headers["Tl-Signature"],
        "X-TL-Webhook-Timestamp": headers["X-Tl-Webhook-Timestamp"],
    }
    assert bankcodes.receive("truelayer", body, docs_casing, JWKS, path=PATH).signed


def test_a_forged_delivery_is_refused() -> None:
    body = _body("payment_failed")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    # verify-webhook-signatures: "you must not change the content of the body in any way".
    forged_body = body.replace(b"provider_rejected", b"user_canceled_at_provider")
    # Another P-521 key that claims the test key's kid.
    from cryptography.hazmat.primitives.asymmetric import ec

    other = ec.generate_private_key(ec.SECP521R1()).private_numbers().private_value
    impostor = {**PRIVATE, "d": base64.urlsafe_b64encode(other.to_bytes(66, "big")).decode()}
    forgeries: list[tuple[bytes, dict[str, str], str]] = [
        (forged_body, headers, PATH),
        (body, bankcodes.sign("truelayer", body, impostor, path=PATH, now=NOW), PATH),
        (body, headers, "/webhooks/another"),
        (body, {**headers, "X-Tl-Webhook-Timestamp": "2025-01-01T00:00:01Z"}, PATH),
    ]
    for each, request_headers, path in forgeries:
        with pytest.raises(SignatureError) as raised:
            bankcodes.receive("truelayer", each, request_headers, JWKS, path=path)
        assert raised.value.reason == "mismatch"
    # The path is signed, so it must be given.
    with pytest.raises(ConfigurationError) as missing:
        bankcodes.receive("truelayer", body, headers, JWKS)
    assert missing.value.reason == "missing_path"


def test_a_replay_and_a_retry_give_one_dedup_key() -> None:
    # webhook-notifications-for-payments-v3: "event_id | string | A UUID for the event".
    body = _body("refund_failed")
    first = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    again = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW + 3600)
    keys = {
        bankcodes.receive("truelayer", body, headers, JWKS, path=PATH).dedup_key
        for headers in (first, first, again)
    }
    assert keys == {"truelayer:id:f6321c84-1797-4e66-acd4-d768c09f9edf"}
    # The published mandate_authorized has no event_id: its raw body is the key.
    mandate = _body("mandate_authorized")
    signed = bankcodes.sign("truelayer", mandate, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", mandate, signed, JWKS, path=PATH)
    assert event.dedup_key.startswith("truelayer:body-sha256:")
    assert (
        event.dedup_key
        == bankcodes.receive("truelayer", mandate, signed, JWKS, path=PATH).dedup_key
    )


def test_no_age_is_checked_unless_asked() -> None:
    # TrueLayer publishes no tolerance for X-TL-Webhook-Timestamp, a signed header: a delivery
    # signed an hour ago verifies by default, and is stale under a tolerance asked for.
    body = _body("payout_executed")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    later = datetime.datetime.fromtimestamp(NOW + 3600, datetime.UTC)
    assert bankcodes.receive("truelayer", body, headers, JWKS, path=PATH, now=later).signed
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("truelayer", body, headers, JWKS, path=PATH, now=later, tolerance=300)
    assert raised.value.reason == "stale_timestamp"
    contract = bankcodes.delivery.DELIVERY["truelayer"]
    assert contract.default_tolerance_seconds is None and contract.signed_timestamp
    assert contract.dedup == ((("event_id",),),)


def test_the_delivery_retry_facts_truelayer_publishes() -> None:
    # set-up-webhook-notifications-payments-v2: "successfully delivered when we receive a
    # success status code (2xx)"; "Our retry policy is jittered exponential backoff. ... We
    # will keep retrying for up to 72 hours." No single status, schedule, interval or count:
    # the contract records none, and its notes say what is published.
    contract = bankcodes.delivery.DELIVERY["truelayer"]
    assert contract.success_status is None
    assert (contract.retry_schedule_minutes, contract.retry_interval_minutes) == (None, None)
    assert contract.max_attempts is None
    notes = spec_data()["providers"]["truelayer"]["delivery"]["notes"]
    assert "2xx" in notes and "72 hours" in notes and "jittered exponential backoff" in notes


def test_an_event_type_truelayer_adds_later_is_received_as_unknown() -> None:
    # WebhookPayload.php, unknownType().
    later = {"type": "foo", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941"}
    body = json.dumps(later).encode()
    assert payloads.recognise(later)[0] == "truelayer/webhook"
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    assert isinstance(event.type, UnknownCode) and event.type.value == "foo"
    assert type(event.payload).__name__ == "OtherWebhook"
    assert event.dedup_key == "truelayer:id:b8d4dda0-ff2c-4d77-a6da-4615e4bad941"


def test_a_failure_reason_not_known_yet_gives_way_to_a_failed_type() -> None:
    # A payment_failed webhook reports the payment status failed; a failure reason TrueLayer adds
    # later is kept, and the type decides as the status it reports: a failure, not a notice.
    failed = {
        "type": "payment_failed",
        "event_version": 1,
        "event_id": "e-2",
        "payment_id": "p-1",
        "failure_stage": "authorizing",
        "failure_reason": "a_reason_added_later",
    }
    body = json.dumps(failed).encode()
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.type"
    assert decisive.code is truelayer.WebhookType.payment_failed
    assert decisive.code.category is truelayer.PaymentStatus.failed.category
    assert (
        truelayer.WebhookType.payment_settled.category is truelayer.PaymentStatus.settled.category
    )
    assert (
        truelayer.WebhookType.mandate_revoked.category is truelayer.MandateStatus.revoked.category
    )
    assert truelayer.WebhookType.payment_link_disabled.category is bankcodes.Category.INFORMATIONAL


def test_a_type_named_without_a_schema_is_received_leniently_and_refused_strictly() -> None:
    # payments-v3-webhook-notifications-accordion names external_payment_received among the
    # webhook types; no body of it is published, so the catalog has no schema of its fields and
    # strict validation cannot check it.
    received = {"type": "external_payment_received", "event_version": 1, "event_id": "e-1"}
    body = json.dumps(received).encode()
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    assert event.type is truelayer.WebhookType("external_payment_received")
    with pytest.raises(payloads.PayloadError) as refused:
        bankcodes.receive("truelayer", body, headers, JWKS, path=PATH, strict=True)
    (problem,) = refused.value.problems
    assert problem.path == "$.type"
    assert problem.message.startswith(
        "type 'external_payment_received' has no schema of its own here"
    )


#: The fixtures of TrueLayer's published webhooks (the others are bodies built from the
#: catalog's schema of an event type TrueLayer publishes no example of, titled so).
FIXTURE_FILES = sorted(
    path
    for path in (FIXTURES / "truelayer").glob("*.json")
    if "built from the catalog's schema"
    not in json.loads(path.read_text(encoding="utf-8"))["title"]
)


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[path.stem for path in FIXTURE_FILES])
def test_each_signed_fixture_is_a_published_body_and_verifies(fixture: Path) -> None:
    data = json.loads(fixture.read_text(encoding="utf-8"))
    body = json.loads(data["body"])
    (path, value) = next((p, v) for published, p, v in published_webhooks() if published == body)
    verify_with = data["verify_with"]
    received = bankcodes.receive(
        "truelayer",
        data["body"].encode(),
        data["headers"],
        verify_with["jwks"],
        path=verify_with["path"],
    )
    assert received.signed and received.type is truelayer.WebhookType(body["type"])
    decisive = received.decisive_code()
    assert decisive is not None and (decisive.path, decisive.code.value) == (path, value)
    assert not isinstance(decisive.code, UnknownCode)
    if "event_id" in body:
        assert received.dedup_key == f"truelayer:id:{body['event_id']}"
    stamp = data["headers"]["X-Tl-Webhook-Timestamp"]
    assert datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).tzinfo is not None
    with pytest.raises(SignatureError):
        bankcodes.receive(
            "truelayer",
            data["body"].encode() + b" ",
            data["headers"],
            verify_with["jwks"],
            path=verify_with["path"],
        )


def test_every_published_example_has_its_fixture() -> None:
    signed = [
        json.loads(json.loads(path.read_text(encoding="utf-8"))["body"]) for path in FIXTURE_FILES
    ]
    published = [body for body, _, _ in published_webhooks()]
    assert sorted(map(json.dumps, signed)) == sorted(map(json.dumps, published))
