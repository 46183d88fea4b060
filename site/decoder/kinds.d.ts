/** The modules build.mjs writes for the decoder: every payload kind's lenient schema validator
 * (a chunk of its own, fetched as the page starts), what the decoder knows of the catalog
 * (data.mjs, in the entry) and every code's description (a chunk of its own, fetched as the
 * page starts). */
declare module "bankcodes-kinds" {
  export const VALIDATORS: { readonly [kind: string]: (data: unknown) => boolean };
}

declare module "bankcodes-data" {
  import type { CodeFacts, CodeSetFacts } from "bankcodes-package/code-facts.js";
  import type { CodeInfo } from "bankcodes-package/types.js";

  /** A code's equivalent elsewhere, as codes.json's closer lists it: [provider, code set,
   * value, what is the same, why]. */
  export type Closer = readonly [string, string, string, string, string];

  /** Every code of every provider's tables, a column a field (data.mjs' `catalog`). */
  export const CATALOG: {
    /** [provider, provider name, code set, code set title, number of codes, and the code set's
     * facts the decoder shows where it has some], in order. */
    readonly sets: readonly (readonly [string, string, string, string, number, CodeSetFacts?])[];
    readonly values: readonly string[];
    readonly categories: readonly string[];
    /** "1" or "0" a code. */
    readonly retryable: string;
    /** By a code set's position in `sets`, where it gives the form of the sender's own codes:
     * [form, category, description]. */
    readonly own: { readonly [position: string]: readonly [string, string, string] };
    /** By a code's position. */
    readonly closer: { readonly [position: string]: readonly Closer[] };
    readonly more: {
      readonly [position: string]: Partial<
        Pick<CodeInfo, "endUser" | "name" | "sources" | keyof CodeFacts>
      > & {
        readonly wording?: Pick<CodeInfo["wording"], "userMessage">;
        readonly anchor?: string;
      };
    };
  };
}

declare module "bankcodes-descriptions" {
  /** Every code's description, by its position in CATALOG. */
  export const DESCRIPTIONS: readonly string[];
}

declare module "bankcodes-categories" {
  import type { CategoryFacts } from "bankcodes-package/code-facts.js";
  import type { CategoryDetails } from "bankcodes-package/shapes.js";

  export { Category } from "bankcodes-package/categories.js";
  /** Of each category, what the decoder shows and the package's endUserText reads. */
  export const CategoryInfo: {
    readonly [category: string]: Pick<
      CategoryDetails,
      "title" | "actor" | "endUser" | keyof CategoryFacts
    >;
  };
}
