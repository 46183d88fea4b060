# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import belvo as _belvo
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

WebhookTypeOrUnknown = Annotated[
    _belvo.WebhookType | UnknownCode, OpenCode(_belvo.WebhookType, max_length=8192)
]

WebhookCodeOrUnknown = Annotated[
    _belvo.WebhookCode | UnknownCode, OpenCode(_belvo.WebhookCode, max_length=8192)
]

ProcessTypeOrUnknown = Annotated[
    _belvo.ProcessType | UnknownCode, OpenCode(_belvo.ProcessType, max_length=8192)
]

ErrorCodeOrUnknown = Annotated[
    _belvo.ErrorCode | UnknownCode, OpenCode(_belvo.ErrorCode, max_length=8192)
]

PaymentFailureCodeOrUnknown = Annotated[
    _belvo.PaymentFailureCode | UnknownCode, OpenCode(_belvo.PaymentFailureCode, max_length=8192)
]

LinkStatusOrUnknown = Annotated[
    _belvo.LinkStatus | UnknownCode, OpenCode(_belvo.LinkStatus, max_length=8192)
]
