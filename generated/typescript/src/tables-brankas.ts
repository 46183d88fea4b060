// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  BrankasTransactionStatusInfo,
  BrankasTransactionStatusAliases,
  BrankasDirectErrorCodeInfo,
  BrankasDirectErrorCodeAliases,
  BrankasStatementStatusInfo,
  BrankasStatementStatusAliases,
  BrankasStatementErrorInfo,
  BrankasStatementErrorAliases,
  BrankasSdkErrorCodeInfo,
  BrankasSdkErrorCodeAliases,
} from "./brankas.js";

/** Brankas's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  transaction_status: {
    info: BrankasTransactionStatusInfo,
    aliases: BrankasTransactionStatusAliases,
  },
  direct_error_code: {
    info: BrankasDirectErrorCodeInfo,
    aliases: BrankasDirectErrorCodeAliases,
  },
  statement_status: {
    info: BrankasStatementStatusInfo,
    aliases: BrankasStatementStatusAliases,
  },
  statement_error: {
    info: BrankasStatementErrorInfo,
    aliases: BrankasStatementErrorAliases,
  },
  sdk_error_code: {
    info: BrankasSdkErrorCodeInfo,
    aliases: BrankasSdkErrorCodeAliases,
  },
};
