// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/argyle: Argyle alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/argyle/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/argyle/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  ArgyleAccountConnectionErrorCategories,
  ArgyleAccountConnectionStatusCategories,
  ArgyleBankConnectionErrorCategories,
  ArgyleChannelCategories,
  ArgyleDataSourceCategories,
  ArgyleDepositSwitchErrorCategories,
  ArgyleDepositSwitchStatusCategories,
  ArgyleReportTypeCategories,
  ArgyleResponseStatusCategories,
  ArgyleVerificationErrorCategories,
  ArgyleVerificationStateCategories,
  ArgyleVerificationStatusCodeCategories,
  ArgyleWebhookEventCategories,
} from "./argyle.js";

export {
  ArgyleBankConnectionError,
  type ArgyleBankConnectionErrorOrUnknown,
  ArgyleBankConnectionErrorAliases,
  ArgyleBankConnectionErrorCategories,
  isArgyleBankConnectionError,
  ArgyleVerificationState,
  type ArgyleVerificationStateOrUnknown,
  ArgyleVerificationStateAliases,
  ArgyleVerificationStateCategories,
  isArgyleVerificationState,
  ArgyleVerificationStatusCode,
  type ArgyleVerificationStatusCodeOrUnknown,
  ArgyleVerificationStatusCodeAliases,
  ArgyleVerificationStatusCodeCategories,
  isArgyleVerificationStatusCode,
  ArgyleVerificationError,
  type ArgyleVerificationErrorOrUnknown,
  ArgyleVerificationErrorAliases,
  ArgyleVerificationErrorCategories,
  isArgyleVerificationError,
  ArgyleAccountConnectionError,
  type ArgyleAccountConnectionErrorOrUnknown,
  ArgyleAccountConnectionErrorAliases,
  ArgyleAccountConnectionErrorCategories,
  isArgyleAccountConnectionError,
  ArgyleAccountConnectionStatus,
  type ArgyleAccountConnectionStatusOrUnknown,
  ArgyleAccountConnectionStatusAliases,
  ArgyleAccountConnectionStatusCategories,
  isArgyleAccountConnectionStatus,
  ArgyleDepositSwitchStatus,
  type ArgyleDepositSwitchStatusOrUnknown,
  ArgyleDepositSwitchStatusAliases,
  ArgyleDepositSwitchStatusCategories,
  isArgyleDepositSwitchStatus,
  ArgyleDepositSwitchError,
  type ArgyleDepositSwitchErrorOrUnknown,
  ArgyleDepositSwitchErrorAliases,
  ArgyleDepositSwitchErrorCategories,
  isArgyleDepositSwitchError,
  ArgyleWebhookEvent,
  type ArgyleWebhookEventOrUnknown,
  ArgyleWebhookEventAliases,
  ArgyleWebhookEventCategories,
  isArgyleWebhookEvent,
  ArgyleReportType,
  type ArgyleReportTypeOrUnknown,
  ArgyleReportTypeAliases,
  ArgyleReportTypeCategories,
  isArgyleReportType,
  ArgyleDataSource,
  type ArgyleDataSourceOrUnknown,
  ArgyleDataSourceAliases,
  ArgyleDataSourceCategories,
  isArgyleDataSource,
  ArgyleChannel,
  type ArgyleChannelOrUnknown,
  ArgyleChannelAliases,
  ArgyleChannelCategories,
  isArgyleChannel,
  ArgyleResponseStatus,
  type ArgyleResponseStatusOrUnknown,
  ArgyleResponseStatusAliases,
  ArgyleResponseStatusCategories,
  isArgyleResponseStatus,
} from "./argyle.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  bank_connection_error: ArgyleBankConnectionErrorCategories,
  verification_state: ArgyleVerificationStateCategories,
  verification_status_code: ArgyleVerificationStatusCodeCategories,
  verification_error: ArgyleVerificationErrorCategories,
  account_connection_error: ArgyleAccountConnectionErrorCategories,
  account_connection_status: ArgyleAccountConnectionStatusCategories,
  deposit_switch_status: ArgyleDepositSwitchStatusCategories,
  deposit_switch_error: ArgyleDepositSwitchErrorCategories,
  webhook_event: ArgyleWebhookEventCategories,
  report_type: ArgyleReportTypeCategories,
  data_source: ArgyleDataSourceCategories,
  channel: ArgyleChannelCategories,
  response_status: ArgyleResponseStatusCategories,
};

/** The id of a code set of Argyle. */
export type CodeSetId =
  | "bank_connection_error"
  | "verification_state"
  | "verification_status_code"
  | "verification_error"
  | "account_connection_error"
  | "account_connection_status"
  | "deposit_switch_status"
  | "deposit_switch_error"
  | "webhook_event"
  | "report_type"
  | "data_source"
  | "channel"
  | "response_status";

/**
 * The cross-provider category of a Argyle code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("argyle", code, codeSet). "unknown" for
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
