# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import basiq as _basiq
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorCodeOrUnknown = Annotated[
    _basiq.ErrorCode | UnknownCode, OpenCode(_basiq.ErrorCode, max_length=8192)
]

JobStepStatusOrUnknown = Annotated[
    _basiq.JobStepStatus | UnknownCode, OpenCode(_basiq.JobStepStatus, max_length=8192)
]

JobStepTitleOrUnknown = Annotated[
    _basiq.JobStepTitle | UnknownCode, OpenCode(_basiq.JobStepTitle, max_length=8192)
]

JobResultCodeOrUnknown = Annotated[
    _basiq.JobResultCode | UnknownCode, OpenCode(_basiq.JobResultCode, max_length=8192)
]

WebhookEventTypeOrUnknown = Annotated[
    _basiq.WebhookEventType | UnknownCode, OpenCode(_basiq.WebhookEventType, max_length=8192)
]
