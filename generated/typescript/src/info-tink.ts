// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tink/info: the catalog's metadata of every Tink code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/tink so that an app reading codes ships none of it.
 */
export {
  TinkLinkErrorStatusInfo,
  TinkLinkErrorReasonInfo,
  TinkLinkErrorTypeInfo,
  TinkCredentialsStatusInfo,
  TinkLegacyErrorCodeInfo,
  TinkTransferStatusInfo,
  TinkProviderStatusInfo,
  TinkWebhookEventInfo,
} from "./tink.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
