"""Plaid's codes against facts typed from Plaid's own sources, not from the catalog.

Sources:
- PlaidErrorType, the webhook schemas: plaid/plaid-openapi@26f1a05 2020-09-14.yml.
- Error codes, their error_type, HTTP status, description and display_message: Plaid's error
  reference pages (plaid.com/docs/errors/<type>/), as retrieved on 2026-03-07.
- Link event sentences: plaid.com/docs/link/web/, as retrieved on 2026-03-07.
- Link exit statuses: LinkExitMetadataStatus in plaid/react-native-plaid-link-sdk@56b6231
  src/ReactNativePlaidLinkSdk.types.ts.
"""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import Category, plaid

ERROR_TYPES = (
    *("INVALID_REQUEST", "INVALID_RESULT", "INVALID_INPUT", "INSTITUTION_ERROR"),
    *("RATE_LIMIT_EXCEEDED", "API_ERROR", "ITEM_ERROR", "ASSET_REPORT_ERROR"),
    *("BASE_REPORT_ERROR", "RECAPTCHA_ERROR", "OAUTH_ERROR", "PAYMENT_ERROR"),
    *("BANK_TRANSFER_ERROR", "INCOME_VERIFICATION_ERROR", "MICRODEPOSITS_ERROR"),
    *("SANDBOX_ERROR", "PARTNER_ERROR", "SIGNAL_ERROR", "TRANSACTIONS_ERROR"),
    *("TRANSACTION_ERROR", "TRANSFER_ERROR", "CHECK_REPORT_ERROR", "CONSUMER_REPORT_ERROR"),
    "USER_ERROR",
)

#: error_code -> (error_type, HTTP status) as each error's page shows them.
ERROR_CODES = {
    "ITEM_LOGIN_REQUIRED": ("ITEM_ERROR", 400),
    "INVALID_CREDENTIALS": ("ITEM_ERROR", 400),
    "INVALID_MFA": ("ITEM_ERROR", 400),
    "ITEM_LOCKED": ("ITEM_ERROR", 400),
    "NO_ACCOUNTS": ("ITEM_ERROR", 400),
    "USER_SETUP_REQUIRED": ("ITEM_ERROR", 400),
    "INSTITUTION_DOWN": ("INSTITUTION_ERROR", 400),
    "INSTITUTION_NOT_RESPONDING": ("INSTITUTION_ERROR", 400),
    "PLANNED_MAINTENANCE": ("API_ERROR", 503),
    "INTERNAL_SERVER_ERROR": ("API_ERROR", 500),
    "RATE_LIMIT": ("RATE_LIMIT_EXCEEDED", 429),
    "OAUTH_STATE_ID_ALREADY_PROCESSED": ("OAUTH_ERROR", 208),
    "CUSTOMER_NOT_FOUND": ("PARTNER_ERROR", 404),
    "INVALID_API_KEYS": ("INVALID_INPUT", 400),
    "INVALID_ACCESS_TOKEN": ("INVALID_INPUT", 400),
    "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION": ("TRANSACTIONS_ERROR", 400),
    "PAYMENT_INSUFFICIENT_FUNDS": ("PAYMENT_ERROR", 400),
}

#: The display_message of the sample error on the code's page (null on most pages).
USER_MESSAGES = {
    "INVALID_CREDENTIALS": "The provided credentials were not correct. Please try again.",
    "INVALID_MFA": "The provided MFA responses were not correct. Please try again.",
    "INSTITUTION_DOWN": "This financial institution is not currently responding to requests. "
    "We apologize for the inconvenience.",
    "PAYMENT_INSUFFICIENT_FUNDS": "There isn't enough money in this account to complete the "
    "payment. Try again, or select another account or bank.",
}
NO_USER_MESSAGE = ("ITEM_LOGIN_REQUIRED", "PLANNED_MAINTENANCE", "RATE_LIMIT")

#: (webhook_type, webhook_code) pairs, each the const pair of one webhook schema.
WEBHOOKS = (
    ("TRANSACTIONS", "SYNC_UPDATES_AVAILABLE"),
    ("AUTH", "AUTOMATICALLY_VERIFIED"),
    ("ITEM", "PENDING_EXPIRATION"),
    ("ITEM", "USER_PERMISSION_REVOKED"),
)

