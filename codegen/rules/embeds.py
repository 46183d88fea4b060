"""Rules of the bodies a payload kind carries inside it (`embeds`): the field holding one is a
text field of the kind, and the kinds it may be are other kinds that hold no body themselves, so
that reading stops one level down."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.spec import ArrayOf, Catalog, FieldType, PayloadKind, TypeRef


def embedded_bodies_resolve(catalog: Catalog) -> Iterator[Problem]:
    for kind in catalog.payloads.values():
        for index, embedded in enumerate(kind.embeds):
            at = ("payloads", kind.id, "embeds", index)
            if _type_at(kind, embedded.field) != "string":
                yield Problem(
                    pointer(*at, "field"),
                    f"{embedded.field!r} is no text field of {kind.id} (a body is held as a "
                    "string, at a path through the kind's object types and arrays, [*])",
                )
            for number, other in enumerate(embedded.kinds):
                inner = catalog.payloads.get(other)
                if inner is None:
                    problem = f"unknown payload kind {other!r}"
                elif other == kind.id:
                    problem = f"{kind.id} cannot hold a body of its own kind"
                elif inner.embeds:
                    problem = (
                        f"{other} holds bodies of its own: a body inside a body is read one "
                        "level down only"
                    )
                else:
                    continue
                yield Problem(pointer(*at, "kinds", number), problem)


def _type_at(kind: PayloadKind, path: str) -> FieldType | None:
    """The type of the field at a JSON path ($.a.b[*].c) through the kind's object types, an
    array's items where a step ends in [*]; None where the path leads to no field."""
    type_def = kind.types.get(kind.root)
    found: FieldType | None = None
    for step in path.removeprefix("$.").split("."):
        name, each = (step[:-3], True) if step.endswith("[*]") else (step, False)
        if type_def is None or type_def.fields is None or name not in type_def.fields:
            return None
        found = type_def.fields[name].type
        if each:
            if not isinstance(found, ArrayOf):
                return None
            found = found.array
        type_def = kind.types.get(found.ref) if isinstance(found, TypeRef) else None
    return found
