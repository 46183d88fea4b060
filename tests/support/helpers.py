"""Helpers shared by the test modules: paths, running the generator, snapshots of trees."""

from __future__ import annotations

import functools
import json
import marshal
import os
import re
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "catalog.json"


@functools.cache
def _spec_parsed() -> bytes:
    """The spec as the standard json module parses it, read once per process (no test changes
    the project's spec) and kept in marshal's format, from which a fresh copy is read in less
    than half the time of parsing the text again."""
    return marshal.dumps(json.loads(SPEC.read_text(encoding="utf-8")))


def spec_data(*providers: str) -> dict[str, Any]:
    """A fresh copy of the raw spec, parsed with the standard json module; given providers, the
    spec of those alone (see `only`), cut once per process for each set of providers."""
    data: dict[str, Any] = marshal.loads(_spec_of(frozenset(providers)))
    return data


@functools.cache
def _spec_of(providers: frozenset[str]) -> bytes:
    data = marshal.loads(_spec_parsed())
    return marshal.dumps(only(data, sorted(providers)) if providers else data)


def counted(provider: str) -> str:
    """What the README's table of providers says of `provider`'s codes, counted in the catalog:
    its codes, in its code sets ("78 in 8 code sets"). A test that the README lists a provider
    compares this, never the numbers as they were when it was written."""
    code_sets = spec_data()["providers"][provider]["code_sets"].values()
    codes = sum(len(code_set["codes"]) for code_set in code_sets)
    return f"{codes} in {len(code_sets)} code set{'' if len(code_sets) == 1 else 's'}"


def counts(source: str) -> dict[str, tuple[int, int]]:
    """What the spec records drift counted in `source` at its pin: by code set, how many values
    the source lists and how many of them the catalog holds."""
    recorded = spec_data()["sources"][source].get("counted", [])
    return {count["code_set"]: (count["listed"], count["held"]) for count in recorded}


def only(data: dict[str, Any], providers: Sequence[str]) -> dict[str, Any]:
    """`data` (a raw spec, changed in place) reduced to the given providers, still a valid spec:
    their payload kinds, the equivalence groups that still join two of them, and the sources
    the rest cites. A test of one provider's codes loads it in a fraction of the whole spec's
    time. A provider whose code sets a kept one names (UK Open Banking's errors take in ISO
    20022's status reasons) is kept with it."""
    keep = _with_named(data, set(providers))
    data["providers"] = {key: entry for key, entry in data["providers"].items() if key in keep}
    data["payloads"] = {
        key: kind for key, kind in data["payloads"].items() if kind["provider"] in keep
    }
    groups = []
    for group in data["equivalents"]:
        codes = [ref for ref in group["codes"] if ref.partition(".")[0] in keep]
        if len({ref.partition(".")[0] for ref in codes}) >= 2:
            groups.append({**group, "codes": codes})
    data["equivalents"] = groups
    sources = data.pop("sources")
    data["sources"] = {key: sources[key] for key in strings(data) if key in sources}
    return data


def published_body(provider: str, start: str) -> Any:
    """The body of tests/support/published_bodies/PROVIDER.json whose title starts `start`."""
    path = ROOT / "tests/support/published_bodies" / f"{provider}.json"
    bodies = json.loads(path.read_text(encoding="utf-8"))["bodies"]
    (found,) = [body["data"] for body in bodies if body["title"].startswith(start)]
    return found


def _with_named(data: dict[str, Any], keep: set[str]) -> set[str]:
    """`keep` with every provider whose code sets the kept providers, their payload kinds or the
    sources they cite name ("iso20022.status_reason"), until none is left out."""
    sets = {f"{p}.{c}": p for p, entry in data["providers"].items() for c in entry["code_sets"]}
    while True:
        kept = [entry for key, entry in data["providers"].items() if key in keep]
        kept += [kind for kind in data["payloads"].values() if kind["provider"] in keep]
        named = strings(kept)
        named |= strings([data["sources"][key] for key in named if key in data["sources"]])
        found = {sets[name] for name in named if name in sets}
        if found <= keep:
            return keep
        keep |= found


def strings(node: object) -> set[str]:
    """Every string `node` holds, keys apart."""
    if isinstance(node, dict):
        return set().union(*map(strings, node.values()))
    if isinstance(node, list):
        return set().union(*map(strings, node))
    return {node} if isinstance(node, str) else set()


def write_spec(folder: Path, data: object, indent: int | None = None) -> Path:
    """`data` as FOLDER/catalog.json: on one line (json's encoder in C), or indented where a
    test reads the lines a command rewrites."""
    path = folder / "catalog.json"
    path.write_text(json.dumps(data, indent=indent), encoding="utf-8")
    return path


