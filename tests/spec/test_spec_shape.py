"""The spec's shape is written once, in the models of codegen.spec, and spec/catalog.schema.json is
generated from them: the committed schema is the generated one, a JSON Schema 2020-12 that uses
the draft's keywords only, every property of it is a field of a model, a field added to a model
is in the schema with nothing else written, and schema and models give every spec of the corpora
the same verdict."""

from __future__ import annotations

import copy
import functools
import json
import marshal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError, create_model
from pydantic import Field as PydField
from pydantic.fields import FieldInfo

from codegen import loader, spec
from codegen.spec import schema as spec_schema
from codegen.spec.base import Keyed, Text
from tests.support.helpers import ROOT, spec_data
from tests.support.smaller_spec import smaller_spec, smallest_spec
from tests.support.spec_batches import around_the_change, changes, every_path, value_at
from tests.support.spec_cases import CASES
from tests.support.spec_corpus import CORPUS, Mutation

SCHEMA_FILE = ROOT / "spec" / "catalog.schema.json"
FOURTH = ROOT / "tests" / "generation" / "fourth" / "catalog.json"

#: The keywords of JSON Schema 2020-12 (core, applicator, validation, format, meta-data,
#: content and unevaluated vocabularies), typed from the draft's meta-schemas.
KEYWORDS = frozenset([
    "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "$dynamicRef", "$dynamicAnchor",
    "$vocabulary", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
    "prefixItems", "items", "contains", "properties", "patternProperties",
    "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
    "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
    "dependentRequired", "format", "title", "description", "default", "deprecated", "readOnly",
    "writeOnly", "examples", "contentEncoding", "contentMediaType", "contentSchema",
])  # fmt: skip
#: Keywords whose value maps names (not keywords) to schemas, or holds plain values.
NAMED = ("properties", "$defs", "patternProperties", "dependentSchemas")
VALUES = ("required", "dependentRequired", "enum", "const", "examples", "default")


def _committed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return data


