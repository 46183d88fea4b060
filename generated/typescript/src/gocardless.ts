// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * GoCardless Bank Account Data (https://gocardless.com/bank-account-data/): one `as const` object
 * per code set.
 */
import type { Category } from "./categories.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/**
 * Requisition status: Where a requisition (GoCardless's connection to one bank for one end user)
 * stands, as the two-letter short code its status field carries; the long name is each code's name.
 * A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly,
 * docs/gocardless.swagger.json) lists two more values, ID and ER, in the enum of a requisition's
 * status; GoCardless's statuses page (its requisitions table, read whole) and its PHP client's
 * RequisitionStatus.php do not, and no GoCardless text for them was read: they are not catalogued.
 * Wire field: status (a requisition: GET /api/v2/requisitions/{id}/).
 */
export const GoCardlessRequisitionStatus = {
  /**
   * Requisition has been successfully created
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  CREATED: "CR",
  /**
   * End-user is giving consent at GoCardless's consent screen
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  GIVING_CONSENT: "GC",
  /**
   * End-user is redirected to the financial institution for authentication
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  UNDERGOING_AUTHENTICATION: "UA",
  /**
   * Either SSN verification has failed or end-user has entered incorrect credentials
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  REJECTED: "RJ",
  /**
   * End-user is selecting accounts
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  SELECTING_ACCOUNTS: "SA",
  /**
   * End-user is granting access to their account information
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  GRANTING_ACCESS: "GA",
  /**
   * Account has been successfully linked to requisition
   * Category: success (Success); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  LINKED: "LN",
  /**
   * Access to accounts has expired as set in End User Agreement
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Create a new requisition and redirect the user to the link in its
   * response.
   * Whose words: description: GoCardless Bank Account Data's published text; advice to the
   * integrator: GoCardless Bank Account Data's published text.
   */
  EXPIRED: "EX",
  /**
   * Requisition is suspended due to numerous consecutive errors that happened while accessing its
   * accounts.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  SUSPENDED: "SU",
} as const;
export type GoCardlessRequisitionStatus = (typeof GoCardlessRequisitionStatus)[keyof typeof GoCardlessRequisitionStatus];
/** A GoCardlessRequisitionStatus as read from the wire: a known value or any other string. */
export type GoCardlessRequisitionStatusOrUnknown = GoCardlessRequisitionStatus | (string & {});
/** The catalog's metadata of every GoCardlessRequisitionStatus value. */
export const GoCardlessRequisitionStatusInfo: { readonly [V in GoCardlessRequisitionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/requisition_status",
  {
    CR: {
      name: "CREATED",
      description: "Requisition has been successfully created",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["GC"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GC: {
      name: "GIVING_CONSENT",
      description: "End-user is giving consent at GoCardless's consent screen",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["UA"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UA: {
      name: "UNDERGOING_AUTHENTICATION",
      description: "End-user is redirected to the financial institution for authentication",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["RJ", "SA"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJ: {
      name: "REJECTED",
      description: "Either SSN verification has failed or end-user has entered incorrect credentials",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SA: {
      name: "SELECTING_ACCOUNTS",
      description: "End-user is selecting accounts",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["GA"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GA: {
      name: "GRANTING_ACCESS",
      description: "End-user is granting access to their account information",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["LN"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LN: {
      name: "LINKED",
      description: "Account has been successfully linked to requisition",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      nextStatuses: ["EX", "SU"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EX: {
      name: "EXPIRED",
      description: "Access to accounts has expired as set in End User Agreement",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-help-regain-access"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-statuses"] },
        advice: { by: "provider", sources: ["gocardless-help-regain-access"] },
      },
      nextStatuses: [],
      message: null,
      advice: "Create a new requisition and redirect the user to the link in its response.",
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "EXPIRED: the access the end-user agreement granted has expired.",
    },
    SU: {
      name: "SUSPENDED",
      description: "Requisition is suspended due to numerous consecutive errors that happened while accessing its accounts.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "gocardless-php-requisition-status",
        "gocardless-help-account-suspension",
        "gocardless-openapi-third-party",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-php-requisition-status"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Other wire spellings of GoCardlessRequisitionStatus values (alias -> value). */
export const GoCardlessRequisitionStatusAliases: { readonly [alias: string]: GoCardlessRequisitionStatus } = {
};
/** The category of every GoCardlessRequisitionStatus value and alias: all a listener needs to read one. */
export const GoCardlessRequisitionStatusCategories: { readonly [spelling: string]: Category } = {
  CR: "pending",
  GC: "pending",
  UA: "pending",
  RJ: "credentials_invalid",
  SA: "pending",
  GA: "pending",
  LN: "success",
  EX: "reconnect_required",
  SU: "reconnect_required",
};
/** Whether a value is a known GoCardlessRequisitionStatus. */
export const isGoCardlessRequisitionStatus = (value: unknown): value is GoCardlessRequisitionStatus => isCodeOf(GoCardlessRequisitionStatusCategories, GoCardlessRequisitionStatusAliases, value);

/**
 * Account status: The processing status of an account linked through a requisition. Wire field:
 * status (an account's metadata: GET /api/v2/accounts/{id}/).
 */
export const GoCardlessAccountStatus = {
  /**
   * User has successfully authenticated herself, and account has been discovered
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  DISCOVERED: "DISCOVERED",
  /**
   * An error was encountered when processing account
   * Category: generic_failure (Generic failure); retryable: no.
   * Advice to the integrator: If you receive "status": "ERROR" in the response, do not retry the
   * request anymore to avoid the account suspension. Instead, you could raise an alert and retry
   * the request after some time.
   * Whose words: description: GoCardless Bank Account Data's published text; advice to the
   * integrator: GoCardless Bank Account Data's published text.
   */
  ERROR: "ERROR",
  /**
   * Access to account has expired as set in End User Agreement
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  EXPIRED: "EXPIRED",
  /**
   * Account is being processed by the institution
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  PROCESSING: "PROCESSING",
  /**
   * Account has been successfully processed
   * Category: success (Success); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  READY: "READY",
  /**
   * Account has been suspended (more than 10 consecutive failed attempts to access the account)
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  SUSPENDED: "SUSPENDED",
} as const;
export type GoCardlessAccountStatus = (typeof GoCardlessAccountStatus)[keyof typeof GoCardlessAccountStatus];
/** A GoCardlessAccountStatus as read from the wire: a known value or any other string. */
export type GoCardlessAccountStatusOrUnknown = GoCardlessAccountStatus | (string & {});
/** The catalog's metadata of every GoCardlessAccountStatus value. */
export const GoCardlessAccountStatusInfo: { readonly [V in GoCardlessAccountStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/account_status",
  {
    DISCOVERED: {
      description: "User has successfully authenticated herself, and account has been discovered",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "An error was encountered when processing account",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-help-account-suspension"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-statuses"] },
        advice: { by: "provider", sources: ["gocardless-help-account-suspension"] },
      },
      message: null,
      advice: "If you receive \"status\": \"ERROR\" in the response, do not retry the request anymore to avoid the account suspension. Instead, you could raise an alert and retry the request after some time.",
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "The account could not be processed; the connection stands but its data does not come.",
    },
    EXPIRED: {
      description: "Access to account has expired as set in End User Agreement",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-help-regain-access"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The account's access has expired with its end-user agreement.",
    },
    PROCESSING: {
      description: "Account is being processed by the institution",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    READY: {
      description: "Account has been successfully processed",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-php-account-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-php-account-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUSPENDED: {
      description: "Account has been suspended (more than 10 consecutive failed attempts to access the account)",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-help-account-suspension"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["gocardless-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Other wire spellings of GoCardlessAccountStatus values (alias -> value). */
export const GoCardlessAccountStatusAliases: { readonly [alias: string]: GoCardlessAccountStatus } = {
};
/** The category of every GoCardlessAccountStatus value and alias: all a listener needs to read one. */
export const GoCardlessAccountStatusCategories: { readonly [spelling: string]: Category } = {
  DISCOVERED: "pending",
  ERROR: "generic_failure",
  EXPIRED: "reconnect_required",
  PROCESSING: "pending",
  READY: "success",
  SUSPENDED: "reconnect_required",
};
/** Whether a value is a known GoCardlessAccountStatus. */
export const isGoCardlessAccountStatus = (value: unknown): value is GoCardlessAccountStatus => isCodeOf(GoCardlessAccountStatusCategories, GoCardlessAccountStatusAliases, value);

/**
 * End-user authentication error: Why an end user's authorisation flow ended in an error: GoCardless
 * redirects the end user back to the requisition's redirect URL with the error appended as the
 * error query parameter (and its text as details), beside ref. Wire field: error (a query parameter
 * of the redirect URL; its text in details).
 */
export const GoCardlessEndUserError = {
  /**
   * Not yet defined authorisation errors from the bank.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: An unknown error occurred.
   * User message: Something went wrong, please contact support
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; user message: GoCardless Bank Account Data's published
   * text.
   */
  UnknownError: "UnknownError",
  /**
   * The SSN you have provided does not match the SSN known to the bank.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: SSN Verification has failed
   * User message: The SSN you provided is wrong, please enter the correct one and restart the
   * process
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; user message: GoCardless Bank Account Data's published
   * text.
   */
  SSNVerificationFailed: "SSNVerificationFailed",
  /**
   * Errors that indicate temporary issues with ASPSP handling the request, such as downtime or
   * random server errors.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: A technical error occurred while trying to connect to the institution, please try
   * again.
   * User message: Something went wrong at the bank. Please try again and contact support if you get
   * the same error
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; user message: GoCardless Bank Account Data's published
   * text.
   * HTTP: 500.
   */
  InstitutionTechnicalError: "InstitutionTechnicalError",
  /**
   * An unexpected error occurred in the GoCardless system. If this error persists, please contact
   * support.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 500.
   */
  GoCardlessTechnicalError: "GoCardlessTechnicalError",
  /**
   * This link has already been used for authorization and is no longer valid.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   */
  RequisitionLinkReused: "RequisitionLinkReused",
  /**
   * The end user cancelled the session (the cancel (X) button), interrupting the authorisation flow
   * and returning to the redirect URL.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  UserCancelledSession: "UserCancelledSession",
} as const;
export type GoCardlessEndUserError = (typeof GoCardlessEndUserError)[keyof typeof GoCardlessEndUserError];
/** A GoCardlessEndUserError as read from the wire: a known value or any other string. */
export type GoCardlessEndUserErrorOrUnknown = GoCardlessEndUserError | (string & {});
/** The catalog's metadata of every GoCardlessEndUserError value. */
export const GoCardlessEndUserErrorInfo: { readonly [V in GoCardlessEndUserError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/end_user_error",
  {
    UnknownError: {
      description: "Not yet defined authorisation errors from the bank.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-help-end-user-auth-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
        message: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
        userMessage: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
      },
      message: "An unknown error occurred.",
      advice: null,
      userMessage: "Something went wrong, please contact support",
      aliases: [],
    },
    SSNVerificationFailed: {
      description: "The SSN you have provided does not match the SSN known to the bank.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The personal identity number you entered does not match your bank's records.",
          action: "Check what you entered and try again.",
        },
        fr: {
          message: "Le numéro d'identité personnel que vous avez saisi ne correspond pas à celui que connaît votre banque.",
          action: "Vérifiez ce que vous avez saisi et réessayez.",
        },
        ar: {
          message: "رقم الهوية الشخصية الذي أدخلته لا يطابق سجلات بنكك.",
          action: "تحقق مما أدخلته وحاول مرة أخرى.",
        },
        es: {
          message: "El número de identidad personal que ingresó no coincide con el que tiene su banco.",
          action: "Revise lo que ingresó y vuelva a intentarlo.",
        },
        pt: {
          message: "O número de identidade pessoal que você digitou não corresponde ao registrado no seu banco.",
          action: "Confira o que você digitou e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: ["gocardless-help-end-user-auth-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
        message: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
        userMessage: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
      },
      message: "SSN Verification has failed",
      advice: null,
      userMessage: "The SSN you provided is wrong, please enter the correct one and restart the process",
      aliases: [],
    },
    InstitutionTechnicalError: {
      description: "Errors that indicate temporary issues with ASPSP handling the request, such as downtime or random server errors.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["gocardless-statuses", "gocardless-help-end-user-auth-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
        message: {
          by: "provider",
          sources: ["gocardless-statuses", "gocardless-help-end-user-auth-errors"],
        },
        userMessage: { by: "provider", sources: ["gocardless-help-end-user-auth-errors"] },
      },
      message: "A technical error occurred while trying to connect to the institution, please try again.",
      advice: null,
      userMessage: "Something went wrong at the bank. Please try again and contact support if you get the same error",
      aliases: [],
    },
    GoCardlessTechnicalError: {
      description: "An unexpected error occurred in the GoCardless system. If this error persists, please contact support.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["gocardless-statuses", "gocardless-help-end-user-auth-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-statuses"] },
        message: { by: "provider", sources: ["gocardless-statuses"] },
      },
      message: "An unexpected error occurred in the GoCardless system. If this error persists, please contact support.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RequisitionLinkReused: {
      description: "This link has already been used for authorization and is no longer valid.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-statuses", "gocardless-help-regain-access"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["gocardless-statuses", "gocardless-help-regain-access"],
        },
        message: {
          by: "provider",
          sources: ["gocardless-statuses", "gocardless-help-regain-access"],
        },
      },
      message: "This link has already been used for authorization and is no longer valid.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UserCancelledSession: {
      description: "The end user cancelled the session (the cancel (X) button), interrupting the authorisation flow and returning to the redirect URL.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-help-end-user-auth-errors"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Other wire spellings of GoCardlessEndUserError values (alias -> value). */
export const GoCardlessEndUserErrorAliases: { readonly [alias: string]: GoCardlessEndUserError } = {
};
/** The category of every GoCardlessEndUserError value and alias: all a listener needs to read one. */
export const GoCardlessEndUserErrorCategories: { readonly [spelling: string]: Category } = {
  UnknownError: "generic_failure",
  SSNVerificationFailed: "credentials_invalid",
  InstitutionTechnicalError: "institution_unavailable",
  GoCardlessTechnicalError: "generic_failure",
  RequisitionLinkReused: "session_expired",
  UserCancelledSession: "cancelled",
};
/** Whether a value is a known GoCardlessEndUserError. */
export const isGoCardlessEndUserError = (value: unknown): value is GoCardlessEndUserError => isCodeOf(GoCardlessEndUserErrorCategories, GoCardlessEndUserErrorAliases, value);

/**
 * Account endpoint error type: The type of an error the bank's answer caused on an account endpoint
 * (details, balances, transactions): the error body's type, beside a summary such as "Couldn't
 * update <balances>" and the detail. Some types count towards the account's suspension (10
 * consecutive failed attempts), others do not. Wire field: type (an API error body).
 */
export const GoCardlessAccountErrorType = {
  /**
   * Unknown error while requesting data
   * Category: generic_failure (Generic failure); retryable: no.
   * Message: Request to Institution returned an error
   * Advice to the integrator: Try reconnecting the account (once); if the error occurs more than
   * once, report it to the GoCardless Bank Account Data support team. While these errors always get
   * flagged to us automatically, your input will help resolve them faster
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; advice to the integrator: GoCardless Bank Account Data's
   * published text.
   * HTTP: 500.
   */
  UnknownRequestError: "UnknownRequestError",
  /**
   * You have hit the rate limit for requests/day for the account. Not to be confused with the API-
   * level limit as explained here
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: Daily request limit set by the Institution has been exceeded
   * Advice to the integrator: Wait, then try again when the limit resets. Information on scope and
   * reset in headers can be found here. Handling these will depend on which limit you have hit -
   * API-level, or Account-level
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; advice to the integrator: GoCardless Bank Account Data's
   * published text.
   * HTTP: 429.
   */
  RateLimitError: "RateLimitError",
  /**
   * Temporary issues with the bank handling the request, such as: downtime or random server errors
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Institution service unavailable
   * Advice to the integrator: Wait, then try again. Check the bank's status page whether they are
   * experiencing downtime
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; advice to the integrator: GoCardless Bank Account Data's
   * published text.
   * HTTP: 503.
   */
  ServiceError: "ServiceError",
  /**
   * Cases where the bank's response indicates accounts need to be reconnected, e.g.: - revoked
   * consent by the user; - expired consent
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Access has expired or it has been revoked
   * Advice to the integrator: Reconnect the account
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; advice to the integrator: GoCardless Bank Account Data's
   * published text.
   * HTTP: 401.
   */
  AccessExpiredError: "AccessExpiredError",
  /**
   * Account has been deactivated or it no longer exists.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 401.
   */
  AccountInactiveError: "AccountInactiveError",
  /**
   * Couldn't connect to Institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: GoCardless Bank Account Data's published text.
   */
  ConnectionError: "ConnectionError",
} as const;
export type GoCardlessAccountErrorType = (typeof GoCardlessAccountErrorType)[keyof typeof GoCardlessAccountErrorType];
/** A GoCardlessAccountErrorType as read from the wire: a known value or any other string. */
export type GoCardlessAccountErrorTypeOrUnknown = GoCardlessAccountErrorType | (string & {});
/** The catalog's metadata of every GoCardlessAccountErrorType value. */
export const GoCardlessAccountErrorTypeInfo: { readonly [V in GoCardlessAccountErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/account_error_type",
  {
    UnknownRequestError: {
      description: "Unknown error while requesting data",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["gocardless-help-account-endpoint-errors", "gocardless-php-exception-handler"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        message: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        advice: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
      },
      message: "Request to Institution returned an error",
      advice: "Try reconnecting the account (once); if the error occurs more than once, report it to the GoCardless Bank Account Data support team. While these errors always get flagged to us automatically, your input will help resolve them faster",
      userMessage: null,
      aliases: [],
    },
    RateLimitError: {
      description: "You have hit the rate limit for requests/day for the account. Not to be confused with the API-level limit as explained here",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: [
        "gocardless-help-account-endpoint-errors",
        "gocardless-php-exception-handler",
        "gocardless-help-api-rate-limits",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        message: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        advice: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
      },
      message: "Daily request limit set by the Institution has been exceeded",
      advice: "Wait, then try again when the limit resets. Information on scope and reset in headers can be found here. Handling these will depend on which limit you have hit - API-level, or Account-level",
      userMessage: null,
      aliases: [],
    },
    ServiceError: {
      description: "Temporary issues with the bank handling the request, such as: downtime or random server errors",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["gocardless-help-account-endpoint-errors", "gocardless-php-exception-handler"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        message: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        advice: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
      },
      message: "Institution service unavailable",
      advice: "Wait, then try again. Check the bank's status page whether they are experiencing downtime",
      userMessage: null,
      aliases: [],
    },
    AccessExpiredError: {
      description: "Cases where the bank's response indicates accounts need to be reconnected, e.g.: - revoked consent by the user; - expired consent",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["gocardless-help-account-endpoint-errors", "gocardless-php-exception-handler"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        message: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
        advice: { by: "provider", sources: ["gocardless-help-account-endpoint-errors"] },
      },
      message: "Access has expired or it has been revoked",
      advice: "Reconnect the account",
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The access granted by the end-user agreement has expired.",
    },
    AccountInactiveError: {
      description: "Account has been deactivated or it no longer exists.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "gocardless-help-account-endpoint-errors",
        "gocardless-php-exception-handler",
        "gocardless-php-account-inactive-error",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-php-account-inactive-error"] },
        message: { by: "provider", sources: ["gocardless-php-account-inactive-error"] },
      },
      message: "Account has been deactivated or it no longer exists.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConnectionError: {
      description: "Couldn't connect to Institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "gocardless-php-exception-handler",
        "gocardless-php-connection-error",
        "gocardless-openapi-third-party",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-php-connection-error"] },
        message: { by: "provider", sources: ["gocardless-php-connection-error"] },
      },
      message: "Couldn't connect to Institution.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Other wire spellings of GoCardlessAccountErrorType values (alias -> value). */
export const GoCardlessAccountErrorTypeAliases: { readonly [alias: string]: GoCardlessAccountErrorType } = {
};
/** The category of every GoCardlessAccountErrorType value and alias: all a listener needs to read one. */
export const GoCardlessAccountErrorTypeCategories: { readonly [spelling: string]: Category } = {
  UnknownRequestError: "generic_failure",
  RateLimitError: "rate_limited",
  ServiceError: "institution_unavailable",
  AccessExpiredError: "reconnect_required",
  AccountInactiveError: "account_unavailable",
  ConnectionError: "institution_unavailable",
};
/** Whether a value is a known GoCardlessAccountErrorType. */
export const isGoCardlessAccountErrorType = (value: unknown): value is GoCardlessAccountErrorType => isCodeOf(GoCardlessAccountErrorTypeCategories, GoCardlessAccountErrorTypeAliases, value);

/**
 * Error summary: The summary of a GoCardless Bank Account Data API error body ({summary, detail,
 * status_code}, and type on account endpoint errors), where it is a fixed text; many summaries name
 * the object (an ID, an agreement) and are not codes. A third party's copy of GoCardless's OpenAPI
 * document (andrejvysny/spendly, docs/gocardless.swagger.json) shows further fixed summaries in its
 * example error bodies, such as Invalid token, Not found., IP address access denied and Incorrect
 * date range; they are not catalogued, for GoCardless's own pages read do not show them (its help
 * centre's Account suspension article, read whole, and its API rate limits and Account Endpoint
 * Errors articles, read in part). Wire field: summary (an API error body).
 */
export const GoCardlessErrorSummary = {
  /**
   * GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per
   * minute (per hour for new tokens), for all the credentials of the company's users.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  RATE_LIMIT_EXCEEDED: "Rate limit exceeded",
  /**
   * Due to service stability considerations, we implemented a logic that automatically suspends an
   * account if there were 10 consecutive failed attempts to access it.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: This account or its requisition was suspended due to numerous errors that occurred
   * while accessing it.
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text.
   */
  ACCOUNT_SUSPENDED: "Account suspended",
} as const;
export type GoCardlessErrorSummary = (typeof GoCardlessErrorSummary)[keyof typeof GoCardlessErrorSummary];
/** A GoCardlessErrorSummary as read from the wire: a known value or any other string. */
export type GoCardlessErrorSummaryOrUnknown = GoCardlessErrorSummary | (string & {});
/** The catalog's metadata of every GoCardlessErrorSummary value. */
export const GoCardlessErrorSummaryInfo: { readonly [V in GoCardlessErrorSummary]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/error_summary",
  {
    "Rate limit exceeded": {
      name: "RATE_LIMIT_EXCEEDED",
      description: "GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per minute (per hour for new tokens), for all the credentials of the company's users.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["gocardless-help-api-rate-limits"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Account suspended": {
      name: "ACCOUNT_SUSPENDED",
      description: "Due to service stability considerations, we implemented a logic that automatically suspends an account if there were 10 consecutive failed attempts to access it.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-help-account-suspension", "gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-help-account-suspension"] },
        message: { by: "provider", sources: ["gocardless-help-account-suspension"] },
      },
      message: "This account or its requisition was suspended due to numerous errors that occurred while accessing it.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  { "Rate limit exceeded": "RATE_LIMIT_EXCEEDED", "Account suspended": "ACCOUNT_SUSPENDED" },
);
/** Other wire spellings of GoCardlessErrorSummary values (alias -> value). */
export const GoCardlessErrorSummaryAliases: { readonly [alias: string]: GoCardlessErrorSummary } = {
};
/** The category of every GoCardlessErrorSummary value and alias: all a listener needs to read one. */
export const GoCardlessErrorSummaryCategories: { readonly [spelling: string]: Category } = {
  "Rate limit exceeded": "rate_limited",
  "Account suspended": "reconnect_required",
};
/** Whether a value is a known GoCardlessErrorSummary. */
export const isGoCardlessErrorSummary = (value: unknown): value is GoCardlessErrorSummary => isCodeOf(GoCardlessErrorSummaryCategories, GoCardlessErrorSummaryAliases, value);
