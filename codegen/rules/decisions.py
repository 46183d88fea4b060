"""Rules of the facts that decide what to do now: every category has a next step, every status
of a code set with states has a state, a per-code fact names its sources, and a provider's rate
limits, consent, retries, idempotency and lifetimes resolve (sources, codes, patterns) and say
"not stated" only of sources read whole."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from codegen.errors import Problem, pointer
from codegen.model import STEP_ACTORS
from codegen.rules._common import Where, code_sets
from codegen.spec import Catalog, Provider
from codegen.spec.body_rules import (
    BodyRules,
    CauseRule,
    EndField,
    MessageRule,
    MessageStep,
    StatedLimit,
    WaitField,
)
from codegen.spec.decisions import Consent, ConsentEvent, NotStated, ProsePattern, RateLimits
from codegen.spec.evidence import by_fields
from codegen.spec.payloads import Recognition
from codegen.spec.retrying import Idempotency, Lifetimes, Retrying, RetryRule

#: The per-code facts a source must state (never bankcodes' reading).
SOURCED_ONLY = ("wait_seconds", "max_attempts")
#: What a prose pattern may not hold: lookaround, a backreference, a group other than the one.
_FORBIDDEN = re.compile(r"\(\?[=!]|\(\?<[=!]|\\[1-9]|\\k<|\((?!\?)")
_GROUP = re.compile(r"\(\?<(seconds|minutes|hours)>")
_MOST = re.compile(r"\(\?<(most|least)>")
_DATE = re.compile(r"\(\?<(date)>")
#: An escaped character of a pattern that is no backreference (a literal parenthesis, \().
_ESCAPED = re.compile(r"\\[^1-9k]")


def categories_have_next_steps(catalog: Catalog) -> Iterator[Problem]:
    for category in catalog.categories.values():
        if category.next_step is None:
            yield Problem(
                pointer("categories", category.id),
                "the category has no next_step (what to do when one of its codes comes)",
            )


def categories_name_who_takes_their_step(catalog: Catalog) -> Iterator[Problem]:
    """A category whose next step someone takes (STEP_ACTORS: a retry is the integrator's)
    names someone as its actor, never nobody: what decides its codes says who acts."""
    for category in catalog.categories.values():
        step = category.next_step
        taker = STEP_ACTORS.get(step) if step is not None else None
        if category.actor == "nobody" and taker not in (None, "nobody"):
            yield Problem(
                pointer("categories", category.id, "actor"),
                f"the category's next step {step} is taken by the {taker.replace('_', ' ')}, "
                "but its actor is nobody: name who acts",
            )


def statuses_have_states(catalog: Catalog) -> Iterator[Problem]:
    """A code set with states: true holds statuses: each has a state, its own or its
    category's."""
    for _, code_set, at in code_sets(catalog):
        if not code_set.states:
            continue
        for index, code in enumerate(code_set.codes):
            category = catalog.categories.get(code.category or "")
            if category is None and code.category is not None:
                continue  # an unknown category is reported where it is named
            if code.state is None and (category is None or category.state is None):
                yield Problem(
                    pointer(*at, "codes", index),
                    f"the code set has states: true, but neither {code.value!r} nor its "
                    f"category {code.category!r} has a state",
                )


def code_facts_are_sourced(catalog: Catalog) -> Iterator[Problem]:
    """fact_sources names facts the code gives and sources the catalog has; a wait and a number
    of attempts always name theirs; a state comes with its reason, which is not the
    description again."""
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            here = (*at, "codes", index)
            given = code.fact_sources or {}
            for field in given:
                if getattr(code, field) is None:
                    yield Problem(pointer(*here, "fact_sources", field), f"the code has no {field}")
            if (code.state is None) != (code.state_reason is None):
                yield Problem(
                    pointer(*here, "state" if code.state is None else "state_reason"),
                    "a code's state and state_reason go together (why the code stands for it)",
                )
            if code.state_reason is not None and code.state_reason == code.description:
                yield Problem(
                    pointer(*here, "state_reason"),
                    "the state_reason repeats the code's description: shown beside it, it would "
                    "say the same twice; say why the code stands for its state",
                )
            for name in SOURCED_ONLY:
                if getattr(code, name) is not None and name not in given:
                    yield Problem(
                        pointer(*here, name),
                        f"{name} is a source's fact: name its sources in fact_sources.{name}",
                    )


def provider_decisions_resolve(catalog: Catalog) -> Iterator[Problem]:
    for provider in catalog.providers.values():
        at = ("providers", provider.id)
        for field in ("rate_limits", "consent", "retries", "idempotency", "lifetimes"):
            facts = getattr(provider, field)
            if isinstance(facts, NotStated):
                yield from _not_stated(catalog, (*at, field, "not_stated"), facts)
            elif isinstance(facts, RateLimits):
                yield from _rate_limits(catalog, (*at, field), facts)
            elif isinstance(facts, Consent):
                yield from _consent(catalog, provider, (*at, field), facts)
            elif isinstance(facts, Retrying):
                yield from _retrying(catalog, (*at, field), facts)
            elif isinstance(facts, Idempotency | Lifetimes):
                yield from _stated(catalog, (*at, field), facts)
        if provider.body_rules is not None:
            yield from _body_rules(provider, (*at, "body_rules"), provider.body_rules)


def headers_tell_one_provider(catalog: Catalog) -> Iterator[Problem]:
    """A response header that tells a provider's responses (body_rules.headers) by its name
    alone, or by its name and value, is declared by that provider alone: one that several
    declare tells none of them."""
    seen: dict[str, list[tuple[str, str | None]]] = {}
    for provider in catalog.providers.values():
        rules = provider.body_rules
        for index, header in enumerate(rules.headers if rules is not None else ()):
            for other, value in seen.get(header.name, ()):
                if other != provider.id and (
                    None in (value, header.value) or value == header.value
                ):
                    yield Problem(
                        pointer("providers", provider.id, "body_rules", "headers", index),
                        f"{other} declares the header {header.name!r} too: a header that "
                        "several providers' responses carry tells none of them",
                    )
            seen.setdefault(header.name, []).append((provider.id, header.value))


def _body_rules(provider: Provider, at: Where, facts: BodyRules) -> Iterator[Problem]:
    """Each message rule's codes and meant code, each message step's, cause rule's and wait
    field's codes, in their code sets; a message rule's or step's pattern (no capturing group)
    and a limit's (one, most) as `_pattern` checks them."""
    for index, rule in enumerate(facts.messages):
        here = (*at, "messages", index)
        named = [(value, rule.code_set, "codes") for value in rule.codes]
        yield from _in_sets(provider, here, (*named, (rule.means, rule.means_code_set, "means")))
        yield from _pattern(pointer(*here), rule, None)
    for index, step in enumerate(facts.message_steps):
        here = (*at, "message_steps", index)
        named = [(value, step.code_set, "codes") for value in step.codes]
        yield from _in_sets(provider, here, named)
        yield from _pattern(pointer(*here), step, None)
    for index, end in enumerate(facts.ends):
        if end.pattern is not None:
            yield from _pattern(pointer(*at, "ends", index), end, _DATE, "date")
        if (end.when_field is None) != (not end.when_values):
            problem = "when_field and when_values go together"
            yield Problem(pointer(*at, "ends", index, "when_field"), problem)
    coded: tuple[tuple[str, tuple[CauseRule | WaitField, ...]], ...] = (
        ("causes", facts.causes),
        ("waits", facts.waits),
    )
    for field, entries in coded:
        for index, entry in enumerate(entries):
            named = [(value, entry.code_set, "codes") for value in entry.codes]
            yield from _in_sets(provider, (*at, field, index), named)
    for index, limit in enumerate(facts.limits):
        here = (*at, "limits", index)
        if limit.pattern is not None:
            yield from _pattern(pointer(*here), limit, _MOST, "most or least")
        elif limit.code_set is None or not limit.codes or limit.most is None:
            yield Problem(
                pointer(*here), "a limit states its pattern, or its code_set, codes and most"
            )
        else:
            yield from _in_sets(provider, here, [(c, limit.code_set, "codes") for c in limit.codes])
            if str(limit.most) not in limit.example:
                yield Problem(pointer(*here, "example"), f"the example does not state {limit.most}")
    told = [("ends", i, f.tells) for i, f in enumerate(facts.ends)]
    told += [("limit_fields", i, f.tells) for i, f in enumerate(facts.limit_fields)]
    for field, index, tells in told:
        if tells and not by_fields(Recognition.model_validate({"present": tells})):
            yield Problem(
                pointer(*at, field, index, "tells"),
                f"{list(tells)} tell no provider: name a key of its own, or three keys "
                "that no shared shape holds (codegen/spec/evidence.json)",
            )


def _in_sets(
    provider: Provider, here: Where, named: Iterable[tuple[str, str, str]]
) -> Iterator[Problem]:
    """Each (value, code set, field) named: a code of its code set."""
    for value, set_id, field in named:
        code_set = provider.code_sets.get(set_id)
        if code_set is not None and all(str(code.value) != value for code in code_set.codes):
            yield Problem(pointer(*here, field), f"{set_id} has no code {value!r}")


def _read_in_part(catalog: Catalog, refs: tuple[str, ...]) -> list[str]:
    return [ref for ref in refs if ref in catalog.sources and catalog.sources[ref].read_in_part]


def _not_stated(catalog: Catalog, at: Where, facts: NotStated) -> Iterator[Problem]:
    for ref in _read_in_part(catalog, facts.not_stated.sources):
        yield Problem(
            pointer(*at, "sources"),
            f"{ref!r} was read in part: what it does not show was not read, never not stated "
            "(leave the field out, or state the facts with read_in_part)",
        )


def _stated(
    catalog: Catalog, at: Where, facts: RateLimits | Consent | Retrying | Idempotency | Lifetimes
) -> Iterator[Problem]:
    partial = _read_in_part(catalog, facts.sources)
    if partial and facts.read_in_part is None:
        yield Problem(
            pointer(*at, "sources"),
            f"{partial[0]!r} was read in part: say in read_in_part what was read and what was not",
        )


def _rate_limits(catalog: Catalog, at: Where, facts: RateLimits) -> Iterator[Problem]:
    yield from _stated(catalog, at, facts)
    for index, prose in enumerate(facts.prose):
        yield from _pattern(pointer(*at, "prose", index), prose)


def _retrying(catalog: Catalog, at: Where, facts: Retrying) -> Iterator[Problem]:
    """A library's rule names its library; a rule's longest wait is no shorter than its first."""
    yield from _stated(catalog, at, facts)
    for index, rule in enumerate(facts.rules):
        here = (*at, "rules", index)
        if (rule.by == "client_library") != (rule.library is not None):
            yield Problem(
                pointer(*here, "library"),
                "a client library's rule names its library, and only such a rule does",
            )
        if _shorter(rule):
            yield Problem(
                pointer(*here, "max_delay_ms"), "max_delay_ms is less than first_delay_ms"
            )


def _shorter(rule: RetryRule) -> bool:
    first, most = rule.first_delay_ms, rule.max_delay_ms
    return first is not None and most is not None and most < first


def _pattern(
    where: str,
    prose: ProsePattern | StatedLimit | MessageRule | MessageStep | EndField,
    group: re.Pattern[str] | None = _GROUP,
    named: str = "seconds, minutes or hours",
) -> Iterator[Problem]:
    """One named group (seconds, minutes or hours; most or least; date), or none where `group`
    is None; nothing only some engines read; and the example matched, its group digits (a
    date's, and hyphens)."""
    pattern = prose.pattern or ""
    rest = pattern if group is None else group.sub("", pattern, count=1)
    rest = _ESCAPED.sub("", rest).replace("(?:", "")
    if (group is not None and group.search(rest)) or _FORBIDDEN.search(rest):
        holds = f"one named group ({named}) and no other group" if group else "no group"
        yield Problem(
            f"{where}/pattern",
            f"a prose pattern holds {holds}, lookaround or backreference (use (?:...) to group)",
        )
        return
    try:
        compiled = re.compile(pattern.replace("(?<", "(?P<"))
    except re.error as error:
        yield Problem(f"{where}/pattern", f"not a regular expression: {error}")
        return
    found = compiled.search(prose.example or "")
    if found is None:
        yield Problem(f"{where}/example", "the pattern does not match its example")
    elif group is not None and not found.group(found.lastgroup or 0).replace("-", "").isdigit():
        yield Problem(f"{where}/pattern", "the pattern's group holds more than digits")


def _consent(catalog: Catalog, provider: Provider, at: Where, facts: Consent) -> Iterator[Problem]:
    yield from _stated(catalog, at, facts)
    if facts.max_days and facts.default_days and facts.default_days > facts.max_days:
        yield Problem(pointer(*at, "default_days"), "default_days is more than max_days")
    for field in ("announced_by", "ended_by"):
        events: tuple[ConsentEvent, ...] = getattr(facts, field)
        for index, event in enumerate(events):
            here = (*at, field, index)
            code_set = provider.code_sets.get(event.code_set)
            if code_set is not None and all(code.value != event.code for code in code_set.codes):
                yield Problem(
                    pointer(*here, "code"), f"{event.code_set} has no code {event.code!r}"
                )
