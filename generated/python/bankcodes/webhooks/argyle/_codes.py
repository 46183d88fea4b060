# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import argyle as _argyle
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

WebhookEventOrUnknown = Annotated[
    _argyle.WebhookEvent | UnknownCode, OpenCode(_argyle.WebhookEvent, max_length=8192)
]

AccountConnectionStatusOrUnknown = Annotated[
    _argyle.AccountConnectionStatus | UnknownCode,
    OpenCode(_argyle.AccountConnectionStatus, max_length=8192),
]

AccountConnectionErrorOrUnknown = Annotated[
    _argyle.AccountConnectionError | UnknownCode,
    OpenCode(_argyle.AccountConnectionError, max_length=8192),
]

ChannelOrUnknown = Annotated[
    _argyle.Channel | UnknownCode, OpenCode(_argyle.Channel, max_length=8192)
]

DataSourceOrUnknown = Annotated[
    _argyle.DataSource | UnknownCode, OpenCode(_argyle.DataSource, max_length=8192)
]

ReportTypeOrUnknown = Annotated[
    _argyle.ReportType | UnknownCode, OpenCode(_argyle.ReportType, max_length=8192)
]

VerificationStateOrUnknown = Annotated[
    _argyle.VerificationState | UnknownCode, OpenCode(_argyle.VerificationState, max_length=8192)
]

VerificationStatusCodeOrUnknown = Annotated[
    _argyle.VerificationStatusCode | UnknownCode,
    OpenCode(_argyle.VerificationStatusCode, max_length=8192),
]

BankConnectionErrorOrVerificationError = Annotated[
    _argyle.BankConnectionError | _argyle.VerificationError,
    KnownCode(_argyle.BankConnectionError, _argyle.VerificationError),
]

BankConnectionErrorOrVerificationErrorOrUnknown = Annotated[
    _argyle.BankConnectionError | _argyle.VerificationError | UnknownCode,
    OpenCode(_argyle.BankConnectionError, _argyle.VerificationError, max_length=8192),
]
