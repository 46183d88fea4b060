"""The raw shape of spec/catalog.json (pydantic v2, immutable), as the rules check it.

Objects that the spec keys by id carry that id as a field, injected by the loader. References
are still ids here ("provider.code_set", "source-id"); codegen.resolve turns a catalog that
passed the rules into the linked model of codegen.model, which is all that targets read.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydField

Actor = Literal["end_user", "integrator", "institution", "nobody"]
SourceKind = Literal["seed", "doc", "repo", "third-party"]
LifecycleState = Literal["deprecated", "removed"]
Scalar = Literal["string", "url", "integer", "number", "boolean", "timestamp", "json", "object"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExtractRule(_Model):
    """How one code set is read from a source (see codegen.drift): exactly one of `enum`
    (a schema pointer or an SDK declaration), `pairs`, `table`, `sections`, `items` (a page
    that lists its codes), `facts` (a per-code page's table of labelled rows), `examples` (a
    page's JSON examples) or `flowchart` (a lifecycle's Mermaid flowchart: its nodes and
    transitions); a table, sections, items, facts or examples rule may say what a code looks
    like (`code_pattern`)."""

    code_set: str
    enum: str | None = None
    group_comments: bool = False
    code_pattern: str | None = None
    pairs: dict[str, str] | None = None
    table: dict[str, str] | None = None
    sections: dict[str, int | list[str] | dict[str, str]] | None = None
    items: dict[str, str] | None = None
    facts: dict[str, str] | None = None
    examples: dict[str, str] | None = None
    flowchart: dict[str, str] | None = None


class Extract(_Model):
    format: Literal["openapi", "typescript", "markdown", "html"]
    code_sets: tuple[ExtractRule, ...]


class Source(_Model):
    id: str
    kind: SourceKind
    title: str
    url: str | None = None
    seed: str | None = None
    #: The pin: a repository's commit, or a page's retrieval date and the sha256 of that copy.
    commit: str | None = None
    retrieved: str | None = None
    sha256: str | None = None
    #: When the catalog was last checked against the pinned copy (`python -m codegen drift`).
    checked: str | None = None
    extract: Extract | None = None


#: The languages of bankcodes' own words for the end user (English and its translations).
LANGUAGES = ("en", "fr", "ar", "es")


class Translated(_Model):
    en: str
    fr: str
    ar: str
    es: str


class EndUser(_Model):
    message: Translated
    action: Translated


class Category(_Model):
    id: str
    name: str
    title: str
    description: str
    retryable: bool
    end_user_can_retry: bool
    actor: Actor
    action: str
    equivalents: bool = True
    quiet: bool = False
    end_user: EndUser | None = None


class Scope(_Model):
    regions: tuple[str, ...] = ()
    sdks: tuple[str, ...] = ()
    doc_versions: tuple[str, ...] = ()
    data_sources: tuple[str, ...] = ()
    endpoints: tuple[str, ...] = ()


class HttpEntry(_Model):
    status: int
    sources: tuple[str, ...]
    cause: str | None = None
    message: str | None = None
    steps_to_reproduce: str | None = None
    context: str | None = None
    editorial: bool = False


class Lifecycle(_Model):
    state: LifecycleState
    note: str
    replaced_by: str | None = None


class TestUser(_Model):
    __test__ = False
    institution: str
    username: str
    password: str


class Group(_Model):
    id: str
    title: str
    description: str


class CategoryChange(_Model):
    from_: str = PydField(alias="from")
    since: str
    reason: str


class Code(_Model):
    value: str
    sources: tuple[str, ...]
    category: str | None = None
    name: str | None = None
    description: str | None = None
    editorial: bool = False
    retryable: bool | None = None
    message: str | None = None
    advice: str | None = None
    end_user: EndUser | None = None
    end_user_can_retry: bool | None = None
    user_message: str | None = None
    #: The provider's own translations of user_message, by language tag ("es", "fr-CA").
    user_message_translations: dict[str, str] = {}
    user_message_offered: bool = True
    http: tuple[HttpEntry, ...] = ()
    scope: Scope | None = None
    lifecycle: Lifecycle | None = None
    aliases: tuple[str, ...] = ()
    notes: str | None = None
    group: str | None = None
    also_in_groups: tuple[str, ...] = ()
    steps_to_reproduce: str | None = None
    test_user: TestUser | None = None
    category_history: tuple[CategoryChange, ...] = ()
    own_words: tuple[str, ...] = ()
    text_sources: dict[str, tuple[str, ...]] = {}

    @property
    def identifier(self) -> str:
        """The stored identifier: the explicit name, else the wire value itself."""
        return self.name if self.name is not None else self.value


class Transitions(_Model):
    initial: tuple[str, ...]
    #: status -> the statuses it may move to; a status without an entry is final.
    next: dict[str, tuple[str, ...]]
    sources: tuple[str, ...]
    editorial: bool = False
    notes: str | None = None


class CodeSet(_Model):
    id: str
    class_name: str
    title: str
    description: str
    field: str
    sources: tuple[str, ...]
    codes: tuple[Code, ...]
    category: str | None = None
    scope: Scope | None = None
    groups: dict[str, Group] = {}
    #: "integer": the codes travel as JSON integers (their values here are the decimal text).
    wire_type: Literal["string", "integer"] = "string"
    transitions: Transitions | None = None


class ScopedRequirement(_Model):
    required: bool
    scope: Scope
    sources: tuple[str, ...]


class ConfigField(_Model):
    name: str
    required: bool
    sources: tuple[str, ...] = ()
    notes: str | None = None
    overrides: tuple[ScopedRequirement, ...] = ()


class Outcome(_Model):
    status: str
    description: str


class SdkMethod(_Model):
    id: str
    sources: tuple[str, ...]
    fields: tuple[ConfigField, ...]
    notes: str | None = None
    outcomes: tuple[Outcome, ...] = ()


class Sdk(_Model):
    code_set: str
    outcome_code_set: str
    sources: tuple[str, ...]
    shared_fields: tuple[ConfigField, ...]
    methods: dict[str, SdkMethod]
    notes: str | None = None


class HmacSigning(_Model):
    """An HMAC of the raw body with a shared secret, in the first of `headers` present."""

    scheme: Literal["hmac"]
    headers: tuple[str, ...]
    algorithm: Literal["sha256", "sha512"]
    encodings: tuple[Literal["hex", "base64"], ...]
    sources: tuple[str, ...]
    notes: str
    prefix: str | None = None


class JwtSigning(_Model):
    """A signed JSON Web Token in `header`, whose claims sign the body's SHA-256 and its iat."""

    scheme: Literal["jwt"]
    header: str
    algorithm: Literal["ES256"]
    max_age_seconds: int
    future_skew_seconds: int
    body_hash_claim: str
    sources: tuple[str, ...]
    notes: str
    key_reply_member: str | None = None
    key_expiry_member: str | None = None


