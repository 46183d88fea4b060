# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import uaeopenfinance as _uaeopenfinance
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _uaeopenfinance.ErrorCode | UnknownCode, OpenCode(_uaeopenfinance.ErrorCode, max_length=8192)
]
