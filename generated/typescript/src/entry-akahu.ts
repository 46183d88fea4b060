// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu: Akahu alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/akahu/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/akahu/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  AkahuAccountStatusCategories,
  AkahuOauthErrorCategories,
  AkahuPaymentStatusCategories,
  AkahuPaymentStatusCodeCategories,
  AkahuResponseStatusCategories,
  AkahuTransferStatusCategories,
  AkahuWebhookCodeCategories,
  AkahuWebhookEventStatusCategories,
  AkahuWebhookTypeCategories,
} from "./akahu.js";

export {
  AkahuWebhookType,
  type AkahuWebhookTypeOrUnknown,
  AkahuWebhookTypeAliases,
  AkahuWebhookTypeCategories,
  isAkahuWebhookType,
  AkahuWebhookCode,
  type AkahuWebhookCodeOrUnknown,
  AkahuWebhookCodeAliases,
  AkahuWebhookCodeCategories,
  isAkahuWebhookCode,
  AkahuAccountStatus,
  type AkahuAccountStatusOrUnknown,
  AkahuAccountStatusAliases,
  AkahuAccountStatusCategories,
  isAkahuAccountStatus,
  AkahuPaymentStatus,
  type AkahuPaymentStatusOrUnknown,
  AkahuPaymentStatusAliases,
  AkahuPaymentStatusCategories,
  isAkahuPaymentStatus,
  AkahuPaymentStatusCode,
  type AkahuPaymentStatusCodeOrUnknown,
  AkahuPaymentStatusCodeAliases,
  AkahuPaymentStatusCodeCategories,
  isAkahuPaymentStatusCode,
  AkahuTransferStatus,
  type AkahuTransferStatusOrUnknown,
  AkahuTransferStatusAliases,
  AkahuTransferStatusCategories,
  isAkahuTransferStatus,
  AkahuWebhookEventStatus,
  type AkahuWebhookEventStatusOrUnknown,
  AkahuWebhookEventStatusAliases,
  AkahuWebhookEventStatusCategories,
  isAkahuWebhookEventStatus,
  AkahuOauthError,
  type AkahuOauthErrorOrUnknown,
  AkahuOauthErrorAliases,
  AkahuOauthErrorCategories,
  isAkahuOauthError,
  AkahuResponseStatus,
  type AkahuResponseStatusOrUnknown,
  AkahuResponseStatusAliases,
  AkahuResponseStatusCategories,
  isAkahuResponseStatus,
} from "./akahu.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  webhook_type: AkahuWebhookTypeCategories,
  webhook_code: AkahuWebhookCodeCategories,
  account_status: AkahuAccountStatusCategories,
  payment_status: AkahuPaymentStatusCategories,
  payment_status_code: AkahuPaymentStatusCodeCategories,
  transfer_status: AkahuTransferStatusCategories,
  webhook_event_status: AkahuWebhookEventStatusCategories,
  oauth_error: AkahuOauthErrorCategories,
  response_status: AkahuResponseStatusCategories,
};

/** The id of a code set of Akahu. */
export type CodeSetId =
  | "webhook_type"
  | "webhook_code"
  | "account_status"
  | "payment_status"
  | "payment_status_code"
  | "transfer_status"
  | "webhook_event_status"
  | "oauth_error"
  | "response_status";

/**
 * The cross-provider category of a Akahu code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("akahu", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("akahu", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Akahu code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/akahu/en): the root entry point's endUserText, word
 * for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("akahu", CODE_SETS, code, words, codeSet);
}
