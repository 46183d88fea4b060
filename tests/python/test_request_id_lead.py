"""Where the next step is to contact the provider's support, the decision's first sentence says
to give it the request id only where the response gives one (a header or a field that a name
says holds one, or the field the body's kind declares), and the decision names that id in a
reason of part `request_id`; the CLI leads with the same sentence."""

from __future__ import annotations

import datetime
import io
import sys

import pytest

import bankcodes
from bankcodes import cli

NOW = datetime.datetime(2026, 11, 29, 12, tzinfo=datetime.UTC)
WITH_ID = "Nothing in it is recognised: contact the provider's support with the request id."
WITHOUT_ID = "Nothing in it is recognised: contact the provider's support."
#: A body no provider sends, answered with a 404 (which names no next step of its own).
BODY = {"message": "something went wrong"}


def test_no_request_id_no_request_id_in_the_first_sentence() -> None:
    decision = bankcodes.decide(BODY, status=404, now=NOW)
    assert decision.next_step == "contact_provider"
    assert decision.lead() == WITHOUT_ID
    assert decision.lead("fr-FR") == "Rien n'y est reconnu : contactez le support du fournisseur."
    assert decision.reasons("request_id") == ()


def test_a_request_id_header_is_named_and_asked_for() -> None:
    decision = bankcodes.decide(BODY, status=404, now=NOW, headers={"X-Request-Id": "abc-1"})
    assert decision.lead() == WITH_ID
    (reason,) = decision.reasons("request_id")
    assert "'abc-1'" in reason.says
    assert reason.source == "header x-request-id"


def test_a_request_id_field_of_the_body_is_named() -> None:
    decision = bankcodes.decide({**BODY, "request_id": "r-9"}, status=404, now=NOW)
    assert decision.lead() == WITH_ID
    assert [r.source for r in decision.reasons("request_id")] == ["body"]


def test_a_known_code_that_asks_for_support_says_so_without_an_id() -> None:
    """Stripe's 500 with Stripe-Should-Retry: false (stripe-node's RequestSender obeys it):
    support, not a retry; its Request-Id header, where sent, is the id to give."""
    body = {"error": {"type": "api_error"}}
    headers = {"Stripe-Should-Retry": "false"}
    bare = bankcodes.decide(body, provider="stripe", status=500, now=NOW, headers=headers)
    assert bare.lead() == "Contact the provider's support: retrying will not help."
    given = {**headers, "Request-Id": "req_1"}
    named = bankcodes.decide(body, provider="stripe", status=500, now=NOW, headers=given)
    assert (
        named.lead()
        == "Contact the provider's support with the request id: retrying will not help."
    )
    assert named.reasons("request_id")[0].source == "header request-id"


def test_the_cli_leads_with_the_same_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    pasted = "HTTP/1.1 404 Not Found\r\nX-Request-Id: abc-1\r\n\r\n" + '{"message": "x"}'
    stdin = io.TextIOWrapper(io.BytesIO(pasted.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    cli.main(["decide", "-", "--now", "2026-11-29T12:00:00Z"], out=out)
    assert out.getvalue().splitlines()[0] == WITH_ID
