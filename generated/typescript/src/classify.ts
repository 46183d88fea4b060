// copied from codegen/runtime/typescript/classify.ts — do not edit (run `make generate`)
/**
 * classify: the cross-provider category of any code, for any provider. Never throws.
 */
import type { Category } from "./categories.js";
import { CODE_SETS, type Provider } from "./registry.js";
import { codeInfo, type CodeSetTables } from "./types.js";

/**
 * The category of `code` for `provider`; "unknown" for any value the catalog does not know, a
 * non-string code or an unknown provider. When several code sets know the value, the first one
 * in catalog order decides. Never throws.
 */
export function classify(provider: Provider | (string & {}), code: unknown): Category {
  if (typeof code !== "string" || !Object.hasOwn(CODE_SETS, provider)) return "unknown";
  const sets: readonly CodeSetTables[] = Object.values(CODE_SETS[provider as Provider]);
  return codeInfo(sets, code)?.category ?? "unknown";
}
