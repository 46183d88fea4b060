/** The modules build.mjs writes for the decoder (data.mjs): the index of evidence in its entry,
 * with what fetches each provider's chunk, its kinds' schema checks, a category's equivalents
 * and every spelling; and what it keeps of the package's categories. */
declare module "bankcodes-index" {
  import type { CodeFacts, CodeSetFacts } from "bankcodes-package/code-facts.js";
  import type { CodeInfo } from "bankcodes-package/types.js";
  import type { PayloadKindFields } from "bankcodes-package/shapes.js";

  /** A code's equivalent elsewhere, as codes.json's closer lists it: [provider, code set,
   * value, what is the same, why], then the anchor, identifier and code set title of that
   * code's entry. */
  export type Closer = readonly [string, string, string, string, string, string?, string?, string?];

  /** What a code has beyond its value, description, category and retryable. */
  export type More = Partial<Pick<CodeInfo, "endUser" | "name" | "sources" | keyof CodeFacts>> & {
    readonly wording?: Pick<CodeInfo["wording"], "userMessage">;
    readonly anchor?: string;
    readonly aliases?: readonly string[];
    readonly closer?: readonly Closer[];
  };

  /** A provider's chunk: by its code sets' positions in codes.json, their ids, titles and
   * facts, the form of their sender's own codes ([form, category, description]) and their
   * codes; its kinds' fields beyond the index's; its facts, its signing scheme and delivery. */
  export interface ProviderChunk {
    readonly sets: readonly (readonly [
      number,
      string,
      string,
      CodeSetFacts | 0,
      readonly [string, string, string] | 0,
      readonly (readonly [string, string, string, number, More?])[],
    ])[];
    readonly kinds: { readonly [kind: string]: object };
    readonly rateLimits?: unknown;
    readonly consents?: unknown;
    readonly bodyRules?: unknown;
    readonly retries?: unknown;
    readonly signing?: unknown;
    readonly delivery?: unknown;
  }

  /** [provider, provider name], in the catalog's order. */
  export const NAMES: readonly (readonly [string, string])[];
  /** Every payload kind's index fields (recognition rules, request id header, JWT). */
  export const KINDS: { readonly [kind: string]: Partial<PayloadKindFields> };
  /** By provider, the lists of keys that each tell one of its consent-end fields. */
  export const ENDS: { readonly [provider: string]: readonly (readonly string[])[] };
  export const CHUNKS: {
    readonly [provider: string]: () => Promise<{ readonly default: ProviderChunk }>;
  };
  export const CHECKS: {
    readonly [provider: string]: () => Promise<{
      readonly VALIDATORS: { readonly [kind: string]: (data: unknown) => boolean };
    }>;
  };
  /** By category whose codes are equivalents: [spelling, provider, code set, anchor, identifier]. */
  export const SAME: {
    readonly [category: string]: () => Promise<{
      readonly default: readonly (readonly string[])[];
    }>;
  };
  export const SPELLINGS: () => Promise<{
    readonly default: { readonly [provider: string]: readonly string[] };
  }>;
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
