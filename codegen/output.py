"""Writing generated trees: render into a staging folder, then put it in place, or compare it
with what is committed.

A generation either replaces every target root or changes nothing: the staging tree is complete
before the first root is touched, and a failure while putting it in place puts the previous
roots back. A file the tree being replaced holds already is not written again, and only what
differs is moved: a generation after a small change touches few files. A root is a folder, or
a file the target writes at that very path (the spec's schema); a target that writes nothing in
a data-only generation (what it writes no catalog changes) takes no part in it, and its roots
are left as they are.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Any

from codegen import incremental, paths
from codegen.errors import OutputError
from codegen.model import Catalog
from codegen.reuse import digest
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
    formed: dict[str, str] | None = None,
    ready: Callable[[], None] = lambda: None,
) -> set[str]:
    """Render every target into `staging` (with the runtime copies unless `data_only`) and run
    the targets' post-steps there; `previous` is the tree being replaced, if any. The files
    left out of `staging` because `previous` holds them as they are (by their relative path), and
    the folders they are in only if something else is written there. While a generation runs
    (codegen.incremental), `formed` holds the SHA-256 of what each Python file rendered became
    once a post-step formatted it, by the digest of the generator, its path and its text: read
    (a file `previous` holds as it would become is not written) and made this build's. Each
    post-step runs once `ready` has returned (`generate`): no other program runs on what a
    catalog refused."""
    kept: set[str] = set()
    folders: set[Path] = set()
    generator = incremental.current() if formed is not None else None
    python: dict[str, str] = {}
    # Each post-step starts as soon as its target is written and runs beside the rendering of
    # the next ones: the post-steps touch disjoint roots and mostly wait on other processes
    # (ruff, node). The first error is raised once all have ended.
    with ThreadPoolExecutor(max_workers=len(targets) or 1) as pool:
        running = []
        for target in targets:
            files = target.files(catalog, data_only=data_only)
            for relative, text in sorted(files.items()):
                _check_inside(target, relative)
                path, data = staging / relative, text.encode("utf-8")
                if generator and relative.endswith((".py", ".pyi")):
                    python[relative] = digest(generator, relative, data)
                if _held(previous, relative, data, (formed or {}).get(python.get(relative, ""))):
                    kept.add(relative)
                    continue
                if path.parent not in folders:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    folders.add(path.parent)
                path.write_bytes(data)
            for root in target.roots:
                # A folder root is replaced even when nothing is written into it.
                if root not in files and (files or not data_only):
                    (staging / root).mkdir(parents=True, exist_ok=True)
            if target.finish is not None:
                running.append(
                    pool.submit(_when_ready, ready, target.finish, catalog, staging, previous)
                )
    for finished in running:
        kept.update(finished.result() or ())
    if formed is not None:
        made = {key: formed.get(key, "") for name, key in python.items() if name in kept}
        for name in python.keys() - kept:
            made[python[name]] = hashlib.sha256((staging / name).read_bytes()).hexdigest()
        formed.clear()
        formed.update(made)
    return kept


def _when_ready(
    ready: Callable[[], None],
    finish: Callable[[Catalog, Path, Path | None], Iterable[str] | None],
    catalog: Catalog,
    staging: Path,
    previous: Path | None,
) -> Iterable[str] | None:
    ready()
    return finish(catalog, staging, previous)


def _held(previous: Path | None, relative: str, data: bytes, formed: str | None) -> bool:
    """Whether the tree being replaced holds `relative` already as this generation leaves it, as
    a file of its own (not a link), so that it need not be written again: `data`, or for Python,
    which a post-step formats in place, what an earlier generation formatted `data` into (the
    SHA-256 `formed`)."""
    if previous is None:
        return False
    path = previous / relative
    try:
        found = path.lstat()
        if not stat.S_ISREG(found.st_mode):
            return False
        if relative.endswith((".py", ".pyi")):
            return formed is not None and hashlib.sha256(path.read_bytes()).hexdigest() == formed
        return found.st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


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
    catalog: Catalog,
    destination: Path,
    targets: Sequence[Target],
    *,
    data_only: bool = False,
    ready: Callable[[], None] = lambda: None,
) -> list[str]:
    """Build every target, then replace each target root under `destination` with the new one;
    the roots replaced. `ready` raises when the catalog may not be generated after all (checks
    run beside the build, codegen.loader.load_checking): it is called once the build has ended,
    however it ended, and before anything is put in place."""
    check_folder(destination)
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {paths.display(destination)}: {error.strerror}") from None
    staging = Path(tempfile.mkdtemp(prefix=".codegen-staging-", dir=destination))
    record = _record_path(destination).with_suffix(".formed")
    formed = _record(record) if incremental.current() else None
    try:
        try:
            kept = build(
                catalog,
                staging,
                targets,
                data_only=data_only,
                previous=destination,
                formed=formed,
                ready=ready,
            )
        finally:
            ready()  # a catalog refused: its problems, not what a target made of it
        placed = _place(staging, destination, roots(targets), kept)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if formed is not None:  # what its Python became once formatted (`build`)
        _keep(record, destination, formed)
    return placed


#: Where the records of the last generation into each tree are kept (build/, which git ignores):
#: each file names its tree on its first line, then holds the record as JSON.
RECORDS = paths.ROOT / "build" / "generations"


def _record_path(destination: Path) -> Path:
    key = hashlib.sha256(str(destination.resolve()).encode()).hexdigest()[:16]
    return RECORDS / f"{key}.json"


def _digests(
    destination: Path, root_names: Sequence[str], known: Mapping[str, Any] | None = None
) -> tuple[dict[str, str], dict[str, list[int]]]:
    """The SHA-256 of every file under the roots, by its path in the tree, and what its status
    says of it (size, time of change, inode): the digest `known` records (a record of `remember`)
    for a file whose status is the one it records is taken as it is, not read again."""
    found, stats = {}, {}
    files, said = (known or {}).get("files", {}), (known or {}).get("stats", {})
    for root in root_names:
        tree = destination / root
        for relative in [""] if tree.is_file() else _files(tree):
            name = f"{root}/{relative}".rstrip("/")
            info = (destination / name).stat()
            stats[name] = [info.st_size, info.st_mtime_ns, info.st_ino]
            if said.get(name) == stats[name] and isinstance(files.get(name), str):
                found[name] = files[name]
            else:
                found[name] = hashlib.sha256((destination / name).read_bytes()).hexdigest()
    return found, stats


def unchanged(destination: Path, inputs: str, also: Sequence[str] = ()) -> list[str] | None:
    """The roots of the last generation into `destination` when its inputs (codegen.reuse.
    generation_inputs) were `inputs` and its files (and the files `also` names, which it
    rewrote in part) are all there as it left them, and no other: a generation of the same
    inputs would write the same bytes. None otherwise."""
    try:
        record = _record(_record_path(destination))
        roots: list[str] = record["roots"]
        if record["inputs"] != inputs or record["also"] != list(also):
            return None
        return roots if _digests(destination, [*roots, *also])[0] == record["files"] else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _keep(path: Path, destination: Path, record: Mapping[str, object]) -> None:
    """Keep `record`, of the last generation into `destination`, at `path` (after its tree)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_suffix(f".{os.getpid()}")
    staging.write_text(f"{destination.resolve()}\n{json.dumps(record)}", encoding="utf-8")
    staging.replace(path)


