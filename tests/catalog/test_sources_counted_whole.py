"""What drift counted in sources whose every value of a code set the catalog holds: each list is
typed from its source at the pin the spec records, and the spec's record (`counted`) is that
list's length, held whole. A source lists a code set's codes as an enum of an OpenAPI
description, a union of an SDK's TypeScript types, or a table of a document in its repository;
a value listed twice counts once."""

from __future__ import annotations

import pytest

from tests.support.helpers import counts, spec_data

#: (source, code set, the values it lists in its order), each typed from the file the source's
#: address names at its commit.
LISTS = [
    # Basiq's core.json (basiqio-oss/Basiq-docs at 79bc160c): JobsResult.code.
    (
        "basiq-core-openapi",
        "basiq.job_result_code",
        (
            *("success", "user-action-required", "system-unavailable", "maintenance"),
            *("connector-error", "institution-not-found", "institution-not-available"),
            *("institution-disabled", "missing-required-field", "missing-required-field-value"),
            *("invalid-field-value", "invalid-csv-row", "row-count-exceeded"),
            *("account-data-differs", "empty-file", "bank-statement-invalid"),
            *("bank-statement-new-product", "bank-statement-parsing-error"),
            *("bank-statement-not-supported", "txn-after-last-updated-date"),
            *("invalid-connection", "unknown-error", "job-timed-out"),
        ),
    ),
    # JobsStep.title.
    (
        "basiq-core-openapi",
        "basiq.job_step_title",
        ("verify-credentials", "retrieve-accounts", "retrieve-transactions", "retrieve-statements"),
    ),
    # The codes of BadRequestError, UnauthorizedError, ForbiddenAccessError, NotFoundError,
    # GoneError and InternalServerError, in that order.
    (
        "basiq-core-openapi",
        "basiq.error_code",
        (
            *("parameter-not-supplied", "parameter-not-valid", "unsupported-accept"),
            *("invalid-content", "institution-not-supported", "invalid-credentials"),
            *("unauthorized-access", "invalid-authorization-token"),
            *("forbidden-access", "no-production-access", "access-denied"),
            *("resource-not-found", "resource-no-longer-available", "internal-server-error"),
        ),
    ),
    # Basiq's Events page (reference/Core/events/index.md): its table's Event Type column.
    (
        "basiq-docs-events",
        "basiq.webhook_event_type",
        (
            *("connection.created", "connection.updated", "connection.deleted"),
            *("connection.invalidated", "connection.activated", "account.updated"),
            *("transactions.updated", "consent.created", "consent.expired", "consent.reminder"),
            *("consent.revoked", "consent.updated", "consent.warning"),
            *("user.created", "user.deleted", "user.updated"),
        ),
    ),
    # Basiq's Consent Events page (docs/PLatform/consent/consent-events.md): its Event column.
    (
        "basiq-docs-consent-events",
        "basiq.webhook_event_type",
        (
            *("consent.revoked", "consent.expired", "consent.updated", "consent.warning"),
            *("consent.created", "consent.archived"),
        ),
    ),
    # Akahu's akahu-sdk-js (at f7dc54af) src/models/accounts.ts: Account.status.
    ("akahu-sdk-accounts", "akahu.account_status", ("ACTIVE", "INACTIVE")),
    # src/models/webhooks.ts: the webhook_code of each payload type, in the file's order.
    (
        "akahu-sdk-webhook-models",
        "akahu.webhook_code",
        (
            *("WEBHOOK_CANCELLED", "DELETE", "CREATE", "UPDATE", "MIGRATE"),
            *("DEFAULT_UPDATE", "INITIAL_UPDATE", "RECEIVED"),
        ),
    ),
    # Pluggy's pluggy-node (at 236495c7) src/types/connector.ts: Connector.health.status.
    ("pluggy-node-connector", "pluggy.connector_status", ("ONLINE", "OFFLINE", "UNSTABLE")),
    # stripe-node (at 66394216) src/resources/FinancialConnections/Accounts.ts:
    # Account.AccountNumber.Status.
    ("stripe-node-fc-accounts", "stripe.account_number_status", ("deactivated", "transactable")),
    # SimpleFIN's protocol.md: the Responses tables of POST /claim/:token and GET /accounts,
    # the same in version 2 (at 5b8d85e5) and version 1 (at 0d1524ce).
    ("simplefin-protocol-v2", "simplefin.response_status", ("200", "403", "402")),
    ("simplefin-protocol-v1", "simplefin.response_status", ("200", "403", "402")),
]


def _values(ref: str) -> set[str]:
    provider, _, name = ref.partition(".")
    codes = spec_data()["providers"][provider]["code_sets"][name]["codes"]
    return {str(key) for code in codes for key in (code["value"], *code.get("aliases", ()))}


@pytest.mark.parametrize(("source", "ref", "listed"), LISTS, ids=[f"{s}:{r}" for s, r, _ in LISTS])
def test_every_value_the_source_lists_is_held_and_counted(
    source: str, ref: str, listed: tuple[str, ...]
) -> None:
    missing = [value for value in listed if value not in _values(ref)]
    assert missing == []
    assert counts(source)[ref] == (len(set(listed)), len(set(listed)))
    # The source's rule reads this code set.
    rules = spec_data()["sources"][source]["extract"]["code_sets"]
    assert ref in [rule["code_set"] for rule in rules]
