// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/info: the catalog's metadata of every Berlin Group NextGenPSD2 code (each
 * code set's …Info table: description, message, advice, category, sources and whose words each text
 * is), apart from bankcodes/berlingroup so that an app reading codes ships none of it.
 */
export {
  BerlinGroupMessageCodeInfo,
  BerlinGroupConsentStatusInfo,
} from "./berlingroup.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
