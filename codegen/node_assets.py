"""The files the site serves from npm packages whose dependencies it does not need, fetched alone.

Mermaid's package holds the one script the site serves, dist/mermaid.min.js (a bundle, its
dependencies inside), and lists more than a hundred dependencies that only its other builds
import: `npm ci` would install every one of them (about half of the Node tools' install, in
time and in files) for a file that needs none. `make setup` fetches instead each package that
codegen/node/assets.json pins: `npm pack NAME@VERSION` (from npm's cache, else its registry),
the tarball checked against the integrity pinned there (the sha512 an npm lock file records, as
npm's registry publishes it), and the files named there extracted to
codegen/node/node_modules/NAME/, where `npm ci` would have put them.

    python -m codegen.node_assets [--pins FILE] [--into FOLDER]
                                                      fetch and check every pinned package
    python -m codegen.node_assets --pin NAME@VERSION  pin another version (the integrity its
                                                      registry publishes), then fetch

Only the standard library is used: `make setup` runs this before the development tools are in.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from codegen import paths

PINS = paths.CODEGEN / "node" / "assets.json"
#: How much of a message an offending value may take.
SHOWN = 120
#: How long one npm command may take (seconds): npm retries a slow registry itself.
NPM_TIMEOUT = 600
#: An npm package's name (scoped or not) and an exact version, as a pin writes them.
NAME = re.compile(r"(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*\Z")
VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\Z")


class AssetError(Exception):
    """A pinned package that could not be fetched, checked or extracted."""


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _printable(text: str) -> str:
    """`text` with every character a terminal would act on escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _npm(*args: str, cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["npm", *args, "--loglevel=error"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT,
        )
    except FileNotFoundError as error:
        raise AssetError(
            "npm was not found on PATH: bankcodes needs Node.js 20 or newer"
        ) from error
    except subprocess.TimeoutExpired as error:
        raise AssetError(f"npm {' '.join(args)} took more than {NPM_TIMEOUT} s") from error
    if done.returncode != 0:
        said = [
            line.removeprefix("npm error").strip()
            for line in done.stderr.splitlines()
            if line.strip() and "_logs" not in line and "complete log" not in line
        ]
        text = "; ".join(said) or f"exit status {done.returncode}"
        raise AssetError(f"npm {' '.join(args)} failed: {_printable(text[: SHOWN * 4])}")
    return done.stdout


def integrity(tarball: Path) -> str:
    """The tarball's integrity as npm writes it: sha512-, then the base64 digest (read in
    chunks, whatever its size)."""
    with tarball.open("rb") as stream:
        digest = hashlib.file_digest(stream, "sha512").digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class Pin:
    """A package whose files the site serves: its version, the tarball's integrity and the
    files taken from it (paths inside the package)."""

    name: str
    version: str
    integrity: str
    files: tuple[str, ...]


def _load(pins: Path) -> dict[str, object]:
    try:
        data = json.loads(pins.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AssetError(f"{paths.display(pins)}: {error}") from error
    if not isinstance(data, dict):
        raise AssetError(f"{paths.display(pins)}: an object of pins, not {_shown(data)}")
    return data


def _npm_json(*args: str, cwd: Path) -> object:
    """What npm prints with --json, read."""
    printed = _npm(*args, "--json", cwd=cwd)
    try:
        return json.loads(printed)
    except ValueError as error:
        raise AssetError(f"npm {' '.join(args)} printed no JSON: {_shown(printed)}") from error


def read_pins(pins: Path = PINS) -> list[Pin]:
    """The pinned packages, each checked for what a fetch needs."""
    data = _load(pins)
    return [_pin(pins, name, entry) for name, entry in data.items() if not name.startswith("//")]


def _pin(pins: Path, name: str, entry: object) -> Pin:
    where = f"{paths.display(pins)}: {_shown(name)}"
    if not NAME.match(name):
        raise AssetError(f"{where}: not an npm package's name")
    if not isinstance(entry, dict):
        raise AssetError(f"{where}: a pin is an object, not {_shown(entry)}")
    version, digest, files = entry.get("version"), entry.get("integrity"), entry.get("files")
    if not isinstance(version, str) or not VERSION.match(version):
        raise AssetError(f"{where}: version is not an exact version, {_shown(version)}")
    if not isinstance(digest, str) or not digest.startswith("sha512-"):
        raise AssetError(f"{where}: integrity is not a sha512, {_shown(digest)}")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        raise AssetError(f"{where}: files is not a list of paths, {_shown(files)}")
    for relative in files:
        path = PurePosixPath(relative)
        if path.is_absolute() or ".." in path.parts or not path.parts:
            raise AssetError(f"{where}: {_shown(relative)} is not a path inside the package")
    return Pin(name, version, digest, tuple(files))


def fetch(pin: Pin, into: Path) -> Path:
    """Fetch `pin`'s package, check it and extract its files into `into`/NAME, which is
    replaced only once everything is checked; the folder written."""
    into.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".bankcodes-assets-", dir=into) as scratch:
        work = Path(scratch)
        packed = _npm_json("pack", f"{pin.name}@{pin.version}", cwd=work)
        tarballs = sorted(work.glob("*.tgz"))
        if len(tarballs) != 1:
            raise AssetError(
                f"npm pack {pin.name}@{pin.version} wrote no tarball: {_shown(packed)}"
            )
        (tarball,) = tarballs
        found = integrity(tarball)
        if found != pin.integrity:
            raise AssetError(
                f"{pin.name}@{pin.version}: the tarball's integrity is {_shown(found)}, "
                f"not the pinned {_shown(pin.integrity)}"
            )
        staged = work / "package"
        with tarfile.open(tarball) as archive:
            members = {member.name.removeprefix("package/"): member for member in archive}
            for relative in pin.files:
                member = members.get(relative)
                if member is None or not member.isfile():
                    raise AssetError(f"{pin.name}@{pin.version} has no file {_shown(relative)}")
                member.name = relative
                archive.extract(member, staged, filter="data")
        target = into / pin.name
        target.parent.mkdir(parents=True, exist_ok=True)
        old = work / "old"
        if target.exists():
            target.rename(old)
        try:
            staged.rename(target)
        except OSError as error:
            if old.exists():
                old.rename(target)  # the previous files stay where they were
            raise AssetError(
                f"{pin.name}@{pin.version}: {paths.display(target)}: {error}"
            ) from error
    return target


def pin_version(spec: str, pins: Path = PINS) -> None:
    """Pin NAME@VERSION with the integrity its registry publishes, keeping the files named."""
    name, _, version = spec.rpartition("@")
    data = _load(pins)
    if not name or name not in data:
        raise AssetError(f"{paths.display(pins)} pins no {_shown(name)}: add it with its files")
    published = _npm_json("view", spec, "dist.integrity", cwd=pins.parent)
    entry = data[name]
    if not isinstance(entry, dict):
        raise AssetError(f"{paths.display(pins)}: {_shown(name)}: a pin is an object")
    entry.update(version=version, integrity=published)
    _pin(pins, name, entry)
    pins.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.node_assets", description=__doc__)
    parser.add_argument("--pin", metavar="NAME@VERSION", help="pin a version, then fetch")
    parser.add_argument(
        "--pins",
        type=Path,
        default=PINS,
        metavar="FILE",
        help="the pins (default: codegen/node/assets.json)",
    )
    parser.add_argument(
        "--into",
        type=Path,
        default=paths.NODE_TOOLS,
        metavar="FOLDER",
        help="where each package's folder is written (default: codegen/node/node_modules)",
    )
    args = parser.parse_args(argv)
    try:
        if args.pin:
            pin_version(args.pin, args.pins)
        for pin in read_pins(args.pins):
            fetch(pin, args.into)
    except AssetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
