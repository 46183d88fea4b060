"""Plaid's Bank Income warning codes, typed from plaid/plaid-openapi@26f1a05 2020-09-14.yml:
CreditBankIncomeWarningCode (its description gives each code's meaning) and
CraBankIncomeWarningCode (the same codes but ITEM_UNAPPROVED)."""

from __future__ import annotations

from bankcodes import Category, plaid
from tests.support.helpers import counts

#: CreditBankIncomeWarningCode, in its order, with the meaning its description gives each.
WARNING_CODES = {
    "IDENTITY_UNAVAILABLE": "Unable to extract identity for the Item",
    "TRANSACTIONS_UNAVAILABLE": "Unable to extract transactions for the Item",
    "ITEM_UNAPPROVED": "User exited flow before giving permission to share data for the Item",
    "REPORT_DELETED": "Report deleted due to customer or consumer request",
    "DATA_UNAVAILABLE": "No relevant data was found for the Item",
}


def test_the_warning_codes_in_their_order_with_plaids_words() -> None:
    members = list(plaid.BankIncomeWarningCode)
    assert [m.value for m in members] == list(WARNING_CODES)
    assert [m.info.description for m in members] == list(WARNING_CODES.values())
    assert not any(m.info.editorial for m in members)


def test_a_user_who_left_before_sharing_cancelled() -> None:
    assert plaid.BankIncomeWarningCode("ITEM_UNAPPROVED").info.category is Category.CANCELLED


def test_drift_counts_both_enums_whole() -> None:
    recorded = counts("plaid-openapi")
    assert recorded["plaid.bank_income_warning_code"] == (len(WARNING_CODES), len(WARNING_CODES))
