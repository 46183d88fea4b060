"""The site's one Markdown extension (mkdocs.yml's markdown_extensions: raw_blocks), which any
engine built on Python-Markdown runs as it renders a page (MkDocs, Zensical):

- a generated page's header (the comment naming its source, which its Markdown starts with) is
  left out of the page: text before the title would open a search entry of its own, an empty one;
- the HTML a reference page holds ready-made (between codegen's RAW_START and RAW_END marks: a
  code set's table and its codes' blocks) is set aside before Markdown parses anything and put
  back in the page as it is, its headings in the page's table of contents (after those of its
  Markdown: the blocks come last in each page that has them) and its ids among the anchors the
  engine checks links against (as `<a name>`s in the parsed page, taken out again once read).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from codegen.filters import RAW_END, RAW_START

#: A block, read a line at a time (a character at a time, it took eight times as long).
_BLOCK = re.compile(re.escape(RAW_START) + r"\n((?:.*\n)*?)" + re.escape(RAW_END))
#: What stands for a block in the Markdown, and what Markdown makes of it.
_PLACE = "bankcodes-raw-{}"
_PLACED = re.compile(r"<p>bankcodes-raw-(\d+)</p>")
_HEADER = re.compile(r"\A\s*<!--.*?-->\s*", re.DOTALL)
#: The ids and headings of the blocks, as codegen's templates write them (a title may hold a
#: line break); an id attribute follows a space (a word boundary before it was three times as
#: slow to find, and matched data-id too).
_ID = re.compile(r'\sid="([^"]+)"')
_HEADING = re.compile(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)<a class="headerlink"', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


class _SetAside(Preprocessor):
    blocks: list[str]

    def run(self, lines: list[str]) -> list[str]:
        self.blocks.clear()

        def place(found: re.Match[str]) -> str:
            self.blocks.append(found[1][:-1])
            return _PLACE.format(len(self.blocks) - 1)

        return _BLOCK.sub(place, _HEADER.sub("", "\n".join(lines), count=1)).split("\n")


class _Anchors(Treeprocessor):
    """Before the table of contents is made: each block's ids as `<a name>`s in its placeholder
    (which the engine's check of anchors reads, the table of contents' unique ids do not)."""

    blocks: list[str]

    def run(self, root: etree.Element) -> None:
        for paragraph in root.iter("p"):
            found = _PLACED.fullmatch(f"<p>{paragraph.text}</p>")
            for anchor in _ID.findall(self.blocks[int(found[1])]) if found else ():
                etree.SubElement(paragraph, "a", {"name": anchor})


class _Headings(Treeprocessor):
    """After it: the anchors taken out, and the blocks' headings added to it."""

    blocks: list[str]

    def run(self, root: etree.Element) -> None:
        for paragraph in root.iter("p"):
            for anchor in paragraph.findall("a[@name]"):
                paragraph.remove(anchor)
        tokens: list[dict[str, Any]] = getattr(self.md, "toc_tokens", [])
        for level, anchor, title in _HEADING.findall("".join(self.blocks)):
            items = tokens
            while items and items[-1]["level"] < int(level):
                items = items[-1]["children"]
            token = {"level": int(level), "id": anchor, "name": _TAG.sub("", title), "html": title}
            items.append({**token, "data-toc-label": "", "children": []})


class _PutBack(Postprocessor):
    blocks: list[str]

    def run(self, text: str) -> str:
        return _PLACED.sub(lambda found: self.blocks[int(found[1])], text)


class RawBlocks(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        blocks: list[str] = []
        # Set aside before the engine's own look at the raw HTML (MkDocs': 21) and Markdown's
        # (20); the table of contents and the engine's anchors are read at 5.
        aside, anchors, headings, back = _SetAside(md), _Anchors(md), _Headings(md), _PutBack(md)
        for step in (aside, anchors, headings, back):
            step.blocks = blocks
        md.preprocessors.register(aside, "bankcodes_set_aside", 40)
        md.treeprocessors.register(anchors, "bankcodes_anchors", 6)
        md.treeprocessors.register(headings, "bankcodes_headings", 4)
        md.postprocessors.register(back, "bankcodes_put_back", 0)


def makeExtension(**kwargs: Any) -> RawBlocks:
    return RawBlocks(**kwargs)