def run_codegen(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    module: str = "codegen",
) -> subprocess.CompletedProcess[str]:
    """Run `python -m codegen ARGS` (or another module of it, `codegen.drift`) as a user would,
    from any working directory."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd or ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def codegen_here(*args: str, module: str = "codegen") -> tuple[int, str, str]:
    """`python -m MODULE ARGS` (codegen, or drift's own codegen.drift) run in this process: its
    exit status, standard output and standard error. For a test that reads only what the command
    answers; the command as a process of its own (its working directory, environment, a
    traceback) is run_codegen's."""
    import contextlib
    import io

    from codegen import cli
    from codegen.drift import command

    main = {"codegen": cli.main, "codegen.drift": command.main}[module]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes; caches, builds and installed dependencies,
    which are no generated files, excluded (codegen.output.IGNORED_NAMES). A generated root
    that is a file is itself, named ""."""
    from codegen.output import IGNORED_NAMES

    if not folder.exists():
        return {}
    if folder.is_file():
        return {"": folder.read_bytes()}
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED_NAMES.intersection(path.relative_to(folder).parts)
    }


def generated_roots() -> list[str]:
    from codegen.output import roots
    from codegen.targets import all_targets

    return roots(all_targets())


def copy_generated(destination: Path) -> None:
    """Copy the committed generated roots into `destination`, keeping their relative paths."""
    for root in generated_roots():
        for relative, content in snapshot(ROOT / root).items():
            target = destination / root / relative if relative else destination / root
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)


JS = ROOT / "tests" / "js"
#: The generator's Node tools (tsc is TypeScript 7, the pinned one).
NODE_BIN = ROOT / "codegen" / "node" / "node_modules" / ".bin"


def run_node(script: str, *args: str) -> str:
    """Run a Node check script of tests/js/ and return its standard output."""
    result = subprocess.run(
        ["node", str(JS / script), *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def listen(dist: Path, folder: Path, listener: str, messages: Sequence[object]) -> list[Any]:
    """What the TypeScript listener `listener` of the compiled package in `dist` reads from
    each message: its kind, code, field, codeSet and category (tests/js/call_package.mjs)."""
    calls = folder / "calls.json"
    calls.write_text(json.dumps([["listen", listener, message, "en"] for message in messages]))
    results: list[Any] = json.loads(run_node("call_package.mjs", str(dist), str(calls)))
    return results


def python_path(project: Path = ROOT) -> str:
    """What to put on PYTHONPATH to import the package `bankcodes` that `project` generated:
    the package as links to the runtime's home and to the project's generated/python/bankcodes
    (codegen/assemble.py), this tree's build/python or a folder beside another project. This
    tree's view is refreshed once per run, before the workers start (tests/conftest.py)."""
    from codegen.assemble import python_view

    if project.resolve() == ROOT:
        return str(ROOT / "build" / "python")
    # Beside the project, not in it: a tree compared file by file stays as it was generated.
    view = project.parent / f"{project.name}-python"
    python_view(view, project / "generated" / "python" / "bankcodes")
    return str(view)


#: The npm package's dependencies, as `make setup` installs them (npm ci in build/typescript,
#: the package's folder assembled from the runtime's home and generated/typescript).
PACKAGE_DEPENDENCIES = ROOT / "build" / "typescript" / "node_modules"
#: The generated half of the npm package (the runtime's modules join it where it is built).
GENERATED_PACKAGE = ROOT / "generated" / "typescript"


def with_dependencies(folder: Path) -> None:
    """Let the package in `folder` (a copy, a build, an installed copy) find its dependencies as
    an installed package does: in a node_modules folder beside it."""
    assert PACKAGE_DEPENDENCIES.is_dir(), f"{PACKAGE_DEPENDENCIES} is missing: run make setup"
    link = folder / "node_modules"
    if not link.exists() and not link.is_symlink():
        link.symlink_to(PACKAGE_DEPENDENCIES, target_is_directory=True)


def assembled_package(folder: Path, generated: Path = GENERATED_PACKAGE) -> Path:
    """The npm package's folder as it is built (codegen/assemble.py) from `generated` (by
    default this tree's generated/typescript) and the runtime, in `folder`."""
    from codegen.assemble import typescript_package

    typescript_package(folder, generated)
    with_dependencies(folder)
    return folder


#: TypeScript's own declarations of the platform (lib.es2022.d.ts, lib.dom.d.ts) are read but
#: not type-checked again by each compile: they are not under test, and checking them took
#: TypeScript 5 about a second of every compile, more than the code under test. The package's
#: declarations, its dependencies' and the app's code are checked as before.
OWN_LIBS_UNCHECKED = "--skipDefaultLibCheck"


def build_typescript(
    out_dir: Path, project: Path = GENERATED_PACKAGE, *, declarations_only: bool = False
) -> None:
    """Compile a TypeScript package (by default the generated one; `project` is its generated
    half, assembled with the runtime beside `out_dir`) into `out_dir`, where it finds its
    dependencies when it runs; with `declarations_only`, its declarations alone (what an app's
    compiler reads of it)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    package = assembled_package(out_dir.parent / f"{out_dir.name}-package", project)
    with_dependencies(out_dir.parent)
    types = ROOT / "codegen" / "node" / "node_modules" / "@types"
    result = subprocess.run(
        [
            str(NODE_BIN / "tsc"),
            "-p",
            str(package),
            "--outDir",
            str(out_dir),
            "--typeRoots",
            str(types),
            OWN_LIBS_UNCHECKED,
            *(["--emitDeclarationOnly"] if declarations_only else []),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


SITE = ROOT / "site"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


#: The address the tests give the site and the packages they build (SITE_URL): a loopback
#: address nothing listens at; a test that follows an address serves the site and reads the
#: rest of the address from there.
LOOPBACK_SITE = "http://127.0.0.1:9/bankcodes/"


def site_anchors(site: Path) -> dict[str, set[str]]:
    """The ids of every reference page of a built site, by the page's path ("reference/x/y/")."""
    from tests.support.html import Page

    return {
        page.parent.relative_to(site).as_posix() + "/": Page(page.read_text(encoding="utf-8")).ids
        for page in (site / "reference").rglob("index.html")
    }


def package_site(esm: Path) -> str:
    """The address of the site the npm package carries (its site.js, from the folder of its ES
    modules), which `make packages SITE_URL=…` stamped."""
    found = re.search(r'SITE_URL = "([^"]+)";', (esm / "site.js").read_text(encoding="utf-8"))
    assert found is not None, f"{esm} carries no address of the site: build it with SITE_URL"
    return found[1]


def build_site(
    site: Path, out: Path, site_url: str | None = None, *options: str
) -> subprocess.CompletedProcess[str]:
    """`site` built as `make docs` builds it (site/build.py: its steps before and after `mkdocs
    build --strict`) into `out`; without `site_url` as `make docs` builds it (SITE_URL unset).
    `options` are build.py's (--engine, --skip)."""
    environment = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    if site_url is not None:
        environment["SITE_URL"] = site_url
    command = [sys.executable, str(ROOT / "site" / "build.py"), "--site", str(site)]
    result = subprocess.run(
        [*command, "--out", str(out), *options],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def site_steps() -> Any:
    """site/build.py as a module: the site's steps before and after the engine's build."""
    import importlib.util

    found = importlib.util.spec_from_file_location("site_build", ROOT / "site" / "build.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


def provider_module(provider: str) -> Any:
    """The Python module of a provider (its spec names it; it need not be the provider's id)."""
    import importlib

    return importlib.import_module(f"bankcodes.{_modules()[provider]}")


def _modules() -> dict[str, str]:
    """Each provider's Python module, by id (tests/support/spec_index.py)."""
    from tests.support.spec_index import spec_index

    return {key: entry["module"] for key, entry in spec_index()["providers"].items()}


def install_package(app: Path, installed: Path) -> Path:
    """Link the built package (the `typescript_installed` fixture) into `app` as
    node_modules/bankcodes, as `npm install` would put it there."""
    package = app / "node_modules" / "bankcodes"
    package.parent.mkdir(parents=True, exist_ok=True)
    package.symlink_to(installed, target_is_directory=True)
    return package


#: What the TypeScript examples take for granted, declared as an application would have them.
TS_PRELUDE = """\
declare const request: Request;
declare const secret: string;
declare const APP_TOKEN: string;
declare const customerId: string;
declare const Lean: {
  connect(options: {
    app_token: string;
    customer_id: string;
    permissions?: string[];
    sandbox?: boolean;
    callback: (data: any) => void;
  }): void;
};
declare function showError(text: string): void;
declare function showHint(text: string): void;
declare function finish(url: string): void;
declare function finishConnection(url: string): void;
declare function askForTheCodeAgain(): void;
declare function logEvent(name: string, fields: Record<string, unknown>): void;
declare function showGenericError(): void;
declare function showConnected(): void;
declare function showCancelled(): void;
declare function offerRetry(): void;
"""


#: A wire value that is its own site anchor; any other (a "/" in it) is anchored by its name.
ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def anchor_of(code: dict[str, Any]) -> str:
    """The site anchor of a code of the spec (raw JSON): its wire value, else its name."""
    value = str(code["value"])
    return value if ANCHOR.fullmatch(value) else str(code["name"])


#: Screenshots of the browser tests.
ARTIFACTS = ROOT / "tests" / "artifacts"


def load_example(name: str) -> ModuleType:
    """A recipe of the site (site/docs/examples/NAME.py), loaded from its file as an app would
    have it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        name, ROOT / "site" / "docs" / "examples" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass finds its module by name
    spec.loader.exec_module(module)
    return module


def after_decision(out: str) -> str:
    """What `explain` prints after the Decision block it leads with (bankcodes decide's)."""
    block, blank, rest = out.partition("\n\n")
    assert "\n  Why this step:" in block and blank, out[:300]
    return rest


def words_by_provider(member: Any, field: str, source_id: str) -> None:
    """`member`'s `field` is in its provider's words, quoted from the source `source_id`."""
    wording = member.info.whose(field)
    assert wording is not None and wording.by == "provider", (member, field)
    assert source_id in [source.id for source in wording.sources], (member, field)


def words_by_bankcodes(member: Any, field: str = "description") -> None:
    """`member`'s `field` is in bankcodes' words, not its provider's."""
    wording = member.info.whose(field)
    assert wording is not None and wording.by == "bankcodes", (member, field)
