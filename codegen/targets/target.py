"""What a generation target is: the files it renders from the catalog, the folders it owns, and
what it copies verbatim. Every target module defines one TARGET of this kind."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen import paths
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
    from which it may take back an output whose recorded inputs are unchanged;
    copies: what the target writes that no catalog changes: the hand-written files it ships
    verbatim (its runtime, a licence), or the spec's own schema; a generation without them
    (`--data-only`) is what golden trees hold.
    """

    name: str
    roots: tuple[str, ...]
    render: Callable[[Catalog], Files]
    finish: Callable[[Catalog, Path, Path | None], None] | None = None
    copies: Callable[[], Files] | None = None

    def files(self, catalog: Catalog, *, data_only: bool = False) -> Files:
        """What the target writes: its rendered files and, unless data_only, its copies."""
        rendered = self.render(catalog)
        if data_only or self.copies is None:
            return rendered
        return {**rendered, **self.copies()}


def copied(path: Path, comment: str) -> str:
    """A runtime file as it goes into generated/: a header naming it, then its text unchanged."""
    source = paths.display(path)
    header = f"{comment} copied from {source} — do not edit (run `make generate`)\n"
    return header + path.read_text(encoding="utf-8")
