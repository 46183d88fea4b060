# generated from spec/catalog.json — do not edit (run `make generate`)
"""Lean Technologies (https://leantech.me): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum
from bankcodes._sdk import ConfigField, SdkMethodInfo

__all__ = [
    "CODE_SETS",
    "SDK_METHODS",
    "SDK_SHARED_FIELDS",
    "ApiErrorStatus",
    "CallbackMethod",
    "CallbackStatus",
    "ConsentRevocationReason",
    "ConsentStatus",
    "DataApiStatus",
    "DataRefreshStatus",
    "GranularStatusCode",
    "PaymentIntentStatus",
    "PaymentLifecycleStatus",
    "PaymentSourceStatus",
    "PaymentStatus",
    "Permission",
    "ReconciliationStatus",
    "SdkMethod",
    "SecondaryStatus",
    "UserExitIntent",
    "WebhookEventType",
]

class CallbackStatus(CodeEnum):
    """LinkSDK callback status: The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code.

    Wire field: CallbackData.status."""

    SUCCESS = "SUCCESS"
    """The flow completed."""
    ERROR = "ERROR"
    """The flow ended in error."""
    CANCELLED = "CANCELLED"
    """The customer closed the SDK before finishing."""
    REDIRECT = "REDIRECT"
    """Control handed off to an Open Finance redirect."""
    LINK_CLOSED_PROGRAMMATICALLY = "LINK_CLOSED_PROGRAMMATICALLY"
    """Host-page code closed the SDK."""

class SecondaryStatus(CodeEnum):
    """LinkSDK secondary status: The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart.

    Wire field: CallbackData.secondary_status."""

    OK = "OK"
    """Successful connection"""
    ACTIVE = "ACTIVE"
    """Successful connection"""
    ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
    """Bank confirmed payment initiation"""
    PENDING_WITH_BANK = "PENDING_WITH_BANK"
    """Payment is pending with the bank"""
    FAILED = "FAILED"
    """Generic failure"""
    UNKNOWN = "UNKNOWN"
    """Generic failure"""
    REJECTED_BY_BANK = "REJECTED_BY_BANK"
    """Bank rejected the operation"""
    MFA_ATTEMPTS_EXHAUSTED = "MFA_ATTEMPTS_EXHAUSTED"
    """User has attempted too many MFAs"""
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """User entered incorrect credentials"""
    CREDENTIALS_UPDATE_REQUIRED = "CREDENTIALS_UPDATE_REQUIRED"
    """User has updated their username / password"""
    MFA_REQUIRED = "MFA_REQUIRED"
    """User needs to enter an OTP"""
    INVALID_MFA = "INVALID_MFA"
    """User entered an incorrect OTP"""
    REQUIRES_LOGIN_MFA = "REQUIRES_LOGIN_MFA"
    """User needs to enter an OTP"""
    AWAITING_LOGIN_MFA_TOKEN = "AWAITING_LOGIN_MFA_TOKEN"
    """User needs to enter an OTP"""
    INVALID_LOGIN_MFA = "INVALID_LOGIN_MFA"
    """User needs to enter an OTP"""
    AWAITING_PAYMENT_MFA_TOKEN = "AWAITING_PAYMENT_MFA_TOKEN"
    """User needs to enter an OTP"""
    INVALID_PAYMENT_MFA = "INVALID_PAYMENT_MFA"
    """User needs to enter an OTP"""
    REQUIRES_BENEFICIARY_MFA = "REQUIRES_BENEFICIARY_MFA"
    """User needs to enter an OTP"""
    INVALID_BENEFICIARY_MFA = "INVALID_BENEFICIARY_MFA"
    """User entered an incorrect OTP"""
    REQUIRES_MFA = "REQUIRES_MFA"
    """User needs to enter an OTP"""
    AWAITING_APP_AUTH = "AWAITING_APP_AUTH"
    """User needs to confirm the transaction in a third party app"""
    PENDING_BENEFICIARY_COOL_OFF = "PENDING_BENEFICIARY_COOL_OFF"
    """User's payment source is in a cool off state"""
    AWAITING_END_USER_AUTHORIZATION = "AWAITING_END_USER_AUTHORIZATION"
    """User needs to approve the transaction"""
    REQUIRES_LOGIN_SECURITY_QUESTIONS = "REQUIRES_LOGIN_SECURITY_QUESTIONS"
    """User needs to enter security question(s)"""
    INVALID_LOGIN_SECURITY_QUESTION_ANSWER = "INVALID_LOGIN_SECURITY_QUESTION_ANSWER"
    """User entered incorrect security question answer(s)"""
    REQUIRES_BENEFICIARY_SECURITY_QUESTIONS = "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS"
    """User needs to enter security question(s)"""
    INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER = "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER"
    """User entered incorrect security question answer(s)"""
    SECURITY_QUESTION_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED"
    """User has exhausted security question answer attempts"""
    SECURITY_QUESTION_ANSWER_REQUIRED = "SECURITY_QUESTION_ANSWER_REQUIRED"
    """User needs to enter security question(s)"""
    INVALID_SECURITY_QUESTION_ANSWER = "INVALID_SECURITY_QUESTION_ANSWER"
    """User entered incorrect security question answer(s)"""
    AWAITING_PAYMENT_SECURITY_QUESTIONS = "AWAITING_PAYMENT_SECURITY_QUESTIONS"
    """User needs to enter security question(s)"""
    INVALID_PAYMENT_SECURITY_ANSWERS = "INVALID_PAYMENT_SECURITY_ANSWERS"
    """User entered incorrect security question answer(s)"""
    SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED"
    """User has exhausted security question answer attempts"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES = "PAYMENT_SOURCE_ACCOUNT_BALANCES"
    """User requested account balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_OK = "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK"
    """User recieved account balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA = "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA"
    """User prompted for OTP to view latest balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA = "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA"
    """User entered incorrect MFA to view latest balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER"
    )
    """User prompted for security questions to view balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER"
    )
    """User entered incorrect details for a security question"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED = "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED"
    """Lean was unable to update a user's account balances"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED"
    )
    """User needs to update credentials"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS"
    )
    """User entered incorrect credentials"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS"
    )
    """User exhausted security question answer attempts"""
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS"
    )
    """User exhausted OTP entry attempts"""
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """Consent has expired"""
    SUCCESS = "SUCCESS"
    """Shown as secondary_status in the legacy callback example next to method LINK. (deprecated: Seen only in the legacy React Native README example; not in any documented secondary_status list.)"""

