"""`python -m codegen.drift` on a page that shows each code in a JSON example of the event that
carries it: Mastercard's Connect route events page, one section per screen with the onRoute
event's JSON (tests/drift/fixtures/route-examples.md, an excerpt typed from
https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-route-events/,
cut inside its Login example as the saved copy is). An `examples` rule reads the screen at
`data.screen` of each example and the paragraph before it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from tests.support.drift_case import (
    FIXTURES,
    SOURCE,
    codes_of,
    report_of,
    run_drift,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data

REF = "mastercard.connect_route_screen"
RULE: dict[str, Any] = {
    "code_set": REF,
    "examples": {"code": "data.screen", "description": "paragraph"},
    "code_pattern": "[a-z]+(-[a-z]+)*",
}
EXTRACTOR = {"format": "markdown", "code_sets": [RULE]}

#: The route page's words for the screens of the fixture.
LANDING = "The first screen that the user lands on."
TERMS = (
    "The screen that displays the full documentation of the terms and conditions for users to read."
)
RESULTS = "The screen that displays a list of search results after a user has performed a query."
SEARCH = "The screen that displays the search input where a user can search for a bank."
AGREE: dict[str, dict[str, dict[str, Any]]] = {
    REF: {
        "landing": {"description": LANDING},
        "terms-details": {"description": TERMS},
        "search": {"description": SEARCH},
    }
}


def _found(rule: dict[str, Any], page: Path) -> list[tuple[str, str, str | None]]:
    data = spec_data(rule["code_set"].partition(".")[0])
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "Drift fixture",
        "extract": {"format": "markdown", "code_sets": [rule]},
    }
    return [(p.value, p.where, p.description) for p in extract(typed(data), SOURCE, page)]


def test_each_example_gives_its_code_and_the_paragraph_before_it() -> None:
    assert _found(RULE, FIXTURES / "route-examples.md") == [
        ("landing", "line 9", LANDING),
        ("terms-details", "line 23", TERMS),
        ("search", "line 37", RESULTS),
        ("search", "line 53", SEARCH),
    ]


def test_a_number_at_the_path_is_a_code_and_a_block_without_it_gives_nothing(
    tmp_path: Path,
) -> None:
    """The web SDK's onCancel event is `{code: 100, reason: "exit"}`; a route event beside it
    has no code, nor do a boolean, an empty text, a text with spaces or control characters, or a
    block nested too deep to read."""
    page = tmp_path / "events.md"
    page.write_text(
        "## onCancel\n\n"
        '```json\n{"code": 100, "reason": "exit"}\n```\n\n'
        '```json\n{"screen": "landing", "params": {}}\n```\n\n'
        '```json\n["not", "an", "object"]\n```\n\n'
        '```json\n{"code": true}\n```\n\n'
        '```json\n{"code": ""}\n```\n\n'
        '```json\n{"code": "sign in\\n\\u001b[31m"}\n```\n\n'
        "```json\n" + "[" * 100_000 + "]" * 100_000 + "\n```\n",
        encoding="utf-8",
    )
    rule = {"code_set": "mastercard.connect_event_code", "examples": {"code": "code"}}
    assert _found(rule, page) == [("100", "line 3", None)]


def test_a_page_in_sync_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = report_of(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE), "route-examples.md")
    assert report["in_sync"], report["differences"]


def _rename(data: dict[str, Any]) -> None:
    codes_of(data, REF)["terms-details"]["value"] = "term-details"


def _reword(data: dict[str, Any]) -> None:
    codes_of(data, REF)["landing"]["description"] = "The screen the user lands on first."


@pytest.mark.parametrize(
    ("plant", "expected", "edit"),
    [
        (
            _rename,
            ("renamed", REF, "terms-details", "line 23"),
            {"op": "replace", "value": "terms-details"},
        ),
        (_reword, ("text", REF, "landing", "line 9"), {"op": "replace", "value": LANDING}),
    ],
    ids=["a screen renamed", "a screen's words changed"],
)
def test_a_planted_difference_is_reported_at_its_example(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    plant: Any,
    expected: tuple[str, str, str, str],
    edit: dict[str, Any],
) -> None:
    spec = spec_copy(tmp_path, EXTRACTOR, AGREE, plant)
    report = report_of(capsys, spec, "route-examples.md")
    found = [(d["kind"], d["code_set"], d["value"], d["where"]) for d in report["differences"]]
    assert found == [expected]
    proposed = report["edits"][0]
    assert {key: proposed[key] for key in edit} == edit


def test_a_page_without_such_an_example_is_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.md"
    page.write_text('# Events\n\n```json\n{"type": "route"}\n```\n', encoding="utf-8")
    code, out, err = run_drift(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE), page)
    assert (code, out) == (2, "")
    assert "has no JSON example with a value at 'data.screen' (of 1 fenced block(s))" in err
