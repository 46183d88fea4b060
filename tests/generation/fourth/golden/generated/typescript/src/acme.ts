// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * Acme Link (https://acme-link.example): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of AcmeErrorCode values (alias -> value). */
export const AcmeErrorCodeAliases: { readonly [alias: string]: AcmeErrorCode } = {
};
/** The category of every AcmeErrorCode value and alias: all a listener needs to read one. */
export const AcmeErrorCodeCategories: { readonly [spelling: string]: Category } = {
  BAD_PASSWORD: "credentials_invalid",
  BANK_DOWN: "institution_unavailable",
  "bank-closed": "institution_unavailable",
};
/** Error code: Why a link failed. Wire field: error_code. */
export const AcmeErrorCode: {
  /**
   * The password is wrong.
   * Category: credentials_invalid (Credentials invalid); retryable: yes.
   * Advice to the integrator: Re-enter your password.
   * User message: That password did not work.
   * Whose words: description: Acme Link's published text; user message: Acme Link's published text;
   * translated user messages: Acme Link's published text; advice to the integrator: Acme Link's
   * published text.
   */
  readonly BAD_PASSWORD: "BAD_PASSWORD";
  /**
   * The bank is not answering.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Acme Link's published text.
   * HTTP: 503.
   */
  readonly BANK_DOWN: "BANK_DOWN";
  /**
   * The bank closed the connection.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Acme Link's published text.
   * @deprecated Acme Link sends BANK_DOWN instead. Use BANK_DOWN.
   */
  readonly bank_closed: "bank-closed";
} = /* @__PURE__ */ membersOf(AcmeErrorCodeCategories, AcmeErrorCodeAliases, {
  "bank-closed": "bank_closed",
});
export type AcmeErrorCode = (typeof AcmeErrorCode)[keyof typeof AcmeErrorCode];
/** A AcmeErrorCode as read from the wire: a known value or any other string. */
export type AcmeErrorCodeOrUnknown = AcmeErrorCode | (string & {});
/** The catalog's metadata of every AcmeErrorCode value. */
export const AcmeErrorCodeInfo: { readonly [V in AcmeErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/acme/error_code",
  {
    BAD_PASSWORD: {
      description: "The password is wrong.",
      category: "credentials_invalid",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["acme-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["acme-errors"] },
        userMessage: { by: "provider", sources: ["acme-errors"] },
        userMessageTranslations: { by: "provider", sources: ["acme-errors"] },
        advice: { by: "provider", sources: ["acme-errors"] },
      },
      message: null,
      advice: "Re-enter your password.",
      userMessage: "That password did not work.",
      userMessageTranslations: {
        es: "Esa contraseña no funcionó.",
        "fr-CA": "Ce mot de passe n'a pas fonctionné.",
      },
      aliases: [],
    },
    BANK_DOWN: {
      description: "The bank is not answering.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["acme-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank-closed": {
      name: "bank_closed",
      description: "The bank closed the connection.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["acme-errors"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Acme Link sends BANK_DOWN instead.",
        replacedBy: "BANK_DOWN",
      },
      wording: { description: { by: "provider", sources: ["acme-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AcmeErrorCode. */
export const isAcmeErrorCode = (value: unknown): value is AcmeErrorCode => isCodeOf(AcmeErrorCodeCategories, AcmeErrorCodeAliases, value);

/** Other wire spellings of AcmeWidgetEvent values (alias -> value). */
export const AcmeWidgetEventAliases: { readonly [alias: string]: AcmeWidgetEvent } = {
};
/** The category of every AcmeWidgetEvent value and alias: all a listener needs to read one. */
export const AcmeWidgetEventCategories: { readonly [spelling: string]: Category } = {
  OPENED: "informational",
  FINISHED: "success",
};
/** Widget event: A step of the widget flow. Wire field: event. */
export const AcmeWidgetEvent: {
  /**
   * The widget opened.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly OPENED: "OPENED";
  /**
   * The end user linked an account.
   * Category: success (Success); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly FINISHED: "FINISHED";
} = /* @__PURE__ */ membersOf(AcmeWidgetEventCategories, AcmeWidgetEventAliases);
export type AcmeWidgetEvent = (typeof AcmeWidgetEvent)[keyof typeof AcmeWidgetEvent];
/** A AcmeWidgetEvent as read from the wire: a known value or any other string. */
export type AcmeWidgetEventOrUnknown = AcmeWidgetEvent | (string & {});
/** The catalog's metadata of every AcmeWidgetEvent value. */
export const AcmeWidgetEventInfo: { readonly [V in AcmeWidgetEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/acme/widget_event",
  {
    OPENED: {
      description: "The widget opened.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-widget"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-widget"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FINISHED: {
      description: "The end user linked an account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-widget"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-widget"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AcmeWidgetEvent. */
export const isAcmeWidgetEvent = (value: unknown): value is AcmeWidgetEvent => isCodeOf(AcmeWidgetEventCategories, AcmeWidgetEventAliases, value);

/** Other wire spellings of AcmeLinkStatus values (alias -> value). */
export const AcmeLinkStatusAliases: { readonly [alias: string]: AcmeLinkStatus } = {
};
/** The category of every AcmeLinkStatus value and alias: all a listener needs to read one. */
export const AcmeLinkStatusCategories: { readonly [spelling: string]: Category } = {
  "0": "informational",
  "1": "success",
  "2": "credentials_invalid",
};
/** Link status: Where a link stands, as a number. Wire field: status. */
export const AcmeLinkStatus: {
  /**
   * The link exists and has not connected yet.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly CREATED: 0;
  /**
   * The link is connected.
   * Category: success (Success); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly CONNECTED: 1;
  /**
   * The bank refused the login details.
   * Category: credentials_invalid (Credentials invalid); retryable: yes.
   * Whose words: description: Acme Link's published text.
   */
  readonly DENIED: 2;
} = { CREATED: 0, CONNECTED: 1, DENIED: 2 };
export type AcmeLinkStatus = (typeof AcmeLinkStatus)[keyof typeof AcmeLinkStatus];
/** A AcmeLinkStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type AcmeLinkStatusOrUnknown = AcmeLinkStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every AcmeLinkStatus value. */
export const AcmeLinkStatusInfo: { readonly [V in AcmeLinkStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/acme/link_status",
  {
    "0": {
      name: "CREATED",
      description: "The link exists and has not connected yet.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1": {
      name: "CONNECTED",
      description: "The link is connected.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2": {
      name: "DENIED",
      description: "The bank refused the login details.",
      category: "credentials_invalid",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["acme-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AcmeLinkStatus. */
export const isAcmeLinkStatus = (value: unknown): value is AcmeLinkStatus => isNumericCodeOf(AcmeLinkStatusCategories, value);

/** Other wire spellings of AcmeWebhookType values (alias -> value). */
export const AcmeWebhookTypeAliases: { readonly [alias: string]: AcmeWebhookType } = {
};
/** The category of every AcmeWebhookType value and alias: all a listener needs to read one. */
export const AcmeWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  "link.created": "informational",
  "link.failed": "informational",
};
/** Webhook type: What a webhook is about. Wire field: type. */
export const AcmeWebhookType: {
  /**
   * A link was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly LINK_CREATED: "link.created";
  /**
   * A link failed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Acme Link's published text.
   */
  readonly LINK_FAILED: "link.failed";
} = /* @__PURE__ */ membersOf(AcmeWebhookTypeCategories, AcmeWebhookTypeAliases, {
  "link.created": "LINK_CREATED",
  "link.failed": "LINK_FAILED",
});
export type AcmeWebhookType = (typeof AcmeWebhookType)[keyof typeof AcmeWebhookType];
/** A AcmeWebhookType as read from the wire: a known value or any other string. */
export type AcmeWebhookTypeOrUnknown = AcmeWebhookType | (string & {});
/** The catalog's metadata of every AcmeWebhookType value. */
export const AcmeWebhookTypeInfo: { readonly [V in AcmeWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/acme/webhook_type",
  {
    "link.created": {
      name: "LINK_CREATED",
      description: "A link was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "link.failed": {
      name: "LINK_FAILED",
      description: "A link failed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["acme-webhooks"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["acme-webhooks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known AcmeWebhookType. */
export const isAcmeWebhookType = (value: unknown): value is AcmeWebhookType => isCodeOf(AcmeWebhookTypeCategories, AcmeWebhookTypeAliases, value);
