"""Fixtures shared by the whole suite.

The suite runs in parallel (pytest-xdist). An expensive artefact (the built site, the compiled
TypeScript package, a generated tree) is built once per run, by whichever worker needs it
first, under a file lock in the run's shared temporary folder; the other workers wait for it
and read the same files.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import getpass
import http.server
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from filelock import FileLock
from hypothesis import settings

from tests.support import mypy_cache, resources

Build = Callable[[Path], None]

# Property tests check answers, not speed (make bench measures that): an example has no deadline,
# which a loaded machine would otherwise turn into a failure on a first call that waited.
settings.register_profile("bankcodes", deadline=None)
settings.load_profile("bankcodes")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("bankcodes")
    group.addoption(
        "--in-process",
        action="store_true",
        help="only the tests that run in pytest's process alone, none of the marks of "
        "tests/support/resources.py (make check)",
    )
    group.addoption(
        "--provider",
        action="append",
        default=[],
        metavar="ID",
        help="only the tests that name the provider ID in their module's name or their "
        "parameters (make check PROVIDER=ID); may be given again",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Before any worker starts, refresh build/python/bankcodes, the package as the development
    install reads it (links to the runtime's home and to the generated data): a runtime module
    added since the last `make` is importable at once.

    The marks of what a test runs beyond its process (tests/support/resources.py) are declared
    there, each with what it says.

    In every process, the collector of reference cycles runs less often than its default (after
    every 700 allocations): the suite builds large short-lived trees (a loaded spec, a generated
    site) whose collections otherwise cost a tenth of its time.

    The compilers the suite runs a few dozen times, each for a second or two, collect their
    garbage less often too (the workers inherit the environment, and their subprocesses with it):
    TypeScript 7 and esbuild, Go programs, at four times the Go default's heap growth; Node (the
    TypeScript 5 compiler, attw, ajv, npm) with semi-spaces of up to 32 MB, larger than V8 sizes
    them by default, so that fewer of a compiler's short-lived nodes are copied. Either takes
    about a tenth off their time; neither changes what they compute. The Go programs also run on
    one thread (GOMAXPROCS=1): the workers keep every core busy, and TypeScript 7's parallel
    checkers took a tenth more CPU time for the same compile.

    Each process that runs tests answers a load of files whose content it has loaded before,
    wherever they are, with that load's catalog (tests/support/loaded.py); the process that
    gathers the workers' reports loads no spec (the spec's models take a third of a second to
    import, before the workers start).

    The standard library's `platform` module reads the machine once per process, running
    `uname -p` (for the Stripe package's user agent, among others): it does so before the tests,
    as pytest-xdist has each worker do, so that no in-process test of a run on one process
    (`make check PROVIDER=stripe`) is failed for starting that process.

    The temporary folders of earlier runs that pytest would remove as it exits are removed in
    the background instead (`_remove_old_runs`)."""
    gc.set_threshold(50_000, 20, 20)
    platform.platform()
    for name, meaning in resources.MARKS.items():
        config.addinivalue_line("markers", f"{name}: uses {meaning}")
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        from tests.support.loaded import remember

        remember()
    if not hasattr(config, "workerinput"):
        from codegen.assemble import python_view

        python_view()
        os.environ.setdefault("GOGC", "400")
        os.environ.setdefault("GOMAXPROCS", "1")
        node = os.environ.get("NODE_OPTIONS", "")
        if "--max-semi-space-size" not in node:
            os.environ["NODE_OPTIONS"] = f"{node} --max-semi-space-size=32".strip()
        if config.option.basetemp is None:
            _remove_old_runs(int(config.getini("tmp_path_retention_count")))


