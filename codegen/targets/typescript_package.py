"""Target: the TypeScript package `bankcodes` in generated/typescript/.

Its behaviour (classify, the listener helpers, receiving webhooks, the shapes of the data)
is the hand-written runtime of codegen/runtime/typescript/, copied verbatim into src/. What is
rendered here is data: per provider an `as const` object of wire values per code set with its
union type, open type, metadata record, aliases and guard; the categories, sources and the code
set registry that classify reads; types of every payload; the listener helpers the spec
declares; and the signing schemes and delivery contracts. src/index.ts exports everything but
the webhook receiver, which has its own entry point (bankcodes/webhooks).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import naming, paths
from codegen.filters import json_text, ts_doc_lines, ts_key, ts_literal, ts_str
from codegen.model import (
    AnyOfDef,
    ArrayType,
    Catalog,
    Code,
    CodeSet,
    CodeType,
    Delivery,
    EnumType,
    FieldType,
    HmacSigning,
    JwtSigning,
    Listener,
    ObjectDef,
    PayloadKind,
    Provider,
    RefType,
    Signing,
    UnionDef,
    whose_words,
)
from codegen.render import render
from codegen.targets import Files, Target, copied
from codegen.tsformat import format_typescript

ROOT = "generated/typescript"
SRC = f"{ROOT}/src"

#: Entry points: subpath -> module under src/.
ENTRY_POINTS = {".": "index", "./webhooks": "webhooks"}


def runtime_files() -> list[Path]:
    return sorted(paths.TYPESCRIPT_RUNTIME.glob("*.ts"))


@dataclass(frozen=True)
class CodeSetView:
    name: str
    doc: str
    #: (TSDoc lines, identifier, value literal) of every member.
    members: tuple[tuple[tuple[str, ...], str, str], ...]
    infos: tuple[tuple[str, str], ...]
    categories: tuple[tuple[str, str], ...]
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


@dataclass(frozen=True)
class ListenerView:
    function: str
    result_type: str
    doc: str
    events: str
    results: tuple[str, ...]
    origins: tuple[str, str, str, str] | None


def _info(code: Code) -> dict[str, Any]:
    """The metadata of a code, with camelCase keys."""
    return {
        "description": code.text,
        "message": code.message,
        "category": code.category.id,
        "retryable": code.retryable,
        "userAction": code.user_action,
        "userMessage": code.user_message,
        "httpStatuses": list(code.http_statuses),
        "sources": [source.id for source in code.sources],
        "deprecated": code.lifecycle is not None,
        "aliases": list(code.aliases),
        "wording": _wording(code),
    }


#: The metadata keys of the code fields whose wording the TypeScript metadata carries.
_WORDING_KEYS = {
    "description": "description",
    "message": "message",
    "user_action": "userAction",
    "user_message": "userMessage",
}


def _wording(code: Code) -> dict[str, Any]:
    """Whose words each text of the metadata is; the description falls back to the message's."""
    wording = {
        _WORDING_KEYS[w.field]: {"by": w.by, "sources": [source.id for source in w.sources]}
        for w in code.wording
        if w.field in _WORDING_KEYS
    }
    if "description" not in wording:
        wording = {"description": wording["message"], **wording}
    return wording


def _member_doc(code: Code) -> tuple[str, ...]:
    """The TSDoc of a code constant: what an editor shows on hover."""
    category = code.category
    paragraphs = [
        code.text,
        f"Category: {category.id} ({category.title}); "
        f"retryable: {'yes' if code.retryable else 'no'}.",
    ]
    if code.message and code.message != code.text:
        paragraphs.append(f"Message: {code.message}")
    if code.user_action:
        paragraphs.append(f"User action: {code.user_action}")
    if code.user_message:
        paragraphs.append(f"User message: {code.user_message}")
    paragraphs.append(
        "Whose words: "
        + "; ".join(
            f"{w.label}: {whose_words(w.by, code.provider.name)}"
            for w in code.wording
            if w.field in _WORDING_KEYS
        )
        + "."
    )
    if code.http_statuses:
        paragraphs.append("HTTP: " + ", ".join(str(status) for status in code.http_statuses) + ".")
    if code.lifecycle is not None:
        replacement = code.lifecycle.replaced_by
        paragraphs.append(
            f"@deprecated {code.lifecycle.note}" + (f" Use {replacement}." if replacement else "")
        )
    return tuple(line for paragraph in paragraphs for line in ts_doc_lines(paragraph))


