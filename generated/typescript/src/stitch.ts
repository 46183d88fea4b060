// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Stitch (https://stitch.money): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of StitchPaymentRequestState values (alias -> value). */
export const StitchPaymentRequestStateAliases: { readonly [alias: string]: StitchPaymentRequestState } = {
};
/** The category of every StitchPaymentRequestState value and alias: all a listener needs to read one. */
export const StitchPaymentRequestStateCategories: { readonly [spelling: string]: Category } = {
  PaymentInitiationRequestCompleted: "success",
  PaymentInitiationRequestManuallyCompleted: "informational",
  PaymentInitiationRequestCancelled: "cancelled",
  PaymentInitiationRequestExpired: "session_expired",
  PaymentInitiationRequestPending: "pending",
};
/**
 * Payment request state (PaymentInitiationRequestState): Where a Pay By Bank payment request
 * stands: the type of its state, one of the five objects of the PaymentInitiationRequestState
 * union, which a GraphQL client reads as state.__typename. Each is a PascalCase type name, sent as
 * it is spelt; each text is the union page's. Wire field: state.__typename of a
 * PaymentInitiationRequest (queries and the payment webhook).
 */
export const StitchPaymentRequestState: {
  /**
   * The payment to the beneficiary has been initiated.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationRequestCompleted: "PaymentInitiationRequestCompleted";
  /**
   * The payment request was manually marked as completed. No payment exists for the
   * PaymentInitiationRequest.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationRequestManuallyCompleted: "PaymentInitiationRequestManuallyCompleted";
  /**
   * The payment has been cancelled and cannot be completed.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationRequestCancelled: "PaymentInitiationRequestCancelled";
  /**
   * Payment initiation request expired before the user attempted to pay
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationRequestExpired: "PaymentInitiationRequestExpired";
  /**
   * The payment has not yet been initiated, waiting for user to complete request
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationRequestPending: "PaymentInitiationRequestPending";
} = /* @__PURE__ */ membersOf(StitchPaymentRequestStateCategories, StitchPaymentRequestStateAliases);
export type StitchPaymentRequestState = (typeof StitchPaymentRequestState)[keyof typeof StitchPaymentRequestState];
/** A StitchPaymentRequestState as read from the wire: a known value or any other string. */
export type StitchPaymentRequestStateOrUnknown = StitchPaymentRequestState | (string & {});
/** The catalog's metadata of every StitchPaymentRequestState value. */
export const StitchPaymentRequestStateInfo: { readonly [V in StitchPaymentRequestState]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/payment_request_state",
  {
    PaymentInitiationRequestCompleted: {
      description: "The payment to the beneficiary has been initiated.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-request-state"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-request-state"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationRequestManuallyCompleted: {
      description: "The payment request was manually marked as completed. No payment exists for the PaymentInitiationRequest.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-request-state"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-request-state"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationRequestCancelled: {
      description: "The payment has been cancelled and cannot be completed.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The payment was cancelled.",
          action: "Start the payment again if you still want to pay.",
        },
        fr: {
          message: "Le paiement a été annulé.",
          action: "Recommencez le paiement si vous souhaitez toujours payer.",
        },
        ar: {
          message: "تم إلغاء الدفع.",
          action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
        },
        es: {
          message: "El pago fue cancelado.",
          action: "Inicie el pago de nuevo si todavía desea pagar.",
        },
        pt: {
          message: "O pagamento foi cancelado.",
          action: "Inicie o pagamento novamente se ainda quiser pagar.",
        },
      },
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-request-state"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-request-state"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationRequestExpired: {
      description: "Payment initiation request expired before the user attempted to pay",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The payment request expired before it was paid.",
          action: "Start the payment again if you still want to pay.",
        },
        fr: {
          message: "La demande de paiement a expiré avant d'être payée.",
          action: "Recommencez le paiement si vous souhaitez toujours payer.",
        },
        ar: {
          message: "انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
          action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
        },
        es: {
          message: "La solicitud de pago caducó antes de pagarse.",
          action: "Inicie el pago de nuevo si todavía desea pagar.",
        },
        pt: {
          message: "A solicitação de pagamento expirou antes de ser paga.",
          action: "Inicie o pagamento novamente se ainda quiser pagar.",
        },
      },
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-request-state"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-request-state"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationRequestPending: {
      description: "The payment has not yet been initiated, waiting for user to complete request",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-request-state"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-request-state"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchPaymentRequestState. */
export const isStitchPaymentRequestState = (value: unknown): value is StitchPaymentRequestState => isCodeOf(StitchPaymentRequestStateCategories, StitchPaymentRequestStateAliases, value);

/** Other wire spellings of StitchPaymentConfirmationStatus values (alias -> value). */
export const StitchPaymentConfirmationStatusAliases: { readonly [alias: string]: StitchPaymentConfirmationStatus } = {
};
/** The category of every StitchPaymentConfirmationStatus value and alias: all a listener needs to read one. */
export const StitchPaymentConfirmationStatusCategories: { readonly [spelling: string]: Category } = {
  PaymentPending: "pending",
  PaymentReceived: "success",
  PaymentUnsettled: "rejected",
};
/**
 * Payment confirmation status (paymentConfirmation): Whether a completed payment request's funds
 * reached the Stitch intermediary account: the type of its paymentConfirmation (null on a payment
 * request that is not completed, or for a client without a Stitch intermediary account). The
 * payment.confirmation webhook is sent for PaymentReceived and PaymentUnsettled. Wire field:
 * paymentConfirmation.__typename of a PaymentInitiationRequest.
 */
export const StitchPaymentConfirmationStatus: {
  /**
   * The PaymentRequest has been completed, but the payment has not yet been received into the
   * Stitch intermediary account
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentPending: "PaymentPending";
  /**
   * The payment was received into the Stitch intermediary account
   * Category: success (Success); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentReceived: "PaymentReceived";
  /**
   * The payment was not received into the Stitch intermediary account after 7 days
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentUnsettled: "PaymentUnsettled";
} = /* @__PURE__ */ membersOf(StitchPaymentConfirmationStatusCategories, StitchPaymentConfirmationStatusAliases);
export type StitchPaymentConfirmationStatus = (typeof StitchPaymentConfirmationStatus)[keyof typeof StitchPaymentConfirmationStatus];
/** A StitchPaymentConfirmationStatus as read from the wire: a known value or any other string. */
export type StitchPaymentConfirmationStatusOrUnknown = StitchPaymentConfirmationStatus | (string & {});
/** The catalog's metadata of every StitchPaymentConfirmationStatus value. */
export const StitchPaymentConfirmationStatusInfo: { readonly [V in StitchPaymentConfirmationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/payment_confirmation_status",
  {
    PaymentPending: {
      description: "The PaymentRequest has been completed, but the payment has not yet been received into the Stitch intermediary account",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-payment-confirmation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-docs-payment-confirmation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentReceived: {
      description: "The payment was received into the Stitch intermediary account",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-payment-confirmation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-docs-payment-confirmation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentUnsettled: {
      description: "The payment was not received into the Stitch intermediary account after 7 days",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your payment has not been received yet.",
          action: "If the money has left your account, contact us.",
        },
        fr: {
          message: "Votre paiement n'a pas encore été reçu.",
          action: "Si l'argent a quitté votre compte, contactez-nous.",
        },
        ar: { message: "لم يتم استلام دفعتك بعد.", action: "إذا خرج المال من حسابك، فاتصل بنا." },
        es: {
          message: "Su pago aún no se ha recibido.",
          action: "Si el dinero salió de su cuenta, contáctenos.",
        },
        pt: {
          message: "Seu pagamento ainda não foi recebido.",
          action: "Se o dinheiro saiu da sua conta, entre em contato conosco.",
        },
      },
      httpStatuses: [],
      sources: ["stitch-docs-payment-confirmation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-docs-payment-confirmation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchPaymentConfirmationStatus. */
export const isStitchPaymentConfirmationStatus = (value: unknown): value is StitchPaymentConfirmationStatus => isCodeOf(StitchPaymentConfirmationStatusCategories, StitchPaymentConfirmationStatusAliases, value);

/** Other wire spellings of StitchDisbursementStatus values (alias -> value). */
export const StitchDisbursementStatusAliases: { readonly [alias: string]: StitchDisbursementStatus } = {
};
/** The category of every StitchDisbursementStatus value and alias: all a listener needs to read one. */
export const StitchDisbursementStatusCategories: { readonly [spelling: string]: Category } = {
  DisbursementPending: "pending",
  DisbursementPaused: "pending",
  DisbursementSubmitted: "pending",
  DisbursementCompleted: "success",
  DisbursementError: "rejected",
  DisbursementCancelled: "cancelled",
  DisbursementReversed: "rejected",
};
/**
 * Disbursement status (DisbursementStatus): Where a disbursement (a payout from the client's float
 * account) stands: the type of its status, one of the seven objects of the DisbursementStatus union
 * (status.__typename). A DisbursementError carries its reason as a DisbursementErrorReason, a
 * paused disbursement a DisbursementPausedReason. Wire field: status.__typename of a Disbursement
 * (queries and the disbursement webhook).
 */
export const StitchDisbursementStatus: {
  /**
   * The disbursement has been accepted and is awaiting processing
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementPending: "DisbursementPending";
  /**
   * Disbursement has been paused and requires interaction
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementPaused: "DisbursementPaused";
  /**
   * The disbursement has been submitted to bank
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementSubmitted: "DisbursementSubmitted";
  /**
   * Bank has successfully processed the disbursement
   * Category: success (Success); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementCompleted: "DisbursementCompleted";
  /**
   * Disbursement has failed to complete
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementError: "DisbursementError";
  /**
   * Disbursement has been cancelled
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementCancelled: "DisbursementCancelled";
  /**
   * Disbursement has been reversed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly DisbursementReversed: "DisbursementReversed";
} = /* @__PURE__ */ membersOf(StitchDisbursementStatusCategories, StitchDisbursementStatusAliases);
export type StitchDisbursementStatus = (typeof StitchDisbursementStatus)[keyof typeof StitchDisbursementStatus];
/** A StitchDisbursementStatus as read from the wire: a known value or any other string. */
export type StitchDisbursementStatusOrUnknown = StitchDisbursementStatus | (string & {});
/** The catalog's metadata of every StitchDisbursementStatus value. */
export const StitchDisbursementStatusInfo: { readonly [V in StitchDisbursementStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/disbursement_status",
  {
    DisbursementPending: {
      description: "The disbursement has been accepted and is awaiting processing",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementPaused: {
      description: "Disbursement has been paused and requires interaction",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementSubmitted: {
      description: "The disbursement has been submitted to bank",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementCompleted: {
      description: "Bank has successfully processed the disbursement",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementError: {
      description: "Disbursement has failed to complete",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementCancelled: {
      description: "Disbursement has been cancelled",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DisbursementReversed: {
      description: "Disbursement has been reversed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-disbursement-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchDisbursementStatus. */
export const isStitchDisbursementStatus = (value: unknown): value is StitchDisbursementStatus => isCodeOf(StitchDisbursementStatusCategories, StitchDisbursementStatusAliases, value);

/** Other wire spellings of StitchDisbursementErrorReason values (alias -> value). */
export const StitchDisbursementErrorReasonAliases: { readonly [alias: string]: StitchDisbursementErrorReason } = {
};
/** The category of every StitchDisbursementErrorReason value and alias: all a listener needs to read one. */
export const StitchDisbursementErrorReasonCategories: { readonly [spelling: string]: Category } = {
  account_verification_failed: "rejected",
  bank_error: "institution_unavailable",
  bank_processing_error: "institution_unavailable",
  insufficient_funds: "rejected",
  restricted_account: "account_unavailable",
  inactive_account: "account_unavailable",
  exceeded_limit: "rejected",
  invalid_account: "account_unavailable",
  beneficiary_bank_processing_error: "institution_unavailable",
  invalid_transaction_details: "rejected",
  invalid_destination: "account_unavailable",
  internal_error: "generic_failure",
};
/**
 * Disbursement error reason (DisbursementErrorReason): Why a disbursement failed
 * (DisbursementError.disbursementErrorReason), a GraphQL enum whose values are snake_case, sent as
 * spelt; its description in disbursementErrorDescription. Texts are the enum page's. Wire field:
 * disbursementErrorReason of a DisbursementError.
 */
export const StitchDisbursementErrorReason: {
  /**
   * Disbursement was not processed due to failed account verification.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly account_verification_failed: "account_verification_failed";
  /**
   * There was a problem communicating with the processing bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly bank_error: "bank_error";
  /**
   * An internal error occurred inside the bank while trying to process the transaction.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly bank_processing_error: "bank_processing_error";
  /**
   * The account from which the disbursement was to be made had insufficient_funds for longer than
   * the allowed duration
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * There was a restriction on the account. This could be anything from FICA compliance to the
   * account being manually frozen.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly restricted_account: "restricted_account";
  /**
   * The account is inactive. This can be remedied by reactivating it.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly inactive_account: "inactive_account";
  /**
   * A limit was exceeded.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly exceeded_limit: "exceeded_limit";
  /**
   * The account was not found. It may have been closed or cannot process this type of transaction.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly invalid_account: "invalid_account";
  /**
   * The recipient bank did not accept the transaction. Common causes are the beneficiary bank not
   * responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly beneficiary_bank_processing_error: "beneficiary_bank_processing_error";
  /**
   * The details (e.g. account number or branch code) were rejected by the bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly invalid_transaction_details: "invalid_transaction_details";
  /**
   * The provided beneficiary account is invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   * @deprecated Marked @deprecated in the enum; DisbursementReversedReason's page says of its own
   * invalid_destination: "No longer supported".
   */
  readonly invalid_destination: "invalid_destination";
  /**
   * An internal error (a deprecated value, its text not read).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * @deprecated Marked @deprecated in the enum.
   */
  readonly internal_error: "internal_error";
} = /* @__PURE__ */ membersOf(StitchDisbursementErrorReasonCategories, StitchDisbursementErrorReasonAliases);
export type StitchDisbursementErrorReason = (typeof StitchDisbursementErrorReason)[keyof typeof StitchDisbursementErrorReason];
/** A StitchDisbursementErrorReason as read from the wire: a known value or any other string. */
export type StitchDisbursementErrorReasonOrUnknown = StitchDisbursementErrorReason | (string & {});
/** The catalog's metadata of every StitchDisbursementErrorReason value. */
export const StitchDisbursementErrorReasonInfo: { readonly [V in StitchDisbursementErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/disbursement_error_reason",
  {
    account_verification_failed: {
      description: "Disbursement was not processed due to failed account verification.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_error: {
      description: "There was a problem communicating with the processing bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_processing_error: {
      description: "An internal error occurred inside the bank while trying to process the transaction.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    restricted_account: {
      description: "There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    inactive_account: {
      description: "The account is inactive. This can be remedied by reactivating it.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    exceeded_limit: {
      description: "A limit was exceeded.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account: {
      description: "The account was not found. It may have been closed or cannot process this type of transaction.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    beneficiary_bank_processing_error: {
      description: "The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_transaction_details: {
      description: "The details (e.g. account number or branch code) were rejected by the bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-error-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_destination: {
      description: "The provided beneficiary account is invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason", "stitch-api-disbursement-reversed-reason"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Marked @deprecated in the enum; DisbursementReversedReason's page says of its own invalid_destination: \"No longer supported\".",
      },
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-reversed-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    internal_error: {
      description: "An internal error (a deprecated value, its text not read).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-error-reason"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "Marked @deprecated in the enum." },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchDisbursementErrorReason. */
export const isStitchDisbursementErrorReason = (value: unknown): value is StitchDisbursementErrorReason => isCodeOf(StitchDisbursementErrorReasonCategories, StitchDisbursementErrorReasonAliases, value);

/** Other wire spellings of StitchDisbursementPausedReason values (alias -> value). */
export const StitchDisbursementPausedReasonAliases: { readonly [alias: string]: StitchDisbursementPausedReason } = {
};
/** The category of every StitchDisbursementPausedReason value and alias: all a listener needs to read one. */
export const StitchDisbursementPausedReasonCategories: { readonly [spelling: string]: Category } = {
  insufficient_funds: "pending",
  no_satisfactory_source_bank: "pending",
};
/**
 * Disbursement paused reason (DisbursementPausedReason): Why the disbursement has not been paid out
 * yet. Wire field: reason of a DisbursementPaused.
 */
export const StitchDisbursementPausedReason: {
  /**
   * The user does not have the necessary funds in their account to complete the request
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * The user does not have any suitable source bank accounts capable of initiating a disbursement
   * at this time
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly no_satisfactory_source_bank: "no_satisfactory_source_bank";
} = /* @__PURE__ */ membersOf(StitchDisbursementPausedReasonCategories, StitchDisbursementPausedReasonAliases);
export type StitchDisbursementPausedReason = (typeof StitchDisbursementPausedReason)[keyof typeof StitchDisbursementPausedReason];
/** A StitchDisbursementPausedReason as read from the wire: a known value or any other string. */
export type StitchDisbursementPausedReasonOrUnknown = StitchDisbursementPausedReason | (string & {});
/** The catalog's metadata of every StitchDisbursementPausedReason value. */
export const StitchDisbursementPausedReasonInfo: { readonly [V in StitchDisbursementPausedReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/disbursement_paused_reason",
  {
    insufficient_funds: {
      description: "The user does not have the necessary funds in their account to complete the request",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-paused-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-paused-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    no_satisfactory_source_bank: {
      description: "The user does not have any suitable source bank accounts capable of initiating a disbursement at this time",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-disbursement-paused-reason"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-paused-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchDisbursementPausedReason. */
export const isStitchDisbursementPausedReason = (value: unknown): value is StitchDisbursementPausedReason => isCodeOf(StitchDisbursementPausedReasonCategories, StitchDisbursementPausedReasonAliases, value);

/** Other wire spellings of StitchRefundErrorReason values (alias -> value). */
export const StitchRefundErrorReasonAliases: { readonly [alias: string]: StitchRefundErrorReason } = {
};
/** The category of every StitchRefundErrorReason value and alias: all a listener needs to read one. */
export const StitchRefundErrorReasonCategories: { readonly [spelling: string]: Category } = {
  bank_error: "institution_unavailable",
  bank_processing_error: "institution_unavailable",
  insufficient_funds: "rejected",
  restricted_account: "account_unavailable",
  inactive_account: "account_unavailable",
  exceeded_limit: "rejected",
  invalid_account: "account_unavailable",
  beneficiary_bank_processing_error: "institution_unavailable",
  invalid_transaction_details: "rejected",
  payment_not_received: "rejected",
  invalid_destination: "account_unavailable",
  internal_error: "generic_failure",
};
/**
 * Refund error reason (RefundErrorReason): Why a refund failed, a GraphQL enum whose values are
 * snake_case, sent as spelt. Its texts are the enum page's: most are the same as
 * DisbursementErrorReason's (insufficient_funds speaks of 'the disbursement' here too). Wire field:
 * reason of a failed refund (RefundErrorReason).
 */
export const StitchRefundErrorReason: {
  /**
   * There was a problem communicating with the processing bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly bank_error: "bank_error";
  /**
   * An internal error occurred inside the bank while trying to process the transaction.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly bank_processing_error: "bank_processing_error";
  /**
   * The account from which the disbursement was to be made had insufficient_funds for longer than
   * the allowed duration
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * There was a restriction on the account. This could be anything from FICA compliance to the
   * account being manually frozen.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly restricted_account: "restricted_account";
  /**
   * The account is inactive. This can be remedied by reactivating it.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly inactive_account: "inactive_account";
  /**
   * A limit was exceeded.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly exceeded_limit: "exceeded_limit";
  /**
   * The account was not found. It may have been closed or cannot process this type of transaction.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly invalid_account: "invalid_account";
  /**
   * The recipient bank did not accept the transaction. Common causes are the beneficiary bank not
   * responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly beneficiary_bank_processing_error: "beneficiary_bank_processing_error";
  /**
   * The details (e.g. account number or branch code) were rejected by the bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly invalid_transaction_details: "invalid_transaction_details";
  /**
   * The payment associated with the refund has not been received yet
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly payment_not_received: "payment_not_received";
  /**
   * The provided beneficiary account is invalid
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Stitch's published text.
   * @deprecated Marked @deprecated in the enum; DisbursementReversedReason's page says of its own
   * invalid_destination: "No longer supported".
   */
  readonly invalid_destination: "invalid_destination";
  /**
   * An internal error (a deprecated value, its text not read).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * @deprecated Marked @deprecated in the enum.
   */
  readonly internal_error: "internal_error";
} = /* @__PURE__ */ membersOf(StitchRefundErrorReasonCategories, StitchRefundErrorReasonAliases);
export type StitchRefundErrorReason = (typeof StitchRefundErrorReason)[keyof typeof StitchRefundErrorReason];
/** A StitchRefundErrorReason as read from the wire: a known value or any other string. */
export type StitchRefundErrorReasonOrUnknown = StitchRefundErrorReason | (string & {});
/** The catalog's metadata of every StitchRefundErrorReason value. */
export const StitchRefundErrorReasonInfo: { readonly [V in StitchRefundErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/refund_error_reason",
  {
    bank_error: {
      description: "There was a problem communicating with the processing bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_processing_error: {
      description: "An internal error occurred inside the bank while trying to process the transaction.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    restricted_account: {
      description: "There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    inactive_account: {
      description: "The account is inactive. This can be remedied by reactivating it.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    exceeded_limit: {
      description: "A limit was exceeded.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account: {
      description: "The account was not found. It may have been closed or cannot process this type of transaction.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    beneficiary_bank_processing_error: {
      description: "The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_transaction_details: {
      description: "The details (e.g. account number or branch code) were rejected by the bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_not_received: {
      description: "The payment associated with the refund has not been received yet",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-refund-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_destination: {
      description: "The provided beneficiary account is invalid",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason", "stitch-api-disbursement-reversed-reason"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Marked @deprecated in the enum; DisbursementReversedReason's page says of its own invalid_destination: \"No longer supported\".",
      },
      wording: {
        description: { by: "provider", sources: ["stitch-api-disbursement-reversed-reason"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    internal_error: {
      description: "An internal error (a deprecated value, its text not read).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-refund-error-reason"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "Marked @deprecated in the enum." },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchRefundErrorReason. */
export const isStitchRefundErrorReason = (value: unknown): value is StitchRefundErrorReason => isCodeOf(StitchRefundErrorReasonCategories, StitchRefundErrorReasonAliases, value);

/** Other wire spellings of StitchFailureReason values (alias -> value). */
export const StitchFailureReasonAliases: { readonly [alias: string]: StitchFailureReason } = {
};
/** The category of every StitchFailureReason value and alias: all a listener needs to read one. */
export const StitchFailureReasonCategories: { readonly [spelling: string]: Category } = {
  cancelled: "cancelled",
  forbidden: "rejected",
  insufficientFunds: "rejected",
  exceededAccountLimits: "rejected",
  bankIntegrationFailure: "institution_unavailable",
};
/**
 * Failure reason (FailureReason): The way a request failed: Stitch's FailureReason enum ("The way a
 * request failed."), its five values in camelCase, sent as spelt. The enum's page does not say
 * which object's field holds it (the part of the reference read), so no payload kind reads it;
 * lookup knows it. Texts are the enum page's. Wire field: a FailureReason (the object and field
 * that hold it were not read).
 */
export const StitchFailureReason: {
  /**
   * Request was cancelled by user
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly cancelled: "cancelled";
  /**
   * The user's bank prohibited execution of the request
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly forbidden: "forbidden";
  /**
   * The user does not have the necessary funds in their account to complete the request
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly insufficientFunds: "insufficientFunds";
  /**
   * This operation failed as it exceeded a limit defined on the account
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly exceededAccountLimits: "exceededAccountLimits";
  /**
   * This operation failed due to bank downtime or an unexpected error that ocurred between the
   * integration with the user's bank and the stitch api
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Stitch's published text.
   */
  readonly bankIntegrationFailure: "bankIntegrationFailure";
} = /* @__PURE__ */ membersOf(StitchFailureReasonCategories, StitchFailureReasonAliases);
export type StitchFailureReason = (typeof StitchFailureReason)[keyof typeof StitchFailureReason];
/** A StitchFailureReason as read from the wire: a known value or any other string. */
export type StitchFailureReasonOrUnknown = StitchFailureReason | (string & {});
/** The catalog's metadata of every StitchFailureReason value. */
export const StitchFailureReasonInfo: { readonly [V in StitchFailureReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/failure_reason",
  {
    cancelled: {
      description: "Request was cancelled by user",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-failure-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-failure-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden: {
      description: "The user's bank prohibited execution of the request",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-failure-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-failure-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficientFunds: {
      description: "The user does not have the necessary funds in their account to complete the request",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-failure-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-failure-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    exceededAccountLimits: {
      description: "This operation failed as it exceeded a limit defined on the account",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-failure-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-failure-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bankIntegrationFailure: {
      description: "This operation failed due to bank downtime or an unexpected error that ocurred between the integration with the user's bank and the stitch api",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["stitch-api-failure-reason"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-api-failure-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchFailureReason. */
export const isStitchFailureReason = (value: unknown): value is StitchFailureReason => isCodeOf(StitchFailureReasonCategories, StitchFailureReasonAliases, value);

/** Other wire spellings of StitchGraphqlErrorCode values (alias -> value). */
export const StitchGraphqlErrorCodeAliases: { readonly [alias: string]: StitchGraphqlErrorCode } = {
};
/** The category of every StitchGraphqlErrorCode value and alias: all a listener needs to read one. */
export const StitchGraphqlErrorCodeCategories: { readonly [spelling: string]: Category } = {
  FORBIDDEN: "integration_error",
  UNAUTHENTICATED: "integration_error",
};
/**
 * GraphQL error code (extensions.code): The code of an error in a Stitch API response's errors list
 * (errors[].extensions.code). The API answers a GraphQL error with HTTP 200 ("our API will return a
 * 200 OK HTTP status unless a network outage occurs"), and a query may partially fail: data holds
 * what resolved, errors what did not. Only the codes of the Error Handling page's example and of
 * the Token Lifetimes page's expired-token response were read; the Error Handling page's table of
 * codes was not read. Wire field: errors[].extensions.code of a GraphQL response.
 */
export const StitchGraphqlErrorCode: {
  /**
   * The token lacks a scope the query needs; extensions.missingScopes lists the missing scopes.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Token is missing the following scope: balances
   * Whose words: description: bankcodes' wording; message: Stitch's published text.
   * HTTP: 200.
   */
  readonly FORBIDDEN: "FORBIDDEN";
  /**
   * Queries to the Stitch API with an expired client or user token will yield the following
   * response
   * Category: integration_error (Integration error); retryable: no.
   * Message: UNAUTHENTICATED: Token is expired or malformed
   * Whose words: description: Stitch's published text; message: Stitch's published text.
   */
  readonly UNAUTHENTICATED: "UNAUTHENTICATED";
} = /* @__PURE__ */ membersOf(StitchGraphqlErrorCodeCategories, StitchGraphqlErrorCodeAliases);
export type StitchGraphqlErrorCode = (typeof StitchGraphqlErrorCode)[keyof typeof StitchGraphqlErrorCode];
/** A StitchGraphqlErrorCode as read from the wire: a known value or any other string. */
export type StitchGraphqlErrorCodeOrUnknown = StitchGraphqlErrorCode | (string & {});
/** The catalog's metadata of every StitchGraphqlErrorCode value. */
export const StitchGraphqlErrorCodeInfo: { readonly [V in StitchGraphqlErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/graphql_error_code",
  {
    FORBIDDEN: {
      description: "The token lacks a scope the query needs; extensions.missingScopes lists the missing scopes.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [200],
      sources: ["stitch-docs-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["stitch-docs-error-handling"] },
      },
      message: "Token is missing the following scope: balances",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNAUTHENTICATED: {
      description: "Queries to the Stitch API with an expired client or user token will yield the following response",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-token-lifetimes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-docs-token-lifetimes"] },
        message: { by: "provider", sources: ["stitch-docs-token-lifetimes"] },
      },
      message: "UNAUTHENTICATED: Token is expired or malformed",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_access_token",
      factSources: { next_step: ["stitch-docs-token-lifetimes"] },
    },
  },
);
/** Whether a value is a known StitchGraphqlErrorCode. */
export const isStitchGraphqlErrorCode = (value: unknown): value is StitchGraphqlErrorCode => isCodeOf(StitchGraphqlErrorCodeCategories, StitchGraphqlErrorCodeAliases, value);

/** Other wire spellings of StitchWebhookEventType values (alias -> value). */
export const StitchWebhookEventTypeAliases: { readonly [alias: string]: StitchWebhookEventType } = {
};
/** The category of every StitchWebhookEventType value and alias: all a listener needs to read one. */
export const StitchWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  payment: "informational",
  "payment.confirmation": "informational",
  "payment-consent-request": "informational",
  transaction: "informational",
  refund: "informational",
  disbursement: "informational",
  settlement: "informational",
  "direct-deposit": "informational",
  "payment-initiation": "informational",
  "payment-initiation.confirmation": "informational",
};
/**
 * Webhook event type (filterTypes): The event types a webhook subscription filters on
 * (filterTypes): what the events sent to its url are about. The Event Types page's table; three are
 * marked deprecated there. Wire field: filterTypes of a webhook subscription.
 */
export const StitchWebhookEventType: {
  /**
   * For all products that incorporate payment requests, including Pay by Bank, Capitec Pay, Card
   * (Once-off), Manual EFT and Cash. This webhook will be sent on each payment request status
   * update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly payment: "payment";
  /**
   * For all products that incorporate payment requests, and when a Stitch intermediary account is
   * used, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This will be
   * sent whenever funds are received for the payment request, in the intermediary account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly payment_confirmation: "payment.confirmation";
  /**
   * For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated
   * consent status updates.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly payment_consent_request: "payment-consent-request";
  /**
   * For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated
   * transaction status updates.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly transaction: "transaction";
  /**
   * For the Refunds product. This will be sent on each refund status update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly refund: "refund";
  /**
   * For the Disbursements product. This will be sent on each disbursement status update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly disbursement: "disbursement";
  /**
   * For the Settlements product, when a Stitch intermediary account is used for payins. This will
   * be sent on each settlement status update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly settlement: "settlement";
  /**
   * For the Direct Deposits product, when a Stitch intermediary account is used for payins. This
   * will be sent whenever funds are received for a direct deposit, in the intermediary account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   * @deprecated Marked [Deprecated] in the Event Types table.
   */
  readonly direct_deposit: "direct-deposit";
  /**
   * For the LinkPay product. This will be sent on each payment initiation status update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   * @deprecated Marked [Deprecated] in the Event Types table.
   */
  readonly payment_initiation: "payment-initiation";
  /**
   * For the LinkPay product, and when a Stitch intermediary account is used. This will be sent
   * whenever funds are received for the payment initiation, in the intermediary account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Stitch's published text.
   * @deprecated Marked [Deprecated] in the Event Types table.
   */
  readonly payment_initiation_confirmation: "payment-initiation.confirmation";
} = /* @__PURE__ */ membersOf(StitchWebhookEventTypeCategories, StitchWebhookEventTypeAliases, {
  "payment.confirmation": "payment_confirmation",
  "payment-consent-request": "payment_consent_request",
  "direct-deposit": "direct_deposit",
  "payment-initiation": "payment_initiation",
  "payment-initiation.confirmation": "payment_initiation_confirmation",
});
export type StitchWebhookEventType = (typeof StitchWebhookEventType)[keyof typeof StitchWebhookEventType];
/** A StitchWebhookEventType as read from the wire: a known value or any other string. */
export type StitchWebhookEventTypeOrUnknown = StitchWebhookEventType | (string & {});
/** The catalog's metadata of every StitchWebhookEventType value. */
export const StitchWebhookEventTypeInfo: { readonly [V in StitchWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/webhook_event_type",
  {
    payment: {
      description: "For all products that incorporate payment requests, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This webhook will be sent on each payment request status update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.confirmation": {
      name: "payment_confirmation",
      description: "For all products that incorporate payment requests, and when a Stitch intermediary account is used, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This will be sent whenever funds are received for the payment request, in the intermediary account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment-consent-request": {
      name: "payment_consent_request",
      description: "For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated consent status updates.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-docs-webhooks-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    transaction: {
      description: "For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated transaction status updates.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-docs-webhooks-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refund: {
      description: "For the Refunds product. This will be sent on each refund status update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    disbursement: {
      description: "For the Disbursements product. This will be sent on each disbursement status update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    settlement: {
      description: "For the Settlements product, when a Stitch intermediary account is used for payins. This will be sent on each settlement status update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["stitch-docs-webhooks-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "direct-deposit": {
      name: "direct_deposit",
      description: "For the Direct Deposits product, when a Stitch intermediary account is used for payins. This will be sent whenever funds are received for a direct deposit, in the intermediary account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "Marked [Deprecated] in the Event Types table." },
      wording: { description: { by: "provider", sources: ["stitch-docs-webhooks-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment-initiation": {
      name: "payment_initiation",
      description: "For the LinkPay product. This will be sent on each payment initiation status update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "Marked [Deprecated] in the Event Types table." },
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment-initiation.confirmation": {
      name: "payment_initiation_confirmation",
      description: "For the LinkPay product, and when a Stitch intermediary account is used. This will be sent whenever funds are received for the payment initiation, in the intermediary account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
      deprecated: true,
      lifecycle: { state: "deprecated", note: "Marked [Deprecated] in the Event Types table." },
      wording: {
        description: {
          by: "provider",
          sources: ["stitch-docs-webhooks-types", "stitch-docs-webhooks-v2"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchWebhookEventType. */
export const isStitchWebhookEventType = (value: unknown): value is StitchWebhookEventType => isCodeOf(StitchWebhookEventTypeCategories, StitchWebhookEventTypeAliases, value);

/** Other wire spellings of StitchPaymentInitiationStatus values (alias -> value). */
export const StitchPaymentInitiationStatusAliases: { readonly [alias: string]: StitchPaymentInitiationStatus } = {
};
/** The category of every StitchPaymentInitiationStatus value and alias: all a listener needs to read one. */
export const StitchPaymentInitiationStatusCategories: { readonly [spelling: string]: Category } = {
  PaymentInitiationCompleted: "success",
  PaymentInitiationPending: "pending",
  PaymentInitiationFailed: "rejected",
  PaymentInitiationCancelled: "cancelled",
  PaymentInitiationExpired: "session_expired",
};
/**
 * LinkPay payment initiation status (PaymentInitiationStatus): Where a LinkPay payment initiation
 * (a payment from a linked account) stands: the type of its status, one of the five objects of the
 * PaymentInitiationStatus union (status.__typename). Stitch's webhook event types mark LinkPay's
 * payment-initiation events deprecated. Wire field: status.__typename of a PaymentInitiation
 * (LinkPay).
 */
export const StitchPaymentInitiationStatus: {
  /**
   * Details relating to a successful payment initiation.
   * Category: success (Success); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationCompleted: "PaymentInitiationCompleted";
  /**
   * Details relating to a pending payment initiation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationPending: "PaymentInitiationPending";
  /**
   * Payment initiation has failed to complete.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationFailed: "PaymentInitiationFailed";
  /**
   * Details relating to a cancelled payment initiation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationCancelled: "PaymentInitiationCancelled";
  /**
   * Payment initiation expired before the user attempted to pay
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Stitch's published text.
   */
  readonly PaymentInitiationExpired: "PaymentInitiationExpired";
} = /* @__PURE__ */ membersOf(StitchPaymentInitiationStatusCategories, StitchPaymentInitiationStatusAliases);
export type StitchPaymentInitiationStatus = (typeof StitchPaymentInitiationStatus)[keyof typeof StitchPaymentInitiationStatus];
/** A StitchPaymentInitiationStatus as read from the wire: a known value or any other string. */
export type StitchPaymentInitiationStatusOrUnknown = StitchPaymentInitiationStatus | (string & {});
/** The catalog's metadata of every StitchPaymentInitiationStatus value. */
export const StitchPaymentInitiationStatusInfo: { readonly [V in StitchPaymentInitiationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/payment_initiation_status",
  {
    PaymentInitiationCompleted: {
      description: "Details relating to a successful payment initiation.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationPending: {
      description: "Details relating to a pending payment initiation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationFailed: {
      description: "Payment initiation has failed to complete.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationCancelled: {
      description: "Details relating to a cancelled payment initiation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The payment was cancelled.",
          action: "Start the payment again if you still want to pay.",
        },
        fr: {
          message: "Le paiement a été annulé.",
          action: "Recommencez le paiement si vous souhaitez toujours payer.",
        },
        ar: {
          message: "تم إلغاء الدفع.",
          action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
        },
        es: {
          message: "El pago fue cancelado.",
          action: "Inicie el pago de nuevo si todavía desea pagar.",
        },
        pt: {
          message: "O pagamento foi cancelado.",
          action: "Inicie o pagamento novamente se ainda quiser pagar.",
        },
      },
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentInitiationExpired: {
      description: "Payment initiation expired before the user attempted to pay",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The payment request expired before it was paid.",
          action: "Start the payment again if you still want to pay.",
        },
        fr: {
          message: "La demande de paiement a expiré avant d'être payée.",
          action: "Recommencez le paiement si vous souhaitez toujours payer.",
        },
        ar: {
          message: "انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
          action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
        },
        es: {
          message: "La solicitud de pago caducó antes de pagarse.",
          action: "Inicie el pago de nuevo si todavía desea pagar.",
        },
        pt: {
          message: "A solicitação de pagamento expirou antes de ser paga.",
          action: "Inicie o pagamento novamente se ainda quiser pagar.",
        },
      },
      httpStatuses: [],
      sources: ["stitch-api-payment-initiation-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["stitch-api-payment-initiation-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchPaymentInitiationStatus. */
export const isStitchPaymentInitiationStatus = (value: unknown): value is StitchPaymentInitiationStatus => isCodeOf(StitchPaymentInitiationStatusCategories, StitchPaymentInitiationStatusAliases, value);

/** Other wire spellings of StitchTokenError values (alias -> value). */
export const StitchTokenErrorAliases: { readonly [alias: string]: StitchTokenError } = {
};
/** The category of every StitchTokenError value and alias: all a listener needs to read one. */
export const StitchTokenErrorCategories: { readonly [spelling: string]: Category } = {
  invalid_scope: "integration_error",
  invalid_grant: "integration_error",
};
/**
 * Token API error (error): The error of a Stitch Token API response, answered with HTTP 400 and a
 * JSON body {error}: OAuth 2.0's codes, with the reasons the Token API's Error Handling page gives.
 * The page was read to the start of Invalid Grant's reasons; errors after it were not read. An
 * invalid redirect_uri is answered with a body of its own, {redirect_uri: [message]}, which carries
 * no code. Wire field: error of a Token API error body (client and user tokens).
 */
export const StitchTokenError: {
  /**
   * The scope parameter includes scopes not authorised for your client, misspelled scopes, or is
   * not included in the request; or the scopes requested are not separated by a single whitespace.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: You can verify the list of authorised scopes in your credential JSON
   * file under the key allowedScopes. Should you require any additional scopes to be enabled,
   * please reach out to our support engineers.
   * Whose words: description: bankcodes' wording; advice to the integrator: Stitch's published
   * text.
   * HTTP: 400.
   */
  readonly invalid_scope: "invalid_scope";
  /**
   * The token request's grant was not accepted, for example a client token requested without the
   * scope parameter.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_grant: "invalid_grant";
} = /* @__PURE__ */ membersOf(StitchTokenErrorCategories, StitchTokenErrorAliases);
export type StitchTokenError = (typeof StitchTokenError)[keyof typeof StitchTokenError];
/** A StitchTokenError as read from the wire: a known value or any other string. */
export type StitchTokenErrorOrUnknown = StitchTokenError | (string & {});
/** The catalog's metadata of every StitchTokenError value. */
export const StitchTokenErrorInfo: { readonly [V in StitchTokenError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/stitch/token_error",
  {
    invalid_scope: {
      description: "The scope parameter includes scopes not authorised for your client, misspelled scopes, or is not included in the request; or the scopes requested are not separated by a single whitespace.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["stitch-docs-token-error-handling"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["stitch-docs-token-error-handling"] },
      },
      message: null,
      advice: "You can verify the list of authorised scopes in your credential JSON file under the key allowedScopes. Should you require any additional scopes to be enabled, please reach out to our support engineers.",
      userMessage: null,
      aliases: [],
    },
    invalid_grant: {
      description: "The token request's grant was not accepted, for example a client token requested without the scope parameter.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["stitch-docs-token-error-handling"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known StitchTokenError. */
export const isStitchTokenError = (value: unknown): value is StitchTokenError => isCodeOf(StitchTokenErrorCategories, StitchTokenErrorAliases, value);
