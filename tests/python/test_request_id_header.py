"""A provider that sends the id of a request in a response header (Stripe's Request-Id, per
Stripe's API reference, Request IDs: "You can find this value in the response headers, under
Request-Id"): from_exception reads it from a response, and `bankcodes explain -` from a pasted
one; a body's own request id comes first, and a kind that names no header reads none."""

from __future__ import annotations

import json
from typing import Any

import httpx

import bankcodes
from tests.support.cli_here import cli_here
from tests.support.verdicts import Corpus

#: Stripe's rate_limit error (its error body holds no request id).
BODY = {"error": {"code": "rate_limit", "message": "Too many requests"}}


def test_from_exception_reads_the_header_of_a_response() -> None:
    response = httpx.Response(429, json=BODY, headers={"Request-Id": "req_test123"})
    found = bankcodes.from_exception(response, "stripe")
    assert found is not None
    assert (found.code.value, found.status, found.request_id) == ("rate_limit", 429, "req_test123")
    # And through the error httpx raises for it.
    request = httpx.Request("GET", "https://api.stripe.com/v1/customers")
    response = httpx.Response(429, json=BODY, headers={"request-id": "req_lower"}, request=request)
    error = httpx.HTTPStatusError("429", request=request, response=response)
    raised = bankcodes.from_exception(error, "stripe")
    assert raised is not None and raised.request_id == "req_lower"


def test_a_kind_that_names_no_header_reads_none() -> None:
    # Plaid's error body carries its request_id (plaid.com/docs/errors); without it, a header of
    # Stripe's name is not Plaid's.
    plaid = {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}
    response = httpx.Response(400, json=plaid, headers={"Request-Id": "req_test123"})
    found = bankcodes.from_exception(response)
    assert found is not None and found.kind == "plaid/error" and found.request_id is None


def test_a_header_that_is_no_request_id_is_not_reported() -> None:
    for value in ("", "a" * 201):
        response = httpx.Response(429, json=BODY, headers={"Request-Id": value})
        found = bankcodes.from_exception(response, "stripe")
        assert found is not None and found.request_id is None, value


def test_explain_reads_the_header_of_a_pasted_response() -> None:
    pasted = (
        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
        "Request-Id: req_test123\r\n\r\n" + json.dumps(BODY)
    )
    result = cli_here("explain", "-", "--json", stdin=pasted)
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert (read["kind"], read["status"], read["request_id"]) == (
        "stripe/api-error", 429, "req_test123"
    )  # fmt: skip


#: Request ids holding what a terminal or a log line must not take as it is: ESC and a
#: right-to-left override, a line break (a forged log line) and characters that show nothing (a
#: zero-width space, a byte order mark, a tag), each escaped in request_id and kept as sent in
#: raw_request_id.
HOSTILE_IDS = {
    "req_\x1b[31mred": "req_\\u001b[31mred",
    "req_\u202eevil": "req_\\u202eevil",
    "req_1\nINFO forged": "req_1\\u000aINFO forged",
    "req_\u200bzero\ufeffwidth\U000e0001tag": "req_\\u200bzero\\ufeffwidth\\udb40\\udc01tag",
    "req_\ufe0fselector\u3164filler\U0001d173": "req_\\ufe0fselector\\u3164filler\\ud834\\udd73",
    "req_plain": "req_plain",
}


def _plaid(request_id: str) -> dict[str, object]:
    return {
        "error_type": "ITEM_ERROR",
        "error_code": "ITEM_LOGIN_REQUIRED",
        "request_id": request_id,
    }


def test_a_request_id_is_printable_and_its_raw_form_kept() -> None:
    for sent, shown in HOSTILE_IDS.items():
        found = bankcodes.from_exception(_plaid(sent))
        assert found is not None
        assert (found.request_id, found.raw_request_id) == (shown, sent)
        assert found.as_log_fields()["bankcodes.request_id"] == shown
        response = httpx.Response(429, json=BODY, headers=[(b"Request-Id", sent.encode("utf-8"))])
        found = bankcodes.from_exception(response, "stripe")
        assert found is not None and (found.request_id, found.raw_request_id) == (shown, sent)


def _ids(case: dict[str, Any]) -> dict[str, str | None] | None:
    """The request id read, as a terminal may show it and as it was sent: of Plaid's body, or
    of Stripe's response (an httpx response; in TypeScript, an axios error carrying it)."""
    if "body" in case:
        found = bankcodes.from_exception(case["body"])
    else:
        response = httpx.Response(
            429, json=BODY, headers=[(b"Request-Id", case["header"].encode("utf-8"))]
        )
        found = bankcodes.from_exception(response, "stripe")
    return None if found is None else {"shown": found.request_id, "sent": found.raw_request_id}


#: Each hostile id in Plaid's body and in Stripe's header: the same ids in both languages.
REQUEST_IDS = Corpus(
    "request_ids",
    lambda: ((f"{where} {sent!r}", case) for sent in HOSTILE_IDS for where, case in _cases(sent)),
    _ids,
)


def _cases(sent: str) -> list[tuple[str, dict[str, Any]]]:
    return [("plaid's body", {"body": _plaid(sent)}), ("stripe's header", {"header": sent})]


def test_python_gives_the_committed_verdicts() -> None:
    """Each id escaped where it is shown and kept as sent, as HOSTILE_IDS has it, in Plaid's
    body and in Stripe's header; Node gives the committed verdicts too."""
    assert REQUEST_IDS.python() == {
        f"{where} {sent!r}": {"shown": shown, "sent": sent}
        for sent, shown in HOSTILE_IDS.items()
        for where, _ in _cases(sent)
    }
    REQUEST_IDS.check()
