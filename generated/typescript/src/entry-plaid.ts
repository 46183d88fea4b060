// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid: Plaid alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/plaid/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/plaid/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { integer, object, text, webUrl } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  PlaidLinkError,
  PlaidLinkEventMetadata,
  PlaidLinkExitMetadata,
} from "./payloads.js";
import {
  PlaidAchReturnCodeCategories,
  PlaidAssetsWebhookCodeCategories,
  PlaidAuthWebhookCodeCategories,
  PlaidBankIncomeWarningCodeCategories,
  PlaidBankTransfersWebhookCodeCategories,
  PlaidBaseReportWebhookCodeCategories,
  PlaidBeaconWebhookCodeCategories,
  PlaidCashFlowUpdatesWebhookCodeCategories,
  PlaidCheckReportWebhookCodeCategories,
  PlaidCraIncomeWebhookCodeCategories,
  PlaidCraInsightsWebhookCodeCategories,
  PlaidDashboardConfiguredAlertWebhookCodeCategories,
  PlaidEntityScreeningWebhookCodeCategories,
  PlaidErrorCodeCategories,
  type PlaidErrorCodeOrUnknown,
  PlaidErrorTypeCategories,
  type PlaidErrorTypeOrUnknown,
  PlaidHoldingsWebhookCodeCategories,
  PlaidIdentityVerificationWebhookCodeCategories,
  PlaidIdentityWebhookCodeCategories,
  PlaidIncomeWebhookCodeCategories,
  PlaidInvestmentsTransactionsWebhookCodeCategories,
  PlaidIssuesWebhookCodeCategories,
  PlaidItemWebhookCodeCategories,
  PlaidLayerWebhookCodeCategories,
  PlaidLiabilitiesWebhookCodeCategories,
  PlaidLinkDeliveryWebhookCodeCategories,
  PlaidLinkEventNameCategories,
  PlaidLinkExitStatusCategories,
  type PlaidLinkExitStatusOrUnknown,
  PlaidLinkWebhookCodeCategories,
  PlaidPartnerWebhookCodeCategories,
  PlaidPaymentConsentStatusCategories,
  PlaidPaymentInitiationWebhookCodeCategories,
  PlaidPaymentStatusCategories,
  PlaidPendingDisconnectReasonCategories,
  PlaidProcessorTokenWebhookCodeCategories,
  PlaidProtectWebhookCodeCategories,
  PlaidRtpFailureCodeCategories,
  PlaidScreeningWebhookCodeCategories,
  PlaidStatementsWebhookCodeCategories,
  PlaidTransactionsWebhookCodeCategories,
  PlaidTransferStatusCategories,
  PlaidTransferWebhookCodeCategories,
  PlaidWalletTransactionFailureReasonCategories,
  PlaidWalletTransactionStatusCategories,
  PlaidWalletWebhookCodeCategories,
  PlaidWebhookTypeCategories,
} from "./plaid.js";

