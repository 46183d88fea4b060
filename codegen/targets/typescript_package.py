"""Target: the TypeScript package `bankcodes` in generated/typescript/.

Its behaviour (classify, the listener helpers, receiving webhooks, the shapes of the data)
is the hand-written runtime of codegen/runtime/typescript/, which imports this data from beside
it: the two are put into one src/ where the package is built (codegen/assemble.py), never copied
here. What is rendered here is data: per provider an `as const` object of wire values per code
set with its union type, open type, metadata record, aliases and guard; the categories, sources
and the code set registry that classify reads; types of every payload; the listener helpers the
spec declares; and the signing schemes and delivery contracts. src/index.ts exports everything
but the webhook receiver, which has its own entry point (bankcodes/webhooks).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen import naming, paths, site_address
from codegen.filters import json_text, ts_key, ts_literal, ts_member, ts_str
from codegen.incremental import per_provider
from codegen.model import STEP_ACTORS, Catalog, Provider
from codegen.render import render
from codegen.resolve import LANGUAGES
from codegen.targets import fact_records as facts
from codegen.targets import phrases, provider_facts
from codegen.targets import typescript_entries as ts_entries
from codegen.targets import typescript_modules as ts_modules
from codegen.targets import typescript_receivers as ts_receivers
from codegen.targets import typescript_validators as ts_validators
from codegen.targets.target import Files, Target

ROOT = "generated/typescript"


SRC = f"{ROOT}/src"


#: Data modules that only the webhooks entry point imports (never src/index.ts).
WEBHOOKS = naming.TS_WEBHOOK_MODULES


#: Runtime modules only other runtime modules and the generated data import (src/index.ts exports
#: what they make public through the module that reads them: from-error re-exports CLIENT_SHAPES).
INTERNAL_RUNTIME = ("carried", "code-tables", "fields", "recognition", "times")


def runtime_files() -> list[Path]:
    return sorted(paths.TYPESCRIPT_RUNTIME.glob("*.ts"))


#: The lock file of the runtime's dependencies and the package's build tools (jose, TypeScript,
#: esbuild), maintained with `npm install --package-lock-only` in codegen/runtime/typescript/;
#: its root entry's dependencies are the package's, and it is the package's lock file where the
#: package is assembled.
LOCK = paths.TYPESCRIPT_RUNTIME / "package-lock.json"


def _lock() -> dict[str, Any]:
    lock: dict[str, Any] = json.loads(LOCK.read_text(encoding="utf-8"))
    return lock


def _package_json(catalog: Catalog) -> dict[str, Any]:
    about = catalog.about
    exports: dict[str, Any] = {
        path: {
            "import": {"types": f"./dist/esm/{module}.d.ts", "default": f"./dist/esm/{module}.js"},
            "require": {
                "types": f"./dist/cjs/{module}.d.cts",
                "default": f"./dist/cjs/{module}.cjs",
            },
        }
        for path, module in ts_entries.entry_points(catalog).items()
    }
    exports["./package.json"] = "./package.json"
    return {
        "//": catalog.header,
        "name": "bankcodes",
        "version": catalog.spec_version,
        "description": f"Statuses and error codes of {catalog.provider_names} as typed constants, "
        "with guards, metadata, a cross-provider taxonomy, browser listener helpers and a webhook "
        "receiver.",
        "keywords": list(about.keywords),
        **({} if about.homepage is None else {"homepage": about.homepage}),
        **(
            {}
            if about.repository is None
            else {"repository": {"type": "git", "url": f"git+{about.repository}.git"}}
        ),
        "license": "MIT",
        "type": "module",
        "sideEffects": False,
        "main": "./dist/cjs/index.cjs",
        "module": "./dist/esm/index.js",
        "types": "./dist/esm/index.d.ts",
        "exports": exports,
        # Resolution that predates "exports" (TypeScript's node10) finds each subpath's types here.
        "typesVersions": {
            "*": {
                path.removeprefix("./"): [f"./dist/cjs/{module}.d.cts"]
                for path, module in ts_entries.entry_points(catalog).items()
                if path != "."
            }
        },
        "files": ["dist", "src", "README.md", "LICENSE"],
        "scripts": {
            "build": "tsc -p . && node scripts/build-cjs.mjs",
            "prepack": "npm run build",
        },
        "dependencies": _lock()["packages"][""]["dependencies"],
        # Optional: the providers' own verification libraries, loaded when one of their
        # signatures is verified (a JWS scheme's signing library).
        "peerDependencies": _lock()["packages"][""]["peerDependencies"],
        "peerDependenciesMeta": _lock()["packages"][""]["peerDependenciesMeta"],
        "devDependencies": _lock()["packages"][""]["devDependencies"],
        "engines": {"node": ">=20"},
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


def render_files(catalog: Catalog) -> Files:
    return {
        f"{ROOT}/package.json": json_text(_package_json(catalog)),
        f"{ROOT}/tsconfig.json": json_text(_tsconfig(catalog)),
        f"{ROOT}/README.md": render(
            "typescript/README.md.j2",
            header=catalog.header,
            catalog=catalog,
            receivers=ts_receivers.receiving(catalog),
        ),
        f"{SRC}/categories.ts": _categories_module(catalog),
        f"{SRC}/languages.ts": render(
            "typescript/languages.ts.j2",
            header=catalog.header,
            languages=ts_literal(list(LANGUAGES)),
        ),
        f"{SRC}/code-facts.ts": facts.typescript_module(catalog),
        f"{SRC}/{site_address.TYPESCRIPT_MODULE}": site_address.module(
            "typescript", catalog.header, site_address.normalised(catalog.about.documentation)
        ),
        f"{SRC}/provider-facts.ts": provider_facts.typescript_module(catalog),
        f"{SRC}/phrases.ts": phrases.typescript_module(catalog),
        f"{SRC}/refusals.ts": phrases.typescript_refusals(catalog),
        f"{SRC}/sources.ts": render(
            "typescript/sources.ts.j2",
            header=catalog.header,
            sources=[
                ts_member(
                    s.id,
                    {"title": s.title, "url": s.url}
                    | ({"readInPart": s.read_in_part} if s.read_in_part else {}),
                )
                for s in catalog.sources
            ],
        ),
        f"{SRC}/registry.ts": render(
            "typescript/registry.ts.j2",
            header=catalog.header,
            version=ts_str(catalog.spec_version),
            providers=catalog.providers,
        ),
        f"{SRC}/payloads.ts": ts_modules.payloads_module(catalog),
        f"{SRC}/listeners.ts": ts_modules.listeners_module(catalog),
        f"{SRC}/kinds.ts": ts_modules.kinds_module(catalog),
        f"{SRC}/signing.ts": _signing_module(catalog),
        f"{SRC}/{ts_validators.MODULE}.ts": ts_validators.gathering_module(catalog),
        **{
            f"{SRC}/{ts_receivers.module_name(provider)}.ts": ts_receivers.module(catalog, provider)
            for provider in ts_receivers.receiving(catalog)
        },
        f"{SRC}/index.ts": _index_module(catalog),
        **_provider_modules(catalog),
    }


def _categories_module(catalog: Catalog) -> str:
    categories = [
        (
            c.name,
            ts_str(c.id),
            ts_literal(
                {
                    "title": c.title,
                    **facts.typescript_members(c.carried),
                    "actor": c.actor,
                    "endUser": {
                        language: {"message": message, "action": action}
                        for language, (message, action) in c.end_user.items()
                    }
                    or None,
                },
                2,
                len(ts_str(c.id)) + 3,
            ),
        )
        for c in catalog.categories
    ]
    return render(
        "typescript/categories.ts.j2",
        header=catalog.header,
        categories=categories,
        step_actors=ts_literal(STEP_ACTORS),
    )


def _signing_module(catalog: Catalog) -> str:
    delivered = [p for p in catalog.providers if p.delivery is not None]
    families = {family.name: family for family in catalog.families}
    return render(
        "typescript/signing.ts.j2",
        header=catalog.header,
        schemes=[
            ts_member(p.id, ts_receivers.scheme_facts(p.signing, families))
            for p in catalog.providers
            if p.signing is not None
        ],
        silent=[
            ts_str(p.id)
            for p in catalog.providers
            if p.signing is None and p.webhooks_undescribed is None
        ],
        undescribed=[
            ts_member(p.id, p.webhooks_undescribed.reason)
            for p in catalog.providers
            if p.webhooks_undescribed is not None
        ],
        deliveries=[
            ts_member(p.id, ts_receivers.delivery_facts(p.delivery, families["Delivery"]))
            for p in delivered
            if p.delivery
        ],
        payload_types=[
            (ts_key(p.id), p.delivery.kind.root.ts_name) for p in delivered if p.delivery
        ],
    )


def _index_module(catalog: Catalog) -> str:
    """src/index.ts: every module but the webhook receiver's and the provider entries."""
    data = [m for m in naming.TS_DATA_MODULES if m not in ("index", *WEBHOOKS)]
    runtime = [
        p.stem
        for p in runtime_files()
        if not p.stem.startswith("webhook") and p.stem not in ("entry", *INTERNAL_RUNTIME)
    ]
    modules = [provider.module for provider in catalog.providers]
    return render(
        "typescript/index.ts.j2", header=catalog.header, modules=sorted(modules + data + runtime)
    )


