# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import saltedge as _saltedge
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

CallbackStageOrUnknown = Annotated[
    _saltedge.CallbackStage | UnknownCode, OpenCode(_saltedge.CallbackStage, max_length=8192)
]

ErrorClassOrUnknown = Annotated[
    _saltedge.ErrorClass | UnknownCode, OpenCode(_saltedge.ErrorClass, max_length=8192)
]
