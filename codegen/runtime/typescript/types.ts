/**
 * The shapes of the catalog's data: the metadata of every code and its code set, and the
 * languages (those of the categories and sources, which their generated tables are checked
 * against, are in shapes.ts).
 */
import type { Category } from "./categories.js";
import type { CodeFacts, CodeSetFacts, LifecycleFacts } from "./code-facts.js";
import { LANGUAGES, type Language } from "./languages.js";
import type { EndUserWords } from "./shapes.js";
import type { SourceId } from "./sources.js";

/** The languages of bankcodes' end-user words (English and its translations). */
export type { Language };

/** A language tag: one of bankcodes' languages, alone or with a region ("fr-CA", "es-MX"),
 * which reads the provider's own translation for the tag where it publishes one. */
export type LanguageTag = Language | `${Language}-${string}`;

/** The language of a tag ("fr" of "fr-CA"), when bankcodes has words in it; else null. */
export function languageOf(tag: unknown): Language | null {
  if (typeof tag !== "string") return null;
  const base = tag.split("-", 1)[0]!;
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/** Whose words a text of a code is. */
export interface Wording {
  /** "provider": the provider's published text; "bankcodes": bankcodes' own wording. */
  readonly by: "provider" | "bankcodes";
  /** Where the provider publishes the text, or what bankcodes' wording rests on. */
  readonly sources: readonly SourceId[];
}

/** A code that is deprecated or removed, and why; never deleted from the catalog (its fields:
 * LifecycleFacts, from the spec's model). */
export type Lifecycle = LifecycleFacts;

/** Everything the catalog says about one code. */
export interface CodeInfo extends CodeFacts {
  /** The code's identifier, where it is not its wire value (a number's name, CHALLENGED). */
  readonly name?: string;
  readonly description: string;
  readonly category: Category;
  /** Whether the same request, repeated unchanged later, may succeed (a program's retry). */
  readonly retryable: boolean;
  /** Whether the end user can act and then try again (the code's answer, else its category's). */
  readonly endUserCanRetry: boolean;
  /** bankcodes' words for the end user where this code differs from its category. */
  readonly endUser?: { readonly [L in Language]: EndUserWords };
  readonly httpStatuses: readonly number[];
  readonly sources: readonly SourceId[];
  /** Whether the code is deprecated or removed (its lifecycle says how and why). */
  readonly deprecated: boolean;
  readonly lifecycle?: Lifecycle;
  /** Whose words each text above is; a text the code does not have has no entry. */
  readonly wording: {
    readonly description: Wording;
    readonly message?: Wording;
    readonly messageTranslations?: Wording;
    readonly advice?: Wording;
    readonly adviceTranslations?: Wording;
    readonly userMessage?: Wording;
    readonly userMessageTranslations?: Wording;
  };
  /**
   * The address of the code's section on the published reference site (the address the package
   * carries, followed by the code's page: pages.ts); absent when the package carries none.
   */
  readonly docUrl?: string;
  /**
   * Where the catalog records how the code set's statuses move on: the statuses this one may
   * move to next (empty when it is final).
   */
  readonly nextStatuses?: readonly (string | number)[];
}

/** A code set's metadata by wire value, and its aliases (alias -> wire value). */
export interface CodeSetTables extends CodeSetFacts {
  readonly info: { readonly [value: string]: CodeInfo };
  readonly aliases: { readonly [alias: string]: string | number };
}

/** Whether `value` is a wire value of a code set: a spelling it knows (`categories` holds each
 * value and alias) that is not an alias. Reads no metadata, so a guard ships none. */
export function isCodeOf(
  categories: { readonly [spelling: string]: string },
  aliases: { readonly [alias: string]: string },
  value: unknown,
): boolean {
  return (
    typeof value === "string" && Object.hasOwn(categories, value) && !Object.hasOwn(aliases, value)
  );
}

/** Whether `value` is a known code of a code set whose codes travel as JSON integers (its
 * `categories` are keyed by their decimal text). Reads no metadata. */
export function isNumericCodeOf(
  categories: { readonly [spelling: string]: string },
  value: unknown,
): boolean {
  return Number.isSafeInteger(value) && Object.hasOwn(categories, String(value));
}

/**
 * How a code field whose codes travel as JSON integers reads a value, as the tables key it (the
 * one definition, bankcodes._integers in Python, run on the same shared corpus): a number with
 * no fractional part between -(2**53 - 1) and 2**53 - 1 as its decimal text (17.0 and "17" are
 * 17, -0 is 0), any other non-empty text as it is sent (an unknown code unless it is a code's
 * decimal text: "-0", "017" and "１７" are not); null, no code, for anything else (a number
 * beyond that range, a fraction, infinity, a boolean, null, "", an object).
 */
export function integerCode(value: unknown): string | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : null;
  return typeof value === "string" && value !== "" ? value : null;
}

/** A code as the tables key it: an integer (a code that travels as a number) as its decimal
 * text, anything else as it is. */
export function wireText(code: unknown): unknown {
  return Number.isSafeInteger(code) ? String(code) : code;
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

/** A code set's id from its id or its qualified name (PROVIDER.CODE_SET, as readings name it). */
export function codeSetId<T>(provider: string, codeSet: T): T | string {
  return typeof codeSet === "string" && codeSet.startsWith(`${provider}.`)
    ? codeSet.slice(provider.length + 1)
    : codeSet;
}
