// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Flinks (https://flinks.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of FlinksFdxErrorCode values (alias -> value). */
export const FlinksFdxErrorCodeAliases: { readonly [alias: string]: FlinksFdxErrorCode } = {
};
/** The category of every FlinksFdxErrorCode value and alias: all a listener needs to read one. */
export const FlinksFdxErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "401": "integration_error",
  "403": "integration_error",
  "500": "generic_failure",
  "501": "institution_unavailable",
  "503": "institution_unavailable",
  "601": "integration_error",
  "602": "reconnect_required",
  "701": "account_unavailable",
  "702": "integration_error",
  "703": "integration_error",
  "704": "integration_error",
  "705": "account_unavailable",
  "800": "integration_error",
  "801": "integration_error",
  "802": "integration_error",
  "1107": "integration_error",
  "1203": "integration_error",
  "1207": "rate_limited",
};
/**
 * Data Access (FDX) error code: The code of an error answer of Flinks' Data Access endpoints (the
 * Outbound API's FDX endpoints), a number, with its message and HTTP status: "If an error occurs
 * while you're using the Data Access endpoints, you will receive a message similar to the
 * following" ({code, message, debugMessage}). The categories are bankcodes' reading of the messages
 * and of the common scenarios' actions. Wire field: code (Data Access error body).
 */
