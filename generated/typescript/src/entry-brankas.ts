// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas: Brankas alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/brankas/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/brankas/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  BrankasDirectErrorCodeCategories,
  BrankasSdkErrorCodeCategories,
  BrankasStatementErrorCategories,
  BrankasStatementStatusCategories,
  BrankasTransactionStatusCategories,
} from "./brankas.js";

export {
  BrankasTransactionStatus,
  type BrankasTransactionStatusOrUnknown,
  BrankasTransactionStatusAliases,
  BrankasTransactionStatusCategories,
  isBrankasTransactionStatus,
  BrankasDirectErrorCode,
  type BrankasDirectErrorCodeOrUnknown,
  BrankasDirectErrorCodeAliases,
  BrankasDirectErrorCodeCategories,
  isBrankasDirectErrorCode,
  BrankasStatementStatus,
  type BrankasStatementStatusOrUnknown,
  BrankasStatementStatusAliases,
  BrankasStatementStatusCategories,
  isBrankasStatementStatus,
  BrankasStatementError,
  type BrankasStatementErrorOrUnknown,
  BrankasStatementErrorAliases,
  BrankasStatementErrorCategories,
  isBrankasStatementError,
  BrankasSdkErrorCode,
  type BrankasSdkErrorCodeOrUnknown,
  BrankasSdkErrorCodeAliases,
  BrankasSdkErrorCodeCategories,
  isBrankasSdkErrorCode,
} from "./brankas.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  transaction_status: BrankasTransactionStatusCategories,
  direct_error_code: BrankasDirectErrorCodeCategories,
  statement_status: BrankasStatementStatusCategories,
  statement_error: BrankasStatementErrorCategories,
  sdk_error_code: BrankasSdkErrorCodeCategories,
};

/** The id of a code set of Brankas. */
export type CodeSetId =
  | "transaction_status"
  | "direct_error_code"
  | "statement_status"
  | "statement_error"
  | "sdk_error_code";

/**
 * The cross-provider category of a Brankas code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("brankas", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("brankas", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Brankas code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/brankas/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("brankas", CODE_SETS, code, words, codeSet);
}
