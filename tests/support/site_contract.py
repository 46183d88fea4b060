"""The built site's contract: what a build of the site's sources must publish, whatever engine
rendered it and whichever of the site's steps (site/build.py) ran. `problems` reads a built site
and names each broken promise, a sentence per page or file:

- every page of the navigation (mkdocs.yml's, then the generated reference/nav.json) is built,
  with the measurements and next steps it quotes filled in, every link of its content leading to
  a page or file of the site (or elsewhere), its table of contents holding every
  heading of its content (those of the HTML a reference page holds ready-made too), and a
  canonical link to its address where the site has one (none where it has none);
- every page carries the site's Content-Security-Policy (its element filled in, `default-src
  'none'`, a hash in `script-src` for each inline script it runs), and the pages that draw a
  diagram, they alone, load the site's Mermaid library;
- the expected files: the theme's search index (search/search_index.json, which the site's own
  script reads), with an entry for every page but those whose front matter keeps them out of
  it (search: exclude), and none for those; the decoder's script (assets/decoder/index.js)
  and every chunk it imports; the libraries the site serves itself; every JSON Schema of
  generated/jsonschema/ beside its payload page; every reference page's Markdown beside its HTML,
  the same bytes, listed in llms.txt, its links (those of the HTML it holds ready-made too) leading
  to the other pages' Markdown, or their page where theirs is not published; llms-full.txt; the
  sitemap; and not the codes' text reference/codes.txt, published as llms-full.txt.

`python -m tests.support.site_contract SITE OUT [ADDRESS]` reads a site built elsewhere (by
another engine: site/build.py --engine zensical) the same way.
"""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.support.html import Page

#: The site's libraries and assets, by their address on the site.
FILES = (
    "404.html",
    "sitemap.xml",
    "llms.txt",
    "llms-full.txt",
    "assets/bankcodes.css",
    "assets/bankcodes.js",
    "assets/highlight.min.js",
    "assets/mermaid.min.js",
    "assets/decoder/index.js",
)
_CHUNK = re.compile(r"""(?:import\(|from)\s*"\./([\w.-]+\.js)"\)?""")
_CSP = 'meta[http-equiv="Content-Security-Policy"]'
#: The marks the build fills in a page's Markdown (bench/page.py's, site/build.py's step actors).
_MARKER = re.compile(r"<!-- (bench (value|detail|results)|step actor)\b")


