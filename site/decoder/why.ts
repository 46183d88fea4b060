/**
 * Why a decision is what it is, as the decoder shows it (answer.ts): each reason labelled in
 * words as `bankcodes decide` labels it, its sentence as text with only its tokens (codes, JSON
 * paths, source ids) as code; and the end a body states, in words and a readable date-time.
 * Set as text only.
 */
import type { Decision, Reason } from "bankcodes-package/decide.js";
import { WHY, WORDS } from "bankcodes-package/phrases.js";
import { printable } from "bankcodes-package/shown.js";
import { element } from "./card.js";

/** A token in a reason's sentence: a JSON path, an identifier with an underscore, dots, colons
 * or a slash (a code set, a namespaced code, a kind), a camel-cased name, or a code in capitals
 * (HTTP aside, which is a word); a word of another kind is text. */
const TOKEN =
  /(?<![\w$])(?:\$[\w.[\]*]*|\w*_\w*|[A-Za-z][\w-]*(?:[.:/][\w-]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|(?!HTTP\b)[A-Z][A-Z0-9]{3,})(?![\w-])/g;
/** A quotation in a reason (the provider's words, a header's value), which stays text: it
 * opens after a space or a bracket and closes before one, or punctuation. */
const QUOTED = /(?<=^|[\s(])'[^]*?'(?=$|[\s),.:;])/g;
/** A moment as a reason states it (RFC 3339 in UTC to the millisecond). */
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `text` as text with its tokens (outside quotations) as code. */
export function marked(text: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  const plain = (part: string): void => {
    let from = 0;
    for (const found of part.matchAll(TOKEN)) {
      if (found.index > from) nodes.push(document.createTextNode(part.slice(from, found.index)));
      nodes.push(element("code", found[0]));
      from = found.index + found[0].length;
    }
    if (from < part.length) nodes.push(document.createTextNode(part.slice(from)));
  };
  for (const quote of text.matchAll(QUOTED)) {
    plain(text.slice(at, quote.index));
    nodes.push(document.createTextNode(quote[0]));
    at = quote.index + quote[0].length;
  }
  plain(text.slice(at));
  return nodes;
}

/** A reason's source: catalog source ids and a header's name as code, the words around them
 * ("bankcodes' reading of", "header", an RFC) as text. */
function sourceNodes(source: string): Node[] {
  if (source.startsWith("RFC ")) return [document.createTextNode(source)];
  const [lead, rest] = /^(bankcodes' reading of |header )?(.*)$/s.exec(source)!.slice(1);
  const ids = (rest ?? "")
    .split(", ")
    .flatMap((id, i) => [...(i > 0 ? [document.createTextNode(", ")] : []), element("code", id)]);
  return lead === undefined ? ids : [document.createTextNode(lead), ...ids];
}

/** A reason's sentence as a person reads it after its label: without the token its part
 * already names (a next step or state, shown in words on the face) or the moment of an end
 * (shown on the face: endsLine), as `bankcodes decide` says it. */
function sentence(reason: Reason, decided: Decision): string {
  const at = reason.says.indexOf(": ");
  if (at < 0) return reason.says;
  const token = reason.says.slice(0, at);
  const stated = reason.part === "ends_at" && decided.endsAt !== null && MOMENT.test(token);
  return Object.hasOwn(WORDS, token) || stated ? reason.says.slice(at + 2) : reason.says;
}

/** The list of a decision's reasons (those `listed`), as `bankcodes decide` says them: a label
 * once ("Why this step: … (source)"), its reasons in a list of their own under it where it has
 * several, and a reason once (one that explains the step and the state alike is said for the
 * step, and the state names it: "the step's reason, above"). */
export function whyList(decided: Decision, listed: (reason: Reason) => boolean): HTMLElement {
  const grouped = new Map<string, Node[][]>();
  const seen = new Map<string, string>();
  for (const reason of decided.why.filter(listed)) {
    const label = WHY[reason.part] ?? reason.part;
    const said = sentence(reason, decided);
    const key = JSON.stringify([said, reason.source]);
    const first = seen.get(key) ?? label;
    if (seen.has(key) && first === label) continue; // said under this label already
    seen.set(key, first);
    const nodes =
      first === label
        ? [...marked(printable(said)), " (", ...sourceNodes(printable(reason.source)), ")"]
        : [`the ${first.split(" ").at(-1) ?? first}'s reason, above`];
    grouped.set(label, [...(grouped.get(label) ?? []), nodes.map(text)]);
  }
  const list = element("ul");
  for (const [label, each] of grouped) {
    const item = element("li", `${label}: `);
    if (each.length === 1) item.append(...each[0]!);
    else {
      const under = element("ul");
      for (const one of each) {
        const reason = element("li");
        reason.append(...one);
        under.append(reason);
      }
      item.append(under);
    }
    list.append(item);
  }
  return list;
}

/** A node, or a text as a text node. */
function text(part: Node | string): Node {
  return typeof part === "string" ? document.createTextNode(part) : part;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A moment as a person reads it, in UTC: 9 February 2026, 23:59:59 UTC. */
export function readable(moment: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const day = `${moment.getUTCDate()} ${MONTHS[moment.getUTCMonth()]} ${moment.getUTCFullYear()}`;
  const time = [moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds()].map(two);
  return `${day}, ${time.join(":")} UTC`;
}

/** The line that says when the consent (or session) a body states ends, or ended (before
 * `now`), in words and a readable date-time; null where it states none. */
export function endsLine(decided: Decision, now: Date): HTMLElement | null {
  if (decided.endsAt === null) return null;
  const label = decided.endsAt.getTime() <= now.getTime() ? "Consent ended" : "Consent ends";
  const line = element("p", `${label}: ${readable(decided.endsAt)}.`, "bankcodes-ends");
  line.dataset["endsAt"] = decided.endsAt.toISOString();
  return line;
}
