"""`bankcodes decide`: the shared corpus of decisions (tests/support/decision_cases.json) pasted
as the HTTP responses they came in, read with their headers and the moment they arrived
(--now): the next step and wait the sources give, as bankcodes.decide gives them."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

import bankcodes
from bankcodes import cli
from bankcodes._cli_decide import of_code
from tests.support.decisions import RESPONSES, expected, read, response
from tests.support.helpers import published_body


def _decided(monkeypatch: pytest.MonkeyPatch, text: str, *argv: str) -> tuple[int, str]:
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    return cli.main(["decide", *argv], out=out), out.getvalue()


@pytest.mark.parametrize("case", RESPONSES, ids=[case["name"] for case in RESPONSES])
def test_a_pasted_response_is_decided_as_its_sources_say(
    monkeypatch: pytest.MonkeyPatch, case: dict[str, Any]
) -> None:
    provider = ["--provider", case["provider"]] if "provider" in case else []
    status, out = _decided(
        monkeypatch, response(case), "-", "--now", case["now"], "--json", *provider
    )
    assert status == 0
    assert read(json.loads(out), case) == expected(case)


def test_a_code_given_alone_is_decided() -> None:
    """The Berlin Group's CONSENT_EXPIRED named alone is decided as its body is."""
    (case,) = [case for case in RESPONSES if case["name"] == "berlingroup-consent-expired"]
    out = io.StringIO()
    argv = ["decide", "CONSENT_EXPIRED", "--provider", "berlingroup", "--json"]
    assert cli.main(argv, out=out) == 0
    assert read(json.loads(out.getvalue()), case) == expected(case)


def test_a_header_given_adds_to_a_pasted_body_and_the_block_comes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (case,) = [case for case in RESPONSES if case["name"] == "plaid-429-no-headers"]
    body = json.dumps(case["body"])
    status, out = _decided(
        monkeypatch, body, "-", "--header", "Retry-After: 120", "--now", "2026-11-27T09:00:00Z"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "Wait 120 s, then retry — your service acts.",
        "  Code: RATE_LIMIT of plaid.error_code, at $.error_code",
        "  Wait: 120 s (not before 2026-11-27T09:02:00+00:00)",
    ]
    assert "  Why this wait: Retry-After '120': wait 120 s (header Retry-After)" in lines


def test_a_hostile_header_is_shown_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    (case,) = [case for case in RESPONSES if case["name"] == "hostile-retry-after-control-bytes"]
    status, out = _decided(monkeypatch, response(case), "-")
    assert status == 0
    assert "\x1b" not in out
    assert "refused: Retry-After '12\\u001b[2J0' is neither" in out


