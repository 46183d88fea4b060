"""The decoder's page the pasting tests share (in the browser of tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.browser import BROWSER_WAIT, Watched


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
