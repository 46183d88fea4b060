// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  YodleeErrorCodeInfo,
  YodleeErrorCodeAliases,
  YodleeAdditionalStatusInfo,
  YodleeAdditionalStatusAliases,
  YodleeProviderAccountStatusInfo,
  YodleeProviderAccountStatusAliases,
  YodleeFastLinkErrorCodeInfo,
  YodleeFastLinkErrorCodeAliases,
  YodleeFastLinkFunctionInfo,
  YodleeFastLinkFunctionAliases,
  YodleeWebhookInfoInfo,
  YodleeWebhookInfoAliases,
  YodleeNotificationEventInfo,
  YodleeNotificationEventAliases,
  YodleeRefreshStatusCodeInfo,
  YodleeRefreshStatusCodeAliases,
} from "./yodlee.js";

/** Yodlee's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: YodleeErrorCodeInfo,
    aliases: YodleeErrorCodeAliases,
  },
  additional_status: {
    info: YodleeAdditionalStatusInfo,
    aliases: YodleeAdditionalStatusAliases,
  },
  provider_account_status: {
    info: YodleeProviderAccountStatusInfo,
    aliases: YodleeProviderAccountStatusAliases,
  },
  fastlink_error_code: {
    info: YodleeFastLinkErrorCodeInfo,
    aliases: YodleeFastLinkErrorCodeAliases,
  },
  fastlink_function: {
    info: YodleeFastLinkFunctionInfo,
    aliases: YodleeFastLinkFunctionAliases,
  },
  webhook_info: {
    info: YodleeWebhookInfoInfo,
    aliases: YodleeWebhookInfoAliases,
  },
  notification_event: {
    info: YodleeNotificationEventInfo,
    aliases: YodleeNotificationEventAliases,
  },
  refresh_status_code: {
    info: YodleeRefreshStatusCodeInfo,
    aliases: YodleeRefreshStatusCodeAliases,
  },
};
