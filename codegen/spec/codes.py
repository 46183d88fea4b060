"""A provider's code sets and their codes, with the words for the end user they may carry."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, model_validator
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
    Keyed,
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
    editorial: TrueFlag = PydField(
        False, description="The description is bankcodes' wording rather than the provider's."
    )
    message: Text | None = None
    advice: Text | None = PydField(
        None,
        description="The provider's published advice to the integrator for this code (its "
        '"user action" or "what to do"), verbatim: what the app\'s developers or support should '
        "do. Never shown to the end user (end_user_text does not return it).",
    )
    advice_translations: Annotated[
        dict[Annotated[LanguageTag, Rule({"not": {"const": "en"}})], Text],
        PydField(min_length=1),
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
    ] = PydField(
        default_factory=dict,
        description="The provider's own published translations of message, by language tag "
        "(a provider that publishes its messages in Spanish and Portuguese), verbatim from the "
        "sources in text_sources.message_translations (else the code's sources).",
    )
    user_message: Text | None = PydField(
        None,
        description="The provider's own published text for the end user when this code reaches "
        "them (a display message sent with the error), verbatim from the code's sources.",
    )
    user_message_translations: Annotated[
        dict[
            Annotated[LanguageTag, Rule({"not": {"const": "en"}}), Names("end-user language")],
            Text,
        ],
        PydField(min_length=1),
    ] = PydField(
        default_factory=dict,
        description="The provider's own published translations of user_message, by language "
        "tag (for example Spanish and Canadian French), verbatim from the sources in "
        "text_sources.user_message_translations (else the code's sources).",
    )
    user_message_offered: FalseFlag = PydField(
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
    aliases: Annotated[tuple[WireText, ...], PydField(min_length=1), UNIQUE] = PydField(
        (), description="Other values the provider sent or documented for the same code."
    )
    sources: SourceRefs = PydField((), description="The code set's sources by default.")
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")
    group: Annotated[Id, Names("group")] | None = None
    also_in_groups: Annotated[
        tuple[Annotated[Id, Names("group")], ...], PydField(min_length=1), UNIQUE
    ] = PydField(
        (),
        description="Further groups of the code set the same code is published under (an error "
        "code sent with more than one error type), each with the sources that say so in the "
        "code's sources.",
    )
    steps_to_reproduce: Text | None = None
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


StatusList = Annotated[
    tuple[Annotated[Filled, Names("value")], ...], PydField(min_length=1), UNIQUE
]


class Transitions(SpecModel):
    """Where the sources publish how a status moves on (a payment's or a consent's lifecycle):
    the statuses an object starts in, and for each status the statuses it may move to next. A
    status with no entry in next is final. The site draws them as a state diagram; Python's
    next_statuses and TypeScript's nextStatuses give them."""

    initial: StatusList
    next: dict[Annotated[str, Names("value")], StatusList] = PydField(
        description="Each status and the statuses it may move to next."
    )
    sources: SourceRefs
    editorial: Bool = PydField(
        False,
        description="true when the sources describe the statuses but draw no transitions, and "
        "these are bankcodes' reading of the descriptions (explained in notes).",
    )
    notes: Text | None = None


#: A code set whose codes travel as JSON integers: each value an integer of 32 bits, each code
#: named; in any other code set each value is a string.
_WIRE_TYPE: dict[str, Any] = {
    "if": {"required": ["wire_type"], "properties": {"wire_type": {"const": "integer"}}},
    "then": {
        "properties": {
            "codes": {
                "items": {
                    "required": ["name"],
                    "properties": {
                        "value": {"type": "integer", "minimum": -INT32, "maximum": INT32 - 1},
                        "aliases": False,
                    },
                }
            }
        }
    },
    "else": {"properties": {"codes": {"items": {"properties": {"value": {"type": "string"}}}}}},
    "dependentRequired": {
        "own_codes": ["own_codes_category", "own_codes_description"],
        "own_codes_category": ["own_codes"],
        "own_codes_description": ["own_codes"],
    },
}

