// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/info: the catalog's metadata of every Teller code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/teller so that an app reading codes ships none of it.
 */
export {
  TellerErrorCodeInfo,
  TellerResponseStatusInfo,
  TellerWebhookTypeInfo,
  TellerDisconnectReasonInfo,
  TellerAccountStatusInfo,
  TellerConnectFailureCodeInfo,
} from "./teller.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
