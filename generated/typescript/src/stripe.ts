// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Stripe Financial Connections (https://stripe.com/financial-connections): one `as const` object
 * per code set.
 */
import type { Category } from "./categories.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/**
 * Financial Connections event error code: The error code that an error event of the Financial
 * Connections authentication flow carries, as the React Native SDK passes it to onEvent. The
 * descriptions are the SDK's own comments. Wire field: metadata.errorCode of the
 * FinancialConnectionsEvent passed to onEvent (React Native SDK).
 */
export const StripeFcEventErrorCode = {
  /**
   * The system could not retrieve account numbers for selected accounts.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_numbers_unavailable: "account_numbers_unavailable",
  /**
   * The system could not retrieve accounts for the selected institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  accounts_unavailable: "accounts_unavailable",
  /**
   * For payment flows, no debitable account was available at the selected institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  no_debitable_account: "no_debitable_account",
  /**
   * Authorization with the selected institution has failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  authorization_failed: "authorization_failed",
  /**
   * The selected institution is down for expected maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  institution_unavailable_planned: "institution_unavailable_planned",
  /**
   * The selected institution is unexpectedly down.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  institution_unavailable_unplanned: "institution_unavailable_unplanned",
  /**
   * A timeout occurred while communicating with our partner or downstream institutions.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  institution_timeout: "institution_timeout",
  /**
   * An unexpected error occurred, either in an API call or on the client-side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  unexpected_error: "unexpected_error",
  /**
   * The client secret that powers the session has expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  session_expired: "session_expired",
  /**
   * The hCaptcha challenge failed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  failed_bot_detection: "failed_bot_detection",
} as const;
export type StripeFcEventErrorCode = (typeof StripeFcEventErrorCode)[keyof typeof StripeFcEventErrorCode];
/** A StripeFcEventErrorCode as read from the wire: a known value or any other string. */
export type StripeFcEventErrorCodeOrUnknown = StripeFcEventErrorCode | (string & {});
/** The catalog's metadata of every StripeFcEventErrorCode value. */
export const StripeFcEventErrorCodeInfo: { readonly [V in StripeFcEventErrorCode]: CodeInfo } = {
  account_numbers_unavailable: {
    description: "The system could not retrieve account numbers for selected accounts.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  accounts_unavailable: {
    description: "The system could not retrieve accounts for the selected institution.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  no_debitable_account: {
    description: "For payment flows, no debitable account was available at the selected institution.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  authorization_failed: {
    description: "Authorization with the selected institution has failed.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  institution_unavailable_planned: {
    description: "The selected institution is down for expected maintenance.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  institution_unavailable_unplanned: {
    description: "The selected institution is unexpectedly down.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  institution_timeout: {
    description: "A timeout occurred while communicating with our partner or downstream institutions.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  unexpected_error: {
    description: "An unexpected error occurred, either in an API call or on the client-side.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  session_expired: {
    description: "The client secret that powers the session has expired.",
    message: null,
    category: "session_expired",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  failed_bot_detection: {
    description: "The hCaptcha challenge failed.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
};
/** Other wire spellings of StripeFcEventErrorCode values (alias -> value). */
export const StripeFcEventErrorCodeAliases: { readonly [alias: string]: StripeFcEventErrorCode } = {
};
/** The category of every StripeFcEventErrorCode value and alias: all a listener needs to read one. */
export const StripeFcEventErrorCodeCategories: { readonly [spelling: string]: Category } = {
  account_numbers_unavailable: "account_unavailable",
  accounts_unavailable: "account_unavailable",
  no_debitable_account: "account_unavailable",
  authorization_failed: "generic_failure",
  institution_unavailable_planned: "institution_unavailable",
  institution_unavailable_unplanned: "institution_unavailable",
  institution_timeout: "institution_unavailable",
  unexpected_error: "generic_failure",
  session_expired: "session_expired",
  failed_bot_detection: "rejected",
};
/** Whether a value is a known StripeFcEventErrorCode. */
export const isStripeFcEventErrorCode = (value: unknown): value is StripeFcEventErrorCode => isCodeOf(StripeFcEventErrorCodeCategories, StripeFcEventErrorCodeAliases, value);

/**
 * API error code (Financial Connections): The code of a Stripe API error (error.code) that a
 * Financial Connections integration meets, limited to codes whose published text could be read:
 * rate_limit, which every integration meets, and the codes of Financial Connections accounts; this
 * is not every Stripe error code. Stripe's full list is on its error codes page;
 * financial_connections_account_inactive and
 * financial_connections_no_successful_transaction_refresh are known from Stripe's SDKs but their
 * text could not be read and they are left out. Wire field: error.code (API error response body;
 * also last_payment_error.code, last_setup_error.code).
 */
export const StripeApiErrorCode = {
  /**
   * RateLimitError is raised in cases where an account is putting too much load on Stripe's API
   * servers (usually by performing too many requests).
   * Category: rate_limited (Rate limited); retryable: yes.
   * Advice to the integrator: Please back off on request rate.
   * Whose words: description: Stripe Financial Connections' published text; advice to the
   * integrator: Stripe Financial Connections' published text.
   * HTTP: 429, 400.
   */
  rate_limit: "rate_limit",
  /**
   * Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because
   * Stripe is still retrieving the account's account and routing numbers.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: If you receive this error, retry the request later.
   * Whose words: description: bankcodes' wording; advice to the integrator: Stripe Financial
   * Connections' published text.
   */
  financial_connections_account_pending_account_numbers: "financial_connections_account_pending_account_numbers",
  /**
   * Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because
   * the account has no account or routing numbers that Stripe can use.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: If you receive this error, prompt your user to link a different bank
   * account.
   * Whose words: description: bankcodes' wording; advice to the integrator: Stripe Financial
   * Connections' published text.
   */
  financial_connections_account_unavailable_account_numbers: "financial_connections_account_unavailable_account_numbers",
} as const;
export type StripeApiErrorCode = (typeof StripeApiErrorCode)[keyof typeof StripeApiErrorCode];
/** A StripeApiErrorCode as read from the wire: a known value or any other string. */
export type StripeApiErrorCodeOrUnknown = StripeApiErrorCode | (string & {});
/** The catalog's metadata of every StripeApiErrorCode value. */
export const StripeApiErrorCodeInfo: { readonly [V in StripeApiErrorCode]: CodeInfo } = {
  rate_limit: {
    description: "RateLimitError is raised in cases where an account is putting too much load on Stripe's API servers (usually by performing too many requests).",
    message: null,
    category: "rate_limited",
    retryable: true,
    endUserCanRetry: true,
    advice: "Please back off on request rate.",
    userMessage: null,
    httpStatuses: [429, 400],
    sources: ["stripe-node-error", "stripe-python-api-requestor"],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["stripe-node-error"] },
      advice: { by: "provider", sources: ["stripe-node-error"] },
    },
  },
  financial_connections_account_pending_account_numbers: {
    description: "Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because Stripe is still retrieving the account's account and routing numbers.",
    message: null,
    category: "concurrent_operation",
    retryable: true,
    endUserCanRetry: true,
    advice: "If you receive this error, retry the request later.",
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-changelog-fc-pm-error-codes",
      "stripe-node-error",
      "stripe-python-api-requestor",
    ],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "bankcodes", sources: [] },
      advice: {
        by: "provider",
        sources: [
          "stripe-changelog-fc-pm-error-codes",
          "stripe-node-error",
          "stripe-python-api-requestor",
        ],
      },
    },
  },
  financial_connections_account_unavailable_account_numbers: {
    description: "Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because the account has no account or routing numbers that Stripe can use.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: "If you receive this error, prompt your user to link a different bank account.",
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-changelog-fc-pm-error-codes",
      "stripe-node-error",
      "stripe-python-api-requestor",
    ],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "bankcodes", sources: [] },
      advice: {
        by: "provider",
        sources: [
          "stripe-changelog-fc-pm-error-codes",
          "stripe-node-error",
          "stripe-python-api-requestor",
        ],
      },
    },
  },
};
/** Other wire spellings of StripeApiErrorCode values (alias -> value). */
export const StripeApiErrorCodeAliases: { readonly [alias: string]: StripeApiErrorCode } = {
};
/** The category of every StripeApiErrorCode value and alias: all a listener needs to read one. */
export const StripeApiErrorCodeCategories: { readonly [spelling: string]: Category } = {
  rate_limit: "rate_limited",
  financial_connections_account_pending_account_numbers: "concurrent_operation",
  financial_connections_account_unavailable_account_numbers: "account_unavailable",
};
/** Whether a value is a known StripeApiErrorCode. */
export const isStripeApiErrorCode = (value: unknown): value is StripeApiErrorCode => isCodeOf(StripeApiErrorCodeCategories, StripeApiErrorCodeAliases, value);

