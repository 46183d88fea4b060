"""Escaping and literal filters, shared by every target and registered in the Jinja environment.

Each filter turns a value from the spec into text that is safe in one output language. They are
the only place where escaping happens; templates never build literals by hand.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

PyValue = str | int | bool | None | Sequence[Any] | Mapping[str, Any]


class PyExpr(str):
    """Python source that `py_literal` inserts as it is (a name or a call already rendered)."""

    __slots__ = ()


def py_str(value: str) -> str:
    """A Python string literal whose value is exactly `value`."""
    return repr(value)


def py_doc(text: str) -> str:
    """A triple-quoted Python docstring literal whose value is `text` (line breaks kept).

    A quote is escaped when another quote follows it or it ends the text, so no run of three
    quotes (nor a quote touching the closing delimiter) can appear unescaped.
    """
    body = text.replace("\\", "\\\\")
    body = re.sub(r'"(?=")|"\Z', r'\\"', body)
    body = "".join(
        char if char.isprintable() or char == "\n" else repr(char)[1:-1] for char in body
    )
    return f'"""{body}"""'


def py_literal(value: PyValue) -> str:
    """A Python literal for a string, int, bool, None, tuple/list (as a tuple), dict with string
    keys, or PyExpr."""
    if isinstance(value, PyExpr):
        return str(value)
    if isinstance(value, str):
        return py_str(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, Mapping):
        pairs = (f"{py_str(key)}: {py_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    items = [py_literal(item) for item in value]
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def py_call(function: str, /, **kwargs: PyValue) -> PyExpr:
    """A call expression with keyword arguments only (the runtime's records take nothing by
    position). A keyword whose value is None, False or empty is left out: it takes the record's
    default; a required flag is written with py_bool."""
    parts = [
        f"{key}={py_literal(value)}"
        for key, value in kwargs.items()
        if value is not None and value is not False and value != ()
    ]
    return PyExpr(f"{function}(" + ", ".join(parts) + ")")


def py_bool(value: bool) -> PyExpr:
    """A flag py_call writes even when it is False."""
    return PyExpr(repr(bool(value)))


def py_comment(text: str) -> str:
    """A single-line Python comment body: line breaks become spaces."""
    return " ".join(text.split())


_JS_UNSAFE = str.maketrans(
    {"\u2028": "\\u2028", "\u2029": "\\u2029", "<": "\\u003c", ">": "\\u003e"}
)


def ts_str(value: str) -> str:
    """A TypeScript/JavaScript string literal, also safe inside an HTML <script> element."""
    return encode_basestring(value).translate(_JS_UNSAFE)  # json.dumps(value, ensure_ascii=False)


class TsExpr(str):
    """TypeScript source that `ts_literal` inserts as it is (a name already rendered)."""

    __slots__ = ()


#: Where a reference page holds HTML ready-made (codegen.targets.site.markup writes it):
#: site/raw_blocks.py passes what is between them through. Here, among the foundations, so that the
#: site's build reads them without importing the generator's targets and spec models.
RAW_START = "<!-- bankcodes:html -->"
RAW_END = "<!-- /bankcodes:html -->"

#: The width `ts_literal` lays data out in, as the hand-written TypeScript is formatted.
TS_WIDTH = 100


def ts_literal(value: Any, indent: int = 0, lead: int = 0) -> str:
    """A TypeScript literal for JSON-like data (str, int, float, bool, None, list, tuple, dict),
    laid out as data: on one line when it fits in TS_WIDTH columns (from `indent` spaces and
    `lead` characters before it on its line), else one member or item per line."""
    if not isinstance(value, list | tuple | dict) or not value:
        return _ts_flat(value)
    flat = _fitting(value, TS_WIDTH - indent - lead)
    if flat is not None:
        return flat
    inner = " " * (indent + 2)
    if isinstance(value, dict):
        lines = [
            f"{inner}{(key := ts_key(k))}: {ts_literal(v, indent + 2, len(key) + 3)},"
            for k, v in value.items()
        ]
        opening, closing = "{", "}"
    else:
        lines = [f"{inner}{ts_literal(item, indent + 2, 1)}," for item in value]
        opening, closing = "[", "]"
    return opening + "\n" + "\n".join(lines) + "\n" + " " * indent + closing


def _fitting(value: Any, budget: int) -> str | None:
    """`_ts_flat(value)` if it is at most `budget` characters long, else None: found without
    laying out more than that (a nested value is measured once per level, not whole each time)."""
    if not isinstance(value, list | tuple | dict) or not value:
        flat = _ts_flat(value)
        return flat if len(flat) <= budget else None
    if isinstance(value, dict):
        pairs, left, shape = [(f"{ts_key(k)}: ", v) for k, v in value.items()], budget - 4, "{ %s }"
    else:
        pairs, left, shape = [("", item) for item in value], budget - 2, "[%s]"
    parts: list[str] = []
    for head, item in pairs:
        left -= len(head) + (2 if parts else 0)
        inner = _fitting(item, left) if left >= 0 else None
        if inner is None:
            return None
        left -= len(inner)
        parts.append(head + inner)
    return shape % ", ".join(parts)


def _ts_flat(value: Any) -> str:
    if isinstance(value, TsExpr):
        return str(value)
    if isinstance(value, str):
        return ts_str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{ts_key(k)}: {_ts_flat(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(_ts_flat(item) for item in value) + "]"


def ts_member(key: str, value: Any) -> tuple[str, str]:
    """A top-level object member (at two spaces): its key and its value laid out after it."""
    literal = ts_key(key)
    return literal, ts_literal(value, 2, len(literal) + 3)


_TS_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def ts_key(value: str) -> str:
    """An object-literal key whose property name is exactly `value`: bare when it is an ASCII
    identifier, else a string ("__proto__", which would set the object's prototype, becomes a
    computed key)."""
    if value == "__proto__":
        return f"[{ts_str(value)}]"
    return value if _TS_IDENTIFIER.fullmatch(value) else ts_str(value)


def ts_comment(text: str) -> str:
    """Text for a /* */ or /** */ comment: cannot close it, one line."""
    return " ".join(text.replace("*/", "*\u200b/").split())


def ts_doc(text: str, indent: int = 0) -> str:
    """A TSDoc comment of `text`, on one line when it fits in 100 columns, else wrapped."""
    clean = ts_comment(text)
    pad = " " * indent
    if len(pad) + len(clean) + 7 <= 100:
        return f"/** {clean} */"
    lines = textwrap.wrap(clean, width=100 - indent - 3, break_long_words=False)
    return "/**\n" + "".join(f"{pad} * {line}\n" for line in lines) + f"{pad} */"


def ts_doc_lines(text: str, indent: int = 2) -> list[str]:
    """`text` as the wrapped lines of a TSDoc block (without the leading " * ")."""
    return textwrap.wrap(ts_comment(text), width=100 - indent - 3, break_long_words=False)


#: Characters that start inline Markdown, HTML or an attribute list wherever they stand.
_INLINE = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "[": "\\[",
    "]": "\\]",
    "|": "\\|",
    "{": "\\{",
    "}": "\\}",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
    "\t": "&#9;",
    "\x02": "&#2;",
    "\x03": "&#3;",
}
#: Characters that start a block (heading, list, admonition, tabs, fence) at the start of a line.
_BLOCK_START = {"#": "\\#", "-": "\\-", "+": "\\+", "!": "\\!", "=": "&#61;", "~": "&#126;"}
#: A letter or digit: an underscore between two of them never starts emphasis.
_WORD = re.compile(r"[^\W_]")
_ORDERED = re.compile(r"[0-9]+(?=[.)](?:\s|\Z))")


#: Every character md_text may replace wherever it stands.
_SPECIAL = re.compile("[" + re.escape("".join(_INLINE)) + "_\n]")


def md_text(value: str) -> str:
    """Inline Markdown that shows `value` literally in a paragraph, a heading or a table cell.

    Only what Markdown or HTML would read as syntax at its position is escaped: characters that
    start inline syntax anywhere, an underscore at a word boundary (emphasis), block syntax at the
    start, a heading's closing hashes at the end, and spaces that a table cell would trim. Line
    breaks become <br>, so the text stays one line of Markdown.
    """
    text = value.replace("\r", "")
    if not text or _plain(text):
        return text
    out = list(text)
    for found in _SPECIAL.finditer(text):
        index, char = found.start(), found.group()
        if char in _INLINE:
            out[index] = _INLINE[char]
        elif char == "\n":
            out[index] = "<br>"
        elif not _inside_word(text, index):
            out[index] = "\\_"
    if text and text[0] in _BLOCK_START:
        out[0] = _BLOCK_START[text[0]]
    ordered = _ORDERED.match(text)
    if ordered:
        out[ordered.end()] = "\\" + text[ordered.end()]
    if text.endswith("#") and len(text) > 1:
        out[-1] = "\\#"
    for index in (*_run(text), *_run(text, reverse=True)):
        out[index] = f"&#{ord(text[index])};"
    return "".join(out)


def _plain(text: str) -> bool:
    """Whether md_text leaves the (non-empty) text as it is: no character it escapes."""
    return not (
        _SPECIAL.search(text)
        or text[0] in _BLOCK_START
        or text[0].isspace()
        or text[-1].isspace()
        or text[-1] == "#"
        or _ORDERED.match(text)
    )


def _inside_word(text: str, index: int) -> bool:
    return (
        0 < index < len(text) - 1
        and bool(_WORD.match(text[index - 1]))
        and bool(_WORD.match(text[index + 1]))
    )


def _run(text: str, reverse: bool = False) -> list[int]:
    """Indices of the leading (or trailing) whitespace of `text`, which Markdown would strip."""
    indices = range(len(text) - 1, -1, -1) if reverse else range(len(text))
    found = []
    for index in indices:
        if not text[index].isspace() or text[index] == "\n":
            break
        found.append(index)
    return found


def md_cell(value: str | None) -> str:
    """A Markdown table cell: md_text, or an em dash for no value."""
    return md_text(value) if value else "\u2014"


def md_code(value: str) -> str:
    """An inline code element showing `value` literally."""
    return f"<code>{md_text(value)}</code>"


def md_identifier(value: str) -> str:
    """An inline code element for an identifier that may break across lines only after an
    underscore or a dot (the site's stylesheet stops breaks anywhere else)."""
    text = md_text(value)
    for mark in ("_", "."):
        text = text.replace(mark, mark + "<wbr>")
    return f'<code class="identifier">{text}</code>'


def md_fence(text: str, language: str = "") -> str:
    """A fenced code block whose fence no line of `text` can close."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{language}\n{text.rstrip(chr(10))}\n{fence}"


#: Characters a link destination keeps as they are; every other one is percent-encoded, so a URL
#: can neither close its Markdown link nor its HTML attribute.
_URL_SAFE = ":/?#=&%@+,;~-._!$"


def md_url(url: str) -> str:
    """A URL as a Markdown link destination."""
    return urllib.parse.quote(url, safe=_URL_SAFE)


def md_link(text: str, url: str) -> str:
    """A Markdown link showing `text` literally and pointing at `url`."""
    return f"[{md_text(text)}]({md_url(url)})"


def json_pretty(value: object) -> str:
    """A JSON value as people read it: indented, non-ASCII characters as they are."""
    return json.dumps(value, indent=2, ensure_ascii=False)


def html_text(value: str) -> str:
    """Text for HTML element content or attribute values."""
    return html.escape(value, quote=True)


def mermaid_text(value: str) -> str:
    """Text for a quoted Mermaid label: letters, digits, spaces and _-. as they are, every
    other character as Mermaid's entity code (#35; for #)."""
    return "".join(c if c.isalnum() or c in " _-." else f"#{ord(c)};" for c in value)


def json_text(value: Any) -> str:
    """A JSON document: two-space indent, UTF-8 as is, key order as given, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def line_comment(text: str, prefix: str) -> str:
    """`text` as line comments with the given prefix (`#`, `//`), one per line of text."""
    return "\n".join(f"{prefix} {line}".rstrip() for line in text.split("\n"))


FILTERS: Mapping[str, Callable[..., str]] = {
    "py_str": py_str,
    "py_doc": py_doc,
    "py_literal": py_literal,
    "py_comment": py_comment,
    "ts_str": ts_str,
    "ts_literal": ts_literal,
    "ts_key": ts_key,
    "ts_comment": ts_comment,
    "ts_doc": ts_doc,
    "md_text": md_text,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_fence": md_fence,
    "md_identifier": md_identifier,
    "json_pretty": json_pretty,
    "md_url": md_url,
    "md_link": md_link,
    "html_text": html_text,
    "mermaid_text": mermaid_text,
    "json_text": json_text,
    "line_comment": line_comment,
}
