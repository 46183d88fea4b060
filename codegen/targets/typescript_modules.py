"""The TypeScript modules rendered from the catalog: per provider its code-set constants with
their metadata and TSDoc, the payload types, and the browser listener helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen.filters import TsExpr, ts_key, ts_literal, ts_member, ts_str
from codegen.model import (
    AnyOfDef,
    ArrayType,
    Catalog,
    CodeSet,
    CodeType,
    EnumType,
    FieldType,
    KeysType,
    Listener,
    ListenerEvent,
    ObjectDef,
    PayloadKind,
    Provider,
    RefType,
    UnionDef,
)
from codegen.render import render
from codegen.targets import fact_records as facts
from codegen.targets import typescript_codes as ts_codes


@dataclass(frozen=True)
class InterfaceView:
    name: str
    doc: str
    fields: tuple[tuple[str, str, bool, str], ...]


@dataclass(frozen=True)
class UnionView:
    name: str
    doc: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class ListenerView:
    function: str
    result_type: str
    doc: str
    events: str
    #: The runtime function that reads a message: with each code's metadata, or without it.
    reader: str
    results: tuple[str, ...]
    origins: tuple[str, str, str, str] | None
    #: The field checks its events name (fields.ts).
    checks: tuple[str, ...] = ()


def _type(field_type: FieldType) -> str:
    if isinstance(field_type, CodeType):
        return " | ".join(f"{cs.ts_name}OrUnknown" for cs in field_type.code_sets)
    if isinstance(field_type, RefType):
        return field_type.target.ts_name
    if isinstance(field_type, ArrayType):
        return f"ReadonlyArray<{_type(field_type.item)}>"
    if isinstance(field_type, KeysType):
        return f"{{ readonly [key: string]: {_type(field_type.values)} }}"
    if isinstance(field_type, EnumType):
        return " | ".join(ts_str(value) for value in field_type.values) + " | (string & {})"
    scalars = {
        "string": "string",
        "integer": "number",
        "number": "number",
        "boolean": "boolean",
        "timestamp": "string",
        "url": "string",
        "json": "unknown",
        "object": "{ readonly [key: string]: unknown }",
    }
    return scalars[field_type]


#: The type of a tag value that has no variant in its union (declared in payloads.ts.j2).
UNKNOWN_TAG = "UnknownTag"


def _interface(
    obj: ObjectDef, doc: str | None = None, tag: tuple[str, str] | None = None
) -> InterfaceView:
    """The interface of an object type; a variant's tag field is typed as its value, and `tag`
    (field name, TypeScript type) types that field of a union's fallback."""
    rows = []
    for f in obj.fields:
        if obj.tag is not None and f.name == obj.tag[0]:
            text = ts_str(obj.tag[1])
        elif tag is not None and f.name == tag[0]:
            text = tag[1]
        else:
            text = _type(f.type) + (" | null" if f.nullable else "")
        note = " ".join(part for part in (f.description, f.why) if part)
        rows.append((ts_key(f.name), text, f.required, note))
    return InterfaceView(obj.ts_name, doc or obj.description, tuple(rows))


def _payload_types(kind: PayloadKind) -> tuple[list[InterfaceView], list[UnionView]]:
    interfaces: list[InterfaceView] = []
    unions: list[UnionView] = []
    for type_def in kind.types:
        if isinstance(type_def, ObjectDef):
            interfaces.append(_interface(type_def))
        elif isinstance(type_def, AnyOfDef):
            members = tuple(member.ts_name for member in type_def.members)
            unions.append(UnionView(type_def.ts_name, type_def.description, members))
        elif isinstance(type_def, UnionDef):
            interfaces += [_interface(variant) for variant in type_def.variants]
            interfaces.append(_fallback(type_def))
            members = tuple(v.ts_name for v in (*type_def.variants, type_def.fallback))
            tag = type_def.tag.name
            doc = (
                f"{type_def.description} Comparing `{tag}` with a value (`===`, `switch`) "
                f"narrows it to that value's variant; a value without one is "
                f"{type_def.fallback.ts_name}'s (see {{@link {UNKNOWN_TAG}}})."
            )
            unions.append(UnionView(type_def.ts_name, doc, members))
    return interfaces, unions


