// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/cdr/info: the catalog's metadata of every Consumer Data Standards (Australia) code
 * (each code set's …Info table: description, message, advice, category, sources and whose words
 * each text is), apart from bankcodes/cdr so that an app reading codes ships none of it.
 */
export {
  CdrErrorCodeInfo,
} from "./cdr.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
