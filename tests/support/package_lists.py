"""The files of the wheel and of the npm tarball, as tests/support/packages lists them (one name
a line, sorted, the version written {version}); the release tests compare the packages with the
lists (tests/release/test_packages.py).

A change that adds or removes a file of a package (a new provider's modules) lists them again
from packages built by `make packages`:

    make packages DIST=/tmp/bankcodes-dist
    python -m tests.support.package_lists /tmp/bankcodes-dist   # .venv/bin/python

which rewrites tests/support/packages/wheel.txt and npm.txt; `git diff` then shows the files
added and removed.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

#: The folder of the lists.
LISTS = Path(__file__).resolve().parent / "packages"


def one(packages: Path, pattern: str) -> Path:
    """The one file of `packages` that `pattern` names; LookupError, saying how many, if not."""
    found = sorted(packages.glob(pattern))
    if len(found) != 1:
        raise LookupError(f"{packages}: expected one {pattern}, found {len(found)}")
    return found[0]


def names(packages: Path) -> dict[str, list[str]]:
    """The sorted names of the files of the wheel (wheel.txt) and of the tarball (npm.txt) in
    the folder `packages`."""
    with zipfile.ZipFile(one(packages, "bankcodes-*.whl")) as wheel:
        in_wheel = sorted(wheel.namelist())
    with tarfile.open(one(packages, "bankcodes-*.tgz")) as tarball:
        in_tarball = sorted(tarball.getnames())
    return {"wheel.txt": in_wheel, "npm.txt": in_tarball}


def write(packages: Path, lists: Path = LISTS) -> dict[str, int]:
    """Write the lists of the packages in `packages` into the folder `lists`; how many files
    each names."""
    version = one(packages, "bankcodes-*.tgz").name.removeprefix("bankcodes-")[: -len(".tgz")]
    counted = {}
    for listed, files in names(packages).items():
        text = "".join(f"{name}\n" for name in files).replace(version, "{version}")
        (lists / listed).write_text(text, encoding="utf-8")
        counted[listed] = len(files)
    return counted


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) != 1 or not Path(arguments[0]).is_dir():
        print(
            "usage: python -m tests.support.package_lists DIST (a make packages folder)",
            file=sys.stderr,
        )
        return 2
    try:
        counted = write(Path(arguments[0]))
    except LookupError as error:
        print(error, file=sys.stderr)
        return 2
    for listed, count in counted.items():
        print(f"{LISTS / listed}: {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
