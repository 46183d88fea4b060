"""A body that is nobody's in the catalog is said to be nobody's: the error bodies of services a
client also meets (tests/support/foreign_bodies.json: other APIs and aggregators, AI platforms',
storage and orchestration APIs', payment processors', frameworks' defaults, gateways, proxies,
RFC 9457 problem details, OAuth 2.0, JSON:API, GraphQL, JSON-RPC, empty and non-JSON bodies, each
with its source) are claimed by no provider, whether given as a body or as a response with its
status, in Python, `bankcodes explain -` and Node: a shape or a code they share with a provider's
body tells nothing (DESIGN.md, rule 22). The decoder reads the same corpus in Chromium
(tests/site/test_decoder_readings.py)."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import httpx
import pytest

import bankcodes
from bankcodes import cli, payloads
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT
from tests.support.verdicts import Corpus

CORPUS = ROOT / "tests" / "support" / "foreign_bodies.json"
BODIES: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["bodies"]


def _names() -> list[str]:
    return [f"{body['origin']}: {body['name']}" for body in BODIES]


def test_the_corpus_is_broad_and_sourced() -> None:
    assert len(BODIES) >= 150
    assert len({body["origin"] for body in BODIES}) >= 60
    assert all(body["source"] for body in BODIES)
    # The shapes a careless reader would take for a provider's are in it.
    bodies = [body["body"] for body in BODIES]
    assert any('"code"' in text and '"message"' in text for text in bodies)
    assert any('"type"' in text and '"title"' in text for text in bodies)
    assert "" in bodies  # an empty body
    # Stripe's error object, as an AI platform answers it; Kubernetes' Status object.
    assert any('"invalid_request_error"' in text and '"param"' in text for text in bodies)
    assert any('"kind": "Status"' in text or '"kind":"Status"' in text for text in bodies)


@pytest.mark.parametrize(
    ("origin", "cases"),
    by_provider((b["origin"], name, b) for b, name in zip(BODIES, _names(), strict=True)),
)
def test_python_claims_no_foreign_body(origin: str, cases: Cases) -> None:
    each(cases, _claimed_by_nobody)


def _claimed_by_nobody(body: dict[str, Any]) -> None:
    text: str = body["body"]
    assert bankcodes.from_exception(text) is None
    # Nor does a decision read it as a provider's, nor a consent's end or a limit in it.
    why = bankcodes.decide(text.encode()).why
    assert not [r.says for r in why if r.part in {"code", "ends_at", "limit"}]
    try:
        data = payloads.parse(text)
    except payloads.PayloadError:
        return  # no JSON: nothing to recognise
    listed = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else data
    assert payloads.recognise(listed) == ()
    status = body["status"] if isinstance(body["status"], int) and body["status"] >= 400 else 500
    headers = {"content-type": body["content_type"] or "application/json"}
    response = httpx.Response(status, content=text.encode("utf-8"), headers=headers)
    assert bankcodes.from_exception(response) is None


#: Response headers that many APIs send, each anyone's: a server's name, the request's id, a
#: wait, and x-should-retry (the header OpenAI's and Anthropic's clients read, as Stripe's read
#: its own Stripe-Should-Retry). A response that carries them is no provider's for it.
SHARED_HEADERS = [
    ("Server", "nginx"),
    ("Request-Id", "req_123"),
    ("X-Request-Id", "0f3c"),
    ("X-Should-Retry", "false"),
    ("Retry-After", "2"),
]


@pytest.mark.parametrize(
    ("origin", "cases"),
    by_provider((b["origin"], name, b) for b, name in zip(BODIES, _names(), strict=True)),
)
def test_shared_headers_tell_no_provider(origin: str, cases: Cases) -> None:
    """Each foreign body decided with the headers many APIs send, as a response of its status
    (500 where it has none): no reason reads it as a provider's (DESIGN.md, rule 22)."""
    each(cases, _told_by_no_header)


def _told_by_no_header(body: dict[str, Any]) -> None:
    status = body["status"] if isinstance(body["status"], int) else 500
    decision = bankcodes.decide(body["body"].encode(), headers=SHARED_HEADERS, status=status)
    assert [r.says for r in decision.why if r.part == "code"] == []


