"""The npm package as its users get it: built by the README's command (`make packages`, into an
ignored folder, leaving the repository as it was), installed from the tarball in a scratch app,
and compiled and run there under every module resolution a TypeScript project can choose, with
the pinned TypeScript 7 and with TypeScript 5 (the latter with the release's checks, `make
release-check`); the README's snippet built by Vite for production. publint and
@arethetypeswrong/cli lint it with the release's checks (tests/release)."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import loader
from codegen.resolve import LANGUAGES
from tests.support import vite_app
from tests.support.helpers import JS, OWN_LIBS_UNCHECKED, ROOT

PACKAGE = ROOT / "generated" / "typescript"
BIN = JS / "node_modules" / ".bin"
TSC7 = ROOT / "codegen" / "node" / "node_modules" / ".bin" / "tsc"
TSC5 = JS / "node_modules" / "typescript5" / "bin" / "tsc"
ESBUILD = ROOT / "codegen" / "node" / "node_modules" / ".bin" / "esbuild"
#: npm's options for installing the tarball: its dependency comes from npm's cache when the
#: cache holds it (a lockfile's install caches the package, not the registry's list of its
#: versions that resolving a range needs), from the registry otherwise.
QUIET = ["--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"]


def _run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, env={**os.environ, **env}
    )
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result


Build = Callable[[Path], None]


@pytest.fixture(scope="module")
def tarball(packages: Path) -> Path:
    """The npm tarball of the packages the README's command builds, once per run."""
    (found,) = packages.glob("bankcodes-*.tgz")
    built = sorted(path.suffix for path in packages.iterdir() if not path.name.startswith("."))
    assert built == [".gz", ".tgz", ".whl"]
    return found


def test_the_readme_names_the_command_the_tests_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Build the package with `make packages`" in readme
    assert "/dist/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


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
        "dist/esm/entry-flinks.js",
        "dist/cjs/entry-flinks.cjs",
        "dist/cjs/words-flinks-fr.cjs",
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
    # The build's tools, and the JWS scheme's verifying library (TrueLayer's, for its tests).
    assert set(manifest["devDependencies"]) == {"typescript", "esbuild", "truelayer-signing"}
    assert set(manifest["dependencies"]) == {"jose"}  # the JWT scheme's verification
    # An app that receives no JWS installs nothing more: the library is an optional peer.
    assert manifest["peerDependenciesMeta"] == {"truelayer-signing": {"optional": True}}
    assert set(manifest["peerDependencies"]) == {"truelayer-signing"}
    assert all(not v.startswith(("^", "~")) for v in manifest["devDependencies"].values())
    # Every subpath has its types where resolution without "exports" looks (node10).
    subpaths = {path.removeprefix("./") for path in manifest["exports"]} - {".", "package.json"}
    assert set(manifest["typesVersions"]["*"]) == subpaths
    assert {"webhooks", "lean", "flinks", "argyle", "plaid", "flinks/en", "plaid/ar"} <= subpaths


MAIN = """\
import { classify, FlinksConnectError, parseFlinksConnectMessage, type Category } from "bankcodes";
import { receive, sign, type WebhookEvent } from "bankcodes/webhooks";
import * as flinks from "bankcodes/flinks";
import { words } from "bankcodes/flinks/fr";

const category: Category = classify("flinks", FlinksConnectError.DISABLED_LOGIN);
const message = parseFlinksConnectMessage({ step: "REDIRECT", url: "https://bank.example/back" });
const url: string = message.kind === "step" ? (message.data.url ?? "none") : "none";
const disabled = { flinksCode: flinks.FlinksConnectError.DISABLED_LOGIN };
const alone = flinks.parseFlinksConnectMessage(disabled);
const said = alone.kind === "error" ? (flinks.endUserText(alone, words)?.language ?? "") : "";

async function main(): Promise<void> {
  const body =
    '{"type": "results.ready", "payload": {"id": "r1"}, "message": "m", "event_id": "e1"}';
  const headers = await sign("lean", body, "secret");
  const event: WebhookEvent = await receive("lean", body, headers, ["old", "secret"]);
  console.log(category, url, event.type, event.dedupKey, event.secretIndex);
  console.log(flinks.classify(alone), said);
}
void main();
"""

PRINTED = [
    "account_unavailable",
    "https://bank.example/back",
    "results.ready",
    "lean:id:e1",
    "1",
    "account_unavailable",
    "fr",
]

