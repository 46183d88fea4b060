# generated from spec/catalog.json — do not edit (run `make generate`)
"""Every payload kind and how its root model is chosen, read by bankcodes.payloads."""

from __future__ import annotations

from bankcodes._kinds import CodeField, Embedded, LazyKinds, Member, PayloadKindInfo, Recognition


def _kind_1() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.lean.webhook",
        strict_module="bankcodes.webhooks.lean.webhook_strict",
        root="LeanWebhook",
        tag="type",
        variants={
            "entity.created": "EntityCreatedWebhook",
            "entity.updated": "EntityUpdatedWebhook",
            "entity.reconnected": "EntityReconnectedWebhook",
            "entity.data.refresh.updated": "DataRefreshUpdatedWebhook",
            "results.ready": "ResultsReadyWebhook",
            "payment_source.created": "PaymentSourceCreatedWebhook",
            "payment_source.beneficiary.created": "BeneficiaryCreatedWebhook",
            "payment_source.beneficiary.updated": "BeneficiaryUpdatedWebhook",
            "payment_intent.created": "PaymentIntentCreatedWebhook",
            "payment.created": "PaymentCreatedWebhook",
            "payment.updated": "PaymentUpdatedWebhook",
            "payment.transaction": "PaymentTransactionWebhook",
            "payment.reconciliation.updated": "ReconciliationUpdatedWebhook",
            "bank.availability.updated": "BankAvailabilityUpdatedWebhook",
            "consent.status.updated": "ConsentStatusUpdatedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(
            Recognition(present=("type", "payload"), codes={"type": ("lean.webhook_event_type",)}),
            Recognition(present=("type", "payload"), provider_given=True),
        ),
        codes=(
            CodeField(
                path="$.payload.status",
                code_sets=("lean.data_refresh_status",),
                tag="entity.data.refresh.updated",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.payment_source_status",),
                tag="payment_source.created",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.payment_source_status",),
                tag="payment_source.beneficiary.created",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.payment_source_status",),
                tag="payment_source.beneficiary.updated",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.payment_intent_status",),
                tag="payment_intent.created",
            ),
            CodeField(
                path="$.payload.status", code_sets=("lean.payment_status",), tag="payment.created"
            ),
            CodeField(
                path="$.payload.status", code_sets=("lean.payment_status",), tag="payment.updated"
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.payment_lifecycle_status",),
                tag="payment.transaction",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.reconciliation_status",),
                tag="payment.reconciliation.updated",
            ),
            CodeField(
                path="$.payload.status",
                code_sets=("lean.consent_status",),
                tag="consent.status.updated",
            ),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",), tag="entity.created"),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",), tag="entity.updated"),
            CodeField(
                path="$.type", code_sets=("lean.webhook_event_type",), tag="entity.reconnected"
            ),
            CodeField(
                path="$.type",
                code_sets=("lean.webhook_event_type",),
                tag="entity.data.refresh.updated",
            ),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",), tag="results.ready"),
            CodeField(
                path="$.type", code_sets=("lean.webhook_event_type",), tag="payment_source.created"
            ),
            CodeField(
                path="$.type",
                code_sets=("lean.webhook_event_type",),
                tag="payment_source.beneficiary.created",
            ),
            CodeField(
                path="$.type",
                code_sets=("lean.webhook_event_type",),
                tag="payment_source.beneficiary.updated",
            ),
            CodeField(
                path="$.type", code_sets=("lean.webhook_event_type",), tag="payment_intent.created"
            ),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",), tag="payment.created"),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",), tag="payment.updated"),
            CodeField(
                path="$.type", code_sets=("lean.webhook_event_type",), tag="payment.transaction"
            ),
            CodeField(
                path="$.type",
                code_sets=("lean.webhook_event_type",),
                tag="payment.reconciliation.updated",
            ),
            CodeField(
                path="$.type",
                code_sets=("lean.webhook_event_type",),
                tag="bank.availability.updated",
            ),
            CodeField(
                path="$.type", code_sets=("lean.webhook_event_type",), tag="consent.status.updated"
            ),
            CodeField(path="$.type", code_sets=("lean.webhook_event_type",)),
            CodeField(
                path="$.payload.permissions[*]",
                code_sets=("lean.permission",),
                tag="entity.created",
            ),
            CodeField(
                path="$.payload.permissions[*]",
                code_sets=("lean.permission",),
                tag="entity.updated",
            ),
        ),
    )


def _kind_2() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.lean.callback",
        strict_module="bankcodes.webhooks.lean.callback_strict",
        root="CallbackData",
        recognise=(
            Recognition(present=("secondary_status",)),
            Recognition(present=("secondaryStatus",)),
            Recognition(present=("lean_correlation_id",)),
        ),
        codes=(
            CodeField(path="$.secondary_status", code_sets=("lean.secondary_status",)),
            CodeField(path="$.secondaryStatus", code_sets=("lean.secondary_status",)),
            CodeField(path="$.status", code_sets=("lean.callback_status",)),
            CodeField(path="$.user_exit_intent", code_sets=("lean.user_exit_intent",)),
            CodeField(path="$.userExitIntent", code_sets=("lean.user_exit_intent",)),
            CodeField(path="$.method", code_sets=("lean.callback_method",)),
        ),
    )


def _kind_3() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.lean.data_api_response",
        strict_module="bankcodes.webhooks.lean.data_api_response_strict",
        root="DataApiResponse",
        recognise=(
            Recognition(present=("results_id",), codes={"status": ("lean.data_api_status",)}),
            Recognition(present=("granular_status_code",)),
            Recognition(present=("status_additional_info",)),
            Recognition(
                present=("payload.reconnect_id",), codes={"status": ("lean.data_api_status",)}
            ),
        ),
        codes=(
            CodeField(path="$.granular_status_code", code_sets=("lean.granular_status_code",)),
            CodeField(path="$.status", code_sets=("lean.data_api_status",)),
        ),
    )


def _kind_4() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.argyle.webhook",
        strict_module="bankcodes.webhooks.argyle.webhook_strict",
        root="ArgyleWebhook",
        tag="event",
        variants={
            "verifications.updated": "VerificationUpdatedWebhook",
            "verifications.creation_failed": "VerificationCreationFailedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("event", "name", "data")),),
        codes=(
            CodeField(
                path="$.data.resource.status.errors[*].code",
                code_sets=("argyle.bank_connection_error", "argyle.verification_error"),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.data.resource.status.code",
                code_sets=("argyle.verification_status_code",),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.data.resource.status.state",
                code_sets=("argyle.verification_state",),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.event", code_sets=("argyle.webhook_event",), tag="verifications.updated"
            ),
            CodeField(
                path="$.event",
                code_sets=("argyle.webhook_event",),
                tag="verifications.creation_failed",
            ),
            CodeField(path="$.event", code_sets=("argyle.webhook_event",)),
            CodeField(
                path="$.data.resource.report.type",
                code_sets=("argyle.report_type",),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.data.context.report_type",
                code_sets=("argyle.report_type",),
                tag="verifications.creation_failed",
            ),
            CodeField(
                path="$.data.resource.channel",
                code_sets=("argyle.channel",),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.data.context.channel",
                code_sets=("argyle.channel",),
                tag="verifications.creation_failed",
            ),
            CodeField(
                path="$.data.resource.data_source",
                code_sets=("argyle.data_source",),
                tag="verifications.updated",
            ),
            CodeField(
                path="$.data.context.data_source",
                code_sets=("argyle.data_source",),
                tag="verifications.creation_failed",
            ),
        ),
    )


def _kind_5() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.flinks.api_response",
        strict_module="bankcodes.webhooks.flinks.api_response_strict",
        root="ApiResponse",
        request_id="RequestId",
        status_field="HttpStatusCode",
        recognise=(Recognition(present=("FlinksCode", "HttpStatusCode")),),
        codes=(CodeField(path="$.FlinksCode", code_sets=("flinks.api_error_code",)),),
    )


def _kind_6() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.flinks.connect_message",
        strict_module="bankcodes.webhooks.flinks.connect_message_strict",
        root="ConnectMessage",
        members=(
            Member(name="StepEvent", required=("step",)),
            Member(name="ErrorEvent", required=("flinksCode",)),
        ),
        request_id="requestId",
        recognise=(
            Recognition(codes={"step": ("flinks.connect_step_event",)}),
            Recognition(present=("flinksCode",)),
        ),
        codes=(
            CodeField(
                path="$.flinksCode",
                code_sets=("flinks.connect_error_event", "flinks.api_error_code"),
            ),
            CodeField(path="$.step", code_sets=("flinks.connect_step_event",)),
        ),
    )


def _kind_7() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.flinks.webhook",
        strict_module="bankcodes.webhooks.flinks.webhook_strict",
        root="FlinksWebhook",
        tag="ResponseType",
        variants={"KYC": "KycWebhook", "GetAccountsDetail": "AccountsDetailWebhook"},
        fallback="OtherWebhook",
        request_id="RequestId",
        recognise=(Recognition(present=("ResponseType",)),),
        codes=(
            CodeField(
                path="$.ResponseType", code_sets=("flinks.webhook_response_type",), tag="KYC"
            ),
            CodeField(
                path="$.ResponseType",
                code_sets=("flinks.webhook_response_type",),
                tag="GetAccountsDetail",
            ),
            CodeField(path="$.ResponseType", code_sets=("flinks.webhook_response_type",)),
        ),
    )


def _kind_8() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.plaid.error",
        strict_module="bankcodes.webhooks.plaid.error_strict",
        root="Error",
        request_id="request_id",
        status_field="status",
        recognise=(
            Recognition(
                present=("error_type", "error_code"),
                absent=("webhook_type", "exit_status", "institution_id", "link_session_id"),
            ),
        ),
        codes=(
            CodeField(path="$.error_code", code_sets=("plaid.error_code",)),
            CodeField(path="$.error_type", code_sets=("plaid.error_type",)),
        ),
    )


