"""The shared corpus's cases of deliveries signed with a key the provider publishes (the spec's
published_key scheme: Salt Edge's Signature, RSA with SHA-256 of the callback URL, "|" and the
raw body; Finverse's FV-Signature, ECDSA with SHA-256 of the raw body alone), on which Python
and Node must give one verdict and one reason; signed here by hand with `cryptography` with the
key pairs of tests.support.fetched_key_corpus; and every case of the shared corpus of keys,
those of the fetched keys' schemes with these (cases)."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.support.fetched_key_corpus import (
    KEY,
    OTHER,
    akahu_cases,
    enablebanking_cases,
    key_case,
    pem,
    private_pem,
    rsa_signature,
)

#: Salt Edge's published_key scheme: a callback as its v6 Ruby callback server's README shows it
#: (with its spaces and line breaks), posted to a callback URL (saltedge/saltedge-examples at
#: 8f02499: "callback URL|body", RSA with SHA-256, the Signature header in base64).
CALLBACK_URL = "https://client.example/api/callbacks/success"
CALLBACK = (
    b'{\n    "data": {\n      "connection_id": "111111111111111111",\n'
    b'      "customer_id": "222222222222222222",\n      "custom_fields": { "key": "value" },\n'
    b'      "stage": "finish"\n    },\n    "meta": {\n      "version": "6",\n'
    b'      "time": "2025-01-25T10:40:47.965Z"\n    }\n  }'
)
#: The callback as a framework that parses JSON and JSON.stringify write it again.
COMPACT = json.dumps(json.loads(CALLBACK), separators=(",", ":")).encode()


def saltedge_signature(
    body: bytes = CALLBACK, url: str = CALLBACK_URL, key: rsa.RSAPrivateKey = KEY
) -> dict[str, str]:
    signed = url.encode() + b"|" + body
    return {"Signature": base64.b64encode(rsa_signature(key, signed)).decode()}


def saltedge_cases() -> list[dict[str, Any]]:
    """Salt Edge callbacks: the signature covers the URL registered and the raw body."""
    key, url, signed = pem(KEY), CALLBACK_URL, saltedge_signature()
    sha1 = {
        "Signature": base64.b64encode(
            KEY.sign(url.encode() + b"|" + CALLBACK, padding.PKCS1v15(), hashes.SHA1())
        ).decode()
    }

    def case(name: str, expect: str, **given: Any) -> dict[str, Any]:
        found = {"body": CALLBACK, "headers": signed, "keys": key, "path": url, **given}
        return key_case(name, "saltedge", expect, **found)

    return [
        case("the raw body", "ok"),
        case("a body parsed and serialised again", "signature:mismatch+reserialised", body=COMPACT),
        case(
            "a compact body signed as sent", "ok", body=COMPACT, headers=saltedge_signature(COMPACT)
        ),
        case(
            "a byte of the body changed",
            "signature:mismatch",
            body=CALLBACK.replace(b"finish", b"fetch"),
        ),
        case("the URL with a slash more", "signature:mismatch", path=url + "/"),
        case(
            "the URL as a proxy forwards it",
            "signature:mismatch",
            path="http://10.0.0.5:8080/api/callbacks/success",
        ),
        case("a SHA-1 signature (the earlier guide's)", "signature:mismatch", headers=sha1),
        case("another key", "signature:mismatch", keys=pem(OTHER)),
        case("the key among others", "ok", keys=[pem(OTHER), key]),
        case("a PKCS #1 key", "ok", keys=pem(KEY, "pkcs1")),
        case("no keys", "configuration:empty_secret", keys=[]),
        case("a private key", "configuration:bad_key", keys=private_pem(KEY)),
        case("no callback URL", "configuration:missing_path", path=None),
        case("a path, not a URL", "configuration:bad_path", path="/api/callbacks/success"),
        case("no Signature", "signature:missing_header", headers={}),
        case(
            "a signature not base64", "signature:bad_encoding", headers={"Signature": "not base64!"}
        ),
        case("an age asked for", "configuration:no_signed_timestamp", max_age=300),
    ]


#: Finverse's published_key scheme: ECDSA with SHA-256 of the raw body alone, DER-encoded, in
#: base64 in FV-Signature, checked with its P-256 key (finversetech/integrations at 1d1722e2,
#: storeganise/index.js: createVerify('SHA256') over the raw body, Buffer.from(signature,
#: 'base64')). The body is bankcodes' own, with the fields the integration reads.
EVENT = (
    b'{"event_type": "PAYMENT_EXECUTED", "event_time": "2025-01-25T10:40:47Z",\n'
    b' "customer_app_id": "app_1", "payment_id": "pay_1"}'
)
#: A body Finverse signed and its FV-Signature, which verify with the key its integration checks
#: with (finversetech/integrations at 69048614, storeganise/sdk/finverse.test.js and
#: sdk/finverse.js): Finverse's bodies are compact JSON.
SIGNED_EVENT = (
    b'{"login_identity_id":"01J4GWV95W745T23YJKPNBSK2T","event_type":"AUTHENTICATED",'
    b'"event_time":"2024-08-05T09:10:15.05107677Z","event_id":""}'
)
SIGNED_BY_FINVERSE = {
    "FV-Signature": "MEYCIQDCIzUGnMBucExKXQHRYR4JAY6jRFueIGbrZ/1BNu77PgIhAOqXe7BWflzykJzRP5"
    "dAlqMxrWllTDqnjinRbOuLBK/A"
}
FINVERSE_KEY = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuZId/6U0gKLodSihwC/EuMGtULx8\n"
    "G3r7X7nZ3KWO5uNVtRTC64MH/1faq9zRp/2iIjCT8erSxiyO6y8wnlqMqw==\n"
    "-----END PUBLIC KEY-----\n"
)
EC_KEY = ec.generate_private_key(ec.SECP256R1())
EC_OTHER = ec.generate_private_key(ec.SECP256R1())


def ec_pem(key: ec.EllipticCurvePrivateKey) -> str:
    public = key.public_key()
    return public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()


def finverse_signature(
    body: bytes = EVENT,
    key: ec.EllipticCurvePrivateKey = EC_KEY,
    digest: hashes.HashAlgorithm | None = None,
) -> dict[str, str]:
    der = key.sign(body, ec.ECDSA(digest or hashes.SHA256()))
    return {"FV-Signature": base64.b64encode(der).decode()}


def finverse_cases() -> list[dict[str, Any]]:
    """Finverse deliveries: the signature covers the raw body alone; no URL is signed."""
    key, signed = ec_pem(EC_KEY), finverse_signature()
    r, s = decode_dss_signature(base64.b64decode(signed["FV-Signature"]))
    raw = {"FV-Signature": base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()}
    # r written with a zero byte too many: DER allows one form only, which OpenSSL insists on.
    der = base64.b64decode(signed["FV-Signature"])
    n = der[3]
    padded = bytes([0x30, der[1] + 1, 0x02, n + 1, 0]) + der[4:]
    longer = {"FV-Signature": base64.b64encode(padded).decode()}
    p384 = ec.generate_private_key(ec.SECP384R1())

    def case(name: str, expect: str, **given: Any) -> dict[str, Any]:
        return key_case(
            name, "finverse", expect, **{"body": EVENT, "headers": signed, "keys": key, **given}
        )

    return [
        case("the raw body", "ok"),
        case("the key among others", "ok", keys=[ec_pem(EC_OTHER), key]),
        case("a callback URL given besides", "ok", path="https://client.example/finverse"),
        case("a byte of the body changed", "signature:mismatch", body=EVENT.replace(b"_1", b"_2")),
        case(
            "a body parsed and serialised again, which Finverse's compact bodies read as",
            "signature:mismatch",
            body=json.dumps(json.loads(EVENT), separators=(",", ":")).encode(),
        ),
        case(
            "the body Finverse signed, with its key",
            "ok",
            body=SIGNED_EVENT,
            headers=SIGNED_BY_FINVERSE,
            keys=FINVERSE_KEY,
        ),
        case(
            "the body Finverse signed, a byte changed",
            "signature:mismatch",
            body=SIGNED_EVENT.replace(b"AUTHENTICATED", b"AUTHENTICATES"),
            headers=SIGNED_BY_FINVERSE,
            keys=FINVERSE_KEY,
        ),
        case("another key", "signature:mismatch", keys=ec_pem(EC_OTHER)),
        case("r and s side by side (JWS's form), not DER", "signature:mismatch", headers=raw),
        case("a DER integer with a zero byte too many", "signature:mismatch", headers=longer),
        case(
            "an ECDSA signature with SHA-512",
            "signature:mismatch",
            headers=finverse_signature(digest=hashes.SHA512()),
        ),
        case("an RSA key", "configuration:bad_key/pem_unreadable", keys=pem(KEY)),
        case("a P-384 key", "configuration:bad_key/pem_unreadable", keys=ec_pem(p384)),
        case("no FV-Signature", "signature:missing_header", headers={}),
        case(
            "a signature not base64",
            "signature:bad_encoding",
            headers={"FV-Signature": "not base64!"},
        ),
        case("an age asked for", "configuration:no_signed_timestamp", max_age=300),
    ]


def cases() -> list[dict[str, Any]]:
    """Every case of the four schemes; a member set to None in `token` is left out."""
    return akahu_cases() + enablebanking_cases() + saltedge_cases() + finverse_cases()
