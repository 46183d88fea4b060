// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * GoCardless Bank Account Data (https://gocardless.com/bank-account-data/): per code set, its
 * aliases, its category table, its constant (identifier -> wire value, built from the table) and
 * its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

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
  ID: "pending",
  ER: "generic_failure",
};
/**
 * Requisition status: Where a requisition (GoCardless's connection to one bank for one end user)
 * stands, as the two-letter short code its status field carries; the long name is each code's name.
 * GoCardless's OpenAPI document lists two more values in the enum of a requisition's status, ID and
 * ER, which its statuses page (its requisitions table, read whole) and its PHP client's
 * RequisitionStatus.php do not list and none of them describes: they are catalogued without a
 * meaning. Wire field: status (a requisition: GET /api/v2/requisitions/{id}/).
 */
export const GoCardlessRequisitionStatus: {
  /**
   * Requisition has been successfully created
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly CREATED: "CR";
  /**
   * End-user is giving consent at GoCardless's consent screen
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly GIVING_CONSENT: "GC";
  /**
   * End-user is redirected to the financial institution for authentication
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly UNDERGOING_AUTHENTICATION: "UA";
  /**
   * Either SSN verification has failed or end-user has entered incorrect credentials
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly REJECTED: "RJ";
  /**
   * End-user is selecting accounts
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly SELECTING_ACCOUNTS: "SA";
  /**
   * End-user is granting access to their account information
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly GRANTING_ACCESS: "GA";
  /**
   * Account has been successfully linked to requisition
   * Category: success (Success); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly LINKED: "LN";
  /**
   * Access to accounts has expired as set in End User Agreement
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Create a new requisition and redirect the user to the link in its
   * response.
   * Whose words: description: GoCardless Bank Account Data's published text; advice to the
   * integrator: GoCardless Bank Account Data's published text.
   */
  readonly EXPIRED: "EX";
  /**
   * Requisition is suspended due to numerous consecutive errors that happened while accessing its
   * accounts.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly SUSPENDED: "SU";
  /**
   * A requisition status GoCardless lists without saying what it means.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ID: "ID";
  /**
   * A requisition status GoCardless lists without saying what it means.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ER: "ER";
} = /* @__PURE__ */ membersOf(GoCardlessRequisitionStatusCategories, GoCardlessRequisitionStatusAliases, {
  CR: "CREATED",
  GC: "GIVING_CONSENT",
  UA: "UNDERGOING_AUTHENTICATION",
  RJ: "REJECTED",
  SA: "SELECTING_ACCOUNTS",
  GA: "GRANTING_ACCESS",
  LN: "LINKED",
  EX: "EXPIRED",
  SU: "SUSPENDED",
});
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
    ID: {
      description: "A requisition status GoCardless lists without saying what it means.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ER: {
      description: "A requisition status GoCardless lists without saying what it means.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "unknown",
      stateReason: "GoCardless does not say what ER means, so where the requisition stands is not known.",
    },
  },
);
/** Whether a value is a known GoCardlessRequisitionStatus. */
export const isGoCardlessRequisitionStatus = (value: unknown): value is GoCardlessRequisitionStatus => isCodeOf(GoCardlessRequisitionStatusCategories, GoCardlessRequisitionStatusAliases, value);

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
/**
 * Account status: The processing status of an account linked through a requisition. Wire field:
 * status (an account's metadata: GET /api/v2/accounts/{id}/).
 */
export const GoCardlessAccountStatus: {
  /**
   * User has successfully authenticated herself, and account has been discovered
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly DISCOVERED: "DISCOVERED";
  /**
   * An error was encountered when processing account
   * Category: generic_failure (Generic failure); retryable: no.
   * Advice to the integrator: If you receive "status": "ERROR" in the response, do not retry the
   * request anymore to avoid the account suspension. Instead, you could raise an alert and retry
   * the request after some time.
   * Whose words: description: GoCardless Bank Account Data's published text; advice to the
   * integrator: GoCardless Bank Account Data's published text.
   */
  readonly ERROR: "ERROR";
  /**
   * Access to account has expired as set in End User Agreement
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Account is being processed by the institution
   * Category: pending (Pending); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * Account has been successfully processed
   * Category: success (Success); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly READY: "READY";
  /**
   * Account has been suspended (more than 10 consecutive failed attempts to access the account)
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: GoCardless Bank Account Data's published text.
   */
  readonly SUSPENDED: "SUSPENDED";
} = /* @__PURE__ */ membersOf(GoCardlessAccountStatusCategories, GoCardlessAccountStatusAliases);
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
/** Whether a value is a known GoCardlessAccountStatus. */
export const isGoCardlessAccountStatus = (value: unknown): value is GoCardlessAccountStatus => isCodeOf(GoCardlessAccountStatusCategories, GoCardlessAccountStatusAliases, value);

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
/**
 * End-user authentication error: Why an end user's authorisation flow ended in an error: GoCardless
 * redirects the end user back to the requisition's redirect URL with the error appended as the
 * error query parameter (and its text as details), beside ref. Wire field: error (a query parameter
 * of the redirect URL; its text in details).
 */
