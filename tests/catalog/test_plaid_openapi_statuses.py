"""Plaid's payment, consent, virtual account, transfer and pending-disconnect code sets, typed
from the enums of plaid/plaid-openapi@26f1a05 2020-09-14.yml (PaymentInitiationPaymentStatus,
PaymentInitiationConsentStatus, WalletTransactionStatus, WalletTransactionFailureReason,
PendingDisconnectWebhookReason, TransferStatus), each description the enum's own."""

from __future__ import annotations

import pytest

from bankcodes import Category, plaid
from tests.support.helpers import counts

#: Each enum's values in its order.
ENUMS = {
    "payment_initiation_payment_status": (
        plaid.PaymentStatus,
        [
            *("PAYMENT_STATUS_INPUT_NEEDED", "PAYMENT_STATUS_PROCESSING"),
            *("PAYMENT_STATUS_INITIATED", "PAYMENT_STATUS_COMPLETED"),
            *("PAYMENT_STATUS_INSUFFICIENT_FUNDS", "PAYMENT_STATUS_FAILED"),
            *("PAYMENT_STATUS_BLOCKED", "PAYMENT_STATUS_UNKNOWN", "PAYMENT_STATUS_EXECUTED"),
            *("PAYMENT_STATUS_SETTLED", "PAYMENT_STATUS_AUTHORISING", "PAYMENT_STATUS_CANCELLED"),
            *("PAYMENT_STATUS_ESTABLISHED", "PAYMENT_STATUS_REJECTED"),
        ],
    ),
    "payment_initiation_consent_status": (
        plaid.PaymentConsentStatus,
        ["UNAUTHORISED", "AUTHORISED", "REVOKED", "REJECTED", "EXPIRED"],
    ),
    "wallet_transaction_status": (
        plaid.WalletTransactionStatus,
        ["AUTHORISING", "INITIATED", "EXECUTED", "SETTLED", "BLOCKED", "FAILED"],
    ),
    "wallet_transaction_failure_reason": (
        plaid.WalletTransactionFailureReason,
        [
            *("EXTERNAL_SYSTEM", "EXPIRED", "CANCELLED", "INVALID", "ACCOUNT_INVALID"),
            *("AUTHENTICATION_FAILED", "UNKNOWN"),
        ],
    ),
    "pending_disconnect_reason": (
        plaid.PendingDisconnectReason,
        ["INSTITUTION_MIGRATION", "INSTITUTION_TOKEN_EXPIRATION"],
    ),
    "transfer_status": (
        plaid.TransferStatus,
        ["pending", "posted", "settled", "funds_available", "cancelled", "failed", "returned"],
    ),
}


@pytest.mark.parametrize("name", list(ENUMS))
def test_each_enum_in_its_order_and_counted_whole_by_drift(name: str) -> None:
    enum, values = ENUMS[name]
    assert [m.value for m in enum] == values
    assert counts("plaid-openapi")[f"plaid.{name}"] == (len(values), len(values))


def test_descriptions_are_the_enums_own_words_without_their_markup() -> None:
    assert plaid.PaymentStatus("PAYMENT_STATUS_REJECTED").info.description == (
        "Terminal. The payment was rejected by the financial institution. "
        "No automatic retry is possible."
    )
    assert plaid.PaymentConsentStatus("REVOKED").info.description == (
        "Consent has been revoked and can no longer be used."
    )
    assert plaid.WalletTransactionFailureReason("ACCOUNT_INVALID").info.description == (
        "The transaction could not be processed because the wallet account is invalid or inactive."
    )
    assert plaid.PendingDisconnectReason("INSTITUTION_TOKEN_EXPIRATION").info.description == (
        "The consent on an Item associated with a US or CA institution is about to expire."
    )
    assert plaid.TransferStatus("returned").info.description == (
        "A posted transfer was returned. This is the terminal state of a returned transfer."
    )


def test_the_three_statuses_plaid_will_remove_are_deprecated() -> None:
    deprecated = [
        m.value
        for m in plaid.PaymentStatus
        if m.info.lifecycle is not None and m.info.lifecycle.state == "deprecated"
    ]
    assert deprecated == [
        "PAYMENT_STATUS_PROCESSING",
        "PAYMENT_STATUS_COMPLETED",
        "PAYMENT_STATUS_UNKNOWN",
    ]


def test_an_initiated_payment_is_a_success_and_a_revoked_consent_asks_to_reconnect() -> None:
    assert plaid.PaymentStatus("PAYMENT_STATUS_INITIATED").info.category is Category.SUCCESS
    assert plaid.PaymentStatus("PAYMENT_STATUS_CANCELLED").info.category is Category.CANCELLED
    assert plaid.PaymentConsentStatus("REVOKED").info.category is Category.RECONNECT_REQUIRED
    assert plaid.TransferStatus("funds_available").info.category is Category.SUCCESS
