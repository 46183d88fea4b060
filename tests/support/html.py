"""Reading the built site's HTML in tests: each page parsed as a browser builds it, by Lexbor (the
site is megabytes of HTML)."""

from __future__ import annotations

import functools

from selectolax.lexbor import LexborHTMLParser, LexborNode


def text_of(node: LexborNode) -> str:
    """The text of `node` and its descendants, a line break for each <br>."""
    parts = []
    for found in node.traverse(include_text=True):
        if found.tag == "-text":
            parts.append(found.text_content or "")
        elif found.tag == "br":
            parts.append("\n")
    return "".join(parts)


class Page:
    """The ids, links, scripts and table cells (each row's, in order, read when first asked
    for) of an HTML page, and its parsed tree."""

    def __init__(self, text: str) -> None:
        self.tree = LexborHTMLParser(text)
        self.ids: set[str] = {node.id for node in self.tree.css("[id]") if node.id}
        links = (node.attributes.get("href") for node in self.tree.css("a[href]"))
        self.links: list[str] = [link for link in links if link]
        self.scripts = len(self.tree.css("script"))

    @functools.cached_property
    def rows(self) -> list[list[str]]:
        return [[text_of(cell) for cell in row.css("td, th")] for row in self.tree.css("tr")]
