// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio/info: the catalog's metadata of every Token.io code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/tokenio so that an app reading codes ships none of it.
 */
export {
  TokenioPaymentStatusInfo,
  TokenioCallbackErrorCodeInfo,
  TokenioHostedPagesErrorInfo,
  TokenioWebhookEventTypeInfo,
  TokenioWebhookConfigEventTypeInfo,
  TokenioTransferStatusInfo,
  TokenioExternalErrorInfo,
} from "./tokenio.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
