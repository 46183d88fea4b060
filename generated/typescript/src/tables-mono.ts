// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  MonoDataStatusInfo,
  MonoDataStatusAliases,
  MonoWebhookEventInfo,
  MonoWebhookEventAliases,
  MonoLoginResponseCodeInfo,
  MonoLoginResponseCodeAliases,
  MonoConnectEventInfo,
  MonoConnectEventAliases,
  MonoConnectMessageTypeInfo,
  MonoConnectMessageTypeAliases,
  MonoResponseStatusInfo,
  MonoResponseStatusAliases,
  MonoDirectDebitErrorCodeInfo,
  MonoDirectDebitErrorCodeAliases,
} from "./mono.js";

/** Mono's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  data_status: {
    info: MonoDataStatusInfo,
    aliases: MonoDataStatusAliases,
    states: true,
  },
  webhook_event: {
    info: MonoWebhookEventInfo,
    aliases: MonoWebhookEventAliases,
  },
  login_response_code: {
    info: MonoLoginResponseCodeInfo,
    aliases: MonoLoginResponseCodeAliases,
  },
  connect_event: {
    info: MonoConnectEventInfo,
    aliases: MonoConnectEventAliases,
  },
  connect_message_type: {
    info: MonoConnectMessageTypeInfo,
    aliases: MonoConnectMessageTypeAliases,
  },
  http_status: {
    info: MonoResponseStatusInfo,
    aliases: MonoResponseStatusAliases,
  },
  direct_debit_error_code: {
    info: MonoDirectDebitErrorCodeInfo,
    aliases: MonoDirectDebitErrorCodeAliases,
  },
};
