"""What `bankcodes mcp` answers, from the installed package alone (no file, no network): a code
looked up, a pasted error body or HTTP response explained (each answer led by what to do now:
bankcodes.decide's decision), a code's equivalents, the providers and their code sets, and each
code's page in Markdown.

Every answer about a code is the entry `bankcodes explain --json` prints (bankcodes._cli_codes),
and a pasted body is read by the reader `bankcodes explain -` uses (bankcodes._cli_pasted). Input
the answers cannot use raises Unusable, with one message saying what and why."""

from __future__ import annotations

from urllib.parse import quote

import bankcodes
from bankcodes._catalog import MODULES
from bankcodes._cli_args import suggest
from bankcodes._cli_codes import close_matches, entry_heading, entry_lines, explained, members
from bankcodes._cli_decide import code_set_id, each_code_set, named, pasted_decision, shared
from bankcodes._cli_explain import led, pasted_answer, unread
from bankcodes._cli_input import MAX_READ, Unusable, within
from bankcodes._cli_output import facts
from bankcodes._cli_pasted import read_pasted
from bankcodes._code_lists import rows
from bankcodes._params import printable, quoted
from bankcodes._providers import code_set_of, code_sets_of
from bankcodes._signing import DELIVERY, SCHEMES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from bankcodes._base import AnyCode

#: The longest code a look-up takes, in characters (the catalog's longest is far shorter).
MAX_CODE = 256
#: The most a pasted body or HTTP response may be, in bytes of UTF-8: what `explain -` reads.
MAX_PAYLOAD = MAX_READ
#: How a match is made, in the order answers come: the wire value exactly, one of the code's
#: other spellings (an alias), the wire value with case aside, then the name of a code that is
#: a number (a connection status sent as one).
MATCHES = ("exact", "alias", "case_insensitive", "name")
#: Where the codes' pages are, each at its provider, code set and wire value (percent-encoded).
PAGES = "bankcodes://codes/"
#: The address of a code's page as an RFC 6570 template of those three parts.
PAGE_URI = PAGES + "/".join(f"{{{part}}}" for part in ("provider", "code_set", "value"))


def _provider(provider: str | None) -> tuple[str, ...]:
    """The providers an answer covers: `provider`, checked, or all of them."""
    if provider is None:
        return bankcodes.PROVIDERS
    if provider not in bankcodes.PROVIDERS:
        raise suggest("provider", provider, bankcodes.PROVIDERS)
    return (provider,)


def _code(code: str) -> str:
    if not code:
        raise Unusable("the code given is empty: give a code's wire value, such as one of a list")
    if len(code) > MAX_CODE:
        raise Unusable(f"the code given is {len(code)} characters long; at most {MAX_CODE}")
    return code


def matches(code: str, provider: str | None = None) -> list[tuple[str, AnyCode, str]]:
    """(provider, member, how) of every code matching `code` (of `provider` where given): those
    whose wire value is `code` first, then those that have it as an alias, then those whose wire
    value is `code` with case aside, each group in catalog order; where none is, the codes that
    are numbers named `code`."""
    providers = _provider(provider)
    _code(code)
    found = [
        (provider_id, member, MATCHES[0] if str(member.value) == code else MATCHES[1])
        for provider_id in providers
        for member in bankcodes.lookup(provider_id, code)
    ]
    seen = {(provider_id, type(member), str(member.value)) for provider_id, member, _ in found}
    folded = code.casefold()
    found += [
        (provider_id, member, MATCHES[2])
        for provider_id, member in members(provider)
        if str(member.value).casefold() == folded
        and (provider_id, type(member), str(member.value)) not in seen
    ]
    if not found:
        found = [
            (code_set_id(member).partition(".")[0], member, MATCHES[3])
            for member in named(code, provider)
        ]
    return sorted(found, key=lambda match: MATCHES.index(match[2]))


def _unknown(code: str, provider: str | None) -> dict[str, Any]:
    return {"code": code, "known": False, "suggestions": close_matches(code, provider)}


def lookup(code: str, provider: str | None = None) -> dict[str, Any]:
    """Every code matching `code`, best match first, each as `explain --json` describes it (with
    how it matched, its decision and the address of its page), after what to do in words and the
    decision the best matches share (where their code sets decide differently, each code set's,
    under `ambiguous`, as `decide --json` gives them; what to do then names each code set's);
    close wire values where none matches."""
    found = matches(code, provider)
    if not found:
        return _unknown(code, provider)
    every = [bankcodes.decide(member) for _, member, _ in found]
    answers = [
        {
            "match": how,
            "decision": decision.as_json(),
            **explained(provider_id, member, "mcp"),
            "page": page_uri(provider_id, member),
        }
        for (provider_id, member, how), decision in zip(found, every, strict=True)
    ]
    # What to do now comes first: the decision every match gives, or none where the matches
    # (codes of several code sets) decide differently, each answer leading with its own.
    best = [d for d, (_, _, how) in zip(every, found, strict=True) if how == found[0][2]]
    one = shared(best)
    said = [one.lead()] if one is not None else each_code_set(code, best)[:-1]
    return {
        "what_to_do": " ".join(line.strip() for line in said),
        "decision": {"ambiguous": [d.as_json() for d in best]} if one is None else one.as_json(),
        "code": code,
        "known": True,
        "answers": answers,
    }