def _record(path: Path) -> dict[str, Any]:
    """A record of the last generation into a tree, kept at `path` (`_keep`); empty when there
    is none (or it cannot be read)."""
    try:
        found = json.loads(path.read_text(encoding="utf-8").partition("\n")[2])
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def remember(destination: Path, inputs: str, roots: Sequence[str], also: Sequence[str]) -> None:
    """Record what a generation of `inputs` left in `destination` (read by `unchanged`), and
    drop the records of trees that are gone."""
    path = _record_path(destination)
    files, stats = _digests(destination, [*roots, *also], _record(path))
    record = {"inputs": inputs, "roots": list(roots), "also": list(also), "files": files}
    _keep(path, destination, record | {"stats": stats})
    for other in RECORDS.glob("*.json"):
        try:
            with other.open(encoding="utf-8") as lines:
                gone = not Path(lines.readline().rstrip("\n")).is_dir()
            if gone:
                other.unlink()
                other.with_suffix(".formed").unlink(missing_ok=True)
        except OSError:  # another generation's, replaced or dropped meanwhile
            continue


def check_folder(tree: Path) -> None:
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


def _place(
    staging: Path, destination: Path, root_names: Sequence[str], kept: set[str]
) -> list[str]:
    """Put each root of `staging` in place under `destination`, with the files `kept` there as
    they are; the roots that took part. Only what differs is moved: the files replaced and
    those no longer generated go to a folder removed at the end; a failure moves every one
    back."""
    trash = Path(tempfile.mkdtemp(prefix=".codegen-old-", dir=destination))
    moves: list[tuple[Path, Path]] = []

    def move(source: Path, target: Path) -> None:
        os.rename(source, target)
        moves.append((source, target))

    def away(path: Path) -> None:
        move(path, trash / str(len(moves)))

    # A folder staging lacks is kept when it holds kept files (the others in it are not).
    kept = kept | {path.rsplit("/", n)[0] for path in kept for n in range(1, path.count("/") + 1)}
    placed: list[str] = []
    try:
        for root in root_names:
            new, current = staging / root, destination / root
            if new.is_dir() and current.is_dir() and not current.is_symlink():
                _merge(new, current, root, kept, move, away)
            elif root in kept:
                pass
            elif new.exists():
                current.parent.mkdir(parents=True, exist_ok=True)
                if current.exists() or current.is_symlink():
                    away(current)
                move(new, current)
            else:
                continue  # a target that took no part in this generation
            placed.append(root)
    except BaseException:
        for source, target in reversed(moves):
            os.rename(target, source)
        raise
    else:
        return placed
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def _merge(
    new: Path,
    current: Path,
    relative: str,
    kept: set[str],
    move: Callable[[Path, Path], None],
    away: Callable[[Path], None],
) -> None:
    """Make the folder `current` what the staged folder `new` is, with the files `kept` in it
    (`relative`: its path in the tree): what differs moves."""
    staged = {entry.name: entry for entry in os.scandir(new)} if new.is_dir() else {}
    for entry in list(os.scandir(current)):
        there, path = staged.get(entry.name), f"{relative}/{entry.name}"
        if there is None and path in kept:
            if entry.is_dir(follow_symlinks=False):
                _merge(new / entry.name, Path(entry.path), path, kept, move, away)
            if not entry.is_symlink():
                continue
        if there is None or there.is_dir() != entry.is_dir(follow_symlinks=False):
            away(Path(entry.path))
        elif there.is_dir():
            _merge(Path(there.path), Path(entry.path), path, kept, move, away)
            del staged[entry.name]
        elif entry.is_file(follow_symlinks=False) and filecmp.cmp(there.path, entry.path, False):
            del staged[entry.name]
        else:
            away(Path(entry.path))
    for name, entry in staged.items():
        move(Path(entry.path), current / name)


def differences(
    catalog: Catalog, committed: Path, targets: Sequence[Target], *, data_only: bool = False
) -> list[str]:
    """Every file under the target roots that differs between a fresh build and `committed`."""
    check_folder(committed)
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
    if folder.is_dir():
        yield from paths.files_under(folder, IGNORED_NAMES)
