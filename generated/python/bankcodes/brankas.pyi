# generated from spec/catalog.json — do not edit (run `make generate`)
"""Brankas (https://www.brankas.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "DirectErrorCode",
    "SdkErrorCode",
    "StatementError",
    "StatementStatus",
    "TransactionStatus",
]

class TransactionStatus(CodeEnum):
    """Direct transaction status: The status of a Direct transaction (a fund transfer the end user makes through Brankas Tap): the Status enum of Brankas' Direct Tap Android SDK, the status of the Transaction it returns after a Tap session, in the SDK's order (its catch-all UNRECOGNIZED, the SDK's own name for a value it does not know, is no status Brankas sends and is left out). The Dashboard's statuses page calls SUCCESS, ERROR, CANCELLED, DENIED and FAILED final ("Final statuses are reflected after Brankas API sends out a callback") and lists LOGIN_ERROR, INVOICE_CREATED, AWAITING_LOGIN_TFA, AWAITING_TRANSFER_TFA and IN_PROGRESS as stages of Pending; FLAGGED is "in between final and transitional status". A transaction also carries a status code (DIRDXXX…, direct_error_code) and an optional message.

    Wire field: status (a Direct transaction)."""

    PENDING = "PENDING"
    """The transaction is under way: its stage says where (the Dashboard's transitional statuses)."""
    AWAITING_TFA = "AWAITING_TFA"
    """Awaiting TFA authentication."""
    SUCCESS = "SUCCESS"
    """Successful operation."""
    ERROR = "ERROR"
    """There was an error in the transaction. The error could be on Brankas, financial institutions, or user’s connection."""
    LOGIN_ERROR = "LOGIN_ERROR"
    """Login Error."""
    INVOICE_CREATED = "INVOICE_CREATED"
    """Checkout invoice created."""
    AWAITING_LOGIN = "AWAITING_LOGIN"
    """Login in progress."""
    AWAITING_LOGIN_TFA = "AWAITING_LOGIN_TFA"
    """Awaiting login TFA Authentication."""
    AWAITING_ACCOUNT_SELECT = "AWAITING_ACCOUNT_SELECT"
    """Awaiting account selection."""
    AWAITING_TRANSFER_TFA = "AWAITING_TRANSFER_TFA"
    """Awaiting transfer TFA Authentication."""
    IN_PROGRESS = "IN_PROGRESS"
    """Transfer is in progress."""
    EXPIRED = "EXPIRED"
    """Transaction Expired."""
    FLAGGED = "FLAGGED"
    """Transaction Flagged - receiver needs to do manual verification and settlement."""
    CANCELLED = "CANCELLED"
    """Transaction Cancelled - sender cancelled the transaction."""
    DENIED = "DENIED"
    """Transaction Denied - sender denied the consent."""
    FAILED = "FAILED"
    """Transaction Failed - receiver was not able to receive the funds."""

class DirectErrorCode(CodeEnum):
    """Direct status code: The status code of a Direct transaction and of the Direct API's answers (DIRDXXX and four digits): the table of transaction codes of Brankas' Direct error codes page, in its order, read to DIRDXXX4070. The table's columns read swapped: its "Error" column says what happened ("User cancelled the transaction") and its "Description" the short error text ("Transaction cancelled"); the catalog keeps the first as each code's description and the second as its message. A code's Source endpoint is All unless it names one. The SDK's Transaction carries it as its statusCode beside its status.

    Wire field: status code (a Direct transaction, an error of the Direct API)."""

    DIRDXXX5000 = "DIRDXXX5000"
    """Generic error for unhandled errors"""
    DIRDXXX5041 = "DIRDXXX5041"
    """Merchant has updated the flagged transaction as failed"""
    DIRDXXX5045 = "DIRDXXX5045"
    """System failed to perform bank login. Error could be due to invalid user credentials or integration. The integrations doesnt support such error codes."""
    DIRDXXX4080 = "DIRDXXX4080"
    """User transaction exceeded the expiry"""
    DIRDXXX4081 = "DIRDXXX4081"
    """User cancelled the transaction"""
    DIRDXXX4082 = "DIRDXXX4082"
    """User denied consent"""
    DIRDXXX4083 = "DIRDXXX4083"
    """User exceeded the in-app TFA timeout"""
    DIRDXXX4084 = "DIRDXXX4084"
    """User exceeded the QR code timeout"""
    DIRDXXX4087 = "DIRDXXX4087"
    """User has a concurrent login or did not terminate previous transaction"""
    DIRDXXX2000 = "DIRDXXX2000"
    """Successful transaction"""
    DIRDXXX2003 = "DIRDXXX2003"
    """Flagged transaction - neither success or failed, needs manual verification"""
    DIRDXXX5002 = "DIRDXXX5002"
    """System could not locate the metadata of the request"""
    DIRDXXX5003 = "DIRDXXX5003"
    """System could not read the org_id of the request"""
    DIRDXXX5043 = "DIRDXXX5043"
    """System failed to verify request parameters"""
    DIRDXXX4069 = "DIRDXXX4069"
    """Merchant has entered an invalid date format in start_date field"""
    DIRDXXX4070 = "DIRDXXX4070"
    """Merchant has entered an invalid date format in end_date field"""

class StatementStatus(CodeEnum):
    """Statement status: The status of a Statement retrieval (the end user's bank statement, retrieved through Brankas Tap or the API): the page's "complete list of status events that can occur when using Statement", each with its number, its event name (the value here), its message, its description and the maximum time Brankas takes to reach it. Some, such as RECORDS_AVAILABLE, "are intended for use with our callback web hooks so your system can act quickly to inform and progress the end-user". The Dashboard's Statement statuses page gives the same statuses in words (Canceled for CANCELLED), without NOTIFIED.

    Wire field: status (a Statement retrieval, its callbacks)."""

    UNKNOWN = "UNKNOWN"
    """Unknown statement status"""
    PENDING = "PENDING"
    """The request for statement retrieval is received and it hasn’t been started yet"""
    FAILED = "FAILED"
    """The retrieval flow failed due to several reasons (e.g a bank not being available)"""
    COMPLETED = "COMPLETED"
    """Brankas has completed the full retrieval flow and statement data is ready to be pulled"""
    NOTIFIED = "NOTIFIED"
    """Deprecated - not in use (deprecated: The page: "Deprecated - not in use".)"""
    RECEIVED = "RECEIVED"
    """Brankas has received the request to initiate a retrieval flow for a user"""
    CANCELLED = "CANCELLED"
    """The retrieval flow was explicitly canceled by the user"""
    INACTIVATED = "INACTIVATED"
    """The retrieval flow wasn’t completed by the user (e.g they were waiting for an OTP and never returned)"""
    PURGED = "PURGED"
    """Brankas has purged requested statement data"""
    RECORDS_AVAILABLE = "RECORDS_AVAILABLE"
    """During a standard retrieval flow, this is the first callback expected to indicate the availability of a bank account statement only. Any additional statement information is still being processed"""

class StatementError(CodeEnum):
    """Statement error (error): The error of a Statement API answer, a JSON body {"error": "value"}: "We communicate with gRPC to generate a standard set of status codes. These codes are mapped to our status and error responses in the Statement service endpoints." The page's table gives each code its gRPC number and Brankas' words; it was read to PERMISSION_DENIED (7), whose words and the codes after it were not read.

    Wire field: error of a Statement API error body."""

    OK = "OK"
    """Successful statement retrieval."""
    CANCELED = "CANCELED"
    """The retrieval was canceled by the customer."""
    UNKNOWN = "UNKNOWN"
    """Unknown error. For example, this error may be returned when a Status value received from another address space belongs to an error space that is not known in this address space. Also errors raised by APIs that do not return enough error information may be converted to this error."""
    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    """An invalid file format or file name was entered. Do note that this error is different compared to FAILED_PRECONDITION. INVALID_ARGUMENT errors."""
    DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"
    """The request has expired and the data retrieval could not be complete. If there is an update in the system, you may encounter this error even if the retrieval has complete."""
    NOT_FOUND = "NOT_FOUND"
    """File or directory request was not found."""
    ALREADY_EXISTS = "ALREADY_EXISTS"
    """The file or directory has already exists."""

class SdkErrorCode(CodeEnum):
    """Tap SDK error code: The code of the error Brankas' Tap SDKs hand the app (the errorCode of a CoreError, beside its errorMessage, in a CoreListener's onResult): the CoreErrorCode enum of the Direct Tap Android SDK, in its order. Its Direct errors are DirectErrorCode values, a class the kdoc lists without values; the descriptions and categories here are bankcodes' reading of the names.

    Wire field: CoreError.errorCode (the Tap SDKs' callbacks)."""

    GENERAL = "GENERAL"
    """An error the SDK does not tell apart."""
    UNAUTHORIZED = "UNAUTHORIZED"
    """The SDK's request was not authorised, as with an API key of the other environment."""
    SYSTEM_UNAVAILABLE = "SYSTEM_UNAVAILABLE"
    """The system the SDK calls is not available for now."""
    NEW_PASSWORD = "NEW_PASSWORD"
    """The bank asks the end user to set a new password before signing in."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
