"""What the models of the spec's shape are built from: their base class, the constraints pydantic
has no keyword for, and the named types (text, URLs, ids, source references) that the schema
defines once and refers to.

A constraint pydantic has no keyword for (uniqueItems, a const, if/then, dependentRequired,
anyOf of required fields) is written once, as the JSON Schema that says it: on a type with
`Rule(...)`, on a model in its `json_schema_extra`. The generated schema carries it as written,
and the model checks the value as written (before pydantic converts it) against that same
schema, so the two cannot read it differently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, TypeVar

import jsonschema_rs
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    Strict,
    model_validator,
)
from pydantic import Field as PydField
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema
from typing_extensions import TypeAliasType

#: Where a pattern ends: (?![\s\S]) rather than $, which Python's re lets match before a final
#: line break; the patterns read alike in ECMA-262, Python and Rust.
END = r"(?![\s\S])"


def whole(body: str) -> str:
    """A pattern that `body` matches in full."""
    return f"^{body}{END}"


@dataclass(frozen=True)
class Validator:
    """A schema compiled by jsonschema-rs, and by jsonschema for text the former cannot take
    (a lone surrogate, which the loader refuses on its own)."""

    schema: Mapping[str, Any]
    fast: Any

    def problem(self, value: object) -> str | None:
        """Why `value` is not valid, or None."""
        try:
            if self.fast.is_valid(value):
                return None
            return str(next(iter(self.fast.iter_errors(value))).message)
        except ValueError:
            from jsonschema import Draft202012Validator

            error = next(iter(Draft202012Validator(self.schema).iter_errors(value)), None)
            return None if error is None else error.message


@cache
def _validator(schema: str) -> Validator:
    parsed = json.loads(schema)
    return Validator(parsed, jsonschema_rs.validator_for(parsed))


def validator(schema: Mapping[str, Any]) -> Validator:
    """A compiled validator of `schema`, shared by equal schemas."""
    return _validator(json.dumps(schema, sort_keys=True))


def check(validates: Validator, value: object) -> None:
    """Raise a pydantic error unless `value`, as written in the spec, is valid."""
    problem = validates.problem(value)
    if problem is not None:
        raise PydanticCustomError("spec_rule", "{message}", {"message": problem})


class Rule:
    """A constraint of a type, as the JSON Schema that says it (`Rule({"uniqueItems": True})`):
    the type's schema carries it, and its values are checked against it as written."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = dict(schema)

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        validates = validator(self.schema)

        def as_written(value: Any) -> Any:
            check(validates, value)
            return value

        return core_schema.no_info_before_validator_function(as_written, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {**handler(schema), **self.schema}


@dataclass(frozen=True)
class Names:
    """Marks a value that names another entry of the spec, by what it names
    (`Annotated[str, Names("source")]`, on a value, a list's items or a map's keys): the rule
    codegen.rules.references checks that each such value names one, so that a spec the rules
    accept always resolves. What each `entry` may name, and where, is said there."""

    entry: str


class Nullable:
    """Marks an optional field (default None) that may also be written as null; any other
    optional field may be left out but not set to null."""


NULLABLE = Nullable()
UNIQUE = Rule({"uniqueItems": True})


@cache
def _omittable(model: type[BaseModel]) -> frozenset[str]:
    """The fields of `model` that may be left out but not written as null."""
    return frozenset(
        field.alias or name
        for name, field in model.model_fields.items()
        if field.default is None and not any(isinstance(m, Nullable) for m in field.metadata)
    )


class SpecModel(BaseModel):
    """A part of the spec: immutable, no field beyond those declared, each value of the type
    written (no "1" for 1, no 1 for true), and checked against the rules of its
    `json_schema_extra`."""

    model_config = ConfigDict(extra="forbid", frozen=True, regex_engine="python-re")

    @model_validator(mode="before")
    @classmethod
    def _as_written(cls, data: Any) -> Any:
        if isinstance(data, dict):
            nulls = None in data.values()  # in C; a spec rarely writes null
            for name in sorted(_omittable(cls) & data.keys()) if nulls else ():
                if data[name] is None:
                    raise PydanticCustomError(
                        "spec_null", "{name} may be left out, but not null", {"name": name}
                    )
            rules = _rules(cls)
            if rules is not None:
                check(rules, data)
        return data


@cache
def _rules(model: type[BaseModel]) -> Validator | None:
    """A compiled validator of the rules of `model`'s json_schema_extra, if it has any."""
    rules = model.model_config.get("json_schema_extra")
    return validator(rules) if isinstance(rules, dict) else None


def _whole_number(value: object) -> object:
    """A number with no fractional part, as JSON Schema's integer takes it (200.0 is 200)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class Integer:
    """An integer as JSON Schema reads one (200 and 200.0, never "200" or true), within the
    bounds given: `Annotated[int, Integer(100, 599)]`."""

    minimum: int | None = None
    maximum: int | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        exact = core_schema.int_schema(strict=True, ge=self.minimum, le=self.maximum)
        return core_schema.no_info_before_validator_function(_whole_number, exact)


Int = Annotated[int, Integer()]
Bool = Annotated[bool, Strict()]
#: A flag written only as true (false is its default).
TrueFlag = Annotated[Bool, Rule({"const": True})]
#: A flag written only as false (true is its default).
FalseFlag = Annotated[Bool, Rule({"const": False})]

K = TypeVar("K")
V = TypeVar("V")


def _with_ids(value: object) -> object:
    """Each entry of a map keyed by id, with its key as its `id` (the spec writes no id)."""
    if not isinstance(value, dict):
        return value
    entries: dict[object, object] = {}
    for key, entry in value.items():
        if isinstance(entry, dict):
            if "id" in entry:
                raise PydanticCustomError("extra_forbidden", "an entry's id is its key")
            entry = {**entry, "id": key}
        entries[key] = entry
    return entries


#: A map of entries keyed by id (at least one): each entry's model has the key as `id`.
Keyed = Annotated[dict[K, V], PydField(min_length=1), BeforeValidator(_with_ids)]


#: An HTTP header's name as a provider spells it.
Header = Annotated[str, PydField(pattern=whole("[A-Za-z0-9-]+"), max_length=100)]
Id = TypeAliasType("Id", Annotated[str, PydField(pattern=whole("[a-z][a-z0-9_]*"), max_length=64)])
SourceId = TypeAliasType(
    "SourceId", Annotated[str, PydField(pattern=whole("[a-z0-9][a-z0-9-]*"), max_length=64)]
)
Identifier = TypeAliasType(
    "Identifier",
    Annotated[str, PydField(pattern=whole("[A-Za-z][A-Za-z0-9_]*"), max_length=80)],
)
TypeName = TypeAliasType(
    "TypeName", Annotated[str, PydField(pattern=whole("[A-Z][A-Za-z0-9]*"), max_length=80)]
)
#: A field's name: an identifier, one with hyphens (a wire name such as request-id), or
#: GraphQL's __typename (the type of an object of a union).
FieldName = TypeAliasType(
    "FieldName",
    Annotated[str, PydField(pattern=whole("(?:__typename|[A-Za-z][A-Za-z0-9_-]*)"), max_length=80)],
)
TsFunction = TypeAliasType(
    "TsFunction", Annotated[str, PydField(pattern=whole("[a-z][A-Za-z0-9]*"), max_length=80)]
)
Version = TypeAliasType(
    "Version",
    Annotated[
        str,
        PydField(
            pattern=whole(r"(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})"),
            description="MAJOR.MINOR.PATCH: three numbers of at most 9 digits, none with a "
            "leading zero.",
        ),
    ],
)
#: A name of one of the payload kind's own types (its `types`).
TypeNameRef = Annotated[TypeName, Names("type")]
#: A payload kind, as provider/name (a key of `payloads`).
KindRef = Annotated[
    str, PydField(pattern=whole("[a-z][a-z0-9]*/[a-z][a-z0-9-]*")), Names("payload kind")
]
Day = TypeAliasType("Day", Annotated[str, PydField(pattern=whole("[0-9]{4}-[0-9]{2}-[0-9]{2}"))])
CodeSetRef = TypeAliasType(
    "CodeSetRef",
    Annotated[
        str,
        PydField(
            pattern=whole(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*"),
            description="A code set, as provider.code_set.",
        ),
        Names("code set"),
    ],
)
Text = TypeAliasType(
    "Text",
    Annotated[
        str,
        PydField(
            min_length=1,
            max_length=4000,
            pattern=whole(
                r"(?=[\s\S]*\S)[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]*"
            ),
            description="Printable text (line breaks and tabs allowed), not blank, without the "
            "marks that reorder how text is shown (bidirectional embeddings, overrides and "
            "isolates), which could make a generated line read otherwise than it runs.",
        ),
    ],
)
Url = TypeAliasType(
    "Url",
    Annotated[
        str,
        PydField(
            max_length=500,
            pattern=whole(
                r"https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?"
                r"(?:\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?(?:#[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?"
            ),
            description="An https URL made of the characters RFC 3986 allows (others "
            "percent-encoded).",
        ),
    ],
)
#: The languages of bankcodes' own words for the end user (English and its translations): every
#: text of a category's (or a code's own) words is written in each.
LANGUAGES = ("en", "fr", "ar", "es", "pt")

LanguageTag = TypeAliasType(
    "LanguageTag",
    Annotated[
        str,
        PydField(
            pattern=whole(f"({'|'.join(LANGUAGES)})(-[A-Z]{{2}})?"),
            description="A language tag (BCP 47): one of bankcodes' languages "
            f"({', '.join(LANGUAGES)}), "
            "alone or with a region (fr-CA, es-MX). A reader asking for a tag gets the "
            "provider's text in that tag where it publishes one, else bankcodes' words in its "
            "language.",
        ),
    ],
)
Lines = TypeAliasType("Lines", Annotated[tuple[Text, ...], PydField(min_length=1)])
SourceRefs = TypeAliasType(
    "SourceRefs",
    Annotated[tuple[Annotated[SourceId, Names("source")], ...], PydField(min_length=1), UNIQUE],
)
ScopeValues = TypeAliasType(
    "ScopeValues", Annotated[tuple[Text, ...], PydField(min_length=1), UNIQUE]
)
FieldPath = TypeAliasType(
    "FieldPath",
    Annotated[
        tuple[Annotated[str, PydField(min_length=1, pattern=whole(r"[^\u0000-\u001f]+"))], ...],
        PydField(min_length=1),
    ],
)
#: A non-empty string.
Filled = Annotated[str, PydField(min_length=1)]
#: A non-empty string of at most 200 characters (a column's header, a label, a key).
Short = Annotated[str, PydField(min_length=1, max_length=200)]
