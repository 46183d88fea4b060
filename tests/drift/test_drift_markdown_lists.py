"""`python -m codegen.drift` on the two shapes of Mastercard Open Finance's error pages: a group
page that lists its codes as links (tests/drift/fixtures/group-page.md, read by an `items` rule),
and a per-code page whose table gives the code's facts as label/value rows
(tests/drift/fixtures/error-code-page.md and error-code-statuses.md, read by a `facts` rule).

Each test adds an integer code set citing the test source to a copy of the spec, in sync with
the fixture, then plants one difference. The extractor is called in-process (codegen.drift.check,
which the command runs once the spec is valid), so the spec copy is not validated against the
schema."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift import check, extract
from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import FIXTURES, SOURCE, typed
from tests.support.helpers import spec_data

REF = "mastercard.drift_error_code"
BASE = "/providers/mastercard/code_sets/drift_error_code"

GROUP_PAGE: dict[str, str] = {"description": "paragraph"}
ITEMS: dict[str, Any] = {"code_set": REF, "items": GROUP_PAGE, "code_pattern": "[0-9]+"}
FACTS: dict[str, Any] = {
    "code_set": REF,
    "facts": {
        "code": "Error Code",
        "http": "HTTP Status",
        "message": "Error Message",
        "group": "Remediation Category",
        "description": "paragraph",
    },
}
STATUSES: dict[str, Any] = {
    "code_set": REF,
    "facts": {**FACTS["facts"], "code": "Aggregation Status Code"},
}

#: Typed from the fixtures.
INVALID_CREDENTIALS = "These errors occur when an end user enters invalid credentials."
GROUP_CODES = [103, 45002, 24303]
CODE_42000: dict[str, Any] = {
    "value": 42000,
    "name": "CODE_42000",
    "description": "This error occurs when the request is malformed or incorrect.",
    "message": "Testing customer limit exceeded.",
    "http": [{"status": 400, "sources": [SOURCE]}],
    "group": "report_or_escalate",
}
CODE_38003: dict[str, Any] = {
    "value": 38003,
    "name": "CODE_38003",
    "description": "This error occurs when an end user's bank account cannot be found.",
    "http": [{"status": 404, "sources": [SOURCE]}, {"status": 500, "sources": [SOURCE]}],
    "group": "verify_account_or_data_state",
}


def _group_code(value: int) -> dict[str, Any]:
    return {"value": value, "name": f"CODE_{value}", "description": INVALID_CREDENTIALS}


#: A code no fixture publishes: a code set has at least one, and a test that reads a page
#: without comparing needs none of its own.
UNPUBLISHED = {"value": 999999, "name": "CODE_999999", "description": "Not on the pages."}


def _spec(rule: dict[str, Any], codes: list[dict[str, Any]]) -> dict[str, Any]:
    """A copy of the spec whose test source reads REF by `rule`; REF, an integer code set with
    Mastercard's remediation categories as its groups, has `codes` (or only UNPUBLISHED),
    citing the source."""
    data = spec_data(REF.partition(".")[0])
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "Drift fixture",
        "extract": {"format": "markdown", "code_sets": [rule]},
    }
    titles = {
        "report_or_escalate": "Report or Escalate for Investigation",
        "verify_account_or_data_state": "Verify Account or Data State",
    }
    data["providers"]["mastercard"]["code_sets"]["drift_error_code"] = {
        "class_name": "DriftErrorCode",
        "title": "Drift error code",
        "description": "An error code, as a number.",
        "field": "code",
        "wire_type": "integer",
        "sources": [SOURCE],
        "category": "integration_error",
        "groups": {gid: {"title": title, "description": title} for gid, title in titles.items()},
        "codes": codes or [UNPUBLISHED],
    }
    return data


def _differences(data: dict[str, Any], fixture: str | Path) -> list[Difference]:
    return check(typed(data), SOURCE, fixture if isinstance(fixture, Path) else FIXTURES / fixture)


def _kinds(differences: list[Difference]) -> list[tuple[str, str]]:
    return [(d.kind, d.value) for d in differences]


# -- what the rules read --------------------------------------------------------------------------


def test_a_group_page_lists_its_codes_with_the_paragraph_and_the_heading() -> None:
    rule = {**ITEMS, "items": {"description": "paragraph", "group": "heading"}}
    found = [
        (p.value, p.where, p.description, p.group, p.reads)
        for p in extract(typed(_spec(rule, [])), SOURCE, FIXTURES / "group-page.md")
    ]
    read = (INVALID_CREDENTIALS, "Invalid Credentials", ("description", "group"))
    assert found == [
        ("103", "line 11", *read),
        ("45002", "line 12", *read),
        ("24303", "line 13", *read),
    ]


def test_a_group_page_read_without_options_gives_the_codes_alone() -> None:
    rule = {**ITEMS, "items": {}}
    found = [
        (p.value, p.description, p.group, p.reads)
        for p in extract(typed(_spec(rule, [])), SOURCE, FIXTURES / "group-page.md")
    ]
    assert found == [("103", None, None, ()), ("45002", None, None, ()), ("24303", None, None, ())]


def test_a_per_code_page_gives_the_facts_of_the_rows_it_has() -> None:
    (page,) = extract(typed(_spec(FACTS, [])), SOURCE, FIXTURES / "error-code-page.md")
    assert (page.value, page.where, page.http, page.group, page.message) == (
        "42000",
        "line 11",
        (400,),
        "Report or Escalate for Investigation",
        "Testing customer limit exceeded.",
    )
    assert page.description == "This error occurs when the request is malformed or incorrect."
    assert page.reads == ("http", "message", "group", "description")
    (page,) = extract(typed(_spec(STATUSES, [])), SOURCE, FIXTURES / "error-code-statuses.md")
    assert (page.value, page.http, page.message) == ("38003", (404, 500), None)
    assert page.reads == ("http", "group", "description")


# -- in sync, and one planted difference -----------------------------------------------------------


def test_a_group_page_in_sync_is_no_difference() -> None:
    data = _spec(ITEMS, [_group_code(value) for value in GROUP_CODES])
    assert _differences(data, "group-page.md") == []


def test_a_code_a_group_page_lists_that_the_catalog_lacks_is_missing_as_an_integer() -> None:
    data = _spec(ITEMS, [_group_code(103), _group_code(24303)])
    differences = _differences(data, "group-page.md")
    assert _kinds(differences) == [("missing", "45002")]
    (difference,) = differences
    assert difference.where == "line 12"
    (edit,) = difference.edits
    assert edit == {
        "op": "add",
        "path": f"{BASE}/codes/-",
        "value": {"value": 45002, "description": INVALID_CREDENTIALS, "sources": [SOURCE]},
    }
    assert type(edit["value"]["value"]) is int


def test_another_group_description_is_a_text_difference() -> None:
    codes = [_group_code(103), {**_group_code(45002), "description": "Wrong password."}]
    data = _spec(ITEMS, [*codes, _group_code(24303)])
    differences = _differences(data, "group-page.md")
    assert _kinds(differences) == [("text", "45002")]
    assert differences[0].edits == (
        {"op": "replace", "path": f"{BASE}/codes/1/description", "value": INVALID_CREDENTIALS},
    )


@pytest.mark.parametrize(
    ("rule", "code", "fixture"),
    [(FACTS, CODE_42000, "error-code-page.md"), (STATUSES, CODE_38003, "error-code-statuses.md")],
    ids=["one status", "404 or 500"],
)
def test_a_per_code_page_in_sync_is_no_difference(
    rule: dict[str, Any], code: dict[str, Any], fixture: str
) -> None:
    assert _differences(_spec(rule, [code]), fixture) == []


def test_a_row_the_page_lacks_is_not_read() -> None:
    """The 38003 page has no error message row: the extractor compares no message, and the
    quote check finds the catalog's on no page it cites."""
    code = {**CODE_38003, "message": "Account not found."}
    differences = _differences(_spec(STATUSES, [code]), "error-code-statuses.md")
    assert _kinds(differences) == [("not verbatim", "38003")]
    assert differences[0].where == f"{BASE}/codes/0/message"


