"""What a release of the catalog must be called, read from the catalog's diff.

Every change between the last released catalog and the new one has a kind, and every kind the
least version it asks for (semantic versioning read for a catalog of codes; the site's
Releases page defines them): a code whose category, `retryable` or `end_user_can_retry` changes
is a change in behaviour, and new codes, code sets and providers are features, both asking for
a minor release at least; a fix to a text asks for a patch. A code removed or renamed is never
released at any version (codegen.changelog.breaking_changes). A fact the spec declares once
(codegen.spec.carried) is a fix to a text unless its declaration gives a higher level: then a
change in behaviour, at that level. Works on plain JSON, as the changelog does, so that catalogs
released under an older shape of the spec stay comparable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from codegen import changelog, fact_changes

#: The kinds of change, in the order the release notes give them: (heading, one such change in
#: words, the least release it asks for).
KINDS = {
    "behaviour": ("Changes in behaviour", "a change in behaviour", "minor"),
    "feature": ("New codes and providers", "a new code, code set or provider", "minor"),
    "deprecation": ("Deprecated and removed codes", "a change of a code's lifecycle", "minor"),
    "other": ("Other changes to the packages", "a change to what the packages read", "minor"),
    "fix": ("Fixes to texts", "a fix to a text", "patch"),
}
LEVELS = ("patch", "minor", "major")
#: The facts of a code that decide what a program does with it.
BEHAVIOUR = ("category", "retryable", "end_user_can_retry")
#: A code's fields that the other kinds account for; a change to any other field is a fix.
ACCOUNTED = {*BEHAVIOUR, "value", "name", "lifecycle", "aliases", "category_history"}
#: The catalog's sections that no package carries, or that are compared apart.
APART = {"$schema", "about", "spec_version", "release_dates", "providers", "categories", "sources"}

Key = tuple[str, ...]
Raw = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    kind: str
    #: (provider, code set, wire value) of a code; (provider, code set) or (provider,) of a new
    #: code set or provider; a section's name (and entry) elsewhere.
    where: Key
    #: What changed, in plain words.
    what: str
    #: The reason of a category change, a lifecycle's note.
    note: str = ""
    #: The least release it asks for, where its declaration says (else its kind's).
    least: str | None = None

    @property
    def level(self) -> str:
        return self.least or KINDS[self.kind][2]


def _behaviour(spec: Raw, code: Raw, code_set: Raw) -> dict[str, object]:
    """The code's category, and its own answers to retrying, else its category's (None where the
    catalog did not have that fact yet)."""
    category = code.get("category") or code_set.get("category")
    defaults = spec["categories"].get(category, {})
    facts: dict[str, object] = {"category": category}
    for name in BEHAVIOUR[1:]:
        own = code.get(name)
        facts[name] = defaults.get(name) if own is None else own
    return facts


def _words(fields: list[tuple[str, object, object]]) -> str:
    def shown(value: object) -> str:
        return str(value).lower() if isinstance(value, bool) else str(value)

    return "; ".join(f"{name} {shown(old)} → {shown(new)}" for name, old, new in fields)


def _changed(
    old: Raw, new: Raw, key: Key, before: tuple[Raw, Raw], after: tuple[Raw, Raw]
) -> Iterator[Change]:
    """What changed of one code found in both catalogs."""
    (was, was_set), (code, code_set) = before, after
    then, now = _behaviour(old, was, was_set), _behaviour(new, code, code_set)
    moved = [
        (name, then[name], now[name]) for name in BEHAVIOUR if then[name] not in (None, now[name])
    ]
    if moved:
        reasons = [
            entry.get("reason", "")
            for entry in code.get("category_history", [])
            if entry.get("from") == then["category"]
        ]
        yield Change("behaviour", key, _words(moved), reasons[-1] if reasons else "")
    state, lifecycle = (was.get("lifecycle") or {}).get("state"), code.get("lifecycle") or {}
    if lifecycle.get("state") != state:
        what = str(lifecycle["state"]) if lifecycle else f"no longer {state}"
        yield Change("deprecation", key, what, str(lifecycle.get("note", "")))
    spellings = set(code.get("aliases", [])) - set(was.get("aliases", []))
    if spellings:
        yield Change("feature", key, "read also as " + ", ".join(sorted(spellings)))
    if set(was.get("aliases", [])) - set(code.get("aliases", [])):
        yield Change("behaviour", key, "a spelling of it is no longer read")
    fields = sorted(name for name in {*was, *code} - ACCOUNTED if was.get(name) != code.get(name))
    if fields:
        yield Change("fix", key, ", ".join(fields))


def _new(new: Raw, old: Raw) -> Iterator[Change]:
    """The providers and code sets the new catalog adds, each as one change."""
    for provider_id, provider in new["providers"].items():
        known = old["providers"].get(provider_id)
        sets = provider["code_sets"]
        if known is None:
            count = sum(len(code_set["codes"]) for code_set in sets.values())
            what = f"new provider {provider['name']}: {count} codes in {len(sets)} code sets"
            yield Change("feature", (provider_id,), what)
            continue
        for set_id, code_set in sets.items():
            if set_id not in known["code_sets"]:
                what = f"new code set {code_set['title']}: {len(code_set['codes'])} codes"
                yield Change("feature", (provider_id, set_id), what)


def _differing(old: Raw, new: Raw, apart: set[str]) -> list[str]:
    return sorted(name for name in {*old, *new} - apart if old.get(name) != new.get(name))


def _sections(old: Raw, new: Raw) -> Iterator[Change]:
    """What changed outside the codes: the packages' other data, the categories, the sources."""
    for section in _differing(old, new, APART):
        before, after = old.get(section), new.get(section)
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            for entry in _differing(before, after, set()):
                what = (
                    "new" if entry not in before else "removed" if entry not in after else "changed"
                )
                yield Change("other", (section, entry), what)
        else:
            yield Change("other", (section,), "changed")
    for provider_id, provider in new["providers"].items():
        known = old["providers"].get(provider_id)
        if known is not None and (fields := _differing(known, provider, {"code_sets"})):
            yield Change("other", (provider_id,), ", ".join(fields))
        for set_id, code_set in provider["code_sets"].items():
            was = (known or {}).get("code_sets", {}).get(set_id)
            if was is not None and (fields := _differing(was, code_set, {"codes"})):
                yield Change("fix", (provider_id, set_id), ", ".join(fields))
    for category_id, category in new["categories"].items():
        was = old["categories"].get(category_id)
        if was is None:
            yield Change("other", ("categories", category_id), "new category")
        elif fields := _differing(was, category, set(BEHAVIOUR)):
            yield Change("fix", ("categories", category_id), ", ".join(fields))
    sources = _differing(old["sources"], new["sources"], set())
    if sources:
        yield Change("fix", ("sources",), f"{len(sources)} sources added or changed")