export {
  PlaidErrorType,
  type PlaidErrorTypeOrUnknown,
  PlaidErrorTypeAliases,
  PlaidErrorTypeCategories,
  isPlaidErrorType,
  PlaidErrorCode,
  type PlaidErrorCodeOrUnknown,
  PlaidErrorCodeAliases,
  PlaidErrorCodeCategories,
  isPlaidErrorCode,
  PlaidBankIncomeWarningCode,
  type PlaidBankIncomeWarningCodeOrUnknown,
  PlaidBankIncomeWarningCodeAliases,
  PlaidBankIncomeWarningCodeCategories,
  isPlaidBankIncomeWarningCode,
  PlaidPaymentStatus,
  type PlaidPaymentStatusOrUnknown,
  PlaidPaymentStatusAliases,
  PlaidPaymentStatusCategories,
  isPlaidPaymentStatus,
  PlaidPaymentConsentStatus,
  type PlaidPaymentConsentStatusOrUnknown,
  PlaidPaymentConsentStatusAliases,
  PlaidPaymentConsentStatusCategories,
  isPlaidPaymentConsentStatus,
  PlaidWalletTransactionStatus,
  type PlaidWalletTransactionStatusOrUnknown,
  PlaidWalletTransactionStatusAliases,
  PlaidWalletTransactionStatusCategories,
  isPlaidWalletTransactionStatus,
  PlaidWalletTransactionFailureReason,
  type PlaidWalletTransactionFailureReasonOrUnknown,
  PlaidWalletTransactionFailureReasonAliases,
  PlaidWalletTransactionFailureReasonCategories,
  isPlaidWalletTransactionFailureReason,
  PlaidPendingDisconnectReason,
  type PlaidPendingDisconnectReasonOrUnknown,
  PlaidPendingDisconnectReasonAliases,
  PlaidPendingDisconnectReasonCategories,
  isPlaidPendingDisconnectReason,
  PlaidTransferStatus,
  type PlaidTransferStatusOrUnknown,
  PlaidTransferStatusAliases,
  PlaidTransferStatusCategories,
  isPlaidTransferStatus,
  PlaidAchReturnCode,
  type PlaidAchReturnCodeOrUnknown,
  PlaidAchReturnCodeAliases,
  PlaidAchReturnCodeCategories,
  isPlaidAchReturnCode,
  PlaidRtpFailureCode,
  type PlaidRtpFailureCodeOrUnknown,
  PlaidRtpFailureCodeAliases,
  PlaidRtpFailureCodeCategories,
  isPlaidRtpFailureCode,
  PlaidLinkExitStatus,
  type PlaidLinkExitStatusOrUnknown,
  PlaidLinkExitStatusAliases,
  PlaidLinkExitStatusCategories,
  isPlaidLinkExitStatus,
  PlaidLinkEventName,
  type PlaidLinkEventNameOrUnknown,
  PlaidLinkEventNameAliases,
  PlaidLinkEventNameCategories,
  isPlaidLinkEventName,
  PlaidWebhookType,
  type PlaidWebhookTypeOrUnknown,
  PlaidWebhookTypeAliases,
  PlaidWebhookTypeCategories,
  isPlaidWebhookType,
  PlaidScreeningWebhookCode,
  type PlaidScreeningWebhookCodeOrUnknown,
  PlaidScreeningWebhookCodeAliases,
  PlaidScreeningWebhookCodeCategories,
  isPlaidScreeningWebhookCode,
  PlaidEntityScreeningWebhookCode,
  type PlaidEntityScreeningWebhookCodeOrUnknown,
  PlaidEntityScreeningWebhookCodeAliases,
  PlaidEntityScreeningWebhookCodeCategories,
  isPlaidEntityScreeningWebhookCode,
  PlaidBeaconWebhookCode,
  type PlaidBeaconWebhookCodeOrUnknown,
  PlaidBeaconWebhookCodeAliases,
  PlaidBeaconWebhookCodeCategories,
  isPlaidBeaconWebhookCode,
  PlaidIdentityVerificationWebhookCode,
  type PlaidIdentityVerificationWebhookCodeOrUnknown,
  PlaidIdentityVerificationWebhookCodeAliases,
  PlaidIdentityVerificationWebhookCodeCategories,
  isPlaidIdentityVerificationWebhookCode,
  PlaidTransactionsWebhookCode,
  type PlaidTransactionsWebhookCodeOrUnknown,
  PlaidTransactionsWebhookCodeAliases,
  PlaidTransactionsWebhookCodeCategories,
  isPlaidTransactionsWebhookCode,
  PlaidIdentityWebhookCode,
  type PlaidIdentityWebhookCodeOrUnknown,
  PlaidIdentityWebhookCodeAliases,
  PlaidIdentityWebhookCodeCategories,
  isPlaidIdentityWebhookCode,
  PlaidProcessorTokenWebhookCode,
  type PlaidProcessorTokenWebhookCodeOrUnknown,
  PlaidProcessorTokenWebhookCodeAliases,
  PlaidProcessorTokenWebhookCodeCategories,
  isPlaidProcessorTokenWebhookCode,
  PlaidIssuesWebhookCode,
  type PlaidIssuesWebhookCodeOrUnknown,
  PlaidIssuesWebhookCodeAliases,
  PlaidIssuesWebhookCodeCategories,
  isPlaidIssuesWebhookCode,
  PlaidAuthWebhookCode,
  type PlaidAuthWebhookCodeOrUnknown,
  PlaidAuthWebhookCodeAliases,
  PlaidAuthWebhookCodeCategories,
  isPlaidAuthWebhookCode,
  PlaidItemWebhookCode,
  type PlaidItemWebhookCodeOrUnknown,
  PlaidItemWebhookCodeAliases,
  PlaidItemWebhookCodeCategories,
  isPlaidItemWebhookCode,
  PlaidIncomeWebhookCode,
  type PlaidIncomeWebhookCodeOrUnknown,
  PlaidIncomeWebhookCodeAliases,
  PlaidIncomeWebhookCodeCategories,
  isPlaidIncomeWebhookCode,
  PlaidBankTransfersWebhookCode,
  type PlaidBankTransfersWebhookCodeOrUnknown,
  PlaidBankTransfersWebhookCodeAliases,
  PlaidBankTransfersWebhookCodeCategories,
  isPlaidBankTransfersWebhookCode,
  PlaidTransferWebhookCode,
  type PlaidTransferWebhookCodeOrUnknown,
  PlaidTransferWebhookCodeAliases,
  PlaidTransferWebhookCodeCategories,
  isPlaidTransferWebhookCode,
  PlaidLayerWebhookCode,
  type PlaidLayerWebhookCodeOrUnknown,
  PlaidLayerWebhookCodeAliases,
  PlaidLayerWebhookCodeCategories,
  isPlaidLayerWebhookCode,
  PlaidProtectWebhookCode,
  type PlaidProtectWebhookCodeOrUnknown,
  PlaidProtectWebhookCodeAliases,
  PlaidProtectWebhookCodeCategories,
  isPlaidProtectWebhookCode,
  PlaidInvestmentsTransactionsWebhookCode,
  type PlaidInvestmentsTransactionsWebhookCodeOrUnknown,
  PlaidInvestmentsTransactionsWebhookCodeAliases,
  PlaidInvestmentsTransactionsWebhookCodeCategories,
  isPlaidInvestmentsTransactionsWebhookCode,
  PlaidHoldingsWebhookCode,
  type PlaidHoldingsWebhookCodeOrUnknown,
  PlaidHoldingsWebhookCodeAliases,
  PlaidHoldingsWebhookCodeCategories,
  isPlaidHoldingsWebhookCode,
  PlaidPartnerWebhookCode,
  type PlaidPartnerWebhookCodeOrUnknown,
  PlaidPartnerWebhookCodeAliases,
  PlaidPartnerWebhookCodeCategories,
  isPlaidPartnerWebhookCode,
  PlaidLiabilitiesWebhookCode,
  type PlaidLiabilitiesWebhookCodeOrUnknown,
  PlaidLiabilitiesWebhookCodeAliases,
  PlaidLiabilitiesWebhookCodeCategories,
  isPlaidLiabilitiesWebhookCode,
  PlaidPaymentInitiationWebhookCode,
  type PlaidPaymentInitiationWebhookCodeOrUnknown,
  PlaidPaymentInitiationWebhookCodeAliases,
  PlaidPaymentInitiationWebhookCodeCategories,
  isPlaidPaymentInitiationWebhookCode,
  PlaidWalletWebhookCode,
  type PlaidWalletWebhookCodeOrUnknown,
  PlaidWalletWebhookCodeAliases,
  PlaidWalletWebhookCodeCategories,
  isPlaidWalletWebhookCode,
  PlaidLinkDeliveryWebhookCode,
  type PlaidLinkDeliveryWebhookCodeOrUnknown,
  PlaidLinkDeliveryWebhookCodeAliases,
  PlaidLinkDeliveryWebhookCodeCategories,
  isPlaidLinkDeliveryWebhookCode,
  PlaidStatementsWebhookCode,
  type PlaidStatementsWebhookCodeOrUnknown,
  PlaidStatementsWebhookCodeAliases,
  PlaidStatementsWebhookCodeCategories,
  isPlaidStatementsWebhookCode,
  PlaidCashFlowUpdatesWebhookCode,
  type PlaidCashFlowUpdatesWebhookCodeOrUnknown,
  PlaidCashFlowUpdatesWebhookCodeAliases,
  PlaidCashFlowUpdatesWebhookCodeCategories,
  isPlaidCashFlowUpdatesWebhookCode,
  PlaidBaseReportWebhookCode,
  type PlaidBaseReportWebhookCodeOrUnknown,
  PlaidBaseReportWebhookCodeAliases,
  PlaidBaseReportWebhookCodeCategories,
  isPlaidBaseReportWebhookCode,
  PlaidCraIncomeWebhookCode,
  type PlaidCraIncomeWebhookCodeOrUnknown,
  PlaidCraIncomeWebhookCodeAliases,
  PlaidCraIncomeWebhookCodeCategories,
  isPlaidCraIncomeWebhookCode,
  PlaidCheckReportWebhookCode,
  type PlaidCheckReportWebhookCodeOrUnknown,
  PlaidCheckReportWebhookCodeAliases,
  PlaidCheckReportWebhookCodeCategories,
  isPlaidCheckReportWebhookCode,
  PlaidCraInsightsWebhookCode,
  type PlaidCraInsightsWebhookCodeOrUnknown,
  PlaidCraInsightsWebhookCodeAliases,
  PlaidCraInsightsWebhookCodeCategories,
  isPlaidCraInsightsWebhookCode,
  PlaidLinkWebhookCode,
  type PlaidLinkWebhookCodeOrUnknown,
  PlaidLinkWebhookCodeAliases,
  PlaidLinkWebhookCodeCategories,
  isPlaidLinkWebhookCode,
  PlaidDashboardConfiguredAlertWebhookCode,
  type PlaidDashboardConfiguredAlertWebhookCodeOrUnknown,
  PlaidDashboardConfiguredAlertWebhookCodeAliases,
  PlaidDashboardConfiguredAlertWebhookCodeCategories,
  isPlaidDashboardConfiguredAlertWebhookCode,
  PlaidAssetsWebhookCode,
  type PlaidAssetsWebhookCodeOrUnknown,
  PlaidAssetsWebhookCodeAliases,
  PlaidAssetsWebhookCodeCategories,
  isPlaidAssetsWebhookCode,
} from "./plaid.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_type: PlaidErrorTypeCategories,
  error_code: PlaidErrorCodeCategories,
  bank_income_warning_code: PlaidBankIncomeWarningCodeCategories,
  payment_initiation_payment_status: PlaidPaymentStatusCategories,
  payment_initiation_consent_status: PlaidPaymentConsentStatusCategories,
  wallet_transaction_status: PlaidWalletTransactionStatusCategories,
  wallet_transaction_failure_reason: PlaidWalletTransactionFailureReasonCategories,
  pending_disconnect_reason: PlaidPendingDisconnectReasonCategories,
  transfer_status: PlaidTransferStatusCategories,
  ach_return_code: PlaidAchReturnCodeCategories,
  rtp_failure_code: PlaidRtpFailureCodeCategories,
  link_exit_status: PlaidLinkExitStatusCategories,
  link_event_name: PlaidLinkEventNameCategories,
  webhook_type: PlaidWebhookTypeCategories,
  screening_webhook_code: PlaidScreeningWebhookCodeCategories,
  entity_screening_webhook_code: PlaidEntityScreeningWebhookCodeCategories,
  beacon_webhook_code: PlaidBeaconWebhookCodeCategories,
  identity_verification_webhook_code: PlaidIdentityVerificationWebhookCodeCategories,
  transactions_webhook_code: PlaidTransactionsWebhookCodeCategories,
  identity_webhook_code: PlaidIdentityWebhookCodeCategories,
  processor_token_webhook_code: PlaidProcessorTokenWebhookCodeCategories,
  issues_webhook_code: PlaidIssuesWebhookCodeCategories,
  auth_webhook_code: PlaidAuthWebhookCodeCategories,
  item_webhook_code: PlaidItemWebhookCodeCategories,
  income_webhook_code: PlaidIncomeWebhookCodeCategories,
  bank_transfers_webhook_code: PlaidBankTransfersWebhookCodeCategories,
  transfer_webhook_code: PlaidTransferWebhookCodeCategories,
  layer_webhook_code: PlaidLayerWebhookCodeCategories,
  protect_webhook_code: PlaidProtectWebhookCodeCategories,
  investments_transactions_webhook_code: PlaidInvestmentsTransactionsWebhookCodeCategories,
  holdings_webhook_code: PlaidHoldingsWebhookCodeCategories,
  partner_webhook_code: PlaidPartnerWebhookCodeCategories,
  liabilities_webhook_code: PlaidLiabilitiesWebhookCodeCategories,
  payment_initiation_webhook_code: PlaidPaymentInitiationWebhookCodeCategories,
  wallet_webhook_code: PlaidWalletWebhookCodeCategories,
  link_delivery_webhook_code: PlaidLinkDeliveryWebhookCodeCategories,
  statements_webhook_code: PlaidStatementsWebhookCodeCategories,
  cash_flow_updates_webhook_code: PlaidCashFlowUpdatesWebhookCodeCategories,
  base_report_webhook_code: PlaidBaseReportWebhookCodeCategories,
  cra_income_webhook_code: PlaidCraIncomeWebhookCodeCategories,
  check_report_webhook_code: PlaidCheckReportWebhookCodeCategories,
  cra_insights_webhook_code: PlaidCraInsightsWebhookCodeCategories,
  link_webhook_code: PlaidLinkWebhookCodeCategories,
  dashboard_configured_alert_webhook_code: PlaidDashboardConfiguredAlertWebhookCodeCategories,
  assets_webhook_code: PlaidAssetsWebhookCodeCategories,
};

