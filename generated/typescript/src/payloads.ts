// generated from spec/catalog.json — do not edit (run `make generate`)
// The payloads of every kind, as their JSON Schemas describe them (lenient: code fields are open).
import type { ArgyleBankConnectionErrorOrUnknown } from "./argyle.js";
import type { ArgyleChannelOrUnknown } from "./argyle.js";
import type { ArgyleDataSourceOrUnknown } from "./argyle.js";
import type { ArgyleReportTypeOrUnknown } from "./argyle.js";
import type { ArgyleVerificationErrorOrUnknown } from "./argyle.js";
import type { ArgyleVerificationStateOrUnknown } from "./argyle.js";
import type { ArgyleVerificationStatusCodeOrUnknown } from "./argyle.js";
import type { ArgyleWebhookEventOrUnknown } from "./argyle.js";
import type { FlinksApiErrorCodeOrUnknown } from "./flinks.js";
import type { FlinksConnectErrorOrUnknown } from "./flinks.js";
import type { FlinksConnectStepOrUnknown } from "./flinks.js";
import type { FlinksWebhookResponseTypeOrUnknown } from "./flinks.js";
import type { LeanCallbackMethodOrUnknown } from "./lean.js";
import type { LeanCallbackStatusOrUnknown } from "./lean.js";
import type { LeanConsentStatusOrUnknown } from "./lean.js";
import type { LeanDataApiStatusOrUnknown } from "./lean.js";
import type { LeanDataRefreshStatusOrUnknown } from "./lean.js";
import type { LeanGranularStatusCodeOrUnknown } from "./lean.js";
import type { LeanPaymentIntentStatusOrUnknown } from "./lean.js";
import type { LeanPaymentLifecycleStatusOrUnknown } from "./lean.js";
import type { LeanPaymentSourceStatusOrUnknown } from "./lean.js";
import type { LeanPaymentStatusOrUnknown } from "./lean.js";
import type { LeanPermissionOrUnknown } from "./lean.js";
import type { LeanReconciliationStatusOrUnknown } from "./lean.js";
import type { LeanSecondaryStatusOrUnknown } from "./lean.js";
import type { LeanUserExitIntentOrUnknown } from "./lean.js";
import type { LeanWebhookEventTypeOrUnknown } from "./lean.js";

/** The fields every Lean webhook shares. (entity.created). */
export interface LeanEntityCreatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "entity.created";
  /** Every published webhook carries a payload. */
  readonly payload: LeanEntity;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (entity.updated). */
export interface LeanEntityUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "entity.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanEntity;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (entity.reconnected). */
export interface LeanEntityReconnectedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "entity.reconnected";
  /** Every published webhook carries a payload. */
  readonly payload: LeanEntityReconnected;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (entity.data.refresh.updated). */
export interface LeanDataRefreshUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "entity.data.refresh.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanDataRefresh;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (results.ready). */
export interface LeanResultsReadyWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "results.ready";
  /** Every published webhook carries a payload. */
  readonly payload: LeanResultsReady;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment_source.created). */
export interface LeanPaymentSourceCreatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment_source.created";
  /** Every published webhook carries a payload. */
  readonly payload: LeanPaymentSource;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment_source.beneficiary.created). */
export interface LeanBeneficiaryCreatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment_source.beneficiary.created";
  /** Every published webhook carries a payload. */
  readonly payload: LeanBeneficiary;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment_source.beneficiary.updated). */
export interface LeanBeneficiaryUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment_source.beneficiary.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanBeneficiary;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment_intent.created). */
export interface LeanPaymentIntentCreatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment_intent.created";
  /** Every published webhook carries a payload. */
  readonly payload: LeanPaymentIntent;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment.created). */
export interface LeanPaymentCreatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment.created";
  /** Every published webhook carries a payload. */
  readonly payload: LeanPayment;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment.updated). */
export interface LeanPaymentUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanPayment;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment.transaction). */
export interface LeanPaymentTransactionWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment.transaction";
  /** Every published webhook carries a payload. */
  readonly payload: LeanPaymentTransaction;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (payment.reconciliation.updated). */
