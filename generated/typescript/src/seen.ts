// copied from codegen/runtime/typescript/seen.ts — do not edit (run `make generate`)
/**
 * onUnknown: hear of each code the catalog does not know, once, as the package meets it (a
 * provider renamed a code, or sends a new one, before any document says so). The same as
 * bankcodes.on_unknown in Python; `line` is the JSON line `python -m codegen drift --seen FILE`
 * reads. Reported once per distinct (provider, code set, value), for the first MAX_SEEN ones;
 * values are cut to MAX_VALUE characters; whatever the callback throws is swallowed. Never
 * throws.
 */

/** A value met in a code field that its code set does not know. */
export interface SeenUnknown {
  readonly provider: string;
  /** The code set's id within its provider. */
  readonly codeSet: string;
  readonly value: string;
  /** `{"provider": …, "code_set": …, "value": …}`, one line of a log of seen codes. */
  readonly line: string;
}

/** The most distinct unknown codes reported by one instance of the package. */
export const MAX_SEEN = 4096;
/** The longest value reported, in characters. */
export const MAX_VALUE = 200;

let callback: ((seen: SeenUnknown) => unknown) | null = null;
const seen = new Set<string>();

/** Call `listener` once with each distinct code the catalog does not know; null stops it. */
export function onUnknown(listener: ((seen: SeenUnknown) => unknown) | null): void {
  callback = typeof listener === "function" ? listener : null;
}

/** Tell the callback, if any, of an unknown value of a code set ("provider.code_set"). */
export function reportUnknown(ref: string, value: string): void {
  const listener = callback;
  if (listener === null || value === "") return;
  const dot = ref.indexOf(".");
  const provider = ref.slice(0, dot);
  const codeSet = ref.slice(dot + 1);
  const cut = value.slice(0, MAX_VALUE);
  const key = JSON.stringify([provider, codeSet, cut]);
  if (seen.has(key) || seen.size >= MAX_SEEN) return;
  seen.add(key);
  const line = JSON.stringify({ provider, code_set: codeSet, value: cut });
  try {
    listener({ provider, codeSet, value: cut, line });
  } catch {
    // A logging callback never breaks reading a code.
  }
}
