# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.stripe's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.stripe")
#: The documents its facts come from, by id.
_S = {
    "stripe-openapi-spec3": Source(
        id="stripe-openapi-spec3",
        kind="repo",
        title="Stripe OpenAPI description, openapi/spec3.yaml (API version 2023-08-16)",
        url="https://github.com/stripe/openapi/blob/63a674638635c68de26b9f3add13e58198f4df44/openapi/spec3.yaml",
    ),
    "stripe-rn-fc-types": Source(
        id="stripe-rn-fc-types",
        kind="repo",
        title="Stripe React Native SDK: Financial Connections types (src/types/FinancialConnections.ts)",
        url="https://github.com/stripe/stripe-react-native/blob/42283e614e00cc51b01b14b9edc9be11dbf65f5c/src/types/FinancialConnections.ts",
    ),
    "stripe-node-fc-accounts": Source(
        id="stripe-node-fc-accounts",
        kind="repo",
        title="Stripe Node.js library: Financial Connections Account types (src/resources/FinancialConnections/Accounts.ts)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Accounts.ts",
    ),
    "stripe-node-error": Source(
        id="stripe-node-error",
        kind="repo",
        title="Stripe Node.js library: its errors (src/Error.ts)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/Error.ts",
    ),
    "stripe-python-api-requestor": Source(
        id="stripe-python-api-requestor",
        kind="repo",
        title="Stripe Python library: the errors of API responses (stripe/_api_requestor.py)",
        url="https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_api_requestor.py",
    ),
    "stripe-node-events": Source(
        id="stripe-node-events",
        kind="repo",
        title="Stripe Node.js library: Event types (src/resources/Events.ts)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/Events.ts",
    ),
    "stripe-docs-fc-webhooks-md": Source(
        id="stripe-docs-fc-webhooks-md",
        kind="doc",
        title="Get real-time updates from Financial Connections with webhooks",
        url="https://docs.stripe.com/financial-connections/webhooks.md",
    ),
    "stripe-docs-fc-webhooks": Source(
        id="stripe-docs-fc-webhooks",
        kind="doc",
        title="Get real-time updates from Financial Connections with webhooks",
        url="https://docs.stripe.com/financial-connections/webhooks",
    ),
    "stripe-docs-fc-api-accounts": Source(
        id="stripe-docs-fc-api-accounts",
        kind="doc",
        title="Accounts",
        url="https://docs.stripe.com/api/financial_connections",
    ),
    "stripe-docs-fc-disconnections": Source(
        id="stripe-docs-fc-disconnections",
        kind="doc",
        title="Disconnect a Financial Connections account",
        url="https://stripe.com/docs/financial-connections/disconnections",
    ),
    "stripe-docs-fc-relink-data-products": Source(
        id="stripe-docs-fc-relink-data-products",
        kind="doc",
        title="Relink Financial Connections accounts used for data products.",
        url="https://docs.stripe.com/financial-connections/relink/api/data-products",
        read_in_part="The copy read is cut just after the guide gives access_expired as the cause when an account's OAuth connection expires; the rest of the guide was not read.",
    ),
    "stripe-changelog-fc-upcoming-deactivations": Source(
        id="stripe-changelog-fc-upcoming-deactivations",
        kind="doc",
        title="Adds information about upcoming deactivations to the Financial Connections Account object",
        url="https://docs.stripe.com/changelog/dahlia/2026-06-24/financial-connections-upcoming-deactivations",
    ),
    "stripe-changelog-fc-pm-error-codes": Source(
        id="stripe-changelog-fc-pm-error-codes",
        kind="doc",
        title="Adds new error codes for failures when creating Payment Methods from Financial Connections Accounts",
        url="https://docs.stripe.com/changelog/clover/2025-09-30/financial-connections-payment-method-error-codes.md",
    ),
    "stripe-docs-api-errors-attributes": Source(
        id="stripe-docs-api-errors-attributes",
        kind="doc",
        title="Errors",
        url="https://docs.stripe.com/api/errors",
    ),
    "stripe-dev-terminal-api-error-type": Source(
        id="stripe-dev-terminal-api-error-type",
        kind="doc",
        title="ApiErrorType",
        url="https://stripe.dev/stripe-terminal-android/v2/external/com.stripe.stripeterminal.external.api/-api-error-type/index.html",
    ),
    "stripe-docs-event-object": Source(
        id="stripe-docs-event-object",
        kind="doc",
        title="The Event object",
        url="https://docs.stripe.com/api/events/object?api-version=2024-06-20",
    ),
    "stripe-docs-api-fc-authorizations-object": Source(
        id="stripe-docs-api-fc-authorizations-object",
        kind="doc",
        title="The Authorization object (Financial Connections API reference)",
        url="https://docs.stripe.com/api/financial_connections/authorizations/object",
    ),
    "stripe-docs-api-fc-authorizations-object-preview": Source(
        id="stripe-docs-api-fc-authorizations-object-preview",
        kind="doc",
        title="The Authorization object (Financial Connections API reference, API version 2026-01-28.preview)",
        url="https://docs.stripe.com/api/financial_connections/authorizations/object?api-version=2026-01-28.preview",
    ),
    "stripe-docs-api-fc-transactions-object": Source(
        id="stripe-docs-api-fc-transactions-object",
        kind="doc",
        title="The Transaction object (Financial Connections API reference)",
        url="https://docs.stripe.com/api/financial_connections/transactions/object",
    ),
    "stripe-node-fc-authorizations": Source(
        id="stripe-node-fc-authorizations",
        kind="repo",
        title="Stripe Node.js library: Financial Connections Authorization types (src/resources/FinancialConnections/Authorizations.ts)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Authorizations.ts",
    ),
    "stripe-node-fc-transactions": Source(
        id="stripe-node-fc-transactions",
        kind="repo",
        title="Stripe Node.js library: Financial Connections Transaction types (src/resources/FinancialConnections/Transactions.ts)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/FinancialConnections/Transactions.ts",
    ),
    "stripe-node-payment-intents": Source(
        id="stripe-node-payment-intents",
        kind="repo",
        title="Stripe Node.js library: PaymentIntent types (src/resources/PaymentIntents.ts: LastPaymentError.Code, the API's error codes)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/src/resources/PaymentIntents.ts",
    ),
    "stripe-python-payment-intent": Source(
        id="stripe-python-payment-intent",
        kind="repo",
        title="Stripe Python library: PaymentIntent (stripe/_payment_intent.py: LastPaymentError.code, the API's error codes)",
        url="https://github.com/stripe/stripe-python/blob/6c6e3736d16dde7a2f0155379ea3cd99b976460b/stripe/_payment_intent.py",
    ),
    "stripe-node-changelog": Source(
        id="stripe-node-changelog",
        kind="repo",
        title="Stripe Node.js library: CHANGELOG.md (the versions that added each error code)",
        url="https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/CHANGELOG.md",
    ),
    "stripe-error-codes-third-party-copy-fc": Source(
        id="stripe-error-codes-third-party-copy-fc",
        kind="third-party",
        title="A third party's Markdown copy of Stripe's error codes page (docs.stripe.com/error-codes, an earlier revision than Stripe's page today; the copy's repository and path are not known): its two Financial Connections sections",
    ),
    "stripe-error-codes-third-party-copy-ach": Source(
        id="stripe-error-codes-third-party-copy-ach",
        kind="third-party",
        title="A third party's Markdown copy of Stripe's error codes page (docs.stripe.com/error-codes, an earlier revision than Stripe's page today; the copy's repository and path are not known): its sections of the codes a bank-account flow meets",
    ),
    "stripe-support-verify-ach-microdeposits": Source(
        id="stripe-support-verify-ach-microdeposits",
        kind="doc",
        title="Verify a new ACH Direct Debit customer using micro-deposits",
        url="https://support.stripe.com/questions/verify-a-new-ach-direct-debit-customer-using-micro-deposits",
    ),
    "stripe-docs-error-codes": Source(
        id="stripe-docs-error-codes",
        kind="doc",
        title="Error codes (Stripe's own page, a stored copy that ends in its table's first rows)",
        url="https://docs.stripe.com/error-codes",
        read_in_part='The copy read gives the page\'s introduction and its first codes, in alphabetical order, from account_closed to amount_too_large, and ends at the start of the next code ("amoun"): every code after it (amount_too_small, the bank-account and Financial Connections codes among them) was not read.',
    ),
    "stripe-docs-api-v2-accounts": Source(
        id="stripe-docs-api-v2-accounts",
        kind="doc",
        title="Stripe API Reference: Accounts v2 (Create an account and its Error Codes)",
        url="https://docs.stripe.com/api/v2/core/accounts",
        read_in_part="A stored extraction of the page's text (collected 2026-04-16) read from its start through Create an account's Error Codes, whose last row is 429 account_rate_limit_exceeded \"Account cannot exceed a configured concurrency rate limit on updates.\"; the rest was not read.",
    ),
    "stripe-go-error": Source(
        id="stripe-go-error",
        kind="repo",
        title="Stripe: stripe-go error.go, which 429s the client retries",
        url="https://github.com/stripe/stripe-go/blob/a1e3932f68a22e2bbd8300a30d6a0b54625ff50a/error.go",
        read_in_part="The comment and code on retrying a 429 (lines 372-381), the ErrorType constants (lines 12-28) and the V2 error structs RateLimitError and TemporarySessionExpiredError with their canRetry (lines 456-510) were read; the rest of the file was not.",
    ),
}


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
        lambda: (
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
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/fc_event_error_code/#account_numbers_unavailable",
                    notes="The selected accounts cannot be used for lack of account numbers; the end user can pick other accounts or another way to link, as with an account that cannot be used.",
                ),
                CodeInfo(
                    value="accounts_unavailable",
                    description="The system could not retrieve accounts for the selected institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stripe-rn-fc-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/fc_event_error_code/#accounts_unavailable",
                    notes="No account of the selected institution could be retrieved, so none can be linked from it; read as an account that cannot be used rather than an institution outage, which has its own codes here.",
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
                    page="reference/stripe/fc_event_error_code/#no_debitable_account",
                ),
                CodeInfo(
                    value="authorization_failed",
                    description="Authorization with the selected institution has failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stripe-rn-fc-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/fc_event_error_code/#authorization_failed",
                    notes="Stripe does not say why the authorization failed (declined at the bank, an OAuth failure or a login problem), so no more specific category is given.",
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
                    page="reference/stripe/fc_event_error_code/#institution_unavailable_planned",
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
                    page="reference/stripe/fc_event_error_code/#institution_unavailable_unplanned",
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
                    page="reference/stripe/fc_event_error_code/#institution_timeout",
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
                    page="reference/stripe/fc_event_error_code/#unexpected_error",
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
                    page="reference/stripe/fc_event_error_code/#session_expired",
                ),
                CodeInfo(
                    value="failed_bot_detection",
                    description="The hCaptcha challenge failed.",
                    category=_C.REJECTED,
                    sources=(_S["stripe-rn-fc-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/fc_event_error_code/#failed_bot_detection",
                    notes="The flow's bot check refused the end user; read as the provider rejecting the operation.",
                ),
            ),
        ),
        {},
    )
    return FcEventErrorCode