/**
 * Account status details: action: The action (if any) to relink a Financial Connections Account
 * that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is
 * inactive (status_details.inactive.action, in Stripe's relink guide, a public preview). Wire
 * field: status_details.active.action; status_details.inactive.action (Financial Connections
 * Account).
 */
export const StripeStatusDetailsAction = {
  /**
   * Accounts that you can’t repair have a status_details.inactive.action of none.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  none: "none",
  /**
   * The customer can restore the account by completing a relink authentication flow.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  relink_required: "relink_required",
} as const;
export type StripeStatusDetailsAction = (typeof StripeStatusDetailsAction)[keyof typeof StripeStatusDetailsAction];
/** A StripeStatusDetailsAction as read from the wire: a known value or any other string. */
export type StripeStatusDetailsActionOrUnknown = StripeStatusDetailsAction | (string & {});
/** The catalog's metadata of every StripeStatusDetailsAction value. */
export const StripeStatusDetailsActionInfo: { readonly [V in StripeStatusDetailsAction]: CodeInfo } = {
  none: {
    description: "Accounts that you can’t repair have a status_details.inactive.action of none.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-docs-fc-relink-data-products"] } },
  },
  relink_required: {
    description: "The customer can restore the account by completing a relink authentication flow.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
};
/** Other wire spellings of StripeStatusDetailsAction values (alias -> value). */
export const StripeStatusDetailsActionAliases: { readonly [alias: string]: StripeStatusDetailsAction } = {
};
/** The category of every StripeStatusDetailsAction value and alias: all a listener needs to read one. */
export const StripeStatusDetailsActionCategories: { readonly [spelling: string]: Category } = {
  none: "account_unavailable",
  relink_required: "reconnect_required",
};
/** Whether a value is a known StripeStatusDetailsAction. */
export const isStripeStatusDetailsAction = (value: unknown): value is StripeStatusDetailsAction => isCodeOf(StripeStatusDetailsActionCategories, StripeStatusDetailsActionAliases, value);

