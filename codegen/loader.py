"""Read spec/catalog.json: parse, validate against its schema, build the raw model, apply the rules,
resolve it into the linked model, and check what only the resolved model can tell (the published
examples against the schemas generated from it).

Every stage reports all of its problems at once, each with a JSON pointer; the first stage that
finds problems stops the load with a SpecError, so later stages only ever see well-formed input.
`validate` is this function; `generate` is this function and the targets, which cannot fail on
what it returns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from pydantic import ValidationError

from codegen import checks, paths, rules
from codegen.changelog import version_key
from codegen.errors import Problem, SpecError, pointer
from codegen.model import Catalog, Release
from codegen.resolve import resolve
from codegen.spec import Catalog as RawCatalog

MAX_SPEC_BYTES = 8 * 1024 * 1024
VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


def load(path: Path = paths.SPEC) -> Catalog:
    """Load and check the spec at `path`; raise SpecError listing every problem."""
    filename = paths.display(path)
    raw = _parse(path, filename)
    schema_problems = _schema_problems(raw) + _unencodable(raw)
    if schema_problems:
        raise SpecError(filename, schema_problems)
    try:
        spec = RawCatalog.model_validate(_normalise(raw))
    except ValidationError as error:
        raise SpecError(filename, _pydantic_problems(error)) from None
    semantic_problems = rules.check(spec)
    if semantic_problems:
        raise SpecError(filename, semantic_problems)
    catalog = resolve(spec, filename, raw, _releases(path.parent / "released"))
    late_problems = checks.check(catalog)
    if late_problems:
        raise SpecError(filename, late_problems)
    return catalog


def _releases(folder: Path) -> tuple[Release, ...]:
    """The released catalogs beside the spec (released/<version>.json), oldest first."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        data = _parse(path, paths.display(path))
        if not VERSION.fullmatch(path.stem):
            raise SpecError(paths.display(path), [Problem("", "not named <version>.json")])
        found.append(Release(path.stem, data))
    return tuple(sorted(found, key=lambda release: version_key(release.version)))


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
        parsed = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise SpecError(filename, [Problem(where, f"invalid JSON: {error.msg}")]) from None
    except _NotJson as error:
        raise SpecError(filename, [Problem("", str(error))]) from None
    except RecursionError:
        raise SpecError(filename, [Problem("", "invalid JSON: nested too deeply")]) from None
    if not isinstance(parsed, dict):
        raise SpecError(filename, [Problem("", "the spec must be a JSON object")])
    return parsed


class _NotJson(ValueError):
    pass


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _NotJson(f"duplicate key {key!r} in one JSON object")
        result[key] = value
    return result


def _reject_constant(name: str) -> object:
    raise _NotJson(f"invalid JSON: {name} is not a JSON value")


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(paths.SPEC_SCHEMA.read_text(encoding="utf-8"))
    jsonschema_rs.meta.validate(schema)  # the draft's own rules, in milliseconds
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_schema())


@cache
def _fast_validator() -> Any:
    """The same schema compiled by jsonschema-rs: it says in milliseconds whether a spec is
    valid and where it is not; jsonschema then names the problems there."""
    return jsonschema_rs.validator_for(_schema())


@cache
def _parts() -> tuple[Draft202012Validator, dict[str, Draft202012Validator]]:
    """The spec's maps of entries (sources, categories, payloads, providers) as jsonschema reads
    them one entry at a time: the root with every entry left open, and for each map its entries'
    own definition. Naming the problems of one wrong entry then costs that entry, not the spec."""
    schema = _schema()
    root = deepcopy(schema)
    entries = {}
    for key, part in schema["properties"].items():
        entry = part.get("additionalProperties")
        if isinstance(entry, dict) and set(entry) == {"$ref"}:
            root["properties"][key]["additionalProperties"] = True
            entries[key] = Draft202012Validator({**entry, "$defs": schema["$defs"]})
    return Draft202012Validator(root), entries


def _schema_problems(raw: Mapping[str, Any]) -> list[Problem]:
    try:
        wrong = [list(error.instance_path) for error in _fast_validator().iter_errors(raw)]
    except ValueError:  # text jsonschema-rs cannot take (a lone surrogate): jsonschema reads all
        return _all_problems(_validator(), raw)
    if not wrong:
        return []
    root, entries = _parts()
    problems = set(_all_problems(root, raw))
    for key, name in {(at[0], at[1]) for at in wrong if len(at) > 1 and at[0] in entries}:
        for error in entries[key].iter_errors(raw[key][name]):
            problems.update(_located(error, (key, name)))
    return sorted(problems) or _all_problems(_validator(), raw)


def _all_problems(validator: Draft202012Validator, raw: Mapping[str, Any]) -> list[Problem]:
    return sorted({problem for error in validator.iter_errors(raw) for problem in _located(error)})


def _located(error: SchemaError, within: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """One problem per thing wrong, at the pointer of the thing itself.

    An unknown field is reported at its own pointer and a bad key of a map at that key.
    """
    at = (*within, *error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = schema.get("properties", {})
        extra = [key for key in error.instance if key not in allowed]
        if extra and schema.get("additionalProperties") is False:
            for key in extra:
                yield Problem(pointer(*at, key), "unknown field")
            return
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        yield Problem(pointer(*at, error.instance), f"bad key: {_shorten(error.message)}")
        return
    yield Problem(pointer(*at), _shorten(error.message))


def _unencodable(raw: Mapping[str, Any]) -> list[Problem]:
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")  # one pass in C for the usual case
    except UnicodeEncodeError:
        return list(_unencodable_texts(raw, ()))
    return []


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
    spec: dict[str, Any] = json.loads(json.dumps(raw))  # a deep copy, in C
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
                # An integer code set's values are read as their decimal text, which is also how
                # its tables key them; the set's wire_type says they travel as numbers.
                if isinstance(code["value"], int):
                    code["value"] = str(code["value"])
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
