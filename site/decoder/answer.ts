/**
 * The lines of the decoder's answer (decoder.ts): what to do now, the request id, the facts of a
 * kind's delivery, and the codes of a payload read, the deciding one first. Set as text only.
 */
import {
  BY_STATUS,
  codes,
  decidingInnerBody,
  decisiveCode,
  decisiveCodeWithStatus,
  type FoundCode,
} from "bankcodes-package/code-fields.js";
import { decide, decideReading, type Decision, type Reason } from "bankcodes-package/decide.js";
import { lead } from "bankcodes-package/lead.js";
import { readCarried } from "bankcodes-package/from-error.js";
import { unverifiedReason } from "bankcodes-package/jwt-body.js";
import { DECODER_FACTS, SCHEME_RECORDS } from "bankcodes-package/code-facts.js";
import { PAYLOAD_KINDS, type PayloadKind } from "bankcodes-package/kinds.js";
import { printable } from "bankcodes-package/shown.js";
import type { Provider } from "bankcodes-package/registry.js";
import { describe, element, info, shownCode, shownFacts, type Entry, type Shown } from "./card.js";
import { meantCode } from "bankcodes-package/decide-facts.js";
import type { Pasted } from "./pasted.js";
import { providerName } from "./providers.js";
import { deliveries, signingSchemes } from "./registry.js";
import { endsLine, whyList } from "./why.js";

/** The most codes it shows. */
export const MAX_CODES = 50;

/** Of a body its provider delivers as webhooks (the kind its delivery names), the facts the
 * decoder shows of the provider's signing scheme and of its delivery: [label, text]. */
export function deliveryFacts(kind: string): [string, string][] {
  // A provider delivers kinds of its own (data.mjs checks it); both facts are its chunk's.
  const provider = kind.split("/", 1)[0]!;
  const delivery = Object.hasOwn(deliveries, provider) ? deliveries[provider] : undefined;
  if (delivery?.kind !== kind) return [];
  const signing = Object.hasOwn(signingSchemes, provider) ? signingSchemes[provider] : undefined;
  const scheme = signing && shownFacts(signing, DECODER_FACTS[SCHEME_RECORDS[signing.scheme]]);
  return [...(scheme ?? []), ...shownFacts(delivery ?? undefined, DECODER_FACTS.Delivery)];
}

/** What to do now, who acts and when, as `bankcodes.decide` reads the pasted body (none where
 * no body follows the headers) with its response's status and headers. */
export function decidedOf(pasted: Pasted, provider?: Provider): Decision {
  const body = pasted.is === "json" ? pasted.data : null;
  const carried = { body, status: pasted.status, requestId: null };
  return decideReading(readCarried(carried, provider), { provider, headers: pasted.pairs });
}

/** The headline of a response in which nothing is read but which states a wait or whose status
 * says what it stands for (a bare 429, or a 503 with a body nobody's): what to do now, at the
 * answer's top. */
export function waitHeadline(
  pasted: Pasted,
  provider: Provider | undefined,
  out: HTMLElement,
): void {
  const decided = decidedOf(pasted, provider);
  // As `bankcodes decide -` counts an answer (its `decided`): also whose the body is or could be,
  // a consent's end or a limit it states.
  const more = decided.why.some(({ part }) => ["code", "ends_at", "limit", "words"].includes(part));
  if (decided.waitSeconds !== null || decided.state !== "unknown" || more)
    out.prepend(decisionLine(decided));
}

/** What the decoder says of keys a body gives more than once, as `bankcodes explain -` says it
 * (set as text). */
export function repeatedLine(keys: readonly string[]): HTMLElement {
  const named = keys.map((key) => `'${printable(key, false, 100)}'`).join(", ");
  const said = `Note: the body gives ${named} more than once; the last value is read, as JSON parsers read it.`;
  return element("p", said, "bankcodes-summary bankcodes-note");
}

/** The headline: what to do now, as a sentence a person acts on, and when the consent ends
 * where the body states it; under it, folded, why each part is what it is, its tokens as code
 * (set as text; the decision's parts as data attributes). */
export function decisionLine(decided: Decision): HTMLElement {
  const line = element("div", undefined, "bankcodes-summary bankcodes-decision");
  line.dataset.nextStep = decided.nextStep;
  line.dataset.waitSeconds = decided.waitSeconds === null ? "" : String(decided.waitSeconds);
  line.append(element("p", lead(decided), "bankcodes-lead"));
  // The provider's own words, where no code decides, right under the sentence they support;
  // the field they are in is a token, shown as code.
  for (const { says } of decided.why.filter(({ part }) => part === "words")) {
    const [, said, field, words] = /^(.*?) in its (\$\S*?): (.*)$/s.exec(says) ?? ["", says];
    const shown = element("p", printable(said ?? ""), "bankcodes-words");
    if (field !== undefined)
      shown.append(" in its ", element("code", printable(field)), `: ${printable(words ?? "")}`);
    line.append(shown);
  }
  // The end a body states, on the answer's face (its reason, folded below, says why).
  const ends = endsLine(decided, new Date());
  if (ends !== null) line.append(ends);
  const why = element("details");
  // What told whose the body is has a line of its own, after the kind it names (where a code
  // was read in a kind); the provider's words are shown above.
  const listed = ({ part }: Reason): boolean =>
    part !== "words" && (part !== "code" || decided.code === null);
  why.append(element("summary", "Why"), whyList(decided, listed));
  line.append(why);
  return line;
}

