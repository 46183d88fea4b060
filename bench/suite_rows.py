"""The test suite's CPU time per provider: what one more provider adds to `make test`.

The suite runs as `make test` runs it: the whole catalog's artefacts (its site, packages and
generated tree: tests/support/artefacts.py) built first, then pytest (pytest-xdist, every worker)
reading them, with the probe of bench/suite_probe.py, which records what each test cost the whole
tree of processes that ran it (Chromium's renderers, Node, mkdocs, the generator included) and
whether that cost grows with the catalog (tests/support/resources.py's `grows`). A provider brings
two costs:

- the tests of its own: a test whose module or parameters name a provider (its facts module,
  a case of its payload kinds, its published bodies, its signature vectors) is counted to that
  provider (tests/support/resources.py's `named`, the rule `make check PROVIDER=id` selects by),
  a test naming several to each in equal parts; their sum over the providers, divided by their
  number, is what one more provider adds in tests of its own;
- its share of the work over the whole catalog: the artefacts, the tests that name no provider
  and whose cost grows with the catalog (the in-process checks of data, which read every
  provider, and the tests that read an artefact of the whole catalog), and what the run costs
  beyond its tests (starting the workers, collecting, which read the catalog too). Those grow as
  a pass over the catalog does: a pass (`python -m codegen generate` of every output, then
  `mkdocs build --strict` of the site) is timed on the catalog as it is and on the first half of
  its providers (`tests.support.helpers.only`); the fraction of a pass each provider adds is
  applied to their CPU time. The tests that name no provider and run on a spec or project whose
  size does not grow (the small project, the fourth provider, a few providers' spec) add nothing
  per provider, and are reported apart.

The budget: at most 4 CPU-seconds per provider, so that the seven providers to come, and more,
keep `make test` within its 600 CPU-seconds on this machine's 2 cores.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.timing import ROOT, Row, python_env, require
from tests.support import resources

#: The CPU-seconds one more provider may add to the suite.
BUDGET = 4.0


def _children_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


#: prctl's option that makes a process the reaper of its orphaned descendants (linux/prctl.h).
PR_SET_CHILD_SUBREAPER = 36


def _subreaper(on: bool) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


@contextlib.contextmanager
def reaping(grace: float = 10.0) -> Iterator[None]:
    """Within it, this process adopts the descendants whose parent ends before them, or never
    waits for them, instead of init; after it, it waits for those that end within `grace`
    seconds. Their CPU time then counts in this process's RUSAGE_CHILDREN: Playwright's driver
    (and with it the Chromium it ran) is not waited for by the worker that started it, and
    without a reaper of its own the suite's CPU time left out a sixth of the whole."""
    _subreaper(True)
    try:
        yield
    finally:
        deadline = time.monotonic() + grace
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break  # no descendant is left
            if pid == 0:  # some still run
                if time.monotonic() > deadline:
                    break
                time.sleep(0.05)
        _subreaper(False)


def _artefacts(folder: Path) -> tuple[float, dict[str, str]]:
    """The whole catalog's artefacts built into `folder` as `make test` builds them: their CPU
    seconds, and the variables that name them to the suite."""
    from tests.support.artefacts import VARIABLES

    before = _children_seconds()
    with reaping():
        subprocess.run(
            [sys.executable, "-m", "tests.support.artefacts", str(folder)],
            cwd=ROOT,
            env=python_env(),
            check=True,
            capture_output=True,
        )
    return _children_seconds() - before, {
        variable: str(folder / name) for name, variable in VARIABLES.items()
    }


