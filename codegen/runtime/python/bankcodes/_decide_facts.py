"""The catalog's facts a decision reads: a category's next step and state, a provider's
rate-limit headers and prose patterns, and the codes that announce or tell a consent's end
(bankcodes._provider_facts, generated from the spec's rate_limits and consent)."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes._code_fields import FoundCode
    from bankcodes.categories import Category


class Rules(Record):
    """A provider's rate-limit signals: its headers (name, meaning) and its prose patterns."""

    __slots__ = ("headers", "patterns")
    headers: tuple[tuple[str, str], ...]
    patterns: tuple[re.Pattern[str], ...]

    def __init__(
        self, *, headers: tuple[tuple[str, str], ...], patterns: tuple[re.Pattern[str], ...]
    ) -> None:
        super().__init__(headers=headers, patterns=patterns)


class ConsentEvent(Record):
    """A code that announces a consent's end (consent_ending_soon) or tells it (consent_ended):
    the step and state it stands for, why, its sources, and the body's field holding the end."""

    __slots__ = ("next_step", "state", "says", "source", "ends_at")
    next_step: str
    state: str
    says: str
    source: str
    ends_at: str | None

    def __init__(
        self, *, next_step: str, state: str, says: str, source: str, ends_at: str | None = None
    ) -> None:
        super().__init__(
            next_step=next_step, state=state, says=says, source=source, ends_at=ends_at
        )


_NONE = Rules(headers=(), patterns=())


@cache
def _facts() -> Any:
    try:
        return importlib.import_module("bankcodes._provider_facts")
    except ImportError:
        return None


def category_step(category: Category) -> tuple[str, str | None, str]:
    """A category's next step and state (its carried facts), and their source."""
    info = category.info
    step = getattr(info, "next_step", None)
    state = getattr(info, "state", None)
    return (step if isinstance(step, str) else "contact_provider"), state, "category"


@cache
def provider_rules(provider: str | None) -> Rules:
    """The provider's rate-limit headers and compiled prose patterns; none for no provider, and
    for one whose sources state none or were not read for them."""
    facts = _facts()
    table = getattr(facts, "RATE_LIMITS", {}) if facts is not None else {}
    limits = table.get(provider) if provider is not None else None
    if limits is None or getattr(limits, "not_stated", None) is not None:
        return _NONE
    return Rules(
        headers=tuple((header.name, header.meaning) for header in limits.headers),
        patterns=tuple(re.compile(_python(prose.pattern)) for prose in limits.prose),
    )


def _python(pattern: str) -> str:
    """A pattern of the spec's subset as Python reads it: a named group (?<name>…) as
    (?P<name>…)."""
    return pattern.replace("(?<", "(?P<")


def consent_event(provider: str | None, found: FoundCode | None) -> ConsentEvent | None:
    """The consent event the code is, for its provider: one that announces the end (with its
    lead days) or one that tells it; None for another code."""
    facts = _facts()
    table = getattr(facts, "CONSENTS", {}) if facts is not None else {}
    consent = table.get(provider) if provider is not None and found is not None else None
    if consent is None or found is None or getattr(consent, "not_stated", None) is not None:
        return None
    set_id = found.code_set.partition(".")[2]
    value = str(found.code.value)

    def sources(event: Any) -> str:
        return ", ".join(event.sources or consent.sources)

    for event in consent.announced_by:
        if event.code_set == set_id and event.code == value:
            lead = event.lead_days
            when = f" {lead} days before it ends" if lead is not None else " before it ends"
            return ConsentEvent(
                next_step="renew_consent",
                state="consent_ending_soon",
                says=f"{provider} sends {value} about a consent{when}",
                source=sources(event),
                ends_at=getattr(event, "ends_at", None),
            )
    for event in consent.ended_by:
        if event.code_set == set_id and event.code == value:
            return ConsentEvent(
                next_step="renew_consent",
                state="consent_ended",
                says=f"{provider} sends {value} when a consent has ended",
                source=sources(event),
            )
    return None
