// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mastercard/info: the catalog's metadata of every Mastercard Open Finance code (each
 * code set's …Info table: description, message, advice, category, sources and whose words each text
 * is), apart from bankcodes/mastercard so that an app reading codes ships none of it.
 */
export {
  MastercardErrorCodeInfo,
  MastercardConnectEventCodeInfo,
  MastercardConnectRouteScreenInfo,
  MastercardConnectUserActionInfo,
  MastercardWebhookEventTypeInfo,
  MastercardEuropeErrorInfo,
  MastercardEuropeInsightsReasonInfo,
  MastercardObwmsReasonCodeInfo,
} from "./mastercard.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
