# generated from spec/catalog.json — do not edit (run `make generate`)
"""Token.io (https://token.io): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "CallbackErrorCode",
    "ExternalError",
    "HostedPagesError",
    "PaymentStatus",
    "TransferStatus",
    "WebhookConfigEventType",
    "WebhookEventType",
]

class PaymentStatus(CodeEnum):
    """Payment status (Payments v2): The status of a Payments v2 payment, in the status field of POST /v2/payments, GET /v2/payments/{paymentId} and POST /v2/payments/{paymentId}/embedded-auth, and of the payment a PAYMENT_STATUS_CHANGED webhook carries. The statuses held are those whose words were read: the first row of the considerations page's table, the statuses the Initiate a payment description tells the TPP to act on, the status it expires to after 40 minutes and INITIATION_PENDING_REDEMPTION of two-step banks.

    Wire field: status of a Payments v2 payment."""

    INITIATION_PENDING = "INITIATION_PENDING"
    """Token.io has received the payment initiation and the initiation has passed Token.io's validation. No action is required; await the next step, e.g., Token.io sends a webhook with the status update, or a polling call."""
    INITIATION_PENDING_REDIRECT_AUTH = "INITIATION_PENDING_REDIRECT_AUTH"
    """The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at the bank."""
    INITIATION_PENDING_REDIRECT_HP = "INITIATION_PENDING_REDIRECT_HP"
    """The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at Token.io's Hosted Pages."""
    INITIATION_PENDING_REDIRECT_PBL = "INITIATION_PENDING_REDIRECT_PBL"
    """The user will be taken to Token.io’s Hosted Pages, where any missing information (such as amount or reference) can be provided before proceeding with payment authentication."""
    INITIATION_PENDING_EMBEDDED_AUTH = "INITIATION_PENDING_EMBEDDED_AUTH"
    """The requested data listed in the payment's authentication payload is to be collected and provided with POST /v2/payments/{paymentId}/embedded-auth."""
    INITIATION_PENDING_DECOUPLED_AUTH = "INITIATION_PENDING_DECOUPLED_AUTH"
    """the bank has requested a decoupled authentication from the user and Token.io is awaiting the result. No further action is required."""
    INITIATION_PENDING_REDEMPTION = "INITIATION_PENDING_REDEMPTION"
    """INITIATION_PENDING_REDEMPTION is a transaction status which can be assigned to 2-step payments in Token.io's V2 Payments API."""
    INITIATION_EXPIRED = "INITIATION_EXPIRED"
    """The payment expired: the user did not authenticate at the bank in time."""

class CallbackErrorCode(CodeEnum):
    """Callback error code (gRPC status): The gRPC status code Token.io puts in the error query parameter of its callback to the TPP when a bank authorisation fails, with a message and a trace-id ("If the callback is unsuccessful, a gRPC code is displayed"); the same codes its APIs throw, whose names and meanings its Error Codes page lists. Values are the numbers as the query string carries them. Token.io's table was read through row 9: rows 10, 11, 13, 15 and 16 are gRPC's standard codes in gRPC's own words (its status.h), which Token.io says its APIs throw; 12 and 14 are in Token.io's words from its other pages.

    Wire field: error (query parameter of Token.io's error callback to the TPP's callback URL: a gRPC status code, a number)."""

    OK = "0"
    """Operation completed successfully"""
    CANCELED = "1"
    """Operation was canceled; typically, by the caller"""
    UNKNOWN = "2"
    """Unknown error; e.g., a status value was received from an unknown error space or an API call returned an error with incomplete information."""
    INVALID_ARGUMENTS = "3"
    """Client specified an incomplete argument"""
    DEADLINE_EXCEEDED = "4"
    """Deadline expired before operation could complete"""
    NOT_FOUND = "5"
    """Requested entity, such as a file or directory, was not found"""
    ALREADY_EXISTS = "6"
    """Attempt to create entity, such as a file or directory, that already exists"""
    PERMISSION_DENIED = "7"
    """Caller does not have the required permission to execute the operation specified. This error message will be accompanied by the reason from the bank. Typically means the access token has expired and the TPP needs its user to re-authenticate with the bank"""
    RESOURCE_EXHAUSTED = "8"
    """Resource, such as a per-user quota or file system, is exhausted (out of space)"""
    FAILED_PRECONDITION = "9"
    """Operation rejected because the current system state cannot support execution"""
    ABORTED = "10"
    """The operation was aborted, typically due to a concurrency issue like sequencer check failures, transaction aborts, etc."""
    OUT_OF_RANGE = "11"
    """Operation was attempted past the valid range."""
    UNIMPLEMENTED = "12"
    """A bank error: the payment or account information access operation requested is not currently supported/implemented by the bank."""
    INTERNAL = "13"
    """Internal errors.  Means some invariants expected by underlying system has been broken.  If you see one of these errors, something is very broken."""
    UNAVAILABLE = "14"
    """The bank is unavailable."""
    DATA_LOSS = "15"
    """Unrecoverable data loss or corruption."""
    UNAUTHENTICATED = "16"
    """The request does not have valid authentication credentials for the operation."""

