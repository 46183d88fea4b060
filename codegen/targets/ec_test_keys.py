"""The published elliptic-curve test key pairs of the providers whose signatures are ECDSA (a
JWT's ES256 on P-256, a Tl-Signature's ES512 on P-521), each derived from a fixed label (its
private scalar is the label's hash), and the deterministic ECDSA (RFC 6979) that signs their test
fixtures, so that every generation writes the same keys and signatures. They sign test fixtures
and nothing real: their private halves are published with them."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

#: Where the P-256 test key pair comes from (its private scalar is the label's SHA-256).
KEY_LABEL = b"bankcodes published P-256 test key: it signs test fixtures and nothing real"
KEY_ID = "bankcodes-test-key-1"
#: Where the P-521 test key pair of the JWS providers comes from (its scalar: the SHA-512).
JWS_KEY_LABEL = b"bankcodes published P-521 test key: it signs test fixtures and nothing real"
JWS_KEY_ID = "bankcodes-test-key-p521-1"
#: Each curve's order, the size of a coordinate in bytes and the hash ECDSA signs with.
_CURVES: dict[str, tuple[int, int, str]] = {
    "P-256": (0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551, 32, "sha256"),
    "P-521": (
        int(
            "01FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFA51868783BF2F9"
            "66B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409",
            16,
        ),
        66,
        "sha512",
    ),
}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def test_key() -> tuple[dict[str, str], dict[str, str]]:
    """The published P-256 test key pair as JWKs: (private, public)."""
    return _pair(KEY_LABEL, "P-256", {"alg": "ES256", "use": "sig", "kid": KEY_ID})


def jws_test_key() -> tuple[dict[str, str], dict[str, str]]:
    """The published P-521 test key pair as JWKs: (private, public)."""
    return _pair(JWS_KEY_LABEL, "P-521", {"alg": "ES512", "kid": JWS_KEY_ID})


def _pair(
    label: bytes, curve: str, members: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    order, size, digest = _CURVES[curve]
    scalar = int.from_bytes(hashlib.new(digest, label).digest(), "big") % (order - 1) + 1
    numbers = _key(curve, scalar).public_key().public_numbers()
    x, y = (b64url(n.to_bytes(size, "big")) for n in (numbers.x, numbers.y))
    public = {"kty": "EC", "crv": curve, **members, "x": x, "y": y}
    return {**public, "d": b64url(scalar.to_bytes(size, "big"))}, public


def signature(private: Mapping[str, str], signing_input: bytes) -> str:
    """The deterministic ECDSA signature of `signing_input` with a private JWK of these curves,
    as JWS writes one: r and s, each of the curve's size, in base64url."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    _, size, digest = _CURVES[private["crv"]]
    scalar = int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big")
    algorithm = hashes.SHA256() if digest == "sha256" else hashes.SHA512()
    signed = _key(private["crv"], scalar).sign(signing_input, ec.ECDSA(algorithm, True))
    r, s = decode_dss_signature(signed)
    return b64url(r.to_bytes(size, "big") + s.to_bytes(size, "big"))


def test_key_pems() -> tuple[str, str]:
    """The published P-256 test key pair as PEM texts (PKCS #8, SubjectPublicKeyInfo): (private,
    public), for a provider whose published key is an EC key."""
    from cryptography.hazmat.primitives import serialization

    private, _ = test_key()
    key = _key("P-256", int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big"))
    pkcs8 = serialization.PrivateFormat.PKCS8
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    return (
        key.private_bytes(serialization.Encoding.PEM, pkcs8, serialization.NoEncryption()).decode(),
        key.public_key().public_bytes(serialization.Encoding.PEM, spki).decode(),
    )


def der_signature(content: bytes) -> str:
    """The deterministic ECDSA-SHA256 signature of `content` with the P-256 test key, DER-encoded
    and in base64 (as a published EC key's provider writes one)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    private, _ = test_key()
    key = _key("P-256", int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big"))
    return base64.b64encode(key.sign(content, ec.ECDSA(hashes.SHA256(), True))).decode("ascii")


def _key(curve: str, scalar: int) -> EllipticCurvePrivateKey:
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.derive_private_key(scalar, ec.SECP256R1() if curve == "P-256" else ec.SECP521R1())
