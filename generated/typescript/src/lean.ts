// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Lean Technologies (https://leantech.me): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of LeanCallbackStatus values (alias -> value). */
export const LeanCallbackStatusAliases: { readonly [alias: string]: LeanCallbackStatus } = {
};
/** The category of every LeanCallbackStatus value and alias: all a listener needs to read one. */
export const LeanCallbackStatusCategories: { readonly [spelling: string]: Category } = {
  SUCCESS: "success",
  ERROR: "generic_failure",
  CANCELLED: "cancelled",
  REDIRECT: "pending",
  LINK_CLOSED_PROGRAMMATICALLY: "informational",
};
/**
 * LinkSDK callback status: The top-level outcome of a LinkSDK session, from the CloseType enum.
 * Switch on this in UI code. Wire field: CallbackData.status.
 */
export const LeanCallbackStatus: {
  /**
   * The flow completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * The flow ended in error.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly ERROR: "ERROR";
  /**
   * The customer closed the SDK before finishing.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * Control handed off to an Open Finance redirect.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REDIRECT: "REDIRECT";
  /**
   * Host-page code closed the SDK.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly LINK_CLOSED_PROGRAMMATICALLY: "LINK_CLOSED_PROGRAMMATICALLY";
} = /* @__PURE__ */ membersOf(LeanCallbackStatusCategories, LeanCallbackStatusAliases);
export type LeanCallbackStatus = (typeof LeanCallbackStatus)[keyof typeof LeanCallbackStatus];
/** A LeanCallbackStatus as read from the wire: a known value or any other string. */
export type LeanCallbackStatusOrUnknown = LeanCallbackStatus | (string & {});
/** The catalog's metadata of every LeanCallbackStatus value. */
export const LeanCallbackStatusInfo: { readonly [V in LeanCallbackStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/callback_status",
  {
    SUCCESS: {
      description: "The flow completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000", "lean-web-readme-uae"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "The flow ended in error.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "The request to your bank could not be completed.",
          action: "Please contact support for help.",
        },
        fr: {
          message: "La demande auprès de votre banque n'a pas pu aboutir.",
          action: "Veuillez communiquer avec notre service d'assistance pour obtenir de l'aide.",
        },
        ar: {
          message: "تعذّر إتمام الطلب لدى بنكك.",
          action: "يرجى التواصل مع فريق الدعم للحصول على المساعدة.",
        },
        es: {
          message: "No se pudo completar la solicitud a su banco.",
          action: "Comuníquese con el servicio de asistencia para obtener ayuda.",
        },
        pt: {
          message: "Não foi possível concluir a solicitação ao seu banco.",
          action: "Entre em contato com o suporte para obter ajuda.",
        },
      },
      httpStatuses: [],
      sources: ["seed-000", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000", "lean-web-readme-uae"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The customer closed the SDK before finishing.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000", "lean-web-readme-uae"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REDIRECT: {
      description: "Control handed off to an Open Finance redirect.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000", "lean-web-readme-uae"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINK_CLOSED_PROGRAMMATICALLY: {
      description: "Host-page code closed the SDK.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000", "lean-web-readme-uae"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanCallbackStatus. */
export const isLeanCallbackStatus = (value: unknown): value is LeanCallbackStatus => isCodeOf(LeanCallbackStatusCategories, LeanCallbackStatusAliases, value);

/** Other wire spellings of LeanSecondaryStatus values (alias -> value). */
export const LeanSecondaryStatusAliases: { readonly [alias: string]: LeanSecondaryStatus } = {
};
/** The category of every LeanSecondaryStatus value and alias: all a listener needs to read one. */
export const LeanSecondaryStatusCategories: { readonly [spelling: string]: Category } = {
  OK: "success",
  ACTIVE: "success",
  ACCEPTED_BY_BANK: "success",
  PENDING_WITH_BANK: "pending",
  FAILED: "generic_failure",
  UNKNOWN: "generic_failure",
  REJECTED_BY_BANK: "rejected",
  MFA_ATTEMPTS_EXHAUSTED: "attempts_exhausted",
  INVALID_CREDENTIALS: "credentials_invalid",
  CREDENTIALS_UPDATE_REQUIRED: "reconnect_required",
  MFA_REQUIRED: "mfa_required",
  INVALID_MFA: "mfa_failed",
  REQUIRES_LOGIN_MFA: "mfa_required",
  AWAITING_LOGIN_MFA_TOKEN: "mfa_required",
  INVALID_LOGIN_MFA: "mfa_failed",
  AWAITING_PAYMENT_MFA_TOKEN: "mfa_required",
  INVALID_PAYMENT_MFA: "mfa_failed",
  REQUIRES_BENEFICIARY_MFA: "mfa_required",
  INVALID_BENEFICIARY_MFA: "mfa_failed",
  REQUIRES_MFA: "mfa_required",
  AWAITING_APP_AUTH: "mfa_required",
  PENDING_BENEFICIARY_COOL_OFF: "pending",
  AWAITING_END_USER_AUTHORIZATION: "mfa_required",
  REQUIRES_LOGIN_SECURITY_QUESTIONS: "mfa_required",
  INVALID_LOGIN_SECURITY_QUESTION_ANSWER: "mfa_failed",
  REQUIRES_BENEFICIARY_SECURITY_QUESTIONS: "mfa_required",
  INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER: "mfa_failed",
  SECURITY_QUESTION_ATTEMPTS_EXHAUSTED: "attempts_exhausted",
  SECURITY_QUESTION_ANSWER_REQUIRED: "mfa_required",
  INVALID_SECURITY_QUESTION_ANSWER: "mfa_failed",
  AWAITING_PAYMENT_SECURITY_QUESTIONS: "mfa_required",
  INVALID_PAYMENT_SECURITY_ANSWERS: "mfa_failed",
  SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED: "attempts_exhausted",
  PAYMENT_SOURCE_ACCOUNT_BALANCES: "pending",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_OK: "success",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA: "mfa_required",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA: "mfa_failed",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER: "mfa_required",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER: "mfa_failed",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED: "generic_failure",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED: "reconnect_required",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS: "credentials_invalid",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS: "attempts_exhausted",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS: "attempts_exhausted",
  CONSENT_EXPIRED: "reconnect_required",
  SUCCESS: "success",
};
/**
 * LinkSDK secondary status: The detailed, machine-readable status returned by the bank or the Lean
 * API. Use it to log support diagnostics or to tell ERROR causes apart. Wire field:
 * CallbackData.secondary_status.
 */
export const LeanSecondaryStatus: {
  /**
   * Successful connection
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly OK: "OK";
  /**
   * Successful connection
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * Bank confirmed payment initiation
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly ACCEPTED_BY_BANK: "ACCEPTED_BY_BANK";
  /**
   * Payment is pending with the bank
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PENDING_WITH_BANK: "PENDING_WITH_BANK";
  /**
   * Generic failure
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly FAILED: "FAILED";
  /**
   * Generic failure
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * Bank rejected the operation
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REJECTED_BY_BANK: "REJECTED_BY_BANK";
  /**
   * User has attempted too many MFAs
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly MFA_ATTEMPTS_EXHAUSTED: "MFA_ATTEMPTS_EXHAUSTED";
  /**
   * User entered incorrect credentials
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_CREDENTIALS: "INVALID_CREDENTIALS";
  /**
   * User has updated their username / password
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CREDENTIALS_UPDATE_REQUIRED: "CREDENTIALS_UPDATE_REQUIRED";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly MFA_REQUIRED: "MFA_REQUIRED";
  /**
   * User entered an incorrect OTP
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_MFA: "INVALID_MFA";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REQUIRES_LOGIN_MFA: "REQUIRES_LOGIN_MFA";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_LOGIN_MFA_TOKEN: "AWAITING_LOGIN_MFA_TOKEN";
  /**
   * User needs to enter an OTP
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_LOGIN_MFA: "INVALID_LOGIN_MFA";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_PAYMENT_MFA_TOKEN: "AWAITING_PAYMENT_MFA_TOKEN";
  /**
   * User needs to enter an OTP
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_PAYMENT_MFA: "INVALID_PAYMENT_MFA";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REQUIRES_BENEFICIARY_MFA: "REQUIRES_BENEFICIARY_MFA";
  /**
   * User entered an incorrect OTP
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_BENEFICIARY_MFA: "INVALID_BENEFICIARY_MFA";
  /**
   * User needs to enter an OTP
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REQUIRES_MFA: "REQUIRES_MFA";
  /**
   * User needs to confirm the transaction in a third party app
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_APP_AUTH: "AWAITING_APP_AUTH";
  /**
   * User's payment source is in a cool off state
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PENDING_BENEFICIARY_COOL_OFF: "PENDING_BENEFICIARY_COOL_OFF";
  /**
   * User needs to approve the transaction
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_END_USER_AUTHORIZATION: "AWAITING_END_USER_AUTHORIZATION";
  /**
   * User needs to enter security question(s)
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REQUIRES_LOGIN_SECURITY_QUESTIONS: "REQUIRES_LOGIN_SECURITY_QUESTIONS";
  /**
   * User entered incorrect security question answer(s)
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_LOGIN_SECURITY_QUESTION_ANSWER: "INVALID_LOGIN_SECURITY_QUESTION_ANSWER";
  /**
   * User needs to enter security question(s)
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REQUIRES_BENEFICIARY_SECURITY_QUESTIONS: "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS";
  /**
   * User entered incorrect security question answer(s)
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER: "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER";
  /**
   * User has exhausted security question answer attempts
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly SECURITY_QUESTION_ATTEMPTS_EXHAUSTED: "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED";
  /**
   * User needs to enter security question(s)
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly SECURITY_QUESTION_ANSWER_REQUIRED: "SECURITY_QUESTION_ANSWER_REQUIRED";
  /**
   * User entered incorrect security question answer(s)
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_SECURITY_QUESTION_ANSWER: "INVALID_SECURITY_QUESTION_ANSWER";
  /**
   * User needs to enter security question(s)
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_PAYMENT_SECURITY_QUESTIONS: "AWAITING_PAYMENT_SECURITY_QUESTIONS";
  /**
   * User entered incorrect security question answer(s)
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly INVALID_PAYMENT_SECURITY_ANSWERS: "INVALID_PAYMENT_SECURITY_ANSWERS";
  /**
   * User has exhausted security question answer attempts
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED: "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED";
  /**
   * User requested account balances
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES: "PAYMENT_SOURCE_ACCOUNT_BALANCES";
  /**
   * User recieved account balances
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_OK: "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK";
  /**
   * User prompted for OTP to view latest balances
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA: "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA";
  /**
   * User entered incorrect MFA to view latest balances
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA";
  /**
   * User prompted for security questions to view balances
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER: "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER";
  /**
   * User entered incorrect details for a security question
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER";
  /**
   * Lean was unable to update a user's account balances
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED: "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED";
  /**
   * User needs to update credentials
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED: "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED";
  /**
   * User entered incorrect credentials
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS";
  /**
   * User exhausted security question answer attempts
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS";
  /**
   * User exhausted OTP entry attempts
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS";
  /**
   * Consent has expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CONSENT_EXPIRED: "CONSENT_EXPIRED";
  /**
   * Shown as secondary_status in the legacy callback example next to method LINK.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Seen only in the legacy React Native README example; not in any documented
   * secondary_status list.
   */
  readonly SUCCESS: "SUCCESS";
} = /* @__PURE__ */ membersOf(LeanSecondaryStatusCategories, LeanSecondaryStatusAliases);
export type LeanSecondaryStatus = (typeof LeanSecondaryStatus)[keyof typeof LeanSecondaryStatus];
/** A LeanSecondaryStatus as read from the wire: a known value or any other string. */
export type LeanSecondaryStatusOrUnknown = LeanSecondaryStatus | (string & {});
/** The catalog's metadata of every LeanSecondaryStatus value. */
export const LeanSecondaryStatusInfo: { readonly [V in LeanSecondaryStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/secondary_status",
  {
    OK: {
      description: "Successful connection",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTIVE: {
      description: "Successful connection",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCEPTED_BY_BANK: {
      description: "Bank confirmed payment initiation",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_WITH_BANK: {
      description: "Payment is pending with the bank",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Generic failure",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN: {
      description: "Generic failure",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJECTED_BY_BANK: {
      description: "Bank rejected the operation",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MFA_ATTEMPTS_EXHAUSTED: {
      description: "User has attempted too many MFAs",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CREDENTIALS: {
      description: "User entered incorrect credentials",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDENTIALS_UPDATE_REQUIRED: {
      description: "User has updated their username / password",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MFA_REQUIRED: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_MFA: {
      description: "User entered an incorrect OTP",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_LOGIN_MFA: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_LOGIN_MFA_TOKEN: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LOGIN_MFA: {
      description: "User needs to enter an OTP",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_PAYMENT_MFA_TOKEN: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PAYMENT_MFA: {
      description: "User needs to enter an OTP",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_BENEFICIARY_MFA: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_BENEFICIARY_MFA: {
      description: "User entered an incorrect OTP",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_MFA: {
      description: "User needs to enter an OTP",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_APP_AUTH: {
      description: "User needs to confirm the transaction in a third party app",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to approve this in another app.",
          action: "Open the app your bank asked you to use and approve the request.",
        },
        fr: {
          message: "Votre banque vous demande d'approuver cette opération dans une autre application.",
          action: "Ouvrez l'application indiquée par votre banque et approuvez la demande.",
        },
        ar: {
          message: "يطلب منك بنكك الموافقة على هذه العملية في تطبيق آخر.",
          action: "افتح التطبيق الذي طلب منك بنكك استخدامه ووافق على الطلب.",
        },
        es: {
          message: "Su banco necesita que apruebe esta operación en otra aplicación.",
          action: "Abra la aplicación que le indicó su banco y apruebe la solicitud.",
        },
        pt: {
          message: "Seu banco precisa que você aprove isto em outro aplicativo.",
          action: "Abra o aplicativo que seu banco pediu para você usar e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["seed-000", "lean-linksdk-statuses-ksa"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_BENEFICIARY_COOL_OFF: {
      description: "User's payment source is in a cool off state",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_END_USER_AUTHORIZATION: {
      description: "User needs to approve the transaction",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to approve this request.",
          action: "Approve the request in your bank's app or website.",
        },
        fr: {
          message: "Votre banque vous demande d'approuver cette demande.",
          action: "Approuvez la demande dans l'application ou sur le site Web de votre banque.",
        },
        ar: {
          message: "يطلب منك بنكك الموافقة على هذا الطلب.",
          action: "وافق على الطلب في تطبيق بنكك أو موقعه الإلكتروني.",
        },
        es: {
          message: "Su banco necesita que apruebe esta solicitud.",
          action: "Apruebe la solicitud en la aplicación o el sitio web de su banco.",
        },
        pt: {
          message: "Seu banco precisa que você aprove esta solicitação.",
          action: "Aprove a solicitação no aplicativo ou no site do seu banco.",
        },
      },
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_LOGIN_SECURITY_QUESTIONS: {
      description: "User needs to enter security question(s)",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LOGIN_SECURITY_QUESTION_ANSWER: {
      description: "User entered incorrect security question answer(s)",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_BENEFICIARY_SECURITY_QUESTIONS: {
      description: "User needs to enter security question(s)",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER: {
      description: "User entered incorrect security question answer(s)",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SECURITY_QUESTION_ATTEMPTS_EXHAUSTED: {
      description: "User has exhausted security question answer attempts",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SECURITY_QUESTION_ANSWER_REQUIRED: {
      description: "User needs to enter security question(s)",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_SECURITY_QUESTION_ANSWER: {
      description: "User entered incorrect security question answer(s)",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_PAYMENT_SECURITY_QUESTIONS: {
      description: "User needs to enter security question(s)",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PAYMENT_SECURITY_ANSWERS: {
      description: "User entered incorrect security question answer(s)",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED: {
      description: "User has exhausted security question answer attempts",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES: {
      description: "User requested account balances",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_OK: {
      description: "User recieved account balances",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA: {
      description: "User prompted for OTP to view latest balances",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA: {
      description: "User entered incorrect MFA to view latest balances",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER: {
      description: "User prompted for security questions to view balances",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER: {
      description: "User entered incorrect details for a security question",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED: {
      description: "Lean was unable to update a user's account balances",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED: {
      description: "User needs to update credentials",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS: {
      description: "User entered incorrect credentials",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS: {
      description: "User exhausted security question answer attempts",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS: {
      description: "User exhausted OTP entry attempts",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_EXPIRED: {
      description: "Consent has expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-linksdk-statuses-ksa"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-linksdk-statuses-ksa"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "Lean's words: the consent has expired.",
    },
    SUCCESS: {
      description: "Shown as secondary_status in the legacy callback example next to method LINK.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-readme-legacy"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Seen only in the legacy React Native README example; not in any documented secondary_status list.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanSecondaryStatus. */
export const isLeanSecondaryStatus = (value: unknown): value is LeanSecondaryStatus => isCodeOf(LeanSecondaryStatusCategories, LeanSecondaryStatusAliases, value);

/** Other wire spellings of LeanCallbackMethod values (alias -> value). */
export const LeanCallbackMethodAliases: { readonly [alias: string]: LeanCallbackMethod } = {
};
/** The category of every LeanCallbackMethod value and alias: all a listener needs to read one. */
export const LeanCallbackMethodCategories: { readonly [spelling: string]: Category } = {
  LINK: "informational",
  RECONNECT: "informational",
  CREATE_PAYMENT_SOURCE: "informational",
  PAY: "informational",
};
/**
 * Callback method: The method field of the LinkSDK callback: the method the SDK was called with.
 * The iOS SDK's README documents it in LeanStatus, the struct of its error responses, and the
 * legacy React Native README in its callback; the current React Native, Flutter and web SDK sources
 * and the Android page have no such field. Wire field: LeanStatus.method (iOS); CallbackData.method
 * (legacy React Native).
 */
export const LeanCallbackMethod: {
  /**
   * The callback comes from the link flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINK: "LINK";
  /**
   * The callback comes from the reconnect flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECONNECT: "RECONNECT";
  /**
   * The callback comes from the createPaymentSource flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATE_PAYMENT_SOURCE: "CREATE_PAYMENT_SOURCE";
  /**
   * The callback comes from the pay flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAY: "PAY";
} = /* @__PURE__ */ membersOf(LeanCallbackMethodCategories, LeanCallbackMethodAliases);
export type LeanCallbackMethod = (typeof LeanCallbackMethod)[keyof typeof LeanCallbackMethod];
/** A LeanCallbackMethod as read from the wire: a known value or any other string. */
export type LeanCallbackMethodOrUnknown = LeanCallbackMethod | (string & {});
/** The catalog's metadata of every LeanCallbackMethod value. */
export const LeanCallbackMethodInfo: { readonly [V in LeanCallbackMethod]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/callback_method",
  {
    LINK: {
      description: "The callback comes from the link flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-ios-readme", "lean-rn-readme-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECONNECT: {
      description: "The callback comes from the reconnect flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-ios-readme", "lean-rn-readme-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATE_PAYMENT_SOURCE: {
      description: "The callback comes from the createPaymentSource flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-ios-readme", "lean-rn-readme-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAY: {
      description: "The callback comes from the pay flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-ios-readme", "lean-rn-readme-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanCallbackMethod. */
export const isLeanCallbackMethod = (value: unknown): value is LeanCallbackMethod => isCodeOf(LeanCallbackMethodCategories, LeanCallbackMethodAliases, value);

/** Other wire spellings of LeanUserExitIntent values (alias -> value). */
export const LeanUserExitIntentAliases: { readonly [alias: string]: LeanUserExitIntent } = {
};
/** The category of every LeanUserExitIntent value and alias: all a listener needs to read one. */
export const LeanUserExitIntentCategories: { readonly [spelling: string]: Category } = {
  USER_CANCELLED_PAYMENT: "cancelled",
  USER_COMPLETED_PAYMENT: "pending",
};
/**
 * User exit intent: What the end user said about a payment when leaving the SDK early. Wire field:
 * CallbackData.user_exit_intent.
 */
export const LeanUserExitIntent: {
  /**
   * The end user said they cancelled the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_CANCELLED_PAYMENT: "USER_CANCELLED_PAYMENT";
  /**
   * The end user said they completed the payment; confirm it through the payment webhook.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_COMPLETED_PAYMENT: "USER_COMPLETED_PAYMENT";
} = /* @__PURE__ */ membersOf(LeanUserExitIntentCategories, LeanUserExitIntentAliases);
export type LeanUserExitIntent = (typeof LeanUserExitIntent)[keyof typeof LeanUserExitIntent];
/** A LeanUserExitIntent as read from the wire: a known value or any other string. */
export type LeanUserExitIntentOrUnknown = LeanUserExitIntent | (string & {});
/** The catalog's metadata of every LeanUserExitIntent value. */
export const LeanUserExitIntentInfo: { readonly [V in LeanUserExitIntent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/user_exit_intent",
  {
    USER_CANCELLED_PAYMENT: {
      description: "The end user said they cancelled the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-rn-readme"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_COMPLETED_PAYMENT: {
      description: "The end user said they completed the payment; confirm it through the payment webhook.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-readme"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanUserExitIntent. */
export const isLeanUserExitIntent = (value: unknown): value is LeanUserExitIntent => isCodeOf(LeanUserExitIntentCategories, LeanUserExitIntentAliases, value);

/** Other wire spellings of LeanPermission values (alias -> value). */
export const LeanPermissionAliases: { readonly [alias: string]: LeanPermission } = {
  directDebits: "direct_debits",
  standingOrders: "standing_orders",
  scheduledPayments: "scheduled_payments",
};
/** The category of every LeanPermission value and alias: all a listener needs to read one. */
export const LeanPermissionCategories: { readonly [spelling: string]: Category } = {
  identity: "informational",
  accounts: "informational",
  balance: "informational",
  transactions: "informational",
  payments: "informational",
  identities: "informational",
  beneficiaries: "informational",
  direct_debits: "informational",
  directDebits: "informational",
  standing_orders: "informational",
  standingOrders: "informational",
  scheduled_payments: "informational",
  scheduledPayments: "informational",
};
/**
 * Permission: A permission requested from the end user in the permissions config field. Wire field:
 * config.permissions[].
 */
export const LeanPermission: {
  /**
   * Access to the end user's identity data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly identity: "identity";
  /**
   * Access to the list of accounts.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly accounts: "accounts";
  /**
   * Access to account balances.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly balance: "balance";
  /**
   * Access to account transactions.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactions: "transactions";
  /**
   * Permission to initiate payments.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payments: "payments";
  /**
   * Access to identity data (KSA).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly identities: "identities";
  /**
   * Access to the account's beneficiaries.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly beneficiaries: "beneficiaries";
  /**
   * Access to the account's direct debits.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly direct_debits: "direct_debits";
  /**
   * Access to the account's standing orders.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly standing_orders: "standing_orders";
  /**
   * Access to the account's scheduled payments.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payments: "scheduled_payments";
} = /* @__PURE__ */ membersOf(LeanPermissionCategories, LeanPermissionAliases);
export type LeanPermission = (typeof LeanPermission)[keyof typeof LeanPermission];
/** A LeanPermission as read from the wire: a known value or any other string. */
export type LeanPermissionOrUnknown = LeanPermission | (string & {});
/** The catalog's metadata of every LeanPermission value. */
export const LeanPermissionInfo: { readonly [V in LeanPermission]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/permission",
  {
    identity: {
      description: "Access to the end user's identity data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "seed-002"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    accounts: {
      description: "Access to the list of accounts.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "seed-002"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    balance: {
      description: "Access to account balances.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "seed-002"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    transactions: {
      description: "Access to account transactions.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "seed-002"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payments: {
      description: "Permission to initiate payments.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    identities: {
      description: "Access to identity data (KSA).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    beneficiaries: {
      description: "Access to the account's beneficiaries.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-readme-uae"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    direct_debits: {
      description: "Access to the account's direct debits.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-ksa"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["directDebits"],
    },
    standing_orders: {
      description: "Access to the account's standing orders.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-ksa"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["standingOrders"],
    },
    scheduled_payments: {
      description: "Access to the account's scheduled payments.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-enums", "lean-web-ksa"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["scheduledPayments"],
    },
  },
);
/** Whether a value is a known LeanPermission. */
export const isLeanPermission = (value: unknown): value is LeanPermission => isCodeOf(LeanPermissionCategories, LeanPermissionAliases, value);

/** Other wire spellings of LeanSdkMethod values (alias -> value). */
export const LeanSdkMethodAliases: { readonly [alias: string]: LeanSdkMethod } = {
};
/** The category of every LeanSdkMethod value and alias: all a listener needs to read one. */
export const LeanSdkMethodCategories: { readonly [spelling: string]: Category } = {
  connect: "informational",
  reconnect: "informational",
  pay: "informational",
  checkout: "informational",
  updatePaymentSource: "informational",
  verifyAddress: "informational",
  authorizeConsent: "informational",
  manageConsents: "informational",
  captureRedirect: "informational",
  createBeneficiary: "informational",
  createPaymentSource: "informational",
  link: "informational",
};
/**
 * LinkSDK method: A LinkSDK method; each one is a distinct user-facing flow. Wire field:
 * Lean.<method>(config).
 */
export const LeanSdkMethod: {
  /**
   * Links a customer's bank account with Lean. Walks the user through bank selection,
   * authentication, and consent for the permissions you request.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly connect: "connect";
  /**
   * Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password
   * change).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly reconnect: "reconnect";
  /**
   * Initiate a bank-to-bank payment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly pay: "pay";
  /**
   * One-off guest payment authorisation (Open Finance).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly checkout: "checkout";
  /**
   * Add a new beneficiary to an existing payment source.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly updatePaymentSource: "updatePaymentSource";
  /**
   * Proof-of-address check using bank identity data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly verifyAddress: "verifyAddress";
  /**
   * Grant a long-lived Account-on-File consent (Open Finance).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly authorizeConsent: "authorizeConsent";
  /**
   * Customer-facing consent management screen.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly manageConsents: "manageConsents";
  /**
   * Show the outcome screen after an Open Finance redirect.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly captureRedirect: "captureRedirect";
  /**
   * Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name;
   * everywhere else it's the deprecated alias.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * @deprecated Deprecated except on Android; still works but will be removed in a future major
   * release. Use updatePaymentSource.
   */
  readonly createBeneficiary: "createBeneficiary";
  /**
   * Alias for connect with permissions: ["payments"] forced. Retained for older integrations where
   * the customer already has data permissions and only needs payments. New integrations should call
   * connect directly with the desired permissions.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * @deprecated Still works but will be removed in a future major release; call connect with the
   * desired permissions. Use connect.
   */
  readonly createPaymentSource: "createPaymentSource";
  /**
   * Legacy data-only connect kept by the React Native and Flutter SDKs.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Legacy method; new integrations use connect. Use connect.
   */
  readonly link: "link";
} = /* @__PURE__ */ membersOf(LeanSdkMethodCategories, LeanSdkMethodAliases);
export type LeanSdkMethod = (typeof LeanSdkMethod)[keyof typeof LeanSdkMethod];
/** A LeanSdkMethod as read from the wire: a known value or any other string. */
export type LeanSdkMethodOrUnknown = LeanSdkMethod | (string & {});
/** The catalog's metadata of every LeanSdkMethod value. */
export const LeanSdkMethodInfo: { readonly [V in LeanSdkMethod]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/sdk_method",
  {
    connect: {
      description: "Links a customer's bank account with Lean. Walks the user through bank selection, authentication, and consent for the permissions you request.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-002"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    reconnect: {
      description: "Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password change).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-002"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    pay: {
      description: "Initiate a bank-to-bank payment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    checkout: {
      description: "One-off guest payment authorisation (Open Finance).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    updatePaymentSource: {
      description: "Add a new beneficiary to an existing payment source.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    verifyAddress: {
      description: "Proof-of-address check using bank identity data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorizeConsent: {
      description: "Grant a long-lived Account-on-File consent (Open Finance).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    manageConsents: {
      description: "Customer-facing consent management screen.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    captureRedirect: {
      description: "Show the outcome screen after an Open Finance redirect.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-flows-reference"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-flows-reference"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    createBeneficiary: {
      description: "Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name; everywhere else it's the deprecated alias.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-002"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Deprecated except on Android; still works but will be removed in a future major release.",
        replacedBy: "updatePaymentSource",
      },
      wording: { description: { by: "provider", sources: ["seed-002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    createPaymentSource: {
      description: "Alias for connect with permissions: [\"payments\"] forced. Retained for older integrations where the customer already has data permissions and only needs payments. New integrations should call connect directly with the desired permissions.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-002"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Still works but will be removed in a future major release; call connect with the desired permissions.",
        replacedBy: "connect",
      },
      wording: { description: { by: "provider", sources: ["seed-002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    link: {
      description: "Legacy data-only connect kept by the React Native and Flutter SDKs.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-rn-sdk-types"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Legacy method; new integrations use connect.",
        replacedBy: "connect",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanSdkMethod. */
export const isLeanSdkMethod = (value: unknown): value is LeanSdkMethod => isCodeOf(LeanSdkMethodCategories, LeanSdkMethodAliases, value);

/** Other wire spellings of LeanWebhookEventType values (alias -> value). */
export const LeanWebhookEventTypeAliases: { readonly [alias: string]: LeanWebhookEventType } = {
};
/** The category of every LeanWebhookEventType value and alias: all a listener needs to read one. */
export const LeanWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  "entity.created": "informational",
  "entity.updated": "informational",
  "entity.reconnected": "informational",
  "entity.data.refresh.updated": "informational",
  "results.ready": "informational",
  "payment_source.created": "informational",
  "payment_source.beneficiary.created": "informational",
  "payment_source.beneficiary.updated": "informational",
  "payment_intent.created": "informational",
  "payment.created": "informational",
  "payment.updated": "informational",
  "payment.transaction": "informational",
  "payment.reconciliation.updated": "informational",
  "bank.availability.updated": "informational",
  "consent.status.updated": "informational",
};
/**
 * Webhook event type: The type field of a Lean webhook, in the form object.action. Wire field:
 * webhook.type.
 */
export const LeanWebhookEventType: {
  /**
   * An entity (a connection to a bank) was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENTITY_CREATED: "entity.created";
  /**
   * An entity changed: consent change, re-connect or revocation.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENTITY_UPDATED: "entity.updated";
  /**
   * An entity was reconnected; the payload carries the reconnect_id.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENTITY_RECONNECTED: "entity.reconnected";
  /**
   * The status of a data refresh for an entity changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENTITY_DATA_REFRESH_UPDATED: "entity.data.refresh.updated";
  /**
   * The results of an asynchronous request are ready; the payload id is the results_id.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RESULTS_READY: "results.ready";
  /**
   * This webhook is triggered when your customer successfully creates a payment source using the
   * Link SDKs Connect() or CreatePaymentSource() functions.
   * Category: informational (Informational); retryable: no.
   * Message: A payment source was pre-authorized by your customer.
   * Whose words: description: Lean Technologies' published text; message: Lean Technologies'
   * published text.
   * @deprecated Lean's webhook library says this event will soon be deprecated and recommends
   * acting on payment_source.beneficiary.updated instead. Use payment_source.beneficiary.updated.
   */
  readonly PAYMENT_SOURCE_CREATED: "payment_source.created";
  /**
   * This webhook is triggered when your customer successfully creates a payment source using the
   * Link SDKs Connect() or CreatePaymentSource() functions. This webhook is also triggered when a
   * destination is added to a payment source using the Link SDK UpdatePaymentSource() function
   * which creates a new beneficiary object within the payment source.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PAYMENT_SOURCE_BENEFICIARY_CREATED: "payment_source.beneficiary.created";
  /**
   * A payment source beneficiary changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_SOURCE_BENEFICIARY_UPDATED: "payment_source.beneficiary.updated";
  /**
   * A payment intent was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_INTENT_CREATED: "payment_intent.created";
  /**
   * A payment request was created with the bank; carries the initial status, which can be
   * intermediate or terminal.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_CREATED: "payment.created";
  /**
   * A later status update of a payment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_UPDATED: "payment.updated";
  /**
   * A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_TRANSACTION: "payment.transaction";
  /**
   * The reconciliation status of a payment changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_RECONCILIATION_UPDATED: "payment.reconciliation.updated";
  /**
   * The availability of a bank for payments or data changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_AVAILABILITY_UPDATED: "bank.availability.updated";
  /**
   * The status of a consent changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONSENT_STATUS_UPDATED: "consent.status.updated";
} = /* @__PURE__ */ membersOf(LeanWebhookEventTypeCategories, LeanWebhookEventTypeAliases, {
  "entity.created": "ENTITY_CREATED",
  "entity.updated": "ENTITY_UPDATED",
  "entity.reconnected": "ENTITY_RECONNECTED",
  "entity.data.refresh.updated": "ENTITY_DATA_REFRESH_UPDATED",
  "results.ready": "RESULTS_READY",
  "payment_source.created": "PAYMENT_SOURCE_CREATED",
  "payment_source.beneficiary.created": "PAYMENT_SOURCE_BENEFICIARY_CREATED",
  "payment_source.beneficiary.updated": "PAYMENT_SOURCE_BENEFICIARY_UPDATED",
  "payment_intent.created": "PAYMENT_INTENT_CREATED",
  "payment.created": "PAYMENT_CREATED",
  "payment.updated": "PAYMENT_UPDATED",
  "payment.transaction": "PAYMENT_TRANSACTION",
  "payment.reconciliation.updated": "PAYMENT_RECONCILIATION_UPDATED",
  "bank.availability.updated": "BANK_AVAILABILITY_UPDATED",
  "consent.status.updated": "CONSENT_STATUS_UPDATED",
});
export type LeanWebhookEventType = (typeof LeanWebhookEventType)[keyof typeof LeanWebhookEventType];
/** A LeanWebhookEventType as read from the wire: a known value or any other string. */
export type LeanWebhookEventTypeOrUnknown = LeanWebhookEventType | (string & {});
/** The catalog's metadata of every LeanWebhookEventType value. */
export const LeanWebhookEventTypeInfo: { readonly [V in LeanWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/webhook_event_type",
  {
    "entity.created": {
      name: "ENTITY_CREATED",
      description: "An entity (a connection to a bank) was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "lean-webhook-library-ksa",
        "lean-postman-ksa-webhooks",
        "lean-postman-uae-webhooks",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "entity.updated": {
      name: "ENTITY_UPDATED",
      description: "An entity changed: consent change, re-connect or revocation.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library-ksa", "lean-handle-expired-consent"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "entity.reconnected": {
      name: "ENTITY_RECONNECTED",
      description: "An entity was reconnected; the payload carries the reconnect_id.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-handling-reconnects"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "entity.data.refresh.updated": {
      name: "ENTITY_DATA_REFRESH_UPDATED",
      description: "The status of a data refresh for an entity changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "lean-migrating-data-store",
        "lean-postman-ksa-webhooks",
        "lean-postman-uae-webhooks",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "results.ready": {
      name: "RESULTS_READY",
      description: "The results of an asynchronous request are ready; the payload id is the results_id.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-async-requests"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_source.created": {
      name: "PAYMENT_SOURCE_CREATED",
      description: "This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library", "lean-postman-uae-webhooks"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Lean's webhook library says this event will soon be deprecated and recommends acting on payment_source.beneficiary.updated instead.",
        replacedBy: "payment_source.beneficiary.updated",
      },
      wording: {
        description: { by: "provider", sources: ["lean-webhook-library"] },
        message: { by: "provider", sources: ["lean-webhook-library"] },
      },
      message: "A payment source was pre-authorized by your customer.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_source.beneficiary.created": {
      name: "PAYMENT_SOURCE_BENEFICIARY_CREATED",
      description: "This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions. This webhook is also triggered when a destination is added to a payment source using the Link SDK UpdatePaymentSource() function which creates a new beneficiary object within the payment source.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library", "lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-webhook-library"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_source.beneficiary.updated": {
      name: "PAYMENT_SOURCE_BENEFICIARY_UPDATED",
      description: "A payment source beneficiary changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.created": {
      name: "PAYMENT_INTENT_CREATED",
      description: "A payment intent was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.created": {
      name: "PAYMENT_CREATED",
      description: "A payment request was created with the bank; carries the initial status, which can be intermediate or terminal.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.updated": {
      name: "PAYMENT_UPDATED",
      description: "A later status update of a payment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.transaction": {
      name: "PAYMENT_TRANSACTION",
      description: "A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-lifecycle"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.reconciliation.updated": {
      name: "PAYMENT_RECONCILIATION_UPDATED",
      description: "The reconciliation status of a payment changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-reconciliation"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank.availability.updated": {
      name: "BANK_AVAILABILITY_UPDATED",
      description: "The availability of a bank for payments or data changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-ksa-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "consent.status.updated": {
      name: "CONSENT_STATUS_UPDATED",
      description: "The status of a consent changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanWebhookEventType. */
export const isLeanWebhookEventType = (value: unknown): value is LeanWebhookEventType => isCodeOf(LeanWebhookEventTypeCategories, LeanWebhookEventTypeAliases, value);

/** Other wire spellings of LeanPaymentStatus values (alias -> value). */
export const LeanPaymentStatusAliases: { readonly [alias: string]: LeanPaymentStatus } = {
};
/** The category of every LeanPaymentStatus value and alias: all a listener needs to read one. */
export const LeanPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING_WITH_BANK: "pending",
  ACCEPTED_BY_BANK: "success",
};
/**
 * Payment status: The status of a payment in the payment.created and payment.updated webhooks.
 * payment.created may carry an intermediate or a terminal status. Lean's payment statuses page
 * shows only these two in its examples, and the complete list of statuses was not read (the copy
 * read of that page is cut inside the payment.updated example); any other status parses as an
 * unknown code (classify it with code_set="payment_status"; without it, a value such as
 * REJECTED_BY_BANK is answered by the LinkSDK secondary status set). Wire field: payment.created /
 * payment.updated payload.status.
 */
export const LeanPaymentStatus: {
  /**
   * Payment is pending with the bank
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PENDING_WITH_BANK: "PENDING_WITH_BANK";
  /**
   * Bank confirmed payment initiation
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly ACCEPTED_BY_BANK: "ACCEPTED_BY_BANK";
} = /* @__PURE__ */ membersOf(LeanPaymentStatusCategories, LeanPaymentStatusAliases);
export type LeanPaymentStatus = (typeof LeanPaymentStatus)[keyof typeof LeanPaymentStatus];
/** A LeanPaymentStatus as read from the wire: a known value or any other string. */
export type LeanPaymentStatusOrUnknown = LeanPaymentStatus | (string & {});
/** The catalog's metadata of every LeanPaymentStatus value. */
export const LeanPaymentStatusInfo: { readonly [V in LeanPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/payment_status",
  {
    PENDING_WITH_BANK: {
      description: "Payment is pending with the bank",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-statuses", "seed-000", "lean-help-pending-with-bank"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["lean-payment-statuses", "seed-000", "lean-help-pending-with-bank"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCEPTED_BY_BANK: {
      description: "Bank confirmed payment initiation",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-statuses", "seed-000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-payment-statuses", "seed-000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanPaymentStatus. */
export const isLeanPaymentStatus = (value: unknown): value is LeanPaymentStatus => isCodeOf(LeanPaymentStatusCategories, LeanPaymentStatusAliases, value);

/** Other wire spellings of LeanPaymentLifecycleStatus values (alias -> value). */
export const LeanPaymentLifecycleStatusAliases: { readonly [alias: string]: LeanPaymentLifecycleStatus } = {
};
/** The category of every LeanPaymentLifecycleStatus value and alias: all a listener needs to read one. */
export const LeanPaymentLifecycleStatusCategories: { readonly [spelling: string]: Category } = {
  CREATED: "pending",
  PROCESSING: "pending",
  PROCESSED: "success",
  FAILED: "generic_failure",
};
/**
 * Payment lifecycle status: The status of a payment in the payment.transaction webhook: CREATED,
 * then PROCESSING, then PROCESSED or FAILED. Wire field: payment.transaction payload.status.
 */
export const LeanPaymentLifecycleStatus: {
  /**
   * An internal transaction record has been created, but no interaction with the bank has occurred
   * yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CREATED: "CREATED";
  /**
   * The transaction has been submitted or is being attempted at the bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The final successful state.
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly PROCESSED: "PROCESSED";
  /**
   * The final unsuccessful state.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(LeanPaymentLifecycleStatusCategories, LeanPaymentLifecycleStatusAliases);
export type LeanPaymentLifecycleStatus = (typeof LeanPaymentLifecycleStatus)[keyof typeof LeanPaymentLifecycleStatus];
/** A LeanPaymentLifecycleStatus as read from the wire: a known value or any other string. */
export type LeanPaymentLifecycleStatusOrUnknown = LeanPaymentLifecycleStatus | (string & {});
/** The catalog's metadata of every LeanPaymentLifecycleStatus value. */
export const LeanPaymentLifecycleStatusInfo: { readonly [V in LeanPaymentLifecycleStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/payment_lifecycle_status",
  {
    CREATED: {
      description: "An internal transaction record has been created, but no interaction with the bank has occurred yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-payment-lifecycle"] } },
      nextStatuses: ["PROCESSING", "FAILED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The transaction has been submitted or is being attempted at the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-payment-lifecycle"] } },
      nextStatuses: ["PROCESSED", "FAILED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSED: {
      description: "The final successful state.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-payment-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-payment-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The final unsuccessful state.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your payment was not completed.",
          action: "Contact support or your bank to find out why.",
        },
        fr: {
          message: "Votre paiement n'a pas été effectué.",
          action: "Communiquez avec notre service d'assistance ou votre banque pour en connaître la raison.",
        },
        ar: {
          message: "لم تكتمل عملية الدفع.",
          action: "تواصل مع فريق الدعم أو مع بنكك لمعرفة السبب.",
        },
        es: {
          message: "Su pago no se completó.",
          action: "Comuníquese con el servicio de asistencia o con su banco para conocer el motivo.",
        },
        pt: {
          message: "Seu pagamento não foi concluído.",
          action: "Entre em contato com o suporte ou com seu banco para saber o motivo.",
        },
      },
      httpStatuses: [],
      sources: ["lean-payment-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-payment-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanPaymentLifecycleStatus. */
export const isLeanPaymentLifecycleStatus = (value: unknown): value is LeanPaymentLifecycleStatus => isCodeOf(LeanPaymentLifecycleStatusCategories, LeanPaymentLifecycleStatusAliases, value);

/** Other wire spellings of LeanPaymentSourceStatus values (alias -> value). */
export const LeanPaymentSourceStatusAliases: { readonly [alias: string]: LeanPaymentSourceStatus } = {
};
/** The category of every LeanPaymentSourceStatus value and alias: all a listener needs to read one. */
export const LeanPaymentSourceStatusCategories: { readonly [spelling: string]: Category } = {
  AWAITING_BENEFICIARY_COOL_OFF: "pending",
  ACTIVE: "success",
};
/**
 * Payment source status: The status of a payment source or beneficiary in the payment_source
 * webhooks. Wire field: payment_source.* payload.status.
 */
export const LeanPaymentSourceStatus: {
  /**
   * The beneficiary is in its cool-off period before it can be paid.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_BENEFICIARY_COOL_OFF: "AWAITING_BENEFICIARY_COOL_OFF";
  /**
   * The payment source or beneficiary is active.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACTIVE: "ACTIVE";
} = /* @__PURE__ */ membersOf(LeanPaymentSourceStatusCategories, LeanPaymentSourceStatusAliases);
export type LeanPaymentSourceStatus = (typeof LeanPaymentSourceStatus)[keyof typeof LeanPaymentSourceStatus];
/** A LeanPaymentSourceStatus as read from the wire: a known value or any other string. */
export type LeanPaymentSourceStatusOrUnknown = LeanPaymentSourceStatus | (string & {});
/** The catalog's metadata of every LeanPaymentSourceStatus value. */
export const LeanPaymentSourceStatusInfo: { readonly [V in LeanPaymentSourceStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/payment_source_status",
  {
    AWAITING_BENEFICIARY_COOL_OFF: {
      description: "The beneficiary is in its cool-off period before it can be paid.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library", "lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTIVE: {
      description: "The payment source or beneficiary is active.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-webhook-library", "lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanPaymentSourceStatus. */
export const isLeanPaymentSourceStatus = (value: unknown): value is LeanPaymentSourceStatus => isCodeOf(LeanPaymentSourceStatusCategories, LeanPaymentSourceStatusAliases, value);

/** Other wire spellings of LeanPaymentIntentStatus values (alias -> value). */
export const LeanPaymentIntentStatusAliases: { readonly [alias: string]: LeanPaymentIntentStatus } = {
};
/** The category of every LeanPaymentIntentStatus value and alias: all a listener needs to read one. */
export const LeanPaymentIntentStatusCategories: { readonly [spelling: string]: Category } = {
  INTENT_CREATED: "pending",
};
/**
 * Payment intent status: The status of a payment intent in the payment_intent.created webhook. Wire
 * field: payment_intent.created payload.status.
 */
export const LeanPaymentIntentStatus: {
  /**
   * The payment intent was created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INTENT_CREATED: "INTENT_CREATED";
} = /* @__PURE__ */ membersOf(LeanPaymentIntentStatusCategories, LeanPaymentIntentStatusAliases);
export type LeanPaymentIntentStatus = (typeof LeanPaymentIntentStatus)[keyof typeof LeanPaymentIntentStatus];
/** A LeanPaymentIntentStatus as read from the wire: a known value or any other string. */
export type LeanPaymentIntentStatusOrUnknown = LeanPaymentIntentStatus | (string & {});
/** The catalog's metadata of every LeanPaymentIntentStatus value. */
export const LeanPaymentIntentStatusInfo: { readonly [V in LeanPaymentIntentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/payment_intent_status",
  {
    INTENT_CREATED: {
      description: "The payment intent was created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanPaymentIntentStatus. */
export const isLeanPaymentIntentStatus = (value: unknown): value is LeanPaymentIntentStatus => isCodeOf(LeanPaymentIntentStatusCategories, LeanPaymentIntentStatusAliases, value);

/** Other wire spellings of LeanReconciliationStatus values (alias -> value). */
export const LeanReconciliationStatusAliases: { readonly [alias: string]: LeanReconciliationStatus } = {
};
/** The category of every LeanReconciliationStatus value and alias: all a listener needs to read one. */
export const LeanReconciliationStatusCategories: { readonly [spelling: string]: Category } = {
  RECONCILED: "success",
};
/**
 * Payment reconciliation status: The status in the payment.reconciliation.updated webhook. Wire
 * field: payment.reconciliation.updated payload.status.
 */
export const LeanReconciliationStatus: {
  /**
   * The payment was reconciled.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECONCILED: "RECONCILED";
} = /* @__PURE__ */ membersOf(LeanReconciliationStatusCategories, LeanReconciliationStatusAliases);
export type LeanReconciliationStatus = (typeof LeanReconciliationStatus)[keyof typeof LeanReconciliationStatus];
/** A LeanReconciliationStatus as read from the wire: a known value or any other string. */
export type LeanReconciliationStatusOrUnknown = LeanReconciliationStatus | (string & {});
/** The catalog's metadata of every LeanReconciliationStatus value. */
export const LeanReconciliationStatusInfo: { readonly [V in LeanReconciliationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/reconciliation_status",
  {
    RECONCILED: {
      description: "The payment was reconciled.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-reconciliation"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanReconciliationStatus. */
export const isLeanReconciliationStatus = (value: unknown): value is LeanReconciliationStatus => isCodeOf(LeanReconciliationStatusCategories, LeanReconciliationStatusAliases, value);

/** Other wire spellings of LeanDataRefreshStatus values (alias -> value). */
export const LeanDataRefreshStatusAliases: { readonly [alias: string]: LeanDataRefreshStatus } = {
};
/** The category of every LeanDataRefreshStatus value and alias: all a listener needs to read one. */
export const LeanDataRefreshStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  FINISHED: "success",
  OK: "success",
};
/**
 * Data refresh status: The status in the entity.data.refresh.updated webhook. Lean's own sample
 * files disagree by region on the final value. Wire field: entity.data.refresh.updated
 * payload.status.
 */
export const LeanDataRefreshStatus: {
  /**
   * The data refresh has started and is not finished.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING: "PENDING";
  /**
   * The data refresh finished.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FINISHED: "FINISHED";
  /**
   * The data refresh finished (UAE sample payload).
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly OK: "OK";
} = /* @__PURE__ */ membersOf(LeanDataRefreshStatusCategories, LeanDataRefreshStatusAliases);
export type LeanDataRefreshStatus = (typeof LeanDataRefreshStatus)[keyof typeof LeanDataRefreshStatus];
/** A LeanDataRefreshStatus as read from the wire: a known value or any other string. */
export type LeanDataRefreshStatusOrUnknown = LeanDataRefreshStatus | (string & {});
/** The catalog's metadata of every LeanDataRefreshStatus value. */
export const LeanDataRefreshStatusInfo: { readonly [V in LeanDataRefreshStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/data_refresh_status",
  {
    PENDING: {
      description: "The data refresh has started and is not finished.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-migrating-data-store"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FINISHED: {
      description: "The data refresh finished.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-migrating-data-store", "lean-postman-ksa-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OK: {
      description: "The data refresh finished (UAE sample payload).",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-uae-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanDataRefreshStatus. */
export const isLeanDataRefreshStatus = (value: unknown): value is LeanDataRefreshStatus => isCodeOf(LeanDataRefreshStatusCategories, LeanDataRefreshStatusAliases, value);

/** Other wire spellings of LeanDataApiStatus values (alias -> value). */
export const LeanDataApiStatusAliases: { readonly [alias: string]: LeanDataApiStatus } = {
};
/** The category of every LeanDataApiStatus value and alias: all a listener needs to read one. */
export const LeanDataApiStatusCategories: { readonly [spelling: string]: Category } = {
  OK: "success",
  PENDING: "pending",
  RECONNECT_REQUIRED: "reconnect_required",
  CONSENT_EXPIRED: "reconnect_required",
  FAILED: "generic_failure",
  UNKNOWN_ENTITY: "integration_error",
  UNKNOWN_ACCOUNT: "integration_error",
  UNKNOWN_RESULTS_ID: "integration_error",
  DATA_NOT_FOUND: "account_unavailable",
  DUPLICATED_REQUEST: "concurrent_operation",
};
/**
 * Data API status: The top-level status of a Data API response. Wire field: Data API
 * response.status.
 */
export const LeanDataApiStatus: {
  /**
   * The request succeeded and the data is in the response.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly OK: "OK";
  /**
   * The data is not ready; the response carries a results_id and a results.ready webhook follows.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING: "PENDING";
  /**
   * The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECONNECT_REQUIRED: "RECONNECT_REQUIRED";
  /**
   * The consent behind the entity has expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly CONSENT_EXPIRED: "CONSENT_EXPIRED";
  /**
   * The request failed; granular_status_code and status_additional_info say why.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The entity_id provided did not match an account in our records.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Lean Technologies' published text.
   * HTTP: 404.
   */
  readonly UNKNOWN_ENTITY: "UNKNOWN_ENTITY";
  /**
   * The account_id provided does not match an account with the entity_id provided.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Lean Technologies' published text.
   * HTTP: 404.
   */
  readonly UNKNOWN_ACCOUNT: "UNKNOWN_ACCOUNT";
  /**
   * The results_id provided has not been recognized by Lean or has not been processed yet
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Lean Technologies' published text.
   * HTTP: 404.
   */
  readonly UNKNOWN_RESULTS_ID: "UNKNOWN_RESULTS_ID";
  /**
   * The data requested could not be found
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Lean Technologies' published text.
   * HTTP: 404.
   */
  readonly DATA_NOT_FOUND: "DATA_NOT_FOUND";
  /**
   * Data refresh is already pending.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: message: Lean Technologies' published text.
   * HTTP: 429.
   */
  readonly DUPLICATED_REQUEST: "DUPLICATED_REQUEST";
} = /* @__PURE__ */ membersOf(LeanDataApiStatusCategories, LeanDataApiStatusAliases);
export type LeanDataApiStatus = (typeof LeanDataApiStatus)[keyof typeof LeanDataApiStatus];
/** A LeanDataApiStatus as read from the wire: a known value or any other string. */
export type LeanDataApiStatusOrUnknown = LeanDataApiStatus | (string & {});
/** The catalog's metadata of every LeanDataApiStatus value. */
export const LeanDataApiStatusInfo: { readonly [V in LeanDataApiStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/data_api_status",
  {
    OK: {
      description: "The request succeeded and the data is in the response.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa", "lean-handling-reconnects", "lean-async-requests"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING: {
      description: "The data is not ready; the response carries a results_id and a results.ready webhook follows.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-async-requests"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECONNECT_REQUIRED: {
      description: "The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-handling-reconnects"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_EXPIRED: {
      description: "The consent behind the entity has expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["lean-handle-expired-consent", "lean-postman-ksa"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent the data call relied on has expired.",
    },
    FAILED: {
      description: "The request failed; granular_status_code and status_additional_info say why.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_ENTITY: {
      description: "The entity_id provided did not match an account in our records.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "The entity_id provided did not match an account in our records.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_ACCOUNT: {
      description: "The account_id provided does not match an account with the entity_id provided.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "The account_id provided does not match an account with the entity_id provided.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_RESULTS_ID: {
      description: "The results_id provided has not been recognized by Lean or has not been processed yet",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "The results_id provided has not been recognized by Lean or has not been processed yet",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_NOT_FOUND: {
      description: "The data requested could not be found",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "The data requested could not be found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DUPLICATED_REQUEST: {
      description: "Data refresh is already pending.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "Data refresh is already pending.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanDataApiStatus. */
export const isLeanDataApiStatus = (value: unknown): value is LeanDataApiStatus => isCodeOf(LeanDataApiStatusCategories, LeanDataApiStatusAliases, value);

/** Other wire spellings of LeanGranularStatusCode values (alias -> value). */
export const LeanGranularStatusCodeAliases: { readonly [alias: string]: LeanGranularStatusCode } = {
};
/** The category of every LeanGranularStatusCode value and alias: all a listener needs to read one. */
export const LeanGranularStatusCodeCategories: { readonly [spelling: string]: Category } = {
  UNSEEN_BANK_ERROR: "generic_failure",
  BANK_MAINTENANCE: "institution_unavailable",
  BANK_ISSUE: "institution_unavailable",
  LEAN_ERROR: "generic_failure",
  DISABLED_BY_LEAN: "institution_unavailable",
  DISABLED_BY_CLIENT: "integration_error",
  DUPLICATED_REQUEST: "concurrent_operation",
  EU_ACCOUNT_LOCKED: "action_required_at_institution",
  LOGGED_IN_ELSEWHERE: "concurrent_operation",
  UNSUPPORTED_BY_BANK: "institution_not_supported",
  GIVEN_INPUT_CANNOT_BE_VERIFIED: "rejected",
};
/**
 * Data API granular status code: The granular_status_code of a FAILED Data API response. The
 * published list is longer than the part that could be retrieved. Wire field: Data API
 * response.granular_status_code.
 */
export const LeanGranularStatusCode: {
  /**
   * Your bank has reported an error, please try again later. If this error continues, please
   * contact customer service.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Wait for some time before making a new request as this might be an
   * intermittent issue. If the issue persists, contact Lean.
   * User message: Your bank has reported an error, please try again later. If this error continues,
   * please contact customer service.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly UNSEEN_BANK_ERROR: "UNSEEN_BANK_ERROR";
  /**
   * Your bank is currently undergoing technical maintenance and online services are unavailable.
   * Please try again later.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait for some time before making a new request. This is outside of
   * Lean's control but should resolve itself within a few hours.
   * User message: Your bank is currently undergoing technical maintenance and online services are
   * unavailable. Please try again later.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly BANK_MAINTENANCE: "BANK_MAINTENANCE";
  /**
   * Your bank is currently experiencing technological problems. Please try again later.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait for some time before making a new request. This is outside of
   * Lean's control but should resolve itself within a few hours.
   * User message: Your bank is currently experiencing technological problems. Please try again
   * later.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly BANK_ISSUE: "BANK_ISSUE";
  /**
   * We are unable to process this request, please try again later. If you continue to see this
   * error, please get in touch with customer support with the support code below.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Wait for some time before making a new request as this might be an
   * intermittent issue. If the issue persists, contact Lean.
   * User message: We are unable to process this request, please try again later. If you continue to
   * see this error, please get in touch with customer support with the support code below.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly LEAN_ERROR: "LEAN_ERROR";
  /**
   * This functionality has been temporarily disabled for this bank. Please try again later.
   * Category: institution_unavailable (Institution unavailable); retryable: no.
   * Advice to the integrator: You should have received a webhook indicating the bank has been
   * disabled. You should disable it on your side and reenable it once you receive a webhook
   * indicating the bank has been reenabled.
   * User message: This functionality has been temporarily disabled for this bank. Please try again
   * later.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly DISABLED_BY_LEAN: "DISABLED_BY_LEAN";
  /**
   * This application has temporarily disabled functionality for this bank. Please try again later.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Reenable the bank from the Lean dashboard.
   * User message: This application has temporarily disabled functionality for this bank. Please try
   * again later.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly DISABLED_BY_CLIENT: "DISABLED_BY_CLIENT";
  /**
   * A request to this endpoint has already been made for the same entity and associated parameters.
   * Please wait for the response or wait for one minute before making an
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly DUPLICATED_REQUEST: "DUPLICATED_REQUEST";
  /**
   * Your online account has been locked by your bank. This can be confirmed by trying to log in to
   * your bank's mobile application or website which will also give you more details about how to
   * unlock your account. Once your account is unlocked, you will be able to successfully connect.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Prompt the user to contact the bank to unlock the account. You can
   * use the status_additional_info field as the copywrite to display.
   * User message: Your online account has been locked by your bank. This can be confirmed by trying
   * to log in to your bank's mobile application or website which will also give you more details
   * about how to unlock your account. Once your account is unlocked, you will be able to
   * successfully connect.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly EU_ACCOUNT_LOCKED: "EU_ACCOUNT_LOCKED";
  /**
   * The bank rejected the connection because you logged into your bank account on another device.
   * Please try again without logging in to your online banking elsewhere.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: Wait for some time before making a new request. This should resolve
   * itself within a few minutes to a few hours.
   * User message: The bank rejected the connection because you logged into your bank account on
   * another device. Please try again without logging in to your online banking elsewhere.
   * Whose words: description: Lean Technologies' published text; user message: Lean Technologies'
   * published text; advice to the integrator: Lean Technologies' published text.
   */
  readonly LOGGED_IN_ELSEWHERE: "LOGGED_IN_ELSEWHERE";
  /**
   * This bank does not support verification
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: Bank verification not supported
   * Whose words: description: Lean Technologies' published text; message: Lean Technologies'
   * published text.
   */
  readonly UNSUPPORTED_BY_BANK: "UNSUPPORTED_BY_BANK";
  /**
   * Account cannot be verified in this case. Please do not retry.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Lean Technologies' published text.
   */
  readonly GIVEN_INPUT_CANNOT_BE_VERIFIED: "GIVEN_INPUT_CANNOT_BE_VERIFIED";
} = /* @__PURE__ */ membersOf(LeanGranularStatusCodeCategories, LeanGranularStatusCodeAliases);
export type LeanGranularStatusCode = (typeof LeanGranularStatusCode)[keyof typeof LeanGranularStatusCode];
/** A LeanGranularStatusCode as read from the wire: a known value or any other string. */
export type LeanGranularStatusCodeOrUnknown = LeanGranularStatusCode | (string & {});
/** The catalog's metadata of every LeanGranularStatusCode value. */
export const LeanGranularStatusCodeInfo: { readonly [V in LeanGranularStatusCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/granular_status_code",
  {
    UNSEEN_BANK_ERROR: {
      description: "Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean.",
      userMessage: "Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
      aliases: [],
    },
    BANK_MAINTENANCE: {
      description: "Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "Wait for some time before making a new request. This is outside of Lean's control but should resolve itself within a few hours.",
      userMessage: "Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
      aliases: [],
    },
    BANK_ISSUE: {
      description: "Your bank is currently experiencing technological problems. Please try again later.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "Wait for some time before making a new request. This is outside of Lean's control but should resolve itself within a few hours.",
      userMessage: "Your bank is currently experiencing technological problems. Please try again later.",
      aliases: [],
    },
    LEAN_ERROR: {
      description: "We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We are unable to process this request right now.",
          action: "Please try again later, and contact support if this continues.",
        },
        fr: {
          message: "Nous ne pouvons pas traiter cette demande pour le moment.",
          action: "Veuillez réessayer plus tard et communiquer avec notre service d'assistance si le problème persiste.",
        },
        ar: {
          message: "لا يمكننا معالجة هذا الطلب في الوقت الحالي.",
          action: "يرجى المحاولة مرة أخرى لاحقاً، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
        },
        es: {
          message: "No podemos procesar esta solicitud en este momento.",
          action: "Vuelva a intentarlo más tarde y comuníquese con el servicio de asistencia si el problema continúa.",
        },
        pt: {
          message: "Não conseguimos processar esta solicitação agora.",
          action: "Tente novamente mais tarde e entre em contato com o suporte se o problema continuar.",
        },
      },
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean.",
      userMessage: "We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
      userMessageOffered: false,
      aliases: [],
    },
    DISABLED_BY_LEAN: {
      description: "This functionality has been temporarily disabled for this bank. Please try again later.",
      category: "institution_unavailable",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "You should have received a webhook indicating the bank has been disabled. You should disable it on your side and reenable it once you receive a webhook indicating the bank has been reenabled.",
      userMessage: "This functionality has been temporarily disabled for this bank. Please try again later.",
      aliases: [],
    },
    DISABLED_BY_CLIENT: {
      description: "This application has temporarily disabled functionality for this bank. Please try again later.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This bank is temporarily unavailable in this app.",
          action: "Please try again later, or choose another bank.",
        },
        fr: {
          message: "Cette banque est temporairement indisponible dans cette application.",
          action: "Veuillez réessayer plus tard ou choisir une autre banque.",
        },
        ar: {
          message: "هذا البنك غير متاح مؤقتاً في هذا التطبيق.",
          action: "يرجى المحاولة مرة أخرى لاحقاً، أو اختيار بنك آخر.",
        },
        es: {
          message: "Este banco no está disponible temporalmente en esta aplicación.",
          action: "Vuelva a intentarlo más tarde o elija otro banco.",
        },
        pt: {
          message: "Este banco está temporariamente indisponível neste aplicativo.",
          action: "Tente novamente mais tarde ou escolha outro banco.",
        },
      },
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors-ksa"] },
        userMessage: { by: "provider", sources: ["lean-data-errors-ksa"] },
        advice: { by: "provider", sources: ["lean-data-errors-ksa"] },
      },
      message: null,
      advice: "Reenable the bank from the Lean dashboard.",
      userMessage: "This application has temporarily disabled functionality for this bank. Please try again later.",
      aliases: [],
    },
    DUPLICATED_REQUEST: {
      description: "A request to this endpoint has already been made for the same entity and associated parameters. Please wait for the response or wait for one minute before making an",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors-ksa"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-data-errors-ksa"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["lean-data-errors-ksa"] },
    },
    EU_ACCOUNT_LOCKED: {
      description: "Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors"] },
        userMessage: { by: "provider", sources: ["lean-data-errors"] },
        advice: { by: "provider", sources: ["lean-data-errors"] },
      },
      message: null,
      advice: "Prompt the user to contact the bank to unlock the account. You can use the status_additional_info field as the copywrite to display.",
      userMessage: "Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect.",
      aliases: [],
    },
    LOGGED_IN_ELSEWHERE: {
      description: "The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-data-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-data-errors"] },
        userMessage: { by: "provider", sources: ["lean-data-errors"] },
        advice: { by: "provider", sources: ["lean-data-errors"] },
      },
      message: null,
      advice: "Wait for some time before making a new request. This should resolve itself within a few minutes to a few hours.",
      userMessage: "The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere.",
      aliases: [],
    },
    UNSUPPORTED_BY_BANK: {
      description: "This bank does not support verification",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "Bank verification not supported",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GIVEN_INPUT_CANNOT_BE_VERIFIED: {
      description: "Account cannot be verified in this case. Please do not retry.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-postman-ksa"] },
        message: { by: "provider", sources: ["lean-postman-ksa"] },
      },
      message: "Account cannot be verified in this case. Please do not retry.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanGranularStatusCode. */
export const isLeanGranularStatusCode = (value: unknown): value is LeanGranularStatusCode => isCodeOf(LeanGranularStatusCodeCategories, LeanGranularStatusCodeAliases, value);

/** Other wire spellings of LeanApiErrorStatus values (alias -> value). */
export const LeanApiErrorStatusAliases: { readonly [alias: string]: LeanApiErrorStatus } = {
};
/** The category of every LeanApiErrorStatus value and alias: all a listener needs to read one. */
export const LeanApiErrorStatusCategories: { readonly [spelling: string]: Category } = {
  CERTIFICATE_TOKEN_MISMATCH: "integration_error",
  CUSTOMER_ALREADY_EXISTS: "integration_error",
  INCORRECT_ACCESS_LEVEL: "integration_error",
  INSUFFICIENT_ACCESS_LEVEL: "integration_error",
  INTERNAL_SERVER_ERROR: "generic_failure",
  INVALID_CERTIFICATE: "integration_error",
  INVALID_HTTP_METHOD: "integration_error",
  INVALID_PARAMETERS: "integration_error",
  INVALID_URL: "integration_error",
  MISSING_PARAMETERS: "integration_error",
  RATE_LIMIT_EXCEEDED: "rate_limited",
};
/**
 * API error status: The status of a general error response of the Lean API. The published table is
 * longer than the part that could be retrieved. Wire field: API response.status.
 */
export const LeanApiErrorStatus: {
  /**
   * The mTLS certificate used for the API call is a valid certificate issued by Lean but does not
   * match the certificate that is assigned to the application token you have provided in the
   * header.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_TOKEN_MISMATCH: "CERTIFICATE_TOKEN_MISMATCH";
  /**
   * A Lean customer object already exists for the app_user_id you have provided.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 409.
   */
  readonly CUSTOMER_ALREADY_EXISTS: "CUSTOMER_ALREADY_EXISTS";
  /**
   * You are making a call to a service that you do not have the correct access permission levels
   * for.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 403.
   */
  readonly INCORRECT_ACCESS_LEVEL: "INCORRECT_ACCESS_LEVEL";
  /**
   * You are making a call to the production endpoint whereas your application only has access to
   * the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of
   * api.leantech.me/foo.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 403.
   */
  readonly INSUFFICIENT_ACCESS_LEVEL: "INSUFFICIENT_ACCESS_LEVEL";
  /**
   * This one's on us. Something has gone wrong in our system and you should let us know.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 500.
   */
  readonly INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR";
  /**
   * The provided certificate is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 403.
   */
  readonly INVALID_CERTIFICATE: "INVALID_CERTIFICATE";
  /**
   * The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a
   * GET instead of a POST or vice versa.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 405.
   */
  readonly INVALID_HTTP_METHOD: "INVALID_HTTP_METHOD";
  /**
   * One or more parameters specified in the request body were invalid. This could be an
   * unrecognized or misspelled key or an ill formatted value. We are always trying to be more
   * specific with which parameter was invalid so you should contact us and tell us when you see
   * this error so we can make a specific INVALID_[PARAMETERNAME] error for it.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 400.
   */
  readonly INVALID_PARAMETERS: "INVALID_PARAMETERS";
  /**
   * The URL specified for this request is invalid. Double check the spelling and whether you used
   * the plural or singular of a noun.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 404.
   */
  readonly INVALID_URL: "INVALID_URL";
  /**
   * A parameter required for this request was not specified.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   * HTTP: 400.
   */
  readonly MISSING_PARAMETERS: "MISSING_PARAMETERS";
  /**
   * Too many requests were sent in a period of time.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  readonly RATE_LIMIT_EXCEEDED: "RATE_LIMIT_EXCEEDED";
} = /* @__PURE__ */ membersOf(LeanApiErrorStatusCategories, LeanApiErrorStatusAliases);
export type LeanApiErrorStatus = (typeof LeanApiErrorStatus)[keyof typeof LeanApiErrorStatus];
/** A LeanApiErrorStatus as read from the wire: a known value or any other string. */
export type LeanApiErrorStatusOrUnknown = LeanApiErrorStatus | (string & {});
/** The catalog's metadata of every LeanApiErrorStatus value. */
export const LeanApiErrorStatusInfo: { readonly [V in LeanApiErrorStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/api_error_status",
  {
    CERTIFICATE_TOKEN_MISMATCH: {
      description: "The mTLS certificate used for the API call is a valid certificate issued by Lean but does not match the certificate that is assigned to the application token you have provided in the header.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_ALREADY_EXISTS: {
      description: "A Lean customer object already exists for the app_user_id you have provided.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCORRECT_ACCESS_LEVEL: {
      description: "You are making a call to a service that you do not have the correct access permission levels for.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSUFFICIENT_ACCESS_LEVEL: {
      description: "You are making a call to the production endpoint whereas your application only has access to the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of api.leantech.me/foo.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INTERNAL_SERVER_ERROR: {
      description: "This one's on us. Something has gone wrong in our system and you should let us know.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CERTIFICATE: {
      description: "The provided certificate is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_HTTP_METHOD: {
      description: "The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a GET instead of a POST or vice versa.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETERS: {
      description: "One or more parameters specified in the request body were invalid. This could be an unrecognized or misspelled key or an ill formatted value. We are always trying to be more specific with which parameter was invalid so you should contact us and tell us when you see this error so we can make a specific INVALID_[PARAMETERNAME] error for it.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["lean-general-errors", "lean-postman-ksa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["lean-general-errors", "lean-postman-ksa"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
      factSources: { next_step: ["lean-general-errors"] },
    },
    INVALID_URL: {
      description: "The URL specified for this request is invalid. Double check the spelling and whether you used the plural or singular of a noun.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MISSING_PARAMETERS: {
      description: "A parameter required for this request was not specified.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-general-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RATE_LIMIT_EXCEEDED: {
      description: "Too many requests were sent in a period of time.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["lean-general-errors"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanApiErrorStatus. */
export const isLeanApiErrorStatus = (value: unknown): value is LeanApiErrorStatus => isCodeOf(LeanApiErrorStatusCategories, LeanApiErrorStatusAliases, value);

/** Other wire spellings of LeanConsentStatus values (alias -> value). */
export const LeanConsentStatusAliases: { readonly [alias: string]: LeanConsentStatus } = {
};
/** The category of every LeanConsentStatus value and alias: all a listener needs to read one. */
export const LeanConsentStatusCategories: { readonly [spelling: string]: Category } = {
  AWAITING_AUTHORISATION: "pending",
  AUTHORISED: "success",
  REVOKED: "reconnect_required",
  REJECTED: "rejected",
  EXPIRED: "reconnect_required",
  CONSUMED: "reconnect_required",
  SUSPENDED: "institution_unavailable",
};
/**
 * Consent status: The status of an Open Finance consent, reported by consent.status.updated. Wire
 * field: consent.status.updated payload.status.
 */
export const LeanConsentStatus: {
  /**
   * Consent created but not yet approved by the customer. The Consent has been successfully
   * registered with Lean but must be authorised through the LinkSDK flow. Until authorised, no
   * payments can be initiated under this Consent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AWAITING_AUTHORISATION: "AWAITING_AUTHORISATION";
  /**
   * Customer has completed authorisation with their bank. The Consent is now active and can be used
   * for initiating payments within the defined limits and validity period. This is the standard
   * active state for Account on File (AoF) consents.
   * Category: success (Success); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly AUTHORISED: "AUTHORISED";
  /**
   * Customer or bank has revoked the consent. No further payments may be initiated under this
   * Consent.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REVOKED: "REVOKED";
  /**
   * Customer did not approve or the bank declined the Consent request. This state is returned when
   * the authorisation flow ends unsuccessfully. You may prompt the customer to re-initiate a new
   * Consent if appropriate.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REJECTED: "REJECTED";
  /**
   * The Consent has reached its configured expiration date. Payments can no longer be initiated
   * under this Consent. To continue using Account-on-file payments, a new Consent must be created
   * and authorised.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Consent limits have been reached. The Consent is automatically marked as consumed once it has
   * reached one or more of its configured control parameter limits (e.g., cumulative amount or
   * number of payments). A new Consent is required to continue initiating payments.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CONSUMED: "CONSUMED";
  /**
   * Temporarily unavailable due to compliance conditions. This status may occur if the Consent has
   * been temporarily disabled by the customer’s bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly SUSPENDED: "SUSPENDED";
} = /* @__PURE__ */ membersOf(LeanConsentStatusCategories, LeanConsentStatusAliases);
export type LeanConsentStatus = (typeof LeanConsentStatus)[keyof typeof LeanConsentStatus];
/** A LeanConsentStatus as read from the wire: a known value or any other string. */
export type LeanConsentStatusOrUnknown = LeanConsentStatus | (string & {});
/** The catalog's metadata of every LeanConsentStatus value. */
export const LeanConsentStatusInfo: { readonly [V in LeanConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/consent_status",
  {
    AWAITING_AUTHORISATION: {
      description: "Consent created but not yet approved by the customer. The Consent has been successfully registered with Lean but must be authorised through the LinkSDK flow. Until authorised, no payments can be initiated under this Consent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: ["AUTHORISED", "REJECTED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORISED: {
      description: "Customer has completed authorisation with their bank. The Consent is now active and can be used for initiating payments within the defined limits and validity period. This is the standard active state for Account on File (AoF) consents.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: ["REVOKED", "EXPIRED", "CONSUMED", "SUSPENDED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED: {
      description: "Customer or bank has revoked the consent. No further payments may be initiated under this Consent.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The consent was revoked.",
    },
    REJECTED: {
      description: "Customer did not approve or the bank declined the Consent request. This state is returned when the authorisation flow ends unsuccessfully. You may prompt the customer to re-initiate a new Consent if appropriate.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your payment consent was not approved.",
          action: "If you did not decline it yourself, contact your bank for details.",
        },
        fr: {
          message: "Votre consentement de paiement n'a pas été approuvé.",
          action: "Si vous ne l'avez pas refusé vous-même, communiquez avec votre banque pour en savoir plus.",
        },
        ar: {
          message: "لم يتم اعتماد موافقتك على الدفع.",
          action: "إذا لم ترفضها بنفسك، فتواصل مع بنكك لمعرفة التفاصيل.",
        },
        es: {
          message: "Su consentimiento de pago no fue aprobado.",
          action: "Si usted no lo rechazó, comuníquese con su banco para obtener más información.",
        },
        pt: {
          message: "Seu consentimento de pagamento não foi aprovado.",
          action: "Se não foi você quem o recusou, entre em contato com seu banco para saber mais.",
        },
      },
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "The end user did not authorise the consent.",
    },
    EXPIRED: {
      description: "The Consent has reached its configured expiration date. Payments can no longer be initiated under this Consent. To continue using Account-on-file payments, a new Consent must be created and authorised.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent reached its expiration_date_time.",
    },
    CONSUMED: {
      description: "Consent limits have been reached. The Consent is automatically marked as consumed once it has reached one or more of its configured control parameter limits (e.g., cumulative amount or number of payments). A new Consent is required to continue initiating payments.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your payment consent has reached its limits.",
          action: "Give a new payment consent to continue.",
        },
        fr: {
          message: "Votre consentement de paiement a atteint ses limites.",
          action: "Donnez un nouveau consentement de paiement pour continuer.",
        },
        ar: {
          message: "بلغت موافقتك على الدفع حدودها القصوى.",
          action: "امنح موافقة جديدة على الدفع للمتابعة.",
        },
        es: {
          message: "Su consentimiento de pago alcanzó sus límites.",
          action: "Otorgue un nuevo consentimiento de pago para continuar.",
        },
        pt: {
          message: "Seu consentimento de pagamento atingiu os limites dele.",
          action: "Dê um novo consentimento de pagamento para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A one-time consent was used.",
    },
    SUSPENDED: {
      description: "Temporarily unavailable due to compliance conditions. This status may occur if the Consent has been temporarily disabled by the customer’s bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your bank has temporarily suspended your payment consent for compliance reasons.",
          action: "Contact your bank for details.",
        },
        fr: {
          message: "Votre banque a temporairement suspendu votre consentement de paiement pour des raisons de conformité.",
          action: "Communiquez avec votre banque pour en savoir plus.",
        },
        ar: {
          message: "علّق بنكك موافقتك على الدفع مؤقتاً لأسباب تتعلق بالامتثال.",
          action: "تواصل مع بنكك لمعرفة التفاصيل.",
        },
        es: {
          message: "Su banco suspendió temporalmente su consentimiento de pago por motivos de cumplimiento normativo.",
          action: "Comuníquese con su banco para obtener más información.",
        },
        pt: {
          message: "Seu banco suspendeu temporariamente seu consentimento de pagamento por motivos de conformidade.",
          action: "Entre em contato com seu banco para saber mais.",
        },
      },
      httpStatuses: [],
      sources: ["lean-consent-lifecycle"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-consent-lifecycle"] } },
      nextStatuses: ["AUTHORISED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanConsentStatus. */
export const isLeanConsentStatus = (value: unknown): value is LeanConsentStatus => isCodeOf(LeanConsentStatusCategories, LeanConsentStatusAliases, value);

/** Other wire spellings of LeanConsentRevocationReason values (alias -> value). */
export const LeanConsentRevocationReasonAliases: { readonly [alias: string]: LeanConsentRevocationReason } = {
};
/** The category of every LeanConsentRevocationReason value and alias: all a listener needs to read one. */
export const LeanConsentRevocationReasonCategories: { readonly [spelling: string]: Category } = {
  END_USER_REQUESTED: "informational",
  CONSENT_RENEWAL: "informational",
  KYC_VERIFICATION_FAILED: "informational",
  REGULATORY_RESTRICTION: "informational",
  FRAUD_SUSPECTED: "informational",
  CLIENT_TERMINATED_RELATIONSHIP: "informational",
  ACCOUNT_CLOSED_BY_USER: "informational",
  DUPLICATE_CONSENT: "informational",
};
/**
 * Consent revocation reason: The reason given when revoking a consent through the API. Wire field:
 * revoke consent request.reason.
 */
export const LeanConsentRevocationReason: {
  /**
   * The end user has requested revocation of their consent through the Lean-provided consent
   * management interface or via the client's customer support.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly END_USER_REQUESTED: "END_USER_REQUESTED";
  /**
   * The consent is being revoked as part of a renewal flow, where a replacement consent has been
   * authorized to supersede it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CONSENT_RENEWAL: "CONSENT_RENEWAL";
  /**
   * The client's KYC or identity verification checks on the end user have failed or could not be
   * completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly KYC_VERIFICATION_FAILED: "KYC_VERIFICATION_FAILED";
  /**
   * A regulatory, compliance, or jurisdictional obligation requires the client to revoke the
   * consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly REGULATORY_RESTRICTION: "REGULATORY_RESTRICTION";
  /**
   * Suspicious or potentially fraudulent activity has been detected on the end user's account or
   * transactions.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly FRAUD_SUSPECTED: "FRAUD_SUSPECTED";
  /**
   * The client has ended their commercial relationship with the end user.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly CLIENT_TERMINATED_RELATIONSHIP: "CLIENT_TERMINATED_RELATIONSHIP";
  /**
   * The end user has permanently closed their account with the client.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly ACCOUNT_CLOSED_BY_USER: "ACCOUNT_CLOSED_BY_USER";
  /**
   * A duplicate or superseding consent exists for the same end user and payment source, and this
   * consent is being retired.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Lean Technologies' published text.
   */
  readonly DUPLICATE_CONSENT: "DUPLICATE_CONSENT";
} = /* @__PURE__ */ membersOf(LeanConsentRevocationReasonCategories, LeanConsentRevocationReasonAliases);
export type LeanConsentRevocationReason = (typeof LeanConsentRevocationReason)[keyof typeof LeanConsentRevocationReason];
/** A LeanConsentRevocationReason as read from the wire: a known value or any other string. */
export type LeanConsentRevocationReasonOrUnknown = LeanConsentRevocationReason | (string & {});
/** The catalog's metadata of every LeanConsentRevocationReason value. */
export const LeanConsentRevocationReasonInfo: { readonly [V in LeanConsentRevocationReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/lean/consent_revocation_reason",
  {
    END_USER_REQUESTED: {
      description: "The end user has requested revocation of their consent through the Lean-provided consent management interface or via the client's customer support.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_RENEWAL: {
      description: "The consent is being revoked as part of a renewal flow, where a replacement consent has been authorized to supersede it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    KYC_VERIFICATION_FAILED: {
      description: "The client's KYC or identity verification checks on the end user have failed or could not be completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REGULATORY_RESTRICTION: {
      description: "A regulatory, compliance, or jurisdictional obligation requires the client to revoke the consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FRAUD_SUSPECTED: {
      description: "Suspicious or potentially fraudulent activity has been detected on the end user's account or transactions.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLIENT_TERMINATED_RELATIONSHIP: {
      description: "The client has ended their commercial relationship with the end user.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_CLOSED_BY_USER: {
      description: "The end user has permanently closed their account with the client.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DUPLICATE_CONSENT: {
      description: "A duplicate or superseding consent exists for the same end user and payment source, and this consent is being retired.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["lean-revoke-consent"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["lean-revoke-consent"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known LeanConsentRevocationReason. */
export const isLeanConsentRevocationReason = (value: unknown): value is LeanConsentRevocationReason => isCodeOf(LeanConsentRevocationReasonCategories, LeanConsentRevocationReasonAliases, value);
