"""The page of each code set: a table of its codes, then a block per code whose heading id is
the code's anchor, with every fact of the code, its recorded equivalents in other providers (and
one link to its category's page, which lists the codes that only share the category) and a
published payload it occurs in."""

from __future__ import annotations

import functools
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from codegen.filters import mermaid_text
from codegen.incremental import per_provider
from codegen.model import (
    ArrayType,
    Catalog,
    Code,
    CodeSet,
    CodeType,
    Equivalence,
    Example,
    KeysType,
    PayloadKind,
)
from codegen.render import render
from codegen.targets.site import cells, completeness, pages
from codegen.targets.site import markup as mk
from codegen.targets.site.leads import leads
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
                inner = inner.keys if isinstance(inner, KeysType) else inner
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


def equivalents(catalog: Catalog) -> Callable[[Code], tuple[tuple[Equivalence, ...], bool]]:
    """A code's closer equivalents at other providers, and whether other providers have other
    codes in the same category (where the category lists equivalents)."""
    in_category: Counter[str] = Counter(code.category.id for code in catalog.codes)
    at_provider: Counter[tuple[str, str]] = Counter(
        (code.category.id, code.provider.id) for code in catalog.codes
    )

    def others(code: Code) -> tuple[tuple[Equivalence, ...], bool]:
        closer = tuple(e for e in code.equivalents if e.code.provider != code.provider)
        if not code.category.equivalents:
            return closer, False
        category = code.category.id
        listed = sum(1 for e in closer if e.code.category is code.category)
        rest = in_category[category] - at_provider[category, code.provider.id] - listed
        return closer, rest > 0

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


Row = tuple[str, str, bool]
REPEATED = " <small>(the same request, repeated later)</small>"


def code_rows(code: Code, up: str, context: dict[str, Any]) -> list[Row]:
    """The facts of a code's block as (label, value, searched) rows, in the form being written;
    a row that is not searched stays out of the search index, which the first search fetches
    whole: a code is found by its identifier, its description and its aliases (a pasted
    message is read by the decoder)."""
    category = code.category
    rows: list[Row] = [
        ("Category", cells.category_link(category, up), False),
        ("Retryable", cells.yes_no(code.retryable) + REPEATED, False),
        ("End user can retry", cells.yes_no(code.end_user_can_retry) + _in(code, up), False),
        ("Who acts", pages.ACTORS[category.actor], False),
        ("Recommended action", mk.text(category.action), False),
    ]
    if code.message and code.description:
        rows.append(("Message", cells.published(code, "message", code.message), False))
    if code.message_translations:
        rows.append(("Message, translated", cells.message_translations(code), False))
    if code.advice:
        rows.append(("Advice to the integrator", cells.advice(code), False))
    if code.user_message:
        rows.append(("User message", cells.user_message(code), False))
    for language in code.provider.end_user_languages:
        if code.end_user_words(language):
            label = cells.words_label(language, short_english=True)
            rows.append((label, cells.words(category, language, code), False))
    rows += _optional_rows(code, up)
    rows += [
        (fact.label, cells.fact(value), False) for fact, value in cells.site_facts(code.carried)
    ]
    if code.wording:  # the code's sources are cited in its fold
        rows.append(("Whose words", cells.whose(code, up), False))
    closer, same_category = context["equivalents"](code)
    if closer or same_category:
        rows.append(("Other providers", cells.equivalents(code, closer, same_category, up), False))
    if not code.wording:
        rows.append(("Sources", cells.sources(code.sources, up), False))
    if report := context["correction"](code):
        rows.append(("Report a correction", mk.link("A pre-filled issue form", report), False))
    return rows


def _in(code: Code, up: str) -> str:
    """Where whether the end user can retry is published, if it is."""
    if not code.end_user_can_retry_sources:
        return ""
    return f" <small>(published in {cells.sources(code.end_user_can_retry_sources, up)})</small>"


def _optional_rows(code: Code, up: str) -> list[Row]:
    """The rows of the facts only some codes have, from their HTTP statuses to their notes."""
    rows: list[Row] = []
    if code.http:
        rows.append(("HTTP statuses", cells.http(code, up), False))
    if code.scope:
        rows.append(("Scope", mk.text(cells.scope_text(code.scope)), False))
    if code.lifecycle:
        rows.append((code.lifecycle.state.capitalize(), cells.lifecycle(code), False))
    if code.aliases:
        rows.append(("Aliases", cells.identifiers(code.aliases), True))
    if code.group:
        rows.append(("Group", mk.text(f"{code.group.title}: {code.group.description}"), False))
    if code.category_history:
        rows.append(("Category history", cells.history(code, up), False))
    if user := code.test_user:
        login = f"{user.institution} / {user.username} / {user.password}"
        rows.append(("Sandbox test user", mk.text(login), False))
    if code.steps_to_reproduce:
        rows.append(("Steps to reproduce", mk.text(code.steps_to_reproduce), False))
    if code.notes:
        rows.append(("Notes", mk.text(code.notes), False))
    return rows


