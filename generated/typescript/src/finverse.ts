// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Finverse (https://www.finverse.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of FinverseErrorType values (alias -> value). */
export const FinverseErrorTypeAliases: { readonly [alias: string]: FinverseErrorType } = {
};
/** The category of every FinverseErrorType value and alias: all a listener needs to read one. */
export const FinverseErrorTypeCategories: { readonly [spelling: string]: Category } = {
  LINK_ERROR: "generic_failure",
  API_ERROR: "generic_failure",
};
/**
 * Error type: The type of a Finverse error (error.type of an error body: ErrBodyModel's
 * FvErrorModel, BadRequestModelV2's error; and of the error a mandate, a card or a card link
 * carries, FvEmbeddedErrorModel), the FinverseErrorCategory enum of Finverse's TypeScript SDK ("The
 * error type"); its error_code and message say which error, and error_code is a string the SDK
 * lists no values of (a login identity's own error, LoginIdentityError, has a type that is a
 * string). The descriptions and categories are bankcodes' reading of the names. Wire field:
 * error.type (an error body; the error of a mandate, a card or a card link).
 */
export const FinverseErrorType: {
  /**
   * An error linking the institution or retrieving its data.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINK_ERROR: "LINK_ERROR";
  /**
   * An error of the API request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly API_ERROR: "API_ERROR";
} = /* @__PURE__ */ membersOf(FinverseErrorTypeCategories, FinverseErrorTypeAliases);
export type FinverseErrorType = (typeof FinverseErrorType)[keyof typeof FinverseErrorType];
/** A FinverseErrorType as read from the wire: a known value or any other string. */
export type FinverseErrorTypeOrUnknown = FinverseErrorType | (string & {});
/** The catalog's metadata of every FinverseErrorType value. */
export const FinverseErrorTypeInfo: { readonly [V in FinverseErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/error_type",
  {
    LINK_ERROR: {
      description: "An error linking the institution or retrieving its data.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    API_ERROR: {
      description: "An error of the API request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseErrorType. */
export const isFinverseErrorType = (value: unknown): value is FinverseErrorType => isCodeOf(FinverseErrorTypeCategories, FinverseErrorTypeAliases, value);

/** Other wire spellings of FinverseErrorCode values (alias -> value). */
export const FinverseErrorCodeAliases: { readonly [alias: string]: FinverseErrorCode } = {
};
/** The category of every FinverseErrorCode value and alias: all a listener needs to read one. */
export const FinverseErrorCodeCategories: { readonly [spelling: string]: Category } = {
  CREDENTIALS_INVALID: "credentials_invalid",
  PAYMENT_METHOD_EXPIRED: "user_action_required",
};
/**
 * Error code: Which Finverse error it is (error.error_code of an error body, beside its type; and
 * of the error a mandate, a card or a card link carries, and of the error a card setup's answer
 * carries), a string that Finverse's OpenAPI description and TypeScript SDK type without listing
 * its values: the codes held are the OpenAPI's examples of it, CREDENTIALS_INVALID in its error
 * models and PAYMENT_METHOD_EXPIRED ("Finverse error code") in FrontendFvErrorModel, with its
 * message and its words for the end user. Finverse's own list of error codes (its documentation)
 * was not read. Wire field: error.error_code (an error body; the error of a mandate, a card, a card
 * link or a card setup).
 */
export const FinverseErrorCode: {
  /**
   * The institution did not accept the credentials the end user gave.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREDENTIALS_INVALID: "CREDENTIALS_INVALID";
  /**
   * The payment method has expired: the payer is to use another one.
   * Category: user_action_required (User action required); retryable: no.
   * Message: Payment method expired
   * User message: Please use a different payment method.
   * Whose words: description: bankcodes' wording; message: Finverse's published text; user message:
   * Finverse's published text.
   */
  readonly PAYMENT_METHOD_EXPIRED: "PAYMENT_METHOD_EXPIRED";
} = /* @__PURE__ */ membersOf(FinverseErrorCodeCategories, FinverseErrorCodeAliases);
export type FinverseErrorCode = (typeof FinverseErrorCode)[keyof typeof FinverseErrorCode];
/** A FinverseErrorCode as read from the wire: a known value or any other string. */
export type FinverseErrorCodeOrUnknown = FinverseErrorCode | (string & {});
/** The catalog's metadata of every FinverseErrorCode value. */
export const FinverseErrorCodeInfo: { readonly [V in FinverseErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/error_code",
  {
    CREDENTIALS_INVALID: {
      description: "The institution did not accept the credentials the end user gave.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_METHOD_EXPIRED: {
      description: "The payment method has expired: the payer is to use another one.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-openapi"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["finverse-openapi"] },
        userMessage: { by: "provider", sources: ["finverse-openapi"] },
      },
      message: "Payment method expired",
      advice: null,
      userMessage: "Please use a different payment method.",
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseErrorCode. */
export const isFinverseErrorCode = (value: unknown): value is FinverseErrorCode => isCodeOf(FinverseErrorCodeCategories, FinverseErrorCodeAliases, value);

/** Other wire spellings of FinverseLoginIdentityStatus values (alias -> value). */
export const FinverseLoginIdentityStatusAliases: { readonly [alias: string]: FinverseLoginIdentityStatus } = {
};
/** The category of every FinverseLoginIdentityStatus value and alias: all a listener needs to read one. */
export const FinverseLoginIdentityStatusCategories: { readonly [spelling: string]: Category } = {
  UNKNOWN: "informational",
  ERROR: "generic_failure",
  LINKING: "pending",
  AUTHENTICATING: "pending",
  CONNECTION_COMPLETE: "pending",
  CONNECTION_IN_PROGRESS: "pending",
  DATA_RETRIEVAL_IN_PROGRESS: "pending",
  DATA_AVAILABLE: "pending",
  DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL: "generic_failure",
  DATA_RETRIEVAL_COMPLETE: "success",
  REFRESHING: "pending",
  UNLINKED: "cancelled",
  UNLINK_SUCCEEDED: "cancelled",
  UNLINK_FAILED: "generic_failure",
};
/**
 * Login identity status: Where a login identity (the end user's link to one institution) stands:
 * login_identity.status of GET /login_identity, the LoginIdentityStatus enum of Finverse's
 * TypeScript SDK ("Login identity status"). The README polls it every 3 seconds, at most 20 times,
 * until it is ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL or DATA_RETRIEVAL_COMPLETE; the
 * descriptions and categories are bankcodes' reading of the names. Wire field:
 * login_identity.status (GET /login_identity).
 */
export const FinverseLoginIdentityStatus: {
  /**
   * The login identity's status is not known.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * Linking the institution or retrieving its data failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ERROR: "ERROR";
  /**
   * The end user is linking the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINKING: "LINKING";
  /**
   * Finverse is signing in to the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATING: "AUTHENTICATING";
  /**
   * The connection to the institution is made; its data is yet to be retrieved.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECTION_COMPLETE: "CONNECTION_COMPLETE";
  /**
   * The connection to the institution is being made.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECTION_IN_PROGRESS: "CONNECTION_IN_PROGRESS";
  /**
   * The institution's data is being retrieved.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DATA_RETRIEVAL_IN_PROGRESS: "DATA_RETRIEVAL_IN_PROGRESS";
  /**
   * Some of the institution's data is available while the rest is being retrieved.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DATA_AVAILABLE: "DATA_AVAILABLE";
  /**
   * Part of the institution's data was retrieved, not all of it.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL: "DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL";
  /**
   * The institution's data has been retrieved.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DATA_RETRIEVAL_COMPLETE: "DATA_RETRIEVAL_COMPLETE";
  /**
   * The institution's data is being refreshed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REFRESHING: "REFRESHING";
  /**
   * The login identity has been unlinked.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNLINKED: "UNLINKED";
  /**
   * Unlinking the login identity succeeded.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNLINK_SUCCEEDED: "UNLINK_SUCCEEDED";
  /**
   * Unlinking the login identity failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNLINK_FAILED: "UNLINK_FAILED";
} = /* @__PURE__ */ membersOf(FinverseLoginIdentityStatusCategories, FinverseLoginIdentityStatusAliases);
export type FinverseLoginIdentityStatus = (typeof FinverseLoginIdentityStatus)[keyof typeof FinverseLoginIdentityStatus];
/** A FinverseLoginIdentityStatus as read from the wire: a known value or any other string. */
export type FinverseLoginIdentityStatusOrUnknown = FinverseLoginIdentityStatus | (string & {});
/** The catalog's metadata of every FinverseLoginIdentityStatus value. */
export const FinverseLoginIdentityStatusInfo: { readonly [V in FinverseLoginIdentityStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/login_identity_status",
  {
    UNKNOWN: {
      description: "The login identity's status is not known.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Linking the institution or retrieving its data failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINKING: {
      description: "The end user is linking the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATING: {
      description: "Finverse is signing in to the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONNECTION_COMPLETE: {
      description: "The connection to the institution is made; its data is yet to be retrieved.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONNECTION_IN_PROGRESS: {
      description: "The connection to the institution is being made.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_RETRIEVAL_IN_PROGRESS: {
      description: "The institution's data is being retrieved.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_AVAILABLE: {
      description: "Some of the institution's data is available while the rest is being retrieved.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL: {
      description: "Part of the institution's data was retrieved, not all of it.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
    },
    DATA_RETRIEVAL_COMPLETE: {
      description: "The institution's data has been retrieved.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFRESHING: {
      description: "The institution's data is being refreshed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLINKED: {
      description: "The login identity has been unlinked.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLINK_SUCCEEDED: {
      description: "Unlinking the login identity succeeded.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLINK_FAILED: {
      description: "Unlinking the login identity failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseLoginIdentityStatus. */
export const isFinverseLoginIdentityStatus = (value: unknown): value is FinverseLoginIdentityStatus => isCodeOf(FinverseLoginIdentityStatusCategories, FinverseLoginIdentityStatusAliases, value);

/** Other wire spellings of FinverseLoginIdentitySessionStatus values (alias -> value). */
export const FinverseLoginIdentitySessionStatusAliases: { readonly [alias: string]: FinverseLoginIdentitySessionStatus } = {
};
/** The category of every FinverseLoginIdentitySessionStatus value and alias: all a listener needs to read one. */
export const FinverseLoginIdentitySessionStatusCategories: { readonly [spelling: string]: Category } = {
  UNKNOWN: "informational",
  IN_PROGRESS: "pending",
  COMPLETED: "success",
  UNLINKED: "cancelled",
};
/**
 * Login identity session status: The status of a login identity's linking session
 * (login_identity.session_status), the LoginIdentitySessionStatus enum of Finverse's TypeScript SDK
 * ("Login identity session status"); the descriptions and categories are bankcodes' reading of the
 * names. Wire field: login_identity.session_status (GET /login_identity).
 */
export const FinverseLoginIdentitySessionStatus: {
  /**
   * The session's status is not known.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The linking session is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly IN_PROGRESS: "IN_PROGRESS";
  /**
   * The linking session is completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly COMPLETED: "COMPLETED";
  /**
   * The login identity of the session has been unlinked.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNLINKED: "UNLINKED";
} = /* @__PURE__ */ membersOf(FinverseLoginIdentitySessionStatusCategories, FinverseLoginIdentitySessionStatusAliases);
export type FinverseLoginIdentitySessionStatus = (typeof FinverseLoginIdentitySessionStatus)[keyof typeof FinverseLoginIdentitySessionStatus];
/** A FinverseLoginIdentitySessionStatus as read from the wire: a known value or any other string. */
export type FinverseLoginIdentitySessionStatusOrUnknown = FinverseLoginIdentitySessionStatus | (string & {});
/** The catalog's metadata of every FinverseLoginIdentitySessionStatus value. */
export const FinverseLoginIdentitySessionStatusInfo: { readonly [V in FinverseLoginIdentitySessionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/login_identity_session_status",
  {
    UNKNOWN: {
      description: "The session's status is not known.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IN_PROGRESS: {
      description: "The linking session is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "The linking session is completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLINKED: {
      description: "The login identity of the session has been unlinked.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseLoginIdentitySessionStatus. */
export const isFinverseLoginIdentitySessionStatus = (value: unknown): value is FinverseLoginIdentitySessionStatus => isCodeOf(FinverseLoginIdentitySessionStatusCategories, FinverseLoginIdentitySessionStatusAliases, value);

/** Other wire spellings of FinverseAuthenticationStatus values (alias -> value). */
export const FinverseAuthenticationStatusAliases: { readonly [alias: string]: FinverseAuthenticationStatus } = {
};
/** The category of every FinverseAuthenticationStatus value and alias: all a listener needs to read one. */
export const FinverseAuthenticationStatusCategories: { readonly [spelling: string]: Category } = {
  UNKNOWN: "informational",
  LINKING: "pending",
  AUTHENTICATING: "pending",
  AUTHENTICATED: "success",
  AUTHENTICATE_FAILED: "credentials_invalid",
  AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: "institution_unavailable",
  AUTHENTICATION_TOO_MANY_ATTEMPTS: "attempts_exhausted",
};
/**
 * Login identity authentication status: The status of signing in to the institution
 * (login_identity.authentication_status.status), the LoginIdentityAuthStatus enum of Finverse's
 * TypeScript SDK ("Login identity authentication status"); the descriptions and categories are
 * bankcodes' reading of the names. Wire field: login_identity.authentication_status.status (GET
 * /login_identity).
 */
export const FinverseAuthenticationStatus: {
  /**
   * The authentication's status is not known.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The end user is linking the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINKING: "LINKING";
  /**
   * Finverse is signing in to the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATING: "AUTHENTICATING";
  /**
   * Signing in to the institution succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATED: "AUTHENTICATED";
  /**
   * Signing in to the institution failed.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATE_FAILED: "AUTHENTICATE_FAILED";
  /**
   * Signing in to this institution is not available for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: "AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION";
  /**
   * Too many attempts were made to sign in to the institution.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATION_TOO_MANY_ATTEMPTS: "AUTHENTICATION_TOO_MANY_ATTEMPTS";
} = /* @__PURE__ */ membersOf(FinverseAuthenticationStatusCategories, FinverseAuthenticationStatusAliases);
export type FinverseAuthenticationStatus = (typeof FinverseAuthenticationStatus)[keyof typeof FinverseAuthenticationStatus];
/** A FinverseAuthenticationStatus as read from the wire: a known value or any other string. */
export type FinverseAuthenticationStatusOrUnknown = FinverseAuthenticationStatus | (string & {});
/** The catalog's metadata of every FinverseAuthenticationStatus value. */
export const FinverseAuthenticationStatusInfo: { readonly [V in FinverseAuthenticationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/authentication_status",
  {
    UNKNOWN: {
      description: "The authentication's status is not known.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINKING: {
      description: "The end user is linking the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATING: {
      description: "Finverse is signing in to the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATED: {
      description: "Signing in to the institution succeeded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATE_FAILED: {
      description: "Signing in to the institution failed.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: {
      description: "Signing in to this institution is not available for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_TOO_MANY_ATTEMPTS: {
      description: "Too many attempts were made to sign in to the institution.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseAuthenticationStatus. */
export const isFinverseAuthenticationStatus = (value: unknown): value is FinverseAuthenticationStatus => isCodeOf(FinverseAuthenticationStatusCategories, FinverseAuthenticationStatusAliases, value);

/** Other wire spellings of FinversePaymentStatus values (alias -> value). */
export const FinversePaymentStatusAliases: { readonly [alias: string]: FinversePaymentStatus } = {
};
/** The category of every FinversePaymentStatus value and alias: all a listener needs to read one. */
export const FinversePaymentStatusCategories: { readonly [spelling: string]: Category } = {
  AUTHORIZATION_REQUIRED: "user_action_required",
  AUTHORIZING: "pending",
  PROCESSING: "pending",
  SUBMITTED: "pending",
  EXECUTED: "success",
  FAILED: "generic_failure",
  REVOKED: "cancelled",
  CANCELLED: "cancelled",
  CREATED: "pending",
};
/**
 * Payment status: The status of a payment (status of GET /payments/{paymentId}), the PaymentStatus
 * enum of Finverse's TypeScript SDK ("Payment status"). A payment succeeds as EXECUTED, where a
 * mandate succeeds as SUCCEEDED (mandate_status); the descriptions and categories are bankcodes'
 * reading of the names. Wire field: status (a payment).
 */
export const FinversePaymentStatus: {
  /**
   * The payment waits for the payer to authorise it.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORIZATION_REQUIRED: "AUTHORIZATION_REQUIRED";
  /**
   * The payment is being authorised.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORIZING: "AUTHORIZING";
  /**
   * The payment is being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The payment has been submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED: "SUBMITTED";
  /**
   * The payment has been executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXECUTED: "EXECUTED";
  /**
   * The payment failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The payment was revoked.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REVOKED: "REVOKED";
  /**
   * The payment was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * The payment has been created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATED: "CREATED";
} = /* @__PURE__ */ membersOf(FinversePaymentStatusCategories, FinversePaymentStatusAliases);
export type FinversePaymentStatus = (typeof FinversePaymentStatus)[keyof typeof FinversePaymentStatus];
/** A FinversePaymentStatus as read from the wire: a known value or any other string. */
export type FinversePaymentStatusOrUnknown = FinversePaymentStatus | (string & {});
/** The catalog's metadata of every FinversePaymentStatus value. */
export const FinversePaymentStatusInfo: { readonly [V in FinversePaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/payment_status",
  {
    AUTHORIZATION_REQUIRED: {
      description: "The payment waits for the payer to authorise it.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZING: {
      description: "The payment is being authorised.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The payment is being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED: {
      description: "The payment has been submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXECUTED: {
      description: "The payment has been executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The payment failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED: {
      description: "The payment was revoked.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The payment was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATED: {
      description: "The payment has been created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinversePaymentStatus. */
export const isFinversePaymentStatus = (value: unknown): value is FinversePaymentStatus => isCodeOf(FinversePaymentStatusCategories, FinversePaymentStatusAliases, value);

/** Other wire spellings of FinverseMandateStatus values (alias -> value). */
export const FinverseMandateStatusAliases: { readonly [alias: string]: FinverseMandateStatus } = {
};
/** The category of every FinverseMandateStatus value and alias: all a listener needs to read one. */
export const FinverseMandateStatusCategories: { readonly [spelling: string]: Category } = {
  AUTHORIZATION_REQUIRED: "user_action_required",
  AUTHORIZING: "pending",
  PROCESSING: "pending",
  SUBMITTED: "pending",
  SUCCEEDED: "success",
  FAILED: "generic_failure",
  REVOKED: "cancelled",
  READY_TO_SUBMIT: "pending",
  CLOSED: "cancelled",
  CANCELLED: "cancelled",
};
/**
 * Mandate status: The status of a mandate, the payer's authorisation of payments to come (status of
 * GET /mandates/{mandateId}), the MandateStatus enum of Finverse's TypeScript SDK ("Mandate
 * status"). A mandate succeeds as SUCCEEDED, where a payment succeeds as EXECUTED (payment_status);
 * the descriptions and categories are bankcodes' reading of the names. Wire field: status (a
 * mandate).
 */
export const FinverseMandateStatus: {
  /**
   * The mandate waits for the payer to authorise it.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORIZATION_REQUIRED: "AUTHORIZATION_REQUIRED";
  /**
   * The mandate is being authorised.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORIZING: "AUTHORIZING";
  /**
   * The mandate is being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The mandate has been submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED: "SUBMITTED";
  /**
   * The mandate is in place.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUCCEEDED: "SUCCEEDED";
  /**
   * The mandate failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The mandate was revoked.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REVOKED: "REVOKED";
  /**
   * The mandate is ready to be submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly READY_TO_SUBMIT: "READY_TO_SUBMIT";
  /**
   * The mandate is closed.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CLOSED: "CLOSED";
  /**
   * The mandate was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
} = /* @__PURE__ */ membersOf(FinverseMandateStatusCategories, FinverseMandateStatusAliases);
export type FinverseMandateStatus = (typeof FinverseMandateStatus)[keyof typeof FinverseMandateStatus];
/** A FinverseMandateStatus as read from the wire: a known value or any other string. */
export type FinverseMandateStatusOrUnknown = FinverseMandateStatus | (string & {});
/** The catalog's metadata of every FinverseMandateStatus value. */
export const FinverseMandateStatusInfo: { readonly [V in FinverseMandateStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/mandate_status",
  {
    AUTHORIZATION_REQUIRED: {
      description: "The mandate waits for the payer to authorise it.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZING: {
      description: "The mandate is being authorised.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The mandate is being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED: {
      description: "The mandate has been submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCEEDED: {
      description: "The mandate is in place.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The mandate failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED: {
      description: "The mandate was revoked.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    READY_TO_SUBMIT: {
      description: "The mandate is ready to be submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLOSED: {
      description: "The mandate is closed.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The mandate was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseMandateStatus. */
export const isFinverseMandateStatus = (value: unknown): value is FinverseMandateStatus => isCodeOf(FinverseMandateStatusCategories, FinverseMandateStatusAliases, value);

/** Other wire spellings of FinversePayoutStatus values (alias -> value). */
export const FinversePayoutStatusAliases: { readonly [alias: string]: FinversePayoutStatus } = {
};
/** The category of every FinversePayoutStatus value and alias: all a listener needs to read one. */
export const FinversePayoutStatusCategories: { readonly [spelling: string]: Category } = {
  EXECUTED: "success",
  CREATED: "pending",
  PROCESSING: "pending",
  PROCESSING_FUNDS: "pending",
  CANCELLED: "cancelled",
  FAILED: "generic_failure",
  FUNDED: "pending",
  SUBMITTED: "pending",
};
/**
 * Payout status: The status of a payout (status of GET /payouts/{payoutId}), the PayoutStatus enum
 * of Finverse's TypeScript SDK ("Payout status"); the descriptions and categories are bankcodes'
 * reading of the names. Wire field: status (a payout).
 */
export const FinversePayoutStatus: {
  /**
   * The payout has been executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXECUTED: "EXECUTED";
  /**
   * The payout has been created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATED: "CREATED";
  /**
   * The payout is being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The payout's funds are being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING_FUNDS: "PROCESSING_FUNDS";
  /**
   * The payout was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * The payout failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * The payout's funds have been received; the payout is yet to be executed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FUNDED: "FUNDED";
  /**
   * The payout has been submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED: "SUBMITTED";
} = /* @__PURE__ */ membersOf(FinversePayoutStatusCategories, FinversePayoutStatusAliases);
export type FinversePayoutStatus = (typeof FinversePayoutStatus)[keyof typeof FinversePayoutStatus];
/** A FinversePayoutStatus as read from the wire: a known value or any other string. */
export type FinversePayoutStatusOrUnknown = FinversePayoutStatus | (string & {});
/** The catalog's metadata of every FinversePayoutStatus value. */
export const FinversePayoutStatusInfo: { readonly [V in FinversePayoutStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/payout_status",
  {
    EXECUTED: {
      description: "The payout has been executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATED: {
      description: "The payout has been created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The payout is being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING_FUNDS: {
      description: "The payout's funds are being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The payout was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The payout failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FUNDED: {
      description: "The payout's funds have been received; the payout is yet to be executed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED: {
      description: "The payout has been submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinversePayoutStatus. */
export const isFinversePayoutStatus = (value: unknown): value is FinversePayoutStatus => isCodeOf(FinversePayoutStatusCategories, FinversePayoutStatusAliases, value);

/** Other wire spellings of FinversePaymentLinkStatus values (alias -> value). */
export const FinversePaymentLinkStatusAliases: { readonly [alias: string]: FinversePaymentLinkStatus } = {
};
/** The category of every FinversePaymentLinkStatus value and alias: all a listener needs to read one. */
export const FinversePaymentLinkStatusCategories: { readonly [spelling: string]: Category } = {
  CREATED: "pending",
  PAID: "success",
  EXPIRED: "session_expired",
};
/**
 * Payment link status: The status of a payment link (status of GET /payment_links/{paymentLinkId}),
 * the PaymentLinkStatus enum of Finverse's TypeScript SDK ("The status of payment link"); the
 * descriptions and categories are bankcodes' reading of the names. Wire field: status (a payment
 * link).
 */
export const FinversePaymentLinkStatus: {
  /**
   * The payment link has been created and is not paid yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATED: "CREATED";
  /**
   * The payment link has been paid.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAID: "PAID";
  /**
   * The payment link expired before it was paid.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXPIRED: "EXPIRED";
} = /* @__PURE__ */ membersOf(FinversePaymentLinkStatusCategories, FinversePaymentLinkStatusAliases);
export type FinversePaymentLinkStatus = (typeof FinversePaymentLinkStatus)[keyof typeof FinversePaymentLinkStatus];
/** A FinversePaymentLinkStatus as read from the wire: a known value or any other string. */
export type FinversePaymentLinkStatusOrUnknown = FinversePaymentLinkStatus | (string & {});
/** The catalog's metadata of every FinversePaymentLinkStatus value. */
export const FinversePaymentLinkStatusInfo: { readonly [V in FinversePaymentLinkStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/payment_link_status",
  {
    CREATED: {
      description: "The payment link has been created and is not paid yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAID: {
      description: "The payment link has been paid.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "The payment link expired before it was paid.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinversePaymentLinkStatus. */
export const isFinversePaymentLinkStatus = (value: unknown): value is FinversePaymentLinkStatus => isCodeOf(FinversePaymentLinkStatusCategories, FinversePaymentLinkStatusAliases, value);

/** Other wire spellings of FinversePaymentLinkSessionStatus values (alias -> value). */
export const FinversePaymentLinkSessionStatusAliases: { readonly [alias: string]: FinversePaymentLinkSessionStatus } = {
};
/** The category of every FinversePaymentLinkSessionStatus value and alias: all a listener needs to read one. */
export const FinversePaymentLinkSessionStatusCategories: { readonly [spelling: string]: Category } = {
  OPEN: "pending",
  PROCESSING: "pending",
  COMPLETE: "success",
  FAILED: "generic_failure",
};
/**
 * Payment link session status: The status of a payment link's session (session_status of GET
 * /payment_links/{paymentLinkId}), the PaymentLinkSessionStatus enum of Finverse's TypeScript SDK
 * ("The session status of payment link"). The README's payment flow polls it every 2 seconds for up
 * to 30 seconds until it is COMPLETE: "If `COMPLETE` → success; otherwise → error." The
 * descriptions and categories are bankcodes' reading of the names. Wire field: session_status (a
 * payment link).
 */
export const FinversePaymentLinkSessionStatus: {
  /**
   * The payment link's session is open.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly OPEN: "OPEN";
  /**
   * The payment link's session is being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The payment link's session is complete.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly COMPLETE: "COMPLETE";
  /**
   * The payment link's session failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(FinversePaymentLinkSessionStatusCategories, FinversePaymentLinkSessionStatusAliases);
export type FinversePaymentLinkSessionStatus = (typeof FinversePaymentLinkSessionStatus)[keyof typeof FinversePaymentLinkSessionStatus];
/** A FinversePaymentLinkSessionStatus as read from the wire: a known value or any other string. */
export type FinversePaymentLinkSessionStatusOrUnknown = FinversePaymentLinkSessionStatus | (string & {});
/** The catalog's metadata of every FinversePaymentLinkSessionStatus value. */
export const FinversePaymentLinkSessionStatusInfo: { readonly [V in FinversePaymentLinkSessionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/payment_link_session_status",
  {
    OPEN: {
      description: "The payment link's session is open.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The payment link's session is being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETE: {
      description: "The payment link's session is complete.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The payment link's session failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinversePaymentLinkSessionStatus. */
export const isFinversePaymentLinkSessionStatus = (value: unknown): value is FinversePaymentLinkSessionStatus => isCodeOf(FinversePaymentLinkSessionStatusCategories, FinversePaymentLinkSessionStatusAliases, value);

/** Other wire spellings of FinverseProductHealthStatus values (alias -> value). */
export const FinverseProductHealthStatusAliases: { readonly [alias: string]: FinverseProductHealthStatus } = {
};
/** The category of every FinverseProductHealthStatus value and alias: all a listener needs to read one. */
export const FinverseProductHealthStatusCategories: { readonly [spelling: string]: Category } = {
  UNKNOWN: "informational",
  IN_PROGRESS: "pending",
  SUCCESS: "success",
  WARNING: "informational",
  ERROR: "generic_failure",
  NOT_SUPPORTED: "institution_not_supported",
  NOT_AVAILABLE: "institution_not_supported",
  TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: "institution_unavailable",
};
/**
 * Product health status: The status of one product (such as its accounts or its transactions) of a
 * login identity (status of a ProductStatus in login_identity.product_status), the
 * ProductHealthStatus enum of Finverse's TypeScript SDK ("Health status of a login identity
 * product"); the descriptions and categories are bankcodes' reading of the names. Wire field:
 * login_identity.product_status.*.status (GET /login_identity).
 */
export const FinverseProductHealthStatus: {
  /**
   * The product's status is not known.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The product's data is being retrieved.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly IN_PROGRESS: "IN_PROGRESS";
  /**
   * The product's data has been retrieved.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * The product's data was retrieved with a warning.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WARNING: "WARNING";
  /**
   * Retrieving the product's data failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ERROR: "ERROR";
  /**
   * The institution does not support this product.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly NOT_SUPPORTED: "NOT_SUPPORTED";
  /**
   * This product is not available for the login identity.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly NOT_AVAILABLE: "NOT_AVAILABLE";
  /**
   * This product is not available at this institution for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: "TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION";
} = /* @__PURE__ */ membersOf(FinverseProductHealthStatusCategories, FinverseProductHealthStatusAliases);
export type FinverseProductHealthStatus = (typeof FinverseProductHealthStatus)[keyof typeof FinverseProductHealthStatus];
/** A FinverseProductHealthStatus as read from the wire: a known value or any other string. */
export type FinverseProductHealthStatusOrUnknown = FinverseProductHealthStatus | (string & {});
/** The catalog's metadata of every FinverseProductHealthStatus value. */
export const FinverseProductHealthStatusInfo: { readonly [V in FinverseProductHealthStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/product_health_status",
  {
    UNKNOWN: {
      description: "The product's status is not known.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IN_PROGRESS: {
      description: "The product's data is being retrieved.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "The product's data has been retrieved.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WARNING: {
      description: "The product's data was retrieved with a warning.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Retrieving the product's data failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOT_SUPPORTED: {
      description: "The institution does not support this product.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOT_AVAILABLE: {
      description: "This product is not available for the login identity.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION: {
      description: "This product is not available at this institution for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["finverse-sdk-api"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseProductHealthStatus. */
export const isFinverseProductHealthStatus = (value: unknown): value is FinverseProductHealthStatus => isCodeOf(FinverseProductHealthStatusCategories, FinverseProductHealthStatusAliases, value);

/** Other wire spellings of FinverseEventType values (alias -> value). */
export const FinverseEventTypeAliases: { readonly [alias: string]: FinverseEventType } = {
};
/** The category of every FinverseEventType value and alias: all a listener needs to read one. */
export const FinverseEventTypeCategories: { readonly [spelling: string]: Category } = {
  AUTHENTICATED: "success",
  PAYMENT_EXECUTED: "success",
  PAYMENT_FAILED: "generic_failure",
  PAYMENT_SUBMITTED: "pending",
  PAYMENT_LINK_SETUP_SUCCEEDED: "success",
  PAYMENT_LINK_PAID: "success",
};
/**
 * Webhook event type: What a Finverse webhook is about (its event_type), as Finverse's own
 * integrations repository reads and tests its webhooks: the event types its Storeganise integration
 * handles (PAYMENT_EXECUTED, PAYMENT_FAILED, PAYMENT_LINK_SETUP_SUCCEEDED), those its tests send it
 * as events it leaves alone, and that of the body Finverse signed in its signature test. Only these
 * six were read: Finverse's own list of event types (its documentation) was not read, and neither
 * its OpenAPI description (finversetech/openapi) nor its TypeScript SDK, each searched whole, names
 * an event type. The descriptions and categories are bankcodes' reading of the names. Wire field:
 * event_type (a webhook body).
 */
export const FinverseEventType: {
  /**
   * The login identity has signed in to its institution.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATED: "AUTHENTICATED";
  /**
   * The payment has been executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_EXECUTED: "PAYMENT_EXECUTED";
  /**
   * The payment failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_FAILED: "PAYMENT_FAILED";
  /**
   * The payment has been submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_SUBMITTED: "PAYMENT_SUBMITTED";
  /**
   * The payment link's setup has completed: the payer's payment method is set up.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_LINK_SETUP_SUCCEEDED: "PAYMENT_LINK_SETUP_SUCCEEDED";
  /**
   * The payment link has been paid.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_LINK_PAID: "PAYMENT_LINK_PAID";
} = /* @__PURE__ */ membersOf(FinverseEventTypeCategories, FinverseEventTypeAliases);
export type FinverseEventType = (typeof FinverseEventType)[keyof typeof FinverseEventType];
/** A FinverseEventType as read from the wire: a known value or any other string. */
export type FinverseEventTypeOrUnknown = FinverseEventType | (string & {});
/** The catalog's metadata of every FinverseEventType value. */
export const FinverseEventTypeInfo: { readonly [V in FinverseEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/finverse/event_type",
  {
    AUTHENTICATED: {
      description: "The login identity has signed in to its institution.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-integrations-signature-test"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_EXECUTED: {
      description: "The payment has been executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "finverse-integrations-webhook-handler",
        "finverse-integrations-readme",
        "finverse-integrations-handler-test",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_FAILED: {
      description: "The payment failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "finverse-integrations-webhook-handler",
        "finverse-integrations-readme",
        "finverse-integrations-handler-test",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "tell_customer",
    },
    PAYMENT_SUBMITTED: {
      description: "The payment has been submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-integrations-handler-test"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_LINK_SETUP_SUCCEEDED: {
      description: "The payment link's setup has completed: the payer's payment method is set up.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "finverse-integrations-webhook-handler",
        "finverse-integrations-readme",
        "finverse-integrations-handler-test",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_LINK_PAID: {
      description: "The payment link has been paid.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["finverse-integrations-handler-test-paths"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FinverseEventType. */
export const isFinverseEventType = (value: unknown): value is FinverseEventType => isCodeOf(FinverseEventTypeCategories, FinverseEventTypeAliases, value);
