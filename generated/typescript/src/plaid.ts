// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Plaid (https://plaid.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of PlaidErrorType values (alias -> value). */
export const PlaidErrorTypeAliases: { readonly [alias: string]: PlaidErrorType } = {
};
/** The category of every PlaidErrorType value and alias: all a listener needs to read one. */
export const PlaidErrorTypeCategories: { readonly [spelling: string]: Category } = {
  INVALID_REQUEST: "integration_error",
  INVALID_RESULT: "integration_error",
  INVALID_INPUT: "integration_error",
  INSTITUTION_ERROR: "institution_unavailable",
  RATE_LIMIT_EXCEEDED: "rate_limited",
  API_ERROR: "generic_failure",
  ITEM_ERROR: "generic_failure",
  ASSET_REPORT_ERROR: "generic_failure",
  BASE_REPORT_ERROR: "generic_failure",
  RECAPTCHA_ERROR: "user_action_required",
  OAUTH_ERROR: "generic_failure",
  PAYMENT_ERROR: "generic_failure",
  BANK_TRANSFER_ERROR: "generic_failure",
  INCOME_VERIFICATION_ERROR: "generic_failure",
  MICRODEPOSITS_ERROR: "generic_failure",
  SANDBOX_ERROR: "integration_error",
  PARTNER_ERROR: "integration_error",
  SIGNAL_ERROR: "generic_failure",
  TRANSACTIONS_ERROR: "generic_failure",
  TRANSACTION_ERROR: "generic_failure",
  TRANSFER_ERROR: "generic_failure",
  CHECK_REPORT_ERROR: "generic_failure",
  CONSUMER_REPORT_ERROR: "generic_failure",
  USER_ERROR: "generic_failure",
  AUTH_ERROR: "generic_failure",
};
/**
 * Error type: The error_type of a Plaid error object: a broad grouping of error codes. The
 * error_code decides the category; the type's category is what a code this catalog does not know
 * falls back to. Wire field: error.error_type.
 */
