// generated from spec/catalog.json — do not edit (run `make generate`)
// The browser listener helpers the catalog declares.
import { array, boolean, finiteNumber, integer, integerCodeText, object, text, webUrl } from "./fields.js";
import { isAllowedOrigin, parseListenerMessageWithInfo } from "./messages.js";
import type { InvalidMessage, ListenerEvent, UnknownMessage } from "./messages.js";
import type {
  FlinksErrorEvent,
  FlinksStepEvent,
  LeanCallbackData,
  MastercardConnectEvent,
  MastercardRouteEvent,
  MastercardUserEvent,
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
  MxBackButtonClicked,
  MxBackToSearch,
  MxConnectedPrimaryAction,
  MxCreateMemberError,
  MxEnterCredentials,
  MxFocusTrap,
  MxInitialDataReady,
  MxInstitutionSearch,
  MxInvalidData,
  MxLoaded,
  MxMemberConnected,
  MxMemberDeleted,
  MxMemberError,
  MxMemberErrorPrimaryAction,
  MxMemberStatusUpdate,
  MxMicrodepositsBlockedRoutingNumber,
  MxMicrodepositsComeBackPrimaryAction,
  MxMicrodepositsDetailsSubmitted,
  MxMicrodepositsErrorPrimaryAction,
  MxMicrodepositsLoaded,
  MxMicrodepositsVerified,
  MxMicrodepositsVerifiedPrimaryAction,
  MxNavigation,
  MxOauthError,
  MxOauthRequested,
  MxOtherMessage,
  MxPing,
  MxSelectedInstitution,
  MxStepChange,
  MxSubmitMFA,
  MxUpdateCredentials,
  PlaidLinkError,
  PlaidLinkEventMetadata,
  PlaidLinkExitMetadata,
  PluggyConnectEventPayload,
  PluggyConnectResult,
  YodleeFastLinkError,
  YodleeFastLinkEvent,
  YodleeFastLinkStatus,
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
  type MastercardConnectEventCodeOrUnknown,
  MastercardConnectEventCodeAliases,
  MastercardConnectEventCodeCategories,
  MastercardConnectEventCodeInfo,
  type MastercardConnectRouteScreenOrUnknown,
  MastercardConnectRouteScreenAliases,
  MastercardConnectRouteScreenCategories,
  MastercardConnectRouteScreenInfo,
  type MastercardConnectUserActionOrUnknown,
  MastercardConnectUserActionAliases,
  MastercardConnectUserActionCategories,
  MastercardConnectUserActionInfo,
} from "./mastercard.js";
import {
  type MonoConnectMessageTypeOrUnknown,
  MonoConnectMessageTypeAliases,
  MonoConnectMessageTypeCategories,
  MonoConnectMessageTypeInfo,
} from "./mono.js";
import {
  type MxConnectionStatusOrUnknown,
  MxConnectionStatusAliases,
  MxConnectionStatusCategories,
  MxConnectionStatusInfo,
  type MxPostMessageTypeOrUnknown,
  MxPostMessageTypeAliases,
  MxPostMessageTypeCategories,
  MxPostMessageTypeInfo,
} from "./mx.js";
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
import {
  type PluggyConnectEventOrUnknown,
  PluggyConnectEventAliases,
  PluggyConnectEventCategories,
  PluggyConnectEventInfo,
  type PluggyExecutionErrorCodeOrUnknown,
  PluggyExecutionErrorCodeAliases,
  PluggyExecutionErrorCodeCategories,
  PluggyExecutionErrorCodeInfo,
  type PluggyExecutionStatusOrUnknown,
  PluggyExecutionStatusAliases,
  PluggyExecutionStatusCategories,
  PluggyExecutionStatusInfo,
  type PluggyItemStatusOrUnknown,
  PluggyItemStatusAliases,
  PluggyItemStatusCategories,
  PluggyItemStatusInfo,
} from "./pluggy.js";
import {
  type YodleeAdditionalStatusOrUnknown,
  YodleeAdditionalStatusAliases,
  YodleeAdditionalStatusCategories,
  YodleeAdditionalStatusInfo,
  type YodleeFastLinkErrorCodeOrUnknown,
  YodleeFastLinkErrorCodeAliases,
  YodleeFastLinkErrorCodeCategories,
  YodleeFastLinkErrorCodeInfo,
  type YodleeFastLinkFunctionOrUnknown,
  YodleeFastLinkFunctionAliases,
  YodleeFastLinkFunctionCategories,
  YodleeFastLinkFunctionInfo,
  type YodleeProviderAccountStatusOrUnknown,
  YodleeProviderAccountStatusAliases,
  YodleeProviderAccountStatusCategories,
  YodleeProviderAccountStatusInfo,
} from "./yodlee.js";

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
  return parseListenerMessageWithInfo([
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
        ["status", text, true],
        ["secondary_status", text, true],
        ["message", text, true],
        ["exit_point", text, true],
        ["last_api_response", text, true],
        ["user_exit_intent", text, true],
        ["exit_intent_point", text, true],
        ["exit_survey_reason", text, true],
        ["lean_correlation_id", text, true],
        ["open_banking_redirect_url", text, true],
        ["bank", object, true],
        ["method", text, true],
        ["secondaryStatus", text, true],
        ["lastApiResponse", text, true],
        ["exitPoint", text, true],
        ["exitIntentPoint", text, true],
        ["exitSurveyReason", text, true],
        ["leanCorrelationId", text, true],
        ["userExitIntent", text, true],
        ["bankId", text, true],
        ["bankIsSupported", boolean, true],
        ["bankDetails", object, true],
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
  return parseListenerMessageWithInfo([
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
      fields: [["flinksCode", text], ["institution", text], ["requestId", text]],
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
  return parseListenerMessageWithInfo([
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
        ["error_type", text],
        ["error_code", text],
        ["error_message", text],
        ["display_message", text, true],
        ["error_code_reason", text, true],
        ["request_id", text],
        ["status", integer, true],
        ["documentation_url", webUrl],
        ["suggested_action", text, true],
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
        ["institution", object, true],
        ["status", text],
        ["link_session_id", text],
        ["request_id", text],
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
        ["error_code", text, true],
        ["error_message", text, true],
        ["error_type", text, true],
        ["exit_status", text, true],
        ["institution_id", text, true],
        ["institution_name", text, true],
        ["institution_search_query", text, true],
        ["request_id", text],
        ["mfa_type", text, true],
        ["view_name", text, true],
        ["selection", text, true],
        ["brand_name", text, true],
        ["match_reason", text, true],
        ["routing_number", text, true],
        ["account_number_mask", text, true],
        ["timestamp", text],
      ],
      maxLength: 8192,
    },
  ], data) as ParsePlaidLinkCallbackResult;
}

/** What parseYodleeFastLinkMessage returns. */
export type ParseYodleeFastLinkMessageResult =
  | ListenerEvent<"error", YodleeFastLinkError, YodleeFastLinkErrorCodeOrUnknown | YodleeFastLinkFunctionOrUnknown>
  | ListenerEvent<"status", YodleeFastLinkStatus, YodleeAdditionalStatusOrUnknown | YodleeProviderAccountStatusOrUnknown | YodleeFastLinkFunctionOrUnknown>
  | ListenerEvent<"event", YodleeFastLinkEvent, YodleeFastLinkFunctionOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what FastLink passes to onError (an error: its code), to onSuccess, onExit or onEvent (a
 * provider account's additionalStatus and status), by the fields it carries. Never throws.
 */
export function parseYodleeFastLinkMessage(data: unknown): ParseYodleeFastLinkMessageResult {
  return parseListenerMessageWithInfo([
    {
      kind: "error",
      tag: "code",
      codes: [
        [
          "code",
          [
            {
              id: "yodlee.fastlink_error_code",
              categories: YodleeFastLinkErrorCodeCategories,
              info: YodleeFastLinkErrorCodeInfo,
              aliases: YodleeFastLinkErrorCodeAliases,
            },
          ],
        ],
        [
          "fnToCall",
          [
            {
              id: "yodlee.fastlink_function",
              categories: YodleeFastLinkFunctionCategories,
              info: YodleeFastLinkFunctionInfo,
              aliases: YodleeFastLinkFunctionAliases,
            },
          ],
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
          [
            {
              id: "yodlee.additional_status",
              categories: YodleeAdditionalStatusCategories,
              info: YodleeAdditionalStatusInfo,
              aliases: YodleeAdditionalStatusAliases,
            },
          ],
        ],
        [
          "status",
          [
            {
              id: "yodlee.provider_account_status",
              categories: YodleeProviderAccountStatusCategories,
              info: YodleeProviderAccountStatusInfo,
              aliases: YodleeProviderAccountStatusAliases,
            },
          ],
        ],
        [
          "fnToCall",
          [
            {
              id: "yodlee.fastlink_function",
              categories: YodleeFastLinkFunctionCategories,
              info: YodleeFastLinkFunctionInfo,
              aliases: YodleeFastLinkFunctionAliases,
            },
          ],
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
          [
            {
              id: "yodlee.fastlink_function",
              categories: YodleeFastLinkFunctionCategories,
              info: YodleeFastLinkFunctionInfo,
              aliases: YodleeFastLinkFunctionAliases,
            },
          ],
        ],
      ],
      fields: [["fnToCall", text], ["app", text], ["height", integer]],
      maxLength: 8192,
    },
  ], data) as ParseYodleeFastLinkMessageResult;
}

/** What parseMxConnectMessage returns. */
export type ParseMxConnectMessageResult =
  | ListenerEvent<"ping", MxPing, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"navigation", MxNavigation, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"focus_trap", MxFocusTrap, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"loaded", MxLoaded, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"enter_credentials", MxEnterCredentials, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"institution_search", MxInstitutionSearch, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"selected_institution", MxSelectedInstitution, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"member_connected", MxMemberConnected, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"connected_primary_action", MxConnectedPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"member_deleted", MxMemberDeleted, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"create_member_error", MxCreateMemberError, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"member_status_update", MxMemberStatusUpdate, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerEvent<"oauth_error", MxOauthError, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"oauth_requested", MxOauthRequested, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"step_change", MxStepChange, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"submit_m_f_a", MxSubmitMFA, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"update_credentials", MxUpdateCredentials, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"back_to_search", MxBackToSearch, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"invalid_data", MxInvalidData, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"back_button_clicked", MxBackButtonClicked, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"initial_data_ready", MxInitialDataReady, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"member_error", MxMemberError, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerEvent<"member_error_primary_action", MxMemberErrorPrimaryAction, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerEvent<"microdeposits_loaded", MxMicrodepositsLoaded, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_details_submitted", MxMicrodepositsDetailsSubmitted, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_verified", MxMicrodepositsVerified, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_verified_primary_action", MxMicrodepositsVerifiedPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_come_back_primary_action", MxMicrodepositsComeBackPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_error_primary_action", MxMicrodepositsErrorPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"microdeposits_blocked_routing_number", MxMicrodepositsBlockedRoutingNumber, MxPostMessageTypeOrUnknown>
  | ListenerEvent<"other", MxOtherMessage, MxPostMessageTypeOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of an MX Connect widget message event: each event by its type, a member's status
 * update by its numeric connection status. Never throws.
 */
export function parseMxConnectMessage(data: unknown): ParseMxConnectMessageResult {
  return parseListenerMessageWithInfo([
    {
      kind: "ping",
      tag: "type",
      tagValue: "mx/ping",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "navigation",
      tag: "type",
      tagValue: "mx/navigation",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "focus_trap",
      tag: "type",
      tagValue: "mx/focusTrap",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "loaded",
      tag: "type",
      tagValue: "mx/connect/loaded",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "enter_credentials",
      tag: "type",
      tagValue: "mx/connect/enterCredentials",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "institution_search",
      tag: "type",
      tagValue: "mx/connect/institutionSearch",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "selected_institution",
      tag: "type",
      tagValue: "mx/connect/selectedInstitution",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_connected",
      tag: "type",
      tagValue: "mx/connect/memberConnected",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "connected_primary_action",
      tag: "type",
      tagValue: "mx/connect/connected/primaryAction",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_deleted",
      tag: "type",
      tagValue: "mx/connect/memberDeleted",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "create_member_error",
      tag: "type",
      tagValue: "mx/connect/createMemberError",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_status_update",
      tag: "type",
      tagValue: "mx/connect/memberStatusUpdate",
      codes: [
        [
          "metadata.connection_status",
          [
            {
              id: "mx.connection_status",
              categories: MxConnectionStatusCategories,
              info: MxConnectionStatusInfo,
              aliases: MxConnectionStatusAliases,
              numeric: true,
            },
          ],
        ],
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [
        ["type", text],
        ["metadata", object],
        ["mx", boolean],
        ["metadata.connection_status", integerCodeText],
      ],
      maxLength: 8192,
    },
    {
      kind: "oauth_error",
      tag: "type",
      tagValue: "mx/connect/oauthError",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "oauth_requested",
      tag: "type",
      tagValue: "mx/connect/oauthRequested",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "step_change",
      tag: "type",
      tagValue: "mx/connect/stepChange",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "submit_m_f_a",
      tag: "type",
      tagValue: "mx/connect/submitMFA",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "update_credentials",
      tag: "type",
      tagValue: "mx/connect/updateCredentials",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "back_to_search",
      tag: "type",
      tagValue: "mx/connect/backToSearch",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "invalid_data",
      tag: "type",
      tagValue: "mx/connect/invalidData",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "back_button_clicked",
      tag: "type",
      tagValue: "mx/connect/backButtonClicked",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "initial_data_ready",
      tag: "type",
      tagValue: "mx/connect/initialDataReady",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_error",
      tag: "type",
      tagValue: "mx/connect/memberError",
      codes: [
        [
          "metadata.member.connection_status",
          [
            {
              id: "mx.connection_status",
              categories: MxConnectionStatusCategories,
              info: MxConnectionStatusInfo,
              aliases: MxConnectionStatusAliases,
              numeric: true,
            },
          ],
        ],
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [
        ["type", text],
        ["metadata", object],
        ["mx", boolean],
        ["metadata.member.connection_status", integerCodeText],
      ],
      maxLength: 8192,
    },
    {
      kind: "member_error_primary_action",
      tag: "type",
      tagValue: "mx/connect/memberError/primaryAction",
      codes: [
        [
          "metadata.member.connection_status",
          [
            {
              id: "mx.connection_status",
              categories: MxConnectionStatusCategories,
              info: MxConnectionStatusInfo,
              aliases: MxConnectionStatusAliases,
              numeric: true,
            },
          ],
        ],
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [
        ["type", text],
        ["metadata", object],
        ["mx", boolean],
        ["metadata.member.connection_status", integerCodeText],
      ],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_loaded",
      tag: "type",
      tagValue: "mx/connect/microdeposits/loaded",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_details_submitted",
      tag: "type",
      tagValue: "mx/connect/microdeposits/detailsSubmitted",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_verified",
      tag: "type",
      tagValue: "mx/connect/microdeposits/verified",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_verified_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/verified/primaryAction",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_come_back_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/comeBack/primaryAction",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_error_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/error/primaryAction",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_blocked_routing_number",
      tag: "type",
      tagValue: "mx/connect/microdeposits/blockedRoutingNumber",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "other",
      tag: "type",
      codes: [
        [
          "type",
          [
            {
              id: "mx.postmessage_type",
              categories: MxPostMessageTypeCategories,
              info: MxPostMessageTypeInfo,
              aliases: MxPostMessageTypeAliases,
            },
          ],
        ],
      ],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
  ], data) as ParseMxConnectMessageResult;
}

/**
 * The hosts MX's widget URLs use: production (the web widget SDK's default) and integration (MX's
 * web guide); an app should list the host of the widget URL it requests.
 */
export const MX_WIDGET_HOSTS: readonly string[] = [
  "widgets.moneydesktop.com",
  "int-widgets.moneydesktop.com",
];

/** Whether an origin is allowed by `allowedHosts` (see isAllowedOrigin). Never throws. */
export function isAllowedMxOrigin(
  origin: unknown,
  allowedHosts: readonly string[],
): boolean {
  return isAllowedOrigin(origin, allowedHosts);
}

/** What parseMastercardConnectEvent returns. */
export type ParseMastercardConnectEventResult =
  | ListenerEvent<"event", MastercardConnectEvent, MastercardConnectEventCodeOrUnknown>
  | ListenerEvent<"user", MastercardUserEvent, MastercardConnectUserActionOrUnknown>
  | ListenerEvent<"route", MastercardRouteEvent, MastercardConnectRouteScreenOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what the Connect web or React Native SDK passes to onDone, onCancel, onError, onUser or
 * onRoute: an event's numeric code decides its category; a user event names its action, a route
 * event its screen. Never throws.
 */
export function parseMastercardConnectEvent(data: unknown): ParseMastercardConnectEventResult {
  return parseListenerMessageWithInfo([
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
              info: MastercardConnectEventCodeInfo,
              aliases: MastercardConnectEventCodeAliases,
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
              info: MastercardConnectUserActionInfo,
              aliases: MastercardConnectUserActionAliases,
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
              info: MastercardConnectRouteScreenInfo,
              aliases: MastercardConnectRouteScreenAliases,
            },
          ],
        ],
      ],
      fields: [["screen", text]],
      maxLength: 8192,
    },
  ], data) as ParseMastercardConnectEventResult;
}

/** What parsePluggyConnectCallback returns. */
export type ParsePluggyConnectCallbackResult =
  | ListenerEvent<"event", PluggyConnectEventPayload, PluggyExecutionErrorCodeOrUnknown | PluggyExecutionStatusOrUnknown | PluggyItemStatusOrUnknown | PluggyConnectEventOrUnknown | null>
  | ListenerEvent<"result", PluggyConnectResult, PluggyExecutionErrorCodeOrUnknown | PluggyExecutionStatusOrUnknown | PluggyItemStatusOrUnknown | null>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads what Pluggy Connect passes to onEvent (its event, and the Item it carries), onSuccess or
 * onError (the Item, when there is one): the Item's error code decides when there is one, else its
 * execution status, else its status, else the event. Never throws.
 */
export function parsePluggyConnectCallback(data: unknown): ParsePluggyConnectCallbackResult {
  return parseListenerMessageWithInfo([
    {
      kind: "event",
      tag: "event",
      codes: [
        [
          "item.error.code",
          [
            {
              id: "pluggy.execution_error_code",
              categories: PluggyExecutionErrorCodeCategories,
              info: PluggyExecutionErrorCodeInfo,
              aliases: PluggyExecutionErrorCodeAliases,
            },
          ],
        ],
        [
          "item.executionStatus",
          [
            {
              id: "pluggy.execution_status",
              categories: PluggyExecutionStatusCategories,
              info: PluggyExecutionStatusInfo,
              aliases: PluggyExecutionStatusAliases,
            },
          ],
        ],
        [
          "item.status",
          [
            {
              id: "pluggy.item_status",
              categories: PluggyItemStatusCategories,
              info: PluggyItemStatusInfo,
              aliases: PluggyItemStatusAliases,
            },
          ],
        ],
        [
          "event",
          [
            {
              id: "pluggy.connect_event",
              categories: PluggyConnectEventCategories,
              info: PluggyConnectEventInfo,
              aliases: PluggyConnectEventAliases,
            },
          ],
        ],
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
          [
            {
              id: "pluggy.execution_error_code",
              categories: PluggyExecutionErrorCodeCategories,
              info: PluggyExecutionErrorCodeInfo,
              aliases: PluggyExecutionErrorCodeAliases,
            },
          ],
        ],
        [
          "item.error.code",
          [
            {
              id: "pluggy.execution_error_code",
              categories: PluggyExecutionErrorCodeCategories,
              info: PluggyExecutionErrorCodeInfo,
              aliases: PluggyExecutionErrorCodeAliases,
            },
          ],
        ],
        [
          "data.item.executionStatus",
          [
            {
              id: "pluggy.execution_status",
              categories: PluggyExecutionStatusCategories,
              info: PluggyExecutionStatusInfo,
              aliases: PluggyExecutionStatusAliases,
            },
          ],
        ],
        [
          "item.executionStatus",
          [
            {
              id: "pluggy.execution_status",
              categories: PluggyExecutionStatusCategories,
              info: PluggyExecutionStatusInfo,
              aliases: PluggyExecutionStatusAliases,
            },
          ],
        ],
        [
          "data.item.status",
          [
            {
              id: "pluggy.item_status",
              categories: PluggyItemStatusCategories,
              info: PluggyItemStatusInfo,
              aliases: PluggyItemStatusAliases,
            },
          ],
        ],
        [
          "item.status",
          [
            {
              id: "pluggy.item_status",
              categories: PluggyItemStatusCategories,
              info: PluggyItemStatusInfo,
              aliases: PluggyItemStatusAliases,
            },
          ],
        ],
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

/** What parseMonoConnectMessage returns. */
export type ParseMonoConnectMessageResult =
  | ListenerEvent<"widget_opened", MonoWidgetOpened, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"error_occured", MonoErrorOccured, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"institution_selected", MonoInstitutionSelected, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"auth_method_switched", MonoAuthMethodSwitched, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"on_exit", MonoOnExit, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"login_attempt", MonoLoginAttempt, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"mfa_submitted", MonoMfaSubmitted, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"account_linked", MonoAccountLinked, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"account_selected", MonoAccountSelected, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"widget_loaded", MonoWidgetLoaded, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"widget_account_linked", MonoWidgetAccountLinked, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"widget_charge_complete", MonoWidgetChargeComplete, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"widget_closed", MonoWidgetClosed, MonoConnectMessageTypeOrUnknown>
  | ListenerEvent<"other", MonoOtherMessage, MonoConnectMessageTypeOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of a Mono Connect widget message event by its type: an error, an exit or close, a
 * linked account or a completed charge, or a step of the flow. Never throws.
 */
export function parseMonoConnectMessage(data: unknown): ParseMonoConnectMessageResult {
  return parseListenerMessageWithInfo([
    {
      kind: "widget_opened",
      tag: "type",
      tagValue: "mono.connect.widget_opened",
      codes: [
        [
          "type",
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
          [
            {
              id: "mono.connect_message_type",
              categories: MonoConnectMessageTypeCategories,
              info: MonoConnectMessageTypeInfo,
              aliases: MonoConnectMessageTypeAliases,
            },
          ],
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
