"""Retry rules, idempotency keys and lifetimes (of tokens, sessions and links, and data refreshes)
as the sources state them, typed from the sources (each beside its source), for the providers and
standards whose facts have no module of their own here (Argyle, Flinks, GoCardless, Lean, Stripe,
TrueLayer, Plaid, Fintoc, Belvo, UK Open Banking, the CDR); the others' are in their modules. The
facts are read from the spec: the packages carry only the facts a decision reads."""

from __future__ import annotations

from typing import Any

from bankcodes._provider_facts import RATE_LIMITS, RateLimits
from tests.support.helpers import provider_module, spec_data

HOUR = 3600
DAY = 24 * HOUR


def _facts(provider: str, field: str) -> dict[str, Any]:
    found: dict[str, Any] = spec_data()["providers"][provider][field]
    assert "not_stated" not in found, f"{provider}.{field} is not stated"
    return found


def _lifetimes(provider: str) -> dict[str, int | None]:
    return {
        item["name"]: item.get("seconds") for item in _facts(provider, "lifetimes")["lifetimes"]
    }


def test_argyle_tokens_and_links_last_an_hour() -> None:
    # Argyle's OpenAPI (a third party's copy): "This user token will expire after one hour." and
    # "Session links expire after one hour."
    assert _lifetimes("argyle") == {"user token": HOUR, "session link": HOUR}
    source = spec_data()["sources"]["argyle-openapi-third-party"]
    assert source["kind"] == "third-party" and "docs.argyle.com" in source["title"]


def test_flinks_tokens_and_polling() -> None:
    found = _lifetimes("flinks")
    # Authentication reference: an authorize token is "Single-use. Expires after 30 minutes if
    # unused."; FlinksPay /Authorize: "default 299 seconds"; the Outbound refresh_token "has an
    # idle timeout of 30 days and does not expire".
    assert found["authorize token (/GenerateAuthorizeToken)"] == 30 * 60
    assert found["FlinksPay access_token (/Authorize)"] == 299
    assert found["Outbound API refresh_token (authorization_code grant)"] is None
    # /GetAccountsSummaryAsync: "every 10 seconds ... for a maximum of 30 minutes"; the code the
    # polling follows, OPERATION_PENDING (202), carries the wait.
    (rule,) = _facts("flinks", "retries")["rules"]
    assert (rule["statuses"], rule["first_delay_ms"], rule["backoff"]) == ([202], 10_000, "fixed")
    pending = provider_module("flinks").ApiErrorCode("OPERATION_PENDING").info
    assert pending.wait_seconds == 10 and pending.max_attempts is None


def test_gocardless_token_lifetimes() -> None:
    # GoCardless's OpenAPI (SpectacularJWTObtain): access "default": 86400, refresh "default":
    # 2592000 (30 days).
    assert list(_lifetimes("gocardless").values()) == [DAY, 30 * DAY]


def test_lean_token_of_its_saved_response() -> None:
    # Lean's Postman collection, its saved token response: "expires_in": 3599.
    assert list(_lifetimes("lean").values()) == [3599]


def test_stripe_retries_and_idempotency() -> None:
    rules = _facts("stripe", "retries")["rules"]
    # The API errors page: 429 "We recommend an exponential backoff of your requests."
    assert (rules[0]["by"], rules[0]["statuses"], rules[0]["backoff"]) == (
        "documentation",
        [429],
        "exponential",
    )
    # stripe-python: INITIAL_DELAY = 0.5, MAX_DELAY = 5, max_network_retries: int = 2.
    python = rules[1]
    assert (python["library"], python["first_delay_ms"], python["max_delay_ms"]) == (
        "stripe-python",
        500,
        5000,
    )
    assert python["max_attempts"] == 2 + 1
    # stripe-go: "some 429s are lock timeouts ... These 429s are safe to retry."
    assert (rules[2]["library"], rules[2]["statuses"]) == ("stripe-go", [429])
    # Idempotent requests: "up to 255 characters long"; keys removed "after they're at least 24
    # hours old".
    (key,) = _facts("stripe", "idempotency")["keys"]
    assert (key["header"], key["max_length"], key["kept_seconds"]) == ("Idempotency-Key", 255, DAY)


