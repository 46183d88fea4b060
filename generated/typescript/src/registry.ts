// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  LeanCallbackStatusInfo,
  LeanCallbackStatusAliases,
  LeanSecondaryStatusInfo,
  LeanSecondaryStatusAliases,
  LeanCallbackMethodInfo,
  LeanCallbackMethodAliases,
  LeanUserExitIntentInfo,
  LeanUserExitIntentAliases,
  LeanPermissionInfo,
  LeanPermissionAliases,
  LeanSdkMethodInfo,
  LeanSdkMethodAliases,
  LeanWebhookEventTypeInfo,
  LeanWebhookEventTypeAliases,
  LeanPaymentStatusInfo,
  LeanPaymentStatusAliases,
  LeanPaymentLifecycleStatusInfo,
  LeanPaymentLifecycleStatusAliases,
  LeanPaymentSourceStatusInfo,
  LeanPaymentSourceStatusAliases,
  LeanPaymentIntentStatusInfo,
  LeanPaymentIntentStatusAliases,
  LeanReconciliationStatusInfo,
  LeanReconciliationStatusAliases,
  LeanDataRefreshStatusInfo,
  LeanDataRefreshStatusAliases,
  LeanDataApiStatusInfo,
  LeanDataApiStatusAliases,
  LeanGranularStatusCodeInfo,
  LeanGranularStatusCodeAliases,
  LeanApiErrorStatusInfo,
  LeanApiErrorStatusAliases,
  LeanConsentStatusInfo,
  LeanConsentStatusAliases,
  LeanConsentRevocationReasonInfo,
  LeanConsentRevocationReasonAliases,
} from "./lean.js";
import {
  FlinksApiErrorCodeInfo,
  FlinksApiErrorCodeAliases,
  FlinksConnectErrorInfo,
  FlinksConnectErrorAliases,
  FlinksConnectStepInfo,
  FlinksConnectStepAliases,
  FlinksWebhookResponseTypeInfo,
  FlinksWebhookResponseTypeAliases,
} from "./flinks.js";
import {
  ArgyleBankConnectionErrorInfo,
  ArgyleBankConnectionErrorAliases,
  ArgyleVerificationStateInfo,
  ArgyleVerificationStateAliases,
  ArgyleVerificationStatusCodeInfo,
  ArgyleVerificationStatusCodeAliases,
  ArgyleVerificationErrorInfo,
  ArgyleVerificationErrorAliases,
  ArgyleWebhookEventInfo,
  ArgyleWebhookEventAliases,
  ArgyleReportTypeInfo,
  ArgyleReportTypeAliases,
  ArgyleDataSourceInfo,
  ArgyleDataSourceAliases,
  ArgyleChannelInfo,
  ArgyleChannelAliases,
} from "./argyle.js";
import {
  PlaidErrorTypeInfo,
  PlaidErrorTypeAliases,
  PlaidErrorCodeInfo,
  PlaidErrorCodeAliases,
  PlaidLinkExitStatusInfo,
  PlaidLinkExitStatusAliases,
  PlaidLinkEventNameInfo,
  PlaidLinkEventNameAliases,
  PlaidWebhookTypeInfo,
  PlaidWebhookTypeAliases,
  PlaidScreeningWebhookCodeInfo,
  PlaidScreeningWebhookCodeAliases,
  PlaidEntityScreeningWebhookCodeInfo,
  PlaidEntityScreeningWebhookCodeAliases,
  PlaidBeaconWebhookCodeInfo,
  PlaidBeaconWebhookCodeAliases,
  PlaidIdentityVerificationWebhookCodeInfo,
  PlaidIdentityVerificationWebhookCodeAliases,
  PlaidTransactionsWebhookCodeInfo,
  PlaidTransactionsWebhookCodeAliases,
  PlaidIdentityWebhookCodeInfo,
  PlaidIdentityWebhookCodeAliases,
  PlaidProcessorTokenWebhookCodeInfo,
  PlaidProcessorTokenWebhookCodeAliases,
  PlaidIssuesWebhookCodeInfo,
  PlaidIssuesWebhookCodeAliases,
  PlaidAuthWebhookCodeInfo,
  PlaidAuthWebhookCodeAliases,
  PlaidItemWebhookCodeInfo,
  PlaidItemWebhookCodeAliases,
  PlaidIncomeWebhookCodeInfo,
  PlaidIncomeWebhookCodeAliases,
  PlaidBankTransfersWebhookCodeInfo,
  PlaidBankTransfersWebhookCodeAliases,
  PlaidTransferWebhookCodeInfo,
  PlaidTransferWebhookCodeAliases,
  PlaidLayerWebhookCodeInfo,
  PlaidLayerWebhookCodeAliases,
  PlaidProtectWebhookCodeInfo,
  PlaidProtectWebhookCodeAliases,
  PlaidInvestmentsTransactionsWebhookCodeInfo,
  PlaidInvestmentsTransactionsWebhookCodeAliases,
  PlaidHoldingsWebhookCodeInfo,
  PlaidHoldingsWebhookCodeAliases,
  PlaidPartnerWebhookCodeInfo,
  PlaidPartnerWebhookCodeAliases,
  PlaidLiabilitiesWebhookCodeInfo,
  PlaidLiabilitiesWebhookCodeAliases,
  PlaidPaymentInitiationWebhookCodeInfo,
  PlaidPaymentInitiationWebhookCodeAliases,
  PlaidWalletWebhookCodeInfo,
  PlaidWalletWebhookCodeAliases,
  PlaidLinkDeliveryWebhookCodeInfo,
  PlaidLinkDeliveryWebhookCodeAliases,
  PlaidStatementsWebhookCodeInfo,
  PlaidStatementsWebhookCodeAliases,
  PlaidCashFlowUpdatesWebhookCodeInfo,
  PlaidCashFlowUpdatesWebhookCodeAliases,
  PlaidBaseReportWebhookCodeInfo,
  PlaidBaseReportWebhookCodeAliases,
  PlaidCraIncomeWebhookCodeInfo,
  PlaidCraIncomeWebhookCodeAliases,
  PlaidCheckReportWebhookCodeInfo,
  PlaidCheckReportWebhookCodeAliases,
  PlaidCraInsightsWebhookCodeInfo,
  PlaidCraInsightsWebhookCodeAliases,
  PlaidLinkWebhookCodeInfo,
  PlaidLinkWebhookCodeAliases,
  PlaidDashboardConfiguredAlertWebhookCodeInfo,
  PlaidDashboardConfiguredAlertWebhookCodeAliases,
  PlaidAssetsWebhookCodeInfo,
  PlaidAssetsWebhookCodeAliases,
} from "./plaid.js";
import {
  MxConnectionStatusInfo,
  MxConnectionStatusAliases,
  MxWebhookTypeInfo,
  MxWebhookTypeAliases,
  MxPostMessageTypeInfo,
  MxPostMessageTypeAliases,
} from "./mx.js";
import {
  MastercardErrorCodeInfo,
  MastercardErrorCodeAliases,
  MastercardConnectEventCodeInfo,
  MastercardConnectEventCodeAliases,
  MastercardConnectRouteScreenInfo,
  MastercardConnectRouteScreenAliases,
  MastercardConnectUserActionInfo,
  MastercardConnectUserActionAliases,
  MastercardWebhookEventTypeInfo,
  MastercardWebhookEventTypeAliases,
} from "./mastercard.js";

