// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Pluggy (https://www.pluggy.ai/): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of PluggyExecutionErrorCode values (alias -> value). */
export const PluggyExecutionErrorCodeAliases: { readonly [alias: string]: PluggyExecutionErrorCode } = {
};
/** The category of every PluggyExecutionErrorCode value and alias: all a listener needs to read one. */
export const PluggyExecutionErrorCodeCategories: { readonly [spelling: string]: Category } = {
  INVALID_CREDENTIALS: "credentials_invalid",
  ALREADY_LOGGED_IN: "concurrent_operation",
  UNEXPECTED_ERROR: "generic_failure",
  INVALID_CREDENTIALS_MFA: "mfa_failed",
  SITE_NOT_AVAILABLE: "institution_unavailable",
  ACCOUNT_LOCKED: "action_required_at_institution",
  ACCOUNT_CREDENTIALS_RESET: "action_required_at_institution",
  CONNECTION_ERROR: "generic_failure",
  ACCOUNT_NEEDS_ACTION: "action_required_at_institution",
  USER_AUTHORIZATION_PENDING: "mfa_required",
  USER_AUTHORIZATION_NOT_GRANTED: "cancelled",
  USER_NOT_SUPPORTED: "institution_not_supported",
  USER_INPUT_TIMEOUT: "session_expired",
  USER_AUTHORIZATION_REVOKED: "reconnect_required",
};
/**
 * Execution error code: Why an Item's execution ended in error: error.code of the Item
 * (ExecutionErrorResult: code, message, providerMessage, attributes) and of the item/error webhook.
 * Every code is also an execution status, the value the Item exposes as executionStatus. The Node
 * SDK lists thirteen codes today, and the Java SDK a fourteenth, USER_AUTHORIZATION_REVOKED; at
 * 174255f (February 2023) it listed twelve, USER_NOT_SUPPORTED being added in September 2023. The
 * SDK and the pages read give a text for few of them: the others are described in bankcodes' words.
 * providerMessage, when present, is 'the exact error message returned by the institution'. Wire
 * field: error.code (the Item; the item/error webhook).
 */
