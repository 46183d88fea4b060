// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  SimpleFinGeneralErrorInfo,
  SimpleFinGeneralErrorAliases,
  SimpleFinConnectionErrorInfo,
  SimpleFinConnectionErrorAliases,
  SimpleFinAccountErrorInfo,
  SimpleFinAccountErrorAliases,
  SimpleFinResponseStatusInfo,
  SimpleFinResponseStatusAliases,
} from "./simplefin.js";

/** SimpleFIN's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  general_error: {
    info: SimpleFinGeneralErrorInfo,
    aliases: SimpleFinGeneralErrorAliases,
    ownCodes: "^gen\\.[a-z0-9_.]+$",
    ownCodesCategory: "generic_failure",
    ownCodesDescription: "A general error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked gen. (\"Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.\").",
  },
  connection_error: {
    info: SimpleFinConnectionErrorInfo,
    aliases: SimpleFinConnectionErrorAliases,
    ownCodes: "^con\\.[a-z0-9_.]+$",
    ownCodesCategory: "generic_failure",
    ownCodesDescription: "A connection-level error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked con. (\"Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.\").",
  },
  account_error: {
    info: SimpleFinAccountErrorInfo,
    aliases: SimpleFinAccountErrorAliases,
    ownCodes: "^act\\.[a-z0-9_.]+$",
    ownCodesCategory: "generic_failure",
    ownCodesDescription: "A account-level error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked act. (\"Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.\").",
  },
  response_status: {
    info: SimpleFinResponseStatusInfo,
    aliases: SimpleFinResponseStatusAliases,
  },
};
