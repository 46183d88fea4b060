"""Rules of the sources: every fact names known documents, and the SDK, signing and delivery
entries resolve."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from codegen.errors import Problem, pointer
from codegen.spec import Catalog, Source


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


def sources_are_pinned(catalog: Catalog) -> Iterator[Problem]:
    """Every source is pinned, so that what a fact was read from can be told again: a seed by its
    file's SHA-256, a page by the day its copy was retrieved and that copy's SHA-256, a repository
    file by its commit (or, as a page, by a copy). A source whose copy was not kept says so in
    `unpinned`, unless drift reads it (it declares `extract`): `drift --fetch --write` tells what
    it was checked against by its pin, and moves it."""
    for source in catalog.sources.values():
        at = ("sources", source.id)
        missing = _pin_missing(source)
        if not missing:
            if source.unpinned is not None:
                yield Problem(pointer(*at, "unpinned"), "the source is pinned: leave this out")
            continue
        if source.extract is not None:
            yield Problem(
                pointer(*at), f"a source drift reads is pinned (it declares extract): {missing}"
            )
        elif source.unpinned is None:
            yield Problem(
                pointer(*at),
                f"every source is pinned: {missing}; or, where the copy read was not kept, "
                'say why in "unpinned"',
            )


#: What each field of a copy's pin says.
_COPY_PIN = {
    "retrieved": "the day the copy read was retrieved",
    "sha256": "the SHA-256 of the copy read",
}


def _pin_missing(source: Source) -> str:
    """What to add to pin `source`: empty where it is pinned."""
    named = [f'"{name}" ({what})' for name, what in _COPY_PIN.items() if not getattr(source, name)]
    if source.kind == "seed":
        return "" if source.sha256 is not None else 'add "sha256" (the SHA-256 of the seed\'s file)'
    if not named or (source.kind != "doc" and source.commit is not None):
        return ""
    kept = " and ".join(named)
    if source.kind == "doc":
        return f"add {kept}"
    return f'add "commit" (the commit the file was read at), or {kept}'


def deliveries_resolve(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        delivery = provider.delivery
        if delivery is None:
            continue
        at = ("providers", provider.id, "delivery")
        kind = catalog.payloads.get(delivery.payload_kind)
        if kind is None:
            pass  # references_resolve's
        elif kind.provider != provider.id:
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


#: What a standard names and a provider has not: who publishes it, the versions the catalog holds,
#: its licence, and what of it the catalog does not hold.
_STANDARD_FACTS = ("publisher", "versions", "licence", "not_covered")


def standards_are_told_from_providers(catalog: Catalog) -> Iterator[Problem]:
    """A standard names its publisher, versions, licence and what the catalog does not hold of
    it, and has no SDK, signing, delivery or webhooks of its own (the providers that pass its
    codes on have theirs); a provider has none of a standard's facts."""
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
            missing = [name for name in _STANDARD_FACTS if not getattr(provider, name)]
            if missing:
                yield Problem(
                    pointer(*at), f"a standard names its {', '.join(missing)} (kind: standard)"
                )
            continue
        for name in _STANDARD_FACTS:
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
        for code in methods_set.codes if methods_set is not None else ():
            if code.value not in sdk.methods:
                yield Problem(pointer(*at, "methods"), f"method {code.value!r} has no entry")
        for method in sdk.methods.values():
            seen: set[str] = set()
            for index, field in enumerate(method.fields):
                if field.name in seen:
                    yield Problem(
                        pointer(*at, "methods", method.id, "fields", index, "name"),
                        f"duplicate config field {field.name!r}",
                    )
                seen.add(field.name)
