"""Watching the providers: the changelog's Atom feed (RFC 4287) lists every change of the dated
releases, each linking to the code's section; each provider page says when the catalog was last
checked against the sources its codes cite."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from codegen import changelog
from tests.support.helpers import ROOT, spec_data

ATOM = "{http://www.w3.org/2005/Atom}"
#: RFC 3339 date-time, as Atom requires for updated.
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def _one(element: ET.Element, tag: str) -> ET.Element:
    found = element.findall(f"{ATOM}{tag}")
    assert len(found) == 1, (tag, len(found))
    return found[0]


def _feed(built: Path) -> ET.Element:
    return ET.parse(built / "reference" / "changelog.xml").getroot()


def test_the_feed_is_atom(built: Path) -> None:
    feed = _feed(built)
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert (_one(feed, tag).text or "").strip(), tag
    assert STAMP.fullmatch(_one(feed, "updated").text or "")
    assert (_one(_one(feed, "author"), "name").text or "").strip()
    assert [link.get("rel") for link in feed.findall(f"{ATOM}link")] == ["self", "alternate"]
    ids = set()
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        identifier = _one(entry, "id").text or ""
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", identifier) and identifier not in ids
        ids.add(identifier)
        assert (_one(entry, "title").text or "").strip()
        assert STAMP.fullmatch(_one(entry, "updated").text or "")
        assert (_one(entry, "summary").text or "").strip()
    # The feed's updated is its newest entry's.
    newest = max(datetime.fromisoformat(e.findtext(f"{ATOM}updated") or "") for e in entries)
    assert datetime.fromisoformat(_one(feed, "updated").text or "") == newest


def _codes(data: dict[str, object]) -> set[tuple[str, str, str]]:
    return {
        (provider_id, set_id, str(code["value"]))
        for provider_id, provider in data["providers"].items()  # type: ignore[attr-defined]
        for set_id, code_set in provider["code_sets"].items()
        for code in code_set["codes"]
    }


def _titles(built: Path) -> list[str]:
    return [e.findtext(f"{ATOM}title") or "" for e in _feed(built).findall(f"{ATOM}entry")]


def test_the_feed_lists_the_last_release(built: Path) -> None:
    # The feed dates releases only: the last one released, against the one before it (a
    # spec_version not released yet is not in it).
    (_, before), (version, current) = changelog.released(ROOT / "spec" / "released")[-2:]
    assert version in spec_data()["release_dates"]
    added = _codes(current) - _codes(before)
    titles = _titles(built)
    assert len([t for t in titles if t.startswith(f"{version}: added ")]) == len(added)


def test_the_feed_keeps_an_earlier_release(built: Path) -> None:
    """Every dated release stays in the feed, later ones beside it: 1.1.0, as its notes
    (spec/released/1.1.0.md) say, brought MX, and moved Lean's consent status REVOKED out of
    cancelled, with the catalog's reason."""
    assert "1.1.0: added 17 (MX Member connection status)" in _titles(built)
    entry = next(
        e
        for e in _feed(built).findall(f"{ATOM}entry")
        if (e.findtext(f"{ATOM}title") or "").startswith("1.1.0: changed REVOKED (Lean")
    )
    assert "category cancelled → reconnect_required: Lean calls REVOKED final" in (
        entry.findtext(f"{ATOM}summary") or ""
    )


def test_every_entry_links_to_an_existing_section(built: Path) -> None:
    anchors: dict[str, set[str]] = {}
    links = [
        link for e in _feed(built).findall(f"{ATOM}entry") for link in e.findall(f"{ATOM}link")
    ]
    assert links
    for link in links:
        page, _, anchor = (link.get("href") or "").partition("#")
        if page not in anchors:
            html = (built / "reference" / page / "index.html").read_text(encoding="utf-8")
            anchors[page] = {str(n.attributes["id"]) for n in LexborHTMLParser(html).css("[id]")}
        assert anchor in anchors[page], link.get("href")


def test_the_changelog_page_links_the_feed(built: Path) -> None:
    page = (built / "reference" / "changelog" / "index.html").read_text(encoding="utf-8")
    assert 'href="../changelog.xml"' in page


def test_each_provider_page_says_when_it_was_last_checked() -> None:
    data = spec_data()
    sources = data["sources"]
    mx = data["providers"]["mx"]
    cited = {
        source
        for code_set in mx["code_sets"].values()
        for source in (
            *code_set.get("sources", ()),
            *(s for c in code_set["codes"] for s in c.get("sources", ())),
        )
    }
    days = sorted(sources[s]["checked"] for s in cited if "checked" in sources[s])
    page = (ROOT / "site" / "docs" / "reference" / "mx" / "index.md").read_text(encoding="utf-8")
    label = "<tr><td>Last checked against its sources</td>"
    row = next(line for line in page.splitlines() if line.startswith(label))
    assert row.startswith(f"{label}<td>{days[-1]}, by the drift command")
    assert f"re-reads {len(days)} of the {len(cited)} sources its codes cite" in row
