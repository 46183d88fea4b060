// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  BridgeItemStatusInfo,
  BridgeItemStatusAliases,
  BridgeStatusCodeInfoInfo,
  BridgeStatusCodeInfoAliases,
  BridgeResponseStatusInfo,
  BridgeResponseStatusAliases,
  BridgeErrorCodeInfo,
  BridgeErrorCodeAliases,
  BridgeErrorTypeInfo,
  BridgeErrorTypeAliases,
  BridgeWebhookTypeInfo,
  BridgeWebhookTypeAliases,
} from "./bridge.js";

/** Bridge's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  item_status: {
    info: BridgeItemStatusInfo,
    aliases: BridgeItemStatusAliases,
    states: true,
  },
  status_code_info: {
    info: BridgeStatusCodeInfoInfo,
    aliases: BridgeStatusCodeInfoAliases,
  },
  response_status: {
    info: BridgeResponseStatusInfo,
    aliases: BridgeResponseStatusAliases,
  },
  error_code: {
    info: BridgeErrorCodeInfo,
    aliases: BridgeErrorCodeAliases,
  },
  error_type: {
    info: BridgeErrorTypeInfo,
    aliases: BridgeErrorTypeAliases,
  },
  webhook_type: {
    info: BridgeWebhookTypeInfo,
    aliases: BridgeWebhookTypeAliases,
  },
};
