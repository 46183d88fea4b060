// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme: Acme Link alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/acme/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/acme/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { integerCodeText, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  AcmeWidgetError,
  AcmeWidgetProgress,
  AcmeWidgetStatus,
} from "./payloads.js";
import {
  AcmeErrorCodeCategories,
  type AcmeErrorCodeOrUnknown,
  AcmeLinkStatusCategories,
  type AcmeLinkStatusOrUnknown,
  AcmeWebhookTypeCategories,
  AcmeWidgetEventCategories,
  type AcmeWidgetEventOrUnknown,
} from "./acme.js";

export {
  AcmeErrorCode,
  type AcmeErrorCodeOrUnknown,
  AcmeErrorCodeAliases,
  AcmeErrorCodeCategories,
  isAcmeErrorCode,
  AcmeWidgetEvent,
  type AcmeWidgetEventOrUnknown,
  AcmeWidgetEventAliases,
  AcmeWidgetEventCategories,
  isAcmeWidgetEvent,
  AcmeLinkStatus,
  type AcmeLinkStatusOrUnknown,
  AcmeLinkStatusAliases,
  AcmeLinkStatusCategories,
  isAcmeLinkStatus,
  AcmeWebhookType,
  type AcmeWebhookTypeOrUnknown,
  AcmeWebhookTypeAliases,
  AcmeWebhookTypeCategories,
  isAcmeWebhookType,
} from "./acme.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  error_code: AcmeErrorCodeCategories,
  widget_event: AcmeWidgetEventCategories,
  link_status: AcmeLinkStatusCategories,
  webhook_type: AcmeWebhookTypeCategories,
};

/** The id of a code set of Acme Link. */
export type CodeSetId =
  | "error_code"
  | "widget_event"
  | "link_status"
  | "webhook_type";

/**
 * The cross-provider category of a Acme Link code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("acme", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("acme", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Acme Link code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/acme/en): the root entry point's endUserText, word
 * for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("acme", CODE_SETS, code, words, codeSet);
}

/** What parseAcmeWidgetMessage returns. */
export type ParseAcmeWidgetMessageResult =
  | ListenerReading<"error", AcmeWidgetError, AcmeErrorCodeOrUnknown>
  | ListenerReading<"progress", AcmeWidgetProgress, AcmeWidgetEventOrUnknown>
  | ListenerReading<"status", AcmeWidgetStatus, AcmeLinkStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of an Acme Link widget message event: an error (error_code), a progress event
 * (event) or a link's new status (link_status, a number). Never throws.
 */
export function parseAcmeWidgetMessage(data: unknown): ParseAcmeWidgetMessageResult {
  return parseListenerMessage([
    {
      kind: "error",
      tag: "error_code",
      codes: [["error_code", [{ id: "acme.error_code", categories: AcmeErrorCodeCategories }]]],
      fields: [["error_code", text], ["message", text, true]],
      maxLength: 1024,
    },
    {
      kind: "progress",
      tag: "event",
      codes: [["event", [{ id: "acme.widget_event", categories: AcmeWidgetEventCategories }]]],
      fields: [["event", text], ["link_id", text]],
      maxLength: 1024,
    },
    {
      kind: "status",
      tag: null,
      codes: [
        [
          "link_status",
          [{ id: "acme.link_status", categories: AcmeLinkStatusCategories, numeric: true }],
        ],
      ],
      fields: [["link_status", integerCodeText], ["link_id", text]],
      maxLength: 1024,
    },
  ], data) as ParseAcmeWidgetMessageResult;
}

/** The hosts the Acme Link widget is served from. */
export const ACME_WIDGET_HOSTS: readonly string[] = [
  "widget.acme-link.example",
  "*.acme-link.example",
];

/** Whether an origin is allowed by `allowedHosts` (see isAllowedOrigin). Never throws. */
export function isAllowedAcmeOrigin(
  origin: unknown,
  allowedHosts: readonly string[],
): boolean {
  return isAllowedOrigin(origin, allowedHosts);
}
