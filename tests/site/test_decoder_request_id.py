"""The decoder shows the provider's id of the request, which its support asks for: the one a
body holds in the field the catalog names for its kind, else the one a pasted response's header
holds where the catalog names a header for the kind."""

from __future__ import annotations

import json
from typing import Any

from tests.site.test_site import _decode

#: Plaid's ITEM_LOGIN_REQUIRED error body as its errors reference prints it (plaid.com/docs/errors/
#: item/#item_login_required, "Sample response"), pasted as the whole response curl -si shows.
PLAID_LOGIN_REQUIRED = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed (credentials, MFA, or required "
    "user action) and a user login is required to update this information. use Link's update "
    "mode to restore the item to a good state",
    "display_message": None,
    "request_id": "HNTDNrA8F1shFEW",
}


def test_a_pasted_response_shows_its_status_and_the_request_id_to_quote(decoder: Any) -> None:
    # As `bankcodes explain -` prints them: the status line's status, the body's request id.
    response = "HTTP/2 400 \r\ncontent-type: application/json\r\n\r\n"
    text = _decode(decoder, response + json.dumps(PLAID_LOGIN_REQUIRED, indent=2))
    lines = [line for line in text.splitlines() if line.strip()]
    status = lines.index("HTTP status: 400.")
    shown = lines.index("Request id — quote it to Plaid: HNTDNrA8F1shFEW")
    assert status < shown and "(plaid/error)" in lines[status + 1]
    assert decoder.locator(".bankcodes-request-id code").inner_text() == "HNTDNrA8F1shFEW"
    # A body without one shows none; one holding markup shows it as text.
    without = {key: value for key, value in PLAID_LOGIN_REQUIRED.items() if key != "request_id"}
    assert "Request id" not in _decode(decoder, json.dumps(without))
    assert decoder.locator(".bankcodes-request-id").count() == 0
    _decode(decoder, json.dumps({**without, "request_id": "<b>x</b>"}))
    assert decoder.locator(".bankcodes-request-id code").inner_text() == "<b>x</b>"
    assert decoder.locator(".bankcodes-request-id b").count() == 0


#: A Stripe rate_limit error response (Stripe's API reference, Errors; Request IDs: "You can
#: find this value in the response headers, under Request-Id"), its id in the header alone.
STRIPE_RATE_LIMITED = (
    "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
    "Request-Id: req_test123\r\n\r\n"
    '{"error": {"code": "rate_limit", "message": "Too many requests"}}'
)


def test_a_request_id_sent_in_a_header_is_shown_as_explain_shows_it(decoder: Any) -> None:
    text = _decode(decoder, STRIPE_RATE_LIMITED)
    lines = [line for line in text.splitlines() if line.strip()]
    assert "Request id — quote it to Stripe Financial Connections: req_test123" in lines
    # The same header on a kind that names none (Plaid's id is in its body) is not read.
    plaid = {key: value for key, value in PLAID_LOGIN_REQUIRED.items() if key != "request_id"}
    head = "HTTP/2 400\r\nrequest-id: req_test123\r\n\r\n"
    assert "Request id" not in _decode(decoder, head + json.dumps(plaid))
