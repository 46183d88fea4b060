"""Words a person types into the site's search lead to the codes that say them, across
providers, before the pages that list codes (a code set's page, a category's page): in Chromium,
on a desktop and on a 390 px phone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.support.browser import Watched
from tests.support.helpers import ARTIFACTS

#: What a person types for a problem they have, not a code's spelling. Codes that say them:
#: Berlin Group's and Lean's CONSENT_EXPIRED, Plaid's RATE_LIMIT_EXCEEDED and
#: ITEM_LOGIN_REQUIRED (plaid.com/docs/errors/).
WORDS = ("consent expired", "rate limit", "login required")

#: Each result the theme shows (a page's group of entries), as the heading and address of its
#: entry the theme scored highest, and whether that heading is a code's (a code element).
RESULTS = """() => [...document.querySelectorAll(".md-search-result__list > li")].map((item) => {
  const entries = [...item.querySelectorAll("a.md-search-result__link")];
  const best = entries.reduce((a, b) =>
    Number(b.firstElementChild.dataset.mdScore) > Number(a.firstElementChild.dataset.mdScore)
      ? b : a);
  const heading = best.querySelector("h1, h2");
  const code = heading.querySelector("code");
  return [heading.textContent, new URL(best.href).pathname, code !== null];
})"""


def _says(heading: str, typed: str) -> bool:
    """Whether a code's spelling says each word typed (a word of it begins with each)."""
    words = re.split(r"[\s\-_.]+", heading.lower())
    return all(any(word.startswith(part) for word in words) for part in typed.split())


def _search(page: Any, typed: str) -> None:
    """Open the search (on a phone, by the header's button), empty it, then give it `typed` at
    once with one key released: the theme searches once, for the whole of it, where typing it
    key by key searches for each beginning of it, whose results may be the ones shown."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator('.md-header label[for="__search"]').first.click()
    box.fill("")
    box.press("End")
    page.locator(".md-search-result__meta", has_text="Type to start searching").wait_for()
    box.fill(typed)
    box.press("End")
    page.locator(".md-search-result__meta", has_text="matching document").wait_for()
    page.locator(".md-search-result__list > li").first.wait_for()


@pytest.mark.parametrize("width", [1280, 390])
def test_words_typed_lead_to_the_codes_that_say_them(
    chromium_browser: Any, served: str, width: int
) -> None:
    watched = Watched(
        chromium_browser, served, search=True, viewport={"width": width, "height": 900}
    )
    page = watched.page
    page.goto(served)
    for typed in WORDS:
        _search(page, typed)
        results = page.evaluate(RESULTS)
        name = typed.replace(" ", "-")
        page.screenshot(path=str(ARTIFACTS / f"search-words-{name}-{width}.png"))
        heading, address, code = results[0]
        # The first result is a code that says the words, on its page.
        assert code and _says(heading, typed), (typed, results[:5])
        assert address.startswith("/reference/"), address
        # Every code that says them comes before the first page of the reference that is no
        # code's (a code set's, a category's).
        pages = [i for i, r in enumerate(results) if not r[2] and r[1].startswith("/reference/")]
        said = [i for i, result in enumerate(results) if result[2] and _says(result[0], typed)]
        assert not pages or max(said) < min(pages), (typed, results[:12])
    watched.close()


def test_words_only_a_codes_description_holds_are_searched_on_demand(
    chromium_browser: Any, served: str
) -> None:
    """The first search's index holds codes' names, not their texts: words only a description
    holds ("taken offline": Argyle's account_disabled, "An account may be disabled or taken
    offline for a variety of reasons", its account connection errors page) are found when the
    reader asks for the descriptions, which are fetched then and not before."""
    watched = Watched(
        chromium_browser, served, search=True, viewport={"width": 1280, "height": 900}
    )
    page = watched.page
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(served)
    box = page.locator("input.md-search__input")
    box.fill("taken offline")
    box.press("End")
    button = page.locator(".bankcodes-texts button")
    button.wait_for()
    assert not any(url.endswith("/search/texts.json") for url in fetched)
    button.click()
    items = page.locator(".bankcodes-texts-list .md-search-result__item")
    items.first.wait_for()
    texts = items.all_inner_texts()
    page.screenshot(path=str(ARTIFACTS / "search-descriptions-taken-offline.png"))
    assert texts[0].splitlines()[0] == "account_disabled", texts
    said = page.locator(".bankcodes-texts .md-search-result__meta").inner_text()
    assert said == "1 code whose description holds these words"
    assert all("taken offline" in text.lower() for text in texts), texts
    assert any(url.endswith("/search/texts.json") for url in fetched)
    assert watched.errors == [] and watched.outside == []
    watched.close()
