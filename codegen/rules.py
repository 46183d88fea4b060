"""Semantic rules of the spec, checked after its JSON Schema and before it is resolved.

Each rule is a small function that yields problems located by JSON pointer. Pointers use the
spec's own keys and list positions, so a message leads straight to the offending entry. A spec
that passes every rule resolves and generates: whatever a target relies on is checked here.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterator

from codegen import naming
from codegen.errors import Problem, pointer
from codegen.resolve import UNKNOWN_CATEGORY, anchor
from codegen.spec import (
    ArrayOf,
    Catalog,
    Code,
    CodeRef,
    CodeSet,
    ConfigField,
    EnumOf,
    Field,
    FieldType,
    PayloadKind,
    Provider,
    TypeDef,
    TypeRef,
)

IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
#: Names of the free-form JSON definitions of every schema.
JSON_VALUE = re.compile(r"JsonValue[0-9]*")

Rule = Callable[[Catalog], Iterator[Problem]]
Where = tuple[str | int, ...]


def check(catalog: Catalog) -> list[Problem]:
    """Every problem that the rules find, sorted by location."""
    return sorted({problem for rule in RULES for problem in rule(catalog)})


def _code_sets(catalog: Catalog) -> Iterator[tuple[Provider, CodeSet, Where]]:
    for provider in catalog.providers.values():
        for code_set in provider.code_sets.values():
            yield provider, code_set, ("providers", provider.id, "code_sets", code_set.id)


def code_set_of(catalog: Catalog, ref: str) -> CodeSet | None:
    """The code set named "provider.code_set", if there is one."""
    provider_id, _, set_id = ref.partition(".")
    provider = catalog.providers.get(provider_id)
    return provider.code_sets.get(set_id) if provider is not None else None


# --- codes ---------------------------------------------------------------------------------------


def identifiers_are_valid(catalog: Catalog) -> Iterator[Problem]:
    taken = naming.member_names()
    for _, code_set, at in _code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            if code.name is None and not IDENTIFIER.fullmatch(code.value):
                yield Problem(
                    pointer(*at, "codes", index, "value"),
                    f'wire value {code.value!r} is not a valid identifier: add a "name"',
                )
                continue
            key = "name" if code.name is not None else "value"
            ident = code.identifier
            if keyword.iskeyword(ident) or keyword.issoftkeyword(ident):
                yield Problem(
                    pointer(*at, "codes", index, key),
                    f'identifier {ident!r} is a Python keyword: add or change "name"',
                )
            elif ident in taken:
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
        anchors: dict[str, str] = {}
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
                continue
            seen[code.identifier] = here
            mark = anchor(code.value, code.identifier)
            if mark in anchors:
                yield Problem(here, f"site anchor {mark!r} collides with {anchors[mark]}")
            anchors[mark] = here


def categories_resolve(catalog: Catalog) -> Iterator[Problem]:
    for category_id, name in naming.required_categories().items():
        category = catalog.categories.get(category_id)
        if category is None:
            yield Problem(pointer("categories"), f"the category {category_id!r} must exist")
        elif category.name != name:
            yield Problem(
                pointer("categories", category_id, "name"),
                f"the category {category_id!r} must be named {name!r} (the runtime uses it)",
            )
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
    taken = naming.category_names()
    for category in catalog.categories.values():
        here = pointer("categories", category.id, "name")
        if keyword.iskeyword(category.name) or keyword.issoftkeyword(category.name):
            yield Problem(here, f"identifier {category.name!r} is a Python keyword")
        elif category.name in taken:
            yield Problem(
                here, f"identifier {category.name!r} is reserved for an attribute of Category"
            )
        if category.name in seen:
            yield Problem(here, f"identifier {category.name!r} collides with {seen[category.name]}")
        else:
            seen[category.name] = here


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


# --- sources -------------------------------------------------------------------------------------


def wording_resolves(catalog: Catalog) -> Iterator[Problem]:
    """Whose words each text is: only about texts the code has, from sources the catalog has."""
    known = catalog.sources
    for _, code_set, at in _code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            here = (*at, "codes", index)
            for number, field in enumerate(code.own_words):
                if getattr(code, field) is None:
                    yield Problem(pointer(*here, "own_words", number), f"the code has no {field}")
            for field, refs in code.text_sources.items():
                if getattr(code, field) is None:
                    yield Problem(pointer(*here, "text_sources", field), f"the code has no {field}")
                for number, ref in enumerate(refs):
                    if ref not in known:
                        yield Problem(
                            pointer(*here, "text_sources", field, number),
                            f"unknown source {ref!r}",
                        )
            for number, entry in enumerate(code.http):
                if entry.editorial and entry.cause is None:
                    yield Problem(
                        pointer(*here, "http", number, "editorial"), "the entry has no cause"
                    )


def sources_resolve(catalog: Catalog) -> Iterator[Problem]:
    known = catalog.sources
    for where, refs in (*_source_refs(catalog), *_payload_source_refs(catalog)):
        for index, ref in enumerate(refs):
            if ref not in known:
                yield Problem(pointer(*where, "sources", index), f"unknown source {ref!r}")


def _source_refs(catalog: Catalog) -> Iterator[tuple[Where, tuple[str, ...]]]:
    for _, code_set, at in _code_sets(catalog):
        yield at, code_set.sources
        for index, code in enumerate(code_set.codes):
            yield (*at, "codes", index), code.sources
            for number, entry in enumerate(code.http):
                yield (*at, "codes", index, "http", number), entry.sources
    for provider in catalog.providers.values():
        if provider.delivery is not None:
            yield ("providers", provider.id, "delivery"), provider.delivery.sources
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


def deliveries_resolve(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        delivery = provider.delivery
        if delivery is None:
            continue
        at = ("providers", provider.id, "delivery")
        kind = catalog.payloads.get(delivery.payload_kind)
        if kind is None or kind.provider != provider.id:
            yield Problem(
                pointer(*at, "payload_kind"),
                f"{delivery.payload_kind!r} is not a payload kind of {provider.id}",
            )
        elif kind.types[kind.root].discriminated is None if kind.root in kind.types else False:
            yield Problem(
                pointer(*at, "payload_kind"),
                f"{kind.id} has no event type: its root must be a discriminated union",
            )
        retries = delivery.retries
        if retries.schedule_minutes is not None and retries.interval_minutes is not None:
            yield Problem(pointer(*at, "retries"), "give a retry schedule or an interval, not both")


def _payload_source_refs(catalog: Catalog) -> Iterator[tuple[Where, tuple[str, ...]]]:
    for provider in catalog.providers.values():
        if provider.signing is not None:
            yield ("providers", provider.id, "signing"), provider.signing.sources
    for kind in catalog.payloads.values():
        yield ("payloads", kind.id), kind.sources
        for index, shape in enumerate(kind.sdk_shapes):
            yield ("payloads", kind.id, "sdk_shapes", index), shape.sources
        for index, example in enumerate(kind.examples):
            yield ("payloads", kind.id, "examples", index), example.sources
        for type_def in kind.types.values():
            for field_at, _ in _field_types(kind, type_def):
                field = _field_at(kind, field_at)
                if field is not None and field.sources:
                    yield field_at[:-1], field.sources
        if kind.listener is not None and kind.listener.origins is not None:
            at = ("payloads", kind.id, "listener", "origins")
            yield at, kind.listener.origins.sources


def _field_refs(at: Where, field: ConfigField) -> Iterator[tuple[Where, tuple[str, ...]]]:
    yield at, field.sources
    for number, override in enumerate(field.overrides):
        yield (*at, "overrides", number), override.sources


def sources_are_complete(catalog: Catalog) -> Iterator[Problem]:
    for source in catalog.sources.values():
        if source.kind == "seed" and source.seed is None:
            yield Problem(pointer("sources", source.id), 'a seed source needs "seed"')
        if source.kind in ("doc", "repo") and source.url is None:
            yield Problem(pointer("sources", source.id), f'a {source.kind} source needs "url"')


# --- names of the generated code -----------------------------------------------------------------


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
        for name, where in _type_names(kind):
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


def _type_names(kind: PayloadKind) -> Iterator[tuple[str, str]]:
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
        for field_at, field_type in _field_types(kind, type_def):
            for item in _type_refs(field_type):
                if isinstance(item, EnumOf):
                    yield item.name, pointer(*field_at, "name")


def _field_types(kind: PayloadKind, type_def: TypeDef) -> Iterator[tuple[Where, FieldType]]:
    here = ("payloads", kind.id, "types", type_def.id)
    for name, field in (type_def.fields or {}).items():
        yield (*here, "fields", name, "type"), field.type
    union = type_def.discriminated
    if union is not None:
        for value, variant in union.variants.items():
            for name, field in variant.fields.items():
                where = (*here, "discriminated", "variants", value, "fields", name, "type")
                yield where, field.type


def _field_at(kind: PayloadKind, at: Where) -> Field | None:
    """The field a pointer of _field_types names (…/fields/NAME/type)."""
    type_def = kind.types[str(at[3])]
    name = str(at[-2])
    if at[4] == "fields":
        return (type_def.fields or {}).get(name)
    union = type_def.discriminated
    return union.variants[str(at[6])].fields.get(name) if union else None


def _type_refs(field_type: FieldType) -> Iterator[FieldType]:
    yield field_type
    if isinstance(field_type, ArrayOf):
        yield from _type_refs(field_type.array)


# --- the SDK -------------------------------------------------------------------------------------


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


# --- payloads ------------------------------------------------------------------------------------


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
        for module in (kind.module, kind.module + "_strict"):
            if (kind.provider, module) in modules:
                yield Problem(
                    pointer(*at, "module"),
                    f"module {module!r} collides with {modules[kind.provider, module]}",
                )
            modules.setdefault((kind.provider, module), pointer(*at, "module"))
        if kind.root not in kind.types:
            yield Problem(pointer(*at, "root"), f"unknown type {kind.root!r}")
        if kind.listener is not None and not kind.browser:
            yield Problem(
                pointer(*at, "listener"), 'a listener is for browser payloads: set "browser": true'
            )
        yield from _kind_types_resolve(catalog, kind)


#: The declared field types a client SDK's JSON type can be read as.
_SHAPE_TYPES = {
    "string": ("string", "url", "timestamp", "code", "enum", "json"),
    "boolean": ("boolean", "json"),
    "integer": ("integer", "number", "json"),
    "object": ("object", "ref", "json"),
}


def _declared(kind: PayloadKind, path: str) -> Field | None:
    """The field a dotted path names, from the kind's root through referenced object types."""
    type_def: TypeDef | None = kind.types.get(kind.root)
    found: Field | None = None
    for name in path.split("."):
        if type_def is None or type_def.fields is None or name not in type_def.fields:
            return None
        found = type_def.fields[name]
        type_def = kind.types.get(found.type.ref) if isinstance(found.type, TypeRef) else None
    return found


