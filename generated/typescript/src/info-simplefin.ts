// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/info: the catalog's metadata of every SimpleFIN code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/simplefin so that an app reading codes ships none of it.
 */
export {
  SimpleFinGeneralErrorInfo,
  SimpleFinConnectionErrorInfo,
  SimpleFinAccountErrorInfo,
  SimpleFinResponseStatusInfo,
} from "./simplefin.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
