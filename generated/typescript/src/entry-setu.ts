// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu: Setu Account Aggregator alone. Its code sets (constants, types, guards, aliases
 * and categories), classify and endUserText over them, and its listener helpers, whose results
 * carry each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/setu/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/setu/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  SetuApiErrorCodeCategories,
  SetuConsentErrorReasonCategories,
  SetuConsentStatusCategories,
  SetuDataRefreshStatusCategories,
  SetuDataSessionStatusCategories,
  SetuFiStatusCategories,
  SetuFipStatusCategories,
  SetuNotificationErrorCodeCategories,
  SetuNotificationTypeCategories,
  SetuRedirectErrorCodeCategories,
} from "./setu.js";

export {
  SetuConsentStatus,
  type SetuConsentStatusOrUnknown,
  SetuConsentStatusAliases,
  SetuConsentStatusCategories,
  isSetuConsentStatus,
  SetuDataSessionStatus,
  type SetuDataSessionStatusOrUnknown,
  SetuDataSessionStatusAliases,
  SetuDataSessionStatusCategories,
  isSetuDataSessionStatus,
  SetuFiStatus,
  type SetuFiStatusOrUnknown,
  SetuFiStatusAliases,
  SetuFiStatusCategories,
  isSetuFiStatus,
  SetuFipStatus,
  type SetuFipStatusOrUnknown,
  SetuFipStatusAliases,
  SetuFipStatusCategories,
  isSetuFipStatus,
  SetuNotificationErrorCode,
  type SetuNotificationErrorCodeOrUnknown,
  SetuNotificationErrorCodeAliases,
  SetuNotificationErrorCodeCategories,
  isSetuNotificationErrorCode,
  SetuConsentErrorReason,
  type SetuConsentErrorReasonOrUnknown,
  SetuConsentErrorReasonAliases,
  SetuConsentErrorReasonCategories,
  isSetuConsentErrorReason,
  SetuRedirectErrorCode,
  type SetuRedirectErrorCodeOrUnknown,
  SetuRedirectErrorCodeAliases,
  SetuRedirectErrorCodeCategories,
  isSetuRedirectErrorCode,
  SetuApiErrorCode,
  type SetuApiErrorCodeOrUnknown,
  SetuApiErrorCodeAliases,
  SetuApiErrorCodeCategories,
  isSetuApiErrorCode,
  SetuDataRefreshStatus,
  type SetuDataRefreshStatusOrUnknown,
  SetuDataRefreshStatusAliases,
  SetuDataRefreshStatusCategories,
  isSetuDataRefreshStatus,
  SetuNotificationType,
  type SetuNotificationTypeOrUnknown,
  SetuNotificationTypeAliases,
  SetuNotificationTypeCategories,
  isSetuNotificationType,
} from "./setu.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  consent_status: SetuConsentStatusCategories,
  data_session_status: SetuDataSessionStatusCategories,
  fi_status: SetuFiStatusCategories,
  fip_status: SetuFipStatusCategories,
  notification_error_code: SetuNotificationErrorCodeCategories,
  consent_error_reason: SetuConsentErrorReasonCategories,
  redirect_error_code: SetuRedirectErrorCodeCategories,
  api_error_code: SetuApiErrorCodeCategories,
  data_refresh_status: SetuDataRefreshStatusCategories,
  notification_type: SetuNotificationTypeCategories,
};

/** The id of a code set of Setu Account Aggregator. */
export type CodeSetId =
  | "consent_status"
  | "data_session_status"
  | "fi_status"
  | "fip_status"
  | "notification_error_code"
  | "consent_error_reason"
  | "redirect_error_code"
  | "api_error_code"
  | "data_refresh_status"
  | "notification_type";

/**
 * The cross-provider category of a Setu Account Aggregator code, or of a code read in its place (a
 * result of its listeners): the answer of the root entry point's classify("setu", code, codeSet).
 * "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("setu", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Setu Account Aggregator code, or a code read in its
 * place, in the language of `words` (a pack such as bankcodes/setu/en): the root entry point's
 * endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("setu", CODE_SETS, code, words, codeSet);
}
