# generated from spec/catalog.json — do not edit (run `make generate`)
"""bankcodes.receive, typed per provider: the event's payload is the provider's webhook model
and its type a member of the provider's event-type code set. The behaviour is in
bankcodes._receive."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from bankcodes._receive import WebhookEvent
    from bankcodes.akahu import WebhookType as _akahu_events
    from bankcodes.argyle import WebhookEvent as _argyle_events
    from bankcodes.basiq import WebhookEventType as _basiq_events
    from bankcodes.belvo import WebhookType as _belvo_events
    from bankcodes.bridge import WebhookType as _bridge_events
    from bankcodes.fintoc import WebhookType as _fintoc_events
    from bankcodes.finverse import EventType as _finverse_events
    from bankcodes.flinks import WebhookResponseType as _flinks_events
    from bankcodes.lean import WebhookEventType as _lean_events
    from bankcodes.mastercard import WebhookEventType as _mastercard_events
    from bankcodes.mono import WebhookEvent as _mono_events
    from bankcodes.mx import WebhookType as _mx_events
    from bankcodes.plaid import WebhookType as _plaid_events
    from bankcodes.pluggy import WebhookEvent as _pluggy_events
    from bankcodes.signatures import Body, Headers, Keys, Secrets
    from bankcodes.stripe import EventType as _stripe_events
    from bankcodes.tink import WebhookEvent as _tink_events
    from bankcodes.truelayer import WebhookType as _truelayer_events
    from bankcodes.webhooks.akahu import webhook as _akahu_webhook
    from bankcodes.webhooks.akahu import webhook_strict as _akahu_webhook_strict
    from bankcodes.webhooks.argyle import webhook as _argyle_webhook
    from bankcodes.webhooks.argyle import webhook_strict as _argyle_webhook_strict
    from bankcodes.webhooks.basiq import webhook as _basiq_webhook
    from bankcodes.webhooks.basiq import webhook_strict as _basiq_webhook_strict
    from bankcodes.webhooks.belvo import webhook as _belvo_webhook
    from bankcodes.webhooks.belvo import webhook_strict as _belvo_webhook_strict
    from bankcodes.webhooks.bridge import webhook as _bridge_webhook
    from bankcodes.webhooks.bridge import webhook_strict as _bridge_webhook_strict
    from bankcodes.webhooks.fintoc import webhook as _fintoc_webhook
    from bankcodes.webhooks.fintoc import webhook_strict as _fintoc_webhook_strict
    from bankcodes.webhooks.finverse import webhook as _finverse_webhook
    from bankcodes.webhooks.finverse import webhook_strict as _finverse_webhook_strict
    from bankcodes.webhooks.flinks import webhook as _flinks_webhook
    from bankcodes.webhooks.flinks import webhook_strict as _flinks_webhook_strict
    from bankcodes.webhooks.lean import webhook as _lean_webhook
    from bankcodes.webhooks.lean import webhook_strict as _lean_webhook_strict
    from bankcodes.webhooks.mastercard import connect_webhook as _mastercard_connect_webhook
    from bankcodes.webhooks.mastercard import (
        connect_webhook_strict as _mastercard_connect_webhook_strict,
    )
    from bankcodes.webhooks.mono import webhook as _mono_webhook
    from bankcodes.webhooks.mono import webhook_strict as _mono_webhook_strict
    from bankcodes.webhooks.mx import webhook as _mx_webhook
    from bankcodes.webhooks.mx import webhook_strict as _mx_webhook_strict
    from bankcodes.webhooks.plaid import webhook as _plaid_webhook
    from bankcodes.webhooks.plaid import webhook_strict as _plaid_webhook_strict
    from bankcodes.webhooks.pluggy import webhook as _pluggy_webhook
    from bankcodes.webhooks.pluggy import webhook_strict as _pluggy_webhook_strict
    from bankcodes.webhooks.stripe import event as _stripe_event
    from bankcodes.webhooks.stripe import event_strict as _stripe_event_strict
    from bankcodes.webhooks.tink import webhook as _tink_webhook
    from bankcodes.webhooks.tink import webhook_strict as _tink_webhook_strict
    from bankcodes.webhooks.truelayer import webhook as _truelayer_webhook
    from bankcodes.webhooks.truelayer import webhook_strict as _truelayer_webhook_strict


@overload
def receive(
    provider: Literal["lean"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _lean_webhook.EntityCreatedWebhook
    | _lean_webhook.EntityUpdatedWebhook
    | _lean_webhook.EntityReconnectedWebhook
    | _lean_webhook.DataRefreshUpdatedWebhook
    | _lean_webhook.ResultsReadyWebhook
    | _lean_webhook.PaymentSourceCreatedWebhook
    | _lean_webhook.BeneficiaryCreatedWebhook
    | _lean_webhook.BeneficiaryUpdatedWebhook
    | _lean_webhook.PaymentIntentCreatedWebhook
    | _lean_webhook.PaymentCreatedWebhook
    | _lean_webhook.PaymentUpdatedWebhook
    | _lean_webhook.PaymentTransactionWebhook
    | _lean_webhook.ReconciliationUpdatedWebhook
    | _lean_webhook.BankAvailabilityUpdatedWebhook
    | _lean_webhook.ConsentStatusUpdatedWebhook
    | _lean_webhook.OtherWebhook,
    _lean_events,
]: ...
@overload
def receive(
    provider: Literal["lean"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _lean_webhook_strict.EntityCreatedWebhook
    | _lean_webhook_strict.EntityUpdatedWebhook
    | _lean_webhook_strict.EntityReconnectedWebhook
    | _lean_webhook_strict.DataRefreshUpdatedWebhook
    | _lean_webhook_strict.ResultsReadyWebhook
    | _lean_webhook_strict.PaymentSourceCreatedWebhook
    | _lean_webhook_strict.BeneficiaryCreatedWebhook
    | _lean_webhook_strict.BeneficiaryUpdatedWebhook
    | _lean_webhook_strict.PaymentIntentCreatedWebhook
    | _lean_webhook_strict.PaymentCreatedWebhook
    | _lean_webhook_strict.PaymentUpdatedWebhook
    | _lean_webhook_strict.PaymentTransactionWebhook
    | _lean_webhook_strict.ReconciliationUpdatedWebhook
    | _lean_webhook_strict.BankAvailabilityUpdatedWebhook
    | _lean_webhook_strict.ConsentStatusUpdatedWebhook,
    _lean_events,
]: ...


@overload
def receive(
    provider: Literal["flinks"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _flinks_webhook.KycWebhook
    | _flinks_webhook.AccountsDetailWebhook
    | _flinks_webhook.OtherWebhook,
    _flinks_events,
]: ...
@overload
def receive(
    provider: Literal["flinks"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _flinks_webhook_strict.KycWebhook | _flinks_webhook_strict.AccountsDetailWebhook, _flinks_events
]: ...


@overload
def receive(
    provider: Literal["argyle"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _argyle_webhook.VerificationUpdatedWebhook
    | _argyle_webhook.VerificationCreationFailedWebhook
    | _argyle_webhook.AccountAddedWebhook
    | _argyle_webhook.AccountConnectedWebhook
    | _argyle_webhook.AccountFailedWebhook
    | _argyle_webhook.AccountUpdatedWebhook
    | _argyle_webhook.OtherWebhook,
    _argyle_events,
]: ...
@overload
def receive(
    provider: Literal["argyle"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _argyle_webhook_strict.VerificationUpdatedWebhook
    | _argyle_webhook_strict.VerificationCreationFailedWebhook
    | _argyle_webhook_strict.AccountAddedWebhook
    | _argyle_webhook_strict.AccountConnectedWebhook
    | _argyle_webhook_strict.AccountFailedWebhook
    | _argyle_webhook_strict.AccountUpdatedWebhook,
    _argyle_events,
]: ...


@overload
def receive(
    provider: Literal["plaid"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _plaid_webhook.ScreeningWebhook
    | _plaid_webhook.EntityScreeningWebhook
    | _plaid_webhook.BeaconWebhook
    | _plaid_webhook.IdentityVerificationWebhook
    | _plaid_webhook.TransactionsWebhook
    | _plaid_webhook.IdentityWebhook
    | _plaid_webhook.ProcessorTokenWebhook
    | _plaid_webhook.IssuesWebhook
    | _plaid_webhook.AuthWebhook
    | _plaid_webhook.ItemWebhook
    | _plaid_webhook.IncomeWebhook
    | _plaid_webhook.BankTransfersWebhook
    | _plaid_webhook.TransferWebhook
    | _plaid_webhook.LayerWebhook
    | _plaid_webhook.ProtectWebhook
    | _plaid_webhook.InvestmentsTransactionsWebhook
    | _plaid_webhook.HoldingsWebhook
    | _plaid_webhook.PartnerWebhook
    | _plaid_webhook.LiabilitiesWebhook
    | _plaid_webhook.PaymentInitiationWebhook
    | _plaid_webhook.WalletWebhook
    | _plaid_webhook.LinkDeliveryWebhook
    | _plaid_webhook.StatementsWebhook
    | _plaid_webhook.CashFlowUpdatesWebhook
    | _plaid_webhook.BaseReportWebhook
    | _plaid_webhook.CraIncomeWebhook
    | _plaid_webhook.CheckReportWebhook
    | _plaid_webhook.CraInsightsWebhook
    | _plaid_webhook.LinkWebhook
    | _plaid_webhook.DashboardConfiguredAlertWebhook
    | _plaid_webhook.AssetsWebhook
    | _plaid_webhook.OtherWebhook,
    _plaid_events,
]: ...
@overload
def receive(
    provider: Literal["plaid"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _plaid_webhook_strict.ScreeningWebhook
    | _plaid_webhook_strict.EntityScreeningWebhook
    | _plaid_webhook_strict.BeaconWebhook
    | _plaid_webhook_strict.IdentityVerificationWebhook
    | _plaid_webhook_strict.TransactionsWebhook
    | _plaid_webhook_strict.IdentityWebhook
    | _plaid_webhook_strict.ProcessorTokenWebhook
    | _plaid_webhook_strict.IssuesWebhook
    | _plaid_webhook_strict.AuthWebhook
    | _plaid_webhook_strict.ItemWebhook
    | _plaid_webhook_strict.IncomeWebhook
    | _plaid_webhook_strict.BankTransfersWebhook
    | _plaid_webhook_strict.TransferWebhook
    | _plaid_webhook_strict.LayerWebhook
    | _plaid_webhook_strict.ProtectWebhook
    | _plaid_webhook_strict.InvestmentsTransactionsWebhook
    | _plaid_webhook_strict.HoldingsWebhook
    | _plaid_webhook_strict.PartnerWebhook
    | _plaid_webhook_strict.LiabilitiesWebhook
    | _plaid_webhook_strict.PaymentInitiationWebhook
    | _plaid_webhook_strict.WalletWebhook
    | _plaid_webhook_strict.LinkDeliveryWebhook
    | _plaid_webhook_strict.StatementsWebhook
    | _plaid_webhook_strict.CashFlowUpdatesWebhook
    | _plaid_webhook_strict.BaseReportWebhook
    | _plaid_webhook_strict.CraIncomeWebhook
    | _plaid_webhook_strict.CheckReportWebhook
    | _plaid_webhook_strict.CraInsightsWebhook
    | _plaid_webhook_strict.LinkWebhook
    | _plaid_webhook_strict.DashboardConfiguredAlertWebhook
    | _plaid_webhook_strict.AssetsWebhook,
    _plaid_events,
]: ...


@overload
def receive(
    provider: Literal["mx"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mx_webhook.ConnectionStatusWebhook
    | _mx_webhook.AggregationWebhook
    | _mx_webhook.BalanceWebhook
    | _mx_webhook.StatementWebhook
    | _mx_webhook.VerificationWebhook
    | _mx_webhook.InitialDataReadyWebhook
    | _mx_webhook.OtherWebhook,
    _mx_events,
]: ...
@overload
def receive(
    provider: Literal["mx"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mx_webhook_strict.ConnectionStatusWebhook
    | _mx_webhook_strict.AggregationWebhook
    | _mx_webhook_strict.BalanceWebhook
    | _mx_webhook_strict.StatementWebhook
    | _mx_webhook_strict.VerificationWebhook
    | _mx_webhook_strict.InitialDataReadyWebhook,
    _mx_events,
]: ...


@overload
def receive(
    provider: Literal["mastercard"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mastercard_connect_webhook.AccountsDeletedWebhook
    | _mastercard_connect_webhook.PingWebhook
    | _mastercard_connect_webhook.StartedWebhook
    | _mastercard_connect_webhook.AddedWebhook
    | _mastercard_connect_webhook.FinancialConsentCreatedWebhook
    | _mastercard_connect_webhook.OtherWebhook,
    _mastercard_events,
]: ...
@overload
def receive(
    provider: Literal["mastercard"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mastercard_connect_webhook_strict.AccountsDeletedWebhook
    | _mastercard_connect_webhook_strict.PingWebhook
    | _mastercard_connect_webhook_strict.StartedWebhook
    | _mastercard_connect_webhook_strict.AddedWebhook
    | _mastercard_connect_webhook_strict.FinancialConsentCreatedWebhook,
    _mastercard_events,
]: ...


@overload
def receive(
    provider: Literal["stripe"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _stripe_event.AccountNumbersUpdatedEvent
    | _stripe_event.AccountCreatedEvent
    | _stripe_event.AccountDeactivatedEvent
    | _stripe_event.AccountDisconnectedEvent
    | _stripe_event.AccountExpectedDeactivationDateUpdatedEvent
    | _stripe_event.AccountReactivatedEvent
    | _stripe_event.AccountRefreshedBalanceEvent
    | _stripe_event.AccountRefreshedOwnershipEvent
    | _stripe_event.AccountRefreshedTransactionsEvent
    | _stripe_event.AccountSupportedPaymentMethodTypesUpdatedEvent
    | _stripe_event.AccountUpcomingAccountNumberExpiryEvent
    | _stripe_event.AccountUpcomingDeactivationEvent
    | _stripe_event.AuthorizationExpectedDeactivationDateUpdatedEvent
    | _stripe_event.AuthorizationUpcomingDeactivationEvent
    | _stripe_event.SetupIntentCreatedEvent
    | _stripe_event.PaymentIntentPaymentFailedEvent
    | _stripe_event.SetupIntentSetupFailedEvent
    | _stripe_event.OtherEvent,
    _stripe_events,
]: ...
@overload
def receive(
    provider: Literal["stripe"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _stripe_event_strict.AccountNumbersUpdatedEvent
    | _stripe_event_strict.AccountCreatedEvent
    | _stripe_event_strict.AccountDeactivatedEvent
    | _stripe_event_strict.AccountDisconnectedEvent
    | _stripe_event_strict.AccountExpectedDeactivationDateUpdatedEvent
    | _stripe_event_strict.AccountReactivatedEvent
    | _stripe_event_strict.AccountRefreshedBalanceEvent
    | _stripe_event_strict.AccountRefreshedOwnershipEvent
    | _stripe_event_strict.AccountRefreshedTransactionsEvent
    | _stripe_event_strict.AccountSupportedPaymentMethodTypesUpdatedEvent
    | _stripe_event_strict.AccountUpcomingAccountNumberExpiryEvent
    | _stripe_event_strict.AccountUpcomingDeactivationEvent
    | _stripe_event_strict.AuthorizationExpectedDeactivationDateUpdatedEvent
    | _stripe_event_strict.AuthorizationUpcomingDeactivationEvent
    | _stripe_event_strict.SetupIntentCreatedEvent
    | _stripe_event_strict.PaymentIntentPaymentFailedEvent
    | _stripe_event_strict.SetupIntentSetupFailedEvent,
    _stripe_events,
]: ...


@overload
def receive(
    provider: Literal["belvo"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _belvo_webhook.LinkWebhook
    | _belvo_webhook.PaymentIntentsWebhook
    | _belvo_webhook.AccountsWebhook
    | _belvo_webhook.TransactionsWebhook
    | _belvo_webhook.ChargesWebhook
    | _belvo_webhook.EnrollmentsWebhook
    | _belvo_webhook.BankAccountsWebhook
    | _belvo_webhook.CustomersWebhook
    | _belvo_webhook.PaymentAuthorizationsWebhook
    | _belvo_webhook.OwnersWebhook
    | _belvo_webhook.InvoicesWebhook
    | _belvo_webhook.BillsWebhook
    | _belvo_webhook.RecurringExpensesWebhook
    | _belvo_webhook.RiskInsightsWebhook
    | _belvo_webhook.IncomesWebhook
    | _belvo_webhook.InvestmentsWebhook
    | _belvo_webhook.InvestmentTransactionsWebhook
    | _belvo_webhook.OtherWebhook,
    _belvo_events,
]: ...
@overload
def receive(
    provider: Literal["belvo"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _belvo_webhook_strict.LinkWebhook
    | _belvo_webhook_strict.PaymentIntentsWebhook
    | _belvo_webhook_strict.AccountsWebhook
    | _belvo_webhook_strict.TransactionsWebhook
    | _belvo_webhook_strict.ChargesWebhook
    | _belvo_webhook_strict.EnrollmentsWebhook
    | _belvo_webhook_strict.BankAccountsWebhook
    | _belvo_webhook_strict.CustomersWebhook
    | _belvo_webhook_strict.PaymentAuthorizationsWebhook
    | _belvo_webhook_strict.OwnersWebhook
    | _belvo_webhook_strict.InvoicesWebhook
    | _belvo_webhook_strict.BillsWebhook
    | _belvo_webhook_strict.RecurringExpensesWebhook
    | _belvo_webhook_strict.RiskInsightsWebhook
    | _belvo_webhook_strict.IncomesWebhook
    | _belvo_webhook_strict.InvestmentsWebhook
    | _belvo_webhook_strict.InvestmentTransactionsWebhook,
    _belvo_events,
]: ...


@overload
def receive(
    provider: Literal["truelayer"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _truelayer_webhook.PaymentAuthorizedWebhook
    | _truelayer_webhook.PaymentExecutedWebhook
    | _truelayer_webhook.PaymentSettledWebhook
    | _truelayer_webhook.PaymentCreditableWebhook
    | _truelayer_webhook.PaymentSettlementStalledWebhook
    | _truelayer_webhook.PaymentFailedWebhook
    | _truelayer_webhook.MandateAuthorizedWebhook
    | _truelayer_webhook.MandateFailedWebhook
    | _truelayer_webhook.MandateRevokedWebhook
    | _truelayer_webhook.PaymentLinkPaymentCreatedWebhook
    | _truelayer_webhook.PaymentLinkDisabledWebhook
    | _truelayer_webhook.PayoutExecutedWebhook
    | _truelayer_webhook.PayoutFailedWebhook
    | _truelayer_webhook.RefundExecutedWebhook
    | _truelayer_webhook.RefundFailedWebhook
    | _truelayer_webhook.OtherWebhook,
    _truelayer_events,
]: ...
@overload
def receive(
    provider: Literal["truelayer"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _truelayer_webhook_strict.PaymentAuthorizedWebhook
    | _truelayer_webhook_strict.PaymentExecutedWebhook
    | _truelayer_webhook_strict.PaymentSettledWebhook
    | _truelayer_webhook_strict.PaymentCreditableWebhook
    | _truelayer_webhook_strict.PaymentSettlementStalledWebhook
    | _truelayer_webhook_strict.PaymentFailedWebhook
    | _truelayer_webhook_strict.MandateAuthorizedWebhook
    | _truelayer_webhook_strict.MandateFailedWebhook
    | _truelayer_webhook_strict.MandateRevokedWebhook
    | _truelayer_webhook_strict.PaymentLinkPaymentCreatedWebhook
    | _truelayer_webhook_strict.PaymentLinkDisabledWebhook
    | _truelayer_webhook_strict.PayoutExecutedWebhook
    | _truelayer_webhook_strict.PayoutFailedWebhook
    | _truelayer_webhook_strict.RefundExecutedWebhook
    | _truelayer_webhook_strict.RefundFailedWebhook,
    _truelayer_events,
]: ...


@overload
def receive(
    provider: Literal["pluggy"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _pluggy_webhook.ItemErrorWebhook
    | _pluggy_webhook.ConnectorStatusWebhook
    | _pluggy_webhook.PaymentRequestUpdatedWebhook
    | _pluggy_webhook.OtherWebhook,
    _pluggy_events,
]: ...
@overload
def receive(
    provider: Literal["pluggy"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _pluggy_webhook_strict.ItemErrorWebhook
    | _pluggy_webhook_strict.ConnectorStatusWebhook
    | _pluggy_webhook_strict.PaymentRequestUpdatedWebhook,
    _pluggy_events,
]: ...


@overload
def receive(
    provider: Literal["fintoc"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _fintoc_webhook.PaymentIntentSucceededEvent
    | _fintoc_webhook.PaymentIntentRejectedEvent
    | _fintoc_webhook.PaymentIntentExpiredEvent
    | _fintoc_webhook.PaymentIntentFailedEvent
    | _fintoc_webhook.PaymentIntentPendingEvent
    | _fintoc_webhook.AccountRefreshIntentSucceededEvent
    | _fintoc_webhook.AccountRefreshIntentFailedEvent
    | _fintoc_webhook.AccountRefreshIntentRejectedEvent
    | _fintoc_webhook.AccountRefreshIntentMovementsRemovedEvent
    | _fintoc_webhook.AccountRefreshIntentMovementsModifiedEvent
    | _fintoc_webhook.LinkRefreshIntentSucceededEvent
    | _fintoc_webhook.OtherEvent,
    _fintoc_events,
]: ...
@overload
def receive(
    provider: Literal["fintoc"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _fintoc_webhook_strict.PaymentIntentSucceededEvent
    | _fintoc_webhook_strict.PaymentIntentRejectedEvent
    | _fintoc_webhook_strict.PaymentIntentExpiredEvent
    | _fintoc_webhook_strict.PaymentIntentFailedEvent
    | _fintoc_webhook_strict.PaymentIntentPendingEvent
    | _fintoc_webhook_strict.AccountRefreshIntentSucceededEvent
    | _fintoc_webhook_strict.AccountRefreshIntentFailedEvent
    | _fintoc_webhook_strict.AccountRefreshIntentRejectedEvent
    | _fintoc_webhook_strict.AccountRefreshIntentMovementsRemovedEvent
    | _fintoc_webhook_strict.AccountRefreshIntentMovementsModifiedEvent
    | _fintoc_webhook_strict.LinkRefreshIntentSucceededEvent,
    _fintoc_events,
]: ...


@overload
def receive(
    provider: Literal["basiq"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _basiq_webhook.AccountUpdatedWebhook
    | _basiq_webhook.ConnectionActivatedWebhook
    | _basiq_webhook.ConnectionCreatedWebhook
    | _basiq_webhook.ConnectionDeletedWebhook
    | _basiq_webhook.ConnectionInvalidatedWebhook
    | _basiq_webhook.ConsentCreatedWebhook
    | _basiq_webhook.ConsentExpiredWebhook
    | _basiq_webhook.ConsentReminderWebhook
    | _basiq_webhook.ConsentRevokedWebhook
    | _basiq_webhook.ConsentUpdatedWebhook
    | _basiq_webhook.ConsentWarningWebhook
    | _basiq_webhook.TransactionsUpdatedWebhook
    | _basiq_webhook.UserCreatedWebhook
    | _basiq_webhook.UserDeletedWebhook
    | _basiq_webhook.UserUpdatedWebhook
    | _basiq_webhook.OtherWebhook,
    _basiq_events,
]: ...
@overload
def receive(
    provider: Literal["basiq"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _basiq_webhook_strict.AccountUpdatedWebhook
    | _basiq_webhook_strict.ConnectionActivatedWebhook
    | _basiq_webhook_strict.ConnectionCreatedWebhook
    | _basiq_webhook_strict.ConnectionDeletedWebhook
    | _basiq_webhook_strict.ConnectionInvalidatedWebhook
    | _basiq_webhook_strict.ConsentCreatedWebhook
    | _basiq_webhook_strict.ConsentExpiredWebhook
    | _basiq_webhook_strict.ConsentReminderWebhook
    | _basiq_webhook_strict.ConsentRevokedWebhook
    | _basiq_webhook_strict.ConsentUpdatedWebhook
    | _basiq_webhook_strict.ConsentWarningWebhook
    | _basiq_webhook_strict.TransactionsUpdatedWebhook
    | _basiq_webhook_strict.UserCreatedWebhook
    | _basiq_webhook_strict.UserDeletedWebhook
    | _basiq_webhook_strict.UserUpdatedWebhook,
    _basiq_events,
]: ...


@overload
def receive(
    provider: Literal["mono"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mono_webhook.AccountConnectedWebhook
    | _mono_webhook.AccountUpdatedWebhook
    | _mono_webhook.AccountUnlinkedWebhook
    | _mono_webhook.ReauthorisationRequiredWebhook
    | _mono_webhook.AccountReauthorizedWebhook
    | _mono_webhook.OtherWebhook,
    _mono_events,
]: ...
@overload
def receive(
    provider: Literal["mono"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _mono_webhook_strict.AccountConnectedWebhook
    | _mono_webhook_strict.AccountUpdatedWebhook
    | _mono_webhook_strict.AccountUnlinkedWebhook
    | _mono_webhook_strict.ReauthorisationRequiredWebhook
    | _mono_webhook_strict.AccountReauthorizedWebhook,
    _mono_events,
]: ...


@overload
def receive(
    provider: Literal["akahu"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _akahu_webhook.TokenWebhook
    | _akahu_webhook.AccountWebhook
    | _akahu_webhook.TransactionWebhook
    | _akahu_webhook.TransferWebhook
    | _akahu_webhook.PaymentWebhook
    | _akahu_webhook.OtherWebhook,
    _akahu_events,
]: ...
@overload
def receive(
    provider: Literal["akahu"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _akahu_webhook_strict.TokenWebhook
    | _akahu_webhook_strict.AccountWebhook
    | _akahu_webhook_strict.TransactionWebhook
    | _akahu_webhook_strict.TransferWebhook
    | _akahu_webhook_strict.PaymentWebhook,
    _akahu_events,
]: ...


@overload
def receive(
    provider: Literal["tink"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _tink_webhook.AccountTransactionsModifiedWebhook
    | _tink_webhook.AccountBookedTransactionsModifiedWebhook
    | _tink_webhook.AccountCreatedWebhook
    | _tink_webhook.AccountUpdatedWebhook
    | _tink_webhook.RefreshFinishedWebhook
    | _tink_webhook.ActionableInsightsCreatedWebhook
    | _tink_webhook.PaymentUpdatedWebhook
    | _tink_webhook.MandatePaymentUpdatedWebhook
    | _tink_webhook.OtherWebhook,
    _tink_events,
]: ...
@overload
def receive(
    provider: Literal["tink"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _tink_webhook_strict.AccountTransactionsModifiedWebhook
    | _tink_webhook_strict.AccountBookedTransactionsModifiedWebhook
    | _tink_webhook_strict.AccountCreatedWebhook
    | _tink_webhook_strict.AccountUpdatedWebhook
    | _tink_webhook_strict.RefreshFinishedWebhook
    | _tink_webhook_strict.ActionableInsightsCreatedWebhook
    | _tink_webhook_strict.PaymentUpdatedWebhook
    | _tink_webhook_strict.MandatePaymentUpdatedWebhook,
    _tink_events,
]: ...


@overload
def receive(
    provider: Literal["bridge"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _bridge_webhook.UserDeletedWebhook
    | _bridge_webhook.ItemCreatedWebhook
    | _bridge_webhook.ItemRefreshedWebhook
    | _bridge_webhook.ItemCreatedV2019Webhook
    | _bridge_webhook.AccountCreatedV2019Webhook
    | _bridge_webhook.PaymentTransactionUpdatedWebhook
    | _bridge_webhook.TestEventWebhook
    | _bridge_webhook.OtherWebhook,
    _bridge_events,
]: ...
@overload
def receive(
    provider: Literal["bridge"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _bridge_webhook_strict.UserDeletedWebhook
    | _bridge_webhook_strict.ItemCreatedWebhook
    | _bridge_webhook_strict.ItemRefreshedWebhook
    | _bridge_webhook_strict.ItemCreatedV2019Webhook
    | _bridge_webhook_strict.AccountCreatedV2019Webhook
    | _bridge_webhook_strict.PaymentTransactionUpdatedWebhook
    | _bridge_webhook_strict.TestEventWebhook,
    _bridge_events,
]: ...


@overload
def receive(
    provider: Literal["finverse"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[False] = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _finverse_webhook.AuthenticatedWebhook
    | _finverse_webhook.PaymentExecutedWebhook
    | _finverse_webhook.PaymentFailedWebhook
    | _finverse_webhook.PaymentSubmittedWebhook
    | _finverse_webhook.PaymentLinkSetupSucceededWebhook
    | _finverse_webhook.PaymentLinkPaidWebhook
    | _finverse_webhook.OtherWebhook,
    _finverse_events,
]: ...
@overload
def receive(
    provider: Literal["finverse"],
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: Literal[True],
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[
    _finverse_webhook_strict.AuthenticatedWebhook
    | _finverse_webhook_strict.PaymentExecutedWebhook
    | _finverse_webhook_strict.PaymentFailedWebhook
    | _finverse_webhook_strict.PaymentSubmittedWebhook
    | _finverse_webhook_strict.PaymentLinkSetupSucceededWebhook
    | _finverse_webhook_strict.PaymentLinkPaidWebhook,
    _finverse_events,
]: ...
@overload
def receive(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: bool = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[Any, Any]: ...
def receive(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    strict: bool = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = 1024 * 1024,
    now: datetime.datetime | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[Any, Any]:
    """Verify a webhook delivery, validate and parse its body, and key it for deduplication.

    `body` is the raw body: bytes, or a str, encoded as UTF-8 (a body re-serialised from parsed
    JSON will not verify). `secret` is one secret or a list of several (during a rotation); for
    a provider that signs with JWTs, the public JWK(s), or a function from a kid to its JWK (None
    for a kid it does not know), which needs `pip install 'bankcodes[jwt]'`.
    The body is validated as the provider's webhook kind, lenient unless `strict`, at most
    `max_bytes` long. `tolerance` refuses a delivery whose signed timestamp is further from
    `now` than that: by default ("contract") the provider's delivery contract sets it, wide
    enough for its last retry of the same signed body (bankcodes.delivery, default_tolerance
    _seconds; where the body has no timestamp, nothing is checked); seconds or a timedelta set
    it (only providers that sign a timestamp allow it); None checks no age beyond the limit of
    the provider's own scheme (a JWT's oldest iat, a signed timestamp's tolerance). For every
    provider, deduplication with `event.dedup_key` is what protects against a replay. `path` is the
    request's path, for a provider whose signature covers it (a JWS such as Tl-Signature, whose
    keys are a JWKS, a mapping from jku to JWKS, or a function from an allowed jku to its JWKS,
    and which needs `pip install 'bankcodes[jws]'`). `secret_header` names the header holding the
    secret, for a provider whose header the app names itself when it registers the webhook (its
    scheme's header is None), and for no other.

    Raises SignatureError (not sent by the provider: answer 401), bankcodes.payloads.PayloadError
    (signed but invalid), ConfigurationError (the receiver's own setup: answer 500 and alert);
    all three are WebhookError. Needs pydantic (`pip install 'bankcodes[payloads]'`).
    """
    from bankcodes._receive import receive as _receive

    return _receive(
        provider,
        body,
        headers,
        secret,
        strict=strict,
        tolerance=tolerance,
        max_bytes=max_bytes,
        now=now,
        path=path,
        secret_header=secret_header,
    )
