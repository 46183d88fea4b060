"""Plaid's Bank Income warnings, typed from plaid/plaid-openapi@26f1a05 2020-09-14.yml:
CreditBankIncomeWarningCode (its description gives each code's meaning), CraBankIncomeWarningCode
(the same codes but ITEM_UNAPPROVED) and CreditBankIncomeErrorType, the type of a warning's
cause.error_type."""

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

#: CreditBankIncomeErrorType, in its order.
CAUSE_ERROR_TYPES = [
    *("INTERNAL_SERVER_ERROR", "INSUFFICIENT_CREDENTIALS", "ITEM_LOCKED", "USER_SETUP_REQUIRED"),
    *("COUNTRY_NOT_SUPPORTED", "INSTITUTION_DOWN", "INSTITUTION_NO_LONGER_SUPPORTED"),
    *("INSTITUTION_NOT_RESPONDING", "INVALID_CREDENTIALS", "INVALID_MFA", "INVALID_SEND_METHOD"),
    *("ITEM_LOGIN_REQUIRED", "MFA_NOT_SUPPORTED", "NO_ACCOUNTS", "ITEM_NOT_SUPPORTED"),
    "ACCESS_NOT_GRANTED",
]


def test_the_warning_codes_in_their_order_with_plaids_words() -> None:
    members = list(plaid.BankIncomeWarningCode)
    assert [m.value for m in members] == list(WARNING_CODES)
    assert [m.info.description for m in members] == list(WARNING_CODES.values())
    assert not any(m.info.editorial for m in members)


def test_the_cause_error_types_in_their_order() -> None:
    assert [m.value for m in plaid.BankIncomeErrorType] == CAUSE_ERROR_TYPES


def test_a_cause_error_type_takes_the_category_of_the_error_code_of_its_name() -> None:
    for member in plaid.BankIncomeErrorType:
        if member.value != "COUNTRY_NOT_SUPPORTED":
            assert member.info.category is plaid.ErrorCode(member.value).info.category
    country = plaid.BankIncomeErrorType("COUNTRY_NOT_SUPPORTED")
    assert country.info.category is Category.INSTITUTION_NOT_SUPPORTED
    assert "COUNTRY_NOT_SUPPORTED" not in {m.value for m in plaid.ErrorCode}


def test_drift_counts_both_enums_whole() -> None:
    recorded = counts("plaid-openapi")
    assert recorded["plaid.bank_income_warning_code"] == (len(WARNING_CODES), len(WARNING_CODES))
    assert recorded["plaid.bank_income_error_type"] == (
        len(CAUSE_ERROR_TYPES),
        len(CAUSE_ERROR_TYPES),
    )
