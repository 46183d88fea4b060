// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin: SimpleFIN alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/simplefin/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/simplefin/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { ownForms } from "./entry.js";
import {
  SimpleFinAccountErrorCategories,
  SimpleFinConnectionErrorCategories,
  SimpleFinGeneralErrorCategories,
  SimpleFinResponseStatusCategories,
} from "./simplefin.js";

export {
  SimpleFinGeneralError,
  type SimpleFinGeneralErrorOrUnknown,
  SimpleFinGeneralErrorAliases,
  SimpleFinGeneralErrorCategories,
  isSimpleFinGeneralError,
  SimpleFinConnectionError,
  type SimpleFinConnectionErrorOrUnknown,
  SimpleFinConnectionErrorAliases,
  SimpleFinConnectionErrorCategories,
  isSimpleFinConnectionError,
  SimpleFinAccountError,
  type SimpleFinAccountErrorOrUnknown,
  SimpleFinAccountErrorAliases,
  SimpleFinAccountErrorCategories,
  isSimpleFinAccountError,
  SimpleFinResponseStatus,
  type SimpleFinResponseStatusOrUnknown,
  SimpleFinResponseStatusAliases,
  SimpleFinResponseStatusCategories,
  isSimpleFinResponseStatus,
} from "./simplefin.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  general_error: SimpleFinGeneralErrorCategories,
  connection_error: SimpleFinConnectionErrorCategories,
  account_error: SimpleFinAccountErrorCategories,
  response_status: SimpleFinResponseStatusCategories,
};

/** The form each code set gives to the sender's own codes (a regular expression the whole value
 * matches), and their category. */
const OWN_CODES = /* @__PURE__ */ ownForms({
  general_error: ["^gen\\.[a-z0-9_.]+$", "generic_failure"],
  connection_error: ["^con\\.[a-z0-9_.]+$", "generic_failure"],
  account_error: ["^act\\.[a-z0-9_.]+$", "generic_failure"],
});

/** The id of a code set of SimpleFIN. */
export type CodeSetId =
  | "general_error"
  | "connection_error"
  | "account_error"
  | "response_status";

/**
 * The cross-provider category of a SimpleFIN code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("simplefin", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("simplefin", CODE_SETS, code, codeSet, OWN_CODES);
}

/**
 * What an app can tell its customer about a SimpleFIN code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/simplefin/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("simplefin", CODE_SETS, code, words, codeSet, OWN_CODES);
}
