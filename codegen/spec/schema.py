"""The JSON Schema (2020-12) of spec/catalog.json, generated from the models of codegen.spec by
pydantic: what the loader checks a spec against first, and what `make generate` writes to
spec/catalog.schema.json for editors (the spec's "$schema" points at it).

pydantic's generator is followed, with four changes that keep the schema the spec's own: no
titles but the catalog's (pydantic derives one from every name), no defaults (the descriptions
say them; some, like an empty list, are no valid value), an optional field is left out rather
than written as null (unless its model marks it Nullable), and a tagged union is a oneOf of
variants told apart by their constant tag, without OpenAPI's discriminator keyword.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from codegen.spec.base import Nullable
from codegen.spec.catalog import Catalog

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://bankcodes.dev/spec/catalog.schema.json"
#: Where the schema's definition is, as its header names it.
SOURCE = "codegen/spec/"


class _SpecSchema(GenerateJsonSchema):
    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        """A map: its keys' schema as propertyNames and its values' as additionalProperties
        (pydantic writes keys that only have a pattern as patternProperties, which lets any
        other key through)."""
        generated = super().dict_schema(schema)
        patterns = generated.pop("patternProperties", None)
        if patterns:
            ((pattern, values),) = patterns.items()
            generated["propertyNames"] = {"pattern": pattern}
            generated["additionalProperties"] = values
        return generated

    def tagged_union_schema(self, schema: core_schema.TaggedUnionSchema) -> JsonSchemaValue:
        generated = super().tagged_union_schema(schema)
        generated.pop("discriminator", None)
        return generated

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        generated = super().model_schema(schema)
        model = schema["cls"]
        if "title" not in model.model_config:
            generated.pop("title", None)
        if "description" in generated:
            generated["description"] = " ".join(generated["description"].split())
        properties = generated.get("properties", {})
        for name, field in model.model_fields.items():
            key = field.alias or name
            nullable = any(isinstance(marker, Nullable) for marker in field.metadata)
            if key in properties and field.default is None and not nullable:
                properties[key] = _not_null(properties[key])
        return generated


def _not_null(schema: JsonSchemaValue) -> JsonSchemaValue:
    """An optional field's schema without its null branch: it is left out, not null."""
    branches = schema.get("anyOf")
    if not isinstance(branches, list):
        return schema
    kept = [branch for branch in branches if branch != {"type": "null"}]
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**kept[0], **rest} if len(kept) == 1 else {**rest, "anyOf": kept}


def generate(model: type[BaseModel] = Catalog) -> dict[str, Any]:
    """The JSON Schema of `model` (the catalog, or a variant of it) with the spec schema's
    header."""
    generated = model.model_json_schema(schema_generator=_SpecSchema)
    header = {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "$comment": f"generated from {SOURCE} (the pydantic models of codegen.spec) — do not "
        "edit (run `make generate`)",
        "title": generated["title"],
    }
    return _ordered({**header, **generated})


#: The keywords a reader looks for first, in this order; the others follow as pydantic sorts them,
#: and the definitions come last.
_LEADING = ("$schema", "$id", "$comment", "title", "$ref", "description", "type")
#: Keywords whose value maps names to schemas (kept in their order).
_NAMED = ("$defs", "properties", "patternProperties", "dependentSchemas")


def _ordered(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with the keywords of each object in reading order."""
    ordered: dict[str, Any] = _reordered(schema)
    return ordered


def _reordered(node: Any) -> Any:
    if isinstance(node, list):
        return [_reordered(item) for item in node]
    if not isinstance(node, dict):
        return node
    keys = [key for key in _LEADING if key in node]
    keys += [key for key in node if key not in _LEADING and key != "$defs"]
    keys += ["$defs"] if "$defs" in node else []
    return {
        key: {name: _reordered(part) for name, part in node[key].items()}
        if key in _NAMED
        else _reordered(node[key])
        for key in keys
    }


@cache
def _document() -> dict[str, Any]:
    return generate()


def document() -> dict[str, Any]:
    """The spec's JSON Schema, as spec/catalog.schema.json holds it (a fresh copy)."""
    return copy.deepcopy(_document())
