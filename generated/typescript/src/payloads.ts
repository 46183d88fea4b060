// generated from spec/catalog.json — do not edit (run `make generate`)
// The payloads of every kind, as their JSON Schemas describe them (lenient: code fields are open).
import type { AkahuOauthErrorOrUnknown } from "./akahu.js";
import type { AkahuPaymentStatusCodeOrUnknown } from "./akahu.js";
import type { AkahuPaymentStatusOrUnknown } from "./akahu.js";
import type { AkahuTransferStatusOrUnknown } from "./akahu.js";
import type { AkahuWebhookCodeOrUnknown } from "./akahu.js";
import type { AkahuWebhookTypeOrUnknown } from "./akahu.js";
import type { ArgyleAccountConnectionErrorOrUnknown } from "./argyle.js";
import type { ArgyleAccountConnectionStatusOrUnknown } from "./argyle.js";
import type { ArgyleBankConnectionErrorOrUnknown } from "./argyle.js";
import type { ArgyleChannelOrUnknown } from "./argyle.js";
import type { ArgyleDataSourceOrUnknown } from "./argyle.js";
import type { ArgyleReportTypeOrUnknown } from "./argyle.js";
import type { ArgyleVerificationErrorOrUnknown } from "./argyle.js";
import type { ArgyleVerificationStateOrUnknown } from "./argyle.js";
import type { ArgyleVerificationStatusCodeOrUnknown } from "./argyle.js";
import type { ArgyleWebhookEventOrUnknown } from "./argyle.js";
import type { BasiqErrorCodeOrUnknown } from "./basiq.js";
import type { BasiqJobResultCodeOrUnknown } from "./basiq.js";
import type { BasiqJobStepStatusOrUnknown } from "./basiq.js";
import type { BasiqJobStepTitleOrUnknown } from "./basiq.js";
import type { BasiqWebhookEventTypeOrUnknown } from "./basiq.js";
import type { BelvoErrorCodeOrUnknown } from "./belvo.js";
import type { BelvoLinkStatusOrUnknown } from "./belvo.js";
import type { BelvoPaymentFailureCodeOrUnknown } from "./belvo.js";
import type { BelvoProcessTypeOrUnknown } from "./belvo.js";
import type { BelvoWebhookCodeOrUnknown } from "./belvo.js";
import type { BelvoWebhookTypeOrUnknown } from "./belvo.js";
import type { BerlinGroupMessageCodeOrUnknown } from "./berlingroup.js";
import type { BrankasStatementErrorOrUnknown } from "./brankas.js";
import type { BridgeErrorCodeOrUnknown } from "./bridge.js";
import type { BridgeErrorTypeOrUnknown } from "./bridge.js";
import type { BridgeItemStatusOrUnknown } from "./bridge.js";
import type { BridgeStatusCodeInfoOrUnknown } from "./bridge.js";
import type { BridgeWebhookTypeOrUnknown } from "./bridge.js";
import type { CdrErrorCodeOrUnknown } from "./cdr.js";
import type { EnableBankingErrorCodeOrUnknown } from "./enablebanking.js";
import type { EnableBankingResponseStatusOrUnknown } from "./enablebanking.js";
import type { FintocErrorCodeOrUnknown } from "./fintoc.js";
import type { FintocErrorTypeOrUnknown } from "./fintoc.js";
import type { FintocPaymentErrorReasonOrUnknown } from "./fintoc.js";
import type { FintocPaymentIntentStatusOrUnknown } from "./fintoc.js";
import type { FintocRefreshIntentStatusOrUnknown } from "./fintoc.js";
import type { FintocTransferStatusOrUnknown } from "./fintoc.js";
import type { FintocWebhookTypeOrUnknown } from "./fintoc.js";
import type { FinverseAuthenticationStatusOrUnknown } from "./finverse.js";
import type { FinverseErrorCodeOrUnknown } from "./finverse.js";
import type { FinverseErrorTypeOrUnknown } from "./finverse.js";
import type { FinverseEventTypeOrUnknown } from "./finverse.js";
import type { FinverseLoginIdentitySessionStatusOrUnknown } from "./finverse.js";
import type { FinverseLoginIdentityStatusOrUnknown } from "./finverse.js";
import type { FlinksApiErrorCodeOrUnknown } from "./flinks.js";
import type { FlinksConnectErrorOrUnknown } from "./flinks.js";
import type { FlinksConnectStepOrUnknown } from "./flinks.js";
import type { FlinksFdxErrorCodeOrUnknown } from "./flinks.js";
import type { FlinksWebhookResponseTypeOrUnknown } from "./flinks.js";
import type { GoCardlessAccountErrorTypeOrUnknown } from "./gocardless.js";
import type { GoCardlessAccountStatusOrUnknown } from "./gocardless.js";
import type { GoCardlessErrorSummaryOrUnknown } from "./gocardless.js";
import type { GoCardlessRequisitionStatusOrUnknown } from "./gocardless.js";
import type { Iso20022StatusReasonOrUnknown } from "./iso20022.js";
import type { LeanApiErrorStatusOrUnknown } from "./lean.js";
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
import type { MastercardConnectEventCodeOrUnknown } from "./mastercard.js";
import type { MastercardConnectRouteScreenOrUnknown } from "./mastercard.js";
import type { MastercardConnectUserActionOrUnknown } from "./mastercard.js";
import type { MastercardErrorCodeOrUnknown } from "./mastercard.js";
import type { MastercardEuropeErrorOrUnknown } from "./mastercard.js";
import type { MastercardObwmsReasonCodeOrUnknown } from "./mastercard.js";
import type { MastercardWebhookEventTypeOrUnknown } from "./mastercard.js";
import type { MonoConnectMessageTypeOrUnknown } from "./mono.js";
import type { MonoDataStatusOrUnknown } from "./mono.js";
import type { MonoLoginResponseCodeOrUnknown } from "./mono.js";
import type { MonoWebhookEventOrUnknown } from "./mono.js";
import type { MxConnectionStatusOrUnknown } from "./mx.js";
import type { MxPostMessageTypeOrUnknown } from "./mx.js";
import type { MxWebhookTypeOrUnknown } from "./mx.js";
import type { OpenFinanceBrasilDataConsentCreateErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilDataConsentRenewalErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilDataConsentRevocationErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilEnrollmentErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilPaymentErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilRecurringConsentErrorOrUnknown } from "./openfinancebrasil.js";
import type { OpenFinanceBrasilRecurringPaymentErrorOrUnknown } from "./openfinancebrasil.js";
import type { PlaidAssetsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidAuthWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidBankTransfersWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidBaseReportWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidBeaconWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidCashFlowUpdatesWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidCheckReportWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidCraIncomeWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidCraInsightsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidDashboardConfiguredAlertWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidEntityScreeningWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidErrorCodeOrUnknown } from "./plaid.js";
import type { PlaidErrorTypeOrUnknown } from "./plaid.js";
import type { PlaidHoldingsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidIdentityVerificationWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidIdentityWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidIncomeWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidInvestmentsTransactionsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidIssuesWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidItemWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidLayerWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidLiabilitiesWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidLinkDeliveryWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidLinkExitStatusOrUnknown } from "./plaid.js";
import type { PlaidLinkWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidPartnerWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidPaymentInitiationWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidProcessorTokenWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidProtectWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidScreeningWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidStatementsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidTransactionsWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidTransferWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidWalletWebhookCodeOrUnknown } from "./plaid.js";
import type { PlaidWebhookTypeOrUnknown } from "./plaid.js";
import type { PluggyCodeDescriptionOrUnknown } from "./pluggy.js";
import type { PluggyConnectEventOrUnknown } from "./pluggy.js";
import type { PluggyConnectorStatusOrUnknown } from "./pluggy.js";
import type { PluggyExecutionErrorCodeOrUnknown } from "./pluggy.js";
import type { PluggyExecutionStatusOrUnknown } from "./pluggy.js";
import type { PluggyItemRequestErrorOrUnknown } from "./pluggy.js";
import type { PluggyItemStatusOrUnknown } from "./pluggy.js";
import type { PluggyPaymentRequestStatusOrUnknown } from "./pluggy.js";
import type { PluggyResponseStatusOrUnknown } from "./pluggy.js";
import type { PluggyWebhookEventOrUnknown } from "./pluggy.js";
import type { PowensConnectionStateOrUnknown } from "./powens.js";
import type { PowensErrorCodeOrUnknown } from "./powens.js";
import type { QuilttConnectionProviderOrUnknown } from "./quiltt.js";
import type { QuilttConnectionStatusOrUnknown } from "./quiltt.js";
import type { QuilttWebhookEventTypeOrUnknown } from "./quiltt.js";
import type { SaltEdgeCallbackStageOrUnknown } from "./saltedge.js";
import type { SaltEdgeErrorClassOrUnknown } from "./saltedge.js";
import type { SetuApiErrorCodeOrUnknown } from "./setu.js";
import type { SetuConsentErrorReasonOrUnknown } from "./setu.js";
import type { SetuConsentStatusOrUnknown } from "./setu.js";
import type { SetuDataSessionStatusOrUnknown } from "./setu.js";
import type { SetuFiStatusOrUnknown } from "./setu.js";
import type { SetuFipStatusOrUnknown } from "./setu.js";
import type { SetuNotificationErrorCodeOrUnknown } from "./setu.js";
import type { SetuNotificationTypeOrUnknown } from "./setu.js";
import type { SimpleFinAccountErrorOrUnknown } from "./simplefin.js";
import type { SimpleFinConnectionErrorOrUnknown } from "./simplefin.js";
import type { SimpleFinGeneralErrorOrUnknown } from "./simplefin.js";
import type { StitchGraphqlErrorCodeOrUnknown } from "./stitch.js";
import type { StitchPaymentConfirmationStatusOrUnknown } from "./stitch.js";
import type { StitchPaymentRequestStateOrUnknown } from "./stitch.js";
import type { StitchTokenErrorOrUnknown } from "./stitch.js";
import type { StripeAccountNumberStatusOrUnknown } from "./stripe.js";
import type { StripeAccountStatusOrUnknown } from "./stripe.js";
import type { StripeApiErrorCodeOrUnknown } from "./stripe.js";
import type { StripeApiErrorTypeOrUnknown } from "./stripe.js";
import type { StripeAuthorizationStatusOrUnknown } from "./stripe.js";
import type { StripeEventTypeOrUnknown } from "./stripe.js";
import type { StripeRefreshStatusOrUnknown } from "./stripe.js";
import type { StripeStatusDetailsActionOrUnknown } from "./stripe.js";
import type { StripeStatusDetailsCauseOrUnknown } from "./stripe.js";
import type { StripeTransactionStatusOrUnknown } from "./stripe.js";
import type { TellerDisconnectReasonOrUnknown } from "./teller.js";
import type { TellerErrorCodeOrUnknown } from "./teller.js";
import type { TellerWebhookTypeOrUnknown } from "./teller.js";
import type { TinkLegacyErrorCodeOrUnknown } from "./tink.js";
import type { TinkLinkErrorReasonOrUnknown } from "./tink.js";
import type { TinkLinkErrorStatusOrUnknown } from "./tink.js";
import type { TinkWebhookEventOrUnknown } from "./tink.js";
import type { TokenioCallbackErrorCodeOrUnknown } from "./tokenio.js";
import type { TokenioHostedPagesErrorOrUnknown } from "./tokenio.js";
import type { TrueLayerDataApiErrorOrUnknown } from "./truelayer.js";
import type { TrueLayerDataApiV3ErrorOrUnknown } from "./truelayer.js";
import type { TrueLayerFailureReasonOrUnknown } from "./truelayer.js";
import type { TrueLayerFailureStageOrUnknown } from "./truelayer.js";
import type { TrueLayerMandateStatusOrUnknown } from "./truelayer.js";
import type { TrueLayerPaymentStatusOrUnknown } from "./truelayer.js";
import type { TrueLayerPaymentsErrorOrUnknown } from "./truelayer.js";
import type { TrueLayerPayoutFailureReasonOrUnknown } from "./truelayer.js";
import type { TrueLayerPayoutStatusOrUnknown } from "./truelayer.js";
import type { TrueLayerRefundStatusOrUnknown } from "./truelayer.js";
import type { TrueLayerWebhookTypeOrUnknown } from "./truelayer.js";
import type { UaeOpenFinanceErrorCodeOrUnknown } from "./uaeopenfinance.js";
import type { UkobMultiAuthorisationStatusOrUnknown } from "./ukob.js";
import type { UkobMultiAuthorisationStatusV31OrUnknown } from "./ukob.js";
import type { UkobObEventTypeOrUnknown } from "./ukob.js";
import type { UkobObieErrorCodeOrUnknown } from "./ukob.js";
import type { UkobPaymentStatusOrUnknown } from "./ukob.js";
import type { UkobPaymentStatusV31OrUnknown } from "./ukob.js";
import type { YapilyErrorIssueCodeOrUnknown } from "./yapily.js";
import type { YapilyErrorIssueTypeOrUnknown } from "./yapily.js";
import type { YapilyErrorSourceOrUnknown } from "./yapily.js";
import type { YapilyValidationErrorOrUnknown } from "./yapily.js";
import type { YodleeAdditionalStatusOrUnknown } from "./yodlee.js";
import type { YodleeErrorCodeOrUnknown } from "./yodlee.js";
import type { YodleeFastLinkErrorCodeOrUnknown } from "./yodlee.js";
import type { YodleeFastLinkFunctionOrUnknown } from "./yodlee.js";
import type { YodleeProviderAccountStatusOrUnknown } from "./yodlee.js";
import type { YodleeWebhookInfoOrUnknown } from "./yodlee.js";

/**
 * The type of a union's tag (a webhook's event type, say) for a value without a variant in that
 * union, such as one the provider added after this release. At run time it is the string as
 * received. Its type is a marker that no known value compares equal to (a string starting with
 * NUL, which no tag does), so `===` and `switch` on the tag narrow the union to the variant of the
 * value compared with. Handle such a payload in `default:`, where its tag reads as a string (log
 * it, acknowledge the delivery). To compare it with a value this package does not know, widen it:
 * `(webhook.type as string) === "x.y"`; in a test, build one with `"x.y" as UnknownTag`.
 */
export type UnknownTag = `\u0000${string}` & {};

/** A Data Access error response. */
export interface FlinksFdxError {
  /** The page's example body has it. */
  readonly code: FlinksFdxErrorCodeOrUnknown;
  readonly message?: string;
  /** Provider custom developer-level error details for troubleshooting. */
  readonly debugMessage?: string;
}

/** The variant whose type is entity.created: the fields of Envelope and its own. */
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

/** The variant whose type is entity.updated: the fields of Envelope and its own. */
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

/** The variant whose type is entity.reconnected: the fields of Envelope and its own. */
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

/** The variant whose type is entity.data.refresh.updated: the fields of Envelope and its own. */
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

/** The variant whose type is results.ready: the fields of Envelope and its own. */
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

/** The variant whose type is payment_source.created: the fields of Envelope and its own. */
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

/**
 * The variant whose type is payment_source.beneficiary.created: the fields of Envelope and its own.
 */
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

/**
 * The variant whose type is payment_source.beneficiary.updated: the fields of Envelope and its own.
 */
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

/** The variant whose type is payment_intent.created: the fields of Envelope and its own. */
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

/** The variant whose type is payment.created: the fields of Envelope and its own. */
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

/** The variant whose type is payment.updated: the fields of Envelope and its own. */
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

/** The variant whose type is payment.transaction: the fields of Envelope and its own. */
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

/** The variant whose type is payment.reconciliation.updated: the fields of Envelope and its own. */
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

/** The variant whose type is bank.availability.updated: the fields of Envelope and its own. */
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

/** The variant whose type is consent.status.updated: the fields of Envelope and its own. */
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

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface LeanOtherWebhook {
  /**
   * The event type, object.action. The event type routes the webhook; every published example has
   * it.
   */
  readonly type: UnknownTag;
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
  /**
   * Documented by the iOS SDK's README and the legacy React Native README; the current React
   * Native, Flutter and web SDK sources and the Android page have no such field.
   */
  readonly method?: LeanCallbackMethodOrUnknown | null;
  /** secondary_status as the Flutter, iOS and Android SDKs name it. */
  readonly secondaryStatus?: LeanSecondaryStatusOrUnknown | null;
  /** last_api_response as the Flutter and iOS SDKs name it. */
  readonly lastApiResponse?: string | null;
  /** exit_point as the Flutter and iOS SDKs name it. */
  readonly exitPoint?: string | null;
  /** exit_intent_point as the Flutter SDK names it. */
  readonly exitIntentPoint?: string | null;
  /** exit_survey_reason as the Flutter SDK names it. */
  readonly exitSurveyReason?: string | null;
  /** lean_correlation_id as the Flutter SDK names it. */
  readonly leanCorrelationId?: string | null;
  /** user_exit_intent as the Flutter SDK names it. */
  readonly userExitIntent?: LeanUserExitIntentOrUnknown | null;
  /** bank.bank_identifier as the Flutter SDK flattens it. */
  readonly bankId?: string | null;
  /** bank.is_supported as the Flutter SDK flattens it. */
  readonly bankIsSupported?: boolean | null;
  /** bank as the iOS SDK names it. */
  readonly bankDetails?: LeanCallbackBankDetails | null;
}

/** The bank the end user chose, as the iOS SDK names it. */
export interface LeanCallbackBankDetails {
  readonly bankIdentifier?: string | null;
  readonly isSupported?: boolean | null;
}

/** The bank the end user chose. */
export interface LeanCallbackBank {
  readonly bank_identifier?: string | null;
  readonly is_supported?: boolean;
}

/** A payment source, as Get Payment source by ID answers it. */
export interface LeanPaymentSourceAnswer {
  readonly id?: string;
  readonly customer_id?: string;
  readonly app_id?: string;
  readonly status?: LeanPaymentSourceStatusOrUnknown;
  readonly beneficiary_cool_off_expiry?: string | null;
  readonly bank_identifier?: string;
  readonly beneficiaries?: unknown;
  readonly accounts?: unknown;
}

/** A Data API response. */
export interface LeanDataApiResponse {
  /**
   * Every API response carries status: a Data API status, or a general API error status (the KSA
   * Postman collection saves a Get Account answer of HTTP 400 with results_id, timestamp, status
   * INVALID_PARAMETERS, message and metadata).
   */
  readonly status: LeanDataApiStatusOrUnknown | LeanApiErrorStatusOrUnknown;
  /** Only with PENDING (and, in the v2 UAE documentation, with RECONNECT_REQUIRED). */
  readonly results_id?: string;
  readonly message?: string | null;
  /** Only with FAILED. */
  readonly granular_status_code?: LeanGranularStatusCodeOrUnknown | null;
  readonly status_additional_info?: string | null;
  readonly timestamp?: string;
  /** The data itself, or {reconnect_id} with RECONNECT_REQUIRED. */
  readonly payload?: unknown | null;
  /** The saved responses of the Postman collection carry it, null. */
  readonly metadata?: unknown | null;
  /**
   * The UAE Postman collection's Account Verification answers (HTTP 200) carry the granular status
   * code in it, beside a status FAILED.
   */
  readonly status_detail?: LeanStatusDetail | null;
}

/** Why a UAE answer's status is what it is. */
export interface LeanStatusDetail {
  readonly granular_status_code?: LeanGranularStatusCodeOrUnknown | null;
  readonly status_additional_info?: string | null;
}

/** An error response's body. */
export interface ArgyleErrorBody {
  /** Both bodies the introduction shows have it. */
  readonly detail: string;
}

/** The variant whose event is verifications.updated: the fields of Envelope and its own. */
export interface ArgyleVerificationUpdatedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "verifications.updated";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** Every published example carries data. */
  readonly data: ArgyleVerificationUpdatedData;
}

/** The variant whose event is verifications.creation_failed: the fields of Envelope and its own. */
export interface ArgyleVerificationCreationFailedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "verifications.creation_failed";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** Every published example carries data. */
  readonly data: ArgyleCreationFailedData;
}

/** The variant whose event is accounts.added: the fields of Envelope and its own. */
export interface ArgyleAccountAddedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "accounts.added";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** The page's example carries data. */
  readonly data: ArgyleAccountEventData;
}

/** The variant whose event is accounts.connected: the fields of Envelope and its own. */
export interface ArgyleAccountConnectedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "accounts.connected";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** An accounts webhook names its account in data. */
  readonly data: ArgyleAccountEventData;
}

/** The variant whose event is accounts.failed: the fields of Envelope and its own. */
export interface ArgyleAccountFailedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "accounts.failed";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** An accounts webhook names its account in data. */
  readonly data: ArgyleAccountEventData;
}

/** The variant whose event is accounts.updated: the fields of Envelope and its own. */
export interface ArgyleAccountUpdatedWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: "accounts.updated";
  /** The subscription name; documented in the webhook message and in every example. */
  readonly name: string;
  /** An accounts webhook names its account in data. */
  readonly data: ArgyleAccountEventData;
}

/**
 * Any other event, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `event` with a variant; there its `event` reads as a string.
 */
export interface ArgyleOtherWebhook {
  /** The event routes the webhook; documented and in every example. */
  readonly event: UnknownTag;
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

/** The data of an accounts webhook. */
export interface ArgyleAccountEventData {
  /** The page's example names the account. */
  readonly account: string;
  /** The page's example names the user. */
  readonly user: string;
  /** Only when the subscription set config.include_resource. */
  readonly resource?: ArgyleAccount;
}

/** An account object (a payroll connection). */
export interface ArgyleAccount {
  readonly id?: string;
  /** The state of Argyle's connection with the user's payroll system. */
  readonly connection?: ArgyleAccountConnection;
}

/** An account's connection: its status and, on error, why. */
export interface ArgyleAccountConnection {
  readonly status?: ArgyleAccountConnectionStatusOrUnknown;
  /** Why the connection is in error. */
  readonly error_code?: ArgyleAccountConnectionErrorOrUnknown | null;
  readonly error_message?: string | null;
  readonly updated_at?: string;
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
  /**
   * An API event is recognised by its flinksCode (the listener on Flinks Connect's handled-errors
   * page switches on it).
   */
  readonly flinksCode: FlinksConnectErrorOrUnknown | FlinksApiErrorCodeOrUnknown;
  readonly institution?: string;
  readonly requestId?: string;
}

/** The variant whose ResponseType is KYC: the fields of Envelope and its own. */
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

/** The variant whose ResponseType is GetAccountsDetail: the fields of Envelope and its own. */
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

/**
 * Any other ResponseType, without a schema here: the fields of Envelope. What `default:` receives
 * after a `case` for each `ResponseType` with a variant; there its `ResponseType` reads as a
 * string.
 */
export interface FlinksOtherWebhook {
  /** It is what tells webhooks apart; documented for every type. */
  readonly ResponseType: UnknownTag;
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

/**
 * A Plaid error object: an API error response body, the error of a webhook, or the error Link
 * passes to onExit.
 */
export interface PlaidError {
  /** Required by Plaid's PlaidError schema. */
  readonly error_type: PlaidErrorTypeOrUnknown;
  /** Required by Plaid's PlaidError schema. */
  readonly error_code: PlaidErrorCodeOrUnknown;
  readonly error_code_reason?: string | null;
  /**
   * Required by Plaid's PlaidError schema; Plaid's error pages publish null for some codes
   * (INVALID_AUDIT_COPY_TOKEN, INVALID_PROCESSOR_TOKEN, OAUTH_STATE_ID_ALREADY_PROCESSED).
   */
  readonly error_message: string | null;
  /** Required by Plaid's PlaidError schema. */
  readonly display_message: string | null;
  readonly request_id?: string;
  readonly causes?: ReadonlyArray<unknown>;
  readonly status?: number | null;
  readonly documentation_url?: string;
  readonly suggested_action?: string | null;
  readonly required_account_subtypes?: ReadonlyArray<unknown>;
  readonly provided_account_subtypes?: ReadonlyArray<unknown>;
}

/** The variant whose webhook_type is SCREENING: the fields of Envelope and its own. */
export interface PlaidScreeningWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "SCREENING";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidScreeningWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly screening_id?: string;
}

/** The variant whose webhook_type is ENTITY_SCREENING: the fields of Envelope and its own. */
export interface PlaidEntityScreeningWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "ENTITY_SCREENING";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidEntityScreeningWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly entity_screening_id?: string;
}

/** The variant whose webhook_type is BEACON: the fields of Envelope and its own. */
export interface PlaidBeaconWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "BEACON";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidBeaconWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly beacon_user_id?: string;
  readonly beacon_report_id?: string;
  readonly beacon_report_syndication_id?: string;
  readonly beacon_duplicate_id?: string;
}

/** The variant whose webhook_type is IDENTITY_VERIFICATION: the fields of Envelope and its own. */
export interface PlaidIdentityVerificationWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "IDENTITY_VERIFICATION";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidIdentityVerificationWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly identity_verification_id?: string;
}

/** The variant whose webhook_type is TRANSACTIONS: the fields of Envelope and its own. */
export interface PlaidTransactionsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "TRANSACTIONS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidTransactionsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly removed_transactions?: ReadonlyArray<unknown>;
  readonly account_id?: string;
  readonly new_transactions?: number;
  readonly user_id?: string;
  readonly initial_update_complete?: boolean;
  readonly historical_update_complete?: boolean;
  readonly account_ids?: ReadonlyArray<unknown>;
}

/** The variant whose webhook_type is IDENTITY: the fields of Envelope and its own. */
export interface PlaidIdentityWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "IDENTITY";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidIdentityWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly account_ids_with_updated_identity?: { readonly [key: string]: unknown };
}

/** The variant whose webhook_type is PROCESSOR_TOKEN: the fields of Envelope and its own. */
export interface PlaidProcessorTokenWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "PROCESSOR_TOKEN";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidProcessorTokenWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly account_id?: string;
  readonly new_webhook_url?: string;
}

/** The variant whose webhook_type is ISSUES: the fields of Envelope and its own. */
export interface PlaidIssuesWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "ISSUES";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidIssuesWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly issue_id?: string;
  readonly issue_description?: string;
  readonly issue_resolved_at?: string;
  readonly institution_id?: string;
  readonly institution_name?: string;
}

/** The variant whose webhook_type is AUTH: the fields of Envelope and its own. */
export interface PlaidAuthWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "AUTH";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidAuthWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly account_ids_with_new_auth?: ReadonlyArray<unknown>;
  readonly account_ids_with_updated_auth?: { readonly [key: string]: unknown };
  readonly account_id?: string;
  readonly status?: string;
}

/** The variant whose webhook_type is ITEM: the fields of Envelope and its own. */
export interface PlaidItemWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "ITEM";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidItemWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly new_webhook_url?: string;
  readonly user_id?: string;
  readonly consent_expiration_time?: string;
  readonly reason?: string;
  readonly disconnect_time?: string;
  readonly account_id?: string;
}

/** The variant whose webhook_type is INCOME: the fields of Envelope and its own. */
export interface PlaidIncomeWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "INCOME";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidIncomeWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly verification_status?: string;
  readonly risk_signals_status?: string;
  readonly result?: string;
}

/** The variant whose webhook_type is BANK_TRANSFERS: the fields of Envelope and its own. */
export interface PlaidBankTransfersWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "BANK_TRANSFERS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidBankTransfersWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
}

/** The variant whose webhook_type is TRANSFER: the fields of Envelope and its own. */
export interface PlaidTransferWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "TRANSFER";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidTransferWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly recurring_transfer_id?: string;
  readonly transfer_id?: string;
  readonly authorization_decision?: string;
  readonly authorization_decision_rationale_code?: string;
  readonly skipped_origination_date?: string;
  readonly originator_client_id?: string;
}

/** The variant whose webhook_type is LAYER: the fields of Envelope and its own. */
export interface PlaidLayerWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "LAYER";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidLayerWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly link_session_id?: string;
  readonly link_token?: string;
}

/** The variant whose webhook_type is PROTECT: the fields of Envelope and its own. */
export interface PlaidProtectWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "PROTECT";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidProtectWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly event_id?: string;
  readonly event_type?: string;
  readonly timestamp?: string;
  readonly user_id?: string | null;
  readonly client_user_id?: string | null;
  readonly link_session_id?: string | null;
}

/**
 * The variant whose webhook_type is INVESTMENTS_TRANSACTIONS: the fields of Envelope and its own.
 */
export interface PlaidInvestmentsTransactionsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "INVESTMENTS_TRANSACTIONS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidInvestmentsTransactionsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly new_investments_transactions?: number;
  readonly cancelled_investments_transactions?: number;
}

/** The variant whose webhook_type is HOLDINGS: the fields of Envelope and its own. */
export interface PlaidHoldingsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "HOLDINGS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidHoldingsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly new_holdings?: number;
  readonly updated_holdings?: number;
}

/** The variant whose webhook_type is PARTNER: the fields of Envelope and its own. */
export interface PlaidPartnerWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "PARTNER";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidPartnerWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly end_customer_client_id?: string;
  readonly institution_id?: string;
  readonly institution_name?: string;
  readonly status?: string;
}

/** The variant whose webhook_type is LIABILITIES: the fields of Envelope and its own. */
export interface PlaidLiabilitiesWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "LIABILITIES";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidLiabilitiesWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly account_ids_with_new_liabilities?: ReadonlyArray<unknown>;
  readonly account_ids_with_updated_liabilities?: { readonly [key: string]: unknown };
}

/** The variant whose webhook_type is PAYMENT_INITIATION: the fields of Envelope and its own. */
export interface PlaidPaymentInitiationWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "PAYMENT_INITIATION";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidPaymentInitiationWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly payment_id?: string;
  readonly transaction_id?: string | null;
  readonly new_payment_status?: string;
  readonly old_payment_status?: string;
  readonly original_reference?: string | null;
  readonly adjusted_reference?: string | null;
  readonly original_start_date?: string | null;
  readonly adjusted_start_date?: string | null;
  readonly timestamp?: string;
  readonly consent_id?: string;
  readonly old_status?: string;
  readonly new_status?: string;
}

/** The variant whose webhook_type is WALLET: the fields of Envelope and its own. */
export interface PlaidWalletWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "WALLET";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidWalletWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly transaction_id?: string;
  readonly payment_id?: string | null;
  readonly wallet_id?: string;
  readonly new_status?: string;
  readonly old_status?: string;
  readonly failure_reason?: string | null;
  readonly timestamp?: string;
}

/** The variant whose webhook_type is LINK_DELIVERY: the fields of Envelope and its own. */
export interface PlaidLinkDeliveryWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "LINK_DELIVERY";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidLinkDeliveryWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly link_delivery_session_id?: string;
  readonly timestamp?: string;
  readonly link_delivery_metadata?: { readonly [key: string]: unknown };
  readonly link_callback_metadata?: { readonly [key: string]: unknown };
}

/** The variant whose webhook_type is STATEMENTS: the fields of Envelope and its own. */
export interface PlaidStatementsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "STATEMENTS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidStatementsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly result?: string;
}

/** The variant whose webhook_type is CASH_FLOW_UPDATES: the fields of Envelope and its own. */
export interface PlaidCashFlowUpdatesWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "CASH_FLOW_UPDATES";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidCashFlowUpdatesWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly status?: string;
  readonly user_id?: string;
  readonly insights?: ReadonlyArray<unknown>;
}

/** The variant whose webhook_type is BASE_REPORT: the fields of Envelope and its own. */
export interface PlaidBaseReportWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "BASE_REPORT";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidBaseReportWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
}

/** The variant whose webhook_type is CRA_INCOME: the fields of Envelope and its own. */
export interface PlaidCraIncomeWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "CRA_INCOME";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidCraIncomeWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly result?: string;
}

/** The variant whose webhook_type is CHECK_REPORT: the fields of Envelope and its own. */
export interface PlaidCheckReportWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "CHECK_REPORT";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidCheckReportWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
  readonly successful_products?: ReadonlyArray<unknown> | null;
  readonly failed_products?: ReadonlyArray<unknown> | null;
  readonly item_ids?: ReadonlyArray<unknown> | null;
}

/** The variant whose webhook_type is CRA_INSIGHTS: the fields of Envelope and its own. */
export interface PlaidCraInsightsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "CRA_INSIGHTS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidCraInsightsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly user_id?: string;
}

/** The variant whose webhook_type is LINK: the fields of Envelope and its own. */
export interface PlaidLinkWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "LINK";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidLinkWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly events?: ReadonlyArray<unknown>;
  readonly link_session_id?: string;
  readonly link_token?: string;
  readonly public_token?: string;
  readonly status?: string;
  readonly public_tokens?: ReadonlyArray<unknown>;
  readonly user_id?: string;
}

/**
 * The variant whose webhook_type is DASHBOARD_CONFIGURED_ALERT: the fields of Envelope and its own.
 */
export interface PlaidDashboardConfiguredAlertWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "DASHBOARD_CONFIGURED_ALERT";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidDashboardConfiguredAlertWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
  readonly institution_id?: string;
  readonly institution_overall_success_rate?: number;
}

/** The variant whose webhook_type is ASSETS: the fields of Envelope and its own. */
export interface PlaidAssetsWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: "ASSETS";
  /** In every webhook schema of this type. */
  readonly webhook_code: PlaidAssetsWebhookCodeOrUnknown;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  readonly error?: PlaidWebhookError | null;
  readonly asset_report_id?: string;
  readonly user_id?: string;
  readonly report_type?: string;
}

/**
 * Any other webhook_type, without a schema here: the fields of Envelope. What `default:` receives
 * after a `case` for each `webhook_type` with a variant; there its `webhook_type` reads as a
 * string.
 */
export interface PlaidOtherWebhook {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: UnknownTag;
  /** Says what happened; in every webhook schema and example. */
  readonly webhook_code: string;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
}

/** The fields Plaid webhooks share. */
export interface PlaidEnvelope {
  /** Routes the webhook; in every webhook schema and example. */
  readonly webhook_type: PlaidWebhookTypeOrUnknown;
  /** Says what happened; in every webhook schema and example. */
  readonly webhook_code: string;
  /** Most webhook schemas carry it (sandbox or production); some do not. */
  readonly environment?: string;
  /** Item webhooks only. */
  readonly item_id?: string;
  /**
   * Webhooks that report a failure carry Plaid's error object here, whatever their type, so that of
   * a type this catalog does not know yet is read too.
   */
  readonly error?: PlaidWebhookError | null;
}

/** The error object of a webhook: a Plaid error object without request_id. */
export interface PlaidWebhookError {
  /** Required by Plaid's PlaidError schema. */
  readonly error_type: PlaidErrorTypeOrUnknown;
  /** Required by Plaid's PlaidError schema. */
  readonly error_code: PlaidErrorCodeOrUnknown;
  readonly error_code_reason?: string | null;
  /**
   * Required by Plaid's PlaidError schema; Plaid's error pages publish null for some codes
   * (INVALID_AUDIT_COPY_TOKEN, INVALID_PROCESSOR_TOKEN, OAUTH_STATE_ID_ALREADY_PROCESSED).
   */
  readonly error_message: string | null;
  /** Required by Plaid's PlaidError schema. */
  readonly display_message: string | null;
  readonly request_id?: string;
  readonly causes?: ReadonlyArray<unknown>;
  readonly status?: number | null;
  readonly documentation_url?: string;
  readonly suggested_action?: string | null;
  readonly required_account_subtypes?: ReadonlyArray<unknown>;
  readonly provided_account_subtypes?: ReadonlyArray<unknown>;
}

/** The error Link passes to onExit (null when the user exits without one): a Plaid error object. */
export interface PlaidLinkError {
  /** Part of every Plaid error object. */
  readonly error_type: PlaidErrorTypeOrUnknown;
  /** Part of every Plaid error object. */
  readonly error_code: PlaidErrorCodeOrUnknown;
  readonly error_message?: string;
  readonly display_message?: string | null;
  readonly error_code_reason?: string | null;
  readonly request_id?: string;
  readonly status?: number | null;
  readonly documentation_url?: string;
  readonly suggested_action?: string | null;
}

/** The metadata Link passes to onExit. */
export interface PlaidLinkExitMetadata {
  readonly institution?: PlaidLinkInstitution | null;
  /** Where the user exited; absent when Link closed before any step. */
  readonly status?: PlaidLinkExitStatusOrUnknown;
  readonly link_session_id?: string;
  readonly request_id?: string;
}

/** The institution the user selected. */
export interface PlaidLinkInstitution {
  readonly name?: string;
  readonly institution_id?: string;
}

/**
 * The metadata Link passes to onEvent; which fields are set depends on the event, and Plaid
 * documents every one of them as nullable.
 */
export interface PlaidLinkEventMetadata {
  readonly error_code?: PlaidErrorCodeOrUnknown | null;
  readonly error_message?: string | null;
  readonly error_type?: PlaidErrorTypeOrUnknown | null;
  readonly exit_status?: PlaidLinkExitStatusOrUnknown | null;
  readonly institution_id?: string | null;
  readonly institution_name?: string | null;
  readonly institution_search_query?: string | null;
  readonly request_id?: string;
  readonly mfa_type?: string | null;
  readonly view_name?: string | null;
  readonly selection?: string | null;
  readonly brand_name?: string | null;
  readonly match_reason?: string | null;
  readonly routing_number?: string | null;
  readonly account_number_mask?: string | null;
  readonly timestamp?: string;
}

/** The variant whose type is CONNECTION_STATUS: the fields of Envelope and its own. */
export interface MxConnectionStatusWebhook {
  /** The type says what the webhook is about. */
  readonly type: "CONNECTION_STATUS";
  /** MX: it always equals CHANGED. */
  readonly action: string;
  /** The status's name. */
  readonly connection_status?: string | null;
  /** A connection status webhook is about the member's new status. */
  readonly connection_status_id: MxConnectionStatusOrUnknown;
  /** A message an app can show the end user. */
  readonly connection_status_message?: string | null;
  /** Every connection status webhook names its member. */
  readonly member_guid: string;
  readonly user_guid?: string | null;
}

/** The variant whose type is AGGREGATION: the fields of Envelope and its own. */
export interface MxAggregationWebhook {
  /** The type says what the webhook is about. */
  readonly type: "AGGREGATION";
  /** MX's page gives the action that triggered it, e.g. member_data_updated. */
  readonly action: string;
  /** When the process that triggered the webhook finished, in Unix time. */
  readonly completed_at?: number | null;
  /** The day that process finished. */
  readonly completed_on?: string | null;
  /**
   * Whether the aggregation ran in the background (automatically) rather than in the foreground
   * (manually).
   */
  readonly is_background?: boolean | null;
  /**
   * MX's internal aggregation process; MX says partners using the Platform API should ignore it.
   */
  readonly job_guid?: string | null;
  /** The member with new or updated data. */
  readonly member_guid?: string | null;
  /** How many transactions were created. */
  readonly transactions_created_count?: number | null;
  /** How many transactions were updated. */
  readonly transactions_updated_count?: number | null;
  /** The user the data belongs to. */
  readonly user_guid?: string | null;
  /** The partner's own identifier of the user. */
  readonly user_id?: string | null;
}

/** The variant whose type is BALANCE: the fields of Envelope and its own. */
export interface MxBalanceWebhook {
  /** The type says what the webhook is about. */
  readonly type: "BALANCE";
  /** MX's page gives the action that triggered it, e.g. member_data_updated. */
  readonly action: string;
  /** When the process that triggered the webhook finished, in Unix time. */
  readonly completed_at?: number | null;
  /** The day that process finished. */
  readonly completed_on?: string | null;
  /** The member with new or updated data. */
  readonly member_guid?: string | null;
  /** The user the data belongs to. */
  readonly user_guid?: string | null;
}

/** The variant whose type is STATEMENT: the fields of Envelope and its own. */
export interface MxStatementWebhook {
  /** The type says what the webhook is about. */
  readonly type: "STATEMENT";
  /** MX's page gives the action that triggered it, e.g. member_data_updated. */
  readonly action: string;
  /** When the process that triggered the webhook finished, in Unix time. */
  readonly completed_at?: number | null;
  /** The day that process finished. */
  readonly completed_on?: string | null;
  /** The member with new or updated data. */
  readonly member_guid?: string | null;
  /** How many statements were created. */
  readonly statements_created_count?: number | null;
  /** The user the data belongs to. */
  readonly user_guid?: string | null;
}

/** The variant whose type is VERIFICATION: the fields of Envelope and its own. */
export interface MxVerificationWebhook {
  /** The type says what the webhook is about. */
  readonly type: "VERIFICATION";
  /** MX: it always equals member_data_updated. */
  readonly action: string;
  /**
   * The accounts updated or verified (MX's table gives String; its example a list of account
   * guids).
   */
  readonly accounts?: ReadonlyArray<string> | null;
  /** When the process that triggered the webhook finished, in Unix time. */
  readonly completed_at?: number | null;
  /** The day that process finished. */
  readonly completed_on?: string | null;
  /** MX's internal verification process; MX says it is not relevant with the Platform API. */
  readonly job_guid?: string | null;
  /** The member the accounts belong to. */
  readonly member_guid?: string | null;
  /** The user the accounts belong to. */
  readonly user_guid?: string | null;
  /** The partner's own identifier of the user. */
  readonly user_id?: string | null;
}

