"""Target: the TypeScript package `bankcodes` in generated/typescript/.

src/index.ts is self-contained (it can be copied into an app as one file): for every code set an
`as const` object of wire values, the union of known values, an open type for wire fields, a type
guard and a read-only metadata record; the category taxonomy and classify(); types of the payloads
delivered to browser code; and helpers for the Lean callback and Flinks Connect messages.
src/signatures.ts verifies webhook signatures in Node. Both build with tsc to JS and .d.ts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen.filters import HEADER, json_text, ts_literal, ts_str
from codegen.model import (
    ArrayOf,
    Catalog,
    Code,
    CodeRef,
    CodeSet,
    EnumOf,
    Field,
    FieldType,
    PayloadKind,
    Provider,
    TypeRef,
)
from codegen.render import render
from codegen.rules import code_set_of
from codegen.targets import Files, Target

ROOT = "generated/typescript"

#: Entry points: subpath -> module under src/.
ENTRY_POINTS = {".": "index", "./signatures": "signatures"}


def ts_name(provider: Provider, code_set: CodeSet) -> str:
    """The TypeScript name of a code set: the provider's prefix and the stored class name."""
    return provider.type_prefix + code_set.class_name


@dataclass(frozen=True)
class CodeSetView:
    name: str
    doc: str
    members: tuple[tuple[str, str], ...]
    infos: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...]


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


def _info(catalog: Catalog, code: Code) -> dict[str, Any]:
    """The metadata of a code, with camelCase keys; ErrorHandling keeps a subset of them."""
    assert code.category is not None, "the rules guarantee every code a category"
    category = catalog.categories[code.category]
    return {
        "description": code.text,
        "message": code.message,
        "category": category.id,
        "retryable": category.retryable,
        "userAction": code.user_action,
        "httpStatuses": list(code.http_statuses),
        "sources": list(code.sources),
        "deprecated": code.lifecycle is not None,
        "aliases": list(code.aliases),
    }


HANDLING_KEYS = ("category", "retryable", "userAction", "httpStatuses")


def _code_set_view(catalog: Catalog, provider: Provider, code_set: CodeSet) -> CodeSetView:
    return CodeSetView(
        name=ts_name(provider, code_set),
        doc=f"{code_set.title}: {code_set.description} Wire field: {code_set.field}.",
        members=tuple((code.identifier, ts_str(code.value)) for code in code_set.codes),
        infos=tuple(
            (ts_str(code.value), ts_literal(_info(catalog, code))) for code in code_set.codes
        ),
        aliases=tuple(
            (ts_str(alias), ts_str(code.value)) for code in code_set.codes for alias in code.aliases
        ),
    )


def _type(catalog: Catalog, kind: PayloadKind, field_type: FieldType) -> str:
    prefix = catalog.providers[kind.provider].type_prefix
    if isinstance(field_type, CodeRef):
        names = []
        for ref in field_type.code:
            code_set = code_set_of(catalog, ref)
            assert code_set is not None, "the rules guarantee code set references resolve"
            names.append(ts_name(catalog.providers[ref.split(".")[0]], code_set))
        return " | ".join(names) + " | (string & {})"
    if isinstance(field_type, TypeRef):
        return prefix + field_type.ref
    if isinstance(field_type, ArrayOf):
        return f"ReadonlyArray<{_type(catalog, kind, field_type.array)}>"
    if isinstance(field_type, EnumOf):
        return " | ".join(ts_str(value) for value in field_type.enum) + " | (string & {})"
    scalars = {
        "string": "string",
        "integer": "number",
        "number": "number",
        "boolean": "boolean",
        "timestamp": "string",
        "json": "unknown",
        "object": "Readonly<Record<string, unknown>>",
    }
    return scalars[field_type]


def _fields(
    catalog: Catalog, kind: PayloadKind, fields: dict[str, Field]
) -> tuple[tuple[str, str, bool, str], ...]:
    rows = []
    for name, field in fields.items():
        text = _type(catalog, kind, field.type) + (" | null" if field.nullable else "")
        doc = " ".join(part for part in (field.description, field.why) if part)
        rows.append((name, text, field.required, doc))
    return tuple(rows)


def _payload_types(catalog: Catalog) -> tuple[list[InterfaceView], list[UnionView]]:
    interfaces: list[InterfaceView] = []
    unions: list[UnionView] = []
    for kind in catalog.payloads.values():
        if not kind.browser:
            continue
        prefix = catalog.providers[kind.provider].type_prefix
        for type_def in kind.types.values():
            name = prefix + type_def.id
            if type_def.fields is not None:
                fields = _fields(catalog, kind, type_def.fields)
                interfaces.append(InterfaceView(name, type_def.description, fields))
            elif type_def.any_of is not None:
                members = tuple(prefix + member for member in type_def.any_of)
                unions.append(UnionView(name, type_def.description, members))
            else:
                raise NotImplementedError("browser payloads are object types or any_of unions")
    return interfaces, unions


