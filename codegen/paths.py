"""Where the project's files are, independent of the working directory."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "catalog.json"
SPEC_SCHEMA = ROOT / "spec" / "catalog.schema.json"
RELEASED = ROOT / "spec" / "released"
CODEGEN = Path(__file__).resolve().parent
TEMPLATES = CODEGEN / "templates"
#: The hand-written behaviour of the packages, copied verbatim into generated/.
RUNTIME = CODEGEN / "runtime"
PYTHON_RUNTIME = RUNTIME / "python" / "bankcodes"
TYPESCRIPT_RUNTIME = RUNTIME / "typescript"
#: The generator's and the site's Node tools (TypeScript, prettier, esbuild, ajv), installed by
#: make setup from codegen/node/package-lock.json, and the files the site serves of the packages
#: codegen/node/assets.json pins (codegen/node_assets.py).
NODE_TOOLS = CODEGEN / "node" / "node_modules"


def display(path: Path) -> str:
    """A path as shown in messages: relative to the project when it is inside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def spec_name(path: Path) -> str:
    """A spec as the files generated from it name it: relative to the project when it is inside
    it, else by its folder and its name as it sits in a project of its own (spec/catalog.json),
    so that what a spec generates does not depend on where its project was put."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return f"{resolved.parent.name}/{resolved.name}"


def files_under(folder: Path | str, ignored: Collection[str] = ()) -> Iterator[str]:
    """The files under `folder` (a link to a file included; the folders a link names not
    entered), each by its path relative to it (POSIX), none under or named one of `ignored`."""
    pending = [(os.fspath(folder), "")]
    while pending:
        where, prefix = pending.pop()
        for entry in list(os.scandir(where)):
            if entry.name in ignored:
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, f"{prefix}{entry.name}/"))
            elif entry.is_file():
                yield prefix + entry.name
