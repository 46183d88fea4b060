"""Codes a documentation page publishes: a table (Markdown or HTML), or one section per code.

A table rule names the columns by their header text:
`{"table": {"code": "Code", "description": "Meaning", "http": "HTTP status"}}` (only `code` is
required; every table whose header has that column is read). A sections rule (Markdown) reads a
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
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, read_text


def extract_markdown(path: Path, rules: list[dict[str, Any]]) -> list[Published]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(read_text(path))
    found: list[Published] = []
    for rule in rules:
        if "table" in rule:
            found += _tables(_markdown_tables(tokens), rule, path)
        else:
            found += _sections(tokens, rule)
    return found


def extract_html(path: Path, rules: list[dict[str, Any]]) -> list[Published]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(read_text(path))
    tables: list[tuple[str, list[list[str]]]] = []
    for table in tree.css("table"):
        rows = [
            [" ".join(cell.text(separator=" ").split()) for cell in row.css("th, td")]
            for row in table.css("tr")
        ]
        line = f"table {len(tables) + 1}"
        tables.append((line, [row for row in rows if row]))
    found: list[Published] = []
    for rule in rules:
        if "table" not in rule:
            raise DriftInputError("an HTML source is read by table rules only")
        found += _tables(tables, rule, path)
    return found


def _markdown_tables(tokens: list[Any]) -> list[tuple[str, list[list[str]]]]:
    tables: list[tuple[str, list[list[str]]]] = []
    rows: list[list[str]] = []
    line = ""
    for token in tokens:
        if token.type == "table_open":
            rows, line = [], f"line {token.map[0] + 1}" if token.map else ""
        elif token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows and token.level >= 3:
            rows[-1].append(_plain(token))
        elif token.type == "table_close":
            tables.append((line, rows))
    return tables


def _tables(
    tables: list[tuple[str, list[list[str]]]], rule: dict[str, Any], path: Path
) -> list[Published]:
    columns: dict[str, str] = rule["table"]
    found: list[Published] = []
    read = 0
    for where, rows in tables:
        if not rows or columns["code"] not in rows[0]:
            continue
        read += 1
        index = {key: rows[0].index(name) for key, name in columns.items() if name in rows[0]}
        for number, row in enumerate(rows[1:], start=2):
            cells = {
                key: row[at].strip()
                for key, at in index.items()
                if at < len(row) and row[at].strip()
            }

            def cell(key: str, cells: dict[str, str] = cells) -> str | None:
                return cells.get(key)

            value = cell("code")
            if value is None or not _is_code(rule, value.strip("`")):
                continue
            status = cell("http")
            found.append(
                Published(
                    code_set=rule["code_set"],
                    value=value.strip("`"),
                    where=f"{where}, row {number}",
                    description=cell("description"),
                    message=cell("message"),
                    http=tuple(int(s) for s in (status or "").split(",") if s.strip().isdigit()),
                    group=cell("group"),
                    reads=tuple(key for key in index if key != "code"),
                )
            )
    if read == 0:
        raise DriftInputError(f"{path} has no table with a column {columns['code']!r}")
    return found


def _plain(token: Any) -> str:
    """An inline token's text without its markup (code spans keep their content)."""
    parts = [
        child.content for child in token.children or () if child.type in ("text", "code_inline")
    ]
    return " ".join("".join(parts).split())


def _sections(tokens: list[Any], rule: dict[str, Any]) -> list[Published]:
    spec = rule["sections"]
    level, below = f"h{spec['level']}", f"h{spec.get('description_level', 0)}"
    example = spec.get("example", {})
    found: list[Published] = []
    current: dict[str, Any] | None = None
    for position, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == level:
            if current is not None and _is_code(rule, current["value"]):
                found.append(_published(rule["code_set"], current))
            line = token.map[0] + 1 if token.map else 0
            current = {"value": _plain(tokens[position + 1]), "where": f"line {line}"}
        elif current is None:
            continue
        elif token.type == "heading_open" and token.tag == below and "description" not in current:
            text = _plain(tokens[position + 1])
            if text not in spec.get("labels", ()):
                current["description"] = text
        elif token.type == "fence" and example and "example" not in current:
            current.update(_example(token.content, example))
    if current is not None and _is_code(rule, current["value"]):
        found.append(_published(rule["code_set"], current))
    return [item for item in found if item.value and not any(c.isspace() for c in item.value)]


def _is_code(rule: dict[str, Any], value: str) -> bool:
    pattern = rule.get("code_pattern")
    return pattern is None or re.fullmatch(pattern, value) is not None


def _example(content: str, fields: dict[str, str]) -> dict[str, Any]:
    """The HTTP status, message and group of a code's JSON example, as `fields` names them."""
    prefix = fields.get("http_prefix")
    http: tuple[int, ...] = ()
    lines = content.splitlines()
    if prefix and lines and lines[0].startswith(prefix):
        status = lines[0][len(prefix) :].strip()
        http = (int(status),) if status.isdigit() else ()
        lines = lines[1:]
    try:
        data = json.loads("\n".join(lines))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    message, group = data.get(fields.get("message", "")), data.get(fields.get("group", ""))
    code = data.get(fields.get("code", ""))
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
