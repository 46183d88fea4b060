"""Every source record is true to its address: no two records share an address, each Mastercard
per-code page's record names in its title the code its address names, and, given a folder of
saved copies, each copy that states its page's title and address names the record's address and a
title the record's title holds.

The providers' pages are not kept in the repository: what each copy read stated of its page (its
title and address) is, in source_pages.json; a maintainer's folder of copies is read instead when
given, BANKCODES_SOURCE_COPIES=DIR, its copies named SOURCE_ID.ext as `make drift SOURCES=DIR`
reads them. A copy states its page when it opens as the search corpora give a page ("# Title",
then "source: ADDRESS"); a copy in another form is not read."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from tests.support.helpers import spec_data

FOLDER = os.environ.get("BANKCODES_SOURCE_COPIES")
PAGES = Path(__file__).with_name("source_pages.json")

#: A Mastercard per-code page: …/errors/error-codes/1108/, …/error-codes/1408-expiredsession/,
#: …/errors/accounterrors/account-not-found/7002/ (a group page's address names several codes,
#: …/invalidtoken/947-2024/, and is not one).
PER_CODE = re.compile(
    r"/errors/(?:error-codes|accounterrors|institutionerrors)/(?:[a-z-]+/)*(\d+)(?:-[a-z]+)?/?$"
)
#: How a copy from the search corpora opens.
STATED = re.compile(r"# (?P<title>[^\n]+)\nsource: (?P<address>\S+)")


def address(url: str) -> str:
    """An address as a page is named: no scheme, no index.md, no trailing slash, lower case."""
    url = re.sub(r"^https?://", "", url.strip()).lower()
    return re.sub(r"(/index\.md)?/?$", "", url)


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def untrue_records(sources: dict[str, Any], folder: Path) -> tuple[list[str], int]:
    """Each doc source whose copy in `folder` states another page than its record names, and how
    many copies stated their page."""
    found: list[str] = []
    read = 0
    for source_id, source in sorted(sources.items()):
        if source["kind"] != "doc":
            continue
        copies = sorted(folder.glob(f"{source_id}.*"))
        if not copies:
            continue
        stated = STATED.match(copies[0].read_text(encoding="utf-8", errors="replace")[:4000])
        if stated is None:
            continue
        read += 1
        if address(stated["address"]) != address(source["url"]):
            found.append(
                f"{source_id}: its copy is of {stated['address']}, its url {source['url']}"
            )
        if letters(stated["title"]) not in letters(source["title"]):
            found.append(
                f"{source_id}: its page is titled {stated['title']!r}, its record "
                f"{source['title']!r}"
            )
    return found, read


def stated_untrue(sources: dict[str, Any], pages: dict[str, dict[str, str]]) -> list[str]:
    """Each source whose page (its title and address as a copy stated them) is not the one its
    record names."""
    found = []
    for source_id, page in sorted(pages.items()):
        source = sources[source_id]
        if address(page["address"]) != address(source["url"]):
            found.append(f"{source_id}: its page is {page['address']}, its url {source['url']}")
        if letters(page["title"]) not in letters(source["title"]):
            found.append(
                f"{source_id}: its page is titled {page['title']!r}, "
                f"its record's {source['title']!r}"
            )
    return found


def test_two_sources_share_an_address_only_as_captures_of_one_page() -> None:
    # A seed is read from its file (its url says where that file came from, and a doc source may
    # be the same page as published later); every other source is read at its address. A page
    # read in several captures (a page changes over time, and a stored copy may hold only part
    # of it) has a record per capture, each saying in its title which capture it is.
    records: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for source_id, source in spec_data()["sources"].items():
        if "url" in source and source["kind"] != "seed":
            records.setdefault(address(source["url"]), []).append((source_id, source))
    unsaid = [
        source_id
        for shared in records.values()
        if len(shared) > 1
        for source_id, source in shared
        if source["kind"] != "doc" or not CAPTURE.search(source["title"])
    ]
    assert unsaid == []


#: A title that says which capture of its page a record is: "(… capture …)".
CAPTURE = re.compile(r"\([^()]*\bcapture\b[^()]*\)$")


def test_each_mastercard_per_code_page_s_title_names_its_code() -> None:
    pages = {
        source_id: source
        for source_id, source in spec_data()["sources"].items()
        if source_id.startswith("mastercard-") and PER_CODE.search(source.get("url", ""))
    }
    # 42000's page and 1408's two pages among them (typed from Mastercard's site).
    assert {"mastercard-us-error-codes-42000", "mastercard-au-institutionerrors-1408"} <= set(pages)
    wrong = []
    for source_id, source in pages.items():
        match = PER_CODE.search(source["url"])
        assert match is not None
        if not re.search(rf"(?<!\d){match[1]}(?!\d)", source["title"]):
            wrong.append(f"{source_id}: {source['title']!r} names no {match[1]}")
    assert wrong == []


def test_a_record_whose_title_or_address_names_another_page_is_found(tmp_path: Path) -> None:
    # The record the Most Common Error Codes page was read for once named the Item Not Found
    # page's address; and a page is caught by its title too.
    sources = {
        "common": {
            "kind": "doc",
            "title": "Mastercard Open Finance AU: most common",
            "url": "https://developer.mastercard.com/open-finance-au/documentation/errors/request/item-not-found/",
        },
        "right": {
            "kind": "doc",
            "title": "Mastercard Open Finance US: error codes 42000",
            "url": "https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/42000/",
        },
        "unstated": {"kind": "doc", "title": "A page", "url": "https://example.com/page"},
    }
    base = "https://developer.mastercard.com/open-finance-"
    (tmp_path / "common.md").write_text(
        f"# Most Common Error Codes\nsource: {base}au/documentation/errors/most-common/index.md\n"
    )
    (tmp_path / "right.md").write_text(
        f"# 42000\nsource: {base}us/documentation/errors/error-codes/42000/index.md\n\nText.\n"
    )
    (tmp_path / "unstated.md").write_text("Skip to main content\n")
    found, read = untrue_records(sources, tmp_path)
    assert read == 2
    assert [line.split(":")[0] for line in found] == ["common", "common"]


def test_each_kept_copy_is_of_the_page_its_record_names() -> None:
    """The pages' own titles and addresses as their copies stated them (source_pages.json), or
    the copies in BANKCODES_SOURCE_COPIES=DIR when a maintainer gives a folder."""
    sources = spec_data()["sources"]
    if FOLDER is not None:
        found, read = untrue_records(sources, Path(FOLDER))
        assert read > 0, f"no copy in {FOLDER} states its page's title and address"
    else:
        found = stated_untrue(sources, json.loads(PAGES.read_text(encoding="utf-8"))["pages"])
    assert found == []


def test_a_kept_page_of_another_title_is_found() -> None:
    sources = {"s": {"kind": "doc", "title": "Mastercard: 104", "url": "https://a.example/104/"}}
    assert stated_untrue(sources, {"s": {"title": "105", "address": "https://a.example/104"}})
    assert stated_untrue(sources, {"s": {"title": "104", "address": "https://a.example/105"}})
    assert not stated_untrue(sources, {"s": {"title": "104", "address": "https://a.example/104"}})