export interface LeanReconciliationUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "payment.reconciliation.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanReconciliation;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (bank.availability.updated). */
export interface LeanBankAvailabilityUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "bank.availability.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanBankAvailability;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (consent.status.updated). */
export interface LeanConsentStatusUpdatedWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: "consent.status.updated";
  /** Every published webhook carries a payload. */
  readonly payload: LeanConsentStatusChange;
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. (an event type without a schema here). */
export interface LeanOtherWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: LeanWebhookEventTypeOrUnknown;
  /** The payload is the event; every published example has it. */
  readonly payload: { readonly [key: string]: unknown };
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** The fields every Lean webhook shares. */
export interface LeanEnvelope {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: LeanWebhookEventTypeOrUnknown;
  /** The payload is the event; every published example has it. */
  readonly payload: { readonly [key: string]: unknown };
  /**
   * A description of the event. Documented in the envelope and present in every published example.
   */
  readonly message: string;
  /**
   * When the event happened (ISO 8601). Several published examples omit it; real values have 6, 7
   * or 9 fractional digits.
   */
  readonly timestamp?: string;
  /**
   * The event's id (a UUID in real payloads). Documented in the envelope, but several published
   * examples omit it (entity.created, entity.updated, entity.reconnected, results.ready).
   */
  readonly event_id?: string;
}

/** An entity: a customer's connection to a bank. */
export interface LeanEntity {
  /** Identifies the entity; present in every published entity example. */
  readonly id: string;
  readonly customer_id?: string;
  readonly app_user_id?: string;
  readonly permissions?: ReadonlyArray<LeanPermissionOrUnknown>;
  readonly bank_details?: LeanBankDetails;
}

/** The bank of an entity. */
export interface LeanBankDetails {
  readonly identifier?: string;
  readonly name?: string;
  readonly logo?: string;
  readonly main_color?: string;
  readonly background_color?: string;
  readonly swift_code?: string | null;
  readonly account_type?: "PERSONAL" | "BUSINESS" | (string & {});
  readonly bank_type?: string;
}

/** The payload of entity.reconnected. */
export interface LeanEntityReconnected {
  /** The entity id. The reconnected entity; in the published example. */
  readonly id: string;
  /** Ties the webhook to the reconnect flow; in the published example. */
  readonly reconnect_id: string;
}

/** The payload of entity.data.refresh.updated. */
export interface LeanDataRefresh {
  /** Identifies the refreshed entity; in every sample payload. */
  readonly entity_id: string;
  readonly refresh_id?: string;
  readonly customer_id?: string;
  readonly app_user_id?: string;
  /**
   * The refresh status is the point of the event; in every sample payload (FINISHED in KSA, OK in
   * UAE).
   */
  readonly status: LeanDataRefreshStatusOrUnknown;
  readonly data_status?: { readonly [key: string]: unknown };
}

/** The payload of results.ready. */
export interface LeanResultsReady {
  /** The results_id. The results_id to fetch; it is the whole published payload. */
  readonly id: string;
}

/** The payload of payment_source.created. */
export interface LeanPaymentSource {
  /** Identifies the payment source; in the sample payload. */
  readonly id: string;
  readonly customer_id?: string;
  /** The state of the source; in the sample payload. */
  readonly status: LeanPaymentSourceStatusOrUnknown;
  readonly bank_identifier?: string;
  readonly bank_name?: string;
  /** null in the published sample payment_source.created. */
  readonly end_user_id?: string | null;
}

/** The payload of the payment_source.beneficiary webhooks. */
export interface LeanBeneficiary {
  /** Identifies the beneficiary; in the sample payload. */
  readonly id: string;
  readonly customer_id?: string;
  readonly payment_source_id?: string;
  readonly payment_destination_id?: string;
  /** The state of the beneficiary; in the sample payload. */
  readonly status: LeanPaymentSourceStatusOrUnknown;
  readonly payment_source_bank_identifier?: string;
}

/** The payload of payment_intent.created. */
export interface LeanPaymentIntent {
  /** Identifies the intent; in the sample payload. */
  readonly intent_id: string;
  readonly amount?: number;
  readonly currency?: string;
  readonly status?: LeanPaymentIntentStatusOrUnknown;
  readonly reason?: string;
  readonly metadata?: unknown;
}

/** The payload of payment.created and payment.updated. */
export interface LeanPayment {
  /** Identifies the payment; in every published example. */
  readonly id: string;
  /**
   * Published examples use placeholders such as CUSTOMER_ID_RELATED_TO_PAYMENT, so no UUID format
   * is enforced.
   */
  readonly customer_id?: string;
  readonly intent_id?: string;
  /** The payment status is the point of the event; in every published example. */
  readonly status: LeanPaymentStatusOrUnknown;
  readonly amount?: number;
  readonly currency?: string;
  readonly payment_destination_id?: string;
  readonly bank_transaction_reference?: string;
  readonly reason?: string;
  readonly metadata?: unknown;
}

/**
 * The payload of payment.transaction. The published example is cut short, so no field is required.
 */