#: The form of the codes a sender may send of its own in a code set's field: a regular
#: expression anchored at both ends, of the syntax Python and JavaScript read alike (letters,
#: digits, classes, groups, alternatives, quantifiers and escapes; no flags, lookaround or
#: backreference), at most 200 characters.
_FORM = whole(r"\^[A-Za-z0-9_\\.\[\]\-+*?{},|()]+\$")
OwnCodesPattern = Annotated[str, PydField(min_length=3, max_length=200, pattern=_FORM)]


def inherit(entries: object, defaults: dict[str, Any]) -> object:
    """Entries (dicts) with the defaults they do not set themselves."""
    if not isinstance(entries, list) or not defaults:
        return entries
    return [{**defaults, **entry} if isinstance(entry, dict) else entry for entry in entries]


#: Where a code set's form of the sender's own codes is shown as a fact: the records, its page
#: and codegen diff (the command line, the MCP server and the decoder word it in their answer
#: about such a code).
OWN_CODES = ("python", "typescript", "site", "diff")


class CodeSet(SpecModel):
    """The codes of one field: their class in each package, where they travel, their sources
    and the codes themselves."""

    model_config = ConfigDict(json_schema_extra=_WIRE_TYPE)

    #: The code set's key in `code_sets`.
    id: Annotated[SkipJsonSchema[str], Carried("Id", shown=PYTHON)]
    class_name: str = PydField(
        pattern=whole("[A-Z][A-Za-z0-9]*"),
        max_length=80,
        description="The Python enum's name; TypeScript prepends the provider's type_prefix.",
    )
    title: Annotated[Text, Carried("Title", shown=PYTHON)]
    description: Annotated[Text, Carried("Description", shown=PYTHON)]
    field: Annotated[Text, Carried("Wire field", shown=PYTHON)] = PydField(
        description="Where the value travels on the wire."
    )
    wire_type: Literal["string", "integer"] = PydField(
        "string",
        description="How the codes travel: strings (the default) or JSON integers, such as "
        "numeric statuses. An integer code set's values are JSON integers, each code has a name "
        "(its identifier) and no aliases; readers accept the number or its decimal string.",
    )
    sources: SourceRefs
    category: Annotated[Id, Names("category")] | None = PydField(
        None, description="The category of every code without one."
    )
    scope: Scope | None = None
    groups: Keyed[Id, Group] = PydField(default_factory=dict)
    transitions: Transitions | None = None
    states: Annotated[bool | None, Carried("Connection states", level="minor")] = PydField(
        None,
        description="true where the codes are a connection's, an item's, a link's or a "
        "consent's statuses: every code then has a state, its own or its category's.",
    )
    own_codes: Annotated[
        OwnCodesPattern | None, Carried("Own codes' form", level="minor", shown=OWN_CODES)
    ] = PydField(
        None,
        description="Where the source lets a sender put a code of its own in this field, in a "
        "form it gives (a bank's own namespaced code under a standard, Org.Code): that form, "
        "as a regular expression the whole value matches. A value the code set does not list "
        "but that matches it is read as such a code (with own_codes_category and "
        "own_codes_description), never as unknown; a listed value is read as its code.",
    )
    own_codes_category: Annotated[
        Annotated[Id, Names("category")] | None,
        Carried("Own codes' category", level="minor", shown=OWN_CODES),
    ] = PydField(
        None,
        description="The category of a code of the sender's own (own_codes): bankcodes' "
        "reading, as the form says whose code it is, not what it means.",
    )
    own_codes_description: Annotated[Text | None, Carried("Own codes' words", shown=OWN_CODES)] = (
        PydField(
            None,
            description="What a code of the sender's own (own_codes) is, in bankcodes' words, "
            "quoting the source where it describes the form.",
        )
    )
    codes: tuple[Code, ...] = PydField(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _codes_inherit(cls, data: Any) -> Any:
        """Each code's sources and category are the code set's unless it gives its own."""
        if not isinstance(data, dict) or "codes" not in data:
            return data
        defaults = {key: data[key] for key in ("sources", "category") if key in data}
        return {**data, "codes": inherit(data["codes"], defaults)}
