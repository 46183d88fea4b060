// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Powens (https://www.powens.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of PowensConnectionState values (alias -> value). */
export const PowensConnectionStateAliases: { readonly [alias: string]: PowensConnectionState } = {
};
/** The category of every PowensConnectionState value and alias: all a listener needs to read one. */
export const PowensConnectionStateCategories: { readonly [spelling: string]: Category } = {
  SCARequired: "reconnect_required",
  webauthRequired: "reconnect_required",
  additionalInformationNeeded: "mfa_required",
  decoupled: "mfa_required",
  validating: "pending",
  actionNeeded: "action_required_at_institution",
  passwordExpired: "action_required_at_institution",
  wrongpass: "credentials_invalid",
  rateLimiting: "rate_limited",
  websiteUnavailable: "institution_unavailable",
  bug: "generic_failure",
};
/**
 * Connection state: The state of a connection after its last synchronisation (state, and its
 * deprecated twin error): "If the last update failed, the state code. The `null` value indicates a
 * successful sync." (connections.yml's ConnectionState, which describes each value). The end-user
 * messages are the Webview's Error message page's examples, read for its first five rows. The
 * categories are bankcodes' reading. Wire field: state (connection, and each of its sources);
 * error, deprecated.
 */
export const PowensConnectionState: {
  /**
   * An SCA process must be performed to resume the synchronization process.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * User message: Your institution requires a new step for validating your credentials. Please
   * follow this link to update them.
   * Whose words: description: Powens' published text; user message: Powens' published text.
   */
  readonly SCARequired: "SCARequired";
  /**
   * A web-based authentication process is required using the /webauth endpoint.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * User message: Your institution is requesting a new step to validate your credentials. Please
   * follow this link to update them.
   * Whose words: description: Powens' published text; user message: Powens' published text.
   */
  readonly webauthRequired: "webauthRequired";
  /**
   * Additional information is needed to resume synchronization, such as an OTP. Connections in this
   * state have a `fields` property.
   * Category: mfa_required (MFA required); retryable: no.
   * User message: A one-time use code is required to complete your strong authentication. Please
   * follow this link to enter it.
   * Whose words: description: Powens' published text; user message: Powens' published text.
   */
  readonly additionalInformationNeeded: "additionalInformationNeeded";
  /**
   * User validation is required on a third-party app or device (ex: digital key).
   * Category: mfa_required (MFA required); retryable: no.
   * User message: You need to complete strong authentication from your bank's application.
   * Whose words: description: Powens' published text; user message: Powens' published text.
   */
  readonly decoupled: "decoupled";
  /**
   * User validation is being processed on our side. This state is temporary.
   * Category: pending (Pending); retryable: no.
   * User message: We are waiting for the bank's validation to synchronize the connection.
   * Whose words: description: Powens' published text; user message: Powens' published text.
   */
  readonly validating: "validating";
  /**
   * An action is needed on the website by the user, synchronization is blocked.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly actionNeeded: "actionNeeded";
  /**
   * The password has expired and needs to be changed by the user before the synchronization can be
   * retried.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly passwordExpired: "passwordExpired";
  /**
   * The authentication on website has failed and new credentials must be obtained from the user.
   * Connections in this state have a `fields` property.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly wrongpass: "wrongpass";
  /**
   * The target website or API is temporarily blocking synchronizations due to rate limiting.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Powens' published text.
   */
  readonly rateLimiting: "rateLimiting";
  /**
   * The connector website or API is unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Powens' published text.
   */
  readonly websiteUnavailable: "websiteUnavailable";
  /**
   * An internal error has occurred during the synchronization.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Powens' published text.
   */
  readonly bug: "bug";
} = /* @__PURE__ */ membersOf(PowensConnectionStateCategories, PowensConnectionStateAliases);
export type PowensConnectionState = (typeof PowensConnectionState)[keyof typeof PowensConnectionState];
/** A PowensConnectionState as read from the wire: a known value or any other string. */
export type PowensConnectionStateOrUnknown = PowensConnectionState | (string & {});
/** The catalog's metadata of every PowensConnectionState value. */
export const PowensConnectionStateInfo: { readonly [V in PowensConnectionState]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/powens/connection_state",
  {
    SCARequired: {
      description: "An SCA process must be performed to resume the synchronization process.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "powens-sdk-connections-yml",
        "powens-sdk-connectionstate-kt",
        "powens-docs-webview-error-message",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "powens-sdk-connections-yml",
            "powens-sdk-connectionstate-kt",
            "powens-docs-webview-error-message",
          ],
        },
        userMessage: { by: "provider", sources: ["powens-docs-webview-error-message"] },
      },
      message: null,
      advice: null,
      userMessage: "Your institution requires a new step for validating your credentials. Please follow this link to update them.",
      aliases: [],
    },
    webauthRequired: {
      description: "A web-based authentication process is required using the /webauth endpoint.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "powens-sdk-connections-yml",
        "powens-sdk-connectionstate-kt",
        "powens-docs-webview-error-message",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "powens-sdk-connections-yml",
            "powens-sdk-connectionstate-kt",
            "powens-docs-webview-error-message",
          ],
        },
        userMessage: { by: "provider", sources: ["powens-docs-webview-error-message"] },
      },
      message: null,
      advice: null,
      userMessage: "Your institution is requesting a new step to validate your credentials. Please follow this link to update them.",
      aliases: [],
    },
    additionalInformationNeeded: {
      description: "Additional information is needed to resume synchronization, such as an OTP. Connections in this state have a `fields` property.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "powens-sdk-connections-yml",
        "powens-sdk-connectionstate-kt",
        "powens-docs-webview-error-message",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "powens-sdk-connections-yml",
            "powens-sdk-connectionstate-kt",
            "powens-docs-webview-error-message",
          ],
        },
        userMessage: { by: "provider", sources: ["powens-docs-webview-error-message"] },
      },
      message: null,
      advice: null,
      userMessage: "A one-time use code is required to complete your strong authentication. Please follow this link to enter it.",
      aliases: [],
    },
    decoupled: {
      description: "User validation is required on a third-party app or device (ex: digital key).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "powens-sdk-connections-yml",
        "powens-sdk-connectionstate-kt",
        "powens-docs-webview-error-message",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "powens-sdk-connections-yml",
            "powens-sdk-connectionstate-kt",
            "powens-docs-webview-error-message",
          ],
        },
        userMessage: { by: "provider", sources: ["powens-docs-webview-error-message"] },
      },
      message: null,
      advice: null,
      userMessage: "You need to complete strong authentication from your bank's application.",
      aliases: [],
    },
    validating: {
      description: "User validation is being processed on our side. This state is temporary.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "powens-sdk-connections-yml",
        "powens-sdk-connectionstate-kt",
        "powens-docs-webview-error-message",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "powens-sdk-connections-yml",
            "powens-sdk-connectionstate-kt",
            "powens-docs-webview-error-message",
          ],
        },
        userMessage: { by: "provider", sources: ["powens-docs-webview-error-message"] },
      },
      message: null,
      advice: null,
      userMessage: "We are waiting for the bank's validation to synchronize the connection.",
      aliases: [],
    },
    actionNeeded: {
      description: "An action is needed on the website by the user, synchronization is blocked.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    passwordExpired: {
      description: "The password has expired and needs to be changed by the user before the synchronization can be retried.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    wrongpass: {
      description: "The authentication on website has failed and new credentials must be obtained from the user. Connections in this state have a `fields` property.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rateLimiting: {
      description: "The target website or API is temporarily blocking synchronizations due to rate limiting.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    websiteUnavailable: {
      description: "The connector website or API is unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bug: {
      description: "An internal error has occurred during the synchronization.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["powens-sdk-connections-yml", "powens-sdk-connectionstate-kt"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "An internal error during the synchronisation: the connection is not updated until a later synchronisation succeeds.",
    },
  },
);
/** Whether a value is a known PowensConnectionState. */
export const isPowensConnectionState = (value: unknown): value is PowensConnectionState => isCodeOf(PowensConnectionStateCategories, PowensConnectionStateAliases, value);

