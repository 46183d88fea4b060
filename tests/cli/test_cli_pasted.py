"""`bankcodes explain -`: a pasted HTTP response or body read as the site's decoder reads it,
each code it holds named with its category, the kinds an ambiguous body fits, and nothing of a
paste that holds no payload repeated."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from bankcodes import cli
from tests.support.decisions import RESPONSES, response
from tests.support.helpers import after_decision


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main(list(argv), out=out)
    return status, out.getvalue()


#: What `explain -` (as `decide -`) says to do where nothing is recognised.
NOTHING = (
    "Nothing in it is recognised: contact the provider's support.\n"
    "  Why this step: nothing recognised (category)\n"
)

PLAID_RESPONSE = (
    b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n"
    b'{"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": "m", '
    b'"display_message": null, "request_id": "HNTDNrA8F1shFEW"}'
)


def _pasted(data: bytes, *options: str) -> tuple[int, str, str]:
    run = subprocess.run(
        [sys.executable, "-m", "bankcodes.cli", "explain", "-", *options],
        input=data,
        capture_output=True,
        check=False,
    )
    return run.returncode, run.stdout.decode(), run.stderr.decode()


@pytest.mark.subprocess
def test_explain_reads_a_pasted_http_response_as_the_decoder_does() -> None:
    status, out, _ = _pasted(PLAID_RESPONSE)
    lines = after_decision(out).splitlines()
    assert status == 0
    assert lines[:3] == [
        "plaid/error: $.error_code = ITEM_LOGIN_REQUIRED",
        "  HTTP status: 400",
        "  request id: HNTDNrA8F1shFEW",
    ]
    # Then what the code means, as `explain ITEM_LOGIN_REQUIRED` says it.
    assert lines[4].startswith("plaid · Error code · bankcodes.plaid.ErrorCode.ITEM_LOGIN_REQUIRED")
    status, out, _ = _pasted(PLAID_RESPONSE.partition(b"\r\n\r\n")[2], "--json")
    read = json.loads(out)
    assert status == 0 and (read["kind"], read["code"], read["status"]) == (
        "plaid/error",
        "ITEM_LOGIN_REQUIRED",
        None,
    )
    assert read["entry"]["category"] == "reconnect_required"
    # A body that states its status (Plaid's error object's status) gives it; the status line's
    # comes first.
    stated = PLAID_RESPONSE.partition(b"\r\n\r\n")[2].replace(b"{", b'{"status": 400, ', 1)
    read = json.loads(_pasted(stated, "--json")[1])
    assert read["status"] == 400
    read = json.loads(_pasted(b"HTTP/1.1 409 Conflict\r\n\r\n" + stated, "--json")[1])
    assert read["status"] == 409


@pytest.mark.subprocess
def test_explain_of_no_payload_exits_1_and_repeats_nothing() -> None:
    status, out, err = _pasted(b"HTTP/1.1 502 Bad Gateway\r\n\r\n<html>secret-ish</html>")
    assert (status, out) == (1, NOTHING)
    assert "no provider payload" in err and "secret-ish" not in err
    # A code no code set of its field knows is read where it travels, and said to be unknown.
    status, out, _ = _pasted(b'{"error_type": "NEW_TYPE", "error_code": "NEW_CODE"}')
    assert status == 0
    assert after_decision(out).splitlines() == [
        "plaid/error: $.error_code = NEW_CODE",
        "  unknown to the catalog in plaid.error_code: category unknown",
    ]


def test_explain_names_integer_codes_with_their_numbers() -> None:
    # Plaid's ITEM_LOGIN_REQUIRED and MX's 17 (IMPORTED) and 20 (IMPAIRED) ask the customer for
    # the same thing (spec equivalents); MX's statuses are numbers (connect-widget Statuses.js).
    status, out = run("explain", "ITEM_LOGIN_REQUIRED", "--provider", "plaid")
    line = next(line for line in out.splitlines() if line.strip().startswith("same action:"))
    assert status == 0 and "mx IMPORTED (17) (connection_status)" in line
    assert "mx 17 " not in line


def test_explain_names_the_kinds_an_ambiguous_body_fits_and_reads_it_with_its_provider(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body with the fields of a Plaid and of a Lean webhook is handed to neither; named
    with --provider, it is read as that provider's."""
    body = {
        "webhook_type": "ITEM",
        "webhook_code": "ERROR",
        "type": "payment.created",
        "payload": {},
    }
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(body).encode())))
    status, out = run("explain", "-")
    err = capsys.readouterr().err
    assert status == 1 and out == NOTHING
    assert err == (
        "ambiguous: the input fits plaid/webhook, lean/webhook; name its provider with "
        "--provider PROVIDER\n"
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(body).encode())))
    status, out = run("explain", "-", "--provider", "lean")
    assert status == 0 and after_decision(out).startswith("lean/webhook: $.type = payment.created")


