// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/info: the catalog's metadata of every Acme Link code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/acme so that an app reading codes ships none of it.
 */
export {
  AcmeErrorCodeInfo,
  AcmeWidgetEventInfo,
  AcmeLinkStatusInfo,
  AcmeWebhookTypeInfo,
} from "./acme.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
