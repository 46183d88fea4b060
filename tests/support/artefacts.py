"""The whole catalog's artefacts the suite reads, each built once per run and never again by a
test: the site (`site`: as `make docs` builds it, with the site's address given as the Pages
workflow gives it, the loopback LOOPBACK_SITE), the packages (`packages`: `make packages` with
that address) and the generated tree (`tree`: `python -m codegen generate` from another folder,
with another hash seed and the C locale).

`make test` builds the three side by side before the suite starts (`python -m
tests.support.artefacts FOLDER`) and names them to it: BANKCODES_SITE, BANKCODES_PACKAGES and
BANKCODES_TREE. Without a variable, the fixture that reads an artefact builds it when a test first
needs it, once per run (tests/conftest.py's `shared`); `make release-check` names the release
workflow's packages in BANKCODES_PACKAGES.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.support.helpers import LOOPBACK_SITE, ROOT, SITE, build_site

#: Each artefact's variable, by name.
VARIABLES = {"site": "BANKCODES_SITE", "packages": "BANKCODES_PACKAGES", "tree": "BANKCODES_TREE"}


def given(name: str) -> Path | None:
    """The artefact `name` as the variable of VARIABLES names it, if it does; a folder it names
    that does not exist is a mistake said at once."""
    value = os.environ.get(VARIABLES[name])
    if not value:
        return None
    folder = Path(value)
    if not folder.is_dir():
        raise FileNotFoundError(f"{VARIABLES[name]}={value}: no such folder")
    return folder


def site(folder: Path) -> None:
    """The project's site as the Pages workflow builds it, into `folder`."""
    build_site(SITE, folder, LOOPBACK_SITE)


def _status() -> str:
    command = ["git", "status", "--porcelain", "--ignored=no"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout


def packages(folder: Path) -> None:
    """The wheel, the sdist and the npm tarball as `make packages` builds them, into `folder`,
    leaving the repository as it was."""
    before = _status()
    # The suite may itself run under make: this make is the README's own, not a sub-make.
    clean = {key: "" for key in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    command = [
        "make",
        "--no-print-directory",
        "packages",
        f"DIST={folder}",
        f"SITE_URL={LOOPBACK_SITE}",
    ]
    made = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **clean}
    )
    assert made.returncode == 0, f"{' '.join(command)}\n{made.stdout}\n{made.stderr}"
    assert _status() == before, "make packages must leave the repository as it was"


def tree(folder: Path) -> None:
    """Every output of the project's spec, as `python -m codegen generate --out FOLDER` writes
    it when run from another working directory, with another hash seed and the C locale: the
    committed tree must be its bytes (tests/generation/test_sync.py)."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHONHASHSEED": "2",
        "LC_ALL": "C",
        "LANG": "C",
    }
    with tempfile.TemporaryDirectory() as elsewhere:
        result = subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--out", str(folder)],
            cwd=elsewhere,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr


BUILDERS: dict[str, Callable[[Path], None]] = {"site": site, "packages": packages, "tree": tree}


def main(argv: list[str]) -> int:
    """Build every artefact into FOLDER/NAME, side by side (each waits on processes of its own)."""
    if len(argv) != 1:
        print("usage: python -m tests.support.artefacts FOLDER", file=sys.stderr)
        return 2
    root = Path(argv[0]).resolve()

    def build(name: str) -> None:
        folder = root / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        BUILDERS[name](folder)

    with ThreadPoolExecutor(max_workers=len(BUILDERS)) as pool:
        for done in [pool.submit(build, name) for name in BUILDERS]:
            done.result()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
