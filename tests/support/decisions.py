"""The shared corpus of decisions (tests/support/decision_cases.json) as the surfaces read it:
each case with a body as the whole HTTP response it came in (status line, its headers, the
body), for the readers that take a pasted response (`bankcodes decide -`, the MCP server's
explain_payload, the site's decoder)."""

from __future__ import annotations

import datetime
import json
from typing import Any

from bankcodes._provider_facts import BODY_RULES
from tests.support.helpers import ROOT

CASES_PATH = ROOT / "tests" / "support" / "decision_cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]
#: The cases that are responses (a body, or a status and headers with none): those a pasted
#: response can carry.
RESPONSES = [case for case in CASES if "code" not in case]


def response(case: dict[str, Any]) -> str:
    """The case's body (none where it has none) in an HTTP/1.1 response with its status (400
    where the source states none) and headers, each header line as given (a repeated one
    repeated)."""
    status = case.get("status", 400)
    lines = [f"HTTP/1.1 {status} Status"]
    lines += ["Content-Type: application/json"] if "body" in case and not is_text(case) else []
    lines += [f"{name}: {value}" for name, value in case["headers"]]
    return "\r\n".join(lines) + "\r\n\r\n" + body_text(case)


def is_text(case: dict[str, Any]) -> bool:
    """Whether the case's body is a text sent as it is (an HTML page), not JSON."""
    return isinstance(case.get("body"), str)


def body_text(case: dict[str, Any]) -> str:
    """The case's body as it is sent: its text, or its JSON (none where it has none)."""
    if "body" not in case:
        return ""
    return case["body"] if is_text(case) else json.dumps(case["body"], ensure_ascii=False)


def expected(case: dict[str, Any]) -> dict[str, Any]:
    """The next step and wait the case's sources give (and the state, who acts, the attempts
    in all, the most the request may ask for and the connection or account the code concerns
    alone, where it names them)."""
    found = {"next_step": case["next_step"], "wait_seconds": case["wait_seconds"]}
    for part in ("state", "actor", "max_attempts", "limit", "concerns"):
        if part in case:
            found[part] = case[part]
    return found


def read(decision: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    """A decision's JSON (next_step, wait_seconds, state, actor, max_attempts) cut to what the
    case states; its limit is the words of its reason of the part limit before the colon ("at
    most 31 days"), or of each, in order, where the case lists several; what the code concerns
    is its code's (or the decision's, where it gives it beside the code)."""
    limits = [r["says"].partition(":")[0] for r in decision["why"] if r["part"] == "limit"]
    first = limits if isinstance(case.get("limit"), list) else (limits[0] if limits else None)
    concerns = decision.get("concerns", (decision.get("code") or {}).get("concerns"))
    found = {**decision, "limit": first, "concerns": concerns}
    return {key: found[key] for key in expected(case)}


def timeless(case: dict[str, Any]) -> bool:
    """Whether the case's decision is the same at any moment: no HTTP date in a header, no end
    the body states after the moment it arrived or after the present moment (a reader that
    takes no clock, the MCP server's, reads them now), and no wait until a moment the body
    states (a wait field's, counted from the moment it arrived)."""
    present = datetime.datetime.now(datetime.UTC).isoformat()
    ahead = (case.get("ends_at") or "0") > min(case["now"], present)
    waits_until = any(
        field.path[2:] in case.get("body", {})
        for rules in BODY_RULES.values()
        for field in rules.waits
        if isinstance(case.get("body"), dict)
    )
    dated = any(value.endswith(" GMT") for _, value in case["headers"])
    return not ahead and not dated and not (waits_until and case["wait_seconds"] is not None)
