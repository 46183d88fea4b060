/**
 * The decoder's stand-in for the package's registry (build.mjs bundles it wherever the package's
 * modules import "./registry.js"): the code sets of the providers a paste needs, added by `load`
 * when it first needs them, so that the page's first answer carries only those providers'
 * tables. The package's own readers (recognise, codes, decisiveCode, endUserText) read them here
 * as they read the whole registry in an app.
 */
import { TABLES } from "bankcodes-tables";
import type { CodeSetTables } from "bankcodes-package/types.js";

export type Provider = string;

/** The code sets of every provider loaded so far, by provider and code set id. */
export const CODE_SETS: { [provider: string]: { readonly [id: string]: CodeSetTables } } = {};

/** The providers whose tables the site can load. */
export const PROVIDERS: readonly Provider[] = Object.keys(TABLES);

/** Load the tables of `providers` not loaded yet (each once; an unknown one is skipped). */
export async function load(providers: Iterable<string>): Promise<void> {
  const wanted = [...new Set(providers)].filter(
    (provider) => !Object.hasOwn(CODE_SETS, provider) && Object.hasOwn(TABLES, provider),
  );
  const loaded = await Promise.all(wanted.map((provider) => TABLES[provider]!()));
  wanted.forEach((provider, index) => {
    CODE_SETS[provider] = loaded[index]!.TABLES;
  });
}
