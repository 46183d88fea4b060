"""Reading the generated reference pages (site/docs/reference) in tests: a code's block is HTML
the page holds ready-made, a row per fact (`<tr><td>label</td><td>value</td></tr>`), on its
code set's page or, for a split code set, on the page of the part that holds it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.helpers import ROOT

REFERENCE = ROOT / "site" / "docs" / "reference"
#: A row of a code's block: its label and its value's HTML.
ROW = re.compile(r"<tr[^>]*><td>([^<]*)</td><td>(.*?)</td></tr>")
#: A link of a block to a code's section (its page's Markdown file, as a page's own Markdown
#: links are written): its provider and code set, and its anchor.
CODE_LINK = re.compile(r'href="(?:\.\./)+([a-z_]+/[a-z_]+)(?:/[a-z0-9_-]+)?\.md#([A-Za-z0-9_.-]+)"')


def code_block(provider: str, code_set: str, anchor: str, reference: Path = REFERENCE) -> str:
    """The HTML of a code's block, from its heading to the next code's."""
    pages = [
        reference / provider / f"{code_set}.md",
        *(reference / provider / code_set).glob("*.md"),
    ]
    heading = re.compile(rf'<h[23] id="{re.escape(anchor)}">')
    for page in pages:
        if not page.is_file():
            continue
        text = page.read_text(encoding="utf-8")
        found = heading.search(text)
        if found is None:
            continue
        following = re.compile(r'<h[23] id="').search(text, found.end())
        return text[found.start() : following.start() if following else None]
    raise AssertionError(f"no block for {provider}.{code_set} {anchor} under {reference}")


def code_row(
    provider: str, code_set: str, anchor: str, label: str, reference: Path = REFERENCE
) -> str:
    """The value cell (its HTML) of the row of a code's block with this label."""
    block = code_block(provider, code_set, anchor, reference)
    rows: list[tuple[str, str]] = ROW.findall(block)
    values = [value for found, value in rows if found == label]
    assert len(values) == 1, (provider, code_set, anchor, label, [found for found, _ in rows])
    return values[0]


def built_blocks(built: Path, provider_id: str, set_id: str) -> dict[str, str]:
    """Where each code of a code set is shown in full: its heading's anchor, by the address
    (below reference/) of the page it is on, the code set's own or one of its parts."""
    folder = built / "reference" / provider_id / set_id
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("index.html")):
        address = path.parent.relative_to(built / "reference").as_posix() + "/"
        text = path.read_text(encoding="utf-8")
        for anchor in re.findall(r'<h[23] id="([^"]+)"><code>', text):
            assert anchor not in found, (anchor, found.get(anchor), address)
            found[anchor] = address
    return found
