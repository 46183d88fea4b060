"""The MkDocs reference site: strict build, every code at its anchor, no broken internal link,
hostile text shown literally, and a real browser session on 127.0.0.1 in Chromium."""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from tests.support.browser import BROWSER_WAIT, Watched
from tests.support.helpers import ARTIFACTS, ROOT, anchor_of, spec_data
from tests.support.html import Page
from tests.support.reference import built_blocks


def _page(built: Path, path: str) -> Page:
    return Page((built / path / "index.html").read_text(encoding="utf-8"))


def test_the_strict_build_has_every_page(built: Path) -> None:
    for page in ("index.html", "404.html", "sitemap.xml", "reference/index.html"):
        assert (built / page).is_file(), page
    pages = ("python", "typescript", "webhooks", "cli", "adding-a-code", "releases")
    for page in (*pages, "reference/changelog"):
        assert (built / page / "index.html").is_file(), page


def test_every_category_lists_its_codes(built: Path) -> None:
    data = spec_data()
    for category in data["categories"]:
        page = _page(built, f"reference/categories/{category}")
        links = {link.rsplit("#", 1)[-1] for link in page.links if "#" in link}
        for provider in data["providers"].values():
            for code_set in provider["code_sets"].values():
                for code in code_set["codes"]:
                    if code.get("category", code_set.get("category")) == category:
                        assert anchor_of(code) in links, (category, code["value"])


def _html_files(built: Path) -> Iterator[Path]:
    yield from (path for path in built.rglob("*.html") if path.name != "404.html")


def test_no_internal_link_is_broken(built: Path) -> None:
    pages: dict[Path, tuple[set[str], list[str]]] = {}
    for path in _html_files(built):
        page = Page(path.read_text(encoding="utf-8"))  # its parsed tree is let go
        pages[path.resolve()] = (page.ids, page.links)

    @functools.cache  # every page links to the same few hundred pages
    def existing(name: str) -> Path | None:
        """The file a link names (its path joined to its page's folder), if there is one."""
        target = Path(name)
        if target.suffix != ".html" and target not in pages:
            target = target / "index.html" if target.is_dir() else target
        return target if target in pages or target.is_file() else None

    checked = 0
    for path, (_, links) in pages.items():
        folder = str(path.parent)
        for link in links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("mailto:"):
                continue
            name = os.path.normpath(os.path.join(folder, unquote(parts.path)))
            target = existing(name) if parts.path else path
            assert target is not None, f"{path.relative_to(built.resolve())}: {link}"
            if parts.fragment and target.suffix == ".html":
                ids = pages[target][0] if target in pages else set()
                where = path.relative_to(built.resolve())
                assert unquote(parts.fragment) in ids, f"{where}: {link}"
            checked += 1
    assert checked > 1000


def test_tables_have_headers_and_identifiers_break_only_at_underscores(built: Path) -> None:
    for path in _html_files(built):
        text = path.read_text(encoding="utf-8")
        # No table starts with an empty header row.
        assert "<th></th>" not in text, path
    page = (built / "reference/lean/secondary_status/index.html").read_text(encoding="utf-8")
    assert '<code class="identifier">INVALID_<wbr>LOGIN_<wbr>MFA</code>' in page


def test_other_providers_name_the_code_set(built: Path) -> None:
    rows = []
    for address in set(built_blocks(built, "lean", "secondary_status").values()):
        page = _page(built, f"reference/{address}")
        rows += [row[1] for row in page.rows if row and row[0] == "Other providers"]
    # INVALID_SECURITY_RESPONSE is in two Flinks code sets: the mention names its set.
    mentions = [row for row in rows if "INVALID_SECURITY_RESPONSE" in row]
    assert mentions and all(
        "INVALID_SECURITY_RESPONSE (Flinks Connect error event)" in row for row in mentions
    )
    assert not any("INVALID_SECURITY_RESPONSE (Flinks API error code" in row for row in rows)


def test_provider_pages_and_sources_name_documents_by_title(built: Path) -> None:
    sources = (built / "reference/sources/index.html").read_text(encoding="utf-8")
    assert "Flinks: Flinks Connect handled errors" in sources
    assert ".txt" not in sources and "seed-004</code>" not in sources
    for path in _html_files(built):
        text = path.read_text(encoding="utf-8")
        assert "Flinks Flinks" not in text, path
        if "/reference/" in path.as_posix() and "changelog" not in path.as_posix():
            assert "seed 00" not in text.lower(), path