def _kind_9() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.plaid.webhook",
        strict_module="bankcodes.webhooks.plaid.webhook_strict",
        root="PlaidWebhook",
        tag="webhook_type",
        variants={
            "SCREENING": "ScreeningWebhook",
            "ENTITY_SCREENING": "EntityScreeningWebhook",
            "BEACON": "BeaconWebhook",
            "IDENTITY_VERIFICATION": "IdentityVerificationWebhook",
            "TRANSACTIONS": "TransactionsWebhook",
            "IDENTITY": "IdentityWebhook",
            "PROCESSOR_TOKEN": "ProcessorTokenWebhook",
            "ISSUES": "IssuesWebhook",
            "AUTH": "AuthWebhook",
            "ITEM": "ItemWebhook",
            "INCOME": "IncomeWebhook",
            "BANK_TRANSFERS": "BankTransfersWebhook",
            "TRANSFER": "TransferWebhook",
            "LAYER": "LayerWebhook",
            "PROTECT": "ProtectWebhook",
            "INVESTMENTS_TRANSACTIONS": "InvestmentsTransactionsWebhook",
            "HOLDINGS": "HoldingsWebhook",
            "PARTNER": "PartnerWebhook",
            "LIABILITIES": "LiabilitiesWebhook",
            "PAYMENT_INITIATION": "PaymentInitiationWebhook",
            "WALLET": "WalletWebhook",
            "LINK_DELIVERY": "LinkDeliveryWebhook",
            "STATEMENTS": "StatementsWebhook",
            "CASH_FLOW_UPDATES": "CashFlowUpdatesWebhook",
            "BASE_REPORT": "BaseReportWebhook",
            "CRA_INCOME": "CraIncomeWebhook",
            "CHECK_REPORT": "CheckReportWebhook",
            "CRA_INSIGHTS": "CraInsightsWebhook",
            "LINK": "LinkWebhook",
            "DASHBOARD_CONFIGURED_ALERT": "DashboardConfiguredAlertWebhook",
            "ASSETS": "AssetsWebhook",
        },
        fallback="OtherWebhook",
        event_code="webhook_code",
        request_id="request_id",
        recognise=(
            Recognition(present=("webhook_type", "webhook_code"), absent=("webhook_id", "state")),
        ),
        codes=(
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="SCREENING"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="ENTITY_SCREENING"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="BEACON"),
            CodeField(
                path="$.error.error_code",
                code_sets=("plaid.error_code",),
                tag="IDENTITY_VERIFICATION",
            ),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="TRANSACTIONS"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="IDENTITY"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="PROCESSOR_TOKEN"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="ISSUES"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="AUTH"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="ITEM"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="INCOME"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="BANK_TRANSFERS"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="TRANSFER"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="LAYER"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="PROTECT"),
            CodeField(
                path="$.error.error_code",
                code_sets=("plaid.error_code",),
                tag="INVESTMENTS_TRANSACTIONS",
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="HOLDINGS"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="PARTNER"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="LIABILITIES"
            ),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="PAYMENT_INITIATION"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="WALLET"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="LINK_DELIVERY"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="STATEMENTS"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="CASH_FLOW_UPDATES"
            ),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="BASE_REPORT"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="CRA_INCOME"),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="CHECK_REPORT"
            ),
            CodeField(
                path="$.error.error_code", code_sets=("plaid.error_code",), tag="CRA_INSIGHTS"
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="LINK"),
            CodeField(
                path="$.error.error_code",
                code_sets=("plaid.error_code",),
                tag="DASHBOARD_CONFIGURED_ALERT",
            ),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",), tag="ASSETS"),
            CodeField(path="$.error.error_code", code_sets=("plaid.error_code",)),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="SCREENING"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="ENTITY_SCREENING"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="BEACON"),
            CodeField(
                path="$.error.error_type",
                code_sets=("plaid.error_type",),
                tag="IDENTITY_VERIFICATION",
            ),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="TRANSACTIONS"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="IDENTITY"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="PROCESSOR_TOKEN"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="ISSUES"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="AUTH"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="ITEM"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="INCOME"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="BANK_TRANSFERS"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="TRANSFER"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="LAYER"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="PROTECT"),
            CodeField(
                path="$.error.error_type",
                code_sets=("plaid.error_type",),
                tag="INVESTMENTS_TRANSACTIONS",
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="HOLDINGS"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="PARTNER"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="LIABILITIES"
            ),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="PAYMENT_INITIATION"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="WALLET"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="LINK_DELIVERY"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="STATEMENTS"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="CASH_FLOW_UPDATES"
            ),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="BASE_REPORT"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="CRA_INCOME"),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="CHECK_REPORT"
            ),
            CodeField(
                path="$.error.error_type", code_sets=("plaid.error_type",), tag="CRA_INSIGHTS"
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="LINK"),
            CodeField(
                path="$.error.error_type",
                code_sets=("plaid.error_type",),
                tag="DASHBOARD_CONFIGURED_ALERT",
            ),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",), tag="ASSETS"),
            CodeField(path="$.error.error_type", code_sets=("plaid.error_type",)),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.screening_webhook_code",), tag="SCREENING"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.entity_screening_webhook_code",),
                tag="ENTITY_SCREENING",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.beacon_webhook_code",), tag="BEACON"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.identity_verification_webhook_code",),
                tag="IDENTITY_VERIFICATION",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.transactions_webhook_code",),
                tag="TRANSACTIONS",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.identity_webhook_code",), tag="IDENTITY"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.processor_token_webhook_code",),
                tag="PROCESSOR_TOKEN",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.issues_webhook_code",), tag="ISSUES"
            ),
            CodeField(path="$.webhook_code", code_sets=("plaid.auth_webhook_code",), tag="AUTH"),
            CodeField(path="$.webhook_code", code_sets=("plaid.item_webhook_code",), tag="ITEM"),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.income_webhook_code",), tag="INCOME"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.bank_transfers_webhook_code",),
                tag="BANK_TRANSFERS",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.transfer_webhook_code",), tag="TRANSFER"
            ),
            CodeField(path="$.webhook_code", code_sets=("plaid.layer_webhook_code",), tag="LAYER"),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.protect_webhook_code",), tag="PROTECT"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.investments_transactions_webhook_code",),
                tag="INVESTMENTS_TRANSACTIONS",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.holdings_webhook_code",), tag="HOLDINGS"
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.partner_webhook_code",), tag="PARTNER"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.liabilities_webhook_code",),
                tag="LIABILITIES",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.payment_initiation_webhook_code",),
                tag="PAYMENT_INITIATION",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.wallet_webhook_code",), tag="WALLET"
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.link_delivery_webhook_code",),
                tag="LINK_DELIVERY",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.statements_webhook_code",),
                tag="STATEMENTS",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.cash_flow_updates_webhook_code",),
                tag="CASH_FLOW_UPDATES",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.base_report_webhook_code",),
                tag="BASE_REPORT",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.cra_income_webhook_code",),
                tag="CRA_INCOME",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.check_report_webhook_code",),
                tag="CHECK_REPORT",
            ),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.cra_insights_webhook_code",),
                tag="CRA_INSIGHTS",
            ),
            CodeField(path="$.webhook_code", code_sets=("plaid.link_webhook_code",), tag="LINK"),
            CodeField(
                path="$.webhook_code",
                code_sets=("plaid.dashboard_configured_alert_webhook_code",),
                tag="DASHBOARD_CONFIGURED_ALERT",
            ),
            CodeField(
                path="$.webhook_code", code_sets=("plaid.assets_webhook_code",), tag="ASSETS"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="SCREENING"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="ENTITY_SCREENING"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="BEACON"),
            CodeField(
                path="$.webhook_type",
                code_sets=("plaid.webhook_type",),
                tag="IDENTITY_VERIFICATION",
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="TRANSACTIONS"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="IDENTITY"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="PROCESSOR_TOKEN"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="ISSUES"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="AUTH"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="ITEM"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="INCOME"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="BANK_TRANSFERS"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="TRANSFER"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="LAYER"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="PROTECT"),
            CodeField(
                path="$.webhook_type",
                code_sets=("plaid.webhook_type",),
                tag="INVESTMENTS_TRANSACTIONS",
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="HOLDINGS"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="PARTNER"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="LIABILITIES"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="PAYMENT_INITIATION"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="WALLET"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="LINK_DELIVERY"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="STATEMENTS"),
            CodeField(
                path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="CASH_FLOW_UPDATES"
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="BASE_REPORT"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="CRA_INCOME"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="CHECK_REPORT"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="CRA_INSIGHTS"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="LINK"),
            CodeField(
                path="$.webhook_type",
                code_sets=("plaid.webhook_type",),
                tag="DASHBOARD_CONFIGURED_ALERT",
            ),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",), tag="ASSETS"),
            CodeField(path="$.webhook_type", code_sets=("plaid.webhook_type",)),
        ),
    )


def _kind_10() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.plaid.link",
        strict_module="bankcodes.webhooks.plaid.link_strict",
        root="LinkCallback",
        members=(
            Member(name="LinkError", required=("error_type", "error_code")),
            Member(name="LinkExitMetadata"),
            Member(name="LinkEventMetadata"),
        ),
        request_id="request_id",
        recognise=(
            Recognition(present=("exit_status",), absent=("webhook_type",)),
            Recognition(present=("link_session_id",), absent=("webhook_type",)),
            Recognition(present=("error_type", "institution_id"), absent=("webhook_type",)),
        ),
        codes=(
            CodeField(path="$.error_code", code_sets=("plaid.error_code",)),
            CodeField(path="$.error_type", code_sets=("plaid.error_type",)),
            CodeField(path="$.status", code_sets=("plaid.link_exit_status",)),
            CodeField(path="$.exit_status", code_sets=("plaid.link_exit_status",)),
        ),
    )


def _kind_11() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mx.webhook",
        strict_module="bankcodes.webhooks.mx.webhook_strict",
        root="MxWebhook",
        tag="type",
        variants={
            "CONNECTION_STATUS": "ConnectionStatusWebhook",
            "AGGREGATION": "AggregationWebhook",
            "BALANCE": "BalanceWebhook",
            "STATEMENT": "StatementWebhook",
            "VERIFICATION": "VerificationWebhook",
            "initial_data_ready": "InitialDataReadyWebhook",
        },
        fallback="OtherWebhook",
        recognise=(
            Recognition(present=("type", "action"), absent=("mx",)),
            Recognition(present=("type", "guid", "client_guid"), absent=("mx",)),
        ),
        codes=(
            CodeField(
                path="$.connection_status_id",
                code_sets=("mx.connection_status",),
                tag="CONNECTION_STATUS",
                numeric=True,
            ),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="CONNECTION_STATUS"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="AGGREGATION"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="BALANCE"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="STATEMENT"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="VERIFICATION"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",), tag="initial_data_ready"),
            CodeField(path="$.type", code_sets=("mx.webhook_type",)),
        ),
    )


def _kind_12() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mx.connect_message",
        strict_module="bankcodes.webhooks.mx.connect_message_strict",
        root="ConnectMessage",
        tag="type",
        variants={
            "mx/ping": "Ping",
            "mx/navigation": "Navigation",
            "mx/focusTrap": "FocusTrap",
            "mx/connect/loaded": "Loaded",
            "mx/connect/enterCredentials": "EnterCredentials",
            "mx/connect/institutionSearch": "InstitutionSearch",
            "mx/connect/selectedInstitution": "SelectedInstitution",
            "mx/connect/memberConnected": "MemberConnected",
            "mx/connect/connected/primaryAction": "ConnectedPrimaryAction",
            "mx/connect/memberDeleted": "MemberDeleted",
            "mx/connect/createMemberError": "CreateMemberError",
            "mx/connect/memberStatusUpdate": "MemberStatusUpdate",
            "mx/connect/oauthError": "OauthError",
            "mx/connect/oauthRequested": "OauthRequested",
            "mx/connect/stepChange": "StepChange",
            "mx/connect/submitMFA": "SubmitMFA",
            "mx/connect/updateCredentials": "UpdateCredentials",
            "mx/connect/backToSearch": "BackToSearch",
            "mx/connect/invalidData": "InvalidData",
            "mx/connect/backButtonClicked": "BackButtonClicked",
            "mx/connect/initialDataReady": "InitialDataReady",
            "mx/connect/memberError": "MemberError",
            "mx/connect/memberError/primaryAction": "MemberErrorPrimaryAction",
            "mx/connect/microdeposits/loaded": "MicrodepositsLoaded",
            "mx/connect/microdeposits/detailsSubmitted": "MicrodepositsDetailsSubmitted",
            "mx/connect/microdeposits/verified": "MicrodepositsVerified",
            "mx/connect/microdeposits/verified/primaryAction": "MicrodepositsVerifiedPrimaryAction",
            "mx/connect/microdeposits/comeBack/primaryAction": "MicrodepositsComeBackPrimaryAction",
            "mx/connect/microdeposits/error/primaryAction": "MicrodepositsErrorPrimaryAction",
            "mx/connect/microdeposits/blockedRoutingNumber": "MicrodepositsBlockedRoutingNumber",
        },
        fallback="OtherMessage",
        recognise=(Recognition(present=("type", "mx")),),
        codes=(
            CodeField(
                path="$.metadata.connection_status",
                code_sets=("mx.connection_status",),
                tag="mx/connect/memberStatusUpdate",
                numeric=True,
            ),
            CodeField(
                path="$.metadata.member.connection_status",
                code_sets=("mx.connection_status",),
                tag="mx/connect/memberError",
                numeric=True,
            ),
            CodeField(
                path="$.metadata.member.connection_status",
                code_sets=("mx.connection_status",),
                tag="mx/connect/memberError/primaryAction",
                numeric=True,
            ),
            CodeField(path="$.type", code_sets=("mx.postmessage_type",), tag="mx/ping"),
            CodeField(path="$.type", code_sets=("mx.postmessage_type",), tag="mx/navigation"),
            CodeField(path="$.type", code_sets=("mx.postmessage_type",), tag="mx/focusTrap"),
            CodeField(path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/loaded"),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/enterCredentials"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/institutionSearch",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/selectedInstitution",
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/memberConnected"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/connected/primaryAction",
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/memberDeleted"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/createMemberError",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/memberStatusUpdate",
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/oauthError"
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/oauthRequested"
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/stepChange"
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/submitMFA"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/updateCredentials",
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/backToSearch"
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/invalidData"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/backButtonClicked",
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/initialDataReady"
            ),
            CodeField(
                path="$.type", code_sets=("mx.postmessage_type",), tag="mx/connect/memberError"
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/memberError/primaryAction",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/loaded",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/detailsSubmitted",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/verified",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/verified/primaryAction",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/comeBack/primaryAction",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/error/primaryAction",
            ),
            CodeField(
                path="$.type",
                code_sets=("mx.postmessage_type",),
                tag="mx/connect/microdeposits/blockedRoutingNumber",
            ),
            CodeField(path="$.type", code_sets=("mx.postmessage_type",)),
        ),
    )


