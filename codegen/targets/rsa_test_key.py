"""The published RSA test key pair of the providers whose signatures are RSA (a fetched key, a
certificate JWT): the private key committed beside this module (rsa_test_key.pem, PKCS #8), so
that every generation writes the same key and (RSASSA-PKCS1-v1_5 being deterministic) the same
signatures. It signs test fixtures and nothing real: its private half is published with them."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

#: The private key, as a PEM text.
PEM = Path(__file__).with_name("rsa_test_key.pem")
#: The key id its test deliveries name (a fetched-key scheme's ids are decimal integers).
KEY_ID = "1"


@functools.cache
def rsa_test_private_key() -> RSAPrivateKey:
    """The test key pair's private key, loaded (and checked by OpenSSL) once per process: each
    fetched-key provider's test delivery is signed with it."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    key = load_pem_private_key(PEM.read_bytes(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey), f"{PEM.name} holds an RSA key"
    return key


@functools.cache
def rsa_test_key() -> tuple[str, str]:
    """The test key pair as PEM texts: (private, public)."""
    from cryptography.hazmat.primitives import serialization

    key = rsa_test_private_key()
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    return private, public
