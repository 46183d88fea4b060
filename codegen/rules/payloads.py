"""Rules of the payload kinds: their types and code fields resolve, and what each SDK sends
matches the declared fields (their listeners' rules: codegen.rules.listeners)."""

from __future__ import annotations

import keyword
from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules._common import (
    JSON_VALUE,
    Where,
    code_set_of,
    codes_of,
    field_types,
    type_names,
    type_refs,
)
from codegen.spec import (
    ArrayOf,
    Catalog,
    CodeRef,
    EnumOf,
    Field,
    FieldType,
    KeysOf,
    PayloadKind,
    TypeDef,
    TypeRef,
)
from codegen.spec.evidence import by_fields, named, own_codes


def payloads_resolve(catalog: Catalog) -> Iterator[Problem]:
    modules: dict[tuple[str, str], str] = {}
    for kind in catalog.payloads.values():
        at = ("payloads", kind.id)
        if kind.provider in catalog.providers and not kind.id.startswith(kind.provider + "/"):
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
        fields = {name for t in kind.types.values() for name in (t.fields or {})}
        if kind.status_field is not None and kind.status_field not in fields:
            problem = f"{kind.status_field!r} is no field of the kind's types"
            yield Problem(pointer(*at, "status_field"), problem)
        if kind.request_id is not None and _request_id_field(kind, kind.request_id) is None:
            problem = f"{kind.request_id!r} is no field of the kind's types"
            yield Problem(pointer(*at, "request_id"), problem)
        if kind.words is not None and kind.decides:
            problem = "a kind's words are read where no code decides: this kind has code fields"
            yield Problem(pointer(*at, "words"), problem)
        if (kind.words_step is None) != (not kind.words_step_sources) or (
            kind.words_step is not None and kind.words is None
        ):
            problem = "words_step goes with words and with the words_step_sources that state it"
            yield Problem(pointer(*at, "words_step"), problem)
        yield from _namespaces(catalog, kind, at, fields)
        yield from _own_code_set(catalog, kind, at, "status_code_set", "integer", "HTTP statuses")
        yield from _own_code_set(catalog, kind, at, "exception_code_set", "string", "class names")
        if kind.listener is not None and not kind.browser:
            yield Problem(
                pointer(*at, "listener"), 'a listener is for browser payloads: set "browser": true'
            )
        yield from _kind_types_resolve(catalog, kind)
        for type_def in kind.types.values():
            union = type_def.discriminated
            if union is None or union.event_code is None:
                continue
            variants = [v for v in union.variants.values() if union.event_code not in v.fields]
            if variants:
                where = pointer(*at, "types", type_def.id, "discriminated", "event_code")
                names = ", ".join(v.name for v in variants)
                yield Problem(where, f"{union.event_code!r} is not a field of {names}")


def _own_code_set(
    catalog: Catalog, kind: PayloadKind, at: tuple[str | int, ...], name: str, wire: str, what: str
) -> Iterator[Problem]:
    """A kind's field `name` that names a code set (its status_code_set, its
    exception_code_set) names one of its own provider's, whose codes travel as `wire`."""
    ref = getattr(kind, name)
    if ref is None:
        return
    found = code_set_of(catalog, ref)
    if found is None:
        return  # references_resolve's
    if not ref.startswith(f"{kind.provider}."):
        yield Problem(pointer(*at, name), f"{ref!r} is no code set of {kind.provider}")
    elif found.wire_type != wire:
        yield Problem(pointer(*at, name), f"{ref!r} holds no {what} (its wire_type is not {wire})")


def recognition_is_distinctive(catalog: Catalog) -> Iterator[Problem]:
    """A kind is claimed only by evidence of its provider (codegen.spec.evidence): an entry that
    tells a body alone requires a text in the provider's namespace (prefixes, with the sources
    that publish it), a field of its own, several of its fields together that no shape anyone's
    holds, or a code of its code sets that only they hold (in a field that is not a lone bare
    status or code); else it applies only where the reader is told the provider."""
    spellings = {
        f"{provider.id}.{code_set.id}": tuple(
            str(text) for code in code_set.codes for text in (code.value, *code.aliases)
        )
        for provider in catalog.providers.values()
        for code_set in provider.code_sets.values()
    }
    held: dict[str, set[str]] = {}
    for ref, texts in spellings.items():
        for text in texts:
            held.setdefault(text, set()).add(ref.partition(".")[0])
    for kind in catalog.payloads.values():
        for number, entry in enumerate(kind.recognise):
            at = pointer("payloads", kind.id, "recognise", number)
            if entry.prefixes and not entry.sources:
                yield Problem(
                    at, "prefixes read the provider's namespace: name the sources that publish it"
                )
            if entry.provider_given or entry.prefixes or by_fields(entry):
                continue
            if not own_codes(entry, spellings, held):
                yield Problem(
                    at,
                    f"{', '.join(named(entry))} tells no provider: fields many APIs send, and no "
                    f"code only {kind.provider}'s code sets hold: require a text in its "
                    "namespace (prefixes), a field of its own, or a code of its own (codes), or "
                    'set "provider_given": true',
                )
        yield from _examples_are_recognised_as_said(kind)


def _examples_are_recognised_as_said(kind: PayloadKind) -> Iterator[Problem]:
    given = [entry for entry in kind.recognise if entry.provider_given]
    for number, example in enumerate(kind.examples):
        if example.recognised == "with_provider" and not given:
            yield Problem(
                pointer("payloads", kind.id, "examples", number, "recognised"),
                '"with_provider" needs an entry of the kind\'s recognise that is provider_given',
            )


#: The declared field types a client SDK's JSON type can be read as.


