// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  PolishApiResponseStatusInfo,
  PolishApiResponseStatusAliases,
  PolishApiPaymentStatusInfo,
  PolishApiPaymentStatusAliases,
  PolishApiBundleStatusInfo,
  PolishApiBundleStatusAliases,
  PolishApiRecurringPaymentStatusInfo,
  PolishApiRecurringPaymentStatusAliases,
} from "./polishapi.js";

/** PolishAPI's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  http_status: {
    info: PolishApiResponseStatusInfo,
    aliases: PolishApiResponseStatusAliases,
  },
  payment_status: {
    info: PolishApiPaymentStatusInfo,
    aliases: PolishApiPaymentStatusAliases,
  },
  bundle_status: {
    info: PolishApiBundleStatusInfo,
    aliases: PolishApiBundleStatusAliases,
  },
  recurring_payment_status: {
    info: PolishApiRecurringPaymentStatusInfo,
    aliases: PolishApiRecurringPaymentStatusAliases,
  },
};
