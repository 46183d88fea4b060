// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Brankas (https://www.brankas.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of BrankasTransactionStatus values (alias -> value). */
export const BrankasTransactionStatusAliases: { readonly [alias: string]: BrankasTransactionStatus } = {
};
/** The category of every BrankasTransactionStatus value and alias: all a listener needs to read one. */
export const BrankasTransactionStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  AWAITING_TFA: "mfa_required",
  SUCCESS: "success",
  ERROR: "generic_failure",
  LOGIN_ERROR: "credentials_invalid",
  INVOICE_CREATED: "pending",
  AWAITING_LOGIN: "pending",
  AWAITING_LOGIN_TFA: "mfa_required",
  AWAITING_ACCOUNT_SELECT: "user_action_required",
  AWAITING_TRANSFER_TFA: "mfa_required",
  IN_PROGRESS: "pending",
  EXPIRED: "session_expired",
  FLAGGED: "pending",
  CANCELLED: "cancelled",
  DENIED: "cancelled",
  FAILED: "generic_failure",
};
/**
 * Direct transaction status: The status of a Direct transaction (a fund transfer the end user makes
 * through Brankas Tap): the Status enum of Brankas' Direct Tap Android SDK, the status of the
 * Transaction it returns after a Tap session, in the SDK's order (its catch-all UNRECOGNIZED, the
 * SDK's own name for a value it does not know, is no status Brankas sends and is left out). The
 * Dashboard's statuses page calls SUCCESS, ERROR, CANCELLED, DENIED and FAILED final ("Final
 * statuses are reflected after Brankas API sends out a callback") and lists LOGIN_ERROR,
 * INVOICE_CREATED, AWAITING_LOGIN_TFA, AWAITING_TRANSFER_TFA and IN_PROGRESS as stages of Pending;
 * FLAGGED is "in between final and transitional status". A transaction also carries a status code
 * (DIRDXXX…, direct_error_code) and an optional message. Wire field: status (a Direct transaction).
 */
