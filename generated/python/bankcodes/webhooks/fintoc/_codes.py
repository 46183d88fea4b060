# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import fintoc as _fintoc
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorTypeOrUnknown = Annotated[
    _fintoc.ErrorType | UnknownCode, OpenCode(_fintoc.ErrorType, max_length=8192)
]

ErrorCodeOrUnknown = Annotated[
    _fintoc.ErrorCode | UnknownCode, OpenCode(_fintoc.ErrorCode, max_length=8192)
]

WebhookTypeOrUnknown = Annotated[
    _fintoc.WebhookType | UnknownCode, OpenCode(_fintoc.WebhookType, max_length=8192)
]

PaymentIntentStatusOrUnknown = Annotated[
    _fintoc.PaymentIntentStatus | UnknownCode,
    OpenCode(_fintoc.PaymentIntentStatus, max_length=8192),
]

PaymentErrorReasonOrUnknown = Annotated[
    _fintoc.PaymentErrorReason | UnknownCode, OpenCode(_fintoc.PaymentErrorReason, max_length=8192)
]

RefreshIntentStatusOrUnknown = Annotated[
    _fintoc.RefreshIntentStatus | UnknownCode,
    OpenCode(_fintoc.RefreshIntentStatus, max_length=8192),
]

TransferStatusOrUnknown = Annotated[
    _fintoc.TransferStatus | UnknownCode, OpenCode(_fintoc.TransferStatus, max_length=8192)
]
