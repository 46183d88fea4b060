"""A provider's code sets and their codes, with the words for the end user they may carry."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, ConfigDict
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.model.codes import WORDED_FIELDS
from codegen.spec.base import (
    UNIQUE,
    Bool,
    FalseFlag,
    Filled,
    Id,
    Identifier,
    Integer,
    LanguageTag,
    Names,
    Rule,
    ScopeValues,
    SourceRefs,
    SpecModel,
    Text,
    TrueFlag,
    Version,
    whole,
)
from codegen.spec.carried import PYTHON, RECORDS, Carried
from codegen.spec.decisions import NextStep, SourcedFact, State

#: A wire value: printable, no line break, no space at either end, none of the marks that
#: reorder how text is shown (bidirectional embeddings, overrides and isolates).
_REORDERING = r"\u202a-\u202e\u2066-\u2069"
_VISIBLE = rf"[^\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_REORDERING}]"
WIRE_PATTERN = whole(
    rf"{_VISIBLE}([^\n\r\u2028\u2029\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_REORDERING}]*{_VISIBLE})?"
)
#: The largest and smallest value of a code that travels as a JSON integer (32 bits).
INT32 = 2**31


class Translated(SpecModel):
    """One text per language: English, and bankcodes' French, Arabic, Spanish and Portuguese
    translations."""

    en: Text
    fr: Text
    ar: Text
    es: Text
    pt: Text


class EndUser(SpecModel):
    """Words for the end user (the bank's customer), in the second person: a short message and
    the action to take, in every language."""

    message: Translated
    action: Translated


class Scope(SpecModel):
    """Where a code or a requirement applies: regions, SDKs, documentation versions, data
    sources, endpoints."""

    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    regions: Annotated[ScopeValues, Carried("Regions")] = ()
    sdks: Annotated[ScopeValues, Carried("SDKs")] = ()
    doc_versions: Annotated[ScopeValues, Carried("Documentation versions")] = ()
    data_sources: Annotated[ScopeValues, Carried("Data sources")] = ()
    endpoints: Annotated[ScopeValues, Carried("Endpoints")] = ()


class HttpEntry(SpecModel):
    """An HTTP status the code is sent with, and why."""

    status: Annotated[int, Integer(100, 599)]
    sources: SourceRefs
    cause: Annotated[Text | None, Carried("Cause")] = None
    message: Annotated[Text | None, Carried("Message")] = None
    steps_to_reproduce: Annotated[Text | None, Carried("Steps to reproduce")] = None
    context: Annotated[Text | None, Carried("Context")] = None
    editorial: TrueFlag = PydField(
        False,
        description="The cause is bankcodes' wording rather than the provider's published text.",
    )


class Lifecycle(SpecModel):
    """A code that is deprecated or removed: it stays in the catalog, never deleted."""

    state: Annotated[Literal["deprecated", "removed"], Carried("State", shown=RECORDS)]
    note: Annotated[Text, Carried("Note", shown=RECORDS)]
    replaced_by: Annotated[
        Annotated[Filled, Names("value")] | None, Carried("Replaced by", shown=RECORDS)
    ] = PydField(None, description="The code to use instead, where the provider names one.")


class TestUser(SpecModel):
    """The provider's sandbox user that produces the code."""

    __test__ = False
    institution: Annotated[Text, Carried("Institution")]
    username: Annotated[Text, Carried("Username")]
    password: Annotated[Text, Carried("Password")]


class Group(SpecModel):
    """A group of the code set's codes, as the provider publishes them."""

    #: The group's key in `groups`.
    id: SkipJsonSchema[str]
    title: Text
    description: Text


class CategoryChange(SpecModel):
    """A change of the code's category since a release, with its reason."""

    from_: Annotated[Id, Names("category")] = PydField(alias="from")
    since: Version
    reason: Text


def _decimal(value: object) -> object:
    """A code's value as text: an integer code's value is its decimal text (how its tables key
    it; the code set's wire_type says it travels as a number)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return str(int(value))
    return value


WireText = Annotated[str, PydField(min_length=1, max_length=200, pattern=WIRE_PATTERN)]
OwnWords = Literal["message", "user_message", "advice", "steps_to_reproduce"]


class Code(SpecModel):
    """A code: its wire value, its published text (a description, a message or both) and the
    facts its sources give."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [{"required": ["description"]}, {"required": ["message"]}],
            "dependentRequired": {
                "user_message_translations": ["user_message"],
                "message_translations": ["message"],
                "advice_translations": ["advice"],
                "end_user_can_retry_sources": ["end_user_can_retry"],
            },
        }
    )

    value: Annotated[WireText, BeforeValidator(_decimal), Rule({"type": ["string", "integer"]})] = (
        PydField(
            description="The value exactly as the provider sends it: a string, or in a code set "
            "whose wire_type is integer, a JSON integer."
        )
    )
    name: Identifier | None = PydField(
        None,
        description="The identifier, required when value is not a valid identifier (never "
        "derived).",
    )
    description: Text | None = None
    editorial: Annotated[TrueFlag, Carried("Editorial", shown=PYTHON)] = PydField(
        False, description="The description is bankcodes' wording rather than the provider's."
    )
    message: Annotated[Text | None, Carried("Message", shown=RECORDS, absent="null")] = PydField(
        None, description="The provider's message for the code, as sent or shown to the user."
    )
    advice: Annotated[Text | None, Carried("Advice", shown=RECORDS, absent="null")] = PydField(
        None,
        description="The provider's published advice to the integrator for this code (its "
        '"user action" or "what to do"), verbatim: what the app\'s developers or support should '
        "do. Never shown to the end user (end_user_text does not return it).",
    )
    advice_translations: Annotated[
        dict[Annotated[LanguageTag, Rule({"not": {"const": "en"}})], Text],
        PydField(min_length=1),
        Carried("Advice's translations", shown=RECORDS, absent="left out"),
    ] = PydField(
        default_factory=dict,
        description="The provider's advice as its pages in other languages publish it, by "
        "language tag (a help centre's Portuguese column of actions), verbatim from the sources "
        "in text_sources.advice_translations (else the code's sources).",
    )
    end_user: EndUser | None = PydField(
        None,
        description="bankcodes' words for the end user when this code's meaning differs from its "
        "category's (approve in the bank's app rather than enter a code; a compliance suspension "
        "rather than an outage): in every language, second person, nothing internal.",
    )
    end_user_can_retry: Bool | None = PydField(
        None,
        description="Whether the end user can act and then try again (re-enter a password: yes; "
        "a closed account: no). Either the provider's published fact (its \"Retriable by End "
        'User"), given wherever a source shows it, even where it agrees with the category, and '
        "cited in end_user_can_retry_sources; or, without those sources, bankcodes' reading, only "
        "where it differs from the category's, with the reason in notes.",
    )
    end_user_can_retry_sources: SourceRefs = PydField(
        (),
        description="The sources that publish end_user_can_retry (each also one of the code's "
        "sources): with them the value is the provider's fact, without them bankcodes' reading.",
    )
    message_translations: Annotated[
        dict[Annotated[LanguageTag, Rule({"not": {"const": "en"}})], Text],
        PydField(min_length=1),
        Carried("Message's translations", shown=RECORDS, absent="left out"),
    ] = PydField(
        default_factory=dict,
        description="The provider's own published translations of message, by language tag "
        "(a provider that publishes its messages in Spanish and Portuguese), verbatim from the "
        "sources in text_sources.message_translations (else the code's sources).",
    )
    user_message: Annotated[Text | None, Carried("User message", shown=RECORDS, absent="null")] = (
        PydField(
            None,
            description="The provider's own published text for the end user when this code reaches "
            "them (a display message sent with the error), verbatim from the code's sources.",
        )
    )
    user_message_translations: Annotated[
        dict[
            Annotated[LanguageTag, Rule({"not": {"const": "en"}}), Names("end-user language")],
            Text,
        ],
        PydField(min_length=1),
        Carried("User message's translations", shown=RECORDS, absent="left out"),
    ] = PydField(
        default_factory=dict,
        description="The provider's own published translations of user_message, by language "
        "tag (for example Spanish and Canadian French), verbatim from the sources in "
        "text_sources.user_message_translations (else the code's sources).",
    )
    user_message_offered: Annotated[
        FalseFlag, Carried("User message offered", shown=RECORDS, absent="left out")
    ] = PydField(
        True,
        description="false when the provider's user_message speaks of something an app does "
        "not show (a support code below, a button): end_user_text then gives bankcodes' words "
        "instead.",
    )
    category: Annotated[Id, Names("category")] | None = PydField(
        None, description="The category; the code set's by default."
    )
    http: Annotated[tuple[HttpEntry, ...], PydField(min_length=1)] = ()
    scope: Scope | None = None
    lifecycle: Lifecycle | None = None
    aliases: Annotated[
        tuple[WireText, ...], PydField(min_length=1), UNIQUE, Carried("Aliases", shown=RECORDS)
    ] = PydField((), description="Other values the provider sent or documented for the same code.")
    sources: SourceRefs = PydField((), description="The code set's sources by default.")
    notes: Annotated[Text | None, Carried("Notes", shown=PYTHON)] = PydField(
        None, description="Always bankcodes' wording."
    )
    group: Annotated[Id, Names("group")] | None = None
    also_in_groups: Annotated[
        tuple[Annotated[Id, Names("group")], ...], PydField(min_length=1), UNIQUE
    ] = PydField(
        (),
        description="Further groups of the code set the same code is published under (an error "
        "code sent with more than one error type), each with the sources that say so in the "
        "code's sources.",
    )
    steps_to_reproduce: Annotated[Text | None, Carried("Steps", shown=PYTHON)] = PydField(
        None, description="How to produce the code, as the provider publishes it."
    )
    test_user: TestUser | None = None
    category_history: Annotated[tuple[CategoryChange, ...], PydField(min_length=1)] = ()
    retryable: Bool | None = PydField(
        None,
        description="Only where the code's own text says otherwise than its category: whether the "
        "same request, repeated unchanged later, may succeed (what a program may retry with "
        "backoff). Give the reason in notes.",
    )
    next_step: Annotated[NextStep | None, Carried("Next step", level="minor")] = PydField(
        None,
        description="What to do now, where the code's source says otherwise than its category "
        "(a consent's expiry in reconnect_required: renew_consent).",
    )
    state: Annotated[State | None, Carried("State", level="minor")] = PydField(
        None,
        description="The connection state the code stands for, where it differs from its "
        "category's (a status of a code set with states: true).",
    )
    state_reason: Annotated[Text | None, Carried("Why this state")] = PydField(
        None,
        description="Why the code stands for its state (required with state): the source's "
        "words where fact_sources.state names the source, else bankcodes' reading.",
    )
    wait_seconds: Annotated[
        Annotated[int, Integer(1)] | None, Carried("Wait (seconds)", level="minor")
    ] = PydField(
        None,
        description="How long to wait before the request is sent again, as the sources in "
        "fact_sources.wait_seconds state it.",
    )
    max_attempts: Annotated[
        Annotated[int, Integer(1)] | None, Carried("Attempts at most", level="minor")
    ] = PydField(
        None,
        description="How many times the request may be sent in all, the first counted, as "
        "the sources in fact_sources.max_attempts state it.",
    )
    fact_sources: Annotated[
        dict[SourcedFact, SourceRefs] | None, Carried("Sources of the facts")
    ] = PydField(
        None,
        description="The sources of next_step, state, wait_seconds and max_attempts, by field "
        "(required for a wait and a number of attempts; a next step or a state without them is "
        "bankcodes' reading of the code's sources, with the reason in notes).",
    )
    own_words: Annotated[tuple[OwnWords, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="The text fields of this code that are bankcodes' wording rather than the "
        "provider's published text (the description says so with editorial; notes are always "
        "bankcodes' wording).",
    )
    text_sources: Annotated[
        dict[Annotated[str, Rule({"enum": list(WORDED_FIELDS)})], SourceRefs],
        PydField(min_length=1),
    ] = PydField(
        default_factory=dict,
        description="Where one text field is published (the provider's words) or what it rests "
        "on (bankcodes' wording), when that is not every source of the code.",
    )

    @property
    def identifier(self) -> str:
        """The stored identifier: the explicit name, else the wire value itself."""
        return self.name if self.name is not None else self.value