class NoSigning(_Model):
    """No signature: deliveries are authenticated at the transport only."""

    scheme: Literal["none"]
    transport: tuple[Literal["basic_auth", "mutual_tls", "oauth2", "ip_allowlist"], ...]
    sources: tuple[str, ...]
    notes: str


Signing = Annotated[HmacSigning | JwtSigning | NoSigning, PydField(discriminator="scheme")]


class Retries(_Model):
    schedule_minutes: tuple[int, ...] | None
    interval_minutes: int | None
    max_attempts: int | None


class Delivery(_Model):
    payload_kind: str
    success_status: int | None
    timeout_seconds: int | None
    retries: Retries
    dedup: tuple[tuple[tuple[str, ...], ...], ...]
    addresses: tuple[str, ...]
    sources: tuple[str, ...]
    notes: str
    body_timestamp: tuple[str, ...] | None = None


class Provider(_Model):
    id: str
    name: str
    module: str
    type_prefix: str
    website: str
    code_sets: dict[str, CodeSet]
    end_user_languages: tuple[str, ...] = ("en",)
    sdk: Sdk | None = None
    signing: Signing | None = None
    delivery: Delivery | None = None


class CodeRef(_Model):
    """Values of one or more code sets, as "provider.code_set"."""

    code: tuple[str, ...]


