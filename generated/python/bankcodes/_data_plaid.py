# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.plaid's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.plaid")
#: The documents its facts come from, by id.
_S = {
    "plaid-openapi": Source(
        id="plaid-openapi",
        kind="repo",
        title="Plaid OpenAPI description, 2020-09-14.yml",
        url="https://github.com/plaid/plaid-openapi/blob/26f1a0588c12e765e99c815300d94eae0a3c7dc1/2020-09-14.yml",
    ),
    "plaid-rn-sdk-types": Source(
        id="plaid-rn-sdk-types",
        kind="repo",
        title="Plaid React Native Link SDK types (ReactNativePlaidLinkSdk.types.ts)",
        url="https://github.com/plaid/react-native-plaid-link-sdk/blob/56b62315fad86c98337541ef55fd55549e0d434a/src/ReactNativePlaidLinkSdk.types.ts",
    ),
    "plaid-errors-copy": Source(
        id="plaid-errors-copy",
        kind="third-party",
        title="Plaid error reference pages as copied on 2024-10-19 (plaid_error_codes.jsonl)",
        url="https://github.com/brenfrrs/plaid_error_codes/blob/c1fbd81c255e0ecc0b37e6d6a39c621386c78c57/plaid_error_codes.jsonl",
    ),
    "plaid-errors": Source(
        id="plaid-errors",
        kind="doc",
        title="Plaid Docs: Errors",
        url="https://plaid.com/docs/errors/",
    ),
    "plaid-errors-api": Source(
        id="plaid-errors-api",
        kind="doc",
        title="Plaid Docs: API errors",
        url="https://plaid.com/docs/errors/api/",
    ),
    "plaid-errors-assets": Source(
        id="plaid-errors-assets",
        kind="doc",
        title="Plaid Docs: Assets errors",
        url="https://plaid.com/docs/errors/assets/",
    ),
    "plaid-errors-income": Source(
        id="plaid-errors-income",
        kind="doc",
        title="Plaid Docs: Income errors",
        url="https://plaid.com/docs/errors/income/",
    ),
    "plaid-errors-institution": Source(
        id="plaid-errors-institution",
        kind="doc",
        title="Plaid Docs: Institution errors",
        url="https://plaid.com/docs/errors/institution/",
    ),
    "plaid-errors-invalid-input": Source(
        id="plaid-errors-invalid-input",
        kind="doc",
        title="Plaid Docs: Invalid Input errors",
        url="https://plaid.com/docs/errors/invalid-input/",
    ),
    "plaid-errors-invalid-request": Source(
        id="plaid-errors-invalid-request",
        kind="doc",
        title="Plaid Docs: Invalid Request errors",
        url="https://plaid.com/docs/errors/invalid-request/",
    ),
    "plaid-errors-invalid-result": Source(
        id="plaid-errors-invalid-result",
        kind="doc",
        title="Plaid Docs: Invalid Result errors",
        url="https://plaid.com/docs/errors/invalid-result/",
    ),
    "plaid-errors-item": Source(
        id="plaid-errors-item",
        kind="doc",
        title="Plaid Docs: Item errors",
        url="https://plaid.com/docs/errors/item/",
    ),
    "plaid-errors-microdeposits": Source(
        id="plaid-errors-microdeposits",
        kind="doc",
        title="Plaid Docs: Microdeposits errors",
        url="https://plaid.com/docs/errors/microdeposits/",
    ),
    "plaid-errors-oauth": Source(
        id="plaid-errors-oauth",
        kind="doc",
        title="Plaid Docs: OAuth errors",
        url="https://plaid.com/docs/errors/oauth/",
    ),
    "plaid-errors-partner": Source(
        id="plaid-errors-partner",
        kind="doc",
        title="Plaid Docs: Partner errors",
        url="https://plaid.com/docs/errors/partner/",
    ),
    "plaid-errors-payment": Source(
        id="plaid-errors-payment",
        kind="doc",
        title="Plaid Docs: Payment errors",
        url="https://plaid.com/docs/errors/payment/",
    ),
    "plaid-errors-rate-limit-exceeded": Source(
        id="plaid-errors-rate-limit-exceeded",
        kind="doc",
        title="Plaid Docs: Rate Limit Exceeded errors (capture of 2026-03-07)",
        url="https://plaid.com/docs/errors/rate-limit-exceeded/",
    ),
    "plaid-errors-recaptcha": Source(
        id="plaid-errors-recaptcha",
        kind="doc",
        title="Plaid Docs: ReCAPTCHA errors",
        url="https://plaid.com/docs/errors/recaptcha/",
    ),
    "plaid-errors-sandbox": Source(
        id="plaid-errors-sandbox",
        kind="doc",
        title="Plaid Docs: Sandbox errors",
        url="https://plaid.com/docs/errors/sandbox/",
    ),
    "plaid-errors-transactions": Source(
        id="plaid-errors-transactions",
        kind="doc",
        title="Plaid Docs: Transactions errors",
        url="https://plaid.com/docs/errors/transactions/",
    ),
    "plaid-errors-transfer": Source(
        id="plaid-errors-transfer",
        kind="doc",
        title="Plaid Docs: Transfer errors",
        url="https://plaid.com/docs/errors/transfer/",
    ),
    "plaid-errors-virtual-account": Source(
        id="plaid-errors-virtual-account",
        kind="doc",
        title="Plaid Docs: Virtual Account errors",
        url="https://plaid.com/docs/errors/virtual-account/",
    ),
    "plaid-errors-signal": Source(
        id="plaid-errors-signal",
        kind="doc",
        title="Plaid Docs: Signal errors",
        url="https://plaid.com/docs/errors/signal/",
    ),
    "plaid-errors-user": Source(
        id="plaid-errors-user",
        kind="doc",
        title="Plaid Docs: User errors",
        url="https://plaid.com/docs/errors/user/",
    ),
    "plaid-errors-check-report": Source(
        id="plaid-errors-check-report",
        kind="doc",
        title="Plaid Docs: Check Report errors",
        url="https://plaid.com/docs/errors/check-report/",
    ),
    "plaid-link-web": Source(
        id="plaid-link-web",
        kind="doc",
        title="Plaid Docs: Link - Web (onExit and onEvent)",
        url="https://plaid.com/docs/link/web/",
    ),
    "plaid-link-react-native": Source(
        id="plaid-link-react-native",
        kind="doc",
        title="Plaid Docs: Link - React Native (onExit and onEvent; pinned by the saved excerpt of the page from onExit to the end of onEvent)",
        url="https://plaid.com/docs/link/react-native/",
    ),
}


