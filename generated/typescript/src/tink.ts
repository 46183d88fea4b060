// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Tink (https://tink.com): per code set, its aliases, its category table, its constant (identifier
 * -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of TinkLinkErrorStatus values (alias -> value). */
export const TinkLinkErrorStatusAliases: { readonly [alias: string]: TinkLinkErrorStatus } = {
};
/** The category of every TinkLinkErrorStatus value and alias: all a listener needs to read one. */
export const TinkLinkErrorStatusCategories: { readonly [spelling: string]: Category } = {
  USER_CANCELLED: "cancelled",
  BAD_REQUEST: "integration_error",
  AUTHENTICATION_ERROR: "generic_failure",
  TEMPORARY_ERROR: "generic_failure",
  INTERNAL_ERROR: "generic_failure",
};
/**
 * Tink Link error status: The category of an error Tink Link returns (error: "Describes the
 * category of the error.", the Transactions errors page; the SDKs' TinkError.errorStatus), as the
 * Android SDK's ErrorStatus lists it with a description of each. The category of each is bankcodes'
 * reading; error_reason says more. Wire field: error (Tink Link's redirect and its SDKs'
 * TinkError).
 */
export const TinkLinkErrorStatus: {
  /**
   * The end user canceled the journey. This status should not be considered as an error.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly USER_CANCELLED: "USER_CANCELLED";
  /**
   * The error is most likely a result of an incorrect or missing URL parameter.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly BAD_REQUEST: "BAD_REQUEST";
  /**
   * The error occurred during the authentication process with the bank.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly AUTHENTICATION_ERROR: "AUTHENTICATION_ERROR";
  /**
   * A temporary error in Tink's platform. To resolve this, try again later.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly TEMPORARY_ERROR: "TEMPORARY_ERROR";
  /**
   * An unexpected internal error in Tink's platform.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly INTERNAL_ERROR: "INTERNAL_ERROR";
} = /* @__PURE__ */ membersOf(TinkLinkErrorStatusCategories, TinkLinkErrorStatusAliases);
export type TinkLinkErrorStatus = (typeof TinkLinkErrorStatus)[keyof typeof TinkLinkErrorStatus];
/** A TinkLinkErrorStatus as read from the wire: a known value or any other string. */
export type TinkLinkErrorStatusOrUnknown = TinkLinkErrorStatus | (string & {});
/** The catalog's metadata of every TinkLinkErrorStatus value. */
export const TinkLinkErrorStatusInfo: { readonly [V in TinkLinkErrorStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/link_error_status",
  {
    USER_CANCELLED: {
      description: "The end user canceled the journey. This status should not be considered as an error.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-status", "tink-ios-docc-errorstatus", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-status", "tink-ios-docc-errorstatus", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
      factSources: { next_step: ["tink-android-status"] },
    },
    BAD_REQUEST: {
      description: "The error is most likely a result of an incorrect or missing URL parameter.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_ERROR: {
      description: "The error occurred during the authentication process with the bank.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-status", "tink-ios-docc-errorstatus", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-status", "tink-ios-docc-errorstatus", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPORARY_ERROR: {
      description: "A temporary error in Tink's platform. To resolve this, try again later.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    INTERNAL_ERROR: {
      description: "An unexpected internal error in Tink's platform.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-status", "tink-ios-docc-errorstatus"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TinkLinkErrorStatus. */
export const isTinkLinkErrorStatus = (value: unknown): value is TinkLinkErrorStatus => isCodeOf(TinkLinkErrorStatusCategories, TinkLinkErrorStatusAliases, value);

/** Other wire spellings of TinkLinkErrorReason values (alias -> value). */
export const TinkLinkErrorReasonAliases: { readonly [alias: string]: TinkLinkErrorReason } = {
};
/** The category of every TinkLinkErrorReason value and alias: all a listener needs to read one. */
export const TinkLinkErrorReasonCategories: { readonly [spelling: string]: Category } = {
  INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE: "integration_error",
  INVALID_PARAMETER_AUTHORIZATION_CODE: "integration_error",
  INVALID_PARAMETER_CLIENT_ID: "integration_error",
  INVALID_PARAMETER_CREDENTIALS_ID: "integration_error",
  INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS: "integration_error",
  INVALID_PARAMETER_INPUT_GROUP: "integration_error",
  INVALID_PARAMETER_INPUT_PROVIDER: "integration_error",
  INVALID_PARAMETER_INPUT_USERNAME: "integration_error",
  INVALID_PARAMETER_PAYMENT_REQUEST_ID: "integration_error",
  INVALID_PARAMETER_REDIRECT_URI: "integration_error",
  INVALID_PARAMETER_REFRESHABLE_ITEMS: "integration_error",
  INVALID_PARAMETER_REPORT_TYPES: "integration_error",
  INVALID_PARAMETER_SCOPE: "integration_error",
  INVALID_STATE_ACCESS_TOKEN: "integration_error",
  INVALID_STATE_AUTHENTICATION: "mfa_failed",
  INVALID_STATE_CREDENTIALS: "generic_failure",
  INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY: "concurrent_operation",
  INVALID_STATE_EMBED_NOT_ALLOWED: "integration_error",
  INVALID_STATE_NON_OPEN_BANKING_PROVIDER: "integration_error",
  INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED: "integration_error",
  INVALID_STATE_PERMANENT_USER_FLAG: "integration_error",
  INVALID_STATE_PROVIDER: "institution_not_supported",
  INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER: "credentials_invalid",
  INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN: "integration_error",
  INVALID_STATE_REDIRECTED_CREDENTIALS_ID: "integration_error",
  INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED: "rate_limited",
  INVALID_STATE_REDIRECT_URI: "integration_error",
  INVALID_STATE_SCOPE: "integration_error",
  REQUEST_FAILED_CREATE_RESET_CREDENTIALS: "generic_failure",
  REQUEST_FAILED_FETCH_ACCOUNTS: "generic_failure",
  REQUEST_FAILED_FETCH_PROVIDER: "generic_failure",
  REQUEST_FAILED_OAUTH_DESCRIBE: "generic_failure",
  REQUEST_FAILED_CONSUME_HANDOFF_SESSION: "generic_failure",
  REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT: "generic_failure",
  REQUEST_FAILED_CREATE_ANONYMOUS_USER: "generic_failure",
  REQUEST_FAILED_CREATE_BULK_PAYMENT: "generic_failure",
  REQUEST_FAILED_CREATE_CREDENTIALS: "generic_failure",
  REQUEST_FAILED_CREATE_HANDOFF_SESSION: "generic_failure",
  REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT: "generic_failure",
  REQUEST_FAILED_CREATE_RECURRING_PAYMENT: "generic_failure",
  REQUEST_FAILED_CREATE_REPORT: "generic_failure",
  REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT: "generic_failure",
  REQUEST_FAILED_CREATE_TRANSFER: "generic_failure",
  REQUEST_FAILED_FETCH_BULK_PAYMENT: "generic_failure",
  REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS: "generic_failure",
  REQUEST_FAILED_FETCH_CREDENTIALS: "generic_failure",
  REQUEST_FAILED_FETCH_EXISTING_USER: "generic_failure",
  REQUEST_FAILED_FETCH_HANDOFF_SESSION: "generic_failure",
  REQUEST_FAILED_FETCH_LEGAL_TEXT: "generic_failure",
  REQUEST_FAILED_FETCH_PAYMENT_INFO: "generic_failure",
  REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO: "generic_failure",
  REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS: "generic_failure",
  REQUEST_FAILED_FETCH_PROVIDERS: "generic_failure",
  REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO: "generic_failure",
  REQUEST_FAILED_FETCH_REPORTS_DESCRIBE: "generic_failure",
  REQUEST_FAILED_FETCH_SESSION: "generic_failure",
  REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS: "generic_failure",
  REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN: "generic_failure",
  REQUEST_FAILED_REFRESH_CREDENTIALS: "generic_failure",
  THIRD_PARTY_AUTHENTICATION_UNAVAILABLE: "institution_unavailable",
  STATIC_CREDENTIALS_INCORRECT: "credentials_invalid",
  DYNAMIC_CREDENTIALS_INCORRECT: "mfa_failed",
  DYNAMIC_CREDENTIALS_FLOW_CANCELLED: "cancelled",
  DYNAMIC_CREDENTIALS_FLOW_TIMEOUT: "mfa_failed",
  USER_NOT_A_CUSTOMER: "account_unavailable",
  USER_BLOCKED: "action_required_at_institution",
  USER_CONCURRENT_LOGINS: "concurrent_operation",
  ACTION_NOT_PERMITTED: "rejected",
  SESSION_EXPIRED: "session_expired",
  USER_ACTION_REQUIRED: "action_required_at_institution",
  PROVIDER_UNAVAILABLE: "institution_unavailable",
  LICENSED_PARTY_REJECTED: "rejected",
  UNKNOWN_ERROR: "generic_failure",
  TINK_INTERNAL_SERVER_ERROR: "generic_failure",
  AUTHENTICATION_METHOD_NOT_SUPPORTED: "institution_not_supported",
  NO_ACCOUNTS: "account_unavailable",
  USER_CANCELLED: "cancelled",
};
/**
 * Tink Link error reason: The cause of an error Tink Link returns (error_reason: "Describes the
 * cause of the error.", the Transactions errors page), as the Android SDK's reason enums list them,
 * one group per status (and per type of an authentication error), with the SDK's description of
 * each; INVALID_PARAMETER_INPUT_GROUP is the iOS SDK's alone. The category of each is bankcodes'
 * reading. Wire field: error_reason (Tink Link's redirect and its SDKs' TinkError).
 */
export const TinkLinkErrorReason: {
  /**
   * The account_dialog_type value is incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE: "INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE";
  /**
   * One or more of these values are missing: authorization code, handoff session ID, and
   * authorization token.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_AUTHORIZATION_CODE: "INVALID_PARAMETER_AUTHORIZATION_CODE";
  /**
   * The client_id value is incorrect or missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_CLIENT_ID: "INVALID_PARAMETER_CLIENT_ID";
  /**
   * The credentials_id value is missing. The parameter is only used with permanent users.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_CREDENTIALS_ID: "INVALID_PARAMETER_CREDENTIALS_ID";
  /**
   * The financial_services_segments value is incorrect. Only these values can be used: PERSONAL,
   * BUSINESS.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS: "INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS";
  /**
   * The input_group value is invalid. Make sure the value matches a valid groupDisplayName from the
   * Providers API.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_INPUT_GROUP: "INVALID_PARAMETER_INPUT_GROUP";
  /**
   * The provider name value (for the input_provider parameter) contains more than 100 characters.
   * Make sure to limit the provider name to a maximum of 100 characters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_INPUT_PROVIDER: "INVALID_PARAMETER_INPUT_PROVIDER";
  /**
   * The input_username value is incorrect or missing. Make sure to limit username to a maximum of
   * 50 characters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_INPUT_USERNAME: "INVALID_PARAMETER_INPUT_USERNAME";
  /**
   * The payment_request_id value is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_PAYMENT_REQUEST_ID: "INVALID_PARAMETER_PAYMENT_REQUEST_ID";
  /**
   * The redirect_uri value is missing or malformed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_REDIRECT_URI: "INVALID_PARAMETER_REDIRECT_URI";
  /**
   * The refreshable_items value is incorrect. Only these values can be used: CHECKING_ACCOUNTS,
   * CHECKING_TRANSACTIONS, SAVING_ACCOUNTS, SAVING_TRANSACTIONS, CREDITCARD_ACCOUNTS,
   * CREDITCARD_TRANSACTIONS.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_REFRESHABLE_ITEMS: "INVALID_PARAMETER_REFRESHABLE_ITEMS";
  /**
   * The report_types value is incorrect or missing. This value is only shown when bundling more
   * than one product in one flow.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_REPORT_TYPES: "INVALID_PARAMETER_REPORT_TYPES";
  /**
   * The scope value is missing. It is only used with Account Aggregation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_PARAMETER_SCOPE: "INVALID_PARAMETER_SCOPE";
  /**
   * The access token value is missing, has expired, or is incorrectly entered.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_ACCESS_TOKEN: "INVALID_STATE_ACCESS_TOKEN";
  /**
   * The error occurs when credentialsType is MOBILE_BANKID or THIRD_PARTY_APP and the end user has
   * failed to authenticate or the integration doesn't use BankID on a mobile device or a third-
   * party app.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_AUTHENTICATION: "INVALID_STATE_AUTHENTICATION";
  /**
   * The credential has reached a TEMPORARY_ERROR state.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_CREDENTIALS: "INVALID_STATE_CREDENTIALS";
  /**
   * An attempt is made to authenticate or refresh a credential that is in a pending state. The
   * parameter is only used with permanent users.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY: "INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY";
  /**
   * Tink is embedded when embedding is not allowed. Embedding a Tink page inside another page is by
   * default not permitted. To request the ability to embed Tink, go to Console your_app App
   * settings App details Display name (public) and select Verify.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_EMBED_NOT_ALLOWED: "INVALID_STATE_EMBED_NOT_ALLOWED";
  /**
   * An attempt is made to authenticate a credential for a non-open-banking provider. The parameter
   * is only used with permanent users.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_NON_OPEN_BANKING_PROVIDER: "INVALID_STATE_NON_OPEN_BANKING_PROVIDER";
  /**
   * The payment request is already used and can't be reused. The parameter is only used with direct
   * payments.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED: "INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED";
  /**
   * A permanent users flow is attempted for an app that doesn't have permanent users enabled.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_PERMANENT_USER_FLAG: "INVALID_STATE_PERMANENT_USER_FLAG";
  /**
   * The selected/preselected provider isn't available. This error occurs when a preselected
   * provider doesn't exist in the selected market, which is due to one of these issues: The
   * selected/preselected provider isn't included in the app's provider policy. The selected
   * provider isn't available.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_PROVIDER: "INVALID_STATE_PROVIDER";
  /**
   * The end user has selected the wrong provider, one with which they don't have an account.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER: "INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER";
  /**
   * A third party is redirecting back to Tink, but the query is missing authorization_token.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN: "INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN";
  /**
   * A third party is redirecting back to Tink, but the query is missing credentialsId.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_REDIRECTED_CREDENTIALS_ID: "INVALID_STATE_REDIRECTED_CREDENTIALS_ID";
  /**
   * An excessive amount of API requests has been made for an app. For more information, see Rate
   * limits.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED: "INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED";
  /**
   * The specified redirect_uri is invalid. Make sure that it is registered in the "App settings"
   * page in Console.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_REDIRECT_URI: "INVALID_STATE_REDIRECT_URI";
  /**
   * One or more scopes are incorrect or not available for the oauth client.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly INVALID_STATE_SCOPE: "INVALID_STATE_SCOPE";
  /**
   * The reset credentials endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_RESET_CREDENTIALS: "REQUEST_FAILED_CREATE_RESET_CREDENTIALS";
  /**
   * The user report bundles endpoint or the accounts endpoint is unavailable. This error either
   * occurs for Account Check or for the reports/bundled flow when Account Check is one of the
   * bundled products.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_ACCOUNTS: "REQUEST_FAILED_FETCH_ACCOUNTS";
  /**
   * The error can be caused by any of these things: The providers endpoint is unavailable. The
   * selected provider couldn't be found. input_provider doesn't exist in the selected market.
   * input_provider is not included in the configured Provider Policy.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_PROVIDER: "REQUEST_FAILED_FETCH_PROVIDER";
  /**
   * The error can be caused by any of these things: The redirect_uri parameter is not entered in
   * Console. The OAuth describe endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_OAUTH_DESCRIBE: "REQUEST_FAILED_OAUTH_DESCRIBE";
  /**
   * The handoff session endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CONSUME_HANDOFF_SESSION: "REQUEST_FAILED_CONSUME_HANDOFF_SESSION";
  /**
   * The Account Check endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT: "REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT";
  /**
   * The endpoint for creating anonymous users is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_ANONYMOUS_USER: "REQUEST_FAILED_CREATE_ANONYMOUS_USER";
  /**
   * The bulk payments endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_BULK_PAYMENT: "REQUEST_FAILED_CREATE_BULK_PAYMENT";
  /**
   * Credentials can't be created. The error can be caused by any of these things: The
   * credentials:write scope is missing. The Tink credentials service is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_CREDENTIALS: "REQUEST_FAILED_CREATE_CREDENTIALS";
  /**
   * The handoff session endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_HANDOFF_SESSION: "REQUEST_FAILED_CREATE_HANDOFF_SESSION";
  /**
   * The Income Check endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT: "REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT";
  /**
   * The recurring payment endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_RECURRING_PAYMENT: "REQUEST_FAILED_CREATE_RECURRING_PAYMENT";
  /**
   * The bundled flow endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_REPORT: "REQUEST_FAILED_CREATE_REPORT";
  /**
   * The Risk Insights endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT: "REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT";
  /**
   * The transfer endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_CREATE_TRANSFER: "REQUEST_FAILED_CREATE_TRANSFER";
  /**
   * The bulk payments endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_BULK_PAYMENT: "REQUEST_FAILED_FETCH_BULK_PAYMENT";
  /**
   * The bulk payments endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS: "REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS";
  /**
   * The credentials endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_CREDENTIALS: "REQUEST_FAILED_FETCH_CREDENTIALS";
  /**
   * The error can be caused by any of these things: handoffSessionId is missing. authorizationCode
   * is missing. The handoff session endpoint is unavailable. The authentication/token endpoint is
   * unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_EXISTING_USER: "REQUEST_FAILED_FETCH_EXISTING_USER";
  /**
   * The handoff session endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_HANDOFF_SESSION: "REQUEST_FAILED_FETCH_HANDOFF_SESSION";
  /**
   * It's not possible to fetch the privacy policy or terms and conditions.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_LEGAL_TEXT: "REQUEST_FAILED_FETCH_LEGAL_TEXT";
  /**
   * The endpoint to get payment or the endpoint to get transfer details is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_PAYMENT_INFO: "REQUEST_FAILED_FETCH_PAYMENT_INFO";
  /**
   * The payment transfer endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO: "REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO";
  /**
   * The payment providers endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS: "REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS";
  /**
   * The providers endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_PROVIDERS: "REQUEST_FAILED_FETCH_PROVIDERS";
  /**
   * The recurring payment endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO: "REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO";
  /**
   * The bundled flow endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_REPORTS_DESCRIBE: "REQUEST_FAILED_FETCH_REPORTS_DESCRIBE";
  /**
   * The session endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_SESSION: "REQUEST_FAILED_FETCH_SESSION";
  /**
   * The transfer accounts endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS: "REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS";
  /**
   * The user endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN: "REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN";
  /**
   * The credentials endpoint is unavailable.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly REQUEST_FAILED_REFRESH_CREDENTIALS: "REQUEST_FAILED_REFRESH_CREDENTIALS";
  /**
   * Mobile BankID or any other, required, third-party is technically unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly THIRD_PARTY_AUTHENTICATION_UNAVAILABLE: "THIRD_PARTY_AUTHENTICATION_UNAVAILABLE";
  /**
   * Values of provided fields are rejected by the provider. Clarification: Refers to user
   * credentials stored with Tink, that is, the static fields on credentials. To recover from this,
   * customer needs to update the values in the user’s Tink Credentials fields.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly STATIC_CREDENTIALS_INCORRECT: "STATIC_CREDENTIALS_INCORRECT";
  /**
   * OTPs/card-reader codes/third-party app codes are rejected by Provider. Examples: OTP entered
   * after being redirected to bank’s page is incorrect, or OTP entered in Tink URL is incorrect.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly DYNAMIC_CREDENTIALS_INCORRECT: "DYNAMIC_CREDENTIALS_INCORRECT";
  /**
   * Deliberate cancellation of dynamic authentication flow (multi-factor authentication). For
   * example, when cancelling a Mobile Bank ID or OAuth2 journey on the Financial Service side.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly DYNAMIC_CREDENTIALS_FLOW_CANCELLED: "DYNAMIC_CREDENTIALS_FLOW_CANCELLED";
  /**
   * Financial Service has indicated that the dynamic flow (multi-factor authentication, for
   * example, BankID and OTPs.)) has timed out, or the Tink deadline of 2, 3, or 9 min (Supplemental
   * info, Mobile BankID respectively OB flows) times out before getting answer from bank.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly DYNAMIC_CREDENTIALS_FLOW_TIMEOUT: "DYNAMIC_CREDENTIALS_FLOW_TIMEOUT";
  /**
   * Financial Service responds that the identity used to authenticate is not a customer at the
   * current provider, or has no engagement with the provider.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly USER_NOT_A_CUSTOMER: "USER_NOT_A_CUSTOMER";
  /**
   * Financial Service responds that the identity used to authenticate is blocked and the user can
   * not authenticate successfully.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly USER_BLOCKED: "USER_BLOCKED";
  /**
   * When Financial Service or third party app doesn’t allow to have parallel sessions.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly USER_CONCURRENT_LOGINS: "USER_CONCURRENT_LOGINS";
  /**
   * Financial Service responds that the identity used to authenticate does not have permission to
   * perform the operation.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly ACTION_NOT_PERMITTED: "ACTION_NOT_PERMITTED";
  /**
   * Access/Refresh-token combo is expired, requires re-authentication. Should only happen if the
   * user is not present. When user is in fact present, Tink automatically goes into re-
   * authentication flow.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly SESSION_EXPIRED: "SESSION_EXPIRED";
  /**
   * User has successfully authenticated and is in a bank flow, but there is some step where they
   * are required to take some manual action that Tink can not handle automatically (e.g. sign an
   * agreement or change some setting)
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly USER_ACTION_REQUIRED: "USER_ACTION_REQUIRED";
  /**
   * Financial Service (provider/bank/ASPSP) is technically unavailable or doesn't respond when Tink
   * is sending requests).
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly PROVIDER_UNAVAILABLE: "PROVIDER_UNAVAILABLE";
  /**
   * Financial Service rejects the licenced party (TPP/OB registrate) or eIDAS certificate. This
   * happens if Tink’s license is rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly LICENSED_PARTY_REJECTED: "LICENSED_PARTY_REJECTED";
  /**
   * Unknown unexpected error on Tink side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly UNKNOWN_ERROR: "UNKNOWN_ERROR";
  /**
   * Explicit unexpected error on Tink side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly TINK_INTERNAL_SERVER_ERROR: "TINK_INTERNAL_SERVER_ERROR";
  /**
   * The authentication method that the user picked was not supported by Tink. Tink always tries to
   * prevent this from happening in the first place.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AUTHENTICATION_METHOD_NOT_SUPPORTED: "AUTHENTICATION_METHOD_NOT_SUPPORTED";
  /**
   * User authentication was successful, but the end result was that no data was available to be
   * stored on the Tink user
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly NO_ACCOUNTS: "NO_ACCOUNTS";
  /**
   * The user cancelled the journey: the reason the iOS SDK sends beside the status USER_CANCELLED.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_CANCELLED: "USER_CANCELLED";
} = /* @__PURE__ */ membersOf(TinkLinkErrorReasonCategories, TinkLinkErrorReasonAliases);
export type TinkLinkErrorReason = (typeof TinkLinkErrorReason)[keyof typeof TinkLinkErrorReason];
/** A TinkLinkErrorReason as read from the wire: a known value or any other string. */
export type TinkLinkErrorReasonOrUnknown = TinkLinkErrorReason | (string & {});
/** The catalog's metadata of every TinkLinkErrorReason value. */
export const TinkLinkErrorReasonInfo: { readonly [V in TinkLinkErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/link_error_reason",
  {
    INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE: {
      description: "The account_dialog_type value is incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_AUTHORIZATION_CODE: {
      description: "One or more of these values are missing: authorization code, handoff session ID, and authorization token.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_CLIENT_ID: {
      description: "The client_id value is incorrect or missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_CREDENTIALS_ID: {
      description: "The credentials_id value is missing. The parameter is only used with permanent users.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS: {
      description: "The financial_services_segments value is incorrect. Only these values can be used: PERSONAL, BUSINESS.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_INPUT_GROUP: {
      description: "The input_group value is invalid. Make sure the value matches a valid groupDisplayName from the Providers API.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-ios-docc-inputgroup", "tink-ios-swiftinterface", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-ios-docc-inputgroup",
            "tink-ios-swiftinterface",
            "tink-ios-binary-strings",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_INPUT_PROVIDER: {
      description: "The provider name value (for the input_provider parameter) contains more than 100 characters. Make sure to limit the provider name to a maximum of 100 characters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_INPUT_USERNAME: {
      description: "The input_username value is incorrect or missing. Make sure to limit username to a maximum of 50 characters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_PAYMENT_REQUEST_ID: {
      description: "The payment_request_id value is missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_REDIRECT_URI: {
      description: "The redirect_uri value is missing or malformed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_REFRESHABLE_ITEMS: {
      description: "The refreshable_items value is incorrect. Only these values can be used: CHECKING_ACCOUNTS, CHECKING_TRANSACTIONS, SAVING_ACCOUNTS, SAVING_TRANSACTIONS, CREDITCARD_ACCOUNTS, CREDITCARD_TRANSACTIONS.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_REPORT_TYPES: {
      description: "The report_types value is incorrect or missing. This value is only shown when bundling more than one product in one flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_PARAMETER_SCOPE: {
      description: "The scope value is missing. It is only used with Account Aggregation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_ACCESS_TOKEN: {
      description: "The access token value is missing, has expired, or is incorrectly entered.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_AUTHENTICATION: {
      description: "The error occurs when credentialsType is MOBILE_BANKID or THIRD_PARTY_APP and the end user has failed to authenticate or the integration doesn't use BankID on a mobile device or a third-party app.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_CREDENTIALS: {
      description: "The credential has reached a TEMPORARY_ERROR state.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY: {
      description: "An attempt is made to authenticate or refresh a credential that is in a pending state. The parameter is only used with permanent users.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_EMBED_NOT_ALLOWED: {
      description: "Tink is embedded when embedding is not allowed. Embedding a Tink page inside another page is by default not permitted. To request the ability to embed Tink, go to Console your_app App settings App details Display name (public) and select Verify.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_NON_OPEN_BANKING_PROVIDER: {
      description: "An attempt is made to authenticate a credential for a non-open-banking provider. The parameter is only used with permanent users.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED: {
      description: "The payment request is already used and can't be reused. The parameter is only used with direct payments.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_PERMANENT_USER_FLAG: {
      description: "A permanent users flow is attempted for an app that doesn't have permanent users enabled.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_PROVIDER: {
      description: "The selected/preselected provider isn't available. This error occurs when a preselected provider doesn't exist in the selected market, which is due to one of these issues: The selected/preselected provider isn't included in the app's provider policy. The selected provider isn't available.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-android-entry-pages", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-android-badrequest",
            "tink-android-entry-pages",
            "tink-ios-binary-strings",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER: {
      description: "The end user has selected the wrong provider, one with which they don't have an account.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN: {
      description: "A third party is redirecting back to Tink, but the query is missing authorization_token.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_REDIRECTED_CREDENTIALS_ID: {
      description: "A third party is redirecting back to Tink, but the query is missing credentialsId.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED: {
      description: "An excessive amount of API requests has been made for an app. For more information, see Rate limits.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_REDIRECT_URI: {
      description: "The specified redirect_uri is invalid. Make sure that it is registered in the \"App settings\" page in Console.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_STATE_SCOPE: {
      description: "One or more scopes are incorrect or not available for the oauth client.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-badrequest", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_RESET_CREDENTIALS: {
      description: "The reset credentials endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-temporary", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-temporary", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    REQUEST_FAILED_FETCH_ACCOUNTS: {
      description: "The user report bundles endpoint or the accounts endpoint is unavailable. This error either occurs for Account Check or for the reports/bundled flow when Account Check is one of the bundled products.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-temporary", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-temporary", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    REQUEST_FAILED_FETCH_PROVIDER: {
      description: "The error can be caused by any of these things: The providers endpoint is unavailable. The selected provider couldn't be found. input_provider doesn't exist in the selected market. input_provider is not included in the configured Provider Policy.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-temporary", "tink-android-entry-pages", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-android-temporary",
            "tink-android-entry-pages",
            "tink-ios-binary-strings",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    REQUEST_FAILED_OAUTH_DESCRIBE: {
      description: "The error can be caused by any of these things: The redirect_uri parameter is not entered in Console. The OAuth describe endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-temporary", "tink-android-entry-pages", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-android-temporary",
            "tink-android-entry-pages",
            "tink-ios-binary-strings",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    REQUEST_FAILED_CONSUME_HANDOFF_SESSION: {
      description: "The handoff session endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT: {
      description: "The Account Check endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_ANONYMOUS_USER: {
      description: "The endpoint for creating anonymous users is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_BULK_PAYMENT: {
      description: "The bulk payments endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_CREDENTIALS: {
      description: "Credentials can't be created. The error can be caused by any of these things: The credentials:write scope is missing. The Tink credentials service is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-android-entry-pages", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-android-entry-pages", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_HANDOFF_SESSION: {
      description: "The handoff session endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT: {
      description: "The Income Check endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_RECURRING_PAYMENT: {
      description: "The recurring payment endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_REPORT: {
      description: "The bundled flow endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT: {
      description: "The Risk Insights endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_CREATE_TRANSFER: {
      description: "The transfer endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_BULK_PAYMENT: {
      description: "The bulk payments endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS: {
      description: "The bulk payments endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_CREDENTIALS: {
      description: "The credentials endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_EXISTING_USER: {
      description: "The error can be caused by any of these things: handoffSessionId is missing. authorizationCode is missing. The handoff session endpoint is unavailable. The authentication/token endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-android-entry-pages", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-android-entry-pages", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_HANDOFF_SESSION: {
      description: "The handoff session endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_LEGAL_TEXT: {
      description: "It's not possible to fetch the privacy policy or terms and conditions.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_PAYMENT_INFO: {
      description: "The endpoint to get payment or the endpoint to get transfer details is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO: {
      description: "The payment transfer endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS: {
      description: "The payment providers endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_PROVIDERS: {
      description: "The providers endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO: {
      description: "The recurring payment endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_REPORTS_DESCRIBE: {
      description: "The bundled flow endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_SESSION: {
      description: "The session endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS: {
      description: "The transfer accounts endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN: {
      description: "The user endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUEST_FAILED_REFRESH_CREDENTIALS: {
      description: "The credentials endpoint is unavailable.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-internal", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-internal", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    THIRD_PARTY_AUTHENTICATION_UNAVAILABLE: {
      description: "Mobile BankID or any other, required, third-party is technically unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATIC_CREDENTIALS_INCORRECT: {
      description: "Values of provided fields are rejected by the provider. Clarification: Refers to user credentials stored with Tink, that is, the static fields on credentials. To recover from this, customer needs to update the values in the user’s Tink Credentials fields.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DYNAMIC_CREDENTIALS_INCORRECT: {
      description: "OTPs/card-reader codes/third-party app codes are rejected by Provider. Examples: OTP entered after being redirected to bank’s page is incorrect, or OTP entered in Tink URL is incorrect.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DYNAMIC_CREDENTIALS_FLOW_CANCELLED: {
      description: "Deliberate cancellation of dynamic authentication flow (multi-factor authentication). For example, when cancelling a Mobile Bank ID or OAuth2 journey on the Financial Service side.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DYNAMIC_CREDENTIALS_FLOW_TIMEOUT: {
      description: "Financial Service has indicated that the dynamic flow (multi-factor authentication, for example, BankID and OTPs.)) has timed out, or the Tink deadline of 2, 3, or 9 min (Supplemental info, Mobile BankID respectively OB flows) times out before getting answer from bank.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_NOT_A_CUSTOMER: {
      description: "Financial Service responds that the identity used to authenticate is not a customer at the current provider, or has no engagement with the provider.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_BLOCKED: {
      description: "Financial Service responds that the identity used to authenticate is blocked and the user can not authenticate successfully.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-userlogin"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_CONCURRENT_LOGINS: {
      description: "When Financial Service or third party app doesn’t allow to have parallel sessions.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-userlogin", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTION_NOT_PERMITTED: {
      description: "Financial Service responds that the identity used to authenticate does not have permission to perform the operation.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-authorization", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-authorization", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SESSION_EXPIRED: {
      description: "Access/Refresh-token combo is expired, requires re-authentication. Should only happen if the user is not present. When user is in fact present, Tink automatically goes into re-authentication flow.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authorization"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-authorization"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
    },
    USER_ACTION_REQUIRED: {
      description: "User has successfully authenticated and is in a bank flow, but there is some step where they are required to take some manual action that Tink can not handle automatically (e.g. sign an agreement or change some setting)",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authorization", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-authorization", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROVIDER_UNAVAILABLE: {
      description: "Financial Service (provider/bank/ASPSP) is technically unavailable or doesn't respond when Tink is sending requests).",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-provider", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-provider", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LICENSED_PARTY_REJECTED: {
      description: "Financial Service rejects the licenced party (TPP/OB registrate) or eIDAS certificate. This happens if Tink’s license is rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-provider", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-provider", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN_ERROR: {
      description: "Unknown unexpected error on Tink side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-tinkside"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-tinkside"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TINK_INTERNAL_SERVER_ERROR: {
      description: "Explicit unexpected error on Tink side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-tinkside", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-tinkside", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_METHOD_NOT_SUPPORTED: {
      description: "The authentication method that the user picked was not supported by Tink. Tink always tries to prevent this from happening in the first place.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-tinkside", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-tinkside", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_ACCOUNTS: {
      description: "User authentication was successful, but the end result was that no data was available to be stored on the Tink user",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-accountinfo"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-accountinfo"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_CANCELLED: {
      description: "The user cancelled the journey: the reason the iOS SDK sends beside the status USER_CANCELLED.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-ios-binary-strings"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
      factSources: { next_step: ["tink-android-status"] },
    },
  },
);
/** Whether a value is a known TinkLinkErrorReason. */
export const isTinkLinkErrorReason = (value: unknown): value is TinkLinkErrorReason => isCodeOf(TinkLinkErrorReasonCategories, TinkLinkErrorReasonAliases, value);

/** Other wire spellings of TinkLinkErrorType values (alias -> value). */
export const TinkLinkErrorTypeAliases: { readonly [alias: string]: TinkLinkErrorType } = {
};
/** The category of every TinkLinkErrorType value and alias: all a listener needs to read one. */
export const TinkLinkErrorTypeCategories: { readonly [spelling: string]: Category } = {
  TINK_SIDE_ERROR: "generic_failure",
  PROVIDER_ERROR: "institution_unavailable",
  USER_LOGIN_ERROR: "credentials_invalid",
  AUTHORIZATION_ERROR: "user_action_required",
  ACCOUNT_INFORMATION_ERROR: "account_unavailable",
};
/**
 * Tink Link authentication error type: The type of an AUTHENTICATION_ERROR (TinkError.errorType in
 * the SDKs), as the Android SDK's AuthenticationErrorType lists it. How it travels in the redirect
 * was not read; the category of each is bankcodes' reading. Wire field: TinkError.errorType (the
 * SDKs; an AUTHENTICATION_ERROR's type).
 */
export const TinkLinkErrorType: {
  /**
   * This category represents an error occurred on Tink side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly TINK_SIDE_ERROR: "TINK_SIDE_ERROR";
  /**
   * This category represents an error occurred on financial service side.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly PROVIDER_ERROR: "PROVIDER_ERROR";
  /**
   * This category represents an error occurred during the user login flow.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly USER_LOGIN_ERROR: "USER_LOGIN_ERROR";
  /**
   * This category represents an authorization error.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AUTHORIZATION_ERROR: "AUTHORIZATION_ERROR";
  /**
   * This category represents an error occurred while fetching account information for the user.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly ACCOUNT_INFORMATION_ERROR: "ACCOUNT_INFORMATION_ERROR";
} = /* @__PURE__ */ membersOf(TinkLinkErrorTypeCategories, TinkLinkErrorTypeAliases);
export type TinkLinkErrorType = (typeof TinkLinkErrorType)[keyof typeof TinkLinkErrorType];
/** A TinkLinkErrorType as read from the wire: a known value or any other string. */
export type TinkLinkErrorTypeOrUnknown = TinkLinkErrorType | (string & {});
/** The catalog's metadata of every TinkLinkErrorType value. */
export const TinkLinkErrorTypeInfo: { readonly [V in TinkLinkErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/link_error_type",
  {
    TINK_SIDE_ERROR: {
      description: "This category represents an error occurred on Tink side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authtype"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-authtype"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROVIDER_ERROR: {
      description: "This category represents an error occurred on financial service side.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authtype"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-android-authtype"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_LOGIN_ERROR: {
      description: "This category represents an error occurred during the user login flow.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authtype", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-authtype", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZATION_ERROR: {
      description: "This category represents an authorization error.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-android-authtype", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-authtype", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_INFORMATION_ERROR: {
      description: "This category represents an error occurred while fetching account information for the user.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-android-authtype", "tink-ios-binary-strings"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-android-authtype", "tink-ios-binary-strings"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TinkLinkErrorType. */
export const isTinkLinkErrorType = (value: unknown): value is TinkLinkErrorType => isCodeOf(TinkLinkErrorTypeCategories, TinkLinkErrorTypeAliases, value);

/** Other wire spellings of TinkCredentialsStatus values (alias -> value). */
export const TinkCredentialsStatusAliases: { readonly [alias: string]: TinkCredentialsStatus } = {
};
/** The category of every TinkCredentialsStatus value and alias: all a listener needs to read one. */
export const TinkCredentialsStatusCategories: { readonly [spelling: string]: Category } = {
  CREATED: "pending",
  AUTHENTICATING: "pending",
  AWAITING_MOBILE_BANKID_AUTHENTICATION: "mfa_required",
  AWAITING_SUPPLEMENTAL_INFORMATION: "mfa_required",
  UPDATING: "pending",
  UPDATED: "success",
  AUTHENTICATION_ERROR: "credentials_invalid",
  TEMPORARY_ERROR: "generic_failure",
  PERMANENT_ERROR: "generic_failure",
  AWAITING_THIRD_PARTY_APP_AUTHENTICATION: "mfa_required",
  DELETED: "informational",
  SESSION_EXPIRED: "session_expired",
};
/**
 * Credentials status: The status of a credentials object of Tink's API (v1) ("The status indicates
 * the state of the credentials.", the legacy API's swagger), with the descriptions of Tink Core
 * iOS's doc comments; statusPayload carries a user-friendly message with it. Wire field: status
 * (credentials).
 */
export const TinkCredentialsStatus: {
  /**
   * The credentials was just created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly CREATED: "CREATED";
  /**
   * The credentials is in the process of authenticating.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AUTHENTICATING: "AUTHENTICATING";
  /**
   * The credentials is awaiting authentication with Mobile BankID.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AWAITING_MOBILE_BANKID_AUTHENTICATION: "AWAITING_MOBILE_BANKID_AUTHENTICATION";
  /**
   * The credentials is awaiting supplemental information.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AWAITING_SUPPLEMENTAL_INFORMATION: "AWAITING_SUPPLEMENTAL_INFORMATION";
  /**
   * The credentials is done authenticating and is now fetching data.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly UPDATING: "UPDATING";
  /**
   * The credentials has finished updating data from the provider.
   * Category: success (Success); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly UPDATED: "UPDATED";
  /**
   * There was an authentication error, see `statusPayload` for text describing the error.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AUTHENTICATION_ERROR: "AUTHENTICATION_ERROR";
  /**
   * There was a temporary error, see `statusPayload` for text describing the error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   */
  readonly TEMPORARY_ERROR: "TEMPORARY_ERROR";
  /**
   * There was a permanent error, see `statusPayload` for text describing the error.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly PERMANENT_ERROR: "PERMANENT_ERROR";
  /**
   * The credentials is awaiting authentication with a third party app.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly AWAITING_THIRD_PARTY_APP_AUTHENTICATION: "AWAITING_THIRD_PARTY_APP_AUTHENTICATION";
  /**
   * The credentials have been deleted. it will not be possible to perform a refresh on this
   * credentials.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly DELETED: "DELETED";
  /**
   * The credentials' session has expired, check `sessionExpiryDate` to see when it expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly SESSION_EXPIRED: "SESSION_EXPIRED";
} = /* @__PURE__ */ membersOf(TinkCredentialsStatusCategories, TinkCredentialsStatusAliases);
export type TinkCredentialsStatus = (typeof TinkCredentialsStatus)[keyof typeof TinkCredentialsStatus];
/** A TinkCredentialsStatus as read from the wire: a known value or any other string. */
export type TinkCredentialsStatusOrUnknown = TinkCredentialsStatus | (string & {});
/** The catalog's metadata of every TinkCredentialsStatus value. */
export const TinkCredentialsStatusInfo: { readonly [V in TinkCredentialsStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/credentials_status",
  {
    CREATED: {
      description: "The credentials was just created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATING: {
      description: "The credentials is in the process of authenticating.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_MOBILE_BANKID_AUTHENTICATION: {
      description: "The credentials is awaiting authentication with Mobile BankID.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_SUPPLEMENTAL_INFORMATION: {
      description: "The credentials is awaiting supplemental information.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPDATING: {
      description: "The credentials is done authenticating and is now fetching data.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPDATED: {
      description: "The credentials has finished updating data from the provider.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_ERROR: {
      description: "There was an authentication error, see `statusPayload` for text describing the error.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPORARY_ERROR: {
      description: "There was a temporary error, see `statusPayload` for text describing the error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "A temporary error: the statusPayload says what it was; Tink Core calls it a final state, which does not change automatically.",
    },
    PERMANENT_ERROR: {
      description: "There was a permanent error, see `statusPayload` for text describing the error.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "A permanent error, a final state that does not change automatically: the statusPayload says what it was.",
    },
    AWAITING_THIRD_PARTY_APP_AUTHENTICATION: {
      description: "The credentials is awaiting authentication with a third party app.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DELETED: {
      description: "The credentials have been deleted. it will not be possible to perform a refresh on this credentials.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The credentials were deleted: no refresh is possible.",
    },
    SESSION_EXPIRED: {
      description: "The credentials' session has expired, check `sessionExpiryDate` to see when it expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "tink-core-android-swagger",
        "tink-core-ios-restcredentials",
        "tink-core-ios-credentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-android-swagger",
            "tink-core-ios-restcredentials",
            "tink-core-ios-credentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The open-banking session ended (sessionExpiryDate): automatic refreshes need the user to authenticate again.",
    },
  },
);
/** Whether a value is a known TinkCredentialsStatus. */
export const isTinkCredentialsStatus = (value: unknown): value is TinkCredentialsStatus => isCodeOf(TinkCredentialsStatusCategories, TinkCredentialsStatusAliases, value);

/** Other wire spellings of TinkLegacyErrorCode values (alias -> value). */
export const TinkLegacyErrorCodeAliases: { readonly [alias: string]: TinkLegacyErrorCode } = {
};
/** The category of every TinkLegacyErrorCode value and alias: all a listener needs to read one. */
export const TinkLegacyErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "409": "integration_error",
  "412": "integration_error",
  "429": "rate_limited",
  "451": "rejected",
  "500": "generic_failure",
};
/**
 * Legacy API error code: The errorCode of an error body of Tink's API (v1), {errorCode,
 * errorMessage}: an HTTP status as text, which Tink Core iOS reads as an integer and maps to its
 * ServiceError, whose doc comments describe each. The category of each is bankcodes' reading. Wire
 * field: errorCode (legacy API error body).
 */
export const TinkLegacyErrorCode: {
  /**
   * Invalid argument
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 400.
   */
  readonly STATUS_400: "400";
  /**
   * The user is not authenticated
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 401.
   */
  readonly STATUS_401: "401";
  /**
   * The user has no permission
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 403.
   */
  readonly STATUS_403: "403";
  /**
   * Not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 404.
   */
  readonly STATUS_404: "404";
  /**
   * The resource already exists
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 409.
   */
  readonly STATUS_409: "409";
  /**
   * Precondition failed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 412.
   */
  readonly STATUS_412: "412";
  /**
   * Request rate limit is exceeded
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Tink's published text.
   * HTTP: 429.
   */
  readonly STATUS_429: "429";
  /**
   * The request cannot be fulfilled because of legal/contractual reasons.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Tink's published text.
   * HTTP: 451.
   */
  readonly STATUS_451: "451";
  /**
   * Internal error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Tink's published text.
   * HTTP: 500.
   */
  readonly STATUS_500: "500";
} = {
  STATUS_400: "400",
  STATUS_401: "401",
  STATUS_403: "403",
  STATUS_404: "404",
  STATUS_409: "409",
  STATUS_412: "412",
  STATUS_429: "429",
  STATUS_451: "451",
  STATUS_500: "500",
};
export type TinkLegacyErrorCode = (typeof TinkLegacyErrorCode)[keyof typeof TinkLegacyErrorCode];
/** A TinkLegacyErrorCode as read from the wire: a known value or any other string. */
export type TinkLegacyErrorCodeOrUnknown = TinkLegacyErrorCode | (string & {});
/** The catalog's metadata of every TinkLegacyErrorCode value. */
export const TinkLegacyErrorCodeInfo: { readonly [V in TinkLegacyErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/legacy_error_code",
  {
    "400": {
      name: "STATUS_400",
      description: "Invalid argument",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "STATUS_401",
      description: "The user is not authenticated",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "STATUS_403",
      description: "The user has no permission",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "STATUS_404",
      description: "Not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "STATUS_409",
      description: "The resource already exists",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "412": {
      name: "STATUS_412",
      description: "Precondition failed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [412],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "STATUS_429",
      description: "Request rate limit is exceeded",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "451": {
      name: "STATUS_451",
      description: "The request cannot be fulfilled because of legal/contractual reasons.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [451],
      sources: [
        "tink-core-ios-httpstatus",
        "tink-core-ios-serviceerror",
        "tink-core-android-swagger",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "tink-core-ios-httpstatus",
            "tink-core-ios-serviceerror",
            "tink-core-android-swagger",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "STATUS_500",
      description: "Internal error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TinkLegacyErrorCode. */
export const isTinkLegacyErrorCode = (value: unknown): value is TinkLegacyErrorCode => isCodeOf(TinkLegacyErrorCodeCategories, TinkLegacyErrorCodeAliases, value);

/** Other wire spellings of TinkTransferStatus values (alias -> value). */
export const TinkTransferStatusAliases: { readonly [alias: string]: TinkTransferStatus } = {
};
/** The category of every TinkTransferStatus value and alias: all a listener needs to read one. */
export const TinkTransferStatusCategories: { readonly [spelling: string]: Category } = {
  AWAITING_CREDENTIALS: "pending",
  CREATED: "pending",
  SENT: "success",
  FAILED: "generic_failure",
  CANCELLED: "cancelled",
  UNKNOWN: "informational",
};
/**
 * Transfer status: The status of a transfer or a payment request's transfer in Tink's API (v1), as
 * the legacy API's swagger lists it: each description is bankcodes' reading of the name. Wire
 * field: status (TransferResponse, PaymentRequestCreatedTransfer).
 */
export const TinkTransferStatus: {
  /**
   * The transfer waits for the user's credentials.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_CREDENTIALS: "AWAITING_CREDENTIALS";
  /**
   * The transfer was created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATED: "CREATED";
  /**
   * The transfer was sent.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SENT: "SENT";
  /**
   * The transfer failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The transfer was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * The transfer's status is not known.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
} = /* @__PURE__ */ membersOf(TinkTransferStatusCategories, TinkTransferStatusAliases);
export type TinkTransferStatus = (typeof TinkTransferStatus)[keyof typeof TinkTransferStatus];
/** A TinkTransferStatus as read from the wire: a known value or any other string. */
export type TinkTransferStatusOrUnknown = TinkTransferStatus | (string & {});
/** The catalog's metadata of every TinkTransferStatus value. */
export const TinkTransferStatusInfo: { readonly [V in TinkTransferStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/transfer_status",
  {
    AWAITING_CREDENTIALS: {
      description: "The transfer waits for the user's credentials.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATED: {
      description: "The transfer was created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SENT: {
      description: "The transfer was sent.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The transfer failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The transfer was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN: {
      description: "The transfer's status is not known.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TinkTransferStatus. */
export const isTinkTransferStatus = (value: unknown): value is TinkTransferStatus => isCodeOf(TinkTransferStatusCategories, TinkTransferStatusAliases, value);

/** Other wire spellings of TinkProviderStatus values (alias -> value). */
export const TinkProviderStatusAliases: { readonly [alias: string]: TinkProviderStatus } = {
};
/** The category of every TinkProviderStatus value and alias: all a listener needs to read one. */
export const TinkProviderStatusCategories: { readonly [spelling: string]: Category } = {
  ENABLED: "success",
  TEMPORARY_DISABLED: "institution_unavailable",
  DISABLED: "institution_not_supported",
};
/**
 * Provider status: The status of a provider (a bank) in Tink's API (v1), as the legacy API's
 * swagger lists it: each description is bankcodes' reading of the name. Wire field: status
 * (Provider).
 */
export const TinkProviderStatus: {
  /**
   * The provider can be used.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENABLED: "ENABLED";
  /**
   * The provider is disabled for a while.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly TEMPORARY_DISABLED: "TEMPORARY_DISABLED";
  /**
   * The provider is disabled.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DISABLED: "DISABLED";
} = /* @__PURE__ */ membersOf(TinkProviderStatusCategories, TinkProviderStatusAliases);
export type TinkProviderStatus = (typeof TinkProviderStatus)[keyof typeof TinkProviderStatus];
/** A TinkProviderStatus as read from the wire: a known value or any other string. */
export type TinkProviderStatusOrUnknown = TinkProviderStatus | (string & {});
/** The catalog's metadata of every TinkProviderStatus value. */
export const TinkProviderStatusInfo: { readonly [V in TinkProviderStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/provider_status",
  {
    ENABLED: {
      description: "The provider can be used.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPORARY_DISABLED: {
      description: "The provider is disabled for a while.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DISABLED: {
      description: "The provider is disabled.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-core-android-swagger"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TinkProviderStatus. */
export const isTinkProviderStatus = (value: unknown): value is TinkProviderStatus => isCodeOf(TinkProviderStatusCategories, TinkProviderStatusAliases, value);

/** Other wire spellings of TinkWebhookEvent values (alias -> value). */
export const TinkWebhookEventAliases: { readonly [alias: string]: TinkWebhookEvent } = {
};
/** The category of every TinkWebhookEvent value and alias: all a listener needs to read one. */
export const TinkWebhookEventCategories: { readonly [spelling: string]: Category } = {
  "account-transactions:modified": "informational",
  "account-booked-transactions:modified": "informational",
  "account:created": "informational",
  "account:updated": "informational",
  "refresh:finished": "informational",
  "actionable-insights:created": "informational",
  "payment:updated": "informational",
  "mandate-payment:updated": "informational",
};
/**
 * Webhook event: The event type of a webhook of the Events API (its event field), as the Available
 * events table of Set up webhooks for your app lists them, in the page's words (its code spans
 * written plain). Wire field: event of a webhook.
 */
export const TinkWebhookEvent: {
  /**
   * This event is fired when an account has new or updated transactions, regardless of their
   * booking status.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly account_transactions_modified: "account-transactions:modified";
  /**
   * This event is fired when an account has new or updated transactions that have status BOOKED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly account_booked_transactions_modified: "account-booked-transactions:modified";
  /**
   * This event is fired when an account resource has been created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly account_created: "account:created";
  /**
   * This event is fired when an account resource has been updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly account_updated: "account:updated";
  /**
   * This event is fired when a refresh operation has finished for a credentials (for Account
   * Aggregation) or consent (for Transactions). This can happen for on-demand refreshes and
   * background refreshes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly refresh_finished: "refresh:finished";
  /**
   * This event is fired when an insight has been generated (Money Manager only)
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly actionable_insights_created: "actionable-insights:created";
  /**
   * This event is fired when any transfer corresponding to any existing payment for any of your
   * app's users has been updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly payment_updated: "payment:updated";
  /**
   * This event is fired when the status of a mandate payment has been updated to one of the final
   * statuses.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Tink's published text.
   */
  readonly mandate_payment_updated: "mandate-payment:updated";
} = /* @__PURE__ */ membersOf(TinkWebhookEventCategories, TinkWebhookEventAliases, {
  "account-transactions:modified": "account_transactions_modified",
  "account-booked-transactions:modified": "account_booked_transactions_modified",
  "account:created": "account_created",
  "account:updated": "account_updated",
  "refresh:finished": "refresh_finished",
  "actionable-insights:created": "actionable_insights_created",
  "payment:updated": "payment_updated",
  "mandate-payment:updated": "mandate_payment_updated",
});
export type TinkWebhookEvent = (typeof TinkWebhookEvent)[keyof typeof TinkWebhookEvent];
/** A TinkWebhookEvent as read from the wire: a known value or any other string. */
export type TinkWebhookEventOrUnknown = TinkWebhookEvent | (string & {});
/** The catalog's metadata of every TinkWebhookEvent value. */
export const TinkWebhookEventInfo: { readonly [V in TinkWebhookEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/tink/webhook_event",
  {
    "account-transactions:modified": {
      name: "account_transactions_modified",
      description: "This event is fired when an account has new or updated transactions, regardless of their booking status.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account-booked-transactions:modified": {
      name: "account_booked_transactions_modified",
      description: "This event is fired when an account has new or updated transactions that have status BOOKED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account:created": {
      name: "account_created",
      description: "This event is fired when an account resource has been created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account:updated": {
      name: "account_updated",
      description: "This event is fired when an account resource has been updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "refresh:finished": {
      name: "refresh_finished",
      description: "This event is fired when a refresh operation has finished for a credentials (for Account Aggregation) or consent (for Transactions). This can happen for on-demand refreshes and background refreshes.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "actionable-insights:created": {
      name: "actionable_insights_created",
      description: "This event is fired when an insight has been generated (Money Manager only)",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment:updated": {
      name: "payment_updated",
      description: "This event is fired when any transfer corresponding to any existing payment for any of your app's users has been updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mandate-payment:updated": {
      name: "mandate_payment_updated",
      description: "This event is fired when the status of a mandate payment has been updated to one of the final statuses.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tink-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tink-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "account-transactions:modified": "account_transactions_modified",
    "account-booked-transactions:modified": "account_booked_transactions_modified",
    "account:created": "account_created",
    "account:updated": "account_updated",
    "refresh:finished": "refresh_finished",
    "actionable-insights:created": "actionable_insights_created",
    "payment:updated": "payment_updated",
    "mandate-payment:updated": "mandate_payment_updated",
  },
);
/** Whether a value is a known TinkWebhookEvent. */
export const isTinkWebhookEvent = (value: unknown): value is TinkWebhookEvent => isCodeOf(TinkWebhookEventCategories, TinkWebhookEventAliases, value);
