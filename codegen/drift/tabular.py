"""Codes a table publishes, a code per row: the tables of a Markdown or HTML page (which
codegen.drift.pages finds).

A table rule names the columns by their header text:
`{"table": {"code": "Code", "description": "Meaning", "http": "HTTP status"}}` (only `code` is
required; every table whose header has that column is read, and of the other columns those its
header has). A row's cell under `code` is a code (the backticks of a code span left out) when it
matches the rule's `code_pattern` in full, if it has one; an empty cell is no fact. An HTTP
status cell lists statuses by commas ("400, 404"); a part that is no number in ASCII digits
("5xx") gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published
from codegen.spec import TableRule
from codegen.spec.sources import PatternRuleBase


@dataclass(frozen=True)
class Table:
    """A table: where it is, its header's cells, and each of its rows with where it is."""

    where: str
    header: list[str]
    rows: list[tuple[str, list[str]]]


def read(tables: Iterable[Table], rule: TableRule, path: Path) -> list[Published]:
    """A code per row of every table whose header has the rule's code column, or
    DriftInputError when no table has."""
    columns = {key: name for key, name in rule.table if name is not None}
    found: list[Published] = []
    read = 0
    for table in tables:
        if rule.table.code not in table.header:
            continue
        read += 1
        index = {
            key: table.header.index(name) for key, name in columns.items() if name in table.header
        }
        for where, row in table.rows:
            item = _row(rule, index, row, where)
            if item is not None:
                found.append(item)
    if read == 0:
        raise DriftInputError(f"{path} has no table with a column {rule.table.code!r}")
    return found


def _row(rule: TableRule, index: dict[str, int], row: list[str], where: str) -> Published | None:
    """The code a row gives, with the facts of the columns `index` places; None for a row whose
    code cell is empty or no code."""
    cells = {key: row[at].strip() for key, at in index.items() if at < len(row) and row[at].strip()}
    value = cells.get("code", "").strip("`")
    if not value or not is_code(rule, value):
        return None
    return Published(
        code_set=rule.code_set,
        value=value,
        where=where,
        description=cells.get("description"),
        message=cells.get("message"),
        http=statuses(cells.get("http", "")),
        group=cells.get("group"),
        reads=tuple(key for key in index if key != "code"),
    )


def statuses(cell: str) -> tuple[int, ...]:
    """The HTTP statuses of a cell that lists them by commas; a part that is no number in ASCII
    digits ("5xx", a superscript two) gives none."""
    parts = (part.strip() for part in cell.split(","))
    return tuple(int(part) for part in parts if part.isascii() and part.isdigit())


def is_code(rule: PatternRuleBase, value: str) -> bool:
    """Whether a text read where a code stands is one: it matches the rule's code_pattern in
    full (any text, for a rule without one)."""
    pattern = rule.code_pattern
    return pattern is None or re.fullmatch(pattern, value) is not None