def _ApiErrorCode() -> type[CodeEnum]:
    class ApiErrorCode(CodeEnum):
        """API error code (Financial Connections and bank accounts): The code of a Stripe API error (error.code) that a Financial Connections or bank-account (ACH Direct Debit, us_bank_account) integration meets: rate_limit, which every integration meets, the codes of Financial Connections accounts, and those of a bank account's numbers, its verification by microdeposits, its mandate and its debits. This is not every Stripe error code: Stripe's libraries list them all (PaymentIntent's last_payment_error.code). The texts are those of Stripe's error codes page (docs.stripe.com/error-codes), read in a third party's copy of an earlier revision where Stripe's own stored copy ends before most of them (it reaches only account_closed and account_number_invalid, in the same words); the part read of the page gives no HTTP status per code. Stripe's text for payment_method_microdeposit_processing_error, which Stripe's libraries list, was not read (no copy read reaches it): its description is bankcodes' reading of its name and of the changelog entry that added it.

        Wire field: error.code (API error response body; also last_payment_error.code, last_setup_error.code)."""

        rate_limit = "rate_limit"
        financial_connections_account_pending_account_numbers = (
            "financial_connections_account_pending_account_numbers"
        )
        financial_connections_account_unavailable_account_numbers = (
            "financial_connections_account_unavailable_account_numbers"
        )
        account_closed = "account_closed"
        account_number_invalid = "account_number_invalid"
        bank_account_bad_routing_numbers = "bank_account_bad_routing_numbers"
        bank_account_declined = "bank_account_declined"
        bank_account_exists = "bank_account_exists"
        bank_account_restricted = "bank_account_restricted"
        bank_account_unusable = "bank_account_unusable"
        bank_account_unverified = "bank_account_unverified"
        bank_account_verification_failed = "bank_account_verification_failed"
        billing_invalid_mandate = "billing_invalid_mandate"
        debit_not_authorized = "debit_not_authorized"
        insufficient_funds = "insufficient_funds"
        no_account = "no_account"
        payment_intent_authentication_failure = "payment_intent_authentication_failure"
        payment_intent_mandate_invalid = "payment_intent_mandate_invalid"
        payment_intent_payment_attempt_failed = "payment_intent_payment_attempt_failed"
        payment_method_bank_account_already_verified = (
            "payment_method_bank_account_already_verified"
        )
        payment_method_bank_account_blocked = "payment_method_bank_account_blocked"
        payment_method_customer_decline = "payment_method_customer_decline"
        payment_method_microdeposit_failed = "payment_method_microdeposit_failed"
        payment_method_microdeposit_verification_amounts_invalid = (
            "payment_method_microdeposit_verification_amounts_invalid"
        )
        payment_method_microdeposit_verification_amounts_mismatch = (
            "payment_method_microdeposit_verification_amounts_mismatch"
        )
        payment_method_microdeposit_verification_attempts_exceeded = (
            "payment_method_microdeposit_verification_attempts_exceeded"
        )
        payment_method_microdeposit_verification_descriptor_code_mismatch = (
            "payment_method_microdeposit_verification_descriptor_code_mismatch"
        )
        payment_method_microdeposit_verification_timeout = (
            "payment_method_microdeposit_verification_timeout"
        )
        payment_method_not_available = "payment_method_not_available"
        payment_method_provider_decline = "payment_method_provider_decline"
        payment_method_unactivated = "payment_method_unactivated"
        refer_to_customer = "refer_to_customer"
        routing_number_invalid = "routing_number_invalid"
        setup_attempt_failed = "setup_attempt_failed"
        setup_intent_authentication_failure = "setup_intent_authentication_failure"
        setup_intent_mandate_invalid = "setup_intent_mandate_invalid"
        financial_connections_account_inactive = "financial_connections_account_inactive"
        financial_connections_no_successful_transaction_refresh = (
            "financial_connections_no_successful_transaction_refresh"
        )
        payment_method_microdeposit_processing_error = (
            "payment_method_microdeposit_processing_error"
        )

    register(
        ApiErrorCode,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="api_error_code",
                title="API error code (Financial Connections and bank accounts)",
                description="The code of a Stripe API error (error.code) that a Financial Connections or bank-account (ACH Direct Debit, us_bank_account) integration meets: rate_limit, which every integration meets, the codes of Financial Connections accounts, and those of a bank account's numbers, its verification by microdeposits, its mandate and its debits. This is not every Stripe error code: Stripe's libraries list them all (PaymentIntent's last_payment_error.code). The texts are those of Stripe's error codes page (docs.stripe.com/error-codes), read in a third party's copy of an earlier revision where Stripe's own stored copy ends before most of them (it reaches only account_closed and account_number_invalid, in the same words); the part read of the page gives no HTTP status per code. Stripe's text for payment_method_microdeposit_processing_error, which Stripe's libraries list, was not read (no copy read reaches it): its description is bankcodes' reading of its name and of the changelog entry that added it.",
                field="error.code (API error response body; also last_payment_error.code, last_setup_error.code)",
                sources=(
                    _S["stripe-changelog-fc-pm-error-codes"],
                    _S["stripe-node-error"],
                    _S["stripe-python-api-requestor"],
                    _S["stripe-node-payment-intents"],
                    _S["stripe-docs-error-codes"],
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
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-node-error"],)
                        ),
                        Wording(field="advice", by="provider", sources=(_S["stripe-node-error"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#rate_limit",
                    advice="Please back off on request rate.",
                    notes="Every integration meets it, not only Financial Connections. Stripe's clients raise their rate-limit error for an HTTP 429, or a 400 whose error.code is rate_limit (stripe-python: 'Rate limits were previously coded as 400's with code 'rate_limit''); the body's error.type is then that of any invalid request, so the code, not the type, says to back off and retry.",
                ),
                CodeInfo(
                    value="financial_connections_account_pending_account_numbers",
                    description="Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because Stripe is still retrieving the account's account and routing numbers.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["stripe-changelog-fc-pm-error-codes"],
                        _S["stripe-node-error"],
                        _S["stripe-python-api-requestor"],
                        _S["stripe-node-payment-intents"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["stripe-changelog-fc-pm-error-codes"],
                                _S["stripe-node-error"],
                                _S["stripe-python-api-requestor"],
                                _S["stripe-node-payment-intents"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#financial_connections_account_pending_account_numbers",
                    editorial=True,
                    advice="If you receive this error, retry the request later.",
                    notes="Stripe's changelog introduces both codes together (the account might not yet have account or routing numbers, or Stripe might still be retrieving them) and gives each its own instruction; the description splits that sentence by the instruction. The retrieval still under way is read as another operation in progress: wait, then retry. No HTTP status is published for it.",
                ),
                CodeInfo(
                    value="financial_connections_account_unavailable_account_numbers",
                    description="Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because the account has no account or routing numbers that Stripe can use.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-changelog-fc-pm-error-codes"],
                        _S["stripe-node-error"],
                        _S["stripe-python-api-requestor"],
                        _S["stripe-node-payment-intents"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["stripe-changelog-fc-pm-error-codes"],
                                _S["stripe-node-error"],
                                _S["stripe-python-api-requestor"],
                                _S["stripe-node-payment-intents"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#financial_connections_account_unavailable_account_numbers",
                    editorial=True,
                    advice="If you receive this error, prompt your user to link a different bank account.",
                    notes="The description is bankcodes' reading of the changelog's shared sentence and of the instruction to link a different account. No HTTP status is published for it.",
                ),
                CodeInfo(
                    value="account_closed",
                    description="The customer’s bank account has been closed.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-docs-error-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#account_closed",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), in the same words in Stripe's own stored copy and in a third party's copy of an earlier revision. A closed account cannot be debited; the customer gives another account or has the bank reopen this one, as the category's words say.",
                ),
                CodeInfo(
                    value="account_number_invalid",
                    description="The bank account number provided is invalid (e.g., missing digits). Bank account information varies from country to country. We recommend creating validations in your entry forms based on the bank account formats we provide.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-docs-error-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The bank account number you entered is not valid.",
                            action="Check your account number and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Le numéro de compte bancaire que vous avez saisi n'est pas valide.",
                            action="Vérifiez votre numéro de compte et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="رقم الحساب المصرفي الذي أدخلته غير صالح.",
                            action="تحقق من رقم حسابك وأدخله مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El número de cuenta bancaria que ingresó no es válido.",
                            action="Verifique su número de cuenta e ingréselo de nuevo.",
                        ),
                        "pt": EndUserWords(
                            message="O número da conta bancária que você digitou não é válido.",
                            action="Confira o número da sua conta e digite-o novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#account_number_invalid",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), in the same words in Stripe's own stored copy and in a third party's copy of an earlier revision. The page's links are reduced to their text. Stripe addresses the integrator (validate the entry form), but the number is the customer's to type: entering it again correctly lets the request succeed, so the customer is told what to fix rather than that something went wrong on the app's side. The error arrives as an invalid_request_error, whose type alone would say the request was wrong.",
                ),
                CodeInfo(
                    value="bank_account_bad_routing_numbers",
                    description="The bank account is known to not support the currency in question.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_bad_routing_numbers",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). This account cannot be used for the currency; another account can.",
                ),
                CodeInfo(
                    value="bank_account_declined",
                    description="The bank account provided can not be used to charge, either because it is not verified yet or it is not supported.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This bank account can't be charged yet.",
                            action="Complete the verification of your bank account if you were asked to, or use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Ce compte bancaire ne peut pas encore être débité.",
                            action="Terminez la vérification de votre compte bancaire si on vous l'a demandé, ou utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن الخصم من هذا الحساب المصرفي بعد.",
                            action="أكمل التحقق من حسابك المصرفي إذا طُلب منك ذلك، أو استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="Todavía no se puede hacer un cargo a esta cuenta bancaria.",
                            action="Complete la verificación de su cuenta bancaria si se le pidió, o use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Ainda não é possível debitar esta conta bancária.",
                            action="Conclua a verificação da sua conta bancária, se isso foi solicitado, ou use outra conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_declined",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Of its two causes, an account not verified yet can be used once the customer completes its verification, so the customer may try again (bankcodes' reading; end_user_can_retry differs from the category's); an account not supported cannot.",
                ),
                CodeInfo(
                    value="bank_account_exists",
                    description="The bank account provided already exists on the specified Customer object. If the bank account should also be attached to a different customer, include the correct customer ID when making the request again.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_exists",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The page's links are reduced to their text. The request names the customer: the integrator fixes it.",
                ),
                CodeInfo(
                    value="bank_account_restricted",
                    description="The customer’s account cannot be used with the payment method.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_restricted",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code).",
                ),
                CodeInfo(
                    value="bank_account_unusable",
                    description="The bank account provided cannot be used. A different bank account must be used.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="This bank account can't be used.",
                            action="Use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Ce compte bancaire ne peut pas être utilisé.",
                            action="Utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن استخدام هذا الحساب المصرفي.",
                            action="استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="Esta cuenta bancaria no se puede usar.",
                            action="Use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Esta conta bancária não pode ser usada.",
                            action="Use outra conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_unusable",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Stripe says a different account must be used, so the customer is asked for one (not to contact the bank).",
                ),
                CodeInfo(
                    value="bank_account_unverified",
                    description="Your Connect platform is attempting to share an unverified bank account with a connected account.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_unverified",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). A Connect platform's request, not the customer's bank details.",
                ),
                CodeInfo(
                    value="bank_account_verification_failed",
                    description="The bank account cannot be verified, either because the microdeposit amounts provided do not match the actual amounts, or because verification has failed too many times.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-support-verify-ach-microdeposits"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank account could not be verified.",
                            action="Check the small deposits in your bank account and enter their amounts again; if you have no attempts left, contact support.",
                        ),
                        "fr": EndUserWords(
                            message="Votre compte bancaire n'a pas pu être vérifié.",
                            action="Vérifiez les petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants; s'il ne vous reste plus de tentatives, communiquez avec notre service d'assistance.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر التحقق من حسابك المصرفي.",
                            action="تحقق من الإيداعات الصغيرة في حسابك المصرفي وأدخل مبالغها مرة أخرى، وإذا لم تتبقَّ لك محاولات، فتواصل مع فريق الدعم.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo verificar su cuenta bancaria.",
                            action="Revise los pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes; si ya no le quedan intentos, comuníquese con el servicio de asistencia.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível verificar sua conta bancária.",
                            action="Confira os pequenos depósitos na sua conta bancária e digite os valores novamente; se não tiver mais tentativas, entre em contato com o suporte.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-support-verify-ach-microdeposits"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#bank_account_verification_failed",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Of its two causes, amounts that do not match can be entered again; once the attempts are used up (Stripe's support page: 3 for amounts, 10 for a descriptor code), Stripe's support has to be contacted. The code does not say which: the end user is told both.",
                ),
                CodeInfo(
                    value="billing_invalid_mandate",
                    description="The Subscription or Invoice attempted payment on a PaymentMethod without an active mandate. In order to create Subscription or Invoice payments with this PaymentMethod, it must be confirmed on-session with a PaymentIntent or SetupIntent first.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#billing_invalid_mandate",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The integrator brings the customer back to confirm the payment method on-session before billing it again.",
                ),
                CodeInfo(
                    value="debit_not_authorized",
                    description="The customer has notified their bank that this payment was unauthorized.",
                    category=_C.REJECTED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank reported that you did not authorize this payment.",
                            action="If you want to pay, contact us to give a new authorization.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a signalé que vous n'aviez pas autorisé ce paiement.",
                            action="Si vous souhaitez payer, communiquez avec nous pour donner une nouvelle autorisation.",
                        ),
                        "ar": EndUserWords(
                            message="أبلغ بنكك أنك لم تأذن بهذه الدفعة.",
                            action="إذا كنت ترغب في الدفع، فتواصل معنا لتقديم إذن جديد.",
                        ),
                        "es": EndUserWords(
                            message="Su banco informó que usted no autorizó este pago.",
                            action="Si desea pagar, comuníquese con nosotros para dar una nueva autorización.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco informou que você não autorizou este pagamento.",
                            action="Se quiser pagar, entre em contato conosco para dar uma nova autorização.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#debit_not_authorized",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The customer disputed the debit with their bank; debiting the account again needs the customer's new authorization.",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The customer’s account has insufficient funds to cover this payment.",
                    category=_C.REJECTED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="There isn't enough money in your account for this payment.",
                            action="Add money to your account, or use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Les fonds de votre compte sont insuffisants pour ce paiement.",
                            action="Approvisionnez votre compte ou utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="الرصيد في حسابك غير كافٍ لهذه الدفعة.",
                            action="أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No hay suficiente dinero en su cuenta para este pago.",
                            action="Agregue dinero a su cuenta o use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Não há saldo suficiente na sua conta para este pagamento.",
                            action="Adicione dinheiro à sua conta ou use outra conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#insufficient_funds",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Once the account holds enough money the payment can succeed, so the customer may try again (bankcodes' reading; end_user_can_retry differs from the category's).",
                ),
                CodeInfo(
                    value="no_account",
                    description="The bank account could not be located.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We couldn't find this bank account.",
                            action="Check your account and routing numbers, or use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pas trouvé ce compte bancaire.",
                            action="Vérifiez vos numéros de compte et d'acheminement, ou utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="لم نتمكن من العثور على هذا الحساب المصرفي.",
                            action="تحقق من رقم حسابك ورقم التوجيه، أو استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No pudimos encontrar esta cuenta bancaria.",
                            action="Verifique su número de cuenta y su número de ruta, o use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Não encontramos esta conta bancária.",
                            action="Confira os números da conta e de roteamento, ou use outra conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#no_account",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). An account that cannot be found may have been mistyped: the customer checks the numbers, or gives another account, and may try again (bankcodes' reading; end_user_can_retry differs from the category's).",
                ),
                CodeInfo(
                    value="payment_intent_authentication_failure",
                    description="The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this PaymentIntent again.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment method could not be confirmed.",
                            action="Try again, or use a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Votre moyen de paiement n'a pas pu être confirmé.",
                            action="Réessayez ou utilisez un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر تأكيد وسيلة الدفع الخاصة بك.",
                            action="حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo confirmar su método de pago.",
                            action="Vuelva a intentarlo o use otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível confirmar sua forma de pagamento.",
                            action="Tente novamente ou use outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_intent_authentication_failure",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The customer's authentication of the payment method failed; they try again or give another payment method.",
                ),
                CodeInfo(
                    value="payment_intent_mandate_invalid",
                    description="The provided mandate is invalid and can not be used for the payment intent.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_intent_mandate_invalid",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The request names the mandate.",
                ),
                CodeInfo(
                    value="payment_intent_payment_attempt_failed",
                    description="The latest payment attempt for the PaymentIntent has failed. Check the last_payment_error property on the PaymentIntent for more details, and provide a new payment method to attempt to fulfill this PaymentIntent again.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment did not go through.",
                            action="Try again with a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Votre paiement n'a pas abouti.",
                            action="Réessayez avec un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="لم تتم عملية الدفع.",
                            action="حاول مرة أخرى باستخدام وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su pago no se realizó.",
                            action="Vuelva a intentarlo con otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Seu pagamento não foi concluído.",
                            action="Tente novamente com outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_intent_payment_attempt_failed",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The page's links are reduced to their text. Its cause is in the PaymentIntent's last_payment_error, read first where the body carries it. Stripe asks for a new payment method, so the same request repeated unchanged does not succeed (retryable false, unlike the category).",
                ),
                CodeInfo(
                    value="payment_method_bank_account_already_verified",
                    description="This bank account has already been verified.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_bank_account_already_verified",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). A verification request for an account already verified: nothing is left for the customer to do.",
                ),
                CodeInfo(
                    value="payment_method_bank_account_blocked",
                    description="This bank account has failed verification in the past and can not be used. Contact us if you wish to attempt to use these bank account credentials.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="This bank account can't be used.",
                            action="Use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Ce compte bancaire ne peut pas être utilisé.",
                            action="Utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن استخدام هذا الحساب المصرفي.",
                            action="استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="Esta cuenta bancaria no se puede usar.",
                            action="Use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Esta conta bancária não pode ser usada.",
                            action="Use outra conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_bank_account_blocked",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The page's links are reduced to their text. Stripe's 'contact us' is addressed to the integrator (its support); the customer uses another account.",
                ),
                CodeInfo(
                    value="payment_method_customer_decline",
                    description="The customer did not approve the payment. Please provide a new payment method to attempt to fulfill this intent again.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You did not approve the payment.",
                            action="Start again and approve it, or use a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Vous n'avez pas approuvé le paiement.",
                            action="Recommencez et approuvez-le, ou utilisez un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="لم توافق على الدفعة.",
                            action="ابدأ من جديد ووافق عليها، أو استخدم وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No aprobó el pago.",
                            action="Vuelva a empezar y apruébelo, o use otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Você não aprovou o pagamento.",
                            action="Comece de novo e aprove-o, ou use outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_customer_decline",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The customer stopped the payment before it finished.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_failed",
                    description="Microdeposits were failed to be deposited into the customer’s bank account. Please check the account, institution and transit numbers as well as the currency type.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We couldn't send the small verification deposits to your bank account.",
                            action="Check your account and routing numbers and enter them again.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pas pu envoyer les petits dépôts de vérification dans votre compte bancaire.",
                            action="Vérifiez vos numéros de compte et d'acheminement et saisissez-les de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم نتمكن من إرسال الإيداعات الصغيرة للتحقق إلى حسابك المصرفي.",
                            action="تحقق من رقم حسابك ورقم التوجيه وأدخلهما مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No pudimos enviar los pequeños depósitos de verificación a su cuenta bancaria.",
                            action="Verifique su número de cuenta y su número de ruta e ingréselos de nuevo.",
                        ),
                        "pt": EndUserWords(
                            message="Não conseguimos enviar os pequenos depósitos de verificação para sua conta bancária.",
                            action="Confira os números da conta e de roteamento e digite-os novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_failed",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The numbers the customer entered are the first thing Stripe asks to check.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_verification_amounts_invalid",
                    description="You must provide exactly two microdeposit amounts.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Two deposit amounts are needed to verify your bank account.",
                            action="Enter the amounts of both small deposits in your bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Deux montants de dépôt sont nécessaires pour vérifier votre compte bancaire.",
                            action="Saisissez les montants des deux petits dépôts faits dans votre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="يلزم إدخال مبلغَي إيداع للتحقق من حسابك المصرفي.",
                            action="أدخل مبلغَي الإيداعين الصغيرين في حسابك المصرفي.",
                        ),
                        "es": EndUserWords(
                            message="Se necesitan dos importes de depósito para verificar su cuenta bancaria.",
                            action="Ingrese los importes de los dos pequeños depósitos en su cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="São necessários dois valores de depósito para verificar sua conta bancária.",
                            action="Digite os valores dos dois pequenos depósitos na sua conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_verification_amounts_invalid",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code).",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_verification_amounts_mismatch",
                    description="The amounts provided do not match the amounts that were sent to the bank account.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-support-verify-ach-microdeposits"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The amounts you entered don't match the deposits sent to your bank account.",
                            action="Check the two small deposits in your bank account and enter their amounts again.",
                        ),
                        "fr": EndUserWords(
                            message="Les montants saisis ne correspondent pas aux dépôts faits dans votre compte bancaire.",
                            action="Vérifiez les deux petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants.",
                        ),
                        "ar": EndUserWords(
                            message="المبالغ التي أدخلتها لا تطابق الإيداعات المرسلة إلى حسابك المصرفي.",
                            action="تحقق من الإيداعين الصغيرين في حسابك المصرفي وأدخل مبلغيهما مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Los importes que ingresó no coinciden con los depósitos enviados a su cuenta bancaria.",
                            action="Revise los dos pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes.",
                        ),
                        "pt": EndUserWords(
                            message="Os valores que você digitou não correspondem aos depósitos enviados para sua conta bancária.",
                            action="Confira os dois pequenos depósitos na sua conta bancária e digite os valores novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-support-verify-ach-microdeposits"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_verification_amounts_mismatch",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Stripe's support page gives 3 attempts for amounts; the last one failed gives payment_method_microdeposit_verification_attempts_exceeded.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_verification_attempts_exceeded",
                    description="You have exceeded the number of allowed verification attempts.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-support-verify-ach-microdeposits"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="There have been too many attempts to verify your bank account.",
                            action="Contact support to verify your bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Il y a eu trop de tentatives de vérification de votre compte bancaire.",
                            action="Communiquez avec notre service d'assistance pour faire vérifier votre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="تجاوزت عدد المحاولات المسموح بها للتحقق من حسابك المصرفي.",
                            action="تواصل مع فريق الدعم للتحقق من حسابك المصرفي.",
                        ),
                        "es": EndUserWords(
                            message="Hubo demasiados intentos de verificar su cuenta bancaria.",
                            action="Comuníquese con el servicio de asistencia para verificar su cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Houve tentativas demais de verificar sua conta bancária.",
                            action="Entre em contato com o suporte para verificar sua conta bancária.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-support-verify-ach-microdeposits"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_verification_attempts_exceeded",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Stripe's support page: customers have 3 attempts for amount-based micro-deposits or 10 for descriptor-based ones, and once the maximum is met the integrator contacts Stripe's support.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_verification_descriptor_code_mismatch",
                    description="The verification code provided does not match the one sent to the bank account.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-support-verify-ach-microdeposits"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The code you entered doesn't match the one sent to your bank account.",
                            action="Find the code in the description of the small deposit in your bank account and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Le code saisi ne correspond pas à celui envoyé dans votre compte bancaire.",
                            action="Trouvez le code dans la description du petit dépôt fait dans votre compte bancaire et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="الرمز الذي أدخلته لا يطابق الرمز المرسل إلى حسابك المصرفي.",
                            action="ابحث عن الرمز في وصف الإيداع الصغير في حسابك المصرفي وأدخله مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El código que ingresó no coincide con el enviado a su cuenta bancaria.",
                            action="Busque el código en la descripción del pequeño depósito en su cuenta bancaria e ingréselo de nuevo.",
                        ),
                        "pt": EndUserWords(
                            message="O código que você digitou não corresponde ao enviado para sua conta bancária.",
                            action="Encontre o código na descrição do pequeno depósito na sua conta bancária e digite-o novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-support-verify-ach-microdeposits"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_verification_descriptor_code_mismatch",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Stripe's support page: the code is a 6-digit descriptor code at the beginning of the company name field of a single micro-deposit, with 10 attempts.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_verification_timeout",
                    description="Payment method should be verified with microdeposits within the required period.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The time to verify your bank account has run out.",
                            action="Add your bank account again to start a new verification.",
                        ),
                        "fr": EndUserWords(
                            message="Le délai pour vérifier votre compte bancaire est écoulé.",
                            action="Ajoutez de nouveau votre compte bancaire pour lancer une nouvelle vérification.",
                        ),
                        "ar": EndUserWords(
                            message="انتهت المهلة المحددة للتحقق من حسابك المصرفي.",
                            action="أضف حسابك المصرفي مرة أخرى لبدء عملية تحقق جديدة.",
                        ),
                        "es": EndUserWords(
                            message="Se agotó el plazo para verificar su cuenta bancaria.",
                            action="Vuelva a agregar su cuenta bancaria para iniciar una nueva verificación.",
                        ),
                        "pt": EndUserWords(
                            message="O prazo para verificar sua conta bancária terminou.",
                            action="Adicione sua conta bancária novamente para iniciar uma nova verificação.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_verification_timeout",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The time to verify ran out: the verification starts again with the bank account added anew.",
                ),
                CodeInfo(
                    value="payment_method_not_available",
                    description="The payment processor for the provided payment method is temporarily unavailable. Please try a different payment method or retry later with the same payment method.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This payment method is temporarily unavailable.",
                            action="Try again later, or use a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Ce moyen de paiement est temporairement indisponible.",
                            action="Réessayez plus tard ou utilisez un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="وسيلة الدفع هذه غير متاحة مؤقتاً.",
                            action="حاول مرة أخرى لاحقاً، أو استخدم وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Este método de pago no está disponible temporalmente.",
                            action="Vuelva a intentarlo más tarde o use otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Esta forma de pagamento está temporariamente indisponível.",
                            action="Tente novamente mais tarde ou use outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_not_available",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code).",
                ),
                CodeInfo(
                    value="payment_method_provider_decline",
                    description="The payment or setup attempt was declined by the issuer or customer. Check the last_payment_error or last_setup_error property on the PaymentIntent or SetupIntent respectively for more details, and provide a new payment method to attempt to fulfill this intent again.",
                    category=_C.REJECTED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment was declined.",
                            action="Use a different payment method, or contact your bank for details.",
                        ),
                        "fr": EndUserWords(
                            message="Votre paiement a été refusé.",
                            action="Utilisez un autre moyen de paiement ou communiquez avec votre banque pour en savoir plus.",
                        ),
                        "ar": EndUserWords(
                            message="تم رفض عملية الدفع.",
                            action="استخدم وسيلة دفع أخرى، أو تواصل مع بنكك لمعرفة التفاصيل.",
                        ),
                        "es": EndUserWords(
                            message="Su pago fue rechazado.",
                            action="Use otro método de pago o comuníquese con su banco para obtener más información.",
                        ),
                        "pt": EndUserWords(
                            message="Seu pagamento foi recusado.",
                            action="Use outra forma de pagamento ou entre em contato com seu banco para saber mais.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_provider_decline",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The page's links are reduced to their text. Its cause is in the intent's last_payment_error or last_setup_error, read first where the body carries it.",
                ),
                CodeInfo(
                    value="payment_method_unactivated",
                    description="The operation cannot be performed as the payment method used has not been activated. Activate the payment method in the Dashboard, then try again.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_unactivated",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The page's links are reduced to their text. The integrator activates the payment method in its Dashboard.",
                ),
                CodeInfo(
                    value="refer_to_customer",
                    description="The customer has stopped the payment with their bank. Contact them for details and to arrange payment.",
                    category=_C.REJECTED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="You stopped this payment with your bank.",
                            action="Contact us to arrange the payment.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez fait opposition à ce paiement auprès de votre banque.",
                            action="Communiquez avec nous pour convenir du paiement.",
                        ),
                        "ar": EndUserWords(
                            message="أوقفت هذه الدفعة لدى بنكك.", action="تواصل معنا لترتيب الدفع."
                        ),
                        "es": EndUserWords(
                            message="Usted detuvo este pago con su banco.",
                            action="Comuníquese con nosotros para coordinar el pago.",
                        ),
                        "pt": EndUserWords(
                            message="Você sustou este pagamento junto ao seu banco.",
                            action="Entre em contato conosco para combinar o pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#refer_to_customer",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Stripe asks the integrator to contact the customer.",
                ),
                CodeInfo(
                    value="routing_number_invalid",
                    description="The bank routing number provided is invalid.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The routing number you entered is not valid.",
                            action="Check your bank's routing number and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Le numéro d'acheminement que vous avez saisi n'est pas valide.",
                            action="Vérifiez le numéro d'acheminement de votre banque et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="رقم التوجيه المصرفي الذي أدخلته غير صالح.",
                            action="تحقق من رقم التوجيه الخاص ببنكك وأدخله مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El número de ruta que ingresó no es válido.",
                            action="Verifique el número de ruta de su banco e ingréselo de nuevo.",
                        ),
                        "pt": EndUserWords(
                            message="O número de roteamento que você digitou não é válido.",
                            action="Confira o número de roteamento do seu banco e digite-o novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#routing_number_invalid",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The routing number is the customer's to type: entering it again correctly lets the request succeed.",
                ),
                CodeInfo(
                    value="setup_attempt_failed",
                    description="The latest setup attempt for the SetupIntent has failed. Check the `last_setup_error` property on the SetupIntent for more details, and provide a new payment method to attempt to set it up again.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment method could not be set up.",
                            action="Try again with a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Votre moyen de paiement n'a pas pu être configuré.",
                            action="Réessayez avec un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر إعداد وسيلة الدفع الخاصة بك.",
                            action="حاول مرة أخرى باستخدام وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo configurar su método de pago.",
                            action="Vuelva a intentarlo con otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível configurar sua forma de pagamento.",
                            action="Tente novamente com outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#setup_attempt_failed",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). Its cause is in the SetupIntent's last_setup_error, read first where the body carries it. Stripe asks for a new payment method, so the same request repeated unchanged does not succeed (retryable false, unlike the category).",
                ),
                CodeInfo(
                    value="setup_intent_authentication_failure",
                    description="The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this SetupIntent again.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment method could not be confirmed.",
                            action="Try again, or use a different payment method.",
                        ),
                        "fr": EndUserWords(
                            message="Votre moyen de paiement n'a pas pu être confirmé.",
                            action="Réessayez ou utilisez un autre moyen de paiement.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر تأكيد وسيلة الدفع الخاصة بك.",
                            action="حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo confirmar su método de pago.",
                            action="Vuelva a intentarlo o use otro método de pago.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível confirmar sua forma de pagamento.",
                            action="Tente novamente ou use outra forma de pagamento.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#setup_intent_authentication_failure",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The customer's authentication of the payment method failed; they try again or give another payment method.",
                ),
                CodeInfo(
                    value="setup_intent_mandate_invalid",
                    description="The provided mandate is invalid and can not be used for the setup intent.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-ach"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-ach"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-ach"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#setup_intent_mandate_invalid",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). The request names the mandate.",
                ),
                CodeInfo(
                    value="financial_connections_account_inactive",
                    description="Data cannot be refreshed on inactive Financial Connections accounts.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-fc"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-node-changelog"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-fc"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-fc"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-node-changelog"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#financial_connections_account_inactive",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). stripe-node added the code in 14.7.0 (2023-11-30). The account is inactive: the customer relinks it, unless its status_details.inactive.action is none (Stripe's relink guide: accounts that cannot be repaired).",
                ),
                CodeInfo(
                    value="financial_connections_no_successful_transaction_refresh",
                    description="Transaction data can only be retrieved for accounts that have at least one successful transaction refresh.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-error-codes-third-party-copy-fc"],
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-node-changelog"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-error-codes-third-party-copy-fc"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["stripe-error-codes-third-party-copy-fc"],
                                _S["stripe-node-payment-intents"],
                                _S["stripe-python-payment-intent"],
                                _S["stripe-node-changelog"],
                                _S["stripe-docs-error-codes"],
                            ),
                        ),
                    ),
                    page="reference/stripe/api_error_code/#financial_connections_no_successful_transaction_refresh",
                    notes="The text is Stripe's error codes page (docs.stripe.com/error-codes), as a third party's copy of an earlier revision shows it (Stripe's own stored copy ends before this code). stripe-node added the code in 14.8.0 (2023-12-07). The integrator asks for transactions before a transaction refresh succeeded: it refreshes the account's transactions and waits for transaction_refresh.status succeeded (the financial_connections.account.refreshed_transactions event). Nothing is the customer's to do.",
                ),
                CodeInfo(
                    value="payment_method_microdeposit_processing_error",
                    description="Processing the microdeposits that verify a bank account payment method failed; Stripe reports it as the last error of a payment, a setup or an invoice's finalization.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["stripe-node-payment-intents"],
                        _S["stripe-python-payment-intent"],
                        _S["stripe-node-changelog"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["stripe-node-changelog"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_code/#payment_method_microdeposit_processing_error",
                    editorial=True,
                    notes="Stripe's libraries list it among the API's error codes (stripe-node's PaymentIntent LastPaymentError.Code, stripe-python's LastPaymentError.code), and stripe-node's changelog for 22.2.0 (2026-05-27) adds it: \"Add support for error codes `payment_method_microdeposit_processing_error` and `siret_invalid` on `Invoice.last_finalization_error`, `PaymentIntent.last_payment_error`, `SetupAttempt.setup_error`, `SetupIntent.last_setup_error`, and `StripeError`\". No text of Stripe's for it could be read: the description is bankcodes' reading of its name and of that entry alone, and no HTTP status is published for it. A processing error with no more specific cause is read as a generic failure.",
                ),
            ),
        ),
        {},
    )
    return ApiErrorCode


