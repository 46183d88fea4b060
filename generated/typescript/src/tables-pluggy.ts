// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  PluggyExecutionErrorCodeInfo,
  PluggyExecutionErrorCodeAliases,
  PluggyItemStatusInfo,
  PluggyItemStatusAliases,
  PluggyExecutionStatusInfo,
  PluggyExecutionStatusAliases,
  PluggyConnectorStatusInfo,
  PluggyConnectorStatusAliases,
  PluggyPaymentRequestStatusInfo,
  PluggyPaymentRequestStatusAliases,
  PluggyWebhookEventInfo,
  PluggyWebhookEventAliases,
  PluggyConnectEventInfo,
  PluggyConnectEventAliases,
  PluggyItemRequestErrorInfo,
  PluggyItemRequestErrorAliases,
  PluggyResponseStatusInfo,
  PluggyResponseStatusAliases,
  PluggyCodeDescriptionInfo,
  PluggyCodeDescriptionAliases,
} from "./pluggy.js";

/** Pluggy's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  execution_error_code: {
    info: PluggyExecutionErrorCodeInfo,
    aliases: PluggyExecutionErrorCodeAliases,
  },
  item_status: {
    info: PluggyItemStatusInfo,
    aliases: PluggyItemStatusAliases,
    states: true,
  },
  execution_status: {
    info: PluggyExecutionStatusInfo,
    aliases: PluggyExecutionStatusAliases,
  },
  connector_status: {
    info: PluggyConnectorStatusInfo,
    aliases: PluggyConnectorStatusAliases,
    states: true,
  },
  payment_request_status: {
    info: PluggyPaymentRequestStatusInfo,
    aliases: PluggyPaymentRequestStatusAliases,
  },
  webhook_event: {
    info: PluggyWebhookEventInfo,
    aliases: PluggyWebhookEventAliases,
  },
  connect_event: {
    info: PluggyConnectEventInfo,
    aliases: PluggyConnectEventAliases,
  },
  item_request_error: {
    info: PluggyItemRequestErrorInfo,
    aliases: PluggyItemRequestErrorAliases,
  },
  response_status: {
    info: PluggyResponseStatusInfo,
    aliases: PluggyResponseStatusAliases,
  },
  code_description: {
    info: PluggyCodeDescriptionInfo,
    aliases: PluggyCodeDescriptionAliases,
  },
};
