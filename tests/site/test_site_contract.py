"""The built site's contract (tests/support/site_contract.py: every page, every expected file,
every canonical link, the policy, the search index, the decoder), on the small project's site:
kept by the site as `make docs` builds it, and broken by a build whose engine ran without the
site's steps after it (site/build.py --skip after), as an engine that runs no hooks would."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from tests.support.helpers import LOOPBACK_SITE, site_steps
from tests.support.site_contract import main, navigation_links, problems


def test_the_small_projects_site_keeps_the_contract(
    small_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert problems(small_project / "site", small_project / "public", None) == []
    assert main([str(small_project / "site"), str(small_project / "public")]) == 0
    assert capsys.readouterr().out == "the site keeps the contract\n"


def test_a_build_without_the_steps_after_the_engine_breaks_it(
    small_project: Path, small_engine_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The small project's site built with LOOPBACK_SITE by its engine alone (`small_engine_only`:
    site/build.py --skip after)."""
    site, out = small_project / "site", small_engine_only
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
    """A link of a page is read from the page's address: one folder too far up (what Zensical
    made of links written relative to the page's address, as it reads each link as relative to
    the page's Markdown file), it leads where no page is."""
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


def test_a_link_of_a_pages_markdown_that_leads_nowhere_breaks_it(
    small_project: Path, tmp_path: Path
) -> None:
    """A page's Markdown, published beside it, links the other pages' Markdown from its own
    folder, in the HTML it holds ready-made too: a link written from the page's address (as
    that HTML was, before every engine was given the files' links) leads nowhere from there."""
    site, out = tmp_path / "site", tmp_path / "public"
    shutil.copytree(small_project / "site", site, ignore=shutil.ignore_patterns("public"))
    shutil.copytree(small_project / "public", out)
    source = site / "docs" / "reference" / "lean" / "permission.md"
    text = source.read_text(encoding="utf-8")
    link = 'href="../categories/informational.md"'
    count = text.count(link)
    assert count >= 3
    for page in (source, out / "reference" / "lean" / "permission.md"):
        page.write_text(text.replace(link, 'href="../../categories/informational/"'), "utf-8")
    assert problems(site, out, None) == [
        "reference/lean/permission.md: links of its Markdown that lead nowhere "
        f"({count}): {['../../categories/informational/'] * 3}"
    ]


@pytest.mark.parametrize(
    ("index", "link", "expected"),
    [
        # From reference/lean/permission.md, built at reference/lean/permission/.
        (False, 'href="../categories/informational.md"', 'href="../../categories/informational/"'),
        (False, 'href="../sources.md#seed-000"', 'href="../../sources/#seed-000"'),
        (False, 'href="../index.md"', 'href="../../"'),
        (False, 'href="index.md#x"', 'href="../#x"'),
        (
            False,
            'data-moved="secondary_status/codes-2.md#A"',
            'data-moved="../secondary_status/codes-2/#A"',
        ),
        # From reference/lean/index.md, built at reference/lean/.
        (True, 'href="callback_status.md#PENDING"', 'href="callback_status/#PENDING"'),
        (True, 'href="../plaid/index.md"', 'href="../plaid/"'),
        # Not a Markdown file of the site: left as it is.
        (
            False,
            'href="https://docs.example.com/errors.md"',
            'href="https://docs.example.com/errors.md"',
        ),
        (False, 'href="/errors.md"', 'href="/errors.md"'),
        (False, 'href="#errors.md"', 'href="#errors.md"'),
        (False, 'href="../categories/informational/"', 'href="../categories/informational/"'),
        (False, 'href="../notes.mdx"', 'href="../notes.mdx"'),
        (False, 'title="a.md"', 'title="a.md"'),
    ],
)
def test_a_link_to_a_markdown_file_leads_to_its_page(index: bool, link: str, expected: str) -> None:
    """The ready-made HTML of a reference page links the other pages' Markdown files, relative
    to the page's own (its Markdown's form, which Zensical turns into addresses in all HTML and
    MkDocs in Markdown's alone); the step after the engine turns any left into the pages'
    addresses, relative to the built page's (a folder deeper than its file's but for an index)."""
    page = f"<p><a {link}>x</a></p>"
    site_steps()  # site/ on the path, as the site's build puts it
    steps = importlib.import_module("page_steps")
    assert steps.addressed(page, index) == f"<p><a {expected}>x</a></p>"
