// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/saltedge: Salt Edge alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/saltedge/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/saltedge/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  SaltEdgeCallbackStageCategories,
  SaltEdgeConnectStageCategories,
  SaltEdgeErrorClassCategories,
} from "./saltedge.js";

export {
  SaltEdgeCallbackStage,
  type SaltEdgeCallbackStageOrUnknown,
  SaltEdgeCallbackStageAliases,
  SaltEdgeCallbackStageCategories,
  isSaltEdgeCallbackStage,
  SaltEdgeConnectStage,
  type SaltEdgeConnectStageOrUnknown,
  SaltEdgeConnectStageAliases,
  SaltEdgeConnectStageCategories,
  isSaltEdgeConnectStage,
  SaltEdgeErrorClass,
  type SaltEdgeErrorClassOrUnknown,
  SaltEdgeErrorClassAliases,
  SaltEdgeErrorClassCategories,
  isSaltEdgeErrorClass,
} from "./saltedge.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  callback_stage: SaltEdgeCallbackStageCategories,
  connect_stage: SaltEdgeConnectStageCategories,
  error_class: SaltEdgeErrorClassCategories,
};

/** The id of a code set of Salt Edge. */
export type CodeSetId =
  | "callback_stage"
  | "connect_stage"
  | "error_class";

/**
 * The cross-provider category of a Salt Edge code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("saltedge", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("saltedge", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Salt Edge code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/saltedge/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("saltedge", CODE_SETS, code, words, codeSet);
}
