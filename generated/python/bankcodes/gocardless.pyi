# generated from spec/catalog.json — do not edit (run `make generate`)
"""GoCardless Bank Account Data (https://gocardless.com/bank-account-data/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "AccountErrorType",
    "AccountStatus",
    "EndUserError",
    "ErrorSummary",
    "RequisitionStatus",
]

class RequisitionStatus(CodeEnum):
    """Requisition status: Where a requisition (GoCardless's connection to one bank for one end user) stands, as the two-letter short code its status field carries; the long name is each code's name. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) lists two more values, ID and ER, in the enum of a requisition's status; GoCardless's statuses page (its requisitions table, read whole) and its PHP client's RequisitionStatus.php do not, and no GoCardless text for them was read: they are not catalogued.

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

class ErrorSummary(CodeEnum):
    """Error summary: The summary of a GoCardless Bank Account Data API error body ({summary, detail, status_code}, and type on account endpoint errors), where it is a fixed text; many summaries name the object (an ID, an agreement) and are not codes. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) shows further fixed summaries in its example error bodies, such as Invalid token, Not found., IP address access denied and Incorrect date range; they are not catalogued, for GoCardless's own pages read do not show them (its help centre's Account suspension article, read whole, and its API rate limits and Account Endpoint Errors articles, read in part).

    Wire field: summary (an API error body)."""

    RATE_LIMIT_EXCEEDED = "Rate limit exceeded"
    """GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per minute (per hour for new tokens), for all the credentials of the company's users."""
    ACCOUNT_SUSPENDED = "Account suspended"
    """Due to service stability considerations, we implemented a logic that automatically suspends an account if there were 10 consecutive failed attempts to access it."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
