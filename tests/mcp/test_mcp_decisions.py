"""The MCP server's decisions: what to do now leads the answer to a pasted response, as the
shared corpus of decisions gives it from the sources, and input it cannot read says why."""

from __future__ import annotations

import json

from tests.mcp.test_mcp_server import Client, client
from tests.support.decisions import RESPONSES, expected, read, response, timeless
from tests.support.helpers import published_body

__all__ = ["client"]  # the server the module shares, started once


def test_input_with_no_code_says_why(client: Client) -> None:
    found = client.answer("explain_payload", text="{not json")
    assert found["known"] is False
    assert found["reason"].startswith("the input is neither JSON nor a code: ")
    assert found["reason"].endswith("at line 1, column 2, near '{not json'")
    found = client.answer("explain_payload", text='{"message": "not a provider body"}')
    assert found["reason"] == "no provider payload the catalog recognises in the input given"
    found = client.answer("explain_payload", text="HTTP/1.1 404 Not Found\r\n\r\n")
    assert (found["known"], found["status"]) == (False, 404)
    assert "response with no body" in found["reason"] and "decision" not in found
    # Nothing to read, but a status that says (RFC 9110's 503) or a wait stated: something to do.
    found = client.answer("explain_payload", text="HTTP/1.1 503 X\r\n\r\n")
    assert found["decision"]["state"] == "provider_or_bank_down"
    found = client.answer("explain_payload", text="HTTP/1.1 429 X\r\nRetry-After: 120\r\n\r\n")
    assert "response with no body" in found["reason"]
    decision = found["decision"]
    assert (decision["next_step"], decision["wait_seconds"]) == ("retry_later", 120)


def test_a_body_whose_status_is_its_code_says_none_was_given(client: Client) -> None:
    """Akahu's error wrapper with Akahu named and no status line: the decision leads and its why
    says the body's HTTP status decides and none was given, as `bankcodes decide -` says."""
    body = '{"success": false, "message": "Example error message"}'
    found = client.answer("explain_payload", text=body, provider="akahu")
    assert list(found)[:2] == ["what_to_do", "decision"]
    assert found["decision"]["why"][-1] == {
        "part": "code",
        "says": "read as akahu/api-error, whose HTTP status decides (akahu.response_status): "
        "none was given",
        "source": "status",
    }


def test_the_answers_lead_with_the_decision_the_sources_give(client: Client) -> None:
    """The shared corpus of decisions, pasted as the responses the bodies came in (those whose
    wait is the same at any moment: the server reads a date against its own clock)."""
    cases = [case for case in RESPONSES if timeless(case)]
    assert len(cases) >= 10
    for case in cases:
        found = client.answer("explain_payload", text=response(case), provider=case.get("provider"))
        assert list(found)[:2] == ["what_to_do", "decision"], case["name"]
        assert read(found["decision"], case) == expected(case), case["name"]
    looked_up = client.answer("lookup_code", code="RATE_LIMIT", provider="plaid")
    assert list(looked_up)[:2] == ["what_to_do", "decision"]
    assert looked_up["decision"]["next_step"] == "retry_later"


def test_an_explained_response_leads_with_what_to_do_in_words(client: Client) -> None:
    """A 400 with Stripe's error object and Stripe-Should-Retry: true, no provider named
    (stripe-node's test 'should retry when a header says it should, even on status codes we
    ordinarily wouldn't'): the answer's first key is what to do in words, the sentence
    `bankcodes decide -` leads with, then the decision's tokens; a bare 503 leads so too."""
    pasted = "HTTP/1.1 400 Bad Request\r\nStripe-Should-Retry: true\r\n\r\n"
    pasted += '{"error": {"type": "your_fault"}}'
    found = client.answer("explain_payload", text=pasted)
    assert list(found)[:2] == ["what_to_do", "decision"]
    assert found["what_to_do"] == "Retry now — your service acts."
    assert found["decision"]["next_step"] == "retry"
    found = client.answer("explain_payload", text="HTTP/1.1 503 X\r\n\r\n")
    assert next(iter(found)) == "what_to_do"
    assert found["what_to_do"].startswith("The bank or provider is down")


def test_a_key_given_twice_is_named(client: Client) -> None:
    body = (
        '{"error_type": "ITEM_ERROR", "error_code": "RATE_LIMIT", '
        '"error_code": "ITEM_LOGIN_REQUIRED"}'
    )
    found = client.answer("explain_payload", text=body, provider="plaid")
    assert (found["code"], found["repeated_keys"]) == ("ITEM_LOGIN_REQUIRED", ["error_code"])


def test_no_foreign_body_is_claimed(client: Client) -> None:
    """Every body of the foreign corpus (other APIs' errors: tests/support/foreign_bodies.json),
    pasted alone, is no provider's payload: the answer says so and names no code."""
    from tests.payloads.test_foreign_bodies import BODIES, _names

    claimed = {}
    for name, body in zip(_names(), BODIES, strict=True):
        found = client.answer("explain_payload", text=body["body"])
        if found["known"] is not False or "code" in found:
            claimed[name] = found
    assert claimed == {}


def test_a_body_with_no_code_gives_the_providers_own_words_first(client: Client) -> None:
    """Quiltt's GraphQL error (@quiltt/core's ErrorLink tests) pasted alone: read as Quiltt's by
    its documentationUrl on www.quiltt.dev, no code, and Quiltt's instruction quoted as its own
    words as the decision's first reason, as `bankcodes decide - --json` gives it."""
    body = json.dumps(published_body("quiltt", "@quiltt/core's ErrorLink tests"))
    found = client.answer("explain_payload", text=f"HTTP/1.1 200 OK\r\n\r\n{body}")
    assert (found["kind"], found["known"], found["decision"]["code"]) == (
        "quiltt/graphql-error",
        False,
        None,
    )
    assert found["decision"]["why"][0] == {
        "part": "words",
        "says": "Quiltt's own words, not bankcodes', in its $.errors[0].extensions.instruction: "
        "'Re-authenticate the user'",
        "source": "body",
    }
