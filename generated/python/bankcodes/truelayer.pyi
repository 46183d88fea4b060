# generated from spec/catalog.json — do not edit (run `make generate`)
"""TrueLayer (https://truelayer.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "DataApiError",
    "DataApiV3Error",
    "FailureReason",
    "FailureStage",
    "MandateStatus",
    "PaymentStatus",
    "PaymentsError",
    "PayoutFailureReason",
    "PayoutStatus",
    "RefundStatus",
    "SdkFailureReason",
    "SdkMandateStatus",
    "SdkPaymentStatus",
    "SdkProcessorStep",
    "WebhookType",
]

class DataApiError(CodeEnum):
    """Data API error code: The error code of a Data API (v1) error response, {"error": code, "error_description": text}, with the HTTP status TrueLayer's error table gives it. The copies of the table read here are cut: every row after provider_too_many_requests (429) is missing, the advice of unauthorized_client and provider_too_many_requests is cut short, and the current page's copy stops inside the unauthorized_client row.

    Wire field: error (Data API v1 error body)."""

    validation_error = "validation_error"
    """The supplied parameters are not valid."""
    invalid_date_range = "invalid_date_range"
    """Invalid date range provided."""
    deprecated_provider = "deprecated_provider"
    """The provider has been deprecated."""
    invalid_grant = "invalid_grant"
    """The provided authorisation grant or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."""
    invalid_client = "invalid_client"
    """The client_id or client_secret are invalid."""
    invalid_authorization_code = "invalid_authorization_code"
    """Your authorization code is incorrect, has expired (if you have used the code more than 5 minutes after you generated it), or you have reused it."""
    unauthorized = "unauthorized"
    """The credentials or token are no longer valid"""
    unauthorized_client = "unauthorized_client"
    """The auth link, client_id or redirect_uri used is not the right one for the environment."""
    invalid_token = "invalid_token"
    """The access token is no longer valid."""
    access_denied = "access_denied"
    """Access to a specific resource has been denied."""
    invalid_credentials_key = "invalid_credentials_key"
    """The provided credentials encryption key is invalid."""
    sca_exceeded = "sca_exceeded"
    """SCA exemption has expired. This resource is protected and should be accessed shortly after PSU Authentication. In order to access this resource, please have the PSU re-authenticate."""
    account_not_found = "account_not_found"
    """The requested account cannot be found."""
    provider_too_many_requests = "provider_too_many_requests"
    """Provider rate limit exceeded."""

class DataApiV3Error(CodeEnum):
    """Data API v3 error type: The title of a Data API v3 error response (problem details, application/problem+json), which with its type identifies the error, with the HTTP status TrueLayer's table gives it.

    Wire field: title (Data API v3 problem details)."""

    Unauthenticated = "Unauthenticated"
    """The token is missing, malformed, or expired."""
    InvalidParameters = "Invalid Parameters"
    """A request body field, query parameter or header was not valid."""
    Forbidden = "Forbidden"
    """The token may not be used for the request, or the user's access is no longer valid."""
    InvalidState = "Invalid State"
    """The data connection is no longer authorized, so no data can be retrieved through it."""
    NotFound = "Not Found"
    """The connection or a resource the request names was not found."""
    RateLimitExceeded = "Rate Limit Exceeded"
    """Too many requests were sent."""
    FeatureNotSupported = "Feature Not Supported"
    """The provider doesn't support this endpoint or feature."""
    ProviderError = "Provider Error"
    """The provider (the bank) failed or is not available."""
    UnknownError = "Unknown Error"
    """An unexpected error."""

