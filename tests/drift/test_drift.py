"""`python -m codegen.drift`: the catalog against a saved copy of a source. Each test plants one
difference in a copy of the spec whose codes agree with a fixture excerpt (tests/drift_case.py)
and expects exactly that report; exit 0 in sync, 1 on drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.command import main
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import (
    EXIT,
    EXIT_AGREE,
    FIXTURES,
    OPENAPI,
    PAGE,
    PAGE_AGREE,
    SOURCE,
    Plant,
    codes_of,
    kinds,
    report_of,
    run_drift,
    spec_copy,
    table,
    typed,
)
from tests.support.helpers import spec_data

# -- an SDK's TypeScript enum -------------------------------------------------------------------


def test_an_sdk_enum_in_sync_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_drift(capsys, spec_copy(tmp_path, EXIT, EXIT_AGREE), "exit-status.ts")
    assert (code, out.strip()) == (0, f"{SOURCE}: in sync with {FIXTURES / 'exit-status.ts'}")


def _remove(ref: str, value: str) -> Plant:
    def plant(data: dict[str, Any]) -> None:
        provider, _, name = ref.partition(".")
        codes = data["providers"][provider]["code_sets"][name]["codes"]
        codes[:] = [c for c in codes if c["value"] != value]
        # A catalog without the code has no published example of it either (strict schemas).
        for kind in data["payloads"].values():
            kind["examples"] = [e for e in kind["examples"] if value not in e["data"].values()]

    return plant


def _cite(ref: str, value: str) -> Plant:
    return lambda data: codes_of(data, ref)[value]["sources"].append(SOURCE)


def _rename(ref: str, value: str, new: str) -> Plant:
    return lambda data: codes_of(data, ref)[value].update(value=new)


@pytest.mark.parametrize(
    ("plant", "expected"),
    [
        (_remove("plaid.link_exit_status", "requires_code"), "missing"),
        (_cite("plaid.link_exit_status", "requires_oauth"), "gone"),
        (
            _rename("plaid.link_exit_status", "requires_code", "requires_codes"),
            "renamed",
        ),
    ],
    ids=["a code removed", "a code the source no longer has", "a near-miss rename"],
)
def test_a_planted_difference_in_an_sdk_enum_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], plant: Plant, expected: str
) -> None:
    report = report_of(capsys, spec_copy(tmp_path, EXIT, EXIT_AGREE, plant), "exit-status.ts")
    value = {
        "missing": "requires_code",
        "gone": "requires_oauth",
        "renamed": "requires_code",
    }
    assert kinds(report) == [(expected, "plaid.link_exit_status", value[expected])]
    assert report["edits"], "every difference proposes a spec edit"


def test_a_rename_proposes_the_new_value_and_keeps_the_old_as_an_alias(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _rename("plaid.link_exit_status", "requires_code", "requires_codes")
    report = report_of(capsys, spec_copy(tmp_path, EXIT, EXIT_AGREE, plant), "exit-status.ts")
    ops = [(e["op"], e["path"].rsplit("/", 1)[-1], e["value"]) for e in report["edits"]]
    assert ops == [
        ("replace", "value", "requires_code"),
        ("add", "-", "requires_codes"),
    ]


def test_a_code_the_source_publishes_under_its_alias_is_neither_missing_nor_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One code, two spellings: the catalog's requires_code_entry has the SDK's requires_code
    as its alias."""

    def plant(data: dict[str, Any]) -> None:
        code = codes_of(data, "plaid.link_exit_status")["requires_code"]
        code.update(value="requires_code_entry", aliases=["requires_code"])

    report = report_of(capsys, spec_copy(tmp_path, EXIT, EXIT_AGREE, plant), "exit-status.ts")
    assert report["in_sync"], kinds(report)


