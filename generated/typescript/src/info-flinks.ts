// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/info: the catalog's metadata of every Flinks code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/flinks so that an app reading codes ships none of it.
 */
export {
  FlinksFdxErrorCodeInfo,
  FlinksApiErrorCodeInfo,
  FlinksConnectErrorInfo,
  FlinksConnectStepInfo,
  FlinksWebhookResponseTypeInfo,
} from "./flinks.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
