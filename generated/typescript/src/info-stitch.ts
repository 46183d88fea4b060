// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/info: the catalog's metadata of every Stitch code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/stitch so that an app reading codes ships none of it.
 */
export {
  StitchPaymentRequestStateInfo,
  StitchPaymentConfirmationStatusInfo,
  StitchDisbursementStatusInfo,
  StitchDisbursementErrorReasonInfo,
  StitchDisbursementPausedReasonInfo,
  StitchRefundErrorReasonInfo,
  StitchFailureReasonInfo,
  StitchGraphqlErrorCodeInfo,
  StitchWebhookEventTypeInfo,
  StitchPaymentInitiationStatusInfo,
  StitchTokenErrorInfo,
} from "./stitch.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
