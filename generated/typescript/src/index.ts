// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes: the statuses and error codes of Lean, Flinks and Argyle as typed constants.
 *
 * Every code set has an `as const` object of wire values (`LeanSecondaryStatus.INVALID_MFA`), the
 * union of its known values (`LeanSecondaryStatus`), an open type for values read from the wire
 * (`LeanSecondaryStatusOrUnknown`), a type guard (`isLeanSecondaryStatus`) and a read-only
 * metadata record (`LeanSecondaryStatusInfo`). `classify` maps any code to a cross-provider
 * category and returns "unknown" for values it does not know; it never throws.
 *
 * No enums and no side effects at load: bundlers keep only what is imported.
 */

/** The version of spec/catalog.json this file was generated from. */
export const SPEC_VERSION = "1.0.0";

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

/** Who must act when a code of a category arrives. */
export type Actor = "end_user" | "integrator" | "institution" | "nobody";

export interface CategoryInfo {
  readonly title: string;
  readonly description: string;
  /** Whether trying the same operation again soon, with at most new user input, can succeed. */
  readonly retryable: boolean;
  readonly actor: Actor;
  /** The recommended action. */
  readonly action: string;
}

export const CategoryInfo: { readonly [C in Category]: CategoryInfo } = {
  "success": { "title": "Success", "description": "The operation completed, or the object reached a good state.", "retryable": false, "actor": "nobody", "action": "Continue the flow." },
  "pending": { "title": "Pending", "description": "The operation was accepted and is still in progress; the outcome arrives later.", "retryable": false, "actor": "nobody", "action": "Wait for the webhook or poll the status; do not start the operation again." },
  "mfa_required": { "title": "MFA required", "description": "The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.", "retryable": false, "actor": "end_user", "action": "Show the prompt and let the end user answer it; the flow continues afterwards." },
  "mfa_failed": { "title": "MFA failed", "description": "An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.", "retryable": true, "actor": "end_user", "action": "Ask the end user to answer the challenge again." },
  "credentials_invalid": { "title": "Credentials invalid", "description": "The username, password or other login details were not accepted by the institution.", "retryable": true, "actor": "end_user", "action": "Ask the end user to check and re-enter their login details." },
  "attempts_exhausted": { "title": "Attempts exhausted", "description": "The end user used up the allowed attempts for a credential or authentication step.", "retryable": false, "actor": "end_user", "action": "Stop retrying; tell the end user to wait or unlock their access with the institution before trying again." },
  "reconnect_required": { "title": "Reconnect required", "description": "An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.", "retryable": false, "actor": "end_user", "action": "Start the provider's reconnect or re-consent flow for the end user." },
  "action_required_at_institution": { "title": "Action required at institution", "description": "The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.", "retryable": false, "actor": "end_user", "action": "Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again." },
  "user_action_required": { "title": "User action required", "description": "The flow is paused until the end user provides more data or documents.", "retryable": false, "actor": "end_user", "action": "Ask the end user for the missing data or documents, then resume." },
  "account_unavailable": { "title": "Account unavailable", "description": "The account is closed, deactivated or cannot be found at the institution.", "retryable": false, "actor": "end_user", "action": "Ask the end user to choose another account or to contact their bank." },
  "institution_unavailable": { "title": "Institution unavailable", "description": "The institution cannot be reached right now (outage, maintenance, temporary connection problem).", "retryable": true, "actor": "institution", "action": "Retry later with backoff, or offer another institution." },
  "institution_not_supported": { "title": "Institution not supported", "description": "The provider does not support connections to this institution.", "retryable": false, "actor": "integrator", "action": "Offer another institution or a fallback such as document upload." },
  "session_expired": { "title": "Session expired", "description": "The session or request identifier expired or does not exist any more.", "retryable": true, "actor": "end_user", "action": "Start a new session and let the end user go through the flow again." },
  "concurrent_operation": { "title": "Concurrent operation", "description": "Another session or operation is already using this connection.", "retryable": true, "actor": "integrator", "action": "Wait for the other operation to finish, then try again; avoid parallel requests for one login." },
  "cancelled": { "title": "Cancelled", "description": "The end user, the integrator or the provider stopped the flow before it finished.", "retryable": true, "actor": "end_user", "action": "Offer the end user to start again." },
  "rejected": { "title": "Rejected", "description": "The institution or the provider rejected the operation.", "retryable": false, "actor": "institution", "action": "Show the end user that the operation was declined; do not retry it unchanged." },
  "rate_limited": { "title": "Rate limited", "description": "Too many requests were sent in a period of time.", "retryable": true, "actor": "integrator", "action": "Back off and retry later; reduce the request rate." },
  "integration_error": { "title": "Integration error", "description": "The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.", "retryable": false, "actor": "integrator", "action": "Fix the request or the integration; retrying unchanged will fail again." },
  "generic_failure": { "title": "Generic failure", "description": "The operation failed without a more specific cause in this field.", "retryable": true, "actor": "nobody", "action": "Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists." },
  "informational": { "title": "Informational", "description": "The value names a thing (a permission, an event type, a flow step, a method), not an outcome.", "retryable": false, "actor": "nobody", "action": "Nothing to handle; use the value for routing or logging." },
  "unknown": { "title": "Unknown", "description": "A value that this version of the catalog does not know; providers add codes without notice.", "retryable": false, "actor": "integrator", "action": "Keep and log the raw value, treat it as a generic failure, and update bankcodes." },
};

export interface Source {
  readonly title: string;
  readonly url: string | null;
}

/** Every document the catalog's facts come from, by id. */
export const Sources = {
  "seed-000": { "title": "Lean: LinkSDK statuses", "url": "https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses" },
  "seed-001": { "title": "Flinks: Status and Flinks Code (Authorize endpoint)", "url": "https://help.flinks.com/support/solutions/articles/43000436119-status-and-flinks-code-authorize-endpoint" },
  "seed-002": { "title": "Lean: Flows Reference", "url": "https://docs.leantech.me/v2.0-KSA/docs/flows-reference" },
  "seed-003": { "title": "Argyle: Bank connection errors", "url": "https://docs.argyle.com/api-reference/bank-connection-errors" },
  "seed-004": { "title": "Flinks: Flinks Connect handled errors", "url": "https://docs.flinks.com/guides/connect/flinks-connect/handled-errors" },
  "lean-linksdk-statuses-ksa": { "title": "Lean: LinkSDK statuses, KSA (8-row version of the page)", "url": "https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses" },
  "lean-flows-reference": { "title": "Lean: Flows Reference (method index)", "url": "https://docs.leantech.me/docs/flows-reference" },
  "lean-config-reference": { "title": "Lean: Config reference", "url": "https://docs.leantech.me/docs/config-reference" },
  "lean-consent-management": { "title": "Lean: Consent management", "url": "https://docs.leantech.me/docs/consent-management" },
  "lean-consent-lifecycle": { "title": "Lean: Consent lifecycle", "url": "https://docs.leantech.me/docs/consent-lifecycle" },
  "lean-revoke-consent": { "title": "Lean: Revoke consent (API reference)", "url": "https://docs.leantech.me/reference/revokeconsent" },
  "lean-webhook-structure": { "title": "Lean: Webhook structure", "url": "https://docs.leantech.me/docs/webhook-structure" },
  "lean-webhooks": { "title": "Lean: Webhooks (signing, retries)", "url": "https://docs.leantech.me/docs/webhooks" },
  "lean-webhook-library": { "title": "Lean: Webhook library", "url": "https://docs.leantech.me/docs/webhook-library" },
  "lean-webhook-library-ksa": { "title": "Lean: Webhook library (KSA)", "url": "https://docs.leantech.me/v2.0-KSA/docs/webhook-library" },
  "lean-handle-expired-consent": { "title": "Lean: Handle expired consent (KSA)", "url": "https://docs.leantech.me/v2.0-KSA/docs/handle-expired-consent" },
  "lean-handling-reconnects": { "title": "Lean: Handling reconnects", "url": "https://docs.leantech.me/docs/handling-reconnects" },
  "lean-async-requests": { "title": "Lean: Handling asynchronous requests", "url": "https://docs.leantech.me/docs/handling-asynchronous-requests" },
  "lean-migrating-data-store": { "title": "Lean: Migrating to Data Store", "url": "https://docs.leantech.me/docs/migrating-to-data-store" },
  "lean-payment-statuses": { "title": "Lean: Payment status lifecycle", "url": "https://docs.leantech.me/docs/payment-statuses" },
  "lean-payment-lifecycle": { "title": "Lean: Payment statuses (payment lifecycle)", "url": "https://docs.leantech.me/docs/payment-lifecycle" },
  "lean-general-errors": { "title": "Lean: General errors", "url": "https://docs.leantech.me/reference/general-errors" },
  "lean-data-errors-ksa": { "title": "Lean: Data-specific errors (KSA)", "url": "https://docs.leantech.me/v2.0-KSA/reference/data-specific-errors" },
  "lean-web-ksa": { "title": "Lean: Web SDK (KSA)", "url": "https://docs.leantech.me/v2.0-KSA/docs/web" },
  "lean-web-readme-uae": { "title": "Lean: Web LinkSDK v2 README (UAE)", "url": "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/LinkSDK/README.md" },
  "lean-web-readme-ksa": { "title": "Lean: Web LinkSDK v2 README (KSA)", "url": "https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LinkSDK/README.md" },
  "lean-postman-uae-webhooks": { "title": "Lean: sample webhook payloads (UAE)", "url": "https://github.com/leantechnologies/lean-postman/tree/HEAD/UAE/Webhooks" },
  "lean-postman-ksa-webhooks": { "title": "Lean: sample webhook payloads (KSA)", "url": "https://github.com/leantechnologies/lean-postman/tree/HEAD/KSA/Webhooks" },
  "lean-rn-sdk-types": { "title": "Lean: React Native SDK types (sdk.ts)", "url": "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/sdk.ts" },
  "lean-rn-methods": { "title": "Lean: React Native SDK method configs (methods.ts)", "url": "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/methods.ts" },
  "lean-rn-enums": { "title": "Lean: React Native SDK enums (enums.ts)", "url": "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/enums.ts" },
  "lean-rn-readme": { "title": "Lean: React Native SDK README", "url": "https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/Readme.md" },
  "lean-rn-readme-legacy": { "title": "Lean: React Native SDK README (legacy callback with method)", "url": "https://github.com/leantechnologies/link-sdk-react-native/blob/08c1132b4474c0516279dcc2dd3730e1d457dc5b/Readme.md" },
  "lean-flutter-sdk": { "title": "Lean: Flutter SDK, LeanSDK class", "url": "https://pub.dev/documentation/lean_sdk_flutter/latest/lean/LeanSDK-class.html" },
  "flinks-error-codes-legacy": { "title": "Flinks: Error codes (readme-era API reference)", "url": "https://docs.flinks.com/reference/error-codes" },
  "flinks-authorize-error-codes": { "title": "Flinks: Authorize error codes (current)", "url": "https://docs.flinks.com/api/authorize/error-codes" },
  "flinks-enrich-error-codes": { "title": "Flinks: Enrich (Attributes) error codes", "url": "https://docs.flinks.com/api/enrich/error-codes" },
  "flinks-authorize-troubleshooting": { "title": "Flinks: Authorize troubleshooting", "url": "https://docs.flinks.com/api/authorize/troubleshooting" },
  "flinks-events": { "title": "Flinks: Flinks Connect events", "url": "https://docs.flinks.com/docs/events" },
  "flinks-use-event-listener": { "title": "Flinks: Use an Event Listener", "url": "https://docs.flinks.com/guides/connect/flinks-connect/use-event-listener" },
  "flinks-successful-connection": { "title": "Flinks: How to handle a successful connection", "url": "https://docs.flinks.com/docs/how-to-handle-a-successful-connection" },
  "flinks-connect-integrations": { "title": "Public Flinks Connect integrations (event names seen in their listeners)", "url": null },
  "flinks-test-institution": { "title": "Flinks: Test institution (FlinksCapital)", "url": "https://docs.flinks.com/docs/test-institution" },
  "flinks-webhooks-intro": { "title": "Flinks: Webhooks introduction", "url": "https://docs.flinks.com/guides/webhooks/introduction" },
  "flinks-kyc": { "title": "Flinks: KYC", "url": "https://docs.flinks.com/reference/kyc" },
  "flinks-hmac": { "title": "Flinks: HMAC", "url": "https://docs.flinks.com/reference/hmac" },
  "flinks-hmac-validation": { "title": "Flinks: HMAC validation guide", "url": "https://docs.flinks.com/guides/webhooks/hmac-validation" },
  "flinks-getaccountsdetail": { "title": "Flinks: GetAccountsDetail", "url": "https://docs.flinks.com/reference/getaccountsdetail" },
  "argyle-verifications": { "title": "Argyle: Verifications (object)", "url": "https://docs.argyle.com/api-reference/verifications" },
  "argyle-verifications-webhooks": { "title": "Argyle: Verifications webhooks", "url": "https://docs.argyle.com/api-reference/verifications-webhooks" },
  "argyle-webhook-updated": { "title": "Argyle: verifications.updated webhook", "url": "https://docs.argyle.com/api-reference/verifications-webhooks/updated" },
  "argyle-webhook-creation-failed": { "title": "Argyle: verifications.creation_failed webhook", "url": "https://docs.argyle.com/api-reference/verifications-webhooks/creation-failed" },
  "argyle-webhooks-guide": { "title": "Argyle: Webhooks reference", "url": "https://docs.argyle.com/guides/reference/webhooks" },
  "argyle-legacy-webhooks": { "title": "Argyle: Webhooks overview (legacy)", "url": "https://docs.argyle.com/legacy/api-reference/webhooks-overview" },
  "argyle-openapi-verifications": { "title": "Argyle Verifications API OpenAPI (api-evangelist mirror)", "url": "https://github.com/api-evangelist/argyle/blob/38aa1c12bcfb6a70a44f90c9926cb1aba9342bf6/openapi/argyle-verifications-api-openapi.yml" },
  "argyle-openapi-webhooks": { "title": "Argyle Webhooks API OpenAPI (api-evangelist mirror)", "url": "https://github.com/api-evangelist/argyle/blob/38aa1c12bcfb6a70a44f90c9926cb1aba9342bf6/openapi/argyle-webhooks-api-openapi.yml" },
} as const satisfies { readonly [id: string]: Source };
export type SourceId = keyof typeof Sources;

