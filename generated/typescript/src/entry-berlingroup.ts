// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup: Berlin Group NextGenPSD2 alone. Its code sets (constants, types, guards,
 * aliases and categories), classify and endUserText over them, and its listener helpers, whose
 * results carry each code's category. End-user words come from one language's pack: `import { words
 * } from "bankcodes/berlingroup/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/berlingroup/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  BerlinGroupConsentStatusCategories,
  BerlinGroupMessageCodeCategories,
} from "./berlingroup.js";

export {
  BerlinGroupMessageCode,
  type BerlinGroupMessageCodeOrUnknown,
  BerlinGroupMessageCodeAliases,
  BerlinGroupMessageCodeCategories,
  isBerlinGroupMessageCode,
  BerlinGroupConsentStatus,
  type BerlinGroupConsentStatusOrUnknown,
  BerlinGroupConsentStatusAliases,
  BerlinGroupConsentStatusCategories,
  isBerlinGroupConsentStatus,
} from "./berlingroup.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  message_code: BerlinGroupMessageCodeCategories,
  consent_status: BerlinGroupConsentStatusCategories,
};

/** The id of a code set of Berlin Group NextGenPSD2. */
export type CodeSetId =
  | "message_code"
  | "consent_status";

/**
 * The cross-provider category of a Berlin Group NextGenPSD2 code, or of a code read in its place (a
 * result of its listeners): the answer of the root entry point's classify("berlingroup", code,
 * codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("berlingroup", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Berlin Group NextGenPSD2 code, or a code read in its
 * place, in the language of `words` (a pack such as bankcodes/berlingroup/en): the root entry
 * point's endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("berlingroup", CODE_SETS, code, words, codeSet);
}
