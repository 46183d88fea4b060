"""The site's Adding a code page shows how a standard's files are read (its section "A standard's
files"): each source record it gives is one the spec takes, pinned and read by rules its format
reads, and each reads, from an excerpt of the file it names (tests/drift/fixtures), the codes
typed there."""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.drift import extract
from codegen.rules.sources import (
    source_urls_name_one_place,
    sources_are_complete,
    sources_are_pinned,
)
from tests.drift.test_drift_enums import BERLIN_CODES, UK_CODES
from tests.support.drift_case import FIXTURES, typed
from tests.support.helpers import ROOT, spec_data

PAGE = ROOT / "site" / "docs" / "adding-a-code.md"

#: The excerpt of each source's file, and the codes it gives, in its order.
EXCERPTS = {
    "ukob-v3-account-info": ("ob-errors.yml", UK_CODES),
    "ukob-v4-codesets": (
        "ob-codesets.csv",
        ["U001", "U002", "U004", "U028", "U029", "U000", "U030"],
    ),
    "berlin-group-psd2-api": ("psd2-message-codes.yml", BERLIN_CODES),
}


def _sources() -> dict[str, Any]:
    """The JSON block of the page's section on a standard's files."""
    section = PAGE.read_text(encoding="utf-8").split("\n### A standard's files\n", 1)[1]
    section = section.split("\n## ", 1)[0].split("\n### ", 1)[0]
    (block,) = re.findall(r"^```json\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
    sources: dict[str, Any] = json.loads(block)
    return sources


def test_the_page_s_sources_are_ones_the_spec_takes() -> None:
    data = spec_data("gocardless")
    data["sources"].update(_sources())
    spec = typed(data)
    rules = (sources_are_complete, source_urls_name_one_place, sources_are_pinned)
    problems = [problem.render(PAGE.name) for check in rules for problem in check(spec)]
    assert problems == []
    for source_id in EXCERPTS:
        read = spec.sources[source_id].extract
        assert read is not None
        assert all(read.format in rule.FORMATS for rule in read.code_sets), source_id


def test_the_page_s_rules_read_the_codes_of_each_file() -> None:
    data = spec_data("gocardless")
    sources = _sources()
    assert sorted(sources) == sorted(EXCERPTS)
    data["sources"].update(sources)
    spec = typed(data)
    for source_id, (excerpt, codes) in EXCERPTS.items():
        found = [item.value for item in extract(spec, source_id, FIXTURES / excerpt)]
        assert found == codes, source_id
