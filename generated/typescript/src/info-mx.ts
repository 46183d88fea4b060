// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mx/info: the catalog's metadata of every MX code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/mx so that an app reading codes ships none of it.
 */
export {
  MxConnectionStatusInfo,
  MxWebhookTypeInfo,
  MxPostMessageTypeInfo,
} from "./mx.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
