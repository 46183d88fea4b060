// copied from codegen/runtime/typescript/types.ts — do not edit (run `make generate`)
/**
 * The shapes of the catalog's data: categories, sources and the metadata of every code.
 */
import type { Category } from "./categories.js";
import type { SourceId } from "./sources.js";

/** Who must act when a code of a category arrives. */
export type Actor = "end_user" | "integrator" | "institution" | "nobody";

/** What the catalog says about a category. */
export interface CategoryDetails {
  readonly title: string;
  readonly description: string;
  /** Whether trying the same operation again soon, with at most new user input, can succeed. */
  readonly retryable: boolean;
  readonly actor: Actor;
  /** The recommended action. */
  readonly action: string;
  /** Whether codes of this category are equivalents across providers. */
  readonly equivalents: boolean;
  /**
   * What an app can tell its customer, in bankcodes' words: English, and bankcodes' French and
   * Arabic translations; null for a category no end user meets (success, pending, …).
   */
  readonly endUser: { readonly [L in Language]: EndUserWords } | null;
}

/** The languages of the end-user words. */
export type Language = "en" | "fr" | "ar";

/** A message for the customer and the action they can take. */
export interface EndUserWords {
  readonly message: string;
  readonly action: string;
}

/** A document that a fact comes from. */
export interface Source {
  readonly title: string;
  readonly url: string | null;
}

/** Whose words a text of a code is. */
export interface Wording {
  /** "provider": the provider's published text; "bankcodes": bankcodes' own wording. */
  readonly by: "provider" | "bankcodes";
  /** Where the provider publishes the text, or what bankcodes' wording rests on. */
  readonly sources: readonly SourceId[];
}

/** Everything the catalog says about one code. */
export interface CodeInfo {
  readonly description: string;
  /** The provider's message for the code, as sent on the wire or shown to the user. */
  readonly message: string | null;
  readonly category: Category;
  readonly retryable: boolean;
  /** What the end user should do, as the provider publishes it. */
  readonly userAction: string | null;
  /** What an app can show the end user, as the provider publishes it (verbatim). */
  readonly userMessage: string | null;
  readonly httpStatuses: readonly number[];
  readonly sources: readonly SourceId[];
  readonly deprecated: boolean;
  /** Other wire spellings of the same code. */
  readonly aliases: readonly string[];
  /** Whose words each text above is; a text the code does not have has no entry. */
  readonly wording: {
    readonly description: Wording;
    readonly message?: Wording;
    readonly userAction?: Wording;
    readonly userMessage?: Wording;
  };
}

/** A code set's metadata by wire value, and its aliases (alias -> wire value). */
export interface CodeSetTables {
  readonly info: { readonly [value: string]: CodeInfo };
  readonly aliases: { readonly [alias: string]: string };
}

/** Whether `value` is a wire value of the code set whose metadata is `info`. */
export function isCodeOf(info: { readonly [value: string]: CodeInfo }, value: unknown): boolean {
  return typeof value === "string" && Object.hasOwn(info, value);
}

/** The metadata of `code` (a wire value or an alias) in the first of `sets` that knows it. */
export function codeInfo(sets: readonly CodeSetTables[], code: string): CodeInfo | null {
  for (const { info, aliases } of sets) {
    if (Object.hasOwn(info, code)) return info[code] ?? null;
    const value = Object.hasOwn(aliases, code) ? aliases[code] : undefined;
    if (value !== undefined && Object.hasOwn(info, value)) return info[value] ?? null;
  }
  return null;
}