def test_explain_reads_a_body_too_plain_to_tell_only_with_its_provider(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """TrueLayer's auth server answers OAuth's {"error": …} (truelayer-java's 400 test body)."""
    body = json.dumps({"error": "invalid_client"}).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    status, _ = run("explain", "-")
    assert status == 1
    assert "no provider payload the catalog recognises" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    status, out = run("explain", "-", "--provider", "truelayer")
    assert status == 0
    assert after_decision(out).startswith("truelayer/data-api-error: $.error = invalid_client")


#: A gateway's answer that is no provider's, as the site's decoder is shown it
#: (tests/site/test_decoder_readings.py): its request ids, in a header and in the body.
GATEWAY_RESPONSE = (
    b"HTTP/1.1 404 Not Found\r\nX-Request-Id: gw-7f3a\r\n\r\n"
    b'{"code": 404, "message": "Not Found", "requestId": "body-81c2"}'
)


@pytest.mark.subprocess
def test_explain_of_a_body_that_is_nobodys_gives_its_request_ids_as_the_decoder_does() -> None:
    """What the reader can quote to whoever sent it: the request ids a header's name or a key's
    says it holds, each with where it was read, in the order the decoder shows them."""
    status, out, err = _pasted(GATEWAY_RESPONSE)
    assert status == 1 and "no provider payload" in err
    assert out.splitlines()[2:] == [
        "request id (x-request-id): gw-7f3a",
        "request id (requestId of the body): body-81c2",
    ]
    status, out, _ = _pasted(GATEWAY_RESPONSE, "--json")
    assert status == 1
    assert json.loads(out)["request_ids"] == [
        {"header": "x-request-id", "value": "gw-7f3a"},
        {"field": "requestId", "value": "body-81c2"},
    ]
    # Below a decision (a 503 says to retry later), and escaped as every value from outside.
    pasted = b"HTTP/1.1 503 Service Unavailable\r\nCorrelation-ID: a\x1bb\r\n\r\n<html></html>"
    status, out, _ = _pasted(pasted)
    assert out.splitlines()[:2] == [
        "The bank or provider is down for now: retry later, backing off between attempts.",
        "  Connection: cannot be reached: the bank or provider is down",
    ]
    assert out.splitlines()[-1] == "request id (correlation-id): a\\u001bb"


def test_explain_shows_the_code_a_message_reads_an_unlisted_summary_as(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GoCardless's OpenAPI example EUAExpiredError (401): a summary its code set does not list,
    whose message the spec's rule reads as AccessExpiredError; explain says so and shows that
    code's card, never "category unknown" for the summary it decided by, nor the message twice."""
    body = {
        "summary": "End User Agreement (EUA) $EUA_ID has expired",
        "detail": "EUA was valid for 90 days and it expired at 2025-06-13. The end user must "
        "connect the account once more with new EUA and Requisition",
        "status_code": 401,
    }
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(body).encode())))
    status, out = run("explain", "-")
    lines = after_decision(out).splitlines()
    assert status == 0 and "category unknown" not in out
    assert lines[:3] == [
        # The message decides, and the reason that says so quotes it: not said again.
        "gocardless/error: $.summary = its value, quoted above",
        "  HTTP status: 401",
        "  not in gocardless.error_summary; the body reads it as AccessExpiredError "
        "(gocardless.account_error_type) (why, above)",
    ]
    assert lines[4].startswith("gocardless · Account endpoint error type · ")
    assert "AccountErrorType.AccessExpiredError" in lines[4]


