# copied from codegen/runtime/python/bankcodes/_payloads.py — do not edit (run `make generate`)
"""The behaviour of bankcodes.payloads: validate a payload with the pydantic models generated
from the JSON Schemas, and report every problem with its JSON path.

bankcodes.payloads adds typed signatures for each payload kind; importing either module imports
pydantic, `import bankcodes` does not.
"""

from __future__ import annotations

import importlib
import json
from typing import NamedTuple

from pydantic import BaseModel, RootModel, ValidationError

from bankcodes._payload_kinds import KINDS as KINDS_DATA

#: Raw JSON (bytes or str) or already parsed JSON.
Data = bytes | bytearray | memoryview | str | object


class _Kind(NamedTuple):
    modules: tuple[str, str]
    root: str
    field: str | None
    variants: dict[str, str]
    fallback: str | None
    any_of: tuple[tuple[str, tuple[str, ...]], ...]


_KINDS: dict[str, _Kind] = {kind: _Kind(*entry) for kind, entry in KINDS_DATA.items()}

#: Every payload kind: the schema path under generated/jsonschema/ without its suffix.
KINDS: tuple[str, ...] = tuple(_KINDS)


class PayloadProblem(NamedTuple):
    """One problem: where (a JSON path such as $.payload.status), what, and pydantic's type."""

    path: str
    message: str
    type: str


class PayloadError(ValueError):
    """A payload did not validate; `problems` lists every problem found."""

    def __init__(self, kind: str, strict: bool, problems: tuple[PayloadProblem, ...]) -> None:
        self.kind = kind
        self.strict = strict
        self.problems = problems
        mode = "strict" if strict else "lenient"
        lines = [f"{kind} ({mode}): {len(problems)} problem(s)"]
        lines += [f"  {problem.path}: {problem.message}" for problem in problems]
        super().__init__("\n".join(lines))


def model_class(kind: str, *, strict: bool = False) -> type[BaseModel]:
    """The root model class of a payload kind (imported on first use)."""
    entry = _KINDS.get(kind)
    if entry is None:
        raise ValueError(f"unknown payload kind {kind!r}; expected one of {', '.join(KINDS)}")
    module = importlib.import_module(entry.modules[1] if strict else entry.modules[0])
    model: type[BaseModel] = getattr(module, entry.root)
    return model


def validate(kind: str, data: Data, *, strict: bool = False) -> BaseModel:
    """Validate and parse a payload of `kind` (one of KINDS: "provider/name").

    Returns the typed model (for a union, the member that matched). Raises PayloadError listing
    every problem, or ValueError for an unknown kind.
    """
    model_type = model_class(kind, strict=strict)
    try:
        if isinstance(data, bytes | bytearray | memoryview):
            model = model_type.model_validate_json(bytes(data))
        elif isinstance(data, str):
            model = model_type.model_validate_json(data)
        else:
            model = model_type.model_validate(data)
    except ValidationError as error:
        raise PayloadError(kind, strict, _problems(_KINDS[kind], strict, error, data)) from None
    if isinstance(model, RootModel):
        root: BaseModel = model.root
        return root
    return model


def _parsed(data: Data) -> object:
    if not isinstance(data, bytes | bytearray | memoryview | str):
        return data
    try:
        return json.loads(bytes(data) if not isinstance(data, str) else data)
    except (ValueError, RecursionError):
        return None


def _chosen_member(entry: _Kind, strict: bool, parsed: object) -> str | None:
    """The union member a payload was meant to be, so that only its problems are reported."""
    if not isinstance(parsed, dict):
        return None
    if entry.field is not None:
        tag = parsed.get(entry.field)
        if not isinstance(tag, str):
            return None
        return entry.variants.get(tag, None if strict else entry.fallback)
    for member, required in entry.any_of:
        if all(name in parsed for name in required):
            return member
    return None


def _problems(
    entry: _Kind, strict: bool, error: ValidationError, data: Data
) -> tuple[PayloadProblem, ...]:
    parsed = _parsed(data)
    members = {*entry.variants.values(), *(m for m, _ in entry.any_of)}
    if entry.fallback is not None:
        members.add(entry.fallback)
    if strict and entry.field is not None and isinstance(parsed, dict):
        tag = parsed.get(entry.field)
        if isinstance(tag, str) and tag not in entry.variants:
            known = ", ".join(entry.variants)
            message = f"unknown {entry.field} {tag!r} (strict validation accepts: {known})"
            return (PayloadProblem(_path((entry.field,), parsed), message, "unknown_variant"),)
    chosen = _chosen_member(entry, strict, parsed)
    found: dict[tuple[str, str], PayloadProblem] = {}
    for item in error.errors(include_url=False, include_context=False, include_input=False):
        loc = tuple(item["loc"])
        if loc and loc[0] in members:
            if chosen is not None and loc[0] != chosen:
                continue
            loc = loc[1:]
        problem = PayloadProblem(_path(loc, parsed), item["msg"], item["type"])
        found.setdefault((problem.path, problem.message), problem)
    problems = tuple(found.values())
    if strict:
        return problems
    # A lenient code field accepts any string, so "should be one of the known values" is never
    # the real problem when another one is reported at the same path.
    other = {p.path for p in problems if p.type != "enum"}
    return tuple(p for p in problems if p.type != "enum" or p.path not in other)


def _path(loc: tuple[str | int, ...], parsed: object) -> str:
    """A JSON path for a pydantic location, skipping the union-member tags pydantic inserts."""
    parts = ["$"]
    node = parsed
    for position, part in enumerate(loc):
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            parts.append(f"[{part}]")
            node = node[part]
        elif (
            isinstance(part, str)
            and isinstance(node, dict)
            and (part in node or position == len(loc) - 1)
        ):
            parts.append(f".{part}" if part.isidentifier() else f"[{json.dumps(part)}]")
            node = node.get(part)
    return "".join(parts)
