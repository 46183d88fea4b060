"""The records of the catalog's metadata: sources, the facts of a code and of a code set.

Each record is immutable, compares by value and is built by keyword only: the generated data
modules name every field they fill, so a record's shape is written once, here.
"""

from __future__ import annotations

from bankcodes._category_info import EndUserWords as EndUserWords  # for the data modules
from bankcodes._code_facts import (
    CodeFacts,
    CodeSetFacts,
    HttpStatusFacts,
    LifecycleFacts,
    ScopeFacts,
    SourceFacts,
    TestUserFacts,
)
from bankcodes._record import Record, field
from bankcodes._site import SITE_URL
from bankcodes.categories import Category

TYPE_CHECKING = False


class Source(SourceFacts):
    """A document that a fact comes from (its fields, SourceFacts, from the spec's model): where
    it was read only in part, what was read and what was not (what the catalog says of the rest
    is "not read"); read_in_part is None when it was read whole."""


class HttpStatus(HttpStatusFacts):
    """One HTTP status that a code is returned with, with its cause and circumstances (its
    texts: HttpStatusFacts, from the spec's model)."""

    status: int
    sources: tuple[Source, ...]
    #: Whose words the cause is: "provider" (published in sources) or "bankcodes"; None
    #: without a cause.
    cause_by: str | None = None


class Wording(Record):
    """Whose words one text field of a code is."""

    #: description, message, message_translations, user_message, user_message_translations,
    #: advice, advice_translations, steps_to_reproduce or notes.
    field: str
    #: "provider": the provider's published text; "bankcodes": bankcodes' own wording.
    by: str
    #: Where the provider publishes the text, or what bankcodes' wording rests on.
    sources: tuple[Source, ...] = ()


class Equivalent(Record):
    """A code of another code set that is a closer equivalent than a shared category: the same
    meaning (the same situation) or the same customer action, and why (bankcodes' words)."""

    provider: str
    code_set: str
    #: The wire value, as text.
    value: str
    #: "meaning" or "action".
    same: str
    reason: str


class Scope(ScopeFacts):
    """Where a code applies when it is not universal (its dimensions, ScopeFacts, from the
    spec's model); an empty tuple means no restriction."""


class Lifecycle(LifecycleFacts):
    """A code that is deprecated or removed, and why: its state, its note and the facts the
    spec declares once and carries as they are (LifecycleFacts, generated from the spec's
    models)."""


class TestUser(TestUserFacts):
    """Sandbox credentials that reproduce a code (TestUserFacts, from the spec's model)."""

    __test__ = False


class CodeInfo(CodeFacts):
    """Everything the catalog knows about one code: the facts below, and those the spec
    declares once and carries as they are (CodeFacts, generated from the spec's models)."""

    value: str
    description: str
    category: Category
    sources: tuple[Source, ...]
    #: Whether the same request, repeated unchanged later, may succeed (what a program may retry
    #: with backoff): the code's own answer where its text says so, else its category's.
    retryable: bool
    #: Whether the end user can act and then try again (what an app may invite them to do):
    #: the code's own answer where it differs, else its category's.
    end_user_can_retry: bool
    #: bankcodes' words for the end user where this code differs from its category: language ->
    #: message and action (empty when the category's words fit).
    end_user: dict[str, EndUserWords] = field(default_factory=dict)
    http: tuple[HttpStatus, ...] = ()
    scope: Scope | None = None
    lifecycle: Lifecycle | None = None
    group: str | None = None
    test_user: TestUser | None = None
    #: Whose words each text field that the code has is (see whose()).
    wording: tuple[Wording, ...] = ()
    #: Where the code's section is on the reference site, below its address
    #: ("reference/provider/code_set/#ANCHOR"): the same wherever the site is published.
    page: str | None = None
    #: The address of the code's section on the published reference site (the address the
    #: package carries, bankcodes._site, followed by `page`); None when the package carries
    #: no address.
    doc_url: str | None = None
    #: Where the catalog records how its code set's statuses move on: the wire values (as text)
    #: of the statuses this one may move to next, none when it is final; else None.
    next_statuses: tuple[str, ...] | None = None
    #: The closer equivalents the catalog records, same meaning first.
    equivalents: tuple[Equivalent, ...] = ()

    if not TYPE_CHECKING:  # type checkers read the fields' keywords

        def __init__(self, **fields: object) -> None:
            page = fields.get("page")
            if fields.get("doc_url") is None and isinstance(page, str):
                fields["doc_url"] = _address(page)
            super().__init__(**fields)

    def whose(self, field: str) -> Wording | None:
        """Whose words a text field is ("description", "message", "message_translations",
        "user_message", "user_message_translations", "advice", "advice_translations",
        "steps_to_reproduce" or "notes"); None when the code has no such text."""
        for wording in self.wording:
            if wording.field == field:
                return wording
        return None

    @property
    def http_statuses(self) -> tuple[int, ...]:
        """The distinct HTTP statuses, in catalog order."""
        return tuple(dict.fromkeys(entry.status for entry in self.http))


class CodeSetInfo(CodeSetFacts):
    """What a code-set enum holds and where its values travel on the wire (its id, title,
    description and wire field), and the facts the spec declares once and carries as they are
    (CodeSetFacts, generated from the spec's models)."""

    provider: str
    sources: tuple[Source, ...]


class EndUserText(Record):
    """Words an app can show its customer when a code reaches them.

    Addressed to the customer: message is the provider's published message for the end user
    when the code has one an app can show (English only), else bankcodes' words for the code
    where its meaning differs from its category's, else the category's; action is bankcodes'
    words, never the provider's advice to the integrator (CodeInfo.advice). `*_by` says whose
    words each is: "provider", "bankcodes", or "bankcodes translation" (French, Arabic, Spanish,
    Portuguese)."""

    language: str
    message: str
    message_by: str
    action: str
    action_by: str


def _address(page: str) -> str | None:
    """The address of a page of the reference site, where the package carries the site's."""
    return None if SITE_URL is None else SITE_URL + page