def _kind_13() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mastercard.error",
        strict_module="bankcodes.webhooks.mastercard.error_strict",
        root="ErrorMessage",
        recognise=(
            Recognition(
                present=("code", "user_message"),
                absent=("eventType", "reason", "request_id", "codeDescription"),
            ),
            Recognition(
                present=("code", "message"),
                absent=("eventType", "reason", "request_id", "codeDescription"),
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.code", code_sets=("mastercard.error_code",), numeric=True),),
    )


def _kind_14() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mastercard.connect_webhook",
        strict_module="bankcodes.webhooks.mastercard.connect_webhook_strict",
        root="ConnectWebhook",
        tag="eventType",
        variants={
            "accountsDeleted": "AccountsDeletedWebhook",
            "ping": "PingWebhook",
            "started": "StartedWebhook",
            "added": "AddedWebhook",
            "financialConsentCreated": "FinancialConsentCreatedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("eventType", "payload")),),
        codes=(
            CodeField(
                path="$.eventType",
                code_sets=("mastercard.webhook_event_type",),
                tag="accountsDeleted",
            ),
            CodeField(path="$.eventType", code_sets=("mastercard.webhook_event_type",), tag="ping"),
            CodeField(
                path="$.eventType", code_sets=("mastercard.webhook_event_type",), tag="started"
            ),
            CodeField(
                path="$.eventType", code_sets=("mastercard.webhook_event_type",), tag="added"
            ),
            CodeField(
                path="$.eventType",
                code_sets=("mastercard.webhook_event_type",),
                tag="financialConsentCreated",
            ),
            CodeField(path="$.eventType", code_sets=("mastercard.webhook_event_type",)),
        ),
    )


def _kind_15() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mastercard.connect_event",
        strict_module="bankcodes.webhooks.mastercard.connect_event_strict",
        root="SdkEvent",
        members=(
            Member(name="ConnectEvent", required=("code", "reason")),
            Member(name="UserEvent", required=("action",)),
            Member(name="RouteEvent", required=("screen", "params")),
        ),
        recognise=(
            Recognition(present=("code", "reason")),
            Recognition(present=("screen", "params")),
            Recognition(codes={"action": ("mastercard.connect_user_action",)}),
        ),
        codes=(
            CodeField(path="$.code", code_sets=("mastercard.connect_event_code",), numeric=True),
            CodeField(path="$.action", code_sets=("mastercard.connect_user_action",)),
            CodeField(path="$.screen", code_sets=("mastercard.connect_route_screen",)),
        ),
    )


def _kind_16() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.gocardless.requisition",
        strict_module="bankcodes.webhooks.gocardless.requisition_strict",
        root="Requisition",
        recognise=(
            Recognition(
                present=("redirect", "agreement", "accounts", "link", "status"),
                absent=("status_code",),
            ),
        ),
        codes=(CodeField(path="$.status", code_sets=("gocardless.requisition_status",)),),
    )


def _kind_17() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.gocardless.account",
        strict_module="bankcodes.webhooks.gocardless.account_strict",
        root="Account",
        recognise=(
            Recognition(
                present=("id", "created", "last_accessed", "status"), absent=("status_code",)
            ),
        ),
        codes=(CodeField(path="$.status", code_sets=("gocardless.account_status",)),),
    )


def _kind_18() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.gocardless.agreement",
        strict_module="bankcodes.webhooks.gocardless.agreement_strict",
        root="EndUserAgreement",
        recognise=(
            Recognition(
                present=("max_historical_days", "access_valid_for_days", "access_scope"),
                absent=("status_code",),
            ),
        ),
    )


def _kind_19() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.gocardless.error",
        strict_module="bankcodes.webhooks.gocardless.error_strict",
        root="ErrorResponse",
        members=(
            Member(name="AccountEndpointError", required=("summary", "detail", "type")),
            Member(name="ApiError", required=("summary", "detail")),
            Member(name="FieldErrors", required=("status_code",)),
        ),
        status_field="status_code",
        recognise=(
            Recognition(
                present=("summary", "detail"), codes={"type": ("gocardless.account_error_type",)}
            ),
            Recognition(
                present=("summary", "detail"), codes={"summary": ("gocardless.error_summary",)}
            ),
            Recognition(present=("summary", "detail", "status_code")),
            Recognition(present=("summary", "detail", "type")),
            Recognition(present=("institution_id.summary", "institution_id.detail", "status_code")),
            Recognition(present=("reference.summary", "reference.detail", "status_code")),
            Recognition(present=("user_language.summary", "user_language.detail", "status_code")),
            Recognition(present=("agreement.summary", "agreement.detail", "status_code")),
            Recognition(
                present=("account_selection.summary", "account_selection.detail", "status_code")
            ),
            Recognition(present=("reconfirmation.summary", "reconfirmation.detail", "status_code")),
            Recognition(present=("agreement", "status_code"), absent=("summary", "detail", "id")),
            Recognition(present=("redirect", "status_code"), absent=("summary", "detail", "id")),
            Recognition(present=("ssn", "status_code"), absent=("summary", "detail", "id")),
            Recognition(
                present=("access_scope", "status_code"), absent=("summary", "detail", "id")
            ),
            Recognition(
                present=("max_historical_days", "status_code"), absent=("summary", "detail", "id")
            ),
            Recognition(
                present=("access_valid_for_days", "status_code"), absent=("summary", "detail", "id")
            ),
        ),
        codes=(
            CodeField(path="$.type", code_sets=("gocardless.account_error_type",)),
            CodeField(path="$.summary", code_sets=("gocardless.error_summary",)),
        ),
    )


def _kind_20() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.event",
        strict_module="bankcodes.webhooks.stripe.event_strict",
        root="StripeEvent",
        tag="type",
        variants={
            "financial_connections.account.account_numbers_updated": "AccountNumbersUpdatedEvent",
            "financial_connections.account.created": "AccountCreatedEvent",
            "financial_connections.account.deactivated": "AccountDeactivatedEvent",
            "financial_connections.account.disconnected": "AccountDisconnectedEvent",
            "financial_connections.account.expected_deactivation_date_updated": "AccountExpectedDeactivationDateUpdatedEvent",
            "financial_connections.account.reactivated": "AccountReactivatedEvent",
            "financial_connections.account.refreshed_balance": "AccountRefreshedBalanceEvent",
            "financial_connections.account.refreshed_ownership": "AccountRefreshedOwnershipEvent",
            "financial_connections.account.refreshed_transactions": "AccountRefreshedTransactionsEvent",
            "financial_connections.account.supported_payment_method_types_updated": "AccountSupportedPaymentMethodTypesUpdatedEvent",
            "financial_connections.account.upcoming_account_number_expiry": "AccountUpcomingAccountNumberExpiryEvent",
            "financial_connections.account.upcoming_deactivation": "AccountUpcomingDeactivationEvent",
            "financial_connections.authorization.expected_deactivation_date_updated": "AuthorizationExpectedDeactivationDateUpdatedEvent",
            "financial_connections.authorization.upcoming_deactivation": "AuthorizationUpcomingDeactivationEvent",
            "setup_intent.created": "SetupIntentCreatedEvent",
            "payment_intent.payment_failed": "PaymentIntentPaymentFailedEvent",
            "setup_intent.setup_failed": "SetupIntentSetupFailedEvent",
        },
        fallback="OtherEvent",
        recognise=(Recognition(present=("id", "object", "type", "data", "created", "livemode")),),
        codes=(
            CodeField(
                path="$.data.object.last_payment_error.code",
                code_sets=("stripe.api_error_code",),
                tag="payment_intent.payment_failed",
            ),
            CodeField(
                path="$.data.object.last_setup_error.code",
                code_sets=("stripe.api_error_code",),
                tag="setup_intent.setup_failed",
            ),
            CodeField(
                path="$.data.object.last_payment_error.type",
                code_sets=("stripe.api_error_type",),
                tag="payment_intent.payment_failed",
            ),
            CodeField(
                path="$.data.object.last_setup_error.type",
                code_sets=("stripe.api_error_type",),
                tag="setup_intent.setup_failed",
            ),
            CodeField(
                path="$.data.object.balance_refresh.status",
                code_sets=("stripe.refresh_status",),
                tag="financial_connections.account.refreshed_balance",
            ),
            CodeField(
                path="$.data.object.ownership_refresh.status",
                code_sets=("stripe.refresh_status",),
                tag="financial_connections.account.refreshed_ownership",
            ),
            CodeField(
                path="$.data.object.transaction_refresh.status",
                code_sets=("stripe.refresh_status",),
                tag="financial_connections.account.refreshed_transactions",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.authorization.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.authorization.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.authorization.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.action",
                code_sets=("stripe.status_details_action",),
                tag="financial_connections.authorization.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.data.object.status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.data.object.status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.refreshed_balance",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.refreshed_ownership",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.refreshed_transactions",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.account_status",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.authorization_status",),
                tag="financial_connections.authorization.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.data.object.status",
                code_sets=("stripe.authorization_status",),
                tag="financial_connections.authorization.upcoming_deactivation",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.account_numbers_updated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.created",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.deactivated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.disconnected",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.reactivated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.refreshed_balance",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.refreshed_ownership",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.refreshed_transactions",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.supported_payment_method_types_updated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.upcoming_account_number_expiry",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.account.upcoming_deactivation",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.authorization.expected_deactivation_date_updated",
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="financial_connections.authorization.upcoming_deactivation",
            ),
            CodeField(
                path="$.type", code_sets=("stripe.webhook_type",), tag="setup_intent.created"
            ),
            CodeField(
                path="$.type",
                code_sets=("stripe.webhook_type",),
                tag="payment_intent.payment_failed",
            ),
            CodeField(
                path="$.type", code_sets=("stripe.webhook_type",), tag="setup_intent.setup_failed"
            ),
            CodeField(path="$.type", code_sets=("stripe.webhook_type",)),
        ),
    )


