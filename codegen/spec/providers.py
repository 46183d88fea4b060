"""A provider: its code sets, its client SDK's methods, and how it delivers its webhooks (how it
signs them: codegen.spec.signing)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, model_validator
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.spec.base import (
    UNIQUE,
    Bool,
    FieldPath,
    Filled,
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
from codegen.spec.body_rules import BodyRules
from codegen.spec.carried import RECORDS, Carried
from codegen.spec.code_sets import CodeSet, inherit
from codegen.spec.codes import Scope
from codegen.spec.decisions import Consent, NotStated, RateLimits
from codegen.spec.retrying import Idempotency, Lifetimes, Retrying
from codegen.spec.signing import Signing


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
    retries: Retrying | NotStated | None = PydField(
        None,
        description="How a failed request is sent again (the documentation's rules and those "
        "of the provider's own client libraries), or not_stated with the sources read whole; "
        "absent: not read.",
    )
    idempotency: Idempotency | NotStated | None = PydField(
        None,
        description="The idempotency keys that make a request safe to send again, or "
        "not_stated with the sources read whole; absent: not read.",
    )
    lifetimes: Lifetimes | NotStated | None = PydField(
        None,
        description="How long its tokens, sessions and links last and how often it refreshes "
        "data, or not_stated with the sources read whole; absent: not read.",
    )
    body_rules: BodyRules | None = PydField(
        None,
        description="What its bodies say beyond their codes: the generic codes whose messages "
        "give their meaning (each rule with the message it was read from) and the fields that "
        "state when a consent ends; absent: none declared.",
    )
    not_rechecked: Text | None = PydField(
        None,
        description="Why no source its codes cite can be re-read by the drift command (its "
        "sources are in no format drift reads, or hold no list it can extract), said on its page; "
        "null: one is re-read.",
    )
    webhooks_undescribed: UndescribedWebhooks | None = PydField(
        None,
        description="The provider sends webhooks, but the catalog describes no signing for them "
        "(a provider with neither this nor signing sends none, by its sources).",
    )
