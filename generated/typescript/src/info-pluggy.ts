// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy/info: the catalog's metadata of every Pluggy code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/pluggy so that an app reading codes ships none of it.
 */
export {
  PluggyExecutionErrorCodeInfo,
  PluggyItemStatusInfo,
  PluggyExecutionStatusInfo,
  PluggyConnectorStatusInfo,
  PluggyPaymentRequestStatusInfo,
  PluggyWebhookEventInfo,
  PluggyConnectEventInfo,
  PluggyItemRequestErrorInfo,
  PluggyResponseStatusInfo,
  PluggyCodeDescriptionInfo,
} from "./pluggy.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