/** The variant whose type is initial_data_ready: the fields of Envelope and its own. */
export interface MxInitialDataReadyWebhook {
  /** The type says what the webhook is about. */
  readonly type: "initial_data_ready";
  /** What triggered the webhook; every type's page shows it but initial_data_ready's. */
  readonly action?: string;
  /** The client the webhook is for. */
  readonly client_guid?: string | null;
  /** The webhook's own identifier. */
  readonly guid?: string | null;
  /** The member with new or updated data. */
  readonly member_guid?: string | null;
  /** The user the data belongs to. */
  readonly user_guid?: string | null;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface MxOtherWebhook {
  /** The type says what the webhook is about. */
  readonly type: "HISTORY" | UnknownTag;
  /** What triggered the webhook; every type's page shows it but initial_data_ready's. */
  readonly action?: string;
}

/** The fields every MX webhook has. */
export interface MxEnvelope {
  /** The type says what the webhook is about. */
  readonly type: MxWebhookTypeOrUnknown;
  /** What triggered the webhook; every type's page shows it but initial_data_ready's. */
  readonly action?: string;
}

/** An API error response's body. */
export interface YodleeYodleeError {
  /** The error code follows the format YNNN. */
  readonly errorCode: YodleeErrorCodeOrUnknown;
  /** The descriptive message that explains the error scenario. */
  readonly errorMessage?: string;
  /** Unique Yodlee identifier used to troubleshoot issues at Yodlee's end. */
  readonly referenceCode?: string;
}

/** A provider accounts answer. */
export interface YodleeProviderAccountList {
  /** ProviderAccountResponse holds its provider accounts in providerAccount. */
  readonly providerAccount: ReadonlyArray<YodleeProviderAccount>;
}

/** The user's link to one provider site (AbstractProviderAccount). */
export interface YodleeProviderAccount {
  readonly id?: number;
  readonly providerId?: number;
  readonly isManual?: boolean;
  readonly aggregationSource?: string;
  readonly requestId?: string;
  readonly lastUpdated?: string;
  readonly createdDate?: string;
  /** The provider account's status. */
  readonly status?: YodleeProviderAccountStatusOrUnknown;
  readonly dataset?: ReadonlyArray<YodleeAccountDataset>;
}

/** A dataset of a provider account and the status of its last update. */
export interface YodleeAccountDataset {
  readonly name?: string;
  /** The status of last update attempted for the dataset. */
  readonly additionalStatus?: YodleeAdditionalStatusOrUnknown;
  readonly updateEligibility?: string;
  readonly lastUpdated?: string;
  readonly lastUpdateAttempt?: string;
  readonly nextUpdateScheduled?: string;
}

/** A webhook notification. */
export interface YodleeYodleeWebhook {
  /** The payload's common structure. */
  readonly event: YodleeWebhookEvent;
}

/** The notification's event. */
export interface YodleeWebhookEvent {
  /** What the notification reports. */
  readonly info: YodleeWebhookInfoOrUnknown;
  /** loginName is an optional field and is available only for the REFRESH webhooks event. */
  readonly loginName?: string;
  /** Data varies from event to event. */
  readonly data?: unknown;
}

/**
 * Another FastLink post message, named by its fnToCall: FastLink 4's resize event ({fnToCall, app,
 * height}).
 */
export interface YodleeFastLinkEvent {
  /** Every post message read names its method. */
  readonly fnToCall: YodleeFastLinkFunctionOrUnknown;
  readonly app?: string;
  readonly height?: number;
}

/** An error FastLink returns as part of the post message. */
export interface YodleeFastLinkError {
  /** Specifies the error code. */
  readonly code: YodleeFastLinkErrorCodeOrUnknown;
  /** Specifies the error type. */
  readonly title?: string;
  /** Specifies the error message. */
  readonly message?: string;
  /**
   * The method name that has to be implemented on the customer side to receive this event from
   * FastLink.
   */
  readonly fnToCall?: YodleeFastLinkFunctionOrUnknown;
}

/**
 * A provider account's outcome, in the fields the upgrade guide names for FastLink 4's post
 * messages (providerAccountId, providerName, additionalStatus).
 */
export interface YodleeFastLinkStatus {
  readonly providerAccountId?: number;
  readonly providerId?: number;
  readonly providerName?: string;
  readonly requestId?: string;
  readonly status?: YodleeProviderAccountStatusOrUnknown;
  readonly additionalStatus?: YodleeAdditionalStatusOrUnknown;
  readonly fnToCall?: YodleeFastLinkFunctionOrUnknown;
}

/** The variant whose type is mx/ping: the fields of MessageEnvelope and its own. */
export interface MxPing {
  /** The type says which event the message is. */
  readonly type: "mx/ping";
  /** The event's data. */
  readonly metadata: MxPingMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/navigation: the fields of MessageEnvelope and its own. */
export interface MxNavigation {
  /** The type says which event the message is. */
  readonly type: "mx/navigation";
  /** The event's data. */
  readonly metadata: MxNavigationMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/focusTrap: the fields of MessageEnvelope and its own. */
export interface MxFocusTrap {
  /** The type says which event the message is. */
  readonly type: "mx/focusTrap";
  /** The event's data. */
  readonly metadata: MxFocusTrapMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/loaded: the fields of MessageEnvelope and its own. */
export interface MxLoaded {
  /** The type says which event the message is. */
  readonly type: "mx/connect/loaded";
  /** The event's data. */
  readonly metadata: MxLoadedMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/enterCredentials: the fields of MessageEnvelope and its own.
 */
export interface MxEnterCredentials {
  /** The type says which event the message is. */
  readonly type: "mx/connect/enterCredentials";
  /** The event's data. */
  readonly metadata: MxEnterCredentialsMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/institutionSearch: the fields of MessageEnvelope and its
 * own.
 */
export interface MxInstitutionSearch {
  /** The type says which event the message is. */
  readonly type: "mx/connect/institutionSearch";
  /** The event's data. */
  readonly metadata: MxInstitutionSearchMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/selectedInstitution: the fields of MessageEnvelope and its
 * own.
 */
export interface MxSelectedInstitution {
  /** The type says which event the message is. */
  readonly type: "mx/connect/selectedInstitution";
  /** The event's data. */
  readonly metadata: MxSelectedInstitutionMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/memberConnected: the fields of MessageEnvelope and its own.
 */
export interface MxMemberConnected {
  /** The type says which event the message is. */
  readonly type: "mx/connect/memberConnected";
  /** The event's data. */
  readonly metadata: MxMemberConnectedMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/connected/primaryAction: the fields of MessageEnvelope and
 * its own.
 */
export interface MxConnectedPrimaryAction {
  /** The type says which event the message is. */
  readonly type: "mx/connect/connected/primaryAction";
  /** The event's data. */
  readonly metadata: MxConnectedPrimaryActionMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/memberDeleted: the fields of MessageEnvelope and its own.
 */
export interface MxMemberDeleted {
  /** The type says which event the message is. */
  readonly type: "mx/connect/memberDeleted";
  /** The event's data. */
  readonly metadata: MxMemberDeletedMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/createMemberError: the fields of MessageEnvelope and its
 * own.
 */
export interface MxCreateMemberError {
  /** The type says which event the message is. */
  readonly type: "mx/connect/createMemberError";
  /** The event's data. */
  readonly metadata: MxCreateMemberErrorMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/memberStatusUpdate: the fields of MessageEnvelope and its
 * own.
 */
export interface MxMemberStatusUpdate {
  /** The type says which event the message is. */
  readonly type: "mx/connect/memberStatusUpdate";
  /** The event's data. */
  readonly metadata: MxMemberStatusUpdateMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/oauthError: the fields of MessageEnvelope and its own. */
export interface MxOauthError {
  /** The type says which event the message is. */
  readonly type: "mx/connect/oauthError";
  /** The event's data. */
  readonly metadata: MxOauthErrorMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/oauthRequested: the fields of MessageEnvelope and its own.
 */
export interface MxOauthRequested {
  /** The type says which event the message is. */
  readonly type: "mx/connect/oauthRequested";
  /** The event's data. */
  readonly metadata: MxOauthRequestedMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/stepChange: the fields of MessageEnvelope and its own. */
export interface MxStepChange {
  /** The type says which event the message is. */
  readonly type: "mx/connect/stepChange";
  /** The event's data. */
  readonly metadata: MxStepChangeMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/submitMFA: the fields of MessageEnvelope and its own. */
export interface MxSubmitMFA {
  /** The type says which event the message is. */
  readonly type: "mx/connect/submitMFA";
  /** The event's data. */
  readonly metadata: MxSubmitMFAMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/updateCredentials: the fields of MessageEnvelope and its
 * own.
 */
export interface MxUpdateCredentials {
  /** The type says which event the message is. */
  readonly type: "mx/connect/updateCredentials";
  /** The event's data. */
  readonly metadata: MxUpdateCredentialsMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/backToSearch: the fields of MessageEnvelope and its own. */
export interface MxBackToSearch {
  /** The type says which event the message is. */
  readonly type: "mx/connect/backToSearch";
  /** The event's data. */
  readonly metadata: MxBackToSearchMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/invalidData: the fields of MessageEnvelope and its own. */
export interface MxInvalidData {
  /** The type says which event the message is. */
  readonly type: "mx/connect/invalidData";
  /** The event's data. */
  readonly metadata: MxInvalidDataMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/backButtonClicked: the fields of MessageEnvelope and its
 * own.
 */
export interface MxBackButtonClicked {
  /** The type says which event the message is. */
  readonly type: "mx/connect/backButtonClicked";
  /** The event's data. */
  readonly metadata?: { readonly [key: string]: unknown };
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/initialDataReady: the fields of MessageEnvelope and its own.
 */
export interface MxInitialDataReady {
  /** The type says which event the message is. */
  readonly type: "mx/connect/initialDataReady";
  /** The widget sends the event's data. */
  readonly metadata: MxInitialDataReadyMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The variant whose type is mx/connect/memberError: the fields of MessageEnvelope and its own. */
export interface MxMemberError {
  /** The type says which event the message is. */
  readonly type: "mx/connect/memberError";
  /** The widget sends the event's data. */
  readonly metadata: MxMemberErrorMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/memberError/primaryAction: the fields of MessageEnvelope and
 * its own.
 */
export interface MxMemberErrorPrimaryAction {
  /** The type says which event the message is. */
  readonly type: "mx/connect/memberError/primaryAction";
  /** The widget sends the event's data. */
  readonly metadata: MxMemberErrorMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/loaded: the fields of MessageEnvelope and its
 * own.
 */
export interface MxMicrodepositsLoaded {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/loaded";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositsLoadedMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/detailsSubmitted: the fields of
 * MessageEnvelope and its own.
 */
export interface MxMicrodepositsDetailsSubmitted {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/detailsSubmitted";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/verified: the fields of MessageEnvelope and
 * its own.
 */
export interface MxMicrodepositsVerified {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/verified";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/verified/primaryAction: the fields of
 * MessageEnvelope and its own.
 */
export interface MxMicrodepositsVerifiedPrimaryAction {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/verified/primaryAction";
  /** The event's data. */
  readonly metadata?: { readonly [key: string]: unknown };
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/comeBack/primaryAction: the fields of
 * MessageEnvelope and its own.
 */
export interface MxMicrodepositsComeBackPrimaryAction {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/comeBack/primaryAction";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/error/primaryAction: the fields of
 * MessageEnvelope and its own.
 */
export interface MxMicrodepositsErrorPrimaryAction {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/error/primaryAction";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositsErrorPrimaryActionMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * The variant whose type is mx/connect/microdeposits/blockedRoutingNumber: the fields of
 * MessageEnvelope and its own.
 */
export interface MxMicrodepositsBlockedRoutingNumber {
  /** The type says which event the message is. */
  readonly type: "mx/connect/microdeposits/blockedRoutingNumber";
  /** The widget sends the event's data. */
  readonly metadata: MxMicrodepositsBlockedRoutingNumberMetadata;
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/**
 * Any other type, without a schema here: the fields of MessageEnvelope. What `default:` receives
 * after a `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface MxOtherMessage {
  /** The type says which event the message is. */
  readonly type: "mx/load" | "mx/client/oauthComplete" | "mx/connect/memberConnected/primaryAction" | "mx/connect/memberStatusUpdated" | "mx/connect/invalidData/primaryAction" | "mx/pulse/overdraftWarning/cta/transferFunds" | "mx/account/created" | UnknownTag;
  /** The event's data. */
  readonly metadata?: { readonly [key: string]: unknown };
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** What every MX widget message has: its type, its metadata and the mx marker. */
export interface MxMessageEnvelope {
  /** The type says which event the message is. */
  readonly type: MxPostMessageTypeOrUnknown;
  /** The event's data. */
  readonly metadata?: { readonly [key: string]: unknown };
  /** MX's web widget SDK reads a message only when mx is set. */
  readonly mx: boolean;
}

/** The metadata of mx/ping. */
export interface MxPingMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
}

/** The metadata of mx/navigation. */
export interface MxNavigationMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly did_go_back?: boolean;
}

/** The metadata of mx/focusTrap. */
export interface MxFocusTrapMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
}

/** The metadata of mx/connect/loaded. */
export interface MxLoadedMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly initial_step?: string;
}

/** The institution of the event. */
export interface MxEnterCredentialsInstitution {
  readonly code?: string;
  readonly guid?: string;
}

/** The metadata of mx/connect/enterCredentials. */
export interface MxEnterCredentialsMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly institution?: MxEnterCredentialsInstitution;
}

/** The metadata of mx/connect/institutionSearch. */
export interface MxInstitutionSearchMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly query?: string;
}

/** The metadata of mx/connect/selectedInstitution. */
export interface MxSelectedInstitutionMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly code?: string;
  readonly guid?: string;
  readonly name?: string;
  readonly url?: string;
}

/** The metadata of mx/connect/memberConnected. */
export interface MxMemberConnectedMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
}

/** The metadata of mx/connect/connected/primaryAction. */
export interface MxConnectedPrimaryActionMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
}

/** The metadata of mx/connect/memberDeleted. */
export interface MxMemberDeletedMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
}

/** The metadata of mx/connect/createMemberError. */
export interface MxCreateMemberErrorMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly institution_guid?: string;
  readonly institution_code?: string;
}

/** The metadata of mx/connect/memberStatusUpdate. */
export interface MxMemberStatusUpdateMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
  /** A status update carries the member's new status. */
  readonly connection_status: MxConnectionStatusOrUnknown;
}

/** The metadata of mx/connect/oauthError. */
export interface MxOauthErrorMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
  /**
   * Why the OAuth connection failed: CANCELLED, DENIED, IMPEDED, PROVIDER_ERROR or SERVER_ERROR
   * (the widget sends SERVER_ERROR when it knows no reason).
   */
  readonly error_reason?: string;
}

/** The metadata of mx/connect/oauthRequested. */
export interface MxOauthRequestedMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly url?: string;
  readonly member_guid?: string;
}

/** The metadata of mx/connect/stepChange. */
export interface MxStepChangeMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly previous?: string;
  readonly current?: string;
}

/** The metadata of mx/connect/submitMFA. */
export interface MxSubmitMFAMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
}

/** The institution of the event. */
export interface MxUpdateCredentialsInstitution {
  readonly code?: string;
  readonly guid?: string;
}

/** The metadata of mx/connect/updateCredentials. */
export interface MxUpdateCredentialsMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
  readonly institution?: MxUpdateCredentialsInstitution;
}

/** The metadata of mx/connect/backToSearch. */
export interface MxBackToSearchMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly context?: string;
}

/** The metadata of mx/connect/invalidData. */
export interface MxInvalidDataMetadata {
  readonly user_guid?: string;
  readonly session_guid?: string;
  readonly member_guid?: string;
  readonly code?: number;
  /**
   * Where the Connect widget puts the member and its code (the definitions put them at the top of
   * the metadata).
   */
  readonly member?: MxInvalidDataMember;
}

/** The member of mx/connect/invalidData, as the Connect widget sends it. */
export interface MxInvalidDataMember {
  readonly guid?: string;
  /** The member's error code (the job's error_code). */
  readonly code?: number;
}

/** The metadata of mx/connect/initialDataReady. */
export interface MxInitialDataReadyMetadata {
  /** The member whose initial data is ready. */
  readonly member_guid?: string;
}

/** The member of mx/connect/memberError and its primary action. */
export interface MxMemberErrorMember {
  readonly guid?: string;
  /** The widget sends the member's connection status with it. */
  readonly connection_status: MxConnectionStatusOrUnknown;
}

/** The metadata of mx/connect/memberError and mx/connect/memberError/primaryAction. */
export interface MxMemberErrorMetadata {
  /** The widget sends the member in error. */
  readonly member: MxMemberErrorMember;
}

/** The metadata of mx/connect/microdeposits/loaded. */
export interface MxMicrodepositsLoadedMetadata {
  /** The view the flow opens at (routingNumber for a new micro-deposit). */
  readonly initial_step?: string;
}

/**
 * The metadata of mx/connect/microdeposits/detailsSubmitted, mx/connect/microdeposits/verified and
 * mx/connect/microdeposits/comeBack/primaryAction.
 */
export interface MxMicrodepositMetadata {
  readonly microdeposit_guid?: string;
}

/** The metadata of mx/connect/microdeposits/error/primaryAction. */
export interface MxMicrodepositsErrorPrimaryActionMetadata {
  /** The micro-deposit's status by name (PREVENTED or REJECTED). */
  readonly status?: string;
  /** The micro-deposit's guid. */
  readonly guid?: string;
}

/** The metadata of mx/connect/microdeposits/blockedRoutingNumber. */
export interface MxMicrodepositsBlockedRoutingNumberMetadata {
  /** The routing number the end user entered. */
  readonly routing_number?: string;
  /** The reason_name of MX's answer to the routing number check. */
  readonly reason?: string;
}

/** An error response. */
export interface MastercardErrorMessage {
  /** The only field the OpenAPI requires. */
  readonly code: MastercardErrorCodeOrUnknown;
  /** The HTTP status, as a string. */
  readonly status?: string;
  readonly title?: string;
  readonly level?: string;
  readonly message?: string;
  /** Some more details about the error. */
  readonly user_message?: string;
  readonly tags?: string;
}

/** The variant whose eventType is accountsDeleted: the fields of Envelope and its own. */
export interface MastercardAccountsDeletedWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "accountsDeleted";
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event names the deleted accounts. */
  readonly payload: MastercardAccountsDeletedPayload;
  readonly webhookData?: unknown;
}

/** The variant whose eventType is ping: the fields of Envelope and its own. */
export interface MastercardPingWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "ping";
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/** The variant whose eventType is started: the fields of Envelope and its own. */
export interface MastercardStartedWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "started";
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/** The variant whose eventType is added: the fields of Envelope and its own. */
export interface MastercardAddedWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "added";
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/** The variant whose eventType is financialConsentCreated: the fields of Envelope and its own. */
export interface MastercardFinancialConsentCreatedWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "financialConsentCreated";
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/**
 * Any other eventType, without a schema here: the fields of Envelope. What `default:` receives
 * after a `case` for each `eventType` with a variant; there its `eventType` reads as a string.
 */
export interface MastercardOtherWebhook {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: "adding" | UnknownTag;
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/** The wrapper every Connect webhook has. */
export interface MastercardEnvelope {
  readonly customerId?: string;
  readonly consumerId?: string;
  /** The event's type. */
  readonly eventType: MastercardWebhookEventTypeOrUnknown;
  /** Store it and ignore an event already processed. */
  readonly eventId?: string;
  /** The event data is within the payload key. */
  readonly payload: unknown;
  readonly webhookData?: unknown;
}

/** The accounts deleted. */
export interface MastercardAccountsDeletedPayload {
  /** The event names the accounts. */
  readonly accounts: ReadonlyArray<string>;
  readonly institutionId?: string;
}

/** An event of onDone, onCancel or onError. */
export interface MastercardConnectEvent {
  /** Every event has its code. */
  readonly code: MastercardConnectEventCodeOrUnknown;
  /** Every event has its reason. */
  readonly reason: string;
  readonly reportData?: ReadonlyArray<unknown>;
}

/**
 * What onRoute receives as the customer moves to a screen of Connect: the screen and its parameters
 * (a search's query, a sign-in's institutionId).
 */
export interface MastercardRouteEvent {
  /** The SDKs' ConnectRouteEvent declares it: the screen's name. */
  readonly screen: MastercardConnectRouteScreenOrUnknown;
  /** The SDKs' ConnectRouteEvent declares it; an empty object when the screen has none. */
  readonly params: unknown;
}

/**
 * What onUser receives when the customer acts in Connect (the SDKs type it as any): its action, and
 * the fields that action reports.
 */
export interface MastercardUserEvent {
  /** Every user event the pages show names its action. */
  readonly action: MastercardConnectUserActionOrUnknown;
  /**
   * The institution's id: a number in the user events pages' examples (other events send it as a
   * string).
   */
  readonly institutionId?: unknown | null;
  /**
   * The id of the customer's login at the institution: a number in the pages' examples, null in the
   * event sent as the attempt starts.
   */
  readonly institutionLoginId?: unknown | null;
  /**
   * How many accounts were added: populated when they were, null in the event sent as the attempt
   * starts and when it failed.
   */
  readonly accounts?: number | null;
  /** The ids of the accounts added; empty in the event sent as the attempt starts. */
  readonly accountIds?: ReadonlyArray<string> | null;
  /** Whether adding the accounts succeeded; null in the event sent as the attempt starts. */
  readonly success?: boolean | null;
  /** Set when adding the accounts failed; null otherwise. */
  readonly errorCode?: unknown | null;
}

/** A requisition and where it stands. */
export interface GoCardlessRequisition {
  /** Every requisition has an id. */
  readonly id: string;
  readonly created?: string | null;
  /** Where the end user is sent back to after authenticating with the bank. */
  readonly redirect?: string | null;
  /** Where the requisition stands; its accounts can be read once it is linked. */
  readonly status: GoCardlessRequisitionStatusOrUnknown;
  readonly institution_id?: string;
  /** The end user agreement the requisition uses. */
  readonly agreement?: string;
  readonly reference?: string;
  /** The ids of the accounts linked through the requisition. */
  readonly accounts?: ReadonlyArray<string>;
  readonly user_language?: string;
  /** The link that starts the end user's authorisation with the bank. */
  readonly link?: string;
  readonly ssn?: string | null;
  readonly account_selection?: boolean;
  readonly redirect_immediate?: boolean;
  /**
   * In the official PHP client's test requisition; not a field of the requisition in the OpenAPI
   * copy.
   */
  readonly enduser_id?: string;
}

/** An account and its processing status. */
export interface GoCardlessAccount {
  /** Every account has an id. */
  readonly id: string;
  readonly created?: string;
  /** When the account was last accessed; with created it tells an account apart. */
  readonly last_accessed: string;
  readonly iban?: string;
  readonly bban?: string;
  /** The processing status of the account. */
  readonly status: GoCardlessAccountStatusOrUnknown;
  readonly institution_id?: string;
  /** The institution, as the OpenAPI copy's 409 example names it in place of institution_id. */
  readonly aspsp_identifier?: string;
  readonly owner_name?: string;
  readonly name?: string;
}

/** An end user agreement. */
export interface GoCardlessEndUserAgreement {
  /** Every agreement has an id. */
  readonly id: string;
  /**
   * When the agreement was created: a date-time in the OpenAPI copy, a date in the official PHP
   * client's test body.
   */
  readonly created?: string;
  readonly institution_id?: string;
  /** How many days of transactions may be read; with the other two it tells an agreement apart. */
  readonly max_historical_days: number;
  /** For how many days from acceptance the access can be used. */
  readonly access_valid_for_days: number;
  /** What may be read: balances, details, transactions. */
  readonly access_scope: ReadonlyArray<string>;
  /** When the end user accepted the agreement; null until then. */
  readonly accepted?: string | null;
  readonly reconfirmation?: boolean;
}

/**
 * An error the bank's answer caused on an account endpoint (details, balances, transactions): its
 * type names the cause, its summary the data that could not be updated.
 */
export interface GoCardlessAccountEndpointError {
  /**
   * Every published error body has a summary (here "Couldn't update <transactions> / <account
   * details> / <balances>").
   */
  readonly summary: string;
  /** Every published error body has a detail. */
  readonly detail: string;
  /** The type is what tells these errors apart; the PHP client reads it to choose its exception. */
  readonly type: GoCardlessAccountErrorTypeOrUnknown;
  /** The HTTP status; the help centre's example of the bank's rate limit shows none. */
  readonly status_code?: number;
}

/** Any other API error: a summary, a detail and the HTTP status. */
export interface GoCardlessApiError {
  /** Every published error body has a summary; where it is a fixed text it says what went wrong. */
  readonly summary: GoCardlessErrorSummaryOrUnknown;
  /** Every published error body has a detail. */
  readonly detail: string;
  /** The HTTP status; the help centre's example of a suspended account shows none. */
  readonly status_code?: number;
}

/**
 * A request whose fields are wrong (400, or 404 for an agreement not found), answered field by
 * field: each wrong field's name holds its summary and detail, a list of them, or a list of
 * sentences; there is no top-level summary.
 */
export interface GoCardlessFieldErrors {
  /** Every published field-level error states its HTTP status. */
  readonly status_code: number;
  /** What is wrong with the request's institution_id. */
  readonly institution_id?: unknown;
  /** What is wrong with the request's reference. */
  readonly reference?: unknown;
  /** What is wrong with the request's user_language. */
  readonly user_language?: unknown;
  /** What is wrong with the request's agreement. */
  readonly agreement?: unknown;
  /** What is wrong with the request's redirect. */
  readonly redirect?: unknown;
  /** What is wrong with the request's ssn. */
  readonly ssn?: unknown;
  /** What is wrong with the request's account_selection. */
  readonly account_selection?: unknown;
  /** What is wrong with the request's access_scope. */
  readonly access_scope?: unknown;
  /** What is wrong with the request's max_historical_days. */
  readonly max_historical_days?: unknown;
  /** What is wrong with the request's access_valid_for_days. */
  readonly access_valid_for_days?: unknown;
  /** What is wrong with the request's reconfirmation. */
  readonly reconfirmation?: unknown;
}

/**
 * The variant whose type is financial_connections.account.account_numbers_updated: the fields of
 * Envelope and its own.
 */
export interface StripeAccountNumbersUpdatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.account_numbers_updated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.created: the fields of Envelope and its
 * own.
 */
export interface StripeAccountCreatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.created";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.deactivated: the fields of Envelope and
 * its own.
 */
export interface StripeAccountDeactivatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.deactivated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.disconnected: the fields of Envelope and
 * its own.
 */
export interface StripeAccountDisconnectedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.disconnected";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.expected_deactivation_date_updated: the
 * fields of Envelope and its own.
 */
export interface StripeAccountExpectedDeactivationDateUpdatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.expected_deactivation_date_updated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.reactivated: the fields of Envelope and
 * its own.
 */
export interface StripeAccountReactivatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.reactivated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.refreshed_balance: the fields of Envelope
 * and its own.
 */
export interface StripeAccountRefreshedBalanceEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountBalanceRefreshedData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.refreshed_balance";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.refreshed_ownership: the fields of
 * Envelope and its own.
 */
export interface StripeAccountRefreshedOwnershipEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountOwnershipRefreshedData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.refreshed_ownership";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.refreshed_transactions: the fields of
 * Envelope and its own.
 */
export interface StripeAccountRefreshedTransactionsEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountTransactionsRefreshedData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.refreshed_transactions";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.supported_payment_method_types_updated:
 * the fields of Envelope and its own.
 */
export interface StripeAccountSupportedPaymentMethodTypesUpdatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.supported_payment_method_types_updated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.upcoming_account_number_expiry: the
 * fields of Envelope and its own.
 */
export interface StripeAccountUpcomingAccountNumberExpiryEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.upcoming_account_number_expiry";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.account.upcoming_deactivation: the fields of
 * Envelope and its own.
 */
export interface StripeAccountUpcomingDeactivationEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Account. */
  readonly data: StripeAccountData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.account.upcoming_deactivation";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.authorization.expected_deactivation_date_updated:
 * the fields of Envelope and its own.
 */
export interface StripeAuthorizationExpectedDeactivationDateUpdatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Authorization. */
  readonly data: StripeAuthorizationData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.authorization.expected_deactivation_date_updated";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * The variant whose type is financial_connections.authorization.upcoming_deactivation: the fields
 * of Envelope and its own.
 */
export interface StripeAuthorizationUpcomingDeactivationEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a Financial Connections Authorization. */
  readonly data: StripeAuthorizationData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "financial_connections.authorization.upcoming_deactivation";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/** The variant whose type is setup_intent.created: the fields of Envelope and its own. */
export interface StripeSetupIntentCreatedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Holds the object the event is about. */
  readonly data: unknown;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "setup_intent.created";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/** The variant whose type is payment_intent.payment_failed: the fields of Envelope and its own. */
export interface StripePaymentIntentPaymentFailedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a PaymentIntent. */
  readonly data: StripePaymentIntentData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "payment_intent.payment_failed";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/** The variant whose type is setup_intent.setup_failed: the fields of Envelope and its own. */
export interface StripeSetupIntentSetupFailedEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Stripe's type for this event: data.object is a SetupIntent. */
  readonly data: StripeSetupIntentData;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: "setup_intent.setup_failed";
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface StripeOtherEvent {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Holds the object the event is about. */
  readonly data: unknown;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: UnknownTag;
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/** The fields every Stripe Event has (Stripe's EventBase). */
export interface StripeEnvelope {
  /** Every event has a unique id, its deduplication key. */
  readonly id: string;
  /** Always event. */
  readonly object: string;
  /** In every event; null for events created before October 31, 2014. */
  readonly api_version: string | null;
  /** Time of creation in seconds since the Unix epoch, in every event. */
  readonly created: number;
  /** Holds the object the event is about. */
  readonly data: unknown;
  /** In every event. */
  readonly livemode: boolean;
  /** In every event. */
  readonly pending_webhooks: number;
  /** In every event; null when no API request caused it. */
  readonly request: StripeEventRequest | null;
  /** Routes the event. */
  readonly type: StripeEventTypeOrUnknown;
  /** The connected account that originates the event (Connect). */
  readonly account?: string;
  /** Authentication context needed to fetch the event or related object. */
  readonly context?: string;
}

/** The API request that caused the event. */
export interface StripeEventRequest {
  readonly id?: string | null;
  readonly idempotency_key?: string | null;
}

/** The data of a PaymentIntent event: the PaymentIntent. */
export interface StripePaymentIntentData {
  /** Every payment_intent.* event carries the PaymentIntent. */
  readonly object: StripePaymentIntent;
  readonly previous_attributes?: unknown;
}

/**
 * A PaymentIntent: here, the error of its last confirmation (a payment from a Financial Connections
 * account fails with one of the API error codes).
 */
export interface StripePaymentIntent {
  /** Every PaymentIntent has an id. */
  readonly id: string;
  /** Always payment_intent in Stripe's types. */
  readonly object: string;
  /** In Stripe's PaymentIntent type: the error of the previous confirmation, or null. */
  readonly last_payment_error: StripeLastError | null;
}

/** The data of a SetupIntent event: the SetupIntent. */
export interface StripeSetupIntentData {
  /** Every setup_intent.* event carries the SetupIntent. */
  readonly object: StripeSetupIntent;
  readonly previous_attributes?: unknown;
}

/**
 * A SetupIntent: here, the error of its last confirmation (a payment method made from a Financial
 * Connections account fails with one of the API error codes).
 */
export interface StripeSetupIntent {
  /** Every SetupIntent has an id. */
  readonly id: string;
  /** Always setup_intent in Stripe's types. */
  readonly object: string;
  /** In Stripe's SetupIntent type: the error of the previous confirmation, or null. */
  readonly last_setup_error: StripeLastError | null;
}

/**
 * The error of a PaymentIntent's or SetupIntent's last confirmation (Stripe's LastPaymentError and
 * LastSetupError).
 */
export interface StripeLastError {
  /** Required in Stripe's LastPaymentError and LastSetupError types. */
  readonly type: StripeApiErrorTypeOrUnknown;
  /**
   * For some errors that could be handled programmatically, a short string indicating the error
   * code reported.
   */
  readonly code?: StripeApiErrorCodeOrUnknown;
  /** A human-readable message providing more details about the error. */
  readonly message?: string;
}

/** The data of a Financial Connections Account event: the Account. */
export interface StripeAccountData {
  /** Every financial_connections.account.* event carries the Account. */
  readonly object: StripeAccount;
  readonly previous_attributes?: unknown;
}

/** A Financial Connections Account: its status and status details. */
export interface StripeAccount {
  /** Every Financial Connections Account has an id. */
  readonly id: string;
  /** Always financial_connections.account in Stripe's types. */
  readonly object: string;
  /** Required in Stripe's Account schema and types. */
  readonly status: StripeAccountStatusOrUnknown;
  /** Why the account is, or is about to become, inactive. */
  readonly status_details?: StripeStatusDetails;
}

/**
 * Details of an account's status: active (an upcoming deactivation) in Stripe's SDK types, inactive
 * in its relink guide (public preview).
 */
export interface StripeStatusDetails {
  readonly active?: StripeStatusDetailsEntry;
  readonly inactive?: StripeStatusDetailsEntry;
}

/** The cause of a (coming) deactivation and the action that can repair it. */
export interface StripeStatusDetailsEntry {
  /** Required in Stripe's StatusDetails.Active type. */
  readonly action: StripeStatusDetailsActionOrUnknown;
  /** Required in Stripe's StatusDetails.Active type. */
  readonly cause: StripeStatusDetailsCauseOrUnknown;
  /** When the Account is expected to become inactive (seconds since the Unix epoch). */
  readonly expected_deactivation_date?: number;
}

/** The state of the most recent refresh attempt. */
export interface StripeRefresh {
  /** Required in Stripe's refresh schemas. */
  readonly status: StripeRefreshStatusOrUnknown;
  readonly last_attempted_at?: number;
  readonly next_refresh_available_at?: number | null;
  readonly id?: string;
}

/** The data of a balance refresh event: the Account with its balance_refresh. */
export interface StripeAccountBalanceRefreshedData {
  /** The event carries the Account. */
  readonly object: StripeAccountBalanceRefreshed;
  readonly previous_attributes?: unknown;
}

/** A Financial Connections Account whose balance_refresh reports the refresh that ended. */
export interface StripeAccountBalanceRefreshed {
  /** Every Financial Connections Account has an id. */
  readonly id: string;
  /** Always financial_connections.account in Stripe's types. */
  readonly object: string;
  /** Required in Stripe's Account schema and types. */
  readonly status: StripeAccountStatusOrUnknown;
  /**
   * The event reports the end of the balance_refresh (the refresh is null on accounts never
   * refreshed, but an account refreshed has one).
   */
  readonly balance_refresh: StripeRefresh | null;
}

/** The data of a ownership refresh event: the Account with its ownership_refresh. */
export interface StripeAccountOwnershipRefreshedData {
  /** The event carries the Account. */
  readonly object: StripeAccountOwnershipRefreshed;
  readonly previous_attributes?: unknown;
}

/** A Financial Connections Account whose ownership_refresh reports the refresh that ended. */
export interface StripeAccountOwnershipRefreshed {
  /** Every Financial Connections Account has an id. */
  readonly id: string;
  /** Always financial_connections.account in Stripe's types. */
  readonly object: string;
  /** Required in Stripe's Account schema and types. */
  readonly status: StripeAccountStatusOrUnknown;
  /**
   * The event reports the end of the ownership_refresh (the refresh is null on accounts never
   * refreshed, but an account refreshed has one).
   */
  readonly ownership_refresh: StripeRefresh | null;
}

/** The data of a transaction refresh event: the Account with its transaction_refresh. */
export interface StripeAccountTransactionsRefreshedData {
  /** The event carries the Account. */
  readonly object: StripeAccountTransactionsRefreshed;
  readonly previous_attributes?: unknown;
}

/** A Financial Connections Account whose transaction_refresh reports the refresh that ended. */
export interface StripeAccountTransactionsRefreshed {
  /** Every Financial Connections Account has an id. */
  readonly id: string;
  /** Always financial_connections.account in Stripe's types. */
  readonly object: string;
  /** Required in Stripe's Account schema and types. */
  readonly status: StripeAccountStatusOrUnknown;
  /**
   * The event reports the end of the transaction_refresh (the refresh is null on accounts never
   * refreshed, but an account refreshed has one).
   */
  readonly transaction_refresh: StripeRefresh | null;
}

/** The data of a Financial Connections Authorization event: the Authorization. */
export interface StripeAuthorizationData {
  /** Every financial_connections.authorization.* event carries the Authorization. */
  readonly object: StripeAuthorization;
  readonly previous_attributes?: unknown;
}

/** A Financial Connections Authorization: its status and status details. */
export interface StripeAuthorization {
  /** Every Financial Connections Authorization has an id. */
  readonly id: string;
  /** Always financial_connections.authorization in Stripe's types. */
  readonly object: string;
  readonly account_holder?: unknown | null;
  readonly institution_name?: string;
  readonly livemode?: boolean;
  /** Required in Stripe's Authorization type. */
  readonly status: StripeAuthorizationStatusOrUnknown;
  /** Why the Authorization is, or is about to become, inactive. */
  readonly status_details?: StripeAuthorizationStatusDetails;
}

/**
 * Details of an Authorization's status: active (an upcoming deactivation), inactive (whether it can
 * be relinked).
 */
export interface StripeAuthorizationStatusDetails {
  readonly active?: StripeAuthorizationActive;
  readonly inactive?: StripeAuthorizationInactive;
}

/** An active Authorization's coming deactivation and the action that can prevent it. */
export interface StripeAuthorizationActive {
  /** Required in Stripe's Authorization.StatusDetails.Active type. */
  readonly action: StripeStatusDetailsActionOrUnknown;
  /** When the Authorization is expected to become inactive (seconds since the Unix epoch). */
  readonly expected_deactivation_date?: number;
}

/** Why an inactive Authorization can or cannot be relinked. */
export interface StripeAuthorizationInactive {
  /** Required in Stripe's Authorization.StatusDetails.Inactive type. */
  readonly action: StripeStatusDetailsActionOrUnknown;
}

/** An API error response body. */
export interface StripeErrorResponse {
  /** The body wraps the error object in error. */
  readonly error: StripeApiError;
}

/** Stripe's APIErrors object. */
export interface StripeApiError {
  /** The only required property of Stripe's APIErrors schema. */
  readonly type: StripeApiErrorTypeOrUnknown;
  /**
   * For some errors that could be handled programmatically, a short string indicating the error
   * code reported.
   */
  readonly code?: StripeApiErrorCodeOrUnknown;
  readonly message?: string;
  readonly param?: string;
  readonly doc_url?: string;
  readonly request_log_url?: string;
  readonly decline_code?: string;
  readonly charge?: string;
  readonly payment_method_type?: string;
  readonly payment_intent?: unknown;
  readonly payment_method?: unknown;
  readonly setup_intent?: unknown;
  readonly source?: unknown;
}

/**
 * A Financial Connections Account: the link to one account at an institution, with its status, its
 * refreshes and its account numbers.
 */
export interface StripeFcAccount {
  /** Required in Stripe's Account schema: every Account has an id (fca_…). */
  readonly id: string;
  /**
   * Required in Stripe's Account schema; its one value names the object (the API reference renders
   * some pages with the legacy name linked_account, which Stripe's types do not allow).
   */
  readonly object: "financial_connections.account" | (string & {});
  /** The customer or Stripe account the account belongs to. */
  readonly account_holder?: unknown | null;
  /**
   * The account's numbers, each with its status (newer than the 2023 OpenAPI description; in
   * Stripe's current types).
   */
  readonly account_numbers?: ReadonlyArray<StripeFcAccountNumber> | null;
  /** The most recent information about the account's balance. */
  readonly balance?: unknown | null;
  /** The state of the most recent attempt to refresh the account balance. */
  readonly balance_refresh?: StripeFcRefresh | null;
  /** Required in Stripe's Account schema: cash, credit, investment or other. */
  readonly category: string;
  /** Required in Stripe's Account schema (seconds since the Unix epoch). */
  readonly created: number;
  readonly display_name?: string | null;
  /** Required in Stripe's Account schema: the name of the institution that holds the account. */
  readonly institution_name: string;
  readonly last4?: string | null;
  /** Required in Stripe's Account schema. */
  readonly livemode: boolean;
  /** The id of the account's ownership object, or that object expanded. */
  readonly ownership?: unknown | null;
  /** The state of the most recent attempt to refresh the account owners. */
  readonly ownership_refresh?: StripeFcRefresh | null;
  readonly permissions?: ReadonlyArray<string> | null;
  /** Required in Stripe's Account schema: the status of the link to the account. */
  readonly status: StripeAccountStatusOrUnknown;
  /** Why the account is, or is about to become, inactive. */
  readonly status_details?: StripeFcStatusDetails;
  /** Required in Stripe's Account schema. */
  readonly subcategory: string;
  /** The data subscribed to for periodic refreshes (transactions). */
  readonly subscriptions?: ReadonlyArray<string> | null;
  /** Required in Stripe's Account schema: link, us_bank_account. */
  readonly supported_payment_method_types: ReadonlyArray<string>;
  /** The state of the most recent attempt to refresh the account's transactions. */
  readonly transaction_refresh?: StripeFcRefresh | null;
}

/**
 * The state of the most recent attempt to refresh the account's balance, ownership or transactions.
 */
export interface StripeFcRefresh {
  /** Required in Stripe's refresh schemas: the status of the last refresh attempt. */
  readonly status: StripeRefreshStatusOrUnknown;
  /**
   * Required in Stripe's refresh schemas: the time of the last attempt (seconds since the Unix
   * epoch).
   */
  readonly last_attempted_at: number;
  /**
   * When the next refresh may be asked for; null while the refresh is pending (absent from the API
   * reference's refresh example).
   */
  readonly next_refresh_available_at?: number | null;
  /** The transaction refresh's id (transaction_refresh only). */
  readonly id?: string;
}

/**
 * Details of an account's status: active (an upcoming deactivation) in Stripe's SDK types, inactive
 * in its relink guide (public preview).
 */
export interface StripeFcStatusDetails {
  readonly active?: StripeFcStatusDetailsEntry;
  readonly inactive?: StripeFcStatusDetailsEntry;
}

/** The cause of a (coming) deactivation and the action that can repair it. */
export interface StripeFcStatusDetailsEntry {
  /**
   * Required in Stripe's StatusDetails.Active type; the relink guide names it for inactive
   * accounts.
   */
  readonly action: StripeStatusDetailsActionOrUnknown;
  /**
   * Required in Stripe's StatusDetails.Active type; the relink guide names it for inactive
   * accounts.
   */
  readonly cause: StripeStatusDetailsCauseOrUnknown;
  /** When the Account is expected to become inactive (seconds since the Unix epoch). */
  readonly expected_deactivation_date?: number;
}

/** An account number of the account (Stripe's AccountNumber type). */
export interface StripeFcAccountNumber {
  /** Required in Stripe's AccountNumber type: whether the number is usable for transactions. */
  readonly status: StripeAccountNumberStatusOrUnknown;
  /** account_number or tokenized_account_number. */
  readonly identifier_type?: string;
  /** When the account number is expected to expire, if applicable. */
  readonly expected_expiry_date?: number | null;
  /** The networks the number can be used on (ach). */
  readonly supported_networks?: ReadonlyArray<string>;
}

/** A Financial Connections Session: the authentication flow that links accounts. */
export interface StripeFcSession {
  /** Required in Stripe's Session schema (fcsess_…). */
  readonly id: string;
  /** Required in Stripe's Session schema; its one value names the object. */
  readonly object: "financial_connections.session" | (string & {});
  /** The customer or Stripe account the accounts will belong to. */
  readonly account_holder?: unknown | null;
  /**
   * Required in Stripe's Session schema: the accounts that were collected as part of this Session.
   */
  readonly accounts: StripeSessionAccountList;
  /** A bank account token, where one was asked for. */
  readonly bank_account_token?: unknown;
  /** Required in Stripe's Session schema: the secret the client-side flow is launched with. */
  readonly client_secret: string | null;
  /** Filters applied to the Session's accounts. */
  readonly filters?: unknown;
  readonly limits?: unknown;
  /** Required in Stripe's Session schema. */
  readonly livemode: boolean;
  readonly manual_entry?: unknown;
  /** Required in Stripe's Session schema: the permissions asked for. */
  readonly permissions: ReadonlyArray<string>;
  /** The data to retrieve as soon as the accounts are linked. */
  readonly prefetch?: ReadonlyArray<string> | null;
  readonly return_url?: string;
}

/** The list of the accounts a Session linked. */
export interface StripeSessionAccountList {
  /** Stripe's lists are {object: list, data, has_more, url}. */
  readonly object: string;
  /**
   * Stripe's lists are {object: list, data, has_more, url}: here, Financial Connections Accounts.
   */
  readonly data: ReadonlyArray<StripeSessionAccount>;
  /** Stripe's lists are {object: list, data, has_more, url}. */
  readonly has_more: boolean;
  readonly total_count?: number;
  /** Stripe's lists are {object: list, data, has_more, url}. */
  readonly url: string;
}

/**
 * A Financial Connections Account: the link to one account at an institution, with its status, its
 * refreshes and its account numbers.
 */
export interface StripeSessionAccount {
  /** Required in Stripe's Account schema: every Account has an id (fca_…). */
  readonly id: string;
  /**
   * Required in Stripe's Account schema; its one value names the object (the API reference renders
   * some pages with the legacy name linked_account, which Stripe's types do not allow).
   */
  readonly object: "financial_connections.account" | (string & {});
  /** The customer or Stripe account the account belongs to. */
  readonly account_holder?: unknown | null;
  /**
   * The account's numbers, each with its status (newer than the 2023 OpenAPI description; in
   * Stripe's current types).
   */
  readonly account_numbers?: ReadonlyArray<StripeSessionAccountNumber> | null;
  /** The most recent information about the account's balance. */
  readonly balance?: unknown | null;
  /** The state of the most recent attempt to refresh the account balance. */
  readonly balance_refresh?: StripeSessionRefresh | null;
  /** Required in Stripe's Account schema: cash, credit, investment or other. */
  readonly category: string;
  /** Required in Stripe's Account schema (seconds since the Unix epoch). */
  readonly created: number;
  readonly display_name?: string | null;
  /** Required in Stripe's Account schema: the name of the institution that holds the account. */
  readonly institution_name: string;
  readonly last4?: string | null;
  /** Required in Stripe's Account schema. */
  readonly livemode: boolean;
  /** The id of the account's ownership object, or that object expanded. */
  readonly ownership?: unknown | null;
  /** The state of the most recent attempt to refresh the account owners. */
  readonly ownership_refresh?: StripeSessionRefresh | null;
  readonly permissions?: ReadonlyArray<string> | null;
  /** Required in Stripe's Account schema: the status of the link to the account. */
  readonly status: StripeAccountStatusOrUnknown;
  /** Why the account is, or is about to become, inactive. */
  readonly status_details?: StripeSessionStatusDetails;
  /** Required in Stripe's Account schema. */
  readonly subcategory: string;
  /** The data subscribed to for periodic refreshes (transactions). */
  readonly subscriptions?: ReadonlyArray<string> | null;
  /** Required in Stripe's Account schema: link, us_bank_account. */
  readonly supported_payment_method_types: ReadonlyArray<string>;
  /** The state of the most recent attempt to refresh the account's transactions. */
  readonly transaction_refresh?: StripeSessionRefresh | null;
}

/**
 * The state of the most recent attempt to refresh the account's balance, ownership or transactions.
 */
export interface StripeSessionRefresh {
  /** Required in Stripe's refresh schemas: the status of the last refresh attempt. */
  readonly status: StripeRefreshStatusOrUnknown;
  /**
   * Required in Stripe's refresh schemas: the time of the last attempt (seconds since the Unix
   * epoch).
   */
  readonly last_attempted_at: number;
  /**
   * When the next refresh may be asked for; null while the refresh is pending (absent from the API
   * reference's refresh example).
   */
  readonly next_refresh_available_at?: number | null;
  /** The transaction refresh's id (transaction_refresh only). */
  readonly id?: string;
}

/**
 * Details of an account's status: active (an upcoming deactivation) in Stripe's SDK types, inactive
 * in its relink guide (public preview).
 */
export interface StripeSessionStatusDetails {
  readonly active?: StripeSessionStatusDetailsEntry;
  readonly inactive?: StripeSessionStatusDetailsEntry;
}

/** The cause of a (coming) deactivation and the action that can repair it. */
export interface StripeSessionStatusDetailsEntry {
  /**
   * Required in Stripe's StatusDetails.Active type; the relink guide names it for inactive
   * accounts.
   */
  readonly action: StripeStatusDetailsActionOrUnknown;
  /**
   * Required in Stripe's StatusDetails.Active type; the relink guide names it for inactive
   * accounts.
   */
  readonly cause: StripeStatusDetailsCauseOrUnknown;
  /** When the Account is expected to become inactive (seconds since the Unix epoch). */
  readonly expected_deactivation_date?: number;
}

/** An account number of the account (Stripe's AccountNumber type). */
export interface StripeSessionAccountNumber {
  /** Required in Stripe's AccountNumber type: whether the number is usable for transactions. */
  readonly status: StripeAccountNumberStatusOrUnknown;
  /** account_number or tokenized_account_number. */
  readonly identifier_type?: string;
  /** When the account number is expected to expire, if applicable. */
  readonly expected_expiry_date?: number | null;
  /** The networks the number can be used on (ach). */
  readonly supported_networks?: ReadonlyArray<string>;
}

/**
 * A Financial Connections Authorization: the end user's authorization at an institution, behind its
 * accounts.
 */
export interface StripeFcAuthorization {
  /** Required in Stripe's Authorization type (fcauth_…). */
  readonly id: string;
  /** Required in Stripe's Authorization type; its one value names the object. */
  readonly object: "financial_connections.authorization" | (string & {});
  /** The account holder the Authorization belongs to (a preview feature). */
  readonly account_holder?: unknown | null;
  /** Required in Stripe's Authorization type. */
  readonly institution_name: string;
  /** Required in Stripe's Authorization type. */
  readonly livemode: boolean;
  /** Required in Stripe's Authorization type: the status of the connection to the Authorization. */
  readonly status: StripeAuthorizationStatusOrUnknown;
  /** Required in Stripe's Authorization type (an empty object when there is nothing to say). */
  readonly status_details: StripeFcAuthorizationStatusDetails;
}

/**
 * Details of an Authorization's status: active (an upcoming deactivation), inactive (whether it can
 * be relinked).
 */
export interface StripeFcAuthorizationStatusDetails {
  readonly active?: StripeFcAuthorizationActive;
  readonly inactive?: StripeFcAuthorizationInactive;
}

/** An active Authorization's coming deactivation and the action that can prevent it. */
export interface StripeFcAuthorizationActive {
  /**
   * Required in Stripe's Authorization.StatusDetails.Active type: the action (if any) to
   * proactively relink the Authorization.
   */
  readonly action: StripeStatusDetailsActionOrUnknown;
  /** When the Authorization is expected to become inactive, if applicable. */
  readonly expected_deactivation_date?: number;
}

/** Why an inactive Authorization can or cannot be relinked. */
export interface StripeFcAuthorizationInactive {
  /**
   * Required in Stripe's Authorization.StatusDetails.Inactive type: the action (if any) to relink
   * the inactive Authorization.
   */
  readonly action: StripeStatusDetailsActionOrUnknown;
}

/** A transaction of a Financial Connections Account. */
export interface StripeFcTransaction {
  /** Required in Stripe's Transaction type (fctxn_…). */
  readonly id: string;
  /** Required in Stripe's Transaction type; its one value names the object. */
  readonly object: "financial_connections.transaction" | (string & {});
  /** Required in Stripe's Transaction type: the Account it belongs to. */
  readonly account: string;
  /** Required in Stripe's Transaction type: the amount, in cents (or local equivalent). */
  readonly amount: number;
  /** Required in Stripe's Transaction type. */
  readonly currency: string;
  /** Required in Stripe's Transaction type. */
  readonly description: string;
  /** Required in Stripe's Transaction type. */
  readonly livemode: boolean;
  /** Required in Stripe's Transaction type: the status of the transaction. */
  readonly status: StripeTransactionStatusOrUnknown;
  /** Required in Stripe's Transaction type. */
  readonly status_transitions: StripeFcTransactionStatusTransitions;
  /** Required in Stripe's Transaction type (seconds since the Unix epoch). */
  readonly transacted_at: number;
  /**
   * Required in Stripe's Transaction type: the token of the transaction refresh that last updated
   * or created it.
   */
  readonly transaction_refresh: string;
  /** Required in Stripe's Transaction type (seconds since the Unix epoch). */
  readonly updated: number;
}

/** When the transaction's status changed. */
export interface StripeFcTransactionStatusTransitions {
  /** Required (nullable) in Stripe's StatusTransitions type: when the transaction posted. */
  readonly posted_at: number | null;
  /** Required (nullable) in Stripe's StatusTransitions type: when the transaction was voided. */
  readonly void_at: number | null;
}

/** The variant whose webhook_type is LINK: the fields of Envelope and its own. */
export interface BelvoLinkWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "LINK";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** A LINK webhook reports the error that stopped the link's refresh. */
  readonly data: BelvoLinkErrorData;
}

/** The variant whose webhook_type is PAYMENT_INTENTS: the fields of Envelope and its own. */
export interface BelvoPaymentIntentsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "PAYMENT_INTENTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  readonly data?: BelvoPaymentStatusData;
}

/** The variant whose webhook_type is ACCOUNTS: the fields of Envelope and its own. */
export interface BelvoAccountsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "ACCOUNTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is TRANSACTIONS: the fields of Envelope and its own. */
export interface BelvoTransactionsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "TRANSACTIONS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is CHARGES: the fields of Envelope and its own. */
export interface BelvoChargesWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "CHARGES";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is ENROLLMENTS: the fields of Envelope and its own. */
export interface BelvoEnrollmentsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "ENROLLMENTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is BANK_ACCOUNTS: the fields of Envelope and its own. */
export interface BelvoBankAccountsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "BANK_ACCOUNTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is CUSTOMERS: the fields of Envelope and its own. */
export interface BelvoCustomersWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "CUSTOMERS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is PAYMENT_AUTHORIZATIONS: the fields of Envelope and its own. */
export interface BelvoPaymentAuthorizationsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "PAYMENT_AUTHORIZATIONS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is OWNERS: the fields of Envelope and its own. */
export interface BelvoOwnersWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "OWNERS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is INVOICES: the fields of Envelope and its own. */
export interface BelvoInvoicesWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "INVOICES";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is BILLS: the fields of Envelope and its own. */
export interface BelvoBillsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "BILLS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is RECURRING_EXPENSES: the fields of Envelope and its own. */
export interface BelvoRecurringExpensesWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "RECURRING_EXPENSES";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is RISK_INSIGHTS: the fields of Envelope and its own. */
export interface BelvoRiskInsightsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "RISK_INSIGHTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is INCOMES: the fields of Envelope and its own. */
export interface BelvoIncomesWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "INCOMES";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The variant whose webhook_type is INVESTMENTS: the fields of Envelope and its own. */
export interface BelvoInvestmentsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "INVESTMENTS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/**
 * The variant whose webhook_type is INVESTMENT_TRANSACTIONS: the fields of Envelope and its own.
 */
export interface BelvoInvestmentTransactionsWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: "INVESTMENT_TRANSACTIONS";
  /**
   * Belvo names the event by its webhook_code within its webhook_type (its webhooks' parameter
   * tables).
   */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/**
 * Any other webhook_type, without a schema here: the fields of Envelope. What `default:` receives
 * after a `case` for each `webhook_type` with a variant; there its `webhook_type` reads as a
 * string.
 */
export interface BelvoOtherWebhook {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: UnknownTag;
  /** Required in Belvo's parameter tables: the event. */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The fields every Belvo webhook shares (the core payload). */
export interface BelvoEnvelope {
  /** Belvo's parameter tables mark it required: the Belvo webhook ID. */
  readonly webhook_id: string;
  /** Required in Belvo's parameter tables: the resource the webhook relates to. */
  readonly webhook_type: BelvoWebhookTypeOrUnknown;
  /** Required in Belvo's parameter tables: the event. */
  readonly webhook_code: BelvoWebhookCodeOrUnknown;
  /** Why the webhook was sent (aggregation webhooks). */
  readonly process_type?: BelvoProcessTypeOrUnknown;
  /** The link the webhook is about (aggregation webhooks). */
  readonly link_id?: string;
  /** The id of the object the webhook is about (payments webhooks). */
  readonly object_id?: string;
  readonly request_id?: string;
  /** The integrator's external ID for the link, if it provided one. */
  readonly external_id?: string | null;
  /** The contents of the webhook, by webhook type. */
  readonly data?: unknown;
}

/** The data of a LINK webhook: the error Belvo met refreshing the link. */
export interface BelvoLinkErrorData {
  /** Belvo's LINK example carries it: the webhook event error. */
  readonly error_code: BelvoErrorCodeOrUnknown;
  /** Descriptive message of the error. */
  readonly error_message?: string;
  /** The HTTP status of the error (400 in Belvo's example). */
  readonly status?: number;
}

/**
 * The data of a PAYMENT_INTENTS STATUS_UPDATE webhook: the new status and, on failure, its code and
 * message.
 */
export interface BelvoPaymentStatusData {
  readonly status?: string;
  readonly metadata?: unknown;
  readonly failure_code?: BelvoPaymentFailureCodeOrUnknown | null;
  readonly failure_message?: string | null;
  readonly end_to_end_id?: string | null;
}

/** An error object. */
export interface BelvoErrorObject {
  /** A unique code for the error, which Belvo asks integrators to handle. */
  readonly code: BelvoErrorCodeOrUnknown;
  /** Human-readable description of the error. */
  readonly message?: string;
  /** A unique ID for the request, to share with Belvo's support team. */
  readonly request_id?: string;
  /** The specific field in the request body that has an issue (optional). */
  readonly field?: string;
  /**
   * 428 token_required: the login session to resume, with the token (32 hexadecimal characters).
   */
  readonly session?: string;
  /**
   * 428 token_required: the session's duration, in seconds: a number in the errors page's and the
   * OpenAPI's examples (9600), a string in the MFA guide's ("720").
   */
  readonly expiry?: unknown;
  /** 428 token_required: the link being created or refreshed. */
  readonly link?: string;
  /** 428 token_required: how to generate the token. */
  readonly token_generation_data?: BelvoTokenGenerationData;
  /**
   * duplicated: the end user's identifier at the institution, which finds the link already made.
   */
  readonly institution_user_id?: string;
}

/** How to generate the token an institution asks for (428 token_required). */
export interface BelvoTokenGenerationData {
  readonly instructions?: string;
  /** The kind of data to generate the token from (a QR code, a numeric challenge). */
  readonly type?: string;
  readonly value?: string;
  /**
   * false when the user confirms the login on another device or scans a QR code rather than
   * entering a token.
   */
  readonly expects_user_input?: boolean;
}

/** A link. */
export interface BelvoLink {
  /** Belvo's unique ID for the link. */
  readonly id?: string;
  /** Belvo's name for the institution. */
  readonly institution?: string;
  /** single or recurrent. */
  readonly access_mode?: string | null;
  /** Belvo's most recent successful access to the institution for the link. */
  readonly last_accessed_at?: string | null;
  readonly created_at?: string;
  /** The integrator's own identifier for the link. */
  readonly external_id?: string | null;
  /**
   * A 44-character identifier of the end user at the institution (only for links created after
   * 08-02-2022, as Belvo writes the date).
   */
  readonly institution_user_id?: string;
  /** The link's status, which Belvo's Link schema lists and which says whether the link works. */
  readonly status: BelvoLinkStatusOrUnknown;
  /** The user that created the link. */
  readonly created_by?: string;
  /** How often a recurrent link is refreshed (6h, 12h, 24h, 7d, 30d; null for single links). */
  readonly refresh_rate?: string | null;
}

/** The variant whose type is payment_authorized: the fields of Envelope and its own. */
export interface TrueLayerPaymentAuthorizedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_authorized";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly authorized_at?: string;
}

/** The variant whose type is payment_executed: the fields of Envelope and its own. */
export interface TrueLayerPaymentExecutedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_executed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly executed_at?: string;
  readonly payment_method?: unknown;
  readonly settlement_risk?: unknown;
}

/** The variant whose type is payment_settled: the fields of Envelope and its own. */
export interface TrueLayerPaymentSettledWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_settled";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly settled_at?: string;
  readonly payment_method?: unknown;
  readonly payment_source?: unknown;
  readonly settlement_risk?: unknown;
}

/** The variant whose type is payment_creditable: the fields of Envelope and its own. */
export interface TrueLayerPaymentCreditableWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_creditable";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly creditable_at?: string;
}

/** The variant whose type is payment_settlement_stalled: the fields of Envelope and its own. */
export interface TrueLayerPaymentSettlementStalledWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_settlement_stalled";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly settlement_stalled_at?: string;
}

/** The variant whose type is payment_failed: the fields of Envelope and its own. */
export interface TrueLayerPaymentFailedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_failed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_id?: string;
  readonly failed_at?: string;
  readonly failure_stage?: TrueLayerFailureStageOrUnknown;
  /** Why the payment failed; the PHP client reads it as nullable. */
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown | null;
  readonly payment_method?: unknown;
  readonly payment_source?: unknown;
}

/** The variant whose type is mandate_authorized: the fields of Envelope and its own. */
export interface TrueLayerMandateAuthorizedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "mandate_authorized";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly mandate_id?: string;
  readonly authorized_at?: string;
}

/** The variant whose type is mandate_failed: the fields of Envelope and its own. */
export interface TrueLayerMandateFailedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "mandate_failed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly mandate_id?: string;
  readonly failed_at?: string;
  readonly failure_stage?: TrueLayerFailureStageOrUnknown;
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown;
}

/** The variant whose type is mandate_revoked: the fields of Envelope and its own. */
export interface TrueLayerMandateRevokedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "mandate_revoked";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly mandate_id?: string;
  readonly revoked_at?: string;
  /** Who revoked the mandate. */
  readonly revocation_source?: "client" | "provider" | (string & {});
}

/** The variant whose type is payment_link_payment_created: the fields of Envelope and its own. */
export interface TrueLayerPaymentLinkPaymentCreatedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_link_payment_created";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_link_id?: string;
  readonly payment?: unknown;
}

/** The variant whose type is payment_link_disabled: the fields of Envelope and its own. */
export interface TrueLayerPaymentLinkDisabledWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payment_link_disabled";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payment_link_id?: string;
  /** Why the link was disabled (expired or fulfilled in the copy read). */
  readonly disabled_reason?: string;
  readonly disabled_at?: string;
}

/** The variant whose type is payout_executed: the fields of Envelope and its own. */
export interface TrueLayerPayoutExecutedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payout_executed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payout_id?: string;
  readonly executed_at?: string;
  readonly beneficiary?: unknown;
  readonly scheme_id?: string;
}

/** The variant whose type is payout_failed: the fields of Envelope and its own. */
export interface TrueLayerPayoutFailedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "payout_failed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly payout_id?: string;
  readonly failed_at?: string;
  readonly failure_reason?: TrueLayerPayoutFailureReasonOrUnknown;
  readonly beneficiary?: unknown;
}

