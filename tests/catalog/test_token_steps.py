"""The codes whose sources say to get a new access token decide renew_access_token, taken by the
integrator, with the source that says so as the step's first reason: TrueLayer's invalid_token
("Refresh your access token.", its Error codes page) and Data API v3 Unauthenticated ("Get a new
access token.", its Data API v3 errors page), Mastercard's webhook subscription reason 1503,
"Expired (App-Token)" (its OpenAPI: "If the token is greater than 90 minutes, generate a new
one"), and Yodlee's Y008, "Invalid token in authorization header" (its Error Documentation:
"Regenerate the admin access/user access token as the token you have provided is invalid or has
expir[ed]")."""

from __future__ import annotations

import pytest

import bankcodes

CODES = [
    ("truelayer", "data_api_error", "invalid_token", "truelayer-error-codes"),
    ("truelayer", "data_api_v3_error", "Unauthenticated", "truelayer-data-v3-errors"),
    ("mastercard", "obwms_reason_code", "1503", "mastercard-openapi-us"),
    ("yodlee", "error_code", "Y008", "yodlee-docs-error-codes"),
]


@pytest.mark.parametrize(("provider", "code_set", "value", "source"), CODES)
def test_the_source_says_get_a_new_access_token(
    provider: str, code_set: str, value: str, source: str
) -> None:
    (code,) = [c for c in bankcodes.lookup(provider, value) if c.code_set().id == code_set]
    decision = bankcodes.decide(code)
    assert (decision.next_step, decision.actor) == ("renew_access_token", "integrator")
    assert decision.why[0].part == "next_step"
    assert decision.why[0].source == source
    assert decision.lead() == (
        "Get a new access token, then send the request again — your service acts."
    )
