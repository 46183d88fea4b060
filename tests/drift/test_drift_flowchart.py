"""`python -m codegen.drift` on a lifecycle drawn as a Mermaid flowchart: Lean's payment
lifecycle (tests/drift/fixtures/payment-lifecycle.md, an excerpt typed from
https://docs.leantech.me/docs/payment-lifecycle: CREATED leads to PROCESSING or FAILED,
PROCESSING to PROCESSED or FAILED). A `flowchart` rule reads every node as a code and every
arrow as a transition, compared with the code set's `transitions`.

Every proposed edit is applied (jsonpatch) to the spec it was proposed for: the result must be a
valid spec that the same page finds in sync."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonpatch
import pytest

from codegen.drift import extract
from tests.support.drift_case import (
    FIXTURES,
    SOURCE,
    kinds,
    report_of,
    run_drift,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data

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
LIFECYCLE = (
    "flowchart LR\n    CREATED --> PROCESSING\n    CREATED --> FAILED\n"
    "    PROCESSING --> PROCESSED\n    PROCESSING --> FAILED\n"
)

Edit = Callable[[dict[str, Any]], None]


def _read(page: Path) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    data = spec_data(REF.partition(".")[0])
    data["sources"][SOURCE] = {
        "kind": "third-party",
        "title": "Drift fixture",
        "extract": EXTRACTOR,
    }
    return [(p.value, p.where, p.arrows) for p in extract(typed(data), SOURCE, page)]


def _page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return page


def _mermaid(body: str) -> str:
    return f"# Lifecycle\n\n```mermaid\n{body}```\n"


# -- what the rule reads --------------------------------------------------------------------------


def test_each_node_is_a_code_with_the_arrows_that_leave_it_and_their_lines() -> None:
    assert _read(FIXTURES / "payment-lifecycle.md") == [
        ("CREATED", "line 11", (("PROCESSING", "line 11"), ("FAILED", "line 12"))),
        ("PROCESSING", "line 11", (("PROCESSED", "line 13"), ("FAILED", "line 14"))),
        ("FAILED", "line 12", ()),
        ("PROCESSED", "line 13", ()),
    ]


def test_a_copy_that_lost_the_block_reads_the_same(tmp_path: Path) -> None:
    """The saved copy of Lean's page kept the diagram's text as a paragraph."""
    page = _page(tmp_path, f"Payment lifecycle\n\n{LIFECYCLE}\nCREATED - An internal...\n")
    found = [(value, tuple(to for to, _ in arrows)) for value, _, arrows in _read(page)]
    assert found == LEAN


def _arrows(tmp_path: Path, body: str) -> list[tuple[str, tuple[str, ...]]]:
    page = _page(tmp_path, _mermaid(body))
    return [(value, tuple(to for to, _ in arrows)) for value, _, arrows in _read(page)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "graph TD\n  %% the happy path\n  A[Start] -->|go| B(Middle) --> C{End}\n"
            "  B --- D; D ==> A; A ~~~ C\n  classDef done fill:#9f9\n",
            [("A", ("B",)), ("B", ("C",)), ("C", ()), ("D", ("A",))],
        ),
        (
            "---\ntitle: Payments\n---\nflowchart LR\n  direction TB\n  accTitle: Payments\n"
            "  A & B --> C:::done\n  C -- retry --> A\n  C -. later .-> D((Done))\n",
            [("A", ("C",)), ("B", ("C",)), ("C", ("A", "D")), ("D", ())],
        ),
        (
            'flowchart LR\n  sign-in["Sign in; then ] wait"] <--> done{{Done}}\n'
            "  done --- x; done -.- y; done === z\n  done --o gone; done --x lost\n",
            [
                ("sign-in", ("done",)),
                ("done", ("sign-in", "gone", "lost")),
                ("x", ()),
                ("y", ()),
                ("z", ()),
                ("gone", ()),
                ("lost", ()),
            ],
        ),
        (
            "flowchart LR\n  subgraph bank [At the bank]\n    SENT --> SETTLED\n  end\n"
            "  NEW --> SENT\n",
            [("SENT", ("SETTLED",)), ("SETTLED", ()), ("NEW", ("SENT",))],
        ),
    ],
    ids=[
        "labels, shapes, chains and undirected links",
        "front matter, directions, joined nodes, classes and links with text",
        "dashed ids, quoted labels, both ways and other heads",
        "a subgraph grouping statuses",
    ],
)
def test_the_flowchart_grammar(
    tmp_path: Path, body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _arrows(tmp_path, body) == expected


def test_other_diagrams_are_passed_over(tmp_path: Path) -> None:
    text = (
        "```mermaid\nsequenceDiagram\n  App->>Lean: pay\n```\n\n"
        "```mermaid\nstateDiagram-v2\n  [*] --> A\n```\n\n" + _mermaid(LIFECYCLE)
    )
    found = [
        (value, tuple(to for to, _ in arrows)) for value, _, arrows in _read(_page(tmp_path, text))
    ]
    assert found == LEAN


# -- in sync, and each difference with an edit that mends it -----------------------------------


def test_a_lifecycle_in_sync_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = report_of(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE), "payment-lifecycle.md")
    assert report["in_sync"], report["differences"]


def _transitions(change: Callable[[dict[str, Any]], None]) -> Edit:
    def plant(data: dict[str, Any]) -> None:
        change(data["providers"]["lean"]["code_sets"]["payment_lifecycle_status"])

    return plant


def _cite(code_set: dict[str, Any]) -> None:
    code_set["transitions"]["sources"] = [SOURCE]


def _lacks_an_arrow(code_set: dict[str, Any]) -> None:
    code_set["transitions"]["next"]["PROCESSING"] = ["PROCESSED"]


def _lacks_a_status_s_arrows(code_set: dict[str, Any]) -> None:
    _cite(code_set)
    del code_set["transitions"]["next"]["PROCESSING"]


def _has_other_arrows(code_set: dict[str, Any]) -> None:
    _cite(code_set)
    code_set["transitions"]["next"]["FAILED"] = ["CREATED"]
    code_set["transitions"]["next"]["CREATED"].insert(0, "PROCESSED")


def _has_another_first_status(code_set: dict[str, Any]) -> None:
    _cite(code_set)
    code_set["transitions"]["initial"] = ["CREATED", "PROCESSING"]


NEW = "PROCESSED --> CREATED"


@pytest.mark.parametrize(
    ("plant", "expected", "edits"),
    [
        (
            _lacks_an_arrow,
            [("transition", REF, "PROCESSING")],
            [
                {"op": "add", "path": f"{BASE}/transitions/next/PROCESSING/-", "value": "FAILED"},
                {"op": "add", "path": f"{BASE}/transitions/sources/-", "value": SOURCE},
            ],
        ),
        (
            _lacks_a_status_s_arrows,
            [("transition", REF, "PROCESSING")] * 2,
            [
                {
                    "op": "add",
                    "path": f"{BASE}/transitions/next/PROCESSING",
                    "value": ["PROCESSED"],
                },
                {"op": "add", "path": f"{BASE}/transitions/next/PROCESSING/-", "value": "FAILED"},
            ],
        ),
        (
            _has_other_arrows,
            [("transition", REF, "CREATED"), ("transition", REF, "FAILED")],
            [
                {"op": "remove", "path": f"{BASE}/transitions/next/CREATED/0"},
                {"op": "remove", "path": f"{BASE}/transitions/next/FAILED"},
            ],
        ),
        (
            _has_another_first_status,
            [("transition", REF, "PROCESSING")],
            [{"op": "remove", "path": f"{BASE}/transitions/initial/1"}],
        ),
    ],
    ids=[
        "an arrow the catalog lacks",
        "every arrow of a status",
        "arrows no longer drawn",
        "a first status with an arrow into it",
    ],
)
def test_a_planted_difference_is_reported_with_an_edit_that_mends_it(
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
    _assert_mended(capsys, spec, report["edits"], FIXTURES / "payment-lifecycle.md")


def _assert_mended(
    capsys: pytest.CaptureFixture[str], spec: Path, edits: list[dict[str, Any]], page: Path
) -> None:
    """The edits applied, the spec is valid and the page is in sync with it."""
    mended = jsonpatch.apply_patch(json.loads(spec.read_text(encoding="utf-8")), edits)
    spec.write_text(json.dumps(mended), encoding="utf-8")
    code, out, err = run_drift(capsys, spec, page, "--json")
    assert (code, err) == (0, ""), out
    assert json.loads(out)["in_sync"]


def test_arrows_the_page_adds_from_a_new_status_are_added_with_their_first_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page that now starts payments as PENDING, which may be CANCELLED."""
    page = _page(
        tmp_path, _mermaid(LIFECYCLE + "    PENDING --> CREATED\n    PENDING --> CANCELLED\n")
    )

    def pending(data: dict[str, Any]) -> None:
        codes = data["providers"]["lean"]["code_sets"]["payment_lifecycle_status"]["codes"]
        for value in ("PENDING", "CANCELLED"):
            codes.append({"value": value, "description": "x", "category": "pending"})

    spec = spec_copy(tmp_path, EXTRACTOR, AGREE, pending)
    code, out, _ = run_drift(capsys, spec, page, "--json")
    report = json.loads(out)
    assert code == 1
    assert [d["detail"] for d in report["differences"]] == [
        "the source draws PENDING -> CREATED; the catalog's transitions do not",
        "the source draws PENDING -> CANCELLED; the catalog's transitions do not",
        "the source draws no arrow into PENDING; the catalog's initial lacks it",
    ]
    assert [d["where"] for d in report["differences"]] == ["line 9", "line 10", "line 9"]
    _assert_mended(capsys, spec, report["edits"], page)