def _ErrorType() -> type[CodeEnum]:
    class ErrorType(CodeEnum):
        """Error type: The error_type of a Plaid error object: a broad grouping of error codes. The error_code decides the category; the type's category is what a code this catalog does not know falls back to.

        Wire field: error.error_type."""

        INVALID_REQUEST = "INVALID_REQUEST"
        INVALID_RESULT = "INVALID_RESULT"
        INVALID_INPUT = "INVALID_INPUT"
        INSTITUTION_ERROR = "INSTITUTION_ERROR"
        RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
        API_ERROR = "API_ERROR"
        ITEM_ERROR = "ITEM_ERROR"
        ASSET_REPORT_ERROR = "ASSET_REPORT_ERROR"
        BASE_REPORT_ERROR = "BASE_REPORT_ERROR"
        RECAPTCHA_ERROR = "RECAPTCHA_ERROR"
        OAUTH_ERROR = "OAUTH_ERROR"
        PAYMENT_ERROR = "PAYMENT_ERROR"
        BANK_TRANSFER_ERROR = "BANK_TRANSFER_ERROR"
        INCOME_VERIFICATION_ERROR = "INCOME_VERIFICATION_ERROR"
        MICRODEPOSITS_ERROR = "MICRODEPOSITS_ERROR"
        SANDBOX_ERROR = "SANDBOX_ERROR"
        PARTNER_ERROR = "PARTNER_ERROR"
        SIGNAL_ERROR = "SIGNAL_ERROR"
        TRANSACTIONS_ERROR = "TRANSACTIONS_ERROR"
        TRANSACTION_ERROR = "TRANSACTION_ERROR"
        TRANSFER_ERROR = "TRANSFER_ERROR"
        CHECK_REPORT_ERROR = "CHECK_REPORT_ERROR"
        CONSUMER_REPORT_ERROR = "CONSUMER_REPORT_ERROR"
        USER_ERROR = "USER_ERROR"
        AUTH_ERROR = "AUTH_ERROR"

    register(
        ErrorType,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="error_type",
                title="Error type",
                description="The error_type of a Plaid error object: a broad grouping of error codes. The error_code decides the category; the type's category is what a code this catalog does not know falls back to.",
                field="error.error_type",
                sources=(_S["plaid-openapi"], _S["plaid-errors"]),
            ),
            (
                CodeInfo(
                    value="INVALID_REQUEST",
                    description="The request was malformed: a missing, unknown or invalid field or header, or an endpoint not available in this API version.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#INVALID_REQUEST",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_RESULT",
                    description="Plaid could not produce a valid result for the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#INVALID_RESULT",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_INPUT",
                    description="A value in the request (an API key, token, id or product) was not valid for this client or environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#INVALID_INPUT",
                    editorial=True,
                ),
                CodeInfo(
                    value="INSTITUTION_ERROR",
                    description="The financial institution is down, not responding, not supported or not available to this client.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#INSTITUTION_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="RATE_LIMIT_EXCEEDED",
                    description="Too many requests were made to an endpoint or for an Item.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#RATE_LIMIT_EXCEEDED",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                ),
                CodeInfo(
                    value="API_ERROR",
                    description="Plaid could not process the request, or its systems are under maintenance.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#API_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="ITEM_ERROR",
                    description="A problem with the Item (the end user's connection to an institution): its login, MFA, accounts or products.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#ITEM_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="ASSET_REPORT_ERROR",
                    description="A problem creating or retrieving an Asset Report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#ASSET_REPORT_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="BASE_REPORT_ERROR",
                    description="A problem creating or retrieving a Base Report (Plaid Check).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#BASE_REPORT_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="RECAPTCHA_ERROR",
                    description="Plaid's fraud checks asked for, or refused, a reCAPTCHA challenge.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#RECAPTCHA_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="OAUTH_ERROR",
                    description="A problem re-initialising Link to resume an OAuth flow.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#OAUTH_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAYMENT_ERROR",
                    description="A payment initiation (UK and Europe) was blocked, cancelled or rejected.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#PAYMENT_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="BANK_TRANSFER_ERROR",
                    description="A bank transfer could not be created or completed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#BANK_TRANSFER_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_ERROR",
                    description="A problem with an income verification or its documents.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#INCOME_VERIFICATION_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="MICRODEPOSITS_ERROR",
                    description="A problem verifying an account by micro-deposits.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#MICRODEPOSITS_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="SANDBOX_ERROR",
                    description="A Sandbox-only endpoint was called with invalid parameters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#SANDBOX_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="PARTNER_ERROR",
                    description="A problem with a reseller partner's end customer.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#PARTNER_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="SIGNAL_ERROR",
                    description="A problem evaluating a transfer with Signal.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#SIGNAL_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSACTIONS_ERROR",
                    description="A problem paginating transactions data.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#TRANSACTIONS_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSACTION_ERROR",
                    description="A virtual account (wallet) transaction could not be executed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#TRANSACTION_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSFER_ERROR",
                    description="A transfer was refused or could not be created or cancelled.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#TRANSFER_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="CHECK_REPORT_ERROR",
                    description="A problem creating or retrieving a Consumer Report (Plaid Check).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#CHECK_REPORT_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="CONSUMER_REPORT_ERROR",
                    description="A problem with a Plaid Check consumer report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#CONSUMER_REPORT_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="USER_ERROR",
                    description="A problem with the Plaid user the request names.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_type/#USER_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="AUTH_ERROR",
                    description="A problem with Auth, listed as a Link error type by the React Native SDK.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_type/#AUTH_ERROR",
                    editorial=True,
                    notes="In the React Native SDK's LinkErrorType, not in PlaidErrorType of the OpenAPI description.",
                ),
            ),
        ),
        {},
    )
    return ErrorType


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """Error code: The error_code of a Plaid error object (API responses, webhooks and Link's onExit), grouped by the error_type it is published under. Plaid's own clients keep it a plain string.

        Wire field: error.error_code."""

        ACCESS_NOT_GRANTED = "ACCESS_NOT_GRANTED"
        INSTANT_MATCH_FAILED = "INSTANT_MATCH_FAILED"
        INSUFFICIENT_CREDENTIALS = "INSUFFICIENT_CREDENTIALS"
        INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
        INVALID_MFA = "INVALID_MFA"
        INVALID_SEND_METHOD = "INVALID_SEND_METHOD"
        INVALID_PHONE_NUMBER = "INVALID_PHONE_NUMBER"
        INVALID_OTP = "INVALID_OTP"
        INVALID_UPDATED_USERNAME = "INVALID_UPDATED_USERNAME"
        ITEM_CONCURRENTLY_DELETED = "ITEM_CONCURRENTLY_DELETED"
        ITEM_LOCKED = "ITEM_LOCKED"
        ITEM_LOGIN_REQUIRED = "ITEM_LOGIN_REQUIRED"
        ITEM_NOT_FOUND = "ITEM_NOT_FOUND"
        ITEM_NOT_SUPPORTED = "ITEM_NOT_SUPPORTED"
        MFA_NOT_SUPPORTED = "MFA_NOT_SUPPORTED"
        NO_ACCOUNTS = "NO_ACCOUNTS"
        NO_AUTH_ACCOUNTS = "NO_AUTH_ACCOUNTS"
        NO_INVESTMENT_ACCOUNTS = "NO_INVESTMENT_ACCOUNTS"
        NO_INVESTMENT_AUTH_ACCOUNTS = "NO_INVESTMENT_AUTH_ACCOUNTS"
        NO_LIABILITY_ACCOUNTS = "NO_LIABILITY_ACCOUNTS"
        PASSWORD_RESET_REQUIRED = "PASSWORD_RESET_REQUIRED"
        PRODUCT_NOT_ENABLED = "PRODUCT_NOT_ENABLED"
        PRODUCT_NOT_READY = "PRODUCT_NOT_READY"
        PRODUCTS_NOT_SUPPORTED = "PRODUCTS_NOT_SUPPORTED"
        USER_SETUP_REQUIRED = "USER_SETUP_REQUIRED"
        USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
        CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
        FLOWDOWN_NOT_COMPLETE = "FLOWDOWN_NOT_COMPLETE"
        QUESTIONNAIRE_NOT_COMPLETE = "QUESTIONNAIRE_NOT_COMPLETE"
        CUSTOMER_NOT_READY_FOR_ENABLEMENT = "CUSTOMER_NOT_READY_FOR_ENABLEMENT"
        CUSTOMER_ALREADY_ENABLED = "CUSTOMER_ALREADY_ENABLED"
        CUSTOMER_ALREADY_CREATED = "CUSTOMER_ALREADY_CREATED"
        LOGO_REQUIRED = "LOGO_REQUIRED"
        INVALID_LOGO = "INVALID_LOGO"
        CONTACT_REQUIRED = "CONTACT_REQUIRED"
        ASSETS_UNDER_MANAGEMENT_REQUIRED = "ASSETS_UNDER_MANAGEMENT_REQUIRED"
        CUSTOMER_REMOVAL_NOT_ALLOWED = "CUSTOMER_REMOVAL_NOT_ALLOWED"
        TRANSACTION_INSUFFICIENT_FUNDS = "TRANSACTION_INSUFFICIENT_FUNDS"
        TRANSACTION_AMOUNT_EXCEEDED = "TRANSACTION_AMOUNT_EXCEEDED"
        TRANSACTION_ON_SAME_ACCOUNT = "TRANSACTION_ON_SAME_ACCOUNT"
        TRANSACTION_CURRENCY_MISMATCH = "TRANSACTION_CURRENCY_MISMATCH"
        TRANSACTION_IBAN_INVALID = "TRANSACTION_IBAN_INVALID"
        TRANSACTION_BACS_INVALID = "TRANSACTION_BACS_INVALID"
        TRANSACTION_FAST_PAY_DISABLED = "TRANSACTION_FAST_PAY_DISABLED"
        TRANSACTION_EXECUTION_FAILED = "TRANSACTION_EXECUTION_FAILED"
        NONIDENTICAL_REQUEST = "NONIDENTICAL_REQUEST"
        REQUEST_CONFLICT = "REQUEST_CONFLICT"
        LAST_UPDATED_DATETIME_OUT_OF_RANGE = "LAST_UPDATED_DATETIME_OUT_OF_RANGE"
        PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA = (
            "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA"
        )
        ACCOUNTS_LIMIT = "ACCOUNTS_LIMIT"
        ACCOUNTS_BALANCE_GET_LIMIT = "ACCOUNTS_BALANCE_GET_LIMIT"
        AUTH_LIMIT = "AUTH_LIMIT"
        INCORRECT_OAUTH_NONCE = "INCORRECT_OAUTH_NONCE"
        INCORRECT_LINK_TOKEN = "INCORRECT_LINK_TOKEN"
        OAUTH_STATE_ID_ALREADY_PROCESSED = "OAUTH_STATE_ID_ALREADY_PROCESSED"
        OAUTH_STATE_ID_NOT_FOUND = "OAUTH_STATE_ID_NOT_FOUND"
        BANK_TRANSFER_ACCOUNT_BLOCKED = "BANK_TRANSFER_ACCOUNT_BLOCKED"
        RECAPTCHA_REQUIRED = "RECAPTCHA_REQUIRED"
        RECAPTCHA_BAD = "RECAPTCHA_BAD"
        INCOMPATIBLE_API_VERSION = "INCOMPATIBLE_API_VERSION"
        INVALID_ACCOUNT_NUMBER = "INVALID_ACCOUNT_NUMBER"
        INVALID_BODY = "INVALID_BODY"
        INVALID_CONFIGURATION = "INVALID_CONFIGURATION"
        PAYMENT_BLOCKED = "PAYMENT_BLOCKED"
        PAYMENT_CANCELLED = "PAYMENT_CANCELLED"
        PAYMENT_INSUFFICIENT_FUNDS = "PAYMENT_INSUFFICIENT_FUNDS"
        PAYMENT_INVALID_RECIPIENT = "PAYMENT_INVALID_RECIPIENT"
        DIRECT_INTEGRATION_NOT_ENABLED = "DIRECT_INTEGRATION_NOT_ENABLED"
        INCORRECT_DEPOSIT_VERIFICATION = "INCORRECT_DEPOSIT_VERIFICATION"
        INVALID_ACCESS_TOKEN = "INVALID_ACCESS_TOKEN"
        BALANCE_LIMIT = "BALANCE_LIMIT"
        CREDITS_EXHAUSTED = "CREDITS_EXHAUSTED"
        IDENTITY_LIMIT = "IDENTITY_LIMIT"
        INSTITUTIONS_GET_LIMIT = "INSTITUTIONS_GET_LIMIT"
        INSTITUTIONS_GET_BY_ID_LIMIT = "INSTITUTIONS_GET_BY_ID_LIMIT"
        INVALID_FIELD = "INVALID_FIELD"
        INVALID_HEADERS = "INVALID_HEADERS"
        MISSING_FIELDS = "MISSING_FIELDS"
        NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE"
        NOT_FOUND = "NOT_FOUND"
        PAYMENT_INVALID_REFERENCE = "PAYMENT_INVALID_REFERENCE"
        PAYMENT_INVALID_SCHEDULE = "PAYMENT_INVALID_SCHEDULE"
        PAYMENT_REJECTED = "PAYMENT_REJECTED"
        PAYMENT_SCHEME_NOT_SUPPORTED = "PAYMENT_SCHEME_NOT_SUPPORTED"
        PAYMENT_CONSENT_INVALID_CONSTRAINTS = "PAYMENT_CONSENT_INVALID_CONSTRAINTS"
        PAYMENT_CONSENT_CANCELLED = "PAYMENT_CONSENT_CANCELLED"
        INVALID_ACCOUNT_ID = "INVALID_ACCOUNT_ID"
        INVALID_API_KEYS = "INVALID_API_KEYS"
        INVALID_AUDIT_COPY_TOKEN = "INVALID_AUDIT_COPY_TOKEN"
        INVALID_INSTITUTION = "INVALID_INSTITUTION"
        INVALID_LINK_CUSTOMIZATION = "INVALID_LINK_CUSTOMIZATION"
        INVESTMENT_HOLDINGS_GET_LIMIT = "INVESTMENT_HOLDINGS_GET_LIMIT"
        INVESTMENT_TRANSACTIONS_LIMIT = "INVESTMENT_TRANSACTIONS_LIMIT"
        ITEM_GET_LIMIT = "ITEM_GET_LIMIT"
        RATE_LIMIT = "RATE_LIMIT"
        TRANSACTIONS_LIMIT = "TRANSACTIONS_LIMIT"
        INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
        PLANNED_MAINTENANCE = "PLANNED_MAINTENANCE"
        DATA_UNAVAILABLE = "DATA_UNAVAILABLE"
        ASSET_REPORT_GENERATION_FAILED = "ASSET_REPORT_GENERATION_FAILED"
        SANDBOX_PRODUCT_NOT_ENABLED = "SANDBOX_PRODUCT_NOT_ENABLED"
        SANDBOX_WEBHOOK_INVALID = "SANDBOX_WEBHOOK_INVALID"
        SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID = "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID"
        INCOME_VERIFICATION_DOCUMENT_NOT_FOUND = "INCOME_VERIFICATION_DOCUMENT_NOT_FOUND"
        INCOME_VERIFICATION_FAILED = "INCOME_VERIFICATION_FAILED"
        INCOME_VERIFICATION_NOT_FOUND = "INCOME_VERIFICATION_NOT_FOUND"
        INCOME_VERIFICATION_UPLOAD_ERROR = "INCOME_VERIFICATION_UPLOAD_ERROR"
        TRANSFER_LIMIT_REACHED = "TRANSFER_LIMIT_REACHED"
        TRANSFER_ACCOUNT_BLOCKED = "TRANSFER_ACCOUNT_BLOCKED"
        TRANSFER_NOT_CANCELLABLE = "TRANSFER_NOT_CANCELLABLE"
        TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION = (
            "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION"
        )
        INSTITUTION_DOWN = "INSTITUTION_DOWN"
        INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT = "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT"
        INSTITUTION_NOT_RESPONDING = "INSTITUTION_NOT_RESPONDING"
        INSTITUTION_NOT_AVAILABLE = "INSTITUTION_NOT_AVAILABLE"
        SANDBOX_ONLY = "SANDBOX_ONLY"
        UNKNOWN_FIELDS = "UNKNOWN_FIELDS"
        FAILED_PRECONDITION = "FAILED_PRECONDITION"
        INVALID_LINK_TOKEN = "INVALID_LINK_TOKEN"
        INVALID_PROCESSOR_TOKEN = "INVALID_PROCESSOR_TOKEN"
        INVALID_PRODUCT = "INVALID_PRODUCT"
        INVALID_PRODUCTS = "INVALID_PRODUCTS"
        TRANSACTIONS_SYNC_LIMIT = "TRANSACTIONS_SYNC_LIMIT"
        INVALID_PARENT = "INVALID_PARENT"
        INSIGHTS_NOT_ENABLED = "INSIGHTS_NOT_ENABLED"
        INSIGHTS_PREVIOUSLY_NOT_ENABLED = "INSIGHTS_PREVIOUSLY_NOT_ENABLED"
        VERIFICATION_STATUS_PENDING_APPROVAL = "VERIFICATION_STATUS_PENDING_APPROVAL"
        EMPLOYMENT_NOT_FOUND = "EMPLOYMENT_NOT_FOUND"
        TRANSFER_UNSUPPORTED_ACCOUNT_TYPE = "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"
        TRANSFER_FORBIDDEN_ACH_CLASS = "TRANSFER_FORBIDDEN_ACH_CLASS"
        TRANSFER_UI_UNAUTHORIZED = "TRANSFER_UI_UNAUTHORIZED"
        TRANSFER_ORIGINATOR_NOT_FOUND = "TRANSFER_ORIGINATOR_NOT_FOUND"
        INCOMPLETE_CUSTOMER_ONBOARDING = "INCOMPLETE_CUSTOMER_ONBOARDING"
        INSTITUTION_NO_LONGER_SUPPORTED = "INSTITUTION_NO_LONGER_SUPPORTED"
        UNAUTHORIZED_INSTITUTION = "UNAUTHORIZED_INSTITUTION"
        INSTITUTION_REGISTRATION_REQUIRED = "INSTITUTION_REGISTRATION_REQUIRED"
        UNSUPPORTED_RESPONSE = "UNSUPPORTED_RESPONSE"
        ADDITIONAL_CONSENT_REQUIRED = "ADDITIONAL_CONSENT_REQUIRED"
        INVALID_PUBLIC_TOKEN = "INVALID_PUBLIC_TOKEN"
        INVALID_STRIPE_ACCOUNT = "INVALID_STRIPE_ACCOUNT"
        INVALID_USER_TOKEN = "INVALID_USER_TOKEN"
        INVALID_WEBHOOK_VERIFICATION_KEY_ID = "INVALID_WEBHOOK_VERIFICATION_KEY_ID"
        UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"
        PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE"
        TOO_MANY_VERIFICATION_ATTEMPTS = "TOO_MANY_VERIFICATION_ATTEMPTS"
        UNAUTHORIZED_ENVIRONMENT = "UNAUTHORIZED_ENVIRONMENT"
        UNAUTHORIZED_ROUTE_ACCESS = "UNAUTHORIZED_ROUTE_ACCESS"
        USER_PERMISSION_REVOKED = "USER_PERMISSION_REVOKED"
        ITEM_NO_ERROR = "ITEM_NO_ERROR"
        ITEM_PRODUCT_NOT_READY = "ITEM_PRODUCT_NOT_READY"
        ASSET_PRODUCT_NOT_READY = "ASSET_PRODUCT_NOT_READY"
        BANK_TRANSFER_LIMIT_EXCEEDED = "BANK_TRANSFER_LIMIT_EXCEEDED"
        BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT = "BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT"
        BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT = "BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT"
        BANK_TRANSFER_INSUFFICIENT_FUNDS = "BANK_TRANSFER_INSUFFICIENT_FUNDS"
        BANK_TRANSFER_NOT_CANCELLABLE = "BANK_TRANSFER_NOT_CANCELLABLE"
        BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE = "BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"
        BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT = "BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT"
        SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID = (
            "SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID"
        )
        INCORRECT_DEPOSIT_AMOUNTS = "INCORRECT_DEPOSIT_AMOUNTS"
        MICRODEPOSITS_ALREADY_VERIFIED = "MICRODEPOSITS_ALREADY_VERIFIED"
        ADDITION_LIMIT = "ADDITION_LIMIT"
        DATA_QUALITY_CHECK_FAILED = "DATA_QUALITY_CHECK_FAILED"
        CONSUMER_REPORT_EXPIRED = "CONSUMER_REPORT_EXPIRED"
        INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED = (
            "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED"
        )
        INSUFFICIENT_TRANSACTION_DATA = "INSUFFICIENT_TRANSACTION_DATA"
        NETWORK_CONSENT_REQUIRED = "NETWORK_CONSENT_REQUIRED"
        INVALID_USER_ID = "INVALID_USER_ID"
        INVALID_USER_IDENTITY_DATA = "INVALID_USER_IDENTITY_DATA"
        PROFILE_AUTHENTICATION_FAILED = "PROFILE_AUTHENTICATION_FAILED"
        MANUAL_VERIFICATION_REQUIRED = "MANUAL_VERIFICATION_REQUIRED"
        OAUTH_REGISTRATION_ERROR = "OAUTH_REGISTRATION_ERROR"
        INSTITUTION_RATE_LIMIT = "INSTITUTION_RATE_LIMIT"
        TRANSACTIONS_REFRESH_LIMIT = "TRANSACTIONS_REFRESH_LIMIT"
        ADDENDUM_NOT_SIGNED = "ADDENDUM_NOT_SIGNED"
        CLIENT_TRANSACTION_ID_ALREADY_IN_USE = "CLIENT_TRANSACTION_ID_ALREADY_IN_USE"
        INVALID_CONFIGURATION_STATE = "INVALID_CONFIGURATION_STATE"
        NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS = (
            "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS"
        )
        RULESET_NOT_FOUND = "RULESET_NOT_FOUND"
        SIGNAL_TRANSACTION_NOT_INITIATED = "SIGNAL_TRANSACTION_NOT_INITIATED"
        TRANSFER_NETWORK_LIMIT_EXCEEDED = "TRANSFER_NETWORK_LIMIT_EXCEEDED"
        USER_NOT_FOUND = "USER_NOT_FOUND"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="error_code",
                title="Error code",
                description="The error_code of a Plaid error object (API responses, webhooks and Link's onExit), grouped by the error_type it is published under. Plaid's own clients keep it a plain string.",
                field="error.error_code",
                sources=(_S["plaid-errors"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
            ),
            (
                CodeInfo(
                    value="ACCESS_NOT_GRANTED",
                    description="The user did not grant necessary permissions for their account.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You did not give the permissions needed for this account.",
                            action="Connect your account again and allow the requested access.",
                        ),
                        "fr": EndUserWords(
                            message="Vous n'avez pas accordé les autorisations nécessaires pour ce compte.",
                            action="Connectez de nouveau votre compte et accordez l'accès demandé.",
                        ),
                        "ar": EndUserWords(
                            message="لم تمنح الأذونات اللازمة لهذا الحساب.",
                            action="اربط حسابك مرة أخرى وامنح الإذن المطلوب.",
                        ),
                        "es": EndUserWords(
                            message="No otorgó los permisos necesarios para esta cuenta.",
                            action="Vuelva a conectar su cuenta y permita el acceso solicitado.",
                        ),
                        "pt": EndUserWords(
                            message="Você não concedeu as permissões necessárias para esta conta.",
                            action="Conecte sua conta novamente e permita o acesso solicitado.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ACCESS_NOT_GRANTED",
                    message="access to this product was not granted for the account",
                    user_message="The user did not grant the necessary permissions for this product on their account.",
                    user_message_offered=False,
                    notes="plaid-errors-item: Plaid's sample message 'The user did not grant the necessary permissions for this product on their account.' speaks of the customer in the third person, so it is not offered as the end user's message.",
                ),
                CodeInfo(
                    value="INSTANT_MATCH_FAILED",
                    description="Instant Match could not be initialized for the Item.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-item"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                    ),
                    page="reference/plaid/error_code/#INSTANT_MATCH_FAILED",
                    message="Item cannot be verified through Instant Match. Ensure you are correctly enabling all auth features in Link.",
                ),
                CodeInfo(
                    value="INSUFFICIENT_CREDENTIALS",
                    description="The user did not provide sufficient authorization in order to link their account via an OAuth login flow.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSUFFICIENT_CREDENTIALS",
                    message="insufficient authorization was provided to complete the request",
                    notes="Plaid files it under ITEM_ERROR; bankcodes calls it cancelled because Plaid's common cause is that the user abandoned the bank's OAuth flow. Plaid's sample display_message for this code is the code itself, so bankcodes keeps no user message for it.",
                ),
                CodeInfo(
                    value="INVALID_CREDENTIALS",
                    description="The financial institution indicated that the credentials provided were invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_CREDENTIALS",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="2",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="error_code",
                            value="103",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="login_error",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="pluggy",
                            code_set="execution_error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="login_invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                    message="the provided credentials were not correct",
                    user_message="The provided credentials were not correct. Please try again.",
                ),
                CodeInfo(
                    value="INVALID_MFA",
                    description="The institution indicated that the provided response for MFA was invalid",
                    category=_C.MFA_FAILED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_MFA",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_SECURITY_RESPONSE",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="4",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                    ),
                    message="the provided MFA response(s) were not correct",
                    user_message="The provided MFA responses were not correct. Please try again.",
                ),
                CodeInfo(
                    value="INVALID_SEND_METHOD",
                    description="Returned when the method used to send MFA credentials was deemed invalid by the institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_SEND_METHOD",
                    message="the provided MFA send_method was invalid",
                ),
                CodeInfo(
                    value="INVALID_PHONE_NUMBER",
                    description="The submitted phone number was invalid.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_PHONE_NUMBER",
                    message="the provided phone number was invalid",
                    user_message="The provided phone number was invalid. Please try again.",
                ),
                CodeInfo(
                    value="INVALID_OTP",
                    description="The submitted OTP was invalid.",
                    category=_C.MFA_FAILED,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_OTP",
                    message="the provided OTP was invalid",
                    user_message="The provided OTP was invalid. Please try again.",
                ),
                CodeInfo(
                    value="INVALID_UPDATED_USERNAME",
                    description="The username entered during update mode did not match the original username.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INVALID_UPDATED_USERNAME",
                    message="the username provided to /item/credentials/update does not match the original username for the item",
                    aliases=("INVALD_UPDATED_USERNAME",),
                    notes="The React Native SDK also declares the misspelling INVALD_UPDATED_USERNAME.",
                ),
                CodeInfo(
                    value="ITEM_CONCURRENTLY_DELETED",
                    description="This item was deleted while the operation was in progress.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The connection to this account was removed while your request was in progress.",
                            action="Connect your account again to continue.",
                        ),
                        "fr": EndUserWords(
                            message="La connexion à ce compte a été supprimée pendant le traitement de votre demande.",
                            action="Connectez de nouveau votre compte pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="تمت إزالة الربط بهذا الحساب أثناء معالجة طلبك.",
                            action="اربط حسابك مرة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="La conexión con esta cuenta se eliminó mientras su solicitud estaba en curso.",
                            action="Vuelva a conectar su cuenta para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="A conexão com esta conta foi removida enquanto sua solicitação estava em andamento.",
                            action="Conecte sua conta novamente para continuar.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ITEM_CONCURRENTLY_DELETED",
                    message="This item was deleted while the operation was in progress",
                    notes="plaid-errors-item: 'This item was deleted while the operation was in progress.' The Item is gone, so repeating the request later cannot succeed (retryable false, unlike concurrent_operation); the category words ('Another request ... still in progress. Wait a moment, then try again.') do not fit; the end user would have to connect again.",
                ),
                CodeInfo(
                    value="ITEM_LOCKED",
                    description="The financial institution indicated that the user's account is locked. The user will need to work with the institution directly to unlock their account.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#ITEM_LOCKED",
                    message="the account is locked. prompt the user to visit the institution's site and unlock their account",
                    user_message="The given account has been locked by the financial institution. Please visit your financial institution's website to unlock your account.",
                ),
                CodeInfo(
                    value="ITEM_LOGIN_REQUIRED",
                    description="Additional input from the user is required to continue getting data for this Item.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#ITEM_LOGIN_REQUIRED",
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
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
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
                    message="the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
                ),
                CodeInfo(
                    value="ITEM_NOT_FOUND",
                    description="The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#ITEM_NOT_FOUND",
                    message="The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user.",
                ),
                CodeInfo(
                    value="ITEM_NOT_SUPPORTED",
                    description="Plaid is unable to support this user's accounts due to restrictions in place at the financial institution.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#ITEM_NOT_SUPPORTED",
                    message="this account is currently not supported",
                    user_message="The given account is not currently supported for this financial institution. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="MFA_NOT_SUPPORTED",
                    description="Returned when the user requires a form of MFA that Plaid does not support for a given financial institution.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#MFA_NOT_SUPPORTED",
                    message="this account requires a MFA type that we do not currently support for the institution",
                    user_message="The multi-factor security features enabled on this account are not currently supported for this financial institution. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="NO_ACCOUNTS",
                    description="Returned when there are no open accounts associated with the Item.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["plaid-errors-item"],
                        _S["plaid-errors-check-report"],
                        _S["plaid-rn-sdk-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-item"],),
                            context="with error_type ITEM_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-check-report"],),
                            message="No depository accounts were found for this user",
                            context="with error_type CHECK_REPORT_ERROR",
                        ),
                    ),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#NO_ACCOUNTS",
                    message="no valid accounts were found for this item",
                    user_message="No valid accounts were found at the financial institution. Please visit your financial institution's website to confirm accounts are available.",
                    notes="Plaid also publishes it under CHECK_REPORT_ERROR: the HTTP entries give the sample response of each error_type.",
                ),
                CodeInfo(
                    value="NO_AUTH_ACCOUNTS",
                    description="Returned from POST /auth/get when there are no valid accounts for which account and routing numbers could be retrieved.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NO_AUTH_ACCOUNTS",
                    message="There are no valid checking or savings account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more.",
                ),
                CodeInfo(
                    value="NO_INVESTMENT_ACCOUNTS",
                    description="Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link initialized with the Investments product, when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NO_INVESTMENT_ACCOUNTS",
                    message="There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                ),
                CodeInfo(
                    value="NO_INVESTMENT_AUTH_ACCOUNTS",
                    description="Returned from POST /investments/holdings/get or POST /investments/transactions/get when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NO_INVESTMENT_AUTH_ACCOUNTS",
                    message="There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                ),
                CodeInfo(
                    value="NO_LIABILITY_ACCOUNTS",
                    description="Returned from POST /liabilities/get when there are no valid liability account(s) for which liabilities could be retrieved.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NO_LIABILITY_ACCOUNTS",
                    message="There are no valid liability account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                ),
                CodeInfo(
                    value="PASSWORD_RESET_REQUIRED",
                    description="The user must log in directly to the financial institution and reset their password.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank requires you to reset your password.",
                            action="Reset your password on your bank's website or app, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande de réinitialiser votre mot de passe.",
                            action="Réinitialisez votre mot de passe sur le site Web ou dans l'application de votre banque, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك إعادة تعيين كلمة المرور.",
                            action="أعد تعيين كلمة المرور عبر موقع بنكك الإلكتروني أو تطبيقه، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco le pide que restablezca su contraseña.",
                            action="Restablezca su contraseña en el sitio web o la aplicación de su banco y luego vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco exige que você redefina sua senha.",
                            action="Redefina sua senha no site ou no aplicativo do seu banco e tente novamente.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PASSWORD_RESET_REQUIRED",
                    message="user must reset their password",
                    user_message="The user needs to reset their password for their account",
                    user_message_offered=False,
                    notes="plaid-errors-item: Plaid's sample message 'The user needs to reset their password for their account' is third person; not offered. Description: 'The user must log in directly to the financial institution and reset their password.'",
                ),
                CodeInfo(
                    value="PRODUCT_NOT_ENABLED",
                    description="A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["plaid-errors-item"],
                        _S["plaid-errors-assets"],
                        _S["plaid-errors-income"],
                        _S["plaid-rn-sdk-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-item"],),
                            context="with error_type ITEM_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-assets"],),
                            context="with error_type ASSET_REPORT_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-income"],),
                            cause="The Income product has not been enabled.",
                            message="the 'income_verification' product is not enabled for the following client ID: <CLIENT_ID>. please ensure that the 'income_verification' is included in the 'product' array when initializing Link and try again.",
                            context="with error_type INCOME_VERIFICATION_ERROR",
                            cause_by="provider",
                        ),
                    ),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PRODUCT_NOT_ENABLED",
                    message="A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
                    notes="Plaid also publishes it under ASSET_REPORT_ERROR and INCOME_VERIFICATION_ERROR: the HTTP entries give the sample response of each error_type.",
                ),
                CodeInfo(
                    value="PRODUCT_NOT_READY",
                    description="Returned when a data request has been made for a product that is not yet ready.",
                    category=_C.PENDING,
                    sources=(
                        _S["plaid-errors-item"],
                        _S["plaid-errors-assets"],
                        _S["plaid-errors-income"],
                        _S["plaid-errors-check-report"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-item"],),
                            context="with error_type ITEM_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-assets"],),
                            context="with error_type ASSET_REPORT_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-income"],),
                            cause="The Income product has not completed processing.",
                            message="the requested product is not yet ready. please provide a webhook or try the request again later",
                            context="with error_type INCOME_VERIFICATION_ERROR",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-check-report"],),
                            message="The consumer report you are trying to pull is not ready. Please wait for a CHECK_REPORT_READY webhook to fetch data",
                            context="with error_type CONSUMER_REPORT_ERROR",
                        ),
                    ),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PRODUCT_NOT_READY",
                    message="the requested product is not yet ready. please provide a webhook or try the request again later",
                    notes="An ITEM_ERROR at Plaid, but the data is still being prepared: pending. Plaid also publishes it under ASSET_REPORT_ERROR, INCOME_VERIFICATION_ERROR and CONSUMER_REPORT_ERROR: the HTTP entries give the sample response of each error_type.",
                ),
                CodeInfo(
                    value="PRODUCTS_NOT_SUPPORTED",
                    description="Returned when a data request has been made for an Item for a product that it does not support. Use the /item/get endpoint to find out which products an Item supports.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#PRODUCTS_NOT_SUPPORTED",
                ),
                CodeInfo(
                    value="USER_SETUP_REQUIRED",
                    description="The user must log in directly to the financial institution and take some action before Plaid can access their accounts.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-item"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#USER_SETUP_REQUIRED",
                    message="the account has not been fully set up. prompt the user to visit the issuing institution's site and finish the setup process",
                    user_message="The given account is not fully setup. Please visit your financial institution's website to setup your account.",
                ),
                CodeInfo(
                    value="USER_INPUT_TIMEOUT",
                    description="The user did not complete a step in the Link flow, and it timed out.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#USER_INPUT_TIMEOUT",
                    message="user must retry this operation",
                    user_message="The application timed out waiting for user input",
                    user_message_offered=False,
                    notes="plaid-errors-item: Plaid's sample message 'The application timed out waiting for user input' speaks of 'user input' and 'the application' (not to the customer); not offered. session_expired's words fit.",
                ),
                CodeInfo(
                    value="CUSTOMER_NOT_FOUND",
                    description="Customer not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CUSTOMER_NOT_FOUND",
                    message="the customer was not found",
                ),
                CodeInfo(
                    value="FLOWDOWN_NOT_COMPLETE",
                    description="Flowdown not complete",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=412, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#FLOWDOWN_NOT_COMPLETE",
                    message="you must complete a flowdown to create and enable customers",
                ),
                CodeInfo(
                    value="QUESTIONNAIRE_NOT_COMPLETE",
                    description="Questionnaire not complete",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=412, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#QUESTIONNAIRE_NOT_COMPLETE",
                    message="you must complete the security questionnaire to create and enable customers",
                ),
                CodeInfo(
                    value="CUSTOMER_NOT_READY_FOR_ENABLEMENT",
                    description="Customer not ready for enablement",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=412, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CUSTOMER_NOT_READY_FOR_ENABLEMENT",
                    message="this customer is not ready for enablement",
                ),
                CodeInfo(
                    value="CUSTOMER_ALREADY_ENABLED",
                    description="Customer already enabled",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CUSTOMER_ALREADY_ENABLED",
                    message="this customer has already been enabled",
                ),
                CodeInfo(
                    value="CUSTOMER_ALREADY_CREATED",
                    description="Customer already created",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CUSTOMER_ALREADY_CREATED",
                    message="this customer has already been created",
                ),
                CodeInfo(
                    value="LOGO_REQUIRED",
                    description="Logo required",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#LOGO_REQUIRED",
                    message="a logo is required because create_link_customization is set to true and the co-branded consent pane is in use",
                ),
                CodeInfo(
                    value="INVALID_LOGO",
                    description="Invalid logo",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_LOGO",
                    message="the logo must be a base64-encoded string of a PNG of size 1024x1024",
                ),
                CodeInfo(
                    value="CONTACT_REQUIRED",
                    description="Contact required",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CONTACT_REQUIRED",
                    message="billing or technical contacts must be submitted either in the request or filled in for your team in the dashboard",
                ),
                CodeInfo(
                    value="ASSETS_UNDER_MANAGEMENT_REQUIRED",
                    description="Assets Under Management required",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#ASSETS_UNDER_MANAGEMENT_REQUIRED",
                    message="assets under management must be submitted because your team has a monthly service commitment",
                ),
                CodeInfo(
                    value="CUSTOMER_REMOVAL_NOT_ALLOWED",
                    description="Removal not allowed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CUSTOMER_REMOVAL_NOT_ALLOWED",
                    message="removal of a production-enabled end customer is not allowed. talk to your account manager to remove this end customer.",
                ),
                CodeInfo(
                    value="TRANSACTION_INSUFFICIENT_FUNDS",
                    description="The virtual account has too little balance for the transaction.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_INSUFFICIENT_FUNDS",
                    editorial=True,
                    message="There are insufficient funds to complete the transaction",
                ),
                CodeInfo(
                    value="TRANSACTION_AMOUNT_EXCEEDED",
                    description="The transaction amount is over the allowed limit.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_AMOUNT_EXCEEDED",
                    editorial=True,
                    message="Transaction amount exceeds the allowed threshold for this client",
                ),
                CodeInfo(
                    value="TRANSACTION_ON_SAME_ACCOUNT",
                    description="The transaction's source and destination are the same account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_ON_SAME_ACCOUNT",
                    editorial=True,
                    message="Payment to the same account is not allowed",
                    notes="plaid-errors-virtual-account: Source and destination are the same account; repeating the request unchanged fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSACTION_CURRENCY_MISMATCH",
                    description="The transaction's currency does not match the account's.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_CURRENCY_MISMATCH",
                    editorial=True,
                    message="The currency between the wallet and recipient account is different",
                    notes="plaid-errors-virtual-account: The currency does not match the account's; repeating unchanged fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSACTION_IBAN_INVALID",
                    description="The recipient's IBAN is not valid.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_IBAN_INVALID",
                    editorial=True,
                    message="The provided IBAN is invalid",
                    notes="plaid-errors-virtual-account: The recipient's IBAN is not valid; repeating unchanged fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSACTION_BACS_INVALID",
                    description="The recipient's BACS account number or sort code is not valid.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_BACS_INVALID",
                    editorial=True,
                    message="The provided BACS account number and/or sort code is invalid",
                    notes="plaid-errors-virtual-account: The recipient's BACS account number or sort code is not valid; repeating unchanged fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSACTION_FAST_PAY_DISABLED",
                    description="The recipient's account cannot receive Faster Payments.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_FAST_PAY_DISABLED",
                    editorial=True,
                    message="The recipient sort code is not enabled for faster payments",
                ),
                CodeInfo(
                    value="TRANSACTION_EXECUTION_FAILED",
                    description="The transaction could not be executed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTION_EXECUTION_FAILED",
                    editorial=True,
                    message="There was a problem executing the transaction. Please retry.",
                ),
                CodeInfo(
                    value="NONIDENTICAL_REQUEST",
                    description="A request reused an idempotency key with different parameters.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#NONIDENTICAL_REQUEST",
                    editorial=True,
                    message="Request body does not match previous request with this idempotency key",
                    notes="plaid-errors-virtual-account: The idempotency key was reused with different parameters ('The request parameters have changed compared to the original request with the same idempotency key.'); the same request fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="REQUEST_CONFLICT",
                    description="A request with the same idempotency key is still being processed.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["plaid-errors-virtual-account"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-virtual-account"],)),),
                    group="transaction_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-virtual-account"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#REQUEST_CONFLICT",
                    editorial=True,
                    message="Original request is still processing",
                ),
                CodeInfo(
                    value="LAST_UPDATED_DATETIME_OUT_OF_RANGE",
                    description="No data is available from the Item within the specified date-time.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-invalid-result"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-result"],)),),
                    group="invalid_result",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-result"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-result"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#LAST_UPDATED_DATETIME_OUT_OF_RANGE",
                    message="requested datetime out of range, most recently updated balance 2021-01-01T00:00:00Z",
                ),
                CodeInfo(
                    value="PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA",
                    description="The Plaid Direct Item import resulted in invalid MFA.",
                    category=_C.MFA_FAILED,
                    sources=(_S["plaid-errors-invalid-result"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-result"],)),),
                    group="invalid_result",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-result"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-result"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA",
                    message="Plaid Direct Item Imports should not result in MFA.",
                ),
                CodeInfo(
                    value="ACCOUNTS_LIMIT",
                    description="Too many requests were made to the /accounts/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ACCOUNTS_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="ACCOUNTS_BALANCE_GET_LIMIT",
                    description="Too many requests were made to the /accounts/balance/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ACCOUNTS_BALANCE_GET_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="AUTH_LIMIT",
                    description="Too many requests were made to the /auth/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#AUTH_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="INCORRECT_OAUTH_NONCE",
                    description="An incorrect OAuth nonce was supplied when re-initializing Link.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-oauth"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-oauth"],)),),
                    group="oauth_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-oauth"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-oauth"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INCORRECT_OAUTH_NONCE",
                    message="nonce does not match",
                ),
                CodeInfo(
                    value="INCORRECT_LINK_TOKEN",
                    description="An incorrect Link token was supplied when re-initializing Link.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-oauth"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-oauth"],)),),
                    group="oauth_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-oauth"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-oauth"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCORRECT_LINK_TOKEN",
                    message="link token does not match original link token",
                ),
                CodeInfo(
                    value="OAUTH_STATE_ID_ALREADY_PROCESSED",
                    description="The OAuth state has already been processed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-oauth"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=208, sources=(_S["plaid-errors-oauth"],)),),
                    group="oauth_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-oauth"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#OAUTH_STATE_ID_ALREADY_PROCESSED",
                ),
                CodeInfo(
                    value="OAUTH_STATE_ID_NOT_FOUND",
                    description="The OAuth state id could not be found.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-oauth"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=404, sources=(_S["plaid-errors-oauth"],)),),
                    group="oauth_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-oauth"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-oauth"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#OAUTH_STATE_ID_NOT_FOUND",
                    message="the provided oauth_state_id wasn't found",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_ACCOUNT_BLOCKED",
                    description="The bank transfer could not be completed because a previous transfer involving the same end-user account resulted in an error.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-microdeposits"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-microdeposits"],)),),
                    group="bank_transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-microdeposits"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-microdeposits"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_ACCOUNT_BLOCKED",
                    message="bank transfer was blocked due to a previous ACH return on this account",
                ),
                CodeInfo(
                    value="RECAPTCHA_REQUIRED",
                    description="The request was flagged by Plaid's fraud system, and requires additional verification to ensure they are not a bot.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-recaptcha"],)),),
                    group="recaptcha_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#RECAPTCHA_REQUIRED",
                    message="This request requires additional verification. Please resubmit the request after completing the challenge",
                ),
                CodeInfo(
                    value="RECAPTCHA_BAD",
                    description="The provided challenge response was denied.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-recaptcha"],)),),
                    group="recaptcha_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-recaptcha"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#RECAPTCHA_BAD",
                    message="The provided challenge response was denied. Please try again",
                ),
                CodeInfo(
                    value="INCOMPATIBLE_API_VERSION",
                    description="The request uses fields that are not compatible with the API version being used.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOMPATIBLE_API_VERSION",
                    message="The public_key cannot be used for this endpoint as of version {version-date} of the API. Please use the client_id and secret instead.",
                ),
                CodeInfo(
                    value="INVALID_ACCOUNT_NUMBER",
                    description="The provided account number was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_ACCOUNT_NUMBER",
                    message="The provided account number was invalid.",
                ),
                CodeInfo(
                    value="INVALID_BODY",
                    description="The request body was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_BODY",
                    message="body could not be parsed as JSON",
                ),
                CodeInfo(
                    value="INVALID_CONFIGURATION",
                    description="/link/token/create was called with invalid configuration settings",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_CONFIGURATION",
                    message="please ensure that the request body is formatted correctly",
                ),
                CodeInfo(
                    value="PAYMENT_BLOCKED",
                    description="The payment was blocked for violating compliance rules.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_BLOCKED",
                    message="payment blocked",
                ),
                CodeInfo(
                    value="PAYMENT_CANCELLED",
                    description="The payment was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_CANCELLED",
                    message="user cancelled the payment",
                    user_message="Try making your payment again or select a different bank to continue.",
                ),
                CodeInfo(
                    value="PAYMENT_INSUFFICIENT_FUNDS",
                    description="The account has insufficient funds to complete the payment.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="There isn't enough money in your account to complete the payment.",
                            action="Try again, or choose another account or bank.",
                        ),
                        "fr": EndUserWords(
                            message="Les fonds de votre compte sont insuffisants pour effectuer ce paiement.",
                            action="Réessayez ou choisissez un autre compte ou une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="الرصيد في حسابك غير كافٍ لإتمام عملية الدفع.",
                            action="حاول مرة أخرى، أو اختر حساباً أو بنكاً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No hay suficiente dinero en su cuenta para completar el pago.",
                            action="Vuelva a intentarlo o elija otra cuenta u otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Não há saldo suficiente na sua conta para concluir o pagamento.",
                            action="Tente novamente ou escolha outra conta ou outro banco.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_INSUFFICIENT_FUNDS",
                    equivalents=(
                        Equivalent(
                            provider="belvo",
                            code_set="payment_failure_code",
                            value="INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="direct_debit_failed_reason",
                            value="04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="insufficient_funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="check-balance-insufficient-funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    message="insufficient funds to complete the request",
                    user_message="There isn't enough money in this account to complete the payment. Try again, or select another account or bank.",
                    notes="plaid-errors-payment: 'The account has insufficient funds to complete the payment.'; display_message 'There isn't enough money in this account to complete the payment. Try again, or select another account or bank.' French and Arabic keep the reason (fonds insuffisants / الرصيد غير كافٍ) instead of the rejected category's 'Votre banque a refusé la demande'. Plaid's own message invites a retry, and the end user can add funds or pick another account; a program should not repeat the payment unchanged.",
                ),
                CodeInfo(
                    value="PAYMENT_INVALID_RECIPIENT",
                    description="The recipient was rejected by the chosen institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_INVALID_RECIPIENT",
                    message="payment recipient invalid",
                    user_message="The payment recipient is invalid for the selected institution. Create a new payment with a different recipient.",
                    user_message_offered=False,
                    notes="Plaid's display message tells the app what to change (the recipient, reference, schedule, scheme or constraints), so it is not offered to the customer.",
                ),
                CodeInfo(
                    value="DIRECT_INTEGRATION_NOT_ENABLED",
                    description="An attempt was made to create an Item without using Link.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#DIRECT_INTEGRATION_NOT_ENABLED",
                    message="your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started.",
                ),
                CodeInfo(
                    value="INCORRECT_DEPOSIT_VERIFICATION",
                    description="The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item verification in Link.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INCORRECT_DEPOSIT_VERIFICATION",
                    notes="Plaid files it under INVALID_INPUT; the end user can enter the code again.",
                ),
                CodeInfo(
                    value="INVALID_ACCESS_TOKEN",
                    description="The access_token is not valid for this client or environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_ACCESS_TOKEN",
                    editorial=True,
                    message="could not find matching access token",
                ),
                CodeInfo(
                    value="BALANCE_LIMIT",
                    description="Too many requests were made to the /accounts/balance/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BALANCE_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="CREDITS_EXHAUSTED",
                    description="You have used up your free API usage allocation in Limited Production",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#CREDITS_EXHAUSTED",
                    message="Free usage exhausted, please request full Production access to continue using this product",
                    notes="Plaid files it under RATE_LIMIT_EXCEEDED, but waiting does not help: the client must move to full Production.",
                ),
                CodeInfo(
                    value="IDENTITY_LIMIT",
                    description="Too many requests were made to the /identity/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#IDENTITY_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="INSTITUTIONS_GET_LIMIT",
                    description="Too many requests were made to the /institutions/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSTITUTIONS_GET_LIMIT",
                    message='rate limit exceeded for attempts to access "institutions get by id". please try again later',
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="INSTITUTIONS_GET_BY_ID_LIMIT",
                    description="Too many requests were made to the /institutions/get_by_id endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSTITUTIONS_GET_BY_ID_LIMIT",
                    message='rate limit exceeded for attempts to access "institutions get by id". please try again later',
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="INVALID_FIELD",
                    description="One or more of the request body fields were improperly formatted or invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_FIELD",
                    message="{{ error message is specific to the given / missing request field }}",
                ),
                CodeInfo(
                    value="INVALID_HEADERS",
                    description="The request was missing a required header.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_HEADERS",
                    message="{{ error message is specific to the given / missing header }}",
                ),
                CodeInfo(
                    value="MISSING_FIELDS",
                    description="The request was missing one or more required fields.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#MISSING_FIELDS",
                    message="the following required fields are missing: {fields}",
                ),
                CodeInfo(
                    value="NO_LONGER_AVAILABLE",
                    description="The endpoint requested is not available in the API version being used.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NO_LONGER_AVAILABLE",
                    message="This endpoint has been discontinued as of version {version-date} of the API.",
                ),
                CodeInfo(
                    value="NOT_FOUND",
                    description="The endpoint requested does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#NOT_FOUND",
                    message="not found",
                ),
                CodeInfo(
                    value="PAYMENT_INVALID_REFERENCE",
                    description="The reference was rejected by the chosen institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_INVALID_REFERENCE",
                    message="payment reference invalid",
                    user_message="The payment reference is invalid for the selected institution. Create a new payment with a different reference.",
                    user_message_offered=False,
                    notes="Plaid's display message tells the app what to change (the recipient, reference, schedule, scheme or constraints), so it is not offered to the customer.",
                ),
                CodeInfo(
                    value="PAYMENT_INVALID_SCHEDULE",
                    description="The schedule was rejected by the chosen institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_INVALID_SCHEDULE",
                    message="payment schedule invalid",
                    user_message="The payment schedule is invalid for the selected institution. Create a new payment with a different schedule.",
                    user_message_offered=False,
                    notes="Plaid's display message tells the app what to change (the recipient, reference, schedule, scheme or constraints), so it is not offered to the customer.",
                ),
                CodeInfo(
                    value="PAYMENT_REJECTED",
                    description="The payment was rejected by the chosen institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank rejected the payment.",
                            action="Try again, or choose another account or bank.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a refusé le paiement.",
                            action="Réessayez ou choisissez un autre compte ou une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="رفض بنكك عملية الدفع.",
                            action="حاول مرة أخرى، أو اختر حساباً أو بنكاً آخر.",
                        ),
                        "es": EndUserWords(
                            message="Su banco rechazó el pago.",
                            action="Vuelva a intentarlo o elija otra cuenta u otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco recusou o pagamento.",
                            action="Tente novamente ou escolha outra conta ou outro banco.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_REJECTED",
                    message="payment rejected",
                    user_message="The payment was rejected by the institution. Try again, or select another account or bank.",
                    notes="plaid-errors-payment: display_message 'The payment was rejected by the institution. Try again, or select another account or bank.' Plaid's own message invites a retry, so the end user may try again, unlike the rejected category.",
                ),
                CodeInfo(
                    value="PAYMENT_SCHEME_NOT_SUPPORTED",
                    description="The requested payment scheme is not supported by the chosen institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_SCHEME_NOT_SUPPORTED",
                    message="payment scheme not supported",
                    user_message="The payment scheme is not supported by the institution. Either change scheme or select another institution.",
                    user_message_offered=False,
                    notes="Plaid's display message tells the app what to change (the recipient, reference, schedule, scheme or constraints), so it is not offered to the customer.",
                ),
                CodeInfo(
                    value="PAYMENT_CONSENT_INVALID_CONSTRAINTS",
                    description="The payment consent constraints are missing or not supported by the institution.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_CONSENT_INVALID_CONSTRAINTS",
                    message="payment consent constraints invalid",
                    user_message="The payment consent constraints are missing or not supported by the institution. Either update constraints or select another institution.",
                    user_message_offered=False,
                    notes="Plaid's display message tells the app what to change (the recipient, reference, schedule, scheme or constraints), so it is not offered to the customer.",
                ),
                CodeInfo(
                    value="PAYMENT_CONSENT_CANCELLED",
                    description="The payment consent was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-errors-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-payment"],)),),
                    group="payment_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-payment"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-payment"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#PAYMENT_CONSENT_CANCELLED",
                    message="user cancelled the payment consent",
                    user_message="Authorise your payment consent again or select a different bank to continue.",
                ),
                CodeInfo(
                    value="INVALID_ACCOUNT_ID",
                    description="The supplied account_id is not valid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_ACCOUNT_ID",
                    message="failed to find requested account ID for requested item",
                ),
                CodeInfo(
                    value="INVALID_API_KEYS",
                    description="The client ID and secret included in the request body were invalid. Find your API keys in the Dashboard.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_API_KEYS",
                    message="invalid client_id or secret provided",
                ),
                CodeInfo(
                    value="INVALID_AUDIT_COPY_TOKEN",
                    description="The audit copy token supplied to the server was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_AUDIT_COPY_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_INSTITUTION",
                    description="The institution_id specified is invalid or does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_INSTITUTION",
                    message="invalid institution_id provided",
                ),
                CodeInfo(
                    value="INVALID_LINK_CUSTOMIZATION",
                    description="The Link customization is not valid for the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_LINK_CUSTOMIZATION",
                    message="requested link customization is not set to update account selection",
                ),
                CodeInfo(
                    value="INVESTMENT_HOLDINGS_GET_LIMIT",
                    description="Too many requests were made to the /investments/holdings/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INVESTMENT_HOLDINGS_GET_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="INVESTMENT_TRANSACTIONS_LIMIT",
                    description="Too many requests were made to the /investments/transactions/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INVESTMENT_TRANSACTIONS_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="ITEM_GET_LIMIT",
                    description="Too many requests were made to the /item/get endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ITEM_GET_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    notes="The rate limit table counts this endpoint's limits per minute (per Item, per client, or both); Plaid names no reset time and no header, so bankcodes' reading is that a request sent again after a minute falls in a new count.",
                    wait_seconds=60,
                    fact_sources={
                        "wait_seconds": (
                            "plaid-rate-limit-table",
                            "plaid-errors-rate-limit-exceeded",
                        )
                    },
                ),
                CodeInfo(
                    value="RATE_LIMIT",
                    description="Too many requests were made.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                    ),
                    page="reference/plaid/error_code/#RATE_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                ),
                CodeInfo(
                    value="TRANSACTIONS_LIMIT",
                    description="Too many requests were made to a transactions endpoint such as/transactions/get or /transactions/refresh.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["plaid-errors-rate-limit-exceeded"],
                                _S["plaid-rn-sdk-types"],
                            ),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTIONS_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                ),
                CodeInfo(
                    value="INTERNAL_SERVER_ERROR",
                    description="Plaid was unable to process the request",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["plaid-errors-api"],)),),
                    group="api_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INTERNAL_SERVER_ERROR",
                    message="an unexpected error occurred",
                ),
                CodeInfo(
                    value="PLANNED_MAINTENANCE",
                    description="Plaid's systems are undergoing maintenance and API operations are disabled",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=503, sources=(_S["plaid-errors-api"],)),),
                    group="api_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-api"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#PLANNED_MAINTENANCE",
                    message="the Plaid API is temporarily unavailable due to planned maintenance. visit https://status.plaid.com/ for more information",
                    notes="Plaid's own maintenance, not the institution's: generic_failure (retryable), not institution_unavailable; retry_later rather than its category's retry: the API stays unavailable while the planned maintenance lasts (its message, with HTTP 503).",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="DATA_UNAVAILABLE",
                    description="Data needed for the Asset Report could not be retrieved.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["plaid-errors-assets"],
                        _S["plaid-errors-check-report"],
                        _S["plaid-rn-sdk-types"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-assets"],),
                            context="with error_type ASSET_REPORT_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-check-report"],),
                            message="The Check Report you are trying to pull does not have sufficient transactions data to generate a report.",
                            context="with error_type CHECK_REPORT_ERROR",
                        ),
                    ),
                    group="asset_report_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-assets"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#DATA_UNAVAILABLE",
                    editorial=True,
                    message='unable to pull sufficient data for all items to generate this report. please see the "causes" field for more details',
                    notes="Plaid also publishes it under CHECK_REPORT_ERROR: the HTTP entries give the sample response of each error_type.",
                ),
                CodeInfo(
                    value="ASSET_REPORT_GENERATION_FAILED",
                    description="The Asset Report could not be generated.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-assets"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-assets"],)),),
                    group="asset_report_error",
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_code/#ASSET_REPORT_GENERATION_FAILED",
                    editorial=True,
                ),
                CodeInfo(
                    value="SANDBOX_PRODUCT_NOT_ENABLED",
                    description="The requested product is not enabled for an Item",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-sandbox"],)),),
                    group="sandbox_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#SANDBOX_PRODUCT_NOT_ENABLED",
                    message="The [auth | transactions | ...] product is not enabled on this item",
                ),
                CodeInfo(
                    value="SANDBOX_WEBHOOK_INVALID",
                    description="The request to fire a Sandbox webhook failed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-sandbox"],)),),
                    group="sandbox_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-sandbox"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#SANDBOX_WEBHOOK_INVALID",
                    message="Webhook for this item is either not set up, or invalid. Please update the item's webhook and try again.",
                ),
                CodeInfo(
                    value="SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID",
                    description="The /sandbox/transfer/simulate endpoint was called with parameters specifying an invalid event transition.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-sandbox"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-sandbox"],)),),
                    group="sandbox_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-sandbox"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-sandbox"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID",
                    message="The provided simulated event type is incompatible with the current transfer status",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_DOCUMENT_NOT_FOUND",
                    description="The requested income verification document was not found.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-income"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOME_VERIFICATION_DOCUMENT_NOT_FOUND",
                    message="the requested data was not found. Please check the ID supplied.",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_FAILED",
                    description="The income verification you are trying to retrieve could not be completed. please try creating a new income verification",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-income"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOME_VERIFICATION_FAILED",
                    message="the income verification you are trying to retrieve could not be completed. please try creating a new income verification",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_NOT_FOUND",
                    description="The requested income verification was not found.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-income"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOME_VERIFICATION_NOT_FOUND",
                    message="the requested data was not found. Please check the ID supplied.",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_UPLOAD_ERROR",
                    description="There was an error uploading income verification documents.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-income"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOME_VERIFICATION_UPLOAD_ERROR",
                    message="there was a problem uploading the document for verification. Please try again or recreate an income verification.",
                ),
                CodeInfo(
                    value="TRANSFER_LIMIT_REACHED",
                    description="The attempted transfer exceeded the account's daily transfer or single transfer limits.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-copy"], _S["plaid-errors-transfer"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-copy"],)),),
                    lifecycle=Lifecycle(
                        state="removed",
                        note="No longer on Plaid Docs: Transfer errors as retrieved on 2026-03-07.",
                    ),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-copy"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-copy"],)),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_LIMIT_REACHED",
                    message="transfer limit exceeded",
                ),
                CodeInfo(
                    value="TRANSFER_ACCOUNT_BLOCKED",
                    description="The transfer could not be completed because a previous transfer involving the same end-user account resulted in an error",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_ACCOUNT_BLOCKED",
                    message="transfer was blocked due to a previous ACH return on this account",
                ),
                CodeInfo(
                    value="TRANSFER_NOT_CANCELLABLE",
                    description="The transfer could not be canceled",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_NOT_CANCELLABLE",
                    message="transfer is not cancellable",
                ),
                CodeInfo(
                    value="TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                    description="Transaction data was updated during pagination.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["plaid-errors-transactions"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transactions"],)),),
                    group="transactions_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transactions"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-transactions"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                    message="Underlying transaction data changed since last page was fetched. Please restart pagination from last update.",
                ),
                CodeInfo(
                    value="INSTITUTION_DOWN",
                    description="The financial institution is down, either for maintenance or due to an infrastructure issue with their systems.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_DOWN",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
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
                    message="this institution is not currently responding to this request. please try again soon",
                    user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT",
                    description="Institution not enabled in this environment",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-institution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT",
                    message="Institution not enabled in this environment",
                ),
                CodeInfo(
                    value="INSTITUTION_NOT_RESPONDING",
                    description="The financial institution is failing to respond to some of our requests. Your user may be successful if they retry another time.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_NOT_RESPONDING",
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
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
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
                    message="this institution is not currently responding to this request. please try again soon",
                    user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="INSTITUTION_NOT_AVAILABLE",
                    description="The financial institution is not available this time.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_NOT_AVAILABLE",
                    message="this institution is not currently responding to this request. please try again soon",
                    user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="SANDBOX_ONLY",
                    description="The requested endpoint is only available in Sandbox.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#SANDBOX_ONLY",
                    message="access to {api/route} is only available in the sandbox environment at https://sandbox.plaid.com/",
                ),
                CodeInfo(
                    value="UNKNOWN_FIELDS",
                    description="The request included a field that is not recognized by the endpoint.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-request"],)),),
                    group="invalid_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-request"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#UNKNOWN_FIELDS",
                    message="the following fields are not recognized by this endpoint: {fields}",
                ),
                CodeInfo(
                    value="FAILED_PRECONDITION",
                    description="A required precondition is not met: for link-session models, when the Link session has not completed; for cash-advance models, when the user has not successfully linked any Item.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-openapi"],),
                            context="POST /protect/compute, with error_type INVALID_REQUEST",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /protect/compute",)),
                    group="invalid_request",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                        Wording(field="notes", by="bankcodes", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/error_code/#FAILED_PRECONDITION",
                    notes='Plaid\'s OpenAPI file (2020-09-14.yml) names it in the description of /protect/compute: "The endpoint returns HTTP 400 with `error_type` = `INVALID_REQUEST` and `error_code` = `FAILED_PRECONDITION` when a required precondition is not met" (the text shown goes on from there). The same file\'s require_extracted_data field (ProtectLinkModelInputs) returns it too "if extraction is still in progress; once data is ready a score will be returned normally". The request came before the flow it scores was complete: read as the integrator\'s call out of sequence.',
                ),
                CodeInfo(
                    value="INVALID_LINK_TOKEN",
                    description="The link_token provided to initialize Link was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_LINK_TOKEN",
                    message="invalid link_token provided",
                ),
                CodeInfo(
                    value="INVALID_PROCESSOR_TOKEN",
                    description="The processor_token provided to initialize Link was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_PROCESSOR_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_PRODUCT",
                    description="The product is not a valid configuration value, or your client ID does not have access to this product.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_PRODUCT",
                    message='client is not authorized to access the following products: ["identity_verification"]',
                ),
                CodeInfo(
                    value="INVALID_PRODUCTS",
                    description="The pre-authenticated returning user flow was initiated with a restricted product.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-copy"], _S["plaid-errors-invalid-input"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-copy"],)),),
                    lifecycle=Lifecycle(
                        state="removed",
                        note="No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.",
                    ),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-copy"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-copy"],)),
                    ),
                    page="reference/plaid/error_code/#INVALID_PRODUCTS",
                    message="The following products are not allowed for pre-authed items: ['auth'].",
                ),
                CodeInfo(
                    value="TRANSACTIONS_SYNC_LIMIT",
                    description="Too many requests were made to the /transactions/sync endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTIONS_SYNC_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                    next_step="fix_request",
                    fact_sources={"next_step": ("plaid-errors-rate-limit-exceeded",)},
                ),
                CodeInfo(
                    value="INVALID_PARENT",
                    description="The parent Asset Report of an audit copy or filter is not valid.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-assets"], _S["plaid-rn-sdk-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-assets"],)),),
                    group="asset_report_error",
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/error_code/#INVALID_PARENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="INSIGHTS_NOT_ENABLED",
                    description="Asset Report insights were requested but are not enabled.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-assets"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-assets"],)),),
                    group="asset_report_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSIGHTS_NOT_ENABLED",
                    editorial=True,
                    notes="plaid-errors-assets: Asset Report insights are not enabled for the client; repeating unchanged fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="INSIGHTS_PREVIOUSLY_NOT_ENABLED",
                    description="Insights were requested for an Asset Report created without them.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-assets"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-assets"],)),),
                    group="asset_report_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSIGHTS_PREVIOUSLY_NOT_ENABLED",
                    editorial=True,
                    notes="plaid-errors-assets: The Asset Report was created without insights; repeating the request for it fails again. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="VERIFICATION_STATUS_PENDING_APPROVAL",
                    description="The user has not yet authorized the sharing of this data",
                    category=_C.PENDING,
                    sources=(_S["plaid-errors-income"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#VERIFICATION_STATUS_PENDING_APPROVAL",
                    message="The user has not yet authorized the sharing of this data",
                ),
                CodeInfo(
                    value="EMPLOYMENT_NOT_FOUND",
                    description="The requested employment was not found.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-income"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-income"],)),),
                    group="income_verification_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-income"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#EMPLOYMENT_NOT_FOUND",
                    message="the requested employment data was not found. Please check the ID supplied.",
                ),
                CodeInfo(
                    value="TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                    description="An attempt was made to transfer funds to or from an unsupported account type",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                    message="transfer account type not supported",
                    notes="plaid-errors-transfer: 'An attempt was made to transfer funds to or from an unsupported account type': the account type does not change by waiting. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSFER_FORBIDDEN_ACH_CLASS",
                    description="An attempt was made to create a transfer with a forbidden ACH class (SEC code)",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_FORBIDDEN_ACH_CLASS",
                    message="specified ach_class is forbidden",
                    notes="plaid-errors-transfer: 'An attempt was made to create a transfer with a forbidden ACH class (SEC code)': fails again unchanged. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSFER_UI_UNAUTHORIZED",
                    description="The client is not enabled for the Transfer UI product",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_UI_UNAUTHORIZED",
                    message="client is not authorized for transfer UI",
                    notes="plaid-errors-transfer: 'The client is not enabled for the Transfer UI product': fails again until the client is enabled. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="TRANSFER_ORIGINATOR_NOT_FOUND",
                    description="An association between the sender and the originator client doesn't exist",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_ORIGINATOR_NOT_FOUND",
                    message="the association between the sender and the originator client doesn't exist",
                ),
                CodeInfo(
                    value="INCOMPLETE_CUSTOMER_ONBOARDING",
                    description="The end customer has not completed onboarding. Their diligence status must be approved before moving funds",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INCOMPLETE_CUSTOMER_ONBOARDING",
                    message="end customer has not completed onboarding. their diligence status must be `approved` before moving funds",
                ),
                CodeInfo(
                    value="INSTITUTION_NO_LONGER_SUPPORTED",
                    description="Plaid no longer supports this financial institution.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_NO_LONGER_SUPPORTED",
                    message="this institution is no longer supported",
                    user_message="This financial institution is no longer supported. We apologize for the inconvenience.",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_INSTITUTION",
                    description="You are not authorized to create Items for this institution at this time.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-institution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#UNAUTHORIZED_INSTITUTION",
                    message="not authorized to create items for this institution",
                    user_message="You are not authorized to create items for this institution at this time.",
                    user_message_offered=False,
                    notes="plaid-errors-institution: Plaid's sample message 'You are not authorized to create items for this institution at this time.' addresses the integrator (Items); not offered. The institution_not_supported category words fit.",
                ),
                CodeInfo(
                    value="INSTITUTION_REGISTRATION_REQUIRED",
                    description="Your application is not yet registered with the institution.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-institution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_REGISTRATION_REQUIRED",
                    message="not yet registered to create items for this institution",
                    user_message="You must register your application with this institution before you can create items for it.",
                    user_message_offered=False,
                    notes="plaid-errors-institution: Plaid's sample message 'You must register your application with this institution before you can create items for it.' addresses the integrator; not offered. The institution_not_supported category words fit.",
                ),
                CodeInfo(
                    value="UNSUPPORTED_RESPONSE",
                    description="The data returned from the financial institution is not valid.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-institution"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-institution"],)),),
                    group="institution_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-institution"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#UNSUPPORTED_RESPONSE",
                    message="the data returned from the financial institution is not valid",
                    user_message="The data returned from the financial institution is not valid.",
                ),
                CodeInfo(
                    value="ADDITIONAL_CONSENT_REQUIRED",
                    description="The end user has not provided consent to the requested product",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ADDITIONAL_CONSENT_REQUIRED",
                    message="client does not have user consent to access the PRODUCT_AUTH product",
                    notes="Plaid files it under INVALID_INPUT; the end user must grant consent in update mode, so user_action_required.",
                ),
                CodeInfo(
                    value="INVALID_PUBLIC_TOKEN",
                    description="The public_token is not valid, has expired or was already exchanged.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_PUBLIC_TOKEN",
                    editorial=True,
                    message="could not find matching public token",
                ),
                CodeInfo(
                    value="INVALID_STRIPE_ACCOUNT",
                    description="The supplied Stripe account is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_STRIPE_ACCOUNT",
                ),
                CodeInfo(
                    value="INVALID_USER_TOKEN",
                    description="The supplied user token is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_USER_TOKEN",
                    message="could not find matching user token",
                ),
                CodeInfo(
                    value="INVALID_WEBHOOK_VERIFICATION_KEY_ID",
                    description="The key_id provided to the webhook verification endpoint was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_WEBHOOK_VERIFICATION_KEY_ID",
                    message="invalid key_id provided. note that key_ids are specific to Plaid environments, and verification requests must be made to the same environment that the webhook was sent from",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_ACCESS",
                    description="You are not authorized to access this endpoint for your use case",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#UNAUTHORIZED_ACCESS",
                    message="you are not authorized to access this endpoint for your use case.",
                    notes="plaid-errors-transfer: 'You are not authorized to access this endpoint for your use case': fails again unchanged. Unlike its category, not retryable.",
                ),
                CodeInfo(
                    value="PRODUCT_UNAVAILABLE",
                    description="Additional products may not be added to Items created in the pre-auth returning user flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-copy"], _S["plaid-errors-invalid-input"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-copy"],)),),
                    lifecycle=Lifecycle(
                        state="removed",
                        note="No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.",
                    ),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-copy"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-copy"],)),
                    ),
                    page="reference/plaid/error_code/#PRODUCT_UNAVAILABLE",
                    message="Additional products may not be added to this pre-authed item.",
                ),
                CodeInfo(
                    value="TOO_MANY_VERIFICATION_ATTEMPTS",
                    description="The user attempted to verify their Manual Same-Day micro-deposit codes more than 3 times and their Item is now permanently locked. The user must retry submitting their account information in Link.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Too many incorrect verification codes were entered, so this verification cannot be completed.",
                            action="Enter your account details again to start a new verification.",
                        ),
                        "fr": EndUserWords(
                            message="Trop de codes de vérification incorrects ont été saisis, et cette vérification ne peut pas aboutir.",
                            action="Saisissez de nouveau les renseignements de votre compte pour lancer une nouvelle vérification.",
                        ),
                        "ar": EndUserWords(
                            message="تم إدخال رموز تحقق غير صحيحة عدة مرات، لذا لا يمكن إكمال هذا التحقق.",
                            action="أدخل بيانات حسابك مرة أخرى لبدء عملية تحقق جديدة.",
                        ),
                        "es": EndUserWords(
                            message="Se ingresaron demasiados códigos de verificación incorrectos, por lo que no se puede completar esta verificación.",
                            action="Vuelva a ingresar los datos de su cuenta para iniciar una nueva verificación.",
                        ),
                        "pt": EndUserWords(
                            message="Foram digitados códigos de verificação incorretos demais, e esta verificação não pode ser concluída.",
                            action="Digite os dados da sua conta novamente para iniciar uma nova verificação.",
                        ),
                    },
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#TOO_MANY_VERIFICATION_ATTEMPTS",
                    notes="Plaid files it under INVALID_INPUT; the end user used up the micro-deposit attempts. Plaid's React Native SDK lists it under ITEM_ERROR; the Invalid Input errors page under INVALID_INPUT. plaid-errors-invalid-input: '... their Item is now permanently locked. The user must retry submitting their account information in Link.' (troubleshooting: 'Re-initiate the Link flow and have your user attempt to verify their account again.'). Not a bank lockout (the attempts_exhausted words say 'contact your bank'): the end user can start over.",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_ENVIRONMENT",
                    description="Your client ID does not have access to this API environment. See which environments you are enabled for from the Dashboard.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#UNAUTHORIZED_ENVIRONMENT",
                    message="you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for.",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_ROUTE_ACCESS",
                    description="Your client ID does not have access to this route.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"], _S["plaid-rn-sdk-types"]),
                        ),
                    ),
                    page="reference/plaid/error_code/#UNAUTHORIZED_ROUTE_ACCESS",
                    message="you are not authorized to access this route in this api environment.",
                ),
                CodeInfo(
                    value="USER_PERMISSION_REVOKED",
                    description="The end user has revoked access to their data.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#USER_PERMISSION_REVOKED",
                    message="the holder of this account has revoked their permission for your application to access it",
                    notes="Plaid files it under INVALID_INPUT; bankcodes calls it reconnect_required: the end user revoked access and must link again.",
                ),
                CodeInfo(
                    value="ITEM_NO_ERROR",
                    description="The Item has no error.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="item_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ITEM_NO_ERROR",
                    editorial=True,
                    aliases=("item-no-error",),
                    notes="Listed in the React Native SDK's LinkErrorCode; the Item has no error. It also declares the spelling item-no-error. Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="ITEM_PRODUCT_NOT_READY",
                    description="The product's data for the Item is not ready yet.",
                    category=_C.PENDING,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="item_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ITEM_PRODUCT_NOT_READY",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="ASSET_PRODUCT_NOT_READY",
                    description="The Asset Report is not ready yet.",
                    category=_C.PENDING,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="asset_report_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ASSET_PRODUCT_NOT_READY",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_LIMIT_EXCEEDED",
                    description="The bank transfer is over the account's limit.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_LIMIT_EXCEEDED",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT",
                    description="No origination account is configured for the bank transfer.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT",
                    description="The bank transfer's origination account is not valid.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_INSUFFICIENT_FUNDS",
                    description="The account has too little balance for the bank transfer.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="There isn't enough money in your account for this transfer.",
                            action="Add money to your account or choose another account.",
                        ),
                        "fr": EndUserWords(
                            message="Les fonds de votre compte sont insuffisants pour ce virement.",
                            action="Approvisionnez votre compte ou choisissez un autre compte.",
                        ),
                        "ar": EndUserWords(
                            message="الرصيد في حسابك غير كافٍ لإتمام هذا التحويل.",
                            action="أضف رصيداً إلى حسابك أو اختر حساباً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No hay suficiente dinero en su cuenta para esta transferencia.",
                            action="Agregue dinero a su cuenta o elija otra cuenta.",
                        ),
                        "pt": EndUserWords(
                            message="Não há saldo suficiente na sua conta para esta transferência.",
                            action="Adicione dinheiro à sua conta ou escolha outra conta.",
                        ),
                    },
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_INSUFFICIENT_FUNDS",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_NOT_CANCELLABLE",
                    description="The bank transfer can no longer be cancelled.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_NOT_CANCELLABLE",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                    description="The account type cannot be used for bank transfers.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT",
                    description="Bank transfers are not available in this environment.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bank_transfer_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID",
                    description="A simulated Sandbox bank transfer event is not a valid transition.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="sandbox_error",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="INCORRECT_DEPOSIT_AMOUNTS",
                    description="The micro-deposit amounts the user entered are wrong.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="invalid_input",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INCORRECT_DEPOSIT_AMOUNTS",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="MICRODEPOSITS_ALREADY_VERIFIED",
                    description="The micro-deposits were already verified.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="invalid_input",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#MICRODEPOSITS_ALREADY_VERIFIED",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="ADDITION_LIMIT",
                    description="Too many Items were added in a period of time.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#ADDITION_LIMIT",
                    editorial=True,
                    notes="Not on any of Plaid's error pages as retrieved on 2026-03-07; the React Native SDK still lists it, so it has no lifecycle.",
                ),
                CodeInfo(
                    value="DATA_QUALITY_CHECK_FAILED",
                    description="The extracted data from the financial institution showed signs of poor data quality, preventing the generation of an accurate report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-errors-assets"], _S["plaid-errors-check-report"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-assets"],),
                            context="with error_type ASSET_REPORT_ERROR",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["plaid-errors-check-report"],),
                            message="Bank provided inconsistent transaction history data that has a high chance of error. The bank will need to resolve issues for product data to be generated.",
                            context="with error_type CHECK_REPORT_ERROR",
                        ),
                    ),
                    group="asset_report_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-assets"], _S["plaid-errors-check-report"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#DATA_QUALITY_CHECK_FAILED",
                    message="Bank provided inconsistent transaction history data that has a high chance of error. The bank will need to resolve issues for product data to be generated.",
                    notes="Plaid publishes the code under ASSET_REPORT_ERROR (its sample error_message is empty) and CHECK_REPORT_ERROR; neither section has a one-line description, so the description is the first of its published common causes.",
                ),
                CodeInfo(
                    value="CONSUMER_REPORT_EXPIRED",
                    description="The Check Report has expired as 24 hours have passed since its creation, so it is no longer retrievable.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-check-report"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-check-report"],)),),
                    group="consumer_report_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#CONSUMER_REPORT_EXPIRED",
                    notes="The Check Report page has no one-line description for this code; the description is its published common cause.",
                ),
                CodeInfo(
                    value="INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED",
                    description="The user's financial institution does not support the length of transaction history you require",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-errors-check-report"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-check-report"],)),),
                    group="check_report_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED",
                    message="The user’s bank does not support the transactions range you require. Lowering the days_required may result in success.",
                    notes="The Check Report page has no one-line description for this code; the description is its published common cause.",
                ),
                CodeInfo(
                    value="INSUFFICIENT_TRANSACTION_DATA",
                    description="The user does not have sufficient transactions data to generate income insights, partner insights, or cashflow insights. The error_message will provide more detail on what data is missing.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-check-report"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-check-report"],)),),
                    group="check_report_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#INSUFFICIENT_TRANSACTION_DATA",
                    notes="The Check Report page has no one-line description for this code; the description is its published common cause.",
                ),
                CodeInfo(
                    value="NETWORK_CONSENT_REQUIRED",
                    description="The user did not provide consent in link to share Plaid network data.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-check-report"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-check-report"],)),),
                    group="check_report_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-check-report"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/error_code/#NETWORK_CONSENT_REQUIRED",
                    message="User has not provided consent to share network data",
                    notes="The Check Report page has no one-line description for this code; the description is its published common cause.",
                ),
                CodeInfo(
                    value="INVALID_USER_ID",
                    description="The user id is not in a valid format",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_USER_ID",
                    message="user.user_id must be a non-empty string",
                ),
                CodeInfo(
                    value="INVALID_USER_IDENTITY_DATA",
                    description="The user identity provided failed Plaid’s validation checks. The error message will contain specific details about which field(s) failed validation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="user_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_USER_IDENTITY_DATA",
                    message="Invalid email format.",
                ),
                CodeInfo(
                    value="PROFILE_AUTHENTICATION_FAILED",
                    description="The end user could not authenticate the device associated with their profile",
                    category=_C.MFA_FAILED,
                    sources=(_S["plaid-errors-invalid-input"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-invalid-input"],)),),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["plaid-errors-invalid-input"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#PROFILE_AUTHENTICATION_FAILED",
                    message="the profile could not be authenticated",
                    user_message="We were not able to authenticate your access to this Plaid account.",
                ),
                CodeInfo(
                    value="MANUAL_VERIFICATION_REQUIRED",
                    description="Returned when a data request has been made for a product that requires the user to manually verify their Item via Link's update mode.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-errors-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-item"],)),),
                    group="item_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-item"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-item"],)),
                    ),
                    page="reference/plaid/error_code/#MANUAL_VERIFICATION_REQUIRED",
                    message="This Item could not be automatically verified. The user must manually verify their account through a separate Link session using the existing access token and with 'investments_auth' initialized in the 'products' array.",
                ),
                CodeInfo(
                    value="OAUTH_REGISTRATION_ERROR",
                    description="OAuth Registration Error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-partner"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-partner"],)),),
                    group="partner_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-partner"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-partner"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#OAUTH_REGISTRATION_ERROR",
                    message="application logo is required",
                ),
                CodeInfo(
                    value="INSTITUTION_RATE_LIMIT",
                    description="Too many requests were made to a given institution.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#INSTITUTION_RATE_LIMIT",
                    message="The institution is currently receiving too many requests. Please try again later.",
                ),
                CodeInfo(
                    value="TRANSACTIONS_REFRESH_LIMIT",
                    description="Too many requests were made to the /transactions/refresh endpoint.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["plaid-errors-rate-limit-exceeded"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["plaid-errors-rate-limit-exceeded"],)),
                    ),
                    group="rate_limit_exceeded",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["plaid-errors-rate-limit-exceeded"],),
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSACTIONS_REFRESH_LIMIT",
                    message="rate limit exceeded for attempts to access this item. please try again later",
                ),
                CodeInfo(
                    value="ADDENDUM_NOT_SIGNED",
                    description="Signal-only actions were taken, but the client has not signed the Signal Addendum.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#ADDENDUM_NOT_SIGNED",
                    message="The Signal Addendum has not been signed",
                ),
                CodeInfo(
                    value="CLIENT_TRANSACTION_ID_ALREADY_IN_USE",
                    description="The client_transaction_id value specified is not unique",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#CLIENT_TRANSACTION_ID_ALREADY_IN_USE",
                    message="Client transaction id has already been used in a different transaction",
                ),
                CodeInfo(
                    value="INVALID_CONFIGURATION_STATE",
                    description="/signal/evaluate was called by a client whose Signal Rules configuration settings are in an invalid state",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#INVALID_CONFIGURATION_STATE",
                    message="Client configuration state is missing default ruleset imputation, contact your Account Manager for assistance.",
                ),
                CodeInfo(
                    value="NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS",
                    description="A ruleset was specified that uses Signal Transaction Scores, but the customer is only enabled for Balance-only rulesets",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS",
                    message="Your account is not enabled for Signal Transaction Score rulesets. Use a Balance-only ruleset or contact your Account Manager to enable Signal Transaction Scores.",
                ),
                CodeInfo(
                    value="RULESET_NOT_FOUND",
                    description="The specified ruleset was not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#RULESET_NOT_FOUND",
                    message="Missing 'default' ruleset. Create the ruleset here: https://dashboard.plaid.com/signal/risk-profiles",
                ),
                CodeInfo(
                    value="SIGNAL_TRANSACTION_NOT_INITIATED",
                    description="A return was reported on a transaction that was also reported never to have happened.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-signal"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-signal"],)),),
                    group="signal_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-signal"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#SIGNAL_TRANSACTION_NOT_INITIATED",
                    message="Transactions previously reported as not initiated cannot be reported as returned",
                ),
                CodeInfo(
                    value="TRANSFER_NETWORK_LIMIT_EXCEEDED",
                    description="The attempted transfer exceeded the given network's amount limit.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-transfer"],)),),
                    group="transfer_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                    ),
                    page="reference/plaid/error_code/#TRANSFER_NETWORK_LIMIT_EXCEEDED",
                    message="[network] transaction amount cannot exceed [amount]",
                ),
                CodeInfo(
                    value="USER_NOT_FOUND",
                    description="The provided user_id could not be found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-user"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["plaid-errors-user"],)),),
                    group="user_error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-errors-user"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["plaid-errors-user"],)),
                    ),
                    page="reference/plaid/error_code/#USER_NOT_FOUND",
                    message="The User you requested cannot be found. This User does not exist or has had access removed by the user.",
                ),
            ),
        ),
        {"INVALD_UPDATED_USERNAME": "INVALID_UPDATED_USERNAME", "item-no-error": "ITEM_NO_ERROR"},
    )
    return ErrorCode