/** The variant whose type is refund_executed: the fields of Envelope and its own. */
export interface TrueLayerRefundExecutedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "refund_executed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly refund_id?: string;
  readonly payment_id?: string;
  readonly executed_at?: string;
  /** The payment scheme that carried the refund. */
  readonly scheme_id?: string;
}

/** The variant whose type is refund_failed: the fields of Envelope and its own. */
export interface TrueLayerRefundFailedWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "refund_failed";
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
  readonly refund_id?: string;
  readonly payment_id?: string;
  readonly failed_at?: string;
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface TrueLayerOtherWebhook {
  /** The type of the event routes the webhook. */
  readonly type: "external_payment_received" | "mandate_remitter_changed" | "mandate_initial_payment_created" | UnknownTag;
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
}

/** The fields every Payments API v3 webhook shares. */
export interface TrueLayerEnvelope {
  /** The type of the event routes the webhook. */
  readonly type: TrueLayerWebhookTypeOrUnknown;
  /**
   * A UUID for the event, its deduplication key. TrueLayer's mandate_authorized example leaves it
   * out.
   */
  readonly event_id?: string;
  /**
   * The version of the event schema: a string in TrueLayer's field tables, a number in its
   * examples.
   */
  readonly event_version?: unknown;
  /** Custom key-value data supplied when the resource was created. */
  readonly metadata?: unknown;
}

/** A problem details error response. */
export interface TrueLayerProblem {
  /**
   * A problem details response names its type: a link to TrueLayer's documentation of the error.
   */
  readonly type: string;
  /** The title names the error type, which decides the outcome. */
  readonly title: TrueLayerPaymentsErrorOrUnknown | TrueLayerDataApiV3ErrorOrUnknown;
  /** The HTTP status of the response. */
  readonly status: number;
  /** TrueLayer's trace identifier of the request, to give Support. */
  readonly trace_id?: string;
  /** What went wrong in this request. */
  readonly detail?: string;
  readonly instance?: string;
  /** For Invalid Parameters: each invalid field or header with its descriptions. */
  readonly errors?: unknown;
}

/** A payment and where it stands. */
export interface TrueLayerPayment {
  /** Every payment has an id. */
  readonly id: string;
  /** The amount, in the currency's minor unit; with the payment method it tells a payment apart. */
  readonly amount_in_minor: number;
  /** The currency of the amount. */
  readonly currency: string;
  readonly user?: unknown;
  /** How the payment is made (bank_transfer or mandate) and to whom; it tells a payment apart. */
  readonly payment_method: unknown;
  readonly created_at?: string;
  /** Where the payment stands. */
  readonly status: TrueLayerPaymentStatusOrUnknown;
  /** The authorisation flow's next action and configuration. */
  readonly authorization_flow?: unknown;
  readonly authorized_at?: string;
  readonly executed_at?: string;
  readonly settled_at?: string;
  readonly failed_at?: string;
  readonly creditable_at?: string;
  /** The status the payment was in when it failed. */
  readonly failure_stage?: TrueLayerFailureStageOrUnknown;
  /** Why the payment failed. */
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown;
  readonly payment_source?: unknown;
  readonly settlement_risk?: unknown;
  /** Custom key-value data supplied when the payment was created. */
  readonly metadata?: unknown;
}

/** A payout and where it stands. */
export interface TrueLayerPayout {
  /** Every payout has an id. */
  readonly id: string;
  /** The merchant account the payout is paid from; it tells a payout apart. */
  readonly merchant_account_id: string;
  /** The amount, in the currency's minor unit. */
  readonly amount_in_minor: number;
  /** The currency of the amount. */
  readonly currency: string;
  /** Whom the payout is paid to (an external account, a payment source, a business account). */
  readonly beneficiary: unknown;
  /** The payment scheme that carries the payout. */
  readonly scheme_id?: string;
  /** Where the payout stands. */
  readonly status: TrueLayerPayoutStatusOrUnknown;
  readonly user?: unknown;
  readonly created_at?: string;
  readonly authorized_at?: string;
  readonly executed_at?: string;
  readonly failed_at?: string;
  /** Why the payout failed. */
  readonly failure_reason?: TrueLayerPayoutFailureReasonOrUnknown;
  /** Custom key-value data supplied when the payout was created. */
  readonly metadata?: unknown;
}

/** A refund and where it stands. */
export interface TrueLayerRefund {
  /** Every refund has an id. */
  readonly id: string;
  /** The amount, in the currency's minor unit. */
  readonly amount_in_minor: number;
  /** The currency of the amount. */
  readonly currency: string;
  /** The reference the refund is paid with; with the amount it tells a refund apart. */
  readonly reference: string;
  /** Where the refund stands. */
  readonly status: TrueLayerRefundStatusOrUnknown;
  readonly created_at?: string;
  readonly executed_at?: string;
  readonly failed_at?: string;
  /**
   * Why the refund failed: the refund failure reasons of TrueLayer's payout and refund statuses
   * page are in no copy read, so it is read as a payment's, as the refund_failed webhook's is.
   */
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown;
  /** Custom key-value data supplied when the refund was created. */
  readonly metadata?: unknown;
}

/** A mandate and where it stands. */
export interface TrueLayerMandate {
  /** Every mandate has an id. */
  readonly id: string;
  /** The kind of mandate (sweeping in the clients' tests). */
  readonly type?: string;
  /** Where the mandate stands. */
  readonly status: TrueLayerMandateStatusOrUnknown;
  readonly currency?: string;
  /** Whom the mandate's payments are paid to. */
  readonly beneficiary: unknown;
  /** The limits the mandate's payments keep to; they tell a mandate apart. */
  readonly constraints: unknown;
  readonly reference?: string;
  readonly provider_selection?: unknown;
  readonly remitter?: unknown;
  readonly user?: unknown;
  /** The authorisation flow's next action. */
  readonly authorization_flow?: unknown;
  readonly created_at?: string;
  readonly authorized_at?: string;
  readonly failed_at?: string;
  readonly revoked_at?: string;
  /** The status the mandate was in when it failed. */
  readonly failure_stage?: TrueLayerFailureStageOrUnknown;
  /** Why the mandate failed. */
  readonly failure_reason?: TrueLayerFailureReasonOrUnknown;
  /** Who revoked the mandate. */
  readonly revocation_source?: "client" | "provider" | (string & {});
  /** Custom key-value data supplied when the mandate was created. */
  readonly metadata?: unknown;
}

/** A Data API v1 error response. */
export interface TrueLayerDataApiErrorBody {
  /** The error code. */
  readonly error: TrueLayerDataApiErrorOrUnknown;
  /**
   * What went wrong; the error table's advice points to it ("You can check for more details in the
   * error description").
   */
  readonly error_description?: string;
  readonly error_details?: unknown;
}

/** An OBErrorResponse1 body. */
export interface UkobErrorResponse {
  /**
   * The high-level textual error code ("400 BadRequest"): required in v3.1, deprecated and optional
   * in v4.
   */
  readonly Code?: string;
  /** A unique reference for the error instance, for audit purposes. */
  readonly Id?: string;
  /** A brief error message: required in v3.1, deprecated and optional in v4. */
  readonly Message?: string;
  /** Required by OBErrorResponse1, with at least one error. */
  readonly Errors: ReadonlyArray<UkobError>;
}

/** One error of the response (OBError1). */
export interface UkobError {
  /**
   * v3.1: a UK.OBIE error code. v4: an OBExternalStatusReason1Code value, Open Banking's own
   * (U000-U042, the numeric codes) or an ISO 20022 status reason. Required by OBError1 (v3.1 and
   * v4).
   */
  readonly ErrorCode: UkobObieErrorCodeOrUnknown | Iso20022StatusReasonOrUnknown;
  /**
   * A description of the error: required in v3.1, optional in v4 (which OBL does not standardise).
   */
  readonly Message?: string;
  readonly Path?: string;
  readonly Url?: string;
}

/** An OBEventNotification2 payload. */
export interface UkobEventNotification {
  /** Issuer. Required (1..1) by OBEventNotification2. */
  readonly iss: string;
  /** Issued At. Required (1..1) by OBEventNotification2. */
  readonly iat: number;
  /** JWT ID. Required (1..1) by OBEventNotification2. */
  readonly jti: string;
  /** Audience. Required (1..1) by OBEventNotification2. */
  readonly aud: string;
  /** Subject. Required (1..1) by OBEventNotification2. */
  readonly sub: string;
  /**
   * Transaction Identifier. A unique identifier for the transaction. Required (1..1) by
   * OBEventNotification2.
   */
  readonly txn: string;
  /** Time of Event. Required (1..1) by OBEventNotification2. */
  readonly toe: number;
  /** Events: each event under its type. Required (1..1) by OBEventNotification2. */
  readonly events: { readonly [key: string]: UkobEvent };
}

