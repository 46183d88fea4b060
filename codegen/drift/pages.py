"""Codes a documentation page publishes: a table (Markdown or HTML), one section per code, a
list of codes, a table of one code's facts, one JSON example per code, or a lifecycle's
flowchart (codegen.drift.flowchart).

A table rule reads a code per row of every table whose header has its code column
(codegen.drift.tabular). A sections rule (Markdown) reads a
heading per code and what follows it up to the next such heading:
`{"sections": {"level": 4, "description_level": 5, "labels": [...], "example": {...}}}`: the code
is the heading's text, its description the first heading of `description_level` under it that
is not one of the page's section `labels` ("Common causes"), and `example` names
the fields of a JSON example under it that give the code itself (`code`, which wins over the
heading), its `message` and `group`, with the line before the JSON that gives its HTTP status
(`"http_prefix": "http code"`). A heading of several words is no code unless its example names
one. A published `null` is no text. A rule's `code_pattern` says what a code looks like: a row
or heading whose text does not match it in full (a page footer read into a table, an "N/A"
cell) is not a code.

An items rule (Markdown) reads a group page that lists its codes, one per list item (a link whose
text is the code: `* [101](...#101)`): `{"items": {"description": "paragraph", "group":
"heading"}, "code_pattern": "[0-9]+"}`. Every item of every list whose text matches the rule's
`code_pattern` (which it requires) in full is a code; with `"description": "paragraph"` the
paragraph just before its list is each code's description (the group's own, which the catalog
may have taken as the code's), with `"group": "heading"` the page's first level-1 heading is
each code's group (a title, as compare reads groups). A facts rule (Markdown) reads a table of
label/value rows (`| **Error Code** | 42000 |`) that a per-code page gives its code: `{"facts":
{"code": "Error Code", "http": "HTTP Status", "message": "Error Message", "group": "Remediation
Category", "description": "paragraph"}}` gives, for each fact, the label of its row (the first
cell's text without its markup; only `code` is required): every table with a row labelled `code`
is one code (a per-code page has one), and `"description": "paragraph"` reads the paragraph just
before the table as its description. A fact whose row the table lacks is not read; an HTTP
status row may give several ("404 or 500"). Either rule reads a paragraph or heading only where
the page has one.

An examples rule (Markdown) reads a page that shows each code in a JSON example of the payload
carrying it (an SDK's event, `{"type": "event", "data": {"screen": "welcome"}}`): `{"examples":
{"code": "data.screen", "description": "paragraph"}}` takes the text or number at the dotted
path `code` of every fenced block that is a JSON object as a code (not an empty text, nor one
with a space or control character), and with `"description": "paragraph"` the paragraph just
before the block as its description. A block that is no JSON (a copy cut inside it) or lacks the
path gives nothing; the same code shown twice (a screen with and without its parameters) is one
code with either text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from codegen.drift import limits, tabular
from codegen.drift.div_tables import div_tables
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, read_text, short
from codegen.drift.tabular import is_code
from codegen.spec import ExamplesRule, FactsRule, ItemsRule, SectionsRule, TableRule
from codegen.spec.extract import SectionExample

#: A page's tables: where each is, and its rows of cells' text (the header's first).
Tables = list[tuple[str, list[list[str]]]]


def read_markdown(path: Path) -> list[Any]:
    """The tokens of the Markdown page at `path` (markdown-it, CommonMark with tables)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").parse(read_text(path))


def read_html(path: Path) -> Tables:
    """The tables of the HTML page at `path`, each as rows of its cells' text: its <table>s,
    then the tables it draws with divs (codegen.drift.div_tables)."""
    from selectolax.lexbor import LexborHTMLParser

    text = read_text(path)
    limits.html_depth(text, str(path))
    tree = LexborHTMLParser(text)
    tables: Tables = []
    for table in tree.css("table"):
        rows = [
            [" ".join(cell.text(separator=" ").split()) for cell in row.css("th, td")]
            for row in table.css("tr")
        ]
        line = f"table {len(tables) + 1}"
        tables.append((line, [row for row in rows if row]))
    tables += [(f"table {len(tables) + n}", rows) for n, rows in enumerate(div_tables(tree), 1)]
    return tables


def markdown_table(tokens: list[Any], rule: TableRule, reading: Reading) -> list[Published]:
    return _tables(_markdown_tables(tokens), rule, reading.path)


def html_table(tables: Tables, rule: TableRule, reading: Reading) -> list[Published]:
    return _tables(tables, rule, reading.path)


def _markdown_tables(tokens: list[Any]) -> list[tuple[str, list[list[str]]]]:
    return [(_line(tokens[at]), [cells for _, cells in rows]) for at, rows in _table_rows(tokens)]


