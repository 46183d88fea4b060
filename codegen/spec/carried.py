"""Facts declared once: a field of a spec model that the packages' records carry (a code's, a
code set's, a category's, a lifecycle's, a signing scheme's, a delivery contract's, a payload
kind's: the families of codegen.spec.records) is marked `Carried`, and reaches every output with
no other edit. The resolver keeps its value (`carried` on the resolved item); the Python
records' and TypeScript interfaces' bases (`CodeFacts`, `HmacSchemeFacts`, `PayloadKindFacts`…,
which `CodeInfo`, `HmacScheme`, `PayloadKindInfo`… extend) are generated with a field of its
name, both packages' data carry its value, and each reader shows it under its label: the site's
tables, the command line's entry (and its --json), the MCP server's answers, the site's decoder;
`python -m codegen diff` and the release notes report a change of its value, at its level.

    deprecated_since: Annotated[Version | None, Carried("Deprecated since")] = PydField(
        None, description="The release of the provider's API that deprecated the code."
    )

The declaration says the rest: `level`, the least release a change of its value asks for (a
fix to a fact is a patch unless it changes what a program does: "minor"); `shown`, where it is
shown, every place its family shows by default (a field the site words in its own sentences
leaves "site" out). A fact is a text, a whole number, a yes/no, one of some texts (a Literal),
a tuple of texts, or the sources of other facts by the fact's name (a mapping of names to source
ids); optional (None: the item lacks it) or not.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from codegen.model.facts import Fact

#: Where a fact may be shown: the Python records, the TypeScript types and data, the command
#: line's entry, the MCP server's answers, the site's decoder, the site's pages, and `codegen
#: diff` with the release notes.
PLACES = ("python", "typescript", "cli", "mcp", "decoder", "site", "diff")
#: The packages' records alone: for a fact every other reader words in its own sentences (the
#: site's page of a provider says how its scheme signs), and changes as its item does.
RECORDS = ("python", "typescript")
#: The Python package's records alone (the TypeScript package's hold no such fact).
PYTHON = ("python",)
#: The levels of release a change may ask for, least first.
LEVELS = ("patch", "minor", "major")


@dataclass(frozen=True)
class Carried:
    """Marks a field of a spec model as a fact the packages carry as the spec states it:
    `label` names it wherever it is shown, `level` is the least release a change of its value
    asks for, and `shown` the places it is shown (None: every place its family shows)."""

    label: str
    level: Literal["patch", "minor", "major"] = "patch"
    shown: tuple[str, ...] | None = None


#: The kinds of value a fact may hold: Python annotation and TypeScript type.
KINDS = {
    str: ("str", "string"),
    int: ("int", "number"),
    bool: ("bool", "boolean"),
    dict: ("dict[str, tuple[str, ...]]", "Readonly<Record<string, readonly string[]>>"),
}


class CarriedError(TypeError):
    """A field marked Carried that the packages cannot carry as it is declared."""


def carried_fields(model: type[BaseModel], places: tuple[str, ...] = PLACES) -> tuple[Fact, ...]:
    """The fields of `model` marked Carried, in their declaration order (`places`: where its
    family shows a fact)."""
    found = []
    for name, info in model.model_fields.items():
        marks = [mark for mark in info.metadata if isinstance(mark, Carried)]
        if not marks:
            continue
        mark, where = marks[0], f"{model.__name__}.{name}"
        shown = places if mark.shown is None else mark.shown
        if mark.level not in LEVELS or not set(shown) <= set(places):
            raise CarriedError(
                f"{where}: a carried fact's level is one of {', '.join(LEVELS)} and it is shown "
                f"only where its family is ({', '.join(places)})"
            )
        value, nullable = _value_type(info.annotation)
        python, typescript = _types(value, where)
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        if default is not None and not isinstance(default, str | int | bool | tuple):
            raise CarriedError(f"{where}: a carried fact's default is a plain value")
        doc = info.description or mark.label
        found.append(
            Fact(
                *(name, mark.label, doc, python, typescript, mark.level, tuple(shown)),
                nullable=nullable,
                required=info.is_required(),
                default=default,
                key=info.alias or name,
            )
        )
    return tuple(found)


def _types(value: Any, where: str) -> tuple[str, str]:
    """The Python and TypeScript types of a fact's value (without None)."""
    if get_origin(value) is Literal and all(isinstance(arg, str) for arg in get_args(value)):
        return "str", " | ".join(f'"{arg}"' for arg in get_args(value))
    if get_origin(value) is tuple and len(get_args(value)) == 2 and get_args(value)[1] is ...:
        item, _ = _value_type(get_args(value)[0])
        python, typescript = _types(item, where)
        if python == "str":
            shown = f"({typescript})" if " | " in typescript else typescript
            return "tuple[str, ...]", f"readonly {shown}[]"
    if value in KINDS:
        return KINDS[value]
    raise CarriedError(
        f"{where}: a carried fact is a text, a whole number, a yes/no, one of some texts, a "
        f"tuple of texts or sources by fact, not {value!r}"
    )


def _value_type(annotation: Any) -> tuple[Any, bool]:
    """The type of `annotation` other than None and its constraints (`str` of `Text | None`),
    and whether None is one of its values."""
    if get_origin(annotation) is Annotated:
        return _value_type(get_args(annotation)[0])
    if hasattr(annotation, "__value__"):  # a named type alias (`Text`): what it stands for
        return _value_type(annotation.__value__)
    if get_origin(annotation) is dict:
        return dict, False
    if get_origin(annotation) in (Union, types.UnionType):
        others = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(others) == 1:
            return _value_type(others[0])[0], len(others) < len(get_args(annotation))
    return annotation, False
