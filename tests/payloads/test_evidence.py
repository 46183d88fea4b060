"""A body is claimed by evidence of one provider, never by an envelope many APIs share (DESIGN.md,
rule 22): its documentation address or namespace, a code only its code sets hold, or its fields
together; and every reader names that evidence (payloads.identify, from_exception, decide's why,
`explain -`). The bodies are typed from their sources: the other APIs' from
tests/support/foreign_bodies.json, the providers' from tests/support/published_bodies/."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

import bankcodes
from bankcodes import cli, payloads
from tests.support.helpers import ROOT, published_body


def _foreign(origin: str, start: str) -> dict[str, Any]:
    """The body of tests/support/foreign_bodies.json from `origin` whose name starts `start`."""
    corpus = json.loads((ROOT / "tests/support/foreign_bodies.json").read_text(encoding="utf-8"))
    (found,) = [
        b for b in corpus["bodies"] if b["origin"] == origin and b["name"].startswith(start)
    ]
    data: dict[str, Any] = json.loads(found["body"])
    return data


def _published(provider: str, start: str) -> dict[str, Any]:
    data: dict[str, Any] = published_body(provider, start)
    return data


#: The bodies the catalog claimed by an envelope others share: an AI platform's Stripe-style
#: error (OpenAI's, whose code invalid_api_key Fintoc's code set holds too), a container
#: orchestrator's Status object (Kubernetes', whose code and reason Mastercard Connect's events
#: carry), a file-storage API's error (Box's, with Belvo's request_id, code and message).
SHARED_ENVELOPES = {
    "OpenAI 401 invalid_api_key": _foreign("OpenAI", "401 invalid_api_key"),
    "OpenAI stream error rate_limit_exceeded": _foreign("OpenAI", "Responses stream error"),
    "Kubernetes 404 Status": _foreign("Kubernetes API server", "404 Status object"),
    "Kubernetes 409 Status": _foreign("Kubernetes API server", "409 Status object"),
    "Box 400": _foreign("Box", "400 ClientError"),
}


@pytest.mark.parametrize("data", SHARED_ENVELOPES.values(), ids=SHARED_ENVELOPES)
def test_an_envelope_many_apis_share_is_nobodys(data: dict[str, Any]) -> None:
    assert payloads.recognise(data) == ()
    assert payloads.identify(data).evidence == ()
    assert bankcodes.from_exception(json.dumps(data)) is None


def test_a_stripe_error_is_told_by_its_documentation_address() -> None:
    """Stripe's CLI tests an expired key's 401 whose doc_url is on stripe.com/docs/error-codes:
    Stripe's documentation, though api_key_expired is no code of the catalog's."""
    data = _published("stripe", "A 401 for an expired API key")
    found = payloads.identify(data)
    assert found.kind == "stripe/api-error"
    assert [(e.what, e.keys, e.value) for e in found.evidence] == [
        ("namespace", ("error.doc_url",), "https://stripe.com/docs/error-codes/api-key-expired")
    ]
    assert found.evidence[0].sources == (
        "stripe-docs-api-errors-attributes",
        "stripe-cli-base-test",
    )


def test_a_fintoc_error_is_told_by_its_documentation_address_in_every_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fintoc-ruby's tests answer {error: {code, message, doc_url}} with doc_url on
    docs.fintoc.com: Fintoc's own documentation, named as the evidence by every reader."""
    data = _published("fintoc", "An authentication error")
    text = json.dumps(data)
    value = "https://docs.fintoc.com/errors"
    (told,) = payloads.identify(data).evidence
    assert (told.kind, told.what, told.keys, told.value) == (
        "fintoc/api-error",
        "namespace",
        ("error.doc_url",),
        value,
    )
    found = bankcodes.from_exception(text)
    assert found is not None and found.kind == "fintoc/api-error"
    assert found.evidence == (told,)
    reasons = [r for r in bankcodes.decide(text).why if r.part == "code"]
    says = f"read as fintoc/api-error: its error.doc_url '{value}' is in Fintoc's namespace"
    assert [(r.says, r.source) for r in reasons] == [(says, "fintoc-errors-object")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))
    out = io.StringIO()
    assert cli.main(["explain", "-"], out=out) == 0
    assert f"  Whose body: {says} (fintoc-errors-object)" in out.getvalue().splitlines()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))
    out = io.StringIO()
    assert cli.main(["explain", "-", "--json"], out=out) == 0
    assert json.loads(out.getvalue())["evidence"] == [
        {
            "what": "namespace",
            "keys": ["error.doc_url"],
            "value": value,
            "sources": ["fintoc-errors-object", "fintoc-refresh-intents-errors", told.sources[2]],
        }
    ]


