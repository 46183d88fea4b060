// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/bridge/info: the catalog's metadata of every Bridge code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/bridge so that an app reading codes ships none of it.
 */
export {
  BridgeItemStatusInfo,
  BridgeStatusCodeInfoInfo,
  BridgeResponseStatusInfo,
  BridgeErrorCodeInfo,
  BridgeErrorTypeInfo,
  BridgeWebhookTypeInfo,
} from "./bridge.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
