"""The request ids a response gives, for its reader to quote to whoever sent it: the field its
payload kind declares for one, the headers a name says hold one, and the keys of its body's top
level a name says hold one (the site's decoder reads them alike). A decision whose next step is
to contact the provider names the first (a reason of part `request_id`), and says to give it
only where there is one."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bankcodes._carried import request_id_text
from bankcodes._decide_waits import shown
from bankcodes._decision import Decision, Reason, said
from bankcodes._payload_kinds import KINDS
from bankcodes._phrases import PASTED, PASTED_LIMITS, REQUEST_ID_HEADERS
from bankcodes._recognition import reached
from bankcodes._record import fields_of

#: A header's or a body's key whose name says it holds a request id, whoever sent it.
REQUEST_ID_NAME = re.compile(PASTED["request_id_name"], re.IGNORECASE | re.ASCII)
MOST_REQUEST_IDS = PASTED_LIMITS["request_ids"]


def request_ids_of_nobody(headers: Mapping[str, str], data: object) -> list[dict[str, str]]:
    """The request ids a response whose body is nobody's gives, for the reader to quote to
    whoever sent it, each with where it was read (as the site's decoder reads them): its headers
    that a name says hold one (REQUEST_ID_NAME, or a header the catalog names for a kind's
    request id, REQUEST_ID_HEADERS), then the keys of the body's top level that a name says
    hold one; each value read as a request id is (1 to 200 characters), at most
    MOST_REQUEST_IDS."""
    found: list[dict[str, str]] = []
    for name, text in headers.items():
        value = request_id_text(text)
        if value is not None and (REQUEST_ID_NAME.fullmatch(name) or name in REQUEST_ID_HEADERS):
            found.append({"header": name, "value": value})
    if isinstance(data, dict):
        for key, text in data.items():
            value = request_id_text(text) if isinstance(text, str) else None
            if value is not None and REQUEST_ID_NAME.fullmatch(key):
                found.append({"field": key, "value": value})
    return found[:MOST_REQUEST_IDS]


def request_ids(kind: str | None, headers: Mapping[str, str], data: object) -> list[dict[str, str]]:
    """The request ids a response gives: the field its kind declares for one first (where the
    body was read as one), then those `request_ids_of_nobody` reads."""
    declared = KINDS[kind].request_id if kind is not None and kind in KINDS else None
    held = reached(data, declared) if declared is not None else []
    first = request_id_text(held[0]) if held else None
    found = [] if first is None or declared is None else [{"field": declared, "value": first}]
    return [*found, *request_ids_of_nobody(headers, data)][:MOST_REQUEST_IDS]


def with_request_id(
    decision: Decision, kind: str | None, headers: Mapping[str, list[str]], data: object
) -> Decision:
    """`decision`, where its next step is to contact the provider and the response gives a
    request id, with a reason of part `request_id` that names the first (its source the header
    or the body that holds it); as it is otherwise."""
    if decision.next_step != "contact_provider":
        return decision
    firsts = {name.lower(): values[0] for name, values in headers.items() if values}
    found = request_ids(kind, firsts, data)
    if not found:
        return decision
    read = found[0]
    name = read.get("header", read.get("field", ""))
    says = said("request_id", value=shown(read["value"]), where=shown(name))
    source = f"header {name}" if "header" in read else "body"
    reason = Reason(part="request_id", says=says, source=source)
    return Decision(**{**fields_of(decision), "why": (*decision.why, reason)})