LINK_EXIT_STATUSES = (
    *("connected", "choose_device", "requires_account_selection", "requires_code"),
    *("requires_credentials", "requires_external_action", "requires_oauth"),
    *("requires_questions", "requires_recaptcha", "requires_selections"),
    "requires_deposit_switch_allocation_configuration",
    "requires_deposit_switch_allocation_selection",
)


def test_every_published_error_type_is_a_member() -> None:
    assert {member.value for member in plaid.ErrorType} >= set(ERROR_TYPES)


@pytest.mark.parametrize(("code", "fact"), ERROR_CODES.items())
def test_error_codes_keep_their_type_and_http_status(code: str, fact: tuple[str, int]) -> None:
    error_type, status = fact
    member = plaid.ErrorCode(code)
    assert member.info.group == error_type.lower()  # Plaid's error_type, beside the category
    assert member.http_statuses == (status,)
    assert member.category is not Category.UNKNOWN


@pytest.mark.parametrize(("code", "text"), USER_MESSAGES.items())
def test_published_user_messages_are_verbatim(code: str, text: str) -> None:
    member = plaid.ErrorCode(code)
    assert member.user_message == text
    words = member.end_user_text()
    assert words is not None
    assert (words.message, words.message_by) == (text, "provider")


@pytest.mark.parametrize("code", NO_USER_MESSAGE)
def test_no_user_message_where_plaid_publishes_none(code: str) -> None:
    member = plaid.ErrorCode(code)
    assert member.user_message is None
    words = member.end_user_text()
    assert words is None or words.message_by == "bankcodes"


@pytest.mark.parametrize(("webhook_type", "webhook_code"), WEBHOOKS)
def test_webhook_codes_belong_to_their_type(webhook_type: str, webhook_code: str) -> None:
    assert plaid.WebhookType(webhook_type).known
    code_sets = {cls.code_set().id: cls for cls in plaid.CODE_SETS}
    code_set = code_sets[f"{webhook_type.lower()}_webhook_code"]
    assert code_set(webhook_code).value == webhook_code


def test_link_exit_statuses_are_the_sdks() -> None:
    assert {member.value for member in plaid.LinkExitStatus} >= set(LINK_EXIT_STATUSES)


def test_categories_read_as_plaids_texts() -> None:
    # "They will need to reauthenticate via Link's update mode."
    assert bankcodes.classify("plaid", "ITEM_LOGIN_REQUIRED") is Category.RECONNECT_REQUIRED
    # 429 "too many requests"
    assert bankcodes.classify("plaid", "RATE_LIMIT") is Category.RATE_LIMITED
    # "the provided credentials were not correct"
    assert bankcodes.classify("plaid", "INVALID_CREDENTIALS") is Category.CREDENTIALS_INVALID
    # A code Plaid has not published yet: never a crash, the unknown category.
    assert bankcodes.classify("plaid", "SOME_FUTURE_CODE") is Category.UNKNOWN


