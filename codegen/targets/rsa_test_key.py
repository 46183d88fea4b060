"""The published RSA test key pair of the providers whose signatures are RSA (a fetched key, a
certificate JWT): derived from a fixed label, so that every generation writes the same key and
(RSASSA-PKCS1-v1_5 being deterministic) the same signatures. It signs test fixtures and nothing
real: its private half is published with them."""

from __future__ import annotations

import functools
import hashlib
from typing import TYPE_CHECKING

from codegen.incremental import constant

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

#: Where the key pair comes from: its primes are the first that the label's hash stream gives.
LABEL = b"bankcodes published RSA-2048 test key: it signs test fixtures and nothing real"
#: The key id its test deliveries name (a fetched-key scheme's ids are decimal integers).
KEY_ID = "1"
_EXPONENT = 65537
#: How many Miller-Rabin rounds a candidate passes: a composite number passes one with a
#: probability under 1/4, so it passes 16 with a chance under 2**-32 (far less for a random
#: candidate). Each round of a prime costs a 1024-bit modular power, which every process that
#: generates the fixtures pays.
ROUNDS = 16
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p**0.5) + 1))]


def _probably_prime(n: int) -> bool:
    """Miller-Rabin with ROUNDS bases taken from the label (deterministic, as the key must be)."""
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for i in range(ROUNDS):
        base = int.from_bytes(hashlib.sha256(LABEL + b"base" + bytes([i])).digest()) % (n - 3) + 2
        x = pow(base, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(tag: bytes) -> int:
    """The first 1024-bit prime p (p - 1 prime to the exponent) that the stream for `tag` gives."""
    counter = 0
    while True:
        seed = LABEL + tag + counter.to_bytes(4, "big")
        data = hashlib.sha512(seed + b"0").digest() + hashlib.sha512(seed + b"1").digest()
        candidate = int.from_bytes(data, "big") | (3 << 1022) | 1
        if (candidate - 1) % _EXPONENT and _probably_prime(candidate):
            return candidate
        counter += 1


@constant
def _primes() -> list[str]:
    """The key's two primes, in decimal (each a search a generation takes back once made)."""
    return [str(_prime(b"p")), str(_prime(b"q"))]


@functools.cache
def rsa_test_private_key() -> RSAPrivateKey:
    """The test key pair's private key, built (and checked by OpenSSL) once per process: each
    fetched-key provider's test delivery is signed with it."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    p, q = map(int, _primes())
    d = pow(_EXPONENT, -1, (p - 1) * (q - 1))
    public_numbers = rsa.RSAPublicNumbers(_EXPONENT, p * q)
    return rsa.RSAPrivateNumbers(
        p,
        q,
        d,
        rsa.rsa_crt_dmp1(d, p),
        rsa.rsa_crt_dmq1(d, q),
        rsa.rsa_crt_iqmp(p, q),
        public_numbers,
    ).private_key()


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
