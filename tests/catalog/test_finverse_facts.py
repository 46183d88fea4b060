"""Finverse's facts, typed from its TypeScript SDK (finversetech/sdk-typescript at
45944510ac521b70c2947c4e2ac24299221fb630): the enums of api.ts (generated from Finverse's OpenAPI
description), the README's flows and the SDK's test response of GET /login_identity. The
SDK's enums list their values by name alone: the catalog's descriptions are its own reading. A
login identity's answer is read by from_exception over httpx from a server on loopback (the SDK
is axios; Finverse publishes no Python client). How a webhook is signed is typed from Finverse's
integrations repository (finversetech/integrations at 1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3:
storeganise/index.js, handler.js and README.md), and its bodies from that repository's tests at
69048614447d01c6e3aed21bcbfedfacfc0a8e8a (storeganise/sdk/finverse.test.js: a body Finverse signed
and its FV-Signature; handler.test.js: the bodies its handler is given) and at
520f4cbcbd3d4c9882ac3bb311bfaa832c6cf883 (handler.test.js, a payment link's other event)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.helpers import counts, provider_module, run_node, spec_data

finverse = provider_module("finverse")

#: The enums of api.ts, each in the file's order.
LOGIN_IDENTITY_STATUS = [
    "UNKNOWN",
    "ERROR",
    "LINKING",
    "AUTHENTICATING",
    "CONNECTION_COMPLETE",
    "CONNECTION_IN_PROGRESS",
    "DATA_RETRIEVAL_IN_PROGRESS",
    "DATA_AVAILABLE",
    "DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL",
    "DATA_RETRIEVAL_COMPLETE",
    "REFRESHING",
    "UNLINKED",
    "UNLINK_SUCCEEDED",
    "UNLINK_FAILED",
]
PAYMENT_STATUS = [
    "AUTHORIZATION_REQUIRED",
    "AUTHORIZING",
    "PROCESSING",
    "SUBMITTED",
    "EXECUTED",
    "FAILED",
    "REVOKED",
    "CANCELLED",
    "CREATED",
]
MANDATE_STATUS = [
    "AUTHORIZATION_REQUIRED",
    "AUTHORIZING",
    "PROCESSING",
    "SUBMITTED",
    "SUCCEEDED",
    "FAILED",
    "REVOKED",
    "READY_TO_SUBMIT",
    "CLOSED",
    "CANCELLED",
]
PAYMENT_LINK_SESSION_STATUS = ["OPEN", "PROCESSING", "COMPLETE", "FAILED"]

#: The SDK's test response of GET /login_identity (test/responses/loginIdentity.ts), in part.
LOGIN_IDENTITY: dict[str, Any] = {
    "institution": {"institution_id": "testbank", "institution_name": "TestBank HK"},
    "login_identity": {
        "authentication_status": {"status": "AUTHENTICATED", "status_details": "AUTHENTICATED"},
        "customer_app_id": "any_customer_app_id",
        "error": {},
        "login_identity_id": "01FNZ0RP2MWD0SNFBXT8VJ65PE",
        "status": "DATA_RETRIEVAL_COMPLETE",
        "user_id": "01FN8TJ92X38QF7B4N5HRP8X3K",
        "webhook": "https://example.com/callback",
    },
}


def test_the_sdks_status_enums_in_their_order() -> None:
    assert [m.value for m in finverse.LoginIdentityStatus] == LOGIN_IDENTITY_STATUS
    assert [m.value for m in finverse.PaymentStatus] == PAYMENT_STATUS
    assert [m.value for m in finverse.MandateStatus] == MANDATE_STATUS
    assert [m.value for m in finverse.PaymentLinkSessionStatus] == PAYMENT_LINK_SESSION_STATUS
    for member in finverse.LoginIdentityStatus:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "bankcodes", member


def test_an_errors_type_is_the_sdks_error_category() -> None:
    # api.ts: export const FinverseErrorCategory = {LinkError: 'LINK_ERROR', ApiError: 'API_ERROR'}
    assert [member.value for member in finverse.ErrorType] == ["LINK_ERROR", "API_ERROR"]
    assert counts("finverse-sdk-api")["finverse.error_type"] == (2, 2)
    for member in finverse.ErrorType:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "bankcodes", member


def test_a_payment_succeeds_as_executed_and_a_mandate_as_succeeded() -> None:
    assert bankcodes.classify("finverse", "EXECUTED") is Category.SUCCESS
    assert finverse.MandateStatus("SUCCEEDED").category is Category.SUCCESS
    assert isinstance(finverse.PaymentStatus.parse("SUCCEEDED"), bankcodes.UnknownCode)
    assert isinstance(finverse.MandateStatus.parse("EXECUTED"), bankcodes.UnknownCode)


def test_the_readmes_final_statuses_end_its_polling() -> None:
    """The README polls the login identity until ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL or
    DATA_RETRIEVAL_COMPLETE; of a payment link's session: "If `COMPLETE` → success"."""
    final = ["ERROR", "DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL", "DATA_RETRIEVAL_COMPLETE"]
    waited = [*LOGIN_IDENTITY_STATUS[2:8], "REFRESHING"]  # LINKING to DATA_AVAILABLE
    categories = {m.value: m.category for m in finverse.LoginIdentityStatus}
    assert [categories[status] is Category.PENDING for status in final] == [False] * 3
    assert [categories[status] for status in waited] == [Category.PENDING] * len(waited)
    assert finverse.LoginIdentityStatus("DATA_RETRIEVAL_COMPLETE").category is Category.SUCCESS
    # Its loop stops at a partial retrieval and reads the accounts: nothing is retried.
    partial = finverse.LoginIdentityStatus("DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL")
    assert bankcodes.decide(partial).next_step == "none"
    assert finverse.PaymentLinkSessionStatus("COMPLETE").category is Category.SUCCESS


