"""The page of each code set: a table of its codes, then a block per code whose heading id is
the code's anchor, with every fact of the code, its equivalents in other providers and a
published payload it occurs in."""

from __future__ import annotations

import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator

from codegen.filters import mermaid_text
from codegen.model import (
    ArrayType,
    Catalog,
    Code,
    CodeSet,
    CodeType,
    Equivalence,
    Example,
    PayloadKind,
    Provider,
)
from codegen.render import render
from codegen.targets.site import cells, pages
from codegen.targets.target import Files


def code_examples(catalog: Catalog) -> dict[tuple[str, str], tuple[PayloadKind, Example]]:
    """The first published example in which each (code set ref, wire value) occurs as the value
    of a field typed with that code set."""
    found: dict[tuple[str, str], tuple[PayloadKind, Example]] = {}
    for kind in catalog.payloads:
        fields: dict[str, set[str]] = {}
        for object_def in kind.objects:
            for f in object_def.fields:
                inner = f.type.item if isinstance(f.type, ArrayType) else f.type
                if isinstance(inner, CodeType):
                    fields.setdefault(f.name, set()).update(cs.ref for cs in inner.code_sets)
        for example in kind.examples:
            for key, value in _string_items(example.data):
                for ref in fields.get(key, ()):
                    found.setdefault((ref, value), (kind, example))
    return found


def _string_items(data: object) -> Iterator[tuple[str, str]]:
    """Every (key, string value) pair of a JSON value, depth first, also inside lists."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    yield key, value
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    yield from ((key, v) for v in value)
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def equivalents(
    catalog: Catalog,
) -> Callable[[Code], tuple[tuple[Equivalence, ...], tuple[tuple[Provider, int], ...]]]:
    """A code's closer equivalents at other providers, and per other provider the number of its
    other codes in the same category (where the category lists equivalents)."""
    by_category: dict[str, Counter[str]] = {}
    for code in catalog.codes:
        by_category.setdefault(code.category.id, Counter())[code.provider.id] += 1

    def others(code: Code) -> tuple[tuple[Equivalence, ...], tuple[tuple[Provider, int], ...]]:
        closer = tuple(e for e in code.equivalents if e.code.provider != code.provider)
        if not code.category.equivalents:
            return closer, ()
        counts = by_category[code.category.id].copy()
        counts.subtract(e.code.provider.id for e in closer if e.code.category is code.category)
        return closer, tuple(
            (provider, counts[provider.id])
            for provider in catalog.providers
            if provider.id != code.provider.id and counts[provider.id]
        )

    return others


def correction(catalog: Catalog) -> Callable[[Code], str | None]:
    """The address of the project's issue form, pre-filled for a correction of a code; None
    when the catalog names no such form."""
    form = catalog.about.corrections

    def address(code: Code) -> str | None:
        if form is None:
            return None
        ref = f"{code.code_set.ref}.{code.value}"
        page = catalog.doc_url(code) or f"{pages.ROOT}/{pages.code_set_page(code.code_set)}"
        body = (
            f"Code: {ref}\nPage: {page}\n\n"
            "What is wrong:\n\nWhat the provider publishes instead (the page or file, and its "
            "words):\n"
        )
        query = urllib.parse.urlencode({"title": f"Correction: {ref}", "body": body})
        return f"{form}{'&' if '?' in form else '?'}{query}"

    return address


def lifecycle_diagram(code_set: CodeSet) -> str:
    """A Mermaid state diagram of a code set's transitions: each status of the lifecycle as a
    state labelled with its wire value, an arrow from the start to each initial status, one per
    transition, and one from each final status to the end."""
    transitions = code_set.transitions
    assert transitions is not None, "drawn only for a code set with transitions"
    reached = {*transitions.initial, *(v for vs in transitions.next.values() for v in vs)}
    shown = [c for c in code_set.codes if c.value in reached or c.value in transitions.next]
    ids = {code.value: f"s{number}" for number, code in enumerate(shown, 1)}
    lines = ["stateDiagram-v2"]
    lines += [f'    state "{mermaid_text(c.value)}" as {ids[c.value]}' for c in shown]
    lines += [f"    [*] --> {ids[value]}" for value in transitions.initial]
    for code in shown:
        following = transitions.next.get(code.value, ())
        lines += [f"    {ids[code.value]} --> {ids[value]}" for value in following]
        if not following:
            lines.append(f"    {ids[code.value]} --> [*]")
    return "\n".join(lines)


def files(catalog: Catalog) -> Files:
    context = {
        "header": catalog.header,
        "cell": cells,
        "pages": pages,
        "up": "../",
        "actors": pages.ACTORS,
        "codes_heading": pages.CODES_HEADING,
        "examples": code_examples(catalog),
        "equivalents": equivalents(catalog),
        "correction": correction(catalog),
        "lifecycle_diagram": lifecycle_diagram,
    }
    return {
        f"{pages.ROOT}/{pages.code_set_page(code_set)}": render(
            "site/code_set.md.j2", code_set=code_set, **context
        )
        for code_set in catalog.code_sets
    }
