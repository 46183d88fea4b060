# generated from spec/catalog.json — do not edit (run `make generate`)
"""Plaid (https://plaid.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._lazy import LazyNames

_NAMES = LazyNames.of_data(
    __name__,
    "bankcodes._data_plaid",
    (
        "CODE_SETS",
        "AchReturnCode",
        "AssetsWebhookCode",
        "AuthWebhookCode",
        "BankIncomeWarningCode",
        "BankTransfersWebhookCode",
        "BaseReportWebhookCode",
        "BeaconWebhookCode",
        "CashFlowUpdatesWebhookCode",
        "CheckReportWebhookCode",
        "CraIncomeWebhookCode",
        "CraInsightsWebhookCode",
        "DashboardConfiguredAlertWebhookCode",
        "EntityScreeningWebhookCode",
        "ErrorCode",
        "ErrorType",
        "HoldingsWebhookCode",
        "IdentityVerificationWebhookCode",
        "IdentityWebhookCode",
        "IncomeWebhookCode",
        "InvestmentsTransactionsWebhookCode",
        "IssuesWebhookCode",
        "ItemWebhookCode",
        "LayerWebhookCode",
        "LiabilitiesWebhookCode",
        "LinkDeliveryWebhookCode",
        "LinkEventName",
        "LinkExitStatus",
        "LinkWebhookCode",
        "PartnerWebhookCode",
        "PaymentConsentStatus",
        "PaymentInitiationWebhookCode",
        "PaymentStatus",
        "PendingDisconnectReason",
        "ProcessorTokenWebhookCode",
        "ProtectWebhookCode",
        "RtpFailureCode",
        "ScreeningWebhookCode",
        "StatementsWebhookCode",
        "TransactionsWebhookCode",
        "TransferStatus",
        "TransferWebhookCode",
        "WalletTransactionFailureReason",
        "WalletTransactionStatus",
        "WalletWebhookCode",
        "WebhookType",
    ),
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
