"""`python -m codegen.drift` on pages copied as text: which rows and headings are codes
(`code_pattern`), and a code a table lists on several rows, one per cause.

The spec copy and the other declarations are in tests/drift_case.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest

from codegen.drift import extract
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import (
    PAGE,
    PAGE_AGREE,
    SOURCE,
    codes_of,
    kinds,
    report_of,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data

CODE = "[A-Z][A-Z0-9_]*"


def _copied(pattern: str | None) -> dict[str, Any]:
    table = {"code": "Flinks Code", "description": "Description", "http": "HTTP Status Code"}
    rule: dict[str, Any] = {"code_set": "flinks.api_error_code", "table": table}
    if pattern is not None:
        rule["code_pattern"] = pattern
    return {"format": "markdown", "code_sets": [rule]}


#: Typed from https://docs.flinks.com/reference/error-codes: INVALID_LOGIN's description is the
#: text of its second row.
COPIED_AGREE: dict[str, dict[str, dict[str, Any]]] = {
    "flinks.api_error_code": {
        "INVALID_LOGIN": {
            "description": "The provided username or/and password is/are invalid",
            "http": 401,
        },
        "CARD_IN_USE": {
            "description": "An operation was requested while the account is still being processed.",
            "http": 400,
        },
    }
}


def _statuses(pattern: str | None) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "code_set": "lean.secondary_status",
        "table": {"code": "Status", "description": "Reason"},
    }
    if pattern is not None:
        rule["code_pattern"] = pattern
    return {"format": "markdown", "code_sets": [rule]}


#: Typed from https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses.
STATUSES_AGREE: dict[str, dict[str, dict[str, Any]]] = {
    "lean.secondary_status": {
        "OK": {"description": "Successful connection"},
        "FAILED": {"description": "Generic failure"},
    }
}


@pytest.mark.parametrize(
    ("extractor", "agree", "fixture", "not_a_code"),
    [
        (_copied, COPIED_AGREE, "copied-table.md", "N/A"),
        (_statuses, STATUSES_AGREE, "copied-statuses.md", "Updated about 1 year ago"),
    ],
    ids=["an N/A cell", "a footer read as a row"],
)
def test_a_code_pattern_leaves_out_cells_that_are_no_codes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extractor: Callable[[str | None], dict[str, Any]],
    agree: dict[str, dict[str, dict[str, Any]]],
    fixture: str,
    not_a_code: str,
) -> None:
    (ref,) = agree
    report = report_of(capsys, spec_copy(tmp_path, extractor(None), agree), fixture)
    assert kinds(report) == [("missing", ref, not_a_code)]
    assert report_of(capsys, spec_copy(tmp_path, extractor(CODE), agree), fixture)["in_sync"]


def test_a_code_pattern_leaves_out_headings_that_are_no_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = {**cast(dict[str, Any], PAGE["code_sets"][0]), "code_pattern": "NOT_[A-Z]+"}
    extractor = {"format": "markdown", "code_sets": [rule]}
    report = report_of(capsys, spec_copy(tmp_path, extractor, PAGE_AGREE), "errors-page.md")
    assert kinds(report) == [("gone", "plaid.error_code", "INVALID_AUDIT_COPY_TOKEN")]


def test_a_code_on_several_rows_is_in_sync_with_any_of_their_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def plant(data: dict[str, Any]) -> None:
        code = codes_of(data, "flinks.api_error_code")["INVALID_LOGIN"]
        code["description"] = "The provided credentials are incorrect."

    spec = spec_copy(tmp_path, _copied(CODE), COPIED_AGREE, plant)
    report = report_of(capsys, spec, "copied-table.md")
    assert kinds(report) == [("text", "flinks.api_error_code", "INVALID_LOGIN")]
    (difference,) = report["differences"]
    assert difference["detail"].endswith(
        "source 'The provided LoginId is invalid' (and 1 other row(s))"
    )
    (edit,) = report["edits"]
    assert edit["op"] == "replace" and edit["value"] == "The provided LoginId is invalid"


def test_a_status_cell_of_other_digits_than_ascii_ones_gives_no_status(tmp_path: Path) -> None:
    """A superscript two is a digit to str.isdigit, and no number to int; an Arabic-Indic 404
    is no HTTP status as a page writes one either."""
    page = tmp_path / "page.md"
    page.write_text(
        "| Code | HTTP status |\n| --- | --- |\n| `account_closed` | ² |\n"
        "| `generic_error` | \u0664\u0660\u0664 |\n| `invalid_account` | 400, 404 |\n",
        encoding="utf-8",
    )
    data = spec_data("argyle")
    columns = {"code": "Code", "http": "HTTP status"}
    rule = {"code_set": "argyle.bank_connection_error", "table": columns}
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "t",
        "extract": {"format": "markdown", "code_sets": [rule]},
    }
    found = [(p.value, p.http) for p in extract(typed(data), SOURCE, page)]
    assert found == [("account_closed", ()), ("generic_error", ()), ("invalid_account", (400, 404))]


def test_a_rows_filter_keeps_a_page_s_rows_of_one_set(tmp_path: Path) -> None:
    """A table of several code sets' rows; a second table without the filter's column gives
    none; a filter that keeps no row is an error."""
    page = tmp_path / "page.md"
    page.write_text(
        "| Set | Code |\n| --- | --- |\n| connection | `account_closed` |\n"
        "| payout | `account_closed_payout` |\n| connection | `generic_error` |\n\n"
        "| Code |\n| --- |\n| `unfiltered` |\n",
        encoding="utf-8",
    )

    def read(rows: dict[str, str]) -> list[tuple[str, str]]:
        data = spec_data("argyle")
        rule = {"code_set": "argyle.bank_connection_error", "table": {"code": "Code"}, "rows": rows}
        data["sources"][SOURCE] = {
            "kind": "third-party",
            "title": "t",
            "extract": {"format": "markdown", "code_sets": [rule]},
        }
        return [(p.value, p.where) for p in extract(typed(data), SOURCE, page)]

    assert read({"Set": "connection"}) == [
        ("account_closed", "line 1, row 2"),
        ("generic_error", "line 1, row 4"),
    ]
    with pytest.raises(DriftInputError) as refused:
        read({"Set": "webhook"})
    assert str(refused.value) == f"{page} has no row whose 'Set' is 'webhook'"
