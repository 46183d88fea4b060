"""The records a provider carries whole (its rate limits, its consent): their shapes, generated
from the spec's models (codegen.resolve_records), and their values as the spec states them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

#: A value of a record's field: a scalar, None (not given), a tuple, or a record.
FactData: TypeAlias = "str | int | bool | tuple[FactData, ...] | FactRecord | None"


@dataclass(frozen=True)
class RecordField:
    """A field of a generated record."""

    name: str
    doc: str
    python: str
    typescript: str
    #: Whether the record may lack it (None in Python, absent in TypeScript).
    optional: bool

    @property
    def ts_name(self) -> str:
        """The TypeScript member: the field's name in lower camel case (`maxDays`)."""
        first, *rest = self.name.split("_")
        return first + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass(frozen=True)
class RecordShape:
    """A record generated from a model of the spec: its name (the model's), its doc and its
    fields in declaration order."""

    name: str
    doc: str
    fields: tuple[RecordField, ...]


@dataclass(frozen=True)
class FactRecord:
    """A record's value: the name of its shape and its fields' values, in the shape's order."""

    name: str
    fields: tuple[tuple[str, FactData], ...]

    def get(self, name: str) -> FactData:
        """The value of the field `name` (None where the record lacks it)."""
        return dict(self.fields).get(name)
