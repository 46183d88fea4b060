"""The tables an HTML page draws with divs rather than a <table>, as documentation generators
write them: Dokka (Kotlin's) lists an enum's entries, a class's types, properties and functions
each in a `div.table` whose rows are `div.table-row`, under the heading (h2) of its tab
("Entries"). Such a table reads as a table with one column, named by that heading: a row's cell
is the name its first link gives (an entry's name), so a `table` rule whose code column is the
heading reads the names as codes."""

from __future__ import annotations

from typing import Any


def div_tables(tree: Any) -> list[list[list[str]]]:
    """Each div table of a parsed page (selectolax) that has a heading and rows: its heading's
    text as a one-cell header, then one row of one cell per named row."""
    found: list[list[list[str]]] = []
    for block in tree.css("div.table"):
        parent = block.parent
        heading = parent.css_first("h2") if parent is not None else None
        title = " ".join(heading.text(separator=" ").split()) if heading is not None else ""
        links = (row.css_first("a") for row in block.css("div.table-row"))
        rows = [[" ".join(link.text().split())] for link in links if link is not None]
        if title and rows:
            found.append([[title], *rows])
    return found
