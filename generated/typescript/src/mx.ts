// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * MX (https://www.mx.com): per code set, its aliases, its category table, its constant (identifier
 * -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of MxConnectionStatus values (alias -> value). */
export const MxConnectionStatusAliases: { readonly [alias: string]: MxConnectionStatus } = {
};
/** The category of every MxConnectionStatus value and alias: all a listener needs to read one. */
export const MxConnectionStatusCategories: { readonly [spelling: string]: Category } = {
  "0": "pending",
  "1": "credentials_invalid",
  "2": "credentials_invalid",
  "3": "mfa_required",
  "4": "mfa_failed",
  "5": "action_required_at_institution",
  "6": "success",
  "7": "action_required_at_institution",
  "8": "pending",
  "9": "institution_unavailable",
  "10": "institution_unavailable",
  "11": "institution_not_supported",
  "12": "account_unavailable",
  "13": "institution_unavailable",
  "14": "generic_failure",
  "15": "pending",
  "16": "rejected",
  "17": "reconnect_required",
  "18": "pending",
  "19": "session_expired",
  "20": "reconnect_required",
  "21": "pending",
};
/**
 * Member connection status: Where an MX member's connection stands, as a number: the
 * connection_status_id of a connection status webhook (beside its name in connection_status) the
 * connection_status of the Connect widget's memberStatusUpdate message and the member's
 * connection_status in its memberError messages. The groups are the Connect widget's. Wire field:
 * connection_status_id (webhooks); metadata.connection_status (Connect widget memberStatusUpdate
 * messages); metadata.member.connection_status (Connect widget memberError messages).
 */
