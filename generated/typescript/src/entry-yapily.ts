// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/yapily: Yapily alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/yapily/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/yapily/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  YapilyAuthorisationStatusCategories,
  YapilyBulkPaymentStatusDetailCategories,
  YapilyErrorIssueCodeCategories,
  YapilyErrorIssueTypeCategories,
  YapilyErrorSourceCategories,
  YapilyPaymentIsoStatusCategories,
  YapilyPaymentStatusCategories,
  YapilyResponseStatusCategories,
  YapilyValidationErrorCategories,
} from "./yapily.js";

export {
  YapilyAuthorisationStatus,
  type YapilyAuthorisationStatusOrUnknown,
  YapilyAuthorisationStatusAliases,
  YapilyAuthorisationStatusCategories,
  isYapilyAuthorisationStatus,
  YapilyPaymentStatus,
  type YapilyPaymentStatusOrUnknown,
  YapilyPaymentStatusAliases,
  YapilyPaymentStatusCategories,
  isYapilyPaymentStatus,
  YapilyPaymentIsoStatus,
  type YapilyPaymentIsoStatusOrUnknown,
  YapilyPaymentIsoStatusAliases,
  YapilyPaymentIsoStatusCategories,
  isYapilyPaymentIsoStatus,
  YapilyErrorSource,
  type YapilyErrorSourceOrUnknown,
  YapilyErrorSourceAliases,
  YapilyErrorSourceCategories,
  isYapilyErrorSource,
  YapilyErrorIssueCode,
  type YapilyErrorIssueCodeOrUnknown,
  YapilyErrorIssueCodeAliases,
  YapilyErrorIssueCodeCategories,
  isYapilyErrorIssueCode,
  YapilyErrorIssueType,
  type YapilyErrorIssueTypeOrUnknown,
  YapilyErrorIssueTypeAliases,
  YapilyErrorIssueTypeCategories,
  isYapilyErrorIssueType,
  YapilyValidationError,
  type YapilyValidationErrorOrUnknown,
  YapilyValidationErrorAliases,
  YapilyValidationErrorCategories,
  isYapilyValidationError,
  YapilyBulkPaymentStatusDetail,
  type YapilyBulkPaymentStatusDetailOrUnknown,
  YapilyBulkPaymentStatusDetailAliases,
  YapilyBulkPaymentStatusDetailCategories,
  isYapilyBulkPaymentStatusDetail,
  YapilyResponseStatus,
  type YapilyResponseStatusOrUnknown,
  YapilyResponseStatusAliases,
  YapilyResponseStatusCategories,
  isYapilyResponseStatus,
} from "./yapily.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  authorisation_status: YapilyAuthorisationStatusCategories,
  payment_status: YapilyPaymentStatusCategories,
  payment_iso_status: YapilyPaymentIsoStatusCategories,
  error_source: YapilyErrorSourceCategories,
  error_issue_code: YapilyErrorIssueCodeCategories,
  error_issue_type: YapilyErrorIssueTypeCategories,
  validation_error: YapilyValidationErrorCategories,
  bulk_payment_status_detail: YapilyBulkPaymentStatusDetailCategories,
  response_status: YapilyResponseStatusCategories,
};

/** The id of a code set of Yapily. */
export type CodeSetId =
  | "authorisation_status"
  | "payment_status"
  | "payment_iso_status"
  | "error_source"
  | "error_issue_code"
  | "error_issue_type"
  | "validation_error"
  | "bulk_payment_status_detail"
  | "response_status";

/**
 * The cross-provider category of a Yapily code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("yapily", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("yapily", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Yapily code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/yapily/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("yapily", CODE_SETS, code, words, codeSet);
}
