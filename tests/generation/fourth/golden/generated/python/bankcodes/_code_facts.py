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

        next_step: str | None
        state: str | None
        state_reason: str | None
        wait_seconds: int | None
        max_attempts: int | None
        fact_sources: dict[str, tuple[str, ...]] | None

    class CodeSetFactsArgs(TypedDict, total=False):
        """The carried facts of a code set, as its record takes them by keyword."""

        states: bool | None
        own_codes: str | None
        own_codes_category: str | None
        own_codes_description: str | None

    class CategoryFactsArgs(TypedDict, total=False):
        """The carried facts of a category, as its record takes them by keyword."""

        next_step: str | None
        state: str | None

    class LifecycleFactsArgs(TypedDict, total=False):
        """The carried facts of a code's lifecycle, as its record takes them by keyword."""


class CodeFacts(Record):
    """The carried facts of a code; None where it lacks one."""

    __slots__ = (
        "next_step",
        "state",
        "state_reason",
        "wait_seconds",
        "max_attempts",
        "fact_sources",
    )
    next_step: str | None
    """What to do now, where the code's source says otherwise than its category (a consent's expiry in reconnect_required: renew_consent)."""
    state: str | None
    """The connection state the code stands for, where it differs from its category's (a status of a code set with states: true)."""
    state_reason: str | None
    """Why the code stands for its state (required with state): the source's words where fact_sources.state names the source, else bankcodes' reading."""
    wait_seconds: int | None
    """How long to wait before the request is sent again, as the sources in fact_sources.wait_seconds state it."""
    max_attempts: int | None
    """How many times the request may be sent in all, the first counted, as the sources in fact_sources.max_attempts state it."""
    fact_sources: dict[str, tuple[str, ...]] | None
    """The sources of next_step, state, wait_seconds and max_attempts, by field (required for a wait and a number of attempts; a next step or a state without them is bankcodes' reading of the code's sources, with the reason in notes)."""


class CodeSetFacts(Record):
    """The carried facts of a code set; None where it lacks one."""

    __slots__ = ("states", "own_codes", "own_codes_category", "own_codes_description")
    states: bool | None
    """true where the codes are a connection's, an item's, a link's or a consent's statuses: every code then has a state, its own or its category's."""
    own_codes: str | None
    """Where the source lets a sender put a code of its own in this field, in a form it gives (a bank's own namespaced code under a standard, Org.Code): that form, as a regular expression the whole value matches. A value the code set does not list but that matches it is read as such a code (with own_codes_category and own_codes_description), never as unknown; a listed value is read as its code."""
    own_codes_category: str | None
    """The category of a code of the sender's own (own_codes): bankcodes' reading, as the form says whose code it is, not what it means."""
    own_codes_description: str | None
    """What a code of the sender's own (own_codes) is, in bankcodes' words, quoting the source where it describes the form."""


class CategoryFacts(Record):
    """The carried facts of a category; None where it lacks one."""

    __slots__ = ("next_step", "state")
    next_step: str | None
    """What to do now when a code of the category comes (every category has one; the rules check it): bankcodes' reading."""
    state: str | None
    """The connection state a code of the category stands for, where its codes are a connection's or a consent's statuses: bankcodes' reading."""


class LifecycleFacts(Record):
    """The carried facts of a code's lifecycle; None where it lacks one."""

    __slots__ = ()
