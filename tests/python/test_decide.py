"""One decision in both runtimes: the shared corpus (tests/support/decision_cases.json: real
bodies with the headers they came with, each quoted from its source) gives the next step and
the wait its sources state, in Python's bankcodes.decide (given the body, and given an HTTP
error of the standard library that carries it) and the TypeScript decide and decideError: both
give the verdicts of tests/verdicts/decisions.json and tests/verdicts/decided_statuses.json."""

from __future__ import annotations

import datetime
import email.message
import io
import json
import urllib.error
from typing import Any

import pytest

import bankcodes
from bankcodes._providers import code_set_of
from tests.support.decisions import CASES, RESPONSES, body_text, expected, read
from tests.support.helpers import ROOT, load_example
from tests.support.verdicts import Corpus

IDS = [case["name"] for case in CASES]


def _subject(case: dict[str, Any]) -> object:
    """A code given alone, a body, or none (a response with no body, decided by its status)."""
    if "code" in case:
        code = case["code"]
        return code_set_of(code["provider"], code["code_set"]).parse(code["value"])
    return case.get("body")


def _decided(case: dict[str, Any], subject: object, **given: Any) -> dict[str, Any]:
    decision = bankcodes.decide(
        subject,
        provider=case.get("provider"),
        now=datetime.datetime.fromisoformat(case["now"]),
        **given,
    )
    ends_at = decision.ends_at
    code = decision.code
    concerns = {} if code is None or not code.concerns else _concerns(code)
    return {
        "next_step": decision.next_step,
        "actor": decision.actor,
        "wait_seconds": decision.wait_seconds,
        "max_attempts": decision.max_attempts,
        "state": decision.state,
        # As JavaScript's toISOString writes a moment: UTC, to the millisecond, with a Z.
        "ends_at": None
        if ends_at is None
        else ends_at.astimezone(datetime.UTC).isoformat(timespec="milliseconds")[:-6] + "Z",
        "why": [[reason.part, reason.says, reason.source] for reason in decision.why],
        # Its first sentence, in English and in a language tag's language.
        "lead": [decision.lead(), decision.lead("ar-SA")],
        **concerns,
    }


def _concerns(code: Any) -> dict[str, Any]:
    """The connection or account the deciding code concerns alone, and its log fields' words
    for it (bankcodes.connection_id, bankcodes.account_id)."""
    fields = bankcodes.log_fields(code.code, code_set=code.code_set, concerns=code.concerns)
    return {
        "concerns": code.concerns,
        "concerns_logged": {name: value for name, value in fields.items() if name.endswith("_id")},
    }


def _http_error(case: dict[str, Any]) -> urllib.error.HTTPError:
    headers = email.message.Message()
    for name, value in case["headers"]:
        headers[name] = value
    body = io.BytesIO(body_text(case).encode())
    return urllib.error.HTTPError("https://api.example", case.get("status", 400), "", headers, body)


def _verdict(case: dict[str, Any]) -> dict[str, Any]:
    """decide given the subject with the headers and the status of its response; for a
    response, decide given an error that carries it too (TypeScript's decideError)."""
    found = {"decide": _decided(case, _subject(case), **_response(case))}
    if "code" not in case:
        with _http_error(case) as error:
            found["decideError"] = _decided(case, error)
    return found


def _response(case: dict[str, Any]) -> dict[str, Any]:
    return {"headers": case["headers"], "status": case.get("status")}


#: decide and decideError give each case the same decision, and the same words for each of its
#: reasons, in both languages.
DECISIONS = Corpus("decisions", lambda: ((case["name"], case) for case in CASES), _verdict)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_python_decides_as_the_sources_say(case: dict[str, Any]) -> None:
    """Each subject with the headers and the status of its response, as decide is given them."""
    decided = _decided(case, _subject(case), **_response(case))
    why = [{"part": part, "says": says} for part, says, _ in decided["why"]]
    assert read({**decided, "why": why}, case) == expected(case)
    if "ends_at" in case:
        assert decided["ends_at"] == case["ends_at"], case["name"]


