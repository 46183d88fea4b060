"""Tables on a 390 px phone: every column of every table lies inside the phone's width and
inside any box that scrolls it, so that nothing of a table is hidden to the right (in
Chromium). A check of the pages' layout, not of the catalog's data: read on the small project's
site (`small_served`), whose pages are of every kind the site has, with its texts made hostile
(tests/support/hostile_spec.py: long words, markup, right-to-left text), and whose size does not
grow with the catalog."""

from __future__ import annotations

from typing import Any

from tests.support.browser import Watched

#: A page of each kind the site has: the guides, and each shape of reference page (the index,
#: a provider's, a code set's, a split code set's and one of its parts (a part named by a group
#: of the set's codes is the same page, codegen/targets/site/pages.py), a category's, the
#: sources, a payload, the matrix, the changelog, drift and the standards).
PAGES = (
    "",
    "cli/",
    "deciding/",
    "errors/",
    "performance/",
    "python/",
    "reading/",
    "standards/",
    "webhooks/",
    "reference/",
    "reference/plaid/",
    "reference/plaid/error_type/",
    "reference/enablebanking/error_code/",
    "reference/plaid/webhook_type/",
    "reference/plaid/webhook_type/codes-2/",
    "reference/categories/",
    "reference/categories/rate_limited/",
    "reference/sources/plaid/",
    "reference/payloads/plaid/webhook/",
    "reference/matrix/",
    "reference/changelog/",
    "reference/drift/",
    "reference/standards/",
    "reference/when-to-act/",
)

#: Every table cell that shows something, and whether it lies inside the part of the page a
#: reader sees without scrolling sideways: the window, narrowed by each box that clips it.
HIDDEN = """() => {
  const hidden = [];
  let cells = 0;
  for (const cell of document.querySelectorAll("article td, article th")) {
    const box = cell.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      // Left out: a heading row where each cell names its column (a code set's table of codes),
      // and the matrix's cells of a provider with no code of a category.
      if (!cell.matches("thead *, .bc-matrix-empty") && cell.textContent.trim() !== "")
        hidden.push(["not shown", cell.textContent.slice(0, 40)]);
      continue;
    }
    cells += 1;
    let left = 0;
    let right = document.documentElement.clientWidth;
    for (let node = cell.parentElement; node !== null; node = node.parentElement) {
      if (getComputedStyle(node).overflowX === "visible") continue;
      const clip = node.getBoundingClientRect();
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    if (box.left < left - 1 || box.right > right + 1)
      hidden.push([Math.round(box.left), Math.round(box.right), cell.textContent.slice(0, 40)]);
  }
  return { cells, hidden: hidden.slice(0, 3), count: hidden.length };
}"""


def test_every_column_of_every_table_is_seen_on_a_phone(
    chromium_browser: Any, small_served: str
) -> None:
    phone = Watched(chromium_browser, small_served, viewport={"width": 390, "height": 844})
    found: dict[str, Any] = {}
    cells = 0
    for address in PAGES:
        phone.page.goto(small_served + address)
        seen = phone.page.evaluate(HIDDEN)
        cells += seen["cells"]
        if seen["count"]:
            found[address] = seen
    phone.close()
    assert found == {}, found
    assert cells > 1000, cells
