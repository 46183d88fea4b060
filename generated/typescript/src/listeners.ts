// generated from spec/catalog.json — do not edit (run `make generate`)
// The browser listener helpers the catalog declares.
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerEvent, UnknownMessage } from "./messages.js";
import type {
  FlinksErrorEvent,
  FlinksStepEvent,
  LeanCallbackData,
  PlaidLinkError,
  PlaidLinkEventMetadata,
  PlaidLinkExitMetadata,
} from "./payloads.js";
import {
  type FlinksApiErrorCodeOrUnknown,
  FlinksApiErrorCodeAliases,
  FlinksApiErrorCodeCategories,
  FlinksApiErrorCodeInfo,
  type FlinksConnectErrorOrUnknown,
  FlinksConnectErrorAliases,
  FlinksConnectErrorCategories,
  FlinksConnectErrorInfo,
  type FlinksConnectStepOrUnknown,
  FlinksConnectStepAliases,
  FlinksConnectStepCategories,
  FlinksConnectStepInfo,
} from "./flinks.js";
import {
  type LeanCallbackStatusOrUnknown,
  LeanCallbackStatusAliases,
  LeanCallbackStatusCategories,
  LeanCallbackStatusInfo,
  type LeanSecondaryStatusOrUnknown,
  LeanSecondaryStatusAliases,
  LeanSecondaryStatusCategories,
  LeanSecondaryStatusInfo,
} from "./lean.js";
import {
  type PlaidErrorCodeOrUnknown,
  PlaidErrorCodeAliases,
  PlaidErrorCodeCategories,
  PlaidErrorCodeInfo,
  type PlaidErrorTypeOrUnknown,
  PlaidErrorTypeAliases,
  PlaidErrorTypeCategories,
  PlaidErrorTypeInfo,
  type PlaidLinkExitStatusOrUnknown,
  PlaidLinkExitStatusAliases,
  PlaidLinkExitStatusCategories,
  PlaidLinkExitStatusInfo,
} from "./plaid.js";

/** What parseLeanCallback returns. */
export type ParseLeanCallbackResult =
  | ListenerEvent<"callback", LeanCallbackData, LeanSecondaryStatusOrUnknown | LeanCallbackStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the (partial) CallbackData the LinkSDK passes to the callback; its category is that of
 * secondary_status when it is known, else that of status. Never throws.
 */
export function parseLeanCallback(data: unknown): ParseLeanCallbackResult {
  return parseListenerMessage([
    {
      kind: "callback",
      tag: null,
      codes: [
        [
          "secondary_status",
          [
            {
              id: "lean.secondary_status",
              categories: LeanSecondaryStatusCategories,
              info: LeanSecondaryStatusInfo,
              aliases: LeanSecondaryStatusAliases,
            },
          ],
        ],
        [
          "secondaryStatus",
          [
            {
              id: "lean.secondary_status",
              categories: LeanSecondaryStatusCategories,
              info: LeanSecondaryStatusInfo,
              aliases: LeanSecondaryStatusAliases,
            },
          ],
        ],
        [
          "status",
          [
            {
              id: "lean.callback_status",
              categories: LeanCallbackStatusCategories,
              info: LeanCallbackStatusInfo,
              aliases: LeanCallbackStatusAliases,
            },
          ],
        ],
      ],
      fields: [
        ["status", "string", true],
        ["secondary_status", "string", true],
        ["message", "string", true],
        ["exit_point", "string", true],
        ["last_api_response", "string", true],
        ["user_exit_intent", "string", true],
        ["exit_intent_point", "string", true],
        ["exit_survey_reason", "string", true],
        ["lean_correlation_id", "string", true],
        ["open_banking_redirect_url", "string", true],
        ["bank", "object", true],
        ["method", "string", true],
        ["secondaryStatus", "string", true],
        ["lastApiResponse", "string", true],
        ["exitPoint", "string", true],
        ["exitIntentPoint", "string", true],
        ["exitSurveyReason", "string", true],
        ["leanCorrelationId", "string", true],
        ["userExitIntent", "string", true],
        ["bankId", "string", true],
        ["bankIsSupported", "boolean", true],
        ["bankDetails", "object", true],
      ],
      maxLength: 8192,
    },
  ], data) as ParseLeanCallbackResult;
}

