"""The codebase keeps its own shape: no hand-written module over 500 lines, validation that
imports no renderer, and a generator whose targets read only the resolved model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.helpers import ROOT

#: Where hand-written code lives (generated files, fixtures and data are not code).
HAND_WRITTEN = ("codegen", "tests", "bench", "site/hooks.py", "site/decoder", "site/docs/assets")
SUFFIXES = {".py", ".ts", ".mjs", ".js", ".j2"}
LIMIT = 500


def _hand_written() -> list[Path]:
    tracked = subprocess.run(
        ["git", "ls-files", *HAND_WRITTEN],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [
        ROOT / name
        for name in tracked
        if Path(name).suffix in SUFFIXES and not name.startswith("tests/generation/fourth/golden/")
    ]


def test_no_hand_written_module_is_over_500_lines() -> None:
    files = _hand_written()
    assert len(files) > 50
    long = {
        path.relative_to(ROOT).as_posix(): count
        for path in files
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}


def test_validation_imports_no_renderer() -> None:
    """The loader, the rules and the checks learn names from codegen.naming, never a target."""
    probe = (
        "import sys; import codegen.loader, codegen.rules, codegen.checks; "
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('codegen.targets', 'codegen.render'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