class CallbackMethod(CodeEnum):
    """Callback method: The method field of the LinkSDK callback: the method the SDK was called with. The iOS SDK's README documents it in LeanStatus, the struct of its error responses, and the legacy React Native README in its callback; the current React Native, Flutter and web SDK sources and the Android page have no such field.

    Wire field: LeanStatus.method (iOS); CallbackData.method (legacy React Native)."""

    LINK = "LINK"
    """The callback comes from the link flow."""
    RECONNECT = "RECONNECT"
    """The callback comes from the reconnect flow."""
    CREATE_PAYMENT_SOURCE = "CREATE_PAYMENT_SOURCE"
    """The callback comes from the createPaymentSource flow."""
    PAY = "PAY"
    """The callback comes from the pay flow."""

class UserExitIntent(CodeEnum):
    """User exit intent: What the end user said about a payment when leaving the SDK early.

    Wire field: CallbackData.user_exit_intent."""

    USER_CANCELLED_PAYMENT = "USER_CANCELLED_PAYMENT"
    """The end user said they cancelled the payment."""
    USER_COMPLETED_PAYMENT = "USER_COMPLETED_PAYMENT"
    """The end user said they completed the payment; confirm it through the payment webhook."""

class Permission(CodeEnum):
    """Permission: A permission requested from the end user in the permissions config field.

    Wire field: config.permissions[]."""

    identity = "identity"
    """Access to the end user's identity data."""
    accounts = "accounts"
    """Access to the list of accounts."""
    balance = "balance"
    """Access to account balances."""
    transactions = "transactions"
    """Access to account transactions."""
    payments = "payments"
    """Permission to initiate payments."""
    identities = "identities"
    """Access to identity data (KSA)."""
    beneficiaries = "beneficiaries"
    """Access to the account's beneficiaries."""
    direct_debits = "direct_debits"
    """Access to the account's direct debits."""
    standing_orders = "standing_orders"
    """Access to the account's standing orders."""
    scheduled_payments = "scheduled_payments"
    """Access to the account's scheduled payments."""

