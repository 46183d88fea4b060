// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc: Fintoc alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/fintoc/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/fintoc/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  FintocClientErrorClassCategories,
  FintocDashboardErrorReasonCategories,
  FintocErrorCodeCategories,
  FintocErrorTypeCategories,
  FintocPaymentErrorReasonCategories,
  FintocPaymentIntentStatusCategories,
  FintocRefreshIntentStatusCategories,
  FintocResponseStatusCategories,
  FintocTransferStatusCategories,
  FintocWebhookTypeCategories,
  FintocWebviewMessageCategories,
  FintocWidgetEventCategories,
} from "./fintoc.js";

export {
  FintocErrorCode,
  type FintocErrorCodeOrUnknown,
  FintocErrorCodeAliases,
  FintocErrorCodeCategories,
  isFintocErrorCode,
  FintocErrorType,
  type FintocErrorTypeOrUnknown,
  FintocErrorTypeAliases,
  FintocErrorTypeCategories,
  isFintocErrorType,
  FintocPaymentErrorReason,
  type FintocPaymentErrorReasonOrUnknown,
  FintocPaymentErrorReasonAliases,
  FintocPaymentErrorReasonCategories,
  isFintocPaymentErrorReason,
  FintocPaymentIntentStatus,
  type FintocPaymentIntentStatusOrUnknown,
  FintocPaymentIntentStatusAliases,
  FintocPaymentIntentStatusCategories,
  isFintocPaymentIntentStatus,
  FintocRefreshIntentStatus,
  type FintocRefreshIntentStatusOrUnknown,
  FintocRefreshIntentStatusAliases,
  FintocRefreshIntentStatusCategories,
  isFintocRefreshIntentStatus,
  FintocWebhookType,
  type FintocWebhookTypeOrUnknown,
  FintocWebhookTypeAliases,
  FintocWebhookTypeCategories,
  isFintocWebhookType,
  FintocClientErrorClass,
  type FintocClientErrorClassOrUnknown,
  FintocClientErrorClassAliases,
  FintocClientErrorClassCategories,
  isFintocClientErrorClass,
  FintocResponseStatus,
  type FintocResponseStatusOrUnknown,
  FintocResponseStatusAliases,
  FintocResponseStatusCategories,
  isFintocResponseStatus,
  FintocWidgetEvent,
  type FintocWidgetEventOrUnknown,
  FintocWidgetEventAliases,
  FintocWidgetEventCategories,
  isFintocWidgetEvent,
  FintocWebviewMessage,
  type FintocWebviewMessageOrUnknown,
  FintocWebviewMessageAliases,
  FintocWebviewMessageCategories,
  isFintocWebviewMessage,
  FintocDashboardErrorReason,
  type FintocDashboardErrorReasonOrUnknown,
  FintocDashboardErrorReasonAliases,
  FintocDashboardErrorReasonCategories,
  isFintocDashboardErrorReason,
  FintocTransferStatus,
  type FintocTransferStatusOrUnknown,
  FintocTransferStatusAliases,
  FintocTransferStatusCategories,
  isFintocTransferStatus,
} from "./fintoc.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: FintocErrorCodeCategories,
  error_type: FintocErrorTypeCategories,
  payment_error_reason: FintocPaymentErrorReasonCategories,
  payment_intent_status: FintocPaymentIntentStatusCategories,
  refresh_intent_status: FintocRefreshIntentStatusCategories,
  webhook_type: FintocWebhookTypeCategories,
  client_error_class: FintocClientErrorClassCategories,
  http_status: FintocResponseStatusCategories,
  widget_event: FintocWidgetEventCategories,
  webview_message: FintocWebviewMessageCategories,
  dashboard_error_reason: FintocDashboardErrorReasonCategories,
  transfer_status: FintocTransferStatusCategories,
};

/** The id of a code set of Fintoc. */
export type CodeSetId =
  | "error_code"
  | "error_type"
  | "payment_error_reason"
  | "payment_intent_status"
  | "refresh_intent_status"
  | "webhook_type"
  | "client_error_class"
  | "http_status"
  | "widget_event"
  | "webview_message"
  | "dashboard_error_reason"
  | "transfer_status";

/**
 * The cross-provider category of a Fintoc code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("fintoc", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("fintoc", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Fintoc code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/fintoc/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("fintoc", CODE_SETS, code, words, codeSet);
}
