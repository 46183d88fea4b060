/**
 * The decoder's stand-in for the package's registry (build.mjs bundles it wherever the package's
 * modules import "./registry.js"): every provider's code sets, given back from the decoder's
 * catalog (data.mjs), which the page's script carries from the start, so that no paste makes the
 * page fetch anything. The package's own readers (recognise, codes, decisiveCode, endUserText)
 * read them here as they read the whole registry in an app.
 */
import { CATALOG } from "bankcodes-data";
import type { CodeInfo, CodeSetTables } from "bankcodes-package/types.js";

export type Provider = string;

/** What the decoder's catalog holds of a code's metadata: the fields the package's readers and
 * the decoder read (data.mjs), not the rest of the package's CodeInfo. */
type Kept = Pick<CodeInfo, "description" | "category" | "retryable">;

/** Every code's metadata, by its position in the catalog. */
const BY_POSITION: Kept[] = [];

function codeSets(): { [provider: string]: { [id: string]: CodeSetTables } } {
  const found: { [provider: string]: { [id: string]: CodeSetTables } } = {};
  let position = 0;
  for (const [set, [provider, , id, , count, facts]] of CATALOG.sets.entries()) {
    const info: { [value: string]: Kept } = {};
    const aliases: { [alias: string]: string } = {};
    for (const end = position + count; position < end; position += 1) {
      const value = CATALOG.values[position]!;
      const more = Object.hasOwn(CATALOG.more, position) ? CATALOG.more[position] : undefined;
      const { anchor, name, aliases: spellings, ...words } = more ?? {};
      info[value] = {
        description: "", // until its chunk arrives (`described`)
        category: CATALOG.categories[position] as Kept["category"],
        retryable: CATALOG.retryable[position] === "1",
        ...words,
      };
      BY_POSITION.push(info[value]!);
      for (const alias of spellings ?? []) aliases[alias] = value;
    }
    found[provider] ??= {};
    found[provider][id] = {
      info: info as { [value: string]: CodeInfo },
      aliases,
      ...own(set),
      ...facts,
    };
  }
  return found;
}

/** The form of the sender's own codes the code set at `set` gives, where it gives one. */
function own(
  set: number,
): Pick<CodeSetTables, "ownCodes" | "ownCodesCategory" | "ownCodesDescription"> {
  const found = Object.hasOwn(CATALOG.own, set) ? CATALOG.own[set] : undefined;
  if (found === undefined) return {};
  const [ownCodes, ownCodesCategory, ownCodesDescription] = found;
  return { ownCodes, ownCodesCategory, ownCodesDescription };
}

/** The code sets of every provider, by provider and code set id. */
export const CODE_SETS: {
  readonly [provider: string]: { readonly [id: string]: CodeSetTables };
} = codeSets();

/** Resolves once every code's description is in CODE_SETS (their chunk, fetched as the page
 * starts); rejects where that chunk cannot be fetched. */
export const described: Promise<void> = import("bankcodes-descriptions").then(
  ({ DESCRIPTIONS }) => {
    DESCRIPTIONS.forEach((text, position) => {
      const info = BY_POSITION[position];
      if (info !== undefined) (info as { description: string }).description = text;
    });
  },
);

/** The providers the decoder's catalog holds, in its order (those a reader can choose). */
export const PROVIDERS: readonly Provider[] = Object.keys(CODE_SETS);