class HostedPagesError(CodeEnum):
    """Hosted Pages callback error: The error of a Hosted Pages v1 callback that failed, beside a message and the request-id (no token-id: "if there is an error and a token isn't created, there will be no token-id").

    Wire field: error of a Hosted Pages v1 callback."""

    EXCEPTION_INITIATE_BANK_AUTH = "EXCEPTION_INITIATE_BANK_AUTH"
    """Token.io could not start the bank authorisation for the token request; its message says why."""

class WebhookEventType(CodeEnum):
    """Webhook event type (Payments v2): The eventType of a Payments v2 webhook notification: "Currently, the only eventType we offer is PAYMENT_STATUS_CHANGED, which is used for both payment creation and payment status updates."

    Wire field: eventType of a Payments v2 webhook notification."""

    PAYMENT_STATUS_CHANGED = "PAYMENT_STATUS_CHANGED"
    """A payment was created or its status changed; the notification carries the payment object (its id, memberId and bankPaymentStatus, the raw bank status)."""

class WebhookConfigEventType(CodeEnum):
    """Webhook configuration event type: The event types a webhook configuration subscribes to (its type, a list, beside its url: PUT /webhook/config), the EventType union of Token.io's JavaScript SDK; its samples subscribe to TRANSFER_STATUS_CHANGED. The developer page Working with Webhooks subscribes to STANDING_ORDER_STATUS_CHANGED beside it; its list of the available values was not read. The descriptions are bankcodes' reading of the names.

    Wire field: type of a webhook configuration (PUT /webhook/config)."""

    INVALID = "INVALID"
    """No event type: the union's first value, not one to subscribe to."""
    TRANSFER_STATUS_CHANGED = "TRANSFER_STATUS_CHANGED"
    """A transfer's status changed."""
    BULK_TRANSFER_STATUS_CHANGED = "BULK_TRANSFER_STATUS_CHANGED"
    """A bulk transfer's status changed."""
    STANDING_ORDER_STATUS_CHANGED = "STANDING_ORDER_STATUS_CHANGED"
    """Standing order setup status changes."""

class TransferStatus(CodeEnum):
    """Transfer status (Payments v1): The status of a Payments v1 transfer (a transfer token's payment initiation), as the TPP SDK's status page lists it: "Any encountered status that is not listed in the table has been deprecated." docs.token.io's Payment initiation status page (read in part) lists PENDING besides, of two-step payments. It is the status of a v1 webhook notification and the transfer-status of a Hosted Pages v1 callback.

    Wire field: status of a Payments v1 transfer; transfer-status of a Hosted Pages v1 callback."""

    INVALID_STATUS = "INVALID_STATUS"
    """The raw bank status could not be mapped to a valid status"""
    SUCCESS = "SUCCESS"
    """The final status received from the bank indicates a successful payment initiation"""
    FAILURE_GENERIC = "FAILURE_GENERIC"
    """Usually a tech failure. Possibly, a failure callback was received from the bank with no transaction status and no further information"""
    FAILURE_PERMISSION_DENIED = "FAILURE_PERMISSION_DENIED"
    """User was denied authorization at the bank. Only relevant for 2-step banks"""
    PROCESSING = "PROCESSING"
    """Transaction is in process and no final status has been received from the bank yet"""
    FAILURE_CANCELED = "FAILURE_CANCELED"
    """Usually indicates user cancelation. Mapped from ISO20022 status CANC"""
    FAILURE_EXPIRED = "FAILURE_EXPIRED"
    """No callback has been received from the bank to notify that the user completed authorization during the required timeframe of 15 minutes after transaction creation, and the transaction expired. Only relevant for 1-step banks"""
    PENDING_EXTERNAL_AUTHORIZATION = "PENDING_EXTERNAL_AUTHORIZATION"
    """Waiting for user authorization at the bank. Will transition to FAILURE_EXPIRED if the user does not authorize within 15 minutes. Only relevant for 1-step banks"""
    INITIATED = "INITIATED"
    """Status has automatically been set to INITIATED because the status has stayed in PROCESSING for 30 days and cannot be otherwise updated"""
    FAILURE_DECLINED = "FAILURE_DECLINED"
    """Usually indicates bank rejection. Mapped from ISO20022 status RJCT"""
    PENDING = "PENDING"
    """This status indicates that the user has successfully completed the authorization process with the bank and the transfer is pending redemption. This status is only relevant for two-step payment flows."""

class ExternalError(CodeEnum):
    """External error header: The value of the token-external-error header of a Token.io response with an HTTP 500: "When the bank reports a 5xx error, Token.io sets token-external-error = true as a header in the HTTP response, indicating that the \\"internal\\" error originates from the bank. When one of Token.io's internal services fails or when the bank reports a 4xx error, this header is not populated. The absence of this response header should be interpreted as token-external-error = false." The category is bankcodes' reading: a bank's own failure, tried again later.

    Wire field: the token-external-error header of a response."""

    FROM_BANK = "true"
    """The 500's error originates from the bank: the bank reported a 5xx error."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
