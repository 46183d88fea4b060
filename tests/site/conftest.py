"""The decoder's page the pasting tests share (in the browser of tests/conftest.py), and the small
project's site as the engine alone builds it, which the tests of the site's contract and of its
build's workers share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import BROWSER_WAIT, Watched
from tests.support.helpers import LOOPBACK_SITE, build_site
from tests.support.small_project import DECODER_CACHE


@pytest.fixture(scope="session")
def small_engine_only(
    shared: Callable[[str, Callable[[Path], None]], Path], small_project: Path
) -> Path:
    """The small project's site as its engine alone builds it (site/build.py --skip after: the
    steps after the engine left out, as an engine that runs none of them publishes), with the
    site's loopback address (LOOPBACK_SITE), once per run: the site the contract's test finds
    broken (test_site_contract.py), and the pages two workers render and the steps after the
    engine start from (test_site_workers.py). Never written to: a test that changes it copies
    it first."""

    def build(folder: Path) -> None:
        cache = str(small_project / DECODER_CACHE)  # the small project's decoder, taken
        build_site(
            small_project / "site",
            folder / "public",
            LOOPBACK_SITE,
            "--skip",
            "after",
            "--cache",
            cache,
        )

    return shared("small-engine-only", build) / "public"


@pytest.fixture(scope="session")
def decoder_page(chromium_browser: Any, served: str) -> Iterator[Watched]:
    """One decoder page for the tests that paste into it, every module's (a page of each
    module's opened and loaded the decoder again), as a person keeps the page open and pastes
    one thing after another."""
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    watched.page.goto(served + "decoder/")
    yield watched
    watched.close()


#: Nothing pasted, no provider chosen, no answer shown or on its way.
CLEARED = (
    "() => { const output = document.querySelector('[data-decoder-output]');"
    " return !output.hasAttribute('aria-busy'); }"
)


@pytest.fixture
def decoder(decoder_page: Watched) -> Iterator[Any]:
    """The decoder page with its paste, its provider choice and its answer cleared; after the
    test, no console error and no request outside the site."""
    page = decoder_page.page
    page.locator("#decoder-input").fill("")
    page.locator("#decoder-provider").select_option("")
    page.wait_for_function(CLEARED, timeout=BROWSER_WAIT)
    page.eval_on_selector("[data-decoder-output]", "output => { output.textContent = ''; }")
    yield page
    assert decoder_page.errors == [] and decoder_page.outside == []