def _run_suite(folder: Path, artefacts: dict[str, str]) -> tuple[float, float, int]:
    """The whole suite with the probe, reading `artefacts`: its CPU seconds (every process of
    the tree of pytest's main process, those left unwaited for included: `reaping`), its wall
    seconds and pytest's exit status."""
    env = python_env(BANKCODES_SUITE_PROBE=str(folder), **artefacts)
    before, started = _children_seconds(), time.perf_counter()
    with reaping():
        done = subprocess.run(
            [
                *(sys.executable, "-m", "pytest", "-q"),
                *("-p", "bench.suite_probe", "-p", "no:cacheprovider"),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    return _children_seconds() - before, time.perf_counter() - started, done.returncode


#: A phase of a test: its node id, its CPU seconds, and whether its cost grows with the catalog.
Record = tuple[str, float, bool]


def _records(folder: Path) -> tuple[list[Record], float]:
    """Every phase's node id, CPU seconds and growth, from the probe's files, and what the
    probe's readings cost in all."""
    found = []
    probe = 0.0
    for path in sorted(folder.glob("*.jsonl")):
        first, *lines = path.read_text(encoding="utf-8").splitlines()
        probe += json.loads(first)["probe"]
        for line in lines:
            node, _, _, seconds, grows = json.loads(line)
            found.append((node, seconds, grows))
    return found, probe


def heaviest_growing(records: list[Record], providers: frozenset[str], count: int = 5) -> str:
    """The modules whose tests that name no provider cost the most of the work that grows with
    the catalog, with their CPU seconds."""
    modules: dict[str, float] = {}
    for node, seconds, grows in records:
        if grows and not resources.named(node, providers):
            module = node.partition("::")[0]
            modules[module] = modules.get(module, 0.0) + seconds
    ranked = sorted(modules.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{module} {seconds:.0f}" for module, seconds in ranked)


def attributed(
    records: list[Record], providers: frozenset[str]
) -> tuple[dict[str, float], float, float]:
    """CPU seconds of the tests counted to each provider, and of the tests that name none:
    those whose cost grows with the catalog, and the others."""
    own = dict.fromkeys(sorted(providers), 0.0)
    growing = constant = 0.0
    for node, seconds, grows in records:
        named = resources.named(node, providers)
        for provider in named:
            own[provider] += seconds / len(named)
        if not named and grows:
            growing += seconds
        elif not named:
            constant += seconds
    return own, growing, constant


def _catalog_pass(data: dict[str, Any], folder: Path) -> float:
    """CPU seconds of generating every output of `data` and building its site, strictly."""
    spec = folder / "catalog.json"
    spec.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = _children_seconds()
    generate = [
        sys.executable,
        "-m",
        "codegen",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(folder),
    ]
    subprocess.run(generate, cwd=ROOT, env=python_env(), check=True, capture_output=True)
    ignored = shutil.ignore_patterns("public", "reference")
    shutil.copytree(ROOT / "site", folder / "site", ignore=ignored, dirs_exist_ok=True)
    build = [
        sys.executable,
        str(ROOT / "site" / "build.py"),
        "--site",
        str(folder / "site"),
        "--out",
        str(folder / "public"),
    ]
    subprocess.run(build, cwd=ROOT, env=python_env(), check=True, capture_output=True)
    return _children_seconds() - before


def catalog_growth() -> tuple[float, int, int]:
    """The fraction of a pass over the catalog that each provider adds, from a pass over the
    catalog and one over the first half of its providers, and the two numbers of providers."""
    from tests.support.helpers import only, spec_data

    providers = list(spec_data()["providers"])
    # The first half, with the providers whose code sets they name (tests.support.helpers.only).
    half = list(only(spec_data(), providers[: len(providers) // 2])["providers"])
    with tempfile.TemporaryDirectory() as whole, tempfile.TemporaryDirectory() as part:
        everything = _catalog_pass(spec_data(), Path(whole))
        fewer = _catalog_pass(only(spec_data(), half), Path(part))
    return (
        (everything - fewer) / (len(providers) - len(half)) / everything,
        len(providers),
        len(half),
    )


def suite_cpu() -> Row:
    """the suite's CPU time per provider"""
    require(ROOT / "build" / "python" / "bankcodes" / "__init__.py")
    from tests.support.helpers import spec_data

    providers = frozenset(spec_data()["providers"])
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as built:
        building, artefacts = _artefacts(Path(built))
        measured, wall, status = _run_suite(Path(folder), artefacts)
        records, probe = _records(Path(folder))
    total = measured - probe
    own, growing, constant = attributed(records, providers)
    beyond = max(total - sum(seconds for _, seconds, _ in records), 0.0)
    growth, count, halved = catalog_growth()
    each_own = sum(own.values()) / len(providers)
    catalog_wide = building + growing + beyond
    each_shared = catalog_wide * growth
    per_provider = each_own + each_shared
    ranked = sorted(own.items(), key=lambda item: -item[1])
    heaviest = ", ".join(f"{name} {seconds:.0f}" for name, seconds in ranked[:3])
    return Row(
        subject=f"make test's suite and the artefacts it reads, {len(providers)} providers "
        "(standards included): what one more adds",
        baseline="-",
        value=f"{per_provider:.1f} CPU-s per provider",
        goal=f"<= {BUDGET:.0f} CPU-s per provider",
        met=status == 0 and per_provider <= BUDGET,
        detail=f"the suite: {total:.0f} CPU-s in {wall:.0f} s wall (the probe's own "
        f"{probe:.0f} left out), after the artefacts' {building:.0f}"
        f"{'' if status == 0 else f', and it failed (pytest exited {status})'}; "
        f"per provider: {each_own:.1f} CPU-s in tests of its own (the heaviest: {heaviest}) and "
        f"{each_shared:.1f} in the work over the whole catalog ({catalog_wide:.0f} CPU-s: the "
        f"artefacts, {growing:.0f} in tests that name no provider (the heaviest: "
        f"{heaviest_growing(records, providers)}) and {beyond:.0f} beyond the "
        f"tests; each provider adding {growth:.1%} of a pass over the catalog, measured on "
        f"{count} and {halved} providers); {constant:.0f} CPU-s in tests of a spec or project "
        "whose size does not grow",
    )
