// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  GoCardlessRequisitionStatusInfo,
  GoCardlessRequisitionStatusAliases,
  GoCardlessAccountStatusInfo,
  GoCardlessAccountStatusAliases,
  GoCardlessEndUserErrorInfo,
  GoCardlessEndUserErrorAliases,
  GoCardlessAccountErrorTypeInfo,
  GoCardlessAccountErrorTypeAliases,
  GoCardlessErrorSummaryInfo,
  GoCardlessErrorSummaryAliases,
  GoCardlessFieldErrorSummaryInfo,
  GoCardlessFieldErrorSummaryAliases,
} from "./gocardless.js";

/** GoCardless Bank Account Data's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  requisition_status: {
    info: GoCardlessRequisitionStatusInfo,
    aliases: GoCardlessRequisitionStatusAliases,
    states: true,
  },
  account_status: {
    info: GoCardlessAccountStatusInfo,
    aliases: GoCardlessAccountStatusAliases,
    states: true,
  },
  end_user_error: {
    info: GoCardlessEndUserErrorInfo,
    aliases: GoCardlessEndUserErrorAliases,
  },
  account_error_type: {
    info: GoCardlessAccountErrorTypeInfo,
    aliases: GoCardlessAccountErrorTypeAliases,
  },
  error_summary: {
    info: GoCardlessErrorSummaryInfo,
    aliases: GoCardlessErrorSummaryAliases,
  },
  field_error_summary: {
    info: GoCardlessFieldErrorSummaryInfo,
    aliases: GoCardlessFieldErrorSummaryAliases,
  },
};
