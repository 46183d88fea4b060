"""When to act, on the site: each provider's page lists its rate-limit signals, its consent's
lifetime, its retry rules, idempotency keys and lifetimes with their sources (`section`), and one
page compares them across providers and standards, with the codes that state a wait or a number
of attempts and every status mapped onto the state model (reference/when-to-act.md)."""

from __future__ import annotations

from codegen.model import Catalog, Category, Code, FactData, FactRecord, Provider, Source
from codegen.render import render
from codegen.targets.site import cells, pages, resending
from codegen.targets.site import markup as mk
from codegen.targets.site.resending import integer, records
from codegen.targets.target import Files

PAGE = "when-to-act.md"
#: What a header's value means, in words.
MEANINGS = {
    "retry_after": "seconds or an HTTP date to wait (Retry-After)",
    "seconds_until_reset": "seconds until the quota resets",
    "reset_epoch": "the Unix time the quota resets",
    "remaining": "requests left",
    "limit": "the quota",
    "not_stated": "what its value means is not stated",
}


#: How a body's end field is written, in words (the spec's EndField.form).
_FORMS = {
    "date_time": "an RFC 3339 date-time",
    "last_day": "the last day it is valid, an ISO date",
    "epoch_milliseconds": "milliseconds since 1970",
    "seconds": "a lifetime in seconds from the response's arrival",
}


def _ids(value: FactData) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, tuple) else ()


def _text(record: FactRecord, name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) else None