def _StatusDetailsAction() -> type[CodeEnum]:
    class StatusDetailsAction(CodeEnum):
        """Account and Authorization status details: action: The action (if any) to relink a Financial Connections Account or Authorization that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is inactive (status_details.inactive.action: an Authorization's in Stripe's SDK types and API reference, an Account's in Stripe's relink guide, a public preview).

        Wire field: status_details.active.action; status_details.inactive.action (Financial Connections Account and Authorization)."""

        none = "none"
        relink_required = "relink_required"

    register(
        StatusDetailsAction,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="status_details_action",
                title="Account and Authorization status details: action",
                description="The action (if any) to relink a Financial Connections Account or Authorization that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is inactive (status_details.inactive.action: an Authorization's in Stripe's SDK types and API reference, an Account's in Stripe's relink guide, a public preview).",
                field="status_details.active.action; status_details.inactive.action (Financial Connections Account and Authorization)",
                sources=(_S["stripe-node-fc-accounts"], _S["stripe-node-fc-authorizations"]),
            ),
            (
                CodeInfo(
                    value="none",
                    description="Accounts that you can’t repair have a status_details.inactive.action of none.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stripe-node-fc-accounts"],
                        _S["stripe-docs-fc-relink-data-products"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-fc-relink-data-products"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/status_details_action/#none",
                    notes="Stripe's example of an account that cannot be repaired is a closed account (unless the customer reopens it): the end user has to link another account. On status_details.active it means no proactive relink is possible before the account becomes inactive.",
                ),
                CodeInfo(
                    value="relink_required",
                    description="The customer can restore the account by completing a relink authentication flow.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["stripe-node-fc-accounts"],
                        _S["stripe-docs-fc-relink-data-products"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/status_details_action/#relink_required",
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
                    editorial=True,
                    notes="The pinned SDK comment names the field only (the action, if any, to proactively relink the Account); the relink guide's sentence about relink_required lies past the end of the saved copy.",
                ),
            ),
        ),
        {},
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
        lambda: (
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
                    sources=(
                        _S["stripe-node-fc-accounts"],
                        _S["stripe-docs-fc-relink-data-products"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/status_details_cause/#access_expired",
                    editorial=True,
                    notes="Stripe's relink guide gives it as the cause when an account's OAuth connection expires (its saved copy is cut there); the customer reauthenticates to restore access.",
                ),
                CodeInfo(
                    value="institution_requirement",
                    description="The institution requires the customer to authenticate again.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["stripe-node-fc-accounts"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/status_details_cause/#institution_requirement",
                    editorial=True,
                    notes="bankcodes' reading of the value's name; Stripe's guide on inactive accounts lists institutions that require customers to reauthenticate (for example after one year), which this cause appears to report.",
                ),
                CodeInfo(
                    value="unspecified",
                    description="Stripe gives no specific cause for the (expected) deactivation.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stripe-node-fc-accounts"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/status_details_cause/#unspecified",
                    editorial=True,
                    notes="Read the action beside it (status_details.*.action) for what can be done.",
                ),
            ),
        ),
        {},
    )
    return StatusDetailsCause