class PaymentsError(CodeEnum):
    """Payments API v3 error type: The title of a Payments API v3 error response (problem details, application/problem+json), with the HTTP status TrueLayer's table gives it. Its type is a link to the error's documentation (https://docs.truelayer.com/docs/error-types#invalid-parameters in TrueLayer's Java and PHP clients' test responses).

    Wire field: title (Payments API v3 problem details)."""

    Unauthenticated = "Unauthenticated"
    """The request's token or signature was not accepted."""
    Forbidden = "Forbidden"
    """The token may not be used for the request."""
    InvalidParameters = "Invalid Parameters"
    """Fields of the request body or headers were not valid."""
    InvalidState = "Invalid State"
    """The requested action is not the one the resource expects next."""
    NotFound = "Not Found"
    """The resource the request names was not found."""
    ConcurrencyConflict = "Concurrency Conflict"
    """This resource is already being used in another request."""
    IdempotencyKeyConcurrencyConflict = "Idempotency-Key Concurrency Conflict"
    """Another request with the same Idempotency-Key is in progress."""
    IdempotencyKeyReuse = "Idempotency-Key Reuse"
    """The Idempotency-Key was already used for another request."""
    RateLimitExceeded = "Rate Limit Exceeded"
    """Too many requests were sent."""
    ProviderError = "Provider Error"
    """The provider (the user's bank) failed or is not available."""
    UnknownError = "Unknown Error"
    """An unexpected error."""
    Conflict = "Conflict"
    """Another request conflicted with this one."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a Payments API v3 payment. Payments into a merchant account end settled or failed, payments into an external account executed or failed; TrueLayer draws the transitions in a diagram that the copy read does not hold, and adds that a payment to a merchant account can move from executed to failed when name- or age-based verification is enabled.

    Wire field: status (payment resource)."""

    authorization_required = "authorization_required"
    """The payment was created successfully and no further action has been taken."""
    authorizing = "authorizing"
    """The end user started the authorisation journey by interacting with the hosted payment page or your UI, but hasn't completed the journey yet."""
    authorized = "authorized"
    """The end user completed the authorisation journey and the payment was authorised. TrueLayer submitted the payment to the bank. No further action is needed from the user."""
    executed = "executed"
    """TrueLayer submitted the payment to the bank and the payment was accepted successfully. The payment is executed by the bank."""
    failed = "failed"
    """The payment failed to transition to the next status. Learn about different failure reasons."""
    settled = "settled"
    """The payment settled into your merchant account. This status only appears for closed-loop payments. These are payments into a TrueLayer merchant account."""
    attempt_failed = "attempt_failed"
    """An attempt at the payment failed while payment retries are enabled."""

class MandateStatus(CodeEnum):
    """Mandate status: The status of a Payments API v3 mandate (a consent for repeated payments).

    Wire field: status (mandate resource)."""

    authorization_required = "authorization_required"
    """The mandate has been created successfully and no further action has been taken."""
    authorizing = "authorizing"
    """The end user has started the authorization journey by interacting with the hosted payment page or the client's UI and has not completed the journey yet."""
    authorized = "authorized"
    """The end user has completed the authorization journey and the mandate has successfully completed its authorization flow."""
    revoked = "revoked"
    """The mandate was revoked after being authorized, either through by the client revoking the mandate on behalf of the user, or by the user revoking it via their bank."""
    failed = "failed"
    """The mandate could not be authorized. Either the mandate parameters were invalid, or the user did not successfully complete the consent flow."""

class PayoutStatus(CodeEnum):
    """Payout status: The status of a Payments API v3 payout from a TrueLayer merchant account; TrueLayer sends webhooks for executed and failed.

    Wire field: status (payout resource)."""

    pending = "pending"
    """The payout has been created with TrueLayer's API but it has not yet been authorised and sent to the payment scheme for execution."""
    authorized = "authorized"
    """The payout has been sent to the payment scheme for execution."""
    executed = "executed"
    """The payout has successfully been made to the beneficiary account. The payout amount has been deducted from your merchant account."""
    failed = "failed"
    """The payout failed. The payout amount has not been deducted from your merchant account."""

class RefundStatus(CodeEnum):
    """Refund status: The status of a Payments API v3 refund of a payment into a TrueLayer merchant account.

    Wire field: status (refund resource)."""

    pending = "pending"
    """The refund has been created via TrueLayer's API but has not yet been authorised and sent to the payment scheme for execution."""
    authorized = "authorized"
    """The refund has been created and sent to the payment scheme for execution."""
    executed = "executed"
    """The refund was executed. The refund amount has been deducted from your merchant account."""
    failed = "failed"
    """The refund failed. The refund amount has not been deducted from your merchant account."""

