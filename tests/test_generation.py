"""Generation is deterministic, every output carries the header, and a failing target leaves the
previous outputs untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen import loader, output
from codegen.errors import OutputError
from codegen.filters import HEADER
from codegen.model import Catalog
from codegen.targets import Files, Target, all_targets
from tests.helpers import ROOT, copy_generated, run_codegen, snapshot


def test_two_generations_are_byte_identical(tmp_path: Path) -> None:
    first = run_codegen("generate", "--out", str(tmp_path / "a"), env={"PYTHONHASHSEED": "1"})
    other_cwd = tmp_path / "elsewhere"
    other_cwd.mkdir()
    second = run_codegen(
        "generate",
        "--out",
        str(tmp_path / "b"),
        cwd=other_cwd,
        env={"PYTHONHASHSEED": "2", "LC_ALL": "C", "LANG": "C"},
    )
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert a and a == b


def test_every_generated_file_has_the_header_and_lf_endings() -> None:
    files = {}
    for root in output.roots(all_targets()):
        files.update({f"{root}/{k}": v for k, v in snapshot(ROOT / root).items()})
    assert files
    for name, content in files.items():
        text = content.decode("utf-8")
        # Line one for code; JSON carries it as the "$comment" (or "//") among its first keys.
        assert HEADER in "\n".join(text.splitlines()[:4]), name
        assert "generated from spec/catalog.json — do not edit" in HEADER
        assert "\r" not in text, name
        assert text.endswith("\n"), name


def _failing_target(roots: tuple[str, ...]) -> Target:
    def render(catalog: Catalog) -> Files:
        return {f"{roots[0]}/x.txt": "new"}

    def finish(catalog: Catalog, staging: Path) -> None:
        raise OutputError("post-step failed")

    return Target(name="failing", roots=roots, render=render, finish=finish)


def test_a_failing_target_changes_nothing(tmp_path: Path) -> None:
    copy_generated(tmp_path)
    before = snapshot(tmp_path)
    entries = sorted(os.listdir(tmp_path))
    targets = (*all_targets(), _failing_target(("generated/other",)))
    with pytest.raises(OutputError, match="post-step failed"):
        output.generate(loader.load(), tmp_path, targets)
    assert snapshot(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == entries  # no staging or backup folder is left


def test_a_target_cannot_write_outside_its_roots(tmp_path: Path) -> None:
    def render(catalog: Catalog) -> Files:
        return {"elsewhere/file.txt": "x"}

    rogue = Target(name="rogue", roots=("generated/rogue",), render=render)
    with pytest.raises(OutputError, match="outside its roots"):
        output.generate(loader.load(), tmp_path, (rogue,))
    assert not (tmp_path / "elsewhere").exists()
