"""`bankcodes explain` and `bankcodes list`: what the catalog knows about codes."""

from __future__ import annotations

import importlib
import itertools
import json
import sys

import bankcodes
from bankcodes import Category
from bankcodes import _cli_input as given
from bankcodes._base import AnyCode, UnknownCode
from bankcodes._catalog import MODULES
from bankcodes._cli_args import suggest
from bankcodes._cli_decide import (
    block,
    code_set_id,
    decided,
    of_code,
    pasted_code_set,
    pasted_decision,
    shared,
    unknown,
)
from bankcodes._cli_input import EXIT_FAILED, EXIT_OK
from bankcodes._cli_output import fact_lines, facts, plain, value
from bankcodes._cli_pasted import (
    body_data,
    fits,
    read_pasted,
    repeated_note,
    request_id_lines,
    request_ids_of_nobody,
    split_head,
    wide_encoding,
)
from bankcodes._exceptions import BY_STATUS
from bankcodes._payload_kinds import KINDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

    from bankcodes._decision import Decision


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
    scope = info.scope
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
        "scope": {
            key: list(value)
            for key, value in (
                ("regions", scope.regions if scope else ()),
                ("sdks", scope.sdks if scope else ()),
                ("doc_versions", scope.doc_versions if scope else ()),
                ("data_sources", scope.data_sources if scope else ()),
                ("endpoints", scope.endpoints if scope else ()),
            )
            if value
        },
        "deprecated": info.lifecycle.note if info.lifecycle else None,
        "sources": [{"title": s.title, "url": s.url} for s in member.sources],
        **({"doc_url": member.doc_url} if member.doc_url is not None else {}),
        **({"facts": found} if (found := _facts(member, place)) else {}),
    }


def _end_user(member: AnyCode) -> dict[str, Any] | None:
    """What an app tells the customer, in English, with whose words each part is."""
    text = member.end_user_text()
    if text is None:
        return None
    return {
        "message": text.message,
        "message_by": text.message_by,
        "action": text.action,
        "action_by": text.action_by,
    }


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


def _print_entry(entry: dict[str, Any], out: TextIO) -> None:
    print(entry_heading(entry), file=out)
    for line in entry_lines(entry):
        print(f"  {line}", file=out)


def entry_heading(entry: dict[str, Any]) -> str:
    """The line that names an entry: its provider, code set and Python member."""
    return f"{entry['provider']} · {entry['code_set_title']} · {entry['python']}"


def entry_lines(entry: dict[str, Any]) -> list[str]:
    """What `explain` says of an entry, line by line: its description first, then its facts, its
    sources and its equivalents (a reason indented under the codes it explains)."""
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
    for of, found in entry.get("facts", {}).items():
        lines += fact_lines(found, FACTS_OF[of], "" if of == "code" else of.replace("_", " "))
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
    entry["closer_equivalents"] = [
        {
            "provider": e.provider,
            "code_set": e.code_set,
            "value": e.value,
            "same": e.same,
            "reason": e.reason,
        }
        for e in closer
    ]
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


def unread(
    data: bytes, provider: str | None, naming: str = "--provider PROVIDER"
) -> tuple[dict[str, Any], str, Decision | None]:
    """What `explain -` says of input in which it finds no code: its JSON answer, the line
    saying why (`naming` is how the provider of an ambiguous body is given) and, where the
    response states a wait or its status says what it stands for (a bare 429), what to do
    now."""
    status, headers, body = split_head(data)
    kinds = fits(data, provider)
    decision: Decision | None = pasted_decision(data, provider)
    if decision is not None and not decided(decision):
        decision = None  # nothing read, no wait and no status that says: nothing decided
    answer: dict[str, Any] = {"known": False, "status": status}
    if decision is not None:
        answer = {"decision": decision.as_json(), **answer}
    if len(kinds) > 1:
        answer["ambiguous"] = list(kinds)
    elif kinds:
        answer["kind"] = kinds[0]  # a kind with no code
    else:  # nobody's body: the request ids a name says it gives, for its sender
        found = request_ids_of_nobody(headers, body_data(body)[0])
        if found:
            answer["request_ids"] = found
    if status is not None and not body.strip():
        said = f"an HTTP {status} response with no body (a blank line ends its headers)"
    elif len(kinds) > 1:
        said = f"ambiguous: the input fits {', '.join(kinds)}; name its provider with {naming}"
    elif kinds:
        said = f"{kinds[0]}: the input carries no code of its code fields"
    elif wide := wide_encoding(body):
        said = f"the input is {wide}, and bankcodes reads UTF-8: convert it first "
        said += f"(iconv -f {wide} -t UTF-8)"
    else:
        said = "no provider payload the catalog recognises in the input given"
    return answer, said, decision


