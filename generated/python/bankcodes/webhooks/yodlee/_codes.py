# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import yodlee as _yodlee
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _yodlee.ErrorCode | UnknownCode, OpenCode(_yodlee.ErrorCode, max_length=8192)
]

ProviderAccountStatusOrUnknown = Annotated[
    _yodlee.ProviderAccountStatus | UnknownCode,
    OpenCode(_yodlee.ProviderAccountStatus, max_length=8192),
]

AdditionalStatusOrUnknown = Annotated[
    _yodlee.AdditionalStatus | UnknownCode, OpenCode(_yodlee.AdditionalStatus, max_length=8192)
]

WebhookInfoOrUnknown = Annotated[
    _yodlee.WebhookInfo | UnknownCode, OpenCode(_yodlee.WebhookInfo, max_length=8192)
]

FastLinkFunctionOrUnknown = Annotated[
    _yodlee.FastLinkFunction | UnknownCode, OpenCode(_yodlee.FastLinkFunction, max_length=8192)
]

FastLinkErrorCodeOrUnknown = Annotated[
    _yodlee.FastLinkErrorCode | UnknownCode, OpenCode(_yodlee.FastLinkErrorCode, max_length=8192)
]
