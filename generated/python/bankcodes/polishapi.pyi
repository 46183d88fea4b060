# generated from spec/catalog.json — do not edit (run `make generate`)
"""PolishAPI (https://polishapi.org/en/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = ["CODE_SETS", "BundleStatus", "PaymentStatus", "RecurringPaymentStatus", "ResponseStatus"]

class ResponseStatus(NumericCodeEnum):
    """Error HTTP status (2_1_2): The HTTP status of a PolishAPI error response, with the description the 2_1_2 file gives it in each operation's responses. The body of such a response is the Error class, whose code is free text (“Kod błędu / Error code”): the files list no error codes, and the PolishAPI's PDF documentation, which may, was not read. So the status decides what an error means, where the catalog reads one (polishapi/error).

    Wire field: the HTTP status of an error response."""

    BAD_REQUEST = 400
    """Bad request"""
    UNAUTHORIZED = 401
    """Unauthorized"""
    FORBIDDEN = 403
    """Forbidden"""
    METHOD_NOT_ALLOWED = 405
    """Method Not Allowed"""
    NOT_ACCEPTABLE = 406
    """Not Acceptable"""
    UNSUPPORTED_MEDIA_TYPE = 415
    """Unsupported Media Type"""
    UNPROCESSABLE_ENTITY = 422
    """Unprocessable entity"""
    TOO_MANY_REQUESTS = 429
    """Request limit for the requested service exceeded"""
    INTERNAL_SERVER_ERROR = 500
    """Internal Server Error"""
    NOT_IMPLEMENTED = 501
    """Not Implemented"""
    SERVICE_UNAVAILABLE = 503
    """Service Unavailable"""

class PaymentStatus(CodeEnum):
    """Payment status (generalStatus): The general status of a payment (PaymentStatus, described only as “Słownik statusów płatności”, a dictionary of payment statuses), beside the free-text detailedStatus (“Status płatności / Detailed payment status”), in AddPaymentResponse and PaymentInfo. The files give no description of any value.

    Wire field: generalStatus."""

    submitted = "submitted"
    """The payment was submitted."""
    cancelled = "cancelled"
    """The payment was cancelled."""
    pending = "pending"
    """The payment is pending."""
    done = "done"
    """The payment was made."""
    rejected = "rejected"
    """The payment was rejected."""
    scheduled = "scheduled"
    """The payment is scheduled for later."""

class BundleStatus(CodeEnum):
    """Bundle of payments status: The status of a bundle of payments (“Status paczki przelewów / Bundle of payments status”), beside the free-text bundleDetailedStatus, in PaymentsBundleResponse and BundleResponse. The files give no description of any value.

    Wire field: bundleStatus."""

    inProgress = "inProgress"
    """The bundle's payments are being processed."""
    cancelled = "cancelled"
    """The bundle was cancelled."""
    done = "done"
    """The bundle's payments were made."""
    partiallyDone = "partiallyDone"
    """Some of the bundle's payments were made, not all."""

class RecurringPaymentStatus(CodeEnum):
    """Recurring payment status: The status of a recurring payment (“Status płatności cyklicznej / Recurring payment status”; “/ Status of recurring payment” in RecurringPaymentResponse), beside the free-text recurringPaymentDetailedStatus, in RecurringPaymentResponse, CancelRecurringPaymentResponse and RecurringPaymentStatusResponse. The files give no description of any value.

    Wire field: recurringPaymentStatus."""

    submitted = "submitted"
    """The recurring payment was submitted."""
    inProgress = "inProgress"
    """The recurring payment is running."""
    cancelled = "cancelled"
    """The recurring payment was cancelled."""
    close = "close"
    """The recurring payment is closed."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
