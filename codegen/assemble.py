"""The packages assembled from their two homes: the hand-written runtime (codegen/runtime/) and
the data the generator writes (generated/). Nothing is committed twice; each package is put
together where it is used.

- `python_view(dest, generated)`: dest/bankcodes as links to every runtime module and to every
  generated file. The development install (`make setup`) and the type checker read
  build/python/bankcodes; `make setup`, `make generate` and every test run refresh its links,
  and an edit in either home is seen at once. The wheel and the sdist need no view: hatchling
  rewrites both homes into one `bankcodes/` (`sources` in pyproject.toml).
- `typescript_package(dest, generated)`: the npm package's folder as `npm pack` takes it: the
  generated package.json, README and tsconfig, src/ with the generated modules and the
  runtime's, and the runtime's build script and lock file, and the project's licence. These are
  copies made at build time (TypeScript compiles a module where it lies, and resolves its
  relative imports from there); `make setup` keeps one in build/typescript with the package's
  dependencies installed. With `site_url` (`make packages SITE_URL=…`), src/site.ts carries
  that address of the published reference site in place of the generated one
  (codegen/site_address.py).

    python -m codegen.assemble python DEST [--generated FOLDER]
    python -m codegen.assemble typescript DEST [--generated FOLDER] [--site-url URL]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from codegen import paths, site_address

#: The development view of the Python package (build/ is ignored by git).
PYTHON_VIEW = paths.ROOT / "build" / "python"
#: The npm package assembled for development, with its dependencies installed.
TYPESCRIPT_PACKAGE = paths.ROOT / "build" / "typescript"
#: The generated halves of both packages.
GENERATED_PYTHON = paths.ROOT / "generated" / "python" / "bankcodes"
GENERATED_TYPESCRIPT = paths.ROOT / "generated" / "typescript"
#: What the TypeScript runtime brings to the package besides its modules.
TYPESCRIPT_EXTRAS = {
    "scripts/build-cjs.mjs": paths.TYPESCRIPT_RUNTIME / "scripts" / "build-cjs.mjs",
    "package-lock.json": paths.TYPESCRIPT_RUNTIME / "package-lock.json",
    "LICENSE": paths.ROOT / "LICENSE",
}
#: What stays in an assembled npm package folder from one assembly to the next.
KEPT = frozenset({"node_modules", "dist"})


class AssemblyError(Exception):
    """The two homes cannot make one package: the same name in both, or a home missing."""


def python_parts(generated: Path = GENERATED_PYTHON) -> dict[str, Path]:
    """Every name of the package `bankcodes` and the file or folder it comes from."""
    runtime = {path.name: path for path in _listed(paths.PYTHON_RUNTIME) if path.suffix == ".py"}
    data = {path.name: path for path in _listed(generated) if path.name != "__pycache__"}
    return _joined(runtime, data)


def typescript_parts(generated: Path = GENERATED_TYPESCRIPT) -> dict[str, Path]:
    """Every file of the npm package's folder (a path relative to it) and where it comes from."""
    runtime = {f"src/{p.name}": p for p in _listed(paths.TYPESCRIPT_RUNTIME) if p.suffix == ".ts"}
    data = {f"src/{path.name}": path for path in _listed(generated / "src")}
    for name in ("package.json", "README.md", "tsconfig.json"):
        data[name] = generated / name
    return _joined({**runtime, **TYPESCRIPT_EXTRAS}, data)


def python_view(dest: Path = PYTHON_VIEW, generated: Path = GENERATED_PYTHON) -> Path:
    """Make dest/bankcodes the package as links to its two homes (stale links removed, the
    interpreter's caches kept), and return dest (the folder to put on the import path). Each
    link is replaced in one step, so that processes refreshing the same view at once agree."""
    wanted = python_parts(generated)
    package = dest / "bankcodes"
    package.mkdir(parents=True, exist_ok=True)
    for entry in package.iterdir():
        if entry.name not in wanted and entry.name != "__pycache__" and not _spare(entry):
            _remove(entry)
    for name, source in wanted.items():
        link = package / name
        target = os.path.relpath(source, package)
        if link.is_symlink() and os.readlink(link) == target:
            continue
        spare = package / f".{name}.{os.getpid()}.link"
        spare.unlink(missing_ok=True)
        spare.symlink_to(target, target_is_directory=source.is_dir())
        if link.exists() and not link.is_symlink():
            _remove(link)
        os.replace(spare, link)
    return dest


def typescript_package(
    dest: Path = TYPESCRIPT_PACKAGE,
    generated: Path = GENERATED_TYPESCRIPT,
    site_url: str | None = None,
) -> Path:
    """Make dest the npm package's folder (copies of both homes; its node_modules and dist/
    kept), carrying `site_url` where given, and return it."""
    wanted = typescript_parts(generated)
    dest.mkdir(parents=True, exist_ok=True)
    for entry in dest.iterdir():
        if entry.name not in KEPT:
            _remove(entry)
    for relative, source in sorted(wanted.items()):
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    address = site_address.normalised(site_url)
    if address is not None:
        module = dest / "src" / site_address.TYPESCRIPT_MODULE
        module.write_text(site_address.module("typescript", site_address.STAMPED, address), "utf-8")
    return dest


def _listed(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise AssemblyError(f"{paths.display(folder)}: no such folder (run make generate)")
    return sorted(folder.iterdir())


def _joined(runtime: Mapping[str, Path], data: Mapping[str, Path]) -> dict[str, Path]:
    both = sorted(set(runtime) & set(data))
    if both:
        pairs = "; ".join(f"{paths.display(runtime[n])} and {paths.display(data[n])}" for n in both)
        raise AssemblyError(f"the runtime and the generated data both hold {pairs}")
    return {**runtime, **data}


def _spare(entry: Path) -> bool:
    """A link another process is about to put in place."""
    return entry.name.startswith(".") and entry.name.endswith(".link")


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.assemble", description=__doc__)
    parser.add_argument("package", choices=("python", "typescript"))
    parser.add_argument("dest", type=Path)
    parser.add_argument("--generated", type=Path, help="the generated half (default: this tree's)")
    parser.add_argument(
        "--site-url", default="", help="the published site's address (default: the generated)"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        if args.package == "python":
            python_view(args.dest, args.generated or GENERATED_PYTHON)
        else:
            typescript_package(args.dest, args.generated or GENERATED_TYPESCRIPT, args.site_url)
    except (AssemblyError, site_address.AddressError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