class _Loader(yaml.SafeLoader):
    """mkdocs.yml read for its navigation: its tags (!ENV, !!python/name) read as nothing."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def navigation(site: Path) -> list[str]:
    """Every page of the site's navigation (Markdown sources below docs/), in its order."""
    config = yaml.load((site / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    reference = json.loads((site / "docs/reference/nav.json").read_text(encoding="utf-8"))
    return list(_pages([config["nav"], reference["nav"]]))


def _pages(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    else:
        for item in nav.values() if isinstance(nav, dict) else nav:
            yield from _pages(item)


def address_of(page: str) -> str:
    """Where a page's source is served, relative to the site (use_directory_urls)."""
    stem = page.removesuffix(".md").removesuffix("index")
    return stem if not stem or stem.endswith("/") else stem + "/"


def navigation_links(built: Path, address: str) -> list[str]:
    """The addresses (relative to the site) the navigation of the page at `address` links to."""
    page = Page((built / address / "index.html").read_text(encoding="utf-8"))
    links = page.tree.css("nav.md-nav--primary a.md-nav__link[href]")
    hrefs = [link.attributes.get("href") or "" for link in links]
    return [posixpath.normpath(posixpath.join(address, href)) + "/" for href in hrefs]


def problems(site: Path, out: Path, site_url: str | None) -> list[str]:
    """What the site `out`, built from the sources in `site` (its mkdocs.yml and docs/), breaks
    of the contract; with `site_url` its address (None: it has none)."""
    found: list[str] = [f"{name}: missing" for name in FILES if not (out / name).is_file()]
    if (out / "reference/codes.txt").exists():
        found.append("reference/codes.txt: published as it is")
    pages = navigation(site)
    found += _search(site, out, pages)
    found += _published(site, out, pages)
    for page in pages:
        built = out / address_of(page) / "index.html"
        if not built.is_file():
            found.append(f"{page}: no page built at {address_of(page) or '/'}")
            continue
        found += _page(built.read_text(encoding="utf-8"), page, site_url, out)
    found += (
        _policy((out / "404.html").read_text(encoding="utf-8"), "404.html")
        if (out / "404.html").is_file()
        else []
    )
    decoder = out / "assets" / "decoder"
    if (decoder / "index.js").is_file():
        for chunk in _CHUNK.findall((decoder / "index.js").read_text(encoding="utf-8")):
            if not (decoder / chunk).is_file():
                found.append(f"assets/decoder/{chunk}: imported by the decoder, missing")
    return found


def _page(text: str, page: str, site_url: str | None, out: Path) -> list[str]:
    html = Page(text)
    found = _policy(text, page)
    if _MARKER.search(text):
        found.append(f"{page}: a mark the build fills in left as it is")
    links = (node.attributes.get("href") or "" for node in html.tree.css("article a[href]"))
    nowhere = [href for href in links if not _leads(out, address_of(page), href)]
    if nowhere:
        found.append(f"{page}: links that lead nowhere on the site ({len(nowhere)}): {nowhere[:3]}")
    toc = {
        link.attributes.get("href")
        for link in html.tree.css("nav.md-nav--secondary a.md-nav__link")
    }
    headings = html.tree.css("article h2[id], article h3[id], article h4[id]")
    missing = [node.id for node in headings if f"#{node.id}" not in toc]
    if missing:
        found.append(f"{page}: {len(missing)} headings not in its table of contents: {missing[:3]}")
    canonical = [node.attributes.get("href") for node in html.tree.css('link[rel="canonical"]')]
    expected = [f"{site_url.rstrip('/')}/{address_of(page)}"] if site_url else []
    if canonical != expected:
        found.append(f"{page}: canonical link {canonical}, expected {expected}")
    mermaid = any(
        (node.attributes.get("src") or "").endswith("assets/mermaid.min.js")
        for node in html.tree.css("script[src]")
    )
    if mermaid != bool(html.tree.css("pre.mermaid")):
        found.append(f"{page}: {'loads' if mermaid else 'draws a diagram without'} Mermaid")
    return found


def _leads(out: Path, address: str, href: str, twin: bool = False) -> bool:
    """Whether a link of the page at `address` leads to a page or file of the site built into
    `out`; one elsewhere (with a scheme) or to a place in the page is not the site's to check.
    Of a page's Markdown (`twin`): a link to a page's Markdown that is not published leads to
    that page."""
    target = urlsplit(href)
    if target.scheme or target.netloc or not target.path:
        return True
    path = posixpath.normpath(posixpath.join("/" + address, target.path)).lstrip("/")
    if twin and path.endswith(".md") and not (out / path).is_file():
        path = address_of(path)
    return (out / path).is_file() or (out / path / "index.html").is_file()


def _policy(text: str, page: str) -> list[str]:
    html = Page(text)
    elements = html.tree.css(_CSP)
    if len(elements) != 1:
        return [f"{page}: {len(elements)} Content-Security-Policy elements"]
    policy = elements[0].attributes.get("content") or ""
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    if directives.get("default-src") != ["'none'"]:
        return [f"{page}: no Content-Security-Policy ({policy[:40]!r})"]
    for script in html.tree.css("script"):
        if "src" in script.attributes or "json" in (script.attributes.get("type") or ""):
            continue
        digest = hashlib.sha256((script.text() or "").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in directives.get("script-src", []):
            return [f"{page}: an inline script without its hash in the policy"]
    return []


def _search(site: Path, out: Path, pages: list[str]) -> list[str]:
    """Every page in the search index, but those whose front matter keeps them out of it."""
    index = out / "search" / "search_index.json"
    if not index.is_file():
        return ["search/search_index.json: missing"]
    locations = {doc["location"] for doc in json.loads(index.read_text("utf-8"))["docs"]}
    wrong = [
        page
        for page in pages
        if (address_of(page) in locations) == _unsearched(site / "docs" / page)
    ]
    return [f"search index: {len(wrong)} pages in it or not as said: {wrong[:3]}"] if wrong else []


def _unsearched(source: Path) -> bool:
    """Whether a page's front matter keeps it out of the search index (search: exclude)."""
    text = source.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return False
    meta = yaml.safe_load(text[4 : text.index("\n---", 4)]) or {}
    return bool(meta.get("search", {}).get("exclude"))


#: A link of a page's Markdown: Markdown's, or the HTML it holds ready-made.
_TWIN_LINK = re.compile(r'\]\(([^)\s]+)\)|\bhref="([^"]*)"')


def _published(site: Path, out: Path, pages: list[str]) -> list[str]:
    """The pages as Markdown, llms.txt's list of them, and the JSON Schemas."""
    found = []
    listed = (out / "llms.txt").read_text("utf-8") if (out / "llms.txt").is_file() else ""
    for page in (page for page in pages if page.startswith("reference/")):
        twin = out / page
        if not twin.is_file() or twin.read_bytes() != (site / "docs" / page).read_bytes():
            found.append(f"{page}: not published beside its page as its Markdown")
            continue
        if f"{page})" not in listed:
            found.append(f"{page}: not listed in llms.txt")
        folder = posixpath.dirname(page) + "/"
        targets = (a or b for a, b in _TWIN_LINK.findall(twin.read_text(encoding="utf-8")))
        if nowhere := [href for href in targets if not _leads(out, folder, href, twin=True)]:
            found.append(
                f"{page}: links of its Markdown that lead nowhere ({len(nowhere)}): {nowhere[:3]}"
            )
    schemas = site.resolve().parent / "generated" / "jsonschema"
    for schema in sorted(schemas.rglob("*.schema.json")):
        where = "reference/payloads/" + schema.relative_to(schemas).as_posix()
        if not (out / where).is_file():
            found.append(f"{where}: missing")
    return found


def main(argv: list[str]) -> int:
    """Each problem of the site built into OUT from SITE's sources, on a line; 1 when any."""
    if len(argv) not in (2, 3):
        print("usage: python -m tests.support.site_contract SITE OUT [ADDRESS]", file=sys.stderr)
        return 2
    found = problems(Path(argv[0]), Path(argv[1]), argv[2] if len(argv) == 3 else None)
    print("\n".join(found) if found else "the site keeps the contract")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
