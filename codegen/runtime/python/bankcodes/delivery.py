"""How each provider delivers its webhooks, and the deduplication key of a delivery.

    from bankcodes import delivery

    contract = delivery.DELIVERY[provider]
    contract.success_status, contract.timeout_seconds, contract.retry_schedule_minutes
    key = delivery.dedup_key(provider, json.loads(body), body)

Where a provider signs no timestamp (Delivery.signed_timestamp is False), a replayed delivery
verifies: store the key of every delivery handled and skip a key seen before. The key is built
from the first of the provider's field-path sets that is wholly present in the body (its
delivery contract's `dedup`, from the provider's sources: the fields that identify a delivery);
without one (an example without event_id, or a provider whose bodies carry no id), it is the
SHA-256 of the raw body, which a retry repeats exactly. A provider that signs its webhooks but
whose bodies the catalog does not describe (it has a signing scheme and no delivery contract) is
keyed by the SHA-256 of the raw body too: its signature covers the body, so a replay that
verifies repeats those bytes, and gives the same key.
"""

from __future__ import annotations

import hashlib

from bankcodes._schemes import Delivery, EventType
from bankcodes._signing import DELIVERY, SCHEMES

__all__ = ["DELIVERY", "Delivery", "EventType", "dedup_key"]


def _at(data: object, path: tuple[str, ...]) -> str | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data if isinstance(data, str) and data else None


def dedup_key(provider: str, data: object, body: bytes) -> str:
    """The deduplication key of a delivery: `data` is the parsed body, `body` its raw bytes.

    "<provider>:id:" followed by the values of the first field-path set whose fields are all
    non-empty strings, each with "\\" and "|" escaped by a backslash, joined by "|"; or else
    "<provider>:body-sha256:<hex digest of the raw body>" (always so for a provider whose
    bodies the catalog does not describe: `data` is then not read). The two forms cannot be
    equal, nor can two different tuples of values give one key. Raises ValueError for a provider
    whose webhooks the catalog does not describe the signing of (or that sends none).
    """
    contract = DELIVERY.get(provider) if isinstance(provider, str) else None
    if contract is None and (not isinstance(provider, str) or provider not in SCHEMES):
        shown = repr(provider)[:60]
        raise ValueError(
            f"{shown} sends no webhooks bankcodes can key; known: {', '.join(SCHEMES)}"
        )
    for paths in () if contract is None else contract.dedup:
        values = [_at(data, path) for path in paths]
        if all(value is not None for value in values):
            parts = (_escaped(value) for value in values if value is not None)
            return f"{provider}:id:" + "|".join(parts)
    return f"{provider}:body-sha256:{hashlib.sha256(body).hexdigest()}"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|")
