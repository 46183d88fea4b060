// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  LeanCallbackStatusInfo,
  LeanCallbackStatusAliases,
  LeanSecondaryStatusInfo,
  LeanSecondaryStatusAliases,
  LeanCallbackMethodInfo,
  LeanCallbackMethodAliases,
  LeanUserExitIntentInfo,
  LeanUserExitIntentAliases,
  LeanPermissionInfo,
  LeanPermissionAliases,
  LeanSdkMethodInfo,
  LeanSdkMethodAliases,
  LeanWebhookEventTypeInfo,
  LeanWebhookEventTypeAliases,
  LeanPaymentStatusInfo,
  LeanPaymentStatusAliases,
  LeanPaymentLifecycleStatusInfo,
  LeanPaymentLifecycleStatusAliases,
  LeanPaymentSourceStatusInfo,
  LeanPaymentSourceStatusAliases,
  LeanPaymentIntentStatusInfo,
  LeanPaymentIntentStatusAliases,
  LeanReconciliationStatusInfo,
  LeanReconciliationStatusAliases,
  LeanDataRefreshStatusInfo,
  LeanDataRefreshStatusAliases,
  LeanDataApiStatusInfo,
  LeanDataApiStatusAliases,
  LeanGranularStatusCodeInfo,
  LeanGranularStatusCodeAliases,
  LeanApiErrorStatusInfo,
  LeanApiErrorStatusAliases,
  LeanConsentStatusInfo,
  LeanConsentStatusAliases,
  LeanConsentRevocationReasonInfo,
  LeanConsentRevocationReasonAliases,
} from "./lean.js";
import {
  FlinksApiErrorCodeInfo,
  FlinksApiErrorCodeAliases,
  FlinksConnectErrorInfo,
  FlinksConnectErrorAliases,
  FlinksConnectStepInfo,
  FlinksConnectStepAliases,
  FlinksWebhookResponseTypeInfo,
  FlinksWebhookResponseTypeAliases,
} from "./flinks.js";
import {
  ArgyleBankConnectionErrorInfo,
  ArgyleBankConnectionErrorAliases,
  ArgyleVerificationStateInfo,
  ArgyleVerificationStateAliases,
  ArgyleVerificationStatusCodeInfo,
  ArgyleVerificationStatusCodeAliases,
  ArgyleVerificationErrorInfo,
  ArgyleVerificationErrorAliases,
  ArgyleWebhookEventInfo,
  ArgyleWebhookEventAliases,
  ArgyleReportTypeInfo,
  ArgyleReportTypeAliases,
  ArgyleDataSourceInfo,
  ArgyleDataSourceAliases,
  ArgyleChannelInfo,
  ArgyleChannelAliases,
} from "./argyle.js";

/** The version of the catalog this package was generated from. */
export const SPEC_VERSION = "1.1.0";

/** The providers of the catalog. */
export type Provider = "lean" | "flinks" | "argyle";
export const PROVIDERS: readonly Provider[] = ["lean", "flinks", "argyle"];

/** Every provider's code sets by id, in priority order: their metadata and aliases. */
export const CODE_SETS: { readonly [P in Provider]: { readonly [id: string]: CodeSetTables } } = {
  lean: {
    callback_status: { info: LeanCallbackStatusInfo, aliases: LeanCallbackStatusAliases },
    secondary_status: { info: LeanSecondaryStatusInfo, aliases: LeanSecondaryStatusAliases },
    callback_method: { info: LeanCallbackMethodInfo, aliases: LeanCallbackMethodAliases },
    user_exit_intent: { info: LeanUserExitIntentInfo, aliases: LeanUserExitIntentAliases },
    permission: { info: LeanPermissionInfo, aliases: LeanPermissionAliases },
    sdk_method: { info: LeanSdkMethodInfo, aliases: LeanSdkMethodAliases },
    webhook_event_type: { info: LeanWebhookEventTypeInfo, aliases: LeanWebhookEventTypeAliases },
    payment_status: { info: LeanPaymentStatusInfo, aliases: LeanPaymentStatusAliases },
    payment_lifecycle_status: {
      info: LeanPaymentLifecycleStatusInfo,
      aliases: LeanPaymentLifecycleStatusAliases,
    },
    payment_source_status: {
      info: LeanPaymentSourceStatusInfo,
      aliases: LeanPaymentSourceStatusAliases,
    },
    payment_intent_status: {
      info: LeanPaymentIntentStatusInfo,
      aliases: LeanPaymentIntentStatusAliases,
    },
    reconciliation_status: {
      info: LeanReconciliationStatusInfo,
      aliases: LeanReconciliationStatusAliases,
    },
    data_refresh_status: { info: LeanDataRefreshStatusInfo, aliases: LeanDataRefreshStatusAliases },
    data_api_status: { info: LeanDataApiStatusInfo, aliases: LeanDataApiStatusAliases },
    granular_status_code: {
      info: LeanGranularStatusCodeInfo,
      aliases: LeanGranularStatusCodeAliases,
    },
    api_error_status: { info: LeanApiErrorStatusInfo, aliases: LeanApiErrorStatusAliases },
    consent_status: { info: LeanConsentStatusInfo, aliases: LeanConsentStatusAliases },
    consent_revocation_reason: {
      info: LeanConsentRevocationReasonInfo,
      aliases: LeanConsentRevocationReasonAliases,
    },
  },
  flinks: {
    api_error_code: { info: FlinksApiErrorCodeInfo, aliases: FlinksApiErrorCodeAliases },
    connect_error_event: { info: FlinksConnectErrorInfo, aliases: FlinksConnectErrorAliases },
    connect_step_event: { info: FlinksConnectStepInfo, aliases: FlinksConnectStepAliases },
    webhook_response_type: {
      info: FlinksWebhookResponseTypeInfo,
      aliases: FlinksWebhookResponseTypeAliases,
    },
  },
  argyle: {
    bank_connection_error: {
      info: ArgyleBankConnectionErrorInfo,
      aliases: ArgyleBankConnectionErrorAliases,
    },
    verification_state: {
      info: ArgyleVerificationStateInfo,
      aliases: ArgyleVerificationStateAliases,
    },
    verification_status_code: {
      info: ArgyleVerificationStatusCodeInfo,
      aliases: ArgyleVerificationStatusCodeAliases,
    },
    verification_error: {
      info: ArgyleVerificationErrorInfo,
      aliases: ArgyleVerificationErrorAliases,
    },
    webhook_event: { info: ArgyleWebhookEventInfo, aliases: ArgyleWebhookEventAliases },
    report_type: { info: ArgyleReportTypeInfo, aliases: ArgyleReportTypeAliases },
    data_source: { info: ArgyleDataSourceInfo, aliases: ArgyleDataSourceAliases },
    channel: { info: ArgyleChannelInfo, aliases: ArgyleChannelAliases },
  },
};
