# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import quiltt as _quiltt
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

WebhookEventTypeOrUnknown = Annotated[
    _quiltt.WebhookEventType | UnknownCode, OpenCode(_quiltt.WebhookEventType, max_length=8192)
]

ConnectionStatusOrUnknown = Annotated[
    _quiltt.ConnectionStatus | UnknownCode, OpenCode(_quiltt.ConnectionStatus, max_length=8192)
]

ConnectionProviderOrUnknown = Annotated[
    _quiltt.ConnectionProvider | UnknownCode, OpenCode(_quiltt.ConnectionProvider, max_length=8192)
]
