// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  TinkLinkErrorStatusInfo,
  TinkLinkErrorStatusAliases,
  TinkLinkErrorReasonInfo,
  TinkLinkErrorReasonAliases,
  TinkLinkErrorTypeInfo,
  TinkLinkErrorTypeAliases,
  TinkCredentialsStatusInfo,
  TinkCredentialsStatusAliases,
  TinkLegacyErrorCodeInfo,
  TinkLegacyErrorCodeAliases,
  TinkTransferStatusInfo,
  TinkTransferStatusAliases,
  TinkProviderStatusInfo,
  TinkProviderStatusAliases,
  TinkWebhookEventInfo,
  TinkWebhookEventAliases,
} from "./tink.js";

/** Tink's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  link_error_status: {
    info: TinkLinkErrorStatusInfo,
    aliases: TinkLinkErrorStatusAliases,
  },
  link_error_reason: {
    info: TinkLinkErrorReasonInfo,
    aliases: TinkLinkErrorReasonAliases,
  },
  link_error_type: {
    info: TinkLinkErrorTypeInfo,
    aliases: TinkLinkErrorTypeAliases,
  },
  credentials_status: {
    info: TinkCredentialsStatusInfo,
    aliases: TinkCredentialsStatusAliases,
    states: true,
  },
  legacy_error_code: {
    info: TinkLegacyErrorCodeInfo,
    aliases: TinkLegacyErrorCodeAliases,
  },
  transfer_status: {
    info: TinkTransferStatusInfo,
    aliases: TinkTransferStatusAliases,
  },
  provider_status: {
    info: TinkProviderStatusInfo,
    aliases: TinkProviderStatusAliases,
  },
  webhook_event: {
    info: TinkWebhookEventInfo,
    aliases: TinkWebhookEventAliases,
  },
};