def _code_set_view(code_set: CodeSet) -> CodeSetView:
    return CodeSetView(
        name=code_set.ts_name,
        doc=f"{code_set.title}: {code_set.description} Wire field: {code_set.field}.",
        members=tuple(
            (_member_doc(code), code.identifier, ts_str(code.value)) for code in code_set.codes
        ),
        infos=tuple((ts_key(code.value), ts_literal(_info(code))) for code in code_set.codes),
        categories=tuple(
            (ts_key(spelling), ts_str(code.category.id))
            for code in code_set.codes
            for spelling in (code.value, *code.aliases)
        ),
        aliases=tuple(
            (ts_key(alias), ts_str(code.value)) for code in code_set.codes for alias in code.aliases
        ),
    )


def _type(field_type: FieldType) -> str:
    if isinstance(field_type, CodeType):
        return " | ".join(f"{cs.ts_name}OrUnknown" for cs in field_type.code_sets)
    if isinstance(field_type, RefType):
        return field_type.target.ts_name
    if isinstance(field_type, ArrayType):
        return f"ReadonlyArray<{_type(field_type.item)}>"
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


def _interface(obj: ObjectDef, doc: str | None = None) -> InterfaceView:
    rows = []
    for f in obj.fields:
        if obj.tag is not None and f.name == obj.tag[0]:
            text = ts_str(obj.tag[1])
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
            interfaces.append(_interface(type_def.fallback))
            members = tuple(v.ts_name for v in (*type_def.variants, type_def.fallback))
            unions.append(UnionView(type_def.ts_name, type_def.description, members))
    return interfaces, unions


def _check(field_type: FieldType) -> str:
    """The runtime check of a listener field's declared type (messages.ts FieldCheck)."""
    if isinstance(field_type, CodeType | EnumType):
        return "string"
    if isinstance(field_type, RefType):
        return "object"
    if isinstance(field_type, ArrayType):
        return "array"
    return {"timestamp": "string"}.get(field_type, field_type)


def _listener_view(listener: Listener, max_length: int) -> ListenerView:
    events = []
    results = []
    for event in listener.events:
        codes = ", ".join(
            f"[{ts_str(code_field.name)}, ["
            + ", ".join(f"{cs.ts_name}Categories" for cs in _code_sets(code_field))
            + "]]"
            for code_field in event.codes
        )
        tag = ts_str(event.tag.name) if event.tag is not None else "null"
        fields = ts_literal([[f.name, _check(f.type), f.nullable] for f in event.type.fields])
        events.append(
            f"{{ kind: {ts_str(event.kind)}, tag: {tag}, codes: [{codes}], fields: {fields}, "
            f"maxLength: {max_length} }}"
        )
        code_type = " | ".join(f"{cs.ts_name}OrUnknown" for cs in event.code_sets)
        if event.tag is None or event.tag is not event.codes[0]:
            code_type += " | null"
        results.append(f"ListenerEvent<{ts_str(event.kind)}, {event.type.ts_name}, {code_type}>")
    origins = listener.origins
    return ListenerView(
        function=listener.function,
        result_type=listener.result_type,
        doc=listener.description,
        events="[" + ", ".join(events) + "]",
        results=(*results, "InvalidMessage", "UnknownMessage"),
        origins=(
            origins.hosts_constant,
            ts_literal(list(origins.hosts)),
            origins.check_function,
            origins.notes,
        )
        if origins is not None
        else None,
    )


def _code_sets(code_field: Any) -> tuple[CodeSet, ...]:
    field_type = code_field.type
    assert isinstance(field_type, CodeType), "the rules make listener code fields code fields"
    return field_type.code_sets


#: The lock file of the package's build tools (TypeScript, esbuild), maintained with
#: `npm install --package-lock-only` in codegen/runtime/typescript/; its root entry's
#: devDependencies are the package's.
LOCK = paths.TYPESCRIPT_RUNTIME / "package-lock.json"
#: The build script of the CommonJS files, copied into the package.
BUILD_SCRIPT = paths.TYPESCRIPT_RUNTIME / "scripts" / "build-cjs.mjs"


def _lock() -> dict[str, Any]:
    lock: dict[str, Any] = json.loads(LOCK.read_text(encoding="utf-8"))
    return lock


