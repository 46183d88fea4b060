"""`bankcodes decide`: what to do now about a code, or about a pasted response with its
headers, and why; and the Decision block `explain` shows first."""

from __future__ import annotations

import datetime
import difflib
import json
import re
import sys
from typing import TYPE_CHECKING, TextIO

import bankcodes
from bankcodes import _cli_input as given
from bankcodes._cli_args import HIDDEN
from bankcodes._cli_input import EXIT_FAILED, EXIT_OK, Unusable
from bankcodes._cli_output import value
from bankcodes._decide import GIVEN
from bankcodes._providers import code_sets_of
from bankcodes._status_codes import BY_KIND_STATUS

if TYPE_CHECKING:
    from argparse import Namespace
    from collections.abc import Sequence

    from bankcodes._base import AnyCode
    from bankcodes._code_fields import FoundCode
    from bankcodes._decision import Decision


def block(
    decision: Decision,
    lead: bool = True,
    meant: FoundCode | None = None,
    stated: Sequence[tuple[str, str]] = (),
    shown_apart: Sequence[str] = (),
) -> list[str]:
    """The lines of a Decision block, in words: what to do and who acts (the lead), then
    labelled, the code that decides (`meant`, where the body's cause or message means a code in
    place of the one read: meant_code), the wait, the attempts and the end a body carries (once:
    its reason's line says why, not the moment again), the connection's state where the code
    tells one, then the reasons (why_lines; `stated`: the code's own words on its state, and
    their sources), but for the parts in `shown_apart` (what the caller prints in lines of its
    own, as `explain -` does the request ids of a body that is nobody's); the tokens are in
    --json. Without `lead`, where an answer that lists several code sets has said it already,
    the sentence is left out."""
    from bankcodes._phrases import WHY, WORDS

    lines = [decision.lead()] if lead else []
    # The provider's own words, where no code decides, right under the sentence they support.
    for words in decision.reasons("words"):
        lines.append(f"  {WHY['words']}: {value(words.says)} ({value(words.source)})")
    if decision.code is not None:
        code = meant or decision.code
        where = "as given" if code.path == GIVEN else f"at {value(code.path)}"
        if code.path == BY_KIND_STATUS:
            where = "the HTTP status its kind's responses all come with (none was given)"
        if meant is not None and meant.path == decision.code.path:
            where = f"what the message at {value(code.path)} means"
        lines.append(f"  Code: {value(code.held or code.code.value)} of {code.code_set}, {where}")
    if decision.wait_seconds is not None and decision.not_before is not None:
        when = decision.not_before.isoformat(timespec="seconds")
        lines.append(f"  Wait: {decision.wait_seconds:g} s (not before {when})")
    if decision.max_attempts is not None:
        lines.append(f"  Attempts: at most {decision.max_attempts} in all")
    if decision.ends_at is not None:
        lines.append(f"  Ends at: {decision.ends_at.isoformat(timespec='seconds')}")
    told = decision.state not in (None, "unknown")  # an unknown state tells nothing
    if told:
        lines.append(f"  Connection: {WORDS[str(decision.state)]}")
    return lines + why_lines(decision, told, stated, shown_apart)


