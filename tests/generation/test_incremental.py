"""A generation after a change to one provider takes back what the others render
(codegen.incremental) and writes the very bytes a whole generation writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from codegen import incremental, loader, output
from codegen.targets import all_targets
from tests.support.helpers import codegen_here, snapshot


def test_a_change_to_one_provider_generates_what_a_whole_generation_does(
    small_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incremental, "PARTS", tmp_path / "parts")
    tree, whole = tmp_path / "tree", tmp_path / "whole"
    for copy in (tree, whole):
        shutil.copytree(small_project / "generated", copy / "generated")
        shutil.copytree(small_project / "site" / "docs" / "reference", copy / "site/docs/reference")
    spec = tmp_path / "spec" / "catalog.json"
    spec.parent.mkdir()
    shutil.copyfile(small_project / "spec" / "catalog.json", spec)
    assert codegen_here("generate", "--spec", str(spec), "--out", str(tree))[0] == 0
    kept = set((tmp_path / "parts").rglob("*.json"))

    # The first provider of the catalog: a code's text and a code of its own more.
    data = json.loads(spec.read_text(encoding="utf-8"))
    first = next(iter(data["providers"]))
    codes = next(iter(data["providers"][first]["code_sets"].values()))["codes"]
    codes[0]["description"] = "A description changed for this test."
    codes.append({**codes[0], "value": "ADDED_BY_THIS_TEST"})
    codes[-1].pop("identifier", None)
    codes[-1].pop("aliases", None)
    spec.write_text(json.dumps(data), encoding="utf-8")
    status, _, errors = codegen_here("generate", "--spec", str(spec), "--out", str(tree))
    assert status == 0, errors
    output.generate(loader.load(spec), whole, all_targets())

    new = set((tmp_path / "parts").rglob("*.json")) - kept
    # Only the changed provider's parts (and those that show its codes) were rendered again.
    assert 0 < len(new) < len(kept) / 2
    assert snapshot(tree / "generated") == snapshot(whole / "generated")
    assert snapshot(tree / "site") == snapshot(whole / "site")
    assert b"ADDED_BY_THIS_TEST" in b"".join(snapshot(tree / "generated").values())
