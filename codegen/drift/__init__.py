"""`python -m codegen drift`: the catalog re-checked against the saved copies of its sources.

A source of the spec declares how its codes are read (`extract`: a format and one rule per code
set); the command reads a saved copy of it (never the network), extracts what it publishes and
reports every difference with the catalog (codegen.drift.compare), as text or as JSON with the
spec edits that would resolve them. Exit status: 0 in sync, 1 on drift, 2 on input it cannot
use (a missing or malformed file, a source with no extractor, a malformed log of seen codes).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from codegen.drift import limits, openapi, pages, sdk
from codegen.drift.compare import compare
from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, read_text, short

#: The longest log of seen codes read, in lines.
MAX_SEEN_LINES = 1_000_000


def declared(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The sources that declare an extractor, by id."""
    return {sid: s for sid, s in spec["sources"].items() if "extract" in s}


def extract(spec: dict[str, Any], source_id: str, path: Path) -> list[Published]:
    """What the saved copy at `path` of `source_id` publishes, by the source's extractor."""
    sources = spec["sources"]
    if source_id not in sources:
        raise DriftInputError(f"the spec has no source {short(source_id)}")
    declaration = sources[source_id].get("extract")
    if declaration is None:
        having = ", ".join(sorted(declared(spec))) or "none"
        raise DriftInputError(
            f"source {source_id!r} declares no extractor (sources that do: {having})"
        )
    rules, kind = declaration["code_sets"], declaration["format"]
    if kind == "openapi":
        found = openapi.extract(path, rules, _types(spec, rules))
    elif kind == "typescript":
        found = sdk.extract(path, rules)
    elif kind == "markdown":
        found = pages.extract_markdown(path, rules)
    else:
        found = pages.extract_html(path, rules)
    limits.codes(len(found), str(path))
    return found


def _types(spec: dict[str, Any], rules: list[dict[str, Any]]) -> dict[str, Mapping[str, str]]:
    """For each pair rule, its type values and the code set of each type's codes, from the
    union of the payload kind the rule names (its variants, by tag)."""
    found: dict[str, Mapping[str, str]] = {}
    for rule in rules:
        if "pairs" not in rule:
            continue
        kind = spec["payloads"][rule["pairs"]["kind"]]
        union = kind["types"][kind["root"]]["discriminated"]
        code = rule["pairs"]["code"]
        found[rule["code_set"]] = {
            tag: variant["fields"][code]["type"]["code"][0]
            for tag, variant in union["variants"].items()
            if isinstance(variant["fields"].get(code, {}).get("type"), dict)
        }
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
    spec: dict[str, Any],
    source_id: str,
    path: Path,
    seen: Counter[tuple[str, str]] | None = None,
) -> list[Difference]:
    return compare(spec, source_id, extract(spec, source_id, path), seen)


def render_text(source_id: str, path: Path, differences: list[Difference]) -> str:
    if not differences:
        return f"{source_id}: in sync with {path}"
    lines = [f"{source_id}: {len(differences)} difference(s) with {path}"]
    for item in differences:
        where = f" [{item.where}]" if item.where else ""
        lines.append(f"  {item.kind:10} {item.code_set} {item.value}: {item.detail}{where}")
    return "\n".join(lines)


def render_json(source_id: str, path: Path, differences: list[Difference]) -> str:
    report = {
        "source": source_id,
        "file": str(path),
        "in_sync": not differences,
        "differences": [
            {key: value for key, value in asdict(item).items() if key != "edits"}
            for item in differences
        ],
        "edits": [edit for item in differences for edit in item.edits],
    }
    return json.dumps(report, indent=2, ensure_ascii=False)


def saved_copy(folder: Path, source_id: str) -> Path | None:
    """The saved copy of a source in a maintainer's folder: a file named after its id, with
    any extension."""
    matches = sorted(p for p in folder.glob(f"{source_id}.*") if p.is_file())
    return matches[0] if matches else None