def _type_word(field_type: FieldType) -> str:
    if isinstance(field_type, CodeRef):
        return "code"
    if isinstance(field_type, EnumOf):
        return "enum"
    if isinstance(field_type, TypeRef):
        return "ref"
    if isinstance(field_type, ArrayOf):
        return "array"
    return field_type


def sdk_shapes_resolve(catalog: Catalog) -> Iterator[Problem]:
    """Every field a client SDK sends is declared with a type and nullability that accept it."""
    for kind in catalog.payloads.values():
        for index, shape in enumerate(kind.sdk_shapes):
            at = ("payloads", kind.id, "sdk_shapes", index)
            for path, sent in shape.fields.items():
                here = pointer(*at, "fields", path)
                field = _declared(kind, path)
                if field is None:
                    yield Problem(here, f"{kind.root} declares no field {path!r}")
                    continue
                if _type_word(field.type) not in _SHAPE_TYPES[sent.type]:
                    yield Problem(
                        here, f"declared as {_type_word(field.type)}, sent as {sent.type}"
                    )
                if sent.nullable and not field.nullable:
                    yield Problem(here, "sent as null but not declared nullable")
            for path, values in shape.values.items():
                here = pointer(*at, "values", path)
                field = _declared(kind, path)
                if path not in shape.fields or field is None:
                    yield Problem(here, f"{path!r} is not a field of this shape")
                    continue
                if not isinstance(field.type, CodeRef):
                    yield Problem(here, f"{path!r} is not a code field")
                    continue
                known = set()
                for ref in field.type.code:
                    code_set = code_set_of(catalog, ref)
                    if code_set is not None:
                        known |= {code.value for code in code_set.codes}
                for value in values:
                    if value not in known:
                        yield Problem(here, f"{value!r} is not a value of {path}'s code sets")
            for param, path in shape.redirect_params.items():
                if path not in shape.fields:
                    yield Problem(
                        pointer(*at, "redirect_params", param),
                        f"{path!r} is not a field of this shape",
                    )


