"""The bases of the records that carry the facts the spec's models declare once
(codegen/spec/carried.py), in both packages, and those facts as the packages' data write them:
a Python record's keywords, a TypeScript object's members."""

from __future__ import annotations

from typing import Any

from codegen.filters import PyExpr, PyValue, py_bool, py_literal
from codegen.model import Carried, Catalog, Fact, shown
from codegen.render import render

#: The places the Python package's readers show facts in: the command line, the MCP server.
READERS = ("cli", "mcp")


def python_module(catalog: Catalog) -> str:
    """bankcodes._code_facts: the records' bases, and which facts the command line and the MCP
    server show (SHOWN: of each record, its facts shown there, and where)."""
    shown = {
        family.name: tuple(
            (fact.name, fact.label, tuple(p for p in fact.shown if p in READERS))
            for fact in family.facts
            if set(fact.shown) & set(READERS)
        )
        for family in catalog.families
    }
    shown = {name: facts for name, facts in shown.items() if facts}
    return render(
        "python/code_facts.py.j2",
        header=catalog.header,
        families=catalog.families,
        shown=py_literal(shown),
    )


def typescript_module(catalog: Catalog) -> str:
    """code-facts.ts: the interfaces' bases, and the facts the site's decoder shows."""
    return render("typescript/code-facts.ts.j2", header=catalog.header, families=catalog.families)


def python_args(carried: Carried) -> dict[str, PyValue]:
    """The carried facts as keywords of a Python record; a yes/no is written when it is no too,
    and no texts where the spec must give them (a fact the item lacks, or whose value is the
    record's default, is left out)."""
    return {
        fact.name: py_bool(value) if isinstance(value, bool) else PyExpr(py_literal(value))
        for fact, value in shown(carried, "python")
        if value != fact.default or fact.required
    }


def typescript_members(carried: Carried, facts: tuple[Fact, ...] = ()) -> dict[str, Any]:
    """The carried facts as members of a TypeScript object, each as its `absent` says: of
    `facts` (the item's family's, where given), one the item lacks is written null or left out;
    one whose value is its default is left out where TypeScript may lack it."""
    values = {fact.name: value for fact, value in shown(carried, "typescript")}
    members = {}
    for fact in [f for f in facts if f.shown_in("typescript")] or [f for f, _ in carried]:
        value = values.get(fact.name)
        if value is None or (value == fact.default and fact.absent == "left out"):
            if fact.absent != "null":
                continue
            value = None
        members[fact.ts_name] = value
    return members
