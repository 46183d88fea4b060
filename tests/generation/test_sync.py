"""The committed generated files are exactly what the spec generates; drift is reported with the
file name and the fix.

The committed tree is compared with what the project's spec generates from another folder, with
another hash seed and the C locale (the `generated_tree` fixture: generated once per run, by
`make test` before the suite starts); how `check` reports each kind of drift, and how `generate`
repairs it, is shown on the small spec of the synthetic fourth provider, whose generated tree is
built once per run, with the commands run in the test's process.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import FOURTH_SPEC
from tests.support.helpers import ROOT, codegen_here, generated_roots, snapshot, write_spec


def test_the_committed_tree_is_what_the_spec_generates_anywhere(generated_tree: Path) -> None:
    """What the spec generates from another working directory, with another hash seed and the C
    locale, is the committed tree byte for byte: every file of every generated root, none
    missing, none more."""
    for root in generated_roots():
        fresh, committed = snapshot(generated_tree / root), snapshot(ROOT / root)
        assert fresh, f"{root}: nothing generated"
        differing = sorted(
            name
            for name in fresh.keys() | committed.keys()
            if fresh.get(name) != committed.get(name)
        )
        assert differing == [], f"{root}: {differing[:10]} differ from what the spec generates"


def _copy(tree: Path, to: Path) -> Path:
    shutil.copytree(tree, to, ignore=shutil.ignore_patterns("catalog.json", ".built"))
    return to


def _check(out: Path, spec: Path = FOURTH_SPEC) -> tuple[int, str]:
    status, _, errors = codegen_here("check", "--spec", str(spec), "--out", str(out))
    return status, errors


def test_an_edited_generated_file_is_reported(fourth_tree: Path, tmp_path: Path) -> None:
    out = _copy(fourth_tree, tmp_path / "out")
    edited = out / "generated/python/bankcodes/_data_acme.py"
    edited.write_text(edited.read_text(encoding="utf-8").replace("BAD_PASSWORD", "BAD_PASS", 1))
    status, errors = _check(out)
    assert status == 1
    said = "generated/python/bankcodes/_data_acme.py: differs from what the spec generates"
    assert said in errors
    assert "run `make generate`" in errors


def test_a_missing_and_an_extra_file_are_reported(fourth_tree: Path, tmp_path: Path) -> None:
    out = _copy(fourth_tree, tmp_path / "out")
    (out / "generated/python/bankcodes/acme.pyi").unlink()
    (out / "generated/python/bankcodes/notes.py").write_text("x = 1\n")
    status, errors = _check(out)
    assert status == 1
    assert "generated/python/bankcodes/acme.pyi: missing" in errors
    assert "generated/python/bankcodes/notes.py: not generated from the spec" in errors


def test_an_edited_spec_schema_is_reported(fourth_tree: Path, tmp_path: Path) -> None:
    """The spec's own schema is generated too (from the models of codegen/spec/): a hand edit of
    it is drift."""
    out = _copy(fourth_tree, tmp_path / "out")
    schema = out / "spec/catalog.schema.json"
    text = schema.read_text(encoding="utf-8")
    assert '"Printable text' in text
    schema.write_text(text.replace('"Printable text', '"Any text', 1), encoding="utf-8")
    status, errors = _check(out)
    assert status == 1
    assert "spec/catalog.schema.json: differs from what the spec generates" in errors


def test_a_spec_edit_without_regenerating_is_reported(fourth_tree: Path, tmp_path: Path) -> None:
    data = json.loads(FOURTH_SPEC.read_text(encoding="utf-8"))
    code_set = next(iter(data["providers"]["acme"]["code_sets"].values()))
    code_set["codes"].append(
        {"value": "PORTAL", "description": "Created in the portal.", "category": "informational"}
    )
    spec = write_spec(tmp_path, data)
    status, errors = _check(fourth_tree, spec)
    assert status == 1
    assert "generated/python/bankcodes/acme.py: differs" in errors
    assert "make generate" in errors


def test_generating_brings_a_tree_back_in_sync(fourth_tree: Path, tmp_path: Path) -> None:
    out = _copy(fourth_tree, tmp_path / "out")
    (out / "generated/python/bankcodes/acme.py").write_text("# stale\n")
    (out / "generated/python/bankcodes/leftover.py").write_text("x = 1\n")
    status, _, errors = codegen_here("generate", "--spec", str(FOURTH_SPEC), "--out", str(out))
    assert status == 0, errors
    assert not (out / "generated/python/bankcodes/leftover.py").exists()
    assert _check(out) == (0, "")
    version = json.loads(FOURTH_SPEC.read_text(encoding="utf-8"))["spec_version"]
    assert f'VERSION = "{version}"' in (out / "generated/python/bankcodes/_catalog.py").read_text()


def test_a_generation_of_unchanged_inputs_leaves_the_tree_as_it_is(
    fourth_tree: Path, tmp_path: Path
) -> None:
    """A generation whose inputs are those recorded for the tree it would replace, its files as
    that generation left them, writes nothing; an output edited by hand, or an edited spec,
    makes it generate again."""
    out = _copy(fourth_tree, tmp_path / "out")
    data = json.loads(FOURTH_SPEC.read_text(encoding="utf-8"))
    spec = write_spec(tmp_path, data)

    def generate() -> str:
        status, said, errors = codegen_here("generate", "--spec", str(spec), "--out", str(out))
        assert status == 0, errors
        return said

    def stamps() -> dict[Path, int]:
        return {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}

    assert not generate().endswith("(unchanged)\n")  # no generation of its inputs recorded
    before = stamps()
    assert generate().endswith("(unchanged)\n")
    assert stamps() == before
    edited = out / "generated/python/bankcodes/acme.py"
    edited.write_text("# stale\n")
    assert not generate().endswith("(unchanged)\n")
    assert _check(out, spec) == (0, "")
    assert generate().endswith("(unchanged)\n")
    code = data["providers"]["acme"]["code_sets"]
    next(iter(code.values()))["codes"][0]["description"] += " Edited."
    write_spec(tmp_path, data)
    assert not generate().endswith("(unchanged)\n")
    assert "Edited." in (out / "generated/python/bankcodes/_data_acme.py").read_text()
