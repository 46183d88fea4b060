"""What a body's own fields and texts state for a decision: the moment a field says a consent
ends (or that it never does), and the most a request may ask for, by the code's sources, a text
of the body or a field; where no provider is named, the provider whose telling keys a body holds
(bankcodes._provider_facts' BODY_RULES, generated from the spec's consent and limits)."""

from __future__ import annotations

import datetime
from typing import Literal

from bankcodes._decide_facts import spec_regex
from bankcodes._decide_waits import MAX_MESSAGE, bounded, shown, shown_value
from bankcodes._decision import Reason, said

#: The most characters of a message a limit quotes (decide-facts.ts's MAX_QUOTE).
MAX_QUOTE = 200

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from bankcodes._code_fields import FoundCode
    from bankcodes._provider_facts import EndField


def told_by(data: object, fields: Literal["ends", "limit_fields"]) -> dict[str, str]:
    """Where no provider is named: each provider whose body fields (`fields` of its rules) have
    their telling keys all present, with those keys, in the order of their ids."""
    from bankcodes._provider_facts import BODY_RULES
    from bankcodes._recognition import reached

    whose = {
        p: ", ".join(f.tells)
        for p, r in BODY_RULES.items()
        for f in reversed(getattr(r, fields))
        if f.tells
        and all(reached(data, key) for key in f.tells)
        and (fields != "ends" or _applies(f, data))
    }
    return dict(sorted(whose.items()))


def told_by_header(headers: dict[str, list[str]]) -> tuple[str, Reason] | None:
    """Where nothing tells whose a response is: the provider whose declared response header
    (BodyRules.headers: a Server header naming its API, a header of its own) it carries, with
    its value where the provider declares one, and the reason that says so; None where it
    carries none."""
    from bankcodes._provider_facts import BODY_RULES

    for provider, rules in BODY_RULES.items():
        for header in rules.headers:
            values = headers.get(header.name, ())
            if header.value is None and values:
                says = said("told_header_name", provider=provider, name=header.name)
            elif header.value is not None and header.value in values:
                says = said("told_header", provider=provider, name=header.name, value=header.value)
            else:
                continue
            return provider, Reason(part="code", says=says, source=", ".join(header.sources))
    return None


def alike(whose: dict[str, str], each: list[tuple[Reason, ...]]) -> tuple[Reason, ...]:
    """What each provider told by its fields reads (`each`: its reason, in `whose`'s order), with
    what told it: one provider's reading and its keys; several providers' where they read it
    alike (the same words), their sources joined; none where they differ or read nothing."""
    read = [next(iter(reasons), None) for reasons in each]
    first = read[0] if read else None
    if first is None or any(r is None or r.says != first.says for r in read):
        return ()
    source = ", ".join(dict.fromkeys(s for r in read if r for s in r.source.split(", ")))
    (provider, keys), names = next(iter(whose.items())), ", ".join(whose)
    phrase = "told_alike" if len(whose) > 1 else "told_end"
    says = said(phrase, provider=provider, keys=keys, providers=names)
    return Reason(part=first.part, says=first.says, source=source), Reason(
        part="code", says=says, source="body"
    )


