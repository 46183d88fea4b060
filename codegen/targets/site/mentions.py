"""The codes a code's text names by their wire values, set as code where the site shows the text
(a status's description that names another status of its code set), as the decoder's card sets
them (site/decoder/mentions.ts): a word of the text that is a value or an alias of a code of the
same code set, and that is shaped as a code (an underscore, a dot or a colon inside it, or two
capitals), never a word of the language ("active", "Pending") that a code set also spells; the
backticks around one that the text sets as code in Markdown, left out."""

from __future__ import annotations

import re
from collections.abc import Callable

from codegen.model import Code, CodeSet

#: A word of a text: letters and digits, with underscores, dots, colons and hyphens inside it.
WORD = re.compile(r"[A-Za-z0-9](?:[\w.:-]*[A-Za-z0-9])?")
#: A word shaped as a code.
SHAPED = re.compile(r"[_.:]|[A-Z].*[A-Z]")


#: Each code set's spellings, by the code set's identity (the code set kept alive beside them).
_SPELLINGS: dict[int, tuple[CodeSet, frozenset[str]]] = {}


def spellings(code_set: CodeSet) -> frozenset[str]:
    """Every value and alias of a code set's codes."""
    if id(code_set) not in _SPELLINGS:
        every = frozenset(spelling for code in code_set.codes for spelling in code.spellings)
        _SPELLINGS[id(code_set)] = (code_set, every)
    return _SPELLINGS[id(code_set)][1]


def mentioned(
    code: Code, text: str, write: Callable[[str], str], as_code: Callable[[str], str]
) -> str:
    """`text` written by `write`, each code it names (of `code`'s code set) by `as_code`."""
    known = spellings(code.code_set)
    parts: list[str] = []
    at = 0
    for found in WORD.finditer(text):
        word = found.group()
        if word in known and SHAPED.search(word):
            start, end = found.span()
            if text[start - 1 : start] == "`" == text[end : end + 1]:  # set as code in Markdown
                start, end = start - 1, end + 1
            parts += [write(text[at:start]) if start > at else "", as_code(word)]
            at = end
    return "".join(parts) + (write(text[at:]) if at < len(text) or not parts else "")
