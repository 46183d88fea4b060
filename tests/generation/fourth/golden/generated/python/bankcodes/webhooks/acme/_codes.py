# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import acme as _acme
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _acme.ErrorCode | UnknownCode, OpenCode(_acme.ErrorCode, max_length=1024)
]

WidgetEventOrUnknown = Annotated[
    _acme.WidgetEvent | UnknownCode, OpenCode(_acme.WidgetEvent, max_length=1024)
]

LinkStatusOrUnknown = Annotated[
    _acme.LinkStatus | UnknownCode, OpenCode(_acme.LinkStatus, max_length=1024)
]

WebhookTypeOrUnknown = Annotated[
    _acme.WebhookType | UnknownCode, OpenCode(_acme.WebhookType, max_length=1024)
]
