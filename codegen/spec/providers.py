"""A provider: its code sets, its client SDK's methods, and how it signs and delivers its
webhooks."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, model_validator
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema
from typing_extensions import TypeAliasType

from codegen.spec.base import (
    UNIQUE,
    Bool,
    FieldPath,
    Filled,
    Header,
    Id,
    Integer,
    Keyed,
    LanguageTag,
    Names,
    SourceRefs,
    SpecModel,
    Text,
    Url,
    whole,
)
from codegen.spec.carried import RECORDS, Carried
from codegen.spec.codes import CodeSet, Scope, inherit
from codegen.spec.decisions import Consent, NotStated, RateLimits
from codegen.spec.fetched_keys import CertificateJwtSigning, FetchedKeySigning


class ScopedRequirement(SpecModel):
    """Where a config field's requirement differs: required or not within a scope."""

    required: Bool
    scope: Scope
    sources: SourceRefs


class ConfigField(SpecModel):
    """A config field of an SDK method, and whether it is required."""

    name: str = PydField(pattern=whole("[a-z][a-z0-9_]*"))
    required: Bool
    notes: Text | None = None
    sources: SourceRefs = PydField((), description="The method's (or the SDK's) by default.")
    overrides: Annotated[tuple[ScopedRequirement, ...], PydField(min_length=1)] = ()


class Outcome(SpecModel):
    """A status the method ends with (a value of the SDK's outcome_code_set), and what it
    means."""

    status: Annotated[Filled, Names("outcome")]
    description: Text


class SdkMethod(SpecModel):
    """A method of the SDK (its key is a value of the SDK's code_set)."""

    #: The method's key in `methods`.
    id: SkipJsonSchema[str]
    sources: SourceRefs
    notes: Text | None = None
    fields: tuple[ConfigField, ...] = PydField(min_length=1)
    outcomes: Annotated[tuple[Outcome, ...], PydField(min_length=1)] = ()

    @model_validator(mode="before")
    @classmethod
    def _fields_inherit(cls, data: Any) -> Any:
        """Each field's sources are the method's unless it gives its own."""
        if not isinstance(data, dict) or "fields" not in data or "sources" not in data:
            return data
        return {**data, "fields": inherit(data["fields"], {"sources": data["sources"]})}


class Sdk(SpecModel):
    """A client SDK's methods (keys are values of the code set named by code_set) with their
    config fields, required flags (with scoped overrides) and outcomes (values of the code set
    named by outcome_code_set)."""

    code_set: Annotated[Id, Names("provider's code set")]
    outcome_code_set: Annotated[Id, Names("provider's code set")]
    sources: SourceRefs
    notes: Text | None = None
    shared_fields: tuple[ConfigField, ...]
    methods: Keyed[Annotated[str, Names("method")], SdkMethod]

    @model_validator(mode="before")
    @classmethod
    def _fields_inherit(cls, data: Any) -> Any:
        """Each shared field's sources are the SDK's unless it gives its own."""
        if not isinstance(data, dict) or "shared_fields" not in data or "sources" not in data:
            return data
        fields = inherit(data["shared_fields"], {"sources": data["sources"]})
        return {**data, "shared_fields": fields}


Member = Annotated[str, PydField(pattern=whole("[A-Za-z0-9_]+"))]


class SignedTimestamp(SpecModel):
    """A header that carries a timestamp beside its signatures, as comma-separated label=value
    pairs (t=…,v1=…): the HMAC signs the timestamp's text, the separator and the raw body, so a
    replay can be refused by its age."""

    timestamp_label: Annotated[Member, Carried("Timestamp label", shown=RECORDS)] = PydField(
        description="The label of the timestamp (Unix seconds)."
    )
    signature_label: Annotated[Member, Carried("Signature label", shown=RECORDS)] = PydField(
        description="The label of a signature; a header may carry several (during a rotation), "
        "and one matching is enough. Signatures under other labels are not read."
    )
    separator: Annotated[str, Carried("Separator", shown=RECORDS)] = PydField(
        min_length=1,
        max_length=8,
        description="What joins the timestamp and the raw body in the signed content.",
    )
    tolerance_seconds: Annotated[int, Integer(1), Carried("Tolerance", shown=RECORDS)] = PydField(
        description="The oldest timestamp accepted by default, in seconds before now: the "
        "provider's own libraries' default; the provider signs each delivery attempt anew."
    )
    future_tolerance_seconds: Annotated[
        Annotated[int, Integer(1)] | None, Carried("Future tolerance", shown=RECORDS)
    ] = PydField(
        None,
        description="How far ahead of the clock a timestamp may be, in seconds; null: a "
        "timestamp ahead of the clock is accepted, as the provider's own libraries accept it.",
    )
    repeated_timestamp: Annotated[
        Literal["first", "last"], Carried("Repeated timestamp", shown=RECORDS)
    ] = PydField(
        "first",
        description="Which timestamp is read when a header carries several: the first or the "
        "last, as the provider's own libraries read it.",
    )


