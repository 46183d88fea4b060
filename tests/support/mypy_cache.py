"""The suite's mypy checks (the `mypy_strict` fixture of tests/conftest.py) start from a copy of
the cache `make lint` keeps (.mypy_cache, of mypy --strict over the project's folders and the
package, which `make test` runs beside the suite): what lint analysed (the standard library,
pydantic, the package) is read back, not analysed again. mypy's incremental mode answers as a
check without a cache does."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def copy(linted: Path, cache: Path) -> None:
    """lint's mypy cache (its SQLite databases) copied into `cache`, where it exists: each
    database copied by SQLite's backup, which copies a whole state of it even while lint's mypy
    writes to it (mypy reads again what a later state of a file made stale)."""
    for source in sorted(linted.glob("*/*.db")):
        target = cache / source.relative_to(linted)
        target.parent.mkdir(parents=True, exist_ok=True)
        given = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=60)
        with contextlib.closing(given), contextlib.closing(sqlite3.connect(target)) as copied:
            given.backup(copied)
