"""Target: JSON Schemas (2020-12) of the webhook and SDK payloads, in generated/jsonschema/.

Each payload kind of the spec gives two schemas: a lenient one (unknown codes, fields and event
types pass; their values are bounded by the spec's payload limits) and a strict one (only known
codes and fields). Code fields point at one definition per code set whose known values are listed
one by one with their descriptions. index.json lists every schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.filters import HEADER, json_text
from codegen.model import (
    ArrayOf,
    Catalog,
    CodeRef,
    CodeSet,
    EnumOf,
    Field,
    FieldType,
    PayloadKind,
    TypeDef,
    TypeRef,
)
from codegen.rules import code_set_of
from codegen.targets import Files, Target

ROOT = "generated/jsonschema"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
Mode = Literal["lenient", "strict"]
MODES: tuple[Mode, ...] = ("lenient", "strict")

#: Date-times as providers send them: ISO 8601, 0-9 fractional digits, zone optional.
TIMESTAMP_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?"
    r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"
)
JSON_VALUE = "JsonValue"


def schema_file(kind: PayloadKind, mode: Mode) -> str:
    """The schema's path under generated/jsonschema/."""
    suffix = ".schema.json" if mode == "lenient" else ".strict.schema.json"
    return kind.id + suffix


def schema_id(kind: PayloadKind, mode: Mode) -> str:
    base = "urn:bankcodes:schema:" + kind.id.replace("/", ":")
    return base if mode == "lenient" else base + ":strict"


@dataclass
class _Builder:
    """Builds one schema document; collects the definitions it references."""

    catalog: Catalog
    kind: PayloadKind
    mode: Mode
    defs: dict[str, Any] = field(default_factory=dict)

    @property
    def max_length(self) -> int:
        return self.catalog.payload_limits.max_string_length

    def document(self) -> dict[str, Any]:
        kind = self.kind
        for type_def in kind.types.values():
            self._define(type_def)
        mode_text = (
            "Lenient: unknown codes, fields and event types pass."
            if self.mode == "lenient"
            else "Strict: only the catalog's codes, fields and event types pass."
        )
        return {
            "$schema": DIALECT,
            "$id": schema_id(kind, self.mode),
            "$comment": HEADER,
            "title": kind.title if self.mode == "lenient" else f"{kind.title} (strict)",
            "description": f"{kind.description} {mode_text}",
            "examples": [example.data for example in kind.examples],
            "$ref": f"#/$defs/{kind.root}",
            "$defs": dict(sorted(self.defs.items())),
        }

    def _define(self, type_def: TypeDef) -> None:
        if type_def.fields is not None:
            self.defs[type_def.id] = self._object(
                type_def.id, type_def.description, type_def.fields
            )
        elif type_def.any_of is not None:
            self.defs[type_def.id] = {
                "title": type_def.id,
                "description": type_def.description,
                "anyOf": [_ref(member) for member in type_def.any_of],
            }
        elif type_def.discriminated is not None:
            self._discriminated(type_def)

    def _discriminated(self, type_def: TypeDef) -> None:
        union = type_def.discriminated
        assert union is not None
        base = self.kind.types[union.base]
        assert base.fields is not None
        tag_field = base.fields[union.field]
        members = []
        for value, variant in union.variants.items():
            fields = {**base.fields, **variant.fields}
            schema = self._object(variant.name, f"{base.description} ({value}).", fields)
            schema["properties"][union.field] = {"const": value} | _comment(tag_field)
            self.defs[variant.name] = schema
            members.append(_ref(variant.name))
        if self.mode == "lenient":
            schema = self._object(
                union.fallback,
                f"{base.description} (an event type without a schema here).",
                base.fields,
            )
            schema["properties"][union.field] = {
                "type": "string",
                "maxLength": self.max_length,
                "pattern": _none_of(list(union.variants)),
                "description": f"Any {union.field} other than those with a schema of their own.",
            }
            self.defs[union.fallback] = schema
            members.append(_ref(union.fallback))
        self.defs[type_def.id] = {
            "title": type_def.id,
            "description": type_def.description,
            "anyOf": members,
        }

    def _object(self, name: str, description: str, fields: dict[str, Field]) -> dict[str, Any]:
        properties = {key: self._field(value) for key, value in fields.items()}
        schema: dict[str, Any] = {
            "title": name,
            "description": description,
            "type": "object",
            "properties": properties,
        }
        required = [key for key, value in fields.items() if value.required]
        if required:
            schema["required"] = required
        schema["additionalProperties"] = self._json(1) if self.mode == "lenient" else False
        return schema

    def _field(self, value: Field) -> dict[str, Any]:
        schema = self._type(value.type)
        if value.nullable:
            schema = {"anyOf": [schema, {"type": "null"}]}
        if value.description is not None:
            schema = schema | {"description": value.description}
        return schema | _comment(value)

    def _type(self, field_type: FieldType) -> dict[str, Any]:
        if isinstance(field_type, CodeRef):
            return self._code(field_type)
        if isinstance(field_type, TypeRef):
            return _ref(field_type.ref)
        if isinstance(field_type, ArrayOf):
            return {"type": "array", "items": self._type(field_type.array)}
        if isinstance(field_type, EnumOf):
            self.defs[field_type.name] = {
                "title": field_type.name,
                "type": "string",
                "enum": list(field_type.enum),
            }
            return self._open(_ref(field_type.name), list(field_type.enum))
        scalars: dict[str, dict[str, Any]] = {
            "string": {"type": "string", "maxLength": self.max_length},
            "integer": {"type": "integer"},
            "number": {"type": "number"},
            "boolean": {"type": "boolean"},
            "timestamp": {"type": "string", "maxLength": 64, "pattern": TIMESTAMP_PATTERN},
            "json": self._json(1),
            "object": {"type": "object", "additionalProperties": self._json(2)},
        }
        return scalars[field_type]

    def _open(self, known: dict[str, Any], values: list[str]) -> dict[str, Any]:
        """Known values only (strict), or the known values documented and any other string.

        The "other string" branch excludes the known values, so that exactly one branch matches
        and typed models keep a known value as its enum member.
        """
        if self.mode == "strict":
            return known
        other = {"type": "string", "maxLength": self.max_length, "pattern": _none_of(values)}
        return {"anyOf": [known, other]}

    def _code(self, ref: CodeRef) -> dict[str, Any]:
        code_sets = [code_set_of(self.catalog, name) for name in ref.code]
        known = [
            self._code_set(name, code_set)
            for name, code_set in zip(ref.code, code_sets, strict=True)
        ]
        values = [code.value for code_set in code_sets if code_set for code in code_set.codes]
        return self._open(known[0] if len(known) == 1 else {"anyOf": known}, values)

    def _code_set(self, ref: str, code_set: CodeSet | None) -> dict[str, Any]:
        assert code_set is not None, "the rules guarantee code set references resolve"
        provider = self.catalog.providers[ref.split(".")[0]]
        name = provider.type_prefix + code_set.class_name
        self.defs[name] = {
            "title": name,
            "description": f"{code_set.title}: {code_set.description}",
            "type": "string",
            "oneOf": [
                {"const": code.value, "title": code.identifier, "description": code.text}
                for code in code_set.codes
            ],
        }
        return _ref(name)

    def _json(self, depth: int) -> dict[str, Any]:
        """A free-form JSON value that nests at most max_depth - depth + 1 more levels."""
        limit = self.catalog.payload_limits.max_depth
        for level in range(depth, limit + 1):
            name = JSON_VALUE if level == 1 else f"{JSON_VALUE}{level}"
            scalars: list[dict[str, Any]] = [
                {"type": "string", "maxLength": self.max_length},
                {"type": "number"},
                {"type": "boolean"},
                {"type": "null"},
            ]
            if level < limit:
                deeper = _ref(f"{JSON_VALUE}{level + 1}")
                scalars += [
                    {"type": "array", "items": deeper},
                    {"type": "object", "additionalProperties": deeper},
                ]
            self.defs[name] = {
                "title": name,
                "description": f"Any JSON value nested at most {limit - level + 1} levels deep.",
                "anyOf": scalars,
            }
        return _ref(JSON_VALUE if depth == 1 else f"{JSON_VALUE}{depth}")


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _comment(value: Field) -> dict[str, Any]:
    if value.why is None:
        return {}
    return {"$comment": ("required: " if value.required else "optional: ") + value.why}


