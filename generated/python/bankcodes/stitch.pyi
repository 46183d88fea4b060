# generated from spec/catalog.json — do not edit (run `make generate`)
"""Stitch (https://stitch.money): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "DisbursementErrorReason",
    "DisbursementPausedReason",
    "DisbursementStatus",
    "FailureReason",
    "GraphqlErrorCode",
    "PaymentConfirmationStatus",
    "PaymentInitiationStatus",
    "PaymentRequestState",
    "RefundErrorReason",
    "TokenError",
    "WebhookEventType",
]

class PaymentRequestState(CodeEnum):
    """Payment request state (PaymentInitiationRequestState): Where a Pay By Bank payment request stands: the type of its state, one of the five objects of the PaymentInitiationRequestState union, which a GraphQL client reads as state.__typename. Each is a PascalCase type name, sent as it is spelt; each text is the union page's.

    Wire field: state.__typename of a PaymentInitiationRequest (queries and the payment webhook)."""

    PaymentInitiationRequestCompleted = "PaymentInitiationRequestCompleted"
    """The payment to the beneficiary has been initiated."""
    PaymentInitiationRequestManuallyCompleted = "PaymentInitiationRequestManuallyCompleted"
    """The payment request was manually marked as completed. No payment exists for the PaymentInitiationRequest."""
    PaymentInitiationRequestCancelled = "PaymentInitiationRequestCancelled"
    """The payment has been cancelled and cannot be completed."""
    PaymentInitiationRequestExpired = "PaymentInitiationRequestExpired"
    """Payment initiation request expired before the user attempted to pay"""
    PaymentInitiationRequestPending = "PaymentInitiationRequestPending"
    """The payment has not yet been initiated, waiting for user to complete request"""

class PaymentConfirmationStatus(CodeEnum):
    """Payment confirmation status (paymentConfirmation): Whether a completed payment request's funds reached the Stitch intermediary account: the type of its paymentConfirmation (null on a payment request that is not completed, or for a client without a Stitch intermediary account). The payment.confirmation webhook is sent for PaymentReceived and PaymentUnsettled.

    Wire field: paymentConfirmation.__typename of a PaymentInitiationRequest."""

    PaymentPending = "PaymentPending"
    """The PaymentRequest has been completed, but the payment has not yet been received into the Stitch intermediary account"""
    PaymentReceived = "PaymentReceived"
    """The payment was received into the Stitch intermediary account"""
    PaymentUnsettled = "PaymentUnsettled"
    """The payment was not received into the Stitch intermediary account after 7 days"""

class DisbursementStatus(CodeEnum):
    """Disbursement status (DisbursementStatus): Where a disbursement (a payout from the client's float account) stands: the type of its status, one of the seven objects of the DisbursementStatus union (status.__typename). A DisbursementError carries its reason as a DisbursementErrorReason, a paused disbursement a DisbursementPausedReason.

    Wire field: status.__typename of a Disbursement (queries and the disbursement webhook)."""

    DisbursementPending = "DisbursementPending"
    """The disbursement has been accepted and is awaiting processing"""
    DisbursementPaused = "DisbursementPaused"
    """Disbursement has been paused and requires interaction"""
    DisbursementSubmitted = "DisbursementSubmitted"
    """The disbursement has been submitted to bank"""
    DisbursementCompleted = "DisbursementCompleted"
    """Bank has successfully processed the disbursement"""
    DisbursementError = "DisbursementError"
    """Disbursement has failed to complete"""
    DisbursementCancelled = "DisbursementCancelled"
    """Disbursement has been cancelled"""
    DisbursementReversed = "DisbursementReversed"
    """Disbursement has been reversed"""

class DisbursementErrorReason(CodeEnum):
    """Disbursement error reason (DisbursementErrorReason): Why a disbursement failed (DisbursementError.disbursementErrorReason), a GraphQL enum whose values are snake_case, sent as spelt; its description in disbursementErrorDescription. Texts are the enum page's.

    Wire field: disbursementErrorReason of a DisbursementError."""

    account_verification_failed = "account_verification_failed"
    """Disbursement was not processed due to failed account verification."""
    bank_error = "bank_error"
    """There was a problem communicating with the processing bank."""
    bank_processing_error = "bank_processing_error"
    """An internal error occurred inside the bank while trying to process the transaction."""
    insufficient_funds = "insufficient_funds"
    """The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration"""
    restricted_account = "restricted_account"
    """There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen."""
    inactive_account = "inactive_account"
    """The account is inactive. This can be remedied by reactivating it."""
    exceeded_limit = "exceeded_limit"
    """A limit was exceeded."""
    invalid_account = "invalid_account"
    """The account was not found. It may have been closed or cannot process this type of transaction."""
    beneficiary_bank_processing_error = "beneficiary_bank_processing_error"
    """The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC."""
    invalid_transaction_details = "invalid_transaction_details"
    """The details (e.g. account number or branch code) were rejected by the bank."""
    invalid_destination = "invalid_destination"
    """The provided beneficiary account is invalid (deprecated: Marked @deprecated in the enum; DisbursementReversedReason's page says of its own invalid_destination: "No longer supported".)"""
    internal_error = "internal_error"
    """An internal error (a deprecated value, its text not read). (deprecated: Marked @deprecated in the enum.)"""

class DisbursementPausedReason(CodeEnum):
    """Disbursement paused reason (DisbursementPausedReason): Why the disbursement has not been paid out yet.

    Wire field: reason of a DisbursementPaused."""

    insufficient_funds = "insufficient_funds"
    """The user does not have the necessary funds in their account to complete the request"""
    no_satisfactory_source_bank = "no_satisfactory_source_bank"
    """The user does not have any suitable source bank accounts capable of initiating a disbursement at this time"""

class RefundErrorReason(CodeEnum):
    """Refund error reason (RefundErrorReason): Why a refund failed, a GraphQL enum whose values are snake_case, sent as spelt. Its texts are the enum page's: most are the same as DisbursementErrorReason's (insufficient_funds speaks of 'the disbursement' here too).

    Wire field: reason of a failed refund (RefundErrorReason)."""

    bank_error = "bank_error"
    """There was a problem communicating with the processing bank."""
    bank_processing_error = "bank_processing_error"
    """An internal error occurred inside the bank while trying to process the transaction."""
    insufficient_funds = "insufficient_funds"
    """The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration"""
    restricted_account = "restricted_account"
    """There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen."""
    inactive_account = "inactive_account"
    """The account is inactive. This can be remedied by reactivating it."""
    exceeded_limit = "exceeded_limit"
    """A limit was exceeded."""
    invalid_account = "invalid_account"
    """The account was not found. It may have been closed or cannot process this type of transaction."""
    beneficiary_bank_processing_error = "beneficiary_bank_processing_error"
    """The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC."""
    invalid_transaction_details = "invalid_transaction_details"
    """The details (e.g. account number or branch code) were rejected by the bank."""
    payment_not_received = "payment_not_received"
    """The payment associated with the refund has not been received yet"""
    invalid_destination = "invalid_destination"
    """The provided beneficiary account is invalid (deprecated: Marked @deprecated in the enum; DisbursementReversedReason's page says of its own invalid_destination: "No longer supported".)"""
    internal_error = "internal_error"
    """An internal error (a deprecated value, its text not read). (deprecated: Marked @deprecated in the enum.)"""

class FailureReason(CodeEnum):
    """Failure reason (FailureReason): The way a request failed: Stitch's FailureReason enum ("The way a request failed."), its five values in camelCase, sent as spelt. The enum's page does not say which object's field holds it (the part of the reference read), so no payload kind reads it; lookup knows it. Texts are the enum page's.

    Wire field: a FailureReason (the object and field that hold it were not read)."""

    cancelled = "cancelled"
    """Request was cancelled by user"""
    forbidden = "forbidden"
    """The user's bank prohibited execution of the request"""
    insufficientFunds = "insufficientFunds"
    """The user does not have the necessary funds in their account to complete the request"""
    exceededAccountLimits = "exceededAccountLimits"
    """This operation failed as it exceeded a limit defined on the account"""
    bankIntegrationFailure = "bankIntegrationFailure"
    """This operation failed due to bank downtime or an unexpected error that ocurred between the integration with the user's bank and the stitch api"""

class GraphqlErrorCode(CodeEnum):
    """GraphQL error code (extensions.code): The code of an error in a Stitch API response's errors list (errors[].extensions.code). The API answers a GraphQL error with HTTP 200 ("our API will return a 200 OK HTTP status unless a network outage occurs"), and a query may partially fail: data holds what resolved, errors what did not. Only the codes of the Error Handling page's example and of the Token Lifetimes page's expired-token response were read; the Error Handling page's table of codes was not read.

    Wire field: errors[].extensions.code of a GraphQL response."""

    FORBIDDEN = "FORBIDDEN"
    """The token lacks a scope the query needs; extensions.missingScopes lists the missing scopes."""
    UNAUTHENTICATED = "UNAUTHENTICATED"
    """Queries to the Stitch API with an expired client or user token will yield the following response"""

class WebhookEventType(CodeEnum):
    """Webhook event type (filterTypes): The event types a webhook subscription filters on (filterTypes): what the events sent to its url are about. The Event Types page's table; three are marked deprecated there.

    Wire field: filterTypes of a webhook subscription."""

    payment = "payment"
    """For all products that incorporate payment requests, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This webhook will be sent on each payment request status update."""
    payment_confirmation = "payment.confirmation"
    """For all products that incorporate payment requests, and when a Stitch intermediary account is used, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This will be sent whenever funds are received for the payment request, in the intermediary account."""
    payment_consent_request = "payment-consent-request"
    """For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated consent status updates."""
    transaction = "transaction"
    """For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated transaction status updates."""
    refund = "refund"
    """For the Refunds product. This will be sent on each refund status update."""
    disbursement = "disbursement"
    """For the Disbursements product. This will be sent on each disbursement status update."""
    settlement = "settlement"
    """For the Settlements product, when a Stitch intermediary account is used for payins. This will be sent on each settlement status update."""
    direct_deposit = "direct-deposit"
    """For the Direct Deposits product, when a Stitch intermediary account is used for payins. This will be sent whenever funds are received for a direct deposit, in the intermediary account. (deprecated: Marked [Deprecated] in the Event Types table.)"""
    payment_initiation = "payment-initiation"
    """For the LinkPay product. This will be sent on each payment initiation status update. (deprecated: Marked [Deprecated] in the Event Types table.)"""
    payment_initiation_confirmation = "payment-initiation.confirmation"
    """For the LinkPay product, and when a Stitch intermediary account is used. This will be sent whenever funds are received for the payment initiation, in the intermediary account. (deprecated: Marked [Deprecated] in the Event Types table.)"""

class PaymentInitiationStatus(CodeEnum):
    """LinkPay payment initiation status (PaymentInitiationStatus): Where a LinkPay payment initiation (a payment from a linked account) stands: the type of its status, one of the five objects of the PaymentInitiationStatus union (status.__typename). Stitch's webhook event types mark LinkPay's payment-initiation events deprecated.

    Wire field: status.__typename of a PaymentInitiation (LinkPay)."""

    PaymentInitiationCompleted = "PaymentInitiationCompleted"
    """Details relating to a successful payment initiation."""
    PaymentInitiationPending = "PaymentInitiationPending"
    """Details relating to a pending payment initiation."""
    PaymentInitiationFailed = "PaymentInitiationFailed"
    """Payment initiation has failed to complete."""
    PaymentInitiationCancelled = "PaymentInitiationCancelled"
    """Details relating to a cancelled payment initiation."""
    PaymentInitiationExpired = "PaymentInitiationExpired"
    """Payment initiation expired before the user attempted to pay"""

class TokenError(CodeEnum):
    """Token API error (error): The error of a Stitch Token API response, answered with HTTP 400 and a JSON body {error}: OAuth 2.0's codes, with the reasons the Token API's Error Handling page gives. The page was read to the start of Invalid Grant's reasons; errors after it were not read. An invalid redirect_uri is answered with a body of its own, {redirect_uri: [message]}, which carries no code.

    Wire field: error of a Token API error body (client and user tokens)."""

    invalid_scope = "invalid_scope"
    """The scope parameter includes scopes not authorised for your client, misspelled scopes, or is not included in the request; or the scopes requested are not separated by a single whitespace."""
    invalid_grant = "invalid_grant"
    """The token request's grant was not accepted, for example a client token requested without the scope parameter."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
