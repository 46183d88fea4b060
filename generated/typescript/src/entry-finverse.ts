// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse: Finverse alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/finverse/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/finverse/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  FinverseAuthenticationStatusCategories,
  FinverseErrorCodeCategories,
  FinverseErrorTypeCategories,
  FinverseEventTypeCategories,
  FinverseLoginIdentitySessionStatusCategories,
  FinverseLoginIdentityStatusCategories,
  FinverseMandateStatusCategories,
  FinversePaymentLinkSessionStatusCategories,
  FinversePaymentLinkStatusCategories,
  FinversePaymentStatusCategories,
  FinversePayoutStatusCategories,
  FinverseProductHealthStatusCategories,
} from "./finverse.js";

export {
  FinverseErrorType,
  type FinverseErrorTypeOrUnknown,
  FinverseErrorTypeAliases,
  FinverseErrorTypeCategories,
  isFinverseErrorType,
  FinverseErrorCode,
  type FinverseErrorCodeOrUnknown,
  FinverseErrorCodeAliases,
  FinverseErrorCodeCategories,
  isFinverseErrorCode,
  FinverseLoginIdentityStatus,
  type FinverseLoginIdentityStatusOrUnknown,
  FinverseLoginIdentityStatusAliases,
  FinverseLoginIdentityStatusCategories,
  isFinverseLoginIdentityStatus,
  FinverseLoginIdentitySessionStatus,
  type FinverseLoginIdentitySessionStatusOrUnknown,
  FinverseLoginIdentitySessionStatusAliases,
  FinverseLoginIdentitySessionStatusCategories,
  isFinverseLoginIdentitySessionStatus,
  FinverseAuthenticationStatus,
  type FinverseAuthenticationStatusOrUnknown,
  FinverseAuthenticationStatusAliases,
  FinverseAuthenticationStatusCategories,
  isFinverseAuthenticationStatus,
  FinversePaymentStatus,
  type FinversePaymentStatusOrUnknown,
  FinversePaymentStatusAliases,
  FinversePaymentStatusCategories,
  isFinversePaymentStatus,
  FinverseMandateStatus,
  type FinverseMandateStatusOrUnknown,
  FinverseMandateStatusAliases,
  FinverseMandateStatusCategories,
  isFinverseMandateStatus,
  FinversePayoutStatus,
  type FinversePayoutStatusOrUnknown,
  FinversePayoutStatusAliases,
  FinversePayoutStatusCategories,
  isFinversePayoutStatus,
  FinversePaymentLinkStatus,
  type FinversePaymentLinkStatusOrUnknown,
  FinversePaymentLinkStatusAliases,
  FinversePaymentLinkStatusCategories,
  isFinversePaymentLinkStatus,
  FinversePaymentLinkSessionStatus,
  type FinversePaymentLinkSessionStatusOrUnknown,
  FinversePaymentLinkSessionStatusAliases,
  FinversePaymentLinkSessionStatusCategories,
  isFinversePaymentLinkSessionStatus,
  FinverseProductHealthStatus,
  type FinverseProductHealthStatusOrUnknown,
  FinverseProductHealthStatusAliases,
  FinverseProductHealthStatusCategories,
  isFinverseProductHealthStatus,
  FinverseEventType,
  type FinverseEventTypeOrUnknown,
  FinverseEventTypeAliases,
  FinverseEventTypeCategories,
  isFinverseEventType,
} from "./finverse.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_type: FinverseErrorTypeCategories,
  error_code: FinverseErrorCodeCategories,
  login_identity_status: FinverseLoginIdentityStatusCategories,
  login_identity_session_status: FinverseLoginIdentitySessionStatusCategories,
  authentication_status: FinverseAuthenticationStatusCategories,
  payment_status: FinversePaymentStatusCategories,
  mandate_status: FinverseMandateStatusCategories,
  payout_status: FinversePayoutStatusCategories,
  payment_link_status: FinversePaymentLinkStatusCategories,
  payment_link_session_status: FinversePaymentLinkSessionStatusCategories,
  product_health_status: FinverseProductHealthStatusCategories,
  event_type: FinverseEventTypeCategories,
};

/** The id of a code set of Finverse. */
export type CodeSetId =
  | "error_type"
  | "error_code"
  | "login_identity_status"
  | "login_identity_session_status"
  | "authentication_status"
  | "payment_status"
  | "mandate_status"
  | "payout_status"
  | "payment_link_status"
  | "payment_link_session_status"
  | "product_health_status"
  | "event_type";

/**
 * The cross-provider category of a Finverse code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("finverse", code, codeSet). "unknown"
 * for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("finverse", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Finverse code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/finverse/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("finverse", CODE_SETS, code, words, codeSet);
}
