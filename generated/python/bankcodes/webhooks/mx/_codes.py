# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import mx as _mx
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

WebhookTypeOrUnknown = Annotated[
    _mx.WebhookType | UnknownCode, OpenCode(_mx.WebhookType, max_length=8192)
]

ConnectionStatusOrUnknown = Annotated[
    _mx.ConnectionStatus | UnknownCode, OpenCode(_mx.ConnectionStatus, max_length=8192)
]

PostMessageTypeOrUnknown = Annotated[
    _mx.PostMessageType | UnknownCode, OpenCode(_mx.PostMessageType, max_length=8192)
]
