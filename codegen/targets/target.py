"""What a generation target is: the files it renders from the catalog, the folders it owns, and
what it writes that no catalog changes. Every target module defines one TARGET of this kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.model import Catalog

#: Relative path (POSIX) -> file content.
Files = Mapping[str, str]


@dataclass(frozen=True)
class Target:
    """One kind of output.

    roots: the folders the target owns entirely (a generation replaces each of them whole), or
    a file it owns (written at that very path);
    render: the files, from the catalog (data only);
    finish: an optional post-step run on the written files (a formatter, a second generator),
    given the staging tree and the tree it replaces (None when nothing is replaced, as in a check),
    in which it may leave an output whose recorded inputs are unchanged (it returns their paths);
    copies: what the target writes that no catalog changes (the spec's own schema, generated
    from the spec's models); a generation without them (`--data-only`) is what golden trees
    hold. Nothing hand-written is copied into generated/: the packages are assembled from the
    runtime's home and the generated data where they are built (codegen/assemble.py).
    """

    name: str
    roots: tuple[str, ...]
    render: Callable[[Catalog], Files]
    finish: Callable[[Catalog, Path, Path | None], Iterable[str] | None] | None = None
    copies: Callable[[], Files] | None = None

    def files(self, catalog: Catalog, *, data_only: bool = False) -> Files:
        """What the target writes: its rendered files and, unless data_only, its copies."""
        rendered = self.render(catalog)
        if data_only or self.copies is None:
            return rendered
        return {**rendered, **self.copies()}
