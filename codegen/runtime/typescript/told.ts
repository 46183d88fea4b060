/**
 * What told whose a body is (its evidence, recognition.ts's `Evidence`), as a decision's reasons of
 * part `code` say it, in the words both runtimes share (the Python bankcodes._told).
 */
import { recognise, type FoundCode } from "./code-fields.js";
import { PAYLOAD_KINDS } from "./kinds.js";
import type { Provider } from "./registry.js";
import type { PayloadKindFields } from "./shapes.js";
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

/** Where nothing decided a body and no HTTP status came with it: the one kind it is read as (by
 * its evidence, or the provider named) whose HTTP status is its code, said as a reason of part
 * `code` whose source is "status"; none where the body is no such kind's (the Python
 * `status_missing`). */
export function statusMissing(provider: Provider | undefined, data: unknown): Reason[] {
  const kinds = data === null || data === undefined ? [] : recognise(data, provider);
  const kindsById: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;
  const ref = kinds.length === 1 ? kindsById[kinds[0]!]!.statusCodeSet : undefined;
  if (ref === undefined) return [];
  const says = said("status_missing", { kind: kinds[0]!, code_set: ref });
  return [{ part: "code", says, source: "status" }];
}
