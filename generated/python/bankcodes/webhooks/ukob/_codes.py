# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import iso20022 as _iso20022
from bankcodes import ukob as _ukob
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

ObieErrorCodeOrStatusReason = Annotated[
    _ukob.ObieErrorCode | _iso20022.StatusReason,
    KnownCode(_ukob.ObieErrorCode, _iso20022.StatusReason),
]

ObieErrorCodeOrStatusReasonOrUnknown = Annotated[
    _ukob.ObieErrorCode | _iso20022.StatusReason | UnknownCode,
    OpenCode(_ukob.ObieErrorCode, _iso20022.StatusReason, max_length=8192),
]

ObEventTypeOrUnknown = Annotated[
    _ukob.ObEventType | UnknownCode, OpenCode(_ukob.ObEventType, max_length=8192)
]

PaymentStatusOrPaymentStatusV31 = Annotated[
    _ukob.PaymentStatus | _ukob.PaymentStatusV31,
    KnownCode(_ukob.PaymentStatus, _ukob.PaymentStatusV31),
]

PaymentStatusOrPaymentStatusV31OrUnknown = Annotated[
    _ukob.PaymentStatus | _ukob.PaymentStatusV31 | UnknownCode,
    OpenCode(_ukob.PaymentStatus, _ukob.PaymentStatusV31, max_length=8192),
]

MultiAuthorisationStatusOrMultiAuthorisationStatusV31 = Annotated[
    _ukob.MultiAuthorisationStatus | _ukob.MultiAuthorisationStatusV31,
    KnownCode(_ukob.MultiAuthorisationStatus, _ukob.MultiAuthorisationStatusV31),
]

MultiAuthorisationStatusOrMultiAuthorisationStatusV31OrUnknown = Annotated[
    _ukob.MultiAuthorisationStatus | _ukob.MultiAuthorisationStatusV31 | UnknownCode,
    OpenCode(_ukob.MultiAuthorisationStatus, _ukob.MultiAuthorisationStatusV31, max_length=8192),
]
