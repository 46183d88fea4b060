"""The reference site as support people read it: titles without Markdown, the matrix and a code
set's table of codes on a phone and on a desktop, the plain Markdown copies with their index,
lifecycle diagrams drawn by the site's own Mermaid script, and code coloured by its language (in
Chromium). A check of how pages behave whatever their data (the matrix's labels in view on a
phone, the search's line while it loads, a searched word's marks) reads the small project's site
(`small_served`: every kind of page, its texts made hostile, a size that does not grow with the
catalog); a check of the catalog's own pages reads the project's."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from tests.site.test_site import _search
from tests.support.browser import Watched
from tests.support.helpers import ARTIFACTS, LOOPBACK_SITE, ROOT

#: For every matrix cell that shows more than its provider's name at a scroll position, the
#: names of its category and provider must be in view; the page is read at every step.
MATRIX_CHECK = """(step) => {
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const inView = (box, top) =>
    box.height > 0 && box.top >= top - 1 && box.bottom <= innerHeight + 1;
  const problems = [];
  let seen = 0;
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    for (const cell of document.querySelectorAll(".bc-matrix-table td")) {
      const box = cell.getBoundingClientRect();
      if (box.height === 0) continue;
      const row = cell.parentElement.querySelector("th").getBoundingClientRect();
      const top = Math.max(box.top, row.bottom, header);
      const label = cell.querySelector(".bc-matrix-provider").getBoundingClientRect();
      if (Math.min(box.bottom, innerHeight) - top < label.height + 8) continue;
      seen += 1;
      if (!inView(row, header) || !inView(label, row.bottom)) {
        problems.push(`${y}: ${cell.parentElement.querySelector("th").textContent} / ` +
          cell.querySelector(".bc-matrix-provider").textContent);
      }
    }
  }
  return { seen, problems: problems.slice(0, 5) };
}"""


def test_the_matrix_on_a_phone(chromium_browser: Any, small_served: str) -> None:
    watched = Watched(chromium_browser, small_served, viewport={"width": 390, "height": 844})
    page = watched.page
    page.goto(small_served + "reference/matrix/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    page.locator('[id="credentials_invalid"]').scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "6-matrix-phone.png"))
    found = page.evaluate(MATRIX_CHECK, 211)
    assert found["problems"] == [] and found["seen"] > 100, found
    watched.close()


#: Where each row of a code set's table of codes is, and where its description cell is.
CODE_ROWS = """() => [...document.querySelectorAll("table.bc-codes tbody tr")].map((row) => {
  const description = row.cells[4].getBoundingClientRect();
  return [row.cells[0].textContent, description.left, description.right, description.width];
})"""


def test_a_code_tables_descriptions_are_read_on_a_phone_without_scrolling_sideways(
    chromium_browser: Any, served: str
) -> None:
    """Plaid's error codes (about 180, with long wire values) at 390 px: the page is no wider
    than the phone and every code's description lies inside it, at least half its width; on a
    desktop the same table keeps its columns."""
    phone = Watched(chromium_browser, served, viewport={"width": 390, "height": 844})
    phone.page.goto(served + "reference/plaid/error_code/")
    width = phone.page.evaluate("document.documentElement.scrollWidth")
    rows = phone.page.evaluate(CODE_ROWS)
    phone.page.locator(
        'table.bc-codes tr:has-text("ITEM_LOGIN_REQUIRED")'
    ).first.scroll_into_view_if_needed()
    phone.page.screenshot(path=str(ARTIFACTS / "6-codes-phone.png"))
    phone.close()
    assert width <= 390, width
    assert len(rows) > 100
    cramped = [row for row in rows if row[1] < 0 or row[2] > 390 or row[3] < 195]
    assert cramped == [], cramped[:5]
    desktop = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    desktop.page.goto(served + "reference/plaid/error_code/")
    header = desktop.page.locator("table.bc-codes thead th")
    assert header.all_inner_texts() == ["Code", "Category", "HTTP", "Retryable", "Description"]
    desktop.close()


def test_the_line_above_the_results_says_what_is_shown_while_the_search_loads(
    chromium_browser: Any, small_served: str
) -> None:
    """With the theme's search worker held back (it never loads), a wire value typed in the box
    lists its code, and the line above no longer says "Initializing search" over it; once the
    worker loads, the theme's own count replaces that line and the code stays first. A word
    query ("insufficient funds") then lists a code's page first, and the code under it."""
    held = Watched(
        chromium_browser, small_served, search=True, viewport={"width": 1280, "height": 900}
    )
    held.page.route("**/assets/javascripts/workers/search.*.js", lambda route: route.abort())
    held.page.goto(small_served)
    _search(held.page, "item_login_required")
    held.page.locator(".bankcodes-exact .md-search-result__item").first.wait_for()
    meta = held.page.locator(".md-search-result__meta").inner_text()
    held.close()
    assert meta == "1 code with this exact value; the full-text search is still loading", meta
    loaded = Watched(
        chromium_browser, small_served, search=True, viewport={"width": 1280, "height": 900}
    )
    page = loaded.page
    page.goto(small_served)
    _search(page, "item_login_required")
    page.locator(".md-search-result__meta", has_text="matching document").wait_for()
    first = page.locator(".md-search-result__item").first.inner_text()
    assert first.splitlines()[0] == "ITEM_LOGIN_REQUIRED", first
    _search(page, "insufficient funds")
    page.locator(".md-search-result__meta", has_text="matching document").wait_for()
    page.wait_for_timeout(600)
    links = page.locator(".md-search-result__list > .md-search-result__item > a")
    hrefs = [urlsplit(href).path for href in links.evaluate_all("(a) => a.map((x) => x.href)")]
    loaded.close()
    assert hrefs[0].startswith("/reference/") and "/categories/" not in hrefs[0], hrefs[:5]


