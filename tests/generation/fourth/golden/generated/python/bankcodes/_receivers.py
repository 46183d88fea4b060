# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""bankcodes.receive, typed per provider: the event's payload is the provider's webhook model
and its type a member of the provider's event-type code set. The behaviour is in
bankcodes._receive."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from bankcodes._receive import WebhookEvent
    from bankcodes.signatures import Body, Headers, Keys, Secrets


@overload
def receive(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: bool = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[Any, Any]: ...
def receive(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: bool = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[Any, Any]:
    """Verify a webhook delivery, validate and parse its body, and key it for deduplication.

    `body` is the raw body: bytes, or a str, encoded as UTF-8 (a body re-serialised from parsed
    JSON will not verify). `secret` is one secret or a list of several (during a rotation); for
    a provider that signs with JWTs, the public JWK(s), or a function from a kid to its JWK (None
    for a kid it does not know), which needs `pip install 'bankcodes[jwt]'`.
    The body is validated as the provider's webhook kind, lenient unless `strict`, at most
    `max_bytes` long. `tolerance` refuses a delivery whose signed timestamp is further from
    `now` than that: by default ("contract") the provider's delivery contract sets it, wide
    enough for its last retry of the same signed body (bankcodes.delivery, default_tolerance
    _seconds; where the body has no timestamp, nothing is checked); seconds or a timedelta set
    it (only providers that sign a timestamp allow it); None checks no age beyond the limit of
    the provider's own scheme (a JWT's oldest iat, a signed timestamp's tolerance). For every
    provider, deduplication with `event.dedup_key` is what protects against a replay. `path` is the
    request's path, for a provider whose signature covers it (a JWS such as Tl-Signature, whose
    keys are a JWKS, a mapping from jku to JWKS, or a function from an allowed jku to its JWKS,
    and which needs `pip install 'bankcodes[jws]'`). `secret_header` names the header holding the
    secret, for a provider whose header the app names itself when it registers the webhook (its
    scheme's header is None), and for no other.

    Raises SignatureError (not sent by the provider: answer 401), bankcodes.payloads.PayloadError
    (signed but invalid), ConfigurationError (the receiver's own setup: answer 500 and alert);
    all three are WebhookError. Needs pydantic (`pip install 'bankcodes[payloads]'`).
    """
    from bankcodes._receive import receive as _receive

    return _receive(
        provider,
        body,
        headers,
        secret,
        strict=strict,
        tolerance=tolerance,
        max_bytes=max_bytes,
        now=now,
        path=path,
        secret_header=secret_header,
    )
