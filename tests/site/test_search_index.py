"""The site's search index: each code is found at its own section, by what it says; the pages
that list codes found elsewhere add headings, not listings."""

from __future__ import annotations

import json
from pathlib import Path


def test_a_codes_search_entry_is_its_description_and_its_aliases(built: Path) -> None:
    """The search index's entry for a code holds what it is found by, its description and its
    aliases; its facts, words for the customer, sources and example stay on its page, since the
    first search fetches the whole index."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    (location,) = [key for key in text if key.endswith("/#ITEM_LOGIN_REQUIRED")]
    assert location == "reference/plaid/error_code/item_error/#ITEM_LOGIN_REQUIRED"
    # plaid.com/docs/errors/item/#item_login_required: its description, and nothing else.
    assert text[location] == (
        "<p>Additional input from the user is required to continue getting data for this Item.</p>"
    )
    # UK Open Banking v4's U002 is v3's UK.OBIE.Field.Invalid (OB_Internal_Codeset.csv).
    (field_invalid,) = [
        value for key, value in text.items() if key.endswith("#UK.OBIE.Field.Invalid")
    ]
    assert field_invalid.endswith("</p> Aliases<code>U002</code>")


def test_listings_of_codes_add_nothing_to_the_search_index(built: Path) -> None:
    """A code is found at its own section: the pages that list codes found elsewhere (a
    category's codes, the matrix, the changelog's lists, a payload kind's example bodies) keep
    their headings in the index, not the listings."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    # Plaid's codes in the category "Credentials invalid" (plaid.com/docs/errors/item/): the
    # category is found by its description, its lists of codes by provider not at all.
    assert "reference/categories/credentials_invalid/" in text
    assert not [key for key in text if key.startswith("reference/categories/credentials_invalid/#")]
    assert "INVALID_MFA" not in "".join(v for k, v in text.items() if "matrix/" in k)
    assert "Added" not in "".join(v for k, v in text.items() if "changelog/" in k)
    assert not [key for key in text if key.startswith("reference/payloads/plaid/webhook/#")]
    assert "ITEM_LOGIN_REQUIRED" not in text["reference/payloads/plaid/webhook/"]
    # The code's own section is still there, with its description.
    own = text["reference/plaid/error_code/item_error/#INVALID_CREDENTIALS"]
    assert "credentials provided were invalid" in own