def _table_rows(tokens: list[Any]) -> list[tuple[int, list[tuple[int, list[str]]]]]:
    """Each Markdown table: the position of its table_open token, and its rows (the header's
    first), each with its line and its cells' text."""
    tables: list[tuple[int, list[tuple[int, list[str]]]]] = []
    inside = False
    for position, token in enumerate(tokens):
        if token.type == "table_open":
            tables.append((position, []))
            inside = True
        elif token.type == "table_close":
            inside = False
        elif not inside:
            continue
        elif token.type == "tr_open":
            tables[-1][1].append((token.map[0] + 1 if token.map else 0, []))
        elif token.type in ("th_open", "td_open") and tables[-1][1]:
            tables[-1][1][-1][1].append(_plain(tokens[position + 1]))
    return tables


def _tables(tables: Tables, rule: TableRule, path: Path) -> list[Published]:
    """The codes of a page's tables, each row placed by its table and its number in it (the
    header's is 1)."""
    return tabular.read(
        (
            tabular.Table(
                where, rows[0], [(f"{where}, row {n}", r) for n, r in enumerate(rows[1:], 2)]
            )
            for where, rows in tables
            if rows
        ),
        rule,
        path,
    )


def _line(token: Any) -> str:
    """Where a token starts on the page ("line N"), or "" for a token without a position."""
    return f"line {token.map[0] + 1}" if token.map else ""


def _plain(token: Any) -> str:
    """An inline token's text without its markup (code spans keep their content)."""
    parts = [
        " " if child.type in ("softbreak", "hardbreak") else child.content
        for child in token.children or ()
        if child.type in ("text", "code_inline", "softbreak", "hardbreak")
    ]
    return " ".join("".join(parts).split())


def sections(tokens: list[Any], rule: SectionsRule, reading: Reading) -> list[Published]:
    options = rule.sections
    level, below = f"h{options.level}", f"h{options.description_level or 0}"
    example = options.example if options.example and options.example.model_fields_set else None
    found: list[Published] = []
    current: dict[str, Any] | None = None
    for position, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == level:
            if current is not None and is_code(rule, current["value"]):
                found.append(_published(rule.code_set, current))
            line = token.map[0] + 1 if token.map else 0
            current = {"value": _plain(tokens[position + 1]), "where": f"line {line}"}
        elif current is None:
            continue
        elif token.type == "heading_open" and token.tag == below and "description" not in current:
            text = _plain(tokens[position + 1])
            if text not in options.labels:
                current["description"] = text
        elif token.type == "fence" and example and "example" not in current:
            current.update(_example(token.content, example))
    if current is not None and is_code(rule, current["value"]):
        found.append(_published(rule.code_set, current))
    return [item for item in found if item.value and not any(c.isspace() for c in item.value)]


def _example(content: str, fields: SectionExample) -> dict[str, Any]:
    """The HTTP status, message and group of a code's JSON example, as `fields` names them."""
    prefix = fields.http_prefix
    http: tuple[int, ...] = ()
    lines = content.splitlines()
    if prefix and lines and lines[0].startswith(prefix):
        status = lines[0][len(prefix) :].strip()
        http = (int(status),) if status.isdigit() else ()
        lines = lines[1:]
    data = _json_object("\n".join(lines))
    if not isinstance(data, dict):
        return {}
    message, group = data.get(fields.message or ""), data.get(fields.group or "")
    code = data.get(fields.code or "")
    return {
        "example": True,
        "code": code if isinstance(code, str) else None,
        "http": http,
        "message": message if isinstance(message, str) else None,
        "group": group if isinstance(group, str) else None,
    }


def _published(code_set: str, section: dict[str, Any]) -> Published:
    return Published(
        code_set=code_set,
        value=section.get("code") or section["value"],
        where=section["where"],
        description=section.get("description"),
        message=section.get("message"),
        http=section.get("http", ()),
        group=section.get("group"),
        reads=tuple(
            key
            for key in ("description", "message", "http", "group")
            if key in section or (key != "description" and "example" in section)
        ),
    )


# -- a list of codes, and a table of one code's facts ------------------------------------------


