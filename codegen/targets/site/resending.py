"""Sending a request again, on the site: a provider's retry rules, idempotency keys and lifetimes
(its tokens', sessions' and links', and how often it refreshes data), each with its sources, on
its page (`lines`) and compared across providers and standards on the When to act page (`rows`);
and the rate-limit header family a provider's headers belong to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from codegen.model import FactData, FactRecord, Provider
from codegen.targets.site import cells
from codegen.targets.site import markup as mk


class Facts(Protocol):
    """What a page needs to show a provider's facts (codegen.targets.site.decisions.Facts)."""

    def cite(self, value: FactData) -> str: ...
    def said(self, record: FactRecord, name: str, label: str) -> list[str]: ...
    def not_stated(self, facts: FactRecord, what: str) -> list[str]: ...


#: Whose a retry rule is, in words.
BY = {"documentation": "Documentation", "client_library": "Client library"}


def records(record: FactRecord, name: str) -> tuple[FactRecord, ...]:
    value = record.get(name)
    return tuple(v for v in value if isinstance(v, FactRecord)) if isinstance(value, tuple) else ()


def integer(record: FactRecord, name: str) -> int | None:
    value = record.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def duration(seconds: int) -> str:
    """A number of seconds in the largest whole unit: 90 s, 30 min, 24 h, 180 days."""
    for unit, size in (("days", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def millis(value: int) -> str:
    return f"{value} ms" if value % 1000 else duration(value // 1000)


def header_family(names: list[str]) -> str:
    """The family a provider's rate-limit headers belong to, read from their names: the
    X-RateLimit-* headers, the RateLimit-* headers of the IETF's draft (RateLimit and
    RateLimit-Policy in its later versions), Retry-After (RFC 9110)."""
    lowered = [name.lower().replace("_", "-").removeprefix("http-") for name in names]
    families = []
    if any(name.startswith("x-ratelimit") for name in lowered):
        families.append(mk.code("X-RateLimit-*"))
    if any(name == "ratelimit" or name.startswith("ratelimit-") for name in lowered):
        families.append(mk.code("RateLimit-*") + " (IETF draft)")
    if "retry-after" in lowered:
        families.append(mk.code("Retry-After"))
    return ", ".join(families) or cells.DASH


def _rule(rule: FactRecord) -> str:
    said = [BY[str(rule.get("by"))]]
    library = rule.get("library")
    if isinstance(library, str):
        said[0] += f" ({mk.text(library)})"
    statuses = rule.get("statuses")
    if isinstance(statuses, tuple) and statuses:
        said.append("HTTP " + ", ".join(str(s) for s in statuses))
    first, most = integer(rule, "first_delay_ms"), integer(rule, "max_delay_ms")
    backoff = rule.get("backoff")
    if first is not None:
        said.append(f"first wait {millis(first)}" + (f", {backoff}" if backoff else ""))
    elif isinstance(backoff, str):
        said.append(f"{backoff} backoff")
    if most is not None:
        said.append(f"at most {millis(most)} between attempts")
    attempts = integer(rule, "max_attempts")
    if attempts is not None:
        said.append(f"{attempts} attempts in all")
    return "; ".join(said)


def _key(key: FactRecord) -> str:
    header, field = key.get("header"), key.get("field")
    where = (
        f"header {mk.code(str(header))}"
        if header
        else f"field {mk.code(str(field))}"
        if field
        else "a key (where it goes was not read)"
    )
    said = [f"{where}, for {mk.text(str(key.get('applies_to')))}"]
    length, kept = integer(key, "max_length"), integer(key, "kept_seconds")
    if length is not None:
        said.append(f"at most {length} characters")
    if kept is not None:
        said.append(f"kept {duration(kept)}")
    return "; ".join(said)


def _lifetime(item: FactRecord) -> str:
    seconds, least = integer(item, "seconds"), integer(item, "least_seconds")
    of = "one-time code" if item.get("of") == "code" else str(item.get("of")).replace("_", " ")
    name = mk.code(str(item.get("name")))
    if seconds is None:
        said = "no number stated"
    elif least is not None:
        said = f"{duration(least)} to {duration(seconds)}"
    else:
        said = duration(seconds)
    if item.get("of") == "data_refresh" and seconds is not None:
        said = f"every {said}"
    return f"{of} {name}: {said}"


#: Each field's items, and how one reads in a line.
ITEMS: dict[str, tuple[str, Callable[[FactRecord], str]]] = {
    "retries": ("rules", _rule),
    "idempotency": ("keys", _key),
    "lifetimes": ("lifetimes", _lifetime),
}
#: Each field's heading on a provider's page and the words of its "not stated" line.
HEADINGS = {"retries": "Retries", "idempotency": "Idempotency", "lifetimes": "Lifetimes"}


def lines(facts: Facts, provider: Provider, field: str) -> list[str]:
    """A provider page's section of one of the fields: each item with its quote and sources."""
    lines = ["", f"### {HEADINGS[field]}", ""]
    record = getattr(provider, field)
    if record is None:
        return [*lines, "Not read: no source read states them."]
    if record.name == "NotStated":
        return lines + facts.not_stated(record, HEADINGS[field].lower())
    name, said = ITEMS[field]
    lines.append(f"- Sources: {facts.cite(record.get('sources'))}")
    for item in records(record, name):
        lines.append(
            f"- {said(item)}: “{mk.text(str(item.get('quote')))}” "
            f"({facts.cite(item.get('sources'))})"
        )
        note = item.get("notes")
        if isinstance(note, str):
            lines.append(f"    - Notes (bankcodes' wording): {mk.text(note)}")
    lines += facts.said(record, "notes", "Notes (bankcodes' wording)")
    lines += facts.said(record, "read_in_part", "Read in part")
    return lines


def rows(facts: Facts, providers: tuple[Provider, ...], field: str) -> list[list[str]]:
    """The When to act page's rows of one of the fields: a row per item, or one saying not read
    or not stated."""
    name, said = ITEMS[field]
    found: list[list[str]] = []
    for provider in providers:
        record: FactData = getattr(provider, field)
        if not isinstance(record, FactRecord) or record.name == "NotStated":
            shown = "not read" if record is None else "not stated"
            found.append([mk.text(provider.name), shown, cells.DASH])
            continue
        for item in records(record, name):
            found.append([mk.text(provider.name), said(item), facts.cite(item.get("sources"))])
    return found
