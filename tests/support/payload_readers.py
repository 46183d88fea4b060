"""The three readers of a payload body that tests/test_payloads.py compares: the JSON Schemas in
Python (jsonschema for the curated cases, jsonschema-rs for the generated corpus and the random
edits) and in Node (ajv), and the models through bankcodes.payloads.validate."""

from __future__ import annotations

import base64
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from bankcodes import payloads
from tests.support.helpers import ROOT, run_node, spec_data
from tests.support.payload_case import Case
from tests.support.payload_corpus import corpus
from tests.support.spec_index import spec_index

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


def ajv_verdicts(cases: list[Case], folder: Path) -> dict[tuple[int, str], bool]:
    pairs = [(index, mode) for index in range(len(cases)) for mode in MODES]
    path = folder / "cases.json"
    path.write_text(
        json.dumps(
            [
                {
                    "schema": schema_file(cases[i].kind, mode),
                    "body": base64.b64encode(cases[i].body).decode(),
                }
                for i, mode in pairs
            ]
        )
    )
    result = json.loads(run_node("validate_payloads.mjs", str(SCHEMAS), str(path)))
    assert sorted(result["compiled"]) == sorted({schema_file(cases[i].kind, m) for i, m in pairs})
    return dict(zip(pairs, result["verdicts"], strict=True))