_SHAPE_TYPES = {
    "string": ("string", "url", "timestamp", "code", "enum", "json"),
    "boolean": ("boolean", "json"),
    "integer": ("integer", "number", "json"),
    "object": ("object", "ref", "json"),
}


def shapes_agree_with_lifecycles(catalog: Catalog) -> Iterator[Problem]:
    """A value an SDK's shape says it sends is no deprecated or removed code for that SDK: the
    spec does not contradict its own records."""
    for kind in catalog.payloads.values():
        for index, shape in enumerate(kind.sdk_shapes):
            for path, values in shape.values.items():
                field = declared_field(kind, path)
                refs = field.type.code if field and isinstance(field.type, CodeRef) else ()
                for ref in refs:
                    code_set = code_set_of(catalog, ref)
                    for code in code_set.codes if code_set is not None else ():
                        lifecycle, scope = code.lifecycle, code.scope
                        if code.value not in values or lifecycle is None:
                            continue
                        if scope is not None and scope.sdks and shape.sdk not in scope.sdks:
                            continue
                        yield Problem(
                            pointer("payloads", kind.id, "sdk_shapes", index, "values", path),
                            f"the {shape.sdk} SDK sends {code.value!r}, which {ref} says is "
                            f"{lifecycle.state}: {lifecycle.note}",
                        )


def _request_id_field(kind: PayloadKind, path: str) -> Field | None:
    """The field a request id's path names: a top-level field of any of the kind's types, or a
    dotted path from its root through referenced object types."""
    if "." in path:
        return declared_field(kind, path)
    for type_def in kind.types.values():
        if type_def.fields is not None and path in type_def.fields:
            return type_def.fields[path]
    return None


def declared_field(kind: PayloadKind, path: str) -> Field | None:
    """The field a dotted path names, from the kind's root through referenced object types; a
    step ending in [*] goes on into the items of the array that field holds."""
    type_def: TypeDef | None = kind.types.get(kind.root)
    found: Field | None = None
    for step in path.split("."):
        name, each = (step[:-3], True) if step.endswith("[*]") else (step, False)
        if type_def is None or type_def.fields is None or name not in type_def.fields:
            return None
        found = type_def.fields[name]
        held = found.type
        if each:
            if not isinstance(held, ArrayOf):
                return None
            held = held.array
        type_def = kind.types.get(held.ref) if isinstance(held, TypeRef) else None
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
    if isinstance(field_type, KeysOf):
        return "object"
    return field_type


def sdk_shapes_resolve(catalog: Catalog) -> Iterator[Problem]:
    """Every field a client SDK sends is declared with a type and nullability that accept it."""
    for kind in catalog.payloads.values():
        for index, shape in enumerate(kind.sdk_shapes):
            at = ("payloads", kind.id, "sdk_shapes", index)
            for path, sent in shape.fields.items():
                here = pointer(*at, "fields", path)
                field = declared_field(kind, path)
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
                field = declared_field(kind, path)
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
    for name, named_at in type_names(kind):
        if keyword.iskeyword(name) or JSON_VALUE.fullmatch(name):
            yield Problem(named_at, f"type name {name!r} is reserved")
        elif name in names and names[name] != named_at:
            yield Problem(named_at, f"type name {name!r} collides with {names[name]}")
        names.setdefault(name, named_at)
    for type_def in kind.types.values():
        for field_where, field_type in field_types(kind, type_def):
            yield from _field_type_problems(catalog, kind, field_type, field_where)
        here = (*at, type_def.id)
        for index, member in enumerate(type_def.any_of or ()):
            member_def = kind.types.get(member)
            if member_def is not None and member_def.fields is None:
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
            if base is not None:
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
        known = {c.value for ref in tag.type.code for c in codes_of(catalog, ref)}
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


def _field_type_problems(
    catalog: Catalog, kind: PayloadKind, field_type: FieldType, at: Where
) -> Iterator[Problem]:
    for item in type_refs(field_type):
        if isinstance(item, TypeRef):
            target = kind.types.get(item.ref)
            if target is not None and target.fields is None:
                yield Problem(pointer(*at), f"{item.ref!r} is not an object type of this kind")
        elif isinstance(item, CodeRef):
            wire_types = {}
            for ref in item.code:
                code_set = code_set_of(catalog, ref)
                if code_set is not None:
                    wire_types[ref] = code_set.wire_type
            if len(set(wire_types.values())) > 1:
                listed = ", ".join(f"{ref} ({wire})" for ref, wire in wire_types.items())
                message = f"one field reads codes that travel as strings and as integers: {listed}"
                yield Problem(pointer(*at, "code"), message)


def _namespaces(
    catalog: Catalog, kind: PayloadKind, at: tuple[str, ...], fields: set[str]
) -> Iterator[Problem]:
    """A kind's namespace_field is a field of its types, given with namespace_code_sets, each
    a code set of one of its code fields (a code set the catalog does not have is the
    references' check's to name)."""
    if (kind.namespace_field is None) != (not kind.namespace_code_sets):
        problem = "namespace_field and namespace_code_sets go together"
        yield Problem(pointer(*at, "namespace_field"), problem)
    if kind.namespace_field is not None and kind.namespace_field not in fields:
        problem = f"{kind.namespace_field!r} is no field of the kind's types"
        yield Problem(pointer(*at, "namespace_field"), problem)
    held = {
        ref
        for t in kind.types.values()
        for f in (t.fields or {}).values()
        for ref in getattr(f.type, "code", None) or ()
    }
    known = {f"{p.id}.{name}" for p in catalog.providers.values() for name in p.code_sets}
    for prefix, ref in kind.namespace_code_sets.items():
        if ref in known and ref not in held:
            problem = f"{ref!r} is no code set of the kind's code fields"
            yield Problem(pointer(*at, "namespace_code_sets", prefix), problem)
