# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import stitch as _stitch
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

GraphqlErrorCodeOrUnknown = Annotated[
    _stitch.GraphqlErrorCode | UnknownCode, OpenCode(_stitch.GraphqlErrorCode, max_length=8192)
]

PaymentRequestStateOrUnknown = Annotated[
    _stitch.PaymentRequestState | UnknownCode,
    OpenCode(_stitch.PaymentRequestState, max_length=8192),
]

PaymentConfirmationStatusOrUnknown = Annotated[
    _stitch.PaymentConfirmationStatus | UnknownCode,
    OpenCode(_stitch.PaymentConfirmationStatus, max_length=8192),
]

TokenErrorOrUnknown = Annotated[
    _stitch.TokenError | UnknownCode, OpenCode(_stitch.TokenError, max_length=8192)
]
