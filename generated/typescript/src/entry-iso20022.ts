// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/iso20022: ISO 20022 alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/iso20022/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/iso20022/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  Iso20022StatusReasonCategories,
} from "./iso20022.js";

export {
  Iso20022StatusReason,
  type Iso20022StatusReasonOrUnknown,
  Iso20022StatusReasonAliases,
  Iso20022StatusReasonCategories,
  isIso20022StatusReason,
} from "./iso20022.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = { status_reason: Iso20022StatusReasonCategories };

/** The id of a code set of ISO 20022. */
export type CodeSetId =
  | "status_reason";

/**
 * The cross-provider category of a ISO 20022 code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("iso20022", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("iso20022", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a ISO 20022 code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/iso20022/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("iso20022", CODE_SETS, code, words, codeSet);
}
