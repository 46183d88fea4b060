"""A big code set's codes on pages of their own: each code keeps its address (its row on the
code set's page, which leads on to it) and is shown in full once, on the page of its group."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.helpers import anchor_of, spec_data
from tests.support.html import Page
from tests.support.reference import built_blocks


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
