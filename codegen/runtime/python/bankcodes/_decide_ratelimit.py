"""The waits a response's rate-limit headers state: those its provider declares (its
rate_limits facts), else, on a rate-limited response of a provider that declares none of its
own, the IETF RateLimit header fields that bankcodes._phrases.RATELIMIT_FIELDS names, each read
as a Structured Field (STRUCTURED_FIELD). Each is a delay in seconds as Retry-After's is,
bounded as a declared reset header's is; a value of another form is refused in words, never
raised. The TypeScript `decide-ratelimit.ts` reads them alike.
"""

from __future__ import annotations

import datetime
import re
from typing import cast

from bankcodes._decide_waits import Wait, listed_values, reset_header, waited
from bankcodes._decision import said
from bankcodes._phrases import HEADER_LIMITS, RATELIMIT_FIELDS, STRUCTURED_FIELD

_BARE, _KEY = STRUCTURED_FIELD["bare"], STRUCTURED_FIELD["key"]
#: One Item: its bare item, then its parameters (each `;key` or `;key=value`).
_ITEM = re.compile(rf"({_BARE})((?:;[ ]*{_KEY}(?:={_BARE})?){{0,16}})")
_PARAMETER = re.compile(rf";[ ]*({_KEY})(?:=({_BARE}))?")
_COMMA = re.compile(STRUCTURED_FIELD["comma"])
_INTEGER = re.compile(STRUCTURED_FIELD["integer"])
_VALUES = HEADER_LIMITS["values"]


def header_waits(
    declared: tuple[tuple[str, str], ...],
    headers: dict[str, list[str]],
    now: datetime.datetime,
    limited: bool,
) -> list[Wait | None]:
    """The waits of the provider's declared headers (Retry-After aside: it is read first); where
    it declares none of its own and the response is rate-limited (`limited`), the IETF fields'."""
    readings: list[Wait | None] = []
    for name, meaning in declared:
        values = headers.get(name.lower())
        if values and name.lower() != "retry-after":
            readings.append(reset_header(name, meaning, values[:_VALUES], now))
    if limited and all(name.lower() == "retry-after" for name, _ in declared):
        readings.extend(ietf_waits(headers, now))
    return readings


def ietf_waits(headers: dict[str, list[str]], now: datetime.datetime) -> list[Wait]:
    """The waits the IETF RateLimit fields state, in the order RATELIMIT_FIELDS names them."""
    readings: list[Wait] = []
    for name, draft, parameter, phrase in RATELIMIT_FIELDS:
        values = headers.get(name.lower())
        if values:
            readings.append(_ietf_wait(name, draft, parameter, phrase, values[:_VALUES], now))
    return readings


def _ietf_wait(
    name: str, draft: str, parameter: str, phrase: str, values: list[str], now: datetime.datetime
) -> Wait:
    """The wait one IETF field states (in its one Item, or in that Item's `parameter`), or its
    refusal."""
    text = ", ".join(values)
    items = _items(text) if len(text) <= HEADER_LIMITS["ratelimit_text"] else None
    one = items[0] if items is not None and len(items) == 1 else None
    if not parameter:
        digits = one[0] if one is not None and _INTEGER.fullmatch(one[0]) else None
        read = _seconds(name, [digits] if digits else values, now)
    else:
        reset = None if one is None else dict(_PARAMETER.findall(one[1])).get(parameter)
        if reset is None:
            wrong = "ietf_not_one" if one is None else "ietf_no_reset"
            says = said(wrong, name=name, values=listed_values(values), draft=draft)
            return waited(None, said("refused", says=says), said("header_source", name=name))
        read = _seconds(name, [reset], now)
    if read.seconds is None:
        return read
    says = said(phrase, says=read.reason.says, draft=draft)
    return waited(read.seconds, says, read.reason.source)


def _seconds(name: str, values: list[str], now: datetime.datetime) -> Wait:
    """The seconds `values` say as a reset header's (one number of seconds, bounded)."""
    return cast(Wait, reset_header(name, "seconds_until_reset", values, now))


def _items(text: str) -> list[tuple[str, str]] | None:
    """The Items of a Structured Field List (at most HEADER_LIMITS["items"]): each bare item with
    its parameters' text; None where the text is no such list."""
    items: list[tuple[str, str]] = []
    at = 0
    while len(items) < HEADER_LIMITS["items"]:
        item = _ITEM.match(text, at)
        if item is None:
            return None
        items.append((item[1], item[2]))
        at = item.end()
        if at == len(text):
            return items
        comma = _COMMA.match(text, at)
        if comma is None:
            return None
        at = comma.end()
    return None
