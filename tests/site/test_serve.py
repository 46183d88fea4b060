"""The site as `make serve` shows it while editing: `mkdocs serve` sets the site's address, so
the theme's instant navigation brings pages in (a built site without SITE_URL loads each page
whole). A search result tapped on a phone opens at its code there too."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.helpers import ARTIFACTS, BROWSER_WAIT, SITE, Watched, free_port


@pytest.fixture(scope="module")
def serving() -> Iterator[str]:
    """`make serve`'s command on a free port of 127.0.0.1, until the module ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=SITE,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(base, timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"mkdocs serve did not start: {process.communicate()[1][-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_search_result_tapped_on_a_phone_opens_at_its_code(
    chromium_browser: Any, serving: str
) -> None:
    watched = Watched(
        chromium_browser,
        serving,
        search=True,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    page = watched.page
    page.goto(serving)
    page.locator("label.md-header__button[for=__search]").first.tap()
    page.locator("input.md-search__input").fill("ITEM_LOGIN_REQUIRED")
    # Plaid's ITEM_LOGIN_REQUIRED (plaid.com/docs/errors/item/), on the page of its group.
    result = page.locator(".md-search-result__list a").first
    result.wait_for(state="visible")
    assert (result.get_attribute("href") or "").endswith(
        "reference/plaid/error_code/item_error/#ITEM_LOGIN_REQUIRED"
    )
    page.evaluate("window.bankcodesBefore = 1")
    result.tap()
    page.wait_for_url("**/item_error/#ITEM_LOGIN_REQUIRED")
    page.wait_for_function(
        """() => {
          const heading = document.getElementById("ITEM_LOGIN_REQUIRED");
          if (heading === null) return false;  // the page is still coming in
          const box = heading.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        }""",
        timeout=BROWSER_WAIT,
    )
    # The page came in by instant navigation, the path that lost the anchor.
    assert page.evaluate("window.bankcodesBefore") == 1
    page.wait_for_timeout(1500)  # the second after the search's hold, which the script watches
    top = page.evaluate(
        'document.getElementById("ITEM_LOGIN_REQUIRED").getBoundingClientRect().top'
    )
    assert 0 <= top <= 844 / 2, top
    page.screenshot(path=str(ARTIFACTS / "9-serve-search-phone.png"))
    watched.close()