def test_every_page_is_titled_by_what_it_is(built: Path) -> None:
    # A section's index page (a provider's, the reference's, the categories') is titled by its
    # section, not by its file name.
    titles: dict[str, str] = {}
    for path in _html_files(built):
        found = re.search(r"<title>([^<]*)</title>", path.read_text(encoding="utf-8"))
        titles[path.relative_to(built).as_posix()] = found[1] if found else ""
    assert [page for page, title in titles.items() if title.startswith("Index")] == []
    assert titles["reference/flinks/index.html"] == "Flinks - bankcodes"


def test_a_code_section_shows_words_causes_and_an_example(built: Path) -> None:
    page = _page(built, "reference/flinks/api_error_code")
    labels = {row[0] for row in page.rows if row}
    for label in (
        "Advice to the integrator",
        "End user can retry",
        "HTTP statuses",
        "Recommended action",
        "Whose words",
    ):
        assert label in labels, label
    text = (built / "reference/flinks/api_error_code/index.html").read_text(encoding="utf-8")
    assert "Example payload:" in text
    webhook = (built / "reference/lean/webhook_event_type/index.html").read_text(encoding="utf-8")
    assert "Example payload:" in webhook


def test_the_matrix_has_a_row_per_category_and_a_column_per_provider(built: Path) -> None:
    data = spec_data()
    page = _page(built, "reference/matrix")
    header, *rows = page.rows
    assert header[1:] == [provider["name"] for provider in data["providers"].values()]
    assert len(rows) == len(data["categories"])
    assert {f"categories/{category}/" for category in data["categories"]} <= {
        link.removeprefix("../") for link in page.links
    }
    assert set(data["categories"]) <= page.ids


