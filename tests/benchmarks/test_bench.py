"""make bench's plumbing: rows for missing subjects, and the Performance page that the site's
hook fills from bench/results.json (the measurements themselves are not timed tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bench.page import VALUE_MARKER, performance, quoted
from tests.support.helpers import ROOT


def _bench() -> ModuleType:
    import bench.run

    return bench.run


def test_a_missing_subject_is_reported_as_not_built(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _bench()

    def absent() -> object:
        """TS bundle, Flinks Connect listener slice"""
        bench.require(ROOT / "generated" / "does-not-exist")
        raise AssertionError("require() must stop here")

    monkeypatch.setattr(bench, "MEASURES", (absent,))
    (row,) = list(bench._rows(bench.MEASURES))
    assert row.measure == "TS bundle, Flinks Connect listener slice"
    assert row.value == "not built"
    assert "missing generated/does-not-exist" in row.detail


def test_a_row_is_named_by_its_measure_built_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _bench()

    def built() -> object:
        """TS bundle, a listener helper alone"""
        return bench.Row(subject="s", baseline="-", value="1 B", goal="-", met=None, detail="d")

    def absent() -> object:
        """TS bundle, a listener helper alone"""
        raise bench.NotBuilt("missing build/typescript")

    names = [row.measure for row in bench._rows((built, absent))]
    assert names == ["TS bundle, a listener helper alone"] * 2


def _results(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    return path


def test_the_performance_page_shows_every_row(tmp_path: Path) -> None:
    machine = {
        "taken": "2026-01-02 03:04 UTC",
        "python": "3.11.7",
        "implementation": "CPython",
        "system": "Linux",
        "machine": "x86_64",
        "cpus": 2,
    }
    row = {
        "measure": "import bankcodes",
        "subject": "s",
        "baseline": "import http",
        "value": "1.07x",
        "goal": "<= 1.5x",
        "met": True,
        "detail": "d",
    }
    page = performance(_results(tmp_path, {"machine": machine, "rows": [row]}))
    assert "2026-01-02 03:04 UTC" in page and "2 CPUs" in page
    assert "| import bankcodes | 1.07x | &lt;= 1.5x | yes |" in page


def test_no_results_say_how_to_measure(tmp_path: Path) -> None:
    assert "run `make bench`" in performance(tmp_path / "absent.json")


@pytest.mark.parametrize("data", [[], {"machine": {}, "rows": []}, {"machine": None}])
def test_malformed_results_give_one_clear_error(data: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not in the shape make bench writes: run make bench"):
        performance(_results(tmp_path, data))


def test_the_receive_row_receives_published_examples_however_old_they_are() -> None:
    """The published examples were sent long ago: the row receives each as of the time it says it
    was sent, so the provider's window (checked by default) does not refuse it."""
    import datetime

    from bench import delivery_rows

    assert delivery_rows._sent_at(b'{"timestamp": "2025-12-17T13:59:32.008Z"}') == (
        datetime.datetime(2025, 12, 17, 13, 59, 32, 8000, tzinfo=datetime.UTC)
    )
    assert delivery_rows._sent_at(b'{"type": "x"}') is None
    row = delivery_rows.webhook_receive()
    assert row.value.endswith(" us per delivery") and "published webhook examples" in row.detail


def _row(measure: str, value: str) -> dict[str, object]:
    keys = ("measure", "subject", "baseline", "value", "goal", "met", "detail")
    return dict(zip(keys, (measure, "s", "-", value, "-", None, "d"), strict=True))


