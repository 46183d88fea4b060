"""The JSON Schemas (2020-12) of the payload kinds, built from the resolved model: the json_schemas
target writes them to generated/jsonschema/, the models are generated from them, and the checks
validate the spec's examples with them.

Each payload kind of the spec gives two schemas: a lenient one (unknown codes, fields and event
types pass; their values are bounded by the spec's payload limits) and a strict one (only known
codes and fields). Code fields point at one definition per code set whose known values are listed
one by one with their descriptions.

Patterns are anchored with (?![\\s\\S]) rather than $, which Python's re lets match before a final
line break; the patterns read alike in ECMA-262, Python and Rust.

What JSON Schema can say about values is spelled out, so that every validator gives the verdict
of the models: numbers are finite (1e400 is read as infinity), an integer may be written with a
zero fraction (200.0). Lone surrogates, which UTF-8 cannot carry, are refused when a body is
read, before any schema sees it (Rust's regex could not even express them).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from codegen.model import (
    AnyOfDef,
    ArrayType,
    Catalog,
    CodeSet,
    CodeType,
    EnumType,
    Field,
    FieldType,
    KeysType,
    Mode,
    ObjectDef,
    PayloadKind,
    RefType,
    UnionDef,
)
from codegen.naming import INTEGER, NUMBER, SHARED, TEXT, TIMESTAMP, URL
from codegen.schema_values import (
    END,
    code_set_definition,
    json_definitions,
    json_name,
    none_of,
    ref,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Date-times as providers send them: ISO 8601, 0-9 fractional digits, zone optional.
#: An absolute http(s) URL: what a page may navigate to (never javascript:, data: and the like).
URL_PATTERN = r"^https?://[^\s/?#]+[^\s]*" + END
URL_MAX_LENGTH = 2048
TIMESTAMP_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?"
    r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?" + END
)
#: The largest finite double: 1e400 is read as infinity, which no number field takes.
LARGEST = 1.7976931348623157e308


#: The largest integer every JSON reader holds exactly: a code that travels as a number is one
#: of at most this magnitude (bankcodes._integers in the runtime says so in words).
MAX_SAFE = 2**53 - 1


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

    def build(self) -> dict[str, Any]:
        kind = self.kind
        for type_def in kind.types:
            self._define(type_def)
        self._shared()
        mode_text = (
            "Lenient: unknown codes, fields and event types pass."
            if self.mode == "lenient"
            else "Strict: only the catalog's codes, fields and event types pass."
        )
        return {
            "$schema": DIALECT,
            "$id": kind.schema_id(self.mode),
            "$comment": self.catalog.header,
            "title": kind.title if self.mode == "lenient" else f"{kind.title} (strict)",
            "description": f"{kind.description} {mode_text}",
            "examples": [example.data for example in kind.examples],
            "$ref": f"#/$defs/{kind.root.name}",
            "$defs": dict(sorted(self.defs.items())),
        }

    def _shared(self) -> None:
        """The scalar definitions, added when a type of the kind uses them."""
        referred = set(_refs(self.defs))
        used = {name for name in SHARED if f"#/$defs/{name}" in referred}
        shared: dict[str, dict[str, Any]] = {
            TEXT: {
                "title": TEXT,
                "description": "A string of at most the payload limit's length.",
                "type": "string",
                "maxLength": self.max_length,
            },
            URL: {
                "title": URL,
                "description": "An absolute http or https URL.",
                "type": "string",
                "maxLength": URL_MAX_LENGTH,
                "pattern": URL_PATTERN,
            },
            TIMESTAMP: {
                "title": TIMESTAMP,
                "description": "An ISO 8601 date-time as providers send it: 0-9 fractional "
                "digits, time zone optional.",
                "type": "string",
                "maxLength": 64,
                "pattern": TIMESTAMP_PATTERN,
            },
            NUMBER: {
                "title": NUMBER,
                "description": "A finite JSON number.",
                "type": "number",
                "minimum": -LARGEST,
                "maximum": LARGEST,
            },
            INTEGER: {
                "title": INTEGER,
                "description": "A finite JSON integer (a number without a fractional part).",
                "type": "integer",
                "minimum": -LARGEST,
                "maximum": LARGEST,
            },
        }
        for name in used:
            self.defs[name] = shared[name]

    def _define(self, type_def: ObjectDef | UnionDef | AnyOfDef) -> None:
        if isinstance(type_def, ObjectDef):
            self.defs[type_def.name] = self._object(type_def)
        elif isinstance(type_def, AnyOfDef):
            self.defs[type_def.name] = {
                "title": type_def.name,
                "description": type_def.description,
                "anyOf": [ref(member.name) for member in type_def.members],
            }
        else:
            self._union(type_def)

    def _union(self, union: UnionDef) -> None:
        """A chain of if/then/else on the tag: each tag value selects its variant, so a
        validator reads one member instead of trying them all (and names that member's
        problems); any other tag is the fallback's (lenient) or a listed value is required
        (strict)."""
        tags = [variant.tag[1] for variant in union.variants if variant.tag is not None]
        tag = union.tag.name
        if self.mode == "lenient":
            schema = self._object(union.fallback)
            schema["properties"][tag] = {
                "type": "string",
                "maxLength": self.max_length,
                "pattern": none_of(tags),
                "description": f"Any {tag} other than those with a schema of their own.",
            } | _comment(union.tag)
            self.defs[union.fallback.name] = schema
            chain: dict[str, Any] = ref(union.fallback.name)
        else:
            chain = {"type": "object", "properties": {tag: {"enum": tags}}, "required": [tag]}
        for variant in reversed(union.variants):
            self.defs[variant.name] = self._object(variant)
            assert variant.tag is not None, "every variant of a union has its tag"
            chain = {
                "if": {
                    "type": "object",
                    "properties": {tag: {"const": variant.tag[1]}},
                    "required": [tag],
                },
                "then": ref(variant.name),
                "else": chain,
            }
        self.defs[union.name] = {
            "title": union.name,
            "description": union.description,
            **chain,
        }

    def _object(self, obj: ObjectDef) -> dict[str, Any]:
        properties = {f.name: self._field(f) for f in obj.fields}
        if obj.tag is not None:
            name, value = obj.tag
            tag_field = next(f for f in obj.fields if f.name == name)
            properties[name] = {"const": value} | _comment(tag_field)
        schema: dict[str, Any] = {
            "title": obj.name,
            "description": obj.description,
            "type": "object",
            "properties": properties,
        }
        if obj.required:
            schema["required"] = list(obj.required)
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
        if isinstance(field_type, CodeType):
            return self._code(field_type)
        if isinstance(field_type, RefType):
            return ref(field_type.target.name)
        if isinstance(field_type, ArrayType):
            return {"type": "array", "items": self._type(field_type.item)}
        if isinstance(field_type, KeysType):
            # Its keys are codes: a strict schema names them; a lenient one takes any key.
            named = {"propertyNames": self._code(field_type.keys)} if self.mode == "strict" else {}
            values = self._type(field_type.values)
            return {"type": "object", **named, "additionalProperties": values}
        if isinstance(field_type, EnumType):
            listed = {"type": "string", "enum": list(field_type.values)}
            if self.mode == "strict":
                return listed
            name = field_type.name + "OrOther"
            self.defs[name] = {
                "title": name,
                "description": "One of the values listed, or any other string.",
            } | self._open(listed, list(field_type.values))
            return ref(name)
        if field_type == "json":
            return self._json(1)
        if field_type == "object":
            return {"type": "object", "additionalProperties": self._json(2)}
        scalars: dict[str, dict[str, Any]] = {
            "string": ref(TEXT),
            "url": ref(URL),
            "integer": ref(INTEGER),
            "number": ref(NUMBER),
            "boolean": {"type": "boolean"},
            "timestamp": ref(TIMESTAMP),
        }
        return scalars[field_type]

    def _open(
        self, known: dict[str, Any], values: list[str], *, open: bool = False
    ) -> dict[str, Any]:
        """Known values only (strict, unless `open`), or the known values documented and any
        other string.

        The "other string" branch excludes the known values, so that exactly one branch matches
        and typed models keep a known value as its enum member (an alias stays the text it
        arrived as).
        """
        if self.mode == "strict" and not open:
            return known
        other = {"type": "string", "maxLength": self.max_length, "pattern": none_of(values)}
        return {"anyOf": [known, other]}

    def _code(self, code_type: CodeType) -> dict[str, Any]:
        """A code field: a named definition per combination of code sets, open in lenient mode
        (CodeOrUnknown), closed in strict mode unless the field may hold the sender's own codes
        (its `others`)."""
        known = [self._code_set(code_set) for code_set in code_type.code_sets]
        name = code_type_name(code_type)
        if len(known) > 1:
            self.defs[name] = {"title": name, "anyOf": known}
        closed = known[0] if len(known) == 1 else ref(name)
        if self.mode == "strict" and code_type.others is None:
            return closed
        numeric = code_type.code_sets[0].numeric
        other = "integer of at most 2**53 - 1, or any other text" if numeric else "string"
        opened: dict[str, Any] = {
            "title": name + "OrUnknown",
            "description": f"A known value, or any other {other} (a code added since).",
        }
        if numeric:
            # Any other safe integer, or any other text (kept as an unknown code): the known
            # ones are excluded, so exactly one branch matches. A number beyond the safe range
            # (which JavaScript cannot hold exactly) or infinity is no code.
            wires = [code.wire for code in code_type.codes]
            safe = {"type": "integer", "minimum": -MAX_SAFE, "maximum": MAX_SAFE}
            unknown = {
                "anyOf": [safe, {"type": "string", "maxLength": self.max_length}],
                "not": {"enum": [*wires, *(str(wire) for wire in wires)]},
            }
            opened["anyOf"] = [closed, unknown]
        else:
            opened |= self._open(
                closed, [s for code in code_type.codes for s in code.spellings], open=True
            )
        self.defs[name + "OrUnknown"] = opened
        return ref(name + "OrUnknown")

    def _code_set(self, code_set: CodeSet) -> dict[str, Any]:
        self.defs[code_set.ts_name] = code_set_definition(code_set)
        return ref(code_set.ts_name)

    def _json(self, depth: int) -> dict[str, Any]:
        """A free-form JSON value that nests at most max_depth - depth + 1 more levels."""
        if json_name(depth) not in self.defs:
            definitions = json_definitions(self.catalog.payload_limits.max_depth)
            self.defs.update(definitions[depth - 1 :])
        return ref(json_name(depth))


def _comment(value: Field) -> dict[str, Any]:
    if value.why is None:
        return {}
    return {"$comment": ("required: " if value.required else "optional: ") + value.why}


def code_type_name(code_type: CodeType) -> str:
    """The definition name of a code field's type: its code sets' TypeScript names."""
    return "Or".join(code_set.ts_name for code_set in code_type.code_sets)


def _refs(node: object) -> Iterator[str]:
    """Every $ref of a schema fragment."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


@functools.lru_cache(maxsize=1024)
def document(catalog: Catalog, kind: PayloadKind, mode: Mode) -> dict[str, Any]:
    """The lenient or strict schema of a payload kind, built once per catalog (the spec's checks
    and three targets read it): callers share it and do not change it."""
    return _Builder(catalog, kind, mode).build()
