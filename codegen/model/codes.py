"""The resolved codes: sources, categories, codes with their facts and whose words each text is,
code sets, and a provider's client SDK."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal, cast

from codegen.model.facts import Carried, Fact

Actor = Literal["end_user", "integrator", "institution", "nobody"]

#: Who takes each next step of a decision (the spec's NextStep): the integrator sends, fixes or
#: asks; the end user goes through a flow, acts, or is told; nobody acts where there is nothing
#: to do. Declared here alone: both packages read it (who acts on a step a code states for itself,
#: bankcodes.categories.STEP_ACTORS and the TypeScript STEP_ACTORS), the spec's rules check each
#: category's actor against it (a step someone takes is nobody's in no category), and the
#: Deciding page's table of next steps shows it.
STEP_ACTORS: dict[str, Actor] = {
    "retry": "integrator",
    "retry_later": "integrator",
    "wait_for_event": "nobody",
    "reconnect": "end_user",
    "renew_consent": "end_user",
    "renew_access_token": "integrator",
    "end_user_action": "end_user",
    "fix_request": "integrator",
    "contact_provider": "integrator",
    "none": "nobody",
    "tell_customer": "end_user",
}


@dataclass(frozen=True)
class ProviderRef:
    """A provider as the records it owns name it (a code set, a payload kind): its id and the
    names the targets write for it. The provider itself (codegen.model.Provider) holds its
    records; they refer back to it only through this, so the model has no circle."""

    id: str
    name: str
    module: str
    #: The dotted Python module of the provider's enums.
    python_module: str
    type_prefix: str
    #: The languages the site shows the end-user words in.
    end_user_languages: tuple[str, ...]
    #: The language its own published texts are in.
    language: str = "en"


@dataclass(frozen=True, eq=False)
class Source:
    id: str
    kind: str
    title: str
    url: str | None
    seed: str | None
    #: The pin: a repository's commit, or a page copy's retrieval day and SHA-256.
    commit: str | None = None
    retrieved: str | None = None
    sha256: str | None = None
    #: The day the catalog was last checked against the pinned copy, and the code sets its
    #: extractor reads ("provider.code_set"), for `python -m codegen.drift`.
    checked: str | None = None
    reads: tuple[str, ...] = ()
    #: What drift counted in the pinned copy, by code set ("provider.code_set"): how many values
    #: the source lists, and how many of them the catalog holds.
    counted: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    #: What could not be read of the source, where it was read only in part (None: whole).
    read_in_part: str | None = None
    #: Why the source has no pin, where the copy read was not kept (None: it is pinned).
    unpinned: str | None = None
    #: The provider whose documents it is among (its id starts with the provider's, or that
    #: provider alone cites it), or None: the documents of several, or of none.
    owner: str | None = None
    #: Its fields as the Python package's records carry them (codegen.spec.carried).
    carried: Carried = ()


@dataclass(frozen=True, eq=False)
class Category:
    id: str
    name: str
    title: str
    description: str
    #: Whether the same request, repeated unchanged later, may succeed (a program's retry).
    retryable: bool
    #: Whether the end user can act and then try again (what an app may invite them to do).
    end_user_can_retry: bool
    actor: Actor
    action: str
    #: False when codes of this category are not interchangeable across providers.
    equivalents: bool
    #: True when the category reports no problem: the matrix shows its codes collapsed.
    quiet: bool
    #: What an app can tell its customer, in bankcodes' words: language -> (message, action);
    #: English and bankcodes' translations (LANGUAGES). Empty when no end user meets it.
    end_user: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: The facts the spec's Category model declares as carried that the category has.
    carried: Carried = ()


@dataclass(frozen=True)
class Scope:
    regions: tuple[str, ...] = ()
    sdks: tuple[str, ...] = ()
    doc_versions: tuple[str, ...] = ()
    data_sources: tuple[str, ...] = ()
    endpoints: tuple[str, ...] = ()
    #: Its fields as the Python package's records carry them (codegen.spec.carried).
    carried: Carried = ()

    def items(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The non-empty dimensions, in a fixed order."""
        pairs = (
            ("regions", self.regions),
            ("sdks", self.sdks),
            ("doc_versions", self.doc_versions),
            ("data_sources", self.data_sources),
            ("endpoints", self.endpoints),
        )
        return tuple((key, values) for key, values in pairs if values)


@dataclass(frozen=True, eq=False)
class HttpEntry:
    status: int
    sources: tuple[Source, ...]
    cause: str | None
    message: str | None
    steps_to_reproduce: str | None
    context: str | None
    #: Whose words the cause is (provider or bankcodes), None without a cause; the entry's
    #: sources publish it or, for bankcodes' wording, hold what it rests on.
    cause_by: str | None
    #: Its fields as the Python package's records carry them (codegen.spec.carried).
    carried: Carried = ()


