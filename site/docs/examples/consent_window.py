"""A GoCardless requisition that asks for as long as the app wants and no longer than GoCardless
allows, and the moment to ask the customer to renew it. (Run by
tests/python/test_consent_window.py.)"""

from __future__ import annotations

import datetime

import bankcodes


def requisition_terms(now: datetime.datetime) -> tuple[int, datetime.datetime]:
    # The app wants a year; GoCardless allows 180 days (its consent facts), less the margin.
    window = bankcodes.consent_window(now, provider="gocardless", want_days=365)
    access_valid_for_days = (window.valid_until - now).days
    return access_valid_for_days, window.renew_from  # renew_from: when to send them to renew
