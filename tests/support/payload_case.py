"""What a payload case is, and the helpers that build cases: a case is a body of a kind with the
verdict the lenient and the strict schema must give."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from tests.support.spec_index import every_example


@dataclass(frozen=True)
class Case:
    kind: str
    name: str
    data: Any
    lenient: bool
    strict: bool
    text: bytes | None = None

    @property
    def body(self) -> bytes:
        """The case as a request body."""
        if self.text is not None:
            return self.text
        return json.dumps(self.data, ensure_ascii=False).encode("utf-8")


def raw(kind: str, name: str, text: str | bytes, lenient: bool, strict: bool) -> Case:
    body = text.encode("utf-8") if isinstance(text, str) else text
    return Case(kind, name, None, lenient, strict, body)


def nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"next": value}
    return value


HUGE = "x" * 200_000


def edit(data: Any, path: tuple[str | int, ...], value: Any) -> Any:
    result = copy.deepcopy(data)
    node = result
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return result


DELETE = object()


def as_codes(kind: str, data: Any) -> Any:
    """`data` with each code sent in another spelling of its code (an alias: UK Open Banking
    v4's U004 for v3.1's UK.OBIE.Field.Missing) written as its code's own value, as a model
    reads and dumps it: one code, two spellings, is one code."""
    from bankcodes import payloads

    result = data
    for found in payloads.codes(kind, data):
        if found.path.endswith("~"):
            continue  # a key of an object ($.events.<key>~): dumped as it was sent
        steps = tuple(
            int(index) if index else key
            for key, index in re.findall(r"\.([^.\[\]]+)|\[([0-9]+)\]", found.path)
        )
        sent: Any = data
        for step in steps:
            sent = sent[step]
        if found.code.known and sent in found.code.aliases:
            result = edit(result, steps, found.code.value)
    return result


def published_examples() -> list[Case]:
    return [
        Case(kind, f"published example: {example['title']}", example["data"], True, True)
        for kind, example in every_example()
    ]


def hostile_cases(kind: str, base: Any, text_path: tuple[str | int, ...]) -> list[Case]:
    """Cases every kind must reject: not an object, deep nesting, huge strings."""
    return [
        Case(kind, "top-level array", [base], False, False),
        Case(kind, "top-level string", "{}", False, False),
        Case(kind, "null", None, False, False),
        Case(
            kind,
            "deeply nested unknown field",
            edit(base, ("x_debug",), nested(40)),
            False,
            False,
        ),
        Case(kind, "huge string in a known field", edit(base, text_path, HUGE), False, False),
        Case(kind, "huge string in an unknown field", edit(base, ("x_note",), HUGE), False, False),
    ]