/**
 * One event of the notification (OBEventResourceUpdate2, OBEventConsentAuthorizationRevoked1,
 * OBEventAccountAccessConsentLinkedAccountUpdate1).
 */
export interface UkobEvent {
  /** The subject of the event (OBEventSubject1). */
  readonly subject?: { readonly [key: string]: unknown };
  /** Why the event happened, where its class gives a reason. */
  readonly reason?: string;
}

/** A NextGenPSD2 error body (Error4xx_NG_*). */
export interface BerlinGroupErrorResponse {
  readonly tppMessages?: ReadonlyArray<BerlinGroupTppMessage>;
}

/** One message to the TPP. */
export interface BerlinGroupTppMessage {
  /** Required by the file's tppMessage4xx schemas: ERROR or WARNING. */
  readonly category: string;
  /** Required by the file's tppMessage4xx schemas. */
  readonly code: BerlinGroupMessageCodeOrUnknown;
  readonly path?: string;
  readonly text?: string;
}

/** One message to the TPP, given alone. */
export interface BerlinGroupTppMessageAlone {
  /** Required by the file's tppMessage4xx schemas: ERROR or WARNING. */
  readonly category: string;
  /** Required by the file's tppMessage4xx schemas. */
  readonly code: BerlinGroupMessageCodeOrUnknown;
  readonly path?: string;
  readonly text?: string;
}

/** A NextGenPSD2 error body in its RFC 7807 form (Error4xx_*). */
export interface BerlinGroupProblemDetails {
  /**
   * Required by the file's Error4xx_* schemas: a URI reference (RFC 3986) naming the problem type,
   * which the file says NextGenPSD2 will provide in future.
   */
  readonly type: string;
  readonly title?: string;
  readonly detail?: string;
  /** Required by the file's Error4xx_* schemas. */
  readonly code: BerlinGroupMessageCodeOrUnknown;
  readonly additionalErrors?: ReadonlyArray<BerlinGroupAdditionalError>;
}

/**
 * One more error of the same response (the file's error information block in the context of RFC
 * 7807).
 */
export interface BerlinGroupAdditionalError {
  readonly title?: string;
  readonly detail?: string;
  /** Required by the file's error information block. */
  readonly code: BerlinGroupMessageCodeOrUnknown;
}

/** A ResponseErrorListV2 body. */
export interface CdrErrorResponse {
  /** Required by ResponseErrorListV2. */
  readonly errors: ReadonlyArray<CdrError>;
}

/** One error (ErrorV2). */
export interface CdrError {
  /**
   * Required by ErrorV2: the standard's URN, or the Data Holder's own code with the URN in
   * meta.urn.
   */
  readonly code: CdrErrorCodeOrUnknown;
  /** Required by ErrorV2. */
  readonly title: string;
  readonly detail?: string;
  readonly meta?: CdrErrorMeta;
}

/** Where the code is application-specific, the standard's code it stands for. */
export interface CdrErrorMeta {
  readonly urn?: CdrErrorCodeOrUnknown;
}

/** A ResponseErrorUnprocessableEntity body. */
export interface OpenFinanceBrasilErrorResponse {
  /** Required by the 422 error schemas. */
  readonly errors: ReadonlyArray<OpenFinanceBrasilError>;
  readonly meta?: unknown;
}

/** One error. */
export interface OpenFinanceBrasilError {
  /** Required by the 422 error schemas. */
  readonly code: OpenFinanceBrasilPaymentErrorOrUnknown | OpenFinanceBrasilRecurringPaymentErrorOrUnknown | OpenFinanceBrasilRecurringConsentErrorOrUnknown | OpenFinanceBrasilEnrollmentErrorOrUnknown | OpenFinanceBrasilDataConsentCreateErrorOrUnknown | OpenFinanceBrasilDataConsentRenewalErrorOrUnknown | OpenFinanceBrasilDataConsentRevocationErrorOrUnknown;
  /** Required by the 422 error schemas. */
  readonly title: string;
  /** Required by the 422 error schemas. */
  readonly detail: string;
}

/** A Yapily error response (ApiResponseError, ApiErrorResponse, ApiErrorResponseV2). */
export interface YapilyErrorResponse {
  /** Every published error body holds its error in error. */
  readonly error: YapilyError;
  /** Deprecated in ApiResponseError: the raw responses. */
  readonly raw?: unknown;
}

/** The error (ApiError, ErrorDetails). */
export interface YapilyError {
  /** Numeric HTTP status code associated with the error. */
  readonly code?: number;
  /**
   * Textual description of the HTTP error status type (BAD_REQUEST; some examples write NOT FOUND
   * with a space).
   */
  readonly status?: string;
  /** Description of the exact error that has been experienced. */
  readonly message?: string;
  /** Who triggered the failure and therefore can take action to correct it. */
  readonly source?: YapilyErrorSourceOrUnknown;
  /**
   * A unique identifier assigned by Yapily for the request that can be used for support purposes.
   */
  readonly tracingId?: string;
  /** The Yapily support URL where further help and support can be accessed. */
  readonly supportUrl?: string;
  /** Raw error details provided by the Institution, when it was the error source. */
  readonly institutionError?: YapilyInstitutionError;
  /**
   * The enhanced error format: every issue experienced whilst processing the request; each issue's
   * code is to be considered.
   */
  readonly issues?: ReadonlyArray<YapilyIssue>;
}

/** An issue of the enhanced error format (ErrorIssue). */
export interface YapilyIssue {
  /** Required by ErrorIssue: the category of the issue. */
  readonly type: YapilyErrorIssueTypeOrUnknown;
  /** Required by ErrorIssue: the code that uniquely identifies the type of issue. */
  readonly code: YapilyErrorIssueCodeOrUnknown;
  /** The parameter or property of the request the issue relates to (for the body, its JSONPath). */
  readonly parameter?: string;
  /** Human readable description of the issue. */
  readonly message?: string;
  readonly institutionError?: YapilyInstitutionError;
}

/** Raw error details provided by the Institution, when it was the error source. */
export interface YapilyInstitutionError {
  /**
   * Textual description of the Institution error: in every published example, the institution's own
   * error body as a JSON string (a UK Open Banking OBErrorResponse1).
   */
  readonly errorMessage?: string;
  /** Numeric HTTP status code associated with the Institution error. */
  readonly httpStatusCode?: number;
}

/** A ValidationErrorResponse body. */
export interface YapilyValidationErrorResponse {
  /** The errors, one per field. */
  readonly errors?: ReadonlyArray<YapilyFieldError>;
}

/** The error of one field (ValidationError). */
export interface YapilyFieldError {
  /** Required by ValidationError: the name of the field with error. */
  readonly fieldName: string;
  /** Required by ValidationError (an EnumError). */
  readonly error: YapilyValidationErrorOrUnknown;
}

/** An Item: the connection of a user to an institution. */
export interface PluggyItem {
  /** The primary identifier of the Item. */
  readonly id: string;
  /** The current status of the Item. */
  readonly status: PluggyItemStatusOrUnknown;
  /** The current execution status of the Item: why it has its status. */
  readonly executionStatus: PluggyExecutionStatusOrUnknown;
  /** The error details, if the execution finished in an error status; null otherwise. */
  readonly error?: PluggyExecutionError | null;
  /**
   * Per product (accounts, creditCards, transactions, investments, investmentTransactions,
   * identity, paymentData, loans, accountStatements): isUpdated, lastUpdatedAt and warnings; null
   * unless the execution ended in PARTIAL_SUCCESS.
   */
  readonly statusDetail?: unknown | null;
  readonly lastUpdatedAt?: string | null;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  /** The connector (institution) of the Item. */
  readonly connector?: unknown;
  /** In an MFA connection, the extra parameter to ask the user for. */
  readonly parameter?: unknown | null;
  /**
   * What the user must do when the execution status is WAITING_USER_ACTION: instructions, type (qr
   * or authorize-access), attributes, expiresAt.
   */
  readonly userAction?: unknown | null;
  readonly webhookUrl?: string | null;
  readonly clientUserId?: string | null;
  readonly consecutiveFailedLoginAttempts?: number;
  readonly nextAutoSyncAt?: string | null;
  readonly consentExpiresAt?: string | null;
}

/** Why the execution ended in error (ExecutionErrorResult). */
export interface PluggyExecutionError {
  /** The specific execution error code (ExecutionErrorResult.code). */
  readonly code: PluggyExecutionErrorCodeOrUnknown;
  /** A human-readable, short description of the error (ExecutionErrorResult.message). */
  readonly message: string;
  /** The exact error message returned by the institution, if any was provided. */
  readonly providerMessage?: string;
  /** Unstructured properties that give more context, for some cases only. */
  readonly attributes?: unknown;
}

/** The variant whose event is item/error: the fields of Envelope and its own. */
export interface PluggyItemErrorWebhook {
  /** The event routes the notification. */
  readonly event: "item/error";
  /** The primary identifier of the notified event: the key to deduplicate on. */
  readonly eventId: string;
  /** Deprecated: the id of the entity related to the event. */
  readonly id?: string;
  /** The Item the event is about. */
  readonly itemId: string;
  /** Who triggered the event. */
  readonly triggeredBy?: "CLIENT" | "USER" | "SYNC" | "INTERNAL" | (string & {}) | null;
  readonly clientUserId?: string | null;
  readonly clientId?: string;
  /** The object of the item/error event: why the execution ended in error. */
  readonly error: PluggyWebhookItemError;
  readonly data?: unknown;
}

/** The variant whose event is connector/status_updated: the fields of Envelope and its own. */
export interface PluggyConnectorStatusWebhook {
  /** The event routes the notification. */
  readonly event: "connector/status_updated";
  /** The primary identifier of the notified event: the key to deduplicate on. */
  readonly eventId: string;
  /** Deprecated: the id of the entity related to the event. */
  readonly id?: string;
  readonly itemId?: string;
  /** Who triggered the event. */
  readonly triggeredBy?: "CLIENT" | "USER" | "SYNC" | "INTERNAL" | (string & {}) | null;
  readonly clientUserId?: string | null;
  readonly clientId?: string;
  readonly error?: unknown;
  /** The connector's new status. */
  readonly data: PluggyConnectorStatusData;
}

/** The variant whose event is payment_request/updated: the fields of Envelope and its own. */
export interface PluggyPaymentRequestUpdatedWebhook {
  /** The event routes the notification. */
  readonly event: "payment_request/updated";
  /** The primary identifier of the notified event: the key to deduplicate on. */
  readonly eventId: string;
  /** Deprecated: the id of the entity related to the event. */
  readonly id?: string;
  readonly itemId?: string;
  /** Who triggered the event. */
  readonly triggeredBy?: "CLIENT" | "USER" | "SYNC" | "INTERNAL" | (string & {}) | null;
  readonly clientUserId?: string | null;
  readonly clientId?: string;
  readonly error?: unknown;
  /** The payment request's new status. */
  readonly data: PluggyPaymentRequestData;
  /** The payment request the event is about. */
  readonly paymentRequestId: string;
}

/**
 * Any other event, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `event` with a variant; there its `event` reads as a string.
 */
export interface PluggyOtherWebhook {
  /** The event routes the notification. */
  readonly event: "item/created" | "item/updated" | "item/deleted" | "item/waiting_user_input" | "item/waiting_user_action" | "item/login_succeeded" | "transactions/created" | "transactions/updated" | "transactions/deleted" | "payment_intent/created" | "payment_intent/completed" | "payment_intent/waiting_payer_authorization" | "payment_intent/error" | "scheduled_payment/created" | "scheduled_payment/completed" | "scheduled_payment/error" | "scheduled_payment/canceled" | "scheduled_payment/all_completed" | "scheduled_payment/all_created" | "boleto/updated" | "all" | "automatic_pix_payment/created" | "automatic_pix_payment/completed" | "automatic_pix_payment/error" | "automatic_pix_payment/canceled" | "smart_transfer_preauthorization/completed" | "smart_transfer_preauthorization/error" | "smart_transfer_payment/completed" | "smart_transfer_payment/error" | "payment_refund/completed" | "payment_refund/error" | UnknownTag;
  /** The primary identifier of the notified event: the key to deduplicate on. */
  readonly eventId: string;
  /** Deprecated: the id of the entity related to the event. */
  readonly id?: string;
  readonly itemId?: string;
  /** Who triggered the event. */
  readonly triggeredBy?: "CLIENT" | "USER" | "SYNC" | "INTERNAL" | (string & {}) | null;
  readonly clientUserId?: string | null;
  readonly clientId?: string;
  readonly error?: unknown;
  readonly data?: unknown;
}

/** The fields every Pluggy webhook shares, and those of several events. */
export interface PluggyEnvelope {
  /** The event routes the notification. */
  readonly event: PluggyWebhookEventOrUnknown;
  /** The primary identifier of the notified event: the key to deduplicate on. */
  readonly eventId: string;
  /** Deprecated: the id of the entity related to the event. */
  readonly id?: string;
  readonly itemId?: string;
  /** Who triggered the event. */
  readonly triggeredBy?: "CLIENT" | "USER" | "SYNC" | "INTERNAL" | (string & {}) | null;
  readonly clientUserId?: string | null;
  readonly clientId?: string;
  readonly error?: unknown;
  readonly data?: unknown;
}

/** The error of an item/error event. */
export interface PluggyWebhookItemError {
  /** The Item's executionStatus when the execution ended. */
  readonly code: PluggyExecutionErrorCodeOrUnknown | PluggyExecutionStatusOrUnknown;
  /** A short description of the error. */
  readonly message: string;
  readonly parameter?: string;
}

/** The data of a connector/status_updated event. */
export interface PluggyConnectorStatusData {
  /** The connector's new status (ONLINE, UNSTABLE or OFFLINE). */
  readonly status: PluggyConnectorStatusOrUnknown;
}

/** The data of a payment_request/updated event. */
export interface PluggyPaymentRequestData {
  /** The payment request's new status. */
  readonly status: PluggyPaymentRequestStatusOrUnknown;
}

/** The payload of onEvent (ConnectEventPayload). */
export interface PluggyConnectEventPayload {
  /** Every onEvent payload names its event. */
  readonly event: PluggyConnectEventOrUnknown;
  /** Every onEvent payload has its timestamp. */
  readonly timestamp: number;
  /** The connector selected (SELECTED_INSTITUTION). */
  readonly connector?: unknown | null;
  /** The Item (LOGIN_SUCCESS, LOGIN_MFA_SUCCESS, LOGIN_STEP_COMPLETED, ITEM_RESPONSE). */
  readonly item?: PluggyConnectItem;
}

/** What onSuccess ({item}) or onError ({message, data?: {item}}) receives. */
export interface PluggyConnectResult {
  /** onSuccess: the Item connected. */
  readonly item?: PluggyConnectItem;
  /** onError: what went wrong. */
  readonly message?: string;
  /** onError: the Item, when there is one. */
  readonly data?: PluggyConnectErrorData;
}

/** The data of onError. */
export interface PluggyConnectErrorData {
  /** The SDK's type: data?: {item: Item}. */
  readonly item: PluggyConnectItem;
}

/** The Item the widget hands over (pluggy-js's Item). */
export interface PluggyConnectItem {
  /** Every Item has an id. */
  readonly id: string;
  /** The Item's status. */
  readonly status: PluggyItemStatusOrUnknown;
  /** The Item's execution status. */
  readonly executionStatus: PluggyExecutionStatusOrUnknown;
  readonly error?: PluggyConnectItemError | null;
  readonly statusDetail?: unknown | null;
  readonly connector?: unknown;
}

/** The Item's error. */
export interface PluggyConnectItemError {
  /** The specific execution error code. */
  readonly code: PluggyExecutionErrorCodeOrUnknown;
  /** A short description of the error. */
  readonly message: string;
  readonly providerMessage?: string;
  readonly attributes?: unknown;
}

/** An API error response's body. */
export interface FintocFintocApiError {
  /** Fintoc nests the Error object under the error key of every failed request's body. */
  readonly error: FintocErrorObject;
}

/** Fintoc's Error object: what went wrong with a failed request. */
export interface FintocErrorObject {
  /**
   * The type of the error. Every published error has a type; Fintoc's Python and Node clients pick
   * their exception class by it.
   */
  readonly type: FintocErrorTypeOrUnknown;
  /**
   * The particular error that occurred; the Ruby client picks its exception class by it. fintoc-
   * python reads it as optional.
   */
  readonly code?: FintocErrorCodeOrUnknown | null;
  /**
   * Friendly message detailing the error; its text may change for the same code, so Fintoc asks not
   * to use it programmatically.
   */
  readonly message?: string;
  /** The parameter the error is about, where there is one. */
  readonly param?: string | null;
  /** The URL of the documentation associated with the error code. */
  readonly doc_url?: string;
}

/** The variant whose type is payment_intent.succeeded: the fields of Envelope and its own. */
export interface FintocPaymentIntentSucceededEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "payment_intent.succeeded";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is payment_intent for this type. */
  readonly data: FintocEventPaymentIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is payment_intent.rejected: the fields of Envelope and its own. */
export interface FintocPaymentIntentRejectedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "payment_intent.rejected";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is payment_intent for this type. */
  readonly data: FintocEventPaymentIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is payment_intent.expired: the fields of Envelope and its own. */
export interface FintocPaymentIntentExpiredEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "payment_intent.expired";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is payment_intent for this type. */
  readonly data: FintocEventPaymentIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is payment_intent.failed: the fields of Envelope and its own. */
export interface FintocPaymentIntentFailedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "payment_intent.failed";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is payment_intent for this type. */
  readonly data: FintocEventPaymentIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is payment_intent.pending: the fields of Envelope and its own. */
export interface FintocPaymentIntentPendingEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "payment_intent.pending";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is payment_intent for this type. */
  readonly data: FintocEventPaymentIntent;
  /** Always event. */
  readonly object?: string;
}

/**
 * The variant whose type is account.refresh_intent.succeeded: the fields of Envelope and its own.
 */
export interface FintocAccountRefreshIntentSucceededEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "account.refresh_intent.succeeded";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is account.refresh_intent.failed: the fields of Envelope and its own. */
export interface FintocAccountRefreshIntentFailedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "account.refresh_intent.failed";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/**
 * The variant whose type is account.refresh_intent.rejected: the fields of Envelope and its own.
 */
export interface FintocAccountRefreshIntentRejectedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "account.refresh_intent.rejected";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/**
 * The variant whose type is account.refresh_intent.movements_removed: the fields of Envelope and
 * its own.
 */
export interface FintocAccountRefreshIntentMovementsRemovedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "account.refresh_intent.movements_removed";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/**
 * The variant whose type is account.refresh_intent.movements_modified: the fields of Envelope and
 * its own.
 */
export interface FintocAccountRefreshIntentMovementsModifiedEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "account.refresh_intent.movements_modified";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/** The variant whose type is link.refresh_intent.succeeded: the fields of Envelope and its own. */
export interface FintocLinkRefreshIntentSucceededEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "link.refresh_intent.succeeded";
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** Fintoc's Types of events: data.object is refresh_intent for this type. */
  readonly data: FintocEventRefreshIntent;
  /** Always event. */
  readonly object?: string;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface FintocOtherEvent {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: "link.created" | "link.credentials_changed" | UnknownTag;
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** The object the event is about. */
  readonly data?: unknown;
  /** Always event. */
  readonly object?: string;
}

/** The fields every Fintoc event has. */
export interface FintocEnvelope {
  /** Every event has a unique id, Fintoc's deduplication key. */
  readonly id: string;
  /** The type names the event and the object in data. */
  readonly type: FintocWebhookTypeOrUnknown;
  /** live or test. */
  readonly mode?: string;
  readonly created_at?: string;
  /** The object the event is about. */
  readonly data?: unknown;
  /** Always event. */
  readonly object?: string;
}

/** The Payment Intent a payment_intent.* event carries. */
export interface FintocEventPaymentIntent {
  /** Unique identifier for the Payment Intent. */
  readonly id?: string;
  /** Always payment_intent. */
  readonly object?: string;
  /** Amount to pay, in the currency's smallest unit. */
  readonly amount?: number;
  /** CLP or MXN. */
  readonly currency?: string;
  /** Payment status. Payment status: every Payment Intent has one. */
  readonly status: FintocPaymentIntentStatusOrUnknown;
  /** Why the payment failed; null otherwise. */
  readonly error_reason?: FintocPaymentErrorReasonOrUnknown | null;
  /**
   * Temporary token to configure the widget, returned only when creating the Payment Intent; null
   * afterwards.
   */
  readonly widget_token?: string | null;
  /** Operation number from the bank of the sender account. */
  readonly reference_id?: string | null;
  /** Date of authorization for the transaction given by the bank. */
  readonly transaction_date?: string | null;
  readonly metadata?: unknown | null;
  /** live or test. */
  readonly mode?: string;
  readonly customer_email?: string | null;
  /** The payment method (bank_transfer). */
  readonly payment_type?: string;
  readonly payment_type_options?: unknown | null;
  readonly business_profile?: unknown | null;
  readonly expires_at?: string | null;
  readonly recipient_account?: FintocEventAccountRef | null;
  /** May be null when the user left before choosing an account. */
  readonly sender_account?: FintocEventAccountRef | null;
  readonly created_at?: string;
}

/** The Refresh Intent a refresh intent event carries. */
export interface FintocEventRefreshIntent {
  /** Unique identifier for the Refresh Intent. */
  readonly id?: string;
  /** Always refresh_intent. */
  readonly object?: string;
  readonly created_at?: string;
  /** Amount of new movements; only when refreshed_object is account. */
  readonly new_movements?: number;
  /** link or account. */
  readonly refreshed_object?: string;
  readonly refreshed_object_id?: string;
  /**
   * An object with a widget_token when the refresh needs multi-factor authentication in the widget;
   * null otherwise.
   */
  readonly requires_mfa?: unknown | null;
  /** The status of the Refresh Intent. Every Refresh Intent has a status. */
  readonly status: FintocRefreshIntentStatusOrUnknown;
  /** Shown null in Fintoc's event example; not described. */
  readonly public_error?: unknown | null;
  /** historical or only_last. */
  readonly type?: string;
}

/** A sender or recipient account of a payment. */
export interface FintocEventAccountRef {
  /** The holder's tax id (RUT in Chile, RFC in Mexico). */
  readonly holder_id?: string;
  /** The account number. */
  readonly number?: string;
  /** The account type (checking_account). */
  readonly type?: string;
  /** Fintoc's id of the bank (cl_banco_de_chile, mx_stp). */
  readonly institution_id?: string;
}

/** A Payment Intent. */
export interface FintocPaymentIntent {
  /** Unique identifier for the Payment Intent. */
  readonly id?: string;
  /** Always payment_intent. */
  readonly object?: string;
  /** Amount to pay, in the currency's smallest unit. */
  readonly amount?: number;
  /** CLP or MXN. */
  readonly currency?: string;
  /** Payment status. Payment status: every Payment Intent has one. */
  readonly status: FintocPaymentIntentStatusOrUnknown;
  /** Why the payment failed; null otherwise. */
  readonly error_reason?: FintocPaymentErrorReasonOrUnknown | null;
  /**
   * Temporary token to configure the widget, returned only when creating the Payment Intent; null
   * afterwards.
   */
  readonly widget_token?: string | null;
  /** Operation number from the bank of the sender account. */
  readonly reference_id?: string | null;
  /** Date of authorization for the transaction given by the bank. */
  readonly transaction_date?: string | null;
  readonly metadata?: unknown | null;
  /** live or test. */
  readonly mode?: string;
  readonly customer_email?: string | null;
  /** The payment method (bank_transfer). */
  readonly payment_type?: string;
  readonly payment_type_options?: unknown | null;
  readonly business_profile?: unknown | null;
  readonly expires_at?: string | null;
  readonly recipient_account?: FintocAccountRef | null;
  /** May be null when the user left before choosing an account. */
  readonly sender_account?: FintocAccountRef | null;
  readonly created_at?: string;
}

/** A sender or recipient account of a payment. */
export interface FintocAccountRef {
  /** The holder's tax id (RUT in Chile, RFC in Mexico). */
  readonly holder_id?: string;
  /** The account number. */
  readonly number?: string;
  /** The account type (checking_account). */
  readonly type?: string;
  /** Fintoc's id of the bank (cl_banco_de_chile, mx_stp). */
  readonly institution_id?: string;
}

/** A v2 Transfer. */
export interface FintocTransfer {
  readonly id?: string;
  /** Always transfer. */
  readonly object?: string;
  /** In the currency's smallest unit. */
  readonly amount?: number;
  readonly currency?: string;
  /** inbound or outbound. */
  readonly direction?: string;
  /** The status of the transfer. fintoc-ruby's Transfer requires status. */
  readonly status: FintocTransferStatusOrUnknown;
  /** test or live. */
  readonly mode?: string;
  readonly post_date?: string | null;
  readonly transaction_date?: string | null;
  readonly comment?: string | null;
  readonly reference_id?: string | null;
  readonly receipt_url?: string | null;
  readonly tracking_key?: string | null;
  /** Why the transfer was returned, where it was; null otherwise. */
  readonly return_reason?: string | null;
  /** The other party: the sender of an inbound transfer, the recipient of an outbound one. */
  readonly counterparty?: unknown;
  /** The Account Number of yours the transfer is to or from. */
  readonly account_number?: unknown | null;
  readonly metadata?: unknown;
  readonly created_at?: string | null;
}

/** A Refresh Intent. */
export interface FintocRefreshIntent {
  /** Unique identifier for the Refresh Intent. */
  readonly id?: string;
  /** Always refresh_intent. */
  readonly object?: string;
  readonly created_at?: string;
  /** Amount of new movements; only when refreshed_object is account. */
  readonly new_movements?: number;
  /** link or account. */
  readonly refreshed_object?: string;
  readonly refreshed_object_id?: string;
  /**
   * An object with a widget_token when the refresh needs multi-factor authentication in the widget;
   * null otherwise.
   */
  readonly requires_mfa?: unknown | null;
  /** The status of the Refresh Intent. Every Refresh Intent has a status. */
  readonly status: FintocRefreshIntentStatusOrUnknown;
  /** Shown null in Fintoc's event example; not described. */
  readonly public_error?: unknown | null;
  /** historical or only_last. */
  readonly type?: string;
}

/**
 * An error list (BadRequestError, UnauthorizedError, ForbiddenAccessError, NotFoundError,
 * GoneError, InternalServerError, StatusServiceUnavailableError).
 */
export interface BasiqErrorList {
  /** Required by every error schema: always "list". */
  readonly type: string;
  /** Required by every error schema: the identifier of this occurrence of the problem. */
  readonly correlationId: string;
  /** Required by every error schema: the errors. */
  readonly data: ReadonlyArray<BasiqError>;
}

/** One error of the list. */
export interface BasiqError {
  /** Required by the error schemas' items: always "error". */
  readonly type: string;
  /** Required by the error schemas' items: the application-specific error code. */
  readonly code: BasiqErrorCodeOrUnknown;
  /** A short, human-readable summary of the problem. */
  readonly title?: string;
  /** A human-readable explanation specific to this occurrence of the problem. */
  readonly detail?: string;
  /** References to the source of the error. */
  readonly source?: BasiqSource;
}

/** The source of an error. */
export interface BasiqSource {
  /** The location of the object or attribute that the error relates to. */
  readonly pointer?: string;
  /** The URI query parameter that caused the error. */
  readonly parameter?: string;
}

/** A job (JobsData; the report job of ReportsJob, with its own status). */
export interface BasiqJob {
  /** Value is "job". */
  readonly type?: string;
  /** Every published job has its id. */
  readonly id: string;
  /** Required by JobsData: when the job was created. */
  readonly created: string;
  /** Required by JobsData: when the job was last updated. */
  readonly updated: string;
  /** The job's type (connection, report). */
  readonly jobType?: string;
  readonly partnerId?: string;
  readonly applicationId?: string;
  /** A payout's requestId (sunset Payments). */
  readonly requestId?: string;
  /** A report job's own status. */
  readonly status?: BasiqJobStepStatusOrUnknown;
  /** Institution details (required by JobsData, absent from every published example). */
  readonly institution?: unknown;
  /** Required by JobsData: the steps that need to be completed. */
  readonly steps: ReadonlyArray<BasiqStep>;
  /**
   * self and, for a connection or report job, source (the resource that started the job); null in
   * the published failed report job.
   */
  readonly links?: unknown | null;
}