/** The id of a code set of Plaid. */
export type CodeSetId =
  | "error_type"
  | "error_code"
  | "bank_income_warning_code"
  | "payment_initiation_payment_status"
  | "payment_initiation_consent_status"
  | "wallet_transaction_status"
  | "wallet_transaction_failure_reason"
  | "pending_disconnect_reason"
  | "transfer_status"
  | "ach_return_code"
  | "rtp_failure_code"
  | "link_exit_status"
  | "link_event_name"
  | "webhook_type"
  | "screening_webhook_code"
  | "entity_screening_webhook_code"
  | "beacon_webhook_code"
  | "identity_verification_webhook_code"
  | "transactions_webhook_code"
  | "identity_webhook_code"
  | "processor_token_webhook_code"
  | "issues_webhook_code"
  | "auth_webhook_code"
  | "item_webhook_code"
  | "income_webhook_code"
  | "bank_transfers_webhook_code"
  | "transfer_webhook_code"
  | "layer_webhook_code"
  | "protect_webhook_code"
  | "investments_transactions_webhook_code"
  | "holdings_webhook_code"
  | "partner_webhook_code"
  | "liabilities_webhook_code"
  | "payment_initiation_webhook_code"
  | "wallet_webhook_code"
  | "link_delivery_webhook_code"
  | "statements_webhook_code"
  | "cash_flow_updates_webhook_code"
  | "base_report_webhook_code"
  | "cra_income_webhook_code"
  | "check_report_webhook_code"
  | "cra_insights_webhook_code"
  | "link_webhook_code"
  | "dashboard_configured_alert_webhook_code"
  | "assets_webhook_code";

