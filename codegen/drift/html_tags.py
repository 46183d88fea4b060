"""The tags of an HTML page as a browser's tokenizer reads them (the HTML Standard, 13.2.5), in one
pass linear in the page's length: so that how deep a page nests its elements is known before a
parser whose cost grows faster than that is given it (codegen.drift.limits.html_depth).

What is read as the tokenizer reads it: a tag's attributes, a value quoted only after its `=`
(`<div a="<">` is one tag; `<div a"b>` ends at its `>`), a comment from `<!--` to `-->` or `--!>`
(`<!-->` and `<!--->` end at once), a bogus comment or a doctype (`<!…>`, `<?…>`, `</ …>`) to
its `>`, and the text of the elements whose content is no markup (script, style, title,
textarea, …) to their end tag (noscript's is read as markup: a parser may). Input that ends
inside a tag or a comment has no more tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Elements whose content is read as text up to their end tag.
_RAW_TEXT = frozenset(
    "script style textarea title xmp iframe noembed noframes plaintext".split()  # noqa: SIM905
)
_NAME = re.compile(r"(/?)([A-Za-z][^\s/>]*)")
_SPACE = re.compile(r"[\t\n\f\r ]*")
#: An attribute's name: up to a space, "/", ">" or "=" (a leading "=" is part of it).
_ATTRIBUTE = re.compile(r"=?[^\t\n\f\r />=]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")


def tags(text: str) -> Iterator[tuple[bool, str, bool]]:
    """Every tag of `text`: (an end tag, its name in lower case, ended by "/>")."""
    at = 0
    while (start := text.find("<", at)) >= 0:
        if text.startswith("<!--", start):
            at = _comment_end(text, start + 4)
            continue
        if text.startswith(("<!", "<?"), start) or text.startswith("</>", start):
            end = text.find(">", start + 2)
            at = len(text) if end < 0 else end + 1
            continue
        name = _NAME.match(text, start + 1)
        if name is None:
            if text.startswith("</", start):  # "</ x>": a bogus comment to its ">"
                end = text.find(">", start + 2)
                at = len(text) if end < 0 else end + 1
            else:
                at = start + 1
            continue
        end, empty = _tag_end(text, name.end())
        if end < 0:
            return
        closing, tag = bool(name.group(1)), name.group(2).lower()
        yield closing, tag, empty
        at = end
        if not closing and tag in _RAW_TEXT:
            at = _raw_end(text, at, tag)


def _comment_end(text: str, at: int) -> int:
    """Where the comment opened before `at` ends (past its end), the text's end without one."""
    if text.startswith(">", at):
        return at + 1
    if text.startswith("->", at):
        return at + 2
    ends = [found for mark in ("-->", "--!>") if (found := text.find(mark, at)) >= 0]
    if not ends:
        return len(text)
    first = min(ends)
    return first + (3 if text.startswith("-->", first) else 4)


def _tag_end(text: str, at: int) -> tuple[int, bool]:
    """Where the tag whose attributes begin at `at` ends (past its ">"), and whether "/>" ends
    it; -1 when the text ends inside it."""
    size = len(text)
    empty = False
    while at < size:
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if at >= size:
            break
        char = text[at]
        if char == ">":
            return at + 1, empty
        if char == "/":
            empty = text.startswith(">", at + 1)
            at += 1
            continue
        empty = False
        at = _ATTRIBUTE.match(text, at).end()  # type: ignore[union-attr]
        after = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if not text.startswith("=", after):
            continue
        at = _SPACE.match(text, after + 1).end()  # type: ignore[union-attr]
        if at < size and text[at] in "\"'":
            close = text.find(text[at], at + 1)
            if close < 0:
                return -1, False
            at = close + 1
        else:
            at = _UNQUOTED.match(text, at).end()  # type: ignore[union-attr]
    return -1, False


def _raw_end(text: str, at: int, tag: str) -> int:
    """Where the text of a raw-text element that starts at `at` ends: at its end tag (the text's
    end without one)."""
    found = re.compile(rf"</{re.escape(tag)}[\t\n\f\r />]", re.IGNORECASE).search(text, at)
    return len(text) if found is None else found.start()
