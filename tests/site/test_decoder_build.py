"""The decoder's build (site/decoder/build.mjs) puts every code of the site's code index into its
provider's chunk, and refuses an index and tables that do not list the same codes, naming what
differs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.helpers import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """What build.mjs reads of a tree: its schemas, package source and code index."""
    for folder in ("generated/jsonschema", "generated/typescript/src"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    index = tmp_path / "site/docs/reference/codes.json"
    index.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "site/docs/reference/codes.json", index)
    return tmp_path


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    script = ROOT / "site" / "decoder" / "build.mjs"
    out = project / "out"
    return subprocess.run(
        ["node", str(script), str(out), str(project)], capture_output=True, text=True, check=False
    )


def _edit_index(project: Path, edit: object) -> None:
    path = project / "site/docs/reference/codes.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["codes"] = [entry for entry in index["codes"] if entry[:4] != edit]
    path.write_text(json.dumps(index), encoding="utf-8")


@pytest.mark.node
def test_a_code_of_the_tables_the_index_lacks_fails_the_build_named(project: Path) -> None:
    # Lean's LinkSDK callback status SUCCESS (spec/catalog.json), left out of the index.
    _edit_index(project, ["SUCCESS", "lean", "Lean Technologies", "callback_status"])
    result = _build(project)
    assert result.returncode != 0
    assert "codes.json lacks lean.callback_status SUCCESS" in result.stderr


@pytest.mark.node
def test_an_alias_apart_from_its_code_fails_the_build_named(project: Path) -> None:
    # Plaid's error code INVALID_UPDATED_USERNAME has the alias INVALD_UPDATED_USERNAME (the
    # misspelling its React Native SDK declares, spec/catalog.json): without the code's own
    # entry, the alias follows another code.
    _edit_index(project, ["INVALID_UPDATED_USERNAME", "plaid", "Plaid", "error_code"])
    result = _build(project)
    assert result.returncode != 0
    assert "plaid.error_code INVALD_UPDATED_USERNAME follows no code" in result.stderr


def test_the_index_and_tables_as_generated_build(built: Path) -> None:
    """The site's build runs build.mjs on the project's index and tables as generated (build.py,
    whose build fails where it fails) and publishes what it built."""
    decoder = built / "assets" / "decoder"
    # The page's script, and apart from it each provider's chunk and its kinds' schema checks.
    providers = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))[
        "providers"
    ]
    assert (decoder / "index.js").is_file()
    for provider in providers:
        assert len(list(decoder.glob(f"{provider}-schemas-*.js"))) == 1, provider
        assert len([p for p in decoder.glob(f"{provider}-*.js") if "-schemas-" not in p.name]) == 1
