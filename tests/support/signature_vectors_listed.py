"""The shared signature vectors of providers whose header lists several signatures, each with
its prefix and in one case of hex (the hmac scheme's list_separator and hex_case): one matching
is enough, and every item must be well formed. tests/support/signature_vectors.py adds them to
the file both verifiers run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: provider: (header, prefix, separator). Bridge's Sylius plugin (BridgeAPI-Io/
#: Plugin-Sylius-Bridge at b17cdf4b8c75795c9403d1dd62f13e910d7e44f1,
#: src/Service/BridgeWebhookService.php) splits BridgeApi-Signature on ",", refuses an item
#: without "v1=" and compares strtoupper(hash_hmac('SHA256', payload, secret)).
LISTED = {"bridge": ("BridgeApi-Signature", "v1=", ",")}
LISTED_BODIES = {
    "bridge": b'{"content":{"user_uuid":"766b2f5d-a942-492c-9ea7-2e5aa88cb672"},'
    b'"timestamp":1612782588323,"type":"user.deleted"}',
}


def listed_vectors(
    provider: str,
    secret: str,
    openssl_hmac: Callable[[str, bytes, bytes], bytes],
    vector: Callable[..., dict[str, Any]],
) -> list[dict[str, Any]]:
    """The provider's header with one signature or two (a rotation), and forged, tampered and
    hostile headers."""
    header, prefix, sep = LISTED[provider]
    body = LISTED_BODIES[provider]
    own = prefix + openssl_hmac("sha256", secret.encode(), body).hex().upper()
    old = prefix + openssl_hmac("sha256", b"the previous secret", body).hex().upper()
    forged = prefix + openssl_hmac("sha256", b"a guessed secret", body).hex().upper()
    tampered = body.replace(b"user.deleted", b"item.created")
    cases: list[tuple[str, str, str, Any, bytes]] = [
        ("one signature", own, "ok", secret, body),
        ("the old secret's signature, then the new one's", old + sep + own, "ok", secret, body),
        ("two signatures, the old secret given", old + sep + own, "ok", ["x", "the previous secret"], body),  # noqa: E501
        ("forged", forged, "signature:mismatch", secret, body),
        ("two forged", forged + sep + old, "signature:mismatch", secret, body),
        ("tampered body", own, "signature:mismatch", secret, tampered),
        ("lower-case hex", own.lower(), "signature:bad_encoding", secret, body),
        ("an item without the prefix", own + sep + own[len(prefix):], "signature:bad_encoding", secret, body),  # noqa: E501
        ("an empty item", own + sep, "signature:bad_encoding", secret, body),
        ("a space after the separator", old + sep + " " + own, "signature:bad_encoding", secret, body),  # noqa: E501
        ("bad hex", prefix + "ZZ" * 32, "signature:bad_encoding", secret, body),
        ("a short digest", own[:-2], "signature:wrong_algorithm", secret, body),
        ("a digest of 64 bytes", prefix + "AB" * 64, "signature:wrong_algorithm", secret, body),
        ("sixteen items", sep.join([forged] * 15 + [own]), "ok", secret, body),
        ("seventeen items", sep.join([own] * 17), "signature:bad_encoding", secret, body),
        ("a huge header", prefix + "A" * 200_000, "signature:wrong_algorithm", secret, body),
        ("thousands of separators", sep * 5_000, "signature:bad_encoding", secret, body),
    ]  # fmt: skip
    return [
        vector(f"{provider} {name}", provider, [[header, value]], expect, body=signed, secret=key)
        for name, value, expect, key, signed in cases
    ]
