"""Type-checking TypeScript an app would write against the generated package, with the compilers
an app may use."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

from tests.support.helpers import JS, NODE_BIN, OWN_LIBS_UNCHECKED, install_package

#: The compilers an app may check its code with: the pinned TypeScript 7 and TypeScript 5.
COMPILERS = {
    "typescript7": [str(NODE_BIN / "tsc")],
    "typescript5": ["node", str(JS / "node_modules" / "typescript5" / "bin" / "tsc")],
}


def tsc(project: Path, compiler: str = "typescript7") -> subprocess.CompletedProcess[str]:
    """Check `project` (a folder of a tsconfig.json, or a tsconfig file) with `compiler`, in
    the project's folder: the files its errors name are relative to it."""
    return subprocess.run(
        [*COMPILERS[compiler], "-p", str(project), OWN_LIBS_UNCHECKED],
        cwd=project if project.is_dir() else project.parent,
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


#: How a frontend app checks its code: strictly, with a bundler's resolution, ES2022's and the
#: browser's declarations and no ambient types.
CONSUMER_OPTIONS: dict[str, object] = {
    "strict": True,
    "noEmit": True,
    "target": "es2022",
    "module": "esnext",
    "moduleResolution": "bundler",
    "lib": ["es2022", "dom"],
    "types": [],
    "noUncheckedIndexedAccess": True,
    "exactOptionalPropertyTypes": True,
}


def installed_consumers(
    folder: Path,
    installed: Path,
    consumers: Mapping[str, str],
    paths: Mapping[str, list[str]] | None = None,
) -> Path:
    """A project of several consumers (file name -> code, each a module of its own) checked
    against the package as an app has it installed (`installed`, linked as
    node_modules/bankcodes: the declarations it publishes), in one compile whose errors are told
    apart by file (`errors_by_file`); `paths` maps other specifiers (another tree's package)."""
    install_package(folder, installed)
    for name, code in consumers.items():
        (folder / name).write_text(code)
    options = {**CONSUMER_OPTIONS, **({"paths": dict(paths)} if paths else {})}
    config = {"compilerOptions": options, "files": sorted(consumers)}
    (folder / "tsconfig.json").write_text(json.dumps(config))
    return folder


#: A diagnostic of tsc (TypeScript 5 and 7 alike, without --pretty): FILE(LINE,COLUMN): error ….
DIAGNOSTIC = re.compile(r"^(?P<file>[^\s(][^(]*)\((?P<line>\d+),\d+\): error ")


def errors_by_file(output: str) -> dict[str, list[str]]:
    """The errors tsc printed, by the file each names (as tsc names it, relative to its working
    folder), each with its lines of detail; an error that names no file (a compiler option tsc
    refused) is kept under ""."""
    found: dict[str, list[str]] = {}
    last: list[str] | None = None
    for line in output.splitlines():
        if match := DIAGNOSTIC.match(line):
            last = found.setdefault(match["file"], [])
            last.append(line)
        elif line.startswith(" ") and last is not None and line.strip():
            last[-1] += "\n" + line
        elif "error TS" in line:
            last = found.setdefault("", [])
            last.append(line)
    return found
