"""Resolve the payload kinds of a raw catalog: their types, unions, listeners, recognition and
code fields (a part of codegen.resolve, which looks every id up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from codegen import model as m
from codegen import spec as raw
from codegen.resolve_carried import carried
from codegen.spec import evidence

T = TypeVar("T")


class PayloadResolver:
    """The payload part of the resolver: it reads the sources and code sets resolved before."""

    sources: dict[str, m.Source]
    code_sets: dict[str, m.CodeSet]
    _code_index: tuple[dict[str, tuple[str, ...]], dict[str, set[str]]]

    def refs(self, ids: tuple[str, ...]) -> tuple[m.Source, ...]:
        return tuple(self.sources[source_id] for source_id in ids)

    def payload(self, providers: dict[str, m.Provider], k: raw.PayloadKind) -> m.PayloadKind:
        provider = providers[k.provider]
        objects, types = self.types(k, provider.type_prefix)
        by_name = {type_def.name: type_def for type_def in types}
        kind = m.PayloadKind(
            id=k.id,
            provider=provider.ref,
            module=k.module,
            title=k.title,
            description=k.description,
            sources=self.refs(k.sources),
            root=by_name[k.root],
            types=tuple(types),
            examples=tuple(
                m.Example(e.title, self.refs(e.sources), e.data, e.recognised) for e in k.examples
            ),
            browser=k.browser,
            listener=None,
            request_id=k.request_id,
            request_id_header=k.request_id_header,
            status_field=k.status_field,
            status_code_set=self.code_sets[k.status_code_set] if k.status_code_set else None,
            exception_code_set=(
                self.code_sets[k.exception_code_set] if k.exception_code_set else None
            ),
            sdk_shapes=tuple(self.sdk_shape(shape) for shape in k.sdk_shapes),
            recognise=tuple(map(self.recognition, k.recognise)),
            decides=k.decides,
            embeds=tuple(
                m.Embedded(e.field, e.kinds, e.decides, self.refs(e.sources)) for e in k.embeds
            ),
            jwt=m.SignedBody(k.jwt.unverified, self.refs(k.jwt.sources)) if k.jwt else None,
            carried=carried(k),
        )
        if k.listener is not None:
            unions = tuple(t for t in types if isinstance(t, m.UnionDef))
            set_attr(kind, "listener", self.listener(k.listener, objects, unions))
        return kind

    def recognition(self, r: raw.Recognition) -> m.Recognition:
        """The runtime's record of an entry, field by field as the spec writes it, with the
        evidence it can find in a body (codegen.spec.evidence): whether its fields tell the
        provider, and the codes of its code sets that tell none."""
        spellings, held = self.code_index()
        shared = evidence.shared(r, spellings, held)
        return m.Recognition(**dict(r), by_fields=evidence.by_fields(r), shared=shared)

    def code_index(self) -> tuple[dict[str, tuple[str, ...]], dict[str, set[str]]]:
        """Each code set's spellings ("provider.code_set" -> every code's value and aliases),
        and each spelling with the providers whose code sets hold it."""
        if not hasattr(self, "_code_index"):
            spellings = {
                ref: tuple(text for code in found.codes for text in code.spellings)
                for ref, found in self.code_sets.items()
            }
            held: dict[str, set[str]] = {}
            for ref, texts in spellings.items():
                for text in texts:
                    held.setdefault(text, set()).add(ref.partition(".")[0])
            self._code_index = spellings, held
        return self._code_index

    def types(
        self, k: raw.PayloadKind, prefix: str
    ) -> tuple[dict[str, m.ObjectDef], list[m.TypeDef]]:
        """The kind's object types by id, and every type of the kind in the spec's order."""
        objects: dict[str, m.ObjectDef] = {}

        def field_type(t: raw.FieldType) -> m.FieldType:
            if isinstance(t, raw.CodeRef):
                return m.CodeType(tuple(self.code_sets[ref] for ref in t.code), t.others)
            if isinstance(t, raw.TypeRef):
                return m.RefType(objects[t.ref])
            if isinstance(t, raw.ArrayOf):
                return m.ArrayType(field_type(t.array))
            if isinstance(t, raw.KeysOf):
                keys = m.CodeType(tuple(self.code_sets[ref] for ref in t.keys.code), t.keys.others)
                return m.KeysType(keys, field_type(t.values))
            if isinstance(t, raw.EnumOf):
                return m.EnumType(t.enum, t.name, prefix + t.name)
            return t

        # Objects first (their fields may refer to each other), then their field types.
        pending: list[tuple[m.ObjectDef, dict[str, raw.Field]]] = []
        for t in k.types.values():
            if t.fields is not None:
                obj = m.ObjectDef(t.id, prefix + t.id, t.description, self.fields(t.fields))
                objects[t.id] = obj
                pending.append((obj, t.fields))
        for obj, defs in pending:
            for resolved, (_, f) in zip(obj.fields, defs.items(), strict=True):
                set_attr(resolved, "type", field_type(f.type))

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
        return objects, types

    def fields(self, defs: dict[str, raw.Field]) -> tuple[m.Field, ...]:
        """An object's fields, each typed later (once every object of its kind exists)."""
        return tuple(self.field(name, f, m.RefType(_pending())) for name, f in defs.items())

    def field(self, name: str, f: raw.Field, type_: m.FieldType) -> m.Field:
        return m.Field(
            name, type_, f.required, f.why, f.description, f.nullable, self.refs(f.sources)
        )

    def sdk_shape(self, shape: raw.SdkShape) -> m.SdkShape:
        return m.SdkShape(
            shape.sdk,
            shape.naming,
            self.refs(shape.sources),
            tuple((path, f.type, f.nullable) for path, f in shape.fields.items()),
            tuple(shape.values.items()),
            tuple(shape.redirect_params.items()),
            shape.notes,
        )

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
                name: self.field(name, f, field_type(f.type)) for name, f in variant.fields.items()
            }
            merged = tuple(own.pop(f.name, f) for f in base.fields) + tuple(own.values())
            variants.append(
                m.ObjectDef(
                    variant.name,
                    prefix + variant.name,
                    f"The variant whose {union.field} is {value}: "
                    f"the fields of {base.name} and its own.",
                    merged,
                    tag=(union.field, value),
                )
            )
        fallback = m.ObjectDef(
            union.fallback,
            prefix + union.fallback,
            f"Any other {union.field}, without a schema here: the fields of {base.name}.",
            base.fields,
        )
        return m.UnionDef(
            t.id,
            prefix + t.id,
            t.description,
            base,
            tag,
            tuple(variants),
            fallback,
            event_code=union.event_code,
        )

    def listener(
        self,
        listener: raw.Listener,
        objects: dict[str, m.ObjectDef],
        unions: tuple[m.UnionDef, ...],
    ) -> m.Listener:
        def named(obj: m.ObjectDef, name: str) -> m.Field:
            return next(f for f in obj.fields if f.name == name)

        def at(obj: m.ObjectDef, path: str) -> m.Field:
            """The field at a dotted path, through nested object types."""
            first, _, rest = path.partition(".")
            found = named(obj, first)
            if not rest:
                return found
            assert isinstance(found.type, m.RefType), "the rules make each step an object"
            return at(found.type.target, rest)

        variants = {v.name: v for u in unions for v in (*u.variants, u.fallback)}
        events = []
        for event in listener.events:
            obj = objects[event.type] if event.type in objects else variants[event.type]
            events.append(
                m.ListenerEvent(
                    kind=event.kind,
                    type=obj,
                    tag=named(obj, event.tag) if event.tag is not None else None,
                    codes=tuple(at(obj, path) for path in event.codes),
                    code_paths=event.codes,
                    tag_value=event.tag_value,
                )
            )
        origins = listener.origins
        return m.Listener(
            function=listener.function,
            result_type=listener.function[:1].upper() + listener.function[1:] + "Result",
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


def set_attr(obj: object, name: str, value: object) -> None:
    """Fill a back reference or a late field of a frozen object while it is being built."""
    object.__setattr__(obj, name, value)


def _pending() -> m.ObjectDef:
    """Stands for a field's type until every object type of the kind exists."""
    return m.ObjectDef("", "", "", ())


def _required(value: T | None) -> T:
    assert value is not None, "the schema requires one of fields, discriminated and any_of"
    return value
