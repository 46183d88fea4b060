// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mono: Mono alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/mono/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/mono/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { object, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  MonoAccountLinked,
  MonoAccountSelected,
  MonoAuthMethodSwitched,
  MonoErrorOccured,
  MonoInstitutionSelected,
  MonoLoginAttempt,
  MonoMfaSubmitted,
  MonoOnExit,
  MonoOtherMessage,
  MonoWidgetAccountLinked,
  MonoWidgetChargeComplete,
  MonoWidgetClosed,
  MonoWidgetLoaded,
  MonoWidgetOpened,
} from "./payloads.js";
import {
  MonoConnectEventCategories,
  MonoConnectMessageTypeCategories,
  type MonoConnectMessageTypeOrUnknown,
  MonoDataStatusCategories,
  MonoDirectDebitErrorCodeCategories,
  MonoLoginResponseCodeCategories,
  MonoResponseStatusCategories,
  MonoWebhookEventCategories,
} from "./mono.js";

export {
  MonoDataStatus,
  type MonoDataStatusOrUnknown,
  MonoDataStatusAliases,
  MonoDataStatusCategories,
  isMonoDataStatus,
  MonoWebhookEvent,
  type MonoWebhookEventOrUnknown,
  MonoWebhookEventAliases,
  MonoWebhookEventCategories,
  isMonoWebhookEvent,
  MonoLoginResponseCode,
  type MonoLoginResponseCodeOrUnknown,
  MonoLoginResponseCodeAliases,
  MonoLoginResponseCodeCategories,
  isMonoLoginResponseCode,
  MonoConnectEvent,
  type MonoConnectEventOrUnknown,
  MonoConnectEventAliases,
  MonoConnectEventCategories,
  isMonoConnectEvent,
  MonoConnectMessageType,
  type MonoConnectMessageTypeOrUnknown,
  MonoConnectMessageTypeAliases,
  MonoConnectMessageTypeCategories,
  isMonoConnectMessageType,
  MonoResponseStatus,
  type MonoResponseStatusOrUnknown,
  MonoResponseStatusAliases,
  MonoResponseStatusCategories,
  isMonoResponseStatus,
  MonoDirectDebitErrorCode,
  type MonoDirectDebitErrorCodeOrUnknown,
  MonoDirectDebitErrorCodeAliases,
  MonoDirectDebitErrorCodeCategories,
  isMonoDirectDebitErrorCode,
} from "./mono.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  data_status: MonoDataStatusCategories,
  webhook_event: MonoWebhookEventCategories,
  login_response_code: MonoLoginResponseCodeCategories,
  connect_event: MonoConnectEventCategories,
  connect_message_type: MonoConnectMessageTypeCategories,
  http_status: MonoResponseStatusCategories,
  direct_debit_error_code: MonoDirectDebitErrorCodeCategories,
};

/** The id of a code set of Mono. */
export type CodeSetId =
  | "data_status"
  | "webhook_event"
  | "login_response_code"
  | "connect_event"
  | "connect_message_type"
  | "http_status"
  | "direct_debit_error_code";

/**
 * The cross-provider category of a Mono code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("mono", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("mono", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Mono code, or a code read in its place, in the language
 * of `words` (a pack such as bankcodes/mono/en): the root entry point's endUserText, word for word.
 * null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("mono", CODE_SETS, code, words, codeSet);
}

/** What parseMonoConnectMessage returns. */
export type ParseMonoConnectMessageResult =
  | ListenerReading<"widget_opened", MonoWidgetOpened, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"error_occured", MonoErrorOccured, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"institution_selected", MonoInstitutionSelected, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"auth_method_switched", MonoAuthMethodSwitched, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"on_exit", MonoOnExit, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"login_attempt", MonoLoginAttempt, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"mfa_submitted", MonoMfaSubmitted, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"account_linked", MonoAccountLinked, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"account_selected", MonoAccountSelected, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"widget_loaded", MonoWidgetLoaded, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"widget_account_linked", MonoWidgetAccountLinked, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"widget_charge_complete", MonoWidgetChargeComplete, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"widget_closed", MonoWidgetClosed, MonoConnectMessageTypeOrUnknown>
  | ListenerReading<"other", MonoOtherMessage, MonoConnectMessageTypeOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of a Mono Connect widget message event by its type: an error, an exit or close, a
 * linked account or a completed charge, or a step of the flow. Never throws.
 */
export function parseMonoConnectMessage(data: unknown): ParseMonoConnectMessageResult {
  return parseListenerMessage([
    {
      kind: "widget_opened",
      tag: "type",
      tagValue: "mono.connect.widget_opened",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "error_occured",
      tag: "type",
      tagValue: "mono.connect.error_occured",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "institution_selected",
      tag: "type",
      tagValue: "mono.connect.institution_selected",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "auth_method_switched",
      tag: "type",
      tagValue: "mono.connect.auth_method_switched",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "on_exit",
      tag: "type",
      tagValue: "mono.connect.on_exit",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "login_attempt",
      tag: "type",
      tagValue: "mono.connect.login_attempt",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "mfa_submitted",
      tag: "type",
      tagValue: "mono.connect.mfa_submitted",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "account_linked",
      tag: "type",
      tagValue: "mono.connect.account_linked",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "account_selected",
      tag: "type",
      tagValue: "mono.connect.account_selected",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "widget_loaded",
      tag: "type",
      tagValue: "mono.connect.widget_loaded",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "widget_account_linked",
      tag: "type",
      tagValue: "mono.connect.widget.account_linked",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "widget_charge_complete",
      tag: "type",
      tagValue: "mono.connect.widget.charge_complete",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "widget_closed",
      tag: "type",
      tagValue: "mono.connect.widget.closed",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
    {
      kind: "other",
      tag: "type",
      codes: [
        [
          "type",
          [{ id: "mono.connect_message_type", categories: MonoConnectMessageTypeCategories }],
        ],
      ],
      fields: [["type", text], ["data", object]],
      maxLength: 8192,
    },
  ], data) as ParseMonoConnectMessageResult;
}

/**
 * The widget's frame: https://connect.mono.co in connect.js 2.x and the mobile SDKs,
 * https://connect.withmono.com in connect.js before 2.0.0 (its widget v2 of December 2023).
 * connect.js itself checks no origin; the messages it dispatches itself (loaded, opened) come from
 * the page's own window, and an origin check rightly passes them over.
 */
export const MONO_CONNECT_HOSTS: readonly string[] = ["connect.mono.co", "connect.withmono.com"];

/** Whether an origin is allowed by `allowedHosts` (see isAllowedOrigin). Never throws. */
export function isAllowedMonoOrigin(
  origin: unknown,
  allowedHosts: readonly string[],
): boolean {
  return isAllowedOrigin(origin, allowedHosts);
}