class TypeRef(_Model):
    ref: str


class ArrayOf(_Model):
    array: FieldType


class EnumOf(_Model):
    enum: tuple[str, ...]
    name: str


FieldType = Scalar | CodeRef | TypeRef | ArrayOf | EnumOf


class Field(_Model):
    type: FieldType
    required: bool
    why: str | None = None
    description: str | None = None
    nullable: bool = False
    sources: tuple[str, ...] = ()


class Variant(_Model):
    name: str
    fields: dict[str, Field] = {}


class Discriminated(_Model):
    field: str
    base: str
    fallback: str
    variants: dict[str, Variant]
    event_code: str | None = None


class TypeDef(_Model):
    """An object type (fields), a union chosen by a field's value (discriminated), or any_of."""

    id: str
    description: str
    fields: dict[str, Field] | None = None
    discriminated: Discriminated | None = None
    any_of: tuple[str, ...] | None = None


class Recognition(_Model):
    """One way a kind is told apart: fields present, fields absent, fields holding a code of
    given code sets ("provider.code_set")."""

    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    codes: dict[str, tuple[str, ...]] = {}


class Example(_Model):
    title: str
    sources: tuple[str, ...]
    #: The JSON path of the code that decides the example's outcome as its sources describe it
    #: (null: the example carries no code); absent where the catalog does not record it.
    decided_by: str | None = None
    data: object


class ListenerOrigins(_Model):
    hosts: tuple[str, ...]
    example_host: str
    sources: tuple[str, ...]
    notes: str
    hosts_constant: str
    check_function: str


class ListenerEvent(_Model):
    kind: str
    type: str
    codes: tuple[str, ...]
    tag: str | None = None
    #: The tag's value that selects this event (else any non-empty string does).
    tag_value: str | None = None


class Listener(_Model):
    function: str
    transport: Literal["message", "callback"]
    description: str
    events: tuple[ListenerEvent, ...]
    origins: ListenerOrigins | None = None


class SdkShapeField(_Model):
    type: Literal["string", "boolean", "integer", "object"]
    nullable: bool = False


class SdkShape(_Model):
    sdk: str
    naming: Literal["snake_case", "camelCase"]
    sources: tuple[str, ...]
    fields: dict[str, SdkShapeField]
    values: dict[str, tuple[str, ...]] = {}
    redirect_params: dict[str, str] = {}
    notes: str | None = None


class PayloadKind(_Model):
    id: str
    provider: str
    module: str
    title: str
    description: str
    sources: tuple[str, ...]
    root: str
    types: dict[str, TypeDef]
    examples: tuple[Example, ...]
    browser: bool = False
    listener: Listener | None = None
    sdk_shapes: tuple[SdkShape, ...] = ()
    recognise: tuple[Recognition, ...] = ()
    decides: tuple[str, ...] = ()


class PayloadLimits(_Model):
    max_string_length: int
    max_depth: int
    why: str


class Project(_Model):
    keywords: tuple[str, ...]
    repository: str | None = None
    homepage: str | None = None
    documentation: str | None = None
    corrections: str | None = None


class About(_Model):
    title: str
    format: tuple[str, ...]
    adding_a_code: tuple[str, ...]
    generated_files: tuple[str, ...]
    project: Project


class EquivalentGroup(_Model):
    same: Literal["meaning", "action"]
    reason: str
    #: "provider.code_set.value" each.
    codes: tuple[str, ...]


class Catalog(_Model):
    about: About
    spec_version: str
    release_dates: dict[str, str] = {}
    sources: dict[str, Source]
    categories: dict[str, Category]
    equivalents: tuple[EquivalentGroup, ...] = ()
    payload_limits: PayloadLimits
    payloads: dict[str, PayloadKind]
    providers: dict[str, Provider]


ArrayOf.model_rebuild()
