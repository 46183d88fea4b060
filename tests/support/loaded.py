"""The catalog each process of the suite loads once per set of files: `remember()` has
`codegen.loader` answer a load whose inputs are those of an earlier successful load in the same
process with that load's result, instead of reading, validating and resolving them again (about
a second for the project's spec, which the suite's in-process commands load a few dozen times).

The inputs are every file the loader reads, by content: the spec's bytes, the released catalogs
beside it (released/*.json) and the watch's results (watch.json), with the size limit in force.
A change to any of them is a new load. Where the spec is does not change what it loads to but
for the name the catalog gives it (`Catalog.spec_path`, codegen.paths.spec_name, which generated
headers show): a copy of the same files in another folder (each test's own) is answered with the
earlier load's catalog under its own name. A load that fails is never remembered, so every bad
spec is read and reported anew, naming its own path. What is returned is the loader's own
result, made of frozen records.
The last REMEMBERED loads are kept, the one answered last kept longest: the project's spec,
loaded again and again, stays; the hundreds of specs a test changes once each do not pile up.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from codegen import loader, paths
from codegen.model import Catalog
from codegen.spec import Catalog as RawCatalog

Loaded = tuple[RawCatalog, Catalog]
#: How many loads a process keeps.
REMEMBERED = 32


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _inputs(path: Path) -> tuple[object, ...] | None:
    """What a load of `path` reads, by content; None where the spec itself cannot be read."""
    spec = _digest(path)
    if spec is None:
        return None
    released = path.parent / "released"
    catalogs = sorted(released.glob("*.json")) if released.is_dir() else []
    return (
        spec,
        tuple((found.name, _digest(found)) for found in catalogs),
        _digest(path.parent / "watch.json"),
        loader.MAX_SPEC_BYTES,
    )


def remember() -> None:
    """Have this process's loads of unchanged inputs answered from the first (idempotent)."""
    load: Callable[[Path], Loaded] = loader._load
    if getattr(load, "remembers", False):
        return
    earlier: OrderedDict[tuple[object, ...], Loaded] = OrderedDict()

    def remembered(path: Path) -> Loaded:
        inputs = _inputs(path)
        if inputs is None:
            return load(path)
        name = paths.spec_name(path)
        if inputs in earlier:
            earlier.move_to_end(inputs)
            raw, catalog = earlier[inputs]
            if catalog.spec_path == name:
                return raw, catalog
            return raw, dataclasses.replace(catalog, spec_path=name)
        result = earlier[inputs] = load(path)
        if len(earlier) > REMEMBERED:
            earlier.popitem(last=False)
        return result

    remembered.remembers = True  # type: ignore[attr-defined]
    loader._load = remembered