class SdkMethod(CodeEnum):
    """LinkSDK method: A LinkSDK method; each one is a distinct user-facing flow.

    Wire field: Lean.<method>(config)."""

    connect = "connect"
    """Links a customer's bank account with Lean. Walks the user through bank selection, authentication, and consent for the permissions you request."""
    reconnect = "reconnect"
    """Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password change)."""
    pay = "pay"
    """Initiate a bank-to-bank payment."""
    checkout = "checkout"
    """One-off guest payment authorisation (Open Finance)."""
    updatePaymentSource = "updatePaymentSource"
    """Add a new beneficiary to an existing payment source."""
    verifyAddress = "verifyAddress"
    """Proof-of-address check using bank identity data."""
    authorizeConsent = "authorizeConsent"
    """Grant a long-lived Account-on-File consent (Open Finance)."""
    manageConsents = "manageConsents"
    """Customer-facing consent management screen."""
    captureRedirect = "captureRedirect"
    """Show the outcome screen after an Open Finance redirect."""
    createBeneficiary = "createBeneficiary"
    """Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name; everywhere else it's the deprecated alias. (deprecated: Deprecated except on Android; still works but will be removed in a future major release.)"""
    createPaymentSource = "createPaymentSource"
    """Alias for connect with permissions: ["payments"] forced. Retained for older integrations where the customer already has data permissions and only needs payments. New integrations should call connect directly with the desired permissions. (deprecated: Still works but will be removed in a future major release; call connect with the desired permissions.)"""
    link = "link"
    """Legacy data-only connect kept by the React Native and Flutter SDKs. (deprecated: Legacy method; new integrations use connect.)"""

class WebhookEventType(CodeEnum):
    """Webhook event type: The type field of a Lean webhook, in the form object.action.

    Wire field: webhook.type."""

    ENTITY_CREATED = "entity.created"
    """An entity (a connection to a bank) was created."""
    ENTITY_UPDATED = "entity.updated"
    """An entity changed: consent change, re-connect or revocation."""
    ENTITY_RECONNECTED = "entity.reconnected"
    """An entity was reconnected; the payload carries the reconnect_id."""
    ENTITY_DATA_REFRESH_UPDATED = "entity.data.refresh.updated"
    """The status of a data refresh for an entity changed."""
    RESULTS_READY = "results.ready"
    """The results of an asynchronous request are ready; the payload id is the results_id."""
    PAYMENT_SOURCE_CREATED = "payment_source.created"
    """This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions. (deprecated: Lean's webhook library says this event will soon be deprecated and recommends acting on payment_source.beneficiary.updated instead.)"""
    PAYMENT_SOURCE_BENEFICIARY_CREATED = "payment_source.beneficiary.created"
    """This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions. This webhook is also triggered when a destination is added to a payment source using the Link SDK UpdatePaymentSource() function which creates a new beneficiary object within the payment source."""
    PAYMENT_SOURCE_BENEFICIARY_UPDATED = "payment_source.beneficiary.updated"
    """A payment source beneficiary changed."""
    PAYMENT_INTENT_CREATED = "payment_intent.created"
    """A payment intent was created."""
    PAYMENT_CREATED = "payment.created"
    """A payment request was created with the bank; carries the initial status, which can be intermediate or terminal."""
    PAYMENT_UPDATED = "payment.updated"
    """A later status update of a payment."""
    PAYMENT_TRANSACTION = "payment.transaction"
    """A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED)."""
    PAYMENT_RECONCILIATION_UPDATED = "payment.reconciliation.updated"
    """The reconciliation status of a payment changed."""
    BANK_AVAILABILITY_UPDATED = "bank.availability.updated"
    """The availability of a bank for payments or data changed."""
    CONSENT_STATUS_UPDATED = "consent.status.updated"
    """The status of a consent changed."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment in the payment.created and payment.updated webhooks. payment.created may carry an intermediate or a terminal status. Lean's payment statuses page shows only these two in its examples, and the complete list of statuses was not read (the copy read of that page is cut inside the payment.updated example); any other status parses as an unknown code (classify it with code_set="payment_status"; without it, a value such as REJECTED_BY_BANK is answered by the LinkSDK secondary status set).

    Wire field: payment.created / payment.updated payload.status."""

    PENDING_WITH_BANK = "PENDING_WITH_BANK"
    """Payment is pending with the bank"""
    ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
    """Bank confirmed payment initiation"""

class PaymentLifecycleStatus(CodeEnum):
    """Payment lifecycle status: The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED.

    Wire field: payment.transaction payload.status."""

    CREATED = "CREATED"
    """An internal transaction record has been created, but no interaction with the bank has occurred yet."""
    PROCESSING = "PROCESSING"
    """The transaction has been submitted or is being attempted at the bank."""
    PROCESSED = "PROCESSED"
    """The final successful state."""
    FAILED = "FAILED"
    """The final unsuccessful state."""

class PaymentSourceStatus(CodeEnum):
    """Payment source status: The status of a payment source or beneficiary in the payment_source webhooks.

    Wire field: payment_source.* payload.status."""

    AWAITING_BENEFICIARY_COOL_OFF = "AWAITING_BENEFICIARY_COOL_OFF"
    """The beneficiary is in its cool-off period before it can be paid."""
    ACTIVE = "ACTIVE"
    """The payment source or beneficiary is active."""

