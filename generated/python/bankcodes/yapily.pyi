# generated from spec/catalog.json — do not edit (run `make generate`)
"""Yapily (https://www.yapily.com/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "AuthorisationStatus",
    "BulkPaymentStatusDetail",
    "ErrorIssueCode",
    "ErrorIssueType",
    "ErrorSource",
    "PaymentIsoStatus",
    "PaymentStatus",
    "ResponseStatus",
    "ValidationError",
]

class AuthorisationStatus(CodeEnum):
    """Authorisation (consent) status: The status of a Yapily consent or authorisation request (account, payment, pre-authorisation and VRP authorisations). Yapily's file gives no text per value: the descriptions are bankcodes' wording unless a source is named. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

    Wire field: status (Consent, AccountAuthorisationResponse, PaymentAuthorisationRequestResponse, PreAuthorisationResponse, VRP authorisation responses)."""

    AWAITING_AUTHORIZATION = "AWAITING_AUTHORIZATION"
    """The authorisation request was created and awaits the user's authorisation at the institution."""
    AWAITING_FURTHER_AUTHORIZATION = "AWAITING_FURTHER_AUTHORIZATION"
    """The authorisation awaits a further authoriser (for example another account holder) before it is complete."""
    AWAITING_RE_AUTHORIZATION = "AWAITING_RE_AUTHORIZATION"
    """A re-authorisation of the consent was requested and awaits the user."""
    AUTHORIZED = "AUTHORIZED"
    """The user authorised the consent; it can be used."""
    CONSUMED = "CONSUMED"
    """The consent was used (a payment consent after its payment was made)."""
    REJECTED = "REJECTED"
    """The user or the institution rejected the authorisation."""
    REVOKED = "REVOKED"
    """The consent was revoked."""
    FAILED = "FAILED"
    """The authorisation failed."""
    EXPIRED = "EXPIRED"
    """The consent expired; it can be re-authorised."""
    UNKNOWN = "UNKNOWN"
    """This is just the enumeration's default."""
    INVALID = "INVALID"
    """The consent is invalid and cannot be used."""
    AWAITING_DECOUPLED_PRE_AUTHORIZATION = "AWAITING_DECOUPLED_PRE_AUTHORIZATION"
    """A pre-authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow)."""
    AWAITING_PRE_AUTHORIZATION = "AWAITING_PRE_AUTHORIZATION"
    """A pre-authorisation (the first step of an embedded flow) awaits the user."""
    PRE_AUTHORIZED = "PRE_AUTHORIZED"
    """The pre-authorisation is complete; the authorisation itself follows."""
    AWAITING_DECOUPLED_AUTHORIZATION = "AWAITING_DECOUPLED_AUTHORIZATION"
    """The authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow)."""
    AWAITING_SCA_METHOD = "AWAITING_SCA_METHOD"
    """The user must choose a strong customer authentication method (embedded flow)."""
    AWAITING_SCA_CODE = "AWAITING_SCA_CODE"
    """The user must enter the strong customer authentication code (embedded flow)."""

class PaymentStatus(CodeEnum):
    """Payment initiation status: The status of a payment's initiation with the institution (Yapily: the 'primary' status); settlement is reported by the ISO status. PENDING, COMPLETED and FAILED are described by Yapily's Payment Status page; the other values have no text from Yapily and their descriptions are bankcodes' wording. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

    Wire field: status (PaymentResponse, PaymentStatusDetails, BulkPaymentIndividualStatus, VrpSubmissionResponse, HostedPaymentStatusDetails)."""

    PENDING = "PENDING"
    """When the initiation request is still being processed"""
    FAILED = "FAILED"
    """When the Institution has rejected the initiation request and the payment will not be processed further"""
    DECLINED = "DECLINED"
    """The payment was declined."""
    COMPLETED = "COMPLETED"
    """When the initiation request has passed validation checks and been accepted by the Institution. Settlement is expected to happen in due course (or according the the provided schedule for a Periodic or Scheduled payment)"""
    COMPLETED_SETTLEMENT_IN_PROCESS = "COMPLETED_SETTLEMENT_IN_PROCESS"
    """The initiation was accepted and its settlement is in process."""
    EXPIRED = "EXPIRED"
    """The payment expired before it was completed."""
    UNKNOWN = "UNKNOWN"
    """The payment's status is not known."""
    ACTIVE = "ACTIVE"
    """The payment arrangement (for example a periodic payment) is active."""
    INACTIVE = "INACTIVE"
    """The payment arrangement (for example a periodic payment) is no longer active."""

