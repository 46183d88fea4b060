"""Records declared once, as the resolver builds them: a model of the spec that a provider
carries whole (its rate limits, its consent) is a record of both packages, with a field per field
of the model, generated from the model itself. A field's type follows its annotation: a text, a
choice of texts (a union of strings in TypeScript), a whole number, a yes/no, a tuple of them or
of records (source ids stay ids), another such model (a record of its own), or a union of
models; optional where it defaults to None."""

from __future__ import annotations

import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from codegen.model.decisions import FactData, FactRecord, RecordField, RecordShape
from codegen.spec.decisions import BodyRules, Consent, NotStated, RateLimits

#: Scalars: Python annotation and TypeScript type.
_SCALARS = {str: ("str", "string"), int: ("int", "number"), bool: ("bool", "boolean")}


def record_shapes(*models: type[BaseModel]) -> tuple[RecordShape, ...]:
    """The records of `models` and of every model their fields hold, each once, a record after
    those its fields name."""
    done: dict[str, RecordShape] = {}
    for model in models:
        _add(model, done)
    return tuple(done.values())


def _add(model: type[BaseModel], done: dict[str, RecordShape]) -> None:
    if model.__name__ in done:
        return
    fields = []
    for name, info in model.model_fields.items():
        python, typescript, nested = _types(info.annotation)
        for inner in nested:
            _add(inner, done)
        optional = not info.is_required() and info.get_default() is None
        doc = info.description or name.replace("_", " ")
        fields.append(RecordField(name, doc, python, typescript, optional))
    doc = " ".join((model.__doc__ or model.__name__).split())
    done[model.__name__] = RecordShape(model.__name__, doc, tuple(fields))


def _types(annotation: Any) -> tuple[str, str, tuple[type[BaseModel], ...]]:
    """Python and TypeScript types of `annotation`, and the models it names (None dropped)."""
    if get_origin(annotation) is Annotated:
        return _types(get_args(annotation)[0])
    if hasattr(annotation, "__value__"):  # a named type alias: what it stands for
        return _types(annotation.__value__)
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        parts = [_types(arg) for arg in get_args(annotation) if arg is not type(None)]
        return (
            " | ".join(p for p, _, _ in parts),
            " | ".join(t for _, t, _ in parts),
            tuple(m for _, _, found in parts for m in found),
        )
    if origin is Literal:
        return "str", " | ".join(f'"{arg}"' for arg in get_args(annotation)), ()
    if origin is tuple:
        python, typescript, nested = _types(get_args(annotation)[0])
        wrapped = f"({typescript})" if " | " in typescript else typescript
        return f"tuple[{python}, ...]", f"readonly {wrapped}[]", nested
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__, annotation.__name__, (annotation,)
    if annotation in _SCALARS:
        return (*_SCALARS[annotation], ())
    raise TypeError(f"a record's field cannot be {annotation!r}")


def fact_record(item: BaseModel | None) -> FactRecord | None:
    """`item` as a record's value: every field of its model, in order (a consent event's
    sources are its consent's where it gives none)."""
    if item is None:
        return None
    return FactRecord(
        type(item).__name__,
        tuple((name, _data(getattr(item, name))) for name in type(item).model_fields),
    )


def _data(value: object) -> FactData:
    if isinstance(value, BaseModel):
        return fact_record(value)
    if isinstance(value, tuple):
        return tuple(_data(v) for v in value)
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"a record's value cannot be {value!r}")


#: The records a provider carries whole: its rate limits and its consent, stated or not, and
#: its message rules.
PROVIDER_RECORDS = record_shapes(RateLimits, Consent, NotStated, BodyRules)
