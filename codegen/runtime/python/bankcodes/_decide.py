"""What to do now about a code, and when: bankcodes.decide combines the catalog's facts (the
next step and state of a code or its category, a wait its source states, a provider's rate-limit
signals and consent events) with what a response carries (Retry-After, a provider's reset
header, a wait its prose states in the message) into one Decision, each part with its reason."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from bankcodes._code_fields import FoundCode, decisive_code, recognise
from bankcodes._decide_body import body_end, field_limit, stated_limit, told_by_header
from bankcodes._decide_facts import (
    StatusNews,
    actor_of,
    by_status,
    category_step,
    caused,
    consent_end,
    consent_news,
    header_says_retry,
    meant,
    provider_rules,
    stated_step,
    stated_window,
    status_news,
)
from bankcodes._decide_ratelimit import header_waits
from bankcodes._decide_waits import (
    Wait,
    chosen,
    prose,
    retry_after,
    texts_of,
    waited,
)
from bankcodes._decision import Decision, Reason, said
from bankcodes._providers import provider_id
from bankcodes._request_ids import with_request_id
from bankcodes._status_codes import header_code, provider_status
from bankcodes._times import moment
from bankcodes._told import (
    concerns_reasons,
    provider_words,
    status_missing,
    told_reasons,
    words_step,
)
from bankcodes._wait_fields import field_wait
from bankcodes.categories import Category

__all__ = ["Decision", "Reason", "decide"]

#: How a code given alone (not read from a body) is said to be placed.
GIVEN = "(given)"
#: The next steps that send the same request again, and the one a code that is not retryable
#: takes in their place where only its category names them.
RETRIES = ("retry", "retry_later")
NOT_RETRIED = "contact_provider"


def decide(
    subject: object,
    *,
    provider: str | None = None,
    headers: object = None,
    now: datetime.datetime | None = None,
    status: int | None = None,
) -> Decision:
    """What to do now about `subject`: a code (a member of a code set, or an UnknownCode), a
    CodeInfo, a FoundError or FoundCode, a webhook event, an error body (bytes, text or parsed
    JSON) or an exception of a provider's client (read as from_exception reads it, its
    response's headers and status with it). `provider` names whose body it is; `headers` are the
    response's (a mapping or (name, value) pairs), `status` its HTTP status (an int from 100 to
    599; an exception's or a FoundError's own where none is given) and `now` the moment the
    response arrived (an aware datetime; the current time by default). Where nothing in the
    response is recognised, a status that means one thing decides (a 429, a 503).

    The wait is the first present of: the Retry-After header, the provider's declared reset
    header, a wait the provider's prose states in the message, the wait the code's source
    states; the others follow it in `why`. Never raises on what a response carries: a header or
    message that is no wait (too long, negative, several values, another script's digits, over
    a week) is listed in `why`, shown escaped. A `provider` that is no provider id raises
    ValueError, a `now` that is no aware datetime TypeError and one before 1970 or after 9998
    ValueError, a `status` that is no int TypeError and one outside 100 to 599 ValueError (the
    caller's mistakes)."""
    if provider is not None:
        provider_id(provider)
    at = moment(now)
    given_status = _status(status)
    found, given_headers, data, carried, told, kind = _subject(subject, provider, given_status)
    whose = provider or (found.code_set.partition(".")[0] if found is not None else None)
    read, passed = _headers(headers, given_headers)
    held = carried if given_status is None else given_status
    decided = _decision(found, subject, whose, read, data, at, passed, held, told, kind)
    return with_request_id(decided, kind, read, data)


def _status(status: object) -> int | None:
    """The HTTP status given, checked: None, or an int from 100 to 599."""
    if status is None:
        return None
    if not isinstance(status, int) or isinstance(status, bool):
        raise TypeError(f"status must be an int from 100 to 599, not {type(status).__name__}")
    number = int.__index__(status)
    if not 100 <= number <= 599:
        raise ValueError(f"status must be from 100 to 599, not {number}")
    return number


#: What a subject carries: its deciding code, its headers, its body's JSON, its response's
#: HTTP status, the reasons that say what told whose its body is, and the kind it is read as.
Subject = tuple[FoundCode | None, object, object, int | None, tuple[Reason, ...], str | None]


def _subject(subject: object, provider: str | None, status: int | None = None) -> Subject:
    """The deciding code of a subject, the headers it carries, its body's JSON, the HTTP status
    of its response (`status`, the one given, where it carries none), the reasons that say
    what told whose its body is and the payload kind it was read as (None where it is none, or
    several)."""
    from bankcodes._base import UnknownCode, _CodeSetMembers
    from bankcodes._exceptions import FoundError, read_error
    from bankcodes._receive import WebhookEvent

    if isinstance(subject, FoundCode):
        return subject, None, None, None, (), None
    if isinstance(subject, FoundError):
        told = told_reasons(subject.evidence)
        return _found(subject), None, None, subject.status, told, subject.kind
    if isinstance(subject, WebhookEvent):
        return decisive_code(subject.kind, subject.data), None, subject.data, None, (), None
    if isinstance(subject, _CodeSetMembers | UnknownCode):
        return _given(subject), None, None, None, (), None
    if _is_info(subject):
        return None, None, None, None, (), None
    read = read_error(subject, provider, status=status)
    if read is None:
        return None, None, None, None, (), None
    error, headers, data, status = read
    if error is None and data is not None:
        return _event(data, provider, headers, status)
    if error is None:
        return None, headers, data, status, (), None
    return _found(error), headers, data, status, told_reasons(error.evidence), error.kind


def _is_info(subject: object) -> bool:
    from bankcodes._records import CodeInfo

    return isinstance(subject, CodeInfo)


def _found(error: object) -> FoundCode:
    return FoundCode(
        path=error.path,  # type: ignore[attr-defined]
        field=error.field,  # type: ignore[attr-defined]
        code_set=error.code_set,  # type: ignore[attr-defined]
        code=error.code,  # type: ignore[attr-defined]
        held=getattr(error, "held", None),
        concerns=getattr(error, "concerns", None),
    )


def _given(code: Any) -> FoundCode | None:
    cls: Any = (
        type(code) if getattr(code, "known", False) else getattr(code, "code_set_class", None)
    )
    if cls is None:
        return None
    info = cls.code_set()
    return FoundCode(path=GIVEN, field=GIVEN, code_set=f"{info.provider}.{info.id}", code=code)


def _event(data: object, provider: str | None, headers: object, status: int | None) -> Subject:
    """A body that is no error (a webhook's, a status's): the deciding code of the one kind it
    is; where it holds none, what told whose it is; and that kind."""
    from bankcodes._code_fields import evidence_of

    kinds = recognise(data, provider)
    if len(kinds) != 1:
        return None, headers, data, status, (), None
    found = decisive_code(kinds[0], data)
    told = told_reasons(evidence_of(data, kinds[0], provider)) if found is None else ()
    return found, headers, data, status, told, kinds[0]


def _headers(given: object, carried: object) -> tuple[dict[str, list[str]], int]:
    """The response's headers (those given, else those the error carries), read once, and how
    many pairs were passed over (bankcodes._headers.read_leniently): a pair that cannot be read
    is no decision's, and the others are still read."""
    from bankcodes._headers import read_leniently

    for headers in (given, carried):
        if headers is None or isinstance(headers, str | bytes):
            continue
        read = read_leniently(headers)
        if read is not None:
            return read
    return {}, 0


def _status_of(
    news: StatusNews | None, unknown: bool, category: Category, info: object
) -> tuple[StatusNews | None, StatusNews | None]:
    """What the response's status decides where nothing known does, and a success's status (a
    2xx), which decides only where nothing the body states does (the second): a code, even one
    the catalog does not know, is no success."""
    if news is not None and news.category is Category.INFORMATIONAL:
        return None, news if unknown else None
    if unknown:
        return news, None
    # A code that names no HTTP status (a generic type) gives way to a 429.
    plain = news is not None and news.category is Category.RATE_LIMITED is not category
    return (news if plain and not getattr(info, "http_statuses", None) else None), None


def _decision(
    found: FoundCode | None,
    subject: object,
    provider: str | None,
    headers: dict[str, list[str]],
    data: object,
    now: datetime.datetime,
    passed: int = 0,
    status: int | None = None,
    told: tuple[Reason, ...] = (),
    kind: str | None = None,
) -> Decision:
    if provider is None and found is None and (by := told_by_header(headers)) is not None:
        # Nothing tells whose the response is but a header that names the provider's API.
        (found, *_, kind), provider, told = _subject(data, by[0], status), by[0], (*told, by[1])
    found, told = header_code(provider, headers, found, told)
    found, told = provider_status(provider, status, found, data, told)
    read, (found, heard, stated) = found, _meaning(provider, found, data)
    info = found.code.info if found is not None else (subject if _is_info(subject) else None)
    category: Category = info.category if info is not None else Category.UNKNOWN  # type: ignore[attr-defined]
    unknown = category is Category.UNKNOWN and getattr(info, "next_step", None) is None
    what = said("nothing_recognised" if found is None else _known(unknown))
    news, later = _status_of(status_news(provider, status, kind), unknown, category, info)
    if news is not None:
        category = news.category
        step, state, reasons = by_status(news, what)
    else:
        step, state, reasons = _step_and_state(found, info, category, provider)
    wait, wait_reasons = chosen(_waits(provider, info, headers, data, now, category, found))
    if wait is not None and unknown and news is None:
        # Nothing known, but the response states a wait: try the same request after it.
        step = "retry_later"
        says = said("wait_stated_unknown", what=what)
        reasons = (Reason(part="next_step", says=says, source="category"), *reasons[1:])
    if (obeyed := header_says_retry(provider, headers, step)) is not None:
        # The provider's rule obeys the header over the status (and over the code's category).
        step, reasons = obeyed[0], (obeyed[1], *(r for r in reasons if r.part != "next_step"))
    own = getattr(info, "next_step", None) == step
    ends_at, end_reasons, limit_reasons, by_body = _stated(found, provider, kind, data, now, what)
    if by_body is not None and unknown and news is None and wait is None:
        # Nothing known, but the body states when the consent ends, or the most a request may
        # ask for: that decides.
        step, state, reason = by_body
        own, reasons = True, (reason,)
    attempts, attempt_reasons = _attempts(info)
    words = provider_words(kind, data)
    if words and (by_words := words_step(kind, read, step)) is not None:
        # No code of the body decides, and its words are the end user's to act on.
        (step, reason), own, state = by_words, True, None
        reasons = (reason, *(r for r in reasons if r.part not in ("next_step", "state")))
    if later is not None and step == "contact_provider" and not words and read is None:
        category, (step, state, reasons) = later.category, by_status(later, what)
    if stated is not None:  # the message states the next step itself: it decides
        step, own, reasons = stated, True, tuple(r for r in reasons if r.part != "next_step")
    return Decision(
        next_step=step,
        actor=actor_of(category, step, own=own),
        state=state,
        wait_seconds=wait,
        not_before=None if wait is None else now + datetime.timedelta(seconds=wait),
        max_attempts=attempts,
        ends_at=ends_at,
        code=read,
        why=(
            *words,
            *heard,
            *reasons,
            *wait_reasons,
            *_passed_over(passed),
            *attempt_reasons,
            *end_reasons,
            *limit_reasons,
            *told,
            *_status_unstated(read, status, step, kind),
            *concerns_reasons(read),
        ),
    )


def _known(unknown: bool) -> str:
    """The phrase of what a code read stands on: one the catalog does not know, or one that
    names no HTTP status."""
    return "code_not_known" if unknown else "status_less_code"


def _meaning(
    provider: str | None, found: FoundCode | None, data: object
) -> tuple[FoundCode | None, tuple[Reason, ...], str | None]:
    """The code that decides, with what says so: where the body names the code's causes, the
    first known cause; else where a generic code's message gives its meaning, the code meant;
    else the code read, and the next step its message states, where one does."""
    if data is None:
        return found, (), None
    found, heard = caused(provider, found, data)
    if not heard:
        found, heard = meant(provider, found, texts_of(data))
    step, said_so = (None, ()) if heard else stated_step(provider, found, texts_of(data))
    return found, heard or said_so, step


def _status_unstated(
    read: FoundCode | None, status: int | None, step: str, kind: str | None
) -> tuple[Reason, ...]:
    """Nothing read, and a body whose HTTP status is its code came without one: say so."""
    unstated = read is None and status is None and step == NOT_RETRIED
    return status_missing(kind) if unstated else ()


def _stated(
    found: FoundCode | None,
    provider: str | None,
    kind: str | None,
    data: object,
    now: datetime.datetime,
    what: str,
) -> tuple[
    datetime.datetime | None,
    tuple[Reason, ...],
    tuple[Reason, ...],
    tuple[str, str | None, Reason] | None,
]:
    """When the consent ends and the most a request may ask for, as the code's sources or the
    body state them (`consent_end`, else `body_end`; `_limits` for the provider or the owner of
    the body's kind), with the step, state and reason they give where nothing else in the body
    decides: a consent's end the body states, else a limit a field states."""
    ends_at, end_reasons = consent_end(found, provider, data, now)
    decided: tuple[str, str | None, Reason] | None = None
    if not end_reasons:
        ends_at, end_reasons, ended = body_end(provider, data, now)
        if ended is not None:
            decided = (*ended, _decided_by("by_end", ended[0], what, end_reasons[0]))
    # A body read as one provider's kind, that provider not named, states its limits as theirs.
    owner = provider or (kind.partition("/")[0] if kind is not None else None)
    limits, in_field = _limits(owner, found, data)
    if decided is None and in_field and not end_reasons:
        decided = ("none", None, _decided_by("by_limit", "none", what, limits[0]))
    return ends_at, end_reasons, limits, decided


def _decided_by(key: str, step: str, what: str, by: Reason) -> Reason:
    """The reason of a next step that what the body states decided, where nothing else did."""
    return Reason(part="next_step", says=said(key, step=step, what=what), source=by.source)


def _limits(
    provider: str | None, found: FoundCode | None, data: object
) -> tuple[tuple[Reason, ...], bool]:
    """The most (or least) a request may ask for, as the code's sources or a message state it,
    else as a field of the provider's bodies does; and whether a field stated it."""
    stated = stated_limit(provider, found, texts_of(data) if data is not None else ())
    if stated or data is None:
        return stated, False
    in_field = field_limit(provider, data)
    return in_field, bool(in_field)


def _attempts(info: object) -> tuple[int | None, tuple[Reason, ...]]:
    """How many attempts in all the code's source allows (the first counted), with its reason;
    none where no source states a number."""
    most = getattr(info, "max_attempts", None)
    if not isinstance(most, int) or isinstance(most, bool):
        return None, ()
    says = said("attempts", most=most)
    return most, (Reason(part="attempts", says=says, source=_fact_sources(info)("max_attempts")),)


def _passed_over(passed: int) -> tuple[Reason, ...]:
    """The reason that says how many header pairs were not read, where some were not."""
    from bankcodes._headers import MOST_PAIRS

    if not passed:
        return ()
    says = said("pairs_not_read", count=passed, most=MOST_PAIRS)
    return (Reason(part="wait", says=says, source="headers"),)


def _step_and_state(
    found: FoundCode | None, info: object, category: Category, provider: str | None
) -> tuple[str, str | None, tuple[Reason, ...]]:
    """The next step and the state: the code's own where its sources say, else its category's;
    a code its provider names as announcing or telling a consent's end says so beside them."""
    step, state = category_step(category)
    not_retried = _not_retried(category, info)
    step = NOT_RETRIED if not_retried else step
    value = getattr(found.code, "value", None) if found is not None else None
    sources = _fact_sources(info)
    reasons: list[Reason] = []
    for part, own, default in (("next_step", "next_step", step), ("state", "state", state)):
        stated = getattr(info, own, None)
        if isinstance(stated, str):
            says = (
                said("own_step", step=stated, value=value)
                if value is not None
                else said("own_step_unnamed", step=stated)
            )
            reason = Reason(part=part, says=says, source=sources(own))
        elif part == "next_step" and not_retried:
            says = said("not_retryable", step=default, category=category.value)
            reason = Reason(part=part, says=says, source=sources("retryable"))
        elif default is not None:
            says = said("by_category", step=default, what=_what(found, category))
            reason = Reason(part=part, says=says, source="category")
        else:
            continue
        reasons.append(reason)
    step = getattr(info, "next_step", None) or step
    state = getattr(info, "state", None) or state
    news = consent_news(provider, found)
    if news is not None:
        reasons.append(Reason(part="state", says=news.says, source=news.source))
    return step, state, tuple(reasons)


def _what(found: FoundCode | None, category: Category) -> str:
    """What a decision by category stands on: nothing recognised, a code the catalog does not
    know, or a code of the category."""
    if found is None:
        return said("nothing_recognised")
    if not getattr(found.code, "known", True):
        return said("code_not_known")
    return said("code_of_category", category=category.value)


def _not_retried(category: Category, info: object) -> bool:
    """Whether the category says try again of a code its catalog entry says is not retryable:
    the category does not speak for it, and the integrator asks its provider instead."""
    return category_step(category)[0] in RETRIES and getattr(info, "retryable", None) is False


def _fact_sources(info: object) -> Callable[[str], str]:
    """The sources of one of the code's own facts: those it names for the fact, else (a step or
    a state) bankcodes' reading of the code's sources."""
    stated = getattr(info, "fact_sources", None)
    read = tuple(getattr(source, "id", "") for source in getattr(info, "sources", ()) or ())

    def sources(field: str) -> str:
        ids = stated.get(field) if isinstance(stated, Mapping) else None
        if ids:
            return ", ".join(ids)
        return said("reading_of", sources=", ".join(read)) if read else said("reading")

    return sources


def _waits(
    provider: str | None,
    info: object,
    headers: dict[str, list[str]],
    data: object,
    now: datetime.datetime,
    category: Category = Category.UNKNOWN,
    found: FoundCode | None = None,
) -> list[Wait | None]:
    """Every reading of a wait, in the order a decision prefers them: after a message's, the
    moment a field of the body states the code's wait ends; last, for a rate limit, the window
    the provider's sources state it resets after."""
    rules = provider_rules(provider)
    readings: list[Wait | None] = []
    if "retry-after" in headers:
        readings.append(retry_after(headers["retry-after"][:16], now))
    limited = category is Category.RATE_LIMITED
    readings.extend(header_waits(rules.headers, headers, now, limited))
    if data is not None and rules.patterns:
        readings.append(prose(rules.patterns, texts_of(data)))
    readings.append(field_wait(provider, found, data, now))
    stated = getattr(info, "wait_seconds", None)
    if isinstance(stated, int | float) and not isinstance(stated, bool):
        from bankcodes._decision import number

        says = said("source_wait", seconds=number(stated))
        source = _fact_sources(info)("wait_seconds")
        readings.append(waited(float(stated), says, source))
    window = stated_window(provider) if category is Category.RATE_LIMITED else None
    if window is not None:
        says = said("window_wait", provider=provider, seconds=window[0])
        readings.append(waited(float(window[0]), says, window[1]))
    return readings
