"""The two forms a reference page's values are written in: inline Markdown, which MkDocs renders,
and HTML, for the blocks the pages hold ready-made (a code set's table and its codes' blocks,
thousands of table cells that Markdown would otherwise parse on every build: site/raw_blocks.py
passes them through untouched).

The cells (cells.py) write through these functions alone, so that one cell is written once for
both forms; `html()` switches the form while a block is rendered. A link names its target as a
page below the reference folder ("provider/set.md") and the way up to that folder from the
page's source file, in both forms: each engine turns a Markdown file's link into the page's
address in the HTML it renders (Zensical in ready-made HTML too, MkDocs in Markdown alone), and
the site's step after the engine turns those it left (site/build.py's addressed).
"""

from __future__ import annotations

import html as html_module
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from codegen.filters import (
    RAW_END,
    RAW_START,
    md_cell,
    md_code,
    md_identifier,
    md_link,
    md_text,
    md_url,
)
from codegen.render import render

_HTML: ContextVar[bool] = ContextVar("html", default=False)


@contextmanager
def html() -> Iterator[None]:
    """Write HTML, not Markdown, until the block ends."""
    token = _HTML.set(True)
    try:
        yield
    finally:
        _HTML.reset(token)


def text(value: str) -> str:
    """`value` shown literally (element content, never an attribute); a line break as <br>."""
    if _HTML.get():
        return html_module.escape(value.replace("\r", ""), quote=False).replace("\n", "<br>")
    return md_text(value)


def cell(value: str | None) -> str:
    """A table cell's text shown literally, or an em dash for no text."""
    if _HTML.get():
        return text(value) if value else "\u2014"
    return md_cell(value)


def code(value: str) -> str:
    """An inline code element showing `value` literally."""
    return f"<code>{text(value)}</code>" if _HTML.get() else md_code(value)


def identifier(value: str) -> str:
    """An inline code element for an identifier, breakable after an underscore or a dot."""
    if not _HTML.get():
        return md_identifier(value)
    shown = text(value).replace("_", "_<wbr>").replace(".", ".<wbr>")
    return f'<code class="identifier">{shown}</code>'


def strong(value: str) -> str:
    return f"<strong>{text(value)}</strong>" if _HTML.get() else f"**{md_text(value)}**"


def link(label: str, url: str) -> str:
    """A link to an address outside the site, showing `label` literally."""
    if _HTML.get():
        return f'<a href="{html_module.escape(md_url(url))}">{text(label)}</a>'
    return md_link(label, url)


def page_link(label: str, up: str, page: str, fragment: str = "") -> str:
    """A link to `page` (a Markdown file below the reference folder) and its `fragment`, from a
    page whose way up to the reference folder is `up`; `label` is already written."""
    target = href(up, page, fragment)
    return f'<a href="{target}">{label}</a>' if _HTML.get() else f"[{label}]({target})"


def href(up: str, page: str, fragment: str = "") -> str:
    """Where a link to `page` and its `fragment` points: the page's source file."""
    return f"{up}{page}#{fragment}" if fragment else f"{up}{page}"


def up_from(page: str) -> str:
    """The way up from a page's source file to the reference folder."""
    return "../" * page.count("/")


def table(headings: Sequence[str], rows: Iterable[Sequence[object]], *, excluded: bool) -> str:
    """An HTML table of `rows`, each value already written as HTML, under `headings` (plain
    text); `excluded`: left out of the site's search."""
    return render("site/table.html.j2", headings=headings, rows=rows, excluded=excluded)


def raw(html: str) -> str:
    """HTML as one raw block of a Markdown page: between the marks, with no blank line (which
    would end an HTML block for a Markdown reader of the page's plain copy)."""
    # Split at line feeds alone: str.splitlines would also split a text at U+2028.
    lines = [line for line in html.split("\n") if line.strip()]
    return "\n".join([RAW_START, *lines, RAW_END])