def _package_json(catalog: Catalog) -> dict[str, Any]:
    names = ", ".join(provider.name for provider in catalog.providers)
    about = catalog.about
    exports: dict[str, Any] = {
        path: {
            "import": {"types": f"./dist/esm/{module}.d.ts", "default": f"./dist/esm/{module}.js"},
            "require": {
                "types": f"./dist/cjs/{module}.d.cts",
                "default": f"./dist/cjs/{module}.cjs",
            },
        }
        for path, module in ENTRY_POINTS.items()
    }
    exports["./package.json"] = "./package.json"
    return {
        "//": catalog.header,
        "name": "bankcodes",
        "version": catalog.spec_version,
        "description": f"Statuses and error codes of {names} as typed constants, with guards, "
        "metadata, a cross-provider taxonomy, browser listener helpers and a webhook receiver.",
        "keywords": list(about.keywords),
        "homepage": about.homepage,
        "repository": {"type": "git", "url": f"git+{about.repository}.git"},
        "license": "MIT",
        "type": "module",
        "sideEffects": False,
        "main": "./dist/cjs/index.cjs",
        "module": "./dist/esm/index.js",
        "types": "./dist/esm/index.d.ts",
        "exports": exports,
        "files": ["dist", "src", "README.md", "LICENSE"],
        "scripts": {
            "build": "tsc -p . && node scripts/build-cjs.mjs",
            "prepack": "npm run build",
        },
        "devDependencies": _lock()["packages"][""]["devDependencies"],
        "engines": {"node": ">=20"},
    }


def _package_lock(catalog: Catalog) -> dict[str, Any]:
    lock = _lock()
    root = {**lock["packages"][""], "version": catalog.spec_version}
    return {
        "//": f"{catalog.header}; the dependency tree is {paths.display(LOCK)}",
        **lock,
        "version": catalog.spec_version,
        "packages": {**lock["packages"], "": root},
    }


def _tsconfig(catalog: Catalog) -> dict[str, Any]:
    return {
        "//": catalog.header,
        "compilerOptions": {
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "lib": ["es2022", "dom"],
            "types": [],
            "strict": True,
            "noUncheckedIndexedAccess": True,
            "exactOptionalPropertyTypes": True,
            "declaration": True,
            "rootDir": "src",
            "outDir": "dist/esm",
        },
        "include": ["src"],
    }


def _provider_module(catalog: Catalog, provider: Provider) -> str:
    return render(
        "typescript/provider.ts.j2",
        header=catalog.header,
        provider=provider,
        code_sets=[_code_set_view(code_set) for code_set in provider.code_sets],
    )


def _scheme(signing: Signing) -> dict[str, object]:
    """A signing scheme as the runtime's SigningScheme union reads it (tagged by scheme)."""
    if isinstance(signing, HmacSigning):
        return {
            "scheme": "hmac",
            "headers": list(signing.headers),
            "algorithm": signing.algorithm,
            "encodings": list(signing.encodings),
            "prefix": signing.prefix,
        }
    if isinstance(signing, JwtSigning):
        return {
            "scheme": "jwt",
            "header": signing.header,
            "algorithm": signing.algorithm,
            "maxAgeSeconds": signing.max_age_seconds,
            "futureSkewSeconds": signing.future_skew_seconds,
            "bodyHashClaim": signing.body_hash_claim,
        }
    return {"scheme": "none", "transport": list(signing.transport)}


def _delivery(d: Delivery) -> dict[str, object]:
    return {
        "kind": d.kind.id,
        "eventTypeField": d.kind.root.tag.name if isinstance(d.kind.root, UnionDef) else "",
        "successStatus": d.success_status,
        "timeoutSeconds": d.timeout_seconds,
        "retryScheduleMinutes": list(d.retry_schedule_minutes or []) or None,
        "retryIntervalMinutes": d.retry_interval_minutes,
        "maxAttempts": d.max_attempts,
        "signedTimestamp": d.signed_timestamp,
        "bodyTimestamp": list(d.body_timestamp) if d.body_timestamp else None,
        "dedup": [[list(path) for path in keys] for keys in d.dedup],
        "addresses": list(d.addresses),
        "sources": [source.id for source in d.sources],
    }


def _payloads_module(catalog: Catalog) -> str:
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
    )


