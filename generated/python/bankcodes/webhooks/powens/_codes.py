# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import powens as _powens
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _powens.ErrorCode | UnknownCode, OpenCode(_powens.ErrorCode, max_length=8192)
]

ConnectionStateOrUnknown = Annotated[
    _powens.ConnectionState | UnknownCode, OpenCode(_powens.ConnectionState, max_length=8192)
]
