"""Belvo's institution and payment intent statuses, typed from the EnumInstitutionStatus and
EnumPaymentIntentStatus schemas of Belvo API Docs 1.35.0 (api.yaml, konfig-dev/belvo-sdks at
fad9ba47d5d3b3b3dffa646685445a3fff91bea4)."""

from __future__ import annotations

from bankcodes import Category, belvo
from tests.support.helpers import counts

#: EnumInstitutionStatus, in its order.
INSTITUTION_STATUSES = ["healthy", "down"]

#: EnumPaymentIntentStatus, in its order.
PAYMENT_INTENT_STATUSES = [
    *("REQUIRES_PAYMENT_METHOD", "REQUIRES_ACTION", "SUCCEEDED", "PROCESSING", "FAILED"),
]


def test_both_enums_in_their_order_counted_whole_by_drift() -> None:
    assert [m.value for m in belvo.InstitutionStatus] == INSTITUTION_STATUSES
    assert [m.value for m in belvo.PaymentIntentStatus] == PAYMENT_INTENT_STATUSES
    recorded = counts("belvo-openapi-konfig")
    assert recorded["belvo.institution_status"] == (2, 2)
    assert recorded["belvo.payment_intent_status"] == (5, 5)


def test_an_institution_under_maintenance_is_unavailable_and_the_words_are_bankcodes() -> None:
    down = belvo.InstitutionStatus("down").info
    assert down.category is Category.INSTITUTION_UNAVAILABLE
    assert down.description == "Belvo's integration with the institution is undergoing maintenance."
    assert down.editorial
    assert belvo.InstitutionStatus("healthy").info.category is Category.SUCCESS
    assert all(m.info.editorial for m in belvo.PaymentIntentStatus)
