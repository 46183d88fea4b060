# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import stripe as _stripe
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

EventTypeOrUnknown = Annotated[
    _stripe.EventType | UnknownCode, OpenCode(_stripe.EventType, max_length=8192)
]

ApiErrorTypeOrUnknown = Annotated[
    _stripe.ApiErrorType | UnknownCode, OpenCode(_stripe.ApiErrorType, max_length=8192)
]

ApiErrorCodeOrUnknown = Annotated[
    _stripe.ApiErrorCode | UnknownCode, OpenCode(_stripe.ApiErrorCode, max_length=8192)
]

AccountStatusOrUnknown = Annotated[
    _stripe.AccountStatus | UnknownCode, OpenCode(_stripe.AccountStatus, max_length=8192)
]

StatusDetailsActionOrUnknown = Annotated[
    _stripe.StatusDetailsAction | UnknownCode,
    OpenCode(_stripe.StatusDetailsAction, max_length=8192),
]

StatusDetailsCauseOrUnknown = Annotated[
    _stripe.StatusDetailsCause | UnknownCode, OpenCode(_stripe.StatusDetailsCause, max_length=8192)
]

RefreshStatusOrUnknown = Annotated[
    _stripe.RefreshStatus | UnknownCode, OpenCode(_stripe.RefreshStatus, max_length=8192)
]

AuthorizationStatusOrUnknown = Annotated[
    _stripe.AuthorizationStatus | UnknownCode,
    OpenCode(_stripe.AuthorizationStatus, max_length=8192),
]

AccountNumberStatusOrUnknown = Annotated[
    _stripe.AccountNumberStatus | UnknownCode,
    OpenCode(_stripe.AccountNumberStatus, max_length=8192),
]

TransactionStatusOrUnknown = Annotated[
    _stripe.TransactionStatus | UnknownCode, OpenCode(_stripe.TransactionStatus, max_length=8192)
]
