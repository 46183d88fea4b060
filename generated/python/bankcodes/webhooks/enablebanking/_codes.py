# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import enablebanking as _enablebanking
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ResponseStatusOrUnknown = Annotated[
    _enablebanking.ResponseStatus | UnknownCode,
    OpenCode(_enablebanking.ResponseStatus, max_length=8192),
]

ErrorCodeOrUnknown = Annotated[
    _enablebanking.ErrorCode | UnknownCode, OpenCode(_enablebanking.ErrorCode, max_length=8192)
]