def _remove_old_runs(keep: int) -> None:
    """The temporary folders of earlier runs that pytest would remove as it exits (all but the
    newest, this run's counted among them), removed now by a process of low priority, while the
    suite runs: a whole run leaves some 40,000 files, which took pytest 3 s to remove after the
    last test. A folder whose run still holds its lock (a run going on, or one that crashed) is
    left to pytest, whose rule for it is its own."""
    root = Path(tempfile.gettempdir()) / f"pytest-of-{getpass.getuser()}"
    runs = sorted(
        (path for path in root.glob("pytest-*") if path.name.removeprefix("pytest-").isdigit()),
        key=lambda path: int(path.name.removeprefix("pytest-")),
    )
    old = [path for path in runs[: max(len(runs) - (keep - 1), 0)] if not (path / ".lock").exists()]
    moved = []
    for path in old:
        aside = root / f".removed-{path.name}-{os.getpid()}"
        with contextlib.suppress(OSError):  # another run moved it first
            path.rename(aside)
            moved.append(str(aside))
    if moved:
        subprocess.Popen(
            ["nice", "-n", "19", "rm", "-rf", "--", *moved],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish() -> None:
    """A worker's objects are frozen once its tests are done: pytest's last collections of
    reference cycles (it looks for exceptions raised in finalizers) and the interpreter's exit
    then skip the heap the run leaves, which kept the workers, and so the run, going for seconds
    after the last test."""
    gc.freeze()


#: The modules that take longest (each builds a generated tree, a site, a package or runs a
#: browser), started first: each module runs on one worker (--dist loadfile), and one of these
#: started last would keep the run going on one core while the others idle. Among them, the
#: modules that mostly wait (for a deadline to pass, a server to drip, a page to settle), each
#: after one that keeps a core busy: their waits pass while the other workers compute, not at
#: the end of the run, where the cores would wait with them. A module that reads what one
#: before it builds (the site: test_site.py) comes after one that keeps a core busy meanwhile.
FIRST = (
    "spec/test_hostile_spec.py",
    "generation/test_new_provider.py",
    "typescript/test_npm_package.py",
    "release/test_packages.py",
    "site/test_site.py",
    "generation/test_sync.py",
    "site/test_decoder.py",
    "generation/test_per_code_fact.py",
    "python/test_error_bodies.py",
    "typescript/test_typescript.py",
    "spec/test_spec_shape.py",
    "mcp/test_mcp_server.py",
    "spec/test_spec_corpus.py",
    "spec/test_spec.py",
    "site/test_decoder_privacy.py",
    "payloads/test_payloads.py",
    "site/test_site_reading.py",
    "python/test_client_errors.py",
    "python/test_packaging.py",
    "site/test_decoder_build.py",
    "generation/test_per_code_fact_readers.py",
    # The in-process modules that take longest, first among those `make check` runs.
    "payloads/test_hardening.py",
    "webhooks/test_key_fetch.py",
    "drift/test_fetch.py",
    "generation/test_filters.py",
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each test marked by what its fixtures run (tests/support/resources.py), before `-m`
    selects by the marks; the tests --in-process and --provider leave out, deselected; then the
    modules of FIRST before the others, in that order; the rest as collected."""
    resources.mark(items)
    selected = resources.selected(
        items, config.getoption("in_process"), config.getoption("provider")
    )
    if len(selected) < len(items):
        kept = set(selected)
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = selected
    if config.getoption("in_process"):
        resources.fewer_examples(items)
    here = Path(__file__).resolve().parent

    @functools.cache  # once per module, not once for each of its tests
    def rank(path: Path) -> int:
        module = path.relative_to(here).as_posix() if path.is_relative_to(here) else ""
        return FIRST.index(module) if module in FIRST else len(FIRST)

    items.sort(key=lambda item: rank(item.path))


resources.install()

# Each process of the suite writes the bytecode of what it imports, the test modules' rewritten
# assertions among it, as `make` has it do (the Makefile says why), even where the environment
# asks it not to (PYTHONDONTWRITEBYTECODE): a run of pytest itself then collects each module
# from its bytecode, not by rewriting and compiling it again (half of a process's collection).
sys.dont_write_bytecode = False


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """While a test runs, a process it starts fails it unless it is marked for what it runs
    (tests/support/resources.py)."""
    resources.WATCH.begin(item)
    try:
        return (yield)
    finally:
        resources.WATCH.end()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport() -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A phase in which a test started a process its marks do not allow, and that passed all the
    same (the refusal caught by the code under test), fails naming the mark to add."""
    report = yield
    started = resources.WATCH.taken()
    if started and not report.failed:
        report.outcome = "failed"
        report.longrepr = "\n".join(started)
    return report


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the machine has cores. A good part of the suite waits
    on another process (Chromium, Node, mkdocs, a wheel build), and the extra worker keeps the
    cores busy meanwhile: on 2 cores, 3 workers finish the suite about a fifth sooner than 2.
    The in-process tests (`--in-process`, make check) wait too, on loopback servers and on the
    deadlines of slow answers, so the extra worker (which collects every test, 2.5 CPU-s, and
    reads the spec again) still pays: on 2 cores, 54 s against 57 s."""
    return (os.cpu_count() or 1) + 1


def _run_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The run's temporary folder that every worker shares."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def shared(
    tmp_path_factory: pytest.TempPathFactory, worker_id: str
) -> Callable[[str, Build], Path]:
    """`shared(name, build)`: the folder `name`, filled once per run by `build(folder)`."""
    root = _run_folder(tmp_path_factory, worker_id)

    def get(name: str, build: Build) -> Path:
        folder = root / f"shared-{name}"
        with FileLock(f"{folder}.lock"):
            done = folder / ".built"
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)  # what a failed build left
                folder.mkdir()
                build(folder)
                done.touch()
        return folder

    return get


#: The `mypy_strict` fixture: a check's arguments, its folder (cwd=) and environment (env=).
MypyRun = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> MypyRun:
    """`mypy_strict(*arguments, cwd=FOLDER, env=None)`: `python -m mypy --strict ARGUMENTS`
    in FOLDER, its result, with a cache of the run's own that the checks of every worker share,
    one check at a time: the standard library, pydantic and the package are analysed by the
    first check, and read back by the others (mypy's incremental mode, whose answers are those
    of a check without a cache), instead of by each check again; the cache starts as a copy of
    lint's, where there is one (tests/support/mypy_cache.py)."""
    cache = _run_folder(tmp_path_factory, worker_id) / "mypy-cache"

    def run(
        *arguments: str, cwd: Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
        with FileLock(f"{cache}.lock"):
            if not cache.exists():
                mypy_cache.copy(Path(__file__).resolve().parent.parent / ".mypy_cache", cache)
            return subprocess.run(
                [*command, *arguments], cwd=cwd, env=env, capture_output=True, text=True
            )

    return run


FOURTH_SPEC = Path(__file__).resolve().parent / "generation" / "fourth" / "catalog.json"


@pytest.fixture(scope="session")
def fourth_tree(shared: Callable[[str, Build], Path]) -> Path:
    """Everything the synthetic fourth provider's spec generates, as `python -m codegen
    generate --spec tests/generation/fourth/catalog.json --out FOLDER` writes it."""
    from tests.support.helpers import run_codegen

    def build(folder: Path) -> None:
        result = run_codegen("generate", "--spec", str(FOURTH_SPEC), "--out", str(folder))
        assert result.returncode == 0, result.stderr

    return shared("fourth", build)


@pytest.fixture(scope="session")
def small_project(shared: Callable[[str, Build], Path]) -> Path:
    """The project made smaller, with the provider of site/docs/adding-a-provider.md added as
    the page says (tests/support/small_project.py): its spec, everything it generates, its site
    and the site built (FOLDER/public), once per run."""
    from tests.support.small_project import build

    return shared("small-project", build)


@pytest.fixture(scope="session")
def small_typescript(shared: Callable[[str, Build], Path], small_project: Path) -> Path:
    """The small project's TypeScript package compiled (its ES modules and declarations, with
    their dependencies found above them), once per run."""
    from tests.support.helpers import build_typescript

    project = small_project / "generated" / "typescript"
    return (
        shared("small-typescript", lambda folder: build_typescript(folder / "dist", project))
        / "dist"
    )


@pytest.fixture(scope="session")
def built(shared: Callable[[str, Build], Path]) -> Path:
    """The project's site as `make docs` builds it, once per run (by `make test` before the
    suite starts, BANKCODES_SITE, else here: tests/support/artefacts.py), with its address given
    as the Pages workflow gives it (SITE_URL: a loopback address, LOOPBACK_SITE of
    tests.support.helpers). The address adds a canonical link to each page and the sitemap's
    entries, makes the links of llms.txt, llms-full.txt and the feed absolute
    (tests/site/test_site_address.py) and the 404 page's start at its path, and changes nothing
    else; the small project's site (`small_project`), built without it, shows what a site
    without its address leaves out."""
    from tests.support import artefacts

    return artefacts.given("site") or shared("site", artefacts.site)


@pytest.fixture(scope="session")
def generated_tree(shared: Callable[[str, Build], Path]) -> Path:
    """Every output of the project's spec generated from another folder, with another hash seed
    and the C locale, once per run (by `make test` before the suite starts, BANKCODES_TREE, else
    here: tests/support/artefacts.py)."""
    from tests.support import artefacts

    return artefacts.given("tree") or shared("tree", artefacts.tree)


@pytest.fixture(scope="session")
def typescript_installed(shared: Callable[[str, Build], Path], packages: Path) -> Path:
    """The package as an app has it installed: the npm tarball of `make packages` (the
    `packages` fixture) unpacked, its dependencies beside it, once per run. An app links it as
    node_modules/bankcodes (see `install_package`)."""
    import tarfile

    from tests.support.helpers import with_dependencies

    def build(folder: Path) -> None:
        (tarball,) = packages.glob("bankcodes-*.tgz")
        with tarfile.open(tarball) as archive:
            archive.extractall(folder, filter="data")
        with_dependencies(folder / "package")

    return shared("typescript-installed", build) / "package"


@pytest.fixture(scope="session")
def typescript_dist(typescript_installed: Path) -> Path:
    """The package's ES modules and declarations, as tsc compiles them into the npm tarball
    (dist/esm, its dependencies found above it)."""
    return typescript_installed / "dist" / "esm"


@pytest.fixture(scope="session")
def packages(shared: Callable[[str, Build], Path]) -> Path:
    """The folder of the wheel, the sdist and the npm tarball as the release builds them (`make
    packages`, with the site's loopback address, leaving the repository as it was), once per run
    (by `make test` before the suite starts, else here: tests/support/artefacts.py); or, where
    BANKCODES_PACKAGES names a folder, the packages built there (`make test`'s, or the release
    workflow's, which `make release-check` checks before they are published, with the site's
    published address)."""
    from tests.support import artefacts

    return artefacts.given("packages") or shared("packages", artefacts.packages)


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[object]:
    """The browser the site's tests drive (Debian's Chromium, as its headless shell, through
    Playwright; see the Makefile), launched once per worker by the first test that needs it.
    Pages are opened in contexts of their own (`browser.new_page`), which share no cookie,
    storage or cache with one another."""
    from playwright.sync_api import sync_playwright

    from tests.support.browser import CHROMIUM
    from tests.support.helpers import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@contextlib.contextmanager
def _serving(folder: Path, *, instantly: bool = False) -> Iterator[str]:
    """`folder` on a free port of 127.0.0.1 (every link of the site is relative); `instantly`:
    as `make serve` serves a built site (site/serve.py), its sitemap listing the pages at the
    address served, where the theme's instant navigation brings them in."""
    from tests.support.helpers import SITE, free_port

    port = free_port()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    kind: type[http.server.SimpleHTTPRequestHandler] = Quiet
    if instantly:
        import importlib.util

        found = importlib.util.spec_from_file_location("site_serve", SITE / "serve.py")
        assert found is not None and found.loader is not None
        serve = importlib.util.module_from_spec(found)
        found.loader.exec_module(serve)
        kind = serve.Handler
    handler = functools.partial(kind, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served(built: Path) -> Iterator[str]:
    """The built site on a free port of 127.0.0.1."""
    with _serving(built) as base:
        yield base


@pytest.fixture(scope="session")
def instantly(built: Path) -> Iterator[str]:
    """The built site served as `make serve` serves it, where the theme's instant navigation
    brings pages in (`_serving`)."""
    with _serving(built, instantly=True) as base:
        yield base


@pytest.fixture(scope="module")
def small_served(small_project: Path) -> Iterator[str]:
    """The small project's built site (`small_project`) on a free port of 127.0.0.1."""
    with _serving(small_project / "public") as base:
        yield base


@pytest.fixture(scope="session")
def small_instantly(small_project: Path) -> Iterator[str]:
    """The small project's built site served as `make serve` serves it (`instantly`)."""
    with _serving(small_project / "public", instantly=True) as base:
        yield base
