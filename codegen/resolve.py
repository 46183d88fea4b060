"""Turn a raw catalog that passed the rules into the linked model of codegen.model.

This is the only place where ids are looked up. It relies on what the rules guarantee (every
reference resolves, every code has a category, names are valid and unique) and so cannot fail
on a catalog that the rules accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from codegen import model as m
from codegen import spec as raw

#: A wire value used as it is in HTML ids and URL fragments; any other value uses its identifier.
SAFE_ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
PACKAGE = "bankcodes"

T = TypeVar("T")


def anchor(value: str, identifier: str) -> str:
    """The site anchor of a code (see model.Code.anchor)."""
    return value if SAFE_ANCHOR.fullmatch(value) else identifier


LANGUAGES = ("en", "fr", "ar")


def _end_user(words: raw.EndUser | None) -> dict[str, tuple[str, str]]:
    if words is None:
        return {}
    return {
        language: (getattr(words.message, language), getattr(words.action, language))
        for language in LANGUAGES
    }


def _set(obj: object, name: str, value: object) -> None:
    """Fill a back reference or a late field of a frozen object while it is being built."""
    object.__setattr__(obj, name, value)


class _Resolver:
    def __init__(self, spec: raw.Catalog) -> None:
        self.spec = spec
        self.sources = {
            s.id: m.Source(s.id, s.kind, s.title, s.url, s.seed) for s in spec.sources.values()
        }
        self.categories = {
            c.id: m.Category(
                c.id,
                c.name,
                c.title,
                c.description,
                c.retryable,
                c.actor,
                c.action,
                c.equivalents,
                _end_user(c.end_user),
            )
            for c in spec.categories.values()
        }
        self.code_sets: dict[str, m.CodeSet] = {}

    def refs(self, ids: tuple[str, ...]) -> tuple[m.Source, ...]:
        return tuple(self.sources[source_id] for source_id in ids)

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
        )
        code_sets = tuple(self.code_set(provider, cs) for cs in p.code_sets.values())
        _set(provider, "code_sets", code_sets)
        if p.sdk is not None:
            _set(provider, "sdk", self.sdk(p, p.sdk))
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
        )
        _set(code_set, "provider", provider)
        codes = tuple(self.code(code_set, c, groups) for c in cs.codes)
        _set(code_set, "codes", codes)
        self.code_sets[code_set.ref] = code_set
        return code_set

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
            user_action=c.user_action,
            user_message=c.user_message,
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
            lifecycle=m.Lifecycle(c.lifecycle.state, c.lifecycle.note, c.lifecycle.replaced_by)
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
        )
        _set(code, "code_set", code_set)
        return code

    def wording(self, c: raw.Code) -> tuple[m.Wording, ...]:
        """Whose words each text of a code is: the provider's, from the code's sources, unless
        the spec says bankcodes' (editorial for the description, own_words for the others, and
        always for notes); text_sources narrows the sources of one field."""
        own = {*c.own_words, "notes", *(("description",) if c.editorial else ())}
        wording = []
        for field in m.WORDED_FIELDS:
            if getattr(c, field) is None:
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

    def payload(self, providers: dict[str, m.Provider], k: raw.PayloadKind) -> m.PayloadKind:
        provider = providers[k.provider]
        prefix = provider.type_prefix
        objects: dict[str, m.ObjectDef] = {}

        def field_type(t: raw.FieldType) -> m.FieldType:
            if isinstance(t, raw.CodeRef):
                return m.CodeType(tuple(self.code_sets[ref] for ref in t.code))
            if isinstance(t, raw.TypeRef):
                return m.RefType(objects[t.ref])
            if isinstance(t, raw.ArrayOf):
                return m.ArrayType(field_type(t.array))
            if isinstance(t, raw.EnumOf):
                return m.EnumType(t.enum, t.name, prefix + t.name)
            return t

        def fields(defs: dict[str, raw.Field]) -> tuple[m.Field, ...]:
            return tuple(
                m.Field(
                    name,
                    m.RefType(_pending()),
                    f.required,
                    f.why,
                    f.description,
                    f.nullable,
                    self.refs(f.sources),
                )
                for name, f in defs.items()
            )

        # Objects first (their fields may refer to each other), then their field types.
        pending: list[tuple[m.ObjectDef, dict[str, raw.Field]]] = []
        for t in k.types.values():
            if t.fields is not None:
                obj = m.ObjectDef(t.id, prefix + t.id, t.description, fields(t.fields))
                objects[t.id] = obj
                pending.append((obj, t.fields))
        for obj, defs in pending:
            for resolved, (_, f) in zip(obj.fields, defs.items(), strict=True):
                _set(resolved, "type", field_type(f.type))

        types: list[m.TypeDef] = []
        for t in k.types.values():
            if t.fields is not None:
                types.append(objects[t.id])
            elif t.any_of is not None:
                types.append(
                    m.AnyOfDef(
                        t.id, prefix + t.id, t.description, tuple(objects[n] for n in t.any_of)
                    )
                )
            else:
                union = _required(t.discriminated)
                types.append(self.union(t, union, objects, prefix, field_type))
        by_name = {type_def.name: type_def for type_def in types}
        kind = m.PayloadKind(
            id=k.id,
            provider=provider,
            module=k.module,
            title=k.title,
            description=k.description,
            sources=self.refs(k.sources),
            root=by_name[k.root],
            types=tuple(types),
            examples=tuple(m.Example(e.title, self.refs(e.sources), e.data) for e in k.examples),
            browser=k.browser,
            listener=None,
            sdk_shapes=tuple(
                m.SdkShape(
                    shape.sdk,
                    shape.naming,
                    self.refs(shape.sources),
                    tuple((path, f.type, f.nullable) for path, f in shape.fields.items()),
                    tuple(shape.values.items()),
                    tuple(shape.redirect_params.items()),
                    shape.notes,
                )
                for shape in k.sdk_shapes
            ),
        )
        if k.listener is not None:
            _set(kind, "listener", self.listener(k.listener, objects, prefix))
        return kind

    def union(
        self,
        t: raw.TypeDef,
        union: raw.Discriminated,
        objects: dict[str, m.ObjectDef],
        prefix: str,
        field_type: Callable[[raw.FieldType], m.FieldType],
    ) -> m.UnionDef:
        base = objects[union.base]
        tag = next(f for f in base.fields if f.name == union.field)
        variants = []
        for value, variant in union.variants.items():
            own = {
                name: m.Field(
                    name,
                    field_type(f.type),
                    f.required,
                    f.why,
                    f.description,
                    f.nullable,
                    self.refs(f.sources),
                )
                for name, f in variant.fields.items()
            }
            merged = tuple(own.pop(f.name, f) for f in base.fields) + tuple(own.values())
            variants.append(
                m.ObjectDef(
                    variant.name,
                    prefix + variant.name,
                    f"{base.description} ({value}).",
                    merged,
                    tag=(union.field, value),
                )
            )
        fallback = m.ObjectDef(
            union.fallback,
            prefix + union.fallback,
            f"{base.description} (an event type without a schema here).",
            base.fields,
        )
        return m.UnionDef(t.id, prefix + t.id, t.description, base, tag, tuple(variants), fallback)

    def listener(
        self, listener: raw.Listener, objects: dict[str, m.ObjectDef], prefix: str
    ) -> m.Listener:
        def named(obj: m.ObjectDef, name: str) -> m.Field:
            return next(f for f in obj.fields if f.name == name)

        events = []
        for event in listener.events:
            obj = objects[event.type]
            events.append(
                m.ListenerEvent(
                    kind=event.kind,
                    type=obj,
                    tag=named(obj, event.tag) if event.tag is not None else None,
                    codes=tuple(named(obj, name) for name in event.codes),
                )
            )
        origins = listener.origins
        return m.Listener(
            function=listener.function,
            result_type=_capitalised(listener.function) + "Result",
            transport=listener.transport,
            description=listener.description,
            events=tuple(events),
            origins=m.ListenerOrigins(
                origins.hosts,
                origins.example_host,
                self.refs(origins.sources),
                origins.notes,
                origins.hosts_constant,
                origins.check_function,
            )
            if origins is not None
            else None,
        )

    def catalog(
        self, spec_path: str, document: Mapping[str, Any], releases: tuple[m.Release, ...]
    ) -> m.Catalog:
        spec = self.spec
        providers = {p.id: self.provider(p) for p in spec.providers.values()}
        payloads = tuple(self.payload(providers, k) for k in spec.payloads.values())
        by_id = {kind.id: kind for kind in payloads}
        for provider in providers.values():
            _set(provider, "payloads", tuple(k for k in payloads if k.provider is provider))
            delivery = spec.providers[provider.id].delivery
            if delivery is not None:
                kind = by_id[delivery.payload_kind]
                _set(provider, "delivery", self.delivery(kind, delivery, provider.signing))
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
                a.project.keywords,
            ),
            spec_version=spec.spec_version,
            sources=tuple(self.sources.values()),
            categories=tuple(self.categories.values()),
            unknown=self.categories[UNKNOWN_CATEGORY],
            payload_limits=m.PayloadLimits(limits.max_string_length, limits.max_depth, limits.why),
            payloads=payloads,
            providers=tuple(providers.values()),
        )


UNKNOWN_CATEGORY = "unknown"


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _pending() -> m.ObjectDef:
    """Stands for a field's type until every object type of the kind exists."""
    return m.ObjectDef("", "", "", ())


def _required(value: T | None) -> T:
    assert value is not None, "the schema requires one of fields, discriminated and any_of"
    return value


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
) -> m.Catalog:
    """The linked model of a catalog that passed the rules."""
    return _Resolver(spec).catalog(spec_path, document, releases)
