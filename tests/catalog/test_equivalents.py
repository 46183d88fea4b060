"""Equivalents a person would accept: a code's "Other providers" lists the codes recorded as the
same meaning or the same customer action first, each group with its reason, and only then
links to the category's page, which lists the other providers' codes that merely share the
category (one link, whatever the number of providers)."""

from __future__ import annotations

import re
from pathlib import Path

from bankcodes import cdr, ukob
from tests.support.reference import CODE_LINK as LINK
from tests.support.reference import REFERENCE, code_row

#: The category page of "Institution unavailable", as a code set's page links it.
UNAVAILABLE = "../categories/institution_unavailable.md"


def _other_providers(page: str, anchor: str) -> str:
    provider, code_set = page.removesuffix(".md").split("/")
    return code_row(provider, code_set, anchor, "Other providers")


def test_maintenance_lists_the_institution_down_first_not_codes_that_only_share_a_category() -> (
    None
):
    # Lean's BANK_MAINTENANCE: "Your bank is currently undergoing technical maintenance";
    # Plaid's INSTITUTION_DOWN: "The financial institution is down, either for maintenance or
    # due to an infrastructure issue" (both providers' error pages).
    row = _other_providers("lean/granular_status_code.md", "BANK_MAINTENANCE")
    links = LINK.findall(row)
    assert row.startswith("Same meaning: ")
    assert links[0] == ("plaid/error_code", "INSTITUTION_DOWN")
    meaning, action, category = (part.strip() for part in row.split("<br>"))
    # Stripe's institution_unavailable_planned ("down for expected maintenance") and Belvo's
    # institution_down ("The financial institution is down") say the same after Plaid's.
    assert LINK.findall(meaning)[0] == links[0]
    assert ("stripe/fc_event_error_code", "institution_unavailable_planned") in LINK.findall(
        meaning
    )
    assert action.startswith("Same customer action: ")
    assert ("flinks/api_error_code", "RETRY_LATER") in LINK.findall(action)
    # INSTITUTION_DOWN is listed once, under its closest relation.
    assert [link for link in links if link[1] == "INSTITUTION_DOWN"] == [links[0]]
    # Codes that only share the category are not listed one by one.
    assert ("argyle/bank_connection_error", "one_time_passcode_issue") not in links
    assert ("plaid/error_code", "INVALID_SEND_METHOD") not in links
    # The codes that only share the category: one link, to the category's page.
    assert category == (
        'Same category only, <a href="../categories/institution_unavailable.md">Institution '
        "unavailable</a>: the other providers' codes, listed by provider on the category's page"
    )


def test_an_equivalence_is_shown_on_both_codes() -> None:
    row = _other_providers("plaid/error_code.md", "INSTITUTION_DOWN")
    assert LINK.findall(row)[0] == ("lean/granular_status_code", "BANK_MAINTENANCE")


def test_a_code_with_no_closer_equivalent_links_the_category_only() -> None:
    row = _other_providers("argyle/bank_connection_error.md", "one_time_passcode_issue")
    assert row.startswith('Same category only, <a href="../categories/institution_unavailable.md">')
    assert row.count("<a ") == 1 and "<br>" not in row


def test_the_category_page_has_a_section_per_provider(built: Path) -> None:
    page = (
        built / "reference" / "categories" / "institution_unavailable" / "index.html"
    ).read_text(encoding="utf-8")
    sections = re.findall(r'<h3[^>]* id="([a-z]+)"', page)
    assert sections[:2] == ["lean", "flinks"]
    argyle = page.index('id="argyle"')
    assert argyle < page.index("one_time_passcode_issue") < page.index('id="plaid"')


def test_the_standards_unexpected_error_is_one_meaning_in_both_spellings() -> None:
    # UK Open Banking (read-write-api-docs-pub at ab19be9, docs/v3.1.11/references/
    # namespaced-enumerations.md, UK.OBIE.UnexpectedError: "An error code that can be used, when
    # an unexpected error occurs"; v4's U000, OB_Internal_Codeset.csv) and the CDR (standards at
    # 45f31a8, _errors.md, GeneralError/Unexpected: "An error code that can be used, when an
    # unexpected error occurs").
    uk = ukob.ObieErrorCode("U000")
    assert uk.value == "UK.OBIE.UnexpectedError"
    (first, *_) = uk.info.equivalents
    assert (first.provider, first.value, first.same) == (
        "cdr", "urn:au-cds:error:cds-all:GeneralError/Unexpected", "meaning"
    )  # fmt: skip
    back = cdr.ErrorCode("urn:au-cds:error:cds-all:GeneralError/Unexpected").info.equivalents
    assert [(e.provider, e.value) for e in back] == [("ukob", "UK.OBIE.UnexpectedError")]


def test_a_resource_not_found_is_not_the_cdr_s_unknown_endpoint() -> None:
    # UK.OBIE.Resource.NotFound: "Returned when a resource with the specified Id does not exist";
    # the CDR's Resource/NotFound: the requested resource URL is not an API endpoint. Not the
    # same situation: no closer equivalent.
    found = ukob.ObieErrorCode("UK.OBIE.Resource.NotFound").info.equivalents
    assert all(e.provider != "cdr" for e in found)


def test_brazil_s_insufficient_balance_joins_the_providers_insufficient_funds() -> None:
    # Open Finance Brasil's payments 4.1.0 (draft-openapi at b754294a, line 1263):
    # "SALDO_INSUFICIENTE: Esta conta não possui saldo suficiente para realizar o pagamento."
    # Plaid's PAYMENT_INSUFFICIENT_FUNDS and Belvo's INSUFFICIENT_FUNDS say the same.
    row = _other_providers("openfinancebrasil/payment_error.md", "SALDO_INSUFICIENTE")
    assert row.startswith("Same meaning: ")
    assert LINK.findall(row)[0] == ("plaid/error_code", "PAYMENT_INSUFFICIENT_FUNDS")
    belvo = _other_providers("belvo/payment_failure_code.md", "INSUFFICIENT_FUNDS")
    assert ("openfinancebrasil/payment_error", "SALDO_INSUFICIENTE") in LINK.findall(belvo)


#: The value cell of a code block's "Other providers" row.
ROW = re.compile(r"<td>Other providers</td><td>(.*?)</td></tr>")


def test_no_code_lists_the_other_providers_one_by_one() -> None:
    """Every code's "Other providers" holds its recorded equivalents and at most one link to a
    category's page, never one per provider: a page grows with its codes, not with the
    providers of the catalog."""
    rows = 0
    for page in REFERENCE.rglob("*.md"):
        for row in re.findall(ROW, page.read_text(encoding="utf-8")):
            rows += 1
            assert len(re.findall(r'href="(?:\.\./)+categories/', row)) <= 1, (page, row)
            assert not re.search(r'href="(?:\.\./)+categories/[a-z_]+\.md#', row), (page, row)
    assert rows > 1000
