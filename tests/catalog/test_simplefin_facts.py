"""SimpleFIN's facts, typed from its protocol: version 2's draft with structured error codes
(simplefin/simplefin.github.com at 5b8d85e58a5e592d2856b64a721b282567f00869, protocol.md, the
error-codes branch that pull request #31 proposes; read whole) and version 1 (master, at
0d1524ce4fcb189cd89f7a87135a1aafa3fe2d0a, protocol.md; read whole), whose errors are plain
strings. An app claims an Access URL (HTTP basic auth credentials in the URL) and asks GET
/accounts; nothing is pushed to it, so no webhook is received. Each error names the connection or
account it concerns, which every reader keeps with its code."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import counts, provider_module, run_node, spec_data

simplefin = provider_module("simplefin")

#: The Error section's Codes table, in its order: each code and its description.
TABLE = {
    "gen.": "General error",
    "gen.api": "Error in how the API is being used. This is meant for the developer and not the "
    "user.",
    "gen.auth": "General authentication error (to the SimpleFIN Server)",
    "con.": "General connection-level error",
    "con.auth": "Authentication issue for a connection",
    "act.": "General account-level error",
    "act.failed": "Failed to get account information. Try again later.",
    "act.missingdata": "Incomplete transaction listing. Try again later.",
}
#: The App Quickstart's sample response (its trailing commas removed).
QUICKSTART = {
    "errlist": [
        {
            "code": "con.auth",
            "message": "Authentication required",
            "conn_id": "CON-10829309823094234",
        }
    ],
    "connections": [
        {
            "conn_id": "CON-10829309823094234",
            "name": "My Bank - James",
            "org_id": "INST-129839182938123123",
            "org_url": "https://mybank.com",
            "sfin_url": "https://mybank.com",
        }
    ],
    "accounts": [
        {
            "id": "2930002",
            "name": "Savings",
            "conn_id": "CON-10829309823094234",
            "conn_name": "My Bank - Jeff",
            "currency": "USD",
            "balance": "100.23",
            "available-balance": "75.23",
            "balance-date": 978366153,
            "transactions": [],
        }
    ],
}
#: GET /accounts' sample response (its trailing comma removed): "A successful response will be a
#: JSON Account Set."
ACCOUNTS_SAMPLE = {
    "errlist": [],
    "connections": [
        {
            "conn_id": "10829309823094234",
            "name": "My Bank - Jeff",
            "org_id": "INST-982394823948230-2340923094",
            "org_name": "My Bank",
            "org_url": "https://mybank.com",
            "sfin_url": "https://sfin.mybank.com",
        }
    ],
    "accounts": [
        {
            "id": "2930002",
            "name": "Savings",
            "conn_id": "10829309823094234",
            "currency": "USD",
            "balance": "100.23",
            "available-balance": "75.23",
            "balance-date": 978366153,
            "transactions": [],
        }
    ],
}
#: The Error section's examples.
NO_CREDENTIALS = {"code": "gen.auth", "msg": "No credentials provided"}
CONNECTION_FAILED = {
    "code": "con.auth",
    "msg": "Authentication failed for My Bank - Jim",
    "conn_id": "CON-21983498-29349823984293842",
}
ACCOUNT_FAILED = {
    "code": "act.failed",
    "msg": "Failed to get all transactions. Try again later.",
    "account_id": "ACT-1982398-12398192839182398123",
}
#: A response whose errors concern one account and another connection: the protocol's examples
#: together (not a captured body).
BATCH = {"errlist": [ACCOUNT_FAILED, CONNECTION_FAILED], "connections": [], "accounts": []}


def test_the_codes_table_in_its_order_and_words() -> None:
    found = {
        member.value: member.info.description
        for codes in (simplefin.GeneralError, simplefin.ConnectionError, simplefin.AccountError)
        for member in codes
    }
    assert list(found) == list(TABLE)
    assert found == TABLE
    # "Current valid prefixes are gen, con or act indicating General, Connection or Account
    # errors respectively": one code set per prefix.
    for codes, prefix in (
        (simplefin.GeneralError, "gen."),
        (simplefin.ConnectionError, "con."),
        (simplefin.AccountError, "act."),
    ):
        assert {member.value.partition(".")[0] + "." for member in codes} == {prefix}


def test_an_unknown_subcode_is_read_as_its_naked_prefix() -> None:
    """ "Consumers of the protocol should handle unknown subcodes by falling back to treating the
    error like a naked prefix.": a con. code the catalog does not list is a connection error of
    con.'s category, never unknown."""
    body = {"errlist": [{"code": "con.example", "msg": "x", "conn_id": "CON-1"}]}
    found = payloads.decisive_code("simplefin/account-set", {**body, "connections": []})
    assert found is not None and found.code_set == "simplefin.connection_error"
    assert getattr(found.code, "own", None) is True
    assert found.code.category is simplefin.ConnectionError("con.").info.category
    assert found.code.category is not Category.UNKNOWN
    # A text outside the three families stays unknown.
    other = payloads.decisive_code("simplefin/account-set", {"errlist": [{"code": "x.y"}]})
    assert other is not None and other.code.category is Category.UNKNOWN


