// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  FintocErrorCodeInfo,
  FintocErrorCodeAliases,
  FintocErrorTypeInfo,
  FintocErrorTypeAliases,
  FintocPaymentErrorReasonInfo,
  FintocPaymentErrorReasonAliases,
  FintocPaymentIntentStatusInfo,
  FintocPaymentIntentStatusAliases,
  FintocRefreshIntentStatusInfo,
  FintocRefreshIntentStatusAliases,
  FintocWebhookTypeInfo,
  FintocWebhookTypeAliases,
  FintocClientErrorClassInfo,
  FintocClientErrorClassAliases,
  FintocResponseStatusInfo,
  FintocResponseStatusAliases,
  FintocWidgetEventInfo,
  FintocWidgetEventAliases,
  FintocWebviewMessageInfo,
  FintocWebviewMessageAliases,
  FintocDashboardErrorReasonInfo,
  FintocDashboardErrorReasonAliases,
  FintocTransferStatusInfo,
  FintocTransferStatusAliases,
} from "./fintoc.js";

/** Fintoc's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: FintocErrorCodeInfo,
    aliases: FintocErrorCodeAliases,
  },
  error_type: {
    info: FintocErrorTypeInfo,
    aliases: FintocErrorTypeAliases,
  },
  payment_error_reason: {
    info: FintocPaymentErrorReasonInfo,
    aliases: FintocPaymentErrorReasonAliases,
  },
  payment_intent_status: {
    info: FintocPaymentIntentStatusInfo,
    aliases: FintocPaymentIntentStatusAliases,
  },
  refresh_intent_status: {
    info: FintocRefreshIntentStatusInfo,
    aliases: FintocRefreshIntentStatusAliases,
  },
  webhook_type: {
    info: FintocWebhookTypeInfo,
    aliases: FintocWebhookTypeAliases,
  },
  client_error_class: {
    info: FintocClientErrorClassInfo,
    aliases: FintocClientErrorClassAliases,
  },
  http_status: {
    info: FintocResponseStatusInfo,
    aliases: FintocResponseStatusAliases,
  },
  widget_event: {
    info: FintocWidgetEventInfo,
    aliases: FintocWidgetEventAliases,
  },
  webview_message: {
    info: FintocWebviewMessageInfo,
    aliases: FintocWebviewMessageAliases,
  },
  dashboard_error_reason: {
    info: FintocDashboardErrorReasonInfo,
    aliases: FintocDashboardErrorReasonAliases,
  },
  transfer_status: {
    info: FintocTransferStatusInfo,
    aliases: FintocTransferStatusAliases,
  },
};
