"""The shared signature vectors of providers that send the webhook's secret itself in a header
(no signature): equal is ok, anything else a mismatch. tests/support/signature_vectors.py adds
them to the file both verifiers run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Providers that send the webhook's secret itself in a header (no signature): the header, from
#: their pages (Mono's Webhooks page: mono-webhook-secret "should match the secret you passed when
#: creating the webhook").
SHARED_SECRET = {"mono": "mono-webhook-secret"}
SHARED_BODIES = {"mono": b'{"event":"mono.events.account_connected","data":{"id":"5feec8ce9"}}'}


def shared_secret_vectors(
    provider: str, secret: str, vector: Callable[..., dict[str, Any]]
) -> list[dict[str, Any]]:
    """The secret compared whole; one with a line break around it is the receiver's mistake."""
    header, body = SHARED_SECRET[provider], SHARED_BODIES[provider]
    cases: list[tuple[str, Any, str, Any]] = [
        ("the secret", [[header, secret]], "ok", secret),
        ("the secret, with spaces around it", [[header, f"  {secret} "]], "ok", secret),
        ("the header's name in capitals", [[header.upper(), secret]], "ok", secret),
        ("rotated secrets", [[header, secret]], "ok", ["the next secret", secret]),
        ("another secret", [[header, "another secret"]], "signature:mismatch", secret),
        ("the secret cut short", [[header, secret[:-1]]], "signature:mismatch", secret),
        ("the secret and more", [[header, secret + "x"]], "signature:mismatch", secret),
        ("the secret in capitals", [[header, secret.upper()]], "signature:mismatch", secret),
        ("an HMAC of the body", [[header, "0" * 64]], "signature:mismatch", secret),
        ("no header", [["content-type", "x"]], "signature:missing_header", secret),
        ("a secret read with its line break", [[header, secret]], "configuration:bad_secret",
         secret + "\n"),
    ]  # fmt: skip
    return [
        vector(f"{provider} {name}", provider, headers, expect, body=body, secret=secret)
        for name, headers, expect, secret in cases
    ]
