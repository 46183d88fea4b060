// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
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

/** Plaid's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
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
};
