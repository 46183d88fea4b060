# generated from spec/catalog.json — do not edit (run `make generate`)
"""The code field types of the payload models: the bankcodes enums, open (OrUnknown: any other
string is kept as an UnknownCode) or closed (known values only)."""

from __future__ import annotations

from typing import Annotated

from bankcodes import plaid as _plaid
from bankcodes._base import UnknownCode
from bankcodes._pydantic import OpenCode

ErrorTypeOrUnknown = Annotated[
    _plaid.ErrorType | UnknownCode, OpenCode(_plaid.ErrorType, max_length=8192)
]

ErrorCodeOrUnknown = Annotated[
    _plaid.ErrorCode | UnknownCode, OpenCode(_plaid.ErrorCode, max_length=8192)
]

WebhookTypeOrUnknown = Annotated[
    _plaid.WebhookType | UnknownCode, OpenCode(_plaid.WebhookType, max_length=8192)
]

ScreeningWebhookCodeOrUnknown = Annotated[
    _plaid.ScreeningWebhookCode | UnknownCode,
    OpenCode(_plaid.ScreeningWebhookCode, max_length=8192),
]

EntityScreeningWebhookCodeOrUnknown = Annotated[
    _plaid.EntityScreeningWebhookCode | UnknownCode,
    OpenCode(_plaid.EntityScreeningWebhookCode, max_length=8192),
]

BeaconWebhookCodeOrUnknown = Annotated[
    _plaid.BeaconWebhookCode | UnknownCode, OpenCode(_plaid.BeaconWebhookCode, max_length=8192)
]

IdentityVerificationWebhookCodeOrUnknown = Annotated[
    _plaid.IdentityVerificationWebhookCode | UnknownCode,
    OpenCode(_plaid.IdentityVerificationWebhookCode, max_length=8192),
]

TransactionsWebhookCodeOrUnknown = Annotated[
    _plaid.TransactionsWebhookCode | UnknownCode,
    OpenCode(_plaid.TransactionsWebhookCode, max_length=8192),
]

IdentityWebhookCodeOrUnknown = Annotated[
    _plaid.IdentityWebhookCode | UnknownCode, OpenCode(_plaid.IdentityWebhookCode, max_length=8192)
]

ProcessorTokenWebhookCodeOrUnknown = Annotated[
    _plaid.ProcessorTokenWebhookCode | UnknownCode,
    OpenCode(_plaid.ProcessorTokenWebhookCode, max_length=8192),
]

IssuesWebhookCodeOrUnknown = Annotated[
    _plaid.IssuesWebhookCode | UnknownCode, OpenCode(_plaid.IssuesWebhookCode, max_length=8192)
]

AuthWebhookCodeOrUnknown = Annotated[
    _plaid.AuthWebhookCode | UnknownCode, OpenCode(_plaid.AuthWebhookCode, max_length=8192)
]

ItemWebhookCodeOrUnknown = Annotated[
    _plaid.ItemWebhookCode | UnknownCode, OpenCode(_plaid.ItemWebhookCode, max_length=8192)
]

IncomeWebhookCodeOrUnknown = Annotated[
    _plaid.IncomeWebhookCode | UnknownCode, OpenCode(_plaid.IncomeWebhookCode, max_length=8192)
]

BankTransfersWebhookCodeOrUnknown = Annotated[
    _plaid.BankTransfersWebhookCode | UnknownCode,
    OpenCode(_plaid.BankTransfersWebhookCode, max_length=8192),
]

TransferWebhookCodeOrUnknown = Annotated[
    _plaid.TransferWebhookCode | UnknownCode, OpenCode(_plaid.TransferWebhookCode, max_length=8192)
]

LayerWebhookCodeOrUnknown = Annotated[
    _plaid.LayerWebhookCode | UnknownCode, OpenCode(_plaid.LayerWebhookCode, max_length=8192)
]

