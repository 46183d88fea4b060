// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  QuilttConnectionStatusInfo,
  QuilttConnectionStatusAliases,
  QuilttConnectionProviderInfo,
  QuilttConnectionProviderAliases,
  QuilttWebhookEventTypeInfo,
  QuilttWebhookEventTypeAliases,
  QuilttConnectorEventTypeInfo,
  QuilttConnectorEventTypeAliases,
  QuilttConnectorStatusInfo,
  QuilttConnectorStatusAliases,
  QuilttResponseStatusInfo,
  QuilttResponseStatusAliases,
} from "./quiltt.js";

/** Quiltt's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  connection_status: {
    info: QuilttConnectionStatusInfo,
    aliases: QuilttConnectionStatusAliases,
    states: true,
  },
  connection_provider: {
    info: QuilttConnectionProviderInfo,
    aliases: QuilttConnectionProviderAliases,
  },
  webhook_event_type: {
    info: QuilttWebhookEventTypeInfo,
    aliases: QuilttWebhookEventTypeAliases,
  },
  connector_event_type: {
    info: QuilttConnectorEventTypeInfo,
    aliases: QuilttConnectorEventTypeAliases,
  },
  connector_status: {
    info: QuilttConnectorStatusInfo,
    aliases: QuilttConnectorStatusAliases,
  },
  sdk_rest_status: {
    info: QuilttResponseStatusInfo,
    aliases: QuilttResponseStatusAliases,
  },
};
