"""Differences between catalog versions, code by code.

Works on plain JSON (a released catalog, or the current catalog dumped from the model) so that
catalogs released under an older shape of the spec stay comparable. spec/released/ holds the
catalog of each release as <version>.json.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import fact_changes
from codegen.model import Catalog, Code

Key = tuple[str, str, str]  # provider, code set, wire value

#: The facts of a code that a change is reported for, and how the changelog names them.
TRACKED = {
    "name": "identifier",
    "category": "category",
    "description": "description",
    "message": "message",
    "advice": "advice to the integrator",
    "user_message": "user message",
}


def _object_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": item}


#: An item whose declared facts are compared (codegen.fact_changes).
_ITEM: dict[str, Any] = {"type": "object"}
_CATEGORY: dict[str, Any] = {"type": ["string", "null"]}
_CODE: dict[str, Any] = {
    "type": "object",
    "required": ["value"],
    "properties": {
        "value": {"type": ["string", "integer"]},
        "category": _CATEGORY,
        "lifecycle": {"type": ["object", "null"], "required": ["state", "note"]},
        "category_history": {
            "type": "array",
            "items": {"type": "object", "required": ["from"]},
        },
        "aliases": {"type": "array"},
    },
}
_PROVIDER: dict[str, Any] = {
    "type": "object",
    "required": ["code_sets"],
    "properties": {
        "code_sets": _object_of(
            {
                "type": "object",
                "required": ["codes"],
                "properties": {"codes": {"type": "array", "items": _CODE}, "category": _CATEGORY},
            }
        ),
        "signing": {
            "type": ["object", "null"],
            "properties": {
                "scheme": {"type": ["string", "null"]},
                "timestamp": {"type": ["object", "null"]},
            },
        },
        "delivery": {"type": ["object", "null"]},
    },
}
#: What a catalog must be for `diff`, the changelog and the release notes to compare it: the
#: parts they read, as every shape of the spec since the first release has them (a JSON Schema;
#: the spec's own schema asks much more of the current catalog).
COMPARABLE: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["providers"],
    "properties": {
        "providers": _object_of(_PROVIDER),
        "categories": _object_of(_ITEM),
        "payloads": _object_of(_ITEM),
    },
}


@dataclass(frozen=True)
class Change:
    key: Key
    fields: tuple[tuple[str, object, object], ...]  # (field, old, new)


@dataclass(frozen=True)
class FactsChange:
    """The facts declared once (codegen.spec.carried) that changed of an item that is not a
    code, where it is: (provider, code set), ("categories", id), (provider, "signing")…"""

    key: tuple[str, ...]
    fields: tuple[tuple[str, object, object], ...]  # (field, old, new)


@dataclass
class Diff:
    added: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)
    deprecated: list[tuple[Key, str, str]] = field(default_factory=list)  # key, state, note
    changed: list[Change] = field(default_factory=list)
    #: The changes of items other than codes (said by codegen diff, not by the site's pages).
    facts: list[FactsChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.deprecated or self.changed)


@dataclass(frozen=True)
class Release:
    version: str
    previous: str | None
    diff: Diff
    counts: tuple[tuple[str, str, int], ...]  # provider, code set title, number of codes


def codes(spec: Mapping[str, Any]) -> dict[Key, tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Every code of a catalog (raw JSON shape) with its code set, keyed by provider, code set
    and wire value (an integer code by its decimal text, as the model reads it)."""
    return {
        (provider_id, set_id, str(code["value"])): (code, code_set)
        for provider_id, provider in spec["providers"].items()
        for set_id, code_set in provider["code_sets"].items()
        for code in code_set["codes"]
    }