class FailureReason(CodeEnum):
    """Failure reason: Why a payment, mandate or refund failed (failure_reason). TrueLayer's pages give only example values and say implementations should expect other values; the full list here is the one TrueLayer's iOS SDK decodes from its payment page's messages (api_failure_reason). Every description is bankcodes' wording: the payment and mandate pages read name these values without describing them. A payout's failure_reason has values of its own, which TrueLayer describes (payout_failure_reason); the refund failure reasons of its payout and refund statuses page are in no copy read, so a refund's is read here.

    Wire field: failure_reason (payment_failed, mandate_failed and refund_failed webhooks; failed payments, mandates and refunds)."""

    authorization_failed = "authorization_failed"
    """The authorisation of the payment or mandate failed."""
    blocked = "blocked"
    """The payment was blocked."""
    canceled = "canceled"
    """The payment was cancelled."""
    constraint_violation = "constraint_violation"
    """The payment broke a constraint of its mandate."""
    expired = "expired"
    """The payment expired before it was completed."""
    insufficient_funds = "insufficient_funds"
    """The account the payment or refund was to be paid from did not hold enough money."""
    internal_server_error = "internal_server_error"
    """An error inside TrueLayer."""
    invalid_account_details = "invalid_account_details"
    """The creditor's or debtor's account details were not valid."""
    invalid_account_holder_name = "invalid_account_holder_name"
    """The account holder's name was not valid."""
    invalid_beneficiary_account = "invalid_beneficiary_account"
    """The beneficiary account was not valid."""
    invalid_credentials = "invalid_credentials"
    """The user's banking credentials were not accepted."""
    invalid_mandate_state = "invalid_mandate_state"
    """The mandate was not in a state that allows the payment."""
    invalid_otp = "invalid_otp"
    """A one-time passcode was not accepted."""
    invalid_remitter_account = "invalid_remitter_account"
    """The remitter's account details were not valid."""
    invalid_request = "invalid_request"
    """The request held data that is not valid."""
    invalid_sort_code = "invalid_sort_code"
    """A sort code was not valid."""
    mandate_revoked = "mandate_revoked"
    """The payment's mandate was revoked."""
    not_authorized = "not_authorized"
    """The payment was not authorised."""
    payment_limit_exceeded = "payment_limit_exceeded"
    """The user's payment limit at their bank was exceeded."""
    provider_error = "provider_error"
    """The provider (the bank) failed."""
    provider_expired = "provider_expired"
    """The token or code used with the bank expired."""
    provider_rejected = "provider_rejected"
    """The provider (the bank) rejected the payment or mandate."""
    rejected = "rejected"
    """The payment was rejected."""
    scheme_unavailable = "scheme_unavailable"
    """The payment scheme was not available."""
    unknown_error = "unknown_error"
    """The cause is not known."""
    user_canceled_at_provider = "user_canceled_at_provider"
    """The user cancelled at their bank."""
    verification_declined = "verification_declined"
    """A verification of the payer (name or age) declined the payment."""

class PayoutFailureReason(CodeEnum):
    """Payout failure reason: Why a Payments API v3 payout failed (failure_reason): TrueLayer's payout and refund statuses page lists these values, each with its meaning ("If a payout fails, the failure_reason object contains one of the following values, which explains why the payout failed"). They are not a payment's failure reasons: a payout's insufficient_funds is the merchant account's, a payment's its payer's. The copies read end inside the payout section: the page's refund failure reasons are in none of them.

    Wire field: failure_reason (payout_failed webhooks; failed payouts: GET /v3/payouts/{id})."""

    blocked = "blocked"
    """The payout was blocked due to a regulatory requirement. This may happen if the payee fails a sanctions check."""
    insufficient_funds = "insufficient_funds"
    """The merchant account did not contain enough funds to make this payout."""
    invalid_iban = "invalid_iban"
    """The IBAN that your user provided at the creation of the pay-in this closed-loop payout is for was invalid."""
    invalid_scan = "invalid_scan"
    """We could not convert the beneficiary’s sort code and account number to an IBAN."""
    returned = "returned"
    """The payout was returned by the beneficiary bank after it entered the executed status."""
    scheme_error = "scheme_error"
    """There was an issue with the selected payment provider or payment scheme."""
    server_error = "server_error"
    """TrueLayer encountered an error while processing the payment."""
    unknown = "unknown"
    """The payout failed for an unknown reason that does not belong to any of the other reasons."""
    scan_conversion = "scan_conversion"
    """We could not convert beneficiary’s sort code and account number to an IBAN. (removed: Listed by an earlier copy of the payout and refund statuses page; the later copies list invalid_scan, with the same meaning, where it stood, and scan_conversion no more. TrueLayer does not say whether a payout can still carry it.)"""

