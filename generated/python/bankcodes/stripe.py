# generated from spec/catalog.json — do not edit (run `make generate`)
"""Stripe Financial Connections (https://stripe.com/financial-connections): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import CodeEnum, register
from bankcodes._lazy import LazyNames
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, HttpStatus, Wording
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


def _FcEventErrorCode() -> type[CodeEnum]:
    class FcEventErrorCode(CodeEnum):
        """Financial Connections event error code: The error code that an error event of the Financial Connections authentication flow carries, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.

        Wire field: metadata.errorCode of the FinancialConnectionsEvent passed to onEvent (React Native SDK)."""

        account_numbers_unavailable = "account_numbers_unavailable"
        accounts_unavailable = "accounts_unavailable"
        no_debitable_account = "no_debitable_account"
        authorization_failed = "authorization_failed"
        institution_unavailable_planned = "institution_unavailable_planned"
        institution_unavailable_unplanned = "institution_unavailable_unplanned"
        institution_timeout = "institution_timeout"
        unexpected_error = "unexpected_error"
        session_expired = "session_expired"
        failed_bot_detection = "failed_bot_detection"

    register(
        FcEventErrorCode,
        CodeSetInfo(
            provider="stripe",
            id="fc_event_error_code",
            title="Financial Connections event error code",
            description="The error code that an error event of the Financial Connections authentication flow carries, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.",
            field="metadata.errorCode of the FinancialConnectionsEvent passed to onEvent (React Native SDK)",
            sources=(_S["stripe-rn-fc-types"],),
        ),
        (
            CodeInfo(
                value="account_numbers_unavailable",
                description="The system could not retrieve account numbers for selected accounts.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                notes="The selected accounts cannot be used for lack of account numbers; the end user can pick other accounts or another way to link, as with an account that cannot be used.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="accounts_unavailable",
                description="The system could not retrieve accounts for the selected institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                notes="No account of the selected institution could be retrieved, so none can be linked from it; read as an account that cannot be used rather than an institution outage, which has its own codes here.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="no_debitable_account",
                description="For payment flows, no debitable account was available at the selected institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="authorization_failed",
                description="Authorization with the selected institution has failed.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                notes="Stripe does not say why the authorization failed (declined at the bank, an OAuth failure or a login problem), so no more specific category is given.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="institution_unavailable_planned",
                description="The selected institution is down for expected maintenance.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_MAINTENANCE",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_DOWN",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_unavailable_unplanned",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="belvo",
                        code_set="error_code",
                        value="institution_down",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_ISSUE",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="flinks",
                        code_set="api_error_code",
                        value="RETRY_LATER",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="argyle",
                        code_set="bank_connection_error",
                        value="temporary_connection_issue",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_NOT_RESPONDING",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="9",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_v3_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="payments_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ServiceError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ConnectionError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="end_user_error",
                        value="InstitutionTechnicalError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_timeout",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                ),
            ),
            CodeInfo(
                value="institution_unavailable_unplanned",
                description="The selected institution is unexpectedly down.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_MAINTENANCE",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_DOWN",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_unavailable_planned",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="belvo",
                        code_set="error_code",
                        value="institution_down",
                        same="meaning",
                        reason="The institution's systems are down, for maintenance or a fault on its side.",
                    ),
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_ISSUE",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="flinks",
                        code_set="api_error_code",
                        value="RETRY_LATER",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="argyle",
                        code_set="bank_connection_error",
                        value="temporary_connection_issue",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_NOT_RESPONDING",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="9",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_v3_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="payments_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ServiceError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ConnectionError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="end_user_error",
                        value="InstitutionTechnicalError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_timeout",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                ),
            ),
            CodeInfo(
                value="institution_timeout",
                description="A timeout occurred while communicating with our partner or downstream institutions.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_MAINTENANCE",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="lean",
                        code_set="granular_status_code",
                        value="BANK_ISSUE",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="flinks",
                        code_set="api_error_code",
                        value="RETRY_LATER",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="argyle",
                        code_set="bank_connection_error",
                        value="temporary_connection_issue",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_DOWN",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INSTITUTION_NOT_RESPONDING",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="9",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_v3_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="payments_error",
                        value="Provider Error",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ServiceError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="account_error_type",
                        value="ConnectionError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="end_user_error",
                        value="InstitutionTechnicalError",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_unavailable_planned",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_error_code",
                        value="institution_unavailable_unplanned",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                    Equivalent(
                        provider="belvo",
                        code_set="error_code",
                        value="institution_down",
                        same="action",
                        reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                    ),
                ),
            ),
            CodeInfo(
                value="unexpected_error",
                description="An unexpected error occurred, either in an API call or on the client-side.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="session_expired",
                description="The client secret that powers the session has expired.",
                category=_C.SESSION_EXPIRED,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="failed_bot_detection",
                description="The hCaptcha challenge failed.",
                category=_C.REJECTED,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                notes="The flow's bot check refused the end user; read as the provider rejecting the operation.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return FcEventErrorCode


def _ApiErrorCode() -> type[CodeEnum]:
    class ApiErrorCode(CodeEnum):
        """API error code (Financial Connections): The code of a Stripe API error (error.code) that a Financial Connections integration meets, limited to codes whose published text could be read: rate_limit, which every integration meets, and the codes of Financial Connections accounts; this is not every Stripe error code. Stripe's full list is on its error codes page; financial_connections_account_inactive and financial_connections_no_successful_transaction_refresh are known from Stripe's SDKs but their text could not be read and they are left out.

        Wire field: error.code (API error response body; also last_payment_error.code, last_setup_error.code)."""

        rate_limit = "rate_limit"
        financial_connections_account_pending_account_numbers = (
            "financial_connections_account_pending_account_numbers"
        )
        financial_connections_account_unavailable_account_numbers = (
            "financial_connections_account_unavailable_account_numbers"
        )

    register(
        ApiErrorCode,
        CodeSetInfo(
            provider="stripe",
            id="api_error_code",
            title="API error code (Financial Connections)",
            description="The code of a Stripe API error (error.code) that a Financial Connections integration meets, limited to codes whose published text could be read: rate_limit, which every integration meets, and the codes of Financial Connections accounts; this is not every Stripe error code. Stripe's full list is on its error codes page; financial_connections_account_inactive and financial_connections_no_successful_transaction_refresh are known from Stripe's SDKs but their text could not be read and they are left out.",
            field="error.code (API error response body; also last_payment_error.code, last_setup_error.code)",
            sources=(
                _S["stripe-changelog-fc-pm-error-codes"],
                _S["stripe-node-error"],
                _S["stripe-python-api-requestor"],
            ),
        ),
        (
            CodeInfo(
                value="rate_limit",
                description="RateLimitError is raised in cases where an account is putting too much load on Stripe's API servers (usually by performing too many requests).",
                category=_C.RATE_LIMITED,
                sources=(_S["stripe-node-error"], _S["stripe-python-api-requestor"]),
                retryable=True,
                end_user_can_retry=True,
                advice="Please back off on request rate.",
                http=(
                    HttpStatus(
                        status=429,
                        sources=(_S["stripe-node-error"], _S["stripe-python-api-requestor"]),
                    ),
                    HttpStatus(
                        status=400,
                        sources=(_S["stripe-python-api-requestor"],),
                        context="as rate limits were coded before",
                    ),
                ),
                notes="Every integration meets it, not only Financial Connections. Stripe's clients raise their rate-limit error for an HTTP 429, or a 400 whose error.code is rate_limit (stripe-python: 'Rate limits were previously coded as 400's with code 'rate_limit''); the body's error.type is then that of any invalid request, so the code, not the type, says to back off and retry.",
                wording=(
                    Wording(field="description", by="provider", sources=(_S["stripe-node-error"],)),
                    Wording(field="advice", by="provider", sources=(_S["stripe-node-error"],)),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="financial_connections_account_pending_account_numbers",
                description="Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because Stripe is still retrieving the account's account and routing numbers.",
                category=_C.CONCURRENT_OPERATION,
                sources=(
                    _S["stripe-changelog-fc-pm-error-codes"],
                    _S["stripe-node-error"],
                    _S["stripe-python-api-requestor"],
                ),
                retryable=True,
                end_user_can_retry=True,
                advice="If you receive this error, retry the request later.",
                editorial=True,
                notes="Stripe's changelog introduces both codes together (the account might not yet have account or routing numbers, or Stripe might still be retrieving them) and gives each its own instruction; the description splits that sentence by the instruction. The retrieval still under way is read as another operation in progress: wait, then retry. No HTTP status is published for it.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(
                            _S["stripe-changelog-fc-pm-error-codes"],
                            _S["stripe-node-error"],
                            _S["stripe-python-api-requestor"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="financial_connections_account_unavailable_account_numbers",
                description="Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because the account has no account or routing numbers that Stripe can use.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["stripe-changelog-fc-pm-error-codes"],
                    _S["stripe-node-error"],
                    _S["stripe-python-api-requestor"],
                ),
                retryable=False,
                end_user_can_retry=False,
                advice="If you receive this error, prompt your user to link a different bank account.",
                editorial=True,
                notes="The description is bankcodes' reading of the changelog's shared sentence and of the instruction to link a different account. No HTTP status is published for it.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(
                            _S["stripe-changelog-fc-pm-error-codes"],
                            _S["stripe-node-error"],
                            _S["stripe-python-api-requestor"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return ApiErrorCode


def _StatusDetailsAction() -> type[CodeEnum]:
    class StatusDetailsAction(CodeEnum):
        """Account status details: action: The action (if any) to relink a Financial Connections Account that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is inactive (status_details.inactive.action, in Stripe's relink guide, a public preview).

        Wire field: status_details.active.action; status_details.inactive.action (Financial Connections Account)."""

        none = "none"
        relink_required = "relink_required"

    register(
        StatusDetailsAction,
        CodeSetInfo(
            provider="stripe",
            id="status_details_action",
            title="Account status details: action",
            description="The action (if any) to relink a Financial Connections Account that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is inactive (status_details.inactive.action, in Stripe's relink guide, a public preview).",
            field="status_details.active.action; status_details.inactive.action (Financial Connections Account)",
            sources=(_S["stripe-node-fc-accounts"],),
        ),
        (
            CodeInfo(
                value="none",
                description="Accounts that you can’t repair have a status_details.inactive.action of none.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["stripe-node-fc-accounts"], _S["stripe-docs-fc-relink-data-products"]),
                retryable=False,
                end_user_can_retry=False,
                notes="Stripe's example of an account that cannot be repaired is a closed account (unless the customer reopens it): the end user has to link another account. On status_details.active it means no proactive relink is possible before the account becomes inactive.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-docs-fc-relink-data-products"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="relink_required",
                description="The customer can restore the account by completing a relink authentication flow.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["stripe-node-fc-accounts"], _S["stripe-docs-fc-relink-data-products"]),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="The pinned SDK comment names the field only (the action, if any, to proactively relink the Account); the relink guide's sentence about relink_required lies past the end of the saved copy.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="data_api_status",
                        value="RECONNECT_REQUIRED",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="argyle",
                        code_set="bank_connection_error",
                        value="token_invalid_or_expired",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="ITEM_LOGIN_REQUIRED",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="17",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="20",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_error",
                        value="invalid_grant",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_error",
                        value="access_denied",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="data_api_v3_error",
                        value="Invalid State",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                    Equivalent(
                        provider="belvo",
                        code_set="webhook_code",
                        value="invalid_credentials",
                        same="action",
                        reason="An existing connection stopped working until the customer signs in to it again.",
                    ),
                ),
            ),
        ),
    )
    return StatusDetailsAction


def _StatusDetailsCause() -> type[CodeEnum]:
    class StatusDetailsCause(CodeEnum):
        """Account status details: cause: The underlying cause of a Financial Connections Account becoming inactive (status_details.active.cause for an upcoming deactivation; status_details.inactive.cause in Stripe's relink guide).

        Wire field: status_details.active.cause; status_details.inactive.cause (Financial Connections Account)."""

        access_expired = "access_expired"
        institution_requirement = "institution_requirement"
        unspecified = "unspecified"

    register(
        StatusDetailsCause,
        CodeSetInfo(
            provider="stripe",
            id="status_details_cause",
            title="Account status details: cause",
            description="The underlying cause of a Financial Connections Account becoming inactive (status_details.active.cause for an upcoming deactivation; status_details.inactive.cause in Stripe's relink guide).",
            field="status_details.active.cause; status_details.inactive.cause (Financial Connections Account)",
            sources=(_S["stripe-node-fc-accounts"],),
        ),
        (
            CodeInfo(
                value="access_expired",
                description="The access Stripe was given to the account has expired, for example an OAuth connection that expired.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["stripe-node-fc-accounts"], _S["stripe-docs-fc-relink-data-products"]),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="Stripe's relink guide gives it as the cause when an account's OAuth connection expires (its saved copy is cut there); the customer reauthenticates to restore access.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="institution_requirement",
                description="The institution requires the customer to authenticate again.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["stripe-node-fc-accounts"],),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="bankcodes' reading of the value's name; Stripe's guide on inactive accounts lists institutions that require customers to reauthenticate (for example after one year), which this cause appears to report.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="unspecified",
                description="Stripe gives no specific cause for the (expected) deactivation.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-node-fc-accounts"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                notes="Read the action beside it (status_details.*.action) for what can be done.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return StatusDetailsCause


def _AccountStatus() -> type[CodeEnum]:
    class AccountStatus(CodeEnum):
        """Financial Connections Account status: The status of the link to a Financial Connections Account.

        Wire field: status (Financial Connections Account object; data.object.status of financial_connections.account.* events)."""

        active = "active"
        inactive = "inactive"
        disconnected = "disconnected"

    register(
        AccountStatus,
        CodeSetInfo(
            provider="stripe",
            id="account_status",
            title="Financial Connections Account status",
            description="The status of the link to a Financial Connections Account.",
            field="status (Financial Connections Account object; data.object.status of financial_connections.account.* events)",
            sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
        ),
        (
            CodeInfo(
                value="active",
                description="The link to the account works: Stripe can refresh the account's data.",
                category=_C.SUCCESS,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-rn-fc-types"],
                    _S["stripe-docs-fc-webhooks"],
                ),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Stripe's webhooks page says that after an account moves from inactive to active, account data can be refreshed again.",
                wording=(
                    Wording(
                        field="description",
                        by="bankcodes",
                        sources=(_S["stripe-docs-fc-webhooks"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=("inactive", "disconnected"),
            ),
            CodeInfo(
                value="inactive",
                description="New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays available.",
                category=_C.RECONNECT_REQUIRED,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-rn-fc-types"],
                    _S["stripe-docs-fc-webhooks"],
                    _S["stripe-docs-fc-relink-data-products"],
                ),
                retryable=False,
                end_user_can_retry=True,
                notes="Stripe gives as reasons an expired OAuth token, new authentication requirements at the institution (such as MFA) or changed credentials, access revoked in online banking, and a closed account. Some causes cannot be repaired (status_details.inactive.action none); otherwise the customer relinks the account.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-docs-fc-webhooks"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=("active", "disconnected"),
            ),
            CodeInfo(
                value="disconnected",
                description="Although you can’t refresh data on a disconnected account, you can access previously refreshed account data.",
                category=_C.RECONNECT_REQUIRED,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-rn-fc-types"],
                    _S["stripe-docs-fc-disconnections"],
                ),
                retryable=False,
                end_user_can_retry=True,
                advice="To regain access to new account data, your user needs to re-authenticate their account through the authentication flow.",
                notes="The integrator (through the disconnect API) or the end user disconnects an account on purpose; associated PaymentMethods stay usable.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-docs-fc-disconnections"],),
                    ),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(_S["stripe-docs-fc-disconnections"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=(),
            ),
        ),
    )
    return AccountStatus


def _RefreshStatus() -> type[CodeEnum]:
    class RefreshStatus(CodeEnum):
        """Data refresh status: The status of the most recent attempt to refresh an account's balance, ownership or transactions.

        Wire field: balance_refresh.status; ownership_refresh.status; transaction_refresh.status (Financial Connections Account)."""

        pending = "pending"
        succeeded = "succeeded"
        failed = "failed"

    register(
        RefreshStatus,
        CodeSetInfo(
            provider="stripe",
            id="refresh_status",
            title="Data refresh status",
            description="The status of the most recent attempt to refresh an account's balance, ownership or transactions.",
            field="balance_refresh.status; ownership_refresh.status; transaction_refresh.status (Financial Connections Account)",
            sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
        ),
        (
            CodeInfo(
                value="pending",
                description="The refresh attempt is under way.",
                category=_C.PENDING,
                sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
                next_statuses=("succeeded", "failed"),
            ),
            CodeInfo(
                value="succeeded",
                description="The refresh attempt succeeded: the refreshed data is available.",
                category=_C.SUCCESS,
                sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
                next_statuses=(),
            ),
            CodeInfo(
                value="failed",
                description="The refresh attempt failed.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                notes="Stripe publishes no reason with a failed refresh; an account whose connection broke also becomes inactive (financial_connections.account.deactivated).",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=(),
            ),
        ),
    )
    return RefreshStatus


def _SheetErrorCode() -> type[CodeEnum]:
    class SheetErrorCode(CodeEnum):
        """Financial Connections sheet error: The code of the error the React Native SDK's Financial Connections methods resolve with (a StripeError of FinancialConnectionsSheetError).

        Wire field: error.code of the SessionResult or TokenResult (React Native SDK)."""

        Failed = "Failed"
        Canceled = "Canceled"

    register(
        SheetErrorCode,
        CodeSetInfo(
            provider="stripe",
            id="sheet_error",
            title="Financial Connections sheet error",
            description="The code of the error the React Native SDK's Financial Connections methods resolve with (a StripeError of FinancialConnectionsSheetError).",
            field="error.code of the SessionResult or TokenResult (React Native SDK)",
            sources=(_S["stripe-rn-fc-types"],),
        ),
        (
            CodeInfo(
                value="Failed",
                description="The Financial Connections flow ended with an error.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="Canceled",
                description="The Financial Connections flow was closed before it finished.",
                category=_C.CANCELLED,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
        ),
    )
    return SheetErrorCode


def _ApiErrorType() -> type[CodeEnum]:
    class ApiErrorType(CodeEnum):
        """API error type: The type of error returned in a Stripe API error body (error.type).

        Wire field: error.type (API error response body)."""

        api_error = "api_error"
        card_error = "card_error"
        idempotency_error = "idempotency_error"
        invalid_request_error = "invalid_request_error"

    register(
        ApiErrorType,
        CodeSetInfo(
            provider="stripe",
            id="api_error_type",
            title="API error type",
            description="The type of error returned in a Stripe API error body (error.type).",
            field="error.type (API error response body)",
            sources=(
                _S["stripe-openapi-spec3"],
                _S["stripe-dev-terminal-api-error-type"],
                _S["stripe-docs-api-errors-attributes"],
            ),
        ),
        (
            CodeInfo(
                value="api_error",
                description="API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers), and are extremely uncommon.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-dev-terminal-api-error-type"],
                    _S["stripe-docs-api-errors-attributes"],
                ),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-dev-terminal-api-error-type"],),
                    ),
                ),
            ),
            CodeInfo(
                value="card_error",
                description="Card errors are the most common type of error you should expect to handle. They result when the user enters a card that can't be charged for some reason.",
                category=_C.REJECTED,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-dev-terminal-api-error-type"],
                    _S["stripe-docs-api-errors-attributes"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-dev-terminal-api-error-type"],),
                    ),
                ),
            ),
            CodeInfo(
                value="idempotency_error",
                description="Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match the first request's API endpoint and parameters.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-dev-terminal-api-error-type"],
                    _S["stripe-docs-api-errors-attributes"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-dev-terminal-api-error-type"],),
                    ),
                ),
            ),
            CodeInfo(
                value="invalid_request_error",
                description="Invalid request errors arise when your request has invalid parameters.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-dev-terminal-api-error-type"],
                    _S["stripe-docs-api-errors-attributes"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-dev-terminal-api-error-type"],),
                    ),
                ),
            ),
        ),
    )
    return ApiErrorType


def _FcEventName() -> type[CodeEnum]:
    class FcEventName(CodeEnum):
        """Financial Connections event name: The name of an event of the Financial Connections authentication flow, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.

        Wire field: name of the FinancialConnectionsEvent passed to onEvent (React Native SDK)."""

        open = "open"
        manual_entry_initiated = "manual_entry_initiated"
        consent_acquired = "consent_acquired"
        search_initiated = "search_initiated"
        institution_selected = "institution_selected"
        institution_authorized = "institution_authorized"
        accounts_selected = "accounts_selected"
        success = "success"
        error = "error"
        cancel = "cancel"
        flow_launched_in_browser = "flow_launched_in_browser"

    register(
        FcEventName,
        CodeSetInfo(
            provider="stripe",
            id="fc_event_name",
            title="Financial Connections event name",
            description="The name of an event of the Financial Connections authentication flow, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.",
            field="name of the FinancialConnectionsEvent passed to onEvent (React Native SDK)",
            sources=(_S["stripe-rn-fc-types"],),
        ),
        (
            CodeInfo(
                value="open",
                description="Invoked when the sheet successfully opens.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="manual_entry_initiated",
                description="Invoked when the manual entry flow is initiated.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="consent_acquired",
                description='Invoked when "Agree and continue" is selected on the consent pane.',
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="search_initiated",
                description="Invoked when the search bar is selected, the user inputs search terms, and receives an API response.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="institution_selected",
                description="Invoked when an institution is selected, either from featured institutions or search results.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="institution_authorized",
                description="Invoked when the authorization is successfully completed.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="accounts_selected",
                description='Invoked when accounts are selected and "confirm" is selected.',
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="success",
                description="Invoked when the flow is completed and selected accounts are correctly connected to the payment instrument.",
                category=_C.SUCCESS,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
            CodeInfo(
                value="error",
                description="Invoked when an error is encountered. Refer to error codes for more details.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=True,
                end_user_can_retry=True,
                notes="Its metadata.errorCode (fc_event_error_code) says which error.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="cancel",
                description='Invoked when the flow is cancelled, typically by the user pressing the "X" button.',
                category=_C.CANCELLED,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=True,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="callback_status",
                        value="CANCELLED",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="link_event_name",
                        value="EXIT",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="mastercard",
                        code_set="connect_event_code",
                        value="100",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="sdk_failure_reason",
                        value="UserAborted",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="end_user_error",
                        value="UserCancelledSession",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                ),
            ),
            CodeInfo(
                value="flow_launched_in_browser",
                description="Invoked when the modal is launched in an external browser. After this event, no other events will be sent until the completion of the browser session.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-rn-fc-types"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                    ),
                ),
            ),
        ),
    )
    return FcEventName


def _EventType() -> type[CodeEnum]:
    class EventType(CodeEnum):
        """Financial Connections event type: The type of a Stripe Event about a Financial Connections Account or Authorization, as Stripe's Node.js library lists them (the descriptions are its comments). Stripe sends many other event types; only the Financial Connections ones are here, with setup_intent.created, the type of Stripe's published Event example, and payment_intent.payment_failed and setup_intent.setup_failed, whose last error carries the API error codes of a Financial Connections account.

        Wire field: type (Stripe Event object, the webhook body)."""

        account_numbers_updated = "financial_connections.account.account_numbers_updated"
        account_created = "financial_connections.account.created"
        account_deactivated = "financial_connections.account.deactivated"
        account_disconnected = "financial_connections.account.disconnected"
        account_expected_deactivation_date_updated = (
            "financial_connections.account.expected_deactivation_date_updated"
        )
        account_reactivated = "financial_connections.account.reactivated"
        account_refreshed_balance = "financial_connections.account.refreshed_balance"
        account_refreshed_ownership = "financial_connections.account.refreshed_ownership"
        account_refreshed_transactions = "financial_connections.account.refreshed_transactions"
        account_supported_payment_method_types_updated = (
            "financial_connections.account.supported_payment_method_types_updated"
        )
        account_upcoming_account_number_expiry = (
            "financial_connections.account.upcoming_account_number_expiry"
        )
        account_upcoming_deactivation = "financial_connections.account.upcoming_deactivation"
        authorization_expected_deactivation_date_updated = (
            "financial_connections.authorization.expected_deactivation_date_updated"
        )
        authorization_upcoming_deactivation = (
            "financial_connections.authorization.upcoming_deactivation"
        )
        setup_intent_created = "setup_intent.created"
        payment_intent_payment_failed = "payment_intent.payment_failed"
        setup_intent_setup_failed = "setup_intent.setup_failed"

    register(
        EventType,
        CodeSetInfo(
            provider="stripe",
            id="webhook_type",
            title="Financial Connections event type",
            description="The type of a Stripe Event about a Financial Connections Account or Authorization, as Stripe's Node.js library lists them (the descriptions are its comments). Stripe sends many other event types; only the Financial Connections ones are here, with setup_intent.created, the type of Stripe's published Event example, and payment_intent.payment_failed and setup_intent.setup_failed, whose last error carries the API error codes of a Financial Connections account.",
            field="type (Stripe Event object, the webhook body)",
            sources=(_S["stripe-node-events"],),
        ),
        (
            CodeInfo(
                value="financial_connections.account.account_numbers_updated",
                description="Occurs when a Financial Connections account's account numbers are updated.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"], _S["stripe-docs-fc-api-accounts"]),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-node-events"], _S["stripe-docs-fc-api-accounts"]),
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.created",
                description="Occurs when a new Financial Connections account is created.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["stripe-node-events"],
                    _S["stripe-docs-fc-webhooks-md"],
                    _S["stripe-docs-fc-api-accounts"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-node-events"], _S["stripe-docs-fc-api-accounts"]),
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.deactivated",
                description="Occurs when a Financial Connections account's status is updated from `active` to `inactive`.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["stripe-node-events"],
                    _S["stripe-docs-fc-webhooks-md"],
                    _S["stripe-docs-fc-api-accounts"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-node-events"], _S["stripe-docs-fc-api-accounts"]),
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.disconnected",
                description="Occurs when a Financial Connections account is disconnected.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["stripe-node-events"],
                    _S["stripe-docs-fc-api-accounts"],
                    _S["stripe-docs-fc-disconnections"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["stripe-node-events"], _S["stripe-docs-fc-api-accounts"]),
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.expected_deactivation_date_updated",
                description="Occurs when a Financial Connections account’s `expected_deactivation_date` changes.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.reactivated",
                description="Occurs when a Financial Connections account's status is updated from `inactive` to `active`.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.refreshed_balance",
                description="Occurs when an Account’s `balance_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.refreshed_ownership",
                description="Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.refreshed_transactions",
                description="Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.supported_payment_method_types_updated",
                description="Occurs when the supported_payment_method_types array on a Financial Connections account changes.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.upcoming_account_number_expiry",
                description="Occurs when an Account’s tokenized account number is about to expire.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.account.upcoming_deactivation",
                description="Occurs when a Financial Connections account is about to become `inactive`.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["stripe-node-events"],
                    _S["stripe-changelog-fc-upcoming-deactivations"],
                ),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.authorization.expected_deactivation_date_updated",
                description="Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="financial_connections.authorization.upcoming_deactivation",
                description="Occurs when a Financial Connections authorization is about to become `inactive`.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                ),
            ),
            CodeInfo(
                value="setup_intent.created",
                description="Occurs when a new SetupIntent is created.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"], _S["stripe-docs-event-object"]),
                retryable=False,
                end_user_can_retry=False,
                notes="Not a Financial Connections event: it is in the set because the only Event body Stripe publishes in its API reference (the Event object example) has this type, and that example must be read as a known event.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="payment_intent.payment_failed",
                description="Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                notes="Not a Financial Connections event: a payment from a Financial Connections account that fails carries its error in data.object.last_payment_error, whose code (one of the API error codes) decides before this type.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="setup_intent.setup_failed",
                description="Occurs when a SetupIntent has failed the attempt to setup a payment method.",
                category=_C.INFORMATIONAL,
                sources=(_S["stripe-node-events"],),
                retryable=False,
                end_user_can_retry=False,
                notes="Not a Financial Connections event: a payment method made from a Financial Connections account that cannot be set up carries its error in data.object.last_setup_error, whose code (one of the API error codes) decides before this type.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["stripe-node-events"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return EventType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in (
            "FcEventErrorCode",
            "ApiErrorCode",
            "StatusDetailsAction",
            "StatusDetailsCause",
            "AccountStatus",
            "RefreshStatus",
            "SheetErrorCode",
            "ApiErrorType",
            "FcEventName",
            "EventType",
        )
    )


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "AccountStatus": _AccountStatus,
        "ApiErrorCode": _ApiErrorCode,
        "ApiErrorType": _ApiErrorType,
        "EventType": _EventType,
        "FcEventErrorCode": _FcEventErrorCode,
        "FcEventName": _FcEventName,
        "RefreshStatus": _RefreshStatus,
        "SheetErrorCode": _SheetErrorCode,
        "StatusDetailsAction": _StatusDetailsAction,
        "StatusDetailsCause": _StatusDetailsCause,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
