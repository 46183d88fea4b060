// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Enable Banking (https://enablebanking.com/): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of EnableBankingErrorCode values (alias -> value). */
export const EnableBankingErrorCodeAliases: { readonly [alias: string]: EnableBankingErrorCode } = {
};
/** The category of every EnableBankingErrorCode value and alias: all a listener needs to read one. */
export const EnableBankingErrorCodeCategories: { readonly [spelling: string]: Category } = {
  ACCESS_DENIED: "integration_error",
  ACCOUNT_DOES_NOT_EXIST: "integration_error",
  ALREADY_AUTHORIZED: "integration_error",
  ASPSP_ACCOUNT_NOT_ACCESSIBLE: "account_unavailable",
  ASPSP_ERROR: "generic_failure",
  ASPSP_TIMEOUT: "institution_unavailable",
  ASPSP_RATE_LIMIT_EXCEEDED: "rate_limited",
  AUTHORIZATION_NOT_PROVIDED: "integration_error",
  CLOSED_SESSION: "reconnect_required",
  DATE_TO_WITHOUT_DATE_FROM: "integration_error",
  DATE_FROM_IN_FUTURE: "integration_error",
  EXPIRED_AUTHORIZATION_CODE: "session_expired",
  EXPIRED_SESSION: "reconnect_required",
  INVALID_ACCOUNT_ID: "integration_error",
  INVALID_HOST: "integration_error",
  UNAUTHORIZED_IP: "integration_error",
  NO_ACCOUNTS_ADDED: "integration_error",
  PAYMENT_NOT_FOUND: "integration_error",
  PSU_HEADER_NOT_PROVIDED: "integration_error",
  PSU_HEADER_INVALID: "integration_error",
  REDIRECT_URI_NOT_ALLOWED: "integration_error",
  REVOKED_SESSION: "reconnect_required",
  SESSION_DOES_NOT_EXIST: "session_expired",
  UNAUTHORIZED_ACCESS: "integration_error",
  UNTRUSTED_PAYMENT_PARTY: "rejected",
  WEBHOOK_URI_NOT_ALLOWED: "integration_error",
  WRONG_ASPSP_PROVIDED: "integration_error",
  WRONG_AUTHORIZATION_CODE: "integration_error",
  WRONG_DATE_INTERVAL: "integration_error",
  WRONG_CREDENTIALS_PROVIDED: "credentials_invalid",
  WRONG_REQUEST_PARAMETERS: "integration_error",
  WRONG_SESSION_STATUS: "integration_error",
  WRONG_TRANSACTIONS_PERIOD: "integration_error",
  WRONG_CONTINUATION_KEY: "integration_error",
  TRANSACTION_DOES_NOT_EXIST: "integration_error",
  PAYMENT_LIMIT_EXCEEDED: "rejected",
  ASPSP_PAYMENT_NOT_ACCESSIBLE: "institution_unavailable",
  INVALID_PAYMENT: "integration_error",
  ASPSP_PSU_ACTION_REQUIRED: "action_required_at_institution",
  PAYMENT_NOT_FINALIZED: "integration_error",
  PAYMENT_SUBMISSION_NOT_SUPPORTED: "integration_error",
  PAYMENT_NOT_AUTHORIZED: "integration_error",
  PAYMENT_SUBMISSION_NOT_DEFERRED: "integration_error",
};
/**
 * API error code: The text error code of a failed Enable Banking API request (ErrorCode, "Text
 * error code" in the ErrorResponse body), with the description the spec's x-enum-descriptions gives
 * it. The spec lists the codes in one order and their descriptions in another: 1.0.0-8e8ab97c in a
 * mapping keyed by code name, 1.0.0-f30f2f09 (which adds six codes) in a list in the alphabetical
 * order of the names. Each description here is the one its code's name keys. The spec pairs no code
 * with an HTTP status: every operation lists the same error responses (400, 401, 403, 404, 408,
 * 422, 429, 500). The categories are bankcodes' reading of the texts. Wire field: error
 * (ErrorResponse).
 */
