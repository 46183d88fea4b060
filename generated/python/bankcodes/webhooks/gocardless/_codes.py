# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import gocardless as _gocardless
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

RequisitionStatusOrUnknown = Annotated[
    _gocardless.RequisitionStatus | UnknownCode,
    OpenCode(_gocardless.RequisitionStatus, max_length=8192),
]

AccountStatusOrUnknown = Annotated[
    _gocardless.AccountStatus | UnknownCode, OpenCode(_gocardless.AccountStatus, max_length=8192)
]

AccountErrorTypeOrUnknown = Annotated[
    _gocardless.AccountErrorType | UnknownCode,
    OpenCode(_gocardless.AccountErrorType, max_length=8192),
]

ErrorSummaryOrUnknown = Annotated[
    _gocardless.ErrorSummary | UnknownCode, OpenCode(_gocardless.ErrorSummary, max_length=8192)
]
