"""The packages as the release publishes them, checked up to the upload: the wheel and the sdist
as PyPI reads them (twine check), the files of the wheel and of the npm tarball, the tarball
linted with publint and @arethetypeswrong/cli in every resolution mode, npm's own dry run of the
publication, and every version equal to the catalog's spec_version.

The packages are the suite's (`make packages`, once per run), or those that BANKCODES_PACKAGES
names: the release workflow runs this module (`make release-check`) on the very files it
publishes. The linters of the tarball and npm's dry run (marked `release`) run in `make
release-check` alone, which CI runs once per push: `make test` leaves them out (pyproject's
addopts), as they check the upload, not what a change of the catalog or the runtime does."""

from __future__ import annotations

import email
import json
import os
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.support.helpers import JS, ROOT, spec_data
from tests.support.package_lists import LISTS, names, one, write

BIN = JS / "node_modules" / ".bin"


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def version() -> str:
    """The version every package must carry: the catalog's."""
    found: str = spec_data()["spec_version"]
    return found


def _listed(name: str, version: str) -> list[str]:
    text = (LISTS / name).read_text(encoding="utf-8")
    return text.replace("{version}", version).split()


def _manifest(tarball: Path) -> dict[str, object]:
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/package.json")
        assert member is not None
        found: dict[str, object] = json.loads(member.read())
    return found


def test_every_package_carries_the_catalogs_version(packages: Path, version: str) -> None:
    wheel = one(packages, "bankcodes-*.whl")
    assert wheel.name == f"bankcodes-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"bankcodes-{version}.dist-info/METADATA").decode()
    assert email.message_from_string(metadata)["Version"] == version
    sdist = one(packages, "bankcodes-*.tar.gz")
    assert sdist.name == f"bankcodes-{version}.tar.gz"
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"bankcodes-{version}/PKG-INFO")
        assert member is not None
        assert email.message_from_bytes(member.read())["Version"] == version
    tarball = one(packages, "bankcodes-*.tgz")
    assert tarball.name == f"bankcodes-{version}.tgz"
    assert _manifest(tarball)["version"] == version


def test_twine_finds_the_wheel_and_the_sdist_fit_for_pypi(packages: Path, tmp_path: Path) -> None:
    built = [one(packages, "bankcodes-*.whl"), one(packages, "bankcodes-*.tar.gz")]
    twine = ROOT / ".venv" / "bin" / "twine"
    checked = _run([str(twine), "check", "--strict", *map(str, built)], tmp_path).stdout
    assert checked.count("PASSED") == 2, checked


@pytest.mark.release
@pytest.mark.node
def test_npm_would_publish_the_tarball_as_bankcodes_at_the_catalogs_version(
    packages: Path, version: str, tmp_path: Path
) -> None:
    """npm's own dry run of the publication, offline: what the registry would be sent."""
    tarball = one(packages, "bankcodes-*.tgz")
    command = ["npm", "publish", "--dry-run", "--offline", "--json", str(tarball)]
    env = {**os.environ, "npm_config_cache": str(tmp_path / "cache")}
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    sent = json.loads(done.stdout)["bankcodes"]
    assert (sent["id"], sent["name"], sent["version"]) == (
        f"bankcodes@{version}",
        "bankcodes",
        version,
    )
    assert "(dry-run)" in done.stderr
    assert {entry["path"] for entry in sent["files"]} >= {"package.json", "LICENSE", "README.md"}


def _same_files(names: list[str], listed: str, version: str) -> None:
    """The package's files are the list's, and a difference names each file it is about."""
    expected = _listed(listed, version)
    extra = sorted(set(names) - set(expected))
    missing = sorted(set(expected) - set(names))
    assert (extra, missing) == ([], []), (
        f"the package holds files tests/support/packages/{listed} does not list: {extra}; "
        f"it lacks files the list names: {missing}. A new provider's or runtime module's files "
        "are listed again with `make packages DIST=DIR` and `python -m "
        "tests.support.package_lists DIR` (site/docs/adding-a-provider.md)"
    )
    assert names == expected, f"tests/support/packages/{listed} is not in the packages' order"


def test_the_wheel_holds_the_files_it_always_held(packages: Path, version: str) -> None:
    _same_files(names(packages)["wheel.txt"], "wheel.txt", version)


def test_the_npm_tarball_holds_the_files_it_always_held(packages: Path, version: str) -> None:
    _same_files(names(packages)["npm.txt"], "npm.txt", version)


def test_the_lists_are_written_as_they_are_read(packages: Path, tmp_path: Path) -> None:
    """What `python -m tests.support.package_lists DIST` writes of these packages is the lists,
    byte for byte: the command a new provider's page gives lists its files."""
    write(packages, tmp_path)
    for listed in ("wheel.txt", "npm.txt"):
        assert (tmp_path / listed).read_bytes() == (LISTS / listed).read_bytes(), listed


@pytest.mark.release
@pytest.mark.node
def test_publint_and_arethetypeswrong_pass_in_every_resolution_mode(
    packages: Path, tmp_path: Path
) -> None:
    tarball = one(packages, "bankcodes-*.tgz")
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="data")
    _run([str(BIN / "publint"), "run", str(unpacked / "package"), "--strict"], tmp_path)
    checked = _run([str(BIN / "attw"), str(tarball), "--format", "ascii"], tmp_path).stdout
    # The default profile checks node10, node16 from CommonJS and from ESM, and bundler.
    subpaths = _manifest(tarball)["exports"]
    assert isinstance(subpaths, dict)
    for mode in ("node10", "node16 (from CJS)", "node16 (from ESM)", "bundler"):
        assert checked.count(f"{mode}: 🟢") == len(subpaths), checked
