// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  MastercardErrorCodeInfo,
  MastercardErrorCodeAliases,
  MastercardConnectEventCodeInfo,
  MastercardConnectEventCodeAliases,
  MastercardConnectRouteScreenInfo,
  MastercardConnectRouteScreenAliases,
  MastercardConnectUserActionInfo,
  MastercardConnectUserActionAliases,
  MastercardWebhookEventTypeInfo,
  MastercardWebhookEventTypeAliases,
  MastercardEuropeErrorInfo,
  MastercardEuropeErrorAliases,
  MastercardEuropeInsightsReasonInfo,
  MastercardEuropeInsightsReasonAliases,
  MastercardObwmsReasonCodeInfo,
  MastercardObwmsReasonCodeAliases,
} from "./mastercard.js";

/** Mastercard Open Finance's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: MastercardErrorCodeInfo,
    aliases: MastercardErrorCodeAliases,
  },
  connect_event_code: {
    info: MastercardConnectEventCodeInfo,
    aliases: MastercardConnectEventCodeAliases,
  },
  connect_route_screen: {
    info: MastercardConnectRouteScreenInfo,
    aliases: MastercardConnectRouteScreenAliases,
  },
  connect_user_action: {
    info: MastercardConnectUserActionInfo,
    aliases: MastercardConnectUserActionAliases,
  },
  webhook_event_type: {
    info: MastercardWebhookEventTypeInfo,
    aliases: MastercardWebhookEventTypeAliases,
  },
  europe_error: {
    info: MastercardEuropeErrorInfo,
    aliases: MastercardEuropeErrorAliases,
  },
  europe_insights_reason: {
    info: MastercardEuropeInsightsReasonInfo,
    aliases: MastercardEuropeInsightsReasonAliases,
  },
  obwms_reason_code: {
    info: MastercardObwmsReasonCodeInfo,
    aliases: MastercardObwmsReasonCodeAliases,
  },
};
