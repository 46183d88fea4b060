"""The resolved catalog: linked, immutable objects built by codegen.resolve from a spec that passed
the rules. This is all that targets read.

Every reference of the spec is an object here: a code knows its code set, provider, category and
sources; a code field knows its code sets; a code set knows its Python path and TypeScript name;
a payload type knows its fields and their types. No target looks an id up, and no field that the
rules guarantee is optional here. Objects compare by identity; back references (code -> code set
-> provider) are left out of repr.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, cast

Actor = Literal["end_user", "integrator", "institution", "nobody"]
Scalar = Literal["string", "url", "integer", "number", "boolean", "timestamp", "json", "object"]
Mode = Literal["lenient", "strict"]
MODES: tuple[Mode, ...] = ("lenient", "strict")


@dataclass(frozen=True, eq=False)
class Source:
    id: str
    kind: str
    title: str
    url: str | None
    seed: str | None


@dataclass(frozen=True, eq=False)
class Category:
    id: str
    name: str
    title: str
    description: str
    retryable: bool
    actor: Actor
    action: str
    #: False when codes of this category are not interchangeable across providers.
    equivalents: bool
    #: What an app can tell its customer, in bankcodes' words: language -> (message, action);
    #: English, and bankcodes' French and Arabic translations. Empty when no end user meets it.
    end_user: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Scope:
    regions: tuple[str, ...] = ()
    sdks: tuple[str, ...] = ()
    doc_versions: tuple[str, ...] = ()
    data_sources: tuple[str, ...] = ()
    endpoints: tuple[str, ...] = ()

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


#: The text fields of a code whose words are labelled, in the order they are shown.
WORDED_FIELDS = (
    "description",
    "message",
    "user_message",
    "user_action",
    "steps_to_reproduce",
    "notes",
)


#: How people read the worded fields.
FIELD_LABELS = {
    "description": "description",
    "message": "message",
    "user_message": "user message",
    "user_action": "user action",
    "steps_to_reproduce": "steps to reproduce",
    "notes": "notes",
}


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


@dataclass(frozen=True, eq=False)
class TestUser:
    __test__ = False
    institution: str
    username: str
    password: str


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
    user_action: str | None
    #: The provider's published words for the end user (verbatim, from the code's sources).
    user_message: str | None
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

    @property
    def retryable(self) -> bool:
        """Whether trying again can succeed: the code's own answer, else its category's."""
        if self.retryable_override is not None:
            return self.retryable_override
        return self.category.retryable

    @property
    def provider(self) -> Provider:
        return self.code_set.provider

    @property
    def spellings(self) -> tuple[str, ...]:
        """The wire value and its aliases."""
        return (self.value, *self.aliases)

    @property
    def http_statuses(self) -> tuple[int, ...]:
        """The distinct HTTP statuses, in the order the spec lists them."""
        return tuple(dict.fromkeys(entry.status for entry in self.http))


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
    provider: Provider = dataclasses.field(
        default=cast("Provider", None), repr=False, compare=False
    )


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


@dataclass(frozen=True, eq=False)
class HmacSigning:
    """An HMAC of the raw body with a shared secret, in the first of `headers` present."""

    headers: tuple[str, ...]
    algorithm: Literal["sha256", "sha512"]
    encodings: tuple[Literal["hex", "base64"], ...]
    prefix: str | None
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "hmac"
    #: Whether the signature covers a timestamp, so that a replay can be refused by its age.
    signed_timestamp: ClassVar[bool] = False


@dataclass(frozen=True, eq=False)
class JwtSigning:
    """A signed JSON Web Token in `header`: its claims sign the body's SHA-256 (the claim
    `body_hash_claim`) and the time it was issued (iat)."""

    header: str
    algorithm: Literal["ES256"]
    max_age_seconds: int
    future_skew_seconds: int
    body_hash_claim: str
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "jwt"
    signed_timestamp: ClassVar[bool] = True

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


@dataclass(frozen=True, eq=False)
class NoSigning:
    """No signature: the provider authenticates deliveries at the transport only."""

    transport: tuple[str, ...]
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "none"
    signed_timestamp: ClassVar[bool] = False

    @property
    def headers(self) -> tuple[str, ...]:
        return ()


Signing = HmacSigning | JwtSigning | NoSigning


@dataclass(frozen=True, eq=False)
class Delivery:
    """How a provider delivers its webhooks (every fact from `sources`)."""

    kind: PayloadKind
    success_status: int | None
    timeout_seconds: int | None
    retry_schedule_minutes: tuple[int, ...] | None
    retry_interval_minutes: int | None
    max_attempts: int | None
    #: Whether the provider's signature covers a timestamp (its signing scheme says).
    signed_timestamp: bool
    body_timestamp: tuple[str, ...] | None
    #: Deduplication keys in order of preference, each a tuple of field paths.
    dedup: tuple[tuple[tuple[str, ...], ...], ...]
    addresses: tuple[str, ...]
    sources: tuple[Source, ...]
    notes: str

    @property
    def event_type(self) -> CodeSet:
        """The code set of the event-type field (the tag of the kind's root union)."""
        root = self.kind.root
        if not isinstance(root, UnionDef) or not isinstance(root.tag.type, CodeType):
            raise ValueError(f"{self.kind.id} has no event-type code field")
        return root.tag.type.code_sets[0]


@dataclass(frozen=True, eq=False)
class Provider:
    id: str
    name: str
    module: str
    #: The dotted Python module of the provider's enums.
    python_module: str
    type_prefix: str
    website: str
    sdk: Sdk | None
    signing: Signing | None
    #: The languages the site shows the end-user words in.
    end_user_languages: tuple[str, ...] = ("en",)
    code_sets: tuple[CodeSet, ...] = dataclasses.field(default=(), repr=False)
    payloads: tuple[PayloadKind, ...] = dataclasses.field(default=(), repr=False)
    delivery: Delivery | None = dataclasses.field(default=None, repr=False)


# --- payload types -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CodeType:
    """A code field: values of one or more code sets (any string in lenient mode)."""

    code_sets: tuple[CodeSet, ...]

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(code for code_set in self.code_sets for code in code_set.codes)


@dataclass(frozen=True, eq=False)
class RefType:
    target: ObjectDef


@dataclass(frozen=True, eq=False)
class ArrayType:
    item: FieldType


@dataclass(frozen=True, eq=False)
class EnumType:
    values: tuple[str, ...]
    name: str
    ts_name: str


FieldType = Scalar | CodeType | RefType | ArrayType | EnumType


@dataclass(frozen=True, eq=False)
class Field:
    name: str
    type: FieldType
    required: bool
    why: str | None
    description: str | None
    nullable: bool
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, eq=False)
class ObjectDef:
    """An object type; `tag` is set on the variants of a union (the tag field's fixed value)."""

    name: str
    ts_name: str
    description: str
    fields: tuple[Field, ...]
    tag: tuple[str, str] | None = None

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


