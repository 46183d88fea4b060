"""Stripe Financial Connections' code sets and their texts, read from its pinned sources: the
OpenAPI description (stripe/openapi openapi/spec3.yaml at 63a67463, API version 2023-08-16: the
enums of financial_connections.account status, the balance and ownership refresh statuses and
api_errors type), the React Native SDK's Financial Connections types (stripe/stripe-react-native
src/types/FinancialConnections.ts at 42283e61: the account and refresh statuses; its event names,
error codes and sheet errors are read in test_stripe_sdk_codes.py), the Node.js library
(stripe/stripe-node at 66394216: src/resources/Events.ts for the event types and their comments,
src/resources/FinancialConnections/Accounts.ts for status_details), and Stripe's pages (the
Financial Connections webhooks, disconnections and relink guides, the API reference's errors page
and Refresh Account example, the changelog of the two payment-method error codes, the Terminal
Android SDK's ApiErrorType). Expected values are typed from those files and pages, never from the
catalog."""

from __future__ import annotations

import bankcodes
from bankcodes import Category, UnknownCode, stripe
from tests.support.helpers import counts, spec_data, words_by_bankcodes, words_by_provider

NODE = "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/"

# Stripe's pages and Events.ts write some apostrophes as U+2019: the expected texts keep it (as
# \u2019); the comments quoting them write it as '.

#: stripe-react-native src/types/FinancialConnections.ts at 42283e61:
#: `export type AccountStatus = 'active' | 'inactive' | 'disconnected';` and
#: `export type BalanceRefreshStatus = 'failed' | 'pending' | 'succeeded';`.
RN_ACCOUNT_STATUSES = ["active", "inactive", "disconnected"]
RN_REFRESH_STATUSES = {"failed", "pending", "succeeded"}

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
    # PaymentIntentPaymentFailedEvent and SetupIntentSetupFailedEvent: their intent's last error
    # carries the API error codes of a Financial Connections account (PaymentIntents.ts and
    # SetupIntents.ts: last_payment_error, last_setup_error).
    "payment_intent.payment_failed": "Occurs when a PaymentIntent has failed the attempt to "
    "create a payment method or a payment.",
    "setup_intent.setup_failed": "Occurs when a SetupIntent has failed the attempt to setup a "
    "payment method.",
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
    words_by_provider(inactive, "description", "stripe-docs-fc-webhooks")
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
    words_by_provider(disconnected, "description", "stripe-docs-fc-disconnections")
    words_by_provider(disconnected, "advice", "stripe-docs-fc-disconnections")
    # Stripe describes no "active" in its own sentence: bankcodes' words.
    assert stripe.AccountStatus.active.info.editorial
    words_by_bankcodes(stripe.AccountStatus.active)
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
        words_by_bankcodes(member)


# The API's error types and the two Financial Connections error codes.


def test_the_api_error_types_are_the_openapi_enum_and_the_docs_list() -> None:
    # stripe-go error.go at a1e3932f, its ErrorType constants: "// V2 error types",
    # ErrorTypeRateLimit = "rate_limit" and ErrorTypeTemporarySessionExpired =
    # "temporary_session_expired" (stripe-node's generateV2Error reads the same two).
    v2 = {"rate_limit", "temporary_session_expired"}
    values = {member.value for member in stripe.ApiErrorType} - v2
    assert values == OPENAPI_API_ERROR_TYPES
    assert v2 <= {member.value for member in stripe.ApiErrorType}
    assert stripe.ApiErrorType("rate_limit").description == (
        "Account cannot exceed a configured concurrency rate limit on updates."
    )
    assert stripe.ApiErrorType("rate_limit").category is Category.RATE_LIMITED
    assert stripe.ApiErrorType("temporary_session_expired").description == (
        "The temporary session token has expired."
    )
    assert stripe.ApiErrorType("temporary_session_expired").category is Category.SESSION_EXPIRED
    # docs.stripe.com/api/errors, attribute type: "The type of error returned. One of
    # api_error, card_error, idempotency_error, or invalid_request_error".
    listed = "api_error, card_error, idempotency_error, or invalid_request_error"
    assert values == set(listed.replace("or ", "").split(", "))


