"""A big code set's codes on pages of their own: each code keeps its address (its row on the
code set's page, which leads on to it) and is shown in full once, on the page of its group."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from tests.support.browser import Watched
from tests.support.helpers import anchor_of, spec_data
from tests.support.html import Page
from tests.support.reference import REFERENCE, built_blocks


def _page(built: Path, path: str) -> Page:
    return Page((built / path / "index.html").read_text(encoding="utf-8"))


def test_every_code_keeps_its_address_and_is_shown_in_full_once(built: Path) -> None:
    # A code's address stays "set/#CODE" when its set is split: the set's page keeps the anchor
    # on the code's row, whose data-moved names the page that shows the code in full.
    for provider_id, provider in spec_data()["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            page = _page(built, f"reference/{provider_id}/{set_id}")
            anchors = [anchor_of(code) for code in code_set["codes"]]
            assert set(anchors) <= page.ids, (provider_id, set_id, set(anchors) - page.ids)
            blocks = built_blocks(built, provider_id, set_id)
            assert sorted(blocks) == sorted(anchors), (provider_id, set_id)
            text = (built / f"reference/{provider_id}/{set_id}/index.html").read_text("utf-8")
            moved = dict(re.findall(r'<tr id="([^"]+)" data-moved="([^"]+)"', text))
            for anchor in anchors:
                if blocks[anchor] == f"{provider_id}/{set_id}/":
                    assert anchor not in moved and f"#{anchor}" in page.links, anchor
                else:
                    target = moved[anchor].removeprefix("../../")
                    assert target == f"{blocks[anchor]}#{anchor}", (anchor, moved[anchor])


def test_a_big_code_set_is_split_by_its_groups(built: Path) -> None:
    # Plaid files its error codes under their error_type (Plaid Docs: Errors, one page per
    # type): ITEM_LOGIN_REQUIRED under ITEM_ERROR, RATE_LIMIT under RATE_LIMIT_EXCEEDED.
    blocks = built_blocks(built, "plaid", "error_code")
    assert blocks["ITEM_LOGIN_REQUIRED"] == "plaid/error_code/item_error/"
    assert blocks["RATE_LIMIT"] == "plaid/error_code/rate_limit_exceeded/"
    # A set of few codes keeps them on its own page.
    assert set(built_blocks(built, "plaid", "error_type").values()) == {"plaid/error_type/"}


_PART = re.compile(r"^- \[(.+)\]\(([\w-]+)\.md\) \(\d+ codes?\)$", re.M)
_RANGE = re.compile("^(.+) (\\S+?)(?:\u2013(\\S+))?$")
_BLOCK = re.compile(r'<h2 id="[^"]+"><code>(.*?)</code>')


def _a_to_z(value: str) -> list[object]:
    # A reader's A to Z: case ignored, a run of digits read as its number (910 after 101).
    return [int(run) if run.isdigit() else run for run in re.split(r"(\d+)", value.casefold())]


def test_a_split_code_sets_pages_hold_their_codes_a_to_z_titled_by_what_they_hold() -> None:
    # A reader looking for a code on a split set's pages picks the page by its title, as in a
    # dictionary: each page holds its codes in A-Z order, and a page of a group's many codes is
    # titled by the range it covers, whose ends are where its first and last codes begin.
    checked = 0
    for index in sorted(REFERENCE.glob("*/*/index.md")):
        listed = _PART.findall(index.read_text(encoding="utf-8"))
        previous: dict[str, str] = {}
        for title, slug in listed:
            text = (index.parent / f"{slug}.md").read_text(encoding="utf-8")
            codes = [html.unescape(value) for value in _BLOCK.findall(text)]
            assert codes == sorted(codes, key=_a_to_z), (index.parent, slug)
            found = _RANGE.match(title)
            if found is None or not re.search(r"-\d+$", slug):
                continue  # a group's codes on one page, titled by the group
            group, start, end = found.groups()
            start, end = start.replace("\\", ""), (end or start).replace("\\", "")
            assert codes[0].casefold().startswith(start.casefold()), (slug, title, codes[0])
            assert codes[-1].casefold().startswith(end.casefold()), (slug, title, codes[-1])
            if group in previous:
                assert _a_to_z(previous[group]) < _a_to_z(codes[0]), (slug, title)
            previous[group] = codes[-1]
            checked += 1
    assert checked >= 10
    # Enable Banking's 43 error codes are on two pages: the first from A, and the two WRONG_
    # codes the source lists apart (WRONG_REQUEST_PARAMETERS, WRONG_SESSION_STATUS) on the last.
    listing = (REFERENCE / "enablebanking/error_code/index.md").read_text(encoding="utf-8")
    titles = [title for title, _ in _PART.findall(listing)]
    assert len(titles) == 2 and titles[0].startswith("Codes A\u2013"), titles
    assert titles[1].endswith("\u2013W"), titles
    blocks = built_blocks_md("enablebanking", "error_code")
    assert blocks["WRONG_REQUEST_PARAMETERS"] == blocks["WRONG_SESSION_STATUS"] == "codes-2"


def built_blocks_md(provider_id: str, set_id: str) -> dict[str, str]:
    """The part page (its slug) whose generated Markdown shows each code of a code set."""
    found: dict[str, str] = {}
    for path in sorted((REFERENCE / provider_id / set_id).glob("*.md")):
        for anchor in re.findall(r'<h2 id="([^"]+)"><code>', path.read_text(encoding="utf-8")):
            found[html.unescape(anchor)] = path.stem
    return found


def test_an_address_of_a_code_on_another_page_of_its_set_leads_on_to_it(
    chromium_browser: Any, small_project: Path, small_served: str
) -> None:
    # A page of a split set keeps its address while the codes it holds change (a code added
    # moves the pages' edges): an old address of a code on it leads on to the code's page. On
    # the small project's site, whose Plaid webhook types are split in two.
    blocks = built_blocks(small_project / "public", "plaid", "webhook_type")
    assert blocks["AUTH"] == "plaid/webhook_type/codes-1/"
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    watched.page.goto(small_served + "reference/plaid/webhook_type/codes-2/#AUTH")
    watched.page.wait_for_url("**/plaid/webhook_type/codes-1/#AUTH", timeout=15_000)
    assert watched.page.locator('[id="AUTH"]').count() == 1
    watched.close()
