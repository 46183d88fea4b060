"""Payload cases of Lean's kinds: its webhooks, the LinkSDK callback and the Data API response,
written from Lean's published facts."""

from __future__ import annotations

from tests.support.payload_case import (
    DELETE,
    Case,
    edit,
    hostile_cases,
    nested,
)

LEAN_PAYMENT = {
    "type": "payment.updated",
    "payload": {
        "id": "f672849b-b4f1-46b1-99cd-80e0bd24c6c0",
        "customer_id": "CUSTOMER_ID_RELATED_TO_PAYMENT",
        "intent_id": "INTENT_ID_RELATED_TO_PAYMENT",
        "status": "ACCEPTED_BY_BANK",
        "amount": 12,
        "currency": "AED",
        "bank_transaction_reference": "528b2b3c-128a-4b51-b50e-31cfc6d7e01b",
    },
    "message": "A payment object has been updated.",
    "timestamp": "2025-12-17T13:59:47.8939225Z",
    "event_id": "7d1e3de6-fb8b-4480-8652-903c75b8b8c8",
}


LEAN_ENTITY = {
    "type": "entity.created",
    "payload": {
        "id": "3f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        "customer_id": "6bc2336a-6d74-4e59-a492-65313423a8f",
        "app_user_id": "user-42",
        "permissions": ["identity", "accounts", "balance", "transactions"],
        "bank_details": {
            "identifier": "DIB_UAE",
            "name": "Dubai Islamic Bank",
            "logo": "https://cdn.example/dib.png",
            "main_color": "#00A99D",
            "background_color": "#FFFFFF",
            "swift_code": None,
            "account_type": "PERSONAL",
            "bank_type": "RETAIL",
        },
    },
    "message": "An entity object has been created.",
}


LEAN_WEBHOOK = [
    Case("lean/webhook", "payment.updated, 7 fractional digits", LEAN_PAYMENT, True, True),
    Case("lean/webhook", "entity.created, 35-character customer id", LEAN_ENTITY, True, True),
    Case(
        "lean/webhook",
        "timestamp without a zone",
        edit(LEAN_PAYMENT, ("timestamp",), "2025-12-17T13:59:47.893922"),
        True,
        True,
    ),
    Case(
        "lean/webhook",
        "bank.availability.updated",
        {
            "type": "bank.availability.updated",
            "payload": {
                "identifier": "RJHI_SAU",
                "availability": {
                    "active": {"payments": True, "data": True},
                    "enabled": {"payments": False, "data": True},
                },
            },
            "message": "Bank availability updated.",
        },
        True,
        True,
    ),
    Case(
        "lean/webhook",
        "unknown event type",
        {"type": "entity.deleted", "payload": {"id": "x"}, "message": "gone"},
        True,
        False,
    ),
    Case(
        "lean/webhook",
        "unknown payment status",
        edit(LEAN_PAYMENT, ("payload", "status"), "SETTLED"),
        True,
        False,
    ),
    Case(
        "lean/webhook",
        "unknown envelope field",
        edit(LEAN_PAYMENT, ("attempt",), 2),
        True,
        False,
    ),
    Case(
        "lean/webhook",
        "camelCase permission (a documented alias)",
        edit(LEAN_ENTITY, ("payload", "permissions"), ["scheduledPayments"]),
        True,
        True,
    ),
    Case("lean/webhook", "missing type", edit(LEAN_PAYMENT, ("type",), DELETE), False, False),
    Case("lean/webhook", "missing payload", edit(LEAN_PAYMENT, ("payload",), DELETE), False, False),
    Case("lean/webhook", "missing message", edit(LEAN_PAYMENT, ("message",), DELETE), False, False),
    Case("lean/webhook", "type is a number", edit(LEAN_PAYMENT, ("type",), 7), False, False),
    Case("lean/webhook", "payload is null", edit(LEAN_PAYMENT, ("payload",), None), False, False),
    Case(
        "lean/webhook",
        "payment without id",
        edit(LEAN_PAYMENT, ("payload", "id"), DELETE),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "amount as a string",
        edit(LEAN_PAYMENT, ("payload", "amount"), "12.00"),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "timestamp is not a date",
        edit(LEAN_PAYMENT, ("timestamp",), "yesterday"),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "wrong discriminator: entity payload under payment.updated",
        edit(LEAN_ENTITY, ("type",), "payment.updated"),
        False,
        False,
    ),
    *hostile_cases("lean/webhook", LEAN_PAYMENT, ("message",)),
]


LEAN_CALLBACK_ERROR = {"status": "ERROR", "secondary_status": "INVALID_MFA", "exit_point": "MFA"}


LEAN_CALLBACK = [
    Case("lean/callback", "empty partial callback", {}, True, True),
    Case("lean/callback", "error callback", LEAN_CALLBACK_ERROR, True, True),
    Case(
        "lean/callback",
        "redirect with open banking URL",
        {"status": "REDIRECT", "open_banking_redirect_url": "https://bank.example/authorize?x=1"},
        True,
        True,
    ),
    Case(
        "lean/callback",
        "unknown secondary status",
        edit(LEAN_CALLBACK_ERROR, ("secondary_status",), "NEW_STATUS"),
        True,
        False,
    ),
    Case(
        "lean/callback",
        "unknown field",
        edit(LEAN_CALLBACK_ERROR, ("sdk_version",), "3.0.17"),
        True,
        False,
    ),
    Case(
        "lean/callback",
        "status is a number",
        edit(LEAN_CALLBACK_ERROR, ("status",), 1),
        False,
        False,
    ),
    Case(
        "lean/callback",
        "is_supported as a string",
        {"bank": {"bank_identifier": "DIB_UAE", "is_supported": "true"}},
        False,
        False,
    ),
    Case("lean/callback", "bank is a list", {"bank": []}, False, False),
    *hostile_cases("lean/callback", LEAN_CALLBACK_ERROR, ("exit_point",)),
]


LEAN_DATA = {
    "status": "FAILED",
    "granular_status_code": "BANK_ISSUE",
    "status_additional_info": "x",
}


LEAN_DATA_API = [
    Case(
        "lean/data-api-response",
        "OK with data",
        {"status": "OK", "payload": {"accounts": [{"id": "a"}]}},
        True,
        True,
    ),
    Case(
        "lean/data-api-response",
        "CONSENT_EXPIRED",
        {"status": "CONSENT_EXPIRED", "message": None},
        True,
        True,
    ),
    Case(
        "lean/data-api-response",
        "unknown granular code",
        edit(LEAN_DATA, ("granular_status_code",), "BANK_EXPLODED"),
        True,
        False,
    ),
    Case("lean/data-api-response", "unknown status", {"status": "THROTTLED"}, True, False),
    Case("lean/data-api-response", "missing status", {"results_id": "r"}, False, False),
    Case("lean/data-api-response", "status null", {"status": None}, False, False),
    Case(
        "lean/data-api-response",
        "data nested too deep",
        {"status": "OK", "payload": nested(20)},
        False,
        False,
    ),
    *hostile_cases("lean/data-api-response", LEAN_DATA, ("status_additional_info",)),
]
