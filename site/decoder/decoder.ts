/**
 * The site's decoder: paste a webhook body, an SDK callback, a Connect message, an API error
 * body or a bare code, and see what its codes mean. Everything runs in the page; nothing pasted
 * leaves it. A payload is recognised by the spec's identity rules (`recognise`), its codes are
 * read only from its code fields with their code sets (`codes`), the deciding code first, as
 * the Python and Node packages read them; the kind's lenient JSON Schema says whether the rest
 * of it is well formed; the reference links come from the site's code index (codes.json). The
 * script carries the index of evidence that tells a body's kind and provider; what it knows of
 * each provider is a static file fetched when a paste names or shows that provider (registry.ts,
 * build.mjs), named by the provider, never by anything pasted. Pasted text is only ever set as
 * text, never parsed as markup.
 */
import {
  headerRequestId,
  evidenceOf,
  identify,
  statedRequestId,
  statedStatus,
} from "bankcodes-package/code-fields.js";
import { signedKinds } from "bankcodes-package/jwt-body.js";
import { DECODER_FACTS } from "bankcodes-package/code-facts.js";
import { PAYLOAD_KINDS, type PayloadKind } from "bankcodes-package/kinds.js";
import { printable } from "bankcodes-package/shown.js";
import type { Provider } from "bankcodes-package/registry.js";
import { describe, element, info, shownFacts, type Entry } from "./card.js";
import { titled } from "./mentions.js";
import {
  firstOfList,
  MAX_INPUT,
  NO_BODY,
  readPasted,
  nobodysRequestIdLine,
  requestIdsOfNobody,
  type Pasted,
} from "./pasted.js";
import { ambiguous, evidenceLine, notRecognised, providers } from "./providers.js";
import {
  allSpellings,
  checks,
  endsIn,
  fetchAll,
  index,
  noted,
  startedLater,
  want,
} from "./registry.js";
import { all } from "bankcodes-package/recognition.js";
import {
  bareDecision,
  decidedOf,
  MAX_CODES,
  decisionLine,
  deliveryFacts,
  repeatedLine,
  requestIdLine,
  showCodes,
  unverified,
  waitHeadline,
} from "./answer.js";

/** The most "did you mean" suggestions. */
const MAX_SUGGESTIONS = 5;

/** The edit distance of two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function bareCode(text: string, index: readonly Entry[], root: URL, out: HTMLElement): void {
  const wanted = text.toLowerCase();
  const spellings = allSpellings();
  if (spellings === null) return; // read again once they have arrived
  for (const [provider, them] of Object.entries(spellings))
    if (them.some((spelling) => spelling.toLowerCase() === wanted)) want(provider);
  const hits = index.filter((entry) => entry[0].toLowerCase() === wanted);
  if (hits.length === 0) {
    const near = [...new Set(Object.values(spellings).flat())]
      .map((spelling) => [distance(spelling.toLowerCase(), wanted), spelling] as const)
      .filter(([d]) => d <= Math.max(2, Math.floor(wanted.length / 5)))
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
      .slice(0, MAX_SUGGESTIONS);
    const message =
      near.length > 0
        ? `No code of the catalog is spelled ${text}. Did you mean: ${near.map(([, s]) => s).join(", ")}?`
        : `No code of the catalog is spelled ${text}.`;
    out.append(element("p", message, "bankcodes-summary"));
    return;
  }
  out.append(
    bareDecision(hits.slice(0, MAX_CODES)),
    element(
      "p",
      `A bare code: ${hits.length} code set(s) know it, in any case.`,
      "bankcodes-summary",
    ),
  );
  for (const entry of hits.slice(0, MAX_CODES)) {
    out.append(describe({ entry, path: null, meta: info(entry) }, root, false));
  }
}

/**
 * The answer to `text`, read with what the page has fetched: what it lacked is noted (the
 * registry's `noted`). What can come after it (the schema's verdict on the rest of a payload,
 * once its provider's schema checks have arrived) is added to it by the steps pushed onto
 * `later`, each started only for the answer shown.
 */
