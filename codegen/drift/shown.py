"""Text read from a fetched page as a report shows it: on a terminal, and in the Markdown of the
watch's pull request, where a page must not be able to write links, mentions, images or HTML.

Every such text is escaped (every control, format and separator character, the marks that
reorder text among them, and a lone surrogate, as its escape), cut after a limit with a note,
and, in Markdown, set in a code span or a fenced block whose fence is longer than any run of
backticks in it, where GitHub renders no link, mention or tag.
"""

from __future__ import annotations

import re
import unicodedata

#: The Unicode categories shown as escapes: controls, format characters (the bidirectional
#: marks, embeddings, overrides and isolates, zero-width characters), line and paragraph
#: separators, and surrogates.
_ESCAPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
#: Characters of other categories that show nothing: the Hangul fillers and the Khmer inherent
#: vowels (letters), the combining grapheme joiner and the variation selectors (marks).
_INVISIBLE = frozenset(
    "\u115f\u1160\u17b4\u17b5\u3164\uffa0\u034f\u180b\u180c\u180d\u180f"
    + "".join(chr(code) for code in range(0xFE00, 0xFE10))
    + "".join(chr(code) for code in range(0xE0100, 0xE01F0))
)

#: The longest text of a page a report line shows.
LIMIT = 300
#: The longest block (a proposed edit) a Markdown report shows.
BLOCK_LIMIT = 4000


def escaped(text: str, limit: int | None = LIMIT) -> str:
    """`text` with its control characters escaped, cut after `limit` characters (with a note
    of how many were left out)."""
    shown = "".join(_escape(char) for char in text)
    if limit is not None and len(shown) > limit:
        return f"{shown[:limit]}… ({len(shown) - limit} more characters)"
    return shown


def _escape(char: str) -> str:
    if unicodedata.category(char) not in _ESCAPED and char not in _INVISIBLE:
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def code(text: str, limit: int = LIMIT) -> str:
    """`text` escaped, as a Markdown code span (a table cell's pipes escaped too)."""
    shown = escaped(text, limit).replace("|", "\\|")
    fence = "`" * (_longest_run(shown) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") or not shown.strip() else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


def fenced(text: str, info: str = "", limit: int = BLOCK_LIMIT) -> list[str]:
    """`text` escaped line by line as a fenced block: its lines, with the fences."""
    lines = [escaped(line, 1000) for line in text.splitlines()]
    shown: list[str] = []
    size = 0
    for line in lines:
        size += len(line) + 1
        if size > limit:
            shown.append(f"… ({len(lines) - len(shown)} more lines: see drift --fetch --json)")
            break
        shown.append(line)
    fence = "`" * max(3, _longest_run("\n".join(shown)) + 1)
    return [f"{fence}{info}", *shown, fence]


def _longest_run(text: str) -> int:
    return max((len(run) for run in re.findall("`+", text)), default=0)
