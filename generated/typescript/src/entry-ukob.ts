// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/ukob: UK Open Banking alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/ukob/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/ukob/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  UkobConsentStatusCategories,
  UkobConsentStatusV31Categories,
  UkobMultiAuthorisationStatusCategories,
  UkobMultiAuthorisationStatusV31Categories,
  UkobObEventTypeCategories,
  UkobObieErrorCodeCategories,
  UkobPaymentStatusCategories,
  UkobPaymentStatusV31Categories,
} from "./ukob.js";

export {
  UkobObieErrorCode,
  type UkobObieErrorCodeOrUnknown,
  UkobObieErrorCodeAliases,
  UkobObieErrorCodeCategories,
  isUkobObieErrorCode,
  UkobObEventType,
  type UkobObEventTypeOrUnknown,
  UkobObEventTypeAliases,
  UkobObEventTypeCategories,
  isUkobObEventType,
  UkobPaymentStatus,
  type UkobPaymentStatusOrUnknown,
  UkobPaymentStatusAliases,
  UkobPaymentStatusCategories,
  isUkobPaymentStatus,
  UkobConsentStatus,
  type UkobConsentStatusOrUnknown,
  UkobConsentStatusAliases,
  UkobConsentStatusCategories,
  isUkobConsentStatus,
  UkobMultiAuthorisationStatus,
  type UkobMultiAuthorisationStatusOrUnknown,
  UkobMultiAuthorisationStatusAliases,
  UkobMultiAuthorisationStatusCategories,
  isUkobMultiAuthorisationStatus,
  UkobPaymentStatusV31,
  type UkobPaymentStatusV31OrUnknown,
  UkobPaymentStatusV31Aliases,
  UkobPaymentStatusV31Categories,
  isUkobPaymentStatusV31,
  UkobConsentStatusV31,
  type UkobConsentStatusV31OrUnknown,
  UkobConsentStatusV31Aliases,
  UkobConsentStatusV31Categories,
  isUkobConsentStatusV31,
  UkobMultiAuthorisationStatusV31,
  type UkobMultiAuthorisationStatusV31OrUnknown,
  UkobMultiAuthorisationStatusV31Aliases,
  UkobMultiAuthorisationStatusV31Categories,
  isUkobMultiAuthorisationStatusV31,
} from "./ukob.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: UkobObieErrorCodeCategories,
  event_type: UkobObEventTypeCategories,
  payment_status: UkobPaymentStatusCategories,
  consent_status: UkobConsentStatusCategories,
  multi_authorisation_status: UkobMultiAuthorisationStatusCategories,
  payment_status_v31: UkobPaymentStatusV31Categories,
  consent_status_v31: UkobConsentStatusV31Categories,
  multi_authorisation_status_v31: UkobMultiAuthorisationStatusV31Categories,
};

/** The id of a code set of UK Open Banking. */
export type CodeSetId =
  | "error_code"
  | "event_type"
  | "payment_status"
  | "consent_status"
  | "multi_authorisation_status"
  | "payment_status_v31"
  | "consent_status_v31"
  | "multi_authorisation_status_v31";

/**
 * The cross-provider category of a UK Open Banking code, or of a code read in its place (a result
 * of its listeners): the answer of the root entry point's classify("ukob", code, codeSet).
 * "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("ukob", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a UK Open Banking code, or a code read in its place, in
 * the language of `words` (a pack such as bankcodes/ukob/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("ukob", CODE_SETS, code, words, codeSet);
}