def _kind_types_resolve(catalog: Catalog, kind: PayloadKind) -> Iterator[Problem]:
    at = ("payloads", kind.id, "types")
    names: dict[str, str] = {}
    for name, named_at in _type_names(kind):
        if keyword.iskeyword(name) or JSON_VALUE.fullmatch(name):
            yield Problem(named_at, f"type name {name!r} is reserved")
        elif name in names and names[name] != named_at:
            yield Problem(named_at, f"type name {name!r} collides with {names[name]}")
        names.setdefault(name, named_at)
    for type_def in kind.types.values():
        for field_at, field_type in _field_types(kind, type_def):
            yield from _field_type_problems(catalog, kind, field_type, field_at, names)
        here = (*at, type_def.id)
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
        if tag is None or not isinstance(tag.type, CodeRef) or not tag.required or tag.nullable:
            yield Problem(
                pointer(*where, "field"),
                f"{union.field!r} must be a required, non-nullable code field of {union.base!r}",
            )
            continue
        known = {c.value for ref in tag.type.code for c in _codes(catalog, ref)}
        for value, variant in union.variants.items():
            if value not in known:
                yield Problem(
                    pointer(*where, "variants", value),
                    f"{value!r} is not a value of {', '.join(tag.type.code)}",
                )
            if union.field in variant.fields:
                yield Problem(
                    pointer(*where, "variants", value, "fields", union.field),
                    f"a variant may not redefine the tag field {union.field!r}",
                )


