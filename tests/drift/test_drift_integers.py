"""`python -m codegen.drift` on a code set whose codes travel as integers, read from an object
that maps numbers to names (tests/drift/fixtures/link-statuses.js, in the shape of MX's
connect-widget src/const/Statuses.js). The project's spec has no such code set yet: each test adds
one to a copy of it, in sync with the fixture, then plants one difference. Beside them, an object
that maps names to strings (an enum as OpenAPI Generator writes one) is read by its values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import (
    FIXTURES,
    SOURCE,
    Plant,
    kinds,
    report_of,
    run_drift,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data

REF = "argyle.link_status"
BASE = "/providers/argyle/code_sets/link_status"
STATUSES = {"format": "typescript", "code_sets": [{"code_set": REF, "enum": "LinkStatusMap"}]}

#: The fixture's numbers and names, typed from it.
IN_SYNC = [(0, "OPENED"), (1, "WAITING"), (2, "LINKED"), (5, "REFUSED"), (1000, "ARCHIVED")]


def _code(value: int, name: str) -> dict[str, Any]:
    # The test's own words, not the fixture's: marked as bankcodes' wording.
    return {
        "value": value,
        "name": name,
        "description": f"The link is {name.lower()}.",
        "editorial": True,
    }


def _numbers(codes: list[tuple[int, str]]) -> Plant:
    """The integer code set REF with `codes`, citing the test source."""

    def plant(data: dict[str, Any]) -> None:
        data["providers"]["argyle"]["code_sets"]["link_status"] = {
            "class_name": "LinkStatus",
            "title": "Link status",
            "description": "Where a link stands, as a number.",
            "field": "status",
            "wire_type": "integer",
            "sources": [SOURCE],
            "category": "informational",
            "codes": [_code(value, name) for value, name in codes],
        }

    return plant


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], plant: Plant) -> dict[str, Any]:
    return report_of(capsys, spec_copy(tmp_path, STATUSES, {}, plant), "link-statuses.js")


def test_an_object_of_numbers_to_names_is_read() -> None:
    data = spec_data(REF.partition(".")[0])
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": STATUSES}
    found = [
        (p.code_set, p.value, p.name, p.where, p.reads)
        for p in extract(typed(data), SOURCE, FIXTURES / "link-statuses.js")
    ]
    assert found == [
        (REF, "0", "OPENED", "line 5", ("name",)),
        (REF, "1", "WAITING", "line 6", ("name",)),
        (REF, "2", "LINKED", "line 8", ("name",)),
        (REF, "5", "REFUSED", "line 9", ("name",)),
        (REF, "1000", "ARCHIVED", "line 10", ("name",)),
    ]


def test_an_integer_code_set_in_sync_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_copy(tmp_path, STATUSES, {}, _numbers(IN_SYNC))
    code, out, _ = run_drift(capsys, spec, "link-statuses.js")
    assert (code, out.strip()) == (0, f"{SOURCE}: in sync with {FIXTURES / 'link-statuses.js'}")


def test_a_number_the_catalog_lacks_is_proposed_as_an_integer_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _numbers([(0, "OPENED"), (1, "WAITING"), (5, "REFUSED"), (1000, "ARCHIVED")])
    report = _report(tmp_path, capsys, plant)
    assert kinds(report) == [("missing", REF, "2")]
    assert report["differences"][0]["where"] == "line 8"
    (edit,) = report["edits"]
    assert edit == {
        "op": "add",
        "path": f"{BASE}/codes/-",
        "value": {"value": 2, "name": "LINKED", "sources": [SOURCE]},
    }
    assert type(edit["value"]["value"]) is int


def test_a_number_the_source_no_longer_publishes_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _report(tmp_path, capsys, _numbers([*IN_SYNC, (7, "PAUSED")]))
    assert kinds(report) == [("gone", REF, "7")]
    (edit,) = report["edits"]
    assert (edit["op"], edit["path"]) == ("add", f"{BASE}/codes/5/lifecycle")
    assert edit["value"]["state"] == "removed"


def test_another_name_for_the_same_number_is_a_name_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _numbers(
        [(0, "OPENED"), (1, "PENDING"), (2, "LINKED"), (5, "REFUSED"), (1000, "ARCHIVED")]
    )
    report = _report(tmp_path, capsys, plant)
    assert kinds(report) == [("name", REF, "1")]
    assert report["differences"][0]["detail"] == "name: catalog 'PENDING', source 'WAITING'"
    assert report["edits"] == [
        {"op": "replace", "path": f"{BASE}/codes/1/name", "value": "WAITING"}
    ]


def test_the_same_name_under_another_number_has_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant = _numbers(
        [(0, "OPENED"), (1, "WAITING"), (4, "LINKED"), (5, "REFUSED"), (1000, "ARCHIVED")]
    )
    report = _report(tmp_path, capsys, plant)
    assert kinds(report) == [("moved", REF, "2")]
    (edit,) = report["edits"]
    assert edit == {"op": "replace", "path": f"{BASE}/codes/2/value", "value": 2}
    assert type(edit["value"]) is int


def test_numbers_are_never_matched_by_similarity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'100' and '1000' are 86% similar as text, over the threshold of a string rename: as
    numbers with other names they are a missing code and a gone one."""
    plant = _numbers(
        [(0, "OPENED"), (1, "WAITING"), (2, "LINKED"), (5, "REFUSED"), (100, "RETIRED")]
    )
    report = _report(tmp_path, capsys, plant)
    assert kinds(report) == [("missing", REF, "1000"), ("gone", REF, "100")]


def test_a_value_that_is_no_number_for_an_integer_code_set_is_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = {"code_set": REF, "enum": "LinkExitMetadataStatus"}
    extractor = {"format": "typescript", "code_sets": [rule]}
    spec = spec_copy(tmp_path, extractor, {}, _numbers(IN_SYNC))
    code, out, err = run_drift(capsys, spec, "exit-status.ts")
    assert (code, out) == (2, "")
    assert err == (
        f"error: {REF} travels as integers, but the source publishes 'connected' (line 5): "
        "its rule reads something other than the numbers\n"
    )


def test_an_object_of_names_to_strings_is_read_as_its_values() -> None:
    """An enum as OpenAPI Generator writes one in TypeScript (`export const X = {Name:
    'VALUE'} as const`): its string values are the codes, in order; an object that maps a
    name to anything but a string is not read so."""
    data = spec_data(REF.partition(".")[0])
    chosen = {"code_set": REF, "enum": "PaymentStatus"}
    rule: dict[str, Any] = {"format": "typescript", "code_sets": [chosen]}
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": rule}
    found = [
        (p.code_set, p.value, p.where)
        for p in extract(typed(data), SOURCE, FIXTURES / "const-enum.ts")
    ]
    assert found == [
        (REF, "AUTHORIZATION_REQUIRED", "line 8"),
        (REF, "EXECUTED", "line 10"),
        (REF, "FAILED", "line 11"),
    ]
    chosen["enum"] = "Mixed"
    with pytest.raises(DriftInputError, match="Mixed is read as numbers mapped to names"):
        extract(typed(data), SOURCE, FIXTURES / "const-enum.ts")
