"""Bad specs read together: the mutations of a corpus that change disjoint parts of the spec are
applied to one copy, which is read once, and each case looks for its own problem among those
reported. Loading the spec costs about a third of a second; a corpus of a hundred cases is read
in a handful of loads rather than a hundred.

Each case's change is exactly what it makes alone (the parts it changes hold, in the shared
copy, what they hold in its own copy), no two cases of a copy change the same part or one inside
the other, and a case that changes the spec's root is read alone. The loader stops at the first
stage that finds problems, so a case of a later stage is read again, without the cases already
found, until every case is found or a read finds none; the cases still unfound are then read
one by one, so that a case is never reported missing because of another.
"""

from __future__ import annotations

import json
import marshal
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Mutation = Callable[[dict[str, Any]], None]
Path = tuple[str | int, ...]
T = TypeVar("T")

_MISSING = object()


def changes(before: object, after: object, at: Path = ()) -> list[Path]:
    """The places where `after` differs from `before`: a value replaced, a key added or removed
    (at the key), an object's keys reordered or a list's length changed (at the container)."""
    if type(before) is not type(after):
        return [at]
    if isinstance(before, dict) and isinstance(after, dict):
        if [k for k in before if k in after] != [k for k in after if k in before]:
            return [at]
        found: list[Path] = []
        for key in before.keys() | after.keys():
            if key not in before or key not in after:
                found.append((*at, key))
            elif before[key] != after[key]:
                found += changes(before[key], after[key], (*at, key))
        return found
    if isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            return [at]
        return [
            place
            for index, (old, new) in enumerate(zip(before, after, strict=True))
            if old != new
            for place in changes(old, new, (*at, index))
        ]
    return [] if before == after else [at]


def value_at(data: object, path: Path) -> object:
    for key in path:
        if isinstance(data, list) and isinstance(key, int):
            if key >= len(data):
                return _MISSING
            data = data[key]
        elif isinstance(data, dict) and key in data:
            data = data[key]
        else:
            return _MISSING
    return data


