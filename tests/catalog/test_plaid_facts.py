"""Plaid's codes against facts typed from Plaid's own sources, not from the catalog.

Sources:
- PlaidErrorType, the webhook schemas: plaid/plaid-openapi@26f1a05 2020-09-14.yml.
- Error codes, their error_type, HTTP status, description, error_message and display_message:
  Plaid's error reference pages (plaid.com/docs/errors/<type>/) as retrieved on 2026-03-07: the
  text under each code's heading and its sample "API error response".
- Link event sentences: plaid.com/docs/link/web/, as retrieved on 2026-03-07; the reCAPTCHA exit
  status: plaid.com/docs/link/react-native/ (2026-03-07).
- Link exit statuses: LinkExitMetadataStatus in plaid/react-native-plaid-link-sdk@56b6231
  src/ReactNativePlaidLinkSdk.types.ts.
- Webhook source addresses: plaid.com/docs/api/webhooks/ (2026-03-07).
"""

from __future__ import annotations

from typing import Any

import pytest

import bankcodes
from bankcodes import Category, payloads, plaid
from tests.support.helpers import spec_data

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

#: The text under the code's heading on its page, as published (code marks left out).
DESCRIPTIONS = {
    "USER_NOT_FOUND": "The provided user_id could not be found.",
    "ADDENDUM_NOT_SIGNED": (
        "Signal-only actions were taken, but the client has not signed the Signal Addendum."
    ),
    "INSTITUTION_RATE_LIMIT": "Too many requests were made to a given institution.",
    "TRANSFER_NETWORK_LIMIT_EXCEEDED": (
        "The attempted transfer exceeded the given network's amount limit."
    ),
    "MANUAL_VERIFICATION_REQUIRED": "Returned when a data request has been made for a product "
    "that requires the user to manually verify their Item via Link's update mode.",
    "ITEM_LOGIN_REQUIRED": (
        "Additional input from the user is required to continue getting data for this Item."
    ),
    "INVALID_PRODUCT": "The product is not a valid configuration value, or your client ID does "
    "not have access to this product.",
}

#: The error_message of the code's sample response; None where Plaid publishes null.
MESSAGES: dict[str, str | None] = {
    "INSTITUTIONS_GET_LIMIT": 'rate limit exceeded for attempts to access "institutions get by '
    'id". please try again later',
    "INVALID_PRODUCT": (
        'client is not authorized to access the following products: ["identity_verification"]'
    ),
    "DATA_UNAVAILABLE": "unable to pull sufficient data for all items to generate this report. "
    'please see the "causes" field for more details',
    "USER_NOT_FOUND": "The User you requested cannot be found. This User does not exist or has "
    "had access removed by the user.",
    "OAUTH_STATE_ID_ALREADY_PROCESSED": None,
    "INVALID_AUDIT_COPY_TOKEN": None,
    "INVALID_PROCESSOR_TOKEN": None,
}

#: Codes published under several error_types, each with its own sample response.
SEVERAL_TYPES = {
    "PRODUCT_NOT_READY": (
        "ITEM_ERROR",
        "ASSET_REPORT_ERROR",
        "INCOME_VERIFICATION_ERROR",
        "CONSUMER_REPORT_ERROR",
    ),
    "PRODUCT_NOT_ENABLED": ("ITEM_ERROR", "ASSET_REPORT_ERROR", "INCOME_VERIFICATION_ERROR"),
    "DATA_QUALITY_CHECK_FAILED": ("ASSET_REPORT_ERROR", "CHECK_REPORT_ERROR"),
    "DATA_UNAVAILABLE": ("ASSET_REPORT_ERROR", "CHECK_REPORT_ERROR"),
    "NO_ACCOUNTS": ("ITEM_ERROR", "CHECK_REPORT_ERROR"),
}

#: Sample responses as the pages publish them.
PUBLISHED_BODIES: tuple[dict[str, Any], ...] = (
    {
        "error_type": "INVALID_INPUT",
        "error_code": "INVALID_PROCESSOR_TOKEN",
        "error_message": None,
        "display_message": None,
        "request_id": "HNTDNrA8F1shFEW",
    },
    {
        "error_type": "OAUTH_ERROR",
        "error_code": "OAUTH_STATE_ID_ALREADY_PROCESSED",
        "error_message": None,
        "display_message": None,
        "request_id": "HNTDNrA8F1shFEW",
    },
    {
        "error_type": "INVALID_INPUT",
        "error_code": "PROFILE_AUTHENTICATION_FAILED",
        "error_message": "the profile could not be authenticated",
        "display_message": "We were not able to authenticate your access to this Plaid account.",
        "request_id": "HNTDNrA8F1shFEW",
    },
)

