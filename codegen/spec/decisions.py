"""What a source says about when to act: the next step and the connection state a code stands
for, and a provider's or standard's rate-limit signals (with the window a limit resets after)
and consent lifetime.

A code's next step and state are carried facts (codegen.spec.carried) of its category, which it
may override; a wait and a number of attempts are the code's own, each with the sources that
state them. A provider's `rate_limits` and `consent` are either the facts its sources state or
`{"not_stated": {"sources": [...]}}`, the sources read whole that state none; a provider without
the field has sources not read for it (the site says "not read", never "not stated")."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField

from codegen.spec.base import (
    UNIQUE,
    FieldName,
    Id,
    Integer,
    Names,
    SourceRefs,
    SpecModel,
    Text,
    whole,
)

#: What to do now: the vocabulary of bankcodes' decisions (the spec's about and the site's
#: Deciding page say what each means).
NextStep = Literal[
    "retry",
    "retry_later",
    "wait_for_event",
    "reconnect",
    "renew_consent",
    "renew_access_token",
    "end_user_action",
    "fix_request",
    "contact_provider",
    "none",
    "tell_customer",
]
NEXT_STEPS: tuple[str, ...] = NextStep.__args__  # type: ignore[attr-defined]

#: The connection's state, the small model every provider's statuses map onto.
State = Literal[
    "connected",
    "pending",
    "degraded",
    "needs_end_user",
    "consent_ending_soon",
    "consent_ended",
    "revoked",
    "provider_or_bank_down",
    "unknown",
]
STATES: tuple[str, ...] = State.__args__  # type: ignore[attr-defined]

#: The per-code facts whose sources a code names in fact_sources.
SourcedFact = Literal["next_step", "state", "wait_seconds", "max_attempts"]

#: A header's name as a source spells it: a token of RFC 9110 (letters, digits, - and _; a source
#: may name a header as a server's environment does, HTTP_X_RATELIMIT_LIMIT).
HeaderName = Annotated[str, PydField(pattern=whole("[A-Za-z0-9_-]+"), max_length=100)]

#: What a rate-limit header's value means.
HeaderMeaning = Literal[
    "retry_after", "seconds_until_reset", "reset_epoch", "remaining", "limit", "not_stated"
]

#: A prose pattern: a regular expression in the syntax JavaScript, RE2 and Python (after
#: `(?<` reads `(?P<`) share, with one named group, seconds, minutes or hours (the rules check
#: the rest: no other capturing group, no lookaround, no backreference, its example matched).
PROSE_PATTERN = whole(r"[^\n]*\(\?<(seconds|minutes|hours)>[^\n]*")


class RateLimitHeader(SpecModel):
    """A response header that tells of a rate limit, and what its value means."""

    name: HeaderName = PydField(description="The header's name as the source spells it.")
    meaning: HeaderMeaning = PydField(
        description="retry_after: seconds or an HTTP date to wait (RFC 9110); "
        "seconds_until_reset: seconds until the quota resets; reset_epoch: the Unix time it "
        "resets; remaining: requests left; limit: the quota; not_stated: the source names the "
        "header without saying what its value means."
    )
    sources: SourceRefs
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class ProsePattern(SpecModel):
    """How a provider's messages state a wait in words, and a real message that shows it."""

    pattern: Annotated[str, PydField(pattern=PROSE_PATTERN, max_length=300)] = PydField(
        description="A regular expression (no lookaround, no backreference) with one named "
        "group, seconds, minutes or hours, that holds the wait; matched anywhere in a message."
    )
    example: Text = PydField(
        description="A message the sources publish that the pattern matches, verbatim."
    )
    sources: SourceRefs


#: What of the sources of a provider's facts was read and what was not, where they were read in
#: part.
ReadInPart = Annotated[
    Text | None,
    PydField(
        description="What of the sources was read and what was not: a fact missing here was "
        "not read, never not stated."
    ),
]


class StatedWindow(SpecModel):
    """The window a source states a rate limit is counted over and resets after ("a counter of
    the requests ... in one minute"): where a rate-limited response gives no wait (no header,
    no message, no wait of its code), a decision waits the window out."""

    seconds: Annotated[int, Integer(1, 604800)] = PydField(
        description="The window, in seconds (at most a week, the longest wait a decision takes)."
    )
    quote: Text = PydField(description="The source's sentence that states it, verbatim.")
    sources: SourceRefs
    notes: Text | None = PydField(
        None,
        description="Always bankcodes' wording: which of several stated limits this is, and why "
        "a decision waits it out.",
    )


class RateLimits(SpecModel):
    """How a provider or standard signals that a rate limit was reached, as its sources state
    it: the HTTP statuses, the headers with their meaning, the prose of its messages, and its
    limits in its own words."""

    statuses: Annotated[
        tuple[Annotated[int, Integer(100, 599)], ...], PydField(min_length=1), UNIQUE
    ] = PydField((), description="The HTTP statuses a rate-limited request is answered with.")
    headers: Annotated[tuple[RateLimitHeader, ...], PydField(min_length=1)] = ()
    prose: Annotated[tuple[ProsePattern, ...], PydField(min_length=1)] = ()
    thresholds: Text | None = PydField(
        None, description="The limits, in the source's words (verbatim, short)."
    )
    window: StatedWindow | None = PydField(
        None,
        description="The window the limit resets after, where a source states one: the wait of "
        "a rate-limited response that gives none.",
    )
    sources: SourceRefs
    read_in_part: ReadInPart = None
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class ConsentEvent(SpecModel):
    """A code that announces a consent's end before it comes (with how long before), or tells
    that it has ended."""

    code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The provider's code set that holds the code."
    )
    code: Annotated[str, PydField(min_length=1, max_length=200)] = PydField(
        description="The code's wire value (its decimal text in an integer code set)."
    )
    lead_days: Annotated[int, Integer(0)] | None = PydField(
        None, description="How many days before the end the code comes, where stated."
    )
    ends_at_field: FieldName | None = PydField(
        None,
        description="The field of the body that brings the code which holds the moment the "
        "consent ends (an RFC 3339 date-time), where the source names one: read in place of "
        "the lead days.",
    )
    sources: SourceRefs = PydField((), description="The consent's sources by default.")


class Consent(SpecModel):
    """How long a consent (an access grant, an item's or a connection's authorisation) lasts,
    how it is renewed, and the codes that announce or tell its end, as the sources state them."""

    max_days: Annotated[int, Integer(1)] | None = PydField(
        None, description="The longest validity, in days, where stated."
    )
    default_days: Annotated[int, Integer(1)] | None = PydField(
        None, description="The validity when the integration sets none, in days, where stated."
    )
    renewal: Text | None = PydField(
        None, description="How a consent is renewed, in the source's words (verbatim, short)."
    )
    announced_by: Annotated[tuple[ConsentEvent, ...], PydField(min_length=1)] = ()
    ended_by: Annotated[tuple[ConsentEvent, ...], PydField(min_length=1)] = ()
    sources: SourceRefs
    read_in_part: ReadInPart = None
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class Unstated(SpecModel):
    """Sources read whole that state none of these facts."""

    sources: SourceRefs = PydField(
        description="The sources read whole (none of them read_in_part) that state nothing of it."
    )
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class NotStated(SpecModel):
    """The facts are not stated: `{"not_stated": {"sources": [...]}}`."""

    not_stated: Unstated