def _AccountStatus() -> type[CodeEnum]:
    class AccountStatus(CodeEnum):
        """Financial Connections Account status: The status of the link to a Financial Connections Account.

        Wire field: status (Financial Connections Account object, also each of a Session's accounts.data; data.object.status of financial_connections.account.* events)."""

        active = "active"
        inactive = "inactive"
        disconnected = "disconnected"

    register(
        AccountStatus,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="account_status",
                title="Financial Connections Account status",
                description="The status of the link to a Financial Connections Account.",
                field="status (Financial Connections Account object, also each of a Session's accounts.data; data.object.status of financial_connections.account.* events)",
                states=True,
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
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["stripe-docs-fc-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/account_status/#active",
                    next_statuses=("inactive", "disconnected"),
                    editorial=True,
                    notes="Stripe's webhooks page says that after an account moves from inactive to active, account data can be refreshed again.",
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
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-fc-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/account_status/#inactive",
                    next_statuses=("active", "disconnected"),
                    notes="Stripe gives as reasons an expired OAuth token, new authentication requirements at the institution (such as MFA) or changed credentials, access revoked in online banking, and a closed account. Some causes cannot be repaired (status_details.inactive.action none); otherwise the customer relinks the account.",
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
                    page="reference/stripe/account_status/#disconnected",
                    next_statuses=(),
                    advice="To regain access to new account data, your user needs to re-authenticate their account through the authentication flow.",
                    notes="The integrator (through the disconnect API) or the end user disconnects an account on purpose; associated PaymentMethods stay usable.",
                    state="revoked",
                    state_reason="Disconnected: access was ended by the account holder or the platform.",
                ),
            ),
        ),
        {},
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
        lambda: (
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
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/stripe/refresh_status/#pending",
                    next_statuses=("succeeded", "failed"),
                    editorial=True,
                ),
                CodeInfo(
                    value="succeeded",
                    description="The refresh attempt succeeded: the refreshed data is available.",
                    category=_C.SUCCESS,
                    sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/stripe/refresh_status/#succeeded",
                    next_statuses=(),
                    editorial=True,
                ),
                CodeInfo(
                    value="failed",
                    description="The refresh attempt failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stripe-openapi-spec3"], _S["stripe-rn-fc-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/refresh_status/#failed",
                    next_statuses=(),
                    editorial=True,
                    notes="Stripe publishes no reason with a failed refresh; an account whose connection broke also becomes inactive (financial_connections.account.deactivated).",
                ),
            ),
        ),
        {},
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
        lambda: (
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
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/stripe/sheet_error/#Failed",
                    editorial=True,
                ),
                CodeInfo(
                    value="Canceled",
                    description="The Financial Connections flow was closed before it finished.",
                    category=_C.CANCELLED,
                    sources=(_S["stripe-rn-fc-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/stripe/sheet_error/#Canceled",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return SheetErrorCode


def _ApiErrorType() -> type[CodeEnum]:
    class ApiErrorType(CodeEnum):
        """API error type: The type of error returned in a Stripe API error body (error.type): the four of the API (v1) that its OpenAPI file and its errors page list, and the two that Stripe's libraries read in an API v2 error (stripe-go's "V2 error types").

        Wire field: error.type (API error response body)."""

        api_error = "api_error"
        card_error = "card_error"
        idempotency_error = "idempotency_error"
        invalid_request_error = "invalid_request_error"
        rate_limit = "rate_limit"
        temporary_session_expired = "temporary_session_expired"

    register(
        ApiErrorType,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="api_error_type",
                title="API error type",
                description="The type of error returned in a Stripe API error body (error.type): the four of the API (v1) that its OpenAPI file and its errors page list, and the two that Stripe's libraries read in an API v2 error (stripe-go's \"V2 error types\").",
                field="error.type (API error response body)",
                sources=(
                    _S["stripe-openapi-spec3"],
                    _S["stripe-dev-terminal-api-error-type"],
                    _S["stripe-docs-api-errors-attributes"],
                    _S["stripe-go-error"],
                    _S["stripe-node-error"],
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
                        _S["stripe-go-error"],
                        _S["stripe-node-error"],
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
                    page="reference/stripe/api_error_type/#api_error",
                ),
                CodeInfo(
                    value="card_error",
                    description="Card errors are the most common type of error you should expect to handle. They result when the user enters a card that can't be charged for some reason.",
                    category=_C.REJECTED,
                    sources=(
                        _S["stripe-openapi-spec3"],
                        _S["stripe-dev-terminal-api-error-type"],
                        _S["stripe-docs-api-errors-attributes"],
                        _S["stripe-go-error"],
                        _S["stripe-node-error"],
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
                    page="reference/stripe/api_error_type/#card_error",
                ),
                CodeInfo(
                    value="idempotency_error",
                    description="Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match the first request's API endpoint and parameters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-openapi-spec3"],
                        _S["stripe-dev-terminal-api-error-type"],
                        _S["stripe-docs-api-errors-attributes"],
                        _S["stripe-go-error"],
                        _S["stripe-node-error"],
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
                    page="reference/stripe/api_error_type/#idempotency_error",
                ),
                CodeInfo(
                    value="invalid_request_error",
                    description="Invalid request errors arise when your request has invalid parameters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["stripe-openapi-spec3"],
                        _S["stripe-dev-terminal-api-error-type"],
                        _S["stripe-docs-api-errors-attributes"],
                        _S["stripe-go-error"],
                        _S["stripe-node-error"],
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
                    page="reference/stripe/api_error_type/#invalid_request_error",
                ),
                CodeInfo(
                    value="rate_limit",
                    description="Account cannot exceed a configured concurrency rate limit on updates.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["stripe-go-error"], _S["stripe-node-error"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["stripe-docs-api-v2-accounts"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-go-error"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_type/#rate_limit",
                    notes="A type of API v2 only: stripe-go lists it among its \"V2 error types\" and answers it with RateLimitError, whose canRetry returns false (the library does not send the request again itself); stripe-node's generateV2Error raises RateLimitError for it. The body's code says which limit: the API reference lists account_rate_limit_exceeded (\"Account cannot exceed a configured concurrency rate limit on updates.\") under 429 among the Error Codes of creating an Account v2; stripe-node's tests mock it with a 400. Stripe's errors page answers a 429 with an exponential backoff of the requests.",
                ),
                CodeInfo(
                    value="temporary_session_expired",
                    description="The temporary session token has expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["stripe-go-error"], _S["stripe-node-error"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-go-error"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/api_error_type/#temporary_session_expired",
                    notes='A type of API v2 only: stripe-go lists it among its "V2 error types" and answers it with TemporarySessionExpiredError, which it does not retry; stripe-node\'s generateV2Error raises TemporarySessionExpiredError for it.',
                ),
            ),
        ),
        {},
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
        lambda: (
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
                    page="reference/stripe/fc_event_name/#open",
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
                    page="reference/stripe/fc_event_name/#manual_entry_initiated",
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
                    page="reference/stripe/fc_event_name/#consent_acquired",
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
                    page="reference/stripe/fc_event_name/#search_initiated",
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
                    page="reference/stripe/fc_event_name/#institution_selected",
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
                    page="reference/stripe/fc_event_name/#institution_authorized",
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
                    page="reference/stripe/fc_event_name/#accounts_selected",
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
                    page="reference/stripe/fc_event_name/#success",
                ),
                CodeInfo(
                    value="error",
                    description="Invoked when an error is encountered. Refer to error codes for more details.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stripe-rn-fc-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-rn-fc-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/fc_event_name/#error",
                    notes="Its metadata.errorCode (fc_event_error_code) says which error.",
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
                    page="reference/stripe/fc_event_name/#cancel",
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
                        Equivalent(
                            provider="fintoc",
                            code_set="webview_message",
                            value="fintocwidget://exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="user_left",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
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
                    page="reference/stripe/fc_event_name/#flow_launched_in_browser",
                ),
            ),
        ),
        {},
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
        lambda: (
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
                    page="reference/stripe/webhook_type/#financial_connections.account.account_numbers_updated",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.created",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.deactivated",
                    next_step="reconnect",
                    state="needs_end_user",
                    state_reason="The account became inactive: a relink needs the end user.",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.disconnected",
                    next_step="none",
                    state="revoked",
                    state_reason="The account was disconnected.",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.expected_deactivation_date_updated",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.reactivated",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.refreshed_balance",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.refreshed_ownership",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.refreshed_transactions",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.supported_payment_method_types_updated",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.upcoming_account_number_expiry",
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
                    page="reference/stripe/webhook_type/#financial_connections.account.upcoming_deactivation",
                    next_step="reconnect",
                    state="consent_ending_soon",
                    state_reason="Sent 30 days before a Financial Connections Account is expected to become inactive.",
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
                    page="reference/stripe/webhook_type/#financial_connections.authorization.expected_deactivation_date_updated",
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
                    page="reference/stripe/webhook_type/#financial_connections.authorization.upcoming_deactivation",
                    next_step="reconnect",
                    state="consent_ending_soon",
                    state_reason="Sent before an authorization is expected to become inactive.",
                ),
                CodeInfo(
                    value="setup_intent.created",
                    description="Occurs when a new SetupIntent is created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stripe-node-events"], _S["stripe-docs-event-object"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-node-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/webhook_type/#setup_intent.created",
                    notes="Not a Financial Connections event: it is in the set because the only Event body Stripe publishes in its API reference (the Event object example) has this type, and that example must be read as a known event.",
                ),
                CodeInfo(
                    value="payment_intent.payment_failed",
                    description="Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stripe-node-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-node-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/webhook_type/#payment_intent.payment_failed",
                    notes="Not a Financial Connections event: a payment from a Financial Connections account that fails carries its error in data.object.last_payment_error, whose code (one of the API error codes) decides before this type.",
                ),
                CodeInfo(
                    value="setup_intent.setup_failed",
                    description="Occurs when a SetupIntent has failed the attempt to setup a payment method.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stripe-node-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["stripe-node-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/webhook_type/#setup_intent.setup_failed",
                    notes="Not a Financial Connections event: a payment method made from a Financial Connections account that cannot be set up carries its error in data.object.last_setup_error, whose code (one of the API error codes) decides before this type.",
                ),
            ),
        ),
        {},
    )
    return EventType


