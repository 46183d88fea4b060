# generated from spec/catalog.json — do not edit (run `make generate`)
"""Teller (https://teller.io/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "AccountStatus",
    "ConnectFailureCode",
    "DisconnectReason",
    "ErrorCode",
    "ResponseStatus",
    "WebhookType",
]

class ErrorCode(CodeEnum):
    """API error code: The code of a failed Teller API request's error object (error.code: "The error condition."). The Errors page gives the example's bad_request and lists the Enrollment Error Codes whole: "When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected." The categories are bankcodes' reading.

    Wire field: error.code."""

    bad_request = "bad_request"
    """Missing certificate: Retry request using your Teller client certificate."""
    enrollment_disconnected = "enrollment.disconnected"
    """A generic error used for when no more information is available."""
    enrollment_disconnected_account_locked = "enrollment.disconnected.account_locked"
    """Access to the account has been restricted by the financial institution."""
    enrollment_disconnected_credentials_invalid = "enrollment.disconnected.credentials_invalid"
    """The end-user changed their authentication credentials to access the financial institution."""
    enrollment_disconnected_enrollment_inactive = "enrollment.disconnected.enrollment_inactive"
    """The enrollment has become disconnected due to inactivity."""
    enrollment_disconnected_user_action_captcha_required = (
        "enrollment.disconnected.user_action.captcha_required"
    )
    """The end-user is required to solve a CAPTCHA."""
    enrollment_disconnected_user_action_contact_information_required = (
        "enrollment.disconnected.user_action.contact_information_required"
    )
    """The end-user is required to update their contact information."""
    enrollment_disconnected_user_action_insufficient_permissions = (
        "enrollment.disconnected.user_action.insufficient_permissions"
    )
    """The end-user does not have the required permissions to perform the requested operation."""
    enrollment_disconnected_user_action_mfa_required = (
        "enrollment.disconnected.user_action.mfa_required"
    )
    """The end-user is required to complete a MFA challenge."""
    enrollment_disconnected_user_action_web_login_required = (
        "enrollment.disconnected.user_action.web_login_required"
    )
    """The end-user is required to login to the financial institution's web online-banking, e.g. to accept FI terms and conditions."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Teller API response, as the Errors page's Status Codes list ("a list of status codes currently in use by the Teller API", read whole; a later copy of the page adds 429) describes it. The categories are bankcodes' reading.

    Wire field: the HTTP status of an API response."""

    OK = 200
    """A successful request."""
    BAD_REQUEST = 400
    """The request was unacceptable. Used when a request that requires a client certificate is made without one."""
    UNAUTHORIZED = 401
    """A request was made without an access token where one was required."""
    FORBIDDEN = 403
    """A request was made with an invalid or revoked access token."""
    NOT_FOUND = 404
    """The requested resource was not found."""
    GONE = 410
    """Indicates that the resource requested is no longer available and that condition is permanent, e.g. because a financial account was closed."""
    UNPROCESSABLE_ENTITY = 422
    """A request was made with an invalid request body."""
    TOO_MANY_REQUESTS = 429
    """Indicates that the application has exceeded its rate limit by sending too many requests in a given time period and that this request was denied."""
    BAD_GATEWAY = 502
    """A 500 level response was received when making a request to a financial institution where a graceful fallback is not possible, e.g. a payment instruction."""

class WebhookType(CodeEnum):
    """Webhook type: The type of a Teller webhook (type), "The type of the event". The list of types was read to its second entry; transactions.processed's description is cut there and webhook.test is named in the payload field's description, so their descriptions are bankcodes' words.

    Wire field: type (webhook)."""

    enrollment_disconnected = "enrollment.disconnected"
    """Sent when the enrollment disconnected"""
    transactions_processed = "transactions.processed"
    """Transactions were processed for an enrollment."""
    webhook_test = "webhook.test"
    """A test webhook; its payload is an empty object."""

class DisconnectReason(CodeEnum):
    """Disconnect reason: Why an enrollment disconnected (payload.reason of an enrollment.disconnected webhook). Only the example's reason was read: the list of reasons was not.

    Wire field: payload.reason (enrollment.disconnected)."""

    disconnected_account_locked = "disconnected.account_locked"
    """an enrollment has entered a disconnected state because the financial institution has completely locked the account"""

class AccountStatus(CodeEnum):
    """Account status: The status of a Teller account, as TellerKit's Teller.Account.Status lists it (its public interface read in the Account type). The descriptions are bankcodes' words; the categories bankcodes' reading.

    Wire field: status (Account)."""

    open = "open"
    """The account is open."""
    closed = "closed"
    """The account is closed."""

class ConnectFailureCode(CodeEnum):
    """Teller Connect failure code: The code of the failure Teller Connect passes to onFailure (TellerConnectFailure.code, beside its type, payee or payment, and a message), as teller-connect-react 0.2.3 types it. The descriptions are bankcodes' words; the categories bankcodes' reading.

    Wire field: failure.code (onFailure)."""

    timeout = "timeout"
    """The payee or payment flow timed out."""
    error = "error"
    """The payee or payment flow failed."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
