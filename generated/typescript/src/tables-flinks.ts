// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  FlinksFdxErrorCodeInfo,
  FlinksFdxErrorCodeAliases,
  FlinksApiErrorCodeInfo,
  FlinksApiErrorCodeAliases,
  FlinksConnectErrorInfo,
  FlinksConnectErrorAliases,
  FlinksConnectStepInfo,
  FlinksConnectStepAliases,
  FlinksWebhookResponseTypeInfo,
  FlinksWebhookResponseTypeAliases,
} from "./flinks.js";

/** Flinks's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  fdx_error_code: {
    info: FlinksFdxErrorCodeInfo,
    aliases: FlinksFdxErrorCodeAliases,
  },
  api_error_code: {
    info: FlinksApiErrorCodeInfo,
    aliases: FlinksApiErrorCodeAliases,
  },
  connect_error_event: {
    info: FlinksConnectErrorInfo,
    aliases: FlinksConnectErrorAliases,
  },
  connect_step_event: {
    info: FlinksConnectStepInfo,
    aliases: FlinksConnectStepAliases,
  },
  webhook_response_type: {
    info: FlinksWebhookResponseTypeInfo,
    aliases: FlinksWebhookResponseTypeAliases,
  },
};
