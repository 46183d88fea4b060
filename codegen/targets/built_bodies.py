"""Bodies built from the catalog's own schema of an event type that has a payload model but no
published example, so that `bankcodes trigger` and the signed fixtures can deliver every event a
receiver may meet: the union member of that type with every required field, each with the least
value its type admits (a code field's first code, an enum's first value, an empty array). A body
built so is bankcodes' own, never a provider's: its title says so."""

from __future__ import annotations

from codegen.model.payloads import (
    ArrayType,
    CodeType,
    EnumType,
    FieldType,
    ObjectDef,
    RefType,
    UnionDef,
)

#: The least value of each scalar type (a timestamp in the form the catalog's schemas read).
_SCALARS: dict[str, object] = {
    "string": "string",
    "url": "https://example.com",
    "integer": 0,
    "number": 0,
    "boolean": False,
    "timestamp": "2025-01-01T00:00:00Z",
    "json": {},
    "object": {},
}
#: How deep nested objects are followed (a type that refers to itself ends there).
_DEPTH = 8


def untold(union: UnionDef, told: set[str]) -> list[tuple[str, dict[str, object]]]:
    """(event name, body) of every member of `union` whose tag value is not in `told`, in the
    union's order."""
    found = []
    for variant in union.variants:
        if variant.tag is None or variant.tag[1] in told:
            continue
        body = _object(variant, 0)
        body[variant.tag[0]] = variant.tag[1]
        name = variant.tag[1]
        if union.event_code is not None and isinstance(body.get(union.event_code), str):
            name = f"{name}.{body[union.event_code]}"
        found.append((name, body))
    return found


def _object(obj: ObjectDef, depth: int) -> dict[str, object]:
    return {field.name: _value(field.type, depth + 1) for field in obj.fields if field.required}


def _value(kind: FieldType, depth: int) -> object:
    if isinstance(kind, CodeType):
        first = kind.code_sets[0].codes[0]
        return first.value
    if isinstance(kind, EnumType):
        return kind.values[0]
    if isinstance(kind, ArrayType):
        return []
    if isinstance(kind, RefType):
        return _object(kind.target, depth) if depth < _DEPTH else {}
    return _SCALARS[kind]