class FailureStage(CodeEnum):
    """Failure stage: The status a payment or mandate was in when it failed: TrueLayer says it can be one of authorization_required, authorizing and authorized.

    Wire field: failure_stage (payment_failed and mandate_failed webhooks; failed payments and mandates)."""

    authorization_required = "authorization_required"
    """It failed before the user started to authorise it."""
    authorizing = "authorizing"
    """It failed while the user was authorising it."""
    authorized = "authorized"
    """It failed after it was authorised."""

class WebhookType(CodeEnum):
    """Webhook type: The type of a Payments API v3 webhook (its type field).

    Wire field: type (Payments API v3 webhooks)."""

    payment_authorized = "payment_authorized"
    """The payment was authorised."""
    payment_executed = "payment_executed"
    """The payment was executed."""
    payment_failed = "payment_failed"
    """The payment failed."""
    payment_creditable = "payment_creditable"
    """The payment has been deemed ready to be credited to the end user."""
    payment_settled = "payment_settled"
    """The payment has settled."""
    payment_settlement_stalled = "payment_settlement_stalled"
    """The payment did not reach settled status after a certain amount of time."""
    external_payment_received = "external_payment_received"
    """The external payment has settled."""
    mandate_authorized = "mandate_authorized"
    """The mandate was authorised."""
    mandate_failed = "mandate_failed"
    """The mandate creation failed."""
    mandate_revoked = "mandate_revoked"
    """The mandate was revoked."""
    payment_link_payment_created = "payment_link_payment_created"
    """A payment was created through a payment link."""
    payment_link_disabled = "payment_link_disabled"
    """The payment link was disabled."""
    payout_executed = "payout_executed"
    """The payout was executed. Notification structure differs between closed-loop, open-loop or business account payouts."""
    payout_failed = "payout_failed"
    """The payout failed. Notification structure differs between closed-loop, open-loop or business account payouts."""
    refund_executed = "refund_executed"
    """The refund was executed."""
    refund_failed = "refund_failed"
    """The refund failed."""
    mandate_remitter_changed = "mandate_remitter_changed"
    """A mandate's remitter changed."""
    mandate_initial_payment_created = "mandate_initial_payment_created"
    """A mandate's initial payment was created."""

