// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe: Stripe Financial Connections alone. Its code sets (constants, types, guards,
 * aliases and categories), classify and endUserText over them, and its listener helpers, whose
 * results carry each code's category. End-user words come from one language's pack: `import { words
 * } from "bankcodes/stripe/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/stripe/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  StripeAccountNumberStatusCategories,
  StripeAccountStatusCategories,
  StripeApiErrorCodeCategories,
  StripeApiErrorTypeCategories,
  StripeAuthorizationStatusCategories,
  StripeEventTypeCategories,
  StripeFcEventErrorCodeCategories,
  StripeFcEventNameCategories,
  StripeRefreshStatusCategories,
  StripeSheetErrorCodeCategories,
  StripeStatusDetailsActionCategories,
  StripeStatusDetailsCauseCategories,
  StripeTransactionStatusCategories,
} from "./stripe.js";

export {
  StripeFcEventErrorCode,
  type StripeFcEventErrorCodeOrUnknown,
  StripeFcEventErrorCodeAliases,
  StripeFcEventErrorCodeCategories,
  isStripeFcEventErrorCode,
  StripeApiErrorCode,
  type StripeApiErrorCodeOrUnknown,
  StripeApiErrorCodeAliases,
  StripeApiErrorCodeCategories,
  isStripeApiErrorCode,
  StripeStatusDetailsAction,
  type StripeStatusDetailsActionOrUnknown,
  StripeStatusDetailsActionAliases,
  StripeStatusDetailsActionCategories,
  isStripeStatusDetailsAction,
  StripeStatusDetailsCause,
  type StripeStatusDetailsCauseOrUnknown,
  StripeStatusDetailsCauseAliases,
  StripeStatusDetailsCauseCategories,
  isStripeStatusDetailsCause,
  StripeAccountStatus,
  type StripeAccountStatusOrUnknown,
  StripeAccountStatusAliases,
  StripeAccountStatusCategories,
  isStripeAccountStatus,
  StripeRefreshStatus,
  type StripeRefreshStatusOrUnknown,
  StripeRefreshStatusAliases,
  StripeRefreshStatusCategories,
  isStripeRefreshStatus,
  StripeSheetErrorCode,
  type StripeSheetErrorCodeOrUnknown,
  StripeSheetErrorCodeAliases,
  StripeSheetErrorCodeCategories,
  isStripeSheetErrorCode,
  StripeApiErrorType,
  type StripeApiErrorTypeOrUnknown,
  StripeApiErrorTypeAliases,
  StripeApiErrorTypeCategories,
  isStripeApiErrorType,
  StripeFcEventName,
  type StripeFcEventNameOrUnknown,
  StripeFcEventNameAliases,
  StripeFcEventNameCategories,
  isStripeFcEventName,
  StripeEventType,
  type StripeEventTypeOrUnknown,
  StripeEventTypeAliases,
  StripeEventTypeCategories,
  isStripeEventType,
  StripeAuthorizationStatus,
  type StripeAuthorizationStatusOrUnknown,
  StripeAuthorizationStatusAliases,
  StripeAuthorizationStatusCategories,
  isStripeAuthorizationStatus,
  StripeTransactionStatus,
  type StripeTransactionStatusOrUnknown,
  StripeTransactionStatusAliases,
  StripeTransactionStatusCategories,
  isStripeTransactionStatus,
  StripeAccountNumberStatus,
  type StripeAccountNumberStatusOrUnknown,
  StripeAccountNumberStatusAliases,
  StripeAccountNumberStatusCategories,
  isStripeAccountNumberStatus,
} from "./stripe.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  fc_event_error_code: StripeFcEventErrorCodeCategories,
  api_error_code: StripeApiErrorCodeCategories,
  status_details_action: StripeStatusDetailsActionCategories,
  status_details_cause: StripeStatusDetailsCauseCategories,
  account_status: StripeAccountStatusCategories,
  refresh_status: StripeRefreshStatusCategories,
  sheet_error: StripeSheetErrorCodeCategories,
  api_error_type: StripeApiErrorTypeCategories,
  fc_event_name: StripeFcEventNameCategories,
  webhook_type: StripeEventTypeCategories,
  authorization_status: StripeAuthorizationStatusCategories,
  transaction_status: StripeTransactionStatusCategories,
  account_number_status: StripeAccountNumberStatusCategories,
};

/** The id of a code set of Stripe Financial Connections. */
export type CodeSetId =
  | "fc_event_error_code"
  | "api_error_code"
  | "status_details_action"
  | "status_details_cause"
  | "account_status"
  | "refresh_status"
  | "sheet_error"
  | "api_error_type"
  | "fc_event_name"
  | "webhook_type"
  | "authorization_status"
  | "transaction_status"
  | "account_number_status";

/**
 * The cross-provider category of a Stripe Financial Connections code, or of a code read in its
 * place (a result of its listeners): the answer of the root entry point's classify("stripe", code,
 * codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("stripe", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Stripe Financial Connections code, or a code read in
 * its place, in the language of `words` (a pack such as bankcodes/stripe/en): the root entry
 * point's endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("stripe", CODE_SETS, code, words, codeSet);
}
