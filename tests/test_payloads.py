"""The payload JSON Schemas and the pydantic models generated from them.

Every case gets the same verdict from Python jsonschema (with format checking), from ajv in Node
and from bankcodes.payloads.validate, in lenient and in strict mode, and that verdict is the one
the case expects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from bankcodes import payloads
from bankcodes.webhooks.lean import webhook as lean_webhook
from tests.helpers import ROOT, run_node, spec_data
from tests.payload_cases import Case, all_cases

SCHEMAS = ROOT / "generated" / "jsonschema"
CASES = all_cases()
MODES = ("lenient", "strict")


def _schema_path(kind: str, mode: str) -> str:
    return f"{kind}.schema.json" if mode == "lenient" else f"{kind}.strict.schema.json"


def _schema(kind: str, mode: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / _schema_path(kind, mode)).read_text())
    return schema


@pytest.fixture(scope="module")
def ajv_verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], bool]:
    cases_file = tmp_path_factory.mktemp("ajv") / "cases.json"
    pairs = [(index, mode) for index in range(len(CASES)) for mode in MODES]
    cases_file.write_text(
        json.dumps(
            [
                {"schema": _schema_path(CASES[i].kind, mode), "data": CASES[i].data}
                for i, mode in pairs
            ]
        )
    )
    result = json.loads(run_node("validate_payloads.mjs", str(SCHEMAS), str(cases_file)))
    assert len(result["compiled"]) == 2 * len(spec_data()["payloads"])
    return dict(zip(pairs, result["verdicts"], strict=True))


def test_every_schema_is_valid_2020_12_with_a_stable_id() -> None:
    index = json.loads((SCHEMAS / "index.json").read_text())
    kinds = [entry["kind"] for entry in index["schemas"]]
    assert kinds == list(spec_data()["payloads"]) == list(payloads.KINDS)
    ids = set()
    for entry in index["schemas"]:
        for mode in MODES:
            schema = _schema(entry["kind"], mode)
            Draft202012Validator.check_schema(schema)
            assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
            assert schema["$id"] == entry[mode]["$id"]
            assert entry[mode]["path"] == _schema_path(entry["kind"], mode)
            assert schema["title"] and schema["description"] and schema["examples"]
            ids.add(schema["$id"])
    assert len(ids) == 2 * len(kinds)


def test_code_fields_document_every_known_value() -> None:
    schema = _schema("lean/webhook", "lenient")
    values = schema["$defs"]["LeanPaymentStatus"]["oneOf"]
    assert values[0] == {
        "const": "PENDING_WITH_BANK",
        "title": "PENDING_WITH_BANK",
        "description": "Payment is pending with the bank",
    }
    codes = spec_data()["providers"]["lean"]["code_sets"]["webhook_event_type"]["codes"]
    documented = schema["$defs"]["LeanWebhookEventType"]["oneOf"]
    assert [(v["const"], v["title"]) for v in documented] == [
        (c["value"], c.get("name", c["value"])) for c in codes
    ]


def test_every_required_field_has_its_reason_in_the_schema() -> None:
    schema = _schema("argyle/webhook", "strict")
    verification = schema["$defs"]["Verification"]
    assert verification["required"] == ["id", "status"]
    assert verification["properties"]["id"]["$comment"].startswith("required: ")


def _jsonschema_verdict(case: Case, mode: str) -> bool:
    validator = Draft202012Validator(_schema(case.kind, mode), format_checker=FormatChecker())
    return validator.is_valid(case.data)


def _model_verdict(case: Case, mode: str) -> bool:
    try:
        payloads.validate(case.kind, json.dumps(case.data).encode(), strict=mode == "strict")
    except payloads.PayloadError:
        return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind}: {c.name}" for c in CASES])
def test_jsonschema_ajv_and_the_models_agree_with_the_expected_verdict(
    case: Case, ajv_verdicts: dict[tuple[int, str], bool]
) -> None:
    index = CASES.index(case)
    for mode in MODES:
        expected = case.lenient if mode == "lenient" else case.strict
        assert _jsonschema_verdict(case, mode) is expected, f"jsonschema, {mode}"
        assert ajv_verdicts[index, mode] is expected, f"ajv, {mode}"
        assert _model_verdict(case, mode) is expected, f"pydantic, {mode}"


def test_every_kind_has_positive_negative_and_lenient_only_cases() -> None:
    for kind in spec_data()["payloads"]:
        mine = [case for case in CASES if case.kind == kind]
        assert any(case.strict for case in mine)
        assert any(case.lenient and not case.strict for case in mine)
        names = {case.name for case in mine if not case.lenient}
        assert {"deeply nested unknown field", "huge string in a known field"} <= names


def test_validate_returns_the_typed_member() -> None:
    payment = json.loads(
        json.dumps(next(c.data for c in CASES if c.name.startswith("payment.updated")))
    )
    event = payloads.validate("lean/webhook", payment)
    assert isinstance(event, lean_webhook.PaymentUpdatedWebhook)
    assert event.payload.status is lean_webhook.LeanPaymentStatus.ACCEPTED_BY_BANK
    assert event.payload.amount == 12
    unknown = payloads.validate(
        "lean/webhook", {"type": "entity.deleted", "payload": {}, "message": "m"}
    )
    assert isinstance(unknown, lean_webhook.OtherWebhook)


def test_bytes_str_and_parsed_data_give_the_same_model() -> None:
    data = {"flinksCode": "RETRY_LATER"}
    text = json.dumps(data)
    results = {
        repr(payloads.validate("flinks/connect-message", form))
        for form in (data, text, text.encode(), bytearray(text.encode()))
    }
    assert len(results) == 1


def test_errors_list_every_problem_with_its_json_path() -> None:
    bad = {"type": "payment.created", "payload": {"status": 5, "amount": "x"}, "message": "m"}
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", bad)
    paths = [problem.path for problem in raised.value.problems]
    assert paths == ["$.payload.id", "$.payload.status", "$.payload.amount"]
    assert "lean/webhook (lenient): 3 problem(s)" in str(raised.value)


def test_strict_names_the_unknown_event_type() -> None:
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate(
            "argyle/webhook", {"event": "accounts.updated", "name": "n", "data": {}}, strict=True
        )
    (problem,) = raised.value.problems
    assert problem.path == "$.event"
    assert "unknown event 'accounts.updated'" in problem.message


def test_invalid_json_and_unknown_kinds() -> None:
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/callback", b"{not json")
    assert raised.value.problems[0].path == "$"
    with pytest.raises(ValueError, match="unknown payload kind 'lean/nope'"):
        payloads.validate("lean/nope", {})


def test_model_class_is_lenient_or_strict() -> None:
    lenient = payloads.model_class("flinks/webhook")
    strict = payloads.model_class("flinks/webhook", strict=True)
    assert lenient is not strict
    assert lenient.__module__ == "bankcodes.webhooks.flinks.webhook"
    assert strict.__module__ == "bankcodes.webhooks.flinks.webhook_strict"


def test_the_typescript_build_ships_the_signature_entry_point(tmp_path: Path) -> None:
    package = json.loads((ROOT / "generated" / "typescript" / "package.json").read_text())
    assert package["exports"]["./signatures"]["types"] == "./dist/signatures.d.ts"
    assert package["sideEffects"] is False
