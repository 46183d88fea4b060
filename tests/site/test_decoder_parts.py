"""The decoder's answers that come in parts: the bank's own body inside a provider's, shown
beside it, and the codes' descriptions, which arrive apart from the decoder's script."""

from __future__ import annotations

import json
from typing import Any

from tests.catalog.test_yapily_facts import ERROR_HANDLING_EXAMPLE
from tests.site.test_decoder import _cards
from tests.site.test_site import _decode
from tests.support.browser import Watched
from tests.support.plaid_bodies import ITEM_ERROR


def test_the_descriptions_arrive_apart_and_fill_the_cards(
    decoder: Any, chromium_browser: Any, served: str
) -> None:
    """The decoder answers without the codes' descriptions (their chunk, fetched as the page
    starts, would otherwise double what the first answer needs) and shows each once it is there;
    without that chunk, the card says so and the rest of the answer stands."""
    _decode(decoder, json.dumps(ITEM_ERROR))
    card = decoder.locator("[data-decoder-output] .bankcodes-decoded").first
    # plaid.com/docs/errors/item/#item_login_required, as the catalog quotes it.
    card.get_by_text("Additional input from the user is required").wait_for()
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.route("**/assets/decoder/descriptions-*.js", lambda route: route.abort())
    page.goto(served + "decoder/")
    text = _decode(page, json.dumps(ITEM_ERROR))
    assert "Recognised as: Plaid webhook (plaid/webhook)." in text
    first = page.locator("[data-decoder-output] .bankcodes-decoded").first
    first.get_by_text("(could not be loaded: reload the page for it)").wait_for()
    assert "Additional input from the user is required" not in first.inner_text()
    assert _cards(page)[0] == ("$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED")
    watched.errors.clear()  # the refused chunk's load error is the point of this test
    watched.close()


def test_the_banks_body_inside_yapilys_is_shown_first_with_yapilys_after(decoder: Any) -> None:
    text = _decode(
        decoder, "HTTP/1.1 424 Failed Dependency\n\n" + json.dumps(ERROR_HANDLING_EXAMPLE)
    )
    holder = "$.error.institutionError.errorMessage"
    assert f"It holds the bank's own body at {holder}, read as" in text
    assert "(ukob/error): its code decides." in text
    assert _cards(decoder) == [
        (f"{holder} → $.Errors[0].ErrorCode", "ukob.error_code", "UK.OBIE.Resource.NotFound"),
        ("$.error.source", "yapily.error_source", "INSTITUTION"),
    ]
    assert "The provider's codes around it" in text
    # Yapily's tracingId (error.tracingId) is the id to quote, not the bank's Id inside.
    assert "Request id — quote it to Yapily: 0c2d0973bdd24224a65e5d0f7d1b6154" in text
