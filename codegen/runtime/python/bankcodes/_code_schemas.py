"""The pydantic-core schemas of a field holding a code of given code sets: a member found by
its wire value (a number's decimal text) or alias, or a clear error. Shared by the payload models
(bankcodes._pydantic) and by the code-set enums themselves as pydantic field types; it imports
pydantic-core, so only those import it, on first use. What it reads of a code set is declared
here (CodeSetMember), so that it needs nothing of the enums' module (bankcodes._base), which
imports it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from pydantic_core import PydanticCustomError, core_schema

from bankcodes._integers import integer_code, is_decimal


class CodeSetMember(Protocol):
    """A member of a generated code-set enum (CodeEnum, NumericCodeEnum), as the schemas read
    its code set: the members by value, and the other wire spellings of their values."""

    _value2member_map_: dict[object, object]

    @classmethod
    def _aliases(cls) -> Mapping[str, object]: ...


Code = TypeVar("Code", bound=CodeSetMember)


def code_lookup(classes: Sequence[type[Code]], aliases: bool) -> Callable[[str], Code | None]:
    """Find a member by its wire value as text (a number's decimal digits), or by an alias."""
    tables = [
        {
            **{str(value): member for value, member in cls._value2member_map_.items()},
            **(cls._aliases() if aliases else {}),
        }
        for cls in classes
    ]

    def find(value: str) -> Code | None:
        for table in tables:
            found = table.get(value)
            if found is not None:
                return found  # type: ignore[return-value]
        return None

    return find


def wire(value: object, numeric: bool) -> str:
    """A code field's value as its code sets key it: a str, or for codes that travel as
    numbers what bankcodes._integers reads (a safe integer as its decimal text, other text as
    it is sent); anything else is no code, and a type error."""
    if numeric:
        read = integer_code(value)
        if read is not None:
            return str(read)
        if isinstance(value, str):
            return ""  # no code, as in any code field: kept as sent where a code is required
        raise PydanticCustomError(
            "int_type", "Input should be an integer of at most 2**53 - 1 or a code's text"
        )
    if isinstance(value, str):
        return value
    raise PydanticCustomError("string_type", "Input should be a valid string")


def is_numeric(classes: Sequence[type[CodeSetMember]]) -> bool:
    return issubclass(classes[0], int)  # NumericCodeEnum, an IntEnum


def known_code_schema(classes: Sequence[type[Code]]) -> core_schema.CoreSchema:
    """The schema of a field that holds a known member of one of `classes`, under its wire
    value or an alias (one code, two spellings, is one code)."""
    find = code_lookup(classes, aliases=True)
    names = " or ".join(cls.__name__ for cls in classes)
    numeric = is_numeric(classes)

    def validate(value: object) -> Code:
        text = wire(value, numeric)
        found = find(text)
        if found is None:
            # pydantic fills {name} from the context in its order and knows no !r: the value is
            # shown escaped and cut, and filled last, so that braces in it stay as they are.
            number = numeric and not isinstance(value, str)
            shown = text if number else repr(text) if len(text) <= 200 else repr(text[:200]) + "…"
            raise PydanticCustomError(
                "unknown_code",
                "{value} is not a known {names} value",
                {"names": names, "value": shown},
            )
        return found

    return plain(validate, numeric)


def _as_number(code: object) -> int | str:
    """A code of a numeric code set as JSON has it: its number, or the text an unknown code was
    sent as when that text is not a number's."""
    if isinstance(code, int) and not isinstance(code, bool):
        return int(code)  # a member (whose text is its name and number) or a number
    text = str(code)
    return int(text) if is_decimal(text) else text


def plain(function: Callable[[Any], Any], numeric: bool = False) -> core_schema.CoreSchema:
    return core_schema.no_info_plain_validator_function(
        function,
        json_schema_input_schema=core_schema.int_schema() if numeric else core_schema.str_schema(),
        serialization=core_schema.plain_serializer_function_ser_schema(
            _as_number if numeric else str, when_used="json"
        ),
    )
