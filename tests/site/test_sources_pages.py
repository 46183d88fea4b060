"""The sources on a page per provider: each document on the page of the provider or standard it
belongs to (its id begins with the provider's, or that provider alone cites it), the rest on a
page of their own, and the sources page itself an index that keeps every document's address
(reference/sources/#ID), each leading on to its row."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from tests.support.helpers import spec_data, write_spec


def _rows(built: Path, page: str) -> set[str]:
    """The ids of the documents a sources page lists in its table."""
    tree = LexborHTMLParser((built / page / "index.html").read_text(encoding="utf-8"))
    return {str(node.attributes["id"]) for node in tree.css("table span[id]")}


def test_a_document_is_on_the_page_of_the_provider_it_belongs_to(built: Path) -> None:
    # An id that begins with the provider's: GoCardless's statuses.
    assert "gocardless-statuses" in _rows(built, "reference/sources/gocardless")
    # An id that begins with no provider's, cited by one provider alone: GoCardless's help
    # article on the 180 days of access, and Open Finance Brasil's Payments API 4.1.0.
    assert "gc-help-180-days" in _rows(built, "reference/sources/gocardless")
    assert "brazil-payments-4-1-0" in _rows(built, "reference/sources/openfinancebrasil")
    # Cited by Yapily too, Berlin Group's specification is Berlin Group's by its id.
    assert "berlingroup-psd2-api-1-3-8" in _rows(built, "reference/sources/berlingroup")
    assert "berlingroup-psd2-api-1-3-8" not in _rows(built, "reference/sources/yapily")


def test_every_document_is_listed_once(built: Path) -> None:
    pages = [path.parent for path in (built / "reference" / "sources").glob("*/index.html")]
    listed = [
        source for page in pages for source in _rows(built, page.relative_to(built).as_posix())
    ]
    assert sorted(listed) == sorted(spec_data()["sources"])
    assert len(pages) > 20  # a page per provider, not one


def test_every_document_keeps_its_address_on_the_index(built: Path) -> None:
    tree = LexborHTMLParser(
        (built / "reference" / "sources" / "index.html").read_text(encoding="utf-8")
    )
    kept = {str(node.attributes["id"]): node for node in tree.css("li > span[id]")}
    assert sorted(kept) == sorted(spec_data()["sources"])
    rows: dict[str, set[str]] = {}
    for source, node in kept.items():
        link = node.parent.css_first("a") if node.parent is not None else None
        assert link is not None, source
        page, _, fragment = str(link.attributes["href"]).partition("#")
        # The address leads on to the document's row on its page.
        assert fragment == source
        if page not in rows:
            rows[page] = _rows(built, f"reference/sources/{page.rstrip('/')}")
        assert source in rows[page], (source, page)
    # The index itself has no table of every document: it weighed 367 KiB at 787 of them.
    assert len(tree.css("table tr")) < 60


def test_a_providers_sources_page_is_titled_apart_from_its_reference_page(built: Path) -> None:
    def title(page: str) -> str:
        tree = LexborHTMLParser((built / page / "index.html").read_text(encoding="utf-8"))
        node = tree.css_first("title")
        assert node is not None, page
        return node.text()

    assert title("reference/sources/gocardless").startswith("Sources: GoCardless Bank Account Data")
    assert title("reference/gocardless").startswith("GoCardless Bank Account Data")


def test_a_document_of_several_providers_is_on_the_shared_page(tmp_path: Path) -> None:
    """A document whose id begins with no provider's and that two providers cite goes to the
    shared page; one whose id begins with a provider's stays on that provider's page, whoever
    else cites it."""
    from codegen import loader
    from codegen.targets.site import catalog_pages

    data = spec_data("lean", "flinks")
    data["sources"]["common-guide"] = {**data["sources"]["seed-000"], "title": "Common guide"}
    lean = data["providers"]["lean"]["code_sets"]["callback_status"]
    flinks = data["providers"]["flinks"]["code_sets"]["api_error_code"]
    lean["sources"] = [*lean["sources"], "common-guide"]
    flinks["sources"] = [*flinks["sources"], "common-guide", "lean-handling-reconnects"]
    catalog = loader.load(write_spec(tmp_path, data))
    groups = {group.name: group for group in catalog_pages.source_groups(catalog)}
    assert list(groups)[-1] == "Other documents"
    assert [s.id for s in groups["Other documents"].sources] == ["common-guide"]
    assert "lean-handling-reconnects" in [s.id for s in groups["Lean Technologies"].sources]
    shared = catalog_pages.files(catalog)["site/docs/reference/sources/shared.md"]
    assert '<span id="common-guide"></span>' in shared
