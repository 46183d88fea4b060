// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Akahu (https://www.akahu.nz): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of AkahuWebhookType values (alias -> value). */
export const AkahuWebhookTypeAliases: { readonly [alias: string]: AkahuWebhookType } = {
};
/** The category of every AkahuWebhookType value and alias: all a listener needs to read one. */
export const AkahuWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  TOKEN: "informational",
  ACCOUNT: "informational",
  TRANSACTION: "informational",
  TRANSFER: "informational",
  PAYMENT: "informational",
};
/**
 * Webhook type: What an Akahu webhook is about (webhook_type), as the SDK's WebhookType lists it
 * with a doc comment for each; webhook_code says what happened. Wire field: webhook_type (every
 * webhook body; also the type a webhook subscription is created for).
 */
export const AkahuWebhookType: {
  /**
   * An event has occurred relating to a user token.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly TOKEN: "TOKEN";
  /**
   * An event has occurred relating to a users linked account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly ACCOUNT: "ACCOUNT";
  /**
   * An event has occurred relating to transactions on a users linked account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly TRANSACTION: "TRANSACTION";
  /**
   * An event has occurred relating to a transfer between a users bank accounts.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly TRANSFER: "TRANSFER";
  /**
   * An event has occurred relating to a payment from a users linked bank account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly PAYMENT: "PAYMENT";
} = /* @__PURE__ */ membersOf(AkahuWebhookTypeCategories, AkahuWebhookTypeAliases);
export type AkahuWebhookType = (typeof AkahuWebhookType)[keyof typeof AkahuWebhookType];
/** A AkahuWebhookType as read from the wire: a known value or any other string. */
export type AkahuWebhookTypeOrUnknown = AkahuWebhookType | (string & {});
/** The catalog's metadata of every AkahuWebhookType value. */
export const AkahuWebhookTypeInfo: { readonly [V in AkahuWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/webhook_type",
  {
    TOKEN: {
      description: "An event has occurred relating to a user token.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT: {
      description: "An event has occurred relating to a users linked account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTION: {
      description: "An event has occurred relating to transactions on a users linked account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSFER: {
      description: "An event has occurred relating to a transfer between a users bank accounts.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT: {
      description: "An event has occurred relating to a payment from a users linked bank account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuWebhookType. */
export const isAkahuWebhookType = (value: unknown): value is AkahuWebhookType => isCodeOf(AkahuWebhookTypeCategories, AkahuWebhookTypeAliases, value);

/** Other wire spellings of AkahuWebhookCode values (alias -> value). */
export const AkahuWebhookCodeAliases: { readonly [alias: string]: AkahuWebhookCode } = {
};
/** The category of every AkahuWebhookCode value and alias: all a listener needs to read one. */
export const AkahuWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  WEBHOOK_CANCELLED: "cancelled",
  DELETE: "informational",
  CREATE: "informational",
  UPDATE: "informational",
  MIGRATE: "informational",
  DEFAULT_UPDATE: "informational",
  INITIAL_UPDATE: "informational",
  RECEIVED: "informational",
};
/**
 * Webhook code: What happened (webhook_code), read with the webhook's type: the SDK's payload types
 * list the codes of each type (WEBHOOK_CANCELLED for every type; DELETE for TOKEN, ACCOUNT and
 * TRANSACTION; UPDATE for ACCOUNT, TRANSFER and PAYMENT; RECEIVED for TRANSFER and PAYMENT). Only
 * WEBHOOK_CANCELLED has a doc comment: the other descriptions are bankcodes' reading of the fields
 * the SDK gives each payload. A TRANSFER or PAYMENT UPDATE's status decides before its code. Wire
 * field: webhook_code (every webhook body).
 */
export const AkahuWebhookCode: {
  /**
   * Webhook payload to indicate that the specified webhook has been cancelled. For example, if the
   * user revokes access to your app.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly WEBHOOK_CANCELLED: "WEBHOOK_CANCELLED";
  /**
   * Something was removed: a user token (TOKEN, item_id the token), an account (ACCOUNT, item_id
   * the account ID) or transactions (TRANSACTION, removed_transactions their IDs).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DELETE: "DELETE";
  /**
   * An account was linked (ACCOUNT; item_id is the account ID that was created).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATE: "CREATE";
  /**
   * Something changed: an account's fields (ACCOUNT, updated_fields), or a transfer's or payment's
   * status (TRANSFER, PAYMENT: status, status_text and for a payment status_code).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UPDATE: "UPDATE";
  /**
   * An account's ID changed: previous_item_id is the old account ID, new_item_id the new one.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MIGRATE: "MIGRATE";
  /**
   * New transactions are available for an account (new_transactions, their count;
   * new_transaction_ids, their IDs).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DEFAULT_UPDATE: "DEFAULT_UPDATE";
  /**
   * New transactions are available for an account, as with DEFAULT_UPDATE; the SDK gives both codes
   * the same payload and does not tell them apart.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INITIAL_UPDATE: "INITIAL_UPDATE";
  /**
   * A transfer or payment was received (item_id; received_at, its time).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECEIVED: "RECEIVED";
} = /* @__PURE__ */ membersOf(AkahuWebhookCodeCategories, AkahuWebhookCodeAliases);
export type AkahuWebhookCode = (typeof AkahuWebhookCode)[keyof typeof AkahuWebhookCode];
/** A AkahuWebhookCode as read from the wire: a known value or any other string. */
export type AkahuWebhookCodeOrUnknown = AkahuWebhookCode | (string & {});
/** The catalog's metadata of every AkahuWebhookCode value. */
export const AkahuWebhookCodeInfo: { readonly [V in AkahuWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/webhook_code",
  {
    WEBHOOK_CANCELLED: {
      description: "Webhook payload to indicate that the specified webhook has been cancelled. For example, if the user revokes access to your app.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-webhook-models"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DELETE: {
      description: "Something was removed: a user token (TOKEN, item_id the token), an account (ACCOUNT, item_id the account ID) or transactions (TRANSACTION, removed_transactions their IDs).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATE: {
      description: "An account was linked (ACCOUNT; item_id is the account ID that was created).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPDATE: {
      description: "Something changed: an account's fields (ACCOUNT, updated_fields), or a transfer's or payment's status (TRANSFER, PAYMENT: status, status_text and for a payment status_code).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MIGRATE: {
      description: "An account's ID changed: previous_item_id is the old account ID, new_item_id the new one.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DEFAULT_UPDATE: {
      description: "New transactions are available for an account (new_transactions, their count; new_transaction_ids, their IDs).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIAL_UPDATE: {
      description: "New transactions are available for an account, as with DEFAULT_UPDATE; the SDK gives both codes the same payload and does not tell them apart.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECEIVED: {
      description: "A transfer or payment was received (item_id; received_at, its time).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuWebhookCode. */
export const isAkahuWebhookCode = (value: unknown): value is AkahuWebhookCode => isCodeOf(AkahuWebhookCodeCategories, AkahuWebhookCodeAliases, value);

/** Other wire spellings of AkahuAccountStatus values (alias -> value). */
export const AkahuAccountStatusAliases: { readonly [alias: string]: AkahuAccountStatus } = {
};
/** The category of every AkahuAccountStatus value and alias: all a listener needs to read one. */
export const AkahuAccountStatusCategories: { readonly [spelling: string]: Category } = {
  ACTIVE: "success",
  INACTIVE: "reconnect_required",
};
/**
 * Account status: Whether Akahu can currently sign in to an account to refresh its data
 * (account.status): the SDK's doc comment of the field describes both values. Wire field: status of
 * an account (GET /accounts).
 */
export const AkahuAccountStatus: {
  /**
   * Akahu can sign in and refresh this account.
   * Category: success (Success); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * Akahu no longer has access to this account. This may be caused by the user revoking Akahu's
   * access at the institution or changing their login credentials.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: When an account becomes `INACTIVE` your application should direct the
   * the user back to the OAuth flow or to my.akahu.nz where they will be prompted to to re-
   * establish this connection.
   * Whose words: description: Akahu's published text; advice to the integrator: Akahu's published
   * text.
   */
  readonly INACTIVE: "INACTIVE";
} = /* @__PURE__ */ membersOf(AkahuAccountStatusCategories, AkahuAccountStatusAliases);
export type AkahuAccountStatus = (typeof AkahuAccountStatus)[keyof typeof AkahuAccountStatus];
/** A AkahuAccountStatus as read from the wire: a known value or any other string. */
export type AkahuAccountStatusOrUnknown = AkahuAccountStatus | (string & {});
/** The catalog's metadata of every AkahuAccountStatus value. */
export const AkahuAccountStatusInfo: { readonly [V in AkahuAccountStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/account_status",
  {
    ACTIVE: {
      description: "Akahu can sign in and refresh this account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-accounts"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-accounts"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INACTIVE: {
      description: "Akahu no longer has access to this account. This may be caused by the user revoking Akahu's access at the institution or changing their login credentials.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-accounts"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["akahu-sdk-accounts"] },
        advice: { by: "provider", sources: ["akahu-sdk-accounts"] },
      },
      message: null,
      advice: "When an account becomes `INACTIVE` your application should direct the the user back to the OAuth flow or to my.akahu.nz where they will be prompted to to re-establish this connection.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuAccountStatus. */
export const isAkahuAccountStatus = (value: unknown): value is AkahuAccountStatus => isCodeOf(AkahuAccountStatusCategories, AkahuAccountStatusAliases, value);

/** Other wire spellings of AkahuPaymentStatus values (alias -> value). */
export const AkahuPaymentStatusAliases: { readonly [alias: string]: AkahuPaymentStatus } = {
};
/** The category of every AkahuPaymentStatus value and alias: all a listener needs to read one. */
export const AkahuPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  READY: "pending",
  PENDING_APPROVAL: "pending",
  PAUSED: "pending",
  SENT: "success",
  DECLINED: "rejected",
  ERROR: "generic_failure",
  CANCELLED: "cancelled",
};
/**
 * Payment status: The status of a payment (payment.status, and each timeline entry's status), as
 * the SDK's PaymentStatus lists it. A payment also says whether the status is final (final) and may
 * carry status_code and status_text. The SDK lists the statuses without describing them: the
 * description and category are bankcodes' reading of the name. Wire field: status of a payment (GET
 * /payments); status of a PAYMENT UPDATE webhook.
 */
export const AkahuPaymentStatus: {
  /**
   * The payment is ready to be sent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly READY: "READY";
  /**
   * The payment waits for an approval (approval_type says whose: BANK or USER).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING_APPROVAL: "PENDING_APPROVAL";
  /**
   * The payment is paused.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAUSED: "PAUSED";
  /**
   * The payment was sent.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SENT: "SENT";
  /**
   * The payment was declined; status_code and status_text say why.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DECLINED: "DECLINED";
  /**
   * The payment failed with an error; status_code and status_text say why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ERROR: "ERROR";
  /**
   * The payment was cancelled; status_code says by whom (USER_CANCELLED, APP_CANCELLED,
   * AKAHU_CANCELLED).
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
} = /* @__PURE__ */ membersOf(AkahuPaymentStatusCategories, AkahuPaymentStatusAliases);
export type AkahuPaymentStatus = (typeof AkahuPaymentStatus)[keyof typeof AkahuPaymentStatus];
/** A AkahuPaymentStatus as read from the wire: a known value or any other string. */
export type AkahuPaymentStatusOrUnknown = AkahuPaymentStatus | (string & {});
/** The catalog's metadata of every AkahuPaymentStatus value. */
export const AkahuPaymentStatusInfo: { readonly [V in AkahuPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/payment_status",
  {
    READY: {
      description: "The payment is ready to be sent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_APPROVAL: {
      description: "The payment waits for an approval (approval_type says whose: BANK or USER).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAUSED: {
      description: "The payment is paused.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SENT: {
      description: "The payment was sent.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DECLINED: {
      description: "The payment was declined; status_code and status_text say why.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "The payment failed with an error; status_code and status_text say why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The payment was cancelled; status_code says by whom (USER_CANCELLED, APP_CANCELLED, AKAHU_CANCELLED).",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuPaymentStatus. */
export const isAkahuPaymentStatus = (value: unknown): value is AkahuPaymentStatus => isCodeOf(AkahuPaymentStatusCategories, AkahuPaymentStatusAliases, value);

/** Other wire spellings of AkahuPaymentStatusCode values (alias -> value). */
export const AkahuPaymentStatusCodeAliases: { readonly [alias: string]: AkahuPaymentStatusCode } = {
};
/** The category of every AkahuPaymentStatusCode value and alias: all a listener needs to read one. */
export const AkahuPaymentStatusCodeCategories: { readonly [spelling: string]: Category } = {
  INTERNAL_ERROR: "generic_failure",
  BANK_ERROR: "institution_unavailable",
  UNAVAILABLE: "institution_unavailable",
  INVALID_ACCOUNT: "account_unavailable",
  INSUFFICIENT_FUNDS: "rejected",
  SINGLE_LIMIT_EXCEEDED: "rejected",
  DAILY_LIMIT_EXCEEDED: "rejected",
  AKAHU_LIMIT_EXCEEDED: "rejected",
  MFA_UNSUPPORTED: "institution_not_supported",
  MULTISIG_UNSUPPORTED: "institution_not_supported",
  AUTHENTICATION_FAILED: "credentials_invalid",
  MFA_FAILED: "mfa_failed",
  AFTER_HOURS: "institution_unavailable",
  USER_CANCELLED: "cancelled",
  APP_CANCELLED: "cancelled",
  AKAHU_CANCELLED: "cancelled",
};
/**
 * Payment status code: Why a payment has its status (payment.status_code, beside status_text), as
 * the SDK's PaymentStatusCode lists it (added in the SDK on 2022-08-22). The SDK lists the codes
 * without describing them: the description and category are bankcodes' reading of the name. Wire
 * field: status_code of a payment (GET /payments) and of a PAYMENT UPDATE webhook.
 */
export const AkahuPaymentStatusCode: {
  /**
   * The payment failed with an error of Akahu's own.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly INTERNAL_ERROR: "INTERNAL_ERROR";
  /**
   * The payment failed with an error at the bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_ERROR: "BANK_ERROR";
  /**
   * The payment could not be made because a service it needs is unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNAVAILABLE: "UNAVAILABLE";
  /**
   * The payment was refused because an account it names is invalid.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_ACCOUNT: "INVALID_ACCOUNT";
  /**
   * The paying account does not have enough funds for the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INSUFFICIENT_FUNDS: "INSUFFICIENT_FUNDS";
  /**
   * The payment is over the limit for a single payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SINGLE_LIMIT_EXCEEDED: "SINGLE_LIMIT_EXCEEDED";
  /**
   * The payment is over the daily payment limit.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DAILY_LIMIT_EXCEEDED: "DAILY_LIMIT_EXCEEDED";
  /**
   * The payment is over a payment limit Akahu sets.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AKAHU_LIMIT_EXCEEDED: "AKAHU_LIMIT_EXCEEDED";
  /**
   * The bank asked for a multi-factor authentication that Akahu does not support for payments.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MFA_UNSUPPORTED: "MFA_UNSUPPORTED";
  /**
   * The paying account needs several signatories, which Akahu does not support for payments.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MULTISIG_UNSUPPORTED: "MULTISIG_UNSUPPORTED";
  /**
   * Signing in to the bank to make the payment failed.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHENTICATION_FAILED: "AUTHENTICATION_FAILED";
  /**
   * The multi-factor authentication for the payment failed.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MFA_FAILED: "MFA_FAILED";
  /**
   * The payment was not made because it was asked for outside the hours in which it can be sent.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly AFTER_HOURS: "AFTER_HOURS";
  /**
   * The user cancelled the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_CANCELLED: "USER_CANCELLED";
  /**
   * The app cancelled the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly APP_CANCELLED: "APP_CANCELLED";
  /**
   * Akahu cancelled the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AKAHU_CANCELLED: "AKAHU_CANCELLED";
} = /* @__PURE__ */ membersOf(AkahuPaymentStatusCodeCategories, AkahuPaymentStatusCodeAliases);
export type AkahuPaymentStatusCode = (typeof AkahuPaymentStatusCode)[keyof typeof AkahuPaymentStatusCode];
/** A AkahuPaymentStatusCode as read from the wire: a known value or any other string. */
export type AkahuPaymentStatusCodeOrUnknown = AkahuPaymentStatusCode | (string & {});
/** The catalog's metadata of every AkahuPaymentStatusCode value. */
export const AkahuPaymentStatusCodeInfo: { readonly [V in AkahuPaymentStatusCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/payment_status_code",
  {
    INTERNAL_ERROR: {
      description: "The payment failed with an error of Akahu's own.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_ERROR: {
      description: "The payment failed with an error at the bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAVAILABLE: {
      description: "The payment could not be made because a service it needs is unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_ACCOUNT: {
      description: "The payment was refused because an account it names is invalid.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSUFFICIENT_FUNDS: {
      description: "The paying account does not have enough funds for the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SINGLE_LIMIT_EXCEEDED: {
      description: "The payment is over the limit for a single payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DAILY_LIMIT_EXCEEDED: {
      description: "The payment is over the daily payment limit.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AKAHU_LIMIT_EXCEEDED: {
      description: "The payment is over a payment limit Akahu sets.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MFA_UNSUPPORTED: {
      description: "The bank asked for a multi-factor authentication that Akahu does not support for payments.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MULTISIG_UNSUPPORTED: {
      description: "The paying account needs several signatories, which Akahu does not support for payments.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHENTICATION_FAILED: {
      description: "Signing in to the bank to make the payment failed.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MFA_FAILED: {
      description: "The multi-factor authentication for the payment failed.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AFTER_HOURS: {
      description: "The payment was not made because it was asked for outside the hours in which it can be sent.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_CANCELLED: {
      description: "The user cancelled the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    APP_CANCELLED: {
      description: "The app cancelled the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AKAHU_CANCELLED: {
      description: "Akahu cancelled the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-payments", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuPaymentStatusCode. */
export const isAkahuPaymentStatusCode = (value: unknown): value is AkahuPaymentStatusCode => isCodeOf(AkahuPaymentStatusCodeCategories, AkahuPaymentStatusCodeAliases, value);

/** Other wire spellings of AkahuTransferStatus values (alias -> value). */
export const AkahuTransferStatusAliases: { readonly [alias: string]: AkahuTransferStatus } = {
};
/** The category of every AkahuTransferStatus value and alias: all a listener needs to read one. */
export const AkahuTransferStatusCategories: { readonly [spelling: string]: Category } = {
  READY: "pending",
  PENDING_APPROVAL: "pending",
  SENT: "success",
  DECLINED: "rejected",
  ERROR: "generic_failure",
  PAUSED: "pending",
  CANCELLED: "cancelled",
};
/**
 * Transfer status: The status of a transfer between a user's own accounts (transfer.status, and
 * each timeline entry's status), as the SDK's TransferStatus lists it; a transfer also says whether
 * the status is final and may carry status_text (no status_code). The SDK also types a PAYMENT
 * UPDATE webhook's status as TransferStatus (the same seven values). The SDK lists the statuses
 * without describing them: the description and category are bankcodes' reading of the name. Wire
 * field: status of a transfer (GET /transfers); status of a TRANSFER UPDATE webhook.
 */
export const AkahuTransferStatus: {
  /**
   * The transfer is ready to be sent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly READY: "READY";
  /**
   * The transfer waits for an approval.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING_APPROVAL: "PENDING_APPROVAL";
  /**
   * The transfer was sent.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SENT: "SENT";
  /**
   * The transfer was declined; status_text says why.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly DECLINED: "DECLINED";
  /**
   * The transfer failed with an error; status_text says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ERROR: "ERROR";
  /**
   * The transfer is paused.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAUSED: "PAUSED";
  /**
   * The transfer was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CANCELLED: "CANCELLED";
} = /* @__PURE__ */ membersOf(AkahuTransferStatusCategories, AkahuTransferStatusAliases);
export type AkahuTransferStatus = (typeof AkahuTransferStatus)[keyof typeof AkahuTransferStatus];
/** A AkahuTransferStatus as read from the wire: a known value or any other string. */
export type AkahuTransferStatusOrUnknown = AkahuTransferStatus | (string & {});
/** The catalog's metadata of every AkahuTransferStatus value. */
export const AkahuTransferStatusInfo: { readonly [V in AkahuTransferStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/transfer_status",
  {
    READY: {
      description: "The transfer is ready to be sent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING_APPROVAL: {
      description: "The transfer waits for an approval.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
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
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DECLINED: {
      description: "The transfer was declined; status_text says why.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "The transfer failed with an error; status_text says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAUSED: {
      description: "The transfer is paused.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
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
      sources: ["akahu-sdk-transfers", "akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuTransferStatus. */
export const isAkahuTransferStatus = (value: unknown): value is AkahuTransferStatus => isCodeOf(AkahuTransferStatusCategories, AkahuTransferStatusAliases, value);

/** Other wire spellings of AkahuWebhookEventStatus values (alias -> value). */
export const AkahuWebhookEventStatusAliases: { readonly [alias: string]: AkahuWebhookEventStatus } = {
};
/** The category of every AkahuWebhookEventStatus value and alias: all a listener needs to read one. */
export const AkahuWebhookEventStatusCategories: { readonly [spelling: string]: Category } = {
  SENT: "success",
  FAILED: "generic_failure",
  RETRY: "pending",
};
/**
 * Webhook event delivery status: The delivery status of a past webhook event (WebhookEvent.status,
 * "The delivery status of this webhook event."), which GET /webhook-events requires as its status
 * filter. The SDK does not describe the values: the descriptions are bankcodes' reading of the
 * names; WebhookEvent.last_failed_at is "If the webhook event has at any point failed to send, the
 * timestamp at which the last attempt was made." Wire field: status of a webhook event (GET
 * /webhook-events).
 */
export const AkahuWebhookEventStatus: {
  /**
   * The webhook event was delivered.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SENT: "SENT";
  /**
   * Delivering the webhook event failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * Delivering the webhook event failed and will be tried again.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RETRY: "RETRY";
} = /* @__PURE__ */ membersOf(AkahuWebhookEventStatusCategories, AkahuWebhookEventStatusAliases);
export type AkahuWebhookEventStatus = (typeof AkahuWebhookEventStatus)[keyof typeof AkahuWebhookEventStatus];
/** A AkahuWebhookEventStatus as read from the wire: a known value or any other string. */
export type AkahuWebhookEventStatusOrUnknown = AkahuWebhookEventStatus | (string & {});
/** The catalog's metadata of every AkahuWebhookEventStatus value. */
export const AkahuWebhookEventStatusInfo: { readonly [V in AkahuWebhookEventStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/webhook_event_status",
  {
    SENT: {
      description: "The webhook event was delivered.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Delivering the webhook event failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RETRY: {
      description: "Delivering the webhook event failed and will be tried again.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-webhook-models"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuWebhookEventStatus. */
export const isAkahuWebhookEventStatus = (value: unknown): value is AkahuWebhookEventStatus => isCodeOf(AkahuWebhookEventStatusCategories, AkahuWebhookEventStatusAliases, value);

/** Other wire spellings of AkahuOauthError values (alias -> value). */
export const AkahuOauthErrorAliases: { readonly [alias: string]: AkahuOauthError } = {
};
/** The category of every AkahuOauthError value and alias: all a listener needs to read one. */
export const AkahuOauthErrorCategories: { readonly [spelling: string]: Category } = {
  invalid_request: "integration_error",
  unauthorized_client: "integration_error",
  unsupported_response_type: "integration_error",
  invalid_scope: "integration_error",
  server_error: "generic_failure",
  temporarily_unavailable: "institution_unavailable",
  invalid_grant: "integration_error",
};
/**
 * OAuth error: The error of an OAuth endpoint's error body ({error, error_description}), as the SDK
 * knows the codes: its map of OAuth error codes to the texts it shows when error_description is
 * absent. These are OAuth 2.0's codes; the SDK's list is not said to be complete. The text is the
 * one the SDK shows for the code when the body has no error_description
 * (AkahuErrorResponse.oAuthErrorCodeMap): the SDK's words, not a text Akahu sends. Wire field:
 * error of an OAuth error body (the token exchange and the authorisation endpoints).
 */
export const AkahuOauthError: {
  /**
   * Invalid OAuth request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly invalid_request: "invalid_request";
  /**
   * This application is not authorized to make this request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly unauthorized_client: "unauthorized_client";
  /**
   * Unsupported OAuth response type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly unsupported_response_type: "unsupported_response_type";
  /**
   * Unknown or invalid scope.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly invalid_scope: "invalid_scope";
  /**
   * Unknown server error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Akahu's published text.
   */
  readonly server_error: "server_error";
  /**
   * The authorization server is temporarily unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Akahu's published text.
   */
  readonly temporarily_unavailable: "temporarily_unavailable";
  /**
   * Invalid OAuth request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly invalid_grant: "invalid_grant";
} = /* @__PURE__ */ membersOf(AkahuOauthErrorCategories, AkahuOauthErrorAliases);
export type AkahuOauthError = (typeof AkahuOauthError)[keyof typeof AkahuOauthError];
/** A AkahuOauthError as read from the wire: a known value or any other string. */
export type AkahuOauthErrorOrUnknown = AkahuOauthError | (string & {});
/** The catalog's metadata of every AkahuOauthError value. */
export const AkahuOauthErrorInfo: { readonly [V in AkahuOauthError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/oauth_error",
  {
    invalid_request: {
      description: "Invalid OAuth request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unauthorized_client: {
      description: "This application is not authorized to make this request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_response_type: {
      description: "Unsupported OAuth response type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_scope: {
      description: "Unknown or invalid scope.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    server_error: {
      description: "Unknown server error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    temporarily_unavailable: {
      description: "The authorization server is temporarily unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_grant: {
      description: "Invalid OAuth request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-sdk-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-sdk-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuOauthError. */
export const isAkahuOauthError = (value: unknown): value is AkahuOauthError => isCodeOf(AkahuOauthErrorCategories, AkahuOauthErrorAliases, value);

/** Other wire spellings of AkahuResponseStatus values (alias -> value). */
export const AkahuResponseStatusAliases: { readonly [alias: string]: AkahuResponseStatus } = {
};
/** The category of every AkahuResponseStatus value and alias: all a listener needs to read one. */
export const AkahuResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "reconnect_required",
  "403": "integration_error",
  "404": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
};
/**
 * API response status: The HTTP status of an Akahu API response, as Akahu's Response Formats page
 * describes the common ones ("Akahu uses the standard HTTP response codes"; "Below are some common
 * error messages returned by the Akahu API. In addition to these, each endpoint may return more
 * specific errors which are documented in our API Reference."), and its Rate Limits page the 429.
 * An error body carries no code, only a message: the status decides. The categories are bankcodes'
 * reading. Wire field: the HTTP status of an Akahu API response.
 */
export const AkahuResponseStatus: {
  /**
   * This response indicates that your request was invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * This response indicates that you do not have permission to view the specified resource.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * This response also indicates that you do not have permission to view the specified resource.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * This response indicates that the resource you have specified does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Akahu's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * If your app receives a response from Akahu with a 429 status code, the request should be
   * retried after a short delay.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Akahu's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * This response indicates that an error occurred in Akahu's systems.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Akahu's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
} = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};
export type AkahuResponseStatus = (typeof AkahuResponseStatus)[keyof typeof AkahuResponseStatus];
/** A AkahuResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type AkahuResponseStatusOrUnknown = AkahuResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every AkahuResponseStatus value. */
export const AkahuResponseStatusInfo: { readonly [V in AkahuResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/akahu/response_status",
  {
    "400": {
      name: "BAD_REQUEST",
      description: "This response indicates that your request was invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-docs-response-formatting"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-docs-response-formatting"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "This response indicates that you do not have permission to view the specified resource.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-docs-response-formatting-legacy", "akahu-changelog-response-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["akahu-docs-response-formatting-legacy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "This response also indicates that you do not have permission to view the specified resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-docs-response-formatting-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["akahu-docs-response-formatting-legacy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "This response indicates that the resource you have specified does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["akahu-docs-response-formatting", "akahu-docs-response-formatting-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["akahu-docs-response-formatting", "akahu-docs-response-formatting-legacy"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "If your app receives a response from Akahu with a 429 status code, the request should be retried after a short delay.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-docs-rate-limits"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["akahu-docs-rate-limits"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "This response indicates that an error occurred in Akahu's systems.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["akahu-docs-response-formatting-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["akahu-docs-response-formatting-legacy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AkahuResponseStatus. */
export const isAkahuResponseStatus = (value: unknown): value is AkahuResponseStatus => isNumericCodeOf(AkahuResponseStatusCategories, value);
