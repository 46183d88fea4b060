"""The site's search index: each code is found at its own section, by what it says; the pages
that list codes found elsewhere add headings, not listings."""

from __future__ import annotations

import json
import re
from pathlib import Path


def test_a_codes_search_entry_is_its_own_text_with_its_words_apart(built: Path) -> None:
    """The search index's entry for Plaid's ITEM_LOGIN_REQUIRED holds that code's own text, not
    the other providers' codes its page lists beside it, and keeps a space between the blocks of
    a cell (a line break alone ran their words together)."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    (entry,) = [
        doc for doc in index["docs"] if doc["location"].endswith("error_code/#ITEM_LOGIN_REQUIRED")
    ]
    text = entry["text"]
    # plaid.com/docs/errors/item/#item_login_required: its description, then bankcodes' words.
    assert "Additional input from the user is required" in text
    assert "Same category only" not in text and "IMPORTED" not in text
    assert re.search(r"[.)][A-Z]", re.sub(r"<[^>]+>", "", text)) is None, text
    # Where its words come from, its sources and its example body are on the page, not in the
    # index: a search finds the code by what it says.
    assert "Whose words" in text and "published text" not in text
    assert "ReactNativePlaidLinkSdk" not in text and "request_id" not in text


def test_listings_of_codes_add_nothing_to_the_search_index(built: Path) -> None:
    """A code is found at its own section: the pages that list codes found elsewhere (a
    category's codes, the matrix, the changelog's lists, a payload kind's example bodies) keep
    their headings in the index, not the listings."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    # Plaid's codes in the category "Credentials invalid" (plaid.com/docs/errors/item/).
    assert "reference/categories/credentials_invalid/#plaid" in text
    assert "INVALID_CREDENTIALS" not in text["reference/categories/credentials_invalid/#plaid"]
    assert "INVALID_MFA" not in "".join(v for k, v in text.items() if "matrix/" in k)
    assert "Added" not in "".join(v for k, v in text.items() if "changelog/" in k)
    examples = text["reference/payloads/plaid/webhook/#examples"]
    assert "webhook_code" not in examples and "ITEM_LOGIN_REQUIRED" not in examples
    # The code's own section is still there, with its description.
    own = text["reference/plaid/error_code/#INVALID_CREDENTIALS"]
    assert "credentials provided were invalid" in own
