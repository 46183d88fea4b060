// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  StripeFcEventErrorCodeInfo,
  StripeFcEventErrorCodeAliases,
  StripeApiErrorCodeInfo,
  StripeApiErrorCodeAliases,
  StripeStatusDetailsActionInfo,
  StripeStatusDetailsActionAliases,
  StripeStatusDetailsCauseInfo,
  StripeStatusDetailsCauseAliases,
  StripeAccountStatusInfo,
  StripeAccountStatusAliases,
  StripeRefreshStatusInfo,
  StripeRefreshStatusAliases,
  StripeSheetErrorCodeInfo,
  StripeSheetErrorCodeAliases,
  StripeApiErrorTypeInfo,
  StripeApiErrorTypeAliases,
  StripeFcEventNameInfo,
  StripeFcEventNameAliases,
  StripeEventTypeInfo,
  StripeEventTypeAliases,
  StripeAuthorizationStatusInfo,
  StripeAuthorizationStatusAliases,
  StripeTransactionStatusInfo,
  StripeTransactionStatusAliases,
  StripeAccountNumberStatusInfo,
  StripeAccountNumberStatusAliases,
} from "./stripe.js";

/** Stripe Financial Connections's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  fc_event_error_code: {
    info: StripeFcEventErrorCodeInfo,
    aliases: StripeFcEventErrorCodeAliases,
  },
  api_error_code: {
    info: StripeApiErrorCodeInfo,
    aliases: StripeApiErrorCodeAliases,
  },
  status_details_action: {
    info: StripeStatusDetailsActionInfo,
    aliases: StripeStatusDetailsActionAliases,
  },
  status_details_cause: {
    info: StripeStatusDetailsCauseInfo,
    aliases: StripeStatusDetailsCauseAliases,
  },
  account_status: {
    info: StripeAccountStatusInfo,
    aliases: StripeAccountStatusAliases,
    states: true,
  },
  refresh_status: {
    info: StripeRefreshStatusInfo,
    aliases: StripeRefreshStatusAliases,
  },
  sheet_error: {
    info: StripeSheetErrorCodeInfo,
    aliases: StripeSheetErrorCodeAliases,
  },
  api_error_type: {
    info: StripeApiErrorTypeInfo,
    aliases: StripeApiErrorTypeAliases,
  },
  fc_event_name: {
    info: StripeFcEventNameInfo,
    aliases: StripeFcEventNameAliases,
  },
  webhook_type: {
    info: StripeEventTypeInfo,
    aliases: StripeEventTypeAliases,
  },
  authorization_status: {
    info: StripeAuthorizationStatusInfo,
    aliases: StripeAuthorizationStatusAliases,
    states: true,
  },
  transaction_status: {
    info: StripeTransactionStatusInfo,
    aliases: StripeTransactionStatusAliases,
  },
  account_number_status: {
    info: StripeAccountNumberStatusInfo,
    aliases: StripeAccountNumberStatusAliases,
  },
};