def why_lines(
    decision: Decision,
    told: bool,
    stated: Sequence[tuple[str, str]] = (),
    shown_apart: Sequence[str] = (),
) -> list[str]:
    """Each reason of `decision` with its source, under its label: a label once (its reasons on
    lines of their own under it where it has several), a reason once (one that explains the step
    and the state alike is said for the step, and the state names it: "the step's reason,
    above"); `stated`, the code's own words on its state,
    first among the state's where the state is `told`."""
    from bankcodes._phrases import WHY, WORDS

    grouped: dict[str, list[str]] = {}
    for text, sources in dict.fromkeys(stated if told else ()):
        said = f"{value(text)} ({value(sources)})" if sources else value(text)
        grouped.setdefault(WHY["state"], []).append(said)
    seen: dict[tuple[str, str], str] = {}
    for reason in decision.why:
        if reason.part in ("words", *shown_apart) or (reason.part == "state" and not told):
            continue
        token, colon, rest = reason.says.partition(": ")
        stated_end = reason.part == "ends_at" and decision.ends_at is not None
        says = (
            rest
            if colon and (token in WORDS or (stated_end and _MOMENT.fullmatch(token)))
            else (reason.says)
        )
        label = WHY.get(reason.part, reason.part)
        key = (says, reason.source)
        if seen.get(key) == label:  # said under this label already
            continue
        first = seen.setdefault(key, label)
        if first != label:  # said for an earlier part: named, not said again
            grouped.setdefault(label, []).append(f"the {first.split()[-1]}'s reason, above")
        else:
            grouped.setdefault(label, []).append(f"{value(says)} ({value(reason.source)})")
    # The order of the labels is the reasons' (the state's first reason decides where it goes).
    order = [WHY.get(r.part, r.part) for r in decision.why] + list(grouped)
    lines = []
    for label in dict.fromkeys(order):
        if label not in grouped:
            continue
        each = grouped[label]
        if len(each) == 1:
            lines.append(f"  {label}: {each[0]}")
        else:
            lines.append(f"  {label}:")
            lines.extend(f"    {one}" for one in each)
    return lines


#: A moment as a reason states it (RFC 3339 in UTC to the millisecond), which the Ends at line
#: has said already.
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")


def meant_code(found: FoundCode | None, data: bytes) -> FoundCode | None:
    """The code whose facts decide in place of a pasted body's code the catalog does not know:
    the first known cause the body names, or the code its message means (bankcodes.
    _decide_facts, as decide reads them); None for a known code, or where neither is."""
    from bankcodes import _cli_pasted as pasted
    from bankcodes._base import UnknownCode
    from bankcodes._decide_facts import caused, meant
    from bankcodes._decide_waits import texts_of

    if found is None or not isinstance(found.code, UnknownCode):
        return None
    body, _ = pasted.body_data(pasted.split_pairs(data)[2])
    whose = found.code_set.partition(".")[0]
    decided, heard = caused(whose, found, body)
    decided, heard = (decided, heard) if heard else meant(whose, found, texts_of(body))
    known = decided is not None and not isinstance(decided.code, UnknownCode)
    return decided if heard and known else None


def decided(decision: Decision) -> bool:
    """Whether a decision says more than that nothing is known: a code read, a wait stated, a
    state or a step (a status such as 429 or 401 that says what the response stands for), a
    consent's end, a limit, whose body it is (or could be), or the provider's own words."""
    return (
        decision.code is not None
        or decision.wait_seconds is not None
        or (decision.state not in (None, "unknown"))
        or decision.next_step != "contact_provider"
        or any(reason.part in ("ends_at", "limit", "code", "words") for reason in decision.why)
    )


def headers_of(given_headers: list[str]) -> list[tuple[str, str]]:
    """--header NAME:VALUE, each as a (name, value) pair; one without a colon is refused, its
    value not shown."""
    pairs = []
    for number, header in enumerate(given_headers, 1):
        name, colon, text = header.partition(":")
        if not colon or not name.strip():
            raise Unusable(f"--header {number} is not NAME: VALUE (it is not shown)")
        pairs.append((name.strip(), text.strip(" \t")))
    return pairs


def pasted_code_set(code_set: str | None) -> None:
    """Refuse --code-set with -: a pasted body's code is read from the body, in its place."""
    if code_set is not None:
        raise Unusable("--code-set names the code set of a CODE given; - reads it from the body")


def code_set_id(member: AnyCode) -> str:
    """The id of a member's code set with its provider's (PROVIDER.CODE_SET)."""
    info = type(member).code_set()
    return f"{info.provider}.{info.id}"


