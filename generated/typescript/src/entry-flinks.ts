// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks: Flinks alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/flinks/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/flinks/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { text, webUrl } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  FlinksErrorEvent,
  FlinksStepEvent,
} from "./payloads.js";
import {
  FlinksApiErrorCodeCategories,
  type FlinksApiErrorCodeOrUnknown,
  FlinksConnectErrorCategories,
  type FlinksConnectErrorOrUnknown,
  FlinksConnectStepCategories,
  type FlinksConnectStepOrUnknown,
  FlinksFdxErrorCodeCategories,
  FlinksWebhookResponseTypeCategories,
} from "./flinks.js";

export {
  FlinksFdxErrorCode,
  type FlinksFdxErrorCodeOrUnknown,
  FlinksFdxErrorCodeAliases,
  FlinksFdxErrorCodeCategories,
  isFlinksFdxErrorCode,
  FlinksApiErrorCode,
  type FlinksApiErrorCodeOrUnknown,
  FlinksApiErrorCodeAliases,
  FlinksApiErrorCodeCategories,
  isFlinksApiErrorCode,
  FlinksConnectError,
  type FlinksConnectErrorOrUnknown,
  FlinksConnectErrorAliases,
  FlinksConnectErrorCategories,
  isFlinksConnectError,
  FlinksConnectStep,
  type FlinksConnectStepOrUnknown,
  FlinksConnectStepAliases,
  FlinksConnectStepCategories,
  isFlinksConnectStep,
  FlinksWebhookResponseType,
  type FlinksWebhookResponseTypeOrUnknown,
  FlinksWebhookResponseTypeAliases,
  FlinksWebhookResponseTypeCategories,
  isFlinksWebhookResponseType,
} from "./flinks.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  fdx_error_code: FlinksFdxErrorCodeCategories,
  api_error_code: FlinksApiErrorCodeCategories,
  connect_error_event: FlinksConnectErrorCategories,
  connect_step_event: FlinksConnectStepCategories,
  webhook_response_type: FlinksWebhookResponseTypeCategories,
};

/** The id of a code set of Flinks. */
export type CodeSetId =
  | "fdx_error_code"
  | "api_error_code"
  | "connect_error_event"
  | "connect_step_event"
  | "webhook_response_type";

/**
 * The cross-provider category of a Flinks code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("flinks", code, codeSet). "unknown" for
 * any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("flinks", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Flinks code, or a code read in its place, in the
 * language of `words` (a pack such as bankcodes/flinks/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("flinks", CODE_SETS, code, words, codeSet);
}

/** What parseFlinksConnectMessage returns. */
export type ParseFlinksConnectMessageResult =
  | ListenerReading<"error", FlinksErrorEvent, FlinksConnectErrorOrUnknown | FlinksApiErrorCodeOrUnknown>
  | ListenerReading<"step", FlinksStepEvent, FlinksConnectStepOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of a Flinks Connect window message event: an error event (flinksCode) or a step
 * event (step). Never throws.
 */
export function parseFlinksConnectMessage(data: unknown): ParseFlinksConnectMessageResult {
  return parseListenerMessage([
    {
      kind: "error",
      tag: "flinksCode",
      codes: [
        [
          "flinksCode",
          [
            { id: "flinks.connect_error_event", categories: FlinksConnectErrorCategories },
            { id: "flinks.api_error_code", categories: FlinksApiErrorCodeCategories },
          ],
        ],
      ],
      fields: [["flinksCode", text], ["institution", text], ["requestId", text]],
      maxLength: 8192,
    },
    {
      kind: "step",
      tag: "step",
      codes: [
        ["step", [{ id: "flinks.connect_step_event", categories: FlinksConnectStepCategories }]],
      ],
      fields: [
        ["step", text],
        ["institution", text],
        ["url", webUrl],
        ["loginId", text],
        ["accountId", text],
        ["requestId", text],
      ],
      maxLength: 8192,
    },
  ], data) as ParseFlinksConnectMessageResult;
}

/**
 * The hosts Flinks Connect iframes are served from, as public integrations check them; an app
 * should list the exact host of its own Flinks Connect instance.
 */
export const FLINKS_CONNECT_HOSTS: readonly string[] = ["*.flinks.com", "*.private.fin.ag"];

/** Whether an origin is allowed by `allowedHosts` (see isAllowedOrigin). Never throws. */
export function isAllowedFlinksOrigin(
  origin: unknown,
  allowedHosts: readonly string[],
): boolean {
  return isAllowedOrigin(origin, allowedHosts);
}
