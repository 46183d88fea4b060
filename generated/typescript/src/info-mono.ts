// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mono/info: the catalog's metadata of every Mono code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/mono so that an app reading codes ships none of it.
 */
export {
  MonoDataStatusInfo,
  MonoWebhookEventInfo,
  MonoLoginResponseCodeInfo,
  MonoConnectEventInfo,
  MonoConnectMessageTypeInfo,
  MonoResponseStatusInfo,
  MonoDirectDebitErrorCodeInfo,
} from "./mono.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
