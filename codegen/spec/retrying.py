"""What a source says about sending a request again and about how long things last: a
provider's or standard's retry rules (its documentation's, or its own client library's), its
idempotency keys, and the lifetimes of its tokens, sessions and links and how often it
refreshes data.

Each is, like rate_limits and consent (codegen.spec.decisions), either the facts its sources
state or `{"not_stated": {"sources": [...]}}`, the sources read whole that state none; a provider
without the field has sources not read for it (the site says "not read", never "not stated")."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField

from codegen.spec.base import UNIQUE, FieldName, Integer, SourceRefs, SpecModel, Text
from codegen.spec.decisions import HeaderName, ReadInPart

#: A duration in seconds, as a source states it.
Seconds = Annotated[int, Integer(1)]
#: A duration in milliseconds, as a client library's code states it.
Milliseconds = Annotated[int, Integer(1)]
#: HTTP statuses a rule is about.
Statuses = Annotated[tuple[Annotated[int, Integer(100, 599)], ...], PydField(min_length=1), UNIQUE]


class RetryRule(SpecModel):
    """One rule for sending a failed request again: what is retried, how long to wait first and
    at most, how the wait grows, and how many attempts in all, as the source states them."""

    by: Literal["documentation", "client_library"] = PydField(
        description="Whose rule: the provider's (or standard's) documentation, or a client "
        "library the provider publishes (its code, which the library's users get)."
    )
    library: Text | None = PydField(
        None,
        description="The client library, by the name it is published under, for a library's rule.",
    )
    statuses: Statuses = PydField(
        (), description="The HTTP statuses the rule retries, where the source names them."
    )
    first_delay_ms: Milliseconds | None = PydField(
        None, description="The wait before the first retry, in milliseconds, where stated."
    )
    max_delay_ms: Milliseconds | None = PydField(
        None, description="The longest wait between two attempts, in milliseconds, where stated."
    )
    backoff: Literal["exponential", "fixed"] | None = PydField(
        None,
        description="How the wait grows: exponential (doubled at each attempt) or fixed, where "
        "stated.",
    )
    max_attempts: Annotated[int, Integer(1)] | None = PydField(
        None,
        description="The attempts in all, the first sending counted (a source's 'retry up to 5 "
        "times' is 6), where stated.",
    )
    header: HeaderName | None = PydField(
        None,
        description="A response header whose value, true or false, the rule obeys over the "
        "status (send the request again, or never), where the source's rule reads one.",
    )
    quote: Text = PydField(description="The source's words (or the library's code), verbatim.")
    sources: SourceRefs
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class Retrying(SpecModel):
    """How a provider or standard says a failed request is sent again, rule by rule."""

    rules: Annotated[tuple[RetryRule, ...], PydField(min_length=1)]
    sources: SourceRefs
    read_in_part: ReadInPart = None
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class IdempotencyKey(SpecModel):
    """A key that makes a request safe to send again: where it goes, how long it may be, how
    long the provider keeps it, and what a request sent again with it answers."""

    header: HeaderName | None = PydField(
        None, description="The request header that carries the key, where it is a header."
    )
    field: FieldName | None = PydField(
        None, description="The body field that carries the key, where it is a field."
    )
    applies_to: Text = PydField(
        description="The requests that take it, in bankcodes' words (every POST, a payment)."
    )
    max_length: Annotated[int, Integer(1)] | None = PydField(
        None, description="The longest key, in characters, where stated."
    )
    kept_seconds: Seconds | None = PydField(
        None,
        description="How long the key is remembered (a request sent again with it within this "
        "time is the same request), in seconds, where stated.",
    )
    quote: Text = PydField(description="The source's words, verbatim.")
    sources: SourceRefs
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class Idempotency(SpecModel):
    """The idempotency keys a provider or standard defines."""

    keys: Annotated[tuple[IdempotencyKey, ...], PydField(min_length=1)]
    sources: SourceRefs
    read_in_part: ReadInPart = None
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


#: What a lifetime is of: a token (access, refresh, a link's or a session's), a session, a link
#: or code handed to the end user, or the interval at which the provider refreshes data.
LifetimeOf = Literal["access_token", "refresh_token", "session", "link", "code", "data_refresh"]


class Lifetime(SpecModel):
    """How long a token, a session or a link lasts, or how often data is refreshed, as a source
    states it."""

    of: LifetimeOf = PydField(
        description="access_token, refresh_token, session (a session or its token), link (a "
        "link, URL or link token handed to the end user), code (a one-time code or request "
        "URI), or data_refresh (the interval at which the provider refreshes data)."
    )
    name: Text = PydField(description="The thing as the source names it (link_token).")
    seconds: Seconds | None = PydField(
        None,
        description="The lifetime (or the refresh interval), in seconds; the longest where the "
        "source states a range. None where the source states no number (it does not expire, or "
        "lasts as long as the consent: the quote says which).",
    )
    least_seconds: Seconds | None = PydField(
        None, description="The shortest, where the source states a range."
    )
    quote: Text = PydField(description="The source's words, verbatim.")
    sources: SourceRefs
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")


class Lifetimes(SpecModel):
    """How long a provider's or standard's tokens, sessions and links last, and how often it
    refreshes data."""

    lifetimes: Annotated[tuple[Lifetime, ...], PydField(min_length=1)]
    sources: SourceRefs
    read_in_part: ReadInPart = None
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")
