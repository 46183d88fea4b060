"""Writing generated trees: render into a staging folder, then swap whole roots into place, or
compare them with what is committed.

A generation either replaces every target root or changes nothing: the staging tree is complete
before the first root is touched, and a failure while swapping puts the previous roots back. A
root is a folder, or a file the target writes at that very path (the spec's schema); a target
that writes nothing in a data-only generation (what it writes no catalog changes) takes no part
in it, and its roots are left as they are.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

from codegen import paths
from codegen.errors import OutputError
from codegen.model import Catalog
from codegen.targets.target import Target

#: Caches and build outputs that may sit in a generated folder without being generated.
IGNORED_NAMES = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".DS_Store", "dist", "node_modules"}
)


def build(
    catalog: Catalog,
    staging: Path,
    targets: Sequence[Target],
    *,
    data_only: bool = False,
    previous: Path | None = None,
) -> None:
    """Render every target into `staging` (with the runtime copies unless `data_only`) and run
    the targets' post-steps there; `previous` is the tree being replaced, if any."""
    # Each post-step starts as soon as its target is written and runs beside the rendering of
    # the next ones: the post-steps touch disjoint roots and mostly wait on other processes
    # (ruff, node). The first error is raised once all have ended.
    with ThreadPoolExecutor(max_workers=len(targets) or 1) as pool:
        running = []
        for target in targets:
            files = target.files(catalog, data_only=data_only)
            for relative, text in sorted(files.items()):
                _check_inside(target, relative)
                path = staging / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                data = text.encode("utf-8")
                if not _linked(previous, relative, data, path):
                    path.write_bytes(data)
            for root in target.roots:
                # A folder root is replaced even when nothing is written into it.
                if root not in files and (files or not data_only):
                    (staging / root).mkdir(parents=True, exist_ok=True)
            if target.finish is not None:
                running.append(pool.submit(target.finish, catalog, staging, previous))
    for finished in running:
        finished.result()


def _linked(previous: Path | None, relative: str, data: bytes, path: Path) -> bool:
    """Link `path` to the file at `relative` in the tree being replaced when it holds `data`
    already, so that an unchanged file is not written again; whether it did. Python is always
    written: a post-step formats it in place."""
    if previous is None or relative.endswith(".py"):
        return False
    old = previous / relative
    try:
        if old.stat().st_size != len(data) or old.read_bytes() != data:
            return False
        os.link(old, path)
    except OSError:
        return False
    return True


def _check_inside(target: Target, relative: str) -> None:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts:
        raise OutputError(f"target {target.name}: path {relative!r} leaves the tree")
    if not any(path.is_relative_to(root) for root in target.roots):
        raise OutputError(f"target {target.name}: {relative} is outside its roots {target.roots}")


def roots(targets: Sequence[Target]) -> list[str]:
    """The outermost roots: a target may own a folder or file inside another target's root."""
    every = {PurePosixPath(root) for target in targets for root in target.roots}
    return [
        root.as_posix()
        for root in sorted(every)
        if not any(root != other and root.is_relative_to(other) for other in every)
    ]


def generate(
    catalog: Catalog, destination: Path, targets: Sequence[Target], *, data_only: bool = False
) -> list[str]:
    """Build every target, then replace each target root under `destination` with the new one;
    the roots replaced."""
    _check_folder(destination)
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {paths.display(destination)}: {error.strerror}") from None
    staging = Path(tempfile.mkdtemp(prefix=".codegen-staging-", dir=destination))
    try:
        build(catalog, staging, targets, data_only=data_only, previous=destination)
        return _swap(staging, destination, roots(targets))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


#: Where the records of the last generation into each tree are kept (build/, which git ignores):
#: each file names its tree on its first line, then holds the record as JSON.
RECORDS = paths.ROOT / "build" / "generations"


def _record_path(destination: Path) -> Path:
    key = hashlib.sha256(str(destination.resolve()).encode()).hexdigest()[:16]
    return RECORDS / f"{key}.json"


def _digests(destination: Path, root_names: Sequence[str]) -> dict[str, str]:
    """The SHA-256 of every file under the roots, by its path in the tree."""
    found = {}
    for root in root_names:
        tree = destination / root
        files = [""] if tree.is_file() else _files(tree)
        for relative in files:
            name = f"{root}/{relative}".rstrip("/")
            found[name] = hashlib.sha256((destination / name).read_bytes()).hexdigest()
    return found