/**
 * Account status details: cause: The underlying cause of a Financial Connections Account becoming
 * inactive (status_details.active.cause for an upcoming deactivation; status_details.inactive.cause
 * in Stripe's relink guide). Wire field: status_details.active.cause; status_details.inactive.cause
 * (Financial Connections Account).
 */
export const StripeStatusDetailsCause = {
  /**
   * The access Stripe was given to the account has expired, for example an OAuth connection that
   * expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  access_expired: "access_expired",
  /**
   * The institution requires the customer to authenticate again.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  institution_requirement: "institution_requirement",
  /**
   * Stripe gives no specific cause for the (expected) deactivation.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  unspecified: "unspecified",
} as const;
export type StripeStatusDetailsCause = (typeof StripeStatusDetailsCause)[keyof typeof StripeStatusDetailsCause];
/** A StripeStatusDetailsCause as read from the wire: a known value or any other string. */
export type StripeStatusDetailsCauseOrUnknown = StripeStatusDetailsCause | (string & {});
/** The catalog's metadata of every StripeStatusDetailsCause value. */
export const StripeStatusDetailsCauseInfo: { readonly [V in StripeStatusDetailsCause]: CodeInfo } = {
  access_expired: {
    description: "The access Stripe was given to the account has expired, for example an OAuth connection that expired.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  institution_requirement: {
    description: "The institution requires the customer to authenticate again.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-fc-accounts"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  unspecified: {
    description: "Stripe gives no specific cause for the (expected) deactivation.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-fc-accounts"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
};
/** Other wire spellings of StripeStatusDetailsCause values (alias -> value). */
export const StripeStatusDetailsCauseAliases: { readonly [alias: string]: StripeStatusDetailsCause } = {
};
/** The category of every StripeStatusDetailsCause value and alias: all a listener needs to read one. */
export const StripeStatusDetailsCauseCategories: { readonly [spelling: string]: Category } = {
  access_expired: "reconnect_required",
  institution_requirement: "reconnect_required",
  unspecified: "generic_failure",
};
/** Whether a value is a known StripeStatusDetailsCause. */
export const isStripeStatusDetailsCause = (value: unknown): value is StripeStatusDetailsCause => isCodeOf(StripeStatusDetailsCauseCategories, StripeStatusDetailsCauseAliases, value);

/**
 * Financial Connections Account status: The status of the link to a Financial Connections Account.
 * Wire field: status (Financial Connections Account object; data.object.status of
 * financial_connections.account.* events).
 */
export const StripeAccountStatus = {
  /**
   * The link to the account works: Stripe can refresh the account's data.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  active: "active",
  /**
   * New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays
   * available.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  inactive: "inactive",
  /**
   * Although you can’t refresh data on a disconnected account, you can access previously refreshed
   * account data.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: To regain access to new account data, your user needs to re-
   * authenticate their account through the authentication flow.
   * Whose words: description: Stripe Financial Connections' published text; advice to the
   * integrator: Stripe Financial Connections' published text.
   */
  disconnected: "disconnected",
} as const;
export type StripeAccountStatus = (typeof StripeAccountStatus)[keyof typeof StripeAccountStatus];
/** A StripeAccountStatus as read from the wire: a known value or any other string. */
export type StripeAccountStatusOrUnknown = StripeAccountStatus | (string & {});
/** The catalog's metadata of every StripeAccountStatus value. */
export const StripeAccountStatusInfo: { readonly [V in StripeAccountStatus]: CodeInfo } = {
  active: {
    description: "The link to the account works: Stripe can refresh the account's data.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-openapi-spec3", "stripe-rn-fc-types", "stripe-docs-fc-webhooks"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["stripe-docs-fc-webhooks"] } },
    nextStatuses: ["inactive", "disconnected"],
  },
  inactive: {
    description: "New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays available.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-openapi-spec3",
      "stripe-rn-fc-types",
      "stripe-docs-fc-webhooks",
      "stripe-docs-fc-relink-data-products",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-docs-fc-webhooks"] } },
    nextStatuses: ["active", "disconnected"],
  },
  disconnected: {
    description: "Although you can’t refresh data on a disconnected account, you can access previously refreshed account data.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: "To regain access to new account data, your user needs to re-authenticate their account through the authentication flow.",
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-openapi-spec3", "stripe-rn-fc-types", "stripe-docs-fc-disconnections"],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["stripe-docs-fc-disconnections"] },
      advice: { by: "provider", sources: ["stripe-docs-fc-disconnections"] },
    },
    nextStatuses: [],
  },
};
/** Other wire spellings of StripeAccountStatus values (alias -> value). */
export const StripeAccountStatusAliases: { readonly [alias: string]: StripeAccountStatus } = {
};
/** The category of every StripeAccountStatus value and alias: all a listener needs to read one. */
export const StripeAccountStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  inactive: "reconnect_required",
  disconnected: "reconnect_required",
};
/** Whether a value is a known StripeAccountStatus. */
export const isStripeAccountStatus = (value: unknown): value is StripeAccountStatus => isCodeOf(StripeAccountStatusCategories, StripeAccountStatusAliases, value);

