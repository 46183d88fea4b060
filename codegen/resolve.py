"""Turn a raw catalog that passed the rules into the linked model of codegen.model.

This is the only place where ids are looked up. It relies on what the rules guarantee (every
reference resolves, every code has a category, names are valid and unique) and so cannot fail
on a catalog that the rules accepted.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from codegen import model as m
from codegen import spec as raw
from codegen.model.catalog import Watch
from codegen.resolve_payloads import PayloadResolver, set_attr
from codegen.resolve_records import PROVIDER_RECORDS, fact_record
from codegen.spec.carried import carried_fields

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


def _reads(spec: raw.Catalog, source: raw.Source) -> tuple[str, ...]:
    """The code sets a source's extractor reads: each rule's, and for a rule of event pairs the
    code sets of the codes of each variant of the payload kind's union."""
    found: list[str] = []
    for rule in source.extract.code_sets if source.extract is not None else ():
        found.append(rule.code_set)
        if not isinstance(rule, raw.PairsRule):
            continue
        kind = spec.payloads.get(rule.pairs.kind)
        union = kind.types[kind.root].discriminated if kind is not None else None
        for variant in union.variants.values() if union is not None else ():
            field = variant.fields.get(rule.pairs.code)
            if field is not None and isinstance(field.type, raw.CodeRef):
                found += field.type.code[:1]
    return tuple(dict.fromkeys(found))