@pytest.mark.parametrize("case", RESPONSES, ids=[case["name"] for case in RESPONSES])
def test_an_http_error_is_decided_with_its_response_headers(case: dict[str, Any]) -> None:
    with _http_error(case) as error:
        decided = _decided(case, error)
    why = [{"part": part, "says": says} for part, says, _ in decided["why"]]
    assert read({**decided, "why": why}, case) == expected(case)


def test_python_gives_the_committed_verdicts() -> None:
    DECISIONS.check()


def test_every_case_names_its_sources() -> None:
    from bankcodes._sources import SOURCES

    for case in CASES:
        named = [source for source in case["sources"] if not source.startswith("RFC ")]
        assert named and all(source in SOURCES for source in named), case["name"]


def test_a_message_that_states_the_next_step_decides_first_with_its_source() -> None:
    """Lean's generic INVALID_PARAMETERS (its own step: contact Lean) whose message states the
    fix: the message's step is the one reason for the next step, quoted and cited."""
    (case,) = [c for c in CASES if c["name"] == "lean-invalid-parameters-message-states-the-fix"]
    decision = bankcodes.decide(case["body"], provider="lean", status=400)
    (reason,) = decision.reasons("next_step")
    assert reason.source == "lean-postman-uae"
    assert "Do not supply a 'lean-app-token' header" in reason.says
    assert decision.why[0] == reason
    assert decision.lead() == "Fix the request before sending it again — your service acts."


def test_the_receiver_of_the_deciding_page_schedules_as_the_sources_say() -> None:
    """site/docs/examples/deciding.py, run on every body of the corpus: a retry at the moment the
    wait says (30 seconds, its own default, where none is stated), at once with a new access
    token where the old one has expired, a reconnect or a renewal to ask of the customer, or
    nothing to do (a request to fix, the provider to contact)."""
    deciding = load_example("deciding")
    for case in RESPONSES:
        now = datetime.datetime.fromisoformat(case["now"])
        headers = (
            dict(case["headers"])
            if len({n for n, _ in case["headers"]}) == len(case["headers"])
            else None
        )
        if headers is None:  # a header given twice: the receiver's mapping holds one value
            continue
        status = case.get("status", 400)  # 400 where the source states none, as the CLI's
        planned = deciding.plan(
            body_text(case).encode(), headers, status, case.get("provider"), now
        )
        if case["next_step"] in ("retry", "retry_later"):
            wait = case["wait_seconds"]
            delay = deciding.DEFAULT_WAIT if wait is None else datetime.timedelta(seconds=wait)
            assert planned.retry_at == now + delay, case["name"]
        elif case["next_step"] == "renew_access_token":
            assert (planned.retry_at, planned.new_token) == (now, True), case["name"]
        else:
            asked = (
                case["next_step"] if case["next_step"] in ("reconnect", "renew_consent") else None
            )
            assert (planned.retry_at, planned.ask_customer) == (None, asked), case["name"]


def test_the_readmes_example_prints_what_it_says() -> None:
    import contextlib
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = [
        found
        for found in re.findall(r"```python\n(.*?)```", readme, re.S)
        if "bankcodes.decide(" in found
    ]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    first, second = out.getvalue().splitlines()
    assert first == "retry_later 30.0"
    assert second == "not taken: the message says 'try again in 85092 seconds': wait 85092 s"


PLAID_RATE_LIMIT = next(c for c in CASES if c["name"] == "plaid-429-no-headers")["body"]
NOW = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=datetime.UTC)


def test_retry_after_comes_before_the_providers_reset_header() -> None:
    # And both before the window Pluggy's rate-limit page states ("until the rate limiter counter
    # resets, after one minute passes"), which is listed last, not taken.
    (case,) = [c for c in CASES if c["name"] == "pluggy-429-retry-after-seconds"]
    decision = bankcodes.decide(case["body"], provider="pluggy", headers=case["headers"], now=NOW)
    waits = decision.reasons("wait")
    sources = ["header Retry-After", "header RateLimit-Reset", "pluggy-docs-rate-limits"]
    assert [reason.source for reason in waits] == sources
    assert waits[1].says == "not taken: RateLimit-Reset '45': wait 45 s"
    assert waits[2].says == "not taken: Pluggy's sources state its rate limit resets after 60 s"


