// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq: Basiq alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/basiq/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/basiq/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  BasiqConnectionStatusCategories,
  BasiqConsentStatusCategories,
  BasiqErrorCodeCategories,
  BasiqJobResultCodeCategories,
  BasiqJobStepStatusCategories,
  BasiqJobStepTitleCategories,
  BasiqWebhookEventTypeCategories,
  BasiqWebhookStatusCategories,
} from "./basiq.js";

export {
  BasiqJobResultCode,
  type BasiqJobResultCodeOrUnknown,
  BasiqJobResultCodeAliases,
  BasiqJobResultCodeCategories,
  isBasiqJobResultCode,
  BasiqErrorCode,
  type BasiqErrorCodeOrUnknown,
  BasiqErrorCodeAliases,
  BasiqErrorCodeCategories,
  isBasiqErrorCode,
  BasiqJobStepStatus,
  type BasiqJobStepStatusOrUnknown,
  BasiqJobStepStatusAliases,
  BasiqJobStepStatusCategories,
  isBasiqJobStepStatus,
  BasiqJobStepTitle,
  type BasiqJobStepTitleOrUnknown,
  BasiqJobStepTitleAliases,
  BasiqJobStepTitleCategories,
  isBasiqJobStepTitle,
  BasiqConnectionStatus,
  type BasiqConnectionStatusOrUnknown,
  BasiqConnectionStatusAliases,
  BasiqConnectionStatusCategories,
  isBasiqConnectionStatus,
  BasiqConsentStatus,
  type BasiqConsentStatusOrUnknown,
  BasiqConsentStatusAliases,
  BasiqConsentStatusCategories,
  isBasiqConsentStatus,
  BasiqWebhookEventType,
  type BasiqWebhookEventTypeOrUnknown,
  BasiqWebhookEventTypeAliases,
  BasiqWebhookEventTypeCategories,
  isBasiqWebhookEventType,
  BasiqWebhookStatus,
  type BasiqWebhookStatusOrUnknown,
  BasiqWebhookStatusAliases,
  BasiqWebhookStatusCategories,
  isBasiqWebhookStatus,
} from "./basiq.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  job_result_code: BasiqJobResultCodeCategories,
  error_code: BasiqErrorCodeCategories,
  job_step_status: BasiqJobStepStatusCategories,
  job_step_title: BasiqJobStepTitleCategories,
  connection_status: BasiqConnectionStatusCategories,
  consent_status: BasiqConsentStatusCategories,
  webhook_event_type: BasiqWebhookEventTypeCategories,
  webhook_status: BasiqWebhookStatusCategories,
};

/** The id of a code set of Basiq. */
export type CodeSetId =
  | "job_result_code"
  | "error_code"
  | "job_step_status"
  | "job_step_title"
  | "connection_status"
  | "consent_status"
  | "webhook_event_type"
  | "webhook_status";

/**
 * The cross-provider category of a Basiq code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("basiq", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("basiq", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Basiq code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/basiq/en): the root entry point's endUserText, word
 * for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("basiq", CODE_SETS, code, words, codeSet);
}
