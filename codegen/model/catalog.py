"""The resolved catalog as a whole: its providers, payload kinds, sources and categories."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codegen.model.codes import Category, Code, CodeSet, ProviderRef, Sdk, Source
from codegen.model.facts import FactRecord, Family
from codegen.model.payloads import Listener, PayloadKind, PayloadLimits
from codegen.model.webhooks import Delivery, Signing


@dataclass(frozen=True, eq=False)
class Licence:
    """The licence a standard's specification is published under."""

    name: str
    url: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, eq=False)
class UndescribedWebhooks:
    """Why the catalog describes no signing of the webhooks a provider sends, and its sources."""

    reason: str
    sources: tuple[Source, ...]


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
    #: "provider", or "standard": an open-banking specification, with its publisher, the
    #: versions the catalog covers and its licence.
    kind: str = "provider"
    publisher: str | None = None
    versions: tuple[str, ...] = ()
    licence: Licence | None = None
    #: What of the standard the catalog does not hold, or did not read (bankcodes' words).
    not_covered: str | None = None
    #: The language its own texts are published in.
    language: str = "en"
    #: Why no source its codes cite can be re-read by the drift command (None: one is).
    not_rechecked: str | None = None
    #: Why the catalog describes no signing of the webhooks the provider sends (None: it
    #: describes their signing, or the provider sends none).
    webhooks_undescribed: UndescribedWebhooks | None = None
    #: How a rate limit is signalled and how long a consent lasts (a RateLimits or Consent
    #: record, or a NotStated one), as the spec states them; None: not read.
    rate_limits: FactRecord | None = None
    consent: FactRecord | None = None
    #: Its retry rules, idempotency keys and lifetimes (a Retrying, Idempotency or Lifetimes
    #: record, or a NotStated one), shown on its page; None where not read.
    retries: FactRecord | None = None
    idempotency: FactRecord | None = None
    lifetimes: FactRecord | None = None
    #: The generic codes whose messages give their meaning (a BodyRules record); None: none.
    body_rules: FactRecord | None = None

    @property
    def is_standard(self) -> bool:
        return self.kind == "standard"

    @property
    def ref(self) -> ProviderRef:
        """The provider as its code sets and payload kinds name it."""
        return ProviderRef(
            self.id,
            self.name,
            self.module,
            self.python_module,
            self.type_prefix,
            self.end_user_languages,
            self.language,
        )


@dataclass(frozen=True, eq=False)
class About:
    #: The project's addresses, where it has them (None: left out of the packages' metadata).
    repository: str | None
    homepage: str | None
    #: The spec's keywords and every provider's id.
    keywords: tuple[str, ...]
    #: The published reference site (ending in /) and the issue form for corrections, where
    #: the project has them.
    documentation: str | None = None
    corrections: str | None = None


@dataclass(frozen=True, eq=False)
class Watch:
    """The last watch (`drift --fetch --write`, spec/watch.json): its day, and what each source
    it read gave (a state and why)."""

    day: str
    results: Mapping[str, tuple[str, str]]


@dataclass(frozen=True, eq=False)
class Release:
    """A released catalog (spec/released/<version>.json), as plain JSON."""

    version: str
    document: Mapping[str, Any]


#: The reference pages' folder on the site (site/docs/reference/).
REFERENCE = "reference"


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
    #: The day each version was released (the current one: released or last changed).
    release_dates: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: The last watch of the sources, where one has been written beside the spec.
    watch: Watch | None = None
    #: The records whose facts the spec's models declare as carried (codegen.spec.records), in
    #: order: of a code, of a code set, of a category, … of a payload kind.
    families: tuple[Family, ...] = ()
    #: The records of a provider's rate limits and consent, generated from the spec's models.
    provider_records: tuple[Family, ...] = ()
    #: The words of a decision's reasons, by name (codegen.phrases).
    phrases: tuple[tuple[str, str], ...] = ()

    @property
    def code_sets(self) -> tuple[CodeSet, ...]:
        return tuple(code_set for p in self.providers for code_set in p.code_sets)

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(code for code_set in self.code_sets for code in code_set.codes)

    def doc_url(self, code: Code) -> str | None:
        """The address of a code's section on the published reference site; None when the
        project has no such site."""
        base = self.about.documentation
        if base is None:
            return None
        return f"{base.rstrip('/')}/{REFERENCE}/{code.page}"

    @property
    def provider_names(self) -> str:
        """Every provider's name, in catalog order, as a sentence lists them ("A, B and C")."""
        names = [provider.name for provider in self.providers]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    @property
    def has_standards(self) -> bool:
        """Whether the catalog holds an open-banking standard (the site then has its page)."""
        return any(provider.is_standard for provider in self.providers)

    @property
    def listeners(self) -> tuple[tuple[PayloadKind, Listener], ...]:
        return tuple((kind, kind.listener) for kind in self.payloads if kind.listener is not None)

    @property
    def header(self) -> str:
        """The header of every file rendered from this catalog."""
        return f"generated from {self.spec_path} — do not edit (run `make generate`)"
