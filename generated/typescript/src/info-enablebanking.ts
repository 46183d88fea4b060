// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/enablebanking/info: the catalog's metadata of every Enable Banking code (each code
 * set's …Info table: description, message, advice, category, sources and whose words each text is),
 * apart from bankcodes/enablebanking so that an app reading codes ships none of it.
 */
export {
  EnableBankingErrorCodeInfo,
  EnableBankingSessionStatusInfo,
  EnableBankingPaymentStatusInfo,
  EnableBankingResponseStatusInfo,
} from "./enablebanking.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