/** Everything the catalog says about one code. */
export interface CodeInfo {
  readonly description: string;
  /** The provider's message for the code, as sent on the wire or shown to the user. */
  readonly message: string | null;
  readonly category: Category;
  readonly retryable: boolean;
  /** What the end user should do, as the provider publishes it. */
  readonly userAction: string | null;
  readonly httpStatuses: readonly number[];
  readonly sources: readonly SourceId[];
  readonly deprecated: boolean;
  /** Other wire spellings of the same code. */
  readonly aliases: readonly string[];
}

/** LinkSDK callback status: The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code. Wire field: CallbackData.status. */
export const LeanCallbackStatus = {
  SUCCESS: "SUCCESS",
  ERROR: "ERROR",
  CANCELLED: "CANCELLED",
  REDIRECT: "REDIRECT",
  LINK_CLOSED_PROGRAMMATICALLY: "LINK_CLOSED_PROGRAMMATICALLY",
} as const;
export type LeanCallbackStatus = (typeof LeanCallbackStatus)[keyof typeof LeanCallbackStatus];
/** A LeanCallbackStatus as read from the wire: a known value or any other string. */
export type LeanCallbackStatusOrUnknown = LeanCallbackStatus | (string & {});

export const LeanCallbackStatusInfo: { readonly [V in LeanCallbackStatus]: CodeInfo } = {
  "SUCCESS": { "description": "Flow completed.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "ERROR": { "description": "Flow ended in error; inspect secondary_status for the cause.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "CANCELLED": { "description": "The customer closed the SDK before finishing.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "REDIRECT": { "description": "Control handed off to an Open Finance redirect.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "LINK_CLOSED_PROGRAMMATICALLY": { "description": "Host-page code closed the SDK.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanCallbackStatus values (alias -> value). */
export const LeanCallbackStatusAliases: { readonly [alias: string]: LeanCallbackStatus } = {
};

export function isLeanCallbackStatus(value: unknown): value is LeanCallbackStatus {
  return typeof value === "string" && (Object.values(LeanCallbackStatus) as readonly string[]).includes(value);
}

/** LinkSDK secondary status: The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart. Wire field: CallbackData.secondary_status. */
export const LeanSecondaryStatus = {
  OK: "OK",
  ACTIVE: "ACTIVE",
  ACCEPTED_BY_BANK: "ACCEPTED_BY_BANK",
  PENDING_WITH_BANK: "PENDING_WITH_BANK",
  FAILED: "FAILED",
  UNKNOWN: "UNKNOWN",
  REJECTED_BY_BANK: "REJECTED_BY_BANK",
  MFA_ATTEMPTS_EXHAUSTED: "MFA_ATTEMPTS_EXHAUSTED",
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  CREDENTIALS_UPDATE_REQUIRED: "CREDENTIALS_UPDATE_REQUIRED",
  MFA_REQUIRED: "MFA_REQUIRED",
  INVALID_MFA: "INVALID_MFA",
  REQUIRES_LOGIN_MFA: "REQUIRES_LOGIN_MFA",
  AWAITING_LOGIN_MFA_TOKEN: "AWAITING_LOGIN_MFA_TOKEN",
  INVALID_LOGIN_MFA: "INVALID_LOGIN_MFA",
  AWAITING_PAYMENT_MFA_TOKEN: "AWAITING_PAYMENT_MFA_TOKEN",
  INVALID_PAYMENT_MFA: "INVALID_PAYMENT_MFA",
  REQUIRES_BENEFICIARY_MFA: "REQUIRES_BENEFICIARY_MFA",
  INVALID_BENEFICIARY_MFA: "INVALID_BENEFICIARY_MFA",
  REQUIRES_MFA: "REQUIRES_MFA",
  AWAITING_APP_AUTH: "AWAITING_APP_AUTH",
  PENDING_BENEFICIARY_COOL_OFF: "PENDING_BENEFICIARY_COOL_OFF",
  AWAITING_END_USER_AUTHORIZATION: "AWAITING_END_USER_AUTHORIZATION",
  REQUIRES_LOGIN_SECURITY_QUESTIONS: "REQUIRES_LOGIN_SECURITY_QUESTIONS",
  INVALID_LOGIN_SECURITY_QUESTION_ANSWER: "INVALID_LOGIN_SECURITY_QUESTION_ANSWER",
  REQUIRES_BENEFICIARY_SECURITY_QUESTIONS: "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS",
  INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER: "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER",
  SECURITY_QUESTION_ATTEMPTS_EXHAUSTED: "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED",
  SECURITY_QUESTION_ANSWER_REQUIRED: "SECURITY_QUESTION_ANSWER_REQUIRED",
  INVALID_SECURITY_QUESTION_ANSWER: "INVALID_SECURITY_QUESTION_ANSWER",
  AWAITING_PAYMENT_SECURITY_QUESTIONS: "AWAITING_PAYMENT_SECURITY_QUESTIONS",
  INVALID_PAYMENT_SECURITY_ANSWERS: "INVALID_PAYMENT_SECURITY_ANSWERS",
  SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED: "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED",
  PAYMENT_SOURCE_ACCOUNT_BALANCES: "PAYMENT_SOURCE_ACCOUNT_BALANCES",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_OK: "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA: "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER: "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED: "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED: "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS",
  PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS: "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS",
  CONSENT_EXPIRED: "CONSENT_EXPIRED",
  SUCCESS: "SUCCESS",
} as const;
export type LeanSecondaryStatus = (typeof LeanSecondaryStatus)[keyof typeof LeanSecondaryStatus];
/** A LeanSecondaryStatus as read from the wire: a known value or any other string. */
export type LeanSecondaryStatusOrUnknown = LeanSecondaryStatus | (string & {});

export const LeanSecondaryStatusInfo: { readonly [V in LeanSecondaryStatus]: CodeInfo } = {
  "OK": { "description": "Successful connection", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "ACTIVE": { "description": "Successful connection", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "ACCEPTED_BY_BANK": { "description": "Bank confirmed payment initiation", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PENDING_WITH_BANK": { "description": "Payment is pending with the bank", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "FAILED": { "description": "Generic failure", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "UNKNOWN": { "description": "Generic failure", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REJECTED_BY_BANK": { "description": "Bank rejected the operation", "message": null, "category": "rejected", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "MFA_ATTEMPTS_EXHAUSTED": { "description": "User has attempted too many MFAs", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_CREDENTIALS": { "description": "User entered incorrect credentials", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "CREDENTIALS_UPDATE_REQUIRED": { "description": "User has updated their username / password", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "MFA_REQUIRED": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_MFA": { "description": "User entered an incorrect OTP", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REQUIRES_LOGIN_MFA": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "AWAITING_LOGIN_MFA_TOKEN": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_LOGIN_MFA": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "AWAITING_PAYMENT_MFA_TOKEN": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_PAYMENT_MFA": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REQUIRES_BENEFICIARY_MFA": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_BENEFICIARY_MFA": { "description": "User entered an incorrect OTP", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REQUIRES_MFA": { "description": "User needs to enter an OTP", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "AWAITING_APP_AUTH": { "description": "User needs to confirm the transaction in a third party app", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000", "lean-linksdk-statuses-ksa"], "deprecated": false, "aliases": [] },
  "PENDING_BENEFICIARY_COOL_OFF": { "description": "User's payment source is in a cool off state", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "AWAITING_END_USER_AUTHORIZATION": { "description": "User needs to approve the transaction", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REQUIRES_LOGIN_SECURITY_QUESTIONS": { "description": "User needs to enter security question(s)", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_LOGIN_SECURITY_QUESTION_ANSWER": { "description": "User entered incorrect security question answer(s)", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS": { "description": "User needs to enter security question(s)", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER": { "description": "User entered incorrect security question answer(s)", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED": { "description": "User has exhausted security question answer attempts", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "SECURITY_QUESTION_ANSWER_REQUIRED": { "description": "User needs to enter security question(s)", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_SECURITY_QUESTION_ANSWER": { "description": "User entered incorrect security question answer(s)", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "AWAITING_PAYMENT_SECURITY_QUESTIONS": { "description": "User needs to enter security question(s)", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "INVALID_PAYMENT_SECURITY_ANSWERS": { "description": "User entered incorrect security question answer(s)", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED": { "description": "User has exhausted security question answer attempts", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES": { "description": "User requested account balances", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK": { "description": "User recieved account balances", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA": { "description": "User prompted for OTP to view latest balances", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA": { "description": "User entered incorrect MFA to view latest balances", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER": { "description": "User prompted for security questions to view balances", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER": { "description": "User entered incorrect details for a security question", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED": { "description": "Lean was unable to update a user's account balances", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED": { "description": "User needs to update credentials", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS": { "description": "User entered incorrect credentials", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS": { "description": "User exhausted security question answer attempts", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS": { "description": "User exhausted OTP entry attempts", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-000"], "deprecated": false, "aliases": [] },
  "CONSENT_EXPIRED": { "description": "Consent has expired", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-linksdk-statuses-ksa"], "deprecated": false, "aliases": [] },
  "SUCCESS": { "description": "Shown as secondary_status in the legacy callback example next to method LINK.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme-legacy"], "deprecated": true, "aliases": [] },
};

/** Other wire spellings of LeanSecondaryStatus values (alias -> value). */
export const LeanSecondaryStatusAliases: { readonly [alias: string]: LeanSecondaryStatus } = {
};

export function isLeanSecondaryStatus(value: unknown): value is LeanSecondaryStatus {
  return typeof value === "string" && (Object.values(LeanSecondaryStatus) as readonly string[]).includes(value);
}

/** Legacy callback method: The method field of the legacy LinkSDK callback: which flow produced it. Absent from all current SDK typings. Wire field: CallbackData.method (legacy). */
export const LeanCallbackMethod = {
  LINK: "LINK",
  RECONNECT: "RECONNECT",
  CREATE_PAYMENT_SOURCE: "CREATE_PAYMENT_SOURCE",
  PAY: "PAY",
} as const;
export type LeanCallbackMethod = (typeof LeanCallbackMethod)[keyof typeof LeanCallbackMethod];
/** A LeanCallbackMethod as read from the wire: a known value or any other string. */
export type LeanCallbackMethodOrUnknown = LeanCallbackMethod | (string & {});

export const LeanCallbackMethodInfo: { readonly [V in LeanCallbackMethod]: CodeInfo } = {
  "LINK": { "description": "The callback comes from the link flow.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme-legacy"], "deprecated": true, "aliases": [] },
  "RECONNECT": { "description": "The callback comes from the reconnect flow.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme-legacy"], "deprecated": true, "aliases": [] },
  "CREATE_PAYMENT_SOURCE": { "description": "The callback comes from the createPaymentSource flow.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme-legacy"], "deprecated": true, "aliases": [] },
  "PAY": { "description": "The callback comes from the pay flow.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme-legacy"], "deprecated": true, "aliases": [] },
};

/** Other wire spellings of LeanCallbackMethod values (alias -> value). */
export const LeanCallbackMethodAliases: { readonly [alias: string]: LeanCallbackMethod } = {
};

export function isLeanCallbackMethod(value: unknown): value is LeanCallbackMethod {
  return typeof value === "string" && (Object.values(LeanCallbackMethod) as readonly string[]).includes(value);
}

/** User exit intent: What the end user said about a payment when leaving the SDK early. Wire field: CallbackData.user_exit_intent. */
export const LeanUserExitIntent = {
  USER_CANCELLED_PAYMENT: "USER_CANCELLED_PAYMENT",
  USER_COMPLETED_PAYMENT: "USER_COMPLETED_PAYMENT",
} as const;
export type LeanUserExitIntent = (typeof LeanUserExitIntent)[keyof typeof LeanUserExitIntent];
/** A LeanUserExitIntent as read from the wire: a known value or any other string. */
export type LeanUserExitIntentOrUnknown = LeanUserExitIntent | (string & {});

export const LeanUserExitIntentInfo: { readonly [V in LeanUserExitIntent]: CodeInfo } = {
  "USER_CANCELLED_PAYMENT": { "description": "The end user said they cancelled the payment.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme"], "deprecated": false, "aliases": [] },
  "USER_COMPLETED_PAYMENT": { "description": "The end user said they completed the payment; confirm it through the payment webhook.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-readme"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanUserExitIntent values (alias -> value). */
export const LeanUserExitIntentAliases: { readonly [alias: string]: LeanUserExitIntent } = {
};

export function isLeanUserExitIntent(value: unknown): value is LeanUserExitIntent {
  return typeof value === "string" && (Object.values(LeanUserExitIntent) as readonly string[]).includes(value);
}

/** Permission: A permission requested from the end user in the permissions config field. Wire field: config.permissions[]. */
export const LeanPermission = {
  identity: "identity",
  accounts: "accounts",
  balance: "balance",
  transactions: "transactions",
  payments: "payments",
  identities: "identities",
  beneficiaries: "beneficiaries",
  direct_debits: "direct_debits",
  standing_orders: "standing_orders",
  scheduled_payments: "scheduled_payments",
} as const;
export type LeanPermission = (typeof LeanPermission)[keyof typeof LeanPermission];
/** A LeanPermission as read from the wire: a known value or any other string. */
export type LeanPermissionOrUnknown = LeanPermission | (string & {});

export const LeanPermissionInfo: { readonly [V in LeanPermission]: CodeInfo } = {
  "identity": { "description": "Access to the end user's identity data.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "seed-002"], "deprecated": false, "aliases": [] },
  "accounts": { "description": "Access to the list of accounts.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "seed-002"], "deprecated": false, "aliases": [] },
  "balance": { "description": "Access to account balances.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "seed-002"], "deprecated": false, "aliases": [] },
  "transactions": { "description": "Access to account transactions.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "seed-002"], "deprecated": false, "aliases": [] },
  "payments": { "description": "Permission to initiate payments.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "identities": { "description": "Access to identity data (KSA).", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "beneficiaries": { "description": "Access to the account's beneficiaries.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-readme-uae"], "deprecated": false, "aliases": [] },
  "direct_debits": { "description": "Access to the account's direct debits.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-ksa"], "deprecated": false, "aliases": ["directDebits"] },
  "standing_orders": { "description": "Access to the account's standing orders.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-ksa"], "deprecated": false, "aliases": ["standingOrders"] },
  "scheduled_payments": { "description": "Access to the account's scheduled payments.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-enums", "lean-web-ksa"], "deprecated": false, "aliases": ["scheduledPayments"] },
};

/** Other wire spellings of LeanPermission values (alias -> value). */
export const LeanPermissionAliases: { readonly [alias: string]: LeanPermission } = {
  "directDebits": "direct_debits",
  "standingOrders": "standing_orders",
  "scheduledPayments": "scheduled_payments",
};

export function isLeanPermission(value: unknown): value is LeanPermission {
  return typeof value === "string" && (Object.values(LeanPermission) as readonly string[]).includes(value);
}

/** LinkSDK method: A LinkSDK method; each one is a distinct user-facing flow. Wire field: Lean.<method>(config). */
export const LeanSdkMethod = {
  connect: "connect",
  reconnect: "reconnect",
  pay: "pay",
  checkout: "checkout",
  updatePaymentSource: "updatePaymentSource",
  verifyAddress: "verifyAddress",
  authorizeConsent: "authorizeConsent",
  manageConsents: "manageConsents",
  captureRedirect: "captureRedirect",
  createBeneficiary: "createBeneficiary",
  createPaymentSource: "createPaymentSource",
  link: "link",
} as const;
export type LeanSdkMethod = (typeof LeanSdkMethod)[keyof typeof LeanSdkMethod];
/** A LeanSdkMethod as read from the wire: a known value or any other string. */
export type LeanSdkMethodOrUnknown = LeanSdkMethod | (string & {});

export const LeanSdkMethodInfo: { readonly [V in LeanSdkMethod]: CodeInfo } = {
  "connect": { "description": "Links a customer's bank account with Lean. Walks the user through bank selection, authentication, and consent for the permissions you request.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-002"], "deprecated": false, "aliases": [] },
  "reconnect": { "description": "Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password change).", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-002"], "deprecated": false, "aliases": [] },
  "pay": { "description": "Authorises a payment from the end user's account.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "checkout": { "description": "One-off guest payment authorisation (Open Finance)", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "updatePaymentSource": { "description": "Adds a payment destination as a beneficiary of an existing payment source.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "verifyAddress": { "description": "Verifies the end user's address.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "authorizeConsent": { "description": "Grant a long-lived Account-on-File consent", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "manageConsents": { "description": "Lets the end user view and manage their consents.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-management"], "deprecated": false, "aliases": [] },
  "captureRedirect": { "description": "Show the outcome screen after an Open Finance redirect", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-flows-reference", "seed-002"], "deprecated": false, "aliases": [] },
  "createBeneficiary": { "description": "Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name; everywhere else it's the deprecated alias.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-002"], "deprecated": true, "aliases": [] },
  "createPaymentSource": { "description": "Alias for connect with permissions: [\"payments\"] forced. Retained for older integrations where the customer already has data permissions and only needs payments.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-002"], "deprecated": true, "aliases": [] },
  "link": { "description": "Legacy data-only connect kept by the React Native and Flutter SDKs.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-rn-sdk-types"], "deprecated": true, "aliases": [] },
};

/** Other wire spellings of LeanSdkMethod values (alias -> value). */
export const LeanSdkMethodAliases: { readonly [alias: string]: LeanSdkMethod } = {
};

export function isLeanSdkMethod(value: unknown): value is LeanSdkMethod {
  return typeof value === "string" && (Object.values(LeanSdkMethod) as readonly string[]).includes(value);
}

/** Webhook event type: The type field of a Lean webhook, in the form object.action. Wire field: webhook.type. */
export const LeanWebhookEventType = {
  ENTITY_CREATED: "entity.created",
  ENTITY_UPDATED: "entity.updated",
  ENTITY_RECONNECTED: "entity.reconnected",
  ENTITY_DATA_REFRESH_UPDATED: "entity.data.refresh.updated",
  RESULTS_READY: "results.ready",
  PAYMENT_SOURCE_CREATED: "payment_source.created",
  PAYMENT_SOURCE_BENEFICIARY_CREATED: "payment_source.beneficiary.created",
  PAYMENT_SOURCE_BENEFICIARY_UPDATED: "payment_source.beneficiary.updated",
  PAYMENT_INTENT_CREATED: "payment_intent.created",
  PAYMENT_CREATED: "payment.created",
  PAYMENT_UPDATED: "payment.updated",
  PAYMENT_TRANSACTION: "payment.transaction",
  PAYMENT_RECONCILIATION_UPDATED: "payment.reconciliation.updated",
  BANK_AVAILABILITY_UPDATED: "bank.availability.updated",
  CONSENT_STATUS_UPDATED: "consent.status.updated",
} as const;
export type LeanWebhookEventType = (typeof LeanWebhookEventType)[keyof typeof LeanWebhookEventType];
/** A LeanWebhookEventType as read from the wire: a known value or any other string. */
export type LeanWebhookEventTypeOrUnknown = LeanWebhookEventType | (string & {});

export const LeanWebhookEventTypeInfo: { readonly [V in LeanWebhookEventType]: CodeInfo } = {
  "entity.created": { "description": "An entity (a connection to a bank) was created.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library-ksa", "lean-postman-ksa-webhooks", "lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
  "entity.updated": { "description": "An entity changed: consent change, re-connect or revocation.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library-ksa", "lean-handle-expired-consent"], "deprecated": false, "aliases": [] },
  "entity.reconnected": { "description": "An entity was reconnected; the payload carries the reconnect_id.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-handling-reconnects"], "deprecated": false, "aliases": [] },
  "entity.data.refresh.updated": { "description": "The status of a data refresh for an entity changed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-migrating-data-store", "lean-postman-ksa-webhooks", "lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
  "results.ready": { "description": "The results of an asynchronous request are ready; the payload id is the results_id.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-async-requests"], "deprecated": false, "aliases": [] },
  "payment_source.created": { "description": "A payment source was created.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library", "lean-postman-uae-webhooks"], "deprecated": true, "aliases": [] },
  "payment_source.beneficiary.created": { "description": "A beneficiary was added to a payment source.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library", "lean-postman-uae-webhooks"], "deprecated": true, "aliases": [] },
  "payment_source.beneficiary.updated": { "description": "A payment source beneficiary changed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library"], "deprecated": true, "aliases": [] },
  "payment_intent.created": { "description": "A payment intent was created.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
  "payment.created": { "description": "A payment request was created with the bank; carries the initial status, which can be intermediate or terminal.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-statuses"], "deprecated": false, "aliases": [] },
  "payment.updated": { "description": "A later status update of a payment.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-statuses"], "deprecated": false, "aliases": [] },
  "payment.transaction": { "description": "A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-lifecycle"], "deprecated": false, "aliases": [] },
  "payment.reconciliation.updated": { "description": "The reconciliation status of a payment changed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
  "bank.availability.updated": { "description": "The availability of a bank for payments or data changed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-ksa-webhooks"], "deprecated": false, "aliases": [] },
  "consent.status.updated": { "description": "The status of a consent changed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanWebhookEventType values (alias -> value). */
export const LeanWebhookEventTypeAliases: { readonly [alias: string]: LeanWebhookEventType } = {
};

export function isLeanWebhookEventType(value: unknown): value is LeanWebhookEventType {
  return typeof value === "string" && (Object.values(LeanWebhookEventType) as readonly string[]).includes(value);
}

/** Payment status: The status of a payment in the payment.created and payment.updated webhooks. Lean publishes these as examples; the list is open. Wire field: payment.created / payment.updated payload.status. */
export const LeanPaymentStatus = {
  PENDING_WITH_BANK: "PENDING_WITH_BANK",
  ACCEPTED_BY_BANK: "ACCEPTED_BY_BANK",
} as const;
export type LeanPaymentStatus = (typeof LeanPaymentStatus)[keyof typeof LeanPaymentStatus];
/** A LeanPaymentStatus as read from the wire: a known value or any other string. */
export type LeanPaymentStatusOrUnknown = LeanPaymentStatus | (string & {});

export const LeanPaymentStatusInfo: { readonly [V in LeanPaymentStatus]: CodeInfo } = {
  "PENDING_WITH_BANK": { "description": "Payment is pending with the bank", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-statuses", "seed-000"], "deprecated": false, "aliases": [] },
  "ACCEPTED_BY_BANK": { "description": "Bank confirmed payment initiation", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-statuses", "seed-000"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanPaymentStatus values (alias -> value). */
export const LeanPaymentStatusAliases: { readonly [alias: string]: LeanPaymentStatus } = {
};

export function isLeanPaymentStatus(value: unknown): value is LeanPaymentStatus {
  return typeof value === "string" && (Object.values(LeanPaymentStatus) as readonly string[]).includes(value);
}

/** Payment lifecycle status: The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED. Wire field: payment.transaction payload.status. */
export const LeanPaymentLifecycleStatus = {
  CREATED: "CREATED",
  PROCESSING: "PROCESSING",
  PROCESSED: "PROCESSED",
  FAILED: "FAILED",
} as const;
export type LeanPaymentLifecycleStatus = (typeof LeanPaymentLifecycleStatus)[keyof typeof LeanPaymentLifecycleStatus];
/** A LeanPaymentLifecycleStatus as read from the wire: a known value or any other string. */
export type LeanPaymentLifecycleStatusOrUnknown = LeanPaymentLifecycleStatus | (string & {});

export const LeanPaymentLifecycleStatusInfo: { readonly [V in LeanPaymentLifecycleStatus]: CodeInfo } = {
  "CREATED": { "description": "An internal transaction record has been created, but no interaction with the bank has occurred yet.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-lifecycle"], "deprecated": false, "aliases": [] },
  "PROCESSING": { "description": "The transaction has been submitted or is being attempted at the bank.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-lifecycle"], "deprecated": false, "aliases": [] },
  "PROCESSED": { "description": "The final successful state.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-lifecycle"], "deprecated": false, "aliases": [] },
  "FAILED": { "description": "The final unsuccessful state.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-payment-lifecycle"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanPaymentLifecycleStatus values (alias -> value). */
export const LeanPaymentLifecycleStatusAliases: { readonly [alias: string]: LeanPaymentLifecycleStatus } = {
};

export function isLeanPaymentLifecycleStatus(value: unknown): value is LeanPaymentLifecycleStatus {
  return typeof value === "string" && (Object.values(LeanPaymentLifecycleStatus) as readonly string[]).includes(value);
}

/** Payment source status: The status of a payment source or beneficiary in the payment_source webhooks. Wire field: payment_source.* payload.status. */
export const LeanPaymentSourceStatus = {
  AWAITING_BENEFICIARY_COOL_OFF: "AWAITING_BENEFICIARY_COOL_OFF",
  ACTIVE: "ACTIVE",
} as const;
export type LeanPaymentSourceStatus = (typeof LeanPaymentSourceStatus)[keyof typeof LeanPaymentSourceStatus];
/** A LeanPaymentSourceStatus as read from the wire: a known value or any other string. */
export type LeanPaymentSourceStatusOrUnknown = LeanPaymentSourceStatus | (string & {});

export const LeanPaymentSourceStatusInfo: { readonly [V in LeanPaymentSourceStatus]: CodeInfo } = {
  "AWAITING_BENEFICIARY_COOL_OFF": { "description": "The beneficiary is in its cool-off period before it can be paid.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library", "lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
  "ACTIVE": { "description": "The payment source or beneficiary is active.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-webhook-library", "lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanPaymentSourceStatus values (alias -> value). */
export const LeanPaymentSourceStatusAliases: { readonly [alias: string]: LeanPaymentSourceStatus } = {
};

export function isLeanPaymentSourceStatus(value: unknown): value is LeanPaymentSourceStatus {
  return typeof value === "string" && (Object.values(LeanPaymentSourceStatus) as readonly string[]).includes(value);
}

/** Payment intent status: The status of a payment intent in the payment_intent.created webhook. Wire field: payment_intent.created payload.status. */
export const LeanPaymentIntentStatus = {
  INTENT_CREATED: "INTENT_CREATED",
} as const;
export type LeanPaymentIntentStatus = (typeof LeanPaymentIntentStatus)[keyof typeof LeanPaymentIntentStatus];
/** A LeanPaymentIntentStatus as read from the wire: a known value or any other string. */
export type LeanPaymentIntentStatusOrUnknown = LeanPaymentIntentStatus | (string & {});

export const LeanPaymentIntentStatusInfo: { readonly [V in LeanPaymentIntentStatus]: CodeInfo } = {
  "INTENT_CREATED": { "description": "The payment intent was created.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanPaymentIntentStatus values (alias -> value). */
export const LeanPaymentIntentStatusAliases: { readonly [alias: string]: LeanPaymentIntentStatus } = {
};

export function isLeanPaymentIntentStatus(value: unknown): value is LeanPaymentIntentStatus {
  return typeof value === "string" && (Object.values(LeanPaymentIntentStatus) as readonly string[]).includes(value);
}

/** Payment reconciliation status: The status in the payment.reconciliation.updated webhook. Wire field: payment.reconciliation.updated payload.status. */
export const LeanReconciliationStatus = {
  RECONCILED: "RECONCILED",
} as const;
export type LeanReconciliationStatus = (typeof LeanReconciliationStatus)[keyof typeof LeanReconciliationStatus];
/** A LeanReconciliationStatus as read from the wire: a known value or any other string. */
export type LeanReconciliationStatusOrUnknown = LeanReconciliationStatus | (string & {});

export const LeanReconciliationStatusInfo: { readonly [V in LeanReconciliationStatus]: CodeInfo } = {
  "RECONCILED": { "description": "The payment was reconciled.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanReconciliationStatus values (alias -> value). */
export const LeanReconciliationStatusAliases: { readonly [alias: string]: LeanReconciliationStatus } = {
};

export function isLeanReconciliationStatus(value: unknown): value is LeanReconciliationStatus {
  return typeof value === "string" && (Object.values(LeanReconciliationStatus) as readonly string[]).includes(value);
}

/** Data refresh status: The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value. Wire field: entity.data.refresh.updated payload.status. */
export const LeanDataRefreshStatus = {
  PENDING: "PENDING",
  FINISHED: "FINISHED",
  OK: "OK",
} as const;
export type LeanDataRefreshStatus = (typeof LeanDataRefreshStatus)[keyof typeof LeanDataRefreshStatus];
/** A LeanDataRefreshStatus as read from the wire: a known value or any other string. */
export type LeanDataRefreshStatusOrUnknown = LeanDataRefreshStatus | (string & {});

export const LeanDataRefreshStatusInfo: { readonly [V in LeanDataRefreshStatus]: CodeInfo } = {
  "PENDING": { "description": "The data refresh has started and is not finished.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-migrating-data-store"], "deprecated": false, "aliases": [] },
  "FINISHED": { "description": "The data refresh finished.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-migrating-data-store", "lean-postman-ksa-webhooks"], "deprecated": false, "aliases": [] },
  "OK": { "description": "The data refresh finished (UAE sample payload).", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-postman-uae-webhooks"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanDataRefreshStatus values (alias -> value). */
export const LeanDataRefreshStatusAliases: { readonly [alias: string]: LeanDataRefreshStatus } = {
};

export function isLeanDataRefreshStatus(value: unknown): value is LeanDataRefreshStatus {
  return typeof value === "string" && (Object.values(LeanDataRefreshStatus) as readonly string[]).includes(value);
}

/** Data API status: The top-level status of a Data API response. Wire field: Data API response.status. */
export const LeanDataApiStatus = {
  OK: "OK",
  PENDING: "PENDING",
  RECONNECT_REQUIRED: "RECONNECT_REQUIRED",
  CONSENT_EXPIRED: "CONSENT_EXPIRED",
  FAILED: "FAILED",
} as const;
export type LeanDataApiStatus = (typeof LeanDataApiStatus)[keyof typeof LeanDataApiStatus];
/** A LeanDataApiStatus as read from the wire: a known value or any other string. */
export type LeanDataApiStatusOrUnknown = LeanDataApiStatus | (string & {});

export const LeanDataApiStatusInfo: { readonly [V in LeanDataApiStatus]: CodeInfo } = {
  "OK": { "description": "The request succeeded and the data is in the response.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa", "lean-handling-reconnects", "lean-async-requests"], "deprecated": false, "aliases": [] },
  "PENDING": { "description": "The data is not ready; the response carries a results_id and a results.ready webhook follows.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-async-requests"], "deprecated": false, "aliases": [] },
  "RECONNECT_REQUIRED": { "description": "The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-handling-reconnects"], "deprecated": false, "aliases": [] },
  "CONSENT_EXPIRED": { "description": "The consent behind the entity has expired.", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-handle-expired-consent"], "deprecated": false, "aliases": [] },
  "FAILED": { "description": "The request failed; granular_status_code and status_additional_info say why.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanDataApiStatus values (alias -> value). */
export const LeanDataApiStatusAliases: { readonly [alias: string]: LeanDataApiStatus } = {
};

export function isLeanDataApiStatus(value: unknown): value is LeanDataApiStatus {
  return typeof value === "string" && (Object.values(LeanDataApiStatus) as readonly string[]).includes(value);
}

/** Data API granular status code: The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved. Wire field: Data API response.granular_status_code. */
export const LeanGranularStatusCode = {
  UNSEEN_BANK_ERROR: "UNSEEN_BANK_ERROR",
  BANK_MAINTENANCE: "BANK_MAINTENANCE",
  BANK_ISSUE: "BANK_ISSUE",
  LEAN_ERROR: "LEAN_ERROR",
  DISABLED_BY_LEAN: "DISABLED_BY_LEAN",
  DISABLED_BY_CLIENT: "DISABLED_BY_CLIENT",
  DUPLICATED_REQUEST: "DUPLICATED_REQUEST",
} as const;
export type LeanGranularStatusCode = (typeof LeanGranularStatusCode)[keyof typeof LeanGranularStatusCode];
/** A LeanGranularStatusCode as read from the wire: a known value or any other string. */
export type LeanGranularStatusCodeOrUnknown = LeanGranularStatusCode | (string & {});

export const LeanGranularStatusCodeInfo: { readonly [V in LeanGranularStatusCode]: CodeInfo } = {
  "UNSEEN_BANK_ERROR": { "description": "The bank returned an error Lean has not seen before.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "BANK_MAINTENANCE": { "description": "The bank is under maintenance.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "BANK_ISSUE": { "description": "The bank has an issue.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "LEAN_ERROR": { "description": "An error on Lean's side.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "DISABLED_BY_LEAN": { "description": "Disabled by Lean.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "DISABLED_BY_CLIENT": { "description": "Disabled by the client (the integrator).", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
  "DUPLICATED_REQUEST": { "description": "The same request was already made.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-data-errors-ksa"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanGranularStatusCode values (alias -> value). */
export const LeanGranularStatusCodeAliases: { readonly [alias: string]: LeanGranularStatusCode } = {
};

export function isLeanGranularStatusCode(value: unknown): value is LeanGranularStatusCode {
  return typeof value === "string" && (Object.values(LeanGranularStatusCode) as readonly string[]).includes(value);
}

/** API error status: The status of a general error response of the Lean API. The published table is longer than the part that could be retrieved. Wire field: API response.status. */
export const LeanApiErrorStatus = {
  CERTIFICATE_TOKEN_MISMATCH: "CERTIFICATE_TOKEN_MISMATCH",
  CUSTOMER_ALREADY_EXISTS: "CUSTOMER_ALREADY_EXISTS",
  INCORRECT_ACCESS_LEVEL: "INCORRECT_ACCESS_LEVEL",
  INSUFFICIENT_ACCESS_LEVEL: "INSUFFICIENT_ACCESS_LEVEL",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  INVALID_CERTIFICATE: "INVALID_CERTIFICATE",
  INVALID_HTTP_METHOD: "INVALID_HTTP_METHOD",
  INVALID_PARAMETERS: "INVALID_PARAMETERS",
  INVALID_URL: "INVALID_URL",
  MISSING_PARAMETERS: "MISSING_PARAMETERS",
  RATE_LIMIT_EXCEEDED: "RATE_LIMIT_EXCEEDED",
} as const;
export type LeanApiErrorStatus = (typeof LeanApiErrorStatus)[keyof typeof LeanApiErrorStatus];
/** A LeanApiErrorStatus as read from the wire: a known value or any other string. */
export type LeanApiErrorStatusOrUnknown = LeanApiErrorStatus | (string & {});

export const LeanApiErrorStatusInfo: { readonly [V in LeanApiErrorStatus]: CodeInfo } = {
  "CERTIFICATE_TOKEN_MISMATCH": { "description": "The mTLS certificate used for the API call is a valid certificate issued by Lean but does not match the certificate that is assigned to the application token you have provided in the header.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "CUSTOMER_ALREADY_EXISTS": { "description": "A Lean customer object already exists for the app_user_id you have provided.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [409], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INCORRECT_ACCESS_LEVEL": { "description": "You are making a call to a service that you do not have the correct access permission levels for.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [403], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INSUFFICIENT_ACCESS_LEVEL": { "description": "You are making a call to the production endpoint whereas your application only has access to the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of api.leantech.me/foo.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [403], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INTERNAL_SERVER_ERROR": { "description": "This one's on us. Something has gone wrong in our system and you should let us know.", "message": null, "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [500], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INVALID_CERTIFICATE": { "description": "The provided certificate is not valid.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [403], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INVALID_HTTP_METHOD": { "description": "The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a GET instead of a POST or vice versa.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [405], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INVALID_PARAMETERS": { "description": "One or more parameters specified in the request body were invalid. This could be an unrecognized or misspelled key or an ill formatted value.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [400], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "INVALID_URL": { "description": "The URL specified for this request is invalid. Double check the spelling and whether you used the plural or singular of a noun.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [404], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "MISSING_PARAMETERS": { "description": "A parameter required for this request was not specified.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [400], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
  "RATE_LIMIT_EXCEEDED": { "description": "Too many requests were sent in a period of time.", "message": null, "category": "rate_limited", "retryable": true, "userAction": null, "httpStatuses": [429], "sources": ["lean-general-errors"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanApiErrorStatus values (alias -> value). */
export const LeanApiErrorStatusAliases: { readonly [alias: string]: LeanApiErrorStatus } = {
};

export function isLeanApiErrorStatus(value: unknown): value is LeanApiErrorStatus {
  return typeof value === "string" && (Object.values(LeanApiErrorStatus) as readonly string[]).includes(value);
}

/** Consent status: The status of an Open Finance consent, reported by consent.status.updated. Wire field: consent.status.updated payload.status. */
export const LeanConsentStatus = {
  AWAITING_AUTHORISATION: "AWAITING_AUTHORISATION",
  AUTHORISED: "AUTHORISED",
  REVOKED: "REVOKED",
  REJECTED: "REJECTED",
  EXPIRED: "EXPIRED",
  CONSUMED: "CONSUMED",
  SUSPENDED: "SUSPENDED",
} as const;
export type LeanConsentStatus = (typeof LeanConsentStatus)[keyof typeof LeanConsentStatus];
/** A LeanConsentStatus as read from the wire: a known value or any other string. */
export type LeanConsentStatusOrUnknown = LeanConsentStatus | (string & {});

export const LeanConsentStatusInfo: { readonly [V in LeanConsentStatus]: CodeInfo } = {
  "AWAITING_AUTHORISATION": { "description": "The consent was created and waits for the end user to authorise it.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "AUTHORISED": { "description": "The end user authorised the consent.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "REVOKED": { "description": "The consent was revoked.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "REJECTED": { "description": "The consent was rejected.", "message": null, "category": "rejected", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "EXPIRED": { "description": "The consent expired.", "message": null, "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "CONSUMED": { "description": "A single-use consent was used.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
  "SUSPENDED": { "description": "The consent was suspended.", "message": null, "category": "rejected", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-consent-lifecycle", "lean-consent-management"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanConsentStatus values (alias -> value). */
export const LeanConsentStatusAliases: { readonly [alias: string]: LeanConsentStatus } = {
};

export function isLeanConsentStatus(value: unknown): value is LeanConsentStatus {
  return typeof value === "string" && (Object.values(LeanConsentStatus) as readonly string[]).includes(value);
}

/** Consent revocation reason: The reason given when revoking a consent through the API. Wire field: revoke consent request.reason. */
export const LeanConsentRevocationReason = {
  END_USER_REQUESTED: "END_USER_REQUESTED",
  CONSENT_RENEWAL: "CONSENT_RENEWAL",
  KYC_VERIFICATION_FAILED: "KYC_VERIFICATION_FAILED",
  REGULATORY_RESTRICTION: "REGULATORY_RESTRICTION",
  FRAUD_SUSPECTED: "FRAUD_SUSPECTED",
  CLIENT_TERMINATED_RELATIONSHIP: "CLIENT_TERMINATED_RELATIONSHIP",
  ACCOUNT_CLOSED_BY_USER: "ACCOUNT_CLOSED_BY_USER",
  DUPLICATE_CONSENT: "DUPLICATE_CONSENT",
} as const;
export type LeanConsentRevocationReason = (typeof LeanConsentRevocationReason)[keyof typeof LeanConsentRevocationReason];
/** A LeanConsentRevocationReason as read from the wire: a known value or any other string. */
export type LeanConsentRevocationReasonOrUnknown = LeanConsentRevocationReason | (string & {});

export const LeanConsentRevocationReasonInfo: { readonly [V in LeanConsentRevocationReason]: CodeInfo } = {
  "END_USER_REQUESTED": { "description": "The end user asked for the revocation.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "CONSENT_RENEWAL": { "description": "The consent is being replaced by a renewed one.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "KYC_VERIFICATION_FAILED": { "description": "Know-your-customer verification failed.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "REGULATORY_RESTRICTION": { "description": "A regulatory restriction applies.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "FRAUD_SUSPECTED": { "description": "Fraud is suspected.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "CLIENT_TERMINATED_RELATIONSHIP": { "description": "The client ended its relationship with the end user.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "ACCOUNT_CLOSED_BY_USER": { "description": "The end user closed the account.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
  "DUPLICATE_CONSENT": { "description": "The consent duplicates another one.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["lean-revoke-consent"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of LeanConsentRevocationReason values (alias -> value). */
export const LeanConsentRevocationReasonAliases: { readonly [alias: string]: LeanConsentRevocationReason } = {
};

export function isLeanConsentRevocationReason(value: unknown): value is LeanConsentRevocationReason {
  return typeof value === "string" && (Object.values(LeanConsentRevocationReason) as readonly string[]).includes(value);
}

/** API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error. Wire field: API response.FlinksCode. */
export const FlinksApiErrorCode = {
  OK: "OK",
  CREATED: "CREATED",
  OPERATION_PENDING: "OPERATION_PENDING",
  OPERATION_DISPATCHED: "OPERATION_DISPATCHED",
  INVALID_LOGIN: "INVALID_LOGIN",
  INVALID_REQUEST: "INVALID_REQUEST",
  SESSION_NONEXISTENT: "SESSION_NONEXISTENT",
  CARD_IN_USE: "CARD_IN_USE",
  ACCESS_DENIED: "ACCESS_DENIED",
  INVALID_USERNAME: "INVALID_USERNAME",
  INVALID_PASSWORD: "INVALID_PASSWORD",
  INVALID_SECURITY_RESPONSE: "INVALID_SECURITY_RESPONSE",
  INVALID_SECURITY_RESPONSE_NO_RETRY: "INVALID_SECURITY_RESPONSE_NO_RETRY",
  QUESTION_NOT_FOUND: "QUESTION_NOT_FOUND",
  RETRY_LATER: "RETRY_LATER",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UNKNOWN_CHALLENGE_KEY: "UNKNOWN_CHALLENGE_KEY",
  CONCURRENT_SESSION: "CONCURRENT_SESSION",
  UNAUTHORIZED: "UNAUTHORIZED",
  DISABLED_LOGIN: "DISABLED_LOGIN",
  NEW_ACCOUNT: "NEW_ACCOUNT",
  SESSION_EXPIRED: "SESSION_EXPIRED",
  ALREADY_AUTHORIZED: "ALREADY_AUTHORIZED",
  SECURITYRESPONSES_INCOMPLETE: "SECURITYRESPONSES_INCOMPLETE",
  AGGREGATION_ERROR: "AGGREGATION_ERROR",
  DISABLED_INSTITUTION: "DISABLED_INSTITUTION",
} as const;
export type FlinksApiErrorCode = (typeof FlinksApiErrorCode)[keyof typeof FlinksApiErrorCode];
/** A FlinksApiErrorCode as read from the wire: a known value or any other string. */
export type FlinksApiErrorCodeOrUnknown = FlinksApiErrorCode | (string & {});

export const FlinksApiErrorCodeInfo: { readonly [V in FlinksApiErrorCode]: CodeInfo } = {
  "OK": { "description": "The connection was successful.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [200], "sources": ["seed-001", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "CREATED": { "description": "The request created a resource.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [201], "sources": ["flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "OPERATION_PENDING": { "description": "The process is ongoing in the background. At this point your flow must change to the async endpoint", "message": "Your operation is still processing.", "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [202], "sources": ["seed-001", "flinks-authorize-error-codes", "flinks-test-institution"], "deprecated": false, "aliases": [] },
  "OPERATION_DISPATCHED": { "description": "Your sync request took more than 210 seconds and it was dispatched in the background.", "message": "Your operations had been dispatched to background process for long running jobs", "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [202], "sources": ["seed-001", "flinks-authorize-error-codes", "flinks-test-institution"], "deprecated": false, "aliases": [] },
  "INVALID_LOGIN": { "description": "The provided credentials are incorrect.", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should verify and re-enter their login details.", "httpStatuses": [400, 401], "sources": ["seed-001", "seed-004", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "INVALID_REQUEST": { "description": "Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)", "message": "Message returned will depend on the error (e.g. missing value, incorrect syntax, etc.)", "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [400, 401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "SESSION_NONEXISTENT": { "description": "A request was made with an expired RequestId", "message": "Inputs session id or card if were not found.", "category": "session_expired", "retryable": true, "userAction": null, "httpStatuses": [400], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "CARD_IN_USE": { "description": "An operation was requested while the account is still being processed.", "message": null, "category": "concurrent_operation", "retryable": true, "userAction": null, "httpStatuses": [400], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "ACCESS_DENIED": { "description": "Access to the requested resource was denied.", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "INVALID_USERNAME": { "description": "The username provided was different from what the bank expected", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their username.", "httpStatuses": [401], "sources": ["seed-001", "seed-004"], "deprecated": false, "aliases": [] },
  "INVALID_PASSWORD": { "description": "The password provided was different from what the bank expected", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their password.", "httpStatuses": [401], "sources": ["seed-001", "seed-004"], "deprecated": false, "aliases": [] },
  "INVALID_SECURITY_RESPONSE": { "description": "The MFA response provided was different from what the bank expected", "message": null, "category": "mfa_failed", "retryable": true, "userAction": "Customer should try answering the security question again.", "httpStatuses": [401], "sources": ["seed-001", "seed-004", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "INVALID_SECURITY_RESPONSE_NO_RETRY": { "description": "The MFA response was wrong and the challenge cannot be answered again.", "message": null, "category": "attempts_exhausted", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["flinks-error-codes-legacy"], "deprecated": false, "aliases": [] },
  "QUESTION_NOT_FOUND": { "description": "The MFA prompt doesn't have a stored answer", "message": null, "category": "mfa_required", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "RETRY_LATER": { "description": "Flinks was not able to open a connection with the selected financial institution", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try again later.", "httpStatuses": [401, 400], "sources": ["seed-001", "seed-004", "flinks-test-institution"], "deprecated": false, "aliases": [] },
  "TOO_MANY_REQUESTS": { "description": "Too many requests were sent in a period of time.", "message": null, "category": "rate_limited", "retryable": true, "userAction": null, "httpStatuses": [401], "sources": ["flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "UNKNOWN_CHALLENGE_KEY": { "description": "The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.", "message": "One or more of the Security Challenge Prompts required are missing in the provided response", "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "CONCURRENT_SESSION": { "description": "Another session is already opened with this LoginId", "message": null, "category": "concurrent_operation", "retryable": true, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "UNAUTHORIZED": { "description": "The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized", "message": "You need to be authorized in the bank account before going further.", "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-authorize-troubleshooting"], "deprecated": false, "aliases": [] },
  "DISABLED_LOGIN": { "description": "The account has been deactivated by the financial institution. The account holder must contact their bank", "message": null, "category": "account_unavailable", "retryable": false, "userAction": "Customer must contact their bank to reactivate the account.", "httpStatuses": [401], "sources": ["seed-001", "seed-004", "flinks-test-institution"], "deprecated": false, "aliases": [] },
  "NEW_ACCOUNT": { "description": "The end user must take action directly on their online banking before connecting and account with Flinks", "message": null, "category": "action_required_at_institution", "retryable": false, "userAction": "Customer should log in to their bank website first (e.g., accept terms).", "httpStatuses": [401], "sources": ["seed-001", "seed-004"], "deprecated": false, "aliases": [] },
  "SESSION_EXPIRED": { "description": "The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing", "message": null, "category": "session_expired", "retryable": true, "userAction": null, "httpStatuses": [401, 400], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "ALREADY_AUTHORIZED": { "description": "When the /Authorize endpoint is called after the user has already been authorized", "message": null, "category": "integration_error", "retryable": false, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "SECURITYRESPONSES_INCOMPLETE": { "description": "Not all the prompted MFA questions had answers in the reponse request", "message": null, "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [401], "sources": ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"], "deprecated": false, "aliases": [] },
  "AGGREGATION_ERROR": { "description": "Flinks encountered an unexpected error during processing.", "message": null, "category": "generic_failure", "retryable": true, "userAction": "Customer should try again. If the issue persists, contact support.", "httpStatuses": [500], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "DISABLED_INSTITUTION": { "description": "The selected financial institution is not currently available.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try a different institution or try again later.", "httpStatuses": [405], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of FlinksApiErrorCode values (alias -> value). */
export const FlinksApiErrorCodeAliases: { readonly [alias: string]: FlinksApiErrorCode } = {
};

export function isFlinksApiErrorCode(value: unknown): value is FlinksApiErrorCode {
  return typeof value === "string" && (Object.values(FlinksApiErrorCode) as readonly string[]).includes(value);
}

/** Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer. Wire field: message event data.flinksCode. */
export const FlinksConnectError = {
  INVALID_USERNAME: "INVALID_USERNAME",
  INVALID_PASSWORD: "INVALID_PASSWORD",
  INVALID_LOGIN: "INVALID_LOGIN",
  INVALID_SECURITY_RESPONSE: "INVALID_SECURITY_RESPONSE",
  RETRY_LATER: "RETRY_LATER",
  UNAUTHORIZED: "UNAUTHORIZED",
  NEW_ACCOUNT: "NEW_ACCOUNT",
  AGGREGATION_ERROR: "AGGREGATION_ERROR",
  DISABLED_INSTITUTION: "DISABLED_INSTITUTION",
  DISABLED_LOGIN: "DISABLED_LOGIN",
} as const;
export type FlinksConnectError = (typeof FlinksConnectError)[keyof typeof FlinksConnectError];
/** A FlinksConnectError as read from the wire: a known value or any other string. */
export type FlinksConnectErrorOrUnknown = FlinksConnectError | (string & {});

export const FlinksConnectErrorInfo: { readonly [V in FlinksConnectError]: CodeInfo } = {
  "INVALID_USERNAME": { "description": "The username provided was different from what the bank expected.", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their username.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "INVALID_PASSWORD": { "description": "The password provided was different from what the bank expected.", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their password.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "INVALID_LOGIN": { "description": "The provided credentials are incorrect.", "message": null, "category": "credentials_invalid", "retryable": true, "userAction": "Customer should verify and re-enter their login details.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "INVALID_SECURITY_RESPONSE": { "description": "The MFA response provided was different from what the bank expected.", "message": null, "category": "mfa_failed", "retryable": true, "userAction": "Customer should try answering the security question again.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "RETRY_LATER": { "description": "Flinks was unable to open a connection with the financial institution.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try again later.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "UNAUTHORIZED": { "description": "The institution did not authorize access.", "message": null, "category": "action_required_at_institution", "retryable": false, "userAction": "Customer may need to complete additional steps on their bank’s website.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "NEW_ACCOUNT": { "description": "The customer must take action directly on their online banking before connecting.", "message": null, "category": "action_required_at_institution", "retryable": false, "userAction": "Customer should log in to their bank website first (e.g., accept terms).", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "AGGREGATION_ERROR": { "description": "Flinks encountered an unexpected error during processing.", "message": null, "category": "generic_failure", "retryable": true, "userAction": "Customer should try again. If the issue persists, contact support.", "httpStatuses": [500], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "DISABLED_INSTITUTION": { "description": "The selected financial institution is not currently available.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try a different institution or try again later.", "httpStatuses": [405], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
  "DISABLED_LOGIN": { "description": "The account has been deactivated by the financial institution.", "message": null, "category": "account_unavailable", "retryable": false, "userAction": "Customer must contact their bank to reactivate the account.", "httpStatuses": [401], "sources": ["seed-004"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of FlinksConnectError values (alias -> value). */
export const FlinksConnectErrorAliases: { readonly [alias: string]: FlinksConnectError } = {
};

export function isFlinksConnectError(value: unknown): value is FlinksConnectError {
  return typeof value === "string" && (Object.values(FlinksConnectError) as readonly string[]).includes(value);
}

/** Flinks Connect step event: The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience. Wire field: message event data.step. */
export const FlinksConnectStep = {
  APP_MOUNTED: "APP_MOUNTED",
  APP_ONLINE: "APP_ONLINE",
  APP_OFFLINE: "APP_OFFLINE",
  APP_RESIZE: "APP_RESIZE",
  ACCOUNT_SELECTED: "ACCOUNT_SELECTED",
  COMPONENT_ACCEPT_CONSENT: "COMPONENT_ACCEPT_CONSENT",
  COMPONENT_ACCEPT_PROVIDER_CONSENT: "COMPONENT_ACCEPT_PROVIDER_CONSENT",
  COMPONENT_ACCEPT_TERMS: "COMPONENT_ACCEPT_TERMS",
  COMPONENT_CLICK_RESET_PASSWORD: "COMPONENT_CLICK_RESET_PASSWORD",
  COMPONENT_CLICK_TERMS_URL: "COMPONENT_CLICK_TERMS_URL",
  COMPONENT_CLOSE_SESSION: "COMPONENT_CLOSE_SESSION",
  COMPONENT_DENY_CONSENT: "COMPONENT_DENY_CONSENT",
  COMPONENT_DENY_TERMS: "COMPONENT_DENY_TERMS",
  COMPONENT_HELP2FA_INFO: "COMPONENT_HELP2FA_INFO",
  COMPONENT_HELP2FA_TROUBLESHOOTING: "COMPONENT_HELP2FA_TROUBLESHOOTING",
  COMPONENT_LOAD_ACCOUNT_SELECTION: "COMPONENT_LOAD_ACCOUNT_SELECTION",
  COMPONENT_LOAD_CONSENT: "COMPONENT_LOAD_CONSENT",
  COMPONENT_LOAD_CREDENTIAL: "COMPONENT_LOAD_CREDENTIAL",
  COMPONENT_LOAD_CREDENTIAL_RETRY: "COMPONENT_LOAD_CREDENTIAL_RETRY",
  COMPONENT_LOAD_INSTITUTION_SELECTOR: "COMPONENT_LOAD_INSTITUTION_SELECTOR",
  COMPONENT_LOAD_MFA: "COMPONENT_LOAD_MFA",
  COMPONENT_LOAD_MFA_RETRY: "COMPONENT_LOAD_MFA_RETRY",
  DISABLED_INSTITUTION: "DISABLED_INSTITUTION",
  ENHANCED_MFA_HAS_QUESTIONS: "ENHANCED_MFA_HAS_QUESTIONS",
  ENHANCED_MFA_NO_QUESTIONS: "ENHANCED_MFA_NO_QUESTIONS",
  INSTITUTION_SELECTED: "INSTITUTION_SELECTED",
  SUBMIT_CREDENTIAL: "SUBMIT_CREDENTIAL",
  SUBMIT_MFA: "SUBMIT_MFA",
  REDIRECT: "REDIRECT",
  TOKEN_INVALID: "TOKEN_INVALID",
} as const;
export type FlinksConnectStep = (typeof FlinksConnectStep)[keyof typeof FlinksConnectStep];
/** A FlinksConnectStep as read from the wire: a known value or any other string. */
export type FlinksConnectStepOrUnknown = FlinksConnectStep | (string & {});

export const FlinksConnectStepInfo: { readonly [V in FlinksConnectStep]: CodeInfo } = {
  "APP_MOUNTED": { "description": "Flinks Connect has retrieved configuration values from the API, and has successfully loaded.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "APP_ONLINE": { "description": "The internet connection was restored.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "APP_OFFLINE": { "description": "The internet connection was lost.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "APP_RESIZE": { "description": "The Flinks Connect frame changed size.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "ACCOUNT_SELECTED": { "description": "The user selects an account.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_ACCEPT_CONSENT": { "description": "The user accepts to give consent.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_ACCEPT_PROVIDER_CONSENT": { "description": "The user accepts the data provider's consent.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_ACCEPT_TERMS": { "description": "The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_CLICK_RESET_PASSWORD": { "description": "The user clicks on the Reset Password button.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_CLICK_TERMS_URL": { "description": "The user clicks on the terms and conditions link.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_CLOSE_SESSION": { "description": "The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_DENY_CONSENT": { "description": "The user denies consent.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_DENY_TERMS": { "description": "The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_HELP2FA_INFO": { "description": "When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_HELP2FA_TROUBLESHOOTING": { "description": "When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_ACCOUNT_SELECTION": { "description": "When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_CONSENT": { "description": "The consent page is loaded using the parameter consentEnable=true", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_CREDENTIAL": { "description": "The user is faced with a prompt for FI username and password.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_CREDENTIAL_RETRY": { "description": "The user clicks on retry after an authorize error", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_INSTITUTION_SELECTOR": { "description": "The FI list page is loaded", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_MFA": { "description": "The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "COMPONENT_LOAD_MFA_RETRY": { "description": "The user clicks on retry after a failed MFA challenge.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "DISABLED_INSTITUTION": { "description": "An Institution is disabled.", "message": null, "category": "institution_unavailable", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "ENHANCED_MFA_HAS_QUESTIONS": { "description": "When there is unanswered question using enhancedMFA=true", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "ENHANCED_MFA_NO_QUESTIONS": { "description": "With enhancedMFA=true, every question has an answer.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-events", "flinks-use-event-listener"], "deprecated": false, "aliases": [] },
  "INSTITUTION_SELECTED": { "description": "The user selected an institution.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-connect-integrations"], "deprecated": false, "aliases": [] },
  "SUBMIT_CREDENTIAL": { "description": "The user submitted their credentials.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-connect-integrations"], "deprecated": false, "aliases": [] },
  "SUBMIT_MFA": { "description": "The user submitted an MFA answer.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-connect-integrations"], "deprecated": false, "aliases": [] },
  "REDIRECT": { "description": "The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId).", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-successful-connection"], "deprecated": false, "aliases": [] },
  "TOKEN_INVALID": { "description": "Flinks Connect reported an invalid token.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-connect-integrations"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of FlinksConnectStep values (alias -> value). */
export const FlinksConnectStepAliases: { readonly [alias: string]: FlinksConnectStep } = {
};

export function isFlinksConnectStep(value: unknown): value is FlinksConnectStep {
  return typeof value === "string" && (Object.values(FlinksConnectStep) as readonly string[]).includes(value);
}

/** Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published. Wire field: webhook.ResponseType. */
export const FlinksWebhookResponseType = {
  KYC: "KYC",
  GetAccountsDetail: "GetAccountsDetail",
} as const;
export type FlinksWebhookResponseType = (typeof FlinksWebhookResponseType)[keyof typeof FlinksWebhookResponseType];
/** A FlinksWebhookResponseType as read from the wire: a known value or any other string. */
export type FlinksWebhookResponseTypeOrUnknown = FlinksWebhookResponseType | (string & {});

export const FlinksWebhookResponseTypeInfo: { readonly [V in FlinksWebhookResponseType]: CodeInfo } = {
  "KYC": { "description": "The account holder's data, sent early in the flow.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-webhooks-intro", "flinks-kyc"], "deprecated": false, "aliases": [] },
  "GetAccountsDetail": { "description": "The same body as a 200 GetAccountsDetail response.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["flinks-webhooks-intro", "flinks-getaccountsdetail"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of FlinksWebhookResponseType values (alias -> value). */
export const FlinksWebhookResponseTypeAliases: { readonly [alias: string]: FlinksWebhookResponseType } = {
};

export function isFlinksWebhookResponseType(value: unknown): value is FlinksWebhookResponseType {
  return typeof value === "string" && (Object.values(FlinksWebhookResponseType) as readonly string[]).includes(value);
}

/** Bank connection error: The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key. Wire field: verification.status.errors[].code. */
export const ArgyleBankConnectionError = {
  account_closed: "account_closed",
  account_not_found: "account_not_found",
  generic_error: "generic_error",
  institution_not_supported: "institution_not_supported",
  invalid_credentials: "invalid_credentials",
  mfa_issue_encountered: "mfa_issue_encountered",
  one_time_passcode_issue: "one_time_passcode_issue",
  report_generation_failed: "report_generation_failed",
  temporary_connection_issue: "temporary_connection_issue",
  token_invalid_or_expired: "token_invalid_or_expired",
  user_action_required_at_institution: "user_action_required_at_institution",
} as const;
export type ArgyleBankConnectionError = (typeof ArgyleBankConnectionError)[keyof typeof ArgyleBankConnectionError];
/** A ArgyleBankConnectionError as read from the wire: a known value or any other string. */
export type ArgyleBankConnectionErrorOrUnknown = ArgyleBankConnectionError | (string & {});

export const ArgyleBankConnectionErrorInfo: { readonly [V in ArgyleBankConnectionError]: CodeInfo } = {
  "account_closed": { "description": "The selected account could not be found or is no longer available at the banking institution.", "message": "The selected account could not be found or is no longer available at the banking institution.", "category": "account_unavailable", "retryable": false, "userAction": "Ask the borrower to confirm they selected an active bank account and retry.", "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "account_not_found": { "description": "The selected account could not be found or is no longer available at the banking institution.", "message": "The selected account could not be found or is no longer available at the banking institution.", "category": "account_unavailable", "retryable": false, "userAction": "Ask the borrower to confirm they selected an active bank account and retry.", "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "generic_error": { "description": "A connection error occurred while trying to verify the account.", "message": "A connection error occurred while trying to verify the account.", "category": "generic_failure", "retryable": true, "userAction": "Ask the borrower to try again later.", "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "institution_not_supported": { "description": "The selected banking institution does not currently support connections.", "message": "The selected banking institution does not currently support connections.", "category": "institution_not_supported", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "invalid_credentials": { "description": "The borrower provided invalid banking login credentials.", "message": "The borrower provided invalid banking login credentials.", "category": "credentials_invalid", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "mfa_issue_encountered": { "description": "A multi-factor authentication or security verification step was not completed successfully.", "message": "A multi-factor authentication or security verification step was not completed successfully.", "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "one_time_passcode_issue": { "description": "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.", "message": "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.", "category": "mfa_failed", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "report_generation_failed": { "description": "We could not generate the requested banking report.", "message": "We could not generate the requested banking report.", "category": "generic_failure", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "temporary_connection_issue": { "description": "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.", "message": "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.", "category": "institution_unavailable", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "token_invalid_or_expired": { "description": "The borrower needs to reconnect their account to restore access and complete verification.", "message": "The borrower needs to reconnect their account to restore access and complete verification.", "category": "reconnect_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
  "user_action_required_at_institution": { "description": "The borrower must sign in directly at their banking institution and complete an account action before reconnecting.", "message": "The borrower must sign in directly at their banking institution and complete an account action before reconnecting.", "category": "action_required_at_institution", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["seed-003"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleBankConnectionError values (alias -> value). */
export const ArgyleBankConnectionErrorAliases: { readonly [alias: string]: ArgyleBankConnectionError } = {
};

export function isArgyleBankConnectionError(value: unknown): value is ArgyleBankConnectionError {
  return typeof value === "string" && (Object.values(ArgyleBankConnectionError) as readonly string[]).includes(value);
}

/** Verification state: The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED. Wire field: verification.status.state. */
export const ArgyleVerificationState = {
  PENDING: "PENDING",
  PROCESSING: "PROCESSING",
  PAUSED: "PAUSED",
  CANCELLED: "CANCELLED",
  COMPLETED: "COMPLETED",
} as const;
export type ArgyleVerificationState = (typeof ArgyleVerificationState)[keyof typeof ArgyleVerificationState];
/** A ArgyleVerificationState as read from the wire: a known value or any other string. */
export type ArgyleVerificationStateOrUnknown = ArgyleVerificationState | (string & {});

export const ArgyleVerificationStateInfo: { readonly [V in ArgyleVerificationState]: CodeInfo } = {
  "PENDING": { "description": "The initial state of a verification.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications", "argyle-webhook-updated"], "deprecated": false, "aliases": [] },
  "PROCESSING": { "description": "The verification is underway.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications", "argyle-webhook-updated"], "deprecated": false, "aliases": [] },
  "PAUSED": { "description": "More data or documents are required.", "message": null, "category": "user_action_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications", "argyle-webhook-updated"], "deprecated": false, "aliases": [] },
  "CANCELLED": { "description": "The verification was cancelled.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications", "argyle-webhook-updated"], "deprecated": false, "aliases": [] },
  "COMPLETED": { "description": "The report assets are available.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications", "argyle-webhook-updated"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleVerificationState values (alias -> value). */
export const ArgyleVerificationStateAliases: { readonly [alias: string]: ArgyleVerificationState } = {
};

export function isArgyleVerificationState(value: unknown): value is ArgyleVerificationState {
  return typeof value === "string" && (Object.values(ArgyleVerificationState) as readonly string[]).includes(value);
}

/** Verification status code: The detailed status of a verification (status.code); the values depend on the data source. Wire field: verification.status.code. */
export const ArgyleVerificationStatusCode = {
  pending: "pending",
  documents_processing: "documents_processing",
  more_data_required: "more_data_required",
  report_available: "report_available",
  waiting_on_third_party: "waiting_on_third_party",
  report_generating: "report_generating",
  argyle_timeout: "argyle_timeout",
  cancelled_by_client: "cancelled_by_client",
  completed: "completed",
  completed_with_errors: "completed_with_errors",
  user_session_started: "user_session_started",
  authenticated: "authenticated",
} as const;
export type ArgyleVerificationStatusCode = (typeof ArgyleVerificationStatusCode)[keyof typeof ArgyleVerificationStatusCode];
/** A ArgyleVerificationStatusCode as read from the wire: a known value or any other string. */
export type ArgyleVerificationStatusCodeOrUnknown = ArgyleVerificationStatusCode | (string & {});

export const ArgyleVerificationStatusCodeInfo: { readonly [V in ArgyleVerificationStatusCode]: CodeInfo } = {
  "pending": { "description": "The verification has not started.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "documents_processing": { "description": "The documents are being processed.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "more_data_required": { "description": "More data is required to continue.", "message": null, "category": "user_action_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "report_available": { "description": "The report is available.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "waiting_on_third_party": { "description": "The verification waits on a third party.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "report_generating": { "description": "The report is being generated.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "argyle_timeout": { "description": "Cancelled by Argyle after 180 days of inactivity.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "cancelled_by_client": { "description": "Cancelled by the client.", "message": null, "category": "cancelled", "retryable": true, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "completed": { "description": "The verification completed.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "completed_with_errors": { "description": "The verification completed, but the report is not GSE-eligible; status.errors[] says why.", "message": null, "category": "success", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "user_session_started": { "description": "The user started a session.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "authenticated": { "description": "The user authenticated with the data source.", "message": null, "category": "pending", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleVerificationStatusCode values (alias -> value). */
export const ArgyleVerificationStatusCodeAliases: { readonly [alias: string]: ArgyleVerificationStatusCode } = {
};

export function isArgyleVerificationStatusCode(value: unknown): value is ArgyleVerificationStatusCode {
  return typeof value === "string" && (Object.values(ArgyleVerificationStatusCode) as readonly string[]).includes(value);
}

/** Document verification error: The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens. Wire field: verification.status.errors[].code. */
export const ArgyleVerificationError = {
  self_employed_income: "self-employed_income",
} as const;
export type ArgyleVerificationError = (typeof ArgyleVerificationError)[keyof typeof ArgyleVerificationError];
/** A ArgyleVerificationError as read from the wire: a known value or any other string. */
export type ArgyleVerificationErrorOrUnknown = ArgyleVerificationError | (string & {});

export const ArgyleVerificationErrorInfo: { readonly [V in ArgyleVerificationError]: CodeInfo } = {
  "self-employed_income": { "description": "Self-employed income", "message": "Self-employed income cannot be assessed using Paystub and W2 Data.", "category": "user_action_required", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleVerificationError values (alias -> value). */
export const ArgyleVerificationErrorAliases: { readonly [alias: string]: ArgyleVerificationError } = {
};

export function isArgyleVerificationError(value: unknown): value is ArgyleVerificationError {
  return typeof value === "string" && (Object.values(ArgyleVerificationError) as readonly string[]).includes(value);
}

/** Verification webhook event: The event field of an Argyle verifications webhook. Wire field: webhook.event. */
export const ArgyleWebhookEvent = {
  verifications_updated: "verifications.updated",
  verifications_creation_failed: "verifications.creation_failed",
} as const;
export type ArgyleWebhookEvent = (typeof ArgyleWebhookEvent)[keyof typeof ArgyleWebhookEvent];
/** A ArgyleWebhookEvent as read from the wire: a known value or any other string. */
export type ArgyleWebhookEventOrUnknown = ArgyleWebhookEvent | (string & {});

export const ArgyleWebhookEventInfo: { readonly [V in ArgyleWebhookEvent]: CodeInfo } = {
  "verifications.updated": { "description": "Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-webhook-updated"], "deprecated": false, "aliases": [] },
  "verifications.creation_failed": { "description": "A verification could not be created.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-webhook-creation-failed"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleWebhookEvent values (alias -> value). */
export const ArgyleWebhookEventAliases: { readonly [alias: string]: ArgyleWebhookEvent } = {
};

export function isArgyleWebhookEvent(value: unknown): value is ArgyleWebhookEvent {
  return typeof value === "string" && (Object.values(ArgyleWebhookEvent) as readonly string[]).includes(value);
}

/** Verification report type: The type of a verification's report. Wire field: verification.report.type. */
export const ArgyleReportType = {
  voie: "voie",
  voe: "voe",
  voa: "voa",
  voi: "voi",
  voai: "voai",
  voe_transactions: "voe-transactions",
  doc_voi_mortgage: "doc-voi-mortgage",
} as const;
export type ArgyleReportType = (typeof ArgyleReportType)[keyof typeof ArgyleReportType];
/** A ArgyleReportType as read from the wire: a known value or any other string. */
export type ArgyleReportTypeOrUnknown = ArgyleReportType | (string & {});

export const ArgyleReportTypeInfo: { readonly [V in ArgyleReportType]: CodeInfo } = {
  "voie": { "description": "Verification of income and employment.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "voe": { "description": "Verification of employment.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "voa": { "description": "Verification of assets.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "voi": { "description": "Verification of income.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "voai": { "description": "Verification of assets and income.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "voe-transactions": { "description": "Verification of employment from bank transactions.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "doc-voi-mortgage": { "description": "Verification of income from documents, for mortgages.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleReportType values (alias -> value). */
export const ArgyleReportTypeAliases: { readonly [alias: string]: ArgyleReportType } = {
};

export function isArgyleReportType(value: unknown): value is ArgyleReportType {
  return typeof value === "string" && (Object.values(ArgyleReportType) as readonly string[]).includes(value);
}

/** Verification data source: Where a verification takes its data from. Not present in older examples. Wire field: verification.data_source. */
export const ArgyleDataSource = {
  payroll: "payroll",
  banking: "banking",
  documents: "documents",
} as const;
export type ArgyleDataSource = (typeof ArgyleDataSource)[keyof typeof ArgyleDataSource];
/** A ArgyleDataSource as read from the wire: a known value or any other string. */
export type ArgyleDataSourceOrUnknown = ArgyleDataSource | (string & {});

export const ArgyleDataSourceInfo: { readonly [V in ArgyleDataSource]: CodeInfo } = {
  "payroll": { "description": "Payroll connections.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "banking": { "description": "Bank connections.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
  "documents": { "description": "Uploaded documents.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleDataSource values (alias -> value). */
export const ArgyleDataSourceAliases: { readonly [alias: string]: ArgyleDataSource } = {
};

export function isArgyleDataSource(value: unknown): value is ArgyleDataSource {
  return typeof value === "string" && (Object.values(ArgyleDataSource) as readonly string[]).includes(value);
}

/** Verification channel: How a verification was created. The documentation's object page calls this field source. Wire field: verification.channel. */
export const ArgyleChannel = {
  api: "api",
  encompass: "encompass",
} as const;
export type ArgyleChannel = (typeof ArgyleChannel)[keyof typeof ArgyleChannel];
/** A ArgyleChannel as read from the wire: a known value or any other string. */
export type ArgyleChannelOrUnknown = ArgyleChannel | (string & {});

export const ArgyleChannelInfo: { readonly [V in ArgyleChannel]: CodeInfo } = {
  "api": { "description": "Created through the API.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications"], "deprecated": false, "aliases": [] },
  "encompass": { "description": "Created from Encompass.", "message": null, "category": "informational", "retryable": false, "userAction": null, "httpStatuses": [], "sources": ["argyle-openapi-verifications", "argyle-verifications"], "deprecated": false, "aliases": [] },
};

/** Other wire spellings of ArgyleChannel values (alias -> value). */
export const ArgyleChannelAliases: { readonly [alias: string]: ArgyleChannel } = {
};

export function isArgyleChannel(value: unknown): value is ArgyleChannel {
  return typeof value === "string" && (Object.values(ArgyleChannel) as readonly string[]).includes(value);
}

/** The providers classify knows. */
export type Provider = "lean" | "flinks" | "argyle";

function categoryIn(
  code: string,
  sets: ReadonlyArray<readonly [{ readonly [value: string]: CodeInfo }, { readonly [alias: string]: string }]>,
): Category {
  for (const [info, aliases] of sets) {
    const known = Object.hasOwn(info, code) ? info[code] : undefined;
    if (known !== undefined) return known.category;
    const value = Object.hasOwn(aliases, code) ? aliases[code] : undefined;
    const aliased = value !== undefined ? info[value] : undefined;
    if (aliased !== undefined) return aliased.category;
  }
  return "unknown";
}

/**
 * The category of `code` for `provider`; "unknown" for any value the catalog does not know, a
 * non-string code or an unknown provider. When several code sets know the value, the first one
 * in catalog order decides. Never throws.
 */
export function classify(provider: Provider | (string & {}), code: unknown): Category {
  if (typeof code !== "string") return "unknown";
  switch (provider) {
    case "lean":
      return categoryIn(code, [
        [LeanCallbackStatusInfo, LeanCallbackStatusAliases],
        [LeanSecondaryStatusInfo, LeanSecondaryStatusAliases],
        [LeanCallbackMethodInfo, LeanCallbackMethodAliases],
        [LeanUserExitIntentInfo, LeanUserExitIntentAliases],
        [LeanPermissionInfo, LeanPermissionAliases],
        [LeanSdkMethodInfo, LeanSdkMethodAliases],
        [LeanWebhookEventTypeInfo, LeanWebhookEventTypeAliases],
        [LeanPaymentStatusInfo, LeanPaymentStatusAliases],
        [LeanPaymentLifecycleStatusInfo, LeanPaymentLifecycleStatusAliases],
        [LeanPaymentSourceStatusInfo, LeanPaymentSourceStatusAliases],
        [LeanPaymentIntentStatusInfo, LeanPaymentIntentStatusAliases],
        [LeanReconciliationStatusInfo, LeanReconciliationStatusAliases],
        [LeanDataRefreshStatusInfo, LeanDataRefreshStatusAliases],
        [LeanDataApiStatusInfo, LeanDataApiStatusAliases],
        [LeanGranularStatusCodeInfo, LeanGranularStatusCodeAliases],
        [LeanApiErrorStatusInfo, LeanApiErrorStatusAliases],
        [LeanConsentStatusInfo, LeanConsentStatusAliases],
        [LeanConsentRevocationReasonInfo, LeanConsentRevocationReasonAliases],
      ]);
    case "flinks":
      return categoryIn(code, [
        [FlinksApiErrorCodeInfo, FlinksApiErrorCodeAliases],
        [FlinksConnectErrorInfo, FlinksConnectErrorAliases],
        [FlinksConnectStepInfo, FlinksConnectStepAliases],
        [FlinksWebhookResponseTypeInfo, FlinksWebhookResponseTypeAliases],
      ]);
    case "argyle":
      return categoryIn(code, [
        [ArgyleBankConnectionErrorInfo, ArgyleBankConnectionErrorAliases],
        [ArgyleVerificationStateInfo, ArgyleVerificationStateAliases],
        [ArgyleVerificationStatusCodeInfo, ArgyleVerificationStatusCodeAliases],
        [ArgyleVerificationErrorInfo, ArgyleVerificationErrorAliases],
        [ArgyleWebhookEventInfo, ArgyleWebhookEventAliases],
        [ArgyleReportTypeInfo, ArgyleReportTypeAliases],
        [ArgyleDataSourceInfo, ArgyleDataSourceAliases],
        [ArgyleChannelInfo, ArgyleChannelAliases],
      ]);
    default:
      return "unknown";
  }
}

/** A (partial) LinkSDK callback. */
export interface LeanCallbackData {
  /** The web SDK documents a partial object; the React Native typing allows null. */
  readonly status?: LeanCallbackStatus | (string & {}) | null;
  readonly secondary_status?: LeanSecondaryStatus | (string & {}) | null;
  readonly message?: string | null;
  readonly exit_point?: string | null;
  readonly last_api_response?: string | null;
  readonly user_exit_intent?: LeanUserExitIntent | (string & {}) | null;
  readonly exit_intent_point?: string | null;
  readonly exit_survey_reason?: string | null;
  readonly lean_correlation_id?: string | null;
  /** Web SDK only. */
  readonly open_banking_redirect_url?: string | null;
  readonly bank?: LeanCallbackBank | null;
  /** Legacy callbacks only. */
  readonly method?: LeanCallbackMethod | (string & {}) | null;
}

/** The bank the end user chose. */
export interface LeanCallbackBank {
  readonly bank_identifier?: string | null;
  readonly is_supported?: boolean;
}

/** A user event in the connection flow. */
export interface FlinksStepEvent {
  /** A user event is recognised by its step. */
  readonly step: FlinksConnectStep | (string & {});
  readonly institution?: string;
  /** REDIRECT only. */
  readonly url?: string;
  readonly loginId?: string;
  readonly accountId?: string;
  readonly requestId?: string;
  /** COMPONENT_LOAD_ACCOUNT_SELECTION (totalAccounts, displayedAccounts) and COMPONENT_LOAD_MFA (mfaTypes) carry metadata. */
  readonly metadata?: unknown;
}

/** An API event: a Flinks code handled by Flinks Connect. */
export interface FlinksErrorEvent {
  /** An API event is recognised by its flinksCode (seed 004's listener switches on it). */
  readonly flinksCode: FlinksConnectError | FlinksApiErrorCode | (string & {});
  readonly institution?: string;
  readonly requestId?: string;
}

/** A step event or an error event. */
export type FlinksConnectMessage = FlinksStepEvent | FlinksErrorEvent;

/** What a listener needs to handle an error code (the full metadata is in the …Info records). */
export interface ErrorHandling {
  readonly category: Category;
  readonly retryable: boolean;
  /** What the end user should do, as the provider publishes it. */
  readonly userAction: string | null;
  readonly httpStatuses: readonly number[];
}

/** How to handle each Flinks Connect error event. */
export const FlinksConnectErrorHandling: { readonly [V in FlinksConnectError]: ErrorHandling } = {
  "INVALID_USERNAME": { "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their username.", "httpStatuses": [401] },
  "INVALID_PASSWORD": { "category": "credentials_invalid", "retryable": true, "userAction": "Customer should re-enter their password.", "httpStatuses": [401] },
  "INVALID_LOGIN": { "category": "credentials_invalid", "retryable": true, "userAction": "Customer should verify and re-enter their login details.", "httpStatuses": [401] },
  "INVALID_SECURITY_RESPONSE": { "category": "mfa_failed", "retryable": true, "userAction": "Customer should try answering the security question again.", "httpStatuses": [401] },
  "RETRY_LATER": { "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try again later.", "httpStatuses": [401] },
  "UNAUTHORIZED": { "category": "action_required_at_institution", "retryable": false, "userAction": "Customer may need to complete additional steps on their bank’s website.", "httpStatuses": [401] },
  "NEW_ACCOUNT": { "category": "action_required_at_institution", "retryable": false, "userAction": "Customer should log in to their bank website first (e.g., accept terms).", "httpStatuses": [401] },
  "AGGREGATION_ERROR": { "category": "generic_failure", "retryable": true, "userAction": "Customer should try again. If the issue persists, contact support.", "httpStatuses": [500] },
  "DISABLED_INSTITUTION": { "category": "institution_unavailable", "retryable": true, "userAction": "Customer should try a different institution or try again later.", "httpStatuses": [405] },
  "DISABLED_LOGIN": { "category": "account_unavailable", "retryable": false, "userAction": "Customer must contact their bank to reactivate the account.", "httpStatuses": [401] },
};

/** What a Flinks Connect message event carried, as parseFlinksConnectMessage reads it. */
export type FlinksConnectEvent =
  | {
      readonly kind: "error";
      readonly code: FlinksConnectErrorOrUnknown;
      /** How to handle the code, or null for a code the catalog does not know. */
      readonly info: ErrorHandling | null;
      readonly data: FlinksErrorEvent;
    }
  | {
      readonly kind: "step";
      /** The step; check it with isFlinksConnectStep when unknown steps matter. */
      readonly step: FlinksConnectStepOrUnknown;
      readonly data: FlinksStepEvent;
    }
  | { readonly kind: "unknown"; readonly raw: unknown };

function field(data: object, key: string): unknown {
  try {
    return (data as { readonly [key: string]: unknown })[key];
  } catch {
    return undefined;
  }
}

/**
 * Read the `data` of a Flinks Connect `message` event: an error event (flinksCode), a step event
 * (step), or "unknown" for anything else (other frames, null, numbers, junk). Never throws.
 */
export function parseFlinksConnectMessage(data: unknown): FlinksConnectEvent {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { kind: "unknown", raw: data };
  }
  const code = field(data, "flinksCode");
  if (typeof code === "string" && code !== "") {
    const info = Object.hasOwn(FlinksConnectErrorHandling, code)
      ? FlinksConnectErrorHandling[code as FlinksConnectError]
      : null;
    return { kind: "error", code, info, data: data as FlinksErrorEvent };
  }
  const step = field(data, "step");
  if (typeof step === "string" && step !== "") {
    return { kind: "step", step, data: data as FlinksStepEvent };
  }
  return { kind: "unknown", raw: data };
}

/** Hosts public integrations accept Flinks Connect messages from; prefer your instance's host. */
export const FLINKS_CONNECT_HOSTS: readonly string[] = ["*.flinks.com", "*.private.fin.ag"];

/**
 * Whether a message event's `origin` is an https origin on one of `allowedHosts` (a host such as
 * "toolbox-iframe.private.fin.ag", or "*.flinks.com" for its subdomains). Never throws.
 */
export function isAllowedFlinksOrigin(origin: unknown, allowedHosts: readonly string[]): boolean {
  if (typeof origin !== "string") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.origin !== origin) return false;
  const host = url.host.toLowerCase();
  return allowedHosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    if (!pattern.startsWith("*.")) return host === pattern;
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  });
}

/** A Lean LinkSDK callback, with the category of its most specific status. */
export interface LeanCallbackResult {
  readonly status: LeanCallbackStatusOrUnknown | null;
  readonly secondaryStatus: LeanSecondaryStatusOrUnknown | null;
  /** The category of secondary_status when it is known, else of status, else "unknown". */
  readonly category: Category;
  readonly data: LeanCallbackData;
}

/** Read the (partial) CallbackData the LinkSDK passes to `callback`. Never throws. */
export function parseLeanCallback(data: unknown): LeanCallbackResult {
  const record = data !== null && typeof data === "object" && !Array.isArray(data) ? data : {};
  const status = field(record, "status");
  const secondary = field(record, "secondary_status");
  const category = isLeanSecondaryStatus(secondary)
    ? LeanSecondaryStatusInfo[secondary].category
    : isLeanCallbackStatus(status)
      ? LeanCallbackStatusInfo[status].category
      : "unknown";
  return {
    status: typeof status === "string" ? status : null,
    secondaryStatus: typeof secondary === "string" ? secondary : null,
    category,
    data: record as LeanCallbackData,
  };
}
