"""A receiver that schedules its next try from bankcodes.decide: a provider's error, with the
headers and the status of the response it came in, becomes a time to try again (at once with a
new access token, where the old one has expired), a reconnect or a renewal to ask of the
customer, or nothing to do. (This file is run by the test suite against
the shared corpus of real responses: tests/python/test_decide.py.)"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Mapping
from dataclasses import dataclass

import bankcodes

log = logging.getLogger("bank")

#: How long to wait when a retry is due and nothing says how long (bankcodes' choice here).
DEFAULT_WAIT = datetime.timedelta(seconds=30)


@dataclass(frozen=True)
class Plan:
    """What the receiver does next."""

    retry_at: datetime.datetime | None  # when to send the same request again
    ask_customer: str | None  # "reconnect" or "renew_consent": a flow to send them through
    because: str  # the first reason, for the log
    new_token: bool = False  # get a new access token before trying again


def plan(
    body: bytes,
    headers: Mapping[str, str],
    status: int,
    provider: str | None,
    now: datetime.datetime,
) -> Plan:
    decision = bankcodes.decide(body, provider=provider, headers=headers, status=status, now=now)
    because = decision.why[0].says if decision.why else decision.next_step
    log.info("decided %s", decision.next_step, extra={"why": [r.says for r in decision.why]})
    if decision.next_step in ("retry", "retry_later"):
        wait = DEFAULT_WAIT
        if decision.wait_seconds is not None:
            wait = datetime.timedelta(seconds=decision.wait_seconds)
        return Plan(retry_at=now + wait, ask_customer=None, because=because)
    if decision.next_step == "renew_access_token":
        return Plan(retry_at=now, ask_customer=None, because=because, new_token=True)
    if decision.next_step in ("reconnect", "renew_consent"):
        return Plan(retry_at=None, ask_customer=decision.next_step, because=because)
    return Plan(retry_at=None, ask_customer=None, because=because)
