// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/yodlee: Yodlee alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/yodlee/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/yodlee/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { integer, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  YodleeFastLinkError,
  YodleeFastLinkEvent,
  YodleeFastLinkStatus,
} from "./payloads.js";
import {
  YodleeAdditionalStatusCategories,
  type YodleeAdditionalStatusOrUnknown,
  YodleeErrorCodeCategories,
  YodleeFastLinkErrorCodeCategories,
  type YodleeFastLinkErrorCodeOrUnknown,
  YodleeFastLinkFunctionCategories,
  type YodleeFastLinkFunctionOrUnknown,
  YodleeNotificationEventCategories,
  YodleeProviderAccountStatusCategories,
  type YodleeProviderAccountStatusOrUnknown,
  YodleeRefreshStatusCodeCategories,
  YodleeWebhookInfoCategories,
} from "./yodlee.js";

export {
  YodleeErrorCode,
  type YodleeErrorCodeOrUnknown,
  YodleeErrorCodeAliases,
  YodleeErrorCodeCategories,
  isYodleeErrorCode,
  YodleeAdditionalStatus,
  type YodleeAdditionalStatusOrUnknown,
  YodleeAdditionalStatusAliases,
  YodleeAdditionalStatusCategories,
  isYodleeAdditionalStatus,
  YodleeProviderAccountStatus,
  type YodleeProviderAccountStatusOrUnknown,
  YodleeProviderAccountStatusAliases,
  YodleeProviderAccountStatusCategories,
  isYodleeProviderAccountStatus,
  YodleeFastLinkErrorCode,
  type YodleeFastLinkErrorCodeOrUnknown,
  YodleeFastLinkErrorCodeAliases,
  YodleeFastLinkErrorCodeCategories,
  isYodleeFastLinkErrorCode,
  YodleeFastLinkFunction,
  type YodleeFastLinkFunctionOrUnknown,
  YodleeFastLinkFunctionAliases,
  YodleeFastLinkFunctionCategories,
  isYodleeFastLinkFunction,
  YodleeWebhookInfo,
  type YodleeWebhookInfoOrUnknown,
  YodleeWebhookInfoAliases,
  YodleeWebhookInfoCategories,
  isYodleeWebhookInfo,
  YodleeNotificationEvent,
  type YodleeNotificationEventOrUnknown,
  YodleeNotificationEventAliases,
  YodleeNotificationEventCategories,
  isYodleeNotificationEvent,
  YodleeRefreshStatusCode,
  type YodleeRefreshStatusCodeOrUnknown,
  YodleeRefreshStatusCodeAliases,
  YodleeRefreshStatusCodeCategories,
  isYodleeRefreshStatusCode,
} from "./yodlee.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: YodleeErrorCodeCategories,
  additional_status: YodleeAdditionalStatusCategories,
  provider_account_status: YodleeProviderAccountStatusCategories,
  fastlink_error_code: YodleeFastLinkErrorCodeCategories,
  fastlink_function: YodleeFastLinkFunctionCategories,
  webhook_info: YodleeWebhookInfoCategories,
  notification_event: YodleeNotificationEventCategories,
  refresh_status_code: YodleeRefreshStatusCodeCategories,
};

/** The id of a code set of Yodlee. */
export type CodeSetId =
  | "error_code"
  | "additional_status"
  | "provider_account_status"
  | "fastlink_error_code"
  | "fastlink_function"
  | "webhook_info"
  | "notification_event"
  | "refresh_status_code";

/**
 * The cross-provider category of a Yodlee code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("yodlee", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("yodlee", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Yodlee code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/yodlee/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("yodlee", CODE_SETS, code, words, codeSet);
}

/** What parseYodleeFastLinkMessage returns. */
export type ParseYodleeFastLinkMessageResult =
  | ListenerReading<"error", YodleeFastLinkError, YodleeFastLinkErrorCodeOrUnknown | YodleeFastLinkFunctionOrUnknown>
  | ListenerReading<"status", YodleeFastLinkStatus, YodleeAdditionalStatusOrUnknown | YodleeProviderAccountStatusOrUnknown | YodleeFastLinkFunctionOrUnknown>
  | ListenerReading<"event", YodleeFastLinkEvent, YodleeFastLinkFunctionOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what FastLink passes to onError (an error: its code), to onSuccess, onExit or onEvent (a
 * provider account's additionalStatus and status), by the fields it carries. Never throws.
 */
export function parseYodleeFastLinkMessage(data: unknown): ParseYodleeFastLinkMessageResult {
  return parseListenerMessage([
    {
      kind: "error",
      tag: "code",
      codes: [
        [
          "code",
          [{ id: "yodlee.fastlink_error_code", categories: YodleeFastLinkErrorCodeCategories }],
        ],
        [
          "fnToCall",
          [{ id: "yodlee.fastlink_function", categories: YodleeFastLinkFunctionCategories }],
        ],
      ],
      fields: [["code", text], ["title", text], ["message", text], ["fnToCall", text]],
      maxLength: 8192,
    },
    {
      kind: "status",
      tag: "additionalStatus",
      codes: [
        [
          "additionalStatus",
          [{ id: "yodlee.additional_status", categories: YodleeAdditionalStatusCategories }],
        ],
        [
          "status",
          [
            {
              id: "yodlee.provider_account_status",
              categories: YodleeProviderAccountStatusCategories,
            },
          ],
        ],
        [
          "fnToCall",
          [{ id: "yodlee.fastlink_function", categories: YodleeFastLinkFunctionCategories }],
        ],
      ],
      fields: [
        ["providerAccountId", integer],
        ["providerId", integer],
        ["providerName", text],
        ["requestId", text],
        ["status", text],
        ["additionalStatus", text],
        ["fnToCall", text],
      ],
      maxLength: 8192,
    },
    {
      kind: "event",
      tag: null,
      codes: [
        [
          "fnToCall",
          [{ id: "yodlee.fastlink_function", categories: YodleeFastLinkFunctionCategories }],
        ],
      ],
      fields: [["fnToCall", text], ["app", text], ["height", integer]],
      maxLength: 8192,
    },
  ], data) as ParseYodleeFastLinkMessageResult;
}
