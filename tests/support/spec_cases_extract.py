"""Bad specs of the sources' extractors (codegen.drift): a mutation of the project's spec, where
the rule points and what it says (test_spec checks each is rejected so, with spec_cases)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Mutation = Callable[[dict[str, Any]], None]


def _unpinned(data: dict[str, Any]) -> None:
    source = data["sources"]["mastercard-us-connect-user-events"]
    del source["retrieved"], source["sha256"]


def _count(source: str, code_set: str, listed: int, held: int) -> Mutation:
    """Adds to what drift counted of `source` a count of `code_set`."""

    def mutate(data: dict[str, Any]) -> None:
        found = data["sources"][source].setdefault("counted", [])
        found.append({"code_set": code_set, "listed": listed, "held": held})

    return mutate


EXTRACT_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a count of a code set the source's extractor does not read",
        _count("akahu-sdk-payments", "akahu.transfer_status", 7, 7),
        "/sources/akahu-sdk-payments/counted/2/code_set",
        "'akahu.transfer_status' is not read by the source's extractor (it reads "
        "akahu.payment_status, akahu.payment_status_code)",
    ),
    (
        "a count of a source that declares no extractor",
        _count("akahu-sdk-test-errors", "akahu.oauth_error", 7, 7),
        "/sources/akahu-sdk-test-errors/counted/0/code_set",
        "it reads none: it declares no extractor",
    ),
    (
        "a code set counted twice",
        _count("akahu-sdk-transfers", "akahu.transfer_status", 8, 7),
        "/sources/akahu-sdk-transfers/counted/1/code_set",
        "'akahu.transfer_status' is counted twice",
    ),
    (
        "a source of which the catalog holds more than it lists",
        lambda d: d["sources"]["akahu-sdk-transfers"]["counted"][0].update(held=8),
        "/sources/akahu-sdk-transfers/counted/0/held",
        "holds 8 of 7: no more than the source lists",
    ),
    (
        "a source drift reads with no pin",
        _unpinned,
        "/sources/mastercard-us-connect-user-events",
        "a source drift reads is pinned",
    ),
    (
        "a JSON example's code path with an empty step",
        lambda d: d["sources"]["mastercard-au-connect-route-events"]["extract"]["code_sets"][0][
            "examples"
        ].update(code="data..screen"),
        "/sources/mastercard-au-connect-route-events/extract/code_sets/0/examples/code",
        "'data..screen' does not match",
    ),
    (
        "a flowchart rule with an option it does not have",
        lambda d: d["sources"]["lean-payment-lifecycle"]["extract"]["code_sets"][0][
            "flowchart"
        ].update(direction="LR"),
        "/sources/lean-payment-lifecycle/extract/code_sets/0/flowchart/direction",
        "unknown field",
    ),
    (
        "an extractor reading a code set that does not exist",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "html",
                "code_sets": [{"code_set": "argyle.nope", "table": {"code": "Code"}}],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/code_set",
        "unknown code set 'argyle.nope'",
    ),
    (
        "an extractor rule its format cannot read",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "typescript",
                "code_sets": [
                    {"code_set": "argyle.bank_connection_error", "table": {"code": "Code"}}
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0",
        "a typescript source is not read by 'table'",
    ),
    (
        "pairs that name another union's fields",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "openapi",
                "code_sets": [
                    {
                        "code_set": "argyle.webhook_event",
                        "pairs": {"type": "kind", "code": "code", "kind": "argyle/webhook"},
                    }
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/pairs",
        "the union of 'argyle/webhook' is tagged by 'event'",
    ),
    (
        # An enum rule may keep the values that match a pattern, which must be one.
        "a code pattern on a rule that reads an enum that is not a regular expression",
        lambda d: d["sources"]["plaid-openapi"]["extract"]["code_sets"][0].update(
            code_pattern="[A-Z_+"
        ),
        "/sources/plaid-openapi/extract/code_sets/0/code_pattern",
        "not a regular expression: unterminated character set at position 0",
    ),
    (
        "JSON examples read from an HTML source",
        lambda d: d["sources"]["mastercard-au-connect-route-events"]["extract"].update(
            format="html"
        ),
        "/sources/mastercard-au-connect-route-events/extract/code_sets/0",
        "a html source is not read by 'examples'",
    ),
    (
        # Without a pattern every list item would be a code.
        "a list rule without a code pattern",
        lambda d: d["sources"]["mastercard-us-data-connect-fix"]["extract"]["code_sets"][0].pop(
            "code_pattern"
        ),
        "/sources/mastercard-us-data-connect-fix/extract/code_sets/0",
        "'code_pattern' is a required property",
    ),
    (
        "an enum rule naming no enum",
        lambda d: d["sources"]["plaid-openapi"]["extract"]["code_sets"][0].update(enum=[]),
        "/sources/plaid-openapi/extract/code_sets/0/enum",
        "[] should be non-empty",
    ),
    (
        "an enum rule naming one enum twice",
        lambda d: d["sources"]["plaid-openapi"]["extract"]["code_sets"][0].update(
            enum=["/components/schemas/PlaidErrorType", "/components/schemas/PlaidErrorType"]
        ),
        "/sources/plaid-openapi/extract/code_sets/0/enum",
        "has non-unique elements",
    ),
    (
        "an enum rule reading a CSV source",
        lambda d: d["sources"]["plaid-openapi"]["extract"].update(format="csv"),
        "/sources/plaid-openapi/extract/code_sets/0",
        "a csv source is not read by 'enum'",
    ),
    (
        "a table rule's rows filter naming no column",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "csv",
                "code_sets": [
                    {
                        "code_set": "argyle.bank_connection_error",
                        "table": {"code": "Code"},
                        "rows": {},
                    }
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/rows",
        "{} should be non-empty",
    ),
    (
        "a rule of two kinds",
        lambda d: d["sources"]["mastercard-us-data-connect-fix"]["extract"]["code_sets"][0].update(
            table={"code": "Code"}
        ),
        "/sources/mastercard-us-data-connect-fix/extract/code_sets/0",
        "fields of more than one kind: items, table (one is allowed)",
    ),
    (
        "a rule of no kind",
        lambda d: d["sources"]["mastercard-us-data-connect-fix"]["extract"]["code_sets"][0].pop(
            "items"
        ),
        "/sources/mastercard-us-data-connect-fix/extract/code_sets/0",
        "none of the fields that say its kind: enum, pairs, table, sections, items, facts, "
        "examples, flowchart",
    ),
    (
        "a signing scheme without one of its fields",
        lambda d: d["providers"]["lean"]["signing"].pop("headers"),
        "/providers/lean/signing",
        "'headers' is a required property",
    ),
    (
        "a signing scheme bankcodes does not know",
        lambda d: d["providers"]["lean"]["signing"].update(scheme="rsa"),
        "/providers/lean/signing/scheme",
        "'rsa' is not one of ['hmac', 'jwt', 'jws', 'standard_webhooks', 'shared_secret', "
        "'fetched_key', 'certificate_jwt', 'published_key', 'none']",
    ),
    (
        "a code pattern that is not a regular expression",
        lambda d: d["sources"]["seed-003"].update(
            extract={
                "format": "html",
                "code_sets": [
                    {
                        "code_set": "argyle.bank_connection_error",
                        "table": {"code": "Code"},
                        "code_pattern": "[a-z_",
                    }
                ],
            }
        ),
        "/sources/seed-003/extract/code_sets/0/code_pattern",
        "not a regular expression",
    ),
]
