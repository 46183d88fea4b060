# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import setu as _setu
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

NotificationTypeOrUnknown = Annotated[
    _setu.NotificationType | UnknownCode, OpenCode(_setu.NotificationType, max_length=8192)
]

DataSessionStatusOrUnknown = Annotated[
    _setu.DataSessionStatus | UnknownCode, OpenCode(_setu.DataSessionStatus, max_length=8192)
]

ConsentStatusOrUnknown = Annotated[
    _setu.ConsentStatus | UnknownCode, OpenCode(_setu.ConsentStatus, max_length=8192)
]

NotificationErrorCodeOrUnknown = Annotated[
    _setu.NotificationErrorCode | UnknownCode,
    OpenCode(_setu.NotificationErrorCode, max_length=8192),
]

ConsentErrorReasonOrUnknown = Annotated[
    _setu.ConsentErrorReason | UnknownCode, OpenCode(_setu.ConsentErrorReason, max_length=8192)
]

FiStatusOrUnknown = Annotated[
    _setu.FiStatus | UnknownCode, OpenCode(_setu.FiStatus, max_length=8192)
]

FipStatusOrUnknown = Annotated[
    _setu.FipStatus | UnknownCode, OpenCode(_setu.FipStatus, max_length=8192)
]

ApiErrorCodeOrUnknown = Annotated[
    _setu.ApiErrorCode | UnknownCode, OpenCode(_setu.ApiErrorCode, max_length=8192)
]
