"""Nothing pasted into the site's decoder leaves the page: without JavaScript or with its script
blocked nothing is sent, a paste made before the script arrives waits for it, and what a paste
makes the page fetch is a static file named by the provider it shows, never the pasted text.

The decoder's behaviour, not the catalog's content, is what these check: they read the small
project's site (`small_served`: a cover of every shape of provider, whose size does not grow).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.site.test_csp import policed, violations
from tests.site.test_site import ANSWERED
from tests.support.browser import ASKS_FOR_ICON, BROWSER_WAIT, Watched
from tests.support.small_project import project_spec

#: A paste a person would not want in an address bar or a server's log.
SECRET_PASTE = '{"type": "payment.updated", "payload": {"id": "acct-7f3c-PRIVATE-9921"}}'


def _requests_after_decoding(page: Any, small_served: str) -> list[str]:
    """Every request the page makes (its address and body) after a paste and a press of
    Decode, and the page's address then."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(f"{request.url} {request.post_data or ''}"))
    page.locator("#decoder-input").fill(SECRET_PASTE)
    page.locator(".bankcodes-decoder button").click()
    page.locator("#decoder-input").press("Enter")
    page.wait_for_timeout(500)
    assert page.url == small_served + "decoder/"
    return seen


def test_without_javascript_nothing_is_sent_and_the_page_says_why(
    chromium_browser: Any, small_served: str
) -> None:
    context = chromium_browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(small_served + "decoder/")
    assert page.locator("form").filter(has=page.locator("#decoder-input")).count() == 0
    assert page.get_attribute("#decoder-input", "name") is None
    seen = _requests_after_decoding(page, small_served)
    assert not [line for line in seen if "PRIVATE" in line or "payload=" in line], seen
    note = page.locator("[data-decoder-output]").inner_text()
    assert "needs JavaScript" in note and "nothing you paste is sent" in note
    context.close()


def test_with_its_script_blocked_nothing_is_sent(chromium_browser: Any, small_served: str) -> None:
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    page = watched.page
    blocked: list[str] = []

    def block(route: Any) -> None:
        blocked.append(route.request.url)
        route.abort()

    page.route("**/assets/decoder/**", block)
    page.goto(small_served + "decoder/")
    seen = _requests_after_decoding(page, small_served)
    assert blocked, "the decoder's script was asked for, and refused"
    assert not [line for line in seen if "PRIVATE" in line or "payload=" in line], seen
    assert "needs JavaScript" in page.locator("[data-decoder-output]").inner_text()
    watched.errors.clear()  # the blocked script's load error is the point of this test
    watched.close()


def test_a_paste_made_before_the_script_arrives_is_answered_when_it_does(
    chromium_browser: Any, small_served: str
) -> None:
    # A code of Plaid's, which the small project keeps (its first error code).
    code = project_spec()[0]["providers"]["plaid"]["code_sets"]["error_code"]["codes"][0]["value"]
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    page = watched.page
    held: list[Any] = []
    page.route("**/assets/decoder/index.js", lambda route: held.append(route))
    page.goto(small_served + "decoder/", wait_until="domcontentloaded")
    page.wait_for_function("() => document.querySelector('#decoder-input') !== null")
    page.locator("#decoder-input").fill(code)
    page.locator(".bankcodes-decoder button").click()
    page.wait_for_function("() => true")  # the click is handled (by nothing yet)
    assert len(held) == 1 and page.url == small_served + "decoder/"
    held[0].continue_()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-decoder-output] .bankcodes-decoded').length > 0"
    )
    cards = page.eval_on_selector_all(
        "[data-decoder-output] .bankcodes-decoded", "cards => cards.map(c => c.dataset.code)"
    )
    assert cards[:1] == [code]
    watched.close()


