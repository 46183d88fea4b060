"""The valid-until to ask a consent for, and the moment to start renewing it: from the longest
validity the provider's consent facts state (or an API answers) and the app's wish, never past
the longest (the TypeScript `consentWindow`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

#: Asked short of the longest validity by a day (a tenth of a longest under ten days, to the
#: second), so a bank that counts whole days, or whose clock is ahead, still accepts it.
MARGIN = timedelta(days=1)
#: Renewal starts a week before the end (halfway for a window under two weeks, to the second):
#: the week's notice that providers' consent-ending codes give (the Deciding page names them).
RENEW_LEAD = timedelta(days=7)
_SECOND = timedelta(seconds=1)


class ConsentWindow(NamedTuple):
    """The valid-until to request and the moment to start renewing the consent."""

    valid_until: datetime
    renew_from: datetime


def consent_window(
    now: datetime,
    *,
    provider: str | None = None,
    max_days: int | None = None,
    max_until: datetime | None = None,
    want_days: int | None = None,
) -> ConsentWindow:
    """The window of a consent asked for at `now` (timezone-aware): the longest validity is
    `max_until` (a moment an API answered), else `max_days`, else the provider's consent facts'
    max_days; the valid-until is `want_days` from now, at most the longest less MARGIN."""
    if now.tzinfo is None:
        raise ValueError(f"now {now.isoformat()!r} has no time zone: give an aware datetime")
    if max_until is None:
        if max_days is None and provider is not None:
            from bankcodes._provider_facts import CONSENTS

            max_days = getattr(CONSENTS.get(provider), "max_days", None)
        if max_days is None:
            raise ValueError(
                f"no longest validity for provider {provider!r}: its consent facts state none;"
                " give max_days or max_until (the bank's or the API's answer)"
            )
        max_until = now + timedelta(days=max_days)
    longest = max_until - now
    if longest <= timedelta(0) or (want_days is not None and want_days <= 0):
        raise ValueError(f"an empty window: longest {longest}, want_days {want_days!r}")
    until = max_until - min(MARGIN, _SECOND * (longest // (_SECOND * 10)))
    if want_days is not None:
        until = min(until, now + timedelta(days=want_days))
    window = until - now
    return ConsentWindow(until, until - min(RENEW_LEAD, _SECOND * (window // (_SECOND * 2))))
