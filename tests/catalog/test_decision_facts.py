"""What each provider's and standard's sources say about when to act, typed from the sources
(each beside its source), read through the Python package: rate-limit signals, consent
lifetimes and the codes that announce or tell a consent's end, per-code waits and attempts; and
every connection, item, link or consent status of every provider mapped onto the state model,
with a test that fails on a status left unmapped."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

import bankcodes
from bankcodes._provider_facts import CONSENTS, RATE_LIMITS, Consent, NotStated, RateLimits
from codegen.spec.decisions import NEXT_STEPS, STATES
from tests.support.helpers import provider_module, spec_data

NOW = datetime.datetime(2026, 11, 28, 9, 0, tzinfo=datetime.UTC)

#: The code sets whose codes are a connection's, an item's, a link's or a consent's statuses,
#: as each provider's sources define the field (the field's own name in the source).
STATUS_SETS = {
    ("lean", "consent_status"): "Lean's consent status (its consent lifecycle page)",
    ("gocardless", "requisition_status"): "GoCardless's requisition status (statuses page)",
    ("gocardless", "account_status"): "GoCardless's account status (statuses page)",
    ("stripe", "account_status"): "Stripe's Financial Connections Account status",
    ("stripe", "authorization_status"): "Stripe's Financial Connections Authorization status",
    ("belvo", "link_status"): "Belvo's link status (the link schema)",
    ("yapily", "authorisation_status"): "Yapily's consent status (openapi.json)",
    ("pluggy", "item_status"): "Pluggy's item status (pluggy-node's Item type)",
    ("pluggy", "connector_status"): "Pluggy's connector health (pluggy-node's Connector type)",
    ("basiq", "connection_status"): "Basiq's connection status (data.json)",
    ("basiq", "consent_status"): "Basiq's consent status (consent events)",
    ("setu", "consent_status"): "Setu's consent status (the consent object)",
    ("setu", "fip_status"): "Setu's FIP status (the FIP APIs)",
    ("mono", "data_status"): "Mono's account data status (data sync)",
    ("mx", "connection_status"): "MX's member connection status (the Platform API)",
    ("truelayer", "mandate_status"): "TrueLayer's mandate status",
    ("openfinancebrasil", "data_consent_status"): "Brazil's data sharing consent status 3.3.1",
    ("uaeopenfinance", "consent_status"): "UAE Open Finance's consent status (v2.1 files)",
    ("enablebanking", "session_status"): "Enable Banking's session status (SessionStatus)",
    ("berlingroup", "consent_status"): "Berlin Group's consentStatus (the 1.3.11 file)",
}


def _codes(provider: str, code_set: str) -> list[Any]:
    module = provider_module(provider)
    enum = next(c for c in module.CODE_SETS if c.code_set().id == code_set)
    return list(enum)


def _state(member: Any) -> str | None:
    info = member.info
    state: str | None = info.state if info.state is not None else info.category.info.state
    return state


@pytest.mark.parametrize("place", sorted(STATUS_SETS), ids=lambda p: ".".join(p))
def test_every_status_maps_onto_the_state_model(place: tuple[str, str]) -> None:
    provider, code_set = place
    members = _codes(provider, code_set)
    assert members[0].code_set().states is True
    unmapped = [m.value for m in members if _state(m) not in STATES]
    assert unmapped == [], f"{provider}.{code_set}: statuses without a state: {unmapped}"


def test_every_code_set_with_states_is_a_status_set_the_sources_define() -> None:
    """Of the providers above; a provider added later checks its own in its facts' module."""
    listed = {provider for provider, _ in STATUS_SETS}
    flagged = {
        (provider, code_set)
        for provider, data in spec_data()["providers"].items()
        if provider in listed
        for code_set, body in data["code_sets"].items()
        if body.get("states")
    }
    assert flagged == set(STATUS_SETS)


def test_every_category_has_a_next_step_of_the_vocabulary() -> None:
    categories = spec_data()["categories"]
    assert {c: body.get("next_step") in NEXT_STEPS for c, body in categories.items()} == {
        c: True for c in categories
    }
    assert categories["rate_limited"]["next_step"] == "retry_later"
    assert categories["reconnect_required"]["next_step"] == "reconnect"