def test_the_matrix_is_compact_on_a_desktop(chromium_browser: Any, served: str) -> None:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.goto(served + "reference/matrix/")
    # Codes of categories that report no problem are counted, each count leading to the
    # provider's codes on the category's page; their rows stay short.
    row = page.locator('xpath=//*[@id="informational"]/ancestor::tr')
    counts = row.locator('a[href*="categories/informational/#"]')
    assert counts.count() > 0 and row.locator("code").count() == 0
    assert row.bounding_box()["height"] < 120
    # Scrolled inside its box, the matrix keeps the provider row and the category column.
    box = page.locator(".bc-matrix")
    box.evaluate("box => { box.scrollTop = 1500; box.scrollLeft = 600; }")
    top = box.bounding_box()["y"]
    assert abs(page.locator(".bc-matrix-table thead th").nth(2).bounding_box()["y"] - top) < 2
    left = box.bounding_box()["x"]
    assert abs(page.locator('[id="cancelled"]').bounding_box()["x"] - left) < 2
    page.screenshot(path=str(ARTIFACTS / "6-matrix-desktop.png"))
    watched.close()


#: What Markdown would have turned into markup: a link, emphasis, code, an escape, an entity.
RAW_MARKDOWN = re.compile(r"\]\(|\*\*|`|\\[\\`*_{}\[\]()#+\-.!|<>]|&[a-z]+;|&#[0-9]+;")


def test_no_title_shows_raw_markdown(built: Path) -> None:
    """Page titles, headings and the summaries of collapsed blocks show their text, not the
    Markdown or entities it was written in (a link inside a summary is not rendered)."""
    titles = 0
    for path in (p for p in built.rglob("*.html") if p.name != "404.html"):
        tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
        for node in tree.css("title, h1, h2, h3, h4, h5, h6, summary"):
            text = node.text(deep=True)
            titles += 1
            assert not RAW_MARKDOWN.search(text), (path.relative_to(built).as_posix(), text)
    summaries = (built / "reference/plaid/error_code/item_error/index.html").read_text("utf-8")
    assert "<summary>Example payload: ITEM_LOGIN_REQUIRED" in summaries
    assert titles > 1000


def test_every_reference_page_is_published_as_markdown_with_an_index(built: Path) -> None:
    docs = ROOT / "site" / "docs"
    index = (built / "llms.txt").read_text(encoding="utf-8")
    assert index.startswith("# bankcodes\n\n> Statuses and error codes")
    # Each page at the site's address (tests/site/test_site_address.py; without one, within it).
    found = re.findall(r"^- \[([^\]]+)\]\(([^)]+)\)$", index, re.MULTILINE)
    links = [(title, page.removeprefix(LOOPBACK_SITE)) for title, page in found]
    pages = sorted(p.relative_to(docs).as_posix() for p in (docs / "reference").rglob("*.md"))
    assert sorted(page for _, page in links) == pages
    assert links[0] == ("Reference", "reference/index.md")
    assert ("LinkSDK secondary status", "reference/lean/secondary_status/index.md") in links
    assert ("ITEM_ERROR", "reference/plaid/error_code/item_error.md") in links
    for _, page in links:
        # The copy is the page's Markdown, beside the folder of its HTML.
        assert (built / page).read_bytes() == (docs / page).read_bytes(), page
        folder = page.removesuffix(".md").removesuffix("index")
        assert (built / folder / "index.html").is_file(), page


def test_a_lifecycle_is_drawn_in_chromium_without_a_cdn(
    chromium_browser: Any, small_project: Path, small_instantly: str
) -> None:
    served = small_instantly
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    libraries: list[str] = []
    page.on("request", lambda r: libraries.append(r.url) if "mermaid" in r.url else None)
    # A page without a diagram loads no Mermaid; the theme's instant navigation from it to a
    # lifecycle loads the site's own copy and draws it.
    page.goto(served + "reference/lean/")
    page.wait_for_load_state("networkidle")
    assert libraries == [] and page.evaluate("typeof mermaid") == "undefined"
    # The small project's titles are made hostile: the link is followed by its address.
    lifecycle = served + "reference/lean/payment_lifecycle_status/"
    page.locator(f'.md-content a[href="{lifecycle}"]').first.click()
    page.wait_for_url(lifecycle)
    # Material draws the diagram into a closed shadow root of a div that replaces the fence.
    drawn = page.locator("div.mermaid")
    drawn.first.wait_for(state="visible")
    assert page.locator("pre.mermaid").count() == 0
    assert drawn.first.bounding_box()["height"] > 150
    page_source = small_project / "site/docs/reference/lean/payment_lifecycle_status.md"
    source = page_source.read_text(encoding="utf-8")
    diagram = source[source.index("``` mermaid\n") :].split("```")[1].removeprefix(" mermaid\n")
    svg = page.evaluate("async (text) => (await mermaid.render('check', text)).svg", diagram)
    for status in ("CREATED", "PROCESSING", "PROCESSED", "FAILED"):
        assert f">{status}<" in svg, status
    page.locator("#_lifecycle").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "9-lifecycle.png"))
    assert libraries == [served + "assets/mermaid.min.js"]
    watched.close()  # no request left the site (no CDN), no console error