def _BankIncomeWarningCode() -> type[CodeEnum]:
    class BankIncomeWarningCode(CodeEnum):
        """Bank Income warning code: The warning_code of a Bank Income warning: a report's data that was unavailable for one of its Items (the warnings of /credit/bank_income/get and of the Bank Employment report, CreditBankIncomeWarningCode; of Plaid Check's Bank Income report, CraBankIncomeWarningCode, which lists the same codes but ITEM_UNAPPROVED). The descriptions are the enum's own, in Plaid's OpenAPI description; the warning's cause gives the Item's error (its error_type the CreditBankIncomeErrorType enum, whose values but COUNTRY_NOT_SUPPORTED are names of Plaid's error codes). The categories are bankcodes' reading.

        Wire field: warnings[].warning_code (a Bank Income or Bank Employment report)."""

        IDENTITY_UNAVAILABLE = "IDENTITY_UNAVAILABLE"
        TRANSACTIONS_UNAVAILABLE = "TRANSACTIONS_UNAVAILABLE"
        ITEM_UNAPPROVED = "ITEM_UNAPPROVED"
        REPORT_DELETED = "REPORT_DELETED"
        DATA_UNAVAILABLE = "DATA_UNAVAILABLE"

    register(
        BankIncomeWarningCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="bank_income_warning_code",
                title="Bank Income warning code",
                description="The warning_code of a Bank Income warning: a report's data that was unavailable for one of its Items (the warnings of /credit/bank_income/get and of the Bank Employment report, CreditBankIncomeWarningCode; of Plaid Check's Bank Income report, CraBankIncomeWarningCode, which lists the same codes but ITEM_UNAPPROVED). The descriptions are the enum's own, in Plaid's OpenAPI description; the warning's cause gives the Item's error (its error_type the CreditBankIncomeErrorType enum, whose values but COUNTRY_NOT_SUPPORTED are names of Plaid's error codes). The categories are bankcodes' reading.",
                field="warnings[].warning_code (a Bank Income or Bank Employment report)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="IDENTITY_UNAVAILABLE",
                    description="Unable to extract identity for the Item",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_income_warning_code/#IDENTITY_UNAVAILABLE",
                ),
                CodeInfo(
                    value="TRANSACTIONS_UNAVAILABLE",
                    description="Unable to extract transactions for the Item",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_income_warning_code/#TRANSACTIONS_UNAVAILABLE",
                ),
                CodeInfo(
                    value="ITEM_UNAPPROVED",
                    description="User exited flow before giving permission to share data for the Item",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_income_warning_code/#ITEM_UNAPPROVED",
                ),
                CodeInfo(
                    value="REPORT_DELETED",
                    description="Report deleted due to customer or consumer request",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_income_warning_code/#REPORT_DELETED",
                ),
                CodeInfo(
                    value="DATA_UNAVAILABLE",
                    description="No relevant data was found for the Item",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_income_warning_code/#DATA_UNAVAILABLE",
                ),
            ),
        ),
        {},
    )
    return BankIncomeWarningCode


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment initiation payment status: The status of a Payment Initiation (UK and Europe) payment: status of /payment_initiation/payment/get, and new_payment_status and old_payment_status of the PAYMENT_STATUS_UPDATE webhook; PaymentInitiationPaymentStatus of Plaid's OpenAPI description, which groups the statuses as core lifecycle, failure, standing-order and deprecated ones (PAYMENT_STATUS_UNKNOWN, PAYMENT_STATUS_PROCESSING, PAYMENT_STATUS_COMPLETED: "to be removed in a future release"). The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: status (a payment); new_payment_status (PAYMENT_STATUS_UPDATE)."""

        PAYMENT_STATUS_INPUT_NEEDED = "PAYMENT_STATUS_INPUT_NEEDED"
        PAYMENT_STATUS_PROCESSING = "PAYMENT_STATUS_PROCESSING"
        PAYMENT_STATUS_INITIATED = "PAYMENT_STATUS_INITIATED"
        PAYMENT_STATUS_COMPLETED = "PAYMENT_STATUS_COMPLETED"
        PAYMENT_STATUS_INSUFFICIENT_FUNDS = "PAYMENT_STATUS_INSUFFICIENT_FUNDS"
        PAYMENT_STATUS_FAILED = "PAYMENT_STATUS_FAILED"
        PAYMENT_STATUS_BLOCKED = "PAYMENT_STATUS_BLOCKED"
        PAYMENT_STATUS_UNKNOWN = "PAYMENT_STATUS_UNKNOWN"
        PAYMENT_STATUS_EXECUTED = "PAYMENT_STATUS_EXECUTED"
        PAYMENT_STATUS_SETTLED = "PAYMENT_STATUS_SETTLED"
        PAYMENT_STATUS_AUTHORISING = "PAYMENT_STATUS_AUTHORISING"
        PAYMENT_STATUS_CANCELLED = "PAYMENT_STATUS_CANCELLED"
        PAYMENT_STATUS_ESTABLISHED = "PAYMENT_STATUS_ESTABLISHED"
        PAYMENT_STATUS_REJECTED = "PAYMENT_STATUS_REJECTED"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="payment_initiation_payment_status",
                title="Payment initiation payment status",
                description="The status of a Payment Initiation (UK and Europe) payment: status of /payment_initiation/payment/get, and new_payment_status and old_payment_status of the PAYMENT_STATUS_UPDATE webhook; PaymentInitiationPaymentStatus of Plaid's OpenAPI description, which groups the statuses as core lifecycle, failure, standing-order and deprecated ones (PAYMENT_STATUS_UNKNOWN, PAYMENT_STATUS_PROCESSING, PAYMENT_STATUS_COMPLETED: \"to be removed in a future release\"). The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="status (a payment); new_payment_status (PAYMENT_STATUS_UPDATE)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PAYMENT_STATUS_INPUT_NEEDED",
                    description="Transitional. The payment is awaiting user input to continue processing. It may re-enter this state if additional input is required.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_INPUT_NEEDED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_PROCESSING",
                    description="The payment is currently being processed.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Plaid\'s OpenAPI description lists it under "Deprecated (to be removed in a future release)".',
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_PROCESSING",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_INITIATED",
                    description="The payment has been authorised and accepted by the financial institution. In many EU markets, PAYMENT_STATUS_EXECUTED is not supported, and a payment will remain in PAYMENT_STATUS_INITIATED until the funds settle, making this a terminal success state in those cases. A payment in PAYMENT_STATUS_INITIATED should be treated as a successfully submitted payment; do not gate downstream processing on reaching PAYMENT_STATUS_EXECUTED. For a full explanation of payment statuses and how to handle each, see the Payment Status guide.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_INITIATED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_COMPLETED",
                    description="Indicates that the standing order has been successfully established.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Plaid\'s OpenAPI description lists it under "Deprecated (to be removed in a future release)".',
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_COMPLETED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_INSUFFICIENT_FUNDS",
                    description="Terminal. The payment failed due to insufficient funds. No further retries will succeed until the payer's balance is replenished.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_INSUFFICIENT_FUNDS",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_FAILED",
                    description="Terminal (retryable). The payment could not be initiated due to a system error or outage. Retry once the root cause is resolved.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_FAILED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_BLOCKED",
                    description="Terminal (retryable). The payment was blocked by Plaid (e.g., flagged as risky). Resolve any compliance or risk issues and retry.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_BLOCKED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_UNKNOWN",
                    description="The payment status is unknown.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Plaid\'s OpenAPI description lists it under "Deprecated (to be removed in a future release)".',
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_UNKNOWN",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_EXECUTED",
                    description="Terminal. The funds have left the payer's account and the payment is en route to settlement. Note that this status does not confirm that funds have arrived in the recipient's account; do not use it as proof of fund receipt. Support is more common in the UK than in the EU; where unsupported, a successful payment remains in PAYMENT_STATUS_INITIATED before settling. When using Plaid Virtual Accounts, PAYMENT_STATUS_EXECUTED is not terminal -- the payment will continue to PAYMENT_STATUS_SETTLED once funds are available.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_EXECUTED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_SETTLED",
                    description="Terminal. The funds are available in the recipient's account. Only available to customers using Plaid Virtual Accounts.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_SETTLED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_AUTHORISING",
                    description="Transitional. The payment is being authorised by the financial institution. It will automatically move on once authorisation completes.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_AUTHORISING",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_CANCELLED",
                    description="Terminal. The end user cancelled the payment during authorisation.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_CANCELLED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_ESTABLISHED",
                    description="Terminal. A recurring/standing order has been successfully created.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_ESTABLISHED",
                ),
                CodeInfo(
                    value="PAYMENT_STATUS_REJECTED",
                    description="Terminal. The payment was rejected by the financial institution. No automatic retry is possible.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_payment_status/#PAYMENT_STATUS_REJECTED",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _PaymentConsentStatus() -> type[CodeEnum]:
    class PaymentConsentStatus(CodeEnum):
        """Payment initiation consent status: The status of a Payment Initiation consent (variable recurring payments, UK and Europe): status of /payment_initiation/consent/get; PaymentInitiationConsentStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: status (a payment consent)."""

        UNAUTHORISED = "UNAUTHORISED"
        AUTHORISED = "AUTHORISED"
        REVOKED = "REVOKED"
        REJECTED = "REJECTED"
        EXPIRED = "EXPIRED"

    register(
        PaymentConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="payment_initiation_consent_status",
                title="Payment initiation consent status",
                description="The status of a Payment Initiation consent (variable recurring payments, UK and Europe): status of /payment_initiation/consent/get; PaymentInitiationConsentStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="status (a payment consent)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="UNAUTHORISED",
                    description="Consent created, but requires user authorisation.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_consent_status/#UNAUTHORISED",
                ),
                CodeInfo(
                    value="AUTHORISED",
                    description="Consent is active and ready to be used.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_consent_status/#AUTHORISED",
                ),
                CodeInfo(
                    value="REVOKED",
                    description="Consent has been revoked and can no longer be used.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_consent_status/#REVOKED",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="Consent authorisation was rejected by the bank.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_consent_status/#REJECTED",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="Consent is no longer valid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_consent_status/#EXPIRED",
                ),
            ),
        ),
        {},
    )
    return PaymentConsentStatus


