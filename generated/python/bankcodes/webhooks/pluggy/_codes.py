# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import pluggy as _pluggy
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

ItemStatusOrUnknown = Annotated[
    _pluggy.ItemStatus | UnknownCode, OpenCode(_pluggy.ItemStatus, max_length=8192)
]

ExecutionStatusOrUnknown = Annotated[
    _pluggy.ExecutionStatus | UnknownCode, OpenCode(_pluggy.ExecutionStatus, max_length=8192)
]

ExecutionErrorCodeOrUnknown = Annotated[
    _pluggy.ExecutionErrorCode | UnknownCode, OpenCode(_pluggy.ExecutionErrorCode, max_length=8192)
]

WebhookEventOrUnknown = Annotated[
    _pluggy.WebhookEvent | UnknownCode, OpenCode(_pluggy.WebhookEvent, max_length=8192)
]

ExecutionErrorCodeOrExecutionStatus = Annotated[
    _pluggy.ExecutionErrorCode | _pluggy.ExecutionStatus,
    KnownCode(_pluggy.ExecutionErrorCode, _pluggy.ExecutionStatus),
]

ExecutionErrorCodeOrExecutionStatusOrUnknown = Annotated[
    _pluggy.ExecutionErrorCode | _pluggy.ExecutionStatus | UnknownCode,
    OpenCode(_pluggy.ExecutionErrorCode, _pluggy.ExecutionStatus, max_length=8192),
]

ConnectorStatusOrUnknown = Annotated[
    _pluggy.ConnectorStatus | UnknownCode, OpenCode(_pluggy.ConnectorStatus, max_length=8192)
]

PaymentRequestStatusOrUnknown = Annotated[
    _pluggy.PaymentRequestStatus | UnknownCode,
    OpenCode(_pluggy.PaymentRequestStatus, max_length=8192),
]

ConnectEventOrUnknown = Annotated[
    _pluggy.ConnectEvent | UnknownCode, OpenCode(_pluggy.ConnectEvent, max_length=8192)
]

ResponseStatusOrUnknown = Annotated[
    _pluggy.ResponseStatus | UnknownCode, OpenCode(_pluggy.ResponseStatus, max_length=8192)
]

CodeDescriptionOrItemRequestError = Annotated[
    _pluggy.CodeDescription | _pluggy.ItemRequestError,
    KnownCode(_pluggy.CodeDescription, _pluggy.ItemRequestError),
]

CodeDescriptionOrItemRequestErrorOrUnknown = Annotated[
    _pluggy.CodeDescription | _pluggy.ItemRequestError | UnknownCode,
    OpenCode(_pluggy.CodeDescription, _pluggy.ItemRequestError, max_length=8192),
]