@dataclass(frozen=True, eq=False)
class UnionDef:
    """A union that picks its member by the value of a code field of its base."""

    name: str
    ts_name: str
    description: str
    base: ObjectDef
    tag: Field
    #: One object type per known tag value, with the base's fields and its own.
    variants: tuple[ObjectDef, ...]
    #: The member for any other tag value (lenient mode only): the base's fields.
    fallback: ObjectDef


@dataclass(frozen=True, eq=False)
class AnyOfDef:
    name: str
    ts_name: str
    description: str
    members: tuple[ObjectDef, ...]


TypeDef = ObjectDef | UnionDef | AnyOfDef


@dataclass(frozen=True, eq=False)
class Example:
    title: str
    sources: tuple[Source, ...]
    data: object


@dataclass(frozen=True, eq=False)
class ListenerOrigins:
    hosts: tuple[str, ...]
    #: One exact host, as documented, for examples (an app lists its own instance's host).
    example_host: str
    sources: tuple[Source, ...]
    notes: str
    hosts_constant: str
    check_function: str


@dataclass(frozen=True, eq=False)
class ListenerEvent:
    kind: str
    type: ObjectDef
    #: The field whose presence (a non-empty string) selects this event; None for a catch-all.
    tag: Field | None
    #: The code fields, most specific first: the first known code decides the category.
    codes: tuple[Field, ...]

    @property
    def code_sets(self) -> tuple[CodeSet, ...]:
        found: dict[int, CodeSet] = {}
        for code_field in self.codes:
            assert isinstance(code_field.type, CodeType)
            for code_set in code_field.type.code_sets:
                found.setdefault(id(code_set), code_set)
        return tuple(found.values())