def test_truelayer_retries_and_idempotency() -> None:
    rules = _facts("truelayer", "retries")["rules"]
    # truelayer-php: MAX_RETRIES = 4, a delay of 2 ** attempt seconds from attempt 0; retried on
    # server errors and 409 Conflict; an Idempotency-Key Reuse is retried MAX_RETRIES = 2 times.
    backoff = rules[1]
    assert (backoff["statuses"], backoff["first_delay_ms"], backoff["max_attempts"]) == (
        [409],
        1000,
        4 + 1,
    )
    assert rules[2]["max_attempts"] == 2 + 1
    # Payments API errors: "Idempotency keys remain valid for 30 days from creation."
    (key,) = _facts("truelayer", "idempotency")["keys"]
    assert (key["header"], key["kept_seconds"]) == ("Idempotency-Key", 30 * DAY)


def test_plaid_lifetimes_and_idempotency() -> None:
    # plaid-openapi: a link_token "expires after 4 hours", in update mode "after 30 minutes";
    # "The public_token is ephemeral and expires after 30 minutes. An access_token does not
    # expire".
    assert _lifetimes("plaid") == {
        "link_token": 4 * HOUR,
        "link_token (update mode)": 30 * 60,
        "public_token": 30 * 60,
        "access_token": None,
    }
    # "which expires after 48 hours. Maximum of 50 characters."; a consent payment's key "within
    # 48 hours of the first request".
    keys = _facts("plaid", "idempotency")["keys"]
    assert [(k["field"], k.get("max_length"), k["kept_seconds"]) for k in keys] == [
        ("idempotency_key", 50, 48 * HOUR),
        ("idempotency_key", None, 48 * HOUR),
    ]
    # The rate limit table's rates are per minute, with no window the page says a limit resets
    # after: no window for every 429 of Plaid's, only the minute of a code whose endpoint the
    # table counts per minute (ACCOUNTS_LIMIT's "15 per minute (per Item)").
    limits = RATE_LIMITS["plaid"]
    assert isinstance(limits, RateLimits) and limits.window is None
    accounts = provider_module("plaid").ErrorCode("ACCOUNTS_LIMIT").info
    assert accounts.wait_seconds == 60
    assert provider_module("plaid").ErrorCode("RATE_LIMIT").info.wait_seconds is None


def test_fintoc_backoff_the_revisions_state() -> None:
    # docs/home: "Start at a 1-second delay and double the delay on each attempt: 1s, 2s, 4s, and
    # 8s. Retry up to 5 times"; guides/home: "1, 2, 4, 8, and 16 seconds. Retry up to 5 times".
    rules = _facts("fintoc", "retries")["rules"]
    assert [(r["first_delay_ms"], r["max_attempts"]) for r in rules] == [(1000, 6), (1000, 6)]
    assert "16 seconds" in rules[1]["quote"] and "16" not in rules[0]["quote"]
    code = provider_module("fintoc").ErrorCode("rate_limit_exceeded").info
    assert (code.wait_seconds, code.max_attempts) == (1, 6)
    # Idempotent Requests: "up to 255 characters long"; "at least 24 hours old".
    (key,) = _facts("fintoc", "idempotency")["keys"]
    assert (key["header"], key["max_length"], key["kept_seconds"]) == ("Idempotency-Key", 255, DAY)


def test_belvo_payment_links_last_one_minute_to_90_days() -> None:
    # Belvo's OpenAPI: "The minimum expiration time allowed for a payment link is `1m` (1 minute)
    # and the maximum is `90d` (90 days)."
    (link,) = _facts("belvo", "lifetimes")["lifetimes"]
    assert (link["least_seconds"], link["seconds"]) == (60, 90 * DAY)