/** A step of the job (JobsStep). */
export interface BasiqStep {
  /** Name of the step the job needs to complete. */
  readonly title?: BasiqJobStepTitleOrUnknown;
  /** Required by JobsStep: the status of the step. */
  readonly status: BasiqJobStepStatusOrUnknown;
  /** Required by JobsStep: null until the step has a result. */
  readonly result: BasiqResult | null;
}

/**
 * A step's result (JobsResult): a link once it succeeded (type link, url), an error once it failed
 * (code, title, detail), or an MFA challenge (type mfa).
 */
export interface BasiqResult {
  /** In case of success, "link"; "mfa" for an MFA challenge. */
  readonly type?: string;
  /** In case of success, URL of the updated (or created) resources. */
  readonly url?: string;
  /** In case of failed job, displays error code. */
  readonly code?: BasiqJobResultCodeOrUnknown;
  /** In case of failed job, displays error title. */
  readonly title?: string;
  /**
   * In case of failed job, the details of the error: for consent UI flows, the message the bank
   * returned (the published bodies' field; the schema calls it details).
   */
  readonly detail?: string;
  /**
   * The schema's name of the field ("In case of failed job, displays details of the error."); the
   * published bodies send detail.
   */
  readonly details?: string;
  /** An MFA challenge's method (token, security-questions). */
  readonly method?: string;
  /** An MFA challenge's text. */
  readonly description?: string;
  /** An MFA challenge's prompts. */
  readonly input?: ReadonlyArray<string>;
  /** How long an MFA challenge stays open, in milliseconds. */
  readonly expiryMs?: number;
  /** An MFA challenge's response link (POST /jobs/{jobId}/mfa). */
  readonly links?: unknown;
}

/** The variant whose eventTypeId is account.updated: the fields of Envelope and its own. */
export interface BasiqAccountUpdatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "account.updated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is connection.activated: the fields of Envelope and its own. */
export interface BasiqConnectionActivatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "connection.activated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is connection.created: the fields of Envelope and its own. */
export interface BasiqConnectionCreatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "connection.created";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is connection.deleted: the fields of Envelope and its own. */
export interface BasiqConnectionDeletedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "connection.deleted";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is connection.invalidated: the fields of Envelope and its own. */
export interface BasiqConnectionInvalidatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "connection.invalidated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.created: the fields of Envelope and its own. */
export interface BasiqConsentCreatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.created";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.expired: the fields of Envelope and its own. */
export interface BasiqConsentExpiredWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.expired";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.reminder: the fields of Envelope and its own. */
export interface BasiqConsentReminderWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.reminder";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.revoked: the fields of Envelope and its own. */
export interface BasiqConsentRevokedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.revoked";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.updated: the fields of Envelope and its own. */
export interface BasiqConsentUpdatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.updated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is consent.warning: the fields of Envelope and its own. */
export interface BasiqConsentWarningWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "consent.warning";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is transactions.updated: the fields of Envelope and its own. */
export interface BasiqTransactionsUpdatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "transactions.updated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is user.created: the fields of Envelope and its own. */
export interface BasiqUserCreatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "user.created";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is user.deleted: the fields of Envelope and its own. */
export interface BasiqUserDeletedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "user.deleted";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/** The variant whose eventTypeId is user.updated: the fields of Envelope and its own. */
export interface BasiqUserUpdatedWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "user.updated";
  /** Every published message names its event. */
  readonly eventId: string;
  /** Links to the event (event) and to the entity it is about (eventEntity). */
  readonly links?: BasiqLinks;
}

/**
 * Any other eventTypeId, without a schema here: the fields of Envelope. What `default:` receives
 * after a `case` for each `eventTypeId` with a variant; there its `eventTypeId` reads as a string.
 */
export interface BasiqOtherWebhook {
  /** Every published message names its event type. */
  readonly eventTypeId: "connection.updated" | "consent.archived" | UnknownTag;
  /** Every published message names its event. */
  readonly eventId: string;
}

/**
 * The fields that name a Basiq webhook message's event; each event type's message adds its links.
 */
export interface BasiqEnvelope {
  /** Every published message names its event type. */
  readonly eventTypeId: BasiqWebhookEventTypeOrUnknown;
  /** Every published message names its event. */
  readonly eventId: string;
}

/** A message's links. */
export interface BasiqLinks {
  /** The event (GET /events/{id}). */
  readonly event?: string;
  /** The entity the event is about (a user, the transactions of a connection). */
  readonly eventEntity?: string;
  readonly self?: string;
  readonly webhook?: string;
  readonly next?: string;
}

/** The variant whose type is CONSENT_STATUS_UPDATE: the fields of Envelope and its own. */
export interface SetuConsentStatusNotification {
  /** Every published notification has a type, which says what it is about. */
  readonly type: "CONSENT_STATUS_UPDATE";
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  /** The consent's new status; null in an error notification. */
  readonly data?: SetuConsentNotificationData | null;
  /** Why the consent did not go ahead; null otherwise. */
  readonly error?: SetuConsentNotificationError | null;
}

/** The variant whose type is SESSION_STATUS_UPDATE: the fields of Envelope and its own. */
export interface SetuSessionStatusNotification {
  /** Every published notification has a type, which says what it is about. */
  readonly type: "SESSION_STATUS_UPDATE";
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  /** The data session's combined status and each account's FI status. */
  readonly data?: SetuSessionNotificationData | null;
  readonly error?: unknown | null;
  /** Every published FI notification names its data session. */
  readonly dataSessionId: string;
}

/** The variant whose type is FI_DATA_READY: the fields of Envelope and its own. */
export interface SetuFiDataReadyNotification {
  /** Every published notification has a type, which says what it is about. */
  readonly type: "FI_DATA_READY";
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  readonly data?: unknown | null;
  readonly error?: unknown | null;
  /** The data session's status: PENDING, PARTIAL or COMPLETED, says the Data flow page. */
  readonly status?: SetuDataSessionStatusOrUnknown;
  readonly dataRange?: unknown;
  /** The data fetched, per FIP and account. */
  readonly fiData?: ReadonlyArray<SetuFiDataFip>;
}

/** The variant whose type is FI_DATA_FAILED: the fields of Envelope and its own. */
export interface SetuFiDataFailedNotification {
  /** Every published notification has a type, which says what it is about. */
  readonly type: "FI_DATA_FAILED";
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  readonly data?: unknown | null;
  /** Why Auto-Fetch could not fetch the data. */
  readonly error?: SetuAutoFetchError | null;
}

/**
 * Any other type, without a schema here: the fields of Envelope. What `default:` receives after a
 * `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface SetuOtherNotification {
  /** Every published notification has a type, which says what it is about. */
  readonly type: UnknownTag;
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  readonly data?: unknown | null;
  readonly error?: unknown | null;
}

/** The fields every Setu AA notification shares. */
export interface SetuEnvelope {
  /** Every published notification has a type, which says what it is about. */
  readonly type: SetuNotificationTypeOrUnknown;
  /** Every published notification names its consent. */
  readonly consentId: string;
  /** When the notification was sent (the Auto-Fetch FI_DATA_READY example has none). */
  readonly timestamp?: string;
  readonly success?: boolean;
  /** The notification's id, in the newer examples only. */
  readonly notificationId?: string;
  readonly data?: unknown | null;
  readonly error?: unknown | null;
}

/** The data of a consent notification. */
export interface SetuConsentNotificationData {
  /** A consent notification communicates the consent's updated status. */
  readonly status: SetuConsentStatusOrUnknown;
  /** The consent's details (its linked accounts). */
  readonly detail?: unknown;
  /** The customer's handle on the AA the FIP selector screen chose. */
  readonly vua?: string;
}

/** The error of a consent notification. */
export interface SetuConsentNotificationError {
  /** Every published error of a consent notification has a code. */
  readonly code: SetuNotificationErrorCodeOrUnknown;
  /** The reason of the user's choice (cancel_not_understand), or a sentence. */
  readonly message?: SetuConsentErrorReasonOrUnknown;
}

/** The data of an FI notification. */
export interface SetuSessionNotificationData {
  /** The FI notification communicates the data session's combined status. */
  readonly status: SetuDataSessionStatusOrUnknown;
  readonly fips?: ReadonlyArray<SetuFipAccounts>;
  /** The format of the data: json or xml. */
  readonly format?: string;
}

/** An FIP of the data session and its accounts. */
export interface SetuFipAccounts {
  readonly fipID?: string;
  readonly accounts?: ReadonlyArray<SetuAccountFiStatus>;
}

/** One account's FI status. */
export interface SetuAccountFiStatus {
  /** The individual account FI status. */
  readonly FIStatus?: SetuFiStatusOrUnknown;
  readonly description?: string;
  readonly linkRefNumber?: string;
}

/** The data Auto-Fetch fetched from one FIP. */
export interface SetuFiDataFip {
  readonly fipID?: string;
  readonly data?: ReadonlyArray<SetuFiDataAccount>;
}

/** The data of one account. */
export interface SetuFiDataAccount {
  readonly linkRefNumber?: string;
  readonly maskedAccNumber?: string;
  /** The account's decrypted financial information (profile, summary, transactions). */
  readonly decryptedFI?: unknown;
}

/** The error of an Auto-Fetch FI_DATA_FAILED notification. */
export interface SetuAutoFetchError {
  /** The Data flow page maps each error code to its message. */
  readonly code: SetuNotificationErrorCodeOrUnknown;
  readonly message?: string;
}

/** A consent (ConsentResponseV2). */
export interface SetuConsent {
  /** Required by ConsentResponseV2: the request identifier to fetch the status and data. */
  readonly id: string;
  /** Required by ConsentResponseV2: the link to the consent manager app. */
  readonly url: string;
  /** Required by ConsentResponseV2. */
  readonly status: SetuConsentStatusOrUnknown;
  readonly detail?: SetuConsentDetail;
  readonly redirectUrl?: string;
  readonly context?: unknown;
  readonly PAN?: string;
  /**
   * How many times and when the consent was used for data fetches (count is a number in the OpenAPI
   * file, a string in the examples).
   */
  readonly usage?: unknown | null;
  /**
   * The accounts the consent would fetch FI from (required by the OpenAPI file, absent from the
   * Create consent example).
   */
  readonly accountsLinked?: unknown;
  readonly tags?: ReadonlyArray<string>;
  readonly enableAdditionalPhoneNumber?: boolean;
  /** The id of the request, in every published answer. */
  readonly traceId?: string;
}

/** The consent's detail (ConsentResponseConsentDetailV2). */
export interface SetuConsentDetail {
  /** Required by ConsentResponseConsentDetailV2. */
  readonly consentStart: string;
  /** Required by ConsentResponseConsentDetailV2. */
  readonly consentExpiry: string;
  readonly vua?: string;
  readonly fetchType?: string;
  readonly fiTypes?: ReadonlyArray<string>;
  readonly consentTypes?: ReadonlyArray<string>;
  readonly consentMode?: string;
  readonly purpose?: unknown;
  readonly dataRange?: unknown;
  readonly frequency?: unknown;
  readonly dataLife?: unknown;
  readonly dataFilter?: unknown;
}

/** A revocation's answer (RevokeConsentResponse). */
export interface SetuConsentRevocation {
  /** Required by RevokeConsentResponse. */
  readonly status: SetuConsentStatusOrUnknown;
  readonly traceId?: string;
}

/** A data session (FIDataFetchResponseV2). */
export interface SetuDataSession {
  /** Required by FIDataFetchResponseV2: the request identifier to fetch the status and data. */
  readonly id: string;
  /** Required by FIDataFetchResponseV2. */
  readonly consentId: string;
  /** Required by FIDataFetchResponseV2: the status of the data fetch session. */
  readonly status: SetuDataSessionStatusOrUnknown;
  /** xml or json. */
  readonly format?: string;
  readonly dataRange?: unknown;
  readonly fips?: ReadonlyArray<SetuSessionFip> | null;
  readonly traceId?: string;
}

/** An FIP of the session and its accounts (FIFetchDecrpytedResponseFIItem1). */
export interface SetuSessionFip {
  readonly fipID?: string;
  readonly accounts?: ReadonlyArray<SetuSessionAccount>;
}

/** An account of the session and its data (FIFetchDecrpytedResponseFIItemDataItem1). */
export interface SetuSessionAccount {
  readonly linkRefNumber?: string;
  readonly maskedAccNumber?: string;
  /** The individual account FI status. */
  readonly FIstatus?: SetuFiStatusOrUnknown;
  /**
   * The individual account FI status, as the Data flow page's example writes it for one account.
   */
  readonly status?: SetuFiStatusOrUnknown;
  /** The decrypted financial information. */
  readonly data?: unknown | null;
}

/** A consent's data sessions (DataSessionsListResponse). */
export interface SetuDataSessionList {
  /** Required by DataSessionsListResponse. */
  readonly consentId: string;
  /** Required by DataSessionsListResponse (empty when there is none). */
  readonly dataSessions: ReadonlyArray<SetuDataSessionSummary>;
  readonly traceId?: string;
}

/** A data session of the list. */
export interface SetuDataSessionSummary {
  /** Required by DataSessionsListResponse's items. */
  readonly sessionId: string;
  /** Required by DataSessionsListResponse's items: the current status of the session. */
  readonly status: SetuDataSessionStatusOrUnknown;
  readonly created_at?: string;
}

/** The FIP list (FIPResponse). */
export interface SetuFipList {
  readonly data?: ReadonlyArray<SetuFip>;
  readonly traceId?: string;
}

/** An FIP (FIPResponseObject). */
export interface SetuFip {
  /** Required by FIPResponseObject. */
  readonly name: string;
  /** Required by FIPResponseObject. */
  readonly fipId: string;
  /** Required by FIPResponseObject. */
  readonly fiTypes: ReadonlyArray<string>;
  /** Required by FIPResponseObject. */
  readonly institutionType?: string;
  /** Required by FIPResponseObject: the current status of the FIP. */
  readonly status: SetuFipStatusOrUnknown;
  readonly consentConversionRate?: number | null;
  readonly dataFetchSuccessRate?: number | null;
  readonly aaWiseSuccessRate?: unknown | null;
  readonly aaWiseHealthMetrics?: unknown;
}

/** An error answer (ErrorResponse; DataSessionsListErrorResponse; DataRefreshErrorResponse). */
export interface SetuErrorResponse {
  /** Required by every error schema of the OpenAPI file: the error code indicating the problem. */
  readonly errorCode: SetuApiErrorCodeOrUnknown;
  /**
   * Required by every error schema of the OpenAPI file: the error message with additional details.
   */
  readonly errorMsg: string;
  /** Trace ID for tracking the request across logs and systems. */
  readonly traceId?: string;
  /** The transaction id of the request (ErrorResponse). */
  readonly txnid?: string;
  readonly timestamp?: string;
  readonly ver?: string;
}

/** A v2 response: its status, a message, when it was sent and its data. */
export interface MonoApiResponseV2 {
  /** The status of the API call made, which could be successful or failed. */
  readonly status: "successful" | "failed" | (string & {});
  /** The API response message. */
  readonly message?: string;
  /** When the response was sent. */
  readonly timestamp?: string;
  /** The response's data. */
  readonly data?: MonoResponseData | null;
}

/** The data of a response: an account with its meta, or the next step of a Partners API login. */
export interface MonoResponseData {
  /** The account (account details). */
  readonly account?: MonoAccount;
  /** The account's data status and auth method. */
  readonly meta?: MonoAccountMeta;
  /** The account's customer. */
  readonly customer?: unknown;
  /** The next step of a Partners API login or reauthorisation. */
  readonly responseCode?: MonoLoginResponseCodeOrUnknown;
  /** The code to exchange for the account's id, when the login or reauthorisation is complete. */
  readonly code?: string;
}

/** A linked account, as the v2 account details response has it. */
export interface MonoAccount {
  /** The unique identifier for a connected account. */
  readonly id: string;
  readonly name?: string;
  readonly currency?: string;
  /** The account type, e.g. SAVINGS ACCOUNT, CURRENT ACCOUNT. */
  readonly type?: string;
  readonly account_number?: string;
  /** In the currency's minor unit (kobo for NGN). */
  readonly balance?: number;
  /** The last 4 digits of the BVN. */
  readonly bvn?: string | null;
  readonly institution?: MonoInstitution;
}

/** The account's institution (v2). */
export interface MonoInstitution {
  readonly name?: string;
  readonly bank_code?: string;
  /** PERSONAL_BANKING, BUSINESS_BANKING or PAYMENT_GATEWAY. */
  readonly type?: string;
}

/** The meta object of an account: its data status and auth method. */
export interface MonoAccountMeta {
  /** What the meta object reports: how much of the account's data Mono has. */
  readonly data_status: MonoDataStatusOrUnknown;
  /** The authentication method the user linked with: mobile_banking or internet_banking. */
  readonly auth_method?: string;
  /**
   * What was fetched (balance, transactions, identity); included for all statuses since September
   * 15, 2025.
   */
  readonly retrieved_data?: ReadonlyArray<string>;
  /** The reference the integrator passed when linking (the account_updated example of 2026). */
  readonly ref?: string;
}

/** The v1 account object (GET /accounts/{id}): meta and account. */
export interface MonoAccountV1Response {
  /** Its data status says whether the account's data can be read. */
  readonly meta: MonoAccountMeta;
  /**
   * The account, in camel case, its id in _id (a field name the spec cannot declare, so the object
   * is typed free-form).
   */
  readonly account: { readonly [key: string]: unknown };
}

/**
 * The variant whose event is mono.events.account_connected: the fields of WebhookEnvelope and its
 * own.
 */
export interface MonoAccountConnectedWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.account_connected";
  /** The account that was connected. */
  readonly data: MonoConnectedData;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/**
 * The variant whose event is mono.events.account_updated: the fields of WebhookEnvelope and its
 * own.
 */
export interface MonoAccountUpdatedWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.account_updated";
  /** The account and its data status. */
  readonly data: MonoUpdatedData;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/**
 * The variant whose event is mono.events.account_unlinked: the fields of WebhookEnvelope and its
 * own.
 */
export interface MonoAccountUnlinkedWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.account_unlinked";
  /** The account that was unlinked. */
  readonly data: MonoAccountRefData;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/**
 * The variant whose event is mono.events.reauthorisation_required: the fields of WebhookEnvelope
 * and its own.
 */
export interface MonoReauthorisationRequiredWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.reauthorisation_required";
  /** The account to reauthorise. */
  readonly data: MonoAccountRefData;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/**
 * The variant whose event is mono.events.account_reauthorized: the fields of WebhookEnvelope and
 * its own.
 */
export interface MonoAccountReauthorizedWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.account_reauthorized";
  /** The account that was reauthorised. */
  readonly data: MonoAccountRefData;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/**
 * Any other event, without a schema here: the fields of WebhookEnvelope. What `default:` receives
 * after a `case` for each `event` with a variant; there its `event` reads as a string.
 */
