// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Yapily (https://www.yapily.com/): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of YapilyAuthorisationStatus values (alias -> value). */
export const YapilyAuthorisationStatusAliases: { readonly [alias: string]: YapilyAuthorisationStatus } = {
};
/** The category of every YapilyAuthorisationStatus value and alias: all a listener needs to read one. */
export const YapilyAuthorisationStatusCategories: { readonly [spelling: string]: Category } = {
  AWAITING_AUTHORIZATION: "pending",
  AWAITING_FURTHER_AUTHORIZATION: "pending",
  AWAITING_RE_AUTHORIZATION: "pending",
  AUTHORIZED: "success",
  CONSUMED: "success",
  REJECTED: "rejected",
  REVOKED: "reconnect_required",
  FAILED: "generic_failure",
  EXPIRED: "reconnect_required",
  UNKNOWN: "pending",
  INVALID: "reconnect_required",
  AWAITING_DECOUPLED_PRE_AUTHORIZATION: "mfa_required",
  AWAITING_PRE_AUTHORIZATION: "pending",
  PRE_AUTHORIZED: "pending",
  AWAITING_DECOUPLED_AUTHORIZATION: "mfa_required",
  AWAITING_SCA_METHOD: "mfa_required",
  AWAITING_SCA_CODE: "mfa_required",
};
/**
 * Authorisation (consent) status: The status of a Yapily consent or authorisation request (account,
 * payment, pre-authorisation and VRP authorisations). Yapily's file gives no text per value: the
 * descriptions are bankcodes' wording unless a source is named. Yapily regards new enum values as a
 * non-breaking change that it may make without advance warning (docs/issues.md). Wire field: status
 * (Consent, AccountAuthorisationResponse, PaymentAuthorisationRequestResponse,
 * PreAuthorisationResponse, VRP authorisation responses).
 */
