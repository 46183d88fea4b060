"""The site's page of standards (site/docs/standards.md) lists every standard of the catalog with
its publisher, versions and licence as the catalog states them, and what of it the catalog does
not hold; and it says which standards are not included, and why."""

from __future__ import annotations

import re

from tests.support.helpers import ROOT, spec_data

PAGE = ROOT / "site" / "docs" / "standards.md"
#: A row of the page's table: the standard's page, then its publisher, versions, licence and what
#: is not held.
ROW = re.compile(r"^\| \[[^]]+\]\(reference/([a-z0-9]+)/index\.md\) \| (.*) \|$")


def _rows() -> dict[str, list[str]]:
    text = PAGE.read_text(encoding="utf-8")
    return {
        found[1]: found[2].split(" | ")
        for line in text.splitlines()
        if (found := ROW.match(line)) is not None
    }


def test_every_standard_is_listed_as_the_catalog_states_it() -> None:
    standards = {
        provider_id: entry
        for provider_id, entry in spec_data()["providers"].items()
        if entry.get("kind") == "standard"
    }
    rows = _rows()
    assert sorted(rows) == sorted(standards)
    for provider_id, entry in standards.items():
        publisher, versions, licence, not_held = rows[provider_id]
        assert publisher == entry["publisher"], provider_id
        assert versions == ", ".join(entry["versions"]), provider_id
        assert licence == entry["licence"]["name"], provider_id
        assert not_held, provider_id


def test_what_was_not_read_is_said_so() -> None:
    rows = _rows()
    assert "the PolishAPI's PDF documentation, which may, was not read" in rows["polishapi"][3]
    assert "the files give none" in rows["uaeopenfinance"][3]
    assert "no reader verifies its signature" in rows["uaeopenfinance"][3]
    text = PAGE.read_text(encoding="utf-8")
    assert "publishes no" not in text


def test_the_standards_not_included_are_named_with_why() -> None:
    text = PAGE.read_text(encoding="utf-8")
    _, rest = text.split("## Standards not included", 1)
    for name in ("**FDX**", "**STET**", "**Saudi Arabia's Open Banking Framework**"):
        assert name in rest
    assert "was not read" in rest and "not public" in rest
