"""The site as `make serve` shows it: the site `make docs` built, served by site/serve.py, whose
sitemap lists every page at the address it is served at, so that the theme's instant navigation
brings pages in (a site served as it was built has no sitemap entry at that address, and loads
each page whole). A search result tapped on a phone opens at its code there too."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import BROWSER_WAIT, Watched
from tests.support.helpers import ARTIFACTS, ROOT, free_port


def _serve_command(folder: Path, port: int) -> list[str]:
    """The command `make serve` runs (its recipe in the Makefile), serving `folder`, the site
    make docs built, on `port`."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    (recipe,) = re.findall(r"^serve: .*\n\t(.*)$", makefile, re.MULTILINE)
    assert recipe == "$(PY) site/serve.py site/public --port $(PORT)", recipe
    return [sys.executable, str(ROOT / "site" / "serve.py"), str(folder), "--port", str(port)]


@pytest.fixture(scope="module")
def serving(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`make serve`'s command on a free port of 127.0.0.1, serving the built site, until the
    module ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path_factory.mktemp("serve") / "stderr.txt"
    with log.open("w") as stderr:
        process = subprocess.Popen(
            _serve_command(built, port), stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base, timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"make serve did not start: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_sitemap_lists_every_page_where_it_is_served_and_a_lost_page_is_the_sites_404(
    serving: str, built: Path
) -> None:
    with urllib.request.urlopen(serving + "sitemap.xml") as response:
        sitemap = ET.fromstring(response.read())
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    pages = [path.parent for path in built.rglob("index.html")]
    assert len(locations) == len(set(locations)) == len(pages) > 400
    assert serving in locations and serving + "reference/plaid/error_code/item_error/" in locations
    with pytest.raises(urllib.error.HTTPError) as lost:
        urllib.request.urlopen(serving + "reference/no-such-page/")
    assert lost.value.code == 404
    assert lost.value.read() == (built / "404.html").read_bytes()


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