def test_another_message_on_a_per_code_page_is_a_text_difference() -> None:
    code = {**CODE_42000, "message": "Customer limit exceeded."}
    differences = _differences(_spec(FACTS, [code]), "error-code-page.md")
    assert _kinds(differences) == [("text", "42000")]
    (difference,) = differences
    assert difference.detail == (
        "message: catalog 'Customer limit exceeded.', source 'Testing customer limit exceeded.'"
    )
    assert difference.where == "line 11"
    assert difference.edits == (
        {
            "op": "replace",
            "path": f"{BASE}/codes/0/message",
            "value": "Testing customer limit exceeded.",
        },
    )


def test_another_http_status_on_a_per_code_page_is_an_http_difference() -> None:
    code = {**CODE_38003, "http": [{"status": 404, "sources": [SOURCE]}]}
    differences = _differences(_spec(STATUSES, [code]), "error-code-statuses.md")
    assert _kinds(differences) == [("http", "38003")]
    (difference,) = differences
    assert difference.detail == "HTTP status: catalog [404], source [404, 500]"
    assert difference.edits == (
        {
            "op": "replace",
            "path": f"{BASE}/codes/0/http",
            "value": [{"status": 404, "sources": [SOURCE]}, {"status": 500, "sources": [SOURCE]}],
        },
    )


