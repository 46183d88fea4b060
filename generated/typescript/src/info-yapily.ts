// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/yapily/info: the catalog's metadata of every Yapily code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/yapily so that an app reading codes ships none of it.
 */
export {
  YapilyAuthorisationStatusInfo,
  YapilyPaymentStatusInfo,
  YapilyPaymentIsoStatusInfo,
  YapilyErrorSourceInfo,
  YapilyErrorIssueCodeInfo,
  YapilyErrorIssueTypeInfo,
  YapilyValidationErrorInfo,
  YapilyBulkPaymentStatusDetailInfo,
  YapilyResponseStatusInfo,
} from "./yapily.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
