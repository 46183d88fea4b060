"""How whole each code set is (`python -m codegen.drift --completeness`,
codegen.drift.completeness): what a source lists of a code set and how much of it the catalog
holds, counted in a saved copy (tests/drift/fixtures/exit-status.ts, whose LinkExitMetadataStatus
lists three statuses: connected, requires_code, requires_credentials) or read from the spec's
record (`counted`); a recorded count that no longer holds is a `count` difference with the edit
that records the new one; what a source was read in part is said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.drift.command import main
from codegen.drift.completeness import tallies
from codegen.drift.extract import Published
from tests.support.drift_case import (
    EXIT,
    EXIT_AGREE,
    FIXTURES,
    SOURCE,
    Plant,
    codes_of,
    kinds,
    report_of,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data, write_spec

REF = "plaid.link_exit_status"


def _counted(listed: int, held: int) -> Plant:
    def plant(data: dict[str, Any]) -> None:
        data["sources"][SOURCE]["counted"] = [{"code_set": REF, "listed": listed, "held": held}]

    return plant


def _without(value: str) -> Plant:
    def plant(data: dict[str, Any]) -> None:
        provider, _, name = REF.partition(".")
        codes = data["providers"][provider]["code_sets"][name]["codes"]
        codes[:] = [c for c in codes if c["value"] != value]

    return plant


def _copies(tmp_path: Path) -> Path:
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / f"{SOURCE}.ts").write_bytes((FIXTURES / "exit-status.ts").read_bytes())
    return folder


def test_a_copy_read_counts_what_the_source_lists_and_the_catalog_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copies(tmp_path)
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _without("connected"))
    assert main(["--spec", str(spec), "--all", str(folder), "--completeness", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    entry = next(e for e in report["completeness"] if e["code_set"] == REF)
    mine = next(s for s in entry["sources"] if s["source"] == SOURCE)
    # Three listed, connected not in the catalog.
    assert (mine["listed"], mine["held"], mine["counted"]) == (3, 2, "copy")
    # Plaid's React Native types also list the code set, no copy here: the spec records what
    # drift counted at its pin (LinkExitMetadataStatus's 12 values).
    other = next(s for s in entry["sources"] if s["source"] == "plaid-rn-sdk-types")
    assert (other["listed"], other["counted"]) == (12, "spec")
    assert main(["--spec", str(spec), "--all", str(folder), "--completeness"]) == 1
    lines = capsys.readouterr().out.splitlines()
    line = next(x for x in lines if x.startswith(f"  {REF}: "))
    assert line == (
        f"  {REF}: holds 12 of the 12 of plaid-rn-sdk-types (read whole; counted at its pin); "
        f"holds 2 of the 3 of {SOURCE} (read whole; counted in the copy read)"
    )


def test_a_value_listed_beside_its_alias_counts_once() -> None:
    data = spec_data("plaid")
    codes_of(data, REF)["requires_code"]["aliases"] = ["requires_mfa_code"]
    spec = typed(data)
    listed = ["connected", "requires_mfa_code", "requires_code", "not_a_status", "connected"]
    published = [Published(code_set=REF, value=v, where="line 1") for v in listed]
    # connected, requires_code (under both spellings) and one the catalog lacks.
    assert tallies(spec, published) == {REF: (3, 2)}


def test_a_recorded_count_that_no_longer_holds_is_a_difference_with_its_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _counted(3, 3))
    assert report_of(capsys, spec, "exit-status.ts")["in_sync"] is True
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, _counted(4, 4))
    report = report_of(capsys, spec, "exit-status.ts")
    assert kinds(report) == [("count", REF, "")]
    assert report["differences"][0]["detail"] == (
        "the source lists 3, of which the catalog holds 3; the spec records 4 of 4"
    )
    at = f"/sources/{SOURCE}/counted/0"
    assert report["edits"] == [
        {"op": "replace", "path": f"{at}/listed", "value": 3},
        {"op": "replace", "path": f"{at}/held", "value": 3},
    ]


def test_a_source_not_counted_yet_is_no_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    assert report_of(capsys, spec, "exit-status.ts")["in_sync"] is True


def test_alone_the_report_reads_the_spec_s_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def read_in_part(data: dict[str, Any]) -> None:
        _counted(3, 2)(data)
        data["sources"][SOURCE]["read_in_part"] = "Only the first enum was read."

    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE, read_in_part)
    data = json.loads(spec.read_text(encoding="utf-8"))
    lines = _alone(capsys, spec)
    assert (
        f"  {REF}: holds 12 of the 12 of plaid-rn-sdk-types (read whole; counted at its pin); "
        f"holds 2 of the 3 of {SOURCE} (read in part; counted at its pin)"
    ) in lines
    parts = lines[lines.index("Read in part:") + 1 :]
    assert f"  {SOURCE}: Only the first enum was read." in parts
    # Without an extractor for the code set, the report names what it cites instead: its 14
    # statuses cite Plaid's OpenAPI file, its React Native and web Link pages and SDK types, and
    # the test's source.
    for source in (SOURCE, "plaid-rn-sdk-types"):
        data["sources"][source].pop("extract")
        del data["sources"][source]["counted"]
    lines = _alone(capsys, write_spec(tmp_path, data))
    line = next(x for x in lines if x.startswith(f"  {REF}: "))
    assert line.startswith(f"  {REF}: 14 code(s); no source's whole list is read (it cites ")
    cited = line.split("(it cites ")[1].rstrip(")").split(", ")
    assert sorted(cited) == [
        SOURCE,
        "plaid-link-react-native",
        "plaid-link-web",
        "plaid-openapi",
        "plaid-rn-sdk-types",
    ]


def _alone(capsys: pytest.CaptureFixture[str], spec: Path) -> list[str]:
    assert main(["--spec", str(spec), "--completeness"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == "Completeness of each code set (the catalog against each source's whole list):"
    )
    return lines
