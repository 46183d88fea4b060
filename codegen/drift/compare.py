"""The catalog against what one source publishes: every difference, with the spec edit that
would resolve it (a JSON Patch operation on spec/catalog.json; never a category, which a person
assigns).

Kinds of difference: `missing` (the source publishes a code the catalog lacks), `gone` (a code
citing the source is no longer in it, and has no lifecycle yet), `renamed` (a missing and a gone
code whose values nearly match), `moved` (in a code set whose codes travel as integers, a gone
code's name published under a missing number), `text` (a description or message that differs
after whitespace is normalised), `http` (other HTTP statuses), `group` (other type memberships),
`name` (another name published for the code's value, as a source that maps numbers to names
gives it), `transition` (an arrow or first status of a lifecycle diagram the code set's
`transitions` lack, or one of theirs the diagram no longer draws, where they cite that source
alone), and `seen` (a value apps met in production that neither the source nor the catalog
knows). A source may list a code on several rows, one per cause: its statuses and groups are
those of every row, and a text or name of the catalog is in sync when it is one of the rows'.

In a code set whose `wire_type` is integer, a code's value is a JSON integer: it is compared as
its decimal text (what Published.value holds, and Difference.value), and an edit that writes a
value writes the integer. Numbers are never matched by similarity: 12 and 112 are two codes, not
a rename; a published value that is no integer is input the command cannot use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from codegen.drift.compare_facts import TEXTS, facts, norm, published_groups
from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, short
from codegen.drift.transitions import compare_transitions
from codegen.spec import Catalog, Code

#: Values at least this similar (rapidfuzz ratio, 0-100) are reported as a possible rename.
RENAME_SIMILARITY = 85.0


@dataclass(frozen=True)
class _Code:
    """A code of the catalog (its value as text: an integer's decimal digits), at its index."""

    index: int
    entry: Code


def compare(
    spec: Catalog,
    source_id: str,
    published: list[Published],
    seen: Counter[tuple[str, str]] | None = None,
) -> list[Difference]:
    """Every difference between `spec` and `published` (the codes `source_id` publishes), for
    the code sets it publishes; `seen` counts (code set, value) met in production."""
    seen = seen or Counter()
    by_set: dict[str, dict[str, list[Published]]] = {}
    for item in published:
        by_set.setdefault(item.code_set, {}).setdefault(item.value, []).append(item)
    found: list[Difference] = []
    for ref, values in by_set.items():
        found += _code_set(spec, source_id, ref, values, seen)
    return found


def _code_set(
    spec: Catalog,
    source_id: str,
    ref: str,
    values: dict[str, list[Published]],
    seen: Counter[tuple[str, str]],
) -> list[Difference]:
    provider, _, name = ref.partition(".")
    code_set = spec.providers[provider].code_sets[name]
    base = f"/providers/{provider}/code_sets/{name}"
    integer = code_set.wire_type == "integer"
    if integer:
        values = _decimal(ref, values)
    codes = {
        key: _Code(index, code)
        for index, code in enumerate(code_set.codes)
        for key in (code.value, *code.aliases)
    }
    titles = {gid: group.title for gid, group in code_set.groups.items()}
    missing = [value for value in values if value not in codes]
    gone = [
        code
        for value, code in codes.items()
        if value == code.entry.value
        and source_id in code.entry.sources
        and code.entry.lifecycle is None
        and not any(key in values for key in (value, *code.entry.aliases))
    ]
    rename = _moves if integer else _renames
    found, olds = rename(ref, missing, gone, values, base)
    renamed = {d.value for d in found} | olds
    for value in missing:
        if value not in renamed:
            addition = _addition(base, source_id, values[value], titles, integer)
            found.append(_missing(ref, value, values[value], seen, addition))
    title = spec.sources[source_id].title if gone else ""
    found += [_gone(ref, code, base, title) for code in gone if code.entry.value not in renamed]
    for value, items in values.items():
        if value in codes:
            code = codes[value]
            at = f"{base}/codes/{code.index}"
            found += facts(source_id, ref, code.entry, items, titles, at)
    if any("arrows" in item.reads for items in values.values() for item in items):
        found += compare_transitions(source_id, ref, code_set, values, base)
    return found + _seen(ref, seen, codes, values)


def _missing(
    ref: str,
    value: str,
    items: list[Published],
    seen: Counter[tuple[str, str]],
    addition: dict[str, Any],
) -> Difference:
    """A value the source publishes and the catalog lacks, with the edit that adds it."""
    times = seen.get((ref, value), 0)
    also = f"; seen in production {times} time(s)" if times else ""
    detail = f"published, not in the catalog{also}"
    return Difference("missing", ref, value, detail, items[0].where, (addition,))


def _gone(ref: str, code: _Code, base: str, title: str) -> Difference:
    """A code citing the source (`title`) that it no longer publishes, with the edit that
    marks it removed."""
    removed = {"state": "removed", "note": f"No longer published in {title}."}
    edit = {"op": "add", "path": f"{base}/codes/{code.index}/lifecycle", "value": removed}
    detail = "cites the source, which no longer publishes it"
    return Difference("gone", ref, code.entry.value, detail, edits=(edit,))


def _seen(
    ref: str,
    seen: Counter[tuple[str, str]],
    codes: dict[str, _Code],
    values: dict[str, list[Published]],
) -> list[Difference]:
    """The values of the code set met in production that neither the source nor the catalog
    knows."""
    said = "seen in production {} time(s); in neither the source nor the catalog"
    return [
        Difference("seen", ref, value, said.format(times))
        for (seen_ref, value), times in sorted(seen.items())
        if seen_ref == ref and value not in codes and value not in values
    ]


def _decimal(ref: str, values: dict[str, list[Published]]) -> dict[str, list[Published]]:
    """The published values of an integer code set by their decimal text ("+07" is "7"), or
    DriftInputError for one that is no integer (the rule reads something else)."""
    found: dict[str, list[Published]] = {}
    for value, items in values.items():
        if re.fullmatch(r"[+-]?[0-9]+", value) is None:
            raise DriftInputError(
                f"{ref} travels as integers, but the source publishes {short(value)} "
                f"({items[0].where}): its rule reads something other than the numbers"
            )
        found.setdefault(str(int(value)), []).extend(items)
    return found


def _moves(
    ref: str,
    missing: list[str],
    gone: list[_Code],
    values: dict[str, list[Published]],
    base: str,
) -> tuple[list[Difference], set[str]]:
    """Each gone code of an integer code set whose name is published under a missing number,
    as the name having moved to that number; and the old numbers."""
    found: list[Difference] = []
    olds: set[str] = set()
    numbers = {item.name: value for value in missing for item in values[value] if item.name}
    for code in gone:
        old, name = code.entry.value, code.entry.name
        new = numbers.pop(name, None) if name else None
        if new is None:
            continue
        olds.add(old)
        edit = {"op": "replace", "path": f"{base}/codes/{code.index}/value", "value": int(new)}
        detail = f"{name} is published as {new}; the catalog has it as {old}"
        found.append(Difference("moved", ref, new, detail, values[new][0].where, (edit,)))
    return found, olds


def _renames(
    ref: str,
    missing: list[str],
    gone: list[_Code],
    values: dict[str, list[Published]],
    base: str,
) -> tuple[list[Difference], set[str]]:
    """Each gone code whose value nearly matches a missing one, as a rename; and the old
    values."""
    from rapidfuzz import fuzz, process

    found: list[Difference] = []
    taken: set[str] = set()
    olds: set[str] = set()
    for code in gone:
        old = code.entry.value
        choices = [value for value in missing if value not in taken]
        match = process.extractOne(old, choices, scorer=fuzz.ratio) if choices else None
        if match is None or match[1] < RENAME_SIMILARITY:
            continue
        new = match[0]
        taken.add(new)
        olds.add(old)
        at = f"{base}/codes/{code.index}"
        edits = (
            {"op": "replace", "path": f"{at}/value", "value": new},
            {"op": "add", "path": f"{at}/aliases/-", "value": old},
        )
        detail = f"published in place of '{old}' ({match[1]:.0f}% similar)"
        found.append(Difference("renamed", ref, new, detail, values[new][0].where, edits))
    return found, olds


def _addition(
    base: str, source_id: str, items: list[Published], titles: dict[str, str], integer: bool
) -> dict[str, Any]:
    first = items[0]
    code: dict[str, Any] = {"value": int(first.value) if integer else first.value}
    name = next((item.name for item in items if item.name), None)
    if name:
        code["name"] = name
    for key in TEXTS:
        text = next((getattr(i, key) for i in items if getattr(i, key)), None)
        if text:
            code[key] = norm(text)
    statuses = sorted({status for item in items for status in item.http})
    if statuses:
        code["http"] = [{"status": status, "sources": [source_id]} for status in statuses]
    ids = {title: gid for gid, title in titles.items()}
    groups = [ids.get(group, group) for group in published_groups(items)]
    if groups:
        code["group"] = groups[0]
    code["sources"] = [source_id]
    return {"op": "add", "path": f"{base}/codes/-", "value": code}
