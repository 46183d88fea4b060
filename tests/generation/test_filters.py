"""The escaping filters: whatever the text, the output language reads back exactly that text."""

from __future__ import annotations

import ast
import html
import json
import re
import subprocess
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen import filters
from codegen.filters import (
    PyExpr,
    html_text,
    json_text,
    line_comment,
    md_code,
    md_fence,
    md_link,
    md_text,
    md_url,
    py_bool,
    py_call,
    py_comment,
    py_doc,
    py_literal,
    py_str,
    ts_comment,
    ts_key,
    ts_literal,
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
    call = py_call("F", a="v", b=2, note=None, flag=False, items=(), text="t", on=True)
    assert call == "F(a='v', b=2, text='t', on=True)"
    assert py_call("F", retryable=py_bool(False)) == "F(retryable=False)"
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


def test_ts_key_never_sets_a_prototype() -> None:
    assert ts_key("__proto__") == '["__proto__"]'
    assert ts_key("OK") == "OK"
    assert ts_key("$x_1") == "$x_1"
    assert ts_key("a-b") == '"a-b"'
    assert ts_key("1a") == '"1a"'
    assert json.loads(ts_key("a\u2028</script>")) == "a\u2028</script>"


LAID_OUT: list[object] = [
    {"title": "x" * 60, "url": "https://example.com/" + "y" * 30, "list": [1, 2, 3]},
    [["a" * 50, "b" * 50], {}, [], {"__proto__": {"polluted": True}}],
    {"a-b": None, "short": {"k": 1.5}, "deep": [[["z" * 120]]]},
    {"é": "\u2028</script>", "n": -0.25, "t": True},
]


@pytest.mark.node
def test_ts_literal_lays_data_out_in_the_width_and_reads_back_exactly() -> None:
    """Each member or item gets its own line once the whole does not fit in 100 columns (a
    single string longer than that stands alone on its line), and Node reads back the value."""
    assert ts_literal({"a": [1, 2]}) == "{ a: [1, 2] }"
    assert ts_literal({"a": "x" * 100}) == '{\n  a: "' + "x" * 100 + '",\n}'
    texts = [ts_literal(value, 2, 6) for value in LAID_OUT]
    for text in texts:
        first, *rest = text.splitlines()
        widths = [(2 + 6 + len(first), first)] + [(len(line), line) for line in rest]
        for width, line in widths:
            # Only a line of a single string (with its key) too long for any layout is wider.
            assert width <= 100 or line.count('"') <= 4, line
    # The first three are too long for one line; the last one fits and stays on it.
    assert [len(text.splitlines()) > 1 for text in texts] == [True, True, True, False]
    script = "console.log(JSON.stringify([" + ", ".join(texts) + "]))"
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    read = json.loads(result.stdout)
    assert read == [json.loads(json.dumps(value)) for value in LAID_OUT]
    assert read[1][3] == {"__proto__": {"polluted": True}}


def test_json_text_and_line_comment() -> None:
    assert json_text({"b": 1, "a": "é"}) == '{\n  "b": 1,\n  "a": "é"\n}\n'
    assert line_comment("one\n\ntwo", "#") == "# one\n#\n# two"


# --- Markdown, read back by Python-Markdown with the site's extensions ----------------------

EXTENSIONS = [
    "tables",
    "attr_list",
    "md_in_html",
    "admonition",
    "toc",
    "pymdownx.highlight",
    "pymdownx.superfences",
    "pymdownx.tabbed",
]
CONFIG = {
    "pymdownx.tabbed": {"alternate_style": True},
    "pymdownx.highlight": {"use_pygments": False},
}


class _Rendered(HTMLParser):
    """The tags of rendered HTML and the text inside its p, h2, td and code elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.links: list[str] = []
        self.parts: list[str] = []
        self._inside = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "a":
            self.links.append(str(dict(attrs).get("href")))
        if tag in ("p", "h2", "td"):
            self._inside += 1
        if tag == "br" and self._inside:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h2", "td"):
            self._inside -= 1

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _render(source: str) -> _Rendered:
    return _Rendered(markdown.markdown(source, extensions=EXTENSIONS, extension_configs=CONFIG))


def _reads_back(value: str) -> None:
    expected = value.replace("\r", "")
    contexts = {
        "paragraph": (md_text(value), {"p", "br"}),
        "heading": ("## " + md_text(value), {"h2", "br"}),
        "table cell": (
            "| a |\n|---|\n| " + md_text(value) + " |\n",
            {"table", "thead", "tbody", "tr", "th", "td", "br"},
        ),
    }
    for context, (source, allowed) in contexts.items():
        rendered = _render(source)
        assert set(rendered.tags) <= allowed, (context, value, source)
        assert rendered.text == expected, (context, value, source)


#: Text the spec allows: no lone surrogates, no control characters but tab and line breaks (the
#: spec's schema rejects them, and HTML cannot show them).
MARKDOWN_HOSTILE = [
    *(text for text in HOSTILE if text not in ("\x01\x1f", "\ud800")),
    "Flow completed.",
    "re-enter",
    "INVALID_LOGIN",
    "_emphasis_",
    '"";__import__("os")',
    "a__b__c __init__ ___x___",
    "**strong**",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "    indented",
    "!!! note",
    '=== "Tab"',
    "~~~",
    "```",
    "{: .class onclick=alert(1) }",
    "{ #id }",
    "[x](javascript:alert(1))",
    "![x](y)",
    "<https://example.com>",
    "&amp; &#60;",
    "trailing #",
    " lead and trail ",
    "a  \nb",
    "\u200f\u0627\u0644\u0631\u0645\u0632 RLM",
    "{{ jinja }} {% raw %}",
]


@pytest.mark.parametrize("text", MARKDOWN_HOSTILE)
def test_md_text_reads_back_literally(text: str) -> None:
    _reads_back(text)


markdown_texts = st.lists(
    st.sampled_from(
        [*"\\`*_{}[]()#+-.!|~:^=$%'\"<>&;/ \tab1\n", "\u2028", "é", "&amp;", "<b>", "1.", "```"]
    ),
    min_size=1,
    max_size=12,
).map("".join)


@settings(max_examples=600)
@given(markdown_texts)
def test_md_text_reads_back_whatever_the_text(text: str) -> None:
    _reads_back(text)


def test_md_text_escapes_only_what_markdown_needs() -> None:
    assert md_text("Flow completed. Re-enter the OTP; then wait (1 minute).") == (
        "Flow completed. Re-enter the OTP; then wait (1 minute)."
    )
    assert md_text("INVALID_LOGIN and secondary_status") == "INVALID_LOGIN and secondary_status"
    assert md_text("_x_ a|b <c> `d`") == "\\_x\\_ a\\|b &lt;c&gt; \\`d\\`"


def test_md_code_and_fence() -> None:
    assert _render(md_code("a_b*c*")).text == "a_b*c*"
    fenced = md_fence("```\ncode\n````", "json")
    assert fenced.startswith("`````json\n") and fenced.endswith("\n`````")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a(b)c",
        "https://example.com/x)[y](javascript:alert(1)",
        "https://example.com/<script>",
        'https://example.com/"onmouseover=alert(1)',
    ],
)
def test_md_link_keeps_its_url_and_text(url: str) -> None:
    rendered = _render(md_link("Title [x](javascript:y)", url))
    assert rendered.links == [md_url(url)]
    assert rendered.text == "Title [x](javascript:y)"
    assert not any(link.startswith("javascript:") for link in rendered.links)


def test_ts_literal_lays_each_text_out_at_most_twice_however_deep_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A nested value too wide for one line is measured level by level only up to the width,
    not laid out whole again at each level: its 1,000 texts, seven levels down, are escaped at
    most twice each (eight times while every level laid its whole value out)."""
    calls: list[str] = []

    def counted(value: str) -> str:
        calls.append(value)
        return ts_str(value)

    monkeypatch.setattr(filters, "ts_str", counted)
    leaves = [[f"text {row}-{column}" for column in range(10)] for row in range(100)]
    value: object = leaves
    for level in range(5):
        value = {f"level{level}": value}
    text = ts_literal(value)
    assert text.count('"text ') == 1000
    assert 1000 <= len(calls) <= 2000