class HmacSigning(SpecModel):
    """An HMAC of the raw body with a shared secret, in one or more headers (the first present
    wins); with `timestamp`, an HMAC of a timestamp and the body, both in the header."""

    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {"not": {"required": ["timestamp", "prefix"]}},
                {"not": {"required": ["timestamp", "list_separator"]}},
            ]
        }
    )

    scheme: Literal["hmac"]
    headers: Annotated[
        tuple[Header, ...], PydField(min_length=1), UNIQUE, Carried("Headers", shown=RECORDS)
    ] = PydField(description="The headers that may hold the signature: the first present is read.")
    algorithm: Annotated[Literal["sha256", "sha512"], Carried("Algorithm", shown=RECORDS)] = (
        PydField(description="The HMAC's hash function.")
    )
    encodings: Annotated[
        tuple[Literal["hex", "base64"], ...],
        PydField(min_length=1),
        UNIQUE,
        Carried("Encodings", shown=RECORDS),
    ] = PydField(
        description="How the digest is written in the header; several when the provider's "
        "documents do not settle it."
    )
    prefix: Annotated[str | None, Carried("Prefix", shown=RECORDS)] = PydField(
        None,
        min_length=1,
        pattern=whole(r"\S+"),
        description="A label before the digest in the header value (sha512=…).",
    )
    list_separator: Annotated[
        Literal[",", " ", ";"] | None, Carried("List separator", shown=RECORDS)
    ] = PydField(
        None,
        description="The header may hold several signatures separated by this character, each "
        "written whole (with the prefix): every one must be well formed, and one matching is "
        "enough (a provider that signs with each secret valid during a rotation). Null: the "
        "header holds one signature.",
    )
    hex_case: Annotated[Literal["lower", "upper"] | None, Carried("Hex case", shown=RECORDS)] = (
        PydField(
            None,
            description="The case of a hex digest's letters where the provider's own verifier "
            "compares the text and so reads that case alone: signed so and read so only. Null: "
            "either case is read, and lower case is written.",
        )
    )
    timestamp: SignedTimestamp | None = PydField(
        None,
        description="The header carries a signed timestamp beside the signatures (t=…,v1=…); "
        "then it has no prefix and no list separator of its own.",
    )
    sources: SourceRefs
    notes: Text


