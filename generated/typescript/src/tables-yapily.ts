// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  YapilyAuthorisationStatusInfo,
  YapilyAuthorisationStatusAliases,
  YapilyPaymentStatusInfo,
  YapilyPaymentStatusAliases,
  YapilyPaymentIsoStatusInfo,
  YapilyPaymentIsoStatusAliases,
  YapilyErrorSourceInfo,
  YapilyErrorSourceAliases,
  YapilyErrorIssueCodeInfo,
  YapilyErrorIssueCodeAliases,
  YapilyErrorIssueTypeInfo,
  YapilyErrorIssueTypeAliases,
  YapilyValidationErrorInfo,
  YapilyValidationErrorAliases,
  YapilyBulkPaymentStatusDetailInfo,
  YapilyBulkPaymentStatusDetailAliases,
  YapilyResponseStatusInfo,
  YapilyResponseStatusAliases,
} from "./yapily.js";

/** Yapily's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  authorisation_status: {
    info: YapilyAuthorisationStatusInfo,
    aliases: YapilyAuthorisationStatusAliases,
    states: true,
  },
  payment_status: {
    info: YapilyPaymentStatusInfo,
    aliases: YapilyPaymentStatusAliases,
  },
  payment_iso_status: {
    info: YapilyPaymentIsoStatusInfo,
    aliases: YapilyPaymentIsoStatusAliases,
  },
  error_source: {
    info: YapilyErrorSourceInfo,
    aliases: YapilyErrorSourceAliases,
  },
  error_issue_code: {
    info: YapilyErrorIssueCodeInfo,
    aliases: YapilyErrorIssueCodeAliases,
  },
  error_issue_type: {
    info: YapilyErrorIssueTypeInfo,
    aliases: YapilyErrorIssueTypeAliases,
  },
  validation_error: {
    info: YapilyValidationErrorInfo,
    aliases: YapilyValidationErrorAliases,
  },
  bulk_payment_status_detail: {
    info: YapilyBulkPaymentStatusDetailInfo,
    aliases: YapilyBulkPaymentStatusDetailAliases,
  },
  response_status: {
    info: YapilyResponseStatusInfo,
    aliases: YapilyResponseStatusAliases,
  },
};
