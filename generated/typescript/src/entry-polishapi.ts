// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/polishapi: PolishAPI alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/polishapi/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/polishapi/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  PolishApiBundleStatusCategories,
  PolishApiPaymentStatusCategories,
  PolishApiRecurringPaymentStatusCategories,
  PolishApiResponseStatusCategories,
} from "./polishapi.js";

export {
  PolishApiResponseStatus,
  type PolishApiResponseStatusOrUnknown,
  PolishApiResponseStatusAliases,
  PolishApiResponseStatusCategories,
  isPolishApiResponseStatus,
  PolishApiPaymentStatus,
  type PolishApiPaymentStatusOrUnknown,
  PolishApiPaymentStatusAliases,
  PolishApiPaymentStatusCategories,
  isPolishApiPaymentStatus,
  PolishApiBundleStatus,
  type PolishApiBundleStatusOrUnknown,
  PolishApiBundleStatusAliases,
  PolishApiBundleStatusCategories,
  isPolishApiBundleStatus,
  PolishApiRecurringPaymentStatus,
  type PolishApiRecurringPaymentStatusOrUnknown,
  PolishApiRecurringPaymentStatusAliases,
  PolishApiRecurringPaymentStatusCategories,
  isPolishApiRecurringPaymentStatus,
} from "./polishapi.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  http_status: PolishApiResponseStatusCategories,
  payment_status: PolishApiPaymentStatusCategories,
  bundle_status: PolishApiBundleStatusCategories,
  recurring_payment_status: PolishApiRecurringPaymentStatusCategories,
};

/** The id of a code set of PolishAPI. */
export type CodeSetId =
  | "http_status"
  | "payment_status"
  | "bundle_status"
  | "recurring_payment_status";

/**
 * The cross-provider category of a PolishAPI code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("polishapi", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("polishapi", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a PolishAPI code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/polishapi/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("polishapi", CODE_SETS, code, words, codeSet);
}
