"""What the shared signature vectors' builders share: when the stamped vectors are signed, the
secret, and the digests, each computed by the openssl command, never by the code under test."""

from __future__ import annotations

import base64
import subprocess

#: When the stamped vectors are signed (Unix seconds); each vector says when it is verified.
SIGNED_AT = 1_735_689_600
SECRET = "whsec_shared_vectors"
OPENSSL_HMAC = ["openssl", "dgst", "-binary", "-mac", "HMAC"]


def openssl_hmac(algorithm: str, key: bytes, body: bytes) -> bytes:
    """HMAC by the openssl command line."""
    result = subprocess.run(
        [*OPENSSL_HMAC, f"-{algorithm}", "-macopt", f"hexkey:{key.hex()}"],
        input=body,
        capture_output=True,
        check=True,
    )
    return result.stdout


def encode(digest: bytes, encoding: str) -> str:
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode("ascii")


def non_canonical(text: str) -> str:
    """The same digest with non-zero unused padding bits (a second spelling of one digest)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    data = text.rstrip("=")
    last = alphabet.index(data[-1])
    return data[:-1] + alphabet[last + 1] + text[len(data) :]


def flip(text: str, at: int) -> str:
    swap = {"0": "1", "1": "0", "a": "b", "A": "B"}
    char = text[at]
    return text[:at] + swap.get(char, "0" if char != "0" else "1") + text[at + 1 :]
