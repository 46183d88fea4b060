// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Token.io (https://token.io): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of TokenioPaymentStatus values (alias -> value). */
export const TokenioPaymentStatusAliases: { readonly [alias: string]: TokenioPaymentStatus } = {
};
/** The category of every TokenioPaymentStatus value and alias: all a listener needs to read one. */
export const TokenioPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  INITIATION_PENDING: "pending",
  INITIATION_PENDING_REDIRECT_AUTH: "pending",
  INITIATION_PENDING_REDIRECT_HP: "pending",
  INITIATION_PENDING_REDIRECT_PBL: "user_action_required",
  INITIATION_PENDING_EMBEDDED_AUTH: "user_action_required",
  INITIATION_PENDING_DECOUPLED_AUTH: "mfa_required",
  INITIATION_PENDING_REDEMPTION: "pending",
  INITIATION_EXPIRED: "session_expired",
};
/**
 * Payment status (Payments v2): The status of a Payments v2 payment, in the status field of POST
 * /v2/payments, GET /v2/payments/{paymentId} and POST /v2/payments/{paymentId}/embedded-auth, and
 * of the payment a PAYMENT_STATUS_CHANGED webhook carries. The statuses held are those whose words
 * were read: the first row of the considerations page's table, the statuses the Initiate a payment
 * description tells the TPP to act on, the status it expires to after 40 minutes and
 * INITIATION_PENDING_REDEMPTION of two-step banks. Wire field: status of a Payments v2 payment.
 */
