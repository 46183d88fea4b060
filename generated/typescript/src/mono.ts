// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Mono (https://mono.co): per code set, its aliases, its category table, its constant (identifier
 * -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of MonoDataStatus values (alias -> value). */
export const MonoDataStatusAliases: { readonly [alias: string]: MonoDataStatus } = {
};
/** The category of every MonoDataStatus value and alias: all a listener needs to read one. */
export const MonoDataStatusCategories: { readonly [spelling: string]: Category } = {
  AVAILABLE: "success",
  PROCESSING: "pending",
  PARTIAL: "institution_unavailable",
  UNAVAILABLE: "institution_unavailable",
  FAILED: "generic_failure",
};
/**
 * Account data status: How much of a linked account's data Mono has retrieved (meta.data_status):
 * whether its balance and transactions can be read from the Connect endpoints yet. Mono's Account
 * Details page defines the statuses in lower case (available, partial, unavailable, failed); its
 * example bodies and webhooks send them in upper case, as the codes here are. PARTIAL and
 * UNAVAILABLE were added on September 15, 2025, when FAILED was narrowed to Mono's own failures;
 * PROCESSING is still named by the Account Details page and the account_updated webhook's field
 * table. Wire field: data.meta.data_status (the account details response, v2;
 * mono.events.account_updated webhooks); meta.data_status (GET /accounts/{id}, v1).
 */
export const MonoDataStatus: {
  /**
   * Both balance and transactions was returned.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly AVAILABLE: "AVAILABLE";
  /**
   * Mono is still retrieving the account's data from the bank.
   * Category: pending (Pending); retryable: no.
   * Advice to the integrator: If the meta data_status is still in the processing stage, you have to
   * wait before calling the APIs below e.g Statement, Transaction, Income and Identity Endpoints.
   * Whose words: description: bankcodes' wording; advice to the integrator: Mono's published text.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * Either balance or transactions was returned, but not both.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly PARTIAL: "PARTIAL";
  /**
   * Balance and transactions were not returned, due to issues from the bank or the user has no data
   * available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly UNAVAILABLE: "UNAVAILABLE";
  /**
   * Balance and transactions were not returned due to an issue from Mono’s system only (e.g.
   * internal service errors, timeouts e.t.c.).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(MonoDataStatusCategories, MonoDataStatusAliases);
export type MonoDataStatus = (typeof MonoDataStatus)[keyof typeof MonoDataStatus];
/** A MonoDataStatus as read from the wire: a known value or any other string. */
export type MonoDataStatusOrUnknown = MonoDataStatus | (string & {});
/** The catalog's metadata of every MonoDataStatus value. */
export const MonoDataStatusInfo: { readonly [V in MonoDataStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/data_status",
  {
    AVAILABLE: {
      description: "Both balance and transactions was returned.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-docs-account-details",
        "mono-docs-overview-flow",
        "mono-docs-account-information",
        "mono-docs-account-update",
        "mono-docs-account-v1",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-account-details"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "Mono is still retrieving the account's data from the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-docs-account-details",
        "mono-docs-account-update",
        "mono-docs-account-v1",
        "mono-data-sync-demo-webhook",
      ],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["mono-docs-account-details"] },
        advice: { by: "provider", sources: ["mono-docs-account-details"] },
      },
      message: null,
      advice: "If the meta data_status is still in the processing stage, you have to wait before calling the APIs below e.g Statement, Transaction, Income and Identity Endpoints.",
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      factSources: { next_step: ["mono-docs-account-details-notice"] },
    },
    PARTIAL: {
      description: "Either balance or transactions was returned, but not both.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We could only get part of your account information from your bank.",
          action: "You can try again later to get the rest.",
        },
        fr: {
          message: "Nous n'avons pu obtenir qu'une partie des informations de votre compte auprès de votre banque.",
          action: "Vous pourrez réessayer plus tard pour obtenir le reste.",
        },
        ar: {
          message: "لم نتمكن إلا من الحصول على جزء من معلومات حسابك من بنكك.",
          action: "يمكنك المحاولة مرة أخرى لاحقًا للحصول على الباقي.",
        },
        es: {
          message: "Solo pudimos obtener una parte de la información de su cuenta de su banco.",
          action: "Puede volver a intentarlo más tarde para obtener el resto.",
        },
        pt: {
          message: "Só conseguimos obter parte das informações da sua conta junto ao seu banco.",
          action: "Você pode tentar novamente mais tarde para obter o restante.",
        },
      },
      httpStatuses: [],
      sources: [
        "mono-docs-account-details",
        "mono-docs-account-details-notice",
        "mono-docs-account-update",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-account-details"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "Part of the account's data came.",
    },
    UNAVAILABLE: {
      description: "Balance and transactions were not returned, due to issues from the bank or the user has no data available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "We could not get your account information from your bank.",
          action: "Please try again later.",
        },
        fr: {
          message: "Nous n'avons pas pu obtenir les informations de votre compte auprès de votre banque.",
          action: "Veuillez réessayer plus tard.",
        },
        ar: {
          message: "لم نتمكن من الحصول على معلومات حسابك من بنكك.",
          action: "يرجى المحاولة مرة أخرى لاحقًا.",
        },
        es: {
          message: "No pudimos obtener la información de su cuenta de su banco.",
          action: "Vuelva a intentarlo más tarde.",
        },
        pt: {
          message: "Não conseguimos obter as informações da sua conta junto ao seu banco.",
          action: "Tente novamente mais tarde.",
        },
      },
      httpStatuses: [],
      sources: [
        "mono-docs-account-details",
        "mono-docs-account-details-notice",
        "mono-docs-account-update",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-account-details"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Balance and transactions were not returned due to an issue from Mono’s system only (e.g. internal service errors, timeouts e.t.c.).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-docs-account-details",
        "mono-docs-account-details-notice",
        "mono-docs-account-update",
        "mono-docs-account-v1",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-account-details"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "provider_or_bank_down",
      stateReason: "The data could not be fetched from the bank.",
    },
  },
);
/** Whether a value is a known MonoDataStatus. */
export const isMonoDataStatus = (value: unknown): value is MonoDataStatus => isCodeOf(MonoDataStatusCategories, MonoDataStatusAliases, value);

