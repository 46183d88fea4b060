"""Target: the TypeScript package `bankcodes` in generated/typescript/.

A source package (src/*.ts) with package.json and tsconfig.json; it builds with tsc to JS and
.d.ts. Node-only modules (signature verification) live in their own entry point so that browser
bundles never pull node:crypto.
"""

from __future__ import annotations

from typing import Any

from codegen.filters import HEADER, json_text
from codegen.model import Catalog
from codegen.render import render
from codegen.targets import Files, Target

ROOT = "generated/typescript"

#: Entry points: subpath -> module under src/.
ENTRY_POINTS = {"./signatures": "signatures"}


def _package_json(catalog: Catalog) -> dict[str, Any]:
    return {
        "//": HEADER,
        "name": "bankcodes",
        "version": catalog.spec_version,
        "description": "Webhook signature verification for Lean, Flinks and Argyle, generated "
        "from the bankcodes catalog.",
        "license": "MIT",
        "type": "module",
        "sideEffects": False,
        "exports": {
            path: {"types": f"./dist/{module}.d.ts", "default": f"./dist/{module}.js"}
            for path, module in ENTRY_POINTS.items()
        },
        "files": ["dist", "src"],
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
    return {
        f"{ROOT}/package.json": json_text(_package_json(catalog)),
        f"{ROOT}/tsconfig.json": json_text(_tsconfig()),
        f"{ROOT}/src/signatures.ts": render(
            "typescript/signatures.ts.j2", schemes=catalog.signing_schemes()
        ),
    }


TARGET = Target(name="typescript", roots=(ROOT,), render=render_files)