def test_the_first_wait_present_decides_and_the_others_follow_it() -> None:
    (case,) = [c for c in CASES if c["name"] == "gocardless-429-retry-after-before-prose"]
    decision = bankcodes.decide(case["body"], headers={"Retry-After": "30"}, now=NOW)
    waits = decision.reasons("wait")
    assert decision.wait_seconds == 30
    assert decision.not_before == NOW + datetime.timedelta(seconds=30)
    assert [reason.source for reason in waits] == ["header Retry-After", "message"]
    assert waits[1].says == "not taken: the message says 'try again in 85092 seconds': wait 85092 s"


@pytest.mark.parametrize(
    ("headers", "shown"),
    [
        ({"Retry-After": "9" * 10_000}, "is longer than 64 characters"),
        ([("Retry-After", "120")] + [("Retry-After", str(n)) for n in range(5000)], "times"),
        ({"Retry-After": "\u202e021"}, "'\\u202e021'"),
        ({"Retry-After": "12\x000"}, "'12\\u00000'"),
        ({"Retry-After": "\u200b30"}, "'\\u200b30'"),
        ({"Retry-After": "3\u00a00"}, "'3\\u00a00'"),
    ],
    ids=["huge", "many-values", "reordering-mark", "nul", "zero-width-space", "no-break-space"],
)
def test_a_hostile_header_is_refused_in_words_and_never_raised(headers: object, shown: str) -> None:
    decision = bankcodes.decide(PLAID_RATE_LIMIT, headers=headers, now=NOW)
    (reason,) = decision.reasons("wait")
    assert decision.wait_seconds is None
    assert reason.says.startswith("refused: ") and shown in reason.says
    assert len(reason.says) < 400
    assert not any(ord(char) < 0x20 or char == "\u202e" for char in reason.says)


def test_headers_that_cannot_be_read_are_none() -> None:
    """A Retry-After that is a number, or no pair: passed over, and said; headers that are no
    mapping and no pairs at all (an object, a text): none, with nothing to say."""
    passed = (
        "1 header pair(s) not read: a name or value neither text nor bytes, or past the 10000th"
    )
    for headers, said in (
        ({"Retry-After": 120}, (passed,)),
        ([("Retry-After",)], (passed,)),
        (object(), ()),
        ("Retry-After: 120", ()),
    ):
        decision = bankcodes.decide(PLAID_RATE_LIMIT, headers=headers, now=NOW)
        assert decision.wait_seconds is None
        assert tuple(reason.says for reason in decision.reasons("wait")) == said


def test_a_long_message_is_read_to_its_bound() -> None:
    (case,) = [c for c in CASES if c["name"] == "gocardless-429-prose"]
    padded = {**case["body"], "detail": "x" * 1_000_000 + case["body"]["detail"]}
    assert bankcodes.decide(padded, now=NOW).wait_seconds is None
    early = {**case["body"], "detail": case["body"]["detail"] + "x" * 1_000_000}
    assert bankcodes.decide(early, now=NOW).wait_seconds == 85092


def test_the_callers_mistakes_raise() -> None:
    with pytest.raises(TypeError, match="aware datetime"):
        bankcodes.decide(PLAID_RATE_LIMIT, now=datetime.datetime(2026, 11, 27))
    with pytest.raises(ValueError, match="unknown provider"):
        bankcodes.decide(PLAID_RATE_LIMIT, provider="plaidd")


def test_nothing_recognised_is_decided_from_the_headers_alone() -> None:
    decision = bankcodes.decide(b"<html>busy</html>", headers={"Retry-After": "5"}, now=NOW)
    assert (decision.code, decision.wait_seconds, decision.next_step) == (None, 5, "retry_later")


