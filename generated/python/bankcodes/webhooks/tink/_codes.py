# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import tink as _tink
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

LinkErrorStatusOrUnknown = Annotated[
    _tink.LinkErrorStatus | UnknownCode, OpenCode(_tink.LinkErrorStatus, max_length=8192)
]

LinkErrorReasonOrUnknown = Annotated[
    _tink.LinkErrorReason | UnknownCode, OpenCode(_tink.LinkErrorReason, max_length=8192)
]

LegacyErrorCodeOrUnknown = Annotated[
    _tink.LegacyErrorCode | UnknownCode, OpenCode(_tink.LegacyErrorCode, max_length=8192)
]

WebhookEventOrUnknown = Annotated[
    _tink.WebhookEvent | UnknownCode, OpenCode(_tink.WebhookEvent, max_length=8192)
]
