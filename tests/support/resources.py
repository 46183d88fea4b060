"""What each test runs beyond this process, as marks (as pytest's own suite and CPython's `-u`
resources mark theirs): a test is marked by the fixtures it uses (`FIXTURES`, applied by
tests/conftest.py as the tests are collected) or, where it starts a process itself, by a mark of
its own (a module's `pytestmark` or a test's decorator). A test with none of the marks is
in-process: `make check` runs those alone, over the whole catalog.

The marks are kept true while the tests run: an audit hook (`sys.addaudithook`) sees each process
a test starts (subprocess, os.posix_spawn, os.exec*, os.system, os.fork) and fails an unmarked
test that starts one, naming the mark to add.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

import pytest

#: Each mark and what it says a test uses.
MARKS = {
    "browser": "Chromium, through Playwright (the site's pages, the decoder)",
    "node": "Node and the npm tools: npm, tsc, esbuild, a Node script",
    "site": "a site built by mkdocs",
    "project": "a generated copy of a project or a spec: the small project, the fourth "
    "provider's tree, a copy per code fact, a whole generate of an edited or malformed spec "
    "(a generate that gets as far as the TypeScript package runs Node: marked node too)",
    "package": "the packages built: the wheel, the sdist, the npm tarball",
    "subprocess": "any other process: the CLI or the MCP server in a process, mypy, git, make",
}

#: The marks of each fixture that runs something beyond the test's process, by the fixture's
#: name, or, where a module's fixture has a name another module's fixture has too, by the
#: module's path and the name ("tests/site/test_site.py::checked"). A test is marked by every
#: fixture it uses, those its fixtures use included.
FIXTURES: dict[str, tuple[str, ...]] = {
    "chromium_browser": ("browser",),
    "built": ("site",),
    "generated_tree": ("project", "node"),
    # A generate runs Node (the TypeScript package's validators).
    "small_project": ("project", "site", "node"),
    "small_typescript": ("node",),
    "small_engine_only": ("project", "site", "node"),  # the small project's, by its engine alone
    "fourth_tree": ("project", "node"),
    "packages": ("package",),
    "typescript_installed": ("node",),
    "mypy_strict": ("subprocess",),
    "client": ("subprocess",),  # the MCP server, started as the site's configuration says
    "ajv": ("node",),
    "node_split": ("node",),
    "node_work": ("node",),
    "registry": ("node",),  # npm, asked of a registry on a loopback port
    "addressed": ("project",),
    "tests/generation/test_per_code_fact.py::project": ("project", "node"),
    "tests/generation/test_per_code_fact_readers.py::project": ("project", "node"),
    # Generate refusing a malformed spec, beside a copy of the generated tree it must not change.
    "tests/spec/test_spec_corpus.py::rejected": ("project",),
    "tests/spec/test_spec_corpus.py::tree": ("project",),
    "tests/spec/test_spec.py::tree": ("project",),
    "tests/site/test_decoder_build.py::project": ("node",),
    "tests/typescript/test_npm_package.py::app": ("node",),  # npm install of the tarball
    "tests/python/test_packaging.py::wheel": ("package",),
}

#: The events of the audit hook that start a process.
EVENTS = frozenset(
    {
        "subprocess.Popen",
        "os.posix_spawn",
        "os.exec",
        "os.spawn",
        "os.system",
        "os.fork",
        "os.forkpty",
        "pty.spawn",
    }
)

#: The programs that say which mark a process calls for, by a word of its first arguments.
_SUGGESTED = (
    (("playwright", "chromium", "chromium-headless-shell", "chrome"), "browser"),
    (("node", "npm", "npx", "tsc", "esbuild", "vite", "prettier"), "node"),
    (("mkdocs", "zensical"), "site"),
    (("hatchling", "pip", "twine"), "package"),
)
#: The marks a process of their kind needs whatever other marks its test has: a test of a site
#: that also runs Node is marked `node` too, so that the marks say where Node and the browser run.
STRICT = frozenset({"browser", "node"})


class UnmarkedProcess(RuntimeError):
    """An unmarked (in-process) test started a process."""


def marks_of(item: pytest.Item) -> set[str]:
    """The marks of MARKS that `item` has, from its fixtures and its own marks."""
    found = {mark.name for mark in item.iter_markers() if mark.name in MARKS}
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs if info is not None else {}
    for name in getattr(item, "fixturenames", ()):
        found.update(FIXTURES.get(name, ()))
        for definition in definitions.get(name, ()):
            found.update(FIXTURES.get(f"{definition.baseid}::{name}", ()))
    return found


def in_process(item: pytest.Item) -> bool:
    """Whether `item` runs in its process alone (none of MARKS, nor `release`)."""
    return not any(item.get_closest_marker(name) for name in (*MARKS, "release"))


#: The fixtures that are, or read, an artefact of the whole catalog (tests/support/artefacts.py):
#: what a test that takes one costs grows with the catalog.
CATALOG = frozenset(
    {
        "built",
        "served",
        "instantly",
        "generated_tree",
        "packages",
        "typescript_installed",
        "typescript_dist",
    }
)


def grows(item: pytest.Item) -> bool:
    """Whether what `item` costs grows with the catalog: an in-process test (a check of data,
    over the whole catalog) or one that reads an artefact of the whole catalog; a check of
    machinery on a spec or project whose size does not grow (the small project, the fourth
    provider, a few providers' spec) does not."""
    return in_process(item) or not CATALOG.isdisjoint(getattr(item, "fixturenames", ()))


def named(nodeid: str, providers: Iterable[str]) -> list[str]:
    """The providers a test's node id names: in its module's name or its parameters (their words,
    split at anything but a letter or a digit): how `make check PROVIDER=id` selects a provider's
    tests and `make bench` counts a test's time to the providers it names."""
    module, _, rest = nodeid.partition("::")
    words = re.split(
        r"[^a-z0-9]+", f"{PurePosixPath(module).stem} {rest.partition('[')[2]}".lower()
    )
    return sorted(set(providers).intersection(words))


def selected(
    items: Sequence[pytest.Item], in_process_only: bool, providers: Sequence[str]
) -> list[pytest.Item]:
    """The items `--in-process` (the in-process ones) and `--provider ID` (those that name ID)
    keep; a provider the catalog does not have is a usage error naming the ones it has."""
    if providers:
        from tests.support.spec_index import spec_index

        known = spec_index()["providers"]
        unknown = [provider for provider in providers if provider not in known]
        if unknown:
            raise pytest.UsageError(
                f"--provider {unknown[0]!r}: the catalog has no such provider; its providers are "
                + ", ".join(sorted(known))
            )
    return [
        item
        for item in items
        if (not in_process_only or in_process(item))
        and (not providers or named(item.nodeid, providers))
    ]


def mark(items: Iterable[pytest.Item]) -> None:
    """Add to each item the marks its fixtures call for."""
    for item in items:
        own = {mark.name for mark in item.iter_markers()}
        for name in sorted(marks_of(item) - own):
            item.add_marker(name)


def suggested(argv: Sequence[str]) -> str:
    """The mark a process of `argv` calls for."""
    words = set(re.split(r"[\s/\\.=]+", " ".join(str(word) for word in argv[:4]).lower()))
    if {"codegen", "generate"} <= words:
        return "project"
    if {"site", "build", "py"} <= words:  # site/build.py
        return "site"
    for names, name in _SUGGESTED:
        if words.intersection(names):
            return name
    return "subprocess"


def _argv(event: str, args: tuple[object, ...]) -> list[str]:
    if event == "os.system":
        return [str(args[0])]
    if event in {"os.fork", "os.forkpty"}:
        return [event]
    if len(args) > 1 and isinstance(args[1], list | tuple):
        return [str(word) for word in args[1]]
    if len(args) > 1 and isinstance(args[1], str | bytes):
        return [args[1] if isinstance(args[1], str) else args[1].decode(errors="replace")]
    return [str(args[0]) if args else event]


class Watch:
    """The test running now with its marks, and the refusals of the processes it started."""

    def __init__(self) -> None:
        self.item: pytest.Item | None = None
        self.marks: frozenset[str] = frozenset()
        self.started: list[str] = []
        self._lock = threading.Lock()

    def begin(self, item: pytest.Item) -> None:
        self.item = item
        self.marks = frozenset(name for name in MARKS if item.get_closest_marker(name))
        self.started = []

    def end(self) -> None:
        self.item, self.marks, self.started = None, frozenset(), []

    def taken(self) -> list[str]:
        """The refusals since the last taken."""
        with self._lock:
            started, self.started = self.started, []
        return started

    def hook(self, event: str, args: tuple[object, ...]) -> None:
        if event not in EVENTS or self.item is None:
            return
        argv = _argv(event, args)
        needed = suggested(argv)
        if self.marks and (needed not in STRICT or needed in self.marks):
            return
        message = message_for(self.item.nodeid, argv, self.marks)
        with self._lock:
            self.started.append(message)
        raise UnmarkedProcess(message)


def message_for(nodeid: str, argv: Sequence[str], marks: frozenset[str] = frozenset()) -> str:
    """What a test is told of a process its marks do not allow."""
    shown = " ".join(argv)
    shown = shown if len(shown) <= 120 else shown[:117] + "..."
    name = suggested(argv)
    held = (
        f"is marked {', '.join(sorted(marks))} only"
        if marks
        else f"is in-process (it has none of the marks {', '.join(MARKS)})"
    )
    return (
        f"{nodeid} {held} but started a process: {shown!r}. Mark it @pytest.mark.{name} "
        f"({MARKS[name]}), or, where a fixture starts the process, name the fixture in FIXTURES "
        "of tests/support/resources.py"
    )


WATCH = Watch()


def install() -> None:
    """Watch every process this process starts (once per process)."""
    if not getattr(sys, "_bankcodes_watch", False):
        sys.addaudithook(WATCH.hook)
        sys._bankcodes_watch = True  # type: ignore[attr-defined]


#: The share of a property test's examples `make check` runs: a quarter (`make test`: all).
CHECK_EXAMPLES = 4


def fewer_examples(items: Iterable[object]) -> None:
    """Each property test (hypothesis) of the inner loop (`--in-process`, make check) runs a
    quarter of the examples its settings ask for, at least 25 (or all, where it asks fewer):
    every property is tried by `make check` and searched in full by `make test`, where the
    fuzzing's CPU time (a tenth of make check's) does not hold up an edit."""
    from hypothesis import settings

    for test in {getattr(item, "obj", None) for item in items}:
        if getattr(test, "is_hypothesis_test", False):
            asked = test._hypothesis_internal_use_settings  # type: ignore[union-attr]
            fewer = max(asked.max_examples // CHECK_EXAMPLES, min(asked.max_examples, 25))
            test._hypothesis_internal_use_settings = settings(asked, max_examples=fewer)  # type: ignore[union-attr]
