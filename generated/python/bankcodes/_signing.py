# generated from spec/catalog.json — do not edit (run `make generate`)
"""How each provider signs and delivers its webhooks, read by bankcodes.signatures."""

from __future__ import annotations

from bankcodes._schemes import Delivery, EventType, HmacScheme, JwtScheme, NoSignature, Scheme
from bankcodes._sources import SOURCES as _S

#: Provider id -> how the provider authenticates its webhooks.
SCHEMES: dict[str, Scheme] = {
    "lean": HmacScheme(
        headers=("lean-signature",),
        algorithm="sha512",
        encodings=("hex", "base64"),
        prefix="sha512=",
    ),
    "flinks": HmacScheme(
        headers=("flinks-authenticity-key", "X-Flinks-Signature"),
        algorithm="sha256",
        encodings=("base64",),
    ),
    "argyle": HmacScheme(headers=("X-Argyle-Signature",), algorithm="sha512", encodings=("hex",)),
    "plaid": JwtScheme(
        header="Plaid-Verification",
        algorithm="ES256",
        max_age_seconds=300,
        future_skew_seconds=60,
        body_hash_claim="request_body_sha256",
        key_reply_member="key",
        key_expiry_member="expired_at",
    ),
    "mx": NoSignature(transport=("basic_auth", "mutual_tls", "oauth2")),
    "mastercard": HmacScheme(
        headers=("X-Signature", "Event-Signature"), algorithm="sha256", encodings=("hex",)
    ),
}

#: Provider id -> how the provider delivers its webhooks.
DELIVERY: dict[str, Delivery] = {
    "lean": Delivery(
        provider="lean",
        kind="lean/webhook",
        event_type=EventType(module="lean", name="WebhookEventType"),
        success_status=200,
        timeout_seconds=10,
        retry_schedule_minutes=(1, 2, 5, 10, 60, 180),
        retry_interval_minutes=None,
        max_attempts=None,
        signed_timestamp=False,
        body_timestamp=("timestamp",),
        default_tolerance_seconds=11110,
        dedup=((("event_id",),),),
        addresses=(),
        sources=(_S["lean-webhooks"], _S["lean-webhook-structure"]),
    ),
    "flinks": Delivery(
        provider="flinks",
        kind="flinks/webhook",
        event_type=EventType(module="flinks", name="WebhookResponseType"),
        success_status=200,
        timeout_seconds=None,
        retry_schedule_minutes=None,
        retry_interval_minutes=30,
        max_attempts=10,
        signed_timestamp=False,
        body_timestamp=None,
        default_tolerance_seconds=None,
        dedup=((("ResponseType",), ("RequestId",)),),
        addresses=(),
        sources=(_S["flinks-webhooks-intro"], _S["flinks-connect-webhooks"]),
    ),
    "argyle": Delivery(
        provider="argyle",
        kind="argyle/webhook",
        event_type=EventType(module="argyle", name="WebhookEvent"),
        success_status=None,
        timeout_seconds=None,
        retry_schedule_minutes=None,
        retry_interval_minutes=None,
        max_attempts=None,
        signed_timestamp=False,
        body_timestamp=None,
        default_tolerance_seconds=None,
        dedup=(
            (
                ("event",),
                ("data", "verification"),
                ("data", "resource", "updated_at"),
                ("data", "resource", "status", "state"),
            ),
        ),
        addresses=("34.27.251.226", "34.122.50.253", "35.188.163.115", "35.226.53.251"),
        sources=(
            _S["argyle-api-guide-webhooks"],
            _S["argyle-verifications-webhooks"],
            _S["argyle-legacy-webhooks"],
        ),
    ),
    "plaid": Delivery(
        provider="plaid",
        kind="plaid/webhook",
        event_type=EventType(module="plaid", name="WebhookType"),
        success_status=200,
        timeout_seconds=10,
        retry_schedule_minutes=None,
        retry_interval_minutes=None,
        max_attempts=None,
        signed_timestamp=True,
        body_timestamp=None,
        default_tolerance_seconds=None,
        dedup=(),
        addresses=("52.21.26.131", "52.21.47.157", "52.41.247.19", "52.88.82.239"),
        sources=(_S["plaid-webhooks"], _S["plaid-support-webhook-retries"]),
    ),
    "mx": Delivery(
        provider="mx",
        kind="mx/webhook",
        event_type=EventType(module="mx", name="WebhookType"),
        success_status=204,
        timeout_seconds=None,
        retry_schedule_minutes=None,
        retry_interval_minutes=None,
        max_attempts=13,
        signed_timestamp=False,
        body_timestamp=None,
        default_tolerance_seconds=None,
        dedup=(),
        addresses=(),
        sources=(_S["mx-webhooks"],),
    ),
    "mastercard": Delivery(
        provider="mastercard",
        kind="mastercard/connect-webhook",
        event_type=EventType(module="mastercard", name="WebhookEventType"),
        success_status=None,
        timeout_seconds=None,
        retry_schedule_minutes=None,
        retry_interval_minutes=None,
        max_attempts=None,
        signed_timestamp=False,
        body_timestamp=None,
        default_tolerance_seconds=None,
        dedup=((("eventId",),),),
        addresses=(),
        sources=(_S["mastercard-au-connect-webhooks"], _S["mastercard-us-webhooks-connect"]),
    ),
}
