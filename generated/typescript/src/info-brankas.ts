// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas/info: the catalog's metadata of every Brankas code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/brankas so that an app reading codes ships none of it.
 */
export {
  BrankasTransactionStatusInfo,
  BrankasDirectErrorCodeInfo,
  BrankasStatementStatusInfo,
  BrankasStatementErrorInfo,
  BrankasSdkErrorCodeInfo,
} from "./brankas.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
