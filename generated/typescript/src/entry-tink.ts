// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tink: Tink alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/tink/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/tink/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  TinkCredentialsStatusCategories,
  TinkLegacyErrorCodeCategories,
  TinkLinkErrorReasonCategories,
  TinkLinkErrorStatusCategories,
  TinkLinkErrorTypeCategories,
  TinkProviderStatusCategories,
  TinkTransferStatusCategories,
  TinkWebhookEventCategories,
} from "./tink.js";

export {
  TinkLinkErrorStatus,
  type TinkLinkErrorStatusOrUnknown,
  TinkLinkErrorStatusAliases,
  TinkLinkErrorStatusCategories,
  isTinkLinkErrorStatus,
  TinkLinkErrorReason,
  type TinkLinkErrorReasonOrUnknown,
  TinkLinkErrorReasonAliases,
  TinkLinkErrorReasonCategories,
  isTinkLinkErrorReason,
  TinkLinkErrorType,
  type TinkLinkErrorTypeOrUnknown,
  TinkLinkErrorTypeAliases,
  TinkLinkErrorTypeCategories,
  isTinkLinkErrorType,
  TinkCredentialsStatus,
  type TinkCredentialsStatusOrUnknown,
  TinkCredentialsStatusAliases,
  TinkCredentialsStatusCategories,
  isTinkCredentialsStatus,
  TinkLegacyErrorCode,
  type TinkLegacyErrorCodeOrUnknown,
  TinkLegacyErrorCodeAliases,
  TinkLegacyErrorCodeCategories,
  isTinkLegacyErrorCode,
  TinkTransferStatus,
  type TinkTransferStatusOrUnknown,
  TinkTransferStatusAliases,
  TinkTransferStatusCategories,
  isTinkTransferStatus,
  TinkProviderStatus,
  type TinkProviderStatusOrUnknown,
  TinkProviderStatusAliases,
  TinkProviderStatusCategories,
  isTinkProviderStatus,
  TinkWebhookEvent,
  type TinkWebhookEventOrUnknown,
  TinkWebhookEventAliases,
  TinkWebhookEventCategories,
  isTinkWebhookEvent,
} from "./tink.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  link_error_status: TinkLinkErrorStatusCategories,
  link_error_reason: TinkLinkErrorReasonCategories,
  link_error_type: TinkLinkErrorTypeCategories,
  credentials_status: TinkCredentialsStatusCategories,
  legacy_error_code: TinkLegacyErrorCodeCategories,
  transfer_status: TinkTransferStatusCategories,
  provider_status: TinkProviderStatusCategories,
  webhook_event: TinkWebhookEventCategories,
};

/** The id of a code set of Tink. */
export type CodeSetId =
  | "link_error_status"
  | "link_error_reason"
  | "link_error_type"
  | "credentials_status"
  | "legacy_error_code"
  | "transfer_status"
  | "provider_status"
  | "webhook_event";

/**
 * The cross-provider category of a Tink code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("tink", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("tink", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Tink code, or a code read in its place, in the language
 * of `words` (a pack such as bankcodes/tink/en): the root entry point's endUserText, word for word.
 * null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("tink", CODE_SETS, code, words, codeSet);
}
