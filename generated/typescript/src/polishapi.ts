// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * PolishAPI (https://polishapi.org/en/): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of PolishApiResponseStatus values (alias -> value). */
export const PolishApiResponseStatusAliases: { readonly [alias: string]: PolishApiResponseStatus } = {
};
/** The category of every PolishApiResponseStatus value and alias: all a listener needs to read one. */
export const PolishApiResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "405": "integration_error",
  "406": "integration_error",
  "415": "integration_error",
  "422": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
  "501": "integration_error",
  "503": "institution_unavailable",
};
/**
 * Error HTTP status (2_1_2): The HTTP status of a PolishAPI error response, with the description
 * the 2_1_2 file gives it in each operation's responses. The body of such a response is the Error
 * class, whose code is free text (“Kod błędu / Error code”): the files list no error codes, and the
 * PolishAPI's PDF documentation, which may, was not read. So the status decides what an error
 * means, where the catalog reads one (polishapi/error). Wire field: the HTTP status of an error
 * response.
 */
export const PolishApiResponseStatus: {
  /**
   * Bad request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 400.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Unauthorized
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 401.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * Forbidden
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 403.
   */
  readonly FORBIDDEN: 403;
  /**
   * Method Not Allowed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 405.
   */
  readonly METHOD_NOT_ALLOWED: 405;
  /**
   * Not Acceptable
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 406.
   */
  readonly NOT_ACCEPTABLE: 406;
  /**
   * Unsupported Media Type
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 415.
   */
  readonly UNSUPPORTED_MEDIA_TYPE: 415;
  /**
   * Unprocessable entity
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 422.
   */
  readonly UNPROCESSABLE_ENTITY: 422;
  /**
   * Request limit for the requested service exceeded
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 429.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Internal Server Error
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 500.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * Not Implemented
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 501.
   */
  readonly NOT_IMPLEMENTED: 501;
  /**
   * Service Unavailable
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: PolishAPI's published text.
   * HTTP: 503.
   */
  readonly SERVICE_UNAVAILABLE: 503;
} = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  SERVICE_UNAVAILABLE: 503,
};
export type PolishApiResponseStatus = (typeof PolishApiResponseStatus)[keyof typeof PolishApiResponseStatus];
/** A PolishApiResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type PolishApiResponseStatusOrUnknown = PolishApiResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every PolishApiResponseStatus value. */
export const PolishApiResponseStatusInfo: { readonly [V in PolishApiResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/polishapi/http_status",
  {
    "400": {
      name: "BAD_REQUEST",
      description: "Bad request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Unauthorized",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "Forbidden",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "405": {
      name: "METHOD_NOT_ALLOWED",
      description: "Method Not Allowed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "406": {
      name: "NOT_ACCEPTABLE",
      description: "Not Acceptable",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "415": {
      name: "UNSUPPORTED_MEDIA_TYPE",
      description: "Unsupported Media Type",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [415],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "422": {
      name: "UNPROCESSABLE_ENTITY",
      description: "Unprocessable entity",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Request limit for the requested service exceeded",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Internal Server Error",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "501": {
      name: "NOT_IMPLEMENTED",
      description: "Not Implemented",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [501],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "SERVICE_UNAVAILABLE",
      description: "Service Unavailable",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["polishapi-2-1-2"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["polishapi-2-1-2"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PolishApiResponseStatus. */
export const isPolishApiResponseStatus = (value: unknown): value is PolishApiResponseStatus => isNumericCodeOf(PolishApiResponseStatusCategories, value);

/** Other wire spellings of PolishApiPaymentStatus values (alias -> value). */
export const PolishApiPaymentStatusAliases: { readonly [alias: string]: PolishApiPaymentStatus } = {
};
/** The category of every PolishApiPaymentStatus value and alias: all a listener needs to read one. */
export const PolishApiPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  submitted: "pending",
  cancelled: "cancelled",
  pending: "pending",
  done: "success",
  rejected: "rejected",
  scheduled: "pending",
};
/**
 * Payment status (generalStatus): The general status of a payment (PaymentStatus, described only as
 * “Słownik statusów płatności”, a dictionary of payment statuses), beside the free-text
 * detailedStatus (“Status płatności / Detailed payment status”), in AddPaymentResponse and
 * PaymentInfo. The files give no description of any value. Wire field: generalStatus.
 */
export const PolishApiPaymentStatus: {
  /**
   * The payment was submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly submitted: "submitted";
  /**
   * The payment was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly cancelled: "cancelled";
  /**
   * The payment is pending.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending: "pending";
  /**
   * The payment was made.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly done: "done";
  /**
   * The payment was rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly rejected: "rejected";
  /**
   * The payment is scheduled for later.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheduled: "scheduled";
} = /* @__PURE__ */ membersOf(PolishApiPaymentStatusCategories, PolishApiPaymentStatusAliases);
export type PolishApiPaymentStatus = (typeof PolishApiPaymentStatus)[keyof typeof PolishApiPaymentStatus];
/** A PolishApiPaymentStatus as read from the wire: a known value or any other string. */
export type PolishApiPaymentStatusOrUnknown = PolishApiPaymentStatus | (string & {});
/** The catalog's metadata of every PolishApiPaymentStatus value. */
export const PolishApiPaymentStatusInfo: { readonly [V in PolishApiPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/polishapi/payment_status",
  {
    submitted: {
      description: "The payment was submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancelled: {
      description: "The payment was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    pending: {
      description: "The payment is pending.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    done: {
      description: "The payment was made.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "The payment was rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    scheduled: {
      description: "The payment is scheduled for later.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1", "polishapi-2-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PolishApiPaymentStatus. */
export const isPolishApiPaymentStatus = (value: unknown): value is PolishApiPaymentStatus => isCodeOf(PolishApiPaymentStatusCategories, PolishApiPaymentStatusAliases, value);

/** Other wire spellings of PolishApiBundleStatus values (alias -> value). */
export const PolishApiBundleStatusAliases: { readonly [alias: string]: PolishApiBundleStatus } = {
};
/** The category of every PolishApiBundleStatus value and alias: all a listener needs to read one. */
export const PolishApiBundleStatusCategories: { readonly [spelling: string]: Category } = {
  inProgress: "pending",
  cancelled: "cancelled",
  done: "success",
  partiallyDone: "rejected",
};
/**
 * Bundle of payments status: The status of a bundle of payments (“Status paczki przelewów / Bundle
 * of payments status”), beside the free-text bundleDetailedStatus, in PaymentsBundleResponse and
 * BundleResponse. The files give no description of any value. Wire field: bundleStatus.
 */
export const PolishApiBundleStatus: {
  /**
   * The bundle's payments are being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly inProgress: "inProgress";
  /**
   * The bundle was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly cancelled: "cancelled";
  /**
   * The bundle's payments were made.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly done: "done";
  /**
   * Some of the bundle's payments were made, not all.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly partiallyDone: "partiallyDone";
} = /* @__PURE__ */ membersOf(PolishApiBundleStatusCategories, PolishApiBundleStatusAliases);
export type PolishApiBundleStatus = (typeof PolishApiBundleStatus)[keyof typeof PolishApiBundleStatus];
/** A PolishApiBundleStatus as read from the wire: a known value or any other string. */
export type PolishApiBundleStatusOrUnknown = PolishApiBundleStatus | (string & {});
/** The catalog's metadata of every PolishApiBundleStatus value. */
export const PolishApiBundleStatusInfo: { readonly [V in PolishApiBundleStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/polishapi/bundle_status",
  {
    inProgress: {
      description: "The bundle's payments are being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancelled: {
      description: "The bundle was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    done: {
      description: "The bundle's payments were made.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    partiallyDone: {
      description: "Some of the bundle's payments were made, not all.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PolishApiBundleStatus. */
export const isPolishApiBundleStatus = (value: unknown): value is PolishApiBundleStatus => isCodeOf(PolishApiBundleStatusCategories, PolishApiBundleStatusAliases, value);

/** Other wire spellings of PolishApiRecurringPaymentStatus values (alias -> value). */
export const PolishApiRecurringPaymentStatusAliases: { readonly [alias: string]: PolishApiRecurringPaymentStatus } = {
};
/** The category of every PolishApiRecurringPaymentStatus value and alias: all a listener needs to read one. */
export const PolishApiRecurringPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  submitted: "pending",
  inProgress: "success",
  cancelled: "cancelled",
  close: "success",
};
/**
 * Recurring payment status: The status of a recurring payment (“Status płatności cyklicznej /
 * Recurring payment status”; “/ Status of recurring payment” in RecurringPaymentResponse), beside
 * the free-text recurringPaymentDetailedStatus, in RecurringPaymentResponse,
 * CancelRecurringPaymentResponse and RecurringPaymentStatusResponse. The files give no description
 * of any value. Wire field: recurringPaymentStatus.
 */
export const PolishApiRecurringPaymentStatus: {
  /**
   * The recurring payment was submitted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly submitted: "submitted";
  /**
   * The recurring payment is running.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly inProgress: "inProgress";
  /**
   * The recurring payment was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly cancelled: "cancelled";
  /**
   * The recurring payment is closed.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly close: "close";
} = /* @__PURE__ */ membersOf(PolishApiRecurringPaymentStatusCategories, PolishApiRecurringPaymentStatusAliases);
export type PolishApiRecurringPaymentStatus = (typeof PolishApiRecurringPaymentStatus)[keyof typeof PolishApiRecurringPaymentStatus];
/** A PolishApiRecurringPaymentStatus as read from the wire: a known value or any other string. */
export type PolishApiRecurringPaymentStatusOrUnknown = PolishApiRecurringPaymentStatus | (string & {});
/** The catalog's metadata of every PolishApiRecurringPaymentStatus value. */
export const PolishApiRecurringPaymentStatusInfo: { readonly [V in PolishApiRecurringPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/polishapi/recurring_payment_status",
  {
    submitted: {
      description: "The recurring payment was submitted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    inProgress: {
      description: "The recurring payment is running.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancelled: {
      description: "The recurring payment was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    close: {
      description: "The recurring payment is closed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["polishapi-2-1-2", "polishapi-2-1-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known PolishApiRecurringPaymentStatus. */
export const isPolishApiRecurringPaymentStatus = (value: unknown): value is PolishApiRecurringPaymentStatus => isCodeOf(PolishApiRecurringPaymentStatusCategories, PolishApiRecurringPaymentStatusAliases, value);
