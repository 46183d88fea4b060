"""A provider that sends the id of a request in a response header (Stripe's Request-Id, per
Stripe's API reference, Request IDs: "You can find this value in the response headers, under
Request-Id"): from_exception reads it from a response, and `bankcodes explain -` from a pasted
one; a body's own request id comes first, and a kind that names no header reads none."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx

import bankcodes
from tests.support.helpers import python_path

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
    result = subprocess.run(
        [sys.executable, "-m", "bankcodes.cli", "explain", "-", "--json"],
        input=pasted,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": python_path()},
    )
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert (read["kind"], read["status"], read["request_id"]) == (
        "stripe/api-error", 429, "req_test123"
    )  # fmt: skip