def test_a_quiltt_graphql_error_is_told_by_its_documentation_address_in_every_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """@quiltt/core's ErrorLink tests mock a GraphQL error whose extensions.documentationUrl is
    on www.quiltt.dev, the address the SDK's own errors give (token-validation.ts): Quiltt's
    documentation, named as the evidence; no code is read, and the instruction is shown as
    Quiltt's words, under the first sentence."""
    data = _published("quiltt", "@quiltt/core's ErrorLink tests")
    text = json.dumps(data)
    value = "https://www.quiltt.dev/authentication#session-tokens"
    found = payloads.identify(data)
    assert found.kind == "quiltt/graphql-error"
    assert [(e.what, e.keys, e.value) for e in found.evidence] == [
        ("namespace", ("errors[].extensions.documentationUrl",), value)
    ]
    assert bankcodes.from_exception(text) is None  # no code to key on
    says = (
        "read as quiltt/graphql-error: its errors[].extensions.documentationUrl "
        f"'{value}' is in Quiltt's namespace"
    )
    decided = bankcodes.decide(text)
    assert [(r.says, r.source) for r in decided.why if r.part == "code"] == [
        (says, "quiltt-js-token-validation")
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))
    out = io.StringIO()
    assert cli.main(["decide", "-"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[:2] == [
        "No code bankcodes knows: the provider's own words, quoted below, say what to do — your "
        "service acts.",
        "  Provider's words: Quiltt's own words, not bankcodes', in its "
        "$.errors[0].extensions.instruction: 'Re-authenticate the user' (body)",
    ]
    assert f"  Whose body: {says} (quiltt-js-token-validation)" in lines


def _example(kind: str, start: str) -> dict[str, Any]:
    """The catalog's published example of `kind` whose title starts `start`."""
    catalog = json.loads((ROOT / "spec/catalog.json").read_text(encoding="utf-8"))
    (found,) = [
        e["data"] for e in catalog["payloads"][kind]["examples"] if e["title"].startswith(start)
    ]
    data: dict[str, Any] = found
    return data


def test_a_salt_edge_error_is_told_by_its_documentation_address_or_its_class() -> None:
    """Salt Edge's Android SDK tests a 404 whose documentation_url is on docs.saltedge.com; its
    iOS SDK tests one whose documentation_url is a test address but whose class,
    ConnectionNotFound, is Salt Edge's: either tells Salt Edge's body, and the answer names it.
    An error class and a message (QMP's replies carry error.class too) are anyone's."""
    android = _published("saltedge", "404 ConnectionNotFound")
    assert [(e.kind, e.what, e.keys, e.value) for e in payloads.identify(android).evidence] == [
        (
            "saltedge/api-error",
            "namespace",
            ("error.documentation_url",),
            "https://docs.saltedge.com/account_information/v5/#errors-connection_not_found",
        ),
        ("saltedge/api-error", "fields", ("error.class", "error"), None),
    ]
    ios = _example("saltedge/api-error", "ConnectionNotFound")
    assert [(e.what, e.keys, e.value) for e in payloads.identify(ios).evidence] == [
        ("code", ("error.class",), "ConnectionNotFound"),
        ("fields", ("error.message", "error", "error.class"), None),
    ]
    qmp = _foreign("QEMU Machine Protocol (QMP)", "Parsing error")
    assert payloads.recognise(qmp) == ()


def test_a_fastlink_message_is_told_by_its_function() -> None:
    """FastLink's post messages name the method that receives them (fnToCall): a method of
    FastLink's published ones tells its message, not the key alone."""
    error = _example("yodlee/fastlink-message", "The Error Handling page")
    found = payloads.identify(error)
    assert found.kind == "yodlee/fastlink-message"
    assert [(e.what, e.keys, e.value) for e in found.evidence] == [
        ("code", ("code",), "E701"),
        ("fields", ("fnToCall", "code"), None),
    ]
    resize = _example("yodlee/fastlink-message", "The upgrade guide's FastLink 4 resize")
    assert [(e.what, e.keys, e.value) for e in payloads.identify(resize).evidence] == [
        ("code", ("fnToCall",), "resizeIframeWindow"),
        ("fields", ("fnToCall",), None),
    ]


#: Envelopes that were claimed by their field names alone, names webhooks and errors of many APIs
#: carry (an event and its id, an event type and a payload, an event with a name and data, a
#: correlation id and data): each is its provider's by an event or code of its code sets, and
#: otherwise only where the reader names the provider.
NAMED_ENVELOPES = {
    "mastercard/connect-webhook": {"eventType": "x", "payload": {}},
    "argyle/webhook": {"event": "x", "name": "y", "data": {}},
    "pluggy/webhook": {"event": "x", "eventId": "y"},
    "basiq/error": {"correlationId": "x", "data": [{"code": "y"}]},
    "quiltt/api-error": {"message": "x", "instruction": "y"},
    "bridge/error-v2019": {"type": "x", "message": "y", "documentation_url": None},
    "bridge/webhook": {"content": {}, "timestamp": 1, "type": "x"},
    "mastercard/connect-event": {"screen": "x", "params": {}},
    "tokenio/callback-error": {"request-id": "x", "request_id": "x", "error": "14"},
}


@pytest.mark.parametrize(("kind", "data"), NAMED_ENVELOPES.items(), ids=NAMED_ENVELOPES)
def test_an_envelope_of_field_names_is_the_providers_only_where_it_is_named(
    kind: str, data: dict[str, Any]
) -> None:
    assert payloads.recognise(data) == ()
    found = payloads.identify(data, kind.partition("/")[0])
    assert (found.kind, [e.what for e in found.evidence]) == (kind, ["provider"])


def test_a_code_only_its_code_sets_hold_tells_the_provider() -> None:
    """Fintoc's refresh-intents errors page: rejected_refresh_intent, a code of Fintoc's alone, in
    a Stripe-style error without doc_url."""
    data = {"error": {"type": "link_error", "message": "x", "code": "rejected_refresh_intent"}}
    found = payloads.identify(data)
    assert found.kind == "fintoc/api-error"
    assert [(e.what, e.keys, e.value) for e in found.evidence] == [
        ("code", ("error.code",), "rejected_refresh_intent")
    ]
    said = bankcodes.decide(data).why[-1]
    assert (said.part, said.source) == ("code", "body")
    assert said.says == (
        "read as fintoc/api-error: its error.code 'rejected_refresh_intent' is a code only "
        "Fintoc's code sets hold"
    )


def test_a_code_many_apis_send_tells_the_provider_only_where_it_is_named() -> None:
    """invalid_api_key is Fintoc's code and OpenAI's too: a Fintoc-shaped body carrying it is
    Fintoc's only where the reader names Fintoc, and the answer says so."""
    data = {"error": {"type": "invalid_request_error", "code": "invalid_api_key", "message": "x"}}
    assert payloads.recognise(data) == ()
    found = payloads.identify(data, "fintoc")
    assert found.kind == "fintoc/api-error"
    assert [(e.kind, e.what, e.keys, e.value) for e in found.evidence] == [
        ("fintoc/api-error", "provider", (), None)
    ]
    said = bankcodes.decide(data, provider="fintoc").why[-1]
    assert (said.part, said.source) == ("code", "provider")
    assert said.says == (
        "read as fintoc/api-error because Fintoc was named: the body alone does not tell whose "
        "it is"
    )


def test_fields_together_tell_the_provider() -> None:
    """GoCardless's errors: summary, detail and status_code together, no field of them its own."""
    data = {"summary": "Rate limit exceeded", "detail": "x", "status_code": 429}
    (told,) = payloads.identify(data).evidence
    assert (told.kind, told.what, told.keys) == (
        "gocardless/error",
        "fields",
        ("summary", "detail", "status_code"),
    )
    said = bankcodes.decide(data).why[-1]
    assert (said.part, said.source) == ("code", "body")
    assert said.says == (
        "read as gocardless/error: it has GoCardless Bank Account Data's fields (summary, "
        "detail, status_code)"
    )


def test_a_body_that_fits_several_names_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """GoCardless's fields and Stripe's documentation address in one body: evidence of two
    providers, so it is read as neither, and the answer names both."""
    data = {
        "summary": "x",
        "detail": "y",
        "status_code": 400,
        "error": {"doc_url": "https://stripe.com/docs/error-codes/x"},
    }
    found = payloads.identify(data)
    assert (found.kind, set(found.kinds), found.evidence) == (
        None,
        {"gocardless/error", "stripe/api-error"},
        (),
    )
    assert bankcodes.from_exception(json.dumps(data)) is None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(data).encode())))
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["explain", "-"], out=io.StringIO()) == 1
    said = err.getvalue()
    assert said.startswith("ambiguous: the input fits ") and "gocardless/error" in said
    assert "stripe/api-error" in said


