// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  TokenioPaymentStatusInfo,
  TokenioPaymentStatusAliases,
  TokenioCallbackErrorCodeInfo,
  TokenioCallbackErrorCodeAliases,
  TokenioHostedPagesErrorInfo,
  TokenioHostedPagesErrorAliases,
  TokenioWebhookEventTypeInfo,
  TokenioWebhookEventTypeAliases,
  TokenioWebhookConfigEventTypeInfo,
  TokenioWebhookConfigEventTypeAliases,
  TokenioTransferStatusInfo,
  TokenioTransferStatusAliases,
  TokenioExternalErrorInfo,
  TokenioExternalErrorAliases,
} from "./tokenio.js";

/** Token.io's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  payment_status: {
    info: TokenioPaymentStatusInfo,
    aliases: TokenioPaymentStatusAliases,
  },
  callback_error_code: {
    info: TokenioCallbackErrorCodeInfo,
    aliases: TokenioCallbackErrorCodeAliases,
  },
  hosted_pages_error: {
    info: TokenioHostedPagesErrorInfo,
    aliases: TokenioHostedPagesErrorAliases,
  },
  webhook_event_type: {
    info: TokenioWebhookEventTypeInfo,
    aliases: TokenioWebhookEventTypeAliases,
  },
  webhook_config_event_type: {
    info: TokenioWebhookConfigEventTypeInfo,
    aliases: TokenioWebhookConfigEventTypeAliases,
  },
  transfer_status: {
    info: TokenioTransferStatusInfo,
    aliases: TokenioTransferStatusAliases,
  },
  external_error: {
    info: TokenioExternalErrorInfo,
    aliases: TokenioExternalErrorAliases,
  },
};
