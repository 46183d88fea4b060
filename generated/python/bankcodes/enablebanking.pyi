# generated from spec/catalog.json — do not edit (run `make generate`)
"""Enable Banking (https://enablebanking.com/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = ["CODE_SETS", "ErrorCode", "PaymentStatus", "ResponseStatus", "SessionStatus"]

class ErrorCode(CodeEnum):
    """API error code: The text error code of a failed Enable Banking API request (ErrorCode, "Text error code" in the ErrorResponse body), with the description the spec's x-enum-descriptions gives it. The spec lists the codes in one order and their descriptions in a mapping keyed by code name, in another: each description here is the one its code's name keys. The spec pairs no code with an HTTP status: every operation lists the same error responses (400, 401, 403, 404, 408, 422, 429, 500). The categories are bankcodes' reading of the texts.

    Wire field: error (ErrorResponse)."""

    ACCESS_DENIED = "ACCESS_DENIED"
    """Access to this resource is denied. Check services available for your application."""
    ACCOUNT_DOES_NOT_EXIST = "ACCOUNT_DOES_NOT_EXIST"
    """No account found matching provided id"""
    ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
    """Session is already authorized"""
    ASPSP_ACCOUNT_NOT_ACCESSIBLE = "ASPSP_ACCOUNT_NOT_ACCESSIBLE"
    """The PSU does not have access to the requested account or it doesn't exist"""
    ASPSP_ERROR = "ASPSP_ERROR"
    """Error interacting with ASPSP"""
    ASPSP_TIMEOUT = "ASPSP_TIMEOUT"
    """Timeout interacting with ASPSP"""
    ASPSP_RATE_LIMIT_EXCEEDED = "ASPSP_RATE_LIMIT_EXCEEDED"
    """ASPSP Rate limit exceeded"""
    AUTHORIZATION_NOT_PROVIDED = "AUTHORIZATION_NOT_PROVIDED"
    """Authorization header is not provided"""
    CLOSED_SESSION = "CLOSED_SESSION"
    """Session is closed"""
    DATE_TO_WITHOUT_DATE_FROM = "DATE_TO_WITHOUT_DATE_FROM"
    """date_from must be provided if date_to provided"""
    DATE_FROM_IN_FUTURE = "DATE_FROM_IN_FUTURE"
    """date_from can not be in the future"""
    EXPIRED_AUTHORIZATION_CODE = "EXPIRED_AUTHORIZATION_CODE"
    """Authorization code is expired"""
    EXPIRED_SESSION = "EXPIRED_SESSION"
    """Session is expired"""
    INVALID_ACCOUNT_ID = "INVALID_ACCOUNT_ID"
    """Either iban or other account identification is required"""
    INVALID_HOST = "INVALID_HOST"
    """Invalid host"""
    UNAUTHORIZED_IP = "UNAUTHORIZED_IP"
    """Used IP address is not authorized to access the resource"""
    NO_ACCOUNTS_ADDED = "NO_ACCOUNTS_ADDED"
    """No allowed accounts added to the application"""
    PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND"
    """Payment not found"""
    PSU_HEADER_NOT_PROVIDED = "PSU_HEADER_NOT_PROVIDED"
    """Required PSU header not provided"""
    REDIRECT_URI_NOT_ALLOWED = "REDIRECT_URI_NOT_ALLOWED"
    """Redirect URI not allowed"""
    REVOKED_SESSION = "REVOKED_SESSION"
    """Session is revoked"""
    SESSION_DOES_NOT_EXIST = "SESSION_DOES_NOT_EXIST"
    """No session found matching provided id"""
    UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"
    """Unauthorized access"""
    UNTRUSTED_PAYMENT_PARTY = "UNTRUSTED_PAYMENT_PARTY"
    """Either creditor or debtor account is not trusted"""
    WEBHOOK_URI_NOT_ALLOWED = "WEBHOOK_URI_NOT_ALLOWED"
    """Webhook URI not allowed"""
    WRONG_ASPSP_PROVIDED = "WRONG_ASPSP_PROVIDED"
    """Wrong ASPSP name provided"""
    WRONG_AUTHORIZATION_CODE = "WRONG_AUTHORIZATION_CODE"
    """Wrong authorization code provided"""
    WRONG_DATE_INTERVAL = "WRONG_DATE_INTERVAL"
    """date_from should be less than or equal date_to"""
    WRONG_CREDENTIALS_PROVIDED = "WRONG_CREDENTIALS_PROVIDED"
    """Wrong credentials provided"""
    WRONG_REQUEST_PARAMETERS = "WRONG_REQUEST_PARAMETERS"
    """Wrong request parameters provided"""
    WRONG_SESSION_STATUS = "WRONG_SESSION_STATUS"
    """Wrong session status"""
    WRONG_TRANSACTIONS_PERIOD = "WRONG_TRANSACTIONS_PERIOD"
    """Wrong transactions period requested"""
    WRONG_CONTINUATION_KEY = "WRONG_CONTINUATION_KEY"
    """Wrong continuation key provided"""
    TRANSACTION_DOES_NOT_EXIST = "TRANSACTION_DOES_NOT_EXIST"
    """No transaction found matching provided id"""
    PAYMENT_LIMIT_EXCEEDED = "PAYMENT_LIMIT_EXCEEDED"
    """The amount value or the the number of transactions exceeds the limit"""
    ASPSP_PAYMENT_NOT_ACCESSIBLE = "ASPSP_PAYMENT_NOT_ACCESSIBLE"
    """Payment can not be requested from the ASPSP"""
    INVALID_PAYMENT = "INVALID_PAYMENT"
    """Invalid or expired payment provided"""