def _kind_21() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.api_error",
        strict_module="bankcodes.webhooks.stripe.api_error_strict",
        root="ErrorResponse",
        request_id_header="Request-Id",
        recognise=(
            Recognition(
                present=("error.code",),
                absent=("object", "type", "data", "webhook_type", "event", "name", "error.status"),
                objects=("error",),
                codes={"error.code": ("stripe.api_error_code",)},
            ),
            Recognition(
                present=("error.type", "error.request_log_url"),
                absent=("object", "type", "data", "webhook_type", "event", "name"),
                objects=("error",),
            ),
            Recognition(
                present=("error.type",),
                absent=("object", "type", "data", "webhook_type", "event", "name"),
                objects=("error",),
                provider_given=True,
            ),
        ),
        codes=(
            CodeField(path="$.error.code", code_sets=("stripe.api_error_code",)),
            CodeField(path="$.error.type", code_sets=("stripe.api_error_type",)),
        ),
    )


def _kind_22() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.fc_account",
        strict_module="bankcodes.webhooks.stripe.fc_account_strict",
        root="FcAccount",
        recognise=(
            Recognition(
                present=("id", "object", "institution_name", "supported_payment_method_types")
            ),
        ),
        codes=(
            CodeField(
                path="$.status_details.inactive.action", code_sets=("stripe.status_details_action",)
            ),
            CodeField(
                path="$.status_details.active.action", code_sets=("stripe.status_details_action",)
            ),
            CodeField(
                path="$.status_details.inactive.cause", code_sets=("stripe.status_details_cause",)
            ),
            CodeField(
                path="$.status_details.active.cause", code_sets=("stripe.status_details_cause",)
            ),
            CodeField(path="$.status", code_sets=("stripe.account_status",)),
            CodeField(path="$.balance_refresh.status", code_sets=("stripe.refresh_status",)),
            CodeField(path="$.ownership_refresh.status", code_sets=("stripe.refresh_status",)),
            CodeField(path="$.transaction_refresh.status", code_sets=("stripe.refresh_status",)),
            CodeField(
                path="$.account_numbers[*].status", code_sets=("stripe.account_number_status",)
            ),
        ),
    )


def _kind_23() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.fc_session",
        strict_module="bankcodes.webhooks.stripe.fc_session_strict",
        root="FcSession",
        recognise=(
            Recognition(
                present=("id", "object", "client_secret", "accounts", "permissions"),
                objects=("accounts",),
            ),
        ),
        codes=(
            CodeField(
                path="$.accounts.data[*].status_details.inactive.action",
                code_sets=("stripe.status_details_action",),
            ),
            CodeField(
                path="$.accounts.data[*].status_details.active.action",
                code_sets=("stripe.status_details_action",),
            ),
            CodeField(
                path="$.accounts.data[*].status_details.inactive.cause",
                code_sets=("stripe.status_details_cause",),
            ),
            CodeField(
                path="$.accounts.data[*].status_details.active.cause",
                code_sets=("stripe.status_details_cause",),
            ),
            CodeField(path="$.accounts.data[*].status", code_sets=("stripe.account_status",)),
            CodeField(
                path="$.accounts.data[*].balance_refresh.status",
                code_sets=("stripe.refresh_status",),
            ),
            CodeField(
                path="$.accounts.data[*].ownership_refresh.status",
                code_sets=("stripe.refresh_status",),
            ),
            CodeField(
                path="$.accounts.data[*].transaction_refresh.status",
                code_sets=("stripe.refresh_status",),
            ),
            CodeField(
                path="$.accounts.data[*].account_numbers[*].status",
                code_sets=("stripe.account_number_status",),
            ),
        ),
    )


def _kind_24() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.fc_authorization",
        strict_module="bankcodes.webhooks.stripe.fc_authorization_strict",
        root="FcAuthorization",
        recognise=(
            Recognition(
                present=("id", "object", "institution_name", "status_details"),
                absent=("supported_payment_method_types",),
            ),
        ),
        codes=(
            CodeField(
                path="$.status_details.inactive.action", code_sets=("stripe.status_details_action",)
            ),
            CodeField(
                path="$.status_details.active.action", code_sets=("stripe.status_details_action",)
            ),
            CodeField(path="$.status", code_sets=("stripe.authorization_status",)),
        ),
    )


def _kind_25() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.stripe.fc_transaction",
        strict_module="bankcodes.webhooks.stripe.fc_transaction_strict",
        root="FcTransaction",
        recognise=(
            Recognition(
                present=(
                    "id",
                    "object",
                    "transacted_at",
                    "status_transitions",
                    "transaction_refresh",
                )
            ),
        ),
        codes=(CodeField(path="$.status", code_sets=("stripe.transaction_status",)),),
    )


def _kind_26() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.belvo.webhook",
        strict_module="bankcodes.webhooks.belvo.webhook_strict",
        root="BelvoWebhook",
        tag="webhook_type",
        variants={
            "LINK": "LinkWebhook",
            "PAYMENT_INTENTS": "PaymentIntentsWebhook",
            "ACCOUNTS": "AccountsWebhook",
            "TRANSACTIONS": "TransactionsWebhook",
            "CHARGES": "ChargesWebhook",
            "ENROLLMENTS": "EnrollmentsWebhook",
            "BANK_ACCOUNTS": "BankAccountsWebhook",
            "CUSTOMERS": "CustomersWebhook",
            "PAYMENT_AUTHORIZATIONS": "PaymentAuthorizationsWebhook",
            "OWNERS": "OwnersWebhook",
            "INVOICES": "InvoicesWebhook",
            "BILLS": "BillsWebhook",
            "RECURRING_EXPENSES": "RecurringExpensesWebhook",
            "RISK_INSIGHTS": "RiskInsightsWebhook",
            "INCOMES": "IncomesWebhook",
            "INVESTMENTS": "InvestmentsWebhook",
            "INVESTMENT_TRANSACTIONS": "InvestmentTransactionsWebhook",
        },
        fallback="OtherWebhook",
        event_code="webhook_code",
        request_id="request_id",
        recognise=(Recognition(present=("webhook_id", "webhook_type", "webhook_code")),),
        codes=(
            CodeField(
                path="$.data.failure_code",
                code_sets=("belvo.payment_failure_code",),
                tag="PAYMENT_INTENTS",
            ),
            CodeField(path="$.data.error_code", code_sets=("belvo.error_code",), tag="LINK"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="LINK"),
            CodeField(
                path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="PAYMENT_INTENTS"
            ),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="ACCOUNTS"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="TRANSACTIONS"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="CHARGES"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="ENROLLMENTS"),
            CodeField(
                path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="BANK_ACCOUNTS"
            ),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="CUSTOMERS"),
            CodeField(
                path="$.webhook_code",
                code_sets=("belvo.webhook_code",),
                tag="PAYMENT_AUTHORIZATIONS",
            ),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="OWNERS"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="INVOICES"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="BILLS"),
            CodeField(
                path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="RECURRING_EXPENSES"
            ),
            CodeField(
                path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="RISK_INSIGHTS"
            ),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="INCOMES"),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",), tag="INVESTMENTS"),
            CodeField(
                path="$.webhook_code",
                code_sets=("belvo.webhook_code",),
                tag="INVESTMENT_TRANSACTIONS",
            ),
            CodeField(path="$.webhook_code", code_sets=("belvo.webhook_code",)),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="LINK"),
            CodeField(
                path="$.process_type", code_sets=("belvo.process_type",), tag="PAYMENT_INTENTS"
            ),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="ACCOUNTS"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="TRANSACTIONS"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="CHARGES"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="ENROLLMENTS"),
            CodeField(
                path="$.process_type", code_sets=("belvo.process_type",), tag="BANK_ACCOUNTS"
            ),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="CUSTOMERS"),
            CodeField(
                path="$.process_type",
                code_sets=("belvo.process_type",),
                tag="PAYMENT_AUTHORIZATIONS",
            ),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="OWNERS"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="INVOICES"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="BILLS"),
            CodeField(
                path="$.process_type", code_sets=("belvo.process_type",), tag="RECURRING_EXPENSES"
            ),
            CodeField(
                path="$.process_type", code_sets=("belvo.process_type",), tag="RISK_INSIGHTS"
            ),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="INCOMES"),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",), tag="INVESTMENTS"),
            CodeField(
                path="$.process_type",
                code_sets=("belvo.process_type",),
                tag="INVESTMENT_TRANSACTIONS",
            ),
            CodeField(path="$.process_type", code_sets=("belvo.process_type",)),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="LINK"),
            CodeField(
                path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="PAYMENT_INTENTS"
            ),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="ACCOUNTS"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="TRANSACTIONS"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="CHARGES"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="ENROLLMENTS"),
            CodeField(
                path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="BANK_ACCOUNTS"
            ),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="CUSTOMERS"),
            CodeField(
                path="$.webhook_type",
                code_sets=("belvo.webhook_type",),
                tag="PAYMENT_AUTHORIZATIONS",
            ),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="OWNERS"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="INVOICES"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="BILLS"),
            CodeField(
                path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="RECURRING_EXPENSES"
            ),
            CodeField(
                path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="RISK_INSIGHTS"
            ),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="INCOMES"),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",), tag="INVESTMENTS"),
            CodeField(
                path="$.webhook_type",
                code_sets=("belvo.webhook_type",),
                tag="INVESTMENT_TRANSACTIONS",
            ),
            CodeField(path="$.webhook_type", code_sets=("belvo.webhook_type",)),
        ),
    )


def _kind_27() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.belvo.api_error",
        strict_module="bankcodes.webhooks.belvo.api_error_strict",
        root="ErrorObject",
        request_id="request_id",
        status_code_set="belvo.response_status",
        recognise=(
            Recognition(
                present=("request_id", "code", "message"),
                absent=("webhook_id", "error_type", "description"),
            ),
            Recognition(
                present=("request_id", "code"),
                absent=("webhook_id", "error_type", "description"),
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.code", code_sets=("belvo.error_code",)),),
    )


def _kind_28() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.belvo.link",
        strict_module="bankcodes.webhooks.belvo.link_strict",
        root="Link",
        recognise=(Recognition(present=("institution", "access_mode", "status", "created_by")),),
        codes=(CodeField(path="$.status", code_sets=("belvo.link_status",)),),
    )


