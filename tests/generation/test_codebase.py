"""The codebase keeps its own shape: no hand-written module over 500 lines and no function over
80, validation that imports no renderer, and a generator whose targets read only the resolved
model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.functions import PYTHON, SCRIPT, UnreadableSource, functions
from tests.support.helpers import ROOT
from tests.support.imports import circles, graph

#: Where hand-written code lives (generated files, fixtures and data are not code).
HAND_WRITTEN = ("codegen", "tests", "bench", "site/hooks.py", "site/decoder", "site/docs/assets")
SUFFIXES = {".py", ".ts", ".mjs", ".js", ".j2"}
LIMIT = 500
FUNCTION_LIMIT = 80


def _hand_written(*more: str) -> list[Path]:
    tracked = subprocess.run(
        ["git", "ls-files", *HAND_WRITTEN, *more],
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


def test_no_hand_written_function_is_over_80_lines() -> None:
    """Every function of the hand-written Python, TypeScript and JavaScript (the docs' examples
    too) fits in 80 lines, counted from its `def` or `function` line to its last."""
    files = [p for p in _hand_written("site/docs/examples") if p.suffix in PYTHON | SCRIPT]
    assert {".py", ".ts", ".mjs", ".js"} <= {path.suffix for path in files}
    long = [
        f"{path.relative_to(ROOT).as_posix()}:{function.line} {function.name} "
        f"({function.lines} lines)"
        for path in files
        for function in functions(path, path.read_text(encoding="utf-8"))
        if function.lines > FUNCTION_LIMIT
    ]
    assert long == [], "functions over 80 lines (split them):\n" + "\n".join(long)


LONG_PYTHON = """\
import functools


@functools.cache
def short() -> int:
    return 1


class Holder:
    async def long(self) -> int:
        total = 0
{body}
        return total
"""

LONG_SCRIPT = """\
export function short(): number {{
  return 1;
}}

class Holder {{
  long(): number {{
    let total = 0;
{body}
    return total;
  }}
}}

export const arrow = (): number => {{
  let total = 0;
{body}
  return total;
}};

export const held = {{ expression: function (): void {{}} }};
"""


def test_the_function_check_finds_a_long_function() -> None:
    """A method or an arrow function over 80 lines is found, named and measured from its `def`
    or name to its closing line; a decorator's line is not counted; bound functions are named
    by what they are bound to."""
    body = "\n".join(f"        total += {n}" for n in range(80))
    found = functions(Path("long.py"), LONG_PYTHON.format(body=body))
    assert [(f.line, f.name, f.lines) for f in found] == [(5, "short", 2), (10, "long", 83)]

    body = "\n".join(f"    total += {n};" for n in range(80))
    found = functions(Path("long.ts"), LONG_SCRIPT.format(body=body))
    assert [(f.line, f.name, f.lines) for f in found] == [
        (1, "short", 3),
        (6, "long", 84),
        (92, "arrow", 84),
        (177, "expression", 1),
    ]
    found = functions(Path("long.mjs"), "const f = function () {\n  return 1;\n};\n")
    assert [(f.line, f.name, f.lines) for f in found] == [(1, "f", 3)]
    with pytest.raises(UnreadableSource, match=r"broken\.ts does not parse"):
        functions(Path("broken.ts"), "function broken( {\n")


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
