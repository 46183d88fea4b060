"""What the catalog knows about codes, as `bankcodes explain` (bankcodes._cli_explain) and
`bankcodes list` say it: the codes of a provider, and the entry of a code."""

from __future__ import annotations

import importlib
import itertools

import bankcodes
from bankcodes import Category
from bankcodes._base import AnyCode
from bankcodes._catalog import MODULES
from bankcodes._cli_output import fact_lines, facts, plain
from bankcodes._record import fields_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO


def members(provider: str | None = None) -> list[tuple[str, AnyCode]]:
    """(provider, member) of every code of the catalog (of `provider` where given), in catalog
    order."""
    found = []
    for provider_id in bankcodes.PROVIDERS:
        if provider is not None and provider_id != provider:
            continue
        module = importlib.import_module(f"bankcodes.{MODULES[provider_id]}")
        for code_set in module.CODE_SETS:
            found += [(provider_id, member) for member in code_set]
    return found


#: The records whose facts an entry shows (bankcodes._code_facts), by the entry's name for them.
FACTS_OF = {"code": "Code", "code_set": "CodeSet", "category": "Category", "lifecycle": "Lifecycle"}


def _facts(member: AnyCode, place: str) -> dict[str, dict[str, object]]:
    """The carried facts that `place` shows of the code, its code set, its category and its
    lifecycle, those it has."""
    info = member.info
    records = (info, type(member).code_set(), member.category.info, info.lifecycle)
    found = {
        of: facts(record, FACTS_OF[of], place)
        for of, record in zip(FACTS_OF, records, strict=True)
        if record is not None
    }
    return {of: shown for of, shown in found.items() if shown}


def _describe(provider: str, member: AnyCode, place: str = "cli") -> dict[str, Any]:
    info = member.info
    code_set = type(member).code_set()
    return {
        "provider": provider,
        "code_set": code_set.id,
        "code_set_title": code_set.title,
        "value": member.value,
        "python": f"bankcodes.{MODULES[provider]}.{type(member).__name__}.{member.name}",
        "description": member.description,
        "message": member.message,
        "category": member.category.value,
        "category_title": member.category.label,
        "retryable": member.retryable,
        "end_user_can_retry": member.end_user_can_retry,
        # Who acts on the code: its category's, or the one its own next step asks (decide's).
        "actor": bankcodes.decide(member).actor,
        "action": member.category.action,
        "advice": member.advice,
        "user_message": member.user_message,
        "end_user": _end_user(member),
        "http": [
            {"status": entry.status, "cause": entry.cause, "context": entry.context}
            for entry in info.http
        ],
        "scope": {k: list(v) for k, v in fields_of(info.scope).items() if v} if info.scope else {},
        "deprecated": info.lifecycle.note if info.lifecycle else None,
        "sources": [{"title": s.title, "url": s.url} for s in member.sources],
        **({"doc_url": member.doc_url} if member.doc_url is not None else {}),
        **({"facts": found} if (found := _facts(member, place)) else {}),
    }


def _end_user(member: AnyCode) -> dict[str, Any] | None:
    """What an app tells the customer, in English, with whose words each part is."""
    text = member.end_user_text()
    return None if text is None else {k: v for k, v in fields_of(text).items() if k != "language"}


def _equivalents(
    provider: str, category: Category, listed: set[tuple[str, str, str]]
) -> dict[str, list[str]]:
    """The codes of other providers that only share the category (not among `listed`)."""
    from bankcodes._by_category import BY_CATEGORY

    found: dict[str, list[str]] = {}
    if not category.equivalents:
        return found
    for other, code_set, wire in BY_CATEGORY[category.value]:
        if other != provider and (other, code_set, wire) not in listed:
            values = found.setdefault(other, [])
            if wire not in values:
                values.append(wire)
    return found


def _shown(provider: str, value: str, code_set: str | None = None) -> str:
    """A code as the text output names it: its wire value, or an integer code's name and number
    (IMPORTED (17))."""
    for member in bankcodes.lookup(provider, value):
        if code_set is None or type(member).code_set().id == code_set:
            return str(member)
    return value


def print_entry(entry: dict[str, Any], out: TextIO) -> None:
    """An entry after the decision that leads `explain`'s answer (which says the step, the
    state, the wait and the attempts, and why: they are not said again)."""
    print(entry_heading(entry), file=out)
    for line in entry_lines(entry, decided=True):
        print(f"  {line}", file=out)


def entry_heading(entry: dict[str, Any]) -> str:
    """The line that names an entry: its provider, code set and Python member."""
    return f"{entry['provider']} · {entry['code_set_title']} · {entry['python']}"


#: The facts a decision says (bankcodes.decide), with their sources, in its own words.
DECIDED = frozenset(
    ("next_step", "state", "state_reason", "wait_seconds", "max_attempts", "fact_sources")
)


