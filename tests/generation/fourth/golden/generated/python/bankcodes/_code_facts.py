# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
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

        own_codes: str | None
        own_codes_category: str | None
        own_codes_description: str | None

    class CategoryFactsArgs(TypedDict, total=False):
        """The carried facts of a category, as its record takes them by keyword."""

    class LifecycleFactsArgs(TypedDict, total=False):
        """The carried facts of a code's lifecycle, as its record takes them by keyword."""


class CodeFacts(Record):
    """The carried facts of a code; None where it lacks one."""

    __slots__ = ()


class CodeSetFacts(Record):
    """The carried facts of a code set; None where it lacks one."""

    __slots__ = ("own_codes", "own_codes_category", "own_codes_description")
    own_codes: str | None
    """Where the source lets a sender put a code of its own in this field, in a form it gives (a bank's own namespaced code under a standard, Org.Code): that form, as a regular expression the whole value matches. A value the code set does not list but that matches it is read as such a code (with own_codes_category and own_codes_description), never as unknown; a listed value is read as its code."""
    own_codes_category: str | None
    """The category of a code of the sender's own (own_codes): bankcodes' reading, as the form says whose code it is, not what it means."""
    own_codes_description: str | None
    """What a code of the sender's own (own_codes) is, in bankcodes' words, quoting the source where it describes the form."""


class CategoryFacts(Record):
    """The carried facts of a category; None where it lacks one."""

    __slots__ = ()


class LifecycleFacts(Record):
    """The carried facts of a code's lifecycle; None where it lacks one."""

    __slots__ = ()