def test_a_page_quotes_a_measurement_by_its_measure(tmp_path: Path) -> None:
    machine: dict[str, object] = {"taken": "t", "python": "3.11", "implementation": "CPython"}
    machine |= {"system": "Linux", "machine": "x86_64", "cpus": 2}
    rows = [_row("TS bundle, a", "1.0 kB minified (0.5 kB gzip)"), _row("TS bundle, b*", "2 *B*")]
    path = _results(tmp_path, {"machine": machine, "rows": rows})
    page = "It is <!-- bench value: TS bundle, b* -->, then <!-- bench value: TS bundle, a -->."
    assert quoted(page, path) == "It is 2 \\*B\\*, then 1.0 kB minified (0.5 kB gzip)."
    # Its details, where the page gives them.
    page = "By provider: <!-- bench detail: TS bundle, a -->; <!-- bench value: TS bundle, a -->."
    assert quoted(page, path) == "By provider: d; 1.0 kB minified (0.5 kB gzip)."
    # One not measured yet (make bench builds the site before it measures), or no results.
    later = "is <!-- bench value: TS bundle, c -->."
    assert quoted(later, path) == "is (not measured yet: run `make bench`)."
    assert quoted(later, tmp_path / "absent.json") == quoted(later, path)


def test_every_measurement_the_site_quotes_is_measured() -> None:
    results = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    measured = {row["measure"] for row in results["rows"]}
    quoted = [
        (page.name, found.group(2))
        for page in sorted((ROOT / "site" / "docs").glob("*.md"))
        for found in VALUE_MARKER.finditer(page.read_text(encoding="utf-8"))
    ]
    assert ("typescript.md", "TS bundle, the TypeScript page's root entry example") in quoted
    assert ("webhooks.md", "TS bundle, a provider's receiver, shared secret or HMAC") in quoted
    assert [(page, measure) for page, measure in quoted if measure not in measured] == []


def test_the_typescript_pages_bundled_examples_are_its_first_and_its_root_entrys() -> None:
    from bench.build_rows import PAGE_EXAMPLES, page_example

    first, root = (page_example(heading) for heading in PAGE_EXAMPLES.values())
    assert 'from "bankcodes/flinks";' in first and 'from "bankcodes";' not in first
    assert 'from "bankcodes";' in root
    with pytest.raises(ValueError, match="no one section '## Nowhere' with one ts block"):
        page_example("Nowhere")


def test_a_tests_cpu_time_is_counted_to_the_providers_it_names() -> None:
    from bench.suite_rows import attributed, heaviest_growing

    providers = frozenset({"lean", "plaid", "mono"})
    records = [
        ("tests/catalog/test_plaid_facts.py::test_a_code", 4.0, True),  # its module names it
        ("tests/payloads/test_payloads.py::test_readers[lean/webhook: NaN amount]", 2.0, True),
        ("tests/payloads/test_whose_body.py::test_read[plaid-lean]", 3.0, True),  # each half
        ("tests/site/test_site.py::test_the_font_is_monospace[mono-space]", 1.0, False),
        ("tests/site/test_site.py::test_code_is_in_monospace", 5.0, True),  # no provider: shared
        ("tests/generation/test_sync.py::test_the_committed_tree_is_in_sync", 6.0, True),
        # A test of the small project names no provider, and grows with no provider either.
        ("tests/site/test_site.py::test_no_serious_accessibility_violation[x]", 7.0, False),
    ]
    own, growing, constant = attributed(records, providers)
    assert own == {"lean": 3.5, "plaid": 5.5, "mono": 1.0}
    assert (growing, constant) == (11.0, 7.0)
    # The growing share names the modules it comes from, the heaviest first.
    assert heaviest_growing(records, providers, 1) == "tests/generation/test_sync.py 6"
    assert heaviest_growing(records, providers).startswith("tests/generation/test_sync.py 6, ")


#: A process that starts one that spends a third of a CPU-second, and ends without waiting for it.
_ORPHANING = """
import subprocess, sys
spend = "import time\\nt = time.process_time()\\nwhile time.process_time() - t < 0.35: pass"
subprocess.Popen([sys.executable, "-c", spend])
"""