def _WalletTransactionStatus() -> type[CodeEnum]:
    class WalletTransactionStatus(CodeEnum):
        """Virtual account transaction status: The status of a virtual account (wallet) transaction: status of /wallet/transaction/get, and new_status and old_status of the WALLET_TRANSACTION_STATUS_UPDATE webhook; WalletTransactionStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: status (a wallet transaction); new_status (WALLET_TRANSACTION_STATUS_UPDATE)."""

        AUTHORISING = "AUTHORISING"
        INITIATED = "INITIATED"
        EXECUTED = "EXECUTED"
        SETTLED = "SETTLED"
        BLOCKED = "BLOCKED"
        FAILED = "FAILED"

    register(
        WalletTransactionStatus,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="wallet_transaction_status",
                title="Virtual account transaction status",
                description="The status of a virtual account (wallet) transaction: status of /wallet/transaction/get, and new_status and old_status of the WALLET_TRANSACTION_STATUS_UPDATE webhook; WalletTransactionStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="status (a wallet transaction); new_status (WALLET_TRANSACTION_STATUS_UPDATE)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="AUTHORISING",
                    description="The transaction is being processed for validation and compliance.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#AUTHORISING",
                ),
                CodeInfo(
                    value="INITIATED",
                    description="The transaction has been initiated and is currently being processed.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#INITIATED",
                ),
                CodeInfo(
                    value="EXECUTED",
                    description="The transaction has been successfully executed and is considered complete. This is only applicable for debit transactions.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#EXECUTED",
                ),
                CodeInfo(
                    value="SETTLED",
                    description="The transaction has settled and funds are available for use. This is only applicable for credit transactions. A transaction will typically settle within seconds to several days, depending on which payment rail is used.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#SETTLED",
                ),
                CodeInfo(
                    value="BLOCKED",
                    description="The transaction has been blocked for violating compliance rules. This is a terminal status.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#BLOCKED",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The transaction failed to process successfully. This is a terminal status.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_status/#FAILED",
                ),
            ),
        ),
        {},
    )
    return WalletTransactionStatus


def _WalletTransactionFailureReason() -> type[CodeEnum]:
    class WalletTransactionFailureReason(CodeEnum):
        """Virtual account transaction failure reason: Why a virtual account (wallet) transaction failed: its failure_reason; WalletTransactionFailureReason of Plaid's OpenAPI description ("The error code of a failed transaction"). The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: failure_reason (a wallet transaction)."""

        EXTERNAL_SYSTEM = "EXTERNAL_SYSTEM"
        EXPIRED = "EXPIRED"
        CANCELLED = "CANCELLED"
        INVALID = "INVALID"
        ACCOUNT_INVALID = "ACCOUNT_INVALID"
        AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
        UNKNOWN = "UNKNOWN"

    register(
        WalletTransactionFailureReason,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="wallet_transaction_failure_reason",
                title="Virtual account transaction failure reason",
                description="Why a virtual account (wallet) transaction failed: its failure_reason; WalletTransactionFailureReason of Plaid's OpenAPI description (\"The error code of a failed transaction\"). The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="failure_reason (a wallet transaction)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="EXTERNAL_SYSTEM",
                    description="The transaction was declined by an external system.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#EXTERNAL_SYSTEM",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The transaction request has expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#EXPIRED",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The transaction request was rescinded.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#CANCELLED",
                ),
                CodeInfo(
                    value="INVALID",
                    description="The transaction did not meet certain criteria, such as an inactive account or no valid counterparty, etc.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#INVALID",
                ),
                CodeInfo(
                    value="ACCOUNT_INVALID",
                    description="The transaction could not be processed because the wallet account is invalid or inactive.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#ACCOUNT_INVALID",
                ),
                CodeInfo(
                    value="AUTHENTICATION_FAILED",
                    description="The transaction could not be processed because authentication with the wallet provider failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#AUTHENTICATION_FAILED",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="The transaction was unsuccessful, but the exact cause is unknown.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_transaction_failure_reason/#UNKNOWN",
                ),
            ),
        ),
        {},
    )
    return WalletTransactionFailureReason


