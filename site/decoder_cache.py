"""The site's decoder as built last (site/decoder/build.mjs), kept for the next builds of the site
while what it is built from is unchanged: the decoder's own sources, the TypeScript runtime, the
project's generated TypeScript modules, JSON Schemas and code index, the generator's Node tools
(their lock) and Node's version, whose digest names a kept build. Its build costs more than any
other step's but the engine's and grows with the catalog, and most builds of the site change a
page, not the catalog.

A kept build is written whole before it is named (so a build never reads half of one), the
newest KEPT alone are kept, and one that cannot be read (removed meanwhile) is built again.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Where the builds are kept, unless a build names another folder (site/build.py --cache).
FOLDER = ROOT / "build" / "site-decoder"
#: How many builds are kept: a project's and the small projects' its tests build.
KEPT = 4
#: The folder, in the builds' own, where the decoder's build keeps the validators it compiled,
#: by their schema's digest (site/decoder/validators.mjs), which no build's digest names.
VALIDATORS = "validators"


def digest(project: Path) -> str:
    """The digest of what the decoder of `project` (the tree whose generated/ it reads) is
    built from."""
    read = [
        *sorted((ROOT / "site" / "decoder").iterdir()),
        *sorted((ROOT / "codegen" / "runtime" / "typescript").glob("*.ts")),
        ROOT / "codegen" / "node" / "package-lock.json",
        *sorted((project / "generated" / "typescript" / "src").glob("*.ts")),
        *sorted((project / "generated" / "jsonschema").rglob("*.json")),
        project / "site" / "docs" / "reference" / "codes.json",
    ]
    found = hashlib.sha256()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True)
    found.update(node.stdout.encode())
    for path in read:
        if path.is_file():
            found.update(f"\0{path.name}\0{path.stat().st_size}\0".encode())
            found.update(path.read_bytes())
    return found.hexdigest()[:32]


def kept(key: str, into: Path, folder: Path = FOLDER) -> bool:
    """Whether a build named `key` was kept, copied into `into` if so."""
    build = folder / key
    if not build.is_dir():
        return False
    try:
        shutil.copytree(build, into)
    except OSError:  # removed meanwhile, by another build keeping its own
        shutil.rmtree(into, ignore_errors=True)
        return False
    return True


def keep(key: str, built: Path, folder: Path = FOLDER) -> None:
    """The decoder `built` kept as `key`, and the oldest builds removed beyond KEPT."""
    folder.mkdir(parents=True, exist_ok=True)
    written = Path(tempfile.mkdtemp(prefix=".keeping-", dir=folder))
    shutil.copytree(built, written, dirs_exist_ok=True)
    try:
        written.rename(folder / key)
    except OSError:  # kept meanwhile by another build of the same sources
        shutil.rmtree(written, ignore_errors=True)
    builds = [
        path
        for path in folder.iterdir()
        if not path.name.startswith(".") and path.name != VALIDATORS
    ]
    for old in sorted(builds, key=lambda path: path.stat().st_mtime)[:-KEPT]:
        shutil.rmtree(old, ignore_errors=True)
