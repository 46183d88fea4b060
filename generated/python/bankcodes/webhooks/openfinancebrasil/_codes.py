# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import openfinancebrasil as _openfinancebrasil
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

PaymentErrorOrRecurringPaymentErrorOrRecurringConsentErrorOrEnrollmentError = Annotated[
    _openfinancebrasil.PaymentError
    | _openfinancebrasil.RecurringPaymentError
    | _openfinancebrasil.RecurringConsentError
    | _openfinancebrasil.EnrollmentError,
    KnownCode(
        _openfinancebrasil.PaymentError,
        _openfinancebrasil.RecurringPaymentError,
        _openfinancebrasil.RecurringConsentError,
        _openfinancebrasil.EnrollmentError,
    ),
]

PaymentErrorOrRecurringPaymentErrorOrRecurringConsentErrorOrEnrollmentErrorOrUnknown = Annotated[
    _openfinancebrasil.PaymentError
    | _openfinancebrasil.RecurringPaymentError
    | _openfinancebrasil.RecurringConsentError
    | _openfinancebrasil.EnrollmentError
    | UnknownCode,
    OpenCode(
        _openfinancebrasil.PaymentError,
        _openfinancebrasil.RecurringPaymentError,
        _openfinancebrasil.RecurringConsentError,
        _openfinancebrasil.EnrollmentError,
        max_length=8192,
    ),
]
