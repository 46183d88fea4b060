# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import finverse as _finverse
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

LoginIdentityStatusOrUnknown = Annotated[
    _finverse.LoginIdentityStatus | UnknownCode,
    OpenCode(_finverse.LoginIdentityStatus, max_length=8192),
]

LoginIdentitySessionStatusOrUnknown = Annotated[
    _finverse.LoginIdentitySessionStatus | UnknownCode,
    OpenCode(_finverse.LoginIdentitySessionStatus, max_length=8192),
]

AuthenticationStatusOrUnknown = Annotated[
    _finverse.AuthenticationStatus | UnknownCode,
    OpenCode(_finverse.AuthenticationStatus, max_length=8192),
]

EventTypeOrUnknown = Annotated[
    _finverse.EventType | UnknownCode, OpenCode(_finverse.EventType, max_length=8192)
]

ErrorTypeOrUnknown = Annotated[
    _finverse.ErrorType | UnknownCode, OpenCode(_finverse.ErrorType, max_length=8192)
]

ErrorCodeOrUnknown = Annotated[
    _finverse.ErrorCode | UnknownCode, OpenCode(_finverse.ErrorCode, max_length=8192)
]
