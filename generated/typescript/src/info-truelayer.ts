// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/truelayer/info: the catalog's metadata of every TrueLayer code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/truelayer so that an app reading codes ships none of it.
 */
export {
  TrueLayerDataApiErrorInfo,
  TrueLayerDataApiV3ErrorInfo,
  TrueLayerPaymentsErrorInfo,
  TrueLayerPaymentStatusInfo,
  TrueLayerMandateStatusInfo,
  TrueLayerPayoutStatusInfo,
  TrueLayerRefundStatusInfo,
  TrueLayerFailureReasonInfo,
  TrueLayerPayoutFailureReasonInfo,
  TrueLayerFailureStageInfo,
  TrueLayerWebhookTypeInfo,
  TrueLayerSdkFailureReasonInfo,
  TrueLayerSdkProcessorStepInfo,
  TrueLayerSdkPaymentStatusInfo,
  TrueLayerSdkMandateStatusInfo,
} from "./truelayer.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
