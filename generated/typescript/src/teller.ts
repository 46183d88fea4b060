// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Teller (https://teller.io/): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of TellerErrorCode values (alias -> value). */
export const TellerErrorCodeAliases: { readonly [alias: string]: TellerErrorCode } = {
};
/** The category of every TellerErrorCode value and alias: all a listener needs to read one. */
export const TellerErrorCodeCategories: { readonly [spelling: string]: Category } = {
  bad_request: "integration_error",
  "enrollment.disconnected": "reconnect_required",
  "enrollment.disconnected.account_locked": "action_required_at_institution",
  "enrollment.disconnected.credentials_invalid": "reconnect_required",
  "enrollment.disconnected.enrollment_inactive": "reconnect_required",
  "enrollment.disconnected.user_action.captcha_required": "reconnect_required",
  "enrollment.disconnected.user_action.contact_information_required": "reconnect_required",
  "enrollment.disconnected.user_action.insufficient_permissions": "reconnect_required",
  "enrollment.disconnected.user_action.mfa_required": "reconnect_required",
  "enrollment.disconnected.user_action.web_login_required": "action_required_at_institution",
};
/**
 * API error code: The code of a failed Teller API request's error object (error.code: "The error
 * condition."). The Errors page gives the example's bad_request and lists the Enrollment Error
 * Codes whole: "When your application makes a request involving a disconnected enrollment Teller
 * returns a 404 status code with an error code beginning with enrollment.disconnected." The
 * categories are bankcodes' reading. Wire field: error.code.
 */
