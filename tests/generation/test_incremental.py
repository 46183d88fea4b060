"""A generation after a change to one provider takes back what the others render
(codegen.incremental) and writes the very bytes a whole generation writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from codegen import incremental, loader, output
from codegen.targets import all_targets
from tests.conftest import FOURTH_SPEC
from tests.support.helpers import codegen_here, snapshot
from tests.support.small_project import PARTS


def test_a_change_to_one_provider_generates_what_a_whole_generation_does(
    small_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the small project's generation rendered provider by provider, which a generation
    # of the same spec in another folder takes back (the files name the spec relative to
    # its project, codegen.paths.spec_name): nothing of the unchanged spec is rendered again.
    shutil.copytree(small_project / PARTS, tmp_path / "parts")
    monkeypatch.setattr(incremental, "PARTS", tmp_path / "parts")
    tree, whole = tmp_path / "tree", tmp_path / "whole"
    for copy in (tree, whole):
        shutil.copytree(small_project / "generated", copy / "generated")
        shutil.copytree(small_project / "site" / "docs" / "reference", copy / "site/docs/reference")
    spec = tmp_path / "spec" / "catalog.json"
    spec.parent.mkdir()
    shutil.copyfile(small_project / "spec" / "catalog.json", spec)
    copied = set((tmp_path / "parts").rglob(f"*.{incremental.SUFFIX}"))
    assert codegen_here("generate", "--spec", str(spec), "--out", str(tree))[0] == 0
    kept = set((tmp_path / "parts").rglob(f"*.{incremental.SUFFIX}"))
    assert copied and kept == copied, f"{len(kept - copied)} part(s) rendered again"

    # The first provider of the catalog: a code's text and a code of its own more.
    data = json.loads(spec.read_text(encoding="utf-8"))
    first = next(iter(data["providers"]))
    codes = next(iter(data["providers"][first]["code_sets"].values()))["codes"]
    codes[0]["description"] = "A description changed for this test."
    codes.append({**codes[0], "value": "ADDED_BY_THIS_TEST"})
    codes[-1].pop("identifier", None)
    codes[-1].pop("aliases", None)
    # And a payload kind of the last provider that has one: its title, shown on its pages.
    last = next(kind for kind in reversed(data["payloads"].values()) if kind["provider"] != first)
    last["title"] += " (retitled by this test)"
    spec.write_text(json.dumps(data), encoding="utf-8")
    status, _, errors = codegen_here("generate", "--spec", str(spec), "--out", str(tree))
    assert status == 0, errors
    output.generate(loader.load(spec), whole, all_targets())

    new = set((tmp_path / "parts").rglob(f"*.{incremental.SUFFIX}")) - kept
    # Only the changed providers' parts (and those that show their codes) were rendered again.
    assert 0 < len(new) < len(kept) / 2
    assert snapshot(tree / "generated") == snapshot(whole / "generated")
    assert snapshot(tree / "site") == snapshot(whole / "site")
    assert b"ADDED_BY_THIS_TEST" in b"".join(snapshot(tree / "generated").values())
    assert b"(retitled by this test)" in b"".join(snapshot(tree / "site").values())


@pytest.mark.node
def test_a_generation_after_a_change_moves_only_the_files_that_differ(tmp_path: Path) -> None:
    """The tree is updated where it differs: its folders and its unchanged files stay the very
    ones they were (what a watching server or editor sees change is what changed), and the
    changed file holds the new text."""
    folder, tree = tmp_path / "spec", tmp_path / "tree"
    spec = folder / "catalog.json"
    folder.mkdir()
    shutil.copyfile(FOURTH_SPEC, spec)
    output.generate(loader.load(spec), tree, all_targets())
    before = {path: path.stat().st_ino for path in tree.rglob("*")}
    texts = {path: path.read_bytes() for path in before if path.is_file()}

    data = json.loads(spec.read_text(encoding="utf-8"))
    code = next(iter(next(iter(data["providers"].values()))["code_sets"].values()))["codes"][0]
    code["description"] = "A description changed for this test."
    spec.write_text(json.dumps(data), encoding="utf-8")
    output.generate(loader.load(spec), tree, all_targets())

    after = {path: path.stat().st_ino for path in tree.rglob("*")}
    assert sorted(after) == sorted(before)
    changed = {path for path in texts if path.read_bytes() != texts[path]}
    assert changed, "the changed description is shown somewhere"
    assert {path for path in before if after[path] != before[path]} == changed


def test_a_file_no_longer_generated_goes_from_a_folder_whose_other_files_stay(
    fourth_tree: Path, tmp_path: Path
) -> None:
    """A folder whose generated files are all as the spec renders them is not staged again:
    what it holds that is no longer generated is removed from it all the same."""
    shutil.copytree(fourth_tree, tmp_path, dirs_exist_ok=True)
    stale = [
        tmp_path / "site" / "docs" / "reference" / "acme" / "gone.md",
        tmp_path / "generated" / "python" / "bankcodes" / "webhooks" / "acme" / "gone.py",
        tmp_path / "generated" / "typescript" / "src" / "gone" / "gone.ts",
    ]
    before = snapshot(tmp_path / "site") | snapshot(tmp_path / "generated")
    for path in stale:
        path.parent.mkdir(exist_ok=True)
        path.write_text("no longer generated\n", encoding="utf-8")
    output.generate(loader.load(FOURTH_SPEC), tmp_path, all_targets())
    assert [path for path in stale if path.exists()] == []
    assert not (tmp_path / "generated" / "typescript" / "src" / "gone").exists()
    assert snapshot(tmp_path / "site") | snapshot(tmp_path / "generated") == before
