// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch: Stitch alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/stitch/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/stitch/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  StitchDisbursementErrorReasonCategories,
  StitchDisbursementPausedReasonCategories,
  StitchDisbursementStatusCategories,
  StitchFailureReasonCategories,
  StitchGraphqlErrorCodeCategories,
  StitchPaymentConfirmationStatusCategories,
  StitchPaymentInitiationStatusCategories,
  StitchPaymentRequestStateCategories,
  StitchRefundErrorReasonCategories,
  StitchTokenErrorCategories,
  StitchWebhookEventTypeCategories,
} from "./stitch.js";

export {
  StitchPaymentRequestState,
  type StitchPaymentRequestStateOrUnknown,
  StitchPaymentRequestStateAliases,
  StitchPaymentRequestStateCategories,
  isStitchPaymentRequestState,
  StitchPaymentConfirmationStatus,
  type StitchPaymentConfirmationStatusOrUnknown,
  StitchPaymentConfirmationStatusAliases,
  StitchPaymentConfirmationStatusCategories,
  isStitchPaymentConfirmationStatus,
  StitchDisbursementStatus,
  type StitchDisbursementStatusOrUnknown,
  StitchDisbursementStatusAliases,
  StitchDisbursementStatusCategories,
  isStitchDisbursementStatus,
  StitchDisbursementErrorReason,
  type StitchDisbursementErrorReasonOrUnknown,
  StitchDisbursementErrorReasonAliases,
  StitchDisbursementErrorReasonCategories,
  isStitchDisbursementErrorReason,
  StitchDisbursementPausedReason,
  type StitchDisbursementPausedReasonOrUnknown,
  StitchDisbursementPausedReasonAliases,
  StitchDisbursementPausedReasonCategories,
  isStitchDisbursementPausedReason,
  StitchRefundErrorReason,
  type StitchRefundErrorReasonOrUnknown,
  StitchRefundErrorReasonAliases,
  StitchRefundErrorReasonCategories,
  isStitchRefundErrorReason,
  StitchFailureReason,
  type StitchFailureReasonOrUnknown,
  StitchFailureReasonAliases,
  StitchFailureReasonCategories,
  isStitchFailureReason,
  StitchGraphqlErrorCode,
  type StitchGraphqlErrorCodeOrUnknown,
  StitchGraphqlErrorCodeAliases,
  StitchGraphqlErrorCodeCategories,
  isStitchGraphqlErrorCode,
  StitchWebhookEventType,
  type StitchWebhookEventTypeOrUnknown,
  StitchWebhookEventTypeAliases,
  StitchWebhookEventTypeCategories,
  isStitchWebhookEventType,
  StitchPaymentInitiationStatus,
  type StitchPaymentInitiationStatusOrUnknown,
  StitchPaymentInitiationStatusAliases,
  StitchPaymentInitiationStatusCategories,
  isStitchPaymentInitiationStatus,
  StitchTokenError,
  type StitchTokenErrorOrUnknown,
  StitchTokenErrorAliases,
  StitchTokenErrorCategories,
  isStitchTokenError,
} from "./stitch.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  payment_request_state: StitchPaymentRequestStateCategories,
  payment_confirmation_status: StitchPaymentConfirmationStatusCategories,
  disbursement_status: StitchDisbursementStatusCategories,
  disbursement_error_reason: StitchDisbursementErrorReasonCategories,
  disbursement_paused_reason: StitchDisbursementPausedReasonCategories,
  refund_error_reason: StitchRefundErrorReasonCategories,
  failure_reason: StitchFailureReasonCategories,
  graphql_error_code: StitchGraphqlErrorCodeCategories,
  webhook_event_type: StitchWebhookEventTypeCategories,
  payment_initiation_status: StitchPaymentInitiationStatusCategories,
  token_error: StitchTokenErrorCategories,
};

/** The id of a code set of Stitch. */
export type CodeSetId =
  | "payment_request_state"
  | "payment_confirmation_status"
  | "disbursement_status"
  | "disbursement_error_reason"
  | "disbursement_paused_reason"
  | "refund_error_reason"
  | "failure_reason"
  | "graphql_error_code"
  | "webhook_event_type"
  | "payment_initiation_status"
  | "token_error";

/**
 * The cross-provider category of a Stitch code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("stitch", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("stitch", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Stitch code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/stitch/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("stitch", CODE_SETS, code, words, codeSet);
}