def facts(spec: Mapping[str, Any]) -> dict[Key, dict[str, Any]]:
    """Every code of a catalog (raw JSON shape) with its tracked facts and lifecycle."""
    found: dict[Key, dict[str, Any]] = {}
    for key, (code, code_set) in codes(spec).items():
        entry = {name: code.get(name) for name in TRACKED}
        # Older catalogs named the provider's advice "user_action".
        entry["advice"] = code.get("advice", code.get("user_action"))
        entry["name"] = code.get("name") or str(code["value"])
        entry["category"] = code.get("category") or code_set.get("category")
        entry["lifecycle"] = code.get("lifecycle")
        entry["category_history"] = [change["from"] for change in code.get("category_history", [])]
        found[key] = entry
    return found


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> Diff:
    """What changed from `old` to `new` (both raw catalogs): the codes added, deprecated, changed
    (a tracked fact, or a fact declared once that codegen diff compares, codegen.fact_changes)
    and removed, and the declared facts of the items that are not codes."""
    before, after = facts(old), facts(new)
    of_codes: dict[tuple[str, ...], list[tuple[str, object, object]]] = {}
    result = Diff()
    for found in fact_changes.changes(old, new):
        name = f"lifecycle {found.fact.name}" if found.family == "Lifecycle" else found.fact.name
        said = (name, found.old, found.new)
        if found.family in ("Code", "Lifecycle"):
            of_codes.setdefault(found.where[:3], []).append(said)
        elif result.facts and result.facts[-1].key == found.where:
            result.facts[-1] = FactsChange(found.where, (*result.facts[-1].fields, said))
        else:
            result.facts.append(FactsChange(found.where, (said,)))
    for key, entry in after.items():
        previous = before.get(key)
        if previous is None:
            result.added.append(key)
            continue
        lifecycle = entry["lifecycle"]
        if lifecycle and not previous["lifecycle"]:
            result.deprecated.append((key, lifecycle["state"], lifecycle["note"]))
        changes = tuple(
            (name, previous[name], entry[name]) for name in TRACKED if previous[name] != entry[name]
        ) + tuple(of_codes.get(key, ()))
        if changes:
            result.changed.append(Change(key, changes))
    result.removed = [key for key in before if key not in after]
    return result


def breaking_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What a new catalog may not do to a released one: drop a code, rename its identifier, or
    move it to another category without a category_history entry giving the reason."""
    before, after = facts(old), facts(new)
    problems = []
    for key, previous in before.items():
        where = "/".join(key)
        entry = after.get(key)
        if entry is None:
            problems.append(f"{where}: a released code disappeared (mark it deprecated or removed)")
            continue
        if entry["name"] != previous["name"]:
            problems.append(
                f"{where}: identifier changed from {previous['name']} to {entry['name']}"
            )
        if (
            entry["category"] != previous["category"]
            and previous["category"] not in entry["category_history"]
        ):
            problems.append(
                f"{where}: category changed from {previous['category']} to {entry['category']} "
                "without a category_history entry giving the reason"
            )
    return problems


def released(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """The released catalogs in a folder (<version>.json), oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        found.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
    return sorted(found, key=lambda item: version_key(item[0]))


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _counts(spec: Mapping[str, Any]) -> tuple[tuple[str, str, int], ...]:
    return tuple(
        (provider["name"], code_set["title"], len(code_set["codes"]))
        for provider in spec["providers"].values()
        for code_set in provider["code_sets"].values()
    )


@functools.lru_cache(maxsize=1)
def history(catalog: Catalog) -> list[Release]:
    """Every version, newest first: the released ones, and the current one when it is new (read
    once per catalog: the list is shared, never changed)."""
    versions = [(release.version, release.document) for release in catalog.releases]
    if catalog.spec_version not in {version for version, _ in versions}:
        versions.append((catalog.spec_version, catalog.document))
    releases = []
    previous: tuple[str, Mapping[str, Any]] | None = None
    empty: dict[str, Any] = {"providers": {}}
    for version, spec in versions:
        base = previous[1] if previous else empty
        releases.append(
            Release(version, previous[0] if previous else None, diff(base, spec), _counts(spec))
        )
        previous = (version, spec)
    return list(reversed(releases))


def category_reason(code: Code | None, old: object, version: str) -> str | None:
    """Why a code's category changed from `old` in a release (its category_history entry)."""
    for entry in code.category_history if code else ():
        if entry.previous.id == old and entry.since == version:
            return entry.reason
    return None
