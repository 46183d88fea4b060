"""The facts the spec's models declare once (codegen.spec.carried), as the targets read them: a
fact, the facts an item carries, and a family of records (codegen.spec.records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

#: A carried fact's value: a text, a whole number, a yes/no or a tuple of texts.
FactValue = str | int | bool | tuple[str, ...] | dict[str, tuple[str, ...]]
#: A value of a record carried whole: a scalar, None (not given), a tuple, or a record.
FactData: TypeAlias = "str | int | bool | tuple[FactData, ...] | FactRecord | None"


def ts_name(name: str) -> str:
    """A TypeScript member's name: a field's name in lower camel case (`deprecatedSince`)."""
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass(frozen=True)
class Fact:
    """A fact the spec declares once and the packages carry as it is (a field of a spec model
    marked Carried, codegen.spec.carried): its name, its label wherever it is shown, its
    description, its value's type in Python and TypeScript (without None), the least release a
    change of its value asks for, the places it is shown, and whether an item may lack it."""

    name: str
    label: str
    doc: str
    python: str
    typescript: str
    level: str = "patch"
    shown: tuple[str, ...] = ()
    #: Whether the field may be None (an item may lack it), whether the spec must give it, and
    #: its value where the spec leaves it out.
    nullable: bool = True
    required: bool = False
    default: FactValue | None = None
    #: The field's key in the spec's JSON (its alias, where it has one).
    key: str = ""
    #: How TypeScript writes it where an item lacks it or has its default: "null", "left out"
    #: (an optional member), or "" (as it is: every item has it).
    absent: str = ""

    @property
    def ts_name(self) -> str:
        return ts_name(self.name)

    @property
    def annotation(self) -> str:
        """The Python record's annotation of the fact."""
        return f"{self.python} | None" if self.nullable else self.python

    @property
    def given(self) -> bool:
        """Whether every item has it: the spec must give it, and never as None (a record takes
        a fact the spec gives as None as left out)."""
        return self.required and not self.nullable

    def shown_in(self, place: str) -> bool:
        return place in self.shown


#: The facts an item has, with their values, in its model's order (None: left out).
Carried = tuple[tuple[Fact, FactValue], ...]


def shown(carried: Carried, place: str) -> Carried:
    """The facts of `carried` shown in `place` (codegen.spec.carried.PLACES)."""
    return tuple((fact, value) for fact, value in carried if fact.shown_in(place))


@dataclass(frozen=True)
class Family:
    """The records of one spec model's items (codegen.spec.records): their generated base
    (`<name>Facts`), what an item is in words, how TypeScript writes a fact an item lacks
    ("left out" or "null"), the facts the model declares and where its records are shown."""

    name: str
    what: str
    absent: str
    facts: tuple[Fact, ...]
    #: Where its records are shown (codegen.spec.carried.PLACES).
    places: tuple[str, ...] = ()
    #: Of a signing scheme's family, the scheme's name in the spec (`hmac`).
    scheme: str = ""
    #: Of a record carried whole (codegen.resolve_records), its model's doc.
    doc: str = ""

    def shown(self, place: str) -> tuple[Fact, ...]:
        return tuple(fact for fact in self.facts if fact.shown_in(place))


@dataclass(frozen=True)
class FactRecord:
    """A record's value: the name of its shape and its fields' values, in the shape's order."""

    name: str
    fields: tuple[tuple[str, FactData], ...]

    def get(self, name: str) -> FactData:
        """The value of the field `name` (None where the record lacks it)."""
        return dict(self.fields).get(name)
