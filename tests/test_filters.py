"""The escaping filters: whatever the text, the output language reads back exactly that text."""

from __future__ import annotations

import ast
import html
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen.filters import (
    PyExpr,
    comment_block,
    html_text,
    json_text,
    py_call,
    py_comment,
    py_doc,
    py_literal,
    py_str,
    ts_comment,
    ts_str,
)

HOSTILE = [
    "",
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "ends with \\",
    'ends with "',
    "*/",
    "${x}",
    "`",
    "``",
    "</script>",
    "|",
    "a\nb",
    "\r\n",
    "\t",
    "\x01\x1f",
    "\u2028\u2029",
    "\U0001f600",
    "\u0627\u0644\u062e\u0637\u0623",
    "<b>&amp;</b>",
    "\ud800",
]
texts = st.text()


@pytest.mark.parametrize("text", HOSTILE)
def test_py_str_and_py_doc_round_trip_hostile_text(text: str) -> None:
    assert ast.literal_eval(py_str(text)) == text
    assert ast.literal_eval(py_doc(text)) == text


@given(texts)
def test_py_str_round_trips(text: str) -> None:
    assert ast.literal_eval(py_str(text)) == text


@given(texts)
def test_py_doc_round_trips(text: str) -> None:
    literal = py_doc(text)
    assert literal.startswith('"""') and literal.endswith('"""')
    assert ast.literal_eval(literal) == text


def test_py_literal_and_py_call() -> None:
    assert py_literal(("a",)) == "('a',)"
    assert py_literal(()) == "()"
    assert py_literal([1, True, None, "x"]) == "(1, True, None, 'x')"
    assert py_literal(PyExpr("_C.SUCCESS")) == "_C.SUCCESS"
    call = py_call("F", "v", 2, note=None, flag=False, items=(), text="t", on=True)
    assert call == "F('v', 2, text='t', on=True)"
    assert ast.parse(call, mode="eval")


@given(st.recursive(st.none() | st.booleans() | st.integers() | texts, st.lists, max_leaves=8))
def test_py_literal_round_trips(value: object) -> None:
    def as_tuples(item: object) -> object:
        return tuple(as_tuples(x) for x in item) if isinstance(item, list) else item

    assert ast.literal_eval(py_literal(value)) == as_tuples(value)  # type: ignore[arg-type]


@given(texts)
def test_py_comment_is_one_line(text: str) -> None:
    assert "\n" not in py_comment(text) and "\r" not in py_comment(text)


@given(texts)
def test_ts_str_is_json_and_script_safe(text: str) -> None:
    literal = ts_str(text)
    assert json.loads(literal) == text
    assert "<" not in literal and ">" not in literal
    assert "\u2028" not in literal and "\u2029" not in literal


@given(texts)
def test_ts_comment_cannot_close_the_comment(text: str) -> None:
    assert "*/" not in ts_comment(text) and "\n" not in ts_comment(text)


@given(texts)
def test_html_text_round_trips(text: str) -> None:
    escaped = html_text(text)
    assert not re.search(r"[<>\"']", escaped)
    assert html.unescape(escaped) == text


def test_json_text_and_comment_block() -> None:
    assert json_text({"b": 1, "a": "é"}) == '{\n  "b": 1,\n  "a": "é"\n}\n'
    assert comment_block("#", ("one", "", "two")) == "# one\n#\n# two"
