"""What the resolver takes from the spec as it is: the facts a spec item carries (its model's
fields marked Carried, codegen.spec.carried) and every field a resolved record shares with the
spec's model by name, so that no such field is copied across by hand (a part of codegen.resolve
and codegen.resolve_payloads)."""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from codegen import model as m
from codegen.spec.records import FAMILIES

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def carried(item: BaseModel) -> m.Carried:
    """The carried facts `item` has, with their values, in its model's order."""
    facts, values = _facts_of(type(item))
    return tuple(
        (f, value) for f, value in zip(facts, values(item), strict=True) if value is not None
    )


#: What reads the values of a model's carried facts from an item of it, in their order.
Values = Callable[[BaseModel], tuple[Any, ...]]
#: The types of a plain value that holds no other.
PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _facts_of(model: type[BaseModel]) -> tuple[tuple[m.Fact, ...], Values]:
    """The carried facts a model declares, and what reads their values from an item of it at
    once (a resolved spec holds thousands of items)."""
    family = FAMILIES.get(model)
    facts = family.facts if family is not None else ()
    if len(facts) > 1:
        return facts, operator.attrgetter(*(f.name for f in facts))
    names = [f.name for f in facts]
    return facts, lambda item: tuple(getattr(item, name) for name in names)


@functools.cache
def _shared(target: type[Any], model: type[BaseModel]) -> tuple[frozenset[str], frozenset[str]]:
    """The fields of `target` its constructor takes, and those of them `model` has by name."""
    names = frozenset(field.name for field in dataclasses.fields(target) if field.init)
    return names, names & model.model_fields.keys()


def build(target: type[T], item: BaseModel, **given: Any) -> T:
    """A resolved record of `target` (a dataclass) for a spec item: the fields given, its
    carried facts (and those its model declares), and every other field of the record that the
    item's model has by the same name, copied as it is. Such a field must hold a plain value (a
    text, a number, a yes/no, None, or tuples and dicts of them): one the spec holds as an id or
    a model is resolved, so it is given."""
    fields = dict(given)
    names, shared = _shared(target, type(item))
    family = FAMILIES.get(type(item))
    if "carried" in names and "carried" not in fields:
        fields["carried"] = carried(item)
    if "declared" in names and family is not None:
        fields.setdefault("declared", family.facts)
    if "record" in names and family is not None:
        fields.setdefault("record", family.name)
    for name in shared - fields.keys():
        value = getattr(item, name)
        if type(value) not in PLAIN and not _plain(value):
            raise TypeError(f"{target.__name__}.{name} is resolved from the spec: give it")
        fields[name] = value
    return target(**fields)


def _plain(value: object) -> bool:
    if isinstance(value, tuple):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(_plain(key) and _plain(item) for key, item in value.items())
    return value is None or isinstance(value, str | int | float | bool)