#: One consumer per way a project resolves modules: its source file and compiler options.
#: node10 (moduleResolution "node") is gone from TypeScript 7, so only TypeScript 5 compiles it.
MODES: dict[str, tuple[str, dict[str, str]]] = {
    "node10": ("node10.ts", {"module": "commonjs", "moduleResolution": "node10"}),
    "node16-esm": ("node16.mts", {"module": "node16", "moduleResolution": "node16"}),
    "node16-cjs": ("node16.cts", {"module": "node16", "moduleResolution": "node16"}),
    "bundler": ("bundler.ts", {"module": "preserve", "moduleResolution": "bundler"}),
}


#: What each compiler builds: every mode but node10 under TypeScript 7, which refuses it.
BUILT = {
    "typescript7": [mode for mode in MODES if mode != "node10"],
    "typescript5": list(MODES),
}
TSC = {"typescript7": TSC7, "typescript5": TSC5}


@pytest.fixture(scope="module")
def app(tarball: Path, shared: Callable[[str, Build], Path]) -> Path:
    """A CommonJS project (no "type") with the tarball installed and one tsconfig per mode, and
    one per compiler and mode that builds it into out/COMPILER-MODE."""

    def build(folder: Path) -> None:
        (folder / "package.json").write_text(json.dumps({"name": "app", "private": True}))
        _run(["npm", "install", str(tarball), *QUIET], folder)
        for mode, (source, options) in MODES.items():
            (folder / source).write_text(MAIN)
            config = {
                "compilerOptions": {
                    **options,
                    "strict": True,
                    "target": "es2022",
                    "lib": ["es2022", "dom"],
                    "types": [],
                },
                "files": [source],
            }
            (folder / f"tsconfig.{mode}.json").write_text(json.dumps(config))
        for compiler, modes in BUILT.items():
            for mode in modes:
                config = {
                    "extends": f"./tsconfig.{mode}.json",
                    # OWN_LIBS_UNCHECKED, which tsc -b takes from the project alone
                    "compilerOptions": {
                        "outDir": f"out/{compiler}-{mode}",
                        "skipDefaultLibCheck": True,
                    },
                }
                (folder / f"tsconfig.{compiler}.{mode}.json").write_text(json.dumps(config))

    return shared("npm-app", build)


#: A line of tsc -b --verbose that starts the build of a project (its tsconfig, named as given).
BUILDING = re.compile(r"Building project '(?:[^']*/)?tsconfig\.\w+\.(?P<mode>[\w-]+)\.json'")


@pytest.fixture(scope="module")
def built(app: Path) -> Callable[[str], dict[str, list[str]]]:
    """`built(compiler)`: the compiler's build of each of its modes (BUILT), run once per module
    by one `tsc -b` (which reads TypeScript's declarations and the package's once for every
    project it builds); the errors of each mode's project, told apart by the line that starts
    it, an error outside every project counted against each."""

    @functools.cache
    def build(compiler: str) -> dict[str, list[str]]:
        modes = BUILT[compiler]
        configs = [f"tsconfig.{compiler}.{mode}.json" for mode in modes]
        command = ["node", str(TSC[compiler]), "-b", "--verbose", "--force", *configs]
        result = subprocess.run(command, cwd=app, capture_output=True, text=True, check=False)
        errors: dict[str, list[str]] = {mode: [] for mode in modes}
        building: str | None = None
        for line in result.stdout.splitlines():
            if match := BUILDING.search(line):
                building = match["mode"]
            elif "error TS" in line:
                for mode in [building] if building else modes:
                    errors[mode].append(line)
        if result.stderr or (result.returncode != 0 and not any(errors.values())):
            told = f"{' '.join(command)}: {result.returncode}\n{result.stdout}{result.stderr}"
            for mode in modes:
                errors[mode].append(told)
        return errors

    return build


#: TypeScript 5, which apps still compile with, checks the tarball as the release publishes it
#: (marked `release`: `make release-check`, beside attw's reading of the same resolutions); the
#: pinned TypeScript 7 checks it in every `make test`.
COMPILERS = ["typescript7", pytest.param("typescript5", marks=pytest.mark.release)]