def test_the_api_error_types_in_stripes_words() -> None:
    for value, text in API_ERROR_TYPE_WORDS.items():
        member = stripe.ApiErrorType(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", "stripe-dev-terminal-api-error-type")
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
    # rate_limit first, from Stripe's clients (see test_a_rate_limit_is_read_from_its_code_…);
    # the codes of Stripe's error codes page follow (test_stripe_error_codes.py).
    values = [member.value for member in stripe.ApiErrorCode]
    assert values[:3] == ["rate_limit", *API_ERROR_CODES]
    for value, advice in API_ERROR_CODES.items():
        member = stripe.ApiErrorCode(value)
        assert member.advice == advice, value
        words_by_provider(member, "advice", "stripe-changelog-fc-pm-error-codes")
        # The changelog gives one sentence for both codes: each description is bankcodes'.
        assert member.info.editorial, value
        words_by_bankcodes(member)
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
    # meanings, not to error types or codes, and the changelog gives the two codes no status;
    # Stripe's clients tie rate_limit alone to its statuses.
    for code_set in stripe.CODE_SETS:
        for member in code_set:
            if member is not stripe.ApiErrorCode.rate_limit:
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
    words_by_provider(none, "description", "stripe-docs-fc-relink-data-products")
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
        words_by_bankcodes(member)


# The event types.


def test_the_event_types_are_the_node_librarys_in_its_words() -> None:
    assert {member.value for member in stripe.EventType} == set(EVENT_TYPES)
    for value, text in EVENT_TYPES.items():
        member = stripe.EventType(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", "stripe-node-events")
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


def test_a_rate_limit_is_read_from_its_code_not_its_type() -> None:
    # stripe-node src/Error.ts at 66394216: generateV1Error raises StripeRateLimitError for
    # statusCode 429, or 400 with code 'rate_limit'; its doc comment: "RateLimitError is raised
    # in cases where an account is putting too much load on Stripe's API servers (usually by
    # performing too many requests). Please back off on request rate." stripe-python
    # stripe/_api_requestor.py at 6c6e3736: "Rate limits were previously coded as 400's with
    # code 'rate_limit'".
    code = stripe.ApiErrorCode("rate_limit")
    assert code.description == (
        "RateLimitError is raised in cases where an account is putting too much load on "
        "Stripe's API servers (usually by performing too many requests)."
    )
    assert code.advice == "Please back off on request rate."
    assert code.http_statuses == (429, 400)
    assert code.category is Category.RATE_LIMITED and code.retryable
    body = {"error": {"type": "invalid_request_error", "code": "rate_limit", "message": "m"}}
    found = bankcodes.from_exception(body, provider="stripe")
    assert found is not None
    assert (found.path, found.code) == ("$.error.code", stripe.ApiErrorCode.rate_limit)


def test_drift_counts_the_openapi_file_s_enums_whole() -> None:
    """The account's status, its balance and ownership refreshes' statuses (one code set) and
    the error's type, as spec3.yaml lists them."""
    refresh = OPENAPI_BALANCE_REFRESH_STATUSES | OPENAPI_OWNERSHIP_REFRESH_STATUSES
    listed = {
        "stripe.account_status": len(OPENAPI_ACCOUNT_STATUSES),
        "stripe.refresh_status": len(refresh),
        "stripe.api_error_type": len(OPENAPI_API_ERROR_TYPES),
    }
    assert counts("stripe-openapi-spec3") == {ref: (n, n) for ref, n in listed.items()}


def test_drift_counts_the_node_library_s_event_types_of_the_set_whole() -> None:
    """Events.ts's Event.Type (at 66394216) lists fourteen financial_connections.* types, and
    setup_intent.created, setup_intent.setup_failed and payment_intent.payment_failed among the
    rest: the seventeen the code set holds, which its rule's code_pattern keeps."""
    listed = 14 + 3
    assert len(spec_data()["providers"]["stripe"]["code_sets"]["webhook_type"]["codes"]) == listed
    assert counts("stripe-node-events") == {"stripe.webhook_type": (listed, listed)}