#: Who takes each next step, as the Deciding page's table of next steps says it: the integrator
#: sends the request again (now or after a wait), fixes the request or asks the provider; the end
#: user goes through the flow again, gives a new consent, acts, or is told; nothing is done while
#: an event is awaited or where there is nothing to do.
TAKEN_BY = {
    "retry": "integrator",
    "retry_later": "integrator",
    "fix_request": "integrator",
    "contact_provider": "integrator",
    "reconnect": "end_user",
    "renew_consent": "end_user",
    "renew_access_token": "integrator",
    "end_user_action": "end_user",
    "tell_customer": "end_user",
    "wait_for_event": "nobody",
    "none": "nobody",
}


def test_who_takes_each_next_step_is_declared_once_for_both_packages() -> None:
    from bankcodes.categories import STEP_ACTORS
    from codegen.model import STEP_ACTORS as DECLARED

    assert DECLARED == TAKEN_BY
    assert set(DECLARED) == set(NEXT_STEPS)
    assert STEP_ACTORS == DECLARED  # the package's, generated from the declaration


def test_no_decision_says_nobody_acts_on_a_step_someone_takes() -> None:
    """Of every code of the catalog: a generic failure asks for a retry, the integrator's (its
    category said nobody acted, which the page's table contradicted)."""
    import bankcodes
    from bankcodes._cli_codes import members

    decided = [(bankcodes.decide(member), member) for _, member in members()]
    assert [
        f"{member.code_set().id} {member.value}: {d.next_step} ({d.actor} acts)"
        for d, member in decided
        if d.actor == "nobody" and TAKEN_BY[d.next_step] != "nobody"
    ] == []
    failed = bankcodes.decide(provider_module("lean").SecondaryStatus("FAILED"))
    assert (failed.next_step, failed.actor) == ("retry", "integrator")


def test_an_own_state_says_why() -> None:
    # Setu's consent object: "REJECTED": the user rejected the consent request.
    rejected = provider_module("setu").ConsentStatus("REJECTED").info
    assert (rejected.state, rejected.state_reason) == (
        "needs_end_user",
        "The end user rejected the consent request.",
    )


# --- rate limits, typed from the sources ------------------------------------------------------


def _limits(provider: str) -> RateLimits:
    found = RATE_LIMITS[provider]
    assert isinstance(found, RateLimits)
    return found


def test_pluggy_names_its_three_headers() -> None:
    # docs.pluggy.ai/docs/rate-limits: "RateLimit-Limit": "360", // The max requests per minute
    # for this endpoint; "RateLimit-Reset": "45", // How many seconds remain until the limit is
    # reset; "Retry-After": "60" // ... Always returns 60.
    limits = _limits("pluggy")
    assert limits.statuses == (429,)
    assert [(h.name, h.meaning) for h in limits.headers] == [
        ("RateLimit-Limit", "limit"),
        ("RateLimit-Reset", "seconds_until_reset"),
        ("Retry-After", "retry_after"),
    ]


def test_gocardless_states_its_wait_in_prose() -> None:
    # GoCardless's API rate limits article: "Please try again in <time_left> seconds"; a real
    # message quoted in OCA/bank-statement-import pull request 809.
    prose = _limits("gocardless").prose[0]
    message = "The rate limit for this resource is 4/day. Please try again in 85092 seconds"
    found = re.search(prose.pattern.replace("(?<", "(?P<"), message)
    assert found is not None and found.groupdict() == {"seconds": "85092"}
    assert prose.sources == ("gocardless-help-api-rate-limits", "oca-pr-809")


@pytest.mark.parametrize(
    ("provider", "message", "unit", "value"),
    [
        # Basiq-docs http-errors-per-endpoint.md, DELETE /users/{userId} 503.
        ("basiq", "Please wait 5 minutes and try again.", "minutes", "5"),
        # Fintoc's refresh intent errors: rate_limit_exceeded.
        (
            "fintoc",
            "This Link was recently refreshed.You have to wait at least 5 minutes between "
            "refresh intents",
            "minutes",
            "5",
        ),
    ],
)
def test_prose_waits_read_from_real_messages(
    provider: str, message: str, unit: str, value: str
) -> None:
    patterns = [p.pattern.replace("(?<", "(?P<") for p in _limits(provider).prose]
    found = [m.groupdict() for p in patterns if (m := re.search(p, message))]
    assert found[0] == {unit: value}