def test_explain_leads_with_the_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    assert cli.main(["explain", "RATE_LIMIT", "--provider", "plaid"], out=out) == 0
    assert out.getvalue().splitlines()[:2] == [
        "Retry later, backing off between attempts — your service acts.",
        "  Code: RATE_LIMIT of plaid.error_code, as given",
    ]
    (case,) = [case for case in RESPONSES if case["name"] == "pluggy-429-retry-after-seconds"]
    stdin = io.TextIOWrapper(io.BytesIO(response(case).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    assert cli.main(["explain", "-", "--provider", "pluggy", "--json"], out=out) == 0
    answer = json.loads(out.getvalue())
    # Words first, as the text's first line says them; the tokens after them.
    assert list(answer)[:2] == ["what_to_do", "decision"]
    assert answer["what_to_do"] == "Wait 60 s, then retry — your service acts."
    assert (answer["decision"]["next_step"], answer["decision"]["wait_seconds"]) == (
        "retry_later",
        60,
    )


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


def test_a_code_its_code_sets_decide_differently_is_not_guessed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Yapily's FAILED is an authorisation's (a generic failure: try again) and a payment's
    ('the Institution has rejected the initiation request': say so): `decide` names both code
    sets, each with what to do, in one answer, and decides the one --code-set names."""
    status, out = _run("decide", "FAILED", "--provider", "yapily", "--json")
    assert status == 0
    listed = [(d["code"]["code_set"], d["next_step"]) for d in json.loads(out)["ambiguous"]]
    assert listed == [
        ("yapily.authorisation_status", "retry"),
        ("yapily.payment_status", "tell_customer"),
    ]
    status, out = _run("decide", "FAILED", "--provider", "yapily")
    assert (status, capsys.readouterr().err) == (0, "")
    assert out.split("\n\n")[0].splitlines() == [
        "FAILED is in 2 code sets, which decide differently:",
        "  yapily.authorisation_status: Retry now — your service acts.",
        "  yapily.payment_status: There is nothing to retry: tell the customer “Your bank "
        "declined the request. Contact your bank for details.”",
        "(--code-set PROVIDER.CODE_SET decides for one)",
    ]
    status, out = _run("decide", "FAILED", "--code-set", "yapily.payment_status")
    assert status == 0
    assert out.splitlines()[:2] == [
        "There is nothing to retry: tell the customer “Your bank declined the request. Contact "
        "your bank for details.”",
        "  Code: FAILED of yapily.payment_status, as given",
    ]


def test_a_code_its_code_sets_decide_alike_is_decided_once() -> None:
    """Flinks' INVALID_USERNAME is a credential error in its API's codes and its Connect
    events alike: one decision, the end user's."""
    status, out = _run("decide", "INVALID_USERNAME", "--provider", "flinks", "--json")
    assert status == 0
    decision = json.loads(out)
    assert (decision["next_step"], decision["actor"]) == ("end_user_action", "end_user")


def test_a_code_set_that_is_none_is_refused_without_its_value(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run("decide", "FAILED", "--code-set", "yapily.payment_statuz")[0] == 2
    said = capsys.readouterr().err
    assert "a code set is named PROVIDER.CODE_SET" in said
    assert "did you mean yapily.payment_status" in said and "statuz" not in said
    assert _run("decide", "FAILED", "--code-set", "YAPILY.PAYMENT_STATUS")[0] == 2
    assert "did you mean yapily.payment_status?" in capsys.readouterr().err
    assert _run("decide", "FAILED", "--code-set", "yapily")[0] == 2
    assert "yapily's are yapily.authorisation_status, yapily.payment_status," in (
        capsys.readouterr().err
    )
    argv = ["FAILED", "--code-set", "yapily.payment_status", "--provider", "plaid"]
    assert _run("decide", *argv)[0] == 2
    said = "--code-set yapily.payment_status is a code set of yapily, not of plaid"
    assert said in capsys.readouterr().err
    # Plaid's ITEM_LOGIN_REQUIRED is no code of Lean's: the code set that has it is named.
    for command in ("decide", "explain"):
        argv = ["ITEM_LOGIN_REQUIRED", "--code-set", "lean.secondary_status"]
        assert _run(command, *argv)[0] == 1
        assert capsys.readouterr().err.strip() == (
            "unknown code: lean.secondary_status does not know the code given; the code sets "
            "that do: plaid.error_code"
        )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"{}"), encoding="utf-8"))
    assert _run("decide", "-", "--code-set", "yapily.payment_status")[0] == 2
    assert "--code-set names the code set of a CODE" in capsys.readouterr().err


def test_explain_leads_each_code_set_with_its_own_decision_where_they_differ() -> None:
    status, out = _run("explain", "FAILED", "--provider", "yapily")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "FAILED is in 2 code sets, which decide differently:"
    blocks = [line for line in lines if line.startswith("  Code: ")]
    assert blocks == [
        "  Code: FAILED of yapily.authorisation_status, as given",
        "  Code: FAILED of yapily.payment_status, as given",
    ]
    status, out = _run("explain", "FAILED", "--provider", "yapily", "--json")
    entries = json.loads(out)
    assert [(e["code_set"], e["decision"]["next_step"]) for e in entries] == [
        ("authorisation_status", "retry"),
        ("payment_status", "tell_customer"),
    ]
    status, out = _run("explain", "FAILED", "--code-set", "yapily.payment_status", "--json")
    assert [e["code_set"] for e in json.loads(out)] == ["payment_status"]


def test_a_code_the_catalog_does_not_list_as_retryable_is_not_retried() -> None:
    """Plaid's ITEM_CONCURRENTLY_DELETED ('This item was deleted while the operation was in
    progress'): the Item is gone, so sending the request again cannot help; its category, a
    concurrent operation, would wait and retry."""
    status, out = _run("decide", "ITEM_CONCURRENTLY_DELETED", "--provider", "plaid", "--json")
    assert status == 0
    decision = json.loads(out)
    assert (decision["next_step"], decision["actor"]) == ("contact_provider", "integrator")
    assert decision["why"][0]["says"] == (
        "contact_provider: a code of the category concurrent_operation that is not retryable"
    )