def _PendingDisconnectReason() -> type[CodeEnum]:
    class PendingDisconnectReason(CodeEnum):
        """Pending disconnect reason: Why an Item is about to be disconnected: reason of the PENDING_DISCONNECT webhook; PendingDisconnectWebhookReason of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: reason (PENDING_DISCONNECT)."""

        INSTITUTION_MIGRATION = "INSTITUTION_MIGRATION"
        INSTITUTION_TOKEN_EXPIRATION = "INSTITUTION_TOKEN_EXPIRATION"

    register(
        PendingDisconnectReason,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="pending_disconnect_reason",
                title="Pending disconnect reason",
                description="Why an Item is about to be disconnected: reason of the PENDING_DISCONNECT webhook; PendingDisconnectWebhookReason of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="reason (PENDING_DISCONNECT)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="INSTITUTION_MIGRATION",
                    description="The institution is moving to API or to a different integration. For example, this can occur when an institution moves from a non-OAuth integration to an OAuth integration.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/pending_disconnect_reason/#INSTITUTION_MIGRATION",
                ),
                CodeInfo(
                    value="INSTITUTION_TOKEN_EXPIRATION",
                    description="The consent on an Item associated with a US or CA institution is about to expire.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/pending_disconnect_reason/#INSTITUTION_TOKEN_EXPIRATION",
                ),
            ),
        ),
        {},
    )
    return PendingDisconnectReason


def _TransferStatus() -> type[CodeEnum]:
    class TransferStatus(CodeEnum):
        """Transfer status: The status of a Transfer (US): status of a transfer (/transfer/get, /transfer/create); TransferStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

        Wire field: status (a transfer)."""

        pending = "pending"
        posted = "posted"
        settled = "settled"
        funds_available = "funds_available"
        cancelled = "cancelled"
        failed = "failed"
        returned = "returned"

    register(
        TransferStatus,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="transfer_status",
                title="Transfer status",
                description="The status of a Transfer (US): status of a transfer (/transfer/get, /transfer/create); TransferStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.",
                field="status (a transfer)",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="A new transfer was created; it is in the pending state.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#pending",
                ),
                CodeInfo(
                    value="posted",
                    description="The transfer has been successfully submitted to the payment network.",
                    category=_C.PENDING,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#posted",
                ),
                CodeInfo(
                    value="settled",
                    description="The transfer was successfully completed by the payment network. Note that funds from received debits are not available to be moved out of the Ledger until the transfer reaches funds_available status. For credit transactions, settled means the funds have been delivered to the receiving bank account. This is the terminal state of a successful credit transfer.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#settled",
                ),
                CodeInfo(
                    value="funds_available",
                    description="Funds from the transfer have been released from hold and applied to the ledger's available balance. (Only applicable to ACH debits.) This is the terminal state of a successful debit transfer.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#funds_available",
                ),
                CodeInfo(
                    value="cancelled",
                    description="The transfer was cancelled by the client. This is the terminal state of a cancelled transfer.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#cancelled",
                ),
                CodeInfo(
                    value="failed",
                    description="The transfer failed, no funds were moved. This is the terminal state of a failed transfer.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#failed",
                ),
                CodeInfo(
                    value="returned",
                    description="A posted transfer was returned. This is the terminal state of a returned transfer.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_status/#returned",
                ),
            ),
        ),
        {},
    )
    return TransferStatus


def _AchReturnCode() -> type[CodeEnum]:
    class AchReturnCode(CodeEnum):
        """ACH return code: The return code of a returned ACH transfer, sweep or refund: the Transfer errors page's table of ACH return codes (Return Code, Description, Notes), each description its Description. Plaid's OpenAPI description names the field (failure_code, which also carries RTP/RfP failure codes, and the deprecated ach_return_code) and gives no list of its own: it points to this table.

        Wire field: failure_reason.failure_code (and the deprecated failure_reason.ach_return_code) of a transfer, sweep or refund whose status is returned."""

        R01 = "R01"
        R02 = "R02"
        R03 = "R03"
        R04 = "R04"
        R05 = "R05"
        R06 = "R06"
        R07 = "R07"
        R08 = "R08"
        R09 = "R09"
        R10 = "R10"
        R11 = "R11"
        R12 = "R12"
        R13 = "R13"
        R14 = "R14"
        R15 = "R15"
        R16 = "R16"
        R17 = "R17"
        R18 = "R18"
        R19 = "R19"
        R20 = "R20"
        R21 = "R21"
        R22 = "R22"
        R23 = "R23"
        R24 = "R24"
        R25 = "R25"
        R26 = "R26"
        R27 = "R27"
        R28 = "R28"
        R29 = "R29"
        R30 = "R30"
        R31 = "R31"
        R32 = "R32"
        R33 = "R33"
        R34 = "R34"
        R35 = "R35"
        R36 = "R36"
        R37 = "R37"
        R38 = "R38"
        R40 = "R40"
        R41 = "R41"
        R42 = "R42"
        R43 = "R43"
        R44 = "R44"
        R45 = "R45"
        R46 = "R46"
        R47 = "R47"
        R50 = "R50"
        R51 = "R51"
        R52 = "R52"
        R61 = "R61"
        R62 = "R62"
        R63 = "R63"
        R64 = "R64"
        R65 = "R65"
        R66 = "R66"
        R67 = "R67"
        R68 = "R68"
        R69 = "R69"
        R70 = "R70"
        R71 = "R71"
        R72 = "R72"
        R73 = "R73"
        R74 = "R74"
        R80 = "R80"
        R81 = "R81"
        R82 = "R82"

    register(
        AchReturnCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="ach_return_code",
                title="ACH return code",
                description="The return code of a returned ACH transfer, sweep or refund: the Transfer errors page's table of ACH return codes (Return Code, Description, Notes), each description its Description. Plaid's OpenAPI description names the field (failure_code, which also carries RTP/RfP failure codes, and the deprecated ach_return_code) and gives no list of its own: it points to this table.",
                field="failure_reason.failure_code (and the deprecated failure_reason.ach_return_code) of a transfer, sweep or refund whose status is returned",
                sources=(_S["plaid-errors-transfer"],),
            ),
            (
                CodeInfo(
                    value="R01",
                    description="Insufficient funds",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"], _S["plaid-openapi"]),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R01",
                    notes="The page's Notes: “Available balance is not sufficient to cover the dollar amount of the debit entry”. Plaid's OpenAPI description (TransferCreateRequest's description field, which must then be “Retry 1” or “Retry 2”): “You may retry a transfer up to 2 times, within 180 days of creating the original transfer. Only transfers that were returned with code `R01` or `R09` may be retried.”: three attempts in all, the first counted.",
                    max_attempts=3,
                    fact_sources={"max_attempts": ("plaid-openapi",)},
                ),
                CodeInfo(
                    value="R02",
                    description="Account closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R02",
                    notes="The page's Notes: “A previously open account is now closed”.",
                ),
                CodeInfo(
                    value="R03",
                    description="No account or unable to locate account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R03",
                    notes="The page's Notes: “The account number structure is valid, but the account number does not correspond to an existing account, or the name on the transaction does not match the name on the account.”",
                ),
                CodeInfo(
                    value="R04",
                    description="Invalid account number",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R04",
                    notes="The page's Notes: “The account number fails the check digit validation or may contain an incorrect number of digits. Commonly caused by invalidated TANs; see [Tokenized account numbers](/docs/auth/#tokenized-account-numbers) for more details.”",
                ),
                CodeInfo(
                    value="R05",
                    description="Unauthorized debit to consumer account",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R05",
                    notes="The page's Notes: “A business debit entry was transmitted to a member’s consumer account, and the member had not authorized the entry”.",
                ),
                CodeInfo(
                    value="R06",
                    description="Returned per ODFI's request",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R06",
                    notes="The page's Notes: “The ODFI has requested that the RDFI return the entry”.",
                ),
                CodeInfo(
                    value="R07",
                    description="Authorization revoked by customer",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R07",
                    notes="The page's Notes: “Member who previously authorized an entry has revoked authorization with the originator”.",
                ),
                CodeInfo(
                    value="R08",
                    description="Payment stopped or stop payment on item",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R08",
                    notes="The page's Notes: “Member had previously requested a stop payment of a single or recurring entry”.",
                ),
                CodeInfo(
                    value="R09",
                    description="Uncollected funds",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"], _S["plaid-openapi"]),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R09",
                    notes="The page's Notes: “Available balance is sufficient, but the collected balance is not sufficient to cover the entry”. Plaid's OpenAPI description (TransferCreateRequest's description field, which must then be “Retry 1” or “Retry 2”): “You may retry a transfer up to 2 times, within 180 days of creating the original transfer. Only transfers that were returned with code `R01` or `R09` may be retried.”: three attempts in all, the first counted.",
                    max_attempts=3,
                    fact_sources={"max_attempts": ("plaid-openapi",)},
                ),
                CodeInfo(
                    value="R10",
                    description="Customer advises not authorized",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R10",
                    notes="The page's Notes: “Member advises not authorized, notice not provided, improper source document, or amount of entry not accurately obtained from source document”.",
                ),
                CodeInfo(
                    value="R11",
                    description="Check truncation entry return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R11",
                    notes="The page's Notes: “To be used when returning a check truncation entry”.",
                ),
                CodeInfo(
                    value="R12",
                    description="Branch sold to another DFI",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R12",
                    notes="The page's Notes: “RDFI unable to post entry destined for a bank account maintained at a branch sold to another financial institution”.",
                ),
                CodeInfo(
                    value="R13",
                    description="Invalid ACH routing number",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R13",
                    notes="The page's Notes: “Financial institution does not receive commercial ACH entries”.",
                ),
                CodeInfo(
                    value="R14",
                    description="Representative payee deceased or unable to continue in that capacity",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R14",
                    notes="The page's Notes: “Representative payee is deceased or unable to continue in that capacity, beneficiary is not deceased”.",
                ),
                CodeInfo(
                    value="R15",
                    description="Beneficiary of account holder deceased",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R15",
                    notes="The page's Notes: “Beneficiary or Account Holder Deceased”.",
                ),
                CodeInfo(
                    value="R16",
                    description="Account frozen",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R16",
                    notes="The page's Notes: “Access to account is restricted due to a specific action taken by the RDFI or by legal action”.",
                ),
                CodeInfo(
                    value="R17",
                    description="File record edit criteria",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R17",
                    notes="The page's Notes: “Fields rejected by RDFI processing (identified in return addenda)”.",
                ),
                CodeInfo(
                    value="R18",
                    description="Improper effective entry",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R18",
                    notes="The page's Notes: “Entries have been presented prior to the first available processing window for the effective date”.",
                ),
                CodeInfo(
                    value="R19",
                    description="Amount field error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R19",
                    notes="The page's Notes: “Improper formatting of the amount field”.",
                ),
                CodeInfo(
                    value="R20",
                    description="Non-transaction account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R20",
                    notes="The page's Notes: “Policies or regulations (such as Regulation D) prohibit or limit activity to the account indicated”.",
                ),
                CodeInfo(
                    value="R21",
                    description="Invalid company identification",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R21",
                    notes="The page's Notes: “The company ID information not valid (normally CIE entries)”.",
                ),
                CodeInfo(
                    value="R22",
                    description="Invalid individual ID number",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R22",
                    notes="The page's Notes: “Individual id used by receiver is incorrect (CIE entries)”.",
                ),
                CodeInfo(
                    value="R23",
                    description="Credit entry refused by receiver",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R23",
                    notes="The page's Notes: “Receiver returned entry because minimum or exact amount not remitted, bank account is subject to litigation, or payment represents an overpayment, originator is not known to receiver or receiver has not authorized this credit entry to this bank account”.",
                ),
                CodeInfo(
                    value="R24",
                    description="Duplicate entry",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R24",
                    notes="The page's Notes: “RDFI has received a duplicate entry”.",
                ),
                CodeInfo(
                    value="R25",
                    description="Addenda error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R25",
                    notes="The page's Notes: “Improper formatting of the addenda record information”.",
                ),
                CodeInfo(
                    value="R26",
                    description="Mandatory field error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R26",
                    notes="The page's Notes: “Improper information in one of the mandatory fields”.",
                ),
                CodeInfo(
                    value="R27",
                    description="Trace number error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R27",
                    notes="The page's Notes: “Original entry trace number is not valid for return entry; or addenda trace numbers do not correspond with entry detail record”.",
                ),
                CodeInfo(
                    value="R28",
                    description="Routing number or check digit",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R28",
                    notes="The page's Notes: “Check digit for transit routing number is incorrect”.",
                ),
                CodeInfo(
                    value="R29",
                    description="Corporate customer advises not authorized",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R29",
                    notes="The page's Notes: “RDFI has been notified by business account holder that a specific transaction is unauthorized. Business accounts often automatically decline debits for security purposes. Your customer needs to inform their bank to allow debits that use your tax identifier.”",
                ),
                CodeInfo(
                    value="R30",
                    description="RDFI not participant in check truncation program",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R30",
                    notes="The page's Notes: “Financial institution not participating in automated check safekeeping application”.",
                ),
                CodeInfo(
                    value="R31",
                    description="Permissible return entry",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R31",
                    notes="The page's Notes: “RDFI has been notified by business account holder that a specific transaction is unauthorized”.",
                ),
                CodeInfo(
                    value="R32",
                    description="RDFI non settlement",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R32",
                    notes="The page's Notes: “RDFI is not able to settle the entry”.",
                ),
                CodeInfo(
                    value="R33",
                    description="Return of XCK entry",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R33",
                    notes="The page's Notes: “RDFI determines at its sole discretion to return an XCK entry; an XCK return entry may be initiated by midnight of the sixtieth day following the settlement date if the XCK entry”.",
                ),
                CodeInfo(
                    value="R34",
                    description="Limited participation DFI",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R34",
                    notes="The page's Notes: “RDFI participation has been limited by a federal or state supervisor”.",
                ),
                CodeInfo(
                    value="R35",
                    description="Return of improper debit entry",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R35",
                    notes="The page's Notes: “ACH debit not permitted for use with the CIE standard entry class code (except for reversals)”.",
                ),
                CodeInfo(
                    value="R36",
                    description="Return of improper credit entry",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R36",
                ),
                CodeInfo(
                    value="R37",
                    description="Source Document Presented for Payment",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R37",
                    notes="The page's Notes: “Check used for an ARC, BOC or POP entry has also been presented for payment”.",
                ),
                CodeInfo(
                    value="R38",
                    description="Stop payment on source document",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R38",
                    notes="The page's Notes: “Stop payment has been placed on a check used for an ARC entry”.",
                ),
                CodeInfo(
                    value="R40",
                    description="Return of ENR entry by federal government agency (ENR only)",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R40",
                ),
                CodeInfo(
                    value="R41",
                    description="Invalid transaction code (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R41",
                ),
                CodeInfo(
                    value="R42",
                    description="Routing number or check digit error (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R42",
                ),
                CodeInfo(
                    value="R43",
                    description="Invalid DFI account number (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R43",
                ),
                CodeInfo(
                    value="R44",
                    description="Invalid individual ID number (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R44",
                ),
                CodeInfo(
                    value="R45",
                    description="Invalid individual name/company name (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R45",
                ),
                CodeInfo(
                    value="R46",
                    description="Invalid representative payee indicator (ENR only)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R46",
                ),
                CodeInfo(
                    value="R47",
                    description="Duplicate enrollment",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R47",
                ),
                CodeInfo(
                    value="R50",
                    description="State law affecting RCK acceptance",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R50",
                ),
                CodeInfo(
                    value="R51",
                    description="Item is ineligible, notice not provided, signature not genuine",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R51",
                ),
                CodeInfo(
                    value="R52",
                    description="Stop payment on item",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R52",
                ),
                CodeInfo(
                    value="R61",
                    description="Misrouted return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R61",
                    notes="The page's Notes: “Return entry was sent by RDFI to an incorrect ODFI routing/transit number”.",
                ),
                CodeInfo(
                    value="R62",
                    description="Incorrect trace number",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R62",
                ),
                CodeInfo(
                    value="R63",
                    description="Incorrect dollar amount",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R63",
                ),
                CodeInfo(
                    value="R64",
                    description="Incorrect individual identification",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R64",
                ),
                CodeInfo(
                    value="R65",
                    description="Incorrect transaction code",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R65",
                ),
                CodeInfo(
                    value="R66",
                    description="Incorrect company identification",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R66",
                ),
                CodeInfo(
                    value="R67",
                    description="Duplicate return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R67",
                    notes="The page's Notes: “ODFI has received more than one return entry for the same original entry”.",
                ),
                CodeInfo(
                    value="R68",
                    description="Untimely return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/ach_return_code/#R68",
                    notes="The page's Notes: “Return entry did not meet the return deadline”.",
                ),
                CodeInfo(
                    value="R69",
                    description="Multiple errors",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R69",
                ),
                CodeInfo(
                    value="R70",
                    description="Permissible return entry not accepted",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R70",
                ),
                CodeInfo(
                    value="R71",
                    description="Misrouted dishonored return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R71",
                ),
                CodeInfo(
                    value="R72",
                    description="Untimely dishonored return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R72",
                ),
                CodeInfo(
                    value="R73",
                    description="Timely original return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R73",
                ),
                CodeInfo(
                    value="R74",
                    description="Corrected return",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R74",
                ),
                CodeInfo(
                    value="R80",
                    description="Cross-border payment coding error",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R80",
                ),
                CodeInfo(
                    value="R81",
                    description="Nonparticipant in cross-border program",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R81",
                ),
                CodeInfo(
                    value="R82",
                    description="Invalid foreign receiving DFI identification",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                    ),
                    page="reference/plaid/ach_return_code/#R82",
                ),
            ),
        ),
        {},
    )
    return AchReturnCode