export interface LeanPaymentTransaction {
  readonly id?: string;
  readonly status?: LeanPaymentLifecycleStatusOrUnknown;
}

/** The payload of payment.reconciliation.updated. */
export interface LeanReconciliation {
  /** Identifies the reconciled payment; in the sample payload. */
  readonly payment_id: string;
  readonly payment_intent_id?: string;
  /** The reconciliation status; in the sample payload. */
  readonly status: LeanReconciliationStatusOrUnknown;
  readonly amount?: number;
  readonly currency?: string;
  readonly reference?: string;
  /** null in the published sample payment.reconciliation.updated. */
  readonly consent_id?: string | null;
  readonly additional_property?: unknown;
  readonly payment_description?: string;
}

/** The payload of bank.availability.updated. */
export interface LeanBankAvailability {
  /** Identifies the bank; in the sample payload. */
  readonly identifier: string;
  /** The availability is the point of the event; in the sample payload. */
  readonly availability: LeanAvailability;
}

/** Whether a bank is active and enabled for payments and data. */
export interface LeanAvailability {
  readonly active?: LeanServiceFlags;
  readonly enabled?: LeanServiceFlags;
}

/** One flag per service. */
export interface LeanServiceFlags {
  readonly payments?: boolean;
  readonly data?: boolean;
}

/**
 * The payload of consent.status.updated. No complete example is published, so no field is required.
 */
export interface LeanConsentStatusChange {
  readonly consent_id?: string;
  readonly status?: LeanConsentStatusOrUnknown;
}

/** A (partial) LinkSDK callback. */
export interface LeanCallbackData {
  /** The web SDK documents a partial object; the React Native typing allows null. */
  readonly status?: LeanCallbackStatusOrUnknown | null;
  readonly secondary_status?: LeanSecondaryStatusOrUnknown | null;
  readonly message?: string | null;
  readonly exit_point?: string | null;
  readonly last_api_response?: string | null;
  readonly user_exit_intent?: LeanUserExitIntentOrUnknown | null;
  readonly exit_intent_point?: string | null;
  readonly exit_survey_reason?: string | null;
  readonly lean_correlation_id?: string | null;
  /** Web SDK only. */
  readonly open_banking_redirect_url?: string | null;
  readonly bank?: LeanCallbackBank | null;
  /** Legacy callbacks only. */
  readonly method?: LeanCallbackMethodOrUnknown | null;
}

/** The bank the end user chose. */
export interface LeanCallbackBank {
  readonly bank_identifier?: string | null;
  readonly is_supported?: boolean;
}

/** A Data API response. */
export interface LeanDataApiResponse {
  /** Every API response carries status. */
  readonly status: LeanDataApiStatusOrUnknown;
  /** Only with PENDING (and, in the v2 UAE documentation, with RECONNECT_REQUIRED). */
  readonly results_id?: string;
  readonly message?: string | null;
  /** Only with FAILED. */
  readonly granular_status_code?: LeanGranularStatusCodeOrUnknown | null;
  readonly status_additional_info?: string | null;
  readonly timestamp?: string;
  /** The data itself, or {reconnect_id} with RECONNECT_REQUIRED. */
  readonly payload?: unknown | null;
}

/** The fields every Argyle webhook shares. (verifications.updated). */
export interface ArgyleVerificationUpdatedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "verifications.updated";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** Every published example carries data. */
  readonly data: ArgyleVerificationUpdatedData;
}

/** The fields every Argyle webhook shares. (verifications.creation_failed). */
export interface ArgyleVerificationCreationFailedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "verifications.creation_failed";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** Every published example carries data. */
  readonly data: ArgyleCreationFailedData;
}

/** The fields every Argyle webhook shares. (an event type without a schema here). */
export interface ArgyleOtherWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: ArgyleWebhookEventOrUnknown;
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** The event's data; documented and in every example. */
  readonly data: { readonly [key: string]: unknown };
}

/** The fields every Argyle webhook shares. */
export interface ArgyleEnvelope {
  /** The event routes the webhook; documented and in every example. */
  readonly event: ArgyleWebhookEventOrUnknown;
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** The event's data; documented and in every example. */
  readonly data: { readonly [key: string]: unknown };
}

/** The data of verifications.updated. */
export interface ArgyleVerificationUpdatedData {
  /** Documented in the webhook message and in every example. */
  readonly user: string;
  /**
   * Documented in the webhook message and in every example; with resource.updated_at it is the only
   * key for de-duplication.
   */
  readonly verification: string;
  /** Partner (/partners/v2) webhooks only. */
  readonly client?: string;
  /** Only when the subscription set config.include_resource. */
  readonly resource?: ArgyleVerification;
}