ProtectWebhookCodeOrUnknown = Annotated[
    _plaid.ProtectWebhookCode | UnknownCode, OpenCode(_plaid.ProtectWebhookCode, max_length=8192)
]

InvestmentsTransactionsWebhookCodeOrUnknown = Annotated[
    _plaid.InvestmentsTransactionsWebhookCode | UnknownCode,
    OpenCode(_plaid.InvestmentsTransactionsWebhookCode, max_length=8192),
]

HoldingsWebhookCodeOrUnknown = Annotated[
    _plaid.HoldingsWebhookCode | UnknownCode, OpenCode(_plaid.HoldingsWebhookCode, max_length=8192)
]

PartnerWebhookCodeOrUnknown = Annotated[
    _plaid.PartnerWebhookCode | UnknownCode, OpenCode(_plaid.PartnerWebhookCode, max_length=8192)
]

LiabilitiesWebhookCodeOrUnknown = Annotated[
    _plaid.LiabilitiesWebhookCode | UnknownCode,
    OpenCode(_plaid.LiabilitiesWebhookCode, max_length=8192),
]

PaymentInitiationWebhookCodeOrUnknown = Annotated[
    _plaid.PaymentInitiationWebhookCode | UnknownCode,
    OpenCode(_plaid.PaymentInitiationWebhookCode, max_length=8192),
]

WalletWebhookCodeOrUnknown = Annotated[
    _plaid.WalletWebhookCode | UnknownCode, OpenCode(_plaid.WalletWebhookCode, max_length=8192)
]

LinkDeliveryWebhookCodeOrUnknown = Annotated[
    _plaid.LinkDeliveryWebhookCode | UnknownCode,
    OpenCode(_plaid.LinkDeliveryWebhookCode, max_length=8192),
]

StatementsWebhookCodeOrUnknown = Annotated[
    _plaid.StatementsWebhookCode | UnknownCode,
    OpenCode(_plaid.StatementsWebhookCode, max_length=8192),
]

CashFlowUpdatesWebhookCodeOrUnknown = Annotated[
    _plaid.CashFlowUpdatesWebhookCode | UnknownCode,
    OpenCode(_plaid.CashFlowUpdatesWebhookCode, max_length=8192),
]

BaseReportWebhookCodeOrUnknown = Annotated[
    _plaid.BaseReportWebhookCode | UnknownCode,
    OpenCode(_plaid.BaseReportWebhookCode, max_length=8192),
]

CraIncomeWebhookCodeOrUnknown = Annotated[
    _plaid.CraIncomeWebhookCode | UnknownCode,
    OpenCode(_plaid.CraIncomeWebhookCode, max_length=8192),
]

CheckReportWebhookCodeOrUnknown = Annotated[
    _plaid.CheckReportWebhookCode | UnknownCode,
    OpenCode(_plaid.CheckReportWebhookCode, max_length=8192),
]

CraInsightsWebhookCodeOrUnknown = Annotated[
    _plaid.CraInsightsWebhookCode | UnknownCode,
    OpenCode(_plaid.CraInsightsWebhookCode, max_length=8192),
]

LinkWebhookCodeOrUnknown = Annotated[
    _plaid.LinkWebhookCode | UnknownCode, OpenCode(_plaid.LinkWebhookCode, max_length=8192)
]

DashboardConfiguredAlertWebhookCodeOrUnknown = Annotated[
    _plaid.DashboardConfiguredAlertWebhookCode | UnknownCode,
    OpenCode(_plaid.DashboardConfiguredAlertWebhookCode, max_length=8192),
]

AssetsWebhookCodeOrUnknown = Annotated[
    _plaid.AssetsWebhookCode | UnknownCode, OpenCode(_plaid.AssetsWebhookCode, max_length=8192)
]

LinkExitStatusOrUnknown = Annotated[
    _plaid.LinkExitStatus | UnknownCode, OpenCode(_plaid.LinkExitStatus, max_length=8192)
]
