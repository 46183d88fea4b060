// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/info: the catalog's metadata of every Finverse code (each code set's …Info
 * table: description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/finverse so that an app reading codes ships none of it.
 */
export {
  FinverseErrorTypeInfo,
  FinverseErrorCodeInfo,
  FinverseLoginIdentityStatusInfo,
  FinverseLoginIdentitySessionStatusInfo,
  FinverseAuthenticationStatusInfo,
  FinversePaymentStatusInfo,
  FinverseMandateStatusInfo,
  FinversePayoutStatusInfo,
  FinversePaymentLinkStatusInfo,
  FinversePaymentLinkSessionStatusInfo,
  FinverseProductHealthStatusInfo,
  FinverseEventTypeInfo,
} from "./finverse.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