class Facts:
    """What a page needs to show a provider's facts: the catalog's sources by id and the way up
    to the reference folder."""

    def __init__(self, catalog: Catalog, up: str) -> None:
        self.sources = {source.id: source for source in catalog.sources}
        self.up = up

    def cite(self, value: FactData) -> str:
        found: tuple[Source, ...] = tuple(self.sources[i] for i in _ids(value))
        return cells.sources(found, self.up)

    def said(self, record: FactRecord, name: str, label: str) -> list[str]:
        text = _text(record, name)
        return [] if text is None else [f"- {label}: {mk.text(text)}"]

    def rate_limits(self, facts: FactRecord) -> list[str]:
        if facts.name == "NotStated":
            return self.not_stated(facts, "rate limits")
        lines = [f"- Sources: {self.cite(facts.get('sources'))}"]
        statuses = facts.get("statuses")
        if isinstance(statuses, tuple) and statuses:
            lines.append("- HTTP statuses: " + ", ".join(str(s) for s in statuses))
        for header in records(facts, "headers"):
            meaning = MEANINGS[str(header.get("meaning"))]
            note = _text(header, "notes")
            lines.append(
                f"- Header {mk.code(str(header.get('name')))}: {meaning}"
                + (f"; {mk.text(note)}" if note else "")
                + f" ({self.cite(header.get('sources'))})"
            )
        for prose in records(facts, "prose"):
            lines.append(
                f"- A wait in the message: {mk.code(str(prose.get('pattern')))}, as in "
                f"“{mk.text(str(prose.get('example')))}” ({self.cite(prose.get('sources'))})"
            )
        lines += self.said(facts, "thresholds", "Limits, in the source's words")
        window = facts.get("window")
        if isinstance(window, FactRecord):
            lines.append(
                f"- Window: {resending.duration(int(str(window.get('seconds'))))}, the wait of a "
                f"rate-limited response that gives none: “{mk.text(str(window.get('quote')))}” "
                f"({self.cite(window.get('sources'))})"
                + (f"; {mk.text(n)}" if isinstance(n := window.get("notes"), str) else "")
            )
        lines += self.said(facts, "notes", "Notes (bankcodes' wording)")
        lines += self.said(facts, "read_in_part", "Read in part")
        return lines

    def consent(self, facts: FactRecord) -> list[str]:
        if facts.name == "NotStated":
            return self.not_stated(facts, "consent")
        lines = [f"- Sources: {self.cite(facts.get('sources'))}"]
        for name, label in (("max_days", "Longest validity"), ("default_days", "By default")):
            days = integer(facts, name)
            if days is not None:
                lines.append(f"- {label}: {days} days")
        lines += self.said(facts, "renewal", "Renewal, in the source's words")
        for event in records(facts, "announced_by"):
            lead = integer(event, "lead_days")
            before = "" if lead is None else f", {lead} days before"
            lines.append(f"- Announced by {self.event(event)}{before}")
        for event in records(facts, "ended_by"):
            lines.append(f"- Ended: {self.event(event)}")
        lines += self.said(facts, "notes", "Notes (bankcodes' wording)")
        lines += self.said(facts, "read_in_part", "Read in part")
        return lines

    def body_rules(self, facts: FactRecord) -> list[str]:
        lines = []
        for rule in [*records(facts, "messages"), *records(facts, "message_steps")]:
            codes = ", ".join(mk.code(c) for c in _ids(rule.get("codes"))) or "Any code"
            example = mk.text(str(rule.get("example")))
            decides = (
                f"decides as {mk.code(str(rule.get('means')))} "
                f"({mk.code(str(rule.get('means_code_set')))})"
                if rule.get("means") is not None
                else f"decides by the step it states, {mk.code(str(rule.get('next_step')))}"
            )
            lines.append(
                f"- {codes} of {mk.code(str(rule.get('code_set')))} whose message matches "
                f"{mk.code(str(rule.get('pattern')))}, as in “{example}”, "
                f"{decides} ({self.cite(rule.get('sources'))})"
            )
        for kind, does in (
            ("causes", "decides by its first known cause at"),
            ("waits", "waits until"),
        ):
            for rule in records(facts, kind):
                codes = ", ".join(mk.code(c) for c in _ids(rule.get("codes")))
                form = f" ({_FORMS[str(rule.get('form'))]})" if kind == "waits" else ""
                lines.append(
                    f"- {codes} of {mk.code(str(rule.get('code_set')))} {does} "
                    f"{mk.code(str(rule.get('path')))}{form}: “{mk.text(str(rule.get('quote')))}” "
                    f"({self.cite(rule.get('sources'))})"
                )
        for end in records(facts, "ends"):
            never = "; null: it never ends" if end.get("null_means_never") else ""
            path, form = mk.code(str(end.get("path"))), _FORMS[str(end.get("form"))]
            then = mk.code(str(end.get("then")))
            tells = ", ".join(mk.code(key) for key in _ids(end.get("tells")))
            told = f"; told with no provider named by {tells}" if tells else ""
            pattern = end.get("pattern")
            if pattern is not None:
                example = mk.text(str(end.get("example")))
                path += (
                    f"'s date ({mk.code(str(pattern))}, the day's start in UTC) as in “{example}”"
                )
                form = "a date in a text"
            lines.append(
                f"- A consent, session or token ends at {path} ({form}){never}; once passed: {then}"
                f"{told} ({self.cite(end.get('sources'))})"
            )
        for field in records(facts, "limit_fields"):
            lines.append(
                f"- The most a request may ask for, in {field.get('unit')}: the body's "
                f"{mk.code(str(field.get('path')))} ({self.cite(field.get('sources'))})"
            )
        for header in records(facts, "headers"):
            name, value = mk.code(str(header.get("name"))), header.get("value")
            said = "whatever its value" if value is None else mk.code(str(value))
            lines.append(
                f"- Told with no provider named by its response's {name} header, {said} "
                f"({self.cite(header.get('sources'))})"
            )
        for limit in records(facts, "limits"):
            example, cited = mk.text(str(limit.get("example"))), self.cite(limit.get("sources"))
            if limit.get("pattern") is None:
                codes = ", ".join(mk.code(c) for c in _ids(limit.get("codes")))
                lines.append(
                    f"- {codes} of {mk.code(str(limit.get('code_set')))}: at most "
                    f"{limit.get('most')} {limit.get('unit')}, “{example}” ({cited})"
                )
                continue
            lines.append(
                f"- The most or least a request may ask for, in {limit.get('unit')}: "
                f"{mk.code(str(limit.get('pattern')))}, as in “{example}” ({cited})"
            )
        return lines + self.said(facts, "notes", "Notes (bankcodes' wording)")

    def event(self, event: FactRecord) -> str:
        said = f"{mk.code(str(event.get('code')))} ({mk.code(str(event.get('code_set')))})"
        cited = _ids(event.get("sources"))
        return said + (f" ({self.cite(cited)})" if cited else "")

    def not_stated(self, facts: FactRecord, what: str) -> list[str]:
        inner = facts.get("not_stated")
        assert isinstance(inner, FactRecord)
        cited = self.cite(inner.get("sources"))
        lines = [f"- Not stated, of its {what}, in the sources read whole: {cited}"]
        return lines + self.said(inner, "notes", "Notes (bankcodes' wording)")


def section(catalog: Catalog, provider: Provider, up: str) -> str:
    """The provider page's section: its rate limits and consent, or "not read"."""
    facts = Facts(catalog, up)
    lines = ["## When to act { data-search-exclude data-unsearched }", "", "### Rate limits", ""]
    limits = provider.rate_limits
    lines += facts.rate_limits(limits) if limits else ["Not read: no source read states them."]
    lines += ["", "### Consent", ""]
    consent = provider.consent
    lines += facts.consent(consent) if consent else ["Not read: no source read states it."]
    for field in ("retries", "idempotency", "lifetimes"):
        lines += resending.lines(facts, provider, field)
    if provider.body_rules is not None:
        lines += ["", "### What its bodies say", "", *facts.body_rules(provider.body_rules)]
    return "\n".join(lines) + "\n"


def _carried(item: Code | Category) -> dict[str, object]:
    return {fact.name: value for fact, value in item.carried}