export interface MonoOtherWebhook {
  /** The name or type of webhook event that gets sent. */
  readonly event: "mono.events.sync_failed" | "mono.accounts.jobs.update" | UnknownTag;
  /** The payload of the webhook event object that gets sent. */
  readonly data: unknown;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/** What every Mono webhook has: its event and its data. */
export interface MonoWebhookEnvelope {
  /** The name or type of webhook event that gets sent. */
  readonly event: MonoWebhookEventOrUnknown;
  /** The payload of the webhook event object that gets sent. */
  readonly data: unknown;
  /**
   * An id of the event, in the newer Direct Debit and DirectPay events (events.mandates.created and
   * events.mandates.rejected, direct_debit.payment_successful); the Connect events of the pages
   * read have none. Mono describes it nowhere in the parts read: the key to deduplicate on where it
   * is present.
   */
  readonly event_id?: string;
  /**
   * A time beside event_id in the same events (ISO 8601, in milliseconds, UTC); Mono describes it
   * nowhere in the parts read.
   */
  readonly timestamp?: string;
}

/** The data of mono.events.account_connected. */
export interface MonoConnectedData {
  /** The unique identifier for the user's account. */
  readonly id: string;
  /** The unique identifier for the user (the page of 2025). */
  readonly customer?: string;
  readonly meta?: unknown;
}

/** The data of mono.events.account_updated: the account and its meta. */
export interface MonoUpdatedData {
  /**
   * The account, in camel case (accountNumber, authMethod, institution.bankCode), its id in _id (a
   * field name the spec cannot declare, so the object is typed free-form).
   */
  readonly account?: { readonly [key: string]: unknown };
  /** The current data status. */
  readonly meta: MonoWebhookMeta;
}

/** The data of a webhook about an account by its id. */
export interface MonoAccountRefData {
  /**
   * The object holding the account id: _id in the reauthorisation webhooks, id in the unlink page's
   * example (_id in its field table).
   */
  readonly account: { readonly [key: string]: unknown };
}

/** The meta object of an account_updated webhook: the data status and auth method. */
export interface MonoWebhookMeta {
  /** What the meta object reports: how much of the account's data Mono has. */
  readonly data_status: MonoDataStatusOrUnknown;
  /** The authentication method the user linked with: mobile_banking or internet_banking. */
  readonly auth_method?: string;
  /**
   * What was fetched (balance, transactions, identity); included for all statuses since September
   * 15, 2025.
   */
  readonly retrieved_data?: ReadonlyArray<string>;
  /** The reference the integrator passed when linking (the account_updated example of 2026). */
  readonly ref?: string;
}

/**
 * The variant whose type is mono.connect.widget_opened: the fields of MessageEnvelope and its own.
 */
export interface MonoWidgetOpened {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.widget_opened";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.error_occured: the fields of MessageEnvelope and its own.
 */
export interface MonoErrorOccured {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.error_occured";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.institution_selected: the fields of MessageEnvelope and
 * its own.
 */
export interface MonoInstitutionSelected {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.institution_selected";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.auth_method_switched: the fields of MessageEnvelope and
 * its own.
 */
export interface MonoAuthMethodSwitched {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.auth_method_switched";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/** The variant whose type is mono.connect.on_exit: the fields of MessageEnvelope and its own. */
export interface MonoOnExit {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.on_exit";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.login_attempt: the fields of MessageEnvelope and its own.
 */
export interface MonoLoginAttempt {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.login_attempt";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.mfa_submitted: the fields of MessageEnvelope and its own.
 */
export interface MonoMfaSubmitted {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.mfa_submitted";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.account_linked: the fields of MessageEnvelope and its own.
 */
export interface MonoAccountLinked {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.account_linked";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.account_selected: the fields of MessageEnvelope and its
 * own.
 */
export interface MonoAccountSelected {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.account_selected";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.widget_loaded: the fields of MessageEnvelope and its own.
 */
export interface MonoWidgetLoaded {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.widget_loaded";
  /** The event's data, passed to onEvent. */
  readonly data?: MonoEventData;
}

/**
 * The variant whose type is mono.connect.widget.account_linked: the fields of MessageEnvelope and
 * its own.
 */
export interface MonoWidgetAccountLinked {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.widget.account_linked";
  /** The SDKs pass it to onSuccess; its code is exchanged for the account's id. */
  readonly data: MonoLinkedData;
}

/**
 * The variant whose type is mono.connect.widget.charge_complete: the fields of MessageEnvelope and
 * its own.
 */
export interface MonoWidgetChargeComplete {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.widget.charge_complete";
  /** The charge object, passed to onSuccess (amount, transaction_reference, type...). */
  readonly data?: { readonly [key: string]: unknown };
}

/**
 * The variant whose type is mono.connect.widget.closed: the fields of MessageEnvelope and its own.
 */
export interface MonoWidgetClosed {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.connect.widget.closed";
  /** The event's data (the mobile SDKs read messages without one too). */
  readonly data?: { readonly [key: string]: unknown };
}

/**
 * Any other type, without a schema here: the fields of MessageEnvelope. What `default:` receives
 * after a `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface MonoOtherMessage {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: "mono.modal.closed" | "mono.modal.linked" | UnknownTag;
  /** The event's data (the mobile SDKs read messages without one too). */
  readonly data?: { readonly [key: string]: unknown };
}

/** What every widget message has: its type, and its data. */
export interface MonoMessageEnvelope {
  /** The type says which event the message is (mono.connect.xxxx). */
  readonly type: MonoConnectMessageTypeOrUnknown;
  /** The event's data (the mobile SDKs read messages without one too). */
  readonly data?: { readonly [key: string]: unknown };
}

/**
 * The data of a widget event message, as the SDKs pass it to onEvent: the reference of the Connect
 * instance, a timestamp and the event's own fields.
 */
export interface MonoEventData {
  /** The reference passed to the widget (emitted in all events). */
  readonly reference?: string;
  /** When the event happened (milliseconds since the epoch in connect.js). */
  readonly timestamp?: number;
  /** ERROR: the error's type (Mono publishes no list). */
  readonly errorType?: string;
  /** ERROR: the error's message. */
  readonly errorMessage?: string;
  /** SUBMIT_MFA: the type of MFA the bank requires, e.g. OTP. */
  readonly mfaType?: string;
  /** AUTH_METHOD_SWITCHED: the auth method before the switch. */
  readonly prevAuthMethod?: string;
  /** AUTH_METHOD_SWITCHED and INSTITUTION_SELECTED: internet_banking or mobile_banking. */
  readonly authMethod?: string;
  /** EXIT: the page the user exited on. */
  readonly pageName?: string;
  /** ACCOUNT_SELECTED: how many accounts the user selected. */
  readonly selectedAccountsCount?: number;
  /** INSTITUTION_SELECTED and ACCOUNT_LINKED: the institution. */
  readonly institution?: MonoEventInstitution;
}

/** The institution of an event. */
export interface MonoEventInstitution {
  readonly id?: string;
  readonly name?: string;
}

/** The data of a linked account message: the code to exchange for the account's id. */
export interface MonoLinkedData {
  /** The SDKs read data.code for onSuccess (iOS, Android, Flutter). */
  readonly code: string;
}

/** An API error response's body. */
export interface PluggyPluggyApiError {
  /** Every error has this shape: the HTTP status, repeated. */
  readonly code: PluggyResponseStatusOrUnknown;
  /**
   * A stable identifier for the specific error, when the endpoint distinguishes several: what to
   * branch on.
   */
  readonly codeDescription?: PluggyCodeDescriptionOrUnknown | PluggyItemRequestErrorOrUnknown;
  /** A text for people, which may change: not to branch on. */
  readonly message?: string;
  /** More detail, for some errors. */
  readonly data?: unknown;
}

/** An AEError400Response body (or AEError403Response, AEError409Response, AEError500Response). */
export interface UaeOpenFinanceErrorResponse {
  /** Required by AEError400Response and its kin, with at least one error. */
  readonly Errors: ReadonlyArray<UaeOpenFinanceError>;
}

/** One error (AEError400 and its kin). */
export interface UaeOpenFinanceError {
  /** Required by AEError400 and its kin: a prescribed code or a namespaced one. */
  readonly Code: UaeOpenFinanceErrorCodeOrUnknown;
  /** Required by AEError400 and its kin (1 to 500 characters, “not standardised”). */
  readonly Message: string;
  /**
   * Recommended but optional reference to the JSON Path of the field with error, e.g.,
   * Data.Initiation.InstructedAmount.Currency
   */
  readonly Path?: string;
  /**
   * URL to help remediate the problem, or provide more information, or to API Reference, or help
   * etc
   */
  readonly Url?: string;
}

/** The claims of an AEError400ResponseSigned token (or its 403, 409 and 500 kin). */
export interface UaeOpenFinanceSignedError {
  /** Required by AEJwt. */
  readonly iss: string;
  /** Required by AEJwt. */
  readonly exp: number;
  /** Required by AEJwt. */
  readonly nbf: number;
  /**
   * The audience: a list of texts (AEJwt), or one text (Confirmation of Payee's single-audience
   * form).
   */
  readonly aud?: unknown;
  readonly iat?: number;
  /** Required by AEError400ResponseSigned and its kin: the error body. */
  readonly message: UaeOpenFinanceSignedErrorBody;
}

/** The error body the token carries (AEError400Response and its kin). */
export interface UaeOpenFinanceSignedErrorBody {
  /** Required by AEError400Response and its kin, with at least one error. */
  readonly Errors: ReadonlyArray<UaeOpenFinanceSignedErrorItem>;
}

/** One error (AEError400 and its kin). */
export interface UaeOpenFinanceSignedErrorItem {
  /** Required by AEError400 and its kin: a prescribed code or a namespaced one. */
  readonly Code: UaeOpenFinanceErrorCodeOrUnknown;
  /** Required by AEError400 and its kin (1 to 500 characters, “not standardised”). */
  readonly Message: string;
  /**
   * Recommended but optional reference to the JSON Path of the field with error, e.g.,
   * Data.Initiation.InstructedAmount.Currency
   */
  readonly Path?: string;
  /**
   * URL to help remediate the problem, or provide more information, or to API Reference, or help
   * etc
   */
  readonly Url?: string;
}

/**
 * An error response of a bank's Ozone Connect API (Error400 and its kin: “Default error response
 * payload structure for Ozone Connect”).
 */
export interface UaeOpenFinanceBankError {
  /**
   * Required by Error400, Error403, Error409 and Error500: “Error code identifying the problem that
   * occurred.”
   */
  readonly errorCode: UaeOpenFinanceErrorCodeOrUnknown;
  /**
   * Required by Error400, Error403, Error409 and Error500: “Message describing what problem has
   * occurred”.
   */
  readonly errorMessage: string;
}

/** An OBWriteDomesticResponse5 body. */
export interface UkobPaymentOrderResponse {
  /** Required by OBWriteDomesticResponse5. */
  readonly Data: UkobPaymentOrder;
  readonly Links?: unknown;
  readonly Meta?: unknown;
}

/** The domestic payment (OBWriteDomesticResponse5's Data). */
export interface UkobPaymentOrder {
  /**
   * OB: Unique identification as assigned by the ASPSP to uniquely identify the domestic payment
   * resource. Required by OBWriteDomesticResponse5's Data.
   */
  readonly DomesticPaymentId: string;
  /**
   * OB: Unique identification as assigned by the ASPSP to uniquely identify the consent resource.
   * Required by OBWriteDomesticResponse5's Data.
   */
  readonly ConsentId: string;
  /** Required by OBWriteDomesticResponse5's Data. */
  readonly CreationDateTime: string;
  /**
   * Specifies the status of the payment information group. Required by OBWriteDomesticResponse5's
   * Data: the payment's status, which decides.
   */
  readonly Status: UkobPaymentStatusOrUnknown | UkobPaymentStatusV31OrUnknown;
  /** Required by OBWriteDomesticResponse5's Data. */
  readonly StatusUpdateDateTime: string;
  /**
   * Why the payment has its status (OBPaymentStatusReason: StatusReasonCode, an
   * OBExternalStatusReason1Code value, and its Description): an array in the OpenAPI file, an
   * object in the Domestic Payments page's example.
   */
  readonly StatusReason?: unknown;
  /** Expected execution date and time for the payment resource. */
  readonly ExpectedExecutionDateTime?: string;
  /** Expected settlement date and time for the payment resource. */
  readonly ExpectedSettlementDateTime?: string;
  readonly Refund?: unknown;
  readonly Charges?: unknown;
  /** Required by OBWriteDomesticResponse5's Data: the Initiation of the payment's consent. */
  readonly Initiation: unknown;
  /** The multiple authorisation flow response from the ASPSP. */
  readonly MultiAuthorisation?: UkobMultiAuthorisationFlow;
  readonly Debtor?: unknown;
}

/** The payment's multiple authorisation flow (Data.MultiAuthorisation). */
export interface UkobMultiAuthorisationFlow {
  /** Required by Data.MultiAuthorisation. */
  readonly Status: UkobMultiAuthorisationStatusOrUnknown | UkobMultiAuthorisationStatusV31OrUnknown;
  readonly NumberRequired?: number;
  readonly NumberReceived?: number;
  readonly LastUpdateDateTime?: string;
  readonly ExpirationDateTime?: string;
}

/** An Error body (“Klasa zawierająca informacje o zwracanym błędzie / Error class”). */
export interface PolishApiErrorResponse {
  readonly responseHeader?: PolishApiResponseHeader;
  /** Kod błędu / Error code: free text, of which the files list no values. */
  readonly code?: string;
  /** Opis błędu / Error message */
  readonly message?: string;
}

/** Klasa zawierająca zwrotne metadane / Metadata Class */
export interface PolishApiResponseHeader {
  /** Identyfikator żądania otrzymanego od TPP / Identifier of request received from TPP */
  readonly requestId?: string;
  /** Data odpowiedzi, format: YYYY-MM-DDThh:mm:ss[.mmm] / Send date */
  readonly sendDate?: string;
  readonly isCallback?: boolean;
}

/** An API error response's body (ErrorResponse). */
export interface EnableBankingEnableBankingError {
  /**
   * Error message The spec requires it, but an app's production report quotes a body without it.
   */
  readonly message?: string;
  /** Error code, identical to the http response code */
  readonly code?: EnableBankingResponseStatusOrUnknown | null;
  /** Text error code */
  readonly error?: EnableBankingErrorCodeOrUnknown | null;
  /** Detailed explanation of an error */
  readonly detail?: unknown;
}

/** An API error response's body. */
export interface TellerTellerError {
  /** The page's example error object nests it under error. */
  readonly error: TellerErrorObject;
}

/** An object describing the error condition. */
export interface TellerErrorObject {
  /** The example error object has it. */
  readonly code: TellerErrorCodeOrUnknown;
  readonly message?: string;
}

/** Any Teller webhook. */
export interface TellerTellerWebhook {
  /** The id of the webhook event */
  readonly id: string;
  /** Event specific data or an empty object for webhook.test */
  readonly payload: TellerPayload;
  /** The ISO 8601 timestamp of the event. */
  readonly timestamp: string;
  /** The type of the event. */
  readonly type: TellerWebhookTypeOrUnknown;
}

/** Event specific data: an enrollment.disconnected's enrollment and reason. */
export interface TellerPayload {
  readonly enrollment_id?: string;
  readonly reason?: TellerDisconnectReasonOrUnknown;
}

/** The variant whose webhook_type is TOKEN: the fields of WebhookEnvelope and its own. */
export interface AkahuTokenWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: "TOKEN";
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
  /** The user token (TOKEN DELETE). */
  readonly item_id?: string;
}

/** The variant whose webhook_type is ACCOUNT: the fields of WebhookEnvelope and its own. */
export interface AkahuAccountWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: "ACCOUNT";
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
  /** The account ID that was created, deleted or updated. */
  readonly item_id?: string;
  /** The fields that were updated on the account. */
  readonly updated_fields?: ReadonlyArray<string>;
  /** The old account ID (MIGRATE). */
  readonly previous_item_id?: string;
  /** The new account ID (MIGRATE). */
  readonly new_item_id?: string;
}

/** The variant whose webhook_type is TRANSACTION: the fields of WebhookEnvelope and its own. */
export interface AkahuTransactionWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: "TRANSACTION";
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
  /** The account ID that the transactions were updated for, or deleted from. */
  readonly item_id?: string;
  /** The number of new transactions that are available. */
  readonly new_transactions?: number;
  /** The IDs of the new transactions that are available. */
  readonly new_transaction_ids?: ReadonlyArray<string>;
  /** The IDs of the transactions that were removed. */
  readonly removed_transactions?: ReadonlyArray<string>;
}

/** The variant whose webhook_type is TRANSFER: the fields of WebhookEnvelope and its own. */
export interface AkahuTransferWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: "TRANSFER";
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
  /** The transfer. */
  readonly item_id?: string;
  /** When the transfer was received (RECEIVED). */
  readonly received_at?: string;
  /** The transfer's status (UPDATE). */
  readonly status?: AkahuTransferStatusOrUnknown;
  /** A text about the status (UPDATE). */
  readonly status_text?: string;
}

/** The variant whose webhook_type is PAYMENT: the fields of WebhookEnvelope and its own. */
export interface AkahuPaymentWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: "PAYMENT";
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
  /** The payment. */
  readonly item_id?: string;
  /** When the payment was received (RECEIVED). */
  readonly received_at?: string;
  /**
   * The payment's status (UPDATE); the SDK types it as TransferStatus, whose values are the same.
   */
  readonly status?: AkahuPaymentStatusOrUnknown;
  /** A text about the status (UPDATE). */
  readonly status_text?: string;
  /** Why the payment has its status (UPDATE). */
  readonly status_code?: AkahuPaymentStatusCodeOrUnknown;
}

/**
 * Any other webhook_type, without a schema here: the fields of WebhookEnvelope. What `default:`
 * receives after a `case` for each `webhook_type` with a variant; there its `webhook_type` reads as
 * a string.
 */
export interface AkahuOtherWebhook {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: UnknownTag;
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
}

/** What every Akahu webhook has (BasePayload). */
export interface AkahuWebhookEnvelope {
  /** BasePayload.webhook_type: what the webhook is about. */
  readonly webhook_type: AkahuWebhookTypeOrUnknown;
  /** BasePayload.webhook_code: what happened. */
  readonly webhook_code: AkahuWebhookCodeOrUnknown;
  /** BasePayload.state: the value the app gave when it subscribed to the webhook. */
  readonly state: string;
}

/** An error response's body. */
export interface AkahuErrorBody {
  /**
   * false for an error (the response wrapper's key); absent in the Common error messages' examples.
   */
  readonly success?: boolean;
  /** "If success is false, you can expect a message key with a description of what went wrong." */
  readonly message: string;
}

/** An OAuth error response. */
export interface AkahuOauthErrorBody {
  /** The OAuth error code. */
  readonly error: AkahuOauthErrorOrUnknown;
  /**
   * A text about the error; the SDK shows it in place of its own text for the code where present.
   */
  readonly error_description?: string;
}

/** A webhook delivery. */
export interface QuilttQuilttWebhook {
  /**
   * The Environment object (its fields were not read). The Webhook Payload names the environment it
   * is sent from.
   */
  readonly environment: unknown;
  /** The Webhook Payload lists the event types it holds. */
  readonly eventTypes: ReadonlyArray<QuilttWebhookEventTypeOrUnknown>;
  /** The Webhook Payload holds its events. */
  readonly events: ReadonlyArray<QuilttEvent>;
}

/** One event of a delivery. */
export interface QuilttEvent {
  /** The event's id (evt_…). Each event is structured as an object with an id. */
  readonly id: string;
  /** When the event happened (ISO 8601). */
  readonly at?: string;
  /** Each event has a type. */
  readonly type: QuilttWebhookEventTypeOrUnknown;
  /** Each event names its profile. */
  readonly profile: unknown;
  /** Each event carries its record. */
  readonly record: unknown;
  /**
   * Given by certain event types only (startDate and endDate of a sync, a profile.ready's
   * connectionId).
   */
  readonly metadata?: unknown;
}

/** A Connection. */
export interface QuilttConnection {
  readonly id?: string;
  /** Every Connection has a status (ConnectionStatus!). */
  readonly status: QuilttConnectionStatusOrUnknown;
  /** Every Connection has a provider (ConnectionProvider!). */
  readonly provider: QuilttConnectionProviderOrUnknown;
  readonly externallyManaged?: boolean;
  readonly oauth?: boolean | null;
  readonly metadata?: unknown | null;
  readonly features?: unknown;
  readonly accounts?: unknown;
  readonly institution?: unknown;
  /** The provider's own data, where the query asks for it. */
  readonly remoteData?: QuilttRemoteData | null;
}

/** Remote data associated with a Connection (ConnectionRemoteData), one member per provider. */
export interface QuilttRemoteData {
  readonly plaid?: QuilttPlaidRemoteData | null;
  readonly mx?: QuilttMxRemoteData | null;
  /** Akoya's (an ID token's claims for the Connection: no code). */
  readonly akoya?: unknown | null;
  readonly mock?: unknown | null;
}

/** Connection-level data from Plaid. */
export interface QuilttPlaidRemoteData {
  readonly connection?: QuilttPlaidConnectionData | null;
  readonly accountOwners?: unknown | null;
  readonly liabilities?: unknown | null;
}

/** The Connection data from Plaid: the response body and when it was fetched. */
export interface QuilttPlaidConnectionData {
  readonly response?: QuilttPlaidItem | null;
  readonly timestamp?: string;
}

/** Plaid's Item (RemoteDataPlaidItem), its fields in camelCase. */
export interface QuilttPlaidItem {
  readonly itemId?: string | null;
  readonly institutionId?: string | null;
  readonly webhook?: string | null;
  readonly updateType?: string | null;
  readonly consentExpirationTime?: string | null;
  readonly availableProducts?: unknown | null;
  readonly billedProducts?: unknown | null;
  readonly consentedProducts?: unknown | null;
  readonly products?: unknown | null;
  /** The Item's error, null where none has occurred. */
  readonly error?: QuilttPlaidError | null;
}

/**
 * Plaid's error object as Quiltt passes it on (RemoteDataPlaidError): Plaid's error_code,
 * error_type and their kin, in camelCase.
 */
export interface QuilttPlaidError {
  /** "The particular error code. Safe for programmatic use." */
  readonly errorCode?: PlaidErrorCodeOrUnknown | null;
  /** "A broad categorization of the error. Safe for programmatic use." */
  readonly errorType?: PlaidErrorTypeOrUnknown | null;
  readonly errorMessage?: string | null;
  readonly displayMessage?: string | null;
  readonly documentationUrl?: string | null;
  readonly requestId?: string | null;
  readonly status?: number | null;
  readonly suggestedAction?: string | null;
  readonly causes?: unknown | null;
}

/** Connection-level data from MX. */
export interface QuilttMxRemoteData {
  readonly connection?: QuilttMxConnectionData | null;
  readonly accountOwners?: unknown | null;
}

/** The Connection data from MX: the response body and when it was fetched. */
export interface QuilttMxConnectionData {
  readonly response?: QuilttMxMember | null;
  readonly timestamp?: string;
}

/** MX's member (RemoteDataMxMember), its fields in camelCase. */
export interface QuilttMxMember {
  /**
   * "This indicates the state of a member’s aggregation. See member connection statuses for more
   * information." A text: MX's status by name, which the catalog, holding MX's statuses by number,
   * reads as unknown.
   */
  readonly connectionStatus?: MxConnectionStatusOrUnknown | null;
  readonly guid?: string | null;
  readonly id?: string | null;
  readonly institutionCode?: string | null;
  readonly name?: string | null;
  readonly isBeingAggregated?: boolean | null;
  readonly isOauth?: boolean | null;
  readonly isManagedByUser?: boolean | null;
  readonly backgroundAggregationIsDisabled?: boolean | null;
  readonly aggregatedAt?: string | null;
  readonly successfullyAggregatedAt?: string | null;
  readonly oauthWindowUri?: string | null;
  readonly metadata?: string | null;
  readonly userGuid?: string | null;
  readonly userId?: string | null;
}

/** An error response's body. */
export interface QuilttErrorBody {
  /** ErrorData and UnauthorizedData both have it. */
  readonly message: string;
  /** ErrorData and UnauthorizedData both have it: what to do. */
  readonly instruction: string;
  /** The error's identifier (ErrorData: a 400's body). */
  readonly error_id?: string;
}

/** An error Tink Link returns (the keys of the Transactions errors page). */
export interface TinkTinkLinkError {
  /** Describes the category of the error. Marked Always on the Transactions errors page. */
  readonly error: TinkLinkErrorStatusOrUnknown;
  /** Describes the cause of the error. Marked Always on the Transactions errors page. */
  readonly error_reason: TinkLinkErrorReasonOrUnknown;
  /**
   * A localized user-facing error message; marked Always on the page, but the iOS SDK's cancel
   * callback has none.
   */
  readonly message?: string;
}

/** An error body of the legacy API (RESTError). */
export interface TinkTinkLegacyError {
  /** RESTError.errorCode is not optional. */
  readonly errorCode: TinkLegacyErrorCodeOrUnknown;
  /** RESTError.errorMessage, optional. */
  readonly errorMessage?: string;
}

/**
 * The variant whose event is account-transactions:modified: the fields of WebhookEnvelope and its
 * own.
 */
export interface TinkAccountTransactionsModifiedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "account-transactions:modified";
}

/**
 * The variant whose event is account-booked-transactions:modified: the fields of WebhookEnvelope
 * and its own.
 */
export interface TinkAccountBookedTransactionsModifiedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "account-booked-transactions:modified";
}

/** The variant whose event is account:created: the fields of WebhookEnvelope and its own. */
export interface TinkAccountCreatedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "account:created";
}

/** The variant whose event is account:updated: the fields of WebhookEnvelope and its own. */
export interface TinkAccountUpdatedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "account:updated";
}

/** The variant whose event is refresh:finished: the fields of WebhookEnvelope and its own. */
export interface TinkRefreshFinishedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "refresh:finished";
}

/**
 * The variant whose event is actionable-insights:created: the fields of WebhookEnvelope and its
 * own.
 */
export interface TinkActionableInsightsCreatedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "actionable-insights:created";
}

/** The variant whose event is payment:updated: the fields of WebhookEnvelope and its own. */
export interface TinkPaymentUpdatedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "payment:updated";
}

/**
 * The variant whose event is mandate-payment:updated: the fields of WebhookEnvelope and its own.
 */
export interface TinkMandatePaymentUpdatedWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: "mandate-payment:updated";
}

/**
 * Any other event, without a schema here: the fields of WebhookEnvelope. What `default:` receives
 * after a `case` for each `event` with a variant; there its `event` reads as a string.
 */
export interface TinkOtherWebhook {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: UnknownTag;
}

/** The fields every Tink webhook shares (Message structure). */
export interface TinkWebhookEnvelope {
  /** Specifies optional metadata about the context the event refers to, for example user IDs. */
  readonly context?: TinkContext;
  /** Message structure: it contains detailed information about the particular event. */
  readonly content: unknown;
  /** Message structure: it specifies the event type. */
  readonly event: TinkWebhookEventOrUnknown;
}

/** The context of an event (the page's example: the user's ids). */
export interface TinkContext {
  /** The Tink user's id (the example's context). */
  readonly userId?: string;
  /** The app's own id of the user (the example's context). */
  readonly externalUserId?: string;
}

/** An API error response's body (ServiceError). */
export interface PowensPowensError {
  /** A code to describe the error. ServiceError requires it. */
  readonly code: PowensErrorCodeOrUnknown;
  /**
   * Technical description of the error (not intended for end-user display). ServiceError requires
   * it.
   */
  readonly description: string;
  /**
   * For relevant errors, an optional message from the institution website or API that can be
   * presented to an end-user.
   */
  readonly message?: string | null;
  /**
   * Unique ID of the request (which could be used for audit): an integer on the Errors page, a
   * string in the SDK.
   */
  readonly request_id?: unknown | null;
}

/** A connection (Connection). */
export interface PowensPowensConnection {
  /** ID of the connection. Connection requires it. */
  readonly id: number;
  /** ID of the related user. */
  readonly id_user?: number | null;
  /** ID of the related connector. Connection requires it. */
  readonly id_connector: number;
  /** ID of the provider (deprecated). */
  readonly id_provider?: number;
  /** ID of the bank (deprecated). */
  readonly id_bank?: number;
  /** If the last update failed, the state code; null after a successful sync. */
  readonly state?: PowensConnectionStateOrUnknown | null;
  /** The state's deprecated twin. */
  readonly error?: PowensConnectionStateOrUnknown | null;
  /**
   * If the last update failed, an optional message from the connector to guide the user into
   * recovering from the error.
   */
  readonly error_message?: string | null;
  /**
   * For connections in an error state, an optional list of form fields that must be prompted to the
   * end-user.
   */
  readonly fields?: unknown | null;
  /** Last successful update. */
  readonly last_update?: string | null;
  /** Creation date of the connection. Connection requires it. */
  readonly created: string;
  /** Whether this connection is active and will be automatically synced. Connection requires it. */
  readonly active: boolean;
  /** Last successful push. */
  readonly last_push?: string | null;
  /** Highest value among expiration dates of connection sources. */
  readonly expire?: string | null;
  /** UUID of the connector. */
  readonly connector_uuid?: string;
  /** Scheduled date of next synchronization. */
  readonly next_try?: string | null;
  /** The connector (an optional expand). */
  readonly connector?: unknown | null;
  /** The connection's sources, each with its state and access_expire (an optional expand). */
  readonly sources?: unknown | null;
  /** The activated bank accounts (an optional expand). */
  readonly accounts?: unknown | null;
  /** All bank accounts, disabled ones included (an optional expand). */
  readonly all_accounts?: unknown | null;
}

/** The variant whose type is user.deleted: the fields of WebhookEnvelope and its own. */
export interface BridgeUserDeletedWebhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "user.deleted";
}

/** The variant whose type is item.created: the fields of WebhookEnvelope and its own. */
export interface BridgeItemCreatedWebhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "item.created";
}

/** The variant whose type is item.refreshed: the fields of WebhookEnvelope and its own. */
export interface BridgeItemRefreshedWebhook {
  /** The Item refreshed example carries the refreshed item's status in content. */
  readonly content: BridgeItemRefreshedContent;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "item.refreshed";
}

/** The variant whose type is ITEM_CREATED: the fields of WebhookEnvelope and its own. */
export interface BridgeItemCreatedV2019Webhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "ITEM_CREATED";
}

/** The variant whose type is ACCOUNT_CREATED: the fields of WebhookEnvelope and its own. */
export interface BridgeAccountCreatedV2019Webhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "ACCOUNT_CREATED";
}

/**
 * The variant whose type is payment.transaction.updated: the fields of WebhookEnvelope and its own.
 */
export interface BridgePaymentTransactionUpdatedWebhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "payment.transaction.updated";
}

/** The variant whose type is TEST_EVENT: the fields of WebhookEnvelope and its own. */
export interface BridgeTestEventWebhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: "TEST_EVENT";
}

/**
 * Any other type, without a schema here: the fields of WebhookEnvelope. What `default:` receives
 * after a `case` for each `type` with a variant; there its `type` reads as a string.
 */
export interface BridgeOtherWebhook {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: UnknownTag;
}

/** The fields every Bridge webhook shares. */
export interface BridgeWebhookEnvelope {
  /** Every example carries the event's data in content. */
  readonly content: unknown;
  /** Every example has it (milliseconds since the epoch). */
  readonly timestamp: number;
  /** The type says what the webhook is about. */
  readonly type: BridgeWebhookTypeOrUnknown;
}

/** The content of an item refreshed webhook: the item and its status after the refresh. */
export interface BridgeItemRefreshedContent {
  readonly account_types?: string;
  /** Whether the item's full history was fetched. */
  readonly full_refresh?: boolean;
  /** The source of the refresh: connect, api or scheduler. */
  readonly refresh_trigger?: string;
  /** The example names the item refreshed. */
  readonly item_id: number;
  /** The item's status after the refresh (0: ok). */
  readonly status_code?: BridgeItemStatusOrUnknown;
  /** More about the item's status ("ok" in the example). */
  readonly status_code_info?: BridgeStatusCodeInfoOrUnknown;
  readonly user_uuid?: string;
}

/** An item resource. */
export interface BridgeBridgeItem {
  /** Item's unique identifier. */
  readonly id: number;
  /** Item status codes are detailed on the page. */
  readonly status: BridgeItemStatusOrUnknown;
  readonly status_code_info?: BridgeStatusCodeInfoOrUnknown;
  readonly status_code_description?: string;
  readonly resource_uri?: string;
  readonly resource_type?: string;
  readonly bank_id?: number;
  readonly bank?: unknown;
  readonly accounts?: unknown;
}

/** An API error body. */
export interface BridgeBridgeError {
  /** The Errors fields: Error code. */
  readonly code: BridgeErrorCodeOrUnknown;
  /** Property or parameter that is invalid */
  readonly property?: string;
  /** Human-readable error description */
  readonly message?: string;
}

/** An API error body (v2019.2.18). */
export interface BridgeBridgeErrorV2019 {
  /** Machine readable error message. */
  readonly type: BridgeErrorTypeOrUnknown;
  /** Human readable error message. */
  readonly message?: string;
  /** Optional link to documentation. */
  readonly documentation_url?: string | null;
}

/** A GraphQL response with errors. */
export interface StitchGraphqlErrorResponse {
  /** The errors field contains a list of errors. */
  readonly errors: ReadonlyArray<StitchGraphqlError>;
  /** What resolved: a query may partially fail. */
  readonly data?: unknown | null;
  /**
   * The code of the whole response, where the Token Lifetimes page's expired-token response puts
   * it.
   */
  readonly extensions?: StitchGraphqlErrorExtensions;
}

/** One error of the list. */
export interface StitchGraphqlError {
  /** Every error of the page's example has one (its common parameters table starts with it). */
  readonly message: string;
  readonly locations?: unknown;
  readonly path?: unknown;
  readonly extensions?: StitchGraphqlErrorExtensions;
}

/** The error's code and Stitch's own details. */
export interface StitchGraphqlErrorExtensions {
  readonly code?: StitchGraphqlErrorCodeOrUnknown;
  /** The scopes the token is missing. */
  readonly missingScopes?: ReadonlyArray<string>;
}

/** A payment webhook's body. */
export interface StitchPaymentWebhook {
  /** The example payload holds the event in data. */
  readonly data: StitchWebhookData;
}

/** The subscription's root. */
export interface StitchWebhookData {
  /** Only client level subscriptions are supported. */
  readonly client: StitchWebhookClient;
}

/** The client's payment requests. */
export interface StitchWebhookClient {
  /** The payment webhook's subscription. */
  readonly paymentInitiationRequests: StitchPaymentRequestEdge;
}

/** The payment request the event is about. */
export interface StitchPaymentRequestEdge {
  /** The example's payment request. */
  readonly node: StitchPaymentRequestNode;
}

/** A PaymentInitiationRequest, with the fields the subscription asked for. */
export interface StitchPaymentRequestNode {
  readonly __typename?: string;
  readonly id?: string;
  readonly externalReference?: string | null;
  readonly state?: StitchPaymentRequestStateObject;
  readonly paymentConfirmation?: StitchPaymentConfirmationObject | null;
  readonly amount?: unknown;
  readonly beneficiaryReference?: string;
  readonly cancellationReason?: unknown;
  readonly created?: string;
  readonly createdAt?: string;
  readonly currency?: string;
  readonly events?: unknown;
  readonly bankBeneficiaries?: unknown;
  readonly beneficiaries?: unknown;
}

/** The request's state, one of the PaymentInitiationRequestState union's objects. */
export interface StitchPaymentRequestStateObject {
  readonly __typename?: StitchPaymentRequestStateOrUnknown;
  readonly date?: string;
  readonly reason?: string;
}

/** Whether the funds reached the Stitch intermediary account. */
export interface StitchPaymentConfirmationObject {
  readonly __typename?: StitchPaymentConfirmationStatusOrUnknown;
}

/** A Token API error response. */
export interface StitchTokenErrorBody {
  /** Each of the page's examples has it. */
  readonly error: StitchTokenErrorOrUnknown;
  readonly error_description?: string;
}

/** A top level object for errors. */
export interface MastercardObwmsErrorWrapper {
  /** Required by the ErrorWrapper schema. */
  readonly Errors: MastercardObwmsErrors;
}

/** Object that contains the list of errors. */
export interface MastercardObwmsErrors {
  /** Required by the Errors schema. */
  readonly Error: ReadonlyArray<MastercardObwmsError>;
}

/** A single error. */
export interface MastercardObwmsError {
  /** The application that generated this error */
  readonly source?: string;
  /** A unique constant identifying the error case encountered during transaction processing */
  readonly reasonCode?: MastercardObwmsReasonCodeOrUnknown;
  /** Description of the ReasonCode field with additional details. */
  readonly description?: string;
  /**
   * Indicates whether this error will always be returned for this request, or retrying could change
   * the outcome
   */
  readonly recoverable?: boolean;
  /** Details for backwards compatibility. */
  readonly details?: string | null;
}

/** An API error body. */
export interface MastercardEuropeErrorBody {
  /** The page: the API returns a JSON response containing the error code. */
  readonly error: MastercardEuropeErrorOrUnknown;
  /** The format and the keys vary between error codes. */
  readonly details?: unknown;
}

