// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean: Lean Technologies alone. Its code sets (constants, types, guards, aliases and
 * categories), classify and endUserText over them, and its listener helpers, whose results carry
 * each code's category. End-user words come from one language's pack: `import { words } from
 * "bankcodes/lean/en"`; the metadata of every code (each code set's …Info table) from
 * `bankcodes/lean/info`.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { classifyWith, endUserTextWith, type CodeSets, type Words } from "./entry.js";
import { boolean, object, text } from "./fields.js";
import { isAllowedOrigin, parseListenerMessage } from "./messages.js";
import type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
import type {
  LeanCallbackData,
} from "./payloads.js";
import {
  LeanApiErrorStatusCategories,
  LeanCallbackMethodCategories,
  LeanCallbackStatusCategories,
  type LeanCallbackStatusOrUnknown,
  LeanConsentRevocationReasonCategories,
  LeanConsentStatusCategories,
  LeanDataApiStatusCategories,
  LeanDataRefreshStatusCategories,
  LeanGranularStatusCodeCategories,
  LeanPaymentIntentStatusCategories,
  LeanPaymentLifecycleStatusCategories,
  LeanPaymentSourceStatusCategories,
  LeanPaymentStatusCategories,
  LeanPermissionCategories,
  LeanReconciliationStatusCategories,
  LeanSdkMethodCategories,
  LeanSecondaryStatusCategories,
  type LeanSecondaryStatusOrUnknown,
  LeanUserExitIntentCategories,
  LeanWebhookEventTypeCategories,
} from "./lean.js";

export {
  LeanCallbackStatus,
  type LeanCallbackStatusOrUnknown,
  LeanCallbackStatusAliases,
  LeanCallbackStatusCategories,
  isLeanCallbackStatus,
  LeanSecondaryStatus,
  type LeanSecondaryStatusOrUnknown,
  LeanSecondaryStatusAliases,
  LeanSecondaryStatusCategories,
  isLeanSecondaryStatus,
  LeanCallbackMethod,
  type LeanCallbackMethodOrUnknown,
  LeanCallbackMethodAliases,
  LeanCallbackMethodCategories,
  isLeanCallbackMethod,
  LeanUserExitIntent,
  type LeanUserExitIntentOrUnknown,
  LeanUserExitIntentAliases,
  LeanUserExitIntentCategories,
  isLeanUserExitIntent,
  LeanPermission,
  type LeanPermissionOrUnknown,
  LeanPermissionAliases,
  LeanPermissionCategories,
  isLeanPermission,
  LeanSdkMethod,
  type LeanSdkMethodOrUnknown,
  LeanSdkMethodAliases,
  LeanSdkMethodCategories,
  isLeanSdkMethod,
  LeanWebhookEventType,
  type LeanWebhookEventTypeOrUnknown,
  LeanWebhookEventTypeAliases,
  LeanWebhookEventTypeCategories,
  isLeanWebhookEventType,
  LeanPaymentStatus,
  type LeanPaymentStatusOrUnknown,
  LeanPaymentStatusAliases,
  LeanPaymentStatusCategories,
  isLeanPaymentStatus,
  LeanPaymentLifecycleStatus,
  type LeanPaymentLifecycleStatusOrUnknown,
  LeanPaymentLifecycleStatusAliases,
  LeanPaymentLifecycleStatusCategories,
  isLeanPaymentLifecycleStatus,
  LeanPaymentSourceStatus,
  type LeanPaymentSourceStatusOrUnknown,
  LeanPaymentSourceStatusAliases,
  LeanPaymentSourceStatusCategories,
  isLeanPaymentSourceStatus,
  LeanPaymentIntentStatus,
  type LeanPaymentIntentStatusOrUnknown,
  LeanPaymentIntentStatusAliases,
  LeanPaymentIntentStatusCategories,
  isLeanPaymentIntentStatus,
  LeanReconciliationStatus,
  type LeanReconciliationStatusOrUnknown,
  LeanReconciliationStatusAliases,
  LeanReconciliationStatusCategories,
  isLeanReconciliationStatus,
  LeanDataRefreshStatus,
  type LeanDataRefreshStatusOrUnknown,
  LeanDataRefreshStatusAliases,
  LeanDataRefreshStatusCategories,
  isLeanDataRefreshStatus,
  LeanDataApiStatus,
  type LeanDataApiStatusOrUnknown,
  LeanDataApiStatusAliases,
  LeanDataApiStatusCategories,
  isLeanDataApiStatus,
  LeanGranularStatusCode,
  type LeanGranularStatusCodeOrUnknown,
  LeanGranularStatusCodeAliases,
  LeanGranularStatusCodeCategories,
  isLeanGranularStatusCode,
  LeanApiErrorStatus,
  type LeanApiErrorStatusOrUnknown,
  LeanApiErrorStatusAliases,
  LeanApiErrorStatusCategories,
  isLeanApiErrorStatus,
  LeanConsentStatus,
  type LeanConsentStatusOrUnknown,
  LeanConsentStatusAliases,
  LeanConsentStatusCategories,
  isLeanConsentStatus,
  LeanConsentRevocationReason,
  type LeanConsentRevocationReasonOrUnknown,
  LeanConsentRevocationReasonAliases,
  LeanConsentRevocationReasonCategories,
  isLeanConsentRevocationReason,
} from "./lean.js";
export type { Category } from "./categories.js";
export type { EndUserText } from "./classify.js";
export type { CodeWords, Reading, Words } from "./entry.js";
export type { InvalidMessage, ListenerReading, UnknownMessage } from "./messages.js";
export type { UnknownListenerCode } from "./messages.js";

/** The category of every spelling of each code set, by code set id, in catalog order. */
const CODE_SETS: CodeSets = {
  callback_status: LeanCallbackStatusCategories,
  secondary_status: LeanSecondaryStatusCategories,
  callback_method: LeanCallbackMethodCategories,
  user_exit_intent: LeanUserExitIntentCategories,
  permission: LeanPermissionCategories,
  sdk_method: LeanSdkMethodCategories,
  webhook_event_type: LeanWebhookEventTypeCategories,
  payment_status: LeanPaymentStatusCategories,
  payment_lifecycle_status: LeanPaymentLifecycleStatusCategories,
  payment_source_status: LeanPaymentSourceStatusCategories,
  payment_intent_status: LeanPaymentIntentStatusCategories,
  reconciliation_status: LeanReconciliationStatusCategories,
  data_refresh_status: LeanDataRefreshStatusCategories,
  data_api_status: LeanDataApiStatusCategories,
  granular_status_code: LeanGranularStatusCodeCategories,
  api_error_status: LeanApiErrorStatusCategories,
  consent_status: LeanConsentStatusCategories,
  consent_revocation_reason: LeanConsentRevocationReasonCategories,
};

/** The id of a code set of Lean Technologies. */
export type CodeSetId =
  | "callback_status"
  | "secondary_status"
  | "callback_method"
  | "user_exit_intent"
  | "permission"
  | "sdk_method"
  | "webhook_event_type"
  | "payment_status"
  | "payment_lifecycle_status"
  | "payment_source_status"
  | "payment_intent_status"
  | "reconciliation_status"
  | "data_refresh_status"
  | "data_api_status"
  | "granular_status_code"
  | "api_error_status"
  | "consent_status"
  | "consent_revocation_reason";

/**
 * The cross-provider category of a Lean Technologies code, or of a code read in its place (a result
 * of its listeners): the answer of the root entry point's classify("lean", code, codeSet).
 * "unknown" for any value the catalog does not know. Never throws.
 */
export function classify(code: unknown, codeSet?: CodeSetId | (string & {})): Category {
  return classifyWith("lean", CODE_SETS, code, codeSet);
}

/**
 * What an app can tell its customer about a Lean Technologies code, or a code read in its place, in
 * the language of `words` (a pack such as bankcodes/lean/en): the root entry point's endUserText,
 * word for word. null for a category no end user meets. Never throws.
 */
export function endUserText(
  code: unknown,
  words: Words,
  codeSet?: CodeSetId | (string & {}),
): EndUserText | null {
  return endUserTextWith("lean", CODE_SETS, code, words, codeSet);
}

/** What parseLeanCallback returns. */
export type ParseLeanCallbackResult =
  | ListenerReading<"callback", LeanCallbackData, LeanSecondaryStatusOrUnknown | LeanCallbackStatusOrUnknown | null>
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
          [{ id: "lean.secondary_status", categories: LeanSecondaryStatusCategories }],
        ],
        [
          "secondaryStatus",
          [{ id: "lean.secondary_status", categories: LeanSecondaryStatusCategories }],
        ],
        ["status", [{ id: "lean.callback_status", categories: LeanCallbackStatusCategories }]],
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
