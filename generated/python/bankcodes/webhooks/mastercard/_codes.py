# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import mastercard as _mastercard
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _mastercard.ErrorCode | UnknownCode, OpenCode(_mastercard.ErrorCode, max_length=8192)
]

WebhookEventTypeOrUnknown = Annotated[
    _mastercard.WebhookEventType | UnknownCode,
    OpenCode(_mastercard.WebhookEventType, max_length=8192),
]

ConnectEventCodeOrUnknown = Annotated[
    _mastercard.ConnectEventCode | UnknownCode,
    OpenCode(_mastercard.ConnectEventCode, max_length=8192),
]

ConnectRouteScreenOrUnknown = Annotated[
    _mastercard.ConnectRouteScreen | UnknownCode,
    OpenCode(_mastercard.ConnectRouteScreen, max_length=8192),
]

ConnectUserActionOrUnknown = Annotated[
    _mastercard.ConnectUserAction | UnknownCode,
    OpenCode(_mastercard.ConnectUserAction, max_length=8192),
]

ObwmsReasonCodeOrUnknown = Annotated[
    _mastercard.ObwmsReasonCode | UnknownCode,
    OpenCode(_mastercard.ObwmsReasonCode, max_length=8192),
]

EuropeErrorOrUnknown = Annotated[
    _mastercard.EuropeError | UnknownCode, OpenCode(_mastercard.EuropeError, max_length=8192)
]
