// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  AkahuWebhookTypeInfo,
  AkahuWebhookTypeAliases,
  AkahuWebhookCodeInfo,
  AkahuWebhookCodeAliases,
  AkahuAccountStatusInfo,
  AkahuAccountStatusAliases,
  AkahuPaymentStatusInfo,
  AkahuPaymentStatusAliases,
  AkahuPaymentStatusCodeInfo,
  AkahuPaymentStatusCodeAliases,
  AkahuTransferStatusInfo,
  AkahuTransferStatusAliases,
  AkahuWebhookEventStatusInfo,
  AkahuWebhookEventStatusAliases,
  AkahuOauthErrorInfo,
  AkahuOauthErrorAliases,
  AkahuResponseStatusInfo,
  AkahuResponseStatusAliases,
} from "./akahu.js";

/** Akahu's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  webhook_type: {
    info: AkahuWebhookTypeInfo,
    aliases: AkahuWebhookTypeAliases,
  },
  webhook_code: {
    info: AkahuWebhookCodeInfo,
    aliases: AkahuWebhookCodeAliases,
  },
  account_status: {
    info: AkahuAccountStatusInfo,
    aliases: AkahuAccountStatusAliases,
    states: true,
  },
  payment_status: {
    info: AkahuPaymentStatusInfo,
    aliases: AkahuPaymentStatusAliases,
  },
  payment_status_code: {
    info: AkahuPaymentStatusCodeInfo,
    aliases: AkahuPaymentStatusCodeAliases,
  },
  transfer_status: {
    info: AkahuTransferStatusInfo,
    aliases: AkahuTransferStatusAliases,
  },
  webhook_event_status: {
    info: AkahuWebhookEventStatusInfo,
    aliases: AkahuWebhookEventStatusAliases,
  },
  oauth_error: {
    info: AkahuOauthErrorInfo,
    aliases: AkahuOauthErrorAliases,
  },
  response_status: {
    info: AkahuResponseStatusInfo,
    aliases: AkahuResponseStatusAliases,
  },
};
