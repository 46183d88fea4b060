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
from bankcodes._record import Record
from bankcodes._site import SITE_URL
from bankcodes.categories import Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Unpack

    from bankcodes._code_facts import CodeFactsArgs, CodeSetFactsArgs, HttpStatusFactsArgs


class Source(SourceFacts):
    """A document that a fact comes from (its fields, SourceFacts, from the spec's model): where
    it was read only in part, what was read and what was not (what the catalog says of the rest
    is "not read"); read_in_part is None when it was read whole."""

    __slots__ = ()


class HttpStatus(HttpStatusFacts):
    """One HTTP status that a code is returned with, with its cause and circumstances (its
    texts: HttpStatusFacts, from the spec's model)."""

    __slots__ = ("status", "sources", "cause_by")
    status: int
    sources: tuple[Source, ...]
    #: Whose words the cause is: "provider" (published in sources) or "bankcodes"; None
    #: without a cause.
    cause_by: str | None

    def __init__(
        self,
        *,
        status: int,
        sources: tuple[Source, ...],
        cause_by: str | None = None,
        **facts: Unpack[HttpStatusFactsArgs],
    ) -> None:
        super().__init__(**facts, status=status, sources=sources, cause_by=cause_by)


class Wording(Record):
    """Whose words one text field of a code is."""

    __slots__ = ("field", "by", "sources")
    #: description, message, message_translations, user_message, user_message_translations,
    #: advice, advice_translations, steps_to_reproduce or notes.
    field: str
    #: "provider": the provider's published text; "bankcodes": bankcodes' own wording.
    by: str
    #: Where the provider publishes the text, or what bankcodes' wording rests on.
    sources: tuple[Source, ...]

    def __init__(self, *, field: str, by: str, sources: tuple[Source, ...] = ()) -> None:
        super().__init__(field=field, by=by, sources=sources)


class Equivalent(Record):
    """A code of another code set that is a closer equivalent than a shared category: the same
    meaning (the same situation) or the same customer action, and why (bankcodes' words)."""

    __slots__ = ("provider", "code_set", "value", "same", "reason")
    provider: str
    code_set: str
    #: The wire value, as text.
    value: str
    #: "meaning" or "action".
    same: str
    reason: str

    def __init__(self, *, provider: str, code_set: str, value: str, same: str, reason: str) -> None:
        super().__init__(
            provider=provider, code_set=code_set, value=value, same=same, reason=reason
        )


class Scope(ScopeFacts):
    """Where a code applies when it is not universal (its dimensions, ScopeFacts, from the
    spec's model); an empty tuple means no restriction."""

    __slots__ = ()


class Lifecycle(LifecycleFacts):
    """A code that is deprecated or removed, and why: its state, its note and the facts the
    spec declares once and carries as they are (LifecycleFacts, generated from the spec's
    models)."""

    __slots__ = ()


class TestUser(TestUserFacts):
    """Sandbox credentials that reproduce a code (TestUserFacts, from the spec's model)."""

    __test__ = False
    __slots__ = ()


