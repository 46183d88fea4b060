// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo: Belvo alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/belvo/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/belvo/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  BelvoChargeStatusCategories,
  BelvoDirectDebitFailedReasonCategories,
  BelvoErrorCodeCategories,
  BelvoInstitutionStatusCategories,
  BelvoLinkStatusCategories,
  BelvoPaymentFailureCodeCategories,
  BelvoPaymentIntentStatusCategories,
  BelvoPaymentStatusReasonCodeCategories,
  BelvoProcessTypeCategories,
  BelvoResponseStatusCategories,
  BelvoWebhookCodeCategories,
  BelvoWebhookTypeCategories,
} from "./belvo.js";

export {
  BelvoErrorCode,
  type BelvoErrorCodeOrUnknown,
  BelvoErrorCodeAliases,
  BelvoErrorCodeCategories,
  isBelvoErrorCode,
  BelvoLinkStatus,
  type BelvoLinkStatusOrUnknown,
  BelvoLinkStatusAliases,
  BelvoLinkStatusCategories,
  isBelvoLinkStatus,
  BelvoWebhookCode,
  type BelvoWebhookCodeOrUnknown,
  BelvoWebhookCodeAliases,
  BelvoWebhookCodeCategories,
  isBelvoWebhookCode,
  BelvoPaymentStatusReasonCode,
  type BelvoPaymentStatusReasonCodeOrUnknown,
  BelvoPaymentStatusReasonCodeAliases,
  BelvoPaymentStatusReasonCodeCategories,
  isBelvoPaymentStatusReasonCode,
  BelvoPaymentFailureCode,
  type BelvoPaymentFailureCodeOrUnknown,
  BelvoPaymentFailureCodeAliases,
  BelvoPaymentFailureCodeCategories,
  isBelvoPaymentFailureCode,
  BelvoInstitutionStatus,
  type BelvoInstitutionStatusOrUnknown,
  BelvoInstitutionStatusAliases,
  BelvoInstitutionStatusCategories,
  isBelvoInstitutionStatus,
  BelvoPaymentIntentStatus,
  type BelvoPaymentIntentStatusOrUnknown,
  BelvoPaymentIntentStatusAliases,
  BelvoPaymentIntentStatusCategories,
  isBelvoPaymentIntentStatus,
  BelvoChargeStatus,
  type BelvoChargeStatusOrUnknown,
  BelvoChargeStatusAliases,
  BelvoChargeStatusCategories,
  isBelvoChargeStatus,
  BelvoDirectDebitFailedReason,
  type BelvoDirectDebitFailedReasonOrUnknown,
  BelvoDirectDebitFailedReasonAliases,
  BelvoDirectDebitFailedReasonCategories,
  isBelvoDirectDebitFailedReason,
  BelvoWebhookType,
  type BelvoWebhookTypeOrUnknown,
  BelvoWebhookTypeAliases,
  BelvoWebhookTypeCategories,
  isBelvoWebhookType,
  BelvoProcessType,
  type BelvoProcessTypeOrUnknown,
  BelvoProcessTypeAliases,
  BelvoProcessTypeCategories,
  isBelvoProcessType,
  BelvoResponseStatus,
  type BelvoResponseStatusOrUnknown,
  BelvoResponseStatusAliases,
  BelvoResponseStatusCategories,
  isBelvoResponseStatus,
} from "./belvo.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: BelvoErrorCodeCategories,
  link_status: BelvoLinkStatusCategories,
  webhook_code: BelvoWebhookCodeCategories,
  payment_status_reason_code: BelvoPaymentStatusReasonCodeCategories,
  payment_failure_code: BelvoPaymentFailureCodeCategories,
  institution_status: BelvoInstitutionStatusCategories,
  payment_intent_status: BelvoPaymentIntentStatusCategories,
  charge_status: BelvoChargeStatusCategories,
  direct_debit_failed_reason: BelvoDirectDebitFailedReasonCategories,
  webhook_type: BelvoWebhookTypeCategories,
  process_type: BelvoProcessTypeCategories,
  response_status: BelvoResponseStatusCategories,
};

/** The id of a code set of Belvo. */
export type CodeSetId =
  | "error_code"
  | "link_status"
  | "webhook_code"
  | "payment_status_reason_code"
  | "payment_failure_code"
  | "institution_status"
  | "payment_intent_status"
  | "charge_status"
  | "direct_debit_failed_reason"
  | "webhook_type"
  | "process_type"
  | "response_status";

/**
 * The cross-provider category of a Belvo code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("belvo", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("belvo", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Belvo code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/belvo/en): the root entry point's endUserText, word
 * for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("belvo", CODE_SETS, code, words, codeSet);
}
