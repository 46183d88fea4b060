// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/info: the catalog's metadata of every Plaid code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/plaid so that an app reading codes ships none of it.
 */
export {
  PlaidErrorTypeInfo,
  PlaidErrorCodeInfo,
  PlaidBankIncomeWarningCodeInfo,
  PlaidBankIncomeErrorTypeInfo,
  PlaidLinkExitStatusInfo,
  PlaidLinkEventNameInfo,
  PlaidWebhookTypeInfo,
  PlaidScreeningWebhookCodeInfo,
  PlaidEntityScreeningWebhookCodeInfo,
  PlaidBeaconWebhookCodeInfo,
  PlaidIdentityVerificationWebhookCodeInfo,
  PlaidTransactionsWebhookCodeInfo,
  PlaidIdentityWebhookCodeInfo,
  PlaidProcessorTokenWebhookCodeInfo,
  PlaidIssuesWebhookCodeInfo,
  PlaidAuthWebhookCodeInfo,
  PlaidItemWebhookCodeInfo,
  PlaidIncomeWebhookCodeInfo,
  PlaidBankTransfersWebhookCodeInfo,
  PlaidTransferWebhookCodeInfo,
  PlaidLayerWebhookCodeInfo,
  PlaidProtectWebhookCodeInfo,
  PlaidInvestmentsTransactionsWebhookCodeInfo,
  PlaidHoldingsWebhookCodeInfo,
  PlaidPartnerWebhookCodeInfo,
  PlaidLiabilitiesWebhookCodeInfo,
  PlaidPaymentInitiationWebhookCodeInfo,
  PlaidWalletWebhookCodeInfo,
  PlaidLinkDeliveryWebhookCodeInfo,
  PlaidStatementsWebhookCodeInfo,
  PlaidCashFlowUpdatesWebhookCodeInfo,
  PlaidBaseReportWebhookCodeInfo,
  PlaidCraIncomeWebhookCodeInfo,
  PlaidCheckReportWebhookCodeInfo,
  PlaidCraInsightsWebhookCodeInfo,
  PlaidLinkWebhookCodeInfo,
  PlaidDashboardConfiguredAlertWebhookCodeInfo,
  PlaidAssetsWebhookCodeInfo,
} from "./plaid.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
