// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/bridge: Bridge alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/bridge/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/bridge/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  BridgeErrorCodeCategories,
  BridgeErrorTypeCategories,
  BridgeItemStatusCategories,
  BridgeResponseStatusCategories,
  BridgeStatusCodeInfoCategories,
  BridgeWebhookTypeCategories,
} from "./bridge.js";

export {
  BridgeItemStatus,
  type BridgeItemStatusOrUnknown,
  BridgeItemStatusAliases,
  BridgeItemStatusCategories,
  isBridgeItemStatus,
  BridgeStatusCodeInfo,
  type BridgeStatusCodeInfoOrUnknown,
  BridgeStatusCodeInfoAliases,
  BridgeStatusCodeInfoCategories,
  isBridgeStatusCodeInfo,
  BridgeResponseStatus,
  type BridgeResponseStatusOrUnknown,
  BridgeResponseStatusAliases,
  BridgeResponseStatusCategories,
  isBridgeResponseStatus,
  BridgeErrorCode,
  type BridgeErrorCodeOrUnknown,
  BridgeErrorCodeAliases,
  BridgeErrorCodeCategories,
  isBridgeErrorCode,
  BridgeErrorType,
  type BridgeErrorTypeOrUnknown,
  BridgeErrorTypeAliases,
  BridgeErrorTypeCategories,
  isBridgeErrorType,
  BridgeWebhookType,
  type BridgeWebhookTypeOrUnknown,
  BridgeWebhookTypeAliases,
  BridgeWebhookTypeCategories,
  isBridgeWebhookType,
} from "./bridge.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  item_status: BridgeItemStatusCategories,
  status_code_info: BridgeStatusCodeInfoCategories,
  response_status: BridgeResponseStatusCategories,
  error_code: BridgeErrorCodeCategories,
  error_type: BridgeErrorTypeCategories,
  webhook_type: BridgeWebhookTypeCategories,
};

/** The id of a code set of Bridge. */
export type CodeSetId =
  | "item_status"
  | "status_code_info"
  | "response_status"
  | "error_code"
  | "error_type"
  | "webhook_type";

/**
 * The cross-provider category of a Bridge code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("bridge", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("bridge", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Bridge code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/bridge/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("bridge", CODE_SETS, code, words, codeSet);
}