def of_code(code: str, provider: str | None, code_set: str | None) -> list[AnyCode]:
    """The members whose wire value (or alias) is `code`, else those of numbers named `code`
    (`named`), of `provider` and of `code_set` (PROVIDER.CODE_SET) where given, in catalog
    order; a code set that does not exist, or is not one of `provider`'s, is refused (the
    closest named)."""
    found = [
        member
        for provider_id in bankcodes.PROVIDERS
        if provider in (None, provider_id)
        for member in bankcodes.lookup(provider_id, code)
    ] or named(code, provider)
    if code_set is None:
        return found
    _check_code_set(code_set, provider)
    return [member for member in found if code_set_id(member) == code_set]


def named(code: str, provider: str | None) -> list[AnyCode]:
    """The codes that are numbers (a connection status sent as one) whose name is `code`, case
    aside, of `provider` where given: how a provider's pages and webhooks spell such a number
    beside it."""
    folded = code.casefold()
    return [
        member
        for provider_id in bankcodes.PROVIDERS
        if provider in (None, provider_id)
        for enum_class in code_sets_of(provider_id)
        for member in enum_class
        if isinstance(member.value, int) and member.name.casefold() == folded
    ]


def _check_code_set(code_set: str, provider: str | None) -> None:
    """Refuse a --code-set that names no code set (the value not shown; the closest, in any
    case, or a provider's own where a provider is named), or one of another provider."""
    known = [
        f"{provider_id}.{enum_class.code_set().id}"
        for provider_id in bankcodes.PROVIDERS
        for enum_class in code_sets_of(provider_id)
    ]
    if code_set in known:
        owner = code_set.partition(".")[0]
        if provider not in (None, owner):
            raise Unusable(f"--code-set {code_set} is a code set of {owner}, not of {provider}")
        return
    said = (
        f"unknown code set {HIDDEN} for --code-set: a code set is named PROVIDER.CODE_SET, as a "
        "answer's Code line names it"
    )
    folded = {name.casefold(): name for name in known}
    owner = code_set.casefold()
    if owner in bankcodes.PROVIDERS:
        listed = ", ".join(name for name in known if name.startswith(f"{owner}."))
        raise Unusable(f"{said}; {owner}'s are {listed}")
    close = [folded[owner]] if owner in folded else difflib.get_close_matches(code_set, known, n=3)
    raise Unusable(said + (f"; did you mean {' or '.join(close)}?" if close else ""))


def unknown(code: str, code_set: str) -> str:
    """Why the code set --code-set names gives no code: it does not know the code given, and
    the code sets that do (the code is not repeated: a secret typed in its place would land in
    a log; a code set that knows it shows it is none)."""
    elsewhere = list(dict.fromkeys(code_set_id(member) for member in of_code(code, None, None)))
    said = f"unknown code: {code_set} does not know the code given"
    return said + (f"; the code sets that do: {', '.join(elsewhere)}" if elsewhere else "")


def shared(decisions: list[Decision]) -> Decision | None:
    """The decision the code sets of a code all give (the first's), or None where they differ
    in what to do, who acts, the state or the wait."""
    parts = {(d.next_step, d.actor, d.state, d.wait_seconds) for d in decisions}
    return decisions[0] if len(parts) == 1 else None


def each_code_set(code: str, decisions: list[Decision]) -> list[str]:
    """The answer for a code whose code sets decide differently: each code set with what it
    says to do, in words, or, where they agree on that, what to do once and each code set with
    the connection's state it stands for; then how to decide for one."""
    from bankcodes._phrases import WORDS

    said = f"{value(code)} is in {len(decisions)} code sets, which"
    leads = list(dict.fromkeys(d.lead() for d in decisions))
    if len(leads) > 1:
        lines = [f"{said} decide differently:"]
        lines += [f"  {d.code.code_set}: {d.lead()}" for d in decisions if d.code is not None]
    else:
        lines = [f"{said} agree on what to do: {leads[0]}"]
        for d in decisions:
            told = d.state not in (None, "unknown")
            state = f"the connection {WORDS[str(d.state)]}" if told else "it tells no state"
            wait = "" if d.wait_seconds is None else f"; wait {d.wait_seconds:g} s"
            lines += [f"  {d.code.code_set}: {state}{wait}"] if d.code is not None else []
    return [*lines, "(--code-set PROVIDER.CODE_SET decides for one)"]


