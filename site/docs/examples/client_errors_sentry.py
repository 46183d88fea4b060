"""Sentry groups a provider's errors by their code: a before_send hook sets the event's
fingerprint to the provider, the code set and the code. (Run by
tests/python/test_client_errors.py.)"""

from __future__ import annotations

from typing import Any

import bankcodes


def before_send(event: dict[str, Any], hint: dict[str, Any]) -> dict[str, Any]:
    # sentry_sdk.init(dsn=..., before_send=before_send)
    error = hint.get("exc_info", (None, None, None))[1]
    found = bankcodes.from_exception(error) if error is not None else None
    if found is not None:
        event["fingerprint"] = bankcodes.sentry_fingerprint(found)
    return event
