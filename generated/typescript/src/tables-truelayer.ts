// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  TrueLayerDataApiErrorInfo,
  TrueLayerDataApiErrorAliases,
  TrueLayerDataApiV3ErrorInfo,
  TrueLayerDataApiV3ErrorAliases,
  TrueLayerPaymentsErrorInfo,
  TrueLayerPaymentsErrorAliases,
  TrueLayerPaymentStatusInfo,
  TrueLayerPaymentStatusAliases,
  TrueLayerMandateStatusInfo,
  TrueLayerMandateStatusAliases,
  TrueLayerPayoutStatusInfo,
  TrueLayerPayoutStatusAliases,
  TrueLayerRefundStatusInfo,
  TrueLayerRefundStatusAliases,
  TrueLayerFailureReasonInfo,
  TrueLayerFailureReasonAliases,
  TrueLayerPayoutFailureReasonInfo,
  TrueLayerPayoutFailureReasonAliases,
  TrueLayerFailureStageInfo,
  TrueLayerFailureStageAliases,
  TrueLayerWebhookTypeInfo,
  TrueLayerWebhookTypeAliases,
  TrueLayerSdkFailureReasonInfo,
  TrueLayerSdkFailureReasonAliases,
  TrueLayerSdkProcessorStepInfo,
  TrueLayerSdkProcessorStepAliases,
  TrueLayerSdkPaymentStatusInfo,
  TrueLayerSdkPaymentStatusAliases,
  TrueLayerSdkMandateStatusInfo,
  TrueLayerSdkMandateStatusAliases,
} from "./truelayer.js";

/** TrueLayer's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  data_api_error: {
    info: TrueLayerDataApiErrorInfo,
    aliases: TrueLayerDataApiErrorAliases,
  },
  data_api_v3_error: {
    info: TrueLayerDataApiV3ErrorInfo,
    aliases: TrueLayerDataApiV3ErrorAliases,
  },
  payments_error: {
    info: TrueLayerPaymentsErrorInfo,
    aliases: TrueLayerPaymentsErrorAliases,
  },
  payment_status: {
    info: TrueLayerPaymentStatusInfo,
    aliases: TrueLayerPaymentStatusAliases,
  },
  mandate_status: {
    info: TrueLayerMandateStatusInfo,
    aliases: TrueLayerMandateStatusAliases,
    states: true,
  },
  payout_status: {
    info: TrueLayerPayoutStatusInfo,
    aliases: TrueLayerPayoutStatusAliases,
  },
  refund_status: {
    info: TrueLayerRefundStatusInfo,
    aliases: TrueLayerRefundStatusAliases,
  },
  failure_reason: {
    info: TrueLayerFailureReasonInfo,
    aliases: TrueLayerFailureReasonAliases,
  },
  payout_failure_reason: {
    info: TrueLayerPayoutFailureReasonInfo,
    aliases: TrueLayerPayoutFailureReasonAliases,
  },
  failure_stage: {
    info: TrueLayerFailureStageInfo,
    aliases: TrueLayerFailureStageAliases,
  },
  webhook_type: {
    info: TrueLayerWebhookTypeInfo,
    aliases: TrueLayerWebhookTypeAliases,
  },
  sdk_failure_reason: {
    info: TrueLayerSdkFailureReasonInfo,
    aliases: TrueLayerSdkFailureReasonAliases,
  },
  sdk_processor_step: {
    info: TrueLayerSdkProcessorStepInfo,
    aliases: TrueLayerSdkProcessorStepAliases,
  },
  sdk_payment_status: {
    info: TrueLayerSdkPaymentStatusInfo,
    aliases: TrueLayerSdkPaymentStatusAliases,
  },
  sdk_mandate_status: {
    info: TrueLayerSdkMandateStatusInfo,
    aliases: TrueLayerSdkMandateStatusAliases,
  },
};
