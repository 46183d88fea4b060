"""Flinks' Data Access (FDX) error codes, typed from its List of Data Access Errors page
(docs.flinks.com/api/outbound/endpoints/fdx/fdx-errors, read through its Supported errors table,
whole, its Consent errors and Transient failures rows): each code's message and status, 602's
end user who authorises again, 1207's two statuses; a body of the page's shape is Flinks' only
where the provider is named."""

from __future__ import annotations

import bankcodes
from bankcodes import Category
from tests.support.helpers import provider_module

flinks = provider_module("flinks")

#: The Supported errors table: code, message, status code, in its order.
SUPPORTED = [
    (401, "Invalid Input", 400),
    (403, "Subscription not found", 403),
    (500, "Internal server error", 500),
    (501, "Subsystem unavailable", 405),
    (503, "Scheduled maintenance", 503),
    (601, "Customer not found", 404),
    (602, "Customer not authorized", 401),
    (701, "Account not found", 404),
    (702, "Invalid start or end date", 400),
    (703, "Invalid date range", 400),
    (704, "Account type not supported", 422),
    (705, "Account is closed", 409),
    (800, "Payee not found", 404),
    (801, "Payee cannot be modified or deleted", 400),
    (802, "Payment not found", 404),
    (1107, "Data not found for request parameters", 404),
    (1203, "Content type not supported", 406),
    (1207, "Too many requests were sent within a short period of time", 429),
]


def test_the_supported_errors_table_whole_in_its_order() -> None:
    held = [
        (member.value, member.info.description, member.info.http[0].status)
        for member in flinks.FdxErrorCode
    ]
    assert held == SUPPORTED


def test_a_customer_not_authorized_authorises_again_and_too_many_requests_slows_down() -> None:
    # Consent errors: "The user will be required to authorize again."
    assert flinks.FdxErrorCode(602).category is Category.RECONNECT_REQUIRED
    # Transient failures: "Too many requests." 1207, 422: "Implement an appropriate throttling
    # mechanism." (the Supported errors table says 429).
    too_many = flinks.FdxErrorCode(1207)
    assert too_many.category is Category.RATE_LIMITED
    assert [http.status for http in too_many.info.http] == [429, 422]


def test_the_pages_body_is_flinks_only_where_flinks_is_named() -> None:
    body = {"code": 602, "message": "Customer not authorized", "debugMessage": "scope revoked"}
    named = bankcodes.decide(body, provider="flinks", status=401)
    assert named.lead() == "The connection needs the customer: ask them to reconnect."
    assert named.code is not None and named.code.code_set == "flinks.fdx_error_code"
    unnamed = bankcodes.decide(body, status=401)
    assert unnamed.code is None