/** Transaction refresh status. */
export interface MastercardRefreshStatus {
  readonly refreshId?: string;
  readonly customerId?: string;
  /** List of account refresh status details for the transaction refresh request. */
  readonly accounts?: ReadonlyArray<MastercardRefreshAccount>;
  readonly mode?: string;
  readonly status?: string;
  readonly totalCount?: number;
  readonly successCount?: number;
  readonly failedCount?: number;
}

/** An account's refresh status. */
export interface MastercardRefreshAccount {
  readonly accountId?: string;
  readonly institutionLoginId?: string;
  readonly institutionId?: string;
  readonly aggregationStatusCode?: number;
  readonly aggregationSuccessDate?: string;
  /** The examples give it to a row that failed, with a message. */
  readonly code?: MastercardErrorCodeOrUnknown;
  readonly message?: string;
}

/** A Payment Success Indicators score response. */
export interface MastercardPaymentSuccessIndicators {
  readonly payRequestId?: string;
  readonly status?: string;
  readonly customerId?: string;
  readonly accountId?: string;
  readonly requestDate?: string;
  readonly transaction?: unknown;
  readonly nsfReturnRisk?: MastercardReturnRisk;
  readonly unauthorizedReturnRisk?: MastercardReturnRisk;
}

/** The result or error of a return risk prediction. */
export interface MastercardReturnRisk {
  readonly result?: unknown;
  readonly error?: MastercardRiskError;
}

/** An error response (ErrorMessage). */
export interface MastercardRiskError {
  /** The only field ErrorMessage requires. */
  readonly code: MastercardErrorCodeOrUnknown;
  readonly status?: string;
  readonly message?: string;
}

/** An Account Set (version 2). */
export interface SimpleFinSimpleFinAccountSet {
  /** List of errors */
  readonly errlist: ReadonlyArray<SimpleFinSimpleFinError>;
  /** DEPRECATED: Array of strings suitable for displaying to a user. */
  readonly errors?: ReadonlyArray<string>;
  /** List of Connections. */
  readonly connections: ReadonlyArray<unknown>;
  /** List of Accounts. */
  readonly accounts: ReadonlyArray<unknown>;
}

/** An Error of errlist. */
export interface SimpleFinSimpleFinError {
  /** One of the codes listed below */
  readonly code: SimpleFinGeneralErrorOrUnknown | SimpleFinConnectionErrorOrUnknown | SimpleFinAccountErrorOrUnknown;
  /**
   * String error suitable for displaying to users (the Error table's name; the sample responses
   * name it message)
   */
  readonly msg?: string;
  /** The App Quickstart's sample response and pull request #31 name the text message */
  readonly message?: string;
  /** Connection id. This is only given if the error is specific to a particular connection. */
  readonly conn_id?: string;
  /** Account id. This is only given if the error is specific to a particular account. */
  readonly account_id?: string;
}

/** An Account Set (version 1). */
export interface SimpleFinSimpleFinAccountSetV1 {
  /** Array of strings suitable for displaying to a user. */
  readonly errors: ReadonlyArray<string>;
  /** List of accounts. */
  readonly accounts: ReadonlyArray<unknown>;
}

/** An Error. */
export interface SimpleFinSimpleFinErrorBody {
  /** One of the codes listed below */
  readonly code: SimpleFinGeneralErrorOrUnknown | SimpleFinConnectionErrorOrUnknown | SimpleFinAccountErrorOrUnknown;
  /**
   * String error suitable for displaying to users (the Error table's name; the sample responses
   * name it message)
   */
  readonly msg?: string;
  /** The App Quickstart's sample response and pull request #31 name the text message */
  readonly message?: string;
  /** Connection id. This is only given if the error is specific to a particular connection. */
  readonly conn_id?: string;
  /** Account id. This is only given if the error is specific to a particular account. */
  readonly account_id?: string;
}

/** A callback's body. */
export interface SaltEdgeCallback {
  /** The connection the callback is about. */
  readonly data: SaltEdgeCallbackData;
  /** The callback API's version and the time it was sent. */
  readonly meta: SaltEdgeCallbackMeta;
}

/** What the callback reports. */
export interface SaltEdgeCallbackData {
  /** The unique ID representing the connection related to this callback. */
  readonly connection_id: string;
  /** The unique ID representing the customer related to this callback. */
  readonly customer_id: string;
  /** Additional custom fields associated with the callback. */
  readonly custom_fields?: unknown;
  /** The stage of the callback. */
  readonly stage?: SaltEdgeCallbackStageOrUnknown;
}

/** The callback's metadata. */
export interface SaltEdgeCallbackMeta {
  /** The version of the callback. */
  readonly version: string;
  /** The timestamp when the callback occurred, represented in ISO 8601 format. */
  readonly time: string;
}

/** An error response's body. */
export interface SaltEdgeErrorBody {
  /** The error. */
  readonly error: SaltEdgeErrorDetail;
}

/** The error's class and message. */
export interface SaltEdgeErrorDetail {
  /** The error's class (SEError's errorClass). */
  readonly class: SaltEdgeErrorClassOrUnknown;
  /** The error's message (SEError's errorMessage). */
  readonly message: string;
  /** Where the error is documented (optional in SEError). */
  readonly documentation_url?: string;
}

/** An API v4 error response's body. */
export interface SaltEdgeV4ErrorBody {
  /** The SDK reads the error's class from error_class. */
  readonly error_class: SaltEdgeErrorClassOrUnknown;
  /** The SDK reads the error's message from error_message. */
  readonly error_message: string;
  /** The request's parameters, as Salt Edge read them. */
  readonly request?: unknown;
}

/** An error callback's parameters. */
export interface TokenioCallbackError {
  /** "The request-id is always returned in the callback for Payments v1." */
  readonly "request-id": string;
  /** The token request's id again, in the API-only callback. */
  readonly request_id?: string;
  /** The trace id of the failed callback (API-only). */
  readonly "trace-id"?: string;
  /** What failed: a gRPC status code (API-only) or a Hosted Pages error. */
  readonly error: TokenioCallbackErrorCodeOrUnknown | TokenioHostedPagesErrorOrUnknown;
  /** Why, in words. */
  readonly message?: string;
}

/** The answer of GET /login_identity. */
export interface FinverseGetLoginIdentityByIdResponse {
  /** GetLoginIdentityByIdResponse's login_identity is required. */
  readonly login_identity: FinverseLoginIdentity;
  /** The institution of the login identity. */
  readonly institution?: unknown;
}

/** A login identity (the SDK's LoginIdentity). */
export interface FinverseLoginIdentity {
  /** Required by the SDK's LoginIdentity. */
  readonly login_identity_id: string;
  readonly customer_app_id?: string;
  readonly user_id?: string;
  readonly institution_id?: string;
  /** Required by the SDK's LoginIdentity (LoginIdentityStatus). */
  readonly status: FinverseLoginIdentityStatusOrUnknown;
  readonly session_status?: FinverseLoginIdentitySessionStatusOrUnknown;
  readonly authentication_status?: FinverseAuthentication;
  readonly error?: FinverseLoginIdentityError;
  readonly permissions_grant_date?: string;
  /**
   * A date whose meaning the part of the SDK read does not state; not read as the end of the login
   * identity's access.
   */
  readonly permissions_expiry_date?: string;
  /** The address Finverse calls for this login identity. */
  readonly webhook?: string;
  readonly product_status?: unknown;
  readonly status_details?: unknown;
}

/** The status of signing in to the institution (the SDK's AuthenticationStatus). */
export interface FinverseAuthentication {
  readonly status?: FinverseAuthenticationStatusOrUnknown;
  readonly status_details?: string;
  readonly last_update?: string;
  readonly last_successful_update?: string;
}

/**
 * The login identity's error (the SDK's LoginIdentityError): a number, a type, a message and
 * details, none of them enumerated.
 */
export interface FinverseLoginIdentityError {
  readonly code?: number;
  readonly type?: string;
  readonly message?: string;
  readonly details?: string;
}

/** The variant whose event_type is AUTHENTICATED: the fields of WebhookEnvelope and its own. */
export interface FinverseAuthenticatedWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "AUTHENTICATED";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The body Finverse signed names the login identity. */
  readonly login_identity_id: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** The variant whose event_type is PAYMENT_EXECUTED: the fields of WebhookEnvelope and its own. */
export interface FinversePaymentExecutedWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "PAYMENT_EXECUTED";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** The variant whose event_type is PAYMENT_FAILED: the fields of WebhookEnvelope and its own. */
export interface FinversePaymentFailedWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "PAYMENT_FAILED";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** The variant whose event_type is PAYMENT_SUBMITTED: the fields of WebhookEnvelope and its own. */
export interface FinversePaymentSubmittedWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "PAYMENT_SUBMITTED";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/**
 * The variant whose event_type is PAYMENT_LINK_SETUP_SUCCEEDED: the fields of WebhookEnvelope and
 * its own.
 */
export interface FinversePaymentLinkSetupSucceededWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "PAYMENT_LINK_SETUP_SUCCEEDED";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** The variant whose event_type is PAYMENT_LINK_PAID: the fields of WebhookEnvelope and its own. */
export interface FinversePaymentLinkPaidWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: "PAYMENT_LINK_PAID";
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/**
 * Any other event_type, without a schema here: the fields of WebhookEnvelope. What `default:`
 * receives after a `case` for each `event_type` with a variant; there its `event_type` reads as a
 * string.
 */
export interface FinverseOtherWebhook {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: UnknownTag;
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** The fields of Finverse's webhooks as its integration reads them and its tests send them. */
export interface FinverseWebhookEnvelope {
  /**
   * The integration routes every webhook by its event_type ("the `event_type` property of the
   * webhook payload").
   */
  readonly event_type: FinverseEventTypeOrUnknown;
  /**
   * When the event happened (the signed body's 2024-08-05T09:10:15.05107677Z); the integration
   * records it as the payment's time.
   */
  readonly event_time?: string;
  /** The event's id; empty in the body Finverse signed, so not a deduplication key. */
  readonly event_id?: string;
  /**
   * The Finverse app the webhook was sent for: the integration refuses a body whose customer_app_id
   * is not its own, against a valid webhook of another app's replayed.
   */
  readonly customer_app_id?: string;
  /** The login identity the event concerns. */
  readonly login_identity_id?: string;
  /** The payment the event concerns (GET /payments/{id} reads it). */
  readonly payment_id?: string;
  /** The payment method the payment used, or the payment link set up. */
  readonly payment_method_id?: string;
  /** The app's own id of the user, as the app gave it to Finverse. */
  readonly external_user_id?: string;
  /** The metadata the app gave the payment. */
  readonly metadata?: unknown;
}

/** An error response's body (ErrBodyModelV2). */
export interface FinverseErrorBody {
  /** ErrBodyModelV2's error. */
  readonly error: FinverseErrorDetail;
}

/** The error (FvErrorModelV2): its type, its code, a message and details, and the request's id. */
export interface FinverseErrorDetail {
  /** Required by FvErrorModelV2 ("The error type"). */
  readonly type: FinverseErrorTypeOrUnknown;
  /** Required by FvErrorModelV2. */
  readonly error_code: FinverseErrorCodeOrUnknown;
  /** Required by FvErrorModelV2. */
  readonly message: string;
  /** More about the error (required by FvErrorModelV2, not by BadRequestModelV2's error). */
  readonly details?: string;
  /** Required by FvErrorModelV2 ("The request_id provided in the request header"). */
  readonly request_id: string;
  /**
   * The older models' code: a string beside error_code in FvErrorModel, a number in
   * BadRequestModelV2's error (40004, its example).
   */
  readonly code?: unknown;
}

/** A Statement API error response. */
export interface BrankasStatementErrorBody {
  /** The page's example body has it. */
  readonly error: BrankasStatementErrorOrUnknown;
}

/** A GraphQL result that holds errors. */
export interface QuilttResult {
  /** The ErrorLink reads result.errors. */
  readonly errors: ReadonlyArray<QuilttGraphQLError>;
  readonly data?: unknown | null;
}

/** One error of the result. */
export interface QuilttGraphQLError {
  /** The ErrorLink logs each error's message. */
  readonly message: string;
  readonly locations?: unknown;
  readonly path?: unknown;
  readonly extensions?: QuilttExtensions;
}

/**
 * What the error's extensions carry, as the ErrorLink logs them and the SDK's own errors set them.
 */
export interface QuilttExtensions {
  /** The GraphQL class of the error (UNAUTHENTICATED). */
  readonly code?: string;
  readonly errorId?: string;
  /** What to do, in Quiltt's words. */
  readonly instruction?: string;
  /** A page of Quiltt's documentation on the error. */
  readonly documentationUrl?: string;
  /** Why (NO_TOKEN, TOKEN_EXPIRED: the SDK's own errors). */
  readonly reason?: string;
  /** When the session token expired (Unix seconds: the SDK's own error). */
  readonly expiredAt?: number;
}

/** A refused request's messages, by field. */
export interface ArgyleFieldErrors {
  /** The messages of an invalid email address. */
  readonly email?: ReadonlyArray<string>;
  /** The messages of an invalid phone number. */
  readonly phone_number?: ReadonlyArray<string>;
}

/**
 * Any Lean webhook, chosen by its type. Comparing `type` with a value (`===`, `switch`) narrows it
 * to that value's variant; a value without one is LeanOtherWebhook's (see {@link UnknownTag}).
 */
export type LeanLeanWebhook = LeanEntityCreatedWebhook | LeanEntityUpdatedWebhook | LeanEntityReconnectedWebhook | LeanDataRefreshUpdatedWebhook | LeanResultsReadyWebhook | LeanPaymentSourceCreatedWebhook | LeanBeneficiaryCreatedWebhook | LeanBeneficiaryUpdatedWebhook | LeanPaymentIntentCreatedWebhook | LeanPaymentCreatedWebhook | LeanPaymentUpdatedWebhook | LeanPaymentTransactionWebhook | LeanReconciliationUpdatedWebhook | LeanBankAvailabilityUpdatedWebhook | LeanConsentStatusUpdatedWebhook | LeanOtherWebhook;

/**
 * Any Argyle verifications or accounts webhook, chosen by its event. Comparing `event` with a value
 * (`===`, `switch`) narrows it to that value's variant; a value without one is ArgyleOtherWebhook's
 * (see {@link UnknownTag}).
 */
export type ArgyleArgyleWebhook = ArgyleVerificationUpdatedWebhook | ArgyleVerificationCreationFailedWebhook | ArgyleAccountAddedWebhook | ArgyleAccountConnectedWebhook | ArgyleAccountFailedWebhook | ArgyleAccountUpdatedWebhook | ArgyleOtherWebhook;

/** A step event or an error event. */
export type FlinksConnectMessage = FlinksStepEvent | FlinksErrorEvent;

/**
 * Any Flinks webhook, chosen by its ResponseType. Comparing `ResponseType` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is FlinksOtherWebhook's (see
 * {@link UnknownTag}).
 */
export type FlinksFlinksWebhook = FlinksKycWebhook | FlinksAccountsDetailWebhook | FlinksOtherWebhook;

/**
 * Any Plaid webhook, chosen by its webhook_type; its webhook_code is typed by the code set of that
 * type. Comparing `webhook_type` with a value (`===`, `switch`) narrows it to that value's variant;
 * a value without one is PlaidOtherWebhook's (see {@link UnknownTag}).
 */
export type PlaidPlaidWebhook = PlaidScreeningWebhook | PlaidEntityScreeningWebhook | PlaidBeaconWebhook | PlaidIdentityVerificationWebhook | PlaidTransactionsWebhook | PlaidIdentityWebhook | PlaidProcessorTokenWebhook | PlaidIssuesWebhook | PlaidAuthWebhook | PlaidItemWebhook | PlaidIncomeWebhook | PlaidBankTransfersWebhook | PlaidTransferWebhook | PlaidLayerWebhook | PlaidProtectWebhook | PlaidInvestmentsTransactionsWebhook | PlaidHoldingsWebhook | PlaidPartnerWebhook | PlaidLiabilitiesWebhook | PlaidPaymentInitiationWebhook | PlaidWalletWebhook | PlaidLinkDeliveryWebhook | PlaidStatementsWebhook | PlaidCashFlowUpdatesWebhook | PlaidBaseReportWebhook | PlaidCraIncomeWebhook | PlaidCheckReportWebhook | PlaidCraInsightsWebhook | PlaidLinkWebhook | PlaidDashboardConfiguredAlertWebhook | PlaidAssetsWebhook | PlaidOtherWebhook;

/** What Link passes to onExit (its error, or its metadata) or to onEvent (its metadata). */
export type PlaidLinkCallback = PlaidLinkError | PlaidLinkExitMetadata | PlaidLinkEventMetadata;

/**
 * Any MX webhook, chosen by its type. Comparing `type` with a value (`===`, `switch`) narrows it to
 * that value's variant; a value without one is MxOtherWebhook's (see {@link UnknownTag}).
 */
export type MxMxWebhook = MxConnectionStatusWebhook | MxAggregationWebhook | MxBalanceWebhook | MxStatementWebhook | MxVerificationWebhook | MxInitialDataReadyWebhook | MxOtherWebhook;

/** A FastLink post message: an error, or a provider account's status. */
export type YodleeFastLinkMessage = YodleeFastLinkError | YodleeFastLinkStatus | YodleeFastLinkEvent;

/**
 * A message the Connect widget posts, chosen by its type. Comparing `type` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is MxOtherMessage's (see {@link
 * UnknownTag}).
 */
export type MxConnectMessage = MxPing | MxNavigation | MxFocusTrap | MxLoaded | MxEnterCredentials | MxInstitutionSearch | MxSelectedInstitution | MxMemberConnected | MxConnectedPrimaryAction | MxMemberDeleted | MxCreateMemberError | MxMemberStatusUpdate | MxOauthError | MxOauthRequested | MxStepChange | MxSubmitMFA | MxUpdateCredentials | MxBackToSearch | MxInvalidData | MxBackButtonClicked | MxInitialDataReady | MxMemberError | MxMemberErrorPrimaryAction | MxMicrodepositsLoaded | MxMicrodepositsDetailsSubmitted | MxMicrodepositsVerified | MxMicrodepositsVerifiedPrimaryAction | MxMicrodepositsComeBackPrimaryAction | MxMicrodepositsErrorPrimaryAction | MxMicrodepositsBlockedRoutingNumber | MxOtherMessage;

/**
 * Any Connect webhook, chosen by its eventType. Comparing `eventType` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is MastercardOtherWebhook's
 * (see {@link UnknownTag}).
 */
export type MastercardConnectWebhook = MastercardAccountsDeletedWebhook | MastercardPingWebhook | MastercardStartedWebhook | MastercardAddedWebhook | MastercardFinancialConsentCreatedWebhook | MastercardOtherWebhook;

/**
 * What a handler of the Connect SDKs receives: an event of onDone, onCancel or onError, a user
 * event or a route event.
 */
export type MastercardSdkEvent = MastercardConnectEvent | MastercardUserEvent | MastercardRouteEvent;

/**
 * An error response: an error the bank's answer caused on an account endpoint (with a type), or any
 * other API error (its summary a fixed text or a sentence naming the object).
 */
export type GoCardlessErrorResponse = GoCardlessAccountEndpointError | GoCardlessApiError | GoCardlessFieldErrors;

/**
 * Any Stripe Event (the webhook body), chosen by its type; the Financial Connections types have
 * variants. Comparing `type` with a value (`===`, `switch`) narrows it to that value's variant; a
 * value without one is StripeOtherEvent's (see {@link UnknownTag}).
 */
export type StripeStripeEvent = StripeAccountNumbersUpdatedEvent | StripeAccountCreatedEvent | StripeAccountDeactivatedEvent | StripeAccountDisconnectedEvent | StripeAccountExpectedDeactivationDateUpdatedEvent | StripeAccountReactivatedEvent | StripeAccountRefreshedBalanceEvent | StripeAccountRefreshedOwnershipEvent | StripeAccountRefreshedTransactionsEvent | StripeAccountSupportedPaymentMethodTypesUpdatedEvent | StripeAccountUpcomingAccountNumberExpiryEvent | StripeAccountUpcomingDeactivationEvent | StripeAuthorizationExpectedDeactivationDateUpdatedEvent | StripeAuthorizationUpcomingDeactivationEvent | StripeSetupIntentCreatedEvent | StripePaymentIntentPaymentFailedEvent | StripeSetupIntentSetupFailedEvent | StripeOtherEvent;

/**
 * Any Belvo webhook, chosen by its webhook_type. Comparing `webhook_type` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is BelvoOtherWebhook's (see
 * {@link UnknownTag}).
 */
export type BelvoBelvoWebhook = BelvoLinkWebhook | BelvoPaymentIntentsWebhook | BelvoAccountsWebhook | BelvoTransactionsWebhook | BelvoChargesWebhook | BelvoEnrollmentsWebhook | BelvoBankAccountsWebhook | BelvoCustomersWebhook | BelvoPaymentAuthorizationsWebhook | BelvoOwnersWebhook | BelvoInvoicesWebhook | BelvoBillsWebhook | BelvoRecurringExpensesWebhook | BelvoRiskInsightsWebhook | BelvoIncomesWebhook | BelvoInvestmentsWebhook | BelvoInvestmentTransactionsWebhook | BelvoOtherWebhook;

/**
 * Any Payments API v3 webhook, chosen by its type. Comparing `type` with a value (`===`, `switch`)
 * narrows it to that value's variant; a value without one is TrueLayerOtherWebhook's (see {@link
 * UnknownTag}).
 */
export type TrueLayerTrueLayerWebhook = TrueLayerPaymentAuthorizedWebhook | TrueLayerPaymentExecutedWebhook | TrueLayerPaymentSettledWebhook | TrueLayerPaymentCreditableWebhook | TrueLayerPaymentSettlementStalledWebhook | TrueLayerPaymentFailedWebhook | TrueLayerMandateAuthorizedWebhook | TrueLayerMandateFailedWebhook | TrueLayerMandateRevokedWebhook | TrueLayerPaymentLinkPaymentCreatedWebhook | TrueLayerPaymentLinkDisabledWebhook | TrueLayerPayoutExecutedWebhook | TrueLayerPayoutFailedWebhook | TrueLayerRefundExecutedWebhook | TrueLayerRefundFailedWebhook | TrueLayerOtherWebhook;

/**
 * Any Pluggy webhook, chosen by its event. Comparing `event` with a value (`===`, `switch`) narrows
 * it to that value's variant; a value without one is PluggyOtherWebhook's (see {@link UnknownTag}).
 */
export type PluggyPluggyWebhook = PluggyItemErrorWebhook | PluggyConnectorStatusWebhook | PluggyPaymentRequestUpdatedWebhook | PluggyOtherWebhook;

/** What one of the widget's callbacks receives. */
export type PluggyConnectCallback = PluggyConnectEventPayload | PluggyConnectResult;

/**
 * Any Fintoc event, chosen by its type: the Payment Intent and Refresh Intent events have variants.
 * Comparing `type` with a value (`===`, `switch`) narrows it to that value's variant; a value
 * without one is FintocOtherEvent's (see {@link UnknownTag}).
 */
export type FintocFintocEvent = FintocPaymentIntentSucceededEvent | FintocPaymentIntentRejectedEvent | FintocPaymentIntentExpiredEvent | FintocPaymentIntentFailedEvent | FintocPaymentIntentPendingEvent | FintocAccountRefreshIntentSucceededEvent | FintocAccountRefreshIntentFailedEvent | FintocAccountRefreshIntentRejectedEvent | FintocAccountRefreshIntentMovementsRemovedEvent | FintocAccountRefreshIntentMovementsModifiedEvent | FintocLinkRefreshIntentSucceededEvent | FintocOtherEvent;

/**
 * Any Basiq webhook message, chosen by its event type. Comparing `eventTypeId` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is BasiqOtherWebhook's (see
 * {@link UnknownTag}).
 */
export type BasiqWebhookMessage = BasiqAccountUpdatedWebhook | BasiqConnectionActivatedWebhook | BasiqConnectionCreatedWebhook | BasiqConnectionDeletedWebhook | BasiqConnectionInvalidatedWebhook | BasiqConsentCreatedWebhook | BasiqConsentExpiredWebhook | BasiqConsentReminderWebhook | BasiqConsentRevokedWebhook | BasiqConsentUpdatedWebhook | BasiqConsentWarningWebhook | BasiqTransactionsUpdatedWebhook | BasiqUserCreatedWebhook | BasiqUserDeletedWebhook | BasiqUserUpdatedWebhook | BasiqOtherWebhook;

/**
 * Any Setu AA notification, chosen by its type. Comparing `type` with a value (`===`, `switch`)
 * narrows it to that value's variant; a value without one is SetuOtherNotification's (see {@link
 * UnknownTag}).
 */
export type SetuSetuNotification = SetuConsentStatusNotification | SetuSessionStatusNotification | SetuFiDataReadyNotification | SetuFiDataFailedNotification | SetuOtherNotification;

/** A v2 response, or the v1 account object. */
export type MonoApiResponse = MonoApiResponseV2 | MonoAccountV1Response;

/**
 * Any Mono webhook, chosen by its event. Comparing `event` with a value (`===`, `switch`) narrows
 * it to that value's variant; a value without one is MonoOtherWebhook's (see {@link UnknownTag}).
 */
export type MonoMonoWebhook = MonoAccountConnectedWebhook | MonoAccountUpdatedWebhook | MonoAccountUnlinkedWebhook | MonoReauthorisationRequiredWebhook | MonoAccountReauthorizedWebhook | MonoOtherWebhook;

/**
 * A message of the Connect widget, chosen by its type. Comparing `type` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is MonoOtherMessage's (see
 * {@link UnknownTag}).
 */
export type MonoConnectMessage = MonoWidgetOpened | MonoErrorOccured | MonoInstitutionSelected | MonoAuthMethodSwitched | MonoOnExit | MonoLoginAttempt | MonoMfaSubmitted | MonoAccountLinked | MonoAccountSelected | MonoWidgetLoaded | MonoWidgetAccountLinked | MonoWidgetChargeComplete | MonoWidgetClosed | MonoOtherMessage;

/**
 * Any Akahu webhook, chosen by its type. Comparing `webhook_type` with a value (`===`, `switch`)
 * narrows it to that value's variant; a value without one is AkahuOtherWebhook's (see {@link
 * UnknownTag}).
 */
export type AkahuAkahuWebhook = AkahuTokenWebhook | AkahuAccountWebhook | AkahuTransactionWebhook | AkahuTransferWebhook | AkahuPaymentWebhook | AkahuOtherWebhook;

/**
 * Any webhook of the Events API, chosen by its event. Comparing `event` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is TinkOtherWebhook's (see
 * {@link UnknownTag}).
 */
export type TinkTinkWebhook = TinkAccountTransactionsModifiedWebhook | TinkAccountBookedTransactionsModifiedWebhook | TinkAccountCreatedWebhook | TinkAccountUpdatedWebhook | TinkRefreshFinishedWebhook | TinkActionableInsightsCreatedWebhook | TinkPaymentUpdatedWebhook | TinkMandatePaymentUpdatedWebhook | TinkOtherWebhook;

/**
 * Any Bridge webhook, chosen by its type. Comparing `type` with a value (`===`, `switch`) narrows
 * it to that value's variant; a value without one is BridgeOtherWebhook's (see {@link UnknownTag}).
 */
export type BridgeBridgeWebhook = BridgeUserDeletedWebhook | BridgeItemCreatedWebhook | BridgeItemRefreshedWebhook | BridgeItemCreatedV2019Webhook | BridgeAccountCreatedV2019Webhook | BridgePaymentTransactionUpdatedWebhook | BridgeTestEventWebhook | BridgeOtherWebhook;

/**
 * Any Finverse webhook, chosen by its event type. Comparing `event_type` with a value (`===`,
 * `switch`) narrows it to that value's variant; a value without one is FinverseOtherWebhook's (see
 * {@link UnknownTag}).
 */
export type FinverseFinverseWebhook = FinverseAuthenticatedWebhook | FinversePaymentExecutedWebhook | FinversePaymentFailedWebhook | FinversePaymentSubmittedWebhook | FinversePaymentLinkSetupSucceededWebhook | FinversePaymentLinkPaidWebhook | FinverseOtherWebhook;