def _rules(code: Code) -> str:
    found = _carried(code)
    said = []
    if "wait_seconds" in found:
        said.append(f"wait {found['wait_seconds']} s")
    if "max_attempts" in found:
        said.append(f"at most {found['max_attempts']} attempts in all")
    if "next_step" in found:
        said.append(f"next step {mk.code(str(found['next_step']))}")
    return "; ".join(said)


def _code_link(code: Code, up: str) -> str:
    return mk.page_link(mk.code(str(code.value)), up, pages.code_page(code))


def consent_row(facts: Facts, provider: Provider) -> list[str]:
    record = provider.consent
    if record is None or record.name != "Consent":
        said = "not read" if record is None else "not stated"
        return [mk.text(provider.name), said, cells.DASH, cells.DASH, cells.DASH, cells.DASH]
    days = [integer(record, n) for n in ("max_days", "default_days")]
    announced = [
        f"{mk.code(str(e.get('code')))}"
        + ("" if integer(e, "lead_days") is None else f" ({integer(e, 'lead_days')} days before)")
        for e in records(record, "announced_by")
    ]
    ended = [mk.code(str(e.get("code"))) for e in records(record, "ended_by")]
    return [
        mk.text(provider.name),
        *(cells.DASH if d is None else f"{d} days" for d in days),
        ", ".join(announced) or cells.DASH,
        ", ".join(ended) or cells.DASH,
        facts.cite(record.get("sources")),
    ]


def limits_row(facts: Facts, provider: Provider) -> list[str]:
    record = provider.rate_limits
    if record is None or record.name != "RateLimits":
        said = "not read" if record is None else "not stated"
        return [mk.text(provider.name), said, *[cells.DASH] * 5]
    statuses = record.get("statuses")
    headers = [
        f"{mk.code(str(h.get('name')))}: {MEANINGS[str(h.get('meaning'))]}"
        for h in records(record, "headers")
    ]
    prose = [mk.code(str(p.get("pattern"))) for p in records(record, "prose")]
    window = record.get("window")
    names = [str(h.get("name")) for h in records(record, "headers")]
    return [
        mk.text(provider.name),
        ", ".join(str(s) for s in statuses)
        if isinstance(statuses, tuple) and statuses
        else "none named",
        resending.header_family(names),
        "; ".join(headers) or cells.DASH,
        "; ".join(prose) or cells.DASH,
        resending.duration(int(str(window.get("seconds"))))
        if isinstance(window, FactRecord)
        else cells.DASH,
        facts.cite(record.get("sources")),
    ]


def state_row(facts: Facts, code: Code) -> list[str]:
    own = _carried(code)
    category = _carried(code.category)
    state = own.get("state") or category.get("state")
    why = own.get("state_reason")
    reason = mk.text(str(why)) if why else f"its category, {mk.text(code.category.title)}"
    sourced = own.get("fact_sources")
    cited = sourced.get("state", ()) if isinstance(sourced, dict) else ()
    return [
        mk.text(code.provider.name),
        mk.code(code.code_set.id),
        _code_link(code, facts.up),
        mk.code(str(state)),
        reason + (f" ({facts.cite(tuple(cited))})" if cited else ""),
    ]


def category_row(category: Category) -> list[str]:
    found = _carried(category)
    state = found.get("state")
    next_step = mk.code(str(found.get("next_step")))
    return [mk.text(category.title), next_step, mk.code(str(state)) if state else cells.DASH]


def files(catalog: Catalog) -> Files:
    """The page, its tables HTML ready-made (Markdown parsed their rows on every build)."""
    with mk.html():
        facts = Facts(catalog, mk.up_from(PAGE))
        rows = {
            "consents": [consent_row(facts, p) for p in catalog.providers],
            "limits": [limits_row(facts, p) for p in catalog.providers],
            **{f: resending.rows(facts, catalog.providers, f) for f in resending.ITEMS},
            "retry": [
                [
                    mk.text(c.provider.name),
                    _code_link(c, facts.up),
                    _rules(c),
                    facts.cite(_sources_of(c)),
                ]
                for c in catalog.codes
                if {"wait_seconds", "max_attempts"} & set(_carried(c))
            ],
            "categories": [category_row(category) for category in catalog.categories],
            "statuses": [
                state_row(facts, code)
                for code_set in catalog.code_sets
                if {f.name: v for f, v in code_set.carried}.get("states")
                for code in code_set.codes
            ],
        }
    page = render("site/when_to_act.md.j2", header=catalog.header, rows=rows, table=_table)
    return {f"{pages.ROOT}/{PAGE}": page}


def _table(headings: tuple[str, ...], rows: list[list[str]]) -> str:
    # Its section is left out of the search by its heading.
    return mk.raw(mk.table(headings, rows, excluded=False))


def _sources_of(code: Code) -> tuple[str, ...]:
    sourced = _carried(code).get("fact_sources")
    if not isinstance(sourced, dict):
        return ()
    return tuple(dict.fromkeys(i for ids in sourced.values() for i in ids))
