"""Read spec/catalog.json: parse, validate against its schema, build the model, apply the rules.

Every stage reports all of its problems at once, each with a JSON pointer; the first stage that
finds problems stops the load with a SpecError, so later stages only ever see well-formed input.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import ValidationError

from codegen import paths, rules
from codegen.errors import Problem, SpecError, pointer
from codegen.model import Catalog

MAX_SPEC_BYTES = 8 * 1024 * 1024


def load(path: Path = paths.SPEC) -> Catalog:
    """Load and check the spec at `path`; raise SpecError listing every problem."""
    filename = paths.display(path)
    raw = _parse(path, filename)
    schema_problems = _schema_problems(raw) + list(_unencodable_texts(raw, ()))
    if schema_problems:
        raise SpecError(filename, schema_problems)
    try:
        catalog = Catalog.model_validate(_normalise(raw))
    except ValidationError as error:
        raise SpecError(filename, _pydantic_problems(error)) from None
    semantic_problems = rules.check(catalog)
    if semantic_problems:
        raise SpecError(filename, semantic_problems)
    return catalog


def _parse(path: Path, filename: str) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpecError(
            filename, [Problem("", f"cannot read the spec: {error.strerror}")]
        ) from None
    if len(data) > MAX_SPEC_BYTES:
        message = f"the spec is {len(data)} bytes; the limit is {MAX_SPEC_BYTES}"
        raise SpecError(filename, [Problem("", message)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"not UTF-8: byte {error.start} cannot be decoded"
        raise SpecError(filename, [Problem("", message)]) from None
    try:
        parsed = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise SpecError(filename, [Problem(where, f"invalid JSON: {error.msg}")]) from None
    except _DuplicateKey as error:
        raise SpecError(filename, [Problem("", str(error))]) from None
    except RecursionError:
        raise SpecError(filename, [Problem("", "invalid JSON: nested too deeply")]) from None
    if not isinstance(parsed, dict):
        raise SpecError(filename, [Problem("", "the spec must be a JSON object")])
    return parsed


class _DuplicateKey(ValueError):
    pass


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(f"duplicate key {key!r} in one JSON object")
        result[key] = value
    return result


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(paths.SPEC_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _schema_problems(raw: Mapping[str, Any]) -> list[Problem]:
    problems = [
        Problem(pointer(*error.absolute_path), _shorten(error.message))
        for error in _validator().iter_errors(raw)
    ]
    return sorted(set(problems))


def _unencodable_texts(node: object, at: tuple[str | int, ...]) -> Iterator[Problem]:
    """Strings that UTF-8 cannot carry (lone surrogates written as \\ud800 escapes)."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError as error:
            bad = node[error.start]
            yield Problem(
                pointer(*at), f"lone surrogate U+{ord(bad):04X} cannot be written as UTF-8"
            )
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _unencodable_texts(key, at)
            yield from _unencodable_texts(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unencodable_texts(value, (*at, index))


def _shorten(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _pydantic_problems(error: ValidationError) -> list[Problem]:
    return sorted({Problem(pointer(*item["loc"]), item["msg"]) for item in error.errors()})


def _normalise(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Inject ids from keys and resolve inherited defaults, without touching list positions."""
    spec = deepcopy(dict(raw))
    spec.pop("$schema", None)
    for key in ("sources", "categories"):
        _inject_ids(spec[key])
    _inject_ids(spec["providers"])
    _inject_ids(spec["payloads"])
    for kind in spec["payloads"].values():
        _inject_ids(kind["types"])
    for provider in spec["providers"].values():
        _inject_ids(provider["code_sets"])
        for code_set in provider["code_sets"].values():
            _inject_ids(code_set.get("groups", {}))
            for code in code_set["codes"]:
                code.setdefault("sources", code_set["sources"])
                if "category" in code_set:
                    code.setdefault("category", code_set["category"])
        sdk = provider.get("sdk")
        if sdk is not None:
            for field in sdk["shared_fields"]:
                field.setdefault("sources", sdk["sources"])
            _inject_ids(sdk["methods"])
            for method in sdk["methods"].values():
                for field in method["fields"]:
                    field.setdefault("sources", method["sources"])
    return spec


def _inject_ids(mapping: dict[str, Any]) -> None:
    for key, value in mapping.items():
        value["id"] = key
