// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/openfinancebrasil: Open Finance Brasil alone. Its code sets (constants, types, guards,
 * aliases and categories), classify and endUserText over them, and its listener helpers, whose
 * results carry each code's category. End-user words come from one language's pack: `import { words
 * } from "bankcodes/openfinancebrasil/en"`; the metadata of every code (each code set's …Info
 * table) from `bankcodes/openfinancebrasil/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  OpenFinanceBrasilConsentRejectionReasonCategories,
  OpenFinanceBrasilConsentStatusCategories,
  OpenFinanceBrasilDataConsentCreateErrorCategories,
  OpenFinanceBrasilDataConsentRejectedByCategories,
  OpenFinanceBrasilDataConsentRejectionReasonCategories,
  OpenFinanceBrasilDataConsentRenewalErrorCategories,
  OpenFinanceBrasilDataConsentRevocationErrorCategories,
  OpenFinanceBrasilDataConsentStatusCategories,
  OpenFinanceBrasilEnrollmentErrorCategories,
  OpenFinanceBrasilEnrollmentRejectionReasonCategories,
  OpenFinanceBrasilEnrollmentRevocationReasonCategories,
  OpenFinanceBrasilPaymentErrorCategories,
  OpenFinanceBrasilPaymentRejectionReasonCategories,
  OpenFinanceBrasilPaymentStatusCategories,
  OpenFinanceBrasilRecurringConsentErrorCategories,
  OpenFinanceBrasilRecurringConsentRejectionReasonCategories,
  OpenFinanceBrasilRecurringConsentRevocationReasonCategories,
  OpenFinanceBrasilRecurringPaymentErrorCategories,
  OpenFinanceBrasilRecurringPaymentRejectionReasonCategories,
} from "./openfinancebrasil.js";

export {
  OpenFinanceBrasilPaymentError,
  type OpenFinanceBrasilPaymentErrorOrUnknown,
  OpenFinanceBrasilPaymentErrorAliases,
  OpenFinanceBrasilPaymentErrorCategories,
  isOpenFinanceBrasilPaymentError,
  OpenFinanceBrasilPaymentRejectionReason,
  type OpenFinanceBrasilPaymentRejectionReasonOrUnknown,
  OpenFinanceBrasilPaymentRejectionReasonAliases,
  OpenFinanceBrasilPaymentRejectionReasonCategories,
  isOpenFinanceBrasilPaymentRejectionReason,
  OpenFinanceBrasilConsentRejectionReason,
  type OpenFinanceBrasilConsentRejectionReasonOrUnknown,
  OpenFinanceBrasilConsentRejectionReasonAliases,
  OpenFinanceBrasilConsentRejectionReasonCategories,
  isOpenFinanceBrasilConsentRejectionReason,
  OpenFinanceBrasilPaymentStatus,
  type OpenFinanceBrasilPaymentStatusOrUnknown,
  OpenFinanceBrasilPaymentStatusAliases,
  OpenFinanceBrasilPaymentStatusCategories,
  isOpenFinanceBrasilPaymentStatus,
  OpenFinanceBrasilConsentStatus,
  type OpenFinanceBrasilConsentStatusOrUnknown,
  OpenFinanceBrasilConsentStatusAliases,
  OpenFinanceBrasilConsentStatusCategories,
  isOpenFinanceBrasilConsentStatus,
  OpenFinanceBrasilRecurringConsentError,
  type OpenFinanceBrasilRecurringConsentErrorOrUnknown,
  OpenFinanceBrasilRecurringConsentErrorAliases,
  OpenFinanceBrasilRecurringConsentErrorCategories,
  isOpenFinanceBrasilRecurringConsentError,
  OpenFinanceBrasilRecurringPaymentError,
  type OpenFinanceBrasilRecurringPaymentErrorOrUnknown,
  OpenFinanceBrasilRecurringPaymentErrorAliases,
  OpenFinanceBrasilRecurringPaymentErrorCategories,
  isOpenFinanceBrasilRecurringPaymentError,
  OpenFinanceBrasilRecurringPaymentRejectionReason,
  type OpenFinanceBrasilRecurringPaymentRejectionReasonOrUnknown,
  OpenFinanceBrasilRecurringPaymentRejectionReasonAliases,
  OpenFinanceBrasilRecurringPaymentRejectionReasonCategories,
  isOpenFinanceBrasilRecurringPaymentRejectionReason,
  OpenFinanceBrasilRecurringConsentRejectionReason,
  type OpenFinanceBrasilRecurringConsentRejectionReasonOrUnknown,
  OpenFinanceBrasilRecurringConsentRejectionReasonAliases,
  OpenFinanceBrasilRecurringConsentRejectionReasonCategories,
  isOpenFinanceBrasilRecurringConsentRejectionReason,
  OpenFinanceBrasilRecurringConsentRevocationReason,
  type OpenFinanceBrasilRecurringConsentRevocationReasonOrUnknown,
  OpenFinanceBrasilRecurringConsentRevocationReasonAliases,
  OpenFinanceBrasilRecurringConsentRevocationReasonCategories,
  isOpenFinanceBrasilRecurringConsentRevocationReason,
  OpenFinanceBrasilEnrollmentError,
  type OpenFinanceBrasilEnrollmentErrorOrUnknown,
  OpenFinanceBrasilEnrollmentErrorAliases,
  OpenFinanceBrasilEnrollmentErrorCategories,
  isOpenFinanceBrasilEnrollmentError,
  OpenFinanceBrasilEnrollmentRejectionReason,
  type OpenFinanceBrasilEnrollmentRejectionReasonOrUnknown,
  OpenFinanceBrasilEnrollmentRejectionReasonAliases,
  OpenFinanceBrasilEnrollmentRejectionReasonCategories,
  isOpenFinanceBrasilEnrollmentRejectionReason,
  OpenFinanceBrasilEnrollmentRevocationReason,
  type OpenFinanceBrasilEnrollmentRevocationReasonOrUnknown,
  OpenFinanceBrasilEnrollmentRevocationReasonAliases,
  OpenFinanceBrasilEnrollmentRevocationReasonCategories,
  isOpenFinanceBrasilEnrollmentRevocationReason,
  OpenFinanceBrasilDataConsentCreateError,
  type OpenFinanceBrasilDataConsentCreateErrorOrUnknown,
  OpenFinanceBrasilDataConsentCreateErrorAliases,
  OpenFinanceBrasilDataConsentCreateErrorCategories,
  isOpenFinanceBrasilDataConsentCreateError,
  OpenFinanceBrasilDataConsentRenewalError,
  type OpenFinanceBrasilDataConsentRenewalErrorOrUnknown,
  OpenFinanceBrasilDataConsentRenewalErrorAliases,
  OpenFinanceBrasilDataConsentRenewalErrorCategories,
  isOpenFinanceBrasilDataConsentRenewalError,
  OpenFinanceBrasilDataConsentRevocationError,
  type OpenFinanceBrasilDataConsentRevocationErrorOrUnknown,
  OpenFinanceBrasilDataConsentRevocationErrorAliases,
  OpenFinanceBrasilDataConsentRevocationErrorCategories,
  isOpenFinanceBrasilDataConsentRevocationError,
  OpenFinanceBrasilDataConsentStatus,
  type OpenFinanceBrasilDataConsentStatusOrUnknown,
  OpenFinanceBrasilDataConsentStatusAliases,
  OpenFinanceBrasilDataConsentStatusCategories,
  isOpenFinanceBrasilDataConsentStatus,
  OpenFinanceBrasilDataConsentRejectionReason,
  type OpenFinanceBrasilDataConsentRejectionReasonOrUnknown,
  OpenFinanceBrasilDataConsentRejectionReasonAliases,
  OpenFinanceBrasilDataConsentRejectionReasonCategories,
  isOpenFinanceBrasilDataConsentRejectionReason,
  OpenFinanceBrasilDataConsentRejectedBy,
  type OpenFinanceBrasilDataConsentRejectedByOrUnknown,
  OpenFinanceBrasilDataConsentRejectedByAliases,
  OpenFinanceBrasilDataConsentRejectedByCategories,
  isOpenFinanceBrasilDataConsentRejectedBy,
} from "./openfinancebrasil.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  payment_error: OpenFinanceBrasilPaymentErrorCategories,
  payment_rejection_reason: OpenFinanceBrasilPaymentRejectionReasonCategories,
  consent_rejection_reason: OpenFinanceBrasilConsentRejectionReasonCategories,
  payment_status: OpenFinanceBrasilPaymentStatusCategories,
  consent_status: OpenFinanceBrasilConsentStatusCategories,
  recurring_consent_error: OpenFinanceBrasilRecurringConsentErrorCategories,
  recurring_payment_error: OpenFinanceBrasilRecurringPaymentErrorCategories,
  recurring_payment_rejection_reason: OpenFinanceBrasilRecurringPaymentRejectionReasonCategories,
  recurring_consent_rejection_reason: OpenFinanceBrasilRecurringConsentRejectionReasonCategories,
  recurring_consent_revocation_reason: OpenFinanceBrasilRecurringConsentRevocationReasonCategories,
  enrollment_error: OpenFinanceBrasilEnrollmentErrorCategories,
  enrollment_rejection_reason: OpenFinanceBrasilEnrollmentRejectionReasonCategories,
  enrollment_revocation_reason: OpenFinanceBrasilEnrollmentRevocationReasonCategories,
  data_consent_create_error: OpenFinanceBrasilDataConsentCreateErrorCategories,
  data_consent_renewal_error: OpenFinanceBrasilDataConsentRenewalErrorCategories,
  data_consent_revocation_error: OpenFinanceBrasilDataConsentRevocationErrorCategories,
  data_consent_status: OpenFinanceBrasilDataConsentStatusCategories,
  data_consent_rejection_reason: OpenFinanceBrasilDataConsentRejectionReasonCategories,
  data_consent_rejected_by: OpenFinanceBrasilDataConsentRejectedByCategories,
};

/** The id of a code set of Open Finance Brasil. */
export type CodeSetId =
  | "payment_error"
  | "payment_rejection_reason"
  | "consent_rejection_reason"
  | "payment_status"
  | "consent_status"
  | "recurring_consent_error"
  | "recurring_payment_error"
  | "recurring_payment_rejection_reason"
  | "recurring_consent_rejection_reason"
  | "recurring_consent_revocation_reason"
  | "enrollment_error"
  | "enrollment_rejection_reason"
  | "enrollment_revocation_reason"
  | "data_consent_create_error"
  | "data_consent_renewal_error"
  | "data_consent_revocation_error"
  | "data_consent_status"
  | "data_consent_rejection_reason"
  | "data_consent_rejected_by";

/**
 * The cross-provider category of a Open Finance Brasil code, or of a code read in its place (a
 * result of its listeners): the answer of the root entry point's classify("openfinancebrasil",
 * code, codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("openfinancebrasil", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Open Finance Brasil code, or a code read in its place,
 * in the language of `words` (a pack such as bankcodes/openfinancebrasil/en): the root entry
 * point's endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("openfinancebrasil", CODE_SETS, code, words, codeSet);
}
