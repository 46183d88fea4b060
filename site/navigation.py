"""A reference page's navigation, left with its own provider's pages after the engine has drawn
it (site/build.py's steps after the engine): every page listing every provider's pages made the
pages' weight grow with the square of the catalog's size."""

from __future__ import annotations

import posixpath
import re

#: An entry of the theme's navigation that is a link alone to another page: a page, or a folded
#: section (linked to its first page); never the open section of the page it is on, nor an entry
#: of a table of contents.
_ENTRY = re.compile(
    r'<li class="md-nav__item( md-nav__item--pruned md-nav__item--nested)?">\s*'
    r'<a href="(?P<href>[^"#][^"]*)" class="md-nav__link">.*?</li>\s*',
    re.DOTALL,
)


def _owner(address: str) -> str | None:
    """Whose the reference page at `address` (its folder) is: its provider's (reference/lean/...,
    and a provider's payloads and sources, reference/payloads/lean/..., reference/sources/lean/),
    else its section's; None for a page outside the reference and for its index."""
    parts = posixpath.normpath(address).split("/")
    if parts[0] != "reference" or len(parts) < 2:
        return None
    return parts[2] if parts[1] in _LISTS and len(parts) > 2 else parts[1]


#: The reference's sections whose pages are each a provider's.
_LISTS = ("payloads", "sources")


def with_own_navigation(page: str, where: str) -> str:
    """A reference page's navigation without the other providers' pages (what every page would
    repeat, growing with the catalog): their sections, folded, and their payloads' and sources'
    pages; the reference's index, which lists them all, stays."""
    folder = posixpath.dirname(where)
    if (own := _owner(folder)) is None:
        return page

    def kept(entry: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(folder, entry["href"]))
        if _owner(target) in (None, own):
            return entry.group(0)
        return "" if entry.group(1) or target.split("/")[1] in _LISTS else entry.group(0)

    return _ENTRY.sub(kept, page)