def test_explain_decides_a_response_it_cannot_read_where_it_states_a_wait(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 429 with RFC 9110's Retry-After: 120 and no body: nothing to explain, but something
    to do (exit 0, as `decide -` exits: a response with no body is valid input); a response
    that states no wait and whose status says nothing of what it stands for (a 404) has no
    decision (exit 1)."""
    for response_text, argv in (
        ("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n", ["--json"]),
        ("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n", []),
        ("HTTP/1.1 404 Not Found\r\n\r\n", ["--json"]),
    ):
        stdin = io.TextIOWrapper(io.BytesIO(response_text.encode()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        status, out = _run("explain", "-", *argv)
        assert status == (1 if response_text.startswith("HTTP/1.1 404") else 0)
        assert "with no body" in capsys.readouterr().err
        if response_text.startswith("HTTP/1.1 404"):
            # --json says why, as the MCP server's explain_payload does.
            assert "decision" not in json.loads(out)
            assert json.loads(out)["reason"].startswith("an HTTP 404 response with no body")
        elif argv:
            decision = json.loads(out)["decision"]
            assert (decision["next_step"], decision["wait_seconds"]) == ("retry_later", 120)
        else:
            lines = out.splitlines()
            assert lines[0] == "Wait 120 s, then retry — your service acts."
            assert lines[1].startswith("  Wait: 120 s (not before ")


def test_a_moment_outside_1970_to_9998_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["decide", "RATE_LIMIT", "--provider", "plaid", "--header", "Retry-After: 30"]
    assert _run(*argv, "--now", "9999-12-31T23:59:59Z")[0] == 2
    said = capsys.readouterr().err
    assert "--now must be from 1970 to 9998, not 9999-12-31T23:59:59+00:00" in said
    assert "Traceback" not in said


def test_a_body_in_utf16_is_named_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plaid's ITEM_LOGIN_REQUIRED body as a Windows tool may save it (UTF-16, with or without
    its byte order mark; or UTF-32): not read, and said why, with the way to read it."""
    body = '{"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}'
    for wide in ("UTF-16", "UTF-32"):
        for codec in ("", "-le", "-be"):
            encoded = body.encode(wide.lower() + codec)
            stdin = io.TextIOWrapper(io.BytesIO(encoded), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", stdin)
            assert _run("explain", "-")[0] == 1
            assert capsys.readouterr().err.strip() == (
                f"the input is {wide}, and bankcodes reads UTF-8: convert it first (iconv -f "
                f"{wide} -t UTF-8)"
            )
    # A stray NUL before a UTF-8 body is no UTF-16.
    stdin = io.TextIOWrapper(io.BytesIO(b"\x00" + body.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert _run("explain", "-")[0] == 1
    assert "UTF-16" not in capsys.readouterr().err


def test_nothing_recognised_is_said_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 404 with no body: nothing decides, and the decision says that it stands on nothing
    (exit 1); a bare 429 is decided by its status (exit 0). Text that is not JSON says where it
    stops being JSON, and nothing else; a word alone is a code, as the decoder reads one."""
    status, out = _decided(monkeypatch, "HTTP/1.1 404 Not Found\r\n\r\n", "-")
    assert status == 1
    assert out.splitlines() == [
        "Nothing in it is recognised: contact the provider's support.",
        "  Why this step: nothing recognised (category)",
    ]
    assert capsys.readouterr().err.startswith("nothing recognised: no code the catalog knows")
    status, out = _decided(monkeypatch, '{"error": "x",\n}', "-")
    assert (status, out) == (1, "")
    err = capsys.readouterr().err
    assert err.startswith("the input is neither JSON nor a code: ")
    assert "at line 2, column 1" in err
    status, out = _decided(monkeypatch, "garbage", "-")
    assert (status, out) == (1, "")
    assert capsys.readouterr().err.startswith("unknown code: no code set knows the code given")
    status, out = _decided(monkeypatch, "HTTP/1.1 429 Too Many Requests\r\n\r\n", "-")
    assert status == 0
    assert out.splitlines()[0] == "Retry later, backing off between attempts — your service acts."


def test_a_code_that_is_a_number_is_decided_by_its_name() -> None:
    """MX's connection status CHALLENGED is 3 (its Connect widget's statuses): an MFA answer is
    the end user's to give."""
    status, out = _run("decide", "CHALLENGED", "--provider", "mx")
    assert status == 0
    assert out.splitlines()[:2] == [
        "The customer must act — tell them: “Your bank needs to confirm it's you. Enter the code "
        "or answer the question your bank sent you.”",
        "  Code: 3 of mx.connection_status, as given",
    ]


def test_a_key_given_twice_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plaid's RATE_LIMIT body with error_code given again as ITEM_LOGIN_REQUIRED: the last value
    decides (as JSON parsers read it), and decide - and explain - say which key was given twice."""
    body = (
        '{"error_type": "RATE_LIMIT_EXCEEDED", "error_code": "RATE_LIMIT", '
        '"error_code": "ITEM_LOGIN_REQUIRED"}'
    )
    note = (
        "note: the body gives 'error_code' more than once; the last value is read, as JSON "
        "parsers read it"
    )
    status, out = _decided(monkeypatch, body, "-", "--provider", "plaid")
    assert (status, out.splitlines()[:2]) == (
        0,
        [
            "The connection needs the customer: ask them to reconnect.",
            "  Code: ITEM_LOGIN_REQUIRED of plaid.error_code, at $.error_code",
        ],
    )
    assert capsys.readouterr().err.strip() == note
    stdin = io.TextIOWrapper(io.BytesIO(body.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out = _run("explain", "-", "--provider", "plaid", "--json")
    assert (status, json.loads(out)["repeated_keys"]) == (0, ["error_code"])
    assert capsys.readouterr().err.strip() == note


def test_explain_shows_each_fact_once_and_no_python_value() -> None:
    """Belvo's unexpected_error: at most three attempts, as its errors page and its pt-BR help
    article state (the sources of that fact named once, as text, never a dict). Lean's
    CONSENT_EXPIRED (KSA statuses): its own next step and state, renew the consent as it has
    ended, decide over its category's (reconnect), which is not shown beside them."""
    status, out = _run("explain", "unexpected_error", "--provider", "belvo")
    assert status == 0
    lines = out.splitlines()
    assert [line for line in lines if "belvo-support-errors-pt" in line and "(" in line] == [
        "  Why these attempts: at most 3 attempt(s) in all, the first counted: the code's source "
        "states it (belvo-api-errors-readme, belvo-support-errors-pt)"
    ]
    assert next(line for line in lines if "at most 3" in line) == "  Attempts: at most 3 in all"
    assert "{" not in out and "('" not in out
    status, out = _run("explain", "CONSENT_EXPIRED", "--code-set", "lean.secondary_status")
    lines = out.splitlines()
    assert lines[0] == "The consent has ended: ask the customer to reconnect."
    assert [line for line in lines if line.startswith("  Connection")] == [
        "  Connection: stopped: the consent has ended"
    ]
    assert not [line for line in lines if line.startswith(("  Next step", "  State"))]


#: Text answers that led with a sentence and then printed the decision's tokens (issue 99's
#: trial): each code given to `explain` and `decide`.
TOKENED = (
    ("invalid_grant", "truelayer"),
    ("RATE_LIMIT", "plaid"),
    ("INVALID_CREDENTIALS_MFA", "pluggy"),
    ("unexpected_error", "belvo"),
)


@pytest.mark.parametrize(("code", "provider"), TOKENED)
def test_a_text_answer_is_in_words_and_its_tokens_in_json(code: str, provider: str) -> None:
    """`decide` and `explain` in text: the sentence first, then labelled words; no line of
    tokens (`Decision: retry_later (integrator acts)`, `why (next_step): …`, `Next step
    (category): …`, `Sources of the facts: state: …`); --json keeps the tokens."""
    tokens = ("retry_later", "renew_consent", "end_user_action", "needs_end_user", "consent_ended")
    for command in ("decide", "explain"):
        status, out = _run(command, code, "--provider", provider)
        assert status == 0
        lines = out.splitlines()
        assert lines[0][0].isupper() and lines[0].endswith((".", "”")), lines[0]
        shown = [line for line in lines if line.lstrip().startswith(("Decision", "why (", "Next"))]
        shown += [line for line in lines if "(category):" in line or "Sources of the facts" in line]
        shown += [line for line in lines if any(token in line for token in tokens)]
        assert shown == [], (command, code)
    status, out = _run("decide", code, "--provider", provider, "--json")
    assert json.loads(out)["next_step"] in out


def test_explain_of_nothing_recognised_says_what_to_do_as_decide_does(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body no provider sends: `explain -` still prints on standard output what to do, the
    sentence `decide -` leads with (exit 1 for both, the reason on standard error)."""
    body = '{"message": "something went wrong"}'
    status, decided = _decided(monkeypatch, body, "-")
    assert status == 1
    capsys.readouterr()
    stdin = io.TextIOWrapper(io.BytesIO(body.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out = _run("explain", "-")
    assert status == 1
    said = "Nothing in it is recognised: contact the provider's support."
    assert out.splitlines()[0] == decided.splitlines()[0] == said
    assert "no provider payload the catalog recognises" in capsys.readouterr().err


def test_a_code_its_code_sets_decide_alike_in_step_says_so_once() -> None:
    """Tink's SESSION_EXPIRED is a Tink Link error reason and a credentials status: both say to
    renew the consent (the customer reconnects); the link's stands for a connection waiting
    for the customer, the credentials' for a consent that has ended (tink-core-ios's
    Credentials.swift: 'The credentials' session has expired'). The answer says the step once,
    that both agree on it, and each code set's state; never the same sentence twice."""
    said = "The consent has ended: ask the customer to reconnect."
    for command in ("decide", "explain"):
        status, out = _run(command, "SESSION_EXPIRED", "--provider", "tink")
        assert status == 0
        assert out.splitlines()[:3] == [
            f"SESSION_EXPIRED is in 2 code sets, which agree on what to do: {said}",
            "  tink.link_error_reason: the connection waits for the customer",
            "  tink.credentials_status: the connection stopped: the consent has ended",
        ]
        assert out.count(said) == 1, command


#: Codes whose next step is the customer's (MX's CHALLENGED, 3, an MFA challenge; Pluggy's
#: INVALID_CREDENTIALS_MFA) or to tell them (Yapily's payment FAILED): the lead says what to tell
#: them, the code's words for the customer, in each catalog language, as explain shows them.
TOLD = (
    ("mx", "CHALLENGED", None, "The customer must act — tell them: “{} {}”"),
    ("pluggy", "INVALID_CREDENTIALS_MFA", None, "The customer must act — tell them: “{} {}”"),
    ("yapily", "FAILED", "payment_status", "There is nothing to retry: tell the customer “{} {}”"),
)


@pytest.mark.parametrize(("provider", "code", "code_set", "said"), TOLD)
def test_a_lead_says_what_to_tell_the_customer(
    provider: str, code: str, code_set: str | None, said: str
) -> None:
    """Not "The customer must act: tell them what to do.": the sentence a support person can
    pass on, in English and in French (the catalog's words for the customer, as `explain`
    prints them under "tell the customer")."""
    argv = ["--code-set", f"{provider}.{code_set}"] if code_set else ["--provider", provider]
    status, out = _run("explain", code, *argv)
    assert status == 0
    lines = out.splitlines()
    message = next(line for line in lines if line.startswith("  tell the customer (")).split(": ")
    action = next(line for line in lines if line.startswith("  customer's action (")).split(": ")
    assert lines[0] == said.format(message[1], action[1])
    member = of_code(code, provider, f"{provider}.{code_set}" if code_set else None)[0]
    french = member.end_user_text("fr")
    assert french is not None and french.message not in lines[0]
    lead = bankcodes.decide(member).lead("fr-CA")
    assert lead.endswith(f"{french.message} {french.action} »"), lead


def test_the_providers_own_words_follow_the_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quiltt's 403 as @quiltt/core's Connector tests mock it, with Quiltt named: its status
    decides ('403: Forbidden -> Unsupported SDK', the integrator fixes the request), and
    Quiltt's instruction is the line right under that sentence, before the code read."""
    body = json.dumps(published_body("quiltt", "@quiltt/core's Connector tests: a 403"))
    status, out = _decided(
        monkeypatch, f"HTTP/1.1 403 Forbidden\r\n\r\n{body}", "-", "--provider", "quiltt"
    )
    assert status == 0
    assert out.splitlines()[:3] == [
        "Fix the request before sending it again — your service acts.",
        "  Provider's words: Quiltt's own words, not bankcodes', in its $.instruction: 'This "
        "endpoint must be called from a supported Quiltt SDK.' (body)",
        "  Code: 403 of quiltt.sdk_rest_status, at (HTTP status)",
    ]


def test_a_response_whose_body_is_not_json_is_decided_by_its_status_and_says_where(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """UK Open Banking's VRP usage example of a 201 PDNG payment, as published with trailing
    commas (read-write-api-docs-pub, references/usage-examples/vrp-usage-examples.md), cut to
    its status: the body is not JSON, so the response is decided as if it had none (a 2xx:
    RFC 9110, section 15.3), and both `decide -` and `explain -` say that the body is not valid
    JSON, where it stops, and the text around that place, escaped."""
    text = 'HTTP/1.1 201 Created\r\n\r\n{\n  "Data": {\n    "Status": "PDNG",\n  },\n}'
    where = "Expecting property name enclosed in double quotes at line 4, column 3, "
    where += "near '\"PDNG\",\\u000a  },\\u000a}'"
    status, out = _decided(monkeypatch, text, "-")
    assert (status, out.splitlines()[0]) == (
        0,
        "Its HTTP status says the request succeeded: nothing to act on from it, and nothing in "
        "the body is recognised.",
    )
    assert capsys.readouterr().err == f"the response's body is not valid JSON: {where}\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status = cli.main(["explain", "-"], out=io.StringIO())
    assert capsys.readouterr().err.startswith(f"the response's body is not valid JSON: {where}")
