# copied from codegen/runtime/python/bankcodes/delivery.py — do not edit (run `make generate`)
"""How each provider delivers its webhooks, and the deduplication key of a delivery.

    from bankcodes import delivery

    contract = delivery.DELIVERY[provider]
    contract.success_status, contract.timeout_seconds, contract.retry_schedule_minutes
    key = delivery.dedup_key(provider, json.loads(body), body)

Where a provider signs no timestamp (Delivery.signed_timestamp is False), a replayed delivery
verifies: store the key of every delivery handled and skip a key seen before. The key is built
from the first of the provider's field-path sets that is wholly present in the body; without one
(an example without event_id, say), it is the SHA-256 of the raw body, which a retry repeats
exactly.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from bankcodes._base import Source
from bankcodes._signing import DELIVERY as _DATA
from bankcodes._sources import SOURCES

__all__ = ["DELIVERY", "Delivery", "dedup_key"]


class Delivery(NamedTuple):
    """A provider's delivery contract, as its sources publish it (None: not published)."""

    provider: str
    #: The payload kind of the webhook bodies (bankcodes.payloads).
    kind: str
    #: The code set of the event type: (provider module, enum class name).
    event_type: tuple[str, str]
    success_status: int | None
    timeout_seconds: int | None
    retry_schedule_minutes: tuple[int, ...] | None
    retry_interval_minutes: int | None
    max_attempts: int | None
    #: Whether a header timestamp is signed (then replays could be refused by age).
    signed_timestamp: bool
    #: The field path of a timestamp inside the signed body, when the provider sends one.
    body_timestamp: tuple[str, ...] | None
    #: Deduplication keys in order of preference, each a tuple of field paths.
    dedup: tuple[tuple[tuple[str, ...], ...], ...]
    #: Published source addresses of deliveries (empty when unpublished).
    addresses: tuple[str, ...]
    sources: tuple[Source, ...]


DELIVERY: dict[str, Delivery] = {
    provider: Delivery(provider, *entry[:-1], tuple(SOURCES[ref] for ref in entry[-1]))
    for provider, entry in _DATA.items()
}


def _at(data: object, path: tuple[str, ...]) -> str | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data if isinstance(data, str) and data else None


def dedup_key(provider: str, data: object, body: bytes) -> str:
    """The deduplication key of a delivery: `data` is the parsed body, `body` its raw bytes.

    "<provider>:" followed by the values of the first field-path set whose fields are all
    non-empty strings, joined by "|", or else by "sha256:<hex digest of the raw body>".
    """
    contract = DELIVERY.get(provider)
    if contract is None:
        raise ValueError(f"no delivery contract for {provider!r}; known: {', '.join(DELIVERY)}")
    for paths in contract.dedup:
        values = [_at(data, path) for path in paths]
        if all(value is not None for value in values):
            return f"{provider}:" + "|".join(value for value in values if value is not None)
    return f"{provider}:sha256:{hashlib.sha256(body).hexdigest()}"