#: Codes on Plaid's current error pages that the 2024 copy did not have: (error_type, status).
NEW_CODES = {
    "MANUAL_VERIFICATION_REQUIRED": ("ITEM_ERROR", 400),
    "INVALID_USER_ID": ("INVALID_INPUT", 400),
    "INVALID_USER_IDENTITY_DATA": ("USER_ERROR", 403),
    "PROFILE_AUTHENTICATION_FAILED": ("INVALID_INPUT", 400),
    "OAUTH_REGISTRATION_ERROR": ("PARTNER_ERROR", 400),
    "INSTITUTION_RATE_LIMIT": ("RATE_LIMIT_EXCEEDED", 429),
    "TRANSACTIONS_REFRESH_LIMIT": ("RATE_LIMIT_EXCEEDED", 429),
    "ADDENDUM_NOT_SIGNED": ("SIGNAL_ERROR", 403),
    "CLIENT_TRANSACTION_ID_ALREADY_IN_USE": ("SIGNAL_ERROR", 400),
    "INVALID_CONFIGURATION_STATE": ("SIGNAL_ERROR", 400),
    "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS": ("SIGNAL_ERROR", 403),
    "RULESET_NOT_FOUND": ("SIGNAL_ERROR", 400),
    "SIGNAL_TRANSACTION_NOT_INITIATED": ("SIGNAL_ERROR", 400),
    "TRANSFER_NETWORK_LIMIT_EXCEEDED": ("TRANSFER_ERROR", 400),
    "USER_NOT_FOUND": ("USER_ERROR", 400),
    "CONSUMER_REPORT_EXPIRED": ("CONSUMER_REPORT_ERROR", 400),
    "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED": ("CHECK_REPORT_ERROR", 400),
    "INSUFFICIENT_TRANSACTION_DATA": ("CHECK_REPORT_ERROR", 400),
    "NETWORK_CONSENT_REQUIRED": ("CHECK_REPORT_ERROR", 400),
}


@pytest.mark.parametrize(("code", "fact"), NEW_CODES.items())
def test_codes_on_plaids_current_pages_are_found(code: str, fact: tuple[str, int]) -> None:
    error_type, status = fact
    (member,) = bankcodes.lookup("plaid", code)
    assert member.info.group == error_type.lower()
    assert member.http_statuses == (status,)


def test_texts_and_statuses_are_those_of_plaids_pages() -> None:
    # "Additional input from the user is required ..." (the Item errors page).
    assert plaid.ErrorCode.ITEM_LOGIN_REQUIRED.description == (
        "Additional input from the user is required to continue getting data for this Item."
    )
    # The Invalid Request errors page answers both with http code 404.
    assert plaid.ErrorCode.NOT_FOUND.http_statuses == (404,)
    assert plaid.ErrorCode.NO_LONGER_AVAILABLE.http_statuses == (404,)
    # The message keeps Plaid's quotes, not a JSON escape.
    assert plaid.ErrorCode.INVALID_PRODUCT.message == (
        'client is not authorized to access the following products: ["identity_verification"]'
    )
    # Plaid's sample responses carry "error_message": null for these.
    for code in ("INVALID_AUDIT_COPY_TOKEN", "INVALID_PROCESSOR_TOKEN"):
        assert plaid.ErrorCode(code).message is None


def test_no_plaid_text_keeps_an_escape_or_the_string_null() -> None:
    for code_set in plaid.CODE_SETS:
        for member in code_set:
            texts = (member.description, member.message, member.user_message)
            assert not any(t and ("\\" in t or t == "null") for t in texts), member


@pytest.mark.parametrize(
    "code", ["INVALID_PRODUCTS", "PRODUCT_UNAVAILABLE", "TRANSFER_LIMIT_REACHED"]
)
def test_codes_gone_from_plaids_pages_are_kept_as_removed(code: str) -> None:
    member = plaid.ErrorCode(code)
    assert member.info.lifecycle is not None and member.info.lifecycle.state == "removed"


def test_plaids_published_error_bodies_validate_leniently() -> None:
    from bankcodes import payloads

    body = {
        "error_type": "INVALID_INPUT",
        "error_code": "INVALID_AUDIT_COPY_TOKEN",
        "error_message": None,
        "display_message": None,
        "request_id": "HNTDNrA8F1shFEW",
    }
    assert payloads.validate("plaid/error", body).error_code == "INVALID_AUDIT_COPY_TOKEN"


def test_link_events_use_plaids_sentences() -> None:
    assert plaid.LinkEventName("CLOSE_OAUTH").description == (
        "The user closed the third-party website or mobile app without completing the OAuth flow."
    )


def test_webhooks_come_from_the_addresses_plaid_publishes() -> None:
    # plaid.com/docs/api/webhooks/, "Configuring webhooks" (subject to change, Plaid says).
    from bankcodes.delivery import DELIVERY

    contract = DELIVERY["plaid"]
    assert set(contract.addresses) == {
        "52.21.26.131",
        "52.21.47.157",
        "52.41.247.19",
        "52.88.82.239",
    }
