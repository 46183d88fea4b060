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
or a tuple or a dict by text of them (the sources of other facts by the fact's name); optional
(None: the item lacks it) or not. `field_type` reads the type of every field the packages'
records carry, a record carried whole's too (codegen.resolve_records).
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
    asks for, `shown` the places it is shown (None: every place its family shows), and `absent`
    how TypeScript writes it where an item lacks it or has its default (None: a fact that may be
    None as its family does, any other as it is)."""

    label: str
    level: Literal["patch", "minor", "major"] = "patch"
    shown: tuple[str, ...] | None = None
    absent: Literal["null", "left out"] | None = None


class CarriedError(TypeError):
    """A field marked Carried that the packages cannot carry as it is declared."""


def carried_fields(
    model: type[BaseModel], places: tuple[str, ...] = PLACES, absent: str = "left out"
) -> tuple[Fact, ...]:
    """The fields of `model` marked Carried, in their declaration order (`places`: where its
    family shows a fact, `absent`: how TypeScript writes one an item lacks)."""
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
        try:
            python, typescript, nullable, models = field_type(info.annotation)
        except CarriedError:
            models = (BaseModel,)
        if models:
            raise CarriedError(
                f"{where}: a carried fact is a text, a whole number, a yes/no, one of some texts, "
                f"a tuple or a dict by text of them, not {info.annotation!r}"
            )
        rules = [getattr(mark, "schema", {}) for mark in info.metadata]
        consts = [rule["const"] for rule in rules if "const" in rule]
        if python == "bool" and consts:  # a flag written only as true (or false): that value
            typescript = str(consts[0]).lower()
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        if default not in (None, {}) and not isinstance(default, str | int | bool | tuple):
            raise CarriedError(f"{where}: a carried fact's default is a plain value")
        doc = info.description or mark.label
        found.append(
            Fact(
                *(name, mark.label, doc, python, typescript, mark.level, tuple(shown)),
                nullable=nullable,
                required=info.is_required(),
                default=default,
                key=info.alias or name,
                absent=mark.absent or (absent if nullable else ""),
            )
        )
    return tuple(found)


#: The scalars a field may hold: Python annotation and TypeScript type.
SCALARS = {str: ("str", "string"), int: ("int", "number"), bool: ("bool", "boolean")}


def field_type(annotation: Any) -> tuple[str, str, bool, tuple[type[BaseModel], ...]]:
    """The Python and TypeScript types of a field's `annotation` without None, whether None is
    one of its values, and the models it names: a text, a whole number, a yes/no, one of some
    texts (a union of strings in TypeScript), a tuple or a dict by text of them, a model (a
    record of its own), or a union of them. TypeError for any other type."""
    if get_origin(annotation) is Annotated:
        return field_type(get_args(annotation)[0])
    if hasattr(annotation, "__value__"):  # a named type alias (`Text`): what it stands for
        return field_type(annotation.__value__)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        parts = [field_type(arg) for arg in args if arg is not type(None)]
        python, typescript = (" | ".join(p for p, *_ in parts), " | ".join(t for _, t, *_ in parts))
        models = tuple(model for *_, found in parts for model in found)
        return python, typescript, len(parts) < len(args), models
    if origin is Literal and all(isinstance(arg, str) for arg in args):
        return "str", " | ".join(f'"{arg}"' for arg in args), False, ()
    if origin is tuple and len(args) == 2 and args[1] is ...:
        python, typescript, _, models = field_type(args[0])
        shown = f"({typescript})" if " | " in typescript else typescript
        return f"tuple[{python}, ...]", f"readonly {shown}[]", False, models
    if origin is dict:
        python, typescript, _, models = field_type(args[1])
        return f"dict[str, {python}]", f"Readonly<Record<string, {typescript}>>", False, models
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__, annotation.__name__, False, (annotation,)
    if annotation in SCALARS:
        return (*SCALARS[annotation], False, ())
    raise CarriedError(f"a record's field cannot be {annotation!r}")