class JwtSigning(SpecModel):
    """A signed JSON Web Token in one header: its claims sign the body's SHA-256 and the time it
    was issued (iat), so a replay can be refused by age."""

    scheme: Literal["jwt"]
    header: Annotated[Header, Carried("Header", shown=RECORDS)] = PydField(
        description="The header holding the compact JWS."
    )
    algorithm: Annotated[Literal["ES256"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The only JWS algorithm accepted (any other alg is refused)."
    )
    max_age_seconds: Annotated[int, Integer(1), Carried("Maximum age", shown=RECORDS)] = PydField(
        description="The oldest iat accepted, in seconds before now."
    )
    future_skew_seconds: Annotated[int, Integer(0), Carried("Future skew", shown=RECORDS)] = (
        PydField(description="How far in the future an iat may be (clock skew).")
    )
    body_hash_claim: Annotated[str, Carried("Body hash claim", shown=RECORDS)] = PydField(
        pattern=whole("[a-z0-9_]+"),
        description="The claim holding the hex SHA-256 of the raw body.",
    )
    key_reply_member: Annotated[Member | None, Carried("Key reply member", shown=RECORDS)] = (
        PydField(
            None,
            description="The member of the provider's key endpoint reply that holds the JWK, "
            "when the reply wraps it: a receiver may pass the reply as it is.",
        )
    )
    key_expiry_member: Annotated[Member | None, Carried("Key expiry member", shown=RECORDS)] = (
        PydField(
            None,
            description="The JWK member holding the Unix time at which the provider expired the "
            "key (null while it is valid): a token whose key has expired is refused (expired_key).",
        )
    )
    sources: SourceRefs
    notes: Text


class JwsSigning(SpecModel):
    """A detached JSON Web Signature over the request itself (its method, its path, the headers
    the signature lists and the raw body), in the format of the provider's signing library
    (Tl-Signature, version 2), which verifies it. Its key is in the JWKS at the jku the
    signature's header names, which must be one the provider publishes: it is checked before any
    key is looked up, so a forged jku is never fetched."""

    scheme: Literal["jws"]
    header: Annotated[Header, Carried("Header", shown=RECORDS)] = PydField(
        description="The header holding the JWS (header..signature)."
    )
    algorithm: Annotated[Literal["ES512"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The only JWS algorithm accepted (any other alg is refused)."
    )
    allowed_jku: Annotated[
        tuple[Url, ...], PydField(min_length=1), UNIQUE, Carried("Key sets", shown=RECORDS)
    ] = PydField(
        description="The key set addresses the provider publishes: a signature naming any other "
        "jku is refused (unknown_key) before a key is looked up."
    )
    timestamp_header: Annotated[Header | None, Carried("Timestamp header", shown=RECORDS)] = (
        PydField(
            None,
            description="A header the signature must cover that holds the time of sending "
            "(RFC 3339): a tolerance, when one is asked for, is checked against it.",
        )
    )
    sources: SourceRefs
    notes: Text


class StandardWebhooksSigning(SpecModel):
    """Standard Webhooks (the specification its own libraries, standardwebhooks, verify): an
    HMAC-SHA256 of the message id, the timestamp and the raw body joined by dots, with the
    endpoint's secret (whsec_ and the key in base64); the signatures (v1,<base64>, separated by
    spaces) in one header, the id and the timestamp (Unix seconds) in two others. A timestamp
    further from now than the tolerance, before or after, is refused."""

    scheme: Literal["standard_webhooks"]
    id_header: Annotated[Header, Carried("Id header", shown=RECORDS)] = PydField(
        description="The header holding the message id."
    )
    timestamp_header: Annotated[Header, Carried("Timestamp header", shown=RECORDS)] = PydField(
        description="The header holding the Unix timestamp."
    )
    signature_header: Annotated[Header, Carried("Signature header", shown=RECORDS)] = PydField(
        description="The header holding the signatures."
    )
    tolerance_seconds: Annotated[int, Integer(1), Carried("Tolerance", shown=RECORDS)] = PydField(
        description="How far from now a timestamp may be, before or after: the libraries' default."
    )
    sources: SourceRefs
    notes: Text


class SharedSecretSigning(SpecModel):
    """No signature: each delivery carries the webhook's secret itself in one header, which the
    receiver compares with its own, in constant time. It shows the sender knows the secret, but
    protects neither the body (whoever sees one delivery can send any body) nor against a replay.
    The header is the provider's, or one the app names itself when it registers the webhook."""

    scheme: Literal["shared_secret"]
    header: Annotated[Header | None, Carried("Header", shown=RECORDS)] = PydField(
        None,
        description="The header holding the secret; left out where the app names the header "
        "itself when it registers the webhook (receive is then told its name).",
    )
    sources: SourceRefs
    notes: Text


class NoSigning(SpecModel):
    """No signature: the provider authenticates its deliveries at the transport only (the
    receiver configures it in its web server), so bankcodes authenticates nothing and says
    so."""

    scheme: Literal["none"]
    transport: Annotated[
        tuple[Literal["basic_auth", "bearer_token", "mutual_tls", "oauth2", "ip_allowlist"], ...],
        PydField(min_length=1),
        UNIQUE,
        Carried("Transport", shown=RECORDS),
    ] = PydField(
        description="What the provider offers to authenticate deliveries at the transport: HTTP "
        "basic auth, a static bearer token the receiver registered (Authorization: Bearer …), "
        "mutual TLS, an OAuth 2 token, its published source addresses."
    )
    sources: SourceRefs
    notes: Text


Signing = TypeAliasType(
    "Signing",
    Annotated[
        HmacSigning
        | JwtSigning
        | JwsSigning
        | StandardWebhooksSigning
        | SharedSecretSigning
        | FetchedKeySigning
        | CertificateJwtSigning
        | NoSigning,
        PydField(
            discriminator="scheme",
            description="How the provider authenticates its webhook deliveries: a tagged union on "
            "scheme (hmac, jwt, jws, standard_webhooks, shared_secret, fetched_key, "
            "certificate_jwt, none), each variant with only its own fields. A new kind of "
            "scheme is a new variant here and one runtime module.",
        ),
    ],
)

Minutes = Annotated[int, Integer(1)]


class Retries(SpecModel):
    """The retry policy as published: a schedule (the minutes after the first sending at which
    each retry is sent), or an interval and a number of attempts (the first sending counted);
    null where unpublished. receive's default tolerance of a signed body timestamp is the window
    they give, the time limit and 5 minutes."""

    schedule_minutes: tuple[Minutes, ...] | None
    interval_minutes: Minutes | None
    max_attempts: Minutes | None


class Delivery(SpecModel):
    """How the provider delivers its webhooks, every fact from the sources named."""

    payload_kind: Annotated[str, Names("payload kind")] = PydField(
        description="The payload kind of the webhook bodies (provider/name)."
    )
    success_status: Annotated[
        Annotated[int, Integer(100, 599)] | None, Carried("Success status", shown=RECORDS)
    ] = PydField(description="The HTTP status that acknowledges a delivery; null when unpublished.")
    timeout_seconds: Annotated[
        Annotated[int, Integer(1)] | None, Carried("Time limit", shown=RECORDS)
    ] = PydField(description="How long the provider waits for the answer; null when unpublished.")
    retries: Retries
    dedup: tuple[Annotated[tuple[FieldPath, ...], PydField(min_length=1)], ...] = PydField(
        description="Deduplication keys, in order: the first whose field paths are all present "
        "(as strings or numbers) makes the key; without one (or with none listed, for a body "
        "without an id), the key is the SHA-256 of the raw body."
    )
    addresses: Annotated[
        tuple[Annotated[str, PydField(pattern=whole("[0-9a-fA-F:.]+(/[0-9]+)?"))], ...],
        UNIQUE,
        Carried("Source addresses", shown=RECORDS),
    ] = PydField(
        description="The published source IP addresses of deliveries (empty when unpublished)."
    )
    sources: SourceRefs
    notes: Text
    body_timestamp: FieldPath | None = PydField(
        None,
        description="A timestamp inside the signed body, when the provider sends one: an "
        "optional replay tolerance checks it.",
    )


class Licence(SpecModel):
    """The licence a standard's specification is published under, as its own files state it."""

    name: Text = PydField(description='The licence\'s name ("CC BY 4.0", "MIT License").')
    url: Url | None = PydField(None, description="Where its text is published.")
    sources: SourceRefs = PydField(description="The files that state it.")


class UndescribedWebhooks(SpecModel):
    """A provider that sends webhooks whose authentication the catalog does not describe (yet):
    receiving and signing say so, with the reason, rather than that it sends none."""

    reason: Text = PydField(
        description="Why: its sources do not say how deliveries are authenticated, what they say "
        "could not be read, or its scheme is one bankcodes does not verify yet."
    )
    sources: SourceRefs


class Provider(SpecModel):
    """A provider: its names in both packages, its website, its code sets, and the SDK,
    signing and delivery of its webhooks where it has them. Or a standard (kind "standard"):
    the open-banking specification whose codes many providers and banks send, with its
    publisher, the versions the catalog covers and its licence, and no SDK, signing or delivery
    of its own."""

    model_config = ConfigDict(
        json_schema_extra={"not": {"required": ["signing", "webhooks_undescribed"]}}
    )

    #: The provider's key in `providers`.
    id: SkipJsonSchema[str]
    name: Text = PydField(description="The display name.")
    module: Id = PydField(description="The Python module (and the TypeScript file).")
    type_prefix: str = PydField(
        pattern=whole("[A-Z][A-Za-z0-9]*"),
        max_length=40,
        description="The prefix of the provider's TypeScript names.",
    )
    website: Url
    kind: Literal["provider", "standard"] = PydField(
        "provider",
        description="A provider (an aggregator or a bank's API), or a standard: an open-banking "
        "specification whose codes the banks beneath the providers send.",
    )
    publisher: Text | None = PydField(None, description="Who publishes the standard.")
    versions: Annotated[tuple[Text, ...], PydField(min_length=1), UNIQUE] = PydField(
        (), description="The standard's versions whose codes the catalog holds."
    )
    licence: Licence | None = None
    not_covered: Text | None = PydField(
        None,
        description="What of the standard the catalog does not hold, or did not read (its other "
        "code sets, versions or releases), in bankcodes' words: the standards page lists it.",
    )
    language: LanguageTag = PydField(
        "en",
        description="The language its own texts (descriptions, messages, advice) are published "
        'in, as a language tag: "pt-BR" for a standard written in Portuguese.',
    )
    code_sets: Keyed[Id, CodeSet] = PydField(
        description="The provider's code sets, keyed by id, in priority order (classify uses the "
        "first set that knows a value; lookup returns every match)."
    )
    end_user_languages: Annotated[tuple[LanguageTag, ...], PydField(min_length=1), UNIQUE] = (
        PydField(
            ("en",),
            description="The languages of the provider's end users: the site shows the end-user "
            "words in each (bankcodes' words in its language, and the provider's own "
            "translations where it publishes them), and the TypeScript package has a word pack "
            "per tag.",
        )
    )
    sdk: Sdk | None = None
    signing: Signing | None = None
    delivery: Delivery | None = None
    rate_limits: RateLimits | NotStated | None = PydField(
        None,
        description="How a rate limit is signalled (statuses, headers, the prose of messages), "
        "or not_stated with the sources read whole; absent: not read.",
    )
    consent: Consent | NotStated | None = PydField(
        None,
        description="How long a consent lasts, its renewal and the codes that announce or tell "
        "its end, or not_stated with the sources read whole; absent: not read.",
    )
    webhooks_undescribed: UndescribedWebhooks | None = PydField(
        None,
        description="The provider sends webhooks, but the catalog describes no signing for them "
        "(a provider with neither this nor signing sends none, by its sources).",
    )