#: The colour an element gets inside a code block from one of the theme's code colours.
THEME_COLOUR = """(name) => {
  const probe = document.createElement("span");
  probe.style.color = `var(${name})`;
  document.querySelector(".md-typeset pre").appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}"""


def test_code_is_coloured_by_language_in_the_themes_colours(
    chromium_browser: Any, small_served: str
) -> None:
    # The small project's site: the same pages and scripts, its examples' titles made hostile
    # (an example is opened by its place, a payload's page reached by its address).
    served = small_served
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    # highlight.js reports a block it cannot colour (HTML inside, an unknown language) on the
    # console, as a warning or a log line.
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type in ("warning", "log") else None)
    page.goto(served + "reference/plaid/webhook_type/codes-2/")
    example = page.locator('details:has(summary:text-matches("^Example payload: "))').first
    example.locator("summary").click()
    block = example.locator("pre code.language-json")
    data = json.loads(block.inner_text())
    key = block.locator(".hljs-attr", has_text='"webhook_type"')
    value = block.locator(".hljs-string", has_text=f'"{data["webhook_type"]}"')
    assert key.count() == 1 and value.count() == 1
    keyword = page.evaluate(THEME_COLOUR, "--md-code-hl-keyword-color")
    string = page.evaluate(THEME_COLOUR, "--md-code-hl-string-color")
    assert keyword != string
    assert key.evaluate("e => getComputedStyle(e).color") == keyword
    assert value.evaluate("e => getComputedStyle(e).color") == string
    # The theme's copy button still copies the block.
    assert example.locator("button[data-clipboard-target]").count() == 1
    # A page reached through the theme's instant navigation is coloured too.
    payload = served + "reference/payloads/plaid/webhook/"
    page.locator(f'a[href="{payload}"]').first.click()
    page.wait_for_url(payload)
    assert page.locator("pre code.language-json .hljs-attr").count() > 0
    page.goto(served + "python/")
    imports = page.locator("pre code.language-python .hljs-keyword", has_text="import")
    assert imports.count() > 0
    assert warnings == []
    watched.close()


#: Counts, when the document has loaded, the code blocks of the page and those coloured.
COLOURED_ON_LOAD = """document.addEventListener("DOMContentLoaded", () => {
  window.bankcodesTest = {
    blocks: document.querySelectorAll('pre > code[class*="language-"]').length,
    coloured: document.querySelectorAll("pre > code[data-highlighted]").length,
  };
});"""


def test_code_opened_from_a_search_keeps_the_marks_of_the_searched_word(
    chromium_browser: Any, small_served: str
) -> None:
    """The theme marks the searched word in a page opened from a search result's address once
    its search index is ready; code coloured after that would lose the marks (and warn), so
    every block is coloured before the document has even loaded."""
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    page = watched.page
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text) if m.type in ("warning", "log") else None)
    page.add_init_script(COLOURED_ON_LOAD)
    page.goto(small_served + "python/?h=classify")
    counts = page.evaluate("window.bankcodesTest")
    assert counts["blocks"] > 3 and counts["coloured"] == counts["blocks"], counts
    marked = page.locator("pre code.language-python mark", has_text="classify")
    marked.first.wait_for(state="attached")
    assert page.locator("pre code.language-python .hljs-keyword").count() > 0
    assert messages == []
    watched.close()


def test_only_a_page_with_a_diagram_loads_mermaid(built: Path) -> None:
    """The Mermaid library (3.5 MB) is loaded by the pages that draw a lifecycle, as the last
    script of the part of the page the theme's instant navigation brings in (the theme waits for
    that one alone before it draws: see test_a_lifecycle_is_drawn_in_chromium_without_a_cdn),
    and by no other page."""
    drawing, loading = set(), set()
    for path in built.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        relative = path.parent.relative_to(built).as_posix()
        if '<pre class="mermaid">' in html:
            drawing.add(relative)
        if "mermaid.min.js" in html:
            loading.add(relative)
            main = html[html.index('<main class="md-main"') : html.index("</main>")]
            scripts = re.findall(r"<script[^>]*>", main)
            assert scripts[-1].endswith('assets/mermaid.min.js">'), scripts
    assert "reference/lean/payment_lifecycle_status" in drawing
    assert "decoder" not in loading and "reference/plaid/error_code" not in loading
    assert loading == drawing