def test_a_pending_expiration_says_when_the_consent_ends() -> None:
    """Plaid sends PENDING_EXPIRATION 7 days before an Item's consent expires (its OpenAPI); the
    example's consent_expiration_time, 2020-01-15T13:25:17.766Z, is 7 days after the moment the
    case has it arrive."""
    (case,) = [c for c in CASES if c["name"] == "plaid-pending-expiration"]
    now = datetime.datetime.fromisoformat(case["now"])
    decision = bankcodes.decide(case["body"], now=now)
    stated = datetime.datetime.fromisoformat(case["body"]["consent_expiration_time"])
    assert decision.ends_at == stated
    (reason,) = decision.reasons("ends_at")
    assert "plaid-openapi" in reason.source.split(", ")
    assert "the body's consent_expiration_time" in reason.says
    assert "7 days before a consent ends" in reason.says
    assert [r.source for r in decision.reasons("next_step")] == ["plaid-openapi, plaid-update-mode"]


def test_log_fields_say_what_to_do_now() -> None:
    """Lean's DUPLICATED_REQUEST: 'wait for one minute before making another request' (its Data
    API errors); the Berlin Group's CONSENT_EXPIRED: the consent 'needs to be renewed'."""
    duplicated = bankcodes.lean.GranularStatusCode.DUPLICATED_REQUEST.as_log_fields()
    assert (duplicated["bankcodes.next_step"], duplicated["bankcodes.wait_seconds"]) == (
        "retry_later",
        60,
    )
    expired = bankcodes.lookup("berlingroup", "CONSENT_EXPIRED")[0].as_log_fields()
    assert (expired["bankcodes.next_step"], expired["bankcodes.state"]) == (
        "renew_consent",
        "consent_ended",
    )
    assert "bankcodes.wait_seconds" not in expired


RETRY_LATER = "Retry later, backing off between attempts — your service acts."
FIX = "Fix the request before sending it again — your service acts."
NOTHING = "Nothing in it is recognised: contact the provider's support."
SUCCEEDED = (
    "Its HTTP status says the request succeeded: nothing to act on from it, and nothing in the "
    "body is recognised."
)
#: A body no provider's: the trial's probe of a status alone.
API_ERROR = {"error": {"type": "api_error"}}

STATUSES = [
    # RFC 6585 section 4: 429 Too Many Requests, a rate limit.
    ((None, 429, None), ("retry_later", "integrator", "degraded", "RFC 6585", RETRY_LATER)),
    # RFC 9110 section 15.5.1: 400, "a client error".
    ((None, 400, None), ("fix_request", "integrator", None, "RFC 9110", FIX)),
    # RFC 9110 section 15.5.2: 401, a request that "lacks valid authentication credentials".
    ((None, 401, None), ("fix_request", "integrator", None, "RFC 9110", FIX)),
    # Section 15.5.4: 403, the server "understood the request but refuses to fulfill it"; the
    # credentials given are "insufficient to grant access": as a 401, the request's to fix.
    ((None, 403, None), ("fix_request", "integrator", None, "RFC 9110", FIX)),
    # RFC 9110 section 15.6.4: 503, a temporary overload or maintenance.
    (
        (None, 503, None),
        (
            "retry_later",
            "institution",
            "provider_or_bank_down",
            "RFC 9110",
            "The bank or provider is down for now: retry later, backing off between attempts.",
        ),
    ),
    # Brazil's Open Finance answers its global TPS limit with 529 (its payments 2.0.0 file).
    (
        ("openfinancebrasil", 529, None),
        (
            "retry_later",
            "integrator",
            "degraded",
            "br-consents-331, br-payments-200, br-enrollments-120",
            RETRY_LATER,
        ),
    ),
    # Flinks's rate-limit 401 carries TOO_MANY_REQUESTS; a bare 401 is also a refused token.
    (("flinks", 401, None), ("contact_provider", "integrator", "unknown", "category", NOTHING)),
    # Basiq's 403 answers too many token requests, and also any other forbidden request.
    (("basiq", 403, None), ("contact_provider", "integrator", "unknown", "category", NOTHING)),
    # RFC 9110 section 15.5.9: 408, the server "did not receive a complete request message within
    # the time that it was prepared to wait"; the client "MAY repeat that request".
    (
        (None, 408, API_ERROR),
        ("retry", "integrator", None, "RFC 9110", "Retry now — your service acts."),
    ),
    # Section 15.5.21: 422 Unprocessable Content, well-formed content whose instructions the
    # server was "unable to process": the request's to change.
    ((None, 422, API_ERROR), ("fix_request", "integrator", None, "RFC 9110", FIX)),
    # Section 15.6.1: 500, "an unexpected condition": a failure with no more specific cause.
    (
        (None, 500, None),
        ("retry", "integrator", None, "RFC 9110", "Retry now — your service acts."),
    ),
    # Section 15.3: a 2xx says the request was "successfully received, understood, and
    # accepted": nothing to act on, whatever the body that is not recognised.
    ((None, 200, API_ERROR), ("none", "nobody", None, "RFC 9110", SUCCEEDED)),
    ((None, 201, None), ("none", "nobody", None, "RFC 9110", SUCCEEDED)),
    # A code read decides, whatever the status: ITEM_LOGIN_REQUIRED asks the end user.
    (
        ("plaid", 429, {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}),
        (
            "reconnect",
            "end_user",
            "needs_end_user",
            "category",
            "The connection needs the customer: ask them to reconnect.",
        ),
    ),
    # Even inside a 200: a failure code read is not hidden by the success's status.
    (
        ("plaid", 200, {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}),
        (
            "reconnect",
            "end_user",
            "needs_end_user",
            "category",
            "The connection needs the customer: ask them to reconnect.",
        ),
    ),
]