@dataclass(frozen=True)
class Listeners:
    """Names the listener helpers use, looked up in the spec by id."""

    flinks_error: str
    flinks_step: str
    flinks_message: str
    flinks_error_event: str
    flinks_step_event: str
    flinks_hosts: str
    flinks_handling: tuple[tuple[str, str], ...]
    lean_status: str
    lean_secondary: str
    lean_callback: str


def _handling(catalog: Catalog, code: Code) -> str:
    info = _info(catalog, code)
    return ts_literal({key: info[key] for key in HANDLING_KEYS})


def _listeners(catalog: Catalog) -> Listeners:
    flinks, lean = catalog.providers["flinks"], catalog.providers["lean"]
    origins = flinks.listener_origins
    assert origins is not None, "Flinks Connect listener origins are in the spec"
    errors = flinks.code_sets["connect_error_event"]
    return Listeners(
        flinks_error=ts_name(flinks, errors),
        flinks_step=ts_name(flinks, flinks.code_sets["connect_step_event"]),
        flinks_message=flinks.type_prefix + catalog.payloads["flinks/connect-message"].root,
        flinks_error_event=flinks.type_prefix + "ErrorEvent",
        flinks_step_event=flinks.type_prefix + "StepEvent",
        flinks_hosts=ts_literal(list(origins.hosts)),
        flinks_handling=tuple((ts_str(c.value), _handling(catalog, c)) for c in errors.codes),
        lean_status=ts_name(lean, lean.code_sets["callback_status"]),
        lean_secondary=ts_name(lean, lean.code_sets["secondary_status"]),
        lean_callback=lean.type_prefix + catalog.payloads["lean/callback"].root,
    )


def _package_json(catalog: Catalog) -> dict[str, Any]:
    return {
        "//": HEADER,
        "name": "bankcodes",
        "version": catalog.spec_version,
        "description": "Statuses and error codes of Lean, Flinks and Argyle as typed constants, "
        "with guards, metadata, a cross-provider taxonomy and browser listener helpers.",
        "license": "MIT",
        "type": "module",
        "sideEffects": False,
        "main": "./dist/index.js",
        "types": "./dist/index.d.ts",
        "exports": {
            path: {"types": f"./dist/{module}.d.ts", "default": f"./dist/{module}.js"}
            for path, module in ENTRY_POINTS.items()
        },
        "files": ["dist", "src", "README.md"],
        "scripts": {"build": "tsc -p ."},
        "engines": {"node": ">=20"},
    }


def _tsconfig() -> dict[str, Any]:
    return {
        "//": HEADER,
        "compilerOptions": {
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "lib": ["es2022", "dom"],
            "types": ["node"],
            "strict": True,
            "noUncheckedIndexedAccess": True,
            "exactOptionalPropertyTypes": True,
            "declaration": True,
            "rootDir": "src",
            "outDir": "dist",
        },
        "include": ["src"],
    }


def render_files(catalog: Catalog) -> Files:
    providers = []
    for provider in catalog.providers.values():
        sets = [_code_set_view(catalog, provider, cs) for cs in provider.code_sets.values()]
        providers.append((provider, sets))
    interfaces, unions = _payload_types(catalog)
    categories = [
        (
            category.name,
            ts_str(category.id),
            ts_literal(
                {
                    "title": category.title,
                    "description": category.description,
                    "retryable": category.retryable,
                    "actor": category.actor,
                    "action": category.action,
                }
            ),
        )
        for category in catalog.categories.values()
    ]
    sources = [
        (ts_str(source.id), ts_literal({"title": source.title, "url": source.url}))
        for source in catalog.sources.values()
    ]
    return {
        f"{ROOT}/package.json": json_text(_package_json(catalog)),
        f"{ROOT}/tsconfig.json": json_text(_tsconfig()),
        f"{ROOT}/README.md": render("typescript/README.md.j2", catalog=catalog),
        f"{ROOT}/src/index.ts": render(
            "typescript/index.ts.j2",
            version=ts_str(catalog.spec_version),
            categories=categories,
            sources=sources,
            providers=providers,
            interfaces=interfaces,
            unions=unions,
            listeners=_listeners(catalog),
        ),
        f"{ROOT}/src/signatures.ts": render(
            "typescript/signatures.ts.j2", schemes=catalog.signing_schemes()
        ),
    }


TARGET = Target(name="typescript", roots=(ROOT,), render=render_files)
