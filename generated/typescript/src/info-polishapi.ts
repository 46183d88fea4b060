// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/polishapi/info: the catalog's metadata of every PolishAPI code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/polishapi so that an app reading codes ships none of it.
 */
export {
  PolishApiResponseStatusInfo,
  PolishApiPaymentStatusInfo,
  PolishApiBundleStatusInfo,
  PolishApiRecurringPaymentStatusInfo,
} from "./polishapi.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
