"""Every Python example of the README and of the site's pages type-checks with mypy --strict,
against the installed package, with the placeholders it uses (a request, a callback) declared."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "site" / "docs").glob("*.md"))]
BLOCK = re.compile(r"^( *)```(\w+)\n(.*?)^\1```", re.S | re.M)

#: What the examples take for granted, typed as an application would have it.
PRELUDE = """
import logging

import bankcodes
from bankcodes import Category

callback: dict[str, str] = {}
code: str = "INVALID_LOGIN"
body: bytes = b"{}"
raw_body: bytes = b"{}"
secret: str = "secret"
LEAN_WEBHOOK_SECRET: str = "secret"
log = logging.getLogger("example")


class Request:
    body: bytes = b"{}"
    headers: dict[str, str] = {}


request = Request()


def ask_for_the_code_again() -> None: ...
def show_mfa_prompt() -> None: ...
def record_payment(payment_id: str, status: object) -> None: ...
"""


#: A block that includes a file with pymdownx.snippets (relative to site/docs/).
SNIPPET = re.compile(r'--8<-- "([^"]+)"')


def examples(language: str) -> list[tuple[str, str]]:
    """(where, code) of every block of `language` in the documents."""
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            if match.group(2) == language:
                line = text[: match.start()].count("\n") + 1
                where = f"{document.relative_to(ROOT)}:{line}"
                code = textwrap.dedent(match.group(3))
                if SNIPPET.fullmatch(code.strip()):
                    continue  # a whole file of site/docs/examples/, checked where it is written
                found.append((where, code))
    return found


def test_every_python_example_type_checks(tmp_path: Path) -> None:
    blocks = examples("python")
    assert len(blocks) >= 8
    files = []
    for number, (where, code) in enumerate(blocks):
        path = tmp_path / f"example_{number}.py"
        path.write_text(f"# {where}\n{PRELUDE}\n{code}")
        files.append(path)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
