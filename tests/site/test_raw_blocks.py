"""The site's Markdown extension (site/raw_blocks.py): the HTML a page holds ready-made passes
through, its ids among the anchors the engine checks links against."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as etree

import markdown
import pytest
from markdown.treeprocessors import Treeprocessor

from codegen.filters import RAW_END, RAW_START
from tests.support.helpers import ROOT, site_steps


def test_a_blocks_anchors_are_its_elements_ids_alone() -> None:
    site_steps()  # site/ on the path, as the site's build puts it
    md = markdown.Markdown(extensions=[importlib.import_module("raw_blocks").RawBlocks()])
    anchors: list[str] = []

    class Anchors(Treeprocessor):
        """What the engine reads the page's anchors at (MkDocs: between the extension's steps)."""

        def run(self, root: etree.Element) -> None:
            anchors.extend(str(a.get("name")) for a in root.iter("a") if a.get("name"))

    md.treeprocessors.register(Anchors(md), "anchors", 5)
    block = '<p data-id="not-an-id"\nid="kept">x</p>\n<h3 id="code"><code>code</code></h3>'
    page = md.convert(f"# Title\n\n{RAW_START}\n{block}\n{RAW_END}\n")
    assert anchors == ["kept", "code"]
    assert block in page and "<a name" not in page


@pytest.mark.parametrize("page", ["changelog.md", "drift.md", "index.md"])
def test_a_page_that_grows_with_the_catalog_holds_its_rows_ready_made(page: str) -> None:
    """A row per source, change or code set, which Markdown parsed on every build: none is left
    to it."""
    text = (ROOT / "site" / "docs" / "reference" / page).read_text(encoding="utf-8")
    blocks = re.compile(re.escape(RAW_START) + ".*?" + re.escape(RAW_END), re.DOTALL)
    rows = [line for line in blocks.sub("", text).split("\n") if line.startswith(("|", "- "))]
    assert rows == []