def test_the_sdks_login_identity_is_finverses_and_decided_by_its_status() -> None:
    assert payloads.identify(LOGIN_IDENTITY).kinds == ("finverse/login-identity",)
    found = payloads.decisive_code("finverse/login-identity", LOGIN_IDENTITY)
    assert found is not None and found.path == "$.login_identity.status"
    assert found.code is finverse.LoginIdentityStatus("DATA_RETRIEVAL_COMPLETE")
    decision = bankcodes.decide(found.code)
    assert decision.next_step == "none"


#: A P-256 key pair of the test's own, which signs as Finverse signs.
KEY = ec.generate_private_key(ec.SECP256R1())
PUBLIC = (
    KEY.public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)

#: storeganise/index.js's verifyFinverseSignature: the public key it checks FV-Signature with.
FINVERSE_PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuZId/6U0gKLodSihwC/EuMGtULx8
G3r7X7nZ3KWO5uNVtRTC64MH/1faq9zRp/2iIjCT8erSxiyO6y8wnlqMqw==
-----END PUBLIC KEY-----"""


def test_the_signing_scheme_is_the_integrations() -> None:
    """index.js reads req.headers['fv-signature'], base64-decodes it and checks the raw body
    alone with crypto.createVerify('SHA256') and the key above, an EC key on P-256."""
    scheme = signatures.SCHEMES["finverse"]
    assert isinstance(scheme, signatures.PublishedKeyScheme)
    assert (scheme.signature_header, scheme.algorithm, scheme.encoding, scheme.separator) == (
        "FV-Signature",
        "ECDSA-SHA256",
        "base64",
        None,
    )
    key = serialization.load_pem_public_key(FINVERSE_PUBLIC_KEY)
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    signing = spec_data("finverse")["providers"]["finverse"]["signing"]
    assert signing["sources"][0] == "finverse-integrations-webhook"
    assert "customer_app_id" in signing["notes"]


def test_a_delivery_signed_as_create_verify_reads_it_verifies_over_its_raw_body() -> None:
    # createVerify('SHA256') with an EC key: ECDSA over the raw body, the signature DER (X9.62).
    body = b'{"event_type": "PAYMENT_EXECUTED", "customer_app_id": "app_1"}'
    header = {"fv-signature": base64.b64encode(KEY.sign(body, ec.ECDSA(hashes.SHA256()))).decode()}
    assert signatures.check("finverse", body, header, PUBLIC) == ("FV-Signature", 0)
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("finverse", body.replace(b"app_1", b"app_2"), header, PUBLIC)
    assert raised.value.reason == "mismatch"
    assert "does not match this body" in str(raised.value)


def test_finverses_own_key_is_read_and_refuses_a_body_it_did_not_sign() -> None:
    body = b'{"event_type": "PAYMENT_EXECUTED"}'
    forged = {"FV-Signature": base64.b64encode(KEY.sign(body, ec.ECDSA(hashes.SHA256()))).decode()}
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("finverse", body, forged, FINVERSE_PUBLIC_KEY.decode())
    assert raised.value.reason == "mismatch"


#: storeganise/sdk/finverse.test.js at 69048614, test('verifySignature'): validPayload, the raw
#: body of a webhook Finverse signed, and validSignature, its FV-Signature, which the test expects
#: the key above to verify.
SIGNED_BODY = (
    b'{"login_identity_id":"01J4GWV95W745T23YJKPNBSK2T","event_type":"AUTHENTICATED",'
    b'"event_time":"2024-08-05T09:10:15.05107677Z","event_id":""}'
)
SIGNED = {
    "FV-Signature": "MEYCIQDCIzUGnMBucExKXQHRYR4JAY6jRFueIGbrZ/1BNu77PgIhAOqXe7BWflzykJzRP5"
    "dAlqMxrWllTDqnjinRbOuLBK/A"
}
#: The event types the integration's handler, README and tests name (handler.js's
#: shouldHandleWebhook, its tests' 'unhandled event' and 'Other event', the signed body's).
EVENT_TYPES = {
    "AUTHENTICATED",
    "PAYMENT_EXECUTED",
    "PAYMENT_FAILED",
    "PAYMENT_SUBMITTED",
    "PAYMENT_LINK_SETUP_SUCCEEDED",
    "PAYMENT_LINK_PAID",
}


def test_a_webhook_finverse_signed_is_received_with_finverses_key() -> None:
    event = bankcodes.receive("finverse", SIGNED_BODY, SIGNED, FINVERSE_PUBLIC_KEY.decode())
    assert event.kind == "finverse/webhook"
    assert event.type is finverse.EventType("AUTHENTICATED")
    assert event.payload.login_identity_id == "01J4GWV95W745T23YJKPNBSK2T"
    # Its event_id is empty: the body itself keys the delivery.
    digest = hashlib.sha256(SIGNED_BODY).hexdigest()
    assert event.dedup_key == f"finverse:body-sha256:{digest}"
    assert (event.signed, event.header, event.algorithm) == (True, "FV-Signature", "ECDSA-SHA256")
    with pytest.raises(signatures.SignatureError) as raised:
        bankcodes.receive(
            "finverse",
            SIGNED_BODY.replace(b"AUTHENTICATED", b"PAYMENT_FAILED"),
            SIGNED,
            FINVERSE_PUBLIC_KEY.decode(),
        )
    assert raised.value.reason == "mismatch"
    # Finverse signs compact JSON: a changed body in that form is not blamed on a re-serialisation.
    assert "parsed and serialised again" not in str(raised.value)
    assert "the body is not the bytes received" in str(raised.value)


def test_a_tolerance_checks_the_signed_bodys_event_time() -> None:
    """No time is signed beside the body, but its event_time is inside what Finverse signed."""
    key = FINVERSE_PUBLIC_KEY.decode()
    sent = datetime.datetime(2024, 8, 5, 9, 10, 15, tzinfo=datetime.UTC)
    later = sent + datetime.timedelta(seconds=120)
    event = bankcodes.receive("finverse", SIGNED_BODY, SIGNED, key, tolerance=300, now=later)
    assert event.type is finverse.EventType("AUTHENTICATED")
    replayed = sent + datetime.timedelta(days=1)
    with pytest.raises(signatures.SignatureError) as raised:
        bankcodes.receive("finverse", SIGNED_BODY, SIGNED, key, tolerance=300, now=replayed)
    assert raised.value.reason == "stale_timestamp"
    assert "event_time" in str(raised.value)


def test_the_event_types_read_and_what_decides_a_payments_webhook() -> None:
    assert {member.value for member in finverse.EventType} == EVENT_TYPES
    # handler.test.js's PAYMENT_FAILED body: the invoice is marked failed.
    failed = {
        "event_type": "PAYMENT_FAILED",
        "event_time": "eventTime",
        "payment_id": "finversePaymentId",
        "customer_app_id": "customerAppId",
    }
    assert payloads.identify(failed).kinds == ("finverse/webhook",)
    found = payloads.decisive_code("finverse/webhook", failed)
    assert found is not None and found.path == "$.event_type"
    assert found.code is finverse.EventType("PAYMENT_FAILED")
    assert bankcodes.decide(found.code).next_step != "none"
    assert bankcodes.decide(finverse.EventType("PAYMENT_EXECUTED")).next_step == "none"
    # A type the integration never named is Finverse's only where the provider is told.
    other = {"event_type": "SOMETHING_ELSE", "event_time": "eventTime"}
    assert payloads.identify(other).kinds == ()


@pytest.mark.node
def test_node_receives_the_webhook_finverse_signed(typescript_dist: Path, tmp_path: Path) -> None:
    given: dict[str, Any] = {
        "provider": "finverse",
        "body": SIGNED_BODY.decode(),
        "headers": SIGNED,
        "secret": FINVERSE_PUBLIC_KEY.decode(),
    }
    changed = {**given, "body": SIGNED_BODY.decode().replace("AUTHENTICATED", "PAYMENT_FAILED")}
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([given, changed]), encoding="utf-8")
    digest = hashlib.sha256(SIGNED_BODY).hexdigest()
    accepted = {
        "accepted": True,
        "provider": "finverse",
        "kind": "finverse/webhook",
        "type": "AUTHENTICATED",
        "code": None,
        "dedupKey": f"finverse:body-sha256:{digest}",
        "signed": True,
        "header": "FV-Signature",
        "secretIndex": 0,
        "algorithm": "ECDSA-SHA256",
    }
    refused = {"accepted": False, "error": "SignatureError", "reason": "mismatch"}
    webhooks = str(typescript_dist / "webhooks.js")
    assert json.loads(run_node("receive_outcomes.mjs", webhooks, str(cases))) == [
        accepted,
        refused,
    ]
    own = str(typescript_dist / "webhooks-finverse.js")
    assert json.loads(run_node("receive_outcomes.mjs", own, str(cases), "own")) == [
        accepted,
        refused,
    ]


@pytest.mark.node
def test_node_signs_as_finverse_signs_and_python_verifies_it(
    typescript_dist: Path, tmp_path: Path
) -> None:
    body = b'{"event_type": "PAYMENT_FAILED", "customer_app_id": "app_1"}'
    private = KEY.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    encoded = base64.b64encode(body).decode()
    cases = [
        {
            "name": f"signed {n}",
            "provider": "finverse",
            "body": encoded,
            "secret": {"privatePem": private},
        }
        for n in range(8)
    ]
    given = tmp_path / "cases.json"
    given.write_text(json.dumps(cases), encoding="utf-8")
    output = run_node("sign_outcomes.mjs", str(typescript_dist / "webhooks.js"), str(given))
    for item in json.loads(output):
        assert item["outcome"] == "ok", item
        assert list(item["headers"]) == ["FV-Signature"]
        assert signatures.check("finverse", body, item["headers"], PUBLIC) == ("FV-Signature", 0)


def test_the_integrations_sources_are_pinned_at_one_commit() -> None:
    sources = spec_data("finverse")["sources"]
    commit = "1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3"
    paths = {
        "finverse-integrations-webhook": "storeganise/index.js",
        "finverse-integrations-webhook-handler": "storeganise/handler.js",
        "finverse-integrations-readme": "README.md",
    }
    for source, path in paths.items():
        assert sources[source]["commit"] == commit
        assert sources[source]["url"] == (
            f"https://github.com/finversetech/integrations/blob/{commit}/{path}"
        )


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    failed = {**LOGIN_IDENTITY["login_identity"], "status": "ERROR"}
    with HTTPServer() as running:
        running.expect_request("/login_identity").respond_with_json({"login_identity": failed})
        yield running


def test_a_login_identity_in_error_read_from_its_answer(server: HTTPServer) -> None:
    response = httpx.get(server.url_for("/login_identity"))
    found = bankcodes.from_exception(response)
    assert found is not None
    assert (found.kind, found.path, found.status) == (
        "finverse/login-identity",
        "$.login_identity.status",
        200,
    )
    assert found.code is finverse.LoginIdentityStatus("ERROR")
    assert bankcodes.decide(found.code).next_step != "none"


def test_a_products_health_is_its_own_code_set() -> None:
    """api.ts's ProductHealthStatus ("Health status of a login identity product"), in its order."""
    assert [code.value for code in finverse.ProductHealthStatus] == [
        "UNKNOWN",
        "IN_PROGRESS",
        "SUCCESS",
        "WARNING",
        "ERROR",
        "NOT_SUPPORTED",
        "NOT_AVAILABLE",
        "TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION",
    ]
    assert finverse.ProductHealthStatus("SUCCESS").category is Category.SUCCESS
    assert finverse.ProductHealthStatus("ERROR").category is Category.GENERIC_FAILURE