def test_the_standards_name_retry_after_in_seconds() -> None:
    # UK OB Read/Write Data API profile: "Header indicating the time (in seconds) that the TPP
    # should wait before retrying an operation."; CDR _headers.md: the same of the client.
    for standard in ("ukob", "cdr"):
        limits = _limits(standard)
        assert limits.statuses == (429,)
        assert [(h.name, h.meaning) for h in limits.headers] == [("Retry-After", "retry_after")]
    # UAE v2.1 account information file: Retry-After "Number in seconds to wait".
    assert [h.meaning for h in _limits("uaeopenfinance").headers] == ["retry_after"]
    # PolishAPI 2_1_2: 429 "Request limit for the requested service exceeded".
    assert _limits("polishapi").statuses == (429,)
    # Brazil's consents 3.3.1: 429 and 529 SiteIsOverloaded.
    assert _limits("openfinancebrasil").statuses == (429, 529)
    # Berlin Group IG 1.3.8: 429, no Retry-After.
    assert (_limits("berlingroup").statuses, _limits("berlingroup").headers) == ((429,), ())


def test_flinks_signals_too_many_requests_with_401() -> None:
    # Flinks's Authorize error codes: TOO_MANY_REQUESTS with HTTP 401.
    assert _limits("flinks").statuses == (401,)


def test_not_stated_names_complete_readings_only() -> None:
    # Setu's Account Aggregator docs and OpenAPI (a whole-directory grep) declare no 429 and no
    # rate-limit header.
    assert isinstance(RATE_LIMITS["setu"], NotStated)
    # MX's Errors page lists a 429 ("should be retried once the rate limit window has expired")
    # that its OpenAPI files do not: its rate limits are stated, not "not stated".
    mx = RATE_LIMITS["mx"]
    assert isinstance(mx, RateLimits) and mx.statuses == (429,)
    # Of every provider and every kind of fact, "not stated" rests on sources read whole.
    sources = spec_data()["sources"]
    partial = [
        f"{provider}.{field}: {ref}"
        for provider, data in spec_data()["providers"].items()
        for field in FIELDS
        if "not_stated" in (data.get(field) or {})
        for ref in data[field]["not_stated"]["sources"]
        if sources[ref].get("read_in_part")
    ]
    assert partial == []


#: The kinds of facts of when to act a provider carries whole.
FIELDS = ("rate_limits", "consent", "retries", "idempotency", "lifetimes")


def test_a_stated_window_is_the_wait_of_a_rate_limit_only() -> None:
    # Pluggy's rate-limit page: "Any subsequent requests will fail with the same error until the
    # rate limiter counter resets, after one minute passes."; Bridge's: "2000 requests per
    # Application per period of 5 minutes", "60 requests per User per period of 60 seconds".
    pluggy = _limits("pluggy").window
    assert pluggy is not None and pluggy.seconds == 60
    bridge = _limits("bridge").window
    assert bridge is not None and (bridge.seconds, bridge.sources[0]) == (
        5 * 60,
        "bridge-docs-rate-limiting-v2018",
    )
    body = {
        "message": "Too many requests. Please try again later (see Retry-After header in seconds)",
        "code": 429,
    }
    limited = bankcodes.decide(body, provider="pluggy", status=429, now=NOW)
    assert (limited.next_step, limited.wait_seconds) == ("retry_later", 60)
    assert limited.reasons("wait")[0].source == "pluggy-docs-rate-limits"
    # A code of another category is not waited out: Pluggy's LOGIN_ERROR.
    item = provider_module("pluggy").ItemStatus("LOGIN_ERROR")
    other = bankcodes.decide(item, provider="pluggy", now=NOW)
    assert other.wait_seconds is None and other.reasons("wait") == ()
    # Akahu states a growing backoff, not a window: its 429 gives no wait.
    akahu = bankcodes.decide(None, provider="akahu", status=429, now=NOW)
    assert (akahu.next_step, akahu.wait_seconds) == ("retry_later", None)


