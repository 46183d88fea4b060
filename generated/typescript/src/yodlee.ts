// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Yodlee (https://www.yodlee.com/): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of YodleeErrorCode values (alias -> value). */
export const YodleeErrorCodeAliases: { readonly [alias: string]: YodleeErrorCode } = {
};
/** The category of every YodleeErrorCode value and alias: all a listener needs to read one. */
export const YodleeErrorCodeCategories: { readonly [spelling: string]: Category } = {
  Y001: "integration_error",
  Y002: "integration_error",
  Y003: "integration_error",
  Y005: "integration_error",
  Y006: "integration_error",
  Y007: "integration_error",
  Y008: "integration_error",
  Y303: "integration_error",
  Y800: "integration_error",
  Y803: "integration_error",
  Y804: "integration_error",
};
/**
 * API error code: The code of a failed Yodlee API request (errorCode), which "follows the format
 * YNNN. The error codes do not change. New error codes may be added as we introduce new features
 * and enhance functionalities." The Error Documentation page was read to Y008; Y303, Y800 and Y803
 * are named with their meanings by the Java SDK's validation messages, and Y804 by the page's
 * sample. The categories are bankcodes' reading: the Y0NN codes concern the credentials and tokens
 * of the integration with Yodlee (the cobrand and its users), not the end user's bank login. Wire
 * field: errorCode (the API error body).
 */
