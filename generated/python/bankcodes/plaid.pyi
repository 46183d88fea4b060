# generated from spec/catalog.json — do not edit (run `make generate`)
"""Plaid (https://plaid.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "AssetsWebhookCode",
    "AuthWebhookCode",
    "BankIncomeWarningCode",
    "BankTransfersWebhookCode",
    "BaseReportWebhookCode",
    "BeaconWebhookCode",
    "CashFlowUpdatesWebhookCode",
    "CheckReportWebhookCode",
    "CraIncomeWebhookCode",
    "CraInsightsWebhookCode",
    "DashboardConfiguredAlertWebhookCode",
    "EntityScreeningWebhookCode",
    "ErrorCode",
    "ErrorType",
    "HoldingsWebhookCode",
    "IdentityVerificationWebhookCode",
    "IdentityWebhookCode",
    "IncomeWebhookCode",
    "InvestmentsTransactionsWebhookCode",
    "IssuesWebhookCode",
    "ItemWebhookCode",
    "LayerWebhookCode",
    "LiabilitiesWebhookCode",
    "LinkDeliveryWebhookCode",
    "LinkEventName",
    "LinkExitStatus",
    "LinkWebhookCode",
    "PartnerWebhookCode",
    "PaymentConsentStatus",
    "PaymentInitiationWebhookCode",
    "PaymentStatus",
    "PendingDisconnectReason",
    "ProcessorTokenWebhookCode",
    "ProtectWebhookCode",
    "ScreeningWebhookCode",
    "StatementsWebhookCode",
    "TransactionsWebhookCode",
    "TransferStatus",
    "TransferWebhookCode",
    "WalletTransactionFailureReason",
    "WalletTransactionStatus",
    "WalletWebhookCode",
    "WebhookType",
]

class ErrorType(CodeEnum):
    """Error type: The error_type of a Plaid error object: a broad grouping of error codes. The error_code decides the category; the type's category is what a code this catalog does not know falls back to.

    Wire field: error.error_type."""

    INVALID_REQUEST = "INVALID_REQUEST"
    """The request was malformed: a missing, unknown or invalid field or header, or an endpoint not available in this API version."""
    INVALID_RESULT = "INVALID_RESULT"
    """Plaid could not produce a valid result for the request."""
    INVALID_INPUT = "INVALID_INPUT"
    """A value in the request (an API key, token, id or product) was not valid for this client or environment."""
    INSTITUTION_ERROR = "INSTITUTION_ERROR"
    """The financial institution is down, not responding, not supported or not available to this client."""
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    """Too many requests were made to an endpoint or for an Item."""
    API_ERROR = "API_ERROR"
    """Plaid could not process the request, or its systems are under maintenance."""
    ITEM_ERROR = "ITEM_ERROR"
    """A problem with the Item (the end user's connection to an institution): its login, MFA, accounts or products."""
    ASSET_REPORT_ERROR = "ASSET_REPORT_ERROR"
    """A problem creating or retrieving an Asset Report."""
    BASE_REPORT_ERROR = "BASE_REPORT_ERROR"
    """A problem creating or retrieving a Base Report (Plaid Check)."""
    RECAPTCHA_ERROR = "RECAPTCHA_ERROR"
    """Plaid's fraud checks asked for, or refused, a reCAPTCHA challenge."""
    OAUTH_ERROR = "OAUTH_ERROR"
    """A problem re-initialising Link to resume an OAuth flow."""
    PAYMENT_ERROR = "PAYMENT_ERROR"
    """A payment initiation (UK and Europe) was blocked, cancelled or rejected."""
    BANK_TRANSFER_ERROR = "BANK_TRANSFER_ERROR"
    """A bank transfer could not be created or completed."""
    INCOME_VERIFICATION_ERROR = "INCOME_VERIFICATION_ERROR"
    """A problem with an income verification or its documents."""
    MICRODEPOSITS_ERROR = "MICRODEPOSITS_ERROR"
    """A problem verifying an account by micro-deposits."""
    SANDBOX_ERROR = "SANDBOX_ERROR"
    """A Sandbox-only endpoint was called with invalid parameters."""
    PARTNER_ERROR = "PARTNER_ERROR"
    """A problem with a reseller partner's end customer."""
    SIGNAL_ERROR = "SIGNAL_ERROR"
    """A problem evaluating a transfer with Signal."""
    TRANSACTIONS_ERROR = "TRANSACTIONS_ERROR"
    """A problem paginating transactions data."""
    TRANSACTION_ERROR = "TRANSACTION_ERROR"
    """A virtual account (wallet) transaction could not be executed."""
    TRANSFER_ERROR = "TRANSFER_ERROR"
    """A transfer was refused or could not be created or cancelled."""
    CHECK_REPORT_ERROR = "CHECK_REPORT_ERROR"
    """A problem creating or retrieving a Consumer Report (Plaid Check)."""
    CONSUMER_REPORT_ERROR = "CONSUMER_REPORT_ERROR"
    """A problem with a Plaid Check consumer report."""
    USER_ERROR = "USER_ERROR"
    """A problem with the Plaid user the request names."""
    AUTH_ERROR = "AUTH_ERROR"
    """A problem with Auth, listed as a Link error type by the React Native SDK."""

class ErrorCode(CodeEnum):
    """Error code: The error_code of a Plaid error object (API responses, webhooks and Link's onExit), grouped by the error_type it is published under. Plaid's own clients keep it a plain string.

    Wire field: error.error_code."""

    ACCESS_NOT_GRANTED = "ACCESS_NOT_GRANTED"
    """The user did not grant necessary permissions for their account."""
    INSTANT_MATCH_FAILED = "INSTANT_MATCH_FAILED"
    """Instant Match could not be initialized for the Item."""
    INSUFFICIENT_CREDENTIALS = "INSUFFICIENT_CREDENTIALS"
    """The user did not provide sufficient authorization in order to link their account via an OAuth login flow."""
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """The financial institution indicated that the credentials provided were invalid."""
    INVALID_MFA = "INVALID_MFA"
    """The institution indicated that the provided response for MFA was invalid"""
    INVALID_SEND_METHOD = "INVALID_SEND_METHOD"
    """Returned when the method used to send MFA credentials was deemed invalid by the institution."""
    INVALID_PHONE_NUMBER = "INVALID_PHONE_NUMBER"
    """The submitted phone number was invalid."""
    INVALID_OTP = "INVALID_OTP"
    """The submitted OTP was invalid."""
    INVALID_UPDATED_USERNAME = "INVALID_UPDATED_USERNAME"
    """The username entered during update mode did not match the original username."""
    ITEM_CONCURRENTLY_DELETED = "ITEM_CONCURRENTLY_DELETED"
    """This item was deleted while the operation was in progress."""
    ITEM_LOCKED = "ITEM_LOCKED"
    """The financial institution indicated that the user's account is locked. The user will need to work with the institution directly to unlock their account."""
    ITEM_LOGIN_REQUIRED = "ITEM_LOGIN_REQUIRED"
    """Additional input from the user is required to continue getting data for this Item."""
    ITEM_NOT_FOUND = "ITEM_NOT_FOUND"
    """The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user"""
    ITEM_NOT_SUPPORTED = "ITEM_NOT_SUPPORTED"
    """Plaid is unable to support this user's accounts due to restrictions in place at the financial institution."""
    MFA_NOT_SUPPORTED = "MFA_NOT_SUPPORTED"
    """Returned when the user requires a form of MFA that Plaid does not support for a given financial institution."""
    NO_ACCOUNTS = "NO_ACCOUNTS"
    """Returned when there are no open accounts associated with the Item."""
    NO_AUTH_ACCOUNTS = "NO_AUTH_ACCOUNTS"
    """Returned from POST /auth/get when there are no valid accounts for which account and routing numbers could be retrieved."""
    NO_INVESTMENT_ACCOUNTS = "NO_INVESTMENT_ACCOUNTS"
    """Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link initialized with the Investments product, when there are no valid investment account(s) for which holdings or transactions could be retrieved."""
    NO_INVESTMENT_AUTH_ACCOUNTS = "NO_INVESTMENT_AUTH_ACCOUNTS"
    """Returned from POST /investments/holdings/get or POST /investments/transactions/get when there are no valid investment account(s) for which holdings or transactions could be retrieved."""
    NO_LIABILITY_ACCOUNTS = "NO_LIABILITY_ACCOUNTS"
    """Returned from POST /liabilities/get when there are no valid liability account(s) for which liabilities could be retrieved."""
    PASSWORD_RESET_REQUIRED = "PASSWORD_RESET_REQUIRED"
    """The user must log in directly to the financial institution and reset their password."""
    PRODUCT_NOT_ENABLED = "PRODUCT_NOT_ENABLED"
    """A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again."""
    PRODUCT_NOT_READY = "PRODUCT_NOT_READY"
    """Returned when a data request has been made for a product that is not yet ready."""
    PRODUCTS_NOT_SUPPORTED = "PRODUCTS_NOT_SUPPORTED"
    """Returned when a data request has been made for an Item for a product that it does not support. Use the /item/get endpoint to find out which products an Item supports."""
    USER_SETUP_REQUIRED = "USER_SETUP_REQUIRED"
    """The user must log in directly to the financial institution and take some action before Plaid can access their accounts."""
    USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
    """The user did not complete a step in the Link flow, and it timed out."""
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
    """Customer not found"""
    FLOWDOWN_NOT_COMPLETE = "FLOWDOWN_NOT_COMPLETE"
    """Flowdown not complete"""
    QUESTIONNAIRE_NOT_COMPLETE = "QUESTIONNAIRE_NOT_COMPLETE"
    """Questionnaire not complete"""
    CUSTOMER_NOT_READY_FOR_ENABLEMENT = "CUSTOMER_NOT_READY_FOR_ENABLEMENT"
    """Customer not ready for enablement"""
    CUSTOMER_ALREADY_ENABLED = "CUSTOMER_ALREADY_ENABLED"
    """Customer already enabled"""
    CUSTOMER_ALREADY_CREATED = "CUSTOMER_ALREADY_CREATED"
    """Customer already created"""
    LOGO_REQUIRED = "LOGO_REQUIRED"
    """Logo required"""
    INVALID_LOGO = "INVALID_LOGO"
    """Invalid logo"""
    CONTACT_REQUIRED = "CONTACT_REQUIRED"
    """Contact required"""
    ASSETS_UNDER_MANAGEMENT_REQUIRED = "ASSETS_UNDER_MANAGEMENT_REQUIRED"
    """Assets Under Management required"""
    CUSTOMER_REMOVAL_NOT_ALLOWED = "CUSTOMER_REMOVAL_NOT_ALLOWED"
    """Removal not allowed"""
    TRANSACTION_INSUFFICIENT_FUNDS = "TRANSACTION_INSUFFICIENT_FUNDS"
    """The virtual account has too little balance for the transaction."""
    TRANSACTION_AMOUNT_EXCEEDED = "TRANSACTION_AMOUNT_EXCEEDED"
    """The transaction amount is over the allowed limit."""
    TRANSACTION_ON_SAME_ACCOUNT = "TRANSACTION_ON_SAME_ACCOUNT"
    """The transaction's source and destination are the same account."""
    TRANSACTION_CURRENCY_MISMATCH = "TRANSACTION_CURRENCY_MISMATCH"
    """The transaction's currency does not match the account's."""
    TRANSACTION_IBAN_INVALID = "TRANSACTION_IBAN_INVALID"
    """The recipient's IBAN is not valid."""
    TRANSACTION_BACS_INVALID = "TRANSACTION_BACS_INVALID"
    """The recipient's BACS account number or sort code is not valid."""
    TRANSACTION_FAST_PAY_DISABLED = "TRANSACTION_FAST_PAY_DISABLED"
    """The recipient's account cannot receive Faster Payments."""
    TRANSACTION_EXECUTION_FAILED = "TRANSACTION_EXECUTION_FAILED"
    """The transaction could not be executed."""
    NONIDENTICAL_REQUEST = "NONIDENTICAL_REQUEST"
    """A request reused an idempotency key with different parameters."""
    REQUEST_CONFLICT = "REQUEST_CONFLICT"
    """A request with the same idempotency key is still being processed."""
    LAST_UPDATED_DATETIME_OUT_OF_RANGE = "LAST_UPDATED_DATETIME_OUT_OF_RANGE"
    """No data is available from the Item within the specified date-time."""
    PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA = "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA"
    """The Plaid Direct Item import resulted in invalid MFA."""
    ACCOUNTS_LIMIT = "ACCOUNTS_LIMIT"
    """Too many requests were made to the /accounts/get endpoint."""
    ACCOUNTS_BALANCE_GET_LIMIT = "ACCOUNTS_BALANCE_GET_LIMIT"
    """Too many requests were made to the /accounts/balance/get endpoint."""
    AUTH_LIMIT = "AUTH_LIMIT"
    """Too many requests were made to the /auth/get endpoint."""
    INCORRECT_OAUTH_NONCE = "INCORRECT_OAUTH_NONCE"
    """An incorrect OAuth nonce was supplied when re-initializing Link."""
    INCORRECT_LINK_TOKEN = "INCORRECT_LINK_TOKEN"
    """An incorrect Link token was supplied when re-initializing Link."""
    OAUTH_STATE_ID_ALREADY_PROCESSED = "OAUTH_STATE_ID_ALREADY_PROCESSED"
    """The OAuth state has already been processed."""
    OAUTH_STATE_ID_NOT_FOUND = "OAUTH_STATE_ID_NOT_FOUND"
    """The OAuth state id could not be found."""
    BANK_TRANSFER_ACCOUNT_BLOCKED = "BANK_TRANSFER_ACCOUNT_BLOCKED"
    """The bank transfer could not be completed because a previous transfer involving the same end-user account resulted in an error."""
    RECAPTCHA_REQUIRED = "RECAPTCHA_REQUIRED"
    """The request was flagged by Plaid's fraud system, and requires additional verification to ensure they are not a bot."""
    RECAPTCHA_BAD = "RECAPTCHA_BAD"
    """The provided challenge response was denied."""
    INCOMPATIBLE_API_VERSION = "INCOMPATIBLE_API_VERSION"
    """The request uses fields that are not compatible with the API version being used."""
    INVALID_ACCOUNT_NUMBER = "INVALID_ACCOUNT_NUMBER"
    """The provided account number was invalid."""
    INVALID_BODY = "INVALID_BODY"
    """The request body was invalid."""
    INVALID_CONFIGURATION = "INVALID_CONFIGURATION"
    """/link/token/create was called with invalid configuration settings"""
    PAYMENT_BLOCKED = "PAYMENT_BLOCKED"
    """The payment was blocked for violating compliance rules."""
    PAYMENT_CANCELLED = "PAYMENT_CANCELLED"
    """The payment was cancelled."""
    PAYMENT_INSUFFICIENT_FUNDS = "PAYMENT_INSUFFICIENT_FUNDS"
    """The account has insufficient funds to complete the payment."""
    PAYMENT_INVALID_RECIPIENT = "PAYMENT_INVALID_RECIPIENT"
    """The recipient was rejected by the chosen institution."""
    DIRECT_INTEGRATION_NOT_ENABLED = "DIRECT_INTEGRATION_NOT_ENABLED"
    """An attempt was made to create an Item without using Link."""
    INCORRECT_DEPOSIT_VERIFICATION = "INCORRECT_DEPOSIT_VERIFICATION"
    """The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item verification in Link."""
    INVALID_ACCESS_TOKEN = "INVALID_ACCESS_TOKEN"
    """The access_token is not valid for this client or environment."""
    BALANCE_LIMIT = "BALANCE_LIMIT"
    """Too many requests were made to the /accounts/balance/get endpoint."""
    CREDITS_EXHAUSTED = "CREDITS_EXHAUSTED"
    """You have used up your free API usage allocation in Limited Production"""
    IDENTITY_LIMIT = "IDENTITY_LIMIT"
    """Too many requests were made to the /identity/get endpoint."""
    INSTITUTIONS_GET_LIMIT = "INSTITUTIONS_GET_LIMIT"
    """Too many requests were made to the /institutions/get endpoint."""
    INSTITUTIONS_GET_BY_ID_LIMIT = "INSTITUTIONS_GET_BY_ID_LIMIT"
    """Too many requests were made to the /institutions/get_by_id endpoint."""
    INVALID_FIELD = "INVALID_FIELD"
    """One or more of the request body fields were improperly formatted or invalid."""
    INVALID_HEADERS = "INVALID_HEADERS"
    """The request was missing a required header."""
    MISSING_FIELDS = "MISSING_FIELDS"
    """The request was missing one or more required fields."""
    NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE"
    """The endpoint requested is not available in the API version being used."""
    NOT_FOUND = "NOT_FOUND"
    """The endpoint requested does not exist."""
    PAYMENT_INVALID_REFERENCE = "PAYMENT_INVALID_REFERENCE"
    """The reference was rejected by the chosen institution."""
    PAYMENT_INVALID_SCHEDULE = "PAYMENT_INVALID_SCHEDULE"
    """The schedule was rejected by the chosen institution."""
    PAYMENT_REJECTED = "PAYMENT_REJECTED"
    """The payment was rejected by the chosen institution."""
    PAYMENT_SCHEME_NOT_SUPPORTED = "PAYMENT_SCHEME_NOT_SUPPORTED"
    """The requested payment scheme is not supported by the chosen institution."""
    PAYMENT_CONSENT_INVALID_CONSTRAINTS = "PAYMENT_CONSENT_INVALID_CONSTRAINTS"
    """The payment consent constraints are missing or not supported by the institution."""
    PAYMENT_CONSENT_CANCELLED = "PAYMENT_CONSENT_CANCELLED"
    """The payment consent was cancelled."""
    INVALID_ACCOUNT_ID = "INVALID_ACCOUNT_ID"
    """The supplied account_id is not valid"""
    INVALID_API_KEYS = "INVALID_API_KEYS"
    """The client ID and secret included in the request body were invalid. Find your API keys in the Dashboard."""
    INVALID_AUDIT_COPY_TOKEN = "INVALID_AUDIT_COPY_TOKEN"
    """The audit copy token supplied to the server was invalid."""
    INVALID_INSTITUTION = "INVALID_INSTITUTION"
    """The institution_id specified is invalid or does not exist."""
    INVALID_LINK_CUSTOMIZATION = "INVALID_LINK_CUSTOMIZATION"
    """The Link customization is not valid for the request."""
    INVESTMENT_HOLDINGS_GET_LIMIT = "INVESTMENT_HOLDINGS_GET_LIMIT"
    """Too many requests were made to the /investments/holdings/get endpoint."""
    INVESTMENT_TRANSACTIONS_LIMIT = "INVESTMENT_TRANSACTIONS_LIMIT"
    """Too many requests were made to the /investments/transactions/get endpoint."""
    ITEM_GET_LIMIT = "ITEM_GET_LIMIT"
    """Too many requests were made to the /item/get endpoint."""
    RATE_LIMIT = "RATE_LIMIT"
    """Too many requests were made."""
    TRANSACTIONS_LIMIT = "TRANSACTIONS_LIMIT"
    """Too many requests were made to a transactions endpoint such as/transactions/get or /transactions/refresh."""
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    """Plaid was unable to process the request"""
    PLANNED_MAINTENANCE = "PLANNED_MAINTENANCE"
    """Plaid's systems are undergoing maintenance and API operations are disabled"""
    DATA_UNAVAILABLE = "DATA_UNAVAILABLE"
    """Data needed for the Asset Report could not be retrieved."""
    ASSET_REPORT_GENERATION_FAILED = "ASSET_REPORT_GENERATION_FAILED"
    """The Asset Report could not be generated."""
    SANDBOX_PRODUCT_NOT_ENABLED = "SANDBOX_PRODUCT_NOT_ENABLED"
    """The requested product is not enabled for an Item"""
    SANDBOX_WEBHOOK_INVALID = "SANDBOX_WEBHOOK_INVALID"
    """The request to fire a Sandbox webhook failed."""
    SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID = "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID"
    """The /sandbox/transfer/simulate endpoint was called with parameters specifying an invalid event transition."""
    INCOME_VERIFICATION_DOCUMENT_NOT_FOUND = "INCOME_VERIFICATION_DOCUMENT_NOT_FOUND"
    """The requested income verification document was not found."""
    INCOME_VERIFICATION_FAILED = "INCOME_VERIFICATION_FAILED"
    """The income verification you are trying to retrieve could not be completed. please try creating a new income verification"""
    INCOME_VERIFICATION_NOT_FOUND = "INCOME_VERIFICATION_NOT_FOUND"
    """The requested income verification was not found."""
    INCOME_VERIFICATION_UPLOAD_ERROR = "INCOME_VERIFICATION_UPLOAD_ERROR"
    """There was an error uploading income verification documents."""
    TRANSFER_LIMIT_REACHED = "TRANSFER_LIMIT_REACHED"
    """The attempted transfer exceeded the account's daily transfer or single transfer limits. (removed: No longer on Plaid Docs: Transfer errors as retrieved on 2026-03-07.)"""
    TRANSFER_ACCOUNT_BLOCKED = "TRANSFER_ACCOUNT_BLOCKED"
    """The transfer could not be completed because a previous transfer involving the same end-user account resulted in an error"""
    TRANSFER_NOT_CANCELLABLE = "TRANSFER_NOT_CANCELLABLE"
    """The transfer could not be canceled"""
    TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION = "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION"
    """Transaction data was updated during pagination."""
    INSTITUTION_DOWN = "INSTITUTION_DOWN"
    """The financial institution is down, either for maintenance or due to an infrastructure issue with their systems."""
    INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT = "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT"
    """Institution not enabled in this environment"""
    INSTITUTION_NOT_RESPONDING = "INSTITUTION_NOT_RESPONDING"
    """The financial institution is failing to respond to some of our requests. Your user may be successful if they retry another time."""
    INSTITUTION_NOT_AVAILABLE = "INSTITUTION_NOT_AVAILABLE"
    """The financial institution is not available this time."""
    SANDBOX_ONLY = "SANDBOX_ONLY"
    """The requested endpoint is only available in Sandbox."""
    UNKNOWN_FIELDS = "UNKNOWN_FIELDS"
    """The request included a field that is not recognized by the endpoint."""
    FAILED_PRECONDITION = "FAILED_PRECONDITION"
    """A required precondition is not met: for link-session models, when the Link session has not completed; for cash-advance models, when the user has not successfully linked any Item."""
    INVALID_LINK_TOKEN = "INVALID_LINK_TOKEN"
    """The link_token provided to initialize Link was invalid."""
    INVALID_PROCESSOR_TOKEN = "INVALID_PROCESSOR_TOKEN"
    """The processor_token provided to initialize Link was invalid."""
    INVALID_PRODUCT = "INVALID_PRODUCT"
    """The product is not a valid configuration value, or your client ID does not have access to this product."""
    INVALID_PRODUCTS = "INVALID_PRODUCTS"
    """The pre-authenticated returning user flow was initiated with a restricted product. (removed: No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.)"""
    TRANSACTIONS_SYNC_LIMIT = "TRANSACTIONS_SYNC_LIMIT"
    """Too many requests were made to the /transactions/sync endpoint."""
    INVALID_PARENT = "INVALID_PARENT"
    """The parent Asset Report of an audit copy or filter is not valid."""
    INSIGHTS_NOT_ENABLED = "INSIGHTS_NOT_ENABLED"
    """Asset Report insights were requested but are not enabled."""
    INSIGHTS_PREVIOUSLY_NOT_ENABLED = "INSIGHTS_PREVIOUSLY_NOT_ENABLED"
    """Insights were requested for an Asset Report created without them."""
    VERIFICATION_STATUS_PENDING_APPROVAL = "VERIFICATION_STATUS_PENDING_APPROVAL"
    """The user has not yet authorized the sharing of this data"""
    EMPLOYMENT_NOT_FOUND = "EMPLOYMENT_NOT_FOUND"
    """The requested employment was not found."""
    TRANSFER_UNSUPPORTED_ACCOUNT_TYPE = "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"
    """An attempt was made to transfer funds to or from an unsupported account type"""
    TRANSFER_FORBIDDEN_ACH_CLASS = "TRANSFER_FORBIDDEN_ACH_CLASS"
    """An attempt was made to create a transfer with a forbidden ACH class (SEC code)"""
    TRANSFER_UI_UNAUTHORIZED = "TRANSFER_UI_UNAUTHORIZED"
    """The client is not enabled for the Transfer UI product"""
    TRANSFER_ORIGINATOR_NOT_FOUND = "TRANSFER_ORIGINATOR_NOT_FOUND"
    """An association between the sender and the originator client doesn't exist"""
    INCOMPLETE_CUSTOMER_ONBOARDING = "INCOMPLETE_CUSTOMER_ONBOARDING"
    """The end customer has not completed onboarding. Their diligence status must be approved before moving funds"""
    INSTITUTION_NO_LONGER_SUPPORTED = "INSTITUTION_NO_LONGER_SUPPORTED"
    """Plaid no longer supports this financial institution."""
    UNAUTHORIZED_INSTITUTION = "UNAUTHORIZED_INSTITUTION"
    """You are not authorized to create Items for this institution at this time."""
    INSTITUTION_REGISTRATION_REQUIRED = "INSTITUTION_REGISTRATION_REQUIRED"
    """Your application is not yet registered with the institution."""
    UNSUPPORTED_RESPONSE = "UNSUPPORTED_RESPONSE"
    """The data returned from the financial institution is not valid."""
    ADDITIONAL_CONSENT_REQUIRED = "ADDITIONAL_CONSENT_REQUIRED"
    """The end user has not provided consent to the requested product"""
    INVALID_PUBLIC_TOKEN = "INVALID_PUBLIC_TOKEN"
    """The public_token is not valid, has expired or was already exchanged."""
    INVALID_STRIPE_ACCOUNT = "INVALID_STRIPE_ACCOUNT"
    """The supplied Stripe account is invalid"""
    INVALID_USER_TOKEN = "INVALID_USER_TOKEN"
    """The supplied user token is invalid"""
    INVALID_WEBHOOK_VERIFICATION_KEY_ID = "INVALID_WEBHOOK_VERIFICATION_KEY_ID"
    """The key_id provided to the webhook verification endpoint was invalid."""
    UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"
    """You are not authorized to access this endpoint for your use case"""
    PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE"
    """Additional products may not be added to Items created in the pre-auth returning user flow. (removed: No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.)"""
    TOO_MANY_VERIFICATION_ATTEMPTS = "TOO_MANY_VERIFICATION_ATTEMPTS"
    """The user attempted to verify their Manual Same-Day micro-deposit codes more than 3 times and their Item is now permanently locked. The user must retry submitting their account information in Link."""
    UNAUTHORIZED_ENVIRONMENT = "UNAUTHORIZED_ENVIRONMENT"
    """Your client ID does not have access to this API environment. See which environments you are enabled for from the Dashboard."""
    UNAUTHORIZED_ROUTE_ACCESS = "UNAUTHORIZED_ROUTE_ACCESS"
    """Your client ID does not have access to this route."""
    USER_PERMISSION_REVOKED = "USER_PERMISSION_REVOKED"
    """The end user has revoked access to their data."""
    ITEM_NO_ERROR = "ITEM_NO_ERROR"
    """The Item has no error."""
    ITEM_PRODUCT_NOT_READY = "ITEM_PRODUCT_NOT_READY"
    """The product's data for the Item is not ready yet."""
    ASSET_PRODUCT_NOT_READY = "ASSET_PRODUCT_NOT_READY"
    """The Asset Report is not ready yet."""
    BANK_TRANSFER_LIMIT_EXCEEDED = "BANK_TRANSFER_LIMIT_EXCEEDED"
    """The bank transfer is over the account's limit."""
    BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT = "BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT"
    """No origination account is configured for the bank transfer."""
    BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT = "BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT"
    """The bank transfer's origination account is not valid."""
    BANK_TRANSFER_INSUFFICIENT_FUNDS = "BANK_TRANSFER_INSUFFICIENT_FUNDS"
    """The account has too little balance for the bank transfer."""
    BANK_TRANSFER_NOT_CANCELLABLE = "BANK_TRANSFER_NOT_CANCELLABLE"
    """The bank transfer can no longer be cancelled."""
    BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE = "BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE"
    """The account type cannot be used for bank transfers."""
    BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT = "BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT"
    """Bank transfers are not available in this environment."""
    SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID = (
        "SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID"
    )
    """A simulated Sandbox bank transfer event is not a valid transition."""
    INCORRECT_DEPOSIT_AMOUNTS = "INCORRECT_DEPOSIT_AMOUNTS"
    """The micro-deposit amounts the user entered are wrong."""
    MICRODEPOSITS_ALREADY_VERIFIED = "MICRODEPOSITS_ALREADY_VERIFIED"
    """The micro-deposits were already verified."""
    ADDITION_LIMIT = "ADDITION_LIMIT"
    """Too many Items were added in a period of time."""
    DATA_QUALITY_CHECK_FAILED = "DATA_QUALITY_CHECK_FAILED"
    """The extracted data from the financial institution showed signs of poor data quality, preventing the generation of an accurate report."""
    CONSUMER_REPORT_EXPIRED = "CONSUMER_REPORT_EXPIRED"
    """The Check Report has expired as 24 hours have passed since its creation, so it is no longer retrievable."""
    INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED = "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED"
    """The user's financial institution does not support the length of transaction history you require"""
    INSUFFICIENT_TRANSACTION_DATA = "INSUFFICIENT_TRANSACTION_DATA"
    """The user does not have sufficient transactions data to generate income insights, partner insights, or cashflow insights. The error_message will provide more detail on what data is missing."""
    NETWORK_CONSENT_REQUIRED = "NETWORK_CONSENT_REQUIRED"
    """The user did not provide consent in link to share Plaid network data."""
    INVALID_USER_ID = "INVALID_USER_ID"
    """The user id is not in a valid format"""
    INVALID_USER_IDENTITY_DATA = "INVALID_USER_IDENTITY_DATA"
    """The user identity provided failed Plaid’s validation checks. The error message will contain specific details about which field(s) failed validation."""
    PROFILE_AUTHENTICATION_FAILED = "PROFILE_AUTHENTICATION_FAILED"
    """The end user could not authenticate the device associated with their profile"""
    MANUAL_VERIFICATION_REQUIRED = "MANUAL_VERIFICATION_REQUIRED"
    """Returned when a data request has been made for a product that requires the user to manually verify their Item via Link's update mode."""
    OAUTH_REGISTRATION_ERROR = "OAUTH_REGISTRATION_ERROR"
    """OAuth Registration Error"""
    INSTITUTION_RATE_LIMIT = "INSTITUTION_RATE_LIMIT"
    """Too many requests were made to a given institution."""
    TRANSACTIONS_REFRESH_LIMIT = "TRANSACTIONS_REFRESH_LIMIT"
    """Too many requests were made to the /transactions/refresh endpoint."""
    ADDENDUM_NOT_SIGNED = "ADDENDUM_NOT_SIGNED"
    """Signal-only actions were taken, but the client has not signed the Signal Addendum."""
    CLIENT_TRANSACTION_ID_ALREADY_IN_USE = "CLIENT_TRANSACTION_ID_ALREADY_IN_USE"
    """The client_transaction_id value specified is not unique"""
    INVALID_CONFIGURATION_STATE = "INVALID_CONFIGURATION_STATE"
    """/signal/evaluate was called by a client whose Signal Rules configuration settings are in an invalid state"""
    NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS = (
        "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS"
    )
    """A ruleset was specified that uses Signal Transaction Scores, but the customer is only enabled for Balance-only rulesets"""
    RULESET_NOT_FOUND = "RULESET_NOT_FOUND"
    """The specified ruleset was not found"""
    SIGNAL_TRANSACTION_NOT_INITIATED = "SIGNAL_TRANSACTION_NOT_INITIATED"
    """A return was reported on a transaction that was also reported never to have happened."""
    TRANSFER_NETWORK_LIMIT_EXCEEDED = "TRANSFER_NETWORK_LIMIT_EXCEEDED"
    """The attempted transfer exceeded the given network's amount limit."""
    USER_NOT_FOUND = "USER_NOT_FOUND"
    """The provided user_id could not be found."""

class BankIncomeWarningCode(CodeEnum):
    """Bank Income warning code: The warning_code of a Bank Income warning: a report's data that was unavailable for one of its Items (the warnings of /credit/bank_income/get and of the Bank Employment report, CreditBankIncomeWarningCode; of Plaid Check's Bank Income report, CraBankIncomeWarningCode, which lists the same codes but ITEM_UNAPPROVED). The descriptions are the enum's own, in Plaid's OpenAPI description; the warning's cause gives the Item's error (its error_type the CreditBankIncomeErrorType enum, whose values but COUNTRY_NOT_SUPPORTED are names of Plaid's error codes). The categories are bankcodes' reading.

    Wire field: warnings[].warning_code (a Bank Income or Bank Employment report)."""

    IDENTITY_UNAVAILABLE = "IDENTITY_UNAVAILABLE"
    """Unable to extract identity for the Item"""
    TRANSACTIONS_UNAVAILABLE = "TRANSACTIONS_UNAVAILABLE"
    """Unable to extract transactions for the Item"""
    ITEM_UNAPPROVED = "ITEM_UNAPPROVED"
    """User exited flow before giving permission to share data for the Item"""
    REPORT_DELETED = "REPORT_DELETED"
    """Report deleted due to customer or consumer request"""
    DATA_UNAVAILABLE = "DATA_UNAVAILABLE"
    """No relevant data was found for the Item"""

class PaymentStatus(CodeEnum):
    """Payment initiation payment status: The status of a Payment Initiation (UK and Europe) payment: status of /payment_initiation/payment/get, and new_payment_status and old_payment_status of the PAYMENT_STATUS_UPDATE webhook; PaymentInitiationPaymentStatus of Plaid's OpenAPI description, which groups the statuses as core lifecycle, failure, standing-order and deprecated ones (PAYMENT_STATUS_UNKNOWN, PAYMENT_STATUS_PROCESSING, PAYMENT_STATUS_COMPLETED: "to be removed in a future release"). The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: status (a payment); new_payment_status (PAYMENT_STATUS_UPDATE)."""

    PAYMENT_STATUS_INPUT_NEEDED = "PAYMENT_STATUS_INPUT_NEEDED"
    """Transitional. The payment is awaiting user input to continue processing. It may re-enter this state if additional input is required."""
    PAYMENT_STATUS_PROCESSING = "PAYMENT_STATUS_PROCESSING"
    """The payment is currently being processed. (deprecated: Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future release)".)"""
    PAYMENT_STATUS_INITIATED = "PAYMENT_STATUS_INITIATED"
    """The payment has been authorised and accepted by the financial institution. In many EU markets, PAYMENT_STATUS_EXECUTED is not supported, and a payment will remain in PAYMENT_STATUS_INITIATED until the funds settle, making this a terminal success state in those cases. A payment in PAYMENT_STATUS_INITIATED should be treated as a successfully submitted payment; do not gate downstream processing on reaching PAYMENT_STATUS_EXECUTED. For a full explanation of payment statuses and how to handle each, see the Payment Status guide."""
    PAYMENT_STATUS_COMPLETED = "PAYMENT_STATUS_COMPLETED"
    """Indicates that the standing order has been successfully established. (deprecated: Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future release)".)"""
    PAYMENT_STATUS_INSUFFICIENT_FUNDS = "PAYMENT_STATUS_INSUFFICIENT_FUNDS"
    """Terminal. The payment failed due to insufficient funds. No further retries will succeed until the payer's balance is replenished."""
    PAYMENT_STATUS_FAILED = "PAYMENT_STATUS_FAILED"
    """Terminal (retryable). The payment could not be initiated due to a system error or outage. Retry once the root cause is resolved."""
    PAYMENT_STATUS_BLOCKED = "PAYMENT_STATUS_BLOCKED"
    """Terminal (retryable). The payment was blocked by Plaid (e.g., flagged as risky). Resolve any compliance or risk issues and retry."""
    PAYMENT_STATUS_UNKNOWN = "PAYMENT_STATUS_UNKNOWN"
    """The payment status is unknown. (deprecated: Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future release)".)"""
    PAYMENT_STATUS_EXECUTED = "PAYMENT_STATUS_EXECUTED"
    """Terminal. The funds have left the payer's account and the payment is en route to settlement. Note that this status does not confirm that funds have arrived in the recipient's account; do not use it as proof of fund receipt. Support is more common in the UK than in the EU; where unsupported, a successful payment remains in PAYMENT_STATUS_INITIATED before settling. When using Plaid Virtual Accounts, PAYMENT_STATUS_EXECUTED is not terminal -- the payment will continue to PAYMENT_STATUS_SETTLED once funds are available."""
    PAYMENT_STATUS_SETTLED = "PAYMENT_STATUS_SETTLED"
    """Terminal. The funds are available in the recipient's account. Only available to customers using Plaid Virtual Accounts."""
    PAYMENT_STATUS_AUTHORISING = "PAYMENT_STATUS_AUTHORISING"
    """Transitional. The payment is being authorised by the financial institution. It will automatically move on once authorisation completes."""
    PAYMENT_STATUS_CANCELLED = "PAYMENT_STATUS_CANCELLED"
    """Terminal. The end user cancelled the payment during authorisation."""
    PAYMENT_STATUS_ESTABLISHED = "PAYMENT_STATUS_ESTABLISHED"
    """Terminal. A recurring/standing order has been successfully created."""
    PAYMENT_STATUS_REJECTED = "PAYMENT_STATUS_REJECTED"
    """Terminal. The payment was rejected by the financial institution. No automatic retry is possible."""

class PaymentConsentStatus(CodeEnum):
    """Payment initiation consent status: The status of a Payment Initiation consent (variable recurring payments, UK and Europe): status of /payment_initiation/consent/get; PaymentInitiationConsentStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: status (a payment consent)."""

    UNAUTHORISED = "UNAUTHORISED"
    """Consent created, but requires user authorisation."""
    AUTHORISED = "AUTHORISED"
    """Consent is active and ready to be used."""
    REVOKED = "REVOKED"
    """Consent has been revoked and can no longer be used."""
    REJECTED = "REJECTED"
    """Consent authorisation was rejected by the bank."""
    EXPIRED = "EXPIRED"
    """Consent is no longer valid."""

class WalletTransactionStatus(CodeEnum):
    """Virtual account transaction status: The status of a virtual account (wallet) transaction: status of /wallet/transaction/get, and new_status and old_status of the WALLET_TRANSACTION_STATUS_UPDATE webhook; WalletTransactionStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: status (a wallet transaction); new_status (WALLET_TRANSACTION_STATUS_UPDATE)."""

    AUTHORISING = "AUTHORISING"
    """The transaction is being processed for validation and compliance."""
    INITIATED = "INITIATED"
    """The transaction has been initiated and is currently being processed."""
    EXECUTED = "EXECUTED"
    """The transaction has been successfully executed and is considered complete. This is only applicable for debit transactions."""
    SETTLED = "SETTLED"
    """The transaction has settled and funds are available for use. This is only applicable for credit transactions. A transaction will typically settle within seconds to several days, depending on which payment rail is used."""
    BLOCKED = "BLOCKED"
    """The transaction has been blocked for violating compliance rules. This is a terminal status."""
    FAILED = "FAILED"
    """The transaction failed to process successfully. This is a terminal status."""

class WalletTransactionFailureReason(CodeEnum):
    """Virtual account transaction failure reason: Why a virtual account (wallet) transaction failed: its failure_reason; WalletTransactionFailureReason of Plaid's OpenAPI description ("The error code of a failed transaction"). The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: failure_reason (a wallet transaction)."""

    EXTERNAL_SYSTEM = "EXTERNAL_SYSTEM"
    """The transaction was declined by an external system."""
    EXPIRED = "EXPIRED"
    """The transaction request has expired."""
    CANCELLED = "CANCELLED"
    """The transaction request was rescinded."""
    INVALID = "INVALID"
    """The transaction did not meet certain criteria, such as an inactive account or no valid counterparty, etc."""
    ACCOUNT_INVALID = "ACCOUNT_INVALID"
    """The transaction could not be processed because the wallet account is invalid or inactive."""
    AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
    """The transaction could not be processed because authentication with the wallet provider failed."""
    UNKNOWN = "UNKNOWN"
    """The transaction was unsuccessful, but the exact cause is unknown."""

class PendingDisconnectReason(CodeEnum):
    """Pending disconnect reason: Why an Item is about to be disconnected: reason of the PENDING_DISCONNECT webhook; PendingDisconnectWebhookReason of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: reason (PENDING_DISCONNECT)."""

    INSTITUTION_MIGRATION = "INSTITUTION_MIGRATION"
    """The institution is moving to API or to a different integration. For example, this can occur when an institution moves from a non-OAuth integration to an OAuth integration."""
    INSTITUTION_TOKEN_EXPIRATION = "INSTITUTION_TOKEN_EXPIRATION"
    """The consent on an Item associated with a US or CA institution is about to expire."""

class TransferStatus(CodeEnum):
    """Transfer status: The status of a Transfer (US): status of a transfer (/transfer/get, /transfer/create); TransferStatus of Plaid's OpenAPI description. The descriptions are the enum's own; the categories are bankcodes' reading.

    Wire field: status (a transfer)."""

    pending = "pending"
    """A new transfer was created; it is in the pending state."""
    posted = "posted"
    """The transfer has been successfully submitted to the payment network."""
    settled = "settled"
    """The transfer was successfully completed by the payment network. Note that funds from received debits are not available to be moved out of the Ledger until the transfer reaches funds_available status. For credit transactions, settled means the funds have been delivered to the receiving bank account. This is the terminal state of a successful credit transfer."""
    funds_available = "funds_available"
    """Funds from the transfer have been released from hold and applied to the ledger's available balance. (Only applicable to ACH debits.) This is the terminal state of a successful debit transfer."""
    cancelled = "cancelled"
    """The transfer was cancelled by the client. This is the terminal state of a cancelled transfer."""
    failed = "failed"
    """The transfer failed, no funds were moved. This is the terminal state of a failed transfer."""
    returned = "returned"
    """A posted transfer was returned. This is the terminal state of a returned transfer."""

class LinkExitStatus(CodeEnum):
    """Link exit status: The point at which the user exited Link: metadata.status of onExit, exit_status of onEvent's metadata.

    Wire field: metadata.status."""

    requires_questions = "requires_questions"
    """User prompted to answer security questions"""
    requires_selections = "requires_selections"
    """User prompted to answer multiple choice question(s)"""
    requires_code = "requires_code"
    """User prompted to provide a one-time passcode"""
    choose_device = "choose_device"
    """User prompted to select a device on which to receive a one-time passcode"""
    requires_credentials = "requires_credentials"
    """User prompted to provide credentials for the selected financial institution or has not yet selected a financial institution"""
    requires_account_selection = "requires_account_selection"
    """User prompted to select one or more financial accounts to share"""
    requires_oauth = "requires_oauth"
    """User prompted to enter an OAuth flow"""
    institution_not_found = "institution_not_found"
    """User exited the Link flow on the institution selection pane. Typically this occurs after the user unsuccessfully (no results returned) searched for a financial institution. Note that this status does not necessarily indicate that the user was unable to find their institution, as it is used for all user exits that occur from the institution selection pane, regardless of other user behavior."""
    institution_not_supported = "institution_not_supported"
    """User exited the Link flow after discovering their selected institution is no longer supported by Plaid"""
    connected = "connected"
    """The user connected an Item before exiting."""
    requires_external_action = "requires_external_action"
    """The user was asked to act outside Link (for example in the bank's app)."""
    requires_recaptcha = "requires_recaptcha"
    """User prompted to solve a reCAPTCHA challenge"""
    requires_deposit_switch_allocation_configuration = (
        "requires_deposit_switch_allocation_configuration"
    )
    """The user was asked to configure a deposit switch allocation."""
    requires_deposit_switch_allocation_selection = "requires_deposit_switch_allocation_selection"
    """The user was asked to choose a deposit switch allocation."""

class LinkEventName(CodeEnum):
    """Link event name: The eventName Link passes to onEvent. Where Plaid's Link web page has a sentence for an event, that sentence is its description, as plain text (the page's code marks and links left out).

    Wire field: eventName."""

    AUTO_SELECT_SAVED_INSTITUTION = "AUTO_SELECT_SAVED_INSTITUTION"
    """Link's onEvent name for: auto select saved institution."""
    AUTO_SUBMIT_PHONE = "AUTO_SUBMIT_PHONE"
    """The user was automatically sent an OTP code without a UI prompt. This event can only occur if the user's phone phone number was provided to Link via the /link/token/create call and the user has previously consented to receive OTP codes from Plaid."""
    BANK_INCOME_INSIGHTS_COMPLETED = "BANK_INCOME_INSIGHTS_COMPLETED"
    """The user has completed the Assets and Bank Income Insights flow."""
    CLOSE_OAUTH = "CLOSE_OAUTH"
    """The user closed the third-party website or mobile app without completing the OAuth flow."""
    CONNECT_NEW_INSTITUTION = "CONNECT_NEW_INSTITUTION"
    """The user has chosen to link a new institution instead of linking a saved institution. This event is only emitted in the Link Returning User Experience flow."""
    ERROR = "ERROR"
    """A recoverable error occurred in the Link flow, see the error_code metadata."""
    EXIT = "EXIT"
    """The user has exited without completing the Link flow and the onExit callback is fired."""
    FAIL_OAUTH = "FAIL_OAUTH"
    """The user encountered an error while completing the third-party's OAuth login flow."""
    HANDOFF = "HANDOFF"
    """The user has exited Link after successfully linking an Item."""
    IDENTITY_MATCH_PASSED = "IDENTITY_MATCH_PASSED"
    """An Identity Match check configured via the Account Verification Dashboard passed the Identity Match rules and detected a match."""
    IDENTITY_MATCH_FAILED = "IDENTITY_MATCH_FAILED"
    """An Identity Match check configured via the Account Verification Dashboard failed the Identity Match rules and did not detect a match."""
    IDENTITY_VERIFICATION_CLOSE_UI = "IDENTITY_VERIFICATION_CLOSE_UI"
    """The user has closed the UI of their Identity Verification session."""
    IDENTITY_VERIFICATION_CREATE_SESSION = "IDENTITY_VERIFICATION_CREATE_SESSION"
    """The user has started a new Identity Verification session."""
    IDENTITY_VERIFICATION_FAIL_SESSION = "IDENTITY_VERIFICATION_FAIL_SESSION"
    """The user has failed their Identity Verification session."""
    IDENTITY_VERIFICATION_FAIL_STEP = "IDENTITY_VERIFICATION_FAIL_STEP"
    """The user has failed a step of the Identity Verification flow. The step is indicated by view_name."""
    IDENTITY_VERIFICATION_OPEN_UI = "IDENTITY_VERIFICATION_OPEN_UI"
    """The user has opened the UI of their Identity Verification session."""
    IDENTITY_VERIFICATION_PASS_SESSION = "IDENTITY_VERIFICATION_PASS_SESSION"
    """The user has passed their Identity Verification session."""
    IDENTITY_VERIFICATION_PASS_STEP = "IDENTITY_VERIFICATION_PASS_STEP"
    """The user has passed a step of the Identity Verification flow. The step is indicated by view_name."""
    IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION = "IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION"
    """The user has completed their Identity Verification session, which is now in a pending review state."""
    IDENTITY_VERIFICATION_PENDING_REVIEW_STEP = "IDENTITY_VERIFICATION_PENDING_REVIEW_STEP"
    """The user has reached the pending review state."""
    IDENTITY_VERIFICATION_RESUME_SESSION = "IDENTITY_VERIFICATION_RESUME_SESSION"
    """The user has resumed an existing Identity Verification session."""
    IDENTITY_VERIFICATION_RESUME_UI = "IDENTITY_VERIFICATION_RESUME_UI"
    """The user has resumed the UI of their Identity Verification session."""
    IDENTITY_VERIFICATION_START_STEP = "IDENTITY_VERIFICATION_START_STEP"
    """The user has started a step of the Identity Verification flow. The step is indicated by view_name."""
    ISSUE_FOLLOWED = "ISSUE_FOLLOWED"
    """Link's onEvent name for: issue followed."""
    LAYER_AUTOFILL_NOT_AVAILABLE = "LAYER_AUTOFILL_NOT_AVAILABLE"
    """The user's date of birth passed to Link is not eligible for Layer Extended Autofill."""
    LAYER_NOT_AVAILABLE = "LAYER_NOT_AVAILABLE"
    """The user phone number passed to Link is not eligible for Layer."""
    LAYER_READY = "LAYER_READY"
    """The user phone number passed to Link is eligible for Layer and open() may now be called."""
    MATCHED_SELECT_INSTITUTION = "MATCHED_SELECT_INSTITUTION"
    """The user selected an institution that was presented as a matched institution. This event can be emitted if Embedded Institution Search is being used, if the institution was surfaced as a matched institution likely to have been linked to Plaid by a returning user, or if the institution's routing_number was provided when calling /link/token/create. For details on which scenario is triggering the event, see metadata.matchReason."""
    MATCHED_SELECT_VERIFY_METHOD = "MATCHED_SELECT_VERIFY_METHOD"
    """Link's onEvent name for: matched select verify method."""
    OPEN = "OPEN"
    """The user has opened Link."""
    OPEN_MY_PLAID = "OPEN_MY_PLAID"
    """The user has opened my.plaid.com. This event is only sent when Link is initialized with Assets as a product"""
    OPEN_OAUTH = "OPEN_OAUTH"
    """The user has navigated to a third-party website or mobile app in order to complete the OAuth login flow."""
    PLAID_CHECK_PANE = "PLAID_CHECK_PANE"
    """Link's onEvent name for: plaid check pane."""
    PROFILE_ELIGIBILITY_CHECK_ERROR = "PROFILE_ELIGIBILITY_CHECK_ERROR"
    """Link's onEvent name for: profile eligibility check error."""
    PROFILE_ELIGIBILITY_CHECK_READY = "PROFILE_ELIGIBILITY_CHECK_READY"
    """Link's onEvent name for: profile eligibility check ready."""
    REMEMBER_ME_DISABLED = "REMEMBER_ME_DISABLED"
    """Link's onEvent name for: remember me disabled."""
    REMEMBER_ME_ENABLED = "REMEMBER_ME_ENABLED"
    """Link's onEvent name for: remember me enabled."""
    REMEMBER_ME_HOLDOUT = "REMEMBER_ME_HOLDOUT"
    """Link's onEvent name for: remember me holdout."""
    SEARCH_INSTITUTION = "SEARCH_INSTITUTION"
    """The user has searched for an institution."""
    SELECT_ACCOUNT = "SELECT_ACCOUNT"
    """Link's onEvent name for: select account."""
    SELECT_AUTH_TYPE = "SELECT_AUTH_TYPE"
    """The user has chosen whether to Link instantly or manually (i.e., with micro-deposits). This event emits the selection metadata to indicate the user's selection."""
    SELECT_BRAND = "SELECT_BRAND"
    """The user selected a brand, e.g. Bank of America. The SELECT_BRAND event is only emitted for large financial institutions with multiple online banking portals."""
    SELECT_DEGRADED_INSTITUTION = "SELECT_DEGRADED_INSTITUTION"
    """The user selected an institution with a DEGRADED health status and was shown a corresponding message."""
    SELECT_DENYLISTED_INSTITUTION = "SELECT_DENYLISTED_INSTITUTION"
    """Link's onEvent name for: select denylisted institution."""
    SELECT_DOWN_INSTITUTION = "SELECT_DOWN_INSTITUTION"
    """The user selected an institution with a DOWN health status and was shown a corresponding message."""
    SELECT_FALLBACK_ROUTING_INSTITUTION = "SELECT_FALLBACK_ROUTING_INSTITUTION"
    """Link's onEvent name for: select fallback routing institution."""
    SELECT_FILTERED_INSTITUTION = "SELECT_FILTERED_INSTITUTION"
    """The user selected an institution Plaid does not support all requested products for and was shown a corresponding message."""
    SELECT_INSTITUTION = "SELECT_INSTITUTION"
    """The user selected an institution."""
    SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION = "SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION"
    """Link's onEvent name for: select remember me duplicate institution."""
    SELECT_SAVED_ACCOUNT = "SELECT_SAVED_ACCOUNT"
    """Link's onEvent name for: select saved account."""
    SELECT_SAVED_INSTITUTION = "SELECT_SAVED_INSTITUTION"
    """Link's onEvent name for: select saved institution."""
    SKIP_SUBMIT_EMAIL = "SKIP_SUBMIT_EMAIL"
    """Link's onEvent name for: skip submit email."""
    SKIP_SUBMIT_PHONE = "SKIP_SUBMIT_PHONE"
    """The user has opted to not provide their phone number to Plaid. This event is only emitted in the Link Returning User Experience flow."""
    SUBMIT_ACCOUNT_NUMBER = "SUBMIT_ACCOUNT_NUMBER"
    """The user has submitted an account number. This event emits the account_number_mask metadata to indicate the mask of the account number the user provided."""
    SUBMIT_CREDENTIALS = "SUBMIT_CREDENTIALS"
    """The user has submitted credentials."""
    SUBMIT_DOCUMENTS = "SUBMIT_DOCUMENTS"
    """The user is being prompted to submit documents for an Income verification flow."""
    SUBMIT_DOCUMENTS_ERROR = "SUBMIT_DOCUMENTS_ERROR"
    """The user encountered an error when submitting documents for an Income verification flow."""
    SUBMIT_DOCUMENTS_SUCCESS = "SUBMIT_DOCUMENTS_SUCCESS"
    """The user has successfully submitted documents for an Income verification flow."""
    SUBMIT_EMAIL = "SUBMIT_EMAIL"
    """Link's onEvent name for: submit email."""
    SUBMIT_MFA = "SUBMIT_MFA"
    """The user has submitted MFA."""
    SUBMIT_OTP = "SUBMIT_OTP"
    """The user has submitted an OTP code during the phone number verification flow. This event is only emitted in the Link Returning User Experience (Remember Me) flow or Layer flow. This event will not be emitted if the phone number is verified via SNA."""
    SUBMIT_PHONE = "SUBMIT_PHONE"
    """The user has submitted their phone number. This event is only emitted in the Link Returning User Experience (Remember Me) flow."""
    SUBMIT_ROUTING_NUMBER = "SUBMIT_ROUTING_NUMBER"
    """The user has submitted a routing number. This event emits the routing_number metadata to indicate user's routing number."""
    TRANSITION_VIEW = "TRANSITION_VIEW"
    """The TRANSITION_VIEW event indicates that the user has moved from one view to the next."""
    VERIFY_PHONE = "VERIFY_PHONE"
    """The user has successfully verified their phone number via either OTP or SNA. This event is only emitted in the Link Returning User Experience (Remember Me) flow or the Layer flow."""
    VIEW_DATA_TYPES = "VIEW_DATA_TYPES"
    """The user has viewed data types on the data transparency consent pane."""

class WebhookType(CodeEnum):
    """Webhook type: The webhook_type of a Plaid webhook: the product or object it is about; its webhook_code says what happened.

    Wire field: webhook.webhook_type."""

    SCREENING = "SCREENING"
    """Webhooks about screening: STATUS_UPDATED."""
    ENTITY_SCREENING = "ENTITY_SCREENING"
    """Webhooks about entity screening: STATUS_UPDATED."""
    BEACON = "BEACON"
    """Webhooks about beacon: USER_STATUS_UPDATED, REPORT_CREATED, REPORT_UPDATED, REPORT_SYNDICATION_CREATED, DUPLICATE_DETECTED."""
    IDENTITY_VERIFICATION = "IDENTITY_VERIFICATION"
    """Webhooks about identity verification: STEP_UPDATED, RETRIED, STATUS_UPDATED."""
    TRANSACTIONS = "TRANSACTIONS"
    """Webhooks about transactions: TRANSACTIONS_REMOVED, DEFAULT_UPDATE, SYNC_UPDATES_AVAILABLE, RECURRING_TRANSACTIONS_UPDATE, HISTORICAL_UPDATE, INITIAL_UPDATE."""
    IDENTITY = "IDENTITY"
    """Webhooks about identity: DEFAULT_UPDATE, PRODUCT_PERMISSIONS_REQUIRED."""
    PROCESSOR_TOKEN = "PROCESSOR_TOKEN"
    """Webhooks about processor token: WEBHOOK_UPDATE_ACKNOWLEDGED."""
    ISSUES = "ISSUES"
    """Webhooks about issues: ISSUE_RESOLVED."""
    AUTH = "AUTH"
    """Webhooks about auth: DEFAULT_UPDATE, AUTOMATICALLY_VERIFIED, VERIFICATION_EXPIRED, PRODUCT_PERMISSIONS_REQUIRED, SMS_MICRODEPOSITS_VERIFICATION."""
    ITEM = "ITEM"
    """Webhooks about item: WEBHOOK_UPDATE_ACKNOWLEDGED, PENDING_EXPIRATION, ERROR, LOGIN_REPAIRED, PENDING_DISCONNECT, USER_PERMISSION_REVOKED, NEW_ACCOUNTS_AVAILABLE, USER_ACCOUNT_REVOKED."""
    INCOME = "INCOME"
    """Webhooks about income: PRODUCT_READY, INCOME_VERIFICATION, INCOME_VERIFICATION_RISK_SIGNALS, BANK_INCOME_COMPLETE, INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED, BANK_INCOME_REFRESH_UPDATE, BANK_INCOME_REFRESH_COMPLETE."""
    BANK_TRANSFERS = "BANK_TRANSFERS"
    """Webhooks about bank transfers: BANK_TRANSFERS_EVENTS_UPDATE."""
    TRANSFER = "TRANSFER"
    """Webhooks about transfer: TRANSFER_EVENTS_UPDATE, RECURRING_NEW_TRANSFER, RECURRING_TRANSFER_SKIPPED, RECURRING_CANCELLED, PLATFORM_ONBOARDING_UPDATE."""
    LAYER = "LAYER"
    """Webhooks about layer: LAYER_AUTHENTICATION_PASSED."""
    PROTECT = "PROTECT"
    """Webhooks about protect: PROTECT_USER_EVENT."""
    INVESTMENTS_TRANSACTIONS = "INVESTMENTS_TRANSACTIONS"
    """Webhooks about investments transactions: DEFAULT_UPDATE, HISTORICAL_UPDATE."""
    HOLDINGS = "HOLDINGS"
    """Webhooks about holdings: DEFAULT_UPDATE."""
    PARTNER = "PARTNER"
    """Webhooks about partner: END_CUSTOMER_OAUTH_STATUS_UPDATED."""
    LIABILITIES = "LIABILITIES"
    """Webhooks about liabilities: DEFAULT_UPDATE."""
    PAYMENT_INITIATION = "PAYMENT_INITIATION"
    """Webhooks about payment initiation: PAYMENT_STATUS_UPDATE, CONSENT_STATUS_UPDATE."""
    WALLET = "WALLET"
    """Webhooks about wallet: WALLET_TRANSACTION_STATUS_UPDATE."""
    LINK_DELIVERY = "LINK_DELIVERY"
    """Webhooks about link delivery: DELIVERY_STATUS, LINK_CALLBACK."""
    STATEMENTS = "STATEMENTS"
    """Webhooks about statements: STATEMENTS_REFRESH_COMPLETE."""
    CASH_FLOW_UPDATES = "CASH_FLOW_UPDATES"
    """Webhooks about cash flow updates: INSIGHTS_UPDATED, NSF_OVERDRAFT_DETECTED, NEW_INCOME_STREAM_DETECTED, EXPECTED_DEPOSIT_MISSED, LOW_BALANCE_DETECTED, LARGE_DEPOSIT_DETECTED, NEW_LOAN_PAYMENT_DETECTED, CASH_FLOW_INSIGHTS_UPDATED."""
    BASE_REPORT = "BASE_REPORT"
    """Webhooks about base report: ERROR."""
    CRA_INCOME = "CRA_INCOME"
    """Webhooks about cra income: BANK_INCOME_COMPLETE, ERROR."""
    CHECK_REPORT = "CHECK_REPORT"
    """Webhooks about check report: CHECK_REPORT_READY, CHECK_REPORT_FAILED, UPGRADE_FAILED, USER_CHECK_REPORT_READY, USER_CHECK_REPORT_FAILED."""
    CRA_INSIGHTS = "CRA_INSIGHTS"
    """Webhooks about cra insights: PARTNER_INSIGHTS_COMPLETE, PARTNER_INSIGHTS_ERROR."""
    LINK = "LINK"
    """Webhooks about link: EVENTS, ITEM_ADD_RESULT, SESSION_FINISHED."""
    DASHBOARD_CONFIGURED_ALERT = "DASHBOARD_CONFIGURED_ALERT"
    """Webhooks about dashboard configured alert: INSTITUTION_STATUS_ALERT_TRIGGERED."""
    ASSETS = "ASSETS"
    """Webhooks about assets: PRODUCT_READY, ERROR."""

class ScreeningWebhookCode(CodeEnum):
    """SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is SCREENING.

    Wire field: webhook.webhook_code."""

    STATUS_UPDATED = "STATUS_UPDATED"
    """Fired when an individual screening status has changed, which can occur manually via the dashboard or during ongoing monitoring."""

class EntityScreeningWebhookCode(CodeEnum):
    """ENTITY_SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is ENTITY_SCREENING.

    Wire field: webhook.webhook_code."""

    STATUS_UPDATED = "STATUS_UPDATED"
    """Fired when an entity screening status has changed, which can occur manually via the dashboard or during ongoing monitoring."""

class BeaconWebhookCode(CodeEnum):
    """BEACON webhook code: The webhook_code of a Plaid webhook whose webhook_type is BEACON.

    Wire field: webhook.webhook_code."""

    USER_STATUS_UPDATED = "USER_STATUS_UPDATED"
    """Fired when a Beacon User status has changed, which can occur manually via the dashboard or when information is reported to the Beacon network."""
    REPORT_CREATED = "REPORT_CREATED"
    """Fired when one of your Beacon Users is first reported to the Beacon network."""
    REPORT_UPDATED = "REPORT_UPDATED"
    """Fired when one of your existing Beacon Reports has been modified or removed from the Beacon Network."""
    REPORT_SYNDICATION_CREATED = "REPORT_SYNDICATION_CREATED"
    """Fired when a report created on the Beacon Network matches with one of your Beacon Users."""
    DUPLICATE_DETECTED = "DUPLICATE_DETECTED"
    """Fired when a Beacon User created within your organization matches one of your existing users."""

class IdentityVerificationWebhookCode(CodeEnum):
    """IDENTITY_VERIFICATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is IDENTITY_VERIFICATION.

    Wire field: webhook.webhook_code."""

    STEP_UPDATED = "STEP_UPDATED"
    """Fired when an end user has completed a step of the Identity Verification process."""
    RETRIED = "RETRIED"
    """Fired when an identity verification has been retried, which can be triggered via the dashboard or the API."""
    STATUS_UPDATED = "STATUS_UPDATED"
    """Fired when the status of an identity verification has been updated, which can be triggered via the dashboard or the API."""

class TransactionsWebhookCode(CodeEnum):
    """TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is TRANSACTIONS.

    Wire field: webhook.webhook_code."""

    TRANSACTIONS_REMOVED = "TRANSACTIONS_REMOVED"
    """Fired when transaction(s) for an Item are deleted. The deleted transaction IDs are included in the webhook payload. Plaid will typically check for deleted transaction data several times a day."""
    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """Fired when new transaction data is available for an Item. Plaid will typically check for new transaction data several times a day."""
    SYNC_UPDATES_AVAILABLE = "SYNC_UPDATES_AVAILABLE"
    """Fired when an Item's transactions change. This can be due to any event resulting in new changes, such as an initial 30-day transactions fetch upon the initialization of an Item with transactions, the backfill of historical transactions that occurs shortly after, or when changes are populated from a regularly-scheduled transactions update job. It is recommended to listen for the `SYNC_UPDATES_AVAILABLE` webhook when using the `/transactions/sync` endpoint. Note that when using `/transactions/sync` the older webhooks `INITIAL_UPDATE`, `HISTORICAL_UPDATE`, `DEFAULT_UPDATE`, and `TRANSACTIONS_REMOVED`, which are intended for use with `/transactions/get`, will also continue to be sent in order to maintain backwards compatibility. It is not necessary to listen for and respond to those webhooks when using `/transactions/sync`."""
    RECURRING_TRANSACTIONS_UPDATE = "RECURRING_TRANSACTIONS_UPDATE"
    """Fired when recurring transactions data is updated. This includes when a new recurring stream is detected or when a new transaction is added to an existing recurring stream. The `RECURRING_TRANSACTIONS_UPDATE` webhook will also fire when one or more attributes of the recurring stream changes, which is usually a result of the addition, update, or removal of transactions to the stream."""
    HISTORICAL_UPDATE = "HISTORICAL_UPDATE"
    """Fired when an Item's historical transaction pull is completed and Plaid has prepared as much historical transaction data as possible for the Item. Once this webhook has been fired, transaction data beyond the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update."""
    INITIAL_UPDATE = "INITIAL_UPDATE"
    """Fired when an Item's initial transaction pull is completed. Once this webhook has been fired, transaction data for the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update."""

class IdentityWebhookCode(CodeEnum):
    """IDENTITY webhook code: The webhook_code of a Plaid webhook whose webhook_type is IDENTITY.

    Wire field: webhook.webhook_code."""

    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """Fired when a change to identity data has been detected on an Item. Items are checked for identity updates every 30-90 days. We recommend that upon receiving this webhook you make another call to `/identity/get` to fetch the user's latest identity data."""
    PRODUCT_PERMISSIONS_REQUIRED = "PRODUCT_PERMISSIONS_REQUIRED"
    """Fired when an `ACCESS_NOT_GRANTED` error is hit for Identity. The error can be resolved by putting the user through update mode with `identity` in the `products` array, as well as through the limited beta for update mode Identity product validations."""

class ProcessorTokenWebhookCode(CodeEnum):
    """PROCESSOR_TOKEN webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROCESSOR_TOKEN.

    Wire field: webhook.webhook_code."""

    WEBHOOK_UPDATE_ACKNOWLEDGED = "WEBHOOK_UPDATE_ACKNOWLEDGED"
    """This webhook is only sent to [Plaid processor partners](https://plaid.com/docs/auth/partnerships/)."""

class IssuesWebhookCode(CodeEnum):
    """ISSUES webhook code: The webhook_code of a Plaid webhook whose webhook_type is ISSUES.

    Wire field: webhook.webhook_code."""

    ISSUE_RESOLVED = "ISSUE_RESOLVED"
    """Webhook notifications are sent only when a subscribed issue is marked as resolved. The payload contains details about the issue at the time of its resolution, focusing on the most essential information."""

class AuthWebhookCode(CodeEnum):
    """AUTH webhook code: The webhook_code of a Plaid webhook whose webhook_type is AUTH.

    Wire field: webhook.webhook_code."""

    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """Plaid will trigger a `DEFAULT_UPDATE` webhook for Items that undergo a change in Auth data. This is generally caused by data partners notifying Plaid of a change in their account numbering system or to their routing numbers. To avoid returned transactions, customers that receive a `DEFAULT_UPDATE` webhook with the `account_ids_with_updated_auth` object populated should immediately discontinue all usages of existing Auth data for those accounts and call `/auth/get` or `/processor/auth/get` to obtain updated account and routing numbers."""
    AUTOMATICALLY_VERIFIED = "AUTOMATICALLY_VERIFIED"
    """Fired when an Item is verified via automated micro-deposits. We recommend communicating to your users when this event is received to notify them that their account is verified and ready for use."""
    VERIFICATION_EXPIRED = "VERIFICATION_EXPIRED"
    """Fired when an Item was not verified via automated micro-deposits after seven days since the automated micro-deposit was made."""
    PRODUCT_PERMISSIONS_REQUIRED = "PRODUCT_PERMISSIONS_REQUIRED"
    """Fired when an `ACCESS_NOT_GRANTED` error is hit for Auth. The error can be resolved by putting the user through update mode with `auth` in the `products` array, as well as through the limited beta for update mode Authentication product validations."""
    SMS_MICRODEPOSITS_VERIFICATION = "SMS_MICRODEPOSITS_VERIFICATION"
    """Contains the state of an SMS Same-Day Micro-deposits verification session."""

class ItemWebhookCode(CodeEnum):
    """ITEM webhook code: The webhook_code of a Plaid webhook whose webhook_type is ITEM.

    Wire field: webhook.webhook_code."""

    WEBHOOK_UPDATE_ACKNOWLEDGED = "WEBHOOK_UPDATE_ACKNOWLEDGED"
    """Fired when an Item's webhook is updated. This will be sent to the newly specified webhook."""
    PENDING_EXPIRATION = "PENDING_EXPIRATION"
    """Fired when an Item's access consent is expiring in 7 days. This can be resolved by having the user go through Link's update mode. This webhook is fired only for Items associated with institutions in Europe (including the UK); for Items associated with institutions in the US or Canada, see [`PENDING_DISCONNECT`](https://plaid.com/docs/api/items/#pending_disconnect) instead."""
    ERROR = "ERROR"
    """Fired when an error is encountered with an Item. The error can be resolved by having the user go through Link's update mode."""
    LOGIN_REPAIRED = "LOGIN_REPAIRED"
    """Fired when an Item has exited the `ITEM_LOGIN_REQUIRED` state without the user having gone through the update mode flow in your app (this can happen if the user completed the update mode in a different app). If you have messaging that tells the user to complete the update mode flow, you should silence this messaging upon receiving the `LOGIN_REPAIRED` webhook."""
    PENDING_DISCONNECT = "PENDING_DISCONNECT"
    """Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days before the existing Item is scheduled for disconnection. This can be resolved by having the user go through Link's [update mode](https://plaid.com/docs/link/update-mode). Currently, this webhook is fired only for US or Canadian institutions; in the UK or EU, you should continue to listen for the [`PENDING_EXPIRATION`](https://plaid.com/docs/api/items/#pending_expiration) webhook instead."""
    USER_PERMISSION_REVOKED = "USER_PERMISSION_REVOKED"
    """The `USER_PERMISSION_REVOKED` webhook may be fired when an end user has revoked the permission that they previously granted to access an Item. If the end user revoked their permissions through Plaid (such as via the Plaid Portal or by contacting Plaid support), the webhook will fire. If the end user revoked their permissions directly through the institution, this webhook may not always fire, since some institutions' consent portals do not trigger this webhook. To attempt to restore the Item, it can be sent through [update mode](https://plaid.com/docs/link/update-mode). Depending on the exact process the end user used to revoke permissions, it may not be possible to launch update mode for the Item. If you encounter an error when attempting to create a Link token for update mode on an Item with revoked permissions, create a fresh Link token for the user."""
    NEW_ACCOUNTS_AVAILABLE = "NEW_ACCOUNTS_AVAILABLE"
    """Fired when Plaid detects a new account. Upon receiving this webhook, you can prompt your users to share new accounts with you through [update mode](https://plaid.com/docs/link/update-mode/#using-update-mode-to-request-new-accounts) (US/CA only). If the end user has opted not to share new accounts with Plaid via their institution's OAuth settings, Plaid will not detect new accounts and this webhook will not fire. For end user accounts in the EU and UK, upon receiving this webhook, you can prompt your user to re-link their account and then delete the old Item via `/item/remove`."""
    USER_ACCOUNT_REVOKED = "USER_ACCOUNT_REVOKED"
    """The `USER_ACCOUNT_REVOKED` webhook is fired when an end user has revoked access to their account on the Data Provider's portal. This webhook is currently sent only for PNC Items, but may be sent in the future for other financial institutions that allow account-level permissions revocation through their portals. Upon receiving this webhook, it is recommended to delete any Plaid-derived data you have stored that is associated with the revoked account."""

class IncomeWebhookCode(CodeEnum):
    """INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is INCOME.

    Wire field: webhook.webhook_code."""

    PRODUCT_READY = "PRODUCT_READY"
    """Fired once Plaid calculates income from an Item."""
    INCOME_VERIFICATION = "INCOME_VERIFICATION"
    """Fired when the status of an income verification instance has changed. This webhook is fired for both the Document and Payroll Income flows, but not the Bank Income flow. It will typically take several minutes for this webhook to fire after the end user has uploaded their documents in the Document Income flow."""
    INCOME_VERIFICATION_RISK_SIGNALS = "INCOME_VERIFICATION_RISK_SIGNALS"
    """Fired when risk signals have been processed for documents uploaded via Document Income. It will typically take a minute or two for this webhook to fire after the end user has uploaded their documents in the Document Income flow. Once this webhook has fired, `/credit/payroll_income/risk_signals/get` may then be called to determine whether the documents were successfully processed and to retrieve risk data."""
    BANK_INCOME_COMPLETE = "BANK_INCOME_COMPLETE"
    """Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get` in CRA enabled client."""
    INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED = "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED"
    """Fired when the attempt to refresh Payroll Income data for a user via `/credit/payroll_income/refresh` failed because the user must re-connect their payroll account."""
    BANK_INCOME_REFRESH_UPDATE = "BANK_INCOME_REFRESH_UPDATE"
    """Fired when a change to the user's income is detected. The `/credit/bank_income/refresh` endpoint that previously served this refresh is deprecated; to get updated income data, send the user through Link's update mode so they can confirm their income sources, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To receive this webhook, subscribe in the [Dashboard](https://dashboard.plaid.com/developers/webhooks)."""
    BANK_INCOME_REFRESH_COMPLETE = "BANK_INCOME_REFRESH_COMPLETE"
    """Fired when a refreshed bank income report has finished generating or failed to generate. The `/credit/bank_income/refresh` endpoint that previously triggered this webhook is deprecated; to refresh Bank Income data, send the user through Link's update mode, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To get this webhook, subscribe via the [Dashboard](https://dashboard.plaid.com/developers/webhooks)."""

class BankTransfersWebhookCode(CodeEnum):
    """BANK_TRANSFERS webhook code: The webhook_code of a Plaid webhook whose webhook_type is BANK_TRANSFERS.

    Wire field: webhook.webhook_code."""

    BANK_TRANSFERS_EVENTS_UPDATE = "BANK_TRANSFERS_EVENTS_UPDATE"
    """Fired when new bank transfer events are available. Receiving this webhook indicates you should fetch the new events from `/bank_transfer/event/sync`."""

class TransferWebhookCode(CodeEnum):
    """TRANSFER webhook code: The webhook_code of a Plaid webhook whose webhook_type is TRANSFER.

    Wire field: webhook.webhook_code."""

    TRANSFER_EVENTS_UPDATE = "TRANSFER_EVENTS_UPDATE"
    """Fired when new transfer events are available. Receiving this webhook indicates you should fetch the new events from `/transfer/event/sync`. If multiple transfer events occur within a single minute, only one webhook will be fired, so a single webhook instance may correspond to multiple transfer events."""
    RECURRING_NEW_TRANSFER = "RECURRING_NEW_TRANSFER"
    """Fired when a new transfer of a recurring transfer is originated."""
    RECURRING_TRANSFER_SKIPPED = "RECURRING_TRANSFER_SKIPPED"
    """Fired when Plaid is unable to originate a new ACH transaction of the recurring transfer on the planned date."""
    RECURRING_CANCELLED = "RECURRING_CANCELLED"
    """Fired when a recurring transfer is cancelled by Plaid."""
    PLATFORM_ONBOARDING_UPDATE = "PLATFORM_ONBOARDING_UPDATE"
    """Fired when the status of an onboarding originator has been updated. Call `/transfer/originator/get` to check the latest status"""

class LayerWebhookCode(CodeEnum):
    """LAYER webhook code: The webhook_code of a Plaid webhook whose webhook_type is LAYER.

    Wire field: webhook.webhook_code."""

    LAYER_AUTHENTICATION_PASSED = "LAYER_AUTHENTICATION_PASSED"
    """Indicates that Plaid's authentication process has completed for a user and that Plaid has verified that the user owns their phone number. If you receive this webhook, you should skip your own OTP phone number verification flow for the user, even if the user does not complete the entire Link flow. If the user doesn't complete the full Link flow (as verified by your being able to successfully call `/user_account/session/get` using the `public_token` from the `onSuccess` callback) it is recommended that you implement [webhook verification](https://plaid.com/docs/api/webhooks/webhook-verification/) or another technique to avoid webhook spoofing attacks."""

class ProtectWebhookCode(CodeEnum):
    """PROTECT webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROTECT.

    Wire field: webhook.webhook_code."""

    PROTECT_USER_EVENT = "PROTECT_USER_EVENT"
    """Fired when there has been a new user event. The webhook payload contains limited information about the event. For full event details, call [`/protect/event/get`](https://plaid.com/docs/api/products/protect/#protecteventget)."""

class InvestmentsTransactionsWebhookCode(CodeEnum):
    """INVESTMENTS_TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is INVESTMENTS_TRANSACTIONS.

    Wire field: webhook.webhook_code."""

    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """Fired when new transactions have been detected on an investment account."""
    HISTORICAL_UPDATE = "HISTORICAL_UPDATE"
    """Fired after an asynchronous extraction on an investments account."""

class HoldingsWebhookCode(CodeEnum):
    """HOLDINGS webhook code: The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS.

    Wire field: webhook.webhook_code."""

    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """Fired when new or updated holdings have been detected on an investment account. The webhook typically fires in response to any newly added holdings or price changes to existing holdings, most commonly after market close."""

class PartnerWebhookCode(CodeEnum):
    """PARTNER webhook code: The webhook_code of a Plaid webhook whose webhook_type is PARTNER.

    Wire field: webhook.webhook_code."""

    END_CUSTOMER_OAUTH_STATUS_UPDATED = "END_CUSTOMER_OAUTH_STATUS_UPDATED"
    """The webhook of type `PARTNER` and code `END_CUSTOMER_OAUTH_STATUS_UPDATED` will be fired when a partner's end customer has an update on their OAuth registration status with an institution."""

class LiabilitiesWebhookCode(CodeEnum):
    """LIABILITIES webhook code: The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.

    Wire field: webhook.webhook_code."""

    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """The webhook of type `LIABILITIES` and code `DEFAULT_UPDATE` will be fired when new or updated liabilities have been detected on a liabilities item."""

class PaymentInitiationWebhookCode(CodeEnum):
    """PAYMENT_INITIATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is PAYMENT_INITIATION.

    Wire field: webhook.webhook_code."""

    PAYMENT_STATUS_UPDATE = "PAYMENT_STATUS_UPDATE"
    """Fired when the status of a payment has changed. For a full explanation of payment statuses and how to handle each, see the [Payment Status guide](https://plaid.com/docs/payment-initiation/payment-status/)."""
    CONSENT_STATUS_UPDATE = "CONSENT_STATUS_UPDATE"
    """Fired when the status of a payment consent has changed."""

class WalletWebhookCode(CodeEnum):
    """WALLET webhook code: The webhook_code of a Plaid webhook whose webhook_type is WALLET.

    Wire field: webhook.webhook_code."""

    WALLET_TRANSACTION_STATUS_UPDATE = "WALLET_TRANSACTION_STATUS_UPDATE"
    """Fired when the status of a wallet transaction has changed."""

class LinkDeliveryWebhookCode(CodeEnum):
    """LINK_DELIVERY webhook code: The webhook_code of a Plaid webhook whose webhook_type is LINK_DELIVERY.

    Wire field: webhook.webhook_code."""

    DELIVERY_STATUS = "DELIVERY_STATUS"
    """Webhook indicating that the status of the delivery of the Hosted Link session to a user"""
    LINK_CALLBACK = "LINK_CALLBACK"
    """Webhook containing metadata proxied over from Link callback e.g. `onEvent`, `onExit`, `onSuccess`."""

class StatementsWebhookCode(CodeEnum):
    """STATEMENTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.

    Wire field: webhook.webhook_code."""

    STATEMENTS_REFRESH_COMPLETE = "STATEMENTS_REFRESH_COMPLETE"
    """Fired when refreshed statements extraction is completed or failed to be completed. Triggered by calling `/statements/refresh`."""

class CashFlowUpdatesWebhookCode(CodeEnum):
    """CASH_FLOW_UPDATES webhook code: The webhook_code of a Plaid webhook whose webhook_type is CASH_FLOW_UPDATES.

    Wire field: webhook.webhook_code."""

    INSIGHTS_UPDATED = "INSIGHTS_UPDATED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire between one and four times a day with information on the status of the update. This webhook will not fire immediately upon enrollment in Cash Flow Updates. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights. At approximately the same time as the `INSIGHTS_UPDATED` webhook, any event-driven `CASH_FLOW_UPDATES` webhooks (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`) that were triggered by the update will also fire. This webhook has been replaced by the `CASH_FLOW_INSIGHTS_UPDATED` webhook for all customers who began using Plaid Check on or after December 10, 2025."""
    NSF_OVERDRAFT_DETECTED = "NSF_OVERDRAFT_DETECTED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes an NSF overdraft transaction. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    NEW_INCOME_STREAM_DETECTED = "NEW_INCOME_STREAM_DETECTED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes a new income stream. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    EXPECTED_DEPOSIT_MISSED = "EXPECTED_DEPOSIT_MISSED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects that an expected deposit was missed. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    LOW_BALANCE_DETECTED = "LOW_BALANCE_DETECTED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a balance below $100. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    LARGE_DEPOSIT_DETECTED = "LARGE_DEPOSIT_DETECTED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a deposit over $5,000. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    NEW_LOAN_PAYMENT_DETECTED = "NEW_LOAN_PAYMENT_DETECTED"
    """For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a new loan payment. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""
    CASH_FLOW_INSIGHTS_UPDATED = "CASH_FLOW_INSIGHTS_UPDATED"
    """For each item on an enabled user, this webhook will fire up to four times a day with status information. This webhook will not fire immediately upon enrollment in Cash Flow Updates. The payload may contain an `insights` array with insights that have been detected, if any (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`). Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights."""

class BaseReportWebhookCode(CodeEnum):
    """BASE_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.

    Wire field: webhook.webhook_code."""

    ERROR = "ERROR"
    """Fired when Base Report generation has failed. The resulting `error` will have an `error_type` of `BASE_REPORT_ERROR`."""

class CraIncomeWebhookCode(CodeEnum):
    """CRA_INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is CRA_INCOME.

    Wire field: webhook.webhook_code."""

    BANK_INCOME_COMPLETE = "BANK_INCOME_COMPLETE"
    """Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get`."""
    ERROR = "ERROR"
    """Fired when a bank income report has failed to generate"""

class CheckReportWebhookCode(CodeEnum):
    """CHECK_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is CHECK_REPORT.

    Wire field: webhook.webhook_code."""

    CHECK_REPORT_READY = "CHECK_REPORT_READY"
    """Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours."""
    CHECK_REPORT_FAILED = "CHECK_REPORT_FAILED"
    """Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report."""
    UPGRADE_FAILED = "UPGRADE_FAILED"
    """Fired when a Check Report upgrade attempt has failed"""
    USER_CHECK_REPORT_READY = "USER_CHECK_REPORT_READY"
    """Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours."""
    USER_CHECK_REPORT_FAILED = "USER_CHECK_REPORT_FAILED"
    """Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report."""

class CraInsightsWebhookCode(CodeEnum):
    """CRA_INSIGHTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is CRA_INSIGHTS.

    Wire field: webhook.webhook_code."""

    PARTNER_INSIGHTS_COMPLETE = "PARTNER_INSIGHTS_COMPLETE"
    """Fired when a partner insights report has finished generating and results are available"""
    PARTNER_INSIGHTS_ERROR = "PARTNER_INSIGHTS_ERROR"
    """Fired when a partner insights report has failed to generate"""

class LinkWebhookCode(CodeEnum):
    """LINK webhook code: The webhook_code of a Plaid webhook whose webhook_type is LINK.

    Wire field: webhook.webhook_code."""

    EVENTS = "EVENTS"
    """This webhook contains a summary of the events from a Link session and will be fired after the user finishes going through Link. If the user abandons the Link flow (i.e., closes the hosted link webpage or leaves Link open for too long without taking any action), the webhook will be fired 5-15 minutes after the last user interaction. A single Link session may occasionally generate multiple `EVENTS` webhooks. If this occurs, the new webhook will contain all previous events for the session, as well as new events that occurred since the previous `EVENTS` webhook was sent. If this occurs, events can be grouped using the `link_session_id` field and, if necessary, de-duplicated using the `event_id` field."""
    ITEM_ADD_RESULT = "ITEM_ADD_RESULT"
    """Fired when a user successfully adds a Plaid Item during a Link session when using Hosted Link or Multi-Item Link sessions. Contains the public token for the Item."""
    SESSION_FINISHED = "SESSION_FINISHED"
    """Contains the state of a completed Link session, along with the public token(s) if available."""

class DashboardConfiguredAlertWebhookCode(CodeEnum):
    """DASHBOARD_CONFIGURED_ALERT webhook code: The webhook_code of a Plaid webhook whose webhook_type is DASHBOARD_CONFIGURED_ALERT.

    Wire field: webhook.webhook_code."""

    INSTITUTION_STATUS_ALERT_TRIGGERED = "INSTITUTION_STATUS_ALERT_TRIGGERED"
    """Fired when institution status meets the conditions configured in the developer dashboard."""

class AssetsWebhookCode(CodeEnum):
    """ASSETS webhook code: The webhook_code of a Plaid webhook whose webhook_type is ASSETS.

    Wire field: webhook.webhook_code."""

    PRODUCT_READY = "PRODUCT_READY"
    """Fired when the Asset Report has been generated and `/asset_report/get` is ready to be called.  If you attempt to retrieve an Asset Report before this webhook has fired, you'll receive a response with the HTTP status code 400 and a Plaid error code of `PRODUCT_NOT_READY`."""
    ERROR = "ERROR"
    """Fired when Asset Report generation has failed. The resulting `error` will have an `error_type` of `ASSET_REPORT_ERROR`."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
