# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import flinks as _flinks
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

FdxErrorCodeOrUnknown = Annotated[
    _flinks.FdxErrorCode | UnknownCode, OpenCode(_flinks.FdxErrorCode, max_length=8192)
]

ApiErrorCodeOrUnknown = Annotated[
    _flinks.ApiErrorCode | UnknownCode, OpenCode(_flinks.ApiErrorCode, max_length=8192)
]

ConnectStepOrUnknown = Annotated[
    _flinks.ConnectStep | UnknownCode, OpenCode(_flinks.ConnectStep, max_length=8192)
]

ConnectErrorOrApiErrorCode = Annotated[
    _flinks.ConnectError | _flinks.ApiErrorCode,
    KnownCode(_flinks.ConnectError, _flinks.ApiErrorCode),
]

ConnectErrorOrApiErrorCodeOrUnknown = Annotated[
    _flinks.ConnectError | _flinks.ApiErrorCode | UnknownCode,
    OpenCode(_flinks.ConnectError, _flinks.ApiErrorCode, max_length=8192),
]

WebhookResponseTypeOrUnknown = Annotated[
    _flinks.WebhookResponseType | UnknownCode,
    OpenCode(_flinks.WebhookResponseType, max_length=8192),
]
