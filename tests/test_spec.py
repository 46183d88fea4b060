"""The spec validates, and every rule rejects a bad spec with a JSON pointer and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from codegen import loader
from codegen.errors import Problem, SpecError
from tests.helpers import ROOT, copy_generated, run_codegen, snapshot, spec_data, write_spec

Mutation = Callable[[dict[str, Any]], None]


def _code_set(data: dict[str, Any], provider: str, code_set: str) -> dict[str, Any]:
    found: dict[str, Any] = data["providers"][provider]["code_sets"][code_set]
    return found


def _codes(data: dict[str, Any], provider: str, code_set: str) -> list[dict[str, Any]]:
    codes: list[dict[str, Any]] = _code_set(data, provider, code_set)["codes"]
    return codes


def _new_code(value: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "description": "A test code.", **extra}


def test_the_spec_is_valid() -> None:
    catalog = loader.load()
    assert [provider.id for provider in catalog.providers] == list(spec_data()["providers"])


def test_the_spec_schema_is_valid_2020_12() -> None:
    schema = json.loads((ROOT / "spec" / "catalog.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_spec_explains_itself() -> None:
    about = spec_data()["about"]
    text = " ".join(about["format"] + about["adding_a_code"] + about["generated_files"])
    for topic in ("value", "name", "category", "sources", "lifecycle", "generated/python"):
        assert topic in text


# Sources that may stay unpinned, each with the reason. Every source is pinned today.
UNPINNED: dict[str, str] = {}


def test_every_source_is_pinned_and_dated() -> None:
    # A seed by the SHA-256 of its file, a page by its retrieval date and the SHA-256 of its saved
    # copy, a repository file (a provider's or a third party's) by its commit.
    unpinned = []
    for source_id, source in spec_data()["sources"].items():
        if source["kind"] == "seed":
            pinned = "sha256" in source
        elif source["kind"] == "doc":
            pinned = "retrieved" in source and "sha256" in source
        else:
            pinned = "commit" in source or ("retrieved" in source and "sha256" in source)
        if not pinned:
            unpinned.append(source_id)
    assert sorted(unpinned) == sorted(UNPINNED)


CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "duplicate wire value",
        lambda d: _codes(d, "lean", "secondary_status")[1].update(value="OK"),
        "/providers/lean/code_sets/secondary_status/codes/1/value",
        "duplicate wire value 'OK' "
        "(also at /providers/lean/code_sets/secondary_status/codes/0/value)",
    ),
    (
        "alias that repeats a value",
        lambda d: _codes(d, "lean", "permission")[7].update(aliases=["identity"]),
        "/providers/lean/code_sets/permission/codes/7/aliases/0",
        "duplicate wire value 'identity'",
    ),
    (
        "identifier collision",
        lambda d: _codes(d, "argyle", "verification_error").append(
            _new_code("self_employed_income", category="user_action_required")
        ),
        "/providers/argyle/code_sets/verification_error/codes/1/value",
        "identifier 'self_employed_income' collides with "
        "/providers/argyle/code_sets/verification_error/codes/0/name",
    ),
    (
        "wire value that is not an identifier, without a name",
        lambda d: _codes(d, "argyle", "verification_error").append(
            _new_code("w2-missing", category="user_action_required")
        ),
        "/providers/argyle/code_sets/verification_error/codes/1/value",
        "wire value 'w2-missing' is not a valid identifier: add a \"name\"",
    ),
    (
        "identifier that is a Python keyword",
        lambda d: _codes(d, "flinks", "webhook_response_type").append(_new_code("class")),
        "/providers/flinks/code_sets/webhook_response_type/codes/2/value",
        "Python keyword",
    ),
    (
        "identifier reserved for an enum attribute",
        lambda d: _codes(d, "flinks", "webhook_response_type").append(
            _new_code("x", name="description")
        ),
        "/providers/flinks/code_sets/webhook_response_type/codes/2/name",
        "reserved for an attribute",
    ),
    (
        "unknown category",
        lambda d: _codes(d, "flinks", "api_error_code")[3].update(category="credential"),
        "/providers/flinks/code_sets/api_error_code/codes/3/category",
        "unknown category 'credential'",
    ),
    (
        "the reserved unknown category",
        lambda d: _codes(d, "argyle", "bank_connection_error")[0].update(category="unknown"),
        "/providers/argyle/code_sets/bank_connection_error/codes/0/category",
        "reserved for values the catalog does not know",
    ),
    (
        "a code without any category",
        lambda d: _codes(d, "lean", "secondary_status")[0].pop("category"),
        "/providers/lean/code_sets/secondary_status/codes/0/category",
        "no category",
    ),
    (
        "unknown default category of a code set",
        lambda d: _code_set(d, "lean", "permission").update(category="nope"),
        "/providers/lean/code_sets/permission/category",
        "unknown category 'nope'",
    ),
    (
        "dangling source reference",
        lambda d: _codes(d, "lean", "callback_status")[0].update(sources=["seed-000", "nope"]),
        "/providers/lean/code_sets/callback_status/codes/0/sources/1",
        "unknown source 'nope'",
    ),
    (
        "dangling source of an HTTP entry",
        lambda d: _codes(d, "flinks", "api_error_code")[4]["http"][0].update(sources=["nope"]),
        "/providers/flinks/code_sets/api_error_code/codes/4/http/0/sources/0",
        "unknown source 'nope'",
    ),
    (
        "seed source without its file name",
        lambda d: d["sources"]["seed-000"].pop("seed"),
        "/sources/seed-000",
        'a seed source needs "seed"',
    ),
    (
        "unknown listener group",
        lambda d: _codes(d, "flinks", "connect_error_event")[0].update(group="nope"),
        "/providers/flinks/code_sets/connect_error_event/codes/0/group",
        "unknown group 'nope'",
    ),
    (
        "replacement that is not a value of the code set",
        lambda d: _codes(d, "lean", "sdk_method")[9]["lifecycle"].update(replaced_by="nope"),
        "/providers/lean/code_sets/sdk_method/codes/9/lifecycle/replaced_by",
        "replaced_by 'nope' is not a value of this code set",
    ),
    (
        "class name collision",
        lambda d: _code_set(d, "argyle", "channel").update(class_name="DataSource"),
        "/providers/argyle/code_sets/channel/class_name",
        "class name 'DataSource' collides with",
    ),
    (
        "module collision",
        lambda d: d["providers"]["flinks"].update(module="lean"),
        "/providers/flinks/module",
        "module 'lean' collides with /providers/lean/module",
    ),
    (
        "category identifier collision",
        lambda d: d["categories"]["pending"].update(name="SUCCESS"),
        "/categories/pending/name",
        "identifier 'SUCCESS' collides with /categories/success/name",
    ),
    (
        "the unknown category missing",
        lambda d: d["categories"].pop("unknown"),
        "/categories",
        "the category 'unknown' must exist",
    ),
    (
        "SDK method without an entry",
        lambda d: d["providers"]["lean"]["sdk"]["methods"].pop("pay"),
        "/providers/lean/sdk/methods",
        "method 'pay' has no entry",
    ),
    (
        "SDK outcome that is not a callback status",
        lambda d: d["providers"]["lean"]["sdk"]["methods"]["connect"]["outcomes"][0].update(
            status="YAY"
        ),
        "/providers/lean/sdk/methods/connect/outcomes/0/status",
        "'YAY' is not a value of code set 'callback_status'",
    ),
    (
        "duplicate config field",
        lambda d: d["providers"]["lean"]["sdk"]["methods"]["reconnect"]["fields"].append(
            {"name": "reconnect_id", "required": False}
        ),
        "/providers/lean/sdk/methods/reconnect/fields/6/name",
        "duplicate config field 'reconnect_id'",
    ),
    (
        "empty text",
        lambda d: _codes(d, "lean", "callback_status")[0].update(description=""),
        "/providers/lean/code_sets/callback_status/codes/0/description",
        "should be non-empty",
    ),
    (
        "blank text",
        lambda d: _codes(d, "lean", "callback_status")[0].update(description="   "),
        "/providers/lean/code_sets/callback_status/codes/0/description",
        "does not match",
    ),
    (
        "misspelt field",
        lambda d: _codes(d, "lean", "callback_status")[0].update(descripton="x"),
        "/providers/lean/code_sets/callback_status/codes/0/descripton",
        "unknown field",
    ),
    (
        "wrong type",
        lambda d: _codes(d, "flinks", "api_error_code")[2]["http"][0].update(status="202"),
        "/providers/flinks/code_sets/api_error_code/codes/2/http/0/status",
        "'202' is not of type 'integer'",
    ),
    (
        "lone surrogate",
        lambda d: _codes(d, "lean", "callback_status")[1].update(notes="bad \ud800 text"),
        "/providers/lean/code_sets/callback_status/codes/1/notes",
        "lone surrogate U+D800",
    ),
    (
        "invalid identifier name",
        lambda d: _codes(d, "argyle", "verification_error")[0].update(name="self-employed"),
        "/providers/argyle/code_sets/verification_error/codes/0/name",
        "does not match",
    ),
    (
        "a decision order that names a field holding no code",
        lambda d: d["payloads"]["plaid/error"]["decides"].append("$.error_message"),
        "/payloads/plaid~1error/decides/2",
        "$.error_message is not a field that names a code set",
    ),
    (
        "a kind with code fields and no decision order",
        lambda d: d["payloads"]["plaid/error"].pop("decides"),
        "/payloads/plaid~1error",
        "a kind with code fields needs decides",
    ),
    (
        "a decision order that leaves out a code field",
        lambda d: d["payloads"]["plaid/error"]["decides"].remove("$.error_type"),
        "/payloads/plaid~1error/decides",
        "decides leaves out $.error_type",
    ),
    (
        "a recognition rule that matches another kind's published example",
        lambda d: d["payloads"]["plaid/error"]["recognise"][0].pop("absent"),
        "/payloads/plaid~1error/recognise/0",
        "matches a published example of plaid/link",
    ),
    (
        "a kind whose rule does not recognise its own example",
        lambda d: d["payloads"]["flinks/webhook"]["recognise"][0].update(present=["Type"]),
        "/payloads/flinks~1webhook/examples/0/data",
        "no entry of flinks/webhook's recognise matches this example",
    ),
    (
        "a recognition rule naming an unknown code set",
        lambda d: d["payloads"]["lean/data-api-response"]["recognise"][0].update(
            codes={"status": ["lean.no_such_set"]}
        ),
        "/payloads/lean~1data-api-response/recognise/0/codes/status/0",
        "unknown code set 'lean.no_such_set'",
    ),
    (
        "an extractor reading a code set that does not exist",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "html",
                "code_sets": [{"code_set": "argyle.nope", "table": {"code": "Code"}}],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/code_set",
        "unknown code set 'argyle.nope'",
    ),
    (
        "an extractor rule its format cannot read",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "typescript",
                "code_sets": [
                    {"code_set": "argyle.bank_connection_error", "table": {"code": "Code"}}
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0",
        "a typescript source is not read by 'table'",
    ),
    (
        "pairs that name another union's fields",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "openapi",
                "code_sets": [
                    {
                        "code_set": "argyle.webhook_event",
                        "pairs": {"type": "kind", "code": "code", "kind": "argyle/webhook"},
                    }
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/pairs",
        "the union of 'argyle/webhook' is tagged by 'event'",
    ),
    (
        "a code pattern on a rule that reads an enum",
        lambda d: d["sources"]["plaid-openapi"]["extract"]["code_sets"][0].update(
            code_pattern="[A-Z_]+"
        ),
        "/sources/plaid-openapi/extract/code_sets/0/code_pattern",
        "only a table or sections rule reads a code_pattern, not 'enum'",
    ),
    (
        "a code pattern that is not a regular expression",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "html",
                "code_sets": [
                    {
                        "code_set": "argyle.bank_connection_error",
                        "table": {"code": "Code"},
                        "code_pattern": "[a-z_",
                    }
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/code_pattern",
        "not a regular expression",
    ),
    (
        # Lean's iOS SDK documents the callback's method; a lifecycle may not say it is gone.
        "a lifecycle that contradicts what an SDK shape sends",
        lambda d: _codes(d, "lean", "callback_method")[0].update(
            lifecycle={"state": "deprecated", "note": "Gone from current SDKs."}
        ),
        "/payloads/lean~1callback/sdk_shapes/3/values/method",
        "the ios SDK sends 'LINK', which lean.callback_method says is deprecated",
    ),
    (
        "end-user words that speak of the customer",
        lambda d: d["categories"]["credentials_invalid"]["end_user"]["action"].update(
            en="Customer should re-enter their password."
        ),
        "/categories/credentials_invalid/end_user/action/en",
        "end-user words speak of 'Customer', not to the customer",
    ),
    (
        "a code's words that address the lender",
        lambda d: _codes(d, "argyle", "bank_connection_error")[0].update(
            end_user={
                "message": {"en": "It failed.", "fr": "Échec.", "ar": "فشل."},
                "action": {"en": "Ask the borrower to wait.", "fr": "Attendez.", "ar": "انتظر."},
            }
        ),
        "/providers/argyle/code_sets/bank_connection_error/codes/0/end_user/action/en",
        "speak of 'borrower'",
    ),
    (
        "an action that asks to try again where the end user cannot",
        lambda d: d["categories"]["rejected"]["end_user"]["action"].update(
            fr="Veuillez réessayer."
        ),
        "/categories/rejected/end_user/action/fr",
        "the end user cannot retry here",
    ),
    (
        "a code that cannot retry, shown its category's invitation to",
        lambda d: _codes(d, "lean", "secondary_status")[8].update(end_user_can_retry=False),
        "/providers/lean/code_sets/secondary_status/codes/8/end_user/action/en",
        "the end user cannot retry here",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "where", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_rule_rejects_its_example(
    tmp_path: Path, mutate: Mutation, where: str, message: str
) -> None:
    data = spec_data()
    mutate(data)
    with pytest.raises(SpecError) as raised:
        loader.load(write_spec(tmp_path, data))
    matching = [p for p in raised.value.problems if p.where == where and message in p.message]
    assert matching, f"expected {where}: …{message}… in\n{raised.value}"


def _problems_for_text(tmp_path: Path, text: str) -> tuple[Problem, ...]:
    path = tmp_path / "catalog.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        loader.load(path)
    return raised.value.problems


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    text = json.dumps(spec_data(), indent=2).replace('"spec_version"', '"spec_version" ', 1)
    text = text.replace('"providers": {', '"providers": {,', 1)
    (problem,) = _problems_for_text(tmp_path, text)
    assert problem.where.startswith("line ") and " column " in problem.where
    assert problem.message.startswith("invalid JSON")


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    text = json.dumps(spec_data(), indent=2).replace(
        '"spec_version": ', '"spec_version": "0.0.1",\n  "spec_version": ', 1
    )
    (problem,) = _problems_for_text(tmp_path, text)
    assert "duplicate key 'spec_version'" in problem.message


def test_not_an_object_and_not_utf8(tmp_path: Path) -> None:
    (problem,) = _problems_for_text(tmp_path, "[]")
    assert problem.message == "the spec must be a JSON object"
    path = tmp_path / "latin1.json"
    path.write_bytes('{"about": "caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(SpecError, match="not UTF-8"):
        loader.load(path)


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    data = spec_data()
    _codes(data, "flinks", "api_error_code")[3]["category"] = "credential"
    _codes(data, "lean", "secondary_status")[1]["value"] = "OK"
    with pytest.raises(SpecError) as raised:
        loader.load(write_spec(tmp_path, data))
    assert len(raised.value.problems) == 2


@pytest.mark.parametrize(
    "mutate",
    [CASES[0][1], CASES[6][1], CASES[24][1]],
    ids=["semantic rule", "unknown category", "schema"],
)
def test_a_bad_spec_exits_1_and_changes_no_file(tmp_path: Path, mutate: Mutation) -> None:
    copy_generated(tmp_path / "tree")
    before = snapshot(tmp_path / "tree")
    data = spec_data()
    mutate(data)
    spec = write_spec(tmp_path, data)
    result = run_codegen("generate", "--spec", str(spec), "--out", str(tmp_path / "tree"))
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    assert f"{spec}: /providers/" in result.stderr
    assert snapshot(tmp_path / "tree") == before
    assert not any(p.name.startswith(".codegen-") for p in (tmp_path / "tree").iterdir())


def test_the_cli_reports_the_pointer_of_the_issue_example(tmp_path: Path) -> None:
    data = spec_data()
    _codes(data, "flinks", "api_error_code")[3]["category"] = "credential"
    spec = write_spec(tmp_path, data)
    result = run_codegen("validate", "--spec", str(spec))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{spec}: /providers/flinks/code_sets/api_error_code/codes/3/category: "
        "unknown category 'credential'"
    )