export const FlinksFdxErrorCode: {
  /**
   * Invalid Input
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 400.
   */
  readonly INVALID_INPUT: 401;
  /**
   * Subscription not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 403.
   */
  readonly SUBSCRIPTION_NOT_FOUND: 403;
  /**
   * Internal server error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 500.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * Subsystem unavailable
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 405.
   */
  readonly SUBSYSTEM_UNAVAILABLE: 501;
  /**
   * Scheduled maintenance
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 503.
   */
  readonly SCHEDULED_MAINTENANCE: 503;
  /**
   * Customer not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 404.
   */
  readonly CUSTOMER_NOT_FOUND: 601;
  /**
   * Customer not authorized
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly CUSTOMER_NOT_AUTHORIZED: 602;
  /**
   * Account not found
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 404.
   */
  readonly ACCOUNT_NOT_FOUND: 701;
  /**
   * Invalid start or end date
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 400.
   */
  readonly INVALID_START_OR_END_DATE: 702;
  /**
   * Invalid date range
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 400.
   */
  readonly INVALID_DATE_RANGE: 703;
  /**
   * Account type not supported
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 422.
   */
  readonly ACCOUNT_TYPE_NOT_SUPPORTED: 704;
  /**
   * Account is closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 409.
   */
  readonly ACCOUNT_IS_CLOSED: 705;
  /**
   * Payee not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 404.
   */
  readonly PAYEE_NOT_FOUND: 800;
  /**
   * Payee cannot be modified or deleted
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 400.
   */
  readonly PAYEE_CANNOT_BE_MODIFIED_OR_DELETED: 801;
  /**
   * Payment not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 404.
   */
  readonly PAYMENT_NOT_FOUND: 802;
  /**
   * Data not found for request parameters
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 404.
   */
  readonly DATA_NOT_FOUND: 1107;
  /**
   * Content type not supported
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 406.
   */
  readonly CONTENT_TYPE_NOT_SUPPORTED: 1203;
  /**
   * Too many requests were sent within a short period of time
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 429, 422.
   */
  readonly TOO_MANY_REQUESTS: 1207;
} = {
  INVALID_INPUT: 401,
  SUBSCRIPTION_NOT_FOUND: 403,
  INTERNAL_SERVER_ERROR: 500,
  SUBSYSTEM_UNAVAILABLE: 501,
  SCHEDULED_MAINTENANCE: 503,
  CUSTOMER_NOT_FOUND: 601,
  CUSTOMER_NOT_AUTHORIZED: 602,
  ACCOUNT_NOT_FOUND: 701,
  INVALID_START_OR_END_DATE: 702,
  INVALID_DATE_RANGE: 703,
  ACCOUNT_TYPE_NOT_SUPPORTED: 704,
  ACCOUNT_IS_CLOSED: 705,
  PAYEE_NOT_FOUND: 800,
  PAYEE_CANNOT_BE_MODIFIED_OR_DELETED: 801,
  PAYMENT_NOT_FOUND: 802,
  DATA_NOT_FOUND: 1107,
  CONTENT_TYPE_NOT_SUPPORTED: 1203,
  TOO_MANY_REQUESTS: 1207,
};
export type FlinksFdxErrorCode = (typeof FlinksFdxErrorCode)[keyof typeof FlinksFdxErrorCode];
/** A FlinksFdxErrorCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type FlinksFdxErrorCodeOrUnknown = FlinksFdxErrorCode | (number & {}) | `${number}`;
/** The catalog's metadata of every FlinksFdxErrorCode value. */
export const FlinksFdxErrorCodeInfo: { readonly [V in FlinksFdxErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/flinks/fdx_error_code",
  {
    "401": {
      name: "INVALID_INPUT",
      description: "Invalid Input",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "SUBSCRIPTION_NOT_FOUND",
      description: "Subscription not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Internal server error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "501": {
      name: "SUBSYSTEM_UNAVAILABLE",
      description: "Subsystem unavailable",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [405],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "SCHEDULED_MAINTENANCE",
      description: "Scheduled maintenance",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "601": {
      name: "CUSTOMER_NOT_FOUND",
      description: "Customer not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "602": {
      name: "CUSTOMER_NOT_AUTHORIZED",
      description: "Customer not authorized",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "701": {
      name: "ACCOUNT_NOT_FOUND",
      description: "Account not found",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "702": {
      name: "INVALID_START_OR_END_DATE",
      description: "Invalid start or end date",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "703": {
      name: "INVALID_DATE_RANGE",
      description: "Invalid date range",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "704": {
      name: "ACCOUNT_TYPE_NOT_SUPPORTED",
      description: "Account type not supported",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "705": {
      name: "ACCOUNT_IS_CLOSED",
      description: "Account is closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "800": {
      name: "PAYEE_NOT_FOUND",
      description: "Payee not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "801": {
      name: "PAYEE_CANNOT_BE_MODIFIED_OR_DELETED",
      description: "Payee cannot be modified or deleted",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "802": {
      name: "PAYMENT_NOT_FOUND",
      description: "Payment not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1107": {
      name: "DATA_NOT_FOUND",
      description: "Data not found for request parameters",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1203": {
      name: "CONTENT_TYPE_NOT_SUPPORTED",
      description: "Content type not supported",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1207": {
      name: "TOO_MANY_REQUESTS",
      description: "Too many requests were sent within a short period of time",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429, 422],
      sources: ["flinks-fdx-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-fdx-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FlinksFdxErrorCode. */
export const isFlinksFdxErrorCode = (value: unknown): value is FlinksFdxErrorCode => isNumericCodeOf(FlinksFdxErrorCodeCategories, value);

/** Other wire spellings of FlinksApiErrorCode values (alias -> value). */
export const FlinksApiErrorCodeAliases: { readonly [alias: string]: FlinksApiErrorCode } = {
};
/** The category of every FlinksApiErrorCode value and alias: all a listener needs to read one. */
export const FlinksApiErrorCodeCategories: { readonly [spelling: string]: Category } = {
  OK: "success",
  CREATED: "success",
  OPERATION_PENDING: "pending",
  OPERATION_DISPATCHED: "pending",
  INVALID_LOGIN: "credentials_invalid",
  INVALID_REQUEST: "integration_error",
  SESSION_NONEXISTENT: "session_expired",
  CARD_IN_USE: "concurrent_operation",
  ACCESS_DENIED: "integration_error",
  INVALID_USERNAME: "credentials_invalid",
  INVALID_PASSWORD: "credentials_invalid",
  INVALID_SECURITY_RESPONSE: "attempts_exhausted",
  INVALID_SECURITY_RESPONSE_NO_RETRY: "attempts_exhausted",
  QUESTION_NOT_FOUND: "mfa_required",
  RETRY_LATER: "institution_unavailable",
  TOO_MANY_REQUESTS: "rate_limited",
  UNKNOWN_CHALLENGE_KEY: "integration_error",
  CONCURRENT_SESSION: "concurrent_operation",
  UNAUTHORIZED: "integration_error",
  DISABLED_LOGIN: "account_unavailable",
  NEW_ACCOUNT: "action_required_at_institution",
  SESSION_EXPIRED: "session_expired",
  ALREADY_AUTHORIZED: "integration_error",
  SECURITYRESPONSES_INCOMPLETE: "mfa_failed",
  AGGREGATION_ERROR: "generic_failure",
  DISABLED_INSTITUTION: "institution_unavailable",
};
/**
 * API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's
 * HTTP status differs by document version and endpoint, and one code can have several causes. When
 * an error code arrives for a cached (scheduled refresh) request, it means the refresh met that
 * error. Wire field: API response.FlinksCode.
 */
export const FlinksApiErrorCode: {
  /**
   * The connection was successful.
   * Category: success (Success); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 200.
   */
  readonly OK: "OK";
  /**
   * The request has been fulfilled and a new resource has been created.
   * Category: success (Success); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 201.
   */
  readonly CREATED: "CREATED";
  /**
   * The process is ongoing in the background. At this point your flow must change to the async
   * endpoint
   * Category: pending (Pending); retryable: no.
   * Message: Your operation is still processing.
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 202.
   */
  readonly OPERATION_PENDING: "OPERATION_PENDING";
  /**
   * Your sync request took more than 210 seconds and it was dispatched in the background.
   * Category: pending (Pending); retryable: no.
   * Message: Your operations had been dispatched to background process for long running jobs
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 202.
   */
  readonly OPERATION_DISPATCHED: "OPERATION_DISPATCHED";
  /**
   * The provided username or/and password is/are invalid
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should verify and re-enter their login details.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 400, 401.
   */
  readonly INVALID_LOGIN: "INVALID_LOGIN";
  /**
   * Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)
   * Category: integration_error (Integration error); retryable: no.
   * Message: Message returned will depend on the error (e.g. missing value, incorrect syntax, etc.)
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 400, 401.
   */
  readonly INVALID_REQUEST: "INVALID_REQUEST";
  /**
   * A request was made with an expired RequestId
   * Category: session_expired (Session expired); retryable: no.
   * Message: Inputs session id or card if were not found.
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 400.
   */
  readonly SESSION_NONEXISTENT: "SESSION_NONEXISTENT";
  /**
   * An operation was requested while the account is still being processed.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 400.
   */
  readonly CARD_IN_USE: "CARD_IN_USE";
  /**
   * Authentication was unsuccessful
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly ACCESS_DENIED: "ACCESS_DENIED";
  /**
   * The username provided was different from what the bank expected
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should re-enter their username.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_USERNAME: "INVALID_USERNAME";
  /**
   * The password provided was different from what the bank expected
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should re-enter their password.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_PASSWORD: "INVALID_PASSWORD";
  /**
   * The MFA response provided was different from what the bank expected
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly INVALID_SECURITY_RESPONSE: "INVALID_SECURITY_RESPONSE";
  /**
   * The user has provided incorrect or incomplete MFA answers and cannot retry
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly INVALID_SECURITY_RESPONSE_NO_RETRY: "INVALID_SECURITY_RESPONSE_NO_RETRY";
  /**
   * The MFA prompt doesn't have a stored answer
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly QUESTION_NOT_FOUND: "QUESTION_NOT_FOUND";
  /**
   * Flinks was not able to open a connection with the selected financial institution
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Customer should try again later.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401, 400.
   */
  readonly RETRY_LATER: "RETRY_LATER";
  /**
   * The endpoint has received too many requests in a given amount of time.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS";
  /**
   * The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.
   * Category: integration_error (Integration error); retryable: no.
   * Message: "One or more of the Security Challenge Prompts required are missing in the provided
   * response"
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 401.
   */
  readonly UNKNOWN_CHALLENGE_KEY: "UNKNOWN_CHALLENGE_KEY";
  /**
   * Another session is already opened with this LoginId
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly CONCURRENT_SESSION: "CONCURRENT_SESSION";
  /**
   * The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail
   * endpoint was called before authorized
   * Category: integration_error (Integration error); retryable: no.
   * Message: You need to be authorized in the bank account before going further.
   * Whose words: description: Flinks' published text; message: Flinks' published text.
   * HTTP: 401.
   */
  readonly UNAUTHORIZED: "UNAUTHORIZED";
  /**
   * The account has been deactivated by the financial institution. The account holder must contact
   * their bank
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Customer must contact their bank to reactivate the account.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly DISABLED_LOGIN: "DISABLED_LOGIN";
  /**
   * The end user must take action directly on their online banking before connecting and account
   * with Flinks
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Customer should log in to their bank website first (e.g., accept
   * terms).
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly NEW_ACCOUNT: "NEW_ACCOUNT";
  /**
   * The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data
   * processing
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401, 400.
   */
  readonly SESSION_EXPIRED: "SESSION_EXPIRED";
  /**
   * When the /Authorize endpoint is called after the user has already been authorized
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly ALREADY_AUTHORIZED: "ALREADY_AUTHORIZED";
  /**
   * Not all the prompted MFA questions had answers in the reponse request
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Flinks' published text.
   * HTTP: 401.
   */
  readonly SECURITYRESPONSES_INCOMPLETE: "SECURITYRESPONSES_INCOMPLETE";
  /**
   * Flinks encountered an unexpected error during processing.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Customer should try again. If the issue persists, contact support.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 500.
   */
  readonly AGGREGATION_ERROR: "AGGREGATION_ERROR";
  /**
   * The selected financial institution is not currently available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Customer should try a different institution or try again later.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 405.
   */
  readonly DISABLED_INSTITUTION: "DISABLED_INSTITUTION";
} = /* @__PURE__ */ membersOf(FlinksApiErrorCodeCategories, FlinksApiErrorCodeAliases);
export type FlinksApiErrorCode = (typeof FlinksApiErrorCode)[keyof typeof FlinksApiErrorCode];
/** A FlinksApiErrorCode as read from the wire: a known value or any other string. */
export type FlinksApiErrorCodeOrUnknown = FlinksApiErrorCode | (string & {});
/** The catalog's metadata of every FlinksApiErrorCode value. */
export const FlinksApiErrorCodeInfo: { readonly [V in FlinksApiErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/flinks/api_error_code",
  {
    OK: {
      description: "The connection was successful.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [200],
      sources: ["seed-001", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATED: {
      description: "The request has been fulfilled and a new resource has been created.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [201],
      sources: ["flinks-authorize-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-authorize-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPERATION_PENDING: {
      description: "The process is ongoing in the background. At this point your flow must change to the async endpoint",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [202],
      sources: ["seed-001", "flinks-authorize-error-codes", "flinks-test-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        message: { by: "provider", sources: ["seed-001"] },
      },
      message: "Your operation is still processing.",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      waitSeconds: 10,
      factSources: {
        wait_seconds: ["flinks-get-accounts-detail-async", "flinks-get-accounts-summary-async"],
        next_step: ["flinks-get-accounts-detail-async", "flinks-get-accounts-summary-async"],
      },
    },
    OPERATION_DISPATCHED: {
      description: "Your sync request took more than 210 seconds and it was dispatched in the background.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [202],
      sources: ["seed-001", "flinks-authorize-error-codes", "flinks-test-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        message: { by: "provider", sources: ["seed-001"] },
      },
      message: "Your operations had been dispatched to background process for long running jobs",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LOGIN: {
      description: "The provided username or/and password is/are invalid",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your sign-in details.",
          action: "Check your sign-in details and enter them again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté vos identifiants.",
          action: "Vérifiez vos identifiants et saisissez-les de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
          action: "تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó sus datos de inicio de sesión.",
          action: "Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
        },
        pt: {
          message: "Seu banco não aceitou seus dados de acesso.",
          action: "Confira seus dados de acesso e digite-os novamente.",
        },
      },
      httpStatuses: [400, 401],
      sources: [
        "seed-001",
        "seed-004",
        "flinks-error-codes-legacy",
        "flinks-authorize-error-codes",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should verify and re-enter their login details.",
      userMessage: null,
      aliases: [],
    },
    INVALID_REQUEST: {
      description: "Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 401],
      sources: ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
        message: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
      },
      message: "Message returned will depend on the error (e.g. missing value, incorrect syntax, etc.)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SESSION_NONEXISTENT: {
      description: "A request was made with an expired RequestId",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
        message: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
      },
      message: "Inputs session id or card if were not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CARD_IN_USE: {
      description: "An operation was requested while the account is still being processed.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["seed-001", "flinks-error-codes-legacy", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001", "flinks-error-codes-legacy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCESS_DENIED: {
      description: "Authentication was unsuccessful",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["flinks-error-codes-legacy", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["flinks-error-codes-legacy", "flinks-authorize-error-codes"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_USERNAME: {
      description: "The username provided was different from what the bank expected",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your username.",
          action: "Check your username and enter it again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté votre nom d'utilisateur.",
          action: "Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك اسم المستخدم الخاص بك.",
          action: "تحقق من اسم المستخدم وأدخله مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó su nombre de inicio de sesión.",
          action: "Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
        },
        pt: {
          message: "Seu banco não aceitou seu login.",
          action: "Confira seu login e digite-o novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001", "seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should re-enter their username.",
      userMessage: null,
      aliases: [],
    },
    INVALID_PASSWORD: {
      description: "The password provided was different from what the bank expected",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your password.",
          action: "Check your password and enter it again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté votre mot de passe.",
          action: "Vérifiez votre mot de passe et saisissez-le de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك كلمة المرور الخاصة بك.",
          action: "تحقق من كلمة المرور وأدخلها مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó su contraseña.",
          action: "Revise su contraseña y vuelva a ingresarla.",
        },
        pt: {
          message: "Seu banco não aceitou sua senha.",
          action: "Confira sua senha e digite-a novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001", "seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should re-enter their password.",
      userMessage: null,
      aliases: [],
    },
    INVALID_SECURITY_RESPONSE: {
      description: "The MFA response provided was different from what the bank expected",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your answers to the security questions were not accepted, and this attempt cannot continue.",
          action: "Check your security questions and answers with your bank.",
        },
        fr: {
          message: "Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
          action: "Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
        },
        ar: {
          message: "لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
          action: "تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
        },
        es: {
          message: "Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
          action: "Verifique con su banco sus preguntas y respuestas de seguridad.",
        },
        pt: {
          message: "Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
          action: "Confira suas perguntas e respostas de segurança com seu banco.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_SECURITY_RESPONSE_NO_RETRY: {
      description: "The user has provided incorrect or incomplete MFA answers and cannot retry",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your answers to the security questions were not accepted, and this attempt cannot continue.",
          action: "Check your security questions and answers with your bank.",
        },
        fr: {
          message: "Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
          action: "Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
        },
        ar: {
          message: "لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
          action: "تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
        },
        es: {
          message: "Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
          action: "Verifique con su banco sus preguntas y respuestas de seguridad.",
        },
        pt: {
          message: "Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
          action: "Confira suas perguntas e respostas de segurança com seu banco.",
        },
      },
      httpStatuses: [401],
      sources: ["flinks-error-codes-legacy"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-error-codes-legacy"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    QUESTION_NOT_FOUND: {
      description: "The MFA prompt doesn't have a stored answer",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["seed-001", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RETRY_LATER: {
      description: "Flinks was not able to open a connection with the selected financial institution",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We couldn't connect to your bank right now.",
          action: "Please try again later.",
        },
        fr: {
          message: "Nous n'avons pas pu nous connecter à votre banque pour le moment.",
          action: "Veuillez réessayer plus tard.",
        },
        ar: {
          message: "تعذّر الاتصال ببنكك في الوقت الحالي.",
          action: "يرجى المحاولة مرة أخرى لاحقاً.",
        },
        es: {
          message: "No pudimos conectarnos con su banco en este momento.",
          action: "Vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Não conseguimos nos conectar ao seu banco agora.",
          action: "Tente novamente mais tarde.",
        },
      },
      httpStatuses: [401, 400],
      sources: ["seed-001", "seed-004", "flinks-test-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try again later.",
      userMessage: null,
      aliases: [],
    },
    TOO_MANY_REQUESTS: {
      description: "The endpoint has received too many requests in a given amount of time.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["flinks-authorize-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["flinks-authorize-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_CHALLENGE_KEY: {
      description: "The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["seed-001", "flinks-authorize-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        message: { by: "provider", sources: ["seed-001"] },
      },
      message: "\"One or more of the Security Challenge Prompts required are missing in the provided response\"",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONCURRENT_SESSION: {
      description: "Another session is already opened with this LoginId",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["seed-001"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED: {
      description: "The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["seed-001"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        message: { by: "provider", sources: ["seed-001"] },
      },
      message: "You need to be authorized in the bank account before going further.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DISABLED_LOGIN: {
      description: "The account has been deactivated by the financial institution. The account holder must contact their bank",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your bank has deactivated this account.",
          action: "Contact your bank to reactivate it.",
        },
        fr: {
          message: "Votre banque a désactivé ce compte.",
          action: "Communiquez avec votre banque pour le réactiver.",
        },
        ar: { message: "عطّل بنكك هذا الحساب.", action: "تواصل مع بنكك لإعادة تفعيله." },
        es: {
          message: "Su banco desactivó esta cuenta.",
          action: "Comuníquese con su banco para reactivarla.",
        },
        pt: {
          message: "Seu banco desativou esta conta.",
          action: "Entre em contato com seu banco para reativá-la.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001", "seed-004", "flinks-test-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer must contact their bank to reactivate the account.",
      userMessage: null,
      aliases: [],
    },
    NEW_ACCOUNT: {
      description: "The end user must take action directly on their online banking before connecting and account with Flinks",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to take an action in your online banking before connecting.",
          action: "Sign in to your bank's website first (for example, to accept its terms), then try again.",
        },
        fr: {
          message: "Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
          action: "Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
        },
        ar: {
          message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
          action: "سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
          action: "Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
        },
        pt: {
          message: "Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
          action: "Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001", "seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-001"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should log in to their bank website first (e.g., accept terms).",
      userMessage: null,
      aliases: [],
    },
    SESSION_EXPIRED: {
      description: "The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401, 400],
      sources: ["seed-001"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ALREADY_AUTHORIZED: {
      description: "When the /Authorize endpoint is called after the user has already been authorized",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["seed-001"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SECURITYRESPONSES_INCOMPLETE: {
      description: "Not all the prompted MFA questions had answers in the reponse request",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Not all of your bank's security questions were answered.",
          action: "Answer every security question, then continue.",
        },
        fr: {
          message: "Vous n'avez pas répondu à toutes les questions de sécurité de votre banque.",
          action: "Répondez à toutes les questions de sécurité, puis continuez.",
        },
        ar: {
          message: "لم تتم الإجابة عن جميع أسئلة الأمان التي طرحها بنكك.",
          action: "أجب عن جميع أسئلة الأمان، ثم تابع.",
        },
        es: {
          message: "No se respondieron todas las preguntas de seguridad de su banco.",
          action: "Responda todas las preguntas de seguridad y luego continúe.",
        },
        pt: {
          message: "Nem todas as perguntas de segurança do seu banco foram respondidas.",
          action: "Responda a todas as perguntas de segurança e continue.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-001"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["seed-001"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AGGREGATION_ERROR: {
      description: "Flinks encountered an unexpected error during processing.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try again. If the issue persists, contact support.",
      userMessage: null,
      aliases: [],
    },
    DISABLED_INSTITUTION: {
      description: "The selected financial institution is not currently available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [405],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try a different institution or try again later.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FlinksApiErrorCode. */
export const isFlinksApiErrorCode = (value: unknown): value is FlinksApiErrorCode => isCodeOf(FlinksApiErrorCodeCategories, FlinksApiErrorCodeAliases, value);

/** Other wire spellings of FlinksConnectError values (alias -> value). */
export const FlinksConnectErrorAliases: { readonly [alias: string]: FlinksConnectError } = {
};
/** The category of every FlinksConnectError value and alias: all a listener needs to read one. */
export const FlinksConnectErrorCategories: { readonly [spelling: string]: Category } = {
  INVALID_USERNAME: "credentials_invalid",
  INVALID_PASSWORD: "credentials_invalid",
  INVALID_LOGIN: "credentials_invalid",
  INVALID_SECURITY_RESPONSE: "mfa_failed",
  RETRY_LATER: "institution_unavailable",
  UNAUTHORIZED: "action_required_at_institution",
  NEW_ACCOUNT: "action_required_at_institution",
  AGGREGATION_ERROR: "generic_failure",
  DISABLED_INSTITUTION: "institution_unavailable",
  DISABLED_LOGIN: "account_unavailable",
};
/**
 * Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication
 * or connection error that Flinks Connect handles and shows to the customer. Wire field: message
 * event data.flinksCode.
 */
export const FlinksConnectError: {
  /**
   * The username provided was different from what the bank expected.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should re-enter their username.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_USERNAME: "INVALID_USERNAME";
  /**
   * The password provided was different from what the bank expected.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should re-enter their password.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_PASSWORD: "INVALID_PASSWORD";
  /**
   * The provided credentials are incorrect.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Customer should verify and re-enter their login details.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_LOGIN: "INVALID_LOGIN";
  /**
   * The MFA response provided was different from what the bank expected.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Advice to the integrator: Customer should try answering the security question again.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly INVALID_SECURITY_RESPONSE: "INVALID_SECURITY_RESPONSE";
  /**
   * Flinks was unable to open a connection with the financial institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Customer should try again later.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly RETRY_LATER: "RETRY_LATER";
  /**
   * The institution did not authorize access.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Customer may need to complete additional steps on their bank’s
   * website.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly UNAUTHORIZED: "UNAUTHORIZED";
  /**
   * The customer must take action directly on their online banking before connecting.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Customer should log in to their bank website first (e.g., accept
   * terms).
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly NEW_ACCOUNT: "NEW_ACCOUNT";
  /**
   * Flinks encountered an unexpected error during processing.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Customer should try again. If the issue persists, contact support.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 500.
   */
  readonly AGGREGATION_ERROR: "AGGREGATION_ERROR";
  /**
   * The selected financial institution is not currently available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Customer should try a different institution or try again later.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 405.
   */
  readonly DISABLED_INSTITUTION: "DISABLED_INSTITUTION";
  /**
   * The account has been deactivated by the financial institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Customer must contact their bank to reactivate the account.
   * Whose words: description: Flinks' published text; advice to the integrator: Flinks' published
   * text.
   * HTTP: 401.
   */
  readonly DISABLED_LOGIN: "DISABLED_LOGIN";
} = /* @__PURE__ */ membersOf(FlinksConnectErrorCategories, FlinksConnectErrorAliases);
export type FlinksConnectError = (typeof FlinksConnectError)[keyof typeof FlinksConnectError];
/** A FlinksConnectError as read from the wire: a known value or any other string. */
export type FlinksConnectErrorOrUnknown = FlinksConnectError | (string & {});
/** The catalog's metadata of every FlinksConnectError value. */
export const FlinksConnectErrorInfo: { readonly [V in FlinksConnectError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/flinks/connect_error_event",
  {
    INVALID_USERNAME: {
      description: "The username provided was different from what the bank expected.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your username.",
          action: "Check your username and enter it again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté votre nom d'utilisateur.",
          action: "Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك اسم المستخدم الخاص بك.",
          action: "تحقق من اسم المستخدم وأدخله مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó su nombre de inicio de sesión.",
          action: "Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
        },
        pt: {
          message: "Seu banco não aceitou seu login.",
          action: "Confira seu login e digite-o novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should re-enter their username.",
      userMessage: null,
      aliases: [],
    },
    INVALID_PASSWORD: {
      description: "The password provided was different from what the bank expected.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your password.",
          action: "Check your password and enter it again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté votre mot de passe.",
          action: "Vérifiez votre mot de passe et saisissez-le de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك كلمة المرور الخاصة بك.",
          action: "تحقق من كلمة المرور وأدخلها مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó su contraseña.",
          action: "Revise su contraseña y vuelva a ingresarla.",
        },
        pt: {
          message: "Seu banco não aceitou sua senha.",
          action: "Confira sua senha e digite-a novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should re-enter their password.",
      userMessage: null,
      aliases: [],
    },
    INVALID_LOGIN: {
      description: "The provided credentials are incorrect.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not accept your sign-in details.",
          action: "Check your sign-in details and enter them again.",
        },
        fr: {
          message: "Votre banque n'a pas accepté vos identifiants.",
          action: "Vérifiez vos identifiants et saisissez-les de nouveau.",
        },
        ar: {
          message: "لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
          action: "تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
        },
        es: {
          message: "Su banco no aceptó sus datos de inicio de sesión.",
          action: "Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
        },
        pt: {
          message: "Seu banco não aceitou seus dados de acesso.",
          action: "Confira seus dados de acesso e digite-os novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should verify and re-enter their login details.",
      userMessage: null,
      aliases: [],
    },
    INVALID_SECURITY_RESPONSE: {
      description: "The MFA response provided was different from what the bank expected.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your answer to the security question was not accepted.",
          action: "Answer the security question again.",
        },
        fr: {
          message: "Votre réponse à la question de sécurité n'a pas été acceptée.",
          action: "Répondez de nouveau à la question de sécurité.",
        },
        ar: {
          message: "لم يتم قبول إجابتك عن سؤال الأمان.",
          action: "أجب عن سؤال الأمان مرة أخرى.",
        },
        es: {
          message: "Su respuesta a la pregunta de seguridad no fue aceptada.",
          action: "Vuelva a responder la pregunta de seguridad.",
        },
        pt: {
          message: "Sua resposta à pergunta de segurança não foi aceita.",
          action: "Responda à pergunta de segurança novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try answering the security question again.",
      userMessage: null,
      aliases: [],
    },
    RETRY_LATER: {
      description: "Flinks was unable to open a connection with the financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We couldn't connect to your bank right now.",
          action: "Please try again later.",
        },
        fr: {
          message: "Nous n'avons pas pu nous connecter à votre banque pour le moment.",
          action: "Veuillez réessayer plus tard.",
        },
        ar: {
          message: "تعذّر الاتصال ببنكك في الوقت الحالي.",
          action: "يرجى المحاولة مرة أخرى لاحقاً.",
        },
        es: {
          message: "No pudimos conectarnos con su banco en este momento.",
          action: "Vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Não conseguimos nos conectar ao seu banco agora.",
          action: "Tente novamente mais tarde.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try again later.",
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED: {
      description: "The institution did not authorize access.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not allow access to your account.",
          action: "Sign in to your bank's website, complete any steps it asks for, then try again.",
        },
        fr: {
          message: "Votre banque n'a pas autorisé l'accès à votre compte.",
          action: "Connectez-vous au site Web de votre banque, effectuez les étapes demandées, puis réessayez.",
        },
        ar: {
          message: "لم يسمح بنكك بالوصول إلى حسابك.",
          action: "سجّل الدخول إلى موقع بنكك الإلكتروني، وأكمل الخطوات المطلوبة، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su banco no permitió el acceso a su cuenta.",
          action: "Inicie sesión en el sitio web de su banco, complete los pasos que le indique y luego vuelva a intentarlo.",
        },
        pt: {
          message: "Seu banco não permitiu o acesso à sua conta.",
          action: "Acesse o site do seu banco, conclua as etapas que ele pedir e tente novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer may need to complete additional steps on their bank’s website.",
      userMessage: null,
      aliases: [],
    },
    NEW_ACCOUNT: {
      description: "The customer must take action directly on their online banking before connecting.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to take an action in your online banking before connecting.",
          action: "Sign in to your bank's website first (for example, to accept its terms), then try again.",
        },
        fr: {
          message: "Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
          action: "Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
        },
        ar: {
          message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
          action: "سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
          action: "Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
        },
        pt: {
          message: "Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
          action: "Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should log in to their bank website first (e.g., accept terms).",
      userMessage: null,
      aliases: [],
    },
    AGGREGATION_ERROR: {
      description: "Flinks encountered an unexpected error during processing.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Something went wrong while connecting to your bank.",
          action: "Please try again, and contact support if the problem continues.",
        },
        fr: {
          message: "Un problème est survenu lors de la connexion à votre banque.",
          action: "Veuillez réessayer et communiquer avec notre service d'assistance si le problème persiste.",
        },
        ar: {
          message: "حدث خطأ أثناء الاتصال ببنكك.",
          action: "يرجى المحاولة مرة أخرى، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
        },
        es: {
          message: "Se produjo un error al conectarse con su banco.",
          action: "Vuelva a intentarlo y comuníquese con el servicio de asistencia si el problema continúa.",
        },
        pt: {
          message: "Algo deu errado ao conectar ao seu banco.",
          action: "Tente novamente e entre em contato com o suporte se o problema continuar.",
        },
      },
      httpStatuses: [500],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try again. If the issue persists, contact support.",
      userMessage: null,
      aliases: [],
    },
    DISABLED_INSTITUTION: {
      description: "The selected financial institution is not currently available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is not available right now.",
          action: "Choose another bank, or try again later.",
        },
        fr: {
          message: "Votre banque n'est pas disponible pour le moment.",
          action: "Choisissez une autre banque ou réessayez plus tard.",
        },
        ar: {
          message: "بنكك غير متاح في الوقت الحالي.",
          action: "اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
        },
        es: {
          message: "Su banco no está disponible en este momento.",
          action: "Elija otro banco o vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Seu banco não está disponível no momento.",
          action: "Escolha outro banco ou tente novamente mais tarde.",
        },
      },
      httpStatuses: [405],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer should try a different institution or try again later.",
      userMessage: null,
      aliases: [],
    },
    DISABLED_LOGIN: {
      description: "The account has been deactivated by the financial institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your bank has deactivated this account.",
          action: "Contact your bank to reactivate it.",
        },
        fr: {
          message: "Votre banque a désactivé ce compte.",
          action: "Communiquez avec votre banque pour le réactiver.",
        },
        ar: { message: "عطّل بنكك هذا الحساب.", action: "تواصل مع بنكك لإعادة تفعيله." },
        es: {
          message: "Su banco desactivó esta cuenta.",
          action: "Comuníquese con su banco para reactivarla.",
        },
        pt: {
          message: "Seu banco desativou esta conta.",
          action: "Entre em contato com seu banco para reativá-la.",
        },
      },
      httpStatuses: [401],
      sources: ["seed-004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-004"] },
        advice: { by: "provider", sources: ["seed-004"] },
      },
      message: null,
      advice: "Customer must contact their bank to reactivate the account.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FlinksConnectError. */
export const isFlinksConnectError = (value: unknown): value is FlinksConnectError => isCodeOf(FlinksConnectErrorCategories, FlinksConnectErrorAliases, value);

/** Other wire spellings of FlinksConnectStep values (alias -> value). */
export const FlinksConnectStepAliases: { readonly [alias: string]: FlinksConnectStep } = {
};
/** The category of every FlinksConnectStep value and alias: all a listener needs to read one. */
export const FlinksConnectStepCategories: { readonly [spelling: string]: Category } = {
  APP_MOUNTED: "informational",
  APP_ONLINE: "informational",
  APP_OFFLINE: "informational",
  APP_RESIZE: "informational",
  ACCOUNT_SELECTED: "informational",
  COMPONENT_ACCEPT_CONSENT: "informational",
  COMPONENT_ACCEPT_PROVIDER_CONSENT: "informational",
  COMPONENT_ACCEPT_TERMS: "informational",
  COMPONENT_CLICK_RESET_PASSWORD: "informational",
  COMPONENT_CLICK_TERMS_URL: "informational",
  COMPONENT_CLOSE_SESSION: "informational",
  COMPONENT_DENY_CONSENT: "informational",
  COMPONENT_DENY_TERMS: "informational",
  COMPONENT_HELP2FA_INFO: "informational",
  COMPONENT_HELP2FA_TROUBLESHOOTING: "informational",
  COMPONENT_LOAD_ACCOUNT_SELECTION: "informational",
  COMPONENT_LOAD_CONSENT: "informational",
  COMPONENT_LOAD_CREDENTIAL: "informational",
  COMPONENT_LOAD_CREDENTIAL_RETRY: "informational",
  COMPONENT_LOAD_INSTITUTION_SELECTOR: "informational",
  COMPONENT_LOAD_MFA: "informational",
  COMPONENT_LOAD_MFA_RETRY: "informational",
  DISABLED_INSTITUTION: "institution_unavailable",
  ENHANCED_MFA_HAS_QUESTIONS: "informational",
  ENHANCED_MFA_NO_QUESTIONS: "informational",
  INSTITUTION_SELECTED: "informational",
  SUBMIT_CREDENTIAL: "informational",
  SUBMIT_MFA: "informational",
  REDIRECT: "success",
  TOKEN_INVALID: "session_expired",
};
/**
 * Flinks Connect step event: The step of a Flinks Connect message event: a user event in the
 * connection flow, useful for tracing and for controlling the user experience. Wire field: message
 * event data.step.
 */
export const FlinksConnectStep: {
  /**
   * Flinks Connect has retrieved configuration values from the API, and has successfully loaded.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly APP_MOUNTED: "APP_MOUNTED";
  /**
   * The internet connection was restored.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly APP_ONLINE: "APP_ONLINE";
  /**
   * The internet connection was lost.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly APP_OFFLINE: "APP_OFFLINE";
  /**
   * The Flinks Connect frame changed size.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated No Flinks page and no public integration found shows this spelling; only bankcodes
   * 1.0.0 listed it (the cited source). Withdrawn in 1.1.0 and kept only so that values parsed with
   * 1.0.0 stay known.
   */
  readonly APP_RESIZE: "APP_RESIZE";
  /**
   * The user selects an account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly ACCOUNT_SELECTED: "ACCOUNT_SELECTED";
  /**
   * The user accepts to give consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_ACCEPT_CONSENT: "COMPONENT_ACCEPT_CONSENT";
  /**
   * The user accepts the data provider's consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly COMPONENT_ACCEPT_PROVIDER_CONSENT: "COMPONENT_ACCEPT_PROVIDER_CONSENT";
  /**
   * The user has checked the box to approve the terms and conditions linked in the URL
   * termsUrl={https://example.com}.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_ACCEPT_TERMS: "COMPONENT_ACCEPT_TERMS";
  /**
   * The user clicks on the Reset Password button.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_CLICK_RESET_PASSWORD: "COMPONENT_CLICK_RESET_PASSWORD";
  /**
   * The user clicks on the terms and conditions link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_CLICK_TERMS_URL: "COMPONENT_CLICK_TERMS_URL";
  /**
   * The use clicks on the _X in the top right corner. Related to the Layout Customization
   * parameters : closeEnable.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_CLOSE_SESSION: "COMPONENT_CLOSE_SESSION";
  /**
   * The user denies consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_DENY_CONSENT: "COMPONENT_DENY_CONSENT";
  /**
   * The user unchecked the box on the left of the terms and conditions using the parameter
   * termsUrl={https://example.com}.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_DENY_TERMS: "COMPONENT_DENY_TERMS";
  /**
   * When Flinks Connect loads the Help2FA component, or if the users goes back from the
   * troubleshooting screen via the back button.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_HELP2FA_INFO: "COMPONENT_HELP2FA_INFO";
  /**
   * When Flinks Connect navigates to the troubleshooting screen due to the user clicking the
   * troubleshooting tips link on the info screen.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_HELP2FA_TROUBLESHOOTING: "COMPONENT_HELP2FA_TROUBLESHOOTING";
  /**
   * When Flinks Connect loads the account selection page. Contains metadata regarding the user's
   * accounts (totalAccounts & displayedAccounts)
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_ACCOUNT_SELECTION: "COMPONENT_LOAD_ACCOUNT_SELECTION";
  /**
   * The consent page is loaded using the parameter consentEnable=true
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_CONSENT: "COMPONENT_LOAD_CONSENT";
  /**
   * The user is faced with a prompt for FI username and password.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_CREDENTIAL: "COMPONENT_LOAD_CREDENTIAL";
  /**
   * The user clicks on retry after an authorize error
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_CREDENTIAL_RETRY: "COMPONENT_LOAD_CREDENTIAL_RETRY";
  /**
   * The FI list page is loaded
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_INSTITUTION_SELECTOR: "COMPONENT_LOAD_INSTITUTION_SELECTOR";
  /**
   * The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received
   * (mfaTypes)
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_MFA: "COMPONENT_LOAD_MFA";
  /**
   * The user clicks on retry after a failed MFA challenge.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly COMPONENT_LOAD_MFA_RETRY: "COMPONENT_LOAD_MFA_RETRY";
  /**
   * An Institution is disabled.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Flinks' published text.
   */
  readonly DISABLED_INSTITUTION: "DISABLED_INSTITUTION";
  /**
   * When there is unanswered question using enhancedMFA=true
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Flinks' published text.
   */
  readonly ENHANCED_MFA_HAS_QUESTIONS: "ENHANCED_MFA_HAS_QUESTIONS";
  /**
   * With enhancedMFA=true, every question has an answer.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENHANCED_MFA_NO_QUESTIONS: "ENHANCED_MFA_NO_QUESTIONS";
  /**
   * The user selected an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INSTITUTION_SELECTED: "INSTITUTION_SELECTED";
  /**
   * The user submitted their credentials.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMIT_CREDENTIAL: "SUBMIT_CREDENTIAL";
  /**
   * The user submitted an MFA answer.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMIT_MFA: "SUBMIT_MFA";
  /**
   * The connection succeeded and Flinks Connect redirects; the event carries institution and url
   * (with loginId).
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REDIRECT: "REDIRECT";
  /**
   * Flinks Connect reported that its authorize token is invalid.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TOKEN_INVALID: "TOKEN_INVALID";
} = /* @__PURE__ */ membersOf(FlinksConnectStepCategories, FlinksConnectStepAliases);
export type FlinksConnectStep = (typeof FlinksConnectStep)[keyof typeof FlinksConnectStep];
/** A FlinksConnectStep as read from the wire: a known value or any other string. */
export type FlinksConnectStepOrUnknown = FlinksConnectStep | (string & {});
/** The catalog's metadata of every FlinksConnectStep value. */
export const FlinksConnectStepInfo: { readonly [V in FlinksConnectStep]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/flinks/connect_step_event",
  {
    APP_MOUNTED: {
      description: "Flinks Connect has retrieved configuration values from the API, and has successfully loaded.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    APP_ONLINE: {
      description: "The internet connection was restored.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    APP_OFFLINE: {
      description: "The internet connection was lost.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    APP_RESIZE: {
      description: "The Flinks Connect frame changed size.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bankcodes-release-1-0-0"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "No Flinks page and no public integration found shows this spelling; only bankcodes 1.0.0 listed it (the cited source). Withdrawn in 1.1.0 and kept only so that values parsed with 1.0.0 stay known.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_SELECTED: {
      description: "The user selects an account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_ACCEPT_CONSENT: {
      description: "The user accepts to give consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_ACCEPT_PROVIDER_CONSENT: {
      description: "The user accepts the data provider's consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-bank-accout-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_ACCEPT_TERMS: {
      description: "The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_CLICK_RESET_PASSWORD: {
      description: "The user clicks on the Reset Password button.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_CLICK_TERMS_URL: {
      description: "The user clicks on the terms and conditions link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_CLOSE_SESSION: {
      description: "The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_DENY_CONSENT: {
      description: "The user denies consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_DENY_TERMS: {
      description: "The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_HELP2FA_INFO: {
      description: "When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_HELP2FA_TROUBLESHOOTING: {
      description: "When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_ACCOUNT_SELECTION: {
      description: "When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_CONSENT: {
      description: "The consent page is loaded using the parameter consentEnable=true",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_CREDENTIAL: {
      description: "The user is faced with a prompt for FI username and password.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_CREDENTIAL_RETRY: {
      description: "The user clicks on retry after an authorize error",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_INSTITUTION_SELECTOR: {
      description: "The FI list page is loaded",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_MFA: {
      description: "The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPONENT_LOAD_MFA_RETRY: {
      description: "The user clicks on retry after a failed MFA challenge.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DISABLED_INSTITUTION: {
      description: "An Institution is disabled.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is not available right now.",
          action: "Choose another bank, or try again later.",
        },
        fr: {
          message: "Votre banque n'est pas disponible pour le moment.",
          action: "Choisissez une autre banque ou réessayez plus tard.",
        },
        ar: {
          message: "بنكك غير متاح في الوقت الحالي.",
          action: "اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
        },
        es: {
          message: "Su banco no está disponible en este momento.",
          action: "Elija otro banco o vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Seu banco não está disponível no momento.",
          action: "Escolha outro banco ou tente novamente mais tarde.",
        },
      },
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ENHANCED_MFA_HAS_QUESTIONS: {
      description: "When there is unanswered question using enhancedMFA=true",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["flinks-events", "flinks-use-event-listener"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ENHANCED_MFA_NO_QUESTIONS: {
      description: "With enhancedMFA=true, every question has an answer.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-events", "flinks-use-event-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_SELECTED: {
      description: "The user selected an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-oauth-article", "flinks-bank-accout-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_CREDENTIAL: {
      description: "The user submitted their credentials.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-oauth-article", "flinks-bank-accout-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_MFA: {
      description: "The user submitted an MFA answer.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-bank-accout-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REDIRECT: {
      description: "The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId).",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-successful-connection"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TOKEN_INVALID: {
      description: "Flinks Connect reported that its authorize token is invalid.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["flinks-bank-accout-listener"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FlinksConnectStep. */
export const isFlinksConnectStep = (value: unknown): value is FlinksConnectStep => isCodeOf(FlinksConnectStepCategories, FlinksConnectStepAliases, value);

/** Other wire spellings of FlinksWebhookResponseType values (alias -> value). */
export const FlinksWebhookResponseTypeAliases: { readonly [alias: string]: FlinksWebhookResponseType } = {
};
/** The category of every FlinksWebhookResponseType value and alias: all a listener needs to read one. */
export const FlinksWebhookResponseTypeCategories: { readonly [spelling: string]: Category } = {
  KYC: "informational",
  GetAccountsDetail: "informational",
};
/**
 * Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself,
 * without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert
 * webhooks, whose ResponseType values are not published. Wire field: webhook.ResponseType.
 */
export const FlinksWebhookResponseType: {
  /**
   * The account holder's data, sent early in the flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly KYC: "KYC";
  /**
   * The same body as a 200 GetAccountsDetail response.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly GetAccountsDetail: "GetAccountsDetail";
} = /* @__PURE__ */ membersOf(FlinksWebhookResponseTypeCategories, FlinksWebhookResponseTypeAliases);
export type FlinksWebhookResponseType = (typeof FlinksWebhookResponseType)[keyof typeof FlinksWebhookResponseType];
/** A FlinksWebhookResponseType as read from the wire: a known value or any other string. */
export type FlinksWebhookResponseTypeOrUnknown = FlinksWebhookResponseType | (string & {});
/** The catalog's metadata of every FlinksWebhookResponseType value. */
export const FlinksWebhookResponseTypeInfo: { readonly [V in FlinksWebhookResponseType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/flinks/webhook_response_type",
  {
    KYC: {
      description: "The account holder's data, sent early in the flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-webhooks-intro", "flinks-kyc"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GetAccountsDetail: {
      description: "The same body as a 200 GetAccountsDetail response.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["flinks-webhooks-intro", "flinks-getaccountsdetail"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FlinksWebhookResponseType. */
export const isFlinksWebhookResponseType = (value: unknown): value is FlinksWebhookResponseType => isCodeOf(FlinksWebhookResponseTypeCategories, FlinksWebhookResponseTypeAliases, value);
