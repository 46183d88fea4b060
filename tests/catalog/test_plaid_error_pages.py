"""What drift counted in Plaid's error reference pages (plaid.com/docs/errors/<type>/), each in
its copy of 2026-03-07 pinned by sha256: the codes under each page's headings, typed from the
pages, every one of them held by plaid.error_code."""

from __future__ import annotations

import pytest

from bankcodes import plaid
from tests.support.helpers import counts

#: The codes each page gives a heading of its own, in the page's order.
PAGES = {
    "api": ("INTERNAL_SERVER_ERROR", "PLANNED_MAINTENANCE"),
    "microdeposits": ("BANK_TRANSFER_ACCOUNT_BLOCKED",),
    "recaptcha": ("RECAPTCHA_REQUIRED", "RECAPTCHA_BAD"),
    "transactions": ("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",),
    "user": ("USER_NOT_FOUND",),
    "oauth": (
        *("INCORRECT_OAUTH_NONCE", "INCORRECT_LINK_TOKEN"),
        *("OAUTH_STATE_ID_ALREADY_PROCESSED", "OAUTH_STATE_ID_NOT_FOUND"),
    ),
    "sandbox": (
        *("SANDBOX_PRODUCT_NOT_ENABLED", "SANDBOX_WEBHOOK_INVALID"),
        "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID",
    ),
    "invalid-result": (
        "LAST_UPDATED_DATETIME_OUT_OF_RANGE",
        "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA",
    ),
    "check-report": (
        *("CONSUMER_REPORT_EXPIRED", "DATA_UNAVAILABLE", "PRODUCT_NOT_READY"),
        *("INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED", "INSUFFICIENT_TRANSACTION_DATA"),
        *("NO_ACCOUNTS", "NETWORK_CONSENT_REQUIRED", "DATA_QUALITY_CHECK_FAILED"),
    ),
    "assets": (
        *("PRODUCT_NOT_ENABLED", "DATA_UNAVAILABLE", "PRODUCT_NOT_READY"),
        *("ASSET_REPORT_GENERATION_FAILED", "INVALID_PARENT", "INSIGHTS_NOT_ENABLED"),
        *("INSIGHTS_PREVIOUSLY_NOT_ENABLED", "DATA_QUALITY_CHECK_FAILED"),
    ),
    "income": (
        *("INCOME_VERIFICATION_DOCUMENT_NOT_FOUND", "INCOME_VERIFICATION_FAILED"),
        *("INCOME_VERIFICATION_NOT_FOUND", "INCOME_VERIFICATION_UPLOAD_ERROR"),
        *("PRODUCT_NOT_ENABLED", "PRODUCT_NOT_READY"),
        *("VERIFICATION_STATUS_PENDING_APPROVAL", "EMPLOYMENT_NOT_FOUND"),
    ),
    "virtual-account": (
        *("TRANSACTION_INSUFFICIENT_FUNDS", "TRANSACTION_AMOUNT_EXCEEDED"),
        *("TRANSACTION_ON_SAME_ACCOUNT", "TRANSACTION_CURRENCY_MISMATCH"),
        *("TRANSACTION_IBAN_INVALID", "TRANSACTION_BACS_INVALID"),
        *("TRANSACTION_FAST_PAY_DISABLED", "TRANSACTION_EXECUTION_FAILED"),
        *("NONIDENTICAL_REQUEST", "REQUEST_CONFLICT"),
    ),
    "partner": (
        *("CUSTOMER_NOT_FOUND", "FLOWDOWN_NOT_COMPLETE", "QUESTIONNAIRE_NOT_COMPLETE"),
        *("CUSTOMER_NOT_READY_FOR_ENABLEMENT", "CUSTOMER_ALREADY_ENABLED"),
        *("CUSTOMER_ALREADY_CREATED", "LOGO_REQUIRED", "INVALID_LOGO", "CONTACT_REQUIRED"),
        *("ASSETS_UNDER_MANAGEMENT_REQUIRED", "CUSTOMER_REMOVAL_NOT_ALLOWED"),
        "OAUTH_REGISTRATION_ERROR",
    ),
    "payment": (
        *("PAYMENT_BLOCKED", "PAYMENT_CANCELLED", "PAYMENT_INSUFFICIENT_FUNDS"),
        *("PAYMENT_INVALID_RECIPIENT", "PAYMENT_INVALID_REFERENCE", "PAYMENT_INVALID_SCHEDULE"),
        *("PAYMENT_REJECTED", "PAYMENT_SCHEME_NOT_SUPPORTED"),
        *("PAYMENT_CONSENT_INVALID_CONSTRAINTS", "PAYMENT_CONSENT_CANCELLED"),
    ),
    "signal": (
        *("ADDENDUM_NOT_SIGNED", "CLIENT_TRANSACTION_ID_ALREADY_IN_USE"),
        *("INVALID_CONFIGURATION_STATE", "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS"),
        *("RULESET_NOT_FOUND", "SIGNAL_TRANSACTION_NOT_INITIATED"),
    ),
    "invalid-request": (
        *("INCOMPATIBLE_API_VERSION", "INVALID_ACCOUNT_NUMBER", "INVALID_BODY"),
        *("INVALID_CONFIGURATION", "INVALID_FIELD", "INVALID_HEADERS", "MISSING_FIELDS"),
        *("NO_LONGER_AVAILABLE", "NOT_FOUND", "SANDBOX_ONLY", "UNKNOWN_FIELDS"),
    ),
    "institution": (
        *("INSTITUTION_DOWN", "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT"),
        *("INSTITUTION_NOT_RESPONDING", "INSTITUTION_NOT_AVAILABLE"),
        *("INSTITUTION_NO_LONGER_SUPPORTED", "UNAUTHORIZED_INSTITUTION"),
        *("INSTITUTION_REGISTRATION_REQUIRED", "UNSUPPORTED_RESPONSE"),
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_drift_counts_each_page_whole(page: str) -> None:
    listed = len(PAGES[page])
    assert counts(f"plaid-errors-{page}") == {"plaid.error_code": (listed, listed)}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_code_a_page_lists_is_a_code_citing_it(page: str) -> None:
    address = f"https://plaid.com/docs/errors/{page}/"
    for value in PAGES[page]:
        member = plaid.ErrorCode(value)
        assert address in [s.url for s in member.info.sources], value
