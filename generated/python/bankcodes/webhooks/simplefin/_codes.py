# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import simplefin as _simplefin
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

GeneralErrorOrConnectionErrorOrAccountError = Annotated[
    _simplefin.GeneralError | _simplefin.ConnectionError | _simplefin.AccountError,
    KnownCode(_simplefin.GeneralError, _simplefin.ConnectionError, _simplefin.AccountError),
]

GeneralErrorOrConnectionErrorOrAccountErrorOrUnknown = Annotated[
    _simplefin.GeneralError | _simplefin.ConnectionError | _simplefin.AccountError | UnknownCode,
    OpenCode(
        _simplefin.GeneralError,
        _simplefin.ConnectionError,
        _simplefin.AccountError,
        max_length=8192,
    ),
]