def _AuthorizationStatus() -> type[CodeEnum]:
    class AuthorizationStatus(CodeEnum):
        """Financial Connections Authorization status: The status of the connection to a Financial Connections Authorization (the institution login behind one or more accounts). The descriptions are the API reference's.

        Wire field: status (Financial Connections Authorization object; data.object.status of financial_connections.authorization.* events)."""

        active = "active"
        inactive = "inactive"
        disconnected = "disconnected"

    register(
        AuthorizationStatus,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="authorization_status",
                title="Financial Connections Authorization status",
                description="The status of the connection to a Financial Connections Authorization (the institution login behind one or more accounts). The descriptions are the API reference's.",
                field="status (Financial Connections Authorization object; data.object.status of financial_connections.authorization.* events)",
                states=True,
                sources=(
                    _S["stripe-docs-api-fc-authorizations-object"],
                    _S["stripe-node-fc-authorizations"],
                ),
            ),
            (
                CodeInfo(
                    value="active",
                    description="Stripe is able to retrieve data from the Authorization without issues.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["stripe-docs-api-fc-authorizations-object"],
                        _S["stripe-node-fc-authorizations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-authorizations-object"],),
                        ),
                    ),
                    page="reference/stripe/authorization_status/#active",
                ),
                CodeInfo(
                    value="inactive",
                    description="Stripe cannot retrieve data from the Authorization.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["stripe-docs-api-fc-authorizations-object"],
                        _S["stripe-node-fc-authorizations"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-authorizations-object"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/authorization_status/#inactive",
                    notes="Its status_details.inactive.action says whether the end user can relink it (relink_required) or not (none).",
                ),
                CodeInfo(
                    value="disconnected",
                    description="The Authorization is permanently disconnected and cannot be used to retrieve data.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["stripe-docs-api-fc-authorizations-object-preview"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(doc_versions=("2026-01-28.preview",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-authorizations-object-preview"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/authorization_status/#disconnected",
                    notes="Only the API reference's rendering for the preview API version 2026-01-28.preview lists it; stripe-node's types list active and inactive. As with a disconnected account, new data needs the end user to authenticate anew.",
                    state="revoked",
                    state_reason="Disconnected: the authorization was ended.",
                ),
            ),
        ),
        {},
    )
    return AuthorizationStatus


