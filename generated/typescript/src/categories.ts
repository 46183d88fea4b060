// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CategoryDetails } from "./types.js";

/** The cross-provider categories. */
export const Category = {
  SUCCESS: "success",
  PENDING: "pending",
  MFA_REQUIRED: "mfa_required",
  MFA_FAILED: "mfa_failed",
  CREDENTIALS_INVALID: "credentials_invalid",
  ATTEMPTS_EXHAUSTED: "attempts_exhausted",
  RECONNECT_REQUIRED: "reconnect_required",
  ACTION_REQUIRED_AT_INSTITUTION: "action_required_at_institution",
  USER_ACTION_REQUIRED: "user_action_required",
  ACCOUNT_UNAVAILABLE: "account_unavailable",
  INSTITUTION_UNAVAILABLE: "institution_unavailable",
  INSTITUTION_NOT_SUPPORTED: "institution_not_supported",
  SESSION_EXPIRED: "session_expired",
  CONCURRENT_OPERATION: "concurrent_operation",
  CANCELLED: "cancelled",
  REJECTED: "rejected",
  RATE_LIMITED: "rate_limited",
  INTEGRATION_ERROR: "integration_error",
  GENERIC_FAILURE: "generic_failure",
  INFORMATIONAL: "informational",
  UNKNOWN: "unknown",
} as const;
export type Category = (typeof Category)[keyof typeof Category];

/** What the catalog says about a category. */
export type CategoryInfo = CategoryDetails;
/** Every category's title, description, retryable flag, actor and recommended action. */
export const CategoryInfo: { readonly [C in Category]: CategoryDetails } = {
  success: {
    title: "Success",
    description: "The operation completed, or the object reached a good state.",
    retryable: false,
    actor: "nobody",
    action: "Continue the flow.",
    equivalents: true,
  },
  pending: {
    title: "Pending",
    description: "The operation was accepted and is still in progress; the outcome arrives later.",
    retryable: false,
    actor: "nobody",
    action: "Wait for the webhook or poll the status; do not start the operation again.",
    equivalents: true,
  },
  mfa_required: {
    title: "MFA required",
    description:
      "The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.",
    retryable: false,
    actor: "end_user",
    action: "Show the prompt and let the end user answer it; the flow continues afterwards.",
    equivalents: true,
  },
  mfa_failed: {
    title: "MFA failed",
    description:
      "An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.",
    retryable: true,
    actor: "end_user",
    action: "Ask the end user to answer the challenge again.",
    equivalents: true,
  },
  credentials_invalid: {
    title: "Credentials invalid",
    description:
      "The username, password or other login details were not accepted by the institution.",
    retryable: true,
    actor: "end_user",
    action: "Ask the end user to check and re-enter their login details.",
    equivalents: true,
  },
  attempts_exhausted: {
    title: "Attempts exhausted",
    description:
      "The end user used up the allowed attempts for a credential or authentication step.",
    retryable: false,
    actor: "end_user",
    action:
      "Stop retrying; tell the end user to wait or unlock their access with the institution before trying again.",
    equivalents: true,
  },
  reconnect_required: {
    title: "Reconnect required",
    description:
      "An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.",
    retryable: false,
    actor: "end_user",
    action: "Start the provider's reconnect or re-consent flow for the end user.",
    equivalents: true,
  },
  action_required_at_institution: {
    title: "Action required at institution",
    description:
      "The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.",
    retryable: false,
    actor: "end_user",
    action:
      "Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again.",
    equivalents: true,
  },
  user_action_required: {
    title: "User action required",
    description: "The flow is paused until the end user provides more data or documents.",
    retryable: false,
    actor: "end_user",
    action: "Ask the end user for the missing data or documents, then resume.",
    equivalents: true,
  },
  account_unavailable: {
    title: "Account unavailable",
    description: "The account is closed, deactivated or cannot be found at the institution.",
    retryable: false,
    actor: "end_user",
    action: "Ask the end user to choose another account or to contact their bank.",
    equivalents: true,
  },
  institution_unavailable: {
    title: "Institution unavailable",
    description:
      "The institution cannot be reached right now (outage, maintenance, temporary connection problem).",
    retryable: true,
    actor: "institution",
    action: "Retry later with backoff, or offer another institution.",
    equivalents: true,
  },
  institution_not_supported: {
    title: "Institution not supported",
    description: "The provider does not support connections to this institution.",
    retryable: false,
    actor: "integrator",
    action: "Offer another institution or a fallback such as document upload.",
    equivalents: true,
  },
  session_expired: {
    title: "Session expired",
    description: "The session or request identifier expired or does not exist any more.",
    retryable: true,
    actor: "end_user",
    action: "Start a new session and let the end user go through the flow again.",
    equivalents: true,
  },
  concurrent_operation: {
    title: "Concurrent operation",
    description: "Another session or operation is already using this connection.",
    retryable: true,
    actor: "integrator",
    action:
      "Wait for the other operation to finish, then try again; avoid parallel requests for one login.",
    equivalents: true,
  },
  cancelled: {
    title: "Cancelled",
    description:
      "The end user, the integrator or the provider stopped the flow before it finished.",
    retryable: true,
    actor: "end_user",
    action: "Offer the end user to start again.",
    equivalents: true,
  },
  rejected: {
    title: "Rejected",
    description: "The institution or the provider rejected the operation.",
    retryable: false,
    actor: "institution",
    action: "Show the end user that the operation was declined; do not retry it unchanged.",
    equivalents: true,
  },
  rate_limited: {
    title: "Rate limited",
    description: "Too many requests were sent in a period of time.",
    retryable: true,
    actor: "integrator",
    action: "Back off and retry later; reduce the request rate.",
    equivalents: true,
  },
  integration_error: {
    title: "Integration error",
    description:
      "The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.",
    retryable: false,
    actor: "integrator",
    action: "Fix the request or the integration; retrying unchanged will fail again.",
    equivalents: true,
  },
  generic_failure: {
    title: "Generic failure",
    description: "The operation failed without a more specific cause in this field.",
    retryable: true,
    actor: "nobody",
    action:
      "Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists.",
    equivalents: true,
  },
  informational: {
    title: "Informational",
    description:
      "The value names a thing (a permission, an event type, a flow step, a method), not an outcome.",
    retryable: false,
    actor: "nobody",
    action: "Nothing to handle; use the value for routing or logging.",
    equivalents: false,
  },
  unknown: {
    title: "Unknown",
    description:
      "A value that this version of the catalog does not know; providers add codes without notice.",
    retryable: false,
    actor: "integrator",
    action: "Keep and log the raw value, treat it as a generic failure, and update bankcodes.",
    equivalents: false,
  },
};
