"""`python -m codegen.drift`: the catalog re-checked against the saved copies of its sources.

A source of the spec declares how its codes are read (`extract`: a format and one rule per code
set); the command reads a saved copy of it (never the network), extracts what it publishes and
reports every difference with the catalog (codegen.drift.compare), as text or as JSON with the
spec edits that would resolve them; every text the catalog quotes from the source is checked to
be there word for word (codegen.drift.quotes). Exit status: 0 in sync, 1 on drift, 2 on input it
cannot use (a missing or malformed file, a source with neither an extractor nor a quoted text
citing it, a malformed log of seen codes).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from codegen.drift import completeness, limits, passages, quotes
from codegen.drift.compare import compare
from codegen.drift.completeness import Tally
from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, read_text, short
from codegen.drift.kinds import FORMATS, kind_of
from codegen.spec import Catalog, Source

#: The longest log of seen codes read, in lines.
MAX_SEEN_LINES = 1_000_000


def declared(spec: Catalog) -> dict[str, Source]:
    """The sources that declare an extractor, by id."""
    return {sid: source for sid, source in spec.sources.items() if source.extract is not None}


def extract(spec: Catalog, source_id: str, path: Path) -> list[Published]:
    """What the saved copy at `path` of `source_id` publishes, by the source's extractor: the
    copy read once in its format, then each rule's kind reading it (codegen.drift.kinds)."""
    source = spec.sources.get(source_id)
    if source is None:
        raise DriftInputError(f"the spec has no source {short(source_id)}")
    if source.extract is None:
        having = ", ".join(sorted(declared(spec))) or "none"
        raise DriftInputError(
            f"source {source_id!r} declares no extractor (sources that do: {having})"
        )
    form = source.extract.format
    document = FORMATS[form](path)
    reading = Reading(path, spec)
    found: list[Published] = []
    for rule in source.extract.code_sets:
        extractor = kind_of(rule).extractors.get(form)
        if extractor is None:
            raise DriftInputError(f"a {form} source is not read by {rule.KIND!r} rules")
        found += extractor(document, rule, reading)
    if not found:
        raise DriftInputError(
            f"{path} gives no code: its rules read nothing from it (has its shape changed?)"
        )
    limits.codes(len(found), str(path))
    return found


def read_seen(path: Path) -> Counter[tuple[str, str]]:
    """A log of codes seen in production, one JSON object per line with provider, code_set and
    value (as bankcodes.on_unknown's records write it): (provider.code_set, value) counts."""
    counts: Counter[tuple[str, str]] = Counter()
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if number > MAX_SEEN_LINES:
            raise DriftInputError(f"{path} has more than {MAX_SEEN_LINES} lines")
        if not line.strip():
            continue
        try:
            limits.json_depth(line, f"{path}:{number}")
            record = json.loads(line)
        except ValueError:
            raise DriftInputError(f"{path}:{number}: not JSON: {short(line)}") from None
        fields = [record.get(k) if isinstance(record, dict) else None for k in _SEEN]
        if not all(isinstance(v, str) and v for v in fields):
            raise DriftInputError(
                f"{path}:{number}: a seen code needs provider, code_set and value strings: "
                f"{short(line)}"
            )
        provider, code_set, value = fields
        counts[(f"{provider}.{code_set}", str(value))] += 1
    return counts


_SEEN = ("provider", "code_set", "value")


def check(
    spec: Catalog,
    source_id: str,
    path: Path,
    seen: Counter[tuple[str, str]] | None = None,
) -> list[Difference]:
    """The differences of the saved copy at `path` with the catalog: the codes its extractor
    reads (a source without one is read for the quote check alone), their counts, then the
    quoted texts citing this source alone (codegen.drift.quotes)."""
    return check_counted(spec, source_id, path, seen)[0]


def check_counted(
    spec: Catalog,
    source_id: str,
    path: Path,
    seen: Counter[tuple[str, str]] | None = None,
) -> tuple[list[Difference], dict[str, Tally]]:
    """The differences of the saved copy at `path` with the catalog (see check), and what the
    copy lists of each code set its extractor reads and how much of that the catalog holds."""
    source = spec.sources.get(source_id)
    counts: dict[str, Tally] = {}
    if source is not None and source.extract is None:
        if source_id not in quotes.cited_by_quotes(spec):
            having = ", ".join(sorted(declared(spec))) or "none"
            raise DriftInputError(
                f"source {source_id!r} declares no extractor and no quoted text cites it "
                f"(sources that declare one: {having})"
            )
        differences: list[Difference] = []
    else:
        published = extract(spec, source_id, path)
        counts = completeness.tallies(spec, published)
        differences = compare(spec, source_id, published, seen)
        differences += completeness.differences(spec, source_id, counts)
    # A text the extractor read and found changed is reported once, as a text difference; the
    # texts of a code the source no longer lists are not reported one by one.
    changed = {
        (d.code_set, d.value, d.detail.split(":", 1)[0]) for d in differences if d.kind == "text"
    }
    gone = {(d.code_set, d.value) for d in differences if d.kind in ("gone", "renamed", "moved")}
    quoted = quotes.check(spec, {source_id: passages.passages(path)})
    return differences + [
        d
        for d in quoted
        if (d.code_set, d.value, d.where.rsplit("/", 1)[-1]) not in changed
        and (d.code_set, d.value) not in gone
    ], counts


def render_text(source_id: str, path: Path, differences: list[Difference]) -> str:
    if not differences:
        return f"{source_id}: in sync with {path}"
    lines = [f"{source_id}: {len(differences)} difference(s) with {path}"]
    for item in differences:
        where = f" [{item.where}]" if item.where else ""
        lines.append(f"  {item.kind:10} {item.code_set} {item.value}: {item.detail}{where}")
    return "\n".join(lines)


def render_json(source_id: str, path: Path, differences: list[Difference]) -> str:
    return json.dumps(json_report(source_id, path, differences), indent=2, ensure_ascii=False)


def json_report(source_id: str, path: Path, differences: list[Difference]) -> dict[str, Any]:
    """The machine-readable report of one source: its differences and the spec edits (JSON
    Patch) that would resolve them."""
    return {
        "source": source_id,
        "file": str(path),
        "in_sync": not differences,
        "differences": [
            {key: value for key, value in asdict(item).items() if key != "edits"}
            for item in differences
        ],
        "edits": [edit for item in differences for edit in item.edits],
    }


def saved_copy(folder: Path, source_id: str) -> Path | None:
    """The saved copy of a source in a maintainer's folder: a file named after its id, with
    any extension."""
    matches = sorted(p for p in folder.glob(f"{source_id}.*") if p.is_file())
    return matches[0] if matches else None