def _TransactionStatus() -> type[CodeEnum]:
    class TransactionStatus(CodeEnum):
        """Financial Connections Transaction status: The status of a transaction of a Financial Connections Account. The descriptions are the API reference's.

        Wire field: status (Financial Connections Transaction object)."""

        pending = "pending"
        posted = "posted"
        void = "void"

    register(
        TransactionStatus,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="transaction_status",
                title="Financial Connections Transaction status",
                description="The status of a transaction of a Financial Connections Account. The descriptions are the API reference's.",
                field="status (Financial Connections Transaction object)",
                sources=(
                    _S["stripe-docs-api-fc-transactions-object"],
                    _S["stripe-node-fc-transactions"],
                ),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="This transaction is processing and does not yet affect the account’s balance.",
                    category=_C.PENDING,
                    sources=(
                        _S["stripe-docs-api-fc-transactions-object"],
                        _S["stripe-node-fc-transactions"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-transactions-object"],),
                        ),
                    ),
                    page="reference/stripe/transaction_status/#pending",
                ),
                CodeInfo(
                    value="posted",
                    description="This transaction has processed and affects the account’s balance.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["stripe-docs-api-fc-transactions-object"],
                        _S["stripe-node-fc-transactions"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-transactions-object"],),
                        ),
                    ),
                    page="reference/stripe/transaction_status/#posted",
                ),
                CodeInfo(
                    value="void",
                    description="This transaction has disappeared and no longer affects the account’s balance.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["stripe-docs-api-fc-transactions-object"],
                        _S["stripe-node-fc-transactions"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stripe-docs-api-fc-transactions-object"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/transaction_status/#void",
                    notes="It reports what the bank shows of the transaction (its status_transitions.void_at says when): nothing for the app or the customer to repair.",
                ),
            ),
        ),
        {},
    )
    return TransactionStatus