def _kind_29() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.webhook",
        strict_module="bankcodes.webhooks.truelayer.webhook_strict",
        root="TrueLayerWebhook",
        tag="type",
        variants={
            "payment_authorized": "PaymentAuthorizedWebhook",
            "payment_executed": "PaymentExecutedWebhook",
            "payment_settled": "PaymentSettledWebhook",
            "payment_creditable": "PaymentCreditableWebhook",
            "payment_settlement_stalled": "PaymentSettlementStalledWebhook",
            "payment_failed": "PaymentFailedWebhook",
            "mandate_authorized": "MandateAuthorizedWebhook",
            "mandate_failed": "MandateFailedWebhook",
            "mandate_revoked": "MandateRevokedWebhook",
            "payment_link_payment_created": "PaymentLinkPaymentCreatedWebhook",
            "payment_link_disabled": "PaymentLinkDisabledWebhook",
            "payout_executed": "PayoutExecutedWebhook",
            "payout_failed": "PayoutFailedWebhook",
            "refund_executed": "RefundExecutedWebhook",
            "refund_failed": "RefundFailedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(
            Recognition(present=("type", "event_id", "event_version")),
            Recognition(present=("event_version",), codes={"type": ("truelayer.webhook_type",)}),
        ),
        codes=(
            CodeField(
                path="$.failure_reason",
                code_sets=("truelayer.failure_reason",),
                tag="payment_failed",
            ),
            CodeField(
                path="$.failure_reason",
                code_sets=("truelayer.failure_reason",),
                tag="mandate_failed",
            ),
            CodeField(
                path="$.failure_reason",
                code_sets=("truelayer.payout_failure_reason",),
                tag="payout_failed",
            ),
            CodeField(
                path="$.failure_reason",
                code_sets=("truelayer.failure_reason",),
                tag="refund_failed",
            ),
            CodeField(
                path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_authorized"
            ),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_executed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_settled"),
            CodeField(
                path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_creditable"
            ),
            CodeField(
                path="$.type",
                code_sets=("truelayer.webhook_type",),
                tag="payment_settlement_stalled",
            ),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_failed"),
            CodeField(
                path="$.type", code_sets=("truelayer.webhook_type",), tag="mandate_authorized"
            ),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="mandate_failed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="mandate_revoked"),
            CodeField(
                path="$.type",
                code_sets=("truelayer.webhook_type",),
                tag="payment_link_payment_created",
            ),
            CodeField(
                path="$.type", code_sets=("truelayer.webhook_type",), tag="payment_link_disabled"
            ),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="payout_executed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="payout_failed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="refund_executed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",), tag="refund_failed"),
            CodeField(path="$.type", code_sets=("truelayer.webhook_type",)),
            CodeField(
                path="$.failure_stage", code_sets=("truelayer.failure_stage",), tag="payment_failed"
            ),
            CodeField(
                path="$.failure_stage", code_sets=("truelayer.failure_stage",), tag="mandate_failed"
            ),
        ),
    )


def _kind_30() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.problem",
        strict_module="bankcodes.webhooks.truelayer.problem_strict",
        root="Problem",
        request_id="trace_id",
        status_field="status",
        recognise=(
            Recognition(
                present=("type", "title", "status"),
                absent=("event_id", "error"),
                prefixes={"type": ("https://docs.truelayer.com/",)},
            ),
            Recognition(
                present=("type", "title", "status"),
                absent=("event_id", "error"),
                provider_given=True,
            ),
        ),
        codes=(
            CodeField(
                path="$.title",
                code_sets=("truelayer.payments_error", "truelayer.data_api_v3_error"),
            ),
        ),
    )


def _kind_31() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.payment",
        strict_module="bankcodes.webhooks.truelayer.payment_strict",
        root="Payment",
        recognise=(
            Recognition(
                present=("amount_in_minor", "currency", "payment_method", "status"),
                absent=("event_version",),
                objects=("payment_method",),
            ),
        ),
        codes=(
            CodeField(path="$.failure_reason", code_sets=("truelayer.failure_reason",)),
            CodeField(path="$.status", code_sets=("truelayer.payment_status",)),
            CodeField(path="$.failure_stage", code_sets=("truelayer.failure_stage",)),
        ),
    )


def _kind_32() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.payout",
        strict_module="bankcodes.webhooks.truelayer.payout_strict",
        root="Payout",
        recognise=(
            Recognition(
                present=("merchant_account_id", "amount_in_minor", "beneficiary", "status"),
                objects=("beneficiary",),
            ),
        ),
        codes=(
            CodeField(path="$.failure_reason", code_sets=("truelayer.payout_failure_reason",)),
            CodeField(path="$.status", code_sets=("truelayer.payout_status",)),
        ),
    )


def _kind_33() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.refund",
        strict_module="bankcodes.webhooks.truelayer.refund_strict",
        root="Refund",
        recognise=(
            Recognition(
                present=("amount_in_minor", "currency", "reference", "status"),
                absent=("payment_method", "beneficiary", "merchant_account_id", "event_version"),
            ),
        ),
        codes=(
            CodeField(path="$.failure_reason", code_sets=("truelayer.failure_reason",)),
            CodeField(path="$.status", code_sets=("truelayer.refund_status",)),
        ),
    )


def _kind_34() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.mandate",
        strict_module="bankcodes.webhooks.truelayer.mandate_strict",
        root="Mandate",
        recognise=(
            Recognition(
                present=("constraints", "beneficiary", "status"),
                objects=("constraints", "beneficiary"),
            ),
        ),
        codes=(
            CodeField(path="$.failure_reason", code_sets=("truelayer.failure_reason",)),
            CodeField(path="$.status", code_sets=("truelayer.mandate_status",)),
            CodeField(path="$.failure_stage", code_sets=("truelayer.failure_stage",)),
        ),
    )


def _kind_35() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.truelayer.data_api_error",
        strict_module="bankcodes.webhooks.truelayer.data_api_error_strict",
        root="DataApiErrorBody",
        recognise=(
            Recognition(
                present=("error",),
                absent=("title", "type", "webhook_type"),
                codes={"error": ("truelayer.data_api_error",)},
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.error", code_sets=("truelayer.data_api_error",)),),
    )


def _kind_36() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.ukob.error",
        strict_module="bankcodes.webhooks.ukob.error_strict",
        root="ErrorResponse",
        request_id="Id",
        recognise=(
            Recognition(present=("Code", "Message", "Errors")),
            Recognition(present=("Errors[].ErrorCode",)),
        ),
        codes=(
            CodeField(
                path="$.Errors[*].ErrorCode",
                code_sets=("ukob.error_code", "iso20022.status_reason"),
            ),
        ),
    )


def _kind_37() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.berlingroup.error",
        strict_module="bankcodes.webhooks.berlingroup.error_strict",
        root="ErrorResponse",
        recognise=(Recognition(present=("tppMessages",)),),
        codes=(CodeField(path="$.tppMessages[*].code", code_sets=("berlingroup.message_code",)),),
    )


def _kind_38() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.berlingroup.problem",
        strict_module="bankcodes.webhooks.berlingroup.problem_strict",
        root="ProblemDetails",
        recognise=(Recognition(present=("type",), codes={"code": ("berlingroup.message_code",)}),),
        codes=(
            CodeField(path="$.code", code_sets=("berlingroup.message_code",)),
            CodeField(path="$.additionalErrors[*].code", code_sets=("berlingroup.message_code",)),
        ),
    )


def _kind_39() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.cdr.error",
        strict_module="bankcodes.webhooks.cdr.error_strict",
        root="ErrorResponse",
        recognise=(
            Recognition(
                present=("errors",), absent=("meta",), codes={"errors[].code": ("cdr.error_code",)}
            ),
            Recognition(
                present=("errors",),
                absent=("meta",),
                codes={"errors[].meta.urn": ("cdr.error_code",)},
            ),
        ),
        codes=(
            CodeField(path="$.errors[*].meta.urn", code_sets=("cdr.error_code",)),
            CodeField(path="$.errors[*].code", code_sets=("cdr.error_code",)),
        ),
    )


def _kind_40() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.openfinancebrasil.error",
        strict_module="bankcodes.webhooks.openfinancebrasil.error_strict",
        root="ErrorResponse",
        recognise=(
            Recognition(
                present=("errors", "meta"),
                codes={
                    "errors[].code": (
                        "openfinancebrasil.payment_error",
                        "openfinancebrasil.recurring_payment_error",
                        "openfinancebrasil.recurring_consent_error",
                        "openfinancebrasil.enrollment_error",
                        "openfinancebrasil.data_consent_create_error",
                        "openfinancebrasil.data_consent_renewal_error",
                        "openfinancebrasil.data_consent_revocation_error",
                    )
                },
            ),
        ),
        codes=(
            CodeField(
                path="$.errors[*].code",
                code_sets=(
                    "openfinancebrasil.payment_error",
                    "openfinancebrasil.recurring_payment_error",
                    "openfinancebrasil.recurring_consent_error",
                    "openfinancebrasil.enrollment_error",
                    "openfinancebrasil.data_consent_create_error",
                    "openfinancebrasil.data_consent_renewal_error",
                    "openfinancebrasil.data_consent_revocation_error",
                ),
            ),
        ),
    )


def _kind_41() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.yapily.error",
        strict_module="bankcodes.webhooks.yapily.error_strict",
        root="ErrorResponse",
        request_id="error.tracingId",
        recognise=(
            Recognition(present=("error.tracingId",)),
            Recognition(present=("error.supportUrl",)),
            Recognition(present=("error.institutionError",)),
            Recognition(present=("error.issues", "error.code", "error.status")),
            Recognition(
                present=("error.code", "error.status", "error.message"),
                absent=("error.details", "error.errors"),
                provider_given=True,
            ),
        ),
        codes=(
            CodeField(path="$.error.issues[*].code", code_sets=("yapily.error_issue_code",)),
            CodeField(path="$.error.issues[*].type", code_sets=("yapily.error_issue_type",)),
            CodeField(path="$.error.source", code_sets=("yapily.error_source",)),
        ),
        embeds=(
            Embedded(
                field="$.error.institutionError.errorMessage",
                kinds=("ukob/error", "berlingroup/error", "berlingroup/problem"),
                decides="inner",
            ),
            Embedded(
                field="$.error.issues[*].institutionError.errorMessage",
                kinds=("ukob/error", "berlingroup/error", "berlingroup/problem"),
                decides="inner",
            ),
        ),
    )


def _kind_42() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.yapily.validation_error",
        strict_module="bankcodes.webhooks.yapily.validation_error_strict",
        root="ValidationErrorResponse",
        recognise=(Recognition(present=("errors[].fieldName", "errors[].error")),),
        codes=(CodeField(path="$.errors[*].error", code_sets=("yapily.validation_error",)),),
    )


def _kind_43() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.pluggy.item",
        strict_module="bankcodes.webhooks.pluggy.item_strict",
        root="Item",
        recognise=(Recognition(present=("executionStatus",), absent=("event", "eventId")),),
        codes=(
            CodeField(path="$.error.code", code_sets=("pluggy.execution_error_code",)),
            CodeField(path="$.executionStatus", code_sets=("pluggy.execution_status",)),
            CodeField(path="$.status", code_sets=("pluggy.item_status",)),
        ),
    )


def _kind_44() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.pluggy.webhook",
        strict_module="bankcodes.webhooks.pluggy.webhook_strict",
        root="PluggyWebhook",
        tag="event",
        variants={
            "item/error": "ItemErrorWebhook",
            "connector/status_updated": "ConnectorStatusWebhook",
            "payment_request/updated": "PaymentRequestUpdatedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("event", "eventId")),),
        codes=(
            CodeField(
                path="$.error.code",
                code_sets=("pluggy.execution_error_code", "pluggy.execution_status"),
                tag="item/error",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("pluggy.connector_status",),
                tag="connector/status_updated",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("pluggy.payment_request_status",),
                tag="payment_request/updated",
            ),
            CodeField(path="$.event", code_sets=("pluggy.webhook_event",), tag="item/error"),
            CodeField(
                path="$.event", code_sets=("pluggy.webhook_event",), tag="connector/status_updated"
            ),
            CodeField(
                path="$.event", code_sets=("pluggy.webhook_event",), tag="payment_request/updated"
            ),
            CodeField(path="$.event", code_sets=("pluggy.webhook_event",)),
        ),
    )