def _field_code_sets(field_type: FieldType) -> tuple[CodeSet, ...]:
    if isinstance(field_type, CodeType):
        return field_type.code_sets
    if isinstance(field_type, ArrayType):
        return _field_code_sets(field_type.item)
    return ()


def _listeners_module(catalog: Catalog) -> str:
    listeners = catalog.listeners
    types = sorted({event.type.ts_name for _, listener in listeners for event in listener.events})
    code_sets = {
        cs.ts_name: cs
        for _, listener in listeners
        for event in listener.events
        for cs in event.code_sets
    }
    code_types = sorted(
        (cs.provider.module, f"type {name}OrUnknown, {name}Categories")
        for name, cs in code_sets.items()
    )
    return render(
        "typescript/listeners.ts.j2",
        header=catalog.header,
        listeners=[
            _listener_view(listener, catalog.payload_limits.max_string_length)
            for _, listener in listeners
        ],
        types=types,
        code_types=code_types,
    )


def render_files(catalog: Catalog) -> Files:
    header = catalog.header
    modules = [provider.module for provider in catalog.providers]
    files = {
        f"{ROOT}/package.json": json_text(_package_json(catalog)),
        f"{ROOT}/tsconfig.json": json_text(_tsconfig(catalog)),
        f"{ROOT}/package-lock.json": json_text(_package_lock(catalog)),
        f"{ROOT}/README.md": render("typescript/README.md.j2", header=header, catalog=catalog),
        f"{SRC}/categories.ts": render(
            "typescript/categories.ts.j2",
            header=header,
            categories=[
                (
                    c.name,
                    ts_str(c.id),
                    ts_literal(
                        {
                            "title": c.title,
                            "description": c.description,
                            "retryable": c.retryable,
                            "actor": c.actor,
                            "action": c.action,
                            "equivalents": c.equivalents,
                            "endUser": {
                                language: {"message": message, "action": action}
                                for language, (message, action) in c.end_user.items()
                            }
                            or None,
                        }
                    ),
                )
                for c in catalog.categories
            ],
        ),
        f"{SRC}/sources.ts": render(
            "typescript/sources.ts.j2",
            header=header,
            sources=[
                (ts_key(s.id), ts_literal({"title": s.title, "url": s.url}))
                for s in catalog.sources
            ],
        ),
        f"{SRC}/registry.ts": render(
            "typescript/registry.ts.j2",
            header=header,
            version=ts_str(catalog.spec_version),
            providers=catalog.providers,
        ),
        f"{SRC}/payloads.ts": _payloads_module(catalog),
        f"{SRC}/listeners.ts": _listeners_module(catalog),
        f"{SRC}/signing.ts": render(
            "typescript/signing.ts.j2",
            header=header,
            schemes=[
                (ts_key(p.id), ts_literal(_scheme(p.signing)))
                for p in catalog.providers
                if p.signing is not None
            ],
            deliveries=[
                (ts_key(p.id), ts_literal(_delivery(p.delivery)))
                for p in catalog.providers
                if p.delivery is not None
            ],
        ),
        f"{SRC}/index.ts": render(
            "typescript/index.ts.j2",
            header=header,
            modules=sorted(
                [*modules, *(m for m in naming.TS_DATA_MODULES if m not in ("index", "signing"))]
                + [p.stem for p in runtime_files() if p.stem != "webhooks"]
            ),
        ),
    }
    for provider in catalog.providers:
        files[f"{SRC}/{provider.module}.ts"] = _provider_module(catalog, provider)
    return files


def runtime_copies() -> Files:
    """The hand-written runtime, its CommonJS build script and the project's licence."""
    files = {f"{SRC}/{path.name}": copied(path, "//") for path in runtime_files()}
    files[f"{ROOT}/scripts/build-cjs.mjs"] = copied(BUILD_SCRIPT, "//")
    files[f"{ROOT}/LICENSE"] = copied(paths.ROOT / "LICENSE", "#")
    return files


def format_sources(catalog: Catalog, staging: Path) -> None:
    """Format the rendered data modules (the copied runtime is formatted where it is written)."""
    copies = {f"{SRC}/{path.name}" for path in runtime_files()}
    format_typescript(
        *(p for p in sorted((staging / SRC).glob("*.ts")) if f"{SRC}/{p.name}" not in copies)
    )


TARGET = Target(
    name="typescript_package",
    roots=(ROOT,),
    render=render_files,
    finish=format_sources,
    copies=runtime_copies,
)