def body_end(
    provider: str | None, data: object, now: datetime.datetime, *, told: bool = False
) -> tuple[datetime.datetime | None, tuple[Reason, ...], tuple[str, str | None] | None]:
    """When a consent ends by the first field of the provider's bodies that states it (read
    exactly; null, where its source says so, for never; a text's date by its pattern), with its
    reason, and the next step and state that end gives where nothing else in the body decides:
    renew_consent once it has passed, none before it or where it never comes; no step for a
    value that is no date-time. Where no provider is named, as the providers whose fields tell
    the body (`told`: by those fields alone) read it alike; where they differ, none, with the
    reason that names them."""
    if provider is None:
        whose = told_by(data, "ends")
        each = [body_end(p, data, now, told=True) for p in whose]
        read = alike(whose, [reasons for _, reasons, _ in each])
        if read or len(whose) < 2:
            return (each[0][0], read, each[0][2]) if read else (None, (), None)
        says = said("told_ends", providers=", ".join(whose))
        return None, (Reason(part="code", says=says, source="body"),), None
    from bankcodes._provider_facts import BODY_RULES
    from bankcodes._recognition import values
    from bankcodes._times import date_time, instant, stated_moment, whole_seconds

    rules = BODY_RULES.get(provider)
    for end in rules.ends if rules is not None else ():
        if (told and not end.tells) or not _applies(end, data):
            continue
        for path, value in values(end.path[1:], data, "$"):
            source = ", ".join(end.sources)
            if end.pattern is not None:
                # A text that states the end: its date, and its time where the text states one.
                text = value[:MAX_MESSAGE] if isinstance(value, str) else ""
                found = spec_regex(end.pattern).search(text)
                parts = found.groupdict() if found else {}
                time, offset = parts.get("time"), parts.get("offset")
                stated = (
                    date_time(f"{parts['date']}T{time or '00:00:00'}{offset or 'Z'}")
                    if found
                    else None
                )
                if found is None or stated is None:
                    continue
                quote = shown(found.group())
                phrase = (
                    "ends_at_date" if time is None else "ends_at_time" if offset else "ends_at_utc"
                )
                says = said(phrase, moment=instant(stated), field=path, quote=quote)
            elif value is None and end.null_means_never:
                says = said("ends_never", field=path)
                return None, (Reason(part="ends_at", says=says, source=source),), ("none", None)
            else:
                stated = stated_moment(value, end.form, now)
                if stated is None:
                    says = said("ends_at_refused", field=path, value=shown_value(value))
                    return None, (Reason(part="ends_at", says=says, source=source),), None
                phrase = "ends_in_seconds" if end.form == "seconds" else "ends_at_body"
                seconds = whole_seconds(value)
                says = said(phrase, moment=instant(stated), field=path, seconds=seconds)
            state = "consent_ended" if end.then == "renew_consent" else None
            ended = (end.then, state) if stated <= now else ("none", None)
            return stated, (Reason(part="ends_at", says=says, source=source),), ended
    return None, (), None


def _applies(end: EndField, data: object) -> bool:
    """Whether an end field is read in `data`: every key it requires is present, and its
    when_field, where it names one, holds one of its when_values (decide-body.ts's `applies`)."""
    from bankcodes._recognition import reached

    if not all(reached(data, key) for key in end.requires):
        return False
    when = end.when_field
    return when is None or any(value in end.when_values for value in reached(data, when))


def stated_limit(
    provider: str | None, found: FoundCode | None, texts: Iterable[str]
) -> tuple[Reason, ...]:
    """The most (or least) a request may ask for: where the provider's sources state it for the
    code, with their sentence, else where texts of the body state it in a form the provider's
    rules declare (of days, of seconds, a version), each with its message quoted (at most
    MAX_QUOTE characters: a field's name and its bound in full)."""
    from bankcodes._provider_facts import BODY_RULES

    rules = BODY_RULES.get(provider) if provider is not None else None
    limits = rules.limits if rules is not None else ()
    set_id = found.code_set.partition(".")[2] if found is not None else None
    value = str(found.code.value) if found is not None else None
    for limit in limits:
        if limit.pattern is None and limit.code_set == set_id and value in limit.codes:
            quote, most = limit.example, limit.most
            says = said("limit_of_code", most=most, unit=limit.unit, value=value, quote=quote)
            return (Reason(part="limit", says=says, source=", ".join(limit.sources)),)
    patterned = [limit for limit in limits if limit.pattern is not None]
    stated: list[Reason] = []
    for text in bounded(texts) if patterned else ():
        for limit in patterned:
            match = spec_regex(str(limit.pattern)).search(text)
            if match is not None:
                bound = "most" if "most" in match.groupdict() else "least"
                quote = shown(match.group(), MAX_QUOTE)
                says = said(f"limit_{bound}", bound=match[bound], unit=limit.unit, quote=quote)
                stated.append(Reason(part="limit", says=says, source=", ".join(limit.sources)))
                break
    return tuple(stated)


def field_limit(provider: str | None, data: object, *, told: bool = False) -> tuple[Reason, ...]:
    """The most a request may ask for, where a field of the provider's bodies states it (a
    positive integer below 10**15), with the field named; where no provider is named, as the
    providers whose limit fields' telling keys are all present (`told`: by those fields alone)
    read it alike."""
    if provider is None:
        whose = told_by(data, "limit_fields")
        return alike(whose, [field_limit(p, data, told=True) for p in whose])
    from bankcodes._provider_facts import BODY_RULES
    from bankcodes._recognition import values

    rules = BODY_RULES.get(provider)
    for limit in rules.limit_fields if rules is not None else ():
        if told and not limit.tells:
            continue
        for path, value in values(limit.path[1:], data, "$"):
            # A number, as JavaScript reads one: 15552000.0 is 15552000.
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if 0 < value < 10**15 and float(value).is_integer():
                says = said("limit_field", most=int(value), unit=limit.unit, field=path)
                return (Reason(part="limit", says=says, source=", ".join(limit.sources)),)
    return ()