def _RtpFailureCode() -> type[CodeEnum]:
    class RtpFailureCode(CodeEnum):
        """RTP/RfP failure code: The failure code of a failed RTP or Request for Payment (RfP) transfer, on the RTP rail of The Clearing House or FedNow: the Transfer errors page's table of RTP/RfP error codes, each with its Description, its Suggested Action (the advice) and, in its notes, the rails, the condensed error category and whether it is retryable as the table gives them.

        Wire field: failure_reason.failure_code of a transfer, sweep or refund sent over RTP or RfP whose status is failed."""

        OTHER_REASONS_NOT_SPECIFIED = "1100"
        CENTRAL_SWITCH_SYSTEM_MALFUNCTION = "9909"
        INSTRUCTED_AGENT_SIGNED_OFF = "9910"
        RECIPIENT_CONNECTION_UNAVAILABLE = "9912"
        INSTRUCTING_AGENT_SIGNED_OFF = "9934"
        INSTRUCTING_AGENT_SUSPENDED = "9946"
        INSTRUCTED_AGENT_SUSPENDED = "9947"
        CENTRAL_SWITCH_SERVICE_SUSPENDED = "9948"
        AC02 = "AC02"
        AC03 = "AC03"
        AC04 = "AC04"
        AC06 = "AC06"
        AC07 = "AC07"
        AC13 = "AC13"
        AC14 = "AC14"
        AG01 = "AG01"
        AG03 = "AG03"
        AM02 = "AM02"
        AM04 = "AM04"
        AM09 = "AM09"
        AM12 = "AM12"
        AM13 = "AM13"
        AM14 = "AM14"
        BE04 = "BE04"
        BE06 = "BE06"
        BE07 = "BE07"
        BE16 = "BE16"
        BE17 = "BE17"
        BLKD = "BLKD"
        CH11 = "CH11"
        CUST = "CUST"
        DS04 = "DS04"
        DS0H = "DS0H"
        DS24 = "DS24"
        DT04 = "DT04"
        DUPL = "DUPL"
        E997 = "E997"
        FF02 = "FF02"
        FF03 = "FF03"
        FF08 = "FF08"
        INSF = "INSF"
        MD07 = "MD07"
        NARR = "NARR"
        NOAT = "NOAT"
        RC01 = "RC01"
        RC02 = "RC02"
        RC03 = "RC03"
        RC04 = "RC04"
        SL12 = "SL12"
        TK01 = "TK01"
        TK02 = "TK02"
        TK03 = "TK03"
        TK04 = "TK04"
        TK05 = "TK05"
        TK06 = "TK06"
        TK07 = "TK07"
        TK08 = "TK08"

    register(
        RtpFailureCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="rtp_failure_code",
                title="RTP/RfP failure code",
                description="The failure code of a failed RTP or Request for Payment (RfP) transfer, on the RTP rail of The Clearing House or FedNow: the Transfer errors page's table of RTP/RfP error codes, each with its Description, its Suggested Action (the advice) and, in its notes, the rails, the condensed error category and whether it is retryable as the table gives them.",
                field="failure_reason.failure_code of a transfer, sweep or refund sent over RTP or RfP whose status is failed",
                sources=(_S["plaid-errors-transfer"],),
            ),
            (
                CodeInfo(
                    value="1100",
                    description="Other Reasons - Not specified",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#1100",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="9909",
                    description="Central Switch system malfunction",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9909",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9910",
                    description="Instructed Agent signed-off",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9910",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9912",
                    description="Recipient connection unavailable",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9912",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9934",
                    description="Instructing Agent signed-off",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9934",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9946",
                    description="Instructing Agent suspended",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9946",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9947",
                    description="Instructed Agent suspended",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9947",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="9948",
                    description="Central Switch service suspended",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#9948",
                    advice="Wait briefly and retry automatically; consider fallback rail if urgent.",
                    notes="Rail(s): RTP. Condensed Error Category: Network issue (retryable). Retryable: Yes - auto‑retry.",
                ),
                CodeInfo(
                    value="AC02",
                    description="Debtor account is invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC02",
                    advice="Ask the sender to correct or switch accounts, then resubmit.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the sending account. Retryable: No.",
                ),
                CodeInfo(
                    value="AC03",
                    description="Creditor account is invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC03",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AC04",
                    description="Account closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC04",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AC06",
                    description="Account is blocked",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC06",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AC07",
                    description="Creditor account closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC07",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AC13",
                    description="Debtor account type invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC13",
                    advice="Ask the sender to correct or switch accounts, then resubmit.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the sending account. Retryable: No.",
                ),
                CodeInfo(
                    value="AC14",
                    description="Creditor account type invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AC14",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AG01",
                    description="Transaction forbidden on this type of account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AG01",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AG03",
                    description="Transaction type not supported on this account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AG03",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="AM02",
                    description="Transaction amount exceeds allowed maximum",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM02",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="AM04",
                    description="Insufficient funds",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM04",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="AM09",
                    description="Incorrect amount received",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM09",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="AM12",
                    description="Amount invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM12",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="AM13",
                    description="Amount exceeds clearing system limits",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM13",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="AM14",
                    description="Amount exceeds bank-client limit",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#AM14",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="BE04",
                    description="Missing or incorrect creditor address",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BE04",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="BE06",
                    description="End customer not known",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BE06",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="BE07",
                    description="Missing or incorrect debtor address",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BE07",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="BE16",
                    description="Debtor identification invalid",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BE16",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="BE17",
                    description="Creditor identification invalid",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BE17",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="BLKD",
                    description="Payment has been blocked",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#BLKD",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="CH11",
                    description="Creditor identifier unknown",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#CH11",
                    advice="Respect customer’s decision or obtain new authorization.",
                    notes="Rail(s): RFP. Condensed Error Category: Authorization declined or customer action required. Retryable: No.",
                ),
                CodeInfo(
                    value="CUST",
                    description="Customer declined payment",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#CUST",
                    advice="Respect customer’s decision or obtain new authorization.",
                    notes="Rail(s): Both. Condensed Error Category: Authorization declined or customer action required. Retryable: No.",
                ),
                CodeInfo(
                    value="DS04",
                    description="Order rejected – content issues",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#DS04",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="DS0H",
                    description="Signer not authorized for this account",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#DS0H",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="DS24",
                    description="Waiting time expired (incomplete order)",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#DS24",
                    advice="Respect customer’s decision or obtain new authorization.",
                    notes="Rail(s): Both. Condensed Error Category: Authorization declined or customer action required. Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="DT04",
                    description="Future date not supported",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#DT04",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="DUPL",
                    description="Duplicate payment detected",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#DUPL",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="E997",
                    description="Timeout clock has expired",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#E997",
                    advice="Retry the payment with a different idempotency key.",
                    notes="Rail(s): Both. Condensed Error Category: Network issue (retryable). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="FF02",
                    description="Syntax error in narrative information",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#FF02",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="FF03",
                    description="Invalid payment type information",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#FF03",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="FF08",
                    description="End‑to‑End ID missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#FF08",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="INSF",
                    description="Insufficient funds for outbound message",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#INSF",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="MD07",
                    description="End customer is deceased",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#MD07",
                    advice="Investigate beneficiary data or compliance issues; do not auto‑retry.",
                    notes="Rail(s): Both. Condensed Error Category: Beneficiary or compliance information issue. Retryable: No.",
                ),
                CodeInfo(
                    value="NARR",
                    description="Narrative reason provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#NARR",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="NOAT",
                    description="Account does not support this message type",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#NOAT",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="RC01",
                    description="Bank identifier format incorrect",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#RC01",
                    advice="Supply a valid routing/BIC and retry.",
                    notes="Rail(s): Both. Condensed Error Category: Routing or bank identifier issue. Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="RC02",
                    description="Bank identifier invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#RC02",
                    advice="Supply a valid routing/BIC and retry.",
                    notes="Rail(s): Both. Condensed Error Category: Routing or bank identifier issue. Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="RC03",
                    description="Debtor FI identifier invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#RC03",
                    advice="Supply a valid routing/BIC and retry.",
                    notes="Rail(s): Both. Condensed Error Category: Routing or bank identifier issue. Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="RC04",
                    description="Creditor FI identifier invalid or missing",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#RC04",
                    advice="Request updated recipient account details or use another payout account.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with the receiving account (invalid, closed, blocked). Retryable: No.",
                ),
                CodeInfo(
                    value="SL12",
                    description="Debtor opted out of RFPs",
                    category=_C.REJECTED,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#SL12",
                    advice="Respect customer’s decision or obtain new authorization.",
                    notes="Rail(s): RFP. Condensed Error Category: Authorization declined or customer action required. Retryable: No.",
                ),
                CodeInfo(
                    value="TK01",
                    description="Invalid token",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK01",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK02",
                    description="Sender token not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK02",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK03",
                    description="Receiver token not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK03",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK04",
                    description="Token expired",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK04",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK05",
                    description="Token counterparty mismatch",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK05",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK06",
                    description="Token value‑limit rule violation",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK06",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK07",
                    description="Single‑use token already used",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK07",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
                CodeInfo(
                    value="TK08",
                    description="Token suspended",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["plaid-errors-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-errors-transfer"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["plaid-errors-transfer"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/rtp_failure_code/#TK08",
                    advice="Correct the payment amount, currency, token or format, then retry.",
                    notes="Rail(s): Both. Condensed Error Category: Issues with payment details (amount, currency, token, duplicate, format). Retryable: Yes - after correction.",
                ),
            ),
        ),
        {},
    )
    return RtpFailureCode


def _LinkExitStatus() -> type[CodeEnum]:
    class LinkExitStatus(CodeEnum):
        """Link exit status: The point at which the user exited Link: metadata.status of onExit, exit_status of onEvent's metadata.

        Wire field: metadata.status."""

        requires_questions = "requires_questions"
        requires_selections = "requires_selections"
        requires_code = "requires_code"
        choose_device = "choose_device"
        requires_credentials = "requires_credentials"
        requires_account_selection = "requires_account_selection"
        requires_oauth = "requires_oauth"
        institution_not_found = "institution_not_found"
        institution_not_supported = "institution_not_supported"
        connected = "connected"
        requires_external_action = "requires_external_action"
        requires_recaptcha = "requires_recaptcha"
        requires_deposit_switch_allocation_configuration = (
            "requires_deposit_switch_allocation_configuration"
        )
        requires_deposit_switch_allocation_selection = (
            "requires_deposit_switch_allocation_selection"
        )

    register(
        LinkExitStatus,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="link_exit_status",
                title="Link exit status",
                description="The point at which the user exited Link: metadata.status of onExit, exit_status of onEvent's metadata.",
                field="metadata.status",
                sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
            ),
            (
                CodeInfo(
                    value="requires_questions",
                    description="User prompted to answer security questions",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_questions",
                ),
                CodeInfo(
                    value="requires_selections",
                    description="User prompted to answer multiple choice question(s)",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_selections",
                ),
                CodeInfo(
                    value="requires_code",
                    description="User prompted to provide a one-time passcode",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_code",
                ),
                CodeInfo(
                    value="choose_device",
                    description="User prompted to select a device on which to receive a one-time passcode",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#choose_device",
                ),
                CodeInfo(
                    value="requires_credentials",
                    description="User prompted to provide credentials for the selected financial institution or has not yet selected a financial institution",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_credentials",
                ),
                CodeInfo(
                    value="requires_account_selection",
                    description="User prompted to select one or more financial accounts to share",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_account_selection",
                ),
                CodeInfo(
                    value="requires_oauth",
                    description="User prompted to enter an OAuth flow",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["plaid-openapi"],
                                _S["plaid-rn-sdk-types"],
                                _S["plaid-link-web"],
                            ),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_oauth",
                ),
                CodeInfo(
                    value="institution_not_found",
                    description="User exited the Link flow on the institution selection pane. Typically this occurs after the user unsuccessfully (no results returned) searched for a financial institution. Note that this status does not necessarily indicate that the user was unable to find their institution, as it is used for all user exits that occur from the institution selection pane, regardless of other user behavior.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/plaid/link_exit_status/#institution_not_found",
                    notes="The OpenAPI description (LinkSessionExitMetadata) still has the earlier sentence: 'User exited the Link flow after unsuccessfully (no results returned) searching for a financial institution'.",
                ),
                CodeInfo(
                    value="institution_not_supported",
                    description="User exited the Link flow after discovering their selected institution is no longer supported by Plaid",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-openapi"], _S["plaid-link-web"]),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#institution_not_supported",
                ),
                CodeInfo(
                    value="connected",
                    description="The user connected an Item before exiting.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_exit_status/#connected",
                    editorial=True,
                ),
                CodeInfo(
                    value="requires_external_action",
                    description="The user was asked to act outside Link (for example in the bank's app).",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_exit_status/#requires_external_action",
                    editorial=True,
                ),
                CodeInfo(
                    value="requires_recaptcha",
                    description="User prompted to solve a reCAPTCHA challenge",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-react-native"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["plaid-link-react-native"],),
                        ),
                    ),
                    page="reference/plaid/link_exit_status/#requires_recaptcha",
                ),
                CodeInfo(
                    value="requires_deposit_switch_allocation_configuration",
                    description="The user was asked to configure a deposit switch allocation.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_exit_status/#requires_deposit_switch_allocation_configuration",
                    editorial=True,
                ),
                CodeInfo(
                    value="requires_deposit_switch_allocation_selection",
                    description="The user was asked to choose a deposit switch allocation.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_exit_status/#requires_deposit_switch_allocation_selection",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return LinkExitStatus


def _LinkEventName() -> type[CodeEnum]:
    class LinkEventName(CodeEnum):
        """Link event name: The eventName Link passes to onEvent. Where Plaid's Link web page has a sentence for an event, that sentence is its description, as plain text (the page's code marks and links left out).

        Wire field: eventName."""

        AUTO_SELECT_SAVED_INSTITUTION = "AUTO_SELECT_SAVED_INSTITUTION"
        AUTO_SUBMIT_PHONE = "AUTO_SUBMIT_PHONE"
        BANK_INCOME_INSIGHTS_COMPLETED = "BANK_INCOME_INSIGHTS_COMPLETED"
        CLOSE_OAUTH = "CLOSE_OAUTH"
        CONNECT_NEW_INSTITUTION = "CONNECT_NEW_INSTITUTION"
        ERROR = "ERROR"
        EXIT = "EXIT"
        FAIL_OAUTH = "FAIL_OAUTH"
        HANDOFF = "HANDOFF"
        IDENTITY_MATCH_PASSED = "IDENTITY_MATCH_PASSED"
        IDENTITY_MATCH_FAILED = "IDENTITY_MATCH_FAILED"
        IDENTITY_VERIFICATION_CLOSE_UI = "IDENTITY_VERIFICATION_CLOSE_UI"
        IDENTITY_VERIFICATION_CREATE_SESSION = "IDENTITY_VERIFICATION_CREATE_SESSION"
        IDENTITY_VERIFICATION_FAIL_SESSION = "IDENTITY_VERIFICATION_FAIL_SESSION"
        IDENTITY_VERIFICATION_FAIL_STEP = "IDENTITY_VERIFICATION_FAIL_STEP"
        IDENTITY_VERIFICATION_OPEN_UI = "IDENTITY_VERIFICATION_OPEN_UI"
        IDENTITY_VERIFICATION_PASS_SESSION = "IDENTITY_VERIFICATION_PASS_SESSION"
        IDENTITY_VERIFICATION_PASS_STEP = "IDENTITY_VERIFICATION_PASS_STEP"
        IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION = (
            "IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION"
        )
        IDENTITY_VERIFICATION_PENDING_REVIEW_STEP = "IDENTITY_VERIFICATION_PENDING_REVIEW_STEP"
        IDENTITY_VERIFICATION_RESUME_SESSION = "IDENTITY_VERIFICATION_RESUME_SESSION"
        IDENTITY_VERIFICATION_RESUME_UI = "IDENTITY_VERIFICATION_RESUME_UI"
        IDENTITY_VERIFICATION_START_STEP = "IDENTITY_VERIFICATION_START_STEP"
        ISSUE_FOLLOWED = "ISSUE_FOLLOWED"
        LAYER_AUTOFILL_NOT_AVAILABLE = "LAYER_AUTOFILL_NOT_AVAILABLE"
        LAYER_NOT_AVAILABLE = "LAYER_NOT_AVAILABLE"
        LAYER_READY = "LAYER_READY"
        MATCHED_SELECT_INSTITUTION = "MATCHED_SELECT_INSTITUTION"
        MATCHED_SELECT_VERIFY_METHOD = "MATCHED_SELECT_VERIFY_METHOD"
        OPEN = "OPEN"
        OPEN_MY_PLAID = "OPEN_MY_PLAID"
        OPEN_OAUTH = "OPEN_OAUTH"
        PLAID_CHECK_PANE = "PLAID_CHECK_PANE"
        PROFILE_ELIGIBILITY_CHECK_ERROR = "PROFILE_ELIGIBILITY_CHECK_ERROR"
        PROFILE_ELIGIBILITY_CHECK_READY = "PROFILE_ELIGIBILITY_CHECK_READY"
        REMEMBER_ME_DISABLED = "REMEMBER_ME_DISABLED"
        REMEMBER_ME_ENABLED = "REMEMBER_ME_ENABLED"
        REMEMBER_ME_HOLDOUT = "REMEMBER_ME_HOLDOUT"
        SEARCH_INSTITUTION = "SEARCH_INSTITUTION"
        SELECT_ACCOUNT = "SELECT_ACCOUNT"
        SELECT_AUTH_TYPE = "SELECT_AUTH_TYPE"
        SELECT_BRAND = "SELECT_BRAND"
        SELECT_DEGRADED_INSTITUTION = "SELECT_DEGRADED_INSTITUTION"
        SELECT_DENYLISTED_INSTITUTION = "SELECT_DENYLISTED_INSTITUTION"
        SELECT_DOWN_INSTITUTION = "SELECT_DOWN_INSTITUTION"
        SELECT_FALLBACK_ROUTING_INSTITUTION = "SELECT_FALLBACK_ROUTING_INSTITUTION"
        SELECT_FILTERED_INSTITUTION = "SELECT_FILTERED_INSTITUTION"
        SELECT_INSTITUTION = "SELECT_INSTITUTION"
        SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION = "SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION"
        SELECT_SAVED_ACCOUNT = "SELECT_SAVED_ACCOUNT"
        SELECT_SAVED_INSTITUTION = "SELECT_SAVED_INSTITUTION"
        SKIP_SUBMIT_EMAIL = "SKIP_SUBMIT_EMAIL"
        SKIP_SUBMIT_PHONE = "SKIP_SUBMIT_PHONE"
        SUBMIT_ACCOUNT_NUMBER = "SUBMIT_ACCOUNT_NUMBER"
        SUBMIT_CREDENTIALS = "SUBMIT_CREDENTIALS"
        SUBMIT_DOCUMENTS = "SUBMIT_DOCUMENTS"
        SUBMIT_DOCUMENTS_ERROR = "SUBMIT_DOCUMENTS_ERROR"
        SUBMIT_DOCUMENTS_SUCCESS = "SUBMIT_DOCUMENTS_SUCCESS"
        SUBMIT_EMAIL = "SUBMIT_EMAIL"
        SUBMIT_MFA = "SUBMIT_MFA"
        SUBMIT_OTP = "SUBMIT_OTP"
        SUBMIT_PHONE = "SUBMIT_PHONE"
        SUBMIT_ROUTING_NUMBER = "SUBMIT_ROUTING_NUMBER"
        TRANSITION_VIEW = "TRANSITION_VIEW"
        VERIFY_PHONE = "VERIFY_PHONE"
        VIEW_DATA_TYPES = "VIEW_DATA_TYPES"

    register(
        LinkEventName,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="link_event_name",
                title="Link event name",
                description="The eventName Link passes to onEvent. Where Plaid's Link web page has a sentence for an event, that sentence is its description, as plain text (the page's code marks and links left out).",
                field="eventName",
                sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
            ),
            (
                CodeInfo(
                    value="AUTO_SELECT_SAVED_INSTITUTION",
                    description="Link's onEvent name for: auto select saved institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#AUTO_SELECT_SAVED_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="AUTO_SUBMIT_PHONE",
                    description="The user was automatically sent an OTP code without a UI prompt. This event can only occur if the user's phone phone number was provided to Link via the /link/token/create call and the user has previously consented to receive OTP codes from Plaid.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#AUTO_SUBMIT_PHONE",
                ),
                CodeInfo(
                    value="BANK_INCOME_INSIGHTS_COMPLETED",
                    description="The user has completed the Assets and Bank Income Insights flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#BANK_INCOME_INSIGHTS_COMPLETED",
                ),
                CodeInfo(
                    value="CLOSE_OAUTH",
                    description="The user closed the third-party website or mobile app without completing the OAuth flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#CLOSE_OAUTH",
                ),
                CodeInfo(
                    value="CONNECT_NEW_INSTITUTION",
                    description="The user has chosen to link a new institution instead of linking a saved institution. This event is only emitted in the Link Returning User Experience flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#CONNECT_NEW_INSTITUTION",
                ),
                CodeInfo(
                    value="ERROR",
                    description="A recoverable error occurred in the Link flow, see the error_code metadata.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#ERROR",
                ),
                CodeInfo(
                    value="EXIT",
                    description="The user has exited without completing the Link flow and the onExit callback is fired.",
                    category=_C.CANCELLED,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#EXIT",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="callback_status",
                            value="CANCELLED",
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
                            provider="stripe",
                            code_set="fc_event_name",
                            value="cancel",
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
                    value="FAIL_OAUTH",
                    description="The user encountered an error while completing the third-party's OAuth login flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#FAIL_OAUTH",
                ),
                CodeInfo(
                    value="HANDOFF",
                    description="The user has exited Link after successfully linking an Item.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#HANDOFF",
                ),
                CodeInfo(
                    value="IDENTITY_MATCH_PASSED",
                    description="An Identity Match check configured via the Account Verification Dashboard passed the Identity Match rules and detected a match.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_MATCH_PASSED",
                ),
                CodeInfo(
                    value="IDENTITY_MATCH_FAILED",
                    description="An Identity Match check configured via the Account Verification Dashboard failed the Identity Match rules and did not detect a match.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_MATCH_FAILED",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_CLOSE_UI",
                    description="The user has closed the UI of their Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_CLOSE_UI",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_CREATE_SESSION",
                    description="The user has started a new Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_CREATE_SESSION",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_FAIL_SESSION",
                    description="The user has failed their Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_FAIL_SESSION",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_FAIL_STEP",
                    description="The user has failed a step of the Identity Verification flow. The step is indicated by view_name.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_FAIL_STEP",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_OPEN_UI",
                    description="The user has opened the UI of their Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_OPEN_UI",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_PASS_SESSION",
                    description="The user has passed their Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_PASS_SESSION",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_PASS_STEP",
                    description="The user has passed a step of the Identity Verification flow. The step is indicated by view_name.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_PASS_STEP",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION",
                    description="The user has completed their Identity Verification session, which is now in a pending review state.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_PENDING_REVIEW_STEP",
                    description="The user has reached the pending review state.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_PENDING_REVIEW_STEP",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_RESUME_SESSION",
                    description="The user has resumed an existing Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_RESUME_SESSION",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_RESUME_UI",
                    description="The user has resumed the UI of their Identity Verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_RESUME_UI",
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION_START_STEP",
                    description="The user has started a step of the Identity Verification flow. The step is indicated by view_name.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#IDENTITY_VERIFICATION_START_STEP",
                ),
                CodeInfo(
                    value="ISSUE_FOLLOWED",
                    description="Link's onEvent name for: issue followed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#ISSUE_FOLLOWED",
                    editorial=True,
                ),
                CodeInfo(
                    value="LAYER_AUTOFILL_NOT_AVAILABLE",
                    description="The user's date of birth passed to Link is not eligible for Layer Extended Autofill.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#LAYER_AUTOFILL_NOT_AVAILABLE",
                ),
                CodeInfo(
                    value="LAYER_NOT_AVAILABLE",
                    description="The user phone number passed to Link is not eligible for Layer.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#LAYER_NOT_AVAILABLE",
                ),
                CodeInfo(
                    value="LAYER_READY",
                    description="The user phone number passed to Link is eligible for Layer and open() may now be called.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#LAYER_READY",
                ),
                CodeInfo(
                    value="MATCHED_SELECT_INSTITUTION",
                    description="The user selected an institution that was presented as a matched institution. This event can be emitted if Embedded Institution Search is being used, if the institution was surfaced as a matched institution likely to have been linked to Plaid by a returning user, or if the institution's routing_number was provided when calling /link/token/create. For details on which scenario is triggering the event, see metadata.matchReason.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#MATCHED_SELECT_INSTITUTION",
                ),
                CodeInfo(
                    value="MATCHED_SELECT_VERIFY_METHOD",
                    description="Link's onEvent name for: matched select verify method.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#MATCHED_SELECT_VERIFY_METHOD",
                    editorial=True,
                ),
                CodeInfo(
                    value="OPEN",
                    description="The user has opened Link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#OPEN",
                ),
                CodeInfo(
                    value="OPEN_MY_PLAID",
                    description="The user has opened my.plaid.com. This event is only sent when Link is initialized with Assets as a product",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#OPEN_MY_PLAID",
                ),
                CodeInfo(
                    value="OPEN_OAUTH",
                    description="The user has navigated to a third-party website or mobile app in order to complete the OAuth login flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#OPEN_OAUTH",
                ),
                CodeInfo(
                    value="PLAID_CHECK_PANE",
                    description="Link's onEvent name for: plaid check pane.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#PLAID_CHECK_PANE",
                    editorial=True,
                ),
                CodeInfo(
                    value="PROFILE_ELIGIBILITY_CHECK_ERROR",
                    description="Link's onEvent name for: profile eligibility check error.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#PROFILE_ELIGIBILITY_CHECK_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="PROFILE_ELIGIBILITY_CHECK_READY",
                    description="Link's onEvent name for: profile eligibility check ready.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#PROFILE_ELIGIBILITY_CHECK_READY",
                    editorial=True,
                ),
                CodeInfo(
                    value="REMEMBER_ME_DISABLED",
                    description="Link's onEvent name for: remember me disabled.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#REMEMBER_ME_DISABLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="REMEMBER_ME_ENABLED",
                    description="Link's onEvent name for: remember me enabled.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#REMEMBER_ME_ENABLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="REMEMBER_ME_HOLDOUT",
                    description="Link's onEvent name for: remember me holdout.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#REMEMBER_ME_HOLDOUT",
                    editorial=True,
                ),
                CodeInfo(
                    value="SEARCH_INSTITUTION",
                    description="The user has searched for an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SEARCH_INSTITUTION",
                ),
                CodeInfo(
                    value="SELECT_ACCOUNT",
                    description="Link's onEvent name for: select account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_ACCOUNT",
                    editorial=True,
                ),
                CodeInfo(
                    value="SELECT_AUTH_TYPE",
                    description="The user has chosen whether to Link instantly or manually (i.e., with micro-deposits). This event emits the selection metadata to indicate the user's selection.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_AUTH_TYPE",
                ),
                CodeInfo(
                    value="SELECT_BRAND",
                    description="The user selected a brand, e.g. Bank of America. The SELECT_BRAND event is only emitted for large financial institutions with multiple online banking portals.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_BRAND",
                ),
                CodeInfo(
                    value="SELECT_DEGRADED_INSTITUTION",
                    description="The user selected an institution with a DEGRADED health status and was shown a corresponding message.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_DEGRADED_INSTITUTION",
                ),
                CodeInfo(
                    value="SELECT_DENYLISTED_INSTITUTION",
                    description="Link's onEvent name for: select denylisted institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_DENYLISTED_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="SELECT_DOWN_INSTITUTION",
                    description="The user selected an institution with a DOWN health status and was shown a corresponding message.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_DOWN_INSTITUTION",
                ),
                CodeInfo(
                    value="SELECT_FALLBACK_ROUTING_INSTITUTION",
                    description="Link's onEvent name for: select fallback routing institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_FALLBACK_ROUTING_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="SELECT_FILTERED_INSTITUTION",
                    description="The user selected an institution Plaid does not support all requested products for and was shown a corresponding message.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_FILTERED_INSTITUTION",
                ),
                CodeInfo(
                    value="SELECT_INSTITUTION",
                    description="The user selected an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SELECT_INSTITUTION",
                ),
                CodeInfo(
                    value="SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION",
                    description="Link's onEvent name for: select remember me duplicate institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="SELECT_SAVED_ACCOUNT",
                    description="Link's onEvent name for: select saved account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_SAVED_ACCOUNT",
                    editorial=True,
                ),
                CodeInfo(
                    value="SELECT_SAVED_INSTITUTION",
                    description="Link's onEvent name for: select saved institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SELECT_SAVED_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="SKIP_SUBMIT_EMAIL",
                    description="Link's onEvent name for: skip submit email.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SKIP_SUBMIT_EMAIL",
                    editorial=True,
                ),
                CodeInfo(
                    value="SKIP_SUBMIT_PHONE",
                    description="The user has opted to not provide their phone number to Plaid. This event is only emitted in the Link Returning User Experience flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SKIP_SUBMIT_PHONE",
                ),
                CodeInfo(
                    value="SUBMIT_ACCOUNT_NUMBER",
                    description="The user has submitted an account number. This event emits the account_number_mask metadata to indicate the mask of the account number the user provided.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_ACCOUNT_NUMBER",
                ),
                CodeInfo(
                    value="SUBMIT_CREDENTIALS",
                    description="The user has submitted credentials.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_CREDENTIALS",
                ),
                CodeInfo(
                    value="SUBMIT_DOCUMENTS",
                    description="The user is being prompted to submit documents for an Income verification flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_DOCUMENTS",
                ),
                CodeInfo(
                    value="SUBMIT_DOCUMENTS_ERROR",
                    description="The user encountered an error when submitting documents for an Income verification flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_DOCUMENTS_ERROR",
                ),
                CodeInfo(
                    value="SUBMIT_DOCUMENTS_SUCCESS",
                    description="The user has successfully submitted documents for an Income verification flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_DOCUMENTS_SUCCESS",
                ),
                CodeInfo(
                    value="SUBMIT_EMAIL",
                    description="Link's onEvent name for: submit email.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/link_event_name/#SUBMIT_EMAIL",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMIT_MFA",
                    description="The user has submitted MFA.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_MFA",
                ),
                CodeInfo(
                    value="SUBMIT_OTP",
                    description="The user has submitted an OTP code during the phone number verification flow. This event is only emitted in the Link Returning User Experience (Remember Me) flow or Layer flow. This event will not be emitted if the phone number is verified via SNA.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_OTP",
                ),
                CodeInfo(
                    value="SUBMIT_PHONE",
                    description="The user has submitted their phone number. This event is only emitted in the Link Returning User Experience (Remember Me) flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_PHONE",
                ),
                CodeInfo(
                    value="SUBMIT_ROUTING_NUMBER",
                    description="The user has submitted a routing number. This event emits the routing_number metadata to indicate user's routing number.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#SUBMIT_ROUTING_NUMBER",
                ),
                CodeInfo(
                    value="TRANSITION_VIEW",
                    description="The TRANSITION_VIEW event indicates that the user has moved from one view to the next.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#TRANSITION_VIEW",
                ),
                CodeInfo(
                    value="VERIFY_PHONE",
                    description="The user has successfully verified their phone number via either OTP or SNA. This event is only emitted in the Link Returning User Experience (Remember Me) flow or the Layer flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#VERIFY_PHONE",
                ),
                CodeInfo(
                    value="VIEW_DATA_TYPES",
                    description="The user has viewed data types on the data transparency consent pane.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-rn-sdk-types"], _S["plaid-openapi"], _S["plaid-link-web"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["plaid-link-web"],)
                        ),
                    ),
                    page="reference/plaid/link_event_name/#VIEW_DATA_TYPES",
                ),
            ),
        ),
        {},
    )
    return LinkEventName


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: The webhook_type of a Plaid webhook: the product or object it is about; its webhook_code says what happened.

        Wire field: webhook.webhook_type."""

        SCREENING = "SCREENING"
        ENTITY_SCREENING = "ENTITY_SCREENING"
        BEACON = "BEACON"
        IDENTITY_VERIFICATION = "IDENTITY_VERIFICATION"
        TRANSACTIONS = "TRANSACTIONS"
        IDENTITY = "IDENTITY"
        PROCESSOR_TOKEN = "PROCESSOR_TOKEN"
        ISSUES = "ISSUES"
        AUTH = "AUTH"
        ITEM = "ITEM"
        INCOME = "INCOME"
        BANK_TRANSFERS = "BANK_TRANSFERS"
        TRANSFER = "TRANSFER"
        LAYER = "LAYER"
        PROTECT = "PROTECT"
        INVESTMENTS_TRANSACTIONS = "INVESTMENTS_TRANSACTIONS"
        HOLDINGS = "HOLDINGS"
        PARTNER = "PARTNER"
        LIABILITIES = "LIABILITIES"
        PAYMENT_INITIATION = "PAYMENT_INITIATION"
        WALLET = "WALLET"
        LINK_DELIVERY = "LINK_DELIVERY"
        STATEMENTS = "STATEMENTS"
        CASH_FLOW_UPDATES = "CASH_FLOW_UPDATES"
        BASE_REPORT = "BASE_REPORT"
        CRA_INCOME = "CRA_INCOME"
        CHECK_REPORT = "CHECK_REPORT"
        CRA_INSIGHTS = "CRA_INSIGHTS"
        LINK = "LINK"
        DASHBOARD_CONFIGURED_ALERT = "DASHBOARD_CONFIGURED_ALERT"
        ASSETS = "ASSETS"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="webhook_type",
                title="Webhook type",
                description="The webhook_type of a Plaid webhook: the product or object it is about; its webhook_code says what happened.",
                field="webhook.webhook_type",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="SCREENING",
                    description="Webhooks about screening: STATUS_UPDATED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#SCREENING",
                    editorial=True,
                ),
                CodeInfo(
                    value="ENTITY_SCREENING",
                    description="Webhooks about entity screening: STATUS_UPDATED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#ENTITY_SCREENING",
                    editorial=True,
                ),
                CodeInfo(
                    value="BEACON",
                    description="Webhooks about beacon: USER_STATUS_UPDATED, REPORT_CREATED, REPORT_UPDATED, REPORT_SYNDICATION_CREATED, DUPLICATE_DETECTED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#BEACON",
                    editorial=True,
                ),
                CodeInfo(
                    value="IDENTITY_VERIFICATION",
                    description="Webhooks about identity verification: STEP_UPDATED, RETRIED, STATUS_UPDATED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#IDENTITY_VERIFICATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSACTIONS",
                    description="Webhooks about transactions: TRANSACTIONS_REMOVED, DEFAULT_UPDATE, SYNC_UPDATES_AVAILABLE, RECURRING_TRANSACTIONS_UPDATE, HISTORICAL_UPDATE, INITIAL_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#TRANSACTIONS",
                    editorial=True,
                ),
                CodeInfo(
                    value="IDENTITY",
                    description="Webhooks about identity: DEFAULT_UPDATE, PRODUCT_PERMISSIONS_REQUIRED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#IDENTITY",
                    editorial=True,
                ),
                CodeInfo(
                    value="PROCESSOR_TOKEN",
                    description="Webhooks about processor token: WEBHOOK_UPDATE_ACKNOWLEDGED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#PROCESSOR_TOKEN",
                    editorial=True,
                ),
                CodeInfo(
                    value="ISSUES",
                    description="Webhooks about issues: ISSUE_RESOLVED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#ISSUES",
                    editorial=True,
                ),
                CodeInfo(
                    value="AUTH",
                    description="Webhooks about auth: DEFAULT_UPDATE, AUTOMATICALLY_VERIFIED, VERIFICATION_EXPIRED, PRODUCT_PERMISSIONS_REQUIRED, SMS_MICRODEPOSITS_VERIFICATION.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#AUTH",
                    editorial=True,
                ),
                CodeInfo(
                    value="ITEM",
                    description="Webhooks about item: WEBHOOK_UPDATE_ACKNOWLEDGED, PENDING_EXPIRATION, ERROR, LOGIN_REPAIRED, PENDING_DISCONNECT, USER_PERMISSION_REVOKED, NEW_ACCOUNTS_AVAILABLE, USER_ACCOUNT_REVOKED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#ITEM",
                    editorial=True,
                ),
                CodeInfo(
                    value="INCOME",
                    description="Webhooks about income: PRODUCT_READY, INCOME_VERIFICATION, INCOME_VERIFICATION_RISK_SIGNALS, BANK_INCOME_COMPLETE, INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED, BANK_INCOME_REFRESH_UPDATE, BANK_INCOME_REFRESH_COMPLETE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#INCOME",
                    editorial=True,
                ),
                CodeInfo(
                    value="BANK_TRANSFERS",
                    description="Webhooks about bank transfers: BANK_TRANSFERS_EVENTS_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#BANK_TRANSFERS",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSFER",
                    description="Webhooks about transfer: TRANSFER_EVENTS_UPDATE, RECURRING_NEW_TRANSFER, RECURRING_TRANSFER_SKIPPED, RECURRING_CANCELLED, PLATFORM_ONBOARDING_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#TRANSFER",
                    editorial=True,
                ),
                CodeInfo(
                    value="LAYER",
                    description="Webhooks about layer: LAYER_AUTHENTICATION_PASSED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#LAYER",
                    editorial=True,
                ),
                CodeInfo(
                    value="PROTECT",
                    description="Webhooks about protect: PROTECT_USER_EVENT.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#PROTECT",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVESTMENTS_TRANSACTIONS",
                    description="Webhooks about investments transactions: DEFAULT_UPDATE, HISTORICAL_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#INVESTMENTS_TRANSACTIONS",
                    editorial=True,
                ),
                CodeInfo(
                    value="HOLDINGS",
                    description="Webhooks about holdings: DEFAULT_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#HOLDINGS",
                    editorial=True,
                ),
                CodeInfo(
                    value="PARTNER",
                    description="Webhooks about partner: END_CUSTOMER_OAUTH_STATUS_UPDATED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#PARTNER",
                    editorial=True,
                ),
                CodeInfo(
                    value="LIABILITIES",
                    description="Webhooks about liabilities: DEFAULT_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#LIABILITIES",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAYMENT_INITIATION",
                    description="Webhooks about payment initiation: PAYMENT_STATUS_UPDATE, CONSENT_STATUS_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#PAYMENT_INITIATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="WALLET",
                    description="Webhooks about wallet: WALLET_TRANSACTION_STATUS_UPDATE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#WALLET",
                    editorial=True,
                ),
                CodeInfo(
                    value="LINK_DELIVERY",
                    description="Webhooks about link delivery: DELIVERY_STATUS, LINK_CALLBACK.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#LINK_DELIVERY",
                    editorial=True,
                ),
                CodeInfo(
                    value="STATEMENTS",
                    description="Webhooks about statements: STATEMENTS_REFRESH_COMPLETE.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#STATEMENTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="CASH_FLOW_UPDATES",
                    description="Webhooks about cash flow updates: INSIGHTS_UPDATED, NSF_OVERDRAFT_DETECTED, NEW_INCOME_STREAM_DETECTED, EXPECTED_DEPOSIT_MISSED, LOW_BALANCE_DETECTED, LARGE_DEPOSIT_DETECTED, NEW_LOAN_PAYMENT_DETECTED, CASH_FLOW_INSIGHTS_UPDATED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#CASH_FLOW_UPDATES",
                    editorial=True,
                ),
                CodeInfo(
                    value="BASE_REPORT",
                    description="Webhooks about base report: ERROR.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#BASE_REPORT",
                    editorial=True,
                ),
                CodeInfo(
                    value="CRA_INCOME",
                    description="Webhooks about cra income: BANK_INCOME_COMPLETE, ERROR.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#CRA_INCOME",
                    editorial=True,
                ),
                CodeInfo(
                    value="CHECK_REPORT",
                    description="Webhooks about check report: CHECK_REPORT_READY, CHECK_REPORT_FAILED, UPGRADE_FAILED, USER_CHECK_REPORT_READY, USER_CHECK_REPORT_FAILED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#CHECK_REPORT",
                    editorial=True,
                ),
                CodeInfo(
                    value="CRA_INSIGHTS",
                    description="Webhooks about cra insights: PARTNER_INSIGHTS_COMPLETE, PARTNER_INSIGHTS_ERROR.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#CRA_INSIGHTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="LINK",
                    description="Webhooks about link: EVENTS, ITEM_ADD_RESULT, SESSION_FINISHED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#LINK",
                    editorial=True,
                ),
                CodeInfo(
                    value="DASHBOARD_CONFIGURED_ALERT",
                    description="Webhooks about dashboard configured alert: INSTITUTION_STATUS_ALERT_TRIGGERED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#DASHBOARD_CONFIGURED_ALERT",
                    editorial=True,
                ),
                CodeInfo(
                    value="ASSETS",
                    description="Webhooks about assets: PRODUCT_READY, ERROR.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/plaid/webhook_type/#ASSETS",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _ScreeningWebhookCode() -> type[CodeEnum]:
    class ScreeningWebhookCode(CodeEnum):
        """SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is SCREENING.

        Wire field: webhook.webhook_code."""

        STATUS_UPDATED = "STATUS_UPDATED"

    register(
        ScreeningWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="screening_webhook_code",
                title="SCREENING webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is SCREENING.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="STATUS_UPDATED",
                    description="Fired when an individual screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/screening_webhook_code/#STATUS_UPDATED",
                ),
            ),
        ),
        {},
    )
    return ScreeningWebhookCode


def _EntityScreeningWebhookCode() -> type[CodeEnum]:
    class EntityScreeningWebhookCode(CodeEnum):
        """ENTITY_SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is ENTITY_SCREENING.

        Wire field: webhook.webhook_code."""

        STATUS_UPDATED = "STATUS_UPDATED"

    register(
        EntityScreeningWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="entity_screening_webhook_code",
                title="ENTITY_SCREENING webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is ENTITY_SCREENING.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="STATUS_UPDATED",
                    description="Fired when an entity screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/entity_screening_webhook_code/#STATUS_UPDATED",
                ),
            ),
        ),
        {},
    )
    return EntityScreeningWebhookCode


def _BeaconWebhookCode() -> type[CodeEnum]:
    class BeaconWebhookCode(CodeEnum):
        """BEACON webhook code: The webhook_code of a Plaid webhook whose webhook_type is BEACON.

        Wire field: webhook.webhook_code."""

        USER_STATUS_UPDATED = "USER_STATUS_UPDATED"
        REPORT_CREATED = "REPORT_CREATED"
        REPORT_UPDATED = "REPORT_UPDATED"
        REPORT_SYNDICATION_CREATED = "REPORT_SYNDICATION_CREATED"
        DUPLICATE_DETECTED = "DUPLICATE_DETECTED"

    register(
        BeaconWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="beacon_webhook_code",
                title="BEACON webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is BEACON.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="USER_STATUS_UPDATED",
                    description="Fired when a Beacon User status has changed, which can occur manually via the dashboard or when information is reported to the Beacon network.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/beacon_webhook_code/#USER_STATUS_UPDATED",
                ),
                CodeInfo(
                    value="REPORT_CREATED",
                    description="Fired when one of your Beacon Users is first reported to the Beacon network.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/beacon_webhook_code/#REPORT_CREATED",
                ),
                CodeInfo(
                    value="REPORT_UPDATED",
                    description="Fired when one of your existing Beacon Reports has been modified or removed from the Beacon Network.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/beacon_webhook_code/#REPORT_UPDATED",
                ),
                CodeInfo(
                    value="REPORT_SYNDICATION_CREATED",
                    description="Fired when a report created on the Beacon Network matches with one of your Beacon Users.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/beacon_webhook_code/#REPORT_SYNDICATION_CREATED",
                ),
                CodeInfo(
                    value="DUPLICATE_DETECTED",
                    description="Fired when a Beacon User created within your organization matches one of your existing users.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/beacon_webhook_code/#DUPLICATE_DETECTED",
                ),
            ),
        ),
        {},
    )
    return BeaconWebhookCode


def _IdentityVerificationWebhookCode() -> type[CodeEnum]:
    class IdentityVerificationWebhookCode(CodeEnum):
        """IDENTITY_VERIFICATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is IDENTITY_VERIFICATION.

        Wire field: webhook.webhook_code."""

        STEP_UPDATED = "STEP_UPDATED"
        RETRIED = "RETRIED"
        STATUS_UPDATED = "STATUS_UPDATED"

    register(
        IdentityVerificationWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="identity_verification_webhook_code",
                title="IDENTITY_VERIFICATION webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is IDENTITY_VERIFICATION.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="STEP_UPDATED",
                    description="Fired when an end user has completed a step of the Identity Verification process.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/identity_verification_webhook_code/#STEP_UPDATED",
                ),
                CodeInfo(
                    value="RETRIED",
                    description="Fired when an identity verification has been retried, which can be triggered via the dashboard or the API.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/identity_verification_webhook_code/#RETRIED",
                ),
                CodeInfo(
                    value="STATUS_UPDATED",
                    description="Fired when the status of an identity verification has been updated, which can be triggered via the dashboard or the API.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/identity_verification_webhook_code/#STATUS_UPDATED",
                ),
            ),
        ),
        {},
    )
    return IdentityVerificationWebhookCode


def _TransactionsWebhookCode() -> type[CodeEnum]:
    class TransactionsWebhookCode(CodeEnum):
        """TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is TRANSACTIONS.

        Wire field: webhook.webhook_code."""

        TRANSACTIONS_REMOVED = "TRANSACTIONS_REMOVED"
        DEFAULT_UPDATE = "DEFAULT_UPDATE"
        SYNC_UPDATES_AVAILABLE = "SYNC_UPDATES_AVAILABLE"
        RECURRING_TRANSACTIONS_UPDATE = "RECURRING_TRANSACTIONS_UPDATE"
        HISTORICAL_UPDATE = "HISTORICAL_UPDATE"
        INITIAL_UPDATE = "INITIAL_UPDATE"

    register(
        TransactionsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="transactions_webhook_code",
                title="TRANSACTIONS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is TRANSACTIONS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="TRANSACTIONS_REMOVED",
                    description="Fired when transaction(s) for an Item are deleted. The deleted transaction IDs are included in the webhook payload. Plaid will typically check for deleted transaction data several times a day.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#TRANSACTIONS_REMOVED",
                ),
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="Fired when new transaction data is available for an Item. Plaid will typically check for new transaction data several times a day.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#DEFAULT_UPDATE",
                ),
                CodeInfo(
                    value="SYNC_UPDATES_AVAILABLE",
                    description="Fired when an Item's transactions change. This can be due to any event resulting in new changes, such as an initial 30-day transactions fetch upon the initialization of an Item with transactions, the backfill of historical transactions that occurs shortly after, or when changes are populated from a regularly-scheduled transactions update job. It is recommended to listen for the `SYNC_UPDATES_AVAILABLE` webhook when using the `/transactions/sync` endpoint. Note that when using `/transactions/sync` the older webhooks `INITIAL_UPDATE`, `HISTORICAL_UPDATE`, `DEFAULT_UPDATE`, and `TRANSACTIONS_REMOVED`, which are intended for use with `/transactions/get`, will also continue to be sent in order to maintain backwards compatibility. It is not necessary to listen for and respond to those webhooks when using `/transactions/sync`.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#SYNC_UPDATES_AVAILABLE",
                ),
                CodeInfo(
                    value="RECURRING_TRANSACTIONS_UPDATE",
                    description="Fired when recurring transactions data is updated. This includes when a new recurring stream is detected or when a new transaction is added to an existing recurring stream. The `RECURRING_TRANSACTIONS_UPDATE` webhook will also fire when one or more attributes of the recurring stream changes, which is usually a result of the addition, update, or removal of transactions to the stream.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#RECURRING_TRANSACTIONS_UPDATE",
                ),
                CodeInfo(
                    value="HISTORICAL_UPDATE",
                    description="Fired when an Item's historical transaction pull is completed and Plaid has prepared as much historical transaction data as possible for the Item. Once this webhook has been fired, transaction data beyond the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#HISTORICAL_UPDATE",
                ),
                CodeInfo(
                    value="INITIAL_UPDATE",
                    description="Fired when an Item's initial transaction pull is completed. Once this webhook has been fired, transaction data for the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transactions_webhook_code/#INITIAL_UPDATE",
                ),
            ),
        ),
        {},
    )
    return TransactionsWebhookCode


def _IdentityWebhookCode() -> type[CodeEnum]:
    class IdentityWebhookCode(CodeEnum):
        """IDENTITY webhook code: The webhook_code of a Plaid webhook whose webhook_type is IDENTITY.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"
        PRODUCT_PERMISSIONS_REQUIRED = "PRODUCT_PERMISSIONS_REQUIRED"

    register(
        IdentityWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="identity_webhook_code",
                title="IDENTITY webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is IDENTITY.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="Fired when a change to identity data has been detected on an Item. Items are checked for identity updates every 30-90 days. We recommend that upon receiving this webhook you make another call to `/identity/get` to fetch the user's latest identity data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/identity_webhook_code/#DEFAULT_UPDATE",
                ),
                CodeInfo(
                    value="PRODUCT_PERMISSIONS_REQUIRED",
                    description="Fired when an `ACCESS_NOT_GRANTED` error is hit for Identity. The error can be resolved by putting the user through update mode with `identity` in the `products` array, as well as through the limited beta for update mode Identity product validations.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/identity_webhook_code/#PRODUCT_PERMISSIONS_REQUIRED",
                ),
            ),
        ),
        {},
    )
    return IdentityWebhookCode


