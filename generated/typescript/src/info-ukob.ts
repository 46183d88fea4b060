// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/ukob/info: the catalog's metadata of every UK Open Banking code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/ukob so that an app reading codes ships none of it.
 */
export {
  UkobObieErrorCodeInfo,
  UkobObEventTypeInfo,
  UkobPaymentStatusInfo,
  UkobConsentStatusInfo,
  UkobMultiAuthorisationStatusInfo,
  UkobPaymentStatusV31Info,
  UkobConsentStatusV31Info,
  UkobMultiAuthorisationStatusV31Info,
} from "./ukob.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
