// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/info: the catalog's metadata of every Lean Technologies code (each code set's
 * …Info table: description, message, advice, category, sources and whose words each text is), apart
 * from bankcodes/lean so that an app reading codes ships none of it.
 */
export {
  LeanCallbackStatusInfo,
  LeanSecondaryStatusInfo,
  LeanCallbackMethodInfo,
  LeanUserExitIntentInfo,
  LeanPermissionInfo,
  LeanSdkMethodInfo,
  LeanWebhookEventTypeInfo,
  LeanPaymentStatusInfo,
  LeanPaymentLifecycleStatusInfo,
  LeanPaymentSourceStatusInfo,
  LeanPaymentIntentStatusInfo,
  LeanReconciliationStatusInfo,
  LeanDataRefreshStatusInfo,
  LeanDataApiStatusInfo,
  LeanGranularStatusCodeInfo,
  LeanApiErrorStatusInfo,
  LeanConsentStatusInfo,
  LeanConsentRevocationReasonInfo,
} from "./lean.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
