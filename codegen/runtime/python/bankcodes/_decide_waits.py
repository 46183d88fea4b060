"""How long to wait, read in the order a decision prefers them: the response's Retry-After
header, then the provider's declared reset header (its rate_limits facts), then a wait its
prose states in the message (a pattern of its facts), then the wait the code's source states;
the first present decides and the others are listed after it. A value read from outside (a
header, a message) that is no wait is refused in words, shown escaped, and never raised; every
reading is bounded: MAX_MESSAGE characters of a message, MAX_TEXT of a header value, a wait of
at most MAX_WAIT seconds.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from bankcodes._decision import Reason, number, said
from bankcodes._params import printable
from bankcodes._record import Record
from bankcodes._waits import MAX_TEXT, MAX_WAIT, read_retry_after

#: The most characters of a message a prose pattern is matched against, counted in code points
#: (an emoji is one, as len counts it), as the TypeScript `cut` counts them.
MAX_MESSAGE = 2000
#: The most header values, and message texts, read.
MAX_VALUES = 16
_UNITS = {"seconds": 1, "minutes": 60, "hours": 3600}
_DIGITS = re.compile(r"[0-9]{1,12}")
#: A prose wait's number: ASCII digits (another script's are no number).
_ASCII_DIGITS = re.compile(r"[0-9]+")


class Wait(Record):
    """One reading of a wait: the seconds (None where refused) and the reason."""

    seconds: float | None
    reason: Reason


def shown(text: str, most: int = MAX_TEXT) -> str:
    """A value read from outside as a reason shows it: escaped (a space other than ASCII's too,
    which would pass for one), at most `most` characters (MAX_TEXT)."""
    return printable(text[: most * 2], most, spaces=True)


def json_text(value: object) -> str:
    """A JSON value as JavaScript's JSON.stringify writes it (no spaces, text as it is, numbers
    as `number` writes them); TypeError for a value no JSON holds."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int | float):
        return number(value) if value - value == 0 else "null"  # NaN and the infinities
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ",".join(json_text(item) for item in value) + "]"
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return "{" + ",".join(f"{json_text(k)}:{json_text(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"{type(value).__name__} is no JSON")


def waited(seconds: float | None, says: str, source: str) -> Wait:
    """A reading of a wait of `seconds` (None: refused), which `says` reads at `source`."""
    return Wait(seconds=seconds, reason=Reason(part="wait", says=says, source=source))


def _refused(says: str, source: str) -> Wait:
    return waited(None, said("refused", says=says), source)


def retry_after(values: list[str], now: datetime.datetime, name: str = "Retry-After") -> Wait:
    """The wait a Retry-After header says (RFC 9110), or its refusal."""
    source = said("header_source", name=name)
    if len(values) > 1:
        listed = listed_values(values)
        says = said("header_given_times", name=name, count=len(values), values=listed)
        return _refused(says, source)
    try:
        seconds = read_retry_after(values[0], now)
    except ValueError as error:
        return _refused(str(error), source)
    says = said("header_wait", name=name, value=shown(values[0]), seconds=number(seconds))
    return waited(seconds, says, source)


def listed_values(values: list[str]) -> str:
    """The first values of a header, each quoted and shown escaped."""
    return ", ".join(f"'{shown(value)}'" for value in values[:4])


def reset_header(name: str, meaning: str, values: list[str], now: datetime.datetime) -> Wait | None:
    """The wait a provider's declared rate-limit header says: seconds until the limit resets, or
    the Unix time it resets at; None for a header of another meaning (remaining, limit)."""
    if meaning == "retry_after":
        return retry_after(values, now, name)
    if meaning not in ("seconds_until_reset", "reset_epoch"):
        return None
    source = said("header_source", name=name)
    text = values[0].strip(" \t") if len(values) == 1 else ""
    if len(values) != 1 or not _DIGITS.fullmatch(text):
        return _refused(said("header_not_seconds", name=name, values=listed_values(values)), source)
    seconds = float(int(text))
    if meaning == "reset_epoch":
        seconds = max(0.0, seconds - now.timestamp())
    if seconds > MAX_WAIT:
        says = said("header_over_bound", name=name, value=shown(text), most=MAX_WAIT)
        return _refused(says, source)
    says = said("header_wait", name=name, value=shown(text), seconds=number(seconds))
    return waited(seconds, says, source)


def prose(patterns: Iterable[re.Pattern[str]], texts: Iterable[str]) -> Wait | None:
    """The first wait a provider's prose pattern finds in the message's texts (each read to
    MAX_MESSAGE characters), or its refusal where the number is too large."""
    for text in bounded(texts):
        for pattern in patterns:
            match = pattern.search(text)
            if match is None:
                continue
            # The pattern's one group of a unit (the spec's rule), matched or not.
            unit = next((name for name in _UNITS if name in match.groupdict()), "seconds")
            digits = match[unit] or ""
            quote = shown(match.group())
            if not _ASCII_DIGITS.fullmatch(digits):
                return _refused(said("prose_no_number", quote=quote, unit=unit), "message")
            significant = digits.lstrip("0") or "0"  # leading zeros add nothing
            seconds = float(int(significant) * _UNITS[unit]) if len(significant) <= 12 else None
            if seconds is None or seconds > MAX_WAIT:
                return _refused(said("prose_over_bound", quote=quote, most=MAX_WAIT), "message")
            says = said("prose_wait", quote=quote, seconds=number(seconds))
            return waited(seconds, says, "message")
    return None


def bounded(texts: Iterable[str]) -> Iterator[str]:
    for count, text in enumerate(texts):
        if count >= MAX_VALUES:
            return
        yield text[:MAX_MESSAGE]


def texts_of(data: object, depth: int = 0) -> Iterator[str]:
    """The texts of a body (its string values, the top level's first), four levels deep (a
    signed error's message.Errors[].Message)."""
    if isinstance(data, str):
        yield data
    elif depth < 4 and isinstance(data, dict):
        values = [data[key] for key in in_javascript_order(data)][:MAX_VALUES]
        yield from (value for value in values if isinstance(value, str))
        for value in values:
            if isinstance(value, dict | list):
                yield from texts_of(value, depth + 1)
    elif depth < 4 and isinstance(data, list):
        for value in data[:MAX_VALUES]:
            yield from texts_of(value, depth + 1)


def in_javascript_order(data: dict[Any, object]) -> list[Any]:
    """An object's keys in the order JavaScript gives them (Object.values, for the TypeScript
    reading to agree): the array indexes (0 to 2**32 - 2, written as JavaScript writes them)
    ascending, then the other keys as they came."""
    indexes = [key for key in data if _is_index(key)]
    if not indexes:
        return list(data)
    indexes.sort(key=int)
    return [*indexes, *(key for key in data if not _is_index(key))]


def _is_index(key: object) -> bool:
    return (
        isinstance(key, str)
        and len(key) <= 10
        and key.isascii()
        and key.isdigit()
        and (key == "0" or not key.startswith("0"))
        and int(key) < 2**32 - 1
    )


def chosen(readings: Iterable[Wait | None]) -> tuple[float | None, tuple[Reason, ...]]:
    """The first reading that is a wait, with every reason: the deciding one first, then the
    others (those it was preferred to, and the values refused) in their order."""
    found = [reading for reading in readings if reading is not None]
    first = next((reading for reading in found if reading.seconds is not None), None)
    if first is None:
        return None, tuple(reading.reason for reading in found)
    rest = tuple(
        Reason(
            part="wait",
            says=said("not_taken", says=reading.reason.says),
            source=reading.reason.source,
        )
        if reading.seconds is not None
        else reading.reason
        for reading in found
        if reading is not first
    )
    return first.seconds, (first.reason, *rest)


def shown_value(value: object) -> str:
    """A body's value as a reason shows it: text escaped, other JSON as JSON, anything else (a
    value no JSON holds) by its type, each at most MAX_TEXT characters."""
    if isinstance(value, str):
        return shown(value)
    try:
        return shown(json_text(value)[:MAX_TEXT])
    except (TypeError, ValueError, RecursionError):
        return said("no_json", type=type(value).__name__)