/**
 * Data refresh status: The status of the most recent attempt to refresh an account's balance,
 * ownership or transactions. Wire field: balance_refresh.status; ownership_refresh.status;
 * transaction_refresh.status (Financial Connections Account).
 */
export const StripeRefreshStatus = {
  /**
   * The refresh attempt is under way.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  pending: "pending",
  /**
   * The refresh attempt succeeded: the refreshed data is available.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  succeeded: "succeeded",
  /**
   * The refresh attempt failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  failed: "failed",
} as const;
export type StripeRefreshStatus = (typeof StripeRefreshStatus)[keyof typeof StripeRefreshStatus];
/** A StripeRefreshStatus as read from the wire: a known value or any other string. */
export type StripeRefreshStatusOrUnknown = StripeRefreshStatus | (string & {});
/** The catalog's metadata of every StripeRefreshStatus value. */
export const StripeRefreshStatusInfo: { readonly [V in StripeRefreshStatus]: CodeInfo } = {
  pending: {
    description: "The refresh attempt is under way.",
    message: null,
    category: "pending",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
    nextStatuses: ["succeeded", "failed"],
  },
  succeeded: {
    description: "The refresh attempt succeeded: the refreshed data is available.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
    nextStatuses: [],
  },
  failed: {
    description: "The refresh attempt failed.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
    nextStatuses: [],
  },
};
/** Other wire spellings of StripeRefreshStatus values (alias -> value). */
export const StripeRefreshStatusAliases: { readonly [alias: string]: StripeRefreshStatus } = {
};
/** The category of every StripeRefreshStatus value and alias: all a listener needs to read one. */
export const StripeRefreshStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  succeeded: "success",
  failed: "generic_failure",
};
/** Whether a value is a known StripeRefreshStatus. */
export const isStripeRefreshStatus = (value: unknown): value is StripeRefreshStatus => isCodeOf(StripeRefreshStatusCategories, StripeRefreshStatusAliases, value);

