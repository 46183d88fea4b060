"""Rules of the names the generated code takes: no two things of a namespace get one name, and
no spec name takes a name the generated code or the runtime already binds."""

from __future__ import annotations

from collections.abc import Iterator

from codegen import naming
from codegen.errors import Problem, pointer
from codegen.rules._common import (
    code_set_of,
    field_types,
    type_names,
    type_refs,
)
from codegen.spec import (
    Catalog,
    CodeRef,
    EnumOf,
    FieldType,
)


def names_are_unique(catalog: Catalog) -> Iterator[Problem]:
    """Python modules and classes, and every TypeScript export, are free and unique."""
    modules: dict[str, str] = {}
    taken_modules = naming.python_modules() | naming.typescript_modules()
    taken_classes = naming.class_names()
    ts_names = _TypeScriptNames()
    for provider in catalog.providers.values():
        here = pointer("providers", provider.id, "module")
        if provider.module in taken_modules:
            yield Problem(here, f"module name {provider.module!r} is reserved")
        if provider.module in modules:
            yield Problem(
                here, f"module {provider.module!r} collides with {modules[provider.module]}"
            )
        modules.setdefault(provider.module, here)
        classes: dict[str, str] = {}
        for code_set in provider.code_sets.values():
            here = pointer("providers", provider.id, "code_sets", code_set.id, "class_name")
            name = code_set.class_name
            if name in taken_classes:
                yield Problem(here, f"class name {name!r} is reserved")
            elif name in classes:
                yield Problem(here, f"class name {name!r} collides with {classes[name]}")
            classes.setdefault(name, here)
            prefixed = provider.type_prefix + name
            for derived in (prefixed, f"{prefixed}OrUnknown", f"{prefixed}Info"):
                yield from ts_names.claim(derived, here)
            yield from ts_names.claim(f"{prefixed}Aliases", here)
            yield from ts_names.claim(f"is{prefixed}", here)
    for kind in catalog.payloads.values():
        owner = catalog.providers.get(kind.provider)
        prefix = owner.type_prefix if owner is not None else ""
        for name, where in type_names(kind):
            yield from ts_names.claim(prefix + name, where)
        listener = kind.listener
        if listener is not None:
            at = ("payloads", kind.id, "listener")
            yield from ts_names.claim(listener.function, pointer(*at, "function"))
            result = listener.function[:1].upper() + listener.function[1:] + "Result"
            yield from ts_names.claim(result, pointer(*at, "function"))
            if listener.origins is not None:
                origins = listener.origins
                yield from ts_names.claim(
                    origins.hosts_constant, pointer(*at, "origins", "hosts_constant")
                )
                yield from ts_names.claim(
                    origins.check_function, pointer(*at, "origins", "check_function")
                )


class _TypeScriptNames:
    """One namespace: the package's index exports every name."""

    def __init__(self) -> None:
        self.taken = naming.typescript_names()
        self.seen: dict[str, str] = {}

    def claim(self, name: str, here: str) -> Iterator[Problem]:
        if name in self.taken:
            yield Problem(here, f"TypeScript name {name!r} is reserved by the package")
        elif name in self.seen and self.seen[name] != here:
            yield Problem(here, f"TypeScript name {name!r} collides with {self.seen[name]}")
        self.seen.setdefault(name, here)


def generated_names_are_free(catalog: Catalog) -> Iterator[Problem]:
    """The schemas and models of a kind define or import names besides its types: the shared
    scalar definitions, one definition per code field type (and its open variant), the names
    pydantic and typing export. A type may not take them, and a field may not be named like a
    type or an import of its kind, since models and types share one module."""
    taken = naming.model_names()
    for kind in catalog.payloads.values():
        types = dict(type_names(kind))
        imported: dict[str, str] = {}
        for type_def in kind.types.values():
            for field_where, field_type in field_types(kind, type_def):
                for name in _generated_names(catalog, field_type):
                    imported.setdefault(name, pointer(*field_where))
        for name, where in types.items():
            if name in taken or name in imported:
                yield Problem(
                    where, f"type name {name!r} is taken by the generated schemas or models"
                )
        for type_def in kind.types.values():
            fields = dict(type_def.fields or {})
            union = type_def.discriminated
            for variant in union.variants.values() if union else ():
                fields |= variant.fields
            for name in fields:
                if name in types or name in imported or name in taken:
                    at = ("payloads", kind.id, "types", type_def.id)
                    yield Problem(
                        pointer(*at),
                        f"field {name!r} is named like a type or an import of its kind's models",
                    )


def _generated_names(catalog: Catalog, field_type: FieldType) -> Iterator[str]:
    """The definitions and Python names that a field's type brings into its kind."""
    for item in type_refs(field_type):
        if isinstance(item, EnumOf):
            yield item.name + "OrOther"
        if not isinstance(item, CodeRef):
            continue
        sets = [code_set_of(catalog, ref) for ref in item.code]
        owners = [catalog.providers.get(ref.split(".")[0]) for ref in item.code]
        if any(cs is None for cs in sets) or any(p is None for p in owners):
            continue
        ts_names = [p.type_prefix + cs.class_name for p, cs in zip(owners, sets, strict=True)]  # type: ignore[union-attr]
        python = [cs.class_name for cs in sets]  # type: ignore[union-attr]
        yield from ts_names
        yield from python
        for names in (ts_names, python):
            joined = "Or".join(names)
            yield joined
            yield joined + "OrUnknown"
