// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/iso20022/info: the catalog's metadata of every ISO 20022 code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/iso20022 so that an app reading codes ships none of it.
 */
export {
  Iso20022StatusReasonInfo,
} from "./iso20022.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
