"""Where the spec's values name other entries: every value, list item or map key whose type is
marked `Names(...)` in the models (codegen.spec.base), found by reading the models themselves, so
that a field added with a marked type (SourceRefs, CodeSetRef, or `Annotated[Id,
Names("category")]`) is found with no list to keep.

`references(catalog)` walks a spec's model and yields each such value with its JSON pointer, what
it names, the field that holds it and the parts of the spec around it (which tell what a scoped
name, such as a group of a code set, is looked up in). A value a part inherits from the part
holding it (a code's sources, its code set's) is yielded once, where it is written.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Union

from pydantic import BaseModel
from typing_extensions import TypeAliasType

from codegen.spec.base import Names

Where = tuple[str | int, ...]
#: The parts of the spec around a value, outermost first (the catalog, a provider, a code set…).
Within = tuple[BaseModel, ...]


@dataclass(frozen=True)
class Reference:
    """A value that names another entry of the spec."""

    where: Where
    value: str
    entry: str
    #: The field that holds it, as Model.field (Code.sources).
    field: str
    within: Within


Found = list[Reference]
#: How the names in a value are found: each is added to the list given last.
Visit = Callable[[object, Where, Within, str, Found], None]


def references(model: BaseModel) -> Iterator[Reference]:
    """Every value of `model` (a spec's Catalog, or any part of one) that names an entry."""
    found: Found = []
    _walk(model, (), (), found)
    return iter(found)


@cache
def reference_fields(model: type[BaseModel]) -> frozenset[str]:
    """Every field (Model.field) of `model` and of the models it holds that holds a name of an
    entry: what `references` may yield, read from the models alone."""
    found: set[str] = set()
    seen: set[type[BaseModel]] = set()
    pending = [model]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for name, field in current.model_fields.items():
            annotation = _annotation(field.annotation, field.metadata)
            if _names_in(annotation):
                found.add(f"{current.__name__}.{name}")
            pending += _models_in(annotation)
    return frozenset(found)


def _annotation(annotation: Any, metadata: list[Any]) -> Any:
    """A field's annotation with the metadata pydantic took off it put back."""
    return Annotated[(annotation, *metadata)] if metadata else annotation


def _parts(annotation: Any) -> tuple[Any, ...]:
    """The types `annotation` is made of, one level down."""
    if isinstance(annotation, TypeAliasType):
        return (annotation.__value__,)
    if typing.get_origin(annotation) is Annotated:
        return (annotation.__origin__,)
    return typing.get_args(annotation)


def _names_in(annotation: Any) -> bool:
    """Whether `annotation`, models it holds aside, has a Names marker."""
    if typing.get_origin(annotation) is Annotated and _marker(annotation) is not None:
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return False
    return any(_names_in(part) for part in _parts(annotation))


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for part in _parts(annotation) for model in _models_in(part)]


def _marker(annotation: Any) -> Names | None:
    return next((m for m in annotation.__metadata__ if isinstance(m, Names)), None)


def _walk(model: BaseModel, where: Where, within: Within, found: Found) -> None:
    holder = within[-1] if within else None
    inherits = _field_names(type(holder)) if holder is not None else frozenset()
    inside = (*within, model)
    for name, key, visit in _plan(type(model)):
        value = getattr(model, name)
        if name in inherits and value and getattr(holder, name) == value:
            continue  # the holder's own value, which it passed on: reported where it is written
        visit(value, (*where, key), inside, f"{type(model).__name__}.{name}", found)


@cache
def _field_names(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(model.model_fields)


@cache
def _plan(model: type[BaseModel]) -> tuple[tuple[str, str, Visit], ...]:
    """The fields of `model` that may hold a name of an entry: (attribute, key, how to visit)."""
    plan = []
    for name, field in model.model_fields.items():
        annotation = _annotation(field.annotation, field.metadata)
        visit = _visitor(annotation)
        if visit is not None and _holds(annotation):
            plan.append((name, field.alias or name, visit))
    return tuple(plan)


def _holds(annotation: Any) -> bool:
    """Whether a value of `annotation` may hold a name of an entry, in the models it holds
    too."""
    return _names_in(annotation) or any(reference_fields(model) for model in _models_in(annotation))


def _visitor(annotation: Any) -> Visit | None:
    """How to find the names in a value of `annotation`; None where it holds none."""
    if isinstance(annotation, TypeAliasType):
        return _visitor(annotation.__value__)
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        marker = _marker(annotation)
        return _leaf(marker.entry) if marker is not None else _visitor(annotation.__origin__)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model(annotation)
    if origin in (Union, types.UnionType):
        arms = [visit for arm in typing.get_args(annotation) if (visit := _visitor(arm))]
        return _any(arms) if arms else None
    if origin is tuple:
        item = _visitor(typing.get_args(annotation)[0])
        return _items(item) if item is not None else None
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        marker = _key_marker(key_type)
        visit_value = _visitor(value_type)
        if marker is None and visit_value is None:
            return None
        return _entries(marker.entry if marker else None, visit_value)
    return None


def _key_marker(annotation: Any) -> Names | None:
    while isinstance(annotation, TypeAliasType) or typing.get_origin(annotation) is Annotated:
        if typing.get_origin(annotation) is Annotated and _marker(annotation) is not None:
            return _marker(annotation)
        annotation = _parts(annotation)[0]
    return None


def _leaf(entry: str) -> Visit:
    def visit(value: object, where: Where, within: Within, field: str, found: Found) -> None:
        if isinstance(value, str):
            found.append(Reference(where, value, entry, field, within))

    return visit


def _model(model: type[BaseModel]) -> Visit:
    def visit(value: object, where: Where, within: Within, field: str, found: Found) -> None:
        if isinstance(value, model):
            _walk(value, where, within, found)

    return visit


def _any(arms: list[Visit]) -> Visit:
    def visit(value: object, where: Where, within: Within, field: str, found: Found) -> None:
        for arm in arms:
            arm(value, where, within, field, found)

    return visit


def _items(item: Visit) -> Visit:
    def visit(value: object, where: Where, within: Within, field: str, found: Found) -> None:
        for index, each in enumerate(value if isinstance(value, tuple) else ()):
            item(each, (*where, index), within, field, found)

    return visit


def _entries(key_entry: str | None, item: Visit | None) -> Visit:
    def visit(value: object, where: Where, within: Within, field: str, found: Found) -> None:
        for key, each in value.items() if isinstance(value, dict) else ():
            if key_entry is not None and isinstance(key, str):
                found.append(Reference((*where, key), key, key_entry, field, within))
            if item is not None:
                item(each, (*where, key), within, field, found)

    return visit
