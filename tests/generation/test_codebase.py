"""The codebase keeps its own shape: no hand-written module over 500 lines, validation that
imports no renderer, and a generator whose targets read only the resolved model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.helpers import ROOT
from tests.support.imports import circles, graph

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


def test_no_import_circle_in_the_generator_or_the_runtime() -> None:
    """The generator (codegen/, its hand-written runtime apart) and the Python package as it is
    shipped (build/python/bankcodes: the runtime with the data it includes, as the package is
    assembled) import without a circle: each module only ever imports modules below it."""
    generator = graph(ROOT / "codegen")
    runtime = graph(ROOT / "build" / "python" / "bankcodes")
    assert {"codegen.model.catalog", "codegen.model.codes"} <= generator.keys()
    assert {"bankcodes._base", "bankcodes._pydantic"} <= runtime.keys()
    assert circles({k: v for k, v in generator.items() if ".runtime." not in k}) == []
    assert circles(runtime) == []


def test_the_circle_check_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(edges) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