class PaymentIntentStatus(CodeEnum):
    """Payment intent status: The status of a payment intent in the payment_intent.created webhook.

    Wire field: payment_intent.created payload.status."""

    INTENT_CREATED = "INTENT_CREATED"
    """The payment intent was created."""

class ReconciliationStatus(CodeEnum):
    """Payment reconciliation status: The status in the payment.reconciliation.updated webhook.

    Wire field: payment.reconciliation.updated payload.status."""

    RECONCILED = "RECONCILED"
    """The payment was reconciled."""

class DataRefreshStatus(CodeEnum):
    """Data refresh status: The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value.

    Wire field: entity.data.refresh.updated payload.status."""

    PENDING = "PENDING"
    """The data refresh has started and is not finished."""
    FINISHED = "FINISHED"
    """The data refresh finished."""
    OK = "OK"
    """The data refresh finished (UAE sample payload)."""

class DataApiStatus(CodeEnum):
    """Data API status: The top-level status of a Data API response.

    Wire field: Data API response.status."""

    OK = "OK"
    """The request succeeded and the data is in the response."""
    PENDING = "PENDING"
    """The data is not ready; the response carries a results_id and a results.ready webhook follows."""
    RECONNECT_REQUIRED = "RECONNECT_REQUIRED"
    """The entity must be reconnected; the response carries the reconnect_id for the reconnect flow."""
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """The consent behind the entity has expired."""
    FAILED = "FAILED"
    """The request failed; granular_status_code and status_additional_info say why."""
    UNKNOWN_ENTITY = "UNKNOWN_ENTITY"
    """The entity_id provided did not match an account in our records."""
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
    """The account_id provided does not match an account with the entity_id provided."""
    UNKNOWN_RESULTS_ID = "UNKNOWN_RESULTS_ID"
    """The results_id provided has not been recognized by Lean or has not been processed yet"""
    DATA_NOT_FOUND = "DATA_NOT_FOUND"
    """The data requested could not be found"""
    DUPLICATED_REQUEST = "DUPLICATED_REQUEST"
    """Data refresh is already pending."""

class GranularStatusCode(CodeEnum):
    """Data API granular status code: The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved.

    Wire field: Data API response.granular_status_code."""

    UNSEEN_BANK_ERROR = "UNSEEN_BANK_ERROR"
    """Your bank has reported an error, please try again later. If this error continues, please contact customer service."""
    BANK_MAINTENANCE = "BANK_MAINTENANCE"
    """Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later."""
    BANK_ISSUE = "BANK_ISSUE"
    """Your bank is currently experiencing technological problems. Please try again later."""
    LEAN_ERROR = "LEAN_ERROR"
    """We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below."""
    DISABLED_BY_LEAN = "DISABLED_BY_LEAN"
    """This functionality has been temporarily disabled for this bank. Please try again later."""
    DISABLED_BY_CLIENT = "DISABLED_BY_CLIENT"
    """This application has temporarily disabled functionality for this bank. Please try again later."""
    DUPLICATED_REQUEST = "DUPLICATED_REQUEST"
    """A request to this endpoint has already been made for the same entity and associated parameters. Please wait for the response or wait for one minute before making an"""
    EU_ACCOUNT_LOCKED = "EU_ACCOUNT_LOCKED"
    """Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect."""
    LOGGED_IN_ELSEWHERE = "LOGGED_IN_ELSEWHERE"
    """The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere."""
    UNSUPPORTED_BY_BANK = "UNSUPPORTED_BY_BANK"
    """This bank does not support verification"""
    GIVEN_INPUT_CANNOT_BE_VERIFIED = "GIVEN_INPUT_CANNOT_BE_VERIFIED"
    """Account cannot be verified in this case. Please do not retry."""