/** What parseFlinksConnectMessage returns. */
export type ParseFlinksConnectMessageResult =
  | ListenerEvent<"error", FlinksErrorEvent, FlinksConnectErrorOrUnknown | FlinksApiErrorCodeOrUnknown>
  | ListenerEvent<"step", FlinksStepEvent, FlinksConnectStepOrUnknown>
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
            {
              id: "flinks.connect_error_event",
              categories: FlinksConnectErrorCategories,
              info: FlinksConnectErrorInfo,
              aliases: FlinksConnectErrorAliases,
            },
            {
              id: "flinks.api_error_code",
              categories: FlinksApiErrorCodeCategories,
              info: FlinksApiErrorCodeInfo,
              aliases: FlinksApiErrorCodeAliases,
            },
          ],
        ],
      ],
      fields: [
        ["flinksCode", "string", false],
        ["institution", "string", false],
        ["requestId", "string", false],
      ],
      maxLength: 8192,
    },
    {
      kind: "step",
      tag: "step",
      codes: [
        [
          "step",
          [
            {
              id: "flinks.connect_step_event",
              categories: FlinksConnectStepCategories,
              info: FlinksConnectStepInfo,
              aliases: FlinksConnectStepAliases,
            },
          ],
        ],
      ],
      fields: [
        ["step", "string", false],
        ["institution", "string", false],
        ["url", "url", false],
        ["loginId", "string", false],
        ["accountId", "string", false],
        ["requestId", "string", false],
        ["metadata", "json", false],
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

/** What parsePlaidLinkCallback returns. */
export type ParsePlaidLinkCallbackResult =
  | ListenerEvent<"error", PlaidLinkError, PlaidErrorCodeOrUnknown | PlaidErrorTypeOrUnknown>
  | ListenerEvent<"exit", PlaidLinkExitMetadata, PlaidLinkExitStatusOrUnknown>
  | ListenerEvent<"event", PlaidLinkEventMetadata, PlaidErrorCodeOrUnknown | PlaidErrorTypeOrUnknown | PlaidLinkExitStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what Plaid Link passes to onExit (its error, else its metadata) or to onEvent (its
 * metadata): the error code decides the category when there is one, else the error type, else the
 * exit status. Never throws.
 */
export function parsePlaidLinkCallback(data: unknown): ParsePlaidLinkCallbackResult {
  return parseListenerMessage([
    {
      kind: "error",
      tag: "error_code",
      codes: [
        [
          "error_code",
          [
            {
              id: "plaid.error_code",
              categories: PlaidErrorCodeCategories,
              info: PlaidErrorCodeInfo,
              aliases: PlaidErrorCodeAliases,
            },
          ],
        ],
        [
          "error_type",
          [
            {
              id: "plaid.error_type",
              categories: PlaidErrorTypeCategories,
              info: PlaidErrorTypeInfo,
              aliases: PlaidErrorTypeAliases,
            },
          ],
        ],
      ],
      fields: [
        ["error_type", "string", false],
        ["error_code", "string", false],
        ["error_message", "string", false],
        ["display_message", "string", true],
        ["error_code_reason", "string", true],
        ["request_id", "string", false],
        ["status", "integer", true],
        ["documentation_url", "url", false],
        ["suggested_action", "string", true],
      ],
      maxLength: 8192,
    },
    {
      kind: "exit",
      tag: "status",
      codes: [
        [
          "status",
          [
            {
              id: "plaid.link_exit_status",
              categories: PlaidLinkExitStatusCategories,
              info: PlaidLinkExitStatusInfo,
              aliases: PlaidLinkExitStatusAliases,
            },
          ],
        ],
      ],
      fields: [
        ["institution", "object", true],
        ["status", "string", false],
        ["link_session_id", "string", false],
        ["request_id", "string", false],
      ],
      maxLength: 8192,
    },
    {
      kind: "event",
      tag: null,
      codes: [
        [
          "error_code",
          [
            {
              id: "plaid.error_code",
              categories: PlaidErrorCodeCategories,
              info: PlaidErrorCodeInfo,
              aliases: PlaidErrorCodeAliases,
            },
          ],
        ],
        [
          "error_type",
          [
            {
              id: "plaid.error_type",
              categories: PlaidErrorTypeCategories,
              info: PlaidErrorTypeInfo,
              aliases: PlaidErrorTypeAliases,
            },
          ],
        ],
        [
          "exit_status",
          [
            {
              id: "plaid.link_exit_status",
              categories: PlaidLinkExitStatusCategories,
              info: PlaidLinkExitStatusInfo,
              aliases: PlaidLinkExitStatusAliases,
            },
          ],
        ],
      ],
      fields: [
        ["error_code", "string", true],
        ["error_message", "string", true],
        ["error_type", "string", true],
        ["exit_status", "string", true],
        ["institution_id", "string", true],
        ["institution_name", "string", true],
        ["institution_search_query", "string", true],
        ["request_id", "string", false],
        ["mfa_type", "string", true],
        ["view_name", "string", true],
        ["selection", "string", true],
        ["brand_name", "string", true],
        ["match_reason", "string", true],
        ["routing_number", "string", true],
        ["account_number_mask", "string", true],
        ["timestamp", "string", false],
      ],
      maxLength: 8192,
    },
  ], data) as ParsePlaidLinkCallbackResult;
}
