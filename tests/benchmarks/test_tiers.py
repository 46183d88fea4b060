"""The suite's tiers: each test marked by what it runs beyond its process (tests/support/
resources.py), and an unmarked test that starts a process failed, naming the mark to add."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from hypothesis import given, settings, strategies

from tests.conftest import MypyRun
from tests.support import each, resources


def _popen(*argv: str) -> tuple[object, ...]:
    """The arguments of the audit event subprocess.Popen: executable, args, cwd, env."""
    return (argv[0], list(argv), None, None)


def test_an_unmarked_test_that_starts_a_process_is_told_the_mark_to_add(
    request: pytest.FixtureRequest,
) -> None:
    watch = resources.Watch()
    watch.begin(request.node)
    with pytest.raises(resources.UnmarkedProcess) as raised:
        watch.hook("subprocess.Popen", _popen("node", "tests/js/decide.mjs"))
    said = str(raised.value)
    assert said.startswith(f"{request.node.nodeid} is in-process")
    assert "'node tests/js/decide.mjs'" in said and "@pytest.mark.node " in said
    with pytest.raises(resources.UnmarkedProcess, match=r"@pytest\.mark\.subprocess "):
        watch.hook("os.system", ("git status",))
    with pytest.raises(resources.UnmarkedProcess, match=r"'os\.fork'"):
        watch.hook("os.fork", ())
    assert len(watch.taken()) == 3 and watch.taken() == []


def test_a_test_s_own_events_that_start_nothing_pass(request: pytest.FixtureRequest) -> None:
    watch = resources.Watch()
    watch.begin(request.node)
    watch.hook("open", ("/dev/null", "r", 0))
    watch.hook("socket.connect", (None, ("127.0.0.1", 9)))
    assert watch.taken() == []


@pytest.mark.subprocess
def test_a_marked_test_may_start_a_process_but_node_only_when_marked_node(
    request: pytest.FixtureRequest,
) -> None:
    watch = resources.Watch()
    watch.begin(request.node)
    watch.hook("subprocess.Popen", _popen(sys.executable, "-m", "mypy"))
    watch.hook("os.posix_spawn", ("/usr/bin/git", ["git", "ls-files"], {}))
    with pytest.raises(resources.UnmarkedProcess, match=r"is marked subprocess only"):
        watch.hook("subprocess.Popen", _popen("codegen/node/node_modules/.bin/tsc", "-p", "x"))
    playwright = ".venv/lib/python3.11/site-packages/playwright/driver/node"
    with pytest.raises(resources.UnmarkedProcess, match=r"@pytest\.mark\.browser "):
        watch.hook("subprocess.Popen", _popen(playwright, "run-driver"))
    watch.end()
    watch.hook("subprocess.Popen", _popen("node", "-e", "1"))  # between tests: no test to fail
    assert watch.taken() == []


@pytest.mark.parametrize(
    ("argv", "mark"),
    [
        ((sys.executable, "-m", "codegen", "generate", "--spec", "x.json"), "project"),
        ((sys.executable, "-m", "mkdocs", "build", "--strict"), "site"),
        ((sys.executable, "-m", "hatchling", "build"), "package"),
        (("npm", "pack", "demo@1.0.0"), "node"),
        (("/usr/bin/chromium-headless-shell", "--headless"), "browser"),
        ((sys.executable, "-m", "bankcodes.cli", "explain", "-"), "subprocess"),
        (("make", "--no-print-directory", "drift"), "subprocess"),
    ],
)
def test_the_mark_named_is_that_of_what_the_process_runs(argv: tuple[str, ...], mark: str) -> None:
    assert resources.suggested(argv) == mark


def test_a_test_is_marked_by_the_fixtures_it_uses(
    mypy_strict: MypyRun, request: pytest.FixtureRequest
) -> None:
    """mypy_strict runs mypy: a test that takes it starts a process, and is marked so as it is
    collected."""
    assert resources.marks_of(request.node) == {"subprocess"}
    assert request.node.get_closest_marker("subprocess") is not None
    assert resources.FIXTURES["mypy_strict"] == ("subprocess",)


def test_an_in_process_test_has_no_mark(request: pytest.FixtureRequest) -> None:
    assert resources.marks_of(request.node) == set()
    assert not any(request.node.get_closest_marker(name) for name in resources.MARKS)


@pytest.mark.parametrize(
    ("nodeid", "named"),
    [
        ("tests/catalog/test_lean_facts.py::test_a_status", ["lean"]),
        ("tests/payloads/test_payloads.py::test_readers[plaid/webhook: NaN amount]", ["plaid"]),
        ("tests/payloads/test_whose_body.py::test_read[lean-plaid/error-x]", ["lean", "plaid"]),
        # A test's own name is no parameter: words of it name nothing.
        ("tests/site/test_site.py::test_a_lean_page", []),
        ("tests/catalog/test_cleaner.py::test_x[leaning]", []),
    ],
)
def test_a_test_names_the_providers_of_its_module_s_name_and_its_parameters(
    nodeid: str, named: list[str]
) -> None:
    assert resources.named(nodeid, ["lean", "plaid", "mono"]) == named


def test_an_in_process_test_grows_with_the_catalog(request: pytest.FixtureRequest) -> None:
    assert resources.in_process(request.node) and resources.grows(request.node)


@pytest.mark.subprocess
def test_a_marked_test_grows_only_when_it_reads_the_whole_catalog(
    request: pytest.FixtureRequest,
) -> None:
    assert not resources.in_process(request.node) and not resources.grows(request.node)


def test_make_check_tries_each_property_with_a_quarter_of_its_examples() -> None:
    @settings(max_examples=600)
    @given(strategies.integers())
    def many(number: int) -> None:
        """A property searched through 600 examples."""

    @settings(max_examples=40)
    @given(strategies.integers())
    def few(number: int) -> None:
        """A property of 40."""

    def plain() -> None:
        """No property."""

    items = [SimpleNamespace(obj=many), SimpleNamespace(obj=few), SimpleNamespace(obj=plain)]
    resources.fewer_examples([*items, SimpleNamespace(obj=many)])
    asked = [test._hypothesis_internal_use_settings.max_examples for test in (many, few)]  # type: ignore[attr-defined]
    assert asked == [150, 25]
    assert not hasattr(plain, "_hypothesis_internal_use_settings")


def test_a_provider_s_cases_checked_as_one_test_fail_naming_each_case_that_failed() -> None:
    """tests/support/each.py: one test per provider, every case checked, each failure named."""
    grouped = each.by_provider([("a", "a: 1", 1), ("b", "b: 2", 2), ("a", "a: 3", 3)])
    assert [(p.id, p.values) for p in grouped] == [
        ("a", ("a", [("a: 1", 1), ("a: 3", 3)])),
        ("b", ("b", [("b: 2", 2)])),
    ]

    def small(case: int) -> None:
        assert case < 2, "too big"
        if case == 1:
            pytest.fail("one is refused")

    with pytest.raises(AssertionError) as raised:
        each.each([("x: 1", 1), ("x: 2", 2), ("x: 0", 0), ("x: None", None)], small)
    assert str(raised.value).splitlines() == [
        "3 of 4 cases failed:",
        "x: 1: Failed: one is refused",
        "x: 2: too big",
        "assert 2 < 2",
        "x: None: TypeError: '<' not supported between instances of 'NoneType' and 'int'",
    ]
