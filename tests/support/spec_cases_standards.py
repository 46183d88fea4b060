"""Bad specs of what the standards brought: their rule (codegen.rules.sources.
standards_are_told_from_providers) and a recognition key through an array (errors[].code): a
mutation of the project's spec, where the problem is pointed at and what it says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Mutation = Callable[[dict[str, Any]], None]


def _provider(provider: str, **changes: Any) -> Mutation:
    """Set (or, given None, remove) facts of a provider's entry."""

    def mutate(data: dict[str, Any]) -> None:
        entry = data["providers"][provider]
        for key, value in changes.items():
            if value is None:
                entry.pop(key, None)
            else:
                entry[key] = value

    return mutate


def _bracket_inside_a_key(data: dict[str, Any]) -> None:
    data["payloads"]["cdr/error"]["recognise"][0]["codes"] = {"err[]ors.code": ["cdr.error_code"]}


STANDARD_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a standard that signs webhooks",
        _provider(
            "ukob",
            signing={
                "scheme": "none",
                "transport": ["mutual_tls"],
                "sources": ["ukob-v4-api-profile"],
                "notes": "x",
            },
        ),
        "/providers/ukob/signing",
        "a standard has no signing of its own",
    ),
    (
        "a standard without its licence",
        _provider("ukob", licence=None),
        "/providers/ukob",
        "a standard names its licence",
    ),
    (
        "a provider with a standard's publisher",
        _provider("plaid", publisher="Plaid Inc."),
        "/providers/plaid/publisher",
        "only a standard has a publisher",
    ),
    (
        "a recognition key with [] inside a key rather than after it",
        _bracket_inside_a_key,
        "/payloads/cdr~1error/recognise/0/codes/err[]ors.code",
        "bad key: 'err[]ors.code' does not match",
    ),
]
