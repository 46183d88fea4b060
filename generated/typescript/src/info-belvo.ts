// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/info: the catalog's metadata of every Belvo code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/belvo so that an app reading codes ships none of it.
 */
export {
  BelvoErrorCodeInfo,
  BelvoLinkStatusInfo,
  BelvoWebhookCodeInfo,
  BelvoPaymentStatusReasonCodeInfo,
  BelvoPaymentFailureCodeInfo,
  BelvoInstitutionStatusInfo,
  BelvoPaymentIntentStatusInfo,
  BelvoChargeStatusInfo,
  BelvoDirectDebitFailedReasonInfo,
  BelvoWebhookTypeInfo,
  BelvoProcessTypeInfo,
  BelvoResponseStatusInfo,
} from "./belvo.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
