// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  PowensConnectionStateInfo,
  PowensConnectionStateAliases,
  PowensErrorCodeInfo,
  PowensErrorCodeAliases,
  PowensWebviewErrorInfo,
  PowensWebviewErrorAliases,
} from "./powens.js";

/** Powens's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  connection_state: {
    info: PowensConnectionStateInfo,
    aliases: PowensConnectionStateAliases,
    states: true,
  },
  error_code: {
    info: PowensErrorCodeInfo,
    aliases: PowensErrorCodeAliases,
  },
  webview_error: {
    info: PowensWebviewErrorInfo,
    aliases: PowensWebviewErrorAliases,
  },
};
