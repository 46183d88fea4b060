"""Bad specs for the rules of the facts that decide what to do now (codegen/rules/decisions.py):
a mutation of the project's spec, where the rule points and what it says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Mutation = Callable[[dict[str, Any]], None]


def _code(data: dict[str, Any], provider: str, code_set: str, value: str) -> dict[str, Any]:
    codes = data["providers"][provider]["code_sets"][code_set]["codes"]
    found: dict[str, Any] = next(code for code in codes if code["value"] == value)
    return found


def _drop(*keys: str) -> Callable[[dict[str, Any]], None]:
    def drop(item: dict[str, Any]) -> None:
        for key in keys:
            del item[key]

    return drop


def _setu_rejected(data: dict[str, Any]) -> dict[str, Any]:
    return _code(data, "setu", "consent_status", "REJECTED")


def _prose(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = data["providers"]["gocardless"]["rate_limits"]["prose"][0]
    return found


DECISION_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a category without a next step",
        lambda d: _drop("next_step")(d["categories"]["rejected"]),
        "/categories/rejected",
        "the category has no next_step",
    ),
    (
        # A retry is the integrator's (the Deciding page's table of next steps): a category
        # that asks for one cannot say that nobody acts.
        "a category whose step someone takes, acted on by nobody",
        lambda d: d["categories"]["rate_limited"].update(actor="nobody"),
        "/categories/rate_limited/actor",
        "the category's next step retry_later is taken by the integrator, but its actor is nobody",
    ),
    (
        "a status of a code set with states, without one",
        lambda d: _drop("state", "state_reason")(_setu_rejected(d)),
        "/providers/setu/code_sets/consent_status/codes/7",
        "neither 'REJECTED' nor its category 'cancelled' has a state",
    ),
    (
        "a wait without its sources",
        lambda d: _drop("fact_sources")(_code(d, "belvo", "error_code", "too_many_sessions")),
        "/providers/belvo/code_sets/error_code/codes/27/wait_seconds",
        "wait_seconds is a source's fact",
    ),
    (
        "sources of a fact the code lacks",
        lambda d: _code(d, "lean", "granular_status_code", "DUPLICATED_REQUEST")[
            "fact_sources"
        ].update(state=["lean-data-errors-ksa"]),
        "/providers/lean/code_sets/granular_status_code/codes/6/fact_sources/state",
        "the code has no state",
    ),
    (
        "a state without its reason",
        lambda d: _drop("state_reason")(_code(d, "yapily", "authorisation_status", "REVOKED")),
        "/providers/yapily/code_sets/authorisation_status/codes/6/state_reason",
        "a code's state and state_reason go together",
    ),
    (
        # Shown as "Why this state" beside the description, it would say the same thing twice.
        "a state's reason that repeats the description",
        lambda d: _code(d, "yapily", "authorisation_status", "REVOKED").update(
            state_reason="The consent was revoked."
        ),
        "/providers/yapily/code_sets/authorisation_status/codes/6/state_reason",
        "the state_reason repeats the code's description",
    ),
    (
        "not stated, from a source read in part",
        lambda d: d["providers"]["setu"]["rate_limits"]["not_stated"].update(
            sources=["lean-migrating-data-store"]
        ),
        "/providers/setu/rate_limits/not_stated/sources",
        "'lean-migrating-data-store' was read in part",
    ),
    (
        "facts from a source read in part, without saying what was read",
        lambda d: _drop("read_in_part")(d["providers"]["pluggy"]["rate_limits"]),
        "/providers/pluggy/rate_limits/sources",
        "say in read_in_part what was read and what was not",
    ),
    (
        "a prose pattern with two groups",
        lambda d: _prose(d).update(pattern="(?<seconds>[0-9]+) (?<minutes>[0-9]+)"),
        "/providers/gocardless/rate_limits/prose/0/pattern",
        "a prose pattern holds one named group",
    ),
    (
        "a prose pattern with a lookahead",
        lambda d: _prose(d).update(pattern="in (?<seconds>[0-9]+)(?= seconds)"),
        "/providers/gocardless/rate_limits/prose/0/pattern",
        "no other group, lookaround or backreference",
    ),
    (
        "a prose pattern its example does not show",
        lambda d: _prose(d).update(example="Please try again later"),
        "/providers/gocardless/rate_limits/prose/0/example",
        "the pattern does not match its example",
    ),
    (
        "a message rule whose pattern captures",
        lambda d: d["providers"]["setu"]["body_rules"]["messages"][0].update(
            pattern="^Consent '([^']*)' has expired$"
        ),
        "/providers/setu/body_rules/messages/0/pattern",
        "a prose pattern holds no group",
    ),
    (
        "a message rule meaning a code its code set lacks",
        lambda d: d["providers"]["setu"]["body_rules"]["messages"][0].update(means="GONE"),
        "/providers/setu/body_rules/messages/0/means",
        "consent_status has no code 'GONE'",
    ),
    (
        "a message step naming a code its code set lacks",
        lambda d: d["providers"]["lean"]["body_rules"]["message_steps"][0].update(codes=["GONE"]),
        "/providers/lean/body_rules/message_steps/0/codes",
        "api_error_status has no code 'GONE'",
    ),
    (
        "a message step whose example its pattern does not match",
        lambda d: d["providers"]["mastercard"]["body_rules"]["message_steps"][0].update(
            example="Please try again."
        ),
        "/providers/mastercard/body_rules/message_steps/0/example",
        "the pattern does not match its example",
    ),
    (
        "a message step naming no next step of the vocabulary",
        lambda d: d["providers"]["mastercard"]["body_rules"]["message_steps"][0].update(
            next_step="retry_soon"
        ),
        "/providers/mastercard/body_rules/message_steps/0/next_step",
        "retry_soon",
    ),
    (
        "a wait field naming a code its code set lacks",
        lambda d: d["providers"]["lean"]["body_rules"]["waits"][0].update(codes=["GONE"]),
        "/providers/lean/body_rules/waits/0/codes",
        "payment_source_status has no code 'GONE'",
    ),
    (
        "a cause rule naming a code its code set lacks",
        lambda d: d["providers"]["plaid"]["body_rules"]["causes"][0].update(codes=["GONE"]),
        "/providers/plaid/body_rules/causes/0/codes",
        "error_code has no code 'GONE'",
    ),
    (
        "a code's stated limit its example does not state",
        lambda d: d["providers"]["plaid"]["body_rules"]["limits"][0].update(example="up to"),
        "/providers/plaid/body_rules/limits/0/example",
        "the example does not state 500",
    ),
    (
        "a stated limit with neither a pattern nor its codes",
        lambda d: d["providers"]["plaid"]["body_rules"]["limits"][0].update(codes=[]),
        "/providers/plaid/body_rules/limits/0",
        "a limit states its pattern, or its code_set, codes and most",
    ),
    (
        "an end's date pattern its example does not show",
        lambda d: d["providers"]["gocardless"]["body_rules"]["ends"][0].update(example="x"),
        "/providers/gocardless/body_rules/ends/0/example",
        "the pattern does not match its example",
    ),
    (
        "a stated limit its example does not show",
        lambda d: d["providers"]["mastercard"]["body_rules"]["limits"][0].update(example="x"),
        "/providers/mastercard/body_rules/limits/0/example",
        "the pattern does not match its example",
    ),
    (
        "an end field told by keys any API may send",
        lambda d: d["providers"]["pluggy"]["body_rules"]["ends"][0].update(
            tells=["status", "created_at"]
        ),
        "/providers/pluggy/body_rules/ends/0/tells",
        "tell no provider",
    ),
    (
        "a limit field told by keys any API may send",
        lambda d: d["providers"]["enablebanking"]["body_rules"]["limit_fields"][0].update(
            tells=["status", "created_at"]
        ),
        "/providers/enablebanking/body_rules/limit_fields/0/tells",
        "tell no provider",
    ),
    (
        "a consent's announcing code the code set lacks",
        lambda d: d["providers"]["plaid"]["consent"]["announced_by"][0].update(code="SOON"),
        "/providers/plaid/consent/announced_by/0/code",
        "item_webhook_code has no code 'SOON'",
    ),
    (
        "a header's unknown source",
        lambda d: d["providers"]["pluggy"]["rate_limits"]["headers"][0].update(sources=["nowhere"]),
        "/providers/pluggy/rate_limits/headers/0/sources/0",
        "unknown source 'nowhere'",
    ),
    (
        "a default longer than the longest",
        lambda d: d["providers"]["gocardless"]["consent"].update(default_days=200),
        "/providers/gocardless/consent/default_days",
        "default_days is more than max_days",
    ),
    (
        "a client library's retry rule that names no library",
        lambda d: _drop("library")(d["providers"]["stripe"]["retries"]["rules"][1]),
        "/providers/stripe/retries/rules/1/library",
        "a client library's rule names its library",
    ),
    (
        "a retry rule whose longest wait is shorter than its first",
        lambda d: d["providers"]["quiltt"]["retries"]["rules"][0].update(max_delay_ms=100),
        "/providers/quiltt/retries/rules/0/max_delay_ms",
        "max_delay_ms is less than first_delay_ms",
    ),
    (
        "lifetimes from a source read in part, without saying what was read",
        lambda d: _drop("read_in_part")(d["providers"]["cdr"]["lifetimes"]),
        "/providers/cdr/lifetimes/sources",
        "say in read_in_part what was read and what was not",
    ),
    (
        "no idempotency stated, from a source read in part",
        lambda d: d["providers"]["cdr"]["idempotency"]["not_stated"].update(
            sources=["cdr-request-object"]
        ),
        "/providers/cdr/idempotency/not_stated/sources",
        "'cdr-request-object' was read in part",
    ),
    (
        "a stated window's unknown source",
        lambda d: d["providers"]["pluggy"]["rate_limits"]["window"].update(sources=["nowhere"]),
        "/providers/pluggy/rate_limits/window/sources/0",
        "unknown source 'nowhere'",
    ),
]
