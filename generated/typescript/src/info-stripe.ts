// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/info: the catalog's metadata of every Stripe Financial Connections code (each
 * code set's …Info table: description, message, advice, category, sources and whose words each text
 * is), apart from bankcodes/stripe so that an app reading codes ships none of it.
 */
export {
  StripeFcEventErrorCodeInfo,
  StripeApiErrorCodeInfo,
  StripeStatusDetailsActionInfo,
  StripeStatusDetailsCauseInfo,
  StripeAccountStatusInfo,
  StripeRefreshStatusInfo,
  StripeSheetErrorCodeInfo,
  StripeApiErrorTypeInfo,
  StripeFcEventNameInfo,
  StripeEventTypeInfo,
  StripeAuthorizationStatusInfo,
  StripeTransactionStatusInfo,
  StripeAccountNumberStatusInfo,
} from "./stripe.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