def _keywords(node: object, at: str = "") -> Iterator[tuple[str, str]]:
    """Every keyword of a schema, with where it is."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _keywords(item, f"{at}/{index}")
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        yield key, at
        if key in NAMED:
            for name, part in value.items():
                yield from _keywords(part, f"{at}/{key}/{name}")
        elif key not in VALUES:
            yield from _keywords(value, f"{at}/{key}")


def test_the_committed_schema_is_the_one_the_models_generate() -> None:
    schema = _committed()
    assert schema == spec_schema.document()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://bankcodes.dev/spec/catalog.schema.json"
    assert schema["title"] == "bankcodes catalog"
    assert "generated from codegen/spec/" in schema["$comment"]
    assert SCHEMA_FILE.read_text(encoding="utf-8").startswith('{\n  "$schema": ')


def test_the_schema_is_json_schema_2020_12_and_nothing_else() -> None:
    schema = _committed()
    Draft202012Validator.check_schema(schema)
    unknown = sorted({f"{at}: {key}" for key, at in _keywords(schema) if key not in KEYWORDS})
    assert unknown == []  # no pydantic keyword (discriminator, ge, minLength on an object...)


def _models(model: type[BaseModel], found: dict[str, type[BaseModel]]) -> None:
    """Every model the catalog is made of, by name."""
    if model.__name__ in found:
        return
    found[model.__name__] = model
    for field in model.model_fields.values():
        for part in _parts(field.annotation):
            if isinstance(part, type) and issubclass(part, BaseModel):
                _models(part, found)


def _parts(annotation: object) -> Iterator[object]:
    yield annotation
    value = getattr(annotation, "__value__", None)  # a named type (TypeAliasType)
    for inner in (*getattr(annotation, "__args__", ()), *([value] if value else [])):
        yield from _parts(inner)


def _written(name: str, field: FieldInfo) -> bool:
    """Whether a field is written in the spec: an id is its entry's key (codegen.spec.base.Keyed
    gives it), which the schema leaves out."""
    if name == "id":
        assert field.annotation is str and field.is_required()
        return False
    return True


def test_every_property_of_the_schema_is_a_field_of_a_model() -> None:
    """The schema says nothing about the spec's objects that a model does not: each object of
    it is a model's, with exactly the model's fields (an id, taken from its key, is none)."""
    models: dict[str, type[BaseModel]] = {}
    _models(spec.Catalog, models)
    schema = _committed()
    objects = {name: part for name, part in schema["$defs"].items() if "properties" in part}
    assert set(objects) == set(models) - {"Catalog"}
    for name, model in models.items():
        fields = {
            field.alias or key for key, field in model.model_fields.items() if _written(key, field)
        }
        properties = schema if name == "Catalog" else objects[name]
        assert set(properties["properties"]) == fields, name
        required = [
            field.alias or key
            for key, field in model.model_fields.items()
            if field.is_required() and _written(key, field)
        ]
        assert properties.get("required", []) == required, name
        assert properties["additionalProperties"] is False, name
    described = [at for key, at in _keywords(schema) if key == "properties"]
    outside = [at for at in described if at and at.rsplit("/", 1)[-1] not in models]
    # Only a model's own rules (if/then/else) name properties beside its fields.
    assert all({"if", "then", "else"} & set(at.split("/")) for at in outside), outside


def test_a_field_is_added_by_writing_it_in_a_model() -> None:
    """What adding a field to the spec takes: the field in its model, here in a copy of
    Category, and the schema generated from the models has it, described and typed, as the
    models read it."""
    category = create_model(
        "Category",
        __base__=spec.Category,
        __doc__=spec.Category.__doc__,
        severity=(Text | None, PydField(None, description="How bad it is, in a word.")),
    )
    catalog = create_model(
        "Catalog",
        __base__=spec.Catalog,
        __doc__=spec.Catalog.__doc__,
        categories=(Keyed[spec.base.Id, category], ...),  # type: ignore[valid-type]
    )
    schema = spec_schema.generate(catalog)
    added = schema["$defs"]["Category"]["properties"]["severity"]
    assert added == {"$ref": "#/$defs/Text", "description": "How bad it is, in a word."}
    assert "severity" not in schema["$defs"]["Category"]["required"]
    data = spec_data()
    data["categories"]["success"]["severity"] = "none"
    assert jsonschema_rs.validator_for(schema).is_valid(data)
    assert not jsonschema_rs.validator_for(_committed()).is_valid(data)
    read = catalog.model_validate(data)
    assert read.categories["success"].model_dump()["severity"] == "none"
    data["categories"]["success"]["severity"] = None  # left out, not null
    assert not jsonschema_rs.validator_for(schema).is_valid(data)
    with pytest.raises(ValidationError):
        catalog.model_validate(data)


# --- one verdict -------------------------------------------------------------------------------


@functools.cache
def _fast_validator() -> Any:
    return jsonschema_rs.validator_for(_committed())


def _fast_verdict(data: object) -> bool | None:
    """jsonschema-rs's verdict, or None for text it cannot take (a lone surrogate)."""
    try:
        valid: bool = _fast_validator().is_valid(data)
    except ValueError:
        return None
    return valid


def _schema_verdict(data: object) -> bool:
    fast = _fast_verdict(data)
    return Draft202012Validator(_committed()).is_valid(data) if fast is None else fast


def _model_verdict(data: object) -> bool:
    try:
        spec.Catalog.model_validate(data)
    except ValidationError:
        return False
    return True


def _mutated(mutate: Mutation) -> dict[str, Any]:
    """The spec a case makes, cut to what it changed (tests/support/spec_batches.py's
    `around_the_change`: the schema and the models read each part of a spec alone, the rules
    between parts being codegen.rules', which neither is, so that their verdicts on the change
    are those on the whole spec): the smallest or else the smaller spec changed by the case
    (tests/support/smaller_spec.py: a few providers, or every provider, code set and kind of
    entry, with fewer codes) where the case changes there what it changes in the project's spec
    (the objects it changes are alike in both), else the project's spec."""
    whole = _whole()
    for marshalled in (_smallest_copy(), _smaller_copy()):
        base = _read(marshalled)
        data: dict[str, Any] = marshal.loads(marshalled)
        try:
            mutate(data)
        except (LookupError, StopIteration):
            continue  # a code or a provider this spec leaves out
        places = changes(base, data)
        if all(
            value_at(base, place[:-1]) == value_at(whole, place[:-1]) for place in places if place
        ):
            return around_the_change(data, base)
    data = spec_data()
    mutate(data)
    return around_the_change(data, whole)