/**
 * Financial Connections sheet error: The code of the error the React Native SDK's Financial
 * Connections methods resolve with (a StripeError of FinancialConnectionsSheetError). Wire field:
 * error.code of the SessionResult or TokenResult (React Native SDK).
 */
export const StripeSheetErrorCode = {
  /**
   * The Financial Connections flow ended with an error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  Failed: "Failed",
  /**
   * The Financial Connections flow was closed before it finished.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  Canceled: "Canceled",
} as const;
export type StripeSheetErrorCode = (typeof StripeSheetErrorCode)[keyof typeof StripeSheetErrorCode];
/** A StripeSheetErrorCode as read from the wire: a known value or any other string. */
export type StripeSheetErrorCodeOrUnknown = StripeSheetErrorCode | (string & {});
/** The catalog's metadata of every StripeSheetErrorCode value. */
export const StripeSheetErrorCodeInfo: { readonly [V in StripeSheetErrorCode]: CodeInfo } = {
  Failed: {
    description: "The Financial Connections flow ended with an error.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  Canceled: {
    description: "The Financial Connections flow was closed before it finished.",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
};
/** Other wire spellings of StripeSheetErrorCode values (alias -> value). */
export const StripeSheetErrorCodeAliases: { readonly [alias: string]: StripeSheetErrorCode } = {
};
/** The category of every StripeSheetErrorCode value and alias: all a listener needs to read one. */
export const StripeSheetErrorCodeCategories: { readonly [spelling: string]: Category } = {
  Failed: "generic_failure",
  Canceled: "cancelled",
};
/** Whether a value is a known StripeSheetErrorCode. */
export const isStripeSheetErrorCode = (value: unknown): value is StripeSheetErrorCode => isCodeOf(StripeSheetErrorCodeCategories, StripeSheetErrorCodeAliases, value);

/**
 * API error type: The type of error returned in a Stripe API error body (error.type). Wire field:
 * error.type (API error response body).
 */
export const StripeApiErrorType = {
  /**
   * API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers),
   * and are extremely uncommon.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  api_error: "api_error",
  /**
   * Card errors are the most common type of error you should expect to handle. They result when the
   * user enters a card that can't be charged for some reason.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  card_error: "card_error",
  /**
   * Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match
   * the first request's API endpoint and parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  idempotency_error: "idempotency_error",
  /**
   * Invalid request errors arise when your request has invalid parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  invalid_request_error: "invalid_request_error",
} as const;
export type StripeApiErrorType = (typeof StripeApiErrorType)[keyof typeof StripeApiErrorType];
/** A StripeApiErrorType as read from the wire: a known value or any other string. */
export type StripeApiErrorTypeOrUnknown = StripeApiErrorType | (string & {});
/** The catalog's metadata of every StripeApiErrorType value. */
export const StripeApiErrorTypeInfo: { readonly [V in StripeApiErrorType]: CodeInfo } = {
  api_error: {
    description: "API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers), and are extremely uncommon.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-openapi-spec3",
      "stripe-dev-terminal-api-error-type",
      "stripe-docs-api-errors-attributes",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
  },
  card_error: {
    description: "Card errors are the most common type of error you should expect to handle. They result when the user enters a card that can't be charged for some reason.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-openapi-spec3",
      "stripe-dev-terminal-api-error-type",
      "stripe-docs-api-errors-attributes",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
  },
  idempotency_error: {
    description: "Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match the first request's API endpoint and parameters.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-openapi-spec3",
      "stripe-dev-terminal-api-error-type",
      "stripe-docs-api-errors-attributes",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
  },
  invalid_request_error: {
    description: "Invalid request errors arise when your request has invalid parameters.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "stripe-openapi-spec3",
      "stripe-dev-terminal-api-error-type",
      "stripe-docs-api-errors-attributes",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
  },
};
/** Other wire spellings of StripeApiErrorType values (alias -> value). */
export const StripeApiErrorTypeAliases: { readonly [alias: string]: StripeApiErrorType } = {
};
/** The category of every StripeApiErrorType value and alias: all a listener needs to read one. */
export const StripeApiErrorTypeCategories: { readonly [spelling: string]: Category } = {
  api_error: "generic_failure",
  card_error: "rejected",
  idempotency_error: "integration_error",
  invalid_request_error: "integration_error",
};
/** Whether a value is a known StripeApiErrorType. */
export const isStripeApiErrorType = (value: unknown): value is StripeApiErrorType => isCodeOf(StripeApiErrorTypeCategories, StripeApiErrorTypeAliases, value);

/**
 * Financial Connections event name: The name of an event of the Financial Connections
 * authentication flow, as the React Native SDK passes it to onEvent. The descriptions are the SDK's
 * own comments. Wire field: name of the FinancialConnectionsEvent passed to onEvent (React Native
 * SDK).
 */
export const StripeFcEventName = {
  /**
   * Invoked when the sheet successfully opens.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  open: "open",
  /**
   * Invoked when the manual entry flow is initiated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  manual_entry_initiated: "manual_entry_initiated",
  /**
   * Invoked when "Agree and continue" is selected on the consent pane.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  consent_acquired: "consent_acquired",
  /**
   * Invoked when the search bar is selected, the user inputs search terms, and receives an API
   * response.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  search_initiated: "search_initiated",
  /**
   * Invoked when an institution is selected, either from featured institutions or search results.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  institution_selected: "institution_selected",
  /**
   * Invoked when the authorization is successfully completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  institution_authorized: "institution_authorized",
  /**
   * Invoked when accounts are selected and "confirm" is selected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  accounts_selected: "accounts_selected",
  /**
   * Invoked when the flow is completed and selected accounts are correctly connected to the payment
   * instrument.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  success: "success",
  /**
   * Invoked when an error is encountered. Refer to error codes for more details.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  error: "error",
  /**
   * Invoked when the flow is cancelled, typically by the user pressing the "X" button.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  cancel: "cancel",
  /**
   * Invoked when the modal is launched in an external browser. After this event, no other events
   * will be sent until the completion of the browser session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  flow_launched_in_browser: "flow_launched_in_browser",
} as const;
export type StripeFcEventName = (typeof StripeFcEventName)[keyof typeof StripeFcEventName];
/** A StripeFcEventName as read from the wire: a known value or any other string. */
export type StripeFcEventNameOrUnknown = StripeFcEventName | (string & {});
/** The catalog's metadata of every StripeFcEventName value. */
export const StripeFcEventNameInfo: { readonly [V in StripeFcEventName]: CodeInfo } = {
  open: {
    description: "Invoked when the sheet successfully opens.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  manual_entry_initiated: {
    description: "Invoked when the manual entry flow is initiated.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  consent_acquired: {
    description: "Invoked when \"Agree and continue\" is selected on the consent pane.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  search_initiated: {
    description: "Invoked when the search bar is selected, the user inputs search terms, and receives an API response.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  institution_selected: {
    description: "Invoked when an institution is selected, either from featured institutions or search results.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  institution_authorized: {
    description: "Invoked when the authorization is successfully completed.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  accounts_selected: {
    description: "Invoked when accounts are selected and \"confirm\" is selected.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  success: {
    description: "Invoked when the flow is completed and selected accounts are correctly connected to the payment instrument.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  error: {
    description: "Invoked when an error is encountered. Refer to error codes for more details.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  cancel: {
    description: "Invoked when the flow is cancelled, typically by the user pressing the \"X\" button.",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
  flow_launched_in_browser: {
    description: "Invoked when the modal is launched in an external browser. After this event, no other events will be sent until the completion of the browser session.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-rn-fc-types"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
  },
};
/** Other wire spellings of StripeFcEventName values (alias -> value). */
export const StripeFcEventNameAliases: { readonly [alias: string]: StripeFcEventName } = {
};
/** The category of every StripeFcEventName value and alias: all a listener needs to read one. */
export const StripeFcEventNameCategories: { readonly [spelling: string]: Category } = {
  open: "informational",
  manual_entry_initiated: "informational",
  consent_acquired: "informational",
  search_initiated: "informational",
  institution_selected: "informational",
  institution_authorized: "informational",
  accounts_selected: "informational",
  success: "success",
  error: "generic_failure",
  cancel: "cancelled",
  flow_launched_in_browser: "informational",
};
/** Whether a value is a known StripeFcEventName. */
export const isStripeFcEventName = (value: unknown): value is StripeFcEventName => isCodeOf(StripeFcEventNameCategories, StripeFcEventNameAliases, value);

/**
 * Financial Connections event type: The type of a Stripe Event about a Financial Connections
 * Account or Authorization, as Stripe's Node.js library lists them (the descriptions are its
 * comments). Stripe sends many other event types; only the Financial Connections ones are here,
 * with setup_intent.created, the type of Stripe's published Event example, and
 * payment_intent.payment_failed and setup_intent.setup_failed, whose last error carries the API
 * error codes of a Financial Connections account. Wire field: type (Stripe Event object, the
 * webhook body).
 */
export const StripeEventType = {
  /**
   * Occurs when a Financial Connections account's account numbers are updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_numbers_updated: "financial_connections.account.account_numbers_updated",
  /**
   * Occurs when a new Financial Connections account is created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_created: "financial_connections.account.created",
  /**
   * Occurs when a Financial Connections account's status is updated from `active` to `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_deactivated: "financial_connections.account.deactivated",
  /**
   * Occurs when a Financial Connections account is disconnected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_disconnected: "financial_connections.account.disconnected",
  /**
   * Occurs when a Financial Connections account’s `expected_deactivation_date` changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_expected_deactivation_date_updated: "financial_connections.account.expected_deactivation_date_updated",
  /**
   * Occurs when a Financial Connections account's status is updated from `inactive` to `active`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_reactivated: "financial_connections.account.reactivated",
  /**
   * Occurs when an Account’s `balance_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_refreshed_balance: "financial_connections.account.refreshed_balance",
  /**
   * Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_refreshed_ownership: "financial_connections.account.refreshed_ownership",
  /**
   * Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_refreshed_transactions: "financial_connections.account.refreshed_transactions",
  /**
   * Occurs when the supported_payment_method_types array on a Financial Connections account
   * changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_supported_payment_method_types_updated: "financial_connections.account.supported_payment_method_types_updated",
  /**
   * Occurs when an Account’s tokenized account number is about to expire.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_upcoming_account_number_expiry: "financial_connections.account.upcoming_account_number_expiry",
  /**
   * Occurs when a Financial Connections account is about to become `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  account_upcoming_deactivation: "financial_connections.account.upcoming_deactivation",
  /**
   * Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  authorization_expected_deactivation_date_updated: "financial_connections.authorization.expected_deactivation_date_updated",
  /**
   * Occurs when a Financial Connections authorization is about to become `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  authorization_upcoming_deactivation: "financial_connections.authorization.upcoming_deactivation",
  /**
   * Occurs when a new SetupIntent is created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  setup_intent_created: "setup_intent.created",
  /**
   * Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  payment_intent_payment_failed: "payment_intent.payment_failed",
  /**
   * Occurs when a SetupIntent has failed the attempt to setup a payment method.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  setup_intent_setup_failed: "setup_intent.setup_failed",
} as const;
export type StripeEventType = (typeof StripeEventType)[keyof typeof StripeEventType];
/** A StripeEventType as read from the wire: a known value or any other string. */
export type StripeEventTypeOrUnknown = StripeEventType | (string & {});
/** The catalog's metadata of every StripeEventType value. */
export const StripeEventTypeInfo: { readonly [V in StripeEventType]: CodeInfo } = {
  "financial_connections.account.account_numbers_updated": {
    name: "account_numbers_updated",
    description: "Occurs when a Financial Connections account's account numbers are updated.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
      },
    },
  },
  "financial_connections.account.created": {
    name: "account_created",
    description: "Occurs when a new Financial Connections account is created.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-docs-fc-webhooks-md", "stripe-docs-fc-api-accounts"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
      },
    },
  },
  "financial_connections.account.deactivated": {
    name: "account_deactivated",
    description: "Occurs when a Financial Connections account's status is updated from `active` to `inactive`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-docs-fc-webhooks-md", "stripe-docs-fc-api-accounts"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
      },
    },
  },
  "financial_connections.account.disconnected": {
    name: "account_disconnected",
    description: "Occurs when a Financial Connections account is disconnected.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-docs-fc-api-accounts", "stripe-docs-fc-disconnections"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
      },
    },
  },
  "financial_connections.account.expected_deactivation_date_updated": {
    name: "account_expected_deactivation_date_updated",
    description: "Occurs when a Financial Connections account’s `expected_deactivation_date` changes.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.reactivated": {
    name: "account_reactivated",
    description: "Occurs when a Financial Connections account's status is updated from `inactive` to `active`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.refreshed_balance": {
    name: "account_refreshed_balance",
    description: "Occurs when an Account’s `balance_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.refreshed_ownership": {
    name: "account_refreshed_ownership",
    description: "Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.refreshed_transactions": {
    name: "account_refreshed_transactions",
    description: "Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.supported_payment_method_types_updated": {
    name: "account_supported_payment_method_types_updated",
    description: "Occurs when the supported_payment_method_types array on a Financial Connections account changes.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.upcoming_account_number_expiry": {
    name: "account_upcoming_account_number_expiry",
    description: "Occurs when an Account’s tokenized account number is about to expire.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.account.upcoming_deactivation": {
    name: "account_upcoming_deactivation",
    description: "Occurs when a Financial Connections account is about to become `inactive`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-changelog-fc-upcoming-deactivations"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.authorization.expected_deactivation_date_updated": {
    name: "authorization_expected_deactivation_date_updated",
    description: "Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "financial_connections.authorization.upcoming_deactivation": {
    name: "authorization_upcoming_deactivation",
    description: "Occurs when a Financial Connections authorization is about to become `inactive`.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "setup_intent.created": {
    name: "setup_intent_created",
    description: "Occurs when a new SetupIntent is created.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events", "stripe-docs-event-object"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "payment_intent.payment_failed": {
    name: "payment_intent_payment_failed",
    description: "Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
  "setup_intent.setup_failed": {
    name: "setup_intent_setup_failed",
    description: "Occurs when a SetupIntent has failed the attempt to setup a payment method.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["stripe-node-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
  },
};
/** Other wire spellings of StripeEventType values (alias -> value). */
export const StripeEventTypeAliases: { readonly [alias: string]: StripeEventType } = {
};
/** The category of every StripeEventType value and alias: all a listener needs to read one. */
export const StripeEventTypeCategories: { readonly [spelling: string]: Category } = {
  "financial_connections.account.account_numbers_updated": "informational",
  "financial_connections.account.created": "informational",
  "financial_connections.account.deactivated": "informational",
  "financial_connections.account.disconnected": "informational",
  "financial_connections.account.expected_deactivation_date_updated": "informational",
  "financial_connections.account.reactivated": "informational",
  "financial_connections.account.refreshed_balance": "informational",
  "financial_connections.account.refreshed_ownership": "informational",
  "financial_connections.account.refreshed_transactions": "informational",
  "financial_connections.account.supported_payment_method_types_updated": "informational",
  "financial_connections.account.upcoming_account_number_expiry": "informational",
  "financial_connections.account.upcoming_deactivation": "informational",
  "financial_connections.authorization.expected_deactivation_date_updated": "informational",
  "financial_connections.authorization.upcoming_deactivation": "informational",
  "setup_intent.created": "informational",
  "payment_intent.payment_failed": "informational",
  "setup_intent.setup_failed": "informational",
};
/** Whether a value is a known StripeEventType. */
export const isStripeEventType = (value: unknown): value is StripeEventType => isCodeOf(StripeEventTypeCategories, StripeEventTypeAliases, value);
