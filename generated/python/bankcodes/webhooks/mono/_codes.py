# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import mono as _mono
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

LoginResponseCodeOrUnknown = Annotated[
    _mono.LoginResponseCode | UnknownCode, OpenCode(_mono.LoginResponseCode, max_length=8192)
]

DataStatusOrUnknown = Annotated[
    _mono.DataStatus | UnknownCode, OpenCode(_mono.DataStatus, max_length=8192)
]

WebhookEventOrUnknown = Annotated[
    _mono.WebhookEvent | UnknownCode, OpenCode(_mono.WebhookEvent, max_length=8192)
]

ConnectMessageTypeOrUnknown = Annotated[
    _mono.ConnectMessageType | UnknownCode, OpenCode(_mono.ConnectMessageType, max_length=8192)
]