def test_explain_says_each_is_no_providers_payload(monkeypatch: pytest.MonkeyPatch) -> None:
    """`explain -` on each body, pasted alone and as a response with its status line: exit 1 (0 for
    a response whose status decides, as `decide -` exits) and "no provider
    payload" (or, for an empty body, a response "with no body"), never an answer but that
    nothing is recognised (as `decide -` says it), asking for the request id only where the
    response gives one (the request ids a name says it gives, to quote to its sender, as the
    decoder shows them, in lines of their own after the answer, not again among its reasons);
    a body alone that is not JSON
    (an HTML page, XML, text) is said to be neither JSON nor a code, with no answer (a
    response's body that begins as JSON is said not to be valid JSON, and decided as if
    empty); a response whose status says what it stands for (400, 401, 403 and 422, the caller's
    to fix; 408 and 500, to retry (RFC 9110, sections 15.5.9 and 15.6.1); 429 and 503, to
    retry later; a 2xx, a success with nothing to act on, section 15.3) is decided by its
    status alone, with no code read."""
    fix, retry, later = "fix the request", "retry now", "retry later"
    steps = {400: fix, 401: fix, 403: fix, 422: fix, 408: retry, 500: retry, 429: later, 503: later}
    steps |= dict.fromkeys(range(200, 300), "its http status says the request succeeded")
    answered = {}
    for name, body in zip(_names(), BODIES, strict=True):
        status = body["status"] or 500
        for pasted in (body["body"], f"HTTP/1.1 {status} X\r\n\r\n{body['body']}"):
            stdin = io.TextIOWrapper(io.BytesIO(pasted.encode("utf-8")), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", stdin)
            out, err = io.StringIO(), io.StringIO()
            monkeypatch.setattr(sys, "stderr", err)
            code = cli.main(["explain", "-"], out=out)
            said = err.getvalue()
            lines = out.getvalue().splitlines(keepends=True)
            shown = "".join(line for line in lines if not line.startswith("request id ("))
            not_json = said.startswith("the input is neither JSON nor a code: ")
            not_json |= said.startswith("the response's body is not valid JSON: ")
            nobody = "no provider payload" in said or "with no body" in said or not_json
            by_status = pasted.startswith("HTTP/") and status in steps
            decided = steps.get(status, "-") in shown.lower() and "  Code: " not in shown
            stated = f"nothing recognised, and its status is HTTP {status}" in shown
            # The request id is asked for only where the response gives one, each listed in a line
            # of its own after the answer (as the decoder lists them), not among its reasons.
            ids = [line for line in lines if line.startswith("request id (")]
            asked = " with the request id" if ids else ""
            nothing = f"Nothing in it is recognised: contact the provider's support{asked}.\n"
            nothing += "  Why this step: nothing recognised (category)\n"
            nothing_ok = shown == nothing
            wrong = not (decided and stated) if by_status else not nothing_ok
            # A body alone that is not JSON: only the line; a response's: decided as if empty.
            wrong = shown != "" if not_json and not pasted.startswith("HTTP/") else wrong
            # A response whose status decides is answered, and exits, as `decide -` answers it.
            if code != (0 if by_status else 1) or not nobody or wrong:
                answered[name] = (code, shown[:200], said[:200])
    assert answered == {}


def _claimed(body: dict[str, Any]) -> dict[str, Any] | None:
    """What is claimed of the body: the kinds recognise gives its JSON (the first item of a
    list), and the kind from_exception reads of it and of a response carrying it with its
    status (500 where it has none); None where nothing is."""
    text: str = body["body"]
    try:
        data = payloads.parse(text)
    except payloads.PayloadError:
        kinds: tuple[str, ...] = ()  # no JSON: nothing to recognise
    else:
        listed = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else data
        kinds = payloads.recognise(listed)
    status = body["status"] if isinstance(body["status"], int) and body["status"] >= 400 else 500
    headers = {"content-type": body["content_type"] or "application/json"}
    response = httpx.Response(status, content=text.encode("utf-8"), headers=headers)
    found = [bankcodes.from_exception(text), bankcodes.from_exception(response)]
    if not kinds and found == [None, None]:
        return None
    body_kind, response_kind = (None if f is None else f.kind for f in found)
    return {"kinds": list(kinds), "body": body_kind, "response": response_kind}


#: Every foreign body in both languages: claimed by none.
FOREIGN = Corpus("foreign_bodies", lambda: zip(_names(), BODIES, strict=True), _claimed)


def test_python_gives_the_committed_verdicts() -> None:
    assert set(FOREIGN.python().values()) == {None}
    FOREIGN.check()