#: onEvent sentences of the Link web page, code marks left out.
LINK_EVENTS = {
    "OPEN": "The user has opened Link.",
    "SELECT_BRAND": "The user selected a brand, e.g. Bank of America. The SELECT_BRAND event is "
    "only emitted for large financial institutions with multiple online banking portals.",
    "IDENTITY_VERIFICATION_PASS_STEP": "The user has passed a step of the Identity Verification "
    "flow. The step is indicated by view_name.",
    "HANDOFF": "The user has exited Link after successfully linking an Item.",
}
#: onExit statuses: the web page's sentence; requires_recaptcha only on the React Native page.
LINK_EXITS = {
    "institution_not_found": "User exited the Link flow on the institution selection pane. "
    "Typically this occurs after the user unsuccessfully (no results returned) searched for a "
    "financial institution. Note that this status does not necessarily indicate that the user "
    "was unable to find their institution, as it is used for all user exits that occur from "
    "the institution selection pane, regardless of other user behavior.",
    "requires_recaptcha": "User prompted to solve a reCAPTCHA challenge",
}
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
    # "use Link's update mode to restore the item to a good state" (its error_message)
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


def test_a_code_of_a_new_error_page_is_found() -> None:
    (member,) = bankcodes.lookup("plaid", "USER_NOT_FOUND")
    assert member.value == "USER_NOT_FOUND" and member.known
    assert member.info.group == "user_error"


@pytest.mark.parametrize(("code", "text"), DESCRIPTIONS.items())
def test_descriptions_are_the_pages(code: str, text: str) -> None:
    member = plaid.ErrorCode(code)
    assert member.description == text
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"


@pytest.mark.parametrize(("code", "text"), MESSAGES.items())
def test_messages_are_the_sample_responses(code: str, text: str | None) -> None:
    assert plaid.ErrorCode(code).message == text


def test_no_message_keeps_an_escape_or_a_json_null() -> None:
    texts: list[tuple[str, str]] = []
    for code_set in plaid.CODE_SETS:
        for member in code_set:
            info = member.info
            texts += [(member.value, t) for t in (info.message, info.user_message) if t]
            texts += [(member.value, entry.message) for entry in info.http if entry.message]
    assert len(texts) > 150
    for value, text in texts:
        assert "\\" not in text and text.strip().lower() != "null", (value, text)


@pytest.mark.parametrize(("code", "types"), SEVERAL_TYPES.items())
def test_a_code_published_under_several_types_records_each(
    code: str, types: tuple[str, ...]
) -> None:
    member = plaid.ErrorCode(code)
    assert member.info.group == types[0].lower()
    contexts = [entry.context for entry in member.info.http]
    assert contexts == [f"with error_type {t}" for t in types]
    assert member.http_statuses == (400,)
    for error_type in types:
        assert plaid.ErrorType(error_type).known


def test_the_plaid_error_examples_and_published_bodies_validate_leniently() -> None:
    examples = [e["data"] for e in spec_data()["payloads"]["plaid/error"]["examples"]]
    assert len(examples) > 170
    for body in (*examples, *PUBLISHED_BODIES):
        model = payloads.validate("plaid/error", body)
        assert model.error_message == body["error_message"]
    for body in PUBLISHED_BODIES:
        assert payloads.validate("plaid/error", body, strict=True) is not None
    codes = {(e["error_type"], e["error_code"]) for e in examples}
    assert ("CHECK_REPORT_ERROR", "DATA_QUALITY_CHECK_FAILED") in codes
    assert ("ASSET_REPORT_ERROR", "DATA_QUALITY_CHECK_FAILED") in codes
    assert ("USER_ERROR", "USER_NOT_FOUND") in codes


@pytest.mark.parametrize(("event", "text"), LINK_EVENTS.items())
def test_link_events_carry_plaids_sentence(event: str, text: str) -> None:
    member = plaid.LinkEventName(event)
    assert member.description == text
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert "https://plaid.com/docs/link/web/" in {s.url for s in wording.sources}


def test_no_link_event_keeps_a_placeholder_where_plaid_has_a_sentence() -> None:
    placeholders = {
        m.value for m in plaid.LinkEventName if m.description.startswith("Link's onEvent name")
    }
    assert placeholders.isdisjoint(LINK_EVENTS) and "SUBMIT_OTP" not in placeholders


@pytest.mark.parametrize(("status", "text"), LINK_EXITS.items())
def test_link_exit_statuses_carry_plaids_sentence(status: str, text: str) -> None:
    member = plaid.LinkExitStatus(status)
    assert member.description == text
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"


def test_a_failed_precondition_of_protect_compute_is_plaids() -> None:
    # plaid-openapi@26f1a05 2020-09-14.yml, /protect/compute: "The endpoint returns HTTP 400 with
    # `error_type` = `INVALID_REQUEST` and `error_code` = `FAILED_PRECONDITION` when a required
    # precondition is not met: for link-session models, when the Link session has not completed;
    # for cash-advance models, when the user has not successfully linked any Item."
    code = plaid.ErrorCode("FAILED_PRECONDITION")
    assert code.description == (
        "A required precondition is not met: for link-session models, when the Link session has "
        "not completed; for cash-advance models, when the user has not successfully linked any "
        "Item."
    )
    assert not code.info.editorial
    assert code.info.group == "invalid_request"
    assert code.http_statuses == (400,)
    assert code.category is Category.INTEGRATION_ERROR
    assert [source.id for source in code.info.sources] == ["plaid-openapi"]
    assert code.info.scope is not None and code.info.scope.endpoints == ("POST /protect/compute",)
    assert bankcodes.classify("plaid", "FAILED_PRECONDITION") is Category.INTEGRATION_ERROR
