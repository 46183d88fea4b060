// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  OpenFinanceBrasilPaymentErrorInfo,
  OpenFinanceBrasilPaymentErrorAliases,
  OpenFinanceBrasilPaymentRejectionReasonInfo,
  OpenFinanceBrasilPaymentRejectionReasonAliases,
  OpenFinanceBrasilConsentRejectionReasonInfo,
  OpenFinanceBrasilConsentRejectionReasonAliases,
  OpenFinanceBrasilPaymentStatusInfo,
  OpenFinanceBrasilPaymentStatusAliases,
  OpenFinanceBrasilConsentStatusInfo,
  OpenFinanceBrasilConsentStatusAliases,
  OpenFinanceBrasilRecurringConsentErrorInfo,
  OpenFinanceBrasilRecurringConsentErrorAliases,
  OpenFinanceBrasilRecurringPaymentErrorInfo,
  OpenFinanceBrasilRecurringPaymentErrorAliases,
  OpenFinanceBrasilRecurringPaymentRejectionReasonInfo,
  OpenFinanceBrasilRecurringPaymentRejectionReasonAliases,
  OpenFinanceBrasilRecurringConsentRejectionReasonInfo,
  OpenFinanceBrasilRecurringConsentRejectionReasonAliases,
  OpenFinanceBrasilRecurringConsentRevocationReasonInfo,
  OpenFinanceBrasilRecurringConsentRevocationReasonAliases,
  OpenFinanceBrasilEnrollmentErrorInfo,
  OpenFinanceBrasilEnrollmentErrorAliases,
  OpenFinanceBrasilEnrollmentRejectionReasonInfo,
  OpenFinanceBrasilEnrollmentRejectionReasonAliases,
  OpenFinanceBrasilEnrollmentRevocationReasonInfo,
  OpenFinanceBrasilEnrollmentRevocationReasonAliases,
  OpenFinanceBrasilDataConsentCreateErrorInfo,
  OpenFinanceBrasilDataConsentCreateErrorAliases,
  OpenFinanceBrasilDataConsentRenewalErrorInfo,
  OpenFinanceBrasilDataConsentRenewalErrorAliases,
  OpenFinanceBrasilDataConsentRevocationErrorInfo,
  OpenFinanceBrasilDataConsentRevocationErrorAliases,
  OpenFinanceBrasilDataConsentStatusInfo,
  OpenFinanceBrasilDataConsentStatusAliases,
  OpenFinanceBrasilDataConsentRejectionReasonInfo,
  OpenFinanceBrasilDataConsentRejectionReasonAliases,
  OpenFinanceBrasilDataConsentRejectedByInfo,
  OpenFinanceBrasilDataConsentRejectedByAliases,
} from "./openfinancebrasil.js";

/** Open Finance Brasil's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  payment_error: {
    info: OpenFinanceBrasilPaymentErrorInfo,
    aliases: OpenFinanceBrasilPaymentErrorAliases,
  },
  payment_rejection_reason: {
    info: OpenFinanceBrasilPaymentRejectionReasonInfo,
    aliases: OpenFinanceBrasilPaymentRejectionReasonAliases,
  },
  consent_rejection_reason: {
    info: OpenFinanceBrasilConsentRejectionReasonInfo,
    aliases: OpenFinanceBrasilConsentRejectionReasonAliases,
  },
  payment_status: {
    info: OpenFinanceBrasilPaymentStatusInfo,
    aliases: OpenFinanceBrasilPaymentStatusAliases,
  },
  consent_status: {
    info: OpenFinanceBrasilConsentStatusInfo,
    aliases: OpenFinanceBrasilConsentStatusAliases,
  },
  recurring_consent_error: {
    info: OpenFinanceBrasilRecurringConsentErrorInfo,
    aliases: OpenFinanceBrasilRecurringConsentErrorAliases,
  },
  recurring_payment_error: {
    info: OpenFinanceBrasilRecurringPaymentErrorInfo,
    aliases: OpenFinanceBrasilRecurringPaymentErrorAliases,
  },
  recurring_payment_rejection_reason: {
    info: OpenFinanceBrasilRecurringPaymentRejectionReasonInfo,
    aliases: OpenFinanceBrasilRecurringPaymentRejectionReasonAliases,
  },
  recurring_consent_rejection_reason: {
    info: OpenFinanceBrasilRecurringConsentRejectionReasonInfo,
    aliases: OpenFinanceBrasilRecurringConsentRejectionReasonAliases,
  },
  recurring_consent_revocation_reason: {
    info: OpenFinanceBrasilRecurringConsentRevocationReasonInfo,
    aliases: OpenFinanceBrasilRecurringConsentRevocationReasonAliases,
  },
  enrollment_error: {
    info: OpenFinanceBrasilEnrollmentErrorInfo,
    aliases: OpenFinanceBrasilEnrollmentErrorAliases,
  },
  enrollment_rejection_reason: {
    info: OpenFinanceBrasilEnrollmentRejectionReasonInfo,
    aliases: OpenFinanceBrasilEnrollmentRejectionReasonAliases,
  },
  enrollment_revocation_reason: {
    info: OpenFinanceBrasilEnrollmentRevocationReasonInfo,
    aliases: OpenFinanceBrasilEnrollmentRevocationReasonAliases,
  },
  data_consent_create_error: {
    info: OpenFinanceBrasilDataConsentCreateErrorInfo,
    aliases: OpenFinanceBrasilDataConsentCreateErrorAliases,
  },
  data_consent_renewal_error: {
    info: OpenFinanceBrasilDataConsentRenewalErrorInfo,
    aliases: OpenFinanceBrasilDataConsentRenewalErrorAliases,
  },
  data_consent_revocation_error: {
    info: OpenFinanceBrasilDataConsentRevocationErrorInfo,
    aliases: OpenFinanceBrasilDataConsentRevocationErrorAliases,
  },
  data_consent_status: {
    info: OpenFinanceBrasilDataConsentStatusInfo,
    aliases: OpenFinanceBrasilDataConsentStatusAliases,
    states: true,
  },
  data_consent_rejection_reason: {
    info: OpenFinanceBrasilDataConsentRejectionReasonInfo,
    aliases: OpenFinanceBrasilDataConsentRejectionReasonAliases,
  },
  data_consent_rejected_by: {
    info: OpenFinanceBrasilDataConsentRejectedByInfo,
    aliases: OpenFinanceBrasilDataConsentRejectedByAliases,
  },
};