export const PlaidErrorType: {
  /**
   * The request was malformed: a missing, unknown or invalid field or header, or an endpoint not
   * available in this API version.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_REQUEST: "INVALID_REQUEST";
  /**
   * Plaid could not produce a valid result for the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_RESULT: "INVALID_RESULT";
  /**
   * A value in the request (an API key, token, id or product) was not valid for this client or
   * environment.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_INPUT: "INVALID_INPUT";
  /**
   * The financial institution is down, not responding, not supported or not available to this
   * client.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly INSTITUTION_ERROR: "INSTITUTION_ERROR";
  /**
   * Too many requests were made to an endpoint or for an Item.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly RATE_LIMIT_EXCEEDED: "RATE_LIMIT_EXCEEDED";
  /**
   * Plaid could not process the request, or its systems are under maintenance.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly API_ERROR: "API_ERROR";
  /**
   * A problem with the Item (the end user's connection to an institution): its login, MFA, accounts
   * or products.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ITEM_ERROR: "ITEM_ERROR";
  /**
   * A problem creating or retrieving an Asset Report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ASSET_REPORT_ERROR: "ASSET_REPORT_ERROR";
  /**
   * A problem creating or retrieving a Base Report (Plaid Check).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BASE_REPORT_ERROR: "BASE_REPORT_ERROR";
  /**
   * Plaid's fraud checks asked for, or refused, a reCAPTCHA challenge.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECAPTCHA_ERROR: "RECAPTCHA_ERROR";
  /**
   * A problem re-initialising Link to resume an OAuth flow.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly OAUTH_ERROR: "OAUTH_ERROR";
  /**
   * A payment initiation (UK and Europe) was blocked, cancelled or rejected.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_ERROR: "PAYMENT_ERROR";
  /**
   * A bank transfer could not be created or completed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_ERROR: "BANK_TRANSFER_ERROR";
  /**
   * A problem with an income verification or its documents.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly INCOME_VERIFICATION_ERROR: "INCOME_VERIFICATION_ERROR";
  /**
   * A problem verifying an account by micro-deposits.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly MICRODEPOSITS_ERROR: "MICRODEPOSITS_ERROR";
  /**
   * A Sandbox-only endpoint was called with invalid parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SANDBOX_ERROR: "SANDBOX_ERROR";
  /**
   * A problem with a reseller partner's end customer.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PARTNER_ERROR: "PARTNER_ERROR";
  /**
   * A problem evaluating a transfer with Signal.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly SIGNAL_ERROR: "SIGNAL_ERROR";
  /**
   * A problem paginating transactions data.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSACTIONS_ERROR: "TRANSACTIONS_ERROR";
  /**
   * A virtual account (wallet) transaction could not be executed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSACTION_ERROR: "TRANSACTION_ERROR";
  /**
   * A transfer was refused or could not be created or cancelled.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSFER_ERROR: "TRANSFER_ERROR";
  /**
   * A problem creating or retrieving a Consumer Report (Plaid Check).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CHECK_REPORT_ERROR: "CHECK_REPORT_ERROR";
  /**
   * A problem with a Plaid Check consumer report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONSUMER_REPORT_ERROR: "CONSUMER_REPORT_ERROR";
  /**
   * A problem with the Plaid user the request names.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_ERROR: "USER_ERROR";
  /**
   * A problem with Auth, listed as a Link error type by the React Native SDK.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTH_ERROR: "AUTH_ERROR";
} = /* @__PURE__ */ membersOf(PlaidErrorTypeCategories, PlaidErrorTypeAliases);
export type PlaidErrorType = (typeof PlaidErrorType)[keyof typeof PlaidErrorType];
/** A PlaidErrorType as read from the wire: a known value or any other string. */
export type PlaidErrorTypeOrUnknown = PlaidErrorType | (string & {});
/** The catalog's metadata of every PlaidErrorType value. */
export const PlaidErrorTypeInfo: { readonly [V in PlaidErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/error_type",
  {
    INVALID_REQUEST: {
      description: "The request was malformed: a missing, unknown or invalid field or header, or an endpoint not available in this API version.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_RESULT: {
      description: "Plaid could not produce a valid result for the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_INPUT: {
      description: "A value in the request (an API key, token, id or product) was not valid for this client or environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_ERROR: {
      description: "The financial institution is down, not responding, not supported or not available to this client.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RATE_LIMIT_EXCEEDED: {
      description: "Too many requests were made to an endpoint or for an Item.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    API_ERROR: {
      description: "Plaid could not process the request, or its systems are under maintenance.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_ERROR: {
      description: "A problem with the Item (the end user's connection to an institution): its login, MFA, accounts or products.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASSET_REPORT_ERROR: {
      description: "A problem creating or retrieving an Asset Report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BASE_REPORT_ERROR: {
      description: "A problem creating or retrieving a Base Report (Plaid Check).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECAPTCHA_ERROR: {
      description: "Plaid's fraud checks asked for, or refused, a reCAPTCHA challenge.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OAUTH_ERROR: {
      description: "A problem re-initialising Link to resume an OAuth flow.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_ERROR: {
      description: "A payment initiation (UK and Europe) was blocked, cancelled or rejected.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_ERROR: {
      description: "A bank transfer could not be created or completed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_ERROR: {
      description: "A problem with an income verification or its documents.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MICRODEPOSITS_ERROR: {
      description: "A problem verifying an account by micro-deposits.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SANDBOX_ERROR: {
      description: "A Sandbox-only endpoint was called with invalid parameters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTNER_ERROR: {
      description: "A problem with a reseller partner's end customer.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SIGNAL_ERROR: {
      description: "A problem evaluating a transfer with Signal.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_ERROR: {
      description: "A problem paginating transactions data.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_ERROR: {
      description: "A virtual account (wallet) transaction could not be executed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_ERROR: {
      description: "A transfer was refused or could not be created or cancelled.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHECK_REPORT_ERROR: {
      description: "A problem creating or retrieving a Consumer Report (Plaid Check).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSUMER_REPORT_ERROR: {
      description: "A problem with a Plaid Check consumer report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_ERROR: {
      description: "A problem with the Plaid user the request names.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTH_ERROR: {
      description: "A problem with Auth, listed as a Link error type by the React Native SDK.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidErrorType. */
export const isPlaidErrorType = (value: unknown): value is PlaidErrorType => isCodeOf(PlaidErrorTypeCategories, PlaidErrorTypeAliases, value);

/** Other wire spellings of PlaidErrorCode values (alias -> value). */
export const PlaidErrorCodeAliases: { readonly [alias: string]: PlaidErrorCode } = {
  INVALD_UPDATED_USERNAME: "INVALID_UPDATED_USERNAME",
  "item-no-error": "ITEM_NO_ERROR",
};
/** The category of every PlaidErrorCode value and alias: all a listener needs to read one. */
export const PlaidErrorCodeCategories: { readonly [spelling: string]: Category } = {
  ACCESS_NOT_GRANTED: "user_action_required",
  INSTANT_MATCH_FAILED: "generic_failure",
  INSUFFICIENT_CREDENTIALS: "cancelled",
  INVALID_CREDENTIALS: "credentials_invalid",
  INVALID_MFA: "mfa_failed",
  INVALID_SEND_METHOD: "institution_unavailable",
  INVALID_PHONE_NUMBER: "user_action_required",
  INVALID_OTP: "mfa_failed",
  INVALID_UPDATED_USERNAME: "credentials_invalid",
  INVALD_UPDATED_USERNAME: "credentials_invalid",
  ITEM_CONCURRENTLY_DELETED: "concurrent_operation",
  ITEM_LOCKED: "action_required_at_institution",
  ITEM_LOGIN_REQUIRED: "reconnect_required",
  ITEM_NOT_FOUND: "integration_error",
  ITEM_NOT_SUPPORTED: "institution_not_supported",
  MFA_NOT_SUPPORTED: "institution_not_supported",
  NO_ACCOUNTS: "account_unavailable",
  NO_AUTH_ACCOUNTS: "account_unavailable",
  NO_INVESTMENT_ACCOUNTS: "account_unavailable",
  NO_INVESTMENT_AUTH_ACCOUNTS: "account_unavailable",
  NO_LIABILITY_ACCOUNTS: "account_unavailable",
  PASSWORD_RESET_REQUIRED: "action_required_at_institution",
  PRODUCT_NOT_ENABLED: "integration_error",
  PRODUCT_NOT_READY: "pending",
  PRODUCTS_NOT_SUPPORTED: "institution_not_supported",
  USER_SETUP_REQUIRED: "action_required_at_institution",
  USER_INPUT_TIMEOUT: "session_expired",
  CUSTOMER_NOT_FOUND: "integration_error",
  FLOWDOWN_NOT_COMPLETE: "integration_error",
  QUESTIONNAIRE_NOT_COMPLETE: "integration_error",
  CUSTOMER_NOT_READY_FOR_ENABLEMENT: "integration_error",
  CUSTOMER_ALREADY_ENABLED: "integration_error",
  CUSTOMER_ALREADY_CREATED: "integration_error",
  LOGO_REQUIRED: "integration_error",
  INVALID_LOGO: "integration_error",
  CONTACT_REQUIRED: "integration_error",
  ASSETS_UNDER_MANAGEMENT_REQUIRED: "integration_error",
  CUSTOMER_REMOVAL_NOT_ALLOWED: "integration_error",
  TRANSACTION_INSUFFICIENT_FUNDS: "rejected",
  TRANSACTION_AMOUNT_EXCEEDED: "rejected",
  TRANSACTION_ON_SAME_ACCOUNT: "generic_failure",
  TRANSACTION_CURRENCY_MISMATCH: "generic_failure",
  TRANSACTION_IBAN_INVALID: "generic_failure",
  TRANSACTION_BACS_INVALID: "generic_failure",
  TRANSACTION_FAST_PAY_DISABLED: "generic_failure",
  TRANSACTION_EXECUTION_FAILED: "generic_failure",
  NONIDENTICAL_REQUEST: "generic_failure",
  REQUEST_CONFLICT: "concurrent_operation",
  LAST_UPDATED_DATETIME_OUT_OF_RANGE: "generic_failure",
  PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA: "mfa_failed",
  ACCOUNTS_LIMIT: "rate_limited",
  ACCOUNTS_BALANCE_GET_LIMIT: "rate_limited",
  AUTH_LIMIT: "rate_limited",
  INCORRECT_OAUTH_NONCE: "generic_failure",
  INCORRECT_LINK_TOKEN: "generic_failure",
  OAUTH_STATE_ID_ALREADY_PROCESSED: "integration_error",
  OAUTH_STATE_ID_NOT_FOUND: "generic_failure",
  BANK_TRANSFER_ACCOUNT_BLOCKED: "rejected",
  RECAPTCHA_REQUIRED: "user_action_required",
  RECAPTCHA_BAD: "rejected",
  INCOMPATIBLE_API_VERSION: "integration_error",
  INVALID_ACCOUNT_NUMBER: "integration_error",
  INVALID_BODY: "integration_error",
  INVALID_CONFIGURATION: "integration_error",
  PAYMENT_BLOCKED: "rejected",
  PAYMENT_CANCELLED: "cancelled",
  PAYMENT_INSUFFICIENT_FUNDS: "rejected",
  PAYMENT_INVALID_RECIPIENT: "rejected",
  DIRECT_INTEGRATION_NOT_ENABLED: "integration_error",
  INCORRECT_DEPOSIT_VERIFICATION: "user_action_required",
  INVALID_ACCESS_TOKEN: "integration_error",
  BALANCE_LIMIT: "rate_limited",
  CREDITS_EXHAUSTED: "integration_error",
  IDENTITY_LIMIT: "rate_limited",
  INSTITUTIONS_GET_LIMIT: "rate_limited",
  INSTITUTIONS_GET_BY_ID_LIMIT: "rate_limited",
  INVALID_FIELD: "integration_error",
  INVALID_HEADERS: "integration_error",
  MISSING_FIELDS: "integration_error",
  NO_LONGER_AVAILABLE: "integration_error",
  NOT_FOUND: "integration_error",
  PAYMENT_INVALID_REFERENCE: "rejected",
  PAYMENT_INVALID_SCHEDULE: "rejected",
  PAYMENT_REJECTED: "rejected",
  PAYMENT_SCHEME_NOT_SUPPORTED: "rejected",
  PAYMENT_CONSENT_INVALID_CONSTRAINTS: "rejected",
  PAYMENT_CONSENT_CANCELLED: "cancelled",
  INVALID_ACCOUNT_ID: "integration_error",
  INVALID_API_KEYS: "integration_error",
  INVALID_AUDIT_COPY_TOKEN: "integration_error",
  INVALID_INSTITUTION: "integration_error",
  INVALID_LINK_CUSTOMIZATION: "integration_error",
  INVESTMENT_HOLDINGS_GET_LIMIT: "rate_limited",
  INVESTMENT_TRANSACTIONS_LIMIT: "rate_limited",
  ITEM_GET_LIMIT: "rate_limited",
  RATE_LIMIT: "rate_limited",
  TRANSACTIONS_LIMIT: "rate_limited",
  INTERNAL_SERVER_ERROR: "generic_failure",
  PLANNED_MAINTENANCE: "generic_failure",
  DATA_UNAVAILABLE: "generic_failure",
  ASSET_REPORT_GENERATION_FAILED: "generic_failure",
  SANDBOX_PRODUCT_NOT_ENABLED: "integration_error",
  SANDBOX_WEBHOOK_INVALID: "integration_error",
  SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID: "integration_error",
  INCOME_VERIFICATION_DOCUMENT_NOT_FOUND: "generic_failure",
  INCOME_VERIFICATION_FAILED: "generic_failure",
  INCOME_VERIFICATION_NOT_FOUND: "generic_failure",
  INCOME_VERIFICATION_UPLOAD_ERROR: "generic_failure",
  TRANSFER_LIMIT_REACHED: "rejected",
  TRANSFER_ACCOUNT_BLOCKED: "rejected",
  TRANSFER_NOT_CANCELLABLE: "rejected",
  TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION: "concurrent_operation",
  INSTITUTION_DOWN: "institution_unavailable",
  INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT: "integration_error",
  INSTITUTION_NOT_RESPONDING: "institution_unavailable",
  INSTITUTION_NOT_AVAILABLE: "institution_unavailable",
  SANDBOX_ONLY: "integration_error",
  UNKNOWN_FIELDS: "integration_error",
  FAILED_PRECONDITION: "integration_error",
  INVALID_LINK_TOKEN: "integration_error",
  INVALID_PROCESSOR_TOKEN: "integration_error",
  INVALID_PRODUCT: "integration_error",
  INVALID_PRODUCTS: "integration_error",
  TRANSACTIONS_SYNC_LIMIT: "rate_limited",
  INVALID_PARENT: "generic_failure",
  INSIGHTS_NOT_ENABLED: "generic_failure",
  INSIGHTS_PREVIOUSLY_NOT_ENABLED: "generic_failure",
  VERIFICATION_STATUS_PENDING_APPROVAL: "pending",
  EMPLOYMENT_NOT_FOUND: "generic_failure",
  TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: "generic_failure",
  TRANSFER_FORBIDDEN_ACH_CLASS: "generic_failure",
  TRANSFER_UI_UNAUTHORIZED: "generic_failure",
  TRANSFER_ORIGINATOR_NOT_FOUND: "generic_failure",
  INCOMPLETE_CUSTOMER_ONBOARDING: "generic_failure",
  INSTITUTION_NO_LONGER_SUPPORTED: "institution_not_supported",
  UNAUTHORIZED_INSTITUTION: "institution_not_supported",
  INSTITUTION_REGISTRATION_REQUIRED: "institution_not_supported",
  UNSUPPORTED_RESPONSE: "institution_unavailable",
  ADDITIONAL_CONSENT_REQUIRED: "user_action_required",
  INVALID_PUBLIC_TOKEN: "integration_error",
  INVALID_STRIPE_ACCOUNT: "integration_error",
  INVALID_USER_TOKEN: "integration_error",
  INVALID_WEBHOOK_VERIFICATION_KEY_ID: "integration_error",
  UNAUTHORIZED_ACCESS: "generic_failure",
  PRODUCT_UNAVAILABLE: "integration_error",
  TOO_MANY_VERIFICATION_ATTEMPTS: "attempts_exhausted",
  UNAUTHORIZED_ENVIRONMENT: "integration_error",
  UNAUTHORIZED_ROUTE_ACCESS: "integration_error",
  USER_PERMISSION_REVOKED: "reconnect_required",
  ITEM_NO_ERROR: "success",
  "item-no-error": "success",
  ITEM_PRODUCT_NOT_READY: "pending",
  ASSET_PRODUCT_NOT_READY: "pending",
  BANK_TRANSFER_LIMIT_EXCEEDED: "rejected",
  BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT: "generic_failure",
  BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT: "generic_failure",
  BANK_TRANSFER_INSUFFICIENT_FUNDS: "rejected",
  BANK_TRANSFER_NOT_CANCELLABLE: "rejected",
  BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: "generic_failure",
  BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT: "generic_failure",
  SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID: "integration_error",
  INCORRECT_DEPOSIT_AMOUNTS: "user_action_required",
  MICRODEPOSITS_ALREADY_VERIFIED: "integration_error",
  ADDITION_LIMIT: "rate_limited",
  DATA_QUALITY_CHECK_FAILED: "generic_failure",
  CONSUMER_REPORT_EXPIRED: "integration_error",
  INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED: "institution_not_supported",
  INSUFFICIENT_TRANSACTION_DATA: "account_unavailable",
  NETWORK_CONSENT_REQUIRED: "user_action_required",
  INVALID_USER_ID: "integration_error",
  INVALID_USER_IDENTITY_DATA: "integration_error",
  PROFILE_AUTHENTICATION_FAILED: "mfa_failed",
  MANUAL_VERIFICATION_REQUIRED: "user_action_required",
  OAUTH_REGISTRATION_ERROR: "integration_error",
  INSTITUTION_RATE_LIMIT: "rate_limited",
  TRANSACTIONS_REFRESH_LIMIT: "rate_limited",
  ADDENDUM_NOT_SIGNED: "integration_error",
  CLIENT_TRANSACTION_ID_ALREADY_IN_USE: "integration_error",
  INVALID_CONFIGURATION_STATE: "integration_error",
  NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS: "integration_error",
  RULESET_NOT_FOUND: "integration_error",
  SIGNAL_TRANSACTION_NOT_INITIATED: "integration_error",
  TRANSFER_NETWORK_LIMIT_EXCEEDED: "rejected",
  USER_NOT_FOUND: "integration_error",
};
/**
 * Error code: The error_code of a Plaid error object (API responses, webhooks and Link's onExit),
 * grouped by the error_type it is published under. Plaid's own clients keep it a plain string. Wire
 * field: error.error_code.
 */
export const PlaidErrorCode: {
  /**
   * The user did not grant necessary permissions for their account.
   * Category: user_action_required (User action required); retryable: no.
   * Message: access to this product was not granted for the account
   * User message: The user did not grant the necessary permissions for this product on their
   * account.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ACCESS_NOT_GRANTED: "ACCESS_NOT_GRANTED";
  /**
   * Instant Match could not be initialized for the Item.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Item cannot be verified through Instant Match. Ensure you are correctly enabling all
   * auth features in Link.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTANT_MATCH_FAILED: "INSTANT_MATCH_FAILED";
  /**
   * The user did not provide sufficient authorization in order to link their account via an OAuth
   * login flow.
   * Category: cancelled (Cancelled); retryable: no.
   * Message: insufficient authorization was provided to complete the request
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSUFFICIENT_CREDENTIALS: "INSUFFICIENT_CREDENTIALS";
  /**
   * The financial institution indicated that the credentials provided were invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: the provided credentials were not correct
   * User message: The provided credentials were not correct. Please try again.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_CREDENTIALS: "INVALID_CREDENTIALS";
  /**
   * The institution indicated that the provided response for MFA was invalid
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: the provided MFA response(s) were not correct
   * User message: The provided MFA responses were not correct. Please try again.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_MFA: "INVALID_MFA";
  /**
   * Returned when the method used to send MFA credentials was deemed invalid by the institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: the provided MFA send_method was invalid
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_SEND_METHOD: "INVALID_SEND_METHOD";
  /**
   * The submitted phone number was invalid.
   * Category: user_action_required (User action required); retryable: no.
   * Message: the provided phone number was invalid
   * User message: The provided phone number was invalid. Please try again.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_PHONE_NUMBER: "INVALID_PHONE_NUMBER";
  /**
   * The submitted OTP was invalid.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: the provided OTP was invalid
   * User message: The provided OTP was invalid. Please try again.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_OTP: "INVALID_OTP";
  /**
   * The username entered during update mode did not match the original username.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: the username provided to /item/credentials/update does not match the original username
   * for the item
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_UPDATED_USERNAME: "INVALID_UPDATED_USERNAME";
  /**
   * This item was deleted while the operation was in progress.
   * Category: concurrent_operation (Concurrent operation); retryable: no.
   * Message: This item was deleted while the operation was in progress
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ITEM_CONCURRENTLY_DELETED: "ITEM_CONCURRENTLY_DELETED";
  /**
   * The financial institution indicated that the user's account is locked. The user will need to
   * work with the institution directly to unlock their account.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: the account is locked. prompt the user to visit the institution's site and unlock
   * their account
   * User message: The given account has been locked by the financial institution. Please visit your
   * financial institution's website to unlock your account.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ITEM_LOCKED: "ITEM_LOCKED";
  /**
   * Additional input from the user is required to continue getting data for this Item.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: the login details of this item have changed (credentials, MFA, or required user
   * action) and a user login is required to update this information. use Link's update mode to
   * restore the item to a good state
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ITEM_LOGIN_REQUIRED: "ITEM_LOGIN_REQUIRED";
  /**
   * The Item you requested cannot be found. This Item does not exist, has been previously removed
   * via /item/remove, or has had access removed by the user
   * Category: integration_error (Integration error); retryable: no.
   * Message: The Item you requested cannot be found. This Item does not exist, has been previously
   * removed via /item/remove, or has had access removed by the user.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ITEM_NOT_FOUND: "ITEM_NOT_FOUND";
  /**
   * Plaid is unable to support this user's accounts due to restrictions in place at the financial
   * institution.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: this account is currently not supported
   * User message: The given account is not currently supported for this financial institution. We
   * apologize for the inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ITEM_NOT_SUPPORTED: "ITEM_NOT_SUPPORTED";
  /**
   * Returned when the user requires a form of MFA that Plaid does not support for a given financial
   * institution.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: this account requires a MFA type that we do not currently support for the institution
   * User message: The multi-factor security features enabled on this account are not currently
   * supported for this financial institution. We apologize for the inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly MFA_NOT_SUPPORTED: "MFA_NOT_SUPPORTED";
  /**
   * Returned when there are no open accounts associated with the Item.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: no valid accounts were found for this item
   * User message: No valid accounts were found at the financial institution. Please visit your
   * financial institution's website to confirm accounts are available.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NO_ACCOUNTS: "NO_ACCOUNTS";
  /**
   * Returned from POST /auth/get when there are no valid accounts for which account and routing
   * numbers could be retrieved.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: There are no valid checking or savings account(s) associated with this Item. See
   * https://plaid.com/docs/api/#item-errors for more.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NO_AUTH_ACCOUNTS: "NO_AUTH_ACCOUNTS";
  /**
   * Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link
   * initialized with the Investments product, when there are no valid investment account(s) for
   * which holdings or transactions could be retrieved.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: There are no valid investment account(s) associated with this Item. See
   * https://plaid.com/docs/api/#item-errors for more information.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NO_INVESTMENT_ACCOUNTS: "NO_INVESTMENT_ACCOUNTS";
  /**
   * Returned from POST /investments/holdings/get or POST /investments/transactions/get when there
   * are no valid investment account(s) for which holdings or transactions could be retrieved.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: There are no valid investment account(s) associated with this Item. See
   * https://plaid.com/docs/api/#item-errors for more information.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NO_INVESTMENT_AUTH_ACCOUNTS: "NO_INVESTMENT_AUTH_ACCOUNTS";
  /**
   * Returned from POST /liabilities/get when there are no valid liability account(s) for which
   * liabilities could be retrieved.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: There are no valid liability account(s) associated with this Item. See
   * https://plaid.com/docs/api/#item-errors for more information.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NO_LIABILITY_ACCOUNTS: "NO_LIABILITY_ACCOUNTS";
  /**
   * The user must log in directly to the financial institution and reset their password.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: user must reset their password
   * User message: The user needs to reset their password for their account
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PASSWORD_RESET_REQUIRED: "PASSWORD_RESET_REQUIRED";
  /**
   * A requested product was not enabled for the current access token. Please ensure it is included
   * when when initializing Link and create the Item again.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PRODUCT_NOT_ENABLED: "PRODUCT_NOT_ENABLED";
  /**
   * Returned when a data request has been made for a product that is not yet ready.
   * Category: pending (Pending); retryable: no.
   * Message: the requested product is not yet ready. please provide a webhook or try the request
   * again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PRODUCT_NOT_READY: "PRODUCT_NOT_READY";
  /**
   * Returned when a data request has been made for an Item for a product that it does not support.
   * Use the /item/get endpoint to find out which products an Item supports.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly PRODUCTS_NOT_SUPPORTED: "PRODUCTS_NOT_SUPPORTED";
  /**
   * The user must log in directly to the financial institution and take some action before Plaid
   * can access their accounts.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: the account has not been fully set up. prompt the user to visit the issuing
   * institution's site and finish the setup process
   * User message: The given account is not fully setup. Please visit your financial institution's
   * website to setup your account.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly USER_SETUP_REQUIRED: "USER_SETUP_REQUIRED";
  /**
   * The user did not complete a step in the Link flow, and it timed out.
   * Category: session_expired (Session expired); retryable: no.
   * Message: user must retry this operation
   * User message: The application timed out waiting for user input
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly USER_INPUT_TIMEOUT: "USER_INPUT_TIMEOUT";
  /**
   * Customer not found
   * Category: integration_error (Integration error); retryable: no.
   * Message: the customer was not found
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 404.
   */
  readonly CUSTOMER_NOT_FOUND: "CUSTOMER_NOT_FOUND";
  /**
   * Flowdown not complete
   * Category: integration_error (Integration error); retryable: no.
   * Message: you must complete a flowdown to create and enable customers
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 412.
   */
  readonly FLOWDOWN_NOT_COMPLETE: "FLOWDOWN_NOT_COMPLETE";
  /**
   * Questionnaire not complete
   * Category: integration_error (Integration error); retryable: no.
   * Message: you must complete the security questionnaire to create and enable customers
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 412.
   */
  readonly QUESTIONNAIRE_NOT_COMPLETE: "QUESTIONNAIRE_NOT_COMPLETE";
  /**
   * Customer not ready for enablement
   * Category: integration_error (Integration error); retryable: no.
   * Message: this customer is not ready for enablement
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 412.
   */
  readonly CUSTOMER_NOT_READY_FOR_ENABLEMENT: "CUSTOMER_NOT_READY_FOR_ENABLEMENT";
  /**
   * Customer already enabled
   * Category: integration_error (Integration error); retryable: no.
   * Message: this customer has already been enabled
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly CUSTOMER_ALREADY_ENABLED: "CUSTOMER_ALREADY_ENABLED";
  /**
   * Customer already created
   * Category: integration_error (Integration error); retryable: no.
   * Message: this customer has already been created
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly CUSTOMER_ALREADY_CREATED: "CUSTOMER_ALREADY_CREATED";
  /**
   * Logo required
   * Category: integration_error (Integration error); retryable: no.
   * Message: a logo is required because create_link_customization is set to true and the co-branded
   * consent pane is in use
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly LOGO_REQUIRED: "LOGO_REQUIRED";
  /**
   * Invalid logo
   * Category: integration_error (Integration error); retryable: no.
   * Message: the logo must be a base64-encoded string of a PNG of size 1024x1024
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_LOGO: "INVALID_LOGO";
  /**
   * Contact required
   * Category: integration_error (Integration error); retryable: no.
   * Message: billing or technical contacts must be submitted either in the request or filled in for
   * your team in the dashboard
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly CONTACT_REQUIRED: "CONTACT_REQUIRED";
  /**
   * Assets Under Management required
   * Category: integration_error (Integration error); retryable: no.
   * Message: assets under management must be submitted because your team has a monthly service
   * commitment
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ASSETS_UNDER_MANAGEMENT_REQUIRED: "ASSETS_UNDER_MANAGEMENT_REQUIRED";
  /**
   * Removal not allowed
   * Category: integration_error (Integration error); retryable: no.
   * Message: removal of a production-enabled end customer is not allowed. talk to your account
   * manager to remove this end customer.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly CUSTOMER_REMOVAL_NOT_ALLOWED: "CUSTOMER_REMOVAL_NOT_ALLOWED";
  /**
   * The virtual account has too little balance for the transaction.
   * Category: rejected (Rejected); retryable: no.
   * Message: There are insufficient funds to complete the transaction
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_INSUFFICIENT_FUNDS: "TRANSACTION_INSUFFICIENT_FUNDS";
  /**
   * The transaction amount is over the allowed limit.
   * Category: rejected (Rejected); retryable: no.
   * Message: Transaction amount exceeds the allowed threshold for this client
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_AMOUNT_EXCEEDED: "TRANSACTION_AMOUNT_EXCEEDED";
  /**
   * The transaction's source and destination are the same account.
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: Payment to the same account is not allowed
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_ON_SAME_ACCOUNT: "TRANSACTION_ON_SAME_ACCOUNT";
  /**
   * The transaction's currency does not match the account's.
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: The currency between the wallet and recipient account is different
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_CURRENCY_MISMATCH: "TRANSACTION_CURRENCY_MISMATCH";
  /**
   * The recipient's IBAN is not valid.
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: The provided IBAN is invalid
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_IBAN_INVALID: "TRANSACTION_IBAN_INVALID";
  /**
   * The recipient's BACS account number or sort code is not valid.
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: The provided BACS account number and/or sort code is invalid
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_BACS_INVALID: "TRANSACTION_BACS_INVALID";
  /**
   * The recipient's account cannot receive Faster Payments.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: The recipient sort code is not enabled for faster payments
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_FAST_PAY_DISABLED: "TRANSACTION_FAST_PAY_DISABLED";
  /**
   * The transaction could not be executed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: There was a problem executing the transaction. Please retry.
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTION_EXECUTION_FAILED: "TRANSACTION_EXECUTION_FAILED";
  /**
   * A request reused an idempotency key with different parameters.
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: Request body does not match previous request with this idempotency key
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NONIDENTICAL_REQUEST: "NONIDENTICAL_REQUEST";
  /**
   * A request with the same idempotency key is still being processed.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Message: Original request is still processing
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly REQUEST_CONFLICT: "REQUEST_CONFLICT";
  /**
   * No data is available from the Item within the specified date-time.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: requested datetime out of range, most recently updated balance 2021-01-01T00:00:00Z
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly LAST_UPDATED_DATETIME_OUT_OF_RANGE: "LAST_UPDATED_DATETIME_OUT_OF_RANGE";
  /**
   * The Plaid Direct Item import resulted in invalid MFA.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: Plaid Direct Item Imports should not result in MFA.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA: "PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA";
  /**
   * Too many requests were made to the /accounts/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly ACCOUNTS_LIMIT: "ACCOUNTS_LIMIT";
  /**
   * Too many requests were made to the /accounts/balance/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly ACCOUNTS_BALANCE_GET_LIMIT: "ACCOUNTS_BALANCE_GET_LIMIT";
  /**
   * Too many requests were made to the /auth/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly AUTH_LIMIT: "AUTH_LIMIT";
  /**
   * An incorrect OAuth nonce was supplied when re-initializing Link.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: nonce does not match
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_OAUTH_NONCE: "INCORRECT_OAUTH_NONCE";
  /**
   * An incorrect Link token was supplied when re-initializing Link.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: link token does not match original link token
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_LINK_TOKEN: "INCORRECT_LINK_TOKEN";
  /**
   * The OAuth state has already been processed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 208.
   */
  readonly OAUTH_STATE_ID_ALREADY_PROCESSED: "OAUTH_STATE_ID_ALREADY_PROCESSED";
  /**
   * The OAuth state id could not be found.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the provided oauth_state_id wasn't found
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 404.
   */
  readonly OAUTH_STATE_ID_NOT_FOUND: "OAUTH_STATE_ID_NOT_FOUND";
  /**
   * The bank transfer could not be completed because a previous transfer involving the same end-
   * user account resulted in an error.
   * Category: rejected (Rejected); retryable: no.
   * Message: bank transfer was blocked due to a previous ACH return on this account
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly BANK_TRANSFER_ACCOUNT_BLOCKED: "BANK_TRANSFER_ACCOUNT_BLOCKED";
  /**
   * The request was flagged by Plaid's fraud system, and requires additional verification to ensure
   * they are not a bot.
   * Category: user_action_required (User action required); retryable: no.
   * Message: This request requires additional verification. Please resubmit the request after
   * completing the challenge
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly RECAPTCHA_REQUIRED: "RECAPTCHA_REQUIRED";
  /**
   * The provided challenge response was denied.
   * Category: rejected (Rejected); retryable: no.
   * Message: The provided challenge response was denied. Please try again
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly RECAPTCHA_BAD: "RECAPTCHA_BAD";
  /**
   * The request uses fields that are not compatible with the API version being used.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The public_key cannot be used for this endpoint as of version {version-date} of the
   * API. Please use the client_id and secret instead.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCOMPATIBLE_API_VERSION: "INCOMPATIBLE_API_VERSION";
  /**
   * The provided account number was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_ACCOUNT_NUMBER: "INVALID_ACCOUNT_NUMBER";
  /**
   * The request body was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: body could not be parsed as JSON
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_BODY: "INVALID_BODY";
  /**
   * /link/token/create was called with invalid configuration settings
   * Category: integration_error (Integration error); retryable: no.
   * Message: please ensure that the request body is formatted correctly
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_CONFIGURATION: "INVALID_CONFIGURATION";
  /**
   * The payment was blocked for violating compliance rules.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment blocked
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_BLOCKED: "PAYMENT_BLOCKED";
  /**
   * The payment was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Message: user cancelled the payment
   * User message: Try making your payment again or select a different bank to continue.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_CANCELLED: "PAYMENT_CANCELLED";
  /**
   * The account has insufficient funds to complete the payment.
   * Category: rejected (Rejected); retryable: no.
   * Message: insufficient funds to complete the request
   * User message: There isn't enough money in this account to complete the payment. Try again, or
   * select another account or bank.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_INSUFFICIENT_FUNDS: "PAYMENT_INSUFFICIENT_FUNDS";
  /**
   * The recipient was rejected by the chosen institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment recipient invalid
   * User message: The payment recipient is invalid for the selected institution. Create a new
   * payment with a different recipient.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_INVALID_RECIPIENT: "PAYMENT_INVALID_RECIPIENT";
  /**
   * An attempt was made to create an Item without using Link.
   * Category: integration_error (Integration error); retryable: no.
   * Message: your client ID is only authorized to use Plaid Link. head to the docs
   * (https://plaid.com/docs) to get started.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly DIRECT_INTEGRATION_NOT_ENABLED: "DIRECT_INTEGRATION_NOT_ENABLED";
  /**
   * The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item
   * verification in Link.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_DEPOSIT_VERIFICATION: "INCORRECT_DEPOSIT_VERIFICATION";
  /**
   * The access_token is not valid for this client or environment.
   * Category: integration_error (Integration error); retryable: no.
   * Message: could not find matching access token
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_ACCESS_TOKEN: "INVALID_ACCESS_TOKEN";
  /**
   * Too many requests were made to the /accounts/balance/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly BALANCE_LIMIT: "BALANCE_LIMIT";
  /**
   * You have used up your free API usage allocation in Limited Production
   * Category: integration_error (Integration error); retryable: no.
   * Message: Free usage exhausted, please request full Production access to continue using this
   * product
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly CREDITS_EXHAUSTED: "CREDITS_EXHAUSTED";
  /**
   * Too many requests were made to the /identity/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly IDENTITY_LIMIT: "IDENTITY_LIMIT";
  /**
   * Too many requests were made to the /institutions/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access "institutions get by id". please try again
   * later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly INSTITUTIONS_GET_LIMIT: "INSTITUTIONS_GET_LIMIT";
  /**
   * Too many requests were made to the /institutions/get_by_id endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access "institutions get by id". please try again
   * later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly INSTITUTIONS_GET_BY_ID_LIMIT: "INSTITUTIONS_GET_BY_ID_LIMIT";
  /**
   * One or more of the request body fields were improperly formatted or invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: {{ error message is specific to the given / missing request field }}
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_FIELD: "INVALID_FIELD";
  /**
   * The request was missing a required header.
   * Category: integration_error (Integration error); retryable: no.
   * Message: {{ error message is specific to the given / missing header }}
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_HEADERS: "INVALID_HEADERS";
  /**
   * The request was missing one or more required fields.
   * Category: integration_error (Integration error); retryable: no.
   * Message: the following required fields are missing: {fields}
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly MISSING_FIELDS: "MISSING_FIELDS";
  /**
   * The endpoint requested is not available in the API version being used.
   * Category: integration_error (Integration error); retryable: no.
   * Message: This endpoint has been discontinued as of version {version-date} of the API.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 404.
   */
  readonly NO_LONGER_AVAILABLE: "NO_LONGER_AVAILABLE";
  /**
   * The endpoint requested does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Message: not found
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 404.
   */
  readonly NOT_FOUND: "NOT_FOUND";
  /**
   * The reference was rejected by the chosen institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment reference invalid
   * User message: The payment reference is invalid for the selected institution. Create a new
   * payment with a different reference.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_INVALID_REFERENCE: "PAYMENT_INVALID_REFERENCE";
  /**
   * The schedule was rejected by the chosen institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment schedule invalid
   * User message: The payment schedule is invalid for the selected institution. Create a new
   * payment with a different schedule.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_INVALID_SCHEDULE: "PAYMENT_INVALID_SCHEDULE";
  /**
   * The payment was rejected by the chosen institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment rejected
   * User message: The payment was rejected by the institution. Try again, or select another account
   * or bank.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_REJECTED: "PAYMENT_REJECTED";
  /**
   * The requested payment scheme is not supported by the chosen institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment scheme not supported
   * User message: The payment scheme is not supported by the institution. Either change scheme or
   * select another institution.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_SCHEME_NOT_SUPPORTED: "PAYMENT_SCHEME_NOT_SUPPORTED";
  /**
   * The payment consent constraints are missing or not supported by the institution.
   * Category: rejected (Rejected); retryable: no.
   * Message: payment consent constraints invalid
   * User message: The payment consent constraints are missing or not supported by the institution.
   * Either update constraints or select another institution.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_CONSENT_INVALID_CONSTRAINTS: "PAYMENT_CONSENT_INVALID_CONSTRAINTS";
  /**
   * The payment consent was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Message: user cancelled the payment consent
   * User message: Authorise your payment consent again or select a different bank to continue.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_CONSENT_CANCELLED: "PAYMENT_CONSENT_CANCELLED";
  /**
   * The supplied account_id is not valid
   * Category: integration_error (Integration error); retryable: no.
   * Message: failed to find requested account ID for requested item
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_ACCOUNT_ID: "INVALID_ACCOUNT_ID";
  /**
   * The client ID and secret included in the request body were invalid. Find your API keys in the
   * Dashboard.
   * Category: integration_error (Integration error); retryable: no.
   * Message: invalid client_id or secret provided
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_API_KEYS: "INVALID_API_KEYS";
  /**
   * The audit copy token supplied to the server was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_AUDIT_COPY_TOKEN: "INVALID_AUDIT_COPY_TOKEN";
  /**
   * The institution_id specified is invalid or does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Message: invalid institution_id provided
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_INSTITUTION: "INVALID_INSTITUTION";
  /**
   * The Link customization is not valid for the request.
   * Category: integration_error (Integration error); retryable: no.
   * Message: requested link customization is not set to update account selection
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_LINK_CUSTOMIZATION: "INVALID_LINK_CUSTOMIZATION";
  /**
   * Too many requests were made to the /investments/holdings/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly INVESTMENT_HOLDINGS_GET_LIMIT: "INVESTMENT_HOLDINGS_GET_LIMIT";
  /**
   * Too many requests were made to the /investments/transactions/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly INVESTMENT_TRANSACTIONS_LIMIT: "INVESTMENT_TRANSACTIONS_LIMIT";
  /**
   * Too many requests were made to the /item/get endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly ITEM_GET_LIMIT: "ITEM_GET_LIMIT";
  /**
   * Too many requests were made.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly RATE_LIMIT: "RATE_LIMIT";
  /**
   * Too many requests were made to a transactions endpoint such as/transactions/get or
   * /transactions/refresh.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly TRANSACTIONS_LIMIT: "TRANSACTIONS_LIMIT";
  /**
   * Plaid was unable to process the request
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: an unexpected error occurred
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 500.
   */
  readonly INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR";
  /**
   * Plaid's systems are undergoing maintenance and API operations are disabled
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the Plaid API is temporarily unavailable due to planned maintenance. visit
   * https://status.plaid.com/ for more information
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 503.
   */
  readonly PLANNED_MAINTENANCE: "PLANNED_MAINTENANCE";
  /**
   * Data needed for the Asset Report could not be retrieved.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: unable to pull sufficient data for all items to generate this report. please see the
   * "causes" field for more details
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly DATA_UNAVAILABLE: "DATA_UNAVAILABLE";
  /**
   * The Asset Report could not be generated.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly ASSET_REPORT_GENERATION_FAILED: "ASSET_REPORT_GENERATION_FAILED";
  /**
   * The requested product is not enabled for an Item
   * Category: integration_error (Integration error); retryable: no.
   * Message: The [auth | transactions | ...] product is not enabled on this item
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly SANDBOX_PRODUCT_NOT_ENABLED: "SANDBOX_PRODUCT_NOT_ENABLED";
  /**
   * The request to fire a Sandbox webhook failed.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Webhook for this item is either not set up, or invalid. Please update the item's
   * webhook and try again.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly SANDBOX_WEBHOOK_INVALID: "SANDBOX_WEBHOOK_INVALID";
  /**
   * The /sandbox/transfer/simulate endpoint was called with parameters specifying an invalid event
   * transition.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The provided simulated event type is incompatible with the current transfer status
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID: "SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID";
  /**
   * The requested income verification document was not found.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the requested data was not found. Please check the ID supplied.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCOME_VERIFICATION_DOCUMENT_NOT_FOUND: "INCOME_VERIFICATION_DOCUMENT_NOT_FOUND";
  /**
   * The income verification you are trying to retrieve could not be completed. please try creating
   * a new income verification
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the income verification you are trying to retrieve could not be completed. please try
   * creating a new income verification
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCOME_VERIFICATION_FAILED: "INCOME_VERIFICATION_FAILED";
  /**
   * The requested income verification was not found.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the requested data was not found. Please check the ID supplied.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCOME_VERIFICATION_NOT_FOUND: "INCOME_VERIFICATION_NOT_FOUND";
  /**
   * There was an error uploading income verification documents.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: there was a problem uploading the document for verification. Please try again or
   * recreate an income verification.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 500.
   */
  readonly INCOME_VERIFICATION_UPLOAD_ERROR: "INCOME_VERIFICATION_UPLOAD_ERROR";
  /**
   * The attempted transfer exceeded the account's daily transfer or single transfer limits.
   * Category: rejected (Rejected); retryable: no.
   * Message: transfer limit exceeded
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   * @deprecated No longer on Plaid Docs: Transfer errors as retrieved on 2026-03-07.
   */
  readonly TRANSFER_LIMIT_REACHED: "TRANSFER_LIMIT_REACHED";
  /**
   * The transfer could not be completed because a previous transfer involving the same end-user
   * account resulted in an error
   * Category: rejected (Rejected); retryable: no.
   * Message: transfer was blocked due to a previous ACH return on this account
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_ACCOUNT_BLOCKED: "TRANSFER_ACCOUNT_BLOCKED";
  /**
   * The transfer could not be canceled
   * Category: rejected (Rejected); retryable: no.
   * Message: transfer is not cancellable
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_NOT_CANCELLABLE: "TRANSFER_NOT_CANCELLABLE";
  /**
   * Transaction data was updated during pagination.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Message: Underlying transaction data changed since last page was fetched. Please restart
   * pagination from last update.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION: "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION";
  /**
   * The financial institution is down, either for maintenance or due to an infrastructure issue
   * with their systems.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: this institution is not currently responding to this request. please try again soon
   * User message: This financial institution is not currently responding to requests. We apologize
   * for the inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_DOWN: "INSTITUTION_DOWN";
  /**
   * Institution not enabled in this environment
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT: "INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT";
  /**
   * The financial institution is failing to respond to some of our requests. Your user may be
   * successful if they retry another time.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: this institution is not currently responding to this request. please try again soon
   * User message: This financial institution is not currently responding to requests. We apologize
   * for the inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_NOT_RESPONDING: "INSTITUTION_NOT_RESPONDING";
  /**
   * The financial institution is not available this time.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: this institution is not currently responding to this request. please try again soon
   * User message: This financial institution is not currently responding to requests. We apologize
   * for the inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_NOT_AVAILABLE: "INSTITUTION_NOT_AVAILABLE";
  /**
   * The requested endpoint is only available in Sandbox.
   * Category: integration_error (Integration error); retryable: no.
   * Message: access to {api/route} is only available in the sandbox environment at
   * https://sandbox.plaid.com/
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly SANDBOX_ONLY: "SANDBOX_ONLY";
  /**
   * The request included a field that is not recognized by the endpoint.
   * Category: integration_error (Integration error); retryable: no.
   * Message: the following fields are not recognized by this endpoint: {fields}
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNKNOWN_FIELDS: "UNKNOWN_FIELDS";
  /**
   * A required precondition is not met: for link-session models, when the Link session has not
   * completed; for cash-advance models, when the user has not successfully linked any Item.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly FAILED_PRECONDITION: "FAILED_PRECONDITION";
  /**
   * The link_token provided to initialize Link was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: invalid link_token provided
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_LINK_TOKEN: "INVALID_LINK_TOKEN";
  /**
   * The processor_token provided to initialize Link was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_PROCESSOR_TOKEN: "INVALID_PROCESSOR_TOKEN";
  /**
   * The product is not a valid configuration value, or your client ID does not have access to this
   * product.
   * Category: integration_error (Integration error); retryable: no.
   * Message: client is not authorized to access the following products: ["identity_verification"]
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_PRODUCT: "INVALID_PRODUCT";
  /**
   * The pre-authenticated returning user flow was initiated with a restricted product.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The following products are not allowed for pre-authed items: ['auth'].
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   * @deprecated No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.
   */
  readonly INVALID_PRODUCTS: "INVALID_PRODUCTS";
  /**
   * Too many requests were made to the /transactions/sync endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly TRANSACTIONS_SYNC_LIMIT: "TRANSACTIONS_SYNC_LIMIT";
  /**
   * The parent Asset Report of an audit copy or filter is not valid.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly INVALID_PARENT: "INVALID_PARENT";
  /**
   * Asset Report insights were requested but are not enabled.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly INSIGHTS_NOT_ENABLED: "INSIGHTS_NOT_ENABLED";
  /**
   * Insights were requested for an Asset Report created without them.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly INSIGHTS_PREVIOUSLY_NOT_ENABLED: "INSIGHTS_PREVIOUSLY_NOT_ENABLED";
  /**
   * The user has not yet authorized the sharing of this data
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly VERIFICATION_STATUS_PENDING_APPROVAL: "VERIFICATION_STATUS_PENDING_APPROVAL";
  /**
   * The requested employment was not found.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the requested employment data was not found. Please check the ID supplied.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly EMPLOYMENT_NOT_FOUND: "EMPLOYMENT_NOT_FOUND";
  /**
   * An attempt was made to transfer funds to or from an unsupported account type
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: transfer account type not supported
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: "TRANSFER_UNSUPPORTED_ACCOUNT_TYPE";
  /**
   * An attempt was made to create a transfer with a forbidden ACH class (SEC code)
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: specified ach_class is forbidden
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_FORBIDDEN_ACH_CLASS: "TRANSFER_FORBIDDEN_ACH_CLASS";
  /**
   * The client is not enabled for the Transfer UI product
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: client is not authorized for transfer UI
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_UI_UNAUTHORIZED: "TRANSFER_UI_UNAUTHORIZED";
  /**
   * An association between the sender and the originator client doesn't exist
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: the association between the sender and the originator client doesn't exist
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_ORIGINATOR_NOT_FOUND: "TRANSFER_ORIGINATOR_NOT_FOUND";
  /**
   * The end customer has not completed onboarding. Their diligence status must be approved before
   * moving funds
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: end customer has not completed onboarding. their diligence status must be `approved`
   * before moving funds
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INCOMPLETE_CUSTOMER_ONBOARDING: "INCOMPLETE_CUSTOMER_ONBOARDING";
  /**
   * Plaid no longer supports this financial institution.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: this institution is no longer supported
   * User message: This financial institution is no longer supported. We apologize for the
   * inconvenience.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_NO_LONGER_SUPPORTED: "INSTITUTION_NO_LONGER_SUPPORTED";
  /**
   * You are not authorized to create Items for this institution at this time.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: not authorized to create items for this institution
   * User message: You are not authorized to create items for this institution at this time.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNAUTHORIZED_INSTITUTION: "UNAUTHORIZED_INSTITUTION";
  /**
   * Your application is not yet registered with the institution.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: not yet registered to create items for this institution
   * User message: You must register your application with this institution before you can create
   * items for it.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_REGISTRATION_REQUIRED: "INSTITUTION_REGISTRATION_REQUIRED";
  /**
   * The data returned from the financial institution is not valid.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: the data returned from the financial institution is not valid
   * User message: The data returned from the financial institution is not valid.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_RESPONSE: "UNSUPPORTED_RESPONSE";
  /**
   * The end user has not provided consent to the requested product
   * Category: user_action_required (User action required); retryable: no.
   * Message: client does not have user consent to access the PRODUCT_AUTH product
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly ADDITIONAL_CONSENT_REQUIRED: "ADDITIONAL_CONSENT_REQUIRED";
  /**
   * The public_token is not valid, has expired or was already exchanged.
   * Category: integration_error (Integration error); retryable: no.
   * Message: could not find matching public token
   * Whose words: description: bankcodes' wording; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_PUBLIC_TOKEN: "INVALID_PUBLIC_TOKEN";
  /**
   * The supplied Stripe account is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_STRIPE_ACCOUNT: "INVALID_STRIPE_ACCOUNT";
  /**
   * The supplied user token is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Message: could not find matching user token
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_USER_TOKEN: "INVALID_USER_TOKEN";
  /**
   * The key_id provided to the webhook verification endpoint was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: invalid key_id provided. note that key_ids are specific to Plaid environments, and
   * verification requests must be made to the same environment that the webhook was sent from
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_WEBHOOK_VERIFICATION_KEY_ID: "INVALID_WEBHOOK_VERIFICATION_KEY_ID";
  /**
   * You are not authorized to access this endpoint for your use case
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: you are not authorized to access this endpoint for your use case.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNAUTHORIZED_ACCESS: "UNAUTHORIZED_ACCESS";
  /**
   * Additional products may not be added to Items created in the pre-auth returning user flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Additional products may not be added to this pre-authed item.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   * @deprecated No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.
   */
  readonly PRODUCT_UNAVAILABLE: "PRODUCT_UNAVAILABLE";
  /**
   * The user attempted to verify their Manual Same-Day micro-deposit codes more than 3 times and
   * their Item is now permanently locked. The user must retry submitting their account information
   * in Link.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly TOO_MANY_VERIFICATION_ATTEMPTS: "TOO_MANY_VERIFICATION_ATTEMPTS";
  /**
   * Your client ID does not have access to this API environment. See which environments you are
   * enabled for from the Dashboard.
   * Category: integration_error (Integration error); retryable: no.
   * Message: you are not authorized to create items in this api environment. Go to the Dashboard
   * (https://dashboard.plaid.com) to see which environments you are authorized for.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNAUTHORIZED_ENVIRONMENT: "UNAUTHORIZED_ENVIRONMENT";
  /**
   * Your client ID does not have access to this route.
   * Category: integration_error (Integration error); retryable: no.
   * Message: you are not authorized to access this route in this api environment.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly UNAUTHORIZED_ROUTE_ACCESS: "UNAUTHORIZED_ROUTE_ACCESS";
  /**
   * The end user has revoked access to their data.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: the holder of this account has revoked their permission for your application to access
   * it
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly USER_PERMISSION_REVOKED: "USER_PERMISSION_REVOKED";
  /**
   * The Item has no error.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ITEM_NO_ERROR: "ITEM_NO_ERROR";
  /**
   * The product's data for the Item is not ready yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ITEM_PRODUCT_NOT_READY: "ITEM_PRODUCT_NOT_READY";
  /**
   * The Asset Report is not ready yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ASSET_PRODUCT_NOT_READY: "ASSET_PRODUCT_NOT_READY";
  /**
   * The bank transfer is over the account's limit.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_LIMIT_EXCEEDED: "BANK_TRANSFER_LIMIT_EXCEEDED";
  /**
   * No origination account is configured for the bank transfer.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT: "BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT";
  /**
   * The bank transfer's origination account is not valid.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT: "BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT";
  /**
   * The account has too little balance for the bank transfer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_INSUFFICIENT_FUNDS: "BANK_TRANSFER_INSUFFICIENT_FUNDS";
  /**
   * The bank transfer can no longer be cancelled.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_NOT_CANCELLABLE: "BANK_TRANSFER_NOT_CANCELLABLE";
  /**
   * The account type cannot be used for bank transfers.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: "BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE";
  /**
   * Bank transfers are not available in this environment.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT: "BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT";
  /**
   * A simulated Sandbox bank transfer event is not a valid transition.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID: "SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID";
  /**
   * The micro-deposit amounts the user entered are wrong.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INCORRECT_DEPOSIT_AMOUNTS: "INCORRECT_DEPOSIT_AMOUNTS";
  /**
   * The micro-deposits were already verified.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MICRODEPOSITS_ALREADY_VERIFIED: "MICRODEPOSITS_ALREADY_VERIFIED";
  /**
   * Too many Items were added in a period of time.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ADDITION_LIMIT: "ADDITION_LIMIT";
  /**
   * The extracted data from the financial institution showed signs of poor data quality, preventing
   * the generation of an accurate report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Bank provided inconsistent transaction history data that has a high chance of error.
   * The bank will need to resolve issues for product data to be generated.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly DATA_QUALITY_CHECK_FAILED: "DATA_QUALITY_CHECK_FAILED";
  /**
   * The Check Report has expired as 24 hours have passed since its creation, so it is no longer
   * retrievable.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly CONSUMER_REPORT_EXPIRED: "CONSUMER_REPORT_EXPIRED";
  /**
   * The user's financial institution does not support the length of transaction history you require
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: The user’s bank does not support the transactions range you require. Lowering the
   * days_required may result in success.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED: "INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED";
  /**
   * The user does not have sufficient transactions data to generate income insights, partner
   * insights, or cashflow insights. The error_message will provide more detail on what data is
   * missing.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   * HTTP: 400.
   */
  readonly INSUFFICIENT_TRANSACTION_DATA: "INSUFFICIENT_TRANSACTION_DATA";
  /**
   * The user did not provide consent in link to share Plaid network data.
   * Category: user_action_required (User action required); retryable: no.
   * Message: User has not provided consent to share network data
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly NETWORK_CONSENT_REQUIRED: "NETWORK_CONSENT_REQUIRED";
  /**
   * The user id is not in a valid format
   * Category: integration_error (Integration error); retryable: no.
   * Message: user.user_id must be a non-empty string
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_USER_ID: "INVALID_USER_ID";
  /**
   * The user identity provided failed Plaid’s validation checks. The error message will contain
   * specific details about which field(s) failed validation.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid email format.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 403.
   */
  readonly INVALID_USER_IDENTITY_DATA: "INVALID_USER_IDENTITY_DATA";
  /**
   * The end user could not authenticate the device associated with their profile
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: the profile could not be authenticated
   * User message: We were not able to authenticate your access to this Plaid account.
   * Whose words: description: Plaid's published text; message: Plaid's published text; user
   * message: Plaid's published text.
   * HTTP: 400.
   */
  readonly PROFILE_AUTHENTICATION_FAILED: "PROFILE_AUTHENTICATION_FAILED";
  /**
   * Returned when a data request has been made for a product that requires the user to manually
   * verify their Item via Link's update mode.
   * Category: user_action_required (User action required); retryable: no.
   * Message: This Item could not be automatically verified. The user must manually verify their
   * account through a separate Link session using the existing access token and with
   * 'investments_auth' initialized in the 'products' array.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly MANUAL_VERIFICATION_REQUIRED: "MANUAL_VERIFICATION_REQUIRED";
  /**
   * OAuth Registration Error
   * Category: integration_error (Integration error); retryable: no.
   * Message: application logo is required
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly OAUTH_REGISTRATION_ERROR: "OAUTH_REGISTRATION_ERROR";
  /**
   * Too many requests were made to a given institution.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: The institution is currently receiving too many requests. Please try again later.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly INSTITUTION_RATE_LIMIT: "INSTITUTION_RATE_LIMIT";
  /**
   * Too many requests were made to the /transactions/refresh endpoint.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: rate limit exceeded for attempts to access this item. please try again later
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 429.
   */
  readonly TRANSACTIONS_REFRESH_LIMIT: "TRANSACTIONS_REFRESH_LIMIT";
  /**
   * Signal-only actions were taken, but the client has not signed the Signal Addendum.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The Signal Addendum has not been signed
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 403.
   */
  readonly ADDENDUM_NOT_SIGNED: "ADDENDUM_NOT_SIGNED";
  /**
   * The client_transaction_id value specified is not unique
   * Category: integration_error (Integration error); retryable: no.
   * Message: Client transaction id has already been used in a different transaction
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly CLIENT_TRANSACTION_ID_ALREADY_IN_USE: "CLIENT_TRANSACTION_ID_ALREADY_IN_USE";
  /**
   * /signal/evaluate was called by a client whose Signal Rules configuration settings are in an
   * invalid state
   * Category: integration_error (Integration error); retryable: no.
   * Message: Client configuration state is missing default ruleset imputation, contact your Account
   * Manager for assistance.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly INVALID_CONFIGURATION_STATE: "INVALID_CONFIGURATION_STATE";
  /**
   * A ruleset was specified that uses Signal Transaction Scores, but the customer is only enabled
   * for Balance-only rulesets
   * Category: integration_error (Integration error); retryable: no.
   * Message: Your account is not enabled for Signal Transaction Score rulesets. Use a Balance-only
   * ruleset or contact your Account Manager to enable Signal Transaction Scores.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 403.
   */
  readonly NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS: "NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS";
  /**
   * The specified ruleset was not found
   * Category: integration_error (Integration error); retryable: no.
   * Message: Missing 'default' ruleset. Create the ruleset here:
   * https://dashboard.plaid.com/signal/risk-profiles
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly RULESET_NOT_FOUND: "RULESET_NOT_FOUND";
  /**
   * A return was reported on a transaction that was also reported never to have happened.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Transactions previously reported as not initiated cannot be reported as returned
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly SIGNAL_TRANSACTION_NOT_INITIATED: "SIGNAL_TRANSACTION_NOT_INITIATED";
  /**
   * The attempted transfer exceeded the given network's amount limit.
   * Category: rejected (Rejected); retryable: no.
   * Message: [network] transaction amount cannot exceed [amount]
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly TRANSFER_NETWORK_LIMIT_EXCEEDED: "TRANSFER_NETWORK_LIMIT_EXCEEDED";
  /**
   * The provided user_id could not be found.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The User you requested cannot be found. This User does not exist or has had access
   * removed by the user.
   * Whose words: description: Plaid's published text; message: Plaid's published text.
   * HTTP: 400.
   */
  readonly USER_NOT_FOUND: "USER_NOT_FOUND";
} = /* @__PURE__ */ membersOf(PlaidErrorCodeCategories, PlaidErrorCodeAliases);
export type PlaidErrorCode = (typeof PlaidErrorCode)[keyof typeof PlaidErrorCode];
/** A PlaidErrorCode as read from the wire: a known value or any other string. */
export type PlaidErrorCodeOrUnknown = PlaidErrorCode | (string & {});
/** The catalog's metadata of every PlaidErrorCode value. */
export const PlaidErrorCodeInfo: { readonly [V in PlaidErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/error_code",
  {
    ACCESS_NOT_GRANTED: {
      description: "The user did not grant necessary permissions for their account.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You did not give the permissions needed for this account.",
          action: "Connect your account again and allow the requested access.",
        },
        fr: {
          message: "Vous n'avez pas accordé les autorisations nécessaires pour ce compte.",
          action: "Connectez de nouveau votre compte et accordez l'accès demandé.",
        },
        ar: {
          message: "لم تمنح الأذونات اللازمة لهذا الحساب.",
          action: "اربط حسابك مرة أخرى وامنح الإذن المطلوب.",
        },
        es: {
          message: "No otorgó los permisos necesarios para esta cuenta.",
          action: "Vuelva a conectar su cuenta y permita el acceso solicitado.",
        },
        pt: {
          message: "Você não concedeu as permissões necessárias para esta conta.",
          action: "Conecte sua conta novamente e permita o acesso solicitado.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "access to this product was not granted for the account",
      advice: null,
      userMessage: "The user did not grant the necessary permissions for this product on their account.",
      userMessageOffered: false,
      aliases: [],
    },
    INSTANT_MATCH_FAILED: {
      description: "Instant Match could not be initialized for the Item.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "Item cannot be verified through Instant Match. Ensure you are correctly enabling all auth features in Link.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSUFFICIENT_CREDENTIALS: {
      description: "The user did not provide sufficient authorization in order to link their account via an OAuth login flow.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "insufficient authorization was provided to complete the request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CREDENTIALS: {
      description: "The financial institution indicated that the credentials provided were invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the provided credentials were not correct",
      advice: null,
      userMessage: "The provided credentials were not correct. Please try again.",
      aliases: [],
    },
    INVALID_MFA: {
      description: "The institution indicated that the provided response for MFA was invalid",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the provided MFA response(s) were not correct",
      advice: null,
      userMessage: "The provided MFA responses were not correct. Please try again.",
      aliases: [],
    },
    INVALID_SEND_METHOD: {
      description: "Returned when the method used to send MFA credentials was deemed invalid by the institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the provided MFA send_method was invalid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PHONE_NUMBER: {
      description: "The submitted phone number was invalid.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "the provided phone number was invalid",
      advice: null,
      userMessage: "The provided phone number was invalid. Please try again.",
      aliases: [],
    },
    INVALID_OTP: {
      description: "The submitted OTP was invalid.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "the provided OTP was invalid",
      advice: null,
      userMessage: "The provided OTP was invalid. Please try again.",
      aliases: [],
    },
    INVALID_UPDATED_USERNAME: {
      description: "The username entered during update mode did not match the original username.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the username provided to /item/credentials/update does not match the original username for the item",
      advice: null,
      userMessage: null,
      aliases: ["INVALD_UPDATED_USERNAME"],
    },
    ITEM_CONCURRENTLY_DELETED: {
      description: "This item was deleted while the operation was in progress.",
      category: "concurrent_operation",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The connection to this account was removed while your request was in progress.",
          action: "Connect your account again to continue.",
        },
        fr: {
          message: "La connexion à ce compte a été supprimée pendant le traitement de votre demande.",
          action: "Connectez de nouveau votre compte pour continuer.",
        },
        ar: {
          message: "تمت إزالة الربط بهذا الحساب أثناء معالجة طلبك.",
          action: "اربط حسابك مرة أخرى للمتابعة.",
        },
        es: {
          message: "La conexión con esta cuenta se eliminó mientras su solicitud estaba en curso.",
          action: "Vuelva a conectar su cuenta para continuar.",
        },
        pt: {
          message: "A conexão com esta conta foi removida enquanto sua solicitação estava em andamento.",
          action: "Conecte sua conta novamente para continuar.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "This item was deleted while the operation was in progress",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_LOCKED: {
      description: "The financial institution indicated that the user's account is locked. The user will need to work with the institution directly to unlock their account.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the account is locked. prompt the user to visit the institution's site and unlock their account",
      advice: null,
      userMessage: "The given account has been locked by the financial institution. Please visit your financial institution's website to unlock your account.",
      aliases: [],
    },
    ITEM_LOGIN_REQUIRED: {
      description: "Additional input from the user is required to continue getting data for this Item.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_NOT_FOUND: {
      description: "The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "The Item you requested cannot be found. This Item does not exist, has been previously removed via /item/remove, or has had access removed by the user.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_NOT_SUPPORTED: {
      description: "Plaid is unable to support this user's accounts due to restrictions in place at the financial institution.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "this account is currently not supported",
      advice: null,
      userMessage: "The given account is not currently supported for this financial institution. We apologize for the inconvenience.",
      aliases: [],
    },
    MFA_NOT_SUPPORTED: {
      description: "Returned when the user requires a form of MFA that Plaid does not support for a given financial institution.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "this account requires a MFA type that we do not currently support for the institution",
      advice: null,
      userMessage: "The multi-factor security features enabled on this account are not currently supported for this financial institution. We apologize for the inconvenience.",
      aliases: [],
    },
    NO_ACCOUNTS: {
      description: "Returned when there are no open accounts associated with the Item.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-errors-check-report", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "no valid accounts were found for this item",
      advice: null,
      userMessage: "No valid accounts were found at the financial institution. Please visit your financial institution's website to confirm accounts are available.",
      aliases: [],
    },
    NO_AUTH_ACCOUNTS: {
      description: "Returned from POST /auth/get when there are no valid accounts for which account and routing numbers could be retrieved.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "There are no valid checking or savings account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_INVESTMENT_ACCOUNTS: {
      description: "Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link initialized with the Investments product, when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_INVESTMENT_AUTH_ACCOUNTS: {
      description: "Returned from POST /investments/holdings/get or POST /investments/transactions/get when there are no valid investment account(s) for which holdings or transactions could be retrieved.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "There are no valid investment account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_LIABILITY_ACCOUNTS: {
      description: "Returned from POST /liabilities/get when there are no valid liability account(s) for which liabilities could be retrieved.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "There are no valid liability account(s) associated with this Item. See https://plaid.com/docs/api/#item-errors for more information.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PASSWORD_RESET_REQUIRED: {
      description: "The user must log in directly to the financial institution and reset their password.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank requires you to reset your password.",
          action: "Reset your password on your bank's website or app, then try again.",
        },
        fr: {
          message: "Votre banque vous demande de réinitialiser votre mot de passe.",
          action: "Réinitialisez votre mot de passe sur le site Web ou dans l'application de votre banque, puis réessayez.",
        },
        ar: {
          message: "يطلب منك بنكك إعادة تعيين كلمة المرور.",
          action: "أعد تعيين كلمة المرور عبر موقع بنكك الإلكتروني أو تطبيقه، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su banco le pide que restablezca su contraseña.",
          action: "Restablezca su contraseña en el sitio web o la aplicación de su banco y luego vuelva a intentarlo.",
        },
        pt: {
          message: "Seu banco exige que você redefina sua senha.",
          action: "Redefina sua senha no site ou no aplicativo do seu banco e tente novamente.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "user must reset their password",
      advice: null,
      userMessage: "The user needs to reset their password for their account",
      userMessageOffered: false,
      aliases: [],
    },
    PRODUCT_NOT_ENABLED: {
      description: "A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "plaid-errors-item",
        "plaid-errors-assets",
        "plaid-errors-income",
        "plaid-rn-sdk-types",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_NOT_READY: {
      description: "Returned when a data request has been made for a product that is not yet ready.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "plaid-errors-item",
        "plaid-errors-assets",
        "plaid-errors-income",
        "plaid-errors-check-report",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "the requested product is not yet ready. please provide a webhook or try the request again later",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCTS_NOT_SUPPORTED: {
      description: "Returned when a data request has been made for an Item for a product that it does not support. Use the /item/get endpoint to find out which products an Item supports.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_SETUP_REQUIRED: {
      description: "The user must log in directly to the financial institution and take some action before Plaid can access their accounts.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item", "plaid-rn-sdk-types"] },
      },
      message: "the account has not been fully set up. prompt the user to visit the issuing institution's site and finish the setup process",
      advice: null,
      userMessage: "The given account is not fully setup. Please visit your financial institution's website to setup your account.",
      aliases: [],
    },
    USER_INPUT_TIMEOUT: {
      description: "The user did not complete a step in the Link flow, and it timed out.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
        userMessage: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "user must retry this operation",
      advice: null,
      userMessage: "The application timed out waiting for user input",
      userMessageOffered: false,
      aliases: [],
    },
    CUSTOMER_NOT_FOUND: {
      description: "Customer not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "the customer was not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FLOWDOWN_NOT_COMPLETE: {
      description: "Flowdown not complete",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [412],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "you must complete a flowdown to create and enable customers",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    QUESTIONNAIRE_NOT_COMPLETE: {
      description: "Questionnaire not complete",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [412],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "you must complete the security questionnaire to create and enable customers",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_NOT_READY_FOR_ENABLEMENT: {
      description: "Customer not ready for enablement",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [412],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "this customer is not ready for enablement",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_ALREADY_ENABLED: {
      description: "Customer already enabled",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "this customer has already been enabled",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_ALREADY_CREATED: {
      description: "Customer already created",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "this customer has already been created",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGO_REQUIRED: {
      description: "Logo required",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "a logo is required because create_link_customization is set to true and the co-branded consent pane is in use",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LOGO: {
      description: "Invalid logo",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "the logo must be a base64-encoded string of a PNG of size 1024x1024",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTACT_REQUIRED: {
      description: "Contact required",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "billing or technical contacts must be submitted either in the request or filled in for your team in the dashboard",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASSETS_UNDER_MANAGEMENT_REQUIRED: {
      description: "Assets Under Management required",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "assets under management must be submitted because your team has a monthly service commitment",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_REMOVAL_NOT_ALLOWED: {
      description: "Removal not allowed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "removal of a production-enabled end customer is not allowed. talk to your account manager to remove this end customer.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_INSUFFICIENT_FUNDS: {
      description: "The virtual account has too little balance for the transaction.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "There are insufficient funds to complete the transaction",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_AMOUNT_EXCEEDED: {
      description: "The transaction amount is over the allowed limit.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "Transaction amount exceeds the allowed threshold for this client",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_ON_SAME_ACCOUNT: {
      description: "The transaction's source and destination are the same account.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "Payment to the same account is not allowed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_CURRENCY_MISMATCH: {
      description: "The transaction's currency does not match the account's.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "The currency between the wallet and recipient account is different",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_IBAN_INVALID: {
      description: "The recipient's IBAN is not valid.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "The provided IBAN is invalid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_BACS_INVALID: {
      description: "The recipient's BACS account number or sort code is not valid.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "The provided BACS account number and/or sort code is invalid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_FAST_PAY_DISABLED: {
      description: "The recipient's account cannot receive Faster Payments.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "The recipient sort code is not enabled for faster payments",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION_EXECUTION_FAILED: {
      description: "The transaction could not be executed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "There was a problem executing the transaction. Please retry.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NONIDENTICAL_REQUEST: {
      description: "A request reused an idempotency key with different parameters.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "Request body does not match previous request with this idempotency key",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_CONFLICT: {
      description: "A request with the same idempotency key is still being processed.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-virtual-account"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-virtual-account"] },
      },
      message: "Original request is still processing",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LAST_UPDATED_DATETIME_OUT_OF_RANGE: {
      description: "No data is available from the Item within the specified date-time.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-result"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-result"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-result"] },
      },
      message: "requested datetime out of range, most recently updated balance 2021-01-01T00:00:00Z",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PLAID_DIRECT_ITEM_IMPORT_RETURNED_INVALID_MFA: {
      description: "The Plaid Direct Item import resulted in invalid MFA.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-result", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-result", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-result", "plaid-rn-sdk-types"] },
      },
      message: "Plaid Direct Item Imports should not result in MFA.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNTS_LIMIT: {
      description: "Too many requests were made to the /accounts/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    ACCOUNTS_BALANCE_GET_LIMIT: {
      description: "Too many requests were made to the /accounts/balance/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    AUTH_LIMIT: {
      description: "Too many requests were made to the /auth/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    INCORRECT_OAUTH_NONCE: {
      description: "An incorrect OAuth nonce was supplied when re-initializing Link.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-oauth", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-oauth", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-oauth", "plaid-rn-sdk-types"] },
      },
      message: "nonce does not match",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCORRECT_LINK_TOKEN: {
      description: "An incorrect Link token was supplied when re-initializing Link.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-oauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-oauth"] },
        message: { by: "provider", sources: ["plaid-errors-oauth"] },
      },
      message: "link token does not match original link token",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OAUTH_STATE_ID_ALREADY_PROCESSED: {
      description: "The OAuth state has already been processed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [208],
      sources: ["plaid-errors-oauth", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-oauth", "plaid-rn-sdk-types"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OAUTH_STATE_ID_NOT_FOUND: {
      description: "The OAuth state id could not be found.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["plaid-errors-oauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-oauth"] },
        message: { by: "provider", sources: ["plaid-errors-oauth"] },
      },
      message: "the provided oauth_state_id wasn't found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_ACCOUNT_BLOCKED: {
      description: "The bank transfer could not be completed because a previous transfer involving the same end-user account resulted in an error.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-microdeposits", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-microdeposits", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-microdeposits", "plaid-rn-sdk-types"] },
      },
      message: "bank transfer was blocked due to a previous ACH return on this account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECAPTCHA_REQUIRED: {
      description: "The request was flagged by Plaid's fraud system, and requires additional verification to ensure they are not a bot.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"] },
      },
      message: "This request requires additional verification. Please resubmit the request after completing the challenge",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECAPTCHA_BAD: {
      description: "The provided challenge response was denied.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-recaptcha", "plaid-rn-sdk-types"] },
      },
      message: "The provided challenge response was denied. Please try again",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOMPATIBLE_API_VERSION: {
      description: "The request uses fields that are not compatible with the API version being used.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "The public_key cannot be used for this endpoint as of version {version-date} of the API. Please use the client_id and secret instead.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_ACCOUNT_NUMBER: {
      description: "The provided account number was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "The provided account number was invalid.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_BODY: {
      description: "The request body was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "body could not be parsed as JSON",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CONFIGURATION: {
      description: "/link/token/create was called with invalid configuration settings",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-request"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-request"] },
      },
      message: "please ensure that the request body is formatted correctly",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_BLOCKED: {
      description: "The payment was blocked for violating compliance rules.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment blocked",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_CANCELLED: {
      description: "The payment was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "user cancelled the payment",
      advice: null,
      userMessage: "Try making your payment again or select a different bank to continue.",
      aliases: [],
    },
    PAYMENT_INSUFFICIENT_FUNDS: {
      description: "The account has insufficient funds to complete the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "There isn't enough money in your account to complete the payment.",
          action: "Try again, or choose another account or bank.",
        },
        fr: {
          message: "Les fonds de votre compte sont insuffisants pour effectuer ce paiement.",
          action: "Réessayez ou choisissez un autre compte ou une autre banque.",
        },
        ar: {
          message: "الرصيد في حسابك غير كافٍ لإتمام عملية الدفع.",
          action: "حاول مرة أخرى، أو اختر حساباً أو بنكاً آخر.",
        },
        es: {
          message: "No hay suficiente dinero en su cuenta para completar el pago.",
          action: "Vuelva a intentarlo o elija otra cuenta u otro banco.",
        },
        pt: {
          message: "Não há saldo suficiente na sua conta para concluir o pagamento.",
          action: "Tente novamente ou escolha outra conta ou outro banco.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "insufficient funds to complete the request",
      advice: null,
      userMessage: "There isn't enough money in this account to complete the payment. Try again, or select another account or bank.",
      aliases: [],
    },
    PAYMENT_INVALID_RECIPIENT: {
      description: "The recipient was rejected by the chosen institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment recipient invalid",
      advice: null,
      userMessage: "The payment recipient is invalid for the selected institution. Create a new payment with a different recipient.",
      userMessageOffered: false,
      aliases: [],
    },
    DIRECT_INTEGRATION_NOT_ENABLED: {
      description: "An attempt was made to create an Item without using Link.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCORRECT_DEPOSIT_VERIFICATION: {
      description: "The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item verification in Link.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-invalid-input"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_ACCESS_TOKEN: {
      description: "The access_token is not valid for this client or environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "could not find matching access token",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BALANCE_LIMIT: {
      description: "Too many requests were made to the /accounts/balance/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    CREDITS_EXHAUSTED: {
      description: "You have used up your free API usage allocation in Limited Production",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "Free usage exhausted, please request full Production access to continue using this product",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_LIMIT: {
      description: "Too many requests were made to the /identity/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    INSTITUTIONS_GET_LIMIT: {
      description: "Too many requests were made to the /institutions/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access \"institutions get by id\". please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    INSTITUTIONS_GET_BY_ID_LIMIT: {
      description: "Too many requests were made to the /institutions/get_by_id endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access \"institutions get by id\". please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    INVALID_FIELD: {
      description: "One or more of the request body fields were improperly formatted or invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "{{ error message is specific to the given / missing request field }}",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_HEADERS: {
      description: "The request was missing a required header.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "{{ error message is specific to the given / missing header }}",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MISSING_FIELDS: {
      description: "The request was missing one or more required fields.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "the following required fields are missing: {fields}",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_LONGER_AVAILABLE: {
      description: "The endpoint requested is not available in the API version being used.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "This endpoint has been discontinued as of version {version-date} of the API.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOT_FOUND: {
      description: "The endpoint requested does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_INVALID_REFERENCE: {
      description: "The reference was rejected by the chosen institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment reference invalid",
      advice: null,
      userMessage: "The payment reference is invalid for the selected institution. Create a new payment with a different reference.",
      userMessageOffered: false,
      aliases: [],
    },
    PAYMENT_INVALID_SCHEDULE: {
      description: "The schedule was rejected by the chosen institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment schedule invalid",
      advice: null,
      userMessage: "The payment schedule is invalid for the selected institution. Create a new payment with a different schedule.",
      userMessageOffered: false,
      aliases: [],
    },
    PAYMENT_REJECTED: {
      description: "The payment was rejected by the chosen institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank rejected the payment.",
          action: "Try again, or choose another account or bank.",
        },
        fr: {
          message: "Votre banque a refusé le paiement.",
          action: "Réessayez ou choisissez un autre compte ou une autre banque.",
        },
        ar: {
          message: "رفض بنكك عملية الدفع.",
          action: "حاول مرة أخرى، أو اختر حساباً أو بنكاً آخر.",
        },
        es: {
          message: "Su banco rechazó el pago.",
          action: "Vuelva a intentarlo o elija otra cuenta u otro banco.",
        },
        pt: {
          message: "Seu banco recusou o pagamento.",
          action: "Tente novamente ou escolha outra conta ou outro banco.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment rejected",
      advice: null,
      userMessage: "The payment was rejected by the institution. Try again, or select another account or bank.",
      aliases: [],
    },
    PAYMENT_SCHEME_NOT_SUPPORTED: {
      description: "The requested payment scheme is not supported by the chosen institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment scheme not supported",
      advice: null,
      userMessage: "The payment scheme is not supported by the institution. Either change scheme or select another institution.",
      userMessageOffered: false,
      aliases: [],
    },
    PAYMENT_CONSENT_INVALID_CONSTRAINTS: {
      description: "The payment consent constraints are missing or not supported by the institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "payment consent constraints invalid",
      advice: null,
      userMessage: "The payment consent constraints are missing or not supported by the institution. Either update constraints or select another institution.",
      userMessageOffered: false,
      aliases: [],
    },
    PAYMENT_CONSENT_CANCELLED: {
      description: "The payment consent was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-payment"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-payment"] },
        message: { by: "provider", sources: ["plaid-errors-payment"] },
        userMessage: { by: "provider", sources: ["plaid-errors-payment"] },
      },
      message: "user cancelled the payment consent",
      advice: null,
      userMessage: "Authorise your payment consent again or select a different bank to continue.",
      aliases: [],
    },
    INVALID_ACCOUNT_ID: {
      description: "The supplied account_id is not valid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "failed to find requested account ID for requested item",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_API_KEYS: {
      description: "The client ID and secret included in the request body were invalid. Find your API keys in the Dashboard.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "invalid client_id or secret provided",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_AUDIT_COPY_TOKEN: {
      description: "The audit copy token supplied to the server was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_INSTITUTION: {
      description: "The institution_id specified is invalid or does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "invalid institution_id provided",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LINK_CUSTOMIZATION: {
      description: "The Link customization is not valid for the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "requested link customization is not set to update account selection",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENT_HOLDINGS_GET_LIMIT: {
      description: "Too many requests were made to the /investments/holdings/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    INVESTMENT_TRANSACTIONS_LIMIT: {
      description: "Too many requests were made to the /investments/transactions/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    ITEM_GET_LIMIT: {
      description: "Too many requests were made to the /item/get endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 60,
      factSources: { wait_seconds: ["plaid-rate-limit-table", "plaid-errors-rate-limit-exceeded"] },
    },
    RATE_LIMIT: {
      description: "Too many requests were made.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_LIMIT: {
      description: "Too many requests were made to a transactions endpoint such as/transactions/get or /transactions/refresh.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-rate-limit-exceeded", "plaid-rn-sdk-types"],
        },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INTERNAL_SERVER_ERROR: {
      description: "Plaid was unable to process the request",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["plaid-errors-api", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-api", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-api", "plaid-rn-sdk-types"] },
      },
      message: "an unexpected error occurred",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PLANNED_MAINTENANCE: {
      description: "Plaid's systems are undergoing maintenance and API operations are disabled",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["plaid-errors-api", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-api", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-api", "plaid-rn-sdk-types"] },
      },
      message: "the Plaid API is temporarily unavailable due to planned maintenance. visit https://status.plaid.com/ for more information",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    DATA_UNAVAILABLE: {
      description: "Data needed for the Asset Report could not be retrieved.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-errors-check-report", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-assets"] },
      },
      message: "unable to pull sufficient data for all items to generate this report. please see the \"causes\" field for more details",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASSET_REPORT_GENERATION_FAILED: {
      description: "The Asset Report could not be generated.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SANDBOX_PRODUCT_NOT_ENABLED: {
      description: "The requested product is not enabled for an Item",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"] },
      },
      message: "The [auth | transactions | ...] product is not enabled on this item",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SANDBOX_WEBHOOK_INVALID: {
      description: "The request to fire a Sandbox webhook failed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"] },
        message: { by: "provider", sources: ["plaid-errors-sandbox", "plaid-rn-sdk-types"] },
      },
      message: "Webhook for this item is either not set up, or invalid. Please update the item's webhook and try again.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SANDBOX_TRANSFER_EVENT_TRANSITION_INVALID: {
      description: "The /sandbox/transfer/simulate endpoint was called with parameters specifying an invalid event transition.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-sandbox"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-sandbox"] },
        message: { by: "provider", sources: ["plaid-errors-sandbox"] },
      },
      message: "The provided simulated event type is incompatible with the current transfer status",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_DOCUMENT_NOT_FOUND: {
      description: "The requested income verification document was not found.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "the requested data was not found. Please check the ID supplied.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_FAILED: {
      description: "The income verification you are trying to retrieve could not be completed. please try creating a new income verification",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "the income verification you are trying to retrieve could not be completed. please try creating a new income verification",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_NOT_FOUND: {
      description: "The requested income verification was not found.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "the requested data was not found. Please check the ID supplied.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_UPLOAD_ERROR: {
      description: "There was an error uploading income verification documents.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "there was a problem uploading the document for verification. Please try again or recreate an income verification.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_LIMIT_REACHED: {
      description: "The attempted transfer exceeded the account's daily transfer or single transfer limits.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-copy", "plaid-errors-transfer"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "No longer on Plaid Docs: Transfer errors as retrieved on 2026-03-07.",
      },
      wording: {
        description: { by: "provider", sources: ["plaid-errors-copy"] },
        message: { by: "provider", sources: ["plaid-errors-copy"] },
      },
      message: "transfer limit exceeded",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_ACCOUNT_BLOCKED: {
      description: "The transfer could not be completed because a previous transfer involving the same end-user account resulted in an error",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "transfer was blocked due to a previous ACH return on this account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_NOT_CANCELLABLE: {
      description: "The transfer could not be canceled",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "transfer is not cancellable",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION: {
      description: "Transaction data was updated during pagination.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transactions"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transactions"] },
        message: { by: "provider", sources: ["plaid-errors-transactions"] },
      },
      message: "Underlying transaction data changed since last page was fetched. Please restart pagination from last update.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_DOWN: {
      description: "The financial institution is down, either for maintenance or due to an infrastructure issue with their systems.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-institution", "plaid-rn-sdk-types"] },
        userMessage: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
      },
      message: "this institution is not currently responding to this request. please try again soon",
      advice: null,
      userMessage: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
      aliases: [],
    },
    INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT: {
      description: "Institution not enabled in this environment",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-institution"] },
        message: { by: "provider", sources: ["plaid-errors-institution"] },
      },
      message: "Institution not enabled in this environment",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_NOT_RESPONDING: {
      description: "The financial institution is failing to respond to some of our requests. Your user may be successful if they retry another time.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-institution", "plaid-rn-sdk-types"] },
        userMessage: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
      },
      message: "this institution is not currently responding to this request. please try again soon",
      advice: null,
      userMessage: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
      aliases: [],
    },
    INSTITUTION_NOT_AVAILABLE: {
      description: "The financial institution is not available this time.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-institution", "plaid-rn-sdk-types"] },
        userMessage: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
      },
      message: "this institution is not currently responding to this request. please try again soon",
      advice: null,
      userMessage: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
      aliases: [],
    },
    SANDBOX_ONLY: {
      description: "The requested endpoint is only available in Sandbox.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "access to {api/route} is only available in the sandbox environment at https://sandbox.plaid.com/",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_FIELDS: {
      description: "The request included a field that is not recognized by the endpoint.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
        message: {
          by: "provider",
          sources: ["plaid-errors-invalid-request", "plaid-rn-sdk-types"],
        },
      },
      message: "the following fields are not recognized by this endpoint: {fields}",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED_PRECONDITION: {
      description: "A required precondition is not met: for link-session models, when the Link session has not completed; for cash-advance models, when the user has not successfully linked any Item.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_LINK_TOKEN: {
      description: "The link_token provided to initialize Link was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "invalid link_token provided",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PROCESSOR_TOKEN: {
      description: "The processor_token provided to initialize Link was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PRODUCT: {
      description: "The product is not a valid configuration value, or your client ID does not have access to this product.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "client is not authorized to access the following products: [\"identity_verification\"]",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PRODUCTS: {
      description: "The pre-authenticated returning user flow was initiated with a restricted product.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-copy", "plaid-errors-invalid-input"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.",
      },
      wording: {
        description: { by: "provider", sources: ["plaid-errors-copy"] },
        message: { by: "provider", sources: ["plaid-errors-copy"] },
      },
      message: "The following products are not allowed for pre-authed items: ['auth'].",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_SYNC_LIMIT: {
      description: "Too many requests were made to the /transactions/sync endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "fix_request",
      factSources: { next_step: ["plaid-errors-rate-limit-exceeded"] },
    },
    INVALID_PARENT: {
      description: "The parent Asset Report of an audit copy or filter is not valid.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSIGHTS_NOT_ENABLED: {
      description: "Asset Report insights were requested but are not enabled.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSIGHTS_PREVIOUSLY_NOT_ENABLED: {
      description: "Insights were requested for an Asset Report created without them.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VERIFICATION_STATUS_PENDING_APPROVAL: {
      description: "The user has not yet authorized the sharing of this data",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "The user has not yet authorized the sharing of this data",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EMPLOYMENT_NOT_FOUND: {
      description: "The requested employment was not found.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-income"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-income"] },
        message: { by: "provider", sources: ["plaid-errors-income"] },
      },
      message: "the requested employment data was not found. Please check the ID supplied.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: {
      description: "An attempt was made to transfer funds to or from an unsupported account type",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "transfer account type not supported",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_FORBIDDEN_ACH_CLASS: {
      description: "An attempt was made to create a transfer with a forbidden ACH class (SEC code)",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "specified ach_class is forbidden",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_UI_UNAUTHORIZED: {
      description: "The client is not enabled for the Transfer UI product",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "client is not authorized for transfer UI",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_ORIGINATOR_NOT_FOUND: {
      description: "An association between the sender and the originator client doesn't exist",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "the association between the sender and the originator client doesn't exist",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOMPLETE_CUSTOMER_ONBOARDING: {
      description: "The end customer has not completed onboarding. Their diligence status must be approved before moving funds",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "end customer has not completed onboarding. their diligence status must be `approved` before moving funds",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_NO_LONGER_SUPPORTED: {
      description: "Plaid no longer supports this financial institution.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-institution", "plaid-rn-sdk-types"] },
        userMessage: {
          by: "provider",
          sources: ["plaid-errors-institution", "plaid-rn-sdk-types"],
        },
      },
      message: "this institution is no longer supported",
      advice: null,
      userMessage: "This financial institution is no longer supported. We apologize for the inconvenience.",
      aliases: [],
    },
    UNAUTHORIZED_INSTITUTION: {
      description: "You are not authorized to create Items for this institution at this time.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-institution"] },
        message: { by: "provider", sources: ["plaid-errors-institution"] },
        userMessage: { by: "provider", sources: ["plaid-errors-institution"] },
      },
      message: "not authorized to create items for this institution",
      advice: null,
      userMessage: "You are not authorized to create items for this institution at this time.",
      userMessageOffered: false,
      aliases: [],
    },
    INSTITUTION_REGISTRATION_REQUIRED: {
      description: "Your application is not yet registered with the institution.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-institution"] },
        message: { by: "provider", sources: ["plaid-errors-institution"] },
        userMessage: { by: "provider", sources: ["plaid-errors-institution"] },
      },
      message: "not yet registered to create items for this institution",
      advice: null,
      userMessage: "You must register your application with this institution before you can create items for it.",
      userMessageOffered: false,
      aliases: [],
    },
    UNSUPPORTED_RESPONSE: {
      description: "The data returned from the financial institution is not valid.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-institution"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-institution"] },
        message: { by: "provider", sources: ["plaid-errors-institution"] },
        userMessage: { by: "provider", sources: ["plaid-errors-institution"] },
      },
      message: "the data returned from the financial institution is not valid",
      advice: null,
      userMessage: "The data returned from the financial institution is not valid.",
      aliases: [],
    },
    ADDITIONAL_CONSENT_REQUIRED: {
      description: "The end user has not provided consent to the requested product",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "client does not have user consent to access the PRODUCT_AUTH product",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PUBLIC_TOKEN: {
      description: "The public_token is not valid, has expired or was already exchanged.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "could not find matching public token",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STRIPE_ACCOUNT: {
      description: "The supplied Stripe account is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-invalid-input"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_USER_TOKEN: {
      description: "The supplied user token is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "could not find matching user token",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_WEBHOOK_VERIFICATION_KEY_ID: {
      description: "The key_id provided to the webhook verification endpoint was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "invalid key_id provided. note that key_ids are specific to Plaid environments, and verification requests must be made to the same environment that the webhook was sent from",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED_ACCESS: {
      description: "You are not authorized to access this endpoint for your use case",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "you are not authorized to access this endpoint for your use case.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_UNAVAILABLE: {
      description: "Additional products may not be added to Items created in the pre-auth returning user flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-copy", "plaid-errors-invalid-input"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "No longer on Plaid Docs: Invalid Input errors as retrieved on 2026-03-07.",
      },
      wording: {
        description: { by: "provider", sources: ["plaid-errors-copy"] },
        message: { by: "provider", sources: ["plaid-errors-copy"] },
      },
      message: "Additional products may not be added to this pre-authed item.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TOO_MANY_VERIFICATION_ATTEMPTS: {
      description: "The user attempted to verify their Manual Same-Day micro-deposit codes more than 3 times and their Item is now permanently locked. The user must retry submitting their account information in Link.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Too many incorrect verification codes were entered, so this verification cannot be completed.",
          action: "Enter your account details again to start a new verification.",
        },
        fr: {
          message: "Trop de codes de vérification incorrects ont été saisis, et cette vérification ne peut pas aboutir.",
          action: "Saisissez de nouveau les renseignements de votre compte pour lancer une nouvelle vérification.",
        },
        ar: {
          message: "تم إدخال رموز تحقق غير صحيحة عدة مرات، لذا لا يمكن إكمال هذا التحقق.",
          action: "أدخل بيانات حسابك مرة أخرى لبدء عملية تحقق جديدة.",
        },
        es: {
          message: "Se ingresaron demasiados códigos de verificación incorrectos, por lo que no se puede completar esta verificación.",
          action: "Vuelva a ingresar los datos de su cuenta para iniciar una nueva verificación.",
        },
        pt: {
          message: "Foram digitados códigos de verificação incorretos demais, e esta verificação não pode ser concluída.",
          action: "Digite os dados da sua conta novamente para iniciar uma nova verificação.",
        },
      },
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED_ENVIRONMENT: {
      description: "Your client ID does not have access to this API environment. See which environments you are enabled for from the Dashboard.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED_ROUTE_ACCESS: {
      description: "Your client ID does not have access to this route.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"],
        },
        message: { by: "provider", sources: ["plaid-errors-invalid-input", "plaid-rn-sdk-types"] },
      },
      message: "you are not authorized to access this route in this api environment.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_PERMISSION_REVOKED: {
      description: "The end user has revoked access to their data.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "the holder of this account has revoked their permission for your application to access it",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_NO_ERROR: {
      description: "The Item has no error.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["item-no-error"],
    },
    ITEM_PRODUCT_NOT_READY: {
      description: "The product's data for the Item is not ready yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASSET_PRODUCT_NOT_READY: {
      description: "The Asset Report is not ready yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_LIMIT_EXCEEDED: {
      description: "The bank transfer is over the account's limit.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_MISSING_ORIGINATION_ACCOUNT: {
      description: "No origination account is configured for the bank transfer.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_INVALID_ORIGINATION_ACCOUNT: {
      description: "The bank transfer's origination account is not valid.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_INSUFFICIENT_FUNDS: {
      description: "The account has too little balance for the bank transfer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "There isn't enough money in your account for this transfer.",
          action: "Add money to your account or choose another account.",
        },
        fr: {
          message: "Les fonds de votre compte sont insuffisants pour ce virement.",
          action: "Approvisionnez votre compte ou choisissez un autre compte.",
        },
        ar: {
          message: "الرصيد في حسابك غير كافٍ لإتمام هذا التحويل.",
          action: "أضف رصيداً إلى حسابك أو اختر حساباً آخر.",
        },
        es: {
          message: "No hay suficiente dinero en su cuenta para esta transferencia.",
          action: "Agregue dinero a su cuenta o elija otra cuenta.",
        },
        pt: {
          message: "Não há saldo suficiente na sua conta para esta transferência.",
          action: "Adicione dinheiro à sua conta ou escolha outra conta.",
        },
      },
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_NOT_CANCELLABLE: {
      description: "The bank transfer can no longer be cancelled.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_UNSUPPORTED_ACCOUNT_TYPE: {
      description: "The account type cannot be used for bank transfers.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFER_UNSUPPORTED_ENVIRONMENT: {
      description: "Bank transfers are not available in this environment.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SANDBOX_BANK_TRANSFER_EVENT_TRANSITION_INVALID: {
      description: "A simulated Sandbox bank transfer event is not a valid transition.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCORRECT_DEPOSIT_AMOUNTS: {
      description: "The micro-deposit amounts the user entered are wrong.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MICRODEPOSITS_ALREADY_VERIFIED: {
      description: "The micro-deposits were already verified.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ADDITION_LIMIT: {
      description: "Too many Items were added in a period of time.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_QUALITY_CHECK_FAILED: {
      description: "The extracted data from the financial institution showed signs of poor data quality, preventing the generation of an accurate report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-assets", "plaid-errors-check-report"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-errors-assets", "plaid-errors-check-report"],
        },
        message: { by: "provider", sources: ["plaid-errors-check-report"] },
      },
      message: "Bank provided inconsistent transaction history data that has a high chance of error. The bank will need to resolve issues for product data to be generated.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSUMER_REPORT_EXPIRED: {
      description: "The Check Report has expired as 24 hours have passed since its creation, so it is no longer retrievable.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-check-report"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-check-report"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_TRANSACTION_HISTORY_NOT_SUPPORTED: {
      description: "The user's financial institution does not support the length of transaction history you require",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-check-report"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-check-report"] },
        message: { by: "provider", sources: ["plaid-errors-check-report"] },
      },
      message: "The user’s bank does not support the transactions range you require. Lowering the days_required may result in success.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSUFFICIENT_TRANSACTION_DATA: {
      description: "The user does not have sufficient transactions data to generate income insights, partner insights, or cashflow insights. The error_message will provide more detail on what data is missing.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-check-report"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-check-report"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NETWORK_CONSENT_REQUIRED: {
      description: "The user did not provide consent in link to share Plaid network data.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-check-report"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-check-report"] },
        message: { by: "provider", sources: ["plaid-errors-check-report"] },
      },
      message: "User has not provided consent to share network data",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_USER_ID: {
      description: "The user id is not in a valid format",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "user.user_id must be a non-empty string",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_USER_IDENTITY_DATA: {
      description: "The user identity provided failed Plaid’s validation checks. The error message will contain specific details about which field(s) failed validation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "Invalid email format.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROFILE_AUTHENTICATION_FAILED: {
      description: "The end user could not authenticate the device associated with their profile",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-invalid-input"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        message: { by: "provider", sources: ["plaid-errors-invalid-input"] },
        userMessage: { by: "provider", sources: ["plaid-errors-invalid-input"] },
      },
      message: "the profile could not be authenticated",
      advice: null,
      userMessage: "We were not able to authenticate your access to this Plaid account.",
      aliases: [],
    },
    MANUAL_VERIFICATION_REQUIRED: {
      description: "Returned when a data request has been made for a product that requires the user to manually verify their Item via Link's update mode.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["plaid-errors-item"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-item"] },
        message: { by: "provider", sources: ["plaid-errors-item"] },
      },
      message: "This Item could not be automatically verified. The user must manually verify their account through a separate Link session using the existing access token and with 'investments_auth' initialized in the 'products' array.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OAUTH_REGISTRATION_ERROR: {
      description: "OAuth Registration Error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-partner"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-partner"] },
        message: { by: "provider", sources: ["plaid-errors-partner"] },
      },
      message: "application logo is required",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_RATE_LIMIT: {
      description: "Too many requests were made to a given institution.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "The institution is currently receiving too many requests. Please try again later.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_REFRESH_LIMIT: {
      description: "Too many requests were made to the /transactions/refresh endpoint.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["plaid-errors-rate-limit-exceeded"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
        message: { by: "provider", sources: ["plaid-errors-rate-limit-exceeded"] },
      },
      message: "rate limit exceeded for attempts to access this item. please try again later",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ADDENDUM_NOT_SIGNED: {
      description: "Signal-only actions were taken, but the client has not signed the Signal Addendum.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "The Signal Addendum has not been signed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLIENT_TRANSACTION_ID_ALREADY_IN_USE: {
      description: "The client_transaction_id value specified is not unique",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "Client transaction id has already been used in a different transaction",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CONFIGURATION_STATE: {
      description: "/signal/evaluate was called by a client whose Signal Rules configuration settings are in an invalid state",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "Client configuration state is missing default ruleset imputation, contact your Account Manager for assistance.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOT_ENABLED_FOR_SIGNAL_TRANSACTION_SCORE_RULESETS: {
      description: "A ruleset was specified that uses Signal Transaction Scores, but the customer is only enabled for Balance-only rulesets",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "Your account is not enabled for Signal Transaction Score rulesets. Use a Balance-only ruleset or contact your Account Manager to enable Signal Transaction Scores.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RULESET_NOT_FOUND: {
      description: "The specified ruleset was not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "Missing 'default' ruleset. Create the ruleset here: https://dashboard.plaid.com/signal/risk-profiles",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SIGNAL_TRANSACTION_NOT_INITIATED: {
      description: "A return was reported on a transaction that was also reported never to have happened.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-signal"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-signal"] },
        message: { by: "provider", sources: ["plaid-errors-signal"] },
      },
      message: "Transactions previously reported as not initiated cannot be reported as returned",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER_NETWORK_LIMIT_EXCEEDED: {
      description: "The attempted transfer exceeded the given network's amount limit.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        message: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: "[network] transaction amount cannot exceed [amount]",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_NOT_FOUND: {
      description: "The provided user_id could not be found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["plaid-errors-user"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-user"] },
        message: { by: "provider", sources: ["plaid-errors-user"] },
      },
      message: "The User you requested cannot be found. This User does not exist or has had access removed by the user.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidErrorCode. */
export const isPlaidErrorCode = (value: unknown): value is PlaidErrorCode => isCodeOf(PlaidErrorCodeCategories, PlaidErrorCodeAliases, value);

/** Other wire spellings of PlaidBankIncomeWarningCode values (alias -> value). */
export const PlaidBankIncomeWarningCodeAliases: { readonly [alias: string]: PlaidBankIncomeWarningCode } = {
};
/** The category of every PlaidBankIncomeWarningCode value and alias: all a listener needs to read one. */
export const PlaidBankIncomeWarningCodeCategories: { readonly [spelling: string]: Category } = {
  IDENTITY_UNAVAILABLE: "generic_failure",
  TRANSACTIONS_UNAVAILABLE: "generic_failure",
  ITEM_UNAPPROVED: "cancelled",
  REPORT_DELETED: "cancelled",
  DATA_UNAVAILABLE: "generic_failure",
};
/**
 * Bank Income warning code: The warning_code of a Bank Income warning: a report's data that was
 * unavailable for one of its Items (the warnings of /credit/bank_income/get and of the Bank
 * Employment report, CreditBankIncomeWarningCode; of Plaid Check's Bank Income report,
 * CraBankIncomeWarningCode, which lists the same codes but ITEM_UNAPPROVED). The descriptions are
 * the enum's own, in Plaid's OpenAPI description; the warning's cause gives the Item's error (its
 * error_type the CreditBankIncomeErrorType enum, whose values but COUNTRY_NOT_SUPPORTED are names
 * of Plaid's error codes). The categories are bankcodes' reading. Wire field:
 * warnings[].warning_code (a Bank Income or Bank Employment report).
 */
export const PlaidBankIncomeWarningCode: {
  /**
   * Unable to extract identity for the Item
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_UNAVAILABLE: "IDENTITY_UNAVAILABLE";
  /**
   * Unable to extract transactions for the Item
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly TRANSACTIONS_UNAVAILABLE: "TRANSACTIONS_UNAVAILABLE";
  /**
   * User exited flow before giving permission to share data for the Item
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly ITEM_UNAPPROVED: "ITEM_UNAPPROVED";
  /**
   * Report deleted due to customer or consumer request
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REPORT_DELETED: "REPORT_DELETED";
  /**
   * No relevant data was found for the Item
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly DATA_UNAVAILABLE: "DATA_UNAVAILABLE";
} = /* @__PURE__ */ membersOf(PlaidBankIncomeWarningCodeCategories, PlaidBankIncomeWarningCodeAliases);
export type PlaidBankIncomeWarningCode = (typeof PlaidBankIncomeWarningCode)[keyof typeof PlaidBankIncomeWarningCode];
/** A PlaidBankIncomeWarningCode as read from the wire: a known value or any other string. */
export type PlaidBankIncomeWarningCodeOrUnknown = PlaidBankIncomeWarningCode | (string & {});
/** The catalog's metadata of every PlaidBankIncomeWarningCode value. */
export const PlaidBankIncomeWarningCodeInfo: { readonly [V in PlaidBankIncomeWarningCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/bank_income_warning_code",
  {
    IDENTITY_UNAVAILABLE: {
      description: "Unable to extract identity for the Item",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_UNAVAILABLE: {
      description: "Unable to extract transactions for the Item",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_UNAPPROVED: {
      description: "User exited flow before giving permission to share data for the Item",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REPORT_DELETED: {
      description: "Report deleted due to customer or consumer request",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_UNAVAILABLE: {
      description: "No relevant data was found for the Item",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidBankIncomeWarningCode. */
export const isPlaidBankIncomeWarningCode = (value: unknown): value is PlaidBankIncomeWarningCode => isCodeOf(PlaidBankIncomeWarningCodeCategories, PlaidBankIncomeWarningCodeAliases, value);

/** Other wire spellings of PlaidPaymentStatus values (alias -> value). */
export const PlaidPaymentStatusAliases: { readonly [alias: string]: PlaidPaymentStatus } = {
};
/** The category of every PlaidPaymentStatus value and alias: all a listener needs to read one. */
export const PlaidPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  PAYMENT_STATUS_INPUT_NEEDED: "user_action_required",
  PAYMENT_STATUS_PROCESSING: "pending",
  PAYMENT_STATUS_INITIATED: "success",
  PAYMENT_STATUS_COMPLETED: "success",
  PAYMENT_STATUS_INSUFFICIENT_FUNDS: "rejected",
  PAYMENT_STATUS_FAILED: "generic_failure",
  PAYMENT_STATUS_BLOCKED: "rejected",
  PAYMENT_STATUS_UNKNOWN: "pending",
  PAYMENT_STATUS_EXECUTED: "success",
  PAYMENT_STATUS_SETTLED: "success",
  PAYMENT_STATUS_AUTHORISING: "pending",
  PAYMENT_STATUS_CANCELLED: "cancelled",
  PAYMENT_STATUS_ESTABLISHED: "success",
  PAYMENT_STATUS_REJECTED: "rejected",
};
/**
 * Payment initiation payment status: The status of a Payment Initiation (UK and Europe) payment:
 * status of /payment_initiation/payment/get, and new_payment_status and old_payment_status of the
 * PAYMENT_STATUS_UPDATE webhook; PaymentInitiationPaymentStatus of Plaid's OpenAPI description,
 * which groups the statuses as core lifecycle, failure, standing-order and deprecated ones
 * (PAYMENT_STATUS_UNKNOWN, PAYMENT_STATUS_PROCESSING, PAYMENT_STATUS_COMPLETED: "to be removed in a
 * future release"). The descriptions are the enum's own; the categories are bankcodes' reading.
 * Wire field: status (a payment); new_payment_status (PAYMENT_STATUS_UPDATE).
 */
export const PlaidPaymentStatus: {
  /**
   * Transitional. The payment is awaiting user input to continue processing. It may re-enter this
   * state if additional input is required.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_INPUT_NEEDED: "PAYMENT_STATUS_INPUT_NEEDED";
  /**
   * The payment is currently being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   * @deprecated Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future
   * release)".
   */
  readonly PAYMENT_STATUS_PROCESSING: "PAYMENT_STATUS_PROCESSING";
  /**
   * The payment has been authorised and accepted by the financial institution. In many EU markets,
   * PAYMENT_STATUS_EXECUTED is not supported, and a payment will remain in PAYMENT_STATUS_INITIATED
   * until the funds settle, making this a terminal success state in those cases. A payment in
   * PAYMENT_STATUS_INITIATED should be treated as a successfully submitted payment; do not gate
   * downstream processing on reaching PAYMENT_STATUS_EXECUTED. For a full explanation of payment
   * statuses and how to handle each, see the Payment Status guide.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_INITIATED: "PAYMENT_STATUS_INITIATED";
  /**
   * Indicates that the standing order has been successfully established.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   * @deprecated Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future
   * release)".
   */
  readonly PAYMENT_STATUS_COMPLETED: "PAYMENT_STATUS_COMPLETED";
  /**
   * Terminal. The payment failed due to insufficient funds. No further retries will succeed until
   * the payer's balance is replenished.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_INSUFFICIENT_FUNDS: "PAYMENT_STATUS_INSUFFICIENT_FUNDS";
  /**
   * Terminal (retryable). The payment could not be initiated due to a system error or outage. Retry
   * once the root cause is resolved.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_FAILED: "PAYMENT_STATUS_FAILED";
  /**
   * Terminal (retryable). The payment was blocked by Plaid (e.g., flagged as risky). Resolve any
   * compliance or risk issues and retry.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_BLOCKED: "PAYMENT_STATUS_BLOCKED";
  /**
   * The payment status is unknown.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   * @deprecated Plaid's OpenAPI description lists it under "Deprecated (to be removed in a future
   * release)".
   */
  readonly PAYMENT_STATUS_UNKNOWN: "PAYMENT_STATUS_UNKNOWN";
  /**
   * Terminal. The funds have left the payer's account and the payment is en route to settlement.
   * Note that this status does not confirm that funds have arrived in the recipient's account; do
   * not use it as proof of fund receipt. Support is more common in the UK than in the EU; where
   * unsupported, a successful payment remains in PAYMENT_STATUS_INITIATED before settling. When
   * using Plaid Virtual Accounts, PAYMENT_STATUS_EXECUTED is not terminal -- the payment will
   * continue to PAYMENT_STATUS_SETTLED once funds are available.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_EXECUTED: "PAYMENT_STATUS_EXECUTED";
  /**
   * Terminal. The funds are available in the recipient's account. Only available to customers using
   * Plaid Virtual Accounts.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_SETTLED: "PAYMENT_STATUS_SETTLED";
  /**
   * Transitional. The payment is being authorised by the financial institution. It will
   * automatically move on once authorisation completes.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_AUTHORISING: "PAYMENT_STATUS_AUTHORISING";
  /**
   * Terminal. The end user cancelled the payment during authorisation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_CANCELLED: "PAYMENT_STATUS_CANCELLED";
  /**
   * Terminal. A recurring/standing order has been successfully created.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_ESTABLISHED: "PAYMENT_STATUS_ESTABLISHED";
  /**
   * Terminal. The payment was rejected by the financial institution. No automatic retry is
   * possible.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_REJECTED: "PAYMENT_STATUS_REJECTED";
} = /* @__PURE__ */ membersOf(PlaidPaymentStatusCategories, PlaidPaymentStatusAliases);
export type PlaidPaymentStatus = (typeof PlaidPaymentStatus)[keyof typeof PlaidPaymentStatus];
/** A PlaidPaymentStatus as read from the wire: a known value or any other string. */
export type PlaidPaymentStatusOrUnknown = PlaidPaymentStatus | (string & {});
/** The catalog's metadata of every PlaidPaymentStatus value. */
export const PlaidPaymentStatusInfo: { readonly [V in PlaidPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/payment_initiation_payment_status",
  {
    PAYMENT_STATUS_INPUT_NEEDED: {
      description: "Transitional. The payment is awaiting user input to continue processing. It may re-enter this state if additional input is required.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_PROCESSING: {
      description: "The payment is currently being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Plaid's OpenAPI description lists it under \"Deprecated (to be removed in a future release)\".",
      },
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_INITIATED: {
      description: "The payment has been authorised and accepted by the financial institution. In many EU markets, PAYMENT_STATUS_EXECUTED is not supported, and a payment will remain in PAYMENT_STATUS_INITIATED until the funds settle, making this a terminal success state in those cases. A payment in PAYMENT_STATUS_INITIATED should be treated as a successfully submitted payment; do not gate downstream processing on reaching PAYMENT_STATUS_EXECUTED. For a full explanation of payment statuses and how to handle each, see the Payment Status guide.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_COMPLETED: {
      description: "Indicates that the standing order has been successfully established.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Plaid's OpenAPI description lists it under \"Deprecated (to be removed in a future release)\".",
      },
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_INSUFFICIENT_FUNDS: {
      description: "Terminal. The payment failed due to insufficient funds. No further retries will succeed until the payer's balance is replenished.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_FAILED: {
      description: "Terminal (retryable). The payment could not be initiated due to a system error or outage. Retry once the root cause is resolved.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_BLOCKED: {
      description: "Terminal (retryable). The payment was blocked by Plaid (e.g., flagged as risky). Resolve any compliance or risk issues and retry.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_UNKNOWN: {
      description: "The payment status is unknown.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Plaid's OpenAPI description lists it under \"Deprecated (to be removed in a future release)\".",
      },
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_EXECUTED: {
      description: "Terminal. The funds have left the payer's account and the payment is en route to settlement. Note that this status does not confirm that funds have arrived in the recipient's account; do not use it as proof of fund receipt. Support is more common in the UK than in the EU; where unsupported, a successful payment remains in PAYMENT_STATUS_INITIATED before settling. When using Plaid Virtual Accounts, PAYMENT_STATUS_EXECUTED is not terminal -- the payment will continue to PAYMENT_STATUS_SETTLED once funds are available.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_SETTLED: {
      description: "Terminal. The funds are available in the recipient's account. Only available to customers using Plaid Virtual Accounts.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_AUTHORISING: {
      description: "Transitional. The payment is being authorised by the financial institution. It will automatically move on once authorisation completes.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_CANCELLED: {
      description: "Terminal. The end user cancelled the payment during authorisation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_ESTABLISHED: {
      description: "Terminal. A recurring/standing order has been successfully created.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_STATUS_REJECTED: {
      description: "Terminal. The payment was rejected by the financial institution. No automatic retry is possible.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidPaymentStatus. */
export const isPlaidPaymentStatus = (value: unknown): value is PlaidPaymentStatus => isCodeOf(PlaidPaymentStatusCategories, PlaidPaymentStatusAliases, value);

/** Other wire spellings of PlaidPaymentConsentStatus values (alias -> value). */
export const PlaidPaymentConsentStatusAliases: { readonly [alias: string]: PlaidPaymentConsentStatus } = {
};
/** The category of every PlaidPaymentConsentStatus value and alias: all a listener needs to read one. */
export const PlaidPaymentConsentStatusCategories: { readonly [spelling: string]: Category } = {
  UNAUTHORISED: "user_action_required",
  AUTHORISED: "success",
  REVOKED: "reconnect_required",
  REJECTED: "rejected",
  EXPIRED: "reconnect_required",
};
/**
 * Payment initiation consent status: The status of a Payment Initiation consent (variable recurring
 * payments, UK and Europe): status of /payment_initiation/consent/get;
 * PaymentInitiationConsentStatus of Plaid's OpenAPI description. The descriptions are the enum's
 * own; the categories are bankcodes' reading. Wire field: status (a payment consent).
 */
export const PlaidPaymentConsentStatus: {
  /**
   * Consent created, but requires user authorisation.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly UNAUTHORISED: "UNAUTHORISED";
  /**
   * Consent is active and ready to be used.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly AUTHORISED: "AUTHORISED";
  /**
   * Consent has been revoked and can no longer be used.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REVOKED: "REVOKED";
  /**
   * Consent authorisation was rejected by the bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REJECTED: "REJECTED";
  /**
   * Consent is no longer valid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXPIRED: "EXPIRED";
} = /* @__PURE__ */ membersOf(PlaidPaymentConsentStatusCategories, PlaidPaymentConsentStatusAliases);
export type PlaidPaymentConsentStatus = (typeof PlaidPaymentConsentStatus)[keyof typeof PlaidPaymentConsentStatus];
/** A PlaidPaymentConsentStatus as read from the wire: a known value or any other string. */
export type PlaidPaymentConsentStatusOrUnknown = PlaidPaymentConsentStatus | (string & {});
/** The catalog's metadata of every PlaidPaymentConsentStatus value. */
export const PlaidPaymentConsentStatusInfo: { readonly [V in PlaidPaymentConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/payment_initiation_consent_status",
  {
    UNAUTHORISED: {
      description: "Consent created, but requires user authorisation.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORISED: {
      description: "Consent is active and ready to be used.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED: {
      description: "Consent has been revoked and can no longer be used.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJECTED: {
      description: "Consent authorisation was rejected by the bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "Consent is no longer valid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidPaymentConsentStatus. */
export const isPlaidPaymentConsentStatus = (value: unknown): value is PlaidPaymentConsentStatus => isCodeOf(PlaidPaymentConsentStatusCategories, PlaidPaymentConsentStatusAliases, value);

/** Other wire spellings of PlaidWalletTransactionStatus values (alias -> value). */
export const PlaidWalletTransactionStatusAliases: { readonly [alias: string]: PlaidWalletTransactionStatus } = {
};
/** The category of every PlaidWalletTransactionStatus value and alias: all a listener needs to read one. */
export const PlaidWalletTransactionStatusCategories: { readonly [spelling: string]: Category } = {
  AUTHORISING: "pending",
  INITIATED: "pending",
  EXECUTED: "success",
  SETTLED: "success",
  BLOCKED: "rejected",
  FAILED: "generic_failure",
};
/**
 * Virtual account transaction status: The status of a virtual account (wallet) transaction: status
 * of /wallet/transaction/get, and new_status and old_status of the WALLET_TRANSACTION_STATUS_UPDATE
 * webhook; WalletTransactionStatus of Plaid's OpenAPI description. The descriptions are the enum's
 * own; the categories are bankcodes' reading. Wire field: status (a wallet transaction); new_status
 * (WALLET_TRANSACTION_STATUS_UPDATE).
 */
export const PlaidWalletTransactionStatus: {
  /**
   * The transaction is being processed for validation and compliance.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly AUTHORISING: "AUTHORISING";
  /**
   * The transaction has been initiated and is currently being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INITIATED: "INITIATED";
  /**
   * The transaction has been successfully executed and is considered complete. This is only
   * applicable for debit transactions.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXECUTED: "EXECUTED";
  /**
   * The transaction has settled and funds are available for use. This is only applicable for credit
   * transactions. A transaction will typically settle within seconds to several days, depending on
   * which payment rail is used.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SETTLED: "SETTLED";
  /**
   * The transaction has been blocked for violating compliance rules. This is a terminal status.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BLOCKED: "BLOCKED";
  /**
   * The transaction failed to process successfully. This is a terminal status.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(PlaidWalletTransactionStatusCategories, PlaidWalletTransactionStatusAliases);
export type PlaidWalletTransactionStatus = (typeof PlaidWalletTransactionStatus)[keyof typeof PlaidWalletTransactionStatus];
/** A PlaidWalletTransactionStatus as read from the wire: a known value or any other string. */
export type PlaidWalletTransactionStatusOrUnknown = PlaidWalletTransactionStatus | (string & {});
/** The catalog's metadata of every PlaidWalletTransactionStatus value. */
export const PlaidWalletTransactionStatusInfo: { readonly [V in PlaidWalletTransactionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/wallet_transaction_status",
  {
    AUTHORISING: {
      description: "The transaction is being processed for validation and compliance.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATED: {
      description: "The transaction has been initiated and is currently being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXECUTED: {
      description: "The transaction has been successfully executed and is considered complete. This is only applicable for debit transactions.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SETTLED: {
      description: "The transaction has settled and funds are available for use. This is only applicable for credit transactions. A transaction will typically settle within seconds to several days, depending on which payment rail is used.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BLOCKED: {
      description: "The transaction has been blocked for violating compliance rules. This is a terminal status.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The transaction failed to process successfully. This is a terminal status.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidWalletTransactionStatus. */
export const isPlaidWalletTransactionStatus = (value: unknown): value is PlaidWalletTransactionStatus => isCodeOf(PlaidWalletTransactionStatusCategories, PlaidWalletTransactionStatusAliases, value);

/** Other wire spellings of PlaidWalletTransactionFailureReason values (alias -> value). */
export const PlaidWalletTransactionFailureReasonAliases: { readonly [alias: string]: PlaidWalletTransactionFailureReason } = {
};
/** The category of every PlaidWalletTransactionFailureReason value and alias: all a listener needs to read one. */
export const PlaidWalletTransactionFailureReasonCategories: { readonly [spelling: string]: Category } = {
  EXTERNAL_SYSTEM: "rejected",
  EXPIRED: "session_expired",
  CANCELLED: "cancelled",
  INVALID: "rejected",
  ACCOUNT_INVALID: "account_unavailable",
  AUTHENTICATION_FAILED: "generic_failure",
  UNKNOWN: "generic_failure",
};
/**
 * Virtual account transaction failure reason: Why a virtual account (wallet) transaction failed:
 * its failure_reason; WalletTransactionFailureReason of Plaid's OpenAPI description ("The error
 * code of a failed transaction"). The descriptions are the enum's own; the categories are
 * bankcodes' reading. Wire field: failure_reason (a wallet transaction).
 */
export const PlaidWalletTransactionFailureReason: {
  /**
   * The transaction was declined by an external system.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXTERNAL_SYSTEM: "EXTERNAL_SYSTEM";
  /**
   * The transaction request has expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * The transaction request was rescinded.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * The transaction did not meet certain criteria, such as an inactive account or no valid
   * counterparty, etc.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INVALID: "INVALID";
  /**
   * The transaction could not be processed because the wallet account is invalid or inactive.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly ACCOUNT_INVALID: "ACCOUNT_INVALID";
  /**
   * The transaction could not be processed because authentication with the wallet provider failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly AUTHENTICATION_FAILED: "AUTHENTICATION_FAILED";
  /**
   * The transaction was unsuccessful, but the exact cause is unknown.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly UNKNOWN: "UNKNOWN";
} = /* @__PURE__ */ membersOf(PlaidWalletTransactionFailureReasonCategories, PlaidWalletTransactionFailureReasonAliases);
export type PlaidWalletTransactionFailureReason = (typeof PlaidWalletTransactionFailureReason)[keyof typeof PlaidWalletTransactionFailureReason];
/** A PlaidWalletTransactionFailureReason as read from the wire: a known value or any other string. */
export type PlaidWalletTransactionFailureReasonOrUnknown = PlaidWalletTransactionFailureReason | (string & {});
/** The catalog's metadata of every PlaidWalletTransactionFailureReason value. */
export const PlaidWalletTransactionFailureReasonInfo: { readonly [V in PlaidWalletTransactionFailureReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/wallet_transaction_failure_reason",
  {
    EXTERNAL_SYSTEM: {
      description: "The transaction was declined by an external system.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "The transaction request has expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The transaction request was rescinded.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID: {
      description: "The transaction did not meet certain criteria, such as an inactive account or no valid counterparty, etc.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_INVALID: {
      description: "The transaction could not be processed because the wallet account is invalid or inactive.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_FAILED: {
      description: "The transaction could not be processed because authentication with the wallet provider failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN: {
      description: "The transaction was unsuccessful, but the exact cause is unknown.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidWalletTransactionFailureReason. */
export const isPlaidWalletTransactionFailureReason = (value: unknown): value is PlaidWalletTransactionFailureReason => isCodeOf(PlaidWalletTransactionFailureReasonCategories, PlaidWalletTransactionFailureReasonAliases, value);

/** Other wire spellings of PlaidPendingDisconnectReason values (alias -> value). */
export const PlaidPendingDisconnectReasonAliases: { readonly [alias: string]: PlaidPendingDisconnectReason } = {
};
/** The category of every PlaidPendingDisconnectReason value and alias: all a listener needs to read one. */
export const PlaidPendingDisconnectReasonCategories: { readonly [spelling: string]: Category } = {
  INSTITUTION_MIGRATION: "reconnect_required",
  INSTITUTION_TOKEN_EXPIRATION: "reconnect_required",
};
/**
 * Pending disconnect reason: Why an Item is about to be disconnected: reason of the
 * PENDING_DISCONNECT webhook; PendingDisconnectWebhookReason of Plaid's OpenAPI description. The
 * descriptions are the enum's own; the categories are bankcodes' reading. Wire field: reason
 * (PENDING_DISCONNECT).
 */
export const PlaidPendingDisconnectReason: {
  /**
   * The institution is moving to API or to a different integration. For example, this can occur
   * when an institution moves from a non-OAuth integration to an OAuth integration.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INSTITUTION_MIGRATION: "INSTITUTION_MIGRATION";
  /**
   * The consent on an Item associated with a US or CA institution is about to expire.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INSTITUTION_TOKEN_EXPIRATION: "INSTITUTION_TOKEN_EXPIRATION";
} = /* @__PURE__ */ membersOf(PlaidPendingDisconnectReasonCategories, PlaidPendingDisconnectReasonAliases);
export type PlaidPendingDisconnectReason = (typeof PlaidPendingDisconnectReason)[keyof typeof PlaidPendingDisconnectReason];
/** A PlaidPendingDisconnectReason as read from the wire: a known value or any other string. */
export type PlaidPendingDisconnectReasonOrUnknown = PlaidPendingDisconnectReason | (string & {});
/** The catalog's metadata of every PlaidPendingDisconnectReason value. */
export const PlaidPendingDisconnectReasonInfo: { readonly [V in PlaidPendingDisconnectReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/pending_disconnect_reason",
  {
    INSTITUTION_MIGRATION: {
      description: "The institution is moving to API or to a different integration. For example, this can occur when an institution moves from a non-OAuth integration to an OAuth integration.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_TOKEN_EXPIRATION: {
      description: "The consent on an Item associated with a US or CA institution is about to expire.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidPendingDisconnectReason. */
export const isPlaidPendingDisconnectReason = (value: unknown): value is PlaidPendingDisconnectReason => isCodeOf(PlaidPendingDisconnectReasonCategories, PlaidPendingDisconnectReasonAliases, value);

/** Other wire spellings of PlaidTransferStatus values (alias -> value). */
export const PlaidTransferStatusAliases: { readonly [alias: string]: PlaidTransferStatus } = {
};
/** The category of every PlaidTransferStatus value and alias: all a listener needs to read one. */
export const PlaidTransferStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  posted: "pending",
  settled: "success",
  funds_available: "success",
  cancelled: "cancelled",
  failed: "generic_failure",
  returned: "rejected",
};
/**
 * Transfer status: The status of a Transfer (US): status of a transfer (/transfer/get,
 * /transfer/create); TransferStatus of Plaid's OpenAPI description. The descriptions are the enum's
 * own; the categories are bankcodes' reading. Wire field: status (a transfer).
 */
export const PlaidTransferStatus: {
  /**
   * A new transfer was created; it is in the pending state.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly pending: "pending";
  /**
   * The transfer has been successfully submitted to the payment network.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly posted: "posted";
  /**
   * The transfer was successfully completed by the payment network. Note that funds from received
   * debits are not available to be moved out of the Ledger until the transfer reaches
   * funds_available status. For credit transactions, settled means the funds have been delivered to
   * the receiving bank account. This is the terminal state of a successful credit transfer.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly settled: "settled";
  /**
   * Funds from the transfer have been released from hold and applied to the ledger's available
   * balance. (Only applicable to ACH debits.) This is the terminal state of a successful debit
   * transfer.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly funds_available: "funds_available";
  /**
   * The transfer was cancelled by the client. This is the terminal state of a cancelled transfer.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly cancelled: "cancelled";
  /**
   * The transfer failed, no funds were moved. This is the terminal state of a failed transfer.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly failed: "failed";
  /**
   * A posted transfer was returned. This is the terminal state of a returned transfer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly returned: "returned";
} = /* @__PURE__ */ membersOf(PlaidTransferStatusCategories, PlaidTransferStatusAliases);
export type PlaidTransferStatus = (typeof PlaidTransferStatus)[keyof typeof PlaidTransferStatus];
/** A PlaidTransferStatus as read from the wire: a known value or any other string. */
export type PlaidTransferStatusOrUnknown = PlaidTransferStatus | (string & {});
/** The catalog's metadata of every PlaidTransferStatus value. */
export const PlaidTransferStatusInfo: { readonly [V in PlaidTransferStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/transfer_status",
  {
    pending: {
      description: "A new transfer was created; it is in the pending state.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    posted: {
      description: "The transfer has been successfully submitted to the payment network.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    settled: {
      description: "The transfer was successfully completed by the payment network. Note that funds from received debits are not available to be moved out of the Ledger until the transfer reaches funds_available status. For credit transactions, settled means the funds have been delivered to the receiving bank account. This is the terminal state of a successful credit transfer.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    funds_available: {
      description: "Funds from the transfer have been released from hold and applied to the ledger's available balance. (Only applicable to ACH debits.) This is the terminal state of a successful debit transfer.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancelled: {
      description: "The transfer was cancelled by the client. This is the terminal state of a cancelled transfer.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The transfer failed, no funds were moved. This is the terminal state of a failed transfer.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    returned: {
      description: "A posted transfer was returned. This is the terminal state of a returned transfer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidTransferStatus. */
export const isPlaidTransferStatus = (value: unknown): value is PlaidTransferStatus => isCodeOf(PlaidTransferStatusCategories, PlaidTransferStatusAliases, value);

/** Other wire spellings of PlaidAchReturnCode values (alias -> value). */
export const PlaidAchReturnCodeAliases: { readonly [alias: string]: PlaidAchReturnCode } = {
};
/** The category of every PlaidAchReturnCode value and alias: all a listener needs to read one. */
export const PlaidAchReturnCodeCategories: { readonly [spelling: string]: Category } = {
  R01: "rejected",
  R02: "account_unavailable",
  R03: "account_unavailable",
  R04: "account_unavailable",
  R05: "rejected",
  R06: "rejected",
  R07: "rejected",
  R08: "rejected",
  R09: "rejected",
  R10: "rejected",
  R11: "rejected",
  R12: "account_unavailable",
  R13: "account_unavailable",
  R14: "account_unavailable",
  R15: "account_unavailable",
  R16: "account_unavailable",
  R17: "integration_error",
  R18: "integration_error",
  R19: "integration_error",
  R20: "account_unavailable",
  R21: "integration_error",
  R22: "integration_error",
  R23: "rejected",
  R24: "integration_error",
  R25: "integration_error",
  R26: "integration_error",
  R27: "integration_error",
  R28: "integration_error",
  R29: "rejected",
  R30: "rejected",
  R31: "rejected",
  R32: "rejected",
  R33: "rejected",
  R34: "rejected",
  R35: "integration_error",
  R36: "integration_error",
  R37: "rejected",
  R38: "rejected",
  R40: "rejected",
  R41: "integration_error",
  R42: "integration_error",
  R43: "integration_error",
  R44: "integration_error",
  R45: "integration_error",
  R46: "integration_error",
  R47: "integration_error",
  R50: "rejected",
  R51: "rejected",
  R52: "rejected",
  R61: "rejected",
  R62: "rejected",
  R63: "rejected",
  R64: "rejected",
  R65: "rejected",
  R66: "rejected",
  R67: "rejected",
  R68: "rejected",
  R69: "rejected",
  R70: "rejected",
  R71: "rejected",
  R72: "rejected",
  R73: "rejected",
  R74: "rejected",
  R80: "integration_error",
  R81: "rejected",
  R82: "integration_error",
};
/**
 * ACH return code: The return code of a returned ACH transfer, sweep or refund: the Transfer errors
 * page's table of ACH return codes (Return Code, Description, Notes), each description its
 * Description. Plaid's OpenAPI description names the field (failure_code, which also carries
 * RTP/RfP failure codes, and the deprecated ach_return_code) and gives no list of its own: it
 * points to this table. Wire field: failure_reason.failure_code (and the deprecated
 * failure_reason.ach_return_code) of a transfer, sweep or refund whose status is returned.
 */
export const PlaidAchReturnCode: {
  /**
   * Insufficient funds
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly R01: "R01";
  /**
   * Account closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R02: "R02";
  /**
   * No account or unable to locate account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R03: "R03";
  /**
   * Invalid account number
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R04: "R04";
  /**
   * Unauthorized debit to consumer account
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R05: "R05";
  /**
   * Returned per ODFI's request
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R06: "R06";
  /**
   * Authorization revoked by customer
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R07: "R07";
  /**
   * Payment stopped or stop payment on item
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R08: "R08";
  /**
   * Uncollected funds
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly R09: "R09";
  /**
   * Customer advises not authorized
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R10: "R10";
  /**
   * Check truncation entry return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R11: "R11";
  /**
   * Branch sold to another DFI
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R12: "R12";
  /**
   * Invalid ACH routing number
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R13: "R13";
  /**
   * Representative payee deceased or unable to continue in that capacity
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R14: "R14";
  /**
   * Beneficiary of account holder deceased
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R15: "R15";
  /**
   * Account frozen
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R16: "R16";
  /**
   * File record edit criteria
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R17: "R17";
  /**
   * Improper effective entry
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R18: "R18";
  /**
   * Amount field error
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R19: "R19";
  /**
   * Non-transaction account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R20: "R20";
  /**
   * Invalid company identification
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R21: "R21";
  /**
   * Invalid individual ID number
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R22: "R22";
  /**
   * Credit entry refused by receiver
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R23: "R23";
  /**
   * Duplicate entry
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R24: "R24";
  /**
   * Addenda error
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R25: "R25";
  /**
   * Mandatory field error
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R26: "R26";
  /**
   * Trace number error
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R27: "R27";
  /**
   * Routing number or check digit
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R28: "R28";
  /**
   * Corporate customer advises not authorized
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R29: "R29";
  /**
   * RDFI not participant in check truncation program
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R30: "R30";
  /**
   * Permissible return entry
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R31: "R31";
  /**
   * RDFI non settlement
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R32: "R32";
  /**
   * Return of XCK entry
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R33: "R33";
  /**
   * Limited participation DFI
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R34: "R34";
  /**
   * Return of improper debit entry
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R35: "R35";
  /**
   * Return of improper credit entry
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R36: "R36";
  /**
   * Source Document Presented for Payment
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R37: "R37";
  /**
   * Stop payment on source document
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R38: "R38";
  /**
   * Return of ENR entry by federal government agency (ENR only)
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R40: "R40";
  /**
   * Invalid transaction code (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R41: "R41";
  /**
   * Routing number or check digit error (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R42: "R42";
  /**
   * Invalid DFI account number (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R43: "R43";
  /**
   * Invalid individual ID number (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R44: "R44";
  /**
   * Invalid individual name/company name (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R45: "R45";
  /**
   * Invalid representative payee indicator (ENR only)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R46: "R46";
  /**
   * Duplicate enrollment
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R47: "R47";
  /**
   * State law affecting RCK acceptance
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R50: "R50";
  /**
   * Item is ineligible, notice not provided, signature not genuine
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R51: "R51";
  /**
   * Stop payment on item
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R52: "R52";
  /**
   * Misrouted return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R61: "R61";
  /**
   * Incorrect trace number
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R62: "R62";
  /**
   * Incorrect dollar amount
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R63: "R63";
  /**
   * Incorrect individual identification
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R64: "R64";
  /**
   * Incorrect transaction code
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R65: "R65";
  /**
   * Incorrect company identification
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R66: "R66";
  /**
   * Duplicate return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R67: "R67";
  /**
   * Untimely return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R68: "R68";
  /**
   * Multiple errors
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R69: "R69";
  /**
   * Permissible return entry not accepted
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R70: "R70";
  /**
   * Misrouted dishonored return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R71: "R71";
  /**
   * Untimely dishonored return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R72: "R72";
  /**
   * Timely original return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R73: "R73";
  /**
   * Corrected return
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R74: "R74";
  /**
   * Cross-border payment coding error
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R80: "R80";
  /**
   * Nonparticipant in cross-border program
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R81: "R81";
  /**
   * Invalid foreign receiving DFI identification
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly R82: "R82";
} = /* @__PURE__ */ membersOf(PlaidAchReturnCodeCategories, PlaidAchReturnCodeAliases);
export type PlaidAchReturnCode = (typeof PlaidAchReturnCode)[keyof typeof PlaidAchReturnCode];
/** A PlaidAchReturnCode as read from the wire: a known value or any other string. */
export type PlaidAchReturnCodeOrUnknown = PlaidAchReturnCode | (string & {});
/** The catalog's metadata of every PlaidAchReturnCode value. */
export const PlaidAchReturnCodeInfo: { readonly [V in PlaidAchReturnCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/ach_return_code",
  {
    R01: {
      description: "Insufficient funds",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer", "plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      maxAttempts: 3,
      factSources: { max_attempts: ["plaid-openapi"] },
    },
    R02: {
      description: "Account closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R03: {
      description: "No account or unable to locate account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R04: {
      description: "Invalid account number",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R05: {
      description: "Unauthorized debit to consumer account",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R06: {
      description: "Returned per ODFI's request",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R07: {
      description: "Authorization revoked by customer",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R08: {
      description: "Payment stopped or stop payment on item",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R09: {
      description: "Uncollected funds",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer", "plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      maxAttempts: 3,
      factSources: { max_attempts: ["plaid-openapi"] },
    },
    R10: {
      description: "Customer advises not authorized",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R11: {
      description: "Check truncation entry return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R12: {
      description: "Branch sold to another DFI",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R13: {
      description: "Invalid ACH routing number",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R14: {
      description: "Representative payee deceased or unable to continue in that capacity",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R15: {
      description: "Beneficiary of account holder deceased",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R16: {
      description: "Account frozen",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R17: {
      description: "File record edit criteria",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R18: {
      description: "Improper effective entry",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R19: {
      description: "Amount field error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R20: {
      description: "Non-transaction account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R21: {
      description: "Invalid company identification",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R22: {
      description: "Invalid individual ID number",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R23: {
      description: "Credit entry refused by receiver",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R24: {
      description: "Duplicate entry",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R25: {
      description: "Addenda error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R26: {
      description: "Mandatory field error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R27: {
      description: "Trace number error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R28: {
      description: "Routing number or check digit",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R29: {
      description: "Corporate customer advises not authorized",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R30: {
      description: "RDFI not participant in check truncation program",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R31: {
      description: "Permissible return entry",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R32: {
      description: "RDFI non settlement",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R33: {
      description: "Return of XCK entry",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R34: {
      description: "Limited participation DFI",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R35: {
      description: "Return of improper debit entry",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R36: {
      description: "Return of improper credit entry",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R37: {
      description: "Source Document Presented for Payment",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R38: {
      description: "Stop payment on source document",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R40: {
      description: "Return of ENR entry by federal government agency (ENR only)",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R41: {
      description: "Invalid transaction code (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R42: {
      description: "Routing number or check digit error (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R43: {
      description: "Invalid DFI account number (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R44: {
      description: "Invalid individual ID number (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R45: {
      description: "Invalid individual name/company name (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R46: {
      description: "Invalid representative payee indicator (ENR only)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R47: {
      description: "Duplicate enrollment",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R50: {
      description: "State law affecting RCK acceptance",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R51: {
      description: "Item is ineligible, notice not provided, signature not genuine",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R52: {
      description: "Stop payment on item",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R61: {
      description: "Misrouted return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R62: {
      description: "Incorrect trace number",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R63: {
      description: "Incorrect dollar amount",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R64: {
      description: "Incorrect individual identification",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R65: {
      description: "Incorrect transaction code",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R66: {
      description: "Incorrect company identification",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R67: {
      description: "Duplicate return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R68: {
      description: "Untimely return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R69: {
      description: "Multiple errors",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R70: {
      description: "Permissible return entry not accepted",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R71: {
      description: "Misrouted dishonored return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R72: {
      description: "Untimely dishonored return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R73: {
      description: "Timely original return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R74: {
      description: "Corrected return",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R80: {
      description: "Cross-border payment coding error",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R81: {
      description: "Nonparticipant in cross-border program",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    R82: {
      description: "Invalid foreign receiving DFI identification",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-errors-transfer"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidAchReturnCode. */
export const isPlaidAchReturnCode = (value: unknown): value is PlaidAchReturnCode => isCodeOf(PlaidAchReturnCodeCategories, PlaidAchReturnCodeAliases, value);

/** Other wire spellings of PlaidRtpFailureCode values (alias -> value). */
export const PlaidRtpFailureCodeAliases: { readonly [alias: string]: PlaidRtpFailureCode } = {
};
/** The category of every PlaidRtpFailureCode value and alias: all a listener needs to read one. */
export const PlaidRtpFailureCodeCategories: { readonly [spelling: string]: Category } = {
  "1100": "rejected",
  "9909": "institution_unavailable",
  "9910": "institution_unavailable",
  "9912": "institution_unavailable",
  "9934": "institution_unavailable",
  "9946": "institution_unavailable",
  "9947": "institution_unavailable",
  "9948": "institution_unavailable",
  AC02: "account_unavailable",
  AC03: "account_unavailable",
  AC04: "account_unavailable",
  AC06: "account_unavailable",
  AC07: "account_unavailable",
  AC13: "account_unavailable",
  AC14: "account_unavailable",
  AG01: "account_unavailable",
  AG03: "account_unavailable",
  AM02: "integration_error",
  AM04: "integration_error",
  AM09: "integration_error",
  AM12: "integration_error",
  AM13: "integration_error",
  AM14: "integration_error",
  BE04: "rejected",
  BE06: "rejected",
  BE07: "rejected",
  BE16: "rejected",
  BE17: "rejected",
  BLKD: "rejected",
  CH11: "rejected",
  CUST: "rejected",
  DS04: "integration_error",
  DS0H: "integration_error",
  DS24: "rejected",
  DT04: "integration_error",
  DUPL: "integration_error",
  E997: "institution_unavailable",
  FF02: "integration_error",
  FF03: "integration_error",
  FF08: "integration_error",
  INSF: "integration_error",
  MD07: "rejected",
  NARR: "integration_error",
  NOAT: "account_unavailable",
  RC01: "integration_error",
  RC02: "integration_error",
  RC03: "integration_error",
  RC04: "account_unavailable",
  SL12: "rejected",
  TK01: "integration_error",
  TK02: "integration_error",
  TK03: "integration_error",
  TK04: "integration_error",
  TK05: "integration_error",
  TK06: "integration_error",
  TK07: "integration_error",
  TK08: "integration_error",
};
/**
 * RTP/RfP failure code: The failure code of a failed RTP or Request for Payment (RfP) transfer, on
 * the RTP rail of The Clearing House or FedNow: the Transfer errors page's table of RTP/RfP error
 * codes, each with its Description, its Suggested Action (the advice) and, in its notes, the rails,
 * the condensed error category and whether it is retryable as the table gives them. Wire field:
 * failure_reason.failure_code of a transfer, sweep or refund sent over RTP or RfP whose status is
 * failed.
 */
export const PlaidRtpFailureCode: {
  /**
   * Other Reasons - Not specified
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly OTHER_REASONS_NOT_SPECIFIED: "1100";
  /**
   * Central Switch system malfunction
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly CENTRAL_SWITCH_SYSTEM_MALFUNCTION: "9909";
  /**
   * Instructed Agent signed-off
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly INSTRUCTED_AGENT_SIGNED_OFF: "9910";
  /**
   * Recipient connection unavailable
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly RECIPIENT_CONNECTION_UNAVAILABLE: "9912";
  /**
   * Instructing Agent signed-off
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly INSTRUCTING_AGENT_SIGNED_OFF: "9934";
  /**
   * Instructing Agent suspended
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly INSTRUCTING_AGENT_SUSPENDED: "9946";
  /**
   * Instructed Agent suspended
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly INSTRUCTED_AGENT_SUSPENDED: "9947";
  /**
   * Central Switch service suspended
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Wait briefly and retry automatically; consider fallback rail if
   * urgent.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly CENTRAL_SWITCH_SERVICE_SUSPENDED: "9948";
  /**
   * Debtor account is invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Ask the sender to correct or switch accounts, then resubmit.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC02: "AC02";
  /**
   * Creditor account is invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC03: "AC03";
  /**
   * Account closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC04: "AC04";
  /**
   * Account is blocked
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC06: "AC06";
  /**
   * Creditor account closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC07: "AC07";
  /**
   * Debtor account type invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Ask the sender to correct or switch accounts, then resubmit.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC13: "AC13";
  /**
   * Creditor account type invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AC14: "AC14";
  /**
   * Transaction forbidden on this type of account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AG01: "AG01";
  /**
   * Transaction type not supported on this account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AG03: "AG03";
  /**
   * Transaction amount exceeds allowed maximum
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM02: "AM02";
  /**
   * Insufficient funds
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM04: "AM04";
  /**
   * Incorrect amount received
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM09: "AM09";
  /**
   * Amount invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM12: "AM12";
  /**
   * Amount exceeds clearing system limits
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM13: "AM13";
  /**
   * Amount exceeds bank-client limit
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly AM14: "AM14";
  /**
   * Missing or incorrect creditor address
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BE04: "BE04";
  /**
   * End customer not known
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BE06: "BE06";
  /**
   * Missing or incorrect debtor address
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BE07: "BE07";
  /**
   * Debtor identification invalid
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BE16: "BE16";
  /**
   * Creditor identification invalid
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BE17: "BE17";
  /**
   * Payment has been blocked
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly BLKD: "BLKD";
  /**
   * Creditor identifier unknown
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Respect customer’s decision or obtain new authorization.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly CH11: "CH11";
  /**
   * Customer declined payment
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Respect customer’s decision or obtain new authorization.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly CUST: "CUST";
  /**
   * Order rejected – content issues
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly DS04: "DS04";
  /**
   * Signer not authorized for this account
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly DS0H: "DS0H";
  /**
   * Waiting time expired (incomplete order)
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Respect customer’s decision or obtain new authorization.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly DS24: "DS24";
  /**
   * Future date not supported
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly DT04: "DT04";
  /**
   * Duplicate payment detected
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly DUPL: "DUPL";
  /**
   * Timeout clock has expired
   * Category: institution_unavailable (Institution unavailable); retryable: no.
   * Advice to the integrator: Retry the payment with a different idempotency key.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly E997: "E997";
  /**
   * Syntax error in narrative information
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly FF02: "FF02";
  /**
   * Invalid payment type information
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly FF03: "FF03";
  /**
   * End‑to‑End ID missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly FF08: "FF08";
  /**
   * Insufficient funds for outbound message
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly INSF: "INSF";
  /**
   * End customer is deceased
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Investigate beneficiary data or compliance issues; do not auto‑retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly MD07: "MD07";
  /**
   * Narrative reason provided
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly NARR: "NARR";
  /**
   * Account does not support this message type
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly NOAT: "NOAT";
  /**
   * Bank identifier format incorrect
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Supply a valid routing/BIC and retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly RC01: "RC01";
  /**
   * Bank identifier invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Supply a valid routing/BIC and retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly RC02: "RC02";
  /**
   * Debtor FI identifier invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Supply a valid routing/BIC and retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly RC03: "RC03";
  /**
   * Creditor FI identifier invalid or missing
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Request updated recipient account details or use another payout
   * account.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly RC04: "RC04";
  /**
   * Debtor opted out of RFPs
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Respect customer’s decision or obtain new authorization.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly SL12: "SL12";
  /**
   * Invalid token
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK01: "TK01";
  /**
   * Sender token not found
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK02: "TK02";
  /**
   * Receiver token not found
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK03: "TK03";
  /**
   * Token expired
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK04: "TK04";
  /**
   * Token counterparty mismatch
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK05: "TK05";
  /**
   * Token value‑limit rule violation
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK06: "TK06";
  /**
   * Single‑use token already used
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK07: "TK07";
  /**
   * Token suspended
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Correct the payment amount, currency, token or format, then retry.
   * Whose words: description: Plaid's published text; advice to the integrator: Plaid's published
   * text.
   */
  readonly TK08: "TK08";
} = {
  OTHER_REASONS_NOT_SPECIFIED: "1100",
  CENTRAL_SWITCH_SYSTEM_MALFUNCTION: "9909",
  INSTRUCTED_AGENT_SIGNED_OFF: "9910",
  RECIPIENT_CONNECTION_UNAVAILABLE: "9912",
  INSTRUCTING_AGENT_SIGNED_OFF: "9934",
  INSTRUCTING_AGENT_SUSPENDED: "9946",
  INSTRUCTED_AGENT_SUSPENDED: "9947",
  CENTRAL_SWITCH_SERVICE_SUSPENDED: "9948",
  AC02: "AC02",
  AC03: "AC03",
  AC04: "AC04",
  AC06: "AC06",
  AC07: "AC07",
  AC13: "AC13",
  AC14: "AC14",
  AG01: "AG01",
  AG03: "AG03",
  AM02: "AM02",
  AM04: "AM04",
  AM09: "AM09",
  AM12: "AM12",
  AM13: "AM13",
  AM14: "AM14",
  BE04: "BE04",
  BE06: "BE06",
  BE07: "BE07",
  BE16: "BE16",
  BE17: "BE17",
  BLKD: "BLKD",
  CH11: "CH11",
  CUST: "CUST",
  DS04: "DS04",
  DS0H: "DS0H",
  DS24: "DS24",
  DT04: "DT04",
  DUPL: "DUPL",
  E997: "E997",
  FF02: "FF02",
  FF03: "FF03",
  FF08: "FF08",
  INSF: "INSF",
  MD07: "MD07",
  NARR: "NARR",
  NOAT: "NOAT",
  RC01: "RC01",
  RC02: "RC02",
  RC03: "RC03",
  RC04: "RC04",
  SL12: "SL12",
  TK01: "TK01",
  TK02: "TK02",
  TK03: "TK03",
  TK04: "TK04",
  TK05: "TK05",
  TK06: "TK06",
  TK07: "TK07",
  TK08: "TK08",
};
export type PlaidRtpFailureCode = (typeof PlaidRtpFailureCode)[keyof typeof PlaidRtpFailureCode];
/** A PlaidRtpFailureCode as read from the wire: a known value or any other string. */
export type PlaidRtpFailureCodeOrUnknown = PlaidRtpFailureCode | (string & {});
/** The catalog's metadata of every PlaidRtpFailureCode value. */
export const PlaidRtpFailureCodeInfo: { readonly [V in PlaidRtpFailureCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/rtp_failure_code",
  {
    "1100": {
      name: "OTHER_REASONS_NOT_SPECIFIED",
      description: "Other Reasons - Not specified",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    "9909": {
      name: "CENTRAL_SWITCH_SYSTEM_MALFUNCTION",
      description: "Central Switch system malfunction",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9910": {
      name: "INSTRUCTED_AGENT_SIGNED_OFF",
      description: "Instructed Agent signed-off",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9912": {
      name: "RECIPIENT_CONNECTION_UNAVAILABLE",
      description: "Recipient connection unavailable",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9934": {
      name: "INSTRUCTING_AGENT_SIGNED_OFF",
      description: "Instructing Agent signed-off",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9946": {
      name: "INSTRUCTING_AGENT_SUSPENDED",
      description: "Instructing Agent suspended",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9947": {
      name: "INSTRUCTED_AGENT_SUSPENDED",
      description: "Instructed Agent suspended",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    "9948": {
      name: "CENTRAL_SWITCH_SERVICE_SUSPENDED",
      description: "Central Switch service suspended",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Wait briefly and retry automatically; consider fallback rail if urgent.",
      userMessage: null,
      aliases: [],
    },
    AC02: {
      description: "Debtor account is invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Ask the sender to correct or switch accounts, then resubmit.",
      userMessage: null,
      aliases: [],
    },
    AC03: {
      description: "Creditor account is invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AC04: {
      description: "Account closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AC06: {
      description: "Account is blocked",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AC07: {
      description: "Creditor account closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AC13: {
      description: "Debtor account type invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Ask the sender to correct or switch accounts, then resubmit.",
      userMessage: null,
      aliases: [],
    },
    AC14: {
      description: "Creditor account type invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AG01: {
      description: "Transaction forbidden on this type of account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AG03: {
      description: "Transaction type not supported on this account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    AM02: {
      description: "Transaction amount exceeds allowed maximum",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    AM04: {
      description: "Insufficient funds",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    AM09: {
      description: "Incorrect amount received",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    AM12: {
      description: "Amount invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    AM13: {
      description: "Amount exceeds clearing system limits",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    AM14: {
      description: "Amount exceeds bank-client limit",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    BE04: {
      description: "Missing or incorrect creditor address",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    BE06: {
      description: "End customer not known",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    BE07: {
      description: "Missing or incorrect debtor address",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    BE16: {
      description: "Debtor identification invalid",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    BE17: {
      description: "Creditor identification invalid",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    BLKD: {
      description: "Payment has been blocked",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    CH11: {
      description: "Creditor identifier unknown",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Respect customer’s decision or obtain new authorization.",
      userMessage: null,
      aliases: [],
    },
    CUST: {
      description: "Customer declined payment",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Respect customer’s decision or obtain new authorization.",
      userMessage: null,
      aliases: [],
    },
    DS04: {
      description: "Order rejected – content issues",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    DS0H: {
      description: "Signer not authorized for this account",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    DS24: {
      description: "Waiting time expired (incomplete order)",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Respect customer’s decision or obtain new authorization.",
      userMessage: null,
      aliases: [],
    },
    DT04: {
      description: "Future date not supported",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    DUPL: {
      description: "Duplicate payment detected",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    E997: {
      description: "Timeout clock has expired",
      category: "institution_unavailable",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Retry the payment with a different idempotency key.",
      userMessage: null,
      aliases: [],
    },
    FF02: {
      description: "Syntax error in narrative information",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    FF03: {
      description: "Invalid payment type information",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    FF08: {
      description: "End‑to‑End ID missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    INSF: {
      description: "Insufficient funds for outbound message",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    MD07: {
      description: "End customer is deceased",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Investigate beneficiary data or compliance issues; do not auto‑retry.",
      userMessage: null,
      aliases: [],
    },
    NARR: {
      description: "Narrative reason provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    NOAT: {
      description: "Account does not support this message type",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    RC01: {
      description: "Bank identifier format incorrect",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Supply a valid routing/BIC and retry.",
      userMessage: null,
      aliases: [],
    },
    RC02: {
      description: "Bank identifier invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Supply a valid routing/BIC and retry.",
      userMessage: null,
      aliases: [],
    },
    RC03: {
      description: "Debtor FI identifier invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Supply a valid routing/BIC and retry.",
      userMessage: null,
      aliases: [],
    },
    RC04: {
      description: "Creditor FI identifier invalid or missing",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Request updated recipient account details or use another payout account.",
      userMessage: null,
      aliases: [],
    },
    SL12: {
      description: "Debtor opted out of RFPs",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Respect customer’s decision or obtain new authorization.",
      userMessage: null,
      aliases: [],
    },
    TK01: {
      description: "Invalid token",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK02: {
      description: "Sender token not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK03: {
      description: "Receiver token not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK04: {
      description: "Token expired",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK05: {
      description: "Token counterparty mismatch",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK06: {
      description: "Token value‑limit rule violation",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK07: {
      description: "Single‑use token already used",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
    TK08: {
      description: "Token suspended",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-errors-transfer"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["plaid-errors-transfer"] },
        advice: { by: "provider", sources: ["plaid-errors-transfer"] },
      },
      message: null,
      advice: "Correct the payment amount, currency, token or format, then retry.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidRtpFailureCode. */
export const isPlaidRtpFailureCode = (value: unknown): value is PlaidRtpFailureCode => isCodeOf(PlaidRtpFailureCodeCategories, PlaidRtpFailureCodeAliases, value);

/** Other wire spellings of PlaidLinkExitStatus values (alias -> value). */
export const PlaidLinkExitStatusAliases: { readonly [alias: string]: PlaidLinkExitStatus } = {
};
/** The category of every PlaidLinkExitStatus value and alias: all a listener needs to read one. */
export const PlaidLinkExitStatusCategories: { readonly [spelling: string]: Category } = {
  requires_questions: "cancelled",
  requires_selections: "cancelled",
  requires_code: "cancelled",
  choose_device: "cancelled",
  requires_credentials: "cancelled",
  requires_account_selection: "cancelled",
  requires_oauth: "cancelled",
  institution_not_found: "cancelled",
  institution_not_supported: "institution_not_supported",
  connected: "success",
  requires_external_action: "cancelled",
  requires_recaptcha: "cancelled",
  requires_deposit_switch_allocation_configuration: "cancelled",
  requires_deposit_switch_allocation_selection: "cancelled",
};
/**
 * Link exit status: The point at which the user exited Link: metadata.status of onExit, exit_status
 * of onEvent's metadata. Wire field: metadata.status.
 */
export const PlaidLinkExitStatus: {
  /**
   * User prompted to answer security questions
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_questions: "requires_questions";
  /**
   * User prompted to answer multiple choice question(s)
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_selections: "requires_selections";
  /**
   * User prompted to provide a one-time passcode
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_code: "requires_code";
  /**
   * User prompted to select a device on which to receive a one-time passcode
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly choose_device: "choose_device";
  /**
   * User prompted to provide credentials for the selected financial institution or has not yet
   * selected a financial institution
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_credentials: "requires_credentials";
  /**
   * User prompted to select one or more financial accounts to share
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_account_selection: "requires_account_selection";
  /**
   * User prompted to enter an OAuth flow
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_oauth: "requires_oauth";
  /**
   * User exited the Link flow on the institution selection pane. Typically this occurs after the
   * user unsuccessfully (no results returned) searched for a financial institution. Note that this
   * status does not necessarily indicate that the user was unable to find their institution, as it
   * is used for all user exits that occur from the institution selection pane, regardless of other
   * user behavior.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly institution_not_found: "institution_not_found";
  /**
   * User exited the Link flow after discovering their selected institution is no longer supported
   * by Plaid
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly institution_not_supported: "institution_not_supported";
  /**
   * The user connected an Item before exiting.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly connected: "connected";
  /**
   * The user was asked to act outside Link (for example in the bank's app).
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly requires_external_action: "requires_external_action";
  /**
   * User prompted to solve a reCAPTCHA challenge
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly requires_recaptcha: "requires_recaptcha";
  /**
   * The user was asked to configure a deposit switch allocation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly requires_deposit_switch_allocation_configuration: "requires_deposit_switch_allocation_configuration";
  /**
   * The user was asked to choose a deposit switch allocation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly requires_deposit_switch_allocation_selection: "requires_deposit_switch_allocation_selection";
} = /* @__PURE__ */ membersOf(PlaidLinkExitStatusCategories, PlaidLinkExitStatusAliases);
export type PlaidLinkExitStatus = (typeof PlaidLinkExitStatus)[keyof typeof PlaidLinkExitStatus];
/** A PlaidLinkExitStatus as read from the wire: a known value or any other string. */
export type PlaidLinkExitStatusOrUnknown = PlaidLinkExitStatus | (string & {});
/** The catalog's metadata of every PlaidLinkExitStatus value. */
export const PlaidLinkExitStatusInfo: { readonly [V in PlaidLinkExitStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/link_exit_status",
  {
    requires_questions: {
      description: "User prompted to answer security questions",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_selections: {
      description: "User prompted to answer multiple choice question(s)",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_code: {
      description: "User prompted to provide a one-time passcode",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    choose_device: {
      description: "User prompted to select a device on which to receive a one-time passcode",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_credentials: {
      description: "User prompted to provide credentials for the selected financial institution or has not yet selected a financial institution",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_account_selection: {
      description: "User prompted to select one or more financial accounts to share",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_oauth: {
      description: "User prompted to enter an OAuth flow",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["plaid-openapi", "plaid-rn-sdk-types", "plaid-link-web"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_not_found: {
      description: "User exited the Link flow on the institution selection pane. Typically this occurs after the user unsuccessfully (no results returned) searched for a financial institution. Note that this status does not necessarily indicate that the user was unable to find their institution, as it is used for all user exits that occur from the institution selection pane, regardless of other user behavior.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_not_supported: {
      description: "User exited the Link flow after discovering their selected institution is no longer supported by Plaid",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi", "plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    connected: {
      description: "The user connected an Item before exiting.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_external_action: {
      description: "The user was asked to act outside Link (for example in the bank's app).",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_recaptcha: {
      description: "User prompted to solve a reCAPTCHA challenge",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-react-native"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-react-native"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_deposit_switch_allocation_configuration: {
      description: "The user was asked to configure a deposit switch allocation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    requires_deposit_switch_allocation_selection: {
      description: "The user was asked to choose a deposit switch allocation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLinkExitStatus. */
export const isPlaidLinkExitStatus = (value: unknown): value is PlaidLinkExitStatus => isCodeOf(PlaidLinkExitStatusCategories, PlaidLinkExitStatusAliases, value);

/** Other wire spellings of PlaidLinkEventName values (alias -> value). */
export const PlaidLinkEventNameAliases: { readonly [alias: string]: PlaidLinkEventName } = {
};
/** The category of every PlaidLinkEventName value and alias: all a listener needs to read one. */
export const PlaidLinkEventNameCategories: { readonly [spelling: string]: Category } = {
  AUTO_SELECT_SAVED_INSTITUTION: "informational",
  AUTO_SUBMIT_PHONE: "informational",
  BANK_INCOME_INSIGHTS_COMPLETED: "informational",
  CLOSE_OAUTH: "informational",
  CONNECT_NEW_INSTITUTION: "informational",
  ERROR: "generic_failure",
  EXIT: "cancelled",
  FAIL_OAUTH: "informational",
  HANDOFF: "success",
  IDENTITY_MATCH_PASSED: "informational",
  IDENTITY_MATCH_FAILED: "informational",
  IDENTITY_VERIFICATION_CLOSE_UI: "informational",
  IDENTITY_VERIFICATION_CREATE_SESSION: "informational",
  IDENTITY_VERIFICATION_FAIL_SESSION: "informational",
  IDENTITY_VERIFICATION_FAIL_STEP: "informational",
  IDENTITY_VERIFICATION_OPEN_UI: "informational",
  IDENTITY_VERIFICATION_PASS_SESSION: "informational",
  IDENTITY_VERIFICATION_PASS_STEP: "informational",
  IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION: "informational",
  IDENTITY_VERIFICATION_PENDING_REVIEW_STEP: "informational",
  IDENTITY_VERIFICATION_RESUME_SESSION: "informational",
  IDENTITY_VERIFICATION_RESUME_UI: "informational",
  IDENTITY_VERIFICATION_START_STEP: "informational",
  ISSUE_FOLLOWED: "informational",
  LAYER_AUTOFILL_NOT_AVAILABLE: "informational",
  LAYER_NOT_AVAILABLE: "informational",
  LAYER_READY: "informational",
  MATCHED_SELECT_INSTITUTION: "informational",
  MATCHED_SELECT_VERIFY_METHOD: "informational",
  OPEN: "informational",
  OPEN_MY_PLAID: "informational",
  OPEN_OAUTH: "informational",
  PLAID_CHECK_PANE: "informational",
  PROFILE_ELIGIBILITY_CHECK_ERROR: "informational",
  PROFILE_ELIGIBILITY_CHECK_READY: "informational",
  REMEMBER_ME_DISABLED: "informational",
  REMEMBER_ME_ENABLED: "informational",
  REMEMBER_ME_HOLDOUT: "informational",
  SEARCH_INSTITUTION: "informational",
  SELECT_ACCOUNT: "informational",
  SELECT_AUTH_TYPE: "informational",
  SELECT_BRAND: "informational",
  SELECT_DEGRADED_INSTITUTION: "informational",
  SELECT_DENYLISTED_INSTITUTION: "informational",
  SELECT_DOWN_INSTITUTION: "informational",
  SELECT_FALLBACK_ROUTING_INSTITUTION: "informational",
  SELECT_FILTERED_INSTITUTION: "informational",
  SELECT_INSTITUTION: "informational",
  SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION: "informational",
  SELECT_SAVED_ACCOUNT: "informational",
  SELECT_SAVED_INSTITUTION: "informational",
  SKIP_SUBMIT_EMAIL: "informational",
  SKIP_SUBMIT_PHONE: "informational",
  SUBMIT_ACCOUNT_NUMBER: "informational",
  SUBMIT_CREDENTIALS: "informational",
  SUBMIT_DOCUMENTS: "informational",
  SUBMIT_DOCUMENTS_ERROR: "informational",
  SUBMIT_DOCUMENTS_SUCCESS: "informational",
  SUBMIT_EMAIL: "informational",
  SUBMIT_MFA: "informational",
  SUBMIT_OTP: "informational",
  SUBMIT_PHONE: "informational",
  SUBMIT_ROUTING_NUMBER: "informational",
  TRANSITION_VIEW: "informational",
  VERIFY_PHONE: "informational",
  VIEW_DATA_TYPES: "informational",
};
/**
 * Link event name: The eventName Link passes to onEvent. Where Plaid's Link web page has a sentence
 * for an event, that sentence is its description, as plain text (the page's code marks and links
 * left out). Wire field: eventName.
 */
export const PlaidLinkEventName: {
  /**
   * Link's onEvent name for: auto select saved institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTO_SELECT_SAVED_INSTITUTION: "AUTO_SELECT_SAVED_INSTITUTION";
  /**
   * The user was automatically sent an OTP code without a UI prompt. This event can only occur if
   * the user's phone phone number was provided to Link via the /link/token/create call and the user
   * has previously consented to receive OTP codes from Plaid.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly AUTO_SUBMIT_PHONE: "AUTO_SUBMIT_PHONE";
  /**
   * The user has completed the Assets and Bank Income Insights flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_INCOME_INSIGHTS_COMPLETED: "BANK_INCOME_INSIGHTS_COMPLETED";
  /**
   * The user closed the third-party website or mobile app without completing the OAuth flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CLOSE_OAUTH: "CLOSE_OAUTH";
  /**
   * The user has chosen to link a new institution instead of linking a saved institution. This
   * event is only emitted in the Link Returning User Experience flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CONNECT_NEW_INSTITUTION: "CONNECT_NEW_INSTITUTION";
  /**
   * A recoverable error occurred in the Link flow, see the error_code metadata.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly ERROR: "ERROR";
  /**
   * The user has exited without completing the Link flow and the onExit callback is fired.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXIT: "EXIT";
  /**
   * The user encountered an error while completing the third-party's OAuth login flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly FAIL_OAUTH: "FAIL_OAUTH";
  /**
   * The user has exited Link after successfully linking an Item.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly HANDOFF: "HANDOFF";
  /**
   * An Identity Match check configured via the Account Verification Dashboard passed the Identity
   * Match rules and detected a match.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_MATCH_PASSED: "IDENTITY_MATCH_PASSED";
  /**
   * An Identity Match check configured via the Account Verification Dashboard failed the Identity
   * Match rules and did not detect a match.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_MATCH_FAILED: "IDENTITY_MATCH_FAILED";
  /**
   * The user has closed the UI of their Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_CLOSE_UI: "IDENTITY_VERIFICATION_CLOSE_UI";
  /**
   * The user has started a new Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_CREATE_SESSION: "IDENTITY_VERIFICATION_CREATE_SESSION";
  /**
   * The user has failed their Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_FAIL_SESSION: "IDENTITY_VERIFICATION_FAIL_SESSION";
  /**
   * The user has failed a step of the Identity Verification flow. The step is indicated by
   * view_name.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_FAIL_STEP: "IDENTITY_VERIFICATION_FAIL_STEP";
  /**
   * The user has opened the UI of their Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_OPEN_UI: "IDENTITY_VERIFICATION_OPEN_UI";
  /**
   * The user has passed their Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_PASS_SESSION: "IDENTITY_VERIFICATION_PASS_SESSION";
  /**
   * The user has passed a step of the Identity Verification flow. The step is indicated by
   * view_name.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_PASS_STEP: "IDENTITY_VERIFICATION_PASS_STEP";
  /**
   * The user has completed their Identity Verification session, which is now in a pending review
   * state.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION: "IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION";
  /**
   * The user has reached the pending review state.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_PENDING_REVIEW_STEP: "IDENTITY_VERIFICATION_PENDING_REVIEW_STEP";
  /**
   * The user has resumed an existing Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_RESUME_SESSION: "IDENTITY_VERIFICATION_RESUME_SESSION";
  /**
   * The user has resumed the UI of their Identity Verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_RESUME_UI: "IDENTITY_VERIFICATION_RESUME_UI";
  /**
   * The user has started a step of the Identity Verification flow. The step is indicated by
   * view_name.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly IDENTITY_VERIFICATION_START_STEP: "IDENTITY_VERIFICATION_START_STEP";
  /**
   * Link's onEvent name for: issue followed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ISSUE_FOLLOWED: "ISSUE_FOLLOWED";
  /**
   * The user's date of birth passed to Link is not eligible for Layer Extended Autofill.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LAYER_AUTOFILL_NOT_AVAILABLE: "LAYER_AUTOFILL_NOT_AVAILABLE";
  /**
   * The user phone number passed to Link is not eligible for Layer.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LAYER_NOT_AVAILABLE: "LAYER_NOT_AVAILABLE";
  /**
   * The user phone number passed to Link is eligible for Layer and open() may now be called.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LAYER_READY: "LAYER_READY";
  /**
   * The user selected an institution that was presented as a matched institution. This event can be
   * emitted if Embedded Institution Search is being used, if the institution was surfaced as a
   * matched institution likely to have been linked to Plaid by a returning user, or if the
   * institution's routing_number was provided when calling /link/token/create. For details on which
   * scenario is triggering the event, see metadata.matchReason.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly MATCHED_SELECT_INSTITUTION: "MATCHED_SELECT_INSTITUTION";
  /**
   * Link's onEvent name for: matched select verify method.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MATCHED_SELECT_VERIFY_METHOD: "MATCHED_SELECT_VERIFY_METHOD";
  /**
   * The user has opened Link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly OPEN: "OPEN";
  /**
   * The user has opened my.plaid.com. This event is only sent when Link is initialized with Assets
   * as a product
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly OPEN_MY_PLAID: "OPEN_MY_PLAID";
  /**
   * The user has navigated to a third-party website or mobile app in order to complete the OAuth
   * login flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly OPEN_OAUTH: "OPEN_OAUTH";
  /**
   * Link's onEvent name for: plaid check pane.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PLAID_CHECK_PANE: "PLAID_CHECK_PANE";
  /**
   * Link's onEvent name for: profile eligibility check error.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROFILE_ELIGIBILITY_CHECK_ERROR: "PROFILE_ELIGIBILITY_CHECK_ERROR";
  /**
   * Link's onEvent name for: profile eligibility check ready.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROFILE_ELIGIBILITY_CHECK_READY: "PROFILE_ELIGIBILITY_CHECK_READY";
  /**
   * Link's onEvent name for: remember me disabled.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REMEMBER_ME_DISABLED: "REMEMBER_ME_DISABLED";
  /**
   * Link's onEvent name for: remember me enabled.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REMEMBER_ME_ENABLED: "REMEMBER_ME_ENABLED";
  /**
   * Link's onEvent name for: remember me holdout.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REMEMBER_ME_HOLDOUT: "REMEMBER_ME_HOLDOUT";
  /**
   * The user has searched for an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SEARCH_INSTITUTION: "SEARCH_INSTITUTION";
  /**
   * Link's onEvent name for: select account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_ACCOUNT: "SELECT_ACCOUNT";
  /**
   * The user has chosen whether to Link instantly or manually (i.e., with micro-deposits). This
   * event emits the selection metadata to indicate the user's selection.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_AUTH_TYPE: "SELECT_AUTH_TYPE";
  /**
   * The user selected a brand, e.g. Bank of America. The SELECT_BRAND event is only emitted for
   * large financial institutions with multiple online banking portals.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_BRAND: "SELECT_BRAND";
  /**
   * The user selected an institution with a DEGRADED health status and was shown a corresponding
   * message.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_DEGRADED_INSTITUTION: "SELECT_DEGRADED_INSTITUTION";
  /**
   * Link's onEvent name for: select denylisted institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_DENYLISTED_INSTITUTION: "SELECT_DENYLISTED_INSTITUTION";
  /**
   * The user selected an institution with a DOWN health status and was shown a corresponding
   * message.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_DOWN_INSTITUTION: "SELECT_DOWN_INSTITUTION";
  /**
   * Link's onEvent name for: select fallback routing institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_FALLBACK_ROUTING_INSTITUTION: "SELECT_FALLBACK_ROUTING_INSTITUTION";
  /**
   * The user selected an institution Plaid does not support all requested products for and was
   * shown a corresponding message.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_FILTERED_INSTITUTION: "SELECT_FILTERED_INSTITUTION";
  /**
   * The user selected an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SELECT_INSTITUTION: "SELECT_INSTITUTION";
  /**
   * Link's onEvent name for: select remember me duplicate institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION: "SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION";
  /**
   * Link's onEvent name for: select saved account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_SAVED_ACCOUNT: "SELECT_SAVED_ACCOUNT";
  /**
   * Link's onEvent name for: select saved institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECT_SAVED_INSTITUTION: "SELECT_SAVED_INSTITUTION";
  /**
   * Link's onEvent name for: skip submit email.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SKIP_SUBMIT_EMAIL: "SKIP_SUBMIT_EMAIL";
  /**
   * The user has opted to not provide their phone number to Plaid. This event is only emitted in
   * the Link Returning User Experience flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SKIP_SUBMIT_PHONE: "SKIP_SUBMIT_PHONE";
  /**
   * The user has submitted an account number. This event emits the account_number_mask metadata to
   * indicate the mask of the account number the user provided.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_ACCOUNT_NUMBER: "SUBMIT_ACCOUNT_NUMBER";
  /**
   * The user has submitted credentials.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_CREDENTIALS: "SUBMIT_CREDENTIALS";
  /**
   * The user is being prompted to submit documents for an Income verification flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_DOCUMENTS: "SUBMIT_DOCUMENTS";
  /**
   * The user encountered an error when submitting documents for an Income verification flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_DOCUMENTS_ERROR: "SUBMIT_DOCUMENTS_ERROR";
  /**
   * The user has successfully submitted documents for an Income verification flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_DOCUMENTS_SUCCESS: "SUBMIT_DOCUMENTS_SUCCESS";
  /**
   * Link's onEvent name for: submit email.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMIT_EMAIL: "SUBMIT_EMAIL";
  /**
   * The user has submitted MFA.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_MFA: "SUBMIT_MFA";
  /**
   * The user has submitted an OTP code during the phone number verification flow. This event is
   * only emitted in the Link Returning User Experience (Remember Me) flow or Layer flow. This event
   * will not be emitted if the phone number is verified via SNA.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_OTP: "SUBMIT_OTP";
  /**
   * The user has submitted their phone number. This event is only emitted in the Link Returning
   * User Experience (Remember Me) flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_PHONE: "SUBMIT_PHONE";
  /**
   * The user has submitted a routing number. This event emits the routing_number metadata to
   * indicate user's routing number.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SUBMIT_ROUTING_NUMBER: "SUBMIT_ROUTING_NUMBER";
  /**
   * The TRANSITION_VIEW event indicates that the user has moved from one view to the next.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly TRANSITION_VIEW: "TRANSITION_VIEW";
  /**
   * The user has successfully verified their phone number via either OTP or SNA. This event is only
   * emitted in the Link Returning User Experience (Remember Me) flow or the Layer flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly VERIFY_PHONE: "VERIFY_PHONE";
  /**
   * The user has viewed data types on the data transparency consent pane.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly VIEW_DATA_TYPES: "VIEW_DATA_TYPES";
} = /* @__PURE__ */ membersOf(PlaidLinkEventNameCategories, PlaidLinkEventNameAliases);
export type PlaidLinkEventName = (typeof PlaidLinkEventName)[keyof typeof PlaidLinkEventName];
/** A PlaidLinkEventName as read from the wire: a known value or any other string. */
export type PlaidLinkEventNameOrUnknown = PlaidLinkEventName | (string & {});
/** The catalog's metadata of every PlaidLinkEventName value. */
export const PlaidLinkEventNameInfo: { readonly [V in PlaidLinkEventName]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/link_event_name",
  {
    AUTO_SELECT_SAVED_INSTITUTION: {
      description: "Link's onEvent name for: auto select saved institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTO_SUBMIT_PHONE: {
      description: "The user was automatically sent an OTP code without a UI prompt. This event can only occur if the user's phone phone number was provided to Link via the /link/token/create call and the user has previously consented to receive OTP codes from Plaid.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_INCOME_INSIGHTS_COMPLETED: {
      description: "The user has completed the Assets and Bank Income Insights flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLOSE_OAUTH: {
      description: "The user closed the third-party website or mobile app without completing the OAuth flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONNECT_NEW_INSTITUTION: {
      description: "The user has chosen to link a new institution instead of linking a saved institution. This event is only emitted in the Link Returning User Experience flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "A recoverable error occurred in the Link flow, see the error_code metadata.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXIT: {
      description: "The user has exited without completing the Link flow and the onExit callback is fired.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAIL_OAUTH: {
      description: "The user encountered an error while completing the third-party's OAuth login flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    HANDOFF: {
      description: "The user has exited Link after successfully linking an Item.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_MATCH_PASSED: {
      description: "An Identity Match check configured via the Account Verification Dashboard passed the Identity Match rules and detected a match.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_MATCH_FAILED: {
      description: "An Identity Match check configured via the Account Verification Dashboard failed the Identity Match rules and did not detect a match.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_CLOSE_UI: {
      description: "The user has closed the UI of their Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_CREATE_SESSION: {
      description: "The user has started a new Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_FAIL_SESSION: {
      description: "The user has failed their Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_FAIL_STEP: {
      description: "The user has failed a step of the Identity Verification flow. The step is indicated by view_name.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_OPEN_UI: {
      description: "The user has opened the UI of their Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_PASS_SESSION: {
      description: "The user has passed their Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_PASS_STEP: {
      description: "The user has passed a step of the Identity Verification flow. The step is indicated by view_name.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_PENDING_REVIEW_SESSION: {
      description: "The user has completed their Identity Verification session, which is now in a pending review state.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_PENDING_REVIEW_STEP: {
      description: "The user has reached the pending review state.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_RESUME_SESSION: {
      description: "The user has resumed an existing Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_RESUME_UI: {
      description: "The user has resumed the UI of their Identity Verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION_START_STEP: {
      description: "The user has started a step of the Identity Verification flow. The step is indicated by view_name.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ISSUE_FOLLOWED: {
      description: "Link's onEvent name for: issue followed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LAYER_AUTOFILL_NOT_AVAILABLE: {
      description: "The user's date of birth passed to Link is not eligible for Layer Extended Autofill.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LAYER_NOT_AVAILABLE: {
      description: "The user phone number passed to Link is not eligible for Layer.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LAYER_READY: {
      description: "The user phone number passed to Link is eligible for Layer and open() may now be called.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MATCHED_SELECT_INSTITUTION: {
      description: "The user selected an institution that was presented as a matched institution. This event can be emitted if Embedded Institution Search is being used, if the institution was surfaced as a matched institution likely to have been linked to Plaid by a returning user, or if the institution's routing_number was provided when calling /link/token/create. For details on which scenario is triggering the event, see metadata.matchReason.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MATCHED_SELECT_VERIFY_METHOD: {
      description: "Link's onEvent name for: matched select verify method.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPEN: {
      description: "The user has opened Link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPEN_MY_PLAID: {
      description: "The user has opened my.plaid.com. This event is only sent when Link is initialized with Assets as a product",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPEN_OAUTH: {
      description: "The user has navigated to a third-party website or mobile app in order to complete the OAuth login flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PLAID_CHECK_PANE: {
      description: "Link's onEvent name for: plaid check pane.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROFILE_ELIGIBILITY_CHECK_ERROR: {
      description: "Link's onEvent name for: profile eligibility check error.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROFILE_ELIGIBILITY_CHECK_READY: {
      description: "Link's onEvent name for: profile eligibility check ready.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REMEMBER_ME_DISABLED: {
      description: "Link's onEvent name for: remember me disabled.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REMEMBER_ME_ENABLED: {
      description: "Link's onEvent name for: remember me enabled.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REMEMBER_ME_HOLDOUT: {
      description: "Link's onEvent name for: remember me holdout.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SEARCH_INSTITUTION: {
      description: "The user has searched for an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_ACCOUNT: {
      description: "Link's onEvent name for: select account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_AUTH_TYPE: {
      description: "The user has chosen whether to Link instantly or manually (i.e., with micro-deposits). This event emits the selection metadata to indicate the user's selection.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_BRAND: {
      description: "The user selected a brand, e.g. Bank of America. The SELECT_BRAND event is only emitted for large financial institutions with multiple online banking portals.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_DEGRADED_INSTITUTION: {
      description: "The user selected an institution with a DEGRADED health status and was shown a corresponding message.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_DENYLISTED_INSTITUTION: {
      description: "Link's onEvent name for: select denylisted institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_DOWN_INSTITUTION: {
      description: "The user selected an institution with a DOWN health status and was shown a corresponding message.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_FALLBACK_ROUTING_INSTITUTION: {
      description: "Link's onEvent name for: select fallback routing institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_FILTERED_INSTITUTION: {
      description: "The user selected an institution Plaid does not support all requested products for and was shown a corresponding message.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_INSTITUTION: {
      description: "The user selected an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_REMEMBER_ME_DUPLICATE_INSTITUTION: {
      description: "Link's onEvent name for: select remember me duplicate institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_SAVED_ACCOUNT: {
      description: "Link's onEvent name for: select saved account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SELECT_SAVED_INSTITUTION: {
      description: "Link's onEvent name for: select saved institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SKIP_SUBMIT_EMAIL: {
      description: "Link's onEvent name for: skip submit email.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SKIP_SUBMIT_PHONE: {
      description: "The user has opted to not provide their phone number to Plaid. This event is only emitted in the Link Returning User Experience flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_ACCOUNT_NUMBER: {
      description: "The user has submitted an account number. This event emits the account_number_mask metadata to indicate the mask of the account number the user provided.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_CREDENTIALS: {
      description: "The user has submitted credentials.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_DOCUMENTS: {
      description: "The user is being prompted to submit documents for an Income verification flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_DOCUMENTS_ERROR: {
      description: "The user encountered an error when submitting documents for an Income verification flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_DOCUMENTS_SUCCESS: {
      description: "The user has successfully submitted documents for an Income verification flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_EMAIL: {
      description: "Link's onEvent name for: submit email.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_MFA: {
      description: "The user has submitted MFA.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_OTP: {
      description: "The user has submitted an OTP code during the phone number verification flow. This event is only emitted in the Link Returning User Experience (Remember Me) flow or Layer flow. This event will not be emitted if the phone number is verified via SNA.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_PHONE: {
      description: "The user has submitted their phone number. This event is only emitted in the Link Returning User Experience (Remember Me) flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_ROUTING_NUMBER: {
      description: "The user has submitted a routing number. This event emits the routing_number metadata to indicate user's routing number.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSITION_VIEW: {
      description: "The TRANSITION_VIEW event indicates that the user has moved from one view to the next.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VERIFY_PHONE: {
      description: "The user has successfully verified their phone number via either OTP or SNA. This event is only emitted in the Link Returning User Experience (Remember Me) flow or the Layer flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VIEW_DATA_TYPES: {
      description: "The user has viewed data types on the data transparency consent pane.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-rn-sdk-types", "plaid-openapi", "plaid-link-web"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-link-web"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLinkEventName. */
export const isPlaidLinkEventName = (value: unknown): value is PlaidLinkEventName => isCodeOf(PlaidLinkEventNameCategories, PlaidLinkEventNameAliases, value);

/** Other wire spellings of PlaidWebhookType values (alias -> value). */
export const PlaidWebhookTypeAliases: { readonly [alias: string]: PlaidWebhookType } = {
};
/** The category of every PlaidWebhookType value and alias: all a listener needs to read one. */
export const PlaidWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  SCREENING: "informational",
  ENTITY_SCREENING: "informational",
  BEACON: "informational",
  IDENTITY_VERIFICATION: "informational",
  TRANSACTIONS: "informational",
  IDENTITY: "informational",
  PROCESSOR_TOKEN: "informational",
  ISSUES: "informational",
  AUTH: "informational",
  ITEM: "informational",
  INCOME: "informational",
  BANK_TRANSFERS: "informational",
  TRANSFER: "informational",
  LAYER: "informational",
  PROTECT: "informational",
  INVESTMENTS_TRANSACTIONS: "informational",
  HOLDINGS: "informational",
  PARTNER: "informational",
  LIABILITIES: "informational",
  PAYMENT_INITIATION: "informational",
  WALLET: "informational",
  LINK_DELIVERY: "informational",
  STATEMENTS: "informational",
  CASH_FLOW_UPDATES: "informational",
  BASE_REPORT: "informational",
  CRA_INCOME: "informational",
  CHECK_REPORT: "informational",
  CRA_INSIGHTS: "informational",
  LINK: "informational",
  DASHBOARD_CONFIGURED_ALERT: "informational",
  ASSETS: "informational",
};
/**
 * Webhook type: The webhook_type of a Plaid webhook: the product or object it is about; its
 * webhook_code says what happened. Wire field: webhook.webhook_type.
 */
export const PlaidWebhookType: {
  /**
   * Webhooks about screening: STATUS_UPDATED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SCREENING: "SCREENING";
  /**
   * Webhooks about entity screening: STATUS_UPDATED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENTITY_SCREENING: "ENTITY_SCREENING";
  /**
   * Webhooks about beacon: USER_STATUS_UPDATED, REPORT_CREATED, REPORT_UPDATED,
   * REPORT_SYNDICATION_CREATED, DUPLICATE_DETECTED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BEACON: "BEACON";
  /**
   * Webhooks about identity verification: STEP_UPDATED, RETRIED, STATUS_UPDATED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly IDENTITY_VERIFICATION: "IDENTITY_VERIFICATION";
  /**
   * Webhooks about transactions: TRANSACTIONS_REMOVED, DEFAULT_UPDATE, SYNC_UPDATES_AVAILABLE,
   * RECURRING_TRANSACTIONS_UPDATE, HISTORICAL_UPDATE, INITIAL_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSACTIONS: "TRANSACTIONS";
  /**
   * Webhooks about identity: DEFAULT_UPDATE, PRODUCT_PERMISSIONS_REQUIRED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly IDENTITY: "IDENTITY";
  /**
   * Webhooks about processor token: WEBHOOK_UPDATE_ACKNOWLEDGED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSOR_TOKEN: "PROCESSOR_TOKEN";
  /**
   * Webhooks about issues: ISSUE_RESOLVED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ISSUES: "ISSUES";
  /**
   * Webhooks about auth: DEFAULT_UPDATE, AUTOMATICALLY_VERIFIED, VERIFICATION_EXPIRED,
   * PRODUCT_PERMISSIONS_REQUIRED, SMS_MICRODEPOSITS_VERIFICATION.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTH: "AUTH";
  /**
   * Webhooks about item: WEBHOOK_UPDATE_ACKNOWLEDGED, PENDING_EXPIRATION, ERROR, LOGIN_REPAIRED,
   * PENDING_DISCONNECT, USER_PERMISSION_REVOKED, NEW_ACCOUNTS_AVAILABLE, USER_ACCOUNT_REVOKED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ITEM: "ITEM";
  /**
   * Webhooks about income: PRODUCT_READY, INCOME_VERIFICATION, INCOME_VERIFICATION_RISK_SIGNALS,
   * BANK_INCOME_COMPLETE, INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED, BANK_INCOME_REFRESH_UPDATE,
   * BANK_INCOME_REFRESH_COMPLETE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INCOME: "INCOME";
  /**
   * Webhooks about bank transfers: BANK_TRANSFERS_EVENTS_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_TRANSFERS: "BANK_TRANSFERS";
  /**
   * Webhooks about transfer: TRANSFER_EVENTS_UPDATE, RECURRING_NEW_TRANSFER,
   * RECURRING_TRANSFER_SKIPPED, RECURRING_CANCELLED, PLATFORM_ONBOARDING_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSFER: "TRANSFER";
  /**
   * Webhooks about layer: LAYER_AUTHENTICATION_PASSED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LAYER: "LAYER";
  /**
   * Webhooks about protect: PROTECT_USER_EVENT.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROTECT: "PROTECT";
  /**
   * Webhooks about investments transactions: DEFAULT_UPDATE, HISTORICAL_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVESTMENTS_TRANSACTIONS: "INVESTMENTS_TRANSACTIONS";
  /**
   * Webhooks about holdings: DEFAULT_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly HOLDINGS: "HOLDINGS";
  /**
   * Webhooks about partner: END_CUSTOMER_OAUTH_STATUS_UPDATED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PARTNER: "PARTNER";
  /**
   * Webhooks about liabilities: DEFAULT_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LIABILITIES: "LIABILITIES";
  /**
   * Webhooks about payment initiation: PAYMENT_STATUS_UPDATE, CONSENT_STATUS_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_INITIATION: "PAYMENT_INITIATION";
  /**
   * Webhooks about wallet: WALLET_TRANSACTION_STATUS_UPDATE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WALLET: "WALLET";
  /**
   * Webhooks about link delivery: DELIVERY_STATUS, LINK_CALLBACK.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINK_DELIVERY: "LINK_DELIVERY";
  /**
   * Webhooks about statements: STATEMENTS_REFRESH_COMPLETE.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly STATEMENTS: "STATEMENTS";
  /**
   * Webhooks about cash flow updates: INSIGHTS_UPDATED, NSF_OVERDRAFT_DETECTED,
   * NEW_INCOME_STREAM_DETECTED, EXPECTED_DEPOSIT_MISSED, LOW_BALANCE_DETECTED,
   * LARGE_DEPOSIT_DETECTED, NEW_LOAN_PAYMENT_DETECTED, CASH_FLOW_INSIGHTS_UPDATED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CASH_FLOW_UPDATES: "CASH_FLOW_UPDATES";
  /**
   * Webhooks about base report: ERROR.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BASE_REPORT: "BASE_REPORT";
  /**
   * Webhooks about cra income: BANK_INCOME_COMPLETE, ERROR.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CRA_INCOME: "CRA_INCOME";
  /**
   * Webhooks about check report: CHECK_REPORT_READY, CHECK_REPORT_FAILED, UPGRADE_FAILED,
   * USER_CHECK_REPORT_READY, USER_CHECK_REPORT_FAILED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CHECK_REPORT: "CHECK_REPORT";
  /**
   * Webhooks about cra insights: PARTNER_INSIGHTS_COMPLETE, PARTNER_INSIGHTS_ERROR.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CRA_INSIGHTS: "CRA_INSIGHTS";
  /**
   * Webhooks about link: EVENTS, ITEM_ADD_RESULT, SESSION_FINISHED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINK: "LINK";
  /**
   * Webhooks about dashboard configured alert: INSTITUTION_STATUS_ALERT_TRIGGERED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DASHBOARD_CONFIGURED_ALERT: "DASHBOARD_CONFIGURED_ALERT";
  /**
   * Webhooks about assets: PRODUCT_READY, ERROR.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ASSETS: "ASSETS";
} = /* @__PURE__ */ membersOf(PlaidWebhookTypeCategories, PlaidWebhookTypeAliases);
export type PlaidWebhookType = (typeof PlaidWebhookType)[keyof typeof PlaidWebhookType];
/** A PlaidWebhookType as read from the wire: a known value or any other string. */
export type PlaidWebhookTypeOrUnknown = PlaidWebhookType | (string & {});
/** The catalog's metadata of every PlaidWebhookType value. */
export const PlaidWebhookTypeInfo: { readonly [V in PlaidWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/webhook_type",
  {
    SCREENING: {
      description: "Webhooks about screening: STATUS_UPDATED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ENTITY_SCREENING: {
      description: "Webhooks about entity screening: STATUS_UPDATED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BEACON: {
      description: "Webhooks about beacon: USER_STATUS_UPDATED, REPORT_CREATED, REPORT_UPDATED, REPORT_SYNDICATION_CREATED, DUPLICATE_DETECTED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_VERIFICATION: {
      description: "Webhooks about identity verification: STEP_UPDATED, RETRIED, STATUS_UPDATED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS: {
      description: "Webhooks about transactions: TRANSACTIONS_REMOVED, DEFAULT_UPDATE, SYNC_UPDATES_AVAILABLE, RECURRING_TRANSACTIONS_UPDATE, HISTORICAL_UPDATE, INITIAL_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY: {
      description: "Webhooks about identity: DEFAULT_UPDATE, PRODUCT_PERMISSIONS_REQUIRED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSOR_TOKEN: {
      description: "Webhooks about processor token: WEBHOOK_UPDATE_ACKNOWLEDGED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ISSUES: {
      description: "Webhooks about issues: ISSUE_RESOLVED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTH: {
      description: "Webhooks about auth: DEFAULT_UPDATE, AUTOMATICALLY_VERIFIED, VERIFICATION_EXPIRED, PRODUCT_PERMISSIONS_REQUIRED, SMS_MICRODEPOSITS_VERIFICATION.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM: {
      description: "Webhooks about item: WEBHOOK_UPDATE_ACKNOWLEDGED, PENDING_EXPIRATION, ERROR, LOGIN_REPAIRED, PENDING_DISCONNECT, USER_PERMISSION_REVOKED, NEW_ACCOUNTS_AVAILABLE, USER_ACCOUNT_REVOKED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME: {
      description: "Webhooks about income: PRODUCT_READY, INCOME_VERIFICATION, INCOME_VERIFICATION_RISK_SIGNALS, BANK_INCOME_COMPLETE, INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED, BANK_INCOME_REFRESH_UPDATE, BANK_INCOME_REFRESH_COMPLETE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_TRANSFERS: {
      description: "Webhooks about bank transfers: BANK_TRANSFERS_EVENTS_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER: {
      description: "Webhooks about transfer: TRANSFER_EVENTS_UPDATE, RECURRING_NEW_TRANSFER, RECURRING_TRANSFER_SKIPPED, RECURRING_CANCELLED, PLATFORM_ONBOARDING_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LAYER: {
      description: "Webhooks about layer: LAYER_AUTHENTICATION_PASSED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROTECT: {
      description: "Webhooks about protect: PROTECT_USER_EVENT.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENTS_TRANSACTIONS: {
      description: "Webhooks about investments transactions: DEFAULT_UPDATE, HISTORICAL_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    HOLDINGS: {
      description: "Webhooks about holdings: DEFAULT_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTNER: {
      description: "Webhooks about partner: END_CUSTOMER_OAUTH_STATUS_UPDATED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIABILITIES: {
      description: "Webhooks about liabilities: DEFAULT_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_INITIATION: {
      description: "Webhooks about payment initiation: PAYMENT_STATUS_UPDATE, CONSENT_STATUS_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WALLET: {
      description: "Webhooks about wallet: WALLET_TRANSACTION_STATUS_UPDATE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINK_DELIVERY: {
      description: "Webhooks about link delivery: DELIVERY_STATUS, LINK_CALLBACK.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATEMENTS: {
      description: "Webhooks about statements: STATEMENTS_REFRESH_COMPLETE.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CASH_FLOW_UPDATES: {
      description: "Webhooks about cash flow updates: INSIGHTS_UPDATED, NSF_OVERDRAFT_DETECTED, NEW_INCOME_STREAM_DETECTED, EXPECTED_DEPOSIT_MISSED, LOW_BALANCE_DETECTED, LARGE_DEPOSIT_DETECTED, NEW_LOAN_PAYMENT_DETECTED, CASH_FLOW_INSIGHTS_UPDATED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BASE_REPORT: {
      description: "Webhooks about base report: ERROR.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CRA_INCOME: {
      description: "Webhooks about cra income: BANK_INCOME_COMPLETE, ERROR.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHECK_REPORT: {
      description: "Webhooks about check report: CHECK_REPORT_READY, CHECK_REPORT_FAILED, UPGRADE_FAILED, USER_CHECK_REPORT_READY, USER_CHECK_REPORT_FAILED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CRA_INSIGHTS: {
      description: "Webhooks about cra insights: PARTNER_INSIGHTS_COMPLETE, PARTNER_INSIGHTS_ERROR.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINK: {
      description: "Webhooks about link: EVENTS, ITEM_ADD_RESULT, SESSION_FINISHED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DASHBOARD_CONFIGURED_ALERT: {
      description: "Webhooks about dashboard configured alert: INSTITUTION_STATUS_ALERT_TRIGGERED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASSETS: {
      description: "Webhooks about assets: PRODUCT_READY, ERROR.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidWebhookType. */
export const isPlaidWebhookType = (value: unknown): value is PlaidWebhookType => isCodeOf(PlaidWebhookTypeCategories, PlaidWebhookTypeAliases, value);

/** Other wire spellings of PlaidScreeningWebhookCode values (alias -> value). */
export const PlaidScreeningWebhookCodeAliases: { readonly [alias: string]: PlaidScreeningWebhookCode } = {
};
/** The category of every PlaidScreeningWebhookCode value and alias: all a listener needs to read one. */
export const PlaidScreeningWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  STATUS_UPDATED: "informational",
};
/**
 * SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is SCREENING. Wire
 * field: webhook.webhook_code.
 */
export const PlaidScreeningWebhookCode: {
  /**
   * Fired when an individual screening status has changed, which can occur manually via the
   * dashboard or during ongoing monitoring.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly STATUS_UPDATED: "STATUS_UPDATED";
} = /* @__PURE__ */ membersOf(PlaidScreeningWebhookCodeCategories, PlaidScreeningWebhookCodeAliases);
export type PlaidScreeningWebhookCode = (typeof PlaidScreeningWebhookCode)[keyof typeof PlaidScreeningWebhookCode];
/** A PlaidScreeningWebhookCode as read from the wire: a known value or any other string. */
export type PlaidScreeningWebhookCodeOrUnknown = PlaidScreeningWebhookCode | (string & {});
/** The catalog's metadata of every PlaidScreeningWebhookCode value. */
export const PlaidScreeningWebhookCodeInfo: { readonly [V in PlaidScreeningWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/screening_webhook_code",
  {
    STATUS_UPDATED: {
      description: "Fired when an individual screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidScreeningWebhookCode. */
export const isPlaidScreeningWebhookCode = (value: unknown): value is PlaidScreeningWebhookCode => isCodeOf(PlaidScreeningWebhookCodeCategories, PlaidScreeningWebhookCodeAliases, value);

/** Other wire spellings of PlaidEntityScreeningWebhookCode values (alias -> value). */
export const PlaidEntityScreeningWebhookCodeAliases: { readonly [alias: string]: PlaidEntityScreeningWebhookCode } = {
};
/** The category of every PlaidEntityScreeningWebhookCode value and alias: all a listener needs to read one. */
export const PlaidEntityScreeningWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  STATUS_UPDATED: "informational",
};
/**
 * ENTITY_SCREENING webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * ENTITY_SCREENING. Wire field: webhook.webhook_code.
 */
export const PlaidEntityScreeningWebhookCode: {
  /**
   * Fired when an entity screening status has changed, which can occur manually via the dashboard
   * or during ongoing monitoring.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly STATUS_UPDATED: "STATUS_UPDATED";
} = /* @__PURE__ */ membersOf(PlaidEntityScreeningWebhookCodeCategories, PlaidEntityScreeningWebhookCodeAliases);
export type PlaidEntityScreeningWebhookCode = (typeof PlaidEntityScreeningWebhookCode)[keyof typeof PlaidEntityScreeningWebhookCode];
/** A PlaidEntityScreeningWebhookCode as read from the wire: a known value or any other string. */
export type PlaidEntityScreeningWebhookCodeOrUnknown = PlaidEntityScreeningWebhookCode | (string & {});
/** The catalog's metadata of every PlaidEntityScreeningWebhookCode value. */
export const PlaidEntityScreeningWebhookCodeInfo: { readonly [V in PlaidEntityScreeningWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/entity_screening_webhook_code",
  {
    STATUS_UPDATED: {
      description: "Fired when an entity screening status has changed, which can occur manually via the dashboard or during ongoing monitoring.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidEntityScreeningWebhookCode. */
export const isPlaidEntityScreeningWebhookCode = (value: unknown): value is PlaidEntityScreeningWebhookCode => isCodeOf(PlaidEntityScreeningWebhookCodeCategories, PlaidEntityScreeningWebhookCodeAliases, value);

/** Other wire spellings of PlaidBeaconWebhookCode values (alias -> value). */
export const PlaidBeaconWebhookCodeAliases: { readonly [alias: string]: PlaidBeaconWebhookCode } = {
};
/** The category of every PlaidBeaconWebhookCode value and alias: all a listener needs to read one. */
export const PlaidBeaconWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  USER_STATUS_UPDATED: "informational",
  REPORT_CREATED: "informational",
  REPORT_UPDATED: "informational",
  REPORT_SYNDICATION_CREATED: "informational",
  DUPLICATE_DETECTED: "informational",
};
/**
 * BEACON webhook code: The webhook_code of a Plaid webhook whose webhook_type is BEACON. Wire
 * field: webhook.webhook_code.
 */
export const PlaidBeaconWebhookCode: {
  /**
   * Fired when a Beacon User status has changed, which can occur manually via the dashboard or when
   * information is reported to the Beacon network.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly USER_STATUS_UPDATED: "USER_STATUS_UPDATED";
  /**
   * Fired when one of your Beacon Users is first reported to the Beacon network.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REPORT_CREATED: "REPORT_CREATED";
  /**
   * Fired when one of your existing Beacon Reports has been modified or removed from the Beacon
   * Network.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REPORT_UPDATED: "REPORT_UPDATED";
  /**
   * Fired when a report created on the Beacon Network matches with one of your Beacon Users.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly REPORT_SYNDICATION_CREATED: "REPORT_SYNDICATION_CREATED";
  /**
   * Fired when a Beacon User created within your organization matches one of your existing users.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DUPLICATE_DETECTED: "DUPLICATE_DETECTED";
} = /* @__PURE__ */ membersOf(PlaidBeaconWebhookCodeCategories, PlaidBeaconWebhookCodeAliases);
export type PlaidBeaconWebhookCode = (typeof PlaidBeaconWebhookCode)[keyof typeof PlaidBeaconWebhookCode];
/** A PlaidBeaconWebhookCode as read from the wire: a known value or any other string. */
export type PlaidBeaconWebhookCodeOrUnknown = PlaidBeaconWebhookCode | (string & {});
/** The catalog's metadata of every PlaidBeaconWebhookCode value. */
export const PlaidBeaconWebhookCodeInfo: { readonly [V in PlaidBeaconWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/beacon_webhook_code",
  {
    USER_STATUS_UPDATED: {
      description: "Fired when a Beacon User status has changed, which can occur manually via the dashboard or when information is reported to the Beacon network.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REPORT_CREATED: {
      description: "Fired when one of your Beacon Users is first reported to the Beacon network.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REPORT_UPDATED: {
      description: "Fired when one of your existing Beacon Reports has been modified or removed from the Beacon Network.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REPORT_SYNDICATION_CREATED: {
      description: "Fired when a report created on the Beacon Network matches with one of your Beacon Users.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DUPLICATE_DETECTED: {
      description: "Fired when a Beacon User created within your organization matches one of your existing users.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidBeaconWebhookCode. */
export const isPlaidBeaconWebhookCode = (value: unknown): value is PlaidBeaconWebhookCode => isCodeOf(PlaidBeaconWebhookCodeCategories, PlaidBeaconWebhookCodeAliases, value);

/** Other wire spellings of PlaidIdentityVerificationWebhookCode values (alias -> value). */
export const PlaidIdentityVerificationWebhookCodeAliases: { readonly [alias: string]: PlaidIdentityVerificationWebhookCode } = {
};
/** The category of every PlaidIdentityVerificationWebhookCode value and alias: all a listener needs to read one. */
export const PlaidIdentityVerificationWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  STEP_UPDATED: "informational",
  RETRIED: "informational",
  STATUS_UPDATED: "informational",
};
/**
 * IDENTITY_VERIFICATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * IDENTITY_VERIFICATION. Wire field: webhook.webhook_code.
 */
export const PlaidIdentityVerificationWebhookCode: {
  /**
   * Fired when an end user has completed a step of the Identity Verification process.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly STEP_UPDATED: "STEP_UPDATED";
  /**
   * Fired when an identity verification has been retried, which can be triggered via the dashboard
   * or the API.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly RETRIED: "RETRIED";
  /**
   * Fired when the status of an identity verification has been updated, which can be triggered via
   * the dashboard or the API.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly STATUS_UPDATED: "STATUS_UPDATED";
} = /* @__PURE__ */ membersOf(PlaidIdentityVerificationWebhookCodeCategories, PlaidIdentityVerificationWebhookCodeAliases);
export type PlaidIdentityVerificationWebhookCode = (typeof PlaidIdentityVerificationWebhookCode)[keyof typeof PlaidIdentityVerificationWebhookCode];
/** A PlaidIdentityVerificationWebhookCode as read from the wire: a known value or any other string. */
export type PlaidIdentityVerificationWebhookCodeOrUnknown = PlaidIdentityVerificationWebhookCode | (string & {});
/** The catalog's metadata of every PlaidIdentityVerificationWebhookCode value. */
export const PlaidIdentityVerificationWebhookCodeInfo: { readonly [V in PlaidIdentityVerificationWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/identity_verification_webhook_code",
  {
    STEP_UPDATED: {
      description: "Fired when an end user has completed a step of the Identity Verification process.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RETRIED: {
      description: "Fired when an identity verification has been retried, which can be triggered via the dashboard or the API.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_UPDATED: {
      description: "Fired when the status of an identity verification has been updated, which can be triggered via the dashboard or the API.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidIdentityVerificationWebhookCode. */
export const isPlaidIdentityVerificationWebhookCode = (value: unknown): value is PlaidIdentityVerificationWebhookCode => isCodeOf(PlaidIdentityVerificationWebhookCodeCategories, PlaidIdentityVerificationWebhookCodeAliases, value);

/** Other wire spellings of PlaidTransactionsWebhookCode values (alias -> value). */
export const PlaidTransactionsWebhookCodeAliases: { readonly [alias: string]: PlaidTransactionsWebhookCode } = {
};
/** The category of every PlaidTransactionsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidTransactionsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  TRANSACTIONS_REMOVED: "informational",
  DEFAULT_UPDATE: "informational",
  SYNC_UPDATES_AVAILABLE: "informational",
  RECURRING_TRANSACTIONS_UPDATE: "informational",
  HISTORICAL_UPDATE: "informational",
  INITIAL_UPDATE: "informational",
};
/**
 * TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * TRANSACTIONS. Wire field: webhook.webhook_code.
 */
export const PlaidTransactionsWebhookCode: {
  /**
   * Fired when transaction(s) for an Item are deleted. The deleted transaction IDs are included in
   * the webhook payload. Plaid will typically check for deleted transaction data several times a
   * day.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly TRANSACTIONS_REMOVED: "TRANSACTIONS_REMOVED";
  /**
   * Fired when new transaction data is available for an Item. Plaid will typically check for new
   * transaction data several times a day.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
  /**
   * Fired when an Item's transactions change. This can be due to any event resulting in new
   * changes, such as an initial 30-day transactions fetch upon the initialization of an Item with
   * transactions, the backfill of historical transactions that occurs shortly after, or when
   * changes are populated from a regularly-scheduled transactions update job. It is recommended to
   * listen for the `SYNC_UPDATES_AVAILABLE` webhook when using the `/transactions/sync` endpoint.
   * Note that when using `/transactions/sync` the older webhooks `INITIAL_UPDATE`,
   * `HISTORICAL_UPDATE`, `DEFAULT_UPDATE`, and `TRANSACTIONS_REMOVED`, which are intended for use
   * with `/transactions/get`, will also continue to be sent in order to maintain backwards
   * compatibility. It is not necessary to listen for and respond to those webhooks when using
   * `/transactions/sync`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SYNC_UPDATES_AVAILABLE: "SYNC_UPDATES_AVAILABLE";
  /**
   * Fired when recurring transactions data is updated. This includes when a new recurring stream is
   * detected or when a new transaction is added to an existing recurring stream. The
   * `RECURRING_TRANSACTIONS_UPDATE` webhook will also fire when one or more attributes of the
   * recurring stream changes, which is usually a result of the addition, update, or removal of
   * transactions to the stream.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly RECURRING_TRANSACTIONS_UPDATE: "RECURRING_TRANSACTIONS_UPDATE";
  /**
   * Fired when an Item's historical transaction pull is completed and Plaid has prepared as much
   * historical transaction data as possible for the Item. Once this webhook has been fired,
   * transaction data beyond the most recent 30 days can be fetched for the Item. This webhook will
   * also be fired if account selections for the Item are updated, with `new_transactions` set to
   * the number of net new transactions pulled after the account selection update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly HISTORICAL_UPDATE: "HISTORICAL_UPDATE";
  /**
   * Fired when an Item's initial transaction pull is completed. Once this webhook has been fired,
   * transaction data for the most recent 30 days can be fetched for the Item. This webhook will
   * also be fired if account selections for the Item are updated, with `new_transactions` set to
   * the number of net new transactions pulled after the account selection update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INITIAL_UPDATE: "INITIAL_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidTransactionsWebhookCodeCategories, PlaidTransactionsWebhookCodeAliases);
export type PlaidTransactionsWebhookCode = (typeof PlaidTransactionsWebhookCode)[keyof typeof PlaidTransactionsWebhookCode];
/** A PlaidTransactionsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidTransactionsWebhookCodeOrUnknown = PlaidTransactionsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidTransactionsWebhookCode value. */
export const PlaidTransactionsWebhookCodeInfo: { readonly [V in PlaidTransactionsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/transactions_webhook_code",
  {
    TRANSACTIONS_REMOVED: {
      description: "Fired when transaction(s) for an Item are deleted. The deleted transaction IDs are included in the webhook payload. Plaid will typically check for deleted transaction data several times a day.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DEFAULT_UPDATE: {
      description: "Fired when new transaction data is available for an Item. Plaid will typically check for new transaction data several times a day.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SYNC_UPDATES_AVAILABLE: {
      description: "Fired when an Item's transactions change. This can be due to any event resulting in new changes, such as an initial 30-day transactions fetch upon the initialization of an Item with transactions, the backfill of historical transactions that occurs shortly after, or when changes are populated from a regularly-scheduled transactions update job. It is recommended to listen for the `SYNC_UPDATES_AVAILABLE` webhook when using the `/transactions/sync` endpoint. Note that when using `/transactions/sync` the older webhooks `INITIAL_UPDATE`, `HISTORICAL_UPDATE`, `DEFAULT_UPDATE`, and `TRANSACTIONS_REMOVED`, which are intended for use with `/transactions/get`, will also continue to be sent in order to maintain backwards compatibility. It is not necessary to listen for and respond to those webhooks when using `/transactions/sync`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECURRING_TRANSACTIONS_UPDATE: {
      description: "Fired when recurring transactions data is updated. This includes when a new recurring stream is detected or when a new transaction is added to an existing recurring stream. The `RECURRING_TRANSACTIONS_UPDATE` webhook will also fire when one or more attributes of the recurring stream changes, which is usually a result of the addition, update, or removal of transactions to the stream.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    HISTORICAL_UPDATE: {
      description: "Fired when an Item's historical transaction pull is completed and Plaid has prepared as much historical transaction data as possible for the Item. Once this webhook has been fired, transaction data beyond the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIAL_UPDATE: {
      description: "Fired when an Item's initial transaction pull is completed. Once this webhook has been fired, transaction data for the most recent 30 days can be fetched for the Item. This webhook will also be fired if account selections for the Item are updated, with `new_transactions` set to the number of net new transactions pulled after the account selection update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidTransactionsWebhookCode. */
export const isPlaidTransactionsWebhookCode = (value: unknown): value is PlaidTransactionsWebhookCode => isCodeOf(PlaidTransactionsWebhookCodeCategories, PlaidTransactionsWebhookCodeAliases, value);

/** Other wire spellings of PlaidIdentityWebhookCode values (alias -> value). */
export const PlaidIdentityWebhookCodeAliases: { readonly [alias: string]: PlaidIdentityWebhookCode } = {
};
/** The category of every PlaidIdentityWebhookCode value and alias: all a listener needs to read one. */
export const PlaidIdentityWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DEFAULT_UPDATE: "informational",
  PRODUCT_PERMISSIONS_REQUIRED: "user_action_required",
};
/**
 * IDENTITY webhook code: The webhook_code of a Plaid webhook whose webhook_type is IDENTITY. Wire
 * field: webhook.webhook_code.
 */
export const PlaidIdentityWebhookCode: {
  /**
   * Fired when a change to identity data has been detected on an Item. Items are checked for
   * identity updates every 30-90 days. We recommend that upon receiving this webhook you make
   * another call to `/identity/get` to fetch the user's latest identity data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
  /**
   * Fired when an `ACCESS_NOT_GRANTED` error is hit for Identity. The error can be resolved by
   * putting the user through update mode with `identity` in the `products` array, as well as
   * through the limited beta for update mode Identity product validations.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PRODUCT_PERMISSIONS_REQUIRED: "PRODUCT_PERMISSIONS_REQUIRED";
} = /* @__PURE__ */ membersOf(PlaidIdentityWebhookCodeCategories, PlaidIdentityWebhookCodeAliases);
export type PlaidIdentityWebhookCode = (typeof PlaidIdentityWebhookCode)[keyof typeof PlaidIdentityWebhookCode];
/** A PlaidIdentityWebhookCode as read from the wire: a known value or any other string. */
export type PlaidIdentityWebhookCodeOrUnknown = PlaidIdentityWebhookCode | (string & {});
/** The catalog's metadata of every PlaidIdentityWebhookCode value. */
export const PlaidIdentityWebhookCodeInfo: { readonly [V in PlaidIdentityWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/identity_webhook_code",
  {
    DEFAULT_UPDATE: {
      description: "Fired when a change to identity data has been detected on an Item. Items are checked for identity updates every 30-90 days. We recommend that upon receiving this webhook you make another call to `/identity/get` to fetch the user's latest identity data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_PERMISSIONS_REQUIRED: {
      description: "Fired when an `ACCESS_NOT_GRANTED` error is hit for Identity. The error can be resolved by putting the user through update mode with `identity` in the `products` array, as well as through the limited beta for update mode Identity product validations.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidIdentityWebhookCode. */
export const isPlaidIdentityWebhookCode = (value: unknown): value is PlaidIdentityWebhookCode => isCodeOf(PlaidIdentityWebhookCodeCategories, PlaidIdentityWebhookCodeAliases, value);

/** Other wire spellings of PlaidProcessorTokenWebhookCode values (alias -> value). */
export const PlaidProcessorTokenWebhookCodeAliases: { readonly [alias: string]: PlaidProcessorTokenWebhookCode } = {
};
/** The category of every PlaidProcessorTokenWebhookCode value and alias: all a listener needs to read one. */
export const PlaidProcessorTokenWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  WEBHOOK_UPDATE_ACKNOWLEDGED: "informational",
};
/**
 * PROCESSOR_TOKEN webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * PROCESSOR_TOKEN. Wire field: webhook.webhook_code.
 */
export const PlaidProcessorTokenWebhookCode: {
  /**
   * This webhook is only sent to [Plaid processor
   * partners](https://plaid.com/docs/auth/partnerships/).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly WEBHOOK_UPDATE_ACKNOWLEDGED: "WEBHOOK_UPDATE_ACKNOWLEDGED";
} = /* @__PURE__ */ membersOf(PlaidProcessorTokenWebhookCodeCategories, PlaidProcessorTokenWebhookCodeAliases);
export type PlaidProcessorTokenWebhookCode = (typeof PlaidProcessorTokenWebhookCode)[keyof typeof PlaidProcessorTokenWebhookCode];
/** A PlaidProcessorTokenWebhookCode as read from the wire: a known value or any other string. */
export type PlaidProcessorTokenWebhookCodeOrUnknown = PlaidProcessorTokenWebhookCode | (string & {});
/** The catalog's metadata of every PlaidProcessorTokenWebhookCode value. */
export const PlaidProcessorTokenWebhookCodeInfo: { readonly [V in PlaidProcessorTokenWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/processor_token_webhook_code",
  {
    WEBHOOK_UPDATE_ACKNOWLEDGED: {
      description: "This webhook is only sent to [Plaid processor partners](https://plaid.com/docs/auth/partnerships/).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidProcessorTokenWebhookCode. */
export const isPlaidProcessorTokenWebhookCode = (value: unknown): value is PlaidProcessorTokenWebhookCode => isCodeOf(PlaidProcessorTokenWebhookCodeCategories, PlaidProcessorTokenWebhookCodeAliases, value);

/** Other wire spellings of PlaidIssuesWebhookCode values (alias -> value). */
export const PlaidIssuesWebhookCodeAliases: { readonly [alias: string]: PlaidIssuesWebhookCode } = {
};
/** The category of every PlaidIssuesWebhookCode value and alias: all a listener needs to read one. */
export const PlaidIssuesWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  ISSUE_RESOLVED: "informational",
};
/**
 * ISSUES webhook code: The webhook_code of a Plaid webhook whose webhook_type is ISSUES. Wire
 * field: webhook.webhook_code.
 */
export const PlaidIssuesWebhookCode: {
  /**
   * Webhook notifications are sent only when a subscribed issue is marked as resolved. The payload
   * contains details about the issue at the time of its resolution, focusing on the most essential
   * information.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly ISSUE_RESOLVED: "ISSUE_RESOLVED";
} = /* @__PURE__ */ membersOf(PlaidIssuesWebhookCodeCategories, PlaidIssuesWebhookCodeAliases);
export type PlaidIssuesWebhookCode = (typeof PlaidIssuesWebhookCode)[keyof typeof PlaidIssuesWebhookCode];
/** A PlaidIssuesWebhookCode as read from the wire: a known value or any other string. */
export type PlaidIssuesWebhookCodeOrUnknown = PlaidIssuesWebhookCode | (string & {});
/** The catalog's metadata of every PlaidIssuesWebhookCode value. */
export const PlaidIssuesWebhookCodeInfo: { readonly [V in PlaidIssuesWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/issues_webhook_code",
  {
    ISSUE_RESOLVED: {
      description: "Webhook notifications are sent only when a subscribed issue is marked as resolved. The payload contains details about the issue at the time of its resolution, focusing on the most essential information.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidIssuesWebhookCode. */
export const isPlaidIssuesWebhookCode = (value: unknown): value is PlaidIssuesWebhookCode => isCodeOf(PlaidIssuesWebhookCodeCategories, PlaidIssuesWebhookCodeAliases, value);

/** Other wire spellings of PlaidAuthWebhookCode values (alias -> value). */
export const PlaidAuthWebhookCodeAliases: { readonly [alias: string]: PlaidAuthWebhookCode } = {
};
/** The category of every PlaidAuthWebhookCode value and alias: all a listener needs to read one. */
export const PlaidAuthWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DEFAULT_UPDATE: "informational",
  AUTOMATICALLY_VERIFIED: "success",
  VERIFICATION_EXPIRED: "rejected",
  PRODUCT_PERMISSIONS_REQUIRED: "user_action_required",
  SMS_MICRODEPOSITS_VERIFICATION: "informational",
};
/**
 * AUTH webhook code: The webhook_code of a Plaid webhook whose webhook_type is AUTH. Wire field:
 * webhook.webhook_code.
 */
export const PlaidAuthWebhookCode: {
  /**
   * Plaid will trigger a `DEFAULT_UPDATE` webhook for Items that undergo a change in Auth data.
   * This is generally caused by data partners notifying Plaid of a change in their account
   * numbering system or to their routing numbers. To avoid returned transactions, customers that
   * receive a `DEFAULT_UPDATE` webhook with the `account_ids_with_updated_auth` object populated
   * should immediately discontinue all usages of existing Auth data for those accounts and call
   * `/auth/get` or `/processor/auth/get` to obtain updated account and routing numbers.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
  /**
   * Fired when an Item is verified via automated micro-deposits. We recommend communicating to your
   * users when this event is received to notify them that their account is verified and ready for
   * use.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly AUTOMATICALLY_VERIFIED: "AUTOMATICALLY_VERIFIED";
  /**
   * Fired when an Item was not verified via automated micro-deposits after seven days since the
   * automated micro-deposit was made.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly VERIFICATION_EXPIRED: "VERIFICATION_EXPIRED";
  /**
   * Fired when an `ACCESS_NOT_GRANTED` error is hit for Auth. The error can be resolved by putting
   * the user through update mode with `auth` in the `products` array, as well as through the
   * limited beta for update mode Authentication product validations.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PRODUCT_PERMISSIONS_REQUIRED: "PRODUCT_PERMISSIONS_REQUIRED";
  /**
   * Contains the state of an SMS Same-Day Micro-deposits verification session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SMS_MICRODEPOSITS_VERIFICATION: "SMS_MICRODEPOSITS_VERIFICATION";
} = /* @__PURE__ */ membersOf(PlaidAuthWebhookCodeCategories, PlaidAuthWebhookCodeAliases);
export type PlaidAuthWebhookCode = (typeof PlaidAuthWebhookCode)[keyof typeof PlaidAuthWebhookCode];
/** A PlaidAuthWebhookCode as read from the wire: a known value or any other string. */
export type PlaidAuthWebhookCodeOrUnknown = PlaidAuthWebhookCode | (string & {});
/** The catalog's metadata of every PlaidAuthWebhookCode value. */
export const PlaidAuthWebhookCodeInfo: { readonly [V in PlaidAuthWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/auth_webhook_code",
  {
    DEFAULT_UPDATE: {
      description: "Plaid will trigger a `DEFAULT_UPDATE` webhook for Items that undergo a change in Auth data. This is generally caused by data partners notifying Plaid of a change in their account numbering system or to their routing numbers. To avoid returned transactions, customers that receive a `DEFAULT_UPDATE` webhook with the `account_ids_with_updated_auth` object populated should immediately discontinue all usages of existing Auth data for those accounts and call `/auth/get` or `/processor/auth/get` to obtain updated account and routing numbers.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTOMATICALLY_VERIFIED: {
      description: "Fired when an Item is verified via automated micro-deposits. We recommend communicating to your users when this event is received to notify them that their account is verified and ready for use.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VERIFICATION_EXPIRED: {
      description: "Fired when an Item was not verified via automated micro-deposits after seven days since the automated micro-deposit was made.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_PERMISSIONS_REQUIRED: {
      description: "Fired when an `ACCESS_NOT_GRANTED` error is hit for Auth. The error can be resolved by putting the user through update mode with `auth` in the `products` array, as well as through the limited beta for update mode Authentication product validations.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SMS_MICRODEPOSITS_VERIFICATION: {
      description: "Contains the state of an SMS Same-Day Micro-deposits verification session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidAuthWebhookCode. */
export const isPlaidAuthWebhookCode = (value: unknown): value is PlaidAuthWebhookCode => isCodeOf(PlaidAuthWebhookCodeCategories, PlaidAuthWebhookCodeAliases, value);

/** Other wire spellings of PlaidItemWebhookCode values (alias -> value). */
export const PlaidItemWebhookCodeAliases: { readonly [alias: string]: PlaidItemWebhookCode } = {
};
/** The category of every PlaidItemWebhookCode value and alias: all a listener needs to read one. */
export const PlaidItemWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  WEBHOOK_UPDATE_ACKNOWLEDGED: "informational",
  PENDING_EXPIRATION: "reconnect_required",
  ERROR: "generic_failure",
  LOGIN_REPAIRED: "success",
  PENDING_DISCONNECT: "reconnect_required",
  USER_PERMISSION_REVOKED: "reconnect_required",
  NEW_ACCOUNTS_AVAILABLE: "informational",
  USER_ACCOUNT_REVOKED: "reconnect_required",
};
/**
 * ITEM webhook code: The webhook_code of a Plaid webhook whose webhook_type is ITEM. Wire field:
 * webhook.webhook_code.
 */
export const PlaidItemWebhookCode: {
  /**
   * Fired when an Item's webhook is updated. This will be sent to the newly specified webhook.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly WEBHOOK_UPDATE_ACKNOWLEDGED: "WEBHOOK_UPDATE_ACKNOWLEDGED";
  /**
   * Fired when an Item's access consent is expiring in 7 days. This can be resolved by having the
   * user go through Link's update mode. This webhook is fired only for Items associated with
   * institutions in Europe (including the UK); for Items associated with institutions in the US or
   * Canada, see [`PENDING_DISCONNECT`](https://plaid.com/docs/api/items/#pending_disconnect)
   * instead.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PENDING_EXPIRATION: "PENDING_EXPIRATION";
  /**
   * Fired when an error is encountered with an Item. The error can be resolved by having the user
   * go through Link's update mode.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly ERROR: "ERROR";
  /**
   * Fired when an Item has exited the `ITEM_LOGIN_REQUIRED` state without the user having gone
   * through the update mode flow in your app (this can happen if the user completed the update mode
   * in a different app). If you have messaging that tells the user to complete the update mode
   * flow, you should silence this messaging upon receiving the `LOGIN_REPAIRED` webhook.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LOGIN_REPAIRED: "LOGIN_REPAIRED";
  /**
   * Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days
   * before the existing Item is scheduled for disconnection. This can be resolved by having the
   * user go through Link's [update mode](https://plaid.com/docs/link/update-mode). Currently, this
   * webhook is fired only for US or Canadian institutions; in the UK or EU, you should continue to
   * listen for the [`PENDING_EXPIRATION`](https://plaid.com/docs/api/items/#pending_expiration)
   * webhook instead.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PENDING_DISCONNECT: "PENDING_DISCONNECT";
  /**
   * The `USER_PERMISSION_REVOKED` webhook may be fired when an end user has revoked the permission
   * that they previously granted to access an Item. If the end user revoked their permissions
   * through Plaid (such as via the Plaid Portal or by contacting Plaid support), the webhook will
   * fire. If the end user revoked their permissions directly through the institution, this webhook
   * may not always fire, since some institutions' consent portals do not trigger this webhook. To
   * attempt to restore the Item, it can be sent through [update
   * mode](https://plaid.com/docs/link/update-mode). Depending on the exact process the end user
   * used to revoke permissions, it may not be possible to launch update mode for the Item. If you
   * encounter an error when attempting to create a Link token for update mode on an Item with
   * revoked permissions, create a fresh Link token for the user.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly USER_PERMISSION_REVOKED: "USER_PERMISSION_REVOKED";
  /**
   * Fired when Plaid detects a new account. Upon receiving this webhook, you can prompt your users
   * to share new accounts with you through [update mode](https://plaid.com/docs/link/update-
   * mode/#using-update-mode-to-request-new-accounts) (US/CA only). If the end user has opted not to
   * share new accounts with Plaid via their institution's OAuth settings, Plaid will not detect new
   * accounts and this webhook will not fire. For end user accounts in the EU and UK, upon receiving
   * this webhook, you can prompt your user to re-link their account and then delete the old Item
   * via `/item/remove`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly NEW_ACCOUNTS_AVAILABLE: "NEW_ACCOUNTS_AVAILABLE";
  /**
   * The `USER_ACCOUNT_REVOKED` webhook is fired when an end user has revoked access to their
   * account on the Data Provider's portal. This webhook is currently sent only for PNC Items, but
   * may be sent in the future for other financial institutions that allow account-level permissions
   * revocation through their portals. Upon receiving this webhook, it is recommended to delete any
   * Plaid-derived data you have stored that is associated with the revoked account.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly USER_ACCOUNT_REVOKED: "USER_ACCOUNT_REVOKED";
} = /* @__PURE__ */ membersOf(PlaidItemWebhookCodeCategories, PlaidItemWebhookCodeAliases);
export type PlaidItemWebhookCode = (typeof PlaidItemWebhookCode)[keyof typeof PlaidItemWebhookCode];
/** A PlaidItemWebhookCode as read from the wire: a known value or any other string. */
export type PlaidItemWebhookCodeOrUnknown = PlaidItemWebhookCode | (string & {});
/** The catalog's metadata of every PlaidItemWebhookCode value. */
export const PlaidItemWebhookCodeInfo: { readonly [V in PlaidItemWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/item_webhook_code",
  {
    WEBHOOK_UPDATE_ACKNOWLEDGED: {
      description: "Fired when an Item's webhook is updated. This will be sent to the newly specified webhook.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_EXPIRATION: {
      description: "Fired when an Item's access consent is expiring in 7 days. This can be resolved by having the user go through Link's update mode. This webhook is fired only for Items associated with institutions in Europe (including the UK); for Items associated with institutions in the US or Canada, see [`PENDING_DISCONNECT`](https://plaid.com/docs/api/items/#pending_disconnect) instead.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ending_soon",
      stateReason: "Fired when an Item's consent expires in 7 days.",
      factSources: { state: ["plaid-openapi"], next_step: ["plaid-openapi", "plaid-update-mode"] },
    },
    ERROR: {
      description: "Fired when an error is encountered with an Item. The error can be resolved by having the user go through Link's update mode.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_REPAIRED: {
      description: "Fired when an Item has exited the `ITEM_LOGIN_REQUIRED` state without the user having gone through the update mode flow in your app (this can happen if the user completed the update mode in a different app). If you have messaging that tells the user to complete the update mode flow, you should silence this messaging upon receiving the `LOGIN_REPAIRED` webhook.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_DISCONNECT: {
      description: "Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days before the existing Item is scheduled for disconnection. This can be resolved by having the user go through Link's [update mode](https://plaid.com/docs/link/update-mode). Currently, this webhook is fired only for US or Canadian institutions; in the UK or EU, you should continue to listen for the [`PENDING_EXPIRATION`](https://plaid.com/docs/api/items/#pending_expiration) webhook instead.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ending_soon",
      stateReason: "Fired 7 days before the Item is scheduled for disconnection.",
      factSources: { state: ["plaid-openapi"] },
    },
    USER_PERMISSION_REVOKED: {
      description: "The `USER_PERMISSION_REVOKED` webhook may be fired when an end user has revoked the permission that they previously granted to access an Item. If the end user revoked their permissions through Plaid (such as via the Plaid Portal or by contacting Plaid support), the webhook will fire. If the end user revoked their permissions directly through the institution, this webhook may not always fire, since some institutions' consent portals do not trigger this webhook. To attempt to restore the Item, it can be sent through [update mode](https://plaid.com/docs/link/update-mode). Depending on the exact process the end user used to revoke permissions, it may not be possible to launch update mode for the Item. If you encounter an error when attempting to create a Link token for update mode on an Item with revoked permissions, create a fresh Link token for the user.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The end user revoked the permission the Item held.",
    },
    NEW_ACCOUNTS_AVAILABLE: {
      description: "Fired when Plaid detects a new account. Upon receiving this webhook, you can prompt your users to share new accounts with you through [update mode](https://plaid.com/docs/link/update-mode/#using-update-mode-to-request-new-accounts) (US/CA only). If the end user has opted not to share new accounts with Plaid via their institution's OAuth settings, Plaid will not detect new accounts and this webhook will not fire. For end user accounts in the EU and UK, upon receiving this webhook, you can prompt your user to re-link their account and then delete the old Item via `/item/remove`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_ACCOUNT_REVOKED: {
      description: "The `USER_ACCOUNT_REVOKED` webhook is fired when an end user has revoked access to their account on the Data Provider's portal. This webhook is currently sent only for PNC Items, but may be sent in the future for other financial institutions that allow account-level permissions revocation through their portals. Upon receiving this webhook, it is recommended to delete any Plaid-derived data you have stored that is associated with the revoked account.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The end user revoked access to an account of the Item.",
    },
  },
);
/** Whether a value is a known PlaidItemWebhookCode. */
export const isPlaidItemWebhookCode = (value: unknown): value is PlaidItemWebhookCode => isCodeOf(PlaidItemWebhookCodeCategories, PlaidItemWebhookCodeAliases, value);

/** Other wire spellings of PlaidIncomeWebhookCode values (alias -> value). */
export const PlaidIncomeWebhookCodeAliases: { readonly [alias: string]: PlaidIncomeWebhookCode } = {
};
/** The category of every PlaidIncomeWebhookCode value and alias: all a listener needs to read one. */
export const PlaidIncomeWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  PRODUCT_READY: "success",
  INCOME_VERIFICATION: "informational",
  INCOME_VERIFICATION_RISK_SIGNALS: "informational",
  BANK_INCOME_COMPLETE: "success",
  INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED: "reconnect_required",
  BANK_INCOME_REFRESH_UPDATE: "informational",
  BANK_INCOME_REFRESH_COMPLETE: "success",
};
/**
 * INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is INCOME. Wire
 * field: webhook.webhook_code.
 */
export const PlaidIncomeWebhookCode: {
  /**
   * Fired once Plaid calculates income from an Item.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PRODUCT_READY: "PRODUCT_READY";
  /**
   * Fired when the status of an income verification instance has changed. This webhook is fired for
   * both the Document and Payroll Income flows, but not the Bank Income flow. It will typically
   * take several minutes for this webhook to fire after the end user has uploaded their documents
   * in the Document Income flow.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INCOME_VERIFICATION: "INCOME_VERIFICATION";
  /**
   * Fired when risk signals have been processed for documents uploaded via Document Income. It will
   * typically take a minute or two for this webhook to fire after the end user has uploaded their
   * documents in the Document Income flow. Once this webhook has fired,
   * `/credit/payroll_income/risk_signals/get` may then be called to determine whether the documents
   * were successfully processed and to retrieve risk data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INCOME_VERIFICATION_RISK_SIGNALS: "INCOME_VERIFICATION_RISK_SIGNALS";
  /**
   * Fired when a bank income report has finished generating or failed to generate, triggered by
   * calling `/credit/bank_income/get` in CRA enabled client.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_INCOME_COMPLETE: "BANK_INCOME_COMPLETE";
  /**
   * Fired when the attempt to refresh Payroll Income data for a user via
   * `/credit/payroll_income/refresh` failed because the user must re-connect their payroll account.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED: "INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED";
  /**
   * Fired when a change to the user's income is detected. The `/credit/bank_income/refresh`
   * endpoint that previously served this refresh is deprecated; to get updated income data, send
   * the user through Link's update mode so they can confirm their income sources, or migrate to CRA
   * Income Insights and call `/cra/check_report/create` for a backend refresh. To receive this
   * webhook, subscribe in the [Dashboard](https://dashboard.plaid.com/developers/webhooks).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_INCOME_REFRESH_UPDATE: "BANK_INCOME_REFRESH_UPDATE";
  /**
   * Fired when a refreshed bank income report has finished generating or failed to generate. The
   * `/credit/bank_income/refresh` endpoint that previously triggered this webhook is deprecated; to
   * refresh Bank Income data, send the user through Link's update mode, or migrate to CRA Income
   * Insights and call `/cra/check_report/create` for a backend refresh. To get this webhook,
   * subscribe via the [Dashboard](https://dashboard.plaid.com/developers/webhooks).
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_INCOME_REFRESH_COMPLETE: "BANK_INCOME_REFRESH_COMPLETE";
} = /* @__PURE__ */ membersOf(PlaidIncomeWebhookCodeCategories, PlaidIncomeWebhookCodeAliases);
export type PlaidIncomeWebhookCode = (typeof PlaidIncomeWebhookCode)[keyof typeof PlaidIncomeWebhookCode];
/** A PlaidIncomeWebhookCode as read from the wire: a known value or any other string. */
export type PlaidIncomeWebhookCodeOrUnknown = PlaidIncomeWebhookCode | (string & {});
/** The catalog's metadata of every PlaidIncomeWebhookCode value. */
export const PlaidIncomeWebhookCodeInfo: { readonly [V in PlaidIncomeWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/income_webhook_code",
  {
    PRODUCT_READY: {
      description: "Fired once Plaid calculates income from an Item.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION: {
      description: "Fired when the status of an income verification instance has changed. This webhook is fired for both the Document and Payroll Income flows, but not the Bank Income flow. It will typically take several minutes for this webhook to fire after the end user has uploaded their documents in the Document Income flow.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_RISK_SIGNALS: {
      description: "Fired when risk signals have been processed for documents uploaded via Document Income. It will typically take a minute or two for this webhook to fire after the end user has uploaded their documents in the Document Income flow. Once this webhook has fired, `/credit/payroll_income/risk_signals/get` may then be called to determine whether the documents were successfully processed and to retrieve risk data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_INCOME_COMPLETE: {
      description: "Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get` in CRA enabled client.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_VERIFICATION_REFRESH_RECONNECT_NEEDED: {
      description: "Fired when the attempt to refresh Payroll Income data for a user via `/credit/payroll_income/refresh` failed because the user must re-connect their payroll account.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_INCOME_REFRESH_UPDATE: {
      description: "Fired when a change to the user's income is detected. The `/credit/bank_income/refresh` endpoint that previously served this refresh is deprecated; to get updated income data, send the user through Link's update mode so they can confirm their income sources, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To receive this webhook, subscribe in the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_INCOME_REFRESH_COMPLETE: {
      description: "Fired when a refreshed bank income report has finished generating or failed to generate. The `/credit/bank_income/refresh` endpoint that previously triggered this webhook is deprecated; to refresh Bank Income data, send the user through Link's update mode, or migrate to CRA Income Insights and call `/cra/check_report/create` for a backend refresh. To get this webhook, subscribe via the [Dashboard](https://dashboard.plaid.com/developers/webhooks).",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidIncomeWebhookCode. */
export const isPlaidIncomeWebhookCode = (value: unknown): value is PlaidIncomeWebhookCode => isCodeOf(PlaidIncomeWebhookCodeCategories, PlaidIncomeWebhookCodeAliases, value);

/** Other wire spellings of PlaidBankTransfersWebhookCode values (alias -> value). */
export const PlaidBankTransfersWebhookCodeAliases: { readonly [alias: string]: PlaidBankTransfersWebhookCode } = {
};
/** The category of every PlaidBankTransfersWebhookCode value and alias: all a listener needs to read one. */
export const PlaidBankTransfersWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  BANK_TRANSFERS_EVENTS_UPDATE: "informational",
};
/**
 * BANK_TRANSFERS webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * BANK_TRANSFERS. Wire field: webhook.webhook_code.
 */
export const PlaidBankTransfersWebhookCode: {
  /**
   * Fired when new bank transfer events are available. Receiving this webhook indicates you should
   * fetch the new events from `/bank_transfer/event/sync`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_TRANSFERS_EVENTS_UPDATE: "BANK_TRANSFERS_EVENTS_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidBankTransfersWebhookCodeCategories, PlaidBankTransfersWebhookCodeAliases);
export type PlaidBankTransfersWebhookCode = (typeof PlaidBankTransfersWebhookCode)[keyof typeof PlaidBankTransfersWebhookCode];
/** A PlaidBankTransfersWebhookCode as read from the wire: a known value or any other string. */
export type PlaidBankTransfersWebhookCodeOrUnknown = PlaidBankTransfersWebhookCode | (string & {});
/** The catalog's metadata of every PlaidBankTransfersWebhookCode value. */
export const PlaidBankTransfersWebhookCodeInfo: { readonly [V in PlaidBankTransfersWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/bank_transfers_webhook_code",
  {
    BANK_TRANSFERS_EVENTS_UPDATE: {
      description: "Fired when new bank transfer events are available. Receiving this webhook indicates you should fetch the new events from `/bank_transfer/event/sync`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidBankTransfersWebhookCode. */
export const isPlaidBankTransfersWebhookCode = (value: unknown): value is PlaidBankTransfersWebhookCode => isCodeOf(PlaidBankTransfersWebhookCodeCategories, PlaidBankTransfersWebhookCodeAliases, value);

/** Other wire spellings of PlaidTransferWebhookCode values (alias -> value). */
export const PlaidTransferWebhookCodeAliases: { readonly [alias: string]: PlaidTransferWebhookCode } = {
};
/** The category of every PlaidTransferWebhookCode value and alias: all a listener needs to read one. */
export const PlaidTransferWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  TRANSFER_EVENTS_UPDATE: "informational",
  RECURRING_NEW_TRANSFER: "informational",
  RECURRING_TRANSFER_SKIPPED: "informational",
  RECURRING_CANCELLED: "informational",
  PLATFORM_ONBOARDING_UPDATE: "informational",
};
/**
 * TRANSFER webhook code: The webhook_code of a Plaid webhook whose webhook_type is TRANSFER. Wire
 * field: webhook.webhook_code.
 */
export const PlaidTransferWebhookCode: {
  /**
   * Fired when new transfer events are available. Receiving this webhook indicates you should fetch
   * the new events from `/transfer/event/sync`. If multiple transfer events occur within a single
   * minute, only one webhook will be fired, so a single webhook instance may correspond to multiple
   * transfer events.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly TRANSFER_EVENTS_UPDATE: "TRANSFER_EVENTS_UPDATE";
  /**
   * Fired when a new transfer of a recurring transfer is originated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly RECURRING_NEW_TRANSFER: "RECURRING_NEW_TRANSFER";
  /**
   * Fired when Plaid is unable to originate a new ACH transaction of the recurring transfer on the
   * planned date.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly RECURRING_TRANSFER_SKIPPED: "RECURRING_TRANSFER_SKIPPED";
  /**
   * Fired when a recurring transfer is cancelled by Plaid.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly RECURRING_CANCELLED: "RECURRING_CANCELLED";
  /**
   * Fired when the status of an onboarding originator has been updated. Call
   * `/transfer/originator/get` to check the latest status
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PLATFORM_ONBOARDING_UPDATE: "PLATFORM_ONBOARDING_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidTransferWebhookCodeCategories, PlaidTransferWebhookCodeAliases);
export type PlaidTransferWebhookCode = (typeof PlaidTransferWebhookCode)[keyof typeof PlaidTransferWebhookCode];
/** A PlaidTransferWebhookCode as read from the wire: a known value or any other string. */
export type PlaidTransferWebhookCodeOrUnknown = PlaidTransferWebhookCode | (string & {});
/** The catalog's metadata of every PlaidTransferWebhookCode value. */
export const PlaidTransferWebhookCodeInfo: { readonly [V in PlaidTransferWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/transfer_webhook_code",
  {
    TRANSFER_EVENTS_UPDATE: {
      description: "Fired when new transfer events are available. Receiving this webhook indicates you should fetch the new events from `/transfer/event/sync`. If multiple transfer events occur within a single minute, only one webhook will be fired, so a single webhook instance may correspond to multiple transfer events.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECURRING_NEW_TRANSFER: {
      description: "Fired when a new transfer of a recurring transfer is originated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECURRING_TRANSFER_SKIPPED: {
      description: "Fired when Plaid is unable to originate a new ACH transaction of the recurring transfer on the planned date.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECURRING_CANCELLED: {
      description: "Fired when a recurring transfer is cancelled by Plaid.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PLATFORM_ONBOARDING_UPDATE: {
      description: "Fired when the status of an onboarding originator has been updated. Call `/transfer/originator/get` to check the latest status",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidTransferWebhookCode. */
export const isPlaidTransferWebhookCode = (value: unknown): value is PlaidTransferWebhookCode => isCodeOf(PlaidTransferWebhookCodeCategories, PlaidTransferWebhookCodeAliases, value);

/** Other wire spellings of PlaidLayerWebhookCode values (alias -> value). */
export const PlaidLayerWebhookCodeAliases: { readonly [alias: string]: PlaidLayerWebhookCode } = {
};
/** The category of every PlaidLayerWebhookCode value and alias: all a listener needs to read one. */
export const PlaidLayerWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  LAYER_AUTHENTICATION_PASSED: "success",
};
/**
 * LAYER webhook code: The webhook_code of a Plaid webhook whose webhook_type is LAYER. Wire field:
 * webhook.webhook_code.
 */
export const PlaidLayerWebhookCode: {
  /**
   * Indicates that Plaid's authentication process has completed for a user and that Plaid has
   * verified that the user owns their phone number. If you receive this webhook, you should skip
   * your own OTP phone number verification flow for the user, even if the user does not complete
   * the entire Link flow. If the user doesn't complete the full Link flow (as verified by your
   * being able to successfully call `/user_account/session/get` using the `public_token` from the
   * `onSuccess` callback) it is recommended that you implement [webhook
   * verification](https://plaid.com/docs/api/webhooks/webhook-verification/) or another technique
   * to avoid webhook spoofing attacks.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LAYER_AUTHENTICATION_PASSED: "LAYER_AUTHENTICATION_PASSED";
} = /* @__PURE__ */ membersOf(PlaidLayerWebhookCodeCategories, PlaidLayerWebhookCodeAliases);
export type PlaidLayerWebhookCode = (typeof PlaidLayerWebhookCode)[keyof typeof PlaidLayerWebhookCode];
/** A PlaidLayerWebhookCode as read from the wire: a known value or any other string. */
export type PlaidLayerWebhookCodeOrUnknown = PlaidLayerWebhookCode | (string & {});
/** The catalog's metadata of every PlaidLayerWebhookCode value. */
export const PlaidLayerWebhookCodeInfo: { readonly [V in PlaidLayerWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/layer_webhook_code",
  {
    LAYER_AUTHENTICATION_PASSED: {
      description: "Indicates that Plaid's authentication process has completed for a user and that Plaid has verified that the user owns their phone number. If you receive this webhook, you should skip your own OTP phone number verification flow for the user, even if the user does not complete the entire Link flow. If the user doesn't complete the full Link flow (as verified by your being able to successfully call `/user_account/session/get` using the `public_token` from the `onSuccess` callback) it is recommended that you implement [webhook verification](https://plaid.com/docs/api/webhooks/webhook-verification/) or another technique to avoid webhook spoofing attacks.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLayerWebhookCode. */
export const isPlaidLayerWebhookCode = (value: unknown): value is PlaidLayerWebhookCode => isCodeOf(PlaidLayerWebhookCodeCategories, PlaidLayerWebhookCodeAliases, value);

/** Other wire spellings of PlaidProtectWebhookCode values (alias -> value). */
export const PlaidProtectWebhookCodeAliases: { readonly [alias: string]: PlaidProtectWebhookCode } = {
};
/** The category of every PlaidProtectWebhookCode value and alias: all a listener needs to read one. */
export const PlaidProtectWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  PROTECT_USER_EVENT: "informational",
};
/**
 * PROTECT webhook code: The webhook_code of a Plaid webhook whose webhook_type is PROTECT. Wire
 * field: webhook.webhook_code.
 */
export const PlaidProtectWebhookCode: {
  /**
   * Fired when there has been a new user event. The webhook payload contains limited information
   * about the event. For full event details, call
   * [`/protect/event/get`](https://plaid.com/docs/api/products/protect/#protecteventget).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PROTECT_USER_EVENT: "PROTECT_USER_EVENT";
} = /* @__PURE__ */ membersOf(PlaidProtectWebhookCodeCategories, PlaidProtectWebhookCodeAliases);
export type PlaidProtectWebhookCode = (typeof PlaidProtectWebhookCode)[keyof typeof PlaidProtectWebhookCode];
/** A PlaidProtectWebhookCode as read from the wire: a known value or any other string. */
export type PlaidProtectWebhookCodeOrUnknown = PlaidProtectWebhookCode | (string & {});
/** The catalog's metadata of every PlaidProtectWebhookCode value. */
export const PlaidProtectWebhookCodeInfo: { readonly [V in PlaidProtectWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/protect_webhook_code",
  {
    PROTECT_USER_EVENT: {
      description: "Fired when there has been a new user event. The webhook payload contains limited information about the event. For full event details, call [`/protect/event/get`](https://plaid.com/docs/api/products/protect/#protecteventget).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidProtectWebhookCode. */
export const isPlaidProtectWebhookCode = (value: unknown): value is PlaidProtectWebhookCode => isCodeOf(PlaidProtectWebhookCodeCategories, PlaidProtectWebhookCodeAliases, value);

/** Other wire spellings of PlaidInvestmentsTransactionsWebhookCode values (alias -> value). */
export const PlaidInvestmentsTransactionsWebhookCodeAliases: { readonly [alias: string]: PlaidInvestmentsTransactionsWebhookCode } = {
};
/** The category of every PlaidInvestmentsTransactionsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidInvestmentsTransactionsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DEFAULT_UPDATE: "informational",
  HISTORICAL_UPDATE: "informational",
};
/**
 * INVESTMENTS_TRANSACTIONS webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * INVESTMENTS_TRANSACTIONS. Wire field: webhook.webhook_code.
 */
export const PlaidInvestmentsTransactionsWebhookCode: {
  /**
   * Fired when new transactions have been detected on an investment account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
  /**
   * Fired after an asynchronous extraction on an investments account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly HISTORICAL_UPDATE: "HISTORICAL_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidInvestmentsTransactionsWebhookCodeCategories, PlaidInvestmentsTransactionsWebhookCodeAliases);
export type PlaidInvestmentsTransactionsWebhookCode = (typeof PlaidInvestmentsTransactionsWebhookCode)[keyof typeof PlaidInvestmentsTransactionsWebhookCode];
/** A PlaidInvestmentsTransactionsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidInvestmentsTransactionsWebhookCodeOrUnknown = PlaidInvestmentsTransactionsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidInvestmentsTransactionsWebhookCode value. */
export const PlaidInvestmentsTransactionsWebhookCodeInfo: { readonly [V in PlaidInvestmentsTransactionsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/investments_transactions_webhook_code",
  {
    DEFAULT_UPDATE: {
      description: "Fired when new transactions have been detected on an investment account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    HISTORICAL_UPDATE: {
      description: "Fired after an asynchronous extraction on an investments account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidInvestmentsTransactionsWebhookCode. */
export const isPlaidInvestmentsTransactionsWebhookCode = (value: unknown): value is PlaidInvestmentsTransactionsWebhookCode => isCodeOf(PlaidInvestmentsTransactionsWebhookCodeCategories, PlaidInvestmentsTransactionsWebhookCodeAliases, value);

/** Other wire spellings of PlaidHoldingsWebhookCode values (alias -> value). */
export const PlaidHoldingsWebhookCodeAliases: { readonly [alias: string]: PlaidHoldingsWebhookCode } = {
};
/** The category of every PlaidHoldingsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidHoldingsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DEFAULT_UPDATE: "informational",
};
/**
 * HOLDINGS webhook code: The webhook_code of a Plaid webhook whose webhook_type is HOLDINGS. Wire
 * field: webhook.webhook_code.
 */
export const PlaidHoldingsWebhookCode: {
  /**
   * Fired when new or updated holdings have been detected on an investment account. The webhook
   * typically fires in response to any newly added holdings or price changes to existing holdings,
   * most commonly after market close.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidHoldingsWebhookCodeCategories, PlaidHoldingsWebhookCodeAliases);
export type PlaidHoldingsWebhookCode = (typeof PlaidHoldingsWebhookCode)[keyof typeof PlaidHoldingsWebhookCode];
/** A PlaidHoldingsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidHoldingsWebhookCodeOrUnknown = PlaidHoldingsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidHoldingsWebhookCode value. */
export const PlaidHoldingsWebhookCodeInfo: { readonly [V in PlaidHoldingsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/holdings_webhook_code",
  {
    DEFAULT_UPDATE: {
      description: "Fired when new or updated holdings have been detected on an investment account. The webhook typically fires in response to any newly added holdings or price changes to existing holdings, most commonly after market close.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidHoldingsWebhookCode. */
export const isPlaidHoldingsWebhookCode = (value: unknown): value is PlaidHoldingsWebhookCode => isCodeOf(PlaidHoldingsWebhookCodeCategories, PlaidHoldingsWebhookCodeAliases, value);

/** Other wire spellings of PlaidPartnerWebhookCode values (alias -> value). */
export const PlaidPartnerWebhookCodeAliases: { readonly [alias: string]: PlaidPartnerWebhookCode } = {
};
/** The category of every PlaidPartnerWebhookCode value and alias: all a listener needs to read one. */
export const PlaidPartnerWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  END_CUSTOMER_OAUTH_STATUS_UPDATED: "informational",
};
/**
 * PARTNER webhook code: The webhook_code of a Plaid webhook whose webhook_type is PARTNER. Wire
 * field: webhook.webhook_code.
 */
export const PlaidPartnerWebhookCode: {
  /**
   * The webhook of type `PARTNER` and code `END_CUSTOMER_OAUTH_STATUS_UPDATED` will be fired when a
   * partner's end customer has an update on their OAuth registration status with an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly END_CUSTOMER_OAUTH_STATUS_UPDATED: "END_CUSTOMER_OAUTH_STATUS_UPDATED";
} = /* @__PURE__ */ membersOf(PlaidPartnerWebhookCodeCategories, PlaidPartnerWebhookCodeAliases);
export type PlaidPartnerWebhookCode = (typeof PlaidPartnerWebhookCode)[keyof typeof PlaidPartnerWebhookCode];
/** A PlaidPartnerWebhookCode as read from the wire: a known value or any other string. */
export type PlaidPartnerWebhookCodeOrUnknown = PlaidPartnerWebhookCode | (string & {});
/** The catalog's metadata of every PlaidPartnerWebhookCode value. */
export const PlaidPartnerWebhookCodeInfo: { readonly [V in PlaidPartnerWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/partner_webhook_code",
  {
    END_CUSTOMER_OAUTH_STATUS_UPDATED: {
      description: "The webhook of type `PARTNER` and code `END_CUSTOMER_OAUTH_STATUS_UPDATED` will be fired when a partner's end customer has an update on their OAuth registration status with an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidPartnerWebhookCode. */
export const isPlaidPartnerWebhookCode = (value: unknown): value is PlaidPartnerWebhookCode => isCodeOf(PlaidPartnerWebhookCodeCategories, PlaidPartnerWebhookCodeAliases, value);

/** Other wire spellings of PlaidLiabilitiesWebhookCode values (alias -> value). */
export const PlaidLiabilitiesWebhookCodeAliases: { readonly [alias: string]: PlaidLiabilitiesWebhookCode } = {
};
/** The category of every PlaidLiabilitiesWebhookCode value and alias: all a listener needs to read one. */
export const PlaidLiabilitiesWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DEFAULT_UPDATE: "informational",
};
/**
 * LIABILITIES webhook code: The webhook_code of a Plaid webhook whose webhook_type is LIABILITIES.
 * Wire field: webhook.webhook_code.
 */
export const PlaidLiabilitiesWebhookCode: {
  /**
   * The webhook of type `LIABILITIES` and code `DEFAULT_UPDATE` will be fired when new or updated
   * liabilities have been detected on a liabilities item.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidLiabilitiesWebhookCodeCategories, PlaidLiabilitiesWebhookCodeAliases);
export type PlaidLiabilitiesWebhookCode = (typeof PlaidLiabilitiesWebhookCode)[keyof typeof PlaidLiabilitiesWebhookCode];
/** A PlaidLiabilitiesWebhookCode as read from the wire: a known value or any other string. */
export type PlaidLiabilitiesWebhookCodeOrUnknown = PlaidLiabilitiesWebhookCode | (string & {});
/** The catalog's metadata of every PlaidLiabilitiesWebhookCode value. */
export const PlaidLiabilitiesWebhookCodeInfo: { readonly [V in PlaidLiabilitiesWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/liabilities_webhook_code",
  {
    DEFAULT_UPDATE: {
      description: "The webhook of type `LIABILITIES` and code `DEFAULT_UPDATE` will be fired when new or updated liabilities have been detected on a liabilities item.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLiabilitiesWebhookCode. */
export const isPlaidLiabilitiesWebhookCode = (value: unknown): value is PlaidLiabilitiesWebhookCode => isCodeOf(PlaidLiabilitiesWebhookCodeCategories, PlaidLiabilitiesWebhookCodeAliases, value);

/** Other wire spellings of PlaidPaymentInitiationWebhookCode values (alias -> value). */
export const PlaidPaymentInitiationWebhookCodeAliases: { readonly [alias: string]: PlaidPaymentInitiationWebhookCode } = {
};
/** The category of every PlaidPaymentInitiationWebhookCode value and alias: all a listener needs to read one. */
export const PlaidPaymentInitiationWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  PAYMENT_STATUS_UPDATE: "informational",
  CONSENT_STATUS_UPDATE: "informational",
};
/**
 * PAYMENT_INITIATION webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * PAYMENT_INITIATION. Wire field: webhook.webhook_code.
 */
export const PlaidPaymentInitiationWebhookCode: {
  /**
   * Fired when the status of a payment has changed. For a full explanation of payment statuses and
   * how to handle each, see the [Payment Status guide](https://plaid.com/docs/payment-
   * initiation/payment-status/).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PAYMENT_STATUS_UPDATE: "PAYMENT_STATUS_UPDATE";
  /**
   * Fired when the status of a payment consent has changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CONSENT_STATUS_UPDATE: "CONSENT_STATUS_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidPaymentInitiationWebhookCodeCategories, PlaidPaymentInitiationWebhookCodeAliases);
export type PlaidPaymentInitiationWebhookCode = (typeof PlaidPaymentInitiationWebhookCode)[keyof typeof PlaidPaymentInitiationWebhookCode];
/** A PlaidPaymentInitiationWebhookCode as read from the wire: a known value or any other string. */
export type PlaidPaymentInitiationWebhookCodeOrUnknown = PlaidPaymentInitiationWebhookCode | (string & {});
/** The catalog's metadata of every PlaidPaymentInitiationWebhookCode value. */
export const PlaidPaymentInitiationWebhookCodeInfo: { readonly [V in PlaidPaymentInitiationWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/payment_initiation_webhook_code",
  {
    PAYMENT_STATUS_UPDATE: {
      description: "Fired when the status of a payment has changed. For a full explanation of payment statuses and how to handle each, see the [Payment Status guide](https://plaid.com/docs/payment-initiation/payment-status/).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_STATUS_UPDATE: {
      description: "Fired when the status of a payment consent has changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidPaymentInitiationWebhookCode. */
export const isPlaidPaymentInitiationWebhookCode = (value: unknown): value is PlaidPaymentInitiationWebhookCode => isCodeOf(PlaidPaymentInitiationWebhookCodeCategories, PlaidPaymentInitiationWebhookCodeAliases, value);

/** Other wire spellings of PlaidWalletWebhookCode values (alias -> value). */
export const PlaidWalletWebhookCodeAliases: { readonly [alias: string]: PlaidWalletWebhookCode } = {
};
/** The category of every PlaidWalletWebhookCode value and alias: all a listener needs to read one. */
export const PlaidWalletWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  WALLET_TRANSACTION_STATUS_UPDATE: "informational",
};
/**
 * WALLET webhook code: The webhook_code of a Plaid webhook whose webhook_type is WALLET. Wire
 * field: webhook.webhook_code.
 */
export const PlaidWalletWebhookCode: {
  /**
   * Fired when the status of a wallet transaction has changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly WALLET_TRANSACTION_STATUS_UPDATE: "WALLET_TRANSACTION_STATUS_UPDATE";
} = /* @__PURE__ */ membersOf(PlaidWalletWebhookCodeCategories, PlaidWalletWebhookCodeAliases);
export type PlaidWalletWebhookCode = (typeof PlaidWalletWebhookCode)[keyof typeof PlaidWalletWebhookCode];
/** A PlaidWalletWebhookCode as read from the wire: a known value or any other string. */
export type PlaidWalletWebhookCodeOrUnknown = PlaidWalletWebhookCode | (string & {});
/** The catalog's metadata of every PlaidWalletWebhookCode value. */
export const PlaidWalletWebhookCodeInfo: { readonly [V in PlaidWalletWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/wallet_webhook_code",
  {
    WALLET_TRANSACTION_STATUS_UPDATE: {
      description: "Fired when the status of a wallet transaction has changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidWalletWebhookCode. */
export const isPlaidWalletWebhookCode = (value: unknown): value is PlaidWalletWebhookCode => isCodeOf(PlaidWalletWebhookCodeCategories, PlaidWalletWebhookCodeAliases, value);

/** Other wire spellings of PlaidLinkDeliveryWebhookCode values (alias -> value). */
export const PlaidLinkDeliveryWebhookCodeAliases: { readonly [alias: string]: PlaidLinkDeliveryWebhookCode } = {
};
/** The category of every PlaidLinkDeliveryWebhookCode value and alias: all a listener needs to read one. */
export const PlaidLinkDeliveryWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  DELIVERY_STATUS: "informational",
  LINK_CALLBACK: "informational",
};
/**
 * LINK_DELIVERY webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * LINK_DELIVERY. Wire field: webhook.webhook_code.
 */
export const PlaidLinkDeliveryWebhookCode: {
  /**
   * Webhook indicating that the status of the delivery of the Hosted Link session to a user
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly DELIVERY_STATUS: "DELIVERY_STATUS";
  /**
   * Webhook containing metadata proxied over from Link callback e.g. `onEvent`, `onExit`,
   * `onSuccess`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LINK_CALLBACK: "LINK_CALLBACK";
} = /* @__PURE__ */ membersOf(PlaidLinkDeliveryWebhookCodeCategories, PlaidLinkDeliveryWebhookCodeAliases);
export type PlaidLinkDeliveryWebhookCode = (typeof PlaidLinkDeliveryWebhookCode)[keyof typeof PlaidLinkDeliveryWebhookCode];
/** A PlaidLinkDeliveryWebhookCode as read from the wire: a known value or any other string. */
export type PlaidLinkDeliveryWebhookCodeOrUnknown = PlaidLinkDeliveryWebhookCode | (string & {});
/** The catalog's metadata of every PlaidLinkDeliveryWebhookCode value. */
export const PlaidLinkDeliveryWebhookCodeInfo: { readonly [V in PlaidLinkDeliveryWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/link_delivery_webhook_code",
  {
    DELIVERY_STATUS: {
      description: "Webhook indicating that the status of the delivery of the Hosted Link session to a user",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINK_CALLBACK: {
      description: "Webhook containing metadata proxied over from Link callback e.g. `onEvent`, `onExit`, `onSuccess`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLinkDeliveryWebhookCode. */
export const isPlaidLinkDeliveryWebhookCode = (value: unknown): value is PlaidLinkDeliveryWebhookCode => isCodeOf(PlaidLinkDeliveryWebhookCodeCategories, PlaidLinkDeliveryWebhookCodeAliases, value);

/** Other wire spellings of PlaidStatementsWebhookCode values (alias -> value). */
export const PlaidStatementsWebhookCodeAliases: { readonly [alias: string]: PlaidStatementsWebhookCode } = {
};
/** The category of every PlaidStatementsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidStatementsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  STATEMENTS_REFRESH_COMPLETE: "success",
};
/**
 * STATEMENTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is STATEMENTS.
 * Wire field: webhook.webhook_code.
 */
export const PlaidStatementsWebhookCode: {
  /**
   * Fired when refreshed statements extraction is completed or failed to be completed. Triggered by
   * calling `/statements/refresh`.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly STATEMENTS_REFRESH_COMPLETE: "STATEMENTS_REFRESH_COMPLETE";
} = /* @__PURE__ */ membersOf(PlaidStatementsWebhookCodeCategories, PlaidStatementsWebhookCodeAliases);
export type PlaidStatementsWebhookCode = (typeof PlaidStatementsWebhookCode)[keyof typeof PlaidStatementsWebhookCode];
/** A PlaidStatementsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidStatementsWebhookCodeOrUnknown = PlaidStatementsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidStatementsWebhookCode value. */
export const PlaidStatementsWebhookCodeInfo: { readonly [V in PlaidStatementsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/statements_webhook_code",
  {
    STATEMENTS_REFRESH_COMPLETE: {
      description: "Fired when refreshed statements extraction is completed or failed to be completed. Triggered by calling `/statements/refresh`.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidStatementsWebhookCode. */
export const isPlaidStatementsWebhookCode = (value: unknown): value is PlaidStatementsWebhookCode => isCodeOf(PlaidStatementsWebhookCodeCategories, PlaidStatementsWebhookCodeAliases, value);

/** Other wire spellings of PlaidCashFlowUpdatesWebhookCode values (alias -> value). */
export const PlaidCashFlowUpdatesWebhookCodeAliases: { readonly [alias: string]: PlaidCashFlowUpdatesWebhookCode } = {
};
/** The category of every PlaidCashFlowUpdatesWebhookCode value and alias: all a listener needs to read one. */
export const PlaidCashFlowUpdatesWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  INSIGHTS_UPDATED: "informational",
  NSF_OVERDRAFT_DETECTED: "informational",
  NEW_INCOME_STREAM_DETECTED: "informational",
  EXPECTED_DEPOSIT_MISSED: "informational",
  LOW_BALANCE_DETECTED: "informational",
  LARGE_DEPOSIT_DETECTED: "informational",
  NEW_LOAN_PAYMENT_DETECTED: "informational",
  CASH_FLOW_INSIGHTS_UPDATED: "informational",
};
/**
 * CASH_FLOW_UPDATES webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * CASH_FLOW_UPDATES. Wire field: webhook.webhook_code.
 */
export const PlaidCashFlowUpdatesWebhookCode: {
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire between one and four
   * times a day with information on the status of the update. This webhook will not fire
   * immediately upon enrollment in Cash Flow Updates. Upon receiving the webhook, call
   * `/cra/monitoring_insights/get` to retrieve the updated insights. At approximately the same time
   * as the `INSIGHTS_UPDATED` webhook, any event-driven `CASH_FLOW_UPDATES` webhooks (e.g.
   * `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`) that were triggered by the update will also
   * fire. This webhook has been replaced by the `CASH_FLOW_INSIGHTS_UPDATED` webhook for all
   * customers who began using Plaid Check on or after December 10, 2025.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INSIGHTS_UPDATED: "INSIGHTS_UPDATED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * includes an NSF overdraft transaction. Upon receiving the webhook, call
   * `/cra/monitoring_insights/get` to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly NSF_OVERDRAFT_DETECTED: "NSF_OVERDRAFT_DETECTED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * includes a new income stream. Upon receiving the webhook, call `/cra/monitoring_insights/get`
   * to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly NEW_INCOME_STREAM_DETECTED: "NEW_INCOME_STREAM_DETECTED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * detects that an expected deposit was missed. Upon receiving the webhook, call
   * `/cra/monitoring_insights/get` to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EXPECTED_DEPOSIT_MISSED: "EXPECTED_DEPOSIT_MISSED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * detects a balance below $100. Upon receiving the webhook, call `/cra/monitoring_insights/get`
   * to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LOW_BALANCE_DETECTED: "LOW_BALANCE_DETECTED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * detects a deposit over $5,000. Upon receiving the webhook, call `/cra/monitoring_insights/get`
   * to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly LARGE_DEPOSIT_DETECTED: "LARGE_DEPOSIT_DETECTED";
  /**
   * For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update
   * detects a new loan payment. Upon receiving the webhook, call `/cra/monitoring_insights/get` to
   * retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly NEW_LOAN_PAYMENT_DETECTED: "NEW_LOAN_PAYMENT_DETECTED";
  /**
   * For each item on an enabled user, this webhook will fire up to four times a day with status
   * information. This webhook will not fire immediately upon enrollment in Cash Flow Updates. The
   * payload may contain an `insights` array with insights that have been detected, if any (e.g.
   * `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`). Upon receiving the webhook, call
   * `/cra/monitoring_insights/get` to retrieve the updated insights.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CASH_FLOW_INSIGHTS_UPDATED: "CASH_FLOW_INSIGHTS_UPDATED";
} = /* @__PURE__ */ membersOf(PlaidCashFlowUpdatesWebhookCodeCategories, PlaidCashFlowUpdatesWebhookCodeAliases);
export type PlaidCashFlowUpdatesWebhookCode = (typeof PlaidCashFlowUpdatesWebhookCode)[keyof typeof PlaidCashFlowUpdatesWebhookCode];
/** A PlaidCashFlowUpdatesWebhookCode as read from the wire: a known value or any other string. */
export type PlaidCashFlowUpdatesWebhookCodeOrUnknown = PlaidCashFlowUpdatesWebhookCode | (string & {});
/** The catalog's metadata of every PlaidCashFlowUpdatesWebhookCode value. */
export const PlaidCashFlowUpdatesWebhookCodeInfo: { readonly [V in PlaidCashFlowUpdatesWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/cash_flow_updates_webhook_code",
  {
    INSIGHTS_UPDATED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire between one and four times a day with information on the status of the update. This webhook will not fire immediately upon enrollment in Cash Flow Updates. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights. At approximately the same time as the `INSIGHTS_UPDATED` webhook, any event-driven `CASH_FLOW_UPDATES` webhooks (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`) that were triggered by the update will also fire. This webhook has been replaced by the `CASH_FLOW_INSIGHTS_UPDATED` webhook for all customers who began using Plaid Check on or after December 10, 2025.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NSF_OVERDRAFT_DETECTED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes an NSF overdraft transaction. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NEW_INCOME_STREAM_DETECTED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update includes a new income stream. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPECTED_DEPOSIT_MISSED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects that an expected deposit was missed. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOW_BALANCE_DETECTED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a balance below $100. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LARGE_DEPOSIT_DETECTED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a deposit over $5,000. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NEW_LOAN_PAYMENT_DETECTED: {
      description: "For each user's Item enabled for Cash Flow Updates, this webhook will fire when an update detects a new loan payment. Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CASH_FLOW_INSIGHTS_UPDATED: {
      description: "For each item on an enabled user, this webhook will fire up to four times a day with status information. This webhook will not fire immediately upon enrollment in Cash Flow Updates. The payload may contain an `insights` array with insights that have been detected, if any (e.g. `LOW_BALANCE_DETECTED`, `LARGE_DEPOSIT_DETECTED`). Upon receiving the webhook, call `/cra/monitoring_insights/get` to retrieve the updated insights.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidCashFlowUpdatesWebhookCode. */
export const isPlaidCashFlowUpdatesWebhookCode = (value: unknown): value is PlaidCashFlowUpdatesWebhookCode => isCodeOf(PlaidCashFlowUpdatesWebhookCodeCategories, PlaidCashFlowUpdatesWebhookCodeAliases, value);

/** Other wire spellings of PlaidBaseReportWebhookCode values (alias -> value). */
export const PlaidBaseReportWebhookCodeAliases: { readonly [alias: string]: PlaidBaseReportWebhookCode } = {
};
/** The category of every PlaidBaseReportWebhookCode value and alias: all a listener needs to read one. */
export const PlaidBaseReportWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  ERROR: "generic_failure",
};
/**
 * BASE_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is BASE_REPORT.
 * Wire field: webhook.webhook_code.
 */
export const PlaidBaseReportWebhookCode: {
  /**
   * Fired when Base Report generation has failed. The resulting `error` will have an `error_type`
   * of `BASE_REPORT_ERROR`.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly ERROR: "ERROR";
} = /* @__PURE__ */ membersOf(PlaidBaseReportWebhookCodeCategories, PlaidBaseReportWebhookCodeAliases);
export type PlaidBaseReportWebhookCode = (typeof PlaidBaseReportWebhookCode)[keyof typeof PlaidBaseReportWebhookCode];
/** A PlaidBaseReportWebhookCode as read from the wire: a known value or any other string. */
export type PlaidBaseReportWebhookCodeOrUnknown = PlaidBaseReportWebhookCode | (string & {});
/** The catalog's metadata of every PlaidBaseReportWebhookCode value. */
export const PlaidBaseReportWebhookCodeInfo: { readonly [V in PlaidBaseReportWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/base_report_webhook_code",
  {
    ERROR: {
      description: "Fired when Base Report generation has failed. The resulting `error` will have an `error_type` of `BASE_REPORT_ERROR`.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidBaseReportWebhookCode. */
export const isPlaidBaseReportWebhookCode = (value: unknown): value is PlaidBaseReportWebhookCode => isCodeOf(PlaidBaseReportWebhookCodeCategories, PlaidBaseReportWebhookCodeAliases, value);

/** Other wire spellings of PlaidCraIncomeWebhookCode values (alias -> value). */
export const PlaidCraIncomeWebhookCodeAliases: { readonly [alias: string]: PlaidCraIncomeWebhookCode } = {
};
/** The category of every PlaidCraIncomeWebhookCode value and alias: all a listener needs to read one. */
export const PlaidCraIncomeWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  BANK_INCOME_COMPLETE: "success",
  ERROR: "generic_failure",
};
/**
 * CRA_INCOME webhook code: The webhook_code of a Plaid webhook whose webhook_type is CRA_INCOME.
 * Wire field: webhook.webhook_code.
 */
export const PlaidCraIncomeWebhookCode: {
  /**
   * Fired when a bank income report has finished generating or failed to generate, triggered by
   * calling `/credit/bank_income/get`.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly BANK_INCOME_COMPLETE: "BANK_INCOME_COMPLETE";
  /**
   * Fired when a bank income report has failed to generate
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly ERROR: "ERROR";
} = /* @__PURE__ */ membersOf(PlaidCraIncomeWebhookCodeCategories, PlaidCraIncomeWebhookCodeAliases);
export type PlaidCraIncomeWebhookCode = (typeof PlaidCraIncomeWebhookCode)[keyof typeof PlaidCraIncomeWebhookCode];
/** A PlaidCraIncomeWebhookCode as read from the wire: a known value or any other string. */
export type PlaidCraIncomeWebhookCodeOrUnknown = PlaidCraIncomeWebhookCode | (string & {});
/** The catalog's metadata of every PlaidCraIncomeWebhookCode value. */
export const PlaidCraIncomeWebhookCodeInfo: { readonly [V in PlaidCraIncomeWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/cra_income_webhook_code",
  {
    BANK_INCOME_COMPLETE: {
      description: "Fired when a bank income report has finished generating or failed to generate, triggered by calling `/credit/bank_income/get`.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Fired when a bank income report has failed to generate",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidCraIncomeWebhookCode. */
export const isPlaidCraIncomeWebhookCode = (value: unknown): value is PlaidCraIncomeWebhookCode => isCodeOf(PlaidCraIncomeWebhookCodeCategories, PlaidCraIncomeWebhookCodeAliases, value);

/** Other wire spellings of PlaidCheckReportWebhookCode values (alias -> value). */
export const PlaidCheckReportWebhookCodeAliases: { readonly [alias: string]: PlaidCheckReportWebhookCode } = {
};
/** The category of every PlaidCheckReportWebhookCode value and alias: all a listener needs to read one. */
export const PlaidCheckReportWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  CHECK_REPORT_READY: "success",
  CHECK_REPORT_FAILED: "generic_failure",
  UPGRADE_FAILED: "generic_failure",
  USER_CHECK_REPORT_READY: "success",
  USER_CHECK_REPORT_FAILED: "generic_failure",
};
/**
 * CHECK_REPORT webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * CHECK_REPORT. Wire field: webhook.webhook_code.
 */
export const PlaidCheckReportWebhookCode: {
  /**
   * Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report
   * will be available to retrieve for 24 hours.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly CHECK_REPORT_READY: "CHECK_REPORT_READY";
  /**
   * Fired when a Check Report has failed to generate. To get more details, call `/user/items/get`
   * and check for non-null `error` objects on the associated Items in the response. These `error`
   * objects will contain more details on why the Item is in an error state and how to resolve it.
   * After resolving the errors, you can try to re-generate the report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly CHECK_REPORT_FAILED: "CHECK_REPORT_FAILED";
  /**
   * Fired when a Check Report upgrade attempt has failed
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly UPGRADE_FAILED: "UPGRADE_FAILED";
  /**
   * Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report
   * will be available to retrieve for 24 hours.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly USER_CHECK_REPORT_READY: "USER_CHECK_REPORT_READY";
  /**
   * Fired when a Check Report has failed to generate. To get more details, call `/user/items/get`
   * and check for non-null `error` objects on the associated Items in the response. These `error`
   * objects will contain more details on why the Item is in an error state and how to resolve it.
   * After resolving the errors, you can try to re-generate the report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly USER_CHECK_REPORT_FAILED: "USER_CHECK_REPORT_FAILED";
} = /* @__PURE__ */ membersOf(PlaidCheckReportWebhookCodeCategories, PlaidCheckReportWebhookCodeAliases);
export type PlaidCheckReportWebhookCode = (typeof PlaidCheckReportWebhookCode)[keyof typeof PlaidCheckReportWebhookCode];
/** A PlaidCheckReportWebhookCode as read from the wire: a known value or any other string. */
export type PlaidCheckReportWebhookCodeOrUnknown = PlaidCheckReportWebhookCode | (string & {});
/** The catalog's metadata of every PlaidCheckReportWebhookCode value. */
export const PlaidCheckReportWebhookCodeInfo: { readonly [V in PlaidCheckReportWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/check_report_webhook_code",
  {
    CHECK_REPORT_READY: {
      description: "Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHECK_REPORT_FAILED: {
      description: "Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPGRADE_FAILED: {
      description: "Fired when a Check Report upgrade attempt has failed",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_CHECK_REPORT_READY: {
      description: "Fired when the Check Report is ready to be retrieved. Once this webhook has fired, the report will be available to retrieve for 24 hours.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_CHECK_REPORT_FAILED: {
      description: "Fired when a Check Report has failed to generate. To get more details, call `/user/items/get` and check for non-null `error` objects on the associated Items in the response. These `error` objects will contain more details on why the Item is in an error state and how to resolve it. After resolving the errors, you can try to re-generate the report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidCheckReportWebhookCode. */
export const isPlaidCheckReportWebhookCode = (value: unknown): value is PlaidCheckReportWebhookCode => isCodeOf(PlaidCheckReportWebhookCodeCategories, PlaidCheckReportWebhookCodeAliases, value);

/** Other wire spellings of PlaidCraInsightsWebhookCode values (alias -> value). */
export const PlaidCraInsightsWebhookCodeAliases: { readonly [alias: string]: PlaidCraInsightsWebhookCode } = {
};
/** The category of every PlaidCraInsightsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidCraInsightsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  PARTNER_INSIGHTS_COMPLETE: "success",
  PARTNER_INSIGHTS_ERROR: "generic_failure",
};
/**
 * CRA_INSIGHTS webhook code: The webhook_code of a Plaid webhook whose webhook_type is
 * CRA_INSIGHTS. Wire field: webhook.webhook_code.
 */
export const PlaidCraInsightsWebhookCode: {
  /**
   * Fired when a partner insights report has finished generating and results are available
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PARTNER_INSIGHTS_COMPLETE: "PARTNER_INSIGHTS_COMPLETE";
  /**
   * Fired when a partner insights report has failed to generate
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly PARTNER_INSIGHTS_ERROR: "PARTNER_INSIGHTS_ERROR";
} = /* @__PURE__ */ membersOf(PlaidCraInsightsWebhookCodeCategories, PlaidCraInsightsWebhookCodeAliases);
export type PlaidCraInsightsWebhookCode = (typeof PlaidCraInsightsWebhookCode)[keyof typeof PlaidCraInsightsWebhookCode];
/** A PlaidCraInsightsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidCraInsightsWebhookCodeOrUnknown = PlaidCraInsightsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidCraInsightsWebhookCode value. */
export const PlaidCraInsightsWebhookCodeInfo: { readonly [V in PlaidCraInsightsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/cra_insights_webhook_code",
  {
    PARTNER_INSIGHTS_COMPLETE: {
      description: "Fired when a partner insights report has finished generating and results are available",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTNER_INSIGHTS_ERROR: {
      description: "Fired when a partner insights report has failed to generate",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidCraInsightsWebhookCode. */
export const isPlaidCraInsightsWebhookCode = (value: unknown): value is PlaidCraInsightsWebhookCode => isCodeOf(PlaidCraInsightsWebhookCodeCategories, PlaidCraInsightsWebhookCodeAliases, value);

/** Other wire spellings of PlaidLinkWebhookCode values (alias -> value). */
export const PlaidLinkWebhookCodeAliases: { readonly [alias: string]: PlaidLinkWebhookCode } = {
};
/** The category of every PlaidLinkWebhookCode value and alias: all a listener needs to read one. */
export const PlaidLinkWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  EVENTS: "informational",
  ITEM_ADD_RESULT: "informational",
  SESSION_FINISHED: "informational",
};
/**
 * LINK webhook code: The webhook_code of a Plaid webhook whose webhook_type is LINK. Wire field:
 * webhook.webhook_code.
 */
export const PlaidLinkWebhookCode: {
  /**
   * This webhook contains a summary of the events from a Link session and will be fired after the
   * user finishes going through Link. If the user abandons the Link flow (i.e., closes the hosted
   * link webpage or leaves Link open for too long without taking any action), the webhook will be
   * fired 5-15 minutes after the last user interaction. A single Link session may occasionally
   * generate multiple `EVENTS` webhooks. If this occurs, the new webhook will contain all previous
   * events for the session, as well as new events that occurred since the previous `EVENTS` webhook
   * was sent. If this occurs, events can be grouped using the `link_session_id` field and, if
   * necessary, de-duplicated using the `event_id` field.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly EVENTS: "EVENTS";
  /**
   * Fired when a user successfully adds a Plaid Item during a Link session when using Hosted Link
   * or Multi-Item Link sessions. Contains the public token for the Item.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly ITEM_ADD_RESULT: "ITEM_ADD_RESULT";
  /**
   * Contains the state of a completed Link session, along with the public token(s) if available.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly SESSION_FINISHED: "SESSION_FINISHED";
} = /* @__PURE__ */ membersOf(PlaidLinkWebhookCodeCategories, PlaidLinkWebhookCodeAliases);
export type PlaidLinkWebhookCode = (typeof PlaidLinkWebhookCode)[keyof typeof PlaidLinkWebhookCode];
/** A PlaidLinkWebhookCode as read from the wire: a known value or any other string. */
export type PlaidLinkWebhookCodeOrUnknown = PlaidLinkWebhookCode | (string & {});
/** The catalog's metadata of every PlaidLinkWebhookCode value. */
export const PlaidLinkWebhookCodeInfo: { readonly [V in PlaidLinkWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/link_webhook_code",
  {
    EVENTS: {
      description: "This webhook contains a summary of the events from a Link session and will be fired after the user finishes going through Link. If the user abandons the Link flow (i.e., closes the hosted link webpage or leaves Link open for too long without taking any action), the webhook will be fired 5-15 minutes after the last user interaction. A single Link session may occasionally generate multiple `EVENTS` webhooks. If this occurs, the new webhook will contain all previous events for the session, as well as new events that occurred since the previous `EVENTS` webhook was sent. If this occurs, events can be grouped using the `link_session_id` field and, if necessary, de-duplicated using the `event_id` field.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_ADD_RESULT: {
      description: "Fired when a user successfully adds a Plaid Item during a Link session when using Hosted Link or Multi-Item Link sessions. Contains the public token for the Item.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SESSION_FINISHED: {
      description: "Contains the state of a completed Link session, along with the public token(s) if available.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidLinkWebhookCode. */
export const isPlaidLinkWebhookCode = (value: unknown): value is PlaidLinkWebhookCode => isCodeOf(PlaidLinkWebhookCodeCategories, PlaidLinkWebhookCodeAliases, value);

/** Other wire spellings of PlaidDashboardConfiguredAlertWebhookCode values (alias -> value). */
export const PlaidDashboardConfiguredAlertWebhookCodeAliases: { readonly [alias: string]: PlaidDashboardConfiguredAlertWebhookCode } = {
};
/** The category of every PlaidDashboardConfiguredAlertWebhookCode value and alias: all a listener needs to read one. */
export const PlaidDashboardConfiguredAlertWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  INSTITUTION_STATUS_ALERT_TRIGGERED: "informational",
};
/**
 * DASHBOARD_CONFIGURED_ALERT webhook code: The webhook_code of a Plaid webhook whose webhook_type
 * is DASHBOARD_CONFIGURED_ALERT. Wire field: webhook.webhook_code.
 */
export const PlaidDashboardConfiguredAlertWebhookCode: {
  /**
   * Fired when institution status meets the conditions configured in the developer dashboard.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly INSTITUTION_STATUS_ALERT_TRIGGERED: "INSTITUTION_STATUS_ALERT_TRIGGERED";
} = /* @__PURE__ */ membersOf(PlaidDashboardConfiguredAlertWebhookCodeCategories, PlaidDashboardConfiguredAlertWebhookCodeAliases);
export type PlaidDashboardConfiguredAlertWebhookCode = (typeof PlaidDashboardConfiguredAlertWebhookCode)[keyof typeof PlaidDashboardConfiguredAlertWebhookCode];
/** A PlaidDashboardConfiguredAlertWebhookCode as read from the wire: a known value or any other string. */
export type PlaidDashboardConfiguredAlertWebhookCodeOrUnknown = PlaidDashboardConfiguredAlertWebhookCode | (string & {});
/** The catalog's metadata of every PlaidDashboardConfiguredAlertWebhookCode value. */
export const PlaidDashboardConfiguredAlertWebhookCodeInfo: { readonly [V in PlaidDashboardConfiguredAlertWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/dashboard_configured_alert_webhook_code",
  {
    INSTITUTION_STATUS_ALERT_TRIGGERED: {
      description: "Fired when institution status meets the conditions configured in the developer dashboard.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidDashboardConfiguredAlertWebhookCode. */
export const isPlaidDashboardConfiguredAlertWebhookCode = (value: unknown): value is PlaidDashboardConfiguredAlertWebhookCode => isCodeOf(PlaidDashboardConfiguredAlertWebhookCodeCategories, PlaidDashboardConfiguredAlertWebhookCodeAliases, value);

/** Other wire spellings of PlaidAssetsWebhookCode values (alias -> value). */
export const PlaidAssetsWebhookCodeAliases: { readonly [alias: string]: PlaidAssetsWebhookCode } = {
};
/** The category of every PlaidAssetsWebhookCode value and alias: all a listener needs to read one. */
export const PlaidAssetsWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  PRODUCT_READY: "success",
  ERROR: "generic_failure",
};
/**
 * ASSETS webhook code: The webhook_code of a Plaid webhook whose webhook_type is ASSETS. Wire
 * field: webhook.webhook_code.
 */
export const PlaidAssetsWebhookCode: {
  /**
   * Fired when the Asset Report has been generated and `/asset_report/get` is ready to be called.
   * If you attempt to retrieve an Asset Report before this webhook has fired, you'll receive a
   * response with the HTTP status code 400 and a Plaid error code of `PRODUCT_NOT_READY`.
   * Category: success (Success); retryable: no.
   * Whose words: description: Plaid's published text.
   */
  readonly PRODUCT_READY: "PRODUCT_READY";
  /**
   * Fired when Asset Report generation has failed. The resulting `error` will have an `error_type`
   * of `ASSET_REPORT_ERROR`.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Plaid's published text.
   */
  readonly ERROR: "ERROR";
} = /* @__PURE__ */ membersOf(PlaidAssetsWebhookCodeCategories, PlaidAssetsWebhookCodeAliases);
export type PlaidAssetsWebhookCode = (typeof PlaidAssetsWebhookCode)[keyof typeof PlaidAssetsWebhookCode];
/** A PlaidAssetsWebhookCode as read from the wire: a known value or any other string. */
export type PlaidAssetsWebhookCodeOrUnknown = PlaidAssetsWebhookCode | (string & {});
/** The catalog's metadata of every PlaidAssetsWebhookCode value. */
export const PlaidAssetsWebhookCodeInfo: { readonly [V in PlaidAssetsWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/plaid/assets_webhook_code",
  {
    PRODUCT_READY: {
      description: "Fired when the Asset Report has been generated and `/asset_report/get` is ready to be called.  If you attempt to retrieve an Asset Report before this webhook has fired, you'll receive a response with the HTTP status code 400 and a Plaid error code of `PRODUCT_NOT_READY`.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Fired when Asset Report generation has failed. The resulting `error` will have an `error_type` of `ASSET_REPORT_ERROR`.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["plaid-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["plaid-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PlaidAssetsWebhookCode. */
export const isPlaidAssetsWebhookCode = (value: unknown): value is PlaidAssetsWebhookCode => isCodeOf(PlaidAssetsWebhookCodeCategories, PlaidAssetsWebhookCodeAliases, value);
