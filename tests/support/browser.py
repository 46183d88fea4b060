"""The browser the site's tests drive, and a page watched as they drive it: its console's
errors and every request that leaves the site recorded, the search index given without its
pages where the page does not search."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

#: The browser the site's tests drive: Debian's Chromium as its headless shell (see the
#: Makefile), or what make passes (CI: the runner's Chrome).
CHROMIUM = os.environ.get("BANKCODES_CHROMIUM") or "/usr/bin/chromium-headless-shell"
#: Whether the browser asks for a page's icon once the page has loaded: a whole browser does,
#: for its tab; the headless shell has no tab, and never asks.
ASKS_FOR_ICON = "headless-shell" not in Path(CHROMIUM).name


#: How long a browser test waits for a page to answer, in milliseconds. A wait ends as soon as
#: its condition holds; the bound only has to outlast a machine busy with the rest of the suite.
BROWSER_WAIT = 60_000


#: The address of the site's search index, as a route pattern.
SEARCH_INDEX = "**/search/search_index.json"

#: The search index's settings by its address: what a page that does not search is given, with
#: no page in it.
_INDEX_SETTINGS: dict[str, str] = {}


def no_search_pages(route: Any) -> None:
    """Answer the theme's request for the search index with its settings and no page: the
    search worker then has nothing to parse (about a second of a core per page loaded), and a
    page that does not search shows the same."""
    url = route.request.url
    if url not in _INDEX_SETTINGS:
        settings = json.loads(route.fetch().body())["config"]
        _INDEX_SETTINGS[url] = json.dumps({"config": settings, "docs": []})
    route.fulfill(status=200, content_type="application/json", body=_INDEX_SETTINGS[url])


#: Chromium's reports of declining what a listener asked for, which it logs as errors though no
#: script failed: a tap that lands while the page scrolls finds the theme's touch listener (one
#: that may cancel the touch) and Chromium lets the scroll go on, saying so.
INTERVENTIONS = ("Ignored attempt to cancel a touchstart event with cancelable=false",)


class Watched:
    """A page whose console errors and requests outside the site are recorded. Unless it
    searches (`search=True`), it is given the search index without its pages."""

    def __init__(self, browser: Any, served: str, *, search: bool = False, **options: Any) -> None:
        self.page = browser.new_page(**options)
        self.page.set_default_timeout(BROWSER_WAIT)
        if not search:
            self.page.route(SEARCH_INDEX, no_search_pages)
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "request", lambda r: None if r.url.startswith(served) else self.outside.append(r.url)
        )

    def _console(self, message: Any) -> None:
        if message.type == "error" and not message.text.startswith(INTERVENTIONS):
            self.errors.append(message.text)

    def close(self) -> None:
        self.page.close()
        assert self.errors == [], self.errors
        assert self.outside == [], self.outside