def test_bridge_mastercard_and_tokenio_bodies_are_told_by_their_codes_or_namespace() -> None:
    """Bridge's webhook by a type of its code set that no other provider's holds, Connect's
    route event by a screen of its published ones, a Token.io callback by its token request's id
    (rq:, as both callback pages give it), a Bridge v2019 error by a documentation_url on
    Bridge's documentation host."""
    told = {
        "bridge/webhook": _example("bridge/webhook", "An item created"),
        "mastercard/connect-event": _example("mastercard/connect-event", "The customer lands"),
        "tokenio/callback-error": _example("tokenio/callback-error", "Payments v1 API-only"),
        "bridge/error-v2019": {
            "type": "x",
            "message": "y",
            "documentation_url": "https://docs.bridgeapi.io/v2019.2.18/docs/api-responses",
        },
    }
    found = {kind: payloads.identify(data) for kind, data in told.items()}
    assert {
        kind: (f.kind, [(e.what, e.keys, e.value) for e in f.evidence]) for kind, f in found.items()
    } == {
        "bridge/webhook": (
            "bridge/webhook",
            [
                ("code", ("type",), "item.created"),
                ("fields", ("content", "timestamp", "type"), None),
            ],
        ),
        "mastercard/connect-event": (
            "mastercard/connect-event",
            [("code", ("screen",), "landing"), ("fields", ("params", "screen"), None)],
        ),
        "tokenio/callback-error": (
            "tokenio/callback-error",
            [("namespace", ("request-id",), "rq:3SVzgJtzu2DvaZSgRGznpdknT3dq:5zKtXEAq")],
        ),
        "bridge/error-v2019": (
            "bridge/error-v2019",
            [
                (
                    "namespace",
                    ("documentation_url",),
                    "https://docs.bridgeapi.io/v2019.2.18/docs/api-responses",
                )
            ],
        ),
    }