def _fallback(union: UnionDef) -> InterfaceView:
    """The member of a union for a tag value without a variant. Its tag is typed as the code
    set's other spellings and UnknownTag, none of which a variant's value is comparable to, so
    comparing the tag with a variant's value narrows the union to that variant alone."""
    code_type = union.tag.type
    assert isinstance(code_type, CodeType), "the rules make a union's tag a code field"
    variants = {variant.tag[1] for variant in union.variants if variant.tag is not None}
    others = {
        spelling: None
        for code in code_type.codes
        for spelling in (code.value, *code.aliases)
        if spelling not in variants
    }
    tag_type = " | ".join([*map(ts_str, others), UNKNOWN_TAG])
    tag = union.tag.name
    doc = (
        f"{union.fallback.description} What `default:` receives after a `case` for each `{tag}` "
        f"with a variant; there its `{tag}` reads as a string."
    )
    return _interface(union.fallback, doc, (tag, tag_type))


#: The check of each scalar type a listener field may declare (fields.ts); free-form JSON has none.
CHECKS = {
    "string": "text",
    "timestamp": "text",
    "url": "webUrl",
    "integer": "integer",
    "number": "finiteNumber",
    "boolean": "boolean",
    "object": "object",
}


def _check(field_type: FieldType) -> str | None:
    """The runtime check of a listener field's declared type (fields.ts), None for none."""
    if isinstance(field_type, CodeType) and field_type.code_sets[0].numeric:
        return "integerCodeText"
    if isinstance(field_type, CodeType | EnumType):
        return "text"
    if isinstance(field_type, RefType):
        return "object"
    if isinstance(field_type, ArrayType):
        return "array"
    if isinstance(field_type, KeysType):
        return "object"
    return CHECKS.get(field_type)


def _listener_set(code_set: CodeSet, metadata: bool) -> dict[str, Any]:
    """How a listener reads a code set: its categories and, with metadata, its info."""
    tables = ("Categories", "Info", "Aliases") if metadata else ("Categories",)
    keys = {"Categories": "categories", "Info": "info", "Aliases": "aliases"}
    numeric: dict[str, Any] = {"numeric": True} if code_set.numeric else {}
    return (
        {"id": code_set.ref} | {keys[t]: TsExpr(f"{code_set.ts_name}{t}") for t in tables} | numeric
    )


def listener_view(listener: Listener, max_length: int, metadata: bool = True) -> ListenerView:
    """A listener helper of the root entry point (its results carry `info`), or without
    metadata, of its provider's own entry point."""
    events: list[dict[str, Any]] = []
    results = []
    checks: set[str] = set()
    for event in listener.events:
        codes = [
            [path, [_listener_set(cs, metadata) for cs in _code_sets(code_field)]]
            for path, code_field in zip(event.code_paths, event.codes, strict=True)
        ]
        events.append(
            {
                "kind": event.kind,
                "tag": event.tag.name if event.tag is not None else None,
                **({"tagValue": event.tag_value} if event.tag_value is not None else {}),
                "codes": codes,
                "fields": (fields := _listener_fields(event)),
                "maxLength": max_length,
            }
        )
        checks |= {str(field[1]) for field in fields}
        code_type = " | ".join(f"{cs.ts_name}OrUnknown" for cs in event.code_sets)
        if event.tag is None or event.tag is not event.codes[0]:
            code_type += " | null"
        result = "ListenerEvent" if metadata else "ListenerReading"
        results.append(f"{result}<{ts_str(event.kind)}, {event.type.ts_name}, {code_type}>")
    origins = listener.origins
    reader = "parseListenerMessageWithInfo" if metadata else "parseListenerMessage"
    return ListenerView(
        function=listener.function,
        result_type=listener.result_type,
        doc=listener.description,
        events=ts_literal(events, 2, len(f"return {reader}(")),
        reader=reader,
        results=(*results, "InvalidMessage", "UnknownMessage"),
        origins=(
            origins.hosts_constant,
            ts_literal(
                list(origins.hosts),
                0,
                len(f"export const {origins.hosts_constant}: readonly string[] = ;"),
            ),
            origins.check_function,
            origins.notes,
        )
        if origins is not None
        else None,
        checks=tuple(sorted(checks)),
    )


def _listener_fields(event: ListenerEvent) -> list[list[Any]]:
    """The checks of an event's fields: each field of its type, then each code field read
    inside a nested object (details.status), so that every code the event's type declares is
    checked, where present, before the event narrows to it; a field of free-form JSON is not."""
    nested = zip(event.code_paths, event.codes, strict=True)
    fields = [(f.name, f) for f in event.type.fields] + [(p, f) for p, f in nested if "." in p]
    return [
        [path, TsExpr(check), *([True] if field.nullable else [])]
        for path, field in fields
        if (check := _check(field.type)) is not None
    ]


def _code_sets(code_field: Any) -> tuple[CodeSet, ...]:
    field_type = code_field.type
    assert isinstance(field_type, CodeType), "the rules make listener code fields code fields"
    return field_type.code_sets