def test_an_sdk_group_comment_is_a_type_membership(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plaid's SDK lists INVALID_API_KEYS under `// INVALID_INPUT`; a catalog that files it
    under another error type is reported."""
    rule = {"code_set": "plaid.error_code", "enum": "LinkErrorCode", "group_comments": True}
    extractor = {"format": "typescript", "code_sets": [rule]}
    agree = {
        "plaid.error_code": {
            "INVALID_CREDENTIALS": {"group": "item_error"},
            "INVALID_API_KEYS": {"group": "invalid_input"},
        }
    }
    assert report_of(capsys, spec_copy(tmp_path, extractor, agree), "exit-status.ts")["in_sync"]
    moved = lambda data: codes_of(data, "plaid.error_code")["INVALID_API_KEYS"].update(  # noqa: E731
        group="invalid_request"
    )
    report = report_of(capsys, spec_copy(tmp_path, extractor, agree, moved), "exit-status.ts")
    assert kinds(report) == [("group", "plaid.error_code", "INVALID_API_KEYS")]
    assert "INVALID_INPUT" in report["differences"][0]["detail"]


def test_a_union_of_string_literals_is_read() -> None:
    data = spec_data("plaid")
    rule = {"code_set": "plaid.link_exit_status", "enum": "Status"}
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "t",
        "extract": {"format": "typescript", "code_sets": [rule]},
    }
    found = extract(typed(data), SOURCE, FIXTURES / "exit-status.ts")
    assert [p.value for p in found] == ["connected", "requires_code"]


def test_an_interface_s_property_typed_with_a_union_is_read(tmp_path: Path) -> None:
    data = spec_data("teller")
    rule = {"code_set": "teller.connect_failure_code", "enum": "TellerConnectFailure.code"}
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "t",
        "extract": {"format": "typescript", "code_sets": [rule]},
    }
    found = extract(typed(data), SOURCE, FIXTURES / "connect-failure.ts")
    assert [(p.value, p.where) for p in found] == [("timeout", "line 6"), ("error", "line 6")]
    # A property of another type lists nothing: the rule reads no code from the file.
    rule["enum"] = "TellerConnectFailure.message"
    with pytest.raises(DriftInputError, match="gives no code"):
        extract(typed(data), SOURCE, FIXTURES / "connect-failure.ts")
    rule["enum"] = "TellerConnectFailure.reason"
    with pytest.raises(DriftInputError, match=r"TellerConnectFailure\.code"):
        extract(typed(data), SOURCE, FIXTURES / "connect-failure.ts")


# -- a page: sections with a sample response, and a table in Markdown or HTML ------------------


def test_a_page_in_sync_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report_of(capsys, spec_copy(tmp_path, PAGE, PAGE_AGREE), "errors-page.md")["in_sync"]


def _set(value: str, **facts: Any) -> Plant:
    return lambda data: codes_of(data, "plaid.error_code")[value].update(**facts)


@pytest.mark.parametrize(
    ("plant", "kind", "value", "edit"),
    [
        (
            _set("NOT_FOUND", http=[{"status": 400, "sources": [SOURCE]}]),
            "http",
            "NOT_FOUND",
            {"op": "replace", "value": [{"status": 404, "sources": [SOURCE]}]},
        ),
        (
            _set("INVALID_AUDIT_COPY_TOKEN", message="null"),
            "text",
            "INVALID_AUDIT_COPY_TOKEN",
            {"op": "remove"},
        ),
        (
            _set("NOT_FOUND", description="The endpoint  does not exist."),
            "text",
            "NOT_FOUND",
            {"op": "replace", "value": "The endpoint requested does not exist."},
        ),
    ],
    ids=["an HTTP status changed", "a published null kept as text", "a text changed"],
)
def test_a_planted_difference_on_a_page_is_reported_with_its_edit(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    plant: Plant,
    kind: str,
    value: str,
    edit: dict[str, Any],
) -> None:
    report = report_of(capsys, spec_copy(tmp_path, PAGE, PAGE_AGREE, plant), "errors-page.md")
    assert kinds(report) == [(kind, "plaid.error_code", value)]
    (proposed,) = report["edits"]
    assert {key: proposed[key] for key in edit} == edit


def test_a_section_is_named_by_its_example_or_else_its_one_word_heading(tmp_path: Path) -> None:
    """Plaid's item error page titles one section "NO_AUTH_ACCOUNTS or no-depository-accounts"
    and opens with a guide heading of several words that is no code."""
    page = tmp_path / "page.md"
    page.write_text(
        "#### Guide to troubleshooting Item errors\n\nRead on.\n\n"
        "#### **NO\\_AUTH\\_ACCOUNTS or no-depository-accounts**\n\n"
        "##### No valid checking or savings account.\n\n"
        "```\nhttp code 400\n"
        '{"error_type": "ITEM_ERROR", "error_code": "NO_AUTH_ACCOUNTS"}\n```\n\n'
        "#### **ITEM\\_LOCKED**\n\n##### The account is locked.\n",
        encoding="utf-8",
    )
    example = {"http_prefix": "http code", "code": "error_code", "group": "error_type"}
    sections = {"level": 4, "description_level": 5, "example": example}
    rule = {"code_set": "plaid.error_code", "sections": sections}
    data = spec_data("plaid")
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "t",
        "extract": {"format": "markdown", "code_sets": [rule]},
    }
    found = [(p.value, p.group, p.http, p.description) for p in extract(typed(data), SOURCE, page)]
    assert found == [
        ("NO_AUTH_ACCOUNTS", "ITEM_ERROR", (400,), "No valid checking or savings account."),
        ("ITEM_LOCKED", None, (), "The account is locked."),
    ]


def test_whitespace_alone_is_no_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _set("NOT_FOUND", description="The endpoint requested\n does   not exist. ")
    assert report_of(capsys, spec_copy(tmp_path, PAGE, PAGE_AGREE, plant), "errors-page.md")[
        "in_sync"
    ]


TABLE_AGREE: dict[str, dict[str, dict[str, Any]]] = {
    "argyle.bank_connection_error": {
        "account_closed": {
            "message": "The selected account could not be found or is no longer available at "
            "the banking institution."
        },
        "generic_error": {
            "message": "A connection error occurred while trying to verify the account."
        },
    }
}


@pytest.mark.parametrize(
    ("kind", "fixture"), [("markdown", "connection-errors.md"), ("html", "connection-errors.html")]
)
def test_a_table_in_markdown_or_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, fixture: str
) -> None:
    assert report_of(capsys, spec_copy(tmp_path, table(kind), TABLE_AGREE), fixture)["in_sync"]
    plant = lambda data: codes_of(data, "argyle.bank_connection_error")["generic_error"].update(  # noqa: E731
        message="A connection error occurred."
    )
    report = report_of(capsys, spec_copy(tmp_path, table(kind), TABLE_AGREE, plant), fixture)
    assert kinds(report) == [("text", "argyle.bank_connection_error", "generic_error")]


# -- an OpenAPI description -------------------------------------------------------------------

# -- an OpenAPI description -------------------------------------------------------------------


def test_an_openapi_enum_and_webhook_pairs_are_read() -> None:
    """The fixture's two webhook schemas give (ITEM, ERROR) and (PROTECT, PROTECT_USER_EVENT);
    the request that names several types gives nothing."""
    data = spec_data("plaid")
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": OPENAPI}
    found = sorted(
        (p.code_set, p.value) for p in extract(typed(data), SOURCE, FIXTURES / "openapi.yml")
    )
    assert found == [
        ("plaid.error_type", "INVALID_REQUEST"),
        ("plaid.error_type", "ITEM_ERROR"),
        ("plaid.item_webhook_code", "ERROR"),
        ("plaid.protect_webhook_code", "PROTECT_USER_EVENT"),
        ("plaid.webhook_type", "ITEM"),
        ("plaid.webhook_type", "PROTECT"),
    ]


def test_a_webhook_code_no_longer_published_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agree: dict[str, dict[str, dict[str, Any]]] = {"plaid.item_webhook_code": {"ERROR": {}}}
    assert report_of(capsys, spec_copy(tmp_path, OPENAPI, agree), "openapi.yml")["in_sync"]
    plant = _cite("plaid.item_webhook_code", "LOGIN_REPAIRED")
    report = report_of(capsys, spec_copy(tmp_path, OPENAPI, agree, plant), "openapi.yml")
    assert kinds(report) == [("gone", "plaid.item_webhook_code", "LOGIN_REPAIRED")]
    (edit,) = report["edits"]
    assert edit["op"] == "add" and edit["path"].endswith("/lifecycle")
    assert edit["value"]["state"] == "removed"


# -- proposals, codes seen in production, every source at once ---------------------------------


def test_a_missing_code_is_proposed_without_a_category(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _remove("plaid.error_code", "NOT_FOUND")
    report = report_of(capsys, spec_copy(tmp_path, PAGE, PAGE_AGREE, plant), "errors-page.md")
    (edit,) = report["edits"]
    assert edit["path"] == "/providers/plaid/code_sets/error_code/codes/-"
    assert edit["value"] == {
        "value": "NOT_FOUND",
        "description": "The endpoint requested does not exist.",
        "message": "not found",
        "http": [{"status": 404, "sources": [SOURCE]}],
        "group": "invalid_request",
        "sources": [SOURCE],
    }


def test_codes_seen_in_production_are_folded_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = tmp_path / "seen.jsonl"
    lines = [
        {"provider": "plaid", "code_set": "link_exit_status", "value": "requires_code"},
        {"provider": "plaid", "code_set": "link_exit_status", "value": "requires_code"},
        {"provider": "plaid", "code_set": "link_exit_status", "value": "requires_magic"},
        {"provider": "plaid", "code_set": "link_exit_status", "value": "connected"},
    ]
    seen.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _remove("plaid.link_exit_status", "requires_code"))
    code, out, _ = run_drift(capsys, spec, "exit-status.ts", "--json", "--seen", str(seen))
    report = json.loads(out)
    assert code == 1
    assert kinds(report) == [
        ("missing", "plaid.link_exit_status", "requires_code"),
        ("seen", "plaid.link_exit_status", "requires_magic"),
    ]
    assert "seen in production 2 time(s)" in report["differences"][0]["detail"]


def test_every_declared_source_in_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / f"{SOURCE}.ts").write_bytes((FIXTURES / "exit-status.ts").read_bytes())
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    # Every other source that declares an extractor has no copy here: skipped, and counted.
    others = [i for i, s in json.loads(spec.read_text())["sources"].items() if "extract" in s]
    others.remove(SOURCE)
    assert "plaid-openapi" in others
    assert main(["--spec", str(spec), "--all", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    # What was found, then one line: the sources skipped are counted, not listed.
    assert out == [
        f"{SOURCE}: in sync with {folder / f'{SOURCE}.ts'}",
        f"1 source(s) checked, 0 with differences, {len(others)} skipped (no saved copy in "
        f"{folder}; --verbose lists them)",
    ]
    assert main(["--spec", str(spec), "--all", str(folder), "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    listed = [line.split(":")[0] for line in out if line.endswith(" (skipped)")]
    assert listed == sorted(others)
    assert f"plaid-openapi: no saved copy in {folder} (skipped)" in out
    assert out[-1].endswith(f", {len(others)} skipped (no saved copy in {folder})")
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _remove("plaid.link_exit_status", "connected"))
    assert main(["--spec", str(spec), "--all", str(folder)]) == 1
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith("1 source(s) checked, 1 with differences, ")


def test_every_source_in_a_folder_as_one_json_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / f"{SOURCE}.ts").write_bytes((FIXTURES / "exit-status.ts").read_bytes())
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _remove("plaid.link_exit_status", "connected"))
    assert main(["--spec", str(spec), "--all", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["checked"], report["with_differences"]) == (1, 1)
    assert "plaid-openapi" in report["skipped"] and SOURCE not in report["skipped"]
    [read] = report["sources"]
    assert (read["source"], read["in_sync"]) == (SOURCE, False)
    assert kinds(read) == [("missing", "plaid.link_exit_status", "connected")]
    assert read["edits"][0]["op"] == "add"


def test_a_folder_without_any_copy_is_refused_not_passed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing checked is no green: the folder is empty, or its copies are misnamed, or missing.
    folder = tmp_path / "copies"
    folder.mkdir()
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    assert main(["--spec", str(spec), "--all", str(folder)]) == 2
    out, err = capsys.readouterr()
    assert "skipped" not in out and "source(s) checked" not in out
    assert "no saved copy of any source of the spec" in err and "the folder is empty" in err
    (folder / "plaid_link\nexit.ts").write_bytes((FIXTURES / "exit-status.ts").read_bytes())
    assert main(["--spec", str(spec), "--all", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "the folder holds 'plaid_link\\nexit.ts'" in err and err.count("\n") == 1
    assert main(["--spec", str(spec), "--all", str(tmp_path / "absent")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --all ") and "no such folder" in err
    assert main(["--spec", str(spec), "--all", str(spec)]) == 2
    assert "a file, not a folder" in capsys.readouterr().err


def test_a_folder_that_cannot_be_listed_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)

    def refused(self: Path) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refused)
    monkeypatch.setattr(Path, "glob", lambda self, pattern: iter(()))
    assert main(["--spec", str(spec), "--all", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the folder cannot be read (Permission denied)" in err


def test_a_copy_that_cannot_be_used_exits_2_beside_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / f"{SOURCE}.ts").write_bytes(b"\xff\xfe not UTF-8")
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    assert main(["--spec", str(spec), "--all", str(folder)]) == 2
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith("1 source(s) checked, 0 with differences, 1 unusable (exit 2), ")
    assert main(["--spec", str(spec), "--all", str(folder), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["unusable"] == 1
    [entry] = report["sources"]
    assert entry["in_sync"] is False and entry["source"] == SOURCE and entry["error"]
