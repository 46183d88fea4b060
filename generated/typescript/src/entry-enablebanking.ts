// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/enablebanking: Enable Banking alone. Its code sets (constants, types, guards, aliases
 * and categories), classify and endUserText over them, and its listener helpers, whose results
 * carry each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/enablebanking/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/enablebanking/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  EnableBankingErrorCodeCategories,
  EnableBankingPaymentStatusCategories,
  EnableBankingResponseStatusCategories,
  EnableBankingSessionStatusCategories,
} from "./enablebanking.js";

export {
  EnableBankingErrorCode,
  type EnableBankingErrorCodeOrUnknown,
  EnableBankingErrorCodeAliases,
  EnableBankingErrorCodeCategories,
  isEnableBankingErrorCode,
  EnableBankingSessionStatus,
  type EnableBankingSessionStatusOrUnknown,
  EnableBankingSessionStatusAliases,
  EnableBankingSessionStatusCategories,
  isEnableBankingSessionStatus,
  EnableBankingPaymentStatus,
  type EnableBankingPaymentStatusOrUnknown,
  EnableBankingPaymentStatusAliases,
  EnableBankingPaymentStatusCategories,
  isEnableBankingPaymentStatus,
  EnableBankingResponseStatus,
  type EnableBankingResponseStatusOrUnknown,
  EnableBankingResponseStatusAliases,
  EnableBankingResponseStatusCategories,
  isEnableBankingResponseStatus,
} from "./enablebanking.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: EnableBankingErrorCodeCategories,
  session_status: EnableBankingSessionStatusCategories,
  payment_status: EnableBankingPaymentStatusCategories,
  response_status: EnableBankingResponseStatusCategories,
};

/** The id of a code set of Enable Banking. */
export type CodeSetId =
  | "error_code"
  | "session_status"
  | "payment_status"
  | "response_status";

/**
 * The cross-provider category of a Enable Banking code, or of a code read in its place (a result of
 * its listeners): the answer of the root entry point's classify("enablebanking", code, codeSet).
 * "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("enablebanking", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Enable Banking code, or a code read in its place, in
 * the language of `words` (a pack such as bankcodes/enablebanking/en): the root entry point's
 * endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("enablebanking", CODE_SETS, code, words, codeSet);
}