def code_blocks(codes: tuple[Code, ...], page: str, context: dict[str, Any], level: int) -> str:
    """The blocks of `codes` as HTML, for the page `page`, between the marks of a raw region,
    each under a heading of `level`."""
    with mk.html():
        up = mk.up_from(page)
        blocks = [
            render(
                "site/code_block.html.j2",
                code=code,
                level=level,
                rows=code_rows(code, up, context),
                description=cells.published(code, "description", code.text),
                lead=mk.text(context["lead"](code)),
                example=_example(code, up, context),
            )
            for code in codes
        ]
    return mk.raw("".join(blocks))


def _example(code: Code, up: str, context: dict[str, Any]) -> str:
    found = context["examples"].get((code.code_set.ref, code.value))
    if found is None:
        return ""
    kind, example = found
    return render(
        "site/example.html.j2",
        example=example,
        kind=mk.page_link(mk.text(kind.title), up, pages.payload_page(kind)),
        sources=cells.sources(example.sources, up),
    )


def code_table(code_set: CodeSet, page: str, *, moved: bool) -> str:
    """The table of every code of a code set as HTML, each code linked to its block; on a split
    code set's page, each row keeps its code's anchor and leads on to the code's page."""
    with mk.html():
        up = mk.up_from(page)
        rows = [
            {
                "anchor": code.anchor,
                "href": _code_href(code, up, page),
                "category": cells.category_link(code.category, up),
                "http": ", ".join(map(str, code.http_statuses)) or cells.DASH,
                "retryable": cells.yes_no(code.retryable),
                "description": cells.published(code, "description", code.text),
                "identifier": mk.identifier(code.value),
            }
            for code in code_set.codes
        ]
        table = render("site/code_table.html.j2", rows=rows, moved=moved)
    return mk.raw(table)


def set_facts(code_set: CodeSet, page: str) -> str:
    """The table of a code set's facts (its wire field, names, count, the sources it is checked
    against, its scope and carried facts) as HTML ready-made for its page `page`: the project's
    hundreds of code set pages would otherwise each have a Markdown table parsed at every build."""
    with mk.html():
        up = mk.up_from(page)
        rows = [
            ("Wire field", mk.code(code_set.field)),
            ("Python", mk.code(code_set.python_path)),
            ("TypeScript", mk.code(code_set.ts_name)),
            ("Codes", str(len(code_set.codes))),
        ]
        if code_set.checked_against:
            rows.append(("Checked against", cells.checked(code_set.checked_against, up)))
        if code_set.scope:
            rows.append(("Scope", mk.text(cells.scope_text(code_set.scope))))
        rows += cells.fact_rows(code_set.carried)
        table = mk.table(("Fact", "Value"), rows, excluded=True)
    return mk.raw(table)


def _code_href(code: Code, up: str, page: str) -> str:
    target = pages.code_page(code)
    return f"#{code.anchor}" if target == page else mk.href(up, target, code.anchor)


def files(catalog: Catalog) -> Files:
    return {path: text for cs in catalog.code_sets for path, text in _pages(catalog, cs).items()}


@functools.lru_cache(maxsize=1)
def _context(catalog: Catalog) -> dict[str, Any]:
    """What every code set's page reads of the whole catalog, read once per catalog."""
    return {
        "examples": code_examples(catalog),
        "equivalents": equivalents(catalog),
        "correction": correction(catalog),
        "lead": leads(catalog),
    }


@per_provider
def _pages(catalog: Catalog, code_set: CodeSet) -> dict[str, str]:
    """A code set's page, and the pages of its parts."""
    context, out = _context(catalog), {}
    page = pages.code_set_page(code_set)
    split = pages.parts(code_set)
    out[f"{pages.ROOT}/{page}"] = render(
        "site/code_set.md.j2",
        header=catalog.header,
        cell=cells,
        up=mk.up_from(page),
        code_set=code_set,
        lifecycle_diagram=lifecycle_diagram,
        parts=split,
        facts=set_facts(code_set, page),
        completeness=completeness.line(code_set, mk.up_from(page)),
        table=code_table(code_set, page, moved=bool(split)),
        blocks="" if split else code_blocks(code_set.codes, page, context, 3),
        codes_heading=pages.CODES_HEADING,
    )
    for part in split:
        part_page = pages.part_page(code_set, part)
        out[f"{pages.ROOT}/{part_page}"] = render(
            "site/code_part.md.j2",
            header=catalog.header,
            code_set=code_set,
            part=part,
            blocks=code_blocks(part.codes, part_page, context, 2),
            codes_heading=pages.CODES_HEADING,
        )
    return out