export const GoCardlessEndUserError: {
  /**
   * Not yet defined authorisation errors from the bank.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: An unknown error occurred.
   * User message: Something went wrong, please contact support
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text; user message: GoCardless Bank Account Data's published
   * text.
   */
  readonly UnknownError: "UnknownError";
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
  readonly SSNVerificationFailed: "SSNVerificationFailed";
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
  readonly InstitutionTechnicalError: "InstitutionTechnicalError";
  /**
   * An unexpected error occurred in the GoCardless system. If this error persists, please contact
   * support.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 500.
   */
  readonly GoCardlessTechnicalError: "GoCardlessTechnicalError";
  /**
   * This link has already been used for authorization and is no longer valid.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   */
  readonly RequisitionLinkReused: "RequisitionLinkReused";
  /**
   * The end user cancelled the session (the cancel (X) button), interrupting the authorisation flow
   * and returning to the redirect URL.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UserCancelledSession: "UserCancelledSession";
} = /* @__PURE__ */ membersOf(GoCardlessEndUserErrorCategories, GoCardlessEndUserErrorAliases);
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
/** Whether a value is a known GoCardlessEndUserError. */
export const isGoCardlessEndUserError = (value: unknown): value is GoCardlessEndUserError => isCodeOf(GoCardlessEndUserErrorCategories, GoCardlessEndUserErrorAliases, value);

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
  AccountAccessForbidden: "rejected",
  AccountResourceUnavailable: "institution_not_supported",
};
/**
 * Account endpoint error type: The type of an error the bank's answer caused on an account endpoint
 * (details, balances, transactions): the error body's type, beside a summary such as "Couldn't
 * update <balances>" and the detail. Some types count towards the account's suspension (10
 * consecutive failed attempts), others do not. Wire field: type (an API error body).
 */
