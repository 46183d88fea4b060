"""The definitions the payload schemas (codegen.schema) share and the patterns of their values:
a free-form JSON value at each nesting level, a code set's definition (built once for every
schema that names it), a $ref, and a pattern that matches any string but the given ones, their
characters escaped so that ECMA-262 (u flag), Python and Rust read the pattern alike."""

from __future__ import annotations

import functools
from typing import Any

from codegen.model import CodeSet
from codegen.naming import JSON_VALUE, NUMBER, TEXT

#: The end of a pattern: (?![\\s\\S]) rather than $, which Python's re lets match before a final
#: line break.
END = "(?![\\s\\S])"


def json_name(level: int) -> str:
    return JSON_VALUE if level == 1 else f"{JSON_VALUE}{level}"


@functools.lru_cache(maxsize=8)
def json_definitions(limit: int) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The free-form JSON value at each nesting level 1..limit, by definition name."""
    definitions: list[tuple[str, dict[str, Any]]] = []
    for level in range(1, limit + 1):
        scalars: list[dict[str, Any]] = [
            ref(TEXT),
            ref(NUMBER),
            {"type": "boolean"},
            {"type": "null"},
        ]
        if level < limit:
            deeper = ref(json_name(level + 1))
            scalars += [
                {"type": "array", "items": deeper},
                {"type": "object", "additionalProperties": deeper},
            ]
        definition = {
            "title": json_name(level),
            "description": f"Any JSON value nested at most {limit - level + 1} levels deep.",
            "anyOf": scalars,
        }
        definitions.append((json_name(level), definition))
    return tuple(definitions)


@functools.lru_cache(maxsize=1024)
def code_set_definition(code_set: CodeSet) -> dict[str, Any]:
    """A code set's definition: the same in every schema that names it, so built once."""
    if code_set.numeric:
        # A code that travels as a number may also arrive as its decimal text.
        return {
            "title": code_set.ts_name,
            "description": f"{code_set.title}: {code_set.description} (each code as a "
            "number, or as its decimal text)",
            "oneOf": [
                {
                    "enum": [code.wire, code.value],
                    "title": code.identifier,
                    "description": code.text,
                }
                for code in code_set.codes
            ],
        }
    # A code with a second spelling (an alias) is one code under either.
    return {
        "title": code_set.ts_name,
        "description": f"{code_set.title}: {code_set.description}",
        "type": "string",
        "oneOf": [
            {"const": code.wire, "title": code.identifier, "description": code.text}
            if not code.aliases
            else {"enum": list(code.spellings), "title": code.identifier, "description": code.text}
            for code in code_set.codes
        ],
    }


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def none_of(values: list[str]) -> str:
    """A pattern that matches every string except the given ones (each matched whole)."""
    return _none_of_these(tuple(dict.fromkeys(values)))


@functools.lru_cache(maxsize=1024)
def _none_of_these(values: tuple[str, ...]) -> str:
    alternatives = "|".join(_regex_escape(value) for value in values)
    return f"^(?!(?:{alternatives}){END})"


#: Characters that ECMA-262 (with the u flag), Python and Rust all accept escaped with a backslash.
_SYNTAX = frozenset("^$\\.*+?()[]{}|/")


def _regex_escape(value: str) -> str:
    """Escape a wire value for a pattern that ECMA-262 (u flag), Python and Rust read alike:
    syntax characters with a backslash, other ASCII punctuation and controls as \\xHH, letters,
    digits and non-ASCII characters as they are."""
    return "".join(_escape_char(char) for char in value)


def _escape_char(char: str) -> str:
    if not char.isascii() or char.isalnum() or char in "_-":
        return char
    if char in _SYNTAX:
        return "\\" + char
    return f"\\x{ord(char):02x}"