class _Resolver(PayloadResolver):
    def __init__(self, spec: raw.Catalog) -> None:
        self.spec = spec
        self.sources = {
            s.id: m.Source(
                id=s.id,
                kind=s.kind,
                title=s.title,
                url=s.url,
                seed=s.seed,
                commit=s.commit,
                retrieved=s.retrieved,
                sha256=s.sha256,
                checked=s.checked,
                reads=_reads(spec, s),
                read_in_part=s.read_in_part,
                unpinned=s.unpinned,
            )
            for s in spec.sources.values()
        }
        self.categories = {
            c.id: m.Category(
                c.id,
                c.name,
                c.title,
                c.description,
                c.retryable,
                c.end_user_can_retry,
                c.actor,
                c.action,
                c.equivalents,
                c.quiet,
                _end_user(c.end_user),
                carried(c),
            )
            for c in spec.categories.values()
        }
        self.code_sets: dict[str, m.CodeSet] = {}

    # --- providers and codes ------------------------------------------------------------------

    def provider(self, p: raw.Provider) -> m.Provider:
        provider = m.Provider(
            id=p.id,
            name=p.name,
            module=p.module,
            python_module=f"{PACKAGE}.{p.module}",
            type_prefix=p.type_prefix,
            website=p.website,
            sdk=None,
            signing=self.signing(p.signing),
            end_user_languages=p.end_user_languages,
            kind=p.kind,
            language=p.language,
            webhooks_undescribed=m.UndescribedWebhooks(
                p.webhooks_undescribed.reason, self.refs(p.webhooks_undescribed.sources)
            )
            if p.webhooks_undescribed
            else None,
            publisher=p.publisher,
            versions=p.versions,
            licence=m.Licence(p.licence.name, p.licence.url, self.refs(p.licence.sources))
            if p.licence
            else None,
            rate_limits=fact_record(p.rate_limits),
            consent=fact_record(p.consent),
            not_covered=p.not_covered,
        )
        code_sets = tuple(self.code_set(provider, cs) for cs in p.code_sets.values())
        set_attr(provider, "code_sets", code_sets)
        if p.sdk is not None:
            set_attr(provider, "sdk", self.sdk(p, p.sdk))
        return provider

    def code_set(self, provider: m.Provider, cs: raw.CodeSet) -> m.CodeSet:
        groups = {g.id: m.Group(g.id, g.title, g.description) for g in cs.groups.values()}
        code_set = m.CodeSet(
            id=cs.id,
            class_name=cs.class_name,
            title=cs.title,
            description=cs.description,
            field=cs.field,
            sources=self.refs(cs.sources),
            scope=_scope(cs.scope),
            groups=tuple(groups.values()),
            ref=f"{provider.id}.{cs.id}",
            python_module=provider.python_module,
            python_path=f"{provider.python_module}.{cs.class_name}",
            ts_name=provider.type_prefix + cs.class_name,
            checked_against=tuple(
                s for s in self.sources.values() if f"{provider.id}.{cs.id}" in s.reads
            ),
            numeric=cs.wire_type == "integer",
            transitions=m.Transitions(
                initial=cs.transitions.initial,
                next=dict(cs.transitions.next),
                sources=self.refs(cs.transitions.sources),
                editorial=cs.transitions.editorial,
                notes=cs.transitions.notes,
            )
            if cs.transitions is not None
            else None,
            carried=carried(cs),
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
        code = m.Code(
            value=c.value,
            identifier=c.identifier,
            anchor=anchor(c.value, c.identifier),
            text=text,
            description=c.description,
            message=c.message,
            editorial=c.editorial,
            retryable_override=c.retryable,
            advice=c.advice,
            advice_translations=dict(c.advice_translations),
            end_user=_end_user(c.end_user),
            end_user_can_retry_override=c.end_user_can_retry,
            end_user_can_retry_sources=self.refs(c.end_user_can_retry_sources),
            user_message=c.user_message,
            user_message_translations=dict(c.user_message_translations),
            message_translations=dict(c.message_translations),
            user_message_offered=c.user_message_offered,
            category=self.categories[category_id],
            sources=self.refs(c.sources),
            http=tuple(
                m.HttpEntry(
                    h.status,
                    self.refs(h.sources),
                    h.cause,
                    h.message,
                    h.steps_to_reproduce,
                    h.context,
                    None if h.cause is None else "bankcodes" if h.editorial else "provider",
                )
                for h in c.http
            ),
            scope=_scope(c.scope),
            lifecycle=m.Lifecycle(
                c.lifecycle.state,
                c.lifecycle.note,
                c.lifecycle.replaced_by,
                carried(c.lifecycle),
            )
            if c.lifecycle
            else None,
            aliases=c.aliases,
            notes=c.notes,
            group=groups[c.group] if c.group is not None else None,
            steps_to_reproduce=c.steps_to_reproduce,
            test_user=m.TestUser(
                c.test_user.institution, c.test_user.username, c.test_user.password
            )
            if c.test_user
            else None,
            category_history=tuple(
                m.CategoryChange(self.categories[h.from_], h.since, h.reason)
                for h in c.category_history
            ),
            wording=self.wording(c),
            carried=carried(c),
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
        if isinstance(s, raw.HmacSigning):
            return m.HmacSigning(
                headers=s.headers,
                algorithm=s.algorithm,
                encodings=s.encodings,
                prefix=s.prefix,
                sources=self.refs(s.sources),
                notes=s.notes,
                timestamp=None
                if s.timestamp is None
                else m.SignedTimestamp(
                    timestamp_label=s.timestamp.timestamp_label,
                    signature_label=s.timestamp.signature_label,
                    separator=s.timestamp.separator,
                    tolerance_seconds=s.timestamp.tolerance_seconds,
                    future_tolerance_seconds=s.timestamp.future_tolerance_seconds,
                    repeated_timestamp=s.timestamp.repeated_timestamp,
                ),
            )
        if isinstance(s, raw.JwtSigning):
            return m.JwtSigning(
                header=s.header,
                algorithm=s.algorithm,
                max_age_seconds=s.max_age_seconds,
                future_skew_seconds=s.future_skew_seconds,
                body_hash_claim=s.body_hash_claim,
                sources=self.refs(s.sources),
                notes=s.notes,
                key_reply_member=s.key_reply_member,
                key_expiry_member=s.key_expiry_member,
            )
        if isinstance(s, raw.StandardWebhooksSigning):
            return m.StandardWebhooksSigning(
                id_header=s.id_header,
                timestamp_header=s.timestamp_header,
                signature_header=s.signature_header,
                tolerance_seconds=s.tolerance_seconds,
                sources=self.refs(s.sources),
                notes=s.notes,
            )
        if isinstance(s, raw.SharedSecretSigning):
            return m.SharedSecretSigning(
                header=s.header, sources=self.refs(s.sources), notes=s.notes
            )
        if isinstance(s, raw.JwsSigning):
            return m.JwsSigning(
                header=s.header,
                algorithm=s.algorithm,
                allowed_jku=s.allowed_jku,
                timestamp_header=s.timestamp_header,
                sources=self.refs(s.sources),
                notes=s.notes,
            )
        if isinstance(s, raw.NoSigning):
            return m.NoSigning(transport=s.transport, sources=self.refs(s.sources), notes=s.notes)
        return None

    def delivery(
        self, kind: m.PayloadKind, d: raw.Delivery, signing: m.Signing | None
    ) -> m.Delivery:
        return m.Delivery(
            kind=kind,
            success_status=d.success_status,
            timeout_seconds=d.timeout_seconds,
            retry_schedule_minutes=d.retries.schedule_minutes,
            retry_interval_minutes=d.retries.interval_minutes,
            max_attempts=d.retries.max_attempts,
            signed_timestamp=signing is not None and signing.signed_timestamp,
            body_timestamp=d.body_timestamp,
            dedup=d.dedup,
            addresses=d.addresses,
            sources=self.refs(d.sources),
            notes=d.notes,
        )

    def config_field(self, f: raw.ConfigField) -> m.ConfigField:
        overrides = tuple(
            m.ScopedRequirement(o.required, _scope(o.scope) or m.Scope(), self.refs(o.sources))
            for o in f.overrides
        )
        return m.ConfigField(f.name, f.required, self.refs(f.sources), f.notes, overrides)

    def sdk(self, p: raw.Provider, s: raw.Sdk) -> m.Sdk:
        method_set = self.code_sets[f"{p.id}.{s.code_set}"]
        outcome_set = self.code_sets[f"{p.id}.{s.outcome_code_set}"]
        outcomes = {code.value: code for code in outcome_set.codes}
        methods = tuple(
            m.SdkMethod(
                method=code,
                sources=self.refs(s.methods[code.value].sources),
                fields=tuple(self.config_field(f) for f in s.methods[code.value].fields),
                notes=s.methods[code.value].notes,
                outcomes=tuple(
                    m.Outcome(outcomes[o.status], o.description)
                    for o in s.methods[code.value].outcomes
                ),
            )
            for code in method_set.codes
        )
        return m.Sdk(
            method_set=method_set,
            outcome_set=outcome_set,
            sources=self.refs(s.sources),
            shared_fields=tuple(self.config_field(f) for f in s.shared_fields),
            methods=methods,
            notes=s.notes,
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
        a, limits = spec.about, spec.payload_limits
        return m.Catalog(
            spec_path=spec_path,
            document=document,
            releases=releases,
            about=m.About(
                a.title,
                a.format,
                a.adding_a_code,
                a.generated_files,
                a.project.repository,
                a.project.homepage,
                tuple(dict.fromkeys((*a.project.keywords, *spec.providers))),
                documentation=a.project.documentation,
                corrections=a.project.corrections,
            ),
            spec_version=spec.spec_version,
            release_dates=dict(spec.release_dates),
            sources=tuple(self.sources.values()),
            categories=tuple(self.categories.values()),
            unknown=self.categories[UNKNOWN_CATEGORY],
            payload_limits=m.PayloadLimits(limits.max_string_length, limits.max_depth, limits.why),
            payloads=payloads,
            providers=tuple(providers.values()),
            code_facts=facts_of(raw.Code),
            code_set_facts=facts_of(raw.CodeSet),
            category_facts=facts_of(raw.Category),
            lifecycle_facts=facts_of(raw.Lifecycle),
            provider_records=PROVIDER_RECORDS,
        )


UNKNOWN_CATEGORY = "unknown"


@functools.cache
def facts_of(model: type[BaseModel]) -> tuple[m.CodeFact, ...]:
    """The facts a model of the spec (Code, CodeSet, Category, Lifecycle) declares as carried."""
    return tuple(
        m.CodeFact(f.name, f.label, f.doc, f.python, f.typescript, f.ts_name)
        for f in carried_fields(model)
    )


def carried(item: BaseModel) -> tuple[tuple[m.CodeFact, m.FactValue], ...]:
    """The carried facts `item` has, with their values."""
    return tuple(
        (fact, value)
        for fact in facts_of(type(item))
        if (value := getattr(item, fact.name)) is not None
    )


def _scope(scope: raw.Scope | None) -> m.Scope | None:
    if scope is None:
        return None
    return m.Scope(
        scope.regions, scope.sdks, scope.doc_versions, scope.data_sources, scope.endpoints
    )


def resolve(
    spec: raw.Catalog,
    spec_path: str,
    document: Mapping[str, Any],
    releases: tuple[m.Release, ...] = (),
    watch: Watch | None = None,
) -> m.Catalog:
    """The linked model of a catalog that passed the rules (with its last watch, if any)."""
    catalog = _Resolver(spec).catalog(spec_path, document, releases)
    return dataclasses.replace(catalog, watch=watch) if watch is not None else catalog
