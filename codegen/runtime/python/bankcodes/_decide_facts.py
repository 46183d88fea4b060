"""The catalog's facts a decision reads: a category's next step and state, a provider's
rate-limit headers, prose patterns and stated window, and the codes it names as announcing or
telling a consent's end (bankcodes._provider_facts, generated from the spec's rate_limits and
consent)."""

from __future__ import annotations

import datetime
import re
from functools import cache
from itertools import islice
from typing import Any

from bankcodes._decide_waits import MAX_VALUES, bounded, shown, shown_value
from bankcodes._decision import Reason, said
from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from bankcodes._code_fields import FoundCode
    from bankcodes._provider_facts import Consent, ConsentEvent
    from bankcodes.categories import Category


class Rules(Record):
    """A provider's rate-limit signals: its headers (name, meaning) and its prose patterns."""

    headers: tuple[tuple[str, str], ...]
    patterns: tuple[re.Pattern[str], ...]


class ConsentNews(Record):
    """What a code its provider names as announcing a consent's end, or telling it, says of
    the end, with the sources that name it."""

    says: str
    source: str
    lead_days: int | None = None
    #: The body's field that holds the moment the consent ends, where the source names one.
    field: str | None = None


_NONE = Rules(headers=(), patterns=())


def category_step(category: Category) -> tuple[str, str | None]:
    """A category's next step and state (its carried facts: bankcodes' reading)."""
    info = category.info
    return info.next_step or "contact_provider", info.state


def actor_of(category: Category, step: str, own: bool) -> str:
    """Who acts: the category's, unless the code states its own next step that is not the
    category's (the one who takes it: bankcodes.categories.STEP_ACTORS), or the category says
    try again of a code that is not retried (`step` is then contact_provider, `own` False: the
    integrator asks)."""
    from bankcodes.categories import STEP_ACTORS

    if step != category_step(category)[0]:
        return STEP_ACTORS.get(step, category.actor.value) if own else "integrator"
    return category.actor.value


@cache
def provider_rules(provider: str | None) -> Rules:
    """The provider's rate-limit headers and compiled prose patterns; none for no provider, and
    for one whose sources state none or were not read for them."""
    from bankcodes._provider_facts import RATE_LIMITS, NotStated

    limits = RATE_LIMITS.get(provider) if provider is not None else None
    if limits is None or isinstance(limits, NotStated):
        return _NONE
    return Rules(
        headers=tuple((header.name, header.meaning) for header in limits.headers),
        # The spec's subset (RE2's and JavaScript's syntax) as Python reads a named group.
        patterns=tuple(re.compile(prose.pattern.replace("(?<", "(?P<")) for prose in limits.prose),
    )


def stated_window(provider: str | None) -> tuple[int, str] | None:
    """The window the provider's sources state its rate limit resets after, in seconds, with
    those sources; None for no provider, and for one whose sources state none."""
    from bankcodes._provider_facts import RATE_LIMITS, NotStated

    limits = RATE_LIMITS.get(provider) if provider is not None else None
    if limits is None or isinstance(limits, NotStated) or limits.window is None:
        return None
    return limits.window.seconds, ", ".join(limits.window.sources)


def header_says_retry(
    provider: str | None, headers: dict[str, list[str]], step: str
) -> tuple[str, Reason] | None:
    """The next step, with its reason, where a header of the response says otherwise by a retry
    rule of the provider's sources, which obeys it over the status: send the request again
    (true) or never (false). None where it agrees, and where none is sent once with one of
    those values."""
    from bankcodes._provider_facts import RETRIES, NotStated

    retrying = RETRIES.get(provider) if provider is not None else None
    if retrying is None or isinstance(retrying, NotStated):
        return None
    for rule in retrying.rules:
        values = headers.get(rule.header.lower()) if rule.header is not None else None
        if values is None or len(values) != 1 or values[0] not in ("true", "false"):
            continue
        obeyed = "retry" if values[0] == "true" else "contact_provider"
        if (step in ("retry", "retry_later")) == (obeyed == "retry"):
            return None
        says = said("header_says_retry", step=obeyed, name=rule.header, value=values[0])
        return obeyed, Reason(part="next_step", says=says, source=", ".join(rule.sources))
    return None


class StatusNews(Record):
    """What a response's HTTP status says where nothing in it is recognised: the category it
    stands for, why, and the sources that say so."""

    category: Category
    says: str
    source: str