def every_path(node: object, at: Path = ()) -> list[Path]:
    """Every place of `node` (a parsed spec or a part of it) below `at`, each container before
    what it holds: the places a random edit may change."""
    found: list[Path] = [at] if at else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += every_path(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += every_path(value, (*at, index))
    return found


def _overlap(one: Path, other: Path) -> bool:
    shorter = min(len(one), len(other))
    return one[:shorter] == other[:shorter]


def _parsed(base_text: str) -> Callable[[], dict[str, Any]]:
    """Fresh copies of the spec `base_text` holds, parsed once."""
    blob = marshal.dumps(json.loads(base_text))

    def fresh() -> dict[str, Any]:
        data: dict[str, Any] = marshal.loads(blob)
        return data

    return fresh


def _copied(value: Any) -> Any:
    """A deep copy of a part of a parsed spec (marshal copies JSON's types exactly, and
    fastest)."""
    return marshal.loads(marshal.dumps(value))


def _restore(
    data: dict[str, Any], base: dict[str, Any], places: list[Path], own: dict[str, Any]
) -> None:
    """Put back what `base` holds where `data` differs from it (`places`, none the root): each
    entry of a section that holds a place (a provider, a payload kind…), or the whole section
    where the section is no longer the copy's own (`own`, by key). Nothing inside what a case
    put in is changed: a case may put in a value it holds and puts in again each time."""
    touched: set[tuple[str | int, ...]] = set()
    for place in places:
        key = place[0]
        section = data.get(str(key), _MISSING)
        at = place[:2] if len(place) > 1 and section is own.get(str(key)) else place[:1]
        if at in touched:
            continue
        touched.add(at)
        parent: Any = data if len(at) == 1 else section
        value = value_at(base, at)
        if value is _MISSING:
            del parent[at[-1]]
        else:
            parent[at[-1]] = _copied(value)
        if len(at) == 1:
            own[str(key)] = data.get(str(key))
    for at in {(), *(at[:1] for at in touched if len(at) > 1)}:
        parent, order = value_at(data, at), value_at(base, at)
        if isinstance(parent, dict) and isinstance(order, dict) and list(parent) != list(order):
            items = [(key, parent[key]) for key in order]  # a key put back comes last
            parent.clear()
            parent.update(items)


def groups(base_text: str, mutations: Sequence[Mutation]) -> list[list[int]]:
    """The cases (by index) in groups whose changes are disjoint and hold together as alone.

    Each case is made alone on one working copy of the spec, put back as it was after each
    (`_restore`)."""
    fresh = _parsed(base_text)
    base = fresh()
    work = fresh()
    own = dict(work)
    alone: list[list[tuple[Path, object]]] = []
    for mutate in mutations:
        mutate(work)
        places = changes(base, work)
        alone.append([(place, value_at(work, place)) for place in places])
        if () in places:
            work = fresh()
            own = dict(work)
        else:
            _restore(work, base, places, own)
    found: list[tuple[list[int], dict[str, Any]]] = []
    for index, mutate in enumerate(mutations):
        places = [place for place, _ in alone[index]]
        for members, shared in found if () not in places else ():
            taken = [place for case in members for place, _ in alone[case]]
            if () in taken or any(_overlap(p, q) for p in places for q in taken):
                continue
            trial = _copied(shared)
            mutate(trial)
            if all(
                value_at(trial, place) == value
                for case in (*members, index)
                for place, value in alone[case]
            ):
                members.append(index)
                shared.clear()
                shared.update(trial)
                break
        else:
            data = fresh()
            mutate(data)
            found.append(([index], data))
    return [members for members, _ in found]


def read_together(
    base_text: str,
    mutations: Sequence[Mutation],
    read: Callable[[dict[str, Any]], list[T]],
    finds: Callable[[int, list[T]], bool],
) -> dict[int, list[T]]:
    """For each case (by index), the problems of the read in which it was found, or of its own
    read alone when no read found it. `read` reads a spec (its problems); `finds(case,
    problems)` says whether the case's problem is among them."""
    results: dict[int, list[T]] = {}
    fresh = _parsed(base_text)
    for group in groups(base_text, mutations):
        waiting = list(group)
        while len(waiting) > 1:
            data = fresh()
            for case in waiting:
                mutations[case](data)
            problems = read(data)
            found = [case for case in waiting if finds(case, problems)]
            for case in found:
                results[case] = problems
            if not found:
                break
            waiting = [case for case in waiting if case not in found]
        for case in waiting:
            data = fresh()
            mutations[case](data)
            results[case] = read(data)
    return results


#: A way of reading cases (by index): the problems of each it could read.
Tier = Callable[[Sequence[int]], dict[int, list[T]]]


def read_in_tiers(
    tiers: Sequence[Tier[T]], count: int, finds: Callable[[int, list[T]], bool]
) -> dict[int, list[T]]:
    """The problems of each of `count` cases, each read by the first tier that shows its
    problem (`finds`), or by the last: each tier reads only the cases still unfound. The tiers
    go from the smallest spec to the whole (tests/support/smaller_spec.py's `tiers`), so that a
    case is read where it costs least, and never reported missing because a smaller spec lacks
    what shows it."""
    results: dict[int, list[T]] = {}
    waiting = list(range(count))
    for tier in tiers:
        results.update(tier(waiting))
        waiting = [case for case in waiting if not finds(case, results.get(case, []))]
        if not waiting:
            break
    return results


def together(
    text: str,
    mutations: Sequence[Mutation],
    read: Callable[[dict[str, Any]], list[T]],
    finds: Callable[[int, list[T]], bool],
    *,
    every: bool = False,
) -> Tier[T]:
    """A tier that reads the cases whose change can be made to the spec `text` holds (`every`:
    all of them) with `read_together`."""

    def tier(cases: Sequence[int]) -> dict[int, list[T]]:
        applies = list(cases) if every else _applying(text, mutations, cases)
        found = read_together(
            text, [mutations[case] for case in applies], read, finds_of(applies, finds)
        )
        return {case: found[place] for place, case in enumerate(applies)}

    return tier


def around(
    text: str, mutations: Sequence[Mutation], read: Callable[[dict[str, Any]], list[T]]
) -> Tier[T]:
    """A tier that reads each case whose change can be made to the spec `text` holds alone, in
    that spec cut to what the change touched (`around_the_change`)."""
    fresh = _parsed(text)
    base = fresh()

    def tier(cases: Sequence[int]) -> dict[int, list[T]]:
        results: dict[int, list[T]] = {}
        for case in cases:
            data = fresh()
            try:
                mutations[case](data)
            except (LookupError, StopIteration):
                continue  # a code or a provider this spec leaves out
            results[case] = read(around_the_change(data, base))
        return results

    return tier


def around_the_change(data: dict[str, Any], whole: dict[str, Any]) -> dict[str, Any]:
    """A mutated spec cut to the providers its mutation changed (with their payload kinds and
    sources, `only`), where it changed nothing else of `whole`, the spec it changed; else the
    whole of it."""
    from tests.support.helpers import only

    providers, kinds = data.get("providers"), data.get("payloads")
    if (
        not isinstance(providers, dict)
        or not isinstance(kinds, dict)
        or data.keys() != whole.keys()
    ):
        return data
    if any(data[key] != whole[key] for key in data if key not in ("providers", "payloads")):
        return data
    changed = {
        p
        for p in providers.keys() | whole["providers"].keys()
        if providers.get(p) != whole["providers"].get(p)
    }
    for key in kinds.keys() | whole["payloads"].keys():
        if kinds.get(key) != whole["payloads"].get(key):
            kind = kinds.get(key)
            if not isinstance(kind, dict) or kind.get("provider") not in providers:
                return data
            changed.add(kind["provider"])
    return only(data, sorted(changed)) if changed else data


def _applying(text: str, mutations: Sequence[Mutation], cases: Sequence[int]) -> list[int]:
    """The cases of `cases` whose change can be made to the spec `text` holds."""
    fresh = _parsed(text)
    applies: list[int] = []
    for case in cases:
        try:
            mutations[case](fresh())
        except (LookupError, StopIteration):
            continue
        applies.append(case)
    return applies


def finds_of(
    cases: Sequence[int], finds: Callable[[int, list[T]], bool]
) -> Callable[[int, list[T]], bool]:
    """`finds` of a corpus, for the cases of `cases` numbered from 0 in its order."""
    return lambda number, problems: finds(cases[number], problems)
