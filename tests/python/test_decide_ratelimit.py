"""The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) read as a wait on a
rate-limited response whose provider declares no rate-limit header of its own: RateLimit-Reset
(draft 06) and the t parameter of a RateLimit field of one policy (draft 10). Each wait's reason
names the header and the draft, and comes first; a value of another form is refused, not waited.
The shared corpus (decision_cases.json, its ietf- cases) holds the same readings for Node."""

from __future__ import annotations

import datetime

import bankcodes

NOW = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=datetime.UTC)


def test_ratelimit_reset_is_the_wait_and_its_reason_names_the_header_and_the_draft() -> None:
    # draft 06, Client Behavior: "RateLimit-Limit: 10 / RateLimit-Remaining: 1 / RateLimit-Reset: 7"
    headers = {"RateLimit-Limit": "10", "RateLimit-Remaining": "0", "RateLimit-Reset": "7"}
    decision = bankcodes.decide(None, status=429, headers=headers, now=NOW)
    assert decision.lead() == "Wait 7 s, then retry — your service acts."
    (wait,) = decision.reasons("wait")
    assert wait.source == "header RateLimit-Reset"
    assert wait.says == (
        "RateLimit-Reset '7': wait 7 s, the seconds until the quota resets "
        "(draft-ietf-httpapi-ratelimit-headers-06)"
    )


def test_the_t_parameter_of_one_policy_is_the_wait() -> None:
    # draft 10, RateLimit Field Examples: 'RateLimit: "default";r=50;t=30', here on a 429.
    decision = bankcodes.decide(
        None, status=429, headers={"RateLimit": '"default";r=0;t=30'}, now=NOW
    )
    assert decision.wait_seconds == 30
    (wait,) = decision.reasons("wait")
    assert wait.says.startswith("RateLimit '30': wait 30 s: its t parameter")
    assert wait.says.endswith("(draft-ietf-httpapi-ratelimit-headers-10)")


def test_retry_after_comes_first_and_the_ietf_reset_is_listed_after_it() -> None:
    # draft 06: "If a response contains both the RateLimit-Reset and Retry-After fields, the
    # Retry-After field MUST take precedence".
    headers = {"Retry-After": "20", "RateLimit-Reset": "40"}
    decision = bankcodes.decide(None, status=429, headers=headers, now=NOW)
    assert decision.wait_seconds == 20
    first, second = decision.reasons("wait")
    assert first.source == "header Retry-After"
    assert second.source == "header RateLimit-Reset"
    assert second.says.startswith("not taken: RateLimit-Reset '40': wait 40 s")


def test_a_value_of_another_form_is_refused_and_not_waited() -> None:
    for name, value, says in [
        ("RateLimit-Reset", "2.5", "refused: RateLimit-Reset '2.5' is not one number of seconds"),
        ("RateLimit-Reset", "-30", "refused: RateLimit-Reset '-30' is not one number of seconds"),
        ("RateLimit-Reset", "864000", "refused: RateLimit-Reset '864000' is over the 604800"),
        ("RateLimit", '"a";r=0;t=5, "b";r=9;t=50', 'refused: RateLimit \'"a";r=0;t=5, "b"'),
        ("RateLimit", '"default";r=0', "refused: RateLimit '\"default\";r=0' gives no t"),
        ("RateLimit", '"open;t=5', "refused: RateLimit '\"open;t=5' names no one policy"),
        ("RateLimit", "x" * 5000, "refused: RateLimit 'xxxx"),
    ]:
        decision = bankcodes.decide(None, status=429, headers={name: value}, now=NOW)
        assert decision.lead() == "Retry later, backing off between attempts — your service acts."
        assert decision.wait_seconds is None, value
        (wait,) = decision.reasons("wait")
        assert wait.says.startswith(says), wait.says


def test_the_ietf_fields_are_no_wait_where_nothing_is_rate_limited() -> None:
    headers = {"RateLimit-Reset": "7", "RateLimit": '"default";r=0;t=30'}
    decision = bankcodes.decide(None, status=503, headers=headers, now=NOW)
    assert decision.wait_seconds is None
    assert decision.reasons("wait") == ()


def test_a_provider_that_declares_its_own_reset_header_reads_only_its_own() -> None:
    # Pluggy's rate-limit page declares RateLimit-Reset as its own (the seconds left), and its
    # Retry-After: the IETF RateLimit field beside them is not read.
    headers = {"RateLimit-Reset": "45", "RateLimit": '"default";r=0;t=5'}
    body = {"message": "Too many requests.", "code": 429}
    decision = bankcodes.decide(body, provider="pluggy", status=429, headers=headers, now=NOW)
    assert decision.wait_seconds == 45
    sources = [reason.source for reason in decision.reasons("wait")]
    assert "header RateLimit" not in sources