/** The version of the catalog this package was generated from. */
export const SPEC_VERSION = "1.1.0";

/** The providers of the catalog. */
export type Provider = "lean" | "flinks" | "argyle" | "plaid" | "mx" | "mastercard";
export const PROVIDERS: readonly Provider[] = ["lean", "flinks", "argyle", "plaid", "mx", "mastercard"];

/** Every provider's code sets by id, in priority order: their metadata and aliases. */
export const CODE_SETS: { readonly [P in Provider]: { readonly [id: string]: CodeSetTables } } = {
  lean: {
    callback_status: {
      info: LeanCallbackStatusInfo,
      aliases: LeanCallbackStatusAliases,
    },
    secondary_status: {
      info: LeanSecondaryStatusInfo,
      aliases: LeanSecondaryStatusAliases,
    },
    callback_method: {
      info: LeanCallbackMethodInfo,
      aliases: LeanCallbackMethodAliases,
    },
    user_exit_intent: {
      info: LeanUserExitIntentInfo,
      aliases: LeanUserExitIntentAliases,
    },
    permission: {
      info: LeanPermissionInfo,
      aliases: LeanPermissionAliases,
    },
    sdk_method: {
      info: LeanSdkMethodInfo,
      aliases: LeanSdkMethodAliases,
    },
    webhook_event_type: {
      info: LeanWebhookEventTypeInfo,
      aliases: LeanWebhookEventTypeAliases,
    },
    payment_status: {
      info: LeanPaymentStatusInfo,
      aliases: LeanPaymentStatusAliases,
    },
    payment_lifecycle_status: {
      info: LeanPaymentLifecycleStatusInfo,
      aliases: LeanPaymentLifecycleStatusAliases,
    },
    payment_source_status: {
      info: LeanPaymentSourceStatusInfo,
      aliases: LeanPaymentSourceStatusAliases,
    },
    payment_intent_status: {
      info: LeanPaymentIntentStatusInfo,
      aliases: LeanPaymentIntentStatusAliases,
    },
    reconciliation_status: {
      info: LeanReconciliationStatusInfo,
      aliases: LeanReconciliationStatusAliases,
    },
    data_refresh_status: {
      info: LeanDataRefreshStatusInfo,
      aliases: LeanDataRefreshStatusAliases,
    },
    data_api_status: {
      info: LeanDataApiStatusInfo,
      aliases: LeanDataApiStatusAliases,
    },
    granular_status_code: {
      info: LeanGranularStatusCodeInfo,
      aliases: LeanGranularStatusCodeAliases,
    },
    api_error_status: {
      info: LeanApiErrorStatusInfo,
      aliases: LeanApiErrorStatusAliases,
    },
    consent_status: {
      info: LeanConsentStatusInfo,
      aliases: LeanConsentStatusAliases,
    },
    consent_revocation_reason: {
      info: LeanConsentRevocationReasonInfo,
      aliases: LeanConsentRevocationReasonAliases,
    },
  },
  flinks: {
    api_error_code: {
      info: FlinksApiErrorCodeInfo,
      aliases: FlinksApiErrorCodeAliases,
    },
    connect_error_event: {
      info: FlinksConnectErrorInfo,
      aliases: FlinksConnectErrorAliases,
    },
    connect_step_event: {
      info: FlinksConnectStepInfo,
      aliases: FlinksConnectStepAliases,
    },
    webhook_response_type: {
      info: FlinksWebhookResponseTypeInfo,
      aliases: FlinksWebhookResponseTypeAliases,
    },
  },
  argyle: {
    bank_connection_error: {
      info: ArgyleBankConnectionErrorInfo,
      aliases: ArgyleBankConnectionErrorAliases,
    },
    verification_state: {
      info: ArgyleVerificationStateInfo,
      aliases: ArgyleVerificationStateAliases,
    },
    verification_status_code: {
      info: ArgyleVerificationStatusCodeInfo,
      aliases: ArgyleVerificationStatusCodeAliases,
    },
    verification_error: {
      info: ArgyleVerificationErrorInfo,
      aliases: ArgyleVerificationErrorAliases,
    },
    webhook_event: {
      info: ArgyleWebhookEventInfo,
      aliases: ArgyleWebhookEventAliases,
    },
    report_type: {
      info: ArgyleReportTypeInfo,
      aliases: ArgyleReportTypeAliases,
    },
    data_source: {
      info: ArgyleDataSourceInfo,
      aliases: ArgyleDataSourceAliases,
    },
    channel: {
      info: ArgyleChannelInfo,
      aliases: ArgyleChannelAliases,
    },
  },
  plaid: {
    error_type: {
      info: PlaidErrorTypeInfo,
      aliases: PlaidErrorTypeAliases,
    },
    error_code: {
      info: PlaidErrorCodeInfo,
      aliases: PlaidErrorCodeAliases,
    },
    link_exit_status: {
      info: PlaidLinkExitStatusInfo,
      aliases: PlaidLinkExitStatusAliases,
    },
    link_event_name: {
      info: PlaidLinkEventNameInfo,
      aliases: PlaidLinkEventNameAliases,
    },
    webhook_type: {
      info: PlaidWebhookTypeInfo,
      aliases: PlaidWebhookTypeAliases,
    },
    screening_webhook_code: {
      info: PlaidScreeningWebhookCodeInfo,
      aliases: PlaidScreeningWebhookCodeAliases,
    },
    entity_screening_webhook_code: {
      info: PlaidEntityScreeningWebhookCodeInfo,
      aliases: PlaidEntityScreeningWebhookCodeAliases,
    },
    beacon_webhook_code: {
      info: PlaidBeaconWebhookCodeInfo,
      aliases: PlaidBeaconWebhookCodeAliases,
    },
    identity_verification_webhook_code: {
      info: PlaidIdentityVerificationWebhookCodeInfo,
      aliases: PlaidIdentityVerificationWebhookCodeAliases,
    },
    transactions_webhook_code: {
      info: PlaidTransactionsWebhookCodeInfo,
      aliases: PlaidTransactionsWebhookCodeAliases,
    },
    identity_webhook_code: {
      info: PlaidIdentityWebhookCodeInfo,
      aliases: PlaidIdentityWebhookCodeAliases,
    },
    processor_token_webhook_code: {
      info: PlaidProcessorTokenWebhookCodeInfo,
      aliases: PlaidProcessorTokenWebhookCodeAliases,
    },
    issues_webhook_code: {
      info: PlaidIssuesWebhookCodeInfo,
      aliases: PlaidIssuesWebhookCodeAliases,
    },
    auth_webhook_code: {
      info: PlaidAuthWebhookCodeInfo,
      aliases: PlaidAuthWebhookCodeAliases,
    },
    item_webhook_code: {
      info: PlaidItemWebhookCodeInfo,
      aliases: PlaidItemWebhookCodeAliases,
    },
    income_webhook_code: {
      info: PlaidIncomeWebhookCodeInfo,
      aliases: PlaidIncomeWebhookCodeAliases,
    },
    bank_transfers_webhook_code: {
      info: PlaidBankTransfersWebhookCodeInfo,
      aliases: PlaidBankTransfersWebhookCodeAliases,
    },
    transfer_webhook_code: {
      info: PlaidTransferWebhookCodeInfo,
      aliases: PlaidTransferWebhookCodeAliases,
    },
    layer_webhook_code: {
      info: PlaidLayerWebhookCodeInfo,
      aliases: PlaidLayerWebhookCodeAliases,
    },
    protect_webhook_code: {
      info: PlaidProtectWebhookCodeInfo,
      aliases: PlaidProtectWebhookCodeAliases,
    },
    investments_transactions_webhook_code: {
      info: PlaidInvestmentsTransactionsWebhookCodeInfo,
      aliases: PlaidInvestmentsTransactionsWebhookCodeAliases,
    },
    holdings_webhook_code: {
      info: PlaidHoldingsWebhookCodeInfo,
      aliases: PlaidHoldingsWebhookCodeAliases,
    },
    partner_webhook_code: {
      info: PlaidPartnerWebhookCodeInfo,
      aliases: PlaidPartnerWebhookCodeAliases,
    },
    liabilities_webhook_code: {
      info: PlaidLiabilitiesWebhookCodeInfo,
      aliases: PlaidLiabilitiesWebhookCodeAliases,
    },
    payment_initiation_webhook_code: {
      info: PlaidPaymentInitiationWebhookCodeInfo,
      aliases: PlaidPaymentInitiationWebhookCodeAliases,
    },
    wallet_webhook_code: {
      info: PlaidWalletWebhookCodeInfo,
      aliases: PlaidWalletWebhookCodeAliases,
    },
    link_delivery_webhook_code: {
      info: PlaidLinkDeliveryWebhookCodeInfo,
      aliases: PlaidLinkDeliveryWebhookCodeAliases,
    },
    statements_webhook_code: {
      info: PlaidStatementsWebhookCodeInfo,
      aliases: PlaidStatementsWebhookCodeAliases,
    },
    cash_flow_updates_webhook_code: {
      info: PlaidCashFlowUpdatesWebhookCodeInfo,
      aliases: PlaidCashFlowUpdatesWebhookCodeAliases,
    },
    base_report_webhook_code: {
      info: PlaidBaseReportWebhookCodeInfo,
      aliases: PlaidBaseReportWebhookCodeAliases,
    },
    cra_income_webhook_code: {
      info: PlaidCraIncomeWebhookCodeInfo,
      aliases: PlaidCraIncomeWebhookCodeAliases,
    },
    check_report_webhook_code: {
      info: PlaidCheckReportWebhookCodeInfo,
      aliases: PlaidCheckReportWebhookCodeAliases,
    },
    cra_insights_webhook_code: {
      info: PlaidCraInsightsWebhookCodeInfo,
      aliases: PlaidCraInsightsWebhookCodeAliases,
    },
    link_webhook_code: {
      info: PlaidLinkWebhookCodeInfo,
      aliases: PlaidLinkWebhookCodeAliases,
    },
    dashboard_configured_alert_webhook_code: {
      info: PlaidDashboardConfiguredAlertWebhookCodeInfo,
      aliases: PlaidDashboardConfiguredAlertWebhookCodeAliases,
    },
    assets_webhook_code: {
      info: PlaidAssetsWebhookCodeInfo,
      aliases: PlaidAssetsWebhookCodeAliases,
    },
  },
  mx: {
    connection_status: {
      info: MxConnectionStatusInfo,
      aliases: MxConnectionStatusAliases,
    },
    webhook_type: {
      info: MxWebhookTypeInfo,
      aliases: MxWebhookTypeAliases,
    },
    postmessage_type: {
      info: MxPostMessageTypeInfo,
      aliases: MxPostMessageTypeAliases,
    },
  },
  mastercard: {
    error_code: {
      info: MastercardErrorCodeInfo,
      aliases: MastercardErrorCodeAliases,
    },
    connect_event_code: {
      info: MastercardConnectEventCodeInfo,
      aliases: MastercardConnectEventCodeAliases,
    },
    connect_route_screen: {
      info: MastercardConnectRouteScreenInfo,
      aliases: MastercardConnectRouteScreenAliases,
    },
    connect_user_action: {
      info: MastercardConnectUserActionInfo,
      aliases: MastercardConnectUserActionAliases,
    },
    webhook_event_type: {
      info: MastercardWebhookEventTypeInfo,
      aliases: MastercardWebhookEventTypeAliases,
    },
  },
};
