"""An HTML page's tables drawn with divs (Dokka's, for a Kotlin SDK's reference): each
`div.table` under a tab's heading reads as a table of one column named by the heading, a row's
cell the name its first link gives, so a `table` rule whose code column is "Entries" reads an
enum's entries. The excerpt is typed from Brankas' core-sdk-android (at a28a1e32), kdoc
direct/app/as.brank.sdk.core/-core-error-code/index.html: its Entries and Functions tabs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen.drift import extract
from codegen.drift.pages import read_html
from tests.support.drift_case import SOURCE, typed
from tests.support.helpers import spec_data

ROW = """\
<a data-name="{id}" anchor-label="{name}" id="{id}"></a>
<div class="table-row" data-togglable="{tab}">
  <div class="main-subrow keyValue "><div class=""><span class="inline-flex">
    <div><a href="{href}/index.html">{name}</a></div>
    <span class="anchor-wrapper"><span class="copy-popup-wrapper"><span>Link copied to
    clipboard</span></span></span></span></div>
    <div><div class="title">{brief}</div></div>
  </div>
</div>"""

CORE_ERROR_CODE = f"""\
<html><body><div class="tabs-section-body">
  <div data-togglable="ENTRY">
    <h2 class="">Entries</h2>
    <div class="table">
{ROW.format(id="1", name="GENERAL", href="-g-e-n-e-r-a-l", tab="ENTRY", brief="")}
{ROW.format(id="2", name="UNAUTHORIZED", href="-u-n-a-u-t-h-o-r-i-z-e-d", tab="ENTRY", brief="")}
{ROW.format(id="3", name="NEW_PASSWORD", href="-n-e-w_-p-a-s-s-w-o-r-d", tab="ENTRY", brief="")}
    </div>
  </div>
  <div data-togglable="FUNCTION">
    <h2 class="">Functions</h2>
    <div class="table">
{ROW.format(id="4", name="valueOf", href="value-of", tab="FUNCTION", brief="fun valueOf")}
    </div>
  </div>
  <table><tr><th>Code</th></tr><tr><td>X</td></tr></table>
</div></body></html>
"""


def test_a_div_table_reads_as_a_table_named_by_its_tab_s_heading(tmp_path: Path) -> None:
    copy = tmp_path / "page.html"
    copy.write_text(CORE_ERROR_CODE)
    assert read_html(copy) == [
        ("table 1", [["Code"], ["X"]]),
        ("table 2", [["Entries"], ["GENERAL"], ["UNAUTHORIZED"], ["NEW_PASSWORD"]]),
        ("table 3", [["Functions"], ["valueOf"]]),
    ]


def test_a_table_rule_reads_an_enum_s_entries_and_not_its_functions(tmp_path: Path) -> None:
    copy = tmp_path / "page.html"
    copy.write_text(CORE_ERROR_CODE)
    data = spec_data("brankas")
    rule: dict[str, Any] = {"code_set": "brankas.sdk_error_code", "table": {"code": "Entries"}}
    extractor = {"format": "html", "code_sets": [rule]}
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    found = [(p.value, p.where) for p in extract(typed(data), SOURCE, copy)]
    assert found == [
        ("GENERAL", "table 2, row 2"),
        ("UNAUTHORIZED", "table 2, row 3"),
        ("NEW_PASSWORD", "table 2, row 4"),
    ]
