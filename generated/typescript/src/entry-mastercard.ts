// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mastercard: Mastercard Open Finance alone. Its code sets (constants, types, guards,
 * aliases and categories), classify and endUserText over them, and its listener helpers, whose
 * results carry each code's category. End-user words come from one language's pack: `import { words
 * } from "bankcodes/mastercard/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/mastercard/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { array, boolean, integer, integerCodeText, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  MastercardConnectEvent,
  MastercardRouteEvent,
  MastercardUserEvent,
} from "./payloads.js";
import {
  MastercardConnectEventCodeCategories,
  type MastercardConnectEventCodeOrUnknown,
  MastercardConnectRouteScreenCategories,
  type MastercardConnectRouteScreenOrUnknown,
  MastercardConnectUserActionCategories,
  type MastercardConnectUserActionOrUnknown,
  MastercardErrorCodeCategories,
  MastercardEuropeErrorCategories,
  MastercardEuropeInsightsReasonCategories,
  MastercardObwmsReasonCodeCategories,
  MastercardWebhookEventTypeCategories,
} from "./mastercard.js";

export {
  MastercardErrorCode,
  type MastercardErrorCodeOrUnknown,
  MastercardErrorCodeAliases,
  MastercardErrorCodeCategories,
  isMastercardErrorCode,
  MastercardConnectEventCode,
  type MastercardConnectEventCodeOrUnknown,
  MastercardConnectEventCodeAliases,
  MastercardConnectEventCodeCategories,
  isMastercardConnectEventCode,
  MastercardConnectRouteScreen,
  type MastercardConnectRouteScreenOrUnknown,
  MastercardConnectRouteScreenAliases,
  MastercardConnectRouteScreenCategories,
  isMastercardConnectRouteScreen,
  MastercardConnectUserAction,
  type MastercardConnectUserActionOrUnknown,
  MastercardConnectUserActionAliases,
  MastercardConnectUserActionCategories,
  isMastercardConnectUserAction,
  MastercardWebhookEventType,
  type MastercardWebhookEventTypeOrUnknown,
  MastercardWebhookEventTypeAliases,
  MastercardWebhookEventTypeCategories,
  isMastercardWebhookEventType,
  MastercardEuropeError,
  type MastercardEuropeErrorOrUnknown,
  MastercardEuropeErrorAliases,
  MastercardEuropeErrorCategories,
  isMastercardEuropeError,
  MastercardEuropeInsightsReason,
  type MastercardEuropeInsightsReasonOrUnknown,
  MastercardEuropeInsightsReasonAliases,
  MastercardEuropeInsightsReasonCategories,
  isMastercardEuropeInsightsReason,
  MastercardObwmsReasonCode,
  type MastercardObwmsReasonCodeOrUnknown,
  MastercardObwmsReasonCodeAliases,
  MastercardObwmsReasonCodeCategories,
  isMastercardObwmsReasonCode,
} from "./mastercard.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: MastercardErrorCodeCategories,
  connect_event_code: MastercardConnectEventCodeCategories,
  connect_route_screen: MastercardConnectRouteScreenCategories,
  connect_user_action: MastercardConnectUserActionCategories,
  webhook_event_type: MastercardWebhookEventTypeCategories,
  europe_error: MastercardEuropeErrorCategories,
  europe_insights_reason: MastercardEuropeInsightsReasonCategories,
  obwms_reason_code: MastercardObwmsReasonCodeCategories,
};

/** The id of a code set of Mastercard Open Finance. */
export type CodeSetId =
  | "error_code"
  | "connect_event_code"
  | "connect_route_screen"
  | "connect_user_action"
  | "webhook_event_type"
  | "europe_error"
  | "europe_insights_reason"
  | "obwms_reason_code";

/**
 * The cross-provider category of a Mastercard Open Finance code, or of a code read in its place (a
 * result of its listeners): the answer of the root entry point's classify("mastercard", code,
 * codeSet). "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("mastercard", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Mastercard Open Finance code, or a code read in its
 * place, in the language of `words` (a pack such as bankcodes/mastercard/en): the root entry
 * point's endUserText, word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("mastercard", CODE_SETS, code, words, codeSet);
}

/** What parseMastercardConnectEvent returns. */
export type ParseMastercardConnectEventResult =
  | ListenerReading<"event", MastercardConnectEvent, MastercardConnectEventCodeOrUnknown>
  | ListenerReading<"user", MastercardUserEvent, MastercardConnectUserActionOrUnknown>
  | ListenerReading<"route", MastercardRouteEvent, MastercardConnectRouteScreenOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what the Connect web or React Native SDK passes to onDone, onCancel, onError, onUser or
 * onRoute: an event's numeric code decides its category; a user event names its action, a route
 * event its screen. Never throws.
 */
export function parseMastercardConnectEvent(data: unknown): ParseMastercardConnectEventResult {
  return parseListenerMessage([
    {
      kind: "event",
      tag: "code",
      codes: [
        [
          "code",
          [
            {
              id: "mastercard.connect_event_code",
              categories: MastercardConnectEventCodeCategories,
              numeric: true,
            },
          ],
        ],
      ],
      fields: [["code", integerCodeText], ["reason", text], ["reportData", array]],
      maxLength: 8192,
    },
    {
      kind: "user",
      tag: "action",
      codes: [
        [
          "action",
          [
            {
              id: "mastercard.connect_user_action",
              categories: MastercardConnectUserActionCategories,
            },
          ],
        ],
      ],
      fields: [
        ["action", text],
        ["accounts", integer, true],
        ["accountIds", array, true],
        ["success", boolean, true],
      ],
      maxLength: 8192,
    },
    {
      kind: "route",
      tag: "screen",
      codes: [
        [
          "screen",
          [
            {
              id: "mastercard.connect_route_screen",
              categories: MastercardConnectRouteScreenCategories,
            },
          ],
        ],
      ],
      fields: [["screen", text]],
      maxLength: 8192,
    },
  ], data) as ParseMastercardConnectEventResult;
}
