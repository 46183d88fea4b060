// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import { TABLES as Acme } from "./tables-acme.js";

/** The version of the catalog this package was generated from. */
export const SPEC_VERSION = "0.1.0";

/** The providers of the catalog. */
export type Provider = "acme";
export const PROVIDERS: readonly Provider[] = ["acme"];

/** Every provider's code sets by id, in priority order: their metadata and aliases. */
export const CODE_SETS: { readonly [P in Provider]: { readonly [id: string]: CodeSetTables } } = {
  acme: Acme,
};
