// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  SetuConsentStatusInfo,
  SetuConsentStatusAliases,
  SetuDataSessionStatusInfo,
  SetuDataSessionStatusAliases,
  SetuFiStatusInfo,
  SetuFiStatusAliases,
  SetuFipStatusInfo,
  SetuFipStatusAliases,
  SetuNotificationErrorCodeInfo,
  SetuNotificationErrorCodeAliases,
  SetuConsentErrorReasonInfo,
  SetuConsentErrorReasonAliases,
  SetuRedirectErrorCodeInfo,
  SetuRedirectErrorCodeAliases,
  SetuApiErrorCodeInfo,
  SetuApiErrorCodeAliases,
  SetuDataRefreshStatusInfo,
  SetuDataRefreshStatusAliases,
  SetuNotificationTypeInfo,
  SetuNotificationTypeAliases,
} from "./setu.js";

/** Setu Account Aggregator's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  consent_status: {
    info: SetuConsentStatusInfo,
    aliases: SetuConsentStatusAliases,
    states: true,
  },
  data_session_status: {
    info: SetuDataSessionStatusInfo,
    aliases: SetuDataSessionStatusAliases,
  },
  fi_status: {
    info: SetuFiStatusInfo,
    aliases: SetuFiStatusAliases,
  },
  fip_status: {
    info: SetuFipStatusInfo,
    aliases: SetuFipStatusAliases,
    states: true,
  },
  notification_error_code: {
    info: SetuNotificationErrorCodeInfo,
    aliases: SetuNotificationErrorCodeAliases,
  },
  consent_error_reason: {
    info: SetuConsentErrorReasonInfo,
    aliases: SetuConsentErrorReasonAliases,
  },
  redirect_error_code: {
    info: SetuRedirectErrorCodeInfo,
    aliases: SetuRedirectErrorCodeAliases,
  },
  api_error_code: {
    info: SetuApiErrorCodeInfo,
    aliases: SetuApiErrorCodeAliases,
  },
  data_refresh_status: {
    info: SetuDataRefreshStatusInfo,
    aliases: SetuDataRefreshStatusAliases,
  },
  notification_type: {
    info: SetuNotificationTypeInfo,
    aliases: SetuNotificationTypeAliases,
  },
};
