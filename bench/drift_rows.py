"""Measures of `python -m codegen.drift` on hostile input: a 9 MB Markdown table of 150,000 rows
(the hostile-input issue's case), against the same command on a one-row page in the same run."""

from __future__ import annotations

import itertools
import json
import string
import sys
import tempfile
from pathlib import Path

from bench.timing import ROOT, Row, output

#: Runs a command and prints its wall time and the peak memory of its process (KiB on Linux).
_MEASURED = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], capture_output=True).returncode
seconds = time.perf_counter() - started
print(code, seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _run(args: list[str]) -> tuple[int, float, float]:
    """Exit status, wall seconds and peak memory (MiB) of `python -m codegen.drift ARGS`."""
    measured = output("-c", _MEASURED, sys.executable, "-m", "codegen.drift", *args)
    code, seconds, kib = measured.split()
    return int(code), float(seconds), int(kib) / 1024


def _files(folder: Path) -> tuple[Path, Path, Path]:
    """A copy of the spec with a source read as a Markdown table, a one-row page and the 9 MB
    table."""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    rule = {"code_set": "argyle.bank_connection_error", "table": {"code": "Code"}}
    spec["sources"]["bench-table"] = {
        "kind": "third-party",
        "title": "A table for the drift bench",
        "extract": {"format": "markdown", "code_sets": [rule]},
    }
    spec_path = folder / "catalog.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    head = "| Code | API message |\n| --- | --- |\n"
    small = folder / "small.md"
    small.write_text(head + "| x_new | a message |\n", encoding="utf-8")
    names = ("".join(p) for p in itertools.product(string.ascii_lowercase, repeat=4))
    rows = (f"| x_{name} | a message of the row {name}, long enough to read |\n" for name in names)
    large = folder / "large.md"
    large.write_text(head + "".join(itertools.islice(rows, 150_000)), encoding="utf-8")
    return spec_path, small, large


def drift_hostile_table() -> Row:
    """drift on a 9 MB table"""
    with tempfile.TemporaryDirectory() as name:
        spec, small, large = _files(Path(name))
        common = ["--spec", str(spec), "bench-table"]
        _, base_seconds, base_mib = _run([*common, str(small)])
        code, seconds, mib = _run([*common, str(large)])
        raised, raised_seconds, raised_mib = _run([*common, str(large), "--max-bytes", "16777216"])
        size = large.stat().st_size / 1e6
    ratio, memory = seconds / base_seconds, mib / base_mib
    met = code == 2 and ratio <= 2 and memory <= 1.5
    return Row(
        subject=f"drift on a {size:.1f} MB Markdown table of 150,000 rows (over its size cap)",
        baseline="drift on a one-row page",
        value=f"{ratio:.2f}x time, {memory:.2f}x memory",
        goal="exit 2, <= 2x time, <= 1.5x memory",
        met=met,
        detail=f"exit {code} in {seconds:.2f} s, {mib:.0f} MiB; the one-row page "
        f"{base_seconds:.2f} s, {base_mib:.0f} MiB; read with --max-bytes 16777216, it is "
        f"refused for its number of codes: exit {raised} in {raised_seconds:.1f} s, "
        f"{raised_mib:.0f} MiB",
    )
