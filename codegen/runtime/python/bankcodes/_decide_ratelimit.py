"""The waits a response's rate-limit headers state: those its provider declares (its
rate_limits facts), else, on a rate-limited response of a provider that declares none of its
own, the IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers):

- RateLimit-Reset (drafts 01 to 06): "the number of seconds until the quota associated with the
  expiring-limit resets", a non-negative Integer (a Structured Field Item: its parameters are
  passed over);
- RateLimit (drafts 07 to 10): a List of Service Limit Items, each a policy's name with its
  parameters, of which "t" is "the number of seconds until additional quota associated with the
  quota policy is made available"; read where it names one policy (several name no one wait).

Each is a delay in seconds as Retry-After's is, bounded as a declared reset header's is; a
value of another form is refused in words, never raised. The TypeScript `decide-ratelimit.ts`
reads them alike.
"""

from __future__ import annotations

import datetime
import re
from typing import cast

from bankcodes._decide_waits import Wait, listed_values, reset_header, waited
from bankcodes._decision import said

#: The longest RateLimit value read, in characters: a longer one is refused.
MOST_TEXT = 1000
#: A Structured Field bare item: an Integer or Decimal, a String, a Token, a Byte Sequence or a
#: Boolean (RFC 9651, section 3.3).
_BARE = (
    r'(?:-?[0-9]{1,15}(?:\.[0-9]{1,3})?|"(?:[^"\\]|\\["\\]){0,200}"'
    r"|[A-Za-z*][A-Za-z0-9:/!#$%&'*+.^_`|~-]{0,200}|:[A-Za-z0-9+/=]{0,400}:|\?[01])"
)
#: One Item: its bare item, then its parameters (each `;key` or `;key=value`).
_ITEM = re.compile(rf"({_BARE})((?:;[ ]*[a-z*][a-z0-9_.*-]{{0,63}}(?:={_BARE})?){{0,16}})")
_PARAMETER = re.compile(rf";[ ]*([a-z*][a-z0-9_.*-]{{0,63}})(?:=({_BARE}))?")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_INTEGER = re.compile(r"[0-9]{1,15}")
_DRAFTS = {"ratelimit-reset": "06", "ratelimit": "10"}


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
            readings.append(reset_header(name, meaning, values[:16], now))
    if limited and all(name.lower() == "retry-after" for name, _ in declared):
        readings.extend(ietf_waits(headers, now))
    return readings


def ietf_waits(headers: dict[str, list[str]], now: datetime.datetime) -> list[Wait]:
    """The waits the IETF RateLimit-Reset and RateLimit fields state, in that order."""
    readings: list[Wait] = []
    for name, key in (("RateLimit-Reset", "ratelimit-reset"), ("RateLimit", "ratelimit")):
        values = headers.get(key)
        if values:
            readings.append(_ietf_wait(name, key, values[:16], now))
    return readings


def _ietf_wait(name: str, key: str, values: list[str], now: datetime.datetime) -> Wait:
    """The wait one IETF field states, or its refusal."""
    draft = _DRAFTS[key]
    text = ", ".join(values)
    items = _items(text) if len(text) <= MOST_TEXT else None
    if key == "ratelimit-reset":
        bare = items[0][0] if items is not None and len(items) == 1 else None
        digits = bare if bare is not None and _INTEGER.fullmatch(bare) else None
        read = _seconds(name, [digits] if digits else values, now)
        meaning = "ietf_reset"
    elif items is None or len(items) != 1:
        says = said("ietf_not_one", name=name, values=listed_values(values), draft=draft)
        return waited(None, said("refused", says=says), said("header_source", name=name))
    else:
        reset = dict(_PARAMETER.findall(items[0][1])).get("t")
        if reset is None:
            says = said("ietf_no_reset", name=name, values=listed_values(values), draft=draft)
            return waited(None, said("refused", says=says), said("header_source", name=name))
        read = _seconds(name, [reset], now)
        meaning = "ietf_t"
    if read.seconds is None:
        return read
    says = said(meaning, says=read.reason.says, draft=draft)
    return waited(read.seconds, says, read.reason.source)


def _seconds(name: str, values: list[str], now: datetime.datetime) -> Wait:
    """The seconds `values` say as a reset header's (one number of seconds, bounded)."""
    return cast(Wait, reset_header(name, "seconds_until_reset", values, now))


def _items(text: str) -> list[tuple[str, str]] | None:
    """The Items of a Structured Field List (at most 16): each bare item with its parameters'
    text; None where the text is no such list."""
    items: list[tuple[str, str]] = []
    at = 0
    while len(items) < 16:
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
