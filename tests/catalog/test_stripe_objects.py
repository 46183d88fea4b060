"""Stripe Financial Connections' objects as its API returns them, each read as its own payload kind
and decided by its own code: the Account (its status, the status details of an inactive one, its
refreshes, its account numbers), the Session (no status of its own: the accounts it linked), the
Authorization and the Transaction. The bodies are Stripe's published ones (tests/support/
stripe_sources.py: the API reference's examples and stripe/openapi's fixtures); the statuses and
their words are typed from the API reference's object pages and stripe-node's types (stripe/
stripe-node at 66394216, src/resources/FinancialConnections/), never from the catalog. A Stripe
Event whose data.object is such an object stays a Stripe Event."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bankcodes import Category, UnknownCode, payloads, stripe
from tests.support import stripe_sources as published
from tests.support.helpers import counts

ACCOUNT = "stripe/fc-account"
SESSION = "stripe/fc-session"
AUTHORIZATION = "stripe/fc-authorization"
TRANSACTION = "stripe/fc-transaction"


def _decided(kind: str, body: object) -> tuple[str, object] | None:
    found = payloads.decisive_code(kind, body)
    return None if found is None else (found.path, found.code)


# Each object is its own kind, and no other.


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (ACCOUNT, published.ACCOUNT_RETRIEVED),
        (ACCOUNT, published.ACCOUNT_DISCONNECTED),
        (ACCOUNT, published.ACCOUNT_REFRESHED),
        (ACCOUNT, published.FIXTURE_ACCOUNT_2023),
        (ACCOUNT, published.FIXTURE_ACCOUNT_CURRENT),
        (SESSION, published.SESSION_RETRIEVED),
        (SESSION, published.FIXTURE_SESSION_2023),
        (SESSION, published.FIXTURE_SESSION_CURRENT),
        (AUTHORIZATION, published.AUTHORIZATION),
        (AUTHORIZATION, published.FIXTURE_AUTHORIZATION_CURRENT),
        (TRANSACTION, published.TRANSACTION),
        (TRANSACTION, published.FIXTURE_TRANSACTION_CURRENT),
    ],
)
def test_each_published_object_is_its_own_kind_alone(kind: str, body: dict[str, Any]) -> None:
    assert payloads.identify(body).kinds == (kind,)
    # With the provider told, the same.
    assert payloads.identify(body, "stripe").kinds == (kind,)


def test_the_object_name_alone_claims_nothing() -> None:
    # "object" is every Stripe object's field: a body with it and no field of the object's own
    # is no Financial Connections object.
    for name in (
        "financial_connections.account",
        "financial_connections.session",
        "financial_connections.authorization",
        "financial_connections.transaction",
    ):
        assert payloads.identify({"object": name}).kinds == (), name
        assert payloads.identify({"id": "x", "object": name, "status": "active"}).kinds == ()


def test_the_owner_and_the_ownership_are_no_kind() -> None:
    # They carry no status nor code (the ownership page's attributes): nothing to decide.
    assert payloads.identify(published.ACCOUNT_OWNER).kinds == ()
    assert payloads.identify(published.ACCOUNT_OWNERSHIP_LINKED).kinds == ()


def test_an_event_carrying_an_account_is_an_event() -> None:
    # Events.ts: a financial_connections.account.disconnected event carries the Account in
    # data.object; the envelope's values are made up, the Account is the disconnect example.
    event = {
        "id": "evt_made_up",
        "object": "event",
        "api_version": "2026-06-24.dahlia",
        "created": 1681412300,
        "livemode": False,
        "pending_webhooks": 1,
        "request": None,
        "type": "financial_connections.account.disconnected",
        "data": {"object": copy.deepcopy(published.ACCOUNT_DISCONNECTED)},
    }
    assert payloads.identify(event).kinds == ("stripe/event",)
    assert _decided("stripe/event", event) == (
        "$.data.object.status",
        stripe.AccountStatus.disconnected,
    )


def test_an_event_carrying_an_authorization_is_decided_by_its_status() -> None:
    # Events.ts: financial_connections.authorization.upcoming_deactivation carries the
    # Authorization in data.object ("about to become `inactive`"); Authorizations.ts:
    # status_details.active {action, expected_deactivation_date}. The values are made up.
    authorization = {
        **published.AUTHORIZATION,
        "status_details": {
            "active": {"action": "relink_required", "expected_deactivation_date": 1}
        },
    }
    event = {
        "id": "evt_made_up",
        "object": "event",
        "api_version": "2026-06-24.dahlia",
        "created": 1681412300,
        "livemode": False,
        "pending_webhooks": 1,
        "request": None,
        "type": "financial_connections.authorization.upcoming_deactivation",
        "data": {"object": authorization},
    }
    assert payloads.identify(event).kinds == ("stripe/event",)
    read = [(f.path, f.code) for f in payloads.codes("stripe/event", event)]
    assert read[:2] == [
        (
            "$.data.object.status_details.active.action",
            stripe.StatusDetailsAction("relink_required"),
        ),
        ("$.data.object.status", stripe.AuthorizationStatus("active")),
    ]


# The Account.


def test_an_account_is_decided_by_the_status_of_its_link() -> None:
    # openapi/spec3.yaml: status "The status of the link to the account."
    assert _decided(ACCOUNT, published.ACCOUNT_RETRIEVED) == (
        "$.status",
        stripe.AccountStatus.active,
    )
    assert _decided(ACCOUNT, published.FIXTURE_ACCOUNT_2023) == (
        "$.status",
        stripe.AccountStatus.active,
    )
    disconnected = payloads.decisive_code(ACCOUNT, published.ACCOUNT_DISCONNECTED)
    assert disconnected is not None and disconnected.code is stripe.AccountStatus.disconnected
    assert disconnected.code.category is Category.RECONNECT_REQUIRED
    # The current fixture: an active link whose three refreshes failed. The link decides; each
    # refresh's status is read after it (Accounts.ts: balance_refresh, ownership_refresh,
    # transaction_refresh, each with status failed | pending | succeeded).
    read = [(f.path, f.code) for f in payloads.codes(ACCOUNT, published.FIXTURE_ACCOUNT_CURRENT)]
    assert read == [
        ("$.status", stripe.AccountStatus.active),
        ("$.balance_refresh.status", stripe.RefreshStatus.failed),
        ("$.ownership_refresh.status", stripe.RefreshStatus.failed),
        ("$.transaction_refresh.status", stripe.RefreshStatus.failed),
    ]


def test_an_inactive_accounts_status_details_decide() -> None:
    # The relink guide: an inactive account's status_details.inactive has a cause and an action
    # ("Accounts that you can't repair have a status_details.inactive.action of none"). The
    # values are made up on the retrieve example.
    body = {
        **published.ACCOUNT_RETRIEVED,
        "status": "inactive",
        "status_details": {"inactive": {"action": "relink_required", "cause": "access_expired"}},
    }
    assert payloads.identify(body).kinds == (ACCOUNT,)
    assert _decided(ACCOUNT, body) == (
        "$.status_details.inactive.action",
        stripe.StatusDetailsAction("relink_required"),
    )
    codes = [f.code for f in payloads.codes(ACCOUNT, body)]
    assert stripe.StatusDetailsCause("access_expired") in codes
    assert stripe.AccountStatus.inactive in codes


def test_the_refresh_examples_pending_account_status_is_kept_unknown() -> None:
    # The refresh page's Response shows the account's "status": "pending", which the account
    # status enum does not list: it stays unknown, and the balance refresh, which Stripe types
    # as pending, decides.
    read = payloads.codes(ACCOUNT, published.ACCOUNT_REFRESHED)
    assert isinstance(read[0].code, UnknownCode) and read[0].path == "$.status"
    assert _decided(ACCOUNT, published.ACCOUNT_REFRESHED) == (
        "$.balance_refresh.status",
        stripe.RefreshStatus.pending,
    )
    with pytest.raises(payloads.PayloadError):
        payloads.validate(ACCOUNT, published.ACCOUNT_REFRESHED, strict=True)
    payloads.validate(ACCOUNT, published.ACCOUNT_REFRESHED)


def test_the_linked_account_rendering_is_an_account_the_strict_schema_refuses() -> None:
    # The PHP rendering of the refresh page names the object "linked_account"; Stripe's types
    # name it "financial_connections.account" (Accounts.ts: object: 'financial_connections.
    # account'). Its fields are an Account's, so it is read as one, but it is not one Stripe's
    # types allow.
    body = published.ACCOUNT_REFRESHED_LINKED_ACCOUNT
    assert payloads.identify(body).kinds == (ACCOUNT,)
    with pytest.raises(payloads.PayloadError):
        payloads.validate(ACCOUNT, body, strict=True)
    payloads.validate(ACCOUNT, published.ACCOUNT_RETRIEVED, strict=True)


def test_an_accounts_tokenized_numbers_statuses() -> None:
    assert {member.value for member in stripe.AccountNumberStatus} == (
        published.ACCOUNT_NUMBER_STATUSES
    )
    # Accounts.ts AccountNumber: {expected_expiry_date, identifier_type, status,
    # supported_networks}; the values are made up on the current fixture.
    number = {
        "expected_expiry_date": None,
        "identifier_type": "tokenized_account_number",
        "status": "deactivated",
        "supported_networks": ["ach"],
    }
    body = {**published.FIXTURE_ACCOUNT_CURRENT, "account_numbers": [number]}
    read = [(f.path, f.code) for f in payloads.codes(ACCOUNT, body)]
    assert read[-1] == ("$.account_numbers[0].status", stripe.AccountNumberStatus("deactivated"))
    # "Whether the account number is currently active and usable for transactions."
    assert stripe.AccountNumberStatus("deactivated").category is Category.ACCOUNT_UNAVAILABLE
    assert stripe.AccountNumberStatus("transactable").category is Category.SUCCESS
    payloads.validate(ACCOUNT, body, strict=True)


# The Session, the Authorization, the Transaction.


def test_a_session_is_decided_by_the_accounts_it_linked() -> None:
    # Sessions.ts: no status; accounts: ApiList<Account>. The published sessions linked none:
    # nothing decides.
    for body in (published.SESSION_RETRIEVED, published.FIXTURE_SESSION_2023):
        assert payloads.decisive_code(SESSION, body) is None
    linked = copy.deepcopy(published.SESSION_RETRIEVED)
    linked["accounts"]["data"] = [copy.deepcopy(published.ACCOUNT_DISCONNECTED)]
    assert payloads.identify(linked).kinds == (SESSION,)
    assert _decided(SESSION, linked) == (
        "$.accounts.data[0].status",
        stripe.AccountStatus.disconnected,
    )
    payloads.validate(SESSION, linked, strict=True)


def test_the_authorization_statuses_in_stripes_words() -> None:
    words = {**published.AUTHORIZATION_STATUSES, **published.AUTHORIZATION_PREVIEW_STATUSES}
    assert {member.value for member in stripe.AuthorizationStatus} == set(words)
    for value, text in words.items():
        member = stripe.AuthorizationStatus(value)
        assert (member.description, member.info.editorial) == (text, False), value
    assert stripe.AuthorizationStatus("active").category is Category.SUCCESS
    assert stripe.AuthorizationStatus("inactive").category is Category.RECONNECT_REQUIRED
    # disconnected is in the preview rendering only.
    preview = stripe.AuthorizationStatus("disconnected").info.scope
    assert preview is not None and preview.doc_versions == ("2026-01-28.preview",)
    assert _decided(AUTHORIZATION, published.AUTHORIZATION) == (
        "$.status",
        stripe.AuthorizationStatus("active"),
    )
    # The page: status_details.inactive.action "The action (if any) to relink the inactive
    # Authorization" (none, relink_required) decides before the status. Made-up values.
    inactive = {
        **published.AUTHORIZATION,
        "status": "inactive",
        "status_details": {"inactive": {"action": "none"}},
    }
    found = payloads.decisive_code(AUTHORIZATION, inactive)
    assert found is not None and found.path == "$.status_details.inactive.action"
    assert found.code.category is Category.ACCOUNT_UNAVAILABLE


def test_the_transaction_statuses_in_stripes_words() -> None:
    assert {member.value for member in stripe.TransactionStatus} == set(
        published.TRANSACTION_STATUSES
    )
    for value, text in published.TRANSACTION_STATUSES.items():
        member = stripe.TransactionStatus(value)
        assert (member.description, member.info.editorial) == (text, False), value
    # "is processing and does not yet affect the account's balance": under way.
    assert stripe.TransactionStatus("pending").category is Category.PENDING
    assert stripe.TransactionStatus("posted").category is Category.SUCCESS
    for body in (published.TRANSACTION, published.FIXTURE_TRANSACTION_CURRENT):
        assert _decided(TRANSACTION, body) == ("$.status", stripe.TransactionStatus("posted"))


def test_drift_counts_the_node_library_s_status_unions_whole() -> None:
    """Authorizations.ts at 66394216: `export type Status = 'active' | 'inactive' |
    OtherString;` (disconnected is the preview API's, from its own page); Transactions.ts:
    `export type Status = 'pending' | 'posted' | 'void' | OtherString;`."""
    assert counts("stripe-node-fc-authorizations") == {"stripe.authorization_status": (2, 2)}
    assert counts("stripe-node-fc-transactions") == {"stripe.transaction_status": (3, 3)}
    assert {member.value for member in stripe.TransactionStatus} == {"pending", "posted", "void"}
