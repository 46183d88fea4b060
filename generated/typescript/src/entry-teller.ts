// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller: Teller alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/teller/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/teller/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  TellerAccountStatusCategories,
  TellerConnectFailureCodeCategories,
  TellerDisconnectReasonCategories,
  TellerErrorCodeCategories,
  TellerResponseStatusCategories,
  TellerWebhookTypeCategories,
} from "./teller.js";

export {
  TellerErrorCode,
  type TellerErrorCodeOrUnknown,
  TellerErrorCodeAliases,
  TellerErrorCodeCategories,
  isTellerErrorCode,
  TellerResponseStatus,
  type TellerResponseStatusOrUnknown,
  TellerResponseStatusAliases,
  TellerResponseStatusCategories,
  isTellerResponseStatus,
  TellerWebhookType,
  type TellerWebhookTypeOrUnknown,
  TellerWebhookTypeAliases,
  TellerWebhookTypeCategories,
  isTellerWebhookType,
  TellerDisconnectReason,
  type TellerDisconnectReasonOrUnknown,
  TellerDisconnectReasonAliases,
  TellerDisconnectReasonCategories,
  isTellerDisconnectReason,
  TellerAccountStatus,
  type TellerAccountStatusOrUnknown,
  TellerAccountStatusAliases,
  TellerAccountStatusCategories,
  isTellerAccountStatus,
  TellerConnectFailureCode,
  type TellerConnectFailureCodeOrUnknown,
  TellerConnectFailureCodeAliases,
  TellerConnectFailureCodeCategories,
  isTellerConnectFailureCode,
} from "./teller.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: TellerErrorCodeCategories,
  response_status: TellerResponseStatusCategories,
  webhook_type: TellerWebhookTypeCategories,
  disconnect_reason: TellerDisconnectReasonCategories,
  account_status: TellerAccountStatusCategories,
  connect_failure_code: TellerConnectFailureCodeCategories,
};

/** The id of a code set of Teller. */
export type CodeSetId =
  | "error_code"
  | "response_status"
  | "webhook_type"
  | "disconnect_reason"
  | "account_status"
  | "connect_failure_code";

/**
 * The cross-provider category of a Teller code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("teller", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("teller", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Teller code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/teller/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("teller", CODE_SETS, code, words, codeSet);
}
