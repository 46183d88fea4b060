"""Rules of the bodies a payload kind carries inside it (`embeds`): the field holding one is a
text field of the kind, and the kinds it may be are other kinds that hold no body themselves, so
that reading stops one level down."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules.payloads import declared_field
from codegen.spec import Catalog


def embedded_bodies_resolve(catalog: Catalog) -> Iterator[Problem]:
    for kind in catalog.payloads.values():
        for index, embedded in enumerate(kind.embeds):
            at = ("payloads", kind.id, "embeds", index)
            field = declared_field(kind, embedded.field.removeprefix("$."))
            if field is None or field.type != "string" or embedded.field.endswith("[*]"):
                yield Problem(
                    pointer(*at, "field"),
                    f"{embedded.field!r} is no text field of {kind.id} (a body is held as a "
                    "string, at a path through the kind's object types and arrays, [*])",
                )
            for number, other in enumerate(embedded.kinds):
                inner = catalog.payloads.get(other)
                if inner is None:
                    continue  # references_resolve's
                if other == kind.id:
                    problem = f"{kind.id} cannot hold a body of its own kind"
                elif inner.embeds:
                    problem = (
                        f"{other} holds bodies of its own: a body inside a body is read one "
                        "level down only"
                    )
                else:
                    continue
                yield Problem(pointer(*at, "kinds", number), problem)
