"""Rules of the sources' extractors: each reads code sets that exist, from a source of a format
its kind reads (the rule's model says which: codegen.spec.sources), with a code pattern that is a
regular expression; what drift counted of a source is of code sets its extractor reads, each
once, and holds no more than it lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules._common import code_set_of
from codegen.spec import Catalog, PairsRule, Source
from codegen.spec.extract import PatternRuleBase


def extractors_resolve(catalog: Catalog) -> Iterator[Problem]:
    for source in catalog.sources.values():
        yield from _counted(catalog, source)
        if source.extract is None:
            continue
        for index, rule in enumerate(source.extract.code_sets):
            at = ("sources", source.id, "extract", "code_sets", index)
            if source.extract.format not in rule.FORMATS:
                yield Problem(
                    pointer(*at), f"a {source.extract.format} source is not read by {rule.KIND!r}"
                )
            if isinstance(rule, PairsRule):
                yield from _pairs(catalog, rule, at)
            if isinstance(rule, PatternRuleBase) and rule.code_pattern is not None:
                try:
                    re.compile(rule.code_pattern)
                except re.error as error:
                    where = pointer(*at, "code_pattern")
                    yield Problem(where, f"not a regular expression: {error}")


def _pairs(catalog: Catalog, rule: PairsRule, at: tuple[str | int, ...]) -> Iterator[Problem]:
    pairs = rule.pairs
    kind = catalog.payloads.get(pairs.kind)
    root = kind.types.get(kind.root) if kind is not None else None
    union = root.discriminated if root is not None else None
    if kind is not None and union is None:
        yield Problem(pointer(*at, "pairs", "kind"), "names no payload kind whose root is a union")
    elif union is not None and (union.field, union.event_code) != (pairs.type, pairs.code):
        yield Problem(
            pointer(*at, "pairs"),
            f"the union of {pairs.kind!r} is tagged by {union.field!r} and names its "
            f"events by {union.event_code!r}",
        )


def _counted(catalog: Catalog, source: Source) -> Iterator[Problem]:
    reads = catalog.extracted(source)
    seen: set[str] = set()
    for index, count in enumerate(source.counted):
        at = ("sources", source.id, "counted", index)
        known = code_set_of(catalog, count.code_set) is not None  # else reported where named
        if known and count.code_set not in reads:
            having = ", ".join(reads) or "none: it declares no extractor"
            yield Problem(
                pointer(*at, "code_set"),
                f"{count.code_set!r} is not read by the source's extractor (it reads {having})",
            )
        elif count.code_set in seen:
            yield Problem(pointer(*at, "code_set"), f"{count.code_set!r} is counted twice")
        seen.add(count.code_set)
        if count.held > count.listed:
            yield Problem(
                pointer(*at, "held"),
                f"holds {count.held} of {count.listed}: no more than the source lists",
            )
