// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu/info: the catalog's metadata of every Akahu code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/akahu so that an app reading codes ships none of it.
 */
export {
  AkahuWebhookTypeInfo,
  AkahuWebhookCodeInfo,
  AkahuAccountStatusInfo,
  AkahuPaymentStatusInfo,
  AkahuPaymentStatusCodeInfo,
  AkahuTransferStatusInfo,
  AkahuWebhookEventStatusInfo,
  AkahuOauthErrorInfo,
  AkahuResponseStatusInfo,
} from "./akahu.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
