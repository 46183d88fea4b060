// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  EnableBankingErrorCodeInfo,
  EnableBankingErrorCodeAliases,
  EnableBankingSessionStatusInfo,
  EnableBankingSessionStatusAliases,
  EnableBankingPaymentStatusInfo,
  EnableBankingPaymentStatusAliases,
  EnableBankingResponseStatusInfo,
  EnableBankingResponseStatusAliases,
} from "./enablebanking.js";

/** Enable Banking's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: EnableBankingErrorCodeInfo,
    aliases: EnableBankingErrorCodeAliases,
  },
  session_status: {
    info: EnableBankingSessionStatusInfo,
    aliases: EnableBankingSessionStatusAliases,
    states: true,
  },
  payment_status: {
    info: EnableBankingPaymentStatusInfo,
    aliases: EnableBankingPaymentStatusAliases,
  },
  response_status: {
    info: EnableBankingResponseStatusInfo,
    aliases: EnableBankingResponseStatusAliases,
  },
};
