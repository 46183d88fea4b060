// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  SaltEdgeCallbackStageInfo,
  SaltEdgeCallbackStageAliases,
  SaltEdgeConnectStageInfo,
  SaltEdgeConnectStageAliases,
  SaltEdgeErrorClassInfo,
  SaltEdgeErrorClassAliases,
} from "./saltedge.js";

/** Salt Edge's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  callback_stage: {
    info: SaltEdgeCallbackStageInfo,
    aliases: SaltEdgeCallbackStageAliases,
  },
  connect_stage: {
    info: SaltEdgeConnectStageInfo,
    aliases: SaltEdgeConnectStageAliases,
  },
  error_class: {
    info: SaltEdgeErrorClassInfo,
    aliases: SaltEdgeErrorClassAliases,
  },
};
