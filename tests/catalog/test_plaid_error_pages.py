"""What drift counted in Plaid's error reference pages (plaid.com/docs/errors/<type>/), each in
its copy of 2026-03-07 pinned by sha256: the codes under each page's headings, typed from the
pages, every one of them held by plaid.error_code. The Transfer page's tables of ACH return codes
and RTP/RfP failure codes are code sets of their own (test_plaid_transfer_failures.py), not error
codes."""

from __future__ import annotations

import pytest

from bankcodes import plaid
from tests.support.helpers import counts, spec_data

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
    "invalid-input": (
        *("DIRECT_INTEGRATION_NOT_ENABLED", "INCORRECT_DEPOSIT_VERIFICATION"),
        *("INVALID_ACCESS_TOKEN", "INVALID_ACCOUNT_ID", "INVALID_API_KEYS"),
        *("INVALID_AUDIT_COPY_TOKEN", "INVALID_INSTITUTION", "INVALID_LINK_CUSTOMIZATION"),
        *("INVALID_LINK_TOKEN", "INVALID_PROCESSOR_TOKEN", "INVALID_PRODUCT", "INVALID_USER_ID"),
        *("INVALID_USER_IDENTITY_DATA", "ADDITIONAL_CONSENT_REQUIRED", "INVALID_PUBLIC_TOKEN"),
        *("INVALID_STRIPE_ACCOUNT", "INVALID_USER_TOKEN", "INVALID_WEBHOOK_VERIFICATION_KEY_ID"),
        *("PROFILE_AUTHENTICATION_FAILED", "TOO_MANY_VERIFICATION_ATTEMPTS"),
        *("UNAUTHORIZED_ENVIRONMENT", "UNAUTHORIZED_ROUTE_ACCESS", "USER_PERMISSION_REVOKED"),
    ),
    "transfer": (
        *("TRANSFER_NETWORK_LIMIT_EXCEEDED", "TRANSFER_ACCOUNT_BLOCKED"),
        *("TRANSFER_NOT_CANCELLABLE", "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"),
        *("TRANSFER_FORBIDDEN_ACH_CLASS", "TRANSFER_UI_UNAUTHORIZED"),
        *("TRANSFER_ORIGINATOR_NOT_FOUND", "INCOMPLETE_CUSTOMER_ONBOARDING", "UNAUTHORIZED_ACCESS"),
    ),
    "rate-limit-exceeded": (
        *("ACCOUNTS_LIMIT", "ACCOUNTS_BALANCE_GET_LIMIT", "AUTH_LIMIT", "BALANCE_LIMIT"),
        *("CREDITS_EXHAUSTED", "IDENTITY_LIMIT", "INSTITUTIONS_GET_LIMIT"),
        *("INSTITUTIONS_GET_BY_ID_LIMIT", "INSTITUTION_RATE_LIMIT"),
        *("INVESTMENT_HOLDINGS_GET_LIMIT", "INVESTMENT_TRANSACTIONS_LIMIT", "ITEM_GET_LIMIT"),
        *("RATE_LIMIT", "TRANSACTIONS_LIMIT", "TRANSACTIONS_REFRESH_LIMIT"),
        "TRANSACTIONS_SYNC_LIMIT",
    ),
    "item": (
        *("ACCESS_NOT_GRANTED", "INSTANT_MATCH_FAILED", "INSUFFICIENT_CREDENTIALS"),
        *("INVALID_CREDENTIALS", "INVALID_MFA", "INVALID_SEND_METHOD", "INVALID_PHONE_NUMBER"),
        *("INVALID_OTP", "INVALID_UPDATED_USERNAME", "ITEM_CONCURRENTLY_DELETED", "ITEM_LOCKED"),
        *("ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND", "ITEM_NOT_SUPPORTED"),
        *("MANUAL_VERIFICATION_REQUIRED", "MFA_NOT_SUPPORTED", "NO_ACCOUNTS", "NO_AUTH_ACCOUNTS"),
        *("NO_INVESTMENT_ACCOUNTS", "NO_INVESTMENT_AUTH_ACCOUNTS", "NO_LIABILITY_ACCOUNTS"),
        *("PASSWORD_RESET_REQUIRED", "PRODUCT_NOT_ENABLED", "PRODUCT_NOT_READY"),
        *("PRODUCTS_NOT_SUPPORTED", "USER_SETUP_REQUIRED", "USER_INPUT_TIMEOUT"),
    ),
}


def test_every_error_page_is_counted() -> None:
    """Plaid's 21 error pages, every one counted: plaid.error_code is held whole."""
    assert len(PAGES) == 21
    pages = {s for s in spec_data()["sources"] if s.startswith("plaid-errors-")}
    assert pages - {"plaid-errors-copy"} == {f"plaid-errors-{page}" for page in PAGES}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_drift_counts_each_page_whole(page: str) -> None:
    listed = len(PAGES[page])
    assert counts(f"plaid-errors-{page}")["plaid.error_code"] == (listed, listed)


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_code_a_page_lists_is_a_code_citing_it(page: str) -> None:
    address = f"https://plaid.com/docs/errors/{page}/"
    for value in PAGES[page]:
        member = plaid.ErrorCode(value)
        assert address in [s.url for s in member.info.sources], value