function decode(
  text: string,
  provider: Provider | undefined,
  index: readonly Entry[],
  root: URL,
  later: (() => Promise<unknown>)[],
): HTMLElement {
  const out = element("div");
  const pasted = readPasted(text);
  if (!isPayload(pasted, index, root, out)) {
    // A response with no body, or one that is no JSON (a gateway's HTML page): its status and
    // headers may still say what to do.
    if (pasted.is === "no body" || (pasted.is === "neither" && pasted.status !== null))
      waitHeadline(pasted, provider, out);
    return out;
  }
  const listed = firstOfList(pasted.data);
  if (listed.note !== null) out.append(element("p", listed.note, "bankcodes-summary"));
  const data = listed.data;
  const kind = recognised(data, provider, pasted.signed === true, out);
  if (kind === null) {
    for (const read of requestIdsOfNobody(pasted.headers, data))
      out.append(element("p", printable(nobodysRequestIdLine(read)), "bankcodes-summary"));
    waitHeadline(pasted, provider, out);
    return out;
  }
  want(kind.split("/", 1)[0]!);
  out.prepend(decisionLine(decidedOf(pasted, provider)));
  const summary = element("p", "Recognised as: ", "bankcodes-summary");
  summary.append(...titled(PAYLOAD_KINDS[kind].title), " (", element("code", kind), ").");
  const facts = shownFacts(PAYLOAD_KINDS[kind], DECODER_FACTS.PayloadKind);
  for (const [label, text] of [...facts, ...deliveryFacts(kind)])
    summary.append(` ${label}: ${text}.`);
  const stated = pasted.status === null ? statedStatus(kind, data) : null;
  if (stated !== null) summary.append(` HTTP status: ${stated} (stated by the body).`);
  out.append(summary);
  const evidence = evidenceOf(data, kind, provider);
  if (evidence.length > 0) out.append(evidenceLine(kind, evidence));
  if (pasted.signed === true) out.append(element("p", unverified(kind), "bankcodes-summary"));
  if (pasted.repeated !== undefined) out.append(repeatedLine(pasted.repeated));
  // The body's, else the header its kind names (a Request-Id header) of a pasted response.
  const requestId = statedRequestId(kind, data) ?? headerRequestId(kind, pasted.headers);
  if (requestId !== null) out.append(requestIdLine(kind, requestId));
  later.push(() =>
    checks(kind.split("/", 1)[0]!).then(
      (all) => {
        if (Object.hasOwn(all, kind) && !all[kind]!(data))
          summary.append(" Some of its fields do not have the types this kind's schema expects.");
      },
      () => summary.append(" Its schema check could not be loaded: reload the page for it."),
    ),
  );
  showCodes(kind, data, pasted.status ?? stated, summary, index, root, out);
  return out;
}

/** Whether what was pasted is a JSON value to read as a payload; else its answer is given in
 * `out` (too long, a response without a body, a bare code, or neither JSON nor a code). */
function isPayload(
  pasted: Pasted,
  index: readonly Entry[],
  root: URL,
  out: HTMLElement,
): pasted is Pasted & { readonly is: "json" } {
  if (pasted.is === "too long") {
    const message = `The input is too long: at most ${MAX_INPUT} characters are read.`;
    out.append(element("p", message, "bankcodes-error"));
    return false;
  }
  if (pasted.status !== null)
    out.append(element("p", `HTTP status: ${pasted.status}.`, "bankcodes-summary"));
  if (pasted.is === "no body") {
    if (pasted.status !== null) out.append(element("p", NO_BODY, "bankcodes-summary"));
  } else if (pasted.is === "code") {
    bareCode(pasted.code, index, root, out);
  } else if (pasted.is === "neither") {
    const message =
      pasted.status === null
        ? `This is neither JSON nor a code: ${pasted.reason}`
        : `Its body is ${pasted.reason.replace(/^not JSON/, "not valid JSON")}`;
    out.append(element("p", message, "bankcodes-error"));
  }
  return pasted.is === "json";
}

/** The one payload kind `data` is (a signed JWT's payload, `signed`, among the kinds whose
 * bodies travel so alone); else null, with why in `out` (it fits several, or none). */
function recognised(
  data: unknown,
  provider: Provider | undefined,
  signed: boolean,
  out: HTMLElement,
): PayloadKind | null {
  const found = identify(data, provider).kinds;
  const kinds = signed ? signedKinds(found) : found;
  if (kinds.length > 1) out.append(element("p", ambiguous(kinds), "bankcodes-summary"));
  else if (kinds.length === 0)
    out.append(element("p", notRecognised(data, provider), "bankcodes-summary"));
  return kinds.length === 1 ? kinds[0]! : null;
}