def pasted_answer(read: dict[str, Any], place: str = "cli") -> dict[str, Any]:
    """What `explain - --json` says of what read_pasted read: the kind (and its carried facts
    that `place` shows), the deciding code and where it is, the HTTP status and request id, and
    the code's entry (None when unknown)."""
    code = read["code"]
    # The code's own provider: a code of another standard's code set that the kind's field reads
    # (one standard taking in another's codes) is that standard's.
    owner = read["code_set"].partition(".")[0]
    entry = explained(owner, code, place) if code.known else None
    shown = {**read, "code": code.value, "known": code.known, "entry": entry}
    if not code.known and code.own:  # a code of the sender's own, in its code set's form
        shown["own"] = own_form(code)
    if kind_facts := facts(KINDS[read["kind"]], "PayloadKind", place):
        shown["kind_facts"] = kind_facts
    for side in ("outer", "inner"):
        if side in read:
            other = read[side]["code"]
            shown[side] = {**read[side], "code": other.value, "known": other.known}
    return shown


def own_form(code: UnknownCode) -> dict[str, Any]:
    """What `explain -` says of a code of the sender's own (an UnknownCode whose `own` is
    True): the form its code set gives, what the form is and its category."""
    assert code.code_set_class is not None, "an own code is read in its code set"
    return {
        "form": code.code_set_class.code_set().own_codes,
        "description": code.description,
        "category": code.category.value,
    }