def provider_module(catalog: Catalog, provider: Provider) -> str:
    numeric = {code_set.numeric for code_set in provider.code_sets}
    views = [ts_codes.code_set_view(code_set) for code_set in provider.code_sets]
    return render(
        "typescript/provider.ts.j2",
        header=catalog.header,
        provider=provider,
        code_sets=views,
        builders=sorted({view.builder for view in views if view.builder}),
        guards=[
            name
            for flag, name in ((False, "isCodeOf"), (True, "isNumericCodeOf"))
            if flag in numeric
        ],
    )


def payloads_module(catalog: Catalog) -> str:
    interfaces: list[InterfaceView] = []
    unions: list[UnionView] = []
    for kind in catalog.payloads:
        found = _payload_types(kind)
        interfaces += found[0]
        unions += found[1]
    used = sorted(
        {
            (cs.provider.module, f"{cs.ts_name}OrUnknown")
            for kind in catalog.payloads
            for obj in kind.objects
            for f in obj.fields
            for cs in _field_code_sets(f.type)
        }
    )
    return render(
        "typescript/payloads.ts.j2",
        header=catalog.header,
        imports=used,
        interfaces=interfaces,
        unions=unions,
        unknown_tag=UNKNOWN_TAG
        if any(isinstance(t, UnionDef) for kind in catalog.payloads for t in kind.types)
        else None,
    )


def _field_code_sets(field_type: FieldType) -> tuple[CodeSet, ...]:
    if isinstance(field_type, CodeType):
        return field_type.code_sets
    if isinstance(field_type, ArrayType):
        return _field_code_sets(field_type.item)
    if isinstance(field_type, KeysType):
        return field_type.keys.code_sets
    return ()


def listeners_module(catalog: Catalog) -> str:
    listeners = catalog.listeners
    types = sorted({event.type.ts_name for _, listener in listeners for event in listener.events})
    code_sets = {
        cs.ts_name: cs
        for _, listener in listeners
        for event in listener.events
        for cs in event.code_sets
    }
    modules = sorted({cs.provider.module for cs in code_sets.values()})
    code_types = [
        (
            module,
            [
                name
                for code_set, cs in sorted(code_sets.items())
                if cs.provider.module == module
                for name in (
                    f"type {code_set}OrUnknown",
                    f"{code_set}Aliases",
                    f"{code_set}Categories",
                    f"{code_set}Info",
                )
            ],
        )
        for module in modules
    ]
    views = [
        listener_view(listener, catalog.payload_limits.max_string_length)
        for _, listener in listeners
    ]
    return render(
        "typescript/listeners.ts.j2",
        header=catalog.header,
        listeners=views,
        checks=sorted({check for view in views for check in view.checks}),
        types=types,
        code_types=code_types,
    )


def kinds_module(catalog: Catalog) -> str:
    """Where codes live in each payload kind: how a body is recognised, the union tag, and the
    code fields in decision order, for codes/decisiveCode/recognise in code-fields.ts."""
    kinds = []
    for kind in catalog.payloads:
        root = kind.root
        entry = {
            "tag": root.tag.name if isinstance(root, UnionDef) else None,
            "variants": [v.tag[1] for v in root.variants if v.tag]
            if isinstance(root, UnionDef)
            else [],
            **facts.typescript_members(kind.carried),
            "recognise": [
                {
                    "present": list(r.present),
                    "absent": list(r.absent),
                    "objects": list(r.objects),
                    "codes": {key: list(refs) for key, refs in r.codes.items()},
                }
                | ({"prefixes": {k: list(v) for k, v in r.prefixes.items()}} if r.prefixes else {})
                | ({"sources": list(r.sources)} if r.sources else {})
                | ({"wording": True} if r.wording else {})
                | ({"providerGiven": True} if r.provider_given else {})
                | ({"byFields": True} if r.by_fields else {})
                | ({"shared": {k: list(v) for k, v in r.shared.items()}} if r.shared else {})
                for r in kind.recognise
            ],
            "codes": [
                {"path": f.path, "codeSets": list(f.code_sets), "tag": f.tag}
                | ({"numeric": True} if f.numeric else {})
                for f in kind.code_paths
            ],
            **(
                {
                    "embeds": [
                        {"field": e.field, "kinds": list(e.kinds), "decides": e.decides}
                        for e in kind.embeds
                    ]
                }
                if kind.embeds
                else {}
            ),
            **({"jwtUnverified": kind.jwt.unverified} if kind.jwt else {}),
        }
        kinds.append(ts_member(kind.id, entry))
    return render("typescript/kinds.ts.j2", header=catalog.header, kinds=kinds)
