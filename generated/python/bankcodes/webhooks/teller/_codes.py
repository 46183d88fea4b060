# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import teller as _teller
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _teller.ErrorCode | UnknownCode, OpenCode(_teller.ErrorCode, max_length=8192)
]

WebhookTypeOrUnknown = Annotated[
    _teller.WebhookType | UnknownCode, OpenCode(_teller.WebhookType, max_length=8192)
]

DisconnectReasonOrUnknown = Annotated[
    _teller.DisconnectReason | UnknownCode, OpenCode(_teller.DisconnectReason, max_length=8192)
]