def _decided_by_status(given: tuple[str | None, int, object]) -> list[object]:
    provider, status, body = given
    content = io.BytesIO(b"" if body is None else json.dumps(body).encode())
    with urllib.error.HTTPError(
        "https://api.example", status, "", email.message.Message(), content
    ) as error:
        decided = bankcodes.decide(error, provider=provider)
    return [decided.next_step, decided.actor, decided.state, decided.why[0].source, decided.lead()]


#: The responses of STATUSES, each decided from an HTTP error that carries it (TypeScript's
#: decideError given an axios error): the same decision in both languages.
DECIDED_STATUSES = Corpus(
    "decided_statuses",
    lambda: ((f"{p} {s} {'a body' if b else 'no body'}", [p, s, b]) for (p, s, b), _ in STATUSES),
    _decided_by_status,
)


def test_a_status_decides_where_nothing_else_does() -> None:
    """A response in which nothing is recognised is decided by its status where the status
    means one thing (429 and 503 by their RFCs, a server status a provider's sources name for a
    rate limit), in both languages; a status that also means other things decides nothing."""
    for given, want in STATUSES:
        assert tuple(_decided_by_status(given)) == want, given[:2]
    DECIDED_STATUSES.check()


def test_fields_of_several_providers_that_read_alike_keep_saying_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where a body holds the telling fields of several providers and each reads the same limit
    from the same field, the limit is carried with the field it was read from and the providers
    that told it; where they read differently, none is."""
    from bankcodes import _provider_facts
    from bankcodes._provider_facts import BodyRules, LimitField

    own = LimitField(
        path="$.maximum_consent_validity", unit="seconds", tells=("max",), sources=("its-own",)
    )
    rules = {**_provider_facts.BODY_RULES, "other": BodyRules(limit_fields=(own,))}
    monkeypatch.setattr(_provider_facts, "BODY_RULES", rules)
    body = {"maximum_consent_validity": 15552000, "max": 1}
    why = [(r.part, r.says, r.source) for r in bankcodes.decide(body).why]
    assert why[-2:] == [
        (
            "limit",
            "at most 15552000 seconds: the body's $.maximum_consent_validity",
            "enablebanking-openapi-8e8ab97c, its-own",
        ),
        ("code", "it has the fields of Enable Banking, other, which read it alike", "body"),
    ]
    differs = LimitField(path="$.max", unit="days", tells=("max",), sources=("its-own",))
    rules["other"] = BodyRules(limit_fields=(differs,))
    assert [r.part for r in bankcodes.decide(body).why if r.part == "limit"] == []
