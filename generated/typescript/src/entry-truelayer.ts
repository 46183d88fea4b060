// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/truelayer: TrueLayer alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/truelayer/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/truelayer/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  TrueLayerDataApiErrorCategories,
  TrueLayerDataApiV3ErrorCategories,
  TrueLayerFailureReasonCategories,
  TrueLayerFailureStageCategories,
  TrueLayerMandateStatusCategories,
  TrueLayerPaymentStatusCategories,
  TrueLayerPaymentsErrorCategories,
  TrueLayerPayoutFailureReasonCategories,
  TrueLayerPayoutStatusCategories,
  TrueLayerRefundStatusCategories,
  TrueLayerSdkFailureReasonCategories,
  TrueLayerSdkMandateStatusCategories,
  TrueLayerSdkPaymentStatusCategories,
  TrueLayerSdkProcessorStepCategories,
  TrueLayerWebhookTypeCategories,
} from "./truelayer.js";

export {
  TrueLayerDataApiError,
  type TrueLayerDataApiErrorOrUnknown,
  TrueLayerDataApiErrorAliases,
  TrueLayerDataApiErrorCategories,
  isTrueLayerDataApiError,
  TrueLayerDataApiV3Error,
  type TrueLayerDataApiV3ErrorOrUnknown,
  TrueLayerDataApiV3ErrorAliases,
  TrueLayerDataApiV3ErrorCategories,
  isTrueLayerDataApiV3Error,
  TrueLayerPaymentsError,
  type TrueLayerPaymentsErrorOrUnknown,
  TrueLayerPaymentsErrorAliases,
  TrueLayerPaymentsErrorCategories,
  isTrueLayerPaymentsError,
  TrueLayerPaymentStatus,
  type TrueLayerPaymentStatusOrUnknown,
  TrueLayerPaymentStatusAliases,
  TrueLayerPaymentStatusCategories,
  isTrueLayerPaymentStatus,
  TrueLayerMandateStatus,
  type TrueLayerMandateStatusOrUnknown,
  TrueLayerMandateStatusAliases,
  TrueLayerMandateStatusCategories,
  isTrueLayerMandateStatus,
  TrueLayerPayoutStatus,
  type TrueLayerPayoutStatusOrUnknown,
  TrueLayerPayoutStatusAliases,
  TrueLayerPayoutStatusCategories,
  isTrueLayerPayoutStatus,
  TrueLayerRefundStatus,
  type TrueLayerRefundStatusOrUnknown,
  TrueLayerRefundStatusAliases,
  TrueLayerRefundStatusCategories,
  isTrueLayerRefundStatus,
  TrueLayerFailureReason,
  type TrueLayerFailureReasonOrUnknown,
  TrueLayerFailureReasonAliases,
  TrueLayerFailureReasonCategories,
  isTrueLayerFailureReason,
  TrueLayerPayoutFailureReason,
  type TrueLayerPayoutFailureReasonOrUnknown,
  TrueLayerPayoutFailureReasonAliases,
  TrueLayerPayoutFailureReasonCategories,
  isTrueLayerPayoutFailureReason,
  TrueLayerFailureStage,
  type TrueLayerFailureStageOrUnknown,
  TrueLayerFailureStageAliases,
  TrueLayerFailureStageCategories,
  isTrueLayerFailureStage,
  TrueLayerWebhookType,
  type TrueLayerWebhookTypeOrUnknown,
  TrueLayerWebhookTypeAliases,
  TrueLayerWebhookTypeCategories,
  isTrueLayerWebhookType,
  TrueLayerSdkFailureReason,
  type TrueLayerSdkFailureReasonOrUnknown,
  TrueLayerSdkFailureReasonAliases,
  TrueLayerSdkFailureReasonCategories,
  isTrueLayerSdkFailureReason,
  TrueLayerSdkProcessorStep,
  type TrueLayerSdkProcessorStepOrUnknown,
  TrueLayerSdkProcessorStepAliases,
  TrueLayerSdkProcessorStepCategories,
  isTrueLayerSdkProcessorStep,
  TrueLayerSdkPaymentStatus,
  type TrueLayerSdkPaymentStatusOrUnknown,
  TrueLayerSdkPaymentStatusAliases,
  TrueLayerSdkPaymentStatusCategories,
  isTrueLayerSdkPaymentStatus,
  TrueLayerSdkMandateStatus,
  type TrueLayerSdkMandateStatusOrUnknown,
  TrueLayerSdkMandateStatusAliases,
  TrueLayerSdkMandateStatusCategories,
  isTrueLayerSdkMandateStatus,
} from "./truelayer.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  data_api_error: TrueLayerDataApiErrorCategories,
  data_api_v3_error: TrueLayerDataApiV3ErrorCategories,
  payments_error: TrueLayerPaymentsErrorCategories,
  payment_status: TrueLayerPaymentStatusCategories,
  mandate_status: TrueLayerMandateStatusCategories,
  payout_status: TrueLayerPayoutStatusCategories,
  refund_status: TrueLayerRefundStatusCategories,
  failure_reason: TrueLayerFailureReasonCategories,
  payout_failure_reason: TrueLayerPayoutFailureReasonCategories,
  failure_stage: TrueLayerFailureStageCategories,
  webhook_type: TrueLayerWebhookTypeCategories,
  sdk_failure_reason: TrueLayerSdkFailureReasonCategories,
  sdk_processor_step: TrueLayerSdkProcessorStepCategories,
  sdk_payment_status: TrueLayerSdkPaymentStatusCategories,
  sdk_mandate_status: TrueLayerSdkMandateStatusCategories,
};

/** The id of a code set of TrueLayer. */
export type CodeSetId =
  | "data_api_error"
  | "data_api_v3_error"
  | "payments_error"
  | "payment_status"
  | "mandate_status"
  | "payout_status"
  | "refund_status"
  | "failure_reason"
  | "payout_failure_reason"
  | "failure_stage"
  | "webhook_type"
  | "sdk_failure_reason"
  | "sdk_processor_step"
  | "sdk_payment_status"
  | "sdk_mandate_status";

/**
 * The cross-provider category of a TrueLayer code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("truelayer", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("truelayer", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a TrueLayer code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/truelayer/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("truelayer", CODE_SETS, code, words, codeSet);
}
