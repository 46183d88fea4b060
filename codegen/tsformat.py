"""Formatting of TypeScript: prettier, pinned by codegen/node/package-lock.json, with the options of
codegen/prettier.json (used as well by `make lint` on the hand-written runtime)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from codegen import paths
from codegen.errors import OutputError

PRETTIER = paths.NODE_TOOLS / ".bin" / "prettier"
CONFIG = paths.ROOT / "codegen" / "prettier.json"


def format_typescript(*files: Path) -> None:
    """Format the given TypeScript files in place."""
    if not PRETTIER.exists():
        raise OutputError(f"{paths.display(PRETTIER)} is missing: run make setup")
    command = [str(PRETTIER), "--config", str(CONFIG), "--no-editorconfig", "--log-level", "warn"]
    # The staging folder may sit under an ignored path: format exactly the files given.
    command += ["--ignore-path", "/dev/null"]
    try:
        subprocess.run([*command, "--write", *map(str, files)], check=True, capture_output=True)
    except subprocess.CalledProcessError as error:
        detail = error.stderr.decode(errors="replace").strip()
        raise OutputError(f"prettier failed on the generated TypeScript: {detail}") from error
