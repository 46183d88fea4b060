// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  MxConnectionStatusInfo,
  MxConnectionStatusAliases,
  MxWebhookTypeInfo,
  MxWebhookTypeAliases,
  MxPostMessageTypeInfo,
  MxPostMessageTypeAliases,
} from "./mx.js";

/** MX's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  connection_status: {
    info: MxConnectionStatusInfo,
    aliases: MxConnectionStatusAliases,
    states: true,
  },
  webhook_type: {
    info: MxWebhookTypeInfo,
    aliases: MxWebhookTypeAliases,
  },
  postmessage_type: {
    info: MxPostMessageTypeInfo,
    aliases: MxPostMessageTypeAliases,
  },
};