export const GoCardlessAccountErrorType: {
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
  readonly UnknownRequestError: "UnknownRequestError";
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
  readonly RateLimitError: "RateLimitError";
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
  readonly ServiceError: "ServiceError";
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
  readonly AccessExpiredError: "AccessExpiredError";
  /**
   * Account has been deactivated or it no longer exists.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 401.
   */
  readonly AccountInactiveError: "AccountInactiveError";
  /**
   * Couldn't connect to Institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 503.
   */
  readonly ConnectionError: "ConnectionError";
  /**
   * Access to account is forbidden. The user might not have the necessary permissions.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly AccountAccessForbidden: "AccountAccessForbidden";
  /**
   * The requested resource is unavailable for this account. Certain resources may be restricted or
   * unsupported for specific accounts.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly AccountResourceUnavailable: "AccountResourceUnavailable";
} = /* @__PURE__ */ membersOf(GoCardlessAccountErrorTypeCategories, GoCardlessAccountErrorTypeAliases);
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
      httpStatuses: [503],
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
    AccountAccessForbidden: {
      description: "Access to account is forbidden. The user might not have the necessary permissions.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Access to account is forbidden. The user might not have the necessary permissions.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AccountResourceUnavailable: {
      description: "The requested resource is unavailable for this account. Certain resources may be restricted or unsupported for specific accounts.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "The requested resource is unavailable for this account. Certain resources may be restricted or unsupported for specific accounts.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known GoCardlessAccountErrorType. */
export const isGoCardlessAccountErrorType = (value: unknown): value is GoCardlessAccountErrorType => isCodeOf(GoCardlessAccountErrorTypeCategories, GoCardlessAccountErrorTypeAliases, value);

/** Other wire spellings of GoCardlessErrorSummary values (alias -> value). */
export const GoCardlessErrorSummaryAliases: { readonly [alias: string]: GoCardlessErrorSummary } = {
};
/** The category of every GoCardlessErrorSummary value and alias: all a listener needs to read one. */
export const GoCardlessErrorSummaryCategories: { readonly [spelling: string]: Category } = {
  "Rate limit exceeded": "rate_limited",
  "Account suspended": "reconnect_required",
  "Not found.": "integration_error",
  "Invalid token": "integration_error",
  "IP address access denied": "integration_error",
  "Couldn't update account balances": "generic_failure",
  "Couldn't update account details": "generic_failure",
  "Couldn't update account transactions": "generic_failure",
  "End User Agreement (EUA) access scope error": "integration_error",
  "No valid End User Agreement": "reconnect_required",
  "Invalid Account ID": "integration_error",
  "Incorrect date range": "integration_error",
  "Payment Required": "integration_error",
  "Invalid ID": "integration_error",
  "End user agreement needs to be accepted.": "integration_error",
  "EUA cannot be accepted more than once": "integration_error",
  "Insufficient permissions": "integration_error",
  "Reconfirmation is not enabled.": "integration_error",
  "Reconfirmation requested after acceptance period.": "reconnect_required",
  "No accounts left to reconfirm.": "reconnect_required",
  "Invalid country choice.": "integration_error",
  "Unknown fields": "integration_error",
  "Authentication failed": "integration_error",
};
/**
 * Error summary: The summary of a GoCardless Bank Account Data API error body ({summary, detail,
 * status_code}, and type on account endpoint errors), where it is a fixed text: those of
 * GoCardless's help centre and of the example error bodies of its OpenAPI document. Summaries that
 * name the object (End User Agreement (EUA) $EUA_ID has expired, Account ID $ACC_ID not found) are
 * not codes, nor is the empty summary of its example YouDon'tHavePermissionsForReconfirmation. Wire
 * field: summary (an API error body).
 */
export const GoCardlessErrorSummary: {
  /**
   * GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per
   * minute (per hour for new tokens), for all the credentials of the company's users.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  readonly RATE_LIMIT_EXCEEDED: "Rate limit exceeded";
  /**
   * Due to service stability considerations, we implemented a logic that automatically suspends an
   * account if there were 10 consecutive failed attempts to access it.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: This account or its requisition was suspended due to numerous errors that occurred
   * while accessing it.
   * Whose words: description: GoCardless Bank Account Data's published text; message: GoCardless
   * Bank Account Data's published text.
   * HTTP: 409.
   */
  readonly ACCOUNT_SUSPENDED: "Account suspended";
  /**
   * Not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 404.
   */
  readonly NOT_FOUND: "Not found.";
  /**
   * Token is invalid or expired
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 401.
   */
  readonly INVALID_TOKEN: "Invalid token";
  /**
   * Your IP $IP_ADDRESS isn't whitelisted to perform this action
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly IP_ADDRESS_ACCESS_DENIED: "IP address access denied";
  /**
   * The account's balances could not be read from the bank; the body's type says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401, 403, 429, 500, 503.
   */
  readonly COULDNT_UPDATE_ACCOUNT_BALANCES: "Couldn't update account balances";
  /**
   * The account's details could not be read from the bank; the body's type says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401, 403, 429, 500, 503.
   */
  readonly COULDNT_UPDATE_ACCOUNT_DETAILS: "Couldn't update account details";
  /**
   * The account's transactions could not be read from the bank; the body's type says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401, 403, 429, 500, 503.
   */
  readonly COULDNT_UPDATE_ACCOUNT_TRANSACTIONS: "Couldn't update account transactions";
  /**
   * EUA doesn't allow access to account balances. Check EUA access scope. Or create new EUA with
   * correct access scope
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly END_USER_AGREEMENT_EUA_ACCESS_SCOPE_ERROR: "End User Agreement (EUA) access scope error";
  /**
   * Account exists but there is no valid End User Agreement permitting you to access it
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly NO_VALID_END_USER_AGREEMENT: "No valid End User Agreement";
  /**
   * $ACCOUNT_ID is not a valid Account UUID.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INVALID_ACCOUNT_ID: "Invalid Account ID";
  /**
   * Starting date '2025-06-23' is greater than end date '2025-06-13'. When specifying date range,
   * starting date must precede the end date
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_DATE_RANGE: "Incorrect date range";
  /**
   * Free usage limit exceeded
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 402.
   */
  readonly PAYMENT_REQUIRED: "Payment Required";
  /**
   * 272785d5-de45-4efb-aa1a-f8157ffa94 is not a valid UUID.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INVALID_ID: "Invalid ID";
  /**
   * EUA '$EUA_ID' is not accepted.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly END_USER_AGREEMENT_NEEDS_TO_BE_ACCEPTED: "End user agreement needs to be accepted.";
  /**
   * End User Agreements cannot be accepted more than once
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 405.
   */
  readonly EUA_CANNOT_BE_ACCEPTED_MORE_THAN_ONCE: "EUA cannot be accepted more than once";
  /**
   * Your company doesn't have permission to accept EUA. You'll have to use our default form for
   * this action.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 403.
   */
  readonly INSUFFICIENT_PERMISSIONS: "Insufficient permissions";
  /**
   * Reconfirmation is not enabled for agreement '$EUA_ID'.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly RECONFIRMATION_IS_NOT_ENABLED: "Reconfirmation is not enabled.";
  /**
   * For EUA '$EUA_ID' reconfirmation period was until 2025-06-27 17:27:28.982635.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly RECONFIRMATION_REQUESTED_AFTER_ACCEPTANCE_PERIOD: "Reconfirmation requested after acceptance period.";
  /**
   * For EUA '$EUA_ID' with access valid for 180 days there are no accounts left to reconfirm after
   * 2025-06-27 17:27:28.982663.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly NO_ACCOUNTS_LEFT_TO_RECONFIRM: "No accounts left to reconfirm.";
  /**
   * GBA is not a valid choice.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INVALID_COUNTRY_CHOICE: "Invalid country choice.";
  /**
   * Unknown fields {${FIELD}} in {${LOCATION}}
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly UNKNOWN_FIELDS: "Unknown fields";
  /**
   * No active account found with the given credentials
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 401.
   */
  readonly AUTHENTICATION_FAILED: "Authentication failed";
} = /* @__PURE__ */ membersOf(GoCardlessErrorSummaryCategories, GoCardlessErrorSummaryAliases, {
  "Rate limit exceeded": "RATE_LIMIT_EXCEEDED",
  "Account suspended": "ACCOUNT_SUSPENDED",
  "Not found.": "NOT_FOUND",
  "Invalid token": "INVALID_TOKEN",
  "IP address access denied": "IP_ADDRESS_ACCESS_DENIED",
  "Couldn't update account balances": "COULDNT_UPDATE_ACCOUNT_BALANCES",
  "Couldn't update account details": "COULDNT_UPDATE_ACCOUNT_DETAILS",
  "Couldn't update account transactions": "COULDNT_UPDATE_ACCOUNT_TRANSACTIONS",
  "End User Agreement (EUA) access scope error": "END_USER_AGREEMENT_EUA_ACCESS_SCOPE_ERROR",
  "No valid End User Agreement": "NO_VALID_END_USER_AGREEMENT",
  "Invalid Account ID": "INVALID_ACCOUNT_ID",
  "Incorrect date range": "INCORRECT_DATE_RANGE",
  "Payment Required": "PAYMENT_REQUIRED",
  "Invalid ID": "INVALID_ID",
  "End user agreement needs to be accepted.": "END_USER_AGREEMENT_NEEDS_TO_BE_ACCEPTED",
  "EUA cannot be accepted more than once": "EUA_CANNOT_BE_ACCEPTED_MORE_THAN_ONCE",
  "Insufficient permissions": "INSUFFICIENT_PERMISSIONS",
  "Reconfirmation is not enabled.": "RECONFIRMATION_IS_NOT_ENABLED",
  "Reconfirmation requested after acceptance period.": "RECONFIRMATION_REQUESTED_AFTER_ACCEPTANCE_PERIOD",
  "No accounts left to reconfirm.": "NO_ACCOUNTS_LEFT_TO_RECONFIRM",
  "Invalid country choice.": "INVALID_COUNTRY_CHOICE",
  "Unknown fields": "UNKNOWN_FIELDS",
  "Authentication failed": "AUTHENTICATION_FAILED",
});
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
      httpStatuses: [409],
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
    "Not found.": {
      name: "NOT_FOUND",
      description: "Not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid token": {
      name: "INVALID_TOKEN",
      description: "Token is invalid or expired",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Token is invalid or expired",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "IP address access denied": {
      name: "IP_ADDRESS_ACCESS_DENIED",
      description: "Your IP $IP_ADDRESS isn't whitelisted to perform this action",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Your IP $IP_ADDRESS isn't whitelisted to perform this action",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Couldn't update account balances": {
      name: "COULDNT_UPDATE_ACCOUNT_BALANCES",
      description: "The account's balances could not be read from the bank; the body's type says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [401, 403, 429, 500, 503],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Couldn't update account details": {
      name: "COULDNT_UPDATE_ACCOUNT_DETAILS",
      description: "The account's details could not be read from the bank; the body's type says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [401, 403, 429, 500, 503],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Couldn't update account transactions": {
      name: "COULDNT_UPDATE_ACCOUNT_TRANSACTIONS",
      description: "The account's transactions could not be read from the bank; the body's type says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [401, 403, 429, 500, 503],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "End User Agreement (EUA) access scope error": {
      name: "END_USER_AGREEMENT_EUA_ACCESS_SCOPE_ERROR",
      description: "EUA doesn't allow access to account balances. Check EUA access scope. Or create new EUA with correct access scope",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "EUA doesn't allow access to account balances. Check EUA access scope. Or create new EUA with correct access scope",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "No valid End User Agreement": {
      name: "NO_VALID_END_USER_AGREEMENT",
      description: "Account exists but there is no valid End User Agreement permitting you to access it",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Account exists but there is no valid End User Agreement permitting you to access it",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid Account ID": {
      name: "INVALID_ACCOUNT_ID",
      description: "$ACCOUNT_ID is not a valid Account UUID. ",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "$ACCOUNT_ID is not a valid Account UUID. ",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Incorrect date range": {
      name: "INCORRECT_DATE_RANGE",
      description: "Starting date '2025-06-23' is greater than end date '2025-06-13'. When specifying date range, starting date must precede the end date",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Starting date '2025-06-23' is greater than end date '2025-06-13'. When specifying date range, starting date must precede the end date",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Payment Required": {
      name: "PAYMENT_REQUIRED",
      description: "Free usage limit exceeded",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [402],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Free usage limit exceeded",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid ID": {
      name: "INVALID_ID",
      description: "272785d5-de45-4efb-aa1a-f8157ffa94 is not a valid UUID.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "272785d5-de45-4efb-aa1a-f8157ffa94 is not a valid UUID.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "End user agreement needs to be accepted.": {
      name: "END_USER_AGREEMENT_NEEDS_TO_BE_ACCEPTED",
      description: "EUA '$EUA_ID' is not accepted.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "EUA '$EUA_ID' is not accepted.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "EUA cannot be accepted more than once": {
      name: "EUA_CANNOT_BE_ACCEPTED_MORE_THAN_ONCE",
      description: "End User Agreements cannot be accepted more than once",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "End User Agreements cannot be accepted more than once",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Insufficient permissions": {
      name: "INSUFFICIENT_PERMISSIONS",
      description: "Your company doesn't have permission to accept EUA. You'll have to use our default form for this action.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Your company doesn't have permission to accept EUA. You'll have to use our default form for this action.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Reconfirmation is not enabled.": {
      name: "RECONFIRMATION_IS_NOT_ENABLED",
      description: "Reconfirmation is not enabled for agreement '$EUA_ID'.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Reconfirmation is not enabled for agreement '$EUA_ID'.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Reconfirmation requested after acceptance period.": {
      name: "RECONFIRMATION_REQUESTED_AFTER_ACCEPTANCE_PERIOD",
      description: "For EUA '$EUA_ID' reconfirmation period was until 2025-06-27 17:27:28.982635.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "For EUA '$EUA_ID' reconfirmation period was until 2025-06-27 17:27:28.982635.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "No accounts left to reconfirm.": {
      name: "NO_ACCOUNTS_LEFT_TO_RECONFIRM",
      description: "For EUA '$EUA_ID' with access valid for 180 days there are no accounts left to reconfirm after 2025-06-27 17:27:28.982663.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "For EUA '$EUA_ID' with access valid for 180 days there are no accounts left to reconfirm after 2025-06-27 17:27:28.982663.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid country choice.": {
      name: "INVALID_COUNTRY_CHOICE",
      description: "GBA is not a valid choice.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "GBA is not a valid choice.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Unknown fields": {
      name: "UNKNOWN_FIELDS",
      description: "Unknown fields {${FIELD}} in {${LOCATION}}",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Unknown fields {${FIELD}} in {${LOCATION}}",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Authentication failed": {
      name: "AUTHENTICATION_FAILED",
      description: "No active account found with the given credentials",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "No active account found with the given credentials",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "Rate limit exceeded": "RATE_LIMIT_EXCEEDED",
    "Account suspended": "ACCOUNT_SUSPENDED",
    "Not found.": "NOT_FOUND",
    "Invalid token": "INVALID_TOKEN",
    "IP address access denied": "IP_ADDRESS_ACCESS_DENIED",
    "Couldn't update account balances": "COULDNT_UPDATE_ACCOUNT_BALANCES",
    "Couldn't update account details": "COULDNT_UPDATE_ACCOUNT_DETAILS",
    "Couldn't update account transactions": "COULDNT_UPDATE_ACCOUNT_TRANSACTIONS",
    "End User Agreement (EUA) access scope error": "END_USER_AGREEMENT_EUA_ACCESS_SCOPE_ERROR",
    "No valid End User Agreement": "NO_VALID_END_USER_AGREEMENT",
    "Invalid Account ID": "INVALID_ACCOUNT_ID",
    "Incorrect date range": "INCORRECT_DATE_RANGE",
    "Payment Required": "PAYMENT_REQUIRED",
    "Invalid ID": "INVALID_ID",
    "End user agreement needs to be accepted.": "END_USER_AGREEMENT_NEEDS_TO_BE_ACCEPTED",
    "EUA cannot be accepted more than once": "EUA_CANNOT_BE_ACCEPTED_MORE_THAN_ONCE",
    "Insufficient permissions": "INSUFFICIENT_PERMISSIONS",
    "Reconfirmation is not enabled.": "RECONFIRMATION_IS_NOT_ENABLED",
    "Reconfirmation requested after acceptance period.": "RECONFIRMATION_REQUESTED_AFTER_ACCEPTANCE_PERIOD",
    "No accounts left to reconfirm.": "NO_ACCOUNTS_LEFT_TO_RECONFIRM",
    "Invalid country choice.": "INVALID_COUNTRY_CHOICE",
    "Unknown fields": "UNKNOWN_FIELDS",
    "Authentication failed": "AUTHENTICATION_FAILED",
  },
);
/** Whether a value is a known GoCardlessErrorSummary. */
export const isGoCardlessErrorSummary = (value: unknown): value is GoCardlessErrorSummary => isCodeOf(GoCardlessErrorSummaryCategories, GoCardlessErrorSummaryAliases, value);

/** Other wire spellings of GoCardlessFieldErrorSummary values (alias -> value). */
export const GoCardlessFieldErrorSummaryAliases: { readonly [alias: string]: GoCardlessFieldErrorSummary } = {
};
/** The category of every GoCardlessFieldErrorSummary value and alias: all a listener needs to read one. */
export const GoCardlessFieldErrorSummaryCategories: { readonly [spelling: string]: Category } = {
  "Institution access scope dependencies error": "integration_error",
  "Unsupported access scope selected.": "integration_error",
  "Field 'access_scope' may not be an empty list.": "integration_error",
  "Incorrect max_historical_days": "integration_error",
  "Incorrect access_valid_for_days": "integration_error",
  "Reconfirmation not supported": "integration_error",
  "Reconfirmation is not allowed": "integration_error",
  "Invalid redirect URI": "integration_error",
  "Redirect URL is required": "integration_error",
  "Client reference must be unique": "integration_error",
  "Provided user_language is invalid or not supported": "integration_error",
  "Invalid EndUserAgreement ID": "integration_error",
  "SSN verification not supported": "integration_error",
  "verified not allowed": "integration_error",
  "Account selection not supported": "integration_error",
};
/**
 * Field error summary: The summary of a field-level error: a request whose fields are wrong is
 * answered field by field, each wrong field's name holding a summary and a detail (or a list of
 * them) beside status_code, as GoCardless's OpenAPI document shows in its example bodies. Its fixed
 * summaries are the codes; those that name an object (Unknown Institution ID $INSTITUTION_ID,
 * Unknown value '$SCOPE' in access_scope, Incorrect Institution ID $INSTITUTION_ID, Agreement
 * $AGREEMENT_ID is already associated, ID $AGREEMENT_ID not found) are not, nor are the bare
 * sentences a field may hold instead (This field is required.). Wire field: summary of each entry
 * under a wrong field's name (<field>.summary or <field>[].summary) of a field-level error body.
 */
export const GoCardlessFieldErrorSummary: {
  /**
   * For this institution the following scopes are required together: ['balances', 'details']
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INSTITUTION_ACCESS_SCOPE_DEPENDENCIES_ERROR: "Institution access scope dependencies error";
  /**
   * The access scopes supported by the institution are ['transactions']. The following scopes are
   * not supported: ['details', 'balances']
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_ACCESS_SCOPE_SELECTED: "Unsupported access scope selected.";
  /**
   * Please choose one or several of ['balances', 'details', 'transactions'].
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly FIELD_ACCESS_SCOPE_MAY_NOT_BE_AN_EMPTY_LIST: "Field 'access_scope' may not be an empty list.";
  /**
   * max_historical_days must be > 0 and <= N26_NTSBDEB1 transaction_total_days (90)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_MAX_HISTORICAL_DAYS: "Incorrect max_historical_days";
  /**
   * access_valid_for_days must be > 0 and <= 180
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INCORRECT_ACCESS_VALID_FOR_DAYS: "Incorrect access_valid_for_days";
  /**
   * Reconfirmation not supported for $INSTITUTION_ID
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly RECONFIRMATION_NOT_SUPPORTED: "Reconfirmation not supported";
  /**
   * Reconfirmation is not allowed when access_valid_for_days <= 90 days.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly RECONFIRMATION_IS_NOT_ALLOWED: "Reconfirmation is not allowed";
  /**
   * Redirect URI must have a valid URI structure
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INVALID_REDIRECT_URI: "Invalid redirect URI";
  /**
   * Where an end user will be redirected after finishing authentication in the Institution
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly REDIRECT_URL_IS_REQUIRED: "Redirect URL is required";
  /**
   * Client reference: $REFERENCE_ID already exists
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly CLIENT_REFERENCE_MUST_BE_UNIQUE: "Client reference must be unique";
  /**
   * '$LNG_CODE' is an invalid or unsupported language
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly PROVIDED_USER_LANGUAGE_IS_INVALID_OR_NOT_SUPPORTED: "Provided user_language is invalid or not supported";
  /**
   * $AGREEMENT_ID is not a valid EndUserAgreement UUID. Please specify valid agreement from
   * /api/agreements/enduser/ or create a new one
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly INVALID_ENDUSERAGREEMENT_ID: "Invalid EndUserAgreement ID";
  /**
   * SSN verification not supported for $INSTITUTION_ID
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly SSN_VERIFICATION_NOT_SUPPORTED: "SSN verification not supported";
  /**
   * 'ssn' contains verified
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly VERIFIED_NOT_ALLOWED: "verified not allowed";
  /**
   * Account selection not supported for $INSTITUTION_ID
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: GoCardless Bank Account Data's published text.
   * HTTP: 400.
   */
  readonly ACCOUNT_SELECTION_NOT_SUPPORTED: "Account selection not supported";
} = /* @__PURE__ */ membersOf(GoCardlessFieldErrorSummaryCategories, GoCardlessFieldErrorSummaryAliases, {
  "Institution access scope dependencies error": "INSTITUTION_ACCESS_SCOPE_DEPENDENCIES_ERROR",
  "Unsupported access scope selected.": "UNSUPPORTED_ACCESS_SCOPE_SELECTED",
  "Field 'access_scope' may not be an empty list.": "FIELD_ACCESS_SCOPE_MAY_NOT_BE_AN_EMPTY_LIST",
  "Incorrect max_historical_days": "INCORRECT_MAX_HISTORICAL_DAYS",
  "Incorrect access_valid_for_days": "INCORRECT_ACCESS_VALID_FOR_DAYS",
  "Reconfirmation not supported": "RECONFIRMATION_NOT_SUPPORTED",
  "Reconfirmation is not allowed": "RECONFIRMATION_IS_NOT_ALLOWED",
  "Invalid redirect URI": "INVALID_REDIRECT_URI",
  "Redirect URL is required": "REDIRECT_URL_IS_REQUIRED",
  "Client reference must be unique": "CLIENT_REFERENCE_MUST_BE_UNIQUE",
  "Provided user_language is invalid or not supported": "PROVIDED_USER_LANGUAGE_IS_INVALID_OR_NOT_SUPPORTED",
  "Invalid EndUserAgreement ID": "INVALID_ENDUSERAGREEMENT_ID",
  "SSN verification not supported": "SSN_VERIFICATION_NOT_SUPPORTED",
  "verified not allowed": "VERIFIED_NOT_ALLOWED",
  "Account selection not supported": "ACCOUNT_SELECTION_NOT_SUPPORTED",
});
export type GoCardlessFieldErrorSummary = (typeof GoCardlessFieldErrorSummary)[keyof typeof GoCardlessFieldErrorSummary];
/** A GoCardlessFieldErrorSummary as read from the wire: a known value or any other string. */
export type GoCardlessFieldErrorSummaryOrUnknown = GoCardlessFieldErrorSummary | (string & {});
/** The catalog's metadata of every GoCardlessFieldErrorSummary value. */
export const GoCardlessFieldErrorSummaryInfo: { readonly [V in GoCardlessFieldErrorSummary]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/gocardless/field_error_summary",
  {
    "Institution access scope dependencies error": {
      name: "INSTITUTION_ACCESS_SCOPE_DEPENDENCIES_ERROR",
      description: "For this institution the following scopes are required together: ['balances', 'details']",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "For this institution the following scopes are required together: ['balances', 'details']",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Unsupported access scope selected.": {
      name: "UNSUPPORTED_ACCESS_SCOPE_SELECTED",
      description: "The access scopes supported by the institution are ['transactions']. The following scopes are not supported: ['details', 'balances']",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "The access scopes supported by the institution are ['transactions']. The following scopes are not supported: ['details', 'balances']",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Field 'access_scope' may not be an empty list.": {
      name: "FIELD_ACCESS_SCOPE_MAY_NOT_BE_AN_EMPTY_LIST",
      description: "Please choose one or several of ['balances', 'details', 'transactions'].",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Please choose one or several of ['balances', 'details', 'transactions'].",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Incorrect max_historical_days": {
      name: "INCORRECT_MAX_HISTORICAL_DAYS",
      description: "max_historical_days must be \u003e 0 and \u003c= N26_NTSBDEB1 transaction_total_days (90)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "max_historical_days must be \u003e 0 and \u003c= N26_NTSBDEB1 transaction_total_days (90)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Incorrect access_valid_for_days": {
      name: "INCORRECT_ACCESS_VALID_FOR_DAYS",
      description: "access_valid_for_days must be \u003e 0 and \u003c= 180",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "access_valid_for_days must be \u003e 0 and \u003c= 180",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Reconfirmation not supported": {
      name: "RECONFIRMATION_NOT_SUPPORTED",
      description: "Reconfirmation not supported for $INSTITUTION_ID",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Reconfirmation not supported for $INSTITUTION_ID",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Reconfirmation is not allowed": {
      name: "RECONFIRMATION_IS_NOT_ALLOWED",
      description: "Reconfirmation is not allowed when access_valid_for_days \u003c= 90 days.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Reconfirmation is not allowed when access_valid_for_days \u003c= 90 days.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid redirect URI": {
      name: "INVALID_REDIRECT_URI",
      description: "Redirect URI must have a valid URI structure",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Redirect URI must have a valid URI structure",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Redirect URL is required": {
      name: "REDIRECT_URL_IS_REQUIRED",
      description: "Where an end user will be redirected after finishing authentication in the Institution",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Where an end user will be redirected after finishing authentication in the Institution",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Client reference must be unique": {
      name: "CLIENT_REFERENCE_MUST_BE_UNIQUE",
      description: "Client reference: $REFERENCE_ID already exists",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Client reference: $REFERENCE_ID already exists",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Provided user_language is invalid or not supported": {
      name: "PROVIDED_USER_LANGUAGE_IS_INVALID_OR_NOT_SUPPORTED",
      description: "'$LNG_CODE' is an invalid or unsupported language",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "'$LNG_CODE' is an invalid or unsupported language",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Invalid EndUserAgreement ID": {
      name: "INVALID_ENDUSERAGREEMENT_ID",
      description: "$AGREEMENT_ID is not a valid EndUserAgreement UUID.  Please specify valid agreement from /api/agreements/enduser/ or create a new one",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "$AGREEMENT_ID is not a valid EndUserAgreement UUID.  Please specify valid agreement from /api/agreements/enduser/ or create a new one",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "SSN verification not supported": {
      name: "SSN_VERIFICATION_NOT_SUPPORTED",
      description: "SSN verification not supported for $INSTITUTION_ID",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "SSN verification not supported for $INSTITUTION_ID",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "verified not allowed": {
      name: "VERIFIED_NOT_ALLOWED",
      description: "'ssn' contains verified",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "'ssn' contains verified",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Account selection not supported": {
      name: "ACCOUNT_SELECTION_NOT_SUPPORTED",
      description: "Account selection not supported for $INSTITUTION_ID",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["gocardless-openapi-third-party"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["gocardless-openapi-third-party"] },
        message: { by: "provider", sources: ["gocardless-openapi-third-party"] },
      },
      message: "Account selection not supported for $INSTITUTION_ID",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "Institution access scope dependencies error": "INSTITUTION_ACCESS_SCOPE_DEPENDENCIES_ERROR",
    "Unsupported access scope selected.": "UNSUPPORTED_ACCESS_SCOPE_SELECTED",
    "Field 'access_scope' may not be an empty list.": "FIELD_ACCESS_SCOPE_MAY_NOT_BE_AN_EMPTY_LIST",
    "Incorrect max_historical_days": "INCORRECT_MAX_HISTORICAL_DAYS",
    "Incorrect access_valid_for_days": "INCORRECT_ACCESS_VALID_FOR_DAYS",
    "Reconfirmation not supported": "RECONFIRMATION_NOT_SUPPORTED",
    "Reconfirmation is not allowed": "RECONFIRMATION_IS_NOT_ALLOWED",
    "Invalid redirect URI": "INVALID_REDIRECT_URI",
    "Redirect URL is required": "REDIRECT_URL_IS_REQUIRED",
    "Client reference must be unique": "CLIENT_REFERENCE_MUST_BE_UNIQUE",
    "Provided user_language is invalid or not supported": "PROVIDED_USER_LANGUAGE_IS_INVALID_OR_NOT_SUPPORTED",
    "Invalid EndUserAgreement ID": "INVALID_ENDUSERAGREEMENT_ID",
    "SSN verification not supported": "SSN_VERIFICATION_NOT_SUPPORTED",
    "verified not allowed": "VERIFIED_NOT_ALLOWED",
    "Account selection not supported": "ACCOUNT_SELECTION_NOT_SUPPORTED",
  },
);
/** Whether a value is a known GoCardlessFieldErrorSummary. */
export const isGoCardlessFieldErrorSummary = (value: unknown): value is GoCardlessFieldErrorSummary => isCodeOf(GoCardlessFieldErrorSummaryCategories, GoCardlessFieldErrorSummaryAliases, value);
