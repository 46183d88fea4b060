"""The payload JSON Schemas and the pydantic models generated from them.

Every case is a request body. The JSON Schemas, in Python and in Node (ajv), validate it as read
under the documented rules (UTF-8, a leading byte order mark ignored, strict JSON); the models
validate it through bankcodes.payloads.validate. All three give the same verdict on every case,
lenient and strict: the curated cases (each with the verdict its facts call for), read in Python
by jsonschema, and a corpus of thousands of cases generated from every published example, read in
Python by jsonschema-rs (a second, independent implementation of the same draft, fast enough for
the corpus). ajv gives the verdicts jsonschema-rs gives, committed in
tests/verdicts/payload_schemas.json (tests/js/validate_payloads.mjs reads them in Node).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from keyword import iskeyword
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, RootModel

from bankcodes import UnknownCode, payloads
from bankcodes.flinks import ApiErrorCode, ConnectError
from bankcodes.lean import PaymentStatus, Permission
from bankcodes.webhooks.lean import webhook as lean_webhook
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data
from tests.support.payload_case import Case, as_codes
from tests.support.payload_cases import all_cases
from tests.support.payload_corpus import positions
from tests.support.payload_readers import (
    BOM,
    MODES,
    SCHEMAS,
    corpus_schema_verdict,
    generated_corpus,
    jsonschema_verdict,
    load_schema,
    model_verdict,
    schema_cases,
    schema_file,
    schema_verdicts,
)
from tests.support.spec_index import every_example
from tests.support.verdicts import Corpus

CASES = all_cases()


#: The curated cases and the corpus generated from every example, read by the schemas in both
#: languages (jsonschema-rs, ajv), lenient and strict.
SCHEMA_VERDICTS = Corpus(
    "payload_schemas", lambda: schema_cases([*CASES, *generated_corpus()]), schema_verdicts
)


def test_every_schema_is_valid_2020_12_with_a_stable_id() -> None:
    index = json.loads((SCHEMAS / "index.json").read_text())
    kinds = [entry["kind"] for entry in index["schemas"]]
    assert kinds == list(spec_data()["payloads"]) == list(payloads.KINDS)
    ids = set()
    for entry in index["schemas"]:
        for mode in MODES:
            schema = load_schema(entry["kind"], mode)
            jsonschema_rs.meta.validate(schema)
            assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
            assert schema["$id"] == entry[mode]["$id"]
            assert entry[mode]["path"] == schema_file(entry["kind"], mode)
            assert schema["title"] and schema["description"] and schema["examples"]
            ids.add(schema["$id"])
    assert len(ids) == 2 * len(kinds)


def test_a_schema_defines_a_free_form_value_only_where_a_field_reads_one() -> None:
    """The shared definitions a schema adds of its own (free-form JSON values, texts, numbers,
    timestamps) are there only when something reached from its root refers to them: a strict
    schema, which admits no unknown field, defines no free-form JSON value unless a field of the
    spec says "json" or "object". (The spec's named types are all published, reached or not.)"""

    def refs(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield node["$ref"].removeprefix("#/$defs/")
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for item in node:
                yield from refs(item)

    shared = re.compile(r"JsonValue\d*|Text|Url|Timestamp|Number|Integer")
    without_json = 0
    for kind in payloads.KINDS:
        for mode in MODES:
            schema = load_schema(kind, mode)
            reached: set[str] = set()
            todo = list(refs({k: v for k, v in schema.items() if k != "$defs"}))
            todo += [name for name in schema["$defs"] if not shared.fullmatch(name)]
            while todo:
                name = todo.pop()
                if name not in reached:
                    reached.add(name)
                    todo.extend(refs(schema["$defs"][name]))
            assert set(schema["$defs"]) == reached, (kind, mode, set(schema["$defs"]) - reached)
            without_json += mode == "strict" and "JsonValue" not in schema["$defs"]
    # Lean's callback has no free-form field: its strict schema defines no JSON value.
    assert "JsonValue" not in load_schema("lean/callback", "strict")["$defs"]
    assert without_json > 0


def test_code_fields_document_every_known_value() -> None:
    schema = load_schema("lean/webhook", "lenient")
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
    assert "LeanPaymentStatusOrUnknown" in schema["$defs"]
    assert "LeanPaymentStatusOrUnknown" not in load_schema("lean/webhook", "strict")["$defs"]


def test_every_required_field_has_its_reason_in_the_schema() -> None:
    schema = load_schema("argyle/webhook", "strict")
    verification = schema["$defs"]["Verification"]
    assert verification["required"] == ["id", "status"]
    assert verification["properties"]["id"]["$comment"].startswith("required: ")


@pytest.mark.parametrize(
    ("provider", "cases"),
    by_provider((c.kind.partition("/")[0], f"{c.kind}: {c.name}", c) for c in CASES),
)
def test_the_readers_agree_with_the_verdict_the_facts_call_for(provider: str, cases: Cases) -> None:
    """jsonschema, jsonschema-rs (whose verdicts ajv's are: test_the_committed_…) and the
    models."""
    each(cases, _read_as_the_facts_call_for)


def _read_as_the_facts_call_for(case: Case) -> None:
    for mode in MODES:
        expected = case.lenient if mode == "lenient" else case.strict
        assert jsonschema_verdict(case, mode) is expected, f"jsonschema, {mode}"
        assert corpus_schema_verdict(case, mode) is expected, f"jsonschema-rs, {mode}"
        assert model_verdict(case, mode) is expected, f"pydantic, {mode}"


def test_the_committed_verdicts_on_the_curated_cases_are_jsonschema_rss() -> None:
    SCHEMA_VERDICTS.check(key for key, _ in schema_cases(CASES))


@pytest.mark.parametrize("kind", sorted(spec_data()["payloads"]))
def test_the_readers_agree_on_a_corpus_generated_from_every_example(kind: str) -> None:
    cases = [case for case in generated_corpus() if case.kind == kind]
    assert len(cases) > 8  # (a kind of one text field, Argyle's API error {detail}, gives 9)
    disagreements = []
    verdicts: set[bool] = set()
    for case in cases:
        for mode in MODES:
            found = (corpus_schema_verdict(case, mode), model_verdict(case, mode))
            verdicts.add(found[0])
            if len(set(found)) > 1:
                disagreements.append(f"{case.kind} ({mode}) {case.name}: {found}")
    assert verdicts == {True, False}
    assert not disagreements, "\n".join(disagreements[:60])
    SCHEMA_VERDICTS.check(key for key, _ in schema_cases(cases))


EXAMPLES = [(kind, example["data"]) for kind, example in every_example()]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=400, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_schemas_and_the_models_agree_on_random_edits(data: st.DataObject) -> None:
    kind, example = data.draw(st.sampled_from(EXAMPLES))
    places = [at for at, _ in positions(example)]
    value: Any = json.loads(json.dumps(example))
    if places:
        at = data.draw(st.sampled_from(places))
        node = value
        for key in at[:-1]:
            node = node[key]
        node[at[-1]] = data.draw(json_values)
    case = Case(kind, "random", value, False, False)
    for mode in MODES:
        assert corpus_schema_verdict(case, mode) is model_verdict(case, mode), (mode, value)


# --- the models ---------------------------------------------------------------------------------


def test_code_fields_are_the_bankcodes_enums() -> None:
    payment = next(c.data for c in CASES if c.name.startswith("payment.updated"))
    event = payloads.validate("lean/webhook", payment)
    assert isinstance(event, lean_webhook.PaymentUpdatedWebhook)
    assert event.payload.status is PaymentStatus.ACCEPTED_BY_BANK
    assert PaymentStatus.parse(event.payload.status) is PaymentStatus.ACCEPTED_BY_BANK
    new = payloads.validate(
        "lean/webhook", {**payment, "payload": {**payment["payload"], "status": "BRAND_NEW"}}
    )
    assert isinstance(new, lean_webhook.PaymentUpdatedWebhook)
    status = new.payload.status
    assert isinstance(status, UnknownCode) and status == "BRAND_NEW" and not status.known
    assert status.code_set_class is PaymentStatus
    assert PaymentStatus.parse(status) == "BRAND_NEW"
    assert status.info.category is status.category and status.name is None
    with pytest.raises(payloads.PayloadError, match="not a known PaymentStatus value"):
        payloads.validate(
            "lean/webhook",
            {**payment, "payload": {**payment["payload"], "status": "BRAND_NEW"}},
            strict=True,
        )
    message = payloads.validate("flinks/connect-message", {"flinksCode": "SESSION_EXPIRED"})
    assert message.flinksCode is ApiErrorCode.SESSION_EXPIRED  # type: ignore[union-attr]
    error = payloads.validate("flinks/connect-message", {"flinksCode": "INVALID_LOGIN"})
    assert error.flinksCode is ConnectError.INVALID_LOGIN  # type: ignore[union-attr]
    entity = next(c.data for c in CASES if c.name.startswith("entity.created"))
    aliased = {**entity, "payload": {**entity["payload"], "permissions": ["scheduledPayments"]}}
    parsed = payloads.validate("lean/webhook", aliased)
    assert parsed.payload.permissions == [Permission.scheduled_payments]  # type: ignore[union-attr]


def _model_classes() -> list[type[BaseModel]]:
    found = []
    for kind in payloads.KINDS:
        for strict in (False, True):
            module = sys.modules[payloads.model_class(kind, strict=strict).__module__]
            found += [
                value
                for value in vars(module).values()
                if isinstance(value, type)
                and issubclass(value, BaseModel)
                and value.__module__ == module.__name__
                and "[" not in value.__name__  # pydantic's parametrized RootModel[...]
            ]
    return found


def test_models_keep_wire_names_and_plain_values() -> None:
    roots = {payloads.model_class(kind).__name__ for kind in payloads.KINDS}
    for model in _model_classes():
        if issubclass(model, RootModel):
            # Only the union of a kind is a RootModel: no scalar is wrapped.
            assert model.__name__ in roots, model
            continue
        assert not re.search(r"_[0-9]+$", model.__name__), model
        for name, field in model.model_fields.items():
            assert not re.search(r"_[0-9]+$", name), (model, name)
            # The wire name; GraphQL's __typename, the alias of field__typename (a wire name
            # that starts with an underscore); a Python keyword sent as a name (class), with _
            # after it; or a wire name that is no identifier (a query parameter's request-id),
            # its Python name that name with underscores for its other characters. No other
            # field is renamed.
            renamed = name.removeprefix("field")
            typename = field.alias == renamed and renamed.startswith("_")
            keyword = field.alias is not None and name == f"{field.alias}_"
            wire = field.alias or name
            hyphened = not wire.isidentifier() and re.sub(r"\W", "_", wire) == name.rstrip("_")
            assert (
                field.alias in (None, name)
                or typename
                or hyphened
                or (keyword and iskeyword(field.alias))
            ), (model, name)
    schema = load_schema("flinks/webhook", "lenient")
    detail = schema["$defs"]["AccountsDetailWebhook"]["properties"]
    module = sys.modules[payloads.model_class("flinks/webhook").__module__]
    assert set(module.AccountsDetailWebhook.model_fields) == set(detail)


VALID = [
    (case.kind.partition("/")[0], f"{case.kind}: {case.name}", case)
    for case in CASES
    if case.lenient and case.text is None
]


def _dumped_back(case: Case) -> None:
    for strict in (False, True) if case.strict else (False,):
        model = payloads.validate(case.kind, case.body, strict=strict)
        again = type(model).model_validate_json(model.model_dump_json(by_alias=True))
        assert again == model
        assert model.model_extra is None or set(model.model_extra) <= set(case.data)
        if case.name.startswith("published example"):
            # Exactly the JSON received, but a code sent in another spelling (an alias), which
            # reads as its code and is written as its code.
            assert json.loads(model.model_dump_json()) == as_codes(case.kind, case.data)


@pytest.mark.parametrize(("provider", "cases"), by_provider(VALID))
def test_a_model_dumps_back_the_json_it_was_read_from(provider: str, cases: Cases) -> None:
    each(cases, _dumped_back)


def test_the_flinks_error_body_round_trips() -> None:
    body = {"HttpStatusCode": 401, "FlinksCode": "UNAUTHORIZED", "Message": "m", "LoginId": "l"}
    model = payloads.validate("flinks/api-response", body)
    assert model.FlinksCode is ApiErrorCode.UNAUTHORIZED
    assert json.loads(model.model_dump_json()) == body
    assert payloads.validate("flinks/api-response", model.model_dump_json()) == model


# --- dispatch and bounds ------------------------------------------------------------------------


def test_a_union_validates_only_the_member_its_tag_picks() -> None:
    bad = {"type": "payment.created", "payload": {"status": 5, "amount": "x"}, "message": "m"}
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", bad)
    paths = [problem.path for problem in raised.value.problems]
    assert paths == ["$.payload.id", "$.payload.status", "$.payload.amount"]
    assert "lean/webhook (lenient): 3 problem(s)" in str(raised.value)
    unknown = payloads.validate(
        "lean/webhook", {"type": "entity.deleted", "payload": {}, "message": "m"}
    )
    assert isinstance(unknown, lean_webhook.OtherWebhook)


def test_strict_names_the_unknown_event_type_in_one_problem() -> None:
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate(
            "argyle/webhook", {"event": "accounts.removed", "name": "n", "data": {}}, strict=True
        )
    (problem,) = raised.value.problems
    assert problem.path == "$.event"
    # Known or not, an event without a schema of its own cannot be checked strictly.
    assert problem.message.startswith("event 'accounts.removed' has no schema of its own here")
    assert problem.message.endswith("; lenient validation accepts any event)")


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    huge = b"[" * (payloads.MAX_BYTES + 1)  # not JSON either: the size is what is reported
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", huge)
    (problem,) = raised.value.problems
    assert problem.type == "too_large" and str(payloads.MAX_BYTES) in problem.message
    small = json.dumps({"flinksCode": "RETRY_LATER"}).encode()
    with pytest.raises(payloads.PayloadError, match="limit is 10"):
        payloads.validate("flinks/connect-message", small, max_bytes=10)
    assert payloads.validate("flinks/connect-message", small, max_bytes=len(small))


def test_deep_nesting_is_one_problem_and_problems_are_capped() -> None:
    deep = '{"flinksCode": "RETRY_LATER", "x": ' + "[" * 1000 + "]" * 1000 + "}"
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("flinks/connect-message", deep)
    assert len(raised.value.problems) == 1 and raised.value.problems[0].path == "$"
    many = {"flinksCode": "RETRY_LATER", "institution": 1, "requestId": 2}
    many |= {f"x{n}": [[[[[[[[[1]]]]]]]]] for n in range(500)}
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("flinks/connect-message", many)
    error = raised.value
    # Validation stops once more than the cap is found: far fewer than the 502 problems.
    assert len(error.problems) == payloads.MAX_PROBLEMS and error.stopped
    assert 1 <= error.omitted < 502 - payloads.MAX_PROBLEMS
    assert f"more than {payloads.MAX_PROBLEMS} problems" in str(error)
    assert f"… and {error.omitted} more found before validation stopped" in str(error)
    few = {"flinksCode": "RETRY_LATER"} | {f"x{n}": [[[[[[[[[1]]]]]]]]] for n in range(3)}
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("flinks/connect-message", few)
    assert len(raised.value.problems) == 3 and not raised.value.stopped


def test_bytes_str_and_parsed_data_give_the_same_model() -> None:
    data = {"flinksCode": "RETRY_LATER"}
    text = json.dumps(data)
    results = {
        repr(payloads.validate("flinks/connect-message", form))
        for form in (data, text, text.encode(), bytearray(text.encode()), BOM + text.encode())
    }
    assert len(results) == 1


def test_problem_paths_are_places_in_the_payload() -> None:
    body = {
        "type": "payment.updated",
        "payload": {"id": "x", "status": 3, "metadata": {"a": [1, {"b": "x" * 9000}]}},
        "message": "m",
        "weird key": {"c": [1e300, [[[[[[[[[]]]]]]]]]]},
    }
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", body)
    paths = {problem.path for problem in raised.value.problems}
    assert paths == {"$.payload.status", "$.payload.metadata", '$["weird key"]'}


def test_unknown_kinds_and_junk_input_raise_the_documented_errors() -> None:
    with pytest.raises(ValueError, match="unknown payload kind 'lean/nope'"):
        payloads.validate("lean/nope", {})
    with pytest.raises(ValueError, match="unknown payload kind int"):
        payloads.validate(7, {})  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="unknown payload kind list"):
        payloads.model_class(["lean/webhook"])  # type: ignore[arg-type]

    class Hostile(dict[str, object]):
        def get(self, *args: object, **kwargs: object) -> object:
            raise RuntimeError("boom")

    hostile = Hostile(
        type="entity.reconnected", payload={"id": "e", "reconnect_id": "r"}, message="m"
    )
    assert isinstance(
        payloads.validate("lean/webhook", hostile), lean_webhook.EntityReconnectedWebhook
    )
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/callback", b"{not json")
    assert raised.value.problems[0].path == "$"


def test_model_class_is_lenient_or_strict() -> None:
    lenient = payloads.model_class("flinks/webhook")
    strict = payloads.model_class("flinks/webhook", strict=True)
    assert lenient is not strict
    assert lenient.__module__ == "bankcodes.webhooks.flinks.webhook"
    assert strict.__module__ == "bankcodes.webhooks.flinks.webhook_strict"


IMPORTS = """
import sys
from bankcodes import payloads
before = sorted(m for m in sys.modules if m.startswith(("pydantic", "bankcodes.webhooks")))
payloads.validate("lean/callback", {"status": "SUCCESS"})
after = sorted(m for m in sys.modules if m.startswith("bankcodes.webhooks"))
print(before, after)
"""


@pytest.mark.subprocess
def test_importing_payloads_loads_no_model_and_a_kind_loads_its_own() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True
    )
    before, after = result.stdout.strip().split("] [")
    assert before == "["
    assert after.rstrip("]").replace("'", "").split(", ") == [
        "bankcodes.webhooks",
        "bankcodes.webhooks._types",
        "bankcodes.webhooks.lean",
        "bankcodes.webhooks.lean._codes",
        "bankcodes.webhooks.lean.callback",
    ]


WITHOUT_PYDANTIC = """
import sys
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pydantic", "pydantic_core"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Blocker())
from bankcodes import payloads
try:
    payloads.validate("lean/callback", b"{}")
except ModuleNotFoundError as error:
    print(error)
"""


@pytest.mark.subprocess
def test_without_pydantic_the_error_says_what_to_install() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_PYDANTIC], capture_output=True, text=True, check=True
    )
    assert "pip install 'bankcodes[payloads]'" in result.stdout


def test_the_typescript_build_ships_the_signature_entry_point() -> None:
    package = json.loads((ROOT / "generated" / "typescript" / "package.json").read_text())
    assert package["exports"]["./webhooks"]["import"]["types"] == "./dist/esm/webhooks.d.ts"
    assert package["exports"]["./webhooks"]["require"]["types"] == "./dist/cjs/webhooks.d.cts"
    assert package["sideEffects"] is False