export const YodleeErrorCode: {
  /**
   * loginName and password required
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You have not provided the login name or password to the cobrand
   * (customer) login or user login services. Provide the valid login name and password.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y001: "Y001";
  /**
   * Invalid loginName/password
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You have provided an incorrect login name or password to the cobrand
   * (customer) or user login services. Provide the valid login name and password.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y002: "Y002";
  /**
   * Account is locked, contact Yodlee Customer Service
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You have exceeded the allowed number of login attempts by passing an
   * incorrect password seven consecutive times. The account is now locked. Your trial period of
   * using Yodlee API services in the developer portal environment has ended. Contact Yodlee
   * Customer Service.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y003: "Y003";
  /**
   * Suspended user
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: The login name provided is for a suspended user. Contact Yodlee
   * Customer Service.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y005: "Y005";
  /**
   * Unregistered user
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You have provided a user session for a user who has been unregistered
   * from the system.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y006: "Y006";
  /**
   * Authorization header missing
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You must provide the required authorization header parameter while
   * invoking the API services. Refer to the authorization parameter recommendations.
   * Whose words: message: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   * HTTP: 401.
   */
  readonly Y007: "Y007";
  /**
   * Invalid token in authorization header
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Yodlee's published text.
   * HTTP: 401.
   */
  readonly Y008: "Y008";
  /**
   * The client credentials are missing: the SDK's messages give it as "The clientId is required."
   * and "The secret is required."
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly Y303: "Y303";
  /**
   * A value given is invalid: the SDK's messages give it as, for example, "The provided locale
   * value is invalid." and "The provided callbackUrl value is invalid."
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly Y800: "Y800";
  /**
   * A required value is missing: the SDK's messages give it as, for example, "The callbackUrl value
   * is required." and "The eventName value is required."
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly Y803: "Y803";
  /**
   * A parameter's value is outside its permitted range.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Permitted values of top between 1 - 500
   * Whose words: description: bankcodes' wording; message: Yodlee's published text.
   */
  readonly Y804: "Y804";
} = /* @__PURE__ */ membersOf(YodleeErrorCodeCategories, YodleeErrorCodeAliases);
export type YodleeErrorCode = (typeof YodleeErrorCode)[keyof typeof YodleeErrorCode];
/** A YodleeErrorCode as read from the wire: a known value or any other string. */
export type YodleeErrorCodeOrUnknown = YodleeErrorCode | (string & {});
/** The catalog's metadata of every YodleeErrorCode value. */
export const YodleeErrorCodeInfo: { readonly [V in YodleeErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/error_code",
  {
    Y001: {
      description: "loginName and password required",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "loginName and password required",
      advice: "You have not provided the login name or password to the cobrand (customer) login or user login services. Provide the valid login name and password.",
      userMessage: null,
      aliases: [],
    },
    Y002: {
      description: "Invalid loginName/password",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Invalid loginName/password",
      advice: "You have provided an incorrect login name or password to the cobrand (customer) or user login services. Provide the valid login name and password.",
      userMessage: null,
      aliases: [],
    },
    Y003: {
      description: "Account is locked, contact Yodlee Customer Service",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Account is locked, contact Yodlee Customer Service",
      advice: "You have exceeded the allowed number of login attempts by passing an incorrect password seven consecutive times. The account is now locked. Your trial period of using Yodlee API services in the developer portal environment has ended. Contact Yodlee Customer Service.",
      userMessage: null,
      aliases: [],
    },
    Y005: {
      description: "Suspended user",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Suspended user",
      advice: "The login name provided is for a suspended user. Contact Yodlee Customer Service.",
      userMessage: null,
      aliases: [],
    },
    Y006: {
      description: "Unregistered user",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Unregistered user",
      advice: "You have provided a user session for a user who has been unregistered from the system.",
      userMessage: null,
      aliases: [],
    },
    Y007: {
      description: "Authorization header missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Authorization header missing",
      advice: "You must provide the required authorization header parameter while invoking the API services. Refer to the authorization parameter recommendations.",
      userMessage: null,
      aliases: [],
    },
    Y008: {
      description: "Invalid token in authorization header",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "yodlee-docs-error-codes",
        "yodlee-java-yodlee-error",
        "yodlee-java-validation-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "yodlee-docs-error-codes",
            "yodlee-java-yodlee-error",
            "yodlee-java-validation-messages",
          ],
        },
      },
      message: "Invalid token in authorization header",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_access_token",
      factSources: { next_step: ["yodlee-docs-error-codes"] },
    },
    Y303: {
      description: "The client credentials are missing: the SDK's messages give it as \"The clientId is required.\" and \"The secret is required.\"",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-validation-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Y800: {
      description: "A value given is invalid: the SDK's messages give it as, for example, \"The provided locale value is invalid.\" and \"The provided callbackUrl value is invalid.\"",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-validation-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Y803: {
      description: "A required value is missing: the SDK's messages give it as, for example, \"The callbackUrl value is required.\" and \"The eventName value is required.\"",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-validation-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Y804: {
      description: "A parameter's value is outside its permitted range.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["yodlee-docs-error-codes"] },
      },
      message: "Permitted values of top between 1 - 500",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeErrorCode. */
export const isYodleeErrorCode = (value: unknown): value is YodleeErrorCode => isCodeOf(YodleeErrorCodeCategories, YodleeErrorCodeAliases, value);

/** Other wire spellings of YodleeAdditionalStatus values (alias -> value). */
export const YodleeAdditionalStatusAliases: { readonly [alias: string]: YodleeAdditionalStatus } = {
};
/** The category of every YodleeAdditionalStatus value and alias: all a listener needs to read one. */
export const YodleeAdditionalStatusCategories: { readonly [spelling: string]: Category } = {
  LOGIN_IN_PROGRESS: "pending",
  DATA_RETRIEVAL_IN_PROGRESS: "pending",
  ACCT_SUMMARY_RECEIVED: "pending",
  AVAILABLE_DATA_RETRIEVED: "success",
  PARTIAL_DATA_RETRIEVED: "generic_failure",
  DATA_RETRIEVAL_FAILED: "generic_failure",
  DATA_NOT_AVAILABLE: "account_unavailable",
  ACCOUNT_LOCKED: "attempts_exhausted",
  ADDL_AUTHENTICATION_REQUIRED: "mfa_required",
  BETA_SITE_DEV_IN_PROGRESS: "institution_not_supported",
  CREDENTIALS_UPDATE_NEEDED: "action_required_at_institution",
  INCORRECT_CREDENTIALS: "credentials_invalid",
  PROPERTY_VALUE_NOT_AVAILABLE: "user_action_required",
  INVALID_ADDL_INFO_PROVIDED: "mfa_failed",
  REQUEST_TIME_OUT: "generic_failure",
  SITE_BLOCKING_ERROR: "institution_unavailable",
  UNEXPECTED_SITE_ERROR: "institution_unavailable",
  SITE_NOT_SUPPORTED: "institution_not_supported",
  SITE_UNAVAILABLE: "institution_unavailable",
  TECH_ERROR: "generic_failure",
  USER_ACTION_NEEDED_AT_SITE: "action_required_at_institution",
  SITE_SESSION_INVALIDATED: "concurrent_operation",
  NEW_AUTHENTICATION_REQUIRED: "reconnect_required",
  DATASET_NOT_SUPPORTED: "integration_error",
  ENROLLMENT_REQUIRED_FOR_DATASET: "action_required_at_institution",
  CONSENT_REQUIRED: "reconnect_required",
  CONSENT_EXPIRED: "reconnect_required",
  CONSENT_REVOKED: "reconnect_required",
  INCORRECT_OAUTH_TOKEN: "reconnect_required",
  MIGRATION_IN_PROGRESS: "pending",
  NOT_AVAILABLE: "informational",
};
/**
 * Dataset additional status: Why a provider account's dataset is in its state
 * (dataset[].additionalStatus: the status of the last update attempted for the dataset), as the
 * Java SDK's AdditionalStatusType lists it, each with a description and a next action (the SDK's
 * doc comments; its advice to the integrator). FastLink's post messages carry it too: the upgrade
 * guide renames their statusCode to additionalStatus. The categories are bankcodes' reading. Wire
 * field: dataset[].additionalStatus (a provider account; FastLink post messages' additionalStatus).
 */
export const YodleeAdditionalStatus: {
  /**
   * Login to provider site is in progress
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly LOGIN_IN_PROGRESS: "LOGIN_IN_PROGRESS";
  /**
   * Data aggregation is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly DATA_RETRIEVAL_IN_PROGRESS: "DATA_RETRIEVAL_IN_PROGRESS";
  /**
   * Basic account data is retrieved.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly ACCT_SUMMARY_RECEIVED: "ACCT_SUMMARY_RECEIVED";
  /**
   * All the data available at the provider site is retrieved for the provided dataset.
   * Category: success (Success); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly AVAILABLE_DATA_RETRIEVED: "AVAILABLE_DATA_RETRIEVED";
  /**
   * Partial data is retrieved for the dataset.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Instruct the user to try again if the mandatory data is missing. If
   * the request fails repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly PARTIAL_DATA_RETRIEVED: "PARTIAL_DATA_RETRIEVED";
  /**
   * Failed to retrieve the data due to unexpected issues.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly DATA_RETRIEVAL_FAILED: "DATA_RETRIEVAL_FAILED";
  /**
   * The requested data or document is not available at the provider site.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Instruct the user to check with the respective data provider or
   * provider site.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly DATA_NOT_AVAILABLE: "DATA_NOT_AVAILABLE";
  /**
   * The account is locked at the provider site. The user has exceeded the maximum number of
   * incorrect login attempts resulting in the account getting locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Advice to the integrator: Instruct the user to visit the provider site and take necessary
   * actions to unlock the account
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly ACCOUNT_LOCKED: "ACCOUNT_LOCKED";
  /**
   * The provider site asks for more authentication (multi-factor) information.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ADDL_AUTHENTICATION_REQUIRED: "ADDL_AUTHENTICATION_REQUIRED";
  /**
   * Support of the provider site is still being developed (beta).
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BETA_SITE_DEV_IN_PROGRESS: "BETA_SITE_DEV_IN_PROGRESS";
  /**
   * Unable to log in to the provider site due to out-dated credentials. The site may be prompting
   * the user to change or verify the credentials.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Instruct the user to visit the provider site and perform the required
   * actions, and invoke the edit account flow to update the credentials in the Yodlee system
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly CREDENTIALS_UPDATE_NEEDED: "CREDENTIALS_UPDATE_NEEDED";
  /**
   * Unable to log in to the provider site due to incorrect credentials. The credentials that the
   * user has provided are incorrect.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Instruct the user to provide the correct credentials by invoking the
   * edit account flow.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly INCORRECT_CREDENTIALS: "INCORRECT_CREDENTIALS";
  /**
   * The property value is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Advice to the integrator: Instruct the user to provide the property value
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly PROPERTY_VALUE_NOT_AVAILABLE: "PROPERTY_VALUE_NOT_AVAILABLE";
  /**
   * The user has provided incorrect MFA information or the MFA information provided has expired.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Advice to the integrator: Instruct the user to provide the correct MFA information
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly INVALID_ADDL_INFO_PROVIDED: "INVALID_ADDL_INFO_PROVIDED";
  /**
   * The request has timed-out due to technical reasons.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly REQUEST_TIME_OUT: "REQUEST_TIME_OUT";
  /**
   * The Yodlee IP is blocked by the provider site.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly SITE_BLOCKING_ERROR: "SITE_BLOCKING_ERROR";
  /**
   * All error indicating issues at the provider site, such as the site is down for maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly UNEXPECTED_SITE_ERROR: "UNEXPECTED_SITE_ERROR";
  /**
   * Indicates that the site does not support the requested data or support is not available to
   * complete the requested action. For example, site not available, document download not supported
   * at the site, etc.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Advice to the integrator: Inform the user about the latest available status
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly SITE_NOT_SUPPORTED: "SITE_NOT_SUPPORTED";
  /**
   * The provider site is unavailable due to issues such as the site is down for maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly SITE_UNAVAILABLE: "SITE_UNAVAILABLE";
  /**
   * Indicates there is a technical error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later. If the request fails
   * repeatedly, report the issue to the customer service team.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly TECH_ERROR: "TECH_ERROR";
  /**
   * The errors that require users to take action at the provider site, for example, accept T&C,
   * etc.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Instruct the user to visit the provider site and perform the
   * necessary action
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly USER_ACTION_NEEDED_AT_SITE: "USER_ACTION_NEEDED_AT_SITE";
  /**
   * Indicates if multiple sessions or a session is terminated by the provider site.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: Instruct the user to try again later
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly SITE_SESSION_INVALIDATED: "SITE_SESSION_INVALIDATED";
  /**
   * The site has requested for OAuth authentication.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: The OAUTH based authentication sites can be added or updated only
   * using Yodlee FastLink and not Yodlee APIs. Instruct the user to add the account using FastLink
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly NEW_AUTHENTICATION_REQUIRED: "NEW_AUTHENTICATION_REQUIRED";
  /**
   * The requested datasets are not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Either get the dataset/attribute enabled or remove the
   * dataset/attribute from the input
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly DATASET_NOT_SUPPORTED: "DATASET_NOT_SUPPORTED";
  /**
   * The dataset cannot be retrieved as the user has not enrolled for it.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Instruct the user to enroll for the dataset and then request for it
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly ENROLLMENT_REQUIRED_FOR_DATASET: "ENROLLMENT_REQUIRED_FOR_DATASET";
  /**
   * The user has to provide consent to access the account information through Open Banking.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Instruct the user to provide the consent through the edit account
   * flow.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly CONSENT_REQUIRED: "CONSENT_REQUIRED";
  /**
   * The consent provided by the user to access the account information through Open Banking has
   * expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Instruct the user to provide the consent through the edit account
   * flow.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly CONSENT_EXPIRED: "CONSENT_EXPIRED";
  /**
   * The user has revoked the consent to access the account information through Open Banking.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Instruct the user to provide the consent through the add account
   * flow.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly CONSENT_REVOKED: "CONSENT_REVOKED";
  /**
   * Failed to log in to the Open Banking provider site due to incorrect token.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Instruct the user to provide the consent through the edit account
   * flow.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly INCORRECT_OAUTH_TOKEN: "INCORRECT_OAUTH_TOKEN";
  /**
   * The account information is being migrated from the screen-scraping provider to the Open Banking
   * provider site.
   * Category: pending (Pending); retryable: no.
   * Advice to the integrator: No action is required as it is a transient state.
   * Whose words: description: Yodlee's published text; advice to the integrator: Yodlee's published
   * text.
   */
  readonly MIGRATION_IN_PROGRESS: "MIGRATION_IN_PROGRESS";
  /**
   * No additional status is available.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly NOT_AVAILABLE: "NOT_AVAILABLE";
} = /* @__PURE__ */ membersOf(YodleeAdditionalStatusCategories, YodleeAdditionalStatusAliases);
export type YodleeAdditionalStatus = (typeof YodleeAdditionalStatus)[keyof typeof YodleeAdditionalStatus];
/** A YodleeAdditionalStatus as read from the wire: a known value or any other string. */
export type YodleeAdditionalStatusOrUnknown = YodleeAdditionalStatus | (string & {});
/** The catalog's metadata of every YodleeAdditionalStatus value. */
export const YodleeAdditionalStatusInfo: { readonly [V in YodleeAdditionalStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/additional_status",
  {
    LOGIN_IN_PROGRESS: {
      description: "Login to provider site is in progress",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_RETRIEVAL_IN_PROGRESS: {
      description: "Data aggregation is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCT_SUMMARY_RECEIVED: {
      description: "Basic account data is retrieved.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AVAILABLE_DATA_RETRIEVED: {
      description: "All the data available at the provider site is retrieved for the provided dataset.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTIAL_DATA_RETRIEVED: {
      description: "Partial data is retrieved for the dataset.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again if the mandatory data is missing. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    DATA_RETRIEVAL_FAILED: {
      description: "Failed to retrieve the data due to unexpected issues.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    DATA_NOT_AVAILABLE: {
      description: "The requested data or document is not available at the provider site.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to check with the respective data provider or provider site.",
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_LOCKED: {
      description: "The account is locked at the provider site. The user has exceeded the maximum number of incorrect login attempts resulting in the account getting locked.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to visit the provider site and take necessary actions to unlock the account",
      userMessage: null,
      aliases: [],
    },
    ADDL_AUTHENTICATION_REQUIRED: {
      description: "The provider site asks for more authentication (multi-factor) information.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BETA_SITE_DEV_IN_PROGRESS: {
      description: "Support of the provider site is still being developed (beta).",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDENTIALS_UPDATE_NEEDED: {
      description: "Unable to log in to the provider site due to out-dated credentials. The site may be prompting the user to change or verify the credentials.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to visit the provider site and perform the required actions, and invoke the edit account flow to update the credentials in the Yodlee system",
      userMessage: null,
      aliases: [],
    },
    INCORRECT_CREDENTIALS: {
      description: "Unable to log in to the provider site due to incorrect credentials. The credentials that the user has provided are incorrect.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the correct credentials by invoking the edit account flow.",
      userMessage: null,
      aliases: [],
    },
    PROPERTY_VALUE_NOT_AVAILABLE: {
      description: "The property value is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the property value",
      userMessage: null,
      aliases: [],
    },
    INVALID_ADDL_INFO_PROVIDED: {
      description: "The user has provided incorrect MFA information or the MFA information provided has expired.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the correct MFA information",
      userMessage: null,
      aliases: [],
    },
    REQUEST_TIME_OUT: {
      description: "The request has timed-out due to technical reasons.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    SITE_BLOCKING_ERROR: {
      description: "The Yodlee IP is blocked by the provider site.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    UNEXPECTED_SITE_ERROR: {
      description: "All error indicating issues at the provider site, such as the site is down for maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    SITE_NOT_SUPPORTED: {
      description: "Indicates that the site does not support the requested data or support is not available to complete the requested action. For example, site not available, document download not supported at the site, etc.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Inform the user about the latest available status",
      userMessage: null,
      aliases: [],
    },
    SITE_UNAVAILABLE: {
      description: "The provider site is unavailable due to issues such as the site is down for maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
      userMessage: null,
      aliases: [],
    },
    TECH_ERROR: {
      description: "Indicates there is a technical error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team.",
      userMessage: null,
      aliases: [],
    },
    USER_ACTION_NEEDED_AT_SITE: {
      description: "The errors that require users to take action at the provider site, for example, accept T&C, etc.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to visit the provider site and perform the necessary action",
      userMessage: null,
      aliases: [],
    },
    SITE_SESSION_INVALIDATED: {
      description: "Indicates if multiple sessions or a session is terminated by the provider site.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to try again later",
      userMessage: null,
      aliases: [],
    },
    NEW_AUTHENTICATION_REQUIRED: {
      description: "The site has requested for OAuth authentication.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "The OAUTH based authentication sites can be added or updated only using Yodlee FastLink and not Yodlee APIs. Instruct the user to add the account using FastLink",
      userMessage: null,
      aliases: [],
    },
    DATASET_NOT_SUPPORTED: {
      description: "The requested datasets are not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Either get the dataset/attribute enabled or remove the dataset/attribute from the input",
      userMessage: null,
      aliases: [],
    },
    ENROLLMENT_REQUIRED_FOR_DATASET: {
      description: "The dataset cannot be retrieved as the user has not enrolled for it.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to enroll for the dataset and then request for it",
      userMessage: null,
      aliases: [],
    },
    CONSENT_REQUIRED: {
      description: "The user has to provide consent to access the account information through Open Banking.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the consent through the edit account flow.",
      userMessage: null,
      aliases: [],
    },
    CONSENT_EXPIRED: {
      description: "The consent provided by the user to access the account information through Open Banking has expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the consent through the edit account flow.",
      userMessage: null,
      aliases: [],
    },
    CONSENT_REVOKED: {
      description: "The user has revoked the consent to access the account information through Open Banking.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the consent through the add account flow.",
      userMessage: null,
      aliases: [],
    },
    INCORRECT_OAUTH_TOKEN: {
      description: "Failed to log in to the Open Banking provider site due to incorrect token.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "Instruct the user to provide the consent through the edit account flow.",
      userMessage: null,
      aliases: [],
    },
    MIGRATION_IN_PROGRESS: {
      description: "The account information is being migrated from the screen-scraping provider to the Open Banking provider site.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
        advice: {
          by: "provider",
          sources: ["yodlee-java-additional-status", "yodlee-docs-fastlink-upgrade-post-messages"],
        },
      },
      message: null,
      advice: "No action is required as it is a transient state.",
      userMessage: null,
      aliases: [],
    },
    NOT_AVAILABLE: {
      description: "No additional status is available.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-additional-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeAdditionalStatus. */
export const isYodleeAdditionalStatus = (value: unknown): value is YodleeAdditionalStatus => isCodeOf(YodleeAdditionalStatusCategories, YodleeAdditionalStatusAliases, value);

/** Other wire spellings of YodleeProviderAccountStatus values (alias -> value). */
export const YodleeProviderAccountStatusAliases: { readonly [alias: string]: YodleeProviderAccountStatus } = {
};
/** The category of every YodleeProviderAccountStatus value and alias: all a listener needs to read one. */
export const YodleeProviderAccountStatusCategories: { readonly [spelling: string]: Category } = {
  LOGIN_IN_PROGRESS: "pending",
  USER_INPUT_REQUIRED: "mfa_required",
  IN_PROGRESS: "pending",
  PARTIAL_SUCCESS: "generic_failure",
  SUCCESS: "success",
  FAILED: "generic_failure",
  MIGRATION_IN_PROGRESS: "pending",
  DATA_RETRIEVAL_FAILED: "generic_failure",
};
/**
 * Provider account status: The status of a provider account, the user's link to one provider site
 * (providerAccount.status), as the Java SDK's ProviderAccountStatus lists it with a doc comment for
 * each. The categories are bankcodes' reading; a dataset's additionalStatus says why. Wire field:
 * status (a provider account).
 */
export const YodleeProviderAccountStatus: {
  /**
   * Login to provider site is in progress
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly LOGIN_IN_PROGRESS: "LOGIN_IN_PROGRESS";
  /**
   * Additional authentication information is needed from the user
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly USER_INPUT_REQUIRED: "USER_INPUT_REQUIRED";
  /**
   * Login is successful and data aggregation is in progress
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly IN_PROGRESS: "IN_PROGRESS";
  /**
   * Data is partially retrieved
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Yodlee's published text.
   */
  readonly PARTIAL_SUCCESS: "PARTIAL_SUCCESS";
  /**
   * Data is retrieved successfully
   * Category: success (Success); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * Data retrieval has failed
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Yodlee's published text.
   */
  readonly FAILED: "FAILED";
  /**
   * Indicates that the migration of the provider account to the open banking provider is in
   * progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly MIGRATION_IN_PROGRESS: "MIGRATION_IN_PROGRESS";
  /**
   * Data retrieval has failed
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Yodlee's published text.
   */
  readonly DATA_RETRIEVAL_FAILED: "DATA_RETRIEVAL_FAILED";
} = /* @__PURE__ */ membersOf(YodleeProviderAccountStatusCategories, YodleeProviderAccountStatusAliases);
export type YodleeProviderAccountStatus = (typeof YodleeProviderAccountStatus)[keyof typeof YodleeProviderAccountStatus];
/** A YodleeProviderAccountStatus as read from the wire: a known value or any other string. */
export type YodleeProviderAccountStatusOrUnknown = YodleeProviderAccountStatus | (string & {});
/** The catalog's metadata of every YodleeProviderAccountStatus value. */
export const YodleeProviderAccountStatusInfo: { readonly [V in YodleeProviderAccountStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/provider_account_status",
  {
    LOGIN_IN_PROGRESS: {
      description: "Login to provider site is in progress",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_INPUT_REQUIRED: {
      description: "Additional authentication information is needed from the user",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IN_PROGRESS: {
      description: "Login is successful and data aggregation is in progress",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTIAL_SUCCESS: {
      description: "Data is partially retrieved",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "Data is retrieved successfully",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Data retrieval has failed",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MIGRATION_IN_PROGRESS: {
      description: "Indicates that the migration of the provider account to the open banking provider is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_RETRIEVAL_FAILED: {
      description: "Data retrieval has failed",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-java-provider-account-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-java-provider-account-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeProviderAccountStatus. */
export const isYodleeProviderAccountStatus = (value: unknown): value is YodleeProviderAccountStatus => isCodeOf(YodleeProviderAccountStatusCategories, YodleeProviderAccountStatusAliases, value);

/** Other wire spellings of YodleeFastLinkErrorCode values (alias -> value). */
export const YodleeFastLinkErrorCodeAliases: { readonly [alias: string]: YodleeFastLinkErrorCode } = {
};
/** The category of every YodleeFastLinkErrorCode value and alias: all a listener needs to read one. */
export const YodleeFastLinkErrorCodeCategories: { readonly [spelling: string]: Category } = {
  E700: "integration_error",
  E701: "integration_error",
  E702: "integration_error",
  E703: "integration_error",
  E704: "integration_error",
  E705: "integration_error",
  E800: "generic_failure",
};
/**
 * FastLink error code: The code of an error FastLink 4 returns "as part of the post message" (code,
 * beside its title, message and fnToCall "errorHandler"). The Error Handling page was read through
 * E800 (its deep-linking errors, each titled INVALID_PARAMETER_OR_VALUE): "E7XX and E8XX errors are
 * deep-linking errors that occur when invalid parameters or values are passed while invoking the
 * deep-linking flow." Its suggested action: "Fix the error by passing the eligible or valid
 * parameter value for the deep-linking flow." Wire field: code (a FastLink error post message).
 */
export const YodleeFastLinkErrorCode: {
  /**
   * An invalid flow parameter is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for flow
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E700: "E700";
  /**
   * An invalid providerId is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for providerId
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E701: "E701";
  /**
   * An invalid providerAccountId is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for providerAccountId
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E702: "E702";
  /**
   * An invalid accountId is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for accountId
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E703: "E703";
  /**
   * An invalid container parameter is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for container
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E704: "E704";
  /**
   * An invalid bankTransferCode is provided while invoking the FastLink deep-link flow.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for bankTransferCode
   * Whose words: description: Yodlee's published text; message: Yodlee's published text.
   */
  readonly E705: "E705";
  /**
   * A technical difficulty while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Generic Application Error
   * Whose words: description: bankcodes' wording; message: Yodlee's published text.
   */
  readonly E800: "E800";
} = /* @__PURE__ */ membersOf(YodleeFastLinkErrorCodeCategories, YodleeFastLinkErrorCodeAliases);
export type YodleeFastLinkErrorCode = (typeof YodleeFastLinkErrorCode)[keyof typeof YodleeFastLinkErrorCode];
/** A YodleeFastLinkErrorCode as read from the wire: a known value or any other string. */
export type YodleeFastLinkErrorCodeOrUnknown = YodleeFastLinkErrorCode | (string & {});
/** The catalog's metadata of every YodleeFastLinkErrorCode value. */
export const YodleeFastLinkErrorCodeInfo: { readonly [V in YodleeFastLinkErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/fastlink_error_code",
  {
    E700: {
      description: "An invalid flow parameter is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for flow",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E701: {
      description: "An invalid providerId is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for providerId",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E702: {
      description: "An invalid providerAccountId is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for providerAccountId",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E703: {
      description: "An invalid accountId is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for accountId",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E704: {
      description: "An invalid container parameter is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for container",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E705: {
      description: "An invalid bankTransferCode is provided while invoking the FastLink deep-link flow.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Invalid value for bankTransferCode",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    E800: {
      description: "A technical difficulty while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: "Generic Application Error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeFastLinkErrorCode. */
export const isYodleeFastLinkErrorCode = (value: unknown): value is YodleeFastLinkErrorCode => isCodeOf(YodleeFastLinkErrorCodeCategories, YodleeFastLinkErrorCodeAliases, value);

/** Other wire spellings of YodleeFastLinkFunction values (alias -> value). */
export const YodleeFastLinkFunctionAliases: { readonly [alias: string]: YodleeFastLinkFunction } = {
};
/** The category of every YodleeFastLinkFunction value and alias: all a listener needs to read one. */
export const YodleeFastLinkFunctionCategories: { readonly [spelling: string]: Category } = {
  resizeIframeWindow: "informational",
  newThemeResizeFloater: "informational",
  resizeFloater: "informational",
  accountStatus: "informational",
  errorHandler: "informational",
};
/**
 * FastLink post message function: The fnToCall of a FastLink post message: "The method name that
 * has to be implemented on the customer side to receive this event from FastLink." The values read
 * are the Error Handling page's and those of the upgrade guide's resize and account status
 * messages; its other messages were not read. Wire field: fnToCall (a FastLink post message).
 */
export const YodleeFastLinkFunction: {
  /**
   * FastLink 4's resize event: the height FastLink needs for its frame.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly resizeIframeWindow: "resizeIframeWindow";
  /**
   * A legacy FastLink's resize event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly newThemeResizeFloater: "newThemeResizeFloater";
  /**
   * A legacy FastLink's resize event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly resizeFloater: "resizeFloater";
  /**
   * A legacy FastLink's account status message, such as its Account Addition Failed message (an
   * onError event).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly accountStatus: "accountStatus";
  /**
   * The method name that has to be implemented on the customer side to receive this event from
   * FastLink: an error (code, title, message).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly errorHandler: "errorHandler";
} = /* @__PURE__ */ membersOf(YodleeFastLinkFunctionCategories, YodleeFastLinkFunctionAliases);
export type YodleeFastLinkFunction = (typeof YodleeFastLinkFunction)[keyof typeof YodleeFastLinkFunction];
/** A YodleeFastLinkFunction as read from the wire: a known value or any other string. */
export type YodleeFastLinkFunctionOrUnknown = YodleeFastLinkFunction | (string & {});
/** The catalog's metadata of every YodleeFastLinkFunction value. */
export const YodleeFastLinkFunctionInfo: { readonly [V in YodleeFastLinkFunction]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/fastlink_function",
  {
    resizeIframeWindow: {
      description: "FastLink 4's resize event: the height FastLink needs for its frame.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    newThemeResizeFloater: {
      description: "A legacy FastLink's resize event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    resizeFloater: {
      description: "A legacy FastLink's resize event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    accountStatus: {
      description: "A legacy FastLink's account status message, such as its Account Addition Failed message (an onError event).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink-upgrade-post-messages"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    errorHandler: {
      description: "The method name that has to be implemented on the customer side to receive this event from FastLink: an error (code, title, message).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-fastlink4-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["yodlee-docs-fastlink4-error-handling"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeFastLinkFunction. */
export const isYodleeFastLinkFunction = (value: unknown): value is YodleeFastLinkFunction => isCodeOf(YodleeFastLinkFunctionCategories, YodleeFastLinkFunctionAliases, value);

/** Other wire spellings of YodleeWebhookInfo values (alias -> value). */
export const YodleeWebhookInfoAliases: { readonly [alias: string]: YodleeWebhookInfo } = {
};
/** The category of every YodleeWebhookInfo value and alias: all a listener needs to read one. */
export const YodleeWebhookInfoCategories: { readonly [spelling: string]: Category } = {
  "REFRESH.PROCESS_COMPLETED": "informational",
};
/**
 * Webhook event info: What a Yodlee webhook notification reports (event.info). The Webhooks page's
 * payload shows one value; the rest were not read. Wire field: event.info (a webhook notification).
 */
export const YodleeWebhookInfo: {
  /**
   * The final status of an account addition or update: the process of adding or updating an account
   * has completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly refresh_process_completed: "REFRESH.PROCESS_COMPLETED";
} = /* @__PURE__ */ membersOf(YodleeWebhookInfoCategories, YodleeWebhookInfoAliases, {
  "REFRESH.PROCESS_COMPLETED": "refresh_process_completed",
});
export type YodleeWebhookInfo = (typeof YodleeWebhookInfo)[keyof typeof YodleeWebhookInfo];
/** A YodleeWebhookInfo as read from the wire: a known value or any other string. */
export type YodleeWebhookInfoOrUnknown = YodleeWebhookInfo | (string & {});
/** The catalog's metadata of every YodleeWebhookInfo value. */
export const YodleeWebhookInfoInfo: { readonly [V in YodleeWebhookInfo]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/webhook_info",
  {
    "REFRESH.PROCESS_COMPLETED": {
      name: "refresh_process_completed",
      description: "The final status of an account addition or update: the process of adding or updating an account has completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeWebhookInfo. */
export const isYodleeWebhookInfo = (value: unknown): value is YodleeWebhookInfo => isCodeOf(YodleeWebhookInfoCategories, YodleeWebhookInfoAliases, value);

/** Other wire spellings of YodleeNotificationEvent values (alias -> value). */
export const YodleeNotificationEventAliases: { readonly [alias: string]: YodleeNotificationEvent } = {
};
/** The category of every YodleeNotificationEvent value and alias: all a listener needs to read one. */
export const YodleeNotificationEventCategories: { readonly [spelling: string]: Category } = {
  REFRESH: "informational",
  DATA_UPDATES: "informational",
  AUTO_REFRESH_UPDATES: "informational",
  LATEST_BALANCE_UPDATES: "informational",
  CREDIT_ACCELERATOR_REPORT_UPDATES: "informational",
  CDV_STATUS_UPDATES: "informational",
};
/**
 * Webhook subscription event: The event a webhook subscription is for (the eventName of
 * configs/notifications/events), as the Java SDK's ConfigsNotificationEventType lists it with a doc
 * comment for each. The Webhooks page lists REFRESH, DATA_UPDATES, AUTO_REFRESH_UPDATES,
 * LATEST_BALANCE_UPDATES and CDV_STATUS_UPDATES, and Open Banking consent events whose names the
 * copy read does not hold. Wire field: eventName (a webhook subscription).
 */
export const YodleeNotificationEvent: {
  /**
   * Events that happen during add, edit and update aggregated accounts processes
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly REFRESH: "REFRESH";
  /**
   * Data updates that happen on provider accounts, accounts, transactions and holdings data due to
   * user actions or auto updates. This event is triggered to help the customer perform data
   * extracts from Yodlee system to their system
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly DATA_UPDATES: "DATA_UPDATES";
  /**
   * Events that gets triggered once there is a change in the state of cache refresh
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly AUTO_REFRESH_UPDATES: "AUTO_REFRESH_UPDATES";
  /**
   * Events that gets triggered once balance refresh completes
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly LATEST_BALANCE_UPDATES: "LATEST_BALANCE_UPDATES";
  /**
   * Events that gets triggered once there is a change in the state of credit accelerator report
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly CREDIT_ACCELERATOR_REPORT_UPDATES: "CREDIT_ACCELERATOR_REPORT_UPDATES";
  /**
   * Updates of a CDV status.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CDV_STATUS_UPDATES: "CDV_STATUS_UPDATES";
} = /* @__PURE__ */ membersOf(YodleeNotificationEventCategories, YodleeNotificationEventAliases);
export type YodleeNotificationEvent = (typeof YodleeNotificationEvent)[keyof typeof YodleeNotificationEvent];
/** A YodleeNotificationEvent as read from the wire: a known value or any other string. */
export type YodleeNotificationEventOrUnknown = YodleeNotificationEvent | (string & {});
/** The catalog's metadata of every YodleeNotificationEvent value. */
export const YodleeNotificationEventInfo: { readonly [V in YodleeNotificationEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/notification_event",
  {
    REFRESH: {
      description: "Events that happen during add, edit and update aggregated accounts processes",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_UPDATES: {
      description: "Data updates that happen on provider accounts, accounts, transactions and holdings data due to user actions or auto updates. This event is triggered to help the customer perform data extracts from Yodlee system to their system",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTO_REFRESH_UPDATES: {
      description: "Events that gets triggered once there is a change in the state of cache refresh",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LATEST_BALANCE_UPDATES: {
      description: "Events that gets triggered once balance refresh completes",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDIT_ACCELERATOR_REPORT_UPDATES: {
      description: "Events that gets triggered once there is a change in the state of credit accelerator report",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["yodlee-java-notification-events", "yodlee-docs-webhooks"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CDV_STATUS_UPDATES: {
      description: "Updates of a CDV status.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeNotificationEvent. */
export const isYodleeNotificationEvent = (value: unknown): value is YodleeNotificationEvent => isCodeOf(YodleeNotificationEventCategories, YodleeNotificationEventAliases, value);

/** Other wire spellings of YodleeRefreshStatusCode values (alias -> value). */
export const YodleeRefreshStatusCodeAliases: { readonly [alias: string]: YodleeRefreshStatusCode } = {
};
/** The category of every YodleeRefreshStatusCode value and alias: all a listener needs to read one. */
export const YodleeRefreshStatusCodeCategories: { readonly [spelling: string]: Category } = {
  "0": "success",
  "801": "pending",
  "802": "pending",
  "401": "institution_unavailable",
};
/**
 * Refresh status code (API v1.0): The numeric refresh status of Yodlee API v1.0 (a provider
 * account's refresh status code; FastLink's legacy post messages carried it as statusCode, which
 * FastLink 4's carry as additionalStatus), as the Error Codes for Yodlee API v1.0 page lists it by
 * error code, type (not an error, agent, site or UAR, "User Action Required") and name. Only its
 * first four rows were read. The categories are bankcodes' reading. Wire field: the refresh status
 * code of a provider account (API v1.0; statusCode of a legacy FastLink post message).
 */
export const YodleeRefreshStatusCode: {
  /**
   * Your account has been successfully added. 0 indicates success. No error name will be returned
   * as the account is successfully added.
   * Category: success (Success); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly OK: 0;
  /**
   * Request In Progress: Please wait while we update your account.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly REFRESH_NEVER_DONE: 801;
  /**
   * Updating Account (802): We are in the process of updating your account with revised credentials
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Yodlee's published text.
   */
  readonly REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE: 802;
  /**
   * Problem Updating Account (401): the provider site could not be reached.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly NO_CONNECTION: 401;
} = {
  OK: 0,
  REFRESH_NEVER_DONE: 801,
  REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE: 802,
  NO_CONNECTION: 401,
};
export type YodleeRefreshStatusCode = (typeof YodleeRefreshStatusCode)[keyof typeof YodleeRefreshStatusCode];
/** A YodleeRefreshStatusCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type YodleeRefreshStatusCodeOrUnknown = YodleeRefreshStatusCode | (number & {}) | `${number}`;
/** The catalog's metadata of every YodleeRefreshStatusCode value. */
export const YodleeRefreshStatusCodeInfo: { readonly [V in YodleeRefreshStatusCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/yodlee/refresh_status_code",
  {
    "0": {
      name: "OK",
      description: "Your account has been successfully added. 0 indicates success. No error name will be returned as the account is successfully added.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-api-v1-0-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yodlee-docs-api-v1-0-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "801": {
      name: "REFRESH_NEVER_DONE",
      description: "Request In Progress: Please wait while we update your account.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-api-v1-0-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yodlee-docs-api-v1-0-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "802": {
      name: "REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE",
      description: "Updating Account (802): We are in the process of updating your account with revised credentials",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["yodlee-docs-api-v1-0-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["yodlee-docs-api-v1-0-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "NO_CONNECTION",
      description: "Problem Updating Account (401): the provider site could not be reached.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["yodlee-docs-api-v1-0-error-codes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known YodleeRefreshStatusCode. */
export const isYodleeRefreshStatusCode = (value: unknown): value is YodleeRefreshStatusCode => isNumericCodeOf(YodleeRefreshStatusCodeCategories, value);
