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

/** Lean Technologies's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  callback_status: {
    info: LeanCallbackStatusInfo,
    aliases: LeanCallbackStatusAliases,
  },
  secondary_status: {
    info: LeanSecondaryStatusInfo,
    aliases: LeanSecondaryStatusAliases,
  },
  callback_method: {
    info: LeanCallbackMethodInfo,
    aliases: LeanCallbackMethodAliases,
  },
  user_exit_intent: {
    info: LeanUserExitIntentInfo,
    aliases: LeanUserExitIntentAliases,
  },
  permission: {
    info: LeanPermissionInfo,
    aliases: LeanPermissionAliases,
  },
  sdk_method: {
    info: LeanSdkMethodInfo,
    aliases: LeanSdkMethodAliases,
  },
  webhook_event_type: {
    info: LeanWebhookEventTypeInfo,
    aliases: LeanWebhookEventTypeAliases,
  },
  payment_status: {
    info: LeanPaymentStatusInfo,
    aliases: LeanPaymentStatusAliases,
  },
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
  data_refresh_status: {
    info: LeanDataRefreshStatusInfo,
    aliases: LeanDataRefreshStatusAliases,
  },
  data_api_status: {
    info: LeanDataApiStatusInfo,
    aliases: LeanDataApiStatusAliases,
  },
  granular_status_code: {
    info: LeanGranularStatusCodeInfo,
    aliases: LeanGranularStatusCodeAliases,
  },
  api_error_status: {
    info: LeanApiErrorStatusInfo,
    aliases: LeanApiErrorStatusAliases,
  },
  consent_status: {
    info: LeanConsentStatusInfo,
    aliases: LeanConsentStatusAliases,
    states: true,
  },
  consent_revocation_reason: {
    info: LeanConsentRevocationReasonInfo,
    aliases: LeanConsentRevocationReasonAliases,
  },
};
