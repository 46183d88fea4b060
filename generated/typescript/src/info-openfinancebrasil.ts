// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/openfinancebrasil/info: the catalog's metadata of every Open Finance Brasil code (each
 * code set's …Info table: description, message, advice, category, sources and whose words each text
 * is), apart from bankcodes/openfinancebrasil so that an app reading codes ships none of it.
 */
export {
  OpenFinanceBrasilPaymentErrorInfo,
  OpenFinanceBrasilPaymentRejectionReasonInfo,
  OpenFinanceBrasilConsentRejectionReasonInfo,
  OpenFinanceBrasilPaymentStatusInfo,
  OpenFinanceBrasilConsentStatusInfo,
  OpenFinanceBrasilRecurringConsentErrorInfo,
  OpenFinanceBrasilRecurringPaymentErrorInfo,
  OpenFinanceBrasilRecurringPaymentRejectionReasonInfo,
  OpenFinanceBrasilRecurringConsentRejectionReasonInfo,
  OpenFinanceBrasilRecurringConsentRevocationReasonInfo,
  OpenFinanceBrasilEnrollmentErrorInfo,
  OpenFinanceBrasilEnrollmentRejectionReasonInfo,
  OpenFinanceBrasilEnrollmentRevocationReasonInfo,
  OpenFinanceBrasilDataConsentCreateErrorInfo,
  OpenFinanceBrasilDataConsentRenewalErrorInfo,
  OpenFinanceBrasilDataConsentRevocationErrorInfo,
  OpenFinanceBrasilDataConsentStatusInfo,
  OpenFinanceBrasilDataConsentRejectionReasonInfo,
  OpenFinanceBrasilDataConsentRejectedByInfo,
} from "./openfinancebrasil.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