def decide(args: Namespace, out: TextIO, now: datetime.datetime | None = None) -> int:
    """`bankcodes decide CODE` (the code sets of the provider, or of any, that know it, or the
    one --code-set names: one decision where they agree) or `bankcodes decide -` (a pasted body
    or whole HTTP response, its headers read with those given by --header)."""
    code, provider, code_set, as_json = args.code, args.provider, args.code_set, args.json
    headers = headers_of(args.header)
    now = arrived(now)
    from bankcodes import _cli_pasted as pasted

    data = given.read("-") if code == "-" else b""
    code = (pasted.code_alone(data) or code) if code == "-" else code  # a code pasted alone
    if code == "-":
        pasted_code_set(code_set)
        from bankcodes._cli_pasted import repeated_keys, repeated_note, split_pairs

        decision = pasted_decision(data, provider, headers, now)
        if note := repeated_note(repeated_keys(split_pairs(data)[2])):
            print(note, file=sys.stderr)
    else:
        found = of_code(code, provider, code_set)
        if not found:
            said = "unknown code: no code set knows the code given"
            print(said if code_set is None else unknown(code, code_set), file=sys.stderr)
            return EXIT_FAILED
        every = [bankcodes.decide(m, provider=provider, headers=headers, now=now) for m in found]
        one = shared(every)
        if one is None:
            if as_json:
                answer = {"ambiguous": [d.as_json() for d in every]}
                print(json.dumps(answer, indent=2, ensure_ascii=False), file=out)
                return EXIT_OK
            blocks = ["\n".join(block(d, lead=False)) for d in every]
            print("\n\n".join(["\n".join(each_code_set(code, every)), *blocks]), file=out)
            return EXIT_OK
        decision = one
    # A response's body that is not JSON is decided as if it were not there, and said so.
    status = pasted.split_pairs(data)[0] if code == "-" else None
    why = None if decided(decision) and status is None else pasted.unparsed(data)
    if why is not None and status is None:
        pass  # a body alone not JSON: only the line on stderr, in text and --json alike
    elif as_json:
        print(json.dumps(decision.as_json(), indent=2, ensure_ascii=False), file=out)
    else:
        print("\n".join(block(decision, meant=meant_code(decision.code, data))), file=out)
    said = "nothing recognised: no code the catalog knows, no wait and no status that says more"
    said += " (bankcodes explain - says what the input is)"
    said = said if why is None else pasted.not_json(data, why)
    if decided(decision) or code != "-":
        if why is not None:
            print(said, file=sys.stderr)
        return EXIT_OK
    print(said, file=sys.stderr)
    return EXIT_FAILED


def arrived(now: datetime.datetime | None) -> datetime.datetime | None:
    """The moment given with --now, checked as a decision takes it (Unusable where it is out of
    range)."""
    if now is not None:
        from bankcodes._times import moment

        try:
            moment(now)
        except ValueError as error:
            raise Unusable(f"--{error}") from None
    return now


def pasted_decision(
    data: bytes,
    provider: str | None,
    headers: list[tuple[str, str]] | None = None,
    now: datetime.datetime | None = None,
) -> Decision:
    """The decision of a pasted body or whole HTTP response: read with its own headers, then
    those given."""
    from bankcodes._cli_pasted import received, split_pairs

    every = [*split_pairs(data)[1], *(headers or [])]
    return bankcodes.decide(received(data), provider=provider, headers=every, now=now)