def test_the_quickstart_response_is_decided_for_its_connection_alone() -> None:
    assert payloads.identify(QUICKSTART).kinds == ("simplefin/account-set",)
    found = payloads.decisive_code("simplefin/account-set", QUICKSTART)
    assert found is not None and found.path == "$.errlist[0].code"
    assert found.code is simplefin.ConnectionError("con.auth")
    assert found.concerns == {"connection": "CON-10829309823094234"}
    decision = bankcodes.decide(QUICKSTART, provider="simplefin")
    assert (decision.next_step, decision.state) == ("reconnect", "needs_end_user")
    code: Any = decision.as_json()["code"]
    assert code["concerns"] == {"connection": "CON-10829309823094234"}
    assert [reason.part for reason in decision.why][-1] == "concerns"


def test_an_account_set_read_without_its_status_is_a_success() -> None:
    """GET /accounts answers an Account Set only where it succeeds (its other responses are a
    402 and a 403): the sample response, read without its status, is a 200's, and with no error
    nothing is to be done, where it was left to SimpleFIN as if its status had been lost."""
    decision = bankcodes.decide(ACCOUNTS_SAMPLE, provider="simplefin")
    assert (decision.next_step, decision.actor, decision.state) == ("none", "nobody", "connected")
    assert decision.code is not None
    assert (decision.code.path, decision.code.code) == (
        "(its kind's HTTP status)",
        simplefin.ResponseStatus(200),
    )
    assert decision.why[0].says == "none: a code of the category success"
    assert "none was given" not in " ".join(reason.says for reason in decision.why)
    # An error in errlist still decides before the status; a 403 given is the app's to reconnect.
    assert bankcodes.decide(QUICKSTART).next_step == "reconnect"
    assert bankcodes.decide(NO_CREDENTIALS, status=403).next_step == "reconnect"


@pytest.mark.node
def test_node_reads_an_account_set_without_its_status_as_a_success(
    typescript_dist: Path, tmp_path: Path
) -> None:
    calls = tmp_path / "calls.json"
    given = [
        ["decide", ACCOUNTS_SAMPLE, {"provider": "simplefin"}],
        ["decide", QUICKSTART, {}],
        ["decide", None, {"provider": "simplefin", "status": 403}],
        ["decide", "Forbidden", {"provider": "simplefin", "status": 402}],
    ]
    calls.write_text(json.dumps(given), encoding="utf-8")
    answers = json.loads(run_node("call_package.mjs", str(typescript_dist), str(calls)))
    assert [(answer["nextStep"], answer["actor"]) for answer in answers[:2]] == [
        ("none", "nobody"),
        ("reconnect", "end_user"),
    ]
    assert (answers[0]["code"]["path"], answers[0]["code"]["code"]) == (
        "(its kind's HTTP status)",
        200,
    )
    # A bare 403 of SimpleFIN's: "Authentication failed.  This could be because access has been
    # revoked"; a 402: "Payment required", the end user acts (the Deciding page: end_user_action).
    assert [(answer["nextStep"], answer["actor"]) for answer in answers[2:]] == [
        ("reconnect", "end_user"),
        ("end_user_action", "end_user"),
    ]