export const TokenioPaymentStatus: {
  /**
   * Token.io has received the payment initiation and the initiation has passed Token.io's
   * validation. No action is required; await the next step, e.g., Token.io sends a webhook with the
   * status update, or a polling call.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INITIATION_PENDING: "INITIATION_PENDING";
  /**
   * The user is to be redirected to the redirect url in the payment's authentication payload, to
   * authenticate at the bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INITIATION_PENDING_REDIRECT_AUTH: "INITIATION_PENDING_REDIRECT_AUTH";
  /**
   * The user is to be redirected to the redirect url in the payment's authentication payload, to
   * authenticate at Token.io's Hosted Pages.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INITIATION_PENDING_REDIRECT_HP: "INITIATION_PENDING_REDIRECT_HP";
  /**
   * The user will be taken to Token.io’s Hosted Pages, where any missing information (such as
   * amount or reference) can be provided before proceeding with payment authentication.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INITIATION_PENDING_REDIRECT_PBL: "INITIATION_PENDING_REDIRECT_PBL";
  /**
   * The requested data listed in the payment's authentication payload is to be collected and
   * provided with POST /v2/payments/{paymentId}/embedded-auth.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INITIATION_PENDING_EMBEDDED_AUTH: "INITIATION_PENDING_EMBEDDED_AUTH";
  /**
   * the bank has requested a decoupled authentication from the user and Token.io is awaiting the
   * result. No further action is required.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INITIATION_PENDING_DECOUPLED_AUTH: "INITIATION_PENDING_DECOUPLED_AUTH";
  /**
   * INITIATION_PENDING_REDEMPTION is a transaction status which can be assigned to 2-step payments
   * in Token.io's V2 Payments API.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INITIATION_PENDING_REDEMPTION: "INITIATION_PENDING_REDEMPTION";
  /**
   * The payment expired: the user did not authenticate at the bank in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INITIATION_EXPIRED: "INITIATION_EXPIRED";
} = /* @__PURE__ */ membersOf(TokenioPaymentStatusCategories, TokenioPaymentStatusAliases);
export type TokenioPaymentStatus = (typeof TokenioPaymentStatus)[keyof typeof TokenioPaymentStatus];
/** A TokenioPaymentStatus as read from the wire: a known value or any other string. */
export type TokenioPaymentStatusOrUnknown = TokenioPaymentStatus | (string & {});
/** The catalog's metadata of every TokenioPaymentStatus value. */
export const TokenioPaymentStatusInfo: { readonly [V in TokenioPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/payment_status",
  {
    INITIATION_PENDING: {
      description: "Token.io has received the payment initiation and the initiation has passed Token.io's validation. No action is required; await the next step, e.g., Token.io sends a webhook with the status update, or a polling call.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-docs-sip-v2-considerations", "tokenio-docs-initiate-payment"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-docs-sip-v2-considerations"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_REDIRECT_AUTH: {
      description: "The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-docs-initiate-payment", "tokenio-docs-sip-v2-considerations"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_REDIRECT_HP: {
      description: "The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at Token.io's Hosted Pages.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-docs-initiate-payment"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_REDIRECT_PBL: {
      description: "The user will be taken to Token.io’s Hosted Pages, where any missing information (such as amount or reference) can be provided before proceeding with payment authentication.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-docs-initiate-payment"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-docs-initiate-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_EMBEDDED_AUTH: {
      description: "The requested data listed in the payment's authentication payload is to be collected and provided with POST /v2/payments/{paymentId}/embedded-auth.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-docs-initiate-payment"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_DECOUPLED_AUTH: {
      description: "the bank has requested a decoupled authentication from the user and Token.io is awaiting the result. No further action is required.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-docs-initiate-payment"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-docs-initiate-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_PENDING_REDEMPTION: {
      description: "INITIATION_PENDING_REDEMPTION is a transaction status which can be assigned to 2-step payments in Token.io's V2 Payments API.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-support-pending-redemption"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-support-pending-redemption"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATION_EXPIRED: {
      description: "The payment expired: the user did not authenticate at the bank in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-docs-sip-v2-considerations"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioPaymentStatus. */
export const isTokenioPaymentStatus = (value: unknown): value is TokenioPaymentStatus => isCodeOf(TokenioPaymentStatusCategories, TokenioPaymentStatusAliases, value);

/** Other wire spellings of TokenioCallbackErrorCode values (alias -> value). */
export const TokenioCallbackErrorCodeAliases: { readonly [alias: string]: TokenioCallbackErrorCode } = {
};
/** The category of every TokenioCallbackErrorCode value and alias: all a listener needs to read one. */
export const TokenioCallbackErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "0": "success",
  "1": "cancelled",
  "2": "generic_failure",
  "3": "integration_error",
  "4": "institution_unavailable",
  "5": "integration_error",
  "6": "integration_error",
  "7": "reconnect_required",
  "8": "rate_limited",
  "9": "rejected",
  "10": "concurrent_operation",
  "11": "integration_error",
  "12": "institution_not_supported",
  "13": "generic_failure",
  "14": "institution_unavailable",
  "15": "generic_failure",
  "16": "integration_error",
};
/**
 * Callback error code (gRPC status): The gRPC status code Token.io puts in the error query
 * parameter of its callback to the TPP when a bank authorisation fails, with a message and a trace-
 * id ("If the callback is unsuccessful, a gRPC code is displayed"); the same codes its APIs throw,
 * whose names and meanings its Error Codes page lists. Values are the numbers as the query string
 * carries them. Token.io's table was read through row 9: rows 10, 11, 13, 15 and 16 are gRPC's
 * standard codes in gRPC's own words (its status.h), which Token.io says its APIs throw; 12 and 14
 * are in Token.io's words from its other pages. Wire field: error (query parameter of Token.io's
 * error callback to the TPP's callback URL: a gRPC status code, a number).
 */
export const TokenioCallbackErrorCode: {
  /**
   * Operation completed successfully
   * Category: success (Success); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly OK: "0";
  /**
   * Operation was canceled; typically, by the caller
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly CANCELED: "1";
  /**
   * Unknown error; e.g., a status value was received from an unknown error space or an API call
   * returned an error with incomplete information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Token.io's published text.
   */
  readonly UNKNOWN: "2";
  /**
   * Client specified an incomplete argument
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Token.io's published text.
   * HTTP: 400.
   */
  readonly INVALID_ARGUMENTS: "3";
  /**
   * Deadline expired before operation could complete
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Token.io's published text.
   * HTTP: 504.
   */
  readonly DEADLINE_EXCEEDED: "4";
  /**
   * Requested entity, such as a file or directory, was not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly NOT_FOUND: "5";
  /**
   * Attempt to create entity, such as a file or directory, that already exists
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly ALREADY_EXISTS: "6";
  /**
   * Caller does not have the required permission to execute the operation specified. This error
   * message will be accompanied by the reason from the bank. Typically means the access token has
   * expired and the TPP needs its user to re-authenticate with the bank
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Token.io's published text.
   * HTTP: 403.
   */
  readonly PERMISSION_DENIED: "7";
  /**
   * Resource, such as a per-user quota or file system, is exhausted (out of space)
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Token.io's published text.
   * HTTP: 429.
   */
  readonly RESOURCE_EXHAUSTED: "8";
  /**
   * Operation rejected because the current system state cannot support execution
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILED_PRECONDITION: "9";
  /**
   * The operation was aborted, typically due to a concurrency issue like sequencer check failures,
   * transaction aborts, etc.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Token.io's published text.
   */
  readonly ABORTED: "10";
  /**
   * Operation was attempted past the valid range.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly OUT_OF_RANGE: "11";
  /**
   * A bank error: the payment or account information access operation requested is not currently
   * supported/implemented by the bank.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 501.
   */
  readonly UNIMPLEMENTED: "12";
  /**
   * Internal errors. Means some invariants expected by underlying system has been broken. If you
   * see one of these errors, something is very broken.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Token.io's published text.
   */
  readonly INTERNAL: "13";
  /**
   * The bank is unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 503.
   */
  readonly UNAVAILABLE: "14";
  /**
   * Unrecoverable data loss or corruption.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Token.io's published text.
   */
  readonly DATA_LOSS: "15";
  /**
   * The request does not have valid authentication credentials for the operation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly UNAUTHENTICATED: "16";
} = {
  OK: "0",
  CANCELED: "1",
  UNKNOWN: "2",
  INVALID_ARGUMENTS: "3",
  DEADLINE_EXCEEDED: "4",
  NOT_FOUND: "5",
  ALREADY_EXISTS: "6",
  PERMISSION_DENIED: "7",
  RESOURCE_EXHAUSTED: "8",
  FAILED_PRECONDITION: "9",
  ABORTED: "10",
  OUT_OF_RANGE: "11",
  UNIMPLEMENTED: "12",
  INTERNAL: "13",
  UNAVAILABLE: "14",
  DATA_LOSS: "15",
  UNAUTHENTICATED: "16",
};
export type TokenioCallbackErrorCode = (typeof TokenioCallbackErrorCode)[keyof typeof TokenioCallbackErrorCode];
/** A TokenioCallbackErrorCode as read from the wire: a known value or any other string. */
export type TokenioCallbackErrorCodeOrUnknown = TokenioCallbackErrorCode | (string & {});
/** The catalog's metadata of every TokenioCallbackErrorCode value. */
export const TokenioCallbackErrorCodeInfo: { readonly [V in TokenioCallbackErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/callback_error_code",
  {
    "0": {
      name: "OK",
      description: "Operation completed successfully",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1": {
      name: "CANCELED",
      description: "Operation was canceled; typically, by the caller",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2": {
      name: "UNKNOWN",
      description: "Unknown error; e.g., a status value was received from an unknown error space or an API call returned an error with incomplete information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3": {
      name: "INVALID_ARGUMENTS",
      description: "Client specified an incomplete argument",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["tokenio-dev-error-codes", "tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-dev-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "4": {
      name: "DEADLINE_EXCEEDED",
      description: "Deadline expired before operation could complete",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [504],
      sources: ["tokenio-dev-error-codes", "tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-dev-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "5": {
      name: "NOT_FOUND",
      description: "Requested entity, such as a file or directory, was not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "6": {
      name: "ALREADY_EXISTS",
      description: "Attempt to create entity, such as a file or directory, that already exists",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "7": {
      name: "PERMISSION_DENIED",
      description: "Caller does not have the required permission to execute the operation specified. This error message will be accompanied by the reason from the bank. Typically means the access token has expired and the TPP needs its user to re-authenticate with the bank",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["tokenio-dev-error-codes", "tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-dev-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "8": {
      name: "RESOURCE_EXHAUSTED",
      description: "Resource, such as a per-user quota or file system, is exhausted (out of space)",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["tokenio-dev-error-codes", "tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-dev-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "9": {
      name: "FAILED_PRECONDITION",
      description: "Operation rejected because the current system state cannot support execution",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-error-codes", "tokenio-dev-payments-v1-considerations"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10": {
      name: "ABORTED",
      description: "The operation was aborted, typically due to a concurrency issue like sequencer check failures, transaction aborts, etc.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "grpc-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["grpc-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11": {
      name: "OUT_OF_RANGE",
      description: "Operation was attempted past the valid range.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "grpc-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["grpc-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12": {
      name: "UNIMPLEMENTED",
      description: "A bank error: the payment or account information access operation requested is not currently supported/implemented by the bank.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [501],
      sources: ["tokenio-dev-error-codes", "tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "13": {
      name: "INTERNAL",
      description: "Internal errors.  Means some invariants expected by underlying system has been broken.  If you see one of these errors, something is very broken.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "grpc-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["grpc-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14": {
      name: "UNAVAILABLE",
      description: "The bank is unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: [
        "tokenio-dev-error-codes",
        "tokenio-support-error-codes",
        "tokenio-dev-payments-v1-considerations",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "15": {
      name: "DATA_LOSS",
      description: "Unrecoverable data loss or corruption.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "grpc-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["grpc-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "16": {
      name: "UNAUTHENTICATED",
      description: "The request does not have valid authentication credentials for the operation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-error-codes", "grpc-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["grpc-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioCallbackErrorCode. */
export const isTokenioCallbackErrorCode = (value: unknown): value is TokenioCallbackErrorCode => isCodeOf(TokenioCallbackErrorCodeCategories, TokenioCallbackErrorCodeAliases, value);

/** Other wire spellings of TokenioHostedPagesError values (alias -> value). */
export const TokenioHostedPagesErrorAliases: { readonly [alias: string]: TokenioHostedPagesError } = {
};
/** The category of every TokenioHostedPagesError value and alias: all a listener needs to read one. */
export const TokenioHostedPagesErrorCategories: { readonly [spelling: string]: Category } = {
  EXCEPTION_INITIATE_BANK_AUTH: "generic_failure",
};
/**
 * Hosted Pages callback error: The error of a Hosted Pages v1 callback that failed, beside a
 * message and the request-id (no token-id: "if there is an error and a token isn't created, there
 * will be no token-id"). Wire field: error of a Hosted Pages v1 callback.
 */
export const TokenioHostedPagesError: {
  /**
   * Token.io could not start the bank authorisation for the token request; its message says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: INTERNAL: InitiateBankAuth failed for TokenRequest:
   * rq:7oJUVi8s129JcYdzK1uGo2PTw81:5zKtXEAq due to INVALID_ARGUMENT: Expected username or OTP
   * credential.
   * Whose words: description: bankcodes' wording; message: Token.io's published text.
   */
  readonly EXCEPTION_INITIATE_BANK_AUTH: "EXCEPTION_INITIATE_BANK_AUTH";
} = /* @__PURE__ */ membersOf(TokenioHostedPagesErrorCategories, TokenioHostedPagesErrorAliases);
export type TokenioHostedPagesError = (typeof TokenioHostedPagesError)[keyof typeof TokenioHostedPagesError];
/** A TokenioHostedPagesError as read from the wire: a known value or any other string. */
export type TokenioHostedPagesErrorOrUnknown = TokenioHostedPagesError | (string & {});
/** The catalog's metadata of every TokenioHostedPagesError value. */
export const TokenioHostedPagesErrorInfo: { readonly [V in TokenioHostedPagesError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/hosted_pages_error",
  {
    EXCEPTION_INITIATE_BANK_AUTH: {
      description: "Token.io could not start the bank authorisation for the token request; its message says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-docs-hp-v1-callback"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["tokenio-docs-hp-v1-callback"] },
      },
      message: "INTERNAL: InitiateBankAuth failed for TokenRequest: rq:7oJUVi8s129JcYdzK1uGo2PTw81:5zKtXEAq due to INVALID_ARGUMENT: Expected username or OTP credential.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioHostedPagesError. */
export const isTokenioHostedPagesError = (value: unknown): value is TokenioHostedPagesError => isCodeOf(TokenioHostedPagesErrorCategories, TokenioHostedPagesErrorAliases, value);

/** Other wire spellings of TokenioWebhookEventType values (alias -> value). */
export const TokenioWebhookEventTypeAliases: { readonly [alias: string]: TokenioWebhookEventType } = {
};
/** The category of every TokenioWebhookEventType value and alias: all a listener needs to read one. */
export const TokenioWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  PAYMENT_STATUS_CHANGED: "informational",
};
/**
 * Webhook event type (Payments v2): The eventType of a Payments v2 webhook notification:
 * "Currently, the only eventType we offer is PAYMENT_STATUS_CHANGED, which is used for both payment
 * creation and payment status updates." Wire field: eventType of a Payments v2 webhook
 * notification.
 */
export const TokenioWebhookEventType: {
  /**
   * A payment was created or its status changed; the notification carries the payment object (its
   * id, memberId and bankPaymentStatus, the raw bank status).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_STATUS_CHANGED: "PAYMENT_STATUS_CHANGED";
} = /* @__PURE__ */ membersOf(TokenioWebhookEventTypeCategories, TokenioWebhookEventTypeAliases);
export type TokenioWebhookEventType = (typeof TokenioWebhookEventType)[keyof typeof TokenioWebhookEventType];
/** A TokenioWebhookEventType as read from the wire: a known value or any other string. */
export type TokenioWebhookEventTypeOrUnknown = TokenioWebhookEventType | (string & {});
/** The catalog's metadata of every TokenioWebhookEventType value. */
export const TokenioWebhookEventTypeInfo: { readonly [V in TokenioWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/webhook_event_type",
  {
    PAYMENT_STATUS_CHANGED: {
      description: "A payment was created or its status changed; the notification carries the payment object (its id, memberId and bankPaymentStatus, the raw bank status).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioWebhookEventType. */
export const isTokenioWebhookEventType = (value: unknown): value is TokenioWebhookEventType => isCodeOf(TokenioWebhookEventTypeCategories, TokenioWebhookEventTypeAliases, value);

/** Other wire spellings of TokenioWebhookConfigEventType values (alias -> value). */
export const TokenioWebhookConfigEventTypeAliases: { readonly [alias: string]: TokenioWebhookConfigEventType } = {
};
/** The category of every TokenioWebhookConfigEventType value and alias: all a listener needs to read one. */
export const TokenioWebhookConfigEventTypeCategories: { readonly [spelling: string]: Category } = {
  INVALID: "informational",
  TRANSFER_STATUS_CHANGED: "informational",
  BULK_TRANSFER_STATUS_CHANGED: "informational",
  STANDING_ORDER_STATUS_CHANGED: "informational",
};
/**
 * Webhook configuration event type: The event types a webhook configuration subscribes to (its
 * type, a list, beside its url: PUT /webhook/config), the EventType union of Token.io's JavaScript
 * SDK; its samples subscribe to TRANSFER_STATUS_CHANGED. The developer page Working with Webhooks
 * subscribes to STANDING_ORDER_STATUS_CHANGED beside it; its list of the available values was not
 * read. The descriptions are bankcodes' reading of the names. Wire field: type of a webhook
 * configuration (PUT /webhook/config).
 */
export const TokenioWebhookConfigEventType: {
  /**
   * No event type: the union's first value, not one to subscribe to.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID: "INVALID";
  /**
   * A transfer's status changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSFER_STATUS_CHANGED: "TRANSFER_STATUS_CHANGED";
  /**
   * A bulk transfer's status changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BULK_TRANSFER_STATUS_CHANGED: "BULK_TRANSFER_STATUS_CHANGED";
  /**
   * Standing order setup status changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly STANDING_ORDER_STATUS_CHANGED: "STANDING_ORDER_STATUS_CHANGED";
} = /* @__PURE__ */ membersOf(TokenioWebhookConfigEventTypeCategories, TokenioWebhookConfigEventTypeAliases);
export type TokenioWebhookConfigEventType = (typeof TokenioWebhookConfigEventType)[keyof typeof TokenioWebhookConfigEventType];
/** A TokenioWebhookConfigEventType as read from the wire: a known value or any other string. */
export type TokenioWebhookConfigEventTypeOrUnknown = TokenioWebhookConfigEventType | (string & {});
/** The catalog's metadata of every TokenioWebhookConfigEventType value. */
export const TokenioWebhookConfigEventTypeInfo: { readonly [V in TokenioWebhookConfigEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/webhook_config_event_type",
  {
    INVALID: {
      description: "No event type: the union's first value, not one to subscribe to.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tokenio-sdk-js-types",
        "tokenio-dev-working-with-webhooks",
        "tokenio-dev-dashboard-webhook",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_STATUS_CHANGED: {
      description: "A transfer's status changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tokenio-sdk-js-types",
        "tokenio-dev-working-with-webhooks",
        "tokenio-dev-dashboard-webhook",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BULK_TRANSFER_STATUS_CHANGED: {
      description: "A bulk transfer's status changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tokenio-sdk-js-types",
        "tokenio-dev-working-with-webhooks",
        "tokenio-dev-dashboard-webhook",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STANDING_ORDER_STATUS_CHANGED: {
      description: "Standing order setup status changes.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-working-with-webhooks", "tokenio-dev-dashboard-webhook"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tokenio-dev-working-with-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioWebhookConfigEventType. */
export const isTokenioWebhookConfigEventType = (value: unknown): value is TokenioWebhookConfigEventType => isCodeOf(TokenioWebhookConfigEventTypeCategories, TokenioWebhookConfigEventTypeAliases, value);

/** Other wire spellings of TokenioTransferStatus values (alias -> value). */
export const TokenioTransferStatusAliases: { readonly [alias: string]: TokenioTransferStatus } = {
};
/** The category of every TokenioTransferStatus value and alias: all a listener needs to read one. */
export const TokenioTransferStatusCategories: { readonly [spelling: string]: Category } = {
  INVALID_STATUS: "pending",
  SUCCESS: "success",
  FAILURE_GENERIC: "generic_failure",
  FAILURE_PERMISSION_DENIED: "rejected",
  PROCESSING: "pending",
  FAILURE_CANCELED: "cancelled",
  FAILURE_EXPIRED: "session_expired",
  PENDING_EXTERNAL_AUTHORIZATION: "pending",
  INITIATED: "informational",
  FAILURE_DECLINED: "rejected",
  PENDING: "pending",
};
/**
 * Transfer status (Payments v1): The status of a Payments v1 transfer (a transfer token's payment
 * initiation), as the TPP SDK's status page lists it: "Any encountered status that is not listed in
 * the table has been deprecated." docs.token.io's Payment initiation status page (read in part)
 * lists PENDING besides, of two-step payments. It is the status of a v1 webhook notification and
 * the transfer-status of a Hosted Pages v1 callback. Wire field: status of a Payments v1 transfer;
 * transfer-status of a Hosted Pages v1 callback.
 */
export const TokenioTransferStatus: {
  /**
   * The raw bank status could not be mapped to a valid status
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INVALID_STATUS: "INVALID_STATUS";
  /**
   * The final status received from the bank indicates a successful payment initiation
   * Category: success (Success); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * Usually a tech failure. Possibly, a failure callback was received from the bank with no
   * transaction status and no further information
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILURE_GENERIC: "FAILURE_GENERIC";
  /**
   * User was denied authorization at the bank. Only relevant for 2-step banks
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILURE_PERMISSION_DENIED: "FAILURE_PERMISSION_DENIED";
  /**
   * Transaction is in process and no final status has been received from the bank yet
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * Usually indicates user cancelation. Mapped from ISO20022 status CANC
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILURE_CANCELED: "FAILURE_CANCELED";
  /**
   * No callback has been received from the bank to notify that the user completed authorization
   * during the required timeframe of 15 minutes after transaction creation, and the transaction
   * expired. Only relevant for 1-step banks
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILURE_EXPIRED: "FAILURE_EXPIRED";
  /**
   * Waiting for user authorization at the bank. Will transition to FAILURE_EXPIRED if the user does
   * not authorize within 15 minutes. Only relevant for 1-step banks
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly PENDING_EXTERNAL_AUTHORIZATION: "PENDING_EXTERNAL_AUTHORIZATION";
  /**
   * Status has automatically been set to INITIATED because the status has stayed in PROCESSING for
   * 30 days and cannot be otherwise updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly INITIATED: "INITIATED";
  /**
   * Usually indicates bank rejection. Mapped from ISO20022 status RJCT
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly FAILURE_DECLINED: "FAILURE_DECLINED";
  /**
   * This status indicates that the user has successfully completed the authorization process with
   * the bank and the transfer is pending redemption. This status is only relevant for two-step
   * payment flows.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Token.io's published text.
   */
  readonly PENDING: "PENDING";
} = /* @__PURE__ */ membersOf(TokenioTransferStatusCategories, TokenioTransferStatusAliases);
export type TokenioTransferStatus = (typeof TokenioTransferStatus)[keyof typeof TokenioTransferStatus];
/** A TokenioTransferStatus as read from the wire: a known value or any other string. */
export type TokenioTransferStatusOrUnknown = TokenioTransferStatus | (string & {});
/** The catalog's metadata of every TokenioTransferStatus value. */
export const TokenioTransferStatusInfo: { readonly [V in TokenioTransferStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/transfer_status",
  {
    INVALID_STATUS: {
      description: "The raw bank status could not be mapped to a valid status",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "The final status received from the bank indicates a successful payment initiation",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILURE_GENERIC: {
      description: "Usually a tech failure. Possibly, a failure callback was received from the bank with no transaction status and no further information",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILURE_PERMISSION_DENIED: {
      description: "User was denied authorization at the bank. Only relevant for 2-step banks",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "Transaction is in process and no final status has been received from the bank yet",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILURE_CANCELED: {
      description: "Usually indicates user cancelation. Mapped from ISO20022 status CANC",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILURE_EXPIRED: {
      description: "No callback has been received from the bank to notify that the user completed authorization during the required timeframe of 15 minutes after transaction creation, and the transaction expired. Only relevant for 1-step banks",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_EXTERNAL_AUTHORIZATION: {
      description: "Waiting for user authorization at the bank. Will transition to FAILURE_EXPIRED if the user does not authorize within 15 minutes. Only relevant for 1-step banks",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATED: {
      description: "Status has automatically been set to INITIATED because the status has stayed in PROCESSING for 30 days and cannot be otherwise updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILURE_DECLINED: {
      description: "Usually indicates bank rejection. Mapped from ISO20022 status RJCT",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tokenio-dev-status-codes", "tokenio-docs-sip-v1-payment-initiation-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING: {
      description: "This status indicates that the user has successfully completed the authorization process with the bank and the transfer is pending redemption. This status is only relevant for two-step payment flows.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tokenio-docs-sip-v1-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["tokenio-docs-sip-v1-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioTransferStatus. */
export const isTokenioTransferStatus = (value: unknown): value is TokenioTransferStatus => isCodeOf(TokenioTransferStatusCategories, TokenioTransferStatusAliases, value);

/** Other wire spellings of TokenioExternalError values (alias -> value). */
export const TokenioExternalErrorAliases: { readonly [alias: string]: TokenioExternalError } = {
};
/** The category of every TokenioExternalError value and alias: all a listener needs to read one. */
export const TokenioExternalErrorCategories: { readonly [spelling: string]: Category } = {
  true: "institution_unavailable",
};
/**
 * External error header: The value of the token-external-error header of a Token.io response with
 * an HTTP 500: "When the bank reports a 5xx error, Token.io sets token-external-error = true as a
 * header in the HTTP response, indicating that the \"internal\" error originates from the bank.
 * When one of Token.io's internal services fails or when the bank reports a 4xx error, this header
 * is not populated. The absence of this response header should be interpreted as token-external-
 * error = false." The category is bankcodes' reading: a bank's own failure, tried again later. Wire
 * field: the token-external-error header of a response.
 */
export const TokenioExternalError: {
  /**
   * The 500's error originates from the bank: the bank reported a 5xx error.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FROM_BANK: "true";
} = /* @__PURE__ */ membersOf(TokenioExternalErrorCategories, TokenioExternalErrorAliases, {
  true: "FROM_BANK",
});
export type TokenioExternalError = (typeof TokenioExternalError)[keyof typeof TokenioExternalError];
/** A TokenioExternalError as read from the wire: a known value or any other string. */
export type TokenioExternalErrorOrUnknown = TokenioExternalError | (string & {});
/** The catalog's metadata of every TokenioExternalError value. */
export const TokenioExternalErrorInfo: { readonly [V in TokenioExternalError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tokenio/external_error",
  {
    true: {
      name: "FROM_BANK",
      description: "The 500's error originates from the bank: the bank reported a 5xx error.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tokenio-support-error-codes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TokenioExternalError. */
export const isTokenioExternalError = (value: unknown): value is TokenioExternalError => isCodeOf(TokenioExternalErrorCategories, TokenioExternalErrorAliases, value);
