// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Setu Account Aggregator (https://setu.co): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of SetuConsentStatus values (alias -> value). */
export const SetuConsentStatusAliases: { readonly [alias: string]: SetuConsentStatus } = {
};
/** The category of every SetuConsentStatus value and alias: all a listener needs to read one. */
export const SetuConsentStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  INITIATED: "pending",
  FAILED: "generic_failure",
  ACTIVE: "success",
  PAUSED: "reconnect_required",
  REVOKED: "reconnect_required",
  EXPIRED: "reconnect_required",
  REJECTED: "cancelled",
};
/**
 * Consent status: The status of a consent request (a consent of the AA Gateway v2,
 * ConsentResponseV2.status), in the consent object the consent APIs return and in a consent
 * notification's data.status. The OpenAPI file lists the values; the Notifications page describes
 * six of them. Setu's prose also speaks of an APPROVED consent (the Consent flow and Data flow
 * pages), a word the API does not send: an approved consent is ACTIVE. Wire field: status (the
 * consent object: POST /v2/consents, GET /v2/consents/{request_id}, POST
 * /v2/consents/{request_id}/revoke); data.status (CONSENT_STATUS_UPDATE notification).
 */
export const SetuConsentStatus: {
  /**
   * The consent has been created and customer action is awaited
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * INITIATED status is returned only for bank selection flow when user needs to select FIP before
   * consent creation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly INITIATED: "INITIATED";
  /**
   * The consent failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
  /**
   * Customer has approved the consent
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * Customer has paused a previously approved consent
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly PAUSED: "PAUSED";
  /**
   * Customer has revoked consent which was previously approved
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly REVOKED: "REVOKED";
  /**
   * The consent has expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Customer has rejected consent
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly REJECTED: "REJECTED";
} = /* @__PURE__ */ membersOf(SetuConsentStatusCategories, SetuConsentStatusAliases);
export type SetuConsentStatus = (typeof SetuConsentStatus)[keyof typeof SetuConsentStatus];
/** A SetuConsentStatus as read from the wire: a known value or any other string. */
export type SetuConsentStatusOrUnknown = SetuConsentStatus | (string & {});
/** The catalog's metadata of every SetuConsentStatus value. */
export const SetuConsentStatusInfo: { readonly [V in SetuConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/consent_status",
  {
    PENDING: {
      description: "The consent has been created and customer action is awaited",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-consent-object"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INITIATED: {
      description: "INITIATED status is returned only for bank selection flow when user needs to select FIP before consent creation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-consent-object"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-openapi"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The consent failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "unknown",
      stateReason: "The consent request failed; its state is not told.",
    },
    ACTIVE: {
      description: "Customer has approved the consent",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-consent-flow"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAUSED: {
      description: "Customer has paused a previously approved consent",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You paused your consent to share your account data.",
          action: "Resume it in your account aggregator app to continue.",
        },
        fr: {
          message: "Vous avez suspendu votre consentement au partage des données de votre compte.",
          action: "Réactivez-le dans l'application de votre agrégateur de comptes pour continuer.",
        },
        ar: {
          message: "لقد أوقفت مؤقتاً موافقتك على مشاركة بيانات حسابك.",
          action: "أعد تفعيلها في تطبيق مجمِّع الحسابات للمتابعة.",
        },
        es: {
          message: "Usted pausó su consentimiento para compartir los datos de su cuenta.",
          action: "Reactívelo en la aplicación de su agregador de cuentas para continuar.",
        },
        pt: {
          message: "Você pausou seu consentimento para compartilhar os dados da sua conta.",
          action: "Reative-o no aplicativo do seu agregador de contas para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOKED: {
      description: "Customer has revoked consent which was previously approved",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your consent to share your account data was revoked.",
          action: "Give your consent again to continue.",
        },
        fr: {
          message: "Votre consentement au partage des données de votre compte a été révoqué.",
          action: "Donnez de nouveau votre consentement pour continuer.",
        },
        ar: {
          message: "تم إلغاء موافقتك على مشاركة بيانات حسابك.",
          action: "امنح موافقتك مرة أخرى للمتابعة.",
        },
        es: {
          message: "Se revocó su consentimiento para compartir los datos de su cuenta.",
          action: "Otorgue su consentimiento de nuevo para continuar.",
        },
        pt: {
          message: "Seu consentimento para compartilhar os dados da sua conta foi revogado.",
          action: "Dê seu consentimento novamente para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-consent-flow"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The consent was revoked.",
    },
    EXPIRED: {
      description: "The consent has expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your consent to share your account data has expired.",
          action: "Give your consent again to continue.",
        },
        fr: {
          message: "Votre consentement au partage des données de votre compte a expiré.",
          action: "Donnez de nouveau votre consentement pour continuer.",
        },
        ar: {
          message: "انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
          action: "امنح موافقتك مرة أخرى للمتابعة.",
        },
        es: {
          message: "Su consentimiento para compartir los datos de su cuenta expiró.",
          action: "Otorgue su consentimiento de nuevo para continuar.",
        },
        pt: {
          message: "Seu consentimento para compartilhar os dados da sua conta expirou.",
          action: "Dê seu consentimento novamente para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent reached its expiry.",
    },
    REJECTED: {
      description: "Customer has rejected consent",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "The end user rejected the consent request.",
    },
  },
);
/** Whether a value is a known SetuConsentStatus. */
export const isSetuConsentStatus = (value: unknown): value is SetuConsentStatus => isCodeOf(SetuConsentStatusCategories, SetuConsentStatusAliases, value);

/** Other wire spellings of SetuDataSessionStatus values (alias -> value). */
export const SetuDataSessionStatusAliases: { readonly [alias: string]: SetuDataSessionStatus } = {
};
/** The category of every SetuDataSessionStatus value and alias: all a listener needs to read one. */
export const SetuDataSessionStatusCategories: { readonly [spelling: string]: Category } = {
  ACTIVE: "pending",
  PENDING: "pending",
  COMPLETED: "success",
  EXPIRED: "session_expired",
  FAILED: "generic_failure",
  PARTIAL: "success",
};
/**
 * Data session status (combined): The combined status of a data session (an FI data fetch session,
 * FIDataFetchResponseV2.status), in the session the data APIs return, in an FI notification's
 * data.status, in an Auto-Fetch FI_DATA_READY notification's status and in the list of a consent's
 * data sessions. PARTIAL or COMPLETED means the data can be fetched. The texts are the
 * Notifications page's; the Data flow page describes PENDING, PARTIAL and COMPLETED after a fetch
 * in other words (see each code's notes). Wire field: status (the data session: POST /v2/sessions,
 * GET /v2/sessions/{session_id}; FI_DATA_READY notification); data.status (SESSION_STATUS_UPDATE
 * notification); dataSessions[].status (GET /v2/consents/{consent_id}/data-sessions).
 */
export const SetuDataSessionStatus: {
  /**
   * FI data session is active
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * Individual account FI status of all accounts in the data session are in PENDING status. Data
   * fetch for this data session cannot be initiated yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * Individual account FI status of all accounts is READY. Data fetch can be initiated for this
   * data session.
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly COMPLETED: "COMPLETED";
  /**
   * Data session has expired, irrespective of individual account FI statuses. No further fetches
   * can happen for this data session.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly EXPIRED: "EXPIRED";
  /**
   * Data session has failed, irrespective of individual account FI statuses. Retry by creating a
   * new data session.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly FAILED: "FAILED";
  /**
   * One or more accounts have individual FI account status as READY but the remaining have status
   * as FAILED/TIMEOUT. Data fetch for this data session can be initiated. However, only data from
   * READY accounts can be fetched.
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly PARTIAL: "PARTIAL";
} = /* @__PURE__ */ membersOf(SetuDataSessionStatusCategories, SetuDataSessionStatusAliases);
export type SetuDataSessionStatus = (typeof SetuDataSessionStatus)[keyof typeof SetuDataSessionStatus];
/** A SetuDataSessionStatus as read from the wire: a known value or any other string. */
export type SetuDataSessionStatusOrUnknown = SetuDataSessionStatus | (string & {});
/** The catalog's metadata of every SetuDataSessionStatus value. */
export const SetuDataSessionStatusInfo: { readonly [V in SetuDataSessionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/data_session_status",
  {
    ACTIVE: {
      description: "FI data session is active",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-v1-migration-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-v1-migration-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING: {
      description: "Individual account FI status of all accounts in the data session are in PENDING status. Data fetch for this data session cannot be initiated yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMPLETED: {
      description: "Individual account FI status of all accounts is READY. Data fetch can be initiated for this data session.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED: {
      description: "Data session has expired, irrespective of individual account FI statuses. No further fetches can happen for this data session.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "Data session has failed, irrespective of individual account FI statuses. Retry by creating a new data session.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTIAL: {
      description: "One or more accounts have individual FI account status as READY but the remaining have status as FAILED/TIMEOUT. Data fetch for this data session can be initiated. However, only data from READY accounts can be fetched.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuDataSessionStatus. */
export const isSetuDataSessionStatus = (value: unknown): value is SetuDataSessionStatus => isCodeOf(SetuDataSessionStatusCategories, SetuDataSessionStatusAliases, value);

/** Other wire spellings of SetuFiStatus values (alias -> value). */
export const SetuFiStatusAliases: { readonly [alias: string]: SetuFiStatus } = {
};
/** The category of every SetuFiStatus value and alias: all a listener needs to read one. */
export const SetuFiStatusCategories: { readonly [spelling: string]: Category } = {
  PENDING: "pending",
  READY: "success",
  DELIVERED: "success",
  TIMEOUT: "institution_unavailable",
  DENIED: "rejected",
  FAILED: "generic_failure",
};
/**
 * Account FI status (individual): The status of one account's data at its FIP within a data
 * session: an FI notification's data.fips[].accounts[].FIStatus, and the session's
 * fips[].accounts[].FIstatus as the data APIs return it (the OpenAPI file types it as a string
 * without values; the Data flow page's example writes status for one account and FIstatus for
 * another). The Notifications page lists five values; the Data flow page's example and its PARTIAL
 * text also show FAILED. Wire field: data.fips[].accounts[].FIStatus (SESSION_STATUS_UPDATE
 * notification); fips[].accounts[].FIstatus (GET /v2/sessions/{session_id}).
 */
export const SetuFiStatus: {
  /**
   * FIP has received the account data request
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * FIP is ready with the requested account data
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly READY: "READY";
  /**
   * FIP has delivered the requested account data
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly DELIVERED: "DELIVERED";
  /**
   * The account data request to the FIP has timed out
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly TIMEOUT: "TIMEOUT";
  /**
   * FIP has denied sharing the requested account data
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly DENIED: "DENIED";
  /**
   * The account's data request failed at its FIP.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(SetuFiStatusCategories, SetuFiStatusAliases);
export type SetuFiStatus = (typeof SetuFiStatus)[keyof typeof SetuFiStatus];
/** A SetuFiStatus as read from the wire: a known value or any other string. */
export type SetuFiStatusOrUnknown = SetuFiStatus | (string & {});
/** The catalog's metadata of every SetuFiStatus value. */
export const SetuFiStatusInfo: { readonly [V in SetuFiStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/fi_status",
  {
    PENDING: {
      description: "FIP has received the account data request",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-data-apis"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    READY: {
      description: "FIP is ready with the requested account data",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-data-apis"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DELIVERED: {
      description: "FIP has delivered the requested account data",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-data-apis"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TIMEOUT: {
      description: "The account data request to the FIP has timed out",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-data-apis"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DENIED: {
      description: "FIP has denied sharing the requested account data",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-data-apis"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The account's data request failed at its FIP.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuFiStatus. */
export const isSetuFiStatus = (value: unknown): value is SetuFiStatus => isCodeOf(SetuFiStatusCategories, SetuFiStatusAliases, value);

/** Other wire spellings of SetuFipStatus values (alias -> value). */
export const SetuFipStatusAliases: { readonly [alias: string]: SetuFipStatus } = {
};
/** The category of every SetuFipStatus value and alias: all a listener needs to read one. */
export const SetuFipStatusCategories: { readonly [spelling: string]: Category } = {
  ACTIVE: "success",
  INACTIVE: "institution_not_supported",
  TEMPORARILY_INACTIVE: "institution_unavailable",
};
/**
 * FIP status: The up-to-date status of a Financial Information Provider (a bank or other FIP) in
 * Setu's FIP list (FIPResponseObject.status): whether its accounts can be discovered and its data
 * fetched. Setu moves FIPs between these statuses by their performance. Wire field: data[].status
 * (GET /v2/fips, GET /v2/fips/{fip_id}).
 */
export const SetuFipStatus: {
  /**
   * Is an available FIP for account discovery, account linking, consent and data fetches
   * Category: success (Success); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly ACTIVE: "ACTIVE";
  /**
   * This is an unavailable FIP. If you are using this to route customers to AA — please route your
   * customers to alternate methods of data collection.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly INACTIVE: "INACTIVE";
  /**
   * This is an FIP that has been disabled for breaching SLIs on performance. If you are using this
   * to route customers to AA — please route your customers to alternate methods of data collection.
   * However, this is a temporary status and will be moved to ACTIVE status once their performance
   * has improved. Do not redirect your customers to the consent flow when an FIP status is INACTIVE
   * or TEMPORARILY_INACTIVE as that will mean their consents and/or data fetches are likely to
   * fail.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly TEMPORARILY_INACTIVE: "TEMPORARILY_INACTIVE";
} = /* @__PURE__ */ membersOf(SetuFipStatusCategories, SetuFipStatusAliases);
export type SetuFipStatus = (typeof SetuFipStatus)[keyof typeof SetuFipStatus];
/** A SetuFipStatus as read from the wire: a known value or any other string. */
export type SetuFipStatusOrUnknown = SetuFipStatus | (string & {});
/** The catalog's metadata of every SetuFipStatus value. */
export const SetuFipStatusInfo: { readonly [V in SetuFipStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/fip_status",
  {
    ACTIVE: {
      description: "Is an available FIP for account discovery, account linking, consent and data fetches",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-fip-apis", "setu-aa-embed"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-fip-apis"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INACTIVE: {
      description: "This is an unavailable FIP. If you are using this to route customers to AA — please route your customers to alternate methods of data collection.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-fip-apis"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-fip-apis"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "provider_or_bank_down",
      stateReason: "The bank (FIP) is inactive: consents and data fetches fail.",
    },
    TEMPORARILY_INACTIVE: {
      description: "This is an FIP that has been disabled for breaching SLIs on performance. If you are using this to route customers to AA — please route your customers to alternate methods of data collection. However, this is a temporary status and will be moved to ACTIVE status once their performance has improved. Do not redirect your customers to the consent flow when an FIP status is INACTIVE or TEMPORARILY_INACTIVE as that will mean their consents and/or data fetches are likely to fail.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-openapi", "setu-aa-fip-apis"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-fip-apis"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuFipStatus. */
export const isSetuFipStatus = (value: unknown): value is SetuFipStatus => isCodeOf(SetuFipStatusCategories, SetuFipStatusAliases, value);

/** Other wire spellings of SetuNotificationErrorCode values (alias -> value). */
export const SetuNotificationErrorCodeAliases: { readonly [alias: string]: SetuNotificationErrorCode } = {
};
/** The category of every SetuNotificationErrorCode value and alias: all a listener needs to read one. */
export const SetuNotificationErrorCodeCategories: { readonly [spelling: string]: Category } = {
  UserCancelled: "cancelled",
  UserRejected: "cancelled",
  NoFIPAccountsDiscovered: "account_unavailable",
  FIPDenied: "rejected",
  ConsentObjectCreationFailure: "generic_failure",
  InvalidConsentUse: "rate_limited",
  InvalidConsentStatus: "reconnect_required",
  SessionExpired: "session_expired",
  ConsentRevoked: "reconnect_required",
  UpstreamServerDown: "institution_unavailable",
  DataFetchFailure: "generic_failure",
};
/**
 * Notification error code: The code of the error a notification carries (error.code, beside
 * error.message): a consent notification's when the user cancels or rejects the consent, no account
 * is discovered, the FIP denies the consent or the consent cannot be created on the AA; an Auto-
 * Fetch FI_DATA_FAILED notification's when Setu could not fetch the data. Wire field: error.code
 * (CONSENT_STATUS_UPDATE and FI_DATA_FAILED notifications).
 */
export const SetuNotificationErrorCode: {
  /**
   * The user cancelled the consent before login.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UserCancelled: "UserCancelled";
  /**
   * The user rejected the consent after login.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UserRejected: "UserRejected";
  /**
   * No fip accounts discovered
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: no_fip_accounts_found
   * Whose words: description: Setu Account Aggregator's published text; message: Setu Account
   * Aggregator's published text.
   */
  readonly NoFIPAccountsDiscovered: "NoFIPAccountsDiscovered";
  /**
   * FIP denied your consent
   * Category: rejected (Rejected); retryable: no.
   * Message: FIP_DENIED_CONSENT
   * Whose words: description: Setu Account Aggregator's published text; message: Setu Account
   * Aggregator's published text.
   */
  readonly FIPDenied: "FIPDenied";
  /**
   * Internal server error occurred while fetching consent details from upstream AA
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly ConsentObjectCreationFailure: "ConsentObjectCreationFailure";
  /**
   * Consent fetch frequency exceeded
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly InvalidConsentUse: "InvalidConsentUse";
  /**
   * Consent for which data fetch has been requested has expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly InvalidConsentStatus: "InvalidConsentStatus";
  /**
   * Session to fetch data for a session ID has expired
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly SessionExpired: "SessionExpired";
  /**
   * Consent for which data fetch has been requested has been revoked
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly ConsentRevoked: "ConsentRevoked";
  /**
   * Received 500 from upstream AA
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly UpstreamServerDown: "UpstreamServerDown";
  /**
   * Failed to fetch data after multiple retry attempts due to upstream errors
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Setu Account Aggregator's published text.
   */
  readonly DataFetchFailure: "DataFetchFailure";
} = /* @__PURE__ */ membersOf(SetuNotificationErrorCodeCategories, SetuNotificationErrorCodeAliases);
export type SetuNotificationErrorCode = (typeof SetuNotificationErrorCode)[keyof typeof SetuNotificationErrorCode];
/** A SetuNotificationErrorCode as read from the wire: a known value or any other string. */
export type SetuNotificationErrorCodeOrUnknown = SetuNotificationErrorCode | (string & {});
/** The catalog's metadata of every SetuNotificationErrorCode value. */
export const SetuNotificationErrorCodeInfo: { readonly [V in SetuNotificationErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/notification_error_code",
  {
    UserCancelled: {
      description: "The user cancelled the consent before login.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UserRejected: {
      description: "The user rejected the consent after login.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NoFIPAccountsDiscovered: {
      description: "No fip accounts discovered",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your accounts could not be found at the banks you chose.",
          action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
        },
        fr: {
          message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
          action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
        },
        ar: {
          message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
          action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
        },
        es: {
          message: "No se encontraron sus cuentas en los bancos que eligió.",
          action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
        },
        pt: {
          message: "Suas contas não foram encontradas nos bancos que você escolheu.",
          action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-v1-notifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications"] },
        message: { by: "provider", sources: ["setu-aa-notifications"] },
      },
      message: "no_fip_accounts_found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FIPDenied: {
      description: "FIP denied your consent",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-notifications"] },
        message: { by: "provider", sources: ["setu-aa-notifications"] },
      },
      message: "FIP_DENIED_CONSENT",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConsentObjectCreationFailure: {
      description: "Internal server error occurred while fetching consent details from upstream AA",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications", "setu-aa-consent-object", "setu-aa-v1-notifications"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["setu-aa-notifications", "setu-aa-consent-object"],
        },
        message: { by: "provider", sources: ["setu-aa-notifications", "setu-aa-consent-object"] },
      },
      message: "Internal server error occurred while fetching consent details from upstream AA",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidConsentUse: {
      description: "Consent fetch frequency exceeded",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Consent fetch frequency exceeded",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidConsentStatus: {
      description: "Consent for which data fetch has been requested has expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your consent to share your account data has expired.",
          action: "Give your consent again to continue.",
        },
        fr: {
          message: "Votre consentement au partage des données de votre compte a expiré.",
          action: "Donnez de nouveau votre consentement pour continuer.",
        },
        ar: {
          message: "انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
          action: "امنح موافقتك مرة أخرى للمتابعة.",
        },
        es: {
          message: "Su consentimiento para compartir los datos de su cuenta expiró.",
          action: "Otorgue su consentimiento de nuevo para continuar.",
        },
        pt: {
          message: "Seu consentimento para compartilhar os dados da sua conta expirou.",
          action: "Dê seu consentimento novamente para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Consent for which data fetch has been requested has expired",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SessionExpired: {
      description: "Session to fetch data for a session ID has expired",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Session to fetch data for a session ID has expired",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConsentRevoked: {
      description: "Consent for which data fetch has been requested has been revoked",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your consent to share your account data was revoked.",
          action: "Give your consent again to continue.",
        },
        fr: {
          message: "Votre consentement au partage des données de votre compte a été révoqué.",
          action: "Donnez de nouveau votre consentement pour continuer.",
        },
        ar: {
          message: "تم إلغاء موافقتك على مشاركة بيانات حسابك.",
          action: "امنح موافقتك مرة أخرى للمتابعة.",
        },
        es: {
          message: "Se revocó su consentimiento para compartir los datos de su cuenta.",
          action: "Otorgue su consentimiento de nuevo para continuar.",
        },
        pt: {
          message: "Seu consentimento para compartilhar os dados da sua conta foi revogado.",
          action: "Dê seu consentimento novamente para continuar.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Consent for which data fetch has been requested has been revoked",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UpstreamServerDown: {
      description: "Received 500 from upstream AA",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The service that connects to your bank is not responding right now.",
          action: "Please try again in a little while.",
        },
        fr: {
          message: "Le service qui se connecte à votre banque ne répond pas pour le moment.",
          action: "Veuillez réessayer un peu plus tard.",
        },
        ar: {
          message: "لا تستجيب الخدمة التي تتصل ببنكك في الوقت الحالي.",
          action: "يرجى المحاولة مرة أخرى بعد قليل.",
        },
        es: {
          message: "El servicio que se conecta con su banco no responde en este momento.",
          action: "Vuelva a intentarlo en un momento.",
        },
        pt: {
          message: "O serviço que se conecta ao seu banco não está respondendo no momento.",
          action: "Tente novamente daqui a pouco.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Received 500 from upstream AA",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DataFetchFailure: {
      description: "Failed to fetch data after multiple retry attempts due to upstream errors",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["setu-aa-data-apis"] },
        message: { by: "provider", sources: ["setu-aa-data-apis"] },
      },
      message: "Failed to fetch data after multiple retry attempts due to upstream errors",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuNotificationErrorCode. */
export const isSetuNotificationErrorCode = (value: unknown): value is SetuNotificationErrorCode => isCodeOf(SetuNotificationErrorCodeCategories, SetuNotificationErrorCodeAliases, value);

/** Other wire spellings of SetuConsentErrorReason values (alias -> value). */
export const SetuConsentErrorReasonAliases: { readonly [alias: string]: SetuConsentErrorReason } = {
};
/** The category of every SetuConsentErrorReason value and alias: all a listener needs to read one. */
export const SetuConsentErrorReasonCategories: { readonly [spelling: string]: Category } = {
  cancel_not_understand: "cancelled",
  cancel_will_share_later: "cancelled",
  cancel_not_want_to_share: "cancelled",
  reject_not_understand: "cancelled",
  reject_not_want_to_share: "cancelled",
  reject_accounts_not_found: "account_unavailable",
  reject_other: "cancelled",
  no_fip_accounts_found: "account_unavailable",
  FIP_DENIED_CONSENT: "rejected",
};
/**
 * Consent error reason: The reason a consent notification's error gives in error.message, beside
 * its error.code (UserCancelled, UserRejected, NoFIPAccountsDiscovered or FIPDenied): the
 * Notifications page's mapping of error code, error message and meaning. The same reason comes back
 * as errormsg on the redirect to redirectUrl (the Embed Setu AA page points to this mapping). Other
 * notification errors carry a sentence in error.message, which is no reason of this set. Wire
 * field: error.message (CONSENT_STATUS_UPDATE notification); errormsg (query parameter of the
 * redirect to redirectUrl).
 */
export const SetuConsentErrorReason: {
  /**
   * I do not understand what is happening
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly cancel_not_understand: "cancel_not_understand";
  /**
   * I will share my data later
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly cancel_will_share_later: "cancel_will_share_later";
  /**
   * I do not want to share my data with FIU
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly cancel_not_want_to_share: "cancel_not_want_to_share";
  /**
   * I do not understand why my data is being requested
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly reject_not_understand: "reject_not_understand";
  /**
   * I do not want to share my data with FIU
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly reject_not_want_to_share: "reject_not_want_to_share";
  /**
   * I could not find my accounts
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly reject_accounts_not_found: "reject_accounts_not_found";
  /**
   * For other reasons
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly reject_other: "reject_other";
  /**
   * No fip accounts discovered
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly no_fip_accounts_found: "no_fip_accounts_found";
  /**
   * FIP denied your consent
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly FIP_DENIED_CONSENT: "FIP_DENIED_CONSENT";
} = /* @__PURE__ */ membersOf(SetuConsentErrorReasonCategories, SetuConsentErrorReasonAliases);
export type SetuConsentErrorReason = (typeof SetuConsentErrorReason)[keyof typeof SetuConsentErrorReason];
/** A SetuConsentErrorReason as read from the wire: a known value or any other string. */
export type SetuConsentErrorReasonOrUnknown = SetuConsentErrorReason | (string & {});
/** The catalog's metadata of every SetuConsentErrorReason value. */
export const SetuConsentErrorReasonInfo: { readonly [V in SetuConsentErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/consent_error_reason",
  {
    cancel_not_understand: {
      description: "I do not understand what is happening",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancel_will_share_later: {
      description: "I will share my data later",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancel_not_want_to_share: {
      description: "I do not want to share my data with FIU",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    reject_not_understand: {
      description: "I do not understand why my data is being requested",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    reject_not_want_to_share: {
      description: "I do not want to share my data with FIU",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    reject_accounts_not_found: {
      description: "I could not find my accounts",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your accounts could not be found at the banks you chose.",
          action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
        },
        fr: {
          message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
          action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
        },
        ar: {
          message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
          action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
        },
        es: {
          message: "No se encontraron sus cuentas en los bancos que eligió.",
          action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
        },
        pt: {
          message: "Suas contas não foram encontradas nos bancos que você escolheu.",
          action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    reject_other: {
      description: "For other reasons",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    no_fip_accounts_found: {
      description: "No fip accounts discovered",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your accounts could not be found at the banks you chose.",
          action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
        },
        fr: {
          message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
          action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
        },
        ar: {
          message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
          action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
        },
        es: {
          message: "No se encontraron sus cuentas en los bancos que eligió.",
          action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
        },
        pt: {
          message: "Suas contas não foram encontradas nos bancos que você escolheu.",
          action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FIP_DENIED_CONSENT: {
      description: "FIP denied your consent",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuConsentErrorReason. */
export const isSetuConsentErrorReason = (value: unknown): value is SetuConsentErrorReason => isCodeOf(SetuConsentErrorReasonCategories, SetuConsentErrorReasonAliases, value);

/** Other wire spellings of SetuRedirectErrorCode values (alias -> value). */
export const SetuRedirectErrorCodeAliases: { readonly [alias: string]: SetuRedirectErrorCode } = {
};
/** The category of every SetuRedirectErrorCode value and alias: all a listener needs to read one. */
export const SetuRedirectErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "1": "cancelled",
  "5": "cancelled",
};
/**
 * Redirect error code: The errorcode query parameter of Setu's redirect to the redirectUrl given
 * when the consent was created, sent only when success is false (with errormsg, a consent error
 * reason). Wire field: errorcode (query parameter of the redirect to redirectUrl).
 */
export const SetuRedirectErrorCode: {
  /**
   * The user rejected the consent.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_REJECTED: "1";
  /**
   * The user cancelled the consent.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly USER_CANCELLED: "5";
} = { USER_REJECTED: "1", USER_CANCELLED: "5" };
export type SetuRedirectErrorCode = (typeof SetuRedirectErrorCode)[keyof typeof SetuRedirectErrorCode];
/** A SetuRedirectErrorCode as read from the wire: a known value or any other string. */
export type SetuRedirectErrorCodeOrUnknown = SetuRedirectErrorCode | (string & {});
/** The catalog's metadata of every SetuRedirectErrorCode value. */
export const SetuRedirectErrorCodeInfo: { readonly [V in SetuRedirectErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/redirect_error_code",
  {
    "1": {
      name: "USER_REJECTED",
      description: "The user rejected the consent.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "You declined the request to share your account data.",
          action: "If you change your mind, start again and approve the request.",
        },
        fr: {
          message: "Vous avez refusé la demande de partage des données de votre compte.",
          action: "Si vous changez d'avis, recommencez et approuvez la demande.",
        },
        ar: {
          message: "لقد رفضت طلب مشاركة بيانات حسابك.",
          action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
        },
        es: {
          message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
          action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
        },
        pt: {
          message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
          action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
        },
      },
      httpStatuses: [],
      sources: ["setu-aa-embed"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "5": {
      name: "USER_CANCELLED",
      description: "The user cancelled the consent.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-embed"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuRedirectErrorCode. */
export const isSetuRedirectErrorCode = (value: unknown): value is SetuRedirectErrorCode => isCodeOf(SetuRedirectErrorCodeCategories, SetuRedirectErrorCodeAliases, value);

/** Other wire spellings of SetuApiErrorCode values (alias -> value). */
export const SetuApiErrorCodeAliases: { readonly [alias: string]: SetuApiErrorCode } = {
  "Invalid request": "InvalidRequest",
};
/** The category of every SetuApiErrorCode value and alias: all a listener needs to read one. */
export const SetuApiErrorCodeCategories: { readonly [spelling: string]: Category } = {
  InvalidRequest: "integration_error",
  "Invalid request": "integration_error",
  NotFound: "integration_error",
  InternalServerError: "generic_failure",
};
/**
 * API error code: The errorCode of an error answer of Setu's AA Gateway APIs, beside errorMsg: the
 * codes the pages' error tables and examples name, per endpoint, with their HTTP statuses and
 * messages. The OpenAPI file gives errorCode no values and declares every error under HTTP 400.
 * Wire field: errorCode (error response of the AA Gateway v2 APIs).
 */
export const SetuApiErrorCode: {
  /**
   * The request is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly InvalidRequest: "InvalidRequest";
  /**
   * The consent (or the configuration of the product instance) was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  readonly NotFound: "NotFound";
  /**
   * An internal server error has occurred, please try again in some time. You can report this to
   * aa@setu.co
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Setu Account Aggregator's published text.
   * HTTP: 500.
   */
  readonly InternalServerError: "InternalServerError";
} = /* @__PURE__ */ membersOf(SetuApiErrorCodeCategories, SetuApiErrorCodeAliases);
export type SetuApiErrorCode = (typeof SetuApiErrorCode)[keyof typeof SetuApiErrorCode];
/** A SetuApiErrorCode as read from the wire: a known value or any other string. */
export type SetuApiErrorCodeOrUnknown = SetuApiErrorCode | (string & {});
/** The catalog's metadata of every SetuApiErrorCode value. */
export const SetuApiErrorCodeInfo: { readonly [V in SetuApiErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/api_error_code",
  {
    InvalidRequest: {
      description: "The request is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["setu-aa-consent-flow", "setu-aa-data-apis", "setu-aa-account-availability"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["Invalid request"],
    },
    NotFound: {
      description: "The consent (or the configuration of the product instance) was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["setu-aa-consent-flow", "setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InternalServerError: {
      description: "An internal server error has occurred, please try again in some time. You can report this to aa@setu.co",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["setu-aa-consent-flow", "setu-aa-data-apis", "setu-aa-account-availability"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["setu-aa-consent-flow", "setu-aa-data-apis", "setu-aa-account-availability"],
        },
        message: {
          by: "provider",
          sources: ["setu-aa-consent-flow", "setu-aa-data-apis", "setu-aa-account-availability"],
        },
      },
      message: "An internal server error has occurred, please try again in some time. You can report this to aa@setu.co",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuApiErrorCode. */
export const isSetuApiErrorCode = (value: unknown): value is SetuApiErrorCode => isCodeOf(SetuApiErrorCodeCategories, SetuApiErrorCodeAliases, value);

/** Other wire spellings of SetuDataRefreshStatus values (alias -> value). */
export const SetuDataRefreshStatusAliases: { readonly [alias: string]: SetuDataRefreshStatus } = {
};
/** The category of every SetuDataRefreshStatus value and alias: all a listener needs to read one. */
export const SetuDataRefreshStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  completed: "success",
  failed: "generic_failure",
};
/**
 * Data refresh status: The status of a data refresh request (DataRefreshSuccessResponse.status,
 * 'Current status of the data refresh request'), in lower case: the answer of GET
 * /v2/sessions/refresh/{consent_id} (Refresh Data Pull) and POST /v2/sessions/refresh/{consent_id}
 * (Data fetch for custom range). The OpenAPI file gives no text per value: the descriptions are
 * bankcodes' wording. Wire field: status (GET and POST /v2/sessions/refresh/{consent_id}).
 */
export const SetuDataRefreshStatus: {
  /**
   * The data refresh is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending: "pending";
  /**
   * The data refresh completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly completed: "completed";
  /**
   * The data refresh failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(SetuDataRefreshStatusCategories, SetuDataRefreshStatusAliases);
export type SetuDataRefreshStatus = (typeof SetuDataRefreshStatus)[keyof typeof SetuDataRefreshStatus];
/** A SetuDataRefreshStatus as read from the wire: a known value or any other string. */
export type SetuDataRefreshStatusOrUnknown = SetuDataRefreshStatus | (string & {});
/** The catalog's metadata of every SetuDataRefreshStatus value. */
export const SetuDataRefreshStatusInfo: { readonly [V in SetuDataRefreshStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/data_refresh_status",
  {
    pending: {
      description: "The data refresh is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    completed: {
      description: "The data refresh completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The data refresh failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["setu-aa-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuDataRefreshStatus. */
export const isSetuDataRefreshStatus = (value: unknown): value is SetuDataRefreshStatus => isCodeOf(SetuDataRefreshStatusCategories, SetuDataRefreshStatusAliases, value);

/** Other wire spellings of SetuNotificationType values (alias -> value). */
export const SetuNotificationTypeAliases: { readonly [alias: string]: SetuNotificationType } = {
};
/** The category of every SetuNotificationType value and alias: all a listener needs to read one. */
export const SetuNotificationTypeCategories: { readonly [spelling: string]: Category } = {
  CONSENT_STATUS_UPDATE: "informational",
  SESSION_STATUS_UPDATE: "informational",
  FI_DATA_READY: "informational",
  FI_DATA_FAILED: "informational",
};
/**
 * Notification type: What a notification (webhook) Setu posts to the FIU's notification endpoint is
 * about: a consent's status, a data session's status, or (with Auto-Fetch) the data fetched or the
 * failure to fetch it. Wire field: type (notification body).
 */
export const SetuNotificationType: {
  /**
   * This notification is used to communicate the updated status of the consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly CONSENT_STATUS_UPDATE: "CONSENT_STATUS_UPDATE";
  /**
   * The Financial Information (FI) notification is used to communicate the data session status
   * created by you using the Create Data Session API.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Setu Account Aggregator's published text.
   */
  readonly SESSION_STATUS_UPDATE: "SESSION_STATUS_UPDATE";
  /**
   * Auto-Fetch fetched the data of an approved consent: the notification carries the data session's
   * status and the data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FI_DATA_READY: "FI_DATA_READY";
  /**
   * Auto-Fetch could not fetch the data: the notification carries the error.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly FI_DATA_FAILED: "FI_DATA_FAILED";
} = /* @__PURE__ */ membersOf(SetuNotificationTypeCategories, SetuNotificationTypeAliases);
export type SetuNotificationType = (typeof SetuNotificationType)[keyof typeof SetuNotificationType];
/** A SetuNotificationType as read from the wire: a known value or any other string. */
export type SetuNotificationTypeOrUnknown = SetuNotificationType | (string & {});
/** The catalog's metadata of every SetuNotificationType value. */
export const SetuNotificationTypeInfo: { readonly [V in SetuNotificationType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/setu/notification_type",
  {
    CONSENT_STATUS_UPDATE: {
      description: "This notification is used to communicate the updated status of the consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SESSION_STATUS_UPDATE: {
      description: "The Financial Information (FI) notification is used to communicate the data session status created by you using the Create Data Session API.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-notifications"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["setu-aa-notifications"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FI_DATA_READY: {
      description: "Auto-Fetch fetched the data of an approved consent: the notification carries the data session's status and the data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FI_DATA_FAILED: {
      description: "Auto-Fetch could not fetch the data: the notification carries the error.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["setu-aa-data-apis"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SetuNotificationType. */
export const isSetuNotificationType = (value: unknown): value is SetuNotificationType => isCodeOf(SetuNotificationTypeCategories, SetuNotificationTypeAliases, value);
