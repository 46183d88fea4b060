# generated from spec/catalog.json — do not edit (run `make generate`)
"""Akahu (https://www.akahu.nz): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "AccountStatus",
    "OauthError",
    "PaymentStatus",
    "PaymentStatusCode",
    "ResponseStatus",
    "TransferStatus",
    "WebhookCode",
    "WebhookEventStatus",
    "WebhookType",
]

class WebhookType(CodeEnum):
    """Webhook type: What an Akahu webhook is about (webhook_type), as the SDK's WebhookType lists it with a doc comment for each; webhook_code says what happened.

    Wire field: webhook_type (every webhook body; also the type a webhook subscription is created for)."""

    TOKEN = "TOKEN"
    """An event has occurred relating to a user token."""
    ACCOUNT = "ACCOUNT"
    """An event has occurred relating to a users linked account."""
    TRANSACTION = "TRANSACTION"
    """An event has occurred relating to transactions on a users linked account."""
    TRANSFER = "TRANSFER"
    """An event has occurred relating to a transfer between a users bank accounts."""
    PAYMENT = "PAYMENT"
    """An event has occurred relating to a payment from a users linked bank account."""

class WebhookCode(CodeEnum):
    """Webhook code: What happened (webhook_code), read with the webhook's type: the SDK's payload types list the codes of each type (WEBHOOK_CANCELLED for every type; DELETE for TOKEN, ACCOUNT and TRANSACTION; UPDATE for ACCOUNT, TRANSFER and PAYMENT; RECEIVED for TRANSFER and PAYMENT). Only WEBHOOK_CANCELLED has a doc comment: the other descriptions are bankcodes' reading of the fields the SDK gives each payload. A TRANSFER or PAYMENT UPDATE's status decides before its code.

    Wire field: webhook_code (every webhook body)."""

    WEBHOOK_CANCELLED = "WEBHOOK_CANCELLED"
    """Webhook payload to indicate that the specified webhook has been cancelled. For example, if the user revokes access to your app."""
    DELETE = "DELETE"
    """Something was removed: a user token (TOKEN, item_id the token), an account (ACCOUNT, item_id the account ID) or transactions (TRANSACTION, removed_transactions their IDs)."""
    CREATE = "CREATE"
    """An account was linked (ACCOUNT; item_id is the account ID that was created)."""
    UPDATE = "UPDATE"
    """Something changed: an account's fields (ACCOUNT, updated_fields), or a transfer's or payment's status (TRANSFER, PAYMENT: status, status_text and for a payment status_code)."""
    MIGRATE = "MIGRATE"
    """An account's ID changed: previous_item_id is the old account ID, new_item_id the new one."""
    DEFAULT_UPDATE = "DEFAULT_UPDATE"
    """New transactions are available for an account (new_transactions, their count; new_transaction_ids, their IDs)."""
    INITIAL_UPDATE = "INITIAL_UPDATE"
    """New transactions are available for an account, as with DEFAULT_UPDATE; the SDK gives both codes the same payload and does not tell them apart."""
    RECEIVED = "RECEIVED"
    """A transfer or payment was received (item_id; received_at, its time)."""

class AccountStatus(CodeEnum):
    """Account status: Whether Akahu can currently sign in to an account to refresh its data (account.status): the SDK's doc comment of the field describes both values.

    Wire field: status of an account (GET /accounts)."""

    ACTIVE = "ACTIVE"
    """Akahu can sign in and refresh this account."""
    INACTIVE = "INACTIVE"
    """Akahu no longer has access to this account. This may be caused by the user revoking Akahu's access at the institution or changing their login credentials."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment (payment.status, and each timeline entry's status), as the SDK's PaymentStatus lists it. A payment also says whether the status is final (final) and may carry status_code and status_text. The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.

    Wire field: status of a payment (GET /payments); status of a PAYMENT UPDATE webhook."""

    READY = "READY"
    """The payment is ready to be sent."""
    PENDING_APPROVAL = "PENDING_APPROVAL"
    """The payment waits for an approval (approval_type says whose: BANK or USER)."""
    PAUSED = "PAUSED"
    """The payment is paused."""
    SENT = "SENT"
    """The payment was sent."""
    DECLINED = "DECLINED"
    """The payment was declined; status_code and status_text say why."""
    ERROR = "ERROR"
    """The payment failed with an error; status_code and status_text say why."""
    CANCELLED = "CANCELLED"
    """The payment was cancelled; status_code says by whom (USER_CANCELLED, APP_CANCELLED, AKAHU_CANCELLED)."""

