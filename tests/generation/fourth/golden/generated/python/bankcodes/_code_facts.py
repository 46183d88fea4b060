# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The per-code facts the spec's models declare once and the package carries as they are
(codegen/spec/carried.py): the fields CodeInfo takes from its base CodeFacts."""

from __future__ import annotations

from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:  # the keywords' types, for type checkers only (typing is not imported)
    from typing import TypedDict

    class CodeFactsArgs(TypedDict, total=False):
        """The carried facts, as CodeInfo takes them by keyword."""


class CodeFacts(Record):
    """The carried facts of a code; None where the code lacks one."""

    __slots__ = ()
