// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/argyle: Argyle alone. Its code sets (constants, types, guards and metadata), classify
 * and endUserText over them, and its listener helpers, whose results carry each code's category but
 * not its metadata (the code set's …Info table has it). End-user words come from one language's
 * pack: `import { words } from "bankcodes/argyle/en"`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  ArgyleBankConnectionErrorCategories,
  ArgyleChannelCategories,
  ArgyleDataSourceCategories,
  ArgyleReportTypeCategories,
  ArgyleVerificationErrorCategories,
  ArgyleVerificationStateCategories,
  ArgyleVerificationStatusCodeCategories,
  ArgyleWebhookEventCategories,
} from "./argyle.js";

export * from "./argyle.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  bank_connection_error: ArgyleBankConnectionErrorCategories,
  verification_state: ArgyleVerificationStateCategories,
  verification_status_code: ArgyleVerificationStatusCodeCategories,
  verification_error: ArgyleVerificationErrorCategories,
  webhook_event: ArgyleWebhookEventCategories,
  report_type: ArgyleReportTypeCategories,
  data_source: ArgyleDataSourceCategories,
  channel: ArgyleChannelCategories,
};

/** The id of a code set of Argyle. */
export type CodeSetId =
  | "bank_connection_error"
  | "verification_state"
  | "verification_status_code"
  | "verification_error"
  | "webhook_event"
  | "report_type"
  | "data_source"
  | "channel";

/**
 * The cross-provider category of a Argyle code, or of a code read in its place (a listener's
 * result): the answer of the root entry point's classify("argyle", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("argyle", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Argyle code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/argyle/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("argyle", CODE_SETS, code, words, codeSet);
}
