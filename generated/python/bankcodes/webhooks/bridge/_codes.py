# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import bridge as _bridge
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

WebhookTypeOrUnknown = Annotated[
    _bridge.WebhookType | UnknownCode, OpenCode(_bridge.WebhookType, max_length=8192)
]

ItemStatusOrUnknown = Annotated[
    _bridge.ItemStatus | UnknownCode, OpenCode(_bridge.ItemStatus, max_length=8192)
]

StatusCodeInfoOrUnknown = Annotated[
    _bridge.StatusCodeInfo | UnknownCode, OpenCode(_bridge.StatusCodeInfo, max_length=8192)
]

ErrorCodeOrUnknown = Annotated[
    _bridge.ErrorCode | UnknownCode, OpenCode(_bridge.ErrorCode, max_length=8192)
]

ErrorTypeOrUnknown = Annotated[
    _bridge.ErrorType | UnknownCode, OpenCode(_bridge.ErrorType, max_length=8192)
]