def _kind_45() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.pluggy.connect",
        strict_module="bankcodes.webhooks.pluggy.connect_strict",
        root="ConnectCallback",
        members=(
            Member(name="ConnectEventPayload", required=("event", "timestamp")),
            Member(name="ConnectResult"),
        ),
        recognise=(
            Recognition(present=("timestamp",), codes={"event": ("pluggy.connect_event",)}),
            Recognition(present=("item.executionStatus",), absent=("event", "eventId")),
            Recognition(present=("message", "data.item.executionStatus")),
            Recognition(present=("message",), absent=("code",), provider_given=True),
        ),
        codes=(
            CodeField(path="$.data.item.error.code", code_sets=("pluggy.execution_error_code",)),
            CodeField(path="$.item.error.code", code_sets=("pluggy.execution_error_code",)),
            CodeField(path="$.data.item.executionStatus", code_sets=("pluggy.execution_status",)),
            CodeField(path="$.item.executionStatus", code_sets=("pluggy.execution_status",)),
            CodeField(path="$.data.item.status", code_sets=("pluggy.item_status",)),
            CodeField(path="$.item.status", code_sets=("pluggy.item_status",)),
            CodeField(path="$.event", code_sets=("pluggy.connect_event",)),
        ),
    )


def _kind_46() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.fintoc.api_error",
        strict_module="bankcodes.webhooks.fintoc.api_error_strict",
        root="FintocApiError",
        status_code_set="fintoc.http_status",
        exception_code_set="fintoc.client_error_class",
        recognise=(
            Recognition(
                present=("error.code",),
                objects=("error",),
                codes={"error.code": ("fintoc.error_code",)},
            ),
            Recognition(present=("error.type",), objects=("error",), provider_given=True),
        ),
        codes=(
            CodeField(path="$.error.code", code_sets=("fintoc.error_code",)),
            CodeField(path="$.error.type", code_sets=("fintoc.error_type",)),
        ),
    )


def _kind_47() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.fintoc.webhook",
        strict_module="bankcodes.webhooks.fintoc.webhook_strict",
        root="FintocEvent",
        tag="type",
        variants={
            "payment_intent.succeeded": "PaymentIntentSucceededEvent",
            "payment_intent.rejected": "PaymentIntentRejectedEvent",
            "payment_intent.expired": "PaymentIntentExpiredEvent",
            "payment_intent.failed": "PaymentIntentFailedEvent",
            "payment_intent.pending": "PaymentIntentPendingEvent",
            "account.refresh_intent.succeeded": "AccountRefreshIntentSucceededEvent",
            "account.refresh_intent.failed": "AccountRefreshIntentFailedEvent",
            "account.refresh_intent.rejected": "AccountRefreshIntentRejectedEvent",
            "account.refresh_intent.movements_removed": "AccountRefreshIntentMovementsRemovedEvent",
            "account.refresh_intent.movements_modified": "AccountRefreshIntentMovementsModifiedEvent",
            "link.refresh_intent.succeeded": "LinkRefreshIntentSucceededEvent",
        },
        fallback="OtherEvent",
        recognise=(
            Recognition(
                present=("id", "type", "mode", "created_at", "data", "object"), absent=("livemode",)
            ),
        ),
        codes=(
            CodeField(
                path="$.data.error_reason",
                code_sets=("fintoc.payment_error_reason",),
                tag="payment_intent.succeeded",
            ),
            CodeField(
                path="$.data.error_reason",
                code_sets=("fintoc.payment_error_reason",),
                tag="payment_intent.rejected",
            ),
            CodeField(
                path="$.data.error_reason",
                code_sets=("fintoc.payment_error_reason",),
                tag="payment_intent.expired",
            ),
            CodeField(
                path="$.data.error_reason",
                code_sets=("fintoc.payment_error_reason",),
                tag="payment_intent.failed",
            ),
            CodeField(
                path="$.data.error_reason",
                code_sets=("fintoc.payment_error_reason",),
                tag="payment_intent.pending",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.payment_intent_status",),
                tag="payment_intent.succeeded",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.payment_intent_status",),
                tag="payment_intent.rejected",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.payment_intent_status",),
                tag="payment_intent.expired",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.payment_intent_status",),
                tag="payment_intent.failed",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.payment_intent_status",),
                tag="payment_intent.pending",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="account.refresh_intent.succeeded",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="account.refresh_intent.failed",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="account.refresh_intent.rejected",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="account.refresh_intent.movements_removed",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="account.refresh_intent.movements_modified",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("fintoc.refresh_intent_status",),
                tag="link.refresh_intent.succeeded",
            ),
            CodeField(
                path="$.type", code_sets=("fintoc.webhook_type",), tag="payment_intent.succeeded"
            ),
            CodeField(
                path="$.type", code_sets=("fintoc.webhook_type",), tag="payment_intent.rejected"
            ),
            CodeField(
                path="$.type", code_sets=("fintoc.webhook_type",), tag="payment_intent.expired"
            ),
            CodeField(
                path="$.type", code_sets=("fintoc.webhook_type",), tag="payment_intent.failed"
            ),
            CodeField(
                path="$.type", code_sets=("fintoc.webhook_type",), tag="payment_intent.pending"
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="account.refresh_intent.succeeded",
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="account.refresh_intent.failed",
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="account.refresh_intent.rejected",
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="account.refresh_intent.movements_removed",
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="account.refresh_intent.movements_modified",
            ),
            CodeField(
                path="$.type",
                code_sets=("fintoc.webhook_type",),
                tag="link.refresh_intent.succeeded",
            ),
            CodeField(path="$.type", code_sets=("fintoc.webhook_type",)),
        ),
    )


def _kind_48() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.fintoc.payment_intent",
        strict_module="bankcodes.webhooks.fintoc.payment_intent_strict",
        root="PaymentIntent",
        recognise=(Recognition(present=("widget_token", "error_reason", "status")),),
        codes=(
            CodeField(path="$.error_reason", code_sets=("fintoc.payment_error_reason",)),
            CodeField(path="$.status", code_sets=("fintoc.payment_intent_status",)),
        ),
    )


def _kind_49() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.fintoc.refresh_intent",
        strict_module="bankcodes.webhooks.fintoc.refresh_intent_strict",
        root="RefreshIntent",
        recognise=(Recognition(present=("refreshed_object", "status")),),
        codes=(CodeField(path="$.status", code_sets=("fintoc.refresh_intent_status",)),),
    )


def _kind_50() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.basiq.error",
        strict_module="bankcodes.webhooks.basiq.error_strict",
        root="ErrorList",
        request_id="correlationId",
        recognise=(Recognition(present=("correlationId", "data")),),
        codes=(CodeField(path="$.data[*].code", code_sets=("basiq.error_code",)),),
    )


def _kind_51() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.basiq.job",
        strict_module="bankcodes.webhooks.basiq.job_strict",
        root="Job",
        recognise=(
            Recognition(
                present=("steps", "created", "updated"),
                codes={"steps[].status": ("basiq.job_step_status",)},
            ),
        ),
        codes=(
            CodeField(path="$.steps[*].result.code", code_sets=("basiq.job_result_code",)),
            CodeField(path="$.status", code_sets=("basiq.job_step_status",)),
            CodeField(path="$.steps[*].status", code_sets=("basiq.job_step_status",)),
            CodeField(path="$.steps[*].title", code_sets=("basiq.job_step_title",)),
        ),
    )


def _kind_52() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.basiq.webhook",
        strict_module="bankcodes.webhooks.basiq.webhook_strict",
        root="WebhookMessage",
        tag="eventTypeId",
        variants={
            "account.updated": "AccountUpdatedWebhook",
            "connection.activated": "ConnectionActivatedWebhook",
            "connection.created": "ConnectionCreatedWebhook",
            "connection.deleted": "ConnectionDeletedWebhook",
            "connection.invalidated": "ConnectionInvalidatedWebhook",
            "consent.created": "ConsentCreatedWebhook",
            "consent.expired": "ConsentExpiredWebhook",
            "consent.reminder": "ConsentReminderWebhook",
            "consent.revoked": "ConsentRevokedWebhook",
            "consent.updated": "ConsentUpdatedWebhook",
            "consent.warning": "ConsentWarningWebhook",
            "transactions.updated": "TransactionsUpdatedWebhook",
            "user.created": "UserCreatedWebhook",
            "user.deleted": "UserDeletedWebhook",
            "user.updated": "UserUpdatedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("eventTypeId", "eventId")),),
        codes=(
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="account.updated"
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="connection.activated",
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="connection.created",
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="connection.deleted",
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="connection.invalidated",
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="consent.created"
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="consent.expired"
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="consent.reminder",
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="consent.revoked"
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="consent.updated"
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="consent.warning"
            ),
            CodeField(
                path="$.eventTypeId",
                code_sets=("basiq.webhook_event_type",),
                tag="transactions.updated",
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="user.created"
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="user.deleted"
            ),
            CodeField(
                path="$.eventTypeId", code_sets=("basiq.webhook_event_type",), tag="user.updated"
            ),
            CodeField(path="$.eventTypeId", code_sets=("basiq.webhook_event_type",)),
        ),
    )


def _kind_53() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.notification",
        strict_module="bankcodes.webhooks.setu.notification_strict",
        root="SetuNotification",
        tag="type",
        variants={
            "CONSENT_STATUS_UPDATE": "ConsentStatusNotification",
            "SESSION_STATUS_UPDATE": "SessionStatusNotification",
            "FI_DATA_READY": "FiDataReadyNotification",
            "FI_DATA_FAILED": "FiDataFailedNotification",
        },
        fallback="OtherNotification",
        recognise=(
            Recognition(present=("consentId",), codes={"type": ("setu.notification_type",)}),
        ),
        codes=(
            CodeField(
                path="$.error.message",
                code_sets=("setu.consent_error_reason",),
                tag="CONSENT_STATUS_UPDATE",
            ),
            CodeField(
                path="$.error.code",
                code_sets=("setu.notification_error_code",),
                tag="CONSENT_STATUS_UPDATE",
            ),
            CodeField(
                path="$.error.code",
                code_sets=("setu.notification_error_code",),
                tag="FI_DATA_FAILED",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("setu.consent_status",),
                tag="CONSENT_STATUS_UPDATE",
            ),
            CodeField(
                path="$.data.status",
                code_sets=("setu.data_session_status",),
                tag="SESSION_STATUS_UPDATE",
            ),
            CodeField(
                path="$.data.fips[*].accounts[*].FIStatus",
                code_sets=("setu.fi_status",),
                tag="SESSION_STATUS_UPDATE",
            ),
            CodeField(
                path="$.status", code_sets=("setu.data_session_status",), tag="FI_DATA_READY"
            ),
            CodeField(
                path="$.type", code_sets=("setu.notification_type",), tag="CONSENT_STATUS_UPDATE"
            ),
            CodeField(
                path="$.type", code_sets=("setu.notification_type",), tag="SESSION_STATUS_UPDATE"
            ),
            CodeField(path="$.type", code_sets=("setu.notification_type",), tag="FI_DATA_READY"),
            CodeField(path="$.type", code_sets=("setu.notification_type",), tag="FI_DATA_FAILED"),
            CodeField(path="$.type", code_sets=("setu.notification_type",)),
        ),
    )


