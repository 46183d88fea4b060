"""RFC 3339 date-times, read as the runtime reads one wherever a sender writes it (a signed
webhook's time, the moment a consent ends): ASCII digits, a zone (Z or an offset in range), at
most nine digits of a second's fraction."""

from __future__ import annotations

import datetime
import re

RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?"
    r"([Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)


def rfc3339(text: str) -> datetime.datetime | None:
    """The moment `text` names, or None where it is no RFC 3339 date-time or names no real day
    (February 30th)."""
    if RFC3339.fullmatch(text) is None:
        return None
    try:
        return datetime.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return None