class SdkFailureReason(CodeEnum):
    """React Native SDK failure reason: Why processPayment or processMandate of TrueLayer's React Native payments SDK ended in Failure: the reason of its ProcessorResult (also the reason of a status request's StatusFailure).

    Wire field: reason (ProcessorResult of type Failure; StatusFailure.reason)."""

    NoInternet = "NoInternet"
    """There was an issue while connecting to the internet. Either the user is offline, or the request timed out."""
    UserAborted = "UserAborted"
    """The user canceled the payment or mandate."""
    CommunicationIssue = "CommunicationIssue"
    """There was an issue communicating with the server."""
    ConnectionSecurityIssue = "ConnectionSecurityIssue"
    """The token used to make the payment or mandate is not authorized to undergo such operation."""
    InvalidRedirectURI = "InvalidRedirectURI"
    """The redirect URI passed to the SDK is invalid."""
    PaymentFailed = "PaymentFailed"
    """The payment or mandate is in a failed state. Click here for more information: payments or mandates."""
    WaitAbandoned = "WaitAbandoned"
    """The user abandoned the payment on the wait screen."""
    ProcessorContextNotAvailable = "ProcessorContextNotAvailable"
    """The context provided to the SDK is invalid."""
    ProviderOffline = "ProviderOffline"
    """The pre-selected provider was offline."""
    Unknown = "Unknown"
    """The SDK encountered an unexpected behavior."""
    Blocked = "Blocked"
    """The payment has been blocked due to a regulatory requirement. This may happen if the PSU fails a sanctions check."""
    InvalidAccountDetails = "InvalidAccountDetails"
    """The payment failed because either the creditor's or debtor's account details were invalid."""
    InvalidAccountHolderName = "InvalidAccountHolderName"
    """The payment failed because the account holder's name details were invalid."""
    InvalidCredentials = "InvalidCredentials"
    """The banking credentials provided by the PSU to log into their bank were incorrect."""
    InvalidRemitterAccount = "InvalidRemitterAccount"
    """The account details of the remitter bank account provided during the payment flow were incorrect."""
    InvalidRequest = "InvalidRequest"
    """The payment failed due to invalid data in the request."""
    InvalidSortCode = "InvalidSortCode"
    """The payment failed due to an invalid sort code being provided."""
    InsufficientFunds = "InsufficientFunds"
    """The PSU did not have the required balance in their account to complete this payment."""
    PaymentLimitExceeded = "PaymentLimitExceeded"
    """The PSU's payment limit amount with their bank was breached."""
    ProviderError = "ProviderError"
    """The provider has unexpectedly failed when creating the payment."""
    ProviderExpired = "ProviderExpired"
    """The payment failed because the token or exchange code used to communicate with the bank expired."""
    ProviderRejected = "ProviderRejected"
    """The provider rejected the payment."""
    UserCanceledAtProvider = "UserCanceledAtProvider"
    """The user cancelled the payment at their bank."""
    InvalidBeneficiaryAccount = "InvalidBeneficiaryAccount"
    """The beneficiary account was not valid."""
    InvalidOtp = "InvalidOtp"
    """A one-time passcode was not accepted."""
    SchemeUnavailable = "SchemeUnavailable"
    """The payment scheme was not available."""
    VerificationDeclined = "VerificationDeclined"
    """A verification of the payer (name or age) declined the payment."""
    InvalidMandateState = "InvalidMandateState"
    """The mandate was not in a state that allows the payment."""
    ConstraintViolation = "ConstraintViolation"
    """The payment broke a constraint of its mandate."""

class SdkProcessorStep(CodeEnum):
    """React Native SDK processor step: How far processPayment or processMandate of TrueLayer's React Native payments SDK got when it ended in Success: the step of its ProcessorResult.

    Wire field: step (ProcessorResult of type Success)."""

    Wait = "Wait"
    """The SDK flow is complete, but a decoupled authorisation action is still pending with the user and/or the bank."""
    Authorized = "Authorized"
    """The user authorized the payment or mandate with the bank."""
    Executed = "Executed"
    """The bank confirmed the payment or mandate."""
    Settled = "Settled"
    """The funds have reached the destination."""
    Redirect = "Redirect"
    """The user has been redirected to the bank to authorize the payment or mandate."""

class SdkPaymentStatus(CodeEnum):
    """React Native SDK payment status: A payment's status as TrueLayer's React Native payments SDK names it (paymentStatus's result).

    Wire field: status (PaymentStatusResult of type Success)."""

    AuthorizationRequired = "AuthorizationRequired"
    """The payment requires authorisation."""
    Authorizing = "Authorizing"
    """The user is authorizing the payment."""
    Authorized = "Authorized"
    """The payment has been authorized by the bank."""
    Executed = "Executed"
    """The payment has been executed."""
    Settled = "Settled"
    """The funds have reached the destination."""
    Failed = "Failed"
    """The payment failed. This can be due to various reasons."""

class SdkMandateStatus(CodeEnum):
    """React Native SDK mandate status: A mandate's status as TrueLayer's React Native payments SDK names it (mandateStatus's result).

    Wire field: status (MandateStatusResult of type Success)."""

    AuthorizationRequired = "AuthorizationRequired"
    """The mandate requires authorisation."""
    Authorizing = "Authorizing"
    """The user is authorizing the mandate."""
    Authorized = "Authorized"
    """The user has authorized the mandate with their bank."""
    Revoked = "Revoked"
    """The mandate has been revoked and is no longer valid."""
    Failed = "Failed"
    """The mandate failed. Click here for more information."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