export const YapilyAuthorisationStatus: {
  /**
   * The authorisation request was created and awaits the user's authorisation at the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_AUTHORIZATION: "AWAITING_AUTHORIZATION";
  /**
   * The authorisation awaits a further authoriser (for example another account holder) before it is
   * complete.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_FURTHER_AUTHORIZATION: "AWAITING_FURTHER_AUTHORIZATION";
  /**
   * A re-authorisation of the consent was requested and awaits the user.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_RE_AUTHORIZATION: "AWAITING_RE_AUTHORIZATION";
  /**
   * The user authorised the consent; it can be used.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORIZED: "AUTHORIZED";
  /**
   * The consent was used (a payment consent after its payment was made).
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONSUMED: "CONSUMED";
  /**
   * The user or the institution rejected the authorisation.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REJECTED: "REJECTED";
  /**
   * The consent was revoked.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REVOKED: "REVOKED";
  /**
   * The authorisation failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The consent expired; it can be re-authorised.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * This is just the enumeration's default.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The consent is invalid and cannot be used.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID: "INVALID";
  /**
   * A pre-authorisation awaits the user's approval on another device, such as the bank's app
   * (decoupled flow).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_DECOUPLED_PRE_AUTHORIZATION: "AWAITING_DECOUPLED_PRE_AUTHORIZATION";
  /**
   * A pre-authorisation (the first step of an embedded flow) awaits the user.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_PRE_AUTHORIZATION: "AWAITING_PRE_AUTHORIZATION";
  /**
   * The pre-authorisation is complete; the authorisation itself follows.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PRE_AUTHORIZED: "PRE_AUTHORIZED";
  /**
   * The authorisation awaits the user's approval on another device, such as the bank's app
   * (decoupled flow).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_DECOUPLED_AUTHORIZATION: "AWAITING_DECOUPLED_AUTHORIZATION";
  /**
   * The user must choose a strong customer authentication method (embedded flow).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_SCA_METHOD: "AWAITING_SCA_METHOD";
  /**
   * The user must enter the strong customer authentication code (embedded flow).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_SCA_CODE: "AWAITING_SCA_CODE";
} = /* @__PURE__ */ membersOf(YapilyAuthorisationStatusCategories, YapilyAuthorisationStatusAliases);
export type YapilyAuthorisationStatus = (typeof YapilyAuthorisationStatus)[keyof typeof YapilyAuthorisationStatus];
/** A YapilyAuthorisationStatus as read from the wire: a known value or any other string. */
export type YapilyAuthorisationStatusOrUnknown = YapilyAuthorisationStatus | (string & {});
/** The catalog's metadata of every YapilyAuthorisationStatus value. */
export const YapilyAuthorisationStatusInfo: { readonly [V in YapilyAuthorisationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/authorisation_status",
  {
    AWAITING_AUTHORIZATION: {
      description: "The authorisation request was created and awaits the user's authorisation at the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_FURTHER_AUTHORIZATION: {
      description: "The authorisation awaits a further authoriser (for example another account holder) before it is complete.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_RE_AUTHORIZATION: {
      description: "A re-authorisation of the consent was requested and awaits the user.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-kb-consents"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["yapily-kb-consents"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZED: {
      description: "The user authorised the consent; it can be used.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-kb-consents"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSUMED: {
      description: "The consent was used (a payment consent after its payment was made).",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A one-time consent was used.",
    },
    REJECTED: {
      description: "The user or the institution rejected the authorisation.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "The account holder rejected the request.",
    },
    REVOKED: {
      description: "The consent was revoked.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "A revoked consent cannot be used again: only a new authorisation restores access.",
    },
    FAILED: {
      description: "The authorisation failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "unknown",
      stateReason: "The authorisation failed; the consent's state is not told.",
    },
    EXPIRED: {
      description: "The consent expired; it can be re-authorised.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-kb-consents"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["yapily-kb-consents"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent expired.",
    },
    UNKNOWN: {
      description: "This is just the enumeration's default.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-kb-consents"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-kb-consents"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "unknown",
      stateReason: "The institution reported no status.",
    },
    INVALID: {
      description: "The consent is invalid and cannot be used.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_DECOUPLED_PRE_AUTHORIZATION: {
      description: "A pre-authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_PRE_AUTHORIZATION: {
      description: "A pre-authorisation (the first step of an embedded flow) awaits the user.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRE_AUTHORIZED: {
      description: "The pre-authorisation is complete; the authorisation itself follows.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_DECOUPLED_AUTHORIZATION: {
      description: "The authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_SCA_METHOD: {
      description: "The user must choose a strong customer authentication method (embedded flow).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_SCA_CODE: {
      description: "The user must enter the strong customer authentication code (embedded flow).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyAuthorisationStatus. */
export const isYapilyAuthorisationStatus = (value: unknown): value is YapilyAuthorisationStatus => isCodeOf(YapilyAuthorisationStatusCategories, YapilyAuthorisationStatusAliases, value);

/** Other wire spellings of YapilyPaymentStatus values (alias -> value). */
export const YapilyPaymentStatusAliases: { readonly [alias: string]: YapilyPaymentStatus } = {
};
/** The category of every YapilyPaymentStatus value and alias: all a listener needs to read one. */
export const YapilyPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  FAILED: "rejected",
  DECLINED: "rejected",
  COMPLETED: "success",
  COMPLETED_SETTLEMENT_IN_PROCESS: "success",
  EXPIRED: "session_expired",
  UNKNOWN: "pending",
  ACTIVE: "success",
  INACTIVE: "cancelled",
};
/**
 * Payment initiation status: The status of a payment's initiation with the institution (Yapily: the
 * 'primary' status); settlement is reported by the ISO status. PENDING, COMPLETED and FAILED are
 * described by Yapily's Payment Status page; the other values have no text from Yapily and their
 * descriptions are bankcodes' wording. Yapily regards new enum values as a non-breaking change that
 * it may make without advance warning (docs/issues.md). Wire field: status (PaymentResponse,
 * PaymentStatusDetails, BulkPaymentIndividualStatus, VrpSubmissionResponse,
 * HostedPaymentStatusDetails).
 */
export const YapilyPaymentStatus: {
  /**
   * When the initiation request is still being processed
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * When the Institution has rejected the initiation request and the payment will not be processed
   * further
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly FAILED: "FAILED";
  /**
   * The payment was declined.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DECLINED: "DECLINED";
  /**
   * When the initiation request has passed validation checks and been accepted by the Institution.
   * Settlement is expected to happen in due course (or according the the provided schedule for a
   * Periodic or Scheduled payment)
   * Category: success (Success); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly COMPLETED: "COMPLETED";
  /**
   * The initiation was accepted and its settlement is in process.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly COMPLETED_SETTLEMENT_IN_PROCESS: "COMPLETED_SETTLEMENT_IN_PROCESS";
  /**
   * The payment expired before it was completed.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * The payment's status is not known.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The payment arrangement (for example a periodic payment) is active.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * The payment arrangement (for example a periodic payment) is no longer active.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INACTIVE: "INACTIVE";
} = /* @__PURE__ */ membersOf(YapilyPaymentStatusCategories, YapilyPaymentStatusAliases);
export type YapilyPaymentStatus = (typeof YapilyPaymentStatus)[keyof typeof YapilyPaymentStatus];
/** A YapilyPaymentStatus as read from the wire: a known value or any other string. */
export type YapilyPaymentStatusOrUnknown = YapilyPaymentStatus | (string & {});
/** The catalog's metadata of every YapilyPaymentStatus value. */
export const YapilyPaymentStatusInfo: { readonly [V in YapilyPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/payment_status",
  {
    PENDING: {
      description: "When the initiation request is still being processed",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-docs-payment-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-docs-payment-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "When the Institution has rejected the initiation request and the payment will not be processed further",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-docs-payment-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-docs-payment-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DECLINED: {
      description: "The payment was declined.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "When the initiation request has passed validation checks and been accepted by the Institution. Settlement is expected to happen in due course (or according the the provided schedule for a Periodic or Scheduled payment)",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-docs-payment-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-docs-payment-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED_SETTLEMENT_IN_PROCESS: {
      description: "The initiation was accepted and its settlement is in process.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "The payment expired before it was completed.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN: {
      description: "The payment's status is not known.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTIVE: {
      description: "The payment arrangement (for example a periodic payment) is active.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INACTIVE: {
      description: "The payment arrangement (for example a periodic payment) is no longer active.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyPaymentStatus. */
export const isYapilyPaymentStatus = (value: unknown): value is YapilyPaymentStatus => isCodeOf(YapilyPaymentStatusCategories, YapilyPaymentStatusAliases, value);

/** Other wire spellings of YapilyPaymentIsoStatus values (alias -> value). */
export const YapilyPaymentIsoStatusAliases: { readonly [alias: string]: YapilyPaymentIsoStatus } = {
};
/** The category of every YapilyPaymentIsoStatus value and alias: all a listener needs to read one. */
export const YapilyPaymentIsoStatusCategories: { readonly [spelling: string]: Category } = {
  ACCC: "success",
  ACCP: "pending",
  ACSC: "success",
  ACSP: "pending",
  ACTC: "pending",
  ACWC: "pending",
  ACWP: "pending",
  RCVD: "pending",
  PDNG: "pending",
  RJCT: "rejected",
  CANC: "cancelled",
  ACFC: "pending",
  PATC: "pending",
  PART: "pending",
  ACCO: "pending",
};
/**
 * Payment ISO 20022 status: The ISO 20022 PaymentStatusCode of a payment's processing and execution
 * (statusDetails.isoStatus.code, beside its full name in isoStatus.name). Yapily's file gives no
 * text per value: the descriptions are bankcodes' wording, resting on the Berlin Group's list of
 * the same codes. Yapily regards new enum values as a non-breaking change that it may make without
 * advance warning (docs/issues.md). Wire field: statusDetails.isoStatus.code.
 */
export const YapilyPaymentIsoStatus: {
  /**
   * Settlement on the creditor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCC: "ACCC";
  /**
   * Technical validation and the customer profile check succeeded.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCP: "ACCP";
  /**
   * Settlement on the debtor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACSC: "ACSC";
  /**
   * Every preceding check succeeded and the payment was accepted for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACSP: "ACSP";
  /**
   * Authentication and the syntactic and semantic validation succeeded.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACTC: "ACTC";
  /**
   * The instruction is accepted, but with a change (such as its date).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACWC: "ACWC";
  /**
   * The instruction is accepted without being posted to the creditor's account.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACWP: "ACWP";
  /**
   * The payment initiation was received by the receiving agent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RCVD: "RCVD";
  /**
   * The payment initiation, or a transaction in it, is pending; further checks follow.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PDNG: "PDNG";
  /**
   * The payment initiation, or a transaction in it, was rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RJCT: "RJCT";
  /**
   * The payment initiation was cancelled before execution.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANC: "CANC";
  /**
   * Technical validation and the customer profile check succeeded and an automatic funds check was
   * positive.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACFC: "ACFC";
  /**
   * The payment needs several authorisations, of which some but not all have been given.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PATC: "PATC";
  /**
   * Some transactions of a bulk payment were accepted while others were not (yet).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PART: "PART";
  /**
   * An ISO 20022 payment status code that Yapily's file lists without a description.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCO: "ACCO";
} = /* @__PURE__ */ membersOf(YapilyPaymentIsoStatusCategories, YapilyPaymentIsoStatusAliases);
export type YapilyPaymentIsoStatus = (typeof YapilyPaymentIsoStatus)[keyof typeof YapilyPaymentIsoStatus];
/** A YapilyPaymentIsoStatus as read from the wire: a known value or any other string. */
export type YapilyPaymentIsoStatusOrUnknown = YapilyPaymentIsoStatus | (string & {});
/** The catalog's metadata of every YapilyPaymentIsoStatus value. */
export const YapilyPaymentIsoStatusInfo: { readonly [V in YapilyPaymentIsoStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/payment_iso_status",
  {
    ACCC: {
      description: "Settlement on the creditor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCP: {
      description: "Technical validation and the customer profile check succeeded.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSC: {
      description: "Settlement on the debtor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSP: {
      description: "Every preceding check succeeded and the payment was accepted for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTC: {
      description: "Authentication and the syntactic and semantic validation succeeded.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWC: {
      description: "The instruction is accepted, but with a change (such as its date).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWP: {
      description: "The instruction is accepted without being posted to the creditor's account.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RCVD: {
      description: "The payment initiation was received by the receiving agent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PDNG: {
      description: "The payment initiation, or a transaction in it, is pending; further checks follow.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "The payment initiation, or a transaction in it, was rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANC: {
      description: "The payment initiation was cancelled before execution.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACFC: {
      description: "Technical validation and the customer profile check succeeded and an automatic funds check was positive.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PATC: {
      description: "The payment needs several authorisations, of which some but not all have been given.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PART: {
      description: "Some transactions of a bulk payment were accepted while others were not (yet).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "berlingroup-psd2-api-1-3-8"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCO: {
      description: "An ISO 20022 payment status code that Yapily's file lists without a description.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyPaymentIsoStatus. */
export const isYapilyPaymentIsoStatus = (value: unknown): value is YapilyPaymentIsoStatus => isCodeOf(YapilyPaymentIsoStatusCategories, YapilyPaymentIsoStatusAliases, value);

/** Other wire spellings of YapilyErrorSource values (alias -> value). */
export const YapilyErrorSourceAliases: { readonly [alias: string]: YapilyErrorSource } = {
};
/** The category of every YapilyErrorSource value and alias: all a listener needs to read one. */
export const YapilyErrorSourceCategories: { readonly [spelling: string]: Category } = {
  USER: "informational",
  INSTITUTION: "informational",
  YAPILY: "informational",
};
/**
 * Error source (who acts): Who triggered a failure and so can act to correct it, in both error
 * envelopes (error.source). It names an actor, not an outcome: the error's HTTP status, issue codes
 * or the institution's own error decide. Wire field: error.source.
 */
export const YapilyErrorSource: {
  /**
   * The user (the PSU) triggered the failure and can act to correct it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER: "USER";
  /**
   * The institution (the bank) triggered the failure: a bank side error, with its own error in
   * institutionError.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INSTITUTION: "INSTITUTION";
  /**
   * Yapily triggered the failure and can act to correct it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly YAPILY: "YAPILY";
} = /* @__PURE__ */ membersOf(YapilyErrorSourceCategories, YapilyErrorSourceAliases);
export type YapilyErrorSource = (typeof YapilyErrorSource)[keyof typeof YapilyErrorSource];
/** A YapilyErrorSource as read from the wire: a known value or any other string. */
export type YapilyErrorSourceOrUnknown = YapilyErrorSource | (string & {});
/** The catalog's metadata of every YapilyErrorSource value. */
export const YapilyErrorSourceInfo: { readonly [V in YapilyErrorSource]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/error_source",
  {
    USER: {
      description: "The user (the PSU) triggered the failure and can act to correct it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-error-handling", "yapily-docs-error-codes", "yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["yapily-docs-error-handling"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION: {
      description: "The institution (the bank) triggered the failure: a bank side error, with its own error in institutionError.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-error-handling", "yapily-docs-error-codes", "yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["yapily-docs-error-handling"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    YAPILY: {
      description: "Yapily triggered the failure and can act to correct it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-error-handling", "yapily-docs-error-codes", "yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["yapily-docs-error-handling"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyErrorSource. */
export const isYapilyErrorSource = (value: unknown): value is YapilyErrorSource => isCodeOf(YapilyErrorSourceCategories, YapilyErrorSourceAliases, value);

/** Other wire spellings of YapilyErrorIssueCode values (alias -> value). */
export const YapilyErrorIssueCodeAliases: { readonly [alias: string]: YapilyErrorIssueCode } = {
};
/** The category of every YapilyErrorIssueCode value and alias: all a listener needs to read one. */
export const YapilyErrorIssueCodeCategories: { readonly [spelling: string]: Category } = {
  "10600": "integration_error",
  "10700": "integration_error",
  "10800": "integration_error",
  "11000": "generic_failure",
  "11001": "generic_failure",
  "11003": "institution_unavailable",
  "14007": "integration_error",
  "Yapily.gateway.api.scope.required": "integration_error",
  CREDENTIALS_MISSING: "integration_error",
  BAD_REQUEST: "integration_error",
  INVALID_PROPERTY_UNEXPECTED_VALUE: "integration_error",
};
/**
 * Error issue code (enhanced error format): The code of an issue in the enhanced error format
 * (error.issues[]: type, code, message; used by Hosted Pages, Data Plus, Webhooks, beneficiaries,
 * and payload validation of VRP and bulk payments). Only the codes Yapily's published examples
 * show: its full list of (5-digit) issue codes was not in the stored copies. message is the
 * example's issues[].message. Wire field: error.issues[].code.
 */
export const YapilyErrorIssueCode: {
  /**
   * The server could not understand the request due to invalid syntax
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 400.
   */
  readonly INVALID_SYNTAX: "10600";
  /**
   * Authorization header invalid or credentials not authenticated
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 401.
   */
  readonly AUTHORIZATION_INVALID: "10700";
  /**
   * Resource not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 404.
   */
  readonly RESOURCE_NOT_FOUND: "10800";
  /**
   * Unexpected server error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Yapily's published text.
   * HTTP: 500.
   */
  readonly UNEXPECTED_SERVER_ERROR: "11000";
  /**
   * Timeout error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Yapily's published text.
   * HTTP: 400.
   */
  readonly TIMEOUT: "11001";
  /**
   * Failed third party dependency
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: Yapily's published text.
   * HTTP: 400.
   */
  readonly THIRD_PARTY_DEPENDENCY_FAILED: "11003";
  /**
   * Maximum number of resources that can be created has been reached
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 406.
   */
  readonly RESOURCE_LIMIT_REACHED: "14007";
  /**
   * You don't have the right scope to access this resource
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 403.
   */
  readonly SCOPE_REQUIRED: "Yapily.gateway.api.scope.required";
  /**
   * Authentication header not present
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 401.
   */
  readonly CREDENTIALS_MISSING: "CREDENTIALS_MISSING";
  /**
   * The server could not understand the request due to invalid syntax
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 400.
   */
  readonly BAD_REQUEST: "BAD_REQUEST";
  /**
   * Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yapily's published text.
   * HTTP: 400.
   */
  readonly INVALID_PROPERTY_UNEXPECTED_VALUE: "INVALID_PROPERTY_UNEXPECTED_VALUE";
} = {
  INVALID_SYNTAX: "10600",
  AUTHORIZATION_INVALID: "10700",
  RESOURCE_NOT_FOUND: "10800",
  UNEXPECTED_SERVER_ERROR: "11000",
  TIMEOUT: "11001",
  THIRD_PARTY_DEPENDENCY_FAILED: "11003",
  RESOURCE_LIMIT_REACHED: "14007",
  SCOPE_REQUIRED: "Yapily.gateway.api.scope.required",
  CREDENTIALS_MISSING: "CREDENTIALS_MISSING",
  BAD_REQUEST: "BAD_REQUEST",
  INVALID_PROPERTY_UNEXPECTED_VALUE: "INVALID_PROPERTY_UNEXPECTED_VALUE",
};
export type YapilyErrorIssueCode = (typeof YapilyErrorIssueCode)[keyof typeof YapilyErrorIssueCode];
/** A YapilyErrorIssueCode as read from the wire: a known value or any other string. */
export type YapilyErrorIssueCodeOrUnknown = YapilyErrorIssueCode | (string & {});
/** The catalog's metadata of every YapilyErrorIssueCode value. */
export const YapilyErrorIssueCodeInfo: { readonly [V in YapilyErrorIssueCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/error_issue_code",
  {
    "10600": {
      name: "INVALID_SYNTAX",
      description: "The server could not understand the request due to invalid syntax",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "The server could not understand the request due to invalid syntax",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10700": {
      name: "AUTHORIZATION_INVALID",
      description: "Authorization header invalid or credentials not authenticated",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "Authorization header invalid or credentials not authenticated",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10800": {
      name: "RESOURCE_NOT_FOUND",
      description: "Resource not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "Resource not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11000": {
      name: "UNEXPECTED_SERVER_ERROR",
      description: "Unexpected server error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "Unexpected server error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11001": {
      name: "TIMEOUT",
      description: "Timeout error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["yapily-docs-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-error-codes"] },
        message: { by: "provider", sources: ["yapily-docs-error-codes"] },
      },
      message: "Timeout error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11003": {
      name: "THIRD_PARTY_DEPENDENCY_FAILED",
      description: "Failed third party dependency",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["yapily-docs-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-error-codes"] },
        message: { by: "provider", sources: ["yapily-docs-error-codes"] },
      },
      message: "Failed third party dependency",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14007": {
      name: "RESOURCE_LIMIT_REACHED",
      description: "Maximum number of resources that can be created has been reached",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["yapily-openapi", "yapily-docs-webhooks-get-started"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yapily-openapi", "yapily-docs-webhooks-get-started"],
        },
        message: {
          by: "provider",
          sources: ["yapily-openapi", "yapily-docs-webhooks-get-started"],
        },
      },
      message: "Maximum number of resources that can be created has been reached",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Yapily.gateway.api.scope.required": {
      name: "SCOPE_REQUIRED",
      description: "You don't have the right scope to access this resource",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "You don't have the right scope to access this resource",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDENTIALS_MISSING: {
      description: "Authentication header not present",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "Authentication header not present",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BAD_REQUEST: {
      description: "The server could not understand the request due to invalid syntax",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "The server could not understand the request due to invalid syntax",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PROPERTY_UNEXPECTED_VALUE: {
      description: "Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-openapi"] },
        message: { by: "provider", sources: ["yapily-openapi"] },
      },
      message: "Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyErrorIssueCode. */
export const isYapilyErrorIssueCode = (value: unknown): value is YapilyErrorIssueCode => isCodeOf(YapilyErrorIssueCodeCategories, YapilyErrorIssueCodeAliases, value);

/** Other wire spellings of YapilyErrorIssueType values (alias -> value). */
export const YapilyErrorIssueTypeAliases: { readonly [alias: string]: YapilyErrorIssueType } = {
};
/** The category of every YapilyErrorIssueType value and alias: all a listener needs to read one. */
export const YapilyErrorIssueTypeCategories: { readonly [spelling: string]: Category } = {
  BAD_REQUEST: "integration_error",
  CREDENTIALS: "integration_error",
  INVALID_REQUEST: "integration_error",
  RESOURCE: "integration_error",
  INTERNAL_SERVER_ERROR: "generic_failure",
  INVALID_PAYLOAD: "integration_error",
};
/**
 * Error issue type: The category of an issue in the enhanced error format (error.issues[].type,
 * "Category of the issue"): the values Yapily's published examples show, described in bankcodes'
 * words (Yapily publishes none per value). Wire field: error.issues[].type.
 */
export const YapilyErrorIssueType: {
  /**
   * The request could not be understood (its syntax).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BAD_REQUEST: "BAD_REQUEST";
  /**
   * The request's credentials are missing or were not accepted.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREDENTIALS: "CREDENTIALS";
  /**
   * The request is invalid: a wrong value, resource or scope.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_REQUEST: "INVALID_REQUEST";
  /**
   * A limit on a resource was reached (in the published example, the number of resources that can
   * be created).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RESOURCE: "RESOURCE";
  /**
   * An unexpected error at Yapily.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR";
  /**
   * The request's payload is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_PAYLOAD: "INVALID_PAYLOAD";
} = /* @__PURE__ */ membersOf(YapilyErrorIssueTypeCategories, YapilyErrorIssueTypeAliases);
export type YapilyErrorIssueType = (typeof YapilyErrorIssueType)[keyof typeof YapilyErrorIssueType];
/** A YapilyErrorIssueType as read from the wire: a known value or any other string. */
export type YapilyErrorIssueTypeOrUnknown = YapilyErrorIssueType | (string & {});
/** The catalog's metadata of every YapilyErrorIssueType value. */
export const YapilyErrorIssueTypeInfo: { readonly [V in YapilyErrorIssueType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/error_issue_type",
  {
    BAD_REQUEST: {
      description: "The request could not be understood (its syntax).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDENTIALS: {
      description: "The request's credentials are missing or were not accepted.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_REQUEST: {
      description: "The request is invalid: a wrong value, resource or scope.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RESOURCE: {
      description: "A limit on a resource was reached (in the published example, the number of resources that can be created).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INTERNAL_SERVER_ERROR: {
      description: "An unexpected error at Yapily.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PAYLOAD: {
      description: "The request's payload is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi", "yapily-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyErrorIssueType. */
export const isYapilyErrorIssueType = (value: unknown): value is YapilyErrorIssueType => isCodeOf(YapilyErrorIssueTypeCategories, YapilyErrorIssueTypeAliases, value);

/** Other wire spellings of YapilyValidationError values (alias -> value). */
export const YapilyValidationErrorAliases: { readonly [alias: string]: YapilyValidationError } = {
};
/** The category of every YapilyValidationError value and alias: all a listener needs to read one. */
export const YapilyValidationErrorCategories: { readonly [spelling: string]: Category } = {
  MANDATORY: "integration_error",
  INVALID_FORMAT: "integration_error",
};
/**
 * Application validation error: The error of a field in a ValidationErrorResponse
 * ({errors:[{fieldName, error}]}), the HTTP 400 answer of the application endpoints (/applications
 * and their VRP configuration). Wire field: errors[].error (ValidationErrorResponse, HTTP 400).
 */
export const YapilyValidationError: {
  /**
   * A mandatory field is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly MANDATORY: "MANDATORY";
  /**
   * A field's value has an invalid format.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly INVALID_FORMAT: "INVALID_FORMAT";
} = /* @__PURE__ */ membersOf(YapilyValidationErrorCategories, YapilyValidationErrorAliases);
export type YapilyValidationError = (typeof YapilyValidationError)[keyof typeof YapilyValidationError];
/** A YapilyValidationError as read from the wire: a known value or any other string. */
export type YapilyValidationErrorOrUnknown = YapilyValidationError | (string & {});
/** The catalog's metadata of every YapilyValidationError value. */
export const YapilyValidationErrorInfo: { readonly [V in YapilyValidationError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/validation_error",
  {
    MANDATORY: {
      description: "A mandatory field is missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_FORMAT: {
      description: "A field's value has an invalid format.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyValidationError. */
export const isYapilyValidationError = (value: unknown): value is YapilyValidationError => isCodeOf(YapilyValidationErrorCategories, YapilyValidationErrorAliases, value);

/** Other wire spellings of YapilyBulkPaymentStatusDetail values (alias -> value). */
export const YapilyBulkPaymentStatusDetailAliases: { readonly [alias: string]: YapilyBulkPaymentStatusDetail } = {
};
/** The category of every YapilyBulkPaymentStatusDetail value and alias: all a listener needs to read one. */
export const YapilyBulkPaymentStatusDetailCategories: { readonly [spelling: string]: Category } = {
  B000: "generic_failure",
  B001: "rejected",
  B002: "rejected",
  B003: "integration_error",
  B004: "rejected",
  B005: "rejected",
  B006: "rejected",
  B007: "cancelled",
  B008: "integration_error",
  B009: "rejected",
  B010: "integration_error",
  B011: "institution_unavailable",
  B012: "pending",
  B013: "pending",
  B014: "pending",
};
/**
 * Bulk payment individual status detail code: Why an individual payment of a bulk payment did not
 * complete (or is held): the code of the statusDetails that Yapily adds to a payment's entry in the
 * answer to GET /bulk-payments/{bulkPaymentId}/details when the payment has not completed
 * successfully, beside a reason in free text. The descriptions are the Individual Payment Status
 * page's table, verbatim. Yapily's OpenAPI file lists no values for this field (it calls it "The
 * unique 4-digit error code identifying the specific issue" and refers to the official
 * documentation); the published codes are a letter and three digits. Bulk payments are a beta of
 * Yapily's, and the endpoint is offered by the institutions with the feature
 * EXISTING_BULK_PAYMENT_DETAILS. Wire field: data.payments[].statusDetails.code (GET /bulk-
 * payments/{bulkPaymentId}/details; BulkPaymentIndividualStatus).
 */
export const YapilyBulkPaymentStatusDetail: {
  /**
   * Unrecognised status reason code from the institution
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Yapily's published text.
   */
  readonly B000: "B000";
  /**
   * Payment rejected, no specific reason given
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B001: "B001";
  /**
   * Insufficient funds in debtor account
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B002: "B002";
  /**
   * Incorrect or invalid account number
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B003: "B003";
  /**
   * Payment flagged as fraudulent origin
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B004: "B004";
  /**
   * Duplicate payment detected
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B005: "B005";
  /**
   * Rejected for regulatory or compliance reason
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B006: "B006";
  /**
   * Rejected at customer’s own request
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B007: "B007";
  /**
   * Amount is zero, not allowed, or too low
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B008: "B008";
  /**
   * Missed bank cut-off time
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B009: "B009";
  /**
   * Invalid payment format or structure
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B010: "B010";
  /**
   * Technical problem at institution
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Yapily's published text.
   */
  readonly B011: "B011";
  /**
   * Payment accepted, pending processing
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B012: "B012";
  /**
   * Payment held by institution for further review
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B013: "B013";
  /**
   * Payment held due to fraud screening
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly B014: "B014";
} = /* @__PURE__ */ membersOf(YapilyBulkPaymentStatusDetailCategories, YapilyBulkPaymentStatusDetailAliases);
export type YapilyBulkPaymentStatusDetail = (typeof YapilyBulkPaymentStatusDetail)[keyof typeof YapilyBulkPaymentStatusDetail];
/** A YapilyBulkPaymentStatusDetail as read from the wire: a known value or any other string. */
export type YapilyBulkPaymentStatusDetailOrUnknown = YapilyBulkPaymentStatusDetail | (string & {});
/** The catalog's metadata of every YapilyBulkPaymentStatusDetail value. */
export const YapilyBulkPaymentStatusDetailInfo: { readonly [V in YapilyBulkPaymentStatusDetail]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/bulk_payment_status_detail",
  {
    B000: {
      description: "Unrecognised status reason code from the institution",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B001: {
      description: "Payment rejected, no specific reason given",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status", "yapily-openapi"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B002: {
      description: "Insufficient funds in debtor account",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B003: {
      description: "Incorrect or invalid account number",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B004: {
      description: "Payment flagged as fraudulent origin",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B005: {
      description: "Duplicate payment detected",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B006: {
      description: "Rejected for regulatory or compliance reason",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B007: {
      description: "Rejected at customer’s own request",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B008: {
      description: "Amount is zero, not allowed, or too low",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B009: {
      description: "Missed bank cut-off time",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B010: {
      description: "Invalid payment format or structure",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B011: {
      description: "Technical problem at institution",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B012: {
      description: "Payment accepted, pending processing",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B013: {
      description: "Payment held by institution for further review",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    B014: {
      description: "Payment held due to fraud screening",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-docs-bulk-individual-payment-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yapily-docs-bulk-individual-payment-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyBulkPaymentStatusDetail. */
export const isYapilyBulkPaymentStatusDetail = (value: unknown): value is YapilyBulkPaymentStatusDetail => isCodeOf(YapilyBulkPaymentStatusDetailCategories, YapilyBulkPaymentStatusDetailAliases, value);

/** Other wire spellings of YapilyResponseStatus values (alias -> value). */
export const YapilyResponseStatusAliases: { readonly [alias: string]: YapilyResponseStatus } = {
};
/** The category of every YapilyResponseStatus value and alias: all a listener needs to read one. */
export const YapilyResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "integration_error",
  "403": "reconnect_required",
  "404": "integration_error",
  "406": "integration_error",
  "409": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
};
/**
 * API response status: The HTTP status of a Yapily API response (the error body's error.code holds
 * it too), as the OpenAPI's operations describe their responses: the descriptions are the commonest
 * each status has there. A response whose error carries an issue code, or names its source, is
 * decided by those first. The categories are bankcodes' reading. Wire field: the HTTP status of a
 * Yapily API response (error.code).
 */
export const YapilyResponseStatus: {
  /**
   * Invalid request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Either authentication credentials were not supplied, or they were invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * The consent is no longer authorised to access financial data or to make a payment.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FORBIDDEN: 403;
  /**
   * Not Found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * Maximum number of registered webhooks has been reached
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly NOT_ACCEPTABLE: 406;
  /**
   * Conflict
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Yapily's published text.
   */
  readonly CONFLICT: 409;
  /**
   * Too many requests
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Yapily's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * An unexpected error occurred.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Yapily's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
} = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};
export type YapilyResponseStatus = (typeof YapilyResponseStatus)[keyof typeof YapilyResponseStatus];
/** A YapilyResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type YapilyResponseStatusOrUnknown = YapilyResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every YapilyResponseStatus value. */
export const YapilyResponseStatusInfo: { readonly [V in YapilyResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yapily/response_status",
  {
    "400": {
      name: "BAD_REQUEST",
      description: "Invalid request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Either authentication credentials were not supplied, or they were invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "The consent is no longer authorised to access financial data or to make a payment.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      factSources: { next_step: ["yapily-kb-consents"] },
    },
    "404": {
      name: "NOT_FOUND",
      description: "Not Found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "406": {
      name: "NOT_ACCEPTABLE",
      description: "Maximum number of registered webhooks has been reached",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "CONFLICT",
      description: "Conflict",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Too many requests",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "An unexpected error occurred.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yapily-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yapily-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YapilyResponseStatus. */
export const isYapilyResponseStatus = (value: unknown): value is YapilyResponseStatus => isNumericCodeOf(YapilyResponseStatusCategories, value);
