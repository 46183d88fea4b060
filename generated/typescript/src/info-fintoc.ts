// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/info: the catalog's metadata of every Fintoc code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/fintoc so that an app reading codes ships none of it.
 */
export {
  FintocErrorCodeInfo,
  FintocErrorTypeInfo,
  FintocPaymentErrorReasonInfo,
  FintocPaymentIntentStatusInfo,
  FintocRefreshIntentStatusInfo,
  FintocWebhookTypeInfo,
  FintocClientErrorClassInfo,
  FintocResponseStatusInfo,
  FintocWidgetEventInfo,
  FintocWebviewMessageInfo,
  FintocDashboardErrorReasonInfo,
  FintocTransferStatusInfo,
} from "./fintoc.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
