"""Bodies built from the catalog's own schema of an event type that has a payload model but no
published example, so that `bankcodes trigger` and the signed fixtures can deliver every event a
receiver may meet: the union member of that type with every required field, each with the least
value its type admits (a code field's first code, an enum's first value, an empty array), except
that a code or enum field that has the outcome the event's name ends with takes it (the status
`failed` of `account.refresh_intent.failed`), so that the body agrees with its event. A body built
so is bankcodes' own, never a provider's: its title says so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from codegen.model.payloads import (
    ArrayType,
    CodeType,
    EnumType,
    FieldType,
    KeysType,
    ObjectDef,
    RefType,
    UnionDef,
)

#: The least value of each scalar type but a string (a timestamp in the form the catalog's schemas
#: read); a string field's is EXAMPLE_TEXT with the field's name.
_SCALARS: dict[str, object] = {
    "url": "https://example.com",
    "integer": 0,
    "number": 0,
    "boolean": False,
    "timestamp": "2025-01-01T00:00:00Z",
    "json": {},
    "object": {},
}
#: The value of a string field of a built body: bankcodes' own words, naming the field.
EXAMPLE_TEXT = "bankcodes example {field}"
#: How deep nested objects are followed (a type that refers to itself ends there).
_DEPTH = 8


def untold(union: UnionDef, told: set[str]) -> list[tuple[str, dict[str, object]]]:
    """(event name, body) of every member of `union` whose tag value is not in `told`, in the
    union's order; then of every other value of the tag's code set (an event the catalog knows
    but has no model of its own for), as the union's fallback member carries it."""
    found = []
    for variant in union.variants:
        if variant.tag is None or variant.tag[1] in told:
            continue
        body = _object(variant, 0, _outcome(variant.tag[1]))
        body[variant.tag[0]] = variant.tag[1]
        name = variant.tag[1]
        if union.event_code is not None and isinstance(body.get(union.event_code), str):
            name = f"{name}.{body[union.event_code]}"
        found.append((name, body))
    modelled = {variant.tag[1] for variant in union.variants if variant.tag is not None}
    if isinstance(union.tag.type, CodeType):
        for code in union.tag.type.code_sets[0].codes:
            value = code.value
            if not isinstance(value, str) or value in told or value in modelled:
                continue
            body = _object(union.fallback, 0, _outcome(value))
            body[union.tag.name] = value
            found.append((value, body))
    return found


def _outcome(event: str) -> str:
    """The last part of an event's name (failed of payment_intent.failed, of item/failed)."""
    return re.split(r"[./]", event)[-1].casefold()


def _object(obj: ObjectDef, depth: int, outcome: str) -> dict[str, object]:
    """`outcome`: the last part of the event's name (failed, succeeded), which a field's value
    takes where the field has it."""
    return {
        field.name: _value(field.type, depth + 1, outcome, field.name)
        for field in obj.fields
        if field.required
    }


def _value(kind: FieldType, depth: int, outcome: str, name: str) -> object:
    if isinstance(kind, CodeType):
        values = [code.value for code in kind.code_sets[0].codes]
        return _agreeing(values, outcome)
    if isinstance(kind, EnumType):
        return _agreeing(kind.values, outcome)
    if isinstance(kind, ArrayType | KeysType):
        return [] if isinstance(kind, ArrayType) else {}
    if isinstance(kind, RefType):
        return _object(kind.target, depth, outcome) if depth < _DEPTH else {}
    if kind == "string":
        return EXAMPLE_TEXT.format(field=name)
    return _SCALARS[kind]


def _agreeing(values: Sequence[object], outcome: str) -> object:
    """The value that is the event's outcome, case aside; the first value otherwise."""
    return next((value for value in values if str(value).casefold() == outcome), values[0])
