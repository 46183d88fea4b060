"""How the generated pydantic models validate what the JSON Schemas describe.

The models (bankcodes.webhooks.*) type their fields with the aliases of
bankcodes.webhooks._types and bankcodes.webhooks.<provider>._codes, which attach the markers
defined here. Each marker gives pydantic one plain validator, so that a value is checked once,
without trying union members one by one:

- OpenCode / KnownCode: a code field holds the bankcodes enum member for a known value; lenient
  fields keep any other string as the UnknownCode that CodeEnum.parse returns, strict ones
  reject it. Aliases are accepted only where the JSON Schemas accept them (lenient).
- BoundedJson: a free-form JSON value, nested at most `depth` levels, strings at most `length`
  characters, finite numbers only.
- JsonInteger and FiniteNumber: JSON numbers (never booleans); an integer may be written 200.0,
  as JSON Schema counts it as an integer; infinities are rejected.
- not_null: the validator of optional fields that may be absent but not null.

PayloadModel is the base of every model: a dump gives back the JSON the model was read from.
CodeFieldsModel is the base of the lenient models with optional code fields: "" there is no code.

Importing this module imports pydantic-core; `import bankcodes` does not.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Generic, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, RootModel, model_validator
from pydantic_core import PydanticCustomError, core_schema

from bankcodes._base import AnyCode, AnyCodeSet, UnknownCode
from bankcodes._code_schemas import code_lookup, is_numeric, known_code_schema, plain, wire


class PayloadModel(BaseModel):
    """The base of every generated model: its dumps give back the JSON it was validated from,
    with the wire names and without the optional fields that were absent (exclude_unset)."""

    model_config = ConfigDict(serialize_by_alias=True, defer_build=True)

    def model_dump(self, *, exclude_unset: bool = True, **options: Any) -> dict[str, Any]:
        return super().model_dump(exclude_unset=exclude_unset, **options)

    def model_dump_json(self, *, exclude_unset: bool = True, **options: Any) -> str:
        return super().model_dump_json(exclude_unset=exclude_unset, **options)


class CodeFieldsModel(PayloadModel):
    """The base of a lenient model with optional code fields: "" in one of them is no code, read
    as if the field were absent (None, left out of the dump), so that an SDK that sends "" for a
    missing code is read as one that leaves it out. A required code field keeps "" as it is
    sent (an UnknownCode that is not reported to on_unknown), since the field must hold one."""

    @model_validator(mode="before")
    @classmethod
    def _no_empty_codes(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        names = _OPTIONAL_CODES.get(cls)
        if names is None:
            names = _OPTIONAL_CODES[cls] = _optional_codes(cls)
        empty = [name for name in names if _is_empty(data.get(name))]
        if not empty:
            return data
        return {key: value for key, value in data.items() if key not in empty}


def _is_empty(value: object) -> bool:
    return isinstance(value, str) and not value


#: The wire names of each CodeFieldsModel's optional open code fields, found on first use.
_OPTIONAL_CODES: dict[type[BaseModel], tuple[str, ...]] = {}


def _optional_codes(model: type[BaseModel]) -> tuple[str, ...]:
    """The wire names of the optional fields of `model` typed with an OpenCode marker."""
    return tuple(
        field.alias or name
        for name, field in model.model_fields.items()
        if not field.is_required()
        and any(
            isinstance(marker, OpenCode)
            for member in get_args(field.annotation)
            if get_origin(member) is Annotated
            for marker in member.__metadata__
        )
    )


_Root = TypeVar("_Root")


class PayloadRoot(RootModel[_Root], Generic[_Root]):
    """The base of the union model of a payload kind. Its validator is built on first use, so
    that importing a kind's module builds none of its members' (validation dispatches to one
    member by its tag)."""

    model_config = ConfigDict(defer_build=True)


class OpenCode:
    """A code field of the lenient models: a member of one of `classes`, or an UnknownCode."""

    __slots__ = ("classes", "max_length")

    def __init__(self, *classes: AnyCodeSet, max_length: int) -> None:
        self.classes = classes
        self.max_length = max_length

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        find = code_lookup(self.classes, aliases=True)
        first, limit, numeric = self.classes[0], self.max_length, is_numeric(self.classes)

        def validate(value: object) -> AnyCode | UnknownCode:
            text = wire(value, numeric)
            found = find(text)
            if found is not None:
                return found
            if len(text) > limit:
                raise PydanticCustomError(
                    "string_too_long",
                    "String should have at most {max_length} characters",
                    {"max_length": limit},
                )
            # An unknown value, read (and reported to on_unknown) as the first code set reads
            # it; "" only where a code is required (CodeFieldsModel reads an optional one as
            # absent), kept as it is sent.
            code = first.parse(text)
            return UnknownCode(text, first) if code is None else code

        return plain(validate, numeric)


class KnownCode:
    """A code field of the strict models: a member of one of `classes`, by wire value only."""

    __slots__ = ("classes",)

    def __init__(self, *classes: AnyCodeSet) -> None:
        self.classes = classes

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return known_code_schema(self.classes)


#: The largest finite double: an integer beyond it is infinity to JavaScript (and to JSON Schema).
LARGEST = 1.7976931348623157e308
_LARGEST_INT = int(LARGEST)


class PatternText:
    """A string of at most `max_length` characters that `pattern` matches (Python's re, with the
    pattern of the JSON Schema, so that both read it alike)."""

    __slots__ = ("max_length", "pattern")

    def __init__(self, pattern: str, max_length: int) -> None:
        self.pattern = pattern
        self.max_length = max_length

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:

        search, limit, pattern = re.compile(self.pattern).search, self.max_length, self.pattern

        def validate(value: object) -> str:
            text = wire(value, numeric=False)
            if len(text) > limit:
                raise PydanticCustomError(
                    "string_too_long",
                    "String should have at most {max_length} characters",
                    {"max_length": limit},
                )
            if search(text) is None:
                raise PydanticCustomError(
                    "string_pattern_mismatch",
                    "String should match pattern '{pattern}'",
                    {"pattern": pattern},
                )
            return text

        return core_schema.no_info_plain_validator_function(
            validate, json_schema_input_schema=core_schema.str_schema()
        )


class BoundedJson:
    """A free-form JSON value `depth` levels deep at most (a scalar is one level, an array of
    scalars two), strings of at most `length` characters, finite numbers.

    pydantic-core checks it as a union per level, each member of an exact JSON type, so that a
    value costs one pass in Rust and a bad one one error, whatever its size. Each level is named
    (a reference) and its two containers share the level below, so that a model's schema grows
    with the depth, not with two to its power."""

    __slots__ = ("depth", "length")

    def __init__(self, depth: int, length: int) -> None:
        self.depth = depth
        self.length = length

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        text = core_schema.str_schema(max_length=self.length, strict=True)
        schema: core_schema.CoreSchema | None = None
        for level in range(1, self.depth + 1):
            members: list[core_schema.CoreSchema | tuple[core_schema.CoreSchema, str]] = [
                text,
                core_schema.int_schema(strict=True, ge=-_LARGEST_INT, le=_LARGEST_INT),
                core_schema.float_schema(strict=True, allow_inf_nan=False),
                core_schema.bool_schema(strict=True),
                core_schema.none_schema(),
            ]
            if schema is not None:
                members += [core_schema.list_schema(schema), core_schema.dict_schema(text, schema)]
            schema = core_schema.union_schema(
                members,
                custom_error_type="json_value",
                custom_error_message=(
                    f"Input should be a JSON value nested at most {level} levels, with finite "
                    f"numbers and strings of at most {self.length} characters"
                ),
                ref=f"bankcodes.json:{level}:{self.length}",
            )
        assert schema is not None, "a value is at least one level deep"
        return schema


class JsonInteger:
    """A finite JSON integer: an int, or a number without a fractional part (200.0), never a
    bool; an int beyond the largest double (10**400 in a body) is refused, as the schemas do."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: object) -> int:
            if type(value) is int and -LARGEST <= value <= LARGEST:
                return value
            if type(value) is float and value.is_integer():
                return int(value)
            raise PydanticCustomError("int_type", "Input should be a finite integer")

        return core_schema.no_info_plain_validator_function(validate)


class FiniteNumber:
    """A finite JSON number, kept as written (int or float), never a bool."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: object) -> float:
            kind = type(value)
            if kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
                return value  # type: ignore[return-value]
            raise PydanticCustomError("number_type", "Input should be a finite number")

        return core_schema.no_info_plain_validator_function(validate)


def not_null(value: object, info: object = None) -> object:
    """The validator of a field that may be absent but, when present, may not be null."""
    if value is None:
        raise PydanticCustomError("not_null", "Input should not be null")
    return value