def _kind_54() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.consent",
        strict_module="bankcodes.webhooks.setu.consent_strict",
        root="Consent",
        request_id="traceId",
        recognise=(
            Recognition(
                present=("url", "detail.consentStart"), codes={"status": ("setu.consent_status",)}
            ),
        ),
        codes=(CodeField(path="$.status", code_sets=("setu.consent_status",)),),
    )


def _kind_55() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.consent_revocation",
        strict_module="bankcodes.webhooks.setu.consent_revocation_strict",
        root="ConsentRevocation",
        request_id="traceId",
        recognise=(
            Recognition(
                present=("traceId",),
                absent=("id", "url", "consentId"),
                codes={"status": ("setu.consent_status",)},
            ),
        ),
        codes=(CodeField(path="$.status", code_sets=("setu.consent_status",)),),
    )


def _kind_56() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.data_session",
        strict_module="bankcodes.webhooks.setu.data_session_strict",
        root="DataSession",
        request_id="traceId",
        recognise=(
            Recognition(
                present=("consentId", "dataRange", "format"),
                absent=("type",),
                codes={"status": ("setu.data_session_status",)},
            ),
        ),
        codes=(
            CodeField(path="$.status", code_sets=("setu.data_session_status",)),
            CodeField(path="$.fips[*].accounts[*].FIstatus", code_sets=("setu.fi_status",)),
            CodeField(path="$.fips[*].accounts[*].status", code_sets=("setu.fi_status",)),
        ),
    )


def _kind_57() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.data_session_list",
        strict_module="bankcodes.webhooks.setu.data_session_list_strict",
        root="DataSessionList",
        request_id="traceId",
        recognise=(Recognition(present=("consentId", "dataSessions")),),
        codes=(
            CodeField(path="$.dataSessions[*].status", code_sets=("setu.data_session_status",)),
        ),
    )


def _kind_58() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.fip_list",
        strict_module="bankcodes.webhooks.setu.fip_list_strict",
        root="FipList",
        request_id="traceId",
        recognise=(Recognition(present=("data[].fipId", "data[].fiTypes")),),
        codes=(CodeField(path="$.data[*].status", code_sets=("setu.fip_status",)),),
    )


def _kind_59() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.setu.error",
        strict_module="bankcodes.webhooks.setu.error_strict",
        root="ErrorResponse",
        request_id="traceId",
        recognise=(Recognition(present=("errorCode", "errorMsg")),),
        codes=(CodeField(path="$.errorCode", code_sets=("setu.api_error_code",)),),
    )


def _kind_60() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mono.api_response",
        strict_module="bankcodes.webhooks.mono.api_response_strict",
        root="ApiResponse",
        members=(
            Member(name="ApiResponseV2", required=("status",)),
            Member(name="AccountV1Response", required=("meta", "account")),
        ),
        status_code_set="mono.http_status",
        recognise=(
            Recognition(
                present=("status",),
                absent=("event",),
                codes={"data.meta.data_status": ("mono.data_status",)},
            ),
            Recognition(
                present=("account",),
                absent=("event", "data"),
                codes={"meta.data_status": ("mono.data_status",)},
            ),
            Recognition(present=("status", "timestamp", "data.responseCode"), absent=("event",)),
            Recognition(
                present=("status", "message", "timestamp"), absent=("event",), provider_given=True
            ),
        ),
        codes=(
            CodeField(path="$.data.meta.data_status", code_sets=("mono.data_status",)),
            CodeField(path="$.meta.data_status", code_sets=("mono.data_status",)),
            CodeField(
                path="$.data.responseCode", code_sets=("mono.login_response_code",), numeric=True
            ),
        ),
    )


def _kind_61() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mono.webhook",
        strict_module="bankcodes.webhooks.mono.webhook_strict",
        root="MonoWebhook",
        tag="event",
        variants={
            "mono.events.account_connected": "AccountConnectedWebhook",
            "mono.events.account_updated": "AccountUpdatedWebhook",
            "mono.events.account_unlinked": "AccountUnlinkedWebhook",
            "mono.events.reauthorisation_required": "ReauthorisationRequiredWebhook",
            "mono.events.account_reauthorized": "AccountReauthorizedWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("data",), codes={"event": ("mono.webhook_event",)}),),
        codes=(
            CodeField(
                path="$.data.meta.data_status",
                code_sets=("mono.data_status",),
                tag="mono.events.account_updated",
            ),
            CodeField(
                path="$.event",
                code_sets=("mono.webhook_event",),
                tag="mono.events.account_connected",
            ),
            CodeField(
                path="$.event", code_sets=("mono.webhook_event",), tag="mono.events.account_updated"
            ),
            CodeField(
                path="$.event",
                code_sets=("mono.webhook_event",),
                tag="mono.events.account_unlinked",
            ),
            CodeField(
                path="$.event",
                code_sets=("mono.webhook_event",),
                tag="mono.events.reauthorisation_required",
            ),
            CodeField(
                path="$.event",
                code_sets=("mono.webhook_event",),
                tag="mono.events.account_reauthorized",
            ),
            CodeField(path="$.event", code_sets=("mono.webhook_event",)),
        ),
    )


def _kind_62() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mono.connect_message",
        strict_module="bankcodes.webhooks.mono.connect_message_strict",
        root="ConnectMessage",
        tag="type",
        variants={
            "mono.connect.widget_opened": "WidgetOpened",
            "mono.connect.error_occured": "ErrorOccured",
            "mono.connect.institution_selected": "InstitutionSelected",
            "mono.connect.auth_method_switched": "AuthMethodSwitched",
            "mono.connect.on_exit": "OnExit",
            "mono.connect.login_attempt": "LoginAttempt",
            "mono.connect.mfa_submitted": "MfaSubmitted",
            "mono.connect.account_linked": "AccountLinked",
            "mono.connect.account_selected": "AccountSelected",
            "mono.connect.widget_loaded": "WidgetLoaded",
            "mono.connect.widget.account_linked": "WidgetAccountLinked",
            "mono.connect.widget.charge_complete": "WidgetChargeComplete",
            "mono.connect.widget.closed": "WidgetClosed",
        },
        fallback="OtherMessage",
        recognise=(
            Recognition(present=("data",), codes={"type": ("mono.connect_message_type",)}),
            Recognition(codes={"type": ("mono.connect_message_type",)}, provider_given=True),
        ),
        codes=(
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.widget_opened",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.error_occured",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.institution_selected",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.auth_method_switched",
            ),
            CodeField(
                path="$.type", code_sets=("mono.connect_message_type",), tag="mono.connect.on_exit"
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.login_attempt",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.mfa_submitted",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.account_linked",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.account_selected",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.widget_loaded",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.widget.account_linked",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.widget.charge_complete",
            ),
            CodeField(
                path="$.type",
                code_sets=("mono.connect_message_type",),
                tag="mono.connect.widget.closed",
            ),
            CodeField(path="$.type", code_sets=("mono.connect_message_type",)),
        ),
    )


def _kind_63() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.pluggy.api_error",
        strict_module="bankcodes.webhooks.pluggy.api_error_strict",
        root="PluggyApiError",
        status_field="code",
        recognise=(
            Recognition(present=("codeDescription", "code", "message")),
            Recognition(present=("code", "message"), provider_given=True),
        ),
        codes=(
            CodeField(
                path="$.codeDescription",
                code_sets=("pluggy.code_description", "pluggy.item_request_error"),
            ),
            CodeField(path="$.code", code_sets=("pluggy.response_status",), numeric=True),
        ),
    )


def _kind_64() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.uaeopenfinance.error",
        strict_module="bankcodes.webhooks.uaeopenfinance.error_strict",
        root="ErrorResponse",
        request_id_header="x-fapi-interaction-id",
        recognise=(
            Recognition(
                present=("Errors[].Code", "Errors[].Message"), absent=("Code", "Id", "Message")
            ),
        ),
        codes=(CodeField(path="$.Errors[*].Code", code_sets=("uaeopenfinance.error_code",)),),
    )


def _kind_65() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.uaeopenfinance.signed_error",
        strict_module="bankcodes.webhooks.uaeopenfinance.signed_error_strict",
        root="SignedError",
        request_id_header="x-fapi-interaction-id",
        recognise=(
            Recognition(
                present=("iss", "exp", "nbf", "message.Errors[].Code", "message.Errors[].Message")
            ),
        ),
        codes=(
            CodeField(path="$.message.Errors[*].Code", code_sets=("uaeopenfinance.error_code",)),
        ),
        jwt_unverified="The UAE Open Finance files (v2.1) name no signer, algorithm or key for the JWT of an error response: they refer its claims to RFC 7519, and its signing to a UAE Standard API User Guide, which was not read.",
    )


def _kind_66() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.polishapi.error",
        strict_module="bankcodes.webhooks.polishapi.error_strict",
        root="ErrorResponse",
        request_id="responseHeader.requestId",
        status_code_set="polishapi.http_status",
        recognise=(
            Recognition(
                present=("responseHeader.requestId", "responseHeader.sendDate", "code"),
                objects=("responseHeader",),
            ),
        ),
    )


def _kind_67() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.enablebanking.error",
        strict_module="bankcodes.webhooks.enablebanking.error_strict",
        root="EnableBankingError",
        status_field="code",
        status_code_set="enablebanking.response_status",
        recognise=(
            Recognition(
                present=("error", "message"), codes={"error": ("enablebanking.error_code",)}
            ),
            Recognition(present=("error", "code"), codes={"error": ("enablebanking.error_code",)}),
            Recognition(
                present=("error",),
                codes={"error": ("enablebanking.error_code",)},
                provider_given=True,
            ),
            Recognition(present=("message", "code"), provider_given=True),
        ),
        codes=(
            CodeField(path="$.error", code_sets=("enablebanking.error_code",)),
            CodeField(path="$.code", code_sets=("enablebanking.response_status",), numeric=True),
        ),
    )


def _kind_68() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.teller.error",
        strict_module="bankcodes.webhooks.teller.error_strict",
        root="TellerError",
        status_code_set="teller.response_status",
        recognise=(
            Recognition(
                present=("error.code", "error.message"), objects=("error",), provider_given=True
            ),
        ),
        codes=(CodeField(path="$.error.code", code_sets=("teller.error_code",)),),
    )


def _kind_69() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.teller.webhook",
        strict_module="bankcodes.webhooks.teller.webhook_strict",
        root="TellerWebhook",
        recognise=(
            Recognition(
                present=("id", "payload", "timestamp", "type"),
                codes={"type": ("teller.webhook_type",)},
            ),
        ),
        codes=(
            CodeField(path="$.payload.reason", code_sets=("teller.disconnect_reason",)),
            CodeField(path="$.type", code_sets=("teller.webhook_type",)),
        ),
    )


