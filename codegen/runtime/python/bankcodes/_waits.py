"""How long to wait before a request is tried again, as a response says it: the `Retry-After`
header (RFC 9110 §10.2.3) in both its forms, delay-seconds and HTTP-date, the latter in any of
the three formats a recipient must accept (§5.6.7: IMF-fixdate, RFC 850, asctime).

One definition, shared with the TypeScript `readRetryAfter` (a corpus both run): a value is
trimmed of spaces and tabs; delay-seconds are ASCII digits only (no sign, no fraction, no other
script's digits); a date names its weekday truly, is a real day and is in GMT, its leap second
(23:59:60, which §5.6.7's grammar allows) read as the second after 23:59:59; a date past is a
wait of 0; a wait over MAX_WAIT seconds (a week) is no rate limit's and is refused, as are a
value longer than MAX_TEXT characters and several values (Retry-After is one value). A refused
value raises ValueError saying what it is and why, the value shown escaped."""

from __future__ import annotations

import datetime
import re

from bankcodes._decision import said
from bankcodes._params import printable

#: The longest wait read, in seconds (a week): a longer one is refused.
MAX_WAIT = 7 * 24 * 3600
#: The longest value read, in characters counted as code points (an emoji is one), as the
#: TypeScript `longerThan` counts them.
MAX_TEXT = 64

_DIGITS = re.compile(r"[0-9]+")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIME = r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
_MONTH = "(?P<month>" + "|".join(_MONTHS) + ")"
_DAY = r"(?P<day>[A-Za-z]+)"
_YEAR = r"(?P<year>[0-9]{4})"
#: The three formats, each with the weekday names it uses (short or long).
_FORMATS = (
    # IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    (re.compile(rf"{_DAY}, (?P<date>[0-9]{{2}}) {_MONTH} {_YEAR} {_TIME} GMT"), _DAYS),
    # RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    (
        re.compile(rf"{_DAY}, (?P<date>[0-9]{{2}})-{_MONTH}-(?P<year>[0-9]{{2}}) {_TIME} GMT"),
        _LONG_DAYS,
    ),
    # asctime: Sun Nov  6 08:49:37 1994
    (re.compile(rf"{_DAY} {_MONTH} (?P<date>[ 0-9][0-9]) {_TIME} {_YEAR}"), _DAYS),
)


def read_retry_after(value: str, now: datetime.datetime) -> float:
    """The seconds to wait that a Retry-After value says, at `now` (an aware datetime): its
    delay-seconds, or the seconds until its date (0 for a date past). ValueError for a value that
    is neither, or a wait over MAX_WAIT."""
    text = value.strip(" \t")
    shown = printable(text[:MAX_TEXT], spaces=True) + ("…" if len(text) > MAX_TEXT else "")
    if len(text) > MAX_TEXT:
        raise ValueError(said("retry_after_long", value=shown, most=MAX_TEXT))
    if _DIGITS.fullmatch(text.split(",", 1)[0].strip(" \t")) and "," in text:
        raise ValueError(said("retry_after_several", value=shown))
    if _DIGITS.fullmatch(text):
        seconds = float(int(text))
    else:
        dated = _date(text, now)
        if dated is None:
            raise ValueError(said("retry_after_neither", value=shown))
        moment, leap = dated
        seconds = max(0.0, (moment - now).total_seconds() + leap)
    if seconds > MAX_WAIT:
        raise ValueError(said("retry_after_over_bound", value=shown, most=MAX_WAIT))
    return seconds


def _date(text: str, now: datetime.datetime) -> tuple[datetime.datetime, int] | None:
    """The moment an HTTP date names, and 0; for a leap second (23:59:60, which RFC 9110's
    grammar allows: "00:00:00 - 23:59:60 (leap second)"), 23:59:59 and 1, the second after it
    (the next day's 00:00:00, as a clock that counts no leap second reads it). None for no HTTP
    date: a wrong weekday, no such day or time (31 Feb, 24:00, a second 60 at another minute)."""
    for pattern, days in _FORMATS:
        match = pattern.fullmatch(text)
        if match is None or not match["date"].strip().isdigit():
            continue
        year = int(match["year"])
        if len(match["year"]) == 2:
            # RFC 9110 §5.6.7: a timestamp with a two-digit year that appears more than 50 years
            # ahead is in the most recent past year ending in those digits (the whole moment
            # compared, not the year alone).
            at = now.astimezone(datetime.UTC)
            year += at.year - at.year % 100
            day = (_MONTHS.index(match["month"]) + 1, int(match["date"].strip()))
            time = (int(match["hour"]), int(match["minute"]), int(match["second"]))
            limit = (at.year + 50, at.month, at.day, at.hour, at.minute, at.second)
            if (year, *day, *time) > limit:
                year -= 100
        clock = (int(match["hour"]), int(match["minute"]), int(match["second"]))
        leap = int(clock == (23, 59, 60))
        try:
            moment = datetime.datetime(
                year,
                _MONTHS.index(match["month"]) + 1,
                int(match["date"].strip()),
                clock[0],
                clock[1],
                clock[2] - leap,
                tzinfo=datetime.UTC,
            )
        except ValueError:
            return None  # no such day (31 Feb) or time (25:00)
        return (moment, leap) if days[moment.weekday()] == match["day"] else None
    return None
