# generated from spec/catalog.json — do not edit (run `make generate`)
"""The facts the spec's models declare once and the package carries as they are
(codegen/spec/carried.py): the fields CodeInfo, CodeSetInfo, CategoryInfo and Lifecycle take
from their bases CodeFacts, CodeSetFacts, CategoryFacts and LifecycleFacts."""

from __future__ import annotations

from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:  # the keywords' types, for type checkers only (typing is not imported)
    from typing import TypedDict

    class CodeFactsArgs(TypedDict, total=False):
        """The carried facts of a code, as its record takes them by keyword."""

    class CodeSetFactsArgs(TypedDict, total=False):
        """The carried facts of a code set, as its record takes them by keyword."""

    class CategoryFactsArgs(TypedDict, total=False):
        """The carried facts of a category, as its record takes them by keyword."""

    class LifecycleFactsArgs(TypedDict, total=False):
        """The carried facts of a code's lifecycle, as its record takes them by keyword."""


class CodeFacts(Record):
    """The carried facts of a code; None where it lacks one."""

    __slots__ = ()


class CodeSetFacts(Record):
    """The carried facts of a code set; None where it lacks one."""

    __slots__ = ()


class CategoryFacts(Record):
    """The carried facts of a category; None where it lacks one."""

    __slots__ = ()


class LifecycleFacts(Record):
    """The carried facts of a code's lifecycle; None where it lacks one."""

    __slots__ = ()