export const BrankasTransactionStatus: {
  /**
   * The transaction is under way: its stage says where (the Dashboard's transitional statuses).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING: "PENDING";
  /**
   * Awaiting TFA authentication.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly AWAITING_TFA: "AWAITING_TFA";
  /**
   * Successful operation.
   * Category: success (Success); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * There was an error in the transaction. The error could be on Brankas, financial institutions,
   * or user’s connection.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Brankas' published text.
   */
  readonly ERROR: "ERROR";
  /**
   * Login Error.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly LOGIN_ERROR: "LOGIN_ERROR";
  /**
   * Checkout invoice created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly INVOICE_CREATED: "INVOICE_CREATED";
  /**
   * Login in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly AWAITING_LOGIN: "AWAITING_LOGIN";
  /**
   * Awaiting login TFA Authentication.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly AWAITING_LOGIN_TFA: "AWAITING_LOGIN_TFA";
  /**
   * Awaiting account selection.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly AWAITING_ACCOUNT_SELECT: "AWAITING_ACCOUNT_SELECT";
  /**
   * Awaiting transfer TFA Authentication.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly AWAITING_TRANSFER_TFA: "AWAITING_TRANSFER_TFA";
  /**
   * Transfer is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly IN_PROGRESS: "IN_PROGRESS";
  /**
   * Transaction Expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Transaction Flagged - receiver needs to do manual verification and settlement.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly FLAGGED: "FLAGGED";
  /**
   * Transaction Cancelled - sender cancelled the transaction.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * Transaction Denied - sender denied the consent.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly DENIED: "DENIED";
  /**
   * Transaction Failed - receiver was not able to receive the funds.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Brankas' published text.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(BrankasTransactionStatusCategories, BrankasTransactionStatusAliases);
export type BrankasTransactionStatus = (typeof BrankasTransactionStatus)[keyof typeof BrankasTransactionStatus];
/** A BrankasTransactionStatus as read from the wire: a known value or any other string. */
export type BrankasTransactionStatusOrUnknown = BrankasTransactionStatus | (string & {});
/** The catalog's metadata of every BrankasTransactionStatus value. */
export const BrankasTransactionStatusInfo: { readonly [V in BrankasTransactionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/brankas/transaction_status",
  {
    PENDING: {
      description: "The transaction is under way: its stage says where (the Dashboard's transitional statuses).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_TFA: {
      description: "Awaiting TFA authentication.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-sdk-android-direct-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "Successful operation.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "There was an error in the transaction. The error could be on Brankas, financial institutions, or user’s connection.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-transaction-status", "brankas-sdk-android-direct-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-direct-transaction-status", "brankas-sdk-android-direct-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_ERROR: {
      description: "Login Error.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVOICE_CREATED: {
      description: "Checkout invoice created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_LOGIN: {
      description: "Login in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-sdk-android-direct-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_LOGIN_TFA: {
      description: "Awaiting login TFA Authentication.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_ACCOUNT_SELECT: {
      description: "Awaiting account selection.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-sdk-android-direct-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_TRANSFER_TFA: {
      description: "Awaiting transfer TFA Authentication.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IN_PROGRESS: {
      description: "Transfer is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "Transaction Expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-sdk-android-direct-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FLAGGED: {
      description: "Transaction Flagged - receiver needs to do manual verification and settlement.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "Transaction Cancelled - sender cancelled the transaction.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DENIED: {
      description: "Transaction Denied - sender denied the consent.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Transaction Failed - receiver was not able to receive the funds.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-sdk-android-direct-status", "brankas-docs-direct-transaction-status"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BrankasTransactionStatus. */
export const isBrankasTransactionStatus = (value: unknown): value is BrankasTransactionStatus => isCodeOf(BrankasTransactionStatusCategories, BrankasTransactionStatusAliases, value);

/** Other wire spellings of BrankasDirectErrorCode values (alias -> value). */
export const BrankasDirectErrorCodeAliases: { readonly [alias: string]: BrankasDirectErrorCode } = {
};
/** The category of every BrankasDirectErrorCode value and alias: all a listener needs to read one. */
export const BrankasDirectErrorCodeCategories: { readonly [spelling: string]: Category } = {
  DIRDXXX5000: "generic_failure",
  DIRDXXX5041: "generic_failure",
  DIRDXXX5045: "credentials_invalid",
  DIRDXXX4080: "session_expired",
  DIRDXXX4081: "cancelled",
  DIRDXXX4082: "cancelled",
  DIRDXXX4083: "mfa_failed",
  DIRDXXX4084: "mfa_failed",
  DIRDXXX4087: "concurrent_operation",
  DIRDXXX2000: "success",
  DIRDXXX2003: "pending",
  DIRDXXX5002: "generic_failure",
  DIRDXXX5003: "generic_failure",
  DIRDXXX5043: "integration_error",
  DIRDXXX4069: "integration_error",
  DIRDXXX4070: "integration_error",
};
/**
 * Direct status code: The status code of a Direct transaction and of the Direct API's answers
 * (DIRDXXX and four digits): the table of transaction codes of Brankas' Direct error codes page, in
 * its order, read to DIRDXXX4070. The table's columns read swapped: its "Error" column says what
 * happened ("User cancelled the transaction") and its "Description" the short error text
 * ("Transaction cancelled"); the catalog keeps the first as each code's description and the second
 * as its message. A code's Source endpoint is All unless it names one. The SDK's Transaction
 * carries it as its statusCode beside its status. Wire field: status code (a Direct transaction, an
 * error of the Direct API).
 */
export const BrankasDirectErrorCode: {
  /**
   * Generic error for unhandled errors
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Generic error
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5000: "DIRDXXX5000";
  /**
   * Merchant has updated the flagged transaction as failed
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Flagged transaction settlement failed
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5041: "DIRDXXX5041";
  /**
   * System failed to perform bank login. Error could be due to invalid user credentials or
   * integration. The integrations doesnt support such error codes.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: Failed to perform bank login
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5045: "DIRDXXX5045";
  /**
   * User transaction exceeded the expiry
   * Category: session_expired (Session expired); retryable: no.
   * Message: Transaction expired
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4080: "DIRDXXX4080";
  /**
   * User cancelled the transaction
   * Category: cancelled (Cancelled); retryable: no.
   * Message: Transaction cancelled
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4081: "DIRDXXX4081";
  /**
   * User denied consent
   * Category: cancelled (Cancelled); retryable: no.
   * Message: Consent denied
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4082: "DIRDXXX4082";
  /**
   * User exceeded the in-app TFA timeout
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: in-app TFA timeout
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4083: "DIRDXXX4083";
  /**
   * User exceeded the QR code timeout
   * Category: mfa_failed (MFA failed); retryable: no.
   * Message: QR timeout
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4084: "DIRDXXX4084";
  /**
   * User has a concurrent login or did not terminate previous transaction
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Message: Concurrent login is not allowed
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4087: "DIRDXXX4087";
  /**
   * Successful transaction
   * Category: success (Success); retryable: no.
   * Message: Generic success
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX2000: "DIRDXXX2000";
  /**
   * Flagged transaction - neither success or failed, needs manual verification
   * Category: pending (Pending); retryable: no.
   * Message: Flagged transaction
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX2003: "DIRDXXX2003";
  /**
   * System could not locate the metadata of the request
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Could not read metadata from context
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5002: "DIRDXXX5002";
  /**
   * System could not read the org_id of the request
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Could not read organization ID from metadata
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5003: "DIRDXXX5003";
  /**
   * System failed to verify request parameters
   * Category: integration_error (Integration error); retryable: no.
   * Message: Failed to sanitize parameters
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX5043: "DIRDXXX5043";
  /**
   * Merchant has entered an invalid date format in start_date field
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid value for start_date, should follow: YYYY-MM-DD
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly DIRDXXX4069: "DIRDXXX4069";
  /**
   * Merchant has entered an invalid date format in end_date field
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly DIRDXXX4070: "DIRDXXX4070";
} = /* @__PURE__ */ membersOf(BrankasDirectErrorCodeCategories, BrankasDirectErrorCodeAliases);
export type BrankasDirectErrorCode = (typeof BrankasDirectErrorCode)[keyof typeof BrankasDirectErrorCode];
/** A BrankasDirectErrorCode as read from the wire: a known value or any other string. */
export type BrankasDirectErrorCodeOrUnknown = BrankasDirectErrorCode | (string & {});
/** The catalog's metadata of every BrankasDirectErrorCode value. */
export const BrankasDirectErrorCodeInfo: { readonly [V in BrankasDirectErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/brankas/direct_error_code",
  {
    DIRDXXX5000: {
      description: "Generic error for unhandled errors",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Generic error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX5041: {
      description: "Merchant has updated the flagged transaction as failed",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Flagged transaction settlement failed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX5045: {
      description: "System failed to perform bank login. Error could be due to invalid user credentials or integration. The integrations doesnt support such error codes.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Failed to perform bank login",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4080: {
      description: "User transaction exceeded the expiry",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Transaction expired",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4081: {
      description: "User cancelled the transaction",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Transaction cancelled",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4082: {
      description: "User denied consent",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Consent denied",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4083: {
      description: "User exceeded the in-app TFA timeout",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "in-app TFA timeout",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4084: {
      description: "User exceeded the QR code timeout",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "QR timeout",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4087: {
      description: "User has a concurrent login or did not terminate previous transaction",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Concurrent login is not allowed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX2000: {
      description: "Successful transaction",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Generic success",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX2003: {
      description: "Flagged transaction - neither success or failed, needs manual verification",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Flagged transaction",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX5002: {
      description: "System could not locate the metadata of the request",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Could not read metadata from context",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX5003: {
      description: "System could not read the org_id of the request",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Could not read organization ID from metadata",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX5043: {
      description: "System failed to verify request parameters",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Failed to sanitize parameters",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4069: {
      description: "Merchant has entered an invalid date format in start_date field",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
        message: { by: "provider", sources: ["brankas-docs-direct-error-codes"] },
      },
      message: "Invalid value for start_date, should follow: YYYY-MM-DD",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DIRDXXX4070: {
      description: "Merchant has entered an invalid date format in end_date field",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-direct-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-direct-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BrankasDirectErrorCode. */
export const isBrankasDirectErrorCode = (value: unknown): value is BrankasDirectErrorCode => isCodeOf(BrankasDirectErrorCodeCategories, BrankasDirectErrorCodeAliases, value);

/** Other wire spellings of BrankasStatementStatus values (alias -> value). */
export const BrankasStatementStatusAliases: { readonly [alias: string]: BrankasStatementStatus } = {
};
/** The category of every BrankasStatementStatus value and alias: all a listener needs to read one. */
export const BrankasStatementStatusCategories: { readonly [spelling: string]: Category } = {
  UNKNOWN: "informational",
  PENDING: "pending",
  FAILED: "generic_failure",
  COMPLETED: "success",
  NOTIFIED: "informational",
  RECEIVED: "pending",
  CANCELLED: "cancelled",
  INACTIVATED: "session_expired",
  PURGED: "informational",
  RECORDS_AVAILABLE: "pending",
};
/**
 * Statement status: The status of a Statement retrieval (the end user's bank statement, retrieved
 * through Brankas Tap or the API): the page's "complete list of status events that can occur when
 * using Statement", each with its number, its event name (the value here), its message, its
 * description and the maximum time Brankas takes to reach it. Some, such as RECORDS_AVAILABLE, "are
 * intended for use with our callback web hooks so your system can act quickly to inform and
 * progress the end-user". The Dashboard's Statement statuses page gives the same statuses in words
 * (Canceled for CANCELLED), without NOTIFIED. Wire field: status (a Statement retrieval, its
 * callbacks).
 */
export const BrankasStatementStatus: {
  /**
   * Unknown statement status
   * Category: informational (Informational); retryable: no.
   * Whose words: message: Brankas' published text.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * The request for statement retrieval is received and it hasn’t been started yet
   * Category: pending (Pending); retryable: no.
   * Message: The retrieval flow hasn’t started yet
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly PENDING: "PENDING";
  /**
   * The retrieval flow failed due to several reasons (e.g a bank not being available)
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: The requested statement couldn’t be retrieved
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly FAILED: "FAILED";
  /**
   * Brankas has completed the full retrieval flow and statement data is ready to be pulled
   * Category: success (Success); retryable: no.
   * Message: The requested statement was successfully retrieved
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly COMPLETED: "COMPLETED";
  /**
   * Deprecated - not in use
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   * @deprecated The page: "Deprecated - not in use".
   */
  readonly NOTIFIED: "NOTIFIED";
  /**
   * Brankas has received the request to initiate a retrieval flow for a user
   * Category: pending (Pending); retryable: no.
   * Message: The statement request processing is complete
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly RECEIVED: "RECEIVED";
  /**
   * The retrieval flow was explicitly canceled by the user
   * Category: cancelled (Cancelled); retryable: no.
   * Message: The statement request was canceled
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * The retrieval flow wasn’t completed by the user (e.g they were waiting for an OTP and never
   * returned)
   * Category: session_expired (Session expired); retryable: no.
   * Message: The statement request inactivated upon waiting for user input
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly INACTIVATED: "INACTIVATED";
  /**
   * Brankas has purged requested statement data
   * Category: informational (Informational); retryable: no.
   * Message: The statement data such as accounts and transactions are purged from the Brankas
   * system
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly PURGED: "PURGED";
  /**
   * During a standard retrieval flow, this is the first callback expected to indicate the
   * availability of a bank account statement only. Any additional statement information is still
   * being processed
   * Category: pending (Pending); retryable: no.
   * Message: Indicates at least one or more transactions available for a statement
   * Whose words: description: Brankas' published text; message: Brankas' published text.
   */
  readonly RECORDS_AVAILABLE: "RECORDS_AVAILABLE";
} = /* @__PURE__ */ membersOf(BrankasStatementStatusCategories, BrankasStatementStatusAliases);
export type BrankasStatementStatus = (typeof BrankasStatementStatus)[keyof typeof BrankasStatementStatus];
/** A BrankasStatementStatus as read from the wire: a known value or any other string. */
export type BrankasStatementStatusOrUnknown = BrankasStatementStatus | (string & {});
/** The catalog's metadata of every BrankasStatementStatus value. */
export const BrankasStatementStatusInfo: { readonly [V in BrankasStatementStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/brankas/statement_status",
  {
    UNKNOWN: {
      description: "Unknown statement status",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "Unknown statement status",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING: {
      description: "The request for statement retrieval is received and it hasn’t been started yet",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The retrieval flow hasn’t started yet",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The retrieval flow failed due to several reasons (e.g a bank not being available)",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The requested statement couldn’t be retrieved",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "Brankas has completed the full retrieval flow and statement data is ready to be pulled",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The requested statement was successfully retrieved",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOTIFIED: {
      description: "Deprecated - not in use",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "The page: \"Deprecated - not in use\"." },
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "Deprecated - not in use",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECEIVED: {
      description: "Brankas has received the request to initiate a retrieval flow for a user",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The statement request processing is complete",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "The retrieval flow was explicitly canceled by the user",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The statement request was canceled",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
    },
    INACTIVATED: {
      description: "The retrieval flow wasn’t completed by the user (e.g they were waiting for an OTP and never returned)",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The statement request inactivated upon waiting for user input",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PURGED: {
      description: "Brankas has purged requested statement data",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "The statement data such as accounts and transactions are purged from the Brankas system",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECORDS_AVAILABLE: {
      description: "During a standard retrieval flow, this is the first callback expected to indicate the availability of a bank account statement only. Any additional statement information is still being processed",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
        message: {
          by: "provider",
          sources: ["brankas-docs-statement-status", "brankas-docs-statement-transaction-status"],
        },
      },
      message: "Indicates at least one or more transactions available for a statement",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BrankasStatementStatus. */
export const isBrankasStatementStatus = (value: unknown): value is BrankasStatementStatus => isCodeOf(BrankasStatementStatusCategories, BrankasStatementStatusAliases, value);

/** Other wire spellings of BrankasStatementError values (alias -> value). */
export const BrankasStatementErrorAliases: { readonly [alias: string]: BrankasStatementError } = {
};
/** The category of every BrankasStatementError value and alias: all a listener needs to read one. */
export const BrankasStatementErrorCategories: { readonly [spelling: string]: Category } = {
  OK: "success",
  CANCELED: "cancelled",
  UNKNOWN: "generic_failure",
  INVALID_ARGUMENT: "integration_error",
  DEADLINE_EXCEEDED: "session_expired",
  NOT_FOUND: "integration_error",
  ALREADY_EXISTS: "integration_error",
};
/**
 * Statement error (error): The error of a Statement API answer, a JSON body {"error": "value"}: "We
 * communicate with gRPC to generate a standard set of status codes. These codes are mapped to our
 * status and error responses in the Statement service endpoints." The page's table gives each code
 * its gRPC number and Brankas' words; it was read to PERMISSION_DENIED (7), whose words and the
 * codes after it were not read. Wire field: error of a Statement API error body.
 */
export const BrankasStatementError: {
  /**
   * Successful statement retrieval.
   * Category: success (Success); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly OK: "OK";
  /**
   * The retrieval was canceled by the customer.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly CANCELED: "CANCELED";
  /**
   * Unknown error. For example, this error may be returned when a Status value received from
   * another address space belongs to an error space that is not known in this address space. Also
   * errors raised by APIs that do not return enough error information may be converted to this
   * error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Brankas' published text.
   */
  readonly UNKNOWN: "UNKNOWN";
  /**
   * An invalid file format or file name was entered. Do note that this error is different compared
   * to FAILED_PRECONDITION. INVALID_ARGUMENT errors.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly INVALID_ARGUMENT: "INVALID_ARGUMENT";
  /**
   * The request has expired and the data retrieval could not be complete. If there is an update in
   * the system, you may encounter this error even if the retrieval has complete.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly DEADLINE_EXCEEDED: "DEADLINE_EXCEEDED";
  /**
   * File or directory request was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly NOT_FOUND: "NOT_FOUND";
  /**
   * The file or directory has already exists.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Brankas' published text.
   */
  readonly ALREADY_EXISTS: "ALREADY_EXISTS";
} = /* @__PURE__ */ membersOf(BrankasStatementErrorCategories, BrankasStatementErrorAliases);
export type BrankasStatementError = (typeof BrankasStatementError)[keyof typeof BrankasStatementError];
/** A BrankasStatementError as read from the wire: a known value or any other string. */
export type BrankasStatementErrorOrUnknown = BrankasStatementError | (string & {});
/** The catalog's metadata of every BrankasStatementError value. */
export const BrankasStatementErrorInfo: { readonly [V in BrankasStatementError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/brankas/statement_error",
  {
    OK: {
      description: "Successful statement retrieval.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELED: {
      description: "The retrieval was canceled by the customer.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "none",
    },
    UNKNOWN: {
      description: "Unknown error. For example, this error may be returned when a Status value received from another address space belongs to an error space that is not known in this address space. Also errors raised by APIs that do not return enough error information may be converted to this error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_ARGUMENT: {
      description: "An invalid file format or file name was entered. Do note that this error is different compared to FAILED_PRECONDITION. INVALID_ARGUMENT errors.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DEADLINE_EXCEEDED: {
      description: "The request has expired and the data retrieval could not be complete. If there is an update in the system, you may encounter this error even if the retrieval has complete.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "wait_for_event",
      state: "pending",
      stateReason: "The retrieval may have completed all the same: its status says where it stands.",
    },
    NOT_FOUND: {
      description: "File or directory request was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ALREADY_EXISTS: {
      description: "The file or directory has already exists.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-docs-statement-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brankas-docs-statement-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BrankasStatementError. */
export const isBrankasStatementError = (value: unknown): value is BrankasStatementError => isCodeOf(BrankasStatementErrorCategories, BrankasStatementErrorAliases, value);

/** Other wire spellings of BrankasSdkErrorCode values (alias -> value). */
export const BrankasSdkErrorCodeAliases: { readonly [alias: string]: BrankasSdkErrorCode } = {
};
/** The category of every BrankasSdkErrorCode value and alias: all a listener needs to read one. */
export const BrankasSdkErrorCodeCategories: { readonly [spelling: string]: Category } = {
  GENERAL: "generic_failure",
  UNAUTHORIZED: "integration_error",
  SYSTEM_UNAVAILABLE: "institution_unavailable",
  NEW_PASSWORD: "action_required_at_institution",
};
/**
 * Tap SDK error code: The code of the error Brankas' Tap SDKs hand the app (the errorCode of a
 * CoreError, beside its errorMessage, in a CoreListener's onResult): the CoreErrorCode enum of the
 * Direct Tap Android SDK, in its order. Its Direct errors are DirectErrorCode values, a class the
 * kdoc lists without values; the descriptions and categories here are bankcodes' reading of the
 * names. Wire field: CoreError.errorCode (the Tap SDKs' callbacks).
 */
export const BrankasSdkErrorCode: {
  /**
   * An error the SDK does not tell apart.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly GENERAL: "GENERAL";
  /**
   * The SDK's request was not authorised, as with an API key of the other environment.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNAUTHORIZED: "UNAUTHORIZED";
  /**
   * The system the SDK calls is not available for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly SYSTEM_UNAVAILABLE: "SYSTEM_UNAVAILABLE";
  /**
   * The bank asks the end user to set a new password before signing in.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly NEW_PASSWORD: "NEW_PASSWORD";
} = /* @__PURE__ */ membersOf(BrankasSdkErrorCodeCategories, BrankasSdkErrorCodeAliases);
export type BrankasSdkErrorCode = (typeof BrankasSdkErrorCode)[keyof typeof BrankasSdkErrorCode];
/** A BrankasSdkErrorCode as read from the wire: a known value or any other string. */
export type BrankasSdkErrorCodeOrUnknown = BrankasSdkErrorCode | (string & {});
/** The catalog's metadata of every BrankasSdkErrorCode value. */
export const BrankasSdkErrorCodeInfo: { readonly [V in BrankasSdkErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/brankas/sdk_error_code",
  {
    GENERAL: {
      description: "An error the SDK does not tell apart.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-core-error-code"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHORIZED: {
      description: "The SDK's request was not authorised, as with an API key of the other environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brankas-sdk-android-core-error-code", "brankas-sdk-android-faq"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SYSTEM_UNAVAILABLE: {
      description: "The system the SDK calls is not available for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-core-error-code"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NEW_PASSWORD: {
      description: "The bank asks the end user to set a new password before signing in.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brankas-sdk-android-core-error-code"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BrankasSdkErrorCode. */
export const isBrankasSdkErrorCode = (value: unknown): value is BrankasSdkErrorCode => isCodeOf(BrankasSdkErrorCodeCategories, BrankasSdkErrorCodeAliases, value);
