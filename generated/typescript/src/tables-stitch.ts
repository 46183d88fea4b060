// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  StitchPaymentRequestStateInfo,
  StitchPaymentRequestStateAliases,
  StitchPaymentConfirmationStatusInfo,
  StitchPaymentConfirmationStatusAliases,
  StitchDisbursementStatusInfo,
  StitchDisbursementStatusAliases,
  StitchDisbursementErrorReasonInfo,
  StitchDisbursementErrorReasonAliases,
  StitchDisbursementPausedReasonInfo,
  StitchDisbursementPausedReasonAliases,
  StitchRefundErrorReasonInfo,
  StitchRefundErrorReasonAliases,
  StitchFailureReasonInfo,
  StitchFailureReasonAliases,
  StitchGraphqlErrorCodeInfo,
  StitchGraphqlErrorCodeAliases,
  StitchWebhookEventTypeInfo,
  StitchWebhookEventTypeAliases,
  StitchPaymentInitiationStatusInfo,
  StitchPaymentInitiationStatusAliases,
  StitchTokenErrorInfo,
  StitchTokenErrorAliases,
} from "./stitch.js";

/** Stitch's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  payment_request_state: {
    info: StitchPaymentRequestStateInfo,
    aliases: StitchPaymentRequestStateAliases,
  },
  payment_confirmation_status: {
    info: StitchPaymentConfirmationStatusInfo,
    aliases: StitchPaymentConfirmationStatusAliases,
  },
  disbursement_status: {
    info: StitchDisbursementStatusInfo,
    aliases: StitchDisbursementStatusAliases,
  },
  disbursement_error_reason: {
    info: StitchDisbursementErrorReasonInfo,
    aliases: StitchDisbursementErrorReasonAliases,
  },
  disbursement_paused_reason: {
    info: StitchDisbursementPausedReasonInfo,
    aliases: StitchDisbursementPausedReasonAliases,
  },
  refund_error_reason: {
    info: StitchRefundErrorReasonInfo,
    aliases: StitchRefundErrorReasonAliases,
  },
  failure_reason: {
    info: StitchFailureReasonInfo,
    aliases: StitchFailureReasonAliases,
  },
  graphql_error_code: {
    info: StitchGraphqlErrorCodeInfo,
    aliases: StitchGraphqlErrorCodeAliases,
  },
  webhook_event_type: {
    info: StitchWebhookEventTypeInfo,
    aliases: StitchWebhookEventTypeAliases,
  },
  payment_initiation_status: {
    info: StitchPaymentInitiationStatusInfo,
    aliases: StitchPaymentInitiationStatusAliases,
  },
  token_error: {
    info: StitchTokenErrorInfo,
    aliases: StitchTokenErrorAliases,
  },
};
