# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import tokenio as _tokenio
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

CallbackErrorCodeOrHostedPagesError = Annotated[
    _tokenio.CallbackErrorCode | _tokenio.HostedPagesError,
    KnownCode(_tokenio.CallbackErrorCode, _tokenio.HostedPagesError),
]

CallbackErrorCodeOrHostedPagesErrorOrUnknown = Annotated[
    _tokenio.CallbackErrorCode | _tokenio.HostedPagesError | UnknownCode,
    OpenCode(_tokenio.CallbackErrorCode, _tokenio.HostedPagesError, max_length=8192),
]
