# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import truelayer as _truelayer
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

WebhookTypeOrUnknown = Annotated[
    _truelayer.WebhookType | UnknownCode, OpenCode(_truelayer.WebhookType, max_length=8192)
]

FailureStageOrUnknown = Annotated[
    _truelayer.FailureStage | UnknownCode, OpenCode(_truelayer.FailureStage, max_length=8192)
]

FailureReasonOrUnknown = Annotated[
    _truelayer.FailureReason | UnknownCode, OpenCode(_truelayer.FailureReason, max_length=8192)
]

PayoutFailureReasonOrUnknown = Annotated[
    _truelayer.PayoutFailureReason | UnknownCode,
    OpenCode(_truelayer.PayoutFailureReason, max_length=8192),
]

PaymentsErrorOrDataApiV3Error = Annotated[
    _truelayer.PaymentsError | _truelayer.DataApiV3Error,
    KnownCode(_truelayer.PaymentsError, _truelayer.DataApiV3Error),
]

PaymentsErrorOrDataApiV3ErrorOrUnknown = Annotated[
    _truelayer.PaymentsError | _truelayer.DataApiV3Error | UnknownCode,
    OpenCode(_truelayer.PaymentsError, _truelayer.DataApiV3Error, max_length=8192),
]

PaymentStatusOrUnknown = Annotated[
    _truelayer.PaymentStatus | UnknownCode, OpenCode(_truelayer.PaymentStatus, max_length=8192)
]

PayoutStatusOrUnknown = Annotated[
    _truelayer.PayoutStatus | UnknownCode, OpenCode(_truelayer.PayoutStatus, max_length=8192)
]

RefundStatusOrUnknown = Annotated[
    _truelayer.RefundStatus | UnknownCode, OpenCode(_truelayer.RefundStatus, max_length=8192)
]

MandateStatusOrUnknown = Annotated[
    _truelayer.MandateStatus | UnknownCode, OpenCode(_truelayer.MandateStatus, max_length=8192)
]

DataApiErrorOrUnknown = Annotated[
    _truelayer.DataApiError | UnknownCode, OpenCode(_truelayer.DataApiError, max_length=8192)
]
