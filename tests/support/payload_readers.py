"""The three readers of a payload body that tests/test_payloads.py compares: the JSON Schemas in
Python (jsonschema for the curated cases, jsonschema-rs for the generated corpus and the random
edits) and in Node (ajv: tests/js/validate_payloads.mjs, which gives the verdicts committed from
jsonschema-rs's, `schema_cases` and `corpus_schema_verdicts`), and the models through
bankcodes.payloads.validate."""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Iterable, Iterator
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from bankcodes import payloads
from tests.support.helpers import ROOT, spec_data
from tests.support.payload_case import Case
from tests.support.payload_corpus import corpus
from tests.support.spec_index import spec_index
from tests.support.verdicts import numbered

SCHEMAS = ROOT / "generated" / "jsonschema"
MODES = ("lenient", "strict")
BOM = b"\xef\xbb\xbf"


def schema_file(kind: str, mode: str) -> str:
    return f"{kind}.schema.json" if mode == "lenient" else f"{kind}.strict.schema.json"


def load_schema(kind: str, mode: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / schema_file(kind, mode)).read_text())
    return schema


VALIDATORS = {
    (kind, mode): Draft202012Validator(load_schema(kind, mode))
    for kind in spec_index()["payloads"]
    for mode in MODES
}


@functools.cache
def _corpus_validator(kind: str, mode: str) -> Any:
    return jsonschema_rs.validator_for(load_schema(kind, mode))


@functools.cache
def generated_corpus() -> list[Case]:
    """The corpus generated from every example (tests/support/payload_corpus.py), built when a
    test first asks for it rather than by every worker that collects the tests."""
    kinds = spec_data()["payloads"]
    tags = {
        kind: definition["discriminated"]["field"]
        for kind, entry in kinds.items()
        for definition in entry["types"].values()
        if "discriminated" in definition
    }
    return corpus({kind: load_schema(kind, "lenient") for kind in kinds}, tags)


def _constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def read(body: bytes) -> tuple[bool, object]:
    """A body as the documented rules read it, for the schema validators: (readable, value).

    UTF-8 (a leading byte order mark ignored), strict JSON (no NaN or Infinity), and well-formed
    Unicode: a lone surrogate escape is refused, since UTF-8 cannot carry what it decodes to.
    """
    if body.startswith(BOM):
        body = body[3:]
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=_constant)
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        return False, None
    return True, value


def jsonschema_verdict(case: Case, mode: str) -> bool:
    readable, value = read(case.body)
    return readable and VALIDATORS[case.kind, mode].is_valid(value)


def corpus_schema_verdict(case: Case, mode: str) -> bool:
    readable, value = read(case.body)
    return readable and bool(_corpus_validator(case.kind, mode).is_valid(value))


def model_verdict(case: Case, mode: str) -> bool:
    try:
        payloads.validate(case.kind, case.body, strict=mode == "strict")
    except payloads.PayloadError:
        return False
    return True


def case_id(case: Case) -> str:
    return f"{case.kind}: {case.name}"


def schema_cases(cases: Iterable[Case]) -> Iterator[tuple[str, dict[str, str]]]:
    """Cases as both languages' schema readers take them, with their ids (a name given twice,
    to two bodies, numbered): the kind, the body (base64)."""
    return numbered(
        (case_id(case), {"kind": case.kind, "body": base64.b64encode(case.body).decode()})
        for case in cases
    )


def schema_verdicts(case: dict[str, str]) -> list[bool]:
    """jsonschema-rs's verdicts on a case of `schema_cases`, lenient and strict (ajv's in Node)."""
    read = Case(case["kind"], "", None, False, False, base64.b64decode(case["body"]))
    return [corpus_schema_verdict(read, mode) for mode in MODES]