/** What to do about a bare code, as `bankcodes decide CODE` says it: the headline where the code
 * sets that know it agree on what to do, else each code set with its own sentence. */
export function bareDecision(hits: readonly Entry[]): HTMLElement {
  const decided = hits.map((entry) => {
    const [code, provider, , codeSet, , , category] = entry;
    const known = { path: "(given)", field: "(given)", known: true, info: info(entry) };
    return decide({ ...known, codeSet: `${provider}.${codeSet}`, code, category });
  });
  const leads = [...new Set(decided.map((one) => lead(one)))];
  if (leads.length === 1) return decisionLine(decided[0]!);
  const line = element("div", undefined, "bankcodes-summary bankcodes-decision");
  const said = `It is in ${hits.length} code sets, which decide differently:`;
  const list = element("ul");
  decided.forEach((one, i) => {
    const [, provider, , codeSet] = hits[i]!;
    list.append(element("li", `${provider}.${codeSet}: ${lead(one)}`));
  });
  line.append(element("p", said, "bankcodes-lead"), list);
  return line;
}

/** The provider's request id a body or its response's header holds, as its support asks for
 * it: set as text. */
export function requestIdLine(kind: PayloadKind, requestId: string): HTMLElement {
  const said = `Request id — quote it to ${providerName(kind)}: `;
  const line = element("p", said, "bankcodes-summary bankcodes-request-id");
  line.append(element("code", printable(requestId)));
  return line;
}

/** What the decoder says of a body read from a signed JWT's payload. */
export function unverified(kind: PayloadKind): string {
  const why = unverifiedReason(kind) ?? "";
  return `Read from a signed JWT (application/jwt): its signature is not verified. ${why}`;
}

/** A payload's codes, the deciding one first: the body's code, else the status where its provider
 * documents its meaning (said in `summary`, where there is one). */
export function ordered(
  kind: PayloadKind,
  data: unknown,
  status: number | null,
  summary: HTMLElement | null,
): FoundCode[] {
  const decisive = decisiveCodeWithStatus(kind, decisiveCode(kind, data), status);
  if (decisive?.path === BY_STATUS)
    summary?.append(" It carries no code the catalog knows: its HTTP status decides.");
  const same = (code: FoundCode): boolean =>
    code.path === decisive?.path && code.field === decisive.field;
  const found = codes(kind, data).filter((code) => !same(code));
  if (decisive !== null) found.unshift(decisive);
  return found;
}

/** The payload's codes, the deciding one first; where it holds the bank's own body (a provider
 * passing it through), that body's codes too, first where they decide (as
 * `bankcodes.from_exception` and `fromError` say). */
export function showCodes(
  kind: PayloadKind,
  data: unknown,
  status: number | null,
  summary: HTMLElement,
  index: readonly Entry[],
  root: URL,
  out: HTMLElement,
): void {
  const own = ordered(kind, data, status, summary);
  const deciding = decidingInnerBody(kind, data);
  const held =
    deciding === null
      ? undefined
      : { body: deciding.body, found: ordered(deciding.body.kind, deciding.body.data, null, null) };
  let groups: (readonly [string | null, FoundCode[]])[] = [[null, own]];
  if (held !== undefined) {
    const { body, found } = held;
    const inside = found.map((code) => ({ ...code, path: `${body.holder} → ${code.path}` }));
    const decides = own.length === 0 || (body.decides === "inner" && found[0]!.known);
    const title = `${PAYLOAD_KINDS[body.kind].title} (${body.kind})`;
    summary.append(
      ` It holds the bank's own body at ${body.holder}, read as ${title}: ` +
        (decides ? "its code decides." : "the provider's own code decides."),
    );
    const bank = `The bank's body inside it: ${title}`;
    groups = decides
      ? [
          [null, inside],
          ["The provider's codes around it", own],
        ]
      : [
          [null, own],
          [bank, inside],
        ];
  }
  if (groups.every(([, found]) => found.length === 0)) {
    out.append(element("p", "It carries no code.", "bankcodes-summary"));
    return;
  }
  let position = 0;
  let first: string | undefined;
  for (const [heading, found] of groups) {
    if (heading !== null && found.length > 0)
      out.append(element("h3", heading, "bankcodes-others"));
    for (const code of found) {
      if (position >= MAX_CODES) return;
      if (position === 1 && heading === null)
        out.append(element("h3", "Its other codes", "bankcodes-others"));
      const shown = position === 0 ? decidingCard(code, data, index) : shownCode(code, index);
      const category = shown.entry[6];
      first ??= category;
      // A category shown above is not shown again (its rows would repeat the first card's).
      out.append(describe(shown, root, position === 0, position > 0 && category === first));
      position += 1;
    }
  }
}

/** The card of the code that decides: where the catalog does not know the value read and the
 * body's cause or message means a code it knows (as the decision reads it, and `bankcodes
 * explain -`), that code's, saying so; else the code read's. */
function decidingCard(code: FoundCode, data: unknown, index: readonly Entry[]): Shown {
  const meant = meantCode(code.codeSet.split(".", 1)[0], code, data);
  if (meant === null) return shownCode(code, index);
  const readAs = element("span", "the value at ");
  const title = shownCode(code, index).entry[4];
  readAs.append(element("code", code.path), ` is not in ${title}: the body reads it as this code.`);
  return { ...shownCode(meant, index), readAs };
}
