"""Codes an OpenAPI (or JSON Schema) document publishes.

A rule either names a schema whose `enum` lists a code set (`{"enum": "/components/schemas/X"}`;
a schema that lists its values under `x-namespaced-enum`, as some standards' do, is read
alike), or several such schemas whose values together are one code set's (`{"enum":
["/components/schemas/A", "/components/schemas/B"]}`: each value once, where it is first listed),
or names two properties that together identify an event (`{"pairs": {"type": "a", "code": "b"}}`):
every schema with both properties, the first of one value, gives that value to the rule's code
set and the values of the second to the code set of that type (a mapping the command reads from
the spec's payload kind). A property's value is its `const`, its `enum`, the enum of the schema
it refers to, or a description that is nothing but a literal in backticks (as some generators
write it). A `responses` rule reads the HTTP statuses every operation lists among its responses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, load_structured, pointer, union
from codegen.drift.tabular import is_code
from codegen.spec import Catalog, CodeRef, EnumRule, PairsRule, ResponsesRule


def read(path: Path) -> dict[str, Any]:
    """The OpenAPI (or JSON Schema) document at `path`."""
    document = load_structured(path)
    if not isinstance(document, dict):
        raise DriftInputError(f"{path} is not an OpenAPI or JSON Schema document (no mapping)")
    return document


def enum(document: dict[str, Any], rule: EnumRule, reading: Reading) -> list[Published]:
    """The values of the enums of the schemas at the rule's pointers that are codes (match its
    code_pattern), each value once."""
    found = (item for at in rule.enums for item in _enum(document, at, rule, reading.path))
    return union(item for item in found if is_code(rule, item.value))


def _enum(document: dict[str, Any], at: str, rule: EnumRule, path: Path) -> list[Published]:
    """The values of the enum (else the x-namespaced-enum) of the schema at `at`, with the
    descriptions of its x-enum-descriptions (a list: in the enum's order, or the names')."""
    schema = pointer(document, at, path)
    key = next((k for k in _ENUMS if isinstance(schema, dict) and k in schema), _ENUMS[0])
    values = schema.get(key) if isinstance(schema, dict) else None
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DriftInputError(
            f"{path} at {at}: not a schema with an enum or an x-namespaced-enum of strings"
        )
    described = schema.get("x-enum-descriptions") or {}
    reads = ("description",) if described else ()
    if isinstance(described, list):
        order = sorted(values) if rule.descriptions_by_name else values
        described = dict(zip(order, described, strict=False))
    return [
        Published(
            code_set=rule.code_set,
            value=value,
            where=f"{at}/{key}/{index}",
            description=described.get(value) if isinstance(described, dict) else None,
            reads=reads,
        )
        for index, value in enumerate(values)
    ]


#: Where a schema lists its values: `enum`, else `x-namespaced-enum` (a namespaced enum).
_ENUMS = ("enum", "x-namespaced-enum")


def pairs(document: dict[str, Any], rule: PairsRule, reading: Reading) -> list[Published]:
    """Each event schema's type value, and its codes in the code set of its type."""
    return list(_pairs(document, rule, _code_sets(reading.spec, rule), reading.path))


def _code_sets(spec: Catalog, rule: PairsRule) -> dict[str, str]:
    """Each type value of the union of the payload kind the rule names, and the code set of
    that type's codes (the rules make sure the kind's root is a union tagged as the rule
    says)."""
    kind = spec.payloads[rule.pairs.kind]
    union = kind.types[kind.root].discriminated
    found: dict[str, str] = {}
    for tag, variant in union.variants.items() if union is not None else ():
        field = variant.fields.get(rule.pairs.code)
        if field is not None and isinstance(field.type, CodeRef):
            found[tag] = field.type.code[0]
    return found


def _pairs(
    document: Any, rule: PairsRule, code_sets: Mapping[str, str], path: Path
) -> Iterator[Published]:
    type_field, code_field = rule.pairs.type, rule.pairs.code
    schemas = document.get("components", {}).get("schemas", {})
    if not isinstance(schemas, dict):
        raise DriftInputError(f"{path} has no /components/schemas mapping")
    seen: set[tuple[str, str]] = set()
    for name, schema in schemas.items():
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict):
            continue
        if type_field not in properties or code_field not in properties:
            continue
        where = f"/components/schemas/{name}"
        types = _literals(document, properties[type_field])
        if len(types) != 1:
            continue  # not the schema of one event (a request that names several types)
        for type_value in types:
            if ("", type_value) not in seen:
                seen.add(("", type_value))
                yield Published(code_set=rule.code_set, value=type_value, where=where)
            code_set = code_sets.get(type_value)
            if code_set is None:
                continue
            for code in _literals(document, properties[code_field]):
                if (type_value, code) not in seen:
                    seen.add((type_value, code))
                    yield Published(code_set=code_set, value=code, where=where)


def _literals(document: Any, schema: object) -> list[str]:
    """The literal value(s) a property schema allows, or [] when it allows any string."""
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema and isinstance(schema["$ref"], str):
        try:
            target = pointer(document, schema["$ref"], Path("document"))
        except DriftInputError:
            return []
        return _literals(document, target)
    if isinstance(schema.get("const"), str):
        return [schema["const"]]
    values = schema.get("enum")
    if isinstance(values, list):
        return [v for v in values if isinstance(v, str)]
    return _backticked(schema.get("description"))


def _backticked(description: object) -> list[str]:
    """`VALUE` or `"VALUE"` as a whole description: the value."""
    if not isinstance(description, str):
        return []
    text = description.strip()
    if len(text) < 3 or text[0] != "`" or text[-1] != "`" or "`" in text[1:-1]:
        return []
    inner = text[1:-1].strip()
    if inner.startswith('"'):
        try:
            decoded = json.loads(inner)
        except ValueError:
            return []
        return [decoded] if isinstance(decoded, str) and decoded else []
    return [inner] if inner and " " not in inner else []


#: The operations of a path item.
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def responses(document: dict[str, Any], rule: ResponsesRule, reading: Reading) -> list[Published]:
    """The three-digit statuses every operation of the document lists among its responses, in
    the order first listed, each that is a code (matches the rule's code_pattern) once."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        raise DriftInputError(f"{reading.path} has no paths: no operation lists a response")
    found = [
        Published(
            code_set=rule.code_set,
            value=str(status),
            where=f"/paths/{_escaped(path)}/{method}/responses/{status}",
        )
        for path, item in paths.items()
        if isinstance(item, dict)
        for method in _METHODS
        if isinstance(item.get(method), dict)
        and isinstance(answers := item[method].get("responses"), dict)
        for status in answers
        if re.fullmatch(r"[1-5][0-9]{2}", str(status))
    ]
    return union(item for item in found if is_code(rule, item.value))


def _escaped(key: str) -> str:
    """A key as a JSON pointer writes it."""
    return key.replace("~", "~0").replace("/", "~1")