def _codes(catalog: Catalog, ref: str) -> tuple[Code, ...]:
    code_set = code_set_of(catalog, ref)
    return tuple(code_set.codes) if code_set is not None else ()


def _field_type_problems(
    catalog: Catalog,
    kind: PayloadKind,
    field_type: FieldType,
    at: Where,
    names: dict[str, str],
) -> Iterator[Problem]:
    for item in _type_refs(field_type):
        if isinstance(item, TypeRef):
            target = kind.types.get(item.ref)
            if target is None:
                yield Problem(pointer(*at), f"unknown type {item.ref!r}")
            elif target.fields is None:
                yield Problem(pointer(*at), f"{item.ref!r} is not an object type of this kind")
        elif isinstance(item, CodeRef):
            for index, ref in enumerate(item.code):
                if code_set_of(catalog, ref) is None:
                    yield Problem(pointer(*at, "code", index), f"unknown code set {ref!r}")


def generated_names_are_free(catalog: Catalog) -> Iterator[Problem]:
    """The schemas and models of a kind define or import names besides its types: the shared
    scalar definitions, one definition per code field type (and its open variant), the names
    pydantic and typing export. A type may not take them, and a field may not be named like a
    type or an import of its kind, since models and types share one module."""
    taken = naming.model_names()
    for kind in catalog.payloads.values():
        types = dict(_type_names(kind))
        imported: dict[str, str] = {}
        for type_def in kind.types.values():
            for field_at, field_type in _field_types(kind, type_def):
                for name in _generated_names(catalog, field_type):
                    imported.setdefault(name, pointer(*field_at))
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
    for item in _type_refs(field_type):
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


def signing_goes_with_delivery(catalog: Catalog) -> Iterator[Problem]:
    """A provider that delivers webhooks says how they are authenticated (signing, "none"
    included)."""
    for provider in catalog.providers.values():
        at = ("providers", provider.id)
        if provider.delivery is not None and provider.signing is None:
            yield Problem(
                pointer(*at, "delivery"),
                'a provider that delivers webhooks needs signing (scheme "none" when it signs '
                "nothing)",
            )


def listeners_resolve(catalog: Catalog) -> Iterator[Problem]:
    for kind in catalog.payloads.values():
        listener = kind.listener
        if listener is None:
            continue
        at = ("payloads", kind.id, "listener")
        if listener.transport == "message" and listener.origins is None:
            yield Problem(
                pointer(*at), 'a "message" listener needs "origins": the hosts it accepts'
            )
        if listener.transport == "callback" and listener.origins is not None:
            yield Problem(pointer(*at, "origins"), 'only a "message" listener has origins')
        kinds: set[str] = set()
        for index, event in enumerate(listener.events):
            here = (*at, "events", index)
            if event.kind in kinds or event.kind == "unknown":
                yield Problem(pointer(*here, "kind"), f"event kind {event.kind!r} is taken")
            kinds.add(event.kind)
            if event.tag is None and index != len(listener.events) - 1:
                yield Problem(
                    pointer(*here), "only the last event may go without a tag (it takes the rest)"
                )
            type_def = kind.types.get(event.type)
            if type_def is None or type_def.fields is None:
                yield Problem(
                    pointer(*here, "type"), f"{event.type!r} is not an object type of this kind"
                )
                continue
            named = [("tag", event.tag)] if event.tag is not None else []
            named += [(f"codes/{n}", name) for n, name in enumerate(event.codes)]
            for key, name in named:
                field = type_def.fields.get(name)
                if field is None or not isinstance(field.type, CodeRef):
                    yield Problem(
                        pointer(*here) + "/" + key,
                        f"{name!r} is not a code field of {event.type!r}",
                    )


RULES: tuple[Rule, ...] = (
    identifiers_are_valid,
    signing_goes_with_delivery,
    values_are_unique,
    identifiers_are_unique,
    categories_resolve,
    category_history_resolves,
    category_names_are_unique,
    sources_resolve,
    sources_are_complete,
    wording_resolves,
    sdk_shapes_resolve,
    groups_resolve,
    replacements_resolve,
    names_are_unique,
    sdk_resolves,
    payloads_resolve,
    deliveries_resolve,
    generated_names_are_free,
    listeners_resolve,
)