def _provider_modules(catalog: Catalog) -> Files:
    return {
        path: text
        for provider in catalog.providers
        for path, text in _provider_files(catalog, provider).items()
    }


@per_provider
def _provider_files(catalog: Catalog, provider: Provider) -> dict[str, str]:
    """A provider's data module, its tables, its entry, its info and its words."""
    files = {}
    files[f"{SRC}/{provider.module}.ts"] = ts_modules.provider_module(catalog, provider)
    files[f"{SRC}/tables-{provider.id}.ts"] = render(
        "typescript/tables.ts.j2", header=catalog.header, provider=provider
    )
    entry = ts_entries.entry_module_name(provider)
    files[f"{SRC}/{entry}.ts"] = ts_entries.entry_module(catalog, provider)
    info = ts_entries.info_module_name(provider)
    files[f"{SRC}/{info}.ts"] = ts_entries.info_module(catalog, provider)
    for language in ts_entries.word_languages(provider):
        words = ts_entries.words_module_name(provider, language)
        files[f"{SRC}/{words}.ts"] = ts_entries.words_module(catalog, provider, language)
    return files


def finish(catalog: Catalog, staging: Path, previous: Path | None) -> list[str]:
    """Write the webhook validators, as ajv compiles them (or, when their inputs are unchanged,
    leave them as the tree being replaced holds them: codegen.reuse; those left). The rendered
    modules need no formatter: the templates and `ts_literal` lay them out (data one member per
    line when it does not fit), so generating waits on no formatter."""
    return ts_validators.finish(catalog, staging, previous, SRC)


TARGET = Target(
    name="typescript_package",
    roots=(ROOT,),
    render=render_files,
    finish=finish,
)
