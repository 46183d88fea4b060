"""Rules of the payload kinds' listeners (a Connect widget's messages, an SDK's callbacks): a
message listener names the origins it accepts, each event's kind is its own, and each event
reads its tag and codes from code fields of its type, its tag's value one of their codes."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules._common import codes_of
from codegen.spec import Catalog, CodeRef, Field, PayloadKind, TypeRef


def listeners_resolve(catalog: Catalog) -> Iterator[Problem]:
    for kind in catalog.payloads.values():
        listener = kind.listener
        if listener is None:
            continue
        at = ("payloads", kind.id, "listener")
        if listener.transport == "message" and listener.origins is None:
            yield Problem(
                pointer(*at), 'a "message" listener needs "origins": the hosts it accepts'
            )
        if listener.transport == "callback" and listener.origins is not None:
            yield Problem(pointer(*at, "origins"), 'only a "message" listener has origins')
        kinds: set[str] = set()
        for index, event in enumerate(listener.events):
            here = (*at, "events", index)
            if event.kind in kinds or event.kind == "unknown":
                yield Problem(pointer(*here, "kind"), f"event kind {event.kind!r} is taken")
            kinds.add(event.kind)
            if event.tag is None and index != len(listener.events) - 1:
                yield Problem(
                    pointer(*here), "only the last event may go without a tag (it takes the rest)"
                )
            fields = _event_fields(kind, event.type)
            if fields is None:
                if event.type in kind.types:  # a union: an unknown name is references_resolve's
                    yield Problem(
                        pointer(*here, "type"),
                        f"{event.type!r} is neither an object type nor a union variant of this "
                        "kind",
                    )
                continue
            named = [("tag", event.tag)] if event.tag is not None else []
            named += [(f"codes/{n}", name) for n, name in enumerate(event.codes)]
            for key, name in named:
                field = _field_at(kind, fields, name)
                if field is None or not isinstance(field.type, CodeRef):
                    yield Problem(
                        pointer(*here) + "/" + key,
                        f"{name!r} is not a code field of {event.type!r}",
                    )
                elif key == "tag" and event.tag_value is not None:
                    known = {
                        str(code.value)
                        for ref in field.type.code
                        for code in codes_of(catalog, ref)
                    }
                    if event.tag_value not in known:
                        yield Problem(
                            pointer(*here, "tag_value"),
                            f"{event.tag_value!r} is not a code of the tag's code sets "
                            f"({', '.join(field.type.code)})",
                        )


def _event_fields(kind: PayloadKind, name: str) -> dict[str, Field] | None:
    """The fields of an object type of the kind, or of a variant of one of its unions (its
    base's fields and its own) or of a union's fallback (its base's)."""
    type_def = kind.types.get(name)
    if type_def is not None:
        return type_def.fields
    for union in (t.discriminated for t in kind.types.values() if t.discriminated):
        base = kind.types.get(union.base)
        if base is None or base.fields is None:
            continue
        if union.fallback == name:
            return base.fields
        for variant in union.variants.values():
            if variant.name == name:
                return {**base.fields, **variant.fields}
    return None


def _field_at(kind: PayloadKind, fields: dict[str, Field], path: str) -> Field | None:
    """The field at a dotted path (details.status), through nested object types."""
    first, _, rest = path.partition(".")
    field = fields.get(first)
    if field is None or not rest:
        return field
    target = kind.types.get(field.type.ref) if isinstance(field.type, TypeRef) else None
    if target is None or target.fields is None:
        return None
    return _field_at(kind, target.fields, rest)
