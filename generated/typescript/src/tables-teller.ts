// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  TellerErrorCodeInfo,
  TellerErrorCodeAliases,
  TellerResponseStatusInfo,
  TellerResponseStatusAliases,
  TellerWebhookTypeInfo,
  TellerWebhookTypeAliases,
  TellerDisconnectReasonInfo,
  TellerDisconnectReasonAliases,
  TellerAccountStatusInfo,
  TellerAccountStatusAliases,
  TellerConnectFailureCodeInfo,
  TellerConnectFailureCodeAliases,
} from "./teller.js";

/** Teller's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: TellerErrorCodeInfo,
    aliases: TellerErrorCodeAliases,
  },
  response_status: {
    info: TellerResponseStatusInfo,
    aliases: TellerResponseStatusAliases,
  },
  webhook_type: {
    info: TellerWebhookTypeInfo,
    aliases: TellerWebhookTypeAliases,
  },
  disconnect_reason: {
    info: TellerDisconnectReasonInfo,
    aliases: TellerDisconnectReasonAliases,
  },
  account_status: {
    info: TellerAccountStatusInfo,
    aliases: TellerAccountStatusAliases,
  },
  connect_failure_code: {
    info: TellerConnectFailureCodeInfo,
    aliases: TellerConnectFailureCodeAliases,
  },
};
