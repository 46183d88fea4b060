"""TrueLayer's facts that several test modules of tests/catalog check against, typed from its own
sources (never from the catalog): the Data API (v1) error table of docs.truelayer.com
(data-api-errors, error-codes-1 in two captures, retrieved 2026-11-25), checked by
test_truelayer_codes.py and test_truelayer_classify.py; and the published webhook bodies
(payment-webhook-specifications, mandate-webhooks, payment-link-webhook-specifications,
payouts-webhooks, retrieved 2026-11-25, and TrueLayer/truelayer-php@a720f99
tests/integration/Mocks/WebhookPayload.php), checked by test_truelayer_classify.py and
test_truelayer_webhooks.py.

The docs pages were read as the search tool returns them, cut at 2,000 bytes (1,500 characters
in the docs corpus): where a table is cut, the comment says so."""

from __future__ import annotations

import json
from typing import Any

from bankcodes import truelayer
from tests.support.helpers import ROOT

#: Data API (v1) error code -> (HTTP status, Retry column). data-api-errors (pipe table) holds
#: the rows validation_error ... unauthorized and is cut inside the next row; the later
#: capture of error-codes-1 ("Data API errors") adds unauthorized_client (401, No); the older
#: capture ("Error codes") adds invalid_token ... provider_too_many_requests, its copy cut in
#: the last row's advice ("In"). invalid_credentials_key's Retry cell is empty there (None).
#: No copy holds the rows after provider_too_many_requests.
DATA_API_ERRORS: dict[str, tuple[int, bool | None]] = {
    "validation_error": (400, True),
    "invalid_date_range": (400, False),
    "deprecated_provider": (400, False),
    "invalid_grant": (400, False),
    "invalid_client": (400, False),
    "invalid_authorization_code": (400, False),
    "unauthorized": (401, False),
    "unauthorized_client": (401, False),
    "invalid_token": (401, False),
    "access_denied": (403, False),
    "invalid_credentials_key": (403, None),
    "sca_exceeded": (403, False),
    "account_not_found": (404, False),
    "provider_too_many_requests": (429, True),
}

#: The published webhook bodies, by event, and the code that decides each (failure_reason, "The
#: reason the payment failed", before the type; a payout's from the payout failure reasons).
WEBHOOKS: dict[str, tuple[dict[str, Any], tuple[str, Any]]] = {
    # payment-webhook-specifications (the capture opening with payment_authorized).
    "payment_authorized": (
        {
            "type": "payment_authorized",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "authorized_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.payment_authorized),
    ),
    # payment-webhook-specifications (the capture opening with payment_executed).
    "payment_executed": (
        {
            "type": "payment_executed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "executed_at": "2021-12-25T15:00:00.000Z",
            "payment_method": {
                "type": "bank_transfer",
                "provider_id": "mock-payments-gb-redirect",
                "scheme_id": "faster_payments_service",
            },
        },
        ("$.type", truelayer.WebhookType.payment_executed),
    ),
    # WebhookPayload.php, paymentFailed().
    "payment_failed": (
        {
            "type": "payment_failed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_stage": "authorizing",
            "failure_reason": "provider_rejected",
            "payment_method": {
                "type": "bank_transfer",
                "provider_id": "mock-payments-gb-redirect",
                "scheme_id": "faster_payments_service",
            },
            "payment_source": {
                "account_identifiers": [
                    {
                        "type": "sort_code_account_number",
                        "sort_code": "111111",
                        "account_number": "00000111",
                    },
                    {"type": "iban", "iban": "GB11CLRB01011100000111"},
                ],
                "id": "1f111d3c-9427-43be-1111-1111219d111c",
                "account_holder_name": "HOLDER NAME",
            },
            "metadata": {"key1": "value1", "key2": "value2"},
        },
        ("$.failure_reason", truelayer.FailureReason.provider_rejected),
    ),
    # mandate-webhooks, as published: without event_id or mandate_id.
    "mandate_authorized": (
        {
            "type": "mandate_authorized",
            "event_version": 1,
            "authorized_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.mandate_authorized),
    ),
    # payment-link-webhook-specifications.
    "payment_link_payment_created": (
        {
            "type": "payment_link_payment_created",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_link_id": "aKiW35RWSyF",
            "payment": {
                "id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
                "created_at": "2021-12-25T15:00:00.000Z",
            },
        },
        ("$.type", truelayer.WebhookType.payment_link_payment_created),
    ),
    # payouts-webhooks, an external account's payout_executed (its trailing comma left out).
    "payout_executed": (
        {
            "type": "payout_executed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20",
            "executed_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.payout_executed),
    ),
    # payouts-webhooks, payout_failed (its trailing comma left out).
    "payout_failed": (
        {
            "type": "payout_failed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_reason": "scheme_error",
        },
        ("$.failure_reason", truelayer.PayoutFailureReason.scheme_error),
    ),
    # WebhookPayload.php, refundFailed().
    "refund_failed": (
        {
            "type": "refund_failed",
            "event_version": 1,
            "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf",
            "refund_id": "af386a24-e5e6-4508-a4e4-82d4bc4e3677",
            "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_reason": "insufficient_funds",
        },
        ("$.failure_reason", truelayer.FailureReason.insufficient_funds),
    ),
}


def published_webhooks() -> list[tuple[dict[str, Any], str, str]]:
    """Every webhook body TrueLayer publishes that the catalog holds as an example, with the
    path and the value of the code that decides it: WEBHOOKS, and the webhooks of
    tests/support/truelayer_examples.json (its refund-webhooks and
    payout-webhook-specifications pages, WebhookPayload.php)."""
    found = [(body, path, code.value) for body, (path, code) in WEBHOOKS.values()]
    examples = json.loads((ROOT / "tests" / "support" / "truelayer_examples.json").read_text())
    for entry in examples["bodies"]:
        if entry["kind"] == "truelayer/webhook":
            body, path = entry["data"], entry["decided_by"]
            found.append((body, path, body[path.removeprefix("$.")]))
    return found
