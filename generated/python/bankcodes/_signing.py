# generated from spec/catalog.json — do not edit (run `make generate`)
"""How each provider signs and delivers its webhooks, read by bankcodes.signatures."""

from __future__ import annotations

#: Provider id -> (header names, algorithm, digest encodings, prefix, JWT rules: (oldest iat in seconds, clock skew in seconds, body hash claim) or None).
SCHEMES: dict[
    str, tuple[tuple[str, ...], str, tuple[str, ...], str | None, tuple[int, int, str] | None]
] = {
    "lean": (("lean-signature",), "sha512", ("hex", "base64"), "sha512=", None),
    "flinks": (
        ("flinks-authenticity-key", "X-Flinks-Signature"),
        "sha256",
        ("base64",),
        None,
        None,
    ),
    "argyle": (("X-Argyle-Signature",), "sha512", ("hex",), None, None),
    "plaid": (("Plaid-Verification",), "ES256", (), None, (300, 60, "request_body_sha256")),
}

#: Provider id -> (payload kind, event-type code set (module, class), success status, time limit in seconds, retry schedule in minutes, retry interval in minutes, most attempts, header timestamp signed, timestamp field of the body, deduplication keys as field paths, source addresses, source ids).
DELIVERY: dict[
    str,
    tuple[
        str,
        tuple[str, str],
        int | None,
        int | None,
        tuple[int, ...] | None,
        int | None,
        int | None,
        bool,
        tuple[str, ...] | None,
        tuple[tuple[tuple[str, ...], ...], ...],
        tuple[str, ...],
        tuple[str, ...],
    ],
] = {
    "lean": (
        "lean/webhook",
        ("lean", "WebhookEventType"),
        200,
        10,
        (1, 2, 5, 10, 60, 180),
        None,
        None,
        False,
        ("timestamp",),
        ((("event_id",),),),
        (),
        ("lean-webhooks", "lean-webhook-structure"),
    ),
    "flinks": (
        "flinks/webhook",
        ("flinks", "WebhookResponseType"),
        200,
        None,
        None,
        30,
        10,
        False,
        None,
        ((("ResponseType",), ("RequestId",)),),
        (),
        ("flinks-webhooks-intro", "flinks-connect-webhooks"),
    ),
    "argyle": (
        "argyle/webhook",
        ("argyle", "WebhookEvent"),
        None,
        None,
        None,
        None,
        None,
        False,
        None,
        (
            (
                ("event",),
                ("data", "verification"),
                ("data", "resource", "updated_at"),
                ("data", "resource", "status", "state"),
            ),
        ),
        ("34.27.251.226", "34.122.50.253", "35.188.163.115", "35.226.53.251"),
        ("argyle-api-guide-webhooks", "argyle-verifications-webhooks", "argyle-legacy-webhooks"),
    ),
    "plaid": (
        "plaid/webhook",
        ("plaid", "WebhookType"),
        200,
        10,
        None,
        None,
        None,
        True,
        None,
        (),
        (),
        ("plaid-webhooks", "plaid-support-webhook-retries"),
    ),
}