class SessionStatus(CodeEnum):
    """Session status: The status of an Enable Banking session (SessionStatus, the status of GET /sessions/{session_id}). The spec's x-enum-descriptions repeats each status's name as its description, so the descriptions here are bankcodes' words, read from the names and the spec's texts on sessions; the categories and states are bankcodes' reading.

    Wire field: status (GET /sessions/{session_id})."""

    INVALID = "INVALID"
    """The session is invalid."""
    PENDING_AUTHORIZATION = "PENDING_AUTHORIZATION"
    """The session waits for the end user's authorisation."""
    RETURNED_FROM_BANK = "RETURNED_FROM_BANK"
    """The end user came back from the bank; the session is not authorised yet."""
    AUTHORIZED = "AUTHORIZED"
    """The session is authorised: its accounts can be read."""
    EXPIRED = "EXPIRED"
    """The session has expired."""
    CLOSED = "CLOSED"
    """The session was closed."""
    REVOKED = "REVOKED"
    """The session was revoked."""
    CANCELLED = "CANCELLED"
    """The session's authorisation was cancelled."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment initiated through Enable Banking (PaymentStatus, in the answers of POST /payments and GET /payments/{payment_id}), ISO 20022's codes with the descriptions the spec's x-enum-descriptions gives them, paired by code name. The categories are bankcodes' reading.

    Wire field: status (POST /payments, GET /payments/{payment_id})."""

    ACCC = "ACCC"
    """AcceptedCreditSettlementCompleted. Settlement on the creditor's account has been completed."""
    ACCP = "ACCP"
    """AcceptedCustomerProfile. Preceding check of technical validation was successful. Customer profile check was also successful."""
    ACSC = "ACSC"
    """AcceptedSettlementCompleted. Settlement on the debtor's account has been completed."""
    ACSP = "ACSP"
    """AcceptedSettlementInProcess. All preceding checks such as technical validation and customer profile were successful. Dynamic risk assessment is now also successful and therefore the Payment Request has been accepted for execution."""
    ACTC = "ACTC"
    """AcceptedTechnicalValidation. Authentication and syntactical and semantical validation are successful."""
    ACWC = "ACWC"
    """AcceptedWithChange. Instruction is accepted but a change will be made, such as date or remittance not sent."""
    ACWP = "ACWP"
    """AcceptedWithoutPosting. Payment instruction included in the credit transfer is accepted without being posted to the creditor's account."""
    PART = "PART"
    """PartiallyAccepted. A number of transactions have been accepted, whereas another number of transactions have not yet achieved 'accepted' status."""
    RCVD = "RCVD"
    """Received. Payment initiation has been received by the receiving agent."""
    PDNG = "PDNG"
    """Pending. Payment request or individual transaction included in the Payment Request is pending. Further checks and status update will be performed."""
    RJCT = "RJCT"
    """Rejected. Payment request  has been rejected."""
    ACPT = "ACPT"
    """Accepted. Request is accepted."""
    ACCR = "ACCR"
    """AcceptedCancellationRequest. Cancellation is accepted."""
    RJCR = "RJCR"
    """RejectedCancellationRequest. Cancellation request is rejected."""
    PACR = "PACR"
    """PartiallyAcceptedCancellationRequest. Cancellation is partially accepted."""
    PDCR = "PDCR"
    """PendingCancellationRequest. Cancellation request is pending."""
    CNCL = "CNCL"
    """PaymentCancelled. Payment is cancelled."""
    NULL = "NULL"
    """NoCancellationProcess. There is no cancellation process ongoing."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a failed Enable Banking API request, repeated in the ErrorResponse body's code ("Error code, identical to the http response code"), with the description every operation of the spec gives its response. Its text error code (error) says more and decides; the categories are bankcodes' reading.

    Wire field: code (ErrorResponse), the HTTP status."""

    BAD_REQUEST = 400
    """Bad Request"""
    UNAUTHORIZED = 401
    """Unauthorized"""
    FORBIDDEN = 403
    """Forbidden"""
    NOT_FOUND = 404
    """Not Found"""
    REQUEST_TIMEOUT = 408
    """Request Timeout"""
    UNPROCESSABLE_ENTITY = 422
    """Unprocessable Entity"""
    TOO_MANY_REQUESTS = 429
    """Too Many Requests"""
    INTERNAL_SERVER_ERROR = 500
    """Internal Server Error"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
