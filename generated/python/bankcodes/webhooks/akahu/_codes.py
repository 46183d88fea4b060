# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import akahu as _akahu
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

WebhookTypeOrUnknown = Annotated[
    _akahu.WebhookType | UnknownCode, OpenCode(_akahu.WebhookType, max_length=8192)
]

WebhookCodeOrUnknown = Annotated[
    _akahu.WebhookCode | UnknownCode, OpenCode(_akahu.WebhookCode, max_length=8192)
]

TransferStatusOrUnknown = Annotated[
    _akahu.TransferStatus | UnknownCode, OpenCode(_akahu.TransferStatus, max_length=8192)
]

PaymentStatusOrUnknown = Annotated[
    _akahu.PaymentStatus | UnknownCode, OpenCode(_akahu.PaymentStatus, max_length=8192)
]

PaymentStatusCodeOrUnknown = Annotated[
    _akahu.PaymentStatusCode | UnknownCode, OpenCode(_akahu.PaymentStatusCode, max_length=8192)
]

OauthErrorOrUnknown = Annotated[
    _akahu.OauthError | UnknownCode, OpenCode(_akahu.OauthError, max_length=8192)
]
