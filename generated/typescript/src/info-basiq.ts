// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/info: the catalog's metadata of every Basiq code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/basiq so that an app reading codes ships none of it.
 */
export {
  BasiqJobResultCodeInfo,
  BasiqErrorCodeInfo,
  BasiqJobStepStatusInfo,
  BasiqJobStepTitleInfo,
  BasiqConnectionStatusInfo,
  BasiqConsentStatusInfo,
  BasiqWebhookEventTypeInfo,
  BasiqWebhookStatusInfo,
} from "./basiq.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
