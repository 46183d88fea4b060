// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Stripe Financial Connections (https://stripe.com/financial-connections): per code set, its
 * aliases, its category table, its constant (identifier -> wire value, built from the table) and
 * its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

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
/**
 * Financial Connections event error code: The error code that an error event of the Financial
 * Connections authentication flow carries, as the React Native SDK passes it to onEvent. The
 * descriptions are the SDK's own comments. Wire field: metadata.errorCode of the
 * FinancialConnectionsEvent passed to onEvent (React Native SDK).
 */
export const StripeFcEventErrorCode: {
  /**
   * The system could not retrieve account numbers for selected accounts.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_numbers_unavailable: "account_numbers_unavailable";
  /**
   * The system could not retrieve accounts for the selected institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly accounts_unavailable: "accounts_unavailable";
  /**
   * For payment flows, no debitable account was available at the selected institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly no_debitable_account: "no_debitable_account";
  /**
   * Authorization with the selected institution has failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly authorization_failed: "authorization_failed";
  /**
   * The selected institution is down for expected maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly institution_unavailable_planned: "institution_unavailable_planned";
  /**
   * The selected institution is unexpectedly down.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly institution_unavailable_unplanned: "institution_unavailable_unplanned";
  /**
   * A timeout occurred while communicating with our partner or downstream institutions.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly institution_timeout: "institution_timeout";
  /**
   * An unexpected error occurred, either in an API call or on the client-side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly unexpected_error: "unexpected_error";
  /**
   * The client secret that powers the session has expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly session_expired: "session_expired";
  /**
   * The hCaptcha challenge failed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly failed_bot_detection: "failed_bot_detection";
} = /* @__PURE__ */ membersOf(StripeFcEventErrorCodeCategories, StripeFcEventErrorCodeAliases);
export type StripeFcEventErrorCode = (typeof StripeFcEventErrorCode)[keyof typeof StripeFcEventErrorCode];
/** A StripeFcEventErrorCode as read from the wire: a known value or any other string. */
export type StripeFcEventErrorCodeOrUnknown = StripeFcEventErrorCode | (string & {});
/** The catalog's metadata of every StripeFcEventErrorCode value. */
export const StripeFcEventErrorCodeInfo: { readonly [V in StripeFcEventErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/fc_event_error_code",
  {
    account_numbers_unavailable: {
      description: "The system could not retrieve account numbers for selected accounts.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    accounts_unavailable: {
      description: "The system could not retrieve accounts for the selected institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    no_debitable_account: {
      description: "For payment flows, no debitable account was available at the selected institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorization_failed: {
      description: "Authorization with the selected institution has failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_unavailable_planned: {
      description: "The selected institution is down for expected maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_unavailable_unplanned: {
      description: "The selected institution is unexpectedly down.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_timeout: {
      description: "A timeout occurred while communicating with our partner or downstream institutions.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unexpected_error: {
      description: "An unexpected error occurred, either in an API call or on the client-side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    session_expired: {
      description: "The client secret that powers the session has expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed_bot_detection: {
      description: "The hCaptcha challenge failed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeFcEventErrorCode. */
export const isStripeFcEventErrorCode = (value: unknown): value is StripeFcEventErrorCode => isCodeOf(StripeFcEventErrorCodeCategories, StripeFcEventErrorCodeAliases, value);

/** Other wire spellings of StripeApiErrorCode values (alias -> value). */
export const StripeApiErrorCodeAliases: { readonly [alias: string]: StripeApiErrorCode } = {
};
/** The category of every StripeApiErrorCode value and alias: all a listener needs to read one. */
export const StripeApiErrorCodeCategories: { readonly [spelling: string]: Category } = {
  rate_limit: "rate_limited",
  financial_connections_account_pending_account_numbers: "concurrent_operation",
  financial_connections_account_unavailable_account_numbers: "account_unavailable",
  account_closed: "account_unavailable",
  account_number_invalid: "user_action_required",
  bank_account_bad_routing_numbers: "account_unavailable",
  bank_account_declined: "account_unavailable",
  bank_account_exists: "integration_error",
  bank_account_restricted: "account_unavailable",
  bank_account_unusable: "account_unavailable",
  bank_account_unverified: "integration_error",
  bank_account_verification_failed: "user_action_required",
  billing_invalid_mandate: "integration_error",
  debit_not_authorized: "rejected",
  insufficient_funds: "rejected",
  no_account: "account_unavailable",
  payment_intent_authentication_failure: "mfa_failed",
  payment_intent_mandate_invalid: "integration_error",
  payment_intent_payment_attempt_failed: "generic_failure",
  payment_method_bank_account_already_verified: "integration_error",
  payment_method_bank_account_blocked: "account_unavailable",
  payment_method_customer_decline: "cancelled",
  payment_method_microdeposit_failed: "user_action_required",
  payment_method_microdeposit_verification_amounts_invalid: "user_action_required",
  payment_method_microdeposit_verification_amounts_mismatch: "user_action_required",
  payment_method_microdeposit_verification_attempts_exceeded: "attempts_exhausted",
  payment_method_microdeposit_verification_descriptor_code_mismatch: "user_action_required",
  payment_method_microdeposit_verification_timeout: "session_expired",
  payment_method_not_available: "institution_unavailable",
  payment_method_provider_decline: "rejected",
  payment_method_unactivated: "integration_error",
  refer_to_customer: "rejected",
  routing_number_invalid: "user_action_required",
  setup_attempt_failed: "generic_failure",
  setup_intent_authentication_failure: "mfa_failed",
  setup_intent_mandate_invalid: "integration_error",
  financial_connections_account_inactive: "reconnect_required",
  financial_connections_no_successful_transaction_refresh: "integration_error",
  payment_method_microdeposit_processing_error: "generic_failure",
};
/**
 * API error code (Financial Connections and bank accounts): The code of a Stripe API error
 * (error.code) that a Financial Connections or bank-account (ACH Direct Debit, us_bank_account)
 * integration meets: rate_limit, which every integration meets, the codes of Financial Connections
 * accounts, and those of a bank account's numbers, its verification by microdeposits, its mandate
 * and its debits. This is not every Stripe error code: Stripe's libraries list them all
 * (PaymentIntent's last_payment_error.code). The texts are those of Stripe's error codes page
 * (docs.stripe.com/error-codes), read in a third party's copy of an earlier revision where Stripe's
 * own stored copy ends before most of them (it reaches only account_closed and
 * account_number_invalid, in the same words); the part read of the page gives no HTTP status per
 * code. Stripe's text for payment_method_microdeposit_processing_error, which Stripe's libraries
 * list, was not read (no copy read reaches it): its description is bankcodes' reading of its name
 * and of the changelog entry that added it. Wire field: error.code (API error response body; also
 * last_payment_error.code, last_setup_error.code).
 */
export const StripeApiErrorCode: {
  /**
   * RateLimitError is raised in cases where an account is putting too much load on Stripe's API
   * servers (usually by performing too many requests).
   * Category: rate_limited (Rate limited); retryable: yes.
   * Advice to the integrator: Please back off on request rate.
   * Whose words: description: Stripe Financial Connections' published text; advice to the
   * integrator: Stripe Financial Connections' published text.
   * HTTP: 429, 400.
   */
  readonly rate_limit: "rate_limit";
  /**
   * Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because
   * Stripe is still retrieving the account's account and routing numbers.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: If you receive this error, retry the request later.
   * Whose words: description: bankcodes' wording; advice to the integrator: Stripe Financial
   * Connections' published text.
   */
  readonly financial_connections_account_pending_account_numbers: "financial_connections_account_pending_account_numbers";
  /**
   * Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because
   * the account has no account or routing numbers that Stripe can use.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: If you receive this error, prompt your user to link a different bank
   * account.
   * Whose words: description: bankcodes' wording; advice to the integrator: Stripe Financial
   * Connections' published text.
   */
  readonly financial_connections_account_unavailable_account_numbers: "financial_connections_account_unavailable_account_numbers";
  /**
   * The customer’s bank account has been closed.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_closed: "account_closed";
  /**
   * The bank account number provided is invalid (e.g., missing digits). Bank account information
   * varies from country to country. We recommend creating validations in your entry forms based on
   * the bank account formats we provide.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_number_invalid: "account_number_invalid";
  /**
   * The bank account is known to not support the currency in question.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_bad_routing_numbers: "bank_account_bad_routing_numbers";
  /**
   * The bank account provided can not be used to charge, either because it is not verified yet or
   * it is not supported.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_declined: "bank_account_declined";
  /**
   * The bank account provided already exists on the specified Customer object. If the bank account
   * should also be attached to a different customer, include the correct customer ID when making
   * the request again.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_exists: "bank_account_exists";
  /**
   * The customer’s account cannot be used with the payment method.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_restricted: "bank_account_restricted";
  /**
   * The bank account provided cannot be used. A different bank account must be used.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_unusable: "bank_account_unusable";
  /**
   * Your Connect platform is attempting to share an unverified bank account with a connected
   * account.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_unverified: "bank_account_unverified";
  /**
   * The bank account cannot be verified, either because the microdeposit amounts provided do not
   * match the actual amounts, or because verification has failed too many times.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly bank_account_verification_failed: "bank_account_verification_failed";
  /**
   * The Subscription or Invoice attempted payment on a PaymentMethod without an active mandate. In
   * order to create Subscription or Invoice payments with this PaymentMethod, it must be confirmed
   * on-session with a PaymentIntent or SetupIntent first.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly billing_invalid_mandate: "billing_invalid_mandate";
  /**
   * The customer has notified their bank that this payment was unauthorized.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly debit_not_authorized: "debit_not_authorized";
  /**
   * The customer’s account has insufficient funds to cover this payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * The bank account could not be located.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly no_account: "no_account";
  /**
   * The provided payment method has failed authentication. Provide a new payment method to attempt
   * to fulfill this PaymentIntent again.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_intent_authentication_failure: "payment_intent_authentication_failure";
  /**
   * The provided mandate is invalid and can not be used for the payment intent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_intent_mandate_invalid: "payment_intent_mandate_invalid";
  /**
   * The latest payment attempt for the PaymentIntent has failed. Check the last_payment_error
   * property on the PaymentIntent for more details, and provide a new payment method to attempt to
   * fulfill this PaymentIntent again.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_intent_payment_attempt_failed: "payment_intent_payment_attempt_failed";
  /**
   * This bank account has already been verified.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_bank_account_already_verified: "payment_method_bank_account_already_verified";
  /**
   * This bank account has failed verification in the past and can not be used. Contact us if you
   * wish to attempt to use these bank account credentials.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_bank_account_blocked: "payment_method_bank_account_blocked";
  /**
   * The customer did not approve the payment. Please provide a new payment method to attempt to
   * fulfill this intent again.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_customer_decline: "payment_method_customer_decline";
  /**
   * Microdeposits were failed to be deposited into the customer’s bank account. Please check the
   * account, institution and transit numbers as well as the currency type.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_failed: "payment_method_microdeposit_failed";
  /**
   * You must provide exactly two microdeposit amounts.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_verification_amounts_invalid: "payment_method_microdeposit_verification_amounts_invalid";
  /**
   * The amounts provided do not match the amounts that were sent to the bank account.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_verification_amounts_mismatch: "payment_method_microdeposit_verification_amounts_mismatch";
  /**
   * You have exceeded the number of allowed verification attempts.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_verification_attempts_exceeded: "payment_method_microdeposit_verification_attempts_exceeded";
  /**
   * The verification code provided does not match the one sent to the bank account.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_verification_descriptor_code_mismatch: "payment_method_microdeposit_verification_descriptor_code_mismatch";
  /**
   * Payment method should be verified with microdeposits within the required period.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_microdeposit_verification_timeout: "payment_method_microdeposit_verification_timeout";
  /**
   * The payment processor for the provided payment method is temporarily unavailable. Please try a
   * different payment method or retry later with the same payment method.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_not_available: "payment_method_not_available";
  /**
   * The payment or setup attempt was declined by the issuer or customer. Check the
   * last_payment_error or last_setup_error property on the PaymentIntent or SetupIntent
   * respectively for more details, and provide a new payment method to attempt to fulfill this
   * intent again.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_provider_decline: "payment_method_provider_decline";
  /**
   * The operation cannot be performed as the payment method used has not been activated. Activate
   * the payment method in the Dashboard, then try again.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_method_unactivated: "payment_method_unactivated";
  /**
   * The customer has stopped the payment with their bank. Contact them for details and to arrange
   * payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly refer_to_customer: "refer_to_customer";
  /**
   * The bank routing number provided is invalid.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly routing_number_invalid: "routing_number_invalid";
  /**
   * The latest setup attempt for the SetupIntent has failed. Check the `last_setup_error` property
   * on the SetupIntent for more details, and provide a new payment method to attempt to set it up
   * again.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly setup_attempt_failed: "setup_attempt_failed";
  /**
   * The provided payment method has failed authentication. Provide a new payment method to attempt
   * to fulfill this SetupIntent again.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly setup_intent_authentication_failure: "setup_intent_authentication_failure";
  /**
   * The provided mandate is invalid and can not be used for the setup intent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly setup_intent_mandate_invalid: "setup_intent_mandate_invalid";
  /**
   * Data cannot be refreshed on inactive Financial Connections accounts.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly financial_connections_account_inactive: "financial_connections_account_inactive";
  /**
   * Transaction data can only be retrieved for accounts that have at least one successful
   * transaction refresh.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly financial_connections_no_successful_transaction_refresh: "financial_connections_no_successful_transaction_refresh";
  /**
   * Processing the microdeposits that verify a bank account payment method failed; Stripe reports
   * it as the last error of a payment, a setup or an invoice's finalization.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly payment_method_microdeposit_processing_error: "payment_method_microdeposit_processing_error";
} = /* @__PURE__ */ membersOf(StripeApiErrorCodeCategories, StripeApiErrorCodeAliases);
export type StripeApiErrorCode = (typeof StripeApiErrorCode)[keyof typeof StripeApiErrorCode];
/** A StripeApiErrorCode as read from the wire: a known value or any other string. */
export type StripeApiErrorCodeOrUnknown = StripeApiErrorCode | (string & {});
/** The catalog's metadata of every StripeApiErrorCode value. */
export const StripeApiErrorCodeInfo: { readonly [V in StripeApiErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/api_error_code",
  {
    rate_limit: {
      description: "RateLimitError is raised in cases where an account is putting too much load on Stripe's API servers (usually by performing too many requests).",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429, 400],
      sources: ["stripe-node-error", "stripe-python-api-requestor"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-node-error"] },
        advice: { by: "provider", sources: ["stripe-node-error"] },
      },
      message: null,
      advice: "Please back off on request rate.",
      userMessage: null,
      aliases: [],
    },
    financial_connections_account_pending_account_numbers: {
      description: "Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because Stripe is still retrieving the account's account and routing numbers.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "stripe-changelog-fc-pm-error-codes",
        "stripe-node-error",
        "stripe-python-api-requestor",
        "stripe-node-payment-intents",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: [
            "stripe-changelog-fc-pm-error-codes",
            "stripe-node-error",
            "stripe-python-api-requestor",
            "stripe-node-payment-intents",
          ],
        },
      },
      message: null,
      advice: "If you receive this error, retry the request later.",
      userMessage: null,
      aliases: [],
    },
    financial_connections_account_unavailable_account_numbers: {
      description: "Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because the account has no account or routing numbers that Stripe can use.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-changelog-fc-pm-error-codes",
        "stripe-node-error",
        "stripe-python-api-requestor",
        "stripe-node-payment-intents",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: [
            "stripe-changelog-fc-pm-error-codes",
            "stripe-node-error",
            "stripe-python-api-requestor",
            "stripe-node-payment-intents",
          ],
        },
      },
      message: null,
      advice: "If you receive this error, prompt your user to link a different bank account.",
      userMessage: null,
      aliases: [],
    },
    account_closed: {
      description: "The customer’s bank account has been closed.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-docs-error-codes",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-error-codes-third-party-copy-ach", "stripe-docs-error-codes"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_number_invalid: {
      description: "The bank account number provided is invalid (e.g., missing digits). Bank account information varies from country to country. We recommend creating validations in your entry forms based on the bank account formats we provide.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The bank account number you entered is not valid.",
          action: "Check your account number and enter it again.",
        },
        fr: {
          message: "Le numéro de compte bancaire que vous avez saisi n'est pas valide.",
          action: "Vérifiez votre numéro de compte et saisissez-le de nouveau.",
        },
        ar: {
          message: "رقم الحساب المصرفي الذي أدخلته غير صالح.",
          action: "تحقق من رقم حسابك وأدخله مرة أخرى.",
        },
        es: {
          message: "El número de cuenta bancaria que ingresó no es válido.",
          action: "Verifique su número de cuenta e ingréselo de nuevo.",
        },
        pt: {
          message: "O número da conta bancária que você digitou não é válido.",
          action: "Confira o número da sua conta e digite-o novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-docs-error-codes",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-error-codes-third-party-copy-ach", "stripe-docs-error-codes"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_bad_routing_numbers: {
      description: "The bank account is known to not support the currency in question.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_declined: {
      description: "The bank account provided can not be used to charge, either because it is not verified yet or it is not supported.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This bank account can't be charged yet.",
          action: "Complete the verification of your bank account if you were asked to, or use a different bank account.",
        },
        fr: {
          message: "Ce compte bancaire ne peut pas encore être débité.",
          action: "Terminez la vérification de votre compte bancaire si on vous l'a demandé, ou utilisez un autre compte bancaire.",
        },
        ar: {
          message: "لا يمكن الخصم من هذا الحساب المصرفي بعد.",
          action: "أكمل التحقق من حسابك المصرفي إذا طُلب منك ذلك، أو استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "Todavía no se puede hacer un cargo a esta cuenta bancaria.",
          action: "Complete la verificación de su cuenta bancaria si se le pidió, o use otra cuenta bancaria.",
        },
        pt: {
          message: "Ainda não é possível debitar esta conta bancária.",
          action: "Conclua a verificação da sua conta bancária, se isso foi solicitado, ou use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_exists: {
      description: "The bank account provided already exists on the specified Customer object. If the bank account should also be attached to a different customer, include the correct customer ID when making the request again.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_restricted: {
      description: "The customer’s account cannot be used with the payment method.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_unusable: {
      description: "The bank account provided cannot be used. A different bank account must be used.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "This bank account can't be used.",
          action: "Use a different bank account.",
        },
        fr: {
          message: "Ce compte bancaire ne peut pas être utilisé.",
          action: "Utilisez un autre compte bancaire.",
        },
        ar: {
          message: "لا يمكن استخدام هذا الحساب المصرفي.",
          action: "استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "Esta cuenta bancaria no se puede usar.",
          action: "Use otra cuenta bancaria.",
        },
        pt: {
          message: "Esta conta bancária não pode ser usada.",
          action: "Use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_unverified: {
      description: "Your Connect platform is attempting to share an unverified bank account with a connected account.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_account_verification_failed: {
      description: "The bank account cannot be verified, either because the microdeposit amounts provided do not match the actual amounts, or because verification has failed too many times.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank account could not be verified.",
          action: "Check the small deposits in your bank account and enter their amounts again; if you have no attempts left, contact support.",
        },
        fr: {
          message: "Votre compte bancaire n'a pas pu être vérifié.",
          action: "Vérifiez les petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants; s'il ne vous reste plus de tentatives, communiquez avec notre service d'assistance.",
        },
        ar: {
          message: "تعذّر التحقق من حسابك المصرفي.",
          action: "تحقق من الإيداعات الصغيرة في حسابك المصرفي وأدخل مبالغها مرة أخرى، وإذا لم تتبقَّ لك محاولات، فتواصل مع فريق الدعم.",
        },
        es: {
          message: "No se pudo verificar su cuenta bancaria.",
          action: "Revise los pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes; si ya no le quedan intentos, comuníquese con el servicio de asistencia.",
        },
        pt: {
          message: "Não foi possível verificar sua conta bancária.",
          action: "Confira os pequenos depósitos na sua conta bancária e digite os valores novamente; se não tiver mais tentativas, entre em contato com o suporte.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-support-verify-ach-microdeposits",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    billing_invalid_mandate: {
      description: "The Subscription or Invoice attempted payment on a PaymentMethod without an active mandate. In order to create Subscription or Invoice payments with this PaymentMethod, it must be confirmed on-session with a PaymentIntent or SetupIntent first.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    debit_not_authorized: {
      description: "The customer has notified their bank that this payment was unauthorized.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your bank reported that you did not authorize this payment.",
          action: "If you want to pay, contact us to give a new authorization.",
        },
        fr: {
          message: "Votre banque a signalé que vous n'aviez pas autorisé ce paiement.",
          action: "Si vous souhaitez payer, communiquez avec nous pour donner une nouvelle autorisation.",
        },
        ar: {
          message: "أبلغ بنكك أنك لم تأذن بهذه الدفعة.",
          action: "إذا كنت ترغب في الدفع، فتواصل معنا لتقديم إذن جديد.",
        },
        es: {
          message: "Su banco informó que usted no autorizó este pago.",
          action: "Si desea pagar, comuníquese con nosotros para dar una nueva autorización.",
        },
        pt: {
          message: "Seu banco informou que você não autorizou este pagamento.",
          action: "Se quiser pagar, entre em contato conosco para dar uma nova autorização.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The customer’s account has insufficient funds to cover this payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "There isn't enough money in your account for this payment.",
          action: "Add money to your account, or use a different bank account.",
        },
        fr: {
          message: "Les fonds de votre compte sont insuffisants pour ce paiement.",
          action: "Approvisionnez votre compte ou utilisez un autre compte bancaire.",
        },
        ar: {
          message: "الرصيد في حسابك غير كافٍ لهذه الدفعة.",
          action: "أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "No hay suficiente dinero en su cuenta para este pago.",
          action: "Agregue dinero a su cuenta o use otra cuenta bancaria.",
        },
        pt: {
          message: "Não há saldo suficiente na sua conta para este pagamento.",
          action: "Adicione dinheiro à sua conta ou use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    no_account: {
      description: "The bank account could not be located.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We couldn't find this bank account.",
          action: "Check your account and routing numbers, or use a different bank account.",
        },
        fr: {
          message: "Nous n'avons pas trouvé ce compte bancaire.",
          action: "Vérifiez vos numéros de compte et d'acheminement, ou utilisez un autre compte bancaire.",
        },
        ar: {
          message: "لم نتمكن من العثور على هذا الحساب المصرفي.",
          action: "تحقق من رقم حسابك ورقم التوجيه، أو استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "No pudimos encontrar esta cuenta bancaria.",
          action: "Verifique su número de cuenta y su número de ruta, o use otra cuenta bancaria.",
        },
        pt: {
          message: "Não encontramos esta conta bancária.",
          action: "Confira os números da conta e de roteamento, ou use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_intent_authentication_failure: {
      description: "The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this PaymentIntent again.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your payment method could not be confirmed.",
          action: "Try again, or use a different payment method.",
        },
        fr: {
          message: "Votre moyen de paiement n'a pas pu être confirmé.",
          action: "Réessayez ou utilisez un autre moyen de paiement.",
        },
        ar: {
          message: "تعذّر تأكيد وسيلة الدفع الخاصة بك.",
          action: "حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
        },
        es: {
          message: "No se pudo confirmar su método de pago.",
          action: "Vuelva a intentarlo o use otro método de pago.",
        },
        pt: {
          message: "Não foi possível confirmar sua forma de pagamento.",
          action: "Tente novamente ou use outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_intent_mandate_invalid: {
      description: "The provided mandate is invalid and can not be used for the payment intent.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_intent_payment_attempt_failed: {
      description: "The latest payment attempt for the PaymentIntent has failed. Check the last_payment_error property on the PaymentIntent for more details, and provide a new payment method to attempt to fulfill this PaymentIntent again.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your payment did not go through.",
          action: "Try again with a different payment method.",
        },
        fr: {
          message: "Votre paiement n'a pas abouti.",
          action: "Réessayez avec un autre moyen de paiement.",
        },
        ar: { message: "لم تتم عملية الدفع.", action: "حاول مرة أخرى باستخدام وسيلة دفع أخرى." },
        es: {
          message: "Su pago no se realizó.",
          action: "Vuelva a intentarlo con otro método de pago.",
        },
        pt: {
          message: "Seu pagamento não foi concluído.",
          action: "Tente novamente com outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_bank_account_already_verified: {
      description: "This bank account has already been verified.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_bank_account_blocked: {
      description: "This bank account has failed verification in the past and can not be used. Contact us if you wish to attempt to use these bank account credentials.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "This bank account can't be used.",
          action: "Use a different bank account.",
        },
        fr: {
          message: "Ce compte bancaire ne peut pas être utilisé.",
          action: "Utilisez un autre compte bancaire.",
        },
        ar: {
          message: "لا يمكن استخدام هذا الحساب المصرفي.",
          action: "استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "Esta cuenta bancaria no se puede usar.",
          action: "Use otra cuenta bancaria.",
        },
        pt: {
          message: "Esta conta bancária não pode ser usada.",
          action: "Use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_customer_decline: {
      description: "The customer did not approve the payment. Please provide a new payment method to attempt to fulfill this intent again.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You did not approve the payment.",
          action: "Start again and approve it, or use a different payment method.",
        },
        fr: {
          message: "Vous n'avez pas approuvé le paiement.",
          action: "Recommencez et approuvez-le, ou utilisez un autre moyen de paiement.",
        },
        ar: {
          message: "لم توافق على الدفعة.",
          action: "ابدأ من جديد ووافق عليها، أو استخدم وسيلة دفع أخرى.",
        },
        es: {
          message: "No aprobó el pago.",
          action: "Vuelva a empezar y apruébelo, o use otro método de pago.",
        },
        pt: {
          message: "Você não aprovou o pagamento.",
          action: "Comece de novo e aprove-o, ou use outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_failed: {
      description: "Microdeposits were failed to be deposited into the customer’s bank account. Please check the account, institution and transit numbers as well as the currency type.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We couldn't send the small verification deposits to your bank account.",
          action: "Check your account and routing numbers and enter them again.",
        },
        fr: {
          message: "Nous n'avons pas pu envoyer les petits dépôts de vérification dans votre compte bancaire.",
          action: "Vérifiez vos numéros de compte et d'acheminement et saisissez-les de nouveau.",
        },
        ar: {
          message: "لم نتمكن من إرسال الإيداعات الصغيرة للتحقق إلى حسابك المصرفي.",
          action: "تحقق من رقم حسابك ورقم التوجيه وأدخلهما مرة أخرى.",
        },
        es: {
          message: "No pudimos enviar los pequeños depósitos de verificación a su cuenta bancaria.",
          action: "Verifique su número de cuenta y su número de ruta e ingréselos de nuevo.",
        },
        pt: {
          message: "Não conseguimos enviar os pequenos depósitos de verificação para sua conta bancária.",
          action: "Confira os números da conta e de roteamento e digite-os novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_verification_amounts_invalid: {
      description: "You must provide exactly two microdeposit amounts.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Two deposit amounts are needed to verify your bank account.",
          action: "Enter the amounts of both small deposits in your bank account.",
        },
        fr: {
          message: "Deux montants de dépôt sont nécessaires pour vérifier votre compte bancaire.",
          action: "Saisissez les montants des deux petits dépôts faits dans votre compte bancaire.",
        },
        ar: {
          message: "يلزم إدخال مبلغَي إيداع للتحقق من حسابك المصرفي.",
          action: "أدخل مبلغَي الإيداعين الصغيرين في حسابك المصرفي.",
        },
        es: {
          message: "Se necesitan dos importes de depósito para verificar su cuenta bancaria.",
          action: "Ingrese los importes de los dos pequeños depósitos en su cuenta bancaria.",
        },
        pt: {
          message: "São necessários dois valores de depósito para verificar sua conta bancária.",
          action: "Digite os valores dos dois pequenos depósitos na sua conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_verification_amounts_mismatch: {
      description: "The amounts provided do not match the amounts that were sent to the bank account.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The amounts you entered don't match the deposits sent to your bank account.",
          action: "Check the two small deposits in your bank account and enter their amounts again.",
        },
        fr: {
          message: "Les montants saisis ne correspondent pas aux dépôts faits dans votre compte bancaire.",
          action: "Vérifiez les deux petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants.",
        },
        ar: {
          message: "المبالغ التي أدخلتها لا تطابق الإيداعات المرسلة إلى حسابك المصرفي.",
          action: "تحقق من الإيداعين الصغيرين في حسابك المصرفي وأدخل مبلغيهما مرة أخرى.",
        },
        es: {
          message: "Los importes que ingresó no coinciden con los depósitos enviados a su cuenta bancaria.",
          action: "Revise los dos pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes.",
        },
        pt: {
          message: "Os valores que você digitou não correspondem aos depósitos enviados para sua conta bancária.",
          action: "Confira os dois pequenos depósitos na sua conta bancária e digite os valores novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-support-verify-ach-microdeposits",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_verification_attempts_exceeded: {
      description: "You have exceeded the number of allowed verification attempts.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "There have been too many attempts to verify your bank account.",
          action: "Contact support to verify your bank account.",
        },
        fr: {
          message: "Il y a eu trop de tentatives de vérification de votre compte bancaire.",
          action: "Communiquez avec notre service d'assistance pour faire vérifier votre compte bancaire.",
        },
        ar: {
          message: "تجاوزت عدد المحاولات المسموح بها للتحقق من حسابك المصرفي.",
          action: "تواصل مع فريق الدعم للتحقق من حسابك المصرفي.",
        },
        es: {
          message: "Hubo demasiados intentos de verificar su cuenta bancaria.",
          action: "Comuníquese con el servicio de asistencia para verificar su cuenta bancaria.",
        },
        pt: {
          message: "Houve tentativas demais de verificar sua conta bancária.",
          action: "Entre em contato com o suporte para verificar sua conta bancária.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-support-verify-ach-microdeposits",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_verification_descriptor_code_mismatch: {
      description: "The verification code provided does not match the one sent to the bank account.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The code you entered doesn't match the one sent to your bank account.",
          action: "Find the code in the description of the small deposit in your bank account and enter it again.",
        },
        fr: {
          message: "Le code saisi ne correspond pas à celui envoyé dans votre compte bancaire.",
          action: "Trouvez le code dans la description du petit dépôt fait dans votre compte bancaire et saisissez-le de nouveau.",
        },
        ar: {
          message: "الرمز الذي أدخلته لا يطابق الرمز المرسل إلى حسابك المصرفي.",
          action: "ابحث عن الرمز في وصف الإيداع الصغير في حسابك المصرفي وأدخله مرة أخرى.",
        },
        es: {
          message: "El código que ingresó no coincide con el enviado a su cuenta bancaria.",
          action: "Busque el código en la descripción del pequeño depósito en su cuenta bancaria e ingréselo de nuevo.",
        },
        pt: {
          message: "O código que você digitou não corresponde ao enviado para sua conta bancária.",
          action: "Encontre o código na descrição do pequeno depósito na sua conta bancária e digite-o novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-support-verify-ach-microdeposits",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_verification_timeout: {
      description: "Payment method should be verified with microdeposits within the required period.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The time to verify your bank account has run out.",
          action: "Add your bank account again to start a new verification.",
        },
        fr: {
          message: "Le délai pour vérifier votre compte bancaire est écoulé.",
          action: "Ajoutez de nouveau votre compte bancaire pour lancer une nouvelle vérification.",
        },
        ar: {
          message: "انتهت المهلة المحددة للتحقق من حسابك المصرفي.",
          action: "أضف حسابك المصرفي مرة أخرى لبدء عملية تحقق جديدة.",
        },
        es: {
          message: "Se agotó el plazo para verificar su cuenta bancaria.",
          action: "Vuelva a agregar su cuenta bancaria para iniciar una nueva verificación.",
        },
        pt: {
          message: "O prazo para verificar sua conta bancária terminou.",
          action: "Adicione sua conta bancária novamente para iniciar uma nova verificação.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_not_available: {
      description: "The payment processor for the provided payment method is temporarily unavailable. Please try a different payment method or retry later with the same payment method.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This payment method is temporarily unavailable.",
          action: "Try again later, or use a different payment method.",
        },
        fr: {
          message: "Ce moyen de paiement est temporairement indisponible.",
          action: "Réessayez plus tard ou utilisez un autre moyen de paiement.",
        },
        ar: {
          message: "وسيلة الدفع هذه غير متاحة مؤقتاً.",
          action: "حاول مرة أخرى لاحقاً، أو استخدم وسيلة دفع أخرى.",
        },
        es: {
          message: "Este método de pago no está disponible temporalmente.",
          action: "Vuelva a intentarlo más tarde o use otro método de pago.",
        },
        pt: {
          message: "Esta forma de pagamento está temporariamente indisponível.",
          action: "Tente novamente mais tarde ou use outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_provider_decline: {
      description: "The payment or setup attempt was declined by the issuer or customer. Check the last_payment_error or last_setup_error property on the PaymentIntent or SetupIntent respectively for more details, and provide a new payment method to attempt to fulfill this intent again.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your payment was declined.",
          action: "Use a different payment method, or contact your bank for details.",
        },
        fr: {
          message: "Votre paiement a été refusé.",
          action: "Utilisez un autre moyen de paiement ou communiquez avec votre banque pour en savoir plus.",
        },
        ar: {
          message: "تم رفض عملية الدفع.",
          action: "استخدم وسيلة دفع أخرى، أو تواصل مع بنكك لمعرفة التفاصيل.",
        },
        es: {
          message: "Su pago fue rechazado.",
          action: "Use otro método de pago o comuníquese con su banco para obtener más información.",
        },
        pt: {
          message: "Seu pagamento foi recusado.",
          action: "Use outra forma de pagamento ou entre em contato com seu banco para saber mais.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_unactivated: {
      description: "The operation cannot be performed as the payment method used has not been activated. Activate the payment method in the Dashboard, then try again.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refer_to_customer: {
      description: "The customer has stopped the payment with their bank. Contact them for details and to arrange payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "You stopped this payment with your bank.",
          action: "Contact us to arrange the payment.",
        },
        fr: {
          message: "Vous avez fait opposition à ce paiement auprès de votre banque.",
          action: "Communiquez avec nous pour convenir du paiement.",
        },
        ar: { message: "أوقفت هذه الدفعة لدى بنكك.", action: "تواصل معنا لترتيب الدفع." },
        es: {
          message: "Usted detuvo este pago con su banco.",
          action: "Comuníquese con nosotros para coordinar el pago.",
        },
        pt: {
          message: "Você sustou este pagamento junto ao seu banco.",
          action: "Entre em contato conosco para combinar o pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    routing_number_invalid: {
      description: "The bank routing number provided is invalid.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The routing number you entered is not valid.",
          action: "Check your bank's routing number and enter it again.",
        },
        fr: {
          message: "Le numéro d'acheminement que vous avez saisi n'est pas valide.",
          action: "Vérifiez le numéro d'acheminement de votre banque et saisissez-le de nouveau.",
        },
        ar: {
          message: "رقم التوجيه المصرفي الذي أدخلته غير صالح.",
          action: "تحقق من رقم التوجيه الخاص ببنكك وأدخله مرة أخرى.",
        },
        es: {
          message: "El número de ruta que ingresó no es válido.",
          action: "Verifique el número de ruta de su banco e ingréselo de nuevo.",
        },
        pt: {
          message: "O número de roteamento que você digitou não é válido.",
          action: "Confira o número de roteamento do seu banco e digite-o novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    setup_attempt_failed: {
      description: "The latest setup attempt for the SetupIntent has failed. Check the `last_setup_error` property on the SetupIntent for more details, and provide a new payment method to attempt to set it up again.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your payment method could not be set up.",
          action: "Try again with a different payment method.",
        },
        fr: {
          message: "Votre moyen de paiement n'a pas pu être configuré.",
          action: "Réessayez avec un autre moyen de paiement.",
        },
        ar: {
          message: "تعذّر إعداد وسيلة الدفع الخاصة بك.",
          action: "حاول مرة أخرى باستخدام وسيلة دفع أخرى.",
        },
        es: {
          message: "No se pudo configurar su método de pago.",
          action: "Vuelva a intentarlo con otro método de pago.",
        },
        pt: {
          message: "Não foi possível configurar sua forma de pagamento.",
          action: "Tente novamente com outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    setup_intent_authentication_failure: {
      description: "The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this SetupIntent again.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your payment method could not be confirmed.",
          action: "Try again, or use a different payment method.",
        },
        fr: {
          message: "Votre moyen de paiement n'a pas pu être confirmé.",
          action: "Réessayez ou utilisez un autre moyen de paiement.",
        },
        ar: {
          message: "تعذّر تأكيد وسيلة الدفع الخاصة بك.",
          action: "حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
        },
        es: {
          message: "No se pudo confirmar su método de pago.",
          action: "Vuelva a intentarlo o use otro método de pago.",
        },
        pt: {
          message: "Não foi possível confirmar sua forma de pagamento.",
          action: "Tente novamente ou use outra forma de pagamento.",
        },
      },
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    setup_intent_mandate_invalid: {
      description: "The provided mandate is invalid and can not be used for the setup intent.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-ach",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-ach"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    financial_connections_account_inactive: {
      description: "Data cannot be refreshed on inactive Financial Connections accounts.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-fc",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-node-changelog",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-fc"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    financial_connections_no_successful_transaction_refresh: {
      description: "Transaction data can only be retrieved for accounts that have at least one successful transaction refresh.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-error-codes-third-party-copy-fc",
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-node-changelog",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-error-codes-third-party-copy-fc"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_method_microdeposit_processing_error: {
      description: "Processing the microdeposits that verify a bank account payment method failed; Stripe reports it as the last error of a payment, a setup or an invoice's finalization.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "stripe-node-payment-intents",
        "stripe-python-payment-intent",
        "stripe-node-changelog",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["stripe-node-changelog"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeApiErrorCode. */
export const isStripeApiErrorCode = (value: unknown): value is StripeApiErrorCode => isCodeOf(StripeApiErrorCodeCategories, StripeApiErrorCodeAliases, value);

/** Other wire spellings of StripeStatusDetailsAction values (alias -> value). */
export const StripeStatusDetailsActionAliases: { readonly [alias: string]: StripeStatusDetailsAction } = {
};
/** The category of every StripeStatusDetailsAction value and alias: all a listener needs to read one. */
export const StripeStatusDetailsActionCategories: { readonly [spelling: string]: Category } = {
  none: "account_unavailable",
  relink_required: "reconnect_required",
};
/**
 * Account and Authorization status details: action: The action (if any) to relink a Financial
 * Connections Account or Authorization that is about to become inactive
 * (status_details.active.action, in Stripe's SDK types) or is inactive
 * (status_details.inactive.action: an Authorization's in Stripe's SDK types and API reference, an
 * Account's in Stripe's relink guide, a public preview). Wire field: status_details.active.action;
 * status_details.inactive.action (Financial Connections Account and Authorization).
 */
export const StripeStatusDetailsAction: {
  /**
   * Accounts that you can’t repair have a status_details.inactive.action of none.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly none: "none";
  /**
   * The customer can restore the account by completing a relink authentication flow.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly relink_required: "relink_required";
} = /* @__PURE__ */ membersOf(StripeStatusDetailsActionCategories, StripeStatusDetailsActionAliases);
export type StripeStatusDetailsAction = (typeof StripeStatusDetailsAction)[keyof typeof StripeStatusDetailsAction];
/** A StripeStatusDetailsAction as read from the wire: a known value or any other string. */
export type StripeStatusDetailsActionOrUnknown = StripeStatusDetailsAction | (string & {});
/** The catalog's metadata of every StripeStatusDetailsAction value. */
export const StripeStatusDetailsActionInfo: { readonly [V in StripeStatusDetailsAction]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/status_details_action",
  {
    none: {
      description: "Accounts that you can’t repair have a status_details.inactive.action of none.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-fc-relink-data-products"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    relink_required: {
      description: "The customer can restore the account by completing a relink authentication flow.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeStatusDetailsAction. */
export const isStripeStatusDetailsAction = (value: unknown): value is StripeStatusDetailsAction => isCodeOf(StripeStatusDetailsActionCategories, StripeStatusDetailsActionAliases, value);

/** Other wire spellings of StripeStatusDetailsCause values (alias -> value). */
export const StripeStatusDetailsCauseAliases: { readonly [alias: string]: StripeStatusDetailsCause } = {
};
/** The category of every StripeStatusDetailsCause value and alias: all a listener needs to read one. */
export const StripeStatusDetailsCauseCategories: { readonly [spelling: string]: Category } = {
  access_expired: "reconnect_required",
  institution_requirement: "reconnect_required",
  unspecified: "generic_failure",
};
/**
 * Account status details: cause: The underlying cause of a Financial Connections Account becoming
 * inactive (status_details.active.cause for an upcoming deactivation; status_details.inactive.cause
 * in Stripe's relink guide). Wire field: status_details.active.cause; status_details.inactive.cause
 * (Financial Connections Account).
 */
export const StripeStatusDetailsCause: {
  /**
   * The access Stripe was given to the account has expired, for example an OAuth connection that
   * expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly access_expired: "access_expired";
  /**
   * The institution requires the customer to authenticate again.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly institution_requirement: "institution_requirement";
  /**
   * Stripe gives no specific cause for the (expected) deactivation.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly unspecified: "unspecified";
} = /* @__PURE__ */ membersOf(StripeStatusDetailsCauseCategories, StripeStatusDetailsCauseAliases);
export type StripeStatusDetailsCause = (typeof StripeStatusDetailsCause)[keyof typeof StripeStatusDetailsCause];
/** A StripeStatusDetailsCause as read from the wire: a known value or any other string. */
export type StripeStatusDetailsCauseOrUnknown = StripeStatusDetailsCause | (string & {});
/** The catalog's metadata of every StripeStatusDetailsCause value. */
export const StripeStatusDetailsCauseInfo: { readonly [V in StripeStatusDetailsCause]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/status_details_cause",
  {
    access_expired: {
      description: "The access Stripe was given to the account has expired, for example an OAuth connection that expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts", "stripe-docs-fc-relink-data-products"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_requirement: {
      description: "The institution requires the customer to authenticate again.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unspecified: {
      description: "Stripe gives no specific cause for the (expected) deactivation.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeStatusDetailsCause. */
export const isStripeStatusDetailsCause = (value: unknown): value is StripeStatusDetailsCause => isCodeOf(StripeStatusDetailsCauseCategories, StripeStatusDetailsCauseAliases, value);

/** Other wire spellings of StripeAccountStatus values (alias -> value). */
export const StripeAccountStatusAliases: { readonly [alias: string]: StripeAccountStatus } = {
};
/** The category of every StripeAccountStatus value and alias: all a listener needs to read one. */
export const StripeAccountStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  inactive: "reconnect_required",
  disconnected: "reconnect_required",
};
/**
 * Financial Connections Account status: The status of the link to a Financial Connections Account.
 * Wire field: status (Financial Connections Account object, also each of a Session's accounts.data;
 * data.object.status of financial_connections.account.* events).
 */
export const StripeAccountStatus: {
  /**
   * The link to the account works: Stripe can refresh the account's data.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly active: "active";
  /**
   * New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays
   * available.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly inactive: "inactive";
  /**
   * Although you can’t refresh data on a disconnected account, you can access previously refreshed
   * account data.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: To regain access to new account data, your user needs to re-
   * authenticate their account through the authentication flow.
   * Whose words: description: Stripe Financial Connections' published text; advice to the
   * integrator: Stripe Financial Connections' published text.
   */
  readonly disconnected: "disconnected";
} = /* @__PURE__ */ membersOf(StripeAccountStatusCategories, StripeAccountStatusAliases);
export type StripeAccountStatus = (typeof StripeAccountStatus)[keyof typeof StripeAccountStatus];
/** A StripeAccountStatus as read from the wire: a known value or any other string. */
export type StripeAccountStatusOrUnknown = StripeAccountStatus | (string & {});
/** The catalog's metadata of every StripeAccountStatus value. */
export const StripeAccountStatusInfo: { readonly [V in StripeAccountStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/account_status",
  {
    active: {
      description: "The link to the account works: Stripe can refresh the account's data.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-openapi-spec3", "stripe-rn-fc-types", "stripe-docs-fc-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["stripe-docs-fc-webhooks"] } },
      nextStatuses: ["inactive", "disconnected"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    inactive: {
      description: "New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays available.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "stripe-openapi-spec3",
        "stripe-rn-fc-types",
        "stripe-docs-fc-webhooks",
        "stripe-docs-fc-relink-data-products",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-docs-fc-webhooks"] } },
      nextStatuses: ["active", "disconnected"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    disconnected: {
      description: "Although you can’t refresh data on a disconnected account, you can access previously refreshed account data.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-openapi-spec3", "stripe-rn-fc-types", "stripe-docs-fc-disconnections"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-fc-disconnections"] },
        advice: { by: "provider", sources: ["stripe-docs-fc-disconnections"] },
      },
      nextStatuses: [],
      message: null,
      advice: "To regain access to new account data, your user needs to re-authenticate their account through the authentication flow.",
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "Disconnected: access was ended by the account holder or the platform.",
    },
  },
);
/** Whether a value is a known StripeAccountStatus. */
export const isStripeAccountStatus = (value: unknown): value is StripeAccountStatus => isCodeOf(StripeAccountStatusCategories, StripeAccountStatusAliases, value);

/** Other wire spellings of StripeRefreshStatus values (alias -> value). */
export const StripeRefreshStatusAliases: { readonly [alias: string]: StripeRefreshStatus } = {
};
/** The category of every StripeRefreshStatus value and alias: all a listener needs to read one. */
export const StripeRefreshStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  succeeded: "success",
  failed: "generic_failure",
};
/**
 * Data refresh status: The status of the most recent attempt to refresh an account's balance,
 * ownership or transactions. Wire field: balance_refresh.status; ownership_refresh.status;
 * transaction_refresh.status (Financial Connections Account).
 */
export const StripeRefreshStatus: {
  /**
   * The refresh attempt is under way.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending: "pending";
  /**
   * The refresh attempt succeeded: the refreshed data is available.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly succeeded: "succeeded";
  /**
   * The refresh attempt failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(StripeRefreshStatusCategories, StripeRefreshStatusAliases);
export type StripeRefreshStatus = (typeof StripeRefreshStatus)[keyof typeof StripeRefreshStatus];
/** A StripeRefreshStatus as read from the wire: a known value or any other string. */
export type StripeRefreshStatusOrUnknown = StripeRefreshStatus | (string & {});
/** The catalog's metadata of every StripeRefreshStatus value. */
export const StripeRefreshStatusInfo: { readonly [V in StripeRefreshStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/refresh_status",
  {
    pending: {
      description: "The refresh attempt is under way.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      nextStatuses: ["succeeded", "failed"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    succeeded: {
      description: "The refresh attempt succeeded: the refreshed data is available.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The refresh attempt failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-openapi-spec3", "stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeRefreshStatus. */
export const isStripeRefreshStatus = (value: unknown): value is StripeRefreshStatus => isCodeOf(StripeRefreshStatusCategories, StripeRefreshStatusAliases, value);

/** Other wire spellings of StripeSheetErrorCode values (alias -> value). */
export const StripeSheetErrorCodeAliases: { readonly [alias: string]: StripeSheetErrorCode } = {
};
/** The category of every StripeSheetErrorCode value and alias: all a listener needs to read one. */
export const StripeSheetErrorCodeCategories: { readonly [spelling: string]: Category } = {
  Failed: "generic_failure",
  Canceled: "cancelled",
};
/**
 * Financial Connections sheet error: The code of the error the React Native SDK's Financial
 * Connections methods resolve with (a StripeError of FinancialConnectionsSheetError). Wire field:
 * error.code of the SessionResult or TokenResult (React Native SDK).
 */
export const StripeSheetErrorCode: {
  /**
   * The Financial Connections flow ended with an error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly Failed: "Failed";
  /**
   * The Financial Connections flow was closed before it finished.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly Canceled: "Canceled";
} = /* @__PURE__ */ membersOf(StripeSheetErrorCodeCategories, StripeSheetErrorCodeAliases);
export type StripeSheetErrorCode = (typeof StripeSheetErrorCode)[keyof typeof StripeSheetErrorCode];
/** A StripeSheetErrorCode as read from the wire: a known value or any other string. */
export type StripeSheetErrorCodeOrUnknown = StripeSheetErrorCode | (string & {});
/** The catalog's metadata of every StripeSheetErrorCode value. */
export const StripeSheetErrorCodeInfo: { readonly [V in StripeSheetErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/sheet_error",
  {
    Failed: {
      description: "The Financial Connections flow ended with an error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Canceled: {
      description: "The Financial Connections flow was closed before it finished.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeSheetErrorCode. */
export const isStripeSheetErrorCode = (value: unknown): value is StripeSheetErrorCode => isCodeOf(StripeSheetErrorCodeCategories, StripeSheetErrorCodeAliases, value);

/** Other wire spellings of StripeApiErrorType values (alias -> value). */
export const StripeApiErrorTypeAliases: { readonly [alias: string]: StripeApiErrorType } = {
};
/** The category of every StripeApiErrorType value and alias: all a listener needs to read one. */
export const StripeApiErrorTypeCategories: { readonly [spelling: string]: Category } = {
  api_error: "generic_failure",
  card_error: "rejected",
  idempotency_error: "integration_error",
  invalid_request_error: "integration_error",
  rate_limit: "rate_limited",
  temporary_session_expired: "session_expired",
};
/**
 * API error type: The type of error returned in a Stripe API error body (error.type): the four of
 * the API (v1) that its OpenAPI file and its errors page list, and the two that Stripe's libraries
 * read in an API v2 error (stripe-go's "V2 error types"). Wire field: error.type (API error
 * response body).
 */
export const StripeApiErrorType: {
  /**
   * API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers),
   * and are extremely uncommon.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly api_error: "api_error";
  /**
   * Card errors are the most common type of error you should expect to handle. They result when the
   * user enters a card that can't be charged for some reason.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly card_error: "card_error";
  /**
   * Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match
   * the first request's API endpoint and parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly idempotency_error: "idempotency_error";
  /**
   * Invalid request errors arise when your request has invalid parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly invalid_request_error: "invalid_request_error";
  /**
   * Account cannot exceed a configured concurrency rate limit on updates.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   * HTTP: 429.
   */
  readonly rate_limit: "rate_limit";
  /**
   * The temporary session token has expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly temporary_session_expired: "temporary_session_expired";
} = /* @__PURE__ */ membersOf(StripeApiErrorTypeCategories, StripeApiErrorTypeAliases);
export type StripeApiErrorType = (typeof StripeApiErrorType)[keyof typeof StripeApiErrorType];
/** A StripeApiErrorType as read from the wire: a known value or any other string. */
export type StripeApiErrorTypeOrUnknown = StripeApiErrorType | (string & {});
/** The catalog's metadata of every StripeApiErrorType value. */
export const StripeApiErrorTypeInfo: { readonly [V in StripeApiErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/api_error_type",
  {
    api_error: {
      description: "API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers), and are extremely uncommon.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "stripe-openapi-spec3",
        "stripe-dev-terminal-api-error-type",
        "stripe-docs-api-errors-attributes",
        "stripe-go-error",
        "stripe-node-error",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    card_error: {
      description: "Card errors are the most common type of error you should expect to handle. They result when the user enters a card that can't be charged for some reason.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-openapi-spec3",
        "stripe-dev-terminal-api-error-type",
        "stripe-docs-api-errors-attributes",
        "stripe-go-error",
        "stripe-node-error",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    idempotency_error: {
      description: "Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match the first request's API endpoint and parameters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-openapi-spec3",
        "stripe-dev-terminal-api-error-type",
        "stripe-docs-api-errors-attributes",
        "stripe-go-error",
        "stripe-node-error",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_request_error: {
      description: "Invalid request errors arise when your request has invalid parameters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-openapi-spec3",
        "stripe-dev-terminal-api-error-type",
        "stripe-docs-api-errors-attributes",
        "stripe-go-error",
        "stripe-node-error",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-dev-terminal-api-error-type"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rate_limit: {
      description: "Account cannot exceed a configured concurrency rate limit on updates.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["stripe-go-error", "stripe-node-error"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-go-error"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    temporary_session_expired: {
      description: "The temporary session token has expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-go-error", "stripe-node-error"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-go-error"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeApiErrorType. */
export const isStripeApiErrorType = (value: unknown): value is StripeApiErrorType => isCodeOf(StripeApiErrorTypeCategories, StripeApiErrorTypeAliases, value);

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
/**
 * Financial Connections event name: The name of an event of the Financial Connections
 * authentication flow, as the React Native SDK passes it to onEvent. The descriptions are the SDK's
 * own comments. Wire field: name of the FinancialConnectionsEvent passed to onEvent (React Native
 * SDK).
 */
export const StripeFcEventName: {
  /**
   * Invoked when the sheet successfully opens.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly open: "open";
  /**
   * Invoked when the manual entry flow is initiated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly manual_entry_initiated: "manual_entry_initiated";
  /**
   * Invoked when "Agree and continue" is selected on the consent pane.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly consent_acquired: "consent_acquired";
  /**
   * Invoked when the search bar is selected, the user inputs search terms, and receives an API
   * response.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly search_initiated: "search_initiated";
  /**
   * Invoked when an institution is selected, either from featured institutions or search results.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly institution_selected: "institution_selected";
  /**
   * Invoked when the authorization is successfully completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly institution_authorized: "institution_authorized";
  /**
   * Invoked when accounts are selected and "confirm" is selected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly accounts_selected: "accounts_selected";
  /**
   * Invoked when the flow is completed and selected accounts are correctly connected to the payment
   * instrument.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly success: "success";
  /**
   * Invoked when an error is encountered. Refer to error codes for more details.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly error: "error";
  /**
   * Invoked when the flow is cancelled, typically by the user pressing the "X" button.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly cancel: "cancel";
  /**
   * Invoked when the modal is launched in an external browser. After this event, no other events
   * will be sent until the completion of the browser session.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly flow_launched_in_browser: "flow_launched_in_browser";
} = /* @__PURE__ */ membersOf(StripeFcEventNameCategories, StripeFcEventNameAliases);
export type StripeFcEventName = (typeof StripeFcEventName)[keyof typeof StripeFcEventName];
/** A StripeFcEventName as read from the wire: a known value or any other string. */
export type StripeFcEventNameOrUnknown = StripeFcEventName | (string & {});
/** The catalog's metadata of every StripeFcEventName value. */
export const StripeFcEventNameInfo: { readonly [V in StripeFcEventName]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/fc_event_name",
  {
    open: {
      description: "Invoked when the sheet successfully opens.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    manual_entry_initiated: {
      description: "Invoked when the manual entry flow is initiated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    consent_acquired: {
      description: "Invoked when \"Agree and continue\" is selected on the consent pane.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    search_initiated: {
      description: "Invoked when the search bar is selected, the user inputs search terms, and receives an API response.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_selected: {
      description: "Invoked when an institution is selected, either from featured institutions or search results.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_authorized: {
      description: "Invoked when the authorization is successfully completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    accounts_selected: {
      description: "Invoked when accounts are selected and \"confirm\" is selected.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    success: {
      description: "Invoked when the flow is completed and selected accounts are correctly connected to the payment instrument.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    error: {
      description: "Invoked when an error is encountered. Refer to error codes for more details.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancel: {
      description: "Invoked when the flow is cancelled, typically by the user pressing the \"X\" button.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    flow_launched_in_browser: {
      description: "Invoked when the modal is launched in an external browser. After this event, no other events will be sent until the completion of the browser session.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-rn-fc-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-rn-fc-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeFcEventName. */
export const isStripeFcEventName = (value: unknown): value is StripeFcEventName => isCodeOf(StripeFcEventNameCategories, StripeFcEventNameAliases, value);

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
/**
 * Financial Connections event type: The type of a Stripe Event about a Financial Connections
 * Account or Authorization, as Stripe's Node.js library lists them (the descriptions are its
 * comments). Stripe sends many other event types; only the Financial Connections ones are here,
 * with setup_intent.created, the type of Stripe's published Event example, and
 * payment_intent.payment_failed and setup_intent.setup_failed, whose last error carries the API
 * error codes of a Financial Connections account. Wire field: type (Stripe Event object, the
 * webhook body).
 */
export const StripeEventType: {
  /**
   * Occurs when a Financial Connections account's account numbers are updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_numbers_updated: "financial_connections.account.account_numbers_updated";
  /**
   * Occurs when a new Financial Connections account is created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_created: "financial_connections.account.created";
  /**
   * Occurs when a Financial Connections account's status is updated from `active` to `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_deactivated: "financial_connections.account.deactivated";
  /**
   * Occurs when a Financial Connections account is disconnected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_disconnected: "financial_connections.account.disconnected";
  /**
   * Occurs when a Financial Connections account’s `expected_deactivation_date` changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_expected_deactivation_date_updated: "financial_connections.account.expected_deactivation_date_updated";
  /**
   * Occurs when a Financial Connections account's status is updated from `inactive` to `active`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_reactivated: "financial_connections.account.reactivated";
  /**
   * Occurs when an Account’s `balance_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_refreshed_balance: "financial_connections.account.refreshed_balance";
  /**
   * Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_refreshed_ownership: "financial_connections.account.refreshed_ownership";
  /**
   * Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either
   * `succeeded` or `failed`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_refreshed_transactions: "financial_connections.account.refreshed_transactions";
  /**
   * Occurs when the supported_payment_method_types array on a Financial Connections account
   * changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_supported_payment_method_types_updated: "financial_connections.account.supported_payment_method_types_updated";
  /**
   * Occurs when an Account’s tokenized account number is about to expire.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_upcoming_account_number_expiry: "financial_connections.account.upcoming_account_number_expiry";
  /**
   * Occurs when a Financial Connections account is about to become `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly account_upcoming_deactivation: "financial_connections.account.upcoming_deactivation";
  /**
   * Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly authorization_expected_deactivation_date_updated: "financial_connections.authorization.expected_deactivation_date_updated";
  /**
   * Occurs when a Financial Connections authorization is about to become `inactive`.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly authorization_upcoming_deactivation: "financial_connections.authorization.upcoming_deactivation";
  /**
   * Occurs when a new SetupIntent is created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly setup_intent_created: "setup_intent.created";
  /**
   * Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly payment_intent_payment_failed: "payment_intent.payment_failed";
  /**
   * Occurs when a SetupIntent has failed the attempt to setup a payment method.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly setup_intent_setup_failed: "setup_intent.setup_failed";
} = /* @__PURE__ */ membersOf(StripeEventTypeCategories, StripeEventTypeAliases, {
  "financial_connections.account.account_numbers_updated": "account_numbers_updated",
  "financial_connections.account.created": "account_created",
  "financial_connections.account.deactivated": "account_deactivated",
  "financial_connections.account.disconnected": "account_disconnected",
  "financial_connections.account.expected_deactivation_date_updated": "account_expected_deactivation_date_updated",
  "financial_connections.account.reactivated": "account_reactivated",
  "financial_connections.account.refreshed_balance": "account_refreshed_balance",
  "financial_connections.account.refreshed_ownership": "account_refreshed_ownership",
  "financial_connections.account.refreshed_transactions": "account_refreshed_transactions",
  "financial_connections.account.supported_payment_method_types_updated": "account_supported_payment_method_types_updated",
  "financial_connections.account.upcoming_account_number_expiry": "account_upcoming_account_number_expiry",
  "financial_connections.account.upcoming_deactivation": "account_upcoming_deactivation",
  "financial_connections.authorization.expected_deactivation_date_updated": "authorization_expected_deactivation_date_updated",
  "financial_connections.authorization.upcoming_deactivation": "authorization_upcoming_deactivation",
  "setup_intent.created": "setup_intent_created",
  "payment_intent.payment_failed": "payment_intent_payment_failed",
  "setup_intent.setup_failed": "setup_intent_setup_failed",
});
export type StripeEventType = (typeof StripeEventType)[keyof typeof StripeEventType];
/** A StripeEventType as read from the wire: a known value or any other string. */
export type StripeEventTypeOrUnknown = StripeEventType | (string & {});
/** The catalog's metadata of every StripeEventType value. */
export const StripeEventTypeInfo: { readonly [V in StripeEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/webhook_type",
  {
    "financial_connections.account.account_numbers_updated": {
      name: "account_numbers_updated",
      description: "Occurs when a Financial Connections account's account numbers are updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.created": {
      name: "account_created",
      description: "Occurs when a new Financial Connections account is created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events", "stripe-docs-fc-webhooks-md", "stripe-docs-fc-api-accounts"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.deactivated": {
      name: "account_deactivated",
      description: "Occurs when a Financial Connections account's status is updated from `active` to `inactive`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events", "stripe-docs-fc-webhooks-md", "stripe-docs-fc-api-accounts"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "reconnect",
      state: "needs_end_user",
      stateReason: "The account became inactive: a relink needs the end user.",
    },
    "financial_connections.account.disconnected": {
      name: "account_disconnected",
      description: "Occurs when a Financial Connections account is disconnected.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "stripe-node-events",
        "stripe-docs-fc-api-accounts",
        "stripe-docs-fc-disconnections",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-node-events", "stripe-docs-fc-api-accounts"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
      state: "revoked",
      stateReason: "The account was disconnected.",
    },
    "financial_connections.account.expected_deactivation_date_updated": {
      name: "account_expected_deactivation_date_updated",
      description: "Occurs when a Financial Connections account’s `expected_deactivation_date` changes.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.reactivated": {
      name: "account_reactivated",
      description: "Occurs when a Financial Connections account's status is updated from `inactive` to `active`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.refreshed_balance": {
      name: "account_refreshed_balance",
      description: "Occurs when an Account’s `balance_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.refreshed_ownership": {
      name: "account_refreshed_ownership",
      description: "Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.refreshed_transactions": {
      name: "account_refreshed_transactions",
      description: "Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either `succeeded` or `failed`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.supported_payment_method_types_updated": {
      name: "account_supported_payment_method_types_updated",
      description: "Occurs when the supported_payment_method_types array on a Financial Connections account changes.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.upcoming_account_number_expiry": {
      name: "account_upcoming_account_number_expiry",
      description: "Occurs when an Account’s tokenized account number is about to expire.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.account.upcoming_deactivation": {
      name: "account_upcoming_deactivation",
      description: "Occurs when a Financial Connections account is about to become `inactive`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events", "stripe-changelog-fc-upcoming-deactivations"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "reconnect",
      state: "consent_ending_soon",
      stateReason: "Sent 30 days before a Financial Connections Account is expected to become inactive.",
    },
    "financial_connections.authorization.expected_deactivation_date_updated": {
      name: "authorization_expected_deactivation_date_updated",
      description: "Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "financial_connections.authorization.upcoming_deactivation": {
      name: "authorization_upcoming_deactivation",
      description: "Occurs when a Financial Connections authorization is about to become `inactive`.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "reconnect",
      state: "consent_ending_soon",
      stateReason: "Sent before an authorization is expected to become inactive.",
    },
    "setup_intent.created": {
      name: "setup_intent_created",
      description: "Occurs when a new SetupIntent is created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events", "stripe-docs-event-object"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.payment_failed": {
      name: "payment_intent_payment_failed",
      description: "Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "setup_intent.setup_failed": {
      name: "setup_intent_setup_failed",
      description: "Occurs when a SetupIntent has failed the attempt to setup a payment method.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stripe-node-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeEventType. */
export const isStripeEventType = (value: unknown): value is StripeEventType => isCodeOf(StripeEventTypeCategories, StripeEventTypeAliases, value);

/** Other wire spellings of StripeAuthorizationStatus values (alias -> value). */
export const StripeAuthorizationStatusAliases: { readonly [alias: string]: StripeAuthorizationStatus } = {
};
/** The category of every StripeAuthorizationStatus value and alias: all a listener needs to read one. */
export const StripeAuthorizationStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  inactive: "reconnect_required",
  disconnected: "reconnect_required",
};
/**
 * Financial Connections Authorization status: The status of the connection to a Financial
 * Connections Authorization (the institution login behind one or more accounts). The descriptions
 * are the API reference's. Wire field: status (Financial Connections Authorization object;
 * data.object.status of financial_connections.authorization.* events).
 */
export const StripeAuthorizationStatus: {
  /**
   * Stripe is able to retrieve data from the Authorization without issues.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly active: "active";
  /**
   * Stripe cannot retrieve data from the Authorization.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly inactive: "inactive";
  /**
   * The Authorization is permanently disconnected and cannot be used to retrieve data.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly disconnected: "disconnected";
} = /* @__PURE__ */ membersOf(StripeAuthorizationStatusCategories, StripeAuthorizationStatusAliases);
export type StripeAuthorizationStatus = (typeof StripeAuthorizationStatus)[keyof typeof StripeAuthorizationStatus];
/** A StripeAuthorizationStatus as read from the wire: a known value or any other string. */
export type StripeAuthorizationStatusOrUnknown = StripeAuthorizationStatus | (string & {});
/** The catalog's metadata of every StripeAuthorizationStatus value. */
export const StripeAuthorizationStatusInfo: { readonly [V in StripeAuthorizationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/authorization_status",
  {
    active: {
      description: "Stripe is able to retrieve data from the Authorization without issues.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-authorizations-object", "stripe-node-fc-authorizations"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-api-fc-authorizations-object"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    inactive: {
      description: "Stripe cannot retrieve data from the Authorization.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-authorizations-object", "stripe-node-fc-authorizations"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-api-fc-authorizations-object"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    disconnected: {
      description: "The Authorization is permanently disconnected and cannot be used to retrieve data.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-authorizations-object-preview"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stripe-docs-api-fc-authorizations-object-preview"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "Disconnected: the authorization was ended.",
    },
  },
);
/** Whether a value is a known StripeAuthorizationStatus. */
export const isStripeAuthorizationStatus = (value: unknown): value is StripeAuthorizationStatus => isCodeOf(StripeAuthorizationStatusCategories, StripeAuthorizationStatusAliases, value);

/** Other wire spellings of StripeTransactionStatus values (alias -> value). */
export const StripeTransactionStatusAliases: { readonly [alias: string]: StripeTransactionStatus } = {
};
/** The category of every StripeTransactionStatus value and alias: all a listener needs to read one. */
export const StripeTransactionStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  posted: "success",
  void: "informational",
};
/**
 * Financial Connections Transaction status: The status of a transaction of a Financial Connections
 * Account. The descriptions are the API reference's. Wire field: status (Financial Connections
 * Transaction object).
 */
export const StripeTransactionStatus: {
  /**
   * This transaction is processing and does not yet affect the account’s balance.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly pending: "pending";
  /**
   * This transaction has processed and affects the account’s balance.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly posted: "posted";
  /**
   * This transaction has disappeared and no longer affects the account’s balance.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stripe Financial Connections' published text.
   */
  readonly void: "void";
} = /* @__PURE__ */ membersOf(StripeTransactionStatusCategories, StripeTransactionStatusAliases);
export type StripeTransactionStatus = (typeof StripeTransactionStatus)[keyof typeof StripeTransactionStatus];
/** A StripeTransactionStatus as read from the wire: a known value or any other string. */
export type StripeTransactionStatusOrUnknown = StripeTransactionStatus | (string & {});
/** The catalog's metadata of every StripeTransactionStatus value. */
export const StripeTransactionStatusInfo: { readonly [V in StripeTransactionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/transaction_status",
  {
    pending: {
      description: "This transaction is processing and does not yet affect the account’s balance.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-transactions-object", "stripe-node-fc-transactions"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-api-fc-transactions-object"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    posted: {
      description: "This transaction has processed and affects the account’s balance.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-transactions-object", "stripe-node-fc-transactions"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-api-fc-transactions-object"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    void: {
      description: "This transaction has disappeared and no longer affects the account’s balance.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-docs-api-fc-transactions-object", "stripe-node-fc-transactions"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stripe-docs-api-fc-transactions-object"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeTransactionStatus. */
export const isStripeTransactionStatus = (value: unknown): value is StripeTransactionStatus => isCodeOf(StripeTransactionStatusCategories, StripeTransactionStatusAliases, value);

/** Other wire spellings of StripeAccountNumberStatus values (alias -> value). */
export const StripeAccountNumberStatusAliases: { readonly [alias: string]: StripeAccountNumberStatus } = {
};
/** The category of every StripeAccountNumberStatus value and alias: all a listener needs to read one. */
export const StripeAccountNumberStatusCategories: { readonly [spelling: string]: Category } = {
  transactable: "success",
  deactivated: "account_unavailable",
};
/**
 * Account number status: Whether an account number of a Financial Connections Account (a tokenized
 * one among them) is currently active and usable for transactions. Wire field:
 * account_numbers[].status (Financial Connections Account).
 */
export const StripeAccountNumberStatus: {
  /**
   * The account number is active and usable for transactions.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactable: "transactable";
  /**
   * The account number is no longer active: it cannot be used for transactions.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly deactivated: "deactivated";
} = /* @__PURE__ */ membersOf(StripeAccountNumberStatusCategories, StripeAccountNumberStatusAliases);
export type StripeAccountNumberStatus = (typeof StripeAccountNumberStatus)[keyof typeof StripeAccountNumberStatus];
/** A StripeAccountNumberStatus as read from the wire: a known value or any other string. */
export type StripeAccountNumberStatusOrUnknown = StripeAccountNumberStatus | (string & {});
/** The catalog's metadata of every StripeAccountNumberStatus value. */
export const StripeAccountNumberStatusInfo: { readonly [V in StripeAccountNumberStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stripe/account_number_status",
  {
    transactable: {
      description: "The account number is active and usable for transactions.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    deactivated: {
      description: "The account number is no longer active: it cannot be used for transactions.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stripe-node-fc-accounts"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StripeAccountNumberStatus. */
export const isStripeAccountNumberStatus = (value: unknown): value is StripeAccountNumberStatus => isCodeOf(StripeAccountNumberStatusCategories, StripeAccountNumberStatusAliases, value);
