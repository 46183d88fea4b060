// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/powens/info: the catalog's metadata of every Powens code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/powens so that an app reading codes ships none of it.
 */
export {
  PowensConnectionStateInfo,
  PowensErrorCodeInfo,
  PowensWebviewErrorInfo,
} from "./powens.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
