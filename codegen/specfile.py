"""Reading a spec file (the spec, a released catalog, the watch's results): a regular file,
opened without waiting, of bounded size, UTF-8 and strict JSON, or one SpecError that says what
is wrong and where."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from codegen.errors import Problem, SpecError, shown

MAX_SPEC_BYTES = 8 * 1024 * 1024
#: The deepest a spec nests its objects and arrays (it nests 16 levels): the checks of a deeper
#: value (jsonschema's, pydantic's, the examples' against their schemas) would run out of stack.
MAX_DEPTH = 100


#: What a file that is not a regular one is, by the test of its mode.
KINDS = {
    stat.S_ISDIR: "a folder",
    stat.S_ISFIFO: "a FIFO",
    stat.S_ISCHR: "a character device",
    stat.S_ISBLK: "a block device",
    stat.S_ISSOCK: "a socket",
}


def read_text(path: Path, filename: str) -> str:
    """The text of the spec file at `path`, opened without waiting (a FIFO waits for a writer):
    a regular file of at most MAX_SPEC_BYTES of UTF-8; SpecError naming `filename` otherwise."""

    def refused(message: str) -> SpecError:
        return SpecError(filename, [Problem("", message)])

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            found = os.fstat(descriptor)
            if not stat.S_ISREG(found.st_mode):
                kind = next((name for test, name in KINDS.items() if test(found.st_mode)), "")
                raise refused(f"not a regular file ({kind or 'special'}): the spec is a JSON file")
            with open(descriptor, "rb", closefd=False) as file:
                data = file.read(MAX_SPEC_BYTES + 1)  # no more, if the file grows meanwhile
        finally:
            os.close(descriptor)
    except OSError as error:
        raise refused(f"cannot read the spec: {error.strerror}") from None
    if len(data) > MAX_SPEC_BYTES:
        size = max(len(data), found.st_size)
        raise refused(f"the spec is {size} bytes; the limit is {MAX_SPEC_BYTES}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise refused(f"not UTF-8: byte {error.start} cannot be decoded") from None


def parse(text: str, filename: str) -> dict[str, Any]:
    """The JSON object in `text`, read strictly (no key twice, no NaN or Infinity, nested within
    Python's recursion limit); SpecError naming `filename` otherwise."""
    try:
        parsed = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise SpecError(filename, [Problem(where, f"invalid JSON: {error.msg}")]) from None
    except _NotJson as error:
        raise SpecError(filename, [Problem("", str(error))]) from None
    except RecursionError:
        raise SpecError(filename, [Problem("", TOO_DEEP)]) from None
    if not isinstance(parsed, dict):
        raise SpecError(filename, [Problem("", "the spec must be a JSON object")])
    if _too_deep(parsed):
        raise SpecError(filename, [Problem("", TOO_DEEP)])
    return parsed


TOO_DEEP = f"invalid JSON: nested too deeply (more than {MAX_DEPTH} levels)"


def _too_deep(spec: dict[str, Any]) -> bool:
    """Whether objects and arrays nest more than MAX_DEPTH levels in `spec` (read without
    recursion, a level at a time)."""
    level: list[Any] = [spec]
    for _ in range(MAX_DEPTH):
        level = [
            item
            for node in level
            for item in (node.values() if isinstance(node, dict) else node)
            if isinstance(item, dict | list)
        ]
        if not level:
            return False
    return True


class _NotJson(ValueError):
    pass


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # the usual case costs one dict built in C
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _NotJson(f"duplicate key {shown(key)} in one JSON object")
            seen.add(key)
    return result


def _reject_constant(name: str) -> object:
    raise _NotJson(f"invalid JSON: {name} is not a JSON value")
