"""The site's page of standards (site/docs/standards.md) lists every standard of the catalog with
its publisher, versions and licence as the catalog states them, and what of it the catalog does
not hold; and it says which standards are not included, and why."""

from __future__ import annotations

from tests.support.helpers import ROOT, spec_data

PAGE = ROOT / "site" / "docs" / "standards.md"
REFERENCE = ROOT / "site" / "docs" / "reference" / "standards.md"


def _sections() -> dict[str, str]:
    """The reference's standards page, one section per standard, by the standard's id."""
    text = REFERENCE.read_text(encoding="utf-8")
    return {
        section.split("](", 1)[1].split("/", 1)[0]: section for section in text.split("\n## ")[1:]
    }


def test_every_standard_of_the_catalog_has_its_section_and_this_page_links_them() -> None:
    standards = [
        provider_id
        for provider_id, entry in spec_data()["providers"].items()
        if entry.get("kind") == "standard"
    ]
    assert sorted(_sections()) == sorted(standards)
    assert "(reference/standards.md)" in PAGE.read_text(encoding="utf-8")


def test_what_was_not_read_is_said_so() -> None:
    # Neither the UAE's files (Nebras-Open-Finance/api-specs, v2.1) nor its guide for banks'
    # error tables describe JWS.InvalidPayload, and the files name no signer of a JWT error;
    # PolishAPI's copies list no error code (its PDF was not read).
    sections = _sections()
    assert "the PolishAPI's PDF documentation, which may, was not read" in sections["polishapi"]
    assert (
        "neither the files nor the guide for banks' tables give one" in sections["uaeopenfinance"]
    )
    assert "no reader verifies its signature" in sections["uaeopenfinance"]
    for text in (PAGE.read_text(encoding="utf-8"), REFERENCE.read_text(encoding="utf-8")):
        assert "publishes no" not in text


def test_the_standards_not_included_are_named_with_why() -> None:
    text = PAGE.read_text(encoding="utf-8")
    _, rest = text.split("## Standards not included", 1)
    for name in ("**FDX**", "**STET**", "**Saudi Arabia's Open Banking Framework**"):
        assert name in rest
    assert "was not read" in rest and "not public" in rest