def unchanged(destination: Path, inputs: str, also: Sequence[str] = ()) -> list[str] | None:
    """The roots of the last generation into `destination` when its inputs (codegen.reuse.
    generation_inputs) were `inputs` and its files (and the files `also` names, which it
    rewrote in part) are all there as it left them, and no other: a generation of the same
    inputs would write the same bytes. None otherwise."""
    try:
        text = _record_path(destination).read_text(encoding="utf-8")
        record = json.loads(text.partition("\n")[2])
        roots: list[str] = record["roots"]
        if record["inputs"] != inputs or record["also"] != list(also):
            return None
        return roots if _digests(destination, [*roots, *also]) == record["files"] else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(destination: Path, inputs: str, roots: Sequence[str], also: Sequence[str]) -> None:
    """Record what a generation of `inputs` left in `destination` (read by `unchanged`), and
    drop the records of trees that are gone."""
    files = _digests(destination, [*roots, *also])
    record = {"inputs": inputs, "roots": list(roots), "also": list(also), "files": files}
    path = _record_path(destination)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_suffix(".writing")
    staging.write_text(f"{destination.resolve()}\n{json.dumps(record)}", encoding="utf-8")
    staging.replace(path)
    for other in RECORDS.glob("*.json"):
        try:
            with other.open(encoding="utf-8") as lines:
                gone = not Path(lines.readline().rstrip("\n")).is_dir()
            if gone:
                other.unlink()
        except OSError:  # another generation's, replaced or dropped meanwhile
            continue


def _check_folder(tree: Path) -> None:
    """The tree the outputs go in (--out) is a folder, or nothing yet: neither a file nor a path
    through one."""
    for part in (tree, *tree.parents):
        if part.exists():
            if part.is_dir():
                return
            where = (
                "is not a folder" if part == tree else f"is inside {paths.display(part)}, a file"
            )
            raise OutputError(f"--out {paths.display(tree)} {where}")


def _swap(staging: Path, destination: Path, root_names: Sequence[str]) -> list[str]:
    trash = Path(tempfile.mkdtemp(prefix=".codegen-old-", dir=destination))
    moved_away: list[str] = []
    placed: list[str] = []
    try:
        for root in root_names:
            if not (staging / root).exists():
                continue  # a target that took no part in this generation
            current = destination / root
            current.parent.mkdir(parents=True, exist_ok=True)
            if current.exists():
                (trash / root).parent.mkdir(parents=True, exist_ok=True)
                os.rename(current, trash / root)
                moved_away.append(root)
            os.rename(staging / root, current)
            placed.append(root)
    except BaseException:
        for root in reversed(placed):
            os.rename(destination / root, staging / root)
        for root in reversed(moved_away):
            os.rename(trash / root, destination / root)
        raise
    else:
        return placed
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def differences(
    catalog: Catalog, committed: Path, targets: Sequence[Target], *, data_only: bool = False
) -> list[str]:
    """Every file under the target roots that differs between a fresh build and `committed`."""
    _check_folder(committed)
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as folder:
        staging = Path(folder)
        build(catalog, staging, targets, data_only=data_only)
        problems: list[str] = []
        for root in roots(targets):
            if not (staging / root).exists():
                continue  # a target that took no part in this check
            if (staging / root).is_file():
                problems += _file_differences(root, staging, committed)
                continue
            fresh = set(_files(staging / root))
            present = set(_files(committed / root))
            for relative in sorted(fresh | present):
                shown = f"{root}/{relative}"
                if relative not in present:
                    problems.append(f"{shown}: missing")
                elif relative not in fresh:
                    problems.append(f"{shown}: not generated from the spec (remove it)")
                elif not filecmp.cmp(staging / root / relative, committed / root / relative, False):
                    problems.append(f"{shown}: differs from what the spec generates")
        return problems


def _file_differences(root: str, staging: Path, committed: Path) -> list[str]:
    """A root that is one file: missing, or differing from what is generated."""
    if not (committed / root).is_file():
        return [f"{root}: missing"]
    if not filecmp.cmp(staging / root, committed / root, False):
        return [f"{root}: differs from what the spec generates"]
    return []


def _files(folder: Path) -> Iterator[str]:
    if not folder.is_dir():
        return
    for path in folder.rglob("*"):
        if any(part in IGNORED_NAMES for part in path.relative_to(folder).parts):
            continue
        if path.is_file():
            yield path.relative_to(folder).as_posix()
