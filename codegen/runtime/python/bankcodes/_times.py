"""RFC 3339 date-times, read as the runtime reads one wherever a sender writes it (a signed
webhook's time, the moment a consent ends): ASCII digits, a zone (Z or an offset in range), at
most nine digits of a second's fraction; and the moments a decision is made at and reads."""

from __future__ import annotations

import datetime
import re

from bankcodes._waits import MAX_TEXT

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


#: The moments a decision is made at: from 1970 to the end of 9998, so that a moment and what
#: is added to it (a wait of at most a week, a consent's lead days) stay within a datetime's range.
EARLIEST = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
LATEST = datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC) - datetime.timedelta(microseconds=1)


def moment(now: object) -> datetime.datetime:
    """The moment a decision is made at: `now`, checked, or the clock's."""
    if now is None:
        return datetime.datetime.now(datetime.UTC)
    if not isinstance(now, datetime.datetime) or now.utcoffset() is None:
        raise TypeError(f"now must be an aware datetime, not {type(now).__name__}")
    try:
        inside = EARLIEST <= now <= LATEST
    except OverflowError:  # an offset that takes it past the first or last moment
        inside = False
    if not inside:
        raise ValueError(f"now must be from 1970 to 9998, not {now.isoformat()[:40]}")
    return now


def date_time(value: object) -> datetime.datetime | None:
    """An RFC 3339 date-time (or an aware datetime, as a model's dump holds one), to the
    millisecond (as JavaScript's Date holds it), in UTC, from 1970 to 9998 (the moments a
    decision is made at); None for any other value."""
    if isinstance(value, datetime.datetime):
        at = value if value.utcoffset() is not None else None
    elif isinstance(value, str) and len(value) <= MAX_TEXT:
        at = rfc3339(value)
    else:
        return None
    try:
        at = None if at is None else at.astimezone(datetime.UTC)
    except OverflowError:  # an offset that takes it past the first or last moment
        return None
    if at is None or not EARLIEST <= at <= LATEST:
        return None
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


#: A day as an ISO date writes it (2017-11-01), and milliseconds since 1970 as a number's digits
#: (at most 15: past 9998 either way).
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MILLIS = re.compile(r"[0-9]{1,15}")


def stated_moment(value: object, form: str, now: datetime.datetime) -> datetime.datetime | None:
    """The moment a body's field states, in the form its source gives it (the spec's EndField):
    date_time, as date_time reads it; last_day, an ISO date, the moment the next day begins in
    UTC; epoch_milliseconds, a number or its digits; seconds, a whole number (as JavaScript
    reads one: 3600.0 is 3600) of seconds after `now`, the response's arrival. None for any
    other value, and for a moment outside 1970 to 9998."""
    if form == "date_time":
        return date_time(value)
    start: datetime.datetime | None
    if form == "seconds":
        seconds = whole_seconds(value)
        if seconds is None:
            return None
        start, step = now, {"seconds": seconds}
    elif form == "last_day":
        day = isinstance(value, str) and DAY.fullmatch(value) is not None
        start, step = rfc3339(f"{value}T00:00:00Z") if day else None, {"days": 1}
    elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**15:
        start, step = EARLIEST, {"milliseconds": value}
    elif isinstance(value, str) and MILLIS.fullmatch(value) is not None:
        start, step = EARLIEST, {"milliseconds": int(value)}
    else:
        return None
    try:
        return None if start is None else date_time(start + datetime.timedelta(**step))
    except OverflowError:  # past the last moment a datetime holds
        return None


def whole_seconds(value: object) -> int | None:
    """A number of seconds a body states: a whole number from 0 to below 10**12 (as JavaScript
    reads one: 3600.0 is 3600); None for any other value."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if 0 <= value < 10**12 and float(value).is_integer() else None


def instant(moment: datetime.datetime) -> str:
    """A moment as a decision's words write it, in both languages (JavaScript's toISOString):
    RFC 3339 in UTC, to the millisecond, with a Z: 2020-01-15T13:25:17.766Z."""
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds")[:-6] + "Z"