@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("mode", list(MODES))
def test_a_consumer_compiles_and_runs_under_each_resolution(
    app: Path, built: Callable[[str], dict[str, list[str]]], mode: str, compiler: str
) -> None:
    if mode == "node10" and compiler == "typescript7":
        result = subprocess.run(
            ["node", str(TSC7), "-p", f"tsconfig.{mode}.json", "--noEmit", OWN_LIBS_UNCHECKED],
            cwd=app, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert "TS5108" in result.stdout, result.stdout  # "has been removed": TypeScript 7's word
        return
    assert built(compiler)[mode] == []
    out = app / "out" / f"{compiler}-{mode}"  # in the app, where its node_modules are found
    source = MODES[mode][0]
    if mode == "bundler":
        program = out / "bundle.mjs"
        _run([str(ESBUILD), source, "--bundle", "--platform=node", f"--outfile={program}"], app)
    else:
        emitted = {".ts": ".js", ".mts": ".mjs", ".cts": ".cjs"}[Path(source).suffix]
        program = (out / source).with_suffix(emitted)
    assert _run(["node", str(program)], app).stdout.split() == PRINTED


def test_require_loads_the_commonjs_build_and_import_the_esm_one(app: Path) -> None:
    version = json.loads((PACKAGE / "package.json").read_text())["version"]
    script = "console.log(require.resolve('bankcodes'), require('bankcodes').SPEC_VERSION)"
    required = _run(["node", "-e", script], app).stdout.split()
    assert required[0].endswith("dist/cjs/index.cjs") and required[1] == version
    script = "console.log(import.meta.resolve('bankcodes'))"
    imported = _run(["node", "--input-type=module", "-e", script], app).stdout.strip()
    assert imported.endswith("dist/esm/index.js")


@pytest.fixture(scope="module")
def vite(app: Path, shared: Callable[[str, Build], Path]) -> Path:
    """A Vite app around the README's Flinks Connect snippet, with the tarball installed (the
    node_modules npm installed it into for the app above, copied as hard links: the same files,
    in a folder of the app's own): type-checked strictly and built for production, once per
    run."""

    def build(folder: Path) -> None:
        vite_app.scaffold(folder)
        modules = folder / "node_modules"
        shutil.copytree(app / "node_modules", modules, symlinks=True, copy_function=os.link)
        vite_app.build(folder)

    return shared("vite-app", build)


def test_the_readme_snippet_ships_flinks_in_english_alone_from_vite(vite: Path) -> None:
    """Vite's production build of the snippet holds Flinks' codes and the English words, and no
    other provider's codes, no other language's words, no metadata. (Its size is measured in
    make bench.)"""
    (script,) = (vite / "dist" / "assets").glob("*.js")
    shipped = script.read_text(encoding="utf-8")
    catalog = loader.load()
    flinks, *others = sorted(catalog.providers, key=lambda p: p.id != "flinks")
    own = {s for cs in flinks.code_sets for code in cs.codes for s in code.spellings}
    theirs = {
        s
        for provider in others
        for cs in provider.code_sets
        for code in cs.codes
        for s in code.spellings
        if len(s) >= 8 and s not in own and not any(s in mine for mine in own)
    }
    assert "DISABLED_LOGIN" in shipped  # a Flinks Connect error
    assert sorted(s for s in theirs if json.dumps(s) in shipped) == []
    words = {
        language: {
            text
            for c in catalog.categories
            if language in c.end_user
            for text in c.end_user[language]
        }
        for language in LANGUAGES
    }
    english = {text for text in words["en"] if json.dumps(text)[1:-1] in shipped}
    assert english, "the English words of the categories"
    for language in set(LANGUAGES) - {"en"}:
        assert not [t for t in words[language] - words["en"] if json.dumps(t)[1:-1] in shipped]
    descriptions = [code.description for code in flinks.code_sets[0].codes]
    assert not [d for d in descriptions if json.dumps(d)[1:-1] in shipped]


def test_the_sdist_builds_the_same_wheel(tarball: Path, tmp_path: Path) -> None:
    """The sdist keeps the package's two homes, and its own wheel holds what the project's
    wheel holds."""
    (sdist,) = tarball.parent.glob("bankcodes-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (tree,) = tmp_path.iterdir()
    assert (tree / "codegen" / "runtime" / "python" / "bankcodes" / "_base.py").is_file()
    assert (tree / "generated" / "python" / "bankcodes" / "_catalog.py").is_file()
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "-d", str(out)],
        cwd=tree,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("*.whl")
    (wheel,) = tarball.parent.glob("bankcodes-*.whl")
    with zipfile.ZipFile(built) as ours, zipfile.ZipFile(wheel) as theirs:
        assert sorted(ours.namelist()) == sorted(theirs.namelist())
        for name in theirs.namelist():
            if not name.endswith("RECORD"):
                assert ours.read(name) == theirs.read(name), name
