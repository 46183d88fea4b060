# generated from spec/catalog.json — do not edit (run `make generate`)
"""Tink (https://tink.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "CredentialsStatus",
    "LegacyErrorCode",
    "LinkErrorReason",
    "LinkErrorStatus",
    "LinkErrorType",
    "ProviderStatus",
    "TransferStatus",
    "WebhookEvent",
]

class LinkErrorStatus(CodeEnum):
    """Tink Link error status: The category of an error Tink Link returns (error: "Describes the category of the error.", the Transactions errors page; the SDKs' TinkError.errorStatus), as the Android SDK's ErrorStatus lists it with a description of each. The category of each is bankcodes' reading; error_reason says more.

    Wire field: error (Tink Link's redirect and its SDKs' TinkError)."""

    USER_CANCELLED = "USER_CANCELLED"
    """The end user canceled the journey. This status should not be considered as an error."""
    BAD_REQUEST = "BAD_REQUEST"
    """The error is most likely a result of an incorrect or missing URL parameter."""
    AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
    """The error occurred during the authentication process with the bank."""
    TEMPORARY_ERROR = "TEMPORARY_ERROR"
    """A temporary error in Tink's platform. To resolve this, try again later."""
    INTERNAL_ERROR = "INTERNAL_ERROR"
    """An unexpected internal error in Tink's platform."""

class LinkErrorReason(CodeEnum):
    """Tink Link error reason: The cause of an error Tink Link returns (error_reason: "Describes the cause of the error.", the Transactions errors page), as the Android SDK's reason enums list them, one group per status (and per type of an authentication error), with the SDK's description of each; INVALID_PARAMETER_INPUT_GROUP is the iOS SDK's alone. The category of each is bankcodes' reading.

    Wire field: error_reason (Tink Link's redirect and its SDKs' TinkError)."""

    INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE = "INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE"
    """The account_dialog_type value is incorrect."""
    INVALID_PARAMETER_AUTHORIZATION_CODE = "INVALID_PARAMETER_AUTHORIZATION_CODE"
    """One or more of these values are missing: authorization code, handoff session ID, and authorization token."""
    INVALID_PARAMETER_CLIENT_ID = "INVALID_PARAMETER_CLIENT_ID"
    """The client_id value is incorrect or missing."""
    INVALID_PARAMETER_CREDENTIALS_ID = "INVALID_PARAMETER_CREDENTIALS_ID"
    """The credentials_id value is missing. The parameter is only used with permanent users."""
    INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS = "INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS"
    """The financial_services_segments value is incorrect. Only these values can be used: PERSONAL, BUSINESS."""
    INVALID_PARAMETER_INPUT_GROUP = "INVALID_PARAMETER_INPUT_GROUP"
    """The input_group value is invalid. Make sure the value matches a valid groupDisplayName from the Providers API."""
    INVALID_PARAMETER_INPUT_PROVIDER = "INVALID_PARAMETER_INPUT_PROVIDER"
    """The provider name value (for the input_provider parameter) contains more than 100 characters. Make sure to limit the provider name to a maximum of 100 characters."""
    INVALID_PARAMETER_INPUT_USERNAME = "INVALID_PARAMETER_INPUT_USERNAME"
    """The input_username value is incorrect or missing. Make sure to limit username to a maximum of 50 characters."""
    INVALID_PARAMETER_PAYMENT_REQUEST_ID = "INVALID_PARAMETER_PAYMENT_REQUEST_ID"
    """The payment_request_id value is missing."""
    INVALID_PARAMETER_REDIRECT_URI = "INVALID_PARAMETER_REDIRECT_URI"
    """The redirect_uri value is missing or malformed."""
    INVALID_PARAMETER_REFRESHABLE_ITEMS = "INVALID_PARAMETER_REFRESHABLE_ITEMS"
    """The refreshable_items value is incorrect. Only these values can be used: CHECKING_ACCOUNTS, CHECKING_TRANSACTIONS, SAVING_ACCOUNTS, SAVING_TRANSACTIONS, CREDITCARD_ACCOUNTS, CREDITCARD_TRANSACTIONS."""
    INVALID_PARAMETER_REPORT_TYPES = "INVALID_PARAMETER_REPORT_TYPES"
    """The report_types value is incorrect or missing. This value is only shown when bundling more than one product in one flow."""
    INVALID_PARAMETER_SCOPE = "INVALID_PARAMETER_SCOPE"
    """The scope value is missing. It is only used with Account Aggregation."""
    INVALID_STATE_ACCESS_TOKEN = "INVALID_STATE_ACCESS_TOKEN"
    """The access token value is missing, has expired, or is incorrectly entered."""
    INVALID_STATE_AUTHENTICATION = "INVALID_STATE_AUTHENTICATION"
    """The error occurs when credentialsType is MOBILE_BANKID or THIRD_PARTY_APP and the end user has failed to authenticate or the integration doesn't use BankID on a mobile device or a third-party app."""
    INVALID_STATE_CREDENTIALS = "INVALID_STATE_CREDENTIALS"
    """The credential has reached a TEMPORARY_ERROR state."""
    INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY = (
        "INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY"
    )
    """An attempt is made to authenticate or refresh a credential that is in a pending state. The parameter is only used with permanent users."""
    INVALID_STATE_EMBED_NOT_ALLOWED = "INVALID_STATE_EMBED_NOT_ALLOWED"
    """Tink is embedded when embedding is not allowed. Embedding a Tink page inside another page is by default not permitted. To request the ability to embed Tink, go to Console your_app App settings App details Display name (public) and select Verify."""
    INVALID_STATE_NON_OPEN_BANKING_PROVIDER = "INVALID_STATE_NON_OPEN_BANKING_PROVIDER"
    """An attempt is made to authenticate a credential for a non-open-banking provider. The parameter is only used with permanent users."""
    INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED = "INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED"
    """The payment request is already used and can't be reused. The parameter is only used with direct payments."""
    INVALID_STATE_PERMANENT_USER_FLAG = "INVALID_STATE_PERMANENT_USER_FLAG"
    """A permanent users flow is attempted for an app that doesn't have permanent users enabled."""
    INVALID_STATE_PROVIDER = "INVALID_STATE_PROVIDER"
    """The selected/preselected provider isn't available. This error occurs when a preselected provider doesn't exist in the selected market, which is due to one of these issues: The selected/preselected provider isn't included in the app's provider policy. The selected provider isn't available."""
    INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER = (
        "INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER"
    )
    """The end user has selected the wrong provider, one with which they don't have an account."""
    INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN = "INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN"
    """A third party is redirecting back to Tink, but the query is missing authorization_token."""
    INVALID_STATE_REDIRECTED_CREDENTIALS_ID = "INVALID_STATE_REDIRECTED_CREDENTIALS_ID"
    """A third party is redirecting back to Tink, but the query is missing credentialsId."""
    INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED = (
        "INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED"
    )
    """An excessive amount of API requests has been made for an app. For more information, see Rate limits."""
    INVALID_STATE_REDIRECT_URI = "INVALID_STATE_REDIRECT_URI"
    """The specified redirect_uri is invalid. Make sure that it is registered in the "App settings" page in Console."""
    INVALID_STATE_SCOPE = "INVALID_STATE_SCOPE"
    """One or more scopes are incorrect or not available for the oauth client."""
    REQUEST_FAILED_CREATE_RESET_CREDENTIALS = "REQUEST_FAILED_CREATE_RESET_CREDENTIALS"
    """The reset credentials endpoint is unavailable."""
    REQUEST_FAILED_FETCH_ACCOUNTS = "REQUEST_FAILED_FETCH_ACCOUNTS"
    """The user report bundles endpoint or the accounts endpoint is unavailable. This error either occurs for Account Check or for the reports/bundled flow when Account Check is one of the bundled products."""
    REQUEST_FAILED_FETCH_PROVIDER = "REQUEST_FAILED_FETCH_PROVIDER"
    """The error can be caused by any of these things: The providers endpoint is unavailable. The selected provider couldn't be found. input_provider doesn't exist in the selected market. input_provider is not included in the configured Provider Policy."""
    REQUEST_FAILED_OAUTH_DESCRIBE = "REQUEST_FAILED_OAUTH_DESCRIBE"
    """The error can be caused by any of these things: The redirect_uri parameter is not entered in Console. The OAuth describe endpoint is unavailable."""
    REQUEST_FAILED_CONSUME_HANDOFF_SESSION = "REQUEST_FAILED_CONSUME_HANDOFF_SESSION"
    """The handoff session endpoint is unavailable."""
    REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT = "REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT"
    """The Account Check endpoint is unavailable."""
    REQUEST_FAILED_CREATE_ANONYMOUS_USER = "REQUEST_FAILED_CREATE_ANONYMOUS_USER"
    """The endpoint for creating anonymous users is unavailable."""
    REQUEST_FAILED_CREATE_BULK_PAYMENT = "REQUEST_FAILED_CREATE_BULK_PAYMENT"
    """The bulk payments endpoint is unavailable."""
    REQUEST_FAILED_CREATE_CREDENTIALS = "REQUEST_FAILED_CREATE_CREDENTIALS"
    """Credentials can't be created. The error can be caused by any of these things: The credentials:write scope is missing. The Tink credentials service is unavailable."""
    REQUEST_FAILED_CREATE_HANDOFF_SESSION = "REQUEST_FAILED_CREATE_HANDOFF_SESSION"
    """The handoff session endpoint is unavailable."""
    REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT = "REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT"
    """The Income Check endpoint is unavailable."""
    REQUEST_FAILED_CREATE_RECURRING_PAYMENT = "REQUEST_FAILED_CREATE_RECURRING_PAYMENT"
    """The recurring payment endpoint is unavailable."""
    REQUEST_FAILED_CREATE_REPORT = "REQUEST_FAILED_CREATE_REPORT"
    """The bundled flow endpoint is unavailable."""
    REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT = "REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT"
    """The Risk Insights endpoint is unavailable."""
    REQUEST_FAILED_CREATE_TRANSFER = "REQUEST_FAILED_CREATE_TRANSFER"
    """The transfer endpoint is unavailable."""
    REQUEST_FAILED_FETCH_BULK_PAYMENT = "REQUEST_FAILED_FETCH_BULK_PAYMENT"
    """The bulk payments endpoint is unavailable."""
    REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS = "REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS"
    """The bulk payments endpoint is unavailable."""
    REQUEST_FAILED_FETCH_CREDENTIALS = "REQUEST_FAILED_FETCH_CREDENTIALS"
    """The credentials endpoint is unavailable."""
    REQUEST_FAILED_FETCH_EXISTING_USER = "REQUEST_FAILED_FETCH_EXISTING_USER"
    """The error can be caused by any of these things: handoffSessionId is missing. authorizationCode is missing. The handoff session endpoint is unavailable. The authentication/token endpoint is unavailable."""
    REQUEST_FAILED_FETCH_HANDOFF_SESSION = "REQUEST_FAILED_FETCH_HANDOFF_SESSION"
    """The handoff session endpoint is unavailable."""
    REQUEST_FAILED_FETCH_LEGAL_TEXT = "REQUEST_FAILED_FETCH_LEGAL_TEXT"
    """It's not possible to fetch the privacy policy or terms and conditions."""
    REQUEST_FAILED_FETCH_PAYMENT_INFO = "REQUEST_FAILED_FETCH_PAYMENT_INFO"
    """The endpoint to get payment or the endpoint to get transfer details is unavailable."""
    REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO = "REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO"
    """The payment transfer endpoint is unavailable."""
    REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS = (
        "REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS"
    )
    """The payment providers endpoint is unavailable."""
    REQUEST_FAILED_FETCH_PROVIDERS = "REQUEST_FAILED_FETCH_PROVIDERS"
    """The providers endpoint is unavailable."""
    REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO = "REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO"
    """The recurring payment endpoint is unavailable."""
    REQUEST_FAILED_FETCH_REPORTS_DESCRIBE = "REQUEST_FAILED_FETCH_REPORTS_DESCRIBE"
    """The bundled flow endpoint is unavailable."""
    REQUEST_FAILED_FETCH_SESSION = "REQUEST_FAILED_FETCH_SESSION"
    """The session endpoint is unavailable."""
    REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS = "REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS"
    """The transfer accounts endpoint is unavailable."""
    REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN = "REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN"
    """The user endpoint is unavailable."""
    REQUEST_FAILED_REFRESH_CREDENTIALS = "REQUEST_FAILED_REFRESH_CREDENTIALS"
    """The credentials endpoint is unavailable."""
    THIRD_PARTY_AUTHENTICATION_UNAVAILABLE = "THIRD_PARTY_AUTHENTICATION_UNAVAILABLE"
    """Mobile BankID or any other, required, third-party is technically unavailable."""
    STATIC_CREDENTIALS_INCORRECT = "STATIC_CREDENTIALS_INCORRECT"
    """Values of provided fields are rejected by the provider. Clarification: Refers to user credentials stored with Tink, that is, the static fields on credentials. To recover from this, customer needs to update the values in the user’s Tink Credentials fields."""
    DYNAMIC_CREDENTIALS_INCORRECT = "DYNAMIC_CREDENTIALS_INCORRECT"
    """OTPs/card-reader codes/third-party app codes are rejected by Provider. Examples: OTP entered after being redirected to bank’s page is incorrect, or OTP entered in Tink URL is incorrect."""
    DYNAMIC_CREDENTIALS_FLOW_CANCELLED = "DYNAMIC_CREDENTIALS_FLOW_CANCELLED"
    """Deliberate cancellation of dynamic authentication flow (multi-factor authentication). For example, when cancelling a Mobile Bank ID or OAuth2 journey on the Financial Service side."""
    DYNAMIC_CREDENTIALS_FLOW_TIMEOUT = "DYNAMIC_CREDENTIALS_FLOW_TIMEOUT"
    """Financial Service has indicated that the dynamic flow (multi-factor authentication, for example, BankID and OTPs.)) has timed out, or the Tink deadline of 2, 3, or 9 min (Supplemental info, Mobile BankID respectively OB flows) times out before getting answer from bank."""
    USER_NOT_A_CUSTOMER = "USER_NOT_A_CUSTOMER"
    """Financial Service responds that the identity used to authenticate is not a customer at the current provider, or has no engagement with the provider."""
    USER_BLOCKED = "USER_BLOCKED"
    """Financial Service responds that the identity used to authenticate is blocked and the user can not authenticate successfully."""
    USER_CONCURRENT_LOGINS = "USER_CONCURRENT_LOGINS"
    """When Financial Service or third party app doesn’t allow to have parallel sessions."""
    ACTION_NOT_PERMITTED = "ACTION_NOT_PERMITTED"
    """Financial Service responds that the identity used to authenticate does not have permission to perform the operation."""
    SESSION_EXPIRED = "SESSION_EXPIRED"
    """Access/Refresh-token combo is expired, requires re-authentication. Should only happen if the user is not present. When user is in fact present, Tink automatically goes into re-authentication flow."""
    USER_ACTION_REQUIRED = "USER_ACTION_REQUIRED"
    """User has successfully authenticated and is in a bank flow, but there is some step where they are required to take some manual action that Tink can not handle automatically (e.g. sign an agreement or change some setting)"""
    PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
    """Financial Service (provider/bank/ASPSP) is technically unavailable or doesn't respond when Tink is sending requests)."""
    LICENSED_PARTY_REJECTED = "LICENSED_PARTY_REJECTED"
    """Financial Service rejects the licenced party (TPP/OB registrate) or eIDAS certificate. This happens if Tink’s license is rejected."""
    UNKNOWN_ERROR = "UNKNOWN_ERROR"
    """Unknown unexpected error on Tink side."""
    TINK_INTERNAL_SERVER_ERROR = "TINK_INTERNAL_SERVER_ERROR"
    """Explicit unexpected error on Tink side."""
    AUTHENTICATION_METHOD_NOT_SUPPORTED = "AUTHENTICATION_METHOD_NOT_SUPPORTED"
    """The authentication method that the user picked was not supported by Tink. Tink always tries to prevent this from happening in the first place."""
    NO_ACCOUNTS = "NO_ACCOUNTS"
    """User authentication was successful, but the end result was that no data was available to be stored on the Tink user"""
    USER_CANCELLED = "USER_CANCELLED"
    """The user cancelled the journey: the reason the iOS SDK sends beside the status USER_CANCELLED."""

class LinkErrorType(CodeEnum):
    """Tink Link authentication error type: The type of an AUTHENTICATION_ERROR (TinkError.errorType in the SDKs), as the Android SDK's AuthenticationErrorType lists it. How it travels in the redirect was not read; the category of each is bankcodes' reading.

    Wire field: TinkError.errorType (the SDKs; an AUTHENTICATION_ERROR's type)."""

    TINK_SIDE_ERROR = "TINK_SIDE_ERROR"
    """This category represents an error occurred on Tink side."""
    PROVIDER_ERROR = "PROVIDER_ERROR"
    """This category represents an error occurred on financial service side."""
    USER_LOGIN_ERROR = "USER_LOGIN_ERROR"
    """This category represents an error occurred during the user login flow."""
    AUTHORIZATION_ERROR = "AUTHORIZATION_ERROR"
    """This category represents an authorization error."""
    ACCOUNT_INFORMATION_ERROR = "ACCOUNT_INFORMATION_ERROR"
    """This category represents an error occurred while fetching account information for the user."""

class CredentialsStatus(CodeEnum):
    """Credentials status: The status of a credentials object of Tink's API (v1) ("The status indicates the state of the credentials.", the legacy API's swagger), with the descriptions of Tink Core iOS's doc comments; statusPayload carries a user-friendly message with it.

    Wire field: status (credentials)."""

    CREATED = "CREATED"
    """The credentials was just created."""
    AUTHENTICATING = "AUTHENTICATING"
    """The credentials is in the process of authenticating."""
    AWAITING_MOBILE_BANKID_AUTHENTICATION = "AWAITING_MOBILE_BANKID_AUTHENTICATION"
    """The credentials is awaiting authentication with Mobile BankID."""
    AWAITING_SUPPLEMENTAL_INFORMATION = "AWAITING_SUPPLEMENTAL_INFORMATION"
    """The credentials is awaiting supplemental information."""
    UPDATING = "UPDATING"
    """The credentials is done authenticating and is now fetching data."""
    UPDATED = "UPDATED"
    """The credentials has finished updating data from the provider."""
    AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
    """There was an authentication error, see `statusPayload` for text describing the error."""
    TEMPORARY_ERROR = "TEMPORARY_ERROR"
    """There was a temporary error, see `statusPayload` for text describing the error."""
    PERMANENT_ERROR = "PERMANENT_ERROR"
    """There was a permanent error, see `statusPayload` for text describing the error."""
    AWAITING_THIRD_PARTY_APP_AUTHENTICATION = "AWAITING_THIRD_PARTY_APP_AUTHENTICATION"
    """The credentials is awaiting authentication with a third party app."""
    DELETED = "DELETED"
    """The credentials have been deleted. it will not be possible to perform a refresh on this credentials."""
    SESSION_EXPIRED = "SESSION_EXPIRED"
    """The credentials' session has expired, check `sessionExpiryDate` to see when it expired."""

class LegacyErrorCode(CodeEnum):
    """Legacy API error code: The errorCode of an error body of Tink's API (v1), {errorCode, errorMessage}: an HTTP status as text, which Tink Core iOS reads as an integer and maps to its ServiceError, whose doc comments describe each. The category of each is bankcodes' reading.

    Wire field: errorCode (legacy API error body)."""

    STATUS_400 = "400"
    """Invalid argument"""
    STATUS_401 = "401"
    """The user is not authenticated"""
    STATUS_403 = "403"
    """The user has no permission"""
    STATUS_404 = "404"
    """Not found"""
    STATUS_409 = "409"
    """The resource already exists"""
    STATUS_412 = "412"
    """Precondition failed"""
    STATUS_429 = "429"
    """Request rate limit is exceeded"""
    STATUS_451 = "451"
    """The request cannot be fulfilled because of legal/contractual reasons."""
    STATUS_500 = "500"
    """Internal error"""

class TransferStatus(CodeEnum):
    """Transfer status: The status of a transfer or a payment request's transfer in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.

    Wire field: status (TransferResponse, PaymentRequestCreatedTransfer)."""

    AWAITING_CREDENTIALS = "AWAITING_CREDENTIALS"
    """The transfer waits for the user's credentials."""
    CREATED = "CREATED"
    """The transfer was created."""
    SENT = "SENT"
    """The transfer was sent."""
    FAILED = "FAILED"
    """The transfer failed."""
    CANCELLED = "CANCELLED"
    """The transfer was cancelled."""
    UNKNOWN = "UNKNOWN"
    """The transfer's status is not known."""

class ProviderStatus(CodeEnum):
    """Provider status: The status of a provider (a bank) in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.

    Wire field: status (Provider)."""

    ENABLED = "ENABLED"
    """The provider can be used."""
    TEMPORARY_DISABLED = "TEMPORARY_DISABLED"
    """The provider is disabled for a while."""
    DISABLED = "DISABLED"
    """The provider is disabled."""

class WebhookEvent(CodeEnum):
    """Webhook event: The event type of a webhook of the Events API (its event field), as the Available events table of Set up webhooks for your app lists them, in the page's words (its code spans written plain).

    Wire field: event of a webhook."""

    account_transactions_modified = "account-transactions:modified"
    """This event is fired when an account has new or updated transactions, regardless of their booking status."""
    account_booked_transactions_modified = "account-booked-transactions:modified"
    """This event is fired when an account has new or updated transactions that have status BOOKED."""
    account_created = "account:created"
    """This event is fired when an account resource has been created."""
    account_updated = "account:updated"
    """This event is fired when an account resource has been updated."""
    refresh_finished = "refresh:finished"
    """This event is fired when a refresh operation has finished for a credentials (for Account Aggregation) or consent (for Transactions). This can happen for on-demand refreshes and background refreshes."""
    actionable_insights_created = "actionable-insights:created"
    """This event is fired when an insight has been generated (Money Manager only)"""
    payment_updated = "payment:updated"
    """This event is fired when any transfer corresponding to any existing payment for any of your app's users has been updated."""
    mandate_payment_updated = "mandate-payment:updated"
    """This event is fired when the status of a mandate payment has been updated to one of the final statuses."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
