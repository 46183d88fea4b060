// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  Iso20022StatusReasonInfo,
  Iso20022StatusReasonAliases,
} from "./iso20022.js";

/** ISO 20022's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  status_reason: {
    info: Iso20022StatusReasonInfo,
    aliases: Iso20022StatusReasonAliases,
  },
};
