"""When a delivery was sent: the timestamp a provider puts in the signed body, read back, and a
published example dated now as `bankcodes trigger` sends it."""

from __future__ import annotations

import json
from typing import Any


def sent_at(provider: str, body: bytes | str) -> Any:
    """When a delivery says it was sent: the timestamp its provider puts in the signed body
    (bankcodes.delivery's body_timestamp), as a datetime; None where it carries none. Receiving
    with `now` set to it passes the age check of the provider's delivery contract."""
    from bankcodes._receive import _timestamp
    from bankcodes.delivery import DELIVERY

    contract = DELIVERY.get(provider)
    try:
        value: object = json.loads(body)
    except ValueError:
        return None  # not JSON: no timestamp to read
    for key in () if contract is None else contract.body_timestamp or ("",):
        value = value.get(key) if isinstance(value, dict) else None
    return _timestamp(value)


def sent_now(provider: str, body: bytes, now: Any = None) -> bytes:
    """A published example as `bankcodes trigger` sends it now (or at the datetime `now`): its
    body timestamp, where it is further from then than the provider's contract allows, set to
    then."""
    from bankcodes._cli_trigger import _dated

    return _dated(provider, body.decode("utf-8"), now).encode("utf-8")