def items(tokens: list[Any], rule: ItemsRule, reading: Reading) -> list[Published]:
    options, path = rule.items, reading.path
    group = _first_heading(tokens, "h1") if options.group == "heading" else None
    found: list[Published] = []
    descriptions: list[str | None] = []  # of the lists the walk is in, outermost first
    first: str | None = None
    for position, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            paragraph = (
                _paragraph_before(tokens, position)
                if options.description == "paragraph" and not descriptions
                else None
            )
            descriptions.append(descriptions[-1] if descriptions else paragraph)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            descriptions.pop()
        elif token.type == "list_item_open":
            opens = tokens[position + 1].type == "paragraph_open"
            text = _plain(tokens[position + 2]) if opens else ""
            first = text if first is None else first
            if not is_code(rule, text):
                continue
            description = descriptions[-1] if descriptions else None
            found.append(
                Published(
                    code_set=rule.code_set,
                    value=text,
                    where=_line(token),
                    description=description,
                    group=group,
                    reads=tuple(
                        k for k, v in (("description", description), ("group", group)) if v
                    ),
                )
            )
    if first is None:
        raise DriftInputError(f"{path} has no list (an items rule reads the codes it lists)")
    if not found:
        raise DriftInputError(
            f"{path} has no list item that matches {rule.code_pattern!r} "
            f"(the first is {short(first)})"
        )
    return found


def facts(tokens: list[Any], rule: FactsRule, reading: Reading) -> list[Published]:
    path = reading.path
    labels = {key: label for key, label in rule.facts if key != "description" and label}
    paragraph = rule.facts.description == "paragraph"
    found: list[Published] = []
    read = 0
    for position, rows in _table_rows(tokens):
        values: dict[str, tuple[int, str]] = {}
        for line, cells in rows:
            if len(cells) >= 2:
                values.setdefault(cells[0], (line, cells[1]))
        if labels["code"] not in values:
            continue
        read += 1
        line, value = values[labels["code"]]
        if not is_code(rule, value.strip("`")):
            continue
        facts = {
            key: values[label][1]
            for key, label in labels.items()
            if key != "code" and label in values
        }
        description = _paragraph_before(tokens, position) if paragraph else None
        if description:
            facts["description"] = description
        found.append(
            Published(
                code_set=rule.code_set,
                value=value.strip("`"),
                where=f"line {line}",
                description=facts.get("description") or None,
                message=facts.get("message") or None,
                http=_statuses(facts.get("http", "")),
                group=facts.get("group") or None,
                reads=tuple(facts),
            )
        )
    if read == 0:
        raise DriftInputError(f"{path} has no table with a row {labels['code']!r}")
    return found


def _statuses(text: str) -> tuple[int, ...]:
    """The HTTP statuses a cell gives: "400", "404 or 500", "409, 500"."""
    words = re.split(r"[\s,;/]+", text)
    return tuple(
        dict.fromkeys(int(w) for w in words if len(w) == 3 and w.isascii() and w.isdigit())
    )


def _paragraph_before(tokens: list[Any], at: int) -> str | None:
    """The text of the paragraph just before the block that opens at `at`, if there is one."""
    close = tokens[at - 1] if at >= 3 else None
    if close is None or close.type != "paragraph_close" or close.hidden:
        return None
    if close.level != tokens[at].level:
        return None
    return _plain(tokens[at - 2]) or None


def _first_heading(tokens: list[Any], tag: str) -> str | None:
    for position, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == tag:
            return _plain(tokens[position + 1]) or None
    return None


# -- one JSON example per code --------------------------------------------------------------------


def examples(tokens: list[Any], rule: ExamplesRule, reading: Reading) -> list[Published]:
    options, path = rule.examples, reading.path
    steps = options.code.split(".")
    paragraph = options.description == "paragraph"
    found: list[Published] = []
    fences = 0
    for position, token in enumerate(tokens):
        if token.type != "fence":
            continue
        fences += 1
        value = _at(_json_object(token.content), steps)
        if value is None or not is_code(rule, value):
            continue
        description = _paragraph_before(tokens, position) if paragraph else None
        found.append(
            Published(
                code_set=rule.code_set,
                value=value,
                where=_line(token),
                description=description,
                reads=("description",) if paragraph else (),
            )
        )
    if not found:
        raise DriftInputError(
            f"{path} has no JSON example with a value at {short(options.code)} "
            f"(of {fences} fenced block(s))"
        )
    return found


def _json_object(content: str) -> Any:
    """A block's JSON value; None for one that is no JSON (or nested too deep to read)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _at(data: Any, steps: list[str]) -> str | None:
    """The text, or the integer's decimal text, at a dotted path of a JSON object: a code only
    if it is not empty and holds no space or control character."""
    for step in steps:
        if not isinstance(data, dict):
            return None
        data = data.get(step)
    if isinstance(data, bool) or not isinstance(data, (str, int)):
        return None
    text = str(data)
    if not text or any(char.isspace() or not char.isprintable() for char in text):
        return None
    return text
