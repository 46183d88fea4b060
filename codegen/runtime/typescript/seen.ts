/**
 * Codes seen in production: an opt-in hook that reports each value a code set does not know,
 * as Python's `bankcodes.on_unknown` does.
 *
 *     onUnknown((seen) => log.write(JSON.stringify(seen) + "\n"));
 *
 * The callback is called where a code is read in its place and its code set does not know it:
 * a listener's result, `codes` and `decisiveCode`, and `classify` / `endUserText` given a code
 * set; not by `classify` without a code set, `recognise` or the guards (which only ask), nor for
 * a code that is null, absent or "" (no code). Each distinct (provider, code set, value) is
 * reported once per registration, at most MAX_SEEN of them (then new ones are not reported
 * until `onUnknown` is called again), each value cut to MAX_VALUE_LENGTH code points. Whatever
 * the callback throws, or a promise it returns rejects with, is ignored (the first failure after
 * a registration is shown with console.warn), so that no reader ever throws because of it.
 */
import { cut } from "./shown.js";

/** At most this many distinct (provider, code set, value) are reported per registration. */
export const MAX_SEEN = 4096;
/** A longer value is reported cut to this many code points. */
export const MAX_VALUE_LENGTH = 200;

/**
 * A value that a code set of the catalog does not know, as met by the running program.
 * `JSON.stringify(seen)` gives `{"provider": …, "code_set": …, "value": …}` (the JSON Lines
 * record that Python's `SeenUnknown.to_json()` gives, read by the generator's `drift --seen`).
 */
export interface SeenUnknown {
  /** The provider's id. */
  readonly provider: string;
  /** The id of the code set that read the value. */
  readonly codeSet: string;
  /** The value, at most MAX_VALUE_LENGTH code points. */
  readonly value: string;
  toJSON(): { provider: string; code_set: string; value: string };
}

/** What `onUnknown` accepts: a function of a SeenUnknown, whatever it returns. */
export type UnknownCallback = (seen: SeenUnknown) => unknown;

/** What tells the registered callback of a value, or null (none registered). */
let report: ((codeSet: string, value: string) => void) | null = null;

/**
 * Call `callback` with a SeenUnknown for each distinct (provider, code set, value) that the
 * program reads and the catalog does not know; null removes it. One callback per program:
 * registering replaces the previous one and starts afresh (values already reported are reported
 * again when met). Never throws: anything but a function removes the callback.
 */
export function onUnknown(next: UnknownCallback | null): void {
  report = typeof next === "function" ? reporter(next) : null;
}

/**
 * Tell the onUnknown callback, if any, of a value that `codeSet` ("provider.code_set") does not
 * know (the readers of this package call it; an app may for codes it reads itself). Never throws.
 */
export function reportUnknown(codeSet: string, value: string): void {
  if (value !== "") report?.(codeSet, value);
}

/**
 * What tells `told` of each value, for one registration: the values it has told and whether a
 * failure has been shown are this registration's. An app that never registers a callback
 * bundles none of it.
 */
function reporter(told: UnknownCallback): (codeSet: string, value: string) => void {
  const seen = new Set<string>();
  let warned = false;
  const failed = (error: unknown): void => {
    if (warned || report !== tell) return;
    warned = true;
    try {
      globalThis.console?.warn?.("bankcodes: the onUnknown callback failed; ignored:", error);
    } catch {
      // a console that throws: still never throw into the reader
    }
  };
  const tell = (codeSet: string, value: string): void => {
    try {
      const dot = codeSet.indexOf(".");
      const record: SeenUnknown = Object.freeze({
        provider: codeSet.slice(0, dot),
        codeSet: codeSet.slice(dot + 1),
        value: cut(value, MAX_VALUE_LENGTH),
        toJSON() {
          return { provider: this.provider, code_set: this.codeSet, value: this.value };
        },
      });
      const key = `${codeSet}\u0000${record.value}`;
      if (seen.has(key) || seen.size >= MAX_SEEN) return;
      seen.add(key);
      const result: unknown = told(record);
      const then: unknown = (result as { then?: unknown } | null | undefined)?.then;
      if (typeof then === "function") then.call(result, undefined, failed);
    } catch (error) {
      failed(error);
    }
  };
  return tell;
}
