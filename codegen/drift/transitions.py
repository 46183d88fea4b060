"""A lifecycle diagram's arrows and first statuses against a code set's `transitions` (the
`transition` differences of codegen.drift.compare)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from codegen.drift.differences import Difference
from codegen.drift.extract import Published
from codegen.errors import pointer
from codegen.spec import CodeSet


def compare_transitions(
    source_id: str,
    ref: str,
    code_set: CodeSet,
    values: dict[str, list[Published]],
    base: str,
) -> list[Difference]:
    """The arrows and first statuses a lifecycle diagram draws against the code set's
    transitions: arrows and first statuses they lack (an arrow the diagram adds makes the
    transitions cite it), and, where they cite this source alone, those the diagram no longer
    draws (transitions drawn from several sources may hold arrows another one gives). A code set
    without transitions is proposed the diagram's."""
    drawn = {
        (value, target): where
        for value, items in values.items()
        for item in items
        for target, where in item.arrows
    }
    reached = {target for _, target in drawn}
    first = [value for value in values if value not in reached]
    ours = code_set.transitions
    at = f"{base}/transitions"
    if ours is None:
        return [_proposal(source_id, ref, values, drawn, first, at)]
    following = ours.next
    cites = source_id in ours.sources
    alone = list(ours.sources) == [source_id]
    found: list[Difference] = []
    opened: set[str] = set()
    for (start, target), where in drawn.items():
        if target in following.get(start, ()):
            continue
        key = f"{at}/next{pointer(start)}"
        edits: list[dict[str, Any]] = (
            [{"op": "add", "path": f"{key}/-", "value": target}]
            if start in following or start in opened
            else [{"op": "add", "path": key, "value": [target]}]
        )
        opened.add(start)
        if not cites and not found:
            edits.append({"op": "add", "path": f"{at}/sources/-", "value": source_id})
        detail = f"the source draws {start} -> {target}; the catalog's transitions do not"
        found.append(Difference("transition", ref, start, detail, where, tuple(edits)))
    found += _first_statuses(ref, ours.initial, first, alone, values, at)
    if alone:
        found += _undrawn(ref, following, drawn, opened, at)
    return found


def _proposal(
    source_id: str,
    ref: str,
    values: dict[str, list[Published]],
    drawn: dict[tuple[str, str], str],
    first: list[str],
    at: str,
) -> Difference:
    """The diagram's transitions, for a code set that has none (none when every status has an
    arrow into it: the diagram does not say which comes first)."""
    graph: dict[str, list[str]] = {}
    for start, target in drawn:
        graph.setdefault(start, []).append(target)
    proposal = {"initial": first, "next": graph, "sources": [source_id]}
    return Difference(
        kind="transition",
        code_set=ref,
        value=next(iter(values)),
        detail=f"the source draws {len(drawn)} transition(s); the catalog has none"
        + ("" if first else " (and every status has an arrow into it: which comes first?)"),
        where=next(iter(drawn.values()), ""),
        edits=({"op": "add", "path": at, "value": proposal},) if first else (),
    )


def _first_statuses(
    ref: str,
    initial: Sequence[str],
    first: list[str],
    alone: bool,
    values: dict[str, list[Published]],
    at: str,
) -> list[Difference]:
    """Statuses the diagram draws no arrow into that the catalog's initial lacks; where the
    transitions cite this source alone, initial statuses it draws an arrow into."""
    if not first:
        return []
    found = [
        Difference(
            kind="transition",
            code_set=ref,
            value=value,
            detail=f"the source draws no arrow into {value}; the catalog's initial lacks it",
            where=values[value][0].where,
            edits=({"op": "add", "path": f"{at}/initial/-", "value": value},),
        )
        for value in first
        if value not in initial
    ]
    if alone:
        found += [
            Difference(
                kind="transition",
                code_set=ref,
                value=initial[index],
                detail=f"the catalog's initial {initial[index]} has an arrow into it",
                where=values[initial[index]][0].where,
                edits=({"op": "remove", "path": f"{at}/initial/{index}"},),
            )
            for index in reversed(range(len(initial)))
            if initial[index] in values and initial[index] not in first
        ]
    return found


def _undrawn(
    ref: str,
    following: Mapping[str, Sequence[str]],
    drawn: dict[tuple[str, str], str],
    opened: set[str],
    at: str,
) -> list[Difference]:
    """The arrows of the transitions the diagram no longer draws. A status that keeps none loses
    its entry; other arrows are removed from the end, so that each index holds after the
    others."""
    found: list[Difference] = []
    for start, targets in following.items():
        gone = [index for index, target in enumerate(targets) if (start, target) not in drawn]
        whole = len(gone) == len(targets) and start not in opened
        key = f"{at}/next{pointer(start)}"
        for number, index in enumerate(reversed(gone)):
            edits: tuple[dict[str, Any], ...] = (
                (({"op": "remove", "path": key},) if number == 0 else ())
                if whole
                else ({"op": "remove", "path": f"{key}/{index}"},)
            )
            detail = f"the catalog's {start} -> {targets[index]} is no longer drawn"
            found.append(Difference("transition", ref, start, detail, edits=edits))
    return found