def test_codes_index_lists_every_spelling(built: Path) -> None:

    index = json.loads((built / "reference/codes.json").read_text(encoding="utf-8"))
    spellings = {(entry[1], entry[3], entry[0]) for entry in index["codes"]}
    for provider_id, provider in spec_data()["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            for code in code_set["codes"]:
                assert (provider_id, set_id, str(code["value"])) in spellings


def test_schemas_can_be_downloaded_from_the_payload_pages(built: Path) -> None:
    page = _page(built, "reference/payloads/lean/webhook")
    assert "../webhook.schema.json" in page.links
    assert (built / "reference/payloads/lean/webhook.schema.json").is_file()


#: A code of every provider, typed as a person would (any case), with its provider's name.
EXACT_SAMPLES = (
    ("invalid_mfa", "INVALID_MFA", "Lean Technologies"),
    ("INVALID_LOGIN", "INVALID_LOGIN", "Flinks"),
    ("Invalid_Credentials", "invalid_credentials", "Argyle"),
    ("item_login_required", "ITEM_LOGIN_REQUIRED", "Plaid"),
)


def _search(page: Any, text: str) -> None:
    """Type `text` in the search box key by key, as a reader does: the theme reads the box when
    its search has loaded and at each key released, so a value filled in at once after it loaded
    is never searched for."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    search = page.locator("input.md-search__input")
    search.fill("")
    search.press_sequentially(text, delay=30)


#: The search's results as shown: the address of each of their links, in order.
SHOWN = "() => [...document.querySelectorAll('.md-search-result a')].map((a) => a.href)"


def _settle(page: Any) -> None:
    """Wait until the search's results stop changing: two reads 300 ms apart agree."""
    shown = None
    while (now := page.evaluate(SHOWN)) != shown:
        shown = now
        page.wait_for_timeout(300)


@pytest.fixture(scope="module")
def searching(chromium_browser: Any, instantly: str) -> Iterator[Watched]:
    """One page a person searches from again and again, each time from the code the last
    search led to (the theme's instant navigation keeps the search's index loaded)."""
    watched = Watched(
        chromium_browser, instantly, search=True, viewport={"width": 1280, "height": 900}
    )
    watched.page.goto(instantly)
    yield watched
    watched.close()


@pytest.mark.parametrize(("typed", "value", "provider"), EXACT_SAMPLES)
def test_searching_a_wire_value_lists_that_code_first(
    searching: Watched, typed: str, value: str, provider: str
) -> None:
    page = searching.page
    _search(page, typed)
    exact = page.locator(".bankcodes-exact .md-search-result__item")
    exact.first.wait_for(timeout=BROWSER_WAIT)
    page.wait_for_timeout(600)
    # The exact matches come before every other result, and the code is among them.
    assert page.locator(".md-search-result__item").first.inner_text() == exact.first.inner_text()
    texts = exact.all_inner_texts()
    # Every code set that has the spelling (in any case) is listed, each named.
    expected = [
        (code_set["title"], str(code["value"]))
        for provider_data in spec_data()["providers"].values()
        for code_set in provider_data["code_sets"].values()
        for code in code_set["codes"]
        if str(code["value"]).lower() == typed.lower()
    ]
    assert len(texts) == len(expected), texts
    for title, spelling in expected:
        assert any(t.splitlines()[0] == spelling and title in t for t in texts), (title, texts)
    mine = next(i for i, t in enumerate(texts) if t.splitlines()[0] == value and provider in t)
    page.screenshot(path=str(ARTIFACTS / f"search-{value}.png"))
    # Its link is clicked once the results have settled (the theme redraws its own after the
    # last key, and a redraw under the pointer takes a click elsewhere).
    _settle(page)
    exact.nth(mine).locator("a").click()
    page.wait_for_url(
        lambda url: url.endswith(f"#{value}"), timeout=BROWSER_WAIT, wait_until="commit"
    )
    page.locator(f'[id="{value}"]').wait_for(state="visible", timeout=BROWSER_WAIT)
    assert searching.errors == [] and searching.outside == []


def test_a_person_finds_a_code_in_chromium(chromium_browser: Any, served: str) -> None:
    watched = Watched(
        chromium_browser, served, search=True, viewport={"width": 1280, "height": 900}
    )
    page = watched.page
    page.goto(served)
    page.screenshot(path=str(ARTIFACTS / "1-home.png"))
    _search(page, "INVALID_MFA")
    # The exact matches come first, in the catalog's order: Lean's LinkSDK secondary status.
    result = page.locator('.bankcodes-exact a[href*="#INVALID_MFA"]').first
    result.wait_for(state="visible", timeout=BROWSER_WAIT)
    shown = page.locator(".bankcodes-exact").element_handle()
    page.wait_for_timeout(600)  # the theme's last redraw of its results, after the last key
    # The list shown for the query is the one still there: a click on it is not lost.
    assert shown.evaluate("list => list.isConnected")
    page.screenshot(path=str(ARTIFACTS / "2-search.png"))
    result.click()
    page.wait_for_url(
        lambda url: "/reference/lean/secondary_status/" in url and url.endswith("#INVALID_MFA"),
        timeout=BROWSER_WAIT,
    )
    heading = page.locator('[id="INVALID_MFA"]')
    heading.wait_for(state="visible")
    assert "User entered an incorrect OTP" in page.content()
    # The Arabic words for the customer are laid out right to left.
    arabic = page.locator('xpath=//*[@id="INVALID_MFA"]/following::span[@lang="ar"][1]')
    assert arabic.evaluate("node => getComputedStyle(node).direction") == "rtl"
    assert "\u0644\u0645 \u064a\u062a\u0645 \u0642\u0628\u0648\u0644" in arabic.inner_text()
    page.screenshot(path=str(ARTIFACTS / "3-code.png"))
    watched.close()


def test_a_code_page_on_a_phone_in_dark_mode(chromium_browser: Any, small_served: str) -> None:
    # The small project's page: the same template, its texts made hostile (long words, markup).
    watched = Watched(
        chromium_browser, small_served, viewport={"width": 390, "height": 844}, color_scheme="dark"
    )
    page = watched.page
    page.goto(small_served + "reference/flinks/api_error_code/#INVALID_LOGIN")
    page.locator('[id="INVALID_LOGIN"]').wait_for(state="visible")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    # Nothing but the tables (which scroll inside their own box) is wider than the phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    page.screenshot(path=str(ARTIFACTS / "4-phone-dark.png"))
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(
        f"() => document.body.getAttribute('data-md-color-scheme') !== '{scheme}'"
    )
    page.screenshot(path=str(ARTIFACTS / "5-phone-light.png"))
    watched.close()


def test_the_matrix_in_a_browser(chromium_browser: Any, served: str) -> None:
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.goto(served + "reference/categories/credentials_invalid/")
    page.locator('article a[href$="matrix/#credentials_invalid"]').first.click()
    page.wait_for_url(lambda url: url.endswith("#credentials_invalid"), timeout=BROWSER_WAIT)
    row = page.locator('xpath=//*[@id="credentials_invalid"]/ancestor::tr')
    text = row.inner_text()
    for value in ("INVALID_CREDENTIALS", "INVALID_LOGIN", "invalid_credentials"):
        assert value in text, value
    page.screenshot(path=str(ARTIFACTS / "6-matrix.png"))
    watched.close()


#: Whether the decoder has finished its answer: some output, and nothing more on its way. (A
#: function, which Playwright calls as it is: an expression it would evaluate as a string, which
#: the site's policy refuses.)
ANSWERED = (
    "() => { const output = document.querySelector('[data-decoder-output]');"
    " return output.textContent.length > 0 && !output.hasAttribute('aria-busy'); }"
)


def _decode(page: Any, text: str) -> str:
    """Decode `text` with the page's button and read the whole answer to it (the output is
    emptied first, so that an earlier answer is never read as this one)."""
    page.locator("#decoder-input").fill(text)
    page.eval_on_selector("[data-decoder-output]", "output => { output.textContent = ''; }")
    page.locator(".bankcodes-decoder button").click()
    output = page.locator("[data-decoder-output]")
    page.wait_for_function(ANSWERED, timeout=BROWSER_WAIT)
    return str(output.inner_text())


def test_the_decoder_explains_a_code_and_its_equivalents(
    chromium_browser: Any, served: str
) -> None:
    """What the decoder says of a payload's code and of a bare code. (Every published example is
    decoded, and its kind and codes checked, by test_decoder.py.)"""
    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.goto(served + "decoder/")
    # A Flinks Connect error: its code, with what it means and the equivalents elsewhere.
    text = _decode(page, json.dumps({"flinksCode": "INVALID_PASSWORD", "requestId": "r"}))
    assert "Flinks Connect message event data" in text
    assert "Credentials invalid" in text and "INVALID_CREDENTIALS" in text
    assert page.locator(".bankcodes-decoded a").first.get_attribute("href")
    page.screenshot(path=str(ARTIFACTS / "7-decoder.png"), full_page=True)
    # A bare code.
    assert "Institution unavailable" in _decode(page, "RETRY_LATER")
    # Its closer equivalents first: Plaid's INSTITUTION_DOWN has the same meaning as Lean's
    # BANK_MAINTENANCE; Argyle's one_time_passcode_issue only shares the category.
    text = _decode(page, "BANK_MAINTENANCE")
    equivalents = text[text.index("Equivalents") :]
    assert equivalents.split("\n", 1)[1].startswith("Same meaning (")
    assert (
        equivalents.index("INSTITUTION_DOWN (Plaid Error code)")
        < equivalents.index("Same category only, Argyle: ")
        < equivalents.index("one_time_passcode_issue")
    )
    watched.close()


def test_the_decoder_answers_before_its_schema_checks_arrive(
    chromium_browser: Any, served: str
) -> None:
    """The first answer needs the page's script and the pasted provider's chunk alone: a paste
    whose provider's schema checks are still on their way is answered at once, and the check's
    verdict is added when they arrive."""

    watched = Watched(chromium_browser, served, viewport={"width": 1280, "height": 900})
    page = watched.page
    held: list[Any] = []
    page.route("**/assets/decoder/*-schemas-*.js", lambda route: held.append(route))
    page.goto(served + "decoder/")
    page.wait_for_function("() => document.querySelector('[data-bankcodes-decoder]').dataset.ready")
    # Plaid's error object with a number where its schema has text (error_message).
    body = {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": 5}
    page.locator("#decoder-input").fill(json.dumps({**body, "display_message": None}))
    page.locator(".bankcodes-decoder button").click()
    page.locator(".bankcodes-decoded").first.wait_for()
    output = page.locator("[data-decoder-output]")
    assert len(held) == 1 and output.get_attribute("aria-busy") == "true"
    assert "Recognised as: Plaid error object (plaid/error)." in output.inner_text()
    assert "schema expects" not in output.inner_text()
    held[0].continue_()
    page.wait_for_function(ANSWERED, timeout=BROWSER_WAIT)
    assert "Some of its fields do not have the types this kind's schema expects." in (
        output.inner_text()
    )
    watched.close()


def test_the_decoder_shows_hostile_input_as_text(chromium_browser: Any, small_served: str) -> None:
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.goto(small_served + "decoder/")
    alerts: list[str] = []

    def dismiss(dialog: Any) -> None:
        alerts.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    text = _decode(page, "<script>alert(1)</script><img src=x onerror=alert(2)>")
    assert "neither JSON nor a code" in text
    hostile = json.dumps({"flinksCode": "<img src=x onerror=alert(3)>", "step": "<b>x</b>"})
    _decode(page, hostile)
    assert page.locator("[data-decoder-output] img, [data-decoder-output] script").count() == 0
    assert "too long" in _decode(page, "[" + "1," * 600_000 + "1]")
    assert "neither JSON" in _decode(page, '{"flinksCode": ')
    page.screenshot(path=str(ARTIFACTS / "8-decoder-hostile.png"))
    assert alerts == []
    watched.close()


AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
#: One page of every type the site has, read on the small project's site (`small_project`):
#: the same templates and hand-written pages, with fewer codes and releases, so that a page
#: that lists the catalog (its changes, a code set) is checked in a fraction of the time and
#: its cost does not grow with the catalog.
PAGE_TYPES = (
    "",
    "python/",
    "decoder/",
    "reference/",
    "reference/flinks/",
    "reference/flinks/api_error_code/",
    "reference/categories/credentials_invalid/",
    "reference/matrix/",
    "reference/payloads/lean/callback/",
    "reference/sources/",
    "reference/sources/lean/",
    "reference/changelog/",
)


@pytest.fixture(scope="module")
def checked(chromium_browser: Any, small_served: str) -> Iterator[Watched]:
    """The page every page type is opened in, one after the other (a page of its own each took
    a fifth more of Chromium's time: the theme's scripts and axe compiled again in a new
    process)."""
    watched = Watched(chromium_browser, small_served, viewport={"width": 1280, "height": 900})
    yield watched
    watched.close()


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_serious_accessibility_violation(checked: Watched, small_served: str, path: str) -> None:
    page = checked.page
    # What the page said while showing the type before is that type's, not this one's.
    checked.errors.clear()
    checked.outside.clear()
    page.goto(small_served + path)
    # Run in the page by the browser's protocol: the site's policy refuses a script tag of it.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.length}, e.g. ${v.nodes[0].target}`);
        }"""
    )
    assert violations == [], (path, violations)
    assert (checked.errors, checked.outside) == ([], []), path


def test_a_provider_page_does_not_call_addresses_it_could_not_read_unpublished(
    built: Path,
) -> None:
    """Belvo publishes outbound addresses for its Payments Brazil webhooks, but the copy read
    ends before the list (its delivery's notes): the page says that no address is in the
    sources read, not that none is published."""
    rows = {row[0]: row[1] for row in _page(built, "reference/belvo").rows if len(row) == 2}
    assert rows["Source addresses"] == "none in the sources read"


def test_a_provider_page_states_its_signing_scheme(built: Path) -> None:
    """Plaid signs a JWT: "Plaid sends a JWT in the Plaid-Verification header … The JWT is
    signed with ES256 … the iat … must be no more than 5 minutes old … request_body_sha256"
    (plaid.com/docs/api/webhooks/webhook-verification/). An HMAC provider's page names its
    digest instead."""
    rows = {row[0]: row[1] for row in _page(built, "reference/plaid").rows if len(row) == 2}
    assert rows["Scheme"] == "a JSON Web Token signed with ES256 (JWS compact form)"
    assert rows["Header"] == "Plaid-Verification"
    assert "iat: at most 300 seconds old" in rows["Claims"]
    assert "request_body_sha256: the hex SHA-256 of the raw body" in rows["Claims"]
    assert "Encoding" not in rows and "HMAC" not in " ".join(rows.values())
    argyle = {row[0]: row[1] for row in _page(built, "reference/argyle").rows if len(row) == 2}
    assert argyle["Scheme"] == "HMAC-SHA512 of the raw body with a shared secret"
    assert argyle["Encoding"] == "hex"
