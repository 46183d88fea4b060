// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  CdrErrorCodeInfo,
  CdrErrorCodeAliases,
} from "./cdr.js";

/** Consumer Data Standards (Australia)'s code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: CdrErrorCodeInfo,
    aliases: CdrErrorCodeAliases,
  },
};
