// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/gocardless: GoCardless Bank Account Data alone. Its code sets (constants, types,
 * guards, aliases and categories), classify and endUserText over them, and its listener helpers,
 * whose results carry each code's category. End-user words come from one language's pack: `import {
 * words } from "bankcodes/gocardless/en"`; the metadata of every code (each code set's …Info table)
 * from `bankcodes/gocardless/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  GoCardlessAccountErrorTypeCategories,
  GoCardlessAccountStatusCategories,
  GoCardlessEndUserErrorCategories,
  GoCardlessErrorSummaryCategories,
  GoCardlessFieldErrorSummaryCategories,
  GoCardlessRequisitionStatusCategories,
} from "./gocardless.js";

export {
  GoCardlessRequisitionStatus,
  type GoCardlessRequisitionStatusOrUnknown,
  GoCardlessRequisitionStatusAliases,
  GoCardlessRequisitionStatusCategories,
  isGoCardlessRequisitionStatus,
  GoCardlessAccountStatus,
  type GoCardlessAccountStatusOrUnknown,
  GoCardlessAccountStatusAliases,
  GoCardlessAccountStatusCategories,
  isGoCardlessAccountStatus,
  GoCardlessEndUserError,
  type GoCardlessEndUserErrorOrUnknown,
  GoCardlessEndUserErrorAliases,
  GoCardlessEndUserErrorCategories,
  isGoCardlessEndUserError,
  GoCardlessAccountErrorType,
  type GoCardlessAccountErrorTypeOrUnknown,
  GoCardlessAccountErrorTypeAliases,
  GoCardlessAccountErrorTypeCategories,
  isGoCardlessAccountErrorType,
  GoCardlessErrorSummary,
  type GoCardlessErrorSummaryOrUnknown,
  GoCardlessErrorSummaryAliases,
  GoCardlessErrorSummaryCategories,
  isGoCardlessErrorSummary,
  GoCardlessFieldErrorSummary,
  type GoCardlessFieldErrorSummaryOrUnknown,
  GoCardlessFieldErrorSummaryAliases,
  GoCardlessFieldErrorSummaryCategories,
  isGoCardlessFieldErrorSummary,
} from "./gocardless.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  requisition_status: GoCardlessRequisitionStatusCategories,
  account_status: GoCardlessAccountStatusCategories,
  end_user_error: GoCardlessEndUserErrorCategories,
  account_error_type: GoCardlessAccountErrorTypeCategories,
  error_summary: GoCardlessErrorSummaryCategories,
  field_error_summary: GoCardlessFieldErrorSummaryCategories,
};

/** The id of a code set of GoCardless Bank Account Data. */
export type CodeSetId =
  | "requisition_status"
  | "account_status"
  | "end_user_error"
  | "account_error_type"
  | "error_summary"
  | "field_error_summary";

/**
 * The cross-provider category of a GoCardless Bank Account Data code, or of a code read in its
 * place (a result of its listeners): the answer of the root entry point's classify("gocardless",
 * code, codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("gocardless", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a GoCardless Bank Account Data code, or a code read in
 * its place, in the language of `words` (a pack such as bankcodes/gocardless/en): the root entry
 * point's endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("gocardless", CODE_SETS, code, words, codeSet);
}
