/**
 * The shapes of the generated data: the categories, the sources and the payload kinds (their
 * tables in categories.ts, sources.ts and kinds.ts are checked against them). Below both those
 * tables and the runtime that reads them (types.ts, code-fields.ts), so that neither imports the
 * other.
 */
import type { CategoryFacts, PayloadKindFacts } from "./code-facts.js";
import type { Language } from "./languages.js";

/** Who must act when a code of a category arrives. */
export type Actor = "end_user" | "integrator" | "institution" | "nobody";

/** What the catalog says about a category. */
export interface CategoryDetails extends CategoryFacts {
  readonly title: string;
  readonly actor: Actor;
  /**
   * What an app can tell its customer, in bankcodes' words: English and bankcodes' translations
   * (LANGUAGES); null for a category no end user meets (success, pending, …).
   */
  readonly endUser: { readonly [L in Language]: EndUserWords } | null;
}

/** A message for the customer and the action they can take. */
export interface EndUserWords {
  readonly message: string;
  readonly action: string;
}

/** A document that a fact comes from. */
export interface Source {
  readonly title: string;
  readonly url: string | null;
  /** Where the source could be read only in part: what was read and what was not (what the
   * catalog says of the rest is "not read"); absent when it was read whole. */
  readonly readInPart?: string;
}

/** One way a body is recognised as a kind. */
export interface Recognition {
  /** Keys the object has (null values count). */
  readonly present: readonly string[];
  /** Keys the object does not have. */
  readonly absent: readonly string[];
  /** Keys holding a JSON object. */
  readonly objects: readonly string[];
  /** Keys holding a code of one of their code sets ("provider.code_set"). */
  readonly codes: { readonly [key: string]: readonly string[] };
  /** Keys holding a text that begins with one of their prefixes (the provider's namespace). */
  readonly prefixes?: { readonly [key: string]: readonly string[] };
  /** Its prefixes read a message's start in the provider's own words, not its namespace. */
  readonly wording?: boolean;
  /** Where the provider publishes the namespace the prefixes read. */
  readonly sources?: readonly string[];
  /** Applies only where the reader is told the provider (too plain to tell it alone). */
  readonly providerGiven?: true;
  /** Its fields tell the provider: one of its own, or several together no shape anyone's holds. */
  readonly byFields?: true;
  /** By key of `codes`: the spellings of its code sets' codes that tell no provider (another
   * provider's code sets hold them too, or many APIs send them). */
  readonly shared?: { readonly [key: string]: readonly string[] };
}

/** A code field: its JSON path ("$.error.code", "[*]" for every item of an array), its
 * code sets (the first that knows a value reads it) and the union variant that has it. */
export interface CodeField {
  readonly path: string;
  readonly codeSets: readonly string[];
  readonly tag: string | null;
  /** true when its codes travel as JSON integers. */
  readonly numeric?: true;
}

/** What the spec says of a kind's codes. */
/** A text field of a kind that holds another body whole, as JSON text: its JSON path, the kinds
 * that body may be, and whose code decides. */
export interface Embedded {
  readonly field: string;
  readonly kinds: readonly string[];
  readonly decides: "inner" | "outer";
}

export interface PayloadKindFields extends PayloadKindFacts {
  /** The tag field of a union kind, and its known values (its variants). */
  readonly tag: string | null;
  readonly variants: readonly string[];
  readonly recognise: readonly Recognition[];
  /** In the order in which they decide. */
  readonly codes: readonly CodeField[];
  /** The text fields holding another body whole. */
  readonly embeds?: readonly Embedded[];
  /** Where the kind's bodies travel as a signed JWT's payload (application/jwt): why no reader
   * verifies its signature. */
  readonly jwtUnverified?: string;
}
