"""No hand-written function is over 80 lines (Python, TypeScript and JavaScript, the docs'
examples too), beside the 500-line module rule of test_codebase.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.functions import PYTHON, SCRIPT, UnreadableSource, functions, hand_written
from tests.support.helpers import ROOT

FUNCTION_LIMIT = 80


@pytest.mark.subprocess
def test_no_hand_written_function_is_over_80_lines() -> None:
    """Every function of the hand-written Python, TypeScript and JavaScript (the docs' examples
    too) fits in 80 lines, counted from its `def` or `function` line to its last."""
    files = [p for p in hand_written(ROOT, "site/docs/examples") if p.suffix in PYTHON | SCRIPT]
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