def _declared(old: Raw, new: Raw) -> Iterator[Change]:
    """The changes of the facts the spec declares once, each at its declared level: a fix
    (patch), else a change in behaviour at that level; a code's lifecycle said of its code."""
    for found in fact_changes.changes(old, new):
        where = found.where[:3] if found.family == "Lifecycle" else found.where
        what = _words([(found.fact.name, found.old, found.new)])
        level = found.fact.level
        if level == "patch":
            yield Change("fix", where, what)
        else:
            yield Change("behaviour", where, what, least=level)


def changes(old: Raw, new: Raw) -> list[Change]:
    """Every change from the released catalog `old` to `new`: the new providers and code sets,
    then code by code in the new catalog's order, then the rest of the catalog, then the facts
    the spec declares once (codegen.fact_changes, which the rest is compared without)."""
    declared = list(_declared(old, new))
    old, new = fact_changes.stripped(old), fact_changes.stripped(new)
    before, after = changelog.codes(old), changelog.codes(new)
    found = list(_new(new, old))
    grown = {change.where for change in found}
    for key, entry in after.items():
        if key[:1] in grown or key[:2] in grown:
            continue
        if key not in before:
            found.append(Change("feature", key, "new code"))
        else:
            found.extend(_changed(old, new, key, before[key], entry))
    found.extend(_sections(old, new))
    return found + declared


#: MAJOR.MINOR.PATCH: numbers of at most 9 digits without a leading zero (SemVer's rule, which
#: npm and PyPI read), checked before any part is read as a number.
VERSION = re.compile(r"(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})")


def parse(version: str) -> tuple[int, int, int] | None:
    """MAJOR.MINOR.PATCH as numbers, or None when `version` is not one."""
    found = VERSION.fullmatch(version) if isinstance(version, str) else None
    if found is None:
        return None
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def following(previous: str) -> dict[str, str]:
    """The versions that may follow `previous`, by level."""
    parsed = parse(previous)
    assert parsed is not None, f"a released version: {previous}"
    major, minor, patch = parsed
    return {
        "patch": f"{major}.{minor}.{patch + 1}",
        "minor": f"{major}.{minor + 1}.0",
        "major": f"{major + 1}.0.0",
    }


def needed(found: list[Change]) -> str:
    """The least level of release that every change allows."""
    return max((change.level for change in found), key=LEVELS.index, default="patch")


def refusal(previous: str, version: str, found: list[Change]) -> str | None:
    """Why `version` may not follow `previous` with these changes (None when it may): it is not
    a next version, or it is of a lower level than a change asks for, the first such named
    (in the order of the notes' headings, then of the catalog)."""
    nexts = following(previous)
    level = next((name for name, follower in nexts.items() if follower == version), None)
    if level is None:
        allowed = ", ".join(nexts.values())
        return f"{version} does not follow {previous}: the next version is one of {allowed}"
    rank, order = LEVELS.index(level), list(KINDS)
    over = [change for change in found if LEVELS.index(change.level) > rank]
    if not over:
        return None
    # The first change of the first kind the notes list (changes in behaviour first).
    first = min(over, key=lambda change: order.index(change.kind))
    least = nexts[needed(over)]
    return (
        f"{version} is a {level} release after {previous}, but {'/'.join(first.where)}: "
        f"{first.what}, {KINDS[first.kind][1]}, needs a {first.level} release at least: "
        f"release {least}"
    )