def _ProcessorTokenWebhookCode() -> type[CodeEnum]:
    class ProcessorTokenWebhookCode(CodeEnum):
        """PROCESSOR_TOKEN webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROCESSOR_TOKEN.

        Wire field: webhook.webhook_code."""

        WEBHOOK_UPDATE_ACKNOWLEDGED = "WEBHOOK_UPDATE_ACKNOWLEDGED"

    register(
        ProcessorTokenWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="processor_token_webhook_code",
                title="PROCESSOR_TOKEN webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is PROCESSOR_TOKEN.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="WEBHOOK_UPDATE_ACKNOWLEDGED",
                    description="This webhook is only sent to [Plaid processor partners](https://plaid.com/docs/auth/partnerships/).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/processor_token_webhook_code/#WEBHOOK_UPDATE_ACKNOWLEDGED",
                ),
            ),
        ),
        {},
    )
    return ProcessorTokenWebhookCode


def _IssuesWebhookCode() -> type[CodeEnum]:
    class IssuesWebhookCode(CodeEnum):
        """ISSUES webhook code: The webhook_code of a Plaid webhook whose webhook_type is ISSUES.

        Wire field: webhook.webhook_code."""

        ISSUE_RESOLVED = "ISSUE_RESOLVED"

    register(
        IssuesWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="issues_webhook_code",
                title="ISSUES webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is ISSUES.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="ISSUE_RESOLVED",
                    description="Webhook notifications are sent only when a subscribed issue is marked as resolved. The payload contains details about the issue at the time of its resolution, focusing on the most essential information.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/issues_webhook_code/#ISSUE_RESOLVED",
                ),
            ),
        ),
        {},
    )
    return IssuesWebhookCode


def _AuthWebhookCode() -> type[CodeEnum]:
    class AuthWebhookCode(CodeEnum):
        """AUTH webhook code: The webhook_code of a Plaid webhook whose webhook_type is AUTH.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"
        AUTOMATICALLY_VERIFIED = "AUTOMATICALLY_VERIFIED"
        VERIFICATION_EXPIRED = "VERIFICATION_EXPIRED"
        PRODUCT_PERMISSIONS_REQUIRED = "PRODUCT_PERMISSIONS_REQUIRED"
        SMS_MICRODEPOSITS_VERIFICATION = "SMS_MICRODEPOSITS_VERIFICATION"

    register(
        AuthWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="auth_webhook_code",
                title="AUTH webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is AUTH.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="Plaid will trigger a `DEFAULT_UPDATE` webhook for Items that undergo a change in Auth data. This is generally caused by data partners notifying Plaid of a change in their account numbering system or to their routing numbers. To avoid returned transactions, customers that receive a `DEFAULT_UPDATE` webhook with the `account_ids_with_updated_auth` object populated should immediately discontinue all usages of existing Auth data for those accounts and call `/auth/get` or `/processor/auth/get` to obtain updated account and routing numbers.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/auth_webhook_code/#DEFAULT_UPDATE",
                ),
                CodeInfo(
                    value="AUTOMATICALLY_VERIFIED",
                    description="Fired when an Item is verified via automated micro-deposits. We recommend communicating to your users when this event is received to notify them that their account is verified and ready for use.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/auth_webhook_code/#AUTOMATICALLY_VERIFIED",
                ),
                CodeInfo(
                    value="VERIFICATION_EXPIRED",
                    description="Fired when an Item was not verified via automated micro-deposits after seven days since the automated micro-deposit was made.",
                    category=_C.REJECTED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/auth_webhook_code/#VERIFICATION_EXPIRED",
                ),
                CodeInfo(
                    value="PRODUCT_PERMISSIONS_REQUIRED",
                    description="Fired when an `ACCESS_NOT_GRANTED` error is hit for Auth. The error can be resolved by putting the user through update mode with `auth` in the `products` array, as well as through the limited beta for update mode Authentication product validations.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/auth_webhook_code/#PRODUCT_PERMISSIONS_REQUIRED",
                ),
                CodeInfo(
                    value="SMS_MICRODEPOSITS_VERIFICATION",
                    description="Contains the state of an SMS Same-Day Micro-deposits verification session.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/auth_webhook_code/#SMS_MICRODEPOSITS_VERIFICATION",
                ),
            ),
        ),
        {},
    )
    return AuthWebhookCode


def _ItemWebhookCode() -> type[CodeEnum]:
    class ItemWebhookCode(CodeEnum):
        """ITEM webhook code: The webhook_code of a Plaid webhook whose webhook_type is ITEM.

        Wire field: webhook.webhook_code."""

        WEBHOOK_UPDATE_ACKNOWLEDGED = "WEBHOOK_UPDATE_ACKNOWLEDGED"
        PENDING_EXPIRATION = "PENDING_EXPIRATION"
        ERROR = "ERROR"
        LOGIN_REPAIRED = "LOGIN_REPAIRED"
        PENDING_DISCONNECT = "PENDING_DISCONNECT"
        USER_PERMISSION_REVOKED = "USER_PERMISSION_REVOKED"
        NEW_ACCOUNTS_AVAILABLE = "NEW_ACCOUNTS_AVAILABLE"
        USER_ACCOUNT_REVOKED = "USER_ACCOUNT_REVOKED"

    register(
        ItemWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="item_webhook_code",
                title="ITEM webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is ITEM.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="WEBHOOK_UPDATE_ACKNOWLEDGED",
                    description="Fired when an Item's webhook is updated. This will be sent to the newly specified webhook.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#WEBHOOK_UPDATE_ACKNOWLEDGED",
                ),
                CodeInfo(
                    value="PENDING_EXPIRATION",
                    description="Fired when an Item's access consent is expiring in 7 days. This can be resolved by having the user go through Link's update mode. This webhook is fired only for Items associated with institutions in Europe (including the UK); for Items associated with institutions in the US or Canada, see [`PENDING_DISCONNECT`](https://plaid.com/docs/api/items/#pending_disconnect) instead.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#PENDING_EXPIRATION",
                    next_step="renew_consent",
                    state="consent_ending_soon",
                    state_reason="Fired when an Item's consent expires in 7 days.",
                    fact_sources={
                        "state": ("plaid-openapi",),
                        "next_step": ("plaid-openapi", "plaid-update-mode"),
                    },
                ),
                CodeInfo(
                    value="ERROR",
                    description="Fired when an error is encountered with an Item. The error can be resolved by having the user go through Link's update mode.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#ERROR",
                ),
                CodeInfo(
                    value="LOGIN_REPAIRED",
                    description="Fired when an Item has exited the `ITEM_LOGIN_REQUIRED` state without the user having gone through the update mode flow in your app (this can happen if the user completed the update mode in a different app). If you have messaging that tells the user to complete the update mode flow, you should silence this messaging upon receiving the `LOGIN_REPAIRED` webhook.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#LOGIN_REPAIRED",
                ),
                CodeInfo(
                    value="PENDING_DISCONNECT",
                    description="Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days before the existing Item is scheduled for disconnection. This can be resolved by having the user go through Link's [update mode](https://plaid.com/docs/link/update-mode). Currently, this webhook is fired only for US or Canadian institutions; in the UK or EU, you should continue to listen for the [`PENDING_EXPIRATION`](https://plaid.com/docs/api/items/#pending_expiration) webhook instead.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#PENDING_DISCONNECT",
                    state="consent_ending_soon",
                    state_reason="Fired 7 days before the Item is scheduled for disconnection.",
                    fact_sources={"state": ("plaid-openapi",)},
                ),
                CodeInfo(
                    value="USER_PERMISSION_REVOKED",
                    description="The `USER_PERMISSION_REVOKED` webhook may be fired when an end user has revoked the permission that they previously granted to access an Item. If the end user revoked their permissions through Plaid (such as via the Plaid Portal or by contacting Plaid support), the webhook will fire. If the end user revoked their permissions directly through the institution, this webhook may not always fire, since some institutions' consent portals do not trigger this webhook. To attempt to restore the Item, it can be sent through [update mode](https://plaid.com/docs/link/update-mode). Depending on the exact process the end user used to revoke permissions, it may not be possible to launch update mode for the Item. If you encounter an error when attempting to create a Link token for update mode on an Item with revoked permissions, create a fresh Link token for the user.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#USER_PERMISSION_REVOKED",
                    state="revoked",
                    state_reason="The end user revoked the permission the Item held.",
                ),
                CodeInfo(
                    value="NEW_ACCOUNTS_AVAILABLE",
                    description="Fired when Plaid detects a new account. Upon receiving this webhook, you can prompt your users to share new accounts with you through [update mode](https://plaid.com/docs/link/update-mode/#using-update-mode-to-request-new-accounts) (US/CA only). If the end user has opted not to share new accounts with Plaid via their institution's OAuth settings, Plaid will not detect new accounts and this webhook will not fire. For end user accounts in the EU and UK, upon receiving this webhook, you can prompt your user to re-link their account and then delete the old Item via `/item/remove`.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#NEW_ACCOUNTS_AVAILABLE",
                ),
                CodeInfo(
                    value="USER_ACCOUNT_REVOKED",
                    description="The `USER_ACCOUNT_REVOKED` webhook is fired when an end user has revoked access to their account on the Data Provider's portal. This webhook is currently sent only for PNC Items, but may be sent in the future for other financial institutions that allow account-level permissions revocation through their portals. Upon receiving this webhook, it is recommended to delete any Plaid-derived data you have stored that is associated with the revoked account.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/item_webhook_code/#USER_ACCOUNT_REVOKED",
                    state="revoked",
                    state_reason="The end user revoked access to an account of the Item.",
                ),
            ),
        ),
        {},
    )
    return ItemWebhookCode


def _IncomeWebhookCode() -> type[CodeEnum]:
    class IncomeWebhookCode(CodeEnum):
        """INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is INCOME.

        Wire field: webhook.webhook_code."""

        PRODUCT_READY = "PRODUCT_READY"
        INCOME_VERIFICATION = "INCOME_VERIFICATION"
        INCOME_VERIFICATION_RISK_SIGNALS = "INCOME_VERIFICATION_RISK_SIGNALS"
        BANK_INCOME_COMPLETE = "BANK_INCOME_COMPLETE"
        INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED = (
            "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED"
        )
        BANK_INCOME_REFRESH_UPDATE = "BANK_INCOME_REFRESH_UPDATE"
        BANK_INCOME_REFRESH_COMPLETE = "BANK_INCOME_REFRESH_COMPLETE"

    register(
        IncomeWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="income_webhook_code",
                title="INCOME webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is INCOME.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PRODUCT_READY",
                    description="Fired once Plaid calculates income from an Item.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#PRODUCT_READY",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION",
                    description="Fired when the status of an income verification instance has changed. This webhook is fired for both the Document and Payroll Income flows, but not the Bank Income flow. It will typically take several minutes for this webhook to fire after the end user has uploaded their documents in the Document Income flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#INCOME_VERIFICATION",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_RISK_SIGNALS",
                    description="Fired when risk signals have been processed for documents uploaded via Document Income. It will typically take a minute or two for this webhook to fire after the end user has uploaded their documents in the Document Income flow. Once this webhook has fired, `/credit/payroll_income/risk_signals/get` may then be called to determine whether the documents were successfully processed and to retrieve risk data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#INCOME_VERIFICATION_RISK_SIGNALS",
                ),
                CodeInfo(
                    value="BANK_INCOME_COMPLETE",
                    description="Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get` in CRA enabled client.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#BANK_INCOME_COMPLETE",
                ),
                CodeInfo(
                    value="INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED",
                    description="Fired when the attempt to refresh Payroll Income data for a user via `/credit/payroll_income/refresh` failed because the user must re-connect their payroll account.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED",
                ),
                CodeInfo(
                    value="BANK_INCOME_REFRESH_UPDATE",
                    description="Fired when a change to the user's income is detected. The `/credit/bank_income/refresh` endpoint that previously served this refresh is deprecated; to get updated income data, send the user through Link's update mode so they can confirm their income sources, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To receive this webhook, subscribe in the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#BANK_INCOME_REFRESH_UPDATE",
                ),
                CodeInfo(
                    value="BANK_INCOME_REFRESH_COMPLETE",
                    description="Fired when a refreshed bank income report has finished generating or failed to generate. The `/credit/bank_income/refresh` endpoint that previously triggered this webhook is deprecated; to refresh Bank Income data, send the user through Link's update mode, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To get this webhook, subscribe via the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/income_webhook_code/#BANK_INCOME_REFRESH_COMPLETE",
                ),
            ),
        ),
        {},
    )
    return IncomeWebhookCode


def _BankTransfersWebhookCode() -> type[CodeEnum]:
    class BankTransfersWebhookCode(CodeEnum):
        """BANK_TRANSFERS webhook code: The webhook_code of a Plaid webhook whose webhook_type is BANK_TRANSFERS.

        Wire field: webhook.webhook_code."""

        BANK_TRANSFERS_EVENTS_UPDATE = "BANK_TRANSFERS_EVENTS_UPDATE"

    register(
        BankTransfersWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="bank_transfers_webhook_code",
                title="BANK_TRANSFERS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is BANK_TRANSFERS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="BANK_TRANSFERS_EVENTS_UPDATE",
                    description="Fired when new bank transfer events are available. Receiving this webhook indicates you should fetch the new events from `/bank_transfer/event/sync`.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/bank_transfers_webhook_code/#BANK_TRANSFERS_EVENTS_UPDATE",
                ),
            ),
        ),
        {},
    )
    return BankTransfersWebhookCode


def _TransferWebhookCode() -> type[CodeEnum]:
    class TransferWebhookCode(CodeEnum):
        """TRANSFER webhook code: The webhook_code of a Plaid webhook whose webhook_type is TRANSFER.

        Wire field: webhook.webhook_code."""

        TRANSFER_EVENTS_UPDATE = "TRANSFER_EVENTS_UPDATE"
        RECURRING_NEW_TRANSFER = "RECURRING_NEW_TRANSFER"
        RECURRING_TRANSFER_SKIPPED = "RECURRING_TRANSFER_SKIPPED"
        RECURRING_CANCELLED = "RECURRING_CANCELLED"
        PLATFORM_ONBOARDING_UPDATE = "PLATFORM_ONBOARDING_UPDATE"

    register(
        TransferWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="transfer_webhook_code",
                title="TRANSFER webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is TRANSFER.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="TRANSFER_EVENTS_UPDATE",
                    description="Fired when new transfer events are available. Receiving this webhook indicates you should fetch the new events from `/transfer/event/sync`. If multiple transfer events occur within a single minute, only one webhook will be fired, so a single webhook instance may correspond to multiple transfer events.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_webhook_code/#TRANSFER_EVENTS_UPDATE",
                ),
                CodeInfo(
                    value="RECURRING_NEW_TRANSFER",
                    description="Fired when a new transfer of a recurring transfer is originated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_webhook_code/#RECURRING_NEW_TRANSFER",
                ),
                CodeInfo(
                    value="RECURRING_TRANSFER_SKIPPED",
                    description="Fired when Plaid is unable to originate a new ACH transaction of the recurring transfer on the planned date.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_webhook_code/#RECURRING_TRANSFER_SKIPPED",
                ),
                CodeInfo(
                    value="RECURRING_CANCELLED",
                    description="Fired when a recurring transfer is cancelled by Plaid.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_webhook_code/#RECURRING_CANCELLED",
                ),
                CodeInfo(
                    value="PLATFORM_ONBOARDING_UPDATE",
                    description="Fired when the status of an onboarding originator has been updated. Call `/transfer/originator/get` to check the latest status",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/transfer_webhook_code/#PLATFORM_ONBOARDING_UPDATE",
                ),
            ),
        ),
        {},
    )
    return TransferWebhookCode


def _LayerWebhookCode() -> type[CodeEnum]:
    class LayerWebhookCode(CodeEnum):
        """LAYER webhook code: The webhook_code of a Plaid webhook whose webhook_type is LAYER.

        Wire field: webhook.webhook_code."""

        LAYER_AUTHENTICATION_PASSED = "LAYER_AUTHENTICATION_PASSED"

    register(
        LayerWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="layer_webhook_code",
                title="LAYER webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is LAYER.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="LAYER_AUTHENTICATION_PASSED",
                    description="Indicates that Plaid's authentication process has completed for a user and that Plaid has verified that the user owns their phone number. If you receive this webhook, you should skip your own OTP phone number verification flow for the user, even if the user does not complete the entire Link flow. If the user doesn't complete the full Link flow (as verified by your being able to successfully call `/user_account/session/get` using the `public_token` from the `onSuccess` callback) it is recommended that you implement [webhook verification](https://plaid.com/docs/api/webhooks/webhook-verification/) or another technique to avoid webhook spoofing attacks.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/layer_webhook_code/#LAYER_AUTHENTICATION_PASSED",
                ),
            ),
        ),
        {},
    )
    return LayerWebhookCode


def _ProtectWebhookCode() -> type[CodeEnum]:
    class ProtectWebhookCode(CodeEnum):
        """PROTECT webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROTECT.

        Wire field: webhook.webhook_code."""

        PROTECT_USER_EVENT = "PROTECT_USER_EVENT"

    register(
        ProtectWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="protect_webhook_code",
                title="PROTECT webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is PROTECT.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PROTECT_USER_EVENT",
                    description="Fired when there has been a new user event. The webhook payload contains limited information about the event. For full event details, call [`/protect/event/get`](https://plaid.com/docs/api/products/protect/#protecteventget).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/protect_webhook_code/#PROTECT_USER_EVENT",
                ),
            ),
        ),
        {},
    )
    return ProtectWebhookCode


def _InvestmentsTransactionsWebhookCode() -> type[CodeEnum]:
    class InvestmentsTransactionsWebhookCode(CodeEnum):
        """INVESTMENTS_TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is INVESTMENTS_TRANSACTIONS.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"
        HISTORICAL_UPDATE = "HISTORICAL_UPDATE"

    register(
        InvestmentsTransactionsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="investments_transactions_webhook_code",
                title="INVESTMENTS_TRANSACTIONS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is INVESTMENTS_TRANSACTIONS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="Fired when new transactions have been detected on an investment account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/investments_transactions_webhook_code/#DEFAULT_UPDATE",
                ),
                CodeInfo(
                    value="HISTORICAL_UPDATE",
                    description="Fired after an asynchronous extraction on an investments account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/investments_transactions_webhook_code/#HISTORICAL_UPDATE",
                ),
            ),
        ),
        {},
    )
    return InvestmentsTransactionsWebhookCode


