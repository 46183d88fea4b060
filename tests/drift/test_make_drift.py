"""`make drift` exits as the adding-a-code page says: 0 in sync and otherwise 2, make's own status
for a failed step, its last line giving drift's (`Error 1` on drift, `Error 2` on input drift
cannot use); the command itself exits 1 and 2. Its output is what drift found, the sources it
skipped counted in one line."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from codegen.drift.command import main
from tests.support.helpers import ROOT, spec_data

#: A copy of a page read one code per section (a `sections` rule), publishing a code the
#: catalog lacks (drift), or nothing at all (a copy its rules read nothing from: unusable).
COPIES = {1: "# Errors\n\n### a_code_the_catalog_lacks\n\nA new code.\n", 2: "# Nothing here\n"}


def _sections_source() -> str:
    """The first source of the spec read one code per Markdown section."""
    found: str = next(
        source_id
        for source_id, source in sorted(spec_data()["sources"].items())
        if any("sections" in rule for rule in source.get("extract", {}).get("code_sets", []))
    )
    return found


@pytest.mark.parametrize("status", [1, 2], ids=["drift", "unusable input"])
@pytest.mark.subprocess
def test_make_drift_fails_with_make_s_status_and_names_drift_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], status: int
) -> None:
    source = _sections_source()
    (tmp_path / f"{source}.md").write_text(COPIES[status], encoding="utf-8")
    assert main(["--all", str(tmp_path)]) == status
    direct = capsys.readouterr().out.splitlines()
    # The suite may itself run under make: this make is the page's own, not a sub-make.
    env = {**os.environ, "MAKEFLAGS": "", "MFLAGS": "", "MAKELEVEL": ""}
    result = subprocess.run(
        ["make", "--no-print-directory", "drift", f"SOURCES={tmp_path}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    last = result.stderr.splitlines()[-1]
    assert re.fullmatch(rf"make: \*\*\* \[Makefile:\d+: drift\] Error {status}", last), last
    # make's run printed what the command printed, after the command line itself.
    assert result.stdout.splitlines()[-len(direct) :] == direct
    declared = [s for s in spec_data()["sources"].values() if "extract" in s]
    assert direct[-1].endswith(
        f", {len(declared) - 1} skipped (no saved copy in {tmp_path}; --verbose lists them)"
    )
    assert not any(line.endswith("(skipped)") for line in direct)


def test_the_page_says_how_make_drift_exits() -> None:
    page = (ROOT / "site" / "docs" / "adding-a-code.md").read_text(encoding="utf-8")
    said = " ".join(page.split())
    assert "make exits 0 in sync and otherwise 2, its own status for a failed step" in said
    assert "[Makefile:…: drift] Error 1` on drift, `Error 2` on input drift cannot use" in said