def test_another_remediation_category_is_a_group_difference_by_its_id() -> None:
    code = {**CODE_42000, "group": "verify_account_or_data_state"}
    differences = _differences(_spec(FACTS, [code]), "error-code-page.md")
    assert _kinds(differences) == [("group", "42000")]
    assert differences[0].edits == (
        {"op": "add", "path": f"{BASE}/codes/0/also_in_groups", "value": ["report_or_escalate"]},
    )


def test_a_code_a_per_code_page_gives_that_the_catalog_lacks_is_proposed_with_its_facts() -> None:
    differences = _differences(_spec(FACTS, [CODE_38003]), "error-code-page.md")
    assert _kinds(differences) == [("missing", "42000"), ("gone", "38003")]
    (edit,) = differences[0].edits
    assert edit == {
        "op": "add",
        "path": f"{BASE}/codes/-",
        "value": {
            "value": 42000,
            "description": "This error occurs when the request is malformed or incorrect.",
            "message": "Testing customer limit exceeded.",
            "http": [{"status": 400, "sources": [SOURCE]}],
            "group": "report_or_escalate",
            "sources": [SOURCE],
        },
    }


# -- pages without the list or the table ----------------------------------------------------------


def _no_codes(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text(
        "# Errors\n\nSee:\n\n* [Full Error List](https://example.test/list)\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("rule", "page", "message"),
    [
        (ITEMS, lambda t: FIXTURES / "error-code-page.md", "error-code-page.md has no list "),
        (
            ITEMS,
            _no_codes,
            "page.md has no list item that matches '[0-9]+' (the first is 'Full Error List')",
        ),
        (
            FACTS,
            lambda t: FIXTURES / "group-page.md",
            "group-page.md has no table with a row 'Error Code'",
        ),
        (
            FACTS,
            lambda t: FIXTURES / "error-code-statuses.md",
            "error-code-statuses.md has no table with a row 'Error Code'",
        ),
    ],
    ids=[
        "a list rule on a page without a list",
        "a list without codes",
        "a facts rule on a page without a table",
        "a table without the code's row",
    ],
)
def test_a_page_without_the_list_or_the_table_is_unusable_input(
    tmp_path: Path, rule: dict[str, Any], page: Callable[[Path], Path], message: str
) -> None:
    with pytest.raises(DriftInputError) as error:
        _differences(_spec(rule, []), page(tmp_path))
    assert message in str(error.value)