class PaymentStatusCode(CodeEnum):
    """Payment status code: Why a payment has its status (payment.status_code, beside status_text), as the SDK's PaymentStatusCode lists it (added in the SDK on 2022-08-22). The SDK lists the codes without describing them: the description and category are bankcodes' reading of the name.

    Wire field: status_code of a payment (GET /payments) and of a PAYMENT UPDATE webhook."""

    INTERNAL_ERROR = "INTERNAL_ERROR"
    """The payment failed with an error of Akahu's own."""
    BANK_ERROR = "BANK_ERROR"
    """The payment failed with an error at the bank."""
    UNAVAILABLE = "UNAVAILABLE"
    """The payment could not be made because a service it needs is unavailable."""
    INVALID_ACCOUNT = "INVALID_ACCOUNT"
    """The payment was refused because an account it names is invalid."""
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    """The paying account does not have enough funds for the payment."""
    SINGLE_LIMIT_EXCEEDED = "SINGLE_LIMIT_EXCEEDED"
    """The payment is over the limit for a single payment."""
    DAILY_LIMIT_EXCEEDED = "DAILY_LIMIT_EXCEEDED"
    """The payment is over the daily payment limit."""
    AKAHU_LIMIT_EXCEEDED = "AKAHU_LIMIT_EXCEEDED"
    """The payment is over a payment limit Akahu sets."""
    MFA_UNSUPPORTED = "MFA_UNSUPPORTED"
    """The bank asked for a multi-factor authentication that Akahu does not support for payments."""
    MULTISIG_UNSUPPORTED = "MULTISIG_UNSUPPORTED"
    """The paying account needs several signatories, which Akahu does not support for payments."""
    AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
    """Signing in to the bank to make the payment failed."""
    MFA_FAILED = "MFA_FAILED"
    """The multi-factor authentication for the payment failed."""
    AFTER_HOURS = "AFTER_HOURS"
    """The payment was not made because it was asked for outside the hours in which it can be sent."""
    USER_CANCELLED = "USER_CANCELLED"
    """The user cancelled the payment."""
    APP_CANCELLED = "APP_CANCELLED"
    """The app cancelled the payment."""
    AKAHU_CANCELLED = "AKAHU_CANCELLED"
    """Akahu cancelled the payment."""

class TransferStatus(CodeEnum):
    """Transfer status: The status of a transfer between a user's own accounts (transfer.status, and each timeline entry's status), as the SDK's TransferStatus lists it; a transfer also says whether the status is final and may carry status_text (no status_code). The SDK also types a PAYMENT UPDATE webhook's status as TransferStatus (the same seven values). The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.

    Wire field: status of a transfer (GET /transfers); status of a TRANSFER UPDATE webhook."""

    READY = "READY"
    """The transfer is ready to be sent."""
    PENDING_APPROVAL = "PENDING_APPROVAL"
    """The transfer waits for an approval."""
    SENT = "SENT"
    """The transfer was sent."""
    DECLINED = "DECLINED"
    """The transfer was declined; status_text says why."""
    ERROR = "ERROR"
    """The transfer failed with an error; status_text says why."""
    PAUSED = "PAUSED"
    """The transfer is paused."""
    CANCELLED = "CANCELLED"
    """The transfer was cancelled."""

class WebhookEventStatus(CodeEnum):
    """Webhook event delivery status: The delivery status of a past webhook event (WebhookEvent.status, "The delivery status of this webhook event."), which GET /webhook-events requires as its status filter. The SDK does not describe the values: the descriptions are bankcodes' reading of the names; WebhookEvent.last_failed_at is "If the webhook event has at any point failed to send, the timestamp at which the last attempt was made."

    Wire field: status of a webhook event (GET /webhook-events)."""

    SENT = "SENT"
    """The webhook event was delivered."""
    FAILED = "FAILED"
    """Delivering the webhook event failed."""
    RETRY = "RETRY"
    """Delivering the webhook event failed and will be tried again."""

class OauthError(CodeEnum):
    """OAuth error: The error of an OAuth endpoint's error body ({error, error_description}), as the SDK knows the codes: its map of OAuth error codes to the texts it shows when error_description is absent. These are OAuth 2.0's codes; the SDK's list is not said to be complete. The text is the one the SDK shows for the code when the body has no error_description (AkahuErrorResponse.oAuthErrorCodeMap): the SDK's words, not a text Akahu sends.

    Wire field: error of an OAuth error body (the token exchange and the authorisation endpoints)."""

    invalid_request = "invalid_request"
    """Invalid OAuth request."""
    unauthorized_client = "unauthorized_client"
    """This application is not authorized to make this request."""
    unsupported_response_type = "unsupported_response_type"
    """Unsupported OAuth response type."""
    invalid_scope = "invalid_scope"
    """Unknown or invalid scope."""
    server_error = "server_error"
    """Unknown server error."""
    temporarily_unavailable = "temporarily_unavailable"
    """The authorization server is temporarily unavailable."""
    invalid_grant = "invalid_grant"
    """Invalid OAuth request."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of an Akahu API response, as Akahu's Response Formats page describes the common ones ("Akahu uses the standard HTTP response codes"; "Below are some common error messages returned by the Akahu API. In addition to these, each endpoint may return more specific errors which are documented in our API Reference."), and its Rate Limits page the 429. An error body carries no code, only a message: the status decides. The categories are bankcodes' reading.

    Wire field: the HTTP status of an Akahu API response."""

    BAD_REQUEST = 400
    """This response indicates that your request was invalid."""
    UNAUTHORIZED = 401
    """This response indicates that you do not have permission to view the specified resource."""
    FORBIDDEN = 403
    """This response also indicates that you do not have permission to view the specified resource."""
    NOT_FOUND = 404
    """This response indicates that the resource you have specified does not exist."""
    TOO_MANY_REQUESTS = 429
    """If your app receives a response from Akahu with a 429 status code, the request should be retried after a short delay."""
    INTERNAL_SERVER_ERROR = 500
    """This response indicates that an error occurred in Akahu's systems."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
