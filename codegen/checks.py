"""Checks that need the resolved model: what the generated outputs would say about the spec's own
data. They run in `validate` as in `generate`, so a spec that validates always generates."""

from __future__ import annotations

from collections.abc import Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from codegen.errors import Problem, pointer
from codegen.model import MODES, Catalog
from codegen.targets import json_schemas

#: At most this many problems are reported per example and mode.
MAX_EXAMPLE_PROBLEMS = 5


def examples_match_their_schemas(catalog: Catalog) -> Iterator[Problem]:
    """Every published example validates against the lenient and the strict schema of its kind."""
    for kind in catalog.payloads:
        for mode in MODES:
            validator = Draft202012Validator(json_schemas.document(catalog, kind, mode))
            for index, example in enumerate(kind.examples):
                errors = [_deepest(error) for error in validator.iter_errors(example.data)]
                for error in sorted(errors, key=lambda e: list(map(str, e.path)))[
                    :MAX_EXAMPLE_PROBLEMS
                ]:
                    where = pointer("payloads", kind.id, "examples", index, "data", *error.path)
                    message = error.message if len(error.message) <= 200 else error.message[:199]
                    yield Problem(where, f"the {mode} schema rejects this example: {message}")


def _deepest(error: ValidationError) -> ValidationError:
    """Of an error and the errors of the anyOf branches under it, one that points deepest."""
    found = error
    for cause in error.context or ():
        candidate = _deepest(cause)
        if len(candidate.absolute_path) > len(found.absolute_path):
            found = candidate
    return found


def check(catalog: Catalog) -> list[Problem]:
    return sorted(set(examples_match_their_schemas(catalog)))
