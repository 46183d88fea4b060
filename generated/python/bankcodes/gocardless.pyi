# generated from spec/catalog.json — do not edit (run `make generate`)
"""GoCardless Bank Account Data (https://gocardless.com/bank-account-data/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "AccountErrorType",
    "AccountStatus",
    "EndUserError",
    "ErrorSummary",
    "FieldErrorSummary",
    "RequisitionStatus",
]

class RequisitionStatus(CodeEnum):
    """Requisition status: Where a requisition (GoCardless's connection to one bank for one end user) stands, as the two-letter short code its status field carries; the long name is each code's name. GoCardless's OpenAPI document lists two more values in the enum of a requisition's status, ID and ER, which its statuses page (its requisitions table, read whole) and its PHP client's RequisitionStatus.php do not list and none of them describes: they are catalogued without a meaning.

    Wire field: status (a requisition: GET /api/v2/requisitions/{id}/)."""

    CREATED = "CR"
    """Requisition has been successfully created"""
    GIVING_CONSENT = "GC"
    """End-user is giving consent at GoCardless's consent screen"""
    UNDERGOING_AUTHENTICATION = "UA"
    """End-user is redirected to the financial institution for authentication"""
    REJECTED = "RJ"
    """Either SSN verification has failed or end-user has entered incorrect credentials"""
    SELECTING_ACCOUNTS = "SA"
    """End-user is selecting accounts"""
    GRANTING_ACCESS = "GA"
    """End-user is granting access to their account information"""
    LINKED = "LN"
    """Account has been successfully linked to requisition"""
    EXPIRED = "EX"
    """Access to accounts has expired as set in End User Agreement"""
    SUSPENDED = "SU"
    """Requisition is suspended due to numerous consecutive errors that happened while accessing its accounts."""
    ID = "ID"
    """A requisition status GoCardless lists without saying what it means."""
    ER = "ER"
    """A requisition status GoCardless lists without saying what it means."""

class AccountStatus(CodeEnum):
    """Account status: The processing status of an account linked through a requisition.

    Wire field: status (an account's metadata: GET /api/v2/accounts/{id}/)."""

    DISCOVERED = "DISCOVERED"
    """User has successfully authenticated herself, and account has been discovered"""
    ERROR = "ERROR"
    """An error was encountered when processing account"""
    EXPIRED = "EXPIRED"
    """Access to account has expired as set in End User Agreement"""
    PROCESSING = "PROCESSING"
    """Account is being processed by the institution"""
    READY = "READY"
    """Account has been successfully processed"""
    SUSPENDED = "SUSPENDED"
    """Account has been suspended (more than 10 consecutive failed attempts to access the account)"""

class EndUserError(CodeEnum):
    """End-user authentication error: Why an end user's authorisation flow ended in an error: GoCardless redirects the end user back to the requisition's redirect URL with the error appended as the error query parameter (and its text as details), beside ref.

    Wire field: error (a query parameter of the redirect URL; its text in details)."""

    UnknownError = "UnknownError"
    """Not yet defined authorisation errors from the bank."""
    SSNVerificationFailed = "SSNVerificationFailed"
    """The SSN you have provided does not match the SSN known to the bank."""
    InstitutionTechnicalError = "InstitutionTechnicalError"
    """Errors that indicate temporary issues with ASPSP handling the request, such as downtime or random server errors."""
    GoCardlessTechnicalError = "GoCardlessTechnicalError"
    """An unexpected error occurred in the GoCardless system. If this error persists, please contact support."""
    RequisitionLinkReused = "RequisitionLinkReused"
    """This link has already been used for authorization and is no longer valid."""
    UserCancelledSession = "UserCancelledSession"
    """The end user cancelled the session (the cancel (X) button), interrupting the authorisation flow and returning to the redirect URL."""

class AccountErrorType(CodeEnum):
    """Account endpoint error type: The type of an error the bank's answer caused on an account endpoint (details, balances, transactions): the error body's type, beside a summary such as "Couldn't update <balances>" and the detail. Some types count towards the account's suspension (10 consecutive failed attempts), others do not.

    Wire field: type (an API error body)."""

    UnknownRequestError = "UnknownRequestError"
    """Unknown error while requesting data"""
    RateLimitError = "RateLimitError"
    """You have hit the rate limit for requests/day for the account. Not to be confused with the API-level limit as explained here"""
    ServiceError = "ServiceError"
    """Temporary issues with the bank handling the request, such as: downtime or random server errors"""
    AccessExpiredError = "AccessExpiredError"
    """Cases where the bank's response indicates accounts need to be reconnected, e.g.: - revoked consent by the user; - expired consent"""
    AccountInactiveError = "AccountInactiveError"
    """Account has been deactivated or it no longer exists."""
    ConnectionError = "ConnectionError"
    """Couldn't connect to Institution."""
    AccountAccessForbidden = "AccountAccessForbidden"
    """Access to account is forbidden. The user might not have the necessary permissions."""
    AccountResourceUnavailable = "AccountResourceUnavailable"
    """The requested resource is unavailable for this account. Certain resources may be restricted or unsupported for specific accounts."""

class ErrorSummary(CodeEnum):
    """Error summary: The summary of a GoCardless Bank Account Data API error body ({summary, detail, status_code}, and type on account endpoint errors), where it is a fixed text: those of GoCardless's help centre and of the example error bodies of its OpenAPI document. Summaries that name the object (End User Agreement (EUA) $EUA_ID has expired, Account ID $ACC_ID not found) are not codes, nor is the empty summary of its example YouDon'tHavePermissionsForReconfirmation.

    Wire field: summary (an API error body)."""

    RATE_LIMIT_EXCEEDED = "Rate limit exceeded"
    """GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per minute (per hour for new tokens), for all the credentials of the company's users."""
    ACCOUNT_SUSPENDED = "Account suspended"
    """Due to service stability considerations, we implemented a logic that automatically suspends an account if there were 10 consecutive failed attempts to access it."""
    NOT_FOUND = "Not found."
    """Not found."""
    INVALID_TOKEN = "Invalid token"
    """Token is invalid or expired"""
    IP_ADDRESS_ACCESS_DENIED = "IP address access denied"
    """Your IP $IP_ADDRESS isn't whitelisted to perform this action"""
    COULDNT_UPDATE_ACCOUNT_BALANCES = "Couldn't update account balances"
    """The account's balances could not be read from the bank; the body's type says why."""
    COULDNT_UPDATE_ACCOUNT_DETAILS = "Couldn't update account details"
    """The account's details could not be read from the bank; the body's type says why."""
    COULDNT_UPDATE_ACCOUNT_TRANSACTIONS = "Couldn't update account transactions"
    """The account's transactions could not be read from the bank; the body's type says why."""
    END_USER_AGREEMENT_EUA_ACCESS_SCOPE_ERROR = "End User Agreement (EUA) access scope error"
    """EUA doesn't allow access to account balances. Check EUA access scope. Or create new EUA with correct access scope"""
    NO_VALID_END_USER_AGREEMENT = "No valid End User Agreement"
    """Account exists but there is no valid End User Agreement permitting you to access it"""
    INVALID_ACCOUNT_ID = "Invalid Account ID"
    """$ACCOUNT_ID is not a valid Account UUID. """
    INCORRECT_DATE_RANGE = "Incorrect date range"
    """Starting date '2025-06-23' is greater than end date '2025-06-13'. When specifying date range, starting date must precede the end date"""
    PAYMENT_REQUIRED = "Payment Required"
    """Free usage limit exceeded"""
    INVALID_ID = "Invalid ID"
    """272785d5-de45-4efb-aa1a-f8157ffa94 is not a valid UUID."""
    END_USER_AGREEMENT_NEEDS_TO_BE_ACCEPTED = "End user agreement needs to be accepted."
    """EUA '$EUA_ID' is not accepted."""
    EUA_CANNOT_BE_ACCEPTED_MORE_THAN_ONCE = "EUA cannot be accepted more than once"
    """End User Agreements cannot be accepted more than once"""
    INSUFFICIENT_PERMISSIONS = "Insufficient permissions"
    """Your company doesn't have permission to accept EUA. You'll have to use our default form for this action."""
    RECONFIRMATION_IS_NOT_ENABLED = "Reconfirmation is not enabled."
    """Reconfirmation is not enabled for agreement '$EUA_ID'."""
    RECONFIRMATION_REQUESTED_AFTER_ACCEPTANCE_PERIOD = (
        "Reconfirmation requested after acceptance period."
    )
    """For EUA '$EUA_ID' reconfirmation period was until 2025-06-27 17:27:28.982635."""
    NO_ACCOUNTS_LEFT_TO_RECONFIRM = "No accounts left to reconfirm."
    """For EUA '$EUA_ID' with access valid for 180 days there are no accounts left to reconfirm after 2025-06-27 17:27:28.982663."""
    INVALID_COUNTRY_CHOICE = "Invalid country choice."
    """GBA is not a valid choice."""
    UNKNOWN_FIELDS = "Unknown fields"
    """Unknown fields {${FIELD}} in {${LOCATION}}"""
    AUTHENTICATION_FAILED = "Authentication failed"
    """No active account found with the given credentials"""

class FieldErrorSummary(CodeEnum):
    """Field error summary: The summary of a field-level error: a request whose fields are wrong is answered field by field, each wrong field's name holding a summary and a detail (or a list of them) beside status_code, as GoCardless's OpenAPI document shows in its example bodies. Its fixed summaries are the codes; those that name an object (Unknown Institution ID $INSTITUTION_ID, Unknown value '$SCOPE' in access_scope, Incorrect Institution ID $INSTITUTION_ID, Agreement $AGREEMENT_ID is already associated, ID $AGREEMENT_ID not found) are not, nor are the bare sentences a field may hold instead (This field is required.).

    Wire field: summary of each entry under a wrong field's name (<field>.summary or <field>[].summary) of a field-level error body."""

    INSTITUTION_ACCESS_SCOPE_DEPENDENCIES_ERROR = "Institution access scope dependencies error"
    """For this institution the following scopes are required together: ['balances', 'details']"""
    UNSUPPORTED_ACCESS_SCOPE_SELECTED = "Unsupported access scope selected."
    """The access scopes supported by the institution are ['transactions']. The following scopes are not supported: ['details', 'balances']"""
    FIELD_ACCESS_SCOPE_MAY_NOT_BE_AN_EMPTY_LIST = "Field 'access_scope' may not be an empty list."
    """Please choose one or several of ['balances', 'details', 'transactions']."""
    INCORRECT_MAX_HISTORICAL_DAYS = "Incorrect max_historical_days"
    """max_historical_days must be > 0 and <= N26_NTSBDEB1 transaction_total_days (90)"""
    INCORRECT_ACCESS_VALID_FOR_DAYS = "Incorrect access_valid_for_days"
    """access_valid_for_days must be > 0 and <= 180"""
    RECONFIRMATION_NOT_SUPPORTED = "Reconfirmation not supported"
    """Reconfirmation not supported for $INSTITUTION_ID"""
    RECONFIRMATION_IS_NOT_ALLOWED = "Reconfirmation is not allowed"
    """Reconfirmation is not allowed when access_valid_for_days <= 90 days."""
    INVALID_REDIRECT_URI = "Invalid redirect URI"
    """Redirect URI must have a valid URI structure"""
    REDIRECT_URL_IS_REQUIRED = "Redirect URL is required"
    """Where an end user will be redirected after finishing authentication in the Institution"""
    CLIENT_REFERENCE_MUST_BE_UNIQUE = "Client reference must be unique"
    """Client reference: $REFERENCE_ID already exists"""
    PROVIDED_USER_LANGUAGE_IS_INVALID_OR_NOT_SUPPORTED = (
        "Provided user_language is invalid or not supported"
    )
    """'$LNG_CODE' is an invalid or unsupported language"""
    INVALID_ENDUSERAGREEMENT_ID = "Invalid EndUserAgreement ID"
    """$AGREEMENT_ID is not a valid EndUserAgreement UUID.  Please specify valid agreement from /api/agreements/enduser/ or create a new one"""
    SSN_VERIFICATION_NOT_SUPPORTED = "SSN verification not supported"
    """SSN verification not supported for $INSTITUTION_ID"""
    VERIFIED_NOT_ALLOWED = "verified not allowed"
    """'ssn' contains verified"""
    ACCOUNT_SELECTION_NOT_SUPPORTED = "Account selection not supported"
    """Account selection not supported for $INSTITUTION_ID"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
