// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/uaeopenfinance: UAE Open Finance alone. Its code sets (constants, types, guards,
 * aliases and categories), classify and endUserText over them, and its listener helpers, whose
 * results carry each code's category. End-user words come from one language's pack: `import { words
 * } from "bankcodes/uaeopenfinance/en"`; the metadata of every code (each code set's …Info table)
 * from `bankcodes/uaeopenfinance/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { ownForms } from "./entry.js";
import {
  UaeOpenFinanceConsentStatusCategories,
  UaeOpenFinanceErrorCodeCategories,
  UaeOpenFinanceFilePaymentStatusCategories,
  UaeOpenFinanceOAuthErrorCategories,
  UaeOpenFinancePaymentStatusCategories,
  UaeOpenFinanceRevokedByCategories,
} from "./uaeopenfinance.js";

export {
  UaeOpenFinanceErrorCode,
  type UaeOpenFinanceErrorCodeOrUnknown,
  UaeOpenFinanceErrorCodeAliases,
  UaeOpenFinanceErrorCodeCategories,
  isUaeOpenFinanceErrorCode,
  UaeOpenFinanceConsentStatus,
  type UaeOpenFinanceConsentStatusOrUnknown,
  UaeOpenFinanceConsentStatusAliases,
  UaeOpenFinanceConsentStatusCategories,
  isUaeOpenFinanceConsentStatus,
  UaeOpenFinancePaymentStatus,
  type UaeOpenFinancePaymentStatusOrUnknown,
  UaeOpenFinancePaymentStatusAliases,
  UaeOpenFinancePaymentStatusCategories,
  isUaeOpenFinancePaymentStatus,
  UaeOpenFinanceFilePaymentStatus,
  type UaeOpenFinanceFilePaymentStatusOrUnknown,
  UaeOpenFinanceFilePaymentStatusAliases,
  UaeOpenFinanceFilePaymentStatusCategories,
  isUaeOpenFinanceFilePaymentStatus,
  UaeOpenFinanceRevokedBy,
  type UaeOpenFinanceRevokedByOrUnknown,
  UaeOpenFinanceRevokedByAliases,
  UaeOpenFinanceRevokedByCategories,
  isUaeOpenFinanceRevokedBy,
  UaeOpenFinanceOAuthError,
  type UaeOpenFinanceOAuthErrorOrUnknown,
  UaeOpenFinanceOAuthErrorAliases,
  UaeOpenFinanceOAuthErrorCategories,
  isUaeOpenFinanceOAuthError,
} from "./uaeopenfinance.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: UaeOpenFinanceErrorCodeCategories,
  consent_status: UaeOpenFinanceConsentStatusCategories,
  payment_status: UaeOpenFinancePaymentStatusCategories,
  file_payment_status: UaeOpenFinanceFilePaymentStatusCategories,
  revoked_by: UaeOpenFinanceRevokedByCategories,
  oauth_error: UaeOpenFinanceOAuthErrorCategories,
};

/** The form each code set gives to the sender's own codes (a regular expression the whole value
 * matches), and their category. */
const OWN_CODES = /* @__PURE__ */ ownForms({
  error_code: ["^[A-Za-z]+\\.[A-Za-z0-9]+$", "generic_failure"],
});

/** The id of a code set of UAE Open Finance. */
export type CodeSetId =
  | "error_code"
  | "consent_status"
  | "payment_status"
  | "file_payment_status"
  | "revoked_by"
  | "oauth_error";

/**
 * The cross-provider category of a UAE Open Finance code, or of a code read in its place (a result
 * of its listeners): the answer of the root entry point's classify("uaeopenfinance", code,
 * codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("uaeopenfinance", CODE_SETS, code, codeSet, OWN_CODES);
}

/**
 * What an app can tell its customer about a UAE Open Finance code, or a code read in its place, in
 * the language of `words` (a pack such as bankcodes/uaeopenfinance/en): the root entry point's
 * endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("uaeopenfinance", CODE_SETS, code, words, codeSet, OWN_CODES);
}