def equivalents(code: str, provider: str | None = None) -> dict[str, Any]:
    """For every code matching `code`, best match first: the codes of other providers that the
    catalog records as the same meaning or the same customer action (with why), then those that
    only share its category."""
    found = matches(code, provider)
    if not found:
        return _unknown(code, provider)
    answers = []
    for provider_id, member, how in found:
        entry = explained(provider_id, member, equivalents=True)
        answers.append(
            {
                "match": how,
                **{key: entry[key] for key in ("provider", "code_set", "value", "category")},
                **{key: entry[key] for key in ("doc_url",) if key in entry},
                "closer_equivalents": entry["closer_equivalents"],
                "same_category_only": entry["equivalents"],
            }
        )
    return {"code": code, "known": True, "answers": answers}


def explain_payload(text: str, provider: str | None = None) -> dict[str, Any]:
    """What `explain - --json` says of a pasted error body or whole HTTP response (status line,
    headers, blank line, body); where it finds no code, why (`reason`)."""
    _provider(provider)
    # At most one character past the limit is encoded: enough to know it is over.
    data = within(text[: MAX_PAYLOAD + 1].encode("utf-8", "backslashreplace"), MAX_PAYLOAD)
    read = read_pasted(data, provider)
    if read is None:
        answer, said, _ = unread(data, provider, "the provider argument")
        return {**answer, "reason": said}
    # What to do now comes first: read with the response's headers (Retry-After and the like).
    return {**led(pasted_decision(data, provider)), **pasted_answer(read, "mcp")}


def providers() -> list[dict[str, Any]]:
    """The providers and standards of the catalog, in its order, with their code sets (and the
    carried facts of their signing scheme and their delivery contract that the server shows)."""
    found = []
    for provider in bankcodes.PROVIDERS:
        scheme, delivery = SCHEMES.get(provider), DELIVERY.get(provider)
        carried = {
            "signing_facts": scheme and facts(scheme, type(scheme).__name__, "mcp"),
            "delivery_facts": delivery and facts(delivery, "Delivery", "mcp"),
        }
        found.append(
            {
                "provider": provider,
                "python": f"bankcodes.{MODULES[provider]}",
                "code_sets": [code_set.code_set().id for code_set in code_sets_of(provider)],
                "codes": sum(len(code_set) for code_set in code_sets_of(provider)),
                **{key: shown for key, shown in carried.items() if shown},
            }
        )
    return found


def code_sets(provider: str, code_set: str | None = None) -> list[dict[str, Any]]:
    """The provider's code sets (only `code_set` where given, with its codes)."""
    (provider,) = _provider(provider)
    classes = code_sets_of(provider) if code_set is None else (code_set_of(provider, code_set),)
    found = []
    for enum_class in classes:
        info = enum_class.code_set()
        described: dict[str, Any] = {
            "code_set": info.id,
            "title": info.title,
            "description": info.description,
            "field": info.field,
            "python": f"bankcodes.{MODULES[provider]}.{enum_class.__name__}",
            "codes": len(enum_class),
            "sources": [{"title": s.title, "url": s.url} for s in info.sources],
        }
        if carried := facts(info, "CodeSet", "mcp"):
            described["facts"] = carried
        if code_set is not None:
            described["codes"] = [
                {
                    "value": member.value,
                    "category": member.category.value,
                    "page": page_uri(provider, member),
                    **({"doc_url": member.doc_url} if member.doc_url is not None else {}),
                }
                for member in enum_class
            ]
        found.append(described)
    return found


def page_uri(provider: str, member: AnyCode) -> str:
    """The address of the member's page."""
    return _page(provider, type(member).code_set().id, member.value)


def _page(provider: str, code_set: str, value: object) -> str:
    parts = (provider, code_set, str(value))
    return PAGES + "/".join(quote(part, safe="") for part in parts)


def code_list(
    provider: str | None,
    category: str | None,
    retryable: bool | None,
    end_user_can_retry: bool | None,
    actor: str | None,
) -> list[dict[str, Any]]:
    """The list_codes tool's answer: bankcodes._code_lists' rows, each with its page; a
    provider or a category must narrow it (the whole catalog is thousands of codes)."""
    if provider is None and category is None:
        raise Unusable("give a provider or a category: the list of every code is too long")
    found = rows(provider, category, retryable, end_user_can_retry, actor)
    return [{**row, "page": _page(row["provider"], row["code_set"], row["value"])} for row in found]


def summary(found: list[dict[str, Any]]) -> str:
    """What list_codes says in words beside its rows (sent once, as its structured result): how
    many codes, and how many of them take each next step."""
    from collections import Counter

    from bankcodes._phrases import WORDS

    steps = Counter(row["next_step"] for row in found).most_common()
    counted = "; ".join(f"{count} {WORDS[step]}" for step, count in steps)
    said = f"{len(found)} codes: {counted}." if found else "No code has each fact given."
    return f"{said} Each row, with its next step, wait and page, is in the structured result."


def pages() -> list[tuple[str, str, AnyCode]]:
    """(address, provider, member) of every code's page, in catalog order."""
    return [(page_uri(provider, member), provider, member) for provider, member in members()]


def page(provider: str, code_set: str, value: str) -> str:
    """The Markdown page of the code whose wire value is `value` in the provider's code set:
    what `bankcodes explain` says of it, its description as a paragraph and each fact an item
    (control characters escaped, the catalog's words as they are)."""
    (provider,) = _provider(provider)
    try:
        enum_class = code_set_of(provider, code_set)
    except ValueError as error:
        raise Unusable(str(error)) from None
    found = [member for member in enum_class if str(member.value) == value]
    if not found:
        raise Unusable(f"{provider}'s {code_set} has no code {quoted(value)}")
    entry = explained(provider, found[0], "mcp")
    description, *said = entry_lines(entry)
    lines = [f"# {entry['value']}", "", entry_heading(entry), "", description, ""]
    lines += [f"  - {fact.strip()}" if fact.startswith(" ") else f"- {fact}" for fact in said]
    return "\n".join(printable(line) for line in lines) + "\n"
