"""The scripts the site serves from packages fetched without their dependencies
(codegen/node_assets.py, run by make setup): `npm pack` against a registry on loopback, the
tarball checked against the pinned integrity, the pinned files alone extracted, and one clear
error for a tarball that is not the pinned one, a file the package lacks, or a malformed pin,
with nothing changed."""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.server
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen import node_assets

NAME = "demo-asset"
FILES = {
    "package.json": b'{"name": "demo-asset", "version": "1.0.0"}',
    "LICENSE": b"MIT\n",
    "dist/demo.min.js": b"window.demo = 1;\n",
    "dist/other.js": b"export const other = 2;\n",
}


def _tarball(files: dict[str, bytes]) -> bytes:
    """A package's tarball as npm's registry serves it, the same bytes on every call."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(buffer.getvalue(), mtime=0)


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


class Registry:
    """An npm registry on loopback serving NAME at the versions given, each a tarball."""

    def __init__(self, versions: dict[str, bytes]) -> None:
        self.versions = versions
        registry = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = registry.answer(self.path)
                self.send_response(200 if body is not None else 404)
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def answer(self, path: str) -> bytes | None:
        if path == f"/{NAME}":
            versions = {
                version: {
                    "name": NAME,
                    "version": version,
                    "dist": {
                        "tarball": f"{self.url}{NAME}/-/{NAME}-{version}.tgz",
                        "integrity": _integrity(data),
                        "shasum": hashlib.sha1(data).hexdigest(),
                    },
                }
                for version, data in self.versions.items()
            }
            latest = sorted(self.versions)[-1]
            packument = {"name": NAME, "dist-tags": {"latest": latest}, "versions": versions}
            return json.dumps(packument).encode()
        for version, data in self.versions.items():
            if path == f"/{NAME}/-/{NAME}-{version}.tgz":
                return data
        return None


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Registry]:
    """Versions 1.0.0 and 1.0.1 of NAME, npm pointed at them with a cache of its own."""
    served = Registry({"1.0.0": _tarball(FILES), "1.0.1": _tarball({**FILES, "LICENSE": b"2"})})
    monkeypatch.setenv("npm_config_registry", served.url)
    monkeypatch.setenv("npm_config_cache", str(tmp_path / "npm-cache"))
    yield served
    served.server.shutdown()


def _pins(tmp_path: Path, **pin: object) -> Path:
    entry = {
        "version": "1.0.0",
        "integrity": _integrity(_tarball(FILES)),
        "files": ["LICENSE", "dist/demo.min.js"],
        **pin,
    }
    path = tmp_path / "assets.json"
    path.write_text(json.dumps({"//": "pins for a test", NAME: entry}), encoding="utf-8")
    return path


def _run(pins: Path, into: Path, *more: str) -> int:
    return node_assets.main(["--pins", str(pins), "--into", str(into), *more])


@pytest.mark.node
def test_the_pinned_files_alone_are_fetched_and_replace_the_old_ones(
    registry: Registry, tmp_path: Path
) -> None:
    into = tmp_path / "node_modules"
    (into / NAME / "dist").mkdir(parents=True)
    (into / NAME / "dist" / "stale.js").write_text("old")
    assert _run(_pins(tmp_path), into) == 0
    written = sorted(p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file())
    assert written == [f"{NAME}/LICENSE", f"{NAME}/dist/demo.min.js"]
    assert (into / NAME / "dist" / "demo.min.js").read_bytes() == FILES["dist/demo.min.js"]


@pytest.mark.node
def test_a_tarball_other_than_the_pinned_one_is_refused_and_nothing_changes(
    registry: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "node_modules"
    (into / NAME).mkdir(parents=True)
    (into / NAME / "LICENSE").write_text("kept")
    pinned = _integrity(b"another tarball")
    assert _run(_pins(tmp_path, integrity=pinned), into) == 1
    served = _integrity(registry.versions["1.0.0"])
    assert capsys.readouterr().err == (
        f"error: {NAME}@1.0.0: the tarball's integrity is {served!r}, not the pinned {pinned!r}\n"
    )
    assert [p.name for p in into.iterdir()] == [NAME]  # no scratch folder left behind
    assert [p.name for p in (into / NAME).iterdir()] == ["LICENSE"]
    assert (into / NAME / "LICENSE").read_text() == "kept"


@pytest.mark.node
def test_a_file_the_package_lacks_is_named(
    registry: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "node_modules"
    assert _run(_pins(tmp_path, files=["dist/demo.min.js", "dist/gone.js"]), into) == 1
    assert capsys.readouterr().err == f"error: {NAME}@1.0.0 has no file 'dist/gone.js'\n"
    assert not (into / NAME).exists()


@pytest.mark.node
def test_a_version_the_registry_lacks_is_npm_s_error_in_one_line(
    registry: Registry, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "node_modules"
    assert _run(_pins(tmp_path, version="9.9.9"), into) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: npm pack {NAME}@9.9.9 --json failed: code ETARGET; ")
    assert f"No matching version found for {NAME}@9.9.9" in error and error.count("\n") == 1
    assert [p.name for p in into.iterdir()] == []


@pytest.mark.parametrize(
    ("pin", "said"),
    [
        ({"version": "^1.0.0"}, "version is not an exact version, '^1.0.0'"),
        ({"integrity": "sha1-abc"}, "integrity is not a sha512, 'sha1-abc'"),
        ({"files": []}, "files is not a list of paths, []"),
        ({"files": ["../../etc/passwd"]}, "'../../etc/passwd' is not a path inside the package"),
        ({"files": ["/etc/passwd"]}, "'/etc/passwd' is not a path inside the package"),
    ],
)
def test_a_malformed_pin_gets_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pin: dict[str, object], said: str
) -> None:
    into = tmp_path / "node_modules"
    assert _run(_pins(tmp_path, **pin), into) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'assets.json'}: '{NAME}': {said}\n"
    assert not into.exists()


def test_a_name_that_is_not_a_package_s_is_refused_before_npm_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pins = tmp_path / "assets.json"
    pins.write_text(json.dumps({"../escape": {"version": "1.0.0"}}), encoding="utf-8")
    assert _run(pins, tmp_path / "node_modules") == 1
    assert capsys.readouterr().err == f"error: {pins}: '../escape': not an npm package's name\n"
    pins.write_text("[1, 2", encoding="utf-8")
    assert _run(pins, tmp_path / "node_modules") == 1
    assert capsys.readouterr().err.startswith(f"error: {pins}: Expecting ")


@pytest.mark.node
def test_pinning_a_version_records_the_integrity_its_registry_publishes(
    registry: Registry, tmp_path: Path
) -> None:
    pins = _pins(tmp_path)
    into = tmp_path / "node_modules"
    assert _run(pins, into, "--pin", f"{NAME}@1.0.1") == 0
    pinned = json.loads(pins.read_text(encoding="utf-8"))
    assert pinned[NAME]["version"] == "1.0.1"
    assert pinned[NAME]["integrity"] == _integrity(registry.versions["1.0.1"])
    assert pinned[NAME]["files"] == ["LICENSE", "dist/demo.min.js"]
    assert pinned["//"] == "pins for a test"
    assert (into / NAME / "LICENSE").read_bytes() == b"2"


def test_the_site_serves_mermaid_from_its_pin_alone() -> None:
    """Mermaid is pinned with the files the site serves, and npm's lock installs none of its
    dependencies."""
    pins = {pin.name: pin for pin in node_assets.read_pins()}
    assert "dist/mermaid.min.js" in pins["mermaid"].files
    lock = json.loads((node_assets.PINS.parent / "package-lock.json").read_text())
    assert not [name for name in lock["packages"] if "mermaid" in name or "d3" in name]


@pytest.mark.node
def test_what_npm_says_when_it_fails_is_printed_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An npm that fails with terminal controls in its words: the error shows them escaped, on
    one line, and without the line naming npm's log."""
    fake = tmp_path / "bin" / "npm"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        "printf 'npm error code E1\\033[2J\\n' >&2\n"
        "printf 'npm error A complete log of this run: /x/_logs/1.log\\n' >&2\n"
        "exit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    assert _run(_pins(tmp_path), tmp_path / "node_modules") == 1
    assert capsys.readouterr().err == (
        f"error: npm pack {NAME}@1.0.0 --json failed: code E1\\x1b[2J\n"
    )


@pytest.mark.node
def test_an_npm_that_hangs_is_given_up_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "bin" / "npm"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    monkeypatch.setattr(node_assets, "NPM_TIMEOUT", 0.5)
    assert _run(_pins(tmp_path), tmp_path / "node_modules") == 1
    assert capsys.readouterr().err == f"error: npm pack {NAME}@1.0.0 --json took more than 0.5 s\n"


@pytest.mark.node
def test_the_previous_files_stay_when_the_new_ones_cannot_take_their_place(
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    into = tmp_path / "node_modules"
    (into / NAME).mkdir(parents=True)
    (into / NAME / "LICENSE").write_text("kept")
    rename = Path.rename

    def refused(self: Path, target: Path) -> Path:
        if self.name == "package":  # the checked files, moving into place
            raise PermissionError(13, "Permission denied")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", refused)
    assert _run(_pins(tmp_path), into) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: {NAME}@1.0.0: ") and "Permission denied" in error
    assert [p.name for p in into.iterdir()] == [NAME]
    assert [p.name for p in (into / NAME).iterdir()] == ["LICENSE"]
    assert (into / NAME / "LICENSE").read_text() == "kept"
