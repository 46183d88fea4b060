"""Rules of the sources: every fact names known documents, and the SDK, signing and delivery
entries resolve."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from codegen.errors import Problem, pointer
from codegen.rules._common import (
    Where,
    code_sets,
    field_at,
    field_types,
)
from codegen.spec import (
    Catalog,
    ConfigField,
)


def sources_resolve(catalog: Catalog) -> Iterator[Problem]:
    known = catalog.sources
    for where, refs in (*_source_refs(catalog), *_payload_source_refs(catalog)):
        for index, ref in enumerate(refs):
            if ref not in known:
                yield Problem(pointer(*where, "sources", index), f"unknown source {ref!r}")


def _source_refs(catalog: Catalog) -> Iterator[tuple[Where, tuple[str, ...]]]:
    for _, code_set, at in code_sets(catalog):
        yield at, code_set.sources
        if code_set.transitions is not None:
            yield (*at, "transitions"), code_set.transitions.sources
        for index, code in enumerate(code_set.codes):
            yield (*at, "codes", index), code.sources
            for number, entry in enumerate(code.http):
                yield (*at, "codes", index, "http", number), entry.sources
    for provider in catalog.providers.values():
        if provider.delivery is not None:
            yield ("providers", provider.id, "delivery"), provider.delivery.sources
        if provider.sdk is None:
            continue
        at_sdk = ("providers", provider.id, "sdk")
        yield at_sdk, provider.sdk.sources
        for index, field in enumerate(provider.sdk.shared_fields):
            yield from _field_refs((*at_sdk, "shared_fields", index), field)
        for method in provider.sdk.methods.values():
            at_method = (*at_sdk, "methods", method.id)
            yield at_method, method.sources
            for index, field in enumerate(method.fields):
                yield from _field_refs((*at_method, "fields", index), field)


def _payload_source_refs(catalog: Catalog) -> Iterator[tuple[Where, tuple[str, ...]]]:
    for provider in catalog.providers.values():
        if provider.signing is not None:
            yield ("providers", provider.id, "signing"), provider.signing.sources
    for kind in catalog.payloads.values():
        yield ("payloads", kind.id), kind.sources
        for index, shape in enumerate(kind.sdk_shapes):
            yield ("payloads", kind.id, "sdk_shapes", index), shape.sources
        if kind.jwt is not None:
            yield ("payloads", kind.id, "jwt"), kind.jwt.sources
        for index, example in enumerate(kind.examples):
            yield ("payloads", kind.id, "examples", index), example.sources
        for type_def in kind.types.values():
            for where, _ in field_types(kind, type_def):
                field = field_at(kind, where)
                if field is not None and field.sources:
                    yield where[:-1], field.sources
        if kind.listener is not None and kind.listener.origins is not None:
            at = ("payloads", kind.id, "listener", "origins")
            yield at, kind.listener.origins.sources


def _field_refs(at: Where, field: ConfigField) -> Iterator[tuple[Where, tuple[str, ...]]]:
    yield at, field.sources
    for number, override in enumerate(field.overrides):
        yield (*at, "overrides", number), override.sources


def sources_are_complete(catalog: Catalog) -> Iterator[Problem]:
    for source in catalog.sources.values():
        if source.kind == "seed" and source.seed is None:
            yield Problem(pointer("sources", source.id), 'a seed source needs "seed"')
        if source.kind in ("doc", "repo") and source.url is None:
            yield Problem(pointer("sources", source.id), f'a {source.kind} source needs "url"')


#: A host name: labels of letters, digits and hyphens, separated by dots.
_HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")


def source_urls_name_one_place(catalog: Catalog) -> Iterator[Problem]:
    """A source's address has no '.' or '..' path segment (percent-encoded or not): the page it
    names is the page read, on its host and, through a mirror, inside the mirror."""
    for source in catalog.sources.values():
        if source.url is None:
            continue
        parts = urlsplit(source.url)
        if any(segment in (".", "..") for segment in unquote(parts.path).split("/")):
            yield Problem(
                pointer("sources", source.id, "url"),
                f"the url has a '.' or '..' segment: {source.url[:120]!r}",
            )
        if not _HOST.fullmatch(parts.hostname or ""):
            yield Problem(
                pointer("sources", source.id, "url"),
                f"the url's host is no host name: {source.url[:120]!r}",
            )


def read_sources_are_pinned(catalog: Catalog) -> Iterator[Problem]:
    """A source drift reads (it declares `extract`) is pinned, so that `drift --fetch --write`
    can tell what it was checked against and move the pin: a repository file by its commit, a
    page by the day its copy was retrieved and that copy's SHA-256, a seed by its file."""
    for source in catalog.sources.values():
        if source.extract is None or source.seed is not None:
            continue
        if source.commit is None and (source.retrieved is None or source.sha256 is None):
            yield Problem(
                pointer("sources", source.id),
                "a source drift reads is pinned: give its commit, or the day its copy was "
                "retrieved and that copy's sha256",
            )