/** The data of verifications.creation_failed. */
export interface ArgyleCreationFailedData {
  /** In the documented data of the event. */
  readonly user: string;
  readonly client?: string;
  readonly context?: ArgyleCreationContext;
}

/** What the failed verification would have been. */
export interface ArgyleCreationContext {
  readonly user?: string;
  readonly attempted_at?: string;
  readonly channel?: ArgyleChannelOrUnknown;
  readonly data_source?: ArgyleDataSourceOrUnknown;
  readonly report_type?: ArgyleReportTypeOrUnknown;
  readonly loan?: ArgyleLoan;
  readonly billing?: ArgyleBilling;
}

/** A verification object. */
export interface ArgyleVerification {
  /** Identifies the verification; in the object's documentation and every example. */
  readonly id: string;
  readonly user?: string;
  /** Partner API only. */
  readonly client?: string;
  readonly created_at?: string;
  readonly updated_at?: string;
  /** The object page calls it source; examples exist with either name. */
  readonly channel?: ArgyleChannelOrUnknown;
  /** The object page's name for channel. */
  readonly source?: string;
  /** The state is what the webhook reports; in the object's documentation and every example. */
  readonly status: ArgyleVerificationStatus;
  readonly report?: ArgyleReport;
  /** Documents verifications only. */
  readonly employments?: ReadonlyArray<ArgyleEmployment>;
  readonly loan?: ArgyleLoan;
  readonly billing?: ArgyleBilling;
  /** Not in older examples. */
  readonly data_source?: ArgyleDataSourceOrUnknown;
}

/** The status of a verification. */
export interface ArgyleVerificationStatus {
  /** Documented and in every example. */
  readonly state: ArgyleVerificationStateOrUnknown;
  readonly code?: ArgyleVerificationStatusCodeOrUnknown;
  /** Filled when PAUSED, and on a COMPLETED document verification that is not GSE-eligible. */
  readonly errors?: ReadonlyArray<ArgyleVerificationErrorEntry>;
}

/** What caused a PAUSED state or prevented GSE eligibility. */
export interface ArgyleVerificationErrorEntry {
  /** The error's identity; documented (the docs page mislabels title as a second code). */
  readonly code: ArgyleBankConnectionErrorOrUnknown | ArgyleVerificationErrorOrUnknown;
  readonly title?: string;
  readonly message?: string;
  readonly resources?: ReadonlyArray<ArgyleErrorResource>;
}

/** An additional troubleshooting resource, such as the id of an unmatched document. */
export interface ArgyleErrorResource {
  readonly id?: string | null;
  readonly type?: string;
  readonly name?: string;
}

/** The verification's report; id and URLs only when COMPLETED. */
export interface ArgyleReport {
  readonly id?: string | null;
  readonly type?: ArgyleReportTypeOrUnknown;
  /** Some examples are not URLs, so no uri format is enforced. */
  readonly file_url?: string | null;
  readonly json_url?: string | null;
  readonly configuration?: unknown;
}

/** An employment of the borrower (documents verifications). */
export interface ArgyleEmployment {
  readonly employer?: string;
  readonly status?: "active" | "previous" | (string & {});
  readonly hire_date?: string | null;
  readonly termination_date?: string | null;
}

/** The loan the verification is for. */
export interface ArgyleLoan {
  readonly number?: string;
  readonly borrower_id?: string;
  readonly application_id?: string;
  readonly officer_email?: string;
}

/** Billing details. */
export interface ArgyleBilling {
  readonly cost_center?: string;
}

/** An error or pending response. */
export interface FlinksApiResponse {
  /** Published examples and public clients branch on it. */
  readonly HttpStatusCode: number;
  /** The code is the point of an error or pending body; in every published example and client. */
  readonly FlinksCode: FlinksApiErrorCodeOrUnknown;
  readonly Message?: string;
  /** Present in pending and 401 bodies; absent from auth-key errors. */
  readonly RequestId?: string;
  readonly Links?: ReadonlyArray<FlinksLink>;
  readonly Institution?: string;
  /** Only with an MFA prompt (203). */
  readonly SecurityChallenges?: ReadonlyArray<unknown>;
}

/** A link to the next call. */
export interface FlinksLink {
  readonly rel?: string;
  readonly href?: string;
  readonly example?: string | null;
}

