"""The MkDocs reference site: strict build, every code at its anchor, no broken internal link,
hostile text shown literally, and a real browser session on 127.0.0.1 in Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.helpers import ROOT, run_codegen, spec_data, write_spec

SITE = ROOT / "site"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def build_site(site: Path, out: Path, site_url: str = "http://127.0.0.1:8000/") -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
        # A site copied elsewhere still takes its filters from this project's codegen.
        env={
            **os.environ,
            "SITE_URL": site_url,
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONPATH": str(ROOT),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


class Page(HTMLParser):
    """The ids, links, scripts and table cells of an HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.scripts = 0
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "script":
            self.scripts += 1
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []
        if tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _page(built: Path, path: str) -> Page:
    return Page((built / path / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "public"
    build_site(SITE, out)
    return out


def test_the_strict_build_has_every_page(built: Path) -> None:
    for page in ("index.html", "404.html", "sitemap.xml", "reference/index.html"):
        assert (built / page).is_file(), page
    for page in ("python", "typescript", "webhooks", "cli", "adding-a-code", "reference/changelog"):
        assert (built / page / "index.html").is_file(), page


def test_every_code_appears_at_its_anchor(built: Path) -> None:
    for provider_id, provider in spec_data()["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            page = _page(built, f"reference/{provider_id}/{set_id}")
            values = [code["value"] for code in code_set["codes"]]
            assert set(values) <= page.ids, (provider_id, set_id, set(values) - page.ids)
            for value in values:
                assert f"#{value}" in page.links, value


def test_every_category_lists_its_codes(built: Path) -> None:
    data = spec_data()
    for category in data["categories"]:
        page = _page(built, f"reference/categories/{category}")
        links = {link.rsplit("#", 1)[-1] for link in page.links if "#" in link}
        for provider in data["providers"].values():
            for code_set in provider["code_sets"].values():
                for code in code_set["codes"]:
                    if code.get("category", code_set.get("category")) == category:
                        assert code["value"] in links, (category, code["value"])


def _html_files(built: Path) -> Iterator[Path]:
    yield from (path for path in built.rglob("*.html") if path.name != "404.html")


def test_no_internal_link_is_broken(built: Path) -> None:
    pages = {path: Page(path.read_text(encoding="utf-8")) for path in _html_files(built)}
    checked = 0
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("mailto:"):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), f"{path.relative_to(built)}: {link}"
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                assert unquote(parts.fragment) in ids, f"{path.relative_to(built)}: {link}"
            checked += 1
    assert checked > 1000


def test_schemas_can_be_downloaded_from_the_payload_pages(built: Path) -> None:
    page = _page(built, "reference/payloads/lean/webhook")
    assert "../webhook.schema.json" in page.links
    assert (built / "reference/payloads/lean/webhook.schema.json").is_file()


HOSTILE = (
    "a | b *c* _d_ `e` <script>alert(1)</script> </td> [x](javascript:y) ${z} */ \\ &amp; # 1."
    "\nline 2 \u0627\u0644\u062e\u0637\u0623 \U0001f600"
)


def test_special_characters_render_literally(tmp_path: Path, built: Path) -> None:
    data = spec_data()
    codes = data["providers"]["flinks"]["code_sets"]["connect_error_event"]["codes"]
    codes[0]["description"] = HOSTILE
    codes[0]["user_action"] = HOSTILE
    spec = write_spec(tmp_path, data)
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("public", "reference"))
    result = run_codegen("generate", "--spec", str(spec), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    build_site(site, tmp_path / "public")
    page = _page(tmp_path / "public", "reference/flinks/connect_error_event")
    normal = _page(built, "reference/flinks/connect_error_event")
    assert page.scripts == normal.scripts
    assert [len(row) for row in page.rows] == [len(row) for row in normal.rows]
    cells = [cell for row in page.rows for cell in row]
    # The code table's description cell, the detail block's user action row, and so on.
    assert cells.count(HOSTILE) >= 2
    category = _page(tmp_path / "public", "reference/categories/credentials_invalid")
    assert HOSTILE in [cell for row in category.rows for cell in row]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("served") / "public"
    build_site(SITE, out, site_url=base)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def test_a_person_finds_a_code_in_chromium(served: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    console_errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: console_errors.append(str(error)))
        page.on("request", lambda r: None if r.url.startswith(served) else outside.append(r.url))

        page.goto(served)
        page.screenshot(path=str(ARTIFACTS / "1-home.png"))
        page.locator("label.md-search__icon, .md-search__input").first.click()
        search = page.locator("input.md-search__input")
        search.press_sequentially("INVALID_MFA", delay=40)
        result = page.locator('.md-search-result__item a[href*="#INVALID_MFA"]').first
        result.wait_for(state="visible", timeout=15_000)
        page.screenshot(path=str(ARTIFACTS / "2-search.png"))
        result.click()
        page.wait_for_url(
            lambda url: "/reference/lean/secondary_status/" in url and url.endswith("#INVALID_MFA"),
            timeout=15_000,
        )
        heading = page.locator('[id="INVALID_MFA"]')
        heading.wait_for(state="visible")
        assert heading.is_visible()
        assert "User entered an incorrect OTP" in page.content()
        # The Arabic words for the customer are laid out right to left.
        arabic = page.locator('xpath=//*[@id="INVALID_MFA"]/following::span[@lang="ar"][1]')
        assert arabic.evaluate("node => getComputedStyle(node).direction") == "rtl"
        assert "لم يتم قبول رمز التحقق" in arabic.inner_text()
        page.screenshot(path=str(ARTIFACTS / "3-code.png"))

        scheme = page.locator("body").get_attribute("data-md-color-scheme")
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{scheme}'")
        assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
        page.screenshot(path=str(ARTIFACTS / "4-dark.png"))
        browser.close()
    assert console_errors == []
    assert outside == []
