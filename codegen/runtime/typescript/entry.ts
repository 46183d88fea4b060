/**
 * What a provider's own entry point (bankcodes/<provider>) answers with: classify and
 * endUserText over that provider's code sets only, reading categories from its `…Categories`
 * tables and words from one language's pack (bankcodes/<provider>/<language>), so that an app
 * ships one provider's codes and one language. Answers are the root entry point's, word for word.
 */
import type { Category } from "./categories.js";
import type { EndUserText } from "./classify.js";
import { reportUnknown } from "./seen.js";
import type { EndUserWords } from "./shapes.js";
import { codeSetId, wireText, type LanguageTag } from "./types.js";

/** A provider's code sets by id (the part after "provider."), in catalog order: the category of
 * every spelling (value or alias) of each. */
export type CodeSets = {
  readonly [id: string]: { readonly [spelling: string]: Category };
};

/** The form some of a provider's code sets give to the sender's own codes, by code set id: the
 * regular expression the whole value matches, and their category. */
export type OwnForms = {
  readonly [id: string]: readonly [form: string, category: Category];
};

/** The category `forms` give a code of the code set `id` that the set does not list. */
type OwnForm = (id: string, code: string) => Category | undefined;

/** The reader of a provider's OwnForms, which its entry point passes to classifyWith and
 * endUserTextWith (so that an app whose provider has none bundles no form reading). */
export function ownForms(forms: OwnForms): OwnForm {
  return (id, code) => {
    const form = own(forms, id);
    return form && new RegExp(`^(?:${form[0]})$`).test(code) ? form[1] : undefined;
  };
}

/** A code read in its place: a listener's result (either entry point's), or a code of `codes`. */
export interface Reading {
  readonly category: Category;
  /** The code set that read it ("provider.code_set"), null when none knows it. */
  readonly codeSet: string | null;
  readonly code: string | null;
}

/** A code's words in one language, where they are not its category's; whose message it is
 * when not bankcodes' own (or its translation's). */
export interface CodeWords extends EndUserWords {
  readonly messageBy?: EndUserText["messageBy"];
}

/** One language's words for the end user of one provider: the words of each category its codes
 * have (and of "unknown"), and each code's own where they differ (by code set,
 * "provider.code_set", and spelling; null where the code has no words in the language). */
export interface Words {
  readonly language: LanguageTag;
  readonly categories: { readonly [C in Category]?: EndUserWords };
  readonly codes: {
    readonly [codeSet: string]: { readonly [spelling: string]: CodeWords | null };
  };
}

function isReading(value: unknown): value is Reading {
  return typeof value === "object" && value !== null && "category" in value && "codeSet" in value;
}

function own<T>(table: { readonly [key: string]: T }, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Where `code` is read and its category: the first code set that knows it, or `codeSet`
 * alone (a value it does not list but that has the form it gives to the sender's own codes gets
 * their category; any other value it does not know is reported to `onUnknown`); null when none
 * knows it. */
function place(
  provider: string,
  sets: CodeSets,
  code: unknown,
  codeSet: unknown,
  forms?: OwnForm,
): readonly [codeSet: string, category: Category] | null {
  if (typeof code !== "string") return null;
  const id = codeSetId(provider, codeSet);
  const ids = id === undefined ? Object.keys(sets) : own(sets, id) ? [id] : [];
  for (const id of ids as string[]) {
    const category = own(sets[id]!, code);
    if (category !== undefined) return [`${provider}.${id}`, category];
  }
  const first = ids[0] as string | undefined;
  if (codeSet === undefined || first === undefined) return null;
  const category = forms?.(first, code);
  if (category !== undefined) return [`${provider}.${first}`, category];
  reportUnknown(`${provider}.${first}`, code);
  return null;
}

/** A reading's category: one that a code of the provider's has (or "unknown"), else "unknown".
 * (A reading of this provider's listeners, of either entry point, has one.) */
function categoryOf(sets: CodeSets, reading: Reading): Category {
  const category: unknown = reading.category;
  const known = Object.values(sets).some((set) =>
    Object.values(set).includes(category as Category),
  );
  return known ? (category as Category) : "unknown";
}

/** `classify` of a provider's entry point. Never throws. */
export function classifyWith(
  provider: string,
  sets: CodeSets,
  code: unknown,
  codeSet?: unknown,
  forms?: OwnForm,
): Category {
  try {
    if (isReading(code)) return categoryOf(sets, code);
    return place(provider, sets, wireText(code), codeSet, forms)?.[1] ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** `endUserText` of a provider's entry point. Never throws. */
export function endUserTextWith(
  provider: string,
  sets: CodeSets,
  code: unknown,
  words: Words,
  codeSet?: unknown,
  forms?: OwnForm,
): EndUserText | null {
  try {
    const sent = isReading(code) ? code : wireText(code);
    const [where, category, spelling] = isReading(sent)
      ? [sent.codeSet, categoryOf(sets, sent), wireText(sent.code)]
      : [...(place(provider, sets, sent, codeSet, forms) ?? [null, "unknown" as const]), sent];
    const { language } = words;
    // English ("en", "en-CA") is bankcodes' own words; any other language its translation.
    const ours = language.split("-")[0] === "en" ? "bankcodes" : "bankcodes translation";
    const codes = own(words.codes, where);
    const mine = codes === undefined ? undefined : own(codes, spelling);
    if (mine === null) return null;
    const chosen = mine ?? own(words.categories, category);
    if (chosen === undefined) return null;
    return {
      language,
      message: chosen.message,
      messageBy: mine?.messageBy ?? ours,
      action: chosen.action,
      actionBy: ours,
    };
  } catch {
    return null;
  }
}