def _none_of(values: list[str]) -> str:
    """A pattern that matches every string except the given ones (each matched whole)."""
    alternatives = "|".join(_regex_escape(value) for value in dict.fromkeys(values))
    return f"^(?!(?:{alternatives})(?![\\s\\S]))"


def _regex_escape(value: str) -> str:
    """Escape a wire value for a pattern that ECMA-262, Python and Rust read alike."""
    return "".join(f"\\{char}" if not (char.isalnum() or char in "_-") else char for char in value)


def schemas(catalog: Catalog) -> Iterator[tuple[PayloadKind, Mode, dict[str, Any]]]:
    """Every schema document, in catalog order, lenient before strict."""
    for kind in catalog.payloads.values():
        for mode in MODES:
            yield kind, mode, _Builder(catalog, kind, mode).document()


def render_files(catalog: Catalog) -> Files:
    files: dict[str, str] = {}
    index = []
    for kind, mode, document in schemas(catalog):
        files[f"{ROOT}/{schema_file(kind, mode)}"] = json_text(document)
        if mode == "lenient":
            index.append(
                {
                    "kind": kind.id,
                    "provider": kind.provider,
                    "title": kind.title,
                    "lenient": {
                        "$id": schema_id(kind, "lenient"),
                        "path": schema_file(kind, "lenient"),
                    },
                    "strict": {
                        "$id": schema_id(kind, "strict"),
                        "path": schema_file(kind, "strict"),
                    },
                }
            )
    files[f"{ROOT}/index.json"] = json_text(
        {"$comment": HEADER, "spec_version": catalog.spec_version, "schemas": index}
    )
    return files


TARGET = Target(name="jsonschema", roots=(ROOT,), render=render_files)