/** A user event in the connection flow. */
export interface FlinksStepEvent {
  /** A user event is recognised by its step. */
  readonly step: FlinksConnectStepOrUnknown;
  readonly institution?: string;
  /** REDIRECT only. */
  readonly url?: string;
  readonly loginId?: string;
  readonly accountId?: string;
  readonly requestId?: string;
  /**
   * COMPONENT_LOAD_ACCOUNT_SELECTION (totalAccounts, displayedAccounts) and COMPONENT_LOAD_MFA
   * (mfaTypes) carry metadata.
   */
  readonly metadata?: unknown;
}

/** An API event: a Flinks code handled by Flinks Connect. */
export interface FlinksErrorEvent {
  /** An API event is recognised by its flinksCode (seed 004's listener switches on it). */
  readonly flinksCode: FlinksConnectErrorOrUnknown | FlinksApiErrorCodeOrUnknown;
  readonly institution?: string;
  readonly requestId?: string;
}

/** The fields Flinks webhooks share. (KYC). */
export interface FlinksKycWebhook {
  /** It is what tells webhooks apart; documented for every type. */
  readonly ResponseType: "KYC";
  /** Part of the API body, but the published examples are cut short. */
  readonly HttpStatusCode?: number;
  readonly RequestId?: string;
  readonly Institution?: string;
  readonly Login?: FlinksLoginDetails;
  /** The published example is cut short and malformed; the holders' shape is not fixed here. */
  readonly Holders?: ReadonlyArray<unknown>;
}

/** The fields Flinks webhooks share. (GetAccountsDetail). */
export interface FlinksAccountsDetailWebhook {
  /** It is what tells webhooks apart; documented for every type. */
  readonly ResponseType: "GetAccountsDetail";
  /** Part of the API body, but the published examples are cut short. */
  readonly HttpStatusCode?: number;
  readonly RequestId?: string;
  readonly Institution?: string;
  readonly Login?: FlinksLoginDetails;
  /** The published example abbreviates the accounts. */
  readonly Accounts?: ReadonlyArray<unknown>;
}

/** The fields Flinks webhooks share. (an event type without a schema here). */
export interface FlinksOtherWebhook {
  /** It is what tells webhooks apart; documented for every type. */
  readonly ResponseType: FlinksWebhookResponseTypeOrUnknown;
  /** Part of the API body, but the published examples are cut short. */
  readonly HttpStatusCode?: number;
  readonly RequestId?: string;
  readonly Institution?: string;
  readonly Login?: FlinksLoginDetails;
}

/** The fields Flinks webhooks share. */
export interface FlinksEnvelope {
  /** It is what tells webhooks apart; documented for every type. */
  readonly ResponseType: FlinksWebhookResponseTypeOrUnknown;
  /** Part of the API body, but the published examples are cut short. */
  readonly HttpStatusCode?: number;
  readonly RequestId?: string;
  readonly Institution?: string;
  readonly Login?: FlinksLoginDetails;
}

/** The login the data comes from. */
export interface FlinksLoginDetails {
  readonly Username?: string;
  readonly IsScheduledRefresh?: boolean;
  /** Published without a time zone and with 7 fractional digits. */
  readonly LastRefresh?: string;
  readonly Type?: string;
  readonly Id?: string;
}

/** Any Lean webhook, chosen by its type. */
export type LeanLeanWebhook =
  | LeanEntityCreatedWebhook
  | LeanEntityUpdatedWebhook
  | LeanEntityReconnectedWebhook
  | LeanDataRefreshUpdatedWebhook
  | LeanResultsReadyWebhook
  | LeanPaymentSourceCreatedWebhook
  | LeanBeneficiaryCreatedWebhook
  | LeanBeneficiaryUpdatedWebhook
  | LeanPaymentIntentCreatedWebhook
  | LeanPaymentCreatedWebhook
  | LeanPaymentUpdatedWebhook
  | LeanPaymentTransactionWebhook
  | LeanReconciliationUpdatedWebhook
  | LeanBankAvailabilityUpdatedWebhook
  | LeanConsentStatusUpdatedWebhook
  | LeanOtherWebhook;

/** Any Argyle verifications webhook, chosen by its event. */
export type ArgyleArgyleWebhook =
  ArgyleVerificationUpdatedWebhook | ArgyleVerificationCreationFailedWebhook | ArgyleOtherWebhook;

/** A step event or an error event. */
export type FlinksConnectMessage = FlinksStepEvent | FlinksErrorEvent;

/** Any Flinks webhook, chosen by its ResponseType. */
export type FlinksFlinksWebhook =
  FlinksKycWebhook | FlinksAccountsDetailWebhook | FlinksOtherWebhook;