class PaymentIsoStatus(CodeEnum):
    """Payment ISO 20022 status: The ISO 20022 PaymentStatusCode of a payment's processing and execution (statusDetails.isoStatus.code, beside its full name in isoStatus.name). Yapily's file gives no text per value: the descriptions are bankcodes' wording, resting on the Berlin Group's list of the same codes. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

    Wire field: statusDetails.isoStatus.code."""

    ACCC = "ACCC"
    """Settlement on the creditor's account has been completed."""
    ACCP = "ACCP"
    """Technical validation and the customer profile check succeeded."""
    ACSC = "ACSC"
    """Settlement on the debtor's account has been completed."""
    ACSP = "ACSP"
    """Every preceding check succeeded and the payment was accepted for execution."""
    ACTC = "ACTC"
    """Authentication and the syntactic and semantic validation succeeded."""
    ACWC = "ACWC"
    """The instruction is accepted, but with a change (such as its date)."""
    ACWP = "ACWP"
    """The instruction is accepted without being posted to the creditor's account."""
    RCVD = "RCVD"
    """The payment initiation was received by the receiving agent."""
    PDNG = "PDNG"
    """The payment initiation, or a transaction in it, is pending; further checks follow."""
    RJCT = "RJCT"
    """The payment initiation, or a transaction in it, was rejected."""
    CANC = "CANC"
    """The payment initiation was cancelled before execution."""
    ACFC = "ACFC"
    """Technical validation and the customer profile check succeeded and an automatic funds check was positive."""
    PATC = "PATC"
    """The payment needs several authorisations, of which some but not all have been given."""
    PART = "PART"
    """Some transactions of a bulk payment were accepted while others were not (yet)."""
    ACCO = "ACCO"
    """An ISO 20022 payment status code that Yapily's file lists without a description."""

class ErrorSource(CodeEnum):
    """Error source (who acts): Who triggered a failure and so can act to correct it, in both error envelopes (error.source). It names an actor, not an outcome: the error's HTTP status, issue codes or the institution's own error decide.

    Wire field: error.source."""

    USER = "USER"
    """The user (the PSU) triggered the failure and can act to correct it."""
    INSTITUTION = "INSTITUTION"
    """The institution (the bank) triggered the failure: a bank side error, with its own error in institutionError."""
    YAPILY = "YAPILY"
    """Yapily triggered the failure and can act to correct it."""

class ErrorIssueCode(CodeEnum):
    """Error issue code (enhanced error format): The code of an issue in the enhanced error format (error.issues[]: type, code, message; used by Hosted Pages, Data Plus, Webhooks, beneficiaries, and payload validation of VRP and bulk payments). Only the codes Yapily's published examples show: its full list of (5-digit) issue codes was not in the stored copies. message is the example's issues[].message.

    Wire field: error.issues[].code."""

    INVALID_SYNTAX = "10600"
    """The server could not understand the request due to invalid syntax"""
    AUTHORIZATION_INVALID = "10700"
    """Authorization header invalid or credentials not authenticated"""
    RESOURCE_NOT_FOUND = "10800"
    """Resource not found"""
    UNEXPECTED_SERVER_ERROR = "11000"
    """Unexpected server error"""
    TIMEOUT = "11001"
    """Timeout error"""
    THIRD_PARTY_DEPENDENCY_FAILED = "11003"
    """Failed third party dependency"""
    RESOURCE_LIMIT_REACHED = "14007"
    """Maximum number of resources that can be created has been reached"""
    SCOPE_REQUIRED = "Yapily.gateway.api.scope.required"
    """You don't have the right scope to access this resource"""
    CREDENTIALS_MISSING = "CREDENTIALS_MISSING"
    """Authentication header not present"""
    BAD_REQUEST = "BAD_REQUEST"
    """The server could not understand the request due to invalid syntax"""
    INVALID_PROPERTY_UNEXPECTED_VALUE = "INVALID_PROPERTY_UNEXPECTED_VALUE"
    """Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]"""

