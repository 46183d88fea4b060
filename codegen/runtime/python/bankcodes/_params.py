"""Checks of the parameters a caller passes, each failing with one error that names the parameter
and shows the value received (escaped, cut short)."""

from __future__ import annotations

import re

#: What a terminal or a rendered page would act on rather than show, or not show at all: the C0
#: and C1 control characters, DEL, the marks that reorder text (bidirectional embeddings,
#: overrides and isolates, the directional marks), the line and paragraph separators, and the
#: invisible characters (the soft hyphen, the combining grapheme joiner, the Hangul fillers, the
#: zero-width spaces and joiners, the word joiner and invisible operators, the variation
#: selectors, the byte order mark, the musical format characters, the tags).
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)


#: The spaces that are not ASCII's (no-break, the typographic ones, the ideographic): escaped
#: where asked (`spaces`), as in a value refused, where one would pass for ASCII's space.
_SPACES = re.compile("[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def printable(text: str, limit: int | None = None, *, keep: str = "", spaces: bool = False) -> str:
    """`text` as a terminal may show it: every control character (but those in `keep`) and
    every mark that reorders text as its JSON escape (ESC as \\u001b, U+202E as \\u202e, so
    that JSON stays JSON), a lone surrogate as its escape, with `spaces` every space other than
    ASCII's too, and, with `limit`, at most `limit` characters and a note of how many were left
    out."""

    def escape(found: re.Match[str]) -> str:
        char = found.group()
        if char in keep:
            return char
        units = char.encode("utf-16-be")  # a tag, past U+FFFF, as JSON writes it: two escapes
        return "".join(
            f"\\u{int.from_bytes(units[i : i + 2]):04x}" for i in range(0, len(units), 2)
        )

    shown = _CONTROL.sub(escape, text)
    if spaces:
        shown = _SPACES.sub(escape, shown)
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
    if limit is not None and len(shown) > limit:
        return f"{shown[:limit]}… ({len(shown) - limit} more characters)"
    return shown


def quoted(value: object, limit: int = 60) -> str:
    """A value as an error message shows it: its repr escaped to ASCII, at most `limit`
    characters (the TypeScript `quoted`)."""
    try:
        text = ascii(value)
    except Exception:  # any object's repr may raise anything; an int, past Python's digit limit
        text = f"an int of {value.bit_length()} bits" if type(value) is int else "an object"
    return text if len(text) <= limit else text[:limit] + "…"


def shown(value: object, limit: int = 60) -> str:
    """`quoted(value)` and its type: what a parameter check shows of the value it refuses."""
    return f"{quoted(value, limit)} ({type(value).__name__})"


def flag(name: str, value: object) -> bool:
    """A parameter that is True or False."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {shown(value)}")
    return value


def size(name: str, value: object) -> int:
    """A parameter that is a number of bytes: an int, 0 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (a number of bytes), not {shown(value)}")
    if not 0 <= value <= 2**53 - 1:
        raise ValueError(
            f"{name} must be from 0 to 2**53 - 1 (a number of bytes), not {shown(value)}"
        )
    return value
