# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import berlingroup as _berlingroup
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

MessageCodeOrUnknown = Annotated[
    _berlingroup.MessageCode | UnknownCode, OpenCode(_berlingroup.MessageCode, max_length=8192)
]
