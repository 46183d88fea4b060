// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/saltedge/info: the catalog's metadata of every Salt Edge code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/saltedge so that an app reading codes ships none of it.
 */
export {
  SaltEdgeCallbackStageInfo,
  SaltEdgeConnectStageInfo,
  SaltEdgeErrorClassInfo,
} from "./saltedge.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
