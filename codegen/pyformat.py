"""Formatting of generated Python: ruff, pinned by the dev extra, isolated from project config."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from codegen.errors import OutputError

LINE_LENGTH = 100


def format_python(*paths: Path) -> None:
    """Format the given files or folders in place with ruff (line length 100, Python 3.11); those
    that are not there (a generation left them as they are) are left out."""
    paths = tuple(path for path in paths if path.exists())
    if not paths:
        return
    # The binary itself: `python -m ruff` would start an interpreter only to find it.
    command = [find_ruff_bin(), "format", "--isolated", "--quiet"]
    command += ["--line-length", str(LINE_LENGTH), "--target-version", "py311"]
    # Trailing commas left by an upstream generator must not decide the layout.
    command += ["--config", "format.skip-magic-trailing-comma = true", *map(str, paths)]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as error:
        detail = error.stderr.strip() or error.stdout.strip()
        raise OutputError(f"ruff format failed on the generated Python: {detail}") from error
