"""Stripe Financial Connections' objects as Stripe publishes them, typed from their sources: the
API reference's example responses (docs.stripe.com/api/financial_connections/…, each page named
beside its body, the JSON as the page shows it) and the fixtures of Stripe's OpenAPI repository
(stripe/openapi openapi/fixtures3.json at 63a67463, the commit of the catalog's OpenAPI
description, and at f0758b15, its last change, which adds the transaction and the
authorization). Several test modules read them; none is copied from the catalog."""

from __future__ import annotations

import json
from typing import Any

OPENAPI = "https://github.com/stripe/openapi/blob/"
#: The two commits of stripe/openapi whose openapi/fixtures3.json the bodies below come from.
FIXTURES_2023 = "63a674638635c68de26b9f3add13e58198f4df44"
FIXTURES_CURRENT = "f0758b15a2cf53779d699452f4ab07d11076af0f"


def _body(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    return data


#: docs.stripe.com/api/financial_connections/accounts/retrieve: the Response.
ACCOUNT_RETRIEVED = _body(
    '{ "id": "fca_1MwVK82eZvKYlo2Cjw8FMxXf", "object": "financial_connections.account", '
    '"account_holder": { "customer": "cus_9s6XI9OFIdpjIg", "type": "customer" }, "balance": null, '
    '"balance_refresh": null, "category": "cash", "created": 1681412208, "display_name": '
    '"Sample Checking Account", "institution_name": "StripeBank", "last4": "6789", "livemode": '
    'false, "ownership": null, "ownership_refresh": null, "permissions": [], "status": "active", '
    '"subcategory": "checking", "subscriptions": [], "supported_payment_method_types": [ '
    '"us_bank_account" ], "transaction_refresh": null}'
)

#: docs.stripe.com/api/financial_connections/accounts/disconnect: the response.
ACCOUNT_DISCONNECTED = _body(
    '{ "id": "fca_1MwVK82eZvKYlo2Cjw8FMxXf", "object": "financial_connections.account", '
    '"account_holder": { "customer": "cus_9s6XI9OFIdpjIg", "type": "customer" }, "balance": null, '
    '"balance_refresh": null, "category": "cash", "created": 1681412208, "display_name": '
    '"Sample Checking Account", "institution_name": "StripeBank", "last4": "6789", "livemode": '
    'false, "ownership": null, "ownership_refresh": null, "permissions": [], "status": '
    '"disconnected", "subcategory": "checking", "subscriptions": [], '
    '"supported_payment_method_types": [ "us_bank_account" ], "transaction_refresh": null}'
)

#: docs.stripe.com/api/financial_connections/accounts/refresh: the Response, whose account
#: "status" is "pending" (no value of the account status enum) and whose balance_refresh has
#: no next_refresh_available_at.
ACCOUNT_REFRESHED = _body(
    '{ "id": "fca_1MwVK82eZvKYlo2Cjw8FMxXf", "object": "financial_connections.account", '
    '"account_holder": { "customer": "cus_9s6XI9OFIdpjIg", "type": "customer" }, "balance": null, '
    '"balance_refresh": { "status": "pending", "last_attempted_at": 1681422295 }, "category": '
    '"cash", "created": 1681412208, "display_name": "Sample Checking Account", "institution_name": '
    '"StripeBank", "last4": "6789", "livemode": false, "ownership": null, "ownership_refresh": '
    'null, "permissions": [], "status": "pending", "subcategory": "checking", "subscriptions": [], '
    '"supported_payment_method_types": [ "us_bank_account" ], "transaction_refresh": null}'
)

#: The same page rendered for PHP (…/accounts/refresh?javascript=false&lang=php): the same body
#: with "object": "linked_account".
ACCOUNT_REFRESHED_LINKED_ACCOUNT = {**ACCOUNT_REFRESHED, "object": "linked_account"}

#: openapi/fixtures3.json at 63a67463, resources["financial_connections.account"].
FIXTURE_ACCOUNT_2023 = _body(
    """{"account_holder": {"customer": "cus_Oaxlz8kB0PJWGa", "type": "customer"},
    "balance": null, "balance_refresh": null, "category": "cash", "created": 1234567890,
    "display_name": "Sample Checking Account", "id": "fca_1NnmXJGPxmnHQRkJEDrAh9xl",
    "institution_name": "StripeBank", "last4": "6789", "livemode": false,
    "object": "financial_connections.account", "ownership": null, "ownership_refresh": null,
    "permissions": [], "status": "active", "subcategory": "checking",
    "supported_payment_method_types": ["us_bank_account"]}"""
)

#: openapi/fixtures3.json at f0758b15, resources["financial_connections.account"]: every refresh
#: "failed", account_numbers null, a balance whose currency key is "undefined" (generated data).
FIXTURE_ACCOUNT_CURRENT = _body(
    """{"account_holder": {"customer": "cus_QXg1o8vcGmoR32", "type": "customer"},
    "balance": {"as_of": 93102340, "current": {"undefined": 1126940025}, "type": "cash"},
    "balance_refresh": {"last_attempted_at": 1981828143, "next_refresh_available_at": null,
    "status": "failed"}, "category": "cash", "created": 1234567890,
    "display_name": "Sample Checking Account", "id": "fca_1Pgc76B7WZ01zgkWqlYVCIub",
    "institution_name": "StripeBank", "last4": "6789", "livemode": false,
    "object": "financial_connections.account", "ownership": null,
    "ownership_refresh": {"last_attempted_at": 1981828143, "next_refresh_available_at": null,
    "status": "failed"}, "permissions": [], "status": "active", "subcategory": "checking",
    "subscriptions": [], "supported_payment_method_types": ["us_bank_account"],
    "transaction_refresh": {"id": "obj_123", "last_attempted_at": 1981828143,
    "next_refresh_available_at": null, "status": "failed"}, "account_numbers": null}"""
)

#: docs.stripe.com/api/financial_connections/sessions/retrieve: the Response (no account linked).
SESSION_RETRIEVED = _body(
    '{ "id": "fcsess_1MwtnGLkdIwHu7ixs7NPQ7dq", "object": "financial_connections.session", '
    '"account_holder": { "customer": "cus_NiKSWdaFz2F6I0", "type": "customer" }, "accounts": { '
    '"object": "list", "data": [], "has_more": false, "total_count": 0, "url": '
    '"/v1/financial_connections/accounts" }, "client_secret": '
    '"fcsess_client_secret_KRJTKvCY3IKoYTrW18EazcO3", "filters": { "countries": [ "US" ] }, '
    '"livemode": false, "permissions": [ "balances", "payment_method" ]}'
)

#: openapi/fixtures3.json at 63a67463, resources["financial_connections.session"].
FIXTURE_SESSION_2023 = _body(
    """{"account_holder": {"customer": "cus_Oaxlz8kB0PJWGa", "type": "customer"},
    "accounts": {"data": [], "has_more": false, "object": "list",
    "url": "/v1/financial_connections/accounts"}, "client_secret": "fcsess_..._secret_...",
    "id": "fcsess_1NnmXJGPxmnHQRkJ1s9WKdrs", "livemode": false,
    "object": "financial_connections.session", "permissions": ["balances", "payment_method"],
    "prefetch": []}"""
)

#: openapi/fixtures3.json at f0758b15, resources["financial_connections.session"].
FIXTURE_SESSION_CURRENT = _body(
    """{"account_holder": {"customer": "cus_QXg1o8vcGmoR32", "type": "customer"},
    "accounts": {"data": [], "has_more": false, "object": "list",
    "url": "/v1/financial_connections/accounts"}, "client_secret": "fcsess_..._secret_...",
    "id": "fcsess_1Pgc76B7WZ01zgkWnYmFk7mZ", "livemode": false,
    "object": "financial_connections.session", "permissions": ["balances", "payment_method"],
    "prefetch": []}"""
)

#: docs.stripe.com/api/financial_connections/authorizations/object: the example.
AUTHORIZATION = _body(
    '{ "id": "fcauth_1NSlnc2eZvKYlo2CoamIONix", "object": "financial_connections.authorization", '
    '"institution_name": "StripeBank", "livemode": false, "status": "active", "status_details": '
    "{}}"
)

#: openapi/fixtures3.json at f0758b15, resources["financial_connections.authorization"].
FIXTURE_AUTHORIZATION_CURRENT = _body(
    """{"object": "financial_connections.authorization", "id": "obj_123",
    "institution_name": "institution_name", "livemode": true, "status": "active",
    "status_details": {}}"""
)

#: docs.stripe.com/api/financial_connections/transactions/object: the example.
TRANSACTION = _body(
    '{ "id": "fctxn_1MwVKd2eZvKYlo2ChNw2UxSa", "object": "financial_connections.transaction", '
    '"account": "fca_1MwVKd2eZvKYlo2CnlgoF3I4", "amount": 300, "currency": "usd", "description": '
    '"Rocket Rides", "livemode": false, "status": "posted", "status_transitions": { "posted_at": '
    '1681412239, "void_at": null }, "transacted_at": 1681412239, "transaction_refresh": '
    '"fctxnref_NhvAgiKSFDg9jOe6eIlj41X5", "updated": 1681412239}'
)

#: openapi/fixtures3.json at f0758b15, resources["financial_connections.transaction"].
FIXTURE_TRANSACTION_CURRENT = _body(
    """{"account": "fca_1Pgc76B7WZ01zgkWc69S5C3k", "amount": 300, "currency": "usd",
    "description": "Rocket Rides", "id": "fctxn_1Pgc76B7WZ01zgkW30ATGSKp", "livemode": false,
    "object": "financial_connections.transaction", "status": "posted",
    "status_transitions": {"posted_at": 1721954068, "void_at": null},
    "transacted_at": 1234567890, "transaction_refresh": "fctxnref_QXhWc2Trdr6epyWGrcV9Qajf",
    "updated": 1234567890}"""
)

#: docs.stripe.com/api/financial_connections/ownership: the Account Owner example, and the
#: Account Ownership example as the page renders it ("object": "linked_account_ownership").
ACCOUNT_OWNER = _body(
    '{ "id": "fcaown_1NtI9uBHO5VeT9SUKLJU5suZ", "object": "financial_connections.account_owner", '
    '"email": "nobody+janesmith@stripe.com", "name": "Jane Smith", "ownership": '
    '"fcaowns_1NtI9uBHO5VeT9SUSRe21lqt", "phone": "+1 555-555-5555", "raw_address": '
    '"123 Main Street, Everytown USA", "refreshed_at": null}'
)
ACCOUNT_OWNERSHIP_LINKED = _body(
    '{ "id": "fcaowns_1MwVKR2eZvKYlo2CGV7Mmt6s", "object": "linked_account_ownership", '
    '"created": 1681412227, "owners": { "object": "list", "data": [], "has_more": false, "url": '
    '"/v1/linked_accounts/fca_1MwVKR2eZvKYlo2CoMV2L3PV/owners?ownership='
    'fcaowns_1MwVKR2eZvKYlo2CGV7Mmt6s" }}'
)

#: The Account statuses (openapi/spec3.yaml at 63a67463: "active, disconnected, inactive"), the
#: Authorization statuses (the authorizations object page: active, inactive; its rendering for
#: API version 2026-01-28.preview adds disconnected) and the Transaction statuses (the
#: transactions object page, stripe-node Transactions.ts: pending, posted, void), with the
#: pages' words for each.
AUTHORIZATION_STATUSES = {
    "active": "Stripe is able to retrieve data from the Authorization without issues.",
    "inactive": "Stripe cannot retrieve data from the Authorization.",
}
AUTHORIZATION_PREVIEW_STATUSES = {
    "disconnected": "The Authorization is permanently disconnected and cannot be used to "
    "retrieve data.",
}
TRANSACTION_STATUSES = {
    "pending": "This transaction is processing and does not yet affect the account\u2019s balance.",
    "posted": "This transaction has processed and affects the account\u2019s balance.",
    "void": "This transaction has disappeared and no longer affects the account\u2019s balance.",
}
#: stripe-node src/resources/FinancialConnections/Accounts.ts at 66394216:
#: `export type Status = 'deactivated' | 'transactable' | OtherString;` (AccountNumber), the
#: field's comment "Whether the account number is currently active and usable for transactions."
ACCOUNT_NUMBER_STATUSES = {"deactivated", "transactable"}
