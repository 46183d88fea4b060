"""A corpus of payloads generated from the published examples and the fixtures, with no expected
verdict: every reader (the JSON Schemas in Python and in Node, and bankcodes.payloads) must give
the same one, lenient and strict.

From each example: null at every position, every other JSON type at every position, every key
removed, an unknown field added to every object, unknown values for every string (codes and tags
among them), and an integer written with a zero fraction; and, from the schemas, null in every
optional field the example leaves out.

A change is made once per member of a union: examples of the same member (Plaid's webhooks of one
webhook_type, say) share their schema, so the same change at the same place of a second example
of that member would only repeat the first one's test.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from tests.support.payload_case import Case
from tests.support.payload_cases import all_cases

Path = tuple[str | int, ...]
OTHER_TYPES: list[Any] = ["x", 1.5, 7, True, [], {}, None]


def positions(value: Any, at: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every position of a JSON value (arrays: their first two items) with what stands there."""
    if at:
        yield at, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from positions(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:2]):
            yield from positions(child, (*at, index))


def _copied_to(data: Any, at: Path) -> tuple[Any, Any]:
    """`data` with the objects and arrays on the way to `at` copied (what they hold elsewhere is
    shared: no case changes its data), and the copied one that holds `at`'s last key."""
    result = node = copy.copy(data)
    for key in at[:-1]:
        node[key] = copy.copy(node[key])
        node = node[key]
    return result, node


def _replaced(data: Any, at: Path, value: Any) -> Any:
    result, holder = _copied_to(data, at)
    holder[at[-1]] = value
    return result


def _removed(data: Any, at: Path) -> Any:
    result, holder = _copied_to(data, at)
    del holder[at[-1]]
    return result


def mutations(case: Case) -> Iterator[Case]:
    data = case.data
    for at, value in positions(data):
        where = "".join(f"[{key!r}]" for key in at)
        for other in OTHER_TYPES:
            if type(other) is not type(value):
                yield _case(case, f"{where} = {json.dumps(other)}", _replaced(data, at, other))
        if isinstance(at[-1], str):
            yield _case(case, f"{where} removed", _removed(data, at))
        if isinstance(value, str):
            yield _case(case, f"{where} unknown", _replaced(data, at, "BRAND_NEW_VALUE"))
        if isinstance(value, dict):
            yield _case(case, f"{where} + unknown field", _replaced(data, at, {**value, "zz": 1}))
        if type(value) is int:
            text = json.dumps(_replaced(data, at, "@@INT@@")).replace('"@@INT@@"', f"{value}.0")
            yield Case(
                case.kind, f"{case.name}: {where} = {value}.0", None, False, False, text.encode()
            )
    if isinstance(data, dict):
        yield _case(case, "+ unknown field", {**data, "zz": 1})


def _case(base: Case, change: str, data: Any) -> Case:
    # The expected verdicts are unknown: the readers must agree with each other.
    return Case(base.kind, f"{base.name}: {change}", data, False, False)


def optional_nulls(case: Case, schema: dict[str, Any]) -> Iterator[Case]:
    """Null in every optional property of every object of the example, by the schema."""

    defs = schema["$defs"]
    for at, value in positions(case.data):
        if not isinstance(value, dict):
            continue
        for definition in defs.values():
            properties = definition.get("properties")
            if not properties or not set(value) <= set(properties) | {"zz"}:
                continue
            for name in properties:
                if name not in value and name not in definition.get("required", ()):
                    changed = _replaced(case.data, at, {**value, name: None})
                    yield _case(case, f"{at} {name} = null", changed)
    if isinstance(case.data, dict):
        for definition in defs.values():
            properties = definition.get("properties") or {}
            for name in properties:
                if name not in case.data and set(case.data) <= set(properties):
                    yield _case(case, f"{name} = null", {**case.data, name: None})


def corpus(schemas: dict[str, dict[str, Any]], tags: dict[str, str]) -> list[Case]:
    """The generated cases, each change once per kind, union member (the value of the kind's
    tag field, from `tags`) and place."""
    seen: set[tuple[str, str, str]] = set()
    found = []
    for base in all_cases():
        if base.text is not None or not (base.lenient or base.strict):
            continue
        tag = tags.get(base.kind)
        member = json.dumps(base.data.get(tag) if isinstance(base.data, dict) and tag else None)
        for case in (*mutations(base), *optional_nulls(base, schemas[base.kind])):
            key = (case.kind, member, case.name[len(base.name) :])
            if key not in seen:
                seen.add(key)
                found.append(case)
    return found
