// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/argyle/info: the catalog's metadata of every Argyle code (each code set's …Info table:
 * description, message, advice, category, sources and whose words each text is), apart from
 * bankcodes/argyle so that an app reading codes ships none of it.
 */
export {
  ArgyleBankConnectionErrorInfo,
  ArgyleVerificationStateInfo,
  ArgyleVerificationStatusCodeInfo,
  ArgyleVerificationErrorInfo,
  ArgyleAccountConnectionErrorInfo,
  ArgyleAccountConnectionStatusInfo,
  ArgyleDepositSwitchStatusInfo,
  ArgyleDepositSwitchErrorInfo,
  ArgyleWebhookEventInfo,
  ArgyleReportTypeInfo,
  ArgyleDataSourceInfo,
  ArgyleChannelInfo,
  ArgyleResponseStatusInfo,
} from "./argyle.js";
export type { CodeInfo, Lifecycle, Wording } from "./types.js";