function start(decoder: HTMLElement): void {
  if (decoder.dataset["ready"] === "yes") return;
  decoder.dataset["ready"] = "yes";
  const input = decoder.querySelector("textarea");
  const button = decoder.querySelector("button");
  const output = decoder.querySelector<HTMLElement>("[data-decoder-output]");
  const choice = decoder.querySelector<HTMLSelectElement>("select[data-decoder-provider]");
  if (input === null || button === null || output === null || choice === null) return;
  for (const [id, name] of providers()) {
    const option = document.createElement("option");
    option.value = id;
    option.textContent = name;
    choice.append(option);
  }
  const root = new URL(decoder.dataset["root"] ?? "./", document.baseURI);
  // The note that the decoder needs its script goes: the script is here.
  output.replaceChildren();
  let latest = 0;
  // Each answer replaces the one before; an answer still loading is dropped when a later one
  // has started, so the output is always the last text's.
  const run = async (show = false): Promise<void> => {
    const turn = ++latest;
    output.setAttribute("aria-busy", "true");
    try {
      const provider = choice.value === "" ? undefined : (choice.value as Provider);
      const [answer, later] = await answered(input.value, provider, root);
      if (turn === latest) {
        output.replaceChildren(answer);
        if (show) reveal(answer);
      }
      await Promise.all(later);
    } catch {
      if (turn === latest)
        output.replaceChildren(
          element(
            "p",
            "The decoder failed on this text: reload the page and try again.",
            "bankcodes-error",
          ),
        );
    } finally {
      if (turn === latest) output.removeAttribute("aria-busy");
    }
  };
  button.addEventListener("click", () => void run(true));
  choice.addEventListener("change", () => {
    if (input.value.trim() !== "") void run(true);
  });
  // A paste is decoded at once, and so is typed text as soon as it parses as JSON (a moment after
  // the last key); other typed text (a bare code) when the button is pressed.
  input.addEventListener("paste", () => setTimeout(() => void run(true), 0));
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (parses(input.value)) void run(true);
    }, TYPING_PAUSE);
  });
  // Text put in before the script arrived (a paste, a click on Decode) is answered now.
  if (input.value.trim() !== "") void run();
}

/** How long after the last key typed JSON is decoded, in milliseconds. */
const TYPING_PAUSE = 400;

/** Whether text parses as a JSON object or array (what typing may be decoded as it goes). */
function parses(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || trimmed.length > MAX_INPUT) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** Bring the answer's first line and its first card's heading into view, below the page's
 * header and floating buttons (the answer's scroll margin), where they are not in view. */
function reveal(answer: HTMLElement): void {
  const heading = answer.querySelector<HTMLElement>(".bankcodes-decoded h3");
  const last = (heading ?? answer).getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(answer).scrollMarginTop) || 0;
  if (answer.getBoundingClientRect().top >= margin && last.bottom <= window.innerHeight) return;
  answer.scrollIntoView({ block: "start" });
}

/** The most times a text is read again with the chunks its reading lacked. */
const MOST_READINGS = 6;

/** The answer to `text` and what comes after it, once the chunks its reading asks for have
 * arrived: the chosen provider's, and those of the providers whose consent-end fields the body
 * holds (read before any kind is), then each a reading asks for and lacks. */
async function answered(
  text: string,
  provider: Provider | undefined,
  root: URL,
): Promise<[HTMLElement, Promise<unknown>[]]> {
  noted();
  startedLater();
  const pasted = readPasted(text);
  const bodies = pasted.is === "json" ? [pasted.data, firstOfList(pasted.data).data] : [];
  const present = (data: unknown, key: string): boolean => all(data, key).length > 0;
  await fetchAll([
    ...(provider === undefined ? [] : [provider]),
    ...bodies.flatMap((body) => endsIn(body, present)),
  ]);
  for (let reading = 1; ; reading += 1) {
    const later: (() => Promise<unknown>)[] = [];
    const answer = decode(text, provider, index(), root, later);
    const lacked = noted();
    if (lacked.length === 0 || reading === MOST_READINGS)
      return [answer, [...later.map((step) => step()), ...startedLater()]];
    await fetchAll(lacked);
  }
}

function scan(): void {
  for (const decoder of document.querySelectorAll<HTMLElement>("[data-bankcodes-decoder]")) {
    start(decoder);
  }
}

scan();
(window as unknown as { bankcodesDecoder?: () => void }).bankcodesDecoder = scan;
