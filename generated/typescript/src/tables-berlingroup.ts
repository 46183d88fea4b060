// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  BerlinGroupMessageCodeInfo,
  BerlinGroupMessageCodeAliases,
  BerlinGroupConsentStatusInfo,
  BerlinGroupConsentStatusAliases,
} from "./berlingroup.js";

/** Berlin Group NextGenPSD2's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  message_code: {
    info: BerlinGroupMessageCodeInfo,
    aliases: BerlinGroupMessageCodeAliases,
  },
  consent_status: {
    info: BerlinGroupConsentStatusInfo,
    aliases: BerlinGroupConsentStatusAliases,
    states: true,
  },
};
