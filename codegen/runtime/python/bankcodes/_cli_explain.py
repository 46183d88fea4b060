"""`bankcodes explain`: what to do about a code given, or about a body or HTTP response pasted, and
what the catalog knows of the code that decides it (its entry, bankcodes._cli_codes)."""

from __future__ import annotations

import json
import sys

import bankcodes
from bankcodes import _cli_decide as decide
from bankcodes import _cli_input as given
from bankcodes import _cli_pasted as pasted
from bankcodes._base import UnknownCode
from bankcodes._cli_args import suggest
from bankcodes._cli_codes import close_matches, explained, print_entry, stated_state
from bankcodes._cli_input import EXIT_FAILED, EXIT_OK
from bankcodes._cli_output import fact_lines, facts, value
from bankcodes._payload_kinds import KINDS
from bankcodes._status_codes import BY_KIND_STATUS, BY_STATUS

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Any, TextIO

    from bankcodes._decision import Decision


def unread(
    data: bytes,
    provider: str | None,
    naming: str = "--provider PROVIDER",
    now: datetime.datetime | None = None,
) -> tuple[dict[str, Any], str, Decision | None]:
    """What `explain -` says of input in which it finds no code: its JSON answer, the line
    saying why (`naming` is how the provider of an ambiguous body is given) and, where the
    response states a wait or its status says what it stands for (a bare 429), what to do
    now (`now`: the moment the response arrived, the clock's by default)."""
    status, headers, body = pasted.split_head(data)
    kinds = pasted.fits(data, provider)
    decision: Decision | None = decide.pasted_decision(data, provider, now=now)
    if decision is not None and not decide.decided(decision):
        decision = None  # nothing read, no wait and no status that says: nothing decided
    answer: dict[str, Any] = {"known": False, "status": status}
    if decision is not None:
        answer = {**led(decision), **answer}
    if len(kinds) > 1:
        answer["ambiguous"] = list(kinds)
    elif kinds:
        answer["kind"] = kinds[0]  # a kind with no code
    else:  # nobody's body: the request ids a name says it gives, for its sender
        found = pasted.request_ids_of_nobody(headers, pasted.body_data(body)[0])
        if found:
            answer["request_ids"] = found
    if status is not None and not body.strip():
        said = f"an HTTP {status} response with no body (a blank line ends its headers)"
    elif len(kinds) > 1:
        said = f"ambiguous: the input fits {', '.join(kinds)}; name its provider with {naming}"
    elif kinds:
        said = f"{kinds[0]}: the input carries no code of its code fields"
    elif wide := pasted.wide_encoding(body):
        said = f"the input is {wide}, and bankcodes reads UTF-8: convert it first "
        said += f"(iconv -f {wide} -t UTF-8)"
    elif (why := pasted.unparsed(data)) is not None:
        said = pasted.not_json(data, why)
        answer["not_json"] = why
    else:
        said = "no provider payload the catalog recognises in the input given"
    return answer, said, decision


def led(decision: Decision) -> dict[str, Any]:
    """What a JSON answer leads with: what to do now in words (the decision's first sentence,
    as the text answer's first line says it), then the decision's tokens."""
    return {"what_to_do": decision.lead(), "decision": decision.as_json()}


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
    if "held" in shown:  # the value the body holds, and the code's value it is an alias of
        shown["code"], shown["alias_of"] = shown.pop("held"), code.value
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


#: What `explain -` says in lines of its own, not among the decision's reasons: the request ids
#: the response gives, each with where it was read (a body that is nobody's), or the one of the
#: body it reads (under its reading).
APART = ("request_id",)


def _explain_unread(
    data: bytes, provider: str | None, as_json: bool, out: TextIO, now: datetime.datetime | None
) -> int:
    """`explain -` of a pasted input that is no payload the catalog recognises: what to do, as
    `decide -` says it, and the request ids the response gives, in lines of their own."""
    answer, said, decision = unread(data, provider, now=now)
    if as_json:
        print(json.dumps({**answer, "reason": said}), file=out)
    else:
        # What to do, as `decide -` says it, even where nothing is recognised; nothing for a
        # body alone that is not JSON, which the line on stderr says.
        lines = (
            []
            if decision is None and "not_json" in answer and answer["status"] is None
            else decide.block(
                decision or decide.pasted_decision(data, provider, now=now), shown_apart=APART
            )
        )
        lines += pasted.request_id_lines(answer.get("request_ids", []))
        if lines:
            print("\n".join(lines), file=out)
    print(said, file=sys.stderr)
    # Where what to do is decided (a bare 429, a consent that never ends, a body's stated limit),
    # that is the answer, and the exit status is `decide -`'s.
    return EXIT_OK if decision is not None else EXIT_FAILED