export const MxConnectionStatus: {
  /**
   * The member is new and has not yet been aggregated.
   * Category: pending (Pending); retryable: no.
   * Advice to the integrator: Aggregate the member once the end user logs in; poll for a status
   * update.
   * Whose words: description: MX's published text; advice to the integrator: MX's published text.
   */
  readonly CREATED: 0;
  /**
   * The end user’s entered credentials have failed to connect three times in a row. MX has locked
   * the account to avoid locking the end user out of their account on the financial institution’s
   * website. The end user must reenter their username and password to continue updating their data.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Display end-user message; after end user has updated their
   * credentials, aggregate again.
   * User message: The last 3 attempts to connect have failed. Please re-enter your credentials to
   * continue importing data.
   * Whose words: description: MX's published text; user message: MX's published text; translated
   * user messages: MX's published text; advice to the integrator: MX's published text.
   */
  readonly PREVENTED: 1;
  /**
   * The credentials provided for the member were invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Display end-user message; after end user has updated their
   * credentials, aggregate again.
   * User message: The credentials entered do not match those at %1. Please update them to continue.
   * Whose words: description: MX's published text; user message: MX's published text; translated
   * user messages: MX's published text; advice to the integrator: MX's published text.
   */
  readonly DENIED: 2;
  /**
   * The connection is waiting for the end user to complete a multifactor authentication (MFA)
   * challenge. This is not an error and will change to an EXPIRED status if the end user fails to
   * complete MFA.
   * Category: mfa_required (MFA required); retryable: no.
   * Advice to the integrator: Display end-user message; follow MFA pathway; after the user answers
   * MFA, poll for a status update.
   * Whose words: description: MX's published text; advice to the integrator: MX's published text.
   */
  readonly CHALLENGED: 3;
  /**
   * An MFA challenge was answered incorrectly.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Advice to the integrator: Display end-user message; another challenge may follow or aggregation
   * may need to be restarted.
   * User message: The answer or answers provided were incorrect. Please try again.
   * Whose words: description: MX's published text; user message: MX's published text; translated
   * user messages: MX's published text; advice to the integrator: MX's published text.
   */
  readonly REJECTED: 4;
  /**
   * The financial institution is preventing authentication. The end user must go to the FI’s
   * website or contact the financial institution.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Advice to the integrator: Display end-user message.
   * User message: Your account is locked. Please log in to the appropriate website for %1 and
   * follow the steps to resolve the issue.
   * Whose words: description: MX's published text; user message: MX's published text; translated
   * user messages: MX's published text; advice to the integrator: MX's published text.
   */
  readonly LOCKED: 5;
  /**
   * The member connected: its credentials were accepted and its data can be aggregated.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECTED: 6;
  /**
   * The credentials were accepted, but the end user must act at the institution before data can be
   * imported.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * User message: Your login info was correct, but your attention is needed at %1 before we can
   * proceed. You need to:
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly IMPEDED: 7;
  /**
   * The member connected again and is being processed; the Connect widget shows it as verifying
   * credentials.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECONNECTED: 8;
  /**
   * Several attempts to aggregate failed, for example during the institution's website maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * User message: We are upgrading this connection. Please try again later.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly DEGRADED: 9;
  /**
   * Data from the institution cannot be imported because of a problem with the connection, which MX
   * is working on.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * User message: It looks like your data from %1 cannot be imported. We are working to resolve the
   * issue.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly DISCONNECTED: 10;
  /**
   * Connections to this institution are no longer supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * User message: Connections to this institution are no longer supported. You may create a manual
   * account and use manual transactions to track data for this account.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly DISCONTINUED: 11;
  /**
   * The connection was closed; the account can only be tracked manually.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * User message: This connection has been closed. You may track this account manually. If
   * reopened, you may connect the institution again.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly CLOSED: 12;
  /**
   * Connecting is taking longer than usual, for reasons outside MX's control such as problems at
   * the institution's website.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly DELAYED: 13;
  /**
   * Validating the credentials with the institution failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * User message: There was a problem validating your credentials with %1. Please try again later.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly FAILED: 14;
  /**
   * The member was updated and is being processed; the Connect widget shows it as verifying
   * credentials.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UPDATED: 15;
  /**
   * Importing data from this institution has been disabled.
   * Category: rejected (Rejected); retryable: no.
   * User message: Importing data from this institution has been disabled. Please contact us if you
   * believe it has been disabled in error.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly DISABLED: 16;
  /**
   * The end user must authenticate again, entering their credentials, before data can be imported.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * User message: You must re-authenticate before your data can be imported. Please enter your
   * credentials for %1.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly IMPORTED: 17;
  /**
   * The member's processing resumed; the Connect widget shows it as verifying credentials.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RESUMED: 18;
  /**
   * The MFA answers were not provided within the time the institution allows.
   * Category: session_expired (Session expired); retryable: no.
   * User message: The answer or answers were not provided in time. Please try again.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly EXPIRED: 19;
  /**
   * The end user must enter their credentials again before data can be imported.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * User message: You must re-authenticate before your data can be imported. Please enter your
   * credentials for %1.
   * Whose words: description: bankcodes' wording; user message: MX's published text; translated
   * user messages: MX's published text.
   */
  readonly IMPAIRED: 20;
  /**
   * A status the Connect widget lists with no text of its own; nothing MX publishes describes it.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PENDING: 21;
} = {
  CREATED: 0,
  PREVENTED: 1,
  DENIED: 2,
  CHALLENGED: 3,
  REJECTED: 4,
  LOCKED: 5,
  CONNECTED: 6,
  IMPEDED: 7,
  RECONNECTED: 8,
  DEGRADED: 9,
  DISCONNECTED: 10,
  DISCONTINUED: 11,
  CLOSED: 12,
  DELAYED: 13,
  FAILED: 14,
  UPDATED: 15,
  DISABLED: 16,
  IMPORTED: 17,
  RESUMED: 18,
  EXPIRED: 19,
  IMPAIRED: 20,
  PENDING: 21,
};
export type MxConnectionStatus = (typeof MxConnectionStatus)[keyof typeof MxConnectionStatus];
/** A MxConnectionStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MxConnectionStatusOrUnknown = MxConnectionStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every MxConnectionStatus value. */
export const MxConnectionStatusInfo: { readonly [V in MxConnectionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mx/connection_status",
  {
    "0": {
      name: "CREATED",
      description: "The member is new and has not yet been aggregated.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses", "mx-members-overview", "mx-important-fields-states"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        advice: {
          by: "provider",
          sources: ["mx-widget-statuses", "mx-members-overview", "mx-important-fields-states"],
        },
      },
      message: null,
      advice: "Aggregate the member once the end user logs in; poll for a status update.",
      userMessage: null,
      aliases: [],
    },
    "1": {
      name: "PREVENTED",
      description: "The end user’s entered credentials have failed to connect three times in a row. MX has locked the account to avoid locking the end user out of their account on the financial institution’s website. The end user must reenter their username and password to continue updating their data.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-members-overview",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
        advice: {
          by: "provider",
          sources: [
            "mx-widget-statuses",
            "mx-members-overview",
            "mx-widget-status-messages",
            "mx-widget-es",
            "mx-widget-fr-ca",
            "mx-important-fields-states",
            "mx-webhooks-connection-status",
          ],
        },
      },
      message: null,
      advice: "Display end-user message; after end user has updated their credentials, aggregate again.",
      userMessage: "The last 3 attempts to connect have failed. Please re-enter your credentials to continue importing data.",
      userMessageTranslations: {
        es: "Los últimos 3 intentos de conexión han fallado. Vuelva a ingresar sus credenciales para continuar importando datos.",
        "fr-CA": "Les trois dernières tentatives de connexion ont échoué. Veuillez saisir à nouveau vos informations d’identification pour continuer à importer des données.",
      },
      aliases: [],
    },
    "2": {
      name: "DENIED",
      description: "The credentials provided for the member were invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-members-overview",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
        advice: {
          by: "provider",
          sources: [
            "mx-widget-statuses",
            "mx-members-overview",
            "mx-widget-status-messages",
            "mx-widget-es",
            "mx-widget-fr-ca",
            "mx-important-fields-states",
            "mx-webhooks-connection-status",
          ],
        },
      },
      message: null,
      advice: "Display end-user message; after end user has updated their credentials, aggregate again.",
      userMessage: "The credentials entered do not match those at %1. Please update them to continue.",
      userMessageTranslations: {
        es: "Las credenciales ingresadas no coinciden con las de %1. Actualícelos para continuar.",
        "fr-CA": "Les informations d’identification saisies ne correspondent pas à celles de %1. Veuillez les mettre à jour pour continuer.",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "3": {
      name: "CHALLENGED",
      description: "The connection is waiting for the end user to complete a multifactor authentication (MFA) challenge. This is not an error and will change to an EXPIRED status if the end user fails to complete MFA.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mx-widget-statuses", "mx-members-overview", "mx-webhooks-connection-status"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        advice: {
          by: "provider",
          sources: ["mx-widget-statuses", "mx-members-overview", "mx-webhooks-connection-status"],
        },
      },
      message: null,
      advice: "Display end-user message; follow MFA pathway; after the user answers MFA, poll for a status update.",
      userMessage: null,
      aliases: [],
    },
    "4": {
      name: "REJECTED",
      description: "An MFA challenge was answered incorrectly.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-members-overview",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
        advice: {
          by: "provider",
          sources: [
            "mx-widget-statuses",
            "mx-members-overview",
            "mx-widget-status-messages",
            "mx-widget-es",
            "mx-widget-fr-ca",
            "mx-important-fields-states",
            "mx-webhooks-connection-status",
          ],
        },
      },
      message: null,
      advice: "Display end-user message; another challenge may follow or aggregation may need to be restarted.",
      userMessage: "The answer or answers provided were incorrect. Please try again.",
      userMessageTranslations: {
        es: "La respuesta o respuestas proporcionadas fueron incorrectas. Inténtelo de nuevo.",
        "fr-CA": "La/les réponse(s) fournie(s) est/sont erronée(s). Veuillez réessayer.",
      },
      aliases: [],
    },
    "5": {
      name: "LOCKED",
      description: "The financial institution is preventing authentication. The end user must go to the FI’s website or contact the financial institution.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-members-overview",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mx-members-overview"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
        advice: {
          by: "provider",
          sources: [
            "mx-widget-statuses",
            "mx-members-overview",
            "mx-widget-status-messages",
            "mx-widget-es",
            "mx-widget-fr-ca",
            "mx-important-fields-states",
            "mx-webhooks-connection-status",
          ],
        },
      },
      message: null,
      advice: "Display end-user message.",
      userMessage: "Your account is locked. Please log in to the appropriate website for %1 and follow the steps to resolve the issue.",
      userMessageTranslations: {
        es: "Su cuenta está bloqueada. Inicie sesión en el sitio web apropiado para %1 y siga los pasos para resolver el problema.",
        "fr-CA": "Votre compte est verrouillé. Veuillez vous connecter au site Web approprié pour %1 et suivre les étapes indiquées pour résoudre ce problème.",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "6": {
      name: "CONNECTED",
      description: "The member connected: its credentials were accepted and its data can be aggregated.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-widget-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "7": {
      name: "IMPEDED",
      description: "The credentials were accepted, but the end user must act at the institution before data can be imported.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "Your login info was correct, but your attention is needed at %1 before we can proceed. You need to:",
      userMessageTranslations: {
        es: "Su información de inicio de sesión fue correcta, pero su atención es necesaria en %1 antes de que podamos continuar. Necesitas:",
        "fr-CA": "Vos données de connexion sont correctes, mais vous devez vous occuper de %1 pour nous permettre de continuer. Vous devez :",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "8": {
      name: "RECONNECTED",
      description: "The member connected again and is being processed; the Connect widget shows it as verifying credentials.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-widget-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "connected",
      stateReason: "The member reconnected and aggregation is running.",
    },
    "9": {
      name: "DEGRADED",
      description: "Several attempts to aggregate failed, for example during the institution's website maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-academy-statuses",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "bankcodes",
          sources: ["mx-academy-statuses", "mx-widget-status-messages"],
        },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "We are upgrading this connection. Please try again later.",
      userMessageTranslations: {
        es: "Estamos actualizando esta conexión. Inténtelo de nuevo más tarde.",
        "fr-CA": "Nous effectuons la mise à niveau de cette connexion. Veuillez réessayer plus tard.",
      },
      aliases: [],
      state: "degraded",
      stateReason: "Aggregation works partly or slowly.",
    },
    "10": {
      name: "DISCONNECTED",
      description: "Data from the institution cannot be imported because of a problem with the connection, which MX is working on.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "It looks like your data from %1 cannot be imported. We are working to resolve the issue.",
      userMessageTranslations: {
        es: "Parece que tus datos de %1 no se pueden importar. Estamos trabajando para resolver el problema.",
        "fr-CA": "Il semble que vos données de %1 ne puissent pas être importées. Nous travaillons pour résoudre ce problème.",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "11": {
      name: "DISCONTINUED",
      description: "Connections to this institution are no longer supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "Connections to this institution are no longer supported. You may create a manual account and use manual transactions to track data for this account.",
      userMessageTranslations: {
        es: "Las conexiones con esta institución ya no son compatibles. Puede crear una cuenta manual y utilizar transacciones manuales para realizar un seguimiento de los datos de esta cuenta.",
        "fr-CA": "Les connexions à cette institution ne sont plus prises en charge. Vous pouvez créer un compte manuel et effectuer des transactions manuelles pour réaliser le suivi des données relatives à ce compte.",
      },
      aliases: [],
      state: "provider_or_bank_down",
      stateReason: "The connection to the institution was discontinued.",
    },
    "12": {
      name: "CLOSED",
      description: "The connection was closed; the account can only be tracked manually.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "This connection has been closed. You may track this account manually. If reopened, you may connect the institution again.",
      userMessageTranslations: {
        es: "Esta conexión se ha cerrado. Puede realizar un seguimiento de esta cuenta manualmente. Si se vuelve a abrir, puede volver a conectar la institución.",
        "fr-CA": "Cette connexion a été fermée. Vous pouvez réaliser le suivi de ce compte manuellement. S’il est rouvert, vous pouvez à nouveau vous connecter à l’institution.",
      },
      aliases: [],
      state: "needs_end_user",
      stateReason: "The account is closed at the institution.",
    },
    "13": {
      name: "DELAYED",
      description: "Connecting is taking longer than usual, for reasons outside MX's control such as problems at the institution's website.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mx-widget-statuses", "mx-academy-statuses", "mx-important-fields-states"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-academy-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "Aggregation is taking longer than usual.",
    },
    "14": {
      name: "FAILED",
      description: "Validating the credentials with the institution failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "There was a problem validating your credentials with %1. Please try again later.",
      userMessageTranslations: {
        es: "Se ha dado un problema al validar las credenciales con %1. Inténtelo de nuevo más tarde.",
        "fr-CA": "Un problème est survenu pour valider vos informations d’identification avec %1. Veuillez réessayer plus tard.",
      },
      userMessageOffered: false,
      aliases: [],
      state: "degraded",
      stateReason: "The last aggregation failed.",
    },
    "15": {
      name: "UPDATED",
      description: "The member was updated and is being processed; the Connect widget shows it as verifying credentials.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses", "mx-important-fields-states"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-widget-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "connected",
      stateReason: "The member's data was updated.",
    },
    "16": {
      name: "DISABLED",
      description: "Importing data from this institution has been disabled.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "Importing data from this institution has been disabled. Please contact us if you believe it has been disabled in error.",
      userMessageTranslations: {
        es: "Se ha deshabilitado la importación de datos desde esta institución. Póngase en contacto con nosotros si cree que se ha desactivado por error.",
        "fr-CA": "L'importation de données de cette institution a été désactivée. Veuillez nous contacter si vous pensez qu'elle a été désactivée par erreur.",
      },
      aliases: [],
      state: "provider_or_bank_down",
      stateReason: "Aggregation is disabled for the institution.",
    },
    "17": {
      name: "IMPORTED",
      description: "The end user must authenticate again, entering their credentials, before data can be imported.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "You must re-authenticate before your data can be imported. Please enter your credentials for %1.",
      userMessageTranslations: {
        es: "Debe volver a autenticarse antes de que se puedan importar los datos. Ingrese sus credenciales para %1.",
        "fr-CA": "Vous devez à nouveau vous identifier pour permettre l'importation de vos données. Veuillez saisir vos informations d'identification pour %1.",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "18": {
      name: "RESUMED",
      description: "The member's processing resumed; the Connect widget shows it as verifying credentials.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses", "mx-important-fields-states"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-widget-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "19": {
      name: "EXPIRED",
      description: "The MFA answers were not provided within the time the institution allows.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "The answer or answers were not provided in time. Please try again.",
      userMessageTranslations: {
        es: "La respuesta o respuestas no se proporcionaron a tiempo. Inténtelo de nuevo.",
        "fr-CA": "La/les réponse(s) n'a/n'ont pas été fournie(s) à temps. Veuillez réessayer.",
      },
      aliases: [],
    },
    "20": {
      name: "IMPAIRED",
      description: "The end user must enter their credentials again before data can be imported.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-statuses",
        "mx-widget-status-messages",
        "mx-widget-es",
        "mx-widget-fr-ca",
        "mx-important-fields-states",
        "mx-webhooks-connection-status",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mx-widget-status-messages"] },
        userMessage: { by: "provider", sources: ["mx-widget-status-messages"] },
        userMessageTranslations: { by: "provider", sources: ["mx-widget-es", "mx-widget-fr-ca"] },
      },
      message: null,
      advice: null,
      userMessage: "You must re-authenticate before your data can be imported. Please enter your credentials for %1.",
      userMessageTranslations: {
        es: "Debe volver a autenticarse antes de que se puedan importar los datos. Ingrese sus credenciales para %1.",
        "fr-CA": "Vous devez à nouveau vous identifier pour permettre l'importation de vos données. Veuillez saisir vos informations d'identification pour %1.",
      },
      userMessageOffered: false,
      aliases: [],
    },
    "21": {
      name: "PENDING",
      description: "A status the Connect widget lists with no text of its own; nothing MX publishes describes it.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-statuses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-widget-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MxConnectionStatus. */
export const isMxConnectionStatus = (value: unknown): value is MxConnectionStatus => isNumericCodeOf(MxConnectionStatusCategories, value);

/** Other wire spellings of MxWebhookType values (alias -> value). */
export const MxWebhookTypeAliases: { readonly [alias: string]: MxWebhookType } = {
};
/** The category of every MxWebhookType value and alias: all a listener needs to read one. */
export const MxWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  CONNECTION_STATUS: "informational",
  AGGREGATION: "informational",
  BALANCE: "informational",
  HISTORY: "informational",
  STATEMENT: "informational",
  VERIFICATION: "informational",
  initial_data_ready: "informational",
};
/**
 * Webhook type: The type of an MX webhook. MX's webhook pages name the values of type and add that
 * "additional values may be added at any time": the list is open, and a type the catalog does not
 * know is read as unknown. Wire field: type.
 */
export const MxWebhookType: {
  /**
   * Connection status webhooks notify you whenever a member's connection_status field enters into
   * an end-user-actionable state.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly CONNECTION_STATUS: "CONNECTION_STATUS";
  /**
   * Aggregation webhooks notify you when any new data is available after a successful aggregation.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly AGGREGATION: "AGGREGATION";
  /**
   * Balance webhooks notify you when any new data is available after a successful balance fetch.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly BALANCE: "BALANCE";
  /**
   * New data is available after a successful history fetch.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly HISTORY: "HISTORY";
  /**
   * Statement webhooks notify you when any new data is available after a successful statement
   * fetch.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly STATEMENT: "STATEMENT";
  /**
   * Verification webhooks notify you when a member verification is successful.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly VERIFICATION: "VERIFICATION";
  /**
   * Triggered when some initial data you requested has aggregated and is ready for retrieval.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly initial_data_ready: "initial_data_ready";
} = /* @__PURE__ */ membersOf(MxWebhookTypeCategories, MxWebhookTypeAliases);
export type MxWebhookType = (typeof MxWebhookType)[keyof typeof MxWebhookType];
/** A MxWebhookType as read from the wire: a known value or any other string. */
export type MxWebhookTypeOrUnknown = MxWebhookType | (string & {});
/** The catalog's metadata of every MxWebhookType value. */
export const MxWebhookTypeInfo: { readonly [V in MxWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mx/webhook_type",
  {
    CONNECTION_STATUS: {
      description: "Connection status webhooks notify you whenever a member's connection_status field enters into an end-user-actionable state.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-webhooks-connection-status"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-connection-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AGGREGATION: {
      description: "Aggregation webhooks notify you when any new data is available after a successful aggregation.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-webhooks-aggregation",
        "mx-webhooks-balance",
        "mx-webhooks-statements",
        "mx-webhooks-verifications",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-aggregation"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BALANCE: {
      description: "Balance webhooks notify you when any new data is available after a successful balance fetch.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-webhooks-balance",
        "mx-webhooks-aggregation",
        "mx-webhooks-statements",
        "mx-webhooks-verifications",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-balance"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    HISTORY: {
      description: "New data is available after a successful history fetch.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-webhooks-aggregation",
        "mx-webhooks-balance",
        "mx-webhooks-statements",
        "mx-webhooks-verifications",
        "mx-webhooks-history-third-party",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["mx-webhooks-history-third-party"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATEMENT: {
      description: "Statement webhooks notify you when any new data is available after a successful statement fetch.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-webhooks-statements",
        "mx-webhooks-aggregation",
        "mx-webhooks-balance",
        "mx-webhooks-verifications",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-statements"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VERIFICATION: {
      description: "Verification webhooks notify you when a member verification is successful.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-webhooks-verifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-verifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    initial_data_ready: {
      description: "Triggered when some initial data you requested has aggregated and is ready for retrieval.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-webhooks-initial-data-ready"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-webhooks-initial-data-ready"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MxWebhookType. */
export const isMxWebhookType = (value: unknown): value is MxWebhookType => isCodeOf(MxWebhookTypeCategories, MxWebhookTypeAliases, value);

/** Other wire spellings of MxPostMessageType values (alias -> value). */
export const MxPostMessageTypeAliases: { readonly [alias: string]: MxPostMessageType } = {
  "mx/connect/memberConnected/primaryAction": "mx/connect/connected/primaryAction",
  "mx/connect/memberStatusUpdated": "mx/connect/memberStatusUpdate",
};
/** The category of every MxPostMessageType value and alias: all a listener needs to read one. */
export const MxPostMessageTypeCategories: { readonly [spelling: string]: Category } = {
  "mx/load": "informational",
  "mx/ping": "informational",
  "mx/navigation": "informational",
  "mx/focusTrap": "informational",
  "mx/client/oauthComplete": "informational",
  "mx/connect/loaded": "informational",
  "mx/connect/enterCredentials": "informational",
  "mx/connect/institutionSearch": "informational",
  "mx/connect/selectedInstitution": "informational",
  "mx/connect/memberConnected": "success",
  "mx/connect/connected/primaryAction": "informational",
  "mx/connect/memberConnected/primaryAction": "informational",
  "mx/connect/memberDeleted": "informational",
  "mx/connect/createMemberError": "generic_failure",
  "mx/connect/memberStatusUpdate": "informational",
  "mx/connect/memberStatusUpdated": "informational",
  "mx/connect/oauthError": "generic_failure",
  "mx/connect/oauthRequested": "informational",
  "mx/connect/stepChange": "informational",
  "mx/connect/submitMFA": "informational",
  "mx/connect/updateCredentials": "informational",
  "mx/connect/backToSearch": "informational",
  "mx/connect/invalidData": "informational",
  "mx/connect/invalidData/primaryAction": "informational",
  "mx/pulse/overdraftWarning/cta/transferFunds": "informational",
  "mx/account/created": "informational",
  "mx/connect/backButtonClicked": "informational",
  "mx/connect/initialDataReady": "informational",
  "mx/connect/memberError": "generic_failure",
  "mx/connect/memberError/primaryAction": "informational",
  "mx/connect/microdeposits/loaded": "informational",
  "mx/connect/microdeposits/detailsSubmitted": "pending",
  "mx/connect/microdeposits/verified": "success",
  "mx/connect/microdeposits/verified/primaryAction": "informational",
  "mx/connect/microdeposits/comeBack/primaryAction": "informational",
  "mx/connect/microdeposits/error/primaryAction": "informational",
  "mx/connect/microdeposits/blockedRoutingNumber": "institution_not_supported",
};
/**
 * Widget postMessage type: The type of a message an MX widget posts to the page that embeds it
 * ("mx/" and the event's name). Wire field: type.
 */
export const MxPostMessageType: {
  /**
   * The widget loaded.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOAD: "mx/load";
  /**
   * The widget's periodic signal that the session is alive.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PING: "mx/ping";
  /**
   * The end user navigated inside the widget (did_go_back says whether it went back).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly NAVIGATION: "mx/navigation";
  /**
   * The widget's focus trap changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FOCUSTRAP: "mx/focusTrap";
  /**
   * An OAuth flow completed (its URL).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CLIENT_OAUTHCOMPLETE: "mx/client/oauthComplete";
  /**
   * The Connect widget loaded, at its initial step.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_LOADED: "mx/connect/loaded";
  /**
   * The end user was asked to enter credentials for an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_ENTERCREDENTIALS: "mx/connect/enterCredentials";
  /**
   * The end user searched for an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_INSTITUTIONSEARCH: "mx/connect/institutionSearch";
  /**
   * The end user selected an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_SELECTEDINSTITUTION: "mx/connect/selectedInstitution";
  /**
   * A member connected.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MEMBERCONNECTED: "mx/connect/memberConnected";
  /**
   * The end user chose the primary action after connecting.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_CONNECTED_PRIMARYACTION: "mx/connect/connected/primaryAction";
  /**
   * A member was deleted.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MEMBERDELETED: "mx/connect/memberDeleted";
  /**
   * Creating a member failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_CREATEMEMBERERROR: "mx/connect/createMemberError";
  /**
   * A member's connection status changed (a number: see the connection statuses).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MEMBERSTATUSUPDATE: "mx/connect/memberStatusUpdate";
  /**
   * An OAuth connection failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_OAUTHERROR: "mx/connect/oauthError";
  /**
   * The widget asks the app to open an OAuth URL.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_OAUTHREQUESTED: "mx/connect/oauthRequested";
  /**
   * The widget moved from one step to another.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_STEPCHANGE: "mx/connect/stepChange";
  /**
   * The end user submitted MFA answers.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_SUBMITMFA: "mx/connect/submitMFA";
  /**
   * The end user was asked to update credentials.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_UPDATECREDENTIALS: "mx/connect/updateCredentials";
  /**
   * The end user went back to the institution search.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_BACKTOSEARCH: "mx/connect/backToSearch";
  /**
   * A member's data was found invalid (a numeric code).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_INVALIDDATA: "mx/connect/invalidData";
  /**
   * Triggered when the user clicks the "Try again" option on the invalid data step.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   */
  readonly CONNECT_INVALIDDATA_PRIMARYACTION: "mx/connect/invalidData/primaryAction";
  /**
   * The Pulse widget's overdraft warning asks to transfer funds.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS: "mx/pulse/overdraftWarning/cta/transferFunds";
  /**
   * An account was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_CREATED: "mx/account/created";
  /**
   * The end user chose the back button the widget shows at its first step when its show_back_button
   * option is set.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_BACKBUTTONCLICKED: "mx/connect/backButtonClicked";
  /**
   * Triggers when the initial data for a job on a member is complete and ready for use.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: MX's published text.
   * @deprecated The widget's source marks the call deprecated ("Deprecated: send initial data ready
   * post message Oct 17, 2025", src/views/connecting/Connecting.js) and still sends it at commit
   * 10780353.
   */
  readonly CONNECT_INITIALDATAREADY: "mx/connect/initialDataReady";
  /**
   * Triggers when a member has encountered an error state.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: MX's published text.
   */
  readonly CONNECT_MEMBERERROR: "mx/connect/memberError";
  /**
   * The end user chose the primary action of the login error step; the message names the member and
   * its connection status.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MEMBERERROR_PRIMARYACTION: "mx/connect/memberError/primaryAction";
  /**
   * The micro-deposits flow loaded, at its initial view.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_LOADED: "mx/connect/microdeposits/loaded";
  /**
   * The account details for micro-deposits were submitted and the micro-deposit was created or
   * updated.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_DETAILSSUBMITTED: "mx/connect/microdeposits/detailsSubmitted";
  /**
   * The micro-deposits were verified.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_VERIFIED: "mx/connect/microdeposits/verified";
  /**
   * The end user chose Continue on the step that says the micro-deposits were verified.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION: "mx/connect/microdeposits/verified/primaryAction";
  /**
   * The end user chose Done on the step that asks them to come back once the micro-deposits have
   * arrived.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION: "mx/connect/microdeposits/comeBack/primaryAction";
  /**
   * The end user chose the primary action of the micro-deposits error step, for a micro-deposit
   * that was prevented or rejected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION: "mx/connect/microdeposits/error/primaryAction";
  /**
   * The routing number the end user entered is blocked for micro-deposits.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER: "mx/connect/microdeposits/blockedRoutingNumber";
} = /* @__PURE__ */ membersOf(MxPostMessageTypeCategories, MxPostMessageTypeAliases, {
  "mx/load": "LOAD",
  "mx/ping": "PING",
  "mx/navigation": "NAVIGATION",
  "mx/focusTrap": "FOCUSTRAP",
  "mx/client/oauthComplete": "CLIENT_OAUTHCOMPLETE",
  "mx/connect/loaded": "CONNECT_LOADED",
  "mx/connect/enterCredentials": "CONNECT_ENTERCREDENTIALS",
  "mx/connect/institutionSearch": "CONNECT_INSTITUTIONSEARCH",
  "mx/connect/selectedInstitution": "CONNECT_SELECTEDINSTITUTION",
  "mx/connect/memberConnected": "CONNECT_MEMBERCONNECTED",
  "mx/connect/connected/primaryAction": "CONNECT_CONNECTED_PRIMARYACTION",
  "mx/connect/memberDeleted": "CONNECT_MEMBERDELETED",
  "mx/connect/createMemberError": "CONNECT_CREATEMEMBERERROR",
  "mx/connect/memberStatusUpdate": "CONNECT_MEMBERSTATUSUPDATE",
  "mx/connect/oauthError": "CONNECT_OAUTHERROR",
  "mx/connect/oauthRequested": "CONNECT_OAUTHREQUESTED",
  "mx/connect/stepChange": "CONNECT_STEPCHANGE",
  "mx/connect/submitMFA": "CONNECT_SUBMITMFA",
  "mx/connect/updateCredentials": "CONNECT_UPDATECREDENTIALS",
  "mx/connect/backToSearch": "CONNECT_BACKTOSEARCH",
  "mx/connect/invalidData": "CONNECT_INVALIDDATA",
  "mx/connect/invalidData/primaryAction": "CONNECT_INVALIDDATA_PRIMARYACTION",
  "mx/pulse/overdraftWarning/cta/transferFunds": "PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS",
  "mx/account/created": "ACCOUNT_CREATED",
  "mx/connect/backButtonClicked": "CONNECT_BACKBUTTONCLICKED",
  "mx/connect/initialDataReady": "CONNECT_INITIALDATAREADY",
  "mx/connect/memberError": "CONNECT_MEMBERERROR",
  "mx/connect/memberError/primaryAction": "CONNECT_MEMBERERROR_PRIMARYACTION",
  "mx/connect/microdeposits/loaded": "CONNECT_MICRODEPOSITS_LOADED",
  "mx/connect/microdeposits/detailsSubmitted": "CONNECT_MICRODEPOSITS_DETAILSSUBMITTED",
  "mx/connect/microdeposits/verified": "CONNECT_MICRODEPOSITS_VERIFIED",
  "mx/connect/microdeposits/verified/primaryAction": "CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION",
  "mx/connect/microdeposits/comeBack/primaryAction": "CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION",
  "mx/connect/microdeposits/error/primaryAction": "CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION",
  "mx/connect/microdeposits/blockedRoutingNumber": "CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER",
});
export type MxPostMessageType = (typeof MxPostMessageType)[keyof typeof MxPostMessageType];
/** A MxPostMessageType as read from the wire: a known value or any other string. */
export type MxPostMessageTypeOrUnknown = MxPostMessageType | (string & {});
/** The catalog's metadata of every MxPostMessageType value. */
export const MxPostMessageTypeInfo: { readonly [V in MxPostMessageType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mx/postmessage_type",
  {
    "mx/load": {
      name: "LOAD",
      description: "The widget loaded.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/ping": {
      name: "PING",
      description: "The widget's periodic signal that the session is alive.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/navigation": {
      name: "NAVIGATION",
      description: "The end user navigated inside the widget (did_go_back says whether it went back).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/focusTrap": {
      name: "FOCUSTRAP",
      description: "The widget's focus trap changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/client/oauthComplete": {
      name: "CLIENT_OAUTHCOMPLETE",
      description: "An OAuth flow completed (its URL).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/loaded": {
      name: "CONNECT_LOADED",
      description: "The Connect widget loaded, at its initial step.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/enterCredentials": {
      name: "CONNECT_ENTERCREDENTIALS",
      description: "The end user was asked to enter credentials for an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/institutionSearch": {
      name: "CONNECT_INSTITUTIONSEARCH",
      description: "The end user searched for an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/selectedInstitution": {
      name: "CONNECT_SELECTEDINSTITUTION",
      description: "The end user selected an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/memberConnected": {
      name: "CONNECT_MEMBERCONNECTED",
      description: "A member connected.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/connected/primaryAction": {
      name: "CONNECT_CONNECTED_PRIMARYACTION",
      description: "The end user chose the primary action after connecting.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-post-message-definitions",
        "mx-post-message-types",
        "mx-widget-connected",
        "mx-widget-docs-post-messages",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["mx/connect/memberConnected/primaryAction"],
    },
    "mx/connect/memberDeleted": {
      name: "CONNECT_MEMBERDELETED",
      description: "A member was deleted.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/createMemberError": {
      name: "CONNECT_CREATEMEMBERERROR",
      description: "Creating a member failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/memberStatusUpdate": {
      name: "CONNECT_MEMBERSTATUSUPDATE",
      description: "A member's connection status changed (a number: see the connection statuses).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-post-message-definitions",
        "mx-post-message-types",
        "mx-widget-connecting",
        "mx-widget-docs-post-messages",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["mx/connect/memberStatusUpdated"],
    },
    "mx/connect/oauthError": {
      name: "CONNECT_OAUTHERROR",
      description: "An OAuth connection failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/oauthRequested": {
      name: "CONNECT_OAUTHREQUESTED",
      description: "The widget asks the app to open an OAuth URL.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/stepChange": {
      name: "CONNECT_STEPCHANGE",
      description: "The widget moved from one step to another.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/submitMFA": {
      name: "CONNECT_SUBMITMFA",
      description: "The end user submitted MFA answers.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/updateCredentials": {
      name: "CONNECT_UPDATECREDENTIALS",
      description: "The end user was asked to update credentials.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/backToSearch": {
      name: "CONNECT_BACKTOSEARCH",
      description: "The end user went back to the institution search.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/invalidData": {
      name: "CONNECT_INVALIDDATA",
      description: "A member's data was found invalid (a numeric code).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/invalidData/primaryAction": {
      name: "CONNECT_INVALIDDATA_PRIMARYACTION",
      description: "Triggered when the user clicks the \"Try again\" option on the invalid data step.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-docs-post-messages"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-widget-docs-post-messages"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/pulse/overdraftWarning/cta/transferFunds": {
      name: "PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS",
      description: "The Pulse widget's overdraft warning asks to transfer funds.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/account/created": {
      name: "ACCOUNT_CREATED",
      description: "An account was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-post-message-definitions", "mx-post-message-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/backButtonClicked": {
      name: "CONNECT_BACKBUTTONCLICKED",
      description: "The end user chose the back button the widget shows at its first step when its show_back_button option is set.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-navigation-header", "mx-widget-post-message-send"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/initialDataReady": {
      name: "CONNECT_INITIALDATAREADY",
      description: "Triggers when the initial data for a job on a member is complete and ready for use.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-connecting",
        "mx-widget-docs-post-messages",
        "mx-widget-post-message-send",
      ],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "The widget's source marks the call deprecated (\"Deprecated: send initial data ready post message Oct 17, 2025\", src/views/connecting/Connecting.js) and still sends it at commit 10780353.",
      },
      wording: { description: { by: "provider", sources: ["mx-widget-docs-post-messages"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/memberError": {
      name: "CONNECT_MEMBERERROR",
      description: "Triggers when a member has encountered an error state.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mx-widget-login-error",
        "mx-widget-credentials",
        "mx-widget-docs-post-messages",
        "mx-widget-post-message-send",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mx-widget-docs-post-messages"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/memberError/primaryAction": {
      name: "CONNECT_MEMBERERROR_PRIMARYACTION",
      description: "The end user chose the primary action of the login error step; the message names the member and its connection status.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-login-error", "mx-widget-post-message-send"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/loaded": {
      name: "CONNECT_MICRODEPOSITS_LOADED",
      description: "The micro-deposits flow loaded, at its initial view.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-microdeposits", "mx-widget-post-message-send"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/detailsSubmitted": {
      name: "CONNECT_MICRODEPOSITS_DETAILSSUBMITTED",
      description: "The account details for micro-deposits were submitted and the micro-deposit was created or updated.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-microdeposits-confirm-details",
        "mx-widget-post-message-names",
        "mx-widget-post-message-send",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/verified": {
      name: "CONNECT_MICRODEPOSITS_VERIFIED",
      description: "The micro-deposits were verified.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-microdeposits-verified",
        "mx-widget-post-message-names",
        "mx-widget-post-message-send",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/verified/primaryAction": {
      name: "CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION",
      description: "The end user chose Continue on the step that says the micro-deposits were verified.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-microdeposits-verified", "mx-widget-post-message-send"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/comeBack/primaryAction": {
      name: "CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION",
      description: "The end user chose Done on the step that asks them to come back once the micro-deposits have arrived.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mx-widget-microdeposits-come-back", "mx-widget-post-message-send"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/error/primaryAction": {
      name: "CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION",
      description: "The end user chose the primary action of the micro-deposits error step, for a micro-deposit that was prevented or rejected.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-microdeposits-errors",
        "mx-widget-microdeposits-statuses",
        "mx-widget-post-message-send",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mx/connect/microdeposits/blockedRoutingNumber": {
      name: "CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER",
      description: "The routing number the end user entered is blocked for micro-deposits.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mx-widget-microdeposits-routing-number",
        "mx-widget-post-message-send",
        "mx-widget-microdeposits-statuses",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "mx/load": "LOAD",
    "mx/ping": "PING",
    "mx/navigation": "NAVIGATION",
    "mx/focusTrap": "FOCUSTRAP",
    "mx/client/oauthComplete": "CLIENT_OAUTHCOMPLETE",
    "mx/connect/loaded": "CONNECT_LOADED",
    "mx/connect/enterCredentials": "CONNECT_ENTERCREDENTIALS",
    "mx/connect/institutionSearch": "CONNECT_INSTITUTIONSEARCH",
    "mx/connect/selectedInstitution": "CONNECT_SELECTEDINSTITUTION",
    "mx/connect/memberConnected": "CONNECT_MEMBERCONNECTED",
    "mx/connect/connected/primaryAction": "CONNECT_CONNECTED_PRIMARYACTION",
    "mx/connect/memberDeleted": "CONNECT_MEMBERDELETED",
    "mx/connect/createMemberError": "CONNECT_CREATEMEMBERERROR",
    "mx/connect/memberStatusUpdate": "CONNECT_MEMBERSTATUSUPDATE",
    "mx/connect/oauthError": "CONNECT_OAUTHERROR",
    "mx/connect/oauthRequested": "CONNECT_OAUTHREQUESTED",
    "mx/connect/stepChange": "CONNECT_STEPCHANGE",
    "mx/connect/submitMFA": "CONNECT_SUBMITMFA",
    "mx/connect/updateCredentials": "CONNECT_UPDATECREDENTIALS",
    "mx/connect/backToSearch": "CONNECT_BACKTOSEARCH",
    "mx/connect/invalidData": "CONNECT_INVALIDDATA",
    "mx/connect/invalidData/primaryAction": "CONNECT_INVALIDDATA_PRIMARYACTION",
    "mx/pulse/overdraftWarning/cta/transferFunds": "PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS",
    "mx/account/created": "ACCOUNT_CREATED",
    "mx/connect/backButtonClicked": "CONNECT_BACKBUTTONCLICKED",
    "mx/connect/initialDataReady": "CONNECT_INITIALDATAREADY",
    "mx/connect/memberError": "CONNECT_MEMBERERROR",
    "mx/connect/memberError/primaryAction": "CONNECT_MEMBERERROR_PRIMARYACTION",
    "mx/connect/microdeposits/loaded": "CONNECT_MICRODEPOSITS_LOADED",
    "mx/connect/microdeposits/detailsSubmitted": "CONNECT_MICRODEPOSITS_DETAILSSUBMITTED",
    "mx/connect/microdeposits/verified": "CONNECT_MICRODEPOSITS_VERIFIED",
    "mx/connect/microdeposits/verified/primaryAction": "CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION",
    "mx/connect/microdeposits/comeBack/primaryAction": "CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION",
    "mx/connect/microdeposits/error/primaryAction": "CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION",
    "mx/connect/microdeposits/blockedRoutingNumber": "CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER",
  },
);
/** Whether a value is a known MxPostMessageType. */
export const isMxPostMessageType = (value: unknown): value is MxPostMessageType => isCodeOf(MxPostMessageTypeCategories, MxPostMessageTypeAliases, value);
