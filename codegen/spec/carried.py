"""Facts declared once: a field of the spec's Code, CodeSet, Category or Lifecycle model marked
`Carried` reaches every output with no other edit. The resolver keeps its value (`carried` on a
code, a code set, a category, a lifecycle), the Python records (`CodeFacts`, `CodeSetFacts`,
`CategoryFacts`, `LifecycleFacts`: bases of `CodeInfo`, `CodeSetInfo`, `CategoryInfo`,
`Lifecycle`) and the TypeScript interfaces of the same names (which `CodeInfo`, `CodeSetTables`,
`CategoryDetails` and `Lifecycle` extend) are generated with a field of its name, both packages'
data carry its value, and the site shows it under its label.

    deprecated_since: Annotated[Version | None, Carried("Deprecated since")] = PydField(
        None, description="The release of the provider's API that deprecated the code."
    )

A carried fact is optional (a code may lack it: None) and a text, one of a list of texts (a
Literal: a union of those strings in TypeScript), a whole number, a yes/no, or the sources of
other facts by the fact's name (a mapping of names to source ids).
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel


@dataclass(frozen=True)
class Carried:
    """Marks a field of a spec model (Code, CodeSet, Category, Lifecycle) as a fact the packages
    carry as the spec states it; `label` heads its row in the site's table."""

    label: str


#: The kinds of value a carried fact may hold: Python annotation and TypeScript type.
KINDS = {
    str: ("str", "string"),
    int: ("int", "number"),
    bool: ("bool", "boolean"),
    dict: ("dict[str, tuple[str, ...]]", "Readonly<Record<string, readonly string[]>>"),
}


@dataclass(frozen=True)
class CarriedField:
    """A carried fact as the targets write it."""

    name: str
    label: str
    #: The field's description in the spec's models (the records' and interfaces' doc).
    doc: str
    #: The value's type in Python (the record's field is `python | None`) and in TypeScript.
    python: str
    typescript: str

    @property
    def ts_name(self) -> str:
        """The TypeScript member: the field's name in lower camel case (`deprecatedSince`)."""
        first, *rest = self.name.split("_")
        return first + "".join(part[:1].upper() + part[1:] for part in rest)


class CarriedError(TypeError):
    """A field marked Carried that the packages cannot carry as it is declared."""


def carried_fields(model: type[BaseModel]) -> tuple[CarriedField, ...]:
    """The fields of `model` marked Carried, in their declaration order."""
    found = []
    for name, info in model.model_fields.items():
        marks = [mark for mark in info.metadata if isinstance(mark, Carried)]
        if not marks:
            continue
        if info.is_required() or info.get_default() is not None:
            raise CarriedError(f"{model.__name__}.{name}: a carried fact must default to None")
        value = _value_type(info.annotation)
        if get_origin(value) is Literal and all(isinstance(a, str) for a in get_args(value)):
            python, typescript = "str", " | ".join(f'"{a}"' for a in get_args(value))
        elif value in KINDS:
            python, typescript = KINDS[value]
        else:
            raise CarriedError(
                f"{model.__name__}.{name}: a carried fact is a text, a whole number, a yes/no "
                f"or sources by fact, not {info.annotation!r}"
            )
        doc = info.description or marks[0].label
        found.append(CarriedField(name, marks[0].label, doc, python, typescript))
    return tuple(found)


def _value_type(annotation: Any) -> Any:
    """The type of `annotation` other than None and its constraints (`str` of `Text | None`),
    else the annotation."""
    if get_origin(annotation) is Annotated:
        return _value_type(get_args(annotation)[0])
    if hasattr(annotation, "__value__"):  # a named type alias (`Text`): what it stands for
        return _value_type(annotation.__value__)
    if get_origin(annotation) in (Union, types.UnionType):
        others = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(others) == 1:
            return _value_type(others[0])
    if get_origin(annotation) is dict:
        return dict
    return annotation
