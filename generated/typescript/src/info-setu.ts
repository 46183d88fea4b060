// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/info: the catalog's metadata of every Setu Account Aggregator code (each code
 * set's …Info table: description, message, advice, category, sources and whose words each text is),
 * apart from bankcodes/setu so that an app reading codes ships none of it.
 */
export {
  SetuConsentStatusInfo,
  SetuDataSessionStatusInfo,
  SetuFiStatusInfo,
  SetuFipStatusInfo,
  SetuNotificationErrorCodeInfo,
  SetuConsentErrorReasonInfo,
  SetuRedirectErrorCodeInfo,
  SetuApiErrorCodeInfo,
  SetuDataRefreshStatusInfo,
  SetuNotificationTypeInfo,
} from "./setu.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
