// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { Actor, CategoryDetails } from "./shapes.js";

/** The cross-provider categories. */
export const Category = {
  SUCCESS: "success",
  CREDENTIALS_INVALID: "credentials_invalid",
  INSTITUTION_UNAVAILABLE: "institution_unavailable",
  INTEGRATION_ERROR: "integration_error",
  RATE_LIMITED: "rate_limited",
  INFORMATIONAL: "informational",
  UNKNOWN: "unknown",
} as const;
export type Category = (typeof Category)[keyof typeof Category];

/** What the catalog says about a category. */
export type CategoryInfo = CategoryDetails;
/** Every category's title, description, retryable flag, actor and recommended action. */
export const CategoryInfo: { readonly [C in Category]: CategoryDetails } = {
  "success": {
    title: "Success",
    description: "The operation completed.",
    retryable: false,
    endUserCanRetry: false,
    action: "Continue.",
    nextStep: "none",
    state: "connected",
    equivalents: true,
    actor: "nobody",
    endUser: null,
  },
  "credentials_invalid": {
    title: "Credentials invalid",
    description: "The login details were not accepted.",
    retryable: true,
    endUserCanRetry: true,
    action: "Ask the end user to re-enter them.",
    nextStep: "end_user_action",
    state: "needs_end_user",
    equivalents: true,
    actor: "end_user",
    endUser: {
      en: {
        message: "Your bank did not accept the sign-in details.",
        action: "Check your password, then try again.",
      },
      fr: {
        message: "Votre banque n'a pas accepté vos identifiants.",
        action: "Vérifiez votre mot de passe, puis réessayez.",
      },
      ar: {
        message: "لم يقبل بنكك بيانات تسجيل الدخول.",
        action: "تحقق من كلمة المرور، ثم حاول مرة أخرى.",
      },
      es: {
        message: "Su banco no aceptó los datos de inicio de sesión.",
        action: "Revise su contraseña y vuelva a intentarlo.",
      },
      pt: {
        message: "Seu banco não aceitou os dados de acesso.",
        action: "Confira sua senha e tente novamente.",
      },
    },
  },
  "institution_unavailable": {
    title: "Institution unavailable",
    description: "The bank cannot be reached for now.",
    retryable: true,
    endUserCanRetry: true,
    action: "Try again later.",
    nextStep: "retry_later",
    state: "provider_or_bank_down",
    equivalents: true,
    actor: "institution",
    endUser: null,
  },
  "integration_error": {
    title: "Integration error",
    description: "The request was wrong.",
    retryable: false,
    endUserCanRetry: false,
    action: "Fix the request.",
    nextStep: "fix_request",
    equivalents: true,
    actor: "integrator",
    endUser: null,
  },
  "rate_limited": {
    title: "Rate limited",
    description: "Too many requests were sent in a period of time.",
    retryable: true,
    endUserCanRetry: true,
    action: "Back off and retry later.",
    nextStep: "retry_later",
    state: "degraded",
    equivalents: true,
    actor: "integrator",
    endUser: null,
  },
  "informational": {
    title: "Informational",
    description: "The value names a thing, not an outcome.",
    retryable: false,
    endUserCanRetry: false,
    action: "Nothing to handle.",
    nextStep: "none",
    equivalents: false,
    actor: "nobody",
    endUser: null,
  },
  "unknown": {
    title: "Unknown",
    description: "A value this catalog does not know.",
    retryable: false,
    endUserCanRetry: true,
    action: "Log it.",
    nextStep: "contact_provider",
    state: "unknown",
    equivalents: false,
    actor: "integrator",
    endUser: null,
  },
};

/** Who takes each next step of a decision (bankcodes' reading): who acts on a step a code states
 * for itself, where it is not its category's. */
export const STEP_ACTORS: { readonly [step: string]: Actor } = {
  retry: "integrator",
  retry_later: "integrator",
  wait_for_event: "nobody",
  reconnect: "end_user",
  renew_consent: "end_user",
  renew_access_token: "integrator",
  end_user_action: "end_user",
  fix_request: "integrator",
  contact_provider: "integrator",
  none: "nobody",
  tell_customer: "end_user",
};
