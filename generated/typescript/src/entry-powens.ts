// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/powens: Powens alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/powens/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/powens/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  PowensConnectionStateCategories,
  PowensErrorCodeCategories,
  PowensWebviewErrorCategories,
} from "./powens.js";

export {
  PowensConnectionState,
  type PowensConnectionStateOrUnknown,
  PowensConnectionStateAliases,
  PowensConnectionStateCategories,
  isPowensConnectionState,
  PowensErrorCode,
  type PowensErrorCodeOrUnknown,
  PowensErrorCodeAliases,
  PowensErrorCodeCategories,
  isPowensErrorCode,
  PowensWebviewError,
  type PowensWebviewErrorOrUnknown,
  PowensWebviewErrorAliases,
  PowensWebviewErrorCategories,
  isPowensWebviewError,
} from "./powens.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  connection_state: PowensConnectionStateCategories,
  error_code: PowensErrorCodeCategories,
  webview_error: PowensWebviewErrorCategories,
};

/** The id of a code set of Powens. */
export type CodeSetId =
  | "connection_state"
  | "error_code"
  | "webview_error";

/**
 * The cross-provider category of a Powens code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("powens", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("powens", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Powens code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/powens/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("powens", CODE_SETS, code, words, codeSet);
}
