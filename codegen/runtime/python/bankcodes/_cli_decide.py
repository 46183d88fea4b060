"""`bankcodes decide`: what to do now about a code, or about a pasted response with its
headers, and why; and the Decision block `explain` shows first."""

from __future__ import annotations

import datetime
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

import bankcodes
from bankcodes import _cli_input as given
from bankcodes._cli_input import EXIT_FAILED, EXIT_OK, Unusable
from bankcodes._cli_output import value

if TYPE_CHECKING:
    from bankcodes._decision import Decision


def block(decision: Decision) -> list[str]:
    """The lines of a Decision block: the step and who acts, the wait and the end a body
    carries, the state, then each reason with its source (values read from outside escaped)."""
    acts = "nobody acts" if decision.actor == "nobody" else f"{decision.actor} acts"
    lines = [f"Decision: {decision.next_step} ({acts.replace('_', ' ')})"]
    if decision.code is not None:
        code = decision.code
        lines.append(f"  code: {code.code_set} {value(code.code.value)} at {value(code.path)}")
    if decision.wait_seconds is not None and decision.not_before is not None:
        when = decision.not_before.isoformat(timespec="seconds")
        lines.append(f"  wait: {decision.wait_seconds:g} s (not before {when})")
    if decision.ends_at is not None:
        lines.append(f"  ends at: {decision.ends_at.isoformat(timespec='seconds')}")
    if decision.state is not None:
        lines.append(f"  state: {decision.state}")
    for reason in decision.why:
        lines.append(f"  why ({reason.part}): {value(reason.says)} [{value(reason.source)}]")
    return lines


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


def decide(
    code: str,
    provider: str | None,
    given_headers: list[str],
    now: datetime.datetime | None,
    as_json: bool,
    out: TextIO,
) -> int:
    """`bankcodes decide CODE` (the first code set of the provider, or of any, that knows it) or
    `bankcodes decide -` (a pasted body or whole HTTP response, its headers read with those given
    by --header)."""
    headers = headers_of(given_headers)
    if code == "-":
        decision = pasted_decision(given.read("-"), provider, headers, now)
    else:
        found = [
            member
            for provider_id in bankcodes.PROVIDERS
            if provider in (None, provider_id)
            for member in bankcodes.lookup(provider_id, code)
        ]
        if not found:
            print("unknown code: no code set knows the code given", file=sys.stderr)
            return EXIT_FAILED
        decision = bankcodes.decide(found[0], provider=provider, headers=headers, now=now)
    if as_json:
        print(json.dumps(decision.as_json(), indent=2, ensure_ascii=False), file=out)
    else:
        print("\n".join(block(decision)), file=out)
    return EXIT_OK if decision.code is not None or code != "-" else EXIT_FAILED


def pasted_decision(
    data: bytes,
    provider: str | None,
    headers: list[tuple[str, str]] | None = None,
    now: datetime.datetime | None = None,
) -> Decision:
    """The decision of a pasted body or whole HTTP response: read with its own headers, then
    those given."""
    from bankcodes._cli_pasted import split_pairs

    status, pasted, body = split_pairs(data)
    subject: Any = body if status is None else _Response(status, body, pasted)
    every = [*pasted, *(headers or [])]
    return bankcodes.decide(subject, provider=provider, headers=every, now=now)


class _Response:
    """A pasted response as a client holds one: its status, headers and body, read already."""

    def __init__(self, status: int, content: bytes, headers: list[tuple[str, str]]) -> None:
        self.status_code = status
        self.content = content
        self.headers = {name.lower(): text for name, text in reversed(headers)}
