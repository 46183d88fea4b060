// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/gocardless/info: the catalog's metadata of every GoCardless Bank Account Data code
 * (each code set's …Info table: description, message, advice, category, sources and whose words
 * each text is), apart from bankcodes/gocardless so that an app reading codes ships none of it.
 */
export {
  GoCardlessRequisitionStatusInfo,
  GoCardlessAccountStatusInfo,
  GoCardlessEndUserErrorInfo,
  GoCardlessAccountErrorTypeInfo,
  GoCardlessErrorSummaryInfo,
  GoCardlessFieldErrorSummaryInfo,
} from "./gocardless.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
