/**
 * What told whose a body is (its evidence, recognition.ts's `Evidence`), as a decision's reasons of
 * part `code` say it, in the words both runtimes share (the Python bankcodes._told).
 */
import type { FoundCode } from "./code-fields.js";
import { shownText, type Reason } from "./decide-waits.js";
import type { Evidence } from "./recognition.js";
import { said } from "./shown.js";

/** The words of each kind of evidence, by its `what`. */
const TOLD = {
  namespace: "told_namespace",
  code: "told_code",
  fields: "told_fields",
  provider: "told_provider",
} as const;

/** What told whose an error's body is (a FoundError's `evidence`), one reason each, in words (the
 * Python `told_reasons`): a text in its provider's namespace (its source the one that publishes
 * it), a code only the provider's code sets hold and fields of its own (the body's), or the
 * provider the caller named. */
export function toldReasons(found: FoundCode | null): Reason[] {
  const evidence = (found as { readonly evidence?: readonly Evidence[] } | null)?.evidence ?? [];
  return evidence.map((told) => {
    const value = told.value === null ? "" : shownText(told.value);
    const provider = told.kind.split("/", 1)[0]!;
    const keys = told.keys.join(", ");
    const says = said(TOLD[told.what], { kind: told.kind, provider, keys, value });
    const source =
      told.what === "namespace"
        ? (told.sources[0] ?? "body")
        : told.what === "provider"
          ? "provider"
          : "body";
    return { part: "code", says, source };
  });
}

/** The connection or account the deciding code concerns alone (its `concerns`), one reason each,
 * of part `concerns` (the Python `concerns_reasons`): the rest of the response is not failed. */
export function concernsReasons(found: FoundCode | null): Reason[] {
  return Object.entries(found?.concerns ?? {}).map(([what, value]) => ({
    part: "concerns",
    says: said("concerns", { what, value: shownText(value) }),
    source: "body",
  }));
}