def test_the_decision_block_names_the_code_a_message_means_and_each_value_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same EUAExpiredError body: `decide -`'s Code line names AccessExpiredError, what the
    summary's message means, not the message as a code; the message is quoted once in the line
    that says why; the end (the detail's day, 2025-06-13, its start in UTC) is given once, on the
    Ends at line, the Why this end line saying why without the moment again."""
    body = {
        "summary": "End User Agreement (EUA) $EUA_ID has expired",
        "detail": "EUA was valid for 90 days and it expired at 2025-06-13. The end user must "
        "connect the account once more with new EUA and Requisition",
        "status_code": 401,
    }
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(body).encode())))
    status, out = run("decide", "-")
    lines = out.splitlines()
    assert status == 0
    assert lines[1:3] == [
        "  Code: AccessExpiredError of gocardless.account_error_type, what the message at "
        "$.summary means",
        "  Ends at: 2025-06-13T00:00:00+00:00",
    ]
    assert out.count("End User Agreement (EUA) $EUA_ID has expired") == 1
    assert out.count("2025-06-13T") == 1
    assert "  Why this end: the body's $.detail says 'it expired at 2025-06-13' (the day's " in out


def test_a_paste_that_is_not_json_says_where_and_nothing_else(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body as a documentation page may print it, with a comma before its closing brace (Bridge's
    item.refreshed example does): not JSON, which every reader of a received body refuses;
    `explain -` says where it stops being JSON and the text around that place (ten characters
    either side, escaped), and no decision."""
    body = b'{\n  "type": "item.refreshed",\n  "timestamp": 1612783550980,\n}'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    status, out = run("explain", "-")
    assert (status, out) == (1, "")
    err = capsys.readouterr().err
    assert err.startswith("the input is neither JSON nor a code: ")
    assert err.rstrip().endswith("at line 4, column 1, near '83550980,\\u000a}'")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    status, out = run("explain", "-", "--json")
    assert status == 1 and "line 4, column 1" in json.loads(out)["not_json"]


def test_a_webhook_pasted_with_its_request_line_is_read_as_its_body(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plaid's ERROR webhook of an Item (webhook_type ITEM, webhook_code ERROR, its error object
    with ITEM_LOGIN_REQUIRED: Plaid's Items webhooks page) pasted as it arrived, request line and
    headers first: read as the body, as a pasted response is, in text and --json alike."""
    webhook = (
        b"POST /plaid/webhook HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
        b'{"webhook_type": "ITEM", "webhook_code": "ERROR", "item_id": "wz666MBjYWTp2PDzzggYhM6oWWm'
        b'BbbWLx9ZpD", "error": {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", '
        b'"error_message": "m", "status": 400}, "environment": "production"}'
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(webhook)))
    status, out = run("explain", "-")
    assert (status, capsys.readouterr().err) == (0, "")
    assert "plaid/webhook: $.error.error_code = ITEM_LOGIN_REQUIRED" in out.splitlines()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(webhook)))
    status, out = run("explain", "-", "--json")
    answer = json.loads(out)
    assert status == 0
    assert (answer["kind"], answer["code"], answer["status"]) == (
        "plaid/webhook",
        "ITEM_LOGIN_REQUIRED",
        None,
    )


def test_decide_json_on_a_body_that_is_not_json_prints_no_decision(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body alone that is neither JSON nor a code: `decide -` refuses it with one line, in
    text and --json alike (no decision to act on is printed for input it could not read)."""
    for options in ((), ("--json",)):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"error": x}')))
        status, out = run("decide", "-", *options)
        assert (status, out) == (1, "")
        assert capsys.readouterr().err.startswith("the input is neither JSON nor a code: ")


def test_a_code_pasted_alone_is_explained_as_that_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A code alone, bare or quoted, as the decoder reads one: Plaid's ITEM_LOGIN_REQUIRED,
    "the user's login information has changed" (Plaid's errors page), asks the user to log in
    again through Link's update mode."""
    for pasted in (b"ITEM_LOGIN_REQUIRED\n", b'"ITEM_LOGIN_REQUIRED"'):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pasted)))
        status, out = run("explain", "-", "--json")
        assert status == 0
        first = json.loads(out)[0]  # every code set that knows it, as `explain CODE` lists them
        assert first["decision"]["next_step"] == "reconnect"
        assert first["decision"]["code"]["code_set"] == "plaid.error_code"


def test_a_redirect_url_pasted_is_read_by_its_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """The URL Tink Link redirects to when the user cancels (its iOS SDK builds
    tink://callback?error=USER_CANCELLED&error_reason=USER_CANCELLED): its parameters are Tink
    Link's error, and "The end user canceled the journey. This status should not be considered as
    an error." (tink-link-android's ErrorStatus): nothing to do."""
    url = b"tink://callback?error=USER_CANCELLED&error_reason=USER_CANCELLED\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(url)))
    status, out = run("explain", "-", "--json")
    answer = json.loads(out)
    assert status == 0 and answer["kind"] == "tink/link-error"
    assert (answer["path"], answer["code"]) == ("$.error_reason", "USER_CANCELLED")
    assert (answer["decision"]["next_step"], answer["decision"]["actor"]) == ("none", "nobody")


@pytest.mark.parametrize("case", RESPONSES, ids=[case["name"] for case in RESPONSES])
def test_explain_answers_and_exits_as_decide_does_at_the_moment_given(
    monkeypatch: pytest.MonkeyPatch, case: dict[str, object]
) -> None:
    """Each response of the shared corpus of decisions, which `decide -` decides (exit 0):
    `explain -` leads with the same sentence, exits as `decide -` does (a kind with no code, a
    consent that never ends or a body that states its limits is decided too), and counts a
    wait from --now as `decide -` does."""
    given = ["--provider", str(case["provider"])] if "provider" in case else []
    answers = []
    for command in ("decide", "explain"):
        pasted = io.BytesIO(response(case).encode())
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(pasted, encoding="utf-8"))
        answers.append(run(command, "-", "--now", str(case["now"]), *given))
    (decided, told), (explained, out) = answers
    assert (decided, explained) == (0, 0), case["name"]
    assert out.splitlines()[0] == told.splitlines()[0], case["name"]
    waits = [line for line in told.splitlines() if line.startswith("  Wait:")]
    assert waits == [line for line in out.splitlines() if line.startswith("  Wait:")]
