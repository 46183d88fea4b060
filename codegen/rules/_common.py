"""What the rules share: where things are in the spec, and walks over its code sets and payload
types."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from codegen.errors import Problem, pointer
from codegen.spec import (
    ArrayOf,
    Catalog,
    Code,
    CodeSet,
    EnumOf,
    FieldType,
    PayloadKind,
    Provider,
    TypeDef,
)

IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
#: Names of the free-form JSON definitions of every schema.
JSON_VALUE = re.compile(r"JsonValue[0-9]*")

Rule = Callable[[Catalog], Iterator[Problem]]
Where = tuple[str | int, ...]


def code_sets(catalog: Catalog) -> Iterator[tuple[Provider, CodeSet, Where]]:
    for provider in catalog.providers.values():
        for code_set in provider.code_sets.values():
            yield provider, code_set, ("providers", provider.id, "code_sets", code_set.id)


def code_set_of(catalog: Catalog, ref: str) -> CodeSet | None:
    """The code set named "provider.code_set", if there is one."""
    provider_id, _, set_id = ref.partition(".")
    provider = catalog.providers.get(provider_id)
    return provider.code_sets.get(set_id) if provider is not None else None


def type_names(kind: PayloadKind) -> Iterator[tuple[str, str]]:
    """Every type name a kind defines (object types, unions, variants, fallbacks, enums)."""
    at = ("payloads", kind.id, "types")
    for type_def in kind.types.values():
        yield type_def.id, pointer(*at, type_def.id)
        union = type_def.discriminated
        if union is not None:
            where = (*at, type_def.id, "discriminated")
            yield union.fallback, pointer(*where, "fallback")
            for value, variant in union.variants.items():
                yield variant.name, pointer(*where, "variants", value, "name")
        for field_where, field_type in field_types(kind, type_def):
            for item in type_refs(field_type):
                if isinstance(item, EnumOf):
                    yield item.name, pointer(*field_where, "name")


def field_types(kind: PayloadKind, type_def: TypeDef) -> Iterator[tuple[Where, FieldType]]:
    here = ("payloads", kind.id, "types", type_def.id)
    for name, field in (type_def.fields or {}).items():
        yield (*here, "fields", name, "type"), field.type
    union = type_def.discriminated
    if union is not None:
        for value, variant in union.variants.items():
            for name, field in variant.fields.items():
                where = (*here, "discriminated", "variants", value, "fields", name, "type")
                yield where, field.type


def type_refs(field_type: FieldType) -> Iterator[FieldType]:
    yield field_type
    if isinstance(field_type, ArrayOf):
        yield from type_refs(field_type.array)


def codes_of(catalog: Catalog, ref: str) -> tuple[Code, ...]:
    code_set = code_set_of(catalog, ref)
    return tuple(code_set.codes) if code_set is not None else ()
