// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/uaeopenfinance/info: the catalog's metadata of every UAE Open Finance code (each code
 * set's …Info table: description, message, advice, category, sources and whose words each text is),
 * apart from bankcodes/uaeopenfinance so that an app reading codes ships none of it.
 */
export {
  UaeOpenFinanceErrorCodeInfo,
  UaeOpenFinanceConsentStatusInfo,
  UaeOpenFinancePaymentStatusInfo,
  UaeOpenFinanceFilePaymentStatusInfo,
  UaeOpenFinanceRevokedByInfo,
  UaeOpenFinanceOAuthErrorInfo,
} from "./uaeopenfinance.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
