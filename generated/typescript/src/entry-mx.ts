// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mx: MX alone. Its code sets (constants, types, guards, aliases and categories),
 * classify and endUserText over them, and its listener helpers, whose results carry each code's
 * category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/mx/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/mx/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { boolean, integerCodeText, object, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
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
} from "./payloads.js";
import {
  MxConnectionStatusCategories,
  type MxConnectionStatusOrUnknown,
  MxPostMessageTypeCategories,
  type MxPostMessageTypeOrUnknown,
  MxWebhookTypeCategories,
} from "./mx.js";

export {
  MxConnectionStatus,
  type MxConnectionStatusOrUnknown,
  MxConnectionStatusAliases,
  MxConnectionStatusCategories,
  isMxConnectionStatus,
  MxWebhookType,
  type MxWebhookTypeOrUnknown,
  MxWebhookTypeAliases,
  MxWebhookTypeCategories,
  isMxWebhookType,
  MxPostMessageType,
  type MxPostMessageTypeOrUnknown,
  MxPostMessageTypeAliases,
  MxPostMessageTypeCategories,
  isMxPostMessageType,
} from "./mx.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  connection_status: MxConnectionStatusCategories,
  webhook_type: MxWebhookTypeCategories,
  postmessage_type: MxPostMessageTypeCategories,
};

/** The id of a code set of MX. */
export type CodeSetId =
  | "connection_status"
  | "webhook_type"
  | "postmessage_type";

/**
 * The cross-provider category of a MX code, or of a code read in its place (a result of its
 * listeners): the answer of the root entry point's classify("mx", code, codeSet). "unknown" for any
 * value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("mx", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a MX code, or a code read in its place, in the language
 * of `words` (a pack such as bankcodes/mx/en): the root entry point's endUserText, word for word.
 * null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("mx", CODE_SETS, code, words, codeSet);
}

/** What parseMxConnectMessage returns. */
export type ParseMxConnectMessageResult =
  | ListenerReading<"ping", MxPing, MxPostMessageTypeOrUnknown>
  | ListenerReading<"navigation", MxNavigation, MxPostMessageTypeOrUnknown>
  | ListenerReading<"focus_trap", MxFocusTrap, MxPostMessageTypeOrUnknown>
  | ListenerReading<"loaded", MxLoaded, MxPostMessageTypeOrUnknown>
  | ListenerReading<"enter_credentials", MxEnterCredentials, MxPostMessageTypeOrUnknown>
  | ListenerReading<"institution_search", MxInstitutionSearch, MxPostMessageTypeOrUnknown>
  | ListenerReading<"selected_institution", MxSelectedInstitution, MxPostMessageTypeOrUnknown>
  | ListenerReading<"member_connected", MxMemberConnected, MxPostMessageTypeOrUnknown>
  | ListenerReading<"connected_primary_action", MxConnectedPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerReading<"member_deleted", MxMemberDeleted, MxPostMessageTypeOrUnknown>
  | ListenerReading<"create_member_error", MxCreateMemberError, MxPostMessageTypeOrUnknown>
  | ListenerReading<"member_status_update", MxMemberStatusUpdate, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerReading<"oauth_error", MxOauthError, MxPostMessageTypeOrUnknown>
  | ListenerReading<"oauth_requested", MxOauthRequested, MxPostMessageTypeOrUnknown>
  | ListenerReading<"step_change", MxStepChange, MxPostMessageTypeOrUnknown>
  | ListenerReading<"submit_m_f_a", MxSubmitMFA, MxPostMessageTypeOrUnknown>
  | ListenerReading<"update_credentials", MxUpdateCredentials, MxPostMessageTypeOrUnknown>
  | ListenerReading<"back_to_search", MxBackToSearch, MxPostMessageTypeOrUnknown>
  | ListenerReading<"invalid_data", MxInvalidData, MxPostMessageTypeOrUnknown>
  | ListenerReading<"back_button_clicked", MxBackButtonClicked, MxPostMessageTypeOrUnknown>
  | ListenerReading<"initial_data_ready", MxInitialDataReady, MxPostMessageTypeOrUnknown>
  | ListenerReading<"member_error", MxMemberError, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerReading<"member_error_primary_action", MxMemberErrorPrimaryAction, MxConnectionStatusOrUnknown | MxPostMessageTypeOrUnknown | null>
  | ListenerReading<"microdeposits_loaded", MxMicrodepositsLoaded, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_details_submitted", MxMicrodepositsDetailsSubmitted, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_verified", MxMicrodepositsVerified, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_verified_primary_action", MxMicrodepositsVerifiedPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_come_back_primary_action", MxMicrodepositsComeBackPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_error_primary_action", MxMicrodepositsErrorPrimaryAction, MxPostMessageTypeOrUnknown>
  | ListenerReading<"microdeposits_blocked_routing_number", MxMicrodepositsBlockedRoutingNumber, MxPostMessageTypeOrUnknown>
  | ListenerReading<"other", MxOtherMessage, MxPostMessageTypeOrUnknown>
  | InvalidMessage
  | UnknownMessage;

