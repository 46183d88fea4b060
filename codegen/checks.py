"""Checks that need the resolved model: what the generated outputs would say about the spec's own
data. They run in `validate` as in `generate`, so a spec that validates always generates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from bankcodes._recognition import Recogniser
from codegen import schema
from codegen.errors import Problem, pointer
from codegen.incremental import per_provider
from codegen.model import MODES, Catalog, PayloadKind, UnionDef
from codegen.model.payloads import code_paths

if TYPE_CHECKING:  # jsonschema is imported only to name the problems of an example it rejects
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

#: At most this many problems are reported per example and mode.
MAX_EXAMPLE_PROBLEMS = 5


def examples_match_their_schemas(catalog: Catalog) -> Iterator[Problem]:
    """Every published example validates against the lenient and the strict schema of its kind."""
    for kind in catalog.payloads:
        yield from (Problem(*problem) for problem in _kind_problems(catalog, kind))


@per_provider
def _kind_problems(catalog: Catalog, kind: PayloadKind) -> list[list[str]]:
    """Where and what each problem of a kind's examples is."""
    found = []
    for mode in MODES:
        document = schema.document(catalog, kind, mode)
        fast = _compiled(document)
        validators: dict[str, Draft202012Validator] | None = None
        for index, example in enumerate(kind.examples):
            if _valid(fast, example.data):
                continue  # jsonschema names the problems of the others
            if validators is None:  # built for the first example that fails
                from jsonschema import Draft202012Validator

                validators = {"": Draft202012Validator(document), **_validators(kind, document)}
            validator = validators.get(_tag(kind, example.data) or "", validators[""])
            errors = [_deepest(error) for error in validator.iter_errors(example.data)]
            for error in sorted(errors, key=lambda e: list(map(str, e.path)))[
                :MAX_EXAMPLE_PROBLEMS
            ]:
                where = pointer("payloads", kind.id, "examples", index, "data", *error.path)
                message = error.message if len(error.message) <= 200 else error.message[:199]
                found.append([where, f"the {mode} schema rejects this example: {message}"])
    return found


#: jsonschema-rs's validators of the schemas last checked, by the schema's JSON text: a spec
#: loaded again in the same process (its edits elsewhere) compiles none of its schemas again.
_COMPILED: dict[str, Any] = {}
_MAX_COMPILED = 512


def _compiled(document: dict[str, object]) -> Any:
    key = json.dumps(document)
    found = _COMPILED.get(key)
    if found is None:
        if len(_COMPILED) >= _MAX_COMPILED:
            _COMPILED.clear()
        found = _COMPILED[key] = jsonschema_rs.validator_for(document)
    return found


def _validators(kind: PayloadKind, document: dict[str, object]) -> dict[str, Draft202012Validator]:
    """For a kind whose root is a tagged union: a validator of each variant's schema, by tag value.

    An example that a variant's schema accepts is accepted by the union (an anyOf of the
    variants), and the variant its tag names is the only one that can accept it; validating
    against that variant alone gives the same verdict in a fraction of the time, and problems
    about that variant only."""
    from jsonschema import Draft202012Validator

    if not isinstance(kind.root, UnionDef):
        return {}
    return {
        variant.tag[1]: Draft202012Validator({**document, "$ref": f"#/$defs/{variant.name}"})
        for variant in kind.root.variants
        if variant.tag is not None
    }


def _tag(kind: PayloadKind, data: object) -> str | None:
    if not isinstance(kind.root, UnionDef) or not isinstance(data, dict):
        return None
    value = data.get(kind.root.tag.name)
    return value if isinstance(value, str) else None


def _deepest(error: ValidationError) -> ValidationError:
    """Of an error and the errors of the anyOf branches under it, one that points deepest."""
    found = error
    for cause in error.context or ():
        candidate = _deepest(cause)
        if len(candidate.absolute_path) > len(found.absolute_path):
            found = candidate
    return found


def _valid(fast: Any, data: object) -> bool:
    """jsonschema-rs's verdict; False for what it cannot read (a lone surrogate)."""
    try:
        return bool(fast.is_valid(data))
    except ValueError:
        return False


def codes_decide_in_order(catalog: Catalog) -> Iterator[Problem]:
    """A kind's `decides` lists every code field of the kind, each once, and nothing else."""
    for kind in catalog.payloads:
        fields = list(dict.fromkeys(p.path for p in code_paths(kind.root)))
        at = ("payloads", kind.id, "decides")
        if fields and not kind.decides:
            yield Problem(
                pointer("payloads", kind.id),
                "a kind with code fields needs decides, the order in which they decide: "
                + ", ".join(fields),
            )
            continue
        for index, path in enumerate(kind.decides):
            if path not in fields:
                known = ", ".join(fields) or "none"
                yield Problem(
                    pointer(*at, index),
                    f"{path} is not a field that names a code set (code fields: {known})",
                )
        missing = [path for path in fields if path not in kind.decides]
        if kind.decides and missing:
            yield Problem(pointer(*at), "decides leaves out " + ", ".join(missing))


def kinds_are_recognised(catalog: Catalog) -> Iterator[Problem]:
    """Every published example is recognised as its own kind as it says (from its body alone, by
    the evidence an entry finds in it; only with its provider; or not at all), and no entry of
    another kind tells it alone: read by the runtime's own matcher, each example against the
    entries filed under its keys alone."""
    spellings = {s.ref: {v for c in s.codes for v in c.spellings} for s in catalog.code_sets}
    rules = {kind.id: kind.recognise for kind in catalog.payloads}
    recogniser = Recogniser(rules, lambda ref, value: value in spellings[ref], every_rule=True)
    for kind in catalog.payloads:
        for index, example in enumerate(kind.examples):
            where = pointer("payloads", kind.id, "examples", index, "data")
            found = list(recogniser.matching(example.data))
            mine = [bool(match.evidence) for match in found if match.kind == kind.id]
            alone, said = True in mine, example.recognised
            if said == "alone" and not alone:
                yield Problem(where, f"no entry of {kind.id}'s recognise matches this example")
            if said == "with_provider" and (alone or not mine):
                yield Problem(
                    where, f"the example is to be recognised as {kind.id} only with its provider"
                )
            if said == "no" and mine:
                yield Problem(where, f"an entry of {kind.id}'s recognise matches this example")
            for other, number, _, told in found:
                foreign = not told and other.partition("/")[0] != kind.provider.id
                if other != kind.id and not foreign:
                    yield Problem(
                        pointer("payloads", other, "recognise", number),
                        f"matches a published example of {kind.id} ({example.title!r})",
                    )


def check(catalog: Catalog) -> list[Problem]:
    found = [
        *examples_match_their_schemas(catalog),
        *codes_decide_in_order(catalog),
        *kinds_are_recognised(catalog),
    ]
    return sorted(set(found))
