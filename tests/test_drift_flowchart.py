"""`python -m codegen drift` on a lifecycle drawn as a Mermaid flowchart: Lean's payment
lifecycle (tests/fixtures/drift/payment-lifecycle.md, an excerpt typed from
https://docs.leantech.me/docs/payment-lifecycle: CREATED leads to PROCESSING or FAILED,
PROCESSING to PROCESSED or FAILED). A `flowchart` rule reads every node as a code and every
arrow as a transition, compared with the code set's `transitions`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from tests.drift_case import (
    FIXTURES,
    SOURCE,
    kinds,
    report_of,
    run_drift,
    spec_copy,
)
from tests.helpers import spec_data

REF = "lean.payment_lifecycle_status"
BASE = "/providers/lean/code_sets/payment_lifecycle_status"
RULE: dict[str, Any] = {"code_set": REF, "flowchart": {}}
EXTRACTOR = {"format": "markdown", "code_sets": [RULE]}
AGREE: dict[str, dict[str, dict[str, Any]]] = {
    REF: {"CREATED": {}, "PROCESSING": {}, "PROCESSED": {}, "FAILED": {}}
}
#: Lean's lifecycle, as its page draws it.
LEAN = [
    ("CREATED", ("PROCESSING", "FAILED")),
    ("PROCESSING", ("PROCESSED", "FAILED")),
    ("FAILED", ()),
    ("PROCESSED", ()),
]


def _read(page: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    data = spec_data()
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "Drift fixture",
        "extract": EXTRACTOR,
    }
    return [(p.value, p.where, p.next) for p in extract(data, SOURCE, page)]


def _page(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return page


def test_each_node_is_a_code_with_the_arrows_that_leave_it() -> None:
    assert _read(FIXTURES / "payment-lifecycle.md") == [
        ("CREATED", "line 11", ("PROCESSING", "FAILED")),
        ("PROCESSING", "line 11", ("PROCESSED", "FAILED")),
        ("FAILED", "line 12", ()),
        ("PROCESSED", "line 13", ()),
    ]


def test_a_copy_that_lost_the_block_reads_the_same(tmp_path: Path) -> None:
    """The saved copy of Lean's page kept the diagram's text as a paragraph."""
    page = _page(
        tmp_path,
        "Payment lifecycle\n\nflowchart LR\n    CREATED --> PROCESSING\n    CREATED --> FAILED\n"
        "    PROCESSING --> PROCESSED\n    PROCESSING --> FAILED\n\nCREATED - An internal...\n",
    )
    assert [(value, after) for value, _, after in _read(page)] == LEAN


def test_chains_labels_shapes_and_undirected_links(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        "```mermaid\ngraph TD\n  %% the happy path\n  A[Start] -->|go| B(Middle) --> C{End}\n"
        "  B --- D; D ==> A\n  classDef done fill:#9f9\n```\n",
    )
    assert _read(page) == [
        ("A", "line 4", ("B",)),
        ("B", "line 4", ("C",)),
        ("C", "line 4", ()),
        ("D", "line 5", ("A",)),
    ]


def test_a_lifecycle_in_sync_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = report_of(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE), "payment-lifecycle.md")
    assert report["in_sync"], report["differences"]


def _transitions(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def plant(data: dict[str, Any]) -> None:
        change(data["providers"]["lean"]["code_sets"]["payment_lifecycle_status"])

    return plant


def _cite(code_set: dict[str, Any]) -> None:
    code_set["transitions"]["sources"] = [SOURCE]


def _lacks_an_arrow(code_set: dict[str, Any]) -> None:
    code_set["transitions"]["next"]["PROCESSING"] = ["PROCESSED"]


def _has_another_arrow(code_set: dict[str, Any]) -> None:
    _cite(code_set)
    code_set["transitions"]["next"]["FAILED"] = ["CREATED"]
    code_set["transitions"]["next"]["CREATED"].insert(0, "PROCESSED")


@pytest.mark.parametrize(
    ("plant", "expected", "edits"),
    [
        (
            _lacks_an_arrow,
            [("transition", REF, "PROCESSING")],
            [{"op": "add", "path": f"{BASE}/transitions/next/PROCESSING/-", "value": "FAILED"}],
        ),
        (
            _has_another_arrow,
            [("transition", REF, "CREATED"), ("transition", REF, "FAILED")],
            [
                {"op": "remove", "path": f"{BASE}/transitions/next/CREATED/0"},
                {"op": "remove", "path": f"{BASE}/transitions/next/FAILED/0"},
            ],
        ),
        (
            lambda code_set: code_set.pop("transitions"),
            [("transition", REF, "CREATED")],
            [
                {
                    "op": "add",
                    "path": f"{BASE}/transitions",
                    "value": {
                        "initial": ["CREATED"],
                        "next": {
                            "CREATED": ["PROCESSING", "FAILED"],
                            "PROCESSING": ["PROCESSED", "FAILED"],
                        },
                        "sources": [SOURCE],
                    },
                }
            ],
        ),
    ],
    ids=["an arrow the catalog lacks", "arrows no longer drawn", "no transitions at all"],
)
def test_a_planted_difference_is_reported_with_its_edit(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    plant: Callable[[dict[str, Any]], None],
    expected: list[tuple[str, str, str]],
    edits: list[dict[str, Any]],
) -> None:
    spec = spec_copy(tmp_path, EXTRACTOR, AGREE, _transitions(plant))
    report = report_of(capsys, spec, "payment-lifecycle.md")
    assert kinds(report) == expected
    assert report["edits"] == edits


def test_arrows_of_transitions_citing_other_sources_are_not_questioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Transitions that cite another page may know more than this one draws."""
    plant = _transitions(lambda c: c["transitions"]["next"].update(FAILED=["CREATED"]))
    report = report_of(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE, plant), "payment-lifecycle.md")
    assert report["in_sync"], report["differences"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Payments\n\nCREATED, then PROCESSING.\n", "has no Mermaid flowchart"),
        ("```mermaid\nflowchart LR\n  A\n```\n", "its flowchart (line 2) draws no transition"),
        ("```mermaid\nflowchart LR\n  A --> \n```\n", "page.md:3: not a flowchart statement"),
    ],
    ids=["no flowchart", "no arrow", "an arrow to nothing"],
)
def test_a_page_without_a_readable_flowchart_is_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    spec = spec_copy(tmp_path, EXTRACTOR, AGREE)
    code, out, err = run_drift(capsys, spec, _page(tmp_path, text))
    assert (code, out) == (2, "")
    assert message in err
