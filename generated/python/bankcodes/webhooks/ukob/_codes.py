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

PaymentStatusOrUnknown = Annotated[
    _ukob.PaymentStatus | UnknownCode, OpenCode(_ukob.PaymentStatus, max_length=8192)
]

MultiAuthorisationStatusOrUnknown = Annotated[
    _ukob.MultiAuthorisationStatus | UnknownCode,
    OpenCode(_ukob.MultiAuthorisationStatus, max_length=8192),
]