/**
 * The cross-provider category of a Plaid code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("plaid", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("plaid", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Plaid code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/plaid/en): the root entry point's endUserText, word
 * for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("plaid", CODE_SETS, code, words, codeSet);
}

/** What parsePlaidLinkCallback returns. */
export type ParsePlaidLinkCallbackResult =
  | ListenerReading<"error", PlaidLinkError, PlaidErrorCodeOrUnknown | PlaidErrorTypeOrUnknown>
  | ListenerReading<"exit", PlaidLinkExitMetadata, PlaidLinkExitStatusOrUnknown>
  | ListenerReading<"event", PlaidLinkEventMetadata, PlaidErrorCodeOrUnknown | PlaidErrorTypeOrUnknown | PlaidLinkExitStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what Plaid Link passes to onExit (its error, else its metadata) or to onEvent (its
 * metadata): the error code decides the category when there is one, else the error type, else the
 * exit status. Never throws.
 */
export function parsePlaidLinkCallback(data: unknown): ParsePlaidLinkCallbackResult {
  return parseListenerMessage([
    {
      kind: "error",
      tag: "error_code",
      codes: [
        ["error_code", [{ id: "plaid.error_code", categories: PlaidErrorCodeCategories }]],
        ["error_type", [{ id: "plaid.error_type", categories: PlaidErrorTypeCategories }]],
      ],
      fields: [
        ["error_type", text],
        ["error_code", text],
        ["error_message", text],
        ["display_message", text, true],
        ["error_code_reason", text, true],
        ["request_id", text],
        ["status", integer, true],
        ["documentation_url", webUrl],
        ["suggested_action", text, true],
      ],
      maxLength: 8192,
    },
    {
      kind: "exit",
      tag: "status",
      codes: [
        ["status", [{ id: "plaid.link_exit_status", categories: PlaidLinkExitStatusCategories }]],
      ],
      fields: [
        ["institution", object, true],
        ["status", text],
        ["link_session_id", text],
        ["request_id", text],
      ],
      maxLength: 8192,
    },
    {
      kind: "event",
      tag: null,
      codes: [
        ["error_code", [{ id: "plaid.error_code", categories: PlaidErrorCodeCategories }]],
        ["error_type", [{ id: "plaid.error_type", categories: PlaidErrorTypeCategories }]],
        [
          "exit_status",
          [{ id: "plaid.link_exit_status", categories: PlaidLinkExitStatusCategories }],
        ],
      ],
      fields: [
        ["error_code", text, true],
        ["error_message", text, true],
        ["error_type", text, true],
        ["exit_status", text, true],
        ["institution_id", text, true],
        ["institution_name", text, true],
        ["institution_search_query", text, true],
        ["request_id", text],
        ["mfa_type", text, true],
        ["view_name", text, true],
        ["selection", text, true],
        ["brand_name", text, true],
        ["match_reason", text, true],
        ["routing_number", text, true],
        ["account_number_mask", text, true],
        ["timestamp", text],
      ],
      maxLength: 8192,
    },
  ], data) as ParsePlaidLinkCallbackResult;
}
