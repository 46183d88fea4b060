/**
 * classify: the cross-provider category of any code, for any provider. Never throws.
 */
import type { Category } from "./categories.js";
import { CODE_SETS, type Provider } from "./registry.js";
import { codeInfo, type CodeSetTables } from "./types.js";

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
