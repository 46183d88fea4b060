"""The generation targets. Each module in this package defines one TARGET; adding a target means
adding a module and listing it in TARGETS."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.model import Catalog

#: Relative path (POSIX) -> file content.
Files = Mapping[str, str]


@dataclass(frozen=True)
class Target:
    """One kind of output.

    roots: the folders the target owns entirely (a generation replaces each of them whole);
    render: the files, from the catalog;
    finish: an optional post-step run on the written files (a formatter, a second generator).
    """

    name: str
    roots: tuple[str, ...]
    render: Callable[[Catalog], Files]
    finish: Callable[[Catalog, Path], None] | None = None


def all_targets() -> tuple[Target, ...]:
    from codegen.targets import jsonschema, models, python, site, typescript

    return (jsonschema.TARGET, python.TARGET, models.TARGET, typescript.TARGET, site.TARGET)