def test_a_bare_status_of_simplefin_s_is_read_by_its_responses_table() -> None:
    """GET /accounts' Responses table: 403 "Authentication failed.  This could be because access
    has been revoked or if the credentials are incorrect.", 402 "Payment required": a response
    with no SimpleFIN body, SimpleFIN named, is read by it, where it was contact-the-provider."""
    revoked = bankcodes.decide(None, provider="simplefin", status=403)
    assert revoked.lead() == "The connection needs the customer: ask them to reconnect."
    assert revoked.code is not None and revoked.code.code is simplefin.ResponseStatus(403)
    said = [reason.says for reason in revoked.why if reason.part == "code"]
    assert said == [
        "no body of SimpleFIN's read: its HTTP status decides, as simplefin.response_status "
        "gives it"
    ]
    unpaid = bankcodes.decide("Payment Required", provider="simplefin", status=402)
    assert unpaid.lead().startswith("The customer must act")
    assert (unpaid.next_step, unpaid.actor) == ("end_user_action", "end_user")
    # Not named, a bare 403 is no SimpleFIN response.
    assert bankcodes.decide(None, status=403).code is None


def test_the_cli_says_an_account_set_s_status_was_not_given(capsys: Any) -> None:
    from bankcodes._cli_decide import block

    decision = bankcodes.decide(ACCOUNTS_SAMPLE, provider="simplefin")
    lines = block(decision)
    assert lines[0] == "Nothing to do: carry on."
    assert lines[1] == (
        "  Code: 200 of simplefin.response_status, the HTTP status its kind's responses all "
        "come with (none was given)"
    )
    given = block(bankcodes.decide(ACCOUNTS_SAMPLE, provider="simplefin", status=200))
    assert given[1] == "  Code: 200 of simplefin.response_status, at (HTTP status)"


def test_each_error_of_a_batch_keeps_what_it_concerns() -> None:
    """One account's error fails that account, another connection's that connection: each code
    is read with the id its error names, in errlist's order, and logged with it."""
    found = payloads.codes("simplefin/account-set", BATCH)
    assert [(code.code.value, code.concerns) for code in found] == [
        ("act.failed", {"account": "ACT-1982398-12398192839182398123"}),
        ("con.auth", {"connection": "CON-21983498-29349823984293842"}),
    ]
    decision = bankcodes.decide(BATCH, provider="simplefin")
    assert decision.code is not None and decision.code.code.value == "act.failed"
    assert decision.code.concerns == {"account": "ACT-1982398-12398192839182398123"}
    fields = bankcodes.log_fields(found[0].code, concerns=found[0].concerns)
    assert fields["bankcodes.account_id"] == "ACT-1982398-12398192839182398123"
    assert "bankcodes.connection_id" not in fields
    # A general error names neither.
    general = payloads.codes("simplefin/error", NO_CREDENTIALS)
    assert [code.concerns for code in general] == [None]


def test_the_error_examples_are_simplefin_s_by_their_codes() -> None:
    for body in (NO_CREDENTIALS, CONNECTION_FAILED, ACCOUNT_FAILED):
        assert payloads.identify(body).kinds == ("simplefin/error",)
    # The Quickstart names the text message, the Error table msg: both are read.
    assert payloads.identify({"code": "con.auth", "message": "m"}).kinds == ("simplefin/error",)
    # An unlisted subcode alone is read as SimpleFIN's where the provider is named.
    assert payloads.recognise({"code": "con.example", "msg": "m"}) == ()
    assert payloads.recognise({"code": "con.example", "msg": "m"}, "simplefin") == (
        "simplefin/error",
    )