#: The text fields of a code whose words are labelled, in the order they are shown (those a
#: code's text_sources may name), and how people read them.
FIELD_LABELS = {
    "description": "description",
    "message": "message",
    "message_translations": "translated messages",
    "user_message": "user message",
    "user_message_translations": "translated user messages",
    "advice": "advice to the integrator",
    "advice_translations": "translated advice to the integrator",
    "steps_to_reproduce": "steps to reproduce",
    "notes": "notes",
}
#: The worded fields, in the order they are shown.
WORDED_FIELDS = tuple(FIELD_LABELS)


def language_of(tag: str) -> str:
    """The language of a language tag: "fr" of "fr-CA" (whose words bankcodes has)."""
    return tag.partition("-")[0]


def possessive(name: str) -> str:
    """An English possessive of a name: Anna's, James'."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def whose_words(by: str, provider_name: str) -> str:
    """Whose words a text is, for people: "<provider>'s published text" or "bankcodes' wording"."""
    if by == "provider":
        return f"{possessive(provider_name)} published text"
    return "bankcodes' wording"


@dataclass(frozen=True, eq=False)
class Wording:
    """Whose words one text field of a code is."""

    field: str
    #: "provider": the provider's published text; "bankcodes": bankcodes' own wording.
    by: str
    #: Where the provider publishes it, or what bankcodes' wording rests on (may be empty).
    sources: tuple[Source, ...]

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]


@dataclass(frozen=True, eq=False)
class Lifecycle:
    state: str
    note: str
    replaced_by: str | None
    #: The facts the spec's Lifecycle model declares as carried that the lifecycle has.
    carried: Carried = ()


@dataclass(frozen=True, eq=False)
class TestUser:
    __test__ = False
    institution: str
    username: str
    password: str
    #: Its fields as the Python package's records carry them (codegen.spec.carried).
    carried: Carried = ()


@dataclass(frozen=True, eq=False)
class Group:
    id: str
    title: str
    description: str


@dataclass(frozen=True, eq=False)
class CategoryChange:
    previous: Category
    since: str
    reason: str


@dataclass(frozen=True, eq=False)
class Equivalence:
    """A closer equivalent of a code than a shared category: another code with the same meaning
    or asking the customer for the same action, and why (bankcodes' words)."""

    code: Code
    same: Literal["meaning", "action"]
    reason: str


@dataclass(frozen=True, eq=False)
class Code:
    value: str
    #: The stored identifier: the explicit name, else the wire value (the rules check it).
    identifier: str
    #: The id of the code's detail block on the site: the wire value when it is safe in a URL
    #: fragment and an HTML id, else the identifier.
    anchor: str
    #: The description, or the published message when that is the only text.
    text: str
    description: str | None
    message: str | None
    editorial: bool
    #: Set where the code's text says otherwise than its category (None: the category decides).
    retryable_override: bool | None
    #: The provider's published advice to the integrator (its "user action"), verbatim.
    advice: str | None
    #: The provider's advice as its pages in other languages publish it, by language tag.
    advice_translations: dict[str, str]
    #: bankcodes' words for the end user where the code differs from its category: language ->
    #: (message, action); empty when the category's words fit.
    end_user: dict[str, tuple[str, str]]
    end_user_can_retry_override: bool | None
    #: The sources that publish end_user_can_retry (the provider's fact); empty where the value
    #: is the category's or bankcodes' reading.
    end_user_can_retry_sources: tuple[Source, ...]
    #: The provider's own translations of its message, by language tag ("es", "pt-BR").
    message_translations: dict[str, str]
    #: The provider's published words for the end user (verbatim, from the code's sources).
    user_message: str | None
    #: The provider's own translations of that message, by language tag ("es", "fr-CA").
    user_message_translations: dict[str, str]
    #: False when that message speaks of something an app does not show.
    user_message_offered: bool
    category: Category
    sources: tuple[Source, ...]
    http: tuple[HttpEntry, ...]
    scope: Scope | None
    lifecycle: Lifecycle | None
    aliases: tuple[str, ...]
    notes: str | None
    group: Group | None
    steps_to_reproduce: str | None
    test_user: TestUser | None
    category_history: tuple[CategoryChange, ...]
    #: Whose words each text field that the code has is, in WORDED_FIELDS order.
    wording: tuple[Wording, ...]
    #: Back reference, set once by the resolver; not compared, not shown.
    code_set: CodeSet = dataclasses.field(default=cast("CodeSet", None), repr=False, compare=False)
    #: The closer equivalents, same meaning first, set by the resolver from the spec's groups.
    equivalents: tuple[Equivalence, ...] = dataclasses.field(default=(), repr=False, compare=False)
    #: The per-code facts the spec declares as carried (codegen.spec.carried) that the code has,
    #: with their values, in the Code model's order.
    carried: Carried = ()
    #: Every per-code fact the spec declares, whether the code has it or not.
    declared: tuple[Fact, ...] = dataclasses.field(default=(), repr=False, compare=False)

    @property
    def retryable(self) -> bool:
        """Whether trying again can succeed: the code's own answer, else its category's."""
        if self.retryable_override is not None:
            return self.retryable_override
        return self.category.retryable

    @property
    def end_user_can_retry(self) -> bool:
        """Whether the end user can act and try again: the code's own answer, else its
        category's."""
        if self.end_user_can_retry_override is not None:
            return self.end_user_can_retry_override
        return self.category.end_user_can_retry

    def end_user_words(self, language: str) -> tuple[str, str] | None:
        """The end user's (message, action) in `language` (a tag reads its language's words):
        the code's own words, else its category's; None where no end user meets it."""
        base = language_of(language)
        return self.end_user.get(base) or self.category.end_user.get(base)

    def provider_message(self, language: str) -> str | None:
        """The provider's own message for the end user in `language` (a tag such as "fr-CA",
        else its language), where it publishes one an app can show; None otherwise."""
        if not self.user_message_offered or self.user_message is None:
            return None
        base = language_of(language)
        if base == "en":
            return self.user_message
        translations = self.user_message_translations
        return translations.get(language) or translations.get(base)

    @property
    def provider(self) -> ProviderRef:
        return self.code_set.provider

    @property
    def page(self) -> str:
        """The address of its section below the site's reference folder ("provider/set/#X")."""
        return f"{self.code_set.page}/#{self.anchor}"

    @property
    def spellings(self) -> tuple[str, ...]:
        """The wire value and its aliases."""
        return (self.value, *self.aliases)

    @property
    def wire(self) -> str | int:
        """The value as it travels: the number of a numeric code set's code, else the text."""
        return int(self.value) if self.code_set.numeric else self.value

    @property
    def http_statuses(self) -> tuple[int, ...]:
        """The distinct HTTP statuses, in the order the spec lists them."""
        return tuple(dict.fromkeys(entry.status for entry in self.http))


@dataclass(frozen=True, eq=False)
class Transitions:
    """How a code set's statuses move on, as its sources publish it: the initial statuses and,
    per status (wire value), the statuses it may move to next; a status without any is final."""

    initial: tuple[str, ...]
    next: dict[str, tuple[str, ...]]
    sources: tuple[Source, ...]
    #: True when these are bankcodes' reading of the statuses' descriptions (see notes).
    editorial: bool
    notes: str | None


@dataclass(frozen=True, eq=False)
class CodeSet:
    id: str
    class_name: str
    title: str
    description: str
    field: str
    sources: tuple[Source, ...]
    scope: Scope | None
    groups: tuple[Group, ...]
    #: "provider.code_set", as payload fields name it.
    ref: str
    #: The dotted module of the Python enum, and the enum's full path.
    python_module: str
    python_path: str
    #: The TypeScript name: the provider's prefix and the stored class name.
    ts_name: str
    codes: tuple[Code, ...] = ()
    #: The sources whose extractor reads this code set (`python -m codegen.drift`).
    checked_against: tuple[Source, ...] = ()
    #: True when the codes travel as JSON integers (their `value` is the decimal text).
    numeric: bool = False
    #: Where the sources publish how the statuses move on.
    transitions: Transitions | None = None
    #: The facts the spec's CodeSet model declares as carried that the code set has.
    carried: Carried = ()
    provider: ProviderRef = dataclasses.field(
        default=cast("ProviderRef", None), repr=False, compare=False
    )

    def next_statuses(self, code: Code) -> tuple[Code, ...] | None:
        """The statuses `code` may move to next (none: final); None when the code set records
        no transitions."""
        if self.transitions is None:
            return None
        by_value = {c.value: c for c in self.codes}
        return tuple(by_value[v] for v in self.transitions.next.get(code.value, ()))

    @property
    def page(self) -> str:
        """Where its reference page is, below the site's reference folder ("provider/set")."""
        return f"{self.provider.id}/{self.id}"


@dataclass(frozen=True, eq=False)
class ScopedRequirement:
    required: bool
    scope: Scope
    sources: tuple[Source, ...]


@dataclass(frozen=True, eq=False)
class ConfigField:
    name: str
    required: bool
    sources: tuple[Source, ...]
    notes: str | None
    overrides: tuple[ScopedRequirement, ...]


@dataclass(frozen=True, eq=False)
class Outcome:
    status: Code
    description: str


@dataclass(frozen=True, eq=False)
class SdkMethod:
    method: Code
    sources: tuple[Source, ...]
    fields: tuple[ConfigField, ...]
    notes: str | None
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True, eq=False)
class Sdk:
    method_set: CodeSet
    outcome_set: CodeSet
    sources: tuple[Source, ...]
    shared_fields: tuple[ConfigField, ...]
    #: One entry per code of method_set, in its order.
    methods: tuple[SdkMethod, ...]
    notes: str | None
