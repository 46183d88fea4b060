"""The committed generated files are exactly what the spec generates; drift is reported with the
file name and the fix."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import ROOT, copy_generated, run_codegen, spec_data, write_spec


def test_committed_outputs_are_in_sync() -> None:
    result = run_codegen("check")
    assert result.returncode == 0, result.stderr
    assert "in sync" in result.stdout


def test_an_edited_generated_file_is_reported(tmp_path: Path) -> None:
    copy_generated(tmp_path)
    edited = tmp_path / "generated/python/bankcodes/flinks.py"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Everyday", "Sunday", 1))
    result = run_codegen("check", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "generated/python/bankcodes/flinks.py: differs from what the spec generates" in (
        result.stderr
    )
    assert "run `make generate`" in result.stderr


def test_a_missing_and_an_extra_file_are_reported(tmp_path: Path) -> None:
    copy_generated(tmp_path)
    (tmp_path / "generated/python/bankcodes/argyle.py").unlink()
    (tmp_path / "generated/python/bankcodes/notes.py").write_text("x = 1\n")
    result = run_codegen("check", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "generated/python/bankcodes/argyle.py: missing" in result.stderr
    assert "generated/python/bankcodes/notes.py: not generated from the spec" in result.stderr


def test_a_spec_edit_without_regenerating_is_reported(tmp_path: Path) -> None:
    data = spec_data()
    data["providers"]["argyle"]["code_sets"]["channel"]["codes"].append(
        {"value": "portal", "description": "Created in the portal."}
    )
    spec = write_spec(tmp_path, data)
    result = run_codegen("check", "--spec", str(spec), "--out", str(ROOT))
    assert result.returncode == 1
    assert "generated/python/bankcodes/argyle.py: differs" in result.stderr
    assert "make generate" in result.stderr


def test_generating_brings_a_tree_back_in_sync(tmp_path: Path) -> None:
    copy_generated(tmp_path)
    stale = tmp_path / "generated/python/bankcodes/lean.py"
    stale.write_text("# stale\n")
    (tmp_path / "generated/python/bankcodes/leftover.py").write_text("x = 1\n")
    assert run_codegen("generate", "--out", str(tmp_path)).returncode == 0
    assert not (tmp_path / "generated/python/bankcodes/leftover.py").exists()
    result = run_codegen("check", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads((ROOT / "spec/catalog.json").read_text())["spec_version"] in (
        (tmp_path / "generated/python/bankcodes/_catalog.py").read_text()
    )