@functools.cache
def _whole() -> dict[str, Any]:
    """The project's spec, as the mutations found it (read, never changed)."""
    return spec_data()


@functools.cache
def _smaller_copy() -> bytes:
    """The smaller spec, marshalled: a fresh copy is one `marshal.loads` of it."""
    return marshal.dumps(smaller_spec())


@functools.cache
def _smallest_copy() -> bytes:
    """The smallest spec, marshalled."""
    return marshal.dumps(smallest_spec())


@functools.cache
def _read(marshalled: bytes) -> dict[str, Any]:
    """A spec of those above (read, never changed)."""
    data: dict[str, Any] = marshal.loads(marshalled)
    return data


CORPORA = [(f"rule: {c[0]}", c[1]) for c in CASES] + [(f"corpus: {c[0]}", c[1]) for c in CORPUS]


@pytest.mark.parametrize("mutate", [c[1] for c in CORPORA], ids=[c[0] for c in CORPORA])
def test_schema_and_models_give_a_malformed_spec_one_verdict(mutate: Mutation) -> None:
    data = _mutated(mutate)
    fast = _fast_verdict(data)
    if fast is None and loader._unencodable(data):
        # Text UTF-8 cannot carry (a lone surrogate) is refused before the schema or the
        # models read a spec: JSON Schema cannot say so, and pydantic reads it as no string.
        # (jsonschema-rs refuses such text too, so that only a spec it refuses is looked at.)
        assert not _model_verdict(data)
        return
    schema = _schema_verdict(data) if fast is None else fast
    assert schema == _model_verdict(data)


@pytest.mark.parametrize(
    "path",
    [ROOT / "spec" / "catalog.json", FOURTH, *sorted((ROOT / "spec" / "released").glob("*.json"))],
    ids=lambda path: path.relative_to(ROOT).as_posix(),
)
def test_schema_and_models_give_the_catalogs_one_verdict(path: Path) -> None:
    """The catalog and the fourth provider's are valid; a release is read as the spec of its
    day, which the current shape may refuse, but both refuse it alike."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert _schema_verdict(data) == _model_verdict(data)
    if "released" not in path.parts:
        assert _model_verdict(data)


#: Values a random edit puts anywhere in the fourth provider's spec.
REPLACEMENTS: list[object] = [
    "", " ", "x", "X1", "acme", "acme.error_code", "BANK_DOWN", "a\nb", "https://x.example/",
    "1.0.0", "2026-01-01", "$.error", "en", "hmac", 0, 1, -1, 200, 2.0, 2.5, 2**40, True, False,
    None, [], [""], ["x", "x"], {}, {"x": 1},
]  # fmt: skip


@settings(max_examples=150, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_schema_and_models_give_a_randomly_edited_spec_one_verdict(data: st.DataObject) -> None:
    """Random edits of the fourth provider's spec (a value replaced, a field removed or added):
    jsonschema, jsonschema-rs and the models agree on each."""
    edited: Any = json.loads(FOURTH.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        *parents, last = data.draw(st.sampled_from(every_path(edited)))
        node = edited
        for key in parents:
            node = node[key]
        action = data.draw(st.sampled_from(["replace", "remove", "add"]))
        value = copy.deepcopy(data.draw(st.sampled_from(REPLACEMENTS)))
        if action == "remove" and isinstance(node, dict):
            del node[last]
        elif action == "add" and isinstance(node[last], dict):
            node[last][data.draw(st.sampled_from(["id", "x", "notes", "sources"]))] = value
        else:
            node[last] = value
    verdict = Draft202012Validator(_committed()).is_valid(edited)
    assert _schema_verdict(edited) == verdict
    assert _model_verdict(edited) == verdict