def explain_pasted(provider: str | None, as_json: bool, out: TextIO) -> int:
    """`explain -`: the code that decides a pasted body or HTTP response, and what it means."""
    data = given.read("-")
    read = read_pasted(data, provider)
    if read is None:
        answer, said, decision = unread(data, provider)
        if as_json:
            print(json.dumps({**answer, "reason": said}), file=out)
        else:
            lines = block(decision) if decision is not None else []
            lines += request_id_lines(answer.get("request_ids", []))
            if lines:
                print("\n".join(lines), file=out)
        print(said, file=sys.stderr)
        return EXIT_FAILED
    decision = pasted_decision(data, provider)
    shown = {"decision": decision.as_json(), **pasted_answer(read)}
    if note := repeated_note(read.get("repeated_keys", ())):
        print(note, file=sys.stderr)
    if as_json:
        print(json.dumps(shown, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    print("\n".join(block(decision)), file=out)
    print(file=out)
    code, entry = read["code"], shown["entry"]
    name = f" ({code.name})" if code.known and str(code.name) != str(code.value) else ""
    print(f"{read['kind']}: {value(read['path'])} = {value(code.value)}{name}", file=out)
    _print_standard(read, out)
    for line in fact_lines(shown.get("kind_facts", {}), "PayloadKind"):
        print(f"  {line}", file=out)
    _print_around(read, out)
    if read["path"] == BY_STATUS:
        print("  the body carries no code the catalog knows: its HTTP status decides", file=out)
    if read["status"] is not None:
        print(f"  HTTP status: {read['status']}", file=out)
    if read["request_id"] is not None:
        print(f"  request id: {value(read['request_id'])}", file=out)
    if "unverified" in read:
        said = f"read from a signed JWT, its signature not verified: {read['unverified']}"
        print(f"  {said}", file=out)
    if entry is None:
        _print_unlisted(read["code_set"], shown.get("own"), out)
        return EXIT_OK
    print(file=out)
    _print_entry(entry, out)
    return EXIT_OK


def _print_standard(read: dict[str, Any], out: TextIO) -> None:
    """Where the deciding code is another standard's than its body's (a standard that takes in
    another's codes), whose code set it is: one more layer, read in its place."""
    owner = read["code_set"].partition(".")[0]
    if owner != read["kind"].partition("/")[0]:
        print(f"  read as {read['code_set']}: {owner}'s code, which the field holds;", file=out)


def _print_unlisted(code_set: str, own: dict[str, Any] | None, out: TextIO) -> None:
    """What `explain -` says of a deciding code its code set does not list: a code of the
    sender's own in the form the code set gives, or one unknown to the catalog."""
    if own is None:
        print(f"  unknown to the catalog in {code_set}: category unknown", file=out)
        return
    form = value(own["form"])
    print(f"  a code of the sender's own in {code_set} (its form {form}):", file=out)
    print(f"  category {own['category']}. {own['description']}", file=out)


def _print_around(read: dict[str, Any], out: TextIO) -> None:
    """The other code of a body held inside another, or carried beneath another provider's: the
    provider's code around the bank's code that decides, or the bank's code inside the
    provider's code that does; each labelled with its provider where it is no body's own."""
    if "outer" in read:
        outer = read["outer"]
        said = f"{value(outer['path'])} = {value(outer['code'].value)}"
        if read.get("holder") is None:
            owner = outer["code_set"].partition(".")[0]
            print(f"  {owner}'s own code above it: {said} ({outer['code_set']})", file=out)
        else:
            holder = value(read["holder"])
            print(f"  the bank's body, read from {holder} of {outer['kind']}, decides;", file=out)
            print(f"  the provider's own code around it: {said} ({outer['code_set']})", file=out)
    if "inner" in read:
        inner = read["inner"]
        said = f"{value(inner['path'])} = {value(inner['code'].value)}"
        if inner.get("holder") is None:
            owner = inner["code_set"].partition(".")[0]
            known = "" if inner["code"].known else f", unknown to the catalog in {owner}'s codes"
            print(f"  beneath it, {owner}'s code: {said} ({inner['code_set']}{known})", file=out)
        else:
            where = f"{inner['kind']} at {value(inner['holder'])}"
            print(f"  it holds the bank's body ({where}): {said} ({inner['code_set']})", file=out)


def explain(
    code: str,
    provider: str | None,
    as_json: bool,
    out: TextIO,
    equivalents: bool = False,
    code_set: str | None = None,
) -> int:
    """`bankcodes explain CODE`: what to do now, then every code set that knows the code (each
    with its own decision where they decide differently); `explain -`: a pasted body."""
    if provider is not None and provider not in bankcodes.PROVIDERS:
        raise suggest("provider", provider, bankcodes.PROVIDERS)
    if code == "-":
        pasted_code_set(code_set)
        return explain_pasted(provider, as_json, out)
    found = of_code(code, provider, code_set)
    entries = [
        explained(code_set_id(member).partition(".")[0], member, equivalents=equivalents)
        for member in found
    ]
    if not entries:
        suggestions = close_matches(code, provider) if code_set is None else []
        where = f" of {provider}" if provider else ""
        # The code given is not repeated: a secret typed in its place would land in a log.
        message = f"unknown code: no code set{where} knows the code given"
        if code_set is not None:
            message = unknown(code, code_set)
        elif suggestions:
            message += "; did you mean: " + ", ".join(suggestions)
        if as_json:
            print(json.dumps({"known": False, "suggestions": suggestions}), file=out)
        print(message, file=sys.stderr)
        return EXIT_FAILED
    every = [bankcodes.decide(member) for member in found]
    one = shared(every)
    if as_json:
        entries = [
            {"decision": d.as_json(), **entry} for d, entry in zip(every, entries, strict=True)
        ]
        print(json.dumps(entries, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    print("\n".join(block(one) if one is not None else [_differ(every)]), file=out)
    print(file=out)
    print(value(code), file=out)
    for decision, entry in zip(every, entries, strict=True):
        print(file=out)
        if one is None:
            print("\n".join(block(decision)), file=out)
        _print_entry(entry, out)
    return EXIT_OK


def _differ(decisions: list[Decision]) -> str:
    """The first line of `explain CODE` where the code's code sets decide differently."""
    return (
        f"Decision: depends on the code set: {len(decisions)} code sets know the code and "
        "decide differently; each leads its entry below (bankcodes decide CODE --code-set "
        "PROVIDER.CODE_SET decides one)"
    )


def close_matches(code: str, provider: str | None) -> list[str]:
    """Up to five wire values (of `provider` where given) close to `code`, closest first, case
    aside."""
    import difflib

    folded: dict[str, str] = {}
    for _, member in members(provider):
        folded.setdefault(str(member.value).casefold(), str(member.value))
    close = difflib.get_close_matches(code.casefold(), sorted(folded), n=5, cutoff=0.6)
    return [folded[match] for match in close]
