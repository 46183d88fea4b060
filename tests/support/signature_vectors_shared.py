"""The shared signature vectors of providers that send the webhook's secret itself in a header
(no signature): equal is ok, anything else a mismatch. tests/support/signature_vectors.py adds
them to the file both verifiers run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Providers that send the webhook's secret itself in a header (no signature): the header, from
#: their pages (Mono's Webhooks page: mono-webhook-secret "should match the secret you passed when
#: creating the webhook"), or None where the app names it (Pluggy's recipe: the app creates the
#: webhook "passing the secret as a custom header").
SHARED_SECRET = {"mono": "mono-webhook-secret", "pluggy": None}
SHARED_BODIES = {
    "mono": b'{"event":"mono.events.account_connected","data":{"id":"5feec8ce9"}}',
    "pluggy": b'{"event":"item/updated","eventId":"e-1","itemId":"i-1","triggeredBy":"SYNC"}',
}
#: The header an app named for its secret.
APP_HEADER = "X-Webhook-Secret"


def shared_secret_vectors(
    provider: str, secret: str, vector: Callable[..., dict[str, Any]]
) -> list[dict[str, Any]]:
    """The secret compared whole; one with a line break around it is the receiver's mistake. A
    header's name is given where the app names the header, and only there."""
    own, body = SHARED_SECRET[provider], SHARED_BODIES[provider]
    header = own or APP_HEADER
    named = None if own else APP_HEADER
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
    vectors = [
        vector(
            f"{provider} {name}",
            provider,
            headers,
            expect,
            body=body,
            secret=secret,
            secret_header=named,
        )
        for name, headers, expect, secret in cases
    ]
    given = [[header, secret]]
    if named is None:
        refused = "configuration:bad_secret_header"
        return [
            *vectors,
            vector(f"{provider} a header's name given", provider, given, refused, body=body,
                   secret=secret, secret_header=header),
        ]  # fmt: skip
    return [
        *vectors,
        vector(f"{provider} the header's name in capitals", provider, given, "ok", body=body,
               secret=secret, secret_header=header.upper()),
        vector(f"{provider} no header's name", provider, given,
               "configuration:missing_secret_header", body=body, secret=secret),
        vector(f"{provider} a header's name with a space", provider, given,
               "configuration:bad_secret_header", body=body, secret=secret,
               secret_header="X Webhook Secret"),
        vector(f"{provider} another header's name", provider, given,
               "signature:missing_header", body=body, secret=secret,
               secret_header="X-Other-Secret"),
        vector(f"{provider} the secret given as the header's name", provider,
               [[header, secret], ["Bankcodes-Secret", "Bankcodes-Secret"]],
               "configuration:bad_secret_header", body=body, secret="Bankcodes-Secret",
               secret_header="Bankcodes-Secret"),
    ]  # fmt: skip
