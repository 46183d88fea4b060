"""The steps after the engine that read and write each page of the built site (site/build.py's
steps after), the pages shared out between processes, one a core (WORKERS), as there are as
many pages as the catalog has code sets: a page's links to a Markdown file turned into the
page's address (addressed), the Mermaid library loaded where the page draws a diagram
(with_mermaid), the site's Content-Security-Policy (site/policy.py), and, of a page the search
indexes after the engine, its entries of the search index (search_index.page_entries), read from
the page as written."""

from __future__ import annotations

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from policy import with_policy
from search_index import indexed_pages, page_entries

#: How many processes step through the pages: the machines the site is built on have two cores.
WORKERS = 2

#: The pages' entries of the search index, by address.
Entries = dict[str, list[dict[str, str]]]
#: What the workers are given, set before they are forked: the site's docs/, the built site,
#: the addresses of the pages the search indexes after the engine.
_shared: tuple[Path, Path, frozenset[str]] | None = None


def stepped(docs: Path, out: Path, workers: int = WORKERS) -> Entries:
    """Every page of `out` (built from `docs`) through the steps, by `workers` processes where
    the platform forks; the entries of the pages the search indexes after the engine."""
    global _shared
    pages = sorted(page.relative_to(out).as_posix() for page in out.rglob("*.html"))
    _shared = (docs, out, frozenset(indexed_pages(docs)))
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _step(pages)
    context = multiprocessing.get_context("fork")
    entries: Entries = {}
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for share in pool.map(_step, [pages[share::workers] for share in range(workers)]):
            entries.update(share)
    return entries


def _step(pages: list[str]) -> Entries:
    """`pages` (their paths in the built site) through the steps; their entries."""
    assert _shared is not None
    docs, out, indexed = _shared
    entries: Entries = {}
    for where in pages:
        page = out / where
        text = page.read_text(encoding="utf-8")
        if where.endswith("index.html"):
            text = addressed(text, (docs / where).with_suffix(".md").is_file())
        mermaid = os.path.relpath(out / "assets" / "mermaid.min.js", page.parent)
        text = with_policy(with_mermaid(text, where, Path(mermaid).as_posix()), where)
        page.write_text(text, encoding="utf-8")
        url = where.removesuffix("index.html")
        if url in indexed:
            entries[url] = page_entries(url, text)
    return entries


#: The end of a link to a Markdown file of the site, relative to the page's source (the form
#: the reference pages' ready-made HTML is written in, which MkDocs passes through as written),
#: in a link or in what a split code set's table row leads on to (data-moved, which no engine
#: reads): found by its end, which a search finds fast, where one by its start read every
#: attribute of every page (0.5 CPU-s a build).
_SOURCE_END = re.compile(r'\.md(#[^"]*)?"')
_SOURCE_ATTRIBUTES = (' href="', ' data-moved="')


def addressed(page: str, index: bool) -> str:
    """A built page with each link to a Markdown file (_SOURCE_END) turned into a link to that
    file's page: the page's address (use_directory_urls), relative to the built page's, which is
    its source's folder for a folder's `index` and one deeper for any other page."""
    pieces, end = [], 0
    for found in _SOURCE_END.finditer(page):
        start = page.rfind('"', 0, found.start()) + 1
        stem = page[start : found.start()]
        if not page.endswith(_SOURCE_ATTRIBUTES, 0, start) or stem[:1] in ("/", "#"):
            continue
        if ":" in stem or "?" in stem or "#" in stem:
            continue  # an address elsewhere, or not a file's
        target = stem[:-5] if stem == "index" or stem.endswith("/index") else f"{stem}/"
        pieces += [page[end:start], "" if index else "../", target, found[1] or "", '"']
        end = found.end()
    return "".join(pieces) + page[end:]


#: What the diagram fences become (pymdownx.superfences' fence_code_format), which the theme
#: draws with the global `mermaid`.
_DIAGRAM = '<pre class="mermaid">'
#: The theme's own script that ends the part of a page its instant navigation brings in
#: (material/templates/partials/javascripts/content.html).
_THEME_CONTENT_SCRIPT = re.compile(
    r"<script>var target=document\.getElementById\(location\.hash\.slice\(1\)\).*?</script>"
)


def with_mermaid(page: str, where: str, source: str) -> str:
    """A page with a diagram loads the Mermaid library (3.5 MB, at `source`); the other pages
    never do. Its script is the last script of what the theme's instant navigation brings in,
    right after the theme's own script there: the theme re-creates those scripts and waits for
    the last one alone before it draws, so a diagram reached from any page is drawn with the
    site's copy, never a CDN's (nor left undrawn)."""
    if _DIAGRAM not in page:
        return page
    found = _THEME_CONTENT_SCRIPT.search(page)
    if found is None:
        raise ValueError(
            f"{where}: the theme's content script, after which the Mermaid library is loaded, is "
            "not in the page (a new version of the theme?)"
        )
    end = found.end()
    return f'{page[:end]}\n<script src="{source}"></script>{page[end:]}'
