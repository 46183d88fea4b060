"""`make bench`: measure bankcodes against baselines measured in the same run, print a table of
ratios and write bench/results.json.

Absolute times on a shared machine are noisy; each row compares its subject with a baseline
timed in the same process, interleaved, and reports the ratio of medians.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, replace

from bench import (
    build_rows,
    delivery_rows,
    doubled,
    drift_rows,
    error_rows,
    pasted_rows,
    payload_rows,
    site_rows,
    suite_rows,
)
from bench.timing import (
    PACKAGE,
    ROOT,
    NotBuilt,
    Row,
    import_costs,
    import_costs_of,
    interleaved,
    require,
)

RESULTS = ROOT / "bench" / "results.json"
sys.path[:0] = [str(ROOT), str(ROOT / "build" / "python")]


def import_package() -> Row:
    """import bankcodes"""
    require(PACKAGE / "__init__.py")
    packages = (PACKAGE, doubled.doubled_package())
    (subject, subject_2), baseline, heavy = import_costs_of(
        "import bankcodes", "import http", 15, packages
    )
    ratio, ratio_2 = subject / baseline, subject_2 / baseline
    return Row(
        subject="import bankcodes (fresh interpreter, start-up excluded, median of 15), of the "
        f"catalog and of {doubled.DOUBLED}",
        baseline="import http",
        value=f"{ratio:.2f}x; {ratio_2:.2f}x at {doubled.size()}",
        goal="<= 1.5x both",
        met=max(ratio, ratio_2) <= 1.5 and not heavy,
        detail=f"{subject * 1e3:.2f} ms vs {baseline * 1e3:.2f} ms; at {doubled.size()}: "
        f"{subject_2 * 1e3:.2f} ms (each round measuring the three in turn)",
    )


def import_providers() -> Row:
    """import the provider modules"""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    modules = [provider["module"] for provider in spec["providers"].values()]
    require(*(PACKAGE / f"{name}.py" for name in modules))
    statement = "import " + ", ".join(f"bankcodes.{name}" for name in modules)
    subject, baseline, heavy = import_costs(statement, "import http")
    # Each enum is built on first use: what a program that uses every one of them pays.
    every_enum = statement + "\n" + "\n".join(f"bankcodes.{name}.CODE_SETS" for name in modules)
    built, _, _ = import_costs(every_enum, "import http", rounds=5)
    ratio = subject / baseline
    return Row(
        subject=statement,
        baseline="import http",
        value=f"{ratio:.2f}x",
        goal="<= 3x, no pydantic/jinja2",
        met=ratio <= 3 and not heavy,
        detail=f"{subject * 1e3:.2f} ms vs {baseline * 1e3:.2f} ms; "
        f"pydantic or jinja2 imported: {'yes' if heavy else 'no'}; "
        f"with every enum of every provider built: {built * 1e3:.2f} ms",
    )


def parse_and_classify() -> Row:
    """Enum.parse and classify"""
    require(PACKAGE / "lean.py")
    import bankcodes
    from bankcodes.lean import SecondaryStatus

    known = [member.value for member in SecondaryStatus]
    values = known + [f"NEW_STATUS_{index}" for index in range(len(known))]
    table = {value: value for value in known}
    parse, classify = SecondaryStatus.parse, bankcodes.classify

    def with_dict() -> None:
        for value in values:
            table.get(value)

    def with_parse() -> None:
        for value in values:
            parse(value)

    def with_classify() -> None:
        for value in values:
            classify("lean", value)

    parse_time, dict_time = interleaved(with_parse, with_dict, rounds=15, number=200)
    classify_time, dict_time_2 = interleaved(with_classify, with_dict, rounds=15, number=200)
    parse_ratio, classify_ratio = parse_time / dict_time, classify_time / dict_time_2
    per_call = dict_time / len(values) * 1e9
    return Row(
        subject="SecondaryStatus.parse / classify('lean', …), half known, half unknown codes",
        baseline="a plain dict.get",
        value=f"parse {parse_ratio:.1f}x, classify {classify_ratio:.1f}x",
        goal="<= 3x",
        met=parse_ratio <= 3 and classify_ratio <= 3,
        detail=f"dict.get {per_call:.0f} ns per call",
    )


MEASURES: tuple[Callable[[], Row], ...] = (
    import_package,
    import_providers,
    parse_and_classify,
    payload_rows.payload_validation,
    payload_rows.large_valid_body,
    payload_rows.large_invalid_body,
    payload_rows.many_problems,
    payload_rows.import_payloads,
    delivery_rows.signature_verification,
    delivery_rows.jwt_verification,
    delivery_rows.webhook_receive,
    delivery_rows.key_fetch_bound,
    build_rows.generation,
    site_rows.site_build,
    site_rows.site_pages,
    site_rows.site_weight,
    site_rows.site_search,
    build_rows.typescript_bundle,
    build_rows.typescript_vite,
    build_rows.typescript_listener,
    build_rows.typescript_entries,
    build_rows.typescript_receivers,
    build_rows.typescript_key_receivers,
    build_rows.typescript_page,
    build_rows.typescript_page_root,
    build_rows.decoder_script,
    drift_rows.drift_hostile_table,
    error_rows.error_bodies,
    pasted_rows.pasted_heads,
    suite_rows.suite_cpu,
)
#: The measures whose goal is a budget: make bench fails when one of them is over it.
BUDGETS: tuple[Callable[[], Row], ...] = (
    build_rows.typescript_receivers,
    build_rows.typescript_key_receivers,
    suite_rows.suite_cpu,
)


def _rows(measures: tuple[Callable[[], Row], ...]) -> Iterator[Row]:
    for measure in measures:
        name = (measure.__doc__ or measure.__name__).strip()
        try:
            yield replace(measure(), measure=name)
        except NotBuilt as error:
            yield Row(measure=name, subject="-", value="not built", goal="-", detail=str(error))


def _machine() -> dict[str, str | int | None]:
    return {
        "taken": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(names: list[str]) -> int:
    """Every measure, written to bench/results.json; or only the named ones, printed. The exit
    status is 1 when a measure of BUDGETS is over its budget."""
    by_name = {measure.__name__: measure for measure in MEASURES}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        print(f"no measure {', '.join(unknown)}; the measures: {', '.join(by_name)}")
        return 2
    measures = tuple(by_name[name] for name in names) or MEASURES
    rows = list(_rows(measures))
    if not names:
        results = {"machine": _machine(), "rows": [asdict(row) for row in rows]}
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(len(row.measure) for row in rows)
    print(f"{'measure':<{width}}  {'result':<24}  {'goal':<16}  met")
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        print(f"{row.measure:<{width}}  {row.value:<24}  {row.goal:<16}  {met}")
        print(f"{'':<{width}}  {row.subject} vs {row.baseline}; {row.detail}")
    if not names:
        print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    over = [
        row.measure
        for measure, row in zip(measures, rows, strict=True)
        if measure in BUDGETS and row.met is False
    ]
    if over:
        print(f"over budget: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
