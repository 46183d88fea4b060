// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy: Pluggy alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/pluggy/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/pluggy/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { finiteNumber, object, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  PluggyConnectEventPayload,
  PluggyConnectResult,
} from "./payloads.js";
import {
  PluggyCodeDescriptionCategories,
  PluggyConnectEventCategories,
  type PluggyConnectEventOrUnknown,
  PluggyConnectorStatusCategories,
  PluggyExecutionErrorCodeCategories,
  type PluggyExecutionErrorCodeOrUnknown,
  PluggyExecutionStatusCategories,
  type PluggyExecutionStatusOrUnknown,
  PluggyItemRequestErrorCategories,
  PluggyItemStatusCategories,
  type PluggyItemStatusOrUnknown,
  PluggyPaymentRequestStatusCategories,
  PluggyResponseStatusCategories,
  PluggyWebhookEventCategories,
} from "./pluggy.js";

export {
  PluggyExecutionErrorCode,
  type PluggyExecutionErrorCodeOrUnknown,
  PluggyExecutionErrorCodeAliases,
  PluggyExecutionErrorCodeCategories,
  isPluggyExecutionErrorCode,
  PluggyItemStatus,
  type PluggyItemStatusOrUnknown,
  PluggyItemStatusAliases,
  PluggyItemStatusCategories,
  isPluggyItemStatus,
  PluggyExecutionStatus,
  type PluggyExecutionStatusOrUnknown,
  PluggyExecutionStatusAliases,
  PluggyExecutionStatusCategories,
  isPluggyExecutionStatus,
  PluggyConnectorStatus,
  type PluggyConnectorStatusOrUnknown,
  PluggyConnectorStatusAliases,
  PluggyConnectorStatusCategories,
  isPluggyConnectorStatus,
  PluggyPaymentRequestStatus,
  type PluggyPaymentRequestStatusOrUnknown,
  PluggyPaymentRequestStatusAliases,
  PluggyPaymentRequestStatusCategories,
  isPluggyPaymentRequestStatus,
  PluggyWebhookEvent,
  type PluggyWebhookEventOrUnknown,
  PluggyWebhookEventAliases,
  PluggyWebhookEventCategories,
  isPluggyWebhookEvent,
  PluggyConnectEvent,
  type PluggyConnectEventOrUnknown,
  PluggyConnectEventAliases,
  PluggyConnectEventCategories,
  isPluggyConnectEvent,
  PluggyItemRequestError,
  type PluggyItemRequestErrorOrUnknown,
  PluggyItemRequestErrorAliases,
  PluggyItemRequestErrorCategories,
  isPluggyItemRequestError,
  PluggyResponseStatus,
  type PluggyResponseStatusOrUnknown,
  PluggyResponseStatusAliases,
  PluggyResponseStatusCategories,
  isPluggyResponseStatus,
  PluggyCodeDescription,
  type PluggyCodeDescriptionOrUnknown,
  PluggyCodeDescriptionAliases,
  PluggyCodeDescriptionCategories,
  isPluggyCodeDescription,
} from "./pluggy.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  execution_error_code: PluggyExecutionErrorCodeCategories,
  item_status: PluggyItemStatusCategories,
  execution_status: PluggyExecutionStatusCategories,
  connector_status: PluggyConnectorStatusCategories,
  payment_request_status: PluggyPaymentRequestStatusCategories,
  webhook_event: PluggyWebhookEventCategories,
  connect_event: PluggyConnectEventCategories,
  item_request_error: PluggyItemRequestErrorCategories,
  response_status: PluggyResponseStatusCategories,
  code_description: PluggyCodeDescriptionCategories,
};

/** The id of a code set of Pluggy. */
export type CodeSetId =
  | "execution_error_code"
  | "item_status"
  | "execution_status"
  | "connector_status"
  | "payment_request_status"
  | "webhook_event"
  | "connect_event"
  | "item_request_error"
  | "response_status"
  | "code_description";

/**
 * The cross-provider category of a Pluggy code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("pluggy", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("pluggy", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Pluggy code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/pluggy/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("pluggy", CODE_SETS, code, words, codeSet);
}

/** What parsePluggyConnectCallback returns. */
export type ParsePluggyConnectCallbackResult =
  | ListenerReading<"event", PluggyConnectEventPayload, PluggyExecutionErrorCodeOrUnknown | PluggyExecutionStatusOrUnknown | PluggyItemStatusOrUnknown | PluggyConnectEventOrUnknown | null>
  | ListenerReading<"result", PluggyConnectResult, PluggyExecutionErrorCodeOrUnknown | PluggyExecutionStatusOrUnknown | PluggyItemStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what Pluggy Connect passes to onEvent (its event, and the Item it carries), onSuccess or
 * onError (the Item, when there is one): the Item's error code decides when there is one, else its
 * execution status, else its status, else the event. Never throws.
 */
export function parsePluggyConnectCallback(data: unknown): ParsePluggyConnectCallbackResult {
  return parseListenerMessage([
    {
      kind: "event",
      tag: "event",
      codes: [
        [
          "item.error.code",
          [{ id: "pluggy.execution_error_code", categories: PluggyExecutionErrorCodeCategories }],
        ],
        [
          "item.executionStatus",
          [{ id: "pluggy.execution_status", categories: PluggyExecutionStatusCategories }],
        ],
        ["item.status", [{ id: "pluggy.item_status", categories: PluggyItemStatusCategories }]],
        ["event", [{ id: "pluggy.connect_event", categories: PluggyConnectEventCategories }]],
      ],
      fields: [
        ["event", text],
        ["timestamp", finiteNumber],
        ["item", object],
        ["item.error.code", text],
        ["item.executionStatus", text],
        ["item.status", text],
      ],
      maxLength: 8192,
    },
    {
      kind: "result",
      tag: null,
      codes: [
        [
          "data.item.error.code",
          [{ id: "pluggy.execution_error_code", categories: PluggyExecutionErrorCodeCategories }],
        ],
        [
          "item.error.code",
          [{ id: "pluggy.execution_error_code", categories: PluggyExecutionErrorCodeCategories }],
        ],
        [
          "data.item.executionStatus",
          [{ id: "pluggy.execution_status", categories: PluggyExecutionStatusCategories }],
        ],
        [
          "item.executionStatus",
          [{ id: "pluggy.execution_status", categories: PluggyExecutionStatusCategories }],
        ],
        [
          "data.item.status",
          [{ id: "pluggy.item_status", categories: PluggyItemStatusCategories }],
        ],
        ["item.status", [{ id: "pluggy.item_status", categories: PluggyItemStatusCategories }]],
      ],
      fields: [
        ["item", object],
        ["message", text],
        ["data", object],
        ["data.item.error.code", text],
        ["item.error.code", text],
        ["data.item.executionStatus", text],
        ["item.executionStatus", text],
        ["data.item.status", text],
        ["item.status", text],
      ],
      maxLength: 8192,
    },
  ], data) as ParsePluggyConnectCallbackResult;
}