export const TellerErrorCode: {
  /**
   * Missing certificate: Retry request using your Teller client certificate.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Teller's published text.
   * HTTP: 400.
   */
  readonly bad_request: "bad_request";
  /**
   * A generic error used for when no more information is available.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected: "enrollment.disconnected";
  /**
   * Access to the account has been restricted by the financial institution.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_account_locked: "enrollment.disconnected.account_locked";
  /**
   * The end-user changed their authentication credentials to access the financial institution.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_credentials_invalid: "enrollment.disconnected.credentials_invalid";
  /**
   * The enrollment has become disconnected due to inactivity.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_enrollment_inactive: "enrollment.disconnected.enrollment_inactive";
  /**
   * The end-user is required to solve a CAPTCHA.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_user_action_captcha_required: "enrollment.disconnected.user_action.captcha_required";
  /**
   * The end-user is required to update their contact information.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_user_action_contact_information_required: "enrollment.disconnected.user_action.contact_information_required";
  /**
   * The end-user does not have the required permissions to perform the requested operation.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_user_action_insufficient_permissions: "enrollment.disconnected.user_action.insufficient_permissions";
  /**
   * The end-user is required to complete a MFA challenge.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: User MFA is required.
   * Whose words: description: Teller's published text; message: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_user_action_mfa_required: "enrollment.disconnected.user_action.mfa_required";
  /**
   * The end-user is required to login to the financial institution's web online-banking, e.g. to
   * accept FI terms and conditions.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Teller's published text.
   * HTTP: 404.
   */
  readonly enrollment_disconnected_user_action_web_login_required: "enrollment.disconnected.user_action.web_login_required";
} = /* @__PURE__ */ membersOf(TellerErrorCodeCategories, TellerErrorCodeAliases, {
  "enrollment.disconnected": "enrollment_disconnected",
  "enrollment.disconnected.account_locked": "enrollment_disconnected_account_locked",
  "enrollment.disconnected.credentials_invalid": "enrollment_disconnected_credentials_invalid",
  "enrollment.disconnected.enrollment_inactive": "enrollment_disconnected_enrollment_inactive",
  "enrollment.disconnected.user_action.captcha_required": "enrollment_disconnected_user_action_captcha_required",
  "enrollment.disconnected.user_action.contact_information_required": "enrollment_disconnected_user_action_contact_information_required",
  "enrollment.disconnected.user_action.insufficient_permissions": "enrollment_disconnected_user_action_insufficient_permissions",
  "enrollment.disconnected.user_action.mfa_required": "enrollment_disconnected_user_action_mfa_required",
  "enrollment.disconnected.user_action.web_login_required": "enrollment_disconnected_user_action_web_login_required",
});
export type TellerErrorCode = (typeof TellerErrorCode)[keyof typeof TellerErrorCode];
/** A TellerErrorCode as read from the wire: a known value or any other string. */
export type TellerErrorCodeOrUnknown = TellerErrorCode | (string & {});
/** The catalog's metadata of every TellerErrorCode value. */
export const TellerErrorCodeInfo: { readonly [V in TellerErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/error_code",
  {
    bad_request: {
      description: "Missing certificate: Retry request using your Teller client certificate.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
        message: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: "Missing certificate: Retry request using your Teller client certificate.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected": {
      name: "enrollment_disconnected",
      description: "A generic error used for when no more information is available.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.account_locked": {
      name: "enrollment_disconnected_account_locked",
      description: "Access to the account has been restricted by the financial institution.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.credentials_invalid": {
      name: "enrollment_disconnected_credentials_invalid",
      description: "The end-user changed their authentication credentials to access the financial institution.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.enrollment_inactive": {
      name: "enrollment_disconnected_enrollment_inactive",
      description: "The enrollment has become disconnected due to inactivity.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.user_action.captcha_required": {
      name: "enrollment_disconnected_user_action_captcha_required",
      description: "The end-user is required to solve a CAPTCHA.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.user_action.contact_information_required": {
      name: "enrollment_disconnected_user_action_contact_information_required",
      description: "The end-user is required to update their contact information.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.user_action.insufficient_permissions": {
      name: "enrollment_disconnected_user_action_insufficient_permissions",
      description: "The end-user does not have the required permissions to perform the requested operation.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.user_action.mfa_required": {
      name: "enrollment_disconnected_user_action_mfa_required",
      description: "The end-user is required to complete a MFA challenge.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors-copy"] },
        message: { by: "provider", sources: ["teller-errors-copy"] },
      },
      message: "User MFA is required.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "enrollment.disconnected.user_action.web_login_required": {
      name: "enrollment_disconnected_user_action_web_login_required",
      description: "The end-user is required to login to the financial institution's web online-banking, e.g. to accept FI terms and conditions.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerErrorCode. */
export const isTellerErrorCode = (value: unknown): value is TellerErrorCode => isCodeOf(TellerErrorCodeCategories, TellerErrorCodeAliases, value);

/** Other wire spellings of TellerResponseStatus values (alias -> value). */
export const TellerResponseStatusAliases: { readonly [alias: string]: TellerResponseStatus } = {
};
/** The category of every TellerResponseStatus value and alias: all a listener needs to read one. */
export const TellerResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "400": "integration_error",
  "401": "integration_error",
  "403": "reconnect_required",
  "404": "integration_error",
  "410": "account_unavailable",
  "422": "integration_error",
  "429": "rate_limited",
  "502": "institution_unavailable",
};
/**
 * API response status: The HTTP status of a Teller API response, as the Errors page's Status Codes
 * list ("a list of status codes currently in use by the Teller API", read whole; a later copy of
 * the page adds 429) describes it. The categories are bankcodes' reading. Wire field: the HTTP
 * status of an API response.
 */
export const TellerResponseStatus: {
  /**
   * A successful request.
   * Category: success (Success); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly OK: 200;
  /**
   * The request was unacceptable. Used when a request that requires a client certificate is made
   * without one.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * A request was made without an access token where one was required.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * A request was made with an invalid or revoked access token.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * The requested resource was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * Indicates that the resource requested is no longer available and that condition is permanent,
   * e.g. because a financial account was closed.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly GONE: 410;
  /**
   * A request was made with an invalid request body.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly UNPROCESSABLE_ENTITY: 422;
  /**
   * Indicates that the application has exceeded its rate limit by sending too many requests in a
   * given time period and that this request was denied.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Teller's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * A 500 level response was received when making a request to a financial institution where a
   * graceful fallback is not possible, e.g. a payment instruction.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Teller's published text.
   */
  readonly BAD_GATEWAY: 502;
} = {
  OK: 200,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  BAD_GATEWAY: 502,
};
export type TellerResponseStatus = (typeof TellerResponseStatus)[keyof typeof TellerResponseStatus];
/** A TellerResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type TellerResponseStatusOrUnknown = TellerResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every TellerResponseStatus value. */
export const TellerResponseStatusInfo: { readonly [V in TellerResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/response_status",
  {
    "200": {
      name: "OK",
      description: "A successful request.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "The request was unacceptable. Used when a request that requires a client certificate is made without one.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "A request was made without an access token where one was required.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "A request was made with an invalid or revoked access token.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "The requested resource was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "410": {
      name: "GONE",
      description: "Indicates that the resource requested is no longer available and that condition is permanent, e.g. because a financial account was closed.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "422": {
      name: "UNPROCESSABLE_ENTITY",
      description: "A request was made with an invalid request body.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Indicates that the application has exceeded its rate limit by sending too many requests in a given time period and that this request was denied.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-errors-copy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-errors-copy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "502": {
      name: "BAD_GATEWAY",
      description: "A 500 level response was received when making a request to a financial institution where a graceful fallback is not possible, e.g. a payment instruction.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-errors", "teller-errors-copy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-errors", "teller-errors-copy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerResponseStatus. */
export const isTellerResponseStatus = (value: unknown): value is TellerResponseStatus => isNumericCodeOf(TellerResponseStatusCategories, value);

/** Other wire spellings of TellerWebhookType values (alias -> value). */
export const TellerWebhookTypeAliases: { readonly [alias: string]: TellerWebhookType } = {
};
/** The category of every TellerWebhookType value and alias: all a listener needs to read one. */
export const TellerWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  "enrollment.disconnected": "reconnect_required",
  "transactions.processed": "informational",
  "webhook.test": "informational",
};
/**
 * Webhook type: The type of a Teller webhook (type), "The type of the event". The list of types was
 * read to its second entry; transactions.processed's description is cut there and webhook.test is
 * named in the payload field's description, so their descriptions are bankcodes' words. Wire field:
 * type (webhook).
 */
export const TellerWebhookType: {
  /**
   * Sent when the enrollment disconnected
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly enrollment_disconnected: "enrollment.disconnected";
  /**
   * Transactions were processed for an enrollment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactions_processed: "transactions.processed";
  /**
   * A test webhook; its payload is an empty object.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly webhook_test: "webhook.test";
} = /* @__PURE__ */ membersOf(TellerWebhookTypeCategories, TellerWebhookTypeAliases, {
  "enrollment.disconnected": "enrollment_disconnected",
  "transactions.processed": "transactions_processed",
  "webhook.test": "webhook_test",
});
export type TellerWebhookType = (typeof TellerWebhookType)[keyof typeof TellerWebhookType];
/** A TellerWebhookType as read from the wire: a known value or any other string. */
export type TellerWebhookTypeOrUnknown = TellerWebhookType | (string & {});
/** The catalog's metadata of every TellerWebhookType value. */
export const TellerWebhookTypeInfo: { readonly [V in TellerWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/webhook_type",
  {
    "enrollment.disconnected": {
      name: "enrollment_disconnected",
      description: "Sent when the enrollment disconnected",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-webhooks-types", "teller-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["teller-webhooks-types", "teller-webhooks"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "transactions.processed": {
      name: "transactions_processed",
      description: "Transactions were processed for an enrollment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-webhooks-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "webhook.test": {
      name: "webhook_test",
      description: "A test webhook; its payload is an empty object.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerWebhookType. */
export const isTellerWebhookType = (value: unknown): value is TellerWebhookType => isCodeOf(TellerWebhookTypeCategories, TellerWebhookTypeAliases, value);

/** Other wire spellings of TellerDisconnectReason values (alias -> value). */
export const TellerDisconnectReasonAliases: { readonly [alias: string]: TellerDisconnectReason } = {
};
/** The category of every TellerDisconnectReason value and alias: all a listener needs to read one. */
export const TellerDisconnectReasonCategories: { readonly [spelling: string]: Category } = {
  "disconnected.account_locked": "action_required_at_institution",
};
/**
 * Disconnect reason: Why an enrollment disconnected (payload.reason of an enrollment.disconnected
 * webhook). Only the example's reason was read: the list of reasons was not. Wire field:
 * payload.reason (enrollment.disconnected).
 */
export const TellerDisconnectReason: {
  /**
   * an enrollment has entered a disconnected state because the financial institution has completely
   * locked the account
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Teller's published text.
   */
  readonly disconnected_account_locked: "disconnected.account_locked";
} = /* @__PURE__ */ membersOf(TellerDisconnectReasonCategories, TellerDisconnectReasonAliases, {
  "disconnected.account_locked": "disconnected_account_locked",
});
export type TellerDisconnectReason = (typeof TellerDisconnectReason)[keyof typeof TellerDisconnectReason];
/** A TellerDisconnectReason as read from the wire: a known value or any other string. */
export type TellerDisconnectReasonOrUnknown = TellerDisconnectReason | (string & {});
/** The catalog's metadata of every TellerDisconnectReason value. */
export const TellerDisconnectReasonInfo: { readonly [V in TellerDisconnectReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/disconnect_reason",
  {
    "disconnected.account_locked": {
      name: "disconnected_account_locked",
      description: "an enrollment has entered a disconnected state because the financial institution has completely locked the account",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["teller-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerDisconnectReason. */
export const isTellerDisconnectReason = (value: unknown): value is TellerDisconnectReason => isCodeOf(TellerDisconnectReasonCategories, TellerDisconnectReasonAliases, value);

/** Other wire spellings of TellerAccountStatus values (alias -> value). */
export const TellerAccountStatusAliases: { readonly [alias: string]: TellerAccountStatus } = {
};
/** The category of every TellerAccountStatus value and alias: all a listener needs to read one. */
export const TellerAccountStatusCategories: { readonly [spelling: string]: Category } = {
  open: "success",
  closed: "account_unavailable",
};
/**
 * Account status: The status of a Teller account, as TellerKit's Teller.Account.Status lists it
 * (its public interface read in the Account type). The descriptions are bankcodes' words; the
 * categories bankcodes' reading. Wire field: status (Account).
 */
export const TellerAccountStatus: {
  /**
   * The account is open.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly open: "open";
  /**
   * The account is closed.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly closed: "closed";
} = /* @__PURE__ */ membersOf(TellerAccountStatusCategories, TellerAccountStatusAliases);
export type TellerAccountStatus = (typeof TellerAccountStatus)[keyof typeof TellerAccountStatus];
/** A TellerAccountStatus as read from the wire: a known value or any other string. */
export type TellerAccountStatusOrUnknown = TellerAccountStatus | (string & {});
/** The catalog's metadata of every TellerAccountStatus value. */
export const TellerAccountStatusInfo: { readonly [V in TellerAccountStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/account_status",
  {
    open: {
      description: "The account is open.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-tellerkit-swiftinterface"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    closed: {
      description: "The account is closed.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["teller-tellerkit-swiftinterface"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerAccountStatus. */
export const isTellerAccountStatus = (value: unknown): value is TellerAccountStatus => isCodeOf(TellerAccountStatusCategories, TellerAccountStatusAliases, value);

/** Other wire spellings of TellerConnectFailureCode values (alias -> value). */
export const TellerConnectFailureCodeAliases: { readonly [alias: string]: TellerConnectFailureCode } = {
};
/** The category of every TellerConnectFailureCode value and alias: all a listener needs to read one. */
export const TellerConnectFailureCodeCategories: { readonly [spelling: string]: Category } = {
  timeout: "generic_failure",
  error: "generic_failure",
};
/**
 * Teller Connect failure code: The code of the failure Teller Connect passes to onFailure
 * (TellerConnectFailure.code, beside its type, payee or payment, and a message), as teller-connect-
 * react 0.2.3 types it. The descriptions are bankcodes' words; the categories bankcodes' reading.
 * Wire field: failure.code (onFailure).
 */
export const TellerConnectFailureCode: {
  /**
   * The payee or payment flow timed out.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly timeout: "timeout";
  /**
   * The payee or payment flow failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly error: "error";
} = /* @__PURE__ */ membersOf(TellerConnectFailureCodeCategories, TellerConnectFailureCodeAliases);
export type TellerConnectFailureCode = (typeof TellerConnectFailureCode)[keyof typeof TellerConnectFailureCode];
/** A TellerConnectFailureCode as read from the wire: a known value or any other string. */
export type TellerConnectFailureCodeOrUnknown = TellerConnectFailureCode | (string & {});
/** The catalog's metadata of every TellerConnectFailureCode value. */
export const TellerConnectFailureCodeInfo: { readonly [V in TellerConnectFailureCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/teller/connect_failure_code",
  {
    timeout: {
      description: "The payee or payment flow timed out.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-connect-react-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    error: {
      description: "The payee or payment flow failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["teller-connect-react-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TellerConnectFailureCode. */
export const isTellerConnectFailureCode = (value: unknown): value is TellerConnectFailureCode => isCodeOf(TellerConnectFailureCodeCategories, TellerConnectFailureCodeAliases, value);