export const EnableBankingErrorCode: {
  /**
   * Access to this resource is denied. Check services available for your application.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACCESS_DENIED: "ACCESS_DENIED";
  /**
   * No account found matching provided id
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACCOUNT_DOES_NOT_EXIST: "ACCOUNT_DOES_NOT_EXIST";
  /**
   * Session is already authorized
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ALREADY_AUTHORIZED: "ALREADY_AUTHORIZED";
  /**
   * The PSU does not have access to the requested account or it doesn't exist
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_ACCOUNT_NOT_ACCESSIBLE: "ASPSP_ACCOUNT_NOT_ACCESSIBLE";
  /**
   * Error interacting with ASPSP
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_ERROR: "ASPSP_ERROR";
  /**
   * Timeout interacting with ASPSP
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_TIMEOUT: "ASPSP_TIMEOUT";
  /**
   * ASPSP Rate limit exceeded
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_RATE_LIMIT_EXCEEDED: "ASPSP_RATE_LIMIT_EXCEEDED";
  /**
   * Authorization header is not provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly AUTHORIZATION_NOT_PROVIDED: "AUTHORIZATION_NOT_PROVIDED";
  /**
   * Session is closed
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly CLOSED_SESSION: "CLOSED_SESSION";
  /**
   * date_from must be provided if date_to provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly DATE_TO_WITHOUT_DATE_FROM: "DATE_TO_WITHOUT_DATE_FROM";
  /**
   * date_from can not be in the future
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly DATE_FROM_IN_FUTURE: "DATE_FROM_IN_FUTURE";
  /**
   * Authorization code is expired
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly EXPIRED_AUTHORIZATION_CODE: "EXPIRED_AUTHORIZATION_CODE";
  /**
   * Session is expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   * HTTP: 401.
   */
  readonly EXPIRED_SESSION: "EXPIRED_SESSION";
  /**
   * Either iban or other account identification is required
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly INVALID_ACCOUNT_ID: "INVALID_ACCOUNT_ID";
  /**
   * Invalid host
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly INVALID_HOST: "INVALID_HOST";
  /**
   * Used IP address is not authorized to access the resource
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly UNAUTHORIZED_IP: "UNAUTHORIZED_IP";
  /**
   * No allowed accounts added to the application
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly NO_ACCOUNTS_ADDED: "NO_ACCOUNTS_ADDED";
  /**
   * Payment not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_NOT_FOUND: "PAYMENT_NOT_FOUND";
  /**
   * Required PSU header is not provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   * HTTP: 422.
   */
  readonly PSU_HEADER_NOT_PROVIDED: "PSU_HEADER_NOT_PROVIDED";
  /**
   * Provided PSU header contains invalid value
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PSU_HEADER_INVALID: "PSU_HEADER_INVALID";
  /**
   * Redirect URI not allowed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly REDIRECT_URI_NOT_ALLOWED: "REDIRECT_URI_NOT_ALLOWED";
  /**
   * Session is revoked
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly REVOKED_SESSION: "REVOKED_SESSION";
  /**
   * No session found matching provided id
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly SESSION_DOES_NOT_EXIST: "SESSION_DOES_NOT_EXIST";
  /**
   * Unauthorized access
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   * HTTP: 401.
   */
  readonly UNAUTHORIZED_ACCESS: "UNAUTHORIZED_ACCESS";
  /**
   * Either creditor or debtor account is not trusted
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly UNTRUSTED_PAYMENT_PARTY: "UNTRUSTED_PAYMENT_PARTY";
  /**
   * Webhook URI not allowed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WEBHOOK_URI_NOT_ALLOWED: "WEBHOOK_URI_NOT_ALLOWED";
  /**
   * Wrong ASPSP name provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_ASPSP_PROVIDED: "WRONG_ASPSP_PROVIDED";
  /**
   * Wrong authorization code provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_AUTHORIZATION_CODE: "WRONG_AUTHORIZATION_CODE";
  /**
   * date_from should be less than or equal date_to
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_DATE_INTERVAL: "WRONG_DATE_INTERVAL";
  /**
   * Wrong credentials provided
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_CREDENTIALS_PROVIDED: "WRONG_CREDENTIALS_PROVIDED";
  /**
   * Wrong request parameters provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_REQUEST_PARAMETERS: "WRONG_REQUEST_PARAMETERS";
  /**
   * Wrong session status
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_SESSION_STATUS: "WRONG_SESSION_STATUS";
  /**
   * Wrong transactions period requested
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_TRANSACTIONS_PERIOD: "WRONG_TRANSACTIONS_PERIOD";
  /**
   * Wrong continuation key provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly WRONG_CONTINUATION_KEY: "WRONG_CONTINUATION_KEY";
  /**
   * No transaction found matching provided id
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly TRANSACTION_DOES_NOT_EXIST: "TRANSACTION_DOES_NOT_EXIST";
  /**
   * The amount value or the the number of transactions exceeds the limit
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_LIMIT_EXCEEDED: "PAYMENT_LIMIT_EXCEEDED";
  /**
   * Payment can not be requested from the ASPSP
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_PAYMENT_NOT_ACCESSIBLE: "ASPSP_PAYMENT_NOT_ACCESSIBLE";
  /**
   * Invalid or expired payment provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly INVALID_PAYMENT: "INVALID_PAYMENT";
  /**
   * PSU action is required to proceed
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ASPSP_PSU_ACTION_REQUIRED: "ASPSP_PSU_ACTION_REQUIRED";
  /**
   * You can not delete a payment that is not finalized or cancelled
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_NOT_FINALIZED: "PAYMENT_NOT_FINALIZED";
  /**
   * Deferred submission is not supported for this ASPSP payment type
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_SUBMISSION_NOT_SUPPORTED: "PAYMENT_SUBMISSION_NOT_SUPPORTED";
  /**
   * Payment has not been authorized yet
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_NOT_AUTHORIZED: "PAYMENT_NOT_AUTHORIZED";
  /**
   * Payment was not created with deferred submission enabled
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PAYMENT_SUBMISSION_NOT_DEFERRED: "PAYMENT_SUBMISSION_NOT_DEFERRED";
} = /* @__PURE__ */ membersOf(EnableBankingErrorCodeCategories, EnableBankingErrorCodeAliases);
export type EnableBankingErrorCode = (typeof EnableBankingErrorCode)[keyof typeof EnableBankingErrorCode];
/** A EnableBankingErrorCode as read from the wire: a known value or any other string. */
export type EnableBankingErrorCodeOrUnknown = EnableBankingErrorCode | (string & {});
/** The catalog's metadata of every EnableBankingErrorCode value. */
export const EnableBankingErrorCodeInfo: { readonly [V in EnableBankingErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/enablebanking/error_code",
  {
    ACCESS_DENIED: {
      description: "Access to this resource is denied. Check services available for your application.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_DOES_NOT_EXIST: {
      description: "No account found matching provided id",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ALREADY_AUTHORIZED: {
      description: "Session is already authorized",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP_ACCOUNT_NOT_ACCESSIBLE: {
      description: "The PSU does not have access to the requested account or it doesn't exist",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP_ERROR: {
      description: "Error interacting with ASPSP",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    ASPSP_TIMEOUT: {
      description: "Timeout interacting with ASPSP",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP_RATE_LIMIT_EXCEEDED: {
      description: "ASPSP Rate limit exceeded",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZATION_NOT_PROVIDED: {
      description: "Authorization header is not provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLOSED_SESSION: {
      description: "Session is closed",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A closed session gives no more access: DELETE /sessions/{session_id} closes it, and \"PSU's bank consent will be closed automatically if possible\"; a new session needs the end user's authorisation.",
      factSources: { state: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"] },
    },
    DATE_TO_WITHOUT_DATE_FROM: {
      description: "date_from must be provided if date_to provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATE_FROM_IN_FUTURE: {
      description: "date_from can not be in the future",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED_AUTHORIZATION_CODE: {
      description: "Authorization code is expired",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED_SESSION: {
      description: "Session is expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "A session lasts until its valid_until, which \"cannot exceed\" now plus the bank's maximum_consent_validity; \"the session validity will remain exactly as specified\": when it has passed, the consent has ended and the end user authorises a new session.",
      factSources: {
        next_step: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        state: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      },
    },
    INVALID_ACCOUNT_ID: {
      description: "Either iban or other account identification is required",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_HOST: {
      description: "Invalid host",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED_IP: {
      description: "Used IP address is not authorized to access the resource",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_ACCOUNTS_ADDED: {
      description: "No allowed accounts added to the application",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_NOT_FOUND: {
      description: "Payment not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PSU_HEADER_NOT_PROVIDED: {
      description: "Required PSU header is not provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PSU_HEADER_INVALID: {
      description: "Provided PSU header contains invalid value",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REDIRECT_URI_NOT_ALLOWED: {
      description: "Redirect URI not allowed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED_SESSION: {
      description: "Session is revoked",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "A revoked session gives no more access; a new one needs the end user's authorisation.",
      factSources: { state: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"] },
    },
    SESSION_DOES_NOT_EXIST: {
      description: "No session found matching provided id",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED_ACCESS: {
      description: "Unauthorized access",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNTRUSTED_PAYMENT_PARTY: {
      description: "Either creditor or debtor account is not trusted",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WEBHOOK_URI_NOT_ALLOWED: {
      description: "Webhook URI not allowed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_ASPSP_PROVIDED: {
      description: "Wrong ASPSP name provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_AUTHORIZATION_CODE: {
      description: "Wrong authorization code provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_DATE_INTERVAL: {
      description: "date_from should be less than or equal date_to",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_CREDENTIALS_PROVIDED: {
      description: "Wrong credentials provided",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_REQUEST_PARAMETERS: {
      description: "Wrong request parameters provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_SESSION_STATUS: {
      description: "Wrong session status",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_TRANSACTIONS_PERIOD: {
      description: "Wrong transactions period requested",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WRONG_CONTINUATION_KEY: {
      description: "Wrong continuation key provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_DOES_NOT_EXIST: {
      description: "No transaction found matching provided id",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_LIMIT_EXCEEDED: {
      description: "The amount value or the the number of transactions exceeds the limit",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP_PAYMENT_NOT_ACCESSIBLE: {
      description: "Payment can not be requested from the ASPSP",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PAYMENT: {
      description: "Invalid or expired payment provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "enablebanking-openapi-8e8ab97c",
            "enablebanking-openapi-33d10df1",
            "enablebanking-openapi-f30f2f09",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP_PSU_ACTION_REQUIRED: {
      description: "PSU action is required to proceed",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_NOT_FINALIZED: {
      description: "You can not delete a payment that is not finalized or cancelled",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SUBMISSION_NOT_SUPPORTED: {
      description: "Deferred submission is not supported for this ASPSP payment type",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_NOT_AUTHORIZED: {
      description: "Payment has not been authorized yet",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_SUBMISSION_NOT_DEFERRED: {
      description: "Payment was not created with deferred submission enabled",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-f30f2f09"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known EnableBankingErrorCode. */
export const isEnableBankingErrorCode = (value: unknown): value is EnableBankingErrorCode => isCodeOf(EnableBankingErrorCodeCategories, EnableBankingErrorCodeAliases, value);

/** Other wire spellings of EnableBankingSessionStatus values (alias -> value). */
export const EnableBankingSessionStatusAliases: { readonly [alias: string]: EnableBankingSessionStatus } = {
};
/** The category of every EnableBankingSessionStatus value and alias: all a listener needs to read one. */
export const EnableBankingSessionStatusCategories: { readonly [spelling: string]: Category } = {
  INVALID: "rejected",
  PENDING_AUTHORIZATION: "pending",
  RETURNED_FROM_BANK: "pending",
  AUTHORIZED: "success",
  EXPIRED: "reconnect_required",
  CLOSED: "reconnect_required",
  REVOKED: "reconnect_required",
  CANCELLED: "cancelled",
};
/**
 * Session status: The status of an Enable Banking session (SessionStatus, the status of GET
 * /sessions/{session_id}), with the description 1.0.0-f30f2f09's x-enum-descriptions gives it
 * (1.0.0-8e8ab97c's repeats each status's name); the categories and states are bankcodes' reading.
 * Wire field: status (GET /sessions/{session_id}).
 */
export const EnableBankingSessionStatus: {
  /**
   * Session authorisation has failed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly INVALID: "INVALID";
  /**
   * Session authorisation by the end-user is pending
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PENDING_AUTHORIZATION: "PENDING_AUTHORIZATION";
  /**
   * Session authorisation has completed successfully by the end-user
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly RETURNED_FROM_BANK: "RETURNED_FROM_BANK";
  /**
   * Session is authorised for access to account information
   * Category: success (Success); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly AUTHORIZED: "AUTHORIZED";
  /**
   * Session has expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Session has been closed by the application
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly CLOSED: "CLOSED";
  /**
   * Session has been revoked by the end-user
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly REVOKED: "REVOKED";
  /**
   * Session authorisation has been cancelled by the end-user
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly CANCELLED: "CANCELLED";
} = /* @__PURE__ */ membersOf(EnableBankingSessionStatusCategories, EnableBankingSessionStatusAliases);
export type EnableBankingSessionStatus = (typeof EnableBankingSessionStatus)[keyof typeof EnableBankingSessionStatus];
/** A EnableBankingSessionStatus as read from the wire: a known value or any other string. */
export type EnableBankingSessionStatusOrUnknown = EnableBankingSessionStatus | (string & {});
/** The catalog's metadata of every EnableBankingSessionStatus value. */
export const EnableBankingSessionStatusInfo: { readonly [V in EnableBankingSessionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/enablebanking/session_status",
  {
    INVALID: {
      description: "Session authorisation has failed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "bankcodes' reading: the spec gives the status no meaning; a session that is not valid gives no access, and the end user authorises a new one.",
    },
    PENDING_AUTHORIZATION: {
      description: "Session authorisation by the end-user is pending",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RETURNED_FROM_BANK: {
      description: "Session authorisation has completed successfully by the end-user",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZED: {
      description: "Session is authorised for access to account information",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "Session has expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The session expires at its valid_until, which the bank's maximum_consent_validity bounds: the consent has ended.",
      factSources: {
        next_step: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        state: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      },
    },
    CLOSED: {
      description: "Session has been closed by the application",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "DELETE /sessions/{session_id} closes a session, and the bank consent with it where possible.",
      factSources: { state: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"] },
    },
    REVOKED: {
      description: "Session has been revoked by the end-user",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "bankcodes' reading of the name: the consent was revoked.",
    },
    CANCELLED: {
      description: "Session authorisation has been cancelled by the end-user",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "enablebanking-openapi-8e8ab97c",
        "enablebanking-openapi-33d10df1",
        "enablebanking-openapi-f30f2f09",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["enablebanking-openapi-f30f2f09"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "bankcodes' reading of the name: the authorisation was cancelled before it completed, so the end user starts again.",
    },
  },
);
/** Whether a value is a known EnableBankingSessionStatus. */
export const isEnableBankingSessionStatus = (value: unknown): value is EnableBankingSessionStatus => isCodeOf(EnableBankingSessionStatusCategories, EnableBankingSessionStatusAliases, value);

/** Other wire spellings of EnableBankingPaymentStatus values (alias -> value). */
export const EnableBankingPaymentStatusAliases: { readonly [alias: string]: EnableBankingPaymentStatus } = {
};
/** The category of every EnableBankingPaymentStatus value and alias: all a listener needs to read one. */
export const EnableBankingPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  ACCC: "success",
  ACCP: "pending",
  ACSC: "success",
  ACSP: "pending",
  ACTC: "pending",
  ACWC: "pending",
  ACWP: "pending",
  PART: "pending",
  RCVD: "pending",
  PDNG: "pending",
  RJCT: "rejected",
  ACPT: "pending",
  ACCR: "cancelled",
  RJCR: "rejected",
  PACR: "pending",
  PDCR: "pending",
  CNCL: "cancelled",
  NULL: "informational",
};
/**
 * Payment status: The status of a payment initiated through Enable Banking (PaymentStatus, in the
 * answers of POST /payments and GET /payments/{payment_id}), ISO 20022's codes with the
 * descriptions the spec's x-enum-descriptions gives them, paired by code name. The categories are
 * bankcodes' reading. Wire field: status (POST /payments, GET /payments/{payment_id}).
 */
export const EnableBankingPaymentStatus: {
  /**
   * AcceptedCreditSettlementCompleted. Settlement on the creditor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACCC: "ACCC";
  /**
   * AcceptedCustomerProfile. Preceding check of technical validation was successful. Customer
   * profile check was also successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACCP: "ACCP";
  /**
   * AcceptedSettlementCompleted. Settlement on the debtor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACSC: "ACSC";
  /**
   * AcceptedSettlementInProcess. All preceding checks such as technical validation and customer
   * profile were successful. Dynamic risk assessment is now also successful and therefore the
   * Payment Request has been accepted for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACSP: "ACSP";
  /**
   * AcceptedTechnicalValidation. Authentication and syntactical and semantical validation are
   * successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACTC: "ACTC";
  /**
   * AcceptedWithChange. Instruction is accepted but a change will be made, such as date or
   * remittance not sent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACWC: "ACWC";
  /**
   * AcceptedWithoutPosting. Payment instruction included in the credit transfer is accepted without
   * being posted to the creditor's account.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACWP: "ACWP";
  /**
   * PartiallyAccepted. A number of transactions have been accepted, whereas another number of
   * transactions have not yet achieved 'accepted' status.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PART: "PART";
  /**
   * Received. Payment initiation has been received by the receiving agent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly RCVD: "RCVD";
  /**
   * Pending. Payment request or individual transaction included in the Payment Request is pending.
   * Further checks and status update will be performed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PDNG: "PDNG";
  /**
   * Rejected. Payment request has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly RJCT: "RJCT";
  /**
   * Accepted. Request is accepted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACPT: "ACPT";
  /**
   * AcceptedCancellationRequest. Cancellation is accepted.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly ACCR: "ACCR";
  /**
   * RejectedCancellationRequest. Cancellation request is rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly RJCR: "RJCR";
  /**
   * PartiallyAcceptedCancellationRequest. Cancellation is partially accepted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PACR: "PACR";
  /**
   * PendingCancellationRequest. Cancellation request is pending.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly PDCR: "PDCR";
  /**
   * PaymentCancelled. Payment is cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly CNCL: "CNCL";
  /**
   * NoCancellationProcess. There is no cancellation process ongoing.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly NULL: "NULL";
} = /* @__PURE__ */ membersOf(EnableBankingPaymentStatusCategories, EnableBankingPaymentStatusAliases);
export type EnableBankingPaymentStatus = (typeof EnableBankingPaymentStatus)[keyof typeof EnableBankingPaymentStatus];
/** A EnableBankingPaymentStatus as read from the wire: a known value or any other string. */
export type EnableBankingPaymentStatusOrUnknown = EnableBankingPaymentStatus | (string & {});
/** The catalog's metadata of every EnableBankingPaymentStatus value. */
export const EnableBankingPaymentStatusInfo: { readonly [V in EnableBankingPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/enablebanking/payment_status",
  {
    ACCC: {
      description: "AcceptedCreditSettlementCompleted. Settlement on the creditor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCP: {
      description: "AcceptedCustomerProfile. Preceding check of technical validation was successful. Customer profile check was also successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSC: {
      description: "AcceptedSettlementCompleted. Settlement on the debtor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSP: {
      description: "AcceptedSettlementInProcess. All preceding checks such as technical validation and customer profile were successful. Dynamic risk assessment is now also successful and therefore the Payment Request has been accepted for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTC: {
      description: "AcceptedTechnicalValidation. Authentication and syntactical and semantical validation are successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWC: {
      description: "AcceptedWithChange. Instruction is accepted but a change will be made, such as date or remittance not sent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWP: {
      description: "AcceptedWithoutPosting. Payment instruction included in the credit transfer is accepted without being posted to the creditor's account.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PART: {
      description: "PartiallyAccepted. A number of transactions have been accepted, whereas another number of transactions have not yet achieved 'accepted' status.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RCVD: {
      description: "Received. Payment initiation has been received by the receiving agent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PDNG: {
      description: "Pending. Payment request or individual transaction included in the Payment Request is pending. Further checks and status update will be performed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "Rejected. Payment request  has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACPT: {
      description: "Accepted. Request is accepted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCR: {
      description: "AcceptedCancellationRequest. Cancellation is accepted.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCR: {
      description: "RejectedCancellationRequest. Cancellation request is rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PACR: {
      description: "PartiallyAcceptedCancellationRequest. Cancellation is partially accepted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PDCR: {
      description: "PendingCancellationRequest. Cancellation request is pending.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CNCL: {
      description: "PaymentCancelled. Payment is cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NULL: {
      description: "NoCancellationProcess. There is no cancellation process ongoing.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known EnableBankingPaymentStatus. */
export const isEnableBankingPaymentStatus = (value: unknown): value is EnableBankingPaymentStatus => isCodeOf(EnableBankingPaymentStatusCategories, EnableBankingPaymentStatusAliases, value);

/** Other wire spellings of EnableBankingResponseStatus values (alias -> value). */
export const EnableBankingResponseStatusAliases: { readonly [alias: string]: EnableBankingResponseStatus } = {
};
/** The category of every EnableBankingResponseStatus value and alias: all a listener needs to read one. */
export const EnableBankingResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "408": "generic_failure",
  "422": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
};
/**
 * API response status: The HTTP status of a failed Enable Banking API request, repeated in the
 * ErrorResponse body's code ("Error code, identical to the http response code"), with the
 * description every operation of the spec gives its response. Its text error code (error) says more
 * and decides; the categories are bankcodes' reading. Wire field: code (ErrorResponse), the HTTP
 * status.
 */
export const EnableBankingResponseStatus: {
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Unauthorized
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * Forbidden
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * Not Found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * Request Timeout
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly REQUEST_TIMEOUT: 408;
  /**
   * Unprocessable Entity
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Enable Banking's published text.
   */
  readonly UNPROCESSABLE_ENTITY: 422;
  /**
   * Too Many Requests
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Internal Server Error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Enable Banking's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
} = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};
export type EnableBankingResponseStatus = (typeof EnableBankingResponseStatus)[keyof typeof EnableBankingResponseStatus];
/** A EnableBankingResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type EnableBankingResponseStatusOrUnknown = EnableBankingResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every EnableBankingResponseStatus value. */
export const EnableBankingResponseStatusInfo: { readonly [V in EnableBankingResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/enablebanking/response_status",
  {
    "400": {
      name: "BAD_REQUEST",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Unauthorized",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "Forbidden",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "Not Found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "408": {
      name: "REQUEST_TIMEOUT",
      description: "Request Timeout",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "422": {
      name: "UNPROCESSABLE_ENTITY",
      description: "Unprocessable Entity",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Too Many Requests",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Internal Server Error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known EnableBankingResponseStatus. */
export const isEnableBankingResponseStatus = (value: unknown): value is EnableBankingResponseStatus => isNumericCodeOf(EnableBankingResponseStatusCategories, value);
