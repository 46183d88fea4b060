# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import openfinancebrasil as _openfinancebrasil
from bankcodes._base import UnknownCode
from bankcodes._pydantic import KnownCode, OpenCode

PaymentErrorOrRecurringPaymentErrorOrRecurringConsentErrorOrEnrollmentErrorOrDataConsentCreateErrorOrDataConsentRenewalErrorOrDataConsentRevocationError = Annotated[
    _openfinancebrasil.PaymentError
    | _openfinancebrasil.RecurringPaymentError
    | _openfinancebrasil.RecurringConsentError
    | _openfinancebrasil.EnrollmentError
    | _openfinancebrasil.DataConsentCreateError
    | _openfinancebrasil.DataConsentRenewalError
    | _openfinancebrasil.DataConsentRevocationError,
    KnownCode(
        _openfinancebrasil.PaymentError,
        _openfinancebrasil.RecurringPaymentError,
        _openfinancebrasil.RecurringConsentError,
        _openfinancebrasil.EnrollmentError,
        _openfinancebrasil.DataConsentCreateError,
        _openfinancebrasil.DataConsentRenewalError,
        _openfinancebrasil.DataConsentRevocationError,
    ),
]

PaymentErrorOrRecurringPaymentErrorOrRecurringConsentErrorOrEnrollmentErrorOrDataConsentCreateErrorOrDataConsentRenewalErrorOrDataConsentRevocationErrorOrUnknown = Annotated[
    _openfinancebrasil.PaymentError
    | _openfinancebrasil.RecurringPaymentError
    | _openfinancebrasil.RecurringConsentError
    | _openfinancebrasil.EnrollmentError
    | _openfinancebrasil.DataConsentCreateError
    | _openfinancebrasil.DataConsentRenewalError
    | _openfinancebrasil.DataConsentRevocationError
    | UnknownCode,
    OpenCode(
        _openfinancebrasil.PaymentError,
        _openfinancebrasil.RecurringPaymentError,
        _openfinancebrasil.RecurringConsentError,
        _openfinancebrasil.EnrollmentError,
        _openfinancebrasil.DataConsentCreateError,
        _openfinancebrasil.DataConsentRenewalError,
        _openfinancebrasil.DataConsentRevocationError,
        max_length=8192,
    ),
]