def _kind_70() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.akahu.webhook",
        strict_module="bankcodes.webhooks.akahu.webhook_strict",
        root="AkahuWebhook",
        tag="webhook_type",
        variants={
            "TOKEN": "TokenWebhook",
            "ACCOUNT": "AccountWebhook",
            "TRANSACTION": "TransactionWebhook",
            "TRANSFER": "TransferWebhook",
            "PAYMENT": "PaymentWebhook",
        },
        fallback="OtherWebhook",
        recognise=(
            Recognition(
                present=("webhook_code", "state"), codes={"webhook_type": ("akahu.webhook_type",)}
            ),
        ),
        codes=(
            CodeField(
                path="$.status_code", code_sets=("akahu.payment_status_code",), tag="PAYMENT"
            ),
            CodeField(path="$.status", code_sets=("akahu.transfer_status",), tag="TRANSFER"),
            CodeField(path="$.status", code_sets=("akahu.payment_status",), tag="PAYMENT"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",), tag="TOKEN"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",), tag="ACCOUNT"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",), tag="TRANSACTION"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",), tag="TRANSFER"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",), tag="PAYMENT"),
            CodeField(path="$.webhook_code", code_sets=("akahu.webhook_code",)),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",), tag="TOKEN"),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",), tag="ACCOUNT"),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",), tag="TRANSACTION"),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",), tag="TRANSFER"),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",), tag="PAYMENT"),
            CodeField(path="$.webhook_type", code_sets=("akahu.webhook_type",)),
        ),
    )


def _kind_71() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.akahu.oauth_error",
        strict_module="bankcodes.webhooks.akahu.oauth_error_strict",
        root="OauthErrorBody",
        recognise=(
            Recognition(
                present=("error",),
                absent=("success", "message", "code"),
                codes={"error": ("akahu.oauth_error",)},
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.error", code_sets=("akahu.oauth_error",)),),
    )


def _kind_72() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.quiltt.webhook",
        strict_module="bankcodes.webhooks.quiltt.webhook_strict",
        root="QuilttWebhook",
        recognise=(
            Recognition(
                present=("environment", "eventTypes", "events"),
                codes={"events[].type": ("quiltt.webhook_event_type",)},
            ),
        ),
        codes=(
            CodeField(path="$.events[*].type", code_sets=("quiltt.webhook_event_type",)),
            CodeField(path="$.eventTypes[*]", code_sets=("quiltt.webhook_event_type",)),
        ),
    )


def _kind_73() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.quiltt.connection",
        strict_module="bankcodes.webhooks.quiltt.connection_strict",
        root="Connection",
        recognise=(
            Recognition(
                present=("status", "provider"),
                codes={
                    "status": ("quiltt.connection_status",),
                    "provider": ("quiltt.connection_provider",),
                },
            ),
        ),
        codes=(
            CodeField(path="$.status", code_sets=("quiltt.connection_status",)),
            CodeField(
                path="$.remoteData.plaid.connection.response.error.errorCode",
                code_sets=("plaid.error_code",),
            ),
            CodeField(
                path="$.remoteData.plaid.connection.response.error.errorType",
                code_sets=("plaid.error_type",),
            ),
            CodeField(
                path="$.remoteData.mx.connection.response.connectionStatus",
                code_sets=("mx.connection_status",),
                numeric=True,
            ),
            CodeField(path="$.provider", code_sets=("quiltt.connection_provider",)),
        ),
    )


def _kind_74() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.tink.link_error",
        strict_module="bankcodes.webhooks.tink.link_error_strict",
        root="TinkLinkError",
        recognise=(
            Recognition(
                present=("error", "error_reason"), codes={"error": ("tink.link_error_status",)}
            ),
        ),
        codes=(
            CodeField(path="$.error_reason", code_sets=("tink.link_error_reason",)),
            CodeField(path="$.error", code_sets=("tink.link_error_status",)),
        ),
    )


def _kind_75() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.tink.legacy_error",
        strict_module="bankcodes.webhooks.tink.legacy_error_strict",
        root="TinkLegacyError",
        recognise=(
            Recognition(
                present=("errorCode", "errorMessage"),
                codes={"errorCode": ("tink.legacy_error_code",)},
            ),
            Recognition(
                present=("errorCode",),
                codes={"errorCode": ("tink.legacy_error_code",)},
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.errorCode", code_sets=("tink.legacy_error_code",)),),
    )


def _kind_76() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.powens.error",
        strict_module="bankcodes.webhooks.powens.error_strict",
        root="PowensError",
        recognise=(
            Recognition(
                present=("code", "description", "request_id"),
                codes={"code": ("powens.error_code",)},
            ),
            Recognition(
                present=("code", "description"),
                codes={"code": ("powens.error_code",)},
                provider_given=True,
            ),
        ),
        codes=(CodeField(path="$.code", code_sets=("powens.error_code",)),),
    )


def _kind_77() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.powens.connection",
        strict_module="bankcodes.webhooks.powens.connection_strict",
        root="PowensConnection",
        recognise=(
            Recognition(
                present=("id_connector", "state"), codes={"state": ("powens.connection_state",)}
            ),
            Recognition(
                present=("id_connector", "error"), codes={"error": ("powens.connection_state",)}
            ),
        ),
        codes=(
            CodeField(path="$.state", code_sets=("powens.connection_state",)),
            CodeField(path="$.error", code_sets=("powens.connection_state",)),
        ),
    )


def _kind_78() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.bridge.webhook",
        strict_module="bankcodes.webhooks.bridge.webhook_strict",
        root="BridgeWebhook",
        tag="type",
        variants={
            "user.deleted": "UserDeletedWebhook",
            "item.created": "ItemCreatedWebhook",
            "ITEM_CREATED": "ItemCreatedV2019Webhook",
            "ACCOUNT_CREATED": "AccountCreatedV2019Webhook",
            "payment.transaction.updated": "PaymentTransactionUpdatedWebhook",
            "TEST_EVENT": "TestEventWebhook",
        },
        fallback="OtherWebhook",
        recognise=(Recognition(present=("content", "timestamp", "type"), objects=("content",)),),
        codes=(
            CodeField(path="$.type", code_sets=("bridge.webhook_type",), tag="user.deleted"),
            CodeField(path="$.type", code_sets=("bridge.webhook_type",), tag="item.created"),
            CodeField(path="$.type", code_sets=("bridge.webhook_type",), tag="ITEM_CREATED"),
            CodeField(path="$.type", code_sets=("bridge.webhook_type",), tag="ACCOUNT_CREATED"),
            CodeField(
                path="$.type", code_sets=("bridge.webhook_type",), tag="payment.transaction.updated"
            ),
            CodeField(path="$.type", code_sets=("bridge.webhook_type",), tag="TEST_EVENT"),
            CodeField(path="$.type", code_sets=("bridge.webhook_type",)),
        ),
    )


def _kind_79() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.bridge.item",
        strict_module="bankcodes.webhooks.bridge.item_strict",
        root="BridgeItem",
        recognise=(Recognition(present=("status", "status_code_info", "status_code_description")),),
        codes=(
            CodeField(path="$.status", code_sets=("bridge.item_status",), numeric=True),
            CodeField(path="$.status_code_info", code_sets=("bridge.status_code_info",)),
        ),
    )


def _kind_80() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.bridge.error",
        strict_module="bankcodes.webhooks.bridge.error_strict",
        root="BridgeError",
        status_code_set="bridge.response_status",
        recognise=(
            Recognition(
                present=("code", "property", "message"), absent=("type", "error", "status")
            ),
            Recognition(present=("code", "message"), provider_given=True),
        ),
        codes=(CodeField(path="$.code", code_sets=("bridge.error_code",)),),
    )


def _kind_81() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.bridge.error_v2019",
        strict_module="bankcodes.webhooks.bridge.error_v2019_strict",
        root="BridgeErrorV2019",
        status_code_set="bridge.response_status",
        recognise=(
            Recognition(
                present=("type", "message", "documentation_url"),
                absent=("code", "error", "status", "content"),
            ),
        ),
        codes=(CodeField(path="$.type", code_sets=("bridge.error_type",)),),
    )


def _kind_82() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.mastercard.europe_error",
        strict_module="bankcodes.webhooks.mastercard.europe_error_strict",
        root="EuropeErrorBody",
        recognise=(
            Recognition(
                present=("error", "details"),
                objects=("details",),
                codes={"error": ("mastercard.europe_error",)},
            ),
        ),
        codes=(CodeField(path="$.error", code_sets=("mastercard.europe_error",)),),
    )


#: Kind -> where its models are and how its root model is chosen (each built on first use).
KINDS: LazyKinds = LazyKinds(
    {
        "lean/webhook": _kind_1,
        "lean/callback": _kind_2,
        "lean/data-api-response": _kind_3,
        "argyle/webhook": _kind_4,
        "flinks/api-response": _kind_5,
        "flinks/connect-message": _kind_6,
        "flinks/webhook": _kind_7,
        "plaid/error": _kind_8,
        "plaid/webhook": _kind_9,
        "plaid/link": _kind_10,
        "mx/webhook": _kind_11,
        "mx/connect-message": _kind_12,
        "mastercard/error": _kind_13,
        "mastercard/connect-webhook": _kind_14,
        "mastercard/connect-event": _kind_15,
        "gocardless/requisition": _kind_16,
        "gocardless/account": _kind_17,
        "gocardless/agreement": _kind_18,
        "gocardless/error": _kind_19,
        "stripe/event": _kind_20,
        "stripe/api-error": _kind_21,
        "stripe/fc-account": _kind_22,
        "stripe/fc-session": _kind_23,
        "stripe/fc-authorization": _kind_24,
        "stripe/fc-transaction": _kind_25,
        "belvo/webhook": _kind_26,
        "belvo/api-error": _kind_27,
        "belvo/link": _kind_28,
        "truelayer/webhook": _kind_29,
        "truelayer/problem": _kind_30,
        "truelayer/payment": _kind_31,
        "truelayer/payout": _kind_32,
        "truelayer/refund": _kind_33,
        "truelayer/mandate": _kind_34,
        "truelayer/data-api-error": _kind_35,
        "ukob/error": _kind_36,
        "berlingroup/error": _kind_37,
        "berlingroup/problem": _kind_38,
        "cdr/error": _kind_39,
        "openfinancebrasil/error": _kind_40,
        "yapily/error": _kind_41,
        "yapily/validation-error": _kind_42,
        "pluggy/item": _kind_43,
        "pluggy/webhook": _kind_44,
        "pluggy/connect": _kind_45,
        "fintoc/api-error": _kind_46,
        "fintoc/webhook": _kind_47,
        "fintoc/payment-intent": _kind_48,
        "fintoc/refresh-intent": _kind_49,
        "basiq/error": _kind_50,
        "basiq/job": _kind_51,
        "basiq/webhook": _kind_52,
        "setu/notification": _kind_53,
        "setu/consent": _kind_54,
        "setu/consent-revocation": _kind_55,
        "setu/data-session": _kind_56,
        "setu/data-session-list": _kind_57,
        "setu/fip-list": _kind_58,
        "setu/error": _kind_59,
        "mono/api-response": _kind_60,
        "mono/webhook": _kind_61,
        "mono/connect-message": _kind_62,
        "pluggy/api-error": _kind_63,
        "uaeopenfinance/error": _kind_64,
        "uaeopenfinance/signed-error": _kind_65,
        "polishapi/error": _kind_66,
        "enablebanking/error": _kind_67,
        "teller/error": _kind_68,
        "teller/webhook": _kind_69,
        "akahu/webhook": _kind_70,
        "akahu/oauth-error": _kind_71,
        "quiltt/webhook": _kind_72,
        "quiltt/connection": _kind_73,
        "tink/link-error": _kind_74,
        "tink/legacy-error": _kind_75,
        "powens/error": _kind_76,
        "powens/connection": _kind_77,
        "bridge/webhook": _kind_78,
        "bridge/item": _kind_79,
        "bridge/error": _kind_80,
        "bridge/error-v2019": _kind_81,
        "mastercard/europe-error": _kind_82,
    }
)
