# generated from spec/catalog.json — do not edit (run `make generate`)
"""Plaid (https://plaid.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import CodeEnum, CodeInfo, CodeSetInfo, HttpStatus, Wording, register
from bankcodes._lazy import LazyNames
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


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
        CodeSetInfo(
            "plaid",
            "error_type",
            "Error type",
            "The error_type of a Plaid error object: a broad grouping of error codes. The error_code decides the category; the type's category is what a code this catalog does not know falls back to.",
            "error.error_type",
            (_S["plaid-openapi"], _S["plaid-errors"]),
        ),
        (
            CodeInfo(
                "INVALID_REQUEST",
                "The request was malformed: a missing, unknown or invalid field or header, or an endpoint not available in this API version.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INVALID_RESULT",
                "Plaid could not produce a valid result for the request.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INVALID_INPUT",
                "A value in the request (an API key, token, id or product) was not valid for this client or environment.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INSTITUTION_ERROR",
                "The financial institution is down, not responding, not supported or not available to this client.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "RATE_LIMIT_EXCEEDED",
                "Too many requests were made to an endpoint or for an Item.",
                _C.RATE_LIMITED,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "API_ERROR",
                "Plaid could not process the request, or its systems are under maintenance.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ITEM_ERROR",
                "A problem with the Item (the end user's connection to an institution): its login, MFA, accounts or products.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ASSET_REPORT_ERROR",
                "A problem creating or retrieving an Asset Report.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BASE_REPORT_ERROR",
                "A problem creating or retrieving a Base Report (Plaid Check).",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "RECAPTCHA_ERROR",
                "Plaid's fraud checks asked for, or refused, a reCAPTCHA challenge.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "OAUTH_ERROR",
                "A problem re-initialising Link to resume an OAuth flow.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PAYMENT_ERROR",
                "A payment initiation (UK and Europe) was blocked, cancelled or rejected.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_ERROR",
                "A bank transfer could not be created or completed.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_ERROR",
                "A problem with an income verification or its documents.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "MICRODEPOSITS_ERROR",
                "A problem verifying an account by micro-deposits.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SANDBOX_ERROR",
                "A Sandbox-only endpoint was called with invalid parameters.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PARTNER_ERROR",
                "A problem with a reseller partner's end customer.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SIGNAL_ERROR",
                "A problem evaluating a transfer with Signal.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSACTIONS_ERROR",
                "A problem paginating transactions data.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSACTION_ERROR",
                "A virtual account (wallet) transaction could not be executed.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSFER_ERROR",
                "A transfer was refused or could not be created or cancelled.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CHECK_REPORT_ERROR",
                "A problem creating or retrieving a Consumer Report (Plaid Check).",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CONSUMER_REPORT_ERROR",
                "A problem with a Plaid Check consumer report.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "USER_ERROR",
                "A problem with the Plaid user the request names.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "AUTH_ERROR",
                "A problem with Auth, listed as a Link error type by the React Native SDK.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                notes="In the React Native SDK's LinkErrorType, not in PlaidErrorType of the OpenAPI description.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
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

    register(
        ErrorCode,
        CodeSetInfo(
            "plaid",
            "error_code",
            "Error code",
            "The error_code of a Plaid error object (API responses, webhooks and Link's onExit), grouped by the error_type it is published under. Plaid's own clients keep it a plain string.",
            "error.error_code",
            (_S["plaid-errors"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
        ),
        (
            CodeInfo(
                "ACCESS_NOT_GRANTED",
                "The user did not grant necessary permissions for their account.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="access to this product was not granted for the account",
                user_message="The user did not grant the necessary permissions for this product on their account.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTANT_MATCH_FAILED",
                "Instant Match could not be initialized for the Item.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="Item cannot be verified through Instant Match. Ensure you are correctly enabling all auth features in Link.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INSUFFICIENT_CREDENTIALS",
                "The user did not provide sufficient authorization in order to link their account via an OAuth login flow.",
                _C.CANCELLED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="insufficient authorization was provided to complete the request",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                notes="Plaid files it under ITEM_ERROR; bankcodes calls it cancelled because Plaid's common cause is that the user abandoned the bank's OAuth flow. Plaid's sample display_message for this code is the code itself, so bankcodes keeps no user message for it.",
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_CREDENTIALS",
                "The financial institution indicated that the credentials provided were invalid.",
                _C.CREDENTIALS_INVALID,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the provided credentials were not correct",
                user_message="The provided credentials were not correct. Please try again.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_MFA",
                "The institution indicated that the provided response for MFA was invalid",
                _C.MFA_FAILED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the provided MFA response(s) were not correct",
                user_message="The provided MFA responses were not correct. Please try again.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_SEND_METHOD",
                "Returned when the method used to send MFA credentials was deemed invalid by the institution.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the provided MFA send_method was invalid",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_PHONE_NUMBER",
                "The submitted phone number was invalid.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="the provided phone number was invalid",
                user_message="The provided phone number was invalid. Please try again.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_OTP",
                "The submitted OTP was invalid.",
                _C.MFA_FAILED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="the provided OTP was invalid",
                user_message="The provided OTP was invalid. Please try again.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_UPDATED_USERNAME",
                "The username entered during update mode did not match the original username.",
                _C.CREDENTIALS_INVALID,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the username provided to /item/credentials/update does not match the original username for the item",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                aliases=("INVALD_UPDATED_USERNAME",),
                notes="The React Native SDK also declares the misspelling INVALD_UPDATED_USERNAME.",
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "ITEM_CONCURRENTLY_DELETED",
                "This item was deleted while the operation was in progress.",
                _C.CONCURRENT_OPERATION,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="This item was deleted while the operation was in progress",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "ITEM_LOCKED",
                "The financial institution indicated that the user's account is locked. The user will need to work with the institution directly to unlock their account.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the account is locked. prompt the user to visit the institution's site and unlock their account",
                user_message="The given account has been locked by the financial institution. Please visit your financial institution's website to unlock your account.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ITEM_LOGIN_REQUIRED",
                "The financial institution indicated that the user's password or MFA information has changed. They will need to reauthenticate via Link's update mode.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ITEM_NOT_FOUND",
                "The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ITEM_NOT_SUPPORTED",
                "Plaid is unable to support this user's accounts due to restrictions in place at the financial institution.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this account is currently not supported",
                user_message="The given account is not currently supported for this financial institution. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "MFA_NOT_SUPPORTED",
                "Returned when the user requires a form of MFA that Plaid does not support for a given financial institution.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this account requires a MFA type that we do not currently support for the institution",
                user_message="The multi-factor security features enabled on this account are not currently supported for this financial institution. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_ACCOUNTS",
                "Returned when there are no open accounts associated with the Item.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="no valid accounts were found for this item",
                user_message="No valid accounts were found at the financial institution. Please visit your financial institution's website to confirm accounts are available.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_AUTH_ACCOUNTS",
                "Returned from POST /auth/get when there are no valid checking or savings account(s) for which account and routing numbers could be retrieved.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="There are no valid checking or savings account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_INVESTMENT_ACCOUNTS",
                "Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link initialized with the Investments product, when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_INVESTMENT_AUTH_ACCOUNTS",
                "Returned from POST /investments/holdings/get or POST /investments/transactions/get when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_LIABILITY_ACCOUNTS",
                "Returned from POST /liabilities/get when there are no valid liability account(s) for which liabilities could be retrieved.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="There are no valid liability account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "PASSWORD_RESET_REQUIRED",
                "The user must log in directly to the financial institution and reset their password.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="user must reset their password",
                user_message="The user needs to reset their password for their account",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PRODUCT_NOT_ENABLED",
                "A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                notes="Also sent with error_type ASSET_REPORT_ERROR and INCOME_VERIFICATION_ERROR.",
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "PRODUCT_NOT_READY",
                "Returned when a data request has been made for a product that is not yet ready.",
                _C.PENDING,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="the requested product is not yet ready. please provide a webhook or try the request again later",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                notes="An ITEM_ERROR at Plaid, but the data is still being prepared: pending. Also sent with error_type ASSET_REPORT_ERROR and INCOME_VERIFICATION_ERROR.",
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "PRODUCTS_NOT_SUPPORTED",
                "Returned when a data request has been made for an Item for a product that it does not support. Use the /item/get endpoint to find out which products an Item supports.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "USER_SETUP_REQUIRED",
                "The user must log in directly to the financial institution and take some action before Plaid can access their accounts.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the account has not been fully set up. prompt the user to visit the issuing institution's site and finish the setup process",
                user_message="The given account is not fully setup. Please visit your financial institution's website to setup your account.",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-item"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "USER_INPUT_TIMEOUT",
                "The user did not complete a step in the Link flow, and it timed out.",
                _C.SESSION_EXPIRED,
                (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                message="user must retry this operation",
                user_message="The application timed out waiting for user input",
                http=(HttpStatus(400, (_S["plaid-errors-item"], _S["plaid-errors-copy"])),),
                group="item_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-item"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-item"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "CUSTOMER_NOT_FOUND",
                "Customer not found",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="the customer was not found",
                http=(HttpStatus(404, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "FLOWDOWN_NOT_COMPLETE",
                "Flowdown not complete",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="you must complete a flowdown to create and enable customers",
                http=(HttpStatus(412, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "QUESTIONNAIRE_NOT_COMPLETE",
                "Questionnaire not complete",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="you must complete the security questionnaire to create and enable customers",
                http=(HttpStatus(412, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "CUSTOMER_NOT_READY_FOR_ENABLEMENT",
                "Customer not ready for enablement",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="this customer is not ready for enablement",
                http=(HttpStatus(412, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "CUSTOMER_ALREADY_ENABLED",
                "Customer already enabled",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="this customer has already been enabled",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "CUSTOMER_ALREADY_CREATED",
                "Customer already created",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="this customer has already been created",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "LOGO_REQUIRED",
                "Logo required",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="a logo is required because create_link_customization is set to true and the co-branded consent pane is in use",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_LOGO",
                "Invalid logo",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="the logo must be a base64-encoded string of a PNG of size 1024x1024",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "CONTACT_REQUIRED",
                "Contact required",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="billing or technical contacts must be submitted either in the request or filled in for your team in the dashboard",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "ASSETS_UNDER_MANAGEMENT_REQUIRED",
                "Assets Under Management required",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="assets under management must be submitted because your team has a monthly service commitment",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "CUSTOMER_REMOVAL_NOT_ALLOWED",
                "Removal not allowed",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                message="removal of a production-enabled end customer is not allowed. talk to your account manager to remove this end customer.",
                http=(HttpStatus(400, (_S["plaid-errors-partner"], _S["plaid-errors-copy"])),),
                group="partner_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-partner"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-partner"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_INSUFFICIENT_FUNDS",
                "The virtual account has too little balance for the transaction.",
                _C.REJECTED,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="There are insufficient funds to complete the transaction",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_AMOUNT_EXCEEDED",
                "The transaction amount is over the allowed limit.",
                _C.REJECTED,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="Transaction amount exceeds the allowed threshold for this client",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_ON_SAME_ACCOUNT",
                "The transaction's source and destination are the same account.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="Payment to the same account is not allowed",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_CURRENCY_MISMATCH",
                "The transaction's currency does not match the account's.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="The currency between the wallet and recipient account is different",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_IBAN_INVALID",
                "The recipient's IBAN is not valid.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="The provided IBAN is invalid",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_BACS_INVALID",
                "The recipient's BACS account number or sort code is not valid.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="The provided BACS account number and/or sort code is invalid",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_FAST_PAY_DISABLED",
                "The recipient's account cannot receive Faster Payments.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="The recipient sort code is not enabled for faster payments",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTION_EXECUTION_FAILED",
                "The transaction could not be executed.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="There was a problem executing the transaction. Please retry.",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "NONIDENTICAL_REQUEST",
                "A request reused an idempotency key with different parameters.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="Request body does not match previous request with this idempotency key",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "REQUEST_CONFLICT",
                "A request with the same idempotency key is still being processed.",
                _C.CONCURRENT_OPERATION,
                (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                message="Original request is still processing",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"])),
                ),
                group="transaction_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-virtual-account"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "LAST_UPDATED_DATETIME_OUT_OF_RANGE",
                "No data is available from the Item within the specified date-time.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-invalid-result"], _S["plaid-errors-copy"]),
                message="requested datetime out of range, most recently updated balance 2021-01-01T00:00:00Z",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-result"], _S["plaid-errors-copy"])),
                ),
                group="invalid_result",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-result"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-result"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA",
                "The Plaid Direct Item import resulted in invalid MFA.",
                _C.MFA_FAILED,
                (
                    _S["plaid-errors-invalid-result"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="Plaid Direct Item Imports should not result in MFA.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-result"], _S["plaid-errors-copy"])),
                ),
                group="invalid_result",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-result"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-result"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ACCOUNTS_LIMIT",
                "Too many requests were made to the /accounts/get endpoint.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ACCOUNTS_BALANCE_GET_LIMIT",
                "Too many requests were made to the /accounts/balance/get endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "AUTH_LIMIT",
                "Too many requests were made to the /auth/get endpoint.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INCORRECT_OAUTH_NONCE",
                "An incorrect OAuth nonce was supplied when re-initializing Link.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-oauth"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="nonce does not match",
                http=(HttpStatus(400, (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])),),
                group="oauth_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-oauth"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-oauth"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INCORRECT_LINK_TOKEN",
                "An incorrect Link token was supplied when re-initializing Link.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-oauth"], _S["plaid-errors-copy"]),
                message="link token does not match original link token",
                http=(HttpStatus(400, (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])),),
                group="oauth_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-oauth"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "OAUTH_STATE_ID_ALREADY_PROCESSED",
                "The OAuth state has already been processed.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-oauth"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="null",
                http=(HttpStatus(208, (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])),),
                group="oauth_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-oauth"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-oauth"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "OAUTH_STATE_ID_NOT_FOUND",
                "The OAuth state id could not be found.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-oauth"], _S["plaid-errors-copy"]),
                message="the provided oauth_state_id wasn't found",
                http=(HttpStatus(404, (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])),),
                group="oauth_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-oauth"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-oauth"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "BANK_TRANSFER_ACCOUNT_BLOCKED",
                "The bank transfer could not be completed because a previous transfer involving the same end-user account resulted in an error.",
                _C.REJECTED,
                (
                    _S["plaid-errors-microdeposits"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="bank transfer was blocked due to a previous ACH return on this account",
                http=(
                    HttpStatus(400, (_S["plaid-errors-microdeposits"], _S["plaid-errors-copy"])),
                ),
                group="bank_transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-microdeposits"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-microdeposits"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "RECAPTCHA_REQUIRED",
                "The request was flagged by Plaid's fraud system, and requires additional verification to ensure they are not a bot.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-errors-recaptcha"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="This request requires additional verification. Please resubmit the request after completing the challenge",
                http=(HttpStatus(400, (_S["plaid-errors-recaptcha"], _S["plaid-errors-copy"])),),
                group="recaptcha_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-recaptcha"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-recaptcha"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "RECAPTCHA_BAD",
                "The provided challenge response was denied.",
                _C.REJECTED,
                (_S["plaid-errors-recaptcha"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="The provided challenge response was denied. Please try again",
                http=(HttpStatus(400, (_S["plaid-errors-recaptcha"], _S["plaid-errors-copy"])),),
                group="recaptcha_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-recaptcha"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-recaptcha"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INCOMPATIBLE_API_VERSION",
                "The request uses fields that are not compatible with the API version being used.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="The public_key cannot be used for this endpoint as of version {version-date} of the API. Please use the client_id and secret instead.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_ACCOUNT_NUMBER",
                "The provided account number was invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="The provided account number was invalid.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_BODY",
                "The request body was invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="body could not be parsed as JSON",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_CONFIGURATION",
                "/link/token/create was called with invalid configuration settings",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"]),
                message="please ensure that the request body is formatted correctly",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_BLOCKED",
                "The payment was blocked for violating compliance rules.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment blocked",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_CANCELLED",
                "The payment was cancelled.",
                _C.CANCELLED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="user cancelled the payment",
                user_message="Try making your payment again or select a different bank to continue.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_INSUFFICIENT_FUNDS",
                "The account has insufficient funds to complete the payment.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="insufficient funds to complete the request",
                user_message="There isn't enough money in this account to complete the payment. Try again, or select another account or bank.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_INVALID_RECIPIENT",
                "The recipient was rejected by the chosen institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment recipient invalid",
                user_message="The payment recipient is invalid for the selected institution. Create a new payment with a different recipient.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "DIRECT_INTEGRATION_NOT_ENABLED",
                "An attempt was made to create an Item without using Link.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INCORRECT_DEPOSIT_VERIFICATION",
                "The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item verification in Link.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                notes="Plaid files it under INVALID_INPUT; the end user can enter the code again.",
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_ACCESS_TOKEN",
                "The access_token is not valid for this client or environment.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="could not find matching access token",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "BALANCE_LIMIT",
                "Too many requests were made to the /accounts/balance/get endpoint.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "CREDITS_EXHAUSTED",
                "You have used up your free API usage allocation in Limited Production",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message="Free usage exhausted, please request full Production access to continue using this product",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                notes="Plaid files it under RATE_LIMIT_EXCEEDED, but waiting does not help: the client must move to full Production.",
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "IDENTITY_LIMIT",
                "Too many requests were made to the /identity/get endpoint.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTIONS_GET_LIMIT",
                "Too many requests were made to the /institutions/get endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message='rate limit exceeded for attempts to access \\"institutions get by id\\". please try again later',
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTIONS_GET_BY_ID_LIMIT",
                "Too many requests were made to the /institutions/get_by_id endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message='rate limit exceeded for attempts to access \\"institutions get by id\\". please try again later',
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_FIELD",
                "One or more of the request body fields were improperly formatted or invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="{{ error message is specific to the given / missing request field }}",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_HEADERS",
                "The request was missing a required header.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="{{ error message is specific to the given / missing header }}",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "MISSING_FIELDS",
                "The request was missing one or more required fields.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="the following required fields are missing: {fields}",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NO_LONGER_AVAILABLE",
                "The endpoint requested is not available in the API version being used.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="This endpoint has been discontinued as of version {version-date} of the API.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "NOT_FOUND",
                "The endpoint requested does not exist.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="not found",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_INVALID_REFERENCE",
                "The reference was rejected by the chosen institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment reference invalid",
                user_message="The payment reference is invalid for the selected institution. Create a new payment with a different reference.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_INVALID_SCHEDULE",
                "The schedule was rejected by the chosen institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment schedule invalid",
                user_message="The payment schedule is invalid for the selected institution. Create a new payment with a different schedule.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_REJECTED",
                "The payment was rejected by the chosen institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment rejected",
                user_message="The payment was rejected by the institution. Try again, or select another account or bank.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_SCHEME_NOT_SUPPORTED",
                "The requested payment scheme is not supported by the chosen institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment scheme not supported",
                user_message="The payment scheme is not supported by the institution. Either change scheme or select another institution.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_CONSENT_INVALID_CONSTRAINTS",
                "The payment consent constraints are missing or not supported by the institution.",
                _C.REJECTED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="payment consent constraints invalid",
                user_message="The payment consent constraints are missing or not supported by the institution. Either update constraints or select another institution.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PAYMENT_CONSENT_CANCELLED",
                "The payment consent was cancelled.",
                _C.CANCELLED,
                (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                message="user cancelled the payment consent",
                user_message="Authorise your payment consent again or select a different bank to continue.",
                http=(HttpStatus(400, (_S["plaid-errors-payment"], _S["plaid-errors-copy"])),),
                group="payment_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-payment"], _S["plaid-errors-copy"])
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-payment"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_ACCOUNT_ID",
                "The supplied account_id is not valid",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="failed to find requested account ID for requested item",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_API_KEYS",
                "The client ID and secret included in the request body were invalid. Find your API keys in the Dashboard.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="invalid client_id or secret provided",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_AUDIT_COPY_TOKEN",
                "The audit copy token supplied to the server was invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="null",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_INSTITUTION",
                "The institution_id specified is invalid or does not exist.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="invalid institution_id provided",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_LINK_CUSTOMIZATION",
                "The Link customization is not valid for the request.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="requested link customization is not set to update account selection",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVESTMENT_HOLDINGS_GET_LIMIT",
                "Too many requests were made to the /investments/holdings/get endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVESTMENT_TRANSACTIONS_LIMIT",
                "Too many requests were made to the /investments/transactions/get endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "ITEM_GET_LIMIT",
                "Too many requests were made to the /item/get endpoint.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "RATE_LIMIT",
                "Too many requests were made.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTIONS_LIMIT",
                "Too many requests were made to a transactions endpoint such as/transactions/get or /transactions/refresh.",
                _C.RATE_LIMITED,
                (
                    _S["plaid-errors-rate-limit-exceeded"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-rate-limit-exceeded"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INTERNAL_SERVER_ERROR",
                "Plaid was unable to process the request",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="an unexpected error occurred",
                http=(HttpStatus(500, (_S["plaid-errors-api"], _S["plaid-errors-copy"])),),
                group="api_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                    ),
                ),
            ),
            CodeInfo(
                "PLANNED_MAINTENANCE",
                "Plaid's systems are undergoing maintenance and API operations are disabled",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="the Plaid API is temporarily unavailable due to planned maintenance. visit https://status.plaid.com/ for more information",
                http=(HttpStatus(503, (_S["plaid-errors-api"], _S["plaid-errors-copy"])),),
                notes="Plaid's own maintenance, not the institution's: generic_failure (retryable), not institution_unavailable.",
                group="api_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-api"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "DATA_UNAVAILABLE",
                "Data needed for the Asset Report could not be retrieved.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-assets"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message='unable to pull sufficient data for all items to generate this report. please see the \\"causes\\" field for more details',
                editorial=True,
                http=(HttpStatus(400, (_S["plaid-errors-assets"], _S["plaid-errors-copy"])),),
                group="asset_report_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-assets"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "ASSET_REPORT_GENERATION_FAILED",
                "The Asset Report could not be generated.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-assets"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                editorial=True,
                http=(HttpStatus(400, (_S["plaid-errors-assets"], _S["plaid-errors-copy"])),),
                group="asset_report_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SANDBOX_PRODUCT_NOT_ENABLED",
                "The requested product is not enabled for an Item",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="The [auth | transactions | ...] product is not enabled on this item",
                http=(HttpStatus(400, (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"])),),
                group="sandbox_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-sandbox"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-sandbox"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "SANDBOX_WEBHOOK_INVALID",
                "The request to fire a Sandbox webhook failed.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="Webhook for this item is either not set up, or invalid. Please update the item's webhook and try again.",
                http=(HttpStatus(400, (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"])),),
                group="sandbox_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-sandbox"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-sandbox"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID",
                "The /sandbox/transfer/simulate endpoint was called with parameters specifying an invalid event transition.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"]),
                message="The provided simulated event type is incompatible with the current transfer status",
                http=(HttpStatus(400, (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"])),),
                group="sandbox_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-sandbox"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_DOCUMENT_NOT_FOUND",
                "The requested income verification document was not found.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="the requested data was not found. Please check the ID supplied.",
                http=(HttpStatus(400, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_FAILED",
                "The income verification you are trying to retrieve could not be completed. please try creating a new income verification",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="the income verification you are trying to retrieve could not be completed. please try creating a new income verification",
                http=(HttpStatus(400, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_NOT_FOUND",
                "The requested income verification was not found.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="the requested data was not found. Please check the ID supplied.",
                http=(HttpStatus(400, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_UPLOAD_ERROR",
                "There was an error uploading income verification documents.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="there was a problem uploading the document for verification. Please try again or recreate an income verification.",
                http=(HttpStatus(500, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_LIMIT_REACHED",
                "The attempted transfer exceeded the account's daily transfer or single transfer limits.",
                _C.REJECTED,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="transfer limit exceeded",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_ACCOUNT_BLOCKED",
                "The transfer could not be completed because a previous transfer involving the same end-user account resulted in an error",
                _C.REJECTED,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="transfer was blocked due to a previous ACH return on this account",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_NOT_CANCELLABLE",
                "The transfer could not be canceled",
                _C.REJECTED,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="transfer is not cancellable",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                "Transaction data was updated during pagination.",
                _C.CONCURRENT_OPERATION,
                (_S["plaid-errors-transactions"], _S["plaid-errors-copy"]),
                message="Underlying transaction data changed since last page was fetched. Please restart pagination from last update.",
                http=(HttpStatus(400, (_S["plaid-errors-transactions"], _S["plaid-errors-copy"])),),
                group="transactions_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transactions"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transactions"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_DOWN",
                "The financial institution is down, either for maintenance or due to an infrastructure issue with their systems.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this institution is not currently responding to this request. please try again soon",
                user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT",
                "Institution not enabled in this environment",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                message="Institution not enabled in this environment",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_NOT_RESPONDING",
                "The financial institution is failing to respond to some of our requests. Your user may be successful if they retry another time.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this institution is not currently responding to this request. please try again soon",
                user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_NOT_AVAILABLE",
                "The financial institution is not available this time.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this institution is not currently responding to this request. please try again soon",
                user_message="This financial institution is not currently responding to requests. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "SANDBOX_ONLY",
                "The requested endpoint is only available in Sandbox.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="access to {api/route} is only available in the sandbox environment at https://sandbox.plaid.com/",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "UNKNOWN_FIELDS",
                "The request included a field that is not recognized by the endpoint.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-request"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="the following fields are not recognized by this endpoint: {fields}",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-request"], _S["plaid-errors-copy"])),
                ),
                group="invalid_request",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-request"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_LINK_TOKEN",
                "The link_token provided to initialize Link was invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="invalid link_token provided",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_PROCESSOR_TOKEN",
                "The processor_token provided to initialize Link was invalid.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="null",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_PRODUCT",
                "Your client ID does not have access to this product.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message='client is not authorized to access the following products: [\\"identity_verification\\"]',
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_PRODUCTS",
                "The pre-authenticated returning user flow was initiated with a restricted product.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="The following products are not allowed for pre-authed items: ['auth'].",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSACTIONS_SYNC_LIMIT",
                "Too many requests were made to the /transactions/sync endpoint.",
                _C.RATE_LIMITED,
                (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                message="rate limit exceeded for attempts to access this item. please try again later",
                http=(
                    HttpStatus(
                        429, (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"])
                    ),
                ),
                group="rate_limit_exceeded",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-rate-limit-exceeded"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_PARENT",
                "The parent Asset Report of an audit copy or filter is not valid.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-assets"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                editorial=True,
                http=(HttpStatus(400, (_S["plaid-errors-assets"], _S["plaid-errors-copy"])),),
                group="asset_report_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INSIGHTS_NOT_ENABLED",
                "Asset Report insights were requested but are not enabled.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-assets"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                editorial=True,
                http=(HttpStatus(400, (_S["plaid-errors-assets"], _S["plaid-errors-copy"])),),
                group="asset_report_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INSIGHTS_PREVIOUSLY_NOT_ENABLED",
                "Insights were requested for an Asset Report created without them.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-assets"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                editorial=True,
                http=(HttpStatus(400, (_S["plaid-errors-assets"], _S["plaid-errors-copy"])),),
                group="asset_report_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "VERIFICATION_STATUS_PENDING_APPROVAL",
                "The user has not yet authorized the sharing of this data",
                _C.PENDING,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="The user has not yet authorized the sharing of this data",
                http=(HttpStatus(400, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "EMPLOYMENT_NOT_FOUND",
                "The requested employment was not found.",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                message="the requested employment data was not found. Please check the ID supplied.",
                http=(HttpStatus(400, (_S["plaid-errors-income"], _S["plaid-errors-copy"])),),
                group="income_verification_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-income"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message", "provider", (_S["plaid-errors-income"], _S["plaid-errors-copy"])
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                "An attempt was made to transfer funds to or from an unsupported account type",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="transfer account type not supported",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_FORBIDDEN_ACH_CLASS",
                "An attempt was made to create a transfer with a forbidden ACH class (SEC code)",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="specified ach_class is forbidden",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_UI_UNAUTHORIZED",
                "The client is not enabled for the Transfer UI product",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="client is not authorized for transfer UI",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TRANSFER_ORIGINATOR_NOT_FOUND",
                "An association between the sender and the originator client doesn't exist",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="the association between the sender and the originator client doesn't exist",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INCOMPLETE_CUSTOMER_ONBOARDING",
                "The end customer has not completed onboarding. Their diligence status must be approved before moving funds",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="end customer has not completed onboarding. their diligence status must be `approved` before moving funds",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_NO_LONGER_SUPPORTED",
                "Plaid no longer supports this financial institution.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"], _S["plaid-rn-sdk-types"]),
                message="this institution is no longer supported",
                user_message="This financial institution is no longer supported. We apologize for the inconvenience.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (
                            _S["plaid-errors-institution"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED_INSTITUTION",
                "You are not authorized to create Items for this institution at this time.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                message="not authorized to create items for this institution",
                user_message="You are not authorized to create items for this institution at this time.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INSTITUTION_REGISTRATION_REQUIRED",
                "Your application is not yet registered with the institution.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                message="not yet registered to create items for this institution",
                user_message="You must register your application with this institution before you can create items for it.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "UNSUPPORTED_RESPONSE",
                "The data returned from the financial institution is not valid.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                message="the data returned from the financial institution is not valid",
                user_message="The data returned from the financial institution is not valid.",
                http=(HttpStatus(400, (_S["plaid-errors-institution"], _S["plaid-errors-copy"])),),
                group="institution_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "user_message",
                        "provider",
                        (_S["plaid-errors-institution"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "ADDITIONAL_CONSENT_REQUIRED",
                "The end user has not provided consent to the requested product",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="client does not have user consent to access the PRODUCT_AUTH product",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                notes="Plaid files it under INVALID_INPUT; the end user must grant consent in update mode, so user_action_required.",
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_PUBLIC_TOKEN",
                "The public_token is not valid, has expired or was already exchanged.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="could not find matching public token",
                editorial=True,
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_STRIPE_ACCOUNT",
                "The supplied Stripe account is invalid",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_USER_TOKEN",
                "The supplied user token is invalid",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="could not find matching user token",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "INVALID_WEBHOOK_VERIFICATION_KEY_ID",
                "The key_id provided to the webhook verification endpoint was invalid.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="invalid key_id provided. note that key_ids are specific to Plaid environments, and verification requests must be made to the same environment that the webhook was sent from",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED_ACCESS",
                "You are not authorized to access this endpoint for your use case",
                _C.GENERIC_FAILURE,
                (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                message="you are not authorized to access this endpoint for your use case.",
                http=(HttpStatus(400, (_S["plaid-errors-transfer"], _S["plaid-errors-copy"])),),
                group="transfer_error",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-transfer"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "PRODUCT_UNAVAILABLE",
                "Additional products may not be added to Items created in the pre-auth returning user flow.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="Additional products may not be added to this pre-authed item.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                ),
            ),
            CodeInfo(
                "TOO_MANY_VERIFICATION_ATTEMPTS",
                "The user attempted to verify their Manual Same-Day micro-deposit codes more than 3 times and their Item is now permanently locked. The user must retry submitting their account information in Link.",
                _C.ATTEMPTS_EXHAUSTED,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                notes="Plaid files it under INVALID_INPUT; the end user used up the micro-deposit attempts.",
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED_ENVIRONMENT",
                "Your client ID does not have access to this API environment. See which environments you are enabled for from the Dashboard.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED_ROUTE_ACCESS",
                "Your client ID does not have access to this route.",
                _C.INTEGRATION_ERROR,
                (
                    _S["plaid-errors-invalid-input"],
                    _S["plaid-errors-copy"],
                    _S["plaid-rn-sdk-types"],
                ),
                message="you are not authorized to access this route in this api environment.",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (
                            _S["plaid-errors-invalid-input"],
                            _S["plaid-errors-copy"],
                            _S["plaid-rn-sdk-types"],
                        ),
                    ),
                ),
            ),
            CodeInfo(
                "USER_PERMISSION_REVOKED",
                "The end user has revoked access to their data.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                message="the holder of this account has revoked their permission for your application to access it",
                http=(
                    HttpStatus(400, (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"])),
                ),
                notes="Plaid files it under INVALID_INPUT; bankcodes calls it reconnect_required: the end user revoked access and must link again.",
                group="invalid_input",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording(
                        "message",
                        "provider",
                        (_S["plaid-errors-invalid-input"], _S["plaid-errors-copy"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "ITEM_NO_ERROR",
                "The Item has no error.",
                _C.SUCCESS,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                aliases=("item-no-error",),
                notes="Listed in the React Native SDK's LinkErrorCode; the Item has no error. It also declares the spelling item-no-error.",
                group="item_error",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "ITEM_PRODUCT_NOT_READY",
                "The product's data for the Item is not ready yet.",
                _C.PENDING,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="item_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ASSET_PRODUCT_NOT_READY",
                "The Asset Report is not ready yet.",
                _C.PENDING,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="asset_report_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_LIMIT_EXCEEDED",
                "The bank transfer is over the account's limit.",
                _C.REJECTED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT",
                "No origination account is configured for the bank transfer.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT",
                "The bank transfer's origination account is not valid.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_INSUFFICIENT_FUNDS",
                "The account has too little balance for the bank transfer.",
                _C.REJECTED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_NOT_CANCELLABLE",
                "The bank transfer can no longer be cancelled.",
                _C.REJECTED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE",
                "The account type cannot be used for bank transfers.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT",
                "Bank transfers are not available in this environment.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="bank_transfer_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID",
                "A simulated Sandbox bank transfer event is not a valid transition.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="sandbox_error",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INCORRECT_DEPOSIT_AMOUNTS",
                "The micro-deposit amounts the user entered are wrong.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="invalid_input",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "MICRODEPOSITS_ALREADY_VERIFIED",
                "The micro-deposits were already verified.",
                _C.INTEGRATION_ERROR,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="invalid_input",
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ADDITION_LIMIT",
                "Too many Items were added in a period of time.",
                _C.RATE_LIMITED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                group="rate_limit_exceeded",
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return ErrorCode


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
        CodeSetInfo(
            "plaid",
            "link_exit_status",
            "Link exit status",
            "The point at which the user exited Link: metadata.status of onExit, exit_status of onEvent's metadata.",
            "metadata.status",
            (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
        ),
        (
            CodeInfo(
                "requires_questions",
                "User prompted to answer security questions",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "requires_selections",
                "User prompted to answer multiple choice question(s)",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "requires_code",
                "User prompted to provide a one-time passcode",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "choose_device",
                "User prompted to select a device on which to receive a one-time passcode",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "requires_credentials",
                "User prompted to provide credentials for the selected financial institution or has not yet selected a financial institution",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "requires_account_selection",
                "User prompted to select one or more financial accounts to share",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "requires_oauth",
                "User prompted to enter an OAuth flow",
                _C.CANCELLED,
                (_S["plaid-openapi"], _S["plaid-rn-sdk-types"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["plaid-openapi"], _S["plaid-rn-sdk-types"])
                    ),
                ),
            ),
            CodeInfo(
                "institution_not_found",
                "User exited the Link flow after unsuccessfully (no results returned) searching for a financial institution",
                _C.CANCELLED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "institution_not_supported",
                "User exited the Link flow after discovering their selected institution is no longer supported by Plaid",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "connected",
                "The user connected an Item before exiting.",
                _C.SUCCESS,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "requires_external_action",
                "The user was asked to act outside Link (for example in the bank's app).",
                _C.CANCELLED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "requires_recaptcha",
                "The user was shown a reCAPTCHA challenge.",
                _C.CANCELLED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "requires_deposit_switch_allocation_configuration",
                "The user was asked to configure a deposit switch allocation.",
                _C.CANCELLED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "requires_deposit_switch_allocation_selection",
                "The user was asked to choose a deposit switch allocation.",
                _C.CANCELLED,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return LinkExitStatus


def _LinkEventName() -> type[CodeEnum]:
    class LinkEventName(CodeEnum):
        """Link event name: The eventName Link passes to onEvent.

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
        CodeSetInfo(
            "plaid",
            "link_event_name",
            "Link event name",
            "The eventName Link passes to onEvent.",
            "eventName",
            (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
        ),
        (
            CodeInfo(
                "AUTO_SELECT_SAVED_INSTITUTION",
                "Link's onEvent name for: auto select saved institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "AUTO_SUBMIT_PHONE",
                "Link's onEvent name for: auto submit phone.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_INCOME_INSIGHTS_COMPLETED",
                "Link's onEvent name for: bank income insights completed.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CLOSE_OAUTH",
                "The user closed the OAuth flow without completing it.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CONNECT_NEW_INSTITUTION",
                "Link's onEvent name for: connect new institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ERROR",
                "A recoverable error occurred in Link; the metadata carries error_code.",
                _C.GENERIC_FAILURE,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "EXIT",
                "The user exited Link without completing the flow; onExit is called.",
                _C.CANCELLED,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "FAIL_OAUTH",
                "The OAuth flow failed.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "HANDOFF",
                "The user completed the Link flow; onSuccess is called.",
                _C.SUCCESS,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_MATCH_PASSED",
                "Link's onEvent name for: identity match passed.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_MATCH_FAILED",
                "Link's onEvent name for: identity match failed.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_CLOSE_UI",
                "Link's onEvent name for: identity verification close ui.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_CREATE_SESSION",
                "Link's onEvent name for: identity verification create session.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_FAIL_SESSION",
                "Link's onEvent name for: identity verification fail session.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_FAIL_STEP",
                "Link's onEvent name for: identity verification fail step.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_OPEN_UI",
                "Link's onEvent name for: identity verification open ui.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_PASS_SESSION",
                "Link's onEvent name for: identity verification pass session.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_PASS_STEP",
                "Link's onEvent name for: identity verification pass step.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION",
                "Link's onEvent name for: identity verification pending review session.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_PENDING_REVIEW_STEP",
                "Link's onEvent name for: identity verification pending review step.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_RESUME_SESSION",
                "Link's onEvent name for: identity verification resume session.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_RESUME_UI",
                "Link's onEvent name for: identity verification resume ui.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION_START_STEP",
                "Link's onEvent name for: identity verification start step.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ISSUE_FOLLOWED",
                "Link's onEvent name for: issue followed.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LAYER_AUTOFILL_NOT_AVAILABLE",
                "Link's onEvent name for: layer autofill not available.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LAYER_NOT_AVAILABLE",
                "Link's onEvent name for: layer not available.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LAYER_READY",
                "Link's onEvent name for: layer ready.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "MATCHED_SELECT_INSTITUTION",
                "Link's onEvent name for: matched select institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "MATCHED_SELECT_VERIFY_METHOD",
                "Link's onEvent name for: matched select verify method.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "OPEN",
                "The user opened Link.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "OPEN_MY_PLAID",
                "Link's onEvent name for: open my plaid.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "OPEN_OAUTH",
                "The user went to the institution's OAuth flow.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PLAID_CHECK_PANE",
                "Link's onEvent name for: plaid check pane.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PROFILE_ELIGIBILITY_CHECK_ERROR",
                "Link's onEvent name for: profile eligibility check error.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PROFILE_ELIGIBILITY_CHECK_READY",
                "Link's onEvent name for: profile eligibility check ready.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "REMEMBER_ME_DISABLED",
                "Link's onEvent name for: remember me disabled.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "REMEMBER_ME_ENABLED",
                "Link's onEvent name for: remember me enabled.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "REMEMBER_ME_HOLDOUT",
                "Link's onEvent name for: remember me holdout.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SEARCH_INSTITUTION",
                "The user searched for an institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_ACCOUNT",
                "Link's onEvent name for: select account.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_AUTH_TYPE",
                "Link's onEvent name for: select auth type.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_BRAND",
                "Link's onEvent name for: select brand.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_DEGRADED_INSTITUTION",
                "Link's onEvent name for: select degraded institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_DENYLISTED_INSTITUTION",
                "Link's onEvent name for: select denylisted institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_DOWN_INSTITUTION",
                "Link's onEvent name for: select down institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_FALLBACK_ROUTING_INSTITUTION",
                "Link's onEvent name for: select fallback routing institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_FILTERED_INSTITUTION",
                "Link's onEvent name for: select filtered institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_INSTITUTION",
                "The user selected an institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION",
                "Link's onEvent name for: select remember me duplicate institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_SAVED_ACCOUNT",
                "Link's onEvent name for: select saved account.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SELECT_SAVED_INSTITUTION",
                "Link's onEvent name for: select saved institution.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SKIP_SUBMIT_EMAIL",
                "Link's onEvent name for: skip submit email.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SKIP_SUBMIT_PHONE",
                "Link's onEvent name for: skip submit phone.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_ACCOUNT_NUMBER",
                "Link's onEvent name for: submit account number.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_CREDENTIALS",
                "The user submitted credentials.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_DOCUMENTS",
                "Link's onEvent name for: submit documents.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_DOCUMENTS_ERROR",
                "Link's onEvent name for: submit documents error.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_DOCUMENTS_SUCCESS",
                "Link's onEvent name for: submit documents success.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_EMAIL",
                "Link's onEvent name for: submit email.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_MFA",
                "The user submitted an MFA answer.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_OTP",
                "Link's onEvent name for: submit otp.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_PHONE",
                "Link's onEvent name for: submit phone.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_ROUTING_NUMBER",
                "Link's onEvent name for: submit routing number.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSITION_VIEW",
                "Link moved to another pane; view_name names it.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "VERIFY_PHONE",
                "Link's onEvent name for: verify phone.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "VIEW_DATA_TYPES",
                "Link's onEvent name for: view data types.",
                _C.INFORMATIONAL,
                (_S["plaid-rn-sdk-types"], _S["plaid-openapi"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "webhook_type",
            "Webhook type",
            "The webhook_type of a Plaid webhook: the product or object it is about; its webhook_code says what happened.",
            "webhook.webhook_type",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "SCREENING",
                "Webhooks about screening: STATUS_UPDATED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ENTITY_SCREENING",
                "Webhooks about entity screening: STATUS_UPDATED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BEACON",
                "Webhooks about beacon: USER_STATUS_UPDATED, REPORT_CREATED, REPORT_UPDATED, REPORT_SYNDICATION_CREATED, DUPLICATE_DETECTED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY_VERIFICATION",
                "Webhooks about identity verification: STEP_UPDATED, RETRIED, STATUS_UPDATED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSACTIONS",
                "Webhooks about transactions: TRANSACTIONS_REMOVED, DEFAULT_UPDATE, SYNC_UPDATES_AVAILABLE, RECURRING_TRANSACTIONS_UPDATE, HISTORICAL_UPDATE, INITIAL_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "IDENTITY",
                "Webhooks about identity: DEFAULT_UPDATE, PRODUCT_PERMISSIONS_REQUIRED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PROCESSOR_TOKEN",
                "Webhooks about processor token: WEBHOOK_UPDATE_ACKNOWLEDGED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ISSUES",
                "Webhooks about issues: ISSUE_RESOLVED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "AUTH",
                "Webhooks about auth: DEFAULT_UPDATE, AUTOMATICALLY_VERIFIED, VERIFICATION_EXPIRED, PRODUCT_PERMISSIONS_REQUIRED, SMS_MICRODEPOSITS_VERIFICATION.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ITEM",
                "Webhooks about item: WEBHOOK_UPDATE_ACKNOWLEDGED, PENDING_EXPIRATION, ERROR, LOGIN_REPAIRED, PENDING_DISCONNECT, USER_PERMISSION_REVOKED, NEW_ACCOUNTS_AVAILABLE, USER_ACCOUNT_REVOKED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INCOME",
                "Webhooks about income: PRODUCT_READY, INCOME_VERIFICATION, INCOME_VERIFICATION_RISK_SIGNALS, BANK_INCOME_COMPLETE, INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED, BANK_INCOME_REFRESH_UPDATE, BANK_INCOME_REFRESH_COMPLETE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BANK_TRANSFERS",
                "Webhooks about bank transfers: BANK_TRANSFERS_EVENTS_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TRANSFER",
                "Webhooks about transfer: TRANSFER_EVENTS_UPDATE, RECURRING_NEW_TRANSFER, RECURRING_TRANSFER_SKIPPED, RECURRING_CANCELLED, PLATFORM_ONBOARDING_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LAYER",
                "Webhooks about layer: LAYER_AUTHENTICATION_PASSED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PROTECT",
                "Webhooks about protect: PROTECT_USER_EVENT.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INVESTMENTS_TRANSACTIONS",
                "Webhooks about investments transactions: DEFAULT_UPDATE, HISTORICAL_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "HOLDINGS",
                "Webhooks about holdings: DEFAULT_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PARTNER",
                "Webhooks about partner: END_CUSTOMER_OAUTH_STATUS_UPDATED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LIABILITIES",
                "Webhooks about liabilities: DEFAULT_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PAYMENT_INITIATION",
                "Webhooks about payment initiation: PAYMENT_STATUS_UPDATE, CONSENT_STATUS_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "WALLET",
                "Webhooks about wallet: WALLET_TRANSACTION_STATUS_UPDATE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LINK_DELIVERY",
                "Webhooks about link delivery: DELIVERY_STATUS, LINK_CALLBACK.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "STATEMENTS",
                "Webhooks about statements: STATEMENTS_REFRESH_COMPLETE.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CASH_FLOW_UPDATES",
                "Webhooks about cash flow updates: INSIGHTS_UPDATED, NSF_OVERDRAFT_DETECTED, NEW_INCOME_STREAM_DETECTED, EXPECTED_DEPOSIT_MISSED, LOW_BALANCE_DETECTED, LARGE_DEPOSIT_DETECTED, NEW_LOAN_PAYMENT_DETECTED, CASH_FLOW_INSIGHTS_UPDATED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "BASE_REPORT",
                "Webhooks about base report: ERROR.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CRA_INCOME",
                "Webhooks about cra income: BANK_INCOME_COMPLETE, ERROR.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CHECK_REPORT",
                "Webhooks about check report: CHECK_REPORT_READY, CHECK_REPORT_FAILED, UPGRADE_FAILED, USER_CHECK_REPORT_READY, USER_CHECK_REPORT_FAILED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CRA_INSIGHTS",
                "Webhooks about cra insights: PARTNER_INSIGHTS_COMPLETE, PARTNER_INSIGHTS_ERROR.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "LINK",
                "Webhooks about link: EVENTS, ITEM_ADD_RESULT, SESSION_FINISHED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "DASHBOARD_CONFIGURED_ALERT",
                "Webhooks about dashboard configured alert: INSTITUTION_STATUS_ALERT_TRIGGERED.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ASSETS",
                "Webhooks about assets: PRODUCT_READY, ERROR.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return WebhookType


def _ScreeningWebhookCode() -> type[CodeEnum]:
    class ScreeningWebhookCode(CodeEnum):
        """SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is SCREENING.

        Wire field: webhook.webhook_code."""

        STATUS_UPDATED = "STATUS_UPDATED"

    register(
        ScreeningWebhookCode,
        CodeSetInfo(
            "plaid",
            "screening_webhook_code",
            "SCREENING webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is SCREENING.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "STATUS_UPDATED",
                "Fired when an individual screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return ScreeningWebhookCode


def _EntityScreeningWebhookCode() -> type[CodeEnum]:
    class EntityScreeningWebhookCode(CodeEnum):
        """ENTITY_SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is ENTITY_SCREENING.

        Wire field: webhook.webhook_code."""

        STATUS_UPDATED = "STATUS_UPDATED"

    register(
        EntityScreeningWebhookCode,
        CodeSetInfo(
            "plaid",
            "entity_screening_webhook_code",
            "ENTITY_SCREENING webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is ENTITY_SCREENING.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "STATUS_UPDATED",
                "Fired when an entity screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "beacon_webhook_code",
            "BEACON webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is BEACON.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "USER_STATUS_UPDATED",
                "Fired when a Beacon User status has changed, which can occur manually via the dashboard or when information is reported to the Beacon network.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "REPORT_CREATED",
                "Fired when one of your Beacon Users is first reported to the Beacon network.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "REPORT_UPDATED",
                "Fired when one of your existing Beacon Reports has been modified or removed from the Beacon Network.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "REPORT_SYNDICATION_CREATED",
                "Fired when a report created on the Beacon Network matches with one of your Beacon Users.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "DUPLICATE_DETECTED",
                "Fired when a Beacon User created within your organization matches one of your existing users.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "identity_verification_webhook_code",
            "IDENTITY_VERIFICATION webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is IDENTITY_VERIFICATION.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "STEP_UPDATED",
                "Fired when an end user has completed a step of the Identity Verification process.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "RETRIED",
                "Fired when an identity verification has been retried, which can be triggered via the dashboard or the API.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "STATUS_UPDATED",
                "Fired when the status of an identity verification has been updated, which can be triggered via the dashboard or the API.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "transactions_webhook_code",
            "TRANSACTIONS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is TRANSACTIONS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "TRANSACTIONS_REMOVED",
                "Fired when transaction(s) for an Item are deleted. The deleted transaction IDs are included in the webhook payload. Plaid will typically check for deleted transaction data several times a day.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "DEFAULT_UPDATE",
                "Fired when new transaction data is available for an Item. Plaid will typically check for new transaction data several times a day.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "SYNC_UPDATES_AVAILABLE",
                "Fired when an Item's transactions change. This can be due to any event resulting in new changes, such as an initial 30-day transactions fetch upon the initialization of an Item with transactions, the backfill of historical transactions that occurs shortly after, or when changes are populated from a regularly-scheduled transactions update job. It is recommended to listen for the `SYNC_UPDATES_AVAILABLE` webhook when using the `/transactions/sync` endpoint. Note that when using `/transactions/sync` the older webhooks `INITIAL_UPDATE`, `HISTORICAL_UPDATE`, `DEFAULT_UPDATE`, and `TRANSACTIONS_REMOVED`, which are intended for use with `/transactions/get`, will also continue to be sent in order to maintain backwards compatibility. It is not necessary to listen for and respond to those webhooks when using `/transactions/sync`.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "RECURRING_TRANSACTIONS_UPDATE",
                "Fired when recurring transactions data is updated. This includes when a new recurring stream is detected or when a new transaction is added to an existing recurring stream. The `RECURRING_TRANSACTIONS_UPDATE` webhook will also fire when one or more attributes of the recurring stream changes, which is usually a result of the addition, update, or removal of transactions to the stream.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "HISTORICAL_UPDATE",
                "Fired when an Item's historical transaction pull is completed and Plaid has prepared as much historical transaction data as possible for the Item. Once this webhook has been fired, transaction data beyond the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "INITIAL_UPDATE",
                "Fired when an Item's initial transaction pull is completed. Once this webhook has been fired, transaction data for the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "identity_webhook_code",
            "IDENTITY webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is IDENTITY.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DEFAULT_UPDATE",
                "Fired when a change to identity data has been detected on an Item. Items are checked for identity updates every 30-90 days. We recommend that upon receiving this webhook you make another call to `/identity/get` to fetch the user's latest identity data.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PRODUCT_PERMISSIONS_REQUIRED",
                "Fired when an `ACCESS_NOT_GRANTED` error is hit for Identity. The error can be resolved by putting the user through update mode with `identity` in the `products` array, as well as through the limited beta for update mode Identity product validations.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return IdentityWebhookCode


def _ProcessorTokenWebhookCode() -> type[CodeEnum]:
    class ProcessorTokenWebhookCode(CodeEnum):
        """PROCESSOR_TOKEN webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROCESSOR_TOKEN.

        Wire field: webhook.webhook_code."""

        WEBHOOK_UPDATE_ACKNOWLEDGED = "WEBHOOK_UPDATE_ACKNOWLEDGED"

    register(
        ProcessorTokenWebhookCode,
        CodeSetInfo(
            "plaid",
            "processor_token_webhook_code",
            "PROCESSOR_TOKEN webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is PROCESSOR_TOKEN.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "WEBHOOK_UPDATE_ACKNOWLEDGED",
                "This webhook is only sent to [Plaid processor partners](https://plaid.com/docs/auth/partnerships/).",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return ProcessorTokenWebhookCode


def _IssuesWebhookCode() -> type[CodeEnum]:
    class IssuesWebhookCode(CodeEnum):
        """ISSUES webhook code: The webhook_code of a Plaid webhook whose webhook_type is ISSUES.

        Wire field: webhook.webhook_code."""

        ISSUE_RESOLVED = "ISSUE_RESOLVED"

    register(
        IssuesWebhookCode,
        CodeSetInfo(
            "plaid",
            "issues_webhook_code",
            "ISSUES webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is ISSUES.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "ISSUE_RESOLVED",
                "Webhook notifications are sent only when a subscribed issue is marked as resolved. The payload contains details about the issue at the time of its resolution, focusing on the most essential information.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "auth_webhook_code",
            "AUTH webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is AUTH.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DEFAULT_UPDATE",
                "Plaid will trigger a `DEFAULT_UPDATE` webhook for Items that undergo a change in Auth data. This is generally caused by data partners notifying Plaid of a change in their account numbering system or to their routing numbers. To avoid returned transactions, customers that receive a `DEFAULT_UPDATE` webhook with the `account_ids_with_updated_auth` object populated should immediately discontinue all usages of existing Auth data for those accounts and call `/auth/get` or `/processor/auth/get` to obtain updated account and routing numbers.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "AUTOMATICALLY_VERIFIED",
                "Fired when an Item is verified via automated micro-deposits. We recommend communicating to your users when this event is received to notify them that their account is verified and ready for use.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "VERIFICATION_EXPIRED",
                "Fired when an Item was not verified via automated micro-deposits after seven days since the automated micro-deposit was made.",
                _C.REJECTED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PRODUCT_PERMISSIONS_REQUIRED",
                "Fired when an `ACCESS_NOT_GRANTED` error is hit for Auth. The error can be resolved by putting the user through update mode with `auth` in the `products` array, as well as through the limited beta for update mode Authentication product validations.",
                _C.USER_ACTION_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "SMS_MICRODEPOSITS_VERIFICATION",
                "Contains the state of an SMS Same-Day Micro-deposits verification session.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "item_webhook_code",
            "ITEM webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is ITEM.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "WEBHOOK_UPDATE_ACKNOWLEDGED",
                "Fired when an Item's webhook is updated. This will be sent to the newly specified webhook.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PENDING_EXPIRATION",
                "Fired when an Item's access consent is expiring in 7 days. This can be resolved by having the user go through Link's update mode. This webhook is fired only for Items associated with institutions in Europe (including the UK); for Items associated with institutions in the US or Canada, see [`PENDING_DISCONNECT`](https://plaid.com/docs/api/items/#pending_disconnect) instead.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "ERROR",
                "Fired when an error is encountered with an Item. The error can be resolved by having the user go through Link's update mode.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "LOGIN_REPAIRED",
                "Fired when an Item has exited the `ITEM_LOGIN_REQUIRED` state without the user having gone through the update mode flow in your app (this can happen if the user completed the update mode in a different app). If you have messaging that tells the user to complete the update mode flow, you should silence this messaging upon receiving the `LOGIN_REPAIRED` webhook.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PENDING_DISCONNECT",
                "Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days before the existing Item is scheduled for disconnection. This can be resolved by having the user go through Link's [update mode](https://plaid.com/docs/link/update-mode). Currently, this webhook is fired only for US or Canadian institutions; in the UK or EU, you should continue to listen for the [`PENDING_EXPIRATION`](https://plaid.com/docs/api/items/#pending_expiration) webhook instead.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "USER_PERMISSION_REVOKED",
                "The `USER_PERMISSION_REVOKED` webhook may be fired when an end user has revoked the permission that they previously granted to access an Item. If the end user revoked their permissions through Plaid (such as via the Plaid Portal or by contacting Plaid support), the webhook will fire. If the end user revoked their permissions directly through the institution, this webhook may not always fire, since some institutions' consent portals do not trigger this webhook. To attempt to restore the Item, it can be sent through [update mode](https://plaid.com/docs/link/update-mode). Depending on the exact process the end user used to revoke permissions, it may not be possible to launch update mode for the Item. If you encounter an error when attempting to create a Link token for update mode on an Item with revoked permissions, create a fresh Link token for the user.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "NEW_ACCOUNTS_AVAILABLE",
                "Fired when Plaid detects a new account. Upon receiving this webhook, you can prompt your users to share new accounts with you through [update mode](https://plaid.com/docs/link/update-mode/#using-update-mode-to-request-new-accounts) (US/CA only). If the end user has opted not to share new accounts with Plaid via their institution's OAuth settings, Plaid will not detect new accounts and this webhook will not fire. For end user accounts in the EU and UK, upon receiving this webhook, you can prompt your user to re-link their account and then delete the old Item via `/item/remove`.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "USER_ACCOUNT_REVOKED",
                "The `USER_ACCOUNT_REVOKED` webhook is fired when an end user has revoked access to their account on the Data Provider's portal. This webhook is currently sent only for PNC Items, but may be sent in the future for other financial institutions that allow account-level permissions revocation through their portals. Upon receiving this webhook, it is recommended to delete any Plaid-derived data you have stored that is associated with the revoked account.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "income_webhook_code",
            "INCOME webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is INCOME.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "PRODUCT_READY",
                "Fired once Plaid calculates income from an Item.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "INCOME_VERIFICATION",
                "Fired when the status of an income verification instance has changed. This webhook is fired for both the Document and Payroll Income flows, but not the Bank Income flow. It will typically take several minutes for this webhook to fire after the end user has uploaded their documents in the Document Income flow.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_RISK_SIGNALS",
                "Fired when risk signals have been processed for documents uploaded via Document Income. It will typically take a minute or two for this webhook to fire after the end user has uploaded their documents in the Document Income flow. Once this webhook has fired, `/credit/payroll_income/risk_signals/get` may then be called to determine whether the documents were successfully processed and to retrieve risk data.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "BANK_INCOME_COMPLETE",
                "Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get` in CRA enabled client.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED",
                "Fired when the attempt to refresh Payroll Income data for a user via `/credit/payroll_income/refresh` failed because the user must re-connect their payroll account.",
                _C.RECONNECT_REQUIRED,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "BANK_INCOME_REFRESH_UPDATE",
                "Fired when a change to the user's income is detected. The `/credit/bank_income/refresh` endpoint that previously served this refresh is deprecated; to get updated income data, send the user through Link's update mode so they can confirm their income sources, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To receive this webhook, subscribe in the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "BANK_INCOME_REFRESH_COMPLETE",
                "Fired when a refreshed bank income report has finished generating or failed to generate. The `/credit/bank_income/refresh` endpoint that previously triggered this webhook is deprecated; to refresh Bank Income data, send the user through Link's update mode, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To get this webhook, subscribe via the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return IncomeWebhookCode


def _BankTransfersWebhookCode() -> type[CodeEnum]:
    class BankTransfersWebhookCode(CodeEnum):
        """BANK_TRANSFERS webhook code: The webhook_code of a Plaid webhook whose webhook_type is BANK_TRANSFERS.

        Wire field: webhook.webhook_code."""

        BANK_TRANSFERS_EVENTS_UPDATE = "BANK_TRANSFERS_EVENTS_UPDATE"

    register(
        BankTransfersWebhookCode,
        CodeSetInfo(
            "plaid",
            "bank_transfers_webhook_code",
            "BANK_TRANSFERS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is BANK_TRANSFERS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "BANK_TRANSFERS_EVENTS_UPDATE",
                "Fired when new bank transfer events are available. Receiving this webhook indicates you should fetch the new events from `/bank_transfer/event/sync`.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "transfer_webhook_code",
            "TRANSFER webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is TRANSFER.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "TRANSFER_EVENTS_UPDATE",
                "Fired when new transfer events are available. Receiving this webhook indicates you should fetch the new events from `/transfer/event/sync`. If multiple transfer events occur within a single minute, only one webhook will be fired, so a single webhook instance may correspond to multiple transfer events.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "RECURRING_NEW_TRANSFER",
                "Fired when a new transfer of a recurring transfer is originated.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "RECURRING_TRANSFER_SKIPPED",
                "Fired when Plaid is unable to originate a new ACH transaction of the recurring transfer on the planned date.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "RECURRING_CANCELLED",
                "Fired when a recurring transfer is cancelled by Plaid.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PLATFORM_ONBOARDING_UPDATE",
                "Fired when the status of an onboarding originator has been updated. Call `/transfer/originator/get` to check the latest status",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return TransferWebhookCode


def _LayerWebhookCode() -> type[CodeEnum]:
    class LayerWebhookCode(CodeEnum):
        """LAYER webhook code: The webhook_code of a Plaid webhook whose webhook_type is LAYER.

        Wire field: webhook.webhook_code."""

        LAYER_AUTHENTICATION_PASSED = "LAYER_AUTHENTICATION_PASSED"

    register(
        LayerWebhookCode,
        CodeSetInfo(
            "plaid",
            "layer_webhook_code",
            "LAYER webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is LAYER.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "LAYER_AUTHENTICATION_PASSED",
                "Indicates that Plaid's authentication process has completed for a user and that Plaid has verified that the user owns their phone number. If you receive this webhook, you should skip your own OTP phone number verification flow for the user, even if the user does not complete the entire Link flow. If the user doesn't complete the full Link flow (as verified by your being able to successfully call `/user_account/session/get` using the `public_token` from the `onSuccess` callback) it is recommended that you implement [webhook verification](https://plaid.com/docs/api/webhooks/webhook-verification/) or another technique to avoid webhook spoofing attacks.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return LayerWebhookCode


def _ProtectWebhookCode() -> type[CodeEnum]:
    class ProtectWebhookCode(CodeEnum):
        """PROTECT webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROTECT.

        Wire field: webhook.webhook_code."""

        PROTECT_USER_EVENT = "PROTECT_USER_EVENT"

    register(
        ProtectWebhookCode,
        CodeSetInfo(
            "plaid",
            "protect_webhook_code",
            "PROTECT webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is PROTECT.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "PROTECT_USER_EVENT",
                "Fired when there has been a new user event. The webhook payload contains limited information about the event. For full event details, call [`/protect/event/get`](https://plaid.com/docs/api/products/protect/#protecteventget).",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "investments_transactions_webhook_code",
            "INVESTMENTS_TRANSACTIONS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is INVESTMENTS_TRANSACTIONS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DEFAULT_UPDATE",
                "Fired when new transactions have been detected on an investment account.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "HISTORICAL_UPDATE",
                "Fired after an asynchronous extraction on an investments account.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return InvestmentsTransactionsWebhookCode


def _HoldingsWebhookCode() -> type[CodeEnum]:
    class HoldingsWebhookCode(CodeEnum):
        """HOLDINGS webhook code: The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"

    register(
        HoldingsWebhookCode,
        CodeSetInfo(
            "plaid",
            "holdings_webhook_code",
            "HOLDINGS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DEFAULT_UPDATE",
                "Fired when new or updated holdings have been detected on an investment account. The webhook typically fires in response to any newly added holdings or price changes to existing holdings, most commonly after market close.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return HoldingsWebhookCode


def _PartnerWebhookCode() -> type[CodeEnum]:
    class PartnerWebhookCode(CodeEnum):
        """PARTNER webhook code: The webhook_code of a Plaid webhook whose webhook_type is PARTNER.

        Wire field: webhook.webhook_code."""

        END_CUSTOMER_OAUTH_STATUS_UPDATED = "END_CUSTOMER_OAUTH_STATUS_UPDATED"

    register(
        PartnerWebhookCode,
        CodeSetInfo(
            "plaid",
            "partner_webhook_code",
            "PARTNER webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is PARTNER.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "END_CUSTOMER_OAUTH_STATUS_UPDATED",
                "The webhook of type `PARTNER` and code `END_CUSTOMER_OAUTH_STATUS_UPDATED` will be fired when a partner's end customer has an update on their OAuth registration status with an institution.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return PartnerWebhookCode


def _LiabilitiesWebhookCode() -> type[CodeEnum]:
    class LiabilitiesWebhookCode(CodeEnum):
        """LIABILITIES webhook code: The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.

        Wire field: webhook.webhook_code."""

        DEFAULT_UPDATE = "DEFAULT_UPDATE"

    register(
        LiabilitiesWebhookCode,
        CodeSetInfo(
            "plaid",
            "liabilities_webhook_code",
            "LIABILITIES webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DEFAULT_UPDATE",
                "The webhook of type `LIABILITIES` and code `DEFAULT_UPDATE` will be fired when new or updated liabilities have been detected on a liabilities item.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "payment_initiation_webhook_code",
            "PAYMENT_INITIATION webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is PAYMENT_INITIATION.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "PAYMENT_STATUS_UPDATE",
                "Fired when the status of a payment has changed. For a full explanation of payment statuses and how to handle each, see the [Payment Status guide](https://plaid.com/docs/payment-initiation/payment-status/).",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "CONSENT_STATUS_UPDATE",
                "Fired when the status of a payment consent has changed.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return PaymentInitiationWebhookCode


def _WalletWebhookCode() -> type[CodeEnum]:
    class WalletWebhookCode(CodeEnum):
        """WALLET webhook code: The webhook_code of a Plaid webhook whose webhook_type is WALLET.

        Wire field: webhook.webhook_code."""

        WALLET_TRANSACTION_STATUS_UPDATE = "WALLET_TRANSACTION_STATUS_UPDATE"

    register(
        WalletWebhookCode,
        CodeSetInfo(
            "plaid",
            "wallet_webhook_code",
            "WALLET webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is WALLET.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "WALLET_TRANSACTION_STATUS_UPDATE",
                "Fired when the status of a wallet transaction has changed.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "link_delivery_webhook_code",
            "LINK_DELIVERY webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is LINK_DELIVERY.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "DELIVERY_STATUS",
                "Webhook indicating that the status of the delivery of the Hosted Link session to a user",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "LINK_CALLBACK",
                "Webhook containing metadata proxied over from Link callback e.g. `onEvent`, `onExit`, `onSuccess`.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return LinkDeliveryWebhookCode


def _StatementsWebhookCode() -> type[CodeEnum]:
    class StatementsWebhookCode(CodeEnum):
        """STATEMENTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.

        Wire field: webhook.webhook_code."""

        STATEMENTS_REFRESH_COMPLETE = "STATEMENTS_REFRESH_COMPLETE"

    register(
        StatementsWebhookCode,
        CodeSetInfo(
            "plaid",
            "statements_webhook_code",
            "STATEMENTS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "STATEMENTS_REFRESH_COMPLETE",
                "Fired when refreshed statements extraction is completed or failed to be completed. Triggered by calling `/statements/refresh`.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "cash_flow_updates_webhook_code",
            "CASH_FLOW_UPDATES webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is CASH_FLOW_UPDATES.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "INSIGHTS_UPDATED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire between one and four times a day with information on the status of the update. This webhook will not fire immediately upon enrollment in Cash Flow Updates. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights. At approximately the same time as the `INSIGHTS_UPDATED` webhook, any event-driven `CASH_FLOW_UPDATES` webhooks (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`) that were triggered by the update will also fire. This webhook has been replaced by the `CASH_FLOW_INSIGHTS_UPDATED` webhook for all customers who began using Plaid Check on or after December 10, 2025.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "NSF_OVERDRAFT_DETECTED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes an NSF overdraft transaction. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "NEW_INCOME_STREAM_DETECTED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes a new income stream. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "EXPECTED_DEPOSIT_MISSED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects that an expected deposit was missed. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "LOW_BALANCE_DETECTED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a balance below $100. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "LARGE_DEPOSIT_DETECTED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a deposit over $5,000. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "NEW_LOAN_PAYMENT_DETECTED",
                "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a new loan payment. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "CASH_FLOW_INSIGHTS_UPDATED",
                "For each item on an enabled user, this webhook will fire up to four times a day with status information. This webhook will not fire immediately upon enrollment in Cash Flow Updates. The payload may contain an `insights` array with insights that have been detected, if any (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`). Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return CashFlowUpdatesWebhookCode


def _BaseReportWebhookCode() -> type[CodeEnum]:
    class BaseReportWebhookCode(CodeEnum):
        """BASE_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.

        Wire field: webhook.webhook_code."""

        ERROR = "ERROR"

    register(
        BaseReportWebhookCode,
        CodeSetInfo(
            "plaid",
            "base_report_webhook_code",
            "BASE_REPORT webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "ERROR",
                "Fired when Base Report generation has failed. The resulting `error` will have an `error_type` of `BASE_REPORT_ERROR`.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "cra_income_webhook_code",
            "CRA_INCOME webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is CRA_INCOME.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "BANK_INCOME_COMPLETE",
                "Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get`.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "ERROR",
                "Fired when a bank income report has failed to generate",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "check_report_webhook_code",
            "CHECK_REPORT webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is CHECK_REPORT.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "CHECK_REPORT_READY",
                "Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "CHECK_REPORT_FAILED",
                "Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "UPGRADE_FAILED",
                "Fired when a Check Report upgrade attempt has failed",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "USER_CHECK_REPORT_READY",
                "Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "USER_CHECK_REPORT_FAILED",
                "Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "cra_insights_webhook_code",
            "CRA_INSIGHTS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is CRA_INSIGHTS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "PARTNER_INSIGHTS_COMPLETE",
                "Fired when a partner insights report has finished generating and results are available",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "PARTNER_INSIGHTS_ERROR",
                "Fired when a partner insights report has failed to generate",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "link_webhook_code",
            "LINK webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is LINK.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "EVENTS",
                "This webhook contains a summary of the events from a Link session and will be fired after the user finishes going through Link. If the user abandons the Link flow (i.e., closes the hosted link webpage or leaves Link open for too long without taking any action), the webhook will be fired 5-15 minutes after the last user interaction. A single Link session may occasionally generate multiple `EVENTS` webhooks. If this occurs, the new webhook will contain all previous events for the session, as well as new events that occurred since the previous `EVENTS` webhook was sent. If this occurs, events can be grouped using the `link_session_id` field and, if necessary, de-duplicated using the `event_id` field.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "ITEM_ADD_RESULT",
                "Fired when a user successfully adds a Plaid Item during a Link session when using Hosted Link or Multi-Item Link sessions. Contains the public token for the Item.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "SESSION_FINISHED",
                "Contains the state of a completed Link session, along with the public token(s) if available.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return LinkWebhookCode


def _DashboardConfiguredAlertWebhookCode() -> type[CodeEnum]:
    class DashboardConfiguredAlertWebhookCode(CodeEnum):
        """DASHBOARD_CONFIGURED_ALERT webhook code: The webhook_code of a Plaid webhook whose webhook_type is DASHBOARD_CONFIGURED_ALERT.

        Wire field: webhook.webhook_code."""

        INSTITUTION_STATUS_ALERT_TRIGGERED = "INSTITUTION_STATUS_ALERT_TRIGGERED"

    register(
        DashboardConfiguredAlertWebhookCode,
        CodeSetInfo(
            "plaid",
            "dashboard_configured_alert_webhook_code",
            "DASHBOARD_CONFIGURED_ALERT webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is DASHBOARD_CONFIGURED_ALERT.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "INSTITUTION_STATUS_ALERT_TRIGGERED",
                "Fired when institution status meets the conditions configured in the developer dashboard.",
                _C.INFORMATIONAL,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
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
        CodeSetInfo(
            "plaid",
            "assets_webhook_code",
            "ASSETS webhook code",
            "The webhook_code of a Plaid webhook whose webhook_type is ASSETS.",
            "webhook.webhook_code",
            (_S["plaid-openapi"],),
        ),
        (
            CodeInfo(
                "PRODUCT_READY",
                "Fired when the Asset Report has been generated and `/asset_report/get` is ready to be called.  If you attempt to retrieve an Asset Report before this webhook has fired, you'll receive a response with the HTTP status code 400 and a Plaid error code of `PRODUCT_NOT_READY`.",
                _C.SUCCESS,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
            CodeInfo(
                "ERROR",
                "Fired when Asset Report generation has failed. The resulting `error` will have an `error_type` of `ASSET_REPORT_ERROR`.",
                _C.GENERIC_FAILURE,
                (_S["plaid-openapi"],),
                wording=(Wording("description", "provider", (_S["plaid-openapi"],)),),
            ),
        ),
    )
    return AssetsWebhookCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in (
            "ErrorType",
            "ErrorCode",
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


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "AssetsWebhookCode": _AssetsWebhookCode,
        "AuthWebhookCode": _AuthWebhookCode,
        "BankTransfersWebhookCode": _BankTransfersWebhookCode,
        "BaseReportWebhookCode": _BaseReportWebhookCode,
        "BeaconWebhookCode": _BeaconWebhookCode,
        "CashFlowUpdatesWebhookCode": _CashFlowUpdatesWebhookCode,
        "CheckReportWebhookCode": _CheckReportWebhookCode,
        "CraIncomeWebhookCode": _CraIncomeWebhookCode,
        "CraInsightsWebhookCode": _CraInsightsWebhookCode,
        "DashboardConfiguredAlertWebhookCode": _DashboardConfiguredAlertWebhookCode,
        "EntityScreeningWebhookCode": _EntityScreeningWebhookCode,
        "ErrorCode": _ErrorCode,
        "ErrorType": _ErrorType,
        "HoldingsWebhookCode": _HoldingsWebhookCode,
        "IdentityVerificationWebhookCode": _IdentityVerificationWebhookCode,
        "IdentityWebhookCode": _IdentityWebhookCode,
        "IncomeWebhookCode": _IncomeWebhookCode,
        "InvestmentsTransactionsWebhookCode": _InvestmentsTransactionsWebhookCode,
        "IssuesWebhookCode": _IssuesWebhookCode,
        "ItemWebhookCode": _ItemWebhookCode,
        "LayerWebhookCode": _LayerWebhookCode,
        "LiabilitiesWebhookCode": _LiabilitiesWebhookCode,
        "LinkDeliveryWebhookCode": _LinkDeliveryWebhookCode,
        "LinkEventName": _LinkEventName,
        "LinkExitStatus": _LinkExitStatus,
        "LinkWebhookCode": _LinkWebhookCode,
        "PartnerWebhookCode": _PartnerWebhookCode,
        "PaymentInitiationWebhookCode": _PaymentInitiationWebhookCode,
        "ProcessorTokenWebhookCode": _ProcessorTokenWebhookCode,
        "ProtectWebhookCode": _ProtectWebhookCode,
        "ScreeningWebhookCode": _ScreeningWebhookCode,
        "StatementsWebhookCode": _StatementsWebhookCode,
        "TransactionsWebhookCode": _TransactionsWebhookCode,
        "TransferWebhookCode": _TransferWebhookCode,
        "WalletWebhookCode": _WalletWebhookCode,
        "WebhookType": _WebhookType,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
