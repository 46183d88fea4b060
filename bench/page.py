"""The site's words for what `make bench` measured: the Performance page's table, and each
measurement a page quotes, from bench/results.json (site/build.py puts them in the pages)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from codegen.filters import md_text

#: Where the Performance page's measurements go.
RESULTS_MARKER = "<!-- bench results -->"
MACHINE_KEYS = ("taken", "python", "implementation", "system", "machine", "cpus")
ROW_KEYS = ("measure", "subject", "baseline", "value", "goal", "met", "detail")
#: Where a page quotes one measurement: the value (or the details) of the row of that measure.
VALUE_MARKER = re.compile(r"<!-- bench (value|detail): (.+?) -->")


def _results(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The machine and the rows of bench/results.json, checked to have the shape `make bench`
    writes."""
    try:
        results: Any = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{path} is not JSON ({error}): run make bench") from None
    machine = results.get("machine") if isinstance(results, dict) else None
    rows = results.get("rows") if isinstance(results, dict) else None
    if (
        not isinstance(machine, dict)
        or not set(MACHINE_KEYS) <= set(machine)
        or not isinstance(rows, list)
        or not all(isinstance(row, dict) and set(ROW_KEYS) <= set(row) for row in rows)
    ):
        raise ValueError(f"{path} is not in the shape make bench writes: run make bench")
    return machine, rows


#: What a page says where it quotes a measure not measured yet (make bench builds the site
#: before it has measured a new measure; tests/benchmarks checks the committed results hold
#: every measure a page quotes).
NOT_MEASURED = "(not measured yet: run `make bench`)"


def quoted(markdown: str, path: Path) -> str:
    """`markdown` with each <!-- bench value: MEASURE --> replaced by the value `make bench`
    measured for MEASURE (<!-- bench detail: MEASURE -->: its details), or NOT_MEASURED."""
    rows = _results(path)[1] if path.is_file() else []
    said = {(key, str(row["measure"])): md_text(str(row[key])) for row in rows for key in ROW_KEYS}
    return VALUE_MARKER.sub(
        lambda found: said.get((found.group(1), found.group(2)), NOT_MEASURED), markdown
    )


def performance(path: Path) -> str:
    """The measurements of `make bench` as Markdown, or why there are none."""
    if not path.is_file():
        return "No measurements yet: run `make bench`."
    machine, rows = _results(path)
    text = {key: md_text(str(machine[key])) for key in MACHINE_KEYS}
    lines = [
        f"Measured by `make bench` on {text['taken']}: Python {text['python']} "
        f"({text['implementation']}) on {text['system']}, {text['machine']}, "
        f"{text['cpus']} CPUs.",
        "",
        "| Measure | Result | Goal | Met |",
        "|---|---|---|---|",
    ]
    for row in rows:
        met = "—" if row["met"] is None else ("yes" if row["met"] else "no")
        cells = (md_text(str(row[key])) for key in ("measure", "value", "goal"))
        lines.append("| " + " | ".join((*cells, met)) + " |")
    lines += ["", "## Details"]
    for row in rows:
        against = f", against {md_text(str(row['baseline']))}" if row["baseline"] != "-" else ""
        lines += [
            "",
            f"**{md_text(str(row['measure']))}**: {md_text(str(row['subject']))}{against}. "
            f"{md_text(str(row['detail']))}.",
        ]
    return "\n".join(lines)
