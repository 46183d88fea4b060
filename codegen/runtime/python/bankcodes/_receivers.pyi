# The shape of the generated module bankcodes._receivers, as the runtime modules use it: it adds
# typed signatures of receive for each provider to bankcodes._receive.
import datetime
from typing import Any, Literal

from bankcodes._receive import WebhookEvent
from bankcodes.signatures import Body, Headers, Keys, Secrets

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
) -> WebhookEvent[Any, Any]: ...
