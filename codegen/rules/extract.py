"""Rules of the sources' extractors: each reads code sets that exist, in a way its format allows
(see codegen.drift)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules._common import code_set_of
from codegen.spec import Catalog, ExtractRule

#: The rules each format can read.
_READS = {
    "openapi": ("enum", "pairs"),
    "typescript": ("enum",),
    "markdown": ("table", "sections", "items", "facts", "examples", "flowchart"),
    "html": ("table",),
}


def extractors_resolve(catalog: Catalog) -> Iterator[Problem]:
    for source in catalog.sources.values():
        if source.extract is None:
            continue
        for index, rule in enumerate(source.extract.code_sets):
            at = ("sources", source.id, "extract", "code_sets", index)
            if code_set_of(catalog, rule.code_set) is None:
                yield Problem(pointer(*at, "code_set"), f"unknown code set {rule.code_set!r}")
            form = _form(rule)
            if form not in _READS[source.extract.format]:
                yield Problem(
                    pointer(*at), f"a {source.extract.format} source is not read by {form!r}"
                )
            if rule.pairs is not None:
                yield from _pairs(catalog, rule, at)
            if rule.code_pattern is not None:
                yield from _pattern(rule.code_pattern, form, at)


def _form(rule: ExtractRule) -> str:
    names = ("enum", "pairs", "table", "sections", "items", "facts", "examples", "flowchart")
    given = [name for name in names if getattr(rule, name) is not None]
    return given[0] if given else "nothing"


def _pattern(pattern: str, form: str, at: tuple[str | int, ...]) -> Iterator[Problem]:
    if form not in ("table", "sections", "items", "facts", "examples"):
        yield Problem(
            pointer(*at, "code_pattern"),
            "only a table, sections, items, facts or examples rule reads a code_pattern, "
            f"not {form!r}",
        )
    try:
        re.compile(pattern)
    except re.error as error:
        yield Problem(pointer(*at, "code_pattern"), f"not a regular expression: {error}")


def _pairs(catalog: Catalog, rule: ExtractRule, at: tuple[str | int, ...]) -> Iterator[Problem]:
    pairs = rule.pairs or {}
    kind = catalog.payloads.get(pairs.get("kind", ""))
    union = kind.types[kind.root].discriminated if kind is not None else None
    if union is None:
        yield Problem(pointer(*at, "pairs", "kind"), "names no payload kind whose root is a union")
    elif (union.field, union.event_code) != (pairs.get("type"), pairs.get("code")):
        yield Problem(
            pointer(*at, "pairs"),
            f"the union of {pairs.get('kind')!r} is tagged by {union.field!r} and names its "
            f"events by {union.event_code!r}",
        )
