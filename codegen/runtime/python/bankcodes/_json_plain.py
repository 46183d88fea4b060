"""JSON read without pydantic: the standard library's reader held to the rules of pydantic_core's
(which _payloads uses where it is installed), so that a body reads the same with the package
alone as with its payloads extra: constants (NaN, Infinity) refused, a number too long for an
integer read as the nearest double, no value nested deeper than pydantic_core's limit, no lone
surrogate in a string."""

from __future__ import annotations

import json

#: The deepest a value may stand, the top value being at 1 (pydantic_core's recursion limit).
DEPTH = 201
#: The most digits Python turns into an int (sys.int_info.default_max_str_digits).
DIGITS = 4300


def read(data: bytes) -> object:
    """The JSON value of `data`; ValueError when it is not JSON under these rules."""
    try:
        # UTF-8 alone, as pydantic_core reads (json.loads would also take UTF-16 and UTF-32).
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 at byte {error.start}") from None
    try:
        value = json.loads(text, parse_constant=_constant, parse_int=_integer)
    except RecursionError:
        raise ValueError("recursion limit exceeded") from None
    _check(value)
    return value


def _constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value")


def _integer(text: str) -> int | float:
    digits = len(text.lstrip("-"))
    return int(text) if digits <= DIGITS else float(text)


def _check(value: object) -> None:
    """Refuse a value nested deeper than DEPTH or a string holding a lone surrogate."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if level > DEPTH:
            raise ValueError(f"recursion limit exceeded: a value nested {level} deep")
        if isinstance(node, str):
            _text(node)
        elif isinstance(node, dict):
            for key, item in node.items():
                _text(key)
                stack.append((item, level + 1))
        elif isinstance(node, list):
            stack.extend((item, level + 1) for item in node)


def _text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"a lone surrogate in a string (U+{ord(text[error.start]):04X})") from None
