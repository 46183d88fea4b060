// generated from spec/catalog.json — do not edit (run `make generate`)
/** Fintoc (https://fintoc.com): one `as const` object per code set. */
import type { Category } from "./categories.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/**
 * API error code: The code of a Fintoc API error (error.code): the particular error that occurred.
 * Fintoc publishes no list of its error codes; these are the codes its own pages show in error
 * responses. Its Ruby client has an error class per code (lib/fintoc/errors.rb, the code in
 * PascalCase with Error appended), grouped under the HTTP status of each, which gives the statuses
 * here; Fintoc's Python and Node clients show the code in their exception's message but pick the
 * exception's class by error.type. Wire field: error.code (the error object of an API error
 * response).
 */
export const FintocErrorCode = {
  /**
   * A required parameter is missing from the request; param names it.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  missing_parameter: "missing_parameter",
  /**
   * You can't create a Refresh Intent when there is another one in progress
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Fintoc's published text.
   * HTTP: 422.
   */
  refresh_intent_in_progress: "refresh_intent_in_progress",
  /**
   * The request exceeds a rate limit of Fintoc's API.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  rate_limit_exceeded: "rate_limit_exceeded",
  /**
   * The institution indicated that the credentials are invalid. You need to reconnect the account.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   * HTTP: 422.
   */
  rejected_refresh_intent: "rejected_refresh_intent",
} as const;
export type FintocErrorCode = (typeof FintocErrorCode)[keyof typeof FintocErrorCode];
/** A FintocErrorCode as read from the wire: a known value or any other string. */
export type FintocErrorCodeOrUnknown = FintocErrorCode | (string & {});
/** The catalog's metadata of every FintocErrorCode value. */
export const FintocErrorCodeInfo: { readonly [V in FintocErrorCode]: CodeInfo } = {
  missing_parameter: {
    description: "A required parameter is missing from the request; param names it.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: [
      "fintoc-errors-object",
      "fintoc-errors-object-api",
      "fintoc-errors-object-es",
      "fintoc-ruby-errors",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-errors-object"] } },
  },
  refresh_intent_in_progress: {
    description: "You can't create a Refresh Intent when there is another one in progress",
    message: null,
    category: "concurrent_operation",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [422],
    sources: ["fintoc-refresh-intents-errors", "fintoc-ruby-errors"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-refresh-intents-errors"] } },
  },
  rate_limit_exceeded: {
    description: "The request exceeds a rate limit of Fintoc's API.",
    message: null,
    category: "rate_limited",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [429],
    sources: ["fintoc-refresh-intents-errors", "fintoc-ruby-errors", "fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "bankcodes",
        sources: ["fintoc-refresh-intents-errors", "fintoc-errors-status-codes"],
      },
    },
  },
  rejected_refresh_intent: {
    description: "The institution indicated that the credentials are invalid. You need to reconnect the account.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [422],
    sources: ["fintoc-refresh-intents-errors", "fintoc-ruby-errors"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-refresh-intents-errors"] } },
  },
};
/** Other wire spellings of FintocErrorCode values (alias -> value). */
export const FintocErrorCodeAliases: { readonly [alias: string]: FintocErrorCode } = {
};
/** The category of every FintocErrorCode value and alias: all a listener needs to read one. */
export const FintocErrorCodeCategories: { readonly [spelling: string]: Category } = {
  missing_parameter: "integration_error",
  refresh_intent_in_progress: "concurrent_operation",
  rate_limit_exceeded: "rate_limited",
  rejected_refresh_intent: "reconnect_required",
};
/** Whether a value is a known FintocErrorCode. */
export const isFintocErrorCode = (value: unknown): value is FintocErrorCode => isCodeOf(FintocErrorCodeCategories, FintocErrorCodeAliases, value);

/**
 * API error type: The type of a Fintoc API error (error.type). Fintoc's Python and Node clients
 * raise the exception class named after it (api_error: ApiError), and FintocError for any other
 * type. Fintoc publishes no text per type: where its Python client's class has a docstring, that is
 * the description. Wire field: error.type (the error object of an API error response).
 */
export const FintocErrorType = {
  /**
   * Represents an error with the API server.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  api_error: "api_error",
  /**
   * Represents an error with the authentication.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  authentication_error: "authentication_error",
  /**
   * Represents an error with a Link object.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  link_error: "link_error",
  /**
   * Represents an error with an Institution object.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  institution_error: "institution_error",
  /**
   * Represents an error because of an invalid request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  invalid_request_error: "invalid_request_error",
  /**
   * An error about a transfer to a new contact, sent only when payments are pre-validated.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  new_contact_error: "new_contact_error",
  /**
   * An error about a payment's amount, sent only when payments are pre-validated.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  amount_error: "amount_error",
} as const;
export type FintocErrorType = (typeof FintocErrorType)[keyof typeof FintocErrorType];
/** A FintocErrorType as read from the wire: a known value or any other string. */
export type FintocErrorTypeOrUnknown = FintocErrorType | (string & {});
/** The catalog's metadata of every FintocErrorType value. */
export const FintocErrorTypeInfo: { readonly [V in FintocErrorType]: CodeInfo } = {
  api_error: {
    description: "Represents an error with the API server.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  authentication_error: {
    description: "Represents an error with the authentication.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  link_error: {
    description: "Represents an error with a Link object.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-errors-object",
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-refresh-intents-errors",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  institution_error: {
    description: "Represents an error with an Institution object.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  invalid_request_error: {
    description: "Represents an error because of an invalid request.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  new_contact_error: {
    description: "An error about a transfer to a new contact, sent only when payments are pre-validated.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  amount_error: {
    description: "An error about a payment's amount, sent only when payments are pre-validated.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-object"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
};
/** Other wire spellings of FintocErrorType values (alias -> value). */
export const FintocErrorTypeAliases: { readonly [alias: string]: FintocErrorType } = {
};
/** The category of every FintocErrorType value and alias: all a listener needs to read one. */
export const FintocErrorTypeCategories: { readonly [spelling: string]: Category } = {
  api_error: "generic_failure",
  authentication_error: "integration_error",
  link_error: "reconnect_required",
  institution_error: "institution_unavailable",
  invalid_request_error: "integration_error",
  new_contact_error: "rejected",
  amount_error: "rejected",
};
/** Whether a value is a known FintocErrorType. */
export const isFintocErrorType = (value: unknown): value is FintocErrorType => isCodeOf(FintocErrorTypeCategories, FintocErrorTypeAliases, value);

/**
 * Payment Intent error reason: Why a Payment Intent failed (error_reason), for bank transfers: the
 * values Fintoc's error reason page lists, whose stored copies are of Chile (each row's country);
 * Fintoc may add more at any time. The list on the current page runs on past the stored copies
 * (after unresolved_final_status), so later rows are not here. Fintoc's Spanish page gives the same
 * list in Spanish. Wire field: error_reason (the Payment Intent object; data.error_reason of
 * payment_intent.* events).
 */
export const FintocPaymentErrorReason = {
  /**
   * The bank blocked the transfers service for this account.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  bank_account_locked: "bank_account_locked",
  /**
   * Fintoc had a problem connecting with the selected bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  bank_connection_error: "bank_connection_error",
  /**
   * The selected bank is temporarily unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  bank_not_available: "bank_not_available",
  /**
   * The maximum amount available to transfer was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  amount_limit_reached: "amount_limit_reached",
  /**
   * The account doesn’t have enough money to execute the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  insufficient_funds: "insufficient_funds",
  /**
   * The bank indicated that the user’s credentials are locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  login_credentials_locked: "login_credentials_locked",
  /**
   * The bank indicated that the user’s credentials are invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  login_invalid_credentials: "login_invalid_credentials",
  /**
   * The amount exceeds the maximum amount allowed for that bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  maximum_amount_error: "maximum_amount_error",
  /**
   * The user did not authorize the transfer with their multifactor method.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  mfa_authorization_timeout: "mfa_authorization_timeout",
  /**
   * The bank indicated that the multifactor authorization was invalid.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  mfa_invalid_authorization: "mfa_invalid_authorization",
  /**
   * The multifactor authentication method is locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  mfa_locked: "mfa_locked",
  /**
   * The multifactor authentication method is unavailable.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  mfa_unavailable: "mfa_unavailable",
  /**
   * The amount exceeds the maximum amount permitted for new contacts.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  new_contact_amount_limit_reached: "new_contact_amount_limit_reached",
  /**
   * The maximum number of transfers for new contacts was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  new_contact_transfer_number_limit_reached: "new_contact_transfer_number_limit_reached",
  /**
   * The bank indicated that the recipient account is not allowed to receive transfers.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  recipient_account_not_allowed: "recipient_account_not_allowed",
  /**
   * The bank can’t provide a definite answer on whether this payment was completed or not. This
   * reason will only appear for pending payments that could not be validated after 10 days.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  unresolved_final_status: "unresolved_final_status",
  /**
   * The user abandoned the payment process before selecting an account or entering their bank
   * account´s credentials.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  user_left: "user_left",
} as const;
export type FintocPaymentErrorReason = (typeof FintocPaymentErrorReason)[keyof typeof FintocPaymentErrorReason];
/** A FintocPaymentErrorReason as read from the wire: a known value or any other string. */
export type FintocPaymentErrorReasonOrUnknown = FintocPaymentErrorReason | (string & {});
/** The catalog's metadata of every FintocPaymentErrorReason value. */
export const FintocPaymentErrorReasonInfo: { readonly [V in FintocPaymentErrorReason]: CodeInfo } = {
  bank_account_locked: {
    description: "The bank blocked the transfers service for this account.",
    message: null,
    category: "action_required_at_institution",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "Your bank has blocked transfers from this account.",
        action: "Contact your bank to unblock transfers, or pay from another account.",
      },
      fr: {
        message: "Votre banque a bloqué les virements depuis ce compte.",
        action: "Contactez votre banque pour débloquer les virements, ou payez depuis un autre compte.",
      },
      ar: {
        message: "حظر بنكك التحويلات من هذا الحساب.",
        action: "تواصل مع بنكك لإلغاء حظر التحويلات، أو ادفع من حساب آخر.",
      },
      es: {
        message: "Su banco bloqueó las transferencias desde esta cuenta.",
        action: "Comuníquese con su banco para desbloquear las transferencias o pague desde otra cuenta.",
      },
      pt: {
        message: "Seu banco bloqueou as transferências desta conta.",
        action: "Entre em contato com seu banco para desbloquear as transferências ou pague com outra conta.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  bank_connection_error: {
    description: "Fintoc had a problem connecting with the selected bank.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  bank_not_available: {
    description: "The selected bank is temporarily unavailable.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  amount_limit_reached: {
    description: "The maximum amount available to transfer was reached.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "The amount is over the limit your bank allows for this transfer.",
        action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
      },
      fr: {
        message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
        action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
      },
      ar: {
        message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
        action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
      },
      es: {
        message: "El monto supera el límite que su banco permite para esta transferencia.",
        action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
      },
      pt: {
        message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
        action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  insufficient_funds: {
    description: "The account doesn’t have enough money to execute the payment.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "Your account does not have enough money for this payment.",
        action: "Add money to your account or pay from another account, then try again.",
      },
      fr: {
        message: "Votre compte n'a pas assez d'argent pour ce paiement.",
        action: "Approvisionnez votre compte ou payez depuis un autre compte, puis réessayez.",
      },
      ar: {
        message: "لا يحتوي حسابك على رصيد كافٍ لهذا الدفع.",
        action: "أضف أموالاً إلى حسابك أو ادفع من حساب آخر، ثم حاول مرة أخرى.",
      },
      es: {
        message: "Su cuenta no tiene saldo suficiente para este pago.",
        action: "Agregue fondos a su cuenta o pague desde otra cuenta y vuelva a intentarlo.",
      },
      pt: {
        message: "Sua conta não tem saldo suficiente para este pagamento.",
        action: "Adicione saldo à sua conta ou pague com outra conta e tente novamente.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  login_credentials_locked: {
    description: "The bank indicated that the user’s credentials are locked.",
    message: null,
    category: "attempts_exhausted",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  login_invalid_credentials: {
    description: "The bank indicated that the user’s credentials are invalid.",
    message: null,
    category: "credentials_invalid",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  maximum_amount_error: {
    description: "The amount exceeds the maximum amount allowed for that bank.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "The amount is over the limit your bank allows for this transfer.",
        action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
      },
      fr: {
        message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
        action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
      },
      ar: {
        message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
        action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
      },
      es: {
        message: "El monto supera el límite que su banco permite para esta transferencia.",
        action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
      },
      pt: {
        message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
        action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  mfa_authorization_timeout: {
    description: "The user did not authorize the transfer with their multifactor method.",
    message: null,
    category: "mfa_failed",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "The payment was not approved in time with your bank's verification method.",
        action: "Start the payment again and approve it when your bank asks.",
      },
      fr: {
        message: "Le paiement n'a pas été approuvé à temps avec la méthode de vérification de votre banque.",
        action: "Recommencez le paiement et approuvez-le lorsque votre banque vous le demande.",
      },
      ar: {
        message: "لم تتم الموافقة على الدفع في الوقت المحدد بطريقة التحقق الخاصة ببنكك.",
        action: "ابدأ الدفع من جديد ووافق عليه عندما يطلب بنكك ذلك.",
      },
      es: {
        message: "El pago no se aprobó a tiempo con el método de verificación de su banco.",
        action: "Inicie el pago de nuevo y apruébelo cuando su banco se lo solicite.",
      },
      pt: {
        message: "O pagamento não foi aprovado a tempo com o método de verificação do seu banco.",
        action: "Inicie o pagamento novamente e aprove-o quando seu banco solicitar.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  mfa_invalid_authorization: {
    description: "The bank indicated that the multifactor authorization was invalid.",
    message: null,
    category: "mfa_failed",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  mfa_locked: {
    description: "The multifactor authentication method is locked.",
    message: null,
    category: "attempts_exhausted",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  mfa_unavailable: {
    description: "The multifactor authentication method is unavailable.",
    message: null,
    category: "action_required_at_institution",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  new_contact_amount_limit_reached: {
    description: "The amount exceeds the maximum amount permitted for new contacts.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
        action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
      },
      fr: {
        message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
        action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
      },
      ar: {
        message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
        action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
      },
      es: {
        message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
        action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
      },
      pt: {
        message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
        action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  new_contact_transfer_number_limit_reached: {
    description: "The maximum number of transfers for new contacts was reached.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    endUser: {
      en: {
        message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
        action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
      },
      fr: {
        message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
        action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
      },
      ar: {
        message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
        action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
      },
      es: {
        message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
        action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
      },
      pt: {
        message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
        action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  recipient_account_not_allowed: {
    description: "The bank indicated that the recipient account is not allowed to receive transfers.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
  },
  unresolved_final_status: {
    description: "The bank can’t provide a definite answer on whether this payment was completed or not. This reason will only appear for pending payments that could not be validated after 10 days.",
    message: null,
    category: "generic_failure",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    endUser: {
      en: {
        message: "Your bank has not confirmed whether this payment went through.",
        action: "Check your bank account to see whether the money has left it, and contact support.",
      },
      fr: {
        message: "Votre banque n'a pas confirmé si ce paiement a abouti.",
        action: "Vérifiez sur votre compte bancaire si l'argent en est sorti, et contactez le support.",
      },
      ar: {
        message: "لم يؤكد بنكك ما إذا كان هذا الدفع قد تم.",
        action: "تحقق في حسابك البنكي مما إذا كان المال قد خرج منه، وتواصل مع الدعم.",
      },
      es: {
        message: "Su banco no ha confirmado si este pago se realizó.",
        action: "Revise en su cuenta bancaria si el dinero salió de ella y comuníquese con soporte.",
      },
      pt: {
        message: "Seu banco não confirmou se este pagamento foi concluído.",
        action: "Confira na sua conta bancária se o dinheiro saiu dela e entre em contato com o suporte.",
      },
    },
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intent-error-reason",
      "fintoc-payment-intent-error-reason-es",
      "fintoc-payment-intent-error-reason-country",
    ],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["fintoc-payment-intent-error-reason-country"] },
    },
  },
  user_left: {
    description: "The user abandoned the payment process before selecting an account or entering their bank account´s credentials.",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-payment-intent-error-reason-legacy"],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["fintoc-payment-intent-error-reason-legacy"] },
    },
  },
};
/** Other wire spellings of FintocPaymentErrorReason values (alias -> value). */
export const FintocPaymentErrorReasonAliases: { readonly [alias: string]: FintocPaymentErrorReason } = {
};
/** The category of every FintocPaymentErrorReason value and alias: all a listener needs to read one. */
export const FintocPaymentErrorReasonCategories: { readonly [spelling: string]: Category } = {
  bank_account_locked: "action_required_at_institution",
  bank_connection_error: "institution_unavailable",
  bank_not_available: "institution_unavailable",
  amount_limit_reached: "rejected",
  insufficient_funds: "rejected",
  login_credentials_locked: "attempts_exhausted",
  login_invalid_credentials: "credentials_invalid",
  maximum_amount_error: "rejected",
  mfa_authorization_timeout: "mfa_failed",
  mfa_invalid_authorization: "mfa_failed",
  mfa_locked: "attempts_exhausted",
  mfa_unavailable: "action_required_at_institution",
  new_contact_amount_limit_reached: "rejected",
  new_contact_transfer_number_limit_reached: "rejected",
  recipient_account_not_allowed: "integration_error",
  unresolved_final_status: "generic_failure",
  user_left: "cancelled",
};
/** Whether a value is a known FintocPaymentErrorReason. */
export const isFintocPaymentErrorReason = (value: unknown): value is FintocPaymentErrorReason => isCodeOf(FintocPaymentErrorReasonCategories, FintocPaymentErrorReasonAliases, value);

/**
 * Payment Intent status: The status of a Payment Intent, a payment by bank transfer ("Payment
 * status. Can be either created, in_progress, succeeded, failed, pending, expired or rejected").
 * Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the
 * payment_intent.* webhook events where one exists. A failed payment says why in error_reason. Wire
 * field: status (the Payment Intent object; data.status of payment_intent.* events).
 */
export const FintocPaymentIntentStatus = {
  /**
   * The Payment Intent was created; the payment has not started.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  created: "created",
  /**
   * The user is making the payment.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  in_progress: "in_progress",
  /**
   * The payment finished successfully.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  succeeded: "succeeded",
  /**
   * The payment failed; error_reason says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  failed: "failed",
  /**
   * The final status of the payment is not available yet; a later webhook gives it.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  pending: "pending",
  /**
   * The user did not complete the payment in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  expired: "expired",
  /**
   * The user rejected the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  rejected: "rejected",
} as const;
export type FintocPaymentIntentStatus = (typeof FintocPaymentIntentStatus)[keyof typeof FintocPaymentIntentStatus];
/** A FintocPaymentIntentStatus as read from the wire: a known value or any other string. */
export type FintocPaymentIntentStatusOrUnknown = FintocPaymentIntentStatus | (string & {});
/** The catalog's metadata of every FintocPaymentIntentStatus value. */
export const FintocPaymentIntentStatusInfo: { readonly [V in FintocPaymentIntentStatus]: CodeInfo } = {
  created: {
    description: "The Payment Intent was created; the payment has not started.",
    message: null,
    category: "pending",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-payment-intents-object", "fintoc-payment-intents-object-example"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  in_progress: {
    description: "The user is making the payment.",
    message: null,
    category: "pending",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-payment-intents-object", "fintoc-payment-intents-object-example"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  succeeded: {
    description: "The payment finished successfully.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intents-object",
      "fintoc-payment-intents-object-example",
      "fintoc-types-of-events",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
  },
  failed: {
    description: "The payment failed; error_reason says why.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intents-object",
      "fintoc-payment-intents-object-example",
      "fintoc-types-of-events",
      "fintoc-events-types",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-events-types"] } },
  },
  pending: {
    description: "The final status of the payment is not available yet; a later webhook gives it.",
    message: null,
    category: "pending",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intents-object",
      "fintoc-payment-intents-object-example",
      "fintoc-types-of-events",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
  },
  expired: {
    description: "The user did not complete the payment in time.",
    message: null,
    category: "session_expired",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intents-object",
      "fintoc-payment-intents-object-example",
      "fintoc-types-of-events",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
  },
  rejected: {
    description: "The user rejected the payment.",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-payment-intents-object",
      "fintoc-payment-intents-object-example",
      "fintoc-types-of-events",
      "fintoc-events-types",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
  },
};
/** Other wire spellings of FintocPaymentIntentStatus values (alias -> value). */
export const FintocPaymentIntentStatusAliases: { readonly [alias: string]: FintocPaymentIntentStatus } = {
};
/** The category of every FintocPaymentIntentStatus value and alias: all a listener needs to read one. */
export const FintocPaymentIntentStatusCategories: { readonly [spelling: string]: Category } = {
  created: "pending",
  in_progress: "pending",
  succeeded: "success",
  failed: "generic_failure",
  pending: "pending",
  expired: "session_expired",
  rejected: "cancelled",
};
/** Whether a value is a known FintocPaymentIntentStatus. */
export const isFintocPaymentIntentStatus = (value: unknown): value is FintocPaymentIntentStatus => isCodeOf(FintocPaymentIntentStatusCategories, FintocPaymentIntentStatusAliases, value);

/**
 * Refresh Intent status: The status of a Refresh Intent, a request to update a Link or an Account
 * with the institution's latest movements ("Possible values are succeeded, failed and rejected.").
 * Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the webhook
 * events of the same outcomes. A new Refresh Intent that needs multi-factor authentication says so
 * in requires_mfa, not in its status. Wire field: status (the Refresh Intent object; data.status of
 * account.refresh_intent.* and link.refresh_intent.* events).
 */
export const FintocRefreshIntentStatus = {
  /**
   * The update succeeded: the Account has the latest available movements from the bank.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  succeeded: "succeeded",
  /**
   * The update of the movements failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  failed: "failed",
  /**
   * The update failed because the Link's credentials are invalid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  rejected: "rejected",
} as const;
export type FintocRefreshIntentStatus = (typeof FintocRefreshIntentStatus)[keyof typeof FintocRefreshIntentStatus];
/** A FintocRefreshIntentStatus as read from the wire: a known value or any other string. */
export type FintocRefreshIntentStatusOrUnknown = FintocRefreshIntentStatus | (string & {});
/** The catalog's metadata of every FintocRefreshIntentStatus value. */
export const FintocRefreshIntentStatusInfo: { readonly [V in FintocRefreshIntentStatus]: CodeInfo } = {
  succeeded: {
    description: "The update succeeded: the Account has the latest available movements from the bank.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-refresh-intents-object",
      "fintoc-refresh-intents-object-es",
      "fintoc-refresh-intents-object-2023",
      "fintoc-types-of-events-refresh",
      "fintoc-refresh-intents-webhook",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
  },
  failed: {
    description: "The update of the movements failed.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-refresh-intents-object",
      "fintoc-refresh-intents-object-es",
      "fintoc-refresh-intents-object-2023",
      "fintoc-types-of-events-refresh",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
  },
  rejected: {
    description: "The update failed because the Link's credentials are invalid.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-refresh-intents-object",
      "fintoc-refresh-intents-object-es",
      "fintoc-refresh-intents-object-2023",
      "fintoc-types-of-events-refresh",
      "fintoc-refresh-intents-errors",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
  },
};
/** Other wire spellings of FintocRefreshIntentStatus values (alias -> value). */
export const FintocRefreshIntentStatusAliases: { readonly [alias: string]: FintocRefreshIntentStatus } = {
};
/** The category of every FintocRefreshIntentStatus value and alias: all a listener needs to read one. */
export const FintocRefreshIntentStatusCategories: { readonly [spelling: string]: Category } = {
  succeeded: "success",
  failed: "generic_failure",
  rejected: "reconnect_required",
};
/** Whether a value is a known FintocRefreshIntentStatus. */
export const isFintocRefreshIntentStatus = (value: unknown): value is FintocRefreshIntentStatus => isCodeOf(FintocRefreshIntentStatusCategories, FintocRefreshIntentStatusAliases, value);

/**
 * Webhook event type: The type of a Fintoc event (resource.event), which names the object in data.
 * These are the types of the Link, Refresh Intent and Payment Intent events, the objects whose
 * codes the catalog holds; Fintoc sends other events too (account verifications, charges, checkout
 * sessions, payouts, refunds, subscriptions and more) and may add types at any time. link.created
 * is not sent to webhook endpoints: only to the backend URL given to the widget. Wire field: type
 * (every event).
 */
export const FintocWebhookType = {
  /**
   * Triggers when a Link is created
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  link_created: "link.created",
  /**
   * Triggers when the credentials corresponding to a Link change and the Link needs to be
   * reconnected
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  link_credentials_changed: "link.credentials_changed",
  /**
   * Triggers when a Link has been completely updated. For now, it is only triggered for electronic
   * invoices
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  link_refresh_intent_succeeded: "link.refresh_intent.succeeded",
  /**
   * Triggers when an Account is updated with the latest available movements from the bank
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  account_refresh_intent_succeeded: "account.refresh_intent.succeeded",
  /**
   * Triggers when an update of the movements of a specific Account fails. Only available for
   * "Refresh On Demand" plans
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  account_refresh_intent_failed: "account.refresh_intent.failed",
  /**
   * Triggers when an update of the movements of a specific Account fails because the Link
   * credentials are invalid. Only available for "Refresh On Demand" plans
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  account_refresh_intent_rejected: "account.refresh_intent.rejected",
  /**
   * Triggers when the Link's bank deletes transactions.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  account_refresh_intent_movements_removed: "account.refresh_intent.movements_removed",
  /**
   * Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  account_refresh_intent_movements_modified: "account.refresh_intent.movements_modified",
  /**
   * Triggers when a Payment Intent finishes successfully
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_succeeded: "payment_intent.succeeded",
  /**
   * Triggers when a user rejects a Payment Intent
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_rejected: "payment_intent.rejected",
  /**
   * Triggers when a user doesn't complete a Payment Intent
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_expired: "payment_intent.expired",
  /**
   * Triggers when a transfer (Payment Intent ) fails
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_failed: "payment_intent.failed",
  /**
   * Triggers when the final status of the payment is not available yet. A future webhook will be
   * sent with the final status once it's determined.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_pending: "payment_intent.pending",
} as const;
export type FintocWebhookType = (typeof FintocWebhookType)[keyof typeof FintocWebhookType];
/** A FintocWebhookType as read from the wire: a known value or any other string. */
export type FintocWebhookTypeOrUnknown = FintocWebhookType | (string & {});
/** The catalog's metadata of every FintocWebhookType value. */
export const FintocWebhookTypeInfo: { readonly [V in FintocWebhookType]: CodeInfo } = {
  "link.created": {
    name: "link_created",
    description: "Triggers when a Link is created",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "link.credentials_changed": {
    name: "link_credentials_changed",
    description: "Triggers when the credentials corresponding to a Link change and the Link needs to be reconnected",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "link.refresh_intent.succeeded": {
    name: "link_refresh_intent_succeeded",
    description: "Triggers when a Link has been completely updated. For now, it is only triggered for electronic invoices",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "account.refresh_intent.succeeded": {
    name: "account_refresh_intent_succeeded",
    description: "Triggers when an Account is updated with the latest available movements from the bank",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-types-of-events",
      "fintoc-types-of-events-refresh",
      "fintoc-types-of-events-2023",
      "fintoc-refresh-intents-webhook",
    ],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "account.refresh_intent.failed": {
    name: "account_refresh_intent_failed",
    description: "Triggers when an update of the movements of a specific Account fails. Only available for \"Refresh On Demand\" plans",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
  },
  "account.refresh_intent.rejected": {
    name: "account_refresh_intent_rejected",
    description: "Triggers when an update of the movements of a specific Account fails because the Link credentials are invalid. Only available for \"Refresh On Demand\" plans",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
  },
  "account.refresh_intent.movements_removed": {
    name: "account_refresh_intent_movements_removed",
    description: "Triggers when the Link's bank deletes transactions.",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
  },
  "account.refresh_intent.movements_modified": {
    name: "account_refresh_intent_movements_modified",
    description: "Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events-2023"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events-2023"] } },
  },
  "payment_intent.succeeded": {
    name: "payment_intent_succeeded",
    description: "Triggers when a Payment Intent finishes successfully",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-types-of-events",
      "fintoc-types-of-events-refresh",
      "fintoc-python-webhook-test",
    ],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "payment_intent.rejected": {
    name: "payment_intent_rejected",
    description: "Triggers when a user rejects a Payment Intent",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh", "fintoc-events-types"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      },
    },
  },
  "payment_intent.expired": {
    name: "payment_intent_expired",
    description: "Triggers when a user doesn't complete a Payment Intent",
    message: null,
    category: "session_expired",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events"] } },
  },
  "payment_intent.failed": {
    name: "payment_intent_failed",
    description: "Triggers when a transfer (Payment Intent ) fails",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-events-types", "fintoc-types-of-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-events-types"] } },
  },
  "payment_intent.pending": {
    name: "payment_intent_pending",
    description: "Triggers when the final status of the payment is not available yet. A future webhook will be sent with the final status once it's determined.",
    message: null,
    category: "pending",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-types-of-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-types-of-events"] } },
  },
};
/** Other wire spellings of FintocWebhookType values (alias -> value). */
export const FintocWebhookTypeAliases: { readonly [alias: string]: FintocWebhookType } = {
};
/** The category of every FintocWebhookType value and alias: all a listener needs to read one. */
export const FintocWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  "link.created": "success",
  "link.credentials_changed": "reconnect_required",
  "link.refresh_intent.succeeded": "success",
  "account.refresh_intent.succeeded": "success",
  "account.refresh_intent.failed": "generic_failure",
  "account.refresh_intent.rejected": "reconnect_required",
  "account.refresh_intent.movements_removed": "informational",
  "account.refresh_intent.movements_modified": "informational",
  "payment_intent.succeeded": "success",
  "payment_intent.rejected": "cancelled",
  "payment_intent.expired": "session_expired",
  "payment_intent.failed": "generic_failure",
  "payment_intent.pending": "pending",
};
/** Whether a value is a known FintocWebhookType. */
export const isFintocWebhookType = (value: unknown): value is FintocWebhookType => isCodeOf(FintocWebhookTypeCategories, FintocWebhookTypeAliases, value);

/**
 * Exception class of Fintoc's Python and Node clients: The class of the exception fintoc-python
 * raises (fintoc.errors) and fintoc-node throws for an API error response: the class named after
 * error.type in PascalCase, FintocError for a type without a class of its own. The class is all the
 * exception keeps of the error: its message is the text 'type: code (param)', the error's message
 * and 'Check the docs for more info: doc_url' on three lines, and it has no attribute holding the
 * body, the code or the HTTP status. Wire field: the exception's class name (type(error).__name__
 * in Python, error.constructor.name in Node).
 */
export const FintocClientErrorClass = {
  /**
   * Represents an error with the API server.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  ApiError: "ApiError",
  /**
   * Represents an error with the authentication.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  AuthenticationError: "AuthenticationError",
  /**
   * Represents an error with a Link object.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  LinkError: "LinkError",
  /**
   * Represents an error with an Institution object.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  InstitutionError: "InstitutionError",
  /**
   * Represents an error because of an invalid request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  InvalidRequestError: "InvalidRequestError",
  /**
   * Represents the base custom error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  FintocError: "FintocError",
} as const;
export type FintocClientErrorClass = (typeof FintocClientErrorClass)[keyof typeof FintocClientErrorClass];
/** A FintocClientErrorClass as read from the wire: a known value or any other string. */
export type FintocClientErrorClassOrUnknown = FintocClientErrorClass | (string & {});
/** The catalog's metadata of every FintocClientErrorClass value. */
export const FintocClientErrorClassInfo: { readonly [V in FintocClientErrorClass]: CodeInfo } = {
  ApiError: {
    description: "Represents an error with the API server.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  AuthenticationError: {
    description: "Represents an error with the authentication.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  LinkError: {
    description: "Represents an error with a Link object.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  InstitutionError: {
    description: "Represents an error with an Institution object.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  InvalidRequestError: {
    description: "Represents an error because of an invalid request.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
  FintocError: {
    description: "Represents the base custom error.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: [
      "fintoc-python-errors",
      "fintoc-python-utils",
      "fintoc-node-errors",
      "fintoc-node-utils",
    ],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
  },
};
/** Other wire spellings of FintocClientErrorClass values (alias -> value). */
export const FintocClientErrorClassAliases: { readonly [alias: string]: FintocClientErrorClass } = {
};
/** The category of every FintocClientErrorClass value and alias: all a listener needs to read one. */
export const FintocClientErrorClassCategories: { readonly [spelling: string]: Category } = {
  ApiError: "generic_failure",
  AuthenticationError: "integration_error",
  LinkError: "reconnect_required",
  InstitutionError: "institution_unavailable",
  InvalidRequestError: "integration_error",
  FintocError: "generic_failure",
};
/** Whether a value is a known FintocClientErrorClass. */
export const isFintocClientErrorClass = (value: unknown): value is FintocClientErrorClass => isCodeOf(FintocClientErrorClassCategories, FintocClientErrorClassAliases, value);

/**
 * API response status: The HTTP status of a Fintoc API response, with the meaning Fintoc's status
 * code summary gives it. The error's code and type in the body are the more specific facts. Wire
 * field: the HTTP status of an API response.
 */
export const FintocResponseStatus = {
  /**
   * The request succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  OK: 200,
  /**
   * The request contains invalid information. Correct the information before retrying the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  BAD_REQUEST: 400,
  /**
   * Your API key is invalid or incorrectly formatted.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  UNAUTHORIZED: 401,
  /**
   * You must pay to continue using the service.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  PAYMENT_REQUIRED: 402,
  /**
   * The request is valid, but you do not have permission to make it.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  FORBIDDEN: 403,
  /**
   * Fintoc could not find the requested resource. Check the URL you requested.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  NOT_FOUND: 404,
  /**
   * You exceeded the limit of five requests per second.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  TOO_MANY_REQUESTS: 429,
  /**
   * Fintoc encountered an internal error and is working to resolve it.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  INTERNAL_SERVER_ERROR: 500,
  /**
   * The financial institution may be unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  SERVICE_UNAVAILABLE: 503,
} as const;
export type FintocResponseStatus = (typeof FintocResponseStatus)[keyof typeof FintocResponseStatus];
/** A FintocResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type FintocResponseStatusOrUnknown = FintocResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every FintocResponseStatus value. */
export const FintocResponseStatusInfo: { readonly [V in FintocResponseStatus]: CodeInfo } = {
  "200": {
    name: "OK",
    description: "The request succeeded.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "400": {
    name: "BAD_REQUEST",
    description: "The request contains invalid information. Correct the information before retrying the request.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "401": {
    name: "UNAUTHORIZED",
    description: "Your API key is invalid or incorrectly formatted.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "402": {
    name: "PAYMENT_REQUIRED",
    description: "You must pay to continue using the service.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "403": {
    name: "FORBIDDEN",
    description: "The request is valid, but you do not have permission to make it.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "404": {
    name: "NOT_FOUND",
    description: "Fintoc could not find the requested resource. Check the URL you requested.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "429": {
    name: "TOO_MANY_REQUESTS",
    description: "You exceeded the limit of five requests per second.",
    message: null,
    category: "rate_limited",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "500": {
    name: "INTERNAL_SERVER_ERROR",
    description: "Fintoc encountered an internal error and is working to resolve it.",
    message: null,
    category: "generic_failure",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
  "503": {
    name: "SERVICE_UNAVAILABLE",
    description: "The financial institution may be unavailable.",
    message: null,
    category: "institution_unavailable",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-errors-status-codes"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
  },
};
/** Other wire spellings of FintocResponseStatus values (alias -> value). */
export const FintocResponseStatusAliases: { readonly [alias: string]: FintocResponseStatus } = {
};
/** The category of every FintocResponseStatus value and alias: all a listener needs to read one. */
export const FintocResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "400": "integration_error",
  "401": "integration_error",
  "402": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
  "503": "institution_unavailable",
};
/** Whether a value is a known FintocResponseStatus. */
export const isFintocResponseStatus = (value: unknown): value is FintocResponseStatus => isNumericCodeOf(FintocResponseStatusCategories, value);

/**
 * Widget event: The name of an event of the Fintoc widget, the eventName the widget passes to the
 * onEvent(eventName, metadata) callback as its first argument (metadata holds a timestamp). Fintoc
 * asks integrators not to decide a resource's state from these events, only to guide the frontend:
 * webhooks or the exchange decide. The list runs on past the stored copies (after the
 * authentication events), so later events are not here. Wire field: eventName (the first argument
 * of the widget's onEvent callback).
 */
export const FintocWidgetEvent = {
  /**
   * Triggers when the widget is opened
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  opened: "opened",
  /**
   * Triggers when the user visits the terms and conditions
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  on_terms_and_conditions: "on_terms_and_conditions",
  /**
   * Triggers when the user visits the CoDi Helper Guide
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  codi_helper: "codi_helper",
  /**
   * Triggers when the user enters the view to select the financial institution
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  on_available_institutions: "on_available_institutions",
  /**
   * Triggers when the user enters the view to request a new bank
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  on_request_bank: "on_request_bank",
  /**
   * Triggers when the user enters the view to authenticate with its financial institution
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  on_authentication_form: "on_authentication_form",
  /**
   * Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment
   * request
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  codi_username_required: "codi_username_required",
  /**
   * Triggers when the user is asked to select the payment provider
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_in_progress: "payment_in_progress",
  /**
   * Triggers when the financial institution is verifying the credentials and Fintoc is connecting
   * the account
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  creating_link: "creating_link",
  /**
   * Triggers when the financial institution approves the credentials and a Link gets created in
   * Fintoc
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  link_created: "link_created",
  /**
   * Triggers when the user enters the view to select an account
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  selecting_account: "selecting_account",
  /**
   * Triggers when the user is prompted to authorize the payment
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  payment_intent_confirmation_required: "payment_intent_confirmation_required",
  /**
   * Triggers when the user starts trying to create a subscription
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  creating_subscription: "creating_subscription",
  /**
   * Triggers when the financial entity needs a second factor via application to authenticate
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  app_authentication_required: "app_authentication_required",
  /**
   * Triggers when the financial entity needs a second factor via physical device to authenticate
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  device_authentication_required: "device_authentication_required",
} as const;
export type FintocWidgetEvent = (typeof FintocWidgetEvent)[keyof typeof FintocWidgetEvent];
/** A FintocWidgetEvent as read from the wire: a known value or any other string. */
export type FintocWidgetEventOrUnknown = FintocWidgetEvent | (string & {});
/** The catalog's metadata of every FintocWidgetEvent value. */
export const FintocWidgetEventInfo: { readonly [V in FintocWidgetEvent]: CodeInfo } = {
  opened: {
    description: "Triggers when the widget is opened",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      },
    },
  },
  on_terms_and_conditions: {
    description: "Triggers when the user visits the terms and conditions",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      },
    },
  },
  codi_helper: {
    description: "Triggers when the user visits the CoDi Helper Guide",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["fintoc-widget-events", "fintoc-widget-events-es"] },
    },
  },
  on_available_institutions: {
    description: "Triggers when the user enters the view to select the financial institution",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      },
    },
  },
  on_request_bank: {
    description: "Triggers when the user enters the view to request a new bank",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      },
    },
  },
  on_authentication_form: {
    description: "Triggers when the user enters the view to authenticate with its financial institution",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      },
    },
  },
  codi_username_required: {
    description: "Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment request",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
    deprecated: false,
    aliases: [],
    wording: {
      description: { by: "provider", sources: ["fintoc-widget-events", "fintoc-widget-events-es"] },
    },
  },
  payment_in_progress: {
    description: "Triggers when the user is asked to select the payment provider",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-widget-events"] } },
  },
  creating_link: {
    description: "Triggers when the financial institution is verifying the credentials and Fintoc is connecting the account",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      },
    },
  },
  link_created: {
    description: "Triggers when the financial institution approves the credentials and a Link gets created in Fintoc",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      },
    },
  },
  selecting_account: {
    description: "Triggers when the user enters the view to select an account",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: {
      description: {
        by: "provider",
        sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      },
    },
  },
  payment_intent_confirmation_required: {
    description: "Triggers when the user is prompted to authorize the payment",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-widget-events"] } },
  },
  creating_subscription: {
    description: "Triggers when the user starts trying to create a subscription",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
  },
  app_authentication_required: {
    description: "Triggers when the financial entity needs a second factor via application to authenticate",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events-older", "fintoc-widget-events"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
  },
  device_authentication_required: {
    description: "Triggers when the financial entity needs a second factor via physical device to authenticate",
    message: null,
    category: "informational",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-widget-events-older"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
  },
};
/** Other wire spellings of FintocWidgetEvent values (alias -> value). */
export const FintocWidgetEventAliases: { readonly [alias: string]: FintocWidgetEvent } = {
};
/** The category of every FintocWidgetEvent value and alias: all a listener needs to read one. */
export const FintocWidgetEventCategories: { readonly [spelling: string]: Category } = {
  opened: "informational",
  on_terms_and_conditions: "informational",
  codi_helper: "informational",
  on_available_institutions: "informational",
  on_request_bank: "informational",
  on_authentication_form: "informational",
  codi_username_required: "informational",
  payment_in_progress: "informational",
  creating_link: "informational",
  link_created: "informational",
  selecting_account: "informational",
  payment_intent_confirmation_required: "informational",
  creating_subscription: "informational",
  app_authentication_required: "informational",
  device_authentication_required: "informational",
};
/** Whether a value is a known FintocWidgetEvent. */
export const isFintocWidgetEvent = (value: unknown): value is FintocWidgetEvent => isCodeOf(FintocWidgetEventCategories, FintocWidgetEventAliases, value);

/**
 * WebView message: The message the Fintoc widget's WebView posts to a mobile app when its flow
 * ends, which fintoc-react-native's FintocWidgetView maps to its onSuccess and onExit props
 * (EVENT_MAP); any other message calls nothing. The descriptions are bankcodes' wording. Wire
 * field: the data of a WebView message event (nativeEvent.data in React Native).
 */
export const FintocWebviewMessage = {
  /**
   * The widget's flow succeeded: onSuccess is called.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  succeeded: "fintocwidget://succeeded",
  /**
   * The user left the widget before its flow succeeded: onExit is called.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  exit: "fintocwidget://exit",
} as const;
export type FintocWebviewMessage = (typeof FintocWebviewMessage)[keyof typeof FintocWebviewMessage];
/** A FintocWebviewMessage as read from the wire: a known value or any other string. */
export type FintocWebviewMessageOrUnknown = FintocWebviewMessage | (string & {});
/** The catalog's metadata of every FintocWebviewMessage value. */
export const FintocWebviewMessageInfo: { readonly [V in FintocWebviewMessage]: CodeInfo } = {
  "fintocwidget://succeeded": {
    name: "succeeded",
    description: "The widget's flow succeeded: onSuccess is called.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-react-native-constants"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
  "fintocwidget://exit": {
    name: "exit",
    description: "The user left the widget before its flow succeeded: onExit is called.",
    message: null,
    category: "cancelled",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["fintoc-react-native-constants"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: [] } },
  },
};
/** Other wire spellings of FintocWebviewMessage values (alias -> value). */
export const FintocWebviewMessageAliases: { readonly [alias: string]: FintocWebviewMessage } = {
};
/** The category of every FintocWebviewMessage value and alias: all a listener needs to read one. */
export const FintocWebviewMessageCategories: { readonly [spelling: string]: Category } = {
  "fintocwidget://succeeded": "success",
  "fintocwidget://exit": "cancelled",
};
/** Whether a value is a known FintocWebviewMessage. */
export const isFintocWebviewMessage = (value: unknown): value is FintocWebviewMessage => isCodeOf(FintocWebviewMessageCategories, FintocWebviewMessageAliases, value);