/**
 * Reads the data of an MX Connect widget message event: each event by its type, a member's status
 * update by its numeric connection status. Never throws.
 */
export function parseMxConnectMessage(data: unknown): ParseMxConnectMessageResult {
  return parseListenerMessage([
    {
      kind: "ping",
      tag: "type",
      tagValue: "mx/ping",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "navigation",
      tag: "type",
      tagValue: "mx/navigation",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "focus_trap",
      tag: "type",
      tagValue: "mx/focusTrap",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "loaded",
      tag: "type",
      tagValue: "mx/connect/loaded",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "enter_credentials",
      tag: "type",
      tagValue: "mx/connect/enterCredentials",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "institution_search",
      tag: "type",
      tagValue: "mx/connect/institutionSearch",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "selected_institution",
      tag: "type",
      tagValue: "mx/connect/selectedInstitution",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_connected",
      tag: "type",
      tagValue: "mx/connect/memberConnected",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "connected_primary_action",
      tag: "type",
      tagValue: "mx/connect/connected/primaryAction",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "member_deleted",
      tag: "type",
      tagValue: "mx/connect/memberDeleted",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "create_member_error",
      tag: "type",
      tagValue: "mx/connect/createMemberError",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
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
          [{ id: "mx.connection_status", categories: MxConnectionStatusCategories, numeric: true }],
        ],
        ["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]],
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
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "oauth_requested",
      tag: "type",
      tagValue: "mx/connect/oauthRequested",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "step_change",
      tag: "type",
      tagValue: "mx/connect/stepChange",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "submit_m_f_a",
      tag: "type",
      tagValue: "mx/connect/submitMFA",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "update_credentials",
      tag: "type",
      tagValue: "mx/connect/updateCredentials",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "back_to_search",
      tag: "type",
      tagValue: "mx/connect/backToSearch",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "invalid_data",
      tag: "type",
      tagValue: "mx/connect/invalidData",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "back_button_clicked",
      tag: "type",
      tagValue: "mx/connect/backButtonClicked",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "initial_data_ready",
      tag: "type",
      tagValue: "mx/connect/initialDataReady",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
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
          [{ id: "mx.connection_status", categories: MxConnectionStatusCategories, numeric: true }],
        ],
        ["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]],
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
          [{ id: "mx.connection_status", categories: MxConnectionStatusCategories, numeric: true }],
        ],
        ["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]],
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
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_details_submitted",
      tag: "type",
      tagValue: "mx/connect/microdeposits/detailsSubmitted",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_verified",
      tag: "type",
      tagValue: "mx/connect/microdeposits/verified",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_verified_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/verified/primaryAction",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_come_back_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/comeBack/primaryAction",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_error_primary_action",
      tag: "type",
      tagValue: "mx/connect/microdeposits/error/primaryAction",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "microdeposits_blocked_routing_number",
      tag: "type",
      tagValue: "mx/connect/microdeposits/blockedRoutingNumber",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
      fields: [["type", text], ["metadata", object], ["mx", boolean]],
      maxLength: 8192,
    },
    {
      kind: "other",
      tag: "type",
      codes: [["type", [{ id: "mx.postmessage_type", categories: MxPostMessageTypeCategories }]]],
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
