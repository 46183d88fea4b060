"""Stripe Financial Connections, read from its pinned sources: the OpenAPI description
(stripe/openapi openapi/spec3.yaml at 63a67463, API version 2023-08-16: the enums of
financial_connections.account status, the balance and ownership refresh statuses and api_errors
type), the React Native SDK's Financial Connections types (stripe/stripe-react-native
src/types/FinancialConnections.ts at 42283e61: onEvent's event names and error codes, the account
and refresh statuses, the sheet errors), the Node.js library (stripe/stripe-node at 66394216:
src/resources/Events.ts for the event types and their comments, src/resources/
FinancialConnections/Accounts.ts for status_details, test/StripeResource.spec.ts for an error
body), the Python library (stripe/stripe-python at 6c6e3736: stripe/_webhook.py for
Stripe-Signature, tests/test_api_requestor.py for an error body), and Stripe's pages (the API
reference's Event object example, the Financial Connections webhooks, disconnections and relink
guides, the changelog of the two payment-method error codes, the Terminal Android SDK's
ApiErrorType). Expected values are typed from those files and pages, never from the catalog.

Stripe's webhook signatures as its libraries read them on shared vectors are the subject of
tests/webhooks/test_stripe_signatures.py; here a published body is signed and received."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
import stripe as stripe_library

import bankcodes
from bankcodes import Category, SignatureError, UnknownCode, payloads, signatures, stripe
from bankcodes.delivery import DELIVERY
from tests.support.helpers import ROOT, spec_data

RN = "https://github.com/stripe/stripe-react-native/blob/42283e614e00cc51b01b14b9edc9be11dbf65f5c/"
NODE = "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/"

# Stripe's pages and Events.ts write some apostrophes as U+2019: the expected texts keep it (as
# \u2019); the comments quoting them write it as '.

#: stripe-react-native src/types/FinancialConnections.ts at 42283e61, enum
#: FinancialConnectionsEventName: every value, in the enum's order, with its doc comment.
FC_EVENT_NAMES = {
    "open": "Invoked when the sheet successfully opens.",
    "manual_entry_initiated": "Invoked when the manual entry flow is initiated.",
    "consent_acquired": 'Invoked when "Agree and continue" is selected on the consent pane.',
    "search_initiated": "Invoked when the search bar is selected, the user inputs search terms, "
    "and receives an API response.",
    "institution_selected": "Invoked when an institution is selected, either from featured "
    "institutions or search results.",
    "institution_authorized": "Invoked when the authorization is successfully completed.",
    "accounts_selected": 'Invoked when accounts are selected and "confirm" is selected.',
    "success": "Invoked when the flow is completed and selected accounts are correctly connected "
    "to the payment instrument.",
    "error": "Invoked when an error is encountered. Refer to error codes for more details.",
    "cancel": 'Invoked when the flow is cancelled, typically by the user pressing the "X" button.',
    "flow_launched_in_browser": "Invoked when the modal is launched in an external browser. After "
    "this event, no other events will be sent until the completion of the browser session.",
}

#: The same file, enum FinancialConnectionsEventErrorCode (metadata.errorCode of an event): every
#: value, in order, with its doc comment.
FC_EVENT_ERROR_CODES = {
    "account_numbers_unavailable": "The system could not retrieve account numbers for selected "
    "accounts.",
    "accounts_unavailable": "The system could not retrieve accounts for the selected institution.",
    "no_debitable_account": "For payment flows, no debitable account was available at the "
    "selected institution.",
    "authorization_failed": "Authorization with the selected institution has failed.",
    "institution_unavailable_planned": "The selected institution is down for expected maintenance.",
    "institution_unavailable_unplanned": "The selected institution is unexpectedly down.",
    "institution_timeout": "A timeout occurred while communicating with our partner or downstream "
    "institutions.",
    "unexpected_error": "An unexpected error occurred, either in an API call or on the "
    "client-side.",
    "session_expired": "The client secret that powers the session has expired.",
    "failed_bot_detection": "The hCaptcha challenge failed.",
}

#: The same file: `export type AccountStatus = 'active' | 'inactive' | 'disconnected';`,
#: `export type BalanceRefreshStatus = 'failed' | 'pending' | 'succeeded';` and
#: `export enum FinancialConnectionsSheetError { Failed = 'Failed', Canceled = 'Canceled' }`.
RN_ACCOUNT_STATUSES = ["active", "inactive", "disconnected"]
RN_REFRESH_STATUSES = {"failed", "pending", "succeeded"}
RN_SHEET_ERRORS = ["Failed", "Canceled"]

#: stripe/openapi openapi/spec3.yaml at 63a67463: the enum of
#: components.schemas.financial_connections.account.properties.status ("The status of the link to
#: the account."), of bank_connections_resource_balance_refresh and
#: bank_connections_resource_ownership_refresh status ("The status of the last refresh
#: attempt."), and of api_errors.type.
OPENAPI_ACCOUNT_STATUSES = {"active", "disconnected", "inactive"}
OPENAPI_BALANCE_REFRESH_STATUSES = {"failed", "pending", "succeeded"}
OPENAPI_OWNERSHIP_REFRESH_STATUSES = {"failed", "pending", "succeeded"}
OPENAPI_API_ERROR_TYPES = {"api_error", "card_error", "idempotency_error", "invalid_request_error"}

#: stripe-node src/resources/FinancialConnections/Accounts.ts at 66394216: Account.Status,
#: TransactionRefresh.Status (newer than the 2023 OpenAPI file), and StatusDetails.Active's
#: `Action = 'none' | 'relink_required'` and `Cause = 'access_expired' |
#: 'institution_requirement' | 'unspecified'` (each `| OtherString`).
NODE_ACCOUNT_STATUSES = {"active", "disconnected", "inactive"}
NODE_TRANSACTION_REFRESH_STATUSES = {"failed", "pending", "succeeded"}
NODE_ACTIONS = {"none", "relink_required"}
NODE_CAUSES = {"access_expired", "institution_requirement", "unspecified"}

#: stripe-node src/resources/Events.ts at 66394216: every 'financial_connections.*' value of the
#: Event.Type union (lines 192-205), with the doc comment of its event interface, verbatim (with
#: its backticks and its mixed ASCII and U+2019 apostrophes), and the comment of
#: SetupIntentCreatedEvent, the type of the only Event example of Stripe's API reference.
EVENT_TYPES = {
    "financial_connections.account.account_numbers_updated": "Occurs when a Financial "
    "Connections account's account numbers are updated.",
    "financial_connections.account.created": "Occurs when a new Financial Connections account is "
    "created.",
    "financial_connections.account.deactivated": "Occurs when a Financial Connections account's "
    "status is updated from `active` to `inactive`.",
    "financial_connections.account.disconnected": "Occurs when a Financial Connections account is "
    "disconnected.",
    "financial_connections.account.expected_deactivation_date_updated": "Occurs when a Financial "
    "Connections account\u2019s `expected_deactivation_date` changes.",
    "financial_connections.account.reactivated": "Occurs when a Financial Connections account's "
    "status is updated from `inactive` to `active`.",
    "financial_connections.account.refreshed_balance": "Occurs when an Account\u2019s "
    "`balance_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    "financial_connections.account.refreshed_ownership": "Occurs when an Account\u2019s "
    "`ownership_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    "financial_connections.account.refreshed_transactions": "Occurs when an Account\u2019s "
    "`transaction_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    "financial_connections.account.supported_payment_method_types_updated": "Occurs when the "
    "supported_payment_method_types array on a Financial Connections account changes.",
    "financial_connections.account.upcoming_account_number_expiry": "Occurs when an Account\u2019s "
    "tokenized account number is about to expire.",
    "financial_connections.account.upcoming_deactivation": "Occurs when a Financial Connections "
    "account is about to become `inactive`.",
    "financial_connections.authorization.expected_deactivation_date_updated": "Occurs when a "
    "Financial Connections authorization\u2019s `expected_deactivation_date` changes.",
    "financial_connections.authorization.upcoming_deactivation": "Occurs when a Financial "
    "Connections authorization is about to become `inactive`.",
    "setup_intent.created": "Occurs when a new SetupIntent is created.",
}

#: https://stripe.dev/stripe-terminal-android/v2/external/com.stripe.stripeterminal.external.api/
#: -api-error-type/index.html: the entry of each @Json(name = ...) value of api_errors.type.
API_ERROR_TYPE_WORDS = {
    "api_error": "API errors cover any other type of problem (e.g., a temporary problem with "
    "Stripe's servers), and are extremely uncommon.",
    "card_error": "Card errors are the most common type of error you should expect to handle. "
    "They result when the user enters a card that can't be charged for some reason.",
    "idempotency_error": "Idempotency errors occur when an Idempotency-Key is re-used on a request "
    "that does not match the first request's API endpoint and parameters.",
    "invalid_request_error": "Invalid request errors arise when your request has invalid "
    "parameters.",
}
#: The same page's other entries, which the API's enum does not list (the SDK's own errors).
TERMINAL_ONLY_TYPES = ("rate_limit_error", "authentication_error", "api_connection_error")

#: https://docs.stripe.com/changelog/clover/2025-09-30/financial-connections-payment-method-error-
#: codes.md: "Stripe returns one of the following error codes:", each with its instruction.
API_ERROR_CODES = {
    "financial_connections_account_pending_account_numbers": "If you receive this error, retry "
    "the request later.",
    "financial_connections_account_unavailable_account_numbers": "If you receive this error, "
    "prompt your user to link a different bank account.",
}

#: https://docs.stripe.com/api/events/object?api-version=2024-06-20: the Event object example,
#: byte for byte as the page shows it (setup_intent.created).
PUBLISHED_EVENT = """{
  "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
  "object": "event",
  "api_version": "2019-02-19",
  "created": 1686089970,
  "data": {
    "object": {
      "id": "seti_1NG8Du2eZvKYlo2C9XMqbR0x",
      "object": "setup_intent",
      "application": null,
      "automatic_payment_methods": null,
      "cancellation_reason": null,
      "client_secret": "seti_1NG8Du2eZvKYlo2C9XMqbR0x_secret_O2CdhLwGFh2Aej7bCY7qp8jlIuyR8DJ",
      "created": 1686089970,
      "customer": null,
      "description": null,
      "flow_directions": null,
      "last_setup_error": null,
      "latest_attempt": null,
      "livemode": false,
      "mandate": null,
      "metadata": {},
      "next_action": null,
      "on_behalf_of": null,
      "payment_method": "pm_1NG8Du2eZvKYlo2CYzzldNr7",
      "payment_method_options": {
        "acss_debit": {
          "currency": "cad",
          "mandate_options": {
            "interval_description": "First day of every month",
            "payment_schedule": "interval",
            "transaction_type": "personal"
          },
          "verification_method": "automatic"
        }
      },
      "payment_method_types": [
        "acss_debit"
      ],
      "single_use_mandate": null,
      "status": "requires_confirmation",
      "usage": "off_session"
    }
  },
  "livemode": false,
  "pending_webhooks": 0,
  "request": {
    "id": null,
    "idempotency_key": null
  },
  "type": "setup_intent.created"
}"""

#: stripe-node test/StripeResource.spec.ts at 66394216 (a mocked response) and stripe-python
#: tests/test_api_requestor.py at 6c6e3736 (a stubbed response), with the type each decides by.
ERROR_BODIES: list[tuple[dict[str, Any], str]] = [
    (
        {"error": {"type": "invalid_request_error", "message": "No such customer"}},
        "invalid_request_error",
    ),
    ({"error": {"type": "idempotency_error"}}, "idempotency_error"),
]

#: generated/fixtures/webhooks/test-keys.json: bankcodes' published test secret for Stripe.
SECRET: str = json.loads(
    (ROOT / "generated" / "fixtures" / "webhooks" / "test-keys.json").read_text(encoding="utf-8")
)["secrets"]["stripe"]
#: An instant to sign at, 2025-01-01T00:00:00Z, and its Unix time (Stripe's t=).
SIGNED_AT = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
T0 = 1_735_689_600


def _at(seconds: int) -> datetime.datetime:
    """The instant `seconds` after SIGNED_AT (before it when negative)."""
    return SIGNED_AT + datetime.timedelta(seconds=seconds)


def _provider_words(member: Any, field: str, source_id: str) -> None:
    wording = member.info.whose(field)
    assert wording is not None and wording.by == "provider", (member, field)
    assert source_id in [source.id for source in wording.sources], (member, field)


def _bankcodes_words(member: Any, field: str = "description") -> None:
    wording = member.info.whose(field)
    assert wording is not None and wording.by == "bankcodes", (member, field)


# The account status.


def test_the_account_statuses_are_the_openapi_enum_in_the_sdks_order() -> None:
    values = [member.value for member in stripe.AccountStatus]
    assert set(values) == OPENAPI_ACCOUNT_STATUSES == NODE_ACCOUNT_STATUSES
    assert values == RN_ACCOUNT_STATUSES
    for value in values:
        assert bankcodes.classify("stripe", value) is stripe.AccountStatus(value).category


def test_the_account_statuses_in_stripes_words() -> None:
    inactive = stripe.AccountStatus.inactive
    # docs.stripe.com/financial-connections/webhooks, the deactivated row: "New data refreshes
    # aren't allowed on inactive accounts, but previously refreshed data stays available."
    assert inactive.description == (
        "New data refreshes aren\u2019t allowed on inactive accounts, but previously refreshed "
        "data stays available."
    )
    _provider_words(inactive, "description", "stripe-docs-fc-webhooks")
    # stripe.com/docs/financial-connections/disconnections: its second paragraph's first sentence,
    # and "To regain access to new account data, your user needs to re-authenticate their
    # account through the authentication flow.", Stripe's advice.
    disconnected = stripe.AccountStatus.disconnected
    assert disconnected.description == (
        "Although you can\u2019t refresh data on a disconnected account, you can access previously "
        "refreshed account data."
    )
    assert disconnected.advice == (
        "To regain access to new account data, your user needs to re-authenticate their account "
        "through the authentication flow."
    )
    _provider_words(disconnected, "description", "stripe-docs-fc-disconnections")
    _provider_words(disconnected, "advice", "stripe-docs-fc-disconnections")
    # Stripe describes no "active" in its own sentence: bankcodes' words.
    assert stripe.AccountStatus.active.info.editorial
    _bankcodes_words(stripe.AccountStatus.active)
    # The re-authentication is the customer's to do, through Stripe's flow: a reconnection.
    assert disconnected.category is Category.RECONNECT_REQUIRED
    assert disconnected.end_user_can_retry and not disconnected.retryable


def test_the_account_moves_stripe_publishes() -> None:
    # Events.ts: deactivated "from `active` to `inactive`", reactivated "from `inactive` to
    # `active`"; the disconnections guide: the disconnect request "returns the account with an
    # updated status" ("status": "disconnected").
    active, inactive, disconnected = (
        stripe.AccountStatus.active,
        stripe.AccountStatus.inactive,
        stripe.AccountStatus.disconnected,
    )
    assert active.next_statuses is not None and inactive.next_statuses is not None
    assert inactive in active.next_statuses and disconnected in active.next_statuses
    assert active in inactive.next_statuses
    # That accounts start active, and that an inactive one can be disconnected, is bankcodes'
    # reading: the transitions are marked as its own.
    transitions = spec_data()["providers"]["stripe"]["code_sets"]["account_status"]["transitions"]
    assert transitions["editorial"] is True


def test_a_status_no_enum_lists_is_kept_unknown() -> None:
    # The Refresh Account reference's example response shows an Account with "status":
    # "pending", which neither the OpenAPI enum nor the SDKs list.
    parsed = stripe.AccountStatus.parse("pending")
    assert isinstance(parsed, UnknownCode) and parsed.value == "pending"
    assert bankcodes.classify("stripe", "pending", code_set="account_status") is Category.UNKNOWN
    # Without the code set, "pending" is the refresh status that Events.ts names.
    assert bankcodes.classify("stripe", "pending") is Category.PENDING


# The refresh status.


def test_the_refresh_statuses_are_the_openapi_and_sdk_enums() -> None:
    values = {member.value for member in stripe.RefreshStatus}
    assert values == OPENAPI_BALANCE_REFRESH_STATUSES == OPENAPI_OWNERSHIP_REFRESH_STATUSES
    assert values == RN_REFRESH_STATUSES == NODE_TRANSACTION_REFRESH_STATUSES


def test_a_refresh_moves_from_pending_to_succeeded_or_failed() -> None:
    # Events.ts, refreshed_balance, refreshed_ownership and refreshed_transactions: the "status
    # transitions from `pending` to either `succeeded` or `failed`".
    pending = stripe.RefreshStatus.pending
    assert pending.next_statuses == (stripe.RefreshStatus.succeeded, stripe.RefreshStatus.failed)
    assert stripe.RefreshStatus.succeeded.next_statuses == ()
    assert stripe.RefreshStatus.failed.next_statuses == ()
    transitions = spec_data()["providers"]["stripe"]["code_sets"]["refresh_status"]["transitions"]
    assert not transitions.get("editorial", False)
    assert transitions["sources"] == ["stripe-node-events"]
    # A status that moves on to an outcome is still under way; "succeeded" is the good one.
    assert pending.category is Category.PENDING
    assert stripe.RefreshStatus.succeeded.category is Category.SUCCESS
    # Stripe gives the refresh statuses no sentence of their own: their texts are bankcodes'.
    for member in stripe.RefreshStatus:
        assert member.info.editorial, member
        _bankcodes_words(member)


# The React Native SDK: onEvent's names and error codes, and the sheet's errors.


def test_the_sdk_event_names_are_its_enum_in_its_words() -> None:
    assert [member.value for member in stripe.FcEventName] == list(FC_EVENT_NAMES)
    for value, text in FC_EVENT_NAMES.items():
        member = stripe.FcEventName(value)
        assert (member.description, member.info.editorial) == (text, False), value
        _provider_words(member, "description", "stripe-rn-fc-types")
        assert RN + "src/types/FinancialConnections.ts" in [s.url for s in member.sources]


def test_the_sdk_event_names_categories() -> None:
    # "the flow is cancelled" is a cancellation; "the flow is completed and selected accounts are
    # correctly connected" a success; "an error is encountered" says no more than that an error
    # happened (its errorCode says which): a failure without a cause of its own.
    assert stripe.FcEventName.cancel.category is Category.CANCELLED
    assert stripe.FcEventName.success.category is Category.SUCCESS
    assert stripe.FcEventName.error.category is Category.GENERIC_FAILURE
    # The other names are steps of the flow ("Invoked when ... is selected", "... opens").
    steps = set(FC_EVENT_NAMES) - {"cancel", "success", "error"}
    for value in steps:
        assert bankcodes.classify("stripe", value) is Category.INFORMATIONAL, value


def test_the_sdk_event_error_codes_are_its_enum_in_its_words() -> None:
    assert [member.value for member in stripe.FcEventErrorCode] == list(FC_EVENT_ERROR_CODES)
    for value, text in FC_EVENT_ERROR_CODES.items():
        member = stripe.FcEventErrorCode(value)
        assert (member.description, member.info.editorial) == (text, False), value
        _provider_words(member, "description", "stripe-rn-fc-types")


def test_the_sdk_event_error_codes_categories() -> None:
    # "The selected institution is down for expected maintenance" / "is unexpectedly down": the
    # institution cannot be reached for now, so trying later may work.
    for value in ("institution_unavailable_planned", "institution_unavailable_unplanned"):
        member = stripe.FcEventErrorCode(value)
        assert member.category is Category.INSTITUTION_UNAVAILABLE, value
        assert member.retryable, value
    # "The client secret that powers the session has expired."
    expired = stripe.FcEventErrorCode.session_expired
    assert expired.category is Category.SESSION_EXPIRED
    assert bankcodes.classify("stripe", "session_expired") is Category.SESSION_EXPIRED
    # "An unexpected error occurred": no cause is given.
    assert stripe.FcEventErrorCode.unexpected_error.category is Category.GENERIC_FAILURE


def test_the_sheet_errors_are_the_sdks_enum() -> None:
    assert [member.value for member in stripe.SheetErrorCode] == RN_SHEET_ERRORS
    # The enum has no comments: both texts are bankcodes'. "Canceled" names a cancellation.
    for member in stripe.SheetErrorCode:
        assert member.info.editorial, member
        _bankcodes_words(member)
    assert stripe.SheetErrorCode("Canceled").category is Category.CANCELLED


def test_the_sdk_code_sets_are_scoped_to_react_native() -> None:
    code_sets = spec_data()["providers"]["stripe"]["code_sets"]
    for name in ("fc_event_name", "fc_event_error_code", "sheet_error"):
        assert code_sets[name]["scope"] == {"sdks": ["react-native"]}, name
        assert code_sets[name]["sources"] == ["stripe-rn-fc-types"], name


# The API's error types and the two Financial Connections error codes.


def test_the_api_error_types_are_the_openapi_enum_and_the_docs_list() -> None:
    values = {member.value for member in stripe.ApiErrorType}
    assert values == OPENAPI_API_ERROR_TYPES
    # docs.stripe.com/api/errors, attribute type: "The type of error returned. One of
    # api_error, card_error, idempotency_error, or invalid_request_error".
    listed = "api_error, card_error, idempotency_error, or invalid_request_error"
    assert values == set(listed.replace("or ", "").split(", "))


def test_the_api_error_types_in_stripes_words() -> None:
    for value, text in API_ERROR_TYPE_WORDS.items():
        member = stripe.ApiErrorType(value)
        assert (member.description, member.info.editorial) == (text, False), value
        _provider_words(member, "description", "stripe-dev-terminal-api-error-type")
    # The Terminal SDK's own types are not values of the API's error body.
    for value in TERMINAL_ONLY_TYPES:
        assert isinstance(stripe.ApiErrorType.parse(value), UnknownCode), value
        assert bankcodes.classify("stripe", value) is Category.UNKNOWN, value


def test_the_api_error_types_categories() -> None:
    # "your request has invalid parameters" and an Idempotency-Key "re-used on a request that
    # does not match the first request": the integrator's request is wrong.
    assert stripe.ApiErrorType.invalid_request_error.category is Category.INTEGRATION_ERROR
    assert stripe.ApiErrorType.idempotency_error.category is Category.INTEGRATION_ERROR
    assert not stripe.ApiErrorType.invalid_request_error.retryable
    # "any other type of problem (e.g., a temporary problem with Stripe's servers)": no cause,
    # and temporary, so a later retry may succeed.
    assert stripe.ApiErrorType.api_error.category is Category.GENERIC_FAILURE
    assert stripe.ApiErrorType.api_error.retryable


def test_the_two_financial_connections_error_codes() -> None:
    assert [member.value for member in stripe.ApiErrorCode] == list(API_ERROR_CODES)
    for value, advice in API_ERROR_CODES.items():
        member = stripe.ApiErrorCode(value)
        assert member.advice == advice, value
        _provider_words(member, "advice", "stripe-changelog-fc-pm-error-codes")
        # The changelog gives one sentence for both codes: each description is bankcodes'.
        assert member.info.editorial, value
        _bankcodes_words(member)
        assert bankcodes.classify("stripe", value) is member.category
    # "retry the request later": the same request may succeed later.
    pending = stripe.ApiErrorCode.financial_connections_account_pending_account_numbers
    assert pending.retryable
    # "prompt your user to link a different bank account": this account cannot be used.
    unavailable = stripe.ApiErrorCode.financial_connections_account_unavailable_account_numbers
    assert unavailable.category is Category.ACCOUNT_UNAVAILABLE
    assert not unavailable.retryable


def test_no_http_status_is_claimed_where_stripe_publishes_none() -> None:
    # docs.stripe.com/api/errors' HTTP Status Code Summary maps statuses (400, 401, 402, ...) to
    # meanings, not to error types or codes, and the changelog gives the two codes no status.
    for code_set in stripe.CODE_SETS:
        for member in code_set:
            assert member.http_statuses == (), member


# The account's status details (stripe-node Accounts.ts, the relink guide).


def test_the_status_details_are_the_node_librarys_unions() -> None:
    assert {member.value for member in stripe.StatusDetailsAction} == NODE_ACTIONS
    assert {member.value for member in stripe.StatusDetailsCause} == NODE_CAUSES
    # docs.stripe.com/financial-connections/relink/api/data-products: "Accounts that you can't
    # repair have a `status_details.inactive.action` of `none`." (its code marks left out).
    none = stripe.StatusDetailsAction("none")
    assert none.description == (
        "Accounts that you can\u2019t repair have a status_details.inactive.action of none."
    )
    _provider_words(none, "description", "stripe-docs-fc-relink-data-products")
    # Its example, "you can't repair a closed account unless your customer reopens it": the
    # account cannot be used. relink_required names the relink flow the guide describes.
    assert none.category is Category.ACCOUNT_UNAVAILABLE
    relink = stripe.StatusDetailsAction("relink_required")
    assert relink.category is Category.RECONNECT_REQUIRED
    assert bankcodes.classify("stripe", "none", code_set=stripe.StatusDetailsAction) is (
        Category.ACCOUNT_UNAVAILABLE
    )
    # The Node comments describe the fields only: every cause's text is bankcodes'.
    for member in stripe.StatusDetailsCause:
        assert member.info.editorial, member
        _bankcodes_words(member)


# The event types.


def test_the_event_types_are_the_node_librarys_in_its_words() -> None:
    assert {member.value for member in stripe.EventType} == set(EVENT_TYPES)
    for value, text in EVENT_TYPES.items():
        member = stripe.EventType(value)
        assert (member.description, member.info.editorial) == (text, False), value
        _provider_words(member, "description", "stripe-node-events")
        assert NODE + "src/resources/Events.ts" in [s.url for s in member.sources], value
        # An event type names what happened; the Account in data.object carries the outcome.
        assert member.category is Category.INFORMATIONAL, value


def test_the_webhooks_pages_events_are_members() -> None:
    # docs.stripe.com/financial-connections/webhooks.md: "Core webhooks ... include" created,
    # deactivated and reactivated; its table (the copy is cut inside the deactivated row)
    # begins with created and deactivated.
    for value in (
        "financial_connections.account.created",
        "financial_connections.account.deactivated",
        "financial_connections.account.reactivated",
    ):
        assert stripe.EventType(value).known, value
    # setup_intent.created is no Financial Connections event: the set says why it is there.
    notes = stripe.EventType("setup_intent.created").info.notes or ""
    assert "Not a Financial Connections event" in notes


# Classifying, and the payloads.


def test_classify_reads_each_value_in_its_only_code_set() -> None:
    # No wire value is in two of Stripe's code sets; the near ones differ by case or spelling:
    # the sheet's "Failed" and "Canceled" (the React Native enum) are not the refresh's "failed"
    # nor onEvent's "cancel".
    assert bankcodes.lookup("stripe", "failed") == (stripe.RefreshStatus.failed,)
    assert bankcodes.lookup("stripe", "Failed") == (stripe.SheetErrorCode("Failed"),)
    assert bankcodes.classify("stripe", "Canceled") is Category.CANCELLED
    assert bankcodes.classify("stripe", "canceled") is Category.UNKNOWN
    assert bankcodes.classify("stripe", "failed", code_set="sheet_error") is Category.UNKNOWN
    assert bankcodes.classify("stripe", "Failed", code_set="sheet_error") is (
        stripe.SheetErrorCode("Failed").category
    )
    assert bankcodes.classify("stripe", "failed", code_set=stripe.RefreshStatus) is (
        Category.GENERIC_FAILURE
    )
    assert bankcodes.classify("stripe", "resource_missing") is Category.UNKNOWN
    assert bankcodes.classify("stripe", None) is Category.UNKNOWN


def test_the_published_event_is_recognised_and_decided_by_its_type() -> None:
    data = json.loads(PUBLISHED_EVENT)
    assert payloads.recognise(data) == ("stripe/event",)
    model = payloads.validate("stripe/event", data, strict=True)
    assert type(model).__name__ == "SetupIntentCreatedEvent"
    found = payloads.decisive_code("stripe/event", data)
    assert found is not None and found.path == "$.type"
    assert found.code is stripe.EventType("setup_intent.created")


@pytest.mark.parametrize(("body", "error_type"), ERROR_BODIES)
def test_a_published_error_body_is_recognised_and_decided_by_its_type(
    body: dict[str, Any], error_type: str
) -> None:
    assert payloads.recognise(body) == ("stripe/api-error",)
    found = payloads.decisive_code("stripe/api-error", body)
    assert found is not None and found.path == "$.error.type"
    assert found.code is stripe.ApiErrorType(error_type)


def test_an_error_code_decides_before_its_type_when_it_is_known() -> None:
    # The changelog: before these codes, the error "appeared as an invalid request"; the code
    # tells which (the body is made up, its fields Stripe's api_errors schema's).
    code = "financial_connections_account_pending_account_numbers"
    body = {"error": {"type": "invalid_request_error", "code": code}}
    found = payloads.decisive_code("stripe/api-error", body)
    assert found is not None and found.path == "$.error.code"
    assert found.code is stripe.ApiErrorCode(code)
    # A code the catalog does not hold (Stripe has many) is kept unknown; the type decides.
    other = {"error": {"type": "invalid_request_error", "code": "resource_missing"}}
    read = payloads.codes("stripe/api-error", other)
    assert [(f.path, f.code.value) for f in read] == [
        ("$.error.code", "resource_missing"),
        ("$.error.type", "invalid_request_error"),
    ]
    assert isinstance(read[0].code, UnknownCode)
    decided = payloads.decisive_code("stripe/api-error", other)
    assert decided is not None and decided.path == "$.error.type"


def test_an_inactive_accounts_status_details_decide_before_its_status() -> None:
    # A deactivated event as Events.ts types it (data.object: the Account), its
    # status_details.inactive as the relink guide describes it; the values are made up.
    event = {
        "id": "evt_made_up",
        "object": "event",
        "api_version": "2026-06-24.dahlia",
        "created": T0,
        "livemode": False,
        "pending_webhooks": 1,
        "request": None,
        "type": "financial_connections.account.deactivated",
        "data": {
            "object": {
                "id": "fca_made_up",
                "object": "financial_connections.account",
                "status": "inactive",
                "status_details": {"inactive": {"action": "none", "cause": "access_expired"}},
            }
        },
    }
    assert payloads.recognise(event) == ("stripe/event",)
    read = payloads.codes("stripe/event", event)
    assert [f.code for f in read] == [
        stripe.StatusDetailsAction("none"),
        stripe.StatusDetailsCause("access_expired"),
        stripe.AccountStatus.inactive,
        stripe.EventType("financial_connections.account.deactivated"),
    ]
    found = payloads.decisive_code("stripe/event", event)
    assert found is not None and found.path == "$.data.object.status_details.inactive.action"


# Receiving a signed delivery.


def _delivery(timestamp: int, secret: str = SECRET) -> dict[str, str]:
    # stripe-python's own test helper: "t={timestamp},v1={HMAC-SHA256 of 'timestamp.payload'}".
    header = stripe_library.WebhookSignature.generate_signature_header(
        PUBLISHED_EVENT, secret, timestamp=timestamp
    )
    return {"content-type": "application/json", "Stripe-Signature": header}


def test_bankcodes_signs_as_stripes_library_does() -> None:
    signed = bankcodes.sign("stripe", PUBLISHED_EVENT.encode(), SECRET, now=SIGNED_AT)
    stripes = stripe_library.WebhookSignature.generate_signature_header(
        PUBLISHED_EVENT, SECRET, timestamp=T0
    )
    assert signed == {"Stripe-Signature": stripes}
    assert stripes.startswith(f"t={T0},v1=")


def test_the_published_event_signed_by_stripes_library_is_received() -> None:
    body = PUBLISHED_EVENT.encode()
    event = bankcodes.receive("stripe", body, _delivery(T0), SECRET, now=SIGNED_AT)
    assert event.signed and event.header == "Stripe-Signature" and event.secret_index == 0
    assert event.algorithm == "sha256"
    assert event.kind == "stripe/event"
    assert event.type is stripe.EventType("setup_intent.created")
    assert type(event.payload).__name__ == "SetupIntentCreatedEvent"
    # Events.ts EventBase: id, "Unique identifier for the object.": the deduplication key.
    assert event.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.code is stripe.EventType("setup_intent.created")


def test_a_resent_event_signed_anew_gives_the_same_key() -> None:
    # Stripe resends an undelivered event for up to three days (process-undelivered-events),
    # signing each attempt with its own timestamp: the key is the event's id both times.
    body = PUBLISHED_EVENT.encode()
    first = bankcodes.receive("stripe", body, _delivery(T0), SECRET, now=SIGNED_AT)
    again = bankcodes.receive("stripe", body, _delivery(T0 + 3600), SECRET, now=_at(3610))
    assert again.dedup_key == first.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"


def test_a_signature_older_than_stripes_tolerance_is_refused_by_default() -> None:
    # stripe/_webhook.py: Webhook.DEFAULT_TOLERANCE = 300, refused when "timestamp < time.time()
    # - tolerance": 300 s old passes, 301 s old does not.
    body = PUBLISHED_EVENT.encode()
    headers = _delivery(T0)
    assert bankcodes.receive("stripe", body, headers, SECRET, now=_at(300)).signed
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", body, headers, SECRET, now=_at(301))
    assert refused.value.reason == "stale_timestamp"
    # A longer tolerance asked for is used instead.
    longer = datetime.timedelta(seconds=600)
    assert bankcodes.receive("stripe", body, headers, SECRET, now=_at(301), tolerance=longer)


def test_a_signature_from_ahead_of_the_clock_is_accepted() -> None:
    # Only old timestamps are refused (stripe-python: `timestamp < time.time() - tolerance`;
    # stripe-node: `timestampAge > tolerance`): a sender's clock ahead of ours passes.
    body = PUBLISHED_EVENT.encode()
    ahead = bankcodes.receive("stripe", body, _delivery(T0 + 3600), SECRET, now=SIGNED_AT)
    assert ahead.signed and ahead.dedup_key == "stripe:id:evt_1NG8Du2eZvKYlo2CUI79vXWy"


def test_a_forged_delivery_is_refused() -> None:
    headers = _delivery(T0)
    forged = PUBLISHED_EVENT.replace(
        '"livemode": false,\n  "pending', '"livemode": true,\n  "pending'
    )
    assert forged != PUBLISHED_EVENT
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", forged.encode(), headers, SECRET, now=SIGNED_AT)
    assert refused.value.reason == "mismatch"
    # The published body signed with another endpoint's secret.
    other = _delivery(T0, secret="whsec_another_endpoint")
    with pytest.raises(SignatureError) as refused:
        bankcodes.receive("stripe", PUBLISHED_EVENT.encode(), other, SECRET, now=SIGNED_AT)
    assert refused.value.reason == "mismatch"


def test_an_event_type_the_catalog_does_not_hold_is_kept_unknown() -> None:
    # Stripe sends many other event types (Events.ts lists some 260); one is received as it is.
    body = PUBLISHED_EVENT.replace('"type": "setup_intent.created"', '"type": "customer.created"')
    headers = bankcodes.sign("stripe", body, SECRET, now=SIGNED_AT)
    event = bankcodes.receive("stripe", body, headers, SECRET, now=SIGNED_AT)
    assert isinstance(event.type, UnknownCode) and event.type.value == "customer.created"
    assert type(event.payload).__name__ == "OtherEvent"
    assert bankcodes.classify("stripe", "customer.created") is Category.UNKNOWN


def test_the_signing_scheme_is_stripes_libraries() -> None:
    # stripe/_webhook.py at 6c6e3736: EXPECTED_SCHEME = "v1", the "t" item, signed_payload =
    # "%d.%s" % (timestamp, payload), hmac sha256 hexdigest, DEFAULT_TOLERANCE = 300; its example
    # reads request.headers.get("Stripe-Signature").
    scheme = signatures.scheme_of("stripe")
    assert isinstance(scheme, signatures.HmacScheme)
    assert scheme.headers == ("Stripe-Signature",)
    assert (scheme.algorithm, scheme.encodings) == ("sha256", ("hex",))
    assert scheme.timestamp is not None
    stamp = scheme.timestamp
    assert (stamp.timestamp_label, stamp.signature_label, stamp.separator) == ("t", "v1", ".")
    assert stamp.tolerance_seconds == 300


def test_the_delivery_contract_claims_only_what_stripe_publishes() -> None:
    contract = DELIVERY["stripe"]
    assert contract.kind == "stripe/event" and contract.signed_timestamp
    assert contract.dedup == ((("id",),),)
    # process-undelivered-events says "for up to three days", no schedule nor count of attempts.
    assert contract.retry_schedule_minutes is None and contract.max_attempts is None
    assert contract.success_status is None and contract.addresses == ()
    notes = spec_data()["providers"]["stripe"]["delivery"]["notes"]
    assert "three days" in notes and "30 days" in notes
