"""The built site's contract (tests/support/site_contract.py: every page, every expected file,
every canonical link, the policy, the search index, the decoder), on the small project's site:
kept by the site as `make docs` builds it, and broken by a build whose engine ran without the
site's steps after it (site/build.py --skip after), as an engine that runs no hooks would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.helpers import LOOPBACK_SITE, build_site
from tests.support.site_contract import main, navigation_links, problems


def test_the_small_projects_site_keeps_the_contract(
    small_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert problems(small_project / "site", small_project / "public", None) == []
    assert main([str(small_project / "site"), str(small_project / "public")]) == 0
    assert capsys.readouterr().out == "the site keeps the contract\n"


def test_a_build_without_the_steps_after_the_engine_breaks_it(
    small_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site, out = small_project / "site", tmp_path / "public"
    build_site(site, out, LOOPBACK_SITE, "--skip", "after")
    found = problems(site, out, LOOPBACK_SITE)
    assert main([str(site), str(out), LOOPBACK_SITE]) == 1
    assert capsys.readouterr().out.split("\n")[:2] == [
        "llms.txt: missing",
        "llms-full.txt: missing",
    ]
    # What the steps after the engine write, each missed: the files first, in the contract's
    # order, then the pages (the home page first, as the navigation lists it).
    assert found[:5] == [
        "llms.txt: missing",
        "llms-full.txt: missing",
        "assets/highlight.min.js: missing",
        "assets/mermaid.min.js: missing",
        "assets/decoder/index.js: missing",
    ]
    assert "reference/index.md: not published beside its page as its Markdown" in found
    policies = [line for line in found if line.endswith("('bankcodes-policy')")]
    assert policies[0] == "index.md: no Content-Security-Policy ('bankcodes-policy')"
    assert "404.html: no Content-Security-Policy ('bankcodes-policy')" in policies
    assert [line for line in found if line.endswith("draws a diagram without Mermaid")]
    # The engine's own work is whole: every page built, linked to its address.
    assert not [line for line in found if "canonical" in line]
    assert not [line for line in found if "no page built" in line]
    # A reference page's navigation as the engine draws it: its own provider's pages alone, not
    # every provider's drawn on every page and cut after the engine.
    listed = navigation_links(out, "reference/lean/permission/")
    assert "reference/" in listed and "reference/lean/callback_status/" in listed
    others = ("reference/plaid/", "reference/payloads/")
    assert not [page for page in listed if page.startswith(others)]
    # The reference pages are read for the search index after the engine (read by its search
    # plugin as it built them, they were a third of its build): the index is without them.
    searched = [line for line in found if line.startswith("search index:")]
    assert len(searched) == 1
    assert searched[0].endswith(
        "['reference/index.md', 'reference/lean/index.md', 'reference/lean/callback_status.md']"
    )


def test_a_link_that_leads_nowhere_breaks_it(small_project: Path, tmp_path: Path) -> None:
    """Zensical wrote the links of a page's ready-made HTML as if they were relative to its
    Markdown file, not its address: one folder too far up, where no page is."""
    out = tmp_path / "public"
    shutil.copytree(small_project / "public", out)
    page = out / "reference" / "lean" / "permission" / "index.html"
    text = page.read_text(encoding="utf-8")
    start, end = text.index("<article"), text.index("</article>")
    link = 'href="../../categories/informational/"'
    moved = text[start:end].replace(link, 'href="../../../categories/informational/"')
    page.write_text(text[:start] + moved + text[end:], encoding="utf-8")
    count = text[start:end].count(link)
    assert count >= 3
    assert problems(small_project / "site", out, None) == [
        "reference/lean/permission.md: links that lead nowhere on the site "
        f"({count}): {['../../../categories/informational/'] * 3}"
    ]
