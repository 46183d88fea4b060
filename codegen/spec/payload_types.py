"""The types of a payload kind's fields: a scalar, the codes of code sets, another type of the
kind, a list, an object keyed by codes, or an enum; an object type's fields, and the unions
chosen by a code field of their base (codegen.spec.payloads holds the kinds that declare
them)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema
from typing_extensions import TypeAliasType

from codegen.spec.base import (
    UNIQUE,
    Bool,
    CodeSetRef,
    FieldName,
    Filled,
    SourceRefs,
    SpecModel,
    Text,
    TrueFlag,
    TypeName,
    TypeNameRef,
)

Scalar = Literal["string", "url", "integer", "number", "boolean", "timestamp", "json", "object"]


class CodeRef(SpecModel):
    """Values of one or more code sets."""

    code: Annotated[tuple[CodeSetRef, ...], PydField(min_length=1), UNIQUE]
    others: Text | None = PydField(
        None,
        description="Where the field may also hold a code of the sender's own, as its source "
        "allows (a Data Holder's application-specific code, with the standard's in another "
        "field): what those codes are. The strict schema then accepts any other text there too, "
        "as the lenient one does.",
    )


class TypeRef(SpecModel):
    """Another type of the kind."""

    ref: TypeNameRef


class ArrayOf(SpecModel):
    """A list of values of one type."""

    array: FieldType


class KeysOf(SpecModel):
    """An object whose keys are codes of code sets, each holding a value of one type (a
    Security Event Token's events claim: each event under its type). Its code field's JSON path
    ends in .*~, the keys of the object (JSONPath-Plus's spelling); where it holds several codes
    the catalog knows, the first that is not informational decides (RFC 8417: the events of one
    token describe one event; an update that comes with it says less)."""

    keys: CodeRef
    values: FieldType


class EnumOf(SpecModel):
    """One of a list of strings, named as a type."""

    enum: Annotated[tuple[Filled, ...], PydField(min_length=1), UNIQUE]
    name: TypeName


FieldType = TypeAliasType(
    "FieldType",
    Annotated[
        Scalar | CodeRef | TypeRef | ArrayOf | KeysOf | EnumOf,
        PydField(
            description="A scalar type name, or an object: {code: [provider.code_set, …]}, "
            "{ref: Type}, {array: type}, {keys: {code: [provider.code_set, …]}, values: type} "
            "or {enum: [values], name: Type}."
        ),
    ],
)


class Field(SpecModel):
    """A field of an object type; one that is required says why."""

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"required": {"const": True}}},
            "then": {"required": ["why"]},
        }
    )

    type: FieldType
    required: Bool
    why: Text | None = None
    description: Text | None = None
    nullable: TrueFlag = False
    sources: SourceRefs = PydField(
        (), description="Where the field's shape (for example that it may be null) is published."
    )


Fields = TypeAliasType("Fields", Annotated[dict[FieldName, Field], PydField(min_length=1)])


class Variant(SpecModel):
    """The object type of one value of a union's tag, and its own fields."""

    name: TypeName
    fields: Fields = PydField(default_factory=dict)


class Discriminated(SpecModel):
    """A union chosen by a code field of its base: a variant per value, and a fallback for any
    other value."""

    field: FieldName
    base: TypeNameRef
    fallback: TypeName
    variants: Annotated[dict[str, Variant], PydField(min_length=1)]
    event_code: FieldName | None = PydField(
        None,
        description="For a webhook union whose events are named by two fields: the field of "
        "each variant that names the event within its tag (a webhook's code within its type).",
    )


class TypeDef(SpecModel):
    """An object type (fields), a union chosen by a code field of its base (discriminated), or
    any_of object types: exactly one of the three."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["fields"]},
                {"required": ["discriminated"]},
                {"required": ["any_of"]},
            ]
        }
    )

    #: The type's key in `types`.
    id: SkipJsonSchema[str]
    description: Text
    fields: Fields | None = None
    discriminated: Discriminated | None = None
    any_of: Annotated[tuple[TypeNameRef, ...], PydField(min_length=2), UNIQUE] | None = None


ArrayOf.model_rebuild()
KeysOf.model_rebuild()
