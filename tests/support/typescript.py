"""Type-checking TypeScript an app would write against the generated package, with the compilers
an app may use."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support.helpers import (
    GENERATED_PACKAGE,
    JS,
    NODE_BIN,
    OWN_LIBS_UNCHECKED,
    assembled_package,
)

#: The generated half of the package (a consumer project assembles it with the runtime).
PACKAGE = GENERATED_PACKAGE
#: Where a consumer project holds the package it is checked against.
PACKAGE_FOLDER = "bankcodes-package"
#: The compilers an app may check its code with: the pinned TypeScript 7 and TypeScript 5.
COMPILERS = {
    "typescript7": [str(NODE_BIN / "tsc")],
    "typescript5": ["node", str(JS / "node_modules" / "typescript5" / "bin" / "tsc")],
}


def tsc(project: Path, compiler: str = "typescript7") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMPILERS[compiler], "-p", str(project), OWN_LIBS_UNCHECKED],
        capture_output=True,
        text=True,
        check=False,
    )


def compile_node_app(
    app: Path, files: list[str], compiler: str = "typescript7", **options: object
) -> subprocess.CompletedProcess[str]:
    """Compile `files` of `app` as a Node app in ES modules would (strict, nodenext resolution,
    no ambient types unless `options` name them), with `options` added to or replacing the
    compiler options; `app` gets its package.json and tsconfig.json."""
    (app / "package.json").write_text(json.dumps({"type": "module", "private": True}))
    config = {
        "compilerOptions": {
            "strict": True,
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "types": [],
            **options,
        },
        "files": files,
    }
    (app / "tsconfig.json").write_text(json.dumps(config))
    return tsc(app, compiler)


def consumer_project(folder: Path, consumer: str, package: Path = PACKAGE) -> Path:
    """A project checking `consumer` against the package built from `package` (a generated
    half, assembled with the runtime in the project's folder)."""
    package = assembled_package(folder / PACKAGE_FOLDER, package)
    (folder / "consumer.ts").write_text(consumer)
    config = {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "es2022",
            "module": "esnext",
            "moduleResolution": "bundler",
            "lib": ["es2022", "dom"],
            "types": [],
            "noUncheckedIndexedAccess": True,
            "exactOptionalPropertyTypes": True,
            "paths": {"bankcodes": [str(package / "src" / "index")]},
        },
        "files": ["consumer.ts"],
    }
    (folder / "tsconfig.json").write_text(json.dumps(config))
    return folder
