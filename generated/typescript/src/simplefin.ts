// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * SimpleFIN (https://www.simplefin.org): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of SimpleFinGeneralError values (alias -> value). */
export const SimpleFinGeneralErrorAliases: { readonly [alias: string]: SimpleFinGeneralError } = {
};
/** The category of every SimpleFinGeneralError value and alias: all a listener needs to read one. */
export const SimpleFinGeneralErrorCategories: { readonly [spelling: string]: Category } = {
  "gen.": "generic_failure",
  "gen.api": "integration_error",
  "gen.auth": "reconnect_required",
};
/**
 * General error code: The general codes of a SimpleFIN error (an Error's code, in the Account Set's
 * errlist: version 2 of the protocol, in draft), those whose prefix is gen.. ("Error codes are in
 * the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating
 * General, Connection or Account errors respectively.") A general error concerns the whole request,
 * no one connection or account. The categories are bankcodes' reading. Wire field: errlist[*].code
 * (Account Set, version 2), or code (Error).
 */
export const SimpleFinGeneralError: {
  /**
   * General error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly gen: "gen.";
  /**
   * Error in how the API is being used. This is meant for the developer and not the user.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly gen_api: "gen.api";
  /**
   * General authentication error (to the SimpleFIN Server)
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly gen_auth: "gen.auth";
} = /* @__PURE__ */ membersOf(SimpleFinGeneralErrorCategories, SimpleFinGeneralErrorAliases, {
  "gen.": "gen",
  "gen.api": "gen_api",
  "gen.auth": "gen_auth",
});
export type SimpleFinGeneralError = (typeof SimpleFinGeneralError)[keyof typeof SimpleFinGeneralError];
/** A SimpleFinGeneralError as read from the wire: a known value or any other string. */
export type SimpleFinGeneralErrorOrUnknown = SimpleFinGeneralError | (string & {});
/** The catalog's metadata of every SimpleFinGeneralError value. */
export const SimpleFinGeneralErrorInfo: { readonly [V in SimpleFinGeneralError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/simplefin/general_error",
  {
    "gen.": {
      name: "gen",
      description: "General error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "gen.api": {
      name: "gen_api",
      description: "Error in how the API is being used. This is meant for the developer and not the user.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "gen.auth": {
      name: "gen_auth",
      description: "General authentication error (to the SimpleFIN Server)",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SimpleFinGeneralError. */
export const isSimpleFinGeneralError = (value: unknown): value is SimpleFinGeneralError => isCodeOf(SimpleFinGeneralErrorCategories, SimpleFinGeneralErrorAliases, value);

/** Other wire spellings of SimpleFinConnectionError values (alias -> value). */
export const SimpleFinConnectionErrorAliases: { readonly [alias: string]: SimpleFinConnectionError } = {
};
/** The category of every SimpleFinConnectionError value and alias: all a listener needs to read one. */
export const SimpleFinConnectionErrorCategories: { readonly [spelling: string]: Category } = {
  "con.": "generic_failure",
  "con.auth": "reconnect_required",
};
/**
 * Connection error code: The connection-level codes of a SimpleFIN error (an Error's code, in the
 * Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is con.. ("Error
 * codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act`
 * indicating General, Connection or Account errors respectively.") A connection error carries
 * conn_id, the Connection it concerns (its Extra attributes column): it concerns that connection
 * alone. The categories are bankcodes' reading. Wire field: errlist[*].code (Account Set, version
 * 2), or code (Error).
 */
export const SimpleFinConnectionError: {
  /**
   * General connection-level error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly con: "con.";
  /**
   * Authentication issue for a connection
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly con_auth: "con.auth";
} = /* @__PURE__ */ membersOf(SimpleFinConnectionErrorCategories, SimpleFinConnectionErrorAliases, {
  "con.": "con",
  "con.auth": "con_auth",
});
export type SimpleFinConnectionError = (typeof SimpleFinConnectionError)[keyof typeof SimpleFinConnectionError];
/** A SimpleFinConnectionError as read from the wire: a known value or any other string. */
export type SimpleFinConnectionErrorOrUnknown = SimpleFinConnectionError | (string & {});
/** The catalog's metadata of every SimpleFinConnectionError value. */
export const SimpleFinConnectionErrorInfo: { readonly [V in SimpleFinConnectionError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/simplefin/connection_error",
  {
    "con.": {
      name: "con",
      description: "General connection-level error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "con.auth": {
      name: "con_auth",
      description: "Authentication issue for a connection",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SimpleFinConnectionError. */
export const isSimpleFinConnectionError = (value: unknown): value is SimpleFinConnectionError => isCodeOf(SimpleFinConnectionErrorCategories, SimpleFinConnectionErrorAliases, value);

/** Other wire spellings of SimpleFinAccountError values (alias -> value). */
export const SimpleFinAccountErrorAliases: { readonly [alias: string]: SimpleFinAccountError } = {
};
/** The category of every SimpleFinAccountError value and alias: all a listener needs to read one. */
export const SimpleFinAccountErrorCategories: { readonly [spelling: string]: Category } = {
  "act.": "generic_failure",
  "act.failed": "generic_failure",
  "act.missingdata": "generic_failure",
};
/**
 * Account error code: The account-level codes of a SimpleFIN error (an Error's code, in the Account
 * Set's errlist: version 2 of the protocol, in draft), those whose prefix is act.. ("Error codes
 * are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating
 * General, Connection or Account errors respectively.") An account error carries account_id, the
 * Account it concerns (its Extra attributes column): it concerns that account alone. The categories
 * are bankcodes' reading. Wire field: errlist[*].code (Account Set, version 2), or code (Error).
 */
export const SimpleFinAccountError: {
  /**
   * General account-level error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly act: "act.";
  /**
   * Failed to get account information. Try again later.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly act_failed: "act.failed";
  /**
   * Incomplete transaction listing. Try again later.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly act_missingdata: "act.missingdata";
} = /* @__PURE__ */ membersOf(SimpleFinAccountErrorCategories, SimpleFinAccountErrorAliases, {
  "act.": "act",
  "act.failed": "act_failed",
  "act.missingdata": "act_missingdata",
});
export type SimpleFinAccountError = (typeof SimpleFinAccountError)[keyof typeof SimpleFinAccountError];
/** A SimpleFinAccountError as read from the wire: a known value or any other string. */
export type SimpleFinAccountErrorOrUnknown = SimpleFinAccountError | (string & {});
/** The catalog's metadata of every SimpleFinAccountError value. */
export const SimpleFinAccountErrorInfo: { readonly [V in SimpleFinAccountError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/simplefin/account_error",
  {
    "act.": {
      name: "act",
      description: "General account-level error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "act.failed": {
      name: "act_failed",
      description: "Failed to get account information. Try again later.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      factSources: { next_step: ["simplefin-protocol-v2"] },
    },
    "act.missingdata": {
      name: "act_missingdata",
      description: "Incomplete transaction listing. Try again later.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["simplefin-protocol-v2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      factSources: { next_step: ["simplefin-protocol-v2"] },
    },
  },
);
/** Whether a value is a known SimpleFinAccountError. */
export const isSimpleFinAccountError = (value: unknown): value is SimpleFinAccountError => isCodeOf(SimpleFinAccountErrorCategories, SimpleFinAccountErrorAliases, value);

/** Other wire spellings of SimpleFinResponseStatus values (alias -> value). */
export const SimpleFinResponseStatusAliases: { readonly [alias: string]: SimpleFinResponseStatus } = {
};
/** The category of every SimpleFinResponseStatus value and alias: all a listener needs to read one. */
export const SimpleFinResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "402": "user_action_required",
  "403": "reconnect_required",
};
/**
 * Response status: The HTTP status of a response of a SimpleFIN Server, as the protocol's Responses
 * tables of POST /claim/:token and GET /accounts list them (read whole, in versions 1 and 2 alike).
 * The categories are bankcodes' reading. Wire field: the HTTP status of a response.
 */
export const SimpleFinResponseStatus: {
  /**
   * Successful response
   * Category: success (Success); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly OK: 200;
  /**
   * Payment required
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly PAYMENT_REQUIRED: 402;
  /**
   * Authentication failed. This could be because access has been revoked or if the credentials are
   * incorrect.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: SimpleFIN's published text.
   */
  readonly FORBIDDEN: 403;
} = { OK: 200, PAYMENT_REQUIRED: 402, FORBIDDEN: 403 };
export type SimpleFinResponseStatus = (typeof SimpleFinResponseStatus)[keyof typeof SimpleFinResponseStatus];
/** A SimpleFinResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type SimpleFinResponseStatusOrUnknown = SimpleFinResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every SimpleFinResponseStatus value. */
export const SimpleFinResponseStatusInfo: { readonly [V in SimpleFinResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/simplefin/response_status",
  {
    "200": {
      name: "OK",
      description: "Successful response",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "402": {
      name: "PAYMENT_REQUIRED",
      description: "Payment required",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your SimpleFIN service needs a payment before it can share your accounts.",
          action: "Pay for it on your SimpleFIN service's site, then try again.",
        },
        fr: {
          message: "Votre service SimpleFIN attend un paiement avant de pouvoir partager vos comptes.",
          action: "Réglez-le sur le site de votre service SimpleFIN, puis réessayez.",
        },
        ar: {
          message: "تحتاج خدمة SimpleFIN لديك إلى دفعة قبل أن تتمكن من مشاركة حساباتك.",
          action: "ادفع قيمتها على موقع خدمة SimpleFIN لديك، ثم أعد المحاولة.",
        },
        es: {
          message: "Su servicio SimpleFIN necesita un pago antes de poder compartir sus cuentas.",
          action: "Páguelo en el sitio de su servicio SimpleFIN y vuelva a intentarlo.",
        },
        pt: {
          message: "Seu serviço SimpleFIN precisa de um pagamento antes de poder compartilhar suas contas.",
          action: "Pague no site do seu serviço SimpleFIN e tente de novo.",
        },
      },
      httpStatuses: [],
      sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "Authentication failed.  This could be because access has been revoked or if the credentials are incorrect.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["simplefin-protocol-v2", "simplefin-protocol-v1"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SimpleFinResponseStatus. */
export const isSimpleFinResponseStatus = (value: unknown): value is SimpleFinResponseStatus => isNumericCodeOf(SimpleFinResponseStatusCategories, value);