def test_uk_idempotency_and_the_wait_before_a_duplicate() -> None:
    # Read/Write Data API Profile v4.0: "at most 40 characters"; "in the **preceding 24
    # hours**"; "delay sending duplicate payment initiation requests ... for a minimum of 1
    # second".
    (key,) = _facts("ukob", "idempotency")["keys"]
    assert (key["header"], key["max_length"], key["kept_seconds"]) == ("x-idempotency-key", 40, DAY)
    assert _facts("ukob", "retries")["rules"][0]["first_delay_ms"] == 1000
    # The refresh token's end is a claim each ASPSP sets; "When an access token expires, the TPP
    # **may** attempt to get a new access and refresh token": no number for either.
    found = [(item["of"], item.get("seconds")) for item in _facts("ukob", "lifetimes")["lifetimes"]]
    assert found == [("refresh_token", None), ("access_token", None)]
    # Archiving: "ASPSPs **must** only delete expired intent-ids 24 hours after creation".
    consent = spec_data()["providers"]["ukob"]["consent"]
    assert "delete expired intent-ids 24 hours after creation" in consent["notes"]


def test_cdr_tokens_and_no_idempotency() -> None:
    # _tokens.md: "An Access Token **MUST** expire between **2 minutes** to **10 minutes**";
    # refresh tokens' exp "equal to the sharing duration"; _request_object.md: "The Request URI
    # **MUST** expire between 10 seconds and 90 seconds."
    found = {
        item["name"]: (item.get("least_seconds"), item.get("seconds"))
        for item in _facts("cdr", "lifetimes")["lifetimes"]
    }
    assert found == {
        "access token": (2 * 60, 10 * 60),
        "refresh token": (None, None),
        "request URI (pushed authorisation request)": (10, 90),
    }
    # The standard's source holds no idempotency key (searched whole).
    assert spec_data()["providers"]["cdr"]["idempotency"]["not_stated"]["sources"] == [
        "cdr-standards-includes",
        "cdr-headers",
    ]
    # _response-codes.md: 504 "a resend of the original request is viable".
    assert _facts("cdr", "retries")["rules"][0]["statuses"] == [504]


def test_pluggy_states_brazil_s_monthly_limits() -> None:
    # Pluggy's Open Finance limits page: "| Account list & details | 4 | Item creation and every 7
    # days |" and "some products won't be updating/returning their data until the limit is
    # renewed on the next month."
    limits = spec_data()["providers"]["pluggy"]["rate_limits"]
    assert "pluggy-docs-rate-limits-of" in limits["sources"]
    assert "until the limit is renewed on the next month" in limits["notes"]
    assert "4 a month" in limits["notes"]


def test_stripe_s_changelog_moves_a_rate_limit_to_its_status() -> None:
    # The changelog of 2015-09-08: "Updates API rate limit errors to return a 429 HTTP status code
    # instead of 400. They also no longer return a `rate_limit` error code."
    limits = spec_data()["providers"]["stripe"]["rate_limits"]
    assert limits["statuses"] == [429]
    assert "stripe-changelog-2015-09-08-rate-limits" in limits["sources"]
    assert "no longer return a `rate_limit` error code" in limits["notes"]


def test_ukob_names_the_causes_of_a_429() -> None:
    # Read/Write Data API Profile v4.0, "429 (Too Many Requests)": "This situation could arise
    # when: * ... polling a GET endpoint or an Idempotent POST endpoint in excess of the ASPSP's
    # fair usage policy ... * A TPP decides to use the Single Immediate Payment endpoint as if it
    # were a batch payment facility".
    notes = _facts("ukob", "rate_limits")["notes"]
    assert "polling a GET endpoint or an Idempotent POST endpoint" in notes
    assert "Single Immediate Payment endpoint as if it were a batch payment facility" in notes


def test_cdr_says_when_re_authenticating_helps() -> None:
    # CDS HTTP Response Codes: 401 "Re-authenticating may result in an appropriate token that may
    # be used."; 403 "Re-authenticating is unlikely to remediate the situation."; 504 "a resend of
    # the original request is viable".
    rules = _facts("cdr", "retries")["rules"]
    assert [rule["statuses"] for rule in rules] == [[504], [401], [403]]
    assert "Re-authenticating may result in an appropriate token" in rules[1]["quote"]
    assert "Re-authenticating is unlikely to remediate the situation." in rules[2]["quote"]