def deliveries_resolve(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        delivery = provider.delivery
        if delivery is None:
            continue
        at = ("providers", provider.id, "delivery")
        kind = catalog.payloads.get(delivery.payload_kind)
        if kind is None or kind.provider != provider.id:
            yield Problem(
                pointer(*at, "payload_kind"),
                f"{delivery.payload_kind!r} is not a payload kind of {provider.id}",
            )
        elif kind.types[kind.root].discriminated is None if kind.root in kind.types else False:
            yield Problem(
                pointer(*at, "payload_kind"),
                f"{kind.id} has no event type: its root must be a discriminated union",
            )
        retries = delivery.retries
        if retries.schedule_minutes is not None and retries.interval_minutes is not None:
            yield Problem(pointer(*at, "retries"), "give a retry schedule or an interval, not both")


def signing_goes_with_delivery(catalog: Catalog) -> Iterator[Problem]:
    """A provider that delivers webhooks says how they are authenticated (signing, "none"
    included)."""
    for provider in catalog.providers.values():
        at = ("providers", provider.id)
        if provider.delivery is not None and provider.signing is None:
            yield Problem(
                pointer(*at, "delivery"),
                'a provider that delivers webhooks needs signing (scheme "none" when it signs '
                "nothing)",
            )


def standards_are_told_from_providers(catalog: Catalog) -> Iterator[Problem]:
    """A standard names its publisher, versions and licence, and has no SDK, signing, delivery
    or webhooks of its own (the providers that pass its codes on have theirs); a provider has none
    of a standard's facts."""
    for provider in catalog.providers.values():
        at = ("providers", provider.id)
        if provider.kind == "standard":
            for name in ("sdk", "signing", "delivery", "webhooks_undescribed"):
                if getattr(provider, name) is not None:
                    yield Problem(
                        pointer(*at, name),
                        f"a standard has no {name} of its own (the providers that pass its codes "
                        "on have theirs)",
                    )
            missing = [
                name for name in ("publisher", "versions", "licence") if not getattr(provider, name)
            ]
            if missing:
                yield Problem(
                    pointer(*at), f"a standard names its {', '.join(missing)} (kind: standard)"
                )
            continue
        for name in ("publisher", "versions", "licence"):
            if getattr(provider, name):
                yield Problem(
                    pointer(*at, name), f'only a standard has a {name} (kind: "standard")'
                )


def sdk_resolves(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        sdk = provider.sdk
        if sdk is None:
            continue
        at = ("providers", provider.id, "sdk")
        methods_set = provider.code_sets.get(sdk.code_set)
        outcome_set = provider.code_sets.get(sdk.outcome_code_set)
        for key, found in (("code_set", methods_set), ("outcome_code_set", outcome_set)):
            if found is None:
                name = getattr(sdk, key)
                yield Problem(pointer(*at, key), f"unknown code set {name!r}")
        if methods_set is not None:
            values = [code.value for code in methods_set.codes]
            for value in values:
                if value not in sdk.methods:
                    yield Problem(pointer(*at, "methods"), f"method {value!r} has no entry")
            for key in sdk.methods:
                if key not in values:
                    yield Problem(
                        pointer(*at, "methods", key),
                        f"{key!r} is not a value of code set {sdk.code_set!r}",
                    )
        outcome_values = {code.value for code in outcome_set.codes} if outcome_set else set()
        for method in sdk.methods.values():
            seen: set[str] = set()
            for index, field in enumerate(method.fields):
                if field.name in seen:
                    yield Problem(
                        pointer(*at, "methods", method.id, "fields", index, "name"),
                        f"duplicate config field {field.name!r}",
                    )
                seen.add(field.name)
            for index, outcome in enumerate(method.outcomes):
                if outcome_set is not None and outcome.status not in outcome_values:
                    yield Problem(
                        pointer(*at, "methods", method.id, "outcomes", index, "status"),
                        f"{outcome.status!r} is not a value of code set {sdk.outcome_code_set!r}",
                    )