class CodeInfo(CodeFacts):
    """Everything the catalog knows about one code: the facts below, and those the spec
    declares once and carries as they are (CodeFacts, generated from the spec's models)."""

    __slots__ = (
        "value",
        "description",
        "category",
        "sources",
        "retryable",
        "end_user_can_retry",
        "message",
        "message_translations",
        "advice",
        "advice_translations",
        "end_user",
        "user_message",
        "user_message_translations",
        "user_message_offered",
        "editorial",
        "http",
        "scope",
        "lifecycle",
        "aliases",
        "notes",
        "group",
        "steps_to_reproduce",
        "test_user",
        "wording",
        "page",
        "doc_url",
        "next_statuses",
        "equivalents",
    )
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
    message: str | None
    #: The provider's own translations of that message, by language tag ("es", "pt-BR").
    message_translations: dict[str, str]
    #: The provider's published advice to the integrator (its "user action" or "what to do"),
    #: verbatim; never shown to the end user.
    advice: str | None
    #: The provider's advice as its pages in other languages publish it, by language tag
    #: ("pt-BR"); never shown to the end user.
    advice_translations: dict[str, str]
    #: bankcodes' words for the end user where this code differs from its category: language ->
    #: message and action (empty when the category's words fit).
    end_user: dict[str, EndUserWords]
    #: The provider's published words for the end user (verbatim), where it publishes them.
    user_message: str | None
    #: The provider's own translations of that message, by language tag ("es", "fr-CA").
    user_message_translations: dict[str, str]
    #: False when that message speaks of something an app does not show (then end_user_text
    #: gives bankcodes' words).
    user_message_offered: bool
    editorial: bool
    http: tuple[HttpStatus, ...]
    scope: Scope | None
    lifecycle: Lifecycle | None
    aliases: tuple[str, ...]
    notes: str | None
    group: str | None
    steps_to_reproduce: str | None
    test_user: TestUser | None
    #: Whose words each text field that the code has is (see whose()).
    wording: tuple[Wording, ...]
    #: Where the code's section is on the reference site, below its address
    #: ("reference/provider/code_set/#ANCHOR"): the same wherever the site is published.
    page: str | None
    #: The address of the code's section on the published reference site (the address the
    #: package carries, bankcodes._site, followed by `page`); None when the package carries
    #: no address.
    doc_url: str | None
    #: Where the catalog records how its code set's statuses move on: the wire values (as text)
    #: of the statuses this one may move to next, none when it is final; else None.
    next_statuses: tuple[str, ...] | None
    #: The closer equivalents the catalog records, same meaning first.
    equivalents: tuple[Equivalent, ...]

    def __init__(
        self,
        *,
        value: str,
        description: str,
        category: Category,
        sources: tuple[Source, ...],
        retryable: bool,
        end_user_can_retry: bool,
        message: str | None = None,
        message_translations: dict[str, str] | None = None,
        advice: str | None = None,
        advice_translations: dict[str, str] | None = None,
        end_user: dict[str, EndUserWords] | None = None,
        user_message: str | None = None,
        user_message_translations: dict[str, str] | None = None,
        user_message_offered: bool = True,
        editorial: bool = False,
        http: tuple[HttpStatus, ...] = (),
        scope: Scope | None = None,
        lifecycle: Lifecycle | None = None,
        aliases: tuple[str, ...] = (),
        notes: str | None = None,
        group: str | None = None,
        steps_to_reproduce: str | None = None,
        test_user: TestUser | None = None,
        wording: tuple[Wording, ...] = (),
        page: str | None = None,
        doc_url: str | None = None,
        next_statuses: tuple[str, ...] | None = None,
        equivalents: tuple[Equivalent, ...] = (),
        **facts: Unpack[CodeFactsArgs],
    ) -> None:
        super().__init__(
            **facts,
            value=value,
            description=description,
            category=category,
            sources=sources,
            retryable=retryable,
            end_user_can_retry=end_user_can_retry,
            message=message,
            message_translations={} if message_translations is None else message_translations,
            advice=advice,
            advice_translations={} if advice_translations is None else advice_translations,
            end_user={} if end_user is None else end_user,
            user_message=user_message,
            user_message_translations={}
            if user_message_translations is None
            else user_message_translations,
            user_message_offered=user_message_offered,
            editorial=editorial,
            http=http,
            scope=scope,
            lifecycle=lifecycle,
            aliases=aliases,
            notes=notes,
            group=group,
            steps_to_reproduce=steps_to_reproduce,
            test_user=test_user,
            wording=wording,
            page=page,
            doc_url=doc_url if doc_url is not None or page is None else _address(page),
            next_statuses=next_statuses,
            equivalents=equivalents,
        )

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

    __slots__ = ("provider", "sources")
    provider: str
    sources: tuple[Source, ...]

    def __init__(
        self, *, provider: str, sources: tuple[Source, ...], **facts: Unpack[CodeSetFactsArgs]
    ) -> None:
        super().__init__(**facts, provider=provider, sources=sources)


class EndUserText(Record):
    """Words an app can show its customer when a code reaches them.

    Addressed to the customer: message is the provider's published message for the end user
    when the code has one an app can show (English only), else bankcodes' words for the code
    where its meaning differs from its category's, else the category's; action is bankcodes'
    words, never the provider's advice to the integrator (CodeInfo.advice). `*_by` says whose
    words each is: "provider", "bankcodes", or "bankcodes translation" (French, Arabic, Spanish,
    Portuguese)."""

    __slots__ = ("language", "message", "message_by", "action", "action_by")
    language: str
    message: str
    message_by: str
    action: str
    action_by: str

    def __init__(
        self, *, language: str, message: str, message_by: str, action: str, action_by: str
    ) -> None:
        super().__init__(
            language=language,
            message=message,
            message_by=message_by,
            action=action,
            action_by=action_by,
        )


def _address(page: str) -> str | None:
    """The address of a page of the reference site, where the package carries the site's."""
    return None if SITE_URL is None else SITE_URL + page