def explain_pasted(
    provider: str | None, as_json: bool, out: TextIO, now: datetime.datetime | None = None
) -> int:
    """`explain -`: the code that decides a pasted body or HTTP response, and what it means,
    with what to do as `decide -` says it (and its exit status)."""
    data = given.read("-")
    read = pasted.read_pasted(data, provider)
    if read is None and (code := pasted.code_alone(data)) is not None:
        return explain(code, provider, as_json, out)  # a code pasted alone, as the decoder reads it
    if read is None:
        return _explain_unread(data, provider, as_json, out, now)
    decision = decide.pasted_decision(data, provider, now=now)
    shown = {**led(decision), **pasted_answer(read)}
    if note := pasted.repeated_note(read.get("repeated_keys", ())):
        print(note, file=sys.stderr)
    if as_json:
        print(json.dumps(shown, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    meant = decide.meant_code(decision.code, data)
    code, entry = read["code"], shown["entry"]
    if entry is None and meant is not None and not isinstance(meant.code, UnknownCode):
        meant_entry = explained(meant.code_set.partition(".")[0], meant.code, "cli")
    else:
        meant_entry = None
    # The request id the reading shows below is not said again among the decision's reasons.
    apart = APART if read["request_id"] is not None else ()
    stated = stated_state(entry or meant_entry)
    lines = decide.block(decision, meant=meant, stated=stated, shown_apart=apart)
    print("\n".join(lines), file=out)
    print(file=out)
    name = f" ({code.name})" if code.known and str(code.name) != str(code.value) else ""
    name = f" ({code.name}, read as {value(code.value)})" if "held" in read else name
    held = value(read.get("held", code.value))
    quoted = meant is not None and meant.path == read["path"]  # a message that decides
    said = _unquoted(held, lines) if quoted else held
    if read["path"] == BY_KIND_STATUS:
        # No status was given: the one every response of its kind comes with decides.
        kind_status = f"no HTTP status given; its responses all come with {said}{name}"
        print(f"{read['kind']}: {kind_status}", file=out)
    else:
        print(f"{read['kind']}: {value(read['path'])} = {said}{name}", file=out)
    _print_standard(read, out)
    for line in fact_lines(shown.get("kind_facts", {}), "PayloadKind"):
        print(f"  {line}", file=out)
    _print_around(read, out)
    if read["path"] == BY_STATUS:
        print("  the body carries no code the catalog knows: its HTTP status decides", file=out)
    if read["path"] == BY_KIND_STATUS:
        print("  the body carries no code the catalog knows: that status decides", file=out)
    elif read["status"] is not None:
        print(f"  HTTP status: {read['status']}", file=out)
    if read["request_id"] is not None:
        print(f"  request id: {value(read['request_id'])}", file=out)
    if "unverified" in read:
        said = f"read from a signed JWT, its signature not verified: {read['unverified']}"
        print(f"  {said}", file=out)
    if meant_entry is not None and meant is not None:
        said = value(f"{meant.code.value} ({meant.code_set})")
        print(f"  not in {read['code_set']}; the body reads it as {said} (why, above)", file=out)
        entry = meant_entry
    if entry is None:
        _print_unlisted(read["code_set"], shown.get("own"), out)
        return EXIT_OK
    print(file=out)
    print_entry(entry, out)
    return EXIT_OK


def _unquoted(held: str, lines: list[str]) -> str:
    """The message a body's code field holds, which decides, as its line shows it: where a
    reason above quotes it (whole or its start), not again; whole in --json."""
    if f"'{held}'" in "\n".join(lines):
        return "its value, quoted above"
    if any(f"'{held[:40]}" in line and "more characters)'" in line for line in lines):
        return "its value, quoted above (whole in --json)"
    return held


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
    now: datetime.datetime | None = None,
) -> int:
    """`bankcodes explain CODE`: what to do now, then every code set that knows the code (each
    with its own decision where they decide differently); `explain -`: a pasted body, its wait
    counted from `now` (the clock's by default)."""
    if provider is not None and provider not in bankcodes.PROVIDERS:
        raise suggest("provider", provider, bankcodes.PROVIDERS)
    if code == "-":
        decide.pasted_code_set(code_set)
        return explain_pasted(provider, as_json, out, decide.arrived(now))
    found = decide.of_code(code, provider, code_set)
    entries = [
        explained(decide.code_set_id(member).partition(".")[0], member, equivalents=equivalents)
        for member in found
    ]
    if not entries:
        suggestions = close_matches(code, provider) if code_set is None else []
        where = f" of {provider}" if provider else ""
        # The code given is not repeated: a secret typed in its place would land in a log.
        message = f"unknown code: no code set{where} knows the code given"
        if code_set is not None:
            message = decide.unknown(code, code_set)
        elif suggestions:
            message += "; did you mean: " + ", ".join(suggestions)
        if as_json:
            print(json.dumps({"known": False, "suggestions": suggestions}), file=out)
        print(message, file=sys.stderr)
        return EXIT_FAILED
    every = [bankcodes.decide(member) for member in found]
    one = decide.shared(every)
    if as_json:
        entries = [
            {"decision": d.as_json(), **entry} for d, entry in zip(every, entries, strict=True)
        ]
        print(json.dumps(entries, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    lines = (
        decide.block(one, stated=stated_state(*entries))
        if one is not None
        else decide.each_code_set(code, every)
    )
    print("\n".join(lines), file=out)
    print(file=out)
    print(value(code), file=out)
    for decision, entry in zip(every, entries, strict=True):
        print(file=out)
        if one is None:
            said = decide.block(decision, lead=False, stated=stated_state(entry))
            print("\n".join(said), file=out)
        print_entry(entry, out)
    return EXIT_OK
