"""The watch as users see it: the site's page of how current the catalog is lists every source
drift reads with its pin, the day it was checked and the last watch's result (spec/watch.json,
when one is beside the spec)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from codegen import loader
from codegen.targets.site import catalog_pages, pages
from tests.support.helpers import ROOT, run_codegen, spec_data, write_spec


def test_the_drift_page_lists_every_source_drift_reads() -> None:
    page = (ROOT / "site" / "docs" / "reference" / "drift.md").read_text(encoding="utf-8")
    sources = spec_data()["sources"]
    read = [source for source in sources.values() if "extract" in source]
    assert len(read) > 50
    rows = [line for line in page.splitlines() if line.startswith("<tr><td><a href=")]
    assert len(rows) == len(read)
    for source in read:
        link = f'<td><a href="{html.escape(source["url"])}">'
        assert any(row.startswith(f"<tr>{link}") for row in rows), source["title"]


@pytest.mark.subprocess
def test_the_page_shows_the_last_watch(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, spec_data())
    watch = {
        "day": "2026-11-25",
        "results": {"plaid-openapi": {"state": "drift", "detail": "2 difference(s)"}},
    }
    (tmp_path / "watch.json").write_text(json.dumps(watch), encoding="utf-8")
    # The page as the site target renders it (in-process: one page, not the whole tree).
    page = catalog_pages.files(loader.load(spec))[f"{pages.ROOT}/drift.md"]
    assert "The last watch ran on 2026-11-25." in page
    row = next(line for line in page.splitlines() if "plaid/plaid-openapi/blob" in line)
    assert row.endswith("<td>drift: 2 difference(s)</td></tr>")
    (tmp_path / "watch.json").write_text('{"day": "yesterday", "results": []}', encoding="utf-8")
    bad = run_codegen("validate", "--spec", str(spec))
    assert bad.returncode == 1 and "watch.json: /day: not a day" in bad.stderr
