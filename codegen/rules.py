"""Semantic rules of the spec, checked after its JSON Schema.

Each rule is a small function that yields problems located by JSON pointer. Pointers use the
spec's own keys and list positions, so a message leads straight to the offending entry.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterator

from codegen.errors import Problem, pointer
from codegen.model import (
    ArrayOf,
    Catalog,
    CodeRef,
    CodeSet,
    ConfigField,
    EnumOf,
    FieldType,
    PayloadKind,
    Provider,
    TypeRef,
)

IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

#: Attribute names of the generated enum classes; a member may not shadow them.
RESERVED_MEMBER_NAMES = frozenset(
    {
        "aliases",
        "category",
        "deprecated",
        "description",
        "http_statuses",
        "info",
        "known",
        "message",
        "name",
        "parse",
        "retryable",
        "source",
        "sources",
        "user_action",
        "value",
    }
)

#: Module names of the generated package that a provider module may not take.
RESERVED_MODULES = frozenset({"categories", "payloads", "signatures", "webhooks", "cli"})

UNKNOWN_CATEGORY = "unknown"

Rule = Callable[[Catalog], Iterator[Problem]]


def check(catalog: Catalog) -> list[Problem]:
    """Every problem that the rules find, sorted by location."""
    return sorted({problem for rule in RULES for problem in rule(catalog)})


def _code_sets(catalog: Catalog) -> Iterator[tuple[Provider, CodeSet, tuple[str, ...]]]:
    for provider in catalog.providers.values():
        for code_set in provider.code_sets.values():
            yield provider, code_set, ("providers", provider.id, "code_sets", code_set.id)


def identifiers_are_valid(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            if code.name is None and not IDENTIFIER.match(code.value):
                yield Problem(
                    pointer(*at, "codes", index, "value"),
                    f'wire value {code.value!r} is not a valid identifier: add a "name"',
                )
                continue
            key = "name" if code.name is not None else "value"
            ident = code.identifier
            if keyword.iskeyword(ident):
                yield Problem(
                    pointer(*at, "codes", index, key),
                    f'identifier {ident!r} is a Python keyword: add or change "name"',
                )
            elif ident in RESERVED_MEMBER_NAMES:
                yield Problem(
                    pointer(*at, "codes", index, key),
                    f"identifier {ident!r} is reserved for an attribute of the generated enums:"
                    ' add or change "name"',
                )


def values_are_unique(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        seen: dict[str, str] = {}
        for index, code in enumerate(code_set.codes):
            spellings = [("value", code.value)]
            spellings += [(f"aliases/{n}", alias) for n, alias in enumerate(code.aliases)]
            for key, spelling in spellings:
                here = pointer(*at, "codes", index) + "/" + key
                if spelling in seen:
                    yield Problem(
                        here, f"duplicate wire value {spelling!r} (also at {seen[spelling]})"
                    )
                else:
                    seen[spelling] = here


def identifiers_are_unique(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        seen: dict[str, str] = {}
        values: set[str] = set()
        for index, code in enumerate(code_set.codes):
            if code.value in values:
                continue  # a repeated wire value is reported once, by values_are_unique
            values.add(code.value)
            key = "name" if code.name is not None else "value"
            here = pointer(*at, "codes", index, key)
            if code.identifier in seen:
                yield Problem(
                    here,
                    f"identifier {code.identifier!r} collides with {seen[code.identifier]}",
                )
            else:
                seen[code.identifier] = here


def categories_resolve(catalog: Catalog) -> Iterator[Problem]:
    if UNKNOWN_CATEGORY not in catalog.categories:
        yield Problem(pointer("categories"), f"the category {UNKNOWN_CATEGORY!r} must exist")
    for _, code_set, at in _code_sets(catalog):
        if code_set.category is not None:
            yield from _category_problem(catalog, code_set.category, pointer(*at, "category"))
        for index, code in enumerate(code_set.codes):
            here = pointer(*at, "codes", index, "category")
            if code.category is None:
                yield Problem(here, "no category: set one here or a default on the code set")
            elif code.category != code_set.category:
                yield from _category_problem(catalog, code.category, here)


def category_history_resolves(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            for number, change in enumerate(code.category_history):
                here = pointer(*at, "codes", index, "category_history", number, "from")
                if change.from_ not in catalog.categories:
                    yield Problem(here, f"unknown category {change.from_!r}")
                elif change.from_ == code.category:
                    yield Problem(here, "the earlier category is the current one")


def _category_problem(catalog: Catalog, category: str, here: str) -> Iterator[Problem]:
    if category not in catalog.categories:
        yield Problem(here, f"unknown category {category!r}")
    elif category == UNKNOWN_CATEGORY:
        yield Problem(
            here, f"category {UNKNOWN_CATEGORY!r} is reserved for values the catalog does not know"
        )


def category_names_are_unique(catalog: Catalog) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for category in catalog.categories.values():
        here = pointer("categories", category.id, "name")
        if keyword.iskeyword(category.name):
            yield Problem(here, f"identifier {category.name!r} is a Python keyword")
        if category.name in seen:
            yield Problem(here, f"identifier {category.name!r} collides with {seen[category.name]}")
        else:
            seen[category.name] = here


def sources_resolve(catalog: Catalog) -> Iterator[Problem]:
    known = catalog.sources
    for where, refs in (*_source_refs(catalog), *_payload_source_refs(catalog)):
        for index, ref in enumerate(refs):
            if ref not in known:
                yield Problem(pointer(*where, "sources", index), f"unknown source {ref!r}")


def _source_refs(catalog: Catalog) -> Iterator[tuple[tuple[str | int, ...], tuple[str, ...]]]:
    for _, code_set, at in _code_sets(catalog):
        yield at, code_set.sources
        for index, code in enumerate(code_set.codes):
            yield (*at, "codes", index), code.sources
            for number, entry in enumerate(code.http):
                yield (*at, "codes", index, "http", number), entry.sources
    for provider in catalog.providers.values():
        if provider.sdk is None:
            continue
        at_sdk = ("providers", provider.id, "sdk")
        yield at_sdk, provider.sdk.sources
        for index, field in enumerate(provider.sdk.shared_fields):
            yield from _field_refs((*at_sdk, "shared_fields", index), field)
        for method in provider.sdk.methods.values():
            at_method = (*at_sdk, "methods", method.id)
            yield at_method, method.sources
            for index, field in enumerate(method.fields):
                yield from _field_refs((*at_method, "fields", index), field)


def _payload_source_refs(
    catalog: Catalog,
) -> Iterator[tuple[tuple[str | int, ...], tuple[str, ...]]]:
    for provider in catalog.providers.values():
        if provider.signing is not None:
            yield ("providers", provider.id, "signing"), provider.signing.sources
        if provider.listener_origins is not None:
            yield ("providers", provider.id, "listener_origins"), provider.listener_origins.sources
    for kind in catalog.payloads.values():
        yield ("payloads", kind.id), kind.sources
        for index, example in enumerate(kind.examples):
            yield ("payloads", kind.id, "examples", index), example.sources


def _field_refs(
    at: tuple[str | int, ...], field: ConfigField
) -> Iterator[tuple[tuple[str | int, ...], tuple[str, ...]]]:
    yield at, field.sources
    for number, override in enumerate(field.overrides):
        yield (*at, "overrides", number), override.sources


def sources_are_complete(catalog: Catalog) -> Iterator[Problem]:
    for source in catalog.sources.values():
        if source.kind == "seed" and source.seed is None:
            yield Problem(pointer("sources", source.id), 'a seed source needs "seed"')
        if source.kind in ("doc", "repo") and source.url is None:
            yield Problem(pointer("sources", source.id), f'a {source.kind} source needs "url"')


def groups_resolve(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            if code.group is not None and code.group not in code_set.groups:
                yield Problem(
                    pointer(*at, "codes", index, "group"), f"unknown group {code.group!r}"
                )


def replacements_resolve(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in _code_sets(catalog):
        values = {code.value for code in code_set.codes}
        for index, code in enumerate(code_set.codes):
            target = code.lifecycle.replaced_by if code.lifecycle else None
            here = pointer(*at, "codes", index, "lifecycle", "replaced_by")
            if target is None:
                continue
            if target == code.value:
                yield Problem(here, "a code cannot be replaced by itself")
            elif target not in values:
                yield Problem(here, f"replaced_by {target!r} is not a value of this code set")


def names_are_unique(catalog: Catalog) -> Iterator[Problem]:
    modules: dict[str, str] = {}
    type_names: dict[str, str] = {}
    for provider in catalog.providers.values():
        here = pointer("providers", provider.id, "module")
        if provider.module in RESERVED_MODULES or keyword.iskeyword(provider.module):
            yield Problem(here, f"module name {provider.module!r} is reserved")
        if provider.module in modules:
            yield Problem(
                here, f"module {provider.module!r} collides with {modules[provider.module]}"
            )
        modules.setdefault(provider.module, here)
        for code_set in provider.code_sets.values():
            here = pointer("providers", provider.id, "code_sets", code_set.id, "class_name")
            for name in (code_set.class_name, provider.type_prefix + code_set.class_name):
                if name in type_names:
                    yield Problem(here, f"class name {name!r} collides with {type_names[name]}")
            type_names.setdefault(code_set.class_name, here)
            type_names.setdefault(provider.type_prefix + code_set.class_name, here)


def sdk_resolves(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        sdk = provider.sdk
        if sdk is None:
            continue
        at = ("providers", provider.id, "sdk")
        methods_set = provider.code_sets.get(sdk.code_set)
        outcome_set = provider.code_sets.get(sdk.outcome_code_set)
        for key, found in (("code_set", methods_set), ("outcome_code_set", outcome_set)):
            if found is None:
                name = getattr(sdk, key)
                yield Problem(pointer(*at, key), f"unknown code set {name!r}")
        if methods_set is not None:
            values = [code.value for code in methods_set.codes]
            for value in values:
                if value not in sdk.methods:
                    yield Problem(pointer(*at, "methods"), f"method {value!r} has no entry")
            for key in sdk.methods:
                if key not in values:
                    yield Problem(
                        pointer(*at, "methods", key),
                        f"{key!r} is not a value of code set {sdk.code_set!r}",
                    )
        outcome_values = {code.value for code in outcome_set.codes} if outcome_set else set()
        for method in sdk.methods.values():
            seen: set[str] = set()
            for index, field in enumerate(method.fields):
                if field.name in seen:
                    yield Problem(
                        pointer(*at, "methods", method.id, "fields", index, "name"),
                        f"duplicate config field {field.name!r}",
                    )
                seen.add(field.name)
            for index, outcome in enumerate(method.outcomes):
                if outcome_set is not None and outcome.status not in outcome_values:
                    yield Problem(
                        pointer(*at, "methods", method.id, "outcomes", index, "status"),
                        f"{outcome.status!r} is not a value of code set {sdk.outcome_code_set!r}",
                    )


def code_set_of(catalog: Catalog, ref: str) -> CodeSet | None:
    """The code set named "provider.code_set", if there is one."""
    provider_id, _, set_id = ref.partition(".")
    provider = catalog.providers.get(provider_id)
    return provider.code_sets.get(set_id) if provider is not None else None


def _type_refs(field_type: FieldType) -> Iterator[FieldType]:
    yield field_type
    if isinstance(field_type, ArrayOf):
        yield from _type_refs(field_type.array)


def payloads_resolve(catalog: Catalog) -> Iterator[Problem]:
    modules: dict[tuple[str, str], str] = {}
    for kind in catalog.payloads.values():
        at = ("payloads", kind.id)
        if kind.provider not in catalog.providers:
            yield Problem(pointer(*at, "provider"), f"unknown provider {kind.provider!r}")
        elif not kind.id.startswith(kind.provider + "/"):
            yield Problem(
                pointer(*at), f"a {kind.provider} payload kind must start with {kind.provider}/"
            )
        if (kind.provider, kind.module) in modules:
            yield Problem(
                pointer(*at, "module"),
                f"module {kind.module!r} collides with {modules[kind.provider, kind.module]}",
            )
        modules.setdefault((kind.provider, kind.module), pointer(*at, "module"))
        if kind.root not in kind.types:
            yield Problem(pointer(*at, "root"), f"unknown type {kind.root!r}")
        yield from _kind_types_resolve(catalog, kind)


def _kind_types_resolve(catalog: Catalog, kind: PayloadKind) -> Iterator[Problem]:
    at = ("payloads", kind.id, "types")
    names: dict[str, str] = {}
    for type_def in kind.types.values():
        names[type_def.id] = pointer(*at, type_def.id)
    for type_def in kind.types.values():
        here = (*at, type_def.id)
        for name, field in (type_def.fields or {}).items():
            yield from _field_type_problems(
                catalog, kind, field.type, (*here, "fields", name, "type"), names
            )
        for index, member in enumerate(type_def.any_of or ()):
            member_def = kind.types.get(member)
            if member_def is None or member_def.fields is None:
                yield Problem(
                    pointer(*here, "any_of", index),
                    f"{member!r} is not an object type of this kind",
                )
        union = type_def.discriminated
        if union is None:
            continue
        base = kind.types.get(union.base)
        where = (*here, "discriminated")
        if base is None or base.fields is None:
            yield Problem(
                pointer(*where, "base"), f"{union.base!r} is not an object type of this kind"
            )
            continue
        tag = base.fields.get(union.field)
        if tag is None or not isinstance(tag.type, CodeRef) or not tag.required:
            yield Problem(
                pointer(*where, "field"),
                f"{union.field!r} must be a required code field of {union.base!r}",
            )
            continue
        known = {
            c.value
            for ref in tag.type.code
            for cs in [code_set_of(catalog, ref)]
            if cs
            for c in cs.codes
        }
        for name in (union.fallback, *(variant.name for variant in union.variants.values())):
            if name in names:
                yield Problem(pointer(*where), f"type name {name!r} collides with {names[name]}")
            names[name] = pointer(*where)
        for value, variant in union.variants.items():
            if value not in known:
                yield Problem(
                    pointer(*where, "variants", value),
                    f"{value!r} is not a value of {', '.join(tag.type.code)}",
                )
            for name, field in variant.fields.items():
                yield from _field_type_problems(
                    catalog,
                    kind,
                    field.type,
                    (*where, "variants", value, "fields", name, "type"),
                    names,
                )


def _field_type_problems(
    catalog: Catalog,
    kind: PayloadKind,
    field_type: FieldType,
    at: tuple[str | int, ...],
    names: dict[str, str],
) -> Iterator[Problem]:
    for item in _type_refs(field_type):
        if isinstance(item, TypeRef):
            target = kind.types.get(item.ref)
            if target is None:
                yield Problem(pointer(*at), f"unknown type {item.ref!r}")
        elif isinstance(item, CodeRef):
            for index, ref in enumerate(item.code):
                if code_set_of(catalog, ref) is None:
                    yield Problem(pointer(*at, "code", index), f"unknown code set {ref!r}")
        elif isinstance(item, EnumOf) and item.name in names and names[item.name] != pointer(*at):
            yield Problem(
                pointer(*at, "name"), f"type name {item.name!r} collides with {names[item.name]}"
            )


RULES: tuple[Rule, ...] = (
    identifiers_are_valid,
    values_are_unique,
    identifiers_are_unique,
    categories_resolve,
    category_history_resolves,
    category_names_are_unique,
    sources_resolve,
    sources_are_complete,
    groups_resolve,
    replacements_resolve,
    names_are_unique,
    sdk_resolves,
    payloads_resolve,
)
