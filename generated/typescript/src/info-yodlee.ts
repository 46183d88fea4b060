// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/yodlee/info: the catalog's metadata of every Yodlee code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/yodlee so that an app reading codes ships none of it.
 */
export {
  YodleeErrorCodeInfo,
  YodleeAdditionalStatusInfo,
  YodleeProviderAccountStatusInfo,
  YodleeFastLinkErrorCodeInfo,
  YodleeFastLinkFunctionInfo,
  YodleeWebhookInfoInfo,
  YodleeNotificationEventInfo,
  YodleeRefreshStatusCodeInfo,
} from "./yodlee.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