/** Other wire spellings of PowensErrorCode values (alias -> value). */
export const PowensErrorCodeAliases: { readonly [alias: string]: PowensErrorCode } = {
};
/** The category of every PowensErrorCode value and alias: all a listener needs to read one. */
export const PowensErrorCodeCategories: { readonly [spelling: string]: Category } = {
  noAccount: "account_unavailable",
  wrongpass: "credentials_invalid",
  websiteUnavailable: "institution_unavailable",
  tooManySync: "rate_limited",
  connectionLocked: "concurrent_operation",
  bankMessage: "action_required_at_institution",
  actionNeeded: "action_required_at_institution",
  bug: "generic_failure",
  notSupported: "institution_not_supported",
  config: "integration_error",
  keymanager: "generic_failure",
  dataError: "generic_failure",
  forbidden: "integration_error",
  missingParameter: "integration_error",
  invalidValue: "integration_error",
  methodNotAllowed: "integration_error",
};
/**
 * API error code: The code of a failed Powens API request's error body (code, "A code to describe
 * the error."), and the error of the /webauth redirect: the SDK's ServiceErrorCode (core.yml) lists
 * thirteen, the Errors page's Common error codes table describes five (three of them not in the
 * SDK's list), and "Additional codes may be used or added in the future." The descriptions of the
 * codes the page does not describe are bankcodes' reading of the name; the categories bankcodes'
 * reading. Wire field: code (API error body); error (the /webauth redirect).
 */
