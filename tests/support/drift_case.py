"""The drift tests' copy of the spec: a test source declaring an extractor, the codes it checks
made to agree with a fixture excerpt (facts typed from the providers' pages), then one planted
difference; and the command run on it in-process."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift.command import main
from codegen.spec import Catalog
from tests.support.helpers import codegen_here, spec_data, write_spec

FIXTURES = Path(__file__).resolve().parents[1] / "drift" / "fixtures"
SOURCE = "drift-fixture"

Plant = Callable[[dict[str, Any]], None]


def typed(data: dict[str, Any]) -> Catalog:
    """A spec as codegen.drift reads it (the models of codegen.spec)."""
    return Catalog.model_validate(data)


def codes_of(data: dict[str, Any], ref: str) -> dict[str, dict[str, Any]]:
    provider, _, name = ref.partition(".")
    return {c["value"]: c for c in data["providers"][provider]["code_sets"][name]["codes"]}


def spec_copy(
    tmp_path: Path,
    extractor: dict[str, Any],
    agree: dict[str, dict[str, dict[str, Any]]],
    plant: Plant | None = None,
) -> Path:
    """A copy of the spec with the test source declaring `extractor`; the codes of `agree`
    ({code set: {value: facts}}) cite it and carry those facts; then `plant` changes it."""
    read = [rule["code_set"] for rule in extractor.get("code_sets", [])] + list(agree)
    # The spec of the providers the source reads (the whole spec, where it reads none).
    data = spec_data(*{ref.partition(".")[0] for ref in read})
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "Drift fixture",
        # A source drift reads is pinned (the copy here is a test's, not a page's).
        "retrieved": "2026-01-01",
        "sha256": "0" * 64,
        "extract": extractor,
    }
    for ref, values in agree.items():
        codes = codes_of(data, ref)
        provider, _, name = ref.partition(".")
        inherited = data["providers"][provider]["code_sets"][name]["sources"]
        for value, facts in values.items():
            code = codes[value]
            # The test source is cited beside the code's own sources (its code set's by default).
            code["sources"] = [*code.get("sources", inherited), SOURCE]
            code.pop("text_sources", None)
            for key, fact in facts.items():
                if fact is None:
                    code.pop(key, None)
                elif key == "http":
                    code["http"] = [{"status": fact, "sources": [SOURCE]}]
                else:
                    code[key] = fact
    if plant is not None:
        plant(data)
    return write_spec(tmp_path, data)


def plant_code_set(ref: str, codes: list[dict[str, Any]]) -> Plant:
    """Plants the code set `ref` (provider.code_set, of a provider the copy keeps) holding
    `codes`, read by the test source: the catalog holds no standard's codes yet, so a test of a
    standard's file reads a code set of its own."""
    provider, _, name = ref.partition(".")

    def plant(data: dict[str, Any]) -> None:
        data["providers"][provider]["code_sets"][name] = {
            "class_name": "".join(part.title() for part in name.split("_")),
            "title": f"{name} (a drift test's code set)",
            "description": "A standard's codes, as a drift test reads them.",
            "field": "Errors[].ErrorCode",
            "sources": [SOURCE],
            "category": "generic_failure",
            "codes": codes,
        }

    return plant


def named(value: str, **facts: Any) -> dict[str, Any]:
    """A code of a planted code set: its value, an identifier where the value is none
    (UK.OBIE.Field.Invalid is named UK_OBIE_Field_Invalid), and its facts."""
    name = {} if value.isidentifier() else {"name": re.sub(r"\W", "_", value)}
    return {"value": value, **name, **facts}


def unworded(*values: str) -> list[dict[str, Any]]:
    """Codes a source lists without a text of theirs (an OpenAPI enum): each described in
    bankcodes' words."""
    return [
        named(value, description="A code the standard lists.", editorial=True) for value in values
    ]


def saved_copy_drift(copy: Path, source_id: str, agreed: str, edited: str) -> str:
    """`python -m codegen.drift SOURCE_ID COPY` on a saved copy of a source: in sync (exit 0)
    while the copy holds `agreed`, and drift (exit 1) once it holds `edited`. What the second run
    printed, in which the caller looks for the difference it planted."""
    copy.write_text(agreed, encoding="utf-8")
    status, out, _ = codegen_here(source_id, str(copy), module="codegen.drift")
    assert (status, "in sync" in out) == (0, True), out
    copy.write_text(edited, encoding="utf-8")
    status, out, _ = codegen_here(source_id, str(copy), module="codegen.drift")
    assert status == 1, out
    return out


def run_drift(
    capsys: pytest.CaptureFixture[str], spec: Path, fixture: str | Path, *more: str
) -> tuple[int, str, str]:
    path = fixture if isinstance(fixture, Path) else FIXTURES / fixture
    code = main(["--spec", str(spec), SOURCE, str(path), *more])
    out, err = capsys.readouterr()
    return code, out, err


def report_of(capsys: pytest.CaptureFixture[str], spec: Path, fixture: str) -> dict[str, Any]:
    code, out, _ = run_drift(capsys, spec, fixture, "--json")
    report: dict[str, Any] = json.loads(out)
    assert code == (0 if report["in_sync"] else 1)
    return report


def kinds(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(d["kind"], d["code_set"], d["value"]) for d in report["differences"]]


EXIT = {
    "format": "typescript",
    "code_sets": [{"code_set": "plaid.link_exit_status", "enum": "LinkExitMetadataStatus"}],
}
EXIT_AGREE: dict[str, dict[str, dict[str, Any]]] = {
    "plaid.link_exit_status": {"connected": {}, "requires_code": {}, "requires_credentials": {}}
}


PAGE = {
    "format": "markdown",
    "code_sets": [
        {
            "code_set": "plaid.error_code",
            "sections": {
                "level": 4,
                "description_level": 5,
                "example": {
                    "http_prefix": "http code",
                    "message": "error_message",
                    "group": "error_type",
                },
            },
        }
    ],
}
#: Typed from https://plaid.com/docs/errors/invalid-request/ (NOT_FOUND is a 404) and
#: https://plaid.com/docs/errors/invalid-input/ (a null error_message for INVALID_AUDIT_COPY_TOKEN).
PAGE_AGREE: dict[str, dict[str, dict[str, Any]]] = {
    "plaid.error_code": {
        "NOT_FOUND": {
            "description": "The endpoint requested does not exist.",
            "message": "not found",
            "http": 404,
            "group": "invalid_request",
        },
        "INVALID_AUDIT_COPY_TOKEN": {
            "description": "The audit copy token supplied to the server was invalid.",
            "message": None,
            "http": 400,
            "group": "invalid_input",
        },
    }
}


def table(kind: str) -> dict[str, Any]:
    rule = {
        "code_set": "argyle.bank_connection_error",
        "table": {"code": "Code", "message": "API message"},
    }
    return {"format": kind, "code_sets": [rule]}


#: Typed from https://docs.argyle.com/api-reference/bank-connection-errors.

OPENAPI = {
    "format": "openapi",
    "code_sets": [
        {"code_set": "plaid.error_type", "enum": "/components/schemas/PlaidErrorType"},
        {
            "code_set": "plaid.webhook_type",
            "pairs": {"type": "webhook_type", "code": "webhook_code", "kind": "plaid/webhook"},
        },
    ],
}
