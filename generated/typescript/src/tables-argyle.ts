// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  ArgyleBankConnectionErrorInfo,
  ArgyleBankConnectionErrorAliases,
  ArgyleVerificationStateInfo,
  ArgyleVerificationStateAliases,
  ArgyleVerificationStatusCodeInfo,
  ArgyleVerificationStatusCodeAliases,
  ArgyleVerificationErrorInfo,
  ArgyleVerificationErrorAliases,
  ArgyleAccountConnectionErrorInfo,
  ArgyleAccountConnectionErrorAliases,
  ArgyleAccountConnectionStatusInfo,
  ArgyleAccountConnectionStatusAliases,
  ArgyleDepositSwitchStatusInfo,
  ArgyleDepositSwitchStatusAliases,
  ArgyleDepositSwitchErrorInfo,
  ArgyleDepositSwitchErrorAliases,
  ArgyleWebhookEventInfo,
  ArgyleWebhookEventAliases,
  ArgyleReportTypeInfo,
  ArgyleReportTypeAliases,
  ArgyleDataSourceInfo,
  ArgyleDataSourceAliases,
  ArgyleChannelInfo,
  ArgyleChannelAliases,
  ArgyleResponseStatusInfo,
  ArgyleResponseStatusAliases,
} from "./argyle.js";

/** Argyle's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  bank_connection_error: {
    info: ArgyleBankConnectionErrorInfo,
    aliases: ArgyleBankConnectionErrorAliases,
  },
  verification_state: {
    info: ArgyleVerificationStateInfo,
    aliases: ArgyleVerificationStateAliases,
  },
  verification_status_code: {
    info: ArgyleVerificationStatusCodeInfo,
    aliases: ArgyleVerificationStatusCodeAliases,
  },
  verification_error: {
    info: ArgyleVerificationErrorInfo,
    aliases: ArgyleVerificationErrorAliases,
  },
  account_connection_error: {
    info: ArgyleAccountConnectionErrorInfo,
    aliases: ArgyleAccountConnectionErrorAliases,
  },
  account_connection_status: {
    info: ArgyleAccountConnectionStatusInfo,
    aliases: ArgyleAccountConnectionStatusAliases,
  },
  deposit_switch_status: {
    info: ArgyleDepositSwitchStatusInfo,
    aliases: ArgyleDepositSwitchStatusAliases,
  },
  deposit_switch_error: {
    info: ArgyleDepositSwitchErrorInfo,
    aliases: ArgyleDepositSwitchErrorAliases,
  },
  webhook_event: {
    info: ArgyleWebhookEventInfo,
    aliases: ArgyleWebhookEventAliases,
  },
  report_type: {
    info: ArgyleReportTypeInfo,
    aliases: ArgyleReportTypeAliases,
  },
  data_source: {
    info: ArgyleDataSourceInfo,
    aliases: ArgyleDataSourceAliases,
  },
  channel: {
    info: ArgyleChannelInfo,
    aliases: ArgyleChannelAliases,
  },
  response_status: {
    info: ArgyleResponseStatusInfo,
    aliases: ArgyleResponseStatusAliases,
  },
};