export const PluggyExecutionErrorCode: {
  /**
   * The credentials were rejected by the institution.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: Invalid credentials.
   * Advice to the integrator: Re-enter credentials.
   * Whose words: description: Pluggy's published text; message: Pluggy's published text; translated
   * messages: Pluggy's published text; advice to the integrator: Pluggy's published text;
   * translated advice to the integrator: Pluggy's published text.
   */
  readonly INVALID_CREDENTIALS: "INVALID_CREDENTIALS";
  /**
   * The institution reported another active session for the user, and the connection could not go
   * on.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ALREADY_LOGGED_IN: "ALREADY_LOGGED_IN";
  /**
   * An unexpected error ended the execution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNEXPECTED_ERROR: "UNEXPECTED_ERROR";
  /**
   * The one-time code or other MFA answer was not accepted.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_CREDENTIALS_MFA: "INVALID_CREDENTIALS_MFA";
  /**
   * The institution is having an instability: its site or service could not be used.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly SITE_NOT_AVAILABLE: "SITE_NOT_AVAILABLE";
  /**
   * The user's account is locked at the institution.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_LOCKED: "ACCOUNT_LOCKED";
  /**
   * The institution requires the user to reset their credentials before connecting.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_CREDENTIALS_RESET: "ACCOUNT_CREDENTIALS_RESET";
  /**
   * An unexpected error on Pluggy's side, or a connectivity error, ended the execution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Connectivity error, please try again.
   * Whose words: description: bankcodes' wording; message: Pluggy's published text.
   */
  readonly CONNECTION_ERROR: "CONNECTION_ERROR";
  /**
   * The user must do something with their account at the institution before it can be connected.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_NEEDS_ACTION: "ACCOUNT_NEEDS_ACTION";
  /**
   * The user has not yet authorised the access at the institution (on another device or app).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_AUTHORIZATION_PENDING: "USER_AUTHORIZATION_PENDING";
  /**
   * The user did not grant the authorisation the institution asked for.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_AUTHORIZATION_NOT_GRANTED: "USER_AUTHORIZATION_NOT_GRANTED";
  /**
   * The connector does not support this user (their kind of account or access).
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_NOT_SUPPORTED: "USER_NOT_SUPPORTED";
  /**
   * The user did not answer the MFA or other input the execution waited for in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_INPUT_TIMEOUT: "USER_INPUT_TIMEOUT";
  /**
   * The user's authorisation for the connection was revoked.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_AUTHORIZATION_REVOKED: "USER_AUTHORIZATION_REVOKED";
} = /* @__PURE__ */ membersOf(PluggyExecutionErrorCodeCategories, PluggyExecutionErrorCodeAliases);
export type PluggyExecutionErrorCode = (typeof PluggyExecutionErrorCode)[keyof typeof PluggyExecutionErrorCode];
/** A PluggyExecutionErrorCode as read from the wire: a known value or any other string. */
export type PluggyExecutionErrorCodeOrUnknown = PluggyExecutionErrorCode | (string & {});
/** The catalog's metadata of every PluggyExecutionErrorCode value. */
export const PluggyExecutionErrorCodeInfo: { readonly [V in PluggyExecutionErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/execution_error_code",
  {
    INVALID_CREDENTIALS: {
      description: "The credentials were rejected by the institution.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-authentication-failures",
        "pluggy-docs-authentication-failures-pt",
        "pluggy-docs-errors-validations",
        "pluggy-docs-errors-validations-md",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-authentication-failures"] },
        message: {
          by: "provider",
          sources: ["pluggy-docs-errors-validations", "pluggy-docs-errors-validations-md"],
        },
        messageTranslations: {
          by: "provider",
          sources: ["pluggy-docs-authentication-failures-pt"],
        },
        advice: { by: "provider", sources: ["pluggy-docs-authentication-failures"] },
        adviceTranslations: { by: "provider", sources: ["pluggy-docs-authentication-failures-pt"] },
      },
      message: "Invalid credentials.",
      advice: "Re-enter credentials.",
      adviceTranslations: { pt: "Reinsira as credenciais." },
      messageTranslations: { pt: "Credenciais inválidas" },
      userMessage: null,
      aliases: [],
    },
    ALREADY_LOGGED_IN: {
      description: "The institution reported another active session for the user, and the connection could not go on.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNEXPECTED_ERROR: {
      description: "An unexpected error ended the execution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CREDENTIALS_MFA: {
      description: "The one-time code or other MFA answer was not accepted.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SITE_NOT_AVAILABLE: {
      description: "The institution is having an instability: its site or service could not be used.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
        "pluggy-docs-reporting-issues",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_LOCKED: {
      description: "The user's account is locked at the institution.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank account is locked.",
          action: "Contact your bank to unlock it, then try again.",
        },
        fr: {
          message: "Votre compte bancaire est bloqué.",
          action: "Contactez votre banque pour le débloquer, puis réessayez.",
        },
        ar: {
          message: "حسابك المصرفي مقفل.",
          action: "تواصل مع بنكك لإلغاء قفله، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su cuenta bancaria está bloqueada.",
          action: "Comuníquese con su banco para desbloquearla y vuelva a intentarlo.",
        },
        pt: {
          message: "Sua conta bancária está bloqueada.",
          action: "Entre em contato com seu banco para desbloqueá-la e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_CREDENTIALS_RESET: {
      description: "The institution requires the user to reset their credentials before connecting.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to reset your password.",
          action: "Reset your password with your bank, then connect again with the new one.",
        },
        fr: {
          message: "Votre banque vous demande de réinitialiser votre mot de passe.",
          action: "Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
        },
        ar: {
          message: "يطلب منك بنكك إعادة تعيين كلمة المرور.",
          action: "أعد تعيين كلمة المرور لدى بنكك، ثم اربط حسابك مرة أخرى باستخدام كلمة المرور الجديدة.",
        },
        es: {
          message: "Su banco le pide restablecer su contraseña.",
          action: "Restablezca su contraseña con su banco y vuelva a conectarse con la nueva.",
        },
        pt: {
          message: "Seu banco pede que você redefina sua senha.",
          action: "Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONNECTION_ERROR: {
      description: "An unexpected error on Pluggy's side, or a connectivity error, ended the execution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
        "pluggy-docs-reporting-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "bankcodes",
          sources: ["pluggy-docs-errors-validations", "pluggy-docs-reporting-issues"],
        },
        message: { by: "provider", sources: ["pluggy-docs-errors-validations"] },
      },
      message: "Connectivity error, please try again.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_NEEDS_ACTION: {
      description: "The user must do something with their account at the institution before it can be connected.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_AUTHORIZATION_PENDING: {
      description: "The user has not yet authorised the access at the institution (on another device or app).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is waiting for you to approve the connection.",
          action: "Approve the access in your bank's app or website, then come back.",
        },
        fr: {
          message: "Votre banque attend que vous approuviez la connexion.",
          action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
        },
        ar: {
          message: "ينتظر بنكك موافقتك على الربط.",
          action: "وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
        },
        es: {
          message: "Su banco está esperando que apruebe la conexión.",
          action: "Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
        },
        pt: {
          message: "Seu banco está aguardando que você aprove a conexão.",
          action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_AUTHORIZATION_NOT_GRANTED: {
      description: "The user did not grant the authorisation the institution asked for.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_NOT_SUPPORTED: {
      description: "The connector does not support this user (their kind of account or access).",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "This kind of account can't be connected here.",
          action: "Choose another account, or another way to continue.",
        },
        fr: {
          message: "Ce type de compte ne peut pas être connecté ici.",
          action: "Choisissez un autre compte ou une autre façon de continuer.",
        },
        ar: {
          message: "لا يمكن ربط هذا النوع من الحسابات هنا.",
          action: "اختر حساباً آخر أو طريقة أخرى للمتابعة.",
        },
        es: {
          message: "Este tipo de cuenta no se puede conectar aquí.",
          action: "Elija otra cuenta u otra forma de continuar.",
        },
        pt: {
          message: "Este tipo de conta não pode ser conectado aqui.",
          action: "Escolha outra conta ou outra forma de continuar.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_INPUT_TIMEOUT: {
      description: "The user did not answer the MFA or other input the execution waited for in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_AUTHORIZATION_REVOKED: {
      description: "The user's authorisation for the connection was revoked.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-java-execution-error-code"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyExecutionErrorCode. */
export const isPluggyExecutionErrorCode = (value: unknown): value is PluggyExecutionErrorCode => isCodeOf(PluggyExecutionErrorCodeCategories, PluggyExecutionErrorCodeAliases, value);

/** Other wire spellings of PluggyItemStatus values (alias -> value). */
export const PluggyItemStatusAliases: { readonly [alias: string]: PluggyItemStatus } = {
};
/** The category of every PluggyItemStatus value and alias: all a listener needs to read one. */
export const PluggyItemStatusCategories: { readonly [spelling: string]: Category } = {
  UPDATED: "success",
  UPDATING: "pending",
  WAITING_USER_INPUT: "mfa_required",
  WAITING_USER_ACTION: "mfa_required",
  MERGING: "pending",
  LOGIN_ERROR: "reconnect_required",
  OUTDATED: "generic_failure",
};
/**
 * Item status: The current status of an Item (a connection to an institution), 'a first glance
 * about the connection's health': the execution status says more. The SDK lists seven values;
 * Pluggy's Item lifecycle page describes five (its Meaning column is the description here), not
 * WAITING_USER_ACTION and MERGING. Wire field: status (the Item).
 */
export const PluggyItemStatus: {
  /**
   * The last sync process has completed successfully and all new data is available to collect.
   * Category: success (Success); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly UPDATED: "UPDATED";
  /**
   * An update process is in progress and will be updated soon.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly UPDATING: "UPDATING";
  /**
   * The connection requires user's input to continue the sync process, this is common for MFA
   * authentication connectors.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly WAITING_USER_INPUT: "WAITING_USER_INPUT";
  /**
   * The connection waits for the user to act outside the form (scan a QR code or authorise the
   * access), as the Item's userAction says.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WAITING_USER_ACTION: "WAITING_USER_ACTION";
  /**
   * The collected data is being merged into the Item.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MERGING: "MERGING";
  /**
   * The connection must be updated to execute again. We won't trigger auto-sync updates until new
   * credentials parameters are provided.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly LOGIN_ERROR: "LOGIN_ERROR";
  /**
   * The parameters were correctly validated, but there was an error in the last execution. It can
   * be retried.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly OUTDATED: "OUTDATED";
} = /* @__PURE__ */ membersOf(PluggyItemStatusCategories, PluggyItemStatusAliases);
export type PluggyItemStatus = (typeof PluggyItemStatus)[keyof typeof PluggyItemStatus];
/** A PluggyItemStatus as read from the wire: a known value or any other string. */
export type PluggyItemStatusOrUnknown = PluggyItemStatus | (string & {});
/** The catalog's metadata of every PluggyItemStatus value. */
export const PluggyItemStatusInfo: { readonly [V in PluggyItemStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/item_status",
  {
    UPDATED: {
      description: "The last sync process has completed successfully and all new data is available to collect.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-docs-item-lifecycle", "pluggy-docs-item-lifecycle-pt"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-item-lifecycle"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPDATING: {
      description: "An update process is in progress and will be updated soon.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-docs-item-lifecycle", "pluggy-docs-item-lifecycle-pt"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-item-lifecycle"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAITING_USER_INPUT: {
      description: "The connection requires user's input to continue the sync process, this is common for MFA authentication connectors.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-docs-item-lifecycle", "pluggy-docs-item-lifecycle-pt"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-item-lifecycle"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAITING_USER_ACTION: {
      description: "The connection waits for the user to act outside the form (scan a QR code or authorise the access), as the Item's userAction says.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is waiting for you to approve the connection.",
          action: "Approve the access in your bank's app or website, then come back.",
        },
        fr: {
          message: "Votre banque attend que vous approuviez la connexion.",
          action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
        },
        ar: {
          message: "ينتظر بنكك موافقتك على الربط.",
          action: "وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
        },
        es: {
          message: "Su banco está esperando que apruebe la conexión.",
          action: "Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
        },
        pt: {
          message: "Seu banco está aguardando que você aprove a conexão.",
          action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-item"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MERGING: {
      description: "The collected data is being merged into the Item.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-node-error-helpers"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_ERROR: {
      description: "The connection must be updated to execute again. We won't trigger auto-sync updates until new credentials parameters are provided.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-docs-item-lifecycle", "pluggy-docs-item-lifecycle-pt"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-item-lifecycle"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OUTDATED: {
      description: "The parameters were correctly validated, but there was an error in the last execution. It can be retried.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-item", "pluggy-docs-item-lifecycle", "pluggy-docs-item-lifecycle-pt"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-item-lifecycle"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "The last execution failed; the item can be retried.",
    },
  },
);
/** Whether a value is a known PluggyItemStatus. */
export const isPluggyItemStatus = (value: unknown): value is PluggyItemStatus => isCodeOf(PluggyItemStatusCategories, PluggyItemStatusAliases, value);

/** Other wire spellings of PluggyExecutionStatus values (alias -> value). */
export const PluggyExecutionStatusAliases: { readonly [alias: string]: PluggyExecutionStatus } = {
};
/** The category of every PluggyExecutionStatus value and alias: all a listener needs to read one. */
export const PluggyExecutionStatusCategories: { readonly [spelling: string]: Category } = {
  CREATING: "pending",
  CREATE_ERROR: "generic_failure",
  CREATED: "pending",
  LOGIN_IN_PROGRESS: "pending",
  WAITING_USER_INPUT: "mfa_required",
  WAITING_USER_ACTION: "mfa_required",
  LOGIN_MFA_IN_PROGRESS: "pending",
  ACCOUNTS_IN_PROGRESS: "pending",
  TRANSACTIONS_IN_PROGRESS: "pending",
  PAYMENT_DATA_IN_PROGRESS: "pending",
  CREDITCARDS_IN_PROGRESS: "pending",
  INVESTMENTS_IN_PROGRESS: "pending",
  INVESTMENTS_TRANSACTIONS_IN_PROGRESS: "pending",
  IDENTITY_IN_PROGRESS: "pending",
  LOANS_IN_PROGRESS: "pending",
  ACCOUNT_STATEMENTS_IN_PROGRESS: "pending",
  INVALID_CREDENTIALS: "credentials_invalid",
  ALREADY_LOGGED_IN: "concurrent_operation",
  UNEXPECTED_ERROR: "generic_failure",
  INVALID_CREDENTIALS_MFA: "mfa_failed",
  SITE_NOT_AVAILABLE: "institution_unavailable",
  ACCOUNT_LOCKED: "action_required_at_institution",
  ACCOUNT_CREDENTIALS_RESET: "action_required_at_institution",
  CONNECTION_ERROR: "generic_failure",
  ACCOUNT_NEEDS_ACTION: "action_required_at_institution",
  USER_AUTHORIZATION_PENDING: "mfa_required",
  USER_AUTHORIZATION_NOT_GRANTED: "cancelled",
  USER_NOT_SUPPORTED: "institution_not_supported",
  USER_INPUT_TIMEOUT: "session_expired",
  MERGE_ERROR: "generic_failure",
  ERROR: "generic_failure",
  SUCCESS: "success",
  PARTIAL_SUCCESS: "success",
  OPPORTUNITIES_IN_PROGRESS: "pending",
  PORTFOLIO_IN_PROGRESS: "pending",
  INCOME_REPORTS_IN_PROGRESS: "pending",
  BENEFITS_IN_PROGRESS: "pending",
};
/**
 * Execution status: The state of the execution that creates or updates an Item (executionStatus):
 * creation, a connector step in progress, a wait for the user, or how it finished (an execution
 * error code, MERGE_ERROR, ERROR, SUCCESS or PARTIAL_SUCCESS). Four connector steps the SDK listed
 * until May 2025 are kept as removed. Wire field: executionStatus (the Item).
 */
export const PluggyExecutionStatus: {
  /**
   * The execution is being created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATING: "CREATING";
  /**
   * The execution could not be created.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATE_ERROR: "CREATE_ERROR";
  /**
   * The execution was created and has not started its steps.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREATED: "CREATED";
  /**
   * The execution is logging in to the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOGIN_IN_PROGRESS: "LOGIN_IN_PROGRESS";
  /**
   * The execution waits for the user's input (an MFA answer) to continue.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WAITING_USER_INPUT: "WAITING_USER_INPUT";
  /**
   * The execution waits for the user to act outside the form (scan a QR code or authorise the
   * access), as its userAction says.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WAITING_USER_ACTION: "WAITING_USER_ACTION";
  /**
   * The execution is sending the MFA answer to the institution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOGIN_MFA_IN_PROGRESS: "LOGIN_MFA_IN_PROGRESS";
  /**
   * The execution is collecting the accounts.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNTS_IN_PROGRESS: "ACCOUNTS_IN_PROGRESS";
  /**
   * The execution is collecting the transactions.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSACTIONS_IN_PROGRESS: "TRANSACTIONS_IN_PROGRESS";
  /**
   * The execution is collecting the payment data.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_DATA_IN_PROGRESS: "PAYMENT_DATA_IN_PROGRESS";
  /**
   * The execution is collecting the credit cards.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CREDITCARDS_IN_PROGRESS: "CREDITCARDS_IN_PROGRESS";
  /**
   * The execution is collecting the investments.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVESTMENTS_IN_PROGRESS: "INVESTMENTS_IN_PROGRESS";
  /**
   * The execution is collecting the investment transactions.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVESTMENTS_TRANSACTIONS_IN_PROGRESS: "INVESTMENTS_TRANSACTIONS_IN_PROGRESS";
  /**
   * The execution is collecting the identity.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly IDENTITY_IN_PROGRESS: "IDENTITY_IN_PROGRESS";
  /**
   * The execution is collecting the loans.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOANS_IN_PROGRESS: "LOANS_IN_PROGRESS";
  /**
   * The execution is collecting the account statements.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_STATEMENTS_IN_PROGRESS: "ACCOUNT_STATEMENTS_IN_PROGRESS";
  /**
   * The credentials were rejected by the institution.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: Invalid credentials.
   * Advice to the integrator: Re-enter credentials.
   * Whose words: description: Pluggy's published text; message: Pluggy's published text; translated
   * messages: Pluggy's published text; advice to the integrator: Pluggy's published text;
   * translated advice to the integrator: Pluggy's published text.
   */
  readonly INVALID_CREDENTIALS: "INVALID_CREDENTIALS";
  /**
   * The institution reported another active session for the user, and the connection could not go
   * on.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ALREADY_LOGGED_IN: "ALREADY_LOGGED_IN";
  /**
   * An unexpected error ended the execution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNEXPECTED_ERROR: "UNEXPECTED_ERROR";
  /**
   * The one-time code or other MFA answer was not accepted.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVALID_CREDENTIALS_MFA: "INVALID_CREDENTIALS_MFA";
  /**
   * The institution is having an instability: its site or service could not be used.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly SITE_NOT_AVAILABLE: "SITE_NOT_AVAILABLE";
  /**
   * The user's account is locked at the institution.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_LOCKED: "ACCOUNT_LOCKED";
  /**
   * The institution requires the user to reset their credentials before connecting.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_CREDENTIALS_RESET: "ACCOUNT_CREDENTIALS_RESET";
  /**
   * An unexpected error on Pluggy's side, or a connectivity error, ended the execution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Connectivity error, please try again.
   * Whose words: description: bankcodes' wording; message: Pluggy's published text.
   */
  readonly CONNECTION_ERROR: "CONNECTION_ERROR";
  /**
   * The user must do something with their account at the institution before it can be connected.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_NEEDS_ACTION: "ACCOUNT_NEEDS_ACTION";
  /**
   * The user has not yet authorised the access at the institution (on another device or app).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_AUTHORIZATION_PENDING: "USER_AUTHORIZATION_PENDING";
  /**
   * The user did not grant the authorisation the institution asked for.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_AUTHORIZATION_NOT_GRANTED: "USER_AUTHORIZATION_NOT_GRANTED";
  /**
   * The connector does not support this user (their kind of account or access).
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_NOT_SUPPORTED: "USER_NOT_SUPPORTED";
  /**
   * The user did not answer the MFA or other input the execution waited for in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_INPUT_TIMEOUT: "USER_INPUT_TIMEOUT";
  /**
   * The execution failed while merging the collected data.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly MERGE_ERROR: "MERGE_ERROR";
  /**
   * An unexpected error on Pluggy's side ended the execution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly ERROR: "ERROR";
  /**
   * it means every product (accounts, transactions, etc) was retrieved correctly from the
   * institution, and is ready to be retrieved.
   * Category: success (Success); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * Some products could not be collected; the Item's statusDetail says, per product, which were
   * updated.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PARTIAL_SUCCESS: "PARTIAL_SUCCESS";
  /**
   * The execution was collecting opportunities.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in
   * pluggy-sdk 0.89.0.
   */
  readonly OPPORTUNITIES_IN_PROGRESS: "OPPORTUNITIES_IN_PROGRESS";
  /**
   * The execution was collecting the portfolio.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in
   * pluggy-sdk 0.89.0.
   */
  readonly PORTFOLIO_IN_PROGRESS: "PORTFOLIO_IN_PROGRESS";
  /**
   * The execution was collecting the income reports.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in
   * pluggy-sdk 0.89.0.
   */
  readonly INCOME_REPORTS_IN_PROGRESS: "INCOME_REPORTS_IN_PROGRESS";
  /**
   * The execution was collecting the benefits.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in
   * pluggy-sdk 0.89.0.
   */
  readonly BENEFITS_IN_PROGRESS: "BENEFITS_IN_PROGRESS";
} = /* @__PURE__ */ membersOf(PluggyExecutionStatusCategories, PluggyExecutionStatusAliases);
export type PluggyExecutionStatus = (typeof PluggyExecutionStatus)[keyof typeof PluggyExecutionStatus];
/** A PluggyExecutionStatus as read from the wire: a known value or any other string. */
export type PluggyExecutionStatusOrUnknown = PluggyExecutionStatus | (string & {});
/** The catalog's metadata of every PluggyExecutionStatus value. */
export const PluggyExecutionStatusInfo: { readonly [V in PluggyExecutionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/execution_status",
  {
    CREATING: {
      description: "The execution is being created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATE_ERROR: {
      description: "The execution could not be created.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREATED: {
      description: "The execution was created and has not started its steps.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_IN_PROGRESS: {
      description: "The execution is logging in to the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAITING_USER_INPUT: {
      description: "The execution waits for the user's input (an MFA answer) to continue.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-item"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAITING_USER_ACTION: {
      description: "The execution waits for the user to act outside the form (scan a QR code or authorise the access), as its userAction says.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is waiting for you to approve the connection.",
          action: "Approve the access in your bank's app or website, then come back.",
        },
        fr: {
          message: "Votre banque attend que vous approuviez la connexion.",
          action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
        },
        ar: {
          message: "ينتظر بنكك موافقتك على الربط.",
          action: "وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
        },
        es: {
          message: "Su banco está esperando que apruebe la conexión.",
          action: "Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
        },
        pt: {
          message: "Seu banco está aguardando que você aprove a conexão.",
          action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-item"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_MFA_IN_PROGRESS: {
      description: "The execution is sending the MFA answer to the institution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNTS_IN_PROGRESS: {
      description: "The execution is collecting the accounts.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS_IN_PROGRESS: {
      description: "The execution is collecting the transactions.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_DATA_IN_PROGRESS: {
      description: "The execution is collecting the payment data.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDITCARDS_IN_PROGRESS: {
      description: "The execution is collecting the credit cards.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENTS_IN_PROGRESS: {
      description: "The execution is collecting the investments.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENTS_TRANSACTIONS_IN_PROGRESS: {
      description: "The execution is collecting the investment transactions.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IDENTITY_IN_PROGRESS: {
      description: "The execution is collecting the identity.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOANS_IN_PROGRESS: {
      description: "The execution is collecting the loans.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_STATEMENTS_IN_PROGRESS: {
      description: "The execution is collecting the account statements.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CREDENTIALS: {
      description: "The credentials were rejected by the institution.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-authentication-failures",
        "pluggy-docs-authentication-failures-pt",
        "pluggy-docs-errors-validations",
        "pluggy-docs-errors-validations-md",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-authentication-failures"] },
        message: {
          by: "provider",
          sources: ["pluggy-docs-errors-validations", "pluggy-docs-errors-validations-md"],
        },
        messageTranslations: {
          by: "provider",
          sources: ["pluggy-docs-authentication-failures-pt"],
        },
        advice: { by: "provider", sources: ["pluggy-docs-authentication-failures"] },
        adviceTranslations: { by: "provider", sources: ["pluggy-docs-authentication-failures-pt"] },
      },
      message: "Invalid credentials.",
      advice: "Re-enter credentials.",
      adviceTranslations: { pt: "Reinsira as credenciais." },
      messageTranslations: { pt: "Credenciais inválidas" },
      userMessage: null,
      aliases: [],
    },
    ALREADY_LOGGED_IN: {
      description: "The institution reported another active session for the user, and the connection could not go on.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNEXPECTED_ERROR: {
      description: "An unexpected error ended the execution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVALID_CREDENTIALS_MFA: {
      description: "The one-time code or other MFA answer was not accepted.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SITE_NOT_AVAILABLE: {
      description: "The institution is having an instability: its site or service could not be used.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
        "pluggy-docs-reporting-issues",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_LOCKED: {
      description: "The user's account is locked at the institution.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank account is locked.",
          action: "Contact your bank to unlock it, then try again.",
        },
        fr: {
          message: "Votre compte bancaire est bloqué.",
          action: "Contactez votre banque pour le débloquer, puis réessayez.",
        },
        ar: {
          message: "حسابك المصرفي مقفل.",
          action: "تواصل مع بنكك لإلغاء قفله، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su cuenta bancaria está bloqueada.",
          action: "Comuníquese con su banco para desbloquearla y vuelva a intentarlo.",
        },
        pt: {
          message: "Sua conta bancária está bloqueada.",
          action: "Entre em contato com seu banco para desbloqueá-la e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_CREDENTIALS_RESET: {
      description: "The institution requires the user to reset their credentials before connecting.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank needs you to reset your password.",
          action: "Reset your password with your bank, then connect again with the new one.",
        },
        fr: {
          message: "Votre banque vous demande de réinitialiser votre mot de passe.",
          action: "Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
        },
        ar: {
          message: "يطلب منك بنكك إعادة تعيين كلمة المرور.",
          action: "أعد تعيين كلمة المرور لدى بنكك، ثم اربط حسابك مرة أخرى باستخدام كلمة المرور الجديدة.",
        },
        es: {
          message: "Su banco le pide restablecer su contraseña.",
          action: "Restablezca su contraseña con su banco y vuelva a conectarse con la nueva.",
        },
        pt: {
          message: "Seu banco pede que você redefina sua senha.",
          action: "Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONNECTION_ERROR: {
      description: "An unexpected error on Pluggy's side, or a connectivity error, ended the execution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-node-execution-2023-02",
        "pluggy-docs-errors-validations",
        "pluggy-docs-reporting-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "bankcodes",
          sources: ["pluggy-docs-errors-validations", "pluggy-docs-reporting-issues"],
        },
        message: { by: "provider", sources: ["pluggy-docs-errors-validations"] },
      },
      message: "Connectivity error, please try again.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_NEEDS_ACTION: {
      description: "The user must do something with their account at the institution before it can be connected.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_AUTHORIZATION_PENDING: {
      description: "The user has not yet authorised the access at the institution (on another device or app).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank is waiting for you to approve the connection.",
          action: "Approve the access in your bank's app or website, then come back.",
        },
        fr: {
          message: "Votre banque attend que vous approuviez la connexion.",
          action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
        },
        ar: {
          message: "ينتظر بنكك موافقتك على الربط.",
          action: "وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
        },
        es: {
          message: "Su banco está esperando que apruebe la conexión.",
          action: "Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
        },
        pt: {
          message: "Seu banco está aguardando que você aprove a conexão.",
          action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_AUTHORIZATION_NOT_GRANTED: {
      description: "The user did not grant the authorisation the institution asked for.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_NOT_SUPPORTED: {
      description: "The connector does not support this user (their kind of account or access).",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "This kind of account can't be connected here.",
          action: "Choose another account, or another way to continue.",
        },
        fr: {
          message: "Ce type de compte ne peut pas être connecté ici.",
          action: "Choisissez un autre compte ou une autre façon de continuer.",
        },
        ar: {
          message: "لا يمكن ربط هذا النوع من الحسابات هنا.",
          action: "اختر حساباً آخر أو طريقة أخرى للمتابعة.",
        },
        es: {
          message: "Este tipo de cuenta no se puede conectar aquí.",
          action: "Elija otra cuenta u otra forma de continuar.",
        },
        pt: {
          message: "Este tipo de conta não pode ser conectado aqui.",
          action: "Escolha outra conta ou outra forma de continuar.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    USER_INPUT_TIMEOUT: {
      description: "The user did not answer the MFA or other input the execution waited for in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-node-execution-2023-02"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MERGE_ERROR: {
      description: "The execution failed while merging the collected data.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-execution"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "An unexpected error on Pluggy's side ended the execution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-docs-errors-validations",
        "pluggy-docs-reporting-issues",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "it means every product (accounts, transactions, etc) was retrieved correctly from the institution, and is ready to be retrieved.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution", "pluggy-docs-errors-validations-md"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-errors-validations-md"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTIAL_SUCCESS: {
      description: "Some products could not be collected; the Item's statusDetail says, per product, which were updated.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "pluggy-node-execution",
        "pluggy-docs-errors-validations-partial",
        "pluggy-node-item",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPPORTUNITIES_IN_PROGRESS: {
      description: "The execution was collecting opportunities.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution-2024-06"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PORTFOLIO_IN_PROGRESS: {
      description: "The execution was collecting the portfolio.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution-2024-06"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOME_REPORTS_IN_PROGRESS: {
      description: "The execution was collecting the income reports.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution-2024-06"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BENEFITS_IN_PROGRESS: {
      description: "The execution was collecting the benefits.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-execution-2024-06"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyExecutionStatus. */
export const isPluggyExecutionStatus = (value: unknown): value is PluggyExecutionStatus => isCodeOf(PluggyExecutionStatusCategories, PluggyExecutionStatusAliases, value);

/** Other wire spellings of PluggyConnectorStatus values (alias -> value). */
export const PluggyConnectorStatusAliases: { readonly [alias: string]: PluggyConnectorStatus } = {
};
/** The category of every PluggyConnectorStatus value and alias: all a listener needs to read one. */
export const PluggyConnectorStatusCategories: { readonly [spelling: string]: Category } = {
  ONLINE: "success",
  UNSTABLE: "institution_unavailable",
  OFFLINE: "institution_unavailable",
};
/**
 * Connector health status: The current status of a connector (an institution's integration):
 * health.status of a Connector, and data.status of the connector/status_updated webhook. Wire
 * field: health.status (Connector); data.status (connector/status_updated webhook).
 */
export const PluggyConnectorStatus: {
  /**
   * the connector is working as expected
   * Category: success (Success); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly ONLINE: "ONLINE";
  /**
   * the connector is working but with degraded performance
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly UNSTABLE: "UNSTABLE";
  /**
   * the connector is not currently available (API will refuse all connections with 400 status
   * error)
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly OFFLINE: "OFFLINE";
} = /* @__PURE__ */ membersOf(PluggyConnectorStatusCategories, PluggyConnectorStatusAliases);
export type PluggyConnectorStatus = (typeof PluggyConnectorStatus)[keyof typeof PluggyConnectorStatus];
/** A PluggyConnectorStatus as read from the wire: a known value or any other string. */
export type PluggyConnectorStatusOrUnknown = PluggyConnectorStatus | (string & {});
/** The catalog's metadata of every PluggyConnectorStatus value. */
export const PluggyConnectorStatusInfo: { readonly [V in PluggyConnectorStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/connector_status",
  {
    ONLINE: {
      description: "the connector is working as expected",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-connector", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-node-connector"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNSTABLE: {
      description: "the connector is working but with degraded performance",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-connector", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-node-connector"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "The connector works, unreliably.",
    },
    OFFLINE: {
      description: "the connector is not currently available (API will refuse all connections with 400 status error)",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-connector", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-node-connector"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyConnectorStatus. */
export const isPluggyConnectorStatus = (value: unknown): value is PluggyConnectorStatus => isCodeOf(PluggyConnectorStatusCategories, PluggyConnectorStatusAliases, value);

/** Other wire spellings of PluggyPaymentRequestStatus values (alias -> value). */
export const PluggyPaymentRequestStatusAliases: { readonly [alias: string]: PluggyPaymentRequestStatus } = {
};
/** The category of every PluggyPaymentRequestStatus value and alias: all a listener needs to read one. */
export const PluggyPaymentRequestStatusCategories: { readonly [spelling: string]: Category } = {
  CREATED: "pending",
  IN_PROGRESS: "pending",
  COMPLETED: "success",
  SCHEDULED: "pending",
  WAITING_PAYER_AUTHORIZATION: "pending",
  ERROR: "generic_failure",
  REFUND_IN_PROGRESS: "pending",
  REFUNDED: "success",
  REFUND_ERROR: "generic_failure",
  EXPIRED: "session_expired",
  AUTHORIZED: "success",
  CANCELED: "cancelled",
};
/**
 * Payment request status: The status of a payment request (Pluggy's payment initiation and Pix
 * Automático). The SDK's comment describes seven of its twelve values; the others are described in
 * bankcodes' words. At 8347744 (November 2024) the SDK listed nine: EXPIRED, AUTHORIZED and
 * CANCELED came in 2025. The payment_request/updated webhook sends AUTHORIZED, CANCELED, COMPLETED
 * or ERROR in data.status. Wire field: status (PaymentRequest); data.status
 * (payment_request/updated webhook).
 */
export const PluggyPaymentRequestStatus: {
  /**
   * Payment request was created
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly CREATED: "CREATED";
  /**
   * User started the payment process
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly IN_PROGRESS: "IN_PROGRESS";
  /**
   * Payment request was completed
   * Category: success (Success); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly COMPLETED: "COMPLETED";
  /**
   * The payment request is scheduled: its payments are made on their dates.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SCHEDULED: "SCHEDULED";
  /**
   * User needs to authorize the payment in the payment institution
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly WAITING_PAYER_AUTHORIZATION: "WAITING_PAYER_AUTHORIZATION";
  /**
   * Payment request has an error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly ERROR: "ERROR";
  /**
   * A refund of the payment is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REFUND_IN_PROGRESS: "REFUND_IN_PROGRESS";
  /**
   * The payment was refunded.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REFUNDED: "REFUNDED";
  /**
   * The refund of the payment failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly REFUND_ERROR: "REFUND_ERROR";
  /**
   * The payment request expired before it was paid or authorised.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Payment request authorized and active (for automatic PIX)
   * Category: success (Success); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly AUTHORIZED: "AUTHORIZED";
  /**
   * Payment request canceled or authorization revoked
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly CANCELED: "CANCELED";
} = /* @__PURE__ */ membersOf(PluggyPaymentRequestStatusCategories, PluggyPaymentRequestStatusAliases);
export type PluggyPaymentRequestStatus = (typeof PluggyPaymentRequestStatus)[keyof typeof PluggyPaymentRequestStatus];
/** A PluggyPaymentRequestStatus as read from the wire: a known value or any other string. */
export type PluggyPaymentRequestStatusOrUnknown = PluggyPaymentRequestStatus | (string & {});
/** The catalog's metadata of every PluggyPaymentRequestStatus value. */
export const PluggyPaymentRequestStatusInfo: { readonly [V in PluggyPaymentRequestStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/payment_request_status",
  {
    CREATED: {
      description: "Payment request was created",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IN_PROGRESS: {
      description: "User started the payment process",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "Payment request was completed",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SCHEDULED: {
      description: "The payment request is scheduled: its payments are made on their dates.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAITING_PAYER_AUTHORIZATION: {
      description: "User needs to authorize the payment in the payment institution",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Payment request has an error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFUND_IN_PROGRESS: {
      description: "A refund of the payment is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFUNDED: {
      description: "The payment was refunded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFUND_ERROR: {
      description: "The refund of the payment failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request", "pluggy-node-payment-request-2024-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "The payment request expired before it was paid or authorised.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORIZED: {
      description: "Payment request authorized and active (for automatic PIX)",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-node-payment-request"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELED: {
      description: "Payment request canceled or authorization revoked",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-node-payment-request"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-node-payment-request"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyPaymentRequestStatus. */
export const isPluggyPaymentRequestStatus = (value: unknown): value is PluggyPaymentRequestStatus => isCodeOf(PluggyPaymentRequestStatusCategories, PluggyPaymentRequestStatusAliases, value);

/** Other wire spellings of PluggyWebhookEvent values (alias -> value). */
export const PluggyWebhookEventAliases: { readonly [alias: string]: PluggyWebhookEvent } = {
};
/** The category of every PluggyWebhookEvent value and alias: all a listener needs to read one. */
export const PluggyWebhookEventCategories: { readonly [spelling: string]: Category } = {
  "item/created": "informational",
  "item/updated": "informational",
  "item/error": "informational",
  "item/deleted": "informational",
  "item/waiting_user_input": "informational",
  "item/waiting_user_action": "informational",
  "item/login_succeeded": "informational",
  "connector/status_updated": "informational",
  "transactions/created": "informational",
  "transactions/updated": "informational",
  "transactions/deleted": "informational",
  "payment_intent/created": "informational",
  "payment_intent/completed": "informational",
  "payment_intent/waiting_payer_authorization": "informational",
  "payment_intent/error": "informational",
  "scheduled_payment/created": "informational",
  "scheduled_payment/completed": "informational",
  "scheduled_payment/error": "informational",
  "scheduled_payment/canceled": "informational",
  "scheduled_payment/all_completed": "informational",
  "scheduled_payment/all_created": "informational",
  "boleto/updated": "informational",
  all: "informational",
  "automatic_pix_payment/created": "informational",
  "automatic_pix_payment/completed": "informational",
  "automatic_pix_payment/error": "informational",
  "automatic_pix_payment/canceled": "informational",
  "payment_request/updated": "informational",
  "smart_transfer_preauthorization/completed": "informational",
  "smart_transfer_preauthorization/error": "informational",
  "smart_transfer_payment/completed": "informational",
  "smart_transfer_payment/error": "informational",
  "payment_refund/completed": "informational",
  "payment_refund/error": "informational",
};
/**
 * Webhook event: What a webhook notification is about (event), and what a webhook is registered for
 * (all for every event). The descriptions are the Webhook page's where the copies read have them.
 * Two payment refund events the SDK listed during 2025 are kept as removed. Wire field: event
 * (every webhook; POST /webhooks).
 */
export const PluggyWebhookEvent: {
  /**
   * An item was created and finished connecting succesfully.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_created: "item/created";
  /**
   * An item was updated and synced successfully.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_updated: "item/updated";
  /**
   * An item has encountered errors in its execution. The case of USER_AUTHORIZATION_PENDING will
   * also trigger this event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_error: "item/error";
  /**
   * An item was deleted successfully.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_deleted: "item/deleted";
  /**
   * An item is blocked waiting for user input to continue.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_waiting_user_input: "item/waiting_user_input";
  /**
   * An item is blocked waiting for the user to act outside the form (its userAction).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly item_waiting_user_action: "item/waiting_user_action";
  /**
   * An item has successfully logged in to the provider and it's collecting the data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly item_login_succeeded: "item/login_succeeded";
  /**
   * A connector has changed status (ONLINE/UNSTABLE/OFFLINE). This event informs the affected
   * connector ID and updated status. Check the Connectors endpoint to see all connectors and their
   * IDs.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly connector_status_updated: "connector/status_updated";
  /**
   * New transactions of an account were created; createdTransactionsLink fetches them.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactions_created: "transactions/created";
  /**
   * Ids of updated transactions after merge data on item update. After receive this webhooks, it's
   * recommended to get the full transactions data, use the transactions endpoint with ids parameter
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly transactions_updated: "transactions/updated";
  /**
   * Ids of deleted transactions after merge data on item update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly transactions_deleted: "transactions/deleted";
  /**
   * Id of payment intent created by the user. With paymentRequestId or bulkPaymentId too.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly payment_intent_created: "payment_intent/created";
  /**
   * Id of payment intent completed successfully by the user. With paymentRequestId or bulkPaymentId
   * too.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly payment_intent_completed: "payment_intent/completed";
  /**
   * Id of payment intent when it needs additional authorization.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly payment_intent_waiting_payer_authorization: "payment_intent/waiting_payer_authorization";
  /**
   * Id of payment intent when has an error during the flow (with paymentRequestId too).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly payment_intent_error: "payment_intent/error";
  /**
   * The scheduled_payment/created event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_created: "scheduled_payment/created";
  /**
   * The scheduled_payment/completed event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_completed: "scheduled_payment/completed";
  /**
   * The scheduled_payment/error event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_error: "scheduled_payment/error";
  /**
   * The scheduled_payment/canceled event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_canceled: "scheduled_payment/canceled";
  /**
   * The scheduled_payment/all_completed event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_all_completed: "scheduled_payment/all_completed";
  /**
   * The scheduled_payment/all_created event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled_payment_all_created: "scheduled_payment/all_created";
  /**
   * The boleto/updated event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly boleto_updated: "boleto/updated";
  /**
   * Every event: a webhook registered for all receives each of them.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly all: "all";
  /**
   * The automatic_pix_payment/created event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly automatic_pix_payment_created: "automatic_pix_payment/created";
  /**
   * The automatic_pix_payment/completed event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly automatic_pix_payment_completed: "automatic_pix_payment/completed";
  /**
   * The automatic_pix_payment/error event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly automatic_pix_payment_error: "automatic_pix_payment/error";
  /**
   * The automatic_pix_payment/canceled event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly automatic_pix_payment_canceled: "automatic_pix_payment/canceled";
  /**
   * A payment request changed status; data.status holds the new one.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payment_request_updated: "payment_request/updated";
  /**
   * The smart_transfer_preauthorization/completed event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly smart_transfer_preauthorization_completed: "smart_transfer_preauthorization/completed";
  /**
   * The smart_transfer_preauthorization/error event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly smart_transfer_preauthorization_error: "smart_transfer_preauthorization/error";
  /**
   * The smart_transfer_payment/completed event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly smart_transfer_payment_completed: "smart_transfer_payment/completed";
  /**
   * The smart_transfer_payment/error event.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly smart_transfer_payment_error: "smart_transfer_payment/error";
  /**
   * A payment refund was completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from
   * WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-
   * sdk 0.89.0.
   */
  readonly payment_refund_completed: "payment_refund/completed";
  /**
   * A payment refund failed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from
   * WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-
   * sdk 0.89.0.
   */
  readonly payment_refund_error: "payment_refund/error";
} = /* @__PURE__ */ membersOf(PluggyWebhookEventCategories, PluggyWebhookEventAliases, {
  "item/created": "item_created",
  "item/updated": "item_updated",
  "item/error": "item_error",
  "item/deleted": "item_deleted",
  "item/waiting_user_input": "item_waiting_user_input",
  "item/waiting_user_action": "item_waiting_user_action",
  "item/login_succeeded": "item_login_succeeded",
  "connector/status_updated": "connector_status_updated",
  "transactions/created": "transactions_created",
  "transactions/updated": "transactions_updated",
  "transactions/deleted": "transactions_deleted",
  "payment_intent/created": "payment_intent_created",
  "payment_intent/completed": "payment_intent_completed",
  "payment_intent/waiting_payer_authorization": "payment_intent_waiting_payer_authorization",
  "payment_intent/error": "payment_intent_error",
  "scheduled_payment/created": "scheduled_payment_created",
  "scheduled_payment/completed": "scheduled_payment_completed",
  "scheduled_payment/error": "scheduled_payment_error",
  "scheduled_payment/canceled": "scheduled_payment_canceled",
  "scheduled_payment/all_completed": "scheduled_payment_all_completed",
  "scheduled_payment/all_created": "scheduled_payment_all_created",
  "boleto/updated": "boleto_updated",
  "automatic_pix_payment/created": "automatic_pix_payment_created",
  "automatic_pix_payment/completed": "automatic_pix_payment_completed",
  "automatic_pix_payment/error": "automatic_pix_payment_error",
  "automatic_pix_payment/canceled": "automatic_pix_payment_canceled",
  "payment_request/updated": "payment_request_updated",
  "smart_transfer_preauthorization/completed": "smart_transfer_preauthorization_completed",
  "smart_transfer_preauthorization/error": "smart_transfer_preauthorization_error",
  "smart_transfer_payment/completed": "smart_transfer_payment_completed",
  "smart_transfer_payment/error": "smart_transfer_payment_error",
  "payment_refund/completed": "payment_refund_completed",
  "payment_refund/error": "payment_refund_error",
});
export type PluggyWebhookEvent = (typeof PluggyWebhookEvent)[keyof typeof PluggyWebhookEvent];
/** A PluggyWebhookEvent as read from the wire: a known value or any other string. */
export type PluggyWebhookEventOrUnknown = PluggyWebhookEvent | (string & {});
/** The catalog's metadata of every PluggyWebhookEvent value. */
export const PluggyWebhookEventInfo: { readonly [V in PluggyWebhookEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/webhook_event",
  {
    "item/created": {
      name: "item_created",
      description: "An item was created and finished connecting succesfully.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/updated": {
      name: "item_updated",
      description: "An item was updated and synced successfully.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/error": {
      name: "item_error",
      description: "An item has encountered errors in its execution. The case of USER_AUTHORIZATION_PENDING will also trigger this event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/deleted": {
      name: "item_deleted",
      description: "An item was deleted successfully.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/waiting_user_input": {
      name: "item_waiting_user_input",
      description: "An item is blocked waiting for user input to continue.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/waiting_user_action": {
      name: "item_waiting_user_action",
      description: "An item is blocked waiting for the user to act outside the form (its userAction).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item/login_succeeded": {
      name: "item_login_succeeded",
      description: "An item has successfully logged in to the provider and it's collecting the data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connector/status_updated": {
      name: "connector_status_updated",
      description: "A connector has changed status (ONLINE/UNSTABLE/OFFLINE). This event informs the affected connector ID and updated status. Check the Connectors endpoint to see all connectors and their IDs.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "transactions/created": {
      name: "transactions_created",
      description: "New transactions of an account were created; createdTransactionsLink fetches them.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "transactions/updated": {
      name: "transactions_updated",
      description: "Ids of updated transactions after merge data on item update. After receive this webhooks, it's recommended to get the full transactions data, use the transactions endpoint with ids parameter",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "transactions/deleted": {
      name: "transactions_deleted",
      description: "Ids of deleted transactions after merge data on item update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent/created": {
      name: "payment_intent_created",
      description: "Id of payment intent created by the user. With paymentRequestId or bulkPaymentId too.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks-payments"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks-payments"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent/completed": {
      name: "payment_intent_completed",
      description: "Id of payment intent completed successfully by the user. With paymentRequestId or bulkPaymentId too.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks-payments"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks-payments"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent/waiting_payer_authorization": {
      name: "payment_intent_waiting_payer_authorization",
      description: "Id of payment intent when it needs additional authorization.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks-payments"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks-payments"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent/error": {
      name: "payment_intent_error",
      description: "Id of payment intent when has an error during the flow (with paymentRequestId too).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook", "pluggy-docs-webhooks-payments"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-webhooks-payments"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/created": {
      name: "scheduled_payment_created",
      description: "The scheduled_payment/created event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/completed": {
      name: "scheduled_payment_completed",
      description: "The scheduled_payment/completed event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/error": {
      name: "scheduled_payment_error",
      description: "The scheduled_payment/error event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/canceled": {
      name: "scheduled_payment_canceled",
      description: "The scheduled_payment/canceled event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/all_completed": {
      name: "scheduled_payment_all_completed",
      description: "The scheduled_payment/all_completed event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "scheduled_payment/all_created": {
      name: "scheduled_payment_all_created",
      description: "The scheduled_payment/all_created event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "boleto/updated": {
      name: "boleto_updated",
      description: "The boleto/updated event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    all: {
      description: "Every event: a webhook registered for all receives each of them.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "pluggy-node-webhook",
        "pluggy-docs-webhooks-payments",
        "pluggy-docs-authentication-failures",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "automatic_pix_payment/created": {
      name: "automatic_pix_payment_created",
      description: "The automatic_pix_payment/created event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "automatic_pix_payment/completed": {
      name: "automatic_pix_payment_completed",
      description: "The automatic_pix_payment/completed event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "automatic_pix_payment/error": {
      name: "automatic_pix_payment_error",
      description: "The automatic_pix_payment/error event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "automatic_pix_payment/canceled": {
      name: "automatic_pix_payment_canceled",
      description: "The automatic_pix_payment/canceled event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_request/updated": {
      name: "payment_request_updated",
      description: "A payment request changed status; data.status holds the new one.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "smart_transfer_preauthorization/completed": {
      name: "smart_transfer_preauthorization_completed",
      description: "The smart_transfer_preauthorization/completed event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "smart_transfer_preauthorization/error": {
      name: "smart_transfer_preauthorization_error",
      description: "The smart_transfer_preauthorization/error event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "smart_transfer_payment/completed": {
      name: "smart_transfer_payment_completed",
      description: "The smart_transfer_payment/completed event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "smart_transfer_payment/error": {
      name: "smart_transfer_payment_error",
      description: "The smart_transfer_payment/error event.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_refund/completed": {
      name: "payment_refund_completed",
      description: "A payment refund was completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook-2025-01", "pluggy-node-commit-f136147"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_refund/error": {
      name: "payment_refund_error",
      description: "A payment refund failed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-node-webhook-2025-01", "pluggy-node-commit-f136147"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "item/created": "item_created",
    "item/updated": "item_updated",
    "item/error": "item_error",
    "item/deleted": "item_deleted",
    "item/waiting_user_input": "item_waiting_user_input",
    "item/waiting_user_action": "item_waiting_user_action",
    "item/login_succeeded": "item_login_succeeded",
    "connector/status_updated": "connector_status_updated",
    "transactions/created": "transactions_created",
    "transactions/updated": "transactions_updated",
    "transactions/deleted": "transactions_deleted",
    "payment_intent/created": "payment_intent_created",
    "payment_intent/completed": "payment_intent_completed",
    "payment_intent/waiting_payer_authorization": "payment_intent_waiting_payer_authorization",
    "payment_intent/error": "payment_intent_error",
    "scheduled_payment/created": "scheduled_payment_created",
    "scheduled_payment/completed": "scheduled_payment_completed",
    "scheduled_payment/error": "scheduled_payment_error",
    "scheduled_payment/canceled": "scheduled_payment_canceled",
    "scheduled_payment/all_completed": "scheduled_payment_all_completed",
    "scheduled_payment/all_created": "scheduled_payment_all_created",
    "boleto/updated": "boleto_updated",
    "automatic_pix_payment/created": "automatic_pix_payment_created",
    "automatic_pix_payment/completed": "automatic_pix_payment_completed",
    "automatic_pix_payment/error": "automatic_pix_payment_error",
    "automatic_pix_payment/canceled": "automatic_pix_payment_canceled",
    "payment_request/updated": "payment_request_updated",
    "smart_transfer_preauthorization/completed": "smart_transfer_preauthorization_completed",
    "smart_transfer_preauthorization/error": "smart_transfer_preauthorization_error",
    "smart_transfer_payment/completed": "smart_transfer_payment_completed",
    "smart_transfer_payment/error": "smart_transfer_payment_error",
    "payment_refund/completed": "payment_refund_completed",
    "payment_refund/error": "payment_refund_error",
  },
);
/** Whether a value is a known PluggyWebhookEvent. */
export const isPluggyWebhookEvent = (value: unknown): value is PluggyWebhookEvent => isCodeOf(PluggyWebhookEventCategories, PluggyWebhookEventAliases, value);

/** Other wire spellings of PluggyConnectEvent values (alias -> value). */
export const PluggyConnectEventAliases: { readonly [alias: string]: PluggyConnectEvent } = {
};
/** The category of every PluggyConnectEvent value and alias: all a listener needs to read one. */
export const PluggyConnectEventCategories: { readonly [spelling: string]: Category } = {
  SELECTED_INSTITUTION: "informational",
  SUBMITTED_CONSENT: "informational",
  SUBMITTED_LOGIN: "informational",
  SUBMITTED_MFA: "informational",
  LOGIN_SUCCESS: "informational",
  LOGIN_MFA_SUCCESS: "informational",
  LOGIN_STEP_COMPLETED: "informational",
  ITEM_RESPONSE: "informational",
};
/**
 * Pluggy Connect event: The event of the payload the Pluggy Connect widget passes to onEvent ('to
 * track specific user interactions'), with its timestamp: the connector for SELECTED_INSTITUTION,
 * the Item for the login and Item events. The SDK's typing gives no text per event: the
 * descriptions are bankcodes' words. Wire field: event (onEvent payload of Pluggy Connect).
 */
export const PluggyConnectEvent: {
  /**
   * The user selected an institution (the payload's connector).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SELECTED_INSTITUTION: "SELECTED_INSTITUTION";
  /**
   * The user accepted the consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED_CONSENT: "SUBMITTED_CONSENT";
  /**
   * The user submitted the login form.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED_LOGIN: "SUBMITTED_LOGIN";
  /**
   * The user submitted an MFA answer.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMITTED_MFA: "SUBMITTED_MFA";
  /**
   * The login succeeded (the payload's item).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOGIN_SUCCESS: "LOGIN_SUCCESS";
  /**
   * The MFA step of the login succeeded (the payload's item).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOGIN_MFA_SUCCESS: "LOGIN_MFA_SUCCESS";
  /**
   * The login step is complete and the Item goes on collecting (the payload's item).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOGIN_STEP_COMPLETED: "LOGIN_STEP_COMPLETED";
  /**
   * The widget received the Item (the payload's item).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ITEM_RESPONSE: "ITEM_RESPONSE";
} = /* @__PURE__ */ membersOf(PluggyConnectEventCategories, PluggyConnectEventAliases);
export type PluggyConnectEvent = (typeof PluggyConnectEvent)[keyof typeof PluggyConnectEvent];
/** A PluggyConnectEvent as read from the wire: a known value or any other string. */
export type PluggyConnectEventOrUnknown = PluggyConnectEvent | (string & {});
/** The catalog's metadata of every PluggyConnectEvent value. */
export const PluggyConnectEventInfo: { readonly [V in PluggyConnectEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/connect_event",
  {
    SELECTED_INSTITUTION: {
      description: "The user selected an institution (the payload's connector).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED_CONSENT: {
      description: "The user accepted the consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED_LOGIN: {
      description: "The user submitted the login form.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMITTED_MFA: {
      description: "The user submitted an MFA answer.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_SUCCESS: {
      description: "The login succeeded (the payload's item).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_MFA_SUCCESS: {
      description: "The MFA step of the login succeeded (the payload's item).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LOGIN_STEP_COMPLETED: {
      description: "The login step is complete and the Item goes on collecting (the payload's item).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_RESPONSE: {
      description: "The widget received the Item (the payload's item).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-connect-sdk-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyConnectEvent. */
export const isPluggyConnectEvent = (value: unknown): value is PluggyConnectEvent => isCodeOf(PluggyConnectEventCategories, PluggyConnectEventAliases, value);

/** Other wire spellings of PluggyItemRequestError values (alias -> value). */
export const PluggyItemRequestErrorAliases: { readonly [alias: string]: PluggyItemRequestError } = {
};
/** The category of every PluggyItemRequestError value and alias: all a listener needs to read one. */
export const PluggyItemRequestErrorCategories: { readonly [spelling: string]: Category } = {
  PARAMETERS_NOT_PROVIDED: "integration_error",
  ITEM_ALREADY_UPDATING: "concurrent_operation",
  CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY: "rate_limited",
  CREATE_ITEMS_API_FREE_DISABLED: "integration_error",
  SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED: "integration_error",
  TOO_MANY_CONSECUTIVE_ERRORS: "rejected",
  ITEM_CREATION_LIMIT_EXCEEDED: "integration_error",
  CLIENT_HAS_ITEM_UPDATES_DISABLED: "integration_error",
  ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT: "credentials_invalid",
  ITEM_IS_ALREADY_UPDATING: "concurrent_operation",
  CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR: "user_action_required",
};
/**
 * Item request error: An error of a request that creates or updates an Item, as the Items API
 * reference lists it (Creating & Updating Item errors: Error, Message, Action Item; the Action Item
 * is the advice here). The table names no field; the catalog reads these codes where Pluggy's Error
 * Codes page puts an error's stable identifier, codeDescription. Five code cells are rendered in
 * two pieces by every capture read (CLIENT_IS_UPDATING / BEFORE_ALLOWED_FREQUENCY,
 * SANDBOX_CLIENT_ITEM / UPDATE_NOT_ALLOWED, CLIENT_HAS_ITEM / UPDATES_DISABLED,
 * ITEM_ORIGINAL_CONNECTED / WITH_DIFFERENT_ACCOUNT, CONNECTOR_REQUIRED /
 * PARAMETER_VALIDATION_ERROR): their values are the pieces joined, as each code's notes say. The
 * table runs on past the eleventh row in every capture read; the rows after it are not in the
 * catalog. Wire field: codeDescription of the API error body of POST /items and PATCH /items/{id}
 * (the Items reference's table names no field).
 */
export const PluggyItemRequestError: {
  /**
   * Parameters were not provided
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Send the connection's credentials to sync the item.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly PARAMETERS_NOT_PROVIDED: "PARAMETERS_NOT_PROVIDED";
  /**
   * An update is already in progress, wait until the last execution ends
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: The item is syncing and can't be retriggered the execution until it
   * finishes. Wait until success/error.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly ITEM_ALREADY_UPDATING: "ITEM_ALREADY_UPDATING";
  /**
   * Client updates on this item are allowed at most every {frequency} hours. The last update was at
   * {time}.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Advice to the integrator: Client can't trigger updates with a frequency lower that contracted.
   * Must wait until {frequency} hours pass from the last update {time}
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY: "CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY";
  /**
   * Free subscription can only create items through our Connect Widget
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: The client can't connect new items without using Pluggy Connect
   * Widget.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly CREATE_ITEMS_API_FREE_DISABLED: "CREATE_ITEMS_API_FREE_DISABLED";
  /**
   * Current client subscription level can only update Sandbox (Pluggy Bank) items
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Client can only update Sandbox connections.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED: "SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED";
  /**
   * There have been more than 5 failing synchronization, please contact support
   * Category: rejected (Rejected); retryable: no.
   * Advice to the integrator: Connection faced too many consecutive errors, report it to Pluggy if
   * it's needed.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly TOO_MANY_CONSECUTIVE_ERRORS: "TOO_MANY_CONSECUTIVE_ERRORS";
  /**
   * Client exceeded item creation limit {limit} for the current subscription level.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Client can't create more items due to their contracted limit amount.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly ITEM_CREATION_LIMIT_EXCEEDED: "ITEM_CREATION_LIMIT_EXCEEDED";
  /**
   * Client has item updates disabled
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Updates were disabled for the customer due to abusive use of the API
   * or not contracted feature. Contact support if it happens.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly CLIENT_HAS_ITEM_UPDATES_DISABLED: "CLIENT_HAS_ITEM_UPDATES_DISABLED";
  /**
   * Item was originally connected with a different account, please use the original account
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Connection its being updated to access another account, not the
   * original and would generate mixed data.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT: "ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT";
  /**
   * There is an active item for the set of credentials that hasn't finished executing
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: The same set of credentials is being synced at the moment, it can't
   * be done right now to avoid multiple sessions with the FI.
   * Whose words: message: Pluggy's published text; advice to the integrator: Pluggy's published
   * text.
   */
  readonly ITEM_IS_ALREADY_UPDATING: "ITEM_IS_ALREADY_UPDATING";
  /**
   * The parameter {parameter} is required to be renewed for item update.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: message: Pluggy's published text.
   */
  readonly CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR: "CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR";
} = /* @__PURE__ */ membersOf(PluggyItemRequestErrorCategories, PluggyItemRequestErrorAliases);
export type PluggyItemRequestError = (typeof PluggyItemRequestError)[keyof typeof PluggyItemRequestError];
/** A PluggyItemRequestError as read from the wire: a known value or any other string. */
export type PluggyItemRequestErrorOrUnknown = PluggyItemRequestError | (string & {});
/** The catalog's metadata of every PluggyItemRequestError value. */
export const PluggyItemRequestErrorInfo: { readonly [V in PluggyItemRequestError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/item_request_error",
  {
    PARAMETERS_NOT_PROVIDED: {
      description: "Parameters were not provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        advice: { by: "provider", sources: ["pluggy-docs-items-errors"] },
      },
      message: "Parameters were not provided",
      advice: "Send the connection's credentials to sync the item.",
      userMessage: null,
      aliases: [],
    },
    ITEM_ALREADY_UPDATING: {
      description: "An update is already in progress, wait until the last execution ends",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        advice: { by: "provider", sources: ["pluggy-docs-items-errors"] },
      },
      message: "An update is already in progress, wait until the last execution ends",
      advice: "The item is syncing and can't be retriggered the execution until it finishes. Wait until success/error.",
      userMessage: null,
      aliases: [],
    },
    CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY: {
      description: "Client updates on this item are allowed at most every {frequency} hours. The last update was at {time}.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        message: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        advice: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
      },
      message: "Client updates on this item are allowed at most every {frequency} hours. The last update was at {time}.",
      advice: "Client can't trigger updates with a frequency lower that contracted. Must wait until {frequency} hours pass from the last update {time}",
      userMessage: null,
      aliases: [],
    },
    CREATE_ITEMS_API_FREE_DISABLED: {
      description: "Free subscription can only create items through our Connect Widget",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        advice: { by: "provider", sources: ["pluggy-docs-items-errors"] },
      },
      message: "Free subscription can only create items through our Connect Widget",
      advice: "The client can't connect new items without using Pluggy Connect Widget.",
      userMessage: null,
      aliases: [],
    },
    SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED: {
      description: "Current client subscription level can only update Sandbox (Pluggy Bank) items",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        message: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        advice: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
      },
      message: "Current client subscription level can only update Sandbox (Pluggy Bank) items",
      advice: "Client can only update Sandbox connections.",
      userMessage: null,
      aliases: [],
    },
    TOO_MANY_CONSECUTIVE_ERRORS: {
      description: "There have been more than 5 failing synchronization, please contact support",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        advice: { by: "provider", sources: ["pluggy-docs-items-errors"] },
      },
      message: "There have been more than 5 failing synchronization, please contact support",
      advice: "Connection faced too many consecutive errors, report it to Pluggy if it's needed.",
      userMessage: null,
      aliases: [],
    },
    ITEM_CREATION_LIMIT_EXCEEDED: {
      description: "Client exceeded item creation limit {limit} for the current subscription level.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors"] },
        advice: { by: "provider", sources: ["pluggy-docs-items-errors"] },
      },
      message: "Client exceeded item creation limit {limit} for the current subscription level.",
      advice: "Client can't create more items due to their contracted limit amount.",
      userMessage: null,
      aliases: [],
    },
    CLIENT_HAS_ITEM_UPDATES_DISABLED: {
      description: "Client has item updates disabled",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        message: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        advice: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
      },
      message: "Client has item updates disabled",
      advice: "Updates were disabled for the customer due to abusive use of the API or not contracted feature. Contact support if it happens.",
      userMessage: null,
      aliases: [],
    },
    ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT: {
      description: "Item was originally connected with a different account, please use the original account",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This connection was made with another account.",
          action: "Sign in with the account you connected first.",
        },
        fr: {
          message: "Cette connexion a été établie avec un autre compte.",
          action: "Connectez-vous avec le compte que vous avez connecté en premier.",
        },
        ar: {
          message: "تم إنشاء هذا الاتصال بحساب آخر.",
          action: "سجّل الدخول بالحساب الذي ربطته أولاً.",
        },
        es: {
          message: "Esta conexión se hizo con otra cuenta.",
          action: "Inicie sesión con la cuenta que conectó primero.",
        },
        pt: {
          message: "Esta conexão foi feita com outra conta.",
          action: "Entre com a conta que você conectou primeiro.",
        },
      },
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        message: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
        advice: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-joined", "pluggy-docs-items-errors-rows"],
        },
      },
      message: "Item was originally connected with a different account, please use the original account",
      advice: "Connection its being updated to access another account, not the original and would generate mixed data.",
      userMessage: null,
      aliases: [],
    },
    ITEM_IS_ALREADY_UPDATING: {
      description: "There is an active item for the set of credentials that hasn't finished executing",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "pluggy-docs-items-errors",
        "pluggy-docs-items-errors-rows",
        "pluggy-docs-items-errors-messages",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "pluggy-docs-items-errors",
            "pluggy-docs-items-errors-rows",
            "pluggy-docs-items-errors-messages",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "pluggy-docs-items-errors",
            "pluggy-docs-items-errors-rows",
            "pluggy-docs-items-errors-messages",
          ],
        },
        advice: {
          by: "provider",
          sources: ["pluggy-docs-items-errors-rows", "pluggy-docs-items-errors-messages"],
        },
      },
      message: "There is an active item for the set of credentials that hasn't finished executing",
      advice: "The same set of credentials is being synced at the moment, it can't be done right now to avoid multiple sessions with the FI.",
      userMessage: null,
      aliases: [],
    },
    CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR: {
      description: "The parameter {parameter} is required to be renewed for item update.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-items-errors-rows", "pluggy-docs-items-errors-messages"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-items-errors-messages"] },
        message: { by: "provider", sources: ["pluggy-docs-items-errors-messages"] },
      },
      message: "The parameter {parameter} is required to be renewed for item update.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyItemRequestError. */
export const isPluggyItemRequestError = (value: unknown): value is PluggyItemRequestError => isCodeOf(PluggyItemRequestErrorCategories, PluggyItemRequestErrorAliases, value);

/** Other wire spellings of PluggyResponseStatus values (alias -> value). */
export const PluggyResponseStatusAliases: { readonly [alias: string]: PluggyResponseStatus } = {
};
/** The category of every PluggyResponseStatus value and alias: all a listener needs to read one. */
export const PluggyResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "405": "integration_error",
  "406": "integration_error",
  "409": "concurrent_operation",
  "429": "rate_limited",
  "500": "generic_failure",
  "503": "generic_failure",
};
/**
 * API response status: The HTTP status of a Pluggy API error response, with the meaning Pluggy's
 * Errors Codes page gives it. The Node SDK rejects a failed request with the response's parsed body
 * alone, so its status does not reach the app through the SDK. Wire field: the HTTP status of an
 * API response.
 */
export const PluggyResponseStatus: {
  /**
   * Bad Request -- Your request is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Unauthorized -- Your API key is wrong.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * Forbidden -- The resource you are trying to access, you don't have permissions.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * Not Found -- The specified resource could not be found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * Method Not Allowed -- The specific endpoint doesn't support that method.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly METHOD_NOT_ALLOWED: 405;
  /**
   * Not Acceptable -- You requested a format that isn't JSON.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Pluggy's published text.
   */
  readonly NOT_ACCEPTABLE: 406;
  /**
   * Conflict -- The request could not be completed due to a conflict with the current state of the
   * target resource.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly CONFLICT: 409;
  /**
   * Too Many Requests -- You've exceeded your quota limit.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Internal Server Error -- We had a problem with our server. Try again later.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * Service Unavailable -- We're temporarily offline for maintenance. Please try again later.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Pluggy's published text.
   */
  readonly SERVICE_UNAVAILABLE: 503;
} = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};
export type PluggyResponseStatus = (typeof PluggyResponseStatus)[keyof typeof PluggyResponseStatus];
/** A PluggyResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type PluggyResponseStatusOrUnknown = PluggyResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every PluggyResponseStatus value. */
export const PluggyResponseStatusInfo: { readonly [V in PluggyResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/response_status",
  {
    "400": {
      name: "BAD_REQUEST",
      description: "Bad Request -- Your request is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Unauthorized -- Your API key is wrong.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "Forbidden -- The resource you are trying to access, you don't have permissions.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "Not Found -- The specified resource could not be found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "405": {
      name: "METHOD_NOT_ALLOWED",
      description: "Method Not Allowed -- The specific endpoint doesn't support that method.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "406": {
      name: "NOT_ACCEPTABLE",
      description: "Not Acceptable -- You requested a format that isn't JSON.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "CONFLICT",
      description: "Conflict -- The request could not be completed due to a conflict with the current state of the target resource.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Too Many Requests -- You've exceeded your quota limit.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Internal Server Error -- We had a problem with our server. Try again later.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "SERVICE_UNAVAILABLE",
      description: "Service Unavailable -- We're temporarily offline for maintenance. Please try again later.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["pluggy-docs-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["pluggy-docs-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyResponseStatus. */
export const isPluggyResponseStatus = (value: unknown): value is PluggyResponseStatus => isNumericCodeOf(PluggyResponseStatusCategories, value);

/** Other wire spellings of PluggyCodeDescription values (alias -> value). */
export const PluggyCodeDescriptionAliases: { readonly [alias: string]: PluggyCodeDescription } = {
};
/** The category of every PluggyCodeDescription value and alias: all a listener needs to read one. */
export const PluggyCodeDescriptionCategories: { readonly [spelling: string]: Category } = {
  ITEM_NOT_FOUND: "integration_error",
  CLIENT_KEYS_UNAUTHORIZED: "integration_error",
  CLIENT_DISABLED: "integration_error",
};
/**
 * API error codeDescription: The stable identifier of a Pluggy API error (codeDescription): "A
 * stable identifier for the specific error, when the endpoint distinguishes several. Branch on
 * this, not on `message`." (Pluggy's Error Codes page). These are the values that page names in the
 * part read; the Items reference's errors (item_request_error) travel in the same field. Wire
 * field: codeDescription (the API error body).
 */
export const PluggyCodeDescription: {
  /**
   * Item not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Pluggy's published text.
   * HTTP: 404.
   */
  readonly ITEM_NOT_FOUND: "ITEM_NOT_FOUND";
  /**
   * POST /auth refused the clientId and clientSecret.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly CLIENT_KEYS_UNAUTHORIZED: "CLIENT_KEYS_UNAUTHORIZED";
  /**
   * POST /auth refused a client that is disabled.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly CLIENT_DISABLED: "CLIENT_DISABLED";
} = /* @__PURE__ */ membersOf(PluggyCodeDescriptionCategories, PluggyCodeDescriptionAliases);
export type PluggyCodeDescription = (typeof PluggyCodeDescription)[keyof typeof PluggyCodeDescription];
/** A PluggyCodeDescription as read from the wire: a known value or any other string. */
export type PluggyCodeDescriptionOrUnknown = PluggyCodeDescription | (string & {});
/** The catalog's metadata of every PluggyCodeDescription value. */
export const PluggyCodeDescriptionInfo: { readonly [V in PluggyCodeDescription]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/pluggy/code_description",
  {
    ITEM_NOT_FOUND: {
      description: "Item not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["pluggy-docs-error-codes-reference"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["pluggy-docs-error-codes-reference"] },
        message: { by: "provider", sources: ["pluggy-docs-error-codes-reference"] },
      },
      message: "Item not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLIENT_KEYS_UNAUTHORIZED: {
      description: "POST /auth refused the clientId and clientSecret.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["pluggy-docs-error-codes-reference"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CLIENT_DISABLED: {
      description: "POST /auth refused a client that is disabled.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["pluggy-docs-error-codes-reference"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PluggyCodeDescription. */
export const isPluggyCodeDescription = (value: unknown): value is PluggyCodeDescription => isCodeOf(PluggyCodeDescriptionCategories, PluggyCodeDescriptionAliases, value);