@pytest.mark.subprocess
def test_the_suites_cpu_time_counts_a_process_nobody_waited_for() -> None:
    """The suite's CPU time is read from the processes its run waited for; a process whose
    parent ended without waiting for it (Playwright's driver, and Chromium with it) is adopted
    and waited for by `reaping`, so its time is counted too."""
    measure = f"""
import resource, subprocess, sys
from bench.suite_rows import reaping
def spent():
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime
before = spent()
with reaping():
    subprocess.run([sys.executable, "-c", {_ORPHANING!r}], check=True)
print(spent() - before)
"""
    result = subprocess.run(
        [sys.executable, "-c", measure], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) >= 0.35


def test_make_bench_fails_only_when_a_budget_is_over(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _bench()

    def row(met: bool) -> object:
        return bench.Row(subject="s", baseline="-", value="v", goal="<= 1", met=met, detail="d")

    def over() -> object:
        """m"""
        return row(False)

    def within() -> object:
        return row(True)

    def unmet() -> object:  # a goal, not a budget
        return row(False)

    monkeypatch.setattr(bench, "MEASURES", (over, within, unmet))
    monkeypatch.setattr(bench, "BUDGETS", (over, within))
    assert bench.main(["within", "unmet"]) == 0
    assert bench.main(["over"]) == 1
    assert capsys.readouterr().out.endswith("over budget: m\n")


@pytest.mark.subprocess
def test_the_probe_records_every_phase_of_a_passing_and_a_failing_test(tmp_path: Path) -> None:
    import subprocess
    import sys

    tests = tmp_path / "test_probed.py"
    tests.write_text("def test_passes():\n    pass\n\ndef test_fails():\n    assert False\n")
    records = tmp_path / "records"
    # The run is a pytest of its own, not a worker of this one (xdist names its workers so).
    outside = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")}
    env = {**outside, "BANKCODES_SUITE_PROBE": str(records), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "bench.suite_probe"]
    done = subprocess.run(
        [*command, "-p", "no:cacheprovider", "-c", os.devnull, str(tests)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stdout  # one test failed, as written
    (written,) = records.glob("main-*.jsonl")
    first, *lines = written.read_text(encoding="utf-8").splitlines()
    assert json.loads(first)["worker"] == "main" and json.loads(first)["cpu"] > 0
    phases = [json.loads(line)[:2] for line in lines]
    assert phases == [
        [f"test_probed.py::{name}", phase]
        for name in ("test_passes", "test_fails")
        for phase in ("setup", "call", "teardown")
    ]
    assert all(json.loads(line)[3] >= 0 for line in lines)
    # What the probe's own readings cost is written, for make bench to leave out of the total.
    from bench.suite_rows import _records

    probe = json.loads(first)["probe"]
    assert probe > 0
    assert _records(records) == ([(r[0], r[3], r[4]) for r in map(json.loads, lines)], probe)
    # Each test is in-process (it is marked by none of tests/support/resources.py's MARKS):
    # what it costs grows with the catalog.
    assert all(json.loads(line)[4] is True for line in lines)


def test_the_doubled_catalog_is_a_valid_spec_whose_copies_name_only_copies(
    tmp_path: Path,
) -> None:
    """The bench's catalog of twice the sources: each provider and standard beside a copy
    under a new id, the spec valid, and no copy naming an original's code set or kind."""
    from bench.doubled import SUFFIX, doubled
    from codegen import loader
    from tests.support.helpers import strings, write_spec

    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    twice = doubled(json.loads(json.dumps(spec)))
    assert list(twice["providers"]) == [
        *spec["providers"],
        *(p + SUFFIX for p in spec["providers"]),
    ]
    assert len(twice["payloads"]) == 2 * len(spec["payloads"])
    catalog = loader.load(write_spec(tmp_path, twice))
    original_sets = {s.ref for s in catalog.code_sets if s.provider.id in spec["providers"]}
    for copy in (p for p in catalog.providers if p.id not in spec["providers"]):
        named = strings([twice["providers"][copy.id]])
        named |= strings([twice["payloads"][kind.id] for kind in copy.payloads])
        assert not {ref for ref in named if ".".join(ref.split(".")[:2]) in original_sets}
        assert not {ref for ref in named if ref in spec["payloads"] or ref in spec["sources"]}