def status_news(
    provider: str | None, status: int | None, kind: str | None = None
) -> StatusNews | None:
    """What an HTTP status says of a response in which nothing is recognised: a status the
    provider's sources name as a rate-limited request's, where it means only that (429, or a
    server's status of 500 or more: a 401 or a 403 also means a refused token), else what the
    status (or its class, 2xx) stands for by its own definition (bankcodes._phrases.STATUSES,
    each with its RFC's section); None for another (a 404), and for the
    status every body of `kind` comes with (its response_status: a GraphQL error's 200), which
    says nothing more."""
    from bankcodes._payload_kinds import KINDS
    from bankcodes._phrases import STATUSES

    if kind is not None and status is not None and KINDS[kind].response_status == status:
        return None
    from bankcodes._provider_facts import RATE_LIMITS, NotStated
    from bankcodes.categories import Category

    limits = RATE_LIMITS.get(provider) if provider is not None else None
    stated = None if isinstance(limits, NotStated) else limits
    named = () if stated is None else stated.statuses
    if (
        stated is not None
        and status is not None
        and status in named
        and (status >= 500 or status == 429)
    ):
        says = said("status_of_provider", status=status, provider=provider)
        source = ", ".join(stated.sources)
        return StatusNews(category=Category.RATE_LIMITED, says=says, source=source)
    keys = () if status is None else (str(status), f"{status // 100}xx")
    key = next((key for key in keys if key in STATUSES), None)
    if key is None or status in named:
        # A status the provider's sources name for a rate limit means that too (a 401 of one).
        return None
    category, source = STATUSES[key]
    says = said(f"status_{key}", status=status)
    return StatusNews(category=Category(category), says=says, source=source)


def consent_news(provider: str | None, found: FoundCode | None) -> ConsentNews | None:
    """What the code says of a consent's end, where its provider names it as announcing the end
    (with its lead days) or telling it; None for another code."""
    from bankcodes._provider_facts import CONSENTS, NotStated

    consent = CONSENTS.get(provider) if provider is not None and found is not None else None
    if consent is None or found is None or isinstance(consent, NotStated):
        return None
    set_id = found.code_set.partition(".")[2]
    value = str(found.code.value)
    for event in consent.announced_by:
        if (event.code_set, event.code) == (set_id, value):
            lead = event.lead_days
            says = (
                said("consent_announced", provider=provider, value=value, lead=lead)
                if lead is not None
                else said("consent_announced_unnamed", provider=provider, value=value)
            )
            source, field = _sources(event, consent), event.ends_at_field
            return ConsentNews(says=says, source=source, lead_days=lead, field=field)
    for event in consent.ended_by:
        if (event.code_set, event.code) == (set_id, value):
            says = said("consent_ended", provider=provider, value=value)
            return ConsentNews(says=says, source=_sources(event, consent))
    return None


def _matched(
    provider: str | None, found: FoundCode | None, texts: Iterable[str], kind: str
) -> tuple[Any, str, str] | None:
    """The first of the provider's message rules of one `kind` (its BodyRules' messages or
    message_steps) for the code's set, and its codes where the rule names them, whose pattern a
    text of the body matches: (the rule, the code's value, that text); else None."""
    from bankcodes._provider_facts import BODY_RULES

    rules = BODY_RULES.get(provider) if provider is not None else None
    if found is None or rules is None:
        return None
    set_id, value = found.code_set.partition(".")[2], str(found.code.value)
    mine = [
        r
        for r in getattr(rules, kind)
        if r.code_set == set_id and (not r.codes or value in r.codes)
    ]
    for text in bounded(texts) if mine else ():
        for rule in mine:
            if spec_regex(rule.pattern).search(text) is not None:
                return rule, value, text
    return None


def meant(
    provider: str | None, found: FoundCode | None, texts: Iterable[str]
) -> tuple[FoundCode | None, tuple[Reason, ...]]:
    """The code a generic code's message means, by the provider's message rules (the first
    rule of the code's set, and of its codes where the rule names them, whose pattern a text of
    the body matches), with the reason that quotes the message; else the code itself."""
    matched = _matched(provider, found, texts, "messages")
    if matched is None or found is None or provider is None:
        return found, ()
    from bankcodes._code_fields import FoundCode
    from bankcodes._providers import code_set_of

    rule, value, text = matched
    code = code_set_of(provider, rule.means_code_set).parse(rule.means)
    assert code is not None, "a non-empty string is a code"
    ref = f"{provider}.{rule.means_code_set}"
    says = (
        said("message_is_code", means=rule.means, quote=shown(text))
        if text == value  # the code is the message itself: quoted once
        else said("message_means", value=shown(value), means=rule.means, quote=shown(text))
    )
    reason = Reason(part="next_step", says=says, source=", ".join(rule.sources))
    return FoundCode(path=found.path, field=found.field, code_set=ref, code=code), (reason,)


