// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Argyle (https://argyle.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of ArgyleBankConnectionError values (alias -> value). */
export const ArgyleBankConnectionErrorAliases: { readonly [alias: string]: ArgyleBankConnectionError } = {
};
/** The category of every ArgyleBankConnectionError value and alias: all a listener needs to read one. */
export const ArgyleBankConnectionErrorCategories: { readonly [spelling: string]: Category } = {
  account_closed: "account_unavailable",
  account_not_found: "account_unavailable",
  generic_error: "generic_failure",
  institution_not_supported: "institution_not_supported",
  invalid_credentials: "credentials_invalid",
  mfa_issue_encountered: "mfa_failed",
  one_time_passcode_issue: "institution_unavailable",
  report_generation_failed: "generic_failure",
  temporary_connection_issue: "institution_unavailable",
  token_invalid_or_expired: "reconnect_required",
  user_action_required_at_institution: "action_required_at_institution",
};
/**
 * Bank connection error: The code of a verification's status.errors[] entry when a banking
 * verification is PAUSED because connecting the institution failed. Two pairs of codes share one
 * message: the message is not a key. Wire field: verification.status.errors[].code.
 */
export const ArgyleBankConnectionError: {
  /**
   * The selected account could not be found or is no longer available at the banking institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Ask the borrower to confirm they selected an active bank account and
   * retry.
   * Whose words: message: Argyle's published text; advice to the integrator: Argyle's published
   * text.
   */
  readonly account_closed: "account_closed";
  /**
   * The selected account could not be found or is no longer available at the banking institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Advice to the integrator: Ask the borrower to confirm they selected an active bank account and
   * retry.
   * Whose words: message: Argyle's published text; advice to the integrator: Argyle's published
   * text.
   */
  readonly account_not_found: "account_not_found";
  /**
   * A connection error occurred while trying to verify the account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Ask the borrower to try again later.
   * Whose words: message: Argyle's published text; advice to the integrator: Argyle's published
   * text.
   */
  readonly generic_error: "generic_error";
  /**
   * The selected banking institution does not currently support connections.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: message: Argyle's published text.
   */
  readonly institution_not_supported: "institution_not_supported";
  /**
   * The borrower provided invalid banking login credentials.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: message: Argyle's published text.
   */
  readonly invalid_credentials: "invalid_credentials";
  /**
   * A multi-factor authentication or security verification step was not completed successfully.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: message: Argyle's published text.
   */
  readonly mfa_issue_encountered: "mfa_issue_encountered";
  /**
   * There is a temporary issue preventing a successful connection to the borrower’s banking
   * institution right now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: Argyle's published text.
   */
  readonly one_time_passcode_issue: "one_time_passcode_issue";
  /**
   * We could not generate the requested banking report.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Argyle's published text.
   */
  readonly report_generation_failed: "report_generation_failed";
  /**
   * There is a temporary issue preventing a successful connection to the borrower’s banking
   * institution right now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: Argyle's published text.
   */
  readonly temporary_connection_issue: "temporary_connection_issue";
  /**
   * The borrower needs to reconnect their account to restore access and complete verification.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: Argyle's published text.
   */
  readonly token_invalid_or_expired: "token_invalid_or_expired";
  /**
   * The borrower must sign in directly at their banking institution and complete an account action
   * before reconnecting.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: message: Argyle's published text.
   */
  readonly user_action_required_at_institution: "user_action_required_at_institution";
} = /* @__PURE__ */ membersOf(ArgyleBankConnectionErrorCategories, ArgyleBankConnectionErrorAliases);
export type ArgyleBankConnectionError = (typeof ArgyleBankConnectionError)[keyof typeof ArgyleBankConnectionError];
/** A ArgyleBankConnectionError as read from the wire: a known value or any other string. */
export type ArgyleBankConnectionErrorOrUnknown = ArgyleBankConnectionError | (string & {});
/** The catalog's metadata of every ArgyleBankConnectionError value. */
export const ArgyleBankConnectionErrorInfo: { readonly [V in ArgyleBankConnectionError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/bank_connection_error",
  {
    account_closed: {
      description: "The selected account could not be found or is no longer available at the banking institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "The account you selected could not be found or is no longer available at your bank.",
          action: "Check that you chose an account that is still open, or choose another account.",
        },
        fr: {
          message: "Le compte que vous avez choisi est introuvable ou n'est plus disponible auprès de votre banque.",
          action: "Vérifiez que vous avez choisi un compte encore ouvert, ou choisissez un autre compte.",
        },
        ar: {
          message: "تعذّر العثور على الحساب الذي اخترته أو لم يعد متاحاً لدى بنكك.",
          action: "تأكد من أنك اخترت حساباً لا يزال مفتوحاً، أو اختر حساباً آخر.",
        },
        es: {
          message: "La cuenta que seleccionó no se encontró o ya no está disponible en su banco.",
          action: "Verifique que eligió una cuenta que siga abierta o elija otra cuenta.",
        },
        pt: {
          message: "A conta que você selecionou não foi encontrada ou não está mais disponível no seu banco.",
          action: "Verifique se você escolheu uma conta que ainda está aberta ou escolha outra conta.",
        },
      },
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
        advice: { by: "provider", sources: ["argyle-bank-connection-errors-page"] },
      },
      message: "The selected account could not be found or is no longer available at the banking institution.",
      advice: "Ask the borrower to confirm they selected an active bank account and retry.",
      userMessage: null,
      aliases: [],
    },
    account_not_found: {
      description: "The selected account could not be found or is no longer available at the banking institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "The account you selected could not be found or is no longer available at your bank.",
          action: "Check that you chose an account that is still open, or choose another account.",
        },
        fr: {
          message: "Le compte que vous avez choisi est introuvable ou n'est plus disponible auprès de votre banque.",
          action: "Vérifiez que vous avez choisi un compte encore ouvert, ou choisissez un autre compte.",
        },
        ar: {
          message: "تعذّر العثور على الحساب الذي اخترته أو لم يعد متاحاً لدى بنكك.",
          action: "تأكد من أنك اخترت حساباً لا يزال مفتوحاً، أو اختر حساباً آخر.",
        },
        es: {
          message: "La cuenta que seleccionó no se encontró o ya no está disponible en su banco.",
          action: "Verifique que eligió una cuenta que siga abierta o elija otra cuenta.",
        },
        pt: {
          message: "A conta que você selecionou não foi encontrada ou não está mais disponível no seu banco.",
          action: "Verifique se você escolheu uma conta que ainda está aberta ou escolha outra conta.",
        },
      },
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
        advice: { by: "provider", sources: ["argyle-bank-connection-errors-page"] },
      },
      message: "The selected account could not be found or is no longer available at the banking institution.",
      advice: "Ask the borrower to confirm they selected an active bank account and retry.",
      userMessage: null,
      aliases: [],
    },
    generic_error: {
      description: "A connection error occurred while trying to verify the account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "A connection error occurred while verifying your account.",
          action: "Please try again later.",
        },
        fr: {
          message: "Une erreur de connexion s'est produite lors de la vérification de votre compte.",
          action: "Veuillez réessayer plus tard.",
        },
        ar: {
          message: "حدث خطأ في الاتصال أثناء التحقق من حسابك.",
          action: "يرجى المحاولة مرة أخرى لاحقاً.",
        },
        es: {
          message: "Se produjo un error de conexión al verificar su cuenta.",
          action: "Vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Ocorreu um erro de conexão ao verificar sua conta.",
          action: "Tente novamente mais tarde.",
        },
      },
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
        advice: { by: "provider", sources: ["argyle-bank-connection-errors-page"] },
      },
      message: "A connection error occurred while trying to verify the account.",
      advice: "Ask the borrower to try again later.",
      userMessage: null,
      aliases: [],
    },
    institution_not_supported: {
      description: "The selected banking institution does not currently support connections.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "The selected banking institution does not currently support connections.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_credentials: {
      description: "The borrower provided invalid banking login credentials.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "The borrower provided invalid banking login credentials.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_issue_encountered: {
      description: "A multi-factor authentication or security verification step was not completed successfully.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "A multi-factor authentication or security verification step was not completed successfully.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    one_time_passcode_issue: {
      description: "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    report_generation_failed: {
      description: "We could not generate the requested banking report.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "We could not generate the requested banking report.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    temporary_connection_issue: {
      description: "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    token_invalid_or_expired: {
      description: "The borrower needs to reconnect their account to restore access and complete verification.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "The borrower needs to reconnect their account to restore access and complete verification.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_action_required_at_institution: {
      description: "The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["seed-003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["seed-003"] },
        message: { by: "provider", sources: ["seed-003"] },
      },
      message: "The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleBankConnectionError. */
export const isArgyleBankConnectionError = (value: unknown): value is ArgyleBankConnectionError => isCodeOf(ArgyleBankConnectionErrorCategories, ArgyleBankConnectionErrorAliases, value);

/** Other wire spellings of ArgyleVerificationState values (alias -> value). */
export const ArgyleVerificationStateAliases: { readonly [alias: string]: ArgyleVerificationState } = {
};
/** The category of every ArgyleVerificationState value and alias: all a listener needs to read one. */
export const ArgyleVerificationStateCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  PROCESSING: "pending",
  PAUSED: "user_action_required",
  CANCELLED: "cancelled",
  COMPLETED: "success",
};
/**
 * Verification state: The state of a verification (status.state). verifications.updated is sent on
 * PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED. Wire field:
 * verification.status.state.
 */
export const ArgyleVerificationState: {
  /**
   * Initial status after verification is created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * Verification processing is underway.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * Verification is paused because more data or documents are required.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly PAUSED: "PAUSED";
  /**
   * Verification has been cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly CANCELLED: "CANCELLED";
  /**
   * Verification is complete and report assets are available.
   * Category: success (Success); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly COMPLETED: "COMPLETED";
} = /* @__PURE__ */ membersOf(ArgyleVerificationStateCategories, ArgyleVerificationStateAliases);
export type ArgyleVerificationState = (typeof ArgyleVerificationState)[keyof typeof ArgyleVerificationState];
/** A ArgyleVerificationState as read from the wire: a known value or any other string. */
export type ArgyleVerificationStateOrUnknown = ArgyleVerificationState | (string & {});
/** The catalog's metadata of every ArgyleVerificationState value. */
export const ArgyleVerificationStateInfo: { readonly [V in ArgyleVerificationState]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/verification_state",
  {
    PENDING: {
      description: "Initial status after verification is created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status", "argyle-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "Verification processing is underway.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status", "argyle-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAUSED: {
      description: "Verification is paused because more data or documents are required.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status", "argyle-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLED: {
      description: "Verification has been cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status", "argyle-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "Verification is complete and report assets are available.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status", "argyle-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleVerificationState. */
export const isArgyleVerificationState = (value: unknown): value is ArgyleVerificationState => isCodeOf(ArgyleVerificationStateCategories, ArgyleVerificationStateAliases, value);

/** Other wire spellings of ArgyleVerificationStatusCode values (alias -> value). */
export const ArgyleVerificationStatusCodeAliases: { readonly [alias: string]: ArgyleVerificationStatusCode } = {
};
/** The category of every ArgyleVerificationStatusCode value and alias: all a listener needs to read one. */
export const ArgyleVerificationStatusCodeCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  documents_processing: "pending",
  more_data_required: "user_action_required",
  report_available: "pending",
  waiting_on_third_party: "pending",
  report_generating: "pending",
  argyle_timeout: "cancelled",
  cancelled_by_client: "cancelled",
  completed: "success",
  completed_with_errors: "success",
  user_session_started: "pending",
  authenticated: "pending",
};
/**
 * Verification status code: The detailed status of a verification (status.code); the values depend
 * on the data source. Wire field: verification.status.code.
 */
export const ArgyleVerificationStatusCode: {
  /**
   * Verification created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly pending: "pending";
  /**
   * Documents processing.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly documents_processing: "documents_processing";
  /**
   * More data or documents are needed to complete the verification.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly more_data_required: "more_data_required";
  /**
   * Data and documents are sufficient to complete verification.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly report_available: "report_available";
  /**
   * Awaiting processing by a third party.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly waiting_on_third_party: "waiting_on_third_party";
  /**
   * Report is currently generating.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly report_generating: "report_generating";
  /**
   * Verification request has been cancelled by Argyle after 180 days of inactivity.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly argyle_timeout: "argyle_timeout";
  /**
   * Verification has been cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly cancelled_by_client: "cancelled_by_client";
  /**
   * Verification request complete. Report can be retrieved.
   * Category: success (Success); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly completed: "completed";
  /**
   * Verification request completed. Report can be retrieved but is not GSE eligible.
   * Category: success (Success); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly completed_with_errors: "completed_with_errors";
  /**
   * User opened the payroll or banking connection experience.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly user_session_started: "user_session_started";
  /**
   * User authenticated for payroll or banking; data aggregation is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly authenticated: "authenticated";
} = /* @__PURE__ */ membersOf(ArgyleVerificationStatusCodeCategories, ArgyleVerificationStatusCodeAliases);
export type ArgyleVerificationStatusCode = (typeof ArgyleVerificationStatusCode)[keyof typeof ArgyleVerificationStatusCode];
/** A ArgyleVerificationStatusCode as read from the wire: a known value or any other string. */
export type ArgyleVerificationStatusCodeOrUnknown = ArgyleVerificationStatusCode | (string & {});
/** The catalog's metadata of every ArgyleVerificationStatusCode value. */
export const ArgyleVerificationStatusCodeInfo: { readonly [V in ArgyleVerificationStatusCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/verification_status_code",
  {
    pending: {
      description: "Verification created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    documents_processing: {
      description: "Documents processing.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    more_data_required: {
      description: "More data or documents are needed to complete the verification.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    report_available: {
      description: "Data and documents are sufficient to complete verification.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    waiting_on_third_party: {
      description: "Awaiting processing by a third party.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    report_generating: {
      description: "Report is currently generating.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    argyle_timeout: {
      description: "Verification request has been cancelled by Argyle after 180 days of inactivity.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancelled_by_client: {
      description: "Verification has been cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    completed: {
      description: "Verification request complete. Report can be retrieved.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    completed_with_errors: {
      description: "Verification request completed. Report can be retrieved but is not GSE eligible.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_session_started: {
      description: "User opened the payroll or banking connection experience.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authenticated: {
      description: "User authenticated for payroll or banking; data aggregation is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-json-schema-verification-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-json-schema-verification-status"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleVerificationStatusCode. */
export const isArgyleVerificationStatusCode = (value: unknown): value is ArgyleVerificationStatusCode => isCodeOf(ArgyleVerificationStatusCodeCategories, ArgyleVerificationStatusCodeAliases, value);

/** Other wire spellings of ArgyleVerificationError values (alias -> value). */
export const ArgyleVerificationErrorAliases: { readonly [alias: string]: ArgyleVerificationError } = {
};
/** The category of every ArgyleVerificationError value and alias: all a listener needs to read one. */
export const ArgyleVerificationErrorCategories: { readonly [spelling: string]: Category } = {
  "self-employed_income": "user_action_required",
};
/**
 * Document verification error: The code of a status.errors[] entry of a documents verification.
 * Codes are not guaranteed to be identifiers: they can contain hyphens. Wire field:
 * verification.status.errors[].code.
 */
export const ArgyleVerificationError: {
  /**
   * Self-employed income
   * Category: user_action_required (User action required); retryable: no.
   * Message: Self-employed income cannot be assessed using Paystub and W2 Data.
   * Whose words: description: Argyle's published text; message: Argyle's published text.
   */
  readonly self_employed_income: "self-employed_income";
} = /* @__PURE__ */ membersOf(ArgyleVerificationErrorCategories, ArgyleVerificationErrorAliases, {
  "self-employed_income": "self_employed_income",
});
export type ArgyleVerificationError = (typeof ArgyleVerificationError)[keyof typeof ArgyleVerificationError];
/** A ArgyleVerificationError as read from the wire: a known value or any other string. */
export type ArgyleVerificationErrorOrUnknown = ArgyleVerificationError | (string & {});
/** The catalog's metadata of every ArgyleVerificationError value. */
export const ArgyleVerificationErrorInfo: { readonly [V in ArgyleVerificationError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/verification_error",
  {
    "self-employed_income": {
      name: "self_employed_income",
      description: "Self-employed income",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-openapi-verifications"] },
        message: { by: "provider", sources: ["argyle-openapi-verifications"] },
      },
      message: "Self-employed income cannot be assessed using Paystub and W2 Data.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleVerificationError. */
export const isArgyleVerificationError = (value: unknown): value is ArgyleVerificationError => isCodeOf(ArgyleVerificationErrorCategories, ArgyleVerificationErrorAliases, value);

/** Other wire spellings of ArgyleAccountConnectionError values (alias -> value). */
export const ArgyleAccountConnectionErrorAliases: { readonly [alias: string]: ArgyleAccountConnectionError } = {
};
/** The category of every ArgyleAccountConnectionError value and alias: all a listener needs to read one. */
export const ArgyleAccountConnectionErrorCategories: { readonly [spelling: string]: Category } = {
  account_disabled: "account_unavailable",
  account_inaccessible: "generic_failure",
  account_incomplete: "action_required_at_institution",
  account_nonunique: "user_action_required",
  account_not_found: "account_unavailable",
  all_employers_connected: "rejected",
  auth_method_temporarily_unavailable: "institution_unavailable",
  auth_required: "reconnect_required",
  connection_unavailable: "institution_unavailable",
  credentials_managed_by_organization: "institution_not_supported",
  existing_account_found: "rejected",
  expired_credentials: "action_required_at_institution",
  full_auth_required: "reconnect_required",
  insufficient_account_data: "generic_failure",
  invalid_account_type: "rejected",
  invalid_auth: "credentials_invalid",
  invalid_credentials: "credentials_invalid",
  invalid_employer_identifier: "credentials_invalid",
  invalid_login_method: "credentials_invalid",
  invalid_login_url: "credentials_invalid",
  invalid_mfa: "mfa_failed",
  invalid_store_identifier: "credentials_invalid",
  known_employer_redirect: "user_action_required",
  login_attempts_exceeded: "attempts_exhausted",
  login_cancelled_by_the_user: "cancelled",
  login_gov_not_linked: "action_required_at_institution",
  mfa_attempts_exceeded: "attempts_exhausted",
  mfa_cancelled_by_the_user: "cancelled",
  mfa_exhausted: "attempts_exhausted",
  mfa_not_configured: "action_required_at_institution",
  mfa_timeout: "session_expired",
  multi_driver_account: "institution_not_supported",
  ongoing_refresh_disabled: "cancelled",
  passkey_limit_reached: "action_required_at_institution",
  personal_data_access_not_granted: "cancelled",
  physical_mfa_unsupported: "institution_not_supported",
  platform_temporarily_unavailable: "institution_unavailable",
  platform_unavailable: "institution_unavailable",
  service_unavailable: "generic_failure",
  session_limit_reached: "concurrent_operation",
  system_error: "generic_failure",
  temporary_credentials: "action_required_at_institution",
  tos_required: "action_required_at_institution",
  trial_connections_exhausted: "integration_error",
  trial_period_expired: "integration_error",
  unrecognized_employer_email: "credentials_invalid",
  unsupported_auth_type: "institution_not_supported",
  unsupported_business_account: "institution_not_supported",
  unsupported_language: "action_required_at_institution",
  unsupported_mfa_method: "institution_not_supported",
  user_action_timeout: "session_expired",
  duplicate_account: "rejected",
};
/**
 * Account connection error: The error_code of a payroll account's connection
 * (account.connection.error_code), set with an error_message when the connection's status is error:
 * Argyle's accounts.failed webhook is sent when one occurs, and data refreshes are paused. The
 * values are those of the enum of Argyle's OpenAPI document, read whole, and duplicate_account,
 * which Argyle's Link changelog announced as a connection error and the enum does not list.
 * Argyle's account connection errors page gives each code's common causes, user message, API
 * message and troubleshooting steps; the copy read of it stops after the common causes of the first
 * five codes, so the other codes are described in bankcodes' words (three in the words of Argyle's
 * Link changelog, which announced them) and their categories are bankcodes' reading of the code's
 * name, not Argyle's. Wire field: account.connection.error_code.
 */
export const ArgyleAccountConnectionError: {
  /**
   * An account may be disabled or taken offline for a variety of reasons, such as account
   * inactivity.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly account_disabled: "account_disabled";
  /**
   * The account unexpectedly cannot be accessed by Argyle. We have automatically been notified and
   * will investigate.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Argyle's published text.
   */
  readonly account_inaccessible: "account_inaccessible";
  /**
   * The user has not finished setting up an account within their payroll system.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly account_incomplete: "account_incomplete";
  /**
   * The personal details provided by the user during the Login help process of certain Items was a
   * match for multiple account records stored by the payroll platform, resulting in an error.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly account_nonunique: "account_nonunique";
  /**
   * The personal details provided by the user during the Login help process of certain Items did
   * not match an account record stored by the payroll platform.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly account_not_found: "account_not_found";
  /**
   * Login help notification for certain Items when a user attempts a connection and all accounts
   * associated with their recovery details (name, phone number, and/or email) have already been
   * connected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly all_employers_connected: "all_employers_connected";
  /**
   * The sign-in method chosen is not available for now at the payroll platform.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly auth_method_temporarily_unavailable: "auth_method_temporarily_unavailable";
  /**
   * The payroll platform asks the user to sign in again.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly auth_required: "auth_required";
  /**
   * The connection to the payroll platform is not available for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_unavailable: "connection_unavailable";
  /**
   * The user's sign-in is managed by their organisation, which the connection cannot use.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly credentials_managed_by_organization: "credentials_managed_by_organization";
  /**
   * Login help notification for certain Items when a user attempts to connect an already-connected
   * account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly existing_account_found: "existing_account_found";
  /**
   * The user's password at the payroll platform has expired and must be changed there.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly expired_credentials: "expired_credentials";
  /**
   * The payroll platform asks for a full sign-in, not a shortened one.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly full_auth_required: "full_auth_required";
  /**
   * The account holds too little data to be read.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly insufficient_account_data: "insufficient_account_data";
  /**
   * The account is of a type the connection does not support.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_account_type: "invalid_account_type";
  /**
   * The sign-in was not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_auth: "invalid_auth";
  /**
   * The username or password was not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_credentials: "invalid_credentials";
  /**
   * The employer identifier entered was not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_employer_identifier: "invalid_employer_identifier";
  /**
   * The sign-in method chosen was not accepted for this account.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_login_method: "invalid_login_method";
  /**
   * The sign-in address entered was not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_login_url: "invalid_login_url";
  /**
   * The multi-factor authentication code or answer was not accepted.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_mfa: "invalid_mfa";
  /**
   * The store identifier entered was not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_store_identifier: "invalid_store_identifier";
  /**
   * The user is to be sent to their employer's own payroll platform to connect.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly known_employer_redirect: "known_employer_redirect";
  /**
   * Too many sign-in attempts were made.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly login_attempts_exceeded: "login_attempts_exceeded";
  /**
   * The user cancelled the sign-in.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly login_cancelled_by_the_user: "login_cancelled_by_the_user";
  /**
   * The user's Login.gov account is not linked to the payroll platform.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly login_gov_not_linked: "login_gov_not_linked";
  /**
   * Too many multi-factor authentication attempts were made.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_attempts_exceeded: "mfa_attempts_exceeded";
  /**
   * The user cancelled the multi-factor authentication.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_cancelled_by_the_user: "mfa_cancelled_by_the_user";
  /**
   * No multi-factor authentication attempts are left.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_exhausted: "mfa_exhausted";
  /**
   * Multi-factor authentication is not set up on the account at the payroll platform.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_not_configured: "mfa_not_configured";
  /**
   * The multi-factor authentication was not completed in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_timeout: "mfa_timeout";
  /**
   * The account is shared by several drivers, which the connection does not support.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly multi_driver_account: "multi_driver_account";
  /**
   * Ongoing data refreshes are turned off for the account.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ongoing_refresh_disabled: "ongoing_refresh_disabled";
  /**
   * The account at the payroll platform has reached its limit of passkeys.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly passkey_limit_reached: "passkey_limit_reached";
  /**
   * The user did not grant access to their personal data.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly personal_data_access_not_granted: "personal_data_access_not_granted";
  /**
   * The account uses a physical multi-factor authentication device, which the connection does not
   * support.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly physical_mfa_unsupported: "physical_mfa_unsupported";
  /**
   * The payroll platform is not available for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly platform_temporarily_unavailable: "platform_temporarily_unavailable";
  /**
   * The payroll platform is not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly platform_unavailable: "platform_unavailable";
  /**
   * The service is not available for now.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly service_unavailable: "service_unavailable";
  /**
   * The payroll platform's limit of sessions open at once was reached.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly session_limit_reached: "session_limit_reached";
  /**
   * An error occurred in the system.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly system_error: "system_error";
  /**
   * The user signed in with temporary credentials, which must be replaced at the payroll platform
   * first.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly temporary_credentials: "temporary_credentials";
  /**
   * The user has to accept the payroll platform's terms of service there first.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly tos_required: "tos_required";
  /**
   * The trial's allowance of connections is used up.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly trial_connections_exhausted: "trial_connections_exhausted";
  /**
   * The trial period has ended.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly trial_period_expired: "trial_period_expired";
  /**
   * The employer email address entered was not recognised.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unrecognized_employer_email: "unrecognized_employer_email";
  /**
   * The account's type of authentication is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unsupported_auth_type: "unsupported_auth_type";
  /**
   * Business accounts are not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unsupported_business_account: "unsupported_business_account";
  /**
   * This message will be displayed if the user's payroll system contains data or documents in a
   * language that Argyle does not currently support.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly unsupported_language: "unsupported_language";
  /**
   * The account's multi-factor authentication method is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unsupported_mfa_method: "unsupported_mfa_method";
  /**
   * The user did not act in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly user_action_timeout: "user_action_timeout";
  /**
   * Login screen notification for certain Items when a user attempts to connect an already-
   * connected account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly duplicate_account: "duplicate_account";
} = /* @__PURE__ */ membersOf(ArgyleAccountConnectionErrorCategories, ArgyleAccountConnectionErrorAliases);
export type ArgyleAccountConnectionError = (typeof ArgyleAccountConnectionError)[keyof typeof ArgyleAccountConnectionError];
/** A ArgyleAccountConnectionError as read from the wire: a known value or any other string. */
export type ArgyleAccountConnectionErrorOrUnknown = ArgyleAccountConnectionError | (string & {});
/** The catalog's metadata of every ArgyleAccountConnectionError value. */
export const ArgyleAccountConnectionErrorInfo: { readonly [V in ArgyleAccountConnectionError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/account_connection_error",
  {
    account_disabled: {
      description: "An account may be disabled or taken offline for a variety of reasons, such as account inactivity.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-account-connection-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-account-connection-errors-page"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_inaccessible: {
      description: "The account unexpectedly cannot be accessed by Argyle. We have automatically been notified and will investigate.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-account-connection-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-account-connection-errors-page"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_incomplete: {
      description: "The user has not finished setting up an account within their payroll system.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-account-connection-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-account-connection-errors-page"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_nonunique: {
      description: "The personal details provided by the user during the Login help process of certain Items was a match for multiple account records stored by the payroll platform, resulting in an error.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-account-connection-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-account-connection-errors-page"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_not_found: {
      description: "The personal details provided by the user during the Login help process of certain Items did not match an account record stored by the payroll platform.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-account-connection-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["argyle-account-connection-errors-page"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    all_employers_connected: {
      description: "Login help notification for certain Items when a user attempts a connection and all accounts associated with their recovery details (name, phone number, and/or email) have already been connected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-link-flutter-changelog"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-link-flutter-changelog"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    auth_method_temporarily_unavailable: {
      description: "The sign-in method chosen is not available for now at the payroll platform.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    auth_required: {
      description: "The payroll platform asks the user to sign in again.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    connection_unavailable: {
      description: "The connection to the payroll platform is not available for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    credentials_managed_by_organization: {
      description: "The user's sign-in is managed by their organisation, which the connection cannot use.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    existing_account_found: {
      description: "Login help notification for certain Items when a user attempts to connect an already-connected account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-link-flutter-changelog"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-link-flutter-changelog"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired_credentials: {
      description: "The user's password at the payroll platform has expired and must be changed there.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    full_auth_required: {
      description: "The payroll platform asks for a full sign-in, not a shortened one.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_account_data: {
      description: "The account holds too little data to be read.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_type: {
      description: "The account is of a type the connection does not support.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_auth: {
      description: "The sign-in was not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_credentials: {
      description: "The username or password was not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_employer_identifier: {
      description: "The employer identifier entered was not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_login_method: {
      description: "The sign-in method chosen was not accepted for this account.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_login_url: {
      description: "The sign-in address entered was not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_mfa: {
      description: "The multi-factor authentication code or answer was not accepted.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_store_identifier: {
      description: "The store identifier entered was not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    known_employer_redirect: {
      description: "The user is to be sent to their employer's own payroll platform to connect.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_attempts_exceeded: {
      description: "Too many sign-in attempts were made.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_cancelled_by_the_user: {
      description: "The user cancelled the sign-in.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_gov_not_linked: {
      description: "The user's Login.gov account is not linked to the payroll platform.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_attempts_exceeded: {
      description: "Too many multi-factor authentication attempts were made.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_cancelled_by_the_user: {
      description: "The user cancelled the multi-factor authentication.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_exhausted: {
      description: "No multi-factor authentication attempts are left.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_not_configured: {
      description: "Multi-factor authentication is not set up on the account at the payroll platform.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_timeout: {
      description: "The multi-factor authentication was not completed in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    multi_driver_account: {
      description: "The account is shared by several drivers, which the connection does not support.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ongoing_refresh_disabled: {
      description: "Ongoing data refreshes are turned off for the account.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    passkey_limit_reached: {
      description: "The account at the payroll platform has reached its limit of passkeys.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    personal_data_access_not_granted: {
      description: "The user did not grant access to their personal data.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    physical_mfa_unsupported: {
      description: "The account uses a physical multi-factor authentication device, which the connection does not support.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    platform_temporarily_unavailable: {
      description: "The payroll platform is not available for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    platform_unavailable: {
      description: "The payroll platform is not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    service_unavailable: {
      description: "The service is not available for now.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    session_limit_reached: {
      description: "The payroll platform's limit of sessions open at once was reached.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    system_error: {
      description: "An error occurred in the system.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    temporary_credentials: {
      description: "The user signed in with temporary credentials, which must be replaced at the payroll platform first.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    tos_required: {
      description: "The user has to accept the payroll platform's terms of service there first.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    trial_connections_exhausted: {
      description: "The trial's allowance of connections is used up.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    trial_period_expired: {
      description: "The trial period has ended.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unrecognized_employer_email: {
      description: "The employer email address entered was not recognised.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_auth_type: {
      description: "The account's type of authentication is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_business_account: {
      description: "Business accounts are not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_language: {
      description: "This message will be displayed if the user's payroll system contains data or documents in a language that Argyle does not currently support.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party", "argyle-link-flutter-changelog"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-link-flutter-changelog"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_mfa_method: {
      description: "The account's multi-factor authentication method is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_action_timeout: {
      description: "The user did not act in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    duplicate_account: {
      description: "Login screen notification for certain Items when a user attempts to connect an already-connected account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-link-flutter-changelog"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-link-flutter-changelog"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleAccountConnectionError. */
export const isArgyleAccountConnectionError = (value: unknown): value is ArgyleAccountConnectionError => isCodeOf(ArgyleAccountConnectionErrorCategories, ArgyleAccountConnectionErrorAliases, value);

/** Other wire spellings of ArgyleAccountConnectionStatus values (alias -> value). */
export const ArgyleAccountConnectionStatusAliases: { readonly [alias: string]: ArgyleAccountConnectionStatus } = {
};
/** The category of every ArgyleAccountConnectionStatus value and alias: all a listener needs to read one. */
export const ArgyleAccountConnectionStatusCategories: { readonly [spelling: string]: Category } = {
  connecting: "pending",
  connected: "success",
  error: "generic_failure",
};
/**
 * Account connection status: The status of Argyle's connection with the user's payroll system
 * (account.connection.status), in the words of Argyle's OpenAPI document; on error, the
 * connection's error_code (account_connection_error) says why. Wire field:
 * account.connection.status.
 */
export const ArgyleAccountConnectionStatus: {
  /**
   * The user submitted new or revised login credentials through Link and Argyle is establishing the
   * connection.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly connecting: "connecting";
  /**
   * An account connection was successfully made. See the `availability` object for updates on
   * initial data retrieval.
   * Category: success (Success); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly connected: "connected";
  /**
   * An account connection error has occurred. Data refreshes have been paused.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Argyle's published text.
   */
  readonly error: "error";
} = /* @__PURE__ */ membersOf(ArgyleAccountConnectionStatusCategories, ArgyleAccountConnectionStatusAliases);
export type ArgyleAccountConnectionStatus = (typeof ArgyleAccountConnectionStatus)[keyof typeof ArgyleAccountConnectionStatus];
/** A ArgyleAccountConnectionStatus as read from the wire: a known value or any other string. */
export type ArgyleAccountConnectionStatusOrUnknown = ArgyleAccountConnectionStatus | (string & {});
/** The catalog's metadata of every ArgyleAccountConnectionStatus value. */
export const ArgyleAccountConnectionStatusInfo: { readonly [V in ArgyleAccountConnectionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/account_connection_status",
  {
    connecting: {
      description: "The user submitted new or revised login credentials through Link and Argyle is establishing the connection.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    connected: {
      description: "An account connection was successfully made. See the `availability` object for updates on initial data retrieval.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    error: {
      description: "An account connection error has occurred. Data refreshes have been paused.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleAccountConnectionStatus. */
export const isArgyleAccountConnectionStatus = (value: unknown): value is ArgyleAccountConnectionStatus => isCodeOf(ArgyleAccountConnectionStatusCategories, ArgyleAccountConnectionStatusAliases, value);

/** Other wire spellings of ArgyleDepositSwitchStatus values (alias -> value). */
export const ArgyleDepositSwitchStatusAliases: { readonly [alias: string]: ArgyleDepositSwitchStatus } = {
};
/** The category of every ArgyleDepositSwitchStatus value and alias: all a listener needs to read one. */
export const ArgyleDepositSwitchStatusCategories: { readonly [spelling: string]: Category } = {
  idle: "informational",
  awaiting_confirmation: "user_action_required",
  awaiting_user_action: "mfa_required",
  awaiting_connection: "pending",
  scanning: "pending",
  updating: "pending",
  success: "success",
  error: "generic_failure",
};
/**
 * Deposit switch status: The status of an account's deposit switch
 * (account.direct_deposit_switch.status), in the words of Argyle's OpenAPI document; on error, its
 * error_code (deposit_switch_error) says why. Wire field: account.direct_deposit_switch.status.
 */
export const ArgyleDepositSwitchStatus: {
  /**
   * The deposit switch process has not started.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly idle: "idle";
  /**
   * The user started the deposit switch flow in Link but has not clicked "Confirm".
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly awaiting_confirmation: "awaiting_confirmation";
  /**
   * The user has confirmed the deposit switch but needs to complete a multi-factor authentication
   * (MFA) step.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly awaiting_user_action: "awaiting_user_action";
  /**
   * Argyle is connecting to the user's payroll system.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly awaiting_connection: "awaiting_connection";
  /**
   * Argyle is scanning the user's existing direct deposits before initiating the deposit switch.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly scanning: "scanning";
  /**
   * The deposit switch is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly updating: "updating";
  /**
   * The deposit switch was successful.
   * Category: success (Success); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly success: "success";
  /**
   * A deposit switch error occurred, and the deposit switch could not be completed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Argyle's published text.
   */
  readonly error: "error";
} = /* @__PURE__ */ membersOf(ArgyleDepositSwitchStatusCategories, ArgyleDepositSwitchStatusAliases);
export type ArgyleDepositSwitchStatus = (typeof ArgyleDepositSwitchStatus)[keyof typeof ArgyleDepositSwitchStatus];
/** A ArgyleDepositSwitchStatus as read from the wire: a known value or any other string. */
export type ArgyleDepositSwitchStatusOrUnknown = ArgyleDepositSwitchStatus | (string & {});
/** The catalog's metadata of every ArgyleDepositSwitchStatus value. */
export const ArgyleDepositSwitchStatusInfo: { readonly [V in ArgyleDepositSwitchStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/deposit_switch_status",
  {
    idle: {
      description: "The deposit switch process has not started.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    awaiting_confirmation: {
      description: "The user started the deposit switch flow in Link but has not clicked \"Confirm\".",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    awaiting_user_action: {
      description: "The user has confirmed the deposit switch but needs to complete a multi-factor authentication (MFA) step.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    awaiting_connection: {
      description: "Argyle is connecting to the user's payroll system.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    scanning: {
      description: "Argyle is scanning the user's existing direct deposits before initiating the deposit switch.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    updating: {
      description: "The deposit switch is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    success: {
      description: "The deposit switch was successful.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    error: {
      description: "A deposit switch error occurred, and the deposit switch could not be completed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleDepositSwitchStatus. */
export const isArgyleDepositSwitchStatus = (value: unknown): value is ArgyleDepositSwitchStatus => isCodeOf(ArgyleDepositSwitchStatusCategories, ArgyleDepositSwitchStatusAliases, value);

/** Other wire spellings of ArgyleDepositSwitchError values (alias -> value). */
export const ArgyleDepositSwitchErrorAliases: { readonly [alias: string]: ArgyleDepositSwitchError } = {
};
/** The category of every ArgyleDepositSwitchError value and alias: all a listener needs to read one. */
export const ArgyleDepositSwitchErrorCategories: { readonly [spelling: string]: Category } = {
  account_invalid: "rejected",
  account_closed: "account_unavailable",
  account_blocked: "account_unavailable",
  confirmation_expired: "session_expired",
  confirmation_invalid: "rejected",
  confirmation_timeout: "session_expired",
  deposit_account_mismatch: "rejected",
  deposit_destination_unsupported: "institution_not_supported",
  employer_unsupported: "institution_not_supported",
  employer_account_invalid: "account_unavailable",
  employer_account_closed: "account_unavailable",
  employer_account_blocked: "account_unavailable",
  employer_confirmation_invalid: "rejected",
  internal_server_error: "generic_failure",
  invalid_request: "integration_error",
  item_invalid: "integration_error",
  name_mismatch: "rejected",
  payroll_account_mismatch: "rejected",
  temporarily_unavailable: "institution_unavailable",
  terminate_flow: "cancelled",
  unauthorized: "rejected",
  unexpected: "generic_failure",
  user_input_required: "user_action_required",
};
/**
 * Deposit switch error: The deposit switch error that occurred
 * (account.direct_deposit_switch.error_code), set with an error_message ("Description of the error.
 * Common causes and troubleshooting steps can be found in deposit switch errors."). The values are
 * those of the enum of Argyle's OpenAPI document; Argyle's deposit switch errors page, which the
 * document names for their causes, was not read, so each code is described in bankcodes' words and
 * its category is bankcodes' reading of its name, not Argyle's. Wire field:
 * account.direct_deposit_switch.error_code.
 */
export const ArgyleDepositSwitchError: {
  /**
   * The deposit account given for the switch is not valid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_invalid: "account_invalid";
  /**
   * The deposit account given for the switch is closed.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_closed: "account_closed";
  /**
   * The deposit account given for the switch is blocked.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_blocked: "account_blocked";
  /**
   * The switch's confirmation expired before the switch was made.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly confirmation_expired: "confirmation_expired";
  /**
   * The confirmation given for the switch was not accepted.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly confirmation_invalid: "confirmation_invalid";
  /**
   * The switch was not confirmed in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly confirmation_timeout: "confirmation_timeout";
  /**
   * The deposit account does not match the one the switch was set up with.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly deposit_account_mismatch: "deposit_account_mismatch";
  /**
   * The payroll platform does not support this kind of deposit destination.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly deposit_destination_unsupported: "deposit_destination_unsupported";
  /**
   * The employer's payroll platform does not support deposit switches through the connection.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly employer_unsupported: "employer_unsupported";
  /**
   * The user's account at the employer is not valid for a deposit switch.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly employer_account_invalid: "employer_account_invalid";
  /**
   * The user's account at the employer is closed.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly employer_account_closed: "employer_account_closed";
  /**
   * The user's account at the employer is blocked.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly employer_account_blocked: "employer_account_blocked";
  /**
   * The employer's confirmation of the switch was not accepted.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly employer_confirmation_invalid: "employer_confirmation_invalid";
  /**
   * An error occurred on Argyle's side.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly internal_server_error: "internal_server_error";
  /**
   * The request for the switch was not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_request: "invalid_request";
  /**
   * The Item (the payroll platform or employer) given for the switch is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly item_invalid: "item_invalid";
  /**
   * The name on the deposit account does not match the user's name at the payroll platform.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly name_mismatch: "name_mismatch";
  /**
   * The payroll account does not match the one the switch was set up for.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payroll_account_mismatch: "payroll_account_mismatch";
  /**
   * The payroll platform is not available for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly temporarily_unavailable: "temporarily_unavailable";
  /**
   * The deposit switch flow was ended.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly terminate_flow: "terminate_flow";
  /**
   * The payroll platform did not authorise the switch.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unauthorized: "unauthorized";
  /**
   * An unexpected error occurred.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly unexpected: "unexpected";
  /**
   * The user has to provide more input for the switch.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly user_input_required: "user_input_required";
} = /* @__PURE__ */ membersOf(ArgyleDepositSwitchErrorCategories, ArgyleDepositSwitchErrorAliases);
export type ArgyleDepositSwitchError = (typeof ArgyleDepositSwitchError)[keyof typeof ArgyleDepositSwitchError];
/** A ArgyleDepositSwitchError as read from the wire: a known value or any other string. */
export type ArgyleDepositSwitchErrorOrUnknown = ArgyleDepositSwitchError | (string & {});
/** The catalog's metadata of every ArgyleDepositSwitchError value. */
export const ArgyleDepositSwitchErrorInfo: { readonly [V in ArgyleDepositSwitchError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/deposit_switch_error",
  {
    account_invalid: {
      description: "The deposit account given for the switch is not valid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_closed: {
      description: "The deposit account given for the switch is closed.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_blocked: {
      description: "The deposit account given for the switch is blocked.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    confirmation_expired: {
      description: "The switch's confirmation expired before the switch was made.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    confirmation_invalid: {
      description: "The confirmation given for the switch was not accepted.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    confirmation_timeout: {
      description: "The switch was not confirmed in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    deposit_account_mismatch: {
      description: "The deposit account does not match the one the switch was set up with.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    deposit_destination_unsupported: {
      description: "The payroll platform does not support this kind of deposit destination.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    employer_unsupported: {
      description: "The employer's payroll platform does not support deposit switches through the connection.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    employer_account_invalid: {
      description: "The user's account at the employer is not valid for a deposit switch.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    employer_account_closed: {
      description: "The user's account at the employer is closed.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    employer_account_blocked: {
      description: "The user's account at the employer is blocked.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    employer_confirmation_invalid: {
      description: "The employer's confirmation of the switch was not accepted.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    internal_server_error: {
      description: "An error occurred on Argyle's side.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_request: {
      description: "The request for the switch was not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    item_invalid: {
      description: "The Item (the payroll platform or employer) given for the switch is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    name_mismatch: {
      description: "The name on the deposit account does not match the user's name at the payroll platform.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payroll_account_mismatch: {
      description: "The payroll account does not match the one the switch was set up for.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    temporarily_unavailable: {
      description: "The payroll platform is not available for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    terminate_flow: {
      description: "The deposit switch flow was ended.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unauthorized: {
      description: "The payroll platform did not authorise the switch.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unexpected: {
      description: "An unexpected error occurred.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_input_required: {
      description: "The user has to provide more input for the switch.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-openapi-third-party"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleDepositSwitchError. */
export const isArgyleDepositSwitchError = (value: unknown): value is ArgyleDepositSwitchError => isCodeOf(ArgyleDepositSwitchErrorCategories, ArgyleDepositSwitchErrorAliases, value);

/** Other wire spellings of ArgyleWebhookEvent values (alias -> value). */
export const ArgyleWebhookEventAliases: { readonly [alias: string]: ArgyleWebhookEvent } = {
};
/** The category of every ArgyleWebhookEvent value and alias: all a listener needs to read one. */
export const ArgyleWebhookEventCategories: { readonly [spelling: string]: Category } = {
  "verifications.updated": "informational",
  "verifications.creation_failed": "informational",
  "accounts.added": "informational",
  "accounts.connected": "success",
  "accounts.failed": "user_action_required",
  "accounts.updated": "informational",
};
/**
 * Verification webhook event: The event field of an Argyle verifications or accounts webhook. The
 * accounts events are those the copy read of the accounts webhooks page names (Added, the start of
 * Updated): any other it describes was not read. Wire field: webhook.event.
 */
export const ArgyleWebhookEvent: {
  /**
   * Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly verifications_updated: "verifications.updated";
  /**
   * A verification could not be created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly verifications_creation_failed: "verifications.creation_failed";
  /**
   * The accounts.added webhook is sent when a user submits login credentials through Link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly accounts_added: "accounts.added";
  /**
   * The connection of an account succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly accounts_connected: "accounts.connected";
  /**
   * The connection of an account failed.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly accounts_failed: "accounts.failed";
  /**
   * The accounts.updated webhook is sent when there is any change to a property value of the
   * account object.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly accounts_updated: "accounts.updated";
} = /* @__PURE__ */ membersOf(ArgyleWebhookEventCategories, ArgyleWebhookEventAliases, {
  "verifications.updated": "verifications_updated",
  "verifications.creation_failed": "verifications_creation_failed",
  "accounts.added": "accounts_added",
  "accounts.connected": "accounts_connected",
  "accounts.failed": "accounts_failed",
  "accounts.updated": "accounts_updated",
});
export type ArgyleWebhookEvent = (typeof ArgyleWebhookEvent)[keyof typeof ArgyleWebhookEvent];
/** A ArgyleWebhookEvent as read from the wire: a known value or any other string. */
export type ArgyleWebhookEventOrUnknown = ArgyleWebhookEvent | (string & {});
/** The catalog's metadata of every ArgyleWebhookEvent value. */
export const ArgyleWebhookEventInfo: { readonly [V in ArgyleWebhookEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/webhook_event",
  {
    "verifications.updated": {
      name: "verifications_updated",
      description: "Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-webhook-updated"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-webhook-updated"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "verifications.creation_failed": {
      name: "verifications_creation_failed",
      description: "A verification could not be created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-webhook-creation-failed"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "accounts.added": {
      name: "accounts_added",
      description: "The accounts.added webhook is sent when a user submits login credentials through Link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-accounts-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-accounts-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "accounts.connected": {
      name: "accounts_connected",
      description: "The connection of an account succeeded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-accounts-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "accounts.failed": {
      name: "accounts_failed",
      description: "The connection of an account failed.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["argyle-accounts-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "accounts.updated": {
      name: "accounts_updated",
      description: "The accounts.updated webhook is sent when there is any change to a property value of the account object.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-accounts-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-accounts-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleWebhookEvent. */
export const isArgyleWebhookEvent = (value: unknown): value is ArgyleWebhookEvent => isCodeOf(ArgyleWebhookEventCategories, ArgyleWebhookEventAliases, value);

/** Other wire spellings of ArgyleReportType values (alias -> value). */
export const ArgyleReportTypeAliases: { readonly [alias: string]: ArgyleReportType } = {
};
/** The category of every ArgyleReportType value and alias: all a listener needs to read one. */
export const ArgyleReportTypeCategories: { readonly [spelling: string]: Category } = {
  voie: "informational",
  voe: "informational",
  voa: "informational",
  voi: "informational",
  voai: "informational",
  "voe-transactions": "informational",
  "doc-voi-mortgage": "informational",
};
/**
 * Verification report type: The type of a verification's report. Wire field:
 * verification.report.type.
 */
export const ArgyleReportType: {
  /**
   * Verification of Income and Employment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voie: "voie";
  /**
   * Verification of Employment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voe: "voe";
  /**
   * Banking verification of assets.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voa: "voa";
  /**
   * Banking verification of income.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voi: "voi";
  /**
   * Banking verification of income and assets.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voai: "voai";
  /**
   * Banking verification of employment.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly voe_transactions: "voe-transactions";
  /**
   * Mortgage document-based verification of income, integrated with Freddie Mac's AIM Check.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly doc_voi_mortgage: "doc-voi-mortgage";
} = /* @__PURE__ */ membersOf(ArgyleReportTypeCategories, ArgyleReportTypeAliases, {
  "voe-transactions": "voe_transactions",
  "doc-voi-mortgage": "doc_voi_mortgage",
});
export type ArgyleReportType = (typeof ArgyleReportType)[keyof typeof ArgyleReportType];
/** A ArgyleReportType as read from the wire: a known value or any other string. */
export type ArgyleReportTypeOrUnknown = ArgyleReportType | (string & {});
/** The catalog's metadata of every ArgyleReportType value. */
export const ArgyleReportTypeInfo: { readonly [V in ArgyleReportType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/report_type",
  {
    voie: {
      description: "Verification of Income and Employment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    voe: {
      description: "Verification of Employment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    voa: {
      description: "Banking verification of assets.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    voi: {
      description: "Banking verification of income.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    voai: {
      description: "Banking verification of income and assets.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "voe-transactions": {
      name: "voe_transactions",
      description: "Banking verification of employment.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "doc-voi-mortgage": {
      name: "doc_voi_mortgage",
      description: "Mortgage document-based verification of income, integrated with Freddie Mac's AIM Check.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["argyle-openapi-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleReportType. */
export const isArgyleReportType = (value: unknown): value is ArgyleReportType => isCodeOf(ArgyleReportTypeCategories, ArgyleReportTypeAliases, value);

/** Other wire spellings of ArgyleDataSource values (alias -> value). */
export const ArgyleDataSourceAliases: { readonly [alias: string]: ArgyleDataSource } = {
};
/** The category of every ArgyleDataSource value and alias: all a listener needs to read one. */
export const ArgyleDataSourceCategories: { readonly [spelling: string]: Category } = {
  payroll: "informational",
  banking: "informational",
  documents: "informational",
};
/**
 * Verification data source: Where a verification takes its data from. Not present in older
 * examples. Wire field: verification.data_source.
 */
export const ArgyleDataSource: {
  /**
   * Payroll connections.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payroll: "payroll";
  /**
   * Bank connections.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly banking: "banking";
  /**
   * Uploaded documents.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly documents: "documents";
} = /* @__PURE__ */ membersOf(ArgyleDataSourceCategories, ArgyleDataSourceAliases);
export type ArgyleDataSource = (typeof ArgyleDataSource)[keyof typeof ArgyleDataSource];
/** A ArgyleDataSource as read from the wire: a known value or any other string. */
export type ArgyleDataSourceOrUnknown = ArgyleDataSource | (string & {});
/** The catalog's metadata of every ArgyleDataSource value. */
export const ArgyleDataSourceInfo: { readonly [V in ArgyleDataSource]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/data_source",
  {
    payroll: {
      description: "Payroll connections.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    banking: {
      description: "Bank connections.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    documents: {
      description: "Uploaded documents.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleDataSource. */
export const isArgyleDataSource = (value: unknown): value is ArgyleDataSource => isCodeOf(ArgyleDataSourceCategories, ArgyleDataSourceAliases, value);

/** Other wire spellings of ArgyleChannel values (alias -> value). */
export const ArgyleChannelAliases: { readonly [alias: string]: ArgyleChannel } = {
};
/** The category of every ArgyleChannel value and alias: all a listener needs to read one. */
export const ArgyleChannelCategories: { readonly [spelling: string]: Category } = {
  api: "informational",
  encompass: "informational",
};
/**
 * Verification channel: How a verification was created. The documentation's object page calls this
 * field source. Wire field: verification.channel.
 */
export const ArgyleChannel: {
  /**
   * Created through the API.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly api: "api";
  /**
   * Created from Encompass.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly encompass: "encompass";
} = /* @__PURE__ */ membersOf(ArgyleChannelCategories, ArgyleChannelAliases);
export type ArgyleChannel = (typeof ArgyleChannel)[keyof typeof ArgyleChannel];
/** A ArgyleChannel as read from the wire: a known value or any other string. */
export type ArgyleChannelOrUnknown = ArgyleChannel | (string & {});
/** The catalog's metadata of every ArgyleChannel value. */
export const ArgyleChannelInfo: { readonly [V in ArgyleChannel]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/channel",
  {
    api: {
      description: "Created through the API.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications", "argyle-verifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    encompass: {
      description: "Created from Encompass.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-openapi-verifications", "argyle-verifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleChannel. */
export const isArgyleChannel = (value: unknown): value is ArgyleChannel => isCodeOf(ArgyleChannelCategories, ArgyleChannelAliases, value);

/** Other wire spellings of ArgyleResponseStatus values (alias -> value). */
export const ArgyleResponseStatusAliases: { readonly [alias: string]: ArgyleResponseStatus } = {
};
/** The category of every ArgyleResponseStatus value and alias: all a listener needs to read one. */
export const ArgyleResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "401": "integration_error",
};
/**
 * API response status: The HTTP statuses of an Argyle API response that the pages read describe:
 * the 401 of a request whose credentials are invalid or are another environment's. The API
 * reference's list of errors was not read. The categories are bankcodes' reading. Wire field: the
 * HTTP status of an Argyle API response.
 */
export const ArgyleResponseStatus: {
  /**
   * If invalid credentials are provided, a 401 Unauthorized response code is returned with the
   * corresponding JSON body.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Argyle's published text.
   */
  readonly UNAUTHORIZED: 401;
} = { UNAUTHORIZED: 401 };
export type ArgyleResponseStatus = (typeof ArgyleResponseStatus)[keyof typeof ArgyleResponseStatus];
/** A ArgyleResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type ArgyleResponseStatusOrUnknown = ArgyleResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every ArgyleResponseStatus value. */
export const ArgyleResponseStatusInfo: { readonly [V in ArgyleResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/argyle/response_status",
  {
    "401": {
      name: "UNAUTHORIZED",
      description: "If invalid credentials are provided, a 401 Unauthorized response code is returned with the corresponding JSON body.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["argyle-api-introduction", "argyle-api-guide-overview"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["argyle-api-introduction", "argyle-api-guide-overview"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known ArgyleResponseStatus. */
export const isArgyleResponseStatus = (value: unknown): value is ArgyleResponseStatus => isNumericCodeOf(ArgyleResponseStatusCategories, value);