def test_version_1_errors_are_strings_no_reader_claims() -> None:
    """Version 1's Account Set: "errors: Array of strings suitable for displaying to a user";
    its sample {"errors": ["You must reauthenticate."]} carries no code."""
    body = {"errors": ["You must reauthenticate."], "accounts": []}
    assert payloads.recognise(body) == ()
    assert bankcodes.decide(body).code is None


def test_the_responses_tables_statuses() -> None:
    assert {member.value: member.info.description for member in simplefin.ResponseStatus} == {
        200: "Successful response",
        402: "Payment required",
        403: "Authentication failed.  This could be because access has been revoked or if the "
        "credentials are incorrect.",
    }
    assert simplefin.ResponseStatus(403).info.category is Category.RECONNECT_REQUIRED


def test_an_account_error_that_says_try_again_later_is_retried_later() -> None:
    """act.failed and act.missingdata end "Try again later.": the same request, later."""
    for value in ("act.failed", "act.missingdata"):
        assert TABLE[value].endswith("Try again later.")
        assert simplefin.AccountError(value).info.next_step == "retry_later"
    assert bankcodes.decide(BATCH, provider="simplefin").next_step == "retry_later"


def test_it_sends_no_webhooks() -> None:
    """The protocol (both versions, read whole) has four endpoints the server implements and an
    app calls (GET /info, GET /create, POST /claim/:token, GET /accounts): nothing is pushed to
    the app."""
    data = spec_data("simplefin")["providers"]["simplefin"]
    assert not {"signing", "delivery", "webhooks_undescribed"} & set(data)
    with pytest.raises(bankcodes.ConfigurationError, match="simplefin sends no webhooks"):
        bankcodes.receive("simplefin", b"{}", {}, None)


ACCESS = ("demo", "demo")


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        auth = "Basic ZGVtbzpkZW1v"  # demo:demo, as the protocol's example Access URL holds
        running.expect_request(
            "/simplefin/accounts",
            query_string="version=2",
            headers={"Authorization": auth},
        ).respond_with_json(BATCH)
        running.expect_request("/simplefin/accounts").respond_with_json(NO_CREDENTIALS, status=403)
        yield running


def test_an_app_reads_an_access_url_s_answer_on_loopback(server: HTTPServer) -> None:
    """An Access URL is "just a URL with included Basic Auth credentials": GET /accounts with
    them answers the Account Set, whose errors fail their account and connection alone; without
    them, a 403 (its body one of the protocol's Error examples) is the app's to reconnect."""
    root = server.url_for("/simplefin").replace("://", "://{}:{}@".format(*ACCESS))
    answer = httpx.get(f"{root}/accounts", params={"version": "2"})
    assert answer.status_code == 200
    decision = bankcodes.decide(answer.json(), status=answer.status_code)
    assert decision.code is not None and decision.code.concerns == {
        "account": "ACT-1982398-12398192839182398123"
    }
    refused = httpx.get(server.url_for("/simplefin/accounts"))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        refused.raise_for_status()
    found: Any = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.code, found.status) == (
        "simplefin/error",
        simplefin.GeneralError("gen.auth"),
        403,
    )
    assert bankcodes.decide(raised.value).next_step == "reconnect"


def test_drift_counts_the_protocol_s_codes_table_whole() -> None:
    """The table's rows by their prefix: each code set holds every row of its prefix."""
    prefixes = {"general_error": "gen.", "connection_error": "con.", "account_error": "act."}
    rows = {
        f"simplefin.{name}": sum(1 for code in TABLE if code.startswith(prefix))
        for name, prefix in prefixes.items()
    }
    assert rows == {
        "simplefin.general_error": 3,
        "simplefin.connection_error": 2,
        "simplefin.account_error": 3,
    }
    # Beside them, the Responses tables' statuses (200 and 403 of POST /claim/:token, 200, 402
    # and 403 of GET /accounts): three.
    statuses = {"simplefin.response_status": (3, 3)}
    assert counts("simplefin-protocol-v2") == {ref: (n, n) for ref, n in rows.items()} | statuses