export const PowensErrorCode: {
  /**
   * No bank account is available.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly noAccount: "noAccount";
  /**
   * The credentials were not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly wrongpass: "wrongpass";
  /**
   * The institution's website or API is unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly websiteUnavailable: "websiteUnavailable";
  /**
   * Too many synchronisations were asked for.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly tooManySync: "tooManySync";
  /**
   * For all services in relation with a sub-connection resource, this error indicates that the
   * connection is in a readonly state.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Powens' published text.
   */
  readonly connectionLocked: "connectionLocked";
  /**
   * The institution sent a message for the user (in message).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly bankMessage: "bankMessage";
  /**
   * An action is needed on the institution's website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly actionNeeded: "actionNeeded";
  /**
   * An internal error occurred.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Powens' published text.
   */
  readonly bug: "bug";
  /**
   * The operation is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly notSupported: "notSupported";
  /**
   * A configuration error.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly config: "config";
  /**
   * An error of the key manager.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly keymanager: "keymanager";
  /**
   * An error in the data.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly dataError: "dataError";
  /**
   * The request is not allowed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly forbidden: "forbidden";
  /**
   * A required parameter was omitted in the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly missingParameter: "missingParameter";
  /**
   * The request is invalid, because of an unacceptable parameter or body property. Details are
   * provided in the description.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly invalidValue: "invalidValue";
  /**
   * An API endpoint was called with an unsupported HTTP method.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Powens' published text.
   */
  readonly methodNotAllowed: "methodNotAllowed";
} = /* @__PURE__ */ membersOf(PowensErrorCodeCategories, PowensErrorCodeAliases);
export type PowensErrorCode = (typeof PowensErrorCode)[keyof typeof PowensErrorCode];
/** A PowensErrorCode as read from the wire: a known value or any other string. */
export type PowensErrorCodeOrUnknown = PowensErrorCode | (string & {});
/** The catalog's metadata of every PowensErrorCode value. */
export const PowensErrorCodeInfo: { readonly [V in PowensErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/powens/error_code",
  {
    noAccount: {
      description: "No bank account is available.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    wrongpass: {
      description: "The credentials were not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    websiteUnavailable: {
      description: "The institution's website or API is unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    tooManySync: {
      description: "Too many synchronisations were asked for.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    connectionLocked: {
      description: "For all services in relation with a sub-connection resource, this error indicates that the connection is in a readonly state.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml", "powens-docs-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["powens-sdk-core-yml", "powens-docs-api-errors"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bankMessage: {
      description: "The institution sent a message for the user (in message).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    actionNeeded: {
      description: "An action is needed on the institution's website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bug: {
      description: "An internal error occurred.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml", "powens-docs-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["powens-sdk-core-yml", "powens-docs-api-errors"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    notSupported: {
      description: "The operation is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    config: {
      description: "A configuration error.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    keymanager: {
      description: "An error of the key manager.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    dataError: {
      description: "An error in the data.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden: {
      description: "The request is not allowed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-sdk-core-yml"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missingParameter: {
      description: "A required parameter was omitted in the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-docs-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["powens-docs-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalidValue: {
      description: "The request is invalid, because of an unacceptable parameter or body property. Details are provided in the description.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-docs-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["powens-docs-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    methodNotAllowed: {
      description: "An API endpoint was called with an unsupported HTTP method.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["powens-docs-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["powens-docs-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PowensErrorCode. */
export const isPowensErrorCode = (value: unknown): value is PowensErrorCode => isCodeOf(PowensErrorCodeCategories, PowensErrorCodeAliases, value);

/** Other wire spellings of PowensWebviewError values (alias -> value). */
export const PowensWebviewErrorAliases: { readonly [alias: string]: PowensWebviewError } = {
};
/** The category of every PowensWebviewError value and alias: all a listener needs to read one. */
export const PowensWebviewErrorCategories: { readonly [spelling: string]: Category } = {
  access_denied: "cancelled",
  server_error: "generic_failure",
  tos_declined: "cancelled",
  session_expired: "session_expired",
};
/**
 * Webview callback error: The error of the Webview's redirect to the app (error, beside
 * error_description and state), as the SDK's WebviewErrorCode lists it: each description is
 * bankcodes' reading of the name, the categories bankcodes' reading. Wire field: error (the
 * Webview's callback query).
 */
export const PowensWebviewError: {
  /**
   * The user did not grant access.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly access_denied: "access_denied";
  /**
   * An error on Powens' side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly server_error: "server_error";
  /**
   * The user declined the terms of service.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly tos_declined: "tos_declined";
  /**
   * The Webview's session expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly session_expired: "session_expired";
} = /* @__PURE__ */ membersOf(PowensWebviewErrorCategories, PowensWebviewErrorAliases);
export type PowensWebviewError = (typeof PowensWebviewError)[keyof typeof PowensWebviewError];
/** A PowensWebviewError as read from the wire: a known value or any other string. */
export type PowensWebviewErrorOrUnknown = PowensWebviewError | (string & {});
/** The catalog's metadata of every PowensWebviewError value. */
export const PowensWebviewErrorInfo: { readonly [V in PowensWebviewError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/powens/webview_error",
  {
    access_denied: {
      description: "The user did not grant access.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-webviewerrorcode-kt", "powens-sdk-webviewcallbacks-kt"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    server_error: {
      description: "An error on Powens' side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-webviewerrorcode-kt", "powens-sdk-webviewcallbacks-kt"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    tos_declined: {
      description: "The user declined the terms of service.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-webviewerrorcode-kt", "powens-sdk-webviewcallbacks-kt"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    session_expired: {
      description: "The Webview's session expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["powens-sdk-webviewerrorcode-kt", "powens-sdk-webviewcallbacks-kt"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PowensWebviewError. */
export const isPowensWebviewError = (value: unknown): value is PowensWebviewError => isCodeOf(PowensWebviewErrorCategories, PowensWebviewErrorAliases, value);