def _HoldingsWebhookCode() -> type[CodeEnum]:
    class HoldingsWebhookCode(CodeEnum):
        """HOLDINGS webhook code: The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"

    register(
        HoldingsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="holdings_webhook_code",
                title="HOLDINGS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="Fired when new or updated holdings have been detected on an investment account. The webhook typically fires in response to any newly added holdings or price changes to existing holdings, most commonly after market close.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/holdings_webhook_code/#DEFAULT_UPDATE",
                ),
            ),
        ),
        {},
    )
    return HoldingsWebhookCode


def _PartnerWebhookCode() -> type[CodeEnum]:
    class PartnerWebhookCode(CodeEnum):
        """PARTNER webhook code: The webhook_code of a Plaid webhook whose webhook_type is PARTNER.

        Wire field: webhook.webhook_code."""

        END_CUSTOMER_OAUTH_STATUS_UPDATED = "END_CUSTOMER_OAUTH_STATUS_UPDATED"

    register(
        PartnerWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="partner_webhook_code",
                title="PARTNER webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is PARTNER.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="END_CUSTOMER_OAUTH_STATUS_UPDATED",
                    description="The webhook of type `PARTNER` and code `END_CUSTOMER_OAUTH_STATUS_UPDATED` will be fired when a partner's end customer has an update on their OAuth registration status with an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/partner_webhook_code/#END_CUSTOMER_OAUTH_STATUS_UPDATED",
                ),
            ),
        ),
        {},
    )
    return PartnerWebhookCode


def _LiabilitiesWebhookCode() -> type[CodeEnum]:
    class LiabilitiesWebhookCode(CodeEnum):
        """LIABILITIES webhook code: The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"

    register(
        LiabilitiesWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="liabilities_webhook_code",
                title="LIABILITIES webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="The webhook of type `LIABILITIES` and code `DEFAULT_UPDATE` will be fired when new or updated liabilities have been detected on a liabilities item.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/liabilities_webhook_code/#DEFAULT_UPDATE",
                ),
            ),
        ),
        {},
    )
    return LiabilitiesWebhookCode


def _PaymentInitiationWebhookCode() -> type[CodeEnum]:
    class PaymentInitiationWebhookCode(CodeEnum):
        """PAYMENT_INITIATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is PAYMENT_INITIATION.

        Wire field: webhook.webhook_code."""

        PAYMENT_STATUS_UPDATE = "PAYMENT_STATUS_UPDATE"
        CONSENT_STATUS_UPDATE = "CONSENT_STATUS_UPDATE"

    register(
        PaymentInitiationWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="payment_initiation_webhook_code",
                title="PAYMENT_INITIATION webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is PAYMENT_INITIATION.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PAYMENT_STATUS_UPDATE",
                    description="Fired when the status of a payment has changed. For a full explanation of payment statuses and how to handle each, see the [Payment Status guide](https://plaid.com/docs/payment-initiation/payment-status/).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_webhook_code/#PAYMENT_STATUS_UPDATE",
                ),
                CodeInfo(
                    value="CONSENT_STATUS_UPDATE",
                    description="Fired when the status of a payment consent has changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/payment_initiation_webhook_code/#CONSENT_STATUS_UPDATE",
                ),
            ),
        ),
        {},
    )
    return PaymentInitiationWebhookCode


def _WalletWebhookCode() -> type[CodeEnum]:
    class WalletWebhookCode(CodeEnum):
        """WALLET webhook code: The webhook_code of a Plaid webhook whose webhook_type is WALLET.

        Wire field: webhook.webhook_code."""

        WALLET_TRANSACTION_STATUS_UPDATE = "WALLET_TRANSACTION_STATUS_UPDATE"

    register(
        WalletWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="wallet_webhook_code",
                title="WALLET webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is WALLET.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="WALLET_TRANSACTION_STATUS_UPDATE",
                    description="Fired when the status of a wallet transaction has changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/wallet_webhook_code/#WALLET_TRANSACTION_STATUS_UPDATE",
                ),
            ),
        ),
        {},
    )
    return WalletWebhookCode


def _LinkDeliveryWebhookCode() -> type[CodeEnum]:
    class LinkDeliveryWebhookCode(CodeEnum):
        """LINK_DELIVERY webhook code: The webhook_code of a Plaid webhook whose webhook_type is LINK_DELIVERY.

        Wire field: webhook.webhook_code."""

        DELIVERY_STATUS = "DELIVERY_STATUS"
        LINK_CALLBACK = "LINK_CALLBACK"

    register(
        LinkDeliveryWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="link_delivery_webhook_code",
                title="LINK_DELIVERY webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is LINK_DELIVERY.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="DELIVERY_STATUS",
                    description="Webhook indicating that the status of the delivery of the Hosted Link session to a user",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/link_delivery_webhook_code/#DELIVERY_STATUS",
                ),
                CodeInfo(
                    value="LINK_CALLBACK",
                    description="Webhook containing metadata proxied over from Link callback e.g. `onEvent`, `onExit`, `onSuccess`.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/link_delivery_webhook_code/#LINK_CALLBACK",
                ),
            ),
        ),
        {},
    )
    return LinkDeliveryWebhookCode


def _StatementsWebhookCode() -> type[CodeEnum]:
    class StatementsWebhookCode(CodeEnum):
        """STATEMENTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.

        Wire field: webhook.webhook_code."""

        STATEMENTS_REFRESH_COMPLETE = "STATEMENTS_REFRESH_COMPLETE"

    register(
        StatementsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="statements_webhook_code",
                title="STATEMENTS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="STATEMENTS_REFRESH_COMPLETE",
                    description="Fired when refreshed statements extraction is completed or failed to be completed. Triggered by calling `/statements/refresh`.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/statements_webhook_code/#STATEMENTS_REFRESH_COMPLETE",
                ),
            ),
        ),
        {},
    )
    return StatementsWebhookCode


def _CashFlowUpdatesWebhookCode() -> type[CodeEnum]:
    class CashFlowUpdatesWebhookCode(CodeEnum):
        """CASH_FLOW_UPDATES webhook code: The webhook_code of a Plaid webhook whose webhook_type is CASH_FLOW_UPDATES.

        Wire field: webhook.webhook_code."""

        INSIGHTS_UPDATED = "INSIGHTS_UPDATED"
        NSF_OVERDRAFT_DETECTED = "NSF_OVERDRAFT_DETECTED"
        NEW_INCOME_STREAM_DETECTED = "NEW_INCOME_STREAM_DETECTED"
        EXPECTED_DEPOSIT_MISSED = "EXPECTED_DEPOSIT_MISSED"
        LOW_BALANCE_DETECTED = "LOW_BALANCE_DETECTED"
        LARGE_DEPOSIT_DETECTED = "LARGE_DEPOSIT_DETECTED"
        NEW_LOAN_PAYMENT_DETECTED = "NEW_LOAN_PAYMENT_DETECTED"
        CASH_FLOW_INSIGHTS_UPDATED = "CASH_FLOW_INSIGHTS_UPDATED"

    register(
        CashFlowUpdatesWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="cash_flow_updates_webhook_code",
                title="CASH_FLOW_UPDATES webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is CASH_FLOW_UPDATES.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="INSIGHTS_UPDATED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire between one and four times a day with information on the status of the update. This webhook will not fire immediately upon enrollment in Cash Flow Updates. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights. At approximately the same time as the `INSIGHTS_UPDATED` webhook, any event-driven `CASH_FLOW_UPDATES` webhooks (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`) that were triggered by the update will also fire. This webhook has been replaced by the `CASH_FLOW_INSIGHTS_UPDATED` webhook for all customers who began using Plaid Check on or after December 10, 2025.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#INSIGHTS_UPDATED",
                ),
                CodeInfo(
                    value="NSF_OVERDRAFT_DETECTED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes an NSF overdraft transaction. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#NSF_OVERDRAFT_DETECTED",
                ),
                CodeInfo(
                    value="NEW_INCOME_STREAM_DETECTED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes a new income stream. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#NEW_INCOME_STREAM_DETECTED",
                ),
                CodeInfo(
                    value="EXPECTED_DEPOSIT_MISSED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects that an expected deposit was missed. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#EXPECTED_DEPOSIT_MISSED",
                ),
                CodeInfo(
                    value="LOW_BALANCE_DETECTED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a balance below $100. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#LOW_BALANCE_DETECTED",
                ),
                CodeInfo(
                    value="LARGE_DEPOSIT_DETECTED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a deposit over $5,000. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#LARGE_DEPOSIT_DETECTED",
                ),
                CodeInfo(
                    value="NEW_LOAN_PAYMENT_DETECTED",
                    description="For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a new loan payment. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#NEW_LOAN_PAYMENT_DETECTED",
                ),
                CodeInfo(
                    value="CASH_FLOW_INSIGHTS_UPDATED",
                    description="For each item on an enabled user, this webhook will fire up to four times a day with status information. This webhook will not fire immediately upon enrollment in Cash Flow Updates. The payload may contain an `insights` array with insights that have been detected, if any (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`). Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cash_flow_updates_webhook_code/#CASH_FLOW_INSIGHTS_UPDATED",
                ),
            ),
        ),
        {},
    )
    return CashFlowUpdatesWebhookCode


def _BaseReportWebhookCode() -> type[CodeEnum]:
    class BaseReportWebhookCode(CodeEnum):
        """BASE_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.

        Wire field: webhook.webhook_code."""

        ERROR = "ERROR"

    register(
        BaseReportWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="base_report_webhook_code",
                title="BASE_REPORT webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="ERROR",
                    description="Fired when Base Report generation has failed. The resulting `error` will have an `error_type` of `BASE_REPORT_ERROR`.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/base_report_webhook_code/#ERROR",
                ),
            ),
        ),
        {},
    )
    return BaseReportWebhookCode


def _CraIncomeWebhookCode() -> type[CodeEnum]:
    class CraIncomeWebhookCode(CodeEnum):
        """CRA_INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is CRA_INCOME.

        Wire field: webhook.webhook_code."""

        BANK_INCOME_COMPLETE = "BANK_INCOME_COMPLETE"
        ERROR = "ERROR"

    register(
        CraIncomeWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="cra_income_webhook_code",
                title="CRA_INCOME webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is CRA_INCOME.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="BANK_INCOME_COMPLETE",
                    description="Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get`.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cra_income_webhook_code/#BANK_INCOME_COMPLETE",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Fired when a bank income report has failed to generate",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cra_income_webhook_code/#ERROR",
                ),
            ),
        ),
        {},
    )
    return CraIncomeWebhookCode


def _CheckReportWebhookCode() -> type[CodeEnum]:
    class CheckReportWebhookCode(CodeEnum):
        """CHECK_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is CHECK_REPORT.

        Wire field: webhook.webhook_code."""

        CHECK_REPORT_READY = "CHECK_REPORT_READY"
        CHECK_REPORT_FAILED = "CHECK_REPORT_FAILED"
        UPGRADE_FAILED = "UPGRADE_FAILED"
        USER_CHECK_REPORT_READY = "USER_CHECK_REPORT_READY"
        USER_CHECK_REPORT_FAILED = "USER_CHECK_REPORT_FAILED"

    register(
        CheckReportWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="check_report_webhook_code",
                title="CHECK_REPORT webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is CHECK_REPORT.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="CHECK_REPORT_READY",
                    description="Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/check_report_webhook_code/#CHECK_REPORT_READY",
                ),
                CodeInfo(
                    value="CHECK_REPORT_FAILED",
                    description="Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/check_report_webhook_code/#CHECK_REPORT_FAILED",
                ),
                CodeInfo(
                    value="UPGRADE_FAILED",
                    description="Fired when a Check Report upgrade attempt has failed",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/check_report_webhook_code/#UPGRADE_FAILED",
                ),
                CodeInfo(
                    value="USER_CHECK_REPORT_READY",
                    description="Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/check_report_webhook_code/#USER_CHECK_REPORT_READY",
                ),
                CodeInfo(
                    value="USER_CHECK_REPORT_FAILED",
                    description="Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/check_report_webhook_code/#USER_CHECK_REPORT_FAILED",
                ),
            ),
        ),
        {},
    )
    return CheckReportWebhookCode


def _CraInsightsWebhookCode() -> type[CodeEnum]:
    class CraInsightsWebhookCode(CodeEnum):
        """CRA_INSIGHTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is CRA_INSIGHTS.

        Wire field: webhook.webhook_code."""

        PARTNER_INSIGHTS_COMPLETE = "PARTNER_INSIGHTS_COMPLETE"
        PARTNER_INSIGHTS_ERROR = "PARTNER_INSIGHTS_ERROR"

    register(
        CraInsightsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="cra_insights_webhook_code",
                title="CRA_INSIGHTS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is CRA_INSIGHTS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PARTNER_INSIGHTS_COMPLETE",
                    description="Fired when a partner insights report has finished generating and results are available",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cra_insights_webhook_code/#PARTNER_INSIGHTS_COMPLETE",
                ),
                CodeInfo(
                    value="PARTNER_INSIGHTS_ERROR",
                    description="Fired when a partner insights report has failed to generate",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/cra_insights_webhook_code/#PARTNER_INSIGHTS_ERROR",
                ),
            ),
        ),
        {},
    )
    return CraInsightsWebhookCode


def _LinkWebhookCode() -> type[CodeEnum]:
    class LinkWebhookCode(CodeEnum):
        """LINK webhook code: The webhook_code of a Plaid webhook whose webhook_type is LINK.

        Wire field: webhook.webhook_code."""

        EVENTS = "EVENTS"
        ITEM_ADD_RESULT = "ITEM_ADD_RESULT"
        SESSION_FINISHED = "SESSION_FINISHED"

    register(
        LinkWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="link_webhook_code",
                title="LINK webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is LINK.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="EVENTS",
                    description="This webhook contains a summary of the events from a Link session and will be fired after the user finishes going through Link. If the user abandons the Link flow (i.e., closes the hosted link webpage or leaves Link open for too long without taking any action), the webhook will be fired 5-15 minutes after the last user interaction. A single Link session may occasionally generate multiple `EVENTS` webhooks. If this occurs, the new webhook will contain all previous events for the session, as well as new events that occurred since the previous `EVENTS` webhook was sent. If this occurs, events can be grouped using the `link_session_id` field and, if necessary, de-duplicated using the `event_id` field.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/link_webhook_code/#EVENTS",
                ),
                CodeInfo(
                    value="ITEM_ADD_RESULT",
                    description="Fired when a user successfully adds a Plaid Item during a Link session when using Hosted Link or Multi-Item Link sessions. Contains the public token for the Item.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/link_webhook_code/#ITEM_ADD_RESULT",
                ),
                CodeInfo(
                    value="SESSION_FINISHED",
                    description="Contains the state of a completed Link session, along with the public token(s) if available.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/link_webhook_code/#SESSION_FINISHED",
                ),
            ),
        ),
        {},
    )
    return LinkWebhookCode


def _DashboardConfiguredAlertWebhookCode() -> type[CodeEnum]:
    class DashboardConfiguredAlertWebhookCode(CodeEnum):
        """DASHBOARD_CONFIGURED_ALERT webhook code: The webhook_code of a Plaid webhook whose webhook_type is DASHBOARD_CONFIGURED_ALERT.

        Wire field: webhook.webhook_code."""

        INSTITUTION_STATUS_ALERT_TRIGGERED = "INSTITUTION_STATUS_ALERT_TRIGGERED"

    register(
        DashboardConfiguredAlertWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="dashboard_configured_alert_webhook_code",
                title="DASHBOARD_CONFIGURED_ALERT webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is DASHBOARD_CONFIGURED_ALERT.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="INSTITUTION_STATUS_ALERT_TRIGGERED",
                    description="Fired when institution status meets the conditions configured in the developer dashboard.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/dashboard_configured_alert_webhook_code/#INSTITUTION_STATUS_ALERT_TRIGGERED",
                ),
            ),
        ),
        {},
    )
    return DashboardConfiguredAlertWebhookCode


def _AssetsWebhookCode() -> type[CodeEnum]:
    class AssetsWebhookCode(CodeEnum):
        """ASSETS webhook code: The webhook_code of a Plaid webhook whose webhook_type is ASSETS.

        Wire field: webhook.webhook_code."""

        PRODUCT_READY = "PRODUCT_READY"
        ERROR = "ERROR"

    register(
        AssetsWebhookCode,
        lambda: (
            CodeSetInfo(
                provider="plaid",
                id="assets_webhook_code",
                title="ASSETS webhook code",
                description="The webhook_code of a Plaid webhook whose webhook_type is ASSETS.",
                field="webhook.webhook_code",
                sources=(_S["plaid-openapi"],),
            ),
            (
                CodeInfo(
                    value="PRODUCT_READY",
                    description="Fired when the Asset Report has been generated and `/asset_report/get` is ready to be called.  If you attempt to retrieve an Asset Report before this webhook has fired, you'll receive a response with the HTTP status code 400 and a Plaid error code of `PRODUCT_NOT_READY`.",
                    category=_C.SUCCESS,
                    sources=(_S["plaid-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/assets_webhook_code/#PRODUCT_READY",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Fired when Asset Report generation has failed. The resulting `error` will have an `error_type` of `ASSET_REPORT_ERROR`.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["plaid-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["plaid-openapi"],)),
                    ),
                    page="reference/plaid/assets_webhook_code/#ERROR",
                ),
            ),
        ),
        {},
    )
    return AssetsWebhookCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorType",
            "ErrorCode",
            "BankIncomeWarningCode",
            "PaymentStatus",
            "PaymentConsentStatus",
            "WalletTransactionStatus",
            "WalletTransactionFailureReason",
            "PendingDisconnectReason",
            "TransferStatus",
            "AchReturnCode",
            "RtpFailureCode",
            "LinkExitStatus",
            "LinkEventName",
            "WebhookType",
            "ScreeningWebhookCode",
            "EntityScreeningWebhookCode",
            "BeaconWebhookCode",
            "IdentityVerificationWebhookCode",
            "TransactionsWebhookCode",
            "IdentityWebhookCode",
            "ProcessorTokenWebhookCode",
            "IssuesWebhookCode",
            "AuthWebhookCode",
            "ItemWebhookCode",
            "IncomeWebhookCode",
            "BankTransfersWebhookCode",
            "TransferWebhookCode",
            "LayerWebhookCode",
            "ProtectWebhookCode",
            "InvestmentsTransactionsWebhookCode",
            "HoldingsWebhookCode",
            "PartnerWebhookCode",
            "LiabilitiesWebhookCode",
            "PaymentInitiationWebhookCode",
            "WalletWebhookCode",
            "LinkDeliveryWebhookCode",
            "StatementsWebhookCode",
            "CashFlowUpdatesWebhookCode",
            "BaseReportWebhookCode",
            "CraIncomeWebhookCode",
            "CheckReportWebhookCode",
            "CraInsightsWebhookCode",
            "LinkWebhookCode",
            "DashboardConfiguredAlertWebhookCode",
            "AssetsWebhookCode",
        )
    )
