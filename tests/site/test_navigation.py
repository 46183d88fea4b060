"""A reference page's navigation lists its own provider's pages and the reference's index, not
every other provider's: what every page repeats stays the same size as the catalog grows (the
reference's index lists them all)."""

from __future__ import annotations

from pathlib import Path

from tests.support.helpers import ROOT
from tests.support.site_contract import address_of, navigation, navigation_links


def _pages(prefix: str) -> list[str]:
    """The addresses of the site's navigation's pages under `prefix`."""
    pages = (address_of(page) for page in navigation(ROOT / "site"))
    return [page for page in pages if page.startswith(prefix)]


def test_a_code_sets_page_lists_its_providers_pages_and_no_others(built: Path) -> None:
    listed = navigation_links(built, "reference/lean/permission/")
    assert "reference/" in listed
    # Lean's pages, its split code set by its first page (the theme's link to a folded section).
    lean = [page for page in _pages("reference/lean/") if "/codes-" not in page]
    assert [page for page in lean if page not in listed] == []
    assert not [page for page in listed if page.startswith("reference/plaid/")]
    assert not [page for page in listed if page.startswith("reference/payloads/")]


def test_a_payload_page_lists_its_providers_payloads_and_no_others(built: Path) -> None:
    listed = navigation_links(built, "reference/payloads/lean/webhook/")
    assert "reference/payloads/" in listed
    assert [page for page in _pages("reference/payloads/lean/") if page not in listed] == []
    assert not [page for page in listed if page.startswith("reference/payloads/plaid/")]
    assert not [page for page in listed if page.startswith("reference/plaid/")]
