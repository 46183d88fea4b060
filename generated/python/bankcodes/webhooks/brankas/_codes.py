# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import brankas as _brankas
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

StatementErrorOrUnknown = Annotated[
    _brankas.StatementError | UnknownCode, OpenCode(_brankas.StatementError, max_length=8192)
]