@dataclass(frozen=True, eq=False)
class Listener:
    """A browser listener helper of the TypeScript package."""

    function: str
    #: The TypeScript name of the union it returns.
    result_type: str
    transport: Literal["message", "callback"]
    description: str
    events: tuple[ListenerEvent, ...]
    origins: ListenerOrigins | None


@dataclass(frozen=True, eq=False)
class SdkShape:
    """What one client SDK sends for a payload kind, as facts from its sources."""

    sdk: str
    naming: str
    sources: tuple[Source, ...]
    #: Each field (dotted through nested objects): its JSON type and whether it may be null.
    fields: tuple[tuple[str, str, bool], ...]
    #: The values the SDK allows in a code field.
    values: tuple[tuple[str, tuple[str, ...]], ...]
    #: Redirect query parameter -> the field the SDK fills from it.
    redirect_params: tuple[tuple[str, str], ...]
    notes: str | None


@dataclass(frozen=True, eq=False)
class PayloadKind:
    id: str
    provider: Provider
    module: str
    title: str
    description: str
    sources: tuple[Source, ...]
    root: TypeDef
    #: Every named type of the kind, in spec order (union variants and fallbacks included).
    types: tuple[TypeDef, ...]
    examples: tuple[Example, ...]
    browser: bool
    listener: Listener | None
    sdk_shapes: tuple[SdkShape, ...]

    def model_module(self, mode: Mode) -> str:
        """The dotted module of the kind's pydantic models (strict ones in their own module)."""
        suffix = "" if mode == "lenient" else "_strict"
        return f"bankcodes.webhooks.{self.provider.id}.{self.module}{suffix}"

    def schema_file(self, mode: Mode) -> str:
        """The schema's path under generated/jsonschema/."""
        suffix = ".schema.json" if mode == "lenient" else ".strict.schema.json"
        return self.id + suffix

    def schema_id(self, mode: Mode) -> str:
        base = "urn:bankcodes:schema:" + self.id.replace("/", ":")
        return base if mode == "lenient" else base + ":strict"

    @property
    def objects(self) -> tuple[ObjectDef, ...]:
        """Every object type of the kind, each once."""
        found: dict[int, ObjectDef] = {}
        for type_def in self.types:
            members: tuple[ObjectDef, ...] = ()
            if isinstance(type_def, ObjectDef):
                members = (type_def,)
            elif isinstance(type_def, UnionDef):
                members = (*type_def.variants, type_def.fallback)
            for member in members:
                found.setdefault(id(member), member)
        return tuple(found.values())


@dataclass(frozen=True, eq=False)
class PayloadLimits:
    max_string_length: int
    max_depth: int
    why: str


@dataclass(frozen=True, eq=False)
class About:
    title: str
    format: tuple[str, ...]
    adding_a_code: tuple[str, ...]
    generated_files: tuple[str, ...]
    repository: str
    homepage: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Release:
    """A released catalog (spec/released/<version>.json), as plain JSON."""

    version: str
    document: Mapping[str, Any]


@dataclass(frozen=True, eq=False)
class Catalog:
    #: Where the spec was read from, as shown in generated headers.
    spec_path: str
    #: The spec as plain JSON, and the released catalogs beside it (oldest first): the
    #: changelog compares them code by code.
    document: Mapping[str, Any]
    releases: tuple[Release, ...]
    about: About
    spec_version: str
    sources: tuple[Source, ...]
    categories: tuple[Category, ...]
    #: The category of values the catalog does not know.
    unknown: Category
    payload_limits: PayloadLimits
    payloads: tuple[PayloadKind, ...]
    providers: tuple[Provider, ...]

    @property
    def code_sets(self) -> tuple[CodeSet, ...]:
        return tuple(code_set for p in self.providers for code_set in p.code_sets)

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(code for code_set in self.code_sets for code in code_set.codes)

    @property
    def signing_providers(self) -> tuple[Provider, ...]:
        return tuple(provider for provider in self.providers if provider.signing is not None)

    @property
    def listeners(self) -> tuple[tuple[PayloadKind, Listener], ...]:
        return tuple((kind, kind.listener) for kind in self.payloads if kind.listener is not None)

    @property
    def header(self) -> str:
        """The header of every file rendered from this catalog."""
        return f"generated from {self.spec_path} — do not edit (run `make generate`)"
