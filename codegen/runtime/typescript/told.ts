/**
 * What told whose a body is (its evidence, recognition.ts's `Evidence`), as a decision's reasons of
 * part `code` say it, in the words both runtimes share (the Python bankcodes._told).
 */
import {
  BY_KIND_STATUS,
  BY_STATUS,
  decisiveCodeWithStatus,
  readAs,
  type FoundCode,
} from "./code-fields.js";
import { bodyRules } from "./provider-facts.js";
import { PAYLOAD_KINDS } from "./kinds.js";
import type { PayloadKindFields } from "./shapes.js";
import { shownText, type Reason } from "./decide-waits.js";
import { values, type Evidence } from "./recognition.js";
import { cut, printable, said } from "./shown.js";

/** The most characters of a provider's own words a reason quotes (the Python MAX_WORDS). */
const MAX_WORDS = 200;

const KINDS_BY_ID: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;

/** What told whose a body is (a FoundError's `evidence`, or evidenceOf's), one reason each, in
 * words (the Python `told_reasons`): a text in its provider's namespace (its source the one that
 * publishes it), a code only the provider's code sets hold and fields of its own (the body's), or
 * the provider the caller named. The words of each kind of evidence are the phrase told_ and its
 * `what`. */
export function toldReasons(evidence: readonly Evidence[]): Reason[] {
  return evidence.map((told) => {
    const value = told.value === null ? "" : shownText(told.value);
    const provider = told.kind.split("/", 1)[0]!;
    const keys = told.keys.join(", ");
    const says = said(`told_${told.what}`, { kind: told.kind, provider, keys, value });
    const source =
      told.what === "namespace" || told.what === "wording"
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

/** Where nothing decided a body and no HTTP status came with it: where the one kind it was read
 * as (by its evidence, or the provider named) is one whose HTTP status is its code, that, said as
 * a reason of part `code` whose source is "status"; none otherwise (the Python `status_missing`). */
export function statusMissing(kind: string | null): Reason[] {
  const ref = kind === null ? undefined : KINDS_BY_ID[kind]?.statusCodeSet;
  if (kind === null || ref === undefined) return [];
  const says = said("status_missing", { kind, code_set: ref });
  return [{ part: "code", says, source: "status" }];
}

/** Where the provider named sent no JSON body (none, or a text: no code found): its response's
 * HTTP status, where its kinds give the meaning of its statuses in one code set (a 403 that says
 * its access was revoked), as a code of that set read at the HTTP status, with a reason of part
 * `code` that says so after `told`; else `found` and `told` as they are (the Python
 * `provider_status`). */
export function providerStatus(
  provider: string | undefined,
  status: number | null,
  found: FoundCode | null,
  data: unknown,
  told: Reason[],
): [FoundCode | null, Reason[]] {
  const json = typeof data === "object" && data !== null;
  if (found !== null || json || provider === undefined || status === null) return [found, told];
  const kinds = Object.keys(KINDS_BY_ID).filter(
    (k) => k.split("/", 1)[0] === provider && KINDS_BY_ID[k]?.statusCodeSet !== undefined,
  );
  if (new Set(kinds.map((k) => KINDS_BY_ID[k]?.statusCodeSet)).size !== 1) return [found, told];
  const read = decisiveCodeWithStatus(kinds[0]!, null, status);
  if (read === null) return [found, told];
  const says = said("told_status", { provider, code_set: read.codeSet });
  return [read, [...told, { part: "code", says, source: "status" }]];
}

/** Where the response is the provider's and nothing in its body decides (no code found): the
 * first header of its body rules' headerCodes it carries whose value is a code the header's code
 * set knows, read as that code at "(header NAME)", with a reason of part `code` that says so
 * after `told`; else `found` and `told` as they are (the Python `header_code`). */
export function headerCode(
  provider: string | undefined,
  headers: ReadonlyMap<string, readonly string[]>,
  found: FoundCode | null,
  told: Reason[],
): [FoundCode | null, Reason[]] {
  const rules =
    found === null && provider !== undefined && Object.hasOwn(bodyRules, provider)
      ? bodyRules[provider as keyof typeof bodyRules]
      : undefined;
  for (const header of rules?.headerCodes ?? []) {
    const value = (headers.get(header.name)?.[0] ?? "").trim();
    const path = `(header ${header.name})`;
    const codeSet = `${provider}.${header.codeSet}`;
    const base = { path, field: path, codeSet, code: value, known: false, category: "unknown" };
    const read = value === "" ? null : readAs({ ...base, info: null } as FoundCode, codeSet, value);
    if (read === null || !read.known) continue;
    const says = said("told_header_code", {
      name: header.name,
      value: shownText(value),
      code_set: codeSet,
    });
    return [read, [...told, { part: "code", says, source: header.sources.join(", ") }]];
  }
  return [found, told];
}

/** The steps a kind's wordsStep takes the place of: nothing to do (a success's status), and to ask
 * the provider (nothing read); the Python STEPS_GIVEN_WAY. */
const STEPS_GIVEN_WAY: readonly string[] = ["none", "contact_provider"];

/** The next step the provider's words in a body of `kind` ask for (its kind's wordsStep: texts for
 * the end user), where no code of the body was read (none, or only its response's HTTP status)
 * and the step would otherwise be nothing, or to ask the provider; with its reason of part
 * `next_step`. Null otherwise, and where the kind names no such step (the Python `words_step`). */
export function wordsStep(
  kind: string | null,
  read: FoundCode | null,
  step: string,
): [NonNullable<PayloadKindFields["wordsStep"]>, Reason] | null {
  const info = kind === null ? undefined : KINDS_BY_ID[kind];
  const stated = info?.wordsStep;
  const byStatus = read === null || read.path === BY_STATUS || read.path === BY_KIND_STATUS;
  if (kind === null || stated === undefined || !byStatus || !STEPS_GIVEN_WAY.includes(step))
    return null;
  const says = said("by_words", { step: stated, provider: kind.split("/", 1)[0]!, kind });
  return [stated, { part: "next_step", says, source: (info?.wordsStepSources ?? []).join(", ") }];
}

/** The provider's own words in a body of `kind`, a kind whose bodies carry no code: the first
 * text of its `words` fields, quoted as the provider's (escaped, at most MAX_WORDS characters),
 * as a reason of part `words`; none where the kind names no such field or the body holds no text
 * there (the Python `provider_words`). */
export function providerWords(kind: string | null, data: unknown): Reason[] {
  for (const path of (kind === null ? undefined : KINDS_BY_ID[kind]?.words) ?? []) {
    const found: [string, unknown][] = [];
    values(path.slice(1), data, "$", found);
    for (const [field, text] of found) {
      if (typeof text !== "string" || text === "") continue;
      const words = printable(cut(text, MAX_WORDS * 2), true, MAX_WORDS);
      const provider = kind!.split("/", 1)[0]!;
      return [
        { part: "words", says: said("provider_words", { provider, field, words }), source: "body" },
      ];
    }
  }
  return [];
}
