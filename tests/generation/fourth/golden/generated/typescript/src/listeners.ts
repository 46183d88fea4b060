// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
// The browser listener helpers the catalog declares.
import { integerCodeText, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessageWithInfo } from "./messages.js";
import type { InvalidMessage, ListenerEvent, UnknownMessage } from "./messages.js";
import type {
  AcmeWidgetError,
  AcmeWidgetProgress,
  AcmeWidgetStatus,
} from "./payloads.js";
import {
  type AcmeErrorCodeOrUnknown,
  AcmeErrorCodeAliases,
  AcmeErrorCodeCategories,
  AcmeErrorCodeInfo,
  type AcmeLinkStatusOrUnknown,
  AcmeLinkStatusAliases,
  AcmeLinkStatusCategories,
  AcmeLinkStatusInfo,
  type AcmeWidgetEventOrUnknown,
  AcmeWidgetEventAliases,
  AcmeWidgetEventCategories,
  AcmeWidgetEventInfo,
} from "./acme.js";

/** What parseAcmeWidgetMessage returns. */
export type ParseAcmeWidgetMessageResult =
  | ListenerEvent<"error", AcmeWidgetError, AcmeErrorCodeOrUnknown>
  | ListenerEvent<"progress", AcmeWidgetProgress, AcmeWidgetEventOrUnknown>
  | ListenerEvent<"status", AcmeWidgetStatus, AcmeLinkStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of an Acme Link widget message event: an error (error_code), a progress event
 * (event) or a link's new status (link_status, a number). Never throws.
 */
export function parseAcmeWidgetMessage(data: unknown): ParseAcmeWidgetMessageResult {
  return parseListenerMessageWithInfo([
    {
      kind: "error",
      tag: "error_code",
      codes: [
        [
          "error_code",
          [
            {
              id: "acme.error_code",
              categories: AcmeErrorCodeCategories,
              info: AcmeErrorCodeInfo,
              aliases: AcmeErrorCodeAliases,
            },
          ],
        ],
      ],
      fields: [["error_code", text], ["message", text, true]],
      maxLength: 1024,
    },
    {
      kind: "progress",
      tag: "event",
      codes: [
        [
          "event",
          [
            {
              id: "acme.widget_event",
              categories: AcmeWidgetEventCategories,
              info: AcmeWidgetEventInfo,
              aliases: AcmeWidgetEventAliases,
            },
          ],
        ],
      ],
      fields: [["event", text], ["link_id", text]],
      maxLength: 1024,
    },
    {
      kind: "status",
      tag: null,
      codes: [
        [
          "link_status",
          [
            {
              id: "acme.link_status",
              categories: AcmeLinkStatusCategories,
              info: AcmeLinkStatusInfo,
              aliases: AcmeLinkStatusAliases,
              numeric: true,
            },
          ],
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
