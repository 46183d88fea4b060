"""The npm package as its users get it: built and packed from a copy of generated/typescript
with its own pinned tools (npm ci, npm pack, whose prepack builds), installed from the tarball
in a scratch ESM app and a scratch CommonJS app, type-checked with TypeScript 7 and 5, and
linted with publint and @arethetypeswrong/cli."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.helpers import JS, ROOT

PACKAGE = ROOT / "generated" / "typescript"
BIN = JS / "node_modules" / ".bin"
QUIET = ["--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = _snapshot(PACKAGE)
    work = tmp_path_factory.mktemp("npm")
    package = work / "package"
    shutil.copytree(PACKAGE, package)
    _run(["npm", "ci", *QUIET], package)
    _run(["npm", "pack", "--pack-destination", str(work), "--loglevel=error"], package)
    assert _snapshot(PACKAGE) == before, "building and packing must leave generated/ as it is"
    (found,) = work.glob("bankcodes-*.tgz")
    return found


def test_the_tarball_holds_both_builds_their_types_and_the_license(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    for name in (
        "dist/esm/index.js",
        "dist/esm/index.d.ts",
        "dist/esm/webhooks.js",
        "dist/cjs/index.cjs",
        "dist/cjs/index.d.cts",
        "dist/cjs/webhooks.cjs",
        "dist/cjs/webhooks.d.cts",
        "LICENSE",
        "README.md",
    ):
        assert f"package/{name}" in names, name
    manifest = json.loads((PACKAGE / "package.json").read_text())
    assert manifest["scripts"]["prepack"] == "npm run build"
    assert {"keywords", "engines", "license"} <= set(manifest)
    # No address that is not the project's: it publishes none, so none is invented.
    assert "repository" not in manifest and "homepage" not in manifest
    assert {"lean", "flinks", "argyle", "plaid"} <= set(manifest["keywords"])
    assert set(manifest["devDependencies"]) == {"typescript", "esbuild"}
    assert all(not v.startswith(("^", "~")) for v in manifest["devDependencies"].values())


def test_publint_and_arethetypeswrong_pass(tarball: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="data")
    _run([str(BIN / "publint"), "run", str(unpacked / "package"), "--strict"], tmp_path)
    # node16 and bundler resolution (node10 resolution is gone from TypeScript 7).
    _run([str(BIN / "attw"), str(tarball), "--profile", "node16", "--format", "ascii"], tmp_path)


MAIN = """\
import { classify, FlinksConnectError, parseFlinksConnectMessage, type Category } from "bankcodes";
import { receive, sign, type WebhookEvent } from "bankcodes/webhooks";

const category: Category = classify("flinks", FlinksConnectError.DISABLED_LOGIN);
const message = parseFlinksConnectMessage({ step: "REDIRECT", url: "https://bank.example/back" });
const url: string = message.kind === "step" ? (message.data.url ?? "none") : "none";

async function main(): Promise<void> {
  const body =
    '{"type": "results.ready", "payload": {"id": "r1"}, "message": "m", "event_id": "e1"}';
  const headers = await sign("lean", body, "secret");
  const event: WebhookEvent = await receive("lean", body, headers, ["old", "secret"]);
  console.log(category, url, event.type, event.dedupKey, event.secretIndex);
}
void main();
"""


def _app(folder: Path, tarball: Path, module_type: str) -> Path:
    folder.mkdir()
    manifest = {"name": "app", "private": True, "type": module_type}
    (folder / "package.json").write_text(json.dumps(manifest))
    _run(["npm", "install", str(tarball), "--offline", *QUIET], folder)
    (folder / "main.ts").write_text(MAIN)
    config = {
        "compilerOptions": {
            "strict": True,
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "lib": ["es2022", "dom"],
            "types": [],
            "outDir": "out",
        },
        "files": ["main.ts"],
    }
    (folder / "tsconfig.json").write_text(json.dumps(config))
    return folder


@pytest.mark.parametrize("module_type", ["module", "commonjs"])
def test_a_scratch_app_installs_type_checks_and_runs(
    tarball: Path, tmp_path: Path, module_type: str
) -> None:
    app = _app(tmp_path / "app", tarball, module_type)
    typescript5 = JS / "node_modules" / "typescript5" / "bin" / "tsc"
    _run(["node", str(typescript5), "-p", ".", "--noEmit"], app)
    _run([str(BIN / "tsc"), "-p", "."], app)
    ran = _run(["node", "out/main.js"], app)
    assert ran.stdout.split() == [
        "account_unavailable",
        "https://bank.example/back",
        "results.ready",
        "lean:id:e1",
        "1",
    ]
    # Which build each kind of app loads: require gets the CommonJS files.
    resolved = _run(
        [
            "node",
            "-e",
            "console.log(require.resolve('bankcodes'), require('bankcodes').SPEC_VERSION)",
        ],
        app,
    ).stdout.split()
    assert resolved[0].endswith("dist/cjs/index.cjs")
    assert resolved[1] == json.loads((PACKAGE / "package.json").read_text())["version"]
