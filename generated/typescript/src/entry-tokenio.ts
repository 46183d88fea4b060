// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio: Token.io alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/tokenio/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/tokenio/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  TokenioCallbackErrorCodeCategories,
  TokenioExternalErrorCategories,
  TokenioHostedPagesErrorCategories,
  TokenioPaymentStatusCategories,
  TokenioTransferStatusCategories,
  TokenioWebhookConfigEventTypeCategories,
  TokenioWebhookEventTypeCategories,
} from "./tokenio.js";

export {
  TokenioPaymentStatus,
  type TokenioPaymentStatusOrUnknown,
  TokenioPaymentStatusAliases,
  TokenioPaymentStatusCategories,
  isTokenioPaymentStatus,
  TokenioCallbackErrorCode,
  type TokenioCallbackErrorCodeOrUnknown,
  TokenioCallbackErrorCodeAliases,
  TokenioCallbackErrorCodeCategories,
  isTokenioCallbackErrorCode,
  TokenioHostedPagesError,
  type TokenioHostedPagesErrorOrUnknown,
  TokenioHostedPagesErrorAliases,
  TokenioHostedPagesErrorCategories,
  isTokenioHostedPagesError,
  TokenioWebhookEventType,
  type TokenioWebhookEventTypeOrUnknown,
  TokenioWebhookEventTypeAliases,
  TokenioWebhookEventTypeCategories,
  isTokenioWebhookEventType,
  TokenioWebhookConfigEventType,
  type TokenioWebhookConfigEventTypeOrUnknown,
  TokenioWebhookConfigEventTypeAliases,
  TokenioWebhookConfigEventTypeCategories,
  isTokenioWebhookConfigEventType,
  TokenioTransferStatus,
  type TokenioTransferStatusOrUnknown,
  TokenioTransferStatusAliases,
  TokenioTransferStatusCategories,
  isTokenioTransferStatus,
  TokenioExternalError,
  type TokenioExternalErrorOrUnknown,
  TokenioExternalErrorAliases,
  TokenioExternalErrorCategories,
  isTokenioExternalError,
} from "./tokenio.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  payment_status: TokenioPaymentStatusCategories,
  callback_error_code: TokenioCallbackErrorCodeCategories,
  hosted_pages_error: TokenioHostedPagesErrorCategories,
  webhook_event_type: TokenioWebhookEventTypeCategories,
  webhook_config_event_type: TokenioWebhookConfigEventTypeCategories,
  transfer_status: TokenioTransferStatusCategories,
  external_error: TokenioExternalErrorCategories,
};

/** The id of a code set of Token.io. */
export type CodeSetId =
  | "payment_status"
  | "callback_error_code"
  | "hosted_pages_error"
  | "webhook_event_type"
  | "webhook_config_event_type"
  | "transfer_status"
  | "external_error";

/**
 * The cross-provider category of a Token.io code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("tokenio", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("tokenio", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Token.io code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/tokenio/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("tokenio", CODE_SETS, code, words, codeSet);
}