def _first_example_of_each_provider() -> list[tuple[str, str, Any]]:
    """(provider, payload kind, body) of each provider's first published example that is read as
    its own without the provider named."""
    found: dict[str, tuple[str, str, Any]] = {}
    spec = project_spec()[0]
    for kind, entry in spec["payloads"].items():
        provider = kind.split("/")[0]
        alone = [e for e in entry["examples"] if e.get("recognised", "alone") == "alone"]
        if provider not in found and alone:
            found[provider] = (provider, kind, alone[0]["data"])
    # A provider with payload kinds of its own (a standard read only inside another's body, as
    # ISO 20022's codes in UK Open Banking's, has none) that a body alone can tell (not one whose
    # every kind is read only where its provider is named, as plain as OAuth's {error}).
    sending = {
        kind.split("/")[0]
        for kind, entry in spec["payloads"].items()
        if not all(rule.get("provider_given") for rule in entry["recognise"])
    }
    missing = sending - set(found)
    assert not missing, f"no published payload example to paste for {sorted(missing)}"
    return sorted(found.values())


def _loaded(watched: Watched, small_served: str) -> list[str]:
    """Open the decoder and let it load all it loads before anything is pasted; the addresses it
    fetched, in order."""
    fetched: list[str] = []
    watched.page.on("request", lambda request: fetched.append(request.url))
    watched.page.goto(small_served + "decoder/")
    watched.page.wait_for_function(
        "() => document.querySelector('[data-bankcodes-decoder]').dataset.ready === 'yes'"
    )
    # A whole browser asks for the site's icon after the page has loaded (for its tab: the
    # headless shell has none).
    icon = small_served + "assets/images/favicon.png"
    for _ in range(BROWSER_WAIT // 50 if ASKS_FOR_ICON else 0):
        if icon in fetched:
            break
        watched.page.wait_for_timeout(50)
    watched.page.wait_for_load_state("networkidle")
    return fetched


def test_a_paste_fetches_only_static_chunks_named_by_its_provider(
    chromium_browser: Any, small_served: str, small_project: Path
) -> None:
    """What a paste makes the page fetch is a file of the site's decoder, asked for by its name
    alone: the chunk of the provider the paste shows (its code tables, kinds and facts) and its
    schema checks, never the pasted text in an address, a query or a body. One page, as a
    support person keeps it open, is given a payload of every provider in turn."""
    watched = policed(chromium_browser, small_served)
    page = watched.page
    _loaded(watched, small_served)
    files = {path.name for path in (small_project / "public" / "assets" / "decoder").iterdir()}
    after: list[Any] = []
    page.on("request", lambda request: after.append(request))
    fetched: set[str] = set()
    for provider, kind, body in _first_example_of_each_provider():
        page.eval_on_selector("[data-decoder-output]", "output => { output.textContent = ''; }")
        pasted = json.dumps(body)
        page.locator("#decoder-input").fill(pasted)
        page.locator("#decoder-input").dispatch_event("paste")
        page.wait_for_function(ANSWERED)
        page.wait_for_timeout(300)  # anything a paste would set off has started
        text = page.locator("[data-decoder-output]").inner_text()
        assert f"({kind})." in text, (provider, text[:300])
        for request in after:
            name = request.url.removeprefix(small_served + "assets/decoder/")
            assert request.method == "GET" and request.post_data is None, request.url
            assert name in files, request.url  # a file of the decoder, by its name alone
            fetched.add(name)
        assert any(re.fullmatch(rf"{provider}-[A-Z0-9]+\.js", name) for name in fetched), provider
        assert any(name.startswith(f"{provider}-schemas-") for name in fetched), provider
        after.clear()
        assert violations(page) == [], provider
    watched.close()


def test_the_page_loads_its_script_alone_before_anything_is_pasted(
    chromium_browser: Any, small_served: str
) -> None:
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    fetched = _loaded(watched, small_served)
    decoder = small_served + "assets/decoder/"
    asked = [url.removeprefix(decoder) for url in fetched if url.startswith(decoder)]
    # The script and the chunks it imports as it runs (esbuild's shared chunk-*.js), no
    # provider's chunk: what a paste needs is fetched for it.
    assert asked[0] == "index.js" and all(name.startswith("chunk-") for name in asked[1:]), asked
    # The site's code index is the search's, fetched when a search is typed: the decoder
    # carries what it reads of it.
    assert small_served + "reference/codes.json" not in fetched
    watched.close()