/** Other wire spellings of MonoWebhookEvent values (alias -> value). */
export const MonoWebhookEventAliases: { readonly [alias: string]: MonoWebhookEvent } = {
};
/** The category of every MonoWebhookEvent value and alias: all a listener needs to read one. */
export const MonoWebhookEventCategories: { readonly [spelling: string]: Category } = {
  "mono.events.account_connected": "success",
  "mono.events.account_updated": "informational",
  "mono.events.account_unlinked": "informational",
  "mono.events.reauthorisation_required": "reconnect_required",
  "mono.events.account_reauthorized": "success",
  "mono.events.sync_failed": "generic_failure",
  "mono.accounts.jobs.update": "informational",
};
/**
 * Webhook event: The event a Mono Connect webhook reports (event), each prefixed with mono.events
 * (Mono's Webhooks page). A mono.events.account_updated webhook's meta.data_status says more than
 * its event. Mono's Real-Time Data page names two events with the prefix mono.accounts instead: its
 * jobs webhook, kept here as published, and mono.accounts.account_updated, which its Account Update
 * page names mono.events.account_updated. Wire field: event (every webhook).
 */
export const MonoWebhookEvent: {
  /**
   * This event is fired to notify you when a user has connected his financial account successfully.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_CONNECTED: "mono.events.account_connected";
  /**
   * This event is triggered shortly after a user successfully links their account. It confirms that
   * the financial data status is known (indicated via `meta.data_status`).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_UPDATED: "mono.events.account_updated";
  /**
   * This event is fired to notify you when a connected account has been unlinked from your App or
   * business successfully.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_UNLINKED: "mono.events.account_unlinked";
  /**
   * When Data Sync occurs and a particular connected account has Multi-Factor Authentication (MFA)
   * enabled, a webhook event, mono.events.reauthorisation_required is sent with a payload that
   * contains the Account ID.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: With this ID, you must then retrieve a re-auth code with the
   * reauthorise API endpoint. This re-auth code can then be passed to the Re-authorise Widget.
   * Whose words: description: Mono's published text; advice to the integrator: Mono's published
   * text.
   */
  readonly REAUTHORISATION_REQUIRED: "mono.events.reauthorisation_required";
  /**
   * Once a successful account reauthorisation has taken place, mono.events.account_reauthorized
   * event is sent with a payload containing the Account ID for the purpose of confirmation.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_REAUTHORIZED: "mono.events.account_reauthorized";
  /**
   * Once an Automatic data sync process has failed, mono.events. sync_failed event is sent with a
   * payload containing the Account ID for the purpose of confirmation.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly SYNC_FAILED: "mono.events.sync_failed";
  /**
   * On completion of the job, the mono.accounts.jobs.update webhook is triggered to notify partners
   * of the job’s status.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly JOBS_UPDATE: "mono.accounts.jobs.update";
} = /* @__PURE__ */ membersOf(MonoWebhookEventCategories, MonoWebhookEventAliases, {
  "mono.events.account_connected": "ACCOUNT_CONNECTED",
  "mono.events.account_updated": "ACCOUNT_UPDATED",
  "mono.events.account_unlinked": "ACCOUNT_UNLINKED",
  "mono.events.reauthorisation_required": "REAUTHORISATION_REQUIRED",
  "mono.events.account_reauthorized": "ACCOUNT_REAUTHORIZED",
  "mono.events.sync_failed": "SYNC_FAILED",
  "mono.accounts.jobs.update": "JOBS_UPDATE",
});
export type MonoWebhookEvent = (typeof MonoWebhookEvent)[keyof typeof MonoWebhookEvent];
/** A MonoWebhookEvent as read from the wire: a known value or any other string. */
export type MonoWebhookEventOrUnknown = MonoWebhookEvent | (string & {});
/** The catalog's metadata of every MonoWebhookEvent value. */
export const MonoWebhookEventInfo: { readonly [V in MonoWebhookEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/webhook_event",
  {
    "mono.events.account_connected": {
      name: "ACCOUNT_CONNECTED",
      description: "This event is fired to notify you when a user has connected his financial account successfully.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-docs-auth-connection",
        "mono-docs-overview-flow",
        "mono-docs-directpay-webhooks",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-auth-connection"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.events.account_updated": {
      name: "ACCOUNT_UPDATED",
      description: "This event is triggered shortly after a user successfully links their account. It confirms that the financial data status is known (indicated via `meta.data_status`).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-docs-account-update",
        "mono-docs-account-update-2022",
        "mono-docs-overview-flow",
        "mono-docs-webhooks",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-account-update"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.events.account_unlinked": {
      name: "ACCOUNT_UNLINKED",
      description: "This event is fired to notify you when a connected account has been unlinked from your App or business successfully.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-unlink"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-unlink"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.events.reauthorisation_required": {
      name: "REAUTHORISATION_REQUIRED",
      description: "When Data Sync occurs and a particular connected account has Multi-Factor Authentication (MFA) enabled, a webhook event, mono.events.reauthorisation_required is sent with a payload that contains the Account ID.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-data-sync", "mono-docs-overview-flow"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mono-docs-data-sync"] },
        advice: { by: "provider", sources: ["mono-docs-data-sync"] },
      },
      message: null,
      advice: "With this ID, you must then retrieve a re-auth code with the reauthorise API endpoint. This re-auth code can then be passed to the Re-authorise Widget.",
      userMessage: null,
      aliases: [],
    },
    "mono.events.account_reauthorized": {
      name: "ACCOUNT_REAUTHORIZED",
      description: "Once a successful account reauthorisation has taken place, mono.events.account_reauthorized event is sent with a payload containing the Account ID for the purpose of confirmation.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-data-sync", "mono-docs-reauth-guide"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-data-sync"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.events.sync_failed": {
      name: "SYNC_FAILED",
      description: "Once an Automatic data sync process has failed, mono.events. sync_failed event is sent with a payload containing the Account ID for the purpose of confirmation.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-data-sync"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-data-sync"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.accounts.jobs.update": {
      name: "JOBS_UPDATE",
      description: "On completion of the job, the mono.accounts.jobs.update webhook is triggered to notify partners of the job’s status.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-realtime-data"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-realtime-data"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoWebhookEvent. */
export const isMonoWebhookEvent = (value: unknown): value is MonoWebhookEvent => isCodeOf(MonoWebhookEventCategories, MonoWebhookEventAliases, value);

/** Other wire spellings of MonoLoginResponseCode values (alias -> value). */
export const MonoLoginResponseCodeAliases: { readonly [alias: string]: MonoLoginResponseCode } = {
};
/** The category of every MonoLoginResponseCode value and alias: all a listener needs to read one. */
export const MonoLoginResponseCodeCategories: { readonly [spelling: string]: Category } = {
  "99": "success",
  "101": "user_action_required",
  "102": "mfa_required",
};
/**
 * Partners API login response code: The next step of an account linking (or reauthorisation)
 * through Mono's Partners API, the API behind the Connect widget, in data.responseCode of the login
 * and reauth responses. Wire field: data.responseCode (POST /v1/connect/login, POST
 * /v2/connect/reauth/session).
 */
export const MonoLoginResponseCode: {
  /**
   * The authorisation is complete. In case the user has only one account we choose that account for
   * the user automatically and move forward with the enrolment so there's no extra step and the
   * session will be committed automatically.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly AUTHORISATION_COMPLETE: 99;
  /**
   * User has multiple accounts, we require user input to select the account being enrolled.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_SELECTION_REQUIRED: 101;
  /**
   * An input is required from the user to proceed (security question/otp)
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly INPUT_REQUIRED: 102;
} = { AUTHORISATION_COMPLETE: 99, ACCOUNT_SELECTION_REQUIRED: 101, INPUT_REQUIRED: 102 };
export type MonoLoginResponseCode = (typeof MonoLoginResponseCode)[keyof typeof MonoLoginResponseCode];
/** A MonoLoginResponseCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MonoLoginResponseCodeOrUnknown = MonoLoginResponseCode | (number & {}) | `${number}`;
/** The catalog's metadata of every MonoLoginResponseCode value. */
export const MonoLoginResponseCodeInfo: { readonly [V in MonoLoginResponseCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/login_response_code",
  {
    "99": {
      name: "AUTHORISATION_COMPLETE",
      description: "The authorisation is complete. In case the user has only one account we choose that account for the user automatically and move forward with the enrolment so there's no extra step and the session will be committed automatically.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-login-to-institution", "mono-docs-reauth-guide"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-login-to-institution"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "101": {
      name: "ACCOUNT_SELECTION_REQUIRED",
      description: "User has multiple accounts, we require user input to select the account being enrolled.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You have more than one account at this bank.",
          action: "Choose the account you want to connect.",
        },
        fr: {
          message: "Vous avez plusieurs comptes dans cette banque.",
          action: "Choisissez le compte que vous souhaitez connecter.",
        },
        ar: { message: "لديك أكثر من حساب في هذا البنك.", action: "اختر الحساب الذي تريد ربطه." },
        es: {
          message: "Tiene más de una cuenta en este banco.",
          action: "Elija la cuenta que desea conectar.",
        },
        pt: {
          message: "Você tem mais de uma conta neste banco.",
          action: "Escolha a conta que deseja conectar.",
        },
      },
      httpStatuses: [],
      sources: ["mono-docs-login-to-institution"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-login-to-institution"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "102": {
      name: "INPUT_REQUIRED",
      description: "An input is required from the user to proceed (security question/otp)",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-login-to-institution"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-login-to-institution"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoLoginResponseCode. */
export const isMonoLoginResponseCode = (value: unknown): value is MonoLoginResponseCode => isNumericCodeOf(MonoLoginResponseCodeCategories, value);

/** Other wire spellings of MonoConnectEvent values (alias -> value). */
export const MonoConnectEventAliases: { readonly [alias: string]: MonoConnectEvent } = {
};
/** The category of every MonoConnectEvent value and alias: all a listener needs to read one. */
export const MonoConnectEventCategories: { readonly [spelling: string]: Category } = {
  LOADED: "informational",
  OPENED: "informational",
  EXIT: "cancelled",
  INSTITUTION_SELECTED: "informational",
  AUTH_METHOD_SWITCHED: "informational",
  SUBMIT_CREDENTIALS: "informational",
  SUBMIT_MFA: "informational",
  ACCOUNT_LINKED: "success",
  ACCOUNT_SELECTED: "informational",
  ERROR: "generic_failure",
  SUCCESS: "success",
  UNKNOWN: "informational",
};
/**
 * Connect widget event name: The name the Connect widget's SDKs pass to onEvent (its first
 * argument, eventName), each mapped from a window message type of the widget (mono.connect.*; see
 * the message type set). The data passed beside it holds reference, timestamp and the event's own
 * fields (errorType and errorMessage for ERROR, mfaType for SUBMIT_MFA, institution for
 * INSTITUTION_SELECTED and ACCOUNT_LINKED, pageName for EXIT). Wire field: onEvent(eventName,
 * data): eventName (connect.js, React Native, Android ConnectEvent.getEventName(), iOS
 * ConnectEvent.eventName).
 */
export const MonoConnectEvent: {
  /**
   * connect.js sends it itself when the widget's frame has loaded into the page, before the widget
   * is opened.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LOADED: "LOADED";
  /**
   * Triggered when the user opens the Connect Widget.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly OPENED: "OPENED";
  /**
   * Triggered when the user closes the Connect Widget.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly EXIT: "EXIT";
  /**
   * Triggered when the user selects an institution.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly INSTITUTION_SELECTED: "INSTITUTION_SELECTED";
  /**
   * Triggered when the user changes authentication method from internet to mobile banking, or vice
   * versa.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly AUTH_METHOD_SWITCHED: "AUTH_METHOD_SWITCHED";
  /**
   * Triggered when the user presses Log in.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly SUBMIT_CREDENTIALS: "SUBMIT_CREDENTIALS";
  /**
   * The user submitted the answer to a multi-factor authentication step.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUBMIT_MFA: "SUBMIT_MFA";
  /**
   * Triggered when the user successfully links their account.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_LINKED: "ACCOUNT_LINKED";
  /**
   * Triggered when the user selects a new account.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_SELECTED: "ACCOUNT_SELECTED";
  /**
   * Triggered when the widget reports an error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly ERROR: "ERROR";
  /**
   * Triggered when the user successfully links their account and provides the code for
   * autentication.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly SUCCESS: "SUCCESS";
  /**
   * The name the iOS and Android SDKs give an event whose message type they do not map.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UNKNOWN: "UNKNOWN";
} = /* @__PURE__ */ membersOf(MonoConnectEventCategories, MonoConnectEventAliases);
export type MonoConnectEvent = (typeof MonoConnectEvent)[keyof typeof MonoConnectEvent];
/** A MonoConnectEvent as read from the wire: a known value or any other string. */
export type MonoConnectEventOrUnknown = MonoConnectEvent | (string & {});
/** The catalog's metadata of every MonoConnectEvent value. */
export const MonoConnectEventInfo: { readonly [V in MonoConnectEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/connect_event",
  {
    LOADED: {
      description: "connect.js sends it itself when the widget's frame has loaded into the page, before the widget is opened.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-connect-js-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OPENED: {
      description: "Triggered when the user opens the Connect Widget.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXIT: {
      description: "Triggered when the user closes the Connect Widget.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INSTITUTION_SELECTED: {
      description: "Triggered when the user selects an institution.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTH_METHOD_SWITCHED: {
      description: "Triggered when the user changes authentication method from internet to mobile banking, or vice versa.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_CREDENTIALS: {
      description: "Triggered when the user presses Log in.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUBMIT_MFA: {
      description: "The user submitted the answer to a multi-factor authentication step.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-connect-js", "mono-connect-rn", "mono-connect-ios", "mono-connect-android"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_LINKED: {
      description: "Triggered when the user successfully links their account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_SELECTED: {
      description: "Triggered when the user selects a new account.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR: {
      description: "Triggered when the widget reports an error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-js-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-js-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCESS: {
      description: "Triggered when the user successfully links their account and provides the code for autentication.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-android-readme",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-android-web",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-android-readme"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNKNOWN: {
      description: "The name the iOS and Android SDKs give an event whose message type they do not map.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-connect-ios", "mono-connect-android"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoConnectEvent. */
export const isMonoConnectEvent = (value: unknown): value is MonoConnectEvent => isCodeOf(MonoConnectEventCategories, MonoConnectEventAliases, value);

/** Other wire spellings of MonoConnectMessageType values (alias -> value). */
export const MonoConnectMessageTypeAliases: { readonly [alias: string]: MonoConnectMessageType } = {
};
/** The category of every MonoConnectMessageType value and alias: all a listener needs to read one. */
export const MonoConnectMessageTypeCategories: { readonly [spelling: string]: Category } = {
  "mono.connect.widget_loaded": "informational",
  "mono.connect.widget_opened": "informational",
  "mono.connect.error_occured": "generic_failure",
  "mono.connect.institution_selected": "informational",
  "mono.connect.auth_method_switched": "informational",
  "mono.connect.on_exit": "cancelled",
  "mono.connect.login_attempt": "informational",
  "mono.connect.mfa_submitted": "informational",
  "mono.connect.account_linked": "success",
  "mono.connect.account_selected": "informational",
  "mono.connect.widget.account_linked": "success",
  "mono.connect.widget.charge_complete": "success",
  "mono.connect.widget.closed": "cancelled",
  "mono.modal.closed": "cancelled",
  "mono.modal.linked": "success",
};
/**
 * Connect widget message type: The type of a message the Connect widget posts from its frame
 * ({type, data}), which the SDKs read to call onSuccess, onClose and onEvent. The connect.* types
 * with an underscore (widget_opened) feed onEvent; the three mono.connect.widget.* types call
 * onSuccess and onClose (the mobile SDKs list widget.account_linked and widget.closed as deprecated
 * and pass them to onEvent no more, but still act on them). Wire field: type (window message data
 * from the widget's frame; the React Native WebView and mobile JavaScript bridge messages).
 */
export const MonoConnectMessageType: {
  /**
   * connect.js dispatches it on the page itself once the widget's frame has loaded (onEvent
   * LOADED).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WIDGET_LOADED: "mono.connect.widget_loaded";
  /**
   * Triggered when the user opens the Connect Widget.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly WIDGET_OPENED: "mono.connect.widget_opened";
  /**
   * Triggered when the widget reports an error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly ERROR_OCCURED: "mono.connect.error_occured";
  /**
   * Triggered when an institution is selected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly INSTITUTION_SELECTED: "mono.connect.institution_selected";
  /**
   * Triggered when the authentications method is switched.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly AUTH_METHOD_SWITCHED: "mono.connect.auth_method_switched";
  /**
   * Triggered when the user exits the widget.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ON_EXIT: "mono.connect.on_exit";
  /**
   * Triggered on a login attempt from the user.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly LOGIN_ATTEMPT: "mono.connect.login_attempt";
  /**
   * The user submitted the answer to a multi-factor authentication step.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly MFA_SUBMITTED: "mono.connect.mfa_submitted";
  /**
   * Triggered when account linking has been successfully completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly ACCOUNT_LINKED: "mono.connect.account_linked";
  /**
   * The user selected an account to link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNT_SELECTED: "mono.connect.account_selected";
  /**
   * The account was linked: the SDKs call onSuccess with the message's data, which holds the code
   * to exchange for the account's id, and close the widget.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WIDGET_ACCOUNT_LINKED: "mono.connect.widget.account_linked";
  /**
   * A payment made through the widget completed: connect.js calls onSuccess with the message's data
   * (a charge object) and onEvent SUCCESS, and closes the widget.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WIDGET_CHARGE_COMPLETE: "mono.connect.widget.charge_complete";
  /**
   * The user closed the widget: the SDKs close it and call onClose.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly WIDGET_CLOSED: "mono.connect.widget.closed";
  /**
   * An earlier widget's message that it was closed.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to
   * no callback; connect.js and the React Native SDK do not read it.
   */
  readonly MODAL_CLOSED: "mono.modal.closed";
  /**
   * An earlier widget's message that an account was linked.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to
   * no callback; connect.js and the React Native SDK do not read it.
   */
  readonly MODAL_LINKED: "mono.modal.linked";
} = /* @__PURE__ */ membersOf(MonoConnectMessageTypeCategories, MonoConnectMessageTypeAliases, {
  "mono.connect.widget_loaded": "WIDGET_LOADED",
  "mono.connect.widget_opened": "WIDGET_OPENED",
  "mono.connect.error_occured": "ERROR_OCCURED",
  "mono.connect.institution_selected": "INSTITUTION_SELECTED",
  "mono.connect.auth_method_switched": "AUTH_METHOD_SWITCHED",
  "mono.connect.on_exit": "ON_EXIT",
  "mono.connect.login_attempt": "LOGIN_ATTEMPT",
  "mono.connect.mfa_submitted": "MFA_SUBMITTED",
  "mono.connect.account_linked": "ACCOUNT_LINKED",
  "mono.connect.account_selected": "ACCOUNT_SELECTED",
  "mono.connect.widget.account_linked": "WIDGET_ACCOUNT_LINKED",
  "mono.connect.widget.charge_complete": "WIDGET_CHARGE_COMPLETE",
  "mono.connect.widget.closed": "WIDGET_CLOSED",
  "mono.modal.closed": "MODAL_CLOSED",
  "mono.modal.linked": "MODAL_LINKED",
});
export type MonoConnectMessageType = (typeof MonoConnectMessageType)[keyof typeof MonoConnectMessageType];
/** A MonoConnectMessageType as read from the wire: a known value or any other string. */
export type MonoConnectMessageTypeOrUnknown = MonoConnectMessageType | (string & {});
/** The catalog's metadata of every MonoConnectMessageType value. */
export const MonoConnectMessageTypeInfo: { readonly [V in MonoConnectMessageType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/connect_message_type",
  {
    "mono.connect.widget_loaded": {
      name: "WIDGET_LOADED",
      description: "connect.js dispatches it on the page itself once the widget's frame has loaded (onEvent LOADED).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-connect-js-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.widget_opened": {
      name: "WIDGET_OPENED",
      description: "Triggered when the user opens the Connect Widget.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-js-utils",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.error_occured": {
      name: "ERROR_OCCURED",
      description: "Triggered when the widget reports an error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.institution_selected": {
      name: "INSTITUTION_SELECTED",
      description: "Triggered when an institution is selected.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.auth_method_switched": {
      name: "AUTH_METHOD_SWITCHED",
      description: "Triggered when the authentications method is switched.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.on_exit": {
      name: "ON_EXIT",
      description: "Triggered when the user exits the widget.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.login_attempt": {
      name: "LOGIN_ATTEMPT",
      description: "Triggered on a login attempt from the user.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.mfa_submitted": {
      name: "MFA_SUBMITTED",
      description: "The user submitted the answer to a multi-factor authentication step.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.account_linked": {
      name: "ACCOUNT_LINKED",
      description: "Triggered when account linking has been successfully completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-connect-flutter-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.account_selected": {
      name: "ACCOUNT_SELECTED",
      description: "The user selected an account to link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-flutter-types",
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios",
        "mono-connect-android",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.widget.account_linked": {
      name: "WIDGET_ACCOUNT_LINKED",
      description: "The account was linked: the SDKs call onSuccess with the message's data, which holds the code to exchange for the account's id, and close the widget.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios-widget",
        "mono-connect-android-web",
        "mono-connect-flutter-types",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.widget.charge_complete": {
      name: "WIDGET_CHARGE_COMPLETE",
      description: "A payment made through the widget completed: connect.js calls onSuccess with the message's data (a charge object) and onEvent SUCCESS, and closes the widget.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-connect-js", "mono-connect-rn", "mono-connect-js-readme"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.connect.widget.closed": {
      name: "WIDGET_CLOSED",
      description: "The user closed the widget: the SDKs close it and call onClose.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-js",
        "mono-connect-rn",
        "mono-connect-ios-widget",
        "mono-connect-android-web",
        "mono-connect-flutter-types",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.modal.closed": {
      name: "MODAL_CLOSED",
      description: "An earlier widget's message that it was closed.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mono-connect-ios-widget",
        "mono-connect-android-web",
        "mono-connect-flutter-types",
      ],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mono.modal.linked": {
      name: "MODAL_LINKED",
      description: "An earlier widget's message that an account was linked.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "mono-connect-ios-widget",
        "mono-connect-android-web",
        "mono-connect-flutter-types",
      ],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoConnectMessageType. */
export const isMonoConnectMessageType = (value: unknown): value is MonoConnectMessageType => isCodeOf(MonoConnectMessageTypeCategories, MonoConnectMessageTypeAliases, value);

/** Other wire spellings of MonoResponseStatus values (alias -> value). */
export const MonoResponseStatusAliases: { readonly [alias: string]: MonoResponseStatus } = {
};
/** The category of every MonoResponseStatus value and alias: all a listener needs to read one. */
export const MonoResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "400": "integration_error",
  "401": "integration_error",
  "402": "generic_failure",
  "403": "integration_error",
  "404": "integration_error",
  "409": "concurrent_operation",
  "429": "rate_limited",
  "500": "generic_failure",
  "502": "generic_failure",
  "503": "generic_failure",
  "504": "generic_failure",
};
/**
 * API response status: The HTTP status of a Mono API response, with the meaning Mono's Errors page
 * gives it (its API Error Codes). A failed response says failed in its status field. The part read
 * of the current Errors page gives no error code of Mono's own beyond the HTTP status (the rest was
 * not read); the page's version last updated May 19th, 2022 also has a table of Direct Debit error
 * codes (from 01, "Status unknown, please wait for settlement report.", to at least 30), which the
 * catalog does not hold. Wire field: the HTTP status of an API response.
 */
export const MonoResponseStatus: {
  /**
   * Everything worked as expected.
   * Category: success (Success); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly OK: 200;
  /**
   * The request was not accepted, often due to missing a required parameter.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * No valid API key provided.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly UNAUTHORISED: 401;
  /**
   * The request was unacceptable, often due to missing a required parameter.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly REQUEST_FAILED: 402;
  /**
   * The API key doesn’t have permissions to perform the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * The requested resources doesn’t exist.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * The request conflicts with another request (perhaps due to using the same idempotent key).
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly CONFLICT: 409;
  /**
   * Too many requests hit the API too quickly. We recommend an exponential backoff of your request.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Something went wrong on Mono’s end. (These are rare).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * Something went wrong on Mono’s end. (These are rare).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly BAD_GATEWAY: 502;
  /**
   * Something went wrong on Mono’s end. (These are rare).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly SERVICE_UNAVAILABLE: 503;
  /**
   * Something went wrong on Mono’s end. (These are rare).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mono's published text.
   */
  readonly GATEWAY_TIMEOUT: 504;
} = {
  OK: 200,
  BAD_REQUEST: 400,
  UNAUTHORISED: 401,
  REQUEST_FAILED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
};
export type MonoResponseStatus = (typeof MonoResponseStatus)[keyof typeof MonoResponseStatus];
/** A MonoResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MonoResponseStatusOrUnknown = MonoResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every MonoResponseStatus value. */
export const MonoResponseStatusInfo: { readonly [V in MonoResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/http_status",
  {
    "200": {
      name: "OK",
      description: "Everything worked as expected.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "The request was not accepted, often due to missing a required parameter.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORISED",
      description: "No valid API key provided.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mono-docs-errors", "mono-docs-errors-readme"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "402": {
      name: "REQUEST_FAILED",
      description: "The request was unacceptable, often due to missing a required parameter.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "The API key doesn’t have permissions to perform the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "The requested resources doesn’t exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "CONFLICT",
      description: "The request conflicts with another request (perhaps due to using the same idempotent key).",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mono-docs-errors", "mono-docs-errors-readme"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Too many requests hit the API too quickly. We recommend an exponential backoff of your request.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Something went wrong on Mono’s end. (These are rare).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "502": {
      name: "BAD_GATEWAY",
      description: "Something went wrong on Mono’s end. (These are rare).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "SERVICE_UNAVAILABLE",
      description: "Something went wrong on Mono’s end. (These are rare).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "504": {
      name: "GATEWAY_TIMEOUT",
      description: "Something went wrong on Mono’s end. (These are rare).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mono-docs-errors", "mono-docs-errors-readme"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoResponseStatus. */
export const isMonoResponseStatus = (value: unknown): value is MonoResponseStatus => isNumericCodeOf(MonoResponseStatusCategories, value);

/** Other wire spellings of MonoDirectDebitErrorCode values (alias -> value). */
export const MonoDirectDebitErrorCodeAliases: { readonly [alias: string]: MonoDirectDebitErrorCode } = {
};
/** The category of every MonoDirectDebitErrorCode value and alias: all a listener needs to read one. */
export const MonoDirectDebitErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "01": "pending",
  "03": "integration_error",
  "05": "rejected",
  "06": "account_unavailable",
  "07": "account_unavailable",
  "08": "rejected",
  "09": "pending",
  "12": "rejected",
  "13": "integration_error",
  "14": "integration_error",
  "15": "integration_error",
  "16": "integration_error",
  "17": "integration_error",
  "18": "integration_error",
  "21": "rejected",
  "25": "rejected",
  "26": "integration_error",
};
/**
 * Direct Debit error code: A Direct Debit error code, as the Direct Debit Error Codes table of
 * Mono's Errors page lists it in its capture last updated May 19th, 2022 (Code, Type, What it
 * means: every row's type is Direct Debit); What it means is the description here. The capture ends
 * inside the row of 30 ('Format erro'), which is left out, and the rows after it were not read. The
 * part read names no field that carries these codes. The categories are bankcodes' reading of the
 * texts. Wire field: a Direct Debit error code (the part of the page read names no field).
 */
export const MonoDirectDebitErrorCode: {
  /**
   * Status unknown, please wait for settlement report.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_01: "01";
  /**
   * Invalid Sender.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_03: "03";
  /**
   * Do not honor
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_05: "05";
  /**
   * Dormant Account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_06: "06";
  /**
   * Invalid Account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_07: "07";
  /**
   * Account Name Mismatch
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_08: "08";
  /**
   * Request processing in progress
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_09: "09";
  /**
   * Invalid transaction
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_12: "12";
  /**
   * Invalid Amount
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_13: "13";
  /**
   * Invalid Batch Number
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_14: "14";
  /**
   * Invalid Session or Record ID
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_15: "15";
  /**
   * Unknown Bank Code
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_16: "16";
  /**
   * Invalid Channel
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_17: "17";
  /**
   * Wrong Method Call
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_18: "18";
  /**
   * No action taken
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_21: "21";
  /**
   * Unable to locate record
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_25: "25";
  /**
   * Duplicate record
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mono's published text.
   */
  readonly CODE_26: "26";
} = {
  CODE_01: "01",
  CODE_03: "03",
  CODE_05: "05",
  CODE_06: "06",
  CODE_07: "07",
  CODE_08: "08",
  CODE_09: "09",
  CODE_12: "12",
  CODE_13: "13",
  CODE_14: "14",
  CODE_15: "15",
  CODE_16: "16",
  CODE_17: "17",
  CODE_18: "18",
  CODE_21: "21",
  CODE_25: "25",
  CODE_26: "26",
};
export type MonoDirectDebitErrorCode = (typeof MonoDirectDebitErrorCode)[keyof typeof MonoDirectDebitErrorCode];
/** A MonoDirectDebitErrorCode as read from the wire: a known value or any other string. */
export type MonoDirectDebitErrorCodeOrUnknown = MonoDirectDebitErrorCode | (string & {});
/** The catalog's metadata of every MonoDirectDebitErrorCode value. */
export const MonoDirectDebitErrorCodeInfo: { readonly [V in MonoDirectDebitErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mono/direct_debit_error_code",
  {
    "01": {
      name: "CODE_01",
      description: "Status unknown, please wait for settlement report.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "03": {
      name: "CODE_03",
      description: "Invalid Sender.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "05": {
      name: "CODE_05",
      description: "Do not honor",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "06": {
      name: "CODE_06",
      description: "Dormant Account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "07": {
      name: "CODE_07",
      description: "Invalid Account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "08": {
      name: "CODE_08",
      description: "Account Name Mismatch",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "09": {
      name: "CODE_09",
      description: "Request processing in progress",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12": {
      name: "CODE_12",
      description: "Invalid transaction",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "13": {
      name: "CODE_13",
      description: "Invalid Amount",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14": {
      name: "CODE_14",
      description: "Invalid Batch Number",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "15": {
      name: "CODE_15",
      description: "Invalid Session or Record ID",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "16": {
      name: "CODE_16",
      description: "Unknown Bank Code",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "17": {
      name: "CODE_17",
      description: "Invalid Channel",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "18": {
      name: "CODE_18",
      description: "Wrong Method Call",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "21": {
      name: "CODE_21",
      description: "No action taken",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "25": {
      name: "CODE_25",
      description: "Unable to locate record",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "26": {
      name: "CODE_26",
      description: "Duplicate record",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mono-docs-errors-2022"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mono-docs-errors-2022"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MonoDirectDebitErrorCode. */
export const isMonoDirectDebitErrorCode = (value: unknown): value is MonoDirectDebitErrorCode => isCodeOf(MonoDirectDebitErrorCodeCategories, MonoDirectDebitErrorCodeAliases, value);
