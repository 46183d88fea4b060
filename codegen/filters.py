"""Escaping and literal filters, shared by every target and registered in the Jinja environment.

Each filter turns a value from the spec into text that is safe in one output language. They are
the only place where escaping happens; templates never build literals by hand.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

HEADER = "generated from spec/catalog.json — do not edit (run `make generate`)"

PyValue = str | int | bool | None | Sequence[Any]


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
    """A Python literal for a string, int, bool, None, tuple/list (as a tuple) or PyExpr."""
    if isinstance(value, PyExpr):
        return str(value)
    if isinstance(value, str):
        return py_str(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    items = [py_literal(item) for item in value]
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def py_call(function: str, *args: PyValue, **kwargs: PyValue) -> PyExpr:
    """A call expression; keyword arguments whose value is None, False or empty are left out."""
    parts = [py_literal(arg) for arg in args]
    parts += [
        f"{key}={py_literal(value)}"
        for key, value in kwargs.items()
        if value is not None and value is not False and value != ()
    ]
    return PyExpr(f"{function}(" + ", ".join(parts) + ")")


def py_comment(text: str) -> str:
    """A single-line Python comment body: line breaks become spaces."""
    return " ".join(text.split())


_JS_UNSAFE = {"\u2028": "\\u2028", "\u2029": "\\u2029", "<": "\\u003c", ">": "\\u003e"}


def ts_str(value: str) -> str:
    """A TypeScript/JavaScript string literal, also safe inside an HTML <script> element."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(_JS_UNSAFE.get(char, char) for char in text)


def ts_literal(value: Any) -> str:
    """A TypeScript literal for JSON-like data (str, int, float, bool, None, list, tuple, dict)."""
    if isinstance(value, str):
        return ts_str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{ts_str(k)}: {ts_literal(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(ts_literal(item) for item in value) + "]"


def ts_comment(text: str) -> str:
    """Text for a /* */ or /** */ comment: cannot close it, one line."""
    return " ".join(text.replace("*/", "*\u200b/").split())


#: ASCII punctuation that Markdown or its extensions may read as syntax.
_MD_SYNTAX = frozenset("\\`*_{}[]()#+-.!|~:^=$%'\"")


def md_text(value: str) -> str:
    """Inline Markdown that shows `value` literally: HTML-escaped, every Markdown-significant
    character (and tabs, which Markdown expands) as a numeric entity, line breaks as <br>. Safe
    in paragraphs and table cells."""
    escaped = "".join(
        f"&#{ord(char)};" if char in _MD_SYNTAX or char == "\t" else char
        for char in html.escape(value, quote=False)
        if char != "\r"
    )
    return "<br>".join(escaped.split("\n"))


def md_cell(value: str | None) -> str:
    """A Markdown table cell: md_text, or an em dash for no value."""
    return md_text(value) if value else "\u2014"


def md_code(value: str) -> str:
    """An inline code element showing `value` literally."""
    return f"<code>{md_text(value)}</code>"


def md_fence(text: str, language: str = "") -> str:
    """A fenced code block whose fence no line of `text` can close."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{language}\n{text.rstrip(chr(10))}\n{fence}"


def html_text(value: str) -> str:
    """Text for HTML element content or attribute values."""
    return html.escape(value, quote=True)


def json_text(value: Any) -> str:
    """A JSON document: two-space indent, UTF-8 as is, key order as given, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def comment_block(prefix: str, lines: Sequence[str] = (HEADER,)) -> str:
    """Header comment lines with the given line-comment prefix (`#`, `//`)."""
    return "\n".join(f"{prefix} {line}" if line else prefix for line in lines)


FILTERS: Mapping[str, Callable[..., str]] = {
    "py_str": py_str,
    "py_doc": py_doc,
    "py_literal": py_literal,
    "py_comment": py_comment,
    "ts_str": ts_str,
    "ts_literal": ts_literal,
    "ts_comment": ts_comment,
    "md_text": md_text,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_fence": md_fence,
    "html_text": html_text,
    "json_text": json_text,
    "comment_block": comment_block,
}
