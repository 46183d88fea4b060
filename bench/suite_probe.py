"""A pytest plugin of `make bench` (`-p bench.suite_probe`): the CPU time each test's setup, call
and teardown cost the whole tree of processes that ran it, written as JSON lines into the folder
that BANKCODES_SUITE_PROBE names (one file per process of the run).

The tree is the process itself, the children it has waited for (their own waited children
included) and the descendants still running (Chromium and its renderers, a served site), read
from /proc. A descendant that ends without being waited for by one of the tree leaves the tree
with the time it had: a phase that saw it leave counts nothing rather than less than nothing.

Reading the tree costs this process about a millisecond and a half once a browser runs (its
threads' lists of children): what a reading costs after taking this process's own time is left
out of the phase it opens, and the probe's whole cost is written with the totals, for `make
bench` to leave out of the suite's.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import resources

#: Clock ticks per second of /proc/PID/stat's times.
TICK = os.sysconf("SC_CLK_TCK")
#: The phases of a test, each a record: [node id, phase, wall seconds, CPU seconds, whether what
#: the test costs grows with the catalog (tests/support/resources.py's `grows`)].
Record = tuple[str, str, float, float, bool]
_RECORDS: list[Record] = []
_STARTED: dict[str, float] = {}
#: The CPU seconds this process spent reading its tree.
_PROBE = [0.0]


def _children(pid: int) -> list[str]:
    found: list[str] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as listed:
                found += listed.read().split()
        except OSError:
            continue
    return found


def _running(pid: int) -> float:
    """The CPU seconds of the running descendants of `pid`, with those they have waited for."""
    total = 0.0
    for child in _children(pid):
        try:
            with open(f"/proc/{child}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile
        # utime, stime, cutime and cstime: the 14th to the 17th fields of the line.
        total += sum(int(value) for value in fields[11:15]) / TICK + _running(int(child))
    return total


def tree_seconds() -> float:
    """The CPU seconds of this process's tree so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime + _running(os.getpid())


def _read() -> tuple[float, float]:
    """The tree's CPU seconds (`tree_seconds`), and what reading them cost this process."""
    started = time.process_time()
    seconds = tree_seconds()
    cost = time.process_time() - started
    _PROBE[0] += cost
    return seconds, cost


def pytest_sessionstart() -> None:
    _STARTED["cpu"], _STARTED["wall"] = _read()[0], time.perf_counter()


def _phase(item: pytest.Item, phase: str) -> Iterator[None]:
    """The phase run, and recorded whether it passed or raised: the tree's time from the
    reading before it (its own time is taken first, what the rest of that reading cost is left
    out) to the one after (whose cost comes after its own time is taken)."""
    (cpu, reading), wall = _read(), time.perf_counter()
    try:
        return (yield)
    finally:
        spent = max(_read()[0] - cpu - reading, 0.0)
        grows = resources.grows(item)
        _RECORDS.append((item.nodeid, phase, time.perf_counter() - wall, spent, grows))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    return (yield from _phase(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from _phase(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    return (yield from _phase(item, "teardown"))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish() -> None:
    """This process's records, after a first line with its own and its tree's totals."""
    folder = Path(os.environ["BANKCODES_SUITE_PROBE"])
    folder.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    total = {
        "worker": worker,
        "cpu": _read()[0] - _STARTED["cpu"],
        "wall": time.perf_counter() - _STARTED["wall"],
        "probe": _PROBE[0],
    }
    lines = [json.dumps(total), *(json.dumps(record) for record in _RECORDS)]
    path = folder / f"{worker}-{os.getpid()}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