def _AccountNumberStatus() -> type[CodeEnum]:
    class AccountNumberStatus(CodeEnum):
        """Account number status: Whether an account number of a Financial Connections Account (a tokenized one among them) is currently active and usable for transactions.

        Wire field: account_numbers[].status (Financial Connections Account)."""

        transactable = "transactable"
        deactivated = "deactivated"

    register(
        AccountNumberStatus,
        lambda: (
            CodeSetInfo(
                provider="stripe",
                id="account_number_status",
                title="Account number status",
                description="Whether an account number of a Financial Connections Account (a tokenized one among them) is currently active and usable for transactions.",
                field="account_numbers[].status (Financial Connections Account)",
                sources=(_S["stripe-node-fc-accounts"],),
            ),
            (
                CodeInfo(
                    value="transactable",
                    description="The account number is active and usable for transactions.",
                    category=_C.SUCCESS,
                    sources=(_S["stripe-node-fc-accounts"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/account_number_status/#transactable",
                    editorial=True,
                    notes="stripe-node types the values with one comment for the field: 'Whether the account number is currently active and usable for transactions.'",
                ),
                CodeInfo(
                    value="deactivated",
                    description="The account number is no longer active: it cannot be used for transactions.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stripe-node-fc-accounts"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stripe/account_number_status/#deactivated",
                    editorial=True,
                    notes="bankcodes' reading of the field's comment. Stripe sends financial_connections.account.upcoming_account_number_expiry before a tokenized account number expires (its expected_expiry_date).",
                ),
            ),
        ),
        {},
    )
    return AccountNumberStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
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
            "AuthorizationStatus",
            "TransactionStatus",
            "AccountNumberStatus",
        )
    )
