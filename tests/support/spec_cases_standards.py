"""Bad specs of what the standards brought: their rule (codegen.rules.sources.
standards_are_told_from_providers), a recognition key through an array (errors[].code) and a
body held inside another (codegen.rules.embeds): a mutation of the project's spec, where the
problem is pointed at and what it says."""

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


def _embeds(kind: str, field: str, *kinds: str) -> Mutation:
    """Give `kind` a text field `field` holding a body of one of `kinds`."""

    def mutate(data: dict[str, Any]) -> None:
        entry = data["payloads"][kind]
        embedded = {"field": field, "kinds": list(kinds), "sources": entry["sources"][:1]}
        entry["embeds"] = [embedded]

    return mutate


def _chained(data: dict[str, Any]) -> None:
    _embeds("berlingroup/error", "$.tppMessages", "cdr/error")(data)
    _embeds("ukob/error", "$.Message", "berlingroup/error")(data)


def _request_id_at(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["payloads"]["yapily/error"]["request_id"] = path

    return mutate


EMBED_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a request id at a path no field is at",
        _request_id_at("error.requestId"),
        "/payloads/yapily~1error/request_id",
        "'error.requestId' is no field of the kind's types",
    ),
    (
        "a body held as one of an unknown kind",
        _embeds("ukob/error", "$.Message", "nobody/error"),
        "/payloads/ukob~1error/embeds/0/kinds/0",
        "unknown payload kind 'nobody/error'",
    ),
    (
        "a kind holding a body of its own kind",
        _embeds("ukob/error", "$.Message", "ukob/error"),
        "/payloads/ukob~1error/embeds/0/kinds/0",
        "ukob/error cannot hold a body of its own kind",
    ),
    (
        "a body held in a field that is no text",
        _embeds("ukob/error", "$.Errors", "cdr/error"),
        "/payloads/ukob~1error/embeds/0/field",
        "'$.Errors' is no text field of ukob/error",
    ),
    (
        "a body held inside a body held inside another",
        _chained,
        "/payloads/ukob~1error/embeds/0/kinds/0",
        "berlingroup/error holds bodies of its own: a body inside a body is read one level down",
    ),
]


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
        "a standard that sends webhooks",
        _provider(
            "cdr",
            webhooks_undescribed={"reason": "x", "sources": ["cdr-errors"]},
        ),
        "/providers/cdr/webhooks_undescribed",
        "a standard has no webhooks_undescribed of its own",
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
    *EMBED_CASES,
]