def test_arrows_of_transitions_citing_other_sources_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Transitions that cite another page may know more than this one draws: an arrow they
    have and the page does not is kept (one they lack is added, citing the page too: see
    above)."""
    plant = _transitions(lambda c: c["transitions"]["next"].update(FAILED=["CREATED"]))
    report = report_of(capsys, spec_copy(tmp_path, EXTRACTOR, AGREE, plant), "payment-lifecycle.md")
    assert report["in_sync"], report["differences"]


def test_a_code_set_without_transitions_is_proposed_the_diagram_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _transitions(lambda code_set: code_set.pop("transitions"))
    spec = spec_copy(tmp_path, EXTRACTOR, AGREE, plant)
    report = report_of(capsys, spec, "payment-lifecycle.md")
    assert report["edits"] == [
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
    ]
    _assert_mended(capsys, spec, report["edits"], FIXTURES / "payment-lifecycle.md")


def test_a_cycle_names_no_first_status_and_proposes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(tmp_path, _mermaid("flowchart LR\n  CREATED --> PROCESSING --> CREATED\n"))
    plant = _transitions(lambda code_set: code_set.pop("transitions"))
    agree: dict[str, dict[str, dict[str, Any]]] = {REF: {"CREATED": {}, "PROCESSING": {}}}
    code, out, _ = run_drift(capsys, spec_copy(tmp_path, EXTRACTOR, agree, plant), page, "--json")
    report = json.loads(out)
    assert (code, kinds(report), report["edits"]) == (1, [("transition", REF, "CREATED")], [])
    assert "every status has an arrow into it" in report["differences"][0]["detail"]


# -- what the rule cannot use ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Payments\n\nCREATED, then PROCESSING.\n", "has no Mermaid flowchart"),
        ("```mermaid\nstateDiagram\n  A --> B\n```\n", "has no Mermaid flowchart"),
        ("```mermaid\nflowchart LR\n  A\n```\n", "its flowchart (line 2) draws no transition"),
        ("```mermaid\nflowchart LR\n  A --> \n```\n", "page.md:3: not a flowchart statement"),
        (
            "```mermaid\nflowchart LR\n  subgraph bank\n    B\n  end\n  A --> bank\n```\n",
            "page.md:6: an arrow to or from the subgraph 'bank', which names no status",
        ),
        (
            "```mermaid\nflowchart LR\n  A e1@--> B\n```\n",
            "page.md:3: not a flowchart statement this reader knows: 'A e1@--> B'",
        ),
    ],
    ids=[
        "no flowchart",
        "another kind of diagram",
        "no arrow",
        "an arrow to nothing",
        "an arrow to a subgraph",
        "a link with an id",
    ],
)
def test_a_page_without_a_readable_flowchart_is_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    spec = spec_copy(tmp_path, EXTRACTOR, AGREE)
    code, out, err = run_drift(capsys, spec, _page(tmp_path, text))
    assert (code, out) == (2, "")
    assert message in err
