# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import lean as _lean
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

WebhookEventTypeOrUnknown = Annotated[
    _lean.WebhookEventType | UnknownCode, OpenCode(_lean.WebhookEventType, max_length=8192)
]

PermissionOrUnknown = Annotated[
    _lean.Permission | UnknownCode, OpenCode(_lean.Permission, max_length=8192)
]

DataRefreshStatusOrUnknown = Annotated[
    _lean.DataRefreshStatus | UnknownCode, OpenCode(_lean.DataRefreshStatus, max_length=8192)
]

PaymentSourceStatusOrUnknown = Annotated[
    _lean.PaymentSourceStatus | UnknownCode, OpenCode(_lean.PaymentSourceStatus, max_length=8192)
]

PaymentIntentStatusOrUnknown = Annotated[
    _lean.PaymentIntentStatus | UnknownCode, OpenCode(_lean.PaymentIntentStatus, max_length=8192)
]

PaymentStatusOrUnknown = Annotated[
    _lean.PaymentStatus | UnknownCode, OpenCode(_lean.PaymentStatus, max_length=8192)
]

PaymentLifecycleStatusOrUnknown = Annotated[
    _lean.PaymentLifecycleStatus | UnknownCode,
    OpenCode(_lean.PaymentLifecycleStatus, max_length=8192),
]

ReconciliationStatusOrUnknown = Annotated[
    _lean.ReconciliationStatus | UnknownCode, OpenCode(_lean.ReconciliationStatus, max_length=8192)
]

ConsentStatusOrUnknown = Annotated[
    _lean.ConsentStatus | UnknownCode, OpenCode(_lean.ConsentStatus, max_length=8192)
]

CallbackStatusOrUnknown = Annotated[
    _lean.CallbackStatus | UnknownCode, OpenCode(_lean.CallbackStatus, max_length=8192)
]

SecondaryStatusOrUnknown = Annotated[
    _lean.SecondaryStatus | UnknownCode, OpenCode(_lean.SecondaryStatus, max_length=8192)
]

UserExitIntentOrUnknown = Annotated[
    _lean.UserExitIntent | UnknownCode, OpenCode(_lean.UserExitIntent, max_length=8192)
]

CallbackMethodOrUnknown = Annotated[
    _lean.CallbackMethod | UnknownCode, OpenCode(_lean.CallbackMethod, max_length=8192)
]

DataApiStatusOrApiErrorStatus = Annotated[
    _lean.DataApiStatus | _lean.ApiErrorStatus, KnownCode(_lean.DataApiStatus, _lean.ApiErrorStatus)
]

DataApiStatusOrApiErrorStatusOrUnknown = Annotated[
    _lean.DataApiStatus | _lean.ApiErrorStatus | UnknownCode,
    OpenCode(_lean.DataApiStatus, _lean.ApiErrorStatus, max_length=8192),
]

GranularStatusCodeOrUnknown = Annotated[
    _lean.GranularStatusCode | UnknownCode, OpenCode(_lean.GranularStatusCode, max_length=8192)
]