def stated_step(
    provider: str | None, found: FoundCode | None, texts: Iterable[str]
) -> tuple[str | None, tuple[Reason, ...]]:
    """The next step a generic code's message states, by the provider's message steps (the
    first step of the code's set, and of its codes where it names them, whose pattern a text of
    the body matches), with the reason that quotes the message; else none."""
    matched = _matched(provider, found, texts, "message_steps")
    if matched is None:
        return None, ()
    rule, value, text = matched
    says = said("message_states", value=shown(value), step=rule.next_step, quote=shown(text))
    return rule.next_step, (Reason(part="next_step", says=says, source=", ".join(rule.sources)),)


def caused(
    provider: str | None, found: FoundCode | None, data: object
) -> tuple[FoundCode | None, tuple[Reason, ...]]:
    """The first cause the catalog knows of a code whose body names its causes, by the
    provider's cause rules (the first MAX_VALUES values at the rule's path), with the reason
    that names it; else the code itself."""
    from bankcodes._provider_facts import BODY_RULES

    rules = BODY_RULES.get(provider) if provider is not None else None
    if found is None or rules is None:
        return found, ()
    from bankcodes._code_fields import FoundCode
    from bankcodes._providers import code_set_of
    from bankcodes._recognition import values

    set_id, value = found.code_set.partition(".")[2], str(found.code.value)
    for rule in (r for r in rules.causes if r.code_set == set_id and value in r.codes):
        for path, cause in islice(values(rule.path[1:], data, "$"), MAX_VALUES):
            code = code_set_of(provider, set_id).parse(cause) if isinstance(cause, str) else None
            if code is None or not code.known:
                continue
            assert isinstance(cause, str), "only a text is parsed"
            says = said("cause_decides", value=shown(value), cause=shown(cause), field=path)
            reason = Reason(part="next_step", says=says, source=", ".join(rule.sources))
            field = rule.path
            return FoundCode(path=path, field=field, code_set=found.code_set, code=code), (reason,)
    return found, ()


def _sources(event: ConsentEvent, consent: Consent) -> str:
    return ", ".join(event.sources or consent.sources)


def consent_end(
    found: FoundCode | None, provider: str | None, data: object, now: datetime.datetime
) -> tuple[datetime.datetime | None, tuple[Reason, ...]]:
    """When a consent ends, for a code its provider sends before the end: the moment the body's
    field that the source names holds, else the stated number of days after the moment the code
    arrived (a field's value that is no date-time is said so, and the days are counted)."""
    from bankcodes._times import date_time, instant

    news = consent_news(provider, found)
    if news is None:
        return None, ()
    refused: tuple[Reason, ...] = ()
    if news.field is not None and isinstance(data, dict) and news.field in data:
        value = data[news.field]
        stated = date_time(value)
        if stated is not None:
            says = said("ends_at_field", moment=instant(stated), field=news.field, news=news.says)
            return stated, (Reason(part="ends_at", says=says, source=news.source),)
        says = said("ends_at_refused", field=news.field, value=shown_value(value))
        refused = (Reason(part="ends_at", says=says, source=news.source),)
    if news.lead_days is None:
        return None, refused
    ends_at = now + datetime.timedelta(days=news.lead_days)
    says = said("ends_at_days", moment=instant(ends_at), news=news.says)
    return ends_at, (*refused, Reason(part="ends_at", says=says, source=news.source))


@cache
def spec_regex(pattern: str) -> re.Pattern[str]:
    """A pattern of the spec's subset (RE2's and JavaScript's syntax) as Python reads it."""
    return re.compile(pattern.replace("(?<", "(?P<"))


def by_status(news: StatusNews, what: str) -> tuple[str, str | None, tuple[Reason, ...]]:
    """Nothing known, but the response's status says what it stands for: its category's step and
    state, each with the status as its reason."""
    step, state = category_step(news.category)
    reasons = tuple(
        Reason(
            part=part,
            says=said("by_status", step=value, what=what, news=news.says),
            source=news.source,
        )
        for part, value in (("next_step", step), ("state", state))
        if value is not None
    )
    return step, state, reasons
