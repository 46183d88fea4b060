"""Codes a table publishes, a code per row: the tables of a Markdown or HTML page (which
codegen.drift.pages finds), and a CSV file.

A table rule names the columns by their header text:
`{"table": {"code": "Code", "description": "Meaning", "http": "HTTP status"}}` (only `code` is
required; every table whose header has that column is read, and of the other columns those its
header has). A row's cell under `code` is a code (the backticks of a code span left out) when it
matches the rule's `code_pattern` in full, if it has one; an empty cell is no fact. An HTTP
status cell lists statuses by commas ("400, 404"); a part that is no number in ASCII digits
("5xx") gives none. With `rows` (`{"Code Set": "StatusReasonCode"}`) only the rows whose cell
under each named column is the text given, whitespace around it aside, are read: the rows of one
code set of a table that holds several; a filter no row passes is an error.

A CSV file (as Python's csv module reads RFC 4180: UTF-8 with or without a byte order mark,
CRLF or LF between rows, a quoted cell holding commas, quotes and line breaks) is one table: its
header is the first row with a cell that is the rule's code column (a title row above it is not
read), and every column the rule names, `rows`' included, must be in it. Each row is placed by
the line it starts on. A file that is no CSV (a quote inside a quoted cell, a quoted cell never
closed, a cell longer than the csv module's limit of 131,072 characters) is an error naming the
line of its row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, read_text, short
from codegen.spec import TableRule
from codegen.spec.extract import PatternRuleBase


@dataclass(frozen=True)
class Table:
    """A table: where it is, its header's cells, and each of its rows with where it is."""

    where: str
    header: list[str]
    rows: list[tuple[str, list[str]]]


def read(tables: Iterable[Table], rule: TableRule, path: Path) -> list[Published]:
    """A code per row of every table whose header has the rule's code column (of the rows its
    `rows` keeps), or DriftInputError when no table has one, or no row passes `rows`."""
    columns = {key: name for key, name in rule.table if name is not None}
    wanted = rule.rows or {}
    found: list[Published] = []
    read = kept = 0
    for table in tables:
        if rule.table.code not in table.header:
            continue
        read += 1
        index = {
            key: table.header.index(name) for key, name in columns.items() if name in table.header
        }
        filters = [
            (table.header.index(name) if name in table.header else None, text)
            for name, text in wanted.items()
        ]
        for where, row in table.rows:
            if not all(at is not None and _cell(row, at) == text for at, text in filters):
                continue
            kept += 1
            item = _row(rule, index, row, where)
            if item is not None:
                found.append(item)
    if read == 0:
        raise DriftInputError(f"{path} has no table with a column {rule.table.code!r}")
    if wanted and kept == 0:
        said = " and ".join(f"{short(name)} is {short(text)}" for name, text in wanted.items())
        raise DriftInputError(f"{path} has no row whose {said}")
    return found


def _cell(row: list[str], at: int) -> str:
    """A row's cell without the whitespace around it ("" past the row's end)."""
    return row[at].strip() if at < len(row) else ""


def _row(rule: TableRule, index: dict[str, int], row: list[str], where: str) -> Published | None:
    """The code a row gives, with the facts of the columns `index` places; None for a row whose
    code cell is empty or no code."""
    cells = {key: _cell(row, at) for key, at in index.items() if _cell(row, at)}
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


# -- a CSV file -----------------------------------------------------------------------------------

#: A CSV file's rows, each with the line it starts on (blank lines left out).
Records = list[tuple[int, list[str]]]


def read_csv(path: Path) -> Records:
    """The rows of the CSV file at `path`, or DriftInputError naming the line of the first row
    that is no CSV."""
    import csv
    import io

    reader = csv.reader(io.StringIO(read_text(path)), strict=True)
    records: Records = []
    start = 1
    try:
        for record in reader:
            if record:
                records.append((start, record))
            start = reader.line_num + 1
    except csv.Error as error:
        raise DriftInputError(f"{path}:{start}: not CSV: {error}") from None
    return records


def csv_table(records: Records, rule: TableRule, reading: Reading) -> list[Published]:
    """The codes of a CSV file's rows under its header (the first row that has the rule's code
    column)."""
    path, code = reading.path, rule.table.code
    at = next((n for n, (_, cells) in enumerate(records) if code in _stripped(cells)), None)
    if at is None:
        raise DriftInputError(
            f"{path} has no row with a column {short(code)} (the header a CSV rule reads its "
            "rows under)"
        )
    line, header = records[at][0], _stripped(records[at][1])
    for name in [*(name for _, name in rule.table if name is not None), *(rule.rows or {})]:
        if name not in header:
            named = [short(cell, 60) for cell in header if cell]
            listed = ", ".join(named[:12]) + (", …" if len(named) > 12 else "")
            raise DriftInputError(
                f"{path}:{line}: the header has no column {short(name)} (its columns: {listed})"
            )
    rows = [(f"line {number}", cells) for number, cells in records[at + 1 :]]
    return read([Table(f"line {line}", header, rows)], rule, path)


def _stripped(cells: list[str]) -> list[str]:
    return [cell.strip() for cell in cells]