# --- consents, typed from the sources ---------------------------------------------------------


def _consent(provider: str) -> Consent:
    found = CONSENTS[provider]
    assert isinstance(found, Consent)
    return found


def test_plaid_announces_an_end_seven_days_before() -> None:
    # plaid-openapi: PENDING_EXPIRATION "expiring in 7 days"; PENDING_DISCONNECT "fired 7 days
    # before the existing Item is scheduled for disconnection".
    announced = [(e.code_set, e.code, e.lead_days) for e in _consent("plaid").announced_by]
    assert announced == [
        ("item_webhook_code", "PENDING_EXPIRATION", 7),
        ("item_webhook_code", "PENDING_DISCONNECT", 7),
    ]


def test_lifetimes_as_the_sources_give_them() -> None:
    # GoCardless: access_valid_for_days "must be > 0 and <= 180"; nordigen-php's default 90.
    assert (_consent("gocardless").max_days, _consent("gocardless").default_days) == (180, 90)
    # Basiq's dashboard quickstart: "A standard setting is 365 days".
    assert _consent("basiq").default_days == 365
    # Basiq's consent events: consent.warning "7 days before expiry".
    assert [(e.code, e.lead_days) for e in _consent("basiq").announced_by] == [
        ("consent.warning", 7)
    ]
    # Stripe's changelog: upcoming_deactivation "Sent 30 days before".
    assert _consent("stripe").announced_by[0].lead_days == 30
    # Berlin Group Operational Rules V1.3: "restricted by [RTS] to maximal 90 days".
    assert _consent("berlingroup").max_days == 90
    # CDR: "If the sharing_duration value exceeds one year then a duration of one year".
    assert _consent("cdr").max_days == 365
    # UAE community standards, consent requirements: "must not exceed **one year**".
    assert _consent("uaeopenfinance").max_days == 365


def test_consent_ends_are_codes_of_the_catalog() -> None:
    for provider, consent in CONSENTS.items():
        if isinstance(consent, NotStated):
            continue
        for event in (*consent.announced_by, *consent.ended_by):
            values = [str(m.value) for m in _codes(provider, event.code_set)]
            assert event.code in values, f"{provider}: {event.code_set} lacks {event.code}"


def test_expiry_codes_ask_for_a_new_consent() -> None:
    # GoCardless: "reconnected ... when account and requisition statuses have changed to EX or
    # EXPIRED"; Lean: CONSENT_EXPIRED "New consent is required"; Berlin Group: CONSENT_EXPIRED
    # "has expired and needs to be renewed"; Lean's LinkSDK status in KSA: CONSENT_EXPIRED
    # "Consent has expired".
    expired = [
        provider_module("gocardless").RequisitionStatus("EX").info,
        provider_module("lean").DataApiStatus("CONSENT_EXPIRED").info,
        provider_module("berlingroup").MessageCode("CONSENT_EXPIRED").info,
        provider_module("lean").SecondaryStatus("CONSENT_EXPIRED").info,
    ]
    assert [(i.next_step, i.state) for i in expired] == [("renew_consent", "consent_ended")] * 4


# --- per-code waits and attempts --------------------------------------------------------------


def test_waits_and_attempts_the_sources_state() -> None:
    # Lean's data errors (KSA): DUPLICATED_REQUEST "wait for one minute".
    lean = provider_module("lean").GranularStatusCode("DUPLICATED_REQUEST").info
    assert (lean.wait_seconds, lean.fact_sources) == (
        60,
        {"wait_seconds": ("lean-data-errors-ksa",)},
    )
    # Belvo's API errors: too_many_sessions "Waiting 120 seconds"; unexpected_error "a maximum
    # of three times".
    belvo = provider_module("belvo").ErrorCode
    assert belvo("too_many_sessions").info.wait_seconds == 120
    assert belvo("unexpected_error").info.max_attempts == 3
    # TrueLayer Data API v3: "502 Feature Not Supported: Don't retry."
    truelayer = provider_module("truelayer").DataApiV3Error("Feature Not Supported").info
    assert truelayer.max_attempts == 1
