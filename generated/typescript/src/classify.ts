// copied from codegen/runtime/typescript/classify.ts — do not edit (run `make generate`)
/**
 * classify: the cross-provider category of any code, for any provider. Never throws.
 */
import { CategoryInfo, type Category } from "./categories.js";
import { CODE_SETS, type Provider } from "./registry.js";
import { codeInfo, type CodeInfo, type CodeSetTables, type Language } from "./types.js";

/**
 * The category of `code` for `provider`; "unknown" for any value the catalog does not know, a
 * non-string code (null included), an unknown provider or an unknown code set. Without
 * `codeSet`, when several code sets know the value, the first one in catalog order decides; with
 * `codeSet` (the id of one of its code sets), only that code set answers. Never throws.
 */
export function classify(
  provider: Provider | (string & {}),
  code: unknown,
  codeSet?: string,
): Category {
  if (typeof code !== "string" || !Object.hasOwn(CODE_SETS, provider)) return "unknown";
  const sets: { readonly [id: string]: CodeSetTables } = CODE_SETS[provider as Provider];
  if (codeSet === undefined) return codeInfo(Object.values(sets), code)?.category ?? "unknown";
  const one =
    typeof codeSet === "string" && Object.hasOwn(sets, codeSet) ? sets[codeSet] : undefined;
  return one === undefined ? "unknown" : (codeInfo([one], code)?.category ?? "unknown");
}

/** Words an app can show its customer, and whose words they are. */
export interface EndUserText {
  readonly language: Language;
  readonly message: string;
  /** "provider" when the code's published user message is shown (English only). */
  readonly messageBy: "provider" | "bankcodes" | "bankcodes translation";
  readonly action: string;
  /** "provider" when the code's published user action is shown (English only). */
  readonly actionBy: "provider" | "bankcodes" | "bankcodes translation";
}

/**
 * What an app can tell its customer about `code`: the provider's published user message and user
 * action where the code has them (English), else bankcodes' words for its category.
 * An unknown code gets the words of the unknown category; null for a category no end user meets.
 * Never throws.
 */
export function endUserText(
  provider: Provider | (string & {}),
  code: unknown,
  language: Language = "en",
  codeSet?: string,
): EndUserText | null {
  const category = classify(provider, code, codeSet);
  const words = CategoryInfo[category].endUser?.[language];
  if (words === undefined) return null;
  const ours = language === "en" ? "bankcodes" : "bankcodes translation";
  let published: CodeInfo | null = null;
  if (language === "en" && typeof code === "string" && Object.hasOwn(CODE_SETS, provider)) {
    const sets: { readonly [id: string]: CodeSetTables } = CODE_SETS[provider as Provider];
    const chosen =
      codeSet === undefined
        ? Object.values(sets)
        : Object.hasOwn(sets, codeSet)
          ? [sets[codeSet]!]
          : [];
    published = codeInfo(chosen, code) ?? null;
  }
  const message = published?.userMessage ?? null;
  const action = published?.userAction ?? null;
  return {
    language,
    message: message ?? words.message,
    messageBy: message === null ? ours : (published?.wording.userMessage?.by ?? "provider"),
    action: action ?? words.action,
    actionBy: action === null ? ours : (published?.wording.userAction?.by ?? "provider"),
  };
}
