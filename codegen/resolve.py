"""Turn a raw catalog that passed the rules into the linked model of codegen.model.

This is the only place where ids are looked up. It relies on what the rules guarantee (every
reference resolves, every code has a category, names are valid and unique) and so cannot fail
on a catalog that the rules accepted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from typing import Any

from codegen import model as m
from codegen import spec as raw
from codegen.model.catalog import Watch
from codegen.phrases import PHRASES
from codegen.resolve_carried import build
from codegen.resolve_payloads import PayloadResolver, set_attr
from codegen.resolve_records import PROVIDER_RECORDS, fact_record
from codegen.spec.records import FAMILIES

#: A wire value used as it is in HTML ids and URL fragments; any other value uses its identifier.
SAFE_ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
PACKAGE = "bankcodes"


def anchor(value: str, identifier: str) -> str:
    """The site anchor of a code (see model.Code.anchor)."""
    return value if SAFE_ANCHOR.fullmatch(value) else identifier


LANGUAGES = raw.LANGUAGES


def _end_user(words: raw.EndUser | None) -> dict[str, tuple[str, str]]:
    if words is None:
        return {}
    return {
        language: (getattr(words.message, language), getattr(words.action, language))
        for language in LANGUAGES
    }


def _owners(document: Mapping[str, Any]) -> dict[str, str]:
    """The provider each source is among, by source id: the provider whose id (and a hyphen)
    begins the source's, or else the one provider whose entry or payload kinds cite it. A source
    is only ever named by a value (a SourceRefs list, never a map's key), and the rules have
    checked each one names a source: the citations are read as the strings of the spec's plain
    JSON, in a third of the time a walk of the models' references (codegen.spec.refs) takes."""
    sources, providers = document["sources"], document["providers"]
    citing: dict[str, set[str]] = {}
    cited = [*providers.items(), *((k["provider"], k) for k in document["payloads"].values())]
    for provider, entry in cited:
        for name in _strings(entry):
            if name in sources:
                citing.setdefault(name, set()).add(provider)
    owners = {}
    for source in sources:
        prefixed = [p for p in providers if source.startswith(f"{p}-")]
        alone = citing.get(source, set())
        if prefixed:
            owners[source] = max(prefixed, key=len)
        elif len(alone) == 1:
            (owners[source],) = alone
    return owners


def _strings(node: object) -> Iterator[str]:
    """Every string value below `node` (a part of the spec's JSON), its map keys left out."""
    waiting = [node]
    while waiting:
        item = waiting.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            waiting.extend(item.values())
        elif isinstance(item, list):
            waiting.extend(item)


class _Resolver(PayloadResolver):
    def __init__(self, spec: raw.Catalog, document: Mapping[str, Any]) -> None:
        self.spec = spec
        owners = _owners(document)
        self.sources = {
            s.id: build(
                m.Source,
                s,
                reads=spec.extracted(s),
                counted={c.code_set: (c.listed, c.held) for c in s.counted},
                owner=owners.get(s.id),
            )
            for s in spec.sources.values()
        }
        #: The sources that read each code set (by its reference), in the spec's order.
        self.readers: dict[str, list[m.Source]] = {}
        for source in self.sources.values():
            for ref in dict.fromkeys(source.reads):
                self.readers.setdefault(ref, []).append(source)
        self.categories = {
            c.id: build(m.Category, c, end_user=_end_user(c.end_user))
            for c in spec.categories.values()
        }
        self.code_sets: dict[str, m.CodeSet] = {}

    # --- providers and codes ------------------------------------------------------------------

    def provider(self, p: raw.Provider) -> m.Provider:
        undescribed, licence = p.webhooks_undescribed, p.licence
        provider = build(
            m.Provider,
            p,
            python_module=f"{PACKAGE}.{p.module}",
            sdk=None,
            signing=self.signing(p.signing),
            webhooks_undescribed=undescribed
            and build(m.UndescribedWebhooks, undescribed, sources=self.refs(undescribed.sources)),
            licence=licence and build(m.Licence, licence, sources=self.refs(licence.sources)),
            code_sets=(),
            delivery=None,
            rate_limits=fact_record(p.rate_limits),
            consent=fact_record(p.consent),
            body_rules=fact_record(p.body_rules),
        )
        code_sets = tuple(self.code_set(provider, cs) for cs in p.code_sets.values())
        set_attr(provider, "code_sets", code_sets)
        if p.sdk is not None:
            set_attr(provider, "sdk", self.sdk(p, p.sdk))
        return provider

    def code_set(self, provider: m.Provider, cs: raw.CodeSet) -> m.CodeSet:
        groups = {g.id: build(m.Group, g) for g in cs.groups.values()}
        code_set = build(
            m.CodeSet,
            cs,
            sources=self.refs(cs.sources),
            scope=_scope(cs.scope),
            groups=tuple(groups.values()),
            ref=f"{provider.id}.{cs.id}",
            python_module=provider.python_module,
            python_path=f"{provider.python_module}.{cs.class_name}",
            ts_name=provider.type_prefix + cs.class_name,
            checked_against=tuple(self.readers.get(f"{provider.id}.{cs.id}", ())),
            numeric=cs.wire_type == "integer",
            transitions=cs.transitions
            and build(m.Transitions, cs.transitions, sources=self.refs(cs.transitions.sources)),
            codes=(),
        )
        set_attr(code_set, "provider", provider.ref)
        codes = tuple(self.code(code_set, c, groups) for c in cs.codes)
        set_attr(code_set, "codes", codes)
        self.code_sets[code_set.ref] = code_set
        return code_set

    def equivalents(self) -> None:
        """Give each code of an equivalence group the other codes of the group (same meaning
        before same action, in spec order)."""
        found: dict[int, list[m.Equivalence]] = {}
        codes: dict[int, m.Code] = {}
        for same in ("meaning", "action"):
            for group in self.spec.equivalents:
                if group.same != same:
                    continue
                members = [self.code_of(ref) for ref in group.codes]
                for code in members:
                    codes[id(code)] = code
                    listed = found.setdefault(id(code), [])
                    known = {id(e.code) for e in listed}
                    listed.extend(
                        m.Equivalence(other, group.same, group.reason)
                        for other in members
                        if other is not code and id(other) not in known
                    )
        for key, equivalents in found.items():
            set_attr(codes[key], "equivalents", tuple(equivalents))

    def code_of(self, ref: str) -> m.Code:
        """The code "provider.code_set.value" (or, for a wire value with a space, its stored
        name; the rules check that it exists)."""
        provider_id, set_id, value = ref.split(".", 2)
        code_set = self.code_sets[f"{provider_id}.{set_id}"]
        return next(code for code in code_set.codes if value in (str(code.value), code.identifier))

    def code(self, code_set: m.CodeSet, c: raw.Code, groups: dict[str, m.Group]) -> m.Code:
        category_id = c.category
        assert category_id is not None, "the loader fills the code set's default category"
        text = c.description if c.description is not None else c.message
        assert text is not None, "the schema requires description or message"
        code = build(
            m.Code,
            c,
            identifier=c.identifier,
            anchor=anchor(c.value, c.identifier),
            text=text,
            retryable_override=c.retryable,
            end_user=_end_user(c.end_user),
            end_user_can_retry_override=c.end_user_can_retry,
            end_user_can_retry_sources=self.refs(c.end_user_can_retry_sources),
            category=self.categories[category_id],
            sources=self.refs(c.sources),
            http=tuple(
                build(
                    m.HttpEntry,
                    h,
                    sources=self.refs(h.sources),
                    cause_by=h.cause and ("bankcodes" if h.editorial else "provider"),
                )
                for h in c.http
            ),
            scope=_scope(c.scope),
            lifecycle=c.lifecycle and build(m.Lifecycle, c.lifecycle),
            group=groups[c.group] if c.group is not None else None,
            test_user=c.test_user and build(m.TestUser, c.test_user),
            category_history=tuple(
                m.CategoryChange(self.categories[h.from_], h.since, h.reason)
                for h in c.category_history
            ),
            wording=self.wording(c),
        )
        set_attr(code, "code_set", code_set)
        return code

    def wording(self, c: raw.Code) -> tuple[m.Wording, ...]:
        """Whose words each text of a code is: the provider's, from the code's sources, unless
        the spec says bankcodes' (editorial for the description, own_words for the others, and
        always for notes); text_sources narrows the sources of one field."""
        own = {*c.own_words, "notes", *(("description",) if c.editorial else ())}
        wording = []
        for field in m.WORDED_FIELDS:
            if getattr(c, field) in (None, {}):
                continue
            by = "bankcodes" if field in own else "provider"
            refs = c.text_sources.get(field)
            if refs is None:
                refs = () if by == "bankcodes" else c.sources
            wording.append(m.Wording(field, by, self.refs(refs)))
        return tuple(wording)

    def signing(self, s: raw.Signing | None) -> m.Signing | None:
        """The provider's signing scheme, its facts as the spec gives them."""
        if s is None:
            return None
        stamped = getattr(s, "timestamp", None)
        timestamp = stamped and build(m.SignedTimestamp, stamped)
        return build(m.Signing, s, sources=self.refs(s.sources), timestamp=timestamp)

    def delivery(
        self, kind: m.PayloadKind, d: raw.Delivery, signing: m.Signing | None
    ) -> m.Delivery:
        return build(
            m.Delivery,
            d,
            kind=kind,
            retry_schedule_minutes=d.retries.schedule_minutes,
            retry_interval_minutes=d.retries.interval_minutes,
            max_attempts=d.retries.max_attempts,
            signed_timestamp=signing is not None and signing.signed_timestamp,
            sources=self.refs(d.sources),
        )

    def config_field(self, f: raw.ConfigField) -> m.ConfigField:
        overrides = tuple(
            build(m.ScopedRequirement, o, scope=_scope(o.scope), sources=self.refs(o.sources))
            for o in f.overrides
        )
        return build(m.ConfigField, f, sources=self.refs(f.sources), overrides=overrides)

    def sdk(self, p: raw.Provider, s: raw.Sdk) -> m.Sdk:
        method_set = self.code_sets[f"{p.id}.{s.code_set}"]
        outcome_set = self.code_sets[f"{p.id}.{s.outcome_code_set}"]
        outcomes = {code.value: code for code in outcome_set.codes}
        methods = tuple(
            self.resolved_method(code, s.methods[code.value], outcomes) for code in method_set.codes
        )
        return build(
            m.Sdk,
            s,
            method_set=method_set,
            outcome_set=outcome_set,
            sources=self.refs(s.sources),
            shared_fields=tuple(self.config_field(f) for f in s.shared_fields),
            methods=methods,
        )

    def resolved_method(
        self, code: m.Code, method: raw.SdkMethod, outcomes: dict[str, m.Code]
    ) -> m.SdkMethod:
        return build(
            m.SdkMethod,
            method,
            method=code,
            sources=self.refs(method.sources),
            fields=tuple(self.config_field(f) for f in method.fields),
            outcomes=tuple(build(m.Outcome, o, status=outcomes[o.status]) for o in method.outcomes),
        )

    # --- payloads -----------------------------------------------------------------------------

    def catalog(
        self, spec_path: str, document: Mapping[str, Any], releases: tuple[m.Release, ...]
    ) -> m.Catalog:
        spec = self.spec
        providers = {p.id: self.provider(p) for p in spec.providers.values()}
        self.equivalents()
        payloads = tuple(self.payload(providers, k) for k in spec.payloads.values())
        by_id = {kind.id: kind for kind in payloads}
        for provider in providers.values():
            owned = tuple(kind for kind in payloads if kind.provider.id == provider.id)
            set_attr(provider, "payloads", owned)
            delivery = spec.providers[provider.id].delivery
            if delivery is not None:
                kind = by_id[delivery.payload_kind]
                set_attr(provider, "delivery", self.delivery(kind, delivery, provider.signing))
        a = spec.about
        return build(
            m.Catalog,
            spec,
            spec_path=spec_path,
            document=document,
            releases=releases,
            about=build(
                m.About,
                a,
                repository=a.project.repository,
                homepage=a.project.homepage,
                keywords=tuple(dict.fromkeys((*a.project.keywords, *spec.providers))),
                documentation=a.project.documentation,
                corrections=a.project.corrections,
            ),
            sources=tuple(self.sources.values()),
            categories=tuple(self.categories.values()),
            unknown=self.categories[UNKNOWN_CATEGORY],
            payload_limits=build(m.PayloadLimits, spec.payload_limits),
            payloads=payloads,
            providers=tuple(providers.values()),
            families=tuple(FAMILIES.values()),
            provider_records=PROVIDER_RECORDS,
            phrases=tuple(PHRASES.items()),
        )


UNKNOWN_CATEGORY = "unknown"


def _scope(scope: raw.Scope | None) -> m.Scope | None:
    if scope is None:
        return None
    return build(m.Scope, scope)


def resolve(
    spec: raw.Catalog,
    spec_path: str,
    document: Mapping[str, Any],
    releases: tuple[m.Release, ...] = (),
    watch: Watch | None = None,
) -> m.Catalog:
    """The linked model of a catalog that passed the rules (with its last watch, if any)."""
    catalog = _Resolver(spec, document).catalog(spec_path, document, releases)
    return dataclasses.replace(catalog, watch=watch) if watch is not None else catalog
