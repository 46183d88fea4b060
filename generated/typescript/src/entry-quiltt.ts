// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/quiltt: Quiltt alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/quiltt/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/quiltt/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import {
  QuilttConnectionProviderCategories,
  QuilttConnectionStatusCategories,
  QuilttConnectorEventTypeCategories,
  QuilttConnectorStatusCategories,
  QuilttResponseStatusCategories,
  QuilttWebhookEventTypeCategories,
} from "./quiltt.js";

export {
  QuilttConnectionStatus,
  type QuilttConnectionStatusOrUnknown,
  QuilttConnectionStatusAliases,
  QuilttConnectionStatusCategories,
  isQuilttConnectionStatus,
  QuilttConnectionProvider,
  type QuilttConnectionProviderOrUnknown,
  QuilttConnectionProviderAliases,
  QuilttConnectionProviderCategories,
  isQuilttConnectionProvider,
  QuilttWebhookEventType,
  type QuilttWebhookEventTypeOrUnknown,
  QuilttWebhookEventTypeAliases,
  QuilttWebhookEventTypeCategories,
  isQuilttWebhookEventType,
  QuilttConnectorEventType,
  type QuilttConnectorEventTypeOrUnknown,
  QuilttConnectorEventTypeAliases,
  QuilttConnectorEventTypeCategories,
  isQuilttConnectorEventType,
  QuilttConnectorStatus,
  type QuilttConnectorStatusOrUnknown,
  QuilttConnectorStatusAliases,
  QuilttConnectorStatusCategories,
  isQuilttConnectorStatus,
  QuilttResponseStatus,
  type QuilttResponseStatusOrUnknown,
  QuilttResponseStatusAliases,
  QuilttResponseStatusCategories,
  isQuilttResponseStatus,
} from "./quiltt.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  connection_status: QuilttConnectionStatusCategories,
  connection_provider: QuilttConnectionProviderCategories,
  webhook_event_type: QuilttWebhookEventTypeCategories,
  connector_event_type: QuilttConnectorEventTypeCategories,
  connector_status: QuilttConnectorStatusCategories,
  sdk_rest_status: QuilttResponseStatusCategories,
};

/** The id of a code set of Quiltt. */
export type CodeSetId =
  | "connection_status"
  | "connection_provider"
  | "webhook_event_type"
  | "connector_event_type"
  | "connector_status"
  | "sdk_rest_status";

/**
 * The cross-provider category of a Quiltt code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("quiltt", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("quiltt", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Quiltt code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/quiltt/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("quiltt", CODE_SETS, code, words, codeSet);
}
