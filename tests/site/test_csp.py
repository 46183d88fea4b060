"""The site's Content-Security-Policy: every page carries one, as a meta element before its first
script, that lets it run its own scripts (and the theme's inline ones, by their hashes), use its
own styles, fonts and images, and connect to its own host alone; and no page breaks it in
Chromium: the decoder, the home page and its search, a lifecycle diagram, coloured code."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from tests.site.test_site import _search
from tests.support.browser import BROWSER_WAIT, Watched
from tests.support.html import Page

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<text>.*?)</script>", re.DOTALL)

#: What every page may do besides running scripts: the directives the site's policy states
#: (https://www.w3.org/TR/CSP3/). Mermaid draws its diagrams with inline styles (style
#: attributes and a style element whose text depends on the diagram), hence 'unsafe-inline' for
#: styles, never for scripts; the theme's icons are data: images in its stylesheet; the search
#: index and the pages of instant navigation are fetched from the site itself.
EXPECTED = {
    "default-src": ["'none'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "form-action": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}


def _directives(policy: str) -> dict[str, list[str]]:
    directives: dict[str, list[str]] = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} is stated twice: {policy}"
        directives[name] = sources
    return directives


def _inline_hashes(html: str) -> list[str]:
    """The CSP hash source of each script the page runs from its own text (RFC 6234's SHA-256
    of its UTF-8 text, in base64, as CSP3's hash-source says); data blocks (a JSON type) are no
    scripts."""
    hashes = []
    for found in SCRIPT.finditer(html):
        attributes = found["attributes"]
        if "src=" in attributes or "application/json" in attributes:
            continue
        digest = hashlib.sha256(found["text"].encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def test_every_page_carries_the_policy_before_its_first_script(built: Path) -> None:
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > 100 and built / "404.html" in pages
    for path in pages:
        html = path.read_text(encoding="utf-8")
        where = path.relative_to(built).as_posix()
        found = POLICY.findall(html)
        assert len(found) == 1, (where, found)
        assert html.index("<meta http-equiv=") < html.index("<script"), where
        directives = _directives(found[0])
        scripts = directives.pop("script-src")
        assert scripts[0] == "'self'", (where, scripts)
        inline = _inline_hashes(html)
        assert inline, f"{where}: the theme's inline scripts were expected"
        assert sorted(scripts[1:]) == sorted(set(inline)), where
        # A meta element cannot state frame-ancestors (CSP3 §6.4.2): it is not claimed.
        assert directives == EXPECTED, where


#: Every violation of the page's policy, as the document reports it (CSP3's
#: securitypolicyviolation event), kept on the window for the test to read.
LISTEN = """window.bankcodesViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.bankcodesViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
});"""


def policed(browser: Any, served: str, *, search: bool = False) -> Watched:
    """A page whose policy violations are kept (its console errors are, by Watched)."""
    watched = Watched(browser, served, search=search, viewport={"width": 1280, "height": 900})
    watched.page.add_init_script(LISTEN)
    return watched


def violations(page: Any) -> list[str]:
    found: list[str] = page.evaluate("window.bankcodesViolations")
    return found


def test_the_home_page_and_its_search_break_no_policy(
    chromium_browser: Any, small_served: str
) -> None:
    # The small project's site: the same pages, scripts and search, its size not the catalog's.
    watched = policed(chromium_browser, small_served, search=True)
    page = watched.page
    page.goto(small_served)
    _search(page, "ITEM_LOGIN_REQUIRED")
    result = page.locator('.md-search-result__item a[href*="#ITEM_LOGIN_REQUIRED"]').first
    result.wait_for(state="visible", timeout=BROWSER_WAIT)
    page.locator(".bankcodes-exact .md-search-result__item").first.wait_for(timeout=BROWSER_WAIT)
    page.locator("input.md-search__input").press("Enter")  # the theme's form is never sent
    page.wait_for_url(lambda url: url.endswith("#ITEM_LOGIN_REQUIRED"), timeout=BROWSER_WAIT)
    assert violations(page) == []
    watched.close()


def test_a_diagram_and_coloured_code_break_no_policy(
    chromium_browser: Any, small_project: Path, small_served: str
) -> None:
    # The small project's site: the same pages and scripts; its names are made hostile, so that
    # its links are followed by their addresses, and a body pasted is its own Plaid webhook's.
    spec = json.loads((small_project / "spec" / "catalog.json").read_text(encoding="utf-8"))
    body = spec["payloads"]["plaid/webhook"]["examples"][0]["data"]
    watched = policed(chromium_browser, small_served)
    page = watched.page
    page.goto(small_served + "reference/lean/payment_lifecycle_status/")
    drawn = page.locator("div.mermaid").first
    drawn.wait_for(state="visible")
    assert drawn.bounding_box()["height"] > 150
    # On to coloured code and the decoder, by the theme's instant navigation: the document keeps
    # the policy of the page it was opened at, and gains each page's own.
    # A provider's pages list its own pages: another provider is reached by the reference's index.
    page.locator(".md-nav a", has_text="Reference").first.click()
    page.wait_for_url("**/reference/")
    for folder in ("plaid/", "plaid/webhook_type/", "plaid/webhook_type/codes-2/"):
        address = f"{small_served}reference/{folder}"
        page.locator(f'a[href="{address}"]').first.click()  # instant navigation's addresses
        page.wait_for_url(address)
    page.locator("pre code.language-json .hljs-attr").first.wait_for(state="attached")
    page.locator(".md-nav a", has_text="Decoder").first.click()
    page.wait_for_url("**/decoder/")
    page.wait_for_function("() => document.querySelector('[data-bankcodes-decoder]').dataset.ready")
    page.locator("#decoder-input").fill(json.dumps(body))
    page.locator(".bankcodes-decoder button").click()
    page.locator(".bankcodes-decoded").first.wait_for()
    assert violations(page) == []
    watched.close()


def test_the_decoder_page_states_the_policy_it_carries(built: Path) -> None:
    html = (built / "decoder" / "index.html").read_text(encoding="utf-8")
    directives = _directives(POLICY.findall(html)[0])
    stated = {row[0]: row[1] for row in Page(html).rows if len(row) == 3 and row[0] != "Directive"}
    assert set(stated) == set(directives)
    for name, sources in directives.items():
        if name == "script-src":
            assert sources[0] == "'self'" and all(s.startswith("'sha256-") for s in sources[1:])
            assert stated[name] == "'self', and a 'sha256-…' per inline script"
        else:
            assert stated[name] == " ".join(sources), name
