"""How make bench measures: a row of results, medians of repeated runs, runs interleaved with
their baseline, and the cost of an import in a fresh interpreter."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class NotBuilt(Exception):
    """The subject of a measure does not exist yet (a generated output, a toolchain)."""


def lasting_folder(prefix: str) -> Path:
    """A new temporary folder that lasts as long as the run: removed when it ends."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def require(*paths: Path) -> None:
    missing = [path.relative_to(ROOT).as_posix() for path in paths if not path.exists()]
    if missing:
        raise NotBuilt(f"missing {', '.join(missing)}: run make")


@dataclass(frozen=True, kw_only=True)
class Row:
    """A row of the results; its measure is the docstring of the function that measures it
    (bench.run sets it). A row without a baseline says "-"; one that only reports its value
    has no goal ("reported") and is neither met nor not."""

    measure: str = ""
    subject: str
    baseline: str = "-"
    value: str
    goal: str = "reported"
    met: bool | None = None
    detail: str


def median_seconds(function: Callable[[], object], *, repeat: int = 7, number: int = 1) -> float:
    """Median wall time of `number` calls, over `repeat` rounds."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def interleaved(
    subject: Callable[[], object], baseline: Callable[[], object], *, rounds: int, number: int
) -> tuple[float, float]:
    """Median seconds per call of subject and baseline, timed in alternating rounds."""
    subject_times, baseline_times = [], []
    for _ in range(rounds):
        subject_times.append(median_seconds(subject, repeat=1, number=number))
        baseline_times.append(median_seconds(baseline, repeat=1, number=number))
    return statistics.median(subject_times), statistics.median(baseline_times)


#: Times one import statement in a fresh interpreter (start-up excluded) and reports which heavy
#: modules it loaded.
IMPORT_PROBE = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, *(name in sys.modules for name in ('pydantic', 'jinja2')))\n"
)


def python_env(**extra: str) -> dict[str, str]:
    """The environment of a measured Python process: bytecode is written and used, as for any
    installed package and any checkout a maintainer works in (the standard library ships it)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def output(
    *command: str, env: dict[str, str] | None = None, cwd: Path = ROOT, python: bool = True
) -> str:
    """What `command` prints, run from `cwd` with `env` (python_env() by default), after the
    interpreter when `python` (else `command` names its program); a failure raises."""
    import subprocess

    program = [sys.executable] if python else []
    return subprocess.run(
        [*program, *command],
        cwd=cwd,
        env=env or python_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def import_once(statement: str, package: Path | None = None) -> tuple[float, bool]:
    """The seconds `statement` takes in a fresh interpreter that imports bankcodes from the
    folder of `package` (PACKAGE's by default), and whether it loaded a heavy module."""
    env = python_env(PYTHONPATH=str((package or PACKAGE).parent))
    probe = IMPORT_PROBE.format(statement=statement)
    elapsed, *heavy = output("-c", probe, env=env, cwd=ROOT / "bench").split()
    return float(elapsed), "True" in heavy


def import_costs(statement: str, baseline: str, rounds: int = 15) -> tuple[float, float, bool]:
    """Median import seconds of statement (importing bankcodes from PACKAGE) and baseline,
    alternating, after one warm-up each."""
    subjects, base, heavy = import_costs_of(statement, baseline, rounds, (PACKAGE,))
    return subjects[0], base, heavy


def import_costs_of(
    statement: str, baseline: str, rounds: int, packages: tuple[Path, ...]
) -> tuple[list[float], float, bool]:
    """Median import seconds of statement with each of `packages`, and of baseline, each round
    measuring them all in turn, after one warm-up each; and whether a heavy module loaded."""
    for package in packages:
        import_once(statement, package)
    import_once(baseline)
    times: list[list[float]] = [[] for _ in packages]
    baseline_times, heavy = [], False
    for _ in range(rounds):
        for found, package in zip(times, packages, strict=True):
            seconds, loaded = import_once(statement, package)
            found.append(seconds)
            heavy = heavy or loaded
        baseline_times.append(import_once(baseline)[0])
    medians = [statistics.median(found) for found in times]
    return medians, statistics.median(baseline_times), heavy


#: The Python package the measures import, as the development install assembles it.
PACKAGE = ROOT / "build" / "python" / "bankcodes"
