"""The decoder's answers that come in parts: the bank's own body inside a provider's, shown
beside it, and the codes' descriptions, which arrive with their provider's chunk."""

from __future__ import annotations

import json
import re
from typing import Any

from tests.catalog.test_yapily_facts import ERROR_HANDLING_EXAMPLE
from tests.site.test_decoder import _cards
from tests.site.test_site import _decode
from tests.support.browser import Watched
from tests.support.plaid_bodies import ITEM_ERROR


def test_a_card_shows_its_description_and_without_its_providers_chunk_the_answer_says_so(
    decoder: Any, chromium_browser: Any, served: str
) -> None:
    """A code's description comes with its provider's chunk, fetched for the paste: the card
    shows it in the first answer; where that chunk cannot be fetched, the answer says to reload."""
    _decode(decoder, json.dumps(ITEM_ERROR))
    card = decoder.locator("[data-decoder-output] .bankcodes-decoded").first
    # plaid.com/docs/errors/item/#item_login_required, as the catalog quotes it.
    assert "Additional input from the user is required" in card.inner_text()
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    refused: list[str] = []

    def refuse(route: Any) -> None:
        refused.append(route.request.url)
        route.abort()

    page.route(re.compile(r".*/assets/decoder/plaid-[A-Z0-9]+\.js$"), refuse)
    page.goto(served + "decoder/")
    text = _decode(page, json.dumps(ITEM_ERROR))
    # Plaid's chunk alone was asked for (the input event and the button may each ask for it
    # once: a failed import is tried again).
    assert len(set(refused)) == 1, refused
    assert text == "The decoder failed on this text: reload the page and try again."
    # The refused chunk's load errors are the point of this test: each import tried again may
    # report one, after the answer is shown.
    page.wait_for_load_state("networkidle")
    watched.errors.clear()
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


def test_the_answer_is_shown_before_the_categorys_codes_elsewhere_arrive(
    chromium_browser: Any, served: str
) -> None:
    """The codes of a card's category at other providers come in a chunk of their own, after
    the answer: held back, the answer and its card are shown, still busy, without them; once
    it arrives they are listed."""
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    held: list[Any] = []
    same = re.compile(r".*/assets/decoder/same-[^/]+\.js$")
    page.route(same, lambda route: held.append(route))
    page.goto(served + "decoder/")
    page.fill("#decoder-input", json.dumps(ITEM_ERROR))
    page.click(".bankcodes-decoder button")
    card = page.locator("[data-decoder-output] .bankcodes-decoded").first
    card.wait_for()
    output = page.locator("[data-decoder-output]")
    assert output.get_attribute("aria-busy") == "true"
    assert "Same category only" not in card.inner_text()
    assert "Additional input from the user is required" in card.inner_text()
    # The request reaches the route as the page's events are read: give it those moments.
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the category's chunk was asked for"
    page.unroute(same)
    for route in held:
        route.continue_()
    page.locator("[data-decoder-output]:not([aria-busy])").wait_for()
    assert "Same category only, " in card.inner_text()
    watched.close()
