/**
 * classify: the cross-provider category of any code, for any provider. Never throws.
 */
import { CategoryInfo, type Category } from "./categories.js";
import { ownCode } from "./own-codes.js";
import { CODE_SETS, type Provider } from "./registry.js";
import { reportUnknown } from "./seen.js";
import {
  codeInfo,
  codeSetId,
  languageOf,
  wireText,
  type CodeInfo,
  type CodeSetTables,
  type LanguageTag,
} from "./types.js";

/**
 * A code read in its place: a listener's result, or a code of `codes` / `decisiveCode`. Its
 * category and metadata are those of the code set its field was read with.
 */
export interface CodeReading {
  readonly category: Category;
  readonly info: CodeInfo | null;
}

function isReading(value: unknown): value is CodeReading {
  return typeof value === "object" && value !== null && "category" in value && "info" in value;
}

/** A category read from a listener result (or anything else): one the catalog has, else "unknown". */
function categoryOf(reading: CodeReading): Category {
  const category: unknown = reading.category;
  return typeof category === "string" && Object.hasOwn(CategoryInfo, category)
    ? (category as Category)
    : "unknown";
}

/** `answer()`, or `fallback` when reading its input throws (a Proxy, a getter, a revoked object). */
function guarded<T>(fallback: T, answer: () => T): T {
  try {
    return answer();
  } catch {
    return fallback;
  }
}

/**
 * The category of `code` for `provider`; "unknown" for any value the catalog does not know, a
 * non-string code (null included), an unknown provider or an unknown code set. Without
 * `codeSet`, when several code sets know the value, the first one in catalog order decides; with
 * `codeSet` (the id of one of its code sets), only that code set answers: a value it does not
 * list but that has the form it gives to the sender's own codes gets that form's category, and
 * any other value it does not know is reported to the `onUnknown` callback ("" is no code). Given a code read in its place
 * (a listener's result), the category of its own code set. Never throws.
 */
export function classify(reading: CodeReading): Category;
export function classify(
  provider: Provider | (string & {}),
  code: unknown,
  codeSet?: string,
): Category;
export function classify(
  provider: Provider | (string & {}) | CodeReading,
  code?: unknown,
  codeSet?: string,
): Category {
  return guarded<Category>("unknown", () => category(provider, code, codeSet));
}

function category(
  provider: Provider | (string & {}) | CodeReading,
  sent: unknown,
  codeSet: string | undefined,
): Category {
  if (isReading(provider)) return categoryOf(provider);
  const code = wireText(sent);
  if (typeof code !== "string" || typeof provider !== "string") return "unknown";
  const sets = setsOf(provider, codeSet);
  const info = codeInfo(sets, code);
  if (info !== null) return info.category;
  if (codeSet === undefined || sets[0] === undefined) return "unknown";
  const own = ownCode(sets[0], code); // a code of the sender's own, in the form the code set gives
  if (own === null) reportUnknown(`${provider}.${codeSetId(provider, codeSet)}`, code);
  return own?.category ?? "unknown";
}

/** The code sets of `provider` that answer for a code: `codeSet` alone (its id, or
 * provider.code_set as readings name it) where given, else every one in catalog order; none
 * for an unknown provider or code set. */
function setsOf(provider: string, codeSet: string | undefined): readonly CodeSetTables[] {
  if (!Object.hasOwn(CODE_SETS, provider)) return [];
  const sets: { readonly [id: string]: CodeSetTables } = CODE_SETS[provider as Provider];
  if (codeSet === undefined) return Object.values(sets);
  const id = codeSetId(provider, codeSet);
  return Object.hasOwn(sets, id) ? [sets[id]!] : [];
}

/** Words an app can show its customer, and whose words they are. */
export interface EndUserText {
  /** The language tag asked for. */
  readonly language: LanguageTag;
  readonly message: string;
  /** "provider" when the code's published user message (or its translation) is shown. */
  readonly messageBy: "provider" | "bankcodes" | "bankcodes translation";
  readonly action: string;
  /** Always bankcodes' words: a provider's advice is for the integrator (`info.advice`). */
  readonly actionBy: "provider" | "bankcodes" | "bankcodes translation";
}

/**
 * What an app can tell its customer about `code`, addressed to them: bankcodes' words for the code
 * where its meaning differs from its category's, else its category's; and the provider's published
 * message for the end user where it has one an app can show, in English or translated for the
 * tag (else its language). A tag such as "fr-CA" reads bankcodes' words of its language. Never
 * the provider's advice to the integrator (`info.advice`).
 * Given a code read in its place (a listener's result, a code of `codes`), the words of its own
 * code set: a value two code sets of a field know gets the words of the one that read it.
 * An unknown code gets the words of the unknown category; null for a category no end user meets
 * and for a language the catalog has no words in. Never throws.
 */
export function endUserText(reading: CodeReading, language?: LanguageTag): EndUserText | null;
export function endUserText(
  provider: Provider | (string & {}),
  code: unknown,
  language?: LanguageTag,
  codeSet?: string,
): EndUserText | null;
export function endUserText(
  provider: Provider | (string & {}) | CodeReading,
  code?: unknown,
  language: LanguageTag = "en",
  codeSet?: string,
): EndUserText | null {
  return guarded(null, () =>
    text(provider, isReading(provider) ? code : wireText(code), language, codeSet),
  );
}

function text(
  provider: Provider | (string & {}) | CodeReading,
  code: unknown,
  language: unknown,
  codeSet: string | undefined,
): EndUserText | null {
  if (isReading(provider)) {
    return words(categoryOf(provider), provider.info, code === undefined ? "en" : code);
  }
  const found = category(provider, code, codeSet);
  const known = typeof code === "string" && typeof provider === "string";
  return words(found, known ? codeInfo(setsOf(provider, codeSet), code) : null, language);
}

/** The words of `category` in `language` (a tag reads its language's): null for a category no
 * end user meets and for a language the catalog has no words in. */
function words(
  category: Category,
  published: CodeInfo | null,
  language: unknown,
): EndUserText | null {
  const base = languageOf(language);
  const all = published?.endUser ?? CategoryInfo[category]?.endUser;
  if (!all || base === null) return null;
  const text = all[base];
  const ours = base === "en" ? "bankcodes" : "bankcodes translation";
  const theirs = published?.userMessageOffered !== false ? published : null;
  const translations = theirs?.userMessageTranslations ?? {};
  const tag = language as LanguageTag;
  const [message, field] =
    base === "en"
      ? [theirs?.userMessage ?? null, "userMessage" as const]
      : [
          (Object.hasOwn(translations, tag) ? translations[tag] : undefined) ??
            (Object.hasOwn(translations, base) ? translations[base] : undefined) ??
            null,
          "userMessageTranslations" as const,
        ];
  return {
    language: tag,
    message: message ?? text.message,
    messageBy: message === null ? ours : (theirs?.wording[field]?.by ?? "provider"),
    action: text.action,
    actionBy: ours,
  };
}
