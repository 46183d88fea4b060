# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.polishapi's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.polishapi")
#: The documents its facts come from, by id.
_S = {
    "polishapi-2-1-2": Source(
        id="polishapi-2-1-2",
        kind="third-party",
        title="PolishAPI 2_1_2 (Swagger 2.0, ZBP-polish-api-2_1_2-swagger.json), as a third party keeps a copy of it: ITger/PolishAPI_sample (no first-party copy could be read)",
        url="https://github.com/ITger/PolishAPI_sample/blob/cf445125452c67a6dcdd45d7d12009f61916a260/ZBP-polish-api-2_1_2-swagger.json",
    ),
    "polishapi-2-1-1": Source(
        id="polishapi-2-1-1",
        kind="third-party",
        title="PolishAPI 2_1_1 (PolishAPI-ver2_1_1.yaml), as a third party keeps a copy of it: maciekSzubiczuk/polishAPI_compliance_tool",
        url="https://github.com/maciekSzubiczuk/polishAPI_compliance_tool/blob/8338f7ba09581b97edc9afe2ee1c86c7d88030d6/polishapi_specification/PolishAPI-ver2_1_1.yaml",
    ),
    "polishapi-2-1": Source(
        id="polishapi-2-1",
        kind="third-party",
        title="PolishAPI 2_1 (PolishAPI-ver2_1.yaml), as a third party keeps a copy of it, edited to parse: tuatarapl/polish-api-aspsp-mock",
        url="https://github.com/tuatarapl/polish-api-aspsp-mock/blob/8a5b3ce87a761cdbd63124c3f6c9792ac1ad4f1d/src/api/PolishAPI-ver2_1.yaml",
    ),
}


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """Error HTTP status (2_1_2): The HTTP status of a PolishAPI error response, with the description the 2_1_2 file gives it in each operation's responses. The body of such a response is the Error class, whose code is free text (“Kod błędu / Error code”): the files list no error codes, and the PolishAPI's PDF documentation, which may, was not read. So the status decides what an error means, where the catalog reads one (polishapi/error).

        Wire field: the HTTP status of an error response."""

        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        METHOD_NOT_ALLOWED = 405
        NOT_ACCEPTABLE = 406
        UNSUPPORTED_MEDIA_TYPE = 415
        UNPROCESSABLE_ENTITY = 422
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500
        NOT_IMPLEMENTED = 501
        SERVICE_UNAVAILABLE = 503

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="polishapi",
                id="http_status",
                title="Error HTTP status (2_1_2)",
                description="The HTTP status of a PolishAPI error response, with the description the 2_1_2 file gives it in each operation's responses. The body of such a response is the Error class, whose code is free text (“Kod błędu / Error code”): the files list no error codes, and the PolishAPI's PDF documentation, which may, was not read. So the status decides what an error means, where the catalog reads one (polishapi/error).",
                field="the HTTP status of an error response",
                sources=(_S["polishapi-2-1-2"],),
            ),
            (
                CodeInfo(
                    value="400",
                    description="Bad request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Unauthorized",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["polishapi-2-1-2"],),
                            context="22 of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="Forbidden",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["polishapi-2-1-2"],),
                            context="23 of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#403",
                ),
                CodeInfo(
                    value="405",
                    description="Method Not Allowed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=405,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#405",
                ),
                CodeInfo(
                    value="406",
                    description="Not Acceptable",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#406",
                ),
                CodeInfo(
                    value="415",
                    description="Unsupported Media Type",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=415,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#415",
                ),
                CodeInfo(
                    value="422",
                    description="Unprocessable entity",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#422",
                ),
                CodeInfo(
                    value="429",
                    description="Request limit for the requested service exceeded",
                    category=_C.RATE_LIMITED,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429,
                            sources=(_S["polishapi-2-1-2"],),
                            context="14 of the file's 26 operations: the account information reads, getPayment, getBundle, getRecurringPayment, getMultiplePayments and getConfirmationOfFunds",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="Internal Server Error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#500",
                ),
                CodeInfo(
                    value="501",
                    description="Not Implemented",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=501,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#501",
                ),
                CodeInfo(
                    value="503",
                    description="Service Unavailable",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["polishapi-2-1-2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503,
                            sources=(_S["polishapi-2-1-2"],),
                            context="every one of the file's 26 operations",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["polishapi-2-1-2"],)
                        ),
                    ),
                    page="reference/polishapi/http_status/#503",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status (generalStatus): The general status of a payment (PaymentStatus, described only as “Słownik statusów płatności”, a dictionary of payment statuses), beside the free-text detailedStatus (“Status płatności / Detailed payment status”), in AddPaymentResponse and PaymentInfo. The files give no description of any value.

        Wire field: generalStatus."""

        submitted = "submitted"
        cancelled = "cancelled"
        pending = "pending"
        done = "done"
        rejected = "rejected"
        scheduled = "scheduled"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="polishapi",
                id="payment_status",
                title="Payment status (generalStatus)",
                description="The general status of a payment (PaymentStatus, described only as “Słownik statusów płatności”, a dictionary of payment statuses), beside the free-text detailedStatus (“Status płatności / Detailed payment status”), in AddPaymentResponse and PaymentInfo. The files give no description of any value.",
                field="generalStatus",
                sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
            ),
            (
                CodeInfo(
                    value="submitted",
                    description="The payment was submitted.",
                    category=_C.PENDING,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#submitted",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="cancelled",
                    description="The payment was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#cancelled",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="pending",
                    description="The payment is pending.",
                    category=_C.PENDING,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#pending",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="done",
                    description="The payment was made.",
                    category=_C.SUCCESS,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#done",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="rejected",
                    description="The payment was rejected.",
                    category=_C.REJECTED,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#rejected",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="scheduled",
                    description="The payment is scheduled for later.",
                    category=_C.PENDING,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"], _S["polishapi-2-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/payment_status/#scheduled",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _BundleStatus() -> type[CodeEnum]:
    class BundleStatus(CodeEnum):
        """Bundle of payments status: The status of a bundle of payments (“Status paczki przelewów / Bundle of payments status”), beside the free-text bundleDetailedStatus, in PaymentsBundleResponse and BundleResponse. The files give no description of any value.

        Wire field: bundleStatus."""

        inProgress = "inProgress"
        cancelled = "cancelled"
        done = "done"
        partiallyDone = "partiallyDone"

    register(
        BundleStatus,
        lambda: (
            CodeSetInfo(
                provider="polishapi",
                id="bundle_status",
                title="Bundle of payments status",
                description="The status of a bundle of payments (“Status paczki przelewów / Bundle of payments status”), beside the free-text bundleDetailedStatus, in PaymentsBundleResponse and BundleResponse. The files give no description of any value.",
                field="bundleStatus",
                sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
            ),
            (
                CodeInfo(
                    value="inProgress",
                    description="The bundle's payments are being processed.",
                    category=_C.PENDING,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/bundle_status/#inProgress",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="cancelled",
                    description="The bundle was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/bundle_status/#cancelled",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="done",
                    description="The bundle's payments were made.",
                    category=_C.SUCCESS,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/bundle_status/#done",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="partiallyDone",
                    description="Some of the bundle's payments were made, not all.",
                    category=_C.REJECTED,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/bundle_status/#partiallyDone",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name. The category is bankcodes' reading: some payments of the bundle were not made, and each payment's own status says which.",
                ),
            ),
        ),
        {},
    )
    return BundleStatus


def _RecurringPaymentStatus() -> type[CodeEnum]:
    class RecurringPaymentStatus(CodeEnum):
        """Recurring payment status: The status of a recurring payment (“Status płatności cyklicznej / Recurring payment status”; “/ Status of recurring payment” in RecurringPaymentResponse), beside the free-text recurringPaymentDetailedStatus, in RecurringPaymentResponse, CancelRecurringPaymentResponse and RecurringPaymentStatusResponse. The files give no description of any value.

        Wire field: recurringPaymentStatus."""

        submitted = "submitted"
        inProgress = "inProgress"
        cancelled = "cancelled"
        close = "close"

    register(
        RecurringPaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="polishapi",
                id="recurring_payment_status",
                title="Recurring payment status",
                description="The status of a recurring payment (“Status płatności cyklicznej / Recurring payment status”; “/ Status of recurring payment” in RecurringPaymentResponse), beside the free-text recurringPaymentDetailedStatus, in RecurringPaymentResponse, CancelRecurringPaymentResponse and RecurringPaymentStatusResponse. The files give no description of any value.",
                field="recurringPaymentStatus",
                sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
            ),
            (
                CodeInfo(
                    value="submitted",
                    description="The recurring payment was submitted.",
                    category=_C.PENDING,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/recurring_payment_status/#submitted",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="inProgress",
                    description="The recurring payment is running.",
                    category=_C.SUCCESS,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/recurring_payment_status/#inProgress",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="cancelled",
                    description="The recurring payment was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/recurring_payment_status/#cancelled",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="close",
                    description="The recurring payment is closed.",
                    category=_C.SUCCESS,
                    sources=(_S["polishapi-2-1-2"], _S["polishapi-2-1-1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/polishapi/recurring_payment_status/#close",
                    editorial=True,
                    notes="The files give no description of any value: the description is bankcodes' reading of its name. The category is bankcodes' reading of a recurring payment that came to its end.",
                ),
            ),
        ),
        {},
    )
    return RecurringPaymentStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in ("ResponseStatus", "PaymentStatus", "BundleStatus", "RecurringPaymentStatus")
    )
