# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import yapily as _yapily
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorSourceOrUnknown = Annotated[
    _yapily.ErrorSource | UnknownCode, OpenCode(_yapily.ErrorSource, max_length=8192)
]

ErrorIssueTypeOrUnknown = Annotated[
    _yapily.ErrorIssueType | UnknownCode, OpenCode(_yapily.ErrorIssueType, max_length=8192)
]

ErrorIssueCodeOrUnknown = Annotated[
    _yapily.ErrorIssueCode | UnknownCode, OpenCode(_yapily.ErrorIssueCode, max_length=8192)
]

ValidationErrorOrUnknown = Annotated[
    _yapily.ValidationError | UnknownCode, OpenCode(_yapily.ValidationError, max_length=8192)
]