def stated_state(*entries: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The codes' own words on the state they tell, with their sources, as a decision block
    shows them among the state's reasons (entry_lines leaves them to it)."""
    stated = []
    for entry in entries:
        own = (entry or {}).get("facts", {}).get("code", {})
        if own.get("state_reason"):
            sources = ", ".join(own.get("fact_sources", {}).get("state", ()))
            stated.append((own["state_reason"], sources))
    return stated


def entry_lines(entry: dict[str, Any], decided: bool = False) -> list[str]:
    """What `explain` says of an entry, line by line: its description first, then its facts (in
    words; those a decision says left to it where one is `decided` beside the entry), its
    sources and its equivalents (a reason indented under the codes it explains)."""
    from bankcodes._phrases import WORDS

    lines = [
        plain(entry["description"]),
        f"category: {entry['category']} ({entry['category_title']}) · "
        f"retryable: {'yes' if entry['retryable'] else 'no'} · "
        f"end user can retry: {'yes' if entry['end_user_can_retry'] else 'no'} · "
        f"who acts: {entry['actor'].replace('_', ' ')}",
        f"action: {entry['action']}",
    ]
    if entry["message"] and entry["message"] != entry["description"]:
        lines.append(f"message: {entry['message']}")
    if entry["advice"]:
        lines.append(f"advice to the integrator (the provider's words): {plain(entry['advice'])}")
    if entry["user_message"]:
        lines.append(f"user message (the provider's words): {entry['user_message']}")
    if entry["end_user"]:
        words = entry["end_user"]
        lines.append(f"tell the customer ({words['message_by']}): {words['message']}")
        lines.append(f"customer's action ({words['action_by']}): {words['action']}")
    if entry["http"]:
        statuses = []
        for h in entry["http"]:
            details = "; ".join(part for part in (h["cause"], h["context"]) if part)
            statuses.append(f"{h['status']} ({details})" if details else str(h["status"]))
        lines.append("HTTP: " + ", ".join(statuses))
    if entry["scope"]:
        lines.append(
            "scope: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in entry["scope"].items())
        )
    if entry["deprecated"]:
        lines.append(f"deprecated: {entry['deprecated']}")
    every = entry.get("facts", {})
    own, category = every.get("code", {}), every.get("category", {})
    for of, found in every.items():
        if of == "category":  # the code's own, where it states one, decides: it alone is shown
            found = {name: got for name, got in found.items() if name not in own}
        for name, got in found.items():
            if decided and name in DECIDED:
                continue
            got = WORDS.get(got, got) if name in ("next_step", "state") else got
            whose = ("the code's" if name in category else "") if of == "code" else of
            lines += fact_lines({name: got}, FACTS_OF[of], whose.replace("_", " "))
    for source in entry["sources"]:
        lines.append(
            f"source: {source['title']}" + (f" <{source['url']}>" if source["url"] else "")
        )
    for (same, reason), group in itertools.groupby(
        entry["closer_equivalents"], key=lambda closer: (closer["same"], closer["reason"])
    ):
        codes = (
            f"{c['provider']} {_shown(c['provider'], c['value'], c['code_set'])} ({c['code_set']})"
            for c in group
        )
        lines.append(f"same {same}: {', '.join(codes)}")
        lines.append(f"  why: {reason}")
    same = entry["same_category"]
    if same["codes"]:
        lines.append(
            f"same category in {same['providers']} other provider"
            f"{'' if same['providers'] == 1 else 's'}: {same['codes']} "
            f"code{'' if same['codes'] == 1 else 's'} (bankcodes list --category "
            f"{same['category']}; --equivalents names them here)"
        )
    for provider, values in entry.get("equivalents", {}).items():
        shown = ", ".join(_shown(provider, value) for value in values)
        lines.append(f"same category only in {provider}: {shown}")
    if "doc_url" in entry:
        lines.append(f"reference: {entry['doc_url']}")
    return lines


def explained(
    provider_id: str, member: AnyCode, place: str = "cli", equivalents: bool = False
) -> dict[str, Any]:
    """What explain says of one member (the MCP server's answers: `place` "mcp"): its
    description, then its equivalents elsewhere: those the catalog records in full, and how
    many codes of other providers only share its category (with `equivalents`, which they
    are)."""
    entry = _describe(provider_id, member, place)
    closer = [e for e in member.info.equivalents if e.provider != provider_id]
    entry["closer_equivalents"] = [fields_of(e) for e in closer]
    listed = {(e.provider, e.code_set, e.value) for e in closer}
    others = _equivalents(provider_id, member.category, listed)
    entry["same_category"] = {
        "category": member.category.value,
        "providers": len(others),
        "codes": sum(len(values) for values in others.values()),
    }
    if equivalents:
        entry["equivalents"] = others
    return entry


def close_matches(code: str, provider: str | None) -> list[str]:
    """Up to five wire values (of `provider` where given) close to `code`, closest first, case
    aside."""
    import difflib

    folded: dict[str, str] = {}
    for _, member in members(provider):
        folded.setdefault(str(member.value).casefold(), str(member.value))
    close = difflib.get_close_matches(code.casefold(), sorted(folded), n=5, cutoff=0.6)
    return [folded[match] for match in close]
