// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/quiltt/info: the catalog's metadata of every Quiltt code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/quiltt so that an app reading codes ships none of it.
 */
export {
  QuilttConnectionStatusInfo,
  QuilttConnectionProviderInfo,
  QuilttWebhookEventTypeInfo,
  QuilttConnectorEventTypeInfo,
  QuilttConnectorStatusInfo,
  QuilttResponseStatusInfo,
} from "./quiltt.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
