"""The page of each payload kind (its schemas, browser listener, what each SDK sends, its types
and published examples) and the list of kinds."""

from __future__ import annotations

import functools

from codegen.incremental import per_provider
from codegen.model import Catalog, Field, ObjectDef, PayloadKind, UnionDef
from codegen.render import render
from codegen.targets.site import cells, pages
from codegen.targets.site import markup as mk
from codegen.targets.target import Files


def own_fields(union: UnionDef, variant: ObjectDef) -> tuple[Field, ...]:
    """The fields a variant adds to its union's base, or changes."""
    base = set(union.base.fields)
    return tuple(f for f in variant.fields if f not in base)


def field_table(fields: tuple[Field, ...], page: str) -> str:
    """The table of a type's fields, as HTML ready-made for the page `page` (between the marks of
    a raw region): the payload pages hold hundreds of rows, which Markdown would otherwise parse on
    every build of the site."""
    with mk.html():
        up = mk.up_from(page)
        rows = [
            (
                mk.identifier(f.name),
                cells.field_type(f.type, f.nullable, up),
                cells.yes_no(f.required),
                cells.field_text(f, up),
            )
            for f in fields
        ]
        table = mk.table(("Field", "Type", "Required", "Why / description"), rows, excluded=True)
    return mk.raw(table)


@functools.lru_cache(maxsize=1)
def holders(catalog: Catalog) -> dict[str, list[tuple[PayloadKind, list[str]]]]:
    """The kinds that hold a body of each kind inside them, each with the fields holding it."""
    found: dict[str, dict[str, tuple[PayloadKind, list[str]]]] = {}
    for kind in catalog.payloads:
        for embedded in kind.embeds:
            for other in embedded.kinds:
                found.setdefault(other, {}).setdefault(kind.id, (kind, []))[1].append(
                    embedded.field
                )
    return {other: list(by_kind.values()) for other, by_kind in found.items()}


@per_provider
def _page(catalog: Catalog, kind: PayloadKind) -> str:
    return render(
        "site/payload.md.j2",
        kind=kind,
        schema_file=lambda mode: kind.schema_file(mode).rsplit("/", 1)[1],
        own_fields=own_fields,
        field_table=lambda fields: field_table(fields, pages.payload_page(kind)),
        holders=holders(catalog).get(kind.id, ()),
        up="../../",
        header=catalog.header,
        cell=cells,
        catalog=catalog,
    )


def files(catalog: Catalog) -> Files:
    context = {"header": catalog.header, "cell": cells, "catalog": catalog}
    found = {
        f"{pages.ROOT}/{pages.payload_page(kind)}": _page(catalog, kind)
        for kind in catalog.payloads
    }
    found[f"{pages.ROOT}/listeners.md"] = render("site/listeners.md.j2", **context)
    found[f"{pages.ROOT}/payloads/index.md"] = render(
        "site/payloads.md.j2", limits=catalog.payload_limits, **context
    )
    return found