class ErrorIssueType(CodeEnum):
    """Error issue type: The category of an issue in the enhanced error format (error.issues[].type, "Category of the issue"): the values Yapily's published examples show, described in bankcodes' words (Yapily publishes none per value).

    Wire field: error.issues[].type."""

    BAD_REQUEST = "BAD_REQUEST"
    """The request could not be understood (its syntax)."""
    CREDENTIALS = "CREDENTIALS"
    """The request's credentials are missing or were not accepted."""
    INVALID_REQUEST = "INVALID_REQUEST"
    """The request is invalid: a wrong value, resource or scope."""
    RESOURCE = "RESOURCE"
    """A limit on a resource was reached (in the published example, the number of resources that can be created)."""
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    """An unexpected error at Yapily."""
    INVALID_PAYLOAD = "INVALID_PAYLOAD"
    """The request's payload is invalid."""

class ValidationError(CodeEnum):
    """Application validation error: The error of a field in a ValidationErrorResponse ({errors:[{fieldName, error}]}), the HTTP 400 answer of the application endpoints (/applications and their VRP configuration).

    Wire field: errors[].error (ValidationErrorResponse, HTTP 400)."""

    MANDATORY = "MANDATORY"
    """A mandatory field is missing."""
    INVALID_FORMAT = "INVALID_FORMAT"
    """A field's value has an invalid format."""

class BulkPaymentStatusDetail(CodeEnum):
    """Bulk payment individual status detail code: Why an individual payment of a bulk payment did not complete (or is held): the code of the statusDetails that Yapily adds to a payment's entry in the answer to GET /bulk-payments/{bulkPaymentId}/details when the payment has not completed successfully, beside a reason in free text. The descriptions are the Individual Payment Status page's table, verbatim. Yapily's OpenAPI file lists no values for this field (it calls it "The unique 4-digit error code identifying the specific issue" and refers to the official documentation); the published codes are a letter and three digits. Bulk payments are a beta of Yapily's, and the endpoint is offered by the institutions with the feature EXISTING_BULK_PAYMENT_DETAILS.

    Wire field: data.payments[].statusDetails.code (GET /bulk-payments/{bulkPaymentId}/details; BulkPaymentIndividualStatus)."""

    B000 = "B000"
    """Unrecognised status reason code from the institution"""
    B001 = "B001"
    """Payment rejected, no specific reason given"""
    B002 = "B002"
    """Insufficient funds in debtor account"""
    B003 = "B003"
    """Incorrect or invalid account number"""
    B004 = "B004"
    """Payment flagged as fraudulent origin"""
    B005 = "B005"
    """Duplicate payment detected"""
    B006 = "B006"
    """Rejected for regulatory or compliance reason"""
    B007 = "B007"
    """Rejected at customer’s own request"""
    B008 = "B008"
    """Amount is zero, not allowed, or too low"""
    B009 = "B009"
    """Missed bank cut-off time"""
    B010 = "B010"
    """Invalid payment format or structure"""
    B011 = "B011"
    """Technical problem at institution"""
    B012 = "B012"
    """Payment accepted, pending processing"""
    B013 = "B013"
    """Payment held by institution for further review"""
    B014 = "B014"
    """Payment held due to fraud screening"""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Yapily API response (the error body's error.code holds it too), as the OpenAPI's operations describe their responses: the descriptions are the commonest each status has there. A response whose error carries an issue code, or names its source, is decided by those first. The categories are bankcodes' reading.

    Wire field: the HTTP status of a Yapily API response (error.code)."""

    BAD_REQUEST = 400
    """Invalid request"""
    UNAUTHORIZED = 401
    """Either authentication credentials were not supplied, or they were invalid."""
    FORBIDDEN = 403
    """The consent is no longer authorised to access financial data or to make a payment."""
    NOT_FOUND = 404
    """Not Found"""
    NOT_ACCEPTABLE = 406
    """Maximum number of registered webhooks has been reached"""
    CONFLICT = 409
    """Conflict"""
    TOO_MANY_REQUESTS = 429
    """Too many requests"""
    INTERNAL_SERVER_ERROR = 500
    """An unexpected error occurred."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