class ApiErrorStatus(CodeEnum):
    """API error status: The status of a general error response of the Lean API. The published table is longer than the part that could be retrieved.

    Wire field: API response.status."""

    CERTIFICATE_TOKEN_MISMATCH = "CERTIFICATE_TOKEN_MISMATCH"
    """The mTLS certificate used for the API call is a valid certificate issued by Lean but does not match the certificate that is assigned to the application token you have provided in the header."""
    CUSTOMER_ALREADY_EXISTS = "CUSTOMER_ALREADY_EXISTS"
    """A Lean customer object already exists for the app_user_id you have provided."""
    INCORRECT_ACCESS_LEVEL = "INCORRECT_ACCESS_LEVEL"
    """You are making a call to a service that you do not have the correct access permission levels for."""
    INSUFFICIENT_ACCESS_LEVEL = "INSUFFICIENT_ACCESS_LEVEL"
    """You are making a call to the production endpoint whereas your application only has access to the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of api.leantech.me/foo."""
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    """This one's on us. Something has gone wrong in our system and you should let us know."""
    INVALID_CERTIFICATE = "INVALID_CERTIFICATE"
    """The provided certificate is not valid."""
    INVALID_HTTP_METHOD = "INVALID_HTTP_METHOD"
    """The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a GET instead of a POST or vice versa."""
    INVALID_PARAMETERS = "INVALID_PARAMETERS"
    """One or more parameters specified in the request body were invalid. This could be an unrecognized or misspelled key or an ill formatted value. We are always trying to be more specific with which parameter was invalid so you should contact us and tell us when you see this error so we can make a specific INVALID_[PARAMETERNAME] error for it."""
    INVALID_URL = "INVALID_URL"
    """The URL specified for this request is invalid. Double check the spelling and whether you used the plural or singular of a noun."""
    MISSING_PARAMETERS = "MISSING_PARAMETERS"
    """A parameter required for this request was not specified."""
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    """Too many requests were sent in a period of time."""

class ConsentStatus(CodeEnum):
    """Consent status: The status of an Open Finance consent, reported by consent.status.updated.

    Wire field: consent.status.updated payload.status."""

    AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
    """Consent created but not yet approved by the customer. The Consent has been successfully registered with Lean but must be authorised through the LinkSDK flow. Until authorised, no payments can be initiated under this Consent."""
    AUTHORISED = "AUTHORISED"
    """Customer has completed authorisation with their bank. The Consent is now active and can be used for initiating payments within the defined limits and validity period. This is the standard active state for Account on File (AoF) consents."""
    REVOKED = "REVOKED"
    """Customer or bank has revoked the consent. No further payments may be initiated under this Consent."""
    REJECTED = "REJECTED"
    """Customer did not approve or the bank declined the Consent request. This state is returned when the authorisation flow ends unsuccessfully. You may prompt the customer to re-initiate a new Consent if appropriate."""
    EXPIRED = "EXPIRED"
    """The Consent has reached its configured expiration date. Payments can no longer be initiated under this Consent. To continue using Account-on-file payments, a new Consent must be created and authorised."""
    CONSUMED = "CONSUMED"
    """Consent limits have been reached. The Consent is automatically marked as consumed once it has reached one or more of its configured control parameter limits (e.g., cumulative amount or number of payments). A new Consent is required to continue initiating payments."""
    SUSPENDED = "SUSPENDED"
    """Temporarily unavailable due to compliance conditions. This status may occur if the Consent has been temporarily disabled by the customer’s bank."""

class ConsentRevocationReason(CodeEnum):
    """Consent revocation reason: The reason given when revoking a consent through the API.

    Wire field: revoke consent request.reason."""

    END_USER_REQUESTED = "END_USER_REQUESTED"
    """The end user has requested revocation of their consent through the Lean-provided consent management interface or via the client's customer support."""
    CONSENT_RENEWAL = "CONSENT_RENEWAL"
    """The consent is being revoked as part of a renewal flow, where a replacement consent has been authorized to supersede it."""
    KYC_VERIFICATION_FAILED = "KYC_VERIFICATION_FAILED"
    """The client's KYC or identity verification checks on the end user have failed or could not be completed."""
    REGULATORY_RESTRICTION = "REGULATORY_RESTRICTION"
    """A regulatory, compliance, or jurisdictional obligation requires the client to revoke the consent."""
    FRAUD_SUSPECTED = "FRAUD_SUSPECTED"
    """Suspicious or potentially fraudulent activity has been detected on the end user's account or transactions."""
    CLIENT_TERMINATED_RELATIONSHIP = "CLIENT_TERMINATED_RELATIONSHIP"
    """The client has ended their commercial relationship with the end user."""
    ACCOUNT_CLOSED_BY_USER = "ACCOUNT_CLOSED_BY_USER"
    """The end user has permanently closed their account with the client."""
    DUPLICATE_CONSENT = "DUPLICATE_CONSENT"
    """A duplicate or superseding consent exists for the same end user and payment source, and this consent is being retired."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
#: Config fields every method accepts.
SDK_SHARED_FIELDS: tuple[ConfigField, ...]
#: Every SDK method with its config fields (required flags, scoped overrides) and outcomes.
SDK_METHODS: dict[SdkMethod, SdkMethodInfo]
